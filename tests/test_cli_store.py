"""CLI contracts of ingest, documents, events, show, errors, stats, export (CONVENTIONS.md), with
a stand-in reader and pipeline so that they run without the NLP stages."""

from __future__ import annotations

import csv
import io
import json

import pytest
from store_factory import BODY, FakePipeline, fake_read
from typer.testing import CliRunner

from lagebild import ingest_runner
from lagebild.cli import app

runner = CliRunner()


@pytest.fixture
def fake_stages(monkeypatch):
    monkeypatch.setattr(ingest_runner, "load_reader", lambda: fake_read)
    monkeypatch.setattr(ingest_runner, "load_cleaner", lambda: ingest_runner.fallback_clean)
    monkeypatch.setattr(
        ingest_runner, "default_pipeline", lambda lang="de", nlp_backend="default": FakePipeline()
    )


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text(f"url: https://zeitung-a.de/1\n{BODY}", encoding="utf-8")
    (d / "b.txt").write_text(f"url: https://zeitung-b.de/2\n{BODY}", encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    return d


def _ingest(db, *paths, extra=()):
    return runner.invoke(app, ["ingest", *map(str, paths), "--db", str(db), *extra])


def _jsonl(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_ingest_twice_is_idempotent_and_records_failures(
    fake_stages, corpus, tmp_path, new_store_url
):
    db = new_store_url()
    r = _ingest(db, corpus)
    assert r.exit_code == 0, r.output
    assert "2 added" in r.stderr and "1 failed" in r.stderr and "empty file" in r.stderr
    first = runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl"]).stdout
    r = _ingest(db, corpus)
    assert r.exit_code == 0 and "2 unchanged" in r.stderr
    assert runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl"]).stdout == first
    errs = _jsonl(runner.invoke(app, ["errors", "--db", str(db), "--format", "jsonl"]).stdout)
    assert len(errs) == 1 and errs[0]["reason"] == "empty file" and errs[0]["occurrences"] == 2
    assert errs[0]["severity"] == "error" and errs[0]["stage"] == "ingest"


def test_strict_fails_the_run(fake_stages, corpus, tmp_path, new_store_url):
    r = _ingest(new_store_url(), corpus, extra=["--strict"])
    assert r.exit_code == 1
    assert "empty file" in r.stderr


def test_documents_jsonl_contract(fake_stages, corpus, tmp_path, new_store_url):
    db = new_store_url()
    _ingest(db, corpus)
    r = runner.invoke(app, ["documents", "--db", str(db), "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    docs = _jsonl(r.stdout)
    assert len(docs) == 2
    for d in docs:
        assert {"id", "date", "title", "teaser", "text", "credits", "language", "source"} <= set(d)
        assert d["date"] == "2025-10-28" and isinstance(d["credits"], list)
        assert d["text"] == BODY
    assert len({d["story_id"] for d in docs}) == 1


def test_events_jsonl_contract(fake_stages, corpus, tmp_path, new_store_url):
    db = new_store_url()
    _ingest(db, corpus)
    events = _jsonl(runner.invoke(app, ["events", "--db", str(db), "--format", "jsonl"]).stdout)
    assert {e["type"] for e in events} == {"ASSAULT", "AGREE"}
    required = {
        "id",
        "date",
        "type",
        "source",
        "target",
        "negated",
        "hypothetical",
        "cameo",
        "goldstein",
        "quad_class",
        "location",
        "tone",
        "num_mentions",
        "num_sources",
        "num_articles",
        "document_id",
        "sentence",
    }
    for e in events:
        assert required <= set(e)
        assert set(e["location"]) >= {"name", "country", "geonames_id", "lat", "lon", "precision"}
        assert (e["num_mentions"], e["num_sources"], e["num_articles"]) == (2, 2, 2)
    assault = next(e for e in events if e["type"] == "ASSAULT")
    assert assault["location"]["country"] == "VEN" and assault["goldstein"] == -10.0
    assert assault["date"] == "2025-10-28" and assault["tone"] is None


def test_events_filters_and_formats(fake_stages, corpus, tmp_path, new_store_url):
    db = new_store_url()
    _ingest(db, corpus)

    def ev(*args):
        r = runner.invoke(app, ["events", "--db", db, *args])
        assert r.exit_code == 0, r.output
        return r.stdout

    assert [e["type"] for e in _jsonl(ev("--format", "jsonl", "--actor", "USA"))] == ["ASSAULT"]
    assert [e["type"] for e in _jsonl(ev("--format", "jsonl", "--type", "AGREE"))] == ["AGREE"]
    assert _jsonl(ev("--format", "jsonl", "--country", "VEN"))
    assert _jsonl(ev("--format", "jsonl", "--since", "2025-10-29")) == []
    assert len(_jsonl(ev("--format", "jsonl", "--until", "2025-10-28"))) == 2
    assert len(json.loads(ev("--format", "json"))) == 2
    rows = list(csv.DictReader(io.StringIO(ev("--format", "csv"))))
    assert len(rows) == 2 and "location_country" in rows[0] and "num_sources" in rows[0]
    table = ev("--format", "table")
    assert "ASSAULT" in table and "USA/MIL" in table and "2/2/2" in table
    bad = runner.invoke(app, ["events", "--db", db, "--since", "gestern"])
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.stderr


def test_show_marks_events(fake_stages, corpus, tmp_path, new_store_url):
    db = new_store_url()
    _ingest(db, corpus)
    doc_id = _jsonl(runner.invoke(app, ["documents", "--db", db, "--format", "jsonl"]).stdout)[0][
        "id"
    ]
    r = runner.invoke(app, ["show", doc_id[:8], "--db", db])
    assert r.exit_code == 0, r.output
    assert "angegriffen" in r.stdout and "ASSAULT" in r.stdout and "AGREE" in r.stdout
    r = runner.invoke(app, ["show", "https://zeitung-b.de/2", "--db", db])
    assert r.exit_code == 0 and "ASSAULT" in r.stdout
    r = runner.invoke(app, ["show", "nope", "--db", db])
    assert r.exit_code == 1 and "no document" in r.stderr


def test_stats_and_missing_store(fake_stages, corpus, tmp_path, new_store_url):
    db = new_store_url()
    _ingest(db, corpus)
    s = json.loads(runner.invoke(app, ["stats", "--db", db, "--format", "json"]).stdout)
    assert (s["documents"], s["stories"], s["events"], s["errors"]) == (2, 1, 2, 1)
    r = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code == 1 and "no store" in r.stderr


def test_export_dispatches_to_registry(fake_stages, corpus, tmp_path, new_store_url):
    from lagebild.registry import exporters

    db = new_store_url()
    _ingest(db, corpus)
    seen = {}

    def fake_exporter(store, output, **options):
        seen["n"] = len(store.events())
        seen["options"] = options
        output.write_text("ok")

    exporters.register("test-fake", fake_exporter)
    out = tmp_path / "x.out"
    r = runner.invoke(app, ["export", "--db", db, "--format", "test-fake", "--output", str(out)])
    assert r.exit_code == 0, r.output
    assert seen["n"] == 2 and out.read_text() == "ok" and seen["options"] == {}
    r = runner.invoke(
        app,
        ["export", "--db", db, "-f", "test-fake", "-o", str(out), "-O", "plain=true", "-O", "n=3"],
    )
    assert r.exit_code == 0 and seen["options"] == {"plain": True, "n": 3}
    r = runner.invoke(app, ["export", "--db", db, "--format", "nope", "--output", str(out)])
    assert r.exit_code == 2 and "nope" in r.stderr


def test_analysis_failure_is_recorded_and_batch_goes_on(
    monkeypatch, corpus, tmp_path, new_store_url
):
    monkeypatch.setattr(ingest_runner, "load_reader", lambda: fake_read)
    monkeypatch.setattr(ingest_runner, "load_cleaner", lambda: ingest_runner.fallback_clean)
    (corpus / "c.txt").write_text("Ein Text mit Sprengstoff im Parser.", encoding="utf-8")
    monkeypatch.setattr(
        ingest_runner,
        "default_pipeline",
        lambda lang="de", nlp_backend="default": FakePipeline(fail_on="Sprengstoff"),
    )
    db = new_store_url()
    r = _ingest(db, corpus)
    assert r.exit_code == 0 and "2 added" in r.stderr and "2 failed" in r.stderr
    errs = _jsonl(runner.invoke(app, ["errors", "--db", db, "--format", "jsonl"]).stdout)
    assert {e["stage"] for e in errs} == {"ingest", "analyze"}
    assert any(e["reason"] == "analysis failed on purpose" for e in errs)
    docs = _jsonl(runner.invoke(app, ["documents", "--db", db, "--format", "jsonl"]).stdout)
    assert len(docs) == 2  # nothing half-written for the failed one


def test_missing_stages_degrade_clearly(monkeypatch, corpus, tmp_path, new_store_url):
    monkeypatch.setattr(ingest_runner, "load_reader", lambda: fake_read)

    class NoNLP:
        @property
        def analyzer(self):
            raise ImportError("cannot import name 'load_analyzer'")

        resolver = coder = analyzer

    from lagebild import pipeline as pipeline_mod

    monkeypatch.setattr(
        ingest_runner, "default_pipeline", lambda lang="de", nlp_backend="default": NoNLP()
    )
    monkeypatch.setattr(pipeline_mod, "Pipeline", NoNLP)
    db = new_store_url()
    r = _ingest(db, corpus)
    assert r.exit_code == 0, r.output
    assert "stage not available" in r.stderr and "nlp" in r.stderr
    assert "2 added" in r.stderr


def test_store_held_by_another_process(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "locked.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, sys, time; c = duckdb.connect({str(db)!r}); print('ok', flush=True);"
            " sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        r = runner.invoke(app, ["events", "--db", str(db)])
        assert r.exit_code == 1 and "in use by another process" in r.stderr
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_stories_command(fake_stages, corpus, tmp_path, new_store_url):
    db = new_store_url()
    _ingest(db, corpus)
    r = runner.invoke(app, ["stories", "--db", db, "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    (story,) = _jsonl(r.stdout)
    assert story["num_documents"] == 2 and story["sources"] == ["zeitung-a.de", "zeitung-b.de"]
    assert "zeitung-a.de" in runner.invoke(app, ["stories", "--db", db]).stdout
