"""Rule `title-over-kb` (session 17, issue #5): an office title before a known person whose
knowledge-base roles have none valid on the article's date is the text's own word on the
office held when it was written (an archive article coded with a later date, undated text);
the title's sector wins over ELI. "früher"/"Ex-" keep ELI. Mentions written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from lagebild.actors import load_resolver

LATER = date(2025, 10, 28)


def code(mention: str, d: date) -> str | None:
    ref = load_resolver().resolve_mention(mention, d)
    return ref.code if ref is not None else None


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Verteidigungsminister Pawel Gratschow", "RUS/MIL"),
        ("Präsident Nelson Mandela", "ZAF/GOV"),
        ("Bundeskanzler Helmut Kohl", "DEU/GOV"),
        # no title: the knowledge base's code on the date
        ("Nelson Mandela", "ZAF/ELI"),
        # a former office stays former
        ("der frühere Präsident Nelson Mandela", "ZAF/ELI"),
    ],
)
def test_title_over_ended_role(mention: str, expected: str) -> None:
    assert code(mention, LATER) == expected


def test_title_does_not_override_a_valid_role() -> None:
    # in office on the date: the knowledge base's role, whatever the title says
    assert code("Präsident Nelson Mandela", date(1996, 3, 1)) == "ZAF/GOV"
    assert code("Außenminister Wladimir Putin", LATER) == "RUS/GOV"
