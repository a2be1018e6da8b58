"""Subject and object swapped by the parser where neither noun phrase shows its case (issue #5,
session 14): the phrase before the finite verb is the subject by German's default order, unless
a form says otherwise. Hand-built parses of sentences of our own, with the parser's error."""

from __future__ import annotations

from lagebild.coding.repair import repair_ambiguous_subject
from tests.parses import build, events, plain


def _roles(span):
    return [(t.text, t.dep_) for t in span if t.dep_ in ("nsubj", "obj", "iobj")]


def test_plural_actor_before_the_verb_is_the_subject(coder):
    # "Die Milizen haben in Tripolis zwei Journalisten festgenommen."
    doc = build("""
    Die DET der det 2 Case=Acc|Number=Plur
    Milizen NOUN Miliz obj 8 Case=Acc|Number=Plur ACT:LBY/REB
    haben AUX haben aux 8 Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin
    in ADP in case 5
    Tripolis PROPN Tripolis obl 8 Case=Dat
    zwei NUM zwei nummod 7
    Journalisten NOUN Journalist nsubj 8 Case=Nom|Number=Plur ACT:LBY/MED
    festgenommen VERB festnehmen ROOT 0 VerbForm=Part
    . PUNCT . punct 8
    """)
    fixed, _ = repair_ambiguous_subject(doc[:])
    assert _roles(fixed) == [("Milizen", "nsubj"), ("Journalisten", "obj")]
    assert plain(events(coder, doc)) == [("COERCE", "LBY/REB", "LBY/MED")]


def test_feminine_name_and_separable_verb(coder):
    # "Die Türkei ließ nach langen Verhandlungen die Seeleute frei."
    doc = build("""
    Die DET der det 2 Case=Acc|Gender=Fem
    Türkei PROPN Türkei obj 3 Case=Acc|Gender=Fem ACT:TUR
    ließ VERB freilassen ROOT 0 Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin
    nach ADP nach case 6
    langen ADJ lang amod 6 Case=Dat
    Verhandlungen NOUN Verhandlung obl 3 Case=Dat
    die DET der det 8 Case=Nom|Number=Plur
    Seeleute NOUN Seemann nsubj 3 Case=Nom|Number=Plur
    frei ADV frei compound:prt 3
    . PUNCT . punct 3
    """)
    fixed, _ = repair_ambiguous_subject(doc[:])
    assert _roles(fixed) == [("Türkei", "nsubj"), ("Seeleute", "obj")]


def test_case_marked_subject_after_the_verb_stays():
    # "Die Aktivisten hat der Richter freigesprochen.": "der Richter" is a nominative
    doc = build("""
    Die DET der det 2 Case=Acc|Number=Plur
    Aktivisten NOUN Aktivist obj 6 Case=Acc|Number=Plur ACT:RUS/CVL
    hat AUX haben aux 6 Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin
    der DET der det 5 Case=Nom|Gender=Masc
    Richter NOUN Richter nsubj 6 Case=Nom|Gender=Masc ACT:RUS/JUD
    freigesprochen VERB freisprechen ROOT 0 VerbForm=Part
    . PUNCT . punct 6
    """)
    assert repair_ambiguous_subject(doc[:]) is None


def test_number_of_the_verb_decides():
    # "Das Ministerium kritisierten mehrere Abgeordnete.": plural verb, singular 'das Ministerium'
    doc = build("""
    Das DET der det 2 Case=Acc|Gender=Neut
    Ministerium NOUN Ministerium obj 3 Case=Acc|Gender=Neut ACT:FRA/GOV
    kritisierten VERB kritisieren ROOT 0 Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin
    mehrere DET mehrere det 5 Case=Nom|Number=Plur
    Abgeordnete NOUN Abgeordneter nsubj 3 Case=Nom|Number=Plur ACT:FRA/LEG
    . PUNCT . punct 3
    """)
    assert repair_ambiguous_subject(doc[:]) is None


def test_a_place_or_thing_first_is_no_subject():
    # "Die Stadt haben die Rebellen eingenommen." ('die Stadt' is no actor)
    doc = build("""
    Die DET der det 2 Case=Acc|Gender=Fem
    Stadt NOUN Stadt obj 6 Case=Acc|Gender=Fem
    haben AUX haben aux 6 Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin
    die DET der det 5 Case=Nom|Number=Plur
    Rebellen NOUN Rebell nsubj 6 Case=Nom|Number=Plur ACT:SYR/REB
    eingenommen VERB einnehmen ROOT 0 VerbForm=Part
    . PUNCT . punct 6
    """)
    assert repair_ambiguous_subject(doc[:]) is None


def test_plural_verb_keeps_the_plural_subject_after_it(coder):
    # "Die Schweiz kritisierten die Niederlande scharf.": parsed right, with the plural country
    # after the plural verb as the subject; the singular "die Schweiz" cannot agree with it
    doc = build("""
    Die DET der det 2 Case=Acc|Gender=Fem
    Schweiz PROPN Schweiz obj 3 Case=Acc|Gender=Fem ACT:CHE
    kritisierten VERB kritisieren ROOT 0 Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin
    die DET der det 5 Case=Nom|Number=Plur
    Niederlande PROPN Niederlande nsubj 3 Case=Nom|Number=Plur ACT:NLD
    scharf ADV scharf advmod 3
    . PUNCT . punct 3
    """)
    assert repair_ambiguous_subject(doc[:]) is None
    assert plain(events(coder, doc)) == [("ACCUSE", "NLD", "CHE")]


def test_plural_country_after_the_verb_becomes_the_subject(coder):
    # "Die Türkei unterstützen die Philippinen seit Jahren.", parsed with the first phrase as
    # the subject: the plural verb agrees only with "die Philippinen"
    doc = build("""
    Die DET der det 2 Case=Nom|Gender=Fem
    Türkei PROPN Türkei nsubj 3 Case=Nom|Gender=Fem ACT:TUR
    unterstützen VERB unterstützen ROOT 0 Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin
    die DET der det 5 Case=Acc|Number=Plur
    Philippinen PROPN Philippinen obj 3 Case=Acc|Number=Plur ACT:PHL
    seit ADP seit case 7
    Jahren NOUN Jahr obl 3 Case=Dat
    . PUNCT . punct 3
    """)
    fixed, _ = repair_ambiguous_subject(doc[:])
    assert _roles(fixed) == [("Türkei", "obj"), ("Philippinen", "nsubj")]
    assert plain(events(coder, doc)) == [("SUPPORT", "PHL", "TUR")]


def test_accusative_article_first_is_no_subject():
    # "Den Sudan verurteilte die Afrikanische Union.", parsed with "Den Sudan" as the subject
    doc = build("""
    Den DET der det 2 Case=Nom|Gender=Masc
    Sudan PROPN Sudan nsubj 3 Case=Nom|Gender=Masc ACT:SDN
    verurteilte VERB verurteilen ROOT 0 Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin
    die DET der det 6 Case=Acc|Gender=Fem
    Afrikanische ADJ afrikanisch amod 6 Case=Acc
    Union PROPN Union obj 3 Case=Acc|Gender=Fem ACT:IGO:AU
    . PUNCT . punct 3
    """)
    fixed, _ = repair_ambiguous_subject(doc[:])
    assert _roles(fixed) == [("Sudan", "obj"), ("Union", "nsubj")]


def test_subject_that_agrees_stays_first():
    # "Die Regierung kritisierte die Rebellen.": singular verb, singular subject first
    doc = build("""
    Die DET der det 2 Case=Nom|Gender=Fem
    Regierung NOUN Regierung nsubj 3 Case=Nom|Gender=Fem ACT:MLI/GOV
    kritisierte VERB kritisieren ROOT 0 Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin
    die DET der det 5 Case=Acc|Number=Plur
    Rebellen NOUN Rebell obj 3 Case=Acc|Number=Plur ACT:MLI/REB
    . PUNCT . punct 3
    """)
    assert repair_ambiguous_subject(doc[:]) is None
