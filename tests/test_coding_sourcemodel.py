"""Rule `source=rolemodel` (coding/rolemodel.py, `score_sources`): a candidate the role rules
leave without a source takes the actor mention the learned source chooser scores highest, when
its probability reaches the threshold; marked in the evidence, confidence scaled by p,
switchable in rules.yaml. Hand-built UD parses, hand-set weights (the shipped ones are trained)."""

from __future__ import annotations

import pytest

from lagebild.coding import EventCoder, load_lexicon, rolemodel
from lagebild.coding.rolemodel import RoleModel, load_model
from tests.parses import build, events

# "Soldaten griffen Odessa an, Polen protestierte." - the attack's subject is no actor: the rules
# drop it (an active attack verb needs a source)
NO_SOURCE = """
Soldaten NOUN Soldat nsubj 2 Case=Nom
griffen VERB greifen ROOT 0 Tense=Past|Mood=Ind
Odessa PROPN Odessa obj 2 Case=Acc ACT:UKR
an ADP an compound:prt 2
, PUNCT , punct 7
Polen PROPN Polen nsubj 7 Case=Nom ACT:POL
protestierte VERB protestieren parataxis 2
. PUNCT . punct 2
"""


@pytest.fixture()
def coder():
    return EventCoder(load_lexicon(), load_resolver=False)


def _assaults(evs):
    return [e for e in evs if e["type"] == "ASSAULT"]


def _subject_model(threshold=0.5, threshold_null=1.01):
    return RoleModel({"s:is_subject": 3.0}, 0.0, threshold, threshold_null=threshold_null)


def test_rules_alone_drop_the_sourceless_attack(coder):
    coder.source_model = None
    assert _assaults(events(coder, build(NO_SOURCE))) == []


def test_model_gives_the_source_with_its_probability(coder):
    coder.source_model = _subject_model()
    [ev] = _assaults(events(coder, build(NO_SOURCE)))
    assert (ev["source"], ev["target"]) == ("POL", "UKR")
    rule = ev["_e"].evidence.rule
    assert "source=rolemodel p=0.95" in rule
    assert ev["confidence"] <= 0.9 * 0.96
    assert any("source by the role model" in n for n in ev["_e"].evidence.notes)


def test_below_threshold_the_candidate_stays_dropped(coder):
    coder.source_model = _subject_model(threshold=0.99)
    assert _assaults(events(coder, build(NO_SOURCE))) == []


def test_the_target_is_never_the_source(coder):
    # a model that prefers objects: the only object is the target, so no other candidate wins
    coder.source_model = RoleModel({"s:adep=obj": 5.0}, -2.0, 0.5)
    assert _assaults(events(coder, build(NO_SOURCE))) == []


def test_switched_off_in_rules():
    lex = load_lexicon()
    lex.rules["source_model"] = False
    c = EventCoder(lex, load_resolver=False)
    assert c.source_model is None
    assert c.role_model is not None or load_model() is None


def test_shipped_source_model_has_thresholds():
    m = load_model()
    assert m is not None and m.source is not None
    assert 0.0 < m.source.threshold < 1.0 and m.source.weights
    assert m.source.threshold_null >= m.source.threshold


def test_source_features_name_no_content_word(coder):
    rolemodel.SRC_COLLECT = []
    try:
        events(coder, build(NO_SOURCE))
        recs = list(rolemodel.SRC_COLLECT)
    finally:
        rolemodel.SRC_COLLECT = None
    [rec] = [r for r in recs if r["type"] == "ASSAULT"]
    assert [c["code"] for c in rec["cands"]] == ["POL"]  # the target is no candidate
    keys = " ".join(k for c in rec["cands"] for k in c["feats"]).lower()
    for word in ("polen", "odessa", "soldat", "greifen", "protest"):
        assert word not in keys
    assert "s:is_subject" in keys
