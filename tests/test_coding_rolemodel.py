"""Rule `rolemodel` (coding/rolemodel.py): a learned chooser fills the target the role rules left
open, from features that name no word; marked in the evidence with its probability, confidence
scaled by it, switchable in rules.yaml (then `nearest-actor` applies). Hand-built UD parses."""

from __future__ import annotations

import json

import pytest

from lagebild.coding import EventCoder, load_lexicon, rolemodel
from lagebild.coding.rolemodel import RoleModel, load_model
from tests.parses import REPORTED, THREAT, build, events


@pytest.fixture()
def coder():
    return EventCoder(load_lexicon(), load_resolver=False)


def _threat(evs):
    [ev] = [e for e in evs if e["type"] == "THREATEN"]
    return ev


def test_shipped_weights_load_once_and_are_small():
    m = load_model()
    assert m is not None and load_model() is m
    assert 0.0 < m.threshold < 1.0 and m.weights
    assert rolemodel.WEIGHTS.stat().st_size < 200_000
    data = json.loads(rolemodel.WEIGHTS.read_text(encoding="utf-8"))
    assert "seed" in data and "about" in data


def test_model_fills_the_open_target_with_its_probability(coder):
    assert coder.role_model is not None
    ev = _threat(events(coder, build(THREAT)))
    assert (ev["source"], ev["target"]) == ("PAK", "AFG")
    rule = ev["_e"].evidence.rule
    assert "target=rolemodel p=" in rule and "nearest-actor" not in rule
    p = float(rule.split("p=")[1].split()[0])
    assert p >= coder.role_model.threshold
    assert ev["confidence"] <= 0.9 * p + 0.01  # (p is printed to two places)
    assert any("role model" in n for n in ev["_e"].evidence.notes)


def test_reporter_is_never_a_candidate(coder):
    ev = _threat(events(coder, build(REPORTED)))
    assert ev["target"] == "AFG" and ev["reported_by"] == "RUS/MED"


def test_below_threshold_no_target_unless_fallback(coder):
    m = coder.role_model
    coder.role_model = RoleModel(m.weights, m.bias, threshold=1.01)
    ev = _threat(events(coder, build(THREAT)))
    assert ev["target"] is None
    coder.role_model = RoleModel(m.weights, m.bias, threshold=1.01, fallback_nearest=True)
    ev = _threat(events(coder, build(THREAT)))
    assert ev["target"] == "AFG" and "target=nearest-actor" in ev["_e"].evidence.rule


def test_switched_off_in_rules_gives_the_nearest_rule():
    lex = load_lexicon()
    lex.rules["role_model"] = False
    c = EventCoder(lex, load_resolver=False)
    assert c.role_model is None
    ev = _threat(events(c, build(THREAT)))
    assert ev["target"] == "AFG" and "target=nearest-actor" in ev["_e"].evidence.rule


def test_features_name_no_content_word(coder):
    rolemodel.COLLECT = []
    try:
        events(coder, build(THREAT))
        recs = list(rolemodel.COLLECT)
    finally:
        rolemodel.COLLECT = None
    [rec] = [r for r in recs if r["type"] == "THREATEN"]
    keys = " ".join(k for c in rec["cands"] for k in c["feats"]).lower()
    for word in ("pakistan", "afghanistan", "drohen", "drohte", "konsequenz", "schweigen"):
        assert word not in keys
    assert any(
        k.startswith("path=") or k.startswith("up=") for c in rec["cands"] for k in c["feats"]
    )


def test_missing_weights_file_means_no_model(tmp_path):
    assert load_model(tmp_path / "none.json") is None
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert load_model(bad) is None


# "Russland griff Odessa an, Polen protestierte." - the rules give the attack its object as target
ATTACK = """
Russland PROPN Russland nsubj 2 Case=Nom ACT:RUS
griff VERB greifen ROOT 0 Tense=Past|Mood=Ind
Odessa PROPN Odessa obj 2 Case=Acc ACT:UKR
an ADP an compound:prt 2
, PUNCT , punct 7
Polen PROPN Polen nsubj 7 Case=Nom ACT:POL
protestierte VERB protestieren parataxis 2
. PUNCT . punct 2
"""


def _assault(evs):
    [ev] = [e for e in evs if e["type"] == "ASSAULT"]
    return ev


def test_rule_target_kept_unless_overrule_is_switched_on(coder):
    ev = _assault(events(coder, build(ATTACK)))
    assert ev["target"] == "UKR" and "rolemodel" not in ev["_e"].evidence.rule
    # a model that prefers a subject of another clause to the object, overruling by margin 0.5
    w = {"adep=obj": -4.0, "adep=nsubj": 4.0}
    coder.role_model = RoleModel(w, 0.0, threshold=0.5, overrule=0.5)
    ev = _assault(events(coder, build(ATTACK)))
    assert ev["target"] == "POL"
    assert "target=rolemodel p=" in ev["_e"].evidence.rule and " over=" in ev["_e"].evidence.rule
    coder.role_model = RoleModel(w, 0.0, threshold=0.5, overrule=None)
    assert _assault(events(coder, build(ATTACK)))["target"] == "UKR"


def _evidence_event(tgt_rule: str):
    from lagebild.models import EventMention, Evidence

    return EventMention(
        type="CONSULT",
        sentence_idx=0,
        sentence="…",
        evidence=Evidence(
            rule=f"verb: source=subj target={tgt_rule}",
            kind="verb",
            source_rule="subj",
            target_rule=tgt_rule,
        ),
    )


def test_a_filled_target_names_its_rule_in_string_and_field():
    ev = _evidence_event("-")
    rolemodel.fill_target_rule(ev, "rolemodel p=0.83")
    assert ev.evidence.rule == "verb: source=subj target=rolemodel p=0.83"
    assert ev.evidence.target_rule == "rolemodel p=0.83"
    # a role rule's target stays the one named first; the filler is added after it
    ev = _evidence_event("talks-trip:in")
    rolemodel.fill_target_rule(ev, "nearest-actor")
    assert ev.evidence.rule == "verb: source=subj target=talks-trip:in target=nearest-actor"
    assert ev.evidence.target_rule == "talks-trip:in"


def test_an_overruled_target_keeps_the_rule_it_replaced():
    ev = _evidence_event("obj")
    assert rolemodel.overrule_target_rule(ev, "rolemodel p=0.91", 0.4) == "obj"
    assert ev.evidence.rule == "verb: source=subj target=rolemodel p=0.91 over=obj p=0.40"
    assert ev.evidence.target_rule == "rolemodel p=0.91 over=obj p=0.40"


def test_the_rule_fields_are_kept_out_of_the_output():
    ev = _evidence_event("obj")
    assert set(ev.gold_dict()["evidence"]) == {"rule"}
    assert "target_rule" not in ev.model_dump_json()
