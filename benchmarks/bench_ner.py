"""Speed of the entity stage alone (CPU time): the dictionary/context features
(`ner.token_extras`) and the shipped model's `tag`, on the first 800 GermEval 2014 dev
sentences with the pipeline's STTS tags.

    PYTHONPATH=src python benchmarks/bench_ner.py
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


def main() -> None:
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
