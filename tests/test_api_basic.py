"""The Python API mirrors the CLI."""

from __future__ import annotations

import pandas as pd
from store_factory import BODY, FakePipeline, fake_read, make_doc

import lagebild.api as lb
from lagebild import ingest_runner


def test_ingest_and_query(monkeypatch, tmp_path):
    monkeypatch.setattr(ingest_runner, "load_reader", lambda: fake_read)
    monkeypatch.setattr(ingest_runner, "load_cleaner", lambda: ingest_runner.fallback_clean)
    src = tmp_path / "a.txt"
    src.write_text(BODY, encoding="utf-8")
    db = tmp_path / "api.duckdb"
    summary = lb.ingest(src, db=db, pipeline=FakePipeline())
    assert (summary.added, summary.failed, summary.event_mentions) == (1, 0, 2)
    assert lb.ingest([src], db=db, pipeline=FakePipeline()).unchanged == 1
    ev = lb.events(db=db, actor="USA")
    assert isinstance(ev, pd.DataFrame) and list(ev["type"]) == ["ASSAULT"]
    docs = lb.documents(db=db)
    assert list(docs["text"]) == [BODY]
    assert lb.stats(db)["events"] == 2
    assert len(lb.event_mentions(db=db, event_id=ev["id"][0])) == 1
    assert lb.errors(db=db).empty


def test_open_store_is_passed_through(tmp_path):
    with lb.open_store(tmp_path / "x.duckdb") as store:
        store.add(make_doc())
        assert len(lb.events(db=store)) == 2
        assert len(lb.documents(db=store)) == 1  # still open afterwards


def test_code_texts():
    out = lb.code(
        ["Die Armee hat die Stadt angegriffen.", {"id": "b", "text": "Nichts passiert."}],
        pipeline=FakePipeline(),
    )
    assert [o["id"] for o in out] == [0, "b"]
    assert out[0]["events"][0]["type"] == "ASSAULT" and out[1]["events"] == []


def test_known_documents_skip_analysis_unless_reanalyze(monkeypatch, tmp_path):
    monkeypatch.setattr(ingest_runner, "load_reader", lambda: fake_read)
    monkeypatch.setattr(ingest_runner, "load_cleaner", lambda: ingest_runner.fallback_clean)
    src = tmp_path / "a.txt"
    src.write_text(BODY, encoding="utf-8")
    db = tmp_path / "api.duckdb"
    p = FakePipeline()
    lb.ingest(src, db=db, pipeline=p)
    assert lb.ingest(src, db=db, pipeline=p).unchanged == 1 and p.calls == 1
    assert lb.ingest(src, db=db, pipeline=p, reanalyze=True).unchanged == 1 and p.calls == 2

    class Newer(FakePipeline):  # a coder that now also finds the agreement as hypothetical
        def process(self, doc):
            super().process(doc)
            for m in doc.events:
                m.hypothetical = m.type == "AGREE"
            return doc

    s = lb.ingest(src, db=db, pipeline=Newer(), reanalyze=True)
    assert s.updated == 1
    ev = lb.events(db=db)
    assert list(ev[ev.type == "AGREE"]["hypothetical"]) == [True] and len(ev) == 2
