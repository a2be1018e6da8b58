"""Blowing up munition is bomb disposal, no attack (lexicon condition `not_object: @munition` on
assault.sprengen): an old aerial bomb, a dud or a grenade "wird gesprengt" / "sprengte" has no
target. Blowing up a dam or a bridge stays an ASSAULT. Coded through the real NLP and actor
stages."""

from __future__ import annotations

DISPOSAL = [
    "Eine Weltkriegsbombe wird am Sonntag in Dresden kontrolliert gesprengt.",
    "Der Kampfmittelräumdienst sprengte den Blindgänger auf einem Acker bei Oranienburg.",
    "Die Bundeswehr sprengte in Litauen alte Munition aus sowjetischen Beständen.",
    "Französische Polizisten sprengten einen verdächtigen Sprengsatz am Bahnhof von Lyon.",
]
ATTACKS = [
    ("Die russische Armee sprengte eine Brücke über den Dnipro.", "RUS"),
    ("Die Milizen sprengten eine Pipeline der nigerianischen Regierung.", "NGA"),
]


def _assaults(pipe, text):
    return [e for e in pipe.code_text(text).events if e.type == "ASSAULT"]


def test_blowing_up_munition_is_no_attack(pipe):
    for text in DISPOSAL:
        assert _assaults(pipe, text) == [], text


def test_blowing_up_a_structure_stays_an_attack(pipe):
    for text, cc in ATTACKS:
        evs = _assaults(pipe, text)
        assert evs, text
        assert any(
            cc in ((e.source.code if e.source else "") + (e.target.code if e.target else ""))
            for e in evs
        ), text


def test_the_condition_is_what_drops_them(pipe, monkeypatch):
    entry = pipe.coder.lex.entries["assault.sprengen"]
    monkeypatch.setattr(entry, "not_object", ())
    assert sum(bool(_assaults(pipe, t)) for t in DISPOSAL) >= 2
