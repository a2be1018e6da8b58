"""Corpus-scale check of the event coder on the German corpora in ../shared/data.

Runs the whole pipeline (NLP -> actors -> coding -> enrichment) over every German sentence we can
read from the shared corpora and prints, per corpus: sentences, the share of sentences with at least
one plain event and with at least one flagged (negated/hypothetical) event, events per 100
sentences, the type distribution, the top actors, and the speed (sentences/s for the whole pipeline
and for coding alone, after NLP).

The corpus text is read at run time and never copied into the repository. With `--sample-out`
a seeded random sample of plain events is written (outside the repository!) for review by hand.

    PYTHONPATH=src /work/venv/bin/python scripts/corpus_check.py
    PYTHONPATH=src /work/venv/bin/python scripts/corpus_check.py --limit 500 --corpus germeval
    PYTHONPATH=src /work/venv/bin/python scripts/corpus_check.py \
        --sample 50 --seed 5 --sample-out /tmp/review/sample.jsonl --events-out /tmp/review/all.jsonl

Corpora (folder under --data, default ../shared/data next to the repository):
  germeval   GermEval 2014 NER dev+test (TSV; tokens joined back into sentences; '#' lines give
             the source URL and date)
  ud         UD German-GSD dev+test (CoNLL-U '# text =' lines)
  smartdata  DFKI SmartData v1 train+test, news and RSS documents only (tweets left out); each
             document is coded as a whole, with its date
  mobie      DFKI MobIE dev+test (traffic reports, CoNLL-2003; tokens joined back)
The Europeana newspapers corpus is left out: historical OCR text without sentence breaks.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import re
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path

CORPORA = ("germeval", "ud", "smartdata", "mobie")


@dataclass
class Unit:
    """One piece of text to code: a sentence (GermEval, UD, MobIE) or a document (SmartData)."""

    corpus: str
    uid: str
    text: str
    date: Date | None = None


@dataclass
class Stats:
    units: int = 0
    sentences: int = 0
    with_plain: int = 0
    with_flagged: int = 0
    plain: int = 0
    flagged: int = 0
    errors: int = 0
    types: Counter = field(default_factory=Counter)
    flagged_types: Counter = field(default_factory=Counter)
    actors: Counter = field(default_factory=Counter)
    t_nlp: float = 0.0  # analyzer + actor resolution
    t_code: float = 0.0  # coder
    t_total: float = 0.0  # whole pipeline including enrichment


# ---------------------------------------------------------------- readers

_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?)\]}%]|'s\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{„]) ")


def detokenize(tokens: list[str]) -> str:
    text = " ".join(tokens)
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    text = _NO_SPACE_AFTER.sub(r"\1", text)
    # straight double quotes: glue the opening one to the next token, the closing one to the last
    out, open_q = [], True
    for part in text.split(' " '):
        out.append(part)
    if len(out) > 1:
        text = ""
        for i, part in enumerate(out):
            if i == 0:
                text = part
            elif open_q:
                text += ' "' + part
                open_q = False
            else:
                text += '" ' + part
                open_q = True
    return text


def _date(s: str | None) -> Date | None:
    if not s:
        return None
    m = re.search(r"(\d{4})-(\d{2})-(\d{2})", s)
    if not m:
        return None
    try:
        return Date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def read_germeval(folder: Path) -> Iterator[Unit]:
    for split in ("dev", "test"):
        path = folder / "germeval2014_ner" / f"NER-de-{split}.tsv"
        toks: list[str] = []
        n = 0
        day: Date | None = None
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                line = line.rstrip("\n")
                if line.startswith("#"):
                    day = _date(line)
                    continue
                if not line.strip():
                    if toks:
                        n += 1
                        yield Unit("germeval", f"germeval-{split}-{n}", detokenize(toks), day)
                    toks = []
                    continue
                cols = line.split("\t")
                if len(cols) >= 2:
                    toks.append(cols[1])
        if toks:
            n += 1
            yield Unit("germeval", f"germeval-{split}-{n}", detokenize(toks), day)


def read_ud(folder: Path) -> Iterator[Unit]:
    for split in ("dev", "test"):
        path = folder / "ud_german_gsd" / f"de_gsd-ud-{split}.conllu"
        sid = None
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("# sent_id ="):
                    sid = line.split("=", 1)[1].strip()
                elif line.startswith("# text ="):
                    yield Unit("ud", f"ud-{sid}", line.split("=", 1)[1].strip())


def _smartdata_docs(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = fh.read()
    dec = json.JSONDecoder()
    i = 0
    while i < len(data):
        while i < len(data) and data[i].isspace():
            i += 1
        if i >= len(data):
            break
        obj, i = dec.raw_decode(data, i)
        yield obj


def _avro(value, key="string"):
    """Unwrap Avro-JSON unions ({'string': x}, {'map': {...}})."""
    if isinstance(value, dict) and len(value) == 1 and key in value:
        return value[key]
    return value


def read_smartdata(folder: Path) -> Iterator[Unit]:
    for split in ("train", "test"):
        path = folder / "smartdata_corpus_v1" / f"{split}.json.gz"
        for n, obj in enumerate(_smartdata_docs(path)):
            refids = _avro(obj.get("refids"), "map") or {}
            source = refids.get("source", "")
            if source not in ("news", "rss"):  # tweets and anything unmarked are left out
                continue
            lang = _avro(obj.get("langCode"))
            if lang and lang != "de":
                continue
            text = _avro(obj.get("text")) or ""
            if not text.strip():
                continue
            yield Unit("smartdata", f"smartdata-{split}-{n}", text, _date(_avro(obj.get("date"))))


def read_mobie(folder: Path) -> Iterator[Unit]:
    with zipfile.ZipFile(folder / "mobie_ner" / "ner_conll03_formatted.zip") as zf:
        for split in ("dev", "test"):
            name = next(m for m in zf.namelist() if m.endswith(f"{split}.conll2003"))
            toks: list[str] = []
            n = 0
            for line in io.TextIOWrapper(zf.open(name), encoding="utf-8"):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("-DOCSTART-"):
                    if toks:
                        n += 1
                        yield Unit("mobie", f"mobie-{split}-{n}", detokenize(toks))
                    toks = []
                    continue
                toks.append(line.split()[0])
            if toks:
                n += 1
                yield Unit("mobie", f"mobie-{split}-{n}", detokenize(toks))


READERS = {
    "germeval": read_germeval,
    "ud": read_ud,
    "smartdata": read_smartdata,
    "mobie": read_mobie,
}


def select(units: list[Unit], limit: int | None, rng: random.Random) -> list[Unit]:
    if limit is None or len(units) <= limit:
        return units
    return sorted(rng.sample(units, limit), key=lambda u: u.uid)


# ---------------------------------------------------------------- running


def run_unit(pipe, unit: Unit, stats: Stats) -> list[dict]:
    from lagebild.enrich import enrich
    from lagebild.models import Document

    t0 = time.perf_counter()
    doc = Document(source=unit.uid, format="text", text=unit.text, date=unit.date, language="de")
    doc.finalize_ids()
    docs = pipe.analyzer.analyze(doc)
    pipe.resolver.annotate(doc, docs)
    t1 = time.perf_counter()
    pipe.coder.code(doc, docs)
    t2 = time.perf_counter()
    enrich(doc, docs)
    t3 = time.perf_counter()
    stats.t_nlp += t1 - t0
    stats.t_code += t2 - t1
    stats.t_total += t3 - t0

    stats.units += 1
    stats.sentences += max(1, len(doc.sentences))
    plain_sents, flagged_sents = set(), set()
    out = []
    for i, ev in enumerate(doc.events):
        flagged = ev.negated or ev.hypothetical
        if flagged:
            stats.flagged += 1
            stats.flagged_types[ev.type] += 1
            flagged_sents.add(ev.sentence_idx)
        else:
            stats.plain += 1
            stats.types[ev.type] += 1
            plain_sents.add(ev.sentence_idx)
        for slot in (ev.source, ev.target):
            if slot is not None and not flagged:
                stats.actors[slot.code] += 1
        out.append(
            {
                "corpus": unit.corpus,
                "unit": unit.uid,
                "event": i,
                "plain": not flagged,
                "type": ev.type,
                "cameo": ev.cameo,
                "source": ev.source.code if ev.source else None,
                "source_text": ev.source.text if ev.source else None,
                "target": ev.target.code if ev.target else None,
                "target_text": ev.target.text if ev.target else None,
                "negated": ev.negated,
                "hypothetical": ev.hypothetical,
                "hedged": ev.hedged,
                "reported_by": ev.reported_by.code if ev.reported_by else None,
                "confidence": round(ev.confidence, 3),
                "trigger": ev.evidence.trigger,
                "entry": ev.evidence.entry,
                "rule": ev.evidence.rule,
                "sentence": ev.sentence,
            }
        )
    stats.with_plain += len(plain_sents)
    stats.with_flagged += len(flagged_sents)
    return out


def pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:.1f}%" if b else "-"


def report(name: str, st: Stats, top: int) -> str:
    lines = [f"== {name}"]
    lines.append(
        f"units {st.units}  sentences {st.sentences}  errors {st.errors}  "
        f"sentences with >=1 plain event {st.with_plain} ({pct(st.with_plain, st.sentences)})  "
        f"with >=1 flagged event {st.with_flagged} ({pct(st.with_flagged, st.sentences)})"
    )
    per100 = 100.0 * st.plain / st.sentences if st.sentences else 0.0
    fper100 = 100.0 * st.flagged / st.sentences if st.sentences else 0.0
    lines.append(
        f"plain events {st.plain} ({per100:.2f} per 100 sentences)  "
        f"flagged events {st.flagged} ({fper100:.2f} per 100 sentences)"
    )
    if st.t_total:
        lines.append(
            f"speed: whole pipeline {st.sentences / st.t_total:.1f} sentences/s; "
            f"coding alone (after NLP+actors) {st.sentences / max(st.t_code, 1e-9):.0f} sentences/s "
            f"[nlp+actors {st.t_nlp:.1f}s, coding {st.t_code:.1f}s, all {st.t_total:.1f}s]"
        )
    if st.types:
        lines.append("plain types: " + ", ".join(f"{t} {n}" for t, n in st.types.most_common()))
    if st.flagged_types:
        lines.append(
            "flagged types: " + ", ".join(f"{t} {n}" for t, n in st.flagged_types.most_common())
        )
    if st.actors:
        lines.append(
            "top actors (plain events): "
            + ", ".join(f"{a} {n}" for a, n in st.actors.most_common(top))
        )
    return "\n".join(lines)


def markdown_table(stats: dict[str, Stats]) -> str:
    rows = [
        "| corpus | units | sentences | ≥1 plain event | ≥1 flagged event | plain / 100 sent. "
        "| flagged / 100 sent. | pipeline sent./s | coding sent./s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, st in stats.items():
        rows.append(
            f"| {name} | {st.units} | {st.sentences} | {pct(st.with_plain, st.sentences)} "
            f"| {pct(st.with_flagged, st.sentences)} "
            f"| {100.0 * st.plain / max(st.sentences, 1):.2f} "
            f"| {100.0 * st.flagged / max(st.sentences, 1):.2f} "
            f"| {st.sentences / max(st.t_total, 1e-9):.1f} "
            f"| {st.sentences / max(st.t_code, 1e-9):.0f} |"
        )
    return "\n".join(rows)


def default_data() -> Path:
    here = Path(__file__).resolve().parents[1]
    for cand in (here.parent / "shared" / "data", here.parents[1] / "shared" / "data"):
        if cand.is_dir():
            return cand
    return Path("/work/shared/data")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=None, help="the shared data folder")
    ap.add_argument("--corpus", action="append", choices=CORPORA, help="(repeatable) default all")
    ap.add_argument("--limit", type=int, default=None, help="at most N units per corpus (sampled)")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--top", type=int, default=15, help="how many top actors to print")
    ap.add_argument("--events-out", type=Path, help="write every coded event as JSON Lines")
    ap.add_argument("--sample", type=int, default=0, help="draw N plain events for review")
    ap.add_argument("--sample-out", type=Path, help="where the review sample goes (outside repo)")
    ap.add_argument("--markdown", action="store_true", help="also print a Markdown table")
    args = ap.parse_args(argv)

    data = args.data or default_data()
    if not data.is_dir():
        print(f"error: no data folder {data}", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)

    from lagebild.pipeline import Pipeline

    pipe = Pipeline()
    t0 = time.perf_counter()
    _ = pipe.analyzer, pipe.resolver, pipe.coder
    pipe.code_text("Die Regierung kritisierte am Montag die Opposition.")  # warm up lazy parts
    print(f"models loaded in {time.perf_counter() - t0:.1f}s", file=sys.stderr)

    all_events: list[dict] = []
    stats: dict[str, Stats] = {}
    for name in args.corpus or CORPORA:
        try:
            units = list(READERS[name](data))
        except (OSError, ValueError, StopIteration) as exc:
            print(f"error: {name}: cannot read: {exc}", file=sys.stderr)
            continue
        units = select(units, args.limit, rng)
        st = stats[name] = Stats()
        for k, unit in enumerate(units, 1):
            try:
                all_events.extend(run_unit(pipe, unit, st))
            except Exception as exc:  # noqa: BLE001 - one bad unit never stops the batch
                st.errors += 1
                print(f"error: {unit.uid}: {type(exc).__name__}: {exc}", file=sys.stderr)
            if k % 500 == 0:
                print(f"  {name}: {k}/{len(units)}", file=sys.stderr)
        print(report(name, st, args.top), flush=True)

    total = Stats()
    for st in stats.values():
        for f in ("units", "sentences", "with_plain", "with_flagged", "plain", "flagged", "errors"):
            setattr(total, f, getattr(total, f) + getattr(st, f))
        for f in ("t_nlp", "t_code", "t_total"):
            setattr(total, f, getattr(total, f) + getattr(st, f))
        total.types.update(st.types)
        total.flagged_types.update(st.flagged_types)
        total.actors.update(st.actors)
    print(report("all corpora", total, args.top))
    if args.markdown:
        stats["all"] = total
        print(markdown_table(stats))

    if args.events_out:
        args.events_out.parent.mkdir(parents=True, exist_ok=True)
        with args.events_out.open("w", encoding="utf-8") as fh:
            for ev in all_events:
                fh.write(json.dumps(ev, ensure_ascii=False) + "\n")
    if args.sample and args.sample_out:
        plain = [ev for ev in all_events if ev["plain"]]
        sample = random.Random(args.seed).sample(plain, min(args.sample, len(plain)))
        args.sample_out.parent.mkdir(parents=True, exist_ok=True)
        with args.sample_out.open("w", encoding="utf-8") as fh:
            for n, ev in enumerate(sample, 1):
                fh.write(json.dumps({"n": n, **ev}, ensure_ascii=False) + "\n")
        print(f"review sample: {len(sample)} of {len(plain)} plain events -> {args.sample_out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
