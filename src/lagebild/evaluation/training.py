"""What the training scripts share. Those of the learned coder decisions
(scripts/train_rolemodel.py, scripts/train_gate.py): their common options (POOL_OPTIONS), the
annotated sets, parsing them once, coding a parsed sentence anew, the leave-one-set-out folds, a
seeded logistic regression over sparse, word-free features and writing its weights. Any: F1
from counts and the two halves of a treebank (scripts/train_role_decider.py)."""

from __future__ import annotations

import argparse
import fnmatch
import glob
import json
import math
import pickle
import random
import re
import time
from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date as Date
from pathlib import Path
from typing import Any, TypeVar

from lagebild.evaluation.events import read_jsonl
from lagebild.models import Document

T = TypeVar("T")

# the data and the options of the scripts trained on the annotated pool (their --help ends with it)
POOL_OPTIONS = """\
Data: the repository's annotated sets `benchmarks/events-de-lead-check*.jsonl` (--sets; not the
dev gold, not the probes), every sentence parsed once. `--cv`: leave one set out; `--write`:
train on all sets and write the weights; `--heldout FILE...`: score gold files the shipped
weights never saw. `--exclude-train PATTERNS` (fnmatch, comma-separated, e.g.
`lead-check12?,lead-check13?`): those sets are coded and scored but never trained on, in the
folds and by `--write`; a CV run with the pool an earlier model was trained on against one with
the whole pool says whether retraining on the grown pool helps on held-out sets. `--folds
session`: hold out a session's sets together (10a-10d one fold; the number in the set name)
instead of one set at a time, for fewer, larger folds; `--folds forward`: each of the last
`--last` (4) sessions is scored by a model trained on the earlier sessions only (train on what
exists, score tomorrow's text: the way the blind sets measure a model)."""


# forward folds (`--folds forward`): the last FORWARD_SESSIONS sessions, each scored by a model
# trained on the sessions before it only ("train on what exists, score tomorrow's text")
FORWARD_SESSIONS = 4
# how each kind of fold is named in the scripts' pooled figures
FOLD_WORDS = {
    "set": "leave-one-set-out",
    "session": "leave-one-session-out",
    "forward": "forward: each session trained on the earlier ones",
}


def load_sets(pattern: str, root: Path) -> dict[str, list[dict]]:
    """Set name ("lead-check4a") -> gold lines, for every file matching `pattern` (relative to
    `root` unless absolute), in file-name order."""
    sets = {}
    for p in sorted(glob.glob(str(pattern if Path(pattern).is_absolute() else root / pattern))):
        sets[Path(p).stem.replace("events-de-", "")] = read_jsonl(p)
    return sets


def training_sets(sets: dict[str, list[dict]], exclude: str) -> set[str]:
    """The names of `sets` whose rows may be trained on: all but those matching one of the
    comma-separated fnmatch patterns in `exclude` ("lead-check12?,lead-check13?")."""
    pats = [x for x in exclude.split(",") if x]
    return {n for n in sets if not any(fnmatch.fnmatch(n, x) for x in pats)}


def pool_parser(doc: str, heldout_help: str, exclude_example: str) -> argparse.ArgumentParser:
    """The command line of a script trained on the annotated pool (`doc`: its docstring, whose
    first line describes it) with the options all such scripts have: the sets, the seed, the
    modes (--cv, --write, --heldout FILE...) and the sets never trained on; POOL_OPTIONS is
    its epilog."""
    ap = argparse.ArgumentParser(
        description=doc.split("\n")[0],
        epilog=POOL_OPTIONS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--sets", default="benchmarks/events-de-lead-check*.jsonl")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--cv", action="store_true", help="leave-one-set-out cross-validation")
    ap.add_argument("--write", action="store_true", help="train on all sets, write the weights")
    ap.add_argument(
        "--folds",
        choices=("set", "session", "forward"),
        default="set",
        help="--cv: hold out one set, or one session's sets (10a-10d), at a time; forward: "
        "each of the last --last sessions, trained on the sessions before it only",
    )
    ap.add_argument(
        "--last",
        type=int,
        default=FORWARD_SESSIONS,
        help="--folds forward: how many of the newest sessions to score",
    )
    ap.add_argument("--heldout", nargs="*", default=[], help=heldout_help)
    ap.add_argument(
        "--exclude-train",
        default="",
        help="set names (fnmatch patterns, comma-separated) never trained on, in --cv folds and "
        f"--write; they are still coded and scored (e.g. {exclude_example})",
    )
    return ap


def trainable(
    sets: dict[str, list[dict]], exclude: str, *examples: list[dict]
) -> tuple[int, tuple[list[dict], ...]]:
    """The number of sentences trained on and each list of `examples` (rows with a "set")
    without the rows of the sets `exclude` names (training_sets); says so when it leaves any out."""
    keep = training_sets(sets, exclude)
    n_sent = sum(len(sets[n]) for n in keep)
    if len(keep) < len(sets):
        examples = tuple([e for e in ex if e["set"] in keep] for ex in examples)
        print(
            f"training only on {len(keep)} of {len(sets)} sets ({n_sent} sentences, "
            f"{len(examples[0])} rows)"
        )
    return n_sent, examples


def recode(coder: Any, parsed: dict[str, tuple], sid: str) -> dict:
    """Code the parsed sentence `sid` anew (its events replaced) and return its prediction line:
    {"id", "events"}, each event as the scorer reads it plus its evidence "rule"."""
    doc, docs = parsed[sid]
    doc.events = []
    coder.code(doc, docs)
    return {"id": sid, "events": [m.gold_dict() | {"rule": m.evidence.rule} for m in doc.events]}


def shipped_value(path: Path, *keys: str, default: Any = None) -> Any:
    """A setting of the shipped weights file (`keys`: the way down, e.g. "source", "threshold"),
    `default` when the file or the setting is absent: a retraining keeps the shipped thresholds
    unless its command line names others."""
    try:
        d: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return default
    for k in keys:
        if not isinstance(d, dict) or k not in d:
            return default
        d = d[k]
    return d


def write_weights(path: Path, data: dict[str, Any]) -> None:
    """Write a trained model (`data` with its "weights") as the coder loads it."""
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(data['weights'])} weights)")


def session_of(name: str) -> int:
    """The session number in a set name ("lead-check12a" -> 12); a name without a number (the
    first set, "lead-check") is session 1."""
    m = re.search(r"(\d+)[a-z]?$", name)
    return int(m.group(1)) if m else 1


def fold_of(name: str, by: str = "set") -> str:
    """The fold a set belongs to: the set itself (`by` "set"), or its session (`by` "session" or
    "forward"): the set name without the letter after its number ("lead-check12a" ->
    "lead-check12")."""
    if by == "set":
        return name
    m = re.fullmatch(r"(.*?\d+)[a-z]?", name)
    return m.group(1) if m else name


def folds(
    sets: dict[str, list[dict]], by: str = "set", last: int | None = None
) -> Iterator[tuple[str, list[dict], list[str]]]:
    """Hold out one fold at a time (fold_of: a set, or a session's sets): (fold name, gold
    lines, sentence ids) of the held-out fold, in the order the sets come. `by` "forward": only
    the `last` sessions, in session order (out_of_fold then trains on the earlier ones)."""
    grouped: dict[str, list[dict]] = {}
    for name, lines in sets.items():
        grouped.setdefault(fold_of(name, by), []).extend(lines)
    names = list(grouped)
    if by == "forward":
        n = FORWARD_SESSIONS if last is None else last
        names = sorted(names, key=session_of)[-n:] if n > 0 else []
    for name in names:
        lines = grouped[name]
        yield name, lines, [g["id"] for g in lines]


def out_of_fold(examples: list[dict], name: str, by: str = "set") -> list[dict]:
    """The rows to train on when fold `name` (fold_of) is held out: all other folds' rows, or
    (`by` "forward") those of the sessions before it."""
    if by == "forward":
        return [e for e in examples if session_of(e["set"]) < session_of(name)]
    return [e for e in examples if fold_of(e["set"], by) != name]


def add_counts(total: list[int], counts: Sequence[int]) -> None:
    """Sum a fold's counts (tp, fp, fn, ...) into `total`, place by place."""
    for k, v in enumerate(counts):
        total[k] += v


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def halves(items: Sequence[T], held: int) -> tuple[list[T], list[T]]:
    """(training, held-out) halves of `items`: the held-out one is those with index % 2 == held."""
    return (
        [x for k, x in enumerate(items) if k % 2 != held],
        [x for k, x in enumerate(items) if k % 2 == held],
    )


def parse_all(pipe: Any, sets: dict[str, list[dict]], cache: str = "") -> dict[str, tuple]:
    """id -> (Document, docs) after NLP and actors (parsed once; pickled to `cache` if given)."""
    if cache and Path(cache).is_file():
        with open(cache, "rb") as fh:
            out = pickle.load(fh)
        if all(g["id"] in out for lines in sets.values() for g in lines):
            return out
    out = {}
    for lines in sets.values():
        for g in lines:
            day = Date.fromisoformat(g["date"][:10]) if g.get("date") else None
            doc = Document(source="text", format="text", text=g["text"], date=day, language="de")
            doc.finalize_ids()
            docs = pipe.analyzer.analyze(doc)
            pipe.resolver.annotate(doc, docs)
            out[g["id"]] = (doc, docs)
    if cache:
        with open(cache, "wb") as fh:
            pickle.dump(out, fh)
    return out


def train_logistic(
    examples: list[dict], seed: int, epochs: int, l2: float = 1e-3, lr: float = 0.1
) -> tuple[dict[str, float], float]:
    """Logistic regression by SGD with L2 (pure Python, seeded) over examples {"feats": {name:
    value}, "y": 0/1}; weights under 1e-4 are left out, all rounded to 4 places."""
    rnd = random.Random(seed)
    w: dict[str, float] = defaultdict(float)
    b = 0.0
    data = [(e["feats"], e["y"]) for e in examples]
    for ep in range(epochs):
        rnd.shuffle(data)
        rate = lr / (1 + ep * 0.2)
        for feats, y in data:
            z = max(-30.0, min(30.0, b + sum(w[k] * v for k, v in feats.items())))
            g = 1.0 / (1.0 + math.exp(-z)) - y
            b -= rate * g
            for k, v in feats.items():
                w[k] -= rate * (g * v + l2 * w[k])
    return {k: round(v, 4) for k, v in w.items() if abs(v) >= 1e-4}, round(b, 4)


def load_and_parse(
    pattern: str, root: Path, pipe: Any, cache: str = ""
) -> tuple[dict[str, list[dict]], dict[str, dict], dict[str, tuple]]:
    """The sets, id -> gold line (with its set name under "_set"), and the sentences parsed by
    `pipe` (a Pipeline); prints how long parsing took."""
    sets = load_sets(pattern, root)
    gold = {g["id"]: {**g, "_set": name} for name, lines in sets.items() for g in lines}
    t0 = time.time()
    parsed = parse_all(pipe, sets, cache)
    print(f"parsed {len(parsed)} sentences of {len(sets)} sets in {time.time() - t0:.0f}s")
    return sets, gold, parsed
