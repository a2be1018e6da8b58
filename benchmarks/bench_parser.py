"""Speed of the rule-based clause parser alone (nlp/parser.py), in tokens per CPU second.

    PYTHONPATH=src python benchmarks/bench_parser.py [--shared ../shared] [--tokens 30000]

Tags GermEval 2014 test sentences (../shared/data) once with the default tagger, then times
`fix_lemmas` + `parse` + `set_features` (the parser's part of the `lagebild_tagparse`
component) over fresh copies of the tagged tokens, `--repeat` times, and prints the best and
median rate and one JSON line. Compare two builds by running the script with each on
PYTHONPATH, alternating, in the same minutes."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path


def main() -> None:
    default_shared = os.environ.get("LAGEBILD_SHARED", "../shared")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=default_shared)
    ap.add_argument("--tokens", type=int, default=30000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    from lagebild.evaluation.ner import read_ner
    from lagebild.nlp.parser import Tok, parse
    from lagebild.nlp.pipeline import fix_lemmas, get_tagger, set_features
    from lagebild.nlp.tagger import STTS_TO_UPOS

    sents, n = [], 0
    for tokens, _ in read_ner(Path(args.shared) / "data/germeval2014_ner/NER-de-test.tsv"):
        sents.append(tokens)
        n += len(tokens)
        if n >= args.tokens:
            break
    tagged = get_tagger("perceptron").tag_many(sents)

    def run() -> float:
        t0 = time.process_time()
        for words, tags in zip(sents, tagged, strict=True):
            toks = [
                Tok(j, w, stts, STTS_TO_UPOS.get(stts, "X"), lemma)
                for j, (w, (stts, lemma)) in enumerate(zip(words, tags, strict=True))
            ]
            fix_lemmas(toks)
            set_features(toks, parse(toks) or [])
        return time.process_time() - t0

    run()  # warm the lexicon caches
    rates = [n / run() for _ in range(args.repeat)]
    best, med = max(rates), statistics.median(rates)
    print(
        f"parser: {len(sents)} sentences, {n} tokens; best {best:,.0f}, median {med:,.0f} tok/CPU-s"
    )
    print(json.dumps({"sentences": len(sents), "tokens": n, "best_tok_s": round(best),
                      "median_tok_s": round(med)}))  # fmt: skip


if __name__ == "__main__":
    main()
