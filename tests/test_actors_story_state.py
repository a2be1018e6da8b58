"""Rule `state-of-the-story` (docs/coding.md, session 10, coding-sources11): in a document, a
bare state institution ("die Regierung", "die Armee") whose sentence names one country only after
it, as another party and not as a place, is the state the story is about (a country of the two
sentences before), not that party. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tests.parses import actor_codes

D = date(2025, 10, 15)


def codes(analyzer, text, mention):
    return actor_codes(analyzer, text, mention, D)


STORY = (
    "Die Junta in Burkina Faso hat zwei französische Diplomaten ausgewiesen. Das "
    "Außenministerium in Ouagadougou nannte die Entscheidung endgültig. "
)


def test_bare_government_is_the_story_state_not_the_party_named_after_it(analyzer):
    assert codes(
        analyzer, STORY + "Die Regierung warf Frankreich Spionage vor.", "Die Regierung"
    ) == ["BFA/GOV"]


def test_country_named_before_the_institution_still_owns_it(analyzer):
    text = STORY + "Frankreich kündigte an, die Regierung werde die Ausweisung prüfen."
    assert codes(analyzer, text, "die Regierung") == ["FRA/GOV"]


def test_place_of_the_sentence_still_owns_it(analyzer):
    text = STORY + "In Paris wies die Regierung die Vorwürfe zurück."
    assert codes(analyzer, text, "die Regierung") == ["FRA/GOV"]
