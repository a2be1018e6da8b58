"""People who belong to another country than the place they are in (sectors.yaml
`home_countries`): settlers in the Palestinian territories are Israeli civilians, by a place
there, an adjective that names no country, or with no country named; a country's adjective
still gives its own settlers."""

from __future__ import annotations

import pytest

from tests.parses import actor_codes


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Siedler im Westjordanland zündeten Olivenhaine an.", "Siedler", "ISR/CVL"),
        ("Radikale Siedler griffen ein Dorf nahe Nablus an.", "Radikale Siedler", "ISR/CVL"),
        ("Deutsche Siedler gründeten 1884 die Kolonie.", "Deutsche Siedler", "DEU/CVL"),
    ],
)
def test_settlers_home_country(analyzer, text, mention, code):
    assert actor_codes(analyzer, text, mention) == [code]
