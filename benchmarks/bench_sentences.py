"""Speed of the sentence splitter alone (tokens per CPU second), next to spaCy's German tokenizer
that feeds it, on the texts of a `lagebild eval sentences` JSONL file:

    PYTHONPATH=src python benchmarks/bench_sentences.py /tmp/sentence-eval/germeval-news-test.jsonl
"""

from __future__ import annotations

import json
import sys
import time

import spacy

from lagebild.nlp.sentences import split_sentences


def main(path: str, rounds: int = 3) -> None:
    nlp = spacy.blank("de")
    texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8") if line.strip()]
    tokens = sum(len(nlp.make_doc(t)) for t in texts)
    best_tok = best_split = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        docs = [nlp.make_doc(t) for t in texts]
        t1 = time.process_time()
        for d in docs:
            split_sentences(d)
        t2 = time.process_time()
        best_tok, best_split = min(best_tok, t1 - t0), min(best_split, t2 - t1)
    out = {
        "texts": len(texts),
        "tokens": tokens,
        "tokenizer_tokens_per_s": round(tokens / best_tok),
        "splitter_tokens_per_s": round(tokens / best_split),
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1])
