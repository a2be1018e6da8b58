"""Protest and strike news names its doers by their trade or social group ("die Hebammen",
"Busfahrer", "Rentner", "Schülerinnen"): sectors.yaml lists these nouns with their inflected
forms, and compounds match by their last part ("Lkw-Fahrer" …fahrer, "Altenpflegerinnen"
…pflegerinnen). Without them a definite plural with no crowd word ("Die Hebammen in Wien legten
die Arbeit nieder") has no source. Civilians and workers named side by side are one crowd: one
protest, not one per sector (merge._other_side). Coded through the real NLP and actor stages."""

from __future__ import annotations

STRIKES = [
    ("Die Hebammen in Wien legten am Dienstag die Arbeit nieder.", "AUT/LAB"),
    ("Die Lkw-Fahrer in Lissabon legten am Montag die Arbeit nieder.", "PRT/LAB"),
    ("Die Altenpflegerinnen in Graz traten am Freitag in den Streik.", "AUT/LAB"),
    ("Die Fluglotsen in Athen legten am Donnerstag ihre Arbeit nieder.", "GRC/LAB"),
    ("Die Erzieherinnen in Hamburg legten am Mittwoch die Arbeit nieder.", "DEU/LAB"),
]
PROTESTS = [
    ("Die Rentner in Santiago protestierten am Dienstag gegen die Kürzungen.", "CHL/CVL"),
    ("Die Winzer in Bordeaux protestierten am Montag gegen die Zölle.", "FRA/CVL"),
    ("Die Schülerinnen in Teheran protestierten am Samstag gegen das Kopftuchgebot.", "IRN/CVL"),
    ("Die Demonstrierenden in Tiflis protestierten erneut gegen die Regierung.", "GEO/CVL"),
]
# one crowd of civilians and workers: one protest of that country
CROWD = "Rentner und Krankenpfleger zogen am Samstag in Lima vor das Parlament, um zu protestieren."


def _protests(pipe, text):
    return [
        e.source.code if e.source else None
        for e in pipe.code_text(text).events
        if e.type == "PROTEST" and not e.negated and not e.hypothetical
    ]


def test_a_trade_strikes(pipe):
    for text, src in STRIKES:
        assert src in _protests(pipe, text), text


def test_a_social_group_protests(pipe):
    for text, src in PROTESTS:
        assert src in _protests(pipe, text), text


def test_civilians_and_workers_are_one_crowd(pipe):
    sources = _protests(pipe, CROWD)
    assert len(sources) == 1 and sources[0].startswith("PER/"), sources


def test_road_users_are_people_not_a_trade(analyzer):
    from tests.parses import actor_codes

    text = "Die Autofahrer in Madrid blockierten am Montag die Ringstraße."
    assert "ESP/CVL" in actor_codes(analyzer, text, "Die Autofahrer")
