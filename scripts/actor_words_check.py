"""Count coded events whose actors look read from the wrong words (issue #5).

Reads the JSON Lines that `scripts/corpus_check.py --events-out FILE` writes (keep that file
outside the repository: it holds corpus text) and prints, for the plain events, how many have
an actor in each suspicious class. The classes are surface heuristics for finding cases to
review, not verdicts (a medium may act, a bracketed party may be the only name of a doer):

  dateline        the actor's words lie in a dateline that opens the sentence ("Moskau (dpa) –")
  media-source    the source is a medium (sector MED); media-target likewise
  bracket-source  the actor is the content of a bracket ("(CDU)", "(dpa)"); bracket-target likewise
  supporter       the actor is the "von" agent of a supporting participle ("von X unterstützten")
  self-pair       source and target have the same code
  trigger-itself  the actor's only word is the trigger (no rule that names the scene on purpose)
  strike-target   the target of a strike is its country, shown with the trigger's word (by design)

    PYTHONPATH=src python scripts/corpus_check.py --events-out /tmp/x/all.jsonl
    python scripts/actor_words_check.py /tmp/x/all.jsonl [CLASS]   # CLASS: list its events
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

DATELINE = re.compile(r"^\s*([A-ZÄÖÜ][\w./ -]{1,40}?)\s*(\([^)]{1,40}\)\s*[-–—:]?|\s[-–—]\s)")
SUPPORTING = re.compile(
    r"\b(von|vom)\b[^,.;]{0,40}?\b(unterstützt|gestützt|gefördert|gebilligt|finanziert|"
    r"ausgebildet|bewaffnet|ausgerüstet)\w*",
    re.IGNORECASE,
)
ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einem", "einen", "eines"}


def classes(e: dict) -> set[str]:
    out: set[str] = set()
    s = e["sentence"]
    m = DATELINE.match(s)
    trig = (e.get("trigger") or "").split(" … ")[0].lower()
    for role in ("source", "target"):
        txt, code = e.get(role + "_text"), e.get(role)
        if not txt or not code:
            continue
        if m and txt in m.group(0) and m.end() < len(s):
            out.add("dateline")
        if code.endswith("/MED"):
            out.add(f"media-{role}")
        if re.search(r"\(\s*" + re.escape(txt.split()[-1]) + r"\s*\)", s):
            out.add(f"bracket-{role}")
        if any(txt.split()[-1] in mm.group(0) for mm in SUPPORTING.finditer(s)):
            out.add("supporter")
        words = [w for w in txt.lower().split() if w not in ARTICLES]
        if trig and trig in words:
            if role == "target" and "strike-target" in (e.get("rule") or ""):
                out.add("strike-target")
            elif "implied-civilians" not in (e.get("rule") or "") and len(words) == 1:
                out.add("trigger-itself")
    if e.get("source") and e.get("source") == e.get("target"):
        out.add("self-pair")
    return out


def main(argv: list[str]) -> None:
    counts: Counter = Counter()
    examples: dict[str, list[dict]] = {}
    plain = 0
    for line in open(argv[0], encoding="utf-8"):
        e = json.loads(line)
        if not e.get("plain"):
            continue
        plain += 1
        for k in classes(e):
            counts[k] += 1
            examples.setdefault(k, []).append(e)
    print(f"plain events {plain}")
    for k in sorted(counts):
        print(f"{k:16s} {counts[k]}")
    if len(argv) > 1:
        for e in examples.get(argv[1], []):
            print(
                e["unit"], e["type"], e["source"], repr(e["source_text"]), "->", e["target"],
                repr(e["target_text"]), e["trigger"], e["rule"], "|", e["sentence"][:200],
            )  # fmt: skip


if __name__ == "__main__":
    main(sys.argv[1:])
