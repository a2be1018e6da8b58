"""Scoring event predictions against a gold JSONL file (CONVENTIONS.md gold format).

The matching follows `shared/tools/score_events.py` (the project's reference scorer) exactly:
strict = type + source country + target country (sectors reported apart), a null gold role
accepts any prediction, symmetric gold events accept either order, plain predictions of
negated/hypothetical gold events are false positives, flagged predictions are never positives,
optional gold events are neither missed nor false. On top it reports per-type figures, the
confusion between types, and every miss and false event with the rule that produced it.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ALIAS = {
    "IGO:UNO": "IGO:UN",
    "IGO:EEC": "IGO:EU",
    "IGO:NAT": "IGO:NATO",
    "IGO:WBK": "IGO:WB",
    "IGO:WORLDBANK": "IGO:WB",
    "IGO:AFR": "IGO:AU",
    "IGO:ARL": "IGO:ARABLEAGUE",
}


def country(a: Any) -> str | None:
    if not a:
        return None
    if isinstance(a, dict):
        a = (
            a.get("code")
            or "/".join(x for x in (a.get("country"), a.get("sector")) if x)
            or a.get("org")
        )
    a = str(a).upper().strip()
    base = a.split("/")[0]
    if base.startswith("NGO"):
        return "NGO"
    return ALIAS.get(base, base)


def sector(a: Any) -> str | None:
    if isinstance(a, dict):
        return (a.get("sector") or "").upper() or None
    return a.split("/")[1].upper() if a and "/" in a else None


def flagged(e: dict) -> bool:
    return bool(e.get("negated") or e.get("hypothetical"))


def optional(e: dict) -> bool:
    return bool(e.get("optional"))


def match(g: dict, p: dict) -> bool:
    if g["type"] != str(p.get("type", "")).upper():
        return False
    return roles_match(g, p)


def roles_match(g: dict, p: dict) -> bool:
    gs, gt = country(g["source"]), country(g.get("target"))
    ps, pt = country(p.get("source")), country(p.get("target"))

    def ok(a, b, c, d):
        return (a is None or a == c) and (b is None or b == d)

    return ok(gs, gt, ps, pt) or (bool(g.get("symmetric")) and ok(gt, gs, ps, pt) if gt else False)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class EventScore:
    sentences: int = 0
    missing: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    type_tp: int = 0
    type_fp: int = 0
    type_fn: int = 0
    sector_ok: int = 0
    sector_n: int = 0
    by_type: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    confusion: Counter = field(default_factory=Counter)  # (gold type, predicted type)
    misses: list[dict] = field(default_factory=list)
    false: list[dict] = field(default_factory=list)

    @property
    def strict(self) -> tuple[float, float, float]:
        return _prf(self.tp, self.fp, self.fn)

    @property
    def typed(self) -> tuple[float, float, float]:
        return _prf(self.type_tp, self.type_fp, self.type_fn)

    def figures(self) -> dict[str, Any]:
        p, r, f = self.strict
        tp_, tr, tf = self.typed
        per_type = {}
        for t, c in sorted(self.by_type.items()):
            pp, rr, ff = _prf(c["tp"], c["fp"], c["fn"])
            per_type[t] = {
                "tp": c["tp"],
                "fp": c["fp"],
                "fn": c["fn"],
                "precision": round(pp, 4),
                "recall": round(rr, 4),
                "f1": round(ff, 4),
            }
        return {
            "sentences": self.sentences,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "type_precision": round(tp_, 4),
            "type_recall": round(tr, 4),
            "type_f1": round(tf, 4),
            "sector_right": self.sector_ok,
            "sector_of": self.sector_n,
            "per_type": per_type,
        }


def read_jsonl(path: Path | str) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: not JSON: {exc.msg}") from exc
    return out


def score(gold: list[dict], predictions: list[dict]) -> EventScore:
    """Score prediction lines ({"id", "events"}) against gold lines."""
    pred: dict[str, list[dict]] = {}
    for d in predictions:
        pred.setdefault(d["id"], []).extend(d.get("events", []))
    sc = EventScore(sentences=len(gold))
    for s in gold:
        if s["id"] not in pred:
            sc.missing += 1
        ps = pred.get(s["id"], [])
        plain_p = [p for p in ps if not flagged(p)]
        plain_g = [g for g in s["events"] if not flagged(g) and not optional(g)]
        flag_g = [g for g in s["events"] if flagged(g)]
        opt_g = [g for g in s["events"] if optional(g) and not flagged(g)]
        used: set[int] = set()
        for g in plain_g:
            hit = next((i for i, p in enumerate(plain_p) if i not in used and match(g, p)), None)
            if hit is None:
                sc.fn += 1
                sc.by_type[g["type"]]["fn"] += 1
                near = next(
                    (p for i, p in enumerate(plain_p) if i not in used and roles_match(g, p)), None
                )
                if near is not None:
                    sc.confusion[(g["type"], str(near.get("type", "")).upper())] += 1
                sc.misses.append({"id": s["id"], "text": s["text"], "gold": g, "near": near})
            else:
                used.add(hit)
                sc.tp += 1
                sc.by_type[g["type"]]["tp"] += 1
                sc.confusion[(g["type"], g["type"])] += 1
                if sector(g["source"]):
                    sc.sector_n += 1
                    sc.sector_ok += sector(g["source"]) == sector(plain_p[hit].get("source"))
        for i, p in enumerate(plain_p):
            if i in used:
                continue
            if any(match(g, p) for g in opt_g):
                continue
            sc.fp += 1
            sc.by_type[str(p.get("type", "")).upper()]["fp"] += 1
            why = "flagged-in-gold" if any(match(g, p) for g in flag_g) else "spurious"
            sc.false.append({"id": s["id"], "text": s["text"], "pred": p, "why": why})
        gt_types = {g["type"] for g in plain_g}
        opt_types = {g["type"] for g in opt_g}
        pt_types = {str(p.get("type", "")).upper() for p in plain_p} - (opt_types - gt_types)
        sc.type_tp += len(gt_types & pt_types)
        sc.type_fp += len(pt_types - gt_types)
        sc.type_fn += len(gt_types - pt_types)
    return sc


def reference_line(sc: EventScore) -> str:
    """The last line score_events.py prints, for comparison."""
    P, R, F = sc.strict
    tP, tR, tF = sc.typed
    return f"strict F1 {F:.3f} (P {P:.3f} R {R:.3f}); type F1 {tF:.3f} (P {tP:.3f} R {tR:.3f})"
