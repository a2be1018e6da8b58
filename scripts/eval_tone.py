"""Sanity check for the tone lexicon: mean sentence tone by the quad class of a gold file's
events (sentences whose plain events all fall in one quad class).

usage: PYTHONPATH=src python scripts/eval_tone.py GOLD.jsonl
Prints one JSON line: {quad class: {"sentences": n, "mean_tone": t}, "cooperation_minus_conflict": d}.
Cooperation sentences should score above conflict ones; the lexicon is coarse.
"""

from __future__ import annotations

import json
import sys
from statistics import mean

from lagebild.enrich.tone import tone

QUAD = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"), 3),
    **dict.fromkeys(("PROTEST", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}


def main() -> None:
    by_quad: dict[int, list[float]] = {}
    for line in open(sys.argv[1], encoding="utf-8"):
        if not line.strip():
            continue
        g = json.loads(line)
        quads = {
            QUAD[e["type"]]
            for e in g["events"]
            if e["type"] in QUAD and not (e.get("negated") or e.get("hypothetical"))
        }
        t = tone(g["text"])
        if len(quads) == 1 and t is not None:
            by_quad.setdefault(quads.pop(), []).append(t)
    out = {
        q: {"sentences": len(v), "mean_tone": round(mean(v), 2)} for q, v in sorted(by_quad.items())
    }
    coop = [t for q in (1, 2) for t in by_quad.get(q, [])]
    conf = [t for q in (3, 4) for t in by_quad.get(q, [])]
    if coop and conf:
        out["cooperation_minus_conflict"] = round(mean(coop) - mean(conf), 2)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
