"""Benchmark actor resolution: knowledge-base load time and a 1,000-mention batch.

    PYTHONPATH=src python benchmarks/bench_actors.py

Targets (issue 4): loading the knowledge base < 2 s; 1,000 mentions well under 1 s."""

from __future__ import annotations

import json
import random
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MENTIONS = REPO / "src" / "lagebild" / "data" / "eval" / "actor_mentions_de.jsonl"


def main() -> None:
    t0 = time.perf_counter()
    import spacy  # noqa: F401  (imported by lagebild.actors; timed apart)

    t_spacy = time.perf_counter() - t0

    from lagebild.actors.kb import build_kb
    from lagebild.actors.resolver import ActorResolver

    t1 = time.perf_counter()
    kb = build_kb()
    resolver = ActorResolver(kb)
    t_kb = time.perf_counter() - t1

    from lagebild.actors.places import city_table

    t2 = time.perf_counter()
    city_table()
    t_cities = time.perf_counter() - t2

    rows = [json.loads(x) for x in MENTIONS.read_text(encoding="utf-8").splitlines() if x]
    random.seed(1)
    batch = [random.choice(rows) for _ in range(1000)]
    resolver.resolve_mention("warm up", date(2025, 1, 1))
    t3 = time.perf_counter()
    for r in batch:
        resolver.resolve_mention(r["mention"], date.fromisoformat(r["date"]))
    t_batch = time.perf_counter() - t3

    out = {
        "spacy_import_s": round(t_spacy, 3),
        "kb_load_s": round(t_kb, 3),
        "kb_actors": len(kb.actors),
        "kb_forms": len(kb.forms),
        "city_table_s": round(t_cities, 3),
        "batch_1000_s": round(t_batch, 3),
        "per_mention_ms": round(t_batch, 3),
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
