"""Precision of a hand-judged sample of corpus events, then and now.

    PYTHONPATH=src LAGEBILD_SHARED=../shared python scripts/corpus_check.py \
        --events-out /tmp/now/all.jsonl
    python benchmarks/precision_review.py benchmarks/coding_review_precision9.jsonl \
        --events /tmp/now/all.jsonl

The verdict file holds one line per judged plain event of a corpus run (`scripts/corpus_check.py
--sample N --seed S --sample-out ...`): its unit id, lexicon entry, type, source and target codes
and a verdict (`right`, `type` wrong type, `none` no event, `src`/`tgt` wrong or missing source or
target country, `flag` should be negated/hypothetical) with a short cause. No corpus text.

Without `--events` it prints the judged precision and the causes. With the events of a later run
it finds each judged event again (same unit, entry, type, source and target, plain): `kept`,
`changed` (same unit, entry and type, plain, other actors: to judge again) or `gone` (dropped or
flagged), and prints the precision of what is left (changed events counted both ways).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path


def load(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("verdicts", type=Path)
    ap.add_argument("--events", type=Path, help="all events of a later corpus_check.py run")
    args = ap.parse_args(argv)
    rows = load(args.verdicts)
    n = len(rows)
    right = sum(r["verdict"] == "right" for r in rows)
    typed = sum(r["verdict"] in ("right", "src", "tgt") for r in rows)
    print(f"judged {n}: strict precision {right}/{n} = {right / n:.3f}, type {typed / n:.3f}")
    print("verdicts:", dict(Counter(r["verdict"] for r in rows).most_common()))
    causes = Counter(f"{r['verdict']}:{r['cause']}" for r in rows if r["verdict"] != "right")
    print("causes:", dict(causes.most_common()))
    if not args.events:
        return 0
    plain = [e for e in load(args.events) if e.get("plain", True)]
    full = Counter((e["unit"], e["entry"], e["type"], e["source"], e["target"]) for e in plain)
    loose = Counter((e["unit"], e["entry"], e["type"]) for e in plain)
    fate: Counter = Counter()
    gone: Counter = Counter()
    for r in rows:
        k = (r["unit"], r["entry"], r["type"], r["source"], r["target"])
        if full[k]:
            full[k] -= 1
            loose[k[:3]] -= 1
            fate[("kept", r["verdict"] == "right")] += 1
        elif loose[k[:3]]:
            loose[k[:3]] -= 1
            fate[("changed", r["verdict"] == "right")] += 1
        else:
            fate[("gone", r["verdict"] == "right")] += 1
            gone[f"{r['verdict']}:{r['cause']}"] += 1
    kept_r, kept_w = fate[("kept", True)], fate[("kept", False)]
    ch = fate[("changed", True)] + fate[("changed", False)]
    left = kept_r + kept_w + ch
    print(
        f"now: kept {kept_r + kept_w} (right {kept_r}), changed actors {ch}, "
        f"gone {fate[('gone', True)] + fate[('gone', False)]} (of them right {fate[('gone', True)]})"
    )
    print("gone by verdict:", dict(gone.most_common()))
    if left:
        print(
            f"precision of what is left: {kept_r}/{left} = {kept_r / left:.3f} (changed all wrong)"
            f" .. {(kept_r + ch) / left:.3f} (changed all right)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
