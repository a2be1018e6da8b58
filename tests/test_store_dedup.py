"""De-duplication: stories from near-duplicate articles; events merged from mentions."""

from __future__ import annotations

from datetime import date

import pytest
from store_factory import BODY, make_doc

from lagebild.models import ActorSlot, EventMention
from lagebild.store import open_store
from lagebild.store.dedup import band_params, minhash, shingles
from lagebild.store.rows import source_key

OTHER = (
    "Der Bundestag hat am Donnerstag den Haushalt für das kommende Jahr beschlossen. "
    "Die Opposition kritisierte die hohen Ausgaben für Verteidigung und Infrastruktur scharf. "
    "Der Finanzminister verteidigte die Pläne in einer langen Rede vor dem Plenum."
)


@pytest.fixture
def store(new_store_url):
    with open_store(new_store_url()) as s:
        yield s


def _counts(store):
    ev = store.events()
    return {
        r.type: (r.num_mentions, r.num_sources, r.num_articles) for r in ev.itertuples(index=False)
    }


def test_copy_under_another_source_is_one_story_two_sources(store):
    a = make_doc(source="https://www.zeitung-a.de/p/1", url="https://www.zeitung-a.de/p/1")
    b = make_doc(source="https://zeitung-b.de/x", url="https://zeitung-b.de/x")
    assert store.add(a) == "added" and store.add(b) == "added"
    docs = store.documents()
    assert len(docs) == 2 and docs["story_id"].nunique() == 1
    assert store.stats()["stories"] == 1 and store.stats()["sources"] == 2
    assert _counts(store) == {"ASSAULT": (2, 2, 2), "AGREE": (2, 2, 2)}
    # every mention is kept with its provenance
    mentions = store.event_mentions()
    assert len(mentions) == 4
    assert set(mentions["url"]) == {a.url, b.url}


def test_same_host_counts_one_source(store):
    store.add(make_doc(source="https://a.de/1", url="https://a.de/1"))
    store.add(make_doc(source="https://a.de/2", url="https://a.de/2"))
    assert _counts(store)["ASSAULT"] == (2, 1, 2)


def test_near_duplicate_joins_story_unrelated_does_not(store):
    a = make_doc(source="a.txt")
    edited = BODY.replace("erneut", "am Dienstag erneut") + " Das meldete eine Agentur."
    b = make_doc(source="b.txt", text=edited, title="Anderer Titel")
    c = make_doc(source="c.txt", text=OTHER, events=False, title="Haushalt")
    for d in (a, b, c):
        store.add(d)
    stories = dict(zip(store.documents()["id"], store.documents()["story_id"], strict=True))
    assert stories[b.id] == stories[a.id] == a.id
    assert stories[c.id] == c.id


def test_minhash_similarity_tracks_jaccard():
    a, b = minhash(BODY), minhash(BODY + " Ein Satz mehr am Ende des Textes.")
    exact = len(shingles(BODY) & shingles(BODY + " Ein Satz mehr am Ende des Textes.")) / len(
        shingles(BODY) | shingles(BODY + " Ein Satz mehr am Ende des Textes.")
    )
    assert abs(a.jaccard(b) - exact) < 0.15
    assert minhash(BODY).jaccard(minhash(OTHER)) < 0.2
    bands, rows = band_params()
    assert bands * rows <= 128
    assert minhash("") is None


def _mention(type_, src, tgt, day=None, **kw):
    return EventMention(
        type=type_,
        source=ActorSlot(code=src) if src else None,
        target=ActorSlot(code=tgt) if tgt else None,
        sentence_idx=0,
        sentence="x",
        date=day,
        **kw,
    )


def test_merge_rules(store):
    d1 = make_doc(source="1.txt", text="Eins zwei drei vier fünf.", events=False)
    d1.events = [
        _mention("AGREE", "RUS", "VEN", symmetric=True),
        _mention("ASSAULT", "USA", "VEN", date(2025, 10, 27)),
        _mention("ASSAULT", "USA", "VEN", negated=True),
    ]
    d2 = make_doc(source="2.txt", text="Sechs sieben acht neun zehn.", events=False)
    d2.events = [
        _mention("AGREE", "VEN", "RUS", symmetric=True),  # same happening, other order
        _mention("ASSAULT", "USA", "VEN", date(2025, 10, 28)),  # within the window
        _mention("ASSAULT", "USA", "VEN", date(2025, 11, 5)),  # a later attack
        _mention("ASSAULT", "USA", "COL", date(2025, 10, 28)),  # another target
    ]
    store.add(d1)
    store.add(d2)
    ev = store.events()
    agree = ev[ev.type == "AGREE"]
    assert len(agree) == 1 and agree.num_articles.iloc[0] == 2
    assault = ev[(ev.type == "ASSAULT") & (ev.target == "VEN") & ~ev.negated]
    assert sorted(assault.num_mentions) == [1, 2]
    assert sorted(d.date().isoformat() for d in assault.date) == ["2025-10-27", "2025-11-05"]
    negated = ev[ev.negated]
    assert len(negated) == 1 and negated.num_mentions.iloc[0] == 1  # flagged never merge in
    assert len(ev[ev.target == "COL"]) == 1
    assert len(ev) == 5


def test_merging_is_deterministic_and_order_free(new_store_url):
    docs = [
        make_doc(source="https://a.de/1", url="https://a.de/1"),
        make_doc(source="https://b.de/1", url="https://b.de/1", day=date(2025, 10, 29)),
        make_doc(source="c.txt", day=date(2025, 10, 27)),
    ]
    results = []
    for order in (docs, docs[::-1]):
        with open_store(new_store_url()) as s:
            for d in order:
                s.add(d.model_copy(deep=True))
            cols = ["id", "type", "date", "num_mentions", "num_sources", "num_articles"]
            first = s.events()[cols]
            assert s.remerge_all() == len(first)
            again = s.events()[cols]
            assert first.equals(again)  # re-running changes nothing
            results.append(first)
    assert results[0].equals(results[1])


def test_source_key():
    assert source_key("https://www.Spiegel.de/a", "https://www.Spiegel.de/a") == "spiegel.de"
    assert source_key("feed.jsonl#3") == "feed.jsonl"
    assert source_key("feed.jsonl#3", "https://taz.de/x") == "taz.de"
    assert source_key("/data/a.txt") == "/data/a.txt"


def test_stories_view(store):
    a = make_doc(source="https://a.de/1", url="https://a.de/1")
    b = make_doc(source="https://b.de/1", url="https://b.de/1")
    c = make_doc(source="c.txt", text=OTHER, events=False, title="Haushalt")
    for d in (a, b, c):
        store.add(d)
    st = store.stories()
    assert list(st["num_documents"]) == [2, 1]
    top = st.iloc[0]
    assert top.story_id == a.id and top.num_sources == 2
    assert list(top.sources) == ["a.de", "b.de"] and sorted(top.document_ids) == sorted(
        [a.id, b.id]
    )
    assert len(store.stories(min_documents=2)) == 1


def test_settings_live_with_the_store(new_store_url):
    path = new_store_url()
    docs = [
        make_doc(source="https://a.de/1", url="https://a.de/1", day=date(2025, 10, 27)),
        make_doc(source="https://b.de/1", url="https://b.de/1", day=date(2025, 10, 30)),
    ]
    with open_store(path) as s:
        for d in docs:
            s.add(d)
        assert s.settings() == {"window_days": 1, "story_threshold": 0.7}
        assert len(s.events(type="ASSAULT")) == 2  # three days apart: two attacks
    with open_store(path, window_days=3) as s:  # a wider window re-merges the store
        assert s.events(type="ASSAULT")["num_articles"].tolist() == [2]
    with open_store(path) as s:  # and is remembered
        assert s.window_days == 3 and len(s.events(type="ASSAULT")) == 1
    with open_store(path, story_threshold=0.9) as s:
        assert s.settings()["story_threshold"] == 0.9
        n = s.sql("SELECT count(*) AS n FROM minhash_bands")["n"][0]
        bands, _ = band_params(0.9)
        assert n == 2 * bands
        third = make_doc(source="https://c.de/1", url="https://c.de/1")
        s.add(third)
        assert s.stats()["stories"] == 1  # an exact copy still joins the story


def test_incremental_merge_equals_full_recompute(new_store_url):
    """Adding, re-analysing and deleting in random order, in batches or one by one, always
    leaves the same events as merging everything from scratch."""
    import random

    rng = random.Random(3)
    cols = ["id", "date", "last_date", "num_mentions", "num_sources", "num_articles"]
    for trial in range(4):
        with open_store(new_store_url()) as s:
            docs = []
            for i in range(24):
                d = make_doc(
                    source=f"https://s{i % 5}.de/{i}",
                    url=f"https://s{i % 5}.de/{i}",
                    text=f"Meldung {i} {rng.random()}",
                    events=False,
                    day=date(2025, 10, 1)
                    + (date(2025, 10, 2) - date(2025, 10, 1)) * rng.randrange(12),
                )
                d.events = [
                    _mention("ASSAULT", "USA", "VEN", d.date if rng.random() < 0.9 else None),
                    _mention("AGREE", "RUS", "VEN", symmetric=True),
                ]
                docs.append(d)
            rng.shuffle(docs)
            if trial % 2:
                for i in range(0, len(docs), 5):
                    s.add_many(docs[i : i + 5])
            else:
                for d in docs:
                    s.add(d)
            for d in rng.sample(docs, 4):
                s.delete_document(d.id)
            d = rng.choice(docs)
            if s.has_document(d.id):
                d.events[0].negated = True  # re-analysed: the attack is now denied
                assert s.add(d) == "updated"
            incremental = s.events()[cols].sort_values(["id"]).reset_index(drop=True)
            s.remerge_all()
            full = s.events()[cols].sort_values(["id"]).reset_index(drop=True)
            assert incremental.equals(full), trial
            assert s.event_mentions()["event_id"].isin(set(full["id"])).all()
