"""Throughput of the German analysis, with spaCy's own tokenizer as the reference.

    PYTHONPATH=src python benchmarks/bench_nlp.py [--shared ../shared] [--tokens 60000]
    PYTHONPATH=src python benchmarks/bench_nlp.py --components   # + CPU share of each stage

Builds ~600-word articles from the GermEval 2014 sentences (../shared/data), runs
(1) spaCy's German rule tokenizer, (2) the full default lagebild pipeline on a first (cold
caches) and a second pass (warm caches), single process, and prints tokens/second and one
JSON line. With --components, a third pass over the same (warm) articles times the tokenizer
and each pipeline component separately (CPU seconds and share)."""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path


def articles(shared: Path, max_tokens: int) -> list[str]:
    from lagebild.evaluation.ner import read_ner

    out, cur, n = [], [], 0
    for tokens, _ in read_ner(shared / "data/germeval2014_ner/NER-de-test.tsv"):
        cur.append(" ".join(tokens))
        n += len(tokens)
        if sum(len(x.split()) for x in cur) >= 600:
            out.append(" ".join(cur))
            cur = []
        if n >= max_tokens:
            break
    if cur:
        out.append(" ".join(cur))
    return out


def rate(fn, texts) -> tuple[float, int]:
    """tokens per CPU second of this process (per core; robust to other load on the machine)"""
    t0 = time.process_time()
    n = 0
    for doc in fn(texts):
        n += len(doc)
    return n / max(time.process_time() - t0, 1e-9), n


def main() -> None:
    ap = argparse.ArgumentParser()
    default_shared = os.environ.get(
        "LAGEBILD_SHARED", str(Path(__file__).resolve().parents[1].parent / "shared")
    )
    if not Path(default_shared).is_dir():
        default_shared = "/work/shared"
    ap.add_argument("--shared", default=default_shared)
    ap.add_argument("--tokens", type=int, default=60000)
    ap.add_argument(
        "--components", action="store_true", help="also time each pipeline stage (warm)"
    )
    args = ap.parse_args()
    all_texts = articles(Path(args.shared), 2 * args.tokens)
    half = len(all_texts) // 2
    warmup, texts = all_texts[:half], all_texts[half:]

    import spacy

    from lagebild.nlp import load_analyzer

    tok = spacy.blank("de")
    ref, n = rate(lambda ts: (tok.make_doc(t) for t in ts), texts)
    t0 = time.perf_counter()
    nlp = load_analyzer().nlp
    nlp("Warm-up: Das Laden der Modelle zählt nicht.")
    load_s = time.perf_counter() - t0
    cold, _ = rate(lambda ts: (nlp(t) for t in ts), warmup)  # fresh process, empty caches
    warm, _ = rate(lambda ts: (nlp(t) for t in ts), texts)  # other articles, caches filled
    res = {
        "articles": len(texts),
        "tokens": n,
        "spacy_tokenizer_tok_s": round(ref),
        "pipeline_cold_tok_s": round(cold),
        "pipeline_warm_tok_s": round(warm),
        "share_of_tokenizer_speed_warm": round(warm / ref, 4),
        "load_seconds": round(load_s, 2),
    }
    print(
        f"per CPU second: spaCy tokenizer {ref:,.0f} tok/s; lagebild pipeline: cold {cold:,.0f} tok/s, "
        f"warm {warm:,.0f} tok/s ({len(texts)} articles, {n} tokens, load {load_s:.1f}s)"
    )
    if args.components:
        res["components_cpu_s"] = components(nlp, texts)
        total = sum(res["components_cpu_s"].values())
        print(
            "per stage (warm, CPU s): "
            + ", ".join(
                f"{k} {v:.2f} ({v / total:.0%})" for k, v in res["components_cpu_s"].items()
            )
        )
    print(json.dumps(res))


def components(nlp, texts) -> dict[str, float]:
    """CPU seconds of the tokenizer and of each pipeline component over `texts`."""
    spent = {"tokenizer": 0.0, **{name: 0.0 for name, _ in nlp.pipeline}}
    for text in texts:
        t0 = time.process_time()
        doc = nlp.make_doc(text)
        spent["tokenizer"] += time.process_time() - t0
        for name, proc in nlp.pipeline:
            t0 = time.process_time()
            doc = proc(doc)
            spent[name] += time.process_time() - t0
    return {k: round(v, 3) for k, v in spent.items()}


if __name__ == "__main__":
    main()
