"""Write held-out NER evaluation files in IOB2 (token TAB tag, blank line between sentences):

    PYTHONPATH=src python scripts/export_ner_eval.py /tmp/nereval
    lagebild eval ner /tmp/nereval/smartdata-test.iob
    lagebild eval ner /tmp/nereval/mobie-test.iob

SmartData v1 test (person, location, location-city, organization, organization-company) and
MobIE test (same mapping), tokenised and split by the pipeline's tokenizer and splitter."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlp_corpora import conll_zip  # noqa: E402
from train_ner import mobie_label, smartdata_sentences  # noqa: E402


def write(path: Path, sents) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for words, tags in sents:
            for w, t in zip(words, tags, strict=True):
                fh.write(f"{w}\t{t}\n")
            fh.write("\n")
    print(path)


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/nereval")
    out.mkdir(parents=True, exist_ok=True)
    write(out / "smartdata-test.iob", smartdata_sentences("data/smartdata_corpus_v1/test.json.gz"))
    write(
        out / "mobie-test.iob",
        (
            (w, [mobie_label(t) for t in tags])
            for w, tags in conll_zip("data/mobie_ner/ner_conll03_formatted.zip#test.conll2003")
        ),
    )
