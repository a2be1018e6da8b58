"""Rule `intercepted-attack` (coding/multi.py): drones or missiles of a named side that another
shot down were that side's attack on the shooter's country, an event beside the shooting down."""

from __future__ import annotations

import pytest


def _assaults(pipe, text):
    doc = pipe.code_text(text)
    return {
        (
            e.source.code.split("/")[0] if e.source else None,
            e.target.code.split("/")[0] if e.target else None,
        )
        for e in doc.events
        if e.type == "ASSAULT" and not (e.negated or e.hypothetical)
    }


@pytest.mark.parametrize(
    "text, attack",
    [
        ("Die russische Luftabwehr schoss in der Nacht 40 ukrainische Drohnen ab.", ("UKR", "RUS")),
        ("Die rumänische Armee hat zwei russische Marschflugkörper abgeschossen.", ("RUS", "ROU")),
    ],
)
def test_shot_down_projectiles_are_their_sides_attack(pipe, text, attack):
    evs = _assaults(pipe, text)
    assert attack in evs
    assert (attack[1], attack[0]) in evs  # the shooting down itself stays


def test_aircraft_shot_down_tell_no_attack(pipe):
    # a fighter jet is no projectile sent at the shooter: only the shooting down
    evs = _assaults(pipe, "Die ukrainische Armee hat drei russische Kampfjets abgeschossen.")
    assert evs == {("UKR", "RUS")}


def test_agentless_passive_takes_the_place_shot_over(pipe):
    evs = _assaults(
        pipe, "Über dem Gebiet Kursk wurden in der Nacht 30 ukrainische Drohnen abgeschossen."
    )
    assert ("UKR", "RUS") in evs
