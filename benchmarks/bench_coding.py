"""Benchmark the event coder alone: sentences per second after NLP and actor resolution.

    PYTHONPATH=src python benchmarks/bench_coding.py [--repeat 5]

The sentences are the lexicon's example sentences (one per entry, in the repository) plus the dev
gold set where ../shared is present. NLP and actors run once, outside the timing; the coder then
codes every parsed sentence `--repeat` times. Prints one JSON line of figures at the end."""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = (
    Path(os.environ.get("LAGEBILD_SHARED", REPO.parent / "shared")) / "gold" / "events-de-dev.jsonl"
)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    from lagebild.actors import load_resolver
    from lagebild.coding import load_coder
    from lagebild.models import Document
    from lagebild.nlp import load_analyzer

    t0 = time.perf_counter()
    coder = load_coder()
    t_load = time.perf_counter() - t0
    texts = [e.example for e in coder.lex.entries.values() if e.example]
    if GOLD.exists():
        texts += [
            json.loads(line)["text"]
            for line in GOLD.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    nlp, resolver = load_analyzer("default", "de"), load_resolver()
    prepared = []
    t1 = time.perf_counter()
    for i, text in enumerate(texts):
        doc = Document(source=f"bench#{i}", format="text", text=text)
        doc.finalize_ids()
        docs = nlp.analyze(doc)
        resolver.annotate(doc, docs)
        prepared.append((doc, docs))
    t_nlp = time.perf_counter() - t1
    n_sent = sum(len(d.sentences) for d, _ in prepared)
    # warm-up: one untimed pass, so that what loads lazily on first use (the resolver, the
    # place gazetteer some role rules ask, ~3 s) is not counted as coding time
    for doc, docs in prepared:
        doc.events = []
        coder.code(doc, docs)
    t2 = time.perf_counter()
    events = 0
    for _ in range(args.repeat):
        for doc, docs in prepared:
            doc.events = []
            coder.code(doc, docs)
            events += len(doc.events)
    t_code = time.perf_counter() - t2
    rate = n_sent * args.repeat / t_code
    print(f"lexicon load {t_load:.2f} s ({len(coder.lex.entries)} entries)")
    print(f"NLP + actors: {n_sent} sentences in {t_nlp:.1f} s ({n_sent / t_nlp:.0f} sentences/s)")
    print(
        f"coding alone: {n_sent * args.repeat} sentences in {t_code:.2f} s = {rate:.0f} sentences/s"
    )
    print(
        json.dumps(
            {
                "sentences": n_sent,
                "repeat": args.repeat,
                "coder_sentences_per_s": round(rate, 1),
                "nlp_actors_sentences_per_s": round(n_sent / t_nlp, 1),
                "events_per_pass": events // args.repeat,
            }
        )
    )


if __name__ == "__main__":
    main()
