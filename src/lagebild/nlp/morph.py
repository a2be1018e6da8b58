"""German inflection knowledge: what case/number/gender a determiner, pronoun, adjective ending,
noun form or preposition allows. Analyses are strings case+number+gender ("NSm", "DPx"); the
parser intersects them over a noun phrase and picks one by the phrase's role."""

from __future__ import annotations

from functools import lru_cache

from lagebild.nlp import lexicon
from lagebild.nlp.tagger import APPRART  # contracted preposition + article: one table

ALL = frozenset(c + n + g for c in "NADG" for n in "SP" for g in ("mfnx"))


def _an(*codes: str) -> frozenset[str]:
    """'N/A/DSx' -> {NSx, ASx, DSx}; gender letters expand ('NSmn' -> NSm, NSn)."""
    out = set()
    for code in codes:
        cases, rest = code.rsplit("/", 1) if "/" in code else ("", code)
        cases = [*cases.split("/"), rest[0]] if cases else [rest[0]]
        n, g = rest[1], rest[2:] or "x"
        for cc in cases:
            for gg in g:
                out.add(cc + n + gg)
    return frozenset(out)


# definite article / der-words (dies-, jen-, jed-, welch-, manch-, solch-, all-) by ending
DER_ENDINGS = {
    "er": _an("NSm", "DSf", "GSf", "GPx"),
    "e": _an("NSf", "ASf", "NPx", "APx"),
    "es": _an("NSn", "ASn", "GSm", "GSn"),
    "en": _an("ASm", "DPx"),
    "em": _an("DSm", "DSn"),
}
ARTICLE = {
    "der": DER_ENDINGS["er"],
    "die": DER_ENDINGS["e"],
    "das": _an("NSn", "ASn"),
    "den": DER_ENDINGS["en"],
    "dem": DER_ENDINGS["em"],
    "des": _an("GSm", "GSn"),
}
# ein-words (ein, kein, mein, dein, sein, ihr, unser, euer) by ending
EIN_ENDINGS = {
    "": _an("NSm", "NSn", "ASn"),
    "e": _an("NSf", "ASf", "NPx", "APx"),
    "en": _an("ASm", "DPx"),
    "em": _an("DSm", "DSn"),
    "er": _an("DSf", "GSf", "GPx"),
    "es": _an("GSm", "GSn"),
}
DER_STEMS = ("dies", "jen", "jed", "welch", "manch", "solch", "all", "jeglich", "sämtlich")
EIN_STEMS = ("ein", "kein", "mein", "dein", "sein", "ihr", "unser", "unsr", "euer", "eur")
POSS_STEMS = {"mein", "dein", "sein", "ihr", "unser", "unsr", "euer", "eur"}

PRONOUNS = {  # form -> (analyses, person)
    "ich": (_an("NS"), "1"),
    "mich": (_an("AS"), "1"),
    "mir": (_an("DS"), "1"),
    "du": (_an("NS"), "2"),
    "dich": (_an("AS"), "2"),
    "dir": (_an("DS"), "2"),
    "er": (_an("NSm"), "3"),
    "ihn": (_an("ASm"), "3"),
    "ihm": (_an("DSm", "DSn"), "3"),
    "sie": (_an("NSf", "ASf", "NP", "AP"), "3"),
    "ihr": (_an("DSf", "NP"), "3"),
    "es": (_an("NSn", "ASn"), "3"),
    "wir": (_an("NP"), "1"),
    "uns": (_an("AP", "DP"), "1"),
    "euch": (_an("AP", "DP"), "2"),
    "ihnen": (_an("DP"), "3"),
    "man": (_an("NS"), "3"),
    "sich": (_an("AS", "DS", "AP", "DP"), "3"),
    "wer": (_an("NS"), "3"),
    "wen": (_an("AS"), "3"),
    "wem": (_an("DS"), "3"),
    "was": (_an("NSn", "ASn"), "3"),
    "jemand": (_an("NSm", "ASm", "DSm"), "3"),
    "niemand": (_an("NSm", "ASm", "DSm"), "3"),
    "nichts": (_an("NSn", "ASn", "DSn"), "3"),
    "alles": (_an("NSn", "ASn"), "3"),
}
RELATIVE = {
    "der": _an("NSm", "DSf"),
    "die": _an("NSf", "ASf", "NP", "AP"),
    "das": _an("NSn", "ASn"),
    "den": _an("ASm"),
    "dem": _an("DSm", "DSn"),
    "denen": _an("DP"),
    "dessen": _an("GSm", "GSn"),
    "deren": _an("GSf", "GP"),
    "welcher": _an("NSm", "DSf"),
    "welche": _an("NSf", "ASf", "NP", "AP"),
    "welches": _an("NSn", "ASn"),
    "welchen": _an("ASm", "DP"),
    "welchem": _an("DSm", "DSn"),
}

# adjective endings by declension (strong: no determiner; weak: after der-words; mixed: ein-words)
ADJ_ENDINGS = {
    "strong": {
        "er": _an("NSm", "DSf", "GSf", "GPx"),
        "en": _an("ASm", "GSm", "GSn", "DPx"),
        "em": _an("DSm", "DSn"),
        "e": _an("NSf", "ASf", "NPx", "APx"),
        "es": _an("NSn", "ASn"),
    },
    "weak": {
        "e": _an("NSm", "NSf", "ASf", "NSn", "ASn"),
        "en": _an("ASm", "DSm", "GSm", "DSf", "GSf", "DSn", "GSn", "NPx", "APx", "DPx", "GPx"),
    },
    "mixed": {
        "er": _an("NSm"),
        "e": _an("NSf", "ASf"),
        "es": _an("NSn", "ASn"),
        "en": _an("ASm", "DSm", "GSm", "DSf", "GSf", "DSn", "GSn", "NPx", "APx", "DPx", "GPx"),
    },
}

# case governed by prepositions (two-way prepositions allow both)
PREP_CASE = {}
for _p in "aus bei mit nach seit von zu gegenüber samt nebst entgegen zufolge ab".split():
    PREP_CASE[_p] = frozenset("D")
for _p in "durch für gegen ohne um bis wider per pro je".split():
    PREP_CASE[_p] = frozenset("A")
for _p in "in an auf über unter vor hinter neben zwischen".split():
    PREP_CASE[_p] = frozenset("DA")
for _p in (
    "wegen während trotz statt anstatt infolge aufgrund angesichts innerhalb außerhalb "
    "oberhalb unterhalb anlässlich seitens mittels laut dank bezüglich hinsichtlich "
    "inmitten jenseits diesseits entlang unweit nördlich südlich östlich westlich".split()
):
    PREP_CASE[_p] = frozenset("GD")
for _c, (_p, _d) in APPRART.items():
    PREP_CASE[_c] = frozenset("D" if _d in ("dem", "der") else "A")
APPRART_ANALYSES = {
    "dem": _an("DSm", "DSn"),
    "der": _an("DSf"),
    "das": _an("ASn"),
}


def restrict_case(analyses: frozenset[str], cases: frozenset[str] | str) -> frozenset[str]:
    return frozenset(a for a in analyses if a[0] in cases)


def unify(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """Intersect two analysis sets where gender 'x' (unknown) matches any gender."""
    if not a:
        return b
    if not b:
        return a
    out = set()
    for x in a:
        for y in b:
            if x[:2] != y[:2]:
                continue
            if x[2] == y[2] or y[2] == "x":
                out.add(x)
            elif x[2] == "x":
                out.add(y)
    return frozenset(out)


@lru_cache(maxsize=4096)
def determiner(word: str) -> tuple[frozenset[str], str, bool]:
    """(analyses, declension the following adjective takes, is_possessive)."""
    w = word.lower()
    if w in ARTICLE:
        return ARTICLE[w], "weak", False
    for stem in EIN_STEMS:
        if w.startswith(stem) and w[len(stem) :] in EIN_ENDINGS:
            an = EIN_ENDINGS[w[len(stem) :]]
            if stem != "ein":  # kein-/possessive plurals
                pass
            decl = "mixed" if w[len(stem) :] in ("", "e", "es", "er") else "weak"
            if w[len(stem) :] in ("e", "er") and stem != "ein":
                decl = "weak"
            return an, decl, stem in POSS_STEMS
    for stem in DER_STEMS:
        if w.startswith(stem) and w[len(stem) :] in DER_ENDINGS:
            return DER_ENDINGS[w[len(stem) :]], "weak", False
    return frozenset(), "strong", False


def ein_pronoun(word: str) -> frozenset[str]:
    """Extra analyses of an ein-word used as a pronoun ("einer", "keines", "meins"): the
    nominative masculine "-er" and the nominative/accusative neuter "-es"/"-s"."""
    w = word.lower()
    for stem in EIN_STEMS:
        if w.startswith(stem):
            end = w[len(stem) :]
            if end == "er":
                return _an("NSm")
            if end in ("es", "s"):
                return _an("N/ASn")
    return frozenset()


def adjective(word: str, decl: str) -> frozenset[str]:
    w = word.lower()
    for end in ("em", "en", "er", "es", "e"):
        if w.endswith(end):
            return ADJ_ENDINGS[decl].get(end, frozenset())
    return frozenset()


_FEM_SUFFIXES = ("ung", "heit", "keit", "schaft", "ion", "tät", "ik", "ei", "enz", "anz", "ur")


@lru_cache(maxsize=100_000)
def noun(word: str, propn: bool = False) -> tuple[str | None, frozenset[str]]:
    if propn:
        hit = lexicon.nouns().get(word)
        if hit:
            return word, frozenset(c for _, codes in hit for c in codes)
    else:
        lemma, an = lexicon.noun_analyses(word)
        if an == frozenset({"NSn"}) and word.endswith("e"):
            # nominalised adjectives ("Abgeordnete", "Verletzte", "Unbekannte") are listed
            # with one analysis only: add the adjective's (strong plural, weak singular) ones
            an = an | ADJ_ENDINGS["strong"].get("e", frozenset())
            an = an | ADJ_ENDINGS["weak"].get("e", frozenset())
        if an:
            return lemma, an
    if propn:
        if word.endswith("s") and len(word) > 3:
            return word, _an("N/A/DSx", "GSx")
        return word, _an("N/A/DSx")
    low = word.lower()
    if low.endswith(_FEM_SUFFIXES):
        return None, _an("N/A/D/GSf")
    if low.endswith(("ungen", "heiten", "keiten", "schaften", "ionen", "täten")):
        return None, _an("N/A/D/GPf")
    return None, frozenset()


def pronoun(word: str) -> tuple[frozenset[str], str]:
    return PRONOUNS.get(word.lower(), (frozenset(), "3"))


AMBIGUOUS_OBJECT_PRONOUNS = frozenset(("uns", "euch", "sich"))
# verbs whose only object is a dative ("das ist uns passiert", "es gelang ihr", "uns blieb
# keine Zeit")
DATIVE_VERBS = frozenset(
    (
        "bleiben",
        "passieren",
        "geschehen",
        "gefallen",
        "gelingen",
        "misslingen",
        "fehlen",
        "helfen",
        "danken",
        "gehören",
        "schaden",
        "nützen",
        "nutzen",
        "drohen",
        "begegnen",
        "folgen",
        "schmecken",
        "einfallen",
        "auffallen",
        "vorkommen",
        "erscheinen",
        "zustehen",
        "widersprechen",
        "zustimmen",
        "vertrauen",
        "gratulieren",
        "zuhören",
        "zusehen",
        "gelten",
        "dienen",
        "ähneln",
        "entgehen",
        "entkommen",
        "zufallen",
    )
)
# verbs of saying and showing: with a clause as their content, "uns"/"euch" is the addressee
# ("sagte uns, man solle …", "erklärte uns, dass …")
ADDRESSEE_VERBS = frozenset(
    (
        "sagen",
        "erklären",
        "mitteilen",
        "versichern",
        "versprechen",
        "zeigen",
        "erzählen",
        "empfehlen",
        "raten",
        "schreiben",
        "antworten",
        "berichten",
        "bestätigen",
        "garantieren",
    )
)


def object_pronoun_case(toks: list) -> None:
    """ "uns", "euch", "sich" are accusative or dative by form. After parsing (tokens with
    text, dep, head, feats), make them dative where the verb cannot take them as its
    accusative: it already has an accusative object ("Das hat uns den Sonntag verdorben"), or
    it is passive ("wurde uns empfohlen") or a copula ("sind sich einig"), it takes only a
    dative object ("ist uns passiert", `DATIVE_VERBS`; not for "sich"), or it is a verb of
    saying with a content clause ("sagte uns, man solle warten", `ADDRESSEE_VERBS`)."""
    for t in toks:
        if t.text.lower() not in AMBIGUOUS_OBJECT_PRONOUNS or t.dep not in ("obj", "iobj"):
            continue
        if t.feats.get("Case") != "Acc":
            continue
        sibs = [s for s in toks if s is not t and s.head == t.head and s.head >= 0]
        lemma = getattr(toks[t.head], "lemma", "") if 0 <= t.head < len(toks) else ""
        if (
            any(s.dep == "obj" and s.feats.get("Case") == "Acc" for s in sibs)
            or any(s.dep in ("aux:pass", "cop") for s in sibs)
            or (lemma in DATIVE_VERBS and t.text.lower() != "sich")
            or (lemma in ADDRESSEE_VERBS and any(s.dep == "ccomp" for s in sibs))
        ):
            t.feats["Case"] = "Dat"
