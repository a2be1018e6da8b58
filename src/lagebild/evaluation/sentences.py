"""Sentence-boundary evaluation on running text: `lagebild eval sentences FILE`.

Input, either
- JSON Lines, one document a line: `{"text": "...", "sentences": ["...", ...]}` (optional "id");
  the sentences are substrings of the text, in order;
- CoNLL-U: documents from `# newdoc` markers, paragraphs from `# newpar` (joined with a blank
  line), sentences of a paragraph joined with one space; the sentence text is `# text = `
  (else the tokens with their SpaceAfter). A file without `# newdoc` is cut into documents of
  `chunk` sentences (the `lagebild eval parse` convention: sentences joined with a space).

Scored: the character offset where each sentence after the first of its document begins (the
document start is given, so it is not counted). Predicted sentences are reduced to their first
non-space character the same way.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class GoldDocument:
    text: str
    starts: list[int]  # character offset of every sentence start (the first included)
    id: str = ""
    meta: dict = field(default_factory=dict)


class FormatError(ValueError):
    pass


def read_jsonl(path: str | Path) -> Iterator[GoldDocument]:
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                text, sents = obj["text"], obj["sentences"]
            except (ValueError, KeyError, TypeError) as exc:
                raise FormatError(
                    f"{path}:{n}: not a {{text, sentences}} JSON line ({exc})"
                ) from exc
            starts, pos = [], 0
            for s in sents:
                s = s.strip()
                if not s:
                    continue
                k = text.find(s, pos)
                if k < 0:
                    raise FormatError(f"{path}:{n}: sentence not found in order: {s[:60]!r}")
                starts.append(k)
                pos = k + len(s)
            meta = {k: v for k, v in obj.items() if k not in ("text", "sentences", "id")}
            yield GoldDocument(text, starts, str(obj.get("id", n)), meta)


def _conllu_sentences(path: str | Path) -> Iterator[tuple[bool, bool, str, str]]:
    """(new document, new paragraph, doc id, sentence text) per sentence."""
    newdoc = newpar = False
    doc_id, text = "", None
    toks: list[tuple[str, bool]] = []
    skip_to = 0
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("#"):
                if line.startswith("# newdoc"):
                    newdoc, newpar = True, True
                    doc_id = line.partition("=")[2].strip()
                elif line.startswith("# newpar"):
                    newpar = True
                elif line.startswith("# text = "):
                    text = line[9:]
                continue
            if not line.strip():
                if toks or text:
                    if text is None:
                        text = "".join(f + (" " if sp else "") for f, sp in toks).strip()
                    yield newdoc, newpar, doc_id, text
                newdoc = newpar = False
                text, toks, skip_to = None, [], 0
                continue
            c = line.split("\t")
            if len(c) < 10 or "." in c[0]:
                continue
            if "-" in c[0]:
                skip_to = int(c[0].split("-")[1])
                toks.append((c[1], "SpaceAfter=No" not in c[9]))
            elif int(c[0]) > skip_to:
                toks.append((c[1], "SpaceAfter=No" not in c[9]))
    if toks or text:
        if text is None:
            text = "".join(f + (" " if sp else "") for f, sp in toks).strip()
        yield newdoc, newpar, doc_id, text


def read_conllu_documents(path: str | Path, chunk: int = 20) -> Iterator[GoldDocument]:
    items = list(_conllu_sentences(path))
    if not items:
        return
    marked = any(nd for nd, _, _, _ in items)
    groups: list[list[tuple[bool, bool, str, str]]] = []
    for k, item in enumerate(items):
        if not groups or (item[0] if marked else k % chunk == 0):
            groups.append([])
        groups[-1].append(item)
    for g, group in enumerate(groups):
        text, starts = "", []
        for j, (_, newpar, _, sent) in enumerate(group):
            if not sent:
                continue
            if text:
                text += "\n\n" if (marked and newpar and j > 0) else " "
            starts.append(len(text))
            text += sent
        yield GoldDocument(text, starts, group[0][2] or f"{Path(path).stem}#{g + 1}")


def read_documents(path: str | Path, chunk: int = 20) -> list[GoldDocument]:
    p = Path(path)
    head = p.read_text(encoding="utf-8")[:2000].lstrip()
    if p.suffix in (".jsonl", ".json") or head.startswith("{"):
        return list(read_jsonl(p))
    return list(read_conllu_documents(p, chunk))


# --- splitters: text -> list of sentence start offsets --------------------------------------


def lagebild_splitter(backend: str = "default") -> Callable[[str], list[int]]:
    """The analyzer's tokenizer and its sentence component, nothing else."""
    from lagebild.nlp import load_analyzer

    nlp = load_analyzer(backend).nlp
    keep = [n for n in nlp.pipe_names if n in ("lagebild_sentences", "senter", "sentencizer")]
    if not keep and "parser" in nlp.pipe_names:
        keep = ["parser"]
    names = [n for n in nlp.pipe_names if n not in keep]

    def split(text: str) -> list[int]:
        with nlp.select_pipes(disable=names):
            doc = nlp(text)
        return _doc_starts(doc)

    return split


def _doc_starts(doc) -> list[int]:
    out = []
    for s in doc.sents:
        for t in s:
            if not t.is_space and t.text.strip():
                out.append(t.idx + (len(t.text) - len(t.text.lstrip())))
                break
    return out


def spacy_sentencizer() -> Callable[[str], list[int]]:
    """spaCy's rule-based `sentencizer` on spaCy's German tokenizer (for comparison)."""
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")

    def split(text: str) -> list[int]:
        return _doc_starts(nlp(text))

    return split


def pysbd_splitter() -> Callable[[str], list[int]]:
    """pySBD's German rules (MIT; for comparison, optional)."""
    import pysbd

    seg = pysbd.Segmenter(language="de", clean=False, char_span=True)

    def split(text: str) -> list[int]:
        out = []
        for span in seg.segment(text):
            lead = len(span.sent) - len(span.sent.lstrip())
            if span.sent.strip():
                out.append(span.start + lead)
        return out

    return split


SPLITTERS = {
    "lagebild": lagebild_splitter,
    "sentencizer": spacy_sentencizer,
    "pysbd": pysbd_splitter,
}


def get_splitter(name: str, backend: str = "default") -> Callable[[str], list[int]]:
    if name == "lagebild":
        return lagebild_splitter(backend)
    if name not in SPLITTERS:
        raise ValueError(f"unknown splitter {name!r} (one of {', '.join(SPLITTERS)})")
    return SPLITTERS[name]()


# --- scoring ---------------------------------------------------------------------------------


def _internal(starts: Iterable[int], text: str) -> set[int]:
    first = len(text) - len(text.lstrip())
    return {s for s in starts if s > first}


def evaluate_sentences(
    docs: list[GoldDocument], split: Callable[[str], list[int]], errors: int = 0
) -> dict:
    """Precision, recall, F1 of the internal sentence boundaries; `errors` > 0 keeps that many
    misses and false splits (with context) under "examples"."""
    tp = fp = fn = 0
    examples: list[dict] = []
    chars = 0
    t0 = time.perf_counter()
    n_sents = 0
    for d in docs:
        gold = _internal(d.starts, d.text)
        pred = _internal(split(d.text), d.text)
        n_sents += len(d.starts)
        chars += len(d.text)
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        if errors and len(examples) < errors:
            for kind, offs in (("missed", gold - pred), ("false", pred - gold)):
                for o in sorted(offs):
                    ctx = d.text[max(0, o - 60) : o] + " ‖ " + d.text[o : o + 40]
                    examples.append({"doc": d.id, "kind": kind, "offset": o, "context": ctx})
    secs = time.perf_counter() - t0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "documents": len(docs),
        "sentences": n_sents,
        "boundaries": tp + fn,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "chars_per_second": round(chars / secs) if secs else None,
        "examples": examples[:errors] if errors else [],
    }
