"""Modality by German grammar: which subjunctives and clause types report, and which imagine.

The coder's `_clause_modality` flags an event hypothetical on a Konjunktiv-II form ("würde",
"hätte", "wäre"). German news copy uses the same forms for plain reported speech: where the
Konjunktiv I equals the indicative ("sie haben angegriffen"), wire copy writes the Konjunktiv II
instead ("Wie das Ministerium mitteilte, hätten russische Truppen … angegriffen"; the
*Ersatzkonjunktiv*). CONVENTIONS.md: reported claims keep who claimed them and are not doubt.
This module decides, from the parse alone:

- `ersatz_perfect`: a Konjunktiv II of the perfect ("hätten … angegriffen", "wären …
  vorgedrungen", "hätten … getötet worden") is reported speech when the clause hangs on a verb of
  saying ("sagte, …"; "teilte mit, dass …"), carries a "wie X mitteilte"/", sagte X" clause, sits
  in a sentence with an attribution ("laut X", "nach Angaben X", "X zufolge") or is the content
  of a report noun ("Berichte, wonach …"); and it is still hypothetical (counterfactual) when the
  clause has a modal infinitive ("hätte angreifen können"), a condition ("wenn", "falls", a
  verb-first clause "Hätte die Polizei …, wäre …"), or a counterfactual word ("ohne X hätten …",
  "sonst", "beinahe", "fast"). "würde + Infinitiv" is the future of the report and stays
  hypothetical ("sagte, Deutschland würde … liefern").
- `clause_mark_modality`: adverbial clauses by their conjunction: "um … zu", "damit" (purpose),
  "bevor"/"bis"/"ehe" in the present (not yet) are hypothetical; "ohne … zu", "(an)statt … zu"
  are negated; "nachdem", "weil", "da", "seit" report what happened (no flag).
- `case_noun_hypothetical`: "im Falle / für den Fall eines Angriffs" names an event that has not
  happened.
- `plan_owner`: an event noun in the "für"-phrase of a plan, pretext or condition ("Pläne für
  einen Angriff", "Vorbereitungen für eine Offensive", "als Vorwand für einen Einmarsch") or in
  the "nach"-phrase of a demand ("die Forderung nach Sanktionen", "der Ruf nach einer
  Waffenruhe") is what is planned or asked for, not an event that happened ("für" and "nach"
  otherwise presuppose it: "Vergeltung für den Angriff", "nach dem Angriff"). Also when the
  parser hung the phrase on the verb right after the plan noun ("arbeitet an Plänen für …").
  Protest and campaigning take a "für"-phrase of what they campaign for, which has not happened
  either ("Proteste für die Freilassung der Geiseln", "demonstrierten für einen Abzug der
  Truppen", "setzt sich für eine Waffenruhe ein"), while their "gegen"-phrase names what did.
- `instrument`: an event noun that is the means of an act ("Mit Warnstreiks will Verdi den Druck
  erhöhen", "Mit neuen Sanktionen reagierte die EU") takes the modality of that act's clause:
  planned when it is planned, plain when it happened.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from lagebild.coding import syntax as sx
from lagebild.coding.lexicon import fold

# perfect auxiliaries whose Konjunktiv II is the Ersatzkonjunktiv of reported speech
_PERFECT_AUX = ("haben", "sein")
# words that make a Konjunktiv II counterfactual even inside a report
COUNTERFACTUAL = frozenset(
    {"sonst", "andernfalls", "ansonsten", "beinahe", "fast", "gern", "gerne", "lieber", "besser"}
)
# conjunctions of a condition
CONDITIONS = frozenset({"wenn", "falls", "sofern", "soweit", "solange", "ob"})
# adverbial clauses whose event has not happened (present tense) or will not
PURPOSE_MARKS = frozenset({"um", "damit", "auf_dass"})
NOT_YET_MARKS = frozenset({"bevor", "bis", "ehe"})
NEGATING_MARKS = frozenset({"ohne", "statt", "anstatt"})


def _lem(t: Token) -> str:
    return (t.lemma_ or t.text).lower()


def _says(g: Token, verb_lemma: Callable[[Token], str], reporting: set[str]) -> str | None:
    """The verb of saying g is, if any. The coder's verb lemma drops a particle when the bare
    verb is in the lexicon ("teilte … mit" -> "teilen"): the lemma with its particle counts too."""
    if g.pos_ not in ("VERB", "AUX"):
        return None
    lemma = fold(g.lemma_ or g.text)
    forms = [verb_lemma(g), lemma] + [
        fold(c.text) + lemma for c in g.children if sx.dep(c) in ("compound:prt", "svp")
    ]
    return next((f for f in forms if f in reporting), None)


def _clause_head(v: Token) -> Token:
    """The first conjunct of a coordination of verbs ("hätten … angegriffen und … zerstört")."""
    for _ in range(4):
        if sx.dep(v) == "conj" and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
            v = v.head
        else:
            break
    return v


def clause_mark(k: Token) -> str | None:
    """The conjunction (lemma) that opens the clause of verb k ("nachdem", "wenn", "um"),
    also one the parser read as a non-prepositional case marker; else None."""
    for m in k.children:
        if sx.dep(m) == "mark" or (sx.dep(m) == "case" and m.i < k.i and m.pos_ != "ADP"):
            return _lem(m)
    return None


# conjunctions of an open question or condition (not "solange", "soweit": going on)
OPEN_MARKS = frozenset({"ob", "falls", "sofern", "wenn"})


def open_clause_mark(v: Token, cond: Iterable[str]) -> str | None:
    """The conjunction that makes v's clause an open question or condition ("ob", "falls",
    "sofern", a present "wenn"; a past "wenn" is "whenever"), else None."""
    m = clause_mark(v)
    if m is None or m not in cond or m not in OPEN_MARKS:
        return None  # "solange die Angriffe andauern": going on
    if m == "wenn":
        finite = [v] + [c for c in v.children if sx.dep(c).startswith("aux")]
        if any(sx.morph(a, "Tense") == "Past" for a in finite):
            return None
    return m


def perfect_infinitive(v: Token, auxes: list[Token]) -> bool:
    """v's clause has a perfect infinitive ("… angegriffen haben", "… eingedrungen sein"): a
    non-finite "haben"/"sein" after the participle v (also one the tagger left without
    features), or on the last of v's coordinated participles ("sollen … angegriffen und in
    Brand gesetzt haben")."""

    def inf_aux(a: Token, part: Token) -> bool:
        return _lem(a) in _PERFECT_AUX and (
            sx.morph(a, "VerbForm") == "Inf"
            or (sx.morph(a, "VerbForm") is None and sx.morph(a, "Mood") is None and a.i > part.i)
        )

    if any(inf_aux(a, v) for a in auxes):
        return True
    if sx.morph(v, "VerbForm") != "Part" or any(_lem(a) in _PERFECT_AUX for a in auxes):
        return False
    conj = [k for k in v.children if sx.dep(k) == "conj" and sx.morph(k, "VerbForm") == "Part"]
    return any(inf_aux(a, k) for k in conj[-1:] for a in k.children if sx.dep(a).startswith("aux"))


def _verb_first(k: Token) -> bool:
    """A verb-first conditional clause ("Hätte die Polizei … aufgelöst, wäre …"): its finite
    verb or auxiliary opens the clause."""
    fin = [
        a
        for a in [k] + [c for c in k.children if sx.dep(c).startswith("aux")]
        if sx.morph(a, "VerbForm") == "Fin"
    ]
    return bool(fin) and fin[0].i == k.left_edge.i


def _opens_condition(k: Token, conds: set[str]) -> bool:
    """Is k the head of a condition: a clause with a conditional conjunction, or with none and
    verb-first order ("Sollte Moskau …")?"""
    m = clause_mark(k)
    return m in conds if m is not None else _verb_first(k)


def _sollte_first(k: Token) -> bool:
    """A clause opened by a finite "sollte(n)" ("…, sollte Canberra … festhalten"): a condition
    whatever relation the parser gave it."""
    first = next((t for t in k.subtree if t.pos_ != "PUNCT"), k)
    return (
        first.head.i == k.i
        and sx.dep(first).startswith("aux")
        and _lem(first) == "sollen"
        and sx.morph(first, "VerbForm") == "Fin"
    )


def condition_clause(v: Token, cond: Iterable[str]) -> Token | None:
    """The condition v's clause is the consequent of ("Sollte Moskau … nicht zustimmen, werde die
    EU …", "…, Warschau werde die Grenze schließen, falls Minsk …"): the head of an adverbial
    clause with a conditional conjunction (a past "wenn" is "whenever") or verb-first order,
    hanging on v or on a verb above it, not the clause v is in itself; None when there is none."""
    conds = (set(cond) | CONDITIONS) - {"ob", "solange", "notfalls"}
    inner, x = v, v
    for _ in range(4):
        for k in x.children:
            if sx.dep(k) == "parataxis" and k.i > x.i and _sollte_first(k):
                return k  # the parser hung "…, sollte Canberra … festhalten" on as parataxis
            if sx.dep(k) != "advcl" or k.i == inner.i:
                continue
            if clause_mark(k) == "wenn" and sx.morph(k, "Tense") == "Past":
                continue
            if _opens_condition(k, conds):
                return k
        if x.head.i == x.i or sx.dep(x) not in ("xcomp", "ccomp", "conj", "advcl", "parataxis"):
            return None
        h = x.head
        if sx.dep(x) in ("parataxis", "conj") and h.i < x.i:
            # the parser made the condition the main clause: "Sollte Moskau … (root), werde
            # die EU … (parataxis)"
            if _opens_condition(h, conds):
                return h
        inner, x = x, h
    return None


def _conditional(v: Token, h: Token, cond: Iterable[str]) -> bool:
    conds = set(cond) | CONDITIONS
    for x in {v, h}:
        if (m := clause_mark(x)) is not None and m in conds:
            return True  # v is itself the condition ("wenn Israel … angegriffen hätte")
        if sx.dep(x) == "advcl" and _verb_first(x):
            return True
        for k in x.children:
            if sx.dep(k) == "advcl" and ((clause_mark(k) or "") in conds or _verb_first(k)):
                return True  # the consequent of a condition
            if _lem(k) in COUNTERFACTUAL or k.lower_ in COUNTERFACTUAL:
                return True
            if sx.base_dep(k) in ("obl", "advmod") and sx.case_of(k) == "ohne":
                return True  # "ohne die Luftabwehr hätten …"
    return False


def ersatz_perfect(
    v: Token,
    auxes: list[Token],
    verb_lemma: Callable[[Token], str],
    reporting: Iterable[str],
    modals: Iterable[str],
    cond: Iterable[str] = (),
    claim_nouns: Iterable[str] = (),
    attribution: bool = False,
) -> str | None:
    """The frame that makes v's Konjunktiv II of the perfect reported speech (a note), or None
    when the subjunctive is no Ersatzkonjunktiv of a report (see the module docstring).
    `attribution`: the sentence has "laut X" / "nach Angaben X" / "X zufolge"."""
    if sx.morph(v, "VerbForm") != "Part":
        return None
    k2 = [
        a
        for a in auxes
        if _lem(a) in _PERFECT_AUX
        and sx.morph(a, "Mood") == "Sub"
        and sx.morph(a, "Tense") == "Past"
        and not sx.dep(a).endswith("pass")
    ]
    if not k2:
        return None
    modals = set(modals)
    if any(_lem(a) in modals and _lem(a) != "werden" for a in auxes):
        return None  # "hätte angreifen können": a possibility, not a report
    h = _clause_head(v)
    if _conditional(v, h, cond):
        return None
    reporting = set(reporting)
    if sx.dep(v) == "conj" and v.head.i < v.i and sx.subjects(v.head):
        # the reported clause read as a conjunct of the verb of saying ("hieß es, Israel und
        # die Hamas hätten sich … geeinigt"): its own Konjunktiv II after a comma
        said = _says(v.head, verb_lemma, reporting)
        if said is not None and any(t.text == "," for t in v.doc[v.head.i + 1 : v.i]):
            return f"under '{said}'"
    d = sx.dep(h)
    if d in ("ccomp", "parataxis", "xcomp") and h.head.i != h.i:
        if (said := _says(h.head, verb_lemma, reporting)) is not None:
            return f"under '{said}'"
    for k in h.children:  # "Wie das Ministerium mitteilte, …", "…, sagte der Sprecher"
        if sx.dep(k) in ("ccomp", "advcl", "parataxis") and _says(k, verb_lemma, reporting):
            if clause_mark(k) == "wie" or sx.dep(k) == "parataxis" or k.i > h.i:
                return f"'{k.text}'"
    if d in ("acl", "acl:relcl") and h.head.pos_ in ("NOUN", "PROPN"):
        nl = _lem(h.head)
        if any(nl == w or nl.endswith(w) for w in claim_nouns):
            return f"content of '{h.head.text}'"
    if attribution:
        return "attribution"
    return None


def clause_mark_modality(v: Token) -> tuple[str, str] | None:
    """("hypothetical"|"negated", note) for an adverbial clause by its conjunction, else None."""
    if sx.dep(v) not in ("advcl", "parataxis"):
        return None
    m = clause_mark(v)
    first = next((t for t in v.subtree if t.pos_ != "PUNCT"), v)
    if m is None and sx.morph(v, "VerbForm") in ("Fin", "Inf") and first.i < v.i:
        # the conjunction the parser read as a preposition of the subject ("bis Russland
        # seine Truppen abzieht": "bis" as the case of "Russland")
        w = first.lower_
        if w in PURPOSE_MARKS | NOT_YET_MARKS and first.pos_ in ("ADP", "SCONJ"):
            m = w
    if m is None or (sx.dep(v) == "parataxis" and m not in PURPOSE_MARKS | NOT_YET_MARKS):
        return None
    if m in PURPOSE_MARKS:
        return "hypothetical", f"purpose clause '{m}'"
    if m in NEGATING_MARKS and sx.is_zu_infinitive(v):
        return "negated", f"'{m} … zu'"
    if m in NOT_YET_MARKS:
        finite = [v] + [c for c in v.children if sx.dep(c).startswith("aux")]
        if not any(sx.morph(a, "Tense") == "Past" for a in finite):
            return "hypothetical", f"not yet: '{m}'"
    return None


# modals whose past indicative reports what was done ("konnte … bringen", "hat … bringen können",
# "mussten … verlassen"); "wollte", "sollte", "durfte" report an intention, duty or permission
ACTUALISING_MODALS = frozenset({"können", "müssen"})


def actualised_modal(a: Token, auxes: list[Token]) -> bool:
    """a is "konnte(n)"/"musste(n)" (past indicative) or the infinitive "können"/"müssen" of a
    perfect with an indicative "hat"/"hatte" ("hat … bringen können"): the act was done. The
    Konjunktiv II ("könnte", "hätte … können") and the present ("kann") stay possibilities."""
    if _lem(a) not in ACTUALISING_MODALS:
        return False
    if sx.morph(a, "VerbForm") == "Fin":
        return sx.morph(a, "Mood") == "Ind" and sx.morph(a, "Tense") == "Past"
    if sx.morph(a, "VerbForm") == "Inf":
        fin = [x for x in auxes if x is not a and sx.morph(x, "VerbForm") == "Fin"]
        return bool(fin) and all(_lem(x) == "haben" and sx.morph(x, "Mood") == "Ind" for x in fin)
    return False


def case_noun_hypothetical(x: Token) -> bool:
    """x is "Fall" in "im Falle …" / "für den Fall …": the event it names has not happened."""
    return _lem(x) == "fall" and sx.case_of(x) in ("in", "für")


def apart(a: Token, b: Token) -> bool:
    """Two triggers neither of which lies inside the other's phrase or clause (two mentions of
    two acts, not one act named by a verb and its noun)."""
    if a.i == b.i:
        return False
    return b not in set(a.subtree) and a not in set(b.subtree)


# nouns that make an event in their "für"-phrase a plan or pretext (besides the coder's
# hypothetical nouns: "Plan", "Vorbereitung", "Bedingung", ...)
PRETEXT_NOUNS = ("vorwand",)
# nouns of demanding and asking, by the preposition of the phrase that is what is asked for
# ("die Forderung nach", "der Antrag auf Freilassung", "die Bitte um Vermittlung", "der Aufruf
# zu einer Waffenruhe")
REQUEST_PPS = {
    "nach": ("forderung", "ruf", "wunsch", "verlangen"),
    "auf": ("antrag",),
    "um": ("bitte", "gesuch", "ersuchen"),
    "zu": ("aufruf", "aufforderung", "appell"),
}
# protest and campaign nouns and verbs whose "für"-phrase is what they campaign for
ADVOCACY_NOUNS = (
    "protest",
    "demonstration",
    "kundgebung",
    "demo",
    "mahnwache",
    "kampagne",
    "petition",
    "appell",
)
ADVOCACY_VERBS = frozenset(
    {
        "demonstrieren",
        "protestieren",
        "werben",
        "plädieren",
        "eintreten",
        "einsetzen",
        "kämpfen",
        "beten",
        "marschieren",
        "mobilisieren",
    }
)
INSTRUMENT_PREPS = frozenset({"mit", "mittels"})


def _ends(t: Token, words: Iterable[str]) -> bool:
    lem = fold(t.lemma_ or t.text)
    return any(lem == w or lem.endswith(w) for w in words)


def plan_owner(
    x: Token, h: Token, plan_nouns: Iterable[str], objects: Callable[[Token], list[Token]]
) -> Token | None:
    """The plan, pretext or demand noun whose "für"/"nach"-phrase x is (see the module
    docstring), or None. h is x's head; `objects` gives a verb's objects."""
    case = sx.case_of(x)
    if case == "für":
        words = tuple(plan_nouns) + PRETEXT_NOUNS + ADVOCACY_NOUNS
    elif case in REQUEST_PPS:
        words = REQUEST_PPS[case]
    else:
        return None
    if case == "für" and h.pos_ == "VERB" and fold(h.lemma_ or h.text) in ADVOCACY_VERBS:
        return h  # "demonstrierten für einen Abzug": what they march for
    owners = [h] if h.pos_ in ("NOUN", "PROPN") else []
    if h.pos_ in ("VERB", "AUX"):  # "arbeitet an Plänen für einen Angriff": hung on the verb
        owners = [
            o
            for o in list(objects(h)) + [k for k in h.children if sx.base_dep(k) == "obl"]
            if o.i < x.i and o.right_edge.i + 1 == x.left_edge.i
        ]
    return next((o for o in owners if o.pos_ == "NOUN" and _ends(o, words)), None)


def instrument(x: Token) -> bool:
    """x is the means of its clause's act: a "mit"-phrase on the verb."""
    return sx.case_of(x) in INSTRUMENT_PREPS and sx.base_dep(x) == "obl"
