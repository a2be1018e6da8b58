"""Session 15 (crowds15, issue #5): crowds and groups of people whose country the sentence gives
but who are no actor of their own: a counted noun, a share of a group, followers of an actor,
a subject the parser fused with a relative pronoun, teachers on strike.

Sentences are our own, not from the pool or the dev gold."""

from __future__ import annotations

from datetime import date

from lagebild.actors import load_resolver
from lagebild.models import Document
from tests.parses import plain_codes


def _events(pipe, text):
    return plain_codes(pipe, text)


def _sources(pipe, text, typ="PROTEST"):
    return [e[1] for e in _events(pipe, text) if e[0] == typ]


def _entities(analyzer, text):
    doc = Document(source="t", format="text", text=text, date=date(2025, 10, 15))
    docs = analyzer.analyze(doc)
    load_resolver().annotate(doc, docs)
    return {(e.text, e.actor.code if e.actor else None) for e in doc.entities}


# rule `crowd`: a noun of no actor counted by a number word or a numeral
def test_counted_people_of_no_actor_protest(pipe):
    src = _sources(
        pipe,
        "Tausende Kleinbauern zogen am Freitag vor den Präsidentenpalast in Quito, um gegen "
        "ein neues Bergbaugesetz zu protestieren.",
    )
    assert src and all(s.startswith("ECU/") for s in src)


def test_numbered_participants_protest(pipe):
    assert _sources(pipe, "Mehr als 300 Teilnehmer protestierten am Samstag in Tiflis.") == [
        "GEO/CVL"
    ]


def test_people_counted_by_a_quantifier_protest(pipe):
    assert _sources(
        pipe, "Zahlreiche Gastwirte blockierten am Dienstag in Madrid die Innenstadt."
    ) == ["ESP/CVL"]


# rule `crowd`: a share of a group ("Prozent der …") is those people, placed by their own phrase;
# striking, they are workers (rule `crowd-workers`, session 17; the pool gold codes "40 Prozent der
# Lehrkräfte … legten die Arbeit nieder" LAB)
def test_share_of_a_group_strikes(pipe):
    src = _sources(
        pipe,
        "Am Mittwoch legten rund 30 Prozent der Physiotherapeuten in Italien die Arbeit nieder.",
    )
    assert src == ["ITA/LAB"]


def test_a_crowd_takes_its_clause_place_before_a_frame_place(pipe):
    # "in Paris" belongs to the talks before the clause, "in Belgien" to the strike
    src = _sources(
        pipe,
        "Nach Gesprächen in Paris legten am Montag rund 30 Prozent der Physiotherapeuten in "
        "Belgien die Arbeit nieder.",
    )
    assert src == ["BEL/LAB"]


# rule `crowd`: followers of no actor, placed by the clause
def test_followers_of_no_actor_block_roads(pipe):
    src = _sources(
        pipe,
        "In Lima blockierten Anhänger des unterlegenen Bürgermeisterkandidaten am Dienstag "
        "mehrere Brücken, um gegen das Ergebnis zu protestieren.",
    )
    assert src == ["PER/CVL"]


# rule `supporters` (actor stage and coder): followers are civilians of their leader's country
def test_followers_of_a_junta_are_civilians(analyzer):
    ents = _entities(analyzer, "Tausende Anhänger der Junta demonstrierten am Sonntag in Bamako.")
    assert ("Tausende Anhänger der Junta", "MLI/CVL") in ents


def test_followers_of_a_former_president_protest(pipe):
    evs = _events(
        pipe,
        "Hunderte Anhänger des Ex-Präsidenten protestierten am Abend in Lima gegen das Urteil.",
    )
    assert [e[1] for e in evs if e[0] == "PROTEST"] == ["PER/CVL"]
    assert not [e for e in evs if e[0] == "ASSAULT"]


def test_followers_of_a_leader_named_in_the_genitive(pipe):
    assert _sources(pipe, "Hunderte Anhänger Putins demonstrierten am Sonntag in Moskau.") == [
        "RUS/CVL"
    ]


def test_followers_of_the_opposition_keep_its_sector(analyzer):
    ents = _entities(
        analyzer, "Tausende Anhänger der kenianischen Opposition protestierten in Nairobi."
    )
    assert ("Tausende Anhänger der kenianischen Opposition", "KEN/OPP") in ents


# repair `fused-relative`: "gegen das Bauern": the relative pronoun read as the article
def test_relative_pronoun_read_as_article(pipe):
    src = _sources(
        pipe,
        "Die Minister unterzeichneten in Rom ein Abkommen, gegen das Bauern in Italien seit "
        "Monaten protestieren.",
    )
    assert src == ["ITA/CVL"]


def test_relative_pronoun_with_an_adjective(pipe):
    src = _sources(
        pipe,
        "Die Regierung beschloss eine Reform, gegen die spanische Fischer seit Tagen protestieren.",
    )
    assert src == ["ESP/CVL"]


def test_a_zu_infinitive_keeps_its_pp(pipe):
    # an infinitive clause has no subject of its own: "die Fangquoten" stays the PP's noun
    evs = _events(
        pipe,
        "Die spanischen Fischer kündigten an, gegen die Fangquoten der EU zu protestieren.",
    )
    assert not [e for e in evs if e[0] == "PROTEST" and e[2] == "ESP/CVL"]


# teachers on strike are workers (LAB), as the gold sets code them
def test_teachers_strike_as_workers(pipe):
    assert _sources(pipe, "In Chile traten am Montag Tausende Lehrer in einen Streik.") == [
        "CHL/LAB"
    ]
