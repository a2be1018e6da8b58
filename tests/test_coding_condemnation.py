"""What a speaker calls the other side's act: the @condemnation class also holds "~pattern"
items, words formed alike (negated evaluative adjectives: "unfreundlich", "ungerechtfertigt"),
and an attack on a value ("als Angriff auf den Rechtsstaat")."""

from __future__ import annotations

import pytest

from lagebild.coding.lexicon import load_lexicon


@pytest.mark.parametrize(
    "word, member",
    [
        ("unfreundlich", True),
        ("ungerechtfertigt", True),
        ("unverhältnismäßig", True),
        ("unabhängig", False),
        ("unverzichtbar", False),
        ("unterstützt", False),
        ("unerwünscht", False),
        ("Unfall", False),
        ("antiamerikanisch", True),
        ("Geiselnahme", True),
        ("politisch motiviert", True),
        ("Anteil", False),
        ("motiviert", False),
    ],
)
def test_pattern_items_of_a_class(word, member):
    assert load_lexicon().in_class(word, "@condemnation") is member


@pytest.mark.parametrize(
    "text, src, tgt",
    [
        ("Die Regierung in Warschau bezeichnete die Blockade Ungarns als unverantwortlich.",
         "POL", "HUN"),
        ("Peking nannte die neuen Zölle der USA ungerechtfertigt.", "CHN", "USA"),
        ("Bundeskanzler Merz bezeichnete das Vorgehen Moskaus als Angriff auf die europäische "
         "Friedensordnung.", "DEU", "RUS"),
        ("Die Regierung in Ankara sprach von einer antitürkischen Kampagne Griechenlands.",
         "TUR", "GRC"),
        ("Berlin sprach nach der Festnahme des Deutschen im Iran von Geiseldiplomatie Teherans.",
         "DEU", "IRN"),
        ("Die Regierung in Kiew sprach von einem politisch motivierten Verfahren Moskaus.",
         "UKR", "RUS"),
    ],
)  # fmt: skip
def test_calling_an_act_names_an_accusation(pipe, text, src, tgt):
    evs = [e for e in pipe.code_text(text).events if e.type == "ACCUSE"]
    assert [(e.source.code.split("/")[0], e.target.code.split("/")[0]) for e in evs] == [(src, tgt)]


@pytest.mark.parametrize(
    "text",
    [
        "Der Trainer sprach von einem hoch motivierten Gegner aus Polen.",
        "Die Regierung in Warschau sprach von einer politisch schwierigen Lage.",
    ],
)
def test_a_neutral_naming_is_no_accusation(pipe, text):
    assert [e for e in pipe.code_text(text).events if e.type == "ACCUSE"] == []
