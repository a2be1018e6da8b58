"""Train the entity tagger of the default German pipeline.

    PYTHONPATH=src python scripts/train_ner.py [configs/ner_de.yaml]

Training data: GermEval 2014 test and SmartData v1 train (../shared/data). Held out for
evaluation: GermEval 2014 dev (`lagebild eval ner .../NER-de-dev.tsv`) and SmartData test.
Features: word shape and affixes, neighbouring words, the pipeline's STTS tags, gazetteer
matches, country adjectives and title/role cues (lagebild.nlp.ner.token_extras). Seeded."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlp_corpora import conll_zip, shared_dir, smartdata  # noqa: E402

from lagebild.evaluation.ner import read_ner  # noqa: E402
from lagebild.nlp.ner import ner_features, token_extras  # noqa: E402
from lagebild.nlp.perceptron import Perceptron  # noqa: E402

SMARTDATA_MAP = {
    "person": "PER",
    "location": "LOC",
    "location-city": "LOC",
    "organization": "ORG",
    "organization-company": "ORG",
}


def mobie_label(tag: str) -> str:
    if tag == "O":
        return "O"
    prefix, label = tag[:2], tag[2:].lower()
    if label in SMARTDATA_MAP:
        return prefix + SMARTDATA_MAP[label]
    return "O"


def europeana(path: Path, with_doc: bool = False):
    """token TAG lines without sentence breaks: cut at sentence-final punctuation. The sbb
    file marks its newspaper pages with "# file:" lines (the document number with
    `with_doc`)."""
    words, tags = [], []
    doc = 0
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("# "):
            if line.startswith("# file:"):
                if words:
                    yield (words, tags, doc) if with_doc else (words, tags)
                    words, tags = [], []
                doc += 1
            continue
        cols = line.split()
        if len(cols) < 2:
            continue
        w, t = cols[0], cols[-1].upper()
        if t.startswith("B-") or t.startswith("I-"):
            t = t[:2] + t[2:][:3]
            if t[2:] not in ("PER", "LOC", "ORG"):
                t = "O"
        else:
            t = "O"
        words.append(w)
        tags.append(t)
        if w in (".", "!", "?") and len(words) > 3:
            yield (words, tags, doc) if with_doc else (words, tags)
            words, tags = [], []
    if words:
        yield (words, tags, doc) if with_doc else (words, tags)


def germeval_label(tag: str) -> str:
    if tag == "O":
        return "O"
    prefix, label = tag[:2], tag[2:]
    if label.endswith("part"):
        return "O"
    if label.endswith("deriv") or label.startswith("OTH"):
        return prefix + "MISC"
    return prefix + label[:3]


def smartdata_sentences(path: str, with_doc: bool = False):
    import spacy

    from lagebild.nlp.sentences import split_sentences

    tok = spacy.blank("de")
    for di, d in enumerate(smartdata(path)):
        text = (d.get("text") or {}).get("string") or ""
        ents = []
        for m in (d.get("conceptMentions") or {}).get("array") or []:
            label = SMARTDATA_MAP.get(m.get("type"))
            if label:
                ents.append((m["span"]["start"], m["span"]["end"], label))
        doc = split_sentences(tok.make_doc(text))
        for s in doc.sents:
            toks = [t for t in s if not t.is_space]
            if not toks:
                continue
            tags = ["O"] * len(toks)
            for a, b, label in ents:
                inside = [j for j, t in enumerate(toks) if t.idx >= a and t.idx + len(t.text) <= b]
                if inside and toks[inside[0]].idx == a:
                    tags[inside[0]] = "B-" + label
                    for j in inside[1:]:
                        tags[j] = "I-" + label
            if with_doc:
                yield [t.text for t in toks], tags, di
            else:
                yield [t.text for t in toks], tags


def load_data(cfg: dict, root: Path) -> list[tuple[list[str], list[str], str, bool]]:
    """(words, IOB labels, corpus, in the last 20 % of its corpus) for every training
    sentence; the last-20 % flag (contiguous: last GermEval sentences, last SmartData
    documents) is the development split of --holdout."""
    data = []
    ge = list(read_ner(root / cfg["corpora"]["germeval_test"]))
    for k, (w, tags) in enumerate(ge):
        data.append((w, [germeval_label(t) for t in tags], "germeval", k >= 0.8 * len(ge)))
    sd = list(smartdata_sentences(cfg["corpora"]["smartdata_train"], with_doc=True))
    ndocs = max(d for _, _, d in sd) + 1
    for w, tags, d in sd:
        data.append((w, tags, "smartdata", d >= 0.8 * ndocs, d))
    if cfg["corpora"].get("mobie_train"):
        mb = list(conll_zip(cfg["corpora"]["mobie_train"]))
        for k, (w, tags) in enumerate(mb):
            data.append((w, [mobie_label(t) for t in tags], "mobie", k >= 0.8 * len(mb)))
    # extra training corpora: never part of the development split
    if cfg["corpora"].get("mobie_dev"):
        for w, tags in conll_zip(cfg["corpora"]["mobie_dev"]):
            data.append((w, [mobie_label(t) for t in tags], "mobie_dev", False))
    for spec in cfg["corpora"].get("europeana", []) or []:
        for w, tags in europeana(root / spec):
            data.append((w, tags, "europeana", False))
    return data


def pos_tags(sents: list[list[str]]) -> list[list[str]]:
    """The pipeline's STTS tags for each sentence (memoised in /tmp between runs)."""
    import hashlib
    import pickle
    import tempfile

    from lagebild.nlp.tagger import PerceptronTagger

    model = Path(__file__).resolve().parents[1] / "src/lagebild/models/tagger_de.json.gz"
    key = hashlib.sha1(model.read_bytes())
    for w in sents:
        key.update("\x00".join(w).encode() + b"\x01")
    cache = Path(tempfile.gettempdir()) / f"lagebild-ner-tags-{key.hexdigest()[:16]}.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    tagger = PerceptronTagger()
    out = [[t for t, _ in tagger.tag(w)] for w in sents]
    cache.write_bytes(pickle.dumps(out))
    return out


def training_first_names(data) -> list[str]:
    """First words of person names of two or more words in the training data (seen twice)."""
    from collections import Counter

    from lagebild.nlp.ner import iob_to_spans

    c: Counter = Counter()
    for w, y, *_ in data:
        for a, b, label in iob_to_spans(y):
            if label == "PER" and b - a >= 2 and w[a][:1].isupper() and w[a].isalpha():
                c[w[a]] += 1
    return sorted(x for x, k in c.items() if k >= 2)


def fit(cfg: dict, xy, extras) -> Perceptron:
    p = Perceptron(features=ner_features)
    p.train(xy, epochs=cfg["epochs"], seed=cfg["seed"], extras=extras)
    p.prune(cfg["prune"])
    return p


def fit_crf(cfg: dict, xy, extras, meta: dict, out: Path):
    """A linear-chain CRF (python-crfsuite) over the label-independent features, written to
    `out` (a .crfsuite file) with its meta data next to it (.meta.json)."""
    import json

    import pycrfsuite

    import lagebild.nlp.ner as ner

    params = dict(cfg.get("crf") or {})
    meta = {**meta, "model": "crf", "crf": params}
    meta.pop("epochs", None)
    trainer = pycrfsuite.Trainer(algorithm=params.pop("algorithm", "lbfgs"), verbose=False)
    trainer.set_params(params)
    for (words, y), ex in zip(xy, extras, strict=True):
        trainer.append([ner.ner_static_features(words, i, ex) for i in range(len(words))], y)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    Path(ner.crf_meta_path(out)).write_text(
        json.dumps(meta, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8"
    )
    return ner.load_crf(out)


def train(cfg: dict, data, out: Path):
    """One pass, or with `two_pass: true` a second model over the first pass's labels; the
    first pass's labels on the training data come from two models each trained on the other
    half (alternating blocks of 100 sentences, so both halves hold every corpus), so the
    second pass learns from labels as good as at run time."""
    import lagebild.nlp.ner as ner

    names = training_first_names(data)
    ner.first_names.cache_clear()
    base = ner.first_names()  # loads the shipped model, which sets its own feature flags
    ner.FEATURE_FLAGS.clear()
    ner.FEATURE_FLAGS.update(cfg.get("features") or ())
    ner.first_names = lambda: base | frozenset(names)  # as the saved model will see them
    tags = pos_tags([w for w, *_ in data])
    extras = [token_extras(w, t) for (w, *_), t in zip(data, tags, strict=True)]
    xy = [(w, y) for w, y, *_ in data]
    meta = {
        "trained_on": list(cfg["corpora"]),
        "seed": cfg["seed"],
        "epochs": cfg["epochs"],
        "features": "ner2",
        "first_names": names,
        "feature_flags": sorted(ner.FEATURE_FLAGS),
    }
    if cfg.get("model") == "crf":
        return fit_crf(cfg, xy, extras, meta, out)
    p = fit(cfg, xy, extras)
    if cfg.get("two_pass"):
        parts = [[j for j in range(len(xy)) if (j // 100) % 2 == k] for k in (0, 1)]
        first: list = [None] * len(xy)
        for k, part in enumerate(parts):
            other = parts[1 - k]
            m = fit(cfg, [xy[j] for j in other], [extras[j] for j in other])
            m.fast = ner.FastTagger(m)
            for j in part:
                first[j] = m.fast.tag(xy[j][0], extras[j])
        extras2 = [
            ner.second_pass_extras(w, e, f) for (w, _), e, f in zip(xy, extras, first, strict=True)
        ]
        p2 = fit(cfg, xy, extras2)
        meta["first_pass"] = {"classes": p.classes, "weights": p.weights}
        p2.first = p
        p = p2
    p.meta = meta
    return p


def evaluate_holdout(model: Perceptron, dev, errors: str | None = None) -> None:
    """Score the model (with the whole pipeline: dictionary layer included) on the held-out
    20 % of the training corpora."""
    import tempfile

    import lagebild.nlp.ner as ner
    from lagebild.evaluation.ner import evaluate_ner, spans_from_iob
    from lagebild.evaluation.parse import analyse_tokens
    from lagebild.nlp import load_analyzer

    if isinstance(model, Perceptron):
        model.save(Path(tempfile.gettempdir()) / "lagebild-ner-holdout.json.gz")
        model.fast = ner.FastTagger(model)
        if getattr(model, "first", None) is not None:
            model.first.fast = ner.FastTagger(model.first)
    ner.ner_model = lambda: model
    analyzer = load_analyzer()
    for corpus in sorted({c for _, _, c, *_ in dev}):
        with tempfile.NamedTemporaryFile("w", suffix=".iob", delete=False) as fh:
            doc = None
            for w, y, c, *d in dev:
                if c == corpus:
                    if d[1:] and d[1] != doc:
                        doc = d[1]
                        fh.write("-DOCSTART-\n\n")
                    fh.write("".join(f"{a}\t{b}\n" for a, b in zip(w, y, strict=True)) + "\n")
        for documents in (False, True) if doc is not None else (False,):
            res = evaluate_ner(fh.name, analyzer, documents=documents)
            per = " ".join(f"{t} {v['f1']:.3f}" for t, v in res["per_type"].items())
            print(
                f"holdout {corpus}{' (documents)' if documents else ''}: "
                f"P {res['precision']:.4f} R {res['recall']:.4f} F1 {res['f1']:.4f} | {per}"
            )
    if errors:
        with open(errors, "w", encoding="utf-8") as fh:
            for w, y, c, *_ in dev:
                doc = analyse_tokens(analyzer.nlp, w, [True] * len(w))
                gold = spans_from_iob(y)
                pred = {(e.start, e.end, e.label_) for e in doc.ents}
                if gold != pred:
                    fh.write(f"# {c}: {' '.join(w)}\n")
                    for a, b, lab in sorted(gold - pred):
                        fh.write(f"  FN {lab}\t{' '.join(w[a:b])}\n")
                    for a, b, lab in sorted(pred - gold):
                        fh.write(f"  FP {lab}\t{' '.join(w[a:b])}\n")


def main() -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("config", nargs="?", default="configs/ner_de.yaml")
    ap.add_argument(
        "--holdout",
        action="store_true",
        help="train on the first 80 %% of each corpus, report on the last 20 %% (no model saved)",
    )
    ap.add_argument("--errors", help="with --holdout: write the held-out errors to this file")
    args = ap.parse_args()
    cfg = yaml.safe_load(Path(args.config).read_text())
    data = load_data(cfg, shared_dir())
    if args.holdout:
        dev = [d for d in data if d[3]]
        data = [d for d in data if not d[3]]
    print(f"{len(data)} sentences, {sum(len(d[0]) for d in data)} tokens")
    if args.holdout:
        import tempfile

        out = Path(tempfile.mkdtemp()) / "ner-holdout.crfsuite"
    else:
        out = Path(cfg["crf_output" if cfg.get("model") == "crf" else "output"])
    p = train(cfg, data, out)
    if args.holdout:
        evaluate_holdout(p, dev, args.errors)
        return
    if isinstance(p, Perceptron):
        p.save(out)
        print(f"saved {out} ({out.stat().st_size / 1e6:.1f} MB, {len(p.weights)} features)")
    else:
        print(f"saved {out} ({out.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
