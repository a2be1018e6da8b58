"""Corpus-scale check of the event coder on the German sentences in ../shared/data.

    PYTHONPATH=src python benchmarks/coding_corpus.py [--ud N] [--germeval N] [--smartdata N]
        [--sample 50] [--out /tmp/coding_corpus]

Reads UD German-GSD dev+test (`# text =`), GermEval 2014 dev+test (tokens joined), and SmartData
news documents (text field, split into sentences by the analyzer); runs NLP, actors and the coder;
prints the share of sentences with at least one event (plain, and any incl. flagged), the type
distribution, and writes a seeded random sample of coded events for hand review
(OUT/sample.jsonl) plus all events (OUT/events.jsonl). Never copies corpus text into the repo.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import time
from collections import Counter
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("LAGEBILD_SHARED", REPO.parent / "shared")) / "data"


def ud_sentences(limit: int) -> list[tuple[str, str]]:
    out = []
    for name in ("de_gsd-ud-dev.conllu", "de_gsd-ud-test.conllu"):
        for line in (DATA / "ud_german_gsd" / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                out.append(("ud", line[9:].strip()))
    return out[:limit]


def germeval_sentences(limit: int) -> list[tuple[str, str]]:
    out, words = [], []
    for name in ("NER-de-dev.tsv", "NER-de-test.tsv"):
        for line in (DATA / "germeval2014_ner" / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    text = " ".join(words)
                    for p in (" ,", " .", " :", " ;", " !", " ?", " )"):
                        text = text.replace(p, p.strip())
                    out.append(("germeval", text.replace("( ", "(")))
                words = []
                continue
            parts = line.split("\t")
            if len(parts) > 1:
                words.append(parts[1])
    return out[:limit]


def smartdata_docs(limit: int) -> list[tuple[str, str, date | None]]:
    raw = gzip.open(DATA / "smartdata_corpus_v1" / "train.json.gz", "rt", encoding="utf-8").read()
    dec, i, out = json.JSONDecoder(), 0, []
    while i < len(raw) and len(out) < limit:
        while i < len(raw) and raw[i].isspace():
            i += 1
        if i >= len(raw):
            break
        obj, i = dec.raw_decode(raw, i)
        if (obj.get("refids") or {}).get("map", {}).get("source") != "news":
            continue
        text = (obj.get("text") or {}).get("string") or ""
        d = ((obj.get("date") or {}).get("string") or "")[:10]
        out.append(("smartdata", text, date.fromisoformat(d) if d else None))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ud", type=int, default=1776)
    ap.add_argument("--germeval", type=int, default=2000)
    ap.add_argument("--smartdata", type=int, default=300)
    ap.add_argument("--sample", type=int, default=50)
    ap.add_argument("--out", default="/tmp/coding_corpus")
    args = ap.parse_args()

    from lagebild.actors import load_resolver
    from lagebild.coding import load_coder
    from lagebild.models import Document
    from lagebild.nlp import load_analyzer

    nlp, resolver, coder = load_analyzer("default", "de"), load_resolver(), load_coder()
    items = [(c, t, None) for c, t in ud_sentences(args.ud) + germeval_sentences(args.germeval)]
    items += smartdata_docs(args.smartdata)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    per_corpus: dict[str, Counter] = {}
    types, flagged_types = Counter(), Counter()
    events = []
    t0 = time.perf_counter()
    for n, (corpus, text, day) in enumerate(items):
        doc = Document(source=f"{corpus}#{n}", format="text", text=text, date=day)
        doc.finalize_ids()
        docs = nlp.analyze(doc)
        resolver.annotate(doc, docs)
        coder.code(doc, docs)
        c = per_corpus.setdefault(corpus, Counter())
        c["sentences"] += len(doc.sentences)
        plain_sents = {e.sentence_idx for e in doc.events if not (e.negated or e.hypothetical)}
        any_sents = {e.sentence_idx for e in doc.events}
        c["with_event"] += len(plain_sents)
        c["with_any"] += len(any_sents)
        for e in doc.events:
            (flagged_types if (e.negated or e.hypothetical) else types)[e.type] += 1
            events.append({"corpus": corpus, **e.gold_dict(), "sentence": e.sentence})
    dt = time.perf_counter() - t0
    with (out / "events.jsonl").open("w", encoding="utf-8") as fh:
        for e in events:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    plain = [e for e in events if not (e["negated"] or e["hypothetical"])]
    sample = random.Random(20261125).sample(plain, min(args.sample, len(plain)))
    with (out / "sample.jsonl").open("w", encoding="utf-8") as fh:
        for e in sample:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    total = Counter()
    for corpus, c in per_corpus.items():
        total.update(c)
        print(
            f"{corpus:<10} sentences {c['sentences']:>6}  with a plain event {c['with_event']:>5} "
            f"({c['with_event'] / max(1, c['sentences']):.1%})  with any event {c['with_any']:>5} "
            f"({c['with_any'] / max(1, c['sentences']):.1%})"
        )
    print(
        f"{'all':<10} sentences {total['sentences']:>6}  with a plain event {total['with_event']:>5} "
        f"({total['with_event'] / max(1, total['sentences']):.1%})  in {dt:.0f} s"
    )
    print("plain events by type:", dict(types.most_common()))
    print("flagged events by type:", dict(flagged_types.most_common()))
    print(f"sample of {len(sample)} plain events for hand review: {out / 'sample.jsonl'}")


if __name__ == "__main__":
    main()
