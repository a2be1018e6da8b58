"""Named entities: a dictionary layer (countries from pycountry in German with their
inflected forms, capitals, organisations, country adjectives) in front of a rule layer for
unknown names (proper-noun runs from the tagger, titles and roles before names, typical
endings of place and organisation names). Labels: PER, LOC, ORG, MISC (country adjectives
such as "russische", GermEval's LOCderiv, are MISC)."""

from __future__ import annotations

import gettext
import os
from functools import cache, lru_cache
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


_ADJ_ENDINGS = ("en", "em", "er", "es", "e")
# people, groups of people and events named after an organisation are no ORG entity
# (GermEval: "UN-Experten" is ORGpart)
_NOT_ORG_ENDINGS = (
    "sekretär",
    "sekretärs",
    "kommissar",
    "experten",
    "ermittler",
    "blauhelme",
    "soldaten",
    "truppen",
    "staaten",
    "länder",
    "minister",
    "gipfel",
    "mission",
    "erstatter",
    "beauftragte",
    "beauftragter",
    "präsident",
    "präsidentin",
    "sprecher",
    "sprecherin",
    "chef",
    "chefin",
)
_NAME_FUNCTION_WORDS = {"der", "des", "für", "und", "von", "of", "the", "for", "de", "la", "al"}


def _inflected(name: str) -> list[str]:
    """A name whose first word is an adjective in all its endings: "Europäische Union" ->
    "Europäischen Union", "Internationaler Währungsfonds" -> "Internationalen Währungsfonds"."""
    words = name.split()
    first = words[0]
    if len(words) < 2 or not first[:1].isupper() or first.isupper():
        return [name]
    low = first.lower()
    for end in _ADJ_ENDINGS:
        stem = first[: -len(end)]
        if low.endswith(end) and stem.lower().endswith(("isch", "al", "ig", "lich", "er", "ar")):
            return [" ".join([stem + e, *words[1:]]) for e in _ADJ_ENDINGS]
    return [name]


@cache
def _knowledge_base_names() -> tuple[tuple[str, str], ...]:
    """(label, name) from the actor knowledge base (src/lagebild/data/actors): countries,
    their alternative names and capitals (LOC), regions (LOC), people's full names and aliases
    (PER), organisations (ORG; multi-word names in all adjective endings). Single words the
    noun lexicon knows as common nouns ("Sicherheitsrat", "Blauhelme") are left out, and so are
    descriptions with a place in them ("Kommission in Brüssel")."""
    from lagebild import yamlload
    from lagebild.nlp import lexicon

    base = resources.files("lagebild") / "data" / "actors"
    out: list[tuple[str, str]] = []

    def load(name: str) -> dict:
        try:
            return yamlload.load((base / name).read_text(encoding="utf-8")) or {}
        except Exception:  # pragma: no cover - actor data missing
            return {}

    def listify(x) -> list[str]:
        """A name or a list of names; an item may itself be a list (a name with its
        aliases, `each: true` entries)."""
        if not x:
            return []
        if isinstance(x, str):
            return [x]
        out: list[str] = []
        for v in x:
            out.extend(listify(v) if isinstance(v, list) else [str(v)])
        return out

    nouns = lexicon.nouns()

    def ok(name: str) -> bool:
        words = name.split()
        if not words or not words[0][:1].isupper() or " in " in f" {name} ":
            return False
        if words[-1].lower().endswith(_NOT_ORG_ENDINGS):  # "UN-Experten", "EU-Gipfel"
            return False
        if len(words) == 1:
            return name.isupper() or name not in nouns
        return all(w[:1].isupper() or w in _NAME_FUNCTION_WORDS or w[:1].isdigit() for w in words)

    for entry in load("countries_de.yaml").values():
        if isinstance(entry, dict):
            for n in [*listify(entry.get("name")), *listify(entry.get("alt"))]:
                out.append(("LOC", n))
            out.extend(("LOC", n) for n in listify(entry.get("cap")))
    for entry in load("regions_de.yaml").values():
        if isinstance(entry, dict):
            out.extend(("LOC", n) for n in listify(entry.get("names")))
    for p in load("people.yaml").get("people", []) or []:
        for n in [*listify(p.get("name")), *listify(p.get("aliases"))]:
            if len(n.split()) >= 2:
                out.append(("PER", n))
    for o in load("organisations.yaml").get("organisations", []) or []:
        for n in listify(o.get("names")):
            out.extend(("ORG", form) for form in _inflected(n))
    return tuple((label, n) for label, n in out if ok(n))


@cache
def _kb_adjectives() -> frozenset[str]:
    """Adjective stems of countries and regions in the actor knowledge base ("russisch")."""
    from lagebild import yamlload

    base = resources.files("lagebild") / "data" / "actors"
    out: set[str] = set()
    for name in ("countries_de.yaml", "regions_de.yaml"):
        try:
            data = yamlload.load((base / name).read_text(encoding="utf-8")) or {}
        except Exception:  # pragma: no cover
            continue
        for entry in data.values():
            if isinstance(entry, dict):
                adj = entry.get("adj") or []
                out.update(a.lower() for a in ([adj] if isinstance(adj, str) else adj))
    return frozenset(out)


@cache
def kb_gazetteer() -> tuple[dict[tuple[str, ...], str], dict[str, tuple[int, ...]]]:
    """Names from the actor knowledge base: a feature of the entity tagger only (short names
    such as "RT" or "Memorial" are too ambiguous to be added after the model)."""
    gaz: dict[tuple[str, ...], str] = {}
    for label, name in _knowledge_base_names():
        _add(gaz, name, label)
    idx: dict[str, set[int]] = {}
    for key in gaz:
        idx.setdefault(key[0], set()).add(len(key))
    return gaz, {k: tuple(sorted(v, reverse=True)) for k, v in idx.items()}


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


@lru_cache(maxsize=100_000)
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
    return frozenset(adjective_stems()) | _kb_adjectives()


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


def _gaz_marks(words: list[str], gaz: dict, gidx: dict) -> list[str]:
    """IOB marks of the longest-first gazetteer matches, left to right."""
    n = len(words)
    marks = ["O"] * n
    i = 0
    while i < n:
        hit = _gaz_hit(words, i, gaz, gidx)
        if hit:
            L, label = hit
            marks[i] = "B-" + label
            for k in range(i + 1, min(n, i + L)):
                marks[k] = "I-" + label
            i += L
        else:
            i += 1
    return marks


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
    if DOCUMENT_CONSISTENCY:
        out = consistent_labels(doc, out)
    doc.ents = out
    return doc


# LAGEBILD_NER_CONSISTENCY=0 switches it off (to measure what it does)
DOCUMENT_CONSISTENCY = os.environ.get("LAGEBILD_NER_CONSISTENCY", "1") != "0"
_CONSISTENT = ("PER", "LOC", "ORG")


def consistent_labels(doc: Doc, spans: list[Span]) -> list[Span]:
    """Document-level label consistency: a name the tagger labelled somewhere in the text is
    labelled the same wherever else it occurs unlabelled (whole-word, same spelling, not
    sentence-initial for one-word names), and a person's surname alone ("Scholz" after "Olaf
    Scholz") is a person too. Names labelled with different types keep their labels."""
    from lagebild.nlp import lexicon

    labels: dict[tuple[str, ...], set[str]] = {}
    for sp in spans:
        if sp.label_ in _CONSISTENT:
            labels.setdefault(tuple(t.text for t in sp), set()).add(sp.label_)
    nouns = lexicon.nouns()
    for sp in spans:
        if sp.label_ == "PER" and len(sp) >= 2:
            last = sp[-1].text
            if last[:1].isupper() and last.isalpha() and last not in nouns:
                labels.setdefault((last,), set()).add("PER")
    known = {k: next(iter(v)) for k, v in labels.items() if len(v) == 1}
    if not known:
        return spans
    lengths: dict[str, list[int]] = {}
    for k in known:
        lengths.setdefault(k[0], []).append(len(k))
    taken = [False] * len(doc)
    for sp in spans:
        for i in range(sp.start, sp.end):
            taken[i] = True
    added: list[Span] = []
    words = [t.text for t in doc]
    i = 0
    while i < len(doc):
        cands = lengths.get(words[i]) if not taken[i] else None
        hit = 0
        for n in sorted(cands or (), reverse=True):
            j = i + n
            if j > len(doc) or any(taken[i:j]) or tuple(words[i:j]) not in known:
                continue
            if n == 1 and doc[i].is_sent_start:
                continue
            if j < len(doc) and words[j][:1].isupper() and doc[j].tag_ in ("NE", "NN"):
                continue  # part of a longer name or a compound noun phrase
            if i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].tag_ == "NE":
                continue
            hit = n
            break
        if hit:
            added.append(Span(doc, i, i + hit, label=known[tuple(words[i : i + hit])]))
            i += hit
        else:
            i += 1
    if not added:
        return spans
    return sorted([*spans, *added], key=lambda s: s.start)


# ---------------------------------------------------------------- statistical layer

NER_LABELS = ("PER", "LOC", "ORG", "MISC")
# optional feature groups of the entity tagger; the trained model lists those it was trained
# with in its meta data ("feature_flags"), and loading it sets them
FEATURE_FLAGS: set[str] = set()


@lru_cache(maxsize=100_000)
def _long_shape(w: str) -> str:
    out = []
    for ch in w:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:8]


@cache
def hanta_names() -> frozenset[str]:
    """Lower-cased words HanTa's German model knows as proper nouns (NE), read at run time from
    the installed HanTa package (nothing of it is copied into lagebild)."""
    try:
        import HanTa.HanoverTagger as ht

        m = ht.HanoverTagger("morphmodel_ger.pgz")
        ne = next(k for k, v in m.int2tag.items() if v == "NE")
        return frozenset(m.LP_m_t.get(ne, {}))
    except Exception:  # pragma: no cover - HanTa missing or changed
        return frozenset()


@cache
def word_clusters() -> dict[str, tuple[str, ...]]:
    """word -> cluster ids at several granularities (data/nlp/clusters_de.tsv.gz, built by
    scripts/build_ner_clusters.py from unlabelled text)."""
    import gzip

    res = resources.files("lagebild") / "data" / "nlp" / "clusters_de.tsv.gz"
    if not res.is_file():
        return {}
    out: dict[str, tuple[str, ...]] = {}
    with gzip.open(res.open("rb"), "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            w, *cs = line.rstrip("\n").split("\t")
            out[w] = tuple(cs)
    return out


def _clusters_of(w: str, table: dict) -> tuple[str, ...]:
    c = table.get(w)
    if c is None:
        c = table.get(w.lower())
    return c or ()


@cache
def first_names() -> frozenset[str]:
    """Given names: the caption-credit list of lagebild.clean, the first words of the actor
    knowledge base's people, and those the trained model lists (the first words of person
    names in its training data, kept in the model file)."""
    out: set[str] = set()
    try:
        from lagebild.clean.credit_lexicon import FIRST_NAMES

        out.update(FIRST_NAMES)
    except Exception:  # pragma: no cover
        pass
    try:
        from lagebild import yamlload

        base = resources.files("lagebild") / "data" / "actors" / "people.yaml"
        for p in yamlload.load(base.read_text(encoding="utf-8")).get("people", []):
            for name in [p.get("name", ""), *(p.get("aliases") or [])]:
                parts = name.split()
                if len(parts) >= 2 and parts[0][:1].isupper() and not parts[0].endswith("."):
                    out.add(parts[0])
    except Exception:  # pragma: no cover
        pass
    model = ner_model()
    if model is not None:
        out.update(model.meta.get("first_names", ()))
    return frozenset(out)


def _is_first_name(w: str, names: frozenset[str]) -> bool:
    if w in names:
        return True
    if "-" in w:  # "Frank-Walter", "Hans-Jürgen"
        parts = w.split("-")
        return len(parts) == 2 and all(p in names for p in parts)
    return False


def token_extras(words: list[str], tags: list[str]) -> list[list[str]]:
    """Per-token features for the entity tagger that need the whole sentence or the
    dictionaries: STTS tags, gazetteer matches, country adjectives, cues before names, the noun
    lexicon, HanTa's proper-noun lexicon, word clusters."""
    from lagebild.nlp import lexicon

    gaz = gazetteer()
    gidx = _gaz_index()
    nouns = lexicon.nouns()
    names = hanta_names()
    table = word_clusters()
    given = first_names()
    n = len(words)
    gz = _gaz_marks(words, gaz, gidx)
    kb = _gaz_marks(words, *kb_gazetteer())
    cl = [_clusters_of(w, table) for w in words]
    fn = [_is_first_name(w, given) for w in words]
    out = []
    for i, w in enumerate(words):
        prev = words[i - 1].lower() if i else "<s>"
        t0 = tags[i]
        tm1 = tags[i - 1] if i else "<s>"
        tp1 = tags[i + 1] if i + 1 < n else "</s>"
        f = [
            "tag=" + t0,
            "tag-1=" + tm1,
            "tag+1=" + tp1,
            "tag-2=" + (tags[i - 2] if i > 1 else "<s>"),
            "tag+2=" + (tags[i + 2] if i + 2 < n else "</s>"),
            "tag-1|0=" + tm1 + "|" + t0,
            "tag0|+1=" + t0 + "|" + tp1,
            "gz=" + gz[i],
            "gz+1=" + (gz[i + 1] if i + 1 < n else "O"),
            "gz-1=" + (gz[i - 1] if i else "O"),
            "kb=" + kb[i],
        ]
        for k, c in enumerate(cl[i]):
            f.append(f"c{k}={c}")
        if i + 1 < n and cl[i + 1]:
            f.append("c+1=" + cl[i + 1][-1])
        if i and cl[i - 1]:
            f.append("c-1=" + cl[i - 1][-1])
        if fn[i]:
            f.append("fn")
        if i and fn[i - 1]:
            f.append("fn-1")
        if i + 1 < n and fn[i + 1]:
            f.append("fn+1")
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
            if w in nouns:
                f.append("nounlex")
            elif i > 0:
                f.append("capunknown")
            if w.lower() in names:
                f.append("hantane" + ("N" if w in nouns else ""))
        if "-" in w[1:]:
            last = w.rsplit("-", 1)[1]
            first = w.split("-", 1)[0]
            if last[:1].isupper() and last in nouns:
                f.append("hylastnoun")
            if first.lower() in names:
                f.append("hyfirstne")
            hit = gaz.get((first,))
            if hit:
                f.append("hyfirstgz=" + hit)
        out.append(f)
    if FEATURE_FLAGS:
        _flagged_extras(words, out, gz, kb, cl, fn)
    return out


# words after which a name is typically an organisation ("die Zeitung Rote Fahne", "der
# Marke VW", "beim Verein Hertha")
ORG_CONTEXT = frozenset(
    {
        "zeitung",
        "tageszeitung",
        "wochenzeitung",
        "magazin",
        "nachrichtenmagazin",
        "blatt",
        "sender",
        "fernsehsender",
        "verlag",
        "firma",
        "unternehmen",
        "konzern",
        "hersteller",
        "marke",
        "partei",
        "verein",
        "klub",
        "club",
        "band",
        "gruppe",
        "bank",
        "agentur",
        "nachrichtenagentur",
        "organisation",
        "gewerkschaft",
        "fraktion",
        "mannschaft",
        "team",
        "airline",
        "fluggesellschaft",
        "universität",
        "institut",
        "stiftung",
        "bündnis",
        "label",
        "plattform",
    }
)
# legal forms and similar tokens after an organisation's name ("Siemens AG", "Bayer SE")
ORG_FORMS = frozenset(
    {"AG", "GmbH", "SE", "KG", "KGaA", "Inc.", "Inc", "Ltd.", "Ltd", "e.V.", "eG", "mbH", "Co."}
)
# endings of role nouns before a person's name ("Regierungssprecherin X", "Vereinschef Y")
ROLE_ENDINGS = (
    "sprecher",
    "sprecherin",
    "chef",
    "chefin",
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "vorsitzende",
    "vorsitzender",
    "trainer",
    "trainerin",
    "direktor",
    "direktorin",
    "leiter",
    "leiterin",
    "kandidat",
    "kandidatin",
    "abgeordnete",
    "abgeordneter",
    "sekretär",
    "sekretärin",
    "kommissar",
    "kommissarin",
    "anwalt",
    "anwältin",
    "manager",
    "managerin",
    "spieler",
    "spielerin",
    "stürmer",
    "torwart",
    "autor",
    "autorin",
    "sänger",
    "sängerin",
    "regisseur",
    "regisseurin",
    "bürgermeister",
    "bürgermeisterin",
    "gründer",
    "gründerin",
    "experte",
    "expertin",
    "beauftragte",
    "beauftragter",
)
_QUOTES_OPEN = {'"', "„", "»", "«", "“", "''", "``", "‚", "'"}


@cache
def places() -> tuple[dict[tuple[str, ...], str], dict[str, tuple[int, ...]]]:
    """Place names of GeoNames (data/nlp/places_de.tsv.gz, scripts/build_ner_places.py):
    token tuple -> population class, and first token -> candidate lengths."""
    import gzip

    res = resources.files("lagebild") / "data" / "nlp" / "places_de.tsv.gz"
    table: dict[tuple[str, ...], str] = {}
    if res.is_file():
        with gzip.open(res.open("rb"), "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#"):
                    continue
                name, size = line.rstrip("\n").split("\t")
                table[tuple(name.split())] = size
    idx: dict[str, set[int]] = {}
    for key in table:
        idx.setdefault(key[0], set()).add(len(key))
    return table, {k: tuple(sorted(v, reverse=True)) for k, v in idx.items()}


# head nouns of organisation names, matched at the end of a capitalised word
ORG_HEADS = (
    "ministerium",
    "gericht",
    "gerichtshof",
    "amt",
    "behörde",
    "verlag",
    "zeitung",
    "bank",
    "konzern",
    "verband",
    "partei",
    "gewerkschaft",
    "institut",
    "universität",
    "hochschule",
    "stiftung",
    "verein",
    "kommission",
    "agentur",
    "gesellschaft",
    "werke",
    "gruppe",
    "rat",
    "bund",
    "club",
    "klub",
    "fraktion",
    "kammer",
    "anwaltschaft",
    "polizei",
    "armee",
    "theater",
    "orchester",
    "museum",
    "akademie",
    "schule",
    "sender",
    "rundfunk",
    "fernsehen",
    "airlines",
    "versicherung",
    "kasse",
)


@lru_cache(maxsize=100_000)
def _org_head(w: str) -> str:
    lw = w.lower()
    for h in ORG_HEADS:
        if lw.endswith(h):
            return h
    return ""


@cache
def organisation_list() -> tuple[dict[tuple[str, ...], str], dict[str, tuple[int, ...]]]:
    """Names of organisations (data/nlp/organisations_de.txt: companies, media, sport clubs,
    parties, associations, public bodies) for the feature group `orgs`: a feature only, never
    a label on its own. One-word names the noun lexicon knows as common nouns are left out
    unless written in capitals; one-word names get their genitive in -s."""
    from lagebild.nlp import lexicon

    res = resources.files("lagebild") / "data" / "nlp" / "organisations_de.txt"
    table: dict[tuple[str, ...], str] = {}
    if res.is_file():
        nouns = lexicon.nouns()
        for line in res.read_text(encoding="utf-8").splitlines():
            name = line.strip()
            if not name or name.startswith("#"):
                continue
            toks = tuple(name.split())
            if len(toks) == 1 and name in nouns and not name.isupper():
                continue
            table.setdefault(toks, "ORG")
            if len(toks) == 1 and name[-1:].islower() and not name.endswith(("s", "x", "z")):
                table.setdefault((name + "s",), "ORG")
    idx: dict[str, set[int]] = {}
    for key in table:
        idx.setdefault(key[0], set()).add(len(key))
    return table, {k: tuple(sorted(v, reverse=True)) for k, v in idx.items()}


def _flagged_extras(words, out, gz, kb, cl, fn) -> None:
    """The optional feature groups of FEATURE_FLAGS, appended to each token's extras:
    `ctx2` (shapes, dictionary marks, clusters and given-name marks of the words at ±2 and
    the dictionary marks at ±1 of the knowledge base), `cues` (organisation context nouns and
    legal forms around the word, role nouns ending in -sprecher/-chef/... before it or before
    the word before it, quotes around the word, acronyms), `geo` (GeoNames place names with
    their population class), `orgs` (the organisation list of `organisation_list`), `orghead` (head nouns of
    organisation names at the end of a capitalised word, ORG_HEADS)."""
    n = len(words)
    ctx2 = "ctx2" in FEATURE_FLAGS
    cues = "cues" in FEATURE_FLAGS
    if "orgs" in FEATURE_FLAGS:
        # organisation names of data/nlp/organisations_de.txt: IOB mark, and the mark of the
        # word after (a name before "AG"/"Zeitung" or inside a longer name)
        om = _gaz_marks(words, *organisation_list())
        for i, m in enumerate(om):
            if m != "O":
                out[i].append("ol=" + m[0])
                if i:
                    out[i - 1].append("ol+1=" + m[0])
    if "orghead" in FEATURE_FLAGS:
        # capitalised words (compounds too) ending in a head noun of organisations
        # ("Landgericht", "Bundesministerium", "Axel-Springer-Verlag"), and the word before
        for i, w in enumerate(words):
            if w[:1].isupper() and len(w) > 3:
                head = _org_head(w)
                if head:
                    out[i].append("oh=" + head)
                    if i:
                        out[i - 1].append("oh+1")
    if "geo" in FEATURE_FLAGS:
        # place names of GeoNames: IOB mark with the population class ("B6": 100,000s)
        table, idx = places()
        i = 0
        while i < n:
            if not words[i][:1].isupper():  # every listed name starts with a capital
                i += 1
                continue
            for L in idx.get(words[i], ()):
                key = tuple(words[i : i + L])
                if len(key) == L and key in table:
                    size = table[key]
                    for k in range(i, i + L):
                        mark = ("B" if k == i else "I") + size
                        out[k].append("geo=" + mark)
                        out[k].append("geo=" + mark[0])
                    if i and L == 1:
                        out[i - 1].append("geo+1=" + size)
                    i += L
                    break
            else:
                i += 1
    if cues:
        # inside quotes: between an opening quote and the next quote (at most 8 words)
        inq = [False] * n
        i = 0
        while i < n:
            if words[i] in _QUOTES_OPEN:
                j = i + 1
                while j < n and j - i <= 9 and words[j] not in _QUOTES_OPEN:
                    j += 1
                if j < n and words[j] in _QUOTES_OPEN and j - i <= 9:
                    for k in range(i + 1, j):
                        inq[k] = True
                    i = j + 1
                    continue
            i += 1
        low = [w.lower() for w in words]
        role = [w.endswith(ROLE_ENDINGS) or w in PERSON_CUES for w in low]
    for i, f in enumerate(out):
        if ctx2:
            sh2 = _long_shape(words[i - 2]) if i > 1 else "<s>"
            sh_2 = _long_shape(words[i + 2]) if i + 2 < n else "</s>"
            f.append("sh-2=" + sh2)
            f.append("sh+2=" + sh_2)
            f.append("gz-2=" + (gz[i - 2] if i > 1 else "<s>"))
            f.append("gz+2=" + (gz[i + 2] if i + 2 < n else "</s>"))
            f.append("kb-1=" + (kb[i - 1] if i else "<s>"))
            f.append("kb+1=" + (kb[i + 1] if i + 1 < n else "</s>"))
            if i > 1 and cl[i - 2]:
                f.append("c-2=" + cl[i - 2][1])
            if i + 2 < n and cl[i + 2]:
                f.append("c+2=" + cl[i + 2][1])
            if i and cl[i - 1]:
                f.append("c-1m=" + cl[i - 1][1])
            if i + 1 < n and cl[i + 1]:
                f.append("c+1m=" + cl[i + 1][1])
            if i > 1 and fn[i - 2]:
                f.append("fn-2")
        if cues:
            w = words[i]
            if i and low[i - 1] in ORG_CONTEXT:
                f.append("orgctx-1")
            if i > 1 and low[i - 2] in ORG_CONTEXT:
                f.append("orgctx-2")
            if i + 1 < n and words[i + 1] in ORG_FORMS:
                f.append("orgform+1")
            if i + 2 < n and words[i + 2] in ORG_FORMS:
                f.append("orgform+2")
            if w in ORG_FORMS:
                f.append("orgform")
            if i and role[i - 1]:
                f.append("role-1")
            if i > 1 and role[i - 2]:
                f.append("role-2")
            if inq[i]:
                f.append("inquote" + ("C" if w[:1].isupper() else ""))
            if w.isupper() and 2 <= len(w) <= 6 and w.isalpha():
                f.append("acro|" + (low[i - 1] if i else "<s>"))


@lru_cache(maxsize=100_000)
def _word_features(w: str) -> tuple[str, ...]:
    """The features of `ner_static_features` on the word form alone (memoised)."""
    lw = w.lower()
    return (
        "b",
        "w=" + w,
        "lw=" + lw,
        "s2=" + lw[-2:],
        "s3=" + lw[-3:],
        "s4=" + lw[-4:],
        "p2=" + lw[:2],
        "p3=" + lw[:3],
        "p4=" + lw[:4],
        "sh=" + _long_shape(w),
    )


def ner_static_features(words: list[str], i: int, extra: list) -> list[str]:
    """Word-level features of the entity tagger that do not depend on predicted labels."""
    w = words[i]
    lw = w.lower()
    n = len(words)
    prev = words[i - 1] if i > 0 else "<s>"
    nxt = words[i + 1] if i + 1 < n else "</s>"
    prev2 = words[i - 2].lower() if i > 1 else "<s>"
    nxt2 = words[i + 2].lower() if i + 2 < n else "</s>"
    sh = _long_shape(w)
    f = [
        *_word_features(w),
        "first=" + str(i == 0) + sh[:1],
        "w-1=" + prev.lower(),
        "w-2=" + prev2,
        "w+1=" + nxt.lower(),
        "w+2=" + nxt2,
        "sh-1=" + _long_shape(prev),
        "sh+1=" + _long_shape(nxt),
        "w-1|w=" + prev.lower() + "|" + lw,
        "w|w+1=" + lw + "|" + nxt.lower(),
        "w-1s3=" + prev[-3:].lower(),
        "len=" + str(min(len(w), 12)),
    ]
    if "-" in w:
        f.append("hy")
    if extra:
        f.extend(extra[i])
    return f


def ner_label_features(w: str, p1: str, p2: str) -> list[str]:
    """Features on the two previous predicted labels."""
    return [
        "t1=" + p1,
        "t12=" + p1 + "|" + p2,
        "t1sh=" + p1 + "|" + _long_shape(w),
        "t1w=" + p1 + "|" + w.lower(),
    ]


def ner_features(words: list[str], i: int, p1: str, p2: str, extra: list) -> list[str]:
    """All features of the entity tagger (p1, p2: the two previous predicted labels)."""
    return ner_static_features(words, i, extra) + ner_label_features(words[i], p1, p2)


def second_pass_extras(words: list[str], extras: list, first: list[str]) -> list[list[str]]:
    """Features from the first pass's labels for the second pass: the labels around the word
    (both sides) and the label the same word got elsewhere in the sentence."""
    n = len(words)
    ents = [t[2:] if t != "O" else "O" for t in first]
    seen: dict[str, set[str]] = {}
    for i, w in enumerate(words):
        if ents[i] != "O" and w[:1].isupper():
            seen.setdefault(w, set()).add(ents[i])
    out = []
    for i, w in enumerate(words):
        q = [
            "q0=" + first[i],
            "q-1=" + (first[i - 1] if i else "<s>"),
            "q+1=" + (first[i + 1] if i + 1 < n else "</s>"),
            "q+2=" + (first[i + 2] if i + 2 < n else "</s>"),
            "q-1|0|+1="
            + (ents[i - 1] if i else "<s>")
            + "|"
            + ents[i]
            + "|"
            + (ents[i + 1] if i + 1 < n else "</s>"),
        ]
        other = seen.get(w)
        if other and sum(1 for x in words if x == w) > 1:
            q.append("qsame=" + "|".join(sorted(other)))
        out.append([*extras[i], *q])
    return out


class FastTagger:
    """Greedy decoding of the trained entity perceptron with one weight matrix: the scores of
    the label-independent features of a whole sentence are summed in one numpy call, the
    label features are added token by token."""

    def __init__(self, model) -> None:
        import numpy

        self.model = model
        self.classes = list(model.classes)
        cidx = {c: k for k, c in enumerate(self.classes)}
        feats = sorted(model.weights)
        self.index = {f: k for k, f in enumerate(feats)}
        w = numpy.zeros((len(feats) + 1, len(self.classes)), dtype="float32")
        for f, ws in model.weights.items():
            row = self.index[f]
            for c, v in ws.items():
                w[row, cidx[c]] = v
        self.w = w
        self.missing = len(feats)
        self.np = numpy

    def tag(self, words: list[str], extra: list) -> list[str]:
        np = self.np
        index = self.index
        n = len(words)
        if not n:
            return []
        flat: list[int] = []
        starts: list[int] = []
        for i in range(n):
            starts.append(len(flat))
            flat.append(self.missing)  # every token has at least one row
            for f in ner_static_features(words, i, extra):
                k = index.get(f)
                if k is not None:
                    flat.append(k)
        static = np.add.reduceat(self.w[flat], starts, axis=0)
        out: list[str] = []
        p1, p2 = "<s>", "<s>"
        w = self.w
        classes = self.classes
        for i in range(n):
            scores = static[i]
            for f in ner_label_features(words[i], p1, p2):
                k = index.get(f)
                if k is not None:
                    scores = scores + w[k]
            t = classes[int(scores.argmax())]
            out.append(t)
            p2, p1 = p1, t
        return out


class CrfModel:
    """A linear-chain CRF (python-crfsuite, MIT; CRFsuite, BSD) over the label-independent
    features of the entity tagger (`ner_static_features`), decoded with Viterbi: the label
    sequence is chosen as a whole, so an I- label never follows an O or another type."""

    def __init__(self, path, meta: dict) -> None:
        import pycrfsuite

        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path))
        self.meta = meta
        self.fast = None

    def tag(self, words: list[str], extra: list) -> list[str]:
        if not words:
            return []
        return self.tagger.tag([ner_static_features(words, i, extra) for i in range(len(words))])


def crf_meta_path(model_path) -> str:
    return str(model_path)[: -len(".crfsuite")] + ".meta.json"


def load_crf(path) -> CrfModel:
    import json

    with open(crf_meta_path(path), encoding="utf-8") as fh:
        meta = json.load(fh)
    FEATURE_FLAGS.clear()
    FEATURE_FLAGS.update(meta.get("feature_flags", ()))
    return CrfModel(path, meta)


_CRF_FILE = None  # the opened model file stays alive for the process (resources.as_file)


@cache
def ner_model():
    from lagebild.nlp.perceptron import Perceptron

    global _CRF_FILE
    models = resources.files("lagebild") / "models"
    crf = models / "ner_de.crfsuite"
    if crf.is_file():
        try:
            import pycrfsuite  # noqa: F401
        except ImportError:  # pragma: no cover - fall back to the perceptron if shipped
            pass
        else:
            if (models / "ner_de.meta.json").is_file():
                _CRF_FILE = resources.as_file(crf)
                return load_crf(_CRF_FILE.__enter__())
    res = models / "ner_de.json.gz"
    if not res.is_file():
        return None
    with resources.as_file(res) as p:
        model = Perceptron.load(p)
    if model.meta.get("features") == "ner2":
        model.features = ner_features
        model.fast = FastTagger(model)
        first = model.meta.pop("first_pass", None)
        if first:
            m1 = Perceptron(first["classes"], ner_features)
            m1.weights = first["weights"]
            m1.fast = FastTagger(m1)
            model.first = m1
    return model


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
        extras = token_extras(words, tags)
        first = getattr(model, "first", None)
        if first is not None:
            extras = second_pass_extras(words, extras, first.fast.tag(words, extras))
        fast = getattr(model, "fast", None)
        pred = fast.tag(words, extras) if fast is not None else model.tag(words, extras)
        for a, b, label in iob_to_spans(pred):
            spans.append(Span(doc, toks[a].i, toks[b - 1].i + 1, label=label))
    return spans
