"""Mine a verb valency table from the parser's own analyses of unlabelled text (self-training
counts; no text is kept, only counts per verb lemma):

    PYTHONPATH=src python scripts/build_valency.py [--out src/lagebild/data/nlp/valency_de.tsv]

Reads the running text of GermEval 2014 dev+test, SmartData v1 train+test and MobIE
train+dev+test (`$LAGEBILD_SHARED/data`; never UD German-GSD, the parser's evaluation data),
tags it with the default tagger, parses it, and counts for every lexical verb that heads a
clause, where the word forms alone decide the case (the parser's role decision is not trusted
where they do not):

- `n`     active, non-copular clauses headed by the verb
- `acc`   of those, clauses with an object the forms allow only as accusative ("den Mann",
          "ihn", "einen Plan")
- `dat`   clauses with an object the forms allow only as dative ("dem Mann", "ihm", "ihnen")
- `pass`  werden-passive clauses headed by the participle (a verb with a personal passive takes
          an accusative)
- `cl`    clauses with a content clause or zu-infinitive (`ccomp`/`xcomp`)
- `haben`, `sein`  auxiliaries seen with the participle (`sein` counts the parser's
          state passives too: "ist entstanden" and "ist geschlossen" look alike, so a verb is
          taken as a sein verb only where it never shows haben, a passive or an accusative)

Output: a TSV sorted by lemma, `lemma n acc dat pass cl haben sein`, verbs seen at least
`--min` times (`lagebild.nlp.valency` reads it)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlp_corpora import conll_zip, shared_dir, smartdata  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "src" / "lagebild" / "data" / "nlp" / "valency_de.tsv"
FIELDS = ("n", "acc", "dat", "pass", "cl", "haben", "sein")


def sentences():
    from lagebild.evaluation.ner import read_ner

    for name in ("NER-de-dev.tsv", "NER-de-test.tsv"):
        for tokens, _ in read_ner(shared_dir() / "data/germeval2014_ner" / name):
            yield tokens
    for part in ("train", "dev", "test"):
        for tokens, _ in conll_zip(f"data/mobie_ner/ner_conll03_formatted.zip#{part}.conll2003"):
            yield tokens
    import spacy

    from lagebild.nlp.sentences import split_sentences

    tok = spacy.blank("de")
    for part in ("train", "test"):
        for d in smartdata(f"data/smartdata_corpus_v1/{part}.json.gz"):
            text = (d.get("text") or {}).get("string") or ""
            doc = split_sentences(tok.make_doc(text))
            for s in doc.sents:
                words = [t.text for t in s if not t.is_space]
                if words:
                    yield words


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--min", type=int, default=3)
    args = ap.parse_args(argv)

    from lagebild.nlp import parser
    from lagebild.nlp.parser import Tok, parse
    from lagebild.nlp.pipeline import fix_lemmas, get_tagger
    from lagebild.nlp.tagger import STTS_TO_UPOS

    sents = [s for s in sentences() if 3 <= len(s) <= 80]
    tagged = get_tagger("perceptron").tag_many(sents)
    counts: dict[str, Counter] = defaultdict(Counter)
    ntok = 0
    for words, tags in zip(sents, tagged, strict=True):
        ntok += len(words)
        toks = [
            Tok(j, w, stts, STTS_TO_UPOS.get(stts, "X"), lemma)
            for j, (w, (stts, lemma)) in enumerate(zip(words, tags, strict=True))
        ]
        fix_lemmas(toks)
        parser.VALENCY_LOG = []
        try:
            parse(toks)
        finally:
            log, parser.VALENCY_LOG = parser.VALENCY_LOG, None
        kids: dict[int, list[Tok]] = defaultdict(list)
        for t in toks:
            if t.head >= 0:
                kids[t.head].append(t)
        for head, passive, copular, rels in log:
            h = toks[head]
            if not h.tag.startswith("VV") or copular or not h.lemma.isalpha():
                continue
            lemma = h.lemma.lower()
            c = counts[lemma]
            aux = {k.lemma for k in kids[head] if k.dep in ("aux", "aux:pass")}
            if passive:
                if "werden" in aux and h.tag == "VVPP":
                    c["pass"] += 1
                elif "sein" in aux and h.tag == "VVPP":  # read as a state passive
                    c["sein"] += 1
                continue
            c["n"] += 1
            c["acc"] += any(r == "obj" and cs == {"A"} for _, r, cs in rels)
            c["dat"] += any(r == "iobj" and cs == {"D"} for _, r, cs in rels)
            c["cl"] += any(k.dep in ("ccomp", "xcomp") for k in kids[head])
            if h.tag == "VVPP":
                c["haben"] += "haben" in aux
                c["sein"] += "sein" in aux
    rows = sorted((lem, c) for lem, c in counts.items() if c["n"] + c["pass"] >= args.min)
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write("# lemma\t" + "\t".join(FIELDS) + "\n")
        for lem, c in rows:
            fh.write(lem + "\t" + "\t".join(str(c[f]) for f in FIELDS) + "\n")
    print(f"{len(sents)} sentences, {ntok} tokens; {len(rows)} verbs written to {args.out}")


if __name__ == "__main__":
    main()
