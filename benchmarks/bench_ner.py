"""Speed of the entity stage alone (CPU time): the dictionary/context features
(`ner.token_extras`) and the shipped model's `tag`, on the first 800 GermEval 2014 dev
sentences with the pipeline's STTS tags.

    PYTHONPATH=src python benchmarks/bench_ner.py
    PYTHONPATH=src python benchmarks/bench_ner.py --components

`--components` times every component of the default pipeline (tokenizer, then each
`nlp.pipeline` step in turn) over the same ~600-word articles built from GermEval 2014 test
sentences (a first pass fills the caches, the second is reported) and prints each one's CPU
seconds and share.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from nlp_corpora import shared_dir  # noqa: E402

from lagebild.evaluation.ner import read_ner  # noqa: E402
from lagebild.nlp import ner  # noqa: E402
from lagebild.nlp.tagger import PerceptronTagger  # noqa: E402


def components(max_tokens: int = 24000) -> None:
    # the articles and the per-stage timer of bench_nlp.py (this folder is on sys.path when a
    # benchmark runs as a script)
    from bench_nlp import articles
    from bench_nlp import components as stage_seconds

    from lagebild.nlp import load_analyzer

    texts = articles(shared_dir(), max_tokens)
    nlp = load_analyzer().nlp
    ntok = sum(len(nlp.make_doc(t)) for t in texts)
    for _ in range(2):  # the second round is reported (caches filled)
        times = stage_seconds(nlp, texts)
    total = sum(times.values())
    for name, t in times.items():
        print(f"{name:20s} {t:7.3f} s  {100 * t / total:5.1f} %  {ntok / t:>10,.0f} tok/s")
    print(f"{'total':20s} {total:7.3f} s  {ntok} tokens, {ntok / total:,.0f} tok/s")


def main() -> None:
    if "--components" in sys.argv:
        components()
        return
    path = shared_dir() / "data/germeval2014_ner/NER-de-dev.tsv"
    sents = [w for w, _ in read_ner(path)][:800]
    tagger = PerceptronTagger()
    tags = [[t for t, _ in tagger.tag(w)] for w in sents]
    model = ner.ner_model()
    ntok = sum(map(len, sents))
    for _ in range(2):  # the second round is reported (caches filled)
        t0 = time.process_time()
        extras = [ner.token_extras(w, t) for w, t in zip(sents, tags, strict=True)]
        t1 = time.process_time()
        for w, e in zip(sents, extras, strict=True):
            (getattr(model, "fast", None) or model).tag(w, e)
        t2 = time.process_time()
    print(
        f"{type(model).__name__}: {ntok} tokens; features {ntok / (t1 - t0):,.0f} tok/s, "
        f"model {ntok / (t2 - t1):,.0f} tok/s (per CPU second)"
    )


if __name__ == "__main__":
    main()
