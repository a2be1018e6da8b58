"""Rule `conditional-threat` (coding/replies.py) on hand-built parses: a hostile act announced as
the consequent of a condition another actor must meet is a plain THREATEN next to the
hypothetical act; a mere possibility ("könnte"), a past "wenn" (whenever) and a negated act are
not."""

from __future__ import annotations

from tests.parses import build, events, plain


def _flagged(evs):
    return [(e["type"], e["source"], e["target"]) for e in evs if e["hypothetical"]]


def test_verb_first_condition_parsed_as_main_clause(coder):
    # "Sollte Moskau nicht zustimmen, werde die EU Sanktionen gegen Russland verhängen."
    doc = build("""
    Sollte AUX sollen aux 4 Mood=Ind|Tense=Past|VerbForm=Fin
    Moskau PROPN Moskau nsubj 4 Case=Nom ACT:RUS
    nicht PART nicht advmod 4 Polarity=Neg
    zustimmen VERB zustimmen ROOT 0 VerbForm=Inf
    , PUNCT , punct 12
    werde AUX werden aux 12 Mood=Sub|Tense=Pres|VerbForm=Fin
    die DET der det 8 Case=Nom ACT:IGO:EU
    EU PROPN EU nsubj 12 Case=Nom ACT:IGO:EU
    Sanktionen NOUN Sanktion obj 12 Case=Acc
    gegen ADP gegen case 11
    Russland PROPN Russland obl 12 Case=Acc ACT:RUS
    verhängen VERB verhängen parataxis 4 VerbForm=Inf
    . PUNCT . punct 4
    """)
    evs = events(coder, doc)
    assert ("THREATEN", "IGO:EU", "RUS") in plain(evs)
    assert ("SANCTION", "IGO:EU", "RUS") in _flagged(evs)
    threat = next(e for e in evs if e["type"] == "THREATEN")
    assert "conditional-threat" in threat["_e"].evidence.rule
    assert threat["_e"].cameo == "1312"


def test_falls_clause_names_the_target(coder):
    # "Polen werde die Grenze angreifen, falls Belarus weiter Migranten schickt" (the condition's
    # subject is the one threatened, the act has no target of its own)
    doc = build("""
    Polen PROPN Polen nsubj 4 Case=Nom ACT:POL
    werde AUX werden aux 4 Mood=Sub|Tense=Pres|VerbForm=Fin
    sofort ADV sofort advmod 4
    angreifen VERB angreifen ROOT 0 VerbForm=Inf
    , PUNCT , punct 10
    falls SCONJ falls mark 10
    Belarus PROPN Belarus nsubj 10 Case=Nom ACT:BLR
    weiter ADV weiter advmod 10
    Migranten NOUN Migrant obj 10 Case=Acc
    schickt VERB schicken advcl 4 Mood=Ind|Tense=Pres|VerbForm=Fin
    . PUNCT . punct 4
    """)
    evs = events(coder, doc)
    assert ("THREATEN", "POL", "BLR") in plain(evs)
    assert not [e for e in plain(evs) if e[0] == "ASSAULT"]


def test_a_possibility_is_no_threat(coder):
    # "Polen könnte angreifen, falls Belarus weiter Migranten schickt"
    doc = build("""
    Polen PROPN Polen nsubj 3 Case=Nom ACT:POL
    könnte AUX können aux 3 Mood=Sub|Tense=Past|VerbForm=Fin
    angreifen VERB angreifen ROOT 0 VerbForm=Inf
    , PUNCT , punct 9
    falls SCONJ falls mark 9
    Belarus PROPN Belarus nsubj 9 Case=Nom ACT:BLR
    weiter ADV weiter advmod 9
    Migranten NOUN Migrant obj 9 Case=Acc
    schickt VERB schicken advcl 3 Mood=Ind|Tense=Pres|VerbForm=Fin
    . PUNCT . punct 3
    """)
    assert not [e for e in events(coder, doc) if e["type"] == "THREATEN"]


def test_no_threat_without_a_condition_or_when_negated(coder):
    # "Polen werde nicht angreifen, falls …": negated; "Polen werde angreifen.": no condition
    neg = build("""
    Polen PROPN Polen nsubj 4 Case=Nom ACT:POL
    werde AUX werden aux 4 Mood=Sub|Tense=Pres|VerbForm=Fin
    nicht PART nicht advmod 4 Polarity=Neg
    angreifen VERB angreifen ROOT 0 VerbForm=Inf
    , PUNCT , punct 8
    falls SCONJ falls mark 8
    Belarus PROPN Belarus nsubj 8 Case=Nom ACT:BLR
    drängt VERB drängen advcl 4 Mood=Ind|Tense=Pres|VerbForm=Fin
    . PUNCT . punct 4
    """)
    bare = build("""
    Polen PROPN Polen nsubj 3 Case=Nom ACT:POL
    werde AUX werden aux 3 Mood=Sub|Tense=Pres|VerbForm=Fin
    angreifen VERB angreifen ROOT 0 VerbForm=Inf
    . PUNCT . punct 3
    """)
    for doc in (neg, bare):
        assert not [e for e in events(coder, doc) if e["type"] == "THREATEN"]


def test_an_answer_announced_for_a_condition_is_a_threat(coder):
    # "Sollte China Taiwan angreifen, würden die USA reagieren." (coding-lexicon11)
    doc = build("""
    Sollte AUX sollen aux 4 Mood=Ind|Tense=Past|VerbForm=Fin
    China PROPN China nsubj 4 Case=Nom ACT:CHN
    Taiwan PROPN Taiwan obj 4 Case=Acc ACT:TWN
    angreifen VERB angreifen ROOT 0 VerbForm=Inf
    , PUNCT , punct 9
    würden AUX werden aux 9 Mood=Sub|Tense=Past|VerbForm=Fin
    die DET der det 8 Case=Nom ACT:USA
    USA PROPN USA nsubj 9 Case=Nom ACT:USA
    reagieren VERB reagieren parataxis 4 VerbForm=Inf
    . PUNCT . punct 4
    """)
    evs = events(coder, doc)
    assert ("THREATEN", "USA", "CHN") in plain(evs)


def test_an_answer_to_a_condition_without_an_actor_is_no_threat(coder):
    # "Sollte die Inflation steigen, werde die Regierung in Ankara reagieren."
    doc = build("""
    Sollte AUX sollen aux 4 Mood=Ind|Tense=Past|VerbForm=Fin
    die DET der det 3 Case=Nom
    Inflation NOUN Inflation nsubj 4 Case=Nom
    steigen VERB steigen ROOT 0 VerbForm=Inf
    , PUNCT , punct 11
    werde AUX werden aux 11 Mood=Sub|Tense=Pres|VerbForm=Fin
    die DET der det 8 Case=Nom ACT:TUR/GOV
    Regierung NOUN Regierung nsubj 11 Case=Nom ACT:TUR/GOV
    in ADP in case 10
    Ankara PROPN Ankara nmod 8 Case=Dat ACT:TUR/GOV
    reagieren VERB reagieren parataxis 4 VerbForm=Inf
    . PUNCT . punct 4
    """)
    evs = events(coder, doc)
    assert not any(e[0] == "THREATEN" for e in plain(evs))
