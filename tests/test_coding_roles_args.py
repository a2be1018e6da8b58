"""Arguments the text gives that the coder did not reach (helper coding-roles, session 6): a
second coordinated verb sharing the first one's object or addressee, "beide Länder" as the pair
the sentence names, "miteinander" as a reciprocal partner, "dessen"/"deren" owners, predicative
"als" phrases and relative clauses. Probe set `coding_probes_coding-roles7.jsonl` (42 sentences
written before the fixes, ids cr7-<class>-NN; first run 0.750), coded through the real NLP and
actor stages; the floor sits a little below the measured figure (docs/coding.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.evaluation.events import read_jsonl, score

PROBES = Path(__file__).parent / "data" / "coding_probes_coding-roles7.jsonl"
FLOOR = 0.80


@pytest.fixture(scope="module")
def coded():
    from lagebild.api import code

    gold = read_jsonl(PROBES)
    try:
        preds = code([{k: g[k] for k in ("id", "text", "lang", "date")} for g in gold])
    except Exception as exc:  # pragma: no cover - a stage missing on this machine
        pytest.skip(f"pipeline not available: {exc}")
    return gold, preds


def _ev(coded, sid):
    gold, preds = coded
    i = [g["id"] for g in gold].index(sid)
    return [(e["type"], e["source"], e["target"]) for e in preds[i]["events"]]


def test_probe_set_floor(coded):
    f1 = score(*coded).strict[2]
    assert f1 >= FLOOR, f"coding-roles7: strict F1 {f1:.3f} < {FLOOR}"


def test_second_conjunct_shares_the_addressee(coded):
    # "forderte Japan auf, … und warnte vor ernsten Konsequenzen": the warning is to Japan
    assert ("THREATEN", "CHN/GOV", "JPN") in _ev(coded, "cr7-a-01")
    # "bestellte den japanischen Botschafter ein und forderte eine Entschuldigung"
    assert ("REQUEST", "KOR/GOV", "JPN/GOV") in _ev(coded, "cr7-a-06")


def test_dessen_names_an_owner_that_is_no_subject(coded):
    # "Japan verurteilte den Raketentest Nordkoreas und forderte dessen Führung auf"
    evs = _ev(coded, "cr7-e-03")
    assert ("REQUEST", "JPN", "PRK/GOV") in evs
    assert ("REQUEST", "JPN", "JPN/GOV") not in evs


def test_both_countries_are_the_pair_named_before(coded):
    # "Nachdem die Verteidigungsminister Japans und Australiens verhandelt hatten,
    # unterzeichneten beide Länder …"
    pairs = {(t, frozenset(((s or "")[:3], (g or "")[:3]))) for t, s, g in _ev(coded, "cr7-b-05")}
    assert ("AGREE", frozenset(("JPN", "AUS"))) in pairs


def test_predicative_als_phrase_and_relative_subject(coded):
    # "bezeichnete die Entscheidung Washingtons, die Zölle … zu verdoppeln, als schweren
    # Fehler": the "als" phrase after the infinitive clause is the naming verb's
    assert ("ACCUSE", "CHN/GOV", "USA") in [
        (t, s, (g or "")[:3]) for t, s, g in _ev(coded, "cr7-c-02")
    ]
    # "als klaren Verstoß gegen die Resolutionen des Sicherheitsrats": no target of the object
    assert not any(g == "IGO:UN" for _, _, g in _ev(coded, "cr7-c-07"))
    # "Kämpfer der Gruppe Boko Haram, die … ein Dorf … angegriffen hatten": 'die' is the subject
    assert any(t == "ASSAULT" and s == "NGA/REB" for t, s, _ in _ev(coded, "cr7-d-01"))
