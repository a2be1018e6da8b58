"""A rule-based German dependency parser producing Universal Dependencies relations.

It follows German clause structure (topological fields):
1. chunk a tagged sentence into units: noun phrases (with their prepositions), verbs,
   particles, adverbs, punctuation;
2. cut it into clauses at commas, quotes and brackets (and at a coordinating conjunction between two
   finite verbs), and type each clause: main (finite verb second or first), subordinate
   (subordinator, verb last), relative (relative pronoun, verb last), zu-infinitive, um-zu,
   or a verbless fragment;
3. in each clause build the sentence bracket: the lexical verb is the head, finite and other
   auxiliaries are `aux` (`aux:pass` for werden + participle), separable particles
   `compound:prt`; `sein/werden/bleiben` without a verb complement are copulas;
4. assign grammatical roles by case and agreement: the subject is a nominative noun phrase
   agreeing with the finite verb (the prefield first), datives are `iobj`, accusatives `obj`,
   prepositional phrases `obl` (`obl:agent` for von/durch in the passive), genitives after a
   noun `nmod`;
5. attach clauses: `advcl`/`ccomp` (subordinators), `acl:relcl` (to the antecedent noun),
   `xcomp` (zu-infinitives), `advcl` (um ... zu), `conj`/`cc`, `ccomp` for reported speech.

Every sentence comes out as a single tree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lagebild.nlp import lexicon, morph, valency

NP_PRE = {"ART", "PDAT", "PIAT", "PIDAT", "PPOSAT", "PWAT", "PRELAT", "CARD", "ADJA"}
NP_HEAD_NOUN = {"NN", "NE", "FM"}
NP_HEAD_PRON = {"PIS", "PDS", "PPER", "PRF", "PWS", "PRELS", "PPOSS"}
PREP = {"APPR", "APPRART"}
FINITE = {"VVFIN", "VAFIN", "VMFIN", "VVIMP", "VAIMP"}
NONFINITE = {"VVINF", "VVIZU", "VVPP", "VAINF", "VAPP", "VMINF", "VMPP"}
VERB_TAGS = FINITE | NONFINITE
BOUNDARY = {"$,"}
DASHES = {"--", "–", "—", "-"}  # dashes cut clauses; quotes and brackets do not
QUOTES = {"``", "''", '"', "„", "“", "”", "‚", "‘", "’", "«", "»", "'"}
COPULA = {"sein", "werden", "bleiben"}
COMPLEMENTIZERS = {"dass", "daß", "ob"}
SPEECH_VERBS = {
    "sagen",
    "erklären",
    "betonen",
    "mitteilen",
    "berichten",
    "melden",
    "schreiben",
    "sprechen",
    "warnen",
    "behaupten",
    "bestätigen",
    "ankündigen",
    "fordern",
    "erfahren",
    "heißen",
    "hinzufügen",
    "versichern",
    "zufolge",
    "betonten",
    "verlauten",
    "twittern",
    "bekräftigen",
    "argumentieren",
    "vermuten",
    "glauben",
    "meinen",
    "befürchten",
    "drohen",
    "kritisieren",
    "bestreiten",
    "dementieren",
    "einräumen",
    "zugeben",
    "teilen",
}
TEMPORAL_NOUNS = {
    "Woche",
    "Monat",
    "Jahr",
    "Tag",
    "Nacht",
    "Morgen",
    "Abend",
    "Mittag",
    "Nachmittag",
    "Vormittag",
    "Wochenende",
    "Montag",
    "Dienstag",
    "Mittwoch",
    "Donnerstag",
    "Freitag",
    "Samstag",
    "Sonntag",
    "Mal",
    "Zeit",
    "Stunde",
    "Minute",
    "Sekunde",
    "Jahrzehnt",
    "Jahrhundert",
    "Winter",
    "Sommer",
    "Frühjahr",
    "Herbst",
    "Frühling",
    "Uhr",
}
MONTHS = {
    "Januar",
    "Jänner",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
}
PERIOD_EDGES = {"Anfang", "Ende", "Mitte"}
# nouns a following number names ("Artikel 5", "Resolution 2334", "Paragraph 129")
NUMBERED_NOUNS = {
    "Artikel",
    "Paragraph",
    "Paragraf",
    "Absatz",
    "Kapitel",
    "Resolution",
    "Nummer",
    "Nr.",
    "Seite",
    "Punkt",
    "Zimmer",
    "Raum",
    "Gleis",
    "Linie",
    "Halle",
    "Stufe",
    "Phase",
    "Runde",
    "Protokoll",
    "Block",
    "Tor",
    "Sektor",
    "Haus",
    "Hause",
}
PASSIVE_AGENT_PREPS = {"von", "vom", "durch"}
SUBORDINATORS_EXTRA = {
    "dass",
    "daß",
    "weil",
    "wenn",
    "ob",
    "obwohl",
    "nachdem",
    "bevor",
    "sobald",
    "solange",
    "falls",
    "sodass",
    "indem",
    "seitdem",
    "damit",
    "während",
    "als",
    "da",
    "wie",
    "bis",
    "ehe",
    "obgleich",
    "wobei",
}


@dataclass(slots=True)
class Tok:
    i: int
    text: str
    tag: str
    pos: str
    lemma: str
    head: int = -2  # -2 unset, -1 root
    dep: str = ""
    an: frozenset = frozenset()  # case/number/gender analyses
    feats: dict = field(default_factory=dict)
    space: bool = True  # whitespace after the token


@dataclass(slots=True)
class Unit:
    kind: str  # NP, PP, V, PRT, ZU, NEG, ADV, ADJD, KON, SUB, KOUI, KOKOM, PUNCT, X
    toks: list[int]
    head: int
    an: frozenset = frozenset()
    person: str = "3"
    plural: bool = False
    prep: list[int] = field(default_factory=list)
    conj: list[Unit] = field(default_factory=list)  # coordinated NPs (heads are conj of head)
    attached: bool = False  # already attached inside a phrase (nmod, appos, ...)
    # the phrases inside an extended attribute: "die [von der EU] verhängten Sanktionen"
    inner: list[Unit] = field(default_factory=list)


@dataclass(slots=True)
class Clause:
    units: list[Unit]
    kind: str = "MAIN"  # MAIN, SUB, REL, INF, UMZU, FRAG
    head: int = -1
    intro: list[int] = field(default_factory=list)  # subordinator / 'um' / cc tokens
    cc: int | None = None
    passive: bool = False
    finite: int | None = None
    intro_punct: list = field(default_factory=list)
    appos_to: Clause | None = None
    antecedent: int | None = None
    # a clause embedded in the midfield of another one, right after a noun: "den Vorwurf,
    # dass …, zurückgewiesen" (the noun token; the clause becomes its `acl`)
    host_noun: int | None = None
    embedded: bool = False  # inside another clause's sentence bracket
    # a verb-final clause after "und" that continues the subordinate/relative clause before it
    # ("wo Unbekannte feuerten und dabei sechs Menschen erschossen"): conj of it, same subject
    conj_to: Clause | None = None


# ---------------------------------------------------------------- chunking


def _is_genitive_name(t: Tok) -> bool:
    return t.tag == "NE" and len(t.text) > 3 and t.text.endswith("s") and not t.text.endswith("ss")


def _participle_adja(t: Tok) -> bool:
    """Is the attributive adjective t a declined past participle ("kontrollierten",
    "unterstützte": the verb lexicon knows the stem as a participle)?"""
    low = t.text.lower()
    for end in ("en", "em", "er", "es", "e"):
        if low.endswith(end) and len(low) > len(end) + 3:
            stem = low[: -len(end)]
            if any("PP" in codes for _, codes in lexicon.verb_analyses(stem)):
                return True
    return False


def _attribute_agent(toks: list[Tok], preps: list[int], start: int, j: int) -> bool:
    """Is the name toks[j] the end of a prepositional phrase inside an extended attribute,
    not a prenominal genitive? "nach Angaben der von der Hamas kontrollierten Behörden": a
    genitive name takes no article ("Russlands größte Stadt"), so article + name + a declined
    participle after a preposition is the participle's own phrase ("von der Hamas")."""
    return bool(
        preps
        and j == start + 1
        and toks[start].tag == "ART"
        and toks[j + 1].tag == "ADJA"
        and _participle_adja(toks[j + 1])
    )


QUANTITY_NOUNS = {
    "Million",
    "Millionen",
    "Milliarde",
    "Milliarden",
    "Tausend",
    "Tausende",
    "Hundert",
    "Hunderte",
    "Dutzend",
    "Dutzende",
}
_HYPH_NEXT = {"NN", "NE", "FM", "ADJA", "TRUNC", "CARD", "XY"}


def _hyph(toks: list[Tok], j: int) -> bool:
    """Is toks[j] the first part of a compound written with a split-off hyphen ("US", "-",
    "Präsident" in corpora that cut "US-Präsident" into three tokens)?"""
    if (
        j + 2 < len(toks)
        and toks[j + 1].text == "--"
        and toks[j].tag in ("NN", "NE", "ADJD", "ADJA")
        and toks[j + 2].tag in ("NN", "ADJA")
        and toks[j + 2].text[:1].isupper() == (toks[j + 2].tag == "NN")
    ):  # "--" for a hyphen in older newspaper text: "deutsch -- französischen"
        return True
    if not (
        j + 2 < len(toks)
        and toks[j + 1].text in ("-", "‐")
        and toks[j].text[:1].isalnum()
        and toks[j + 2].text[:1].isalnum()
        and toks[j].tag not in VERB_TAGS | {"KON", "APPR", "APPRART", "ART"}
    ):
        return False
    if not toks[j].space and not toks[j + 1].space:
        return True
    # "Panzer - Motor": a spaced hyphen between two nouns
    return toks[j].tag in ("NN", "NE", "TRUNC") and toks[j + 2].tag in ("NN", "NE")


def _hyph_np_start(toks: list[Tok], j: int) -> bool:
    while _hyph(toks, j):
        j += 2
    return j < len(toks) and toks[j].tag in _HYPH_NEXT and j > 0


def chunk(toks: list[Tok]) -> list[Unit]:
    units: list[Unit] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        tag = t.tag
        if (
            tag in PREP
            or (tag in NP_PRE | NP_HEAD_NOUN | NP_HEAD_PRON | {"TRUNC"})
            or (
                tag in ("ADV", "ADJD", "PTKA") and i + 1 < n and toks[i + 1].tag in ("CARD", "ADJA")
            )
            or (_hyph(toks, i) and _hyph_np_start(toks, i))
        ):
            j = i
            preps = []
            while j < n and toks[j].tag in PREP:
                preps.append(j)
                j += 1
            start_np = j
            # pre-modifiers
            while j < n:
                tj = toks[j].tag
                if _hyph(toks, j) and _hyph_np_start(toks, j):
                    j += 2
                elif (
                    toks[j].text in QUOTES
                    and j > start_np
                    and j + 1 < n
                    and toks[j + 1].tag in NP_PRE | NP_HEAD_NOUN
                ):  # 'einen ``Vertrauensvertrag'' ', 'den "Fab Three"'
                    j += 1
                elif (
                    toks[j].text.lower() in ("mehr", "weniger")
                    and j + 2 < n
                    and toks[j + 1].text.lower() == "als"
                    and toks[j + 2].tag == "CARD"
                ):  # "mehr als 50 Menschen"
                    toks[j].tag, toks[j].pos = "ADV", "ADV"
                    toks[j + 1].tag, toks[j + 1].pos = "KOKOM", "ADP"
                    j += 2
                elif (
                    tj in ("ART", "PPOSAT", "PDAT")
                    and j > start_np
                    and toks[j - 1].tag in ("CARD", "ADJA")
                ):
                    break  # "will 2030 | die letzten Kraftwerke abschalten"
                elif tj in NP_PRE or tj == "TRUNC":
                    j += 1
                elif (
                    tj in ("ADV", "ADJD", "PTKA")
                    and j + 1 < n
                    and toks[j + 1].tag
                    in (
                        "ADJA",
                        "CARD",
                    )
                ):
                    j += 1
                elif (
                    toks[j].text in QUANTITY_NOUNS
                    and j > start_np
                    and toks[j - 1].tag == "CARD"
                    and j + 1 < n
                    and toks[j + 1].tag in ("ADJA", "NN")
                ):  # "15 Millionen neue Arbeitsplätze"
                    j += 1
                elif (
                    toks[j].text == ","
                    and j > start_np
                    and toks[j - 1].tag == "ADJA"
                    and j + 1 < n
                    and (
                        toks[j + 1].tag == "ADJA"
                        or (
                            toks[j + 1].tag in ("ADV", "ADJD")
                            and j + 2 < n
                            and toks[j + 2].tag == "ADJA"
                        )
                    )
                ):  # "ein gewaltfreies, demokratisches Israel", "neue, sozial abgesicherte"
                    j += 1
                elif (
                    toks[j].text in ("-", "--")
                    and j > start_np
                    and toks[j - 1].tag == "TRUNC"
                    and j + 1 < n
                    and toks[j + 1].tag == "KON"
                ):  # "Rohstoff- und Energiekosten" with the hyphen split off
                    j += 1
                elif (
                    tj == "KON"
                    and j > start_np
                    and (
                        toks[j - 1].tag in ("ADJA", "TRUNC")
                        or (toks[j - 1].text in ("-", "--") and toks[j - 2].tag == "TRUNC")
                    )
                    and j + 1 < n
                    and toks[j + 1].tag in ("ADJA", "NN")
                ):
                    j += 1
                elif (
                    _is_genitive_name(toks[j])
                    and j + 1 < n
                    and toks[j + 1].tag
                    in (
                        "ADJA",
                        "NN",
                    )
                    and not _attribute_agent(toks, preps, start_np, j)
                ):
                    j += 1
                else:
                    break
            head = None
            if j < n and (toks[j].tag in NP_HEAD_NOUN or toks[j].tag in NP_HEAD_PRON):
                head = j
                j += 1
                # appositive names: "Hafenstadt Odessa", "Präsident Wladimir Putin"
                while j < n and toks[j].tag == "NE" and toks[head].tag in ("NN", "NE"):
                    j += 1
            elif j > start_np:
                head = j - 1  # elliptic: "die beiden", "20"
            if head is None:
                if preps:  # preposition before an adverb etc.: "bis heute", "seit gestern"
                    if j < n and toks[j].tag not in BOUNDARY | FINITE | NONFINITE | {"$."}:
                        units.append(Unit("PP", preps + [j], j, prep=preps))
                        i = j + 1
                        continue
                    units.append(Unit("X", preps, preps[0]))
                    i = j
                    continue
                units.append(Unit("X", [i], i))
                i += 1
                continue
            kind = "PP" if preps else "NP"
            if (
                not preps
                and j < n
                and (
                    toks[j].tag == "APPO"
                    or toks[j].text.lower() == "zufolge"
                    or (
                        toks[j].text.lower() in ("gegenüber", "entgegen")
                        and (j + 1 == n or toks[j + 1].tag not in NP_PRE | NP_HEAD_NOUN | PREP)
                    )
                )
                and toks[head].tag not in ("PRELS", "PWS")
            ):  # a postposition: "Berichten zufolge", "meiner Meinung nach"
                toks[j].tag, toks[j].pos = "APPO", "ADP"
                units.append(Unit("PP", list(range(i, j + 1)), head, prep=[j]))
                i = j + 1
                continue
            units.append(Unit(kind, list(range(i, j)), head, prep=preps))
            i = j
            continue
        if tag in VERB_TAGS:
            units.append(Unit("V", [i], i))
        elif tag == "PTKVZ":
            units.append(Unit("PRT", [i], i))
        elif tag == "PTKZU":
            units.append(Unit("ZU", [i], i))
        elif tag == "PTKNEG":
            units.append(Unit("NEG", [i], i))
        elif tag in ("ADV", "PAV", "PWAV", "PTKA", "PTKANT"):
            units.append(Unit("ADV", [i], i))
        elif tag == "ADJD":
            units.append(Unit("ADJD", [i], i))
        elif tag == "KON":
            units.append(Unit("KON", [i], i))
        elif tag == "KOUS":
            units.append(Unit("SUB", [i], i))
        elif tag == "KOUI":
            units.append(Unit("KOUI", [i], i))
        elif tag == "KOKOM":
            units.append(Unit("KOKOM", [i], i))
        elif tag.startswith("$"):
            units.append(Unit("PUNCT", [i], i))
        else:
            units.append(Unit("X", [i], i))
        i += 1
    return units


# ---------------------------------------------------------------- noun phrase internals


_NAME_GENITIVE = frozenset(("GSx", "GPx"))


def analyse_np(u: Unit, toks: list[Tok]) -> None:
    """Attach the noun phrase's own tokens to its head and compute its case analyses."""
    head = u.head
    an: frozenset = frozenset()
    decl = "strong"
    det_an: frozenset = frozenset()
    adjs: list[int] = []
    for k in u.toks:
        t = toks[k]
        if k == head:
            continue
        if k in u.prep:
            t.head, t.dep = head, "case"
            continue
        if t.text in QUOTES:
            t.head, t.dep = head, "punct"
            continue
        if t.text == ",":
            t.head, t.dep = k + 1, "punct"
            continue
        if t.tag == "NN" and t.text in QUANTITY_NOUNS:
            t.head, t.dep = head, "nmod"
            continue
        if t.text in ("-", "‐", "--") and k - 1 in u.toks:
            if _hyph(toks, k - 1) or toks[k - 1].tag == "TRUNC":
                t.head, t.dep = k - 1, "punct"
                continue
        if k < head and _hyph(toks, k):
            t.head, t.dep = head, "compound"
            continue
        if k > head:  # trailing names
            if toks[k - 1].tag == "NE" and k - 1 != head:
                t.head, t.dep = k - 1, "flat"
                # find start of the name run
                s = k - 1
                while toks[s].head not in (-2, head) and toks[s].dep == "flat":
                    s = toks[s].head
                t.head = s
            else:
                t.head, t.dep = head, ("flat" if toks[head].tag == "NE" else "appos")
            continue
        if t.tag in ("ART", "PDAT", "PIAT", "PIDAT", "PWAT", "PRELAT"):
            a, decl, _ = morph.determiner(t.text)
            det_an = morph.unify(det_an, a) if a else det_an
            t.head, t.dep = head, "det"
            t.an = a
        elif t.tag == "PPOSAT":
            a, decl, _ = morph.determiner(t.text)
            det_an = morph.unify(det_an, a) if a else det_an
            t.head, t.dep = head, "det:poss"
            t.an = a
        elif t.tag == "CARD":
            t.head, t.dep = head, "nummod"
        elif t.tag == "ADJA":
            t.head, t.dep = head, "amod"
            adjs.append(k)
        elif t.tag in ("ADV", "ADJD", "PTKA"):
            t.head, t.dep = k + 1, "advmod"
            if k + 2 < len(toks) and toks[k + 1].tag == "KOKOM" and toks[k + 2].tag == "CARD":
                t.head = k + 2
        elif t.tag == "KOKOM":
            t.head, t.dep = k - 1, "fixed"
        elif t.tag == "KON":
            t.head, t.dep = k + 1, "cc"
        elif t.tag == "TRUNC":
            t.head, t.dep = head, "compound"
        elif t.tag == "NE" and _is_genitive_name(t):
            t.head, t.dep = head, "nmod"
            t.an = frozenset({"GSx"})
        else:
            t.head, t.dep = head, "dep"
    if u.inner:  # "die [von der EU] [neu] verhängten Sanktionen": depend on the attribute
        attr = min(adjs) if adjs else head
        for r in u.inner:
            if r.kind in ("NP", "PP"):
                analyse_np(r, toks)
                toks[r.head].head = attr
                toks[r.head].dep = "obl" if r.kind == "PP" else "obj"
            else:
                for k in r.toks:
                    toks[k].head, toks[k].dep = attr, "advmod"
    # adjectives coordinated by KON: second ADJA is conj of first
    for k in adjs:
        if k - 2 >= 0 and toks[k - 1].tag == "KON" and toks[k - 2].tag == "ADJA":
            toks[k].head, toks[k].dep = k - 2, "conj"
    h = toks[head]
    if h.tag in NP_HEAD_PRON and h.tag == "PRELS" and h.an:
        an = h.an
    elif h.tag in NP_HEAD_PRON:
        if h.tag in ("PPER", "PRF"):
            a, person = morph.pronoun(h.text)
            # nominative "ihr" is the 2nd person plural ("ihr findet"); its 3rd person reading
            # is the dative singular, which is never a subject
            u.person = "2" if h.text.lower() == "ihr" else person
        elif h.text.lower() in morph.PRONOUNS:
            a, person = morph.pronoun(h.text)
        else:
            a, _, _ = morph.determiner(h.text)
            low = h.text.lower()
            if a and h.tag in ("PIS", "PPOSS"):
                # an ein-word standing alone takes the der-word endings in the nominative
                # and accusative: "einer der Angreifer" (Nom), "eines", "keins"
                a = a | morph.ein_pronoun(low)
            if not a:
                for end in ("em", "en", "er", "es", "e"):
                    if low.endswith(end):
                        a = morph.DER_ENDINGS.get(end, frozenset())
                        break
        an = a
    elif h.tag == "CARD":
        an = morph._an("N/A/D/GPx")
        an = morph.unify(an, det_an)
    elif h.tag in ("ART", "PDAT", "PIAT", "ADJA", "PPOSAT"):  # elliptic head
        a, _, _ = morph.determiner(h.text)
        an = morph.unify(det_an, a) if a else det_an
        if h.tag == "ADJA":
            an = morph.unify(an, morph.adjective(h.text, decl)) or an
    else:
        lemma, noun_an = morph.noun(h.text, propn=h.tag == "NE")
        if lemma and h.tag == "NN":
            h.lemma = lemma
        if h.tag == "NE" and det_an and noun_an and not any(a[0] == "G" for a in noun_an):
            # a name after an article is genitive without -s: "der Ukraine", "der NATO"
            noun_an = noun_an | _NAME_GENITIVE
        an = noun_an
        if det_an:
            an = morph.unify(det_an, an) if an else det_an
            if not an:
                an = det_an
        for k in adjs:
            a2 = morph.unify(an, morph.adjective(toks[k].text, decl))
            if a2:
                an = a2
    if u.prep:
        p = toks[u.prep[-1]].text.lower()
        gov = morph.PREP_CASE.get(p)
        if gov:
            a2 = morph.restrict_case(an, gov) if an else frozenset()
            an = a2 if a2 else frozenset(a for a in morph.ALL if a[0] in gov)
            if gov == frozenset("GD"):  # genitive prepositions: dative only where no genitive fits
                an = morph.restrict_case(an, "G") or an
            if toks[u.prep[-1]].tag == "APPRART":
                contracted = {
                    "m": "dem",
                    "r": "der",
                    "s": "das",
                }.get(p[-1])
                if contracted:
                    a3 = morph.unify(an, morph.APPRART_ANALYSES[contracted])
                    if a3:
                        an = a3
    if an and all(a[1] == "S" for a in an) and h.tag == "NN":
        # "45 Prozent", "zwei Millionen Euro": a number above one makes the phrase plural
        cards = [toks[k] for k in u.toks if k < head and toks[k].tag == "CARD"]
        if cards and cards[-1].text.lower() not in ("1", "ein", "eins", "eine", "einer"):
            an = an | frozenset(a[0] + "Px" for a in an)
    u.an = an
    h.an = an
    u.plural = bool(an) and all(a[1] == "P" for a in an)


def _cases(u: Unit) -> set[str]:
    return {a[0] for a in u.an} if u.an else set("NADG")


GEN_DETERMINERS = {
    "des",
    "eines",
    "dieses",
    "jenes",
    "jedes",
    "keines",
    "meines",
    "deines",
    "seines",
    "ihres",
    "unseres",
    "eures",
    "der",
    "einer",
    "dieser",
    "jener",
    "keiner",
    "meiner",
    "deiner",
    "ihrer",
    "seiner",
    "unserer",
    "eurer",
    "aller",
    "beider",
    "mehrerer",
    "einiger",
    "vieler",
}


def _is_gen_modifier(u: Unit, prev: Unit | None, toks: list[Tok]) -> bool:
    """Is NP `u` a genitive attribute of the noun phrase `prev` right before it?"""
    if u.kind != "NP" or prev is None or prev.kind not in ("NP", "PP"):
        return False
    if toks[prev.head].tag not in ("NN", "NE"):
        # partitive: "einer der Verletzten", "zwei der Angreifer", "viele dieser Länder"
        return (
            _partitive_head(prev, toks)
            and u.toks[0] == max(prev.toks) + 1
            and toks[u.toks[0]].text.lower() in GEN_DETERMINERS
            and any(a[:2] == "GP" for a in u.an)
        )
    if u.toks[0] != max(prev.toks) + 1:
        return False
    if "G" not in _cases(u):
        return False
    first = toks[u.toks[0]]
    low = first.text.lower()
    if low in GEN_DETERMINERS:
        return True
    if first.tag == "NE" and len(u.toks) == 1 and _is_genitive_name(first):
        return True
    if first.tag == "ADJA" and first.text.endswith("er"):  # strong genitive plural
        return True
    return False


PARTITIVE_HEADS = frozenset(
    "einer eine eines einen einem keiner keine keines keinen keinem jeder jede jedes jeden "
    "jedem viele vielen einige einigen manche manchen alle allen beide beiden meisten wenige "
    "wenigen mehrere mehreren welche welcher welchen".split()
)


def _partitive_head(u: Unit, toks: list[Tok]) -> bool:
    """Is the phrase a bare quantity word or number that a partitive genitive can follow?"""
    body = [k for k in u.toks if k not in u.prep]
    h = toks[u.head]
    if h.tag == "CARD":
        return len(body) == 1
    return h.text.lower() in PARTITIVE_HEADS and body[-1] == u.head and len(body) <= 2


_DETS = frozenset(("ART", "PDAT", "PPOSAT", "PIAT", "PIDAT"))


def extended_attributes(units: list[Unit], toks: list[Tok]) -> list[Unit]:
    """Join a determiner and the noun phrase its extended attribute separates it from.

    "die von der EU neu verhängten Sanktionen", "einen wegen Spionage festgenommenen Mann",
    "die seit Jahren andauernden Kämpfe": the chunker sees a bare determiner, prepositional
    phrases and adverbs, then an adjective + noun phrase. When the determiner agrees with the
    noun, they become one phrase whose head is the noun; the phrases in between are kept in
    `inner` and depend on the first adjective (the participle), see `analyse_np`.
    """
    out: list[Unit] = []
    i, n = 0, len(units)
    while i < n:
        u = units[i]
        body = [k for k in u.toks if k not in u.prep]
        if u.kind in ("NP", "PP") and body and all(toks[k].tag in _DETS for k in body):
            j = i + 1
            while j < n and units[j].kind in ("PP", "ADV", "ADJD", "NEG") and j - i <= 4:
                j += 1
            if i + 1 < j < n and _attribute_np(units[j], toks, body):
                w = units[j]
                inner = units[i + 1 : j]
                if any(x.kind == "PP" for x in inner):
                    out.append(
                        Unit(u.kind, u.toks + w.toks, w.head, prep=u.prep, inner=list(inner))
                    )
                    i = j + 1
                    continue
        out.append(u)
        i += 1
    return out


def _attribute_np(w: Unit, toks: list[Tok], det: list[int]) -> bool:
    """Is `w` an adjective + noun phrase that agrees with the determiner tokens `det`?"""
    if w.kind != "NP" or w.prep or toks[w.head].tag not in ("NN", "NE"):
        return False
    first = next((k for k in w.toks if toks[k].tag not in ("ADV", "ADJD", "PTKA")), None)
    if first is None or toks[first].tag != "ADJA":
        return False
    det_an: frozenset = frozenset()
    decl = "strong"
    for k in det:
        a, decl, _ = morph.determiner(toks[k].text)
        det_an = morph.unify(det_an, a) if a else det_an
    _, noun_an = morph.noun(toks[w.head].text, propn=toks[w.head].tag == "NE")
    if det_an and noun_an and not morph.unify(det_an, noun_an):
        return False
    adj_an = morph.adjective(toks[first].text, decl)
    return not (det_an and adj_an and not morph.unify(det_an, adj_an))


def coordinate(units: list[Unit], toks: list[Tok]) -> list[Unit]:
    """Group coordinated phrases: X (, X)* KON X, where X is an NP or PP (a PP may continue
    with a bare NP sharing its preposition: "mit Kind und Hund"). Returns the units with the
    later conjuncts removed (attached as conj to the first)."""
    out: list[Unit] = []
    idx = 0
    n = len(units)

    def compatible(a: Unit, b: Unit) -> bool:
        return b.kind in ("NP", "PP") and (a.kind == b.kind or (a.kind == "PP" and b.kind == "NP"))

    while idx < n:
        u = units[idx]
        if u.kind not in ("NP", "PP"):
            out.append(u)
            idx += 1
            continue
        j = idx
        group = [u]
        commas: list[int] = []
        kon = None
        attr = _attribute_before_conjunct(units, idx, toks)
        if attr is not None:
            # "den Freiheitskampf der Polen und den friedlichen Systemwandel": the conjunct's
            # case fits the phrase before the attribute, not the attribute
            a = units[idx + 1]
            toks[a.head].head, toks[a.head].dep = u.head, "nmod"
            a.attached = True
            if attr == "G":
                a.an = morph.restrict_case(a.an, "G") or a.an
            u.toks = u.toks + a.toks
            j = idx + 1
        while j + 2 < n:
            sep, nxt = units[j + 1], units[j + 2]
            if sep.kind == "PUNCT" and toks[sep.head].text == "," and compatible(u, nxt):
                commas.append(sep.head)
                group.append(nxt)
                j += 2
                continue
            if sep.kind == "KON" and compatible(u, nxt):
                kon = sep.head
                group.append(nxt)
                j += 2
                break
            # "und auch die Fleischgerichte", "und nicht mehr der Wille", "sowohl den Bahnhof
            # als auch den Standort": focus particles between the conjunction and the conjunct
            if sep.kind not in ("KON", "KOKOM", "PP"):
                break
            skip = j + 2
            while skip < n and skip - j <= 3 and _focus_particle(units[skip], toks):
                skip += 1
            both = (
                sep.kind != "KON"
                and _unit_words(sep, toks) in (("als",), ("als", "auch"))
                and u.toks[0] > 0
                and toks[u.toks[0] - 1].text.lower() == "sowohl"
            )
            if (
                (sep.kind == "KON" or both)
                and (skip > j + 2 or both)
                and skip < n
                and compatible(u, units[skip])
            ):
                kon = sep.toks[0]
                nxt = units[skip]
                if both and len(sep.toks) > 1:  # "als auch"
                    toks[sep.toks[1]].head, toks[sep.toks[1]].dep = sep.toks[0], "fixed"
                for x in units[j + 2 : skip]:
                    for k in x.toks:
                        toks[k].head, toks[k].dep = nxt.head, "advmod"
                    if len(x.toks) == 2:
                        toks[x.toks[1]].head, toks[x.toks[1]].dep = x.toks[0], "fixed"
                    x.attached = True
                    x.kind = "ATT"
                if both:
                    sep.kind = "ATT"
                    toks[sep.toks[0]].tag, toks[sep.toks[0]].pos = "KON", "CCONJ"
                if both and idx > 0 and units[idx - 1].head == u.toks[0] - 1:
                    toks[units[idx - 1].head].head = u.head
                    toks[units[idx - 1].head].dep = "cc"
                    units[idx - 1].kind = "ATT"
                group.append(nxt)
                j = skip
            break
        if kon is None:
            out.append(u)
            idx += 1
            continue
        for g in group[1:]:
            toks[g.head].head, toks[g.head].dep = u.head, "conj"
            g.attached = True
        toks[kon].head, toks[kon].dep = group[-1].head, "cc"
        for k, g in zip(commas, group[1:], strict=False):
            toks[k].head, toks[k].dep = g.head, "punct"
        u.conj = group[1:]
        if u.kind == "NP":
            common = u.an
            for g in group[1:]:
                cs = {b[0] for b in g.an}
                if cs:
                    common = frozenset(a for a in common if a[0] in cs)
            u.an = common or u.an
        u.toks = u.toks + [k for g in group[1:] for k in g.toks]
        out.append(u)
        idx = j + 1
    return out


FOCUS_PARTICLES = frozenset(
    ("auch", "nicht", "mehr", "sogar", "insbesondere", "besonders", "vor", "allem", "nur", "zudem")
)


def _unit_words(u: Unit, toks: list[Tok]) -> tuple[str, ...]:
    return tuple(toks[k].text.lower() for k in u.toks)


def _focus_particle(u: Unit, toks: list[Tok]) -> bool:
    if len(u.toks) == 1:
        return u.kind in ("ADV", "NEG", "X") and toks[u.head].text.lower() in FOCUS_PARTICLES
    return (
        len(u.toks) == 2
        and toks[u.toks[1]].text == "allem"
        and toks[u.toks[0]].text.lower() == "vor"
    )


def _attribute_before_conjunct(units: list[Unit], idx: int, toks: list[Tok]) -> str | None:
    """W X KON Y (or W X , Y …): is X an attribute of W (a genitive noun phrase or a
    prepositional phrase right after it) and Y a conjunct of W rather than of X? Conjuncts
    share their case: Y must fit W's case and not X's. Returns "G" (genitive attribute), "P"
    (prepositional attribute) or None."""
    if idx + 3 >= len(units):
        return None
    w, x, sep = units[idx : idx + 3]
    if w.kind not in ("NP", "PP") or toks[w.head].tag not in ("NN", "NE"):
        return None
    if x.kind not in ("NP", "PP") or sep.kind not in ("KON", "PUNCT"):
        return None
    q = idx + 3
    while q < len(units) - 1 and q <= idx + 5 and _focus_particle(units[q], toks):
        q += 1  # "des Weltmarktes und nicht mehr der Wille"
    y = units[q]
    if y.kind != "NP":
        return None
    if (
        not (sep.kind == "KON" or (sep.kind == "PUNCT" and toks[sep.head].text == ","))
        or not w.an
        or not y.an
    ):
        return None
    if w.kind == "PP" and y.kind == "NP" and not w.prep:
        return None
    wc, yc = _cases(w), _cases(y)
    if x.kind == "NP" and _is_gen_modifier(x, w, toks):
        kind, xc = "G", {"G"}
    elif x.kind == "PP" and x.an and x.toks[0] == max(w.toks) + 1 and w.kind == "NP":
        kind, xc = "P", _cases(x)
    else:
        return None
    if yc & xc or not yc & wc:
        return None
    return kind


# ---------------------------------------------------------------- clauses


def _relative_start(units: list[Unit], toks: list[Tok]) -> bool:
    if not units:
        return False
    u = units[0]
    if u.kind not in ("NP", "PP"):
        return False
    first_np_tok = [k for k in u.toks if k not in u.prep]
    if not first_np_tok:
        return False
    t = toks[first_np_tok[0]]
    low = t.text.lower()
    if low not in morph.RELATIVE:
        return False
    if low in ("dessen", "deren"):
        return True
    return u.head == first_np_tok[0] or t.tag in ("PRELS", "PRELAT")


def _last_verb_is_finite(units: list[Unit], toks: list[Tok]) -> bool:
    vs = [u for u in units if u.kind == "V"]
    return bool(vs) and toks[vs[-1].head].tag in FINITE


def segment(units: list[Unit], toks: list[Tok]) -> list[Clause]:
    # commas inside noun-phrase lists ("Russland, die Ukraine und Belarus") are no boundaries
    list_commas: set[int] = set()
    for idx, u in enumerate(units):
        if u.kind == "PUNCT" and toks[u.head].text == "," and idx > 0:
            if units[idx - 1].kind not in ("NP", "PP"):
                continue
            k = idx
            ok = False
            while k + 1 < len(units) and units[k + 1].kind == "NP":
                if (
                    k + 2 < len(units)
                    and units[k + 2].kind == "PUNCT"
                    and toks[units[k + 2].head].text == ","
                ):
                    k += 2
                    continue
                q = k + 3
                while q < len(units) and q <= k + 5 and _focus_particle(units[q], toks):
                    q += 1  # "…, die Salate und auch die Nachspeisen"
                if q < len(units) and units[k + 2].kind == "KON" and units[q].kind in ("NP",):
                    ok = True
                break
            if ok:
                list_commas.update(
                    j
                    for j in range(idx, k + 2)
                    if units[j].kind == "PUNCT" and toks[units[j].head].text == ","
                )
    segs: list[list[Unit]] = [[]]
    seps: list[list[Unit]] = [[]]  # punctuation before each segment
    for idx, u in enumerate(units):
        if (
            u.kind == "PUNCT"
            and (
                toks[u.head].tag in BOUNDARY
                or toks[u.head].text in (":", ";")
                or toks[u.head].text in DASHES
            )
            and idx not in list_commas
        ):
            if segs[-1]:
                segs.append([])
                seps.append([])
            seps[-1].append(u)
            continue
        segs[-1].append(u)
    # split a segment at KON between two finite verbs
    out: list[list[Unit]] = []
    out_seps: list[list[Unit]] = []
    for seg, sep in zip(segs, seps, strict=True):
        if not seg:
            if out_seps:
                out_seps[-1].extend(sep)
            else:
                out.append([])
                out_seps.append(sep)
            continue
        _finite_after_kon(seg, toks)
        _participle_after_aux(seg, toks)
        parts = [seg]
        while True:
            cur = parts[-1]
            fin = [j for j, u in enumerate(cur) if u.kind == "V" and toks[u.head].tag in FINITE]
            split = None
            if len(fin) >= 2:
                for j in range(fin[0] + 1, fin[1]):
                    if cur[j].kind == "KON":
                        split = j
                # a conjunction right after a verb ends the first clause: "der … gefahren
                # war | und dabei eine Mutter und ihre Tochter getötet hatte"
                split = next(
                    (
                        j
                        for j in range(fin[0] + 1, fin[1])
                        if cur[j].kind == "KON" and cur[j - 1].kind in ("V", "PRT")
                    ),
                    split,
                )
                # later KON closest to the second finite verb; require a verb before it
                if split is None:
                    # no comma before a subordinate or relative clause: "hält, was es
                    # verspricht"; "Da die Preise stimmen, können wir ..." without comma
                    for j in range(fin[0] + 1, fin[1]):
                        if cur[j].kind == "SUB" or _wh_start(cur[j], toks):
                            split = j
                    c0 = cur[1] if cur[0].kind == "KON" and len(cur) > 1 else cur[0]
                    if split is None and (c0.kind == "SUB" or _wh_start(c0, toks)):
                        k = fin[0] + 1
                        if k < len(cur) and k == fin[1]:
                            split = k
            elif len(fin) == 1 and cur[0].kind != "SUB" and not _relative_start(cur, toks):
                # "hat zwei Männer festgenommen und eine Waffe sichergestellt": two verb
                # phrases sharing the finite auxiliary
                nonfin = [
                    j
                    for j, u in enumerate(cur)
                    if u.kind == "V" and toks[u.head].tag in ("VVPP", "VVINF") and j > fin[0]
                ]
                if len(nonfin) >= 2:
                    for j in range(nonfin[0] + 1, nonfin[-1]):
                        if cur[j].kind == "KON" and cur[j - 1].kind == "V":
                            split = j
                            break
            if split is None:
                break
            parts[-1] = cur[:split]
            parts.append(cur[split:])
        for pi, p in enumerate(parts):
            out.append(p)
            out_seps.append(sep if pi == 0 else [])
    # a comma inside a list can leave the verb bracket's right part alone: "hat sich auf
    # Investoren in der Schweiz, | Großbritannien und den USA konzentriert"
    k = 1
    while k < len(out):
        prev_seg, seg = out[k - 1], out[k]
        if _continues_bracket(prev_seg, seg, toks):
            out[k - 1] = prev_seg + out_seps[k] + seg
            del out[k], out_seps[k]
            continue
        k += 1
    hosts = _close_brackets(out, out_seps, toks)
    clauses: list[Clause] = []
    for si, (seg, sep) in enumerate(zip(out, out_seps, strict=True)):
        if not seg:
            continue
        c = Clause(seg)
        if si in hosts:
            c.embedded = True
            c.host_noun = hosts[si]
        c.intro = []
        first = seg[0]
        body = seg
        if first.kind == "KON" and len(seg) > 1:
            c.cc = first.head
            body = seg[1:]
        after_comma = any(toks[x.head].text == "," for x in sep)
        prev_last = out[si - 1][-1] if si > 0 and out[si - 1] else None
        ante = (
            prev_last
            if after_comma
            and prev_last is not None
            and prev_last.kind in ("NP", "PP")
            and toks[prev_last.head].tag in ("NN", "NE")
            else None
        )
        glued_noun = _glued_noun_relative(
            body, ante, toks, any(x.kind == "V" for x in out[si - 1]) if si > 0 else True
        )
        _finite_verb_last(body, toks, after_comma, glued_noun)
        has_fin = any(u.kind == "V" and toks[u.head].tag in FINITE for u in body)
        has_verb = any(u.kind == "V" for u in body)
        has_zu = any(u.kind == "ZU" for u in body) or any(
            u.kind == "V" and toks[u.head].tag == "VVIZU" for u in body
        )
        if si > 0:  # the sentence's first clause has no antecedent: "Die USA kritisierten, dass"
            body = _split_relative_pronoun(body, toks, glued_noun)
        b0 = body[0]
        if b0.kind == "SUB" or (
            b0.kind == "ADV"
            and toks[b0.head].tag == "PWAV"
            and has_fin
            and _last_verb_is_finite(body, toks)
        ):
            c.kind = "SUB"
            c.intro = [b0.head]
        elif (
            b0.kind == "NP"
            and toks[b0.toks[0]].tag == "PWS"
            and has_fin
            and _last_verb_is_finite(body, toks)
            and len(body) > 2
        ):  # "(tut nicht,) was sie angekündigt hat": an object/subject clause
            c.kind = "SUB"
        elif b0.kind == "KOUI" and has_verb:
            c.kind = "UMZU"
            c.intro = [b0.head]
        elif has_fin and _relative_start(body, toks) and _last_verb_is_finite(body, toks):
            c.kind = "REL"
        elif has_fin:
            c.kind = "MAIN"
        elif has_zu:
            c.kind = "INF"
        elif has_verb:
            c.kind = "MAIN"
        else:
            c.kind = "FRAG"
        c.units = body
        c.intro_punct = sep
        clauses.extend(_split_infinitive(c, toks))
    for prev_c, c in zip(clauses, clauses[1:], strict=False):
        if (
            c.cc is not None
            and c.kind == "MAIN"
            and prev_c.kind in ("SUB", "REL")
            and prev_c.conj_to is None
            and _verb_final(c.units, toks, 2 if c.intro_punct else 1)
        ):
            c.kind = prev_c.kind
            c.conj_to = prev_c
    return clauses


def _verb_final(units: list[Unit], toks: list[Tok], before: int = 2) -> bool:
    """Does the finite verb stand last, after at least `before` other phrases ("dabei sechs
    Menschen erschossen")? (After a comma, one phrase before it reads as verb second.)"""
    fin = [j for j, u in enumerate(units) if u.kind == "V" and toks[u.head].tag in FINITE]
    if len(fin) != 1 or fin[0] < before:
        return False
    if any(u.kind not in ("PUNCT",) for u in units[fin[0] + 1 :]):
        return False
    first_v = next(j for j, u in enumerate(units) if u.kind in ("V", "PRT"))
    return first_v >= before and all(u.kind in ("V", "PRT") for u in units[first_v : fin[0] + 1])


def _can_be_finite(t: Tok) -> bool:
    codes = {c for _, cs in lexicon.verb_analyses(t.text) for c in cs}
    return any(len(c) == 3 and c[0] in "IT" and c[1] == "3" for c in codes)


def _finite_after_kon(seg: list[Unit], toks: list[Tok]) -> None:
    """In a subordinate or relative clause, "… feuerten und dabei sechs Menschen erschossen":
    a finite verb, "und", then a last verb the tagger read as participle or infinitive with
    no auxiliary after it is the finite verb of a second conjunct where the lexicon allows."""
    body = seg[1:] if seg and seg[0].kind == "KON" else seg
    if len(body) < 4 or not (body[0].kind == "SUB" or _relative_start(body, toks)):
        return
    fin = [j for j, u in enumerate(body) if u.kind == "V" and toks[u.head].tag in FINITE]
    if len(fin) != 1:
        return
    kon = next((j for j in range(fin[0] + 1, len(body)) if body[j].kind == "KON"), None)
    if kon is None:
        return
    vs = [j for j in range(kon + 1, len(body)) if body[j].kind == "V"]
    if len(vs) != 1 or any(u.kind != "PUNCT" for u in body[vs[0] + 1 :]):
        return
    t = toks[body[vs[0]].head]
    if vs[0] > kon + 1 and t.tag in ("VVPP", "VVINF") and _can_be_finite(t):
        t.tag, t.pos = "VVFIN", "VERB"


def _participle_after_aux(seg: list[Unit], toks: list[Tok]) -> None:
    """ "werde der Wählerwille verzerrt", "hat die Regierung verlängert": a finite haben/sein/
    werden and, with no conjunction or subordinator between, a last verb form that can be a
    participle is the participle (the tagger read it as a second finite verb)."""
    fin = [j for j, u in enumerate(seg) if u.kind == "V" and toks[u.head].tag in FINITE]
    if len(fin) != 2 or toks[seg[fin[0]].head].lemma not in ("haben", "sein", "werden"):
        return
    a, b = fin
    if any(u.kind in ("KON", "SUB", "V") or _wh_start(u, toks) for u in seg[a + 1 : b]):
        return
    if any(u.kind not in ("PUNCT", "PRT") for u in seg[b + 1 :]) or b == a + 1:
        return
    t = toks[seg[b].head]
    if t.tag == "VVFIN" and "PP" in {c for _, cs in lexicon.verb_analyses(t.text) for c in cs}:
        t.tag, t.pos = "VVPP", "VERB"


def _glued_relative(body: list[Unit], toks: list[Tok]) -> bool:
    """Does the clause open with der/die/das/… the tagger glued as an article to the next name
    or pronoun ("…, die Israel verurteilt")? (See `_split_relative_pronoun`.)"""
    if not body or body[0].kind not in ("NP", "PP"):
        return False
    u = body[0]
    np_toks = [k for k in u.toks if k not in u.prep]
    if len(np_toks) < 2 or np_toks[0] == u.head:
        return False
    low = toks[np_toks[0]].text.lower()
    if low not in morph.RELATIVE or low in ("dessen", "deren"):
        return False
    nxt = toks[np_toks[0] + 1]
    return nxt.tag in ("NE", "PPER", "PIS", "PDS") or nxt.text.lower() in morph.RELATIVE


def _np_numbers(u: Unit, toks: list[Tok], skip: int | None = None) -> frozenset[str]:
    """Case/number/gender analyses of a bare determiner + noun phrase from its forms alone
    (before `analyse_np` has run); `skip` leaves a token out (the split-off pronoun)."""
    an: frozenset = frozenset()
    for k in u.toks:
        if k == skip or k in u.prep:
            continue
        t = toks[k]
        if t.tag in ("ART", "PDAT", "PIAT", "PPOSAT"):
            a, _, _ = morph.determiner(t.text)
        elif k == u.head and t.tag in ("NN", "NE"):
            a = morph.noun(t.text, propn=t.tag == "NE")[1]
        else:
            continue
        if a:
            an = morph.unify(an, a) if an else a
            if not an:
                return frozenset()
    return an


def _glued_noun_relative(
    body: list[Unit], ante: Unit | None, toks: list[Tok], v2: bool = True
) -> bool:
    """ "Die Soldaten, die Zivilisten getötet hatten, …", "die Armee, die Rebellen bekämpft,
    …": a clause after a noun and a comma, opened by der/die/das the tagger read as the
    article of a common noun, that ends in its verb cluster with the finite verb last and
    cannot be a verb-second clause (the finite verb is not the second phrase, or the phrase
    before it cannot be its subject, or `v2` is False: the clause before the comma has no verb
    yet, "Die Armee, die Rebellen bekämpfen, …") is a relative clause; the pronoun must fit the
    noun before the comma in number and gender."""
    if ante is None or len(body) < 2 or body[0].kind != "NP":
        return False
    u = body[0]
    if len(u.toks) < 2 or u.toks[0] == u.head or toks[u.head].tag != "NN":
        return False
    rel = u.toks[0]
    low = toks[rel].text.lower()
    if toks[rel].tag != "ART" or low not in ("der", "die", "das", "den", "dem"):
        return False
    units = [x for x in body if x.kind != "PUNCT"]
    if units[-1].kind != "V" or any(x.kind in ("ZU", "KOUI", "SUB", "KON") for x in units):
        return False
    vpos = [j for j, x in enumerate(units) if x.kind == "V"]
    if not all(x.kind == "V" for x in units[vpos[0] :]):
        return False
    last = toks[units[-1].head]
    if last.tag not in FINITE and not (last.tag in ("VVPP", "VVINF") and _can_be_finite(last)):
        return False
    if any(toks[units[j].head].tag in FINITE for j in vpos[:-1]):
        return False
    if v2 and vpos[0] == 1 and len(vpos) == 1:
        # "…, die Regierung protestierte": verb second unless the phrase cannot be its subject
        an = _np_numbers(u, toks)
        nums = {a[1] for a in an if a[0] == "N"} if an else {"S", "P"}
        if any(p == "3" and n in nums for p, n in _verb_agreement(last)):
            return False
    ante_an = _np_numbers(ante, toks)
    if not ante_an:
        return True
    pron = morph.RELATIVE[low]
    return any(
        a[1] == b[1] and (a[1] == "P" or "x" in (a[2], b[2]) or a[2] == b[2])
        for a in pron
        for b in ante_an
    )


def _finite_verb_last(
    body: list[Unit], toks: list[Tok], after_comma: bool = False, glued_noun: bool = False
) -> None:
    """A subordinate, relative or w-clause needs a finite verb: when the tagger found none,
    its last verb is finite where the verb lexicon allows ("wie Ellen Waitzis betont", "weil
    die Preise stimmen", after a comma "eine Resolution angenommen, die Israel verurteilt");
    only with a noun phrase in the clause (not "wie angekündigt")."""
    glued = after_comma and (_glued_relative(body, toks) or glued_noun)
    if len(body) < (2 if glued_noun else 3) or not (
        body[0].kind == "SUB" or _relative_start(body, toks) or _wh_start(body[0], toks) or glued
    ):
        return
    vs = [u for u in body if u.kind == "V"]
    if not vs or any(toks[u.head].tag in FINITE for u in vs):
        return
    if any(u.kind in ("ZU", "KOUI") for u in body) or not (
        glued or any(u.kind == "NP" for u in body[1:] if u is not body[0])
    ):
        return
    last = vs[-1]
    t = toks[last.head]
    if t.tag not in ("VVPP", "VVINF") or body.index(last) < len(body) - 2:
        return
    if any(u.kind not in ("PUNCT",) for u in body[body.index(last) + 1 :]):
        return
    if _can_be_finite(t):
        t.tag, t.pos = "VVFIN", "VERB"


def _open_bracket(seg: list[Unit], rest: list[Unit], toks: list[Tok]) -> bool:
    """Does the clause segment `seg` leave its sentence bracket open for `rest`, the segment
    after the clauses embedded in it? A main clause with a finite auxiliary or modal and no
    other verb, `rest` ending in the non-finite verbs ("hat den Mann, der …, festgenommen");
    a main clause with a finite lexical verb and no particle, `rest` ending in the particle
    ("wies den Vorwurf, dass …, zurück"); a subordinate or relative clause without a verb,
    `rest` ending in the verb cluster ("dass die Regierung den Vertrag, der …, unterzeichnet
    hat")."""
    body = seg[1:] if seg and seg[0].kind == "KON" else seg
    rest = [u for u in rest if u.kind != "PUNCT"]
    if not body or not rest:
        return False
    sv = [u for u in body if u.kind == "V"]
    rv = [u for u in rest if u.kind == "V"]
    r_fin = [u for u in rv if toks[u.head].tag in FINITE]
    if body[0].kind == "SUB" or _relative_start(body, toks):
        return not sv and bool(r_fin) and rv[-1] is r_fin[-1] and len(r_fin) == 1
    if len(sv) != 1 or toks[sv[0].head].tag not in FINITE or r_fin:
        return False
    if any(u.kind in ("PRT", "ZU", "KOUI") for u in body):
        return False
    if toks[sv[0].head].tag in ("VAFIN", "VMFIN"):
        return bool(rv) and all(toks[u.head].tag in NONFINITE for u in rv)
    return not rv and rest[-1].kind == "PRT"


def _bracket_rest(seg: list[Unit], toks: list[Tok]) -> bool:
    """Can `seg` be the rest of a sentence bracket: no finite verb except at the very end, no
    subordinator or relative pronoun at its start, no zu-infinitive, and ending (before any
    punctuation) in its verbs or a separable particle with only verbs/particles after the first
    verb?"""
    while seg and seg[-1].kind == "PUNCT":
        seg = seg[:-1]
    if not seg or seg[0].kind in ("SUB", "KOUI") or _relative_start(seg, toks):
        return False
    if seg[0].kind == "KON" and (len(seg) < 2 or seg[1].kind not in ("NP", "PP")):
        return False
    if _wh_start(seg[0], toks):
        return False
    if any(u.kind in ("ZU", "SUB", "KOUI", "X") for u in seg) or any(
        u.kind == "V" and toks[u.head].tag == "VVIZU" for u in seg
    ):
        return False
    if seg[-1].kind not in ("V", "PRT"):
        return False
    first = next(i for i, u in enumerate(seg) if u.kind in ("V", "PRT"))
    if not all(u.kind in ("V", "PRT") for u in seg[first:]):
        return False
    return all(u.kind in ("NP", "PP", "ADV", "ADJD", "NEG", "KON", "KOKOM") for u in seg[:first])


_INF_FIELD = ("NP", "PP", "ADV", "ADJD", "NEG", "KON", "KOKOM")


def _inf_rest(seg: list[Unit], toks: list[Tok]) -> bool:
    """Can `seg` be the rest of a zu-infinitive whose objects came before an embedded clause
    ("die Hilfe für die Ukraine, die seit Monaten stockt, | zu erhöhen")? Only the midfield
    phrases and the infinitive with its zu, no finite verb."""
    while seg and seg[-1].kind == "PUNCT":
        seg = seg[:-1]
    if not seg or _relative_start(seg, toks) or _wh_start(seg[0], toks):
        return False
    if seg[-1].kind != "V" or any(toks[u.head].tag in FINITE for u in seg if u.kind == "V"):
        return False
    first = next(i for i, u in enumerate(seg) if u.kind in ("V", "ZU", "PRT"))
    tail = seg[first:]
    if not all(u.kind in ("V", "ZU", "PRT") for u in tail) or not (
        any(u.kind == "ZU" for u in tail) or toks[seg[-1].head].tag == "VVIZU"
    ):
        return False
    return all(u.kind in _INF_FIELD for u in seg[:first])


def _open_inf(seg: list[Unit], toks: list[Tok]) -> bool:
    """Is `seg` the start of a zu-infinitive (or um … zu) without its verb: only noun phrases,
    prepositional phrases and adverbs, no verb?"""
    body = seg[1:] if seg and seg[0].kind in ("KON", "KOUI") else seg
    if not body or body[0].kind not in ("NP", "PP") or _relative_start(body, toks):
        return False
    return all(u.kind in _INF_FIELD for u in body)


def _embedded_ok(seg: list[Unit], toks: list[Tok]) -> bool:
    """Can `seg` stand embedded inside another clause's bracket: a subordinate, relative or
    w-clause, a zu-infinitive, or a clause with a finite verb (a reported-speech content clause
    "…, Addis Abeba bereite einen Krieg vor, …" or an insertion "…, so heißt es, …")?"""
    if not seg:
        return False
    return (
        seg[0].kind in ("SUB", "KOUI")
        or _relative_start(seg, toks)
        or _wh_start(seg[0], toks)
        or any(u.kind == "V" for u in seg)
    )


def _close_brackets(out: list[list[Unit]], seps: list[list[Unit]], toks: list[Tok]) -> dict:
    """Join the rest of a sentence bracket that clauses embedded in it separate from its
    start: "Die Polizei hat den Mann, der die Bank überfallen hatte, festgenommen." Returns the
    embedded segments (index -> the noun right before the first of them, or None)."""
    hosts: dict[int, int | None] = {}
    k = 2
    while k < len(out):
        inf = _inf_rest(out[k], toks)
        if not inf and not _bracket_rest(out[k], toks):
            k += 1
            continue
        joined = False
        for m in range(k - 2, max(-1, k - 5), -1):
            if not out[m] or any(not _embedded_ok(out[x], toks) for x in range(m + 1, k)):
                continue
            if any(x in hosts for x in range(m, k)):
                continue
            if not (_open_inf(out[m], toks) if inf else _open_bracket(out[m], out[k], toks)):
                continue
            last = out[m][-1]
            noun = (
                last.head
                if last.kind in ("NP", "PP") and toks[last.head].tag in ("NN", "NE")
                else None
            )
            for x in range(m + 1, k):
                hosts[x] = noun
            out[m] = out[m] + out[k]
            seps[m + 1] = seps[m + 1] + seps[k]
            del out[k], seps[k]
            joined = True
            break
        if not joined:
            k += 1
    return hosts


def _wh_start(u: Unit, toks: list[Tok]) -> bool:
    """Does the unit open a relative or w-clause ("was", "wer", "die" as PRELS)?"""
    if u.kind not in ("NP", "PP"):
        return False
    first = next((k for k in u.toks if k not in u.prep), None)
    return first is not None and toks[first].tag in ("PRELS", "PWS", "PRELAT", "PWAT")


def _continues_bracket(prev: list[Unit], seg: list[Unit], toks: list[Tok]) -> bool:
    """Is `seg` (after a comma) the rest of the clause `prev`: prev has a finite auxiliary or
    modal and no other verb, seg has only non-finite verbs at its end and opens with a noun
    phrase (no subordinator, relative pronoun, zu or conjunction + subject)?"""
    if not prev or not seg:
        return False
    pv = [u for u in prev if u.kind == "V"]
    sv = [u for u in seg if u.kind == "V"]
    if len(pv) != 1 or not sv:
        return False
    if toks[pv[0].head].tag not in ("VAFIN", "VMFIN") or prev[0].kind in ("SUB", "KOUI"):
        return False
    if _relative_start(prev, toks):
        return False
    if any(toks[u.head].tag not in ("VVPP", "VVINF", "VAINF", "VAPP", "VMINF") for u in sv):
        return False
    if seg[0].kind not in ("NP", "PP") or _relative_start(seg, toks):
        return False
    if any(u.kind in ("ZU", "SUB", "KOUI") for u in seg):
        return False
    first_v = next(i for i, u in enumerate(seg) if u.kind == "V")
    return all(u.kind in ("V", "PRT", "PUNCT") for u in seg[first_v:])


def _agree_relative(units: list[Unit], ante: Tok, toks: list[Tok]) -> None:
    """The relative pronoun takes number and gender from its antecedent."""
    u = next((x for x in units if x.kind in ("NP", "PP")), None)
    if u is None or not ante.an:
        return
    pron = toks[u.head]
    if pron.text.lower() not in morph.RELATIVE or pron.text.lower() in ("dessen", "deren"):
        return
    base = morph.RELATIVE[pron.text.lower()]
    nums = {a[1] for a in ante.an}
    gens = {a[2] for a in ante.an if a[1] == "S"}
    keep = frozenset(
        a
        for a in base
        if a[1] in nums and (a[1] == "P" or a[2] == "x" or "x" in gens or a[2] in gens)
    )
    if keep:
        pron.an = keep
        u.an = morph.unify(u.an, keep) or keep


def _split_relative_pronoun(body: list[Unit], toks: list[Tok], noun: bool = False) -> list[Unit]:
    """ "…, die Russland angegriffen hat": a verb-final clause opened by der/die/das/… needs a
    relative pronoun, so that word is one even when the tagger glued it to the next proper
    noun as an article."""
    if len(body) < 2 or body[0].kind not in ("NP", "PP"):
        return body
    u = body[0]
    np_toks = [k for k in u.toks if k not in u.prep]
    if len(np_toks) < 2 or np_toks[0] == u.head:
        return body
    rel = np_toks[0]
    low = toks[rel].text.lower()
    if low not in morph.RELATIVE or low in ("dessen", "deren"):
        return body
    if not _last_verb_is_finite(body, toks):
        return body
    last_v = max(i for i, x in enumerate(body) if x.kind == "V")
    if any(x.kind != "PUNCT" for x in body[last_v + 1 :]):
        return body
    nxt = toks[rel + 1]
    if (
        not noun
        and nxt.tag not in ("NE", "PPER", "PIS", "PDS")
        and nxt.text.lower() not in morph.RELATIVE
    ):
        return body  # "die neue Regierung …": keep the article reading (see _glued_noun_relative)
    toks[rel].tag, toks[rel].pos = "PRELS", "PRON"
    pron = Unit(u.kind, u.prep + [rel], rel, prep=list(u.prep))
    toks[rel].an = frozenset()
    analyse_np(pron, toks)
    # the rest stays the same unit object (the parse's unit list holds it)
    u.kind, u.toks, u.prep = "NP", np_toks[1:], []
    analyse_np(u, toks)
    return [pron, u, *body[1:]]


def _split_infinitive(c: Clause, toks: list[Tok]) -> list[Clause]:
    """Split off a zu-infinitive written without a comma: "Russland bestreitet Chemiewaffen
    eingesetzt zu haben", "schickte Truppen um die Grenze zu sichern"."""
    if c.kind not in ("MAIN", "SUB", "REL"):
        return [c]
    units = c.units
    fin = next(
        (j for j, u in enumerate(units) if u.kind == "V" and toks[u.head].tag in FINITE), None
    )
    if fin is None:
        return [c]
    zu = next(
        (
            j
            for j, u in enumerate(units)
            if j > fin
            and (
                (u.kind == "ZU" and j + 1 < len(units) and units[j + 1].kind == "V")
                or (u.kind == "V" and toks[u.head].tag == "VVIZU")
            )
        ),
        None,
    )
    if zu is None:
        return [c]
    um = next((j for j in range(fin + 1, zu) if units[j].kind == "KOUI"), None)
    if um is not None:
        start = um
        kind = "UMZU"
    else:
        if toks[units[fin].head].lemma in ("sein", "haben"):
            return [c]  # modal infinitive: "ist zu erwarten", "hat zu zahlen"
        start = zu
        while start - 1 > fin and units[start - 1].kind == "V":
            start -= 1
        while start - 1 > fin and units[start - 1].kind in ("NP", "PP", "ADV", "NEG", "ADJD"):
            prev = units[start - 1]
            if prev.kind == "NP" and toks[prev.head].tag in ("PPER", "PRF"):
                break
            if prev.kind == "NP" and (start - 1 == fin + 1) and {a[0] for a in prev.an} == {"N"}:
                break
            start -= 1
        # the finite verb keeps its subject when that stands right after it
        if start == fin + 1 and c.kind == "MAIN" and fin == 0:
            start += 1
        kind = "INF"
    if start >= len(units) or start <= fin:
        return [c]
    rest = Clause(units[start:], kind=kind)
    if kind == "UMZU":
        rest.intro = [units[start].head]
    c.units = units[:start]
    return [c, rest]


# ---------------------------------------------------------------- verbs and roles


# verbs whose perfect takes sein (motion, change of state), whole lemmas ...
SEIN_VERBS = {
    "sein",
    "werden",
    "bleiben",
    "geschehen",
    "passieren",
    "gelingen",
    "misslingen",
    "mißlingen",
    "begegnen",
    "erfolgen",
    "entstehen",
    "aufstehen",
    "auferstehen",
    "eintreffen",
    "erscheinen",
    "verschwinden",
    "vergehen",
    "verkommen",
    "verfallen",
    "versinken",
    "verunglücken",
    "verhungern",
    "verlaufen",
    "verstreichen",
    "erwachen",
    "ergehen",
    "ertrinken",
    "erfrieren",
    "erkranken",
    "erblinden",
    "entkommen",
    "entgehen",
    "entfallen",
    "entfliehen",
    "entweichen",
    "entgleisen",
    "zerfallen",
    "zerbrechen",
    "scheitern",
    "geraten",
    "gelangen",
    "landen",
    "explodieren",
    "eskalieren",
    "platzen",
    "kentern",
    "einschlagen",
    "einschlafen",
    "zusammenbrechen",
    "zurückkehren",
    "heimkehren",
    "umkehren",
    "einmarschieren",
    "desertieren",
    "emigrieren",
    "immigrieren",
    "genesen",
}
# ... and bases that keep sein with a separable prefix ("angekommen", "zurückgetreten")
SEIN_BASES = (
    "kommen",
    "gehen",
    "fahren",
    "laufen",
    "fallen",
    "sterben",
    "steigen",
    "sinken",
    "ziehen",
    "treten",
    "reisen",
    "fliegen",
    "fliehen",
    "flüchten",
    "springen",
    "wandern",
    "marschieren",
    "rücken",
    "tauchen",
    "brechen",
    "stoßen",
    "weichen",
    "dringen",
    "schwimmen",
    "rennen",
    "eilen",
    "stürzen",
    "wachsen",
    "reiten",
    "rutschen",
    "wachen",
    "folgen",
    "bleiben",
    "werden",
)


DEGREE_ADVS = {"sehr", "besonders", "ziemlich", "äußerst", "echt", "wirklich", "total", "recht"}


def takes_sein(lemma: str, participle: str) -> bool:
    """Does the verb form its perfect with sein? Whole lemmas from SEIN_VERBS; otherwise a
    SEIN_BASES verb, bare or with a separable prefix (the participle has 'ge' after the
    prefix: "angekommen"), not with an inseparable one ("bekommen", "verfahren")."""
    low = lemma.lower()
    if low in SEIN_VERBS:
        return True
    part = participle.lower()
    for base in SEIN_BASES:
        if low.endswith(base):
            prefix = low[: -len(base)]
            return not prefix or part.startswith(prefix + "ge")
    return False


def _verb_agreement(t: Tok) -> set[tuple[str, str]]:
    out = set()
    for _, codes in lexicon.verb_analyses(t.text):
        for c in codes:
            if len(c) == 3 and c[0] in "IT12":
                out.add((c[1], c[2]))
    if not out:
        w = t.text.lower()
        if w.endswith(("ten", "en", "n")):
            out = {("1", "P"), ("3", "P")}
        elif w.endswith("st"):
            out = {("2", "S")}
        elif w.endswith("t"):
            out = {("3", "S"), ("2", "P")}
        elif w.endswith("e"):
            out = {("1", "S"), ("3", "S")}
        else:
            out = {("1", "S"), ("3", "S")}
    return out


def _is_year(u: Unit, toks: list[Tok]) -> bool:
    t = toks[u.head]
    return (
        len(u.toks) == 1
        and t.tag == "CARD"
        and len(t.text) == 4
        and t.text.isdigit()
        and 1000 <= int(t.text) <= 2100
    )


def _is_es(u: Unit, toks: list[Tok]) -> bool:
    return u.kind == "NP" and len(u.toks) == 1 and toks[u.head].text.lower() == "es"


def _agrees(u: Unit, agr: set[tuple[str, str]]) -> bool:
    nums = {a[1] for a in u.an if a[0] == "N"} if u.an else {"S", "P"}
    if u.conj:
        nums = {"P"}
    return any(p == u.person and n in nums for p, n in agr)


# quantities are rarely the subject when another phrase could be: "Knapp 20 Euro hat je ein
# Teil gekostet", "23 Prozent erhielt Lamar Alexander", "Viel Überzeugungsarbeit mußte Küng
# leisten"
MEASURE_NOUNS = {
    "Prozent",
    "Euro",
    "Mark",
    "Dollar",
    "Cent",
    "Franken",
    "Pfund",
    "Kilometer",
    "Meter",
    "Tonnen",
    "Stunden",
    "Minuten",
    "Tage",
    "Jahre",
    "Millionen",
    "Milliarden",
    "Punkte",
    "Zähler",
    "Stück",
}
QUANTITY_PRONOUNS = {"nichts", "etwas", "alles", "viel", "mehr", "wenig", "weniger", "was"}
QUANTITY_DETS = {"viel", "viele", "wenig", "wenige", "mehr", "weniger", "etwas", "einige"}
AGENT_PRONOUNS = {"man", "jemand", "niemand", "wer", "jeder", "keiner"}


def _nominative_only(u: Unit) -> bool:
    """Can the phrase only be nominative, leaving aside a genitive reading (a bare genitive is
    rarely an argument: "hat es ihr der Minister gesagt", "der Minister" Nom or Gen plural)?"""
    return _cases(u) - {"G"} == {"N"}


def _is_quantity(u: Unit, toks: list[Tok]) -> bool:
    """A quantity ("20 Euro", "viel Arbeit", "nichts"): ranked last among the subject
    candidates that agree with the verb and are all case-ambiguous."""
    t = toks[u.head]
    if t.tag in ("PIS", "PWS"):
        return t.text.lower() in QUANTITY_PRONOUNS
    if t.tag == "CARD":
        return True
    before = [toks[k] for k in u.toks if k < u.head and k not in u.prep]
    return t.text in MEASURE_NOUNS or any(
        b.tag in ("PIAT", "PIDAT", "ADJA") and b.text.lower() in QUANTITY_DETS for b in before
    )


def _is_person_pronoun(u: Unit, toks: list[Tok]) -> bool:
    """A personal pronoun or "man", "niemand", "jemand" (beats an ambiguous relative pronoun
    as subject: "die niemand erwartet hatte")."""
    t = toks[u.head]
    return t.tag == "PPER" or (t.tag == "PIS" and t.text.lower() in AGENT_PRONOUNS)


# valency mining (scripts/build_valency.py): when a list, every analysed clause appends
# (head token, passive, [(token, relation, case letters the forms allowed before the role
# decision)]) for its noun-phrase arguments
VALENCY_LOG: list | None = None
# role decisions (scripts/train_role_decider.py): when a list, every analysed clause appends
# (token, relation given by the rules, features) for its noun-phrase arguments
ROLE_LOG: list | None = None


def role_features(
    u: Unit, cs: frozenset, rel: str, c: Clause, head: int, units_args: list[Unit], toks: list[Tok]
) -> list[str]:
    """Word-free features of one argument phrase for the learned role decider."""
    t = toks[u.head]
    f = ["b", "r=" + rel, "cs=" + "".join(sorted(cs)), "tag=" + t.tag, "kind=" + c.kind]
    if t.tag in ("PPER", "PRF", "PRELS", "PDS", "PWS", "PIS"):
        f.append("pron=" + t.text.lower())
    first = toks[u.toks[0]]
    if first.tag in ("ART", "PDAT", "PPOSAT", "PIAT", "PIDAT") and first.i != u.head:
        f.append("det=" + first.text.lower())
    fin = c.finite
    if fin is not None:
        f.append("pos=" + ("pre" if u.head < fin else "mid" if u.head < head else "post"))
        if _agrees(u, _verb_agreement(toks[fin])):
            f.append("agr")
            f.append("agr_cs=" + "".join(sorted(cs)))
    else:
        f.append("pos=nofin")
    k = units_args.index(u) if u in units_args else -1
    f.append(f"ord={min(k, 2)}")
    f.append(f"nargs={min(len(units_args), 3)}")
    f.append("rcs=" + rel + "".join(sorted(cs)))
    if c.passive:
        f.append("pass")
    if c.cc is not None:
        f.append("cc")
    if u.conj:
        f.append("coord")
    if _is_quantity(u, toks):
        f.append("quant")
    others = [o for o in units_args if o is not u]
    if any(_cases(o) - {"G"} == {"N"} for o in others):
        f.append("other_nomonly")
    lemma = _clause_lemma(head, c.units, toks)
    if lemma:
        if valency.never_accusative(lemma):
            f.append("v_noacc")
        if valency.dative_only(lemma):
            f.append("v_dat")
        vc = valency.counts(lemma)
        if vc is None:
            f.append("v_unk")
        else:
            f.append(
                "v_acc=" + ("0" if vc["acc"] == 0 else "lo" if vc["acc"] * 10 < vc["n"] else "hi")
            )
            f.append("v_cl=" + ("0" if vc["cl"] == 0 else "lo" if vc["cl"] * 5 < vc["n"] else "hi"))
    elif head is not None and toks[head].lemma in COPULA:
        f.append("v_cop")
    else:
        f.append("v_none")
    return f


def _clause_lemma(head: int | None, units: list[Unit], toks: list[Tok]) -> str:
    """The lemma of the clause's lexical verb with its separable particle ("fällt … auf" →
    "auffallen"; the particle is joined onto the lemma only after the roles are assigned)."""
    if head is None or not toks[head].tag.startswith("VV"):
        return ""
    lemma = toks[head].lemma
    for u in units:
        if u.kind == "PRT":
            prt = toks[u.head].text.lower()
            if not lemma.startswith(prt):
                return prt + lemma
    return lemma


def analyse_clause(c: Clause, toks: list[Tok]) -> None:
    units = c.units
    verbs = [u.head for u in units if u.kind == "V"]
    finite = [v for v in verbs if toks[v].tag in FINITE]
    nonfin = [v for v in verbs if toks[v].tag in NONFINITE]
    c.finite = finite[0] if finite else None
    attach: list[tuple[int, str]] = []  # (token, relation) to the clause head
    head: int | None = None
    aux: list[tuple[int, str]] = []
    if nonfin:
        lexical = [v for v in nonfin if toks[v].tag.startswith("VV")]
        head = lexical[0] if lexical else nonfin[0]
        has_werden = any(toks[v].lemma == "werden" and v != head for v in verbs)
        c.passive = toks[head].tag in ("VVPP", "VAPP", "VMPP") and has_werden
        # state passive: sein + participle of a verb whose perfect takes haben ("Die Grenze
        # ist geschlossen"); "ist angekommen", "ist gestorben" stay active perfects
        state = (
            not c.passive
            and toks[head].tag == "VVPP"
            and any(toks[v].lemma == "sein" and v != head for v in verbs)
            and not any(toks[v].lemma == "haben" and v != head for v in verbs)
            and not takes_sein(toks[head].lemma, toks[head].text)
        )
        adjectival = (
            state
            and head > 0
            and (
                toks[head - 1].tag == "ADJD"
                or (toks[head - 1].tag == "ADV" and toks[head - 1].text.lower() in DEGREE_ADVS)
            )
        )  # "ist sehr schön eingerichtet", "war gut besucht": an adjective, sein a copula
        if adjectival:
            state = False
        c.passive = c.passive or state
        for v in verbs:
            if v == head:
                continue
            if (
                toks[v].lemma == "werden"
                and c.passive
                and (toks[v].tag != "VAFIN" or not any(toks[x].text == "worden" for x in verbs))
            ) or (state and toks[v].lemma == "sein"):
                aux.append((v, "aux:pass"))
            elif adjectival and toks[v].lemma == "sein":
                aux.append((v, "cop"))
            else:
                aux.append((v, "aux"))
    elif finite:
        head = finite[0]
        for v in finite[1:]:
            aux.append((v, "conj"))
    # arguments
    for u in units:
        if u.kind in ("NP", "PP"):
            analyse_np(u, toks)
    if c.kind == "REL" and c.antecedent is not None and c.conj_to is None:
        _agree_relative(units, toks[c.antecedent], toks)
    cunits = coordinate(units, toks)
    fin_tok = c.finite if c.finite is not None else None
    vorfeld_end = fin_tok if (c.kind == "MAIN" and fin_tok is not None) else None
    nps: list[Unit] = []
    prev: Unit | None = None
    prev_np: Unit | None = None
    for u in cunits:
        in_vorfeld = vorfeld_end is not None and u.head < vorfeld_end
        if u.kind in ("NP", "PP"):
            if (
                u.kind == "NP"
                and prev is not None
                and prev.kind in ("NP", "TMP", "PP")
                and len(prev.toks) == 1 + len(prev.prep)
                and toks[prev.head].text in PERIOD_EDGES
                and max(prev.toks) + 1 == u.toks[0]
                and (toks[u.head].text in MONTHS or _is_year(u, toks) or "G" in _cases(u))
            ):  # "Ende September", "Anfang 2024", "Mitte kommenden Jahres": a time adverbial
                if prev.kind != "PP":
                    prev.kind = "TMP"
                    if prev in nps:
                        nps.remove(prev)
                    attach.append((prev.head, "obl"))
                toks[u.head].head, toks[u.head].dep = prev.head, "nmod"
                u.attached = True
            elif u.kind == "NP" and _is_year(u, toks):
                if (
                    prev is not None
                    and prev.kind in ("NP", "PP")
                    and max(prev.toks) + 1 == u.head
                    and toks[prev.head].tag == "NN"
                ):  # "im Juni 2011", "Ende September 1996"
                    toks[u.head].head, toks[u.head].dep = prev.head, "nmod"
                else:  # "Die Werkschau kommt 1996 auf den Markt"
                    attach.append((u.head, "obl"))
                u.attached = True
            elif (
                u.kind == "NP"
                and len(u.toks) == 1
                and toks[u.head].tag == "CARD"
                and prev is not None
                and prev.kind in ("NP", "PP")
                and max(prev.toks) + 1 == u.head
                and toks[prev.head].text in NUMBERED_NOUNS
            ):  # "nach Artikel 4", "Resolution 2334": the number names the noun
                toks[u.head].head, toks[u.head].dep = prev.head, "nummod"
                u.attached = True
            elif _is_gen_modifier(u, prev, toks):
                # after coordinated phrases the genitive belongs to the last conjunct
                host = prev.conj[-1].head if prev.conj else prev.head
                toks[u.head].head, toks[u.head].dep = host, "nmod"
                u.attached = True
                u.an = morph.restrict_case(u.an, "G") or u.an
            elif (
                u.kind == "PP" and in_vorfeld and prev_np is not None and prev is prev_np
            ):  # the prefield holds one constituent: a PP after a noun modifies it
                toks[u.head].head, toks[u.head].dep = prev_np.head, "nmod"
                u.attached = True
            elif u.kind == "NP" and prev is not None and prev.kind == "KOKOM":
                toks[prev.head].head, toks[prev.head].dep = u.head, "case"
                attach.append((u.head, "obl"))
                u.attached = True
            if not u.attached:
                nps.append(u)
            prev_np = u
        prev = u
    # bare temporal noun phrases ("nächste Woche", "jeden Tag") are obl, not objects
    for u in nps:
        if (
            u.kind == "NP"
            and toks[u.head].lemma in TEMPORAL_NOUNS
            and len(u.toks) > 1
            and "A" in _cases(u)
        ):
            u.kind = "TMP"
            attach.append((u.head, "obl"))
            u.an = morph.restrict_case(u.an, "A") or u.an
    args = [u for u in nps if u.kind == "NP"]
    pps = [u for u in nps if u.kind == "PP"]
    pre_cases = (
        {u.head: frozenset(_cases(u)) for u in args}
        if VALENCY_LOG is not None or ROLE_LOG is not None
        else None
    )
    # subject: a nominative agreeing with the finite verb; unambiguous nominatives first,
    # then the prefield, then the leftmost
    subj: Unit | None = None
    if c.kind in ("MAIN", "SUB", "REL") and c.finite is not None:
        agr = _verb_agreement(toks[c.finite])
        cands = [u for u in args if "N" in _cases(u)]
        agreeing = [u for u in cands if _agrees(u, agr)]
        if not agreeing:  # "die Leistung und Kundenfreundlichkeit hat nachgelassen"
            agreeing = [u for u in cands if u.conj and ("3", "S") in agr and u.person == "3"]
        known_verb = bool(lexicon.verb_analyses(toks[c.finite].text))
        # a conjoined clause "… und nahm mehrere Dörfer ein" shares the first clause's subject
        pool = agreeing or ([] if known_verb or c.cc is not None else cands)
        if (
            not pool
            and c.cc is None
            and not nonfin
            and toks[c.finite].lemma in COPULA
            and any(u.kind == "ADJD" for u in units)
        ):
            # "Die Einzelstunden war sehr gut": a copula with an adjective predicate takes no
            # object, so a phrase that can be nominative is its subject even where the
            # writer's agreement fails
            pool = [u for u in cands if not _is_es(u, toks)] or cands
        body_v1 = bool(units) and units[0].kind == "V" and units[0].head == c.finite
        if (
            (c.kind == "MAIN" or c.conj_to is not None)
            and c.cc is not None
            and (body_v1 or (c.conj_to is not None and toks[c.finite].lemma not in COPULA))
            and len(cands) == 1
            and _cases(cands[0]) != {"N"}
            and not _is_es(cands[0], toks)
            and not valency.never_accusative(_clause_lemma(head, units, toks))
        ):
            # "… und hat die Wohnung demoliert": a conjoined verb-first clause shares the
            # first clause's subject unless a phrase must be nominative or the verb takes no
            # accusative (`valency`: "dass zwei Busse kollidierten und die Fahrer im
            # Krankenhaus liegen")
            pool = []
        es = next((u for u in pool if _is_es(u, toks)), None)
        others = [u for u in pool if u is not es]
        if es is not None and others:
            verb_lemmas = {toks[v].lemma for v in verbs}
            if "geben" in verb_lemmas and not any(_nominative_only(u) for u in others):
                # "es gibt keine Alternative": es is the subject, the rest obj (not in "gab
                # ich es dem Vogel", where another phrase must be the subject)
                pool = [es]
            elif c.kind == "MAIN" and vorfeld_end is not None and es.head < vorfeld_end:
                # prefield "es" is a placeholder: "Es fehlt ein System" (subject: System)
                pool = others
                attach.append((es.head, "expl"))
                es.attached = True
                args = [u for u in args if u is not es]
        if pool:
            copular = not nonfin and toks[c.finite].lemma in COPULA
            # "die/was sie angekündigt hat": a personal pronoun beats a relative or
            # w-pronoun that is ambiguous between subject and object
            whs = [u for u in pool if toks[u.head].tag in ("PRELS", "PWS")]
            pron_first = (
                c.kind in ("REL", "SUB")
                and bool(whs)
                and any(_is_person_pronoun(u, toks) for u in pool)
                and all(_cases(u) != {"N"} for u in whs)
            )
            pool.sort(
                key=lambda u: (
                    pron_first and not _is_person_pronoun(u, toks),
                    not _nominative_only(u) and not copular,
                    not copular and _is_quantity(u, toks),
                    not (vorfeld_end is not None and u.head < vorfeld_end),
                    u.head,
                )
            )
            subj = pool[0]
    elif c.kind == "MAIN" and c.finite is None and head is not None and c.cc is None:
        cands = [u for u in args if "N" in _cases(u) and u.head < head]
        subj = cands[0] if cands else None
    rest = [u for u in args if u is not subj]
    if subj is not None:
        subj.an = morph.restrict_case(subj.an, "N") or subj.an
    # copula: sein/werden/bleiben without verb complement and a predicate
    cop = None
    if (
        head is not None
        and toks[head].lemma in COPULA
        and (
            not nonfin
            # "wird schwierig sein", "könnte Vorreiter werden": an infinitive copula under a
            # finite auxiliary or modal, with no lexical verb in the clause
            or (toks[head].tag == "VAINF" and not any(toks[v].tag.startswith("VV") for v in verbs))
        )
    ):
        preds = [u for u in units if u.kind == "ADJD"]
        npreds = [u for u in rest if "N" in _cases(u)]
        if preds:
            # "bin echt begeistert": of adjacent adverbs/adjectives the last is the predicate;
            # "ist ernst und bedrohlich": a later one after 'und' is its conjunct
            pos = {id(u): k for k, u in enumerate(units)}
            first = preds[0]
            while pos[id(first)] + 1 < len(units) and units[pos[id(first)] + 1].kind == "ADJD":
                first = units[pos[id(first)] + 1]
            cop = first.head
            for p in preds:
                k = pos[id(p)]
                while k - 1 > pos[id(first)] and units[k - 1].kind in ("ADV", "NEG"):
                    k -= 1
                if k > pos[id(first)] + 1 and units[k - 1].kind == "KON":
                    toks[p.head].head, toks[p.head].dep = cop, "conj"
                    kon = units[k - 1].head
                    toks[kon].head, toks[kon].dep = p.head, "cc"
        elif npreds and subj is not None:
            cop = npreds[0].head
            rest.remove(npreds[0])
            npreds[0].an = morph.restrict_case(npreds[0].an, "N") or npreds[0].an
    if cop is not None:
        aux.append((head, "cop"))
        head = cop
    if head is None:  # verbless fragment
        cands = [u for u in units if u.kind in ("NP", "PP") and not u.attached]
        if cands:
            head = cands[0].head
            for u in cands[1:]:
                attach.append((u.head, "nmod"))
        else:
            head = units[0].head
        if subj is not None:
            attach.append((subj.head, "nsubj"))
    else:
        if subj is not None:
            attach.append((subj.head, "nsubj:pass" if c.passive else "nsubj"))
        objs_assigned = 0
        # a verb whose object is only ever a dative ("folgen", "gelingen", `valency`): a
        # phrase that may be dative or accusative is its dative object
        dative_verb = bool(rest) and valency.dative_only(_clause_lemma(head, units, toks))
        # dative/accusative objects
        for n_i, u in enumerate(rest):
            cs = _cases(u)
            later = rest[n_i + 1 :]
            if cs == {"G"}:
                attach.append((u.head, "obj"))
                u.an = morph.restrict_case(u.an, "G") or u.an
            elif "D" in cs and (
                "A" not in cs or (later and "A" in _cases(later[0])) or dative_verb
            ):
                if "A" in cs and c.passive:
                    attach.append((u.head, "obj"))
                else:
                    attach.append((u.head, "iobj"))
                    u.an = morph.restrict_case(u.an, "D") or u.an
            elif "A" in cs:
                attach.append((u.head, "obj"))
                u.an = morph.restrict_case(u.an, "A") or u.an
                objs_assigned += 1
            elif subj is None and c.finite is not None and c.kind in ("MAIN", "SUB", "REL"):
                # a phrase that can only be nominative is no object: where nothing agreed
                # with the finite verb (a writer's slip, "lernen ich", or a clause cut
                # wrongly), it is still the subject
                subj = u
                attach.append((u.head, "nsubj:pass" if c.passive else "nsubj"))
            else:
                attach.append((u.head, "obj" if not c.passive else "nsubj:pass"))
        for u in pps:
            p = toks[u.prep[-1]].text.lower() if u.prep else ""
            if c.passive and p in PASSIVE_AGENT_PREPS:
                attach.append((u.head, "obl:agent"))
            else:
                attach.append((u.head, "obl"))
    # other units
    for u in units:
        k = u.head
        if u.kind in ("NEG", "ADV"):
            attach.append((k, "advmod"))
        elif u.kind == "ADJD" and k != head:
            attach.append((k, "advmod"))
        elif u.kind == "PRT":
            target = c.finite if c.finite is not None else head
            toks[k].head, toks[k].dep = target, "compound:prt"
            ft = toks[target]
            prt = toks[k].text.lower()
            if ft.tag.startswith("V") and not ft.lemma.startswith(prt):
                ft.lemma = prt + ft.lemma
        elif u.kind == "ZU":
            attach.append((k, "mark"))
        elif u.kind == "KOUI" and k not in c.intro:
            attach.append((k, "mark"))
        elif u.kind == "SUB" and k not in c.intro:
            attach.append((k, "mark"))
        elif u.kind == "KON" and toks[k].head == -2 and k != c.cc:
            # clause-internal conjunction that joined nothing: leave to the next content word
            nxt = k + 1
            if nxt < len(toks):
                toks[k].head, toks[k].dep = nxt, "cc"
        elif u.kind == "KOKOM" and toks[k].head == -2:
            attach.append((k, "mark"))
        elif u.kind == "X":
            for x in u.toks:
                if toks[x].head == -2:
                    attach.append((x, "dep"))
        elif u.kind == "PUNCT":
            attach.append((k, "punct"))
    for v, rel in aux:
        if v != head:
            toks[v].head, toks[v].dep = head, rel
    for k, rel in attach:
        if k != head and toks[k].head == -2 or (k != head and rel != "punct"):
            if toks[k].head == -2 or toks[k].dep in ("", "dep"):
                toks[k].head, toks[k].dep = head, rel
    for k in c.intro:
        toks[k].head, toks[k].dep = head, "mark"
    if c.cc is not None:
        toks[c.cc].head, toks[c.cc].dep = head, "cc"
    c.head = head
    if pre_cases is not None and VALENCY_LOG is not None:
        rels = [(k, rel, pre_cases[k]) for k, rel in attach if k in pre_cases]
        VALENCY_LOG.append((head, c.passive, cop is not None, rels))
    if pre_cases is not None and ROLE_LOG is not None:
        by_head = {u.head: u for u in args}
        for k, rel in attach:
            if k in by_head and rel in ("nsubj", "nsubj:pass", "obj", "iobj"):
                u = by_head[k]
                ROLE_LOG.append((k, rel, role_features(u, pre_cases[k], rel, c, head, args, toks)))
    # verb features
    if c.finite is not None:
        _finite_feats(toks[c.finite], subj, toks)
    for v in verbs:
        t = toks[v]
        if t.tag in NONFINITE:
            t.feats["VerbForm"] = "Part" if t.tag.endswith("PP") else "Inf"
    if c.passive:
        toks[head].feats["Voice"] = "Pass"
    # UPOS: auxiliaries and main-verb uses of haben/sein/modals
    for v in verbs:
        t = toks[v]
        if t.dep in ("aux", "aux:pass", "cop"):
            t.pos = "AUX"
        elif t.tag.startswith(("VA", "VM")) and v == head:
            t.pos = "AUX" if t.lemma == "sein" else "VERB"


def _finite_feats(t: Tok, subj: Unit | None, toks: list[Tok]) -> None:
    analyses = [c for _, codes in lexicon.verb_analyses(t.text) for c in codes if len(c) == 3]
    person = subj.person if subj is not None else None
    nums = None
    if subj is not None:
        nums = {"P"} if subj.conj else ({a[1] for a in subj.an if a[0] == "N"} or None)
    best = None
    for pref in ("I", "T", "1", "2"):
        for code in analyses:
            if code[0] != pref:
                continue
            if person and code[1] != person:
                continue
            if nums and code[2] not in nums:
                continue
            best = code
            break
        if best:
            break
    if best is None and analyses:
        best = next((c for c in analyses if c[0] in "IT12"), None)
    t.feats["VerbForm"] = "Fin"
    if best is None:  # not in the lexicon: guess from the ending and the subject
        w = t.text.lower()
        t.feats["Mood"] = "Ind"
        t.feats["Tense"] = "Past" if w.endswith(("te", "ten", "tet", "test")) else "Pres"
        if person:
            t.feats["Person"] = person
        if nums and len(nums) == 1:
            t.feats["Number"] = "Sing" if "S" in nums else "Plur"
        elif w.endswith("en"):
            t.feats["Number"] = "Plur"
        return
    t.feats["Mood"] = "Ind" if best[0] in "IT" else "Sub"
    t.feats["Tense"] = "Pres" if best[0] in "I1" else "Past"
    t.feats["Person"] = best[1]
    t.feats["Number"] = "Sing" if best[2] == "S" else "Plur"


# ---------------------------------------------------------------- sentence


def _last_noun_before(tok_idx: int, toks: list[Tok]) -> int | None:
    for k in range(tok_idx - 1, -1, -1):
        if toks[k].tag in ("NN", "NE", "PPER", "PDS", "PIS") and toks[k].dep not in ("flat",):
            # climb appos/flat to the phrase head
            h = k
            while toks[h].dep in ("appos", "flat") and toks[h].head >= 0:
                h = toks[h].head
            return h
        if toks[k].tag in FINITE:
            return None
    return None


_ADJ_STEM_ENDINGS = ("isch", "ig", "lich", "eint", "igt", "al", "ell", "iv", "är", "sam", "bar")


# what a noun phrase in the prefield is made of (with coordination: "Die Türkei und Griechenland")
_PREFIELD_NP = {"ART", "ADJA", "NN", "NE", "KON", "CARD", "PDAT", "PIAT", "PPOSAT", "TRUNC", "FM"}
_MAIN_CLAUSE_END = {",", ";", ":", "(", "–", "—", "--"}


def _past_lemma(word: str) -> str:
    """Lemma of a past-tense form the verb lexicon does not list: through its participle
    ("entsandten" -> "entsandt" -> "entsenden"), else the weak stem ("vereinbarten")."""
    low = word.lower()
    for cut in (2, 1):  # -ten -> -t, -te -> -t
        stem = low[:-cut]
        if stem.endswith("t"):
            for lem, codes in lexicon.verb_analyses(stem):
                if "PP" in codes:
                    return lem
    from lagebild.nlp.tagger import _simplemma

    lem = _simplemma(low).lower()
    if lem != low and lem.endswith(("en", "ern", "eln")):
        return lem
    stem = low[:-3] if low.endswith("ten") else low[:-2] if low.endswith("te") else low
    if stem.endswith("en"):  # strong past plural "schossen": no guess beyond the form
        return stem
    return stem + ("n" if stem.endswith(("el", "er")) and not stem.endswith("ier") else "en")


def _verb_after_prefield_np(toks: list[Tok]) -> None:
    """A finite verb in second position after a complete noun phrase is a verb: "Die USA
    entsandten Truppen", "Die Türkei und Griechenland vereinbarten Gespräche" with the verb
    tagged as an adjective. Only when the main clause (up to the first comma, colon, dash or
    bracket) has no finite verb, the sentence starts with a noun phrase that ends in a noun,
    and the word is a lower-case past form (-te/-ten, or a finite form the verb lexicon
    knows): an attributive adjective never follows its noun."""
    n = len(toks)
    end = next((k for k, t in enumerate(toks) if t.text in _MAIN_CLAUSE_END), n)
    if end < 3 or any(t.tag in FINITE for t in toks[:end]):
        return
    if toks[0].tag not in {"ART", "NE", "NN", "PDAT", "PPOSAT", "PIAT", "CARD", "ADJA"}:
        return
    for i in range(1, end):
        t = toks[i]
        if t.tag in _PREFIELD_NP and not (t.tag == "ADJA" and toks[i - 1].tag in ("NN", "NE")):
            continue
        if t.tag not in ("ADJA", "ADJD") or toks[i - 1].tag not in ("NN", "NE"):
            return
        if toks[i - 1].tag == "KON" or not t.text[:1].islower():
            return
        codes = {c for _, cs in lexicon.verb_analyses(t.text) for c in cs}
        fin = any(len(c) == 3 and c[0] in "IT" for c in codes)
        if not fin and (codes or not t.text.endswith(("te", "ten"))):
            return
        t.tag, t.pos = "VVFIN", "VERB"
        t.lemma = lexicon.verb_lemma(t.text, "VVFIN") if fin else _past_lemma(t.text)
        return


def _retag(toks: list[Tok]) -> None:
    """Local tag repairs the clause parser depends on."""
    n = len(toks)
    _verb_after_prefield_np(toks)
    if n > 2 and not any(t.tag in FINITE for t in toks):
        # a sentence with a subject-like start but no finite verb: the tagger probably missed
        # it ("Die Regierung schickte Truppen …" with "schickte" as adjective)
        for t in toks[1:]:
            if t.text[:1].islower() and t.tag in ("ADJA", "ADJD", "NN", "VVPP", "VVINF", "ADV"):
                codes = {c for _, cs in lexicon.verb_analyses(t.text) for c in cs}
                if any(len(c) == 3 and c[0] in "IT" for c in codes) and "PP" not in codes:
                    t.tag, t.pos = "VVFIN", "VERB"
                    lem = lexicon.verb_lemma(t.text, "VVFIN")
                    t.lemma = lem
                    break
    for i, t in enumerate(toks):
        low = t.text.lower()
        if t.tag == "VVIZU" and "zu" not in low[1:-3]:
            t.tag = "VVINF"
        if t.tag == "PTKVZ" and (len(low) > 9 or not low.isalpha()):
            codes = {c for _, cs in lexicon.verb_analyses(t.text) for c in cs}
            if any(len(c) == 3 and c[0] in "IT12" for c in codes):
                t.tag, t.pos = "VVFIN", "VERB"
                t.lemma = lexicon.verb_lemma(t.text, "VVFIN")
            elif low.endswith(("en", "t", "te", "ten")) and low.isalpha():
                t.tag, t.pos = "VVFIN", "VERB"
                stem = low[:-3] if low.endswith("ten") else low[:-2] if low.endswith("te") else low
                t.lemma = stem if stem.endswith("en") else stem.rstrip("t") + "en"
            else:
                t.tag, t.pos = "ADV", "ADV"
        if t.tag in ("VVPP", "VVFIN", "VVINF"):
            # the verb lexicon vetoes impossible verb forms ("vorwirft" is no participle)
            codes = {c for _, cs in lexicon.verb_analyses(t.text) for c in cs}
            if codes:
                fin = any(len(c) == 3 and c[0] in "IT12" for c in codes)
                if t.tag == "VVPP" and "PP" not in codes and fin:
                    t.tag = "VVFIN"
                elif t.tag == "VVFIN" and not fin and "PP" in codes:
                    t.tag = "VVPP"
                elif t.tag == "VVFIN" and not fin and "INF" in codes:
                    t.tag = "VVINF"
                elif t.tag == "VVINF" and "INF" not in codes and fin:
                    t.tag = "VVFIN"
        # a verb form right after a preposition or determiner, before the noun, is an
        # adjective: "auf adressierte und unadressierte Postsendungen"
        if (
            t.tag in ("VVFIN", "VVPP")
            and i > 0
            and (
                toks[i - 1].tag in PREP | {"ART", "PDAT", "PPOSAT", "PIAT"}
                or (i > 1 and toks[i - 1].tag == "KON" and toks[i - 2].tag == "ADJA")
            )
            and low.endswith(("e", "en", "er", "es", "em"))
            and i + 1 < n
            and (
                toks[i + 1].tag == "NN"
                or (toks[i + 1].tag in ("KON", "ADJA") and i + 2 < n and toks[i + 2].tag == "NN")
                or (
                    toks[i + 1].tag == "KON"
                    and i + 3 < n
                    and toks[i + 2].tag == "ADJA"
                    and toks[i + 3].tag == "NN"
                )
            )
        ):
            t.tag, t.pos = "ADJA", "ADJ"
        # capitalised adjective inside a name tagged as noun: "Vereinten Nationen"
        if t.tag == "NN" and i + 1 < n and toks[i + 1].tag in ("NN", "NE"):
            for end in ("en", "er", "es", "em", "e"):
                if low.endswith(end):
                    stem = low[: -len(end)]
                    if stem.endswith(_ADJ_STEM_ENDINGS) and len(stem) > 4:
                        t.tag, t.pos = "ADJA", "ADJ"
                        t.lemma = stem
                    break
        if low in ("um", "ohne", "statt", "anstatt") and t.tag == "APPR":
            for k in range(i + 1, min(n, i + 12)):
                tk = toks[k]
                if tk.tag in FINITE or tk.text in (",", ";", ":") or tk.tag == "$.":
                    break
                if tk.tag == "VVIZU" or (
                    tk.tag == "PTKZU" and k + 1 < n and toks[k + 1].tag in NONFINITE
                ):
                    t.tag, t.pos = "KOUI", "ADP"
                    break


def parse(toks: list[Tok]) -> list[Unit]:
    """Fill head (-1 = root) and dep of every token of one sentence."""
    if not toks:
        return []
    _retag(toks)
    all_units = extended_attributes(chunk(toks), toks)
    pending: list[tuple[int, int]] = []
    units = _parentheticals(all_units, toks, pending)
    clauses = segment(units, toks)
    if not clauses:
        for t in toks:
            t.head, t.dep = (-1, "root") if t.i == 0 else (0, "punct")
        return all_units
    # merge: FRAG (+ embedded REL/SUB/FRAG appositions) + MAIN starting with the finite verb
    merged: list[Clause] = []
    i = 0
    while i < len(clauses):
        c = clauses[i]
        colon = i + 1 < len(clauses) and any(
            toks[u.head].text in (":", ";") for u in clauses[i + 1].intro_punct
        )  # "Ihr Argument: Wenn …, werde …" is no prefield
        if c.kind == "FRAG" and not colon:
            j = i + 1
            while (
                j < len(clauses)
                and clauses[j].kind in ("REL", "FRAG", "SUB")
                and (clauses[j].cc is None or clauses[j].conj_to is not None)
            ):
                j += 1
            if (
                j < len(clauses)
                and clauses[j].kind == "MAIN"
                and clauses[j].units
                and clauses[j].units[0].kind == "V"
                and clauses[j].cc is None
            ):
                main = clauses[j]
                main.units = c.units + main.units
                main.intro_punct = c.intro_punct + main.intro_punct
                if c.cc is not None:
                    main.cc = c.cc
                for k in range(i + 1, j):
                    if clauses[k].kind == "FRAG":
                        clauses[k].appos_to = c
                merged.append(main)
                merged.extend(clauses[i + 1 : j])
                i = j + 1
                continue
        merged.append(c)
        i += 1
    # keep token order for attachment decisions
    merged.sort(key=lambda c: min(k for u in c.units for k in u.toks))
    for c in merged:
        if c.kind == "REL":
            c.antecedent = _last_noun_before(min(k for u in c.units for k in u.toks), toks)
        analyse_clause(c, toks)
    # attach clauses
    mains = [c for c in merged if c.kind == "MAIN" and not c.embedded]
    root_clause = None
    for c in merged:
        if c.kind == "MAIN" and c.cc is None:
            root_clause = c
            break
    if root_clause is None:
        root_clause = mains[0] if mains else merged[0]
    prev: Clause | None = None
    order = merged
    for idx, c in enumerate(order):
        if c is root_clause:
            prev = c
            continue
        h = c.head
        start = min(k for u in c.units for k in u.toks)
        gov = None
        rel = "parataxis"
        if c.conj_to is not None and c.conj_to.head >= 0:
            gov, rel = c.conj_to.head, "conj"
        elif c.kind == "SUB":
            sub = toks[c.intro[0]].text.lower() if c.intro else ""
            rel = (
                "ccomp"
                if not c.intro or sub in COMPLEMENTIZERS or toks[c.intro[0]].tag == "PWAV"
                else "advcl"
            )
            if prev is not None and prev.kind != "FRAG":
                gov = prev.head
            else:
                nxt = next((x for x in order[idx + 1 :] if x.kind == "MAIN"), None)
                gov = nxt.head if nxt else root_clause.head
        elif c.kind == "REL":
            gov = _last_noun_before(start, toks)
            rel = "acl:relcl"
            if gov is None and prev is not None:
                gov = prev.head
                rel = "acl:relcl"
        elif c.kind == "INF":
            gov = prev.head if prev is not None else root_clause.head
            rel = "xcomp"
        elif c.kind == "UMZU":
            gov = prev.head if prev is not None else root_clause.head
            rel = "advcl"
        elif c.kind == "FRAG":
            target = c.appos_to
            if target is not None:
                gov, rel = target.head if target.head >= 0 else None, "appos"
                if gov is None:
                    gov = _last_noun_before(start, toks)
            else:
                gov = _last_noun_before(start, toks)
                rel = "appos" if toks[h].tag in ("NN", "NE") and gov is not None else "dep"
                if gov is None:
                    gov = prev.head if prev is not None else root_clause.head
        elif c.kind == "MAIN":
            if c.cc is not None and prev is not None:
                # conjoin with the last clause of the same kind
                same = [x for x in order[:idx] if x.kind == "MAIN"] or [prev]
                gov, rel = same[-1].head, "conj"
            elif prev is not None and toks[prev.head].lemma in SPEECH_VERBS:
                gov, rel = prev.head, "ccomp"
            elif prev is not None:
                gov, rel = prev.head, "parataxis"
            else:
                gov = root_clause.head
        if (
            c.embedded
            and c.host_noun is not None
            and c.kind != "REL"
            and (c.kind in ("INF", "MAIN") or rel == "ccomp")
        ):  # "den Vorwurf, dass …, zurückgewiesen": a content clause of the noun ("die
            # Forderung der Opposition, …": of the noun the genitive depends on)
            gov, rel = c.host_noun, "acl"
            while toks[gov].dep in ("nmod", "appos", "flat") and 0 <= toks[gov].head < gov:
                gov = toks[gov].head
        if gov is None or gov == h:
            gov = root_clause.head if root_clause.head != h else None
        if gov is None:
            continue
        toks[h].head, toks[h].dep = gov, rel
        if not c.embedded and c.kind != "REL":
            prev = c
    # reported speech after the quote: "„…“, sagte Putin." -> the quote is ccomp of 'sagte'
    if (
        len(mains) >= 2
        and root_clause is mains[0]
        and mains[1].units
        and mains[1].units[0].kind == "V"
        and toks[mains[1].head].lemma in SPEECH_VERBS
        and toks[mains[1].head].head == root_clause.head
        and mains[1].cc is None
    ):
        new_root, old_root = mains[1].head, root_clause.head
        toks[new_root].head, toks[new_root].dep = -1, "root"
        toks[old_root].head, toks[old_root].dep = new_root, "ccomp"
        root_clause = mains[1]
    toks[root_clause.head].head, toks[root_clause.head].dep = -1, "root"
    # boundary punctuation: attach to the head of the clause that follows (or the root)
    clause_of: dict[int, Clause] = {}
    for c in merged:
        for u in c.units:
            for k in u.toks:
                clause_of[k] = c
    last = len(toks) - 1
    while last > 0 and toks[last].tag == "$(":
        last -= 1
    if toks[last].tag == "$." and last != root_clause.head:
        toks[last].head, toks[last].dep = root_clause.head, "punct"
    for t in toks:
        if t.head == -2 and t.tag.startswith("$"):
            nxt = next((clause_of[k] for k in range(t.i + 1, len(toks)) if k in clause_of), None)
            t.head, t.dep = (nxt.head if nxt is not None else root_clause.head), "punct"
    for h, anchor in pending:
        c = clause_of.get(anchor)
        toks[h].head, toks[h].dep = (c.head if c is not None else root_clause.head), "parataxis"
    _stranded_particles(toks)
    _make_tree(toks, root_clause.head)
    out = all_units + [r for u in all_units for r in u.inner]
    seen = {id(u) for u in out}
    # units made while segmenting (a relative pronoun split off its glued noun)
    out += [u for c in merged for u in c.units if id(u) not in seen]
    return out


def _is_infinitive(form: str) -> bool:
    return any("INF" in codes for _, codes in lexicon.verb_analyses(form))


def _strip_particles(lemma: str, prts: list[str]) -> str:
    """The lemma without the particles the parser glued in front of it ("voranwerfen" with
    "vor" and "an" -> "werfen")."""
    changed = True
    while changed:
        changed = False
        for p in prts:
            if lemma.startswith(p) and len(lemma) > len(p) + 2:
                lemma, changed = lemma[len(p) :], True
    return lemma


def _stranded_particles(toks: list[Tok]) -> None:
    """A separable particle closes the bracket of the finite verb before it ("wies den Plan,
    die Bewohner … umzusiedeln, geschlossen zurück"; "griffen die Botschaften an und warfen …
    vor"): where segmenting gave it to a word that cannot carry it (a participle or adjective
    after an embedded clause, a verb after it), it goes to the nearest finite verb before it
    that carries no particle yet and makes a verb with it ("zurückweisen"), and both lemmas
    are set right. A particle whose head already makes a verb with it stays."""
    for t in toks:
        if t.tag != "PTKVZ" or t.dep != "compound:prt" or not 0 <= t.head < len(toks):
            continue
        prt = t.text.lower()
        h = toks[t.head]
        if h.i < t.i and h.tag in ("VVFIN", "VVIMP") and _is_infinitive(h.lemma):
            continue  # the verb before it, made whole with it ("kündigte … an"); a participle
            # or infinitive has its particle inside ("abgeschlossen"), never after it
        if h.i < t.i and h.tag == "VAFIN":
            continue  # a copula's predicative ("sei zu Gesprächen bereit")
        own = [p.text.lower() for p in toks if p.head == h.i and p.dep == "compound:prt"]
        base_h = _strip_particles(h.lemma, own) if h.tag.startswith("V") else h.lemma
        target = None
        for v in reversed(toks[: t.i]):
            if v.tag != "VVFIN" or v.i == h.i:
                continue  # (the word that took it wrongly: "politisch motiviert“ zurück")
            if v.dep in ("acl:relcl", "advcl", "acl") or any(
                k.head == v.i and k.dep == "mark" for k in toks
            ):
                continue  # a verb-final clause in between
            if _is_infinitive(prt + v.lemma):
                if not any(k.head == v.i and k.dep == "compound:prt" for k in toks):
                    target = v
            break  # only the nearest finite verb of a main clause
        if target is None:
            continue
        t.head = target.i
        target.lemma = prt + target.lemma
        if h.tag.startswith("V"):
            rest = [p for p in own if p != prt]
            h.lemma = "".join(rest) + base_h if rest else base_h


def _parentheticals(
    units: list[Unit], toks: list[Tok], pending: list[tuple[int, int]] | None = None
) -> list[Unit]:
    """A short verbless bracket after a noun ("Helmut Kohl (CDU)", "die Gruppe (7 Personen)")
    is an apposition (a PP in brackets: nmod) of that noun; a verbless insertion between
    dashes ("– so ein Sprecher –") is parataxis of its clause (added to `pending` as (head,
    token before it)). Either leaves the clause's units: no boundary, no argument candidate."""
    out: list[Unit] = []
    i = 0
    n = len(units)
    while i < n:
        u = units[i]
        opener = toks[u.head].text
        if not (u.kind == "PUNCT" and opener in ("(", "–", "—", "--") and out):
            out.append(u)
            i += 1
            continue
        closer = ")" if opener == "(" else opener
        j = next(
            (k for k in range(i + 1, min(n, i + 8)) if toks[units[k].head].text == closer), None
        )
        prev = out[-1]
        inner = units[i + 1 : j] if j is not None else []
        dash = opener != "("
        if (
            j is None
            or not inner
            or any(x.kind in ("V", "SUB", "KOUI", "PUNCT") for x in inner)
            or inner[0].kind not in ("NP", "PP", "X", "ADV")
            or (
                not dash
                and (prev.kind not in ("NP", "PP") or toks[prev.head].tag not in NP_HEAD_NOUN)
            )
            or (dash and (pending is None or j + 1 >= n or units[j + 1].kind == "PUNCT"))
        ):
            out.append(u)
            i += 1
            continue
        for x in inner:
            if x.kind in ("NP", "PP"):
                analyse_np(x, toks)
        main = next((x for x in inner if x.kind in ("NP", "PP")), inner[0])
        h = main.head
        if dash:
            pending.append((h, max(prev.toks)))
        else:
            toks[h].head = prev.head
            toks[h].dep = "nmod" if main.kind == "PP" else "appos"
        for x in inner:
            if x is main:
                continue
            rel = {"PP": "nmod", "ADV": "advmod", "NEG": "advmod"}.get(x.kind, "dep")
            for k in x.toks:
                if toks[k].head == -2:
                    toks[k].head, toks[k].dep = h, rel
        for k in (u.head, units[j].head):
            toks[k].head, toks[k].dep = h, "punct"
        for x in inner:
            for k in x.toks:
                if toks[k].head == -2:
                    toks[k].head, toks[k].dep = h, "dep"
            x.attached = True
        i = j + 1
    return out


def _make_tree(toks: list[Tok], root: int) -> None:
    n = len(toks)
    toks[root].head, toks[root].dep = -1, "root"
    for t in toks:
        if t.i != root and (t.head < 0 or t.head >= n or t.head == t.i):
            t.head, t.dep = root, t.dep if t.dep and t.dep != "root" else "dep"
    # break cycles
    for t in toks:
        seen = set()
        k = t.i
        while k != root:
            if k in seen:
                toks[k].head = root
                toks[k].dep = toks[k].dep or "dep"
                break
            seen.add(k)
            k = toks[k].head
