"""DuckDB and PostgreSQL give the same answers: the same documents stored in both backends
read back as equal DataFrames (values, dtypes, column order, row order)."""

from __future__ import annotations

import threading
from datetime import date

import pandas as pd
import pytest
from export_store import make_document
from store_factory import make_doc

from lagebild.enrich import enrich
from lagebild.store import StoreUnavailable, open_store

# columns whose values depend on the time of writing
_CLOCK = {"added_at", "updated_at", "time", "first_time"}


def _documents():
    docs = []
    for source, url, day in [
        ("https://news.example.org/a", "https://news.example.org/a", date(2025, 10, 28)),
        ("https://other.example.com/b", "https://other.example.com/b", date(2025, 10, 28)),
        ("/data/c.txt", None, date(2025, 10, 30)),
        ("Zeitung/ä ö.txt", None, None),
    ]:
        doc = make_document(source, url, day)
        if source.endswith("c.txt"):
            doc.text = doc.text.replace("Boot", "Schiff")
            doc.finalize_ids()
        enrich(doc, {})
        docs.append(doc)
    other = make_doc(source="stdin", text="Kurz. Nichts passiert hier heute, gar nichts.")
    other.meta["warnings"] = ["enrich: no place for event 1", "Groß und klein"]
    docs.append(other)
    docs.append(make_doc(source="https://b.de/1", url="https://b.de/1", day=date(2025, 10, 29)))
    return docs


def _fill(store):
    docs = _documents()
    store.add_many(docs[:3])
    for d in docs[3:]:
        store.add(d)
    store.add_error("x.html", "no article found", severity="warning", stage="clean")
    store.add_error("y.txt", "empty file", stage="ingest")
    return docs


def _frames(store, docs):
    first = docs[0].id
    return {
        "documents": store.documents(),
        "documents(id prefix)": store.documents(id=first[:6]),
        "events": store.events(),
        "events(filters)": store.events(actor="VEN", type="AGREE,ASSAULT", since="2025-10-28"),
        "events(country, plain)": store.events(country="TUR", plain=True),
        "events(document)": store.events(document_id=first, limit=2, offset=1),
        "event_mentions": store.event_mentions(),
        "event_mentions(document)": store.event_mentions(document_id=first),
        "stories": store.stories(),
        "sentences": store.sentences(first),
        "entities": store.entities(),
        "errors": store.errors(),
        "errors(warning)": store.errors(severity="warning", stage="enrich"),
        "sql": store.sql(
            "SELECT type, count(*) AS n, CAST(sum(num_mentions) AS BIGINT) AS m, avg(goldstein) AS g "
            "FROM events WHERE date >= ? GROUP BY type ORDER BY type",
            [date(2025, 10, 1)],
        ),
        "sql(named)": store.sql(
            "SELECT id, '100%' AS pct, '?' AS q FROM events WHERE type = $t ORDER BY id",
            {"t": "AGREE"},
        ),
    }


def test_both_backends_return_the_same_frames(pg_cluster, tmp_path):
    with open_store(tmp_path / "a.duckdb") as duck, open_store(pg_cluster.new_store_url()) as pg:
        docs = _fill(duck)
        _fill(pg)
        want, got = _frames(duck, docs), _frames(pg, docs)
        assert len(want["events"]) >= 5 and len(want["stories"]) >= 3
        assert len(want["sql(named)"]) >= 1 and want["sql(named)"]["pct"][0] == "100%"
        for name in want:
            a = want[name].drop(columns=[c for c in _CLOCK if c in want[name]])
            b = got[name].drop(columns=[c for c in _CLOCK if c in got[name]])
            # list columns come back as numpy arrays from both: compare them as lists
            for df in (a, b):
                for c in df.columns:
                    if df[c].dtype == object:
                        df[c] = [v.tolist() if hasattr(v, "tolist") else v for v in df[c]]
            pd.testing.assert_frame_equal(a, b, obj=name)
        s1, s2 = duck.stats(), pg.stats()
        for key in ("backend", "path"):
            s1.pop(key), s2.pop(key)
        assert s1 == s2


def test_password_is_not_shown_and_bad_server_is_one_clear_error(pg_cluster):
    from lagebild.store.postgres_store import redact

    assert redact("postgresql://ann:s3cret@db.example/x") == "postgresql://ann:***@db.example/x"
    bad = "postgresql://nobody:pw@/nodb?host=/nonexistent-socket-dir&connect_timeout=2"
    with pytest.raises(StoreUnavailable, match="cannot connect") as info:
        open_store(bad)
    assert "pw" not in str(info.value) and "\n" not in str(info.value)


def test_concurrent_writers_queue_and_agree(pg_cluster):
    """Two processes' worth of writers on one PostgreSQL store: the advisory lock makes them
    take turns, and the merged events equal a full recompute."""
    url = pg_cluster.new_store_url()
    open_store(url).close()  # create the schema once
    docs = [
        make_doc(source=f"https://s{i}.de/{i}", url=f"https://s{i}.de/{i}", day=date(2025, 10, 28))
        for i in range(12)
    ]
    failures = []

    def write(part):
        try:
            with open_store(url) as s:
                for d in part:
                    s.add(d.model_copy(deep=True))
        except Exception as exc:  # pragma: no cover - reported below
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(docs[i::3],)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures
    with open_store(url) as s:
        cols = ["id", "num_mentions", "num_sources", "num_articles"]
        incremental = s.events()[cols]
        assert set(incremental["num_articles"]) == {12}
        s.remerge_all()
        assert incremental.equals(s.events()[cols])


def test_read_only_store_refuses_writes(pg_cluster):
    url = pg_cluster.new_store_url()
    with open_store(url) as s:
        s.add(make_doc())
    with open_store(url, read_only=True) as s:
        assert len(s.events()) == 2
        with pytest.raises(Exception, match="read-only"):
            s.add(make_doc(source="https://z.de/1", url="https://z.de/1"))
        assert s.stats()["documents"] == 1


def test_cli_on_a_database_without_a_store(pg_cluster):
    from typer.testing import CliRunner

    from lagebild.cli import app

    url = pg_cluster.new_store_url()
    r = CliRunner().invoke(app, ["events", "--db", url])
    assert r.exit_code == 1 and "no store" in r.stderr
    r = CliRunner().invoke(app, ["stats", "--db", url.replace("lagebild@", "x:pw@")])
    assert r.exit_code == 1 and "pw" not in r.stderr
