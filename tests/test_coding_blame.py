"""Blame in what a speaker says (issue #5): "X trage die Verantwortung für <harm>, erklärte Y" is
Y's accusation of X (ACCUSE, CAMEO 112). Told by the narrator, with no speaker, or for a duty
rather than a harm, it is no event. Sentences of our own."""

from __future__ import annotations

from tests.parses import plain_countries


def test_responsibility_for_harm_in_reported_speech_is_blame(pipe):
    evs = plain_countries(
        pipe,
        "Der Iran trage die volle Verantwortung für die Angriffe auf die Tanker, "
        "erklärte das britische Außenministerium am Freitag.",
    )
    assert ("ACCUSE", "GBR", "IRN") in evs


def test_guilt_for_a_war_in_reported_speech_is_blame(pipe):
    evs = plain_countries(
        pipe,
        "Die Nato trage die Schuld an dem Krieg in der Ukraine, sagte der russische Außenminister.",
    )
    assert ("ACCUSE", "RUS", "IGO:NATO") in evs


def test_responsibility_told_by_the_narrator_is_no_accusation(pipe):
    evs = plain_countries(pipe, "Russland trägt die Verantwortung für die Eskalation.")
    assert not any(t == "ACCUSE" for t, _, _ in evs)


def test_responsibility_for_a_duty_is_no_blame(pipe):
    evs = plain_countries(
        pipe,
        "Frankreich trage die Verantwortung für die Sicherheit der Region, sagte der Minister.",
    )
    assert not any(t == "ACCUSE" for t, _, _ in evs)
