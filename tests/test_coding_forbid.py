"""Forbidding someone an act: "untersagte der Regierung, … zu entsenden" (the required role
`inf`, an infinitive clause under the predicate, also in its "vorzunehmen" form), and denying
someone a right named by its noun ("hat Frauen die Ausbildung untersagt")."""

from __future__ import annotations

import pytest

from tests.parses import plain_countries as _plain


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ein Gericht in Ankara untersagte der Regierung, weitere Festnahmen von Journalisten "
         "vorzunehmen.", ("COERCE", "TUR", "TUR")),
        ("Das Oberste Gericht Brasiliens verbot der Regierung, Soldaten in den Bundesstaat zu "
         "schicken.", ("COERCE", "BRA", "BRA")),
        ("Die Junta in Mali hat Journalistinnen die Ausbildung an Hochschulen untersagt.",
         ("COERCE", "MLI", "MLI")),
    ],
)  # fmt: skip
def test_forbidding_someone_an_act_coerces(pipe, text, expected):
    assert expected in _plain(pipe, text)


def test_forbidding_without_an_infinitive_needs_a_known_object(pipe):
    assert "COERCE" not in [
        t for t, _, _ in _plain(pipe, "Das Gericht in Ankara untersagte der Regierung die Pläne.")
    ]
