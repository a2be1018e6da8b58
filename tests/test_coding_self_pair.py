"""Rule `no-self-pair` (coder, the pairs of an event): one body never acts on itself. Where
the roles give a source and a target with the same code of one body (a country, its forces or
police, an organisation), a role was misread ("des Landes" taken for the doer's own country,
the doer's own dead read as its target): no event is coded rather than a wrong pair. Two
parties or two armed groups of one country still act on each other."""

from __future__ import annotations

import pytest


def _pairs(doc, typ: str) -> set:
    return {
        (e.source.code if e.source else None, e.target.code if e.target else None)
        for e in doc.events
        if e.type == typ and not (e.negated or e.hypothetical)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Nachdem Iran in der Nacht Ziele im Norden des Landes mit Raketen beschossen hatte, "
        "berief Bagdad den Botschafter ein.",
        "Die israelische Armee hat bei einem Luftangriff nach eigenen Angaben einen Kommandeur "
        "getötet.",
    ],
)
def test_no_body_attacks_itself(pipe, text):
    pairs = _pairs(pipe.code_text(text), "ASSAULT")
    assert not [p for p in pairs if p[0] is not None and p[0] == p[1]]


def test_rival_groups_of_one_country_still_fight(pipe):
    doc = pipe.code_text(
        "In Tripolis lieferten sich rivalisierende Milizen am Wochenende schwere Gefechte."
    )
    assert ("LBY/REB", "LBY/REB") in _pairs(doc, "ASSAULT")
