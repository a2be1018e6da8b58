"""Batched writes in the ingest loop: a failing document in a batch loses only itself."""

from __future__ import annotations

from store_factory import BODY, FakePipeline, fake_read

from lagebild import ingest_runner
from lagebild.ingest_runner import run_ingest
from lagebild.store import open_store


def test_failing_document_in_a_batch_loses_only_itself(monkeypatch, tmp_path, new_store_url):
    monkeypatch.setattr(ingest_runner, "load_reader", lambda: fake_read)
    monkeypatch.setattr(ingest_runner, "load_cleaner", lambda: ingest_runner.fallback_clean)
    src = tmp_path / "in"
    src.mkdir()
    for i in range(7):
        (src / f"{i}.txt").write_text(f"url: https://s{i}.de/a\n{BODY}", encoding="utf-8")
    with open_store(new_store_url()) as store:
        real = store._add_rows

        def flaky(doc, touched, replace_source):
            if doc.source == "https://s3.de/a":
                real(doc, touched, replace_source)  # written, then the failure
                raise RuntimeError("constraint violated")
            return real(doc, touched, replace_source)

        monkeypatch.setattr(store, "_add_rows", flaky)
        summary = run_ingest(store, [src], pipeline=FakePipeline(), batch_size=4, batch_seconds=60)
        assert (summary.added, summary.failed) == (6, 1)
        docs = store.documents()
        assert len(docs) == 6 and "https://s3.de/a" not in set(docs["source"])
        assert set(store.event_mentions()["url"]) == {f"https://s{i}.de/a" for i in range(7)} - {
            "https://s3.de/a"
        }
        assert set(store.events()["num_sources"]) == {6}
        err = store.errors()
        assert list(err["stage"]) == ["store"] and list(err["reason"]) == ["constraint violated"]


def test_add_many_same_document_twice_in_one_batch(new_store_url):
    from store_factory import make_doc

    with open_store(new_store_url()) as store:
        first = make_doc()
        second = make_doc()
        second.events = second.events[:1]
        copy = make_doc(source="https://b.de/1", url="https://b.de/1")
        assert store.add_many([first, second, copy, make_doc()]) == [
            "added",
            "updated",
            "added",
            "updated",
        ]
        assert len(store.event_mentions(document_id=first.id)) == 2
        assert store.stats()["event_mentions"] == 4 and store.stats()["stories"] == 1
        assert set(store.events()["num_articles"]) == {2}
