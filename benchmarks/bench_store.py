"""Store write/read throughput on a generated corpus (no NLP): documents with sentences, entity
and event mentions, a share of them republished under other sources.

    PYTHONPATH=src python benchmarks/bench_store.py --docs 2000 [--batch 50]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from lagebild.models import ActorSlot, Document, EntityMention, EventMention, Sentence
from lagebild.store import open_store

ACTORS = ["USA", "USA/MIL", "RUS", "RUS/GOV", "UKR/MIL", "VEN", "VEN/GOV", "CHN", "DEU/GOV", "ISR"]
TYPES = ["ASSAULT", "AGREE", "CONSULT", "ACCUSE", "THREATEN", "SANCTION", "AID", "REQUEST"]
WORDS = (
    "Regierung Armee Angriff Gespräche Vertrag Grenze Hauptstadt Minister Präsident Truppen "
    "Sanktionen Hilfe Forderung Kritik Drohung Einigung Verhandlungen Region Küste Stadt"
).split()


def make(i: int, rng: random.Random, start: date) -> Document:
    day = start + timedelta(days=rng.randrange(60))
    sents = [" ".join(rng.choices(WORDS, k=12)) + "." for _ in range(20)]
    text = " ".join(sents)
    doc = Document(
        source=f"https://site{i % 40}.example/{i}",
        url=f"https://site{i % 40}.example/{i}",
        format="html",
        date=day,
        title=f"Titel {i}",
        text=text,
        language="de",
    ).finalize_ids()
    pos = 0
    for k, s in enumerate(sents):
        doc.sentences.append(Sentence(idx=k, section="body", start=pos, end=pos + len(s), text=s))
        doc.entities.append(
            EntityMention(
                sentence_idx=k, section="body", start=pos, end=pos + 5, text=s[:5], label="ORG"
            )
        )
        pos += len(s) + 1
    for _ in range(5):
        k = rng.randrange(20)
        src, tgt = rng.sample(ACTORS, 2)
        doc.events.append(
            EventMention(
                type=rng.choice(TYPES),
                source=ActorSlot(code=src),
                target=ActorSlot(code=tgt),
                sentence_idx=k,
                sentence=sents[k],
            )
        )
    return doc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--batch", type=int, default=50, help="documents per transaction (1: add)")
    ap.add_argument("--copies", type=float, default=0.2, help="share republished elsewhere")
    ap.add_argument(
        "--db",
        help="an empty store to fill instead of a temporary DuckDB file, e.g. a PostgreSQL URL "
        "(per CPU second then counts this process only, not the server's work)",
    )
    args = ap.parse_args()
    rng = random.Random(7)
    docs = [make(i, rng, date(2025, 9, 1)) for i in range(args.docs)]
    for d in rng.sample(docs, int(args.docs * args.copies)):
        copy = d.model_copy(deep=True)
        copy.source = copy.url = copy.url.replace("site", "mirror")
        docs.append(copy.finalize_ids())
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.duckdb"
        with open_store(path) as store:
            t = time.perf_counter()
            cpu = time.process_time()
            for i in range(0, len(docs), args.batch):
                if args.batch == 1:
                    store.add(docs[i])
                else:
                    store.add_many(docs[i : i + args.batch])
            add = time.perf_counter() - t
            add_cpu = time.process_time() - cpu
            t = time.perf_counter()
            for d in docs[:200]:
                store.add(d)
            again = (time.perf_counter() - t) / min(200, len(docs)) * len(docs)
            t = time.perf_counter()
            n = len(store.events())
            q = time.perf_counter() - t
            stats = store.stats()
            if args.db:  # the tables' size on the server (PostgreSQL)
                found = store.con.execute(
                    "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = current_schema() AND c.relkind = 'r'"
                ).fetchall()[0][0]
                size = float(found) / 1e6
        if not args.db:
            size = path.stat().st_size / 1e6
    print(
        f"{len(docs)} documents ({stats['stories']} stories), {stats['event_mentions']} mentions "
        f"→ {n} events: add (batch {args.batch}) {len(docs) / add:.0f} docs/s "
        f"({len(docs) / add_cpu:.0f} per CPU second), re-add (unchanged) "
        f"{len(docs) / again:.0f} docs/s, events query {q * 1000:.0f} ms, "
        f"{'tables' if args.db else 'file'} {size:.1f} MB"
    )


if __name__ == "__main__":
    main()
