"""Ministers in the plural followed by the member states of an organisation in the genitive
("die Außenminister der Nato-Staaten") meet as that organisation (issue #5, session 13: they
took the country of the meeting's place). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.parses import actor_codes

D = date(2025, 10, 15)


def codes(analyzer, text, mention):
    return actor_codes(analyzer, text, mention, D)


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Die Außenminister der Asean-Staaten haben bei ihrem Treffen in Jakarta die "
            "Junta in Myanmar zu Gesprächen mit der Opposition aufgerufen.",
            "IGO:ASEAN",
        ),
        (
            "Die Verteidigungsminister der Nato-Staaten sagten in Vilnius weitere "
            "Luftabwehrsysteme zu.",
            "IGO:NATO",
        ),
    ],
)
def test_ministers_of_the_member_states_are_the_organisation(analyzer, text, code):
    first = text.split(" der ")[0]
    assert codes(analyzer, text, first) == [code]


def test_ministers_of_named_countries_stay_theirs(analyzer):
    text = "Die Außenminister Frankreichs und Polens reisten gemeinsam nach Kiew."
    assert codes(analyzer, text, "Die Außenminister Frankreichs") == ["FRA/GOV"]


@pytest.mark.parametrize(
    "text, mention, code",
    [
        (
            "Die Schweizer Regierung verurteilte den Angriff auf Kiew.",
            "Die Schweizer Regierung",
            "CHE/GOV",
        ),
        (
            "Der Schweizer Bundesrat übernahm die Sanktionen gegen Russland.",
            "Der Schweizer Bundesrat",
            "CHE/GOV",  # the Swiss federal government, not a chamber
        ),
        ("Zwei Schweizer wurden in Teheran festgenommen.", "Zwei Schweizer", "CHE/CVL"),
    ],
)
def test_demonym_in_er_read_as_adjective(analyzer, text, mention, code):
    # "Schweizer" before a head noun is the country's adjective (the tagger reads it as ADJ),
    # not a Swiss person followed by an institution of the context's country
    assert codes(analyzer, text, mention) == [code]
