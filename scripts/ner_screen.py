"""Screen entity-tagger variants on the development split of the training corpora (the last
20 % of each, as `train_ner.py --holdout`), scoring the CRF's own output (no dictionary layer
after the model, no document consistency), so that many variants can be compared quickly. The
held-out evaluation sets (GermEval dev, SmartData test, MobIE test) are never read.

    PYTHONPATH=src python scripts/ner_screen.py configs/ner_de.yaml \
        --variant base '{}' --variant c1=0.05 '{"crf": {"c1": 0.05}}' ...

A variant is a JSON object merged into the config: `crf` (parameters), `repeat` (corpus ->
how often its training sentences are added), `extra_corpora` (`mobie_dev`, `europeana`),
`features` (feature flags of `lagebild.nlp.ner.FEATURE_FLAGS`). Prints P/R/F1 (PER/LOC/ORG
micro) and per-type F1 for each corpus's development part; each variant trains a model
(minutes), one after the other."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlp_corpora import shared_dir  # noqa: E402
from train_ner import load_data, pos_tags, training_first_names  # noqa: E402

import lagebild.nlp.ner as ner  # noqa: E402

MAIN = ("PER", "LOC", "ORG")
_BASE_FIRST_NAMES = ner.first_names


def score(gold_pred) -> dict:
    tp = {t: 0 for t in MAIN}
    ng = dict(tp)
    np_ = dict(tp)
    for gold, pred in gold_pred:
        g = {s for s in ner.iob_to_spans(gold) if s[2] in MAIN}
        p = {s for s in ner.iob_to_spans(pred) if s[2] in MAIN}
        for s in g:
            ng[s[2]] += 1
        for s in p:
            np_[s[2]] += 1
        for s in g & p:
            tp[s[2]] += 1

    def prf(a, b, c):
        p = a / b if b else 0.0
        r = a / c if c else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    out = {"all": prf(sum(tp.values()), sum(np_.values()), sum(ng.values()))}
    for t in MAIN:
        out[t] = prf(tp[t], np_[t], ng[t])
    return out


def run_variant(name: str, cfg: dict, data, dev) -> None:
    import pycrfsuite

    names = training_first_names(data)
    base = _BASE_FIRST_NAMES()  # loads the shipped model, which sets its own feature flags
    ner.FEATURE_FLAGS.clear()
    ner.FEATURE_FLAGS.update(cfg.get("features") or ())
    ner.first_names = lambda: base | frozenset(names)
    t0 = time.time()
    tags = pos_tags([w for w, *_ in data])
    dtags = pos_tags([w for w, *_ in dev])
    repeat = cfg.get("repeat") or {}
    params = dict(cfg["crf"])
    trainer = pycrfsuite.Trainer(algorithm=params.pop("algorithm", "lbfgs"), verbose=False)
    trainer.set_params(params)
    for (w, y, corpus, *_), t in zip(data, tags, strict=True):
        ex = ner.token_extras(w, t)
        xs = [ner.ner_static_features(w, i, ex) for i in range(len(w))]
        for _ in range(int(repeat.get(corpus, 1))):
            trainer.append(xs, y)
    out = Path(tempfile.mkdtemp()) / "screen.crfsuite"
    trainer.train(str(out))
    t1 = time.time()
    tagger = pycrfsuite.Tagger()
    tagger.open(str(out))
    by_corpus: dict[str, list] = {}
    for (w, y, corpus, *_), t in zip(dev, dtags, strict=True):
        ex = ner.token_extras(w, t)
        pred = tagger.tag([ner.ner_static_features(w, i, ex) for i in range(len(w))])
        by_corpus.setdefault(corpus, []).append((y, pred))
    size = out.stat().st_size / 1e6
    line = [f"{name:28s}"]
    for corpus in sorted(by_corpus):
        s = score(by_corpus[corpus])
        line.append(
            f"{corpus} {s['all'][2]:.4f} (P {s['all'][0]:.3f} R {s['all'][1]:.3f}; "
            + " ".join(f"{t} {s[t][2]:.3f}" for t in MAIN)
            + ")"
        )
    line.append(f"| {size:.1f} MB, {t1 - t0:.0f}s")
    print(" | ".join(line), flush=True)


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("config")
    ap.add_argument("--variant", nargs=2, action="append", metavar=("NAME", "JSON"), default=[])
    args = ap.parse_args()
    base = yaml.safe_load(Path(args.config).read_text())
    root = shared_dir()
    cache: dict = {}
    for name, spec in args.variant or [("base", "{}")]:
        v = json.loads(spec)
        cfg = {**base, **{k: val for k, val in v.items() if k != "crf"}}
        cfg["crf"] = {**base["crf"], **(v.get("crf") or {})}
        corpora = dict(base["corpora"])
        extra = v.get("extra_corpora") or {}
        corpora.update(extra)
        cfg["corpora"] = corpora
        key = json.dumps(corpora, sort_keys=True)
        if key not in cache:
            alldata = load_data(cfg, root)
            # the development split is always that of the base corpora; extra corpora train only
            cache[key] = (
                [d for d in alldata if not d[3] or d[2] in extra_names(extra)],
                [d for d in alldata if d[3] and d[2] not in extra_names(extra)],
            )
        data, dev = cache[key]
        run_variant(name, cfg, data, dev)


def extra_names(extra: dict) -> set[str]:
    return {"mobie_dev" if k == "mobie_dev" else k for k in extra}


if __name__ == "__main__":
    main()
