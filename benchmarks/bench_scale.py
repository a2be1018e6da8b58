"""`lagebild ingest` wall time with the local engine and with Ray Data (--engine ray).

    PYTHONPATH=src python benchmarks/bench_scale.py [--shared ../shared] [--docs 300] [--words 250]

Writes `--docs` articles of ~`--words` words built from the GermEval 2014 test sentences
(../shared/data; the text stays in a temporary folder) as one JSONL file, then runs
`python -m lagebild ingest FILE --db NEW.duckdb -q` once per engine setting, each in a fresh
process into a fresh store, and prints the wall time (process start, model loading and, for
Ray, starting the local Ray included: what a user waits for), documents per second, the load
average of the machine at the start, and whether every store holds the same counts. Needs the
`scale` extra (pip install -e '.[scale]')."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def articles(shared: Path, docs: int, words: int) -> list[str]:
    from lagebild.evaluation.ner import read_ner

    out, cur = [], []
    for tokens, _ in read_ner(shared / "data/germeval2014_ner/NER-de-test.tsv"):
        cur.append(" ".join(tokens))
        if sum(len(x.split()) for x in cur) >= words:
            out.append(" ".join(cur))
            cur = []
            if len(out) >= docs:
                break
    return out


def run(corpus: Path, db: Path, args: list[str]) -> tuple[float, dict]:
    cmd = [sys.executable, "-m", "lagebild", "ingest", str(corpus), "--db", str(db), "-q", *args]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    out = subprocess.run(
        [sys.executable, "-m", "lagebild", "stats", "--db", str(db), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    stats = json.loads(out.stdout)
    keys = ("documents", "sentences", "entity_mentions", "event_mentions", "events", "errors")
    return wall, {k: stats.get(k) for k in keys}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_shared = os.environ.get(
        "LAGEBILD_SHARED", str(Path(__file__).resolve().parents[1].parent / "shared")
    )
    if not Path(default_shared).is_dir():
        default_shared = "/work/shared"
    ap.add_argument("--shared", default=default_shared)
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--words", type=int, default=250)
    ap.add_argument(
        "--settings",
        default="local;ray --num-cpus 1;ray --num-cpus 2",
        help="engine settings separated by ';' (the words after --engine)",
    )
    a = ap.parse_args()
    texts = articles(Path(a.shared), a.docs, a.words)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as f:
            for i, text in enumerate(texts):
                record = {
                    "url": f"https://bench.example/{i}",
                    "title": f"Meldung {i}",
                    "date": "2026-03-01",
                    "text": text,
                }
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        for n, setting in enumerate(s.strip() for s in a.settings.split(";")):
            load = os.getloadavg()[0]
            wall, counts = run(corpus, Path(tmp) / f"s{n}.duckdb", ["--engine", *setting.split()])
            row = {
                "engine": setting,
                "docs": len(texts),
                "wall_s": round(wall, 1),
                "docs_per_s": round(len(texts) / wall, 2),
                "load_1min": round(load, 1),
                **counts,
            }
            results.append(row)
            print(json.dumps(row), flush=True)
    same = all(
        {k: v for k, v in r.items() if k not in ("engine", "wall_s", "docs_per_s", "load_1min")}
        == {
            k: v
            for k, v in results[0].items()
            if k not in ("engine", "wall_s", "docs_per_s", "load_1min")
        }
        for r in results
    )
    print(f"cores: {os.cpu_count()}, same store counts for every engine: {same}")


if __name__ == "__main__":
    main()
