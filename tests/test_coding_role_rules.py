"""The role rules of `lagebild.coding.roles` on hand-built parses (independent of the parser of
the day): owner of a non-actor target, subjects shared by verb-first conjuncts, the prefield
subject, anaphoric event nouns, purpose clauses and coordinated country adjectives."""

from __future__ import annotations

from tests.parses import build, events, plain


def test_owner_tail_von_pp_hung_on_the_verb(coder):
    doc = build("""
    Die DET der det 2 _ ACT:IGO:EU
    EU PROPN EU nsubj 3 Case=Nom ACT:IGO:EU
    begrüßte VERB begrüßen ROOT 0 Tense=Past|Mood=Ind|VerbForm=Fin
    den DET der det 5 Case=Acc
    Vorschlag NOUN Vorschlag obj 3 Case=Acc
    von ADP von case 7
    Präsident NOUN Präsident obl 3 Case=Dat ACT:UKR/GOV
    Selenskyj PROPN Selenskyj appos 7 Case=Dat ACT:UKR/GOV
    . PUNCT . punct 3
    """)
    evs = events(coder, doc)
    assert plain(evs) == [("SUPPORT", "IGO:EU", "UKR/GOV")]
    assert "owner-tail" in evs[0]["_e"].evidence.rule


def test_verb_first_conjunct_shares_the_subject(coder):
    doc = build("""
    Estland PROPN Estland nsubj 2 Case=Nom ACT:EST
    meldete VERB melden ROOT 0 Tense=Past|Mood=Ind|VerbForm=Fin
    einen DET ein det 4 Case=Acc
    Vorfall NOUN Vorfall obj 2 Case=Acc
    und CCONJ und cc 6
    bat VERB bitten conj 2 Tense=Past|Mood=Ind|VerbForm=Fin
    die DET der det 8 Case=Nom ACT:IGO:NATO
    Nato PROPN Nato nsubj 6 Case=Nom ACT:IGO:NATO
    um ADP um case 10
    Konsultationen NOUN Konsultation obl 6 Case=Acc
    . PUNCT . punct 2
    """)
    evs = events(coder, doc)
    assert plain(evs) == [("REQUEST", "EST", "IGO:NATO")]
    assert "conj:shared-subject" in evs[0]["_e"].evidence.rule


def test_prefield_object_is_the_subject(coder):
    doc = build("""
    Den DET der det 2 Case=Acc ACT:NLD/GOV
    Haag PROPN Haag obj 3 Case=Acc ACT:NLD/GOV
    bestellte VERB einbestellen ROOT 0 Tense=Past|Mood=Ind|VerbForm=Fin
    den DET der det 6 Case=Acc ACT:RUS/GOV
    russischen ADJ russisch amod 6 Case=Acc ACT:RUS/GOV
    Botschafter NOUN Botschafter obj 3 Case=Acc ACT:RUS/GOV
    ein ADP ein compound:prt 3
    . PUNCT . punct 3
    """)
    assert plain(events(coder, doc)) == [("ACCUSE", "NLD/GOV", "RUS/GOV")]


def test_condemned_attack_of_the_previous_clause(coder):
    doc = build("""
    Russland PROPN Russland nsubj 2 Case=Nom ACT:RUS
    griff VERB greifen ROOT 0 Tense=Past|Mood=Ind|VerbForm=Fin
    Kiew PROPN Kiew obj 2 Case=Acc ACT:UKR
    an ADP an compound:prt 2
    , PUNCT , punct 8
    die DET der det 7 Case=Nom ACT:IGO:EU
    EU PROPN EU nsubj 8 Case=Nom ACT:IGO:EU
    verurteilte VERB verurteilen parataxis 2 Tense=Past|Mood=Ind|VerbForm=Fin
    den DET der det 10 Case=Acc
    Angriff NOUN Angriff obj 8 Case=Acc
    . PUNCT . punct 2
    """)
    evs = events(coder, doc)
    assert sorted(plain(evs)) == [("ACCUSE", "IGO:EU", "RUS"), ("ASSAULT", "RUS", "UKR")]
    acc = next(e for e in evs if e["type"] == "ACCUSE")
    assert "anaphor" in acc["_e"].evidence.rule


def test_purpose_clause_gives_its_target_and_crowds_protest(coder):
    doc = build("""
    Tausende NOUN Tausende nsubj 2 Case=Nom
    besetzten VERB besetzen ROOT 0 Tense=Past|Mood=Ind|VerbForm=Fin
    die DET der det 4 Case=Acc
    Universität NOUN Universität obj 2 Case=Acc
    in ADP in case 6
    Dhaka PROPN Dhaka obl 2 Case=Dat ACT:BGD
    , PUNCT , punct 13
    um ADP um mark 13
    gegen ADP gegen case 11
    die DET der det 11 Case=Acc ACT:BGD/GOV
    Regierung NOUN Regierung obl 13 Case=Acc ACT:BGD/GOV
    zu PART zu mark 13
    protestieren VERB protestieren advcl 2 VerbForm=Inf
    . PUNCT . punct 2
    """)
    evs = events(coder, doc)
    assert plain(evs) == [("PROTEST", "BGD/CVL", "BGD/GOV")]


def test_coordinated_country_adjectives_do_it_together(coder):
    doc = build("""
    Russische ADJ russisch amod 4 Case=Nom ACT:RUS
    und CCONJ und cc 3
    chinesische ADJ chinesisch conj 1 Case=Nom ACT:CHN/MIL
    Kriegsschiffe NOUN Kriegsschiff nsubj 5 Case=Nom ACT:CHN/MIL
    hielten VERB abhalten ROOT 0 Tense=Past|Mood=Ind|VerbForm=Fin
    ein DET ein det 8 Case=Acc
    gemeinsames ADJ gemeinsam amod 8 Case=Acc
    Manöver NOUN Manöver obj 5 Case=Acc
    ab ADP ab compound:prt 5
    . PUNCT . punct 5
    """)
    evs = events(coder, doc)
    assert [(e["type"], e["symmetric"]) for e in evs] == [("COOPERATE", True)]
    assert {evs[0]["source"], evs[0]["target"]} == {"RUS/MIL", "CHN/MIL"}


def test_condemned_event_targets_its_doer(coder):
    doc = build("""
    Die DET der det 2 Case=Nom ACT:DEU/GOV
    Bundesregierung NOUN Bundesregierung nsubj 3 Case=Nom ACT:DEU/GOV
    verurteilte VERB verurteilen ROOT 0 Tense=Past|Mood=Ind|VerbForm=Fin
    die DET der det 5 Case=Acc
    Festnahme NOUN Festnahme obj 3 Case=Acc
    des DET der det 7 Case=Gen ACT:DEU/MED
    Journalisten NOUN Journalist nmod 5 Case=Gen ACT:DEU/MED
    durch ADP durch case 11
    die DET der det 11 Case=Acc ACT:TUR/GOV
    türkischen ADJ türkisch amod 11 Case=Acc ACT:TUR/GOV
    Behörden NOUN Behörde nmod 5 Case=Acc ACT:TUR/GOV
    . PUNCT . punct 3
    """)
    evs = events(coder, doc)
    acc = [e for e in evs if e["type"] == "ACCUSE"]
    assert [(e["source"], e["target"]) for e in acc] == [("DEU/GOV", "TUR/GOV")]
    assert "event-agent" in acc[0]["_e"].evidence.rule


def test_prenominal_genitive_is_no_object(coder):
    doc = build("""
    Polens PROPN Polen obj 3 Case=Gen ACT:POL/GOV
    Regierung NOUN Regierung nsubj 3 Case=Nom ACT:POL/GOV
    warf VERB vorwerfen ROOT 0 Tense=Past|Mood=Ind|VerbForm=Fin
    Belarus PROPN Belarus obj 3 Case=Acc ACT:BLR
    Wahlbetrug NOUN Wahlbetrug obj 3 Case=Acc
    vor ADP vor compound:prt 3
    . PUNCT . punct 3
    """)
    assert plain(events(coder, doc)) == [("ACCUSE", "POL/GOV", "BLR")]


def test_relative_clause_on_an_adopted_resolution(coder):
    doc = build("""
    Der DET der det 2 Case=Nom ACT:IGO:UN
    Sicherheitsrat NOUN Sicherheitsrat nsubj 3 Case=Nom ACT:IGO:UN
    verabschiedete VERB verabschieden ROOT 0 Tense=Past|Mood=Ind|VerbForm=Fin
    eine DET ein det 5 Case=Acc
    Resolution NOUN Resolution obj 3 Case=Acc
    , PUNCT , punct 11
    die PRON der nsubj 11 Case=Nom|PronType=Rel
    Russland PROPN Russland obj 11 Case=Acc ACT:RUS
    zum ADP zu case 10
    Rückzug NOUN Rückzug obl 11 Case=Dat
    auffordert VERB auffordern acl:relcl 5 Tense=Pres|Mood=Ind|VerbForm=Fin
    . PUNCT . punct 3
    """)
    evs = events(coder, doc)
    req = [(e["type"], e["source"], e["target"]) for e in evs if e["type"] == "REQUEST"]
    assert req == [("REQUEST", "IGO:UN", "RUS")]
    assert "document-author" in next(e for e in evs if e["type"] == "REQUEST")["_e"].evidence.rule


def test_rejected_demand_was_made_and_aims_at_the_rejecter(coder):
    doc = build("""
    Serbien PROPN Serbien nsubj 2 Case=Nom ACT:SRB
    wies VERB zurückweisen ROOT 0 Tense=Past|Mood=Ind|VerbForm=Fin
    die DET der det 4 Case=Acc
    Forderung NOUN Forderung obj 2 Case=Acc
    der DET der det 6 Case=Gen ACT:IGO:EU
    EU PROPN EU nmod 4 Case=Gen ACT:IGO:EU
    zurück ADP zurück compound:prt 2
    . PUNCT . punct 2
    """)
    evs = events(coder, doc)
    assert sorted(plain(evs)) == [("REJECT", "SRB", "IGO:EU"), ("REQUEST", "IGO:EU", "SRB")]
    req = next(e for e in evs if e["type"] == "REQUEST")
    assert "rejected-claim" in req["_e"].evidence.rule


def test_rejected_delivery_without_its_own_source_stays_flagged(coder):
    doc = build("""
    Berlin PROPN Berlin nsubj 2 Case=Nom ACT:DEU/GOV
    lehnte VERB ablehnen ROOT 0 Tense=Past|Mood=Ind|VerbForm=Fin
    die DET der det 4 Case=Acc
    Lieferung NOUN Lieferung obj 2 Case=Acc
    von ADP von case 6
    Kampfjets NOUN Kampfjet nmod 4 Case=Dat
    an ADP an case 8
    Kiew PROPN Kiew nmod 4 Case=Acc ACT:UKR/GOV
    ab ADP ab compound:prt 2
    . PUNCT . punct 2
    """)
    evs = events(coder, doc)
    assert all(e["type"] != "AID" or e["negated"] or e["hypothetical"] for e in evs)
