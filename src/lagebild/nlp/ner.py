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


@cache
def _gaz_index() -> dict[str, tuple[int, ...]]:
    """first token -> candidate lengths, longest first."""
    idx: dict[str, set[int]] = {}
    for key in gazetteer():
        idx.setdefault(key[0], set()).add(len(key))
    return {k: tuple(sorted(v, reverse=True)) for k, v in idx.items()}


def find_entities(doc: Doc) -> list[Span]:
    gaz = gazetteer()
    gidx = _gaz_index()
    words = [t.text for t in doc]
    poss = [t.pos_ for t in doc]
    tags = [t.tag_ for t in doc]
    spans: list[Span] = []
    n = len(doc)
    i = 0
    while i < n:
        w = words[i]
        first = w[:1]
        if poss[i] == "ADJ" and _country_adjective(w):
            # "Europäische Union" is matched below; other country adjectives are MISC
            if not (first.isupper() and _gaz_hit(words, i, gaz, gidx)):
                spans.append(Span(doc, i, i + 1, label="MISC"))
                i += 1
                continue
        if not first.isupper() and not first.isdigit():
            i += 1
            continue
        hit = _gaz_hit(words, i, gaz, gidx)
        if hit:
            L, label = hit
            spans.append(Span(doc, i, i + L, label=label))
            i += L
            continue
        if poss[i] == "PROPN" or tags[i] == "NE":
            j = i + 1
            while j < n and (tags[j] == "NE" or poss[j] == "PROPN") and words[j][:1].isupper():
                j += 1
            spans.append(Span(doc, i, j, label=_guess_label(doc, i, j)))
            i = j
            continue
        if w.isupper() and len(w) >= 2 and w.isalpha() and poss[i] in ("NOUN", "PROPN", "X"):
            spans.append(Span(doc, i, i + 1, label="ORG"))
        i += 1
    return spans


def _gaz_hit(words: list[str], i: int, gaz: dict, gidx: dict) -> tuple[int, str] | None:
    for L in gidx.get(words[i], ()):
        key = tuple(words[i : i + L])
        if len(key) == L and key in gaz:
            return L, gaz[key]
    return None


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
    spans = statistical_entities(doc)
    if spans is None:  # no trained model shipped: dictionary + rules only
        spans = find_entities(doc)
    else:  # dictionary entries and country adjectives the model missed
        taken = set()
        for sp in spans:
            taken.update(range(sp.start, sp.end))
        for sp in find_entities(doc):
            if (
                sp.label_ in ("LOC", "ORG", "MISC")
                and not taken.intersection(range(sp.start, sp.end))
                and (
                    sp.label_ == "MISC"
                    or _gaz_hit([t.text for t in sp], 0, gazetteer(), _gaz_index())
                )
            ):
                spans.append(sp)
    # no overlaps, in order
    out: list[Span] = []
    end = -1
    for s in sorted(spans, key=lambda s: (s.start, -len(s))):
        if s.start >= end:
            out.append(s)
            end = s.end
    doc.ents = out
    return doc


# ---------------------------------------------------------------- statistical layer

NER_LABELS = ("PER", "LOC", "ORG", "MISC")


def token_extras(words: list[str], tags: list[str]) -> list[list[str]]:
    """Per-token features for the entity tagger: STTS tag, gazetteer match, country
    adjective, person cue before."""
    gaz = gazetteer()
    gidx = _gaz_index()
    n = len(words)
    gz = ["O"] * n
    i = 0
    while i < n:
        hit = _gaz_hit(words, i, gaz, gidx)
        if hit:
            L, label = hit
            gz[i] = "B-" + label
            for k in range(i + 1, min(n, i + L)):
                gz[k] = "I-" + label
            i += L
        else:
            i += 1
    out = []
    for i, w in enumerate(words):
        prev = words[i - 1].lower() if i else "<s>"
        f = [
            "tag=" + tags[i],
            "tag-1=" + (tags[i - 1] if i else "<s>"),
            "tag+1=" + (tags[i + 1] if i + 1 < n else "</s>"),
            "gz=" + gz[i],
            "gz+1=" + (gz[i + 1] if i + 1 < n else "O"),
            "gz-1=" + (gz[i - 1] if i else "O"),
        ]
        if _country_adjective(w):
            f.append("cadj")
        if prev in PERSON_CUES or prev.endswith(
            ("minister", "ministerin", "präsident", "präsidentin")
        ):
            f.append("percue")
        if prev in PLACE_NOUNS:
            f.append("placecue")
        if w.endswith(ORG_SUFFIXES):
            f.append("orgsuf")
        if w[:1].isupper():
            from lagebild.nlp import lexicon

            if w in lexicon.nouns():
                f.append("nounlex")
            elif i > 0:
                f.append("capunknown")
        out.append(f)
    return out


@cache
def ner_model():
    from lagebild.nlp.perceptron import Perceptron

    res = resources.files("lagebild") / "models" / "ner_de.json.gz"
    if not res.is_file():
        return None
    with resources.as_file(res) as p:
        return Perceptron.load(p)


def iob_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    spans = []
    start, label = None, None
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != label):
            if start is not None:
                spans.append((start, i, label))
            start, label = (i, t[2:]) if t != "O" else (None, None)
    return spans


def statistical_entities(doc: Doc) -> list[Span] | None:
    model = ner_model()
    if model is None:
        return None
    spans: list[Span] = []
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if not toks:
            continue
        words = [t.text for t in toks]
        tags = [t.tag_ for t in toks]
        pred = model.tag(words, token_extras(words, tags))
        for a, b, label in iob_to_spans(pred):
            spans.append(Span(doc, toks[a].i, toks[b - 1].i + 1, label=label))
    return spans
