"""Parties of an event word the rules found no doer or no other side for (issue #5, session 12):
criticism an act meets or sets off ("was in Brüssel auf Kritik stieß", "was bei der Kommission
Empörung auslöste"), with the PPs the parser hung on the clause's pronoun. Hand-built parses
(sentences of our own), independent of the parser of the day."""

from __future__ import annotations

from lagebild.coding.repair import repair_pronoun_pps, repair_verbless
from tests.parses import build, events, plain


def _law_was_clause(verb_rows: str) -> str:
    # "Ungarn verabschiedete ein Mediengesetz, was …": the main clause, then the "was" clause
    return (
        """
    Ungarn PROPN Ungarn nsubj 2 Case=Nom ACT:HUN
    verabschiedete VERB verabschieden ROOT 0 Mood=Ind|Tense=Past|VerbForm=Fin
    ein DET ein det 4 Case=Acc
    Mediengesetz NOUN Mediengesetz obj 2 Case=Acc
    , PUNCT , punct 2
    """
        + verb_rows
    )


def test_pps_on_a_was_pronoun_belong_to_its_verb(coder):
    # the parser's chain "was ← in Brüssel ← auf Kritik": a pronoun takes no PP
    doc = build(
        _law_was_clause("""
    was PRON was nsubj 12 Case=Nom
    in ADP in case 8
    Brüssel PROPN Brüssel nmod 6 Case=Dat ACT:IGO:EU
    auf ADP auf case 11
    scharfe ADJ scharf amod 11 Case=Acc
    Kritik NOUN Kritik nmod 8 Case=Acc
    stieß VERB stoßen parataxis 2 Mood=Ind|Tense=Past|VerbForm=Fin
    . PUNCT . punct 2
    """)
    )
    fixed, _ = repair_pronoun_pps(doc[:])
    assert [(t.text, t.dep_, t.head.text) for t in fixed if t.text in ("Brüssel", "Kritik")] == [
        ("Brüssel", "obl", "stieß"),
        ("Kritik", "obl", "stieß"),
    ]
    assert plain(events(coder, doc)) == [("ACCUSE", "IGO:EU", "HUN")]


def test_partitive_von_on_a_pronoun_stays(coder):
    doc = build("""
    die PRON der nsubj 5 Case=Nom
    von ADP von case 3
    ihnen PRON sie nmod 1 Case=Dat
    festgenommen VERB festnehmen ROOT 0 VerbForm=Part
    wurden AUX werden aux:pass 4 Mood=Ind|Tense=Past|VerbForm=Fin
    . PUNCT . punct 4
    """)
    assert repair_pronoun_pps(doc[:]) is None


def test_criticism_set_off_by_an_act_is_against_its_doer(coder):
    # "…, was bei der EU-Kommission Empörung auslöste": whose in "bei", the act's doer the target
    doc = build(
        _law_was_clause("""
    was PRON was nsubj 11 Case=Nom
    bei ADP bei case 9
    der DET der det 9 Case=Dat ACT:IGO:EU
    EU-Kommission PROPN EU-Kommission obl 11 Case=Dat ACT:IGO:EU
    Empörung NOUN Empörung obj 11 Case=Acc
    auslöste VERB auslösen parataxis 2 Mood=Ind|Tense=Past|VerbForm=Fin
    . PUNCT . punct 2
    """)
    )
    assert plain(events(coder, doc)) == [("ACCUSE", "IGO:EU", "HUN")]


def test_criticism_set_off_with_no_one_named_is_no_event(coder):
    # "…, was Empörung auslöste": nobody is said to criticise
    doc = build(
        _law_was_clause("""
    was PRON was nsubj 8 Case=Nom
    Empörung NOUN Empörung obj 8 Case=Acc
    auslöste VERB auslösen parataxis 2 Mood=Ind|Tense=Past|VerbForm=Fin
    . PUNCT . punct 2
    """)
    )
    assert [e for e in plain(events(coder, doc)) if e[0] == "ACCUSE"] == []


def test_finite_verb_read_as_noun_before_a_zu_infinitive(coder):
    # "Polen und Litauen vereinbarten bei einem Treffen in Vilnius, ihre Grenzkontrollen zu
    # verstärken": the verb read as a noun, the first name made root, the infinitive hung on it;
    # the repair makes the verb the root, the infinitive its clause, and the meeting's parties
    # are the clause's subjects
    doc = build("""
    Polen PROPN Polen ROOT 0 Case=Nom ACT:POL
    und CCONJ und cc 3
    Litauen PROPN Litauen conj 1 Case=Nom ACT:LTU
    vereinbarten NOUN vereinbart nmod 1 Case=Nom|Number=Plur
    bei ADP bei case 7
    einem DET ein det 7 Case=Dat
    Treffen NOUN Treffen nmod 1 Case=Dat
    in ADP in case 9
    Vilnius PROPN Vilnius nmod 1 Case=Dat
    , PUNCT , punct 14
    ihre DET ihr det:poss 12 Case=Acc
    Grenzkontrollen NOUN Grenzkontrolle obj 14 Case=Acc
    zu PART zu mark 14
    verstärken VERB verstärken xcomp 1 VerbForm=Inf
    . PUNCT . punct 1
    """)
    fixed, _ = repair_verbless(doc[:], coder._is_verb)
    root = fixed.root
    assert (root.text, root.lemma_) == ("vereinbarten", "vereinbaren")
    assert [(t.text, t.dep_) for t in fixed if t.text in ("Polen", "verstärken")] == [
        ("Polen", "nsubj"),
        ("verstärken", "xcomp"),
    ]
    assert sorted(plain(events(coder, doc))) == [("AGREE", "POL", "LTU"), ("CONSULT", "POL", "LTU")]


def test_subject_after_the_verb_when_a_pp_comes_first(coder):
    # "Nach langen Verhandlungen unterzeichneten Polen und Litauen ein Abkommen, das …"
    doc = build("""
    Nach ADP nach case 3
    langen ADJ lang amod 3 Case=Dat
    Verhandlungen NOUN Verhandlung ROOT 0 Case=Dat
    unterzeichneten ADJ unterzeichnet amod 5 Case=Acc
    Polen PROPN Polen nmod 3 Case=Acc ACT:POL
    und CCONJ und cc 7
    Litauen PROPN Litauen conj 5 Case=Acc ACT:LTU
    ein DET ein det 9 Case=Nom
    Abkommen NOUN Abkommen nmod 3 Case=Nom
    , PUNCT , punct 13
    das PRON der nsubj 13 Case=Nom
    Grenzfragen NOUN Grenzfrage obj 13 Case=Acc
    regelt VERB regeln acl:relcl 9 Mood=Ind|Tense=Pres|VerbForm=Fin
    . PUNCT . punct 3
    """)
    fixed, _ = repair_verbless(doc[:], coder._is_verb)
    assert [(t.text, t.dep_, t.head.text) for t in fixed if t.text in ("Polen", "Abkommen")] == [
        ("Polen", "nsubj", "unterzeichneten"),
        ("Abkommen", "obj", "unterzeichneten"),
    ]
    assert ("AGREE", "POL", "LTU") in plain(events(coder, doc))


def test_attributive_participle_is_no_verb():
    # "Ob die Regierung die angekündigten Gespräche aufnimmt, ist offen": root "offen", the
    # participle after an article is an adjective
    doc = build("""
    Ob SCONJ ob mark 6
    die DET der det 3 Case=Nom
    Regierung NOUN Regierung nsubj 6 Case=Nom
    die DET der det 6 Case=Acc
    angekündigten ADJ angekündigt amod 6 Case=Acc
    Gespräche NOUN Gespräch obj 7 Case=Acc
    aufnimmt VERB aufnehmen csubj 10 Mood=Ind|Tense=Pres|VerbForm=Fin
    , PUNCT , punct 7
    ist AUX sein cop 10 Mood=Ind|Tense=Pres|VerbForm=Fin
    offen ADJ offen ROOT 0 Degree=Pos
    . PUNCT . punct 10
    """)
    assert repair_verbless(doc[:], lambda lemma: lemma in ("ankündigen", "aufnehmen")) is None


def test_talks_travelled_to_are_with_the_host(coder):
    # "…, bevor der Außenminister zu Gesprächen in Kairo eintraf": the PP hung on the traveller;
    # the traveller met the country of the place the talks are in (any sector: a defence
    # minister on a visit for talks)
    doc = build("""
    bevor SCONJ bevor mark 9
    der DET der det 3 Case=Nom ACT:FRA/MIL
    französische ADJ französisch amod 4 Case=Nom ACT:FRA/MIL
    Verteidigungsminister NOUN Verteidigungsminister nsubj 9 Case=Nom ACT:FRA/MIL
    zu ADP zu case 6
    Gesprächen NOUN Gespräch nmod 4 Case=Dat
    in ADP in case 8
    Kairo PROPN Kairo nmod 6 Case=Dat ACT:EGY/GOV
    eintraf VERB eintreffen ROOT 0 Mood=Ind|Tense=Past|VerbForm=Fin
    . PUNCT . punct 9
    """)
    assert plain(events(coder, doc)) == [("CONSULT", "FRA/MIL", "EGY/GOV")]


def test_talks_travelled_to_take_any_arrival_verb(coder):
    # the talks-trip verbs include the actor stage's arrival verbs ("ankommen", "einreisen",
    # "zurückkehren"): "als der amerikanische Sondergesandte zu Gesprächen nach Doha zurückkehrte"
    doc = build("""
    als SCONJ als mark 9
    der DET der det 4 Case=Nom ACT:USA/GOV
    amerikanische ADJ amerikanisch amod 4 Case=Nom ACT:USA/GOV
    Sondergesandte NOUN Sondergesandter nsubj 9 Case=Nom ACT:USA/GOV
    zu ADP zu case 6
    Gesprächen NOUN Gespräch obl 9 Case=Dat
    nach ADP nach case 8
    Doha PROPN Doha obl 9 Case=Dat ACT:QAT/GOV
    zurückkehrte VERB zurückkehren ROOT 0 Mood=Ind|Tense=Past|VerbForm=Fin
    . PUNCT . punct 9
    """)
    assert plain(events(coder, doc)) == [("CONSULT", "USA/GOV", "QAT/GOV")]


def test_talks_without_a_trip_keep_no_host(coder):
    # "Der Minister sprach zu Beginn der Gespräche in Kairo": no motion verb, no trip
    doc = build("""
    Der DET der det 2 Case=Nom ACT:FRA/GOV
    Außenminister NOUN Außenminister nsubj 3 Case=Nom ACT:FRA/GOV
    warnte VERB warnen ROOT 0 Mood=Ind|Tense=Past|VerbForm=Fin
    zu ADP zu case 5
    Gesprächen NOUN Gespräch obl 3 Case=Dat
    in ADP in case 7
    Kairo PROPN Kairo nmod 5 Case=Dat ACT:EGY/GOV
    . PUNCT . punct 3
    """)
    assert [e for e in plain(events(coder, doc)) if e[0] == "CONSULT"] == []
