"""Modality by German grammar (coding/modality.py, docs/coding.md "Session 6, helper
coding-scope"): the Konjunktiv II of reported speech (Ersatzkonjunktiv) is plain, the Konjunktiv II
of a condition or counterfactual stays hypothetical; purpose, "not yet" and "ohne … zu" clauses;
"im Falle eines Angriffs". Sentences written for these tests (not the probe set), through the
real NLP and actor stages."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def flags():
    from lagebild.api import code as api_code

    try:
        api_code(["Russland griff die Ukraine an."])
    except Exception as exc:  # pragma: no cover - a stage missing on this machine
        pytest.skip(f"pipeline not available: {exc}")

    def run(text: str, typ: str) -> list[str]:
        out = api_code([{"id": 0, "text": text, "date": "2026-11-20"}])[0]["events"]
        return [
            "neg" if e["negated"] else "hyp" if e["hypothetical"] else "plain"
            for e in out
            if e["type"] == typ
        ]

    return run


@pytest.mark.parametrize(
    "text",
    [
        # a clause on a verb of saying
        "Die Regierung in Bagdad erklärte, türkische Kampfjets hätten am Wochenende Stellungen "
        "im Nordirak bombardiert.",
        # "wie X mitteilte" before the clause
        "Wie die Armee in Islamabad mitteilte, hätten afghanische Truppen einen Grenzposten in "
        "der Provinz Khyber beschossen.",
        # an attribution ("nach Angaben")
        "Nach Angaben der sudanesischen Armee hätten die RSF-Milizen ein Flüchtlingslager bei "
        "El Fascher angegriffen.",
    ],
)
def test_konjunktiv2_of_reported_speech_is_plain(flags, text):
    assert flags(text, "ASSAULT") == ["plain"]


@pytest.mark.parametrize(
    "text",
    [
        # a modal infinitive: a possibility
        "Die Regierung in Bagdad erklärte, türkische Kampfjets hätten die Stellungen auch "
        "bombardieren können.",
        # a condition inside the report
        "Die Armee in Islamabad erklärte, afghanische Truppen hätten den Grenzposten "
        "angegriffen, wenn die Soldaten nicht gewarnt worden wären.",
        # no frame at all
        "Ohne die Warnung hätten afghanische Truppen den Grenzposten in Khyber angegriffen.",
    ],
)
def test_konjunktiv2_of_a_condition_stays_hypothetical(flags, text):
    assert flags(text, "ASSAULT") == ["hyp"]


def test_purpose_clause_is_hypothetical(flags):
    ev = flags(
        "Aserbaidschan zog Truppen an der Grenze zusammen, um armenische Dörfer anzugreifen.",
        "ASSAULT",
    )
    assert ev == ["hyp"]


def test_not_yet_clause_in_the_present_is_hypothetical(flags):
    ev = flags(
        "Die Regierung will die Gespräche aussetzen, bis Russland seine Truppen aus der Region "
        "abzieht.",
        "RETREAT",
    )
    assert ev == ["hyp"]


def test_in_case_of_an_attack_is_hypothetical(flags):
    ev = flags("Für den Fall eines Angriffs auf Litauen sagte Deutschland Hilfe zu.", "ASSAULT")
    assert ev in ([], ["hyp"])
