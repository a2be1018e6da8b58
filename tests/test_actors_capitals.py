"""Seats of government used as metonyms for their governments ("Den Haag", "Bern", "Canberra"),
including a capital whose name begins with an article word, and genitive forms of organisations
that the event coder meets as owners of a target ("ein Konvoi des Roten Kreuzes")."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.actors import load_resolver

D = date(2026, 11, 20)


@pytest.fixture(scope="module")
def resolver():
    return load_resolver()


@pytest.mark.parametrize(
    "mention, expected",
    [
        ("Den Haag", "NLD/GOV"),
        ("Bern", "CHE/GOV"),
        ("Canberra", "AUS/GOV"),
        ("Ottawa", "CAN/GOV"),
        ("Wellington", "NZL/GOV"),
        ("Pretoria", "ZAF/GOV"),
        ("Brasília", "BRA/GOV"),
        ("Brasilia", "BRA/GOV"),
        ("Neu-Delhi", "IND/GOV"),
        ("Riad", "SAU/GOV"),
        ("Windhoek", "NAM/GOV"),
        ("Gaborone", "BWA/GOV"),
        ("Dschuba", "SSD/GOV"),
        ("des Roten Kreuzes", "NGO:ICRC"),
    ],
)
def test_seat_of_government(resolver, mention, expected):
    ref = resolver.resolve_mention(mention, D)
    assert ref is not None and ref.code == expected


def test_capital_as_place_and_inside_a_longer_name(resolver):
    assert resolver.resolve_mention("in Den Haag", D).code == "NLD"  # a place: the country
    assert resolver.resolve_mention("der Strafgerichtshof in Den Haag", D).code == "IGO:ICC"
    assert resolver.resolve_mention("die Regierung", D).code == "/GOV"  # articles still skipped
