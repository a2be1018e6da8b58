"""Rule `plural-owner-each` (coding/coder.py): an event noun whose source is owned by "ihr"
after coordinated subjects ("A und B haben mit dem Abzug ihrer Truppen begonnen") was done by
each of them, one event each; one subject keeps its one event, and the aim of a request is
not the requesters' own act. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _events(pipe, text: str, type_: str) -> set:
    return {
        (e.source.code[:3] if e.source else None)
        for e in pipe.code_text(text).events
        if e.type == type_ and not (e.negated or e.hypothetical)
    }


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Armenien und Aserbaidschan haben mit dem Abzug ihrer Soldaten aus dem "
            "Grenzgebiet begonnen.",
            {"ARM", "AZE"},
        ),
        (
            "Serbien und das Kosovo haben am Dienstag mit dem Rückzug ihrer Polizeikräfte "
            "von der Grenze begonnen.",
            {"SRB", "XKX"},
        ),
        ("Die Ukraine hat mit dem Abzug ihrer Truppen aus der Stadt begonnen.", {"UKR"}),
    ],
)
def test_each_coordinated_owner_acts(pipe, text, sources):
    assert _events(pipe, text, "RETREAT") == sources
