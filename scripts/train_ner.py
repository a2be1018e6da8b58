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
from lagebild.nlp.ner import token_extras  # noqa: E402
from lagebild.nlp.perceptron import Perceptron  # noqa: E402
from lagebild.nlp.tagger import PerceptronTagger  # noqa: E402

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


def europeana(path: Path):
    """token TAG lines without sentence breaks: cut at sentence-final punctuation."""
    words, tags = [], []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
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
            yield words, tags
            words, tags = [], []
    if words:
        yield words, tags


def germeval_label(tag: str) -> str:
    if tag == "O":
        return "O"
    prefix, label = tag[:2], tag[2:]
    if label.endswith("part"):
        return "O"
    if label.endswith("deriv") or label.startswith("OTH"):
        return prefix + "MISC"
    return prefix + label[:3]


def smartdata_sentences(path: str):
    import spacy

    from lagebild.nlp.sentences import split_sentences

    tok = spacy.blank("de")
    for d in smartdata(path):
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
            yield [t.text for t in toks], tags


def main() -> None:
    cfg = yaml.safe_load(
        Path(sys.argv[1] if len(sys.argv) > 1 else "configs/ner_de.yaml").read_text()
    )
    root = shared_dir()
    data = [
        (w, [germeval_label(t) for t in tags])
        for w, tags in read_ner(root / cfg["corpora"]["germeval_test"])
    ]
    data += list(smartdata_sentences(cfg["corpora"]["smartdata_train"]))
    if cfg["corpora"].get("mobie_train"):
        data += [
            (w, [mobie_label(t) for t in tags])
            for w, tags in conll_zip(cfg["corpora"]["mobie_train"])
        ]
    for spec in cfg["corpora"].get("europeana", []) or []:
        data += list(europeana(root / spec))
    print(f"{len(data)} sentences, {sum(len(w) for w, _ in data)} tokens")
    tagger = PerceptronTagger()
    extras = [token_extras(w, tagger.model.tag(w)) for w, _ in data]
    p = Perceptron()
    p.train(data, epochs=cfg["epochs"], seed=cfg["seed"], extras=extras)
    p.prune(cfg["prune"])
    p.meta = {"trained_on": list(cfg["corpora"]), "seed": cfg["seed"], "epochs": cfg["epochs"]}
    out = Path(cfg["output"])
    p.save(out)
    print(f"saved {out} ({out.stat().st_size / 1e6:.1f} MB, {len(p.weights)} features)")


if __name__ == "__main__":
    main()
