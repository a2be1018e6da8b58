"""The learned source chooser does not make the victims or the scene of an act with no doer
named its doer: "Bei einem Drohnenangriff auf ein Auto in der syrischen Stadt Idlib wurden drei
Menschen getötet" has no source (the scorer cannot see this error: a null gold source accepts
any prediction), while a doer named in the circumstances stays reachable."""

from __future__ import annotations


def _assaults(pipe, text):
    return [e for e in pipe.code_text(text).events if e.type == "ASSAULT" and not e.negated]


def test_scene_of_an_attack_is_not_its_doer(pipe):
    evs = _assaults(
        pipe,
        "Bei einem Drohnenangriff auf ein Auto in der syrischen Stadt Idlib wurden drei "
        "Menschen getötet.",
    )
    assert evs and all(e.source is None for e in evs)
    assert any(e.target is not None and e.target.code.startswith("SYR") for e in evs)


def test_victims_of_an_attack_are_not_its_doer(pipe):
    evs = _assaults(
        pipe,
        "Bei einem Anschlag auf einen Markt im Norden Nigerias wurden zwölf nigerianische "
        "Soldaten getötet.",
    )
    assert evs and all(e.source is None or e.source.code != "NGA/MIL" for e in evs)
