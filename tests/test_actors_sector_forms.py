"""The sector nouns of sectors.yaml are matched form by form (no inflection at run time), so a
weak masculine noun ("der Kandidat, den Kandidaten"; -ant, -ent, -ist, -at) needs its -en form
listed beside it, or "nahm den Oppositionskandidaten fest" loses its actor."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

SECTORS = Path(__file__).resolve().parents[1] / "src/lagebild/data/actors/sectors.yaml"
WEAK = re.compile(r"(kandidat|soldat|präsident|demonstrant|aktivist|polizist|journalist|agent)$")


def _forms() -> set[str]:
    data = yaml.safe_load(SECTORS.read_text(encoding="utf-8"))
    return {
        str(f).lower()
        for groups in (data.get("nouns") or {}).values()
        for g in groups
        for f in g.get("forms") or []
    }


def test_weak_masculine_nouns_have_their_en_form():
    forms = _forms()
    missing = sorted(f for f in forms if " " not in f and WEAK.search(f) and f + "en" not in forms)
    assert missing == []


def test_an_inflected_candidate_is_an_actor(analyzer):
    from tests.parses import actor_codes

    text = "Die Polizei in Kamerun nahm den Oppositionskandidaten am Montag fest."
    assert "CMR/OPP" in actor_codes(analyzer, text, "den Oppositionskandidaten")
