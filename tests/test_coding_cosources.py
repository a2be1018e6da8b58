"""Doers of one act are not each other's target: "Frankreich, Deutschland und Großbritannien
riefen beide Seiten auf" is an appeal by three to two others the sentence does not name (the
target stays open), not six appeals among the three (`_both_members` counts the subject's
conjuncts as speakers; the learned and proximity target choosers skip co-sources)."""

from __future__ import annotations

from tests.parses import build, events


def test_coordinated_speakers_are_not_both_sides(coder):
    doc = build("""
    Frankreich PROPN Frankreich nsubj 6 Case=Nom ACT:FRA
    , PUNCT , punct 3
    Deutschland PROPN Deutschland conj 1 Case=Nom ACT:DEU
    und CCONJ und cc 5
    Großbritannien PROPN Großbritannien conj 1 Case=Nom ACT:GBR
    riefen VERB rufen ROOT 0 Tense=Past|Mood=Ind|VerbForm=Fin|Number=Plur
    beide DET beide det 8 Case=Acc|Number=Plur
    Seiten NOUN Seite obj 6 Case=Acc|Number=Plur
    zur ADP zu case 10
    Zurückhaltung NOUN Zurückhaltung obl 6 Case=Dat
    auf ADP auf compound:prt 6
    . PUNCT . punct 6
    """)
    evs = [e for e in events(coder, doc) if e["type"] == "REQUEST"]
    assert {e["source"] for e in evs} == {"FRA", "DEU", "GBR"}
    assert all(e["target"] not in ("FRA", "DEU", "GBR") for e in evs)


def test_whole_pipeline_leaves_both_sides_open(pipe):
    # the actor stage (resolver._sides) skips the subject's conjuncts as well
    doc = pipe.code_text(
        "Frankreich, Deutschland und Großbritannien riefen beide Seiten dazu auf, "
        "die Vereinbarung rasch umzusetzen."
    )
    req = [e for e in doc.events if e.type == "REQUEST"]
    assert req
    for e in req:
        assert e.target is None or e.target.code.split("/")[0] not in ("FRA", "DEU", "GBR")
