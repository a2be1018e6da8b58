"""The actor mentions of a sentence for the event coder: `Actors` (the actor stage's spans of a
Doc, with fall-backs for adjectives, compound prefixes and place names through the resolver and
the gazetteers), `Hit` (an actor found in a role) and `Cand` (an event candidate with its roles
and modality). coding/coder.py re-exports them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

from spacy.tokens import Doc, Span, Token

from lagebild.coding import syntax as sx
from lagebild.coding.lexicon import Entry
from lagebild.coding.syntax import code_country, code_sector
from lagebild.models import ActorRef, ActorSlot

_HYPHEN = re.compile(r"^([A-ZÄÖÜ][\wÄÖÜäöüß]*)-(.+)$")

# "Nordirak", "Südlibanon", "Ostukraine": a direction joined to a country or region name
_DIRECTION = re.compile(r"^(?:Nord|Süd|Ost|West|Zentral|Mittel)(?:ost|west)?-?(?=[A-ZÄÖÜa-zäöü])")

_GAZ_FAILED = False


def gazetteer_country(name: str, min_population: int = 0) -> str | None:
    """The country (ISO3) of a place name from the enrich stage's gazetteer (cities, regions,
    countries; "Nordirak" is looked up as "Irak"); None when unknown or the gazetteer is absent."""
    global _GAZ_FAILED
    if _GAZ_FAILED or not name or not name[:1].isupper():
        return None
    try:
        from lagebild.enrich.gazetteer import get_gazetteer

        gaz = get_gazetteer()
    except Exception:  # the enrich stage is optional here
        _GAZ_FAILED = True
        return None
    forms = [name]
    m = _DIRECTION.match(name)
    if m and len(name) - m.end() >= 3:
        rest = name[m.end() :]
        forms.append(rest[:1].upper() + rest[1:])
    for form in forms:
        try:
            place = gaz.lookup(form)
        except Exception:
            place = None
        cc = getattr(place, "country", None) if place is not None else None
        if cc and min_population and getattr(place, "kind", "") not in ("country", "region"):
            if (getattr(place, "population", 0) or 0) < min_population:
                cc = None
        if cc:
            return cc
    return None


def _place_name_country(name: str) -> str | None:
    """The country of a town or country name of the gazetteers (no actor: "Verdi" is none)."""
    try:
        from lagebild.actors.places import city_country

        cc = city_country(name)
    except Exception:  # the actor stage's gazetteer is optional here
        cc = None
    return cc or gazetteer_country(name)


@dataclass
class Hit:
    """An actor found in a role."""

    code: str
    name: str | None
    text: str
    start: int
    end: int
    token: int  # token index of the head
    how: str  # 'span', 'nested', 'amod', 'prefix', 'place', ...
    is_place: bool = False  # named as a place ("in Ankara", "der Anschlag von Ankara")

    @classmethod
    def of_token(cls, code: str, t: Token, how: str, is_place: bool = False) -> Hit:
        """A hit whose text is the one token t (no name from the knowledge base)."""
        return cls(code, None, t.text, t.idx, t.idx + len(t.text), t.i, how, is_place)

    @property
    def country(self) -> str | None:
        return code_country(self.code)

    @property
    def sector(self) -> str:
        return code_sector(self.code)

    def slot(self, offset: int = 0, implied: str | None = None) -> ActorSlot:
        return ActorSlot(
            code=self.code,
            name=self.name,
            text=self.text,
            start=self.start + offset,
            end=self.end + offset,
            implied=implied,
        )


@dataclass
class Cand:
    entry: Entry
    kind: str  # verb / light / noun
    anchor: Token  # the token whose clause carries modality (verb, or the noun)
    triggers: list[Token]
    noun: Token | None = None
    sources: list[Hit] = field(default_factory=list)
    targets: list[Hit] = field(default_factory=list)
    pair: list[Hit] = field(default_factory=list)  # "zwischen A und B"
    src_rule: str = ""
    tgt_rule: str = ""
    negated: bool = False
    hypothetical: bool = False
    hedged: bool = False
    notes: list[str] = field(default_factory=list)
    type: str = ""
    cameo: str = ""
    confidence: float = 1.0
    symmetric: bool = False
    null_source: bool = False  # may be coded with a null source (decided with the sentence)
    presupposed: bool = False  # told as done whatever the clause around it says (participles)
    # the rule that made it decided its modality (replies.py `conditional-threat`): the clause
    # around its anchor is the threatened act's, not its own
    modality_set: bool = False

    def flag(self, kind: str, note: str) -> None:
        """Set the modality flag `kind` ("negated", "hypothetical" or "hedged") and note the
        rule's reason (the notes are the event's evidence and the tracer's detail)."""
        if kind not in ("negated", "hypothetical", "hedged"):
            raise ValueError(f"no modality flag {kind!r}")
        setattr(self, kind, True)
        self.notes.append(note)


class Actors:
    """Actor spans of one Doc (from the actor stage), with fall-backs for adjectives, compound
    prefixes and places through the resolver."""

    def __init__(self, doc: Doc, resolver: Any = None, date: Date | None = None):
        self.doc = doc
        self.resolver = resolver
        self.date = date
        self.by_tok: dict[int, Span] = {}
        spans = list(doc.spans["actors"]) if "actors" in doc.spans else []
        for sp in sorted(spans, key=len, reverse=True):  # the smallest span wins per token
            if getattr(sp._, "actor", None) is None:
                continue
            for t in sp:
                self.by_tok[t.i] = sp
        self._cache: dict[str, ActorRef | None] = {}

    def resolve_text(self, text: str) -> ActorRef | None:
        if self.resolver is None or not text:
            return None
        if text not in self._cache:
            ref = None
            fn = getattr(self.resolver, "resolve_mention", None)
            if fn is not None:
                try:
                    ref = fn(text, self.date, "de")
                except TypeError:
                    ref = fn(text)
                except Exception:  # a resolver failure never stops coding
                    ref = None
            if ref is not None and not isinstance(ref, ActorRef):
                ref = (
                    getattr(ref, "actor", None) if not isinstance(ref, str) else ActorRef(code=ref)
                )
            self._cache[text] = ref
        return self._cache[text]

    def place_country(self, name: str) -> str | None:
        """The country of a place name (a city the knowledge base has no actor for)."""
        ref = self.resolve_text(name)
        if (
            ref is not None
            and ref.code.split("/")[0]
            and not ref.code.startswith(("/", "IGO", "NGO"))
        ):
            return ref.code.split("/")[0]
        return _place_name_country(name)

    def _known_place_country(self, name: str) -> str | None:
        """place_country without the enrich gazetteer's alternate names."""
        ref = self.resolve_text(name)
        if ref is not None and ref.code.split("/")[0] and not ref.code.startswith(("IGO", "NGO")):
            return ref.code.split("/")[0]
        try:
            from lagebild.actors.places import city_country

            return city_country(name)
        except Exception:  # the actor stage's gazetteer is optional here
            return None

    def place(self, x: Token) -> Hit | None:
        """A place name the actor spans left out ("Chan Junis", "Tel Aviv", "Nordirak") as a hit
        for its country."""
        if not x.text[:1].isupper():
            return None
        if x.pos_ == "NOUN":
            # a city the tagger read as a common noun ("auf Chartum"): bare (no article),
            # uninflected, in a PP, and a country, region or large city in the gazetteer
            if (
                (x.lemma_ or x.text) != x.text
                or any(sx.dep(k) == "det" for k in x.children)
                or not any(sx.dep(k) == "case" for k in x.children)
            ):
                return None
            cc = gazetteer_country(x.text, min_population=100_000)
            if not cc:
                return None
            return Hit.of_token(cc, x, "place", True)
        if x.pos_ != "PROPN":
            return None
        parts = [x] + [
            c for c in x.children if sx.dep(c) in ("flat", "flat:name") and c.pos_ == "PROPN"
        ]
        parts.sort(key=lambda t: t.i)
        names = [x.text]
        if len(parts) > 1 and parts[-1].i - parts[0].i == len(parts) - 1:
            names.insert(0, " ".join(t.text for t in parts))
        for name in names:
            if len(names) > 1 and name == x.text:
                # the head of a longer proper name that is no known place ("Flughafen Ben
                # Gurion", "Camp David"): only a place the knowledge base names, not one of the
                # gazetteer's alternate spellings ("Ben" is listed for Bern)
                cc = self._known_place_country(name)
            else:
                cc = self.place_country(name)
            if cc:
                start, end = parts[0].idx, parts[-1].idx + len(parts[-1].text)
                if name == x.text:
                    start, end = x.idx, x.idx + len(x.text)
                under = any(sx.dep(k) == "case" for k in x.children)  # "in Chan Junis"
                return Hit(cc, None, self.doc.text[start:end], start, end, x.i, "place", under)
        return None

    def at(self, t: Token) -> Hit | None:
        sp = self.by_tok.get(t.i)
        if sp is None:
            return None
        ref: ActorRef = sp._.actor
        place = bool(getattr(sp._, "is_place", False)) if Span.has_extension("is_place") else False
        return Hit(
            ref.code, ref.name, sp.text, sp.start_char, sp.end_char, t.i, "span", is_place=place
        )

    def mentions(self, sent: Span) -> list[Hit]:
        """The actor mentions of sentence sent in order, one hit each (at its first token)."""
        out: list[Hit] = []
        for t in sent:
            h = self.at(t)
            if h is not None and (not out or out[-1].start != h.start):
                out.append(h)
        return out

    def countries(self, sent: Span, bodies: bool = True) -> set[str]:
        """The countries of the actors in sentence sent; with `bodies`, also the codes of the
        international and non-governmental organisations among them ("IGO:UN", "NGO:HRW")."""
        out = set()
        for t in sent:
            sp = self.by_tok.get(t.i)
            if sp is None:
                continue
            code = sp._.actor.code
            cc = code_country(code)
            if cc and (bodies or not code.startswith(("IGO:", "NGO:"))):
                out.add(cc)
        return out

    def unplaced(self, i: int) -> bool:
        """Does the actor stage say the mention at token i has no single country ("ein
        ausländischer Kameramann", "Ministerien vieler arabischer Länder")?"""
        sp = self.by_tok.get(i)
        return sp is not None and Span.has_extension("unplaced") and bool(sp._.unplaced)

    def members(self, t: Token) -> list[Hit]:
        """The further actors of a mention that names several ("beide Seiten", "seine
        Amtskollegen aus Deutschland, Frankreich und Großbritannien"): `span._.actors` of the
        actor stage, after the first (which `at` gives)."""
        sp = self.by_tok.get(t.i)
        refs = (
            getattr(sp._, "actors", None)
            if sp is not None and Span.has_extension("actors")
            else None
        )
        return [
            Hit(r.code, r.name, sp.text, sp.start_char, sp.end_char, t.i, "members")
            for r in (refs or [])[1:]
        ]

    def adjective(self, a: Token) -> Hit | None:
        h = self.at(a)
        if h:
            return h
        if a.pos_ not in ("ADJ", "PROPN", "NOUN") or not a.text[:1].isalpha():
            return None
        code = self._word_code(a.text, " ")
        return Hit.of_token(code, a, "amod") if code else None

    def prefix(self, t: Token) -> Hit | None:
        m = _HYPHEN.match(t.text)
        if not m:
            return None
        code = self._word_code(m.group(1), "-")
        if code is None:
            return None
        return Hit(code, None, m.group(1), t.idx, t.idx + len(m.group(1)), t.i, "prefix")

    def _word_code(self, word: str, joiner: str) -> str | None:
        """The actor code of a country word ("russische", "US"), tried alone and before
        "Regierung"; the bare country when only "… Regierung" resolved it."""
        ref = self.resolve_text(word) or self.resolve_text(f"{word}{joiner}Regierung")
        if ref is None or not ref.code.split("/")[0]:
            return None
        if ref.code.endswith("/GOV") and ref.name and "Regierung" in ref.name:
            return ref.code.split("/")[0]
        return ref.code
