"""Confusion tables of the parser on a CoNLL-U file (develop on GSD dev only).

For the relations the event coder reads (nsubj, nsubj:pass, obj, iobj, obl:agent) it prints gold
label against predicted label (and whether the predicted head is right), a rough grouping of the
errors by cause, and gold against predicted Case for NOUN/PROPN/PRON; with --examples N it
prints N sentences per cause with the wrong arcs marked.

    PYTHONPATH=src python scripts/parse_errors.py ../shared/data/ud_german_gsd/de_gsd-ud-dev.conllu
    PYTHONPATH=src python scripts/parse_errors.py FILE --gold-tags --examples 5 --cause swap

Causes (a heuristic, first that applies): `tagger` (gold UPOS of the word or of its gold head
differs from the prediction), `swap` (subject read as object or the other way round, same head),
`head` (right label, wrong head: clause segmentation or the wrong verb), `chunk` (the word was
taken into another phrase: nmod, appos, conj, flat, amod, compound, det, ...), `coord` (gold head
or prediction is a coordination), `obl` (a PP/adverbial reading: obl, advmod, nmod), `other`.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict

from lagebild.evaluation.parse import parse_records
from lagebild.nlp import load_analyzer

ROLES = ("nsubj", "nsubj:pass", "obj", "iobj", "obl:agent")
SUBJ = {"nsubj", "nsubj:pass"}
OBJ = {"obj", "iobj", "obl:arg"}
INSIDE = {"nmod", "appos", "flat", "amod", "compound", "det", "nummod", "case", "fixed", "dep"}


def gold_label(w: dict) -> str:
    rel = w["deprel"]
    if rel == "obl:arg" and w["feats"].get("Case") == "Dat":
        return "iobj"
    return rel


def cause(r: dict, recs_by_id: dict, gold_tags: bool) -> str:
    g = gold_label(r["gold"])
    p = r["pdep"]
    t = r["tok"]
    if not gold_tags:
        if t.pos_ != r["gold"]["upos"]:
            return "tagger"
        gh = recs_by_id.get(r["gh"])
        if gh is not None and gh["tok"].pos_ != gh["gold"]["upos"]:
            return "tagger"
    if r["gh"] == r["ph"] and ((g in SUBJ and p in OBJ) or (g in OBJ and p in SUBJ)):
        return "swap"
    if g == p:
        return "head"
    if (g in SUBJ and p in SUBJ) or (g in OBJ and p in OBJ):
        return "label" if r["gh"] == r["ph"] else "head"
    gh = recs_by_id.get(r["gh"])
    if p == "conj" or (gh is not None and gh["gold"]["deprel"] == "conj"):
        return "coord"
    if p in INSIDE:
        return "chunk"
    if p in ("obl", "advmod", "obl:agent", "obl:arg"):
        return "obl"
    if p in SUBJ | OBJ:
        return "label"
    return "other"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("conllu")
    ap.add_argument("--gold-tags", action="store_true")
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--cause", default=None, help="only print examples of this cause")
    ap.add_argument("--role", default=None, help="only print examples of this gold/pred role")
    args = ap.parse_args(argv)

    analyzer = load_analyzer()
    conf: Counter = Counter()
    causes: Counter = Counter()
    cause_role: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    case_conf: Counter = Counter()
    detail: Counter = Counter()
    for gs, doc, recs in parse_records(args.conllu, analyzer, gold_tags=args.gold_tags):
        by_id = {r["id"]: r for r in recs}
        bad = []
        for r in recs:
            w = r["gold"]
            g = gold_label(w)
            p = r["pdep"]
            if w["upos"] in ("NOUN", "PROPN", "PRON") and "Case" in w["feats"]:
                pc = r["tok"].morph.get("Case")
                case_conf[(w["feats"]["Case"], pc[0] if pc else "-")] += 1
            if g not in ROLES and p not in ROLES:
                continue
            ok_head = r["gh"] == r["ph"]
            conf[(g if g in ROLES else "other", p if p in ROLES else "other", ok_head)] += 1
            if g == p and ok_head:
                continue
            role = g if g in ROLES else p
            cz = cause(r, by_id, args.gold_tags) if g in ROLES else "spurious"
            detail[(cz, g if g in ROLES else w["deprel"], p)] += 1
            causes[cz] += 1
            cause_role[(cz, role)] += 1
            bad.append((r, cz))
        for r, cz in bad:
            if args.cause and cz != args.cause:
                continue
            if args.role and args.role not in (gold_label(r["gold"]), r["pdep"]):
                continue
            if len(examples[cz]) >= args.examples:
                continue
            gh = by_id.get(r["gh"])
            ph = by_id.get(r["ph"])
            examples[cz].append(
                f"  {r['gold']['form']}: gold {gold_label(r['gold'])}->"
                f"{gh['gold']['form'] if gh else 'ROOT'} pred {r['pdep']}->"
                f"{ph['gold']['form'] if ph else 'ROOT'}\n    {gs.text}\n    "
                + " ".join(f"{t.text}/{t.tag_}/{t.dep_}>{t.head.i}" for t in doc)
            )
    out = sys.stdout
    out.write("gold \\ pred (head right / head wrong)\n")
    labels = list(ROLES) + ["other"]
    out.write(f"{'':12}" + "".join(f"{x:>14}" for x in labels) + "\n")
    for g in labels:
        row = f"{g:12}"
        for p in labels:
            a, b = conf[(g, p, True)], conf[(g, p, False)]
            row += f"{(f'{a}/{b}' if a or b else '.'):>14}"
        out.write(row + "\n")
    out.write(
        "\nerrors by cause (gold role arcs not found; 'spurious' = predicted role, gold other)\n"
    )
    for cz, n in causes.most_common():
        per = ", ".join(f"{r} {cause_role[(cz, r)]}" for r in ROLES if cause_role[(cz, r)])
        out.write(f"  {cz:10} {n:5}   {per}\n")
    out.write("\nmost frequent (cause, gold, predicted)\n")
    for (cz, g, p), n in detail.most_common(25):
        out.write(f"  {n:4}  {cz:9} {g:12} -> {p}\n")
    out.write("\nCase of NOUN/PROPN/PRON, gold \\ pred\n")
    cases = ["Nom", "Acc", "Dat", "Gen", "-"]
    out.write(f"{'':6}" + "".join(f"{c:>7}" for c in cases) + "\n")
    for g in cases[:4]:
        out.write(f"{g:6}" + "".join(f"{case_conf[(g, p)]:>7}" for p in cases) + "\n")
    total = sum(case_conf.values())
    right = sum(case_conf[(c, c)] for c in cases[:4])
    out.write(f"  accuracy {right / max(total, 1):.4f} ({right}/{total})\n")
    for cz, exs in examples.items():
        out.write(f"\n== {cz}\n" + "\n".join(exs) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
