"""What a statement says is not what happened (issue #5, session 14): the present content of an
accusation is the charge, not an event (rule `accused-content`); "drohen" whose subject is a
thing is a risk, not a threat (scope `risk`); a conditional sanction told as a third party's
assessment is no THREATEN (rule `conditional-threat`); "nicht ausschließen" is only flagged;
an act a speaker names by its verdict ("sagte, Israel verübe einen Genozid") is the speaker's
ACCUSE (rule `crime-label`).
And what stays: a perfect content (a past incident), a noun the content presupposes, a clause
on the accusation ("…, was X kritisierte"), the actor's own conditional ("…, sagte der
Minister"). Sentences written for these tests, coded through the real NLP and actor stages."""

from __future__ import annotations

import pytest

from tests.parses import code_table

SENTENCES = {
    "inf": "Der serbische Präsident warf Kosovo vor, Waffen an bewaffnete Gruppen im Norden zu "
    "liefern.",
    "k1": "Die Opposition warf der Regierung in Warschau vor, sie setze die Gerichte unter Druck.",
    "light": "Die Ukraine warf Russland vor, Angriffe auf zivile Ziele in Charkiw zu verüben.",
    "noun": "Die Regierung in Kiew warf Moskau vor, einen hybriden Krieg gegen die Republik Moldau "
    "zu führen.",
    "perfect": "Die japanische Küstenwache warf chinesischen Schiffen vor, ein Fischerboot mit "
    "Wasserwerfern beschossen zu haben.",
    "was": "Die iranischen Behörden haben eine französische Lehrerin festgenommen und ihr "
    "Spionage vorgeworfen, was das Außenministerium in Paris scharf verurteilte.",
    "risk": "Sollte das Berufungsgericht das Urteil gegen den früheren Gouverneur von Buenos "
    "Aires bestätigen, droht ihm eine Haftstrafe von bis zu acht Jahren.",
    "threat": "Die türkische Regierung drohte Schweden mit einer Blockade des Beitritts.",
    "assessed": "Sollte Serbien die Grenze zum Kosovo schließen, würde die EU nach Einschätzung "
    "von Beobachtern die Beitrittsgespräche aussetzen.",
    "es-heisst": "Sollte Serbien die Grenze zum Kosovo schließen, würde die EU die "
    "Beitrittsgespräche aussetzen, hieß es aus Diplomatenkreisen.",
    "own": "Sollte Serbien die Grenze zum Kosovo schließen, werde die EU die Beitrittsgespräche "
    "aussetzen, sagte der EU-Außenbeauftragte.",
    "not-ruled-out": "Die Türkei schließt einen Militäreinsatz gegen die Kurdenmilizen in Syrien "
    "nicht aus.",
    "crime-label": "Brasiliens Präsident sagte, Israel verübe im Gazastreifen einen Genozid an "
    "den Palästinensern.",
    "reported-act": "Die Armee teilte mit, russische Truppen hätten ein Dorf bei Charkiw "
    "angegriffen.",
}


@pytest.fixture(scope="module")
def coded():
    return code_table(SENTENCES)


def _plain(evs):
    return [
        (e["type"], e["source"], e["target"])
        for e in evs
        if not (e["negated"] or e["hypothetical"])
    ]


def _types(evs):
    return [t for t, _, _ in _plain(evs)]


def test_infinitive_content_of_an_accusation_is_no_event(coded):
    assert ("ACCUSE", "SRB/GOV", "XKX") in _plain(coded["inf"])
    assert "AID" not in _types(coded["inf"])


def test_konjunktiv_content_of_an_accusation_is_no_event(coded):
    assert ("ACCUSE", "POL/OPP", "POL/GOV") in _plain(coded["k1"])
    assert "REQUEST" not in _types(coded["k1"])


def test_light_verb_content_of_an_accusation_is_no_event(coded):
    assert "ACCUSE" in _types(coded["light"])
    assert "ASSAULT" not in _types(coded["light"])


def test_indefinite_event_noun_the_content_names_is_no_event(coded):
    assert ("ACCUSE", "UKR/GOV", "RUS/GOV") in _plain(coded["noun"])
    assert "ASSAULT" not in _types(coded["noun"])


def test_perfect_content_names_a_past_incident(coded):
    assert any(
        t == "ASSAULT" and (s or "").startswith("CHN") for t, s, _ in _plain(coded["perfect"])
    )
    assert "ACCUSE" in _types(coded["perfect"])


def test_a_was_clause_on_the_accusation_is_no_content(coded):
    assert ("ACCUSE", "FRA/GOV", "IRN/GOV") in _plain(coded["was"])


def test_a_penalty_that_may_befall_someone_is_no_threat(coded):
    assert "THREATEN" not in _types(coded["risk"])
    assert "THREATEN" in _types(coded["threat"])


def test_a_third_partys_assessment_is_no_threat(coded):
    assert "THREATEN" not in _types(coded["assessed"])
    assert "THREATEN" not in _types(coded["es-heisst"])
    assert ("THREATEN", "IGO:EU", "SRB") in _plain(coded["own"])


def test_not_ruled_out_is_flagged(coded):
    evs = coded["not-ruled-out"]
    assert "THREATEN" not in _types(evs)
    assert any(e["type"] == "THREATEN" and e["hypothetical"] for e in evs)


def test_a_crime_said_by_a_speaker_is_his_accusation(coded):
    evs = _plain(coded["crime-label"])
    assert ("ACCUSE", "BRA/GOV", "ISR") in evs
    assert "ASSAULT" not in [t for t, _, _ in evs]


def test_an_act_reported_by_a_speaker_stays_the_act(coded):
    assert any(t == "ASSAULT" for t, _, _ in _plain(coded["reported-act"]))
