"""Actor gaps of session 16 (issue #5): offices that belong to one state (the pope is the
head of state of the Holy See, a religious leader of no state is no state actor).
Sentences and mentions written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.actors import load_resolver

D = date(2025, 10, 15)


def code(mention: str, d: date = D) -> str | None:
    ref = load_resolver().resolve_mention(mention, d)
    return ref.code if ref is not None else None


@pytest.mark.parametrize(
    "mention, expected",
    [
        ("der Papst", "VAT/GOV"),
        ("des Papstes", "VAT/GOV"),
        ("dem Pontifex", "VAT/GOV"),
        ("Papst Leo", "VAT/GOV"),
        # a religious leader of no state is not a state's government
        ("der Dalai Lama", None),
    ],
)
def test_office_of_one_state(mention, expected):
    assert code(mention) == expected


def _events(pipe, text: str) -> set:
    return {
        (e.type, e.source.code if e.source else None, e.target.code[:3] if e.target else None)
        for e in pipe.code_text(text).events
        if not (e.negated or e.hypothetical)
    }


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Der Papst hat die Regierung in Kiew zu Verhandlungen mit Moskau aufgerufen.",
            ("REQUEST", "VAT/GOV", "UKR"),
        ),
        (
            "Der brasilianische Präsident ist am Freitag vom Papst empfangen worden.",
            ("CONSULT", "VAT/GOV", "BRA"),
        ),
    ],
)
def test_the_pope_acts_for_the_holy_see(pipe, text, event):
    assert event in _events(pipe, text)


def test_a_religious_leader_of_no_state_is_no_state_actor(pipe):
    sources = {ev[1] for ev in _events(pipe, "Der Dalai Lama kritisierte die Regierung in Peking.")}
    assert not {s for s in sources if s and s[:3] in ("CHN", "VAT")}


@pytest.mark.parametrize(
    "mention, expected",
    [
        # a governor of a federal state is that country's government, also when the state
        # has a name of two words or its country is given as a prefix
        ("die Gouverneurin des Bundesstaates New York", "USA/GOV"),
        ("der Gouverneur des US-Bundesstaates Ohio", "USA/GOV"),
        ("der Gouverneur des US-Bundesstaates New York", "USA/GOV"),
        ("der Bürgermeister der Stadt Novi Sad", "SRB/GOV"),
        ("der Gouverneur des Bundesstaates Sokoto", "NGA/GOV"),
        ("der Gouverneur von Texas", "USA/GOV"),
    ],
)
def test_office_of_a_subdivision(mention, expected):
    assert code(mention) == expected
