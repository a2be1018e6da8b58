"""A bare name opening a main clause, read by the parser as the object while the phrase after
the finite verb was read as the subject (issue #5, session 13: events with the right type but
swapped actors). Hand-built parses of sentences of our own, with the parser's error."""

from __future__ import annotations

from lagebild.coding.repair import repair_prefield_object
from tests.parses import build, events, plain


def _roles(span):
    return [(t.text, t.dep_) for t in span if t.dep_ in ("nsubj", "obj", "iobj")]


def test_dative_name_after_the_verb_read_as_subject(coder):
    # "Norwegen hat der Ukraine weitere Flugabwehrsysteme übergeben."
    doc = build("""
    Norwegen PROPN Norwegen iobj 6 Case=Dat ACT:NOR
    hat AUX haben aux 6 Mood=Ind|Tense=Pres|VerbForm=Fin
    der DET der det 4 Case=Nom|Gender=Masc
    Ukraine PROPN Ukraine nsubj 6 Case=Nom|Gender=Masc ACT:UKR
    Flugabwehrsysteme NOUN Flugabwehrsystem obj 6 Case=Acc
    übergeben VERB übergeben ROOT 0 VerbForm=Part
    . PUNCT . punct 6
    """)
    fixed, _ = repair_prefield_object(doc[:])
    assert _roles(fixed) == [
        ("Norwegen", "nsubj"),
        ("Ukraine", "iobj"),
        ("Flugabwehrsysteme", "obj"),
    ]


def test_accusation_with_two_bare_names(coder):
    # "Litauen warf Belarus Sabotage vor." (both names show no case: the first is the subject)
    doc = build("""
    Litauen PROPN Litauen obj 2 Case=Acc ACT:LTU
    warf VERB vorwerfen ROOT 0 Mood=Ind|Tense=Past|VerbForm=Fin
    Belarus PROPN Belarus nsubj 2 Case=Nom ACT:BLR
    Sabotage NOUN Sabotage obj 2 Case=Acc
    vor ADP vor compound:prt 2
    . PUNCT . punct 2
    """)
    fixed, _ = repair_prefield_object(doc[:])
    assert _roles(fixed) == [("Litauen", "nsubj"), ("Belarus", "iobj"), ("Sabotage", "obj")]
    assert plain(events(coder, doc)) == [("ACCUSE", "LTU", "BLR")]


def test_accusation_of_a_feminine_name_with_der(coder):
    # "Ägypten wirft der Türkei Einmischung vor."
    doc = build("""
    Ägypten PROPN Ägypten obj 2 Case=Acc ACT:EGY
    wirft VERB vorwerfen ROOT 0 Mood=Ind|Tense=Pres|VerbForm=Fin
    der DET der det 4 Case=Nom|Gender=Masc
    Türkei PROPN Türkei nsubj 2 Case=Nom|Gender=Masc ACT:TUR
    Einmischung NOUN Einmischung obj 2 Case=Acc
    vor ADP vor compound:prt 2
    . PUNCT . punct 2
    """)
    assert plain(events(coder, doc)) == [("ACCUSE", "EGY", "TUR")]


def test_masculine_noun_after_the_verb_stays_subject():
    # "Polen hat der Präsident besucht." (object first: "der Präsident" is a nominative)
    doc = build("""
    Polen PROPN Polen obj 5 Case=Acc ACT:POL
    hat AUX haben aux 5 Mood=Ind|Tense=Pres|VerbForm=Fin
    der DET der det 4 Case=Nom|Gender=Masc
    Präsident NOUN Präsident nsubj 5 Case=Nom|Gender=Masc
    besucht VERB besuchen ROOT 0 VerbForm=Part
    . PUNCT . punct 5
    """)
    assert repair_prefield_object(doc[:]) is None


def test_object_with_an_article_in_the_prefield_stays():
    # "Den Vorschlag lehnte Ungarn ab." (the article shows the accusative)
    doc = build("""
    Den DET der det 2 Case=Acc
    Vorschlag NOUN Vorschlag obj 3 Case=Acc
    lehnte VERB ablehnen ROOT 0 Mood=Ind|Tense=Past|VerbForm=Fin
    Ungarn PROPN Ungarn nsubj 3 Case=Nom ACT:HUN
    ab ADP ab compound:prt 3
    . PUNCT . punct 3
    """)
    assert repair_prefield_object(doc[:]) is None
