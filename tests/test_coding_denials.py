"""Denied claims: a claim reported in the subjunctive after its noun with no "wonach"/"dass"
("wies die Darstellung zurück, die Armee habe … angegriffen") takes the denial; "X habe mit den
Anschlägen nichts zu tun" denies X's part. Either event is flagged negated, never plain."""

from __future__ import annotations

import pytest


def _assaults(pipe, text):
    return [e for e in pipe.code_text(text).events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Ein Sprecher der Regierung wies die Darstellung zurück, die ägyptische Armee habe "
        "Zivilisten im Sinai angegriffen.",
        "Die Regierung in Ankara wies Berichte zurück, türkische Kampfjets hätten Stellungen "
        "im Irak bombardiert.",
        "Der Kreml erklärte, Russland habe mit den Anschlägen auf Bahnanlagen in Litauen "
        "nichts zu tun.",
    ],
)
def test_denied_attack_is_not_plain(pipe, text):
    evs = _assaults(pipe, text)
    assert evs and all(e.negated or e.hypothetical for e in evs)


def test_reported_attack_without_denial_stays_plain(pipe):
    evs = _assaults(
        pipe, "Ein Sprecher der Regierung sagte, die ägyptische Armee habe Zivilisten angegriffen."
    )
    assert evs and not any(e.negated for e in evs)
