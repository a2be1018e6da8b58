"""A subject pronoun takes up the subject named before it in the sentence (actors/resolver.py
`_pronoun`). A subject whose KB match is several words ("Die Europäische Union", whose match
takes the adjective as head word) counts as that subject too (`_subject_within`), so the
pronoun of a relative clause is not taken for the noun the clause describes."""

from __future__ import annotations

import pytest

from tests.parses import actor_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Die Europäische Union verhängte Reiseverbote gegen zwei Generäle der Armee "
            "Myanmars, denen sie Kriegsverbrechen vorwirft.",
            "IGO:EU",
        ),
        (
            "Die Afrikanische Union verhängte Sanktionen gegen die Militärregierung Malis, der "
            "sie einen Bruch der Verfassung vorwirft.",
            "IGO:AU",
        ),
    ],
)
def test_subject_pronoun_takes_up_a_multiword_subject(analyzer, text, code):
    assert actor_codes(analyzer, text, "sie") == [code]
