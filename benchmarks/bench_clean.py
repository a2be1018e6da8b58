"""Clean-stage throughput (no NLP) on a generated corpus of dump-format articles.

    PYTHONPATH=src python benchmarks/bench_clean.py [--docs 2000] [--seed 1] [--keep DIR]

Generates N synthetic articles in the raw dump format (teaser line, title, gallery captions each
ending in `Foto: CREDIT`, trailer), writes them to a temporary folder, then measures
  1. read + clean from disk (lagebild.ingest.read -> lagebild.clean.clean),
  2. clean alone on the RawDocuments already in memory,
and prints docs/s and MB/s for each (best of --repeat runs; wall clock, and CPU time of this
process, which a busy machine disturbs less), plus how often the credits came out
exactly as generated: a check on the credit/caption boundary over credits built from listed and
unlisted agencies, photographer names and separators, followed by captions that open with
determiners, names of one to four words, role nouns, dates or quotes. Synthetic, so an upper
bound for real text.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

ACTORS = [
    "Die Bundesregierung",
    "Russland",
    "Die Ukraine",
    "Frankreich",
    "Die Europäische Union",
    "Die Vereinten Nationen",
    "China",
    "Die Türkei",
    "Polen",
    "Der Iran",
    "Israel",
    "Ägypten",
    "Die Nato",
    "Japan",
    "Südkorea",
    "Brasilien",
    "Mexiko",
    "Kreml-Chef Putin",
    "US-Präsident Trump",
    "Der französische Präsident",
    "Venezuelas Präsident Maduro",
    "Emmanuel Macron",
    "Friedrich Merz",
    "Ursula von der Leyen",
    "Xi Jinping",
    "Recep Tayyip Erdoğan",
    "Im Jahr 2025 hatte Russland",
    "„Wir handeln jetzt“, sagte der Minister, und",
]
UNLISTED = [
    "dts Nachrichtenagentur",
    "serienlicht",
    "Panama Pictures",
    "Nordbild",
    "Pressebild Süd",
]
TARGETS = [
    "Belarus",
    "Moskau",
    "Kiew",
    "Peking",
    "Teheran",
    "die Regierung in Caracas",
    "Ankara",
    "die Opposition",
    "die Rebellen",
    "Washington",
    "die Nachbarstaaten",
    "Syrien",
    "Serbien",
]
VERBS = [
    "verhängte neue Sanktionen gegen {t}",
    "kritisierte {t} scharf",
    "traf sich mit Vertretern von {t}",
    "unterzeichnete ein Abkommen mit {t}",
    "forderte {t} zum Rückzug auf",
    "lieferte Hilfsgüter an {t}",
    "warf {t} Völkerrechtsbruch vor",
    "drohte {t} mit Konsequenzen",
    "lehnte die Vorschläge von {t} ab",
    "griff Stellungen von {t} an",
    "wies Diplomaten von {t} aus",
    "sagte {t} weitere Unterstützung zu",
]
TAILS = [
    "",
    " am Montag",
    " in der Nacht",
    " nach langen Verhandlungen",
    " in einer Erklärung",
    " am Rande des Gipfels",
    " trotz internationaler Kritik",
]
EXTRA = [
    "Beobachter rechnen mit einer weiteren Verschärfung der Lage.",
    "Die Gespräche sollen in der kommenden Woche fortgesetzt werden.",
    "Nach Angaben der Behörden wurden mehrere Menschen verletzt.",
    "„Wir werden das nicht hinnehmen“, sagte ein Sprecher.",
    "Einzelheiten wurden zunächst nicht bekannt.",
    "Die Opposition sprach von einem „schweren Fehler“.",
]
AGENCIES = [
    "dpa",
    "AFP",
    "Reuters",
    "AP",
    "KNA",
    "epd",
    "Xinhua",
    "ABACAPRESS",
    "Bestimage",
    "SNA",
    "APAimages",
    "ZUMA Press",
    "ZUMA Press Wire",
    "Anadolu Agency",
    "Getty Images",
    "NurPhoto",
    "SOPA Images",
    "photothek",
    "Ukrinform",
    "EPA-EFE",
    "Sipa USA",
    "PAP",
    "ANP",
]
FIRST = ["Anna", "Lena", "Jan", "Michael", "Sofia", "Tomasz", "Viktor", "Maria", "Paul", "Ines"]
LAST = [
    "Weber",
    "Vogt",
    "Berger",
    "Kowalenko",
    "Nowak",
    "Brenner",
    "Schulz",
    "Haas",
    "Roth",
    "Lange",
]


def credit(rng: random.Random) -> str:
    person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    kind = rng.randrange(8)
    if kind == 0:
        return "IMAGO/" + "; ".join(rng.sample(AGENCIES, rng.randint(1, 3)))
    if kind == 1:
        return f"{person}/{rng.choice(AGENCIES)}"
    if kind == 2:
        return f"picture alliance / {rng.choice(AGENCIES)} | {person}"
    if kind == 3:
        return rng.choice(AGENCIES)
    if kind == 4:
        return f"imago/{rng.choice(AGENCIES)}"
    if kind == 5:
        return f"IMAGO/{person}"
    if kind == 6:
        return f"IMAGO/{rng.choice(UNLISTED)}"
    return f"{rng.choice(AGENCIES)}/{person}"


def sentence(rng: random.Random) -> str:
    verb = rng.choice(VERBS).format(t=rng.choice(TARGETS))
    return f"{rng.choice(ACTORS)} {verb}{rng.choice(TAILS)}."


def article(rng: random.Random, n: int) -> tuple[str, list[str]]:
    teaser = " ".join(sentence(rng) for _ in range(3))
    title = f"Meldung {n}: {rng.choice(ACTORS)} und {rng.choice(TARGETS)}"
    items, credits = [], []
    for _ in range(rng.randint(5, 10)):
        caption = " ".join(
            [sentence(rng) for _ in range(rng.randint(1, 3))] + rng.sample(EXTRA, rng.randint(0, 2))
        )
        c = credit(rng)
        credits.append(c)
        items.append(f"{caption} Foto: {c}")
    day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return f"date {day} {teaser}\n\n{title}\n\n{' '.join(items)}\n\nWeitere Nachrichten:\n", credits


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (best is kept)")
    args = ap.parse_args()

    from lagebild.clean import clean
    from lagebild.ingest import IngestError, read

    rng = random.Random(args.seed)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="lagebild-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    expected = {}
    total_bytes = 0
    for n in range(args.docs):
        text, credits = article(rng, n)
        path = folder / f"{n:05d}.txt"
        path.write_text(text, encoding="utf-8")
        total_bytes += path.stat().st_size
        expected[str(path.resolve())] = credits
    mb = total_bytes / 1e6

    clean(next(iter(read([str(path)], fetch=False))))  # warm-up: loads the language model

    def read_and_clean() -> tuple[list, list]:
        raws, docs = [], []
        for item in read([str(folder)], fetch=False):
            assert not isinstance(item, IngestError), item
            raws.append(item)
            docs.append(clean(item))
        return raws, docs

    def timed(fn, repeat: int) -> tuple[float, float, object]:
        """(best wall seconds, best CPU seconds of this process, result)."""
        best, best_cpu, out = float("inf"), float("inf"), None
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            out = fn()
            best = min(best, time.perf_counter() - t0)
            best_cpu = min(best_cpu, time.process_time() - c0)
        return best, best_cpu, out

    t_read_clean, c_read_clean, (raws, docs) = timed(read_and_clean, args.repeat)
    t_clean, c_clean, _ = timed(lambda: [clean(raw) for raw in raws], args.repeat)

    exact = sum(d.credits == expected[d.source] for d in docs)
    credits_total = sum(len(v) for v in expected.values())
    credits_right = sum(
        sum(a == b for a, b in zip(d.credits, expected[d.source], strict=False)) for d in docs
    )
    leaks = sum("Foto:" in d.text or "Weitere Nachrichten" in d.text for d in docs)

    print(
        f"corpus: {len(docs)} dump-format articles, {mb:.1f} MB, {credits_total} credits ({folder})"
    )
    n = len(docs)
    for label, wall, cpu in (
        ("read + clean", t_read_clean, c_read_clean),
        ("clean only  ", t_clean, c_clean),
    ):
        print(
            f"{label}: {wall:.2f} s wall, {n / wall:,.0f} docs/s, {mb / wall:.2f} MB/s | "
            f"{cpu:.2f} s CPU, {n / cpu:,.0f} docs/CPU-s, {mb / cpu:.2f} MB/CPU-s"
        )
    print(
        f"credits exact per article: {exact}/{len(docs)} ({exact / len(docs):.1%}); per credit: "
        f"{credits_right}/{credits_total} ({credits_right / credits_total:.1%}); "
        f"'Foto:'/trailer left in text: {leaks}"
    )
    if args.keep is None:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
