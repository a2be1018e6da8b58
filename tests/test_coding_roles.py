"""Role extraction and modality on hand-built UD parses: the coder's logic tested in isolation
from the NLP and actor stages (each Doc is built token by token, with the actor spans set:
tests/parses.py)."""

from __future__ import annotations

from datetime import date

from tests.parses import ATTACK, build, events, plain


def test_separable_verb_active(coder):
    evs = events(coder, build(ATTACK))
    assert plain(evs) == [("ASSAULT", "RUS/MIL", "UKR")]
    ev = evs[0]["_e"]
    assert ev.evidence.entry == "assault.angreifen"
    assert ev.evidence.trigger == "griffen"
    assert ev.quad_class == 4 and ev.goldstein == -10.0 and ev.cameo == "190"


def test_passive_with_von_agent(coder):
    doc = build("""
    Kiew PROPN Kiew nsubj:pass 5 Case=Nom ACT:UKR
    wurde AUX werden aux:pass 5 Tense=Past
    von ADP von case 4
    Russland PROPN Russland obl:agent 5 Case=Dat ACT:RUS
    angegriffen VERB angreifen ROOT 0 VerbForm=Part
    . PUNCT . punct 5
    """)
    assert plain(events(coder, doc)) == [("ASSAULT", "RUS", "UKR")]


def test_agentless_passive_takes_agent_of_event_noun(coder):
    # "Bei einem Luftangriff der Koalition im Jemen wurden 20 Zivilisten getötet."
    doc = build("""
    Bei ADP bei case 3
    einem DET ein det 3
    Luftangriff NOUN Luftangriff obl 10
    der DET der det 5
    Koalition NOUN Koalition nmod 3 Case=Gen ACT:SAU/MIL
    im ADP in case 7
    Jemen PROPN Jemen nmod 3 Case=Dat
    wurden AUX werden aux:pass 10 Tense=Past
    Zivilisten NOUN Zivilist nsubj:pass 10 Case=Nom ACT:YEM/CVL
    getötet VERB töten ROOT 0 VerbForm=Part
    . PUNCT . punct 10
    """)
    assert plain(events(coder, doc)) == [("ASSAULT", "SAU/MIL", "YEM/CVL")]


def test_coordinated_subject_symmetric_reflexive(coder):
    doc = build("""
    Israel PROPN Israel nsubj 7 Case=Nom ACT:ISR
    und CCONJ und cc 4
    die DET der det 4
    Hamas PROPN Hamas conj 1 Case=Nom ACT:PSE/REB
    haben AUX haben aux 7
    sich PRON sich obj 7 Reflex=Yes
    geeinigt VERB einigen ROOT 0 VerbForm=Part
    . PUNCT . punct 7
    """)
    evs = events(coder, doc)
    assert plain(evs) == [("AGREE", "ISR", "PSE/REB")]
    assert evs[0]["symmetric"] is True


def test_light_verb_with_kein_is_negated(coder):
    doc = build("""
    Venezuela PROPN Venezuela nsubj 7 Case=Nom ACT:VEN
    und CCONJ und cc 3
    Guyana PROPN Guyana conj 1 Case=Nom ACT:GUY
    haben AUX haben aux 7
    keine DET kein det 6
    Einigung NOUN Einigung obj 7 Case=Acc
    erzielt VERB erzielen ROOT 0 VerbForm=Part
    . PUNCT . punct 7
    """)
    evs = events(coder, doc)
    assert plain(evs) == []
    assert [(e["type"], e["negated"]) for e in evs] == [("AGREE", True)]
    assert evs[0]["evidence"]["entry"] == "agree.einigung_erzielen"


def test_sanctions_light_verb_target_on_noun(coder):
    doc = build("""
    Die DET der det 3
    Europäische ADJ europäisch amod 3 _ ACT:IGO:EU
    Union PROPN Union nsubj 4 Case=Nom ACT:IGO:EU
    verhängt VERB verhängen ROOT 0 Tense=Pres
    neue ADJ neu amod 6
    Sanktionen NOUN Sanktion obj 4 Case=Acc
    gegen ADP gegen case 9
    den DET der det 9
    Iran PROPN Iran nmod 6 Case=Acc ACT:IRN
    . PUNCT . punct 4
    """)
    evs = events(coder, doc)
    assert plain(evs) == [("SANCTION", "IGO:EU", "IRN")]
    assert evs[0]["evidence"]["entry"] == "sanction.sanktionen_verhaengen"


def test_modal_verb_makes_hypothetical(coder):
    doc = build("""
    Frankreich PROPN Frankreich nsubj 7 Case=Nom ACT:FRA
    will AUX wollen aux 7 Tense=Pres
    seine DET sein det:poss 4 Poss=Yes
    Truppen NOUN Truppe obj 7 Case=Acc
    aus ADP aus case 6
    Tschad PROPN Tschad obl 7
    abziehen VERB abziehen ROOT 0 VerbForm=Inf
    . PUNCT . punct 7
    """)
    evs = events(coder, doc)
    assert [(e["type"], e["hypothetical"]) for e in evs] == [("RETREAT", True)]


def test_denial_negates_infinitive_event(coder):
    # "Russland bestreitet, Chemiewaffen eingesetzt zu haben."
    doc = build("""
    Russland PROPN Russland nsubj 2 Case=Nom ACT:RUS
    bestreitet VERB bestreiten ROOT 0 Tense=Pres
    , PUNCT , punct 5
    Chemiewaffen NOUN Chemiewaffe obj 5 Case=Acc
    eingesetzt VERB einsetzen xcomp 2 VerbForm=Part
    zu PART zu mark 7
    haben AUX haben aux 5 VerbForm=Inf
    . PUNCT . punct 2
    """)
    evs = events(coder, doc)
    got = {(e["type"], e["source"], e["negated"]) for e in evs}
    assert ("REJECT", "RUS", False) in got
    assert ("ASSAULT", "RUS", True) in got


def test_attitude_verb_target_from_genitive_and_noun_event(coder):
    # "China kritisierte die Waffenlieferungen der USA an Taiwan scharf."
    doc = build("""
    China PROPN China nsubj 2 Case=Nom ACT:CHN
    kritisierte VERB kritisieren ROOT 0 Tense=Past
    die DET der det 4
    Waffenlieferungen NOUN Waffenlieferung obj 2 Case=Acc
    der DET der det 6
    USA PROPN USA nmod 4 Case=Gen ACT:USA
    an ADP an case 8
    Taiwan PROPN Taiwan nmod 4 Case=Acc ACT:TWN
    scharf ADV scharf advmod 2
    . PUNCT . punct 2
    """)
    assert sorted(plain(events(coder, doc))) == [("ACCUSE", "CHN", "USA"), ("AID", "USA", "TWN")]


def test_rejected_noun_event_is_flagged(coder):
    # "Die Bundesregierung lehnte die Lieferung von Taurus-Marschflugkörpern an die Ukraine ab."
    doc = build("""
    Die DET der det 2
    Bundesregierung NOUN Bundesregierung nsubj 3 Case=Nom ACT:DEU/GOV
    lehnte VERB lehnen ROOT 0 Tense=Past
    die DET der det 5
    Lieferung NOUN Lieferung obj 3 Case=Acc
    von ADP von case 7
    Taurus-Marschflugkörpern NOUN Taurus-Marschflugkörper nmod 5 Case=Dat
    an ADP an case 10
    die DET der det 10
    Ukraine PROPN Ukraine nmod 5 Case=Acc ACT:UKR
    ab ADP ab compound:prt 3
    . PUNCT . punct 3
    """)
    evs = events(coder, doc)
    assert plain(evs) == [("REJECT", "DEU/GOV", "UKR")]
    flagged = [(e["type"], e["negated"]) for e in evs if e["negated"] or e["hypothetical"]]
    assert flagged == [("AID", True)]


def test_dative_target_of_vorwerfen(coder):
    doc = build("""
    Die DET der det 3
    Vereinten ADJ vereint amod 3 _ ACT:IGO:UN
    Nationen PROPN Nation nsubj 4 Case=Nom ACT:IGO:UN
    warfen VERB werfen ROOT 0 Tense=Past
    der DET der det 6
    Militärjunta NOUN Militärjunta iobj 4 Case=Dat ACT:MMR/GOV
    Verletzungen NOUN Verletzung obj 4 Case=Acc
    vor ADP vor compound:prt 4
    . PUNCT . punct 4
    """)
    assert plain(events(coder, doc)) == [("ACCUSE", "IGO:UN", "MMR/GOV")]


def test_agent_noun_in_copula(coder):
    # "Russland ist der wichtigste Waffenlieferant für Venezuela."
    doc = build("""
    Russland PROPN Russland nsubj 5 Case=Nom ACT:RUS
    ist AUX sein cop 5
    der DET der det 5
    wichtigste ADJ wichtig amod 5
    Waffenlieferant NOUN Waffenlieferant ROOT 0 Case=Nom
    für ADP für case 7
    Venezuela PROPN Venezuela nmod 5 Case=Acc ACT:VEN
    . PUNCT . punct 5
    """)
    assert plain(events(coder, doc)) == [("AID", "RUS", "VEN")]


def test_relative_clause_subject_is_antecedent(coder):
    # "die Regierung, die Demonstranten festnahm" -> the relative pronoun's antecedent acts
    doc = build("""
    Kritik NOUN Kritik ROOT 0
    an ADP an case 4
    der DET der det 4
    Regierung NOUN Regierung nmod 1 Case=Dat ACT:TUR/GOV
    , PUNCT , punct 8
    die PRON der nsubj 8 PronType=Rel
    Demonstranten NOUN Demonstrant obj 8 Case=Acc ACT:TUR/CVL
    festnahm VERB festnehmen acl:relcl 4 Tense=Past
    . PUNCT . punct 1
    """)
    assert ("COERCE", "TUR/GOV", "TUR/CVL") in plain(events(coder, doc))


def test_reported_by_laut_and_date(coder):
    # "Laut Tass haben Russland und Venezuela am Montag eine Partnerschaft geschlossen."
    doc = build("""
    Laut ADP laut case 2
    Tass PROPN Tass obl 11 _ ACT:RUS/MED
    haben AUX haben aux 11
    Russland PROPN Russland nsubj 11 Case=Nom ACT:RUS
    und CCONJ und cc 6
    Venezuela PROPN Venezuela conj 4 Case=Nom ACT:VEN
    am ADP an case 8
    Montag NOUN Montag obl 11
    eine DET ein det 10
    Partnerschaft NOUN Partnerschaft obj 11 Case=Acc
    geschlossen VERB schließen ROOT 0 VerbForm=Part
    . PUNCT . punct 11
    """)
    evs = events(coder, doc, d=date(2025, 10, 29))  # a Wednesday
    assert plain(evs) == [("AGREE", "RUS", "VEN")]
    assert evs[0]["reported_by"] == "RUS/MED"
    assert evs[0]["_e"].date == date(2025, 10, 27)


def test_no_entry_no_event(coder):
    doc = build("""
    Die DET der det 2
    Börse NOUN Börse nsubj 3 Case=Nom
    schloss VERB schließen ROOT 0 Tense=Past
    im ADP in case 5
    Plus NOUN Plus obl 3
    . PUNCT . punct 3
    """)
    assert events(coder, doc) == []


def test_no_source_actor_no_event(coder):
    # (doers the text calls unknown, "Unbekannte griffen … an", are rule `unknown-doer`:
    # tests/test_coding_assault_sides.py)
    doc = build("""
    Männer NOUN Mann nsubj 2 Case=Nom
    griffen VERB greifen ROOT 0 Tense=Past
    Kiew PROPN Kiew obj 2 Case=Acc ACT:UKR
    an ADP an compound:prt 2
    . PUNCT . punct 2
    """)
    assert events(coder, doc) == []
