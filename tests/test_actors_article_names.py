"""A name that begins with an article word ("Die Grünen", "Die Linke", "Der Spiegel") is one
actor also at the start of a sentence, where the article is capitalised like the name."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, code",
    [
        ("Die Grünen forderten einen Untersuchungsausschuss.", "DEU/PTY"),
        ("Die Linke lehnte den Haushaltsentwurf ab.", "DEU/OPP"),
        ("Der Spiegel berichtete über die Pläne.", "DEU/MED"),
        ("Auch die Grünen stimmten dagegen.", "DEU/PTY"),
    ],
)
def test_article_name_at_sentence_start(pipe, text, code):
    doc = pipe.code_text(text)
    assert code in [e.actor.code for e in doc.entities if e.actor is not None]


def test_party_at_sentence_start_is_the_source(pipe):
    doc = pipe.code_text("Die Grünen warfen dem Innenminister Versagen vor.")
    assert [(e.type, e.source.code) for e in doc.events] == [("ACCUSE", "DEU/PTY")]
