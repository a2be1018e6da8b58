"""Rule `measure-owner` (coding/noun_roles.py): the lifting of a sanction whose owner the
sanction noun itself names ("die Aufhebung der US-Sanktionen gegen Syrien", "die Lockerung der
amerikanischen Ölsanktionen") is a concession by that owner, a second event beside the stance
taken on it. Without an owner it stays without a doer. Sentences written for these tests."""

from __future__ import annotations

import pytest
from parses import country_pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Die Regierung in Caracas begrüßte die Lockerung der amerikanischen Ölsanktionen "
            "gegen Venezuela.",
            ("USA", "VEN"),
        ),
        (
            "Der Außenminister Belarus' lobte die Aufhebung der US-Sanktionen gegen die "
            "staatliche Kaliindustrie seines Landes.",
            ("USA", "BLR"),
        ),
    ],
)
def test_lifting_is_by_the_measure_owner(pipe, text, pair):
    assert pair in country_pairs(pipe, text, "CONCEDE")


def test_lifting_without_owner_has_no_doer(pipe):
    text = "Peking kritisierte die Aufhebung der Sanktionen gegen Taiwan."
    assert country_pairs(pipe, text, "CONCEDE") == []
