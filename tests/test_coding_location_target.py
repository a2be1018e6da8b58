"""Session 10 (coding-roles11): an attack's scene is a place of another country than the
attacker's when the sentence names one (rule `location`). Hand-built parses, independent of the
parser of the day."""

from __future__ import annotations

from tests.parses import build, events, plain


def test_attack_scene_prefers_a_place_of_another_country(coder):
    # "Indische Truppen haben nach Angaben des Ministeriums in Neu-Delhi Ziele in Pakistan
    # angegriffen" with both places hung on the verb: of two places, the one of another
    # country than the attacker's is the target
    doc = build("""
    Indische ADJ indisch amod 2 _ ACT:IND/MIL
    Truppen NOUN Truppe nsubj 13 Case=Nom ACT:IND/MIL
    haben AUX haben aux 13 Mood=Ind|Tense=Pres|VerbForm=Fin
    nach ADP nach case 5 _
    Angaben NOUN Angabe obl 13 Case=Dat
    des DET der det 7 Case=Gen
    Ministeriums NOUN Ministerium nmod 5 Case=Gen
    in ADP in case 9 _
    Neu-Delhi PROPN Neu-Delhi obl 13 Case=Dat ACT:IND
    Ziele NOUN Ziel obj 13 Case=Acc
    in ADP in case 12 _
    Pakistan PROPN Pakistan obl 13 Case=Dat ACT:PAK
    angegriffen VERB angreifen ROOT 0 VerbForm=Part
    . PUNCT . punct 13
    """)
    assert plain(events(coder, doc)) == [("ASSAULT", "IND/MIL", "PAK")]


def test_attack_scene_in_the_attackers_own_country_stays(coder):
    # rebels in their own country: the only place is the target ("überfielen Dörfer in Süd-Kivu")
    doc = build("""
    Rebellen NOUN Rebell nsubj 2 Case=Nom ACT:COD/REB
    überfielen VERB überfallen ROOT 0 Mood=Ind|Tense=Past|VerbForm=Fin
    Dörfer NOUN Dorf obj 2 Case=Acc
    in ADP in case 5 _
    Süd-Kivu PROPN Süd-Kivu nmod 3 Case=Dat ACT:COD
    . PUNCT . punct 2
    """)
    assert plain(events(coder, doc)) == [("ASSAULT", "COD/REB", "COD")]
