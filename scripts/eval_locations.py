"""Measure event locations against a gold file (shared/gold format, `location`: ISO3).

usage: PYTHONPATH=src python scripts/eval_locations.py GOLD.jsonl [--verbose] [--gold-events]

Runs the whole pipeline (`Pipeline.code_text`, i.e. NLP, actors, coder, enrich) on each gold
sentence, pairs predicted with gold events (same type and source country, either order for
symmetric ones) and compares the location's country. Prints one JSON line of figures:
- gold_located: matched gold events that have a gold location;
- right: of those, predicted with that country; wrong: with another; none: without a location;
- extra: matched gold events without a gold location that we located anyway (the gold set marks
  locations only where the sentence states one, so these are often, not always, wrong);
- accuracy = right / gold_located.
With --gold-events the coder is left out: each gold event (type, actors; no trigger offsets)
is placed by `enrich` alone on the analysed sentence, which measures the place rules apart from
the coder's recall.
"""

from __future__ import annotations

import json
import sys
from datetime import date


def country(code):
    if not code:
        return None
    code = str(code).upper()
    return code.split("/")[0]


def gold_placed(pipe, g, d):
    """The gold events as EventMentions, enriched on the analysed sentence."""
    from lagebild.enrich import enrich
    from lagebild.models import ActorSlot, Document, EventMention

    doc = Document(source="gold", format="text", text=g["text"], date=d, language="de")
    doc.finalize_ids()
    docs = pipe.analyzer.analyze(doc)
    for ge in g["events"]:
        doc.events.append(
            EventMention(
                type=ge["type"],
                source=ActorSlot(code=ge["source"]) if ge.get("source") else None,
                target=ActorSlot(code=ge["target"]) if ge.get("target") else None,
                symmetric=bool(ge.get("symmetric")),
                sentence_idx=0,
                sentence=g["text"],
            )
        )
    enrich(doc, docs)
    return doc.events


def main() -> None:
    from lagebild.pipeline import Pipeline

    gold_path = sys.argv[1]
    verbose = "--verbose" in sys.argv
    pipe = Pipeline()
    stats = {"sentences": 0, "gold_events": 0, "matched": 0, "gold_located": 0, "right": 0}
    stats.update({"wrong": 0, "none": 0, "extra": 0})
    for line in open(gold_path, encoding="utf-8"):
        if not line.strip():
            continue
        g = json.loads(line)
        stats["sentences"] += 1
        d = date.fromisoformat(g["date"]) if g.get("date") else None
        if "--gold-events" in sys.argv:
            preds = gold_placed(pipe, g, d)
        else:
            doc = pipe.code_text(g["text"], date=d, lang=g.get("lang", "de"))
            preds = list(doc.events)
        used: set[int] = set()
        for ge in g["events"]:
            stats["gold_events"] += 1
            hit = None
            for i, p in enumerate(preds):
                if i in used or p.type != ge["type"]:
                    continue
                ps = country(p.source.code if p.source else None)
                pt = country(p.target.code if p.target else None)
                gs = country(ge.get("source"))
                if gs in (None, ps) or (ge.get("symmetric") and gs in (None, pt)):
                    hit = i
                    break
            if hit is None:
                continue
            used.add(hit)
            stats["matched"] += 1
            loc = preds[hit].location
            got = loc.country if loc else None
            want = ge.get("location")
            if want:
                stats["gold_located"] += 1
                key = "right" if got == want else ("none" if got is None else "wrong")
                stats[key] += 1
                if verbose and key != "right":
                    print(f"{key.upper():5} {g['id']}: want {want} got {got} ({loc and loc.name})")
            elif got:
                stats["extra"] += 1
                if verbose:
                    print(f"EXTRA {g['id']}: {ge['type']} got {got} ({loc.name})")
    n = stats["gold_located"]
    stats["accuracy"] = round(stats["right"] / n, 3) if n else None
    print(json.dumps(stats))


if __name__ == "__main__":
    main()
