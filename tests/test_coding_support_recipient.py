"""Support assured to someone (support.solidaritaet with "zusichern", "versichern", "geben"):
the dative is whom it is for, before a "mit"-phrase that the parser may have hung on the verb
from a noun before it ("im Streit mit China", "im Krieg mit Russland")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Kanada sicherte Dänemark im Streit mit den USA um Grönland seine Unterstützung zu.",
            ("CAN", "DNK"),
        ),
        (
            "Polen versicherte der Ukraine im Krieg mit Russland seine volle Solidarität.",
            ("POL", "UKR"),
        ),
    ],
)
def test_the_dative_is_whom_support_is_for(pipe, text, pair):
    got = {
        (e.source.code[:3], e.target.code[:3])
        for e in pipe.code_text(text).events
        if e.type == "SUPPORT" and e.source and e.target and not (e.negated or e.hypothetical)
    }
    assert got == {pair}
