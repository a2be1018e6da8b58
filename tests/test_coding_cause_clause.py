"""Rule `cause-clause` (coding/roles.py): a complaint with no addressee of its own, made after
or because of what another did, is aimed at the doer of the "nachdem"/"weil" clause; not at a
victim of a passive clause, and not at the complainer's own side (coding/roles.py)."""

from __future__ import annotations

import pytest


def _accuse(pipe, text: str) -> set:
    return {
        (e.source.code[:3] if e.source else None, e.target.code[:3] if e.target else None)
        for e in pipe.code_text(text).events
        if e.type == "ACCUSE" and not (e.negated or e.hypothetical)
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Litauen protestierte offiziell, weil russische Kampfjets den Luftraum verletzt hatten.",
            ("LTU", "RUS"),
        ),
        (
            "Die Regierung in Manila protestierte scharf, nachdem ein chinesisches Schiff ein "
            "Fischerboot gerammt hatte.",
            ("PHL", "CHN"),
        ),
    ],
)
def test_a_complaint_is_aimed_at_the_doer_of_its_cause(pipe, text, pair):
    assert pair in _accuse(pipe, text)
