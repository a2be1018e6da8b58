"""Right type, wrong actor: classify a coder's false events that pair with a missed gold event
of the same type in the same sentence, by the slot that is wrong and what filled it.

    PYTHONPATH=src LAGEBILD_SHARED=/work/shared python scripts/train_rolemodel.py --cv \
        --src-threshold 0.8 --null-threshold 1.01 --save-dir /tmp/oof
    PYTHONPATH=src python scripts/role_errors.py /tmp/oof "+src@0.8-1.01" [-v N]

The predictions are the out-of-fold files `--save-dir` writes (`<set>.<label>.jsonl`, with the
evidence rule of every event); the gold is `benchmarks/events-de-lead-check*.jsonl`. Matching
follows the reference scorer (/work/shared/tools/score_events.py): greedy in gold order, a
null gold slot accepts anything, symmetric gold events either way. Causes (first that applies):
self-pair (source and target of one country where the gold has two), target left open, target
by a role rule, target by the model, null source, source by a role rule, source by the model.
"""

from __future__ import annotations

import argparse
import glob
import json
from collections import Counter, defaultdict
from pathlib import Path

from lagebild.coding.rolemodel import rule_part
from lagebild.evaluation.events import country

ROOT = Path(__file__).resolve().parents[1]
ORDER = ("self-pair", "tgt:open", "tgt:rule", "tgt:model", "src:null", "src:rule", "src:model")


def _flagged(e: dict) -> bool:
    return bool(e.get("negated") or e.get("hypothetical"))


def _match(g: dict, p: dict) -> bool:
    if g["type"] != str(p.get("type", "")).upper():
        return False
    gs, gt = country(g.get("source")), country(g.get("target"))
    ps, pt = country(p.get("source")), country(p.get("target"))

    def ok(a, b, c, d):
        return (a is None or a == c) and (b is None or b == d)

    return ok(gs, gt, ps, pt) or bool(g.get("symmetric") and gt and ok(gt, gs, ps, pt))


def causes(p: dict, g: dict) -> list[str]:
    gs, gt = country(g.get("source")), country(g.get("target"))
    ps, pt = country(p.get("source")), country(p.get("target"))
    if g.get("symmetric") and gt and gs != ps and gt == ps:
        gs, gt = gt, gs
    rule = p.get("rule") or ""
    tags = []
    if ps is not None and ps == pt and gs != gt:
        tags.append("self-pair")
    if gt is not None and gt != pt:
        r = rule_part(rule, "target")
        tags.append("tgt:open" if pt is None else "tgt:model" if r == "rolemodel" else "tgt:rule")
    if gs is not None and gs != ps:
        if ps is None:
            tags.append("src:null")
        tags.append("src:model" if rule_part(rule, "source") == "rolemodel" else "src:rule")
    return tags


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred_dir")
    ap.add_argument("label", help='the variant label of the files, e.g. "+src@0.8-1.01"')
    ap.add_argument("--sets", default="benchmarks/events-de-lead-check*.jsonl")
    ap.add_argument("-v", type=int, default=0, help="examples to print per cause")
    args = ap.parse_args()
    gold = {}
    for p in sorted(glob.glob(str(ROOT / args.sets))):
        for line in Path(p).read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                gold[g["id"]] = g
    pred: dict[str, list[dict]] = {}
    for p in glob.glob(f"{args.pred_dir}/*.{args.label}.jsonl"):
        for line in Path(p).read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                pred[d["id"]] = d["events"]
    count: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    n_fp = 0
    for sid, g in gold.items():
        ps = [p for p in pred.get(sid, []) if not _flagged(p)]
        plain = [x for x in g["events"] if not _flagged(x) and not x.get("optional")]
        neutral = [x for x in g["events"] if _flagged(x) or x.get("optional")]
        used: set[int] = set()
        missed = []
        for x in plain:
            hit = next((i for i, p in enumerate(ps) if i not in used and _match(x, p)), None)
            if hit is None:
                missed.append(x)
            else:
                used.add(hit)
        false = [
            p for i, p in enumerate(ps) if i not in used and not any(_match(x, p) for x in neutral)
        ]
        n_fp += len(false)
        taken: set[int] = set()
        for p in false:
            k = next(
                (k for k, x in enumerate(missed) if x["type"] == p["type"] and k not in taken),
                None,
            )
            if k is None:
                continue
            taken.add(k)
            tags = causes(p, missed[k])
            main_cause = next((c for c in ORDER if c in tags), "?")
            count[main_cause] += 1
            examples[main_cause].append(
                f"{sid}: {p['type']} {p.get('source')} -> {p.get('target')} [{p.get('rule')}]"
                f"  gold {missed[k].get('source')} -> {missed[k].get('target')}"
                f"  | {g['text'][:120]}"
            )
    print(f"{sum(count.values())} right-type-wrong-actor false events of {n_fp} ({args.label})")
    for c, n in count.most_common():
        print(f"  {n:4d}  {c}")
        for e in examples[c][: args.v]:
            print(f"        {e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
