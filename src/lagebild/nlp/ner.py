"""Named entities: a dictionary layer (countries from pycountry in German with their
inflected forms, capitals, organisations, country adjectives) in front of a rule layer for
unknown names (proper-noun runs from the tagger, titles and roles before names, typical
endings of place and organisation names). Labels: PER, LOC, ORG, MISC (country adjectives
such as "russische", GermEval's LOCderiv, are MISC)."""

from __future__ import annotations

import gettext
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span

PERSON_CUES = {
    "präsident",
    "präsidentin",
    "kanzler",
    "kanzlerin",
    "bundeskanzler",
    "bundeskanzlerin",
    "minister",
    "ministerin",
    "premier",
    "premierminister",
    "premierministerin",
    "regierungschef",
    "regierungschefin",
    "chef",
    "chefin",
    "sprecher",
    "sprecherin",
    "herr",
    "frau",
    "könig",
    "königin",
    "prinz",
    "papst",
    "general",
    "generalsekretär",
    "generalsekretärin",
    "botschafter",
    "botschafterin",
    "abgeordnete",
    "abgeordneter",
    "vorsitzende",
    "vorsitzender",
    "bürgermeister",
    "bürgermeisterin",
    "trainer",
    "dr.",
    "prof.",
    "sänger",
    "sängerin",
    "autor",
    "autorin",
    "schauspieler",
    "schauspielerin",
    "staatschef",
    "kremlchef",
    "machthaber",
    "diktator",
    "senator",
    "senatorin",
    "gouverneur",
    "gouverneurin",
    "ministerpräsident",
    "ministerpräsidentin",
    "oppositionsführer",
    "oppositionsführerin",
    "kommissionspräsidentin",
    "außenminister",
    "außenministerin",
    "verteidigungsminister",
    "verteidigungsministerin",
    "innenminister",
    "innenministerin",
    "finanzminister",
    "finanzministerin",
    "ajatollah",
    "scheich",
    "emir",
    "kronprinz",
}
ORG_SUFFIXES = (
    "AG",
    "GmbH",
    "SE",
    "KG",
    "Inc.",
    "Ltd.",
    "e.V.",
    "Partei",
    "Bank",
    "Gruppe",
    "Konzern",
    "Verband",
    "Union",
    "Institut",
    "Universität",
    "Ministerium",
    "Kommission",
    "Agentur",
    "Stiftung",
    "Organisation",
    "Armee",
    "Front",
    "Bewegung",
    "Rat",
    "Gericht",
    "Zeitung",
    "Verein",
    "Club",
    "FC",
)
LOC_SUFFIXES = (
    "burg",
    "stadt",
    "dorf",
    "heim",
    "hausen",
    "land",
    "ien",
    "istan",
    "furt",
    "feld",
    "berg",
    "bach",
    "see",
    "insel",
    "straße",
    "platz",
    "kirchen",
    "ingen",
    "stein",
    "tal",
    "gebirge",
    "region",
    "provinz",
    "kreis",
)
PLACE_NOUNS = {
    "stadt",
    "provinz",
    "region",
    "dorf",
    "ort",
    "ortschaft",
    "land",
    "insel",
    "bundesstaat",
    "bundesland",
    "gemeinde",
    "bezirk",
    "kreis",
    "landkreis",
    "distrikt",
    "gouvernement",
    "fluss",
    "grenzstadt",
    "metropole",
    "flughafen",
    "hafen",
}
LOC_PREPS = {"in", "nach", "aus", "im", "bei", "von", "über"}


@cache
def gazetteer() -> dict[tuple[str, ...], str]:
    """token tuple -> label."""
    gaz: dict[tuple[str, ...], str] = {}
    base = resources.files("lagebild") / "data" / "nlp"
    for line in (base / "gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        label, name = line.split("\t")
        _add(gaz, name, label)
    try:
        import pycountry

        de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
        for c in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                name = getattr(c, attr, None)
                if name:
                    name = de.gettext(name)
                    if "," not in name:
                        _add(gaz, name, "LOC")
    except Exception:  # pragma: no cover - pycountry without locales
        pass
    return gaz


def _add(gaz: dict, name: str, label: str) -> None:
    toks = tuple(name.replace("-", " - ").split()) if False else tuple(name.split())
    gaz.setdefault(toks, label)
    if label == "LOC" and len(toks) == 1 and not name.endswith(("s", "x", "z")):
        gaz.setdefault((name + "s",), label)  # genitive: Russlands, Irans


@cache
def adjective_stems() -> tuple[str, ...]:
    base = resources.files("lagebild") / "data" / "nlp"
    stems = [
        x.strip()
        for x in (base / "adjectives.txt").read_text(encoding="utf-8").splitlines()
        if x.strip() and not x.startswith("#")
    ]
    return tuple(sorted(stems, key=len, reverse=True))


def _country_adjective(word: str) -> bool:
    w = word.lower()
    for end in ("", "e", "en", "er", "es", "em"):
        stem = w[: len(w) - len(end)] if end else w
        if end and not w.endswith(end):
            continue
        if stem in _ADJ_SET():
            return True
    return False


@cache
def _ADJ_SET() -> frozenset[str]:  # noqa: N802
    return frozenset(adjective_stems())


def find_entities(doc: Doc) -> list[Span]:
    gaz = gazetteer()
    max_len = max((len(k) for k in gaz), default=1)
    spans: list[Span] = []
    n = len(doc)
    i = 0
    while i < n:
        t = doc[i]
        if t.pos_ == "ADJ" and _country_adjective(t.text):
            # "Europäische Union" is matched below; other country adjectives are MISC
            if not (t.text[:1].isupper() and _gaz_match(doc, i, gaz, max_len)):
                spans.append(Span(doc, i, i + 1, label="MISC"))
                i += 1
                continue
        if not t.text[:1].isupper() and not t.text[:1].isdigit():
            i += 1
            continue
        # dictionary, longest match first
        hit = None
        for L in range(min(max_len, n - i), 0, -1):
            key = tuple(x.text for x in doc[i : i + L])
            if key in gaz:
                hit = (L, gaz[key])
                break
        if hit:
            L, label = hit
            # extend an ORG by a following proper noun ("Deutsche Bank AG")
            spans.append(Span(doc, i, i + L, label=label))
            i += L
            continue
        if t.pos_ == "PROPN" or (t.tag_ == "NE"):
            j = i + 1
            while (
                j < n
                and (doc[j].tag_ == "NE" or doc[j].pos_ == "PROPN")
                and doc[j].text[:1].isupper()
            ):
                j += 1
            spans.append(Span(doc, i, j, label=_guess_label(doc, i, j)))
            i = j
            continue
        if t.is_upper and len(t.text) >= 2 and t.is_alpha and t.pos_ in ("NOUN", "PROPN", "X"):
            spans.append(Span(doc, i, i + 1, label="ORG"))
        i += 1
    return spans


def _gaz_match(doc: Doc, i: int, gaz: dict, max_len: int) -> bool:
    n = len(doc)
    return any(
        tuple(x.text for x in doc[i : i + L]) in gaz for L in range(min(max_len, n - i), 0, -1)
    )


def _guess_label(doc: Doc, i: int, j: int) -> str:
    words = [t.text for t in doc[i:j]]
    prev = doc[i - 1] if i > 0 else None
    last = words[-1]
    if last in ORG_SUFFIXES or any(w.isupper() and len(w) >= 2 for w in words):
        return "ORG"
    if prev is not None and (
        prev.lower_ in PERSON_CUES
        or prev.lower_.endswith(
            (
                "minister",
                "ministerin",
                "präsident",
                "präsidentin",
                "chef",
                "chefin",
                "sprecher",
                "sprecherin",
            )
        )
    ):
        return "PER"
    if last.endswith(ORG_SUFFIXES[4:]):
        return "ORG"
    if prev is not None and (prev.lower_ in PLACE_NOUNS or prev.lower_.endswith("stadt")):
        return "LOC"
    if prev is not None and prev.lower_ in LOC_PREPS and j - i == 1:
        return "LOC"
    if j - i == 1 and last.lower().endswith(LOC_SUFFIXES):
        return "LOC"
    return "PER"


def set_entities(doc: Doc) -> Doc:
    spans = find_entities(doc)
    # no overlaps, in order
    out: list[Span] = []
    end = -1
    for s in sorted(spans, key=lambda s: (s.start, -len(s))):
        if s.start >= end:
            out.append(s)
            end = s.end
    doc.ents = out
    return doc
