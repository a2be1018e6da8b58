"""Rule `nearest-actor`: an event whose source the role rules found but whose target none of them
reached takes the actor mentioned nearest to its trigger (another country than the source, not
the one the sentence is attributed to), with lower confidence and the rule named in its evidence.
Hand-built UD parses (tests/parses.py)."""

from __future__ import annotations

import pytest

from lagebild.coding import EventCoder, load_lexicon
from tests.parses import REPORTED, THREAT, build, events


@pytest.fixture()
def coder():
    c = EventCoder(load_lexicon(), load_resolver=False)
    c.role_model = None  # the rule itself (the role model replaces it: test_coding_rolemodel.py)
    return c


def _threat(evs):
    [ev] = [e for e in evs if e["type"] == "THREATEN"]
    return ev


def test_target_by_proximity_is_marked_and_less_sure(coder):
    ev = _threat(events(coder, build(THREAT)))
    assert (ev["source"], ev["target"]) == ("PAK", "AFG")
    assert "target=nearest-actor" in ev["_e"].evidence.rule
    assert ev["confidence"] < 0.9 * coder.PROXIMITY_CONFIDENCE + 1e-6
    assert ev["_e"].target.implied == "nearest-actor"  # sorts it behind sure events
    assert ev["_e"].source.implied is None


def test_reporter_is_never_the_target(coder):
    ev = _threat(events(coder, build(REPORTED)))
    assert ev["target"] == "AFG" and ev["reported_by"] == "RUS/MED"


def test_switched_off_keeps_the_null_target(coder):
    coder.proximity_targets = False
    ev = _threat(events(coder, build(THREAT)))
    assert ev["target"] is None and "nearest-actor" not in ev["_e"].evidence.rule


def test_no_other_country_no_target(coder):
    doc = build(THREAT.replace("ACT:AFG", "ACT:PAK/OPP"))
    assert _threat(events(coder, doc))["target"] is None
