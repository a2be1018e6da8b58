"""Evaluate named entities on IOB2 / CoNLL files (token first column, tag last) or GermEval 2014
TSV (idx, token, outer tag, inner tag; outer level scored). Labels are mapped to PER, LOC, ORG,
MISC (GermEval OTH and the *deriv adjectives are MISC; *part compounds are not scored). The
headline precision/recall/F1 is micro-averaged over PER, LOC and ORG; MISC is reported apart."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from lagebild.evaluation.parse import _prf, analyse_tokens

MAIN_TYPES = ("PER", "LOC", "ORG")


def map_label(label: str) -> str | None:
    low = label.lower()
    if low.endswith("part"):
        return None
    if low.endswith("deriv"):
        return "MISC"
    if low.startswith("per"):
        return "PER"
    if low.startswith("loc"):
        return "LOC"
    if low.startswith("org"):
        return "ORG"
    if low.startswith(("oth", "misc")):
        return "MISC"
    return None


def read_ner(path: str | Path) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (tokens, IOB2 tags) per sentence; detects GermEval TSV by its 4 columns with an
    index first."""
    tokens: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("#") or line.startswith("-DOCSTART-"):
                continue
            if not line.strip():
                if tokens:
                    yield tokens, tags
                tokens, tags = [], []
                continue
            cols = line.split("\t") if "\t" in line else line.split()
            if len(cols) >= 4 and cols[0].isdigit() and len(cols) == 4:  # GermEval
                tokens.append(cols[1])
                tags.append(cols[2])
            else:
                tokens.append(cols[0])
                tags.append(cols[-1])
    if tokens:
        yield tokens, tags


def spans_from_iob(tags: list[str]) -> set[tuple[int, int, str]]:
    spans = set()
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != label):
            if start is not None and label is not None:
                mapped = map_label(label)
                if mapped:
                    spans.add((start, i, mapped))
            start, label = (i, tag[2:]) if tag != "O" else (None, None)
    return spans


def evaluate_ner(path: str | Path, analyzer, limit: int | None = None) -> dict:
    nlp = analyzer.nlp
    counts = {t: Counter() for t in (*MAIN_TYPES, "MISC")}
    n = 0
    for tokens, tags in read_ner(path):
        if limit and n >= limit:
            break
        n += 1
        doc = analyse_tokens(nlp, tokens, [True] * len(tokens))
        gold = spans_from_iob(tags)
        pred = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in counts}
        for t in counts:
            g = {s for s in gold if s[2] == t}
            p = {s for s in pred if s[2] == t}
            counts[t]["tp"] += len(g & p)
            counts[t]["fp"] += len(p - g)
            counts[t]["fn"] += len(g - p)
    per_type = {t: _prf(c["tp"], c["fp"], c["fn"]) for t, c in counts.items()}
    tp = sum(counts[t]["tp"] for t in MAIN_TYPES)
    fp = sum(counts[t]["fp"] for t in MAIN_TYPES)
    fn = sum(counts[t]["fn"] for t in MAIN_TYPES)
    overall = _prf(tp, fp, fn)
    return {
        "sentences": n,
        "precision": overall["precision"],
        "recall": overall["recall"],
        "f1": overall["f1"],
        "per_type": per_type,
    }
