"""Dump the full German analysis of a fixed text set, to check that a speed change leaves the
output byte-identical.

    PYTHONPATH=src python scripts/check_nlp_identical.py --out /tmp/nlp-before.tsv
    (change code)
    PYTHONPATH=src python scripts/check_nlp_identical.py --out /tmp/nlp-after.tsv \
        --compare /tmp/nlp-before.tsv

Texts: every sentence of UD German-GSD test (its `# text`), the first 200 sentences of
GermEval 2014 dev, and 40 ~600-word articles built from GermEval 2014 test as in
benchmarks/bench_nlp.py (multi-sentence documents: sentence splitting and the document-level
entity consistency). One line per token: doc number, token index, text, whitespace, sentence
start, tag, pos, lemma, morph, dep, head index, ent_iob, ent_type. Reads $LAGEBILD_SHARED or
../shared."""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path


def texts(shared: Path) -> list[str]:
    from lagebild.evaluation.ner import read_ner

    out = []
    gsd = shared / "data/ud_german_gsd/de_gsd-ud-test.conllu"
    for line in gsd.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            out.append(line[len("# text = ") :])
    for k, (tokens, _) in enumerate(read_ner(shared / "data/germeval2014_ner/NER-de-dev.tsv")):
        if k >= 200:
            break
        out.append(" ".join(tokens))
    cur: list[str] = []
    arts = 0
    for tokens, _ in read_ner(shared / "data/germeval2014_ner/NER-de-test.tsv"):
        cur.append(" ".join(tokens))
        if sum(len(x.split()) for x in cur) >= 600:
            out.append(" ".join(cur))
            cur = []
            arts += 1
            if arts >= 40:
                break
    return out


def dump(nlp, items: list[str]):
    for d, text in enumerate(items):
        doc = nlp(text)
        for t in doc:
            yield (
                "\t".join(
                    (
                        str(d),
                        str(t.i),
                        t.text,
                        t.whitespace_,
                        str(t.is_sent_start),
                        t.tag_,
                        t.pos_,
                        t.lemma_,
                        str(t.morph),
                        t.dep_,
                        str(t.head.i),
                        t.ent_iob_,
                        t.ent_type_,
                    )
                )
                + "\n"
            )


def main() -> None:
    ap = argparse.ArgumentParser()
    shared = os.environ.get("LAGEBILD_SHARED", "../shared")
    ap.add_argument("--shared", default=shared)
    ap.add_argument("--out", required=True)
    ap.add_argument("--compare", help="an earlier dump that must be identical")
    args = ap.parse_args()
    from lagebild.nlp import load_analyzer

    nlp = load_analyzer().nlp
    items = texts(Path(args.shared))
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.writelines(dump(nlp, items))
    data = Path(args.out).read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    ntok = data.count(b"\n")
    print(f"{len(items)} texts, {ntok} tokens, sha256 {digest}")
    if args.compare:
        old = Path(args.compare).read_bytes()
        if old == data:
            print("IDENTICAL")
            return
        a, b = old.decode().splitlines(), data.decode().splitlines()
        for k, (x, y) in enumerate(zip(a, b, strict=False)):
            if x != y:
                print(f"first difference at line {k + 1}:\n- {x}\n+ {y}")
                break
        else:
            print(f"lengths differ: {len(a)} vs {len(b)} lines")
        sys.exit(1)


if __name__ == "__main__":
    main()
