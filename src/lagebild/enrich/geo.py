"""Where an event happened: the place its own sentence gives it.

Works on plain sentence text plus token positions (a dependency parse, where the spaCy Doc has
one, only sharpens the choice between several places). A place counts as the event's location
when the text puts the event there:
- a locative phrase: "in Khartum", "im Jemen", "in der Ukraine", "bei Kiew", "aus dem Tschad",
  "im Kreml", "auf den Norden Israels" (attacks), "nach Paris" (visits, deployments);
- a part of a place: "vor der Küste Venezuelas" (coast), "im Süden des Libanon" / "Südlibanon"
  (direction), "in der Region Cherson" (region), "an der syrischen Grenze" (border);
- a place that is the target of the event itself: "griffen die Hafenstadt Odessa an",
  "blockierten den Hafen von Antwerpen".
A country named as an actor ("Russland und Venezuela schlossen ...") is no location.
Among several candidates the one nearest the event's trigger wins (tree distance when parsed,
else token distance, with a penalty for crossing a comma).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.enrich.gazetteer import (
    DIRECTION_PREFIXES,
    DIRECTIONS,
    Gazetteer,
    Place,
    get_gazetteer,
)
from lagebild.models import EventMention

ADJ_RE = re.compile(r"(e|en|er|es|em)$")
TOKEN_RE = re.compile(r"\w+(?:[-'’.]\w+)*", re.UNICODE)

ARTICLES = frozenset(
    "der die das des dem den ein eine einer eines einem einen dieser diese diesem diesen dieses "
    "seiner seine seinem seinen ihrer ihre ihrem ihren the a an".split()
)
# preposition -> weight; None: never locative
PREPOSITIONS: dict[str, float] = {
    "in": 1.0,
    "im": 1.0,
    "bei": 0.9,
    "beim": 0.8,
    "nahe": 0.9,
    "innerhalb": 0.9,
    "außerhalb": 0.8,
    "vor": 0.9,
    "an": 0.8,
    "am": 0.8,
    "auf": 0.7,
    "aus": 0.7,
    "nach": 0.6,
    "um": 0.5,
    "nördlich": 0.8,
    "südlich": 0.8,
    "östlich": 0.8,
    "westlich": 0.8,
    "unweit": 0.8,
    "in die": 0.6,
    # English
    "at": 0.9,
    "near": 0.9,
    "off": 0.9,
    "outside": 0.8,
    "inside": 0.9,
    "from": 0.6,
    "to": 0.5,
    "into": 0.6,
    "on": 0.6,
}
OTHER_PREPOSITIONS = frozenset(
    "mit gegen für zwischen von vom zu zum zur über unter durch ohne wegen seit laut gemäß trotz "
    "gegenüber with against for between by about of over".split()
)
OUTER_PREPOSITIONS = frozenset(
    "in im bei beim nach mit von vom zu zum zur für gegen seit vor während trotz wegen".split()
)
# these only locate when a feature noun follows ("an der Grenze", "vor der Küste"):
# "an Taiwan" is a recipient, "vor einer Intervention" a warning's object
NEEDS_FEATURE = frozenset({"an", "am", "vor", "um", "off"})
# "aus" and "nach" locate only some events; "auf" mostly attacks (and islands)
PREP_TYPES = {
    "aus": {"RETREAT", "COERCE"},  # withdrawn from X, expelled from X; attacks come from X
    "nach": {"CONSULT", "MOBILIZE", "RETREAT", "AID", "COOPERATE"},
    "in die": {"MOBILIZE", "RETREAT", "AID", "COOPERATE", "ASSAULT"},
    "from": {"RETREAT", "COERCE"},
    "to": {"CONSULT", "MOBILIZE", "RETREAT", "AID", "COOPERATE"},
    "into": {"MOBILIZE", "RETREAT", "AID", "COOPERATE", "ASSAULT"},
    "on": {"ASSAULT", "MOBILIZE", "COERCE", "PROTEST", "THREATEN"},
    "auf": {"ASSAULT", "MOBILIZE", "COERCE", "PROTEST", "THREATEN"},
}
ADMIN_NOUNS = frozenset(
    "Region Provinz Gebiet Oblast Bezirk Bundesstaat Bundesland Gouvernement Distrikt Kanton "
    "Landkreis Kreis Großraum Umgebung Umland Raum".split()
)
CITY_NOUNS = frozenset(
    "Stadt Hafenstadt Hauptstadt Großstadt Grenzstadt Küstenstadt Metropole Hafen Flughafen "
    "Ortschaft Ort Dorf Kleinstadt Millionenstadt Frontstadt Nähe".split()
)
FEATURE_NOUNS = {
    "Küste": "coast",
    "Küsten": "coast",
    "Grenze": "border",
    "Grenzen": "border",
    "coast": "coast",
    "coasts": "coast",
    "border": "border",
    "borders": "border",
}
LINKS = frozenset({"des", "der", "von", "vom", "zu", "zur", "zum", "of", "with"})
# English: "the port city of Odesa", "northern Israel"
CITY_NOUNS_EN = frozenset("city town port capital village".split())
DIRECTION_ADJ_EN = {
    "northern": "north",
    "southern": "south",
    "eastern": "east",
    "western": "west",
    "northeastern": "northeast",
    "northwestern": "northwest",
    "southeastern": "southeast",
    "southwestern": "southwest",
}
# event types whose target, when it is a place, is where the event happened
# events that happen in words: a place phrase modifying a noun ("warfen der Junta in Myanmar
# vor") is not where such an event happened
VERBAL_TYPES = frozenset({"SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"})
TARGET_PLACE_TYPES = frozenset(
    {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN", "SANCTION", "CONSULT"}
)
# ... and those whose target country is the place: attacks on and visits to a country
COUNTRY_TARGET_TYPES = frozenset({"ASSAULT", "CONSULT"})


@dataclass
class Token:
    text: str
    start: int  # offset in the section text
    end: int


@dataclass
class Candidate:
    place: Place
    start: int  # token index of the whole phrase (preposition or feature noun included)
    end: int  # token index after the place name
    name_start: int
    prep: str | None
    weight: float
    via: str  # 'prep', 'bare', 'feature'
    after_noun: bool = False  # the phrase follows a noun it may modify
    nested: bool = False  # ... a noun inside another prepositional phrase
    governed: bool = False  # in a phrase of a non-locative preposition ("mit Marokko")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in TOKEN_RE.finditer(text)]


def _split_direction(word: str, gaz: Gazetteer) -> tuple[str, Place] | None:
    """'Südlibanon' -> ('Süden', Lebanon); 'Nordsyrien', 'Ostukraine', 'West-Jerusalem'."""
    for prefix, direction in DIRECTION_PREFIXES.items():
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            rest = word[len(prefix) :].lstrip("-")
            rest = rest[0].upper() + rest[1:]
            place = gaz.lookup(rest)
            if place is not None and place.kind in ("country", "city", "region"):
                return direction, place
    return None


def find_candidates(
    tokens: list[Token], gaz: Gazetteer, prefer: frozenset = frozenset()
) -> list[Candidate]:
    """All place phrases in a token list, each with the preposition that introduces it."""
    words = [t.text for t in tokens]
    out: list[Candidate] = []
    i = 0
    while i < len(words):
        w = words[i]
        place, n = gaz.match(words, i, prefer) if w[:1].isupper() else (None, 0)
        feature: str | None = None
        direction: str | None = None
        if place is None and w[:1].isupper():
            split = _split_direction(w, gaz)
            if split:
                direction, place = split
                n = 1
        if place is None:
            # adjective + feature noun: "vor der venezolanischen Küste", "an der syrischen Grenze"
            iso3 = gaz.adjectives.get(w.lower()) if w[:1].islower() else None
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if iso3 in gaz.countries and nxt in FEATURE_NOUNS:
                place, n = gaz.country_place(iso3), 2
                feature = FEATURE_NOUNS[nxt]
            elif iso3 in gaz.countries and (nxt in CITY_NOUNS or nxt in ADMIN_NOUNS):
                # "in der venezolanischen Kleinstadt X": an unknown X keeps the country;
                # a known X is matched at its own position
                known, _ = gaz.match(words, i + 2, prefer) if i + 2 < len(words) else (None, 0)
                if known is None:
                    place, n = gaz.country_place(iso3), 2
                    if i + 2 < len(words) and words[i + 2][:1].isupper():
                        n = 3
            if place is None:
                i += 1
                continue
        name_start = i
        j = i - 1  # walk left over links, feature nouns, adjectives and articles
        if feature is None and direction is None:
            # genitive before a feature noun: "vor Venezuelas Küste"
            if (
                i + n < len(words)
                and words[i + n] in FEATURE_NOUNS
                and words[i + n - 1].endswith("s")
            ):
                feature = FEATURE_NOUNS[words[i + n]]
                n += 1
        if j >= 0 and words[j] in LINKS and feature is None and direction is None:
            k = j - 1
            while k >= 0 and words[k] in ARTICLES:
                k -= 1
            if k >= 0 and words[k] in FEATURE_NOUNS:
                feature, j = FEATURE_NOUNS[words[k]], k - 1
            elif k >= 0 and words[k] in DIRECTIONS:
                direction, j = words[k], k - 1
            elif k >= 0 and (
                words[k] in ADMIN_NOUNS or words[k] in CITY_NOUNS or words[k] in CITY_NOUNS_EN
            ):
                feature = "admin" if words[k] in ADMIN_NOUNS else None
                j = k - 1
        elif j >= 0 and feature is None and direction is None:
            if words[j] in ADMIN_NOUNS:  # "Region Cherson"
                feature, j = "admin", j - 1
            elif words[j] in CITY_NOUNS:  # "Hafenstadt Odessa"
                j -= 1
            elif words[j] in FEATURE_NOUNS:  # "Küste Venezuelas"
                feature, j = FEATURE_NOUNS[words[j]], j - 1
            elif words[j] in DIRECTIONS:  # "Norden Israels"
                direction, j = words[j], j - 1
            elif words[j].lower() in DIRECTION_ADJ_EN:  # "northern Israel"
                direction, j = DIRECTION_ADJ_EN[words[j].lower()], j - 1
        # adjectives ("ukrainischen", "umkämpften") count only between an article or a
        # preposition and the place: "in der ukrainischen Hafenstadt Odessa"
        k = j
        while k >= 0 and i - k <= 4 and words[k][:1].islower() and ADJ_RE.search(words[k]):
            if words[k] in ARTICLES or words[k].lower() in PREPOSITIONS:
                break
            k -= 1
        if k != j and k >= 0 and (words[k] in ARTICLES or words[k].lower() in PREPOSITIONS):
            j = k
        while j >= 0 and words[j] in ARTICLES:
            j -= 1
        prep = words[j].lower() if j >= 0 and words[j].lower() in PREPOSITIONS else None
        governed = prep is None and j >= 0 and words[j].lower() in OTHER_PREPOSITIONS
        if prep is None and j >= 1 and words[j] == "of" and words[j - 1].lower() == "out":
            prep, j = "from", j - 1  # "out of Kherson"
        if prep == "in" and words[j + 1] == "die":
            prep = "in die"  # accusative: a direction ("schmuggeln in die USA"), like "nach"
        # a phrase right after a noun modifies that noun ("die Regierung in Caracas")
        after_noun = (
            prep is not None
            and j > 0
            and words[j - 1][:1].isupper()
            and words[j - 1] not in ARTICLES
            and tokens[j - 1].end + 1 >= tokens[j].start
        )
        # ... of a noun that is itself in a prepositional phrase ("nach Gesprächen in Paris"):
        # deeper in the tree, so further from the verb
        nested = False
        if after_noun:
            k = j - 2
            while k >= 0 and (
                words[k] in ARTICLES or ADJ_RE.search(words[k]) and words[k].islower()
            ):
                if words[k].lower() in PREPOSITIONS:
                    break
                k -= 1
            nested = k >= 0 and words[k].lower() in OUTER_PREPOSITIONS
        if feature == "coast":
            place = gaz.coast(place.country) or place if place.country else place
        elif feature == "border":
            place = gaz.as_region(place, "border", "border")
        elif feature == "admin" and place.kind == "city":
            place = gaz.as_region(place, "admin", "region")
        if direction:
            place = gaz.part(place, direction)
        weight = PREPOSITIONS.get(prep, 0.0) if prep else 0.0
        out.append(
            Candidate(
                place=place,
                start=j if prep else j + 1,
                end=i + n,
                name_start=name_start,
                prep=prep,
                weight=weight,
                via="prep" if prep else "bare",
                after_noun=after_noun,
                nested=nested,
                governed=governed,
            )
        )
        if feature or direction:
            out[-1].via = "prep" if prep else "feature"
        i += n
    return out


def _has_feature(c: Candidate) -> bool:
    return c.place.feature in ("coast", "border", "direction", "admin")


def locative(c: Candidate, event_type: str) -> bool:
    if c.prep is None:
        return False
    if c.prep in NEEDS_FEATURE and not _has_feature(c) and c.place.kind in ("country", "city"):
        # "vor Venezuela" (off Venezuela) still locates a naval event; "an Taiwan" never does
        return c.prep in ("vor", "off") and event_type in ("ASSAULT", "MOBILIZE", "COERCE")
    allowed = PREP_TYPES.get(c.prep)
    if allowed is not None and event_type not in allowed:
        return False
    if c.after_noun and event_type in VERBAL_TYPES:
        return False
    return True


def _token_index(tokens: list[Token], char: int | None) -> int | None:
    if char is None:
        return None
    for k, t in enumerate(tokens):
        if t.start <= char < t.end or char < t.start:
            return k
    return len(tokens) - 1 if tokens else None


def _slot_span(slot, sentence_text: str, sentence_start: int) -> tuple[int, int] | None:
    """Character span (in section offsets) of an actor slot: its offsets, else its text."""
    if slot is None:
        return None
    if slot.start is not None:
        return slot.start, slot.end if slot.end is not None else slot.start + len(slot.text or "")
    if slot.text:
        pos = sentence_text.find(slot.text)
        if pos >= 0:
            return sentence_start + pos, sentence_start + pos + len(slot.text)
    return None


def choose(
    cands: list[Candidate],
    tokens: list[Token],
    event: EventMention,
    distance=None,
    sentence_text: str = "",
    sentence_start: int = 0,
    blocked: list[tuple[int, int]] = (),
    is_object=None,
) -> Candidate | None:
    """The candidate that places the event (or None). `distance(c, trig)` and
    `is_object(c, trig)` use a dependency parse where there is one."""
    trig = _token_index(tokens, event.start)
    target_span = _slot_span(event.target, sentence_text, sentence_start)
    source_span = _slot_span(event.source, sentence_text, sentence_start)
    # a target given by an adjective ("die ukrainische Hafenstadt Odessa": target UKR from
    # "ukrainische") still lets the place in the object position count
    target_country = None
    if event.target is not None and event.target.code and ":" not in event.target.code:
        target_country = event.target.code.split("/")[0]
    best, best_score = None, None
    for c in cands:
        cs, ce = tokens[c.name_start].start, tokens[c.end - 1].end
        if any(
            cs < b and ce > a and not (a <= cs and ce <= b and c.place.kind != "city")
            for a, b in blocked
        ):
            continue  # a person's or organisation's name ("Marco Rubio", "Hamas")
        in_target = target_span is not None and cs < target_span[1] and ce > target_span[0]
        in_source = source_span is not None and cs < source_span[1] and ce > source_span[0]
        if locative(c, event.type):
            score = c.weight - (0.1 if c.after_noun else 0.0) - (0.2 if c.nested else 0.0)
        elif (
            in_target
            and event.type in TARGET_PLACE_TYPES
            and (c.place.kind != "country" or event.type in COUNTRY_TARGET_TYPES or _has_feature(c))
        ):
            score = 0.9  # the attacked city, the blockaded port
        elif (
            c.prep is None
            and not c.governed
            and (target_span is None or (target_country and target_country == c.place.country))
            and event.type in TARGET_PLACE_TYPES
            and (c.place.kind != "country" or event.type in COUNTRY_TARGET_TYPES or _has_feature(c))
            and not in_source
            and (
                (is_object is None and c.start > 0)  # not the sentence's first phrase (subject)
                or (is_object is not None and trig is not None and is_object(c, trig))
            )
        ):
            # the coder found no target actor, and the object is a place
            score = 0.8 if is_object is not None else 0.5
        else:
            continue
        if in_source and c.prep is None:
            continue
        if trig is not None:
            if distance is not None:
                d = distance(c, trig)
            else:
                d = min(abs(k - trig) for k in range(c.start, c.end)) / 2
            lo, hi = sorted((tokens[trig].start, tokens[c.start].start))
            between = sentence_text[lo - sentence_start : hi - sentence_start]
            d += 4 * (between.count(",") + between.count(";") + between.count(":"))
            score -= 0.05 * d
        if best_score is None or score > best_score:
            best, best_score = c, score
    return best


def _char_tokens_to_spacy(doc, tokens: list[Token]):
    """Map our tokens to spaCy token indices by character offset (None where no match)."""
    idx = {}
    for t in doc:
        idx[t.idx] = t.i
    return [idx.get(t.start) for t in tokens]


def tree_distance_fn(doc, tokens: list[Token]):
    """A distance(candidate, trigger_token_index) over a dependency parse, or None."""
    if doc is None or not doc.has_annotation("DEP"):
        return None
    mapping = _char_tokens_to_spacy(doc, tokens)

    def path(i: int) -> list[int]:
        out = [i]
        seen = {i}
        while doc[out[-1]].head.i != out[-1] and len(out) < 50:
            h = doc[out[-1]].head.i
            if h in seen:
                break
            out.append(h)
            seen.add(h)
        return out

    def dist(c: Candidate, trig: int) -> float:
        a = mapping[c.name_start] if c.name_start < len(mapping) else None
        b = mapping[trig] if trig < len(mapping) else None
        if a is None or b is None:
            return abs(c.start - trig) / 2
        pa, pb = path(a), path(b)
        common = set(pa) & set(pb)
        if not common:
            return 20.0
        da = min(pa.index(x) for x in common)
        db = min(pb.index(x) for x in common)
        return float(da + db)

    return dist


def object_fn(doc, tokens: list[Token]):
    """is_object(candidate, trigger_token_index): the place is (in) the trigger's object."""
    if doc is None or not doc.has_annotation("DEP"):
        return None
    mapping = _char_tokens_to_spacy(doc, tokens)

    def is_object(c: Candidate, trig: int) -> bool:
        b = mapping[trig] if trig < len(mapping) else None
        if b is None:
            return False
        # any word of the phrase ("den Hafen von Antwerpen") may carry the object relation
        for k in range(c.start, min(c.end, len(mapping))):
            if mapping[k] is None:
                continue
            tok = doc[mapping[k]]
            for _ in range(4):
                if tok.dep_ in ("obj", "iobj", "nsubj:pass") and tok.head.i == b:
                    return True
                if tok.dep_ in ("appos", "flat", "flat:name", "nmod", "compound") and (
                    tok.head.i != tok.i
                ):
                    tok = tok.head
                    continue
                break
        return False

    return is_object


def locate(
    event: EventMention,
    sentence_text: str,
    sentence_start: int,
    doc=None,
    prefer: frozenset = frozenset(),
    gaz: Gazetteer | None = None,
    blocked: list[tuple[int, int]] = (),
) -> Place | None:
    """The place where `event` happened according to its sentence, or None. `blocked`: character
    spans (section offsets) of names that are no places (persons, organisations)."""
    gaz = gaz or get_gazetteer()
    tokens = tokenize(sentence_text, sentence_start)
    cands = find_candidates(tokens, gaz, prefer)
    if not cands:
        return None
    c = choose(
        cands,
        tokens,
        event,
        tree_distance_fn(doc, tokens),
        sentence_text=sentence_text,
        sentence_start=sentence_start,
        blocked=blocked,
        is_object=object_fn(doc, tokens),
    )
    return c.place if c else None
