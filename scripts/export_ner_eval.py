"""Write held-out NER evaluation files in IOB2 (token TAB tag, blank line between sentences):

    PYTHONPATH=src python scripts/export_ner_eval.py /tmp/nereval
    lagebild eval ner /tmp/nereval/smartdata-test.iob
    lagebild eval ner /tmp/nereval/mobie-test.iob

SmartData v1 test (person, location, location-city, organization, organization-company) and
MobIE test (same mapping), tokenised and split by the pipeline's tokenizer and splitter
(SmartData with "-DOCSTART-" before each document: `lagebild eval ner --documents`), and the
Europeana sbb newspaper pages (OCR, 1880-1940; 14 pages as documents, never trained on): the
only long documents here, used to measure document-level label consistency."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlp_corpora import conll_zip, shared_dir  # noqa: E402
from train_ner import europeana, mobie_label, smartdata_sentences  # noqa: E402


def write(path: Path, sents) -> None:
    """One sentence per block; a "-DOCSTART-" line before each document where the corpus has
    documents (SmartData), read by `lagebild eval ner --documents`."""
    with path.open("w", encoding="utf-8") as fh:
        doc = None
        for words, tags, *d in sents:
            if d and d[0] != doc:
                doc = d[0]
                fh.write("-DOCSTART-\n\n")
            for w, t in zip(words, tags, strict=True):
                fh.write(f"{w}\t{t}\n")
            fh.write("\n")
    print(path)


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/nereval")
    out.mkdir(parents=True, exist_ok=True)
    write(
        out / "smartdata-test.iob",
        smartdata_sentences("data/smartdata_corpus_v1/test.json.gz", with_doc=True),
    )
    write(
        out / "europeana-sbb.iob",
        europeana(shared_dir() / "data/europeana_newspapers_ner_de/enp_DE.sbb.bio", with_doc=True),
    )
    write(
        out / "mobie-test.iob",
        (
            (w, [mobie_label(t) for t in tags])
            for w, tags in conll_zip("data/mobie_ner/ner_conll03_formatted.zip#test.conll2003")
        ),
    )
