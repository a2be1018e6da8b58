"""A meeting named by a noun in a frame PP of the clause ("in einem Telefonat", "bei einem
Treffen") is a second event of its sentence (coding/noun_roles.py rule `meeting-addressee`,
coding/modality_rules.py rule `meeting-occasion`): the one the clause's verb addresses (its
dative) was the other party, and the talks took place even when what was said in them is a
promise or a plan. A meeting with an owner or partner of its own keeps them. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from parses import country_pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Der japanische Regierungschef dankte dem indischen Premierminister bei einem "
            "Treffen in Tokio für die enge Zusammenarbeit.",
            ("JPN", "IND"),
        ),
        (
            "Die kanadische Außenministerin versprach ihrer mexikanischen Amtskollegin in "
            "einem Telefonat politische Rückendeckung.",
            ("CAN", "MEX"),
        ),
        (
            "Die Außenminister Perus und Chiles vereinbarten in einem Telefonat, die "
            "Grenzkontrollen gemeinsam zu verstärken.",
            ("PER", "CHL"),
        ),
    ],
)
def test_meeting_with_the_addressee_happened(pipe, text, pair):
    pairs = country_pairs(pipe, text, "CONSULT")
    assert pair in pairs or pair[::-1] in pairs


def test_meeting_of_a_body_is_not_with_the_addressee(pipe):
    # the Ukraine is one of many at the group's meeting, not the minister's partner
    text = (
        "Der französische Verteidigungsminister sicherte der Ukraine bei einem Treffen der "
        "Nato-Verteidigungsminister weitere Hilfe zu."
    )
    assert ("FRA", "UKR") not in country_pairs(pipe, text, "CONSULT")


def test_meeting_partner_named_with_mit_wins(pipe):
    text = (
        "Der spanische Regierungschef sicherte Marokko bei einem Treffen mit dem "
        "französischen Präsidenten seine Unterstützung zu."
    )
    assert country_pairs(pipe, text, "CONSULT") == [("ESP", "FRA")]


def test_planned_meeting_stays_hypothetical(pipe):
    # the meeting is the content of the agreement: it has not happened
    text = (
        "Die Außenminister Chinas und Indiens vereinbarten, sich bei einem Treffen in Genf "
        "über die Grenze auszutauschen."
    )
    assert country_pairs(pipe, text, "CONSULT") == []
