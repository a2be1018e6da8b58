"""The `topic` scope rule (coding/scope.py, `topics` and `topic_scope` in data/scope.yaml): in a
sentence about business, culture, sport, science or history, an event with no actor of politics
on either side (only people or firms of a country by nationality) is no event; a state organ, an
IGO or a country named as such acting in the same kind of sentence stays, and so do protests.
Coded through the real NLP and actor stages; each negative example was coded as an event before
the rule (checked with `topic_scope` emptied, below)."""

from __future__ import annotations

NO_EVENT = [
    "Britische Forscher kritisierten die Studie einer amerikanischen Universität.",
    "Der norwegische Regisseur lobte die Zusammenarbeit mit der dänischen Schauspielerin.",
    "Italienische Wissenschaftler warfen den Autoren einer chinesischen Studie Fehler vor.",
    "Die türkische Sängerin kritisierte die Veranstalter des Festivals scharf.",
    "Amerikanische Anleger kritisierten den Vorstandschef des japanischen Autobauers scharf.",
]
PROTEST = (
    "Französische Bauern blockierten aus Protest gegen die Preise des Konzerns dessen Zentrallager."
)
EVENT = [
    (
        "Die Regierung in Peking kritisierte die Verleihung des Preises an den Schriftsteller.",
        ("ACCUSE", "CHN/GOV"),
    ),
    (
        "Die iranische Polizei nahm den Regisseur nach der Premiere seines Films fest.",
        ("COERCE", "IRN/COP"),
    ),
    ("Frankreich kritisierte das Urteil gegen den algerischen Schriftsteller.", ("ACCUSE", "FRA")),
    (
        "Die Bundesregierung kritisierte die Übernahme des Chipherstellers durch einen Konzern.",
        ("ACCUSE", "DEU/GOV"),
    ),
    (PROTEST, ("PROTEST", "FRA/CVL")),
]


def _plain(pipe, text):
    return [
        (e.type, e.source.code if e.source else None)
        for e in pipe.code_text(text).events
        if not (e.negated or e.hypothetical)
    ]


def test_topic_sentences_without_political_actors_are_no_events(pipe):
    for text in NO_EVENT:
        assert _plain(pipe, text) == [], text


def test_state_actors_in_topic_sentences_stay_events(pipe):
    for text, want in EVENT:
        assert want in _plain(pipe, text), text


def test_the_rule_is_what_drops_them(pipe):
    scope = pipe.coder.scope
    saved = scope.topic_scope
    try:
        scope.topic_scope = set()
        for text in NO_EVENT:
            assert _plain(pipe, text), text  # coded as an event without the rule
    finally:
        scope.topic_scope = saved


def test_protests_in_business_news_stay_events(pipe):
    scope = pipe.coder.scope
    saved = scope.topic_keep_types
    try:
        scope.topic_keep_types = set()
        assert _plain(pipe, PROTEST) == []  # a crowd of no political sector, business news
    finally:
        scope.topic_keep_types = saved
    assert ("PROTEST", "FRA/CVL") in _plain(pipe, PROTEST)


def test_topics_of_reads_nouns_and_compound_endings(pipe):
    from lagebild.coding.scope import topics_of
    from lagebild.models import Document

    def first_sentence(text):
        d = Document(source="text", format="text", text=text, language="de")
        d.finalize_ids()
        return next(s for x in pipe.analyzer.analyze(d).values() for s in x.sents)

    assert topics_of(first_sentence("Der Quartalsumsatz des Konzerns sank.")) == ("business",)
    assert topics_of(first_sentence("Das Filmfestival zeigt 19 Filme.")) == ("culture",)
    assert topics_of(first_sentence("Die Regierung verhängte Sanktionen.")) == ()
