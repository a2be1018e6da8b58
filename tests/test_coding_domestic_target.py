"""Rule `domestic-target` (coding/replies.py) on hand-built parses: an arrest by a state organ of
one country whose patient the text names without an actor is done to people of that country;
not when another country is named, and not when the patient is missing."""

from __future__ import annotations

import pytest

from tests.parses import build, events, plain


def test_arrest_of_unnamed_people_targets_the_police_country(coder):
    # "Die venezolanische Polizei nahm 30 Personen fest."
    doc = build("""
    Die DET der det 3 Case=Nom ACT:VEN/COP
    venezolanische ADJ venezolanisch amod 3 _ ACT:VEN/COP
    Polizei NOUN Polizei nsubj 4 Case=Nom ACT:VEN/COP
    nahm VERB nehmen ROOT 0 Tense=Past|Mood=Ind|VerbForm=Fin
    30 NUM 30 nummod 6 _
    Personen NOUN Person obj 4 Case=Acc
    fest ADP fest compound:prt 4 _
    . PUNCT . punct 4
    """)
    evs = events(coder, doc)
    assert ("COERCE", "VEN/COP", "VEN") in plain(evs)
    ev = next(e for e in evs if e["type"] == "COERCE")["_e"]
    assert "domestic-target" in ev.evidence.rule
    assert ev.target.text == "30 Personen"


def test_no_domestic_target_when_another_country_is_named(coder):
    # "Die venezolanische Polizei nahm 30 Kolumbianer fest." (the nationality is an actor
    # here: COL; a sentence naming another country leaves the choice to the other rules)
    doc = build("""
    Die DET der det 3 Case=Nom ACT:VEN/COP
    venezolanische ADJ venezolanisch amod 3 _ ACT:VEN/COP
    Polizei NOUN Polizei nsubj 4 Case=Nom ACT:VEN/COP
    nahm VERB nehmen ROOT 0 Tense=Past|Mood=Ind|VerbForm=Fin
    in ADP in case 6 _
    Kolumbien PROPN Kolumbien obl 4 Case=Dat ACT:COL
    30 NUM 30 nummod 8 _
    Personen NOUN Person obj 4 Case=Acc
    fest ADP fest compound:prt 4 _
    . PUNCT . punct 4
    """)
    evs = events(coder, doc)
    assert not any("domestic-target" in (e["_e"].evidence.rule or "") for e in evs)


def test_sentence_noun_that_took_the_verb_targets_the_verbs_object(pipe):
    # the verb "verurteilte" is merged into its noun "Haftstrafen" (`_merge`): whom the verb's
    # object names is still the one sentenced
    doc = pipe.code_text(
        "Das Landgericht Hamburg verurteilte am Dienstag fünf Mitglieder einer islamistischen "
        "Zelle zu langen Haftstrafen."
    )
    evs = [e for e in doc.events if e.type == "COERCE" and not e.negated]
    assert [(e.source.code, e.target.code if e.target else None) for e in evs] == [
        ("DEU/JUD", "DEU")
    ]
    assert "Mitglieder" in evs[0].target.text


@pytest.mark.parametrize(
    "text, code",
    [
        (
            "Die Regierung Pakistans ließ das mobile Internet im ganzen Land für zwei Tage abschalten.",
            "PAK",
        ),
        (
            "Die Behörden in Kenia verhängten nach den Unruhen eine nächtliche Ausgangssperre.",
            "KEN",
        ),
    ],
)
def test_act_on_the_population_targets_the_sources_country(pipe, text, code):
    # entries marked `people_target`: with no target named, the people of the source's country
    evs = [e for e in pipe.code_text(text).events if e.type == "COERCE" and not e.negated]
    assert [(e.source.code.split("/")[0], e.target.code if e.target else None) for e in evs] == [
        (code, code)
    ]


def test_act_on_the_population_of_another_country_gets_no_people_target(pipe):
    doc = pipe.code_text(
        "Russland sperrte den Zugang zu mehreren ukrainischen Nachrichtenportalen."
    )
    evs = [e for e in doc.events if e.type == "COERCE"]
    assert not any(e.target is not None and e.target.code == "RUS" for e in evs)


@pytest.mark.parametrize(
    "text, code",
    [
        # the charge names whom the patient is said to have served, no party to the act
        (
            "Zwei Männer sind in Minsk wegen Spionage für Polen zu zwölf Jahren Lagerhaft "
            "verurteilt worden.",
            "BLR",
        ),
        (
            "Die russische Polizei nahm in Moskau drei Männer unter dem Vorwurf der Spionage "
            "für die Ukraine fest.",
            "RUS",
        ),
        # a separate main clause after a semicolon is no party to the sentence's arrest
        (
            "Ein Gericht in Minsk hat einen wegen Spionage festgenommenen Mann verurteilt; die "
            "EU kritisierte das Urteil scharf.",
            "BLR",
        ),
        # a trade or profession names the people sentenced
        (
            "Ein Gericht in der belarussischen Stadt Grodno verurteilte einen Schriftsteller zu "
            "acht Jahren Haft.",
            "BLR",
        ),
    ],
)
def test_domestic_target_beside_a_charge_or_another_clause(pipe, text, code):
    evs = [e for e in pipe.code_text(text).events if e.type == "COERCE" and not e.negated]
    assert [(e.source.code.split("/")[0], e.target.code.split("/")[0]) for e in evs if e.target]
    assert all(e.target is not None and e.target.code.split("/")[0] == code for e in evs)


def test_country_outside_a_charge_still_blocks_the_domestic_target(pipe):
    # a place of another country is no charge: the rule leaves the choice to the others
    doc = pipe.code_text("Die belarussische Polizei nahm in Polen drei Männer fest.")
    evs = [e for e in doc.events if e.type == "COERCE"]
    assert not any("domestic-target" in (e.evidence.rule or "") for e in evs)
