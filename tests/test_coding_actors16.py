"""Actors of events of the right type (session 16, issue #5): role choosers for constructions
whose source or target the coder took from the wrong phrase. Sentences of our own (not from the
pool or the dev gold), coded through the real NLP and actor stages."""

from __future__ import annotations

import pytest

from tests.parses import plain_countries


@pytest.mark.parametrize(
    "text, event",
    [
        # rule `act-agent`: the maker of the rejected/criticised/welcomed thing is the target
        (
            "Die kanadische Regierung lehnte den von Frankreich und Spanien vorgelegten Plan ab.",
            [("REJECT", "CAN", "FRA"), ("REJECT", "CAN", "ESP")],
        ),
        (
            "Die polnische Opposition legte ein Veto gegen das vom Parlament verabschiedete "
            "Gesetz ein.",
            [("REJECT", "POL", "POL")],
        ),
        (
            "Der brasilianische Präsident kritisierte die Einstufung der Landlosenbewegung als "
            "Terrorgruppe durch die Regierung in Caracas.",
            [("ACCUSE", "BRA", "VEN")],
        ),
        (
            "Die Regierung in Ottawa begrüßte den von der EU beschlossenen Plan.",
            [("SUPPORT", "CAN", "IGO:EU")],
        ),
    ],
)
def test_act_agent_target(pipe, text, event):
    found = plain_countries(pipe, text)
    for ev in event:
        assert ev in found, found


def test_act_agent_not_in_passive(pipe):
    # in the passive the "von"-PP is the verb's own agent: the one who rejected
    found = plain_countries(pipe, "Der Plan wurde von Frankreich abgelehnt.")
    assert all(tgt != "FRA" for _, _, tgt in found), found


@pytest.mark.parametrize(
    "text, event",
    [
        # rule `charged`: the one a warrant, charge or accusation is against did the deed it names
        (
            "Das Gericht in Den Haag erließ Haftbefehle gegen drei russische Offiziere wegen "
            "der Angriffe auf georgische Dörfer.",
            ("ASSAULT", "RUS", "GEO"),
        ),
        (
            "Die EU warf Russland die gezielte Bombardierung ukrainischer Krankenhäuser vor.",
            ("ASSAULT", "RUS", "UKR"),
        ),
        (
            "Die EU fror die Konten von drei Generälen der RSF ein, denen sie Massaker an "
            "Zivilisten vorwirft.",
            ("ASSAULT", "SDN", "SDN"),
        ),
    ],
)
def test_charged_doer(pipe, text, event):
    assert event in plain_countries(pipe, text), plain_countries(pipe, text)


@pytest.mark.parametrize(
    "text, event",
    [
        # rule `channel`: the Red Cross that receives a handover is the channel, not the target
        (
            "Russland übergab dem Internationalen Komitee vom Roten Kreuz 40 ukrainische "
            "Kriegsgefangene.",
            ("CONCEDE", "RUS", "UKR"),
        ),
        (
            "Die Rebellen übergaben dem Roten Kreuz am Montag fünf kolumbianische Soldaten.",
            ("CONCEDE", None, "COL"),
        ),
    ],
)
def test_channel_not_target(pipe, text, event):
    found = plain_countries(pipe, text)
    typ, src, tgt = event
    assert any(t == typ and g == tgt and (src is None or s == src) for t, s, g in found), found
    assert not any((g or "").startswith("NGO") for t, _, g in found if t == typ), found


def test_appeal_controls_the_deed(pipe):
    # object control through "appellieren an": the one appealed to is to stop its own attacks
    found = plain_countries(
        pipe,
        "Die EU appellierte an Aserbaidschan, die Angriffe auf armenische Grenzorte einzustellen.",
    )
    assert ("ASSAULT", "AZE", "ARM") in found, found
    assert ("ASSAULT", "IGO:EU", "ARM") not in found, found
