"""Error analysis of the tagger and the case rules on a held-out half of UD German-GSD dev.

    PYTHONPATH=src python scripts/train_tagger.py --holdout-half 1 --out /tmp/cv1.json.gz
    PYTHONPATH=src python scripts/cv_tagger.py /tmp/cv1.json.gz --half 1 [--gold-tags] [--show N]

Scores UPOS, lemma and Case on the dev sentences with index % 2 == half (which the model given
was not trained on), prints a UPOS confusion table and the commonest Case errors with their
words. `--gold-tags` feeds the gold STTS tags and lemmas instead of the tagger's, which separates
tagger errors from case-rule errors. Never point this at GSD test (the held-out report set)."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from nlp_corpora import shared_dir  # noqa: E402
from train_tagger import gold_gsd  # noqa: E402

from lagebild.evaluation.parse import analyse_tokens, read_conllu  # noqa: E402
from lagebild.nlp import pipeline  # noqa: E402
from lagebild.nlp.tagger import PerceptronTagger  # noqa: E402


class GoldTagger:
    name = "gold"

    def __init__(self, table: dict) -> None:
        self.table = table

    def tag(self, words: list[str]) -> list[tuple[str, str]]:
        return self.table[tuple(words)]


def _gold_cop(gs, wi: int) -> str:
    """The lemma of the gold copula of word `wi` (the predicate), if it has one."""
    for w in gs.words:
        if w.get("deprel") == "cop" and w.get("head") == wi + 1:
            return w["lemma"]
    return ""


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("--half", type=int, choices=(0, 1), required=True)
    ap.add_argument("--gold-tags", action="store_true")
    ap.add_argument("--show", type=int, default=25)
    ap.add_argument("--file", default="data/ud_german_gsd/de_gsd-ud-dev.conllu")
    ap.add_argument("--dump", default=None, help="write per-word rows (jsonl) here")
    args = ap.parse_args(argv)
    path = shared_dir() / args.file
    sents = [s for i, s in enumerate(read_conllu(path)) if i % 2 == args.half]
    if args.gold_tags:
        gold = [g for i, g in enumerate(gold_gsd(path)) if i % 2 == args.half]
        tagger = GoldTagger({tuple(w): list(zip(t, lm, strict=True)) for w, t, lm, _ in gold})
    else:
        tagger = PerceptronTagger(args.model)
    pipeline.get_tagger = lambda name="perceptron": tagger  # type: ignore[assignment]
    nlp = pipeline.build_default_nlp.__wrapped__("perceptron")
    c = Counter()
    conf = Counter()
    conf_words: dict = defaultdict(Counter)
    case_err = Counter()
    case_words: dict = defaultdict(Counter)
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for gs in sents:
        doc = analyse_tokens(nlp, gs.tokens, gs.spaces)
        for wi, w in enumerate(gs.words):
            if not gs.first_of_token[wi]:
                continue
            t = doc[gs.word_token[wi]]
            c["words"] += 1
            c["upos"] += t.pos_ == w["upos"]
            c["lemma"] += t.lemma_ == w["lemma"]
            if t.pos_ != w["upos"]:
                conf[(w["upos"], t.pos_)] += 1
                conf_words[(w["upos"], t.pos_)][f"{w['form']}/{w['xpos']}>{t.tag_}"] += 1
            gcase = w["feats"].get("Case")
            pcase = t.morph.get("Case")
            pcase = pcase[0] if pcase else "-"
            if gcase:
                c["case_n"] += 1
                c["case"] += pcase == gcase
                if pcase != gcase:
                    key = (gcase, pcase, w["upos"], t.dep_)
                    case_err[key] += 1
                    case_words[key][w["form"]] += 1
            if dump:
                row = {
                    "s": " ".join(gs.tokens),
                    "i": gs.word_token[wi],
                    "form": w["form"],
                    "gupos": w["upos"],
                    "pupos": t.pos_,
                    "gx": w["xpos"],
                    "px": t.tag_,
                    "gcase": gcase,
                    "pcase": pcase,
                    "dep": t.dep_,
                    "glemma": w["lemma"],
                    "gdep": w["deprel"],
                    "plemma": t.lemma_,
                    "head": t.head.i,
                    "hlemma": t.head.lemma_,
                    "gcop": _gold_cop(gs, wi),
                    "ent": t.ent_type_,
                    "iob": t.ent_iob_,
                }
                dump.write(json.dumps(row, ensure_ascii=False) + "\n")
    n = max(c["words"], 1)
    print(
        f"half {args.half} ({len(sents)} sent., {c['words']} words): UPOS {c['upos'] / n:.4f} "
        f"lemma {c['lemma'] / n:.4f} Case {c['case'] / max(c['case_n'], 1):.4f} ({c['case_n']})"
    )
    print("\nUPOS confusions (gold -> predicted):")
    for k, v in conf.most_common(args.show):
        print(f"  {k[0]:>6} -> {k[1]:<6} {v:4d}  {conf_words[k].most_common(6)}")
    print("\nCase errors (gold, predicted, gold UPOS, our dep):")
    for k, v in case_err.most_common(args.show):
        print(f"  {k} {v:4d}  {case_words[k].most_common(6)}")


if __name__ == "__main__":
    main()
