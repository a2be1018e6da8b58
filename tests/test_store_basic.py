"""The store on every backend (DuckDB, PostgreSQL): round trip, idempotence, transactions,
errors, migrations."""

from __future__ import annotations

from datetime import date

import pytest
from store_factory import BODY, make_doc

from lagebild.store import open_store
from lagebild.store.schema import LATEST, MIGRATIONS, migrate


@pytest.fixture
def store(new_store_url):
    with open_store(new_store_url()) as s:
        yield s


def test_round_trip(store):
    doc = make_doc()
    assert store.add(doc) == "added"
    docs = store.documents()
    assert len(docs) == 1
    row = docs.iloc[0]
    assert row["id"] == doc.id and len(doc.id) == 16
    assert row["title"] == doc.title and row["text"] == BODY
    assert list(row["credits"]) == ["IMAGO/ABACAPRESS", "imago/Xinhua"]
    assert list(row["captions"]) == ["Ein Boot vor der Küste."]
    assert row["date"].date() == date(2025, 10, 28)
    assert row["language"] == "de" and row["story_id"] == doc.id
    assert list(store.sentences(doc.id)["text"]) == [s.text for s in doc.sentences]

    ev = store.events()
    assert sorted(ev["type"]) == ["AGREE", "ASSAULT"]
    assault = ev[ev.type == "ASSAULT"].iloc[0]
    assert (assault.source, assault.target, assault.cameo) == ("USA/MIL", "VEN", "190")
    assert assault.location_country == "VEN" and assault.location_precision == "country"
    assert (assault.num_mentions, assault.num_sources, assault.num_articles) == (1, 1, 1)
    assert assault.document_id == doc.id and assault.sentence.startswith("Die US-Streitkräfte")

    mentions = store.event_mentions(document_id=doc.id)
    assert len(mentions) == 2
    m = mentions[mentions.type == "ASSAULT"].iloc[0]
    assert BODY[m.start : m.end] == "angegriffen"
    assert m.event_id == assault.id


def test_same_content_same_source_changes_nothing(store, tmp_path):
    store.add(make_doc())
    before = {t: store.sql(f"SELECT * FROM {t} ORDER BY {k}") for t, k in _TABLES.items()}
    assert store.add(make_doc()) == "unchanged"
    after = {t: store.sql(f"SELECT * FROM {t} ORDER BY {k}") for t, k in _TABLES.items()}
    for t in _TABLES:
        assert before[t].equals(after[t]), t


_TABLES = {
    "documents": "id",
    "sentences": "document_id, idx",
    "event_mentions": "id",
    "events": "id",
    "errors": "id",
    "minhash_bands": "band, key, document_id",
}


def test_reanalysed_document_is_updated_and_remerged(store):
    store.add(make_doc())
    doc = make_doc()
    doc.events = doc.events[:1]  # a newer coder finds only the attack
    assert store.add(doc) == "updated"
    assert list(store.events()["type"]) == ["ASSAULT"]
    assert len(store.documents()) == 1
    assert store.add(doc) == "unchanged"


def test_failure_mid_document_leaves_nothing(store, monkeypatch):
    store.add(make_doc())
    before = store.stats()

    def boom(keys):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "_remerge", boom)  # after document, sentences, mentions written
    doc = make_doc(source="https://other.example/x", url="https://other.example/x")
    with pytest.raises(RuntimeError, match="disk on fire"):
        store.add(doc)
    assert store.stats() == before
    assert (
        store.sql("SELECT count(*) AS n FROM minhash_bands WHERE document_id = ?", [doc.id])["n"][0]
        == 0
    )
    monkeypatch.undo()
    assert store.add(doc) == "added"  # and the store still works afterwards
    assert store.stats()["documents"] == 2


def test_errors_table(store):
    store.add_error("a.txt", "empty file", stage="ingest")
    store.add_error("a.txt", "empty file", stage="ingest")  # seen again: counted, not repeated
    store.add_error("b.html", "no article found", severity="warning", stage="clean")
    errs = store.errors()
    assert list(errs["reason"]) == ["empty file", "no article found"]
    assert list(errs["occurrences"]) == [2, 1]
    assert list(errs["severity"]) == ["error", "warning"]
    assert set(errs.columns) >= {"severity", "stage", "source", "reason", "time"}
    assert len(store.errors(severity="warning")) == 1


def test_document_warnings_become_error_rows(store):
    doc = make_doc()
    doc.meta["warnings"] = ["no date found, using none"]
    store.add(doc)
    store.add(doc)
    w = store.errors(severity="warning")
    assert list(w["reason"]) == ["no date found, using none"]
    assert w["document_id"][0] == doc.id


def test_event_filters(store):
    store.add(make_doc())
    assert list(store.events(actor="USA")["type"]) == ["ASSAULT"]
    assert list(store.events(actor="VEN/GOV")["type"]) == ["AGREE"]
    assert len(store.events(actor="VEN")) == 2  # VEN matches VEN and VEN/GOV
    assert list(store.events(type="agree")["type"]) == ["AGREE"]
    assert len(store.events(type="AGREE,ASSAULT")) == 2
    assert list(store.events(country="RUS")["type"]) == ["AGREE"]
    assert len(store.events(since="2025-10-28", until="2025-10-28")) == 2
    assert len(store.events(since=date(2025, 10, 29))) == 0
    assert len(store.events(limit=1)) == 1


def test_delete_document_remerges(store):
    a = make_doc()
    b = make_doc(source="https://b.example/1", url="https://b.example/1")
    store.add(a)
    store.add(b)
    assert set(store.events()["num_articles"]) == {2}
    assert store.delete_document(b.id)
    assert set(store.events()["num_articles"]) == {1}
    assert not store.delete_document("nope")


def test_migrations_are_versioned_and_rerunnable(new_store_url):
    path = new_store_url()
    with open_store(path) as s:
        assert s.stats()["schema_version"] == LATEST
        assert migrate(s.con) == []  # nothing pending
    extra = [*MIGRATIONS, (LATEST + 1, "test column", ["ALTER TABLE documents ADD COLUMN x INT"])]
    with open_store(path) as s:
        assert migrate(s.con, extra) == [LATEST + 1]
        versions = s.sql("SELECT version FROM schema_version ORDER BY version")["version"]
        assert list(versions) == [*range(1, LATEST + 2)]
    with pytest.raises(RuntimeError, match="newer"), open_store(path):
        pass


def test_default_path_and_registry(tmp_path, monkeypatch):
    from lagebild.registry import stores
    from lagebild.store import default_db_path

    monkeypatch.setenv("LAGEBILD_DB", str(tmp_path / "env.duckdb"))
    assert default_db_path() == tmp_path / "env.duckdb"
    with open_store() as s:
        assert s.path == str(tmp_path / "env.duckdb")
    assert "duckdb" in stores and "postgresql" in stores and "postgres" in stores
    with open_store(":memory:") as s:
        assert s.stats()["documents"] == 0


def test_new_content_at_the_same_source_replaces_the_old_version(store):
    old = make_doc(source="https://a.de/1", url="https://a.de/1")
    store.add(old)
    new = make_doc(source="https://a.de/1", url="https://a.de/1", text=BODY + " Korrektur.")
    assert new.id != old.id
    assert store.add(new) == "updated"
    docs = store.documents()
    assert list(docs["id"]) == [new.id]
    assert set(store.event_mentions()["document_id"]) == {new.id}
    assert set(store.events()["num_mentions"]) == {1}
    assert (
        store.sql("SELECT count(*) AS n FROM minhash_bands WHERE document_id = ?", [old.id])["n"][0]
        == 0
    )
    # unnamed sources (stdin) never replace each other
    store.add(make_doc(source="stdin", text="Erster Text über etwas ganz anderes hier."))
    store.add(make_doc(source="stdin", text="Zweiter Text, wieder über etwas anderes."))
    assert (store.documents()["source"] == "stdin").sum() == 2
    # and replace_source=False keeps both versions
    third = make_doc(source="https://a.de/1", url="https://a.de/1", text=BODY + " Noch eine.")
    assert store.add(third, replace_source=False) == "added"
    assert (store.documents()["source"] == "https://a.de/1").sum() == 2


def test_warning_stage_prefix(store):
    doc = make_doc()
    doc.meta["warnings"] = ["enrich: no place for event 2", "mojibake repaired"]
    store.add(doc)
    w = store.errors(severity="warning")
    assert list(zip(w["stage"], w["reason"], strict=True)) == [
        ("enrich", "no place for event 2"),
        ("pipeline", "mojibake repaired"),
    ]


def _raw_connection(path):
    """A bare connection to the store at `path`, without the store's own opening steps."""
    if "://" in path:
        import psycopg

        from lagebild.store.postgres_store import PGConnection

        return PGConnection(psycopg.connect(path, autocommit=True))
    import duckdb

    return duckdb.connect(path)


def test_old_store_is_upgraded_on_open(new_store_url):
    path = new_store_url()
    con = _raw_connection(path)
    migrate(con, MIGRATIONS[:1])  # a store written before the settings step
    con.close()
    with open_store(path, read_only=True) as s:  # readable as it is, with default settings
        assert s.settings()["window_days"] == 1
    with open_store(path) as s:
        assert s.stats()["schema_version"] == LATEST
        assert s.sql("SELECT value FROM settings WHERE key = 'window_days'")["value"][0] == "1"
        assert s.add(make_doc()) == "added"
