"""Evaluate named entities on IOB2 / CoNLL files (token first column, tag last) or GermEval 2014
TSV (idx, token, outer tag, inner tag; outer level scored). Labels are mapped to PER, LOC, ORG,
MISC (GermEval OTH and the *deriv adjectives are MISC; *part compounds are not scored). The
headline precision/recall/F1 is micro-averaged over PER, LOC and ORG; MISC is reported apart."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc

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
            token, tag = _token_tag(line)
            tokens.append(token)
            tags.append(tag)
    if tokens:
        yield tokens, tags


def _token_tag(line: str) -> tuple[str, str]:
    """Token and tag of one line: GermEval TSV (number, token, outer tag, inner tag) or IOB2
    (token first, tag last)."""
    cols = line.split("\t") if "\t" in line else line.split()
    if len(cols) == 4 and cols[0].isdigit():  # GermEval
        return cols[1], cols[2]
    return cols[0], cols[-1]


def read_ner_documents(path: str | Path) -> Iterator[list[tuple[list[str], list[str]]]]:
    """Sentences grouped into documents: a "-DOCSTART-" line starts a new document. A file
    without such lines is one document per sentence (so sentence and document scores agree)."""
    docs: list[list[tuple[list[str], list[str]]]] = []
    has_docstart = False
    cur: list[tuple[list[str], list[str]]] = []
    tokens: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("-DOCSTART-") or not line.strip() or line.startswith("#"):
                if line.startswith("#"):
                    continue
                if tokens:
                    cur.append((tokens, tags))
                tokens, tags = [], []
                if line.startswith("-DOCSTART-"):
                    has_docstart = True
                    if cur:
                        docs.append(cur)
                    cur = []
                continue
            token, tag = _token_tag(line)
            tokens.append(token)
            tags.append(tag)
    if tokens:
        cur.append((tokens, tags))
    if cur:
        docs.append(cur)
    if not has_docstart:
        return iter([[s] for d in docs for s in d])
    return iter(docs)


def analyse_document(nlp, sentences: list[list[str]]) -> Doc:
    """Run the pipeline on one document given as gold-tokenised sentences (gold sentence
    boundaries), so that document-level steps (entity label consistency) see all of it."""
    words = [w for s in sentences for w in s]
    starts = set()
    k = 0
    for s in sentences:
        starts.add(k)
        k += len(s)
    doc = Doc(nlp.vocab, words=words, spaces=[True] * len(words))
    for i, t in enumerate(doc):
        t.is_sent_start = i in starts
    for name, proc in nlp.pipeline:
        if name in ("lagebild_sentences", "senter", "sentencizer"):
            continue
        doc = proc(doc)
    return doc


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


def _scored_units(path: str | Path, nlp, documents: bool, limit: int | None):
    """(number of sentences, gold spans, predicted spans) per sentence, or per document with
    `documents` (token offsets then count from the document's start)."""
    if not documents:
        n = 0
        for tokens, tags in read_ner(path):
            if limit and n >= limit:
                break
            n += 1
            doc = analyse_tokens(nlp, tokens, [True] * len(tokens))
            yield 1, spans_from_iob(tags), {(e.start, e.end, e.label_) for e in doc.ents}
        return
    n = 0
    for sents in read_ner_documents(path):
        if limit and n >= limit:
            break
        n += len(sents)
        doc = analyse_document(nlp, [w for w, _ in sents])
        gold, k = set(), 0
        for w, tags in sents:
            gold.update((a + k, b + k, lab) for a, b, lab in spans_from_iob(tags))
            k += len(w)
        yield len(sents), gold, {(e.start, e.end, e.label_) for e in doc.ents}


def evaluate_ner(
    path: str | Path, analyzer, limit: int | None = None, documents: bool = False
) -> dict:
    """Scores per type; with `documents` each document of the file (sentences between
    "-DOCSTART-" lines) is analysed as one text (`limit` then counts documents)."""
    nlp = analyzer.nlp
    counts = {t: Counter() for t in (*MAIN_TYPES, "MISC")}
    n = 0
    for k, gold, pred in _scored_units(path, nlp, documents, limit):
        n += k
        pred = {s for s in pred if s[2] in counts}
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
