"""Protests whose text names no protester (rule `implied-protesters`): a protest whose only
source is a place the text names ("Proteste … in Bochum", "auf einer Kundgebung in Leipzig") is
by the people there, civilians (CVL) of its country, and a strike by its workers (LAB), not by
the town. A strike "bei" a company or body is aimed at it (the strike entries' target role
"bei"); a strike noun with that target and nobody named is by workers (rule `implied-workers`).
Coded through the real NLP and actor stages."""

from __future__ import annotations

PLACE_ONLY = [
    ("Proteste gegen die Schließung des Opel-Werks in Bochum", "DEU/CVL"),
    ("Die Ministerin sprach am Samstag auf einer Kundgebung in Leipzig.", "DEU/CVL"),
    ("Die Flugdisponenten streiken seit Montag bei der Flugsicherung in Marseille.", "FRA/LAB"),
]
AT_EMPLOYER = [
    ("Die Piloten streiken bei der Lufthansa.", "DEU/LAB", "DEU/BUS"),
    ("Der Warnstreik bei Siemens in München dauert an.", "DEU/LAB", "DEU/BUS"),
]


def _protests(pipe, text):
    return [
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in pipe.code_text(text).events
        if e.type == "PROTEST"
    ]


def test_a_place_is_not_the_protester(pipe):
    for text, src in PLACE_ONLY:
        assert [s for s, _ in _protests(pipe, text)] == [src], text


def test_the_rule_is_what_makes_them_people(pipe, monkeypatch):
    from lagebild.coding.roles import RoleRules

    monkeypatch.setattr(RoleRules, "_strike_workers", staticmethod(lambda c: None))
    for text, src in PLACE_ONLY:
        assert src not in [s for s, _ in _protests(pipe, text)], text


def test_a_strike_at_a_company_is_aimed_at_it(pipe):
    for text, src, tgt in AT_EMPLOYER:
        assert _protests(pipe, text) == [(src, tgt)], text
