"""Write sentence-boundary evaluation files (JSON Lines `{"id", "text", "sentences"}`, read by
`lagebild eval sentences`) from the shared corpora into OUTDIR (default /tmp/sentence-eval).
Nothing is written into the repository: the corpus text stays outside it.

    PYTHONPATH=src python scripts/export_sentence_eval.py [OUTDIR]

No corpus here keeps the sentences of a news document in order with their gold boundaries:
UD German-GSD has no `# newdoc`/`# newpar` and its news part (Frankfurter Rundschau, 1990s) is
shuffled; GermEval 2014 samples single sentences (a source URL each, almost never two of one
article); MobIE's sentence breaks come from an automatic splitter (e.g. "100 ." | "Folge"), not a
gold standard; Europeana has no sentence breaks; SmartData has running documents but no sentences.
So the gold sentences are joined into running text, `--per-doc` sentences a "document", with one
space (the hardest setting: a headline without final punctuation can only be found by its words).
The `*-lines.jsonl` variants end every sentence without final punctuation (a headline, a
dateline, a caption) with a line break instead, as an article's layout would:

- `germeval-news-dev.jsonl` (analysed) / `germeval-news-test.jsonl` (held out): GermEval 2014
  sentences whose source is not Wikipedia, detokenised;
- `gsd-news-dev.jsonl` (analysed) / `gsd-news-test.jsonl` (held out): the news part of UD
  German-GSD (dev from sentence 501, test from sentence 302; before that: reviews and web text),
  with the original spacing of `# text`.

Real documents with their layout (title lines, datelines, captions, credits, teasers, page
furniture, hard-wrapped lines) come from SmartData: 30 news documents of its train file
(analysed) and 30 of its test file (held out), sampled at random, with boundaries annotated by
hand (`benchmarks/sentences/smartdata-news.tsv`: offsets only, no text):
`smartdata-news-train.jsonl` / `smartdata-news-test.jsonl`. Conventions of that annotation: every
text line is at least one segment (except a line of punctuation only, "...", "-----", ":", which
belongs to the segment before); a dateline or credit ending in a period ("Berlin.", "dpa Quito.")
and a credit in brackets after a sentence ("(dpa)", "(Bild: ...)") are segments of their own; a
dateline without a period ("BRÜSSEL (dpa-AFX) - Die ...") belongs to its sentence; units a page
puts side by side with several spaces (headline, subheading, dateline) are segments; a colon
ends no sentence.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

# the sentence (1-based, file order) where GSD's news part begins (read off the files)
GSD_NEWS_FROM = {"dev": 501, "test": 302}

NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", ")", "]", "}", "…", "...", "%", "“", "”"}
NO_SPACE_AFTER = {"(", "[", "{", "„"}
# quotes whose direction the token does not tell: the first in a sentence opens, the next closes
# (straight quotes; guillemets, which the sources use both as »…« and «…»); a quote as the last
# token closes, as the first token opens
PAIRED = {'"': '"', "'": "'", "«": "«»", "»": "«»"}


def shared_dir() -> Path:
    return Path(os.environ.get("LAGEBILD_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def detokenize(tokens: list[str]) -> str:
    """Running text from tokens: punctuation attached, quotes paired."""
    out = ""
    glue_next = False
    is_open: dict[str, bool] = {}
    for k, t in enumerate(tokens):
        space = bool(out) and not glue_next
        if t in NO_SPACE_BEFORE:
            space = False
        glue = t in NO_SPACE_AFTER
        if t in PAIRED:
            fam = PAIRED[t]
            opening = not is_open.get(fam, False)
            if k == len(tokens) - 1 and k > 0:
                opening = False
            elif k == 0:
                opening = True
            is_open[fam] = opening
            if opening:
                glue = True
            else:
                space = False
        out += (" " if space else "") + t
        glue_next = glue
    return out


def read_germeval(path: Path) -> list[tuple[str, str]]:
    """(source, sentence text) per sentence."""
    sents: list[tuple[str, list[str]]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                sents.append((line.split("\t")[1] if "\t" in line else "", []))
            elif line.strip() and sents:
                sents[-1][1].append(line.split("\t")[1])
    return [(src, detokenize(toks)) for src, toks in sents if toks]


def read_gsd_texts(path: Path) -> list[str]:
    return [
        line[9:].rstrip("\n")
        for line in open(path, encoding="utf-8")
        if line.startswith("# text = ")
    ]


FINAL_CHARS = ".!?…:;"
CLOSERS = "\"'“”»«)’]`"


def documents(name: str, sents: list[str], per_doc: int, lines: bool = False) -> list[dict]:
    out = []
    for k in range(0, len(sents), per_doc):
        group = [s.strip() for s in sents[k : k + per_doc] if s.strip()]
        text = ""
        for s in group:
            if text:
                text += "\n" if lines and text.rstrip(CLOSERS)[-1:] not in FINAL_CHARS else " "
            text += s
        out.append({"id": f"{name}-{k // per_doc + 1}", "text": text, "sentences": group})
    return out


GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "sentences" / "smartdata-news.tsv"


def read_smartdata(path: Path) -> dict[str, str]:
    """id -> text of the SmartData v1 documents (concatenated JSON objects in a gzip file)."""
    import gzip

    raw = gzip.open(path, "rt", encoding="utf-8").read()
    dec, i, out = json.JSONDecoder(), 0, {}
    while True:
        while i < len(raw) and raw[i].isspace():
            i += 1
        if i >= len(raw):
            return out
        doc, i = dec.raw_decode(raw, i)
        out[doc["id"]] = doc["text"]["string"]


def smartdata_documents(split: str, data: Path) -> list[dict]:
    texts = read_smartdata(data / "smartdata_corpus_v1" / f"{split}.json.gz")
    out = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        part, doc_id, offsets = line.split("\t")
        if part != split:
            continue
        text = texts[doc_id]
        cuts = [len(text) - len(text.lstrip())] + [int(o) for o in offsets.split()] + [len(text)]
        sents = [text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False)]
        out.append({"id": doc_id, "text": text, "sentences": [s for s in sents if s]})
    return out


def write(path: Path, docs: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["sentences"]) for d in docs)
    print(f"{path}: {len(docs)} documents, {n} sentences")


def main(argv: list[str]) -> int:
    per_doc = 10
    if "--per-doc" in argv:
        i = argv.index("--per-doc")
        per_doc = int(argv[i + 1])
        del argv[i : i + 2]
    out = Path(argv[0] if argv else "/tmp/sentence-eval")
    out.mkdir(parents=True, exist_ok=True)
    data = shared_dir() / "data"
    for split in ("dev", "test"):
        ge = read_germeval(data / "germeval2014_ner" / f"NER-de-{split}.tsv")
        news = [text for src, text in ge if "wikipedia.org" not in src]
        write(out / f"germeval-news-{split}.jsonl", documents(f"germeval-{split}", news, per_doc))
        gsd = read_gsd_texts(data / "ud_german_gsd" / f"de_gsd-ud-{split}.conllu")
        news = gsd[GSD_NEWS_FROM[split] - 1 :]
        write(out / f"gsd-news-{split}.jsonl", documents(f"gsd-{split}", news, per_doc))
        lined = documents(f"gsd-{split}", news, per_doc, lines=True)
        write(out / f"gsd-news-{split}-lines.jsonl", lined)
    for split in ("train", "test"):
        write(out / f"smartdata-news-{split}.jsonl", smartdata_documents(split, data))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
