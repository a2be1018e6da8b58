"""What protests and campaigns are for has not happened (coding/modality.py `plan_owner`): an
event noun in the "für"-phrase of a protest noun ("eine Kundgebung für die Freilassung …") or of
a protest verb ("protestierten für einen Abzug …", "setzte sich für eine Waffenruhe ein") is
flagged hypothetical; what they protest against ("gegen die Angriffe …") stays plain."""

from __future__ import annotations

import pytest


def _kinds(doc, typ: str) -> list[bool]:
    """For each event of the type: is it plain?"""
    return [not (e.negated or e.hypothetical) for e in doc.events if e.type == typ]


@pytest.mark.parametrize(
    ("text", "typ"),
    [
        (
            "Die Polizei löste in Prag eine Kundgebung für die Freilassung der inhaftierten "
            "Journalisten auf.",
            "CONCEDE",
        ),
        ("Demonstranten in Jerewan protestierten für einen Abzug russischer Truppen.", "RETREAT"),
        (
            "Die Außenministerin setzte sich in Kairo für eine Waffenruhe zwischen Israel und der "
            "Hamas ein.",
            "AGREE",
        ),
    ],
)
def test_what_a_protest_is_for_is_not_plain(pipe, text, typ):
    kinds = _kinds(pipe.code_text(text), typ)
    assert kinds and not any(kinds)


def test_what_a_protest_is_against_stays_plain(pipe):
    doc = pipe.code_text(
        "Tausende Menschen demonstrierten in Tel Aviv gegen die Angriffe der Armee auf Gaza."
    )
    assert any(_kinds(doc, "ASSAULT"))
    assert any(_kinds(doc, "PROTEST"))
