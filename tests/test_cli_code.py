"""`lagebild code FILE` contract: one JSON line out per input line, same order, same id."""

from __future__ import annotations

import json

import pytest
from store_factory import FakePipeline
from typer.testing import CliRunner

from lagebild import ingest_runner
from lagebild import pipeline as pipeline_mod
from lagebild.cli import app

runner = CliRunner()

LINES = [
    {"id": "s1", "text": "Die US-Streitkräfte haben ein Boot angegriffen.", "date": "2025-10-28"},
    {"id": "s2", "text": "Es regnete in Hamburg.", "lang": "de"},
    {"id": 3, "text": "Russland und Venezuela vereinbarten eine Partnerschaft."},
]


@pytest.fixture
def fake_pipeline(monkeypatch):
    monkeypatch.setattr(
        ingest_runner, "default_pipeline", lambda lang="de", nlp_backend="default": FakePipeline()
    )


def test_code_file_contract(fake_pipeline, tmp_path):
    f = tmp_path / "in.jsonl"
    body = "\n".join(json.dumps(x, ensure_ascii=False) for x in LINES)
    f.write_text(body + "\n\n{not json\n" + json.dumps({"id": "x"}) + "\n", encoding="utf-8")
    r = runner.invoke(app, ["code", str(f)])
    assert r.exit_code == 0, r.output
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [o["id"] for o in out] == ["s1", "s2", 3, None, "x"]
    assert [e["type"] for e in out[0]["events"]] == ["ASSAULT"]
    ev = out[0]["events"][0]
    for key in ("type", "source", "target", "negated", "hypothetical", "symmetric", "location"):
        assert key in ev
    assert (ev["source"], ev["target"], ev["location"]) == ("USA/MIL", "VEN", "VEN")
    assert ev["sentence"].startswith("Die US-Streitkräfte")
    assert out[1]["events"] == [] and "error" not in out[1]
    assert out[2]["events"][0]["type"] == "AGREE" and out[2]["events"][0]["symmetric"]
    assert out[3]["error"].startswith("invalid JSON") and out[4]["error"] == 'missing "text"'
    assert "2 lines could not be coded" in r.stderr


def test_code_stdin(fake_pipeline):
    stdin = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in LINES)
    r = runner.invoke(app, ["code", "-"], input=stdin)
    assert r.exit_code == 0, r.output
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == ["s1", "s2", 3]


def test_code_without_nlp_fails_clearly(monkeypatch, tmp_path):
    class NoNLP:
        @property
        def analyzer(self):
            raise ImportError("cannot import name 'load_analyzer'")

        resolver = coder = analyzer

    monkeypatch.setattr(
        ingest_runner, "default_pipeline", lambda lang="de", nlp_backend="default": NoNLP()
    )
    monkeypatch.setattr(pipeline_mod, "Pipeline", NoNLP)
    r = runner.invoke(app, ["code", "-"], input=json.dumps(LINES[0]) + "\n")
    assert r.exit_code == 2 and "not available" in r.stderr and "nlp" in r.stderr
    assert r.stdout == ""
    r = runner.invoke(app, ["code", str(tmp_path / "missing.jsonl")])
    assert r.exit_code == 2 and "no such file" in r.stderr
