"""`lagebild actors FILE`, `lagebild actors --unknown --db`, `lagebild eval actors`."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from lagebild.cli import app

runner = CliRunner()


def test_actors_contract(tmp_path):
    f = tmp_path / "m.jsonl"
    rows = [
        {"id": "a", "mention": "Kreml-Chef Putin", "date": "2025-10-28"},
        {"id": "b", "mention": "Joe Biden", "date": "2025-03-01", "lang": "de"},
        {"id": "c", "mention": "Kaffeemaschine", "date": "2025-03-01"},
        {"id": "d", "mention": "", "date": "2025-03-01"},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n", encoding="utf-8")
    res = runner.invoke(app, ["actors", str(f)])
    assert res.exit_code == 0, res.output
    out = [json.loads(x) for x in res.stdout.splitlines() if x.startswith("{")]
    assert [o["id"] for o in out] == ["a", "b", "c", "d", None]
    assert [o["code"] for o in out] == ["RUS/GOV", "USA/ELI", None, None, None]


def test_actors_user_file(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "organisations:\n- {code: 'NGO:BEISPIEL', names: [Beispielhilfe]}\n", encoding="utf-8"
    )
    f = tmp_path / "m.jsonl"
    f.write_text(json.dumps({"id": 1, "mention": "die Beispielhilfe", "date": None}) + "\n")
    res = runner.invoke(app, ["actors", str(f), "--actors", str(extra)])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout.splitlines()[0])["code"] == "NGO:BEISPIEL"


def test_eval_actors(tmp_path):
    f = tmp_path / "gold.jsonl"
    rows = [
        {"id": "1", "mention": "die türkische Polizei", "date": "2025-01-01", "code": "TUR/COP"},
        {"id": "2", "mention": "Moskau", "date": "2025-01-01", "code": "RUS/GOV"},
        {"id": "3", "mention": "Moskau", "date": "2025-01-01", "code": "RUS/MIL"},  # wrong gold
        {"id": "4", "mention": "Kaffeemaschine", "date": "2025-01-01", "code": None},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    res = runner.invoke(app, ["eval", "actors", str(f)])
    assert res.exit_code == 0, res.output
    figures = json.loads(res.stdout.strip().splitlines()[-1])
    assert figures["mentions"] == 4
    assert figures["country"] == 1.0
    assert figures["sector"] == 0.75
    assert figures["exact"] == 0.75


def test_unknown_lists_unresolved_names(tmp_path):
    store_mod = pytest.importorskip("lagebild.store")
    from lagebild.models import Document

    db = tmp_path / "t.duckdb"
    with store_mod.open_store(db) as store:
        text = (
            "Gouverneur Max Mustermann traf Wladimir Putin. Die Firma Acme Holding protestierte. "
            "Später klagte die Acme Holding erneut."
        )
        doc = Document(source="x", format="text", text=text, date=date(2025, 1, 1))
        store.add(doc.finalize_ids())
    res = runner.invoke(app, ["actors", "--unknown", "--db", str(db), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    names = {json.loads(x)["name"]: json.loads(x)["count"] for x in res.stdout.splitlines()}
    assert names.get("Acme Holding") == 2
    assert "Gouverneur Max Mustermann" in names
    assert not any("Putin" in n for n in names)
