"""A participle between an article and its noun read by the parser as a verb (issue #5, session
15): "Die von X unterstützten Rebellen haben …" with the participle an auxiliary and the article
the subject. Hand-built parses of sentences of our own, with the parser's error."""

from __future__ import annotations

from lagebild.coding.repair import repair_attributive_participle
from tests.parses import build, events, plain


def _rel(span, word):
    t = next(t for t in span if t.text == word)
    return t.pos_, t.dep_, t.head.text


# "Die von Russland unterstützten Separatisten haben am Dienstag zwei Beobachter festgenommen."
SEPARATISTS = """
Die DET der nsubj 11 Case=Nom|Number=Plur
von ADP von case 3
Russland PROPN Russland nmod 1 Case=Dat ACT:RUS
unterstützten VERB unterstützen aux 11 Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin
Separatisten NOUN Separatist iobj 11 Case=Dat|Number=Plur ACT:UKR/REB
haben AUX haben aux 11 Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin
am ADP an case 8
Dienstag PROPN Dienstag obl 11 Case=Dat
zwei NUM zwei nummod 10
Beobachter NOUN Beobachter obj 11 Case=Acc|Number=Plur ACT:IGO:OSCE
festgenommen VERB festnehmen ROOT 0 VerbForm=Part
. PUNCT . punct 11
"""


def test_participle_read_as_auxiliary_is_the_nouns_attribute(coder):
    doc = build(SEPARATISTS)
    fixed, _ = repair_attributive_participle(doc[:])
    assert _rel(fixed, "unterstützten") == ("ADJ", "amod", "Separatisten")
    assert _rel(fixed, "Die") == ("DET", "det", "Separatisten")
    assert _rel(fixed, "Separatisten") == ("NOUN", "nsubj", "festgenommen")
    assert _rel(fixed, "Russland") == ("PROPN", "obl", "unterstützten")
    # the arrest is the separatists', not Russia's
    assert ("COERCE", "UKR/REB", "IGO:OSCE") in plain(events(coder, doc))
    assert not any(e[1] == "RUS" and e[0] == "COERCE" for e in plain(events(coder, doc)))


def test_participle_read_as_a_second_verb_in_a_genitive(coder):
    # "Frankreich begrüßte die Rückkehr eines seit Jahren im Iran festgehaltenen Forschers."
    doc = build("""
    Frankreich PROPN Frankreich nsubj 2 Case=Nom ACT:FRA
    begrüßte VERB begrüßen ROOT 0 Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin
    die DET der det 4 Case=Acc
    Rückkehr NOUN Rückkehr obj 2 Case=Acc
    eines DET ein nmod 4 Case=Gen
    seit ADP seit case 7
    Jahren NOUN Jahr obl 2 Case=Dat
    im ADP in case 9
    Iran PROPN Iran obl 2 Case=Dat ACT:IRN
    festgehaltenen VERB festhalten conj 2 _
    Forschers NOUN Forscher obj 2 Case=Gen ACT:FRA/CVL
    . PUNCT . punct 2
    """)
    fixed, _ = repair_attributive_participle(doc[:])
    assert _rel(fixed, "festgehaltenen") == ("ADJ", "amod", "Forschers")
    assert _rel(fixed, "Forschers") == ("NOUN", "nmod", "Rückkehr")  # the article's place
    assert _rel(fixed, "Jahren")[1:] == ("obl", "festgehaltenen")
    assert _rel(fixed, "Iran")[1:] == ("obl", "festgehaltenen")
    # no detention by France
    assert not any(e[0] == "COERCE" for e in plain(events(coder, doc)))


def test_article_right_before_a_verb_is_left_alone():
    # "Das bestätigte Außenminister Barrot.": a pronoun and a verb, not "das bestätigte …"
    doc = build("""
    Das PRON der obj 2 Case=Acc
    bestätigte VERB bestätigen ROOT 0 Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin
    Außenminister NOUN Außenminister nsubj 2 Case=Nom ACT:FRA/GOV
    Barrot PROPN Barrot flat 3 _ ACT:FRA/GOV
    . PUNCT . punct 2
    """)
    assert repair_attributive_participle(doc[:]) is None


def test_verb_after_a_phrase_that_opens_the_sentence_stays():
    # "Im Jahr 2022 verhängten Brüssel und Washington Sanktionen.": the year is no count, and
    # "Im Jahr" is a phrase of its own
    doc = build("""
    Im ADP in case 2
    Jahr NOUN Jahr obl 4 Case=Dat
    2022 NUM 2022 nmod 2 _
    verhängten VERB verhängen conj 8 Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin
    Brüssel PROPN Brüssel nsubj 4 Case=Nom ACT:IGO:EU
    und CCONJ und cc 7
    Washington PROPN Washington conj 5 Case=Nom ACT:USA/GOV
    Sanktionen NOUN Sanktion ROOT 0 Case=Acc
    . PUNCT . punct 8
    """)
    assert repair_attributive_participle(doc[:]) is None


def test_ending_that_disagrees_with_the_article_stays():
    # "Den festgenommene Demonstranten …" is no noun phrase ("den" wants "-en")
    doc = build("""
    Gestern ADV gestern advmod 5
    haben AUX haben aux 5 Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin
    den DET der det 4 Case=Dat|Number=Plur
    in ADP in case 5
    Paris PROPN Paris obl 7 Case=Dat
    festgenommene VERB festnehmen conj 8 _
    Demonstranten NOUN Demonstrant obj 8 Case=Acc
    protestiert VERB protestieren ROOT 0 VerbForm=Part
    . PUNCT . punct 8
    """)
    assert repair_attributive_participle(doc[:]) is None
