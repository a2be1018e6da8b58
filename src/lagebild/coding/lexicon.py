"""The predicate lexicon: readable YAML data files, one per PLOVER type, plus the CAMEO table
(Goldstein score, quad class) and the word lists the role and modality rules read (`rules.yaml`).

Entry format (see docs/coding.md for the full reference)::

    type: ASSAULT
    defaults:
      verb: {source: [subj], target: [obj, gegen, auf]}
      noun: {source: [gen, poss, prefix, amod, durch], target: [auf, gegen]}
    entries:
      - id: angreifen                  # unique within the type; the full id is "assault.angreifen"
        verb: angreifen                # lemma, separable particle joined (or a list of lemmas)
        cameo: "190"
        example: "Russland griff die Ukraine an."
        expect: {source: RUS, target: UKR}

An entry names a `verb`, a `noun`, or both (a light-verb construction: the noun as the verb's
object, e.g. noun Sanktion + verb verhängen). Optional conditions: `reflexive` (needs "sich"),
`object` (lemmas or @classes the object must match), `subject` (the same for the active
subject: "Drohnen trafen eine Raffinerie"), `theme` (the event noun or what it is of:
"Ausfuhr von Waffen" is @weapon), `pp` (a prepositional phrase whose noun or adjective must
match: `{als: ["@terror_label"]}`, `{aus: ["@agreement"]}`), `clause` (the verb of an
infinitive clause under the predicate: "forderte den Botschafter auf, das Land zu verlassen"),
`in_clause` (a word anywhere in a clause under the predicate: "warnte, man werde mit
Gegenmaßnahmen reagieren"), `opponent` (roles of a fight's opponent: when the predicate has such a
phrase, one of them must name an actor or people: "der Kampf gegen die Korruption", "kämpft mit
Schwierigkeiten" are no fight),
`modifier` (an adverb on the
predicate: "scharf angreifen" is verbal), `require` / `exclude` (roles that must be / must not be
present; the pseudo-role `neg` is a negation of the predicate, consumed by the entry: "genehmigt
keine Waffenexporte mehr" is a SANCTION, not a negated AID; `inf` an infinitive clause under it:
"untersagte der Regierung, Soldaten zu entsenden"; `future` a future or modal auxiliary on it:
"werde es nicht geben" rules out, "hat es nicht gegeben" reports), `sectors` / `not_sectors` (of the
source actor; `-` a bare country, `people` one named by its people: "die Iraner"), `require_target`, `announced` (a call for or announcement of the entry's own
event, "rief zu einem Warnstreik auf": always hypothetical), `in_object` (a word anywhere in the
object phrase, not in its relative clauses: "gab eingefrorene Gelder frei"), `mutual` (each side does it to the other:
"tauschten Gefangene aus" is one event each way), `people_target` (an act of a state on its own
population, "schaltete das Internet ab", "verhängte eine Ausgangssperre": with no target in the
text and no other country named, the people of the source's country; rule `domestic-target`).
User files in the same format add entries or replace ours with the same id.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from lagebild import yamlload
from lagebild.models import PLOVER_TYPES

ROLE_NAMES = {
    "subj",
    "obj",
    "iobj",
    "gen",
    "poss",
    "prefix",
    "amod",
    "copsubj",
    "zwischen",
    "support",
    "passive",
    "neg",
    "inf",  # require/exclude: an infinitive clause under the predicate ("untersagte ihr, … zu reisen")
    "future",  # require/exclude: a future or modal auxiliary on the predicate ("werde es nicht geben")
    "speaker",  # verbs: the subject of the verb of saying the clause is reported under
    "host",  # nouns: the subject of the clause whose PP the noun is ("auf Drängen der USA")
}
PREPOSITIONS = {
    "an",
    "auf",
    "aus",
    "bei",
    "durch",
    "für",
    "gegen",
    "gegenüber",
    "in",
    "mit",
    "nach",
    "über",
    "um",
    "von",
    "vor",
    "zu",
    "zwischen",
    "hinter",
    "unter",
    "wegen",
    "laut",
    "als",
}
MODES = {"military", "economic", "humanitarian", "diplomatic", "judicial", "verbal", "other", None}


class LexiconError(ValueError):
    """A lexicon file that cannot be read; the message names the file and entry."""


@dataclass
class CameoCode:
    code: str
    goldstein: float
    quad_class: int
    description: str


@dataclass
class Entry:
    id: str
    type: str
    cameo: str
    goldstein: float
    quad_class: int
    verb: tuple[str, ...] = ()
    noun: tuple[str, ...] = ()
    mode: str | None = None
    reflexive: bool | None = None  # True: needs "sich"; False: must not have it; None: either
    object: tuple[str, ...] = ()  # the object (or passive subject) must match one of these
    not_object: tuple[str, ...] = ()
    # the (active) subject must match one of these: a weapon that hits ("Drohnen trafen eine
    # Raffinerie") is no visitor who meets
    subject: tuple[str, ...] = ()
    # a word anywhere in the object phrase ("gab eingefrorene Gelder frei", "1,5 Milliarden an
    # eingefrorenen Fördermitteln"); for nouns, in the noun phrase
    in_object: tuple[str, ...] = ()
    # roles that must be present (e.g. "auf", "iobj"); "gen|gegen": either of them
    require: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()  # roles that must be absent
    modifier: tuple[str, ...] = ()  # an adverb/adjective on the predicate ("scharf", @verbal)
    theme: tuple[str, ...] = ()  # the event noun or what it is of ("Ausfuhr von Waffen": @weapon)
    clause: tuple[str, ...] = ()  # verb lemmas of an infinitive clause under the predicate
    # a word anywhere in a clause under the predicate ("warnte, man werde mit Gegenmaßnahmen
    # reagieren")
    in_clause: tuple[str, ...] = ()
    # roles that name the opponent of a fight ("gegen", "mit", "obj"): when the predicate has
    # one, one of them must name an actor or people (ConditionRules._names_opponent)
    opponent: tuple[str, ...] = ()
    pp: dict[str, tuple[str, ...]] = field(default_factory=dict)  # {"als": ["@terror_label"]}
    sectors: tuple[str, ...] = ()  # source sector must be one of these ("-" = no sector)
    not_sectors: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    symmetric: bool = False
    agent_noun: bool = False  # "Unterstützer", "Waffenlieferant": the copula subject acts
    require_target: bool = False
    compound: bool = True  # nouns: also match as the last part of a compound
    confidence: float = 1.0
    governs: str | None = None  # "negate" / "hypothetical": effect on the events it embeds
    # the entry names a call for or announcement of its own event ("rief zum Streik auf"):
    # the event is always hypothetical
    announced: bool = False
    # each side does it to the other ("tauschten Gefangene aus"): one event each way
    mutual: bool = False
    # an act of a state on its own population ("schaltete das Internet ab"): with no target in
    # the text, the people of the source's country (rule `domestic-target`)
    people_target: bool = False
    joint: dict[str, Any] | None = None  # {type, cameo}: re-typed when done jointly ("gemeinsam")
    example: str | None = None
    expect: dict[str, Any] = field(default_factory=dict)
    file: str = ""

    @property
    def kind(self) -> str:
        if self.verb and self.noun:
            return "light"
        return "verb" if self.verb else "noun"

    @property
    def require_roles(self) -> tuple[str, ...]:
        """Every role `require` names, alternatives included."""
        return tuple(r for alt in self.require for r in alt.split("|"))

    def specificity(self) -> int:
        """More conditions = more specific; the most specific matching entry wins."""
        return (
            3 * bool(self.verb and self.noun)
            + 2 * bool(self.object)
            + bool(self.not_object)
            + 2 * bool(self.subject)
            + 2 * bool(self.in_object)
            + 2 * len(self.require)
            + len(self.exclude)
            + 2 * bool(self.modifier)
            + 2 * bool(self.theme)
            + 2 * bool(self.clause)
            + 2 * bool(self.in_clause)
            + 2 * len(self.pp)
            + (self.reflexive is not None)
            + 2 * bool(self.sectors)
            + bool(self.not_sectors)
        )


@dataclass
class Lexicon:
    entries: dict[str, Entry]
    cameo: dict[str, CameoCode]
    rules: dict[str, Any]
    classes: dict[str, tuple[str, ...]]
    by_verb: dict[str, list[Entry]] = field(default_factory=dict)
    by_noun: dict[str, list[Entry]] = field(default_factory=dict)
    # per class or word: its folded words and its "~pattern" items, compiled once
    _items: dict[str, tuple[tuple[str, ...], tuple[re.Pattern[str], ...]]] = field(
        default_factory=dict, repr=False
    )

    def index(self) -> None:
        self.by_verb, self.by_noun = {}, {}
        self._items.clear()  # classes may have changed
        for e in self.entries.values():
            if e.noun:
                for n in e.noun:
                    self.by_noun.setdefault(fold(n), []).append(e)
            else:
                for v in e.verb:
                    self.by_verb.setdefault(fold(v), []).append(e)
        # longest noun keys first, for compound (suffix) matching
        self.noun_keys = sorted(self.by_noun, key=len, reverse=True)

    def words(self, name: str) -> set[str]:
        return {fold(str(w)) for w in self.rules.get(name, [])}

    def in_class(self, lemma: str, cls: str) -> bool:
        """Does a noun lemma belong to a class (@weapon) or equal a word? Compounds match by
        their last part ("Taurus-Marschflugkörper" is a @weapon)."""
        lemma = fold(lemma)
        known = self._items.get(cls)
        if known is None:
            items = self.classes.get(cls[1:], ()) if cls.startswith("@") else (cls,)
            # an item "~pattern" is a regular expression a whole word must match: a class of
            # words formed alike ("unfreundlich", "ungerechtfertigt", "unverantwortlich")
            known = (
                tuple(fold(w) for w in items if not w.startswith("~")),
                tuple(re.compile(fold(w[1:])) for w in items if w.startswith("~")),
            )
            self._items[cls] = known
        names, patterns = known
        if any(p.fullmatch(lemma) for p in patterns):
            return True
        forms = {lemma}
        if lemma.endswith(("n", "s")):  # plural or dative forms the lemmatiser left
            forms.add(lemma[:-1])
        if lemma.endswith(("en", "er", "es", "nen")):
            forms.add(lemma[:-2])
        if lemma.endswith("e"):  # a lemmatiser slip: "Grenzabkommen" -> "Grenzabkomme"
            forms.add(lemma + "n")
        return any(f == w or (len(w) > 3 and f.endswith(w)) for f in forms for w in names)

    def matches_any(self, lemma: str, items: tuple[str, ...]) -> bool:
        return any(self.in_class(lemma, it) for it in items)


def fold(word: str) -> str:
    """Lower case with ß as ss: lemmatisers differ in how they write 'beschießen'."""
    return word.lower().replace("ß", "ss")


def _data_dir() -> Path:
    return Path(__file__).resolve().parents[1] / "data" / "lexicon"


def _as_tuple(v: Any) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        return (v,)
    return tuple(str(x) for x in v)


def load_cameo(path: Path | None = None) -> dict[str, CameoCode]:
    path = path or _data_dir() / "cameo.tsv"
    out: dict[str, CameoCode] = {}
    with open(path, encoding="utf-8") as fh:
        rows = (line for line in fh if not line.startswith("#"))
        for row in csv.DictReader(rows, delimiter="\t"):
            out[row["code"]] = CameoCode(
                row["code"], float(row["goldstein"]), int(row["quad_class"]), row["description"]
            )
    return out


def _entry(
    raw: dict[str, Any],
    etype: str,
    defaults: dict[str, Any],
    cameo: dict[str, CameoCode],
    file: str,
) -> Entry:
    if not isinstance(raw, dict) or "id" not in raw:
        raise LexiconError(f"{file}: an entry without an id: {raw!r}")
    eid = str(raw["id"])
    full_id = eid if "." in eid else f"{etype.lower()}.{eid}"
    typ = str(raw.get("type", etype)).upper()
    if typ not in PLOVER_TYPES:
        raise LexiconError(f"{file}: {full_id}: unknown PLOVER type {typ!r}")
    code = str(raw.get("cameo", "")).strip()
    if code not in cameo:
        raise LexiconError(f"{file}: {full_id}: unknown CAMEO code {code!r}")
    verb, noun = _as_tuple(raw.get("verb")), _as_tuple(raw.get("noun"))
    if not verb and not noun:
        raise LexiconError(f"{file}: {full_id}: needs a verb or a noun")
    kind = "noun" if noun and not verb else "light" if noun else "verb"
    dflt = dict(defaults.get("verb" if kind == "light" else kind, {}) or {})
    if kind == "light":  # a light verb: roles of the verb, targets of the verb and the noun
        dflt.setdefault("target", defaults.get("verb", {}).get("target", ["obj"]))

    def get(k: str, fallback: Any = None) -> Any:
        return raw[k] if k in raw else dflt.get(k, fallback)

    source = _as_tuple(get("source", ["subj"] if kind != "noun" else ["gen", "poss"]))
    target = _as_tuple(get("target", []))
    roles = _as_tuple(raw.get("require")) + _as_tuple(raw.get("exclude"))
    # a required role may list alternatives, any of which will do ("gen|gegen")
    roles = tuple(r for alt in roles for r in alt.split("|"))
    for role in source + target + roles + _as_tuple(raw.get("opponent")):
        if role not in ROLE_NAMES and role not in PREPOSITIONS:
            raise LexiconError(f"{file}: {full_id}: unknown role {role!r}")
    pp_raw = raw.get("pp") or {}
    if not isinstance(pp_raw, dict):
        raise LexiconError(f"{file}: {full_id}: 'pp' must map prepositions to words or @classes")
    for prep in pp_raw:
        if prep not in PREPOSITIONS:
            raise LexiconError(f"{file}: {full_id}: unknown preposition {prep!r} in 'pp'")
    mode = raw.get("mode", dflt.get("mode"))
    if mode not in MODES:
        raise LexiconError(f"{file}: {full_id}: unknown mode {mode!r}")
    c = cameo[code]
    return Entry(
        id=full_id,
        type=typ,
        cameo=code,
        goldstein=float(raw.get("goldstein", c.goldstein)),
        quad_class=c.quad_class,
        verb=verb,
        noun=noun,
        mode=mode,
        reflexive=raw.get("reflexive"),
        object=_as_tuple(raw.get("object")),
        not_object=_as_tuple(raw.get("not_object")),
        subject=_as_tuple(raw.get("subject")),
        in_object=_as_tuple(raw.get("in_object")),
        require=_as_tuple(raw.get("require")),
        exclude=_as_tuple(raw.get("exclude")),
        modifier=_as_tuple(raw.get("modifier")),
        theme=_as_tuple(raw.get("theme")),
        clause=_as_tuple(raw.get("clause")),
        in_clause=_as_tuple(raw.get("in_clause")),
        opponent=_as_tuple(raw.get("opponent")),
        pp={str(k): _as_tuple(v) for k, v in pp_raw.items()},
        sectors=_as_tuple(raw.get("sectors")),
        not_sectors=_as_tuple(raw.get("not_sectors")),
        source=source,
        target=target,
        symmetric=bool(get("symmetric", False)),
        agent_noun=bool(raw.get("agent_noun", False)),
        require_target=bool(get("require_target", False)),
        compound=bool(raw.get("compound", True)),
        confidence=float(get("confidence", 1.0)),
        governs=raw.get("governs"),
        announced=bool(raw.get("announced", False)),
        mutual=bool(raw.get("mutual", False)),
        people_target=bool(raw.get("people_target", False)),
        joint=raw.get("joint"),
        example=raw.get("example"),
        expect=dict(raw.get("expect") or {}),
        file=file,
    )


def read_entries(path: Path, cameo: dict[str, CameoCode]) -> list[Entry]:
    try:
        data = yamlload.load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"{path}: cannot read lexicon file: {exc}") from exc
    if not isinstance(data, dict) or "entries" not in data:
        raise LexiconError(f"{path}: a lexicon file needs 'type' and 'entries'")
    etype = str(data.get("type", "")).upper()
    defaults = data.get("defaults") or {}
    return [_entry(raw, etype, defaults, cameo, Path(path).name) for raw in data["entries"] or []]


def load_lexicon(extra: list[Path] | tuple[Path, ...] = ()) -> Lexicon:
    base = _data_dir()
    cameo = load_cameo(base / "cameo.tsv")
    rules = yamlload.load((base / "rules.yaml").read_text(encoding="utf-8"))
    classes = {k: tuple(str(x).lower() for x in v) for k, v in rules.get("classes", {}).items()}
    entries: dict[str, Entry] = {}
    files = sorted(p for p in base.glob("*.yaml") if p.name != "rules.yaml")
    for path in files:
        for e in read_entries(path, cameo):
            if e.id in entries:
                raise LexiconError(f"{path.name}: duplicate entry id {e.id}")
            entries[e.id] = e
    for path in extra:
        path = Path(path)
        data = yamlload.load(path.read_text(encoding="utf-8")) if path.exists() else None
        if isinstance(data, dict) and "classes" in data and "entries" not in data:
            for k, v in data["classes"].items():
                classes[k] = classes.get(k, ()) + tuple(str(x).lower() for x in v)
            continue
        for e in read_entries(path, cameo):
            entries[e.id] = e  # user entries add or override
    lex = Lexicon(entries=entries, cameo=cameo, rules=rules, classes=classes)
    lex.index()
    return lex
