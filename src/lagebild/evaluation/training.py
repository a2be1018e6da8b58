"""What the learned coder decisions' training scripts share (scripts/train_rolemodel.py,
scripts/train_gate.py): the annotated sets, parsing them once, and a seeded logistic
regression over sparse, word-free features."""

from __future__ import annotations

import fnmatch
import glob
import math
import pickle
import random
import time
from collections import defaultdict
from datetime import date as Date
from pathlib import Path
from typing import Any

from lagebild.evaluation.events import read_jsonl
from lagebild.models import Document


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
