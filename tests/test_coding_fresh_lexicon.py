"""Lexicon gaps seen on fresh text (session 15, issue #5), each a construction with sentences of
our own: ruling out ("komme nicht in Frage", said by the speaker of the reported clause), a
report called biased, forces of another state counted around one's territory, forces moved in an
agentless passive (their country acts), the conclusion of talks announced, thanks in the
reflexive form, a foreign consulate closed (its country is the target, not the town), a campaign
called deliberate. Coded through the real NLP and actor stages."""

from __future__ import annotations

import pytest

from tests.parses import plain_countries


def _plain(pipe, text):
    return plain_countries(pipe, text)


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "Ein Bündnis mit der Rechten komme nicht in Frage, erklärte die spanische Regierung "
            "in Madrid.",
            ("REJECT", "ESP"),
        ),
        ("Für Kiew kommt eine Abtretung der Krim an Russland nicht in Frage.", ("REJECT", "UKR")),
        (
            "Die Regierung in Ankara bezeichnete den Bericht des Europarats als voreingenommen.",
            ("REJECT", "TUR"),
        ),
        (
            "Das Verteidigungsministerium in Taipeh zählte am Montag 20 chinesische Kampfjets "
            "rund um Taiwan.",
            ("MOBILIZE", "CHN"),
        ),
        (
            "Russische Truppen sollen an der Grenze zu Finnland zusammengezogen worden sein.",
            ("MOBILIZE", "RUS"),
        ),
        (
            "Nach Angaben der Nato wurden belarussische Soldaten an die Grenze verlegt.",
            ("MOBILIZE", "BLR"),
        ),
        ("Die Regierung in Kiew bedankte sich bei Norwegen für die Hilfe.", ("SUPPORT", "UKR")),
    ],
)
def test_fresh_constructions_source(pipe, text, event):
    assert event in [ev[:2] for ev in _plain(pipe, text)]


@pytest.mark.parametrize(
    "text, event",
    [
        (
            "Die Außenminister der Asean-Staaten und Australiens haben in Canberra den Abschluss "
            "der Gespräche über ein Handelsabkommen bekanntgegeben.",
            ("AGREE", "IGO:ASEAN", "AUS"),
        ),
        (
            "Die Regierung in Prag hat das russische Konsulat in Brünn geschlossen.",
            ("SANCTION", "CZE", "RUS"),
        ),
        (
            "Die Regierung in Caracas sprach von einer gezielten Kampagne Washingtons.",
            ("ACCUSE", "VEN", "USA"),
        ),
        (
            "Die Regierung in Kiew bedankte sich bei Norwegen für die Hilfe.",
            ("SUPPORT", "UKR", "NOR"),
        ),
    ],
)
def test_fresh_constructions_pair(pipe, text, event):
    assert event in _plain(pipe, text)


@pytest.mark.parametrize(
    "text, typ",
    [
        ("Die Polizei in Hamburg zählte am Samstag rund 3000 Demonstranten.", "MOBILIZE"),
        ("Der Minister bedankte sich bei den Helfern für ihren Einsatz.", "SUPPORT"),
    ],
)
def test_fresh_constructions_not_overread(pipe, text, typ):
    assert not [ev for ev in _plain(pipe, text) if ev[0] == typ]
