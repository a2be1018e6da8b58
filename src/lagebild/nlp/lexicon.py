"""Morphology lexicons (nouns with case/number/gender, verbs with tense/mood/person/number),
built by scripts/build_nlp_lexicons.py from the LanguageTool-derived dictionaries
(CC BY-SA 4.0, see src/lagebild/data/nlp/ATTRIBUTION.md). Loaded lazily, once."""

from __future__ import annotations

import gzip
from functools import cache, lru_cache
from importlib import resources

CASES = ("N", "A", "D", "G")
UD_CASE = {"N": "Nom", "A": "Acc", "D": "Dat", "G": "Gen"}
UD_NUMBER = {"S": "Sing", "P": "Plur"}
UD_GENDER = {"m": "Masc", "f": "Fem", "n": "Neut"}


def _load(name: str) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    table: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    path = resources.files("lagebild") / "data" / "nlp" / name
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        for line in fh:
            form, lemma, codes = line.rstrip("\n").split("\t")
            table.setdefault(form, []).append((lemma, tuple(codes.split(","))))
    return table


@cache
def nouns() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    return _load("nouns.tsv.gz")


@cache
def verbs() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    return _load("verbs.tsv.gz")


def nouns_codes(form: str) -> frozenset[str]:
    """All case+number+gender codes the noun lexicon lists for exactly this form."""
    return frozenset(c for _, codes in nouns().get(form, ()) for c in codes)


@lru_cache(maxsize=200_000)
def noun_analyses(form: str) -> tuple[str | None, frozenset[str]]:
    """(lemma, {case+number+gender codes}) for a noun form; compounds by their last part
    ("Atomenergiebehörde" -> "Behörde"). Empty set when unknown."""
    table = nouns()
    hit = table.get(form)
    if hit:
        lemma = form if any(lem == form for lem, _ in hit) else hit[0][0]
        return lemma, frozenset(c for _, codes in hit for c in codes)
    if "-" in form:  # "EU-Kommission", "US-Armee"
        head = form.rsplit("-", 1)[1]
        if head:
            lemma, codes = noun_analyses(head[0].upper() + head[1:])
            if codes:
                return form.rsplit("-", 1)[0] + "-" + (lemma or head), codes
    best = None
    for i in range(3, len(form) - 2):
        part = form[i].upper() + form[i + 1 :]
        hit = table.get(part)
        if hit:
            if best is None:
                best = (i, hit)  # longest known last part
            if _modifier(form[:i]):
                best = (i, hit)  # ... unless a shorter one leaves a real first part
                break
    if best:
        i, hit = best
        lemma = hit[0][0]
        return form[:i] + lemma[0].lower() + lemma[1:], frozenset(
            c for _, codes in hit for c in codes
        )
    return None, frozenset()


_LINKS = ("s", "es", "n", "en", "er", "e", "-")


@lru_cache(maxsize=50_000)
def _modifier(part: str) -> bool:
    """Is `part` a plausible first part of a compound: a noun (with or without a linking
    element: "Pflege|hilfe", "Wohnungs|bau", "Bundes|republik") or a verb stem ("Schreib|tisch")?
    Used to prefer "Pflege|hilfe" over "Pfle|gehilfe"."""
    if len(part) < 3:
        return False
    table = nouns()
    cap = part[0].upper() + part[1:]
    if cap in table:
        return True
    for link in _LINKS:
        if cap.endswith(link) and len(cap) - len(link) >= 3 and cap[: -len(link)] in table:
            return True
    low = part.lower()
    return any(c == "INF" for _, cs in verb_analyses(low + "en") for c in cs)


@lru_cache(maxsize=100_000)
def verb_analyses(form: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple(verbs().get(form.lower(), ()))


def _finite_code(c: str) -> bool:
    """An indicative present ("I3P") or past ("T3S") code; not "INF"/"IZU"."""
    return len(c) == 3 and c[0] in "IT" and c not in ("INF", "IZU")


def _tag_codes(tag: str):
    """The codes of the verb form an STTS tag names (None: any)."""
    if tag.endswith("INF"):
        return lambda c: c == "INF"
    if tag.endswith("IZU"):
        return lambda c: c == "IZU"
    if tag.endswith("PP"):
        return lambda c: c == "PP"
    if tag.endswith("FIN"):
        return _finite_code
    return None


@lru_cache(maxsize=100_000)
def verb_lemma(form: str, tag: str = "") -> str | None:
    """The lemma of a verb form read as its STTS tag says: the first analysis with a code of
    that form (an infinitive for *INF, a zu-infinitive for *IZU, a participle for *PP, an
    indicative for *FIN), else the first analysis (None: no analysis). Some forms belong to two
    verbs, and the lexicon lists the other verb's Konjunktiv II first: "führen" (führen, or
    fahren's "führen"), "drängen" (drängen, dringen), "betrügen" (betrügen, betragen); an
    infinitive or an indicative is by far the likelier reading ("Gespräche führen", "eine
    Offensive durchführen", "Die USA drängen Israel")."""
    ana = verb_analyses(form)
    if not ana:
        return None
    want = _tag_codes(tag)
    if want is not None:
        for lem, codes in ana:
            if any(want(c) for c in codes):
                return lem
    return ana[0][0]


@cache
def adjectives() -> frozenset[str]:
    """Adjective lemmas (positive, undeclined; participles included) from LanguageTool's
    dictionary (adjective_lemmas.txt.gz, CC BY-SA 4.0); empty if the file is absent."""
    path = resources.files("lagebild") / "data" / "nlp" / "adjective_lemmas.txt.gz"
    if not path.is_file():
        return frozenset()
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        return frozenset(line.rstrip("\n") for line in fh)


_ADJ_INFLECTIONS = ("e", "en", "er", "em", "es")


@lru_cache(maxsize=100_000)
def adjective_class(form: str) -> str:
    """Class "A" if `form` (lower-cased) is an adjective lemma ("rund", "erforderlich"), "a" if it is
    one with a declension ending ("erforderliche", "runden"), else ""."""
    table = adjectives()
    low = form.lower()
    if low in table:
        return "A"
    for end in _ADJ_INFLECTIONS:
        if low.endswith(end) and len(low) > len(end) + 2:
            stem = low[: -len(end)]
            if stem in table or (stem[-1:] in ("l", "r") and stem[:-1] + "e" + stem[-1] in table):
                return "a"  # "teuren" -> "teuer", "dunkle" -> "dunkel"
            if end != "e" and stem + "e" in table:  # "leise" -> "leisen"
                return "a"
    return ""
