"""Train the candidate gate (coding/gate.py) and choose its decision rule by leave-one-set-out CV.

    PYTHONPATH=src LAGEBILD_SHARED=/work/shared python scripts/train_gate.py --cv
    PYTHONPATH=src LAGEBILD_SHARED=/work/shared python scripts/train_gate.py --write --low L --high H

Data: the annotated pool, every sentence parsed once (`training.POOL_OPTIONS`, in
lagebild.evaluation.training, says which sets and the options shared with
scripts/train_rolemodel.py; it ends --help). The coder (rules, role models, no gate) records through `gate.COLLECT` one row per event it emits (plain or flagged) and per event a
dropped candidate would have made with the roles read for it (stages sector, require_target,
no-source, purpose-merged). A row is labelled 1 when that event, as a plain event, matches a
plain gold event of the sentence under the scorer's rules (type + source and target country;
a gold null accepts any), 0 otherwise; a row that matches only an optional gold event is not
used.

`--cv`: for each set, train on the other sets' rows, code the held-out set with that gate in the
coder under each decision rule (precision gate `--lows`, rescue `--highs`, and both), score it;
tp/fp/fn are summed over the folds and printed against the coder without the gate (main).
`--write`: train on all sets and write src/lagebild/models/gate.json with the chosen thresholds.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from lagebild.coding import gate
from lagebild.coding.gate import Gate
from lagebild.evaluation import training
from lagebild.evaluation.events import flagged, match, optional, read_jsonl, score
from lagebild.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "lagebild" / "models" / "gate.json"


def code(coder: Any, parsed: dict, ids: list[str], g: Gate | None, rows: dict | None = None):
    """Code the sentences `ids` with gate `g` (None: none); with `rows`, collect gate rows."""
    coder.gate = g
    preds = []
    for i in ids:
        if rows is not None:
            gate.COLLECT = []
        preds.append(training.recode(coder, parsed, i))
        if rows is not None:
            rows[i] = list(gate.COLLECT or [])
            gate.COLLECT = None
    return preds


def label(rec: dict, gold_events: list[dict]) -> tuple[int | None, str]:
    """(y, class) of one row: 1 when the event as a plain event matches a plain gold event;
    None when it matches only an optional one. class: true / type-right / no-type."""
    p = {"type": rec["type"], "source": rec["source"], "target": rec["target"]}
    plain = [x for x in gold_events if not flagged(x) and not optional(x)]
    if any(match(x, p) for x in plain):
        return 1, "true"
    if any(match(x, p) for x in gold_events if optional(x) and not flagged(x)):
        return None, "optional"
    if any(x["type"] == rec["type"] for x in plain):
        return 0, "type-right"
    return 0, "no-type"


def examples_of(rows: dict[str, list[dict]], gold: dict[str, dict], use_entry: bool) -> list[dict]:
    out = []
    for sid, recs in rows.items():
        g = gold[sid]
        for rec in recs:
            y, cls = label(rec, g["events"])
            if y is None:
                continue
            feats = rec["feats"]
            if not use_entry:
                feats = {k: v for k, v in feats.items() if not k.startswith("entry=")}
            out.append(
                {
                    "id": sid,
                    "set": g["_set"],
                    "stage": rec["stage"],
                    "feats": feats,
                    "y": y,
                    "cls": cls,
                }
            )
    return out


def figure(gold_lines: list[dict], preds: list[dict]) -> tuple[int, ...]:
    """tp, fp, fn (strict) and type tp, fp, fn."""
    sc = score(gold_lines, preds)
    return sc.tp, sc.fp, sc.fn, sc.type_tp, sc.type_fp, sc.type_fn


def prf(tp: int, fp: int, fn: int, *typed: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    out = f"F1 {training.f1(tp, fp, fn):.3f} (P {p:.3f} R {r:.3f}; tp {tp} fp {fp} fn {fn})"
    return out + (f" type F1 {training.f1(*typed):.3f}" if typed else "")


def gate_stats(preds: list[dict], gold: dict[str, dict]) -> Counter:
    """Rescued plain events: true / type-right / no-type."""
    st: Counter = Counter()
    for p in preds:
        for ev in p["events"]:
            if "gate" in (ev.get("rule") or "") and "rescued" in json.dumps(ev.get("evidence")):
                _, cls = label(ev, gold[p["id"]]["events"])
                st[f"rescued:{cls}"] += 1
    return st


def dropped_stats(base: list[dict], preds: list[dict], gold: dict[str, dict]) -> Counter:
    """Plain events of `base` the gate dropped: true / type-right / no-type / optional."""
    st: Counter = Counter()
    now = {p["id"]: p for p in preds}
    for p in base:
        kept = Counter(
            (e["type"], e["source"], e["target"]) for e in now[p["id"]]["events"] if not flagged(e)
        )
        for ev in p["events"]:
            if flagged(ev):
                continue
            k = (ev["type"], ev["source"], ev["target"])
            if kept[k] > 0:
                kept[k] -= 1
                continue
            _, cls = label(ev, gold[p["id"]]["events"])
            st[f"dropped:{cls}"] += 1
    return st


def variants_of(args) -> list[tuple[str, float, float]]:
    lows = [float(x) for x in args.lows.split(",") if x]
    highs = [float(x) for x in args.highs.split(",") if x]
    out = [(f"gate<{lo}", lo, 1.01) for lo in lows]
    out += [(f"rescue>={hi}", -1.0, hi) for hi in highs]
    out += [(f"gate<{lo}+rescue>={hi}", lo, hi) for lo in lows for hi in highs]
    return out


def cross_validate(
    sets: dict[str, list[dict]],
    gold: dict[str, dict],
    parsed: dict,
    coder: Any,
    base: list[dict],
    ex: list[dict],
    variants: list[tuple[str, float, float]],
    seed: int = 7,
    epochs: int = 30,
    l2: float = 1e-3,
    use_entry: bool = False,
    subset: str = "",
    out: Any = print,
    keep_null: bool = True,
    by: str = "set",
    shipped: Gate | None = None,
    last: int | None = None,
) -> dict[str, list[int]]:
    """Leave one set (or session, `by`) out: train on the other sets' rows, code the held-out
    fold with each decision rule in the coder, score; returns tp/fp/fn and type tp/fp/fn summed
    over folds. With `shipped`, the held-out fold is also coded with that gate ("shipped", in
    sample on the sets it was trained on)."""
    names = ["main"] + (["shipped"] if shipped is not None else []) + [v[0] for v in variants]
    totals = {k: [0] * 6 for k in names}
    part = {k: [0] * 6 for k in names}
    extra: dict[str, Counter] = {k: Counter() for k in totals}
    for name, lines, held in training.folds(sets, by, last):
        hs = set(held)
        w, b = training.train_logistic(training.out_of_fold(ex, name, by), seed, epochs, l2)
        base_held = [p for p in base if p["id"] in hs]
        line, counts = {}, {}
        extra_rules = [("shipped", 0.0, 0.0)] if shipped is not None else []
        for label_, lo, hi in [("main", -1.0, 1.01), *extra_rules, *variants]:
            if label_ == "main":
                preds = base_held
            elif label_ == "shipped":
                preds = code(coder, parsed, held, shipped)
                extra[label_] += gate_stats(preds, gold) + dropped_stats(base_held, preds, gold)
            else:
                g = Gate(w, b, lo, hi, {"use_entry": use_entry}, keep_null_source=keep_null)
                preds = code(coder, parsed, held, g)
                extra[label_] += gate_stats(preds, gold) + dropped_stats(base_held, preds, gold)
            fig = figure(lines, preds)
            line[label_], counts[label_] = training.f1(*fig[:3]), fig
            training.add_counts(totals[label_], fig)
            if subset and any(x in name for x in subset.split(",") if x):
                training.add_counts(part[label_], fig)
        out(f"{name:<18} " + "  ".join(f"{k} {v:.3f}" for k, v in line.items()))
        if by != "set":  # larger folds: their counts, to pool a few of them
            out("    " + "  ".join(f"{k} {tuple(counts[k][:3])}" for k in line))
    coder.gate = None
    out(f"\npooled ({training.FOLD_WORDS[by]}; tp/fp/fn summed over the folds)")
    for k, fig in totals.items():
        out(f"  {k:<24} {prf(*fig)}  {dict(sorted(extra[k].items()))}")
    if subset:
        out(f"\npooled over the sets whose name contains one of {subset!r} only")
        for k, fig in part.items():
            out(f"  {k:<24} {prf(*fig)}")
    return totals


def heldout(files: list[str]) -> int:
    """Score gold files with the coder without the gate and with the shipped gate."""
    pipe = Pipeline()
    shipped = gate.load_gate()
    for f in files:
        lines = read_jsonl(f)
        gold = {g["id"]: {**g, "_set": "x"} for g in lines}
        parsed = training.parse_all(pipe, {"x": lines})
        base = code(pipe.coder, parsed, list(gold), None)
        preds = code(pipe.coder, parsed, list(gold), shipped)
        st = dropped_stats(base, preds, gold) + gate_stats(preds, gold)
        print(
            f"{f}: main {prf(*figure(lines, base))} | gate {prf(*figure(lines, preds))} "
            f"{dict(sorted(st.items()))}"
        )
    return 0


def main() -> int:
    ap = training.pool_parser(
        __doc__ or "",
        "gold files: main against the shipped gate",
        "lead-check11?,lead-check12?,lead-check13? to train on the pool the session-9 gate saw",
    )
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--l2", type=float, default=1e-3)
    ap.add_argument("--cache", default="", help="pickle of the parsed sentences (made if absent)")
    ap.add_argument("--lows", default="0.1,0.2,0.3", help="precision-gate thresholds for --cv")
    ap.add_argument("--highs", default="0.6,0.7,0.8", help="rescue thresholds for --cv")
    ap.add_argument(
        "--drop-null-source",
        action="store_true",
        help="let the precision gate drop events the rules coded with a null source",
    )
    ap.add_argument("--use-entry", action="store_true", help="entry ids as features")
    ap.add_argument(
        "--subset",
        default="10",
        help="also pool the sets whose name contains this (--cv; comma-separated: any of them)",
    )
    ap.add_argument(
        "--shipped", action="store_true", help="--cv: also code each fold with the shipped gate"
    )
    ap.add_argument("--rows", default="", help="write the labelled rows (JSONL) here")
    ap.add_argument(
        "--low",
        type=float,
        default=None,
        help="--write: precision-gate threshold (default: shipped)",
    )
    ap.add_argument(
        "--high", type=float, default=None, help="--write: rescue threshold (default: shipped)"
    )
    args = ap.parse_args()
    if args.low is None:
        args.low = float(training.shipped_value(OUT, "low", default=-1.0))
    if args.high is None:
        args.high = float(training.shipped_value(OUT, "high", default=1.01))
    if args.heldout:
        return heldout(args.heldout)

    pipe = Pipeline()
    sets, gold, parsed = training.load_and_parse(args.sets, ROOT, pipe, args.cache)
    ids = list(gold)
    rows: dict[str, list[dict]] = {}
    t0 = time.time()
    base = code(pipe.coder, parsed, ids, None, rows)
    print(f"coded without the gate in {time.time() - t0:.1f}s")
    ex = examples_of(rows, gold, args.use_entry)
    tally = Counter((e["stage"], e["cls"]) for e in ex)
    print(f"{len(ex)} rows ({sum(e['y'] for e in ex)} positive)")
    for st in sorted({s for s, _ in tally}):
        print(
            f"  {st:<26} "
            + "  ".join(f"{c} {tally[(st, c)]}" for c in ("true", "type-right", "no-type"))
        )
    if args.rows:
        with open(args.rows, "w", encoding="utf-8") as fh:
            for e in ex:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")

    n_sent, (ex,) = training.trainable(sets, args.exclude_train, ex)
    if args.cv:
        cross_validate(
            sets,
            gold,
            parsed,
            pipe.coder,
            base,
            ex,
            variants_of(args),
            args.seed,
            args.epochs,
            args.l2,
            args.use_entry,
            args.subset,
            keep_null=not args.drop_null_source,
            by=args.folds,
            shipped=gate.load_gate() if args.shipped else None,
            last=args.last,
        )
    if args.write:
        w, b = training.train_logistic(ex, args.seed, args.epochs, args.l2)
        data = {
            "about": "lagebild candidate gate (coding/gate.py): logistic regression over word-free "
            "features of an event about to be emitted or of a dropped candidate's would-be event; "
            f"trained by scripts/train_gate.py on {args.sets} ({n_sent} sentences, "
            f"{len(ex)} rows)",
            "seed": args.seed,
            "epochs": args.epochs,
            "l2": args.l2,
            "use_entry": args.use_entry,
            "keep_null_source": not args.drop_null_source,
            "low": args.low,
            "high": args.high,
            "bias": b,
            "weights": dict(sorted(w.items())),
        }
        training.write_weights(OUT, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
