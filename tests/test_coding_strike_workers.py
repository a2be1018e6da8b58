"""Rule `implied-workers` (coding/roles.py): a strike named by its noun whose only actor is
the country it happens in is by that country's workers (LAB), not by the state; strikers named
by an adjective keep theirs, and a hunger strike is no labour action."""

from __future__ import annotations

import pytest


def _sources(pipe, text: str) -> set:
    return {
        e.source.code
        for e in pipe.code_text(text).events
        if e.type == "PROTEST" and e.source and not (e.negated or e.hypothetical)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Wegen eines Lokführerstreiks fielen in Italien am Montag zahlreiche Züge aus.",
        "Streik der Fluglotsen in Spanien: Hunderte Flüge wurden gestrichen.",
    ],
)
def test_a_strike_in_a_country_is_by_its_workers(pipe, text):
    got = _sources(pipe, text)
    assert got and all(code.endswith("/LAB") for code in got)


def test_a_hunger_strike_is_no_labour_action(pipe):
    got = _sources(
        pipe, "Ein inhaftierter Oppositioneller ist in Russland in den Hungerstreik getreten."
    )
    assert not any(code.endswith("/LAB") for code in got)
