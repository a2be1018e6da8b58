"""Reading grammatical roles off a UD parse (spaCy tokens): subjects and passive agents,
objects, prepositional phrases with their preposition, genitives and possessives, coordination,
control and relative clauses. Every function works on what the parse gives and falls back to
German word order and case where the parse lacks a subject."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Token

# contracted prepositions ("im" = "in dem")
FUSED = {
    "im": "in",
    "ins": "in",
    "am": "an",
    "ans": "an",
    "zum": "zu",
    "zur": "zu",
    "vom": "von",
    "beim": "bei",
    "aufs": "auf",
    "durchs": "durch",
    "fürs": "für",
    "übers": "über",
    "unterm": "unter",
    "hinterm": "hinter",
    "vorm": "vor",
}
PARTICLES = (
    "zurück",
    "fest",
    "frei",
    "auf",
    "aus",
    "ein",
    "an",
    "ab",
    "vor",
    "nach",
    "mit",
    "zu",
    "los",
    "weg",
    "um",
)
REFLEXIVES = {"sich", "mich", "dich", "uns", "euch"}
SUBJ = ("nsubj", "nsubj:pass", "csubj", "csubj:pass")
CLAUSAL = ("ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj")
NOMINAL_POS = ("NOUN", "PROPN", "PRON", "NUM", "X", "ADJ")
GEN_DEPS = ("nmod", "nmod:poss", "det:poss", "nmod:gen", "poss")


def code_country(code: str) -> str | None:
    """The country of an actor code, or the whole code of an IGO/NGO (as the scorer compares)."""
    if code.startswith(("IGO:", "NGO:")):
        return code
    return code.split("/")[0] or None


def code_sector(code: str) -> str:
    """The sector of an actor code ("USA/MIL" -> "MIL"), "-" for none."""
    return code.split("/")[1] if "/" in code else "-"


def dep(t: Token) -> str:
    return t.dep_.lower()


def base_dep(t: Token) -> str:
    return dep(t).split(":")[0]


def morph(t: Token, feat: str) -> str | None:
    v = t.morph.get(feat)
    return v[0] if v else None


def case_of(t: Token) -> str | None:
    """The preposition of a prepositional phrase headed by t (normalised), or None."""
    for c in t.children:
        if dep(c) == "case" or (dep(c) == "mark" and c.pos_ == "ADP"):
            w = c.lower_
            return FUSED.get(w, c.lemma_.lower() if c.lemma_ else w)
    if t.pos_ == "NOUN" and stray_zu(t):
        return "zu"
    return None


def stray_zu(t: Token) -> bool:
    """A "zu" the parser read as the infinitive mark of a participle, right before the noun
    phrase t it governs ("sind zu langen Haftstrafen verurteilt worden": 'Haftstrafen' read as a
    dative object): a participle has no infinitive mark, so it is the preposition."""
    i = t.left_edge.i - 1
    if i < 0:
        return False
    z = t.doc[i]
    h = t.head
    return (
        z.lower_ == "zu"
        and z.pos_ == "PART"
        and z.head.i == h.i
        and h.i != t.i
        and "Part" in h.morph.get("VerbForm")
    )


def is_reflexive(t: Token) -> bool:
    return t.lower_ in REFLEXIVES and (
        t.pos_ == "PRON" or "Reflex=Yes" in str(t.morph) or t.lower_ == "sich"
    )


def has_reflexive(v: Token) -> bool:
    return any(is_reflexive(c) for c in v.children)


# verbs of motion and meeting that form their perfect with "sein": "ist zusammengetroffen",
# "sind abgezogen", "ist eingedrungen" are active perfects, not state passives. The first group
# only with a particle or prefix ("ist getroffen" is a state passive), the second also bare.
_SEIN_PERFECT_PREFIXED = ("treffen", "ziehen", "stoßen", "brechen", "dringen", "treten", "weichen")
_SEIN_PERFECT = (
    "kommen",
    "gehen",
    "reisen",
    "fliegen",
    "fahren",
    "marschieren",
    "rücken",
    "fliehen",
    "laufen",
    "wandern",
    "schreiten",
    "stürzen",
    "flüchten",
)


def sein_perfect(v: Token) -> bool:
    """v is the participle of a verb that forms its perfect with "sein", and its only auxiliary
    is "sein": the parser reads "ist … zusammengetroffen" as a state passive."""
    if v.tag_ != "VVPP":
        return False
    auxes = [c for c in v.children if dep(c).startswith("aux")]
    if not auxes or any(c.lemma_.lower() != "sein" for c in auxes):
        return False
    lem = v.lemma_.lower()
    if any(lem.endswith(b) for b in _SEIN_PERFECT):
        return True
    return any(lem.endswith(b) and len(lem) > len(b) + 1 for b in _SEIN_PERFECT_PREFIXED)


def is_passive(v: Token) -> bool:
    if sein_perfect(v):
        return False
    deps = {dep(c) for c in v.children}
    if "aux:pass" in deps or "nsubj:pass" in deps or "csubj:pass" in deps:
        return True
    if morph(v, "VerbForm") == "Part":
        return any(
            dep(c).startswith("aux") and c.lemma_.lower() == "werden" for c in v.children
        ) and not any(c.lemma_.lower() in ("haben",) for c in v.children if dep(c) == "aux")
    return False


_MODALS = {"werden", "können", "dürfen", "sollen", "wollen", "müssen", "mögen"}


def future_or_modal(v: Token) -> bool:
    """v is an infinitive under a future or modal auxiliary ("werde es nicht geben", "darf es
    nicht geben"), not a passive participle ("wurde … gegeben")."""
    if morph(v, "VerbForm") != "Inf":
        return False
    return any(dep(c).startswith("aux") and c.lemma_.lower() in _MODALS for c in v.children)


def conjuncts(t: Token) -> list[Token]:
    """t and the tokens coordinated with it ("Russland und Venezuela"). Repairs a coordination
    the parser split into two siblings: a nominal sibling right after t that carries the
    'und'/'oder' counts as a conjunct."""
    out = [t]
    stack = [t]
    while stack:
        x = stack.pop()
        for c in x.children:
            if dep(c) == "conj" and c not in out and c.pos_ in NOMINAL_POS:
                out.append(c)
                stack.append(c)
        if x.head.i != x.i:
            for c in x.head.children:
                if (
                    c.i > x.i
                    and c not in out
                    and c.pos_ in ("NOUN", "PROPN")
                    and c.left_edge.i == x.right_edge.i + 1
                    and (c.left_edge.dep_ == "cc" or c.left_edge.lower_ in ("und", "oder", "sowie"))
                ):
                    out.append(c)
                    stack.append(c)
    return out


def clause_children(v: Token) -> Iterator[Token]:
    """v's children that belong to its own clause (not nested clauses)."""
    for c in v.children:
        if dep(c) in CLAUSAL or dep(c) == "conj" and c.pos_ in ("VERB", "AUX"):
            continue
        yield c


PERSONAL = ("er", "sie", "es")


def clause_initial(t: Token) -> bool:
    """Does t open a clause: the sentence's first word, or right after a comma, a semicolon
    or a subordinating conjunction ("…, sie habe …", "…, dass sie …")?"""
    if t.i == t.sent.start:
        return True
    prev = t.doc[t.i - 1]
    return prev.text in (",", ";", ":") or prev.pos_ == "SCONJ"


def pronoun_read_as_expletive(v: Token) -> tuple[Token, Token] | None:
    """Reported speech "Das Militär teilte mit, es habe … ein Munitionslager der russischen
    Armee zerstört" parsed with 'es' as an expletive (or object) and the object noun as the
    subject: a personal pronoun opening the clause, an active verb with one noun subject after
    it and no other object. Returns (the pronoun, the noun), else None."""
    if is_passive(v) or v.pos_ not in ("VERB", "AUX"):
        return None
    kids = list(v.children)
    prons = [
        c
        for c in kids
        if c.lower_ in PERSONAL and dep(c) in ("expl", "obj", "dobj") and clause_initial(c)
    ]
    subj = [c for c in kids if dep(c) == "nsubj"]
    if len(prons) != 1 or len(subj) != 1 or subj[0].pos_ not in ("NOUN", "PROPN"):
        return None
    if subj[0].i < prons[0].i or any(
        dep(c) in ("obj", "dobj") and c.i != prons[0].i and not is_reflexive(c) for c in kids
    ):
        return None
    return prons[0], subj[0]


# nouns of a decision or plan whose owner does what its infinitive says ("die Entscheidung der
# Regierung, das Gesetz zurückzunehmen"); demands and appeals are done by their addressee
DECISION_NOUNS = (
    "entscheidung",
    "beschluss",
    "plan",
    "pläne",
    "vorhaben",
    "absicht",
    "ankündigung",
    "zusage",
    "versprechen",
    "angebot",
    "vorschlag",
    "bereitschaft",
    "weigerung",
    "schritt",
    "initiative",
    "einigung",
)


def decision_owner(v: Token) -> list[Token]:
    """The owner of a decision noun that a zu-infinitive spells out ("begrüßte die Entscheidung
    der Regierung in Kiew, das Gesetz zurückzunehmen": the government withdraws it, not the one
    who welcomed it): its genitive or "von" phrase. The infinitive hangs on the noun (acl) or,
    as the parser often has it, on the verb right after the noun's phrase and a comma."""
    if not is_zu_infinitive(v) or v.head.i == v.i:
        return []
    g = v.head
    if dep(v) == "acl" and g.pos_ == "NOUN":
        nouns = [g]
    elif dep(v) in ("xcomp", "ccomp", "advcl") and g.pos_ in ("VERB", "AUX"):
        start = next(t.i for t in v.subtree if t.pos_ != "PUNCT")  # (the comma hangs on v)
        if start < 1 or v.doc[start - 1].text != ",":
            return []
        nouns = [  # the noun's phrase (also a PP the parser hung on the verb) up to the comma
            o
            for o in objects(g) + passive_subjects(g)
            if o.i < start - 1
            and not any(
                t.pos_ in ("VERB", "AUX") or t.text in (",", ";")
                for t in v.doc[o.i + 1 : start - 1]
            )
        ]
    else:
        return []
    for n in nouns:
        if (n.lemma_ or n.text).lower() not in DECISION_NOUNS:
            continue
        owners = postnominal_genitives(n) or preps(n, "von")
        if owners:
            return owners
    return []


def saying_verb(v: Token) -> Token | None:
    """The verb whose reported clause v heads ("Der Minister sagte, es werde …", "…, erklärte
    das Ministerium"): a conjoined clause or one set beside a reported clause is said as well;
    a verb of saying with no subject of its own takes that of the verb it is conjoined to."""
    while v.head.i != v.i and (
        dep(v) == "conj" or (dep(v) == "parataxis" and dep(v.head) == "ccomp")
    ):  # "sagte, X sei bereit, Y werde es nicht geben": the second clause is said as well
        v = v.head
    if dep(v) not in ("ccomp", "parataxis") or v.head.pos_ not in ("VERB", "AUX"):
        return None
    say = v.head
    if not subjects(say) and dep(say) == "conj" and say.head.pos_ in ("VERB", "AUX"):
        say = say.head  # "kündigte an, … und erklärte, es werde …": the shared subject
    return say


def speaker(v: Token) -> Token | None:
    """The one who says the clause v heads: the first noun subject of its verb of saying."""
    say = saying_verb(v)
    if say is None:
        return None
    return next((s for s in subjects(say) if s.pos_ in ("NOUN", "PROPN")), None)


def reported_speaker(p: Token, v: Token) -> Token | None:
    """The speaker a personal pronoun subject of reported speech takes up ("Das Militär teilte
    mit, es habe …", "Die Armee erklärte, sie habe …"): the subject of the verb of saying the
    clause hangs on, when gender and number agree."""
    if p.lower_ not in PERSONAL:
        return None
    # "es gibt" has no referent: "Verhandlungen werde es nicht geben, sagte der Präsident" is
    # the speaker's statement, whatever the speaker's gender
    existential = p.lower_ == "es" and (v.lemma_ or "").lower() == "geben"
    say = saying_verb(v)
    if say is None:
        return None
    want = {"er": ("Masc", "Sing"), "es": ("Neut", "Sing"), "sie": (None, None)}[p.lower_]
    for s in subjects(say):
        if s.pos_ not in ("NOUN", "PROPN"):
            continue
        if existential:
            return s
        gen, num = morph(s, "Gender"), morph(s, "Number")
        if p.lower_ == "sie":
            if gen == "Fem" or num == "Plur":
                return s
        elif (gen in (None, want[0])) and num in (None, want[1]):
            return s
    return None


def subjects(v: Token) -> list[Token]:
    gap = gap_subject_objects(v)
    if (swap := genitive_read_as_subject(v)) is not None:
        return [swap[2]]
    if (pe := pronoun_read_as_expletive(v)) is not None:
        return [pe[0]]
    subj_deps = ("nsubj", "csubj", "nsubj:pass") if sein_perfect(v) else ("nsubj", "csubj")
    out = [c for c in v.children if dep(c) in subj_deps and c not in gap]
    if not out and (rel := relative_read_as_object(v)) is not None:
        return [rel]  # "…, die ein Dorf angegriffen hatten" (both read as objects)
    return out or prefield_subject(v)


def genitive_read_as_subject(v: Token) -> tuple[Token, Token, Token] | None:
    """A genitive "der X" right after the object noun, read as the subject, while the phrase in
    the first phrase of the clause was read as a second object ("Die israelische Armee hat …
    Stellungen der Hisbollah bombardiert", "Trotz … hat die israelische Luftwaffe … Stellungen
    der Hisbollah bombardiert", 'der Hisbollah' read as subject): a verb has one accusative
    object, "der" before a noun right after another noun is a genitive (feminine or plural),
    and the phrase that opens the clause (or follows its finite verb) is the subject. Returns
    (the genitive, the noun it belongs to, the subject), else None. Not when that phrase is
    plainly accusative or dative ("Den …", "Dem …")."""
    kids = list(v.children)
    subj = [c for c in kids if dep(c) == "nsubj"]
    if len(subj) != 1 or is_passive(v):
        return None
    s = subj[0]
    if s.pos_ not in ("NOUN", "PROPN") or s.i < v.sent.start or s.left_edge.lower_ != "der":
        return None
    objs = [
        c
        for c in kids
        if dep(c) in ("obj", "dobj")
        and (c.pos_ in ("NOUN", "PROPN") or (c.lower_ in PERSONAL and clause_initial(c)))
    ]
    owners = [o for o in objs if o.i < s.i and o.right_edge.i + 1 == s.left_edge.i]
    if not owners and objs and len(objs) <= 2 and all(o.i < s.i for o in objs):
        # the genitive of a noun in a PP of the verb ("Das Welternährungsprogramm hat
        # Lebensmittel in Gemeinden der Oblast Donezk gebracht"): the first object opens the
        # clause
        owners = [
            o
            for o in kids
            if dep(o) == "obl"
            and o.pos_ == "NOUN"
            and case_of(o) is not None
            and objs[0].i < o.i < s.i
            and o.right_edge.i + 1 == s.left_edge.i
        ]
        objs = objs[:1] + owners
    if len(objs) != 2 or len(owners) != 1:
        return None
    pre = [o for o in objs if o.i != owners[0].i and o.i < owners[0].i]
    if not pre:
        return None
    first = pre[0].left_edge.lower_
    if first in ("den", "dem", "einen", "einem") or morph(pre[0], "Case") == "Dat":
        return None
    # the subject candidate opens the clause or follows its finite verb (or auxiliary)
    # directly: "Die Armee hat …", "Trotz … hat die Luftwaffe …"
    fin = [a for a in [v, *kids] if morph(a, "VerbForm") == "Fin"]
    if pre[0].lower_ in PERSONAL:  # reported speech: "…, sie habe … Stellungen der X angegriffen"
        return s, owners[0], pre[0]
    if pre[0].left_edge.i != v.sent.start and not any(a.i == pre[0].left_edge.i - 1 for a in fin):
        return None
    if pre[0].left_edge.i == v.sent.start and not any(a.i == pre[0].right_edge.i + 1 for a in fin):
        return None
    return s, owners[0], pre[0]


def prefield_subject(v: Token) -> list[Token]:
    """A finite verb with no subject and two objects, one before it in the prefield ("Den Haag
    bestellte den russischen Botschafter ein", "Den" read as an accusative article): the one
    before the verb is the subject (German puts one phrase before the finite verb)."""
    if morph(v, "VerbForm") != "Fin" or any(dep(c) in SUBJ for c in v.children):
        return []
    objs = [c for c in v.children if dep(c) in ("obj", "dobj") and not is_reflexive(c)]
    before = [o for o in objs if o.i < v.i and o.pos_ in ("NOUN", "PROPN")]
    if len(before) == 1 and any(o.i > v.i for o in objs) and before[0].left_edge.i == v.sent.start:
        return before
    return []


def passive_subjects(v: Token) -> list[Token]:
    return [c for c in v.children if dep(c) in ("nsubj:pass", "csubj:pass")]


def objects(v: Token) -> list[Token]:
    out = []
    pre = prefield_subject(v)
    if (swap := genitive_read_as_subject(v)) is not None:
        pre = [swap[2]]
    if (pe := pronoun_read_as_expletive(v)) is not None:
        return [pe[1]]
    if (rel := relative_read_as_object(v)) is not None:
        pre = [rel]
    for c in v.children:
        d = dep(c)
        if d in ("obj", "dobj") and not is_reflexive(c) and c not in pre and not prenominal(c):
            if morph(c, "Case") == "Dat" and any(
                dep(o) == "obj" and o.i != c.i for o in v.children
            ):
                continue
            out.append(c)
    gap = gap_subject_objects(v)
    if gap and not out and not any(dep(c) == "iobj" for c in v.children):
        out += [g for g in gap if morph(g, "Case") != "Dat"]
    return out


def indirect_objects(v: Token) -> list[Token]:
    out = [c for c in v.children if dep(c) == "iobj" and not is_reflexive(c)]
    gap = gap_subject_objects(v)
    if gap and (
        any(dep(c) in ("obj", "dobj") for c in v.children)
        or any(morph(g, "Case") == "Dat" for g in gap)
    ):  # "… und warf Pakistan die Unterstützung … vor": the second object is the dative
        out += [g for g in gap if g not in out]
    if out:
        return out
    for c in v.children:  # a dative object the parser labelled obj/obl without a preposition
        if (
            dep(c) in ("obj", "obl", "obl:arg")
            and not is_reflexive(c)
            and case_of(c) is None
            and morph(c, "Case") == "Dat"
        ):
            out.append(c)
    return out


def preps(x: Token, prep: str, pronominal: bool = False) -> list[Token]:
    """Heads of prepositional phrases under x with that preposition (with `pronominal`, also a
    pronominal adverb standing for one: "dafür" for "für")."""
    out = []
    for c in x.children:
        if base_dep(c) in ("obl", "nmod", "advmod", "obj", "iobj", "advcl", "appos"):
            p = case_of(c)
            if p == prep:
                out.append(c)
            elif pronominal and p is None and PRONOMINAL.get(c.lower_) == prep:
                out.append(c)
    return out


# nouns of a part of a place ("in einem Vorort von Beirut", "im Norden von Syrien") and of a
# source of information ("nach Angaben von Ärzten"): a "von"-PP right after them is theirs
PLACE_PART_NOUNS = (
    "vorort", "vororte", "vororten", "norden", "süden", "osten", "westen", "nordosten",
    "nordwesten", "südosten", "südwesten", "nähe", "umgebung", "zentrum", "stadtzentrum",
    "innenstadt", "stadtrand", "rand", "außenbezirk", "außenbezirken", "stadtteil", "stadtteilen",
    "großraum", "hafen", "region", "provinz", "umland", "küste", "grenze",
)  # fmt: skip
SOURCE_NOUNS = ("angabe", "angaben", "information", "informationen", "bericht", "berichten",
                "darstellung", "aussage", "aussagen", "schätzung", "schätzungen")  # fmt: skip


def of_preceding_noun(t: Token) -> bool:
    """A "von"-PP the parser hung on the verb that continues the noun of the PP right before it:
    a part of a place ("in einem Vorort von Beirut", "im Norden von Syrien") or a source
    ("nach Angaben von Ärzten"). It names whose place or report it is, not the agent ("wurde in
    der Nacht von Russland angegriffen" keeps its agent)."""
    if case_of(t) not in ("von", "vom"):
        return False
    i = t.left_edge.i - 1
    if i < 0:
        return False
    prev = t.doc[i]
    if prev.pos_ != "NOUN" or prev.head.i == t.i or prev.right_edge.i != i:
        return False
    word = (prev.lemma_ or prev.text).lower()
    if case_of(prev) in ("in", "im", "bei", "nahe", "an", "am", "vor"):
        return word in PLACE_PART_NOUNS or prev.lower_ in PLACE_PART_NOUNS
    if case_of(prev) in ("nach", "laut"):
        return word in SOURCE_NOUNS or prev.lower_ in SOURCE_NOUNS
    return False


ROUTE_END_PREPS = ("nach", "bis")


def route_origin(t: Token) -> bool:
    """A "von"-PP of a name that a "nach"- or "bis"-PP on the same verb follows right after: where
    a route starts ("mit einem Charterflug von Leipzig nach Kabul abgeschoben"), not the agent."""
    if case_of(t) not in ("von", "vom") or t.pos_ != "PROPN":
        return False
    nxt = t.right_edge.i + 1
    return any(
        k.left_edge.i == nxt and case_of(k) in ROUTE_END_PREPS and base_dep(k) in ("obl", "nmod")
        for k in t.head.children
    )


def agents(v: Token) -> list[Token]:
    out = [
        c
        for c in v.children
        if dep(c) == "obl:agent" and not of_preceding_noun(c) and not route_origin(c)
    ]
    if out:
        return out
    return [
        t for t in preps(v, "von") if not of_preceding_noun(t) and not route_origin(t)
    ] or preps(v, "durch")


def genitives(n: Token) -> list[Token]:
    """Genitive and possessive modifiers of a noun ("der Angriff Russlands", "Trumps Streitkräfte")."""
    out = []
    for c in n.children:
        d = dep(c)
        if d in ("nmod:poss", "det:poss", "poss", "nmod:gen"):
            out.append(c)
        elif d == "nmod" and case_of(c) is None:
            if morph(c, "Case") in ("Gen", None) or any(
                morph(x, "Case") == "Gen" for x in c.children if dep(x) == "det"
            ):
                out.append(c)
    return out


def possessives(n: Token) -> list[Token]:
    return [c for c in genitives(n) if c.i < n.i]


def postnominal_genitives(n: Token) -> list[Token]:
    """Genitives after the noun; a bare name labelled appos ("Raketentest Nordkoreas") counts."""
    out = [c for c in genitives(n) if c.i > n.i]
    for c in n.children:  # a noun has no objects: "Geldgeber der Ukraine" read as a dative
        if dep(c) in ("iobj", "obj") and case_of(c) is None and c.i > n.i and c not in out:
            out.append(c)
    h = n.head
    if (
        h.i != n.i
        and (swap := genitive_read_as_subject(h)) is not None
        and swap[1].i == n.i
        and swap[0] not in out
    ):
        out.append(swap[0])
    if h.i != n.i and dep(n) in ("obj", "nsubj", "nsubj:pass", "obl"):
        for c in h.children:  # "wies die Vorwürfe der Ukraine zurück": 'der Ukraine' as iobj
            if (
                dep(c) in ("iobj", "obj", "obl")
                and c.i > n.i
                and c.left_edge.i == n.right_edge.i + 1
                and c.left_edge.lower_ == "der"
                and case_of(c) is None
                and c not in out
                # right after the noun itself, not after a PP of it ("Angriffen auf die
                # Infrastruktur im Westen der Ukraine": 'der Ukraine' is the west's)
                and not any(case_of(k) is not None for k in n.children if k.i > n.i)
            ):
                out.append(c)
    for c in n.children:
        if (
            dep(c) == "appos"
            and c.left_edge.i == n.i + 1
            and c.pos_ == "PROPN"
            and case_of(c) is None
            and not any(dep(x) == "det" for x in c.children)
            and (c.lower_.endswith("s") or morph(c, "Case") == "Gen")
            and c not in out
        ):
            out.append(c)
    return out


def governing_verb(t: Token) -> Token | None:
    """The verb a nominal hangs off (directly, or through a chain of nouns/conjuncts)."""
    x = t
    for _ in range(6):
        if x.head.i == x.i:
            return None
        if dep(x) == "conj":
            x = x.head
            continue
        h = x.head
        if h.pos_ in ("VERB", "AUX"):
            return h
        if h.pos_ in ("NOUN", "PROPN") and base_dep(x) in ("nmod", "appos", "flat"):
            x = h
            continue
        if h.pos_ == "ADJ" and dep(x) in ("obl", "obj", "nsubj"):
            return h
        return None
    return None


def zu_form(v: Token) -> bool:
    """Is the verb a zu-infinitive by its form: a "zu" marks it ("zu entsenden") or stands inside
    it before the stem ("anzuerkennen", "bereitzustellen", "zurückzuziehen": the word is its lemma
    with "zu" put in). Used where only the form counts, not the relation the parser gave it."""
    if any(dep(k) == "mark" and k.lower_ == "zu" for k in v.children):
        return True
    low, lemma = v.lower_, (v.lemma_ or "").lower()
    if len(low) != len(lemma) + 2:
        return False
    return any(
        low[i : i + 2] == "zu" and low[:i] + low[i + 2 :] == lemma for i in range(len(lemma))
    )


def is_zu_infinitive(v: Token) -> bool:
    """Does the verb head an infinitival clause: looser than zu_form, for the clause's roles: a
    "zu" hangs on it (as mark, aux or case), it is an xcomp (the parse often leaves the "zu"
    unattached), or "zu" stands inside the word (whatever its lemma)."""
    if morph(v, "VerbForm") != "Inf" and "zu" not in v.lower_[1:-2]:
        return dep(v) == "xcomp"
    return (
        any(c.lower_ == "zu" and dep(c) in ("mark", "aux", "case") for c in v.children)
        or dep(v) == "xcomp"
        or "zu" in v.lower_[2:-3]
    )


def relative_antecedent(pron: Token) -> Token | None:
    """For a relative pronoun, the noun its clause modifies."""
    if "PronType=Rel" not in str(pron.morph) and pron.lower_ not in (
        "der",
        "die",
        "das",
        "den",
        "dem",
        "denen",
        "deren",
        "dessen",
        "welche",
        "welcher",
        "welches",
    ):
        return None
    v = pron.head
    while v is not None and dep(v) not in ("acl:relcl", "acl") and v.head.i != v.i:
        if dep(v) in ("ccomp", "xcomp", "conj"):
            v = v.head
            continue
        break
    if v is not None and dep(v) in ("acl:relcl", "acl"):
        return v.head
    return _comma_antecedent(pron)


def _comma_antecedent(pron: Token) -> Token | None:
    """A relative pronoun right after a comma whose clause the parser did not attach as a
    relative clause ("Der Journalist, dem die Behörden Spionage vorwerfen, ist …" parsed with
    the relative clause as the root): the noun before the comma, when gender and number agree."""
    if pron.pos_ != "PRON" or pron.i < 2 or pron.doc[pron.i - 1].text != ",":
        return None
    if pron.lower_ not in ("der", "die", "das", "den", "dem", "denen", "welche", "welcher"):
        return None
    prev = pron.doc[pron.i - 2]
    while prev.dep_ in ("flat", "flat:name") and prev.head.i < prev.i:
        prev = prev.head  # "Ousmane Sonko": the name's first part carries the phrase
    if prev.pos_ not in ("NOUN", "PROPN"):
        return None
    for feat in ("Number", "Gender"):
        a, b = morph(pron, feat), morph(prev, feat)
        if a and b and a != b:
            return None
    return prev


def in_clause(v: Token, t: Token) -> bool:
    """Is t inside v's clause (not inside a nested clause)?"""
    x = t
    while x.i != v.i:
        if x.head.i == x.i:
            return False
        if dep(x) in CLAUSAL and x.i != t.i:
            return False
        x = x.head
    return True


def preps_after(n: Token, preps: Iterable[str]) -> list[Token]:
    """PPs with one of these prepositions that the parser hung on n's head although they follow
    n's phrase right away ("das zentrale Mittel im Kampf gegen den IS", "steht im Kampf gegen den
    Terrorismus": "gegen" on "Mittel" / "steht", not on "Kampf")."""
    edge = n.right_edge.i
    return [
        k
        for k in n.head.children
        if k.i != n.i
        and k.left_edge.i == edge + 1
        and base_dep(k) in ("obl", "nmod")
        and case_of(k) in preps
    ]


def np_preps(n: Token, prep: str, depth: int = 3) -> list[Token]:
    """PPs with that preposition inside the noun phrase of n, also where the parser chained
    them onto the previous noun ("die Lieferung von Panzern durch Deutschland an die Ukraine")."""
    out = preps(n, prep)
    if out:
        return out
    # an extended attribute: "die von der EU verhängten Sanktionen gegen …"
    out = [p for a in n.children if dep(a) == "amod" and a.i < n.i for p in preps(a, prep)]
    if out:
        return out
    frontier = [c for c in n.children if base_dep(c) in ("nmod", "appos") or dep(c) == "nmod:poss"]
    for _ in range(depth):
        nxt = []
        for x in frontier:
            if case_of(x) == prep and dep(x) not in ("conj",):
                out.append(x)
            # go on only through genitives, appositions and "von" phrases: a PP after the
            # noun of another PP is that noun's ("die Gespräche mit der Regierung von
            # Präsident X": X is no party of the talks)
            if case_of(x) in (None, "von", "durch"):
                nxt += [c for c in x.children if base_dep(c) in ("nmod", "appos")]
        if out:
            return out
        frontier = nxt
    return out


# pronominal adverbs stand for a PP whose noun is said elsewhere ("machte X dafür verantwortlich")
PRONOMINAL = {
    "dafür": "für",
    "dagegen": "gegen",
    "darauf": "auf",
    "daran": "an",
    "damit": "mit",
    "davon": "von",
    "dazu": "zu",
    "darüber": "über",
    "deswegen": "wegen",
}


def np_tail(x: Token) -> list[Token]:
    """Phrases the parser hung on x's verb that continue x's noun phrase: a "von"-PP or a bare
    genitive right after it ("lehnte den Vorschlag von Präsident X ab", "gegen die Wiederwahl von
    Präsident X"), chained ("den Plan der Regierung von Präsident X"). Never in a passive clause,
    where "von" names the agent."""
    h = x.head
    if h.i == x.i or h.pos_ not in ("VERB", "AUX", "ADJ") or is_passive(h):
        return []

    def tail(c: Token) -> bool:
        gen = case_of(c) is None and (
            morph(c, "Case") == "Gen"
            or any(dep(d) == "det" and morph(d, "Case") == "Gen" for d in c.children)
            or c.left_edge.lower_ in ("des", "der")
        )
        return case_of(c) == "von" or (gen and dep(c) not in SUBJ)

    return _chain_after(x, tail)


def np_continuation(n: Token) -> list[Token]:
    """PPs the parser hung on n's verb that continue n's noun phrase: a chain of phrases with a
    preposition (or a bare genitive) starting right after it ("die Zurückweisung von drei
    Asylsuchenden durch die Bundespolizei", "nach Gesprächen mit einer US-Delegation")."""
    h = n.head
    if h.i == n.i or h.pos_ not in ("VERB", "AUX"):
        return []
    return _chain_after(
        n,
        lambda c: (
            base_dep(c) in ("obl", "nmod") and (case_of(c) is not None or morph(c, "Case") == "Gen")
        ),
    )


def _chain_after(x: Token, takes: Callable[[Token], bool]) -> list[Token]:
    """The noun phrases under x's head that follow x's phrase one right after the other, as
    long as `takes` takes them (np_tail, np_continuation)."""
    out: list[Token] = []
    edge = x.right_edge.i
    for c in sorted(x.head.children, key=lambda k: k.i):
        if c.i <= edge:
            continue
        if c.left_edge.i != edge + 1 or c.pos_ not in ("NOUN", "PROPN") or not takes(c):
            break
        out.append(c)
        edge = c.right_edge.i
    return out


def gap_subject_objects(v: Token) -> list[Token]:
    """A conjunct verb right after "und"/"oder" shares the first verb's subject ("Estland meldete
    ... und bat die Nato um ..."): the noun phrase after it that the parser labelled subject is an
    object. Returns those tokens (empty when the conjunct has its own subject before the verb)."""
    if dep(v) != "conj" or v.head.pos_ not in ("VERB", "AUX") or morph(v, "VerbForm") != "Fin":
        return []
    prev = v.doc[v.i - 1] if v.i > 0 else None
    if prev is None or prev.lower_ not in ("und", "oder", "sowie") or prev.head.i != v.i:
        return []
    if not any(dep(c) in SUBJ for c in v.head.children):
        return []
    return [c for c in v.children if dep(c) == "nsubj" and c.i > v.i]


def prenominal(c: Token) -> bool:
    """A genitive name right before a noun ("Polens Regierung") that the parser made an argument
    of the verb: it belongs to the noun after it."""
    nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
    return (
        morph(c, "Case") == "Gen"
        and c.pos_ == "PROPN"
        and nxt is not None
        and nxt.pos_ == "NOUN"
        and not any(k.i > c.i for k in c.children)
    )


def verb_final_conjunct_head(v: Token) -> Token | None:
    """A verb-final conjunct the parser hung on the main clause instead of the subordinate verb
    it is coordinated with ("einen Plan …, den die Miliz verurteilte und kategorisch ablehnte"
    with 'ablehnte' as a conjunct of the main verb): the verb right before the "und"/"oder",
    when that ends a relative or subordinate clause. Its subject and objects are v's."""
    if dep(v) != "conj" or v.head.i == v.i:
        return None
    cc = [c for c in v.children if dep(c) == "cc" and c.i < v.i]
    if not cc:
        return None
    prev = v.doc[cc[0].i - 1] if cc[0].i > v.sent.start else None
    if prev is None or prev.pos_ not in ("VERB", "AUX"):
        return None
    if dep(prev) not in ("acl:relcl", "acl", "advcl", "ccomp") or morph(prev, "VerbForm") != "Fin":
        return None
    # v is verb-final too: no finite verb and no subject of its own between the "und" and v
    # ("…, die Russland verurteilte und zum Rückzug aufforderte" shares 'Russland')
    if any(
        t.pos_ in ("VERB", "AUX") or dep(t) in SUBJ or t.text in (",", ";")
        for t in v.doc[cc[0].i + 1 : v.i]
    ):
        return None
    return prev


def comma_als_words(v: Token) -> list[str]:
    """The predicative "als" phrase of verb v that the parser hung on a noun inside the clause
    it closes ("bezeichnete die Entscheidung Washingtons, die Zölle … zu verdoppeln, als
    schweren Fehler": "als" after the comma that ends the infinitive clause belongs to
    'bezeichnete', not to 'Elektroautos'): the lemmas of such a phrase inside v's own clause,
    with no finite verb between v and it."""
    doc = v.doc
    out: list[str] = []
    for t in v.subtree:
        if t.lower_ != "als" or t.i < v.i or t.i == 0 or doc[t.i - 1].text != ",":
            continue
        n = t.head
        if n.head.i == v.i:
            continue  # hung on the verb already
        if any(
            doc[j].pos_ in ("VERB", "AUX") and morph(doc[j], "VerbForm") == "Fin"
            for j in range(v.i + 1, t.i)
        ):
            continue  # (a subordinate clause of its own: "…, das sie als … bezeichnete")
        if n.pos_ in ("VERB", "AUX"):
            # "als" hung on a later verb the parser joined to the clause ("…, als „unfreundlichen
            # Akt“ und kündigte … an"): the phrase runs from "als" to that verb or punctuation
            for j in range(t.i + 1, min(t.i + 7, n.i)):
                w = doc[j]
                if w.pos_ == "PUNCT" and w.text not in '„“”"‚‘’»«':
                    break
                if w.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ"):
                    break
                out += [w.lemma_ or w.text, w.text]
            continue
        out += [n.lemma_ or n.text, n.text]
        out += [k.lemma_ or k.text for k in n.children if dep(k) in ("amod", "advmod")]
    return out


def after_predicative(v: Token, t: Token, first: Token) -> bool:
    """Is t (a PP hung on verb v) after a predicative "als" phrase of v that follows v's object
    `first`? "verurteilte den Start … als klaren Verstoß gegen die Resolutionen des
    Sicherheitsrats": the "gegen" phrase continues 'Verstoß', it is no PP of the object."""
    return any(
        case_of(s) == "als" and first.i < s.i < t.i for s in v.children if base_dep(s) == "obl"
    )


def finite_number(v: Token) -> str | None:
    """The number of v's finite form: v itself or its auxiliary ("angegriffen hatten": Plur)."""
    if morph(v, "VerbForm") == "Fin":
        return morph(v, "Number")
    for k in v.children:
        if dep(k) in ("aux", "aux:pass") and morph(k, "VerbForm") == "Fin":
            return morph(k, "Number")
    return None


def relative_read_as_object(v: Token) -> Token | None:
    """A relative pronoun that is the subject of its clause, read as its object next to another
    object ("Kämpfer der Gruppe Boko Haram, die in der Nacht ein Dorf … angegriffen hatten":
    'die' and 'Dorf' both objects, no subject). Only a nominative-capable form at the start of
    the clause, and only when the other object cannot be the subject: its number differs from
    the finite verb's ('ein Dorf' singular, 'hatten' plural). Returns the pronoun."""
    if dep(v) not in ("acl:relcl", "acl") or any(
        dep(c) in ("nsubj", "nsubj:pass", "csubj") for c in v.children
    ):
        return None
    objs = [c for c in v.children if dep(c) in ("obj", "dobj")]
    prons = [
        c
        for c in objs
        if c.pos_ == "PRON" and c.lower_ in ("die", "der", "das", "welche", "welcher", "welches")
    ]
    if len(prons) != 1:
        return None
    p = prons[0]
    others = [o for o in objs if o.i > p.i and o.pos_ in ("NOUN", "PROPN")]
    num = finite_number(v)
    if not others or num is None or p.i != v.left_edge.i + (1 if v.left_edge.text == "," else 0):
        return None
    if all(morph(o, "Number") and morph(o, "Number") != num for o in others):
        return p
    return None
