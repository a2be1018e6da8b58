"""The predicate lexicon: well-formed data, user files add and override entries, and every
entry's example sentence is coded (through the real NLP and actor stages) as the entry says."""

from __future__ import annotations

from collections import Counter

import pytest

from lagebild.coding import LexiconError, load_coder, load_lexicon
from lagebild.models import PLOVER_TYPES

LEX = load_lexicon()
ENTRIES = sorted((e for e in LEX.entries.values() if e.example), key=lambda e: e.id)

# Examples the current German parser gets wrong in a way the coder cannot repair (the reason is
# given); they are run all the same and reported when they start to pass.
KNOWN_PARSE_FAILURES = {
    "concede.gefangene_austauschen": "subject and object swapped (Gefangene read as subject)",
    "request.aufrufen": "'der Papst' is no actor in the knowledge base",
    "sanction.zur_persona_non_grata": "'Persona non grata' is not parsed as one noun",
    "reject.nicht_anerkennen": "no actor for 'Minsk'/'EU' as parsed",
    "aid.friedenstruppen": "strong past 'entsandten' tagged as adjective, sentence left verbless",
    "request.appell": "'der Ukraine' parsed as the clause root",
}


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


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.id for e in ENTRIES])
def test_example_is_coded(entry, coded, request):
    if entry.id in KNOWN_PARSE_FAILURES:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_PARSE_FAILURES[entry.id], strict=False))
    events = [e for e in coded[entry.id] if not (e["negated"] or e["hypothetical"])]
    exp = entry.expect
    typ = entry.joint["type"] if entry.joint and "joint" in exp else entry.type

    def ok(ev):
        if ev["type"] != typ:
            return False
        s, t = _country(ev["source"]), _country(ev["target"])
        if exp.get("source") and s != exp["source"]:
            return ev["symmetric"] and t == exp["source"]
        if exp.get("target") and t != exp["target"]:
            return ev["symmetric"] and s == exp["target"]
        return True

    assert any(ok(ev) for ev in events), (entry.example, coded[entry.id])
