"""Nominal events that are lost: where the event noun stands and which roles stayed empty.

    PYTHONPATH=src LAGEBILD_SHARED=../shared python benchmarks/noun_losses.py GOLD.jsonl [...]
        [--list] [--json OUT]

For every required gold event (not flagged, not optional) that has no unflagged prediction of
its type in its sentence, and whose sentence holds a noun with a lexicon entry of that type
(`Coder.noun_entries`, noun or light-verb entries), it reports the noun's syntactic position
(subject, object, PP head by preposition, genitive, apposition, ...) and what the noun machinery
did with it:

  consumed   the noun was taken by a verb candidate (light verb, realising verb) that gave no
             plain event of the type
  no-cand    `_noun_cands` was asked and returned nothing (conditions, sector, agent noun,
             required target), or the noun has only light-verb entries whose verb is absent
  no-src / no-tgt / no-both
             a candidate was made but `_events` produced no plain event of the type; the
             roles that were empty on the candidate
  flagged    a candidate made only negated/hypothetical events
  absorbed   the candidate was merged into another one
  dropped:no-src[-no-tgt]
             `_merge` dropped the candidate: no source and no null source allowed

Counting is word-independent: nothing here looks at which noun it is. Sentences of all files are
pooled. The figures are a diagnosis, not a score."""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from lagebild.coding import syntax as sx


def position(n) -> str:
    d = sx.dep(n)
    case = sx.case_of(n)
    if case:
        return f"pp:{case}"
    if d in ("nsubj", "nsubj:pass"):
        return "subject" if d == "nsubj" else "subject-passive"
    if d in ("obj", "dobj"):
        return "object"
    if d == "iobj":
        return "dative"
    if d in ("nmod", "nmod:poss") or sx.morph(n, "Case") == "Gen" and d not in ("ROOT", "root"):
        return "genitive/nmod"
    if d in ("appos", "conj", "flat"):
        return d
    if d in ("ROOT", "root"):
        return "root"
    if d == "compound":
        return "compound"
    return d or "?"


def why_no_cand(coder, n, ents, typ: str) -> str:
    """Why `_noun_cands` made no candidate of the type for this noun."""
    from lagebild.coding.coder import Cand

    nouns = [e for e in ents if e.kind == "noun"]
    if not nouns:
        return "no-cand:light-only"
    themes = coder._theme_lemmas(n)
    ok = [e for e in nouns if coder._conditions(e, n, "noun", themes)]
    if not ok:
        return "no-cand:conditions"
    _, all_ents = coder.noun_entries(n)
    first = next(
        (
            e
            for e in sorted(
                [e for e in all_ents if e.kind == "noun"], key=lambda e: -e.specificity()
            )
            if coder._conditions(e, n, "noun", themes)
        ),
        None,
    )
    if first is not None and first.type != typ:
        return f"no-cand:other-type-first({first.type})"
    actors = coder._cur_actors
    for e in ok:
        c = coder._roles_noun(Cand(e, "noun", n, [n], noun=n), actors)
        if e.agent_noun and not c.sources:
            return "no-cand:agent-noun-no-src"
        if not coder._sector_ok(e, c):
            return "no-cand:sector"
        if e.require_target and not coder._has_other(c):
            return "no-cand:require-target"
    return "no-cand:?"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--list", action="store_true", help="print every lost event")
    ap.add_argument("--json", help="write the per-event records here")
    args = ap.parse_args()

    from lagebild.actors import load_resolver
    from lagebild.coding import load_coder
    from lagebild.evaluation.events import flagged, match, optional, read_jsonl
    from lagebild.models import Document
    from lagebild.nlp import load_analyzer

    coder = load_coder()
    nlp, resolver = load_analyzer("default", "de"), load_resolver()

    # record what the noun machinery does
    log: dict = {}
    orig_noun_cands = coder._noun_cands
    orig_events = coder._events
    orig_merge = coder._merge

    def noun_cands(n, actors):
        out = orig_noun_cands(n, actors)
        log["asked"].add(n.i)
        for c in out:
            log["cands"].append(c)
        return out

    def events(c, *a, **k):
        out = orig_events(c, *a, **k)
        log["made"][id(c)] = (c, out)
        return out

    def merge(cands):
        out = orig_merge(cands)
        kept = {id(c) for c in out}
        log["merged"] |= {id(c) for c in cands if id(c) not in kept}
        log["all"] += list(cands)
        return out

    coder._noun_cands = noun_cands
    coder._events = events
    coder._merge = merge

    gold = []
    for f in args.gold:
        gold += read_jsonl(Path(f))
    by_pos: Counter = Counter()
    by_what: Counter = Counter()
    cross: dict = defaultdict(Counter)
    records = []
    total_lost = 0
    for g in gold:
        log.update(asked=set(), cands=[], made={}, merged=set(), all=[])
        doc = Document(source="g", format="text", text=g["text"])
        doc.finalize_ids()
        docs = nlp.analyze(doc)
        resolver.annotate(doc, docs)
        coder.code(doc, docs)
        preds = [m.gold_dict() for m in doc.events]
        sdoc = next(iter(docs.values()))
        for ge in g.get("events", []):
            if flagged(ge) or optional(ge):
                continue
            if any(match(ge, p) for p in preds if not flagged(p)):
                continue
            if any(p["type"] == ge["type"] for p in preds if not flagged(p)):
                continue  # right type, wrong actors: not this script's question
            total_lost += 1
            nouns = []
            for t in sdoc:
                if t.pos_ not in ("NOUN", "PROPN"):
                    continue
                _, ents = coder.noun_entries(t)
                ents = [e for e in ents if e.type == ge["type"]]
                if ents:
                    nouns.append((t, ents))
            if not nouns:
                by_what["(no noun entry of the type)"] += 1
                continue
            t, ents = nouns[0]
            pos = position(t)
            kinds = {e.kind for e in ents}
            if t.i not in log["asked"]:
                what = "consumed" if "noun" in kinds else "light-only:no-verb"
            else:
                mine = [c for c in log["all"] if c.anchor.i == t.i and c.entry.type == ge["type"]]
                if not mine:
                    what = why_no_cand(coder, t, ents, ge["type"])
                elif any(id(c) in log["merged"] for c in mine) and not any(
                    id(c) in log["made"] for c in mine
                ):
                    c = next(c for c in mine if id(c) in log["merged"])
                    what = (
                        "absorbed"
                        if "absorbed" in c.notes
                        else "dropped:no-src" + ("" if c.targets else "-no-tgt")
                    )
                else:
                    c, out = next(
                        (log["made"][id(c)] for c in mine if id(c) in log["made"]), (mine[0], [])
                    )
                    if out and all(ev.negated or ev.hypothetical for ev in out):
                        what = "flagged"
                    else:
                        s, tg = bool(c.sources), bool(c.targets)
                        what = (
                            "no-both"
                            if not s and not tg
                            else "no-src"
                            if not s
                            else "no-tgt"
                            if not tg
                            else "roles-dropped"
                        )
            by_pos[pos] += 1
            by_what[what] += 1
            cross[pos][what] += 1
            rec = {
                "id": g.get("id"),
                "gold": f"{ge['type']} {ge.get('source')} -> {ge.get('target')}",
                "noun": t.text,
                "position": pos,
                "head": t.head.text,
                "what": what,
                "text": g["text"],
            }
            records.append(rec)
    print(f"{len(gold)} sentences; {total_lost} required gold events with no plain prediction")
    print(f"of their type; {sum(by_pos.values())} of them with a noun entry of the type\n")
    print("by what happened:")
    for k, v in by_what.most_common():
        print(f"  {k:<30} {v}")
    print("\nby the noun's position (what happened):")
    for k, v in by_pos.most_common():
        detail = ", ".join(f"{w} {n}" for w, n in cross[k].most_common())
        print(f"  {k:<18} {v:>3}   {detail}")
    if args.list:
        print()
        for r in sorted(records, key=lambda r: (r["position"], r["what"])):
            print(
                f"  {r['position']:<14} {r['what']:<12} {r['id']}: {r['gold']} "
                f"[{r['noun']} <- {r['head']}] | {r['text'][:110]}"
            )
    if args.json:
        Path(args.json).write_text(
            "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
