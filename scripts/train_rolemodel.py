"""Train the role model (coding/rolemodel.py) and measure it by leave-one-set-out CV.

    PYTHONPATH=src LAGEBILD_SHARED=/work/shared python scripts/train_rolemodel.py --cv
    PYTHONPATH=src LAGEBILD_SHARED=/work/shared python scripts/train_rolemodel.py --write

Data: the annotated pool, every sentence parsed once (`training.POOL_OPTIONS`, in
lagebild.evaluation.training, says which sets and the options shared with scripts/train_gate.py;
it ends --help). The coder runs with the rules alone and records, for every event with a source, every actor mention of the sentence with its features
(rolemodel.COLLECT). A mention is labelled 1 when its country is the gold target of a gold event
of the same sentence with the same type and a compatible source, 0 otherwise (also when that gold
event has no target: the model learns when to leave a target open). Events without such a gold
event are not used.

`--cv`: for each set, train on the other sets, code the held-out set with that model in the coder
and score it; the pooled figure (tp/fp/fn summed over the folds) is printed against the coder
without the model (rule `nearest-actor`) and with neither. `--write`: train on all sets and write
the weights to src/lagebild/models/rolemodel.json.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from lagebild.coding import rolemodel
from lagebild.coding.rolemodel import RoleModel
from lagebild.evaluation import training
from lagebild.evaluation.events import country, read_jsonl, score
from lagebild.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "lagebild" / "models" / "rolemodel.json"


def code(
    pipe: Pipeline,
    parsed: dict,
    ids: list[str],
    model: RoleModel | None,
    nearest: bool,
    src_model: RoleModel | None = None,
    src_rows: dict | None = None,
):
    coder = pipe.coder
    coder.role_model, coder.proximity_targets = model, nearest
    coder.source_model = src_model
    preds, rows = [], {}
    for i in ids:
        if rolemodel.COLLECT is not None:
            rolemodel.COLLECT.clear()
        if rolemodel.SRC_COLLECT is not None:
            rolemodel.SRC_COLLECT.clear()
        preds.append(training.recode(coder, parsed, i))
        if rolemodel.COLLECT is not None:
            rows[i] = list(rolemodel.COLLECT)
        if rolemodel.SRC_COLLECT is not None and src_rows is not None:
            src_rows[i] = list(rolemodel.SRC_COLLECT)
    return preds, rows


def gold_sources(gold_events: list[dict], typ: str, target_ok) -> tuple[int, set]:
    """Over the gold events of type `typ` (both directions of a symmetric one) whose target
    country passes `target_ok`: how many there are, and the source countries they name."""
    comp, wanted = 0, set()
    for x in gold_events:
        if x["type"] != typ:
            continue
        pairs = [(x.get("source"), x.get("target"))]
        if x.get("symmetric"):
            pairs.append((x.get("target"), x.get("source")))
        for s_, t_ in pairs:
            if target_ok(country(t_)):
                comp += 1
                if country(s_) is not None:
                    wanted.add(country(s_))
    return comp, wanted


def label_src_rows(rows: dict[str, list[dict]], gold: dict[str, dict]) -> list[dict]:
    """One training example per source candidate of a candidate the rules left without a
    source: 1 when its country is the gold source of a gold event of the sentence with the same
    type and a compatible target; all 0 when the sentence has no such gold event (the rules were
    right to drop it); not used when those gold events name no source (any source scores)."""
    out = []
    for sid, recs in rows.items():
        g = gold[sid]
        for k, rec in enumerate(recs):
            tg = {country(t) for t in rec["targets"]} - {None}
            comp, wanted = gold_sources(
                g["events"], rec["type"], lambda ct, tg=tg: not tg or ct is None or ct in tg
            )
            if comp and not wanted:
                continue
            for c in rec["cands"]:
                out.append(
                    {
                        "id": sid,
                        "set": g["_set"],
                        "event": k,
                        "null_ok": rec["null_ok"],
                        "feats": c["feats"],
                        "y": int(country(c["code"]) in wanted),
                    }
                )
    return out


def compatible(ev: dict, gold_events: list[dict]) -> list[dict]:
    """Gold events the predicted event could be: same type, a compatible source."""
    out = []
    ps = country(ev["source"])
    for g in gold_events:
        if g["type"] != ev["type"]:
            continue
        gs = country(g.get("source"))
        if gs is None or gs == ps:
            out.append(g)
        elif g.get("symmetric") and country(g.get("target")) == ps:
            out.append({**g, "target": g.get("source")})
    return out


def label_rows(rows: dict[str, list[dict]], gold: dict[str, dict]) -> list[dict]:
    """One training example per candidate: {set, id, event, feats, y, nearest, rule_choice}."""
    out = []
    for sid, recs in rows.items():
        g = gold[sid]
        for k, rec in enumerate(recs):
            comp = compatible(rec, g["events"])
            if not comp:
                continue
            wanted = {country(x.get("target")) for x in comp} - {None}
            for c in rec["cands"]:
                out.append(
                    {
                        "id": sid,
                        "set": g["_set"],
                        "event": k,
                        "open": rec["target"] is None,
                        "feats": c["feats"],
                        "y": int(country(c["code"]) in wanted),
                        "nearest": c["nearest"],
                        "rule_choice": c["rule_choice"],
                    }
                )
    return out


def train(examples: list[dict], seed: int, epochs: int = 40, l2: float = 1e-3, lr: float = 0.1):
    """Logistic regression by SGD with L2 (pure Python, seeded): `training.train_logistic`."""
    return training.train_logistic(examples, seed, epochs, l2, lr)


def save(path: Path, preds: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for p in preds:
            fh.write(json.dumps(p, ensure_ascii=False, default=str) + "\n")


def overrule_stats(examples: list[dict], name: str, m: RoleModel, out: list) -> None:
    """For held-out events with a rule target: (id, p rule, p best other, rule right, best right)."""
    by_ev: dict[tuple, list[dict]] = defaultdict(list)
    for e in examples:
        if e["set"] == name and not e["open"]:
            by_ev[(e["id"], e["event"])].append(e)
    for key, cands in by_ev.items():
        rule = [c for c in cands if c["rule_choice"]]
        others = [c for c in cands if not c["rule_choice"]]
        if not rule or not others:
            continue
        best = max(others, key=lambda c: m.prob(c["feats"]))
        out.append((key, m.prob(rule[0]["feats"]), m.prob(best["feats"]), rule[0]["y"], best["y"]))


def _fill_tally(preds: list[dict], gold: dict[str, dict], tag: str, verdict) -> dict[str, int]:
    """Plain events whose rule names `tag`: right / wrong / unverifiable / no-gold-event, where
    `verdict(ev, gold_events)` gives (a compatible gold event exists, the countries the gold
    wants for the filled role, the predicted country of that role)."""
    st = {"right": 0, "wrong": 0, "unverifiable": 0, "no-gold-event": 0}
    for p in preds:
        for ev in p["events"]:
            if tag not in (ev.get("rule") or "") or ev.get("negated") or ev.get("hypothetical"):
                continue
            found, wanted, got = verdict(ev, gold[p["id"]]["events"])
            if not found:
                st["no-gold-event"] += 1
            elif not wanted:
                st["unverifiable"] += 1
            elif got in wanted:
                st["right"] += 1
            else:
                st["wrong"] += 1
    return st


def _target_verdict(ev: dict, gold_events: list[dict]) -> tuple[bool, set, str | None]:
    comp = compatible(ev, gold_events)
    return bool(comp), {country(x.get("target")) for x in comp} - {None}, country(ev.get("target"))


def _source_verdict(ev: dict, gold_events: list[dict]) -> tuple[bool, set, str | None]:
    pt = country(ev.get("target"))
    comp, wanted = gold_sources(gold_events, ev["type"], lambda ct: ct is None or ct == pt)
    return comp > 0, wanted, country(ev.get("source"))


def fill_stats(preds: list[dict], gold: dict[str, dict], tag: str) -> dict[str, int]:
    """Targets filled by rule `tag`: right / wrong / unverifiable (gold names no target) /
    no gold event of that type and source."""
    return _fill_tally(preds, gold, tag, _target_verdict)


def src_fill_stats(preds: list[dict], gold: dict[str, dict]) -> dict[str, int]:
    """Sources filled by the source model: right / wrong / unverifiable (the gold event names no
    source) / no gold event of that type with a compatible target."""
    return _fill_tally(preds, gold, "source=rolemodel", _source_verdict)


def figure(gold_lines: list[dict], preds: list[dict]) -> tuple[int, int, int, float]:
    sc = score(gold_lines, [{"id": p["id"], "events": p["events"]} for p in preds])
    return sc.tp, sc.fp, sc.fn, sc.strict[2]


def heldout(files: list[str]) -> int:
    pipe = Pipeline()
    shipped = rolemodel.load_model()
    for f in files:
        lines = read_jsonl(f)
        gold = {g["id"]: g for g in lines}
        parsed = training.parse_all(pipe, {"x": lines})
        out = []
        src = shipped.source if shipped is not None else None
        for label, m, near, ms in (
            ("rules", None, False, None),
            ("nearest", None, True, None),
            ("model", shipped, True, None),
            ("model+source", shipped, True, src),
        ):
            preds, _ = code(pipe, parsed, list(gold), m, near, ms)
            tp, fp, fn, f1v = figure(lines, preds)
            tag = "target=rolemodel" if m else "target=nearest-actor"
            st = fill_stats(preds, gold, tag) if (m or near) else {}
            if ms is not None:
                st = {**st, "source": src_fill_stats(preds, gold)}
            out.append(f"{label} {f1v:.3f} ({tp}/{fp}/{fn}) {st}")
        print(f"{f}: " + " | ".join(out))
    return 0


def main() -> int:
    ap = training.pool_parser(
        __doc__ or "",
        "gold files the shipped model never saw: score rules / nearest-actor / shipped model",
        "lead-check12?,lead-check13? to train on the pool the session-10 weights saw",
    )
    ap.add_argument(
        "--threshold", type=float, default=None, help="target chooser (default: the shipped one)"
    )
    ap.add_argument("--cache", default="", help="pickle of the parsed sentences (made if absent)")
    ap.add_argument("--fallback-nearest", action="store_true")
    ap.add_argument("--overrule", type=float, default=None, help="margin to overrule a rule target")
    ap.add_argument("--sweep-overrule", default="", help="overrule margins to report in CV")
    ap.add_argument("--sweep", default="", help="thresholds to report in CV, e.g. 0.3,0.4,0.5")
    ap.add_argument(
        "--train-on", choices=("all", "open"), default="all", help="events to learn from"
    )
    ap.add_argument("--save-dir", default="", help="write each fold's predictions here")
    ap.add_argument(
        "--src-threshold",
        type=float,
        default=None,
        help="source model: candidates the rules drop (default: the shipped one)",
    )
    ap.add_argument(
        "--null-threshold",
        type=float,
        default=None,
        help="source model: candidates allowed a null source (above 1: never; default: shipped)",
    )
    ap.add_argument("--src-sweep", default="", help="source thresholds to report in CV")
    ap.add_argument("--null-sweep", default="", help="null-source thresholds to report in CV")
    ap.add_argument("--no-source", action="store_true", help="train and ship no source model")
    ap.add_argument(
        "--drop",
        default="",
        help="feature prefixes to leave out of training, comma-separated (e.g. rc:,s:prep=)",
    )
    ap.add_argument(
        "--shipped",
        action="store_true",
        help="CV: also code every held-out set with the shipped weights (in-sample where they saw it)",
    )
    args = ap.parse_args()
    if args.threshold is None:
        args.threshold = float(training.shipped_value(OUT, "threshold", default=0.5))
    if args.src_threshold is None:
        args.src_threshold = float(training.shipped_value(OUT, "source", "threshold", default=0.5))
    if args.null_threshold is None:
        args.null_threshold = float(
            training.shipped_value(OUT, "source", "threshold_null", default=1.01)
        )

    if args.heldout:
        return heldout(args.heldout)
    pipe = Pipeline()
    sets, gold, parsed = training.load_and_parse(args.sets, ROOT, pipe, args.cache)
    ids = list(gold)
    rolemodel.COLLECT, rolemodel.SRC_COLLECT = [], []
    src_rows: dict[str, list[dict]] = {}
    base_preds, rows = code(pipe, parsed, ids, None, False, None, src_rows)
    rolemodel.COLLECT = rolemodel.SRC_COLLECT = None
    src_examples = label_src_rows(src_rows, gold)
    print(
        f"{len(src_examples)} source candidate rows of "
        f"{len({(e['id'], e['event']) for e in src_examples})} candidates without a source "
        f"({sum(e['y'] for e in src_examples)} positive)"
    )
    if args.drop:
        drop = tuple(x for x in args.drop.split(",") if x)
        for e in src_rows.values():
            for rec in e:
                for c in rec["cands"]:
                    c["feats"] = {k: v for k, v in c["feats"].items() if not k.startswith(drop)}
        for e in rows.values():
            for rec in e:
                for c in rec["cands"]:
                    c["feats"] = {k: v for k, v in c["feats"].items() if not k.startswith(drop)}
        src_examples = label_src_rows(src_rows, gold)
        print(f"dropped feature families {drop}")
    examples = label_rows(rows, gold)
    if args.train_on == "open":
        examples = [e for e in examples if e["open"]]
    n_sent, (examples, src_examples) = training.trainable(
        sets, args.exclude_train, examples, src_examples
    )
    all_examples = label_rows(rows, gold)
    n_ev = len({(e["id"], e["event"]) for e in examples})
    print(
        f"{len(examples)} candidate rows of {n_ev} events ({sum(e['y'] for e in examples)} positive)"
    )

    def model_of(ex: list[dict], thr: float) -> RoleModel:
        w, b = train(ex, args.seed)
        return RoleModel(w, b, thr, args.fallback_nearest)

    if args.cv:
        thresholds = [args.threshold] + [float(x) for x in args.sweep.split(",") if x]
        near_preds, _ = code(pipe, parsed, ids, None, True)
        if args.save_dir:
            Path(args.save_dir).mkdir(parents=True, exist_ok=True)
            save(Path(args.save_dir) / "nearest.jsonl", near_preds)
        rows_out = []
        over: list[tuple] = []
        variants = [(t, args.overrule) for t in thresholds] + [
            (args.threshold, float(x)) for x in args.sweep_overrule.split(",") if x
        ]
        src_variants = []
        if not args.no_source:
            src_variants = [(args.src_threshold, args.null_threshold)]
            src_variants += [
                (float(x), args.null_threshold) for x in args.src_sweep.split(",") if x
            ]
            src_variants += [
                (args.src_threshold, float(x)) for x in args.null_sweep.split(",") if x
            ]
        shipped = rolemodel.load_model() if args.shipped else None
        totals = {
            k: [0, 0, 0]
            for k in ["rules", "nearest"]
            + (["shipped"] if shipped is not None else [])
            + [f"model@{t}" + (f"/over{ov}" if ov is not None else "") for t, ov in variants]
            + [f"+src@{t}/{n}" for t, n in src_variants]
        }
        fills = {k: defaultdict(int) for k in totals}
        for name, lines, held in training.folds(sets, args.folds, args.last):
            w, b = train(training.out_of_fold(examples, name, args.folds), args.seed)
            line = {"set": name}
            before = {k: list(v) for k, v in totals.items()}
            for label, preds in (
                ("rules", [p for p in base_preds if p["id"] in set(held)]),
                ("nearest", [p for p in near_preds if p["id"] in set(held)]),
            ):
                tp, fp, fn, f = figure(lines, preds)
                line[label] = f
                training.add_counts(totals[label], (tp, fp, fn))
                for k, v in fill_stats(preds, gold, "nearest-actor").items():
                    fills[label][k] += v
            if shipped is not None:  # the shipped weights (in-sample on the sets they saw)
                preds, _ = code(pipe, parsed, held, shipped, True, shipped.source)
                tp, fp, fn, f = figure(lines, preds)
                line["shipped"] = f
                training.add_counts(totals["shipped"], (tp, fp, fn))
                for k, v in src_fill_stats(preds, gold).items():
                    fills["shipped"][f"src:{k}"] += v
            for thr, ov in variants:
                m = RoleModel(w, b, thr, args.fallback_nearest, ov)
                preds, _ = code(pipe, parsed, held, m, True)
                label = f"model@{thr}" + (f"/over{ov}" if ov is not None else "")
                if args.save_dir:
                    save(Path(args.save_dir) / f"{name}.{label.replace('/', '-')}.jsonl", preds)
                tp, fp, fn, f = figure(lines, preds)
                line[label] = f
                training.add_counts(totals[label], (tp, fp, fn))
                for tag in ("target=rolemodel", "target=nearest-actor"):
                    for k, v in fill_stats(preds, gold, tag).items():
                        fills[label][f"{tag}:{k}"] += v
            if src_variants:
                ws, bs = train(training.out_of_fold(src_examples, name, args.folds), args.seed)
            for ts, tn in src_variants:
                m = RoleModel(w, b, args.threshold, args.fallback_nearest, args.overrule)
                ms = RoleModel(ws, bs, ts, threshold_null=tn)
                preds, _ = code(pipe, parsed, held, m, True, ms)
                label = f"+src@{ts}/{tn}"
                if args.save_dir:
                    save(Path(args.save_dir) / f"{name}.{label.replace('/', '-')}.jsonl", preds)
                tp, fp, fn, f = figure(lines, preds)
                line[label] = f
                training.add_counts(totals[label], (tp, fp, fn))
                for k, v in src_fill_stats(preds, gold).items():
                    fills[label][f"src:{k}"] += v
            overrule_stats(all_examples, name, RoleModel(w, b), over)
            rows_out.append(line)
            fold_counts = {
                k: [a - c for a, c in zip(v, before[k], strict=True)] for k, v in totals.items()
            }
            print(
                "  ".join(
                    f"{k} {v:.3f}" if isinstance(v, float) else f"{v:<22}" for k, v in line.items()
                ),
                flush=True,
            )
            if args.folds != "set":  # larger folds: their counts, to pool a few of them
                print(
                    "    " + "  ".join(f"{k} {tuple(v)}" for k, v in fold_counts.items() if v),
                    flush=True,
                )
        print(f"\npooled ({training.FOLD_WORDS[args.folds]}; tp/fp/fn summed over the folds)")
        for k, (tp, fp, fn) in totals.items():
            print(
                f"  {k:<14} strict F1 {training.f1(tp, fp, fn):.3f}  tp {tp} fp {fp} fn {fn}  fills {dict(fills[k])}"
            )
        print(
            "\noverrule (out of fold, events with a rule target whose rule country is not the gold's or is):"
        )
        for margin in (0.2, 0.4, 0.6, 0.8):
            sel = [o for o in over if o[2] - o[1] >= margin]
            gain = sum(1 for o in sel if not o[3] and o[4])
            loss = sum(1 for o in sel if o[3] and not o[4])
            print(
                f"  margin {margin}: {len(sel)} overrules, {gain} fix a wrong rule target, {loss} break a right one"
            )
        shipped = rolemodel.load_model()
        pipe.coder.role_model, pipe.coder.proximity_targets = shipped, True
        pipe.coder.source_model = shipped.source if shipped is not None else None
    if args.write:
        w, b = train(examples, args.seed)
        source = None
        if not args.no_source:
            ws, bs = train(src_examples, args.seed)
            source = {
                "about": "source chooser (rule source=rolemodel): candidates the rules leave "
                f"without a source ({len(src_examples)} candidate rows)",
                "threshold": args.src_threshold,
                "threshold_null": args.null_threshold,
                "bias": bs,
                "weights": dict(sorted(ws.items())),
            }
        data = {
            "about": "lagebild role model (coding/rolemodel.py): logistic regression over word-free "
            "features of a target candidate; trained by scripts/train_rolemodel.py on "
            f"{args.sets} ({n_sent} sentences, {len(examples)} candidate rows)",
            "seed": args.seed,
            "threshold": args.threshold,
            "fallback_nearest": args.fallback_nearest,
            "overrule": args.overrule,
            "bias": b,
            "weights": dict(sorted(w.items())),
        }
        if source is not None:
            data["source"] = source
        training.write_weights(OUT, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
