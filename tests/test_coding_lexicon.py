"""The predicate lexicon: well-formed data, user files add and override entries, and every
entry's example sentence is coded (through the real NLP and actor stages) as the entry says."""

from __future__ import annotations

from collections import Counter

import pytest

from lagebild.coding import LexiconError, load_coder, load_lexicon
from lagebild.coding.lexicon import fold
from lagebild.coding.repair import verb_candidates
from lagebild.models import PLOVER_TYPES

LEX = load_lexicon()
ENTRIES = sorted((e for e in LEX.entries.values() if e.example), key=lambda e: e.id)

# At least this share of the examples must be coded exactly as their entry says, through the
# real NLP and actor stages (each miss is printed: parser errors the coder cannot repair, actors
# the knowledge base lacks). Measured 274/281 on 2026-11-25.
MIN_SHARE = 0.9


def test_lexicon_size_and_types():
    assert len(LEX.entries) >= 250
    per_type = Counter(e.type for e in LEX.entries.values())
    assert set(per_type) == set(PLOVER_TYPES)
    lemmas = sum(len(e.verb) + len(e.noun) for e in LEX.entries.values())
    assert lemmas >= 500


def test_entries_are_complete():
    for e in LEX.entries.values():
        assert e.example, e.id
        assert e.cameo in LEX.cameo, e.id
        assert e.quad_class == LEX.cameo[e.cameo].quad_class
        assert e.id.split(".")[0] == e.file.removesuffix(".yaml"), e.id


def test_quad_classes_follow_cameo_roots():
    assert LEX.cameo["190"].quad_class == 4 and LEX.cameo["190"].goldstein == -10.0
    assert LEX.cameo["057"].quad_class == 2 and LEX.cameo["057"].goldstein == 8.0
    assert LEX.cameo["111"].quad_class == 3 and LEX.cameo["040"].quad_class == 1


def test_user_file_adds_and_overrides(tmp_path):
    f = tmp_path / "mine.yaml"
    f.write_text(
        "type: ASSAULT\nentries:\n"
        '  - {id: angreifen, verb: angreifen, cameo: "195", example: "X griff Y an."}\n'
        '  - {id: niedermachen, verb: niedermachen, cameo: "190", example: "X machte Y nieder."}\n',
        encoding="utf-8",
    )
    coder = load_coder([f])
    assert coder.lex.entries["assault.angreifen"].cameo == "195"
    assert "assault.niedermachen" in coder.lex.entries
    assert "niedermachen" in coder.lex.by_verb
    assert load_coder().lex.entries["assault.angreifen"].cameo == "190"  # ours unchanged


def test_bad_user_file_names_the_problem(tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text('type: ASSAULT\nentries:\n  - {id: x, verb: x, cameo: "999"}\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="bad.yaml.*999"):
        load_coder([f])
    with pytest.raises(LexiconError, match="no such lexicon file"):
        load_coder([tmp_path / "missing.yaml"])


@pytest.fixture(scope="module")
def coded():
    from lagebild.api import code

    try:
        return {
            e.id: r["events"]
            for e, r in zip(ENTRIES, code([e.example for e in ENTRIES]), strict=True)
        }
    except Exception as exc:  # pragma: no cover - a stage missing on this machine
        pytest.skip(f"pipeline not available: {exc}")


def _country(a):
    return a.split("/")[0] if a else None


def _coded_as_expected(entry, events) -> bool:
    events = [e for e in events if not (e["negated"] or e["hypothetical"])]
    exp = entry.expect

    def ok(ev):
        if ev["type"] != entry.type:
            return False
        s, t = _country(ev["source"]), _country(ev["target"])
        if exp.get("source") and s != exp["source"]:
            return ev["symmetric"] and t == exp["source"]
        if exp.get("target") and t != exp["target"]:
            return ev["symmetric"] and s == exp["target"]
        return True

    return any(ok(ev) for ev in events)


def test_examples_are_coded(coded):
    misses = [e for e in ENTRIES if not _coded_as_expected(e, coded[e.id])]
    for e in misses:
        print(
            f"MISS {e.id}: {e.example} -> {[(x['type'], x['source'], x['target']) for x in coded[e.id]]}"
        )
    share = 1 - len(misses) / len(ENTRIES)
    assert share >= MIN_SHARE, f"{len(ENTRIES) - len(misses)}/{len(ENTRIES)} examples coded"


@pytest.fixture(scope="module")
def parsed():
    try:
        from lagebild.nlp import load_analyzer

        nlp = load_analyzer("default", "de")
    except Exception as exc:  # pragma: no cover - no NLP stage on this machine
        pytest.skip(f"nlp stage not available: {exc}")
    return {e.id: nlp(e.example) for e in ENTRIES}


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_example_has_the_trigger(entry, parsed):
    """The lemmas the lexicon lists are the ones the analyzer produces: some word of the
    example is found as this entry's verb or noun."""
    coder = load_coder()
    doc = parsed[entry.id]
    verbs = {coder.verb_lemma(t) for t in doc}
    verbs |= {fold(t.lemma_) for t in doc} | {fold(t.text) for t in doc}
    for t in doc:  # what the coder's parse repair reads as a verb (see coding/repair.py)
        if t.pos_ in ("ADJ", "X"):
            verbs |= {fold(p.text) + v for v in verb_candidates(t.text) for p in doc[-2:]}
            verbs |= set(verb_candidates(t.text))
    nouns = {
        e.id for t in doc if t.pos_ in ("NOUN", "PROPN", "ADJ") for e in coder.noun_entries(t)[1]
    }
    if entry.kind == "verb":
        assert verbs & {fold(v) for v in entry.verb}, (entry.example, sorted(verbs))
    else:
        assert entry.id in nouns, (entry.example, [t.lemma_ for t in doc])
        if entry.kind == "light":
            assert verbs & {fold(v) for v in entry.verb}, (entry.example, sorted(verbs))
