"""Rule `object-scene` (coding/place_rules.py): an attack noun with no doer and no target of its
own whose object is a thing set in a place ("nach dem Anschlag auf eine Polizeiwache nahe
Kandahar", "beim Beschuss eines Krankenhauses in Rafah") hit the country of that place, as an
attack noun with its own place phrase does; the event is no longer lost for want of any party.
A place inside a relative clause of the phrase is not where the thing was hit. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from parses import country_pairs


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Nach dem Bombenanschlag auf eine Polizeiwache nahe der Stadt Kandahar schloss die "
            "Regierung mehrere Schulen.",
            "AFG",
        ),
        (
            "Beim Beschuss eines Krankenhauses in der Stadt Rafah wurden nach Angaben von "
            "Ärzten vier Patienten getötet.",
            "PSE",
        ),
        (
            "Nach dem Brandanschlag auf ein Stromkabel zwischen Berlin und Potsdam fiel in "
            "Tausenden Haushalten der Strom aus.",
            "DEU",
        ),
    ],
)
def test_attack_on_a_thing_hit_the_country_of_its_place(pipe, text, target):
    assert (None, target) in country_pairs(pipe, text, "ASSAULT")


def test_place_in_a_relative_clause_is_not_the_scene(pipe):
    text = "Bei einem Anschlag auf einen Bus, der zuvor in Kenia gehalten hatte, starben fünf Menschen."
    assert country_pairs(pipe, text, "ASSAULT") == []
