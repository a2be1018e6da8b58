"""A fall-back for sentences the parser left without a verb.

A German declarative sentence has a finite verb. When the tagger has read a weak past-tense verb
as an adjective ("Die EU verhängte Sanktionen gegen Iran" parsed as one noun phrase), the coder
rebuilds a flat clause by German word order: the verb candidate (a form in -te/-ten whose
infinitive is a lexicon verb) becomes the root, the phrase before it the subject, bare noun
phrases after it objects, prepositional phrases obliques, a trailing particle its separable
prefix. Everything below those phrases is kept as parsed; actor spans are carried over.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from lagebild.coding import syntax as sx

_ENDINGS = ("eten", "etet", "ete", "ten", "tet", "te")


def verb_candidates(word: str) -> list[str]:
    w = word.lower()
    out = []
    try:  # strong and mixed verbs ("entsandten" -> "entsenden")
        import simplemma

        lem = simplemma.lemmatize(w, lang="de").lower()
        if lem.endswith("en") and lem != w:
            out.append(lem)
    except Exception:  # simplemma is optional here
        pass
    for end in _ENDINGS:
        if w.endswith(end) and len(w) > len(end) + 2:
            stem = w[: -len(end)]
            out += [stem + "en", stem + "n"]
    return out


def verb_reading(t: Token, particle: Token | None, is_verb: Callable[[str], bool]) -> str | None:
    """The lexicon verb a word the tagger did not read as a verb may be (one of its
    `verb_candidates`), with the word ending its clause as the separable particle where that
    makes one ("ordnete … an": "anordnen"), else alone; None if none is a verb."""
    for lem in verb_candidates(t.text):
        if particle is not None and particle.pos_ in ("ADP", "ADV", "PART"):
            if is_verb(particle.lower_ + lem):
                return particle.lower_ + lem
        if is_verb(lem):
            return lem
    return None


_CLAUSE_DEPS = ("xcomp", "ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj")


def _has_main_verb(sent: Span) -> bool:
    """Is the root of the sentence a verb, and no zu-infinitive?"""
    r = sent.root
    if r.pos_ not in ("VERB", "AUX"):
        return False
    return any(sx.dep(k).startswith("aux") for k in r.children) or not sx.zu_form(r)


def repair_verbless(sent: Span, is_verb: Callable[[str], bool]) -> tuple[Span, int] | None:
    """(repaired sentence, character offset of the sentence in the original doc), or None.

    Also a sentence whose only verbs are those of clauses below it ("Saudi-Arabien und Iran
    vereinbarten bei einem Treffen …, die Flugverbindungen auszubauen": the finite verb read as
    a noun, the zu-infinitive or a relative clause's verb made the root): there the verb
    candidate must stand in second position of the first clause, right after the noun that
    ends the first phrase ("… in Warschau unterzeichneten Merz und Tusk …"; never "die
    angekündigten Gespräche"), and the verbs below keep their clauses."""
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX")]
    if verbs and _has_main_verb(sent):
        return None
    toks = list(sent)
    if len(toks) < 3:
        return None
    core = [x for x in toks if not x.is_space and x.pos_ not in ("PUNCT", "SPACE")]
    if len(core) < 3:
        return None
    # a separable particle ends the clause; with clauses below, the verb's clause ends earlier
    particle = core[-1] if not verbs else None
    first_comma = next((t.i for t in toks if t.text == ","), toks[-1].i)
    cand = lemma = None
    for t in toks[1:]:
        if t.pos_ not in ("ADJ", "NOUN", "X") or not t.is_lower:
            continue
        if verbs and (t.i > first_comma or t.nbor(-1).pos_ not in ("NOUN", "PROPN")):
            continue
        if (lemma := verb_reading(t, particle, is_verb)) is not None:
            cand = t
            break
    if cand is None:
        return None
    s0 = sent.start
    p = cand.i
    heads, deps = [], []
    subj_done = obj_done = False
    # bare noun phrases after the verb: two of them are dative then accusative
    # ("gewährte Ägypten einen Kredit")
    after = [
        t
        for t in toks
        if t.i > p
        and t.pos_ in ("NOUN", "PROPN", "PRON")
        and sx.case_of(t) is None
        and ((t.i < p < t.head.i) or (t.head.i < p < t.i) or t.head.i == p or t.head.i == t.i)
    ]
    iobj_i = after[0].i if len(after) >= 2 else None
    front_np = any(  # a bare noun phrase before the verb: the subject
        t.i < p and t.pos_ in ("NOUN", "PROPN", "PRON") and sx.case_of(t) is None
        for t in toks
        if (t.i < p < t.head.i) or (t.head.i < p < t.i) or t.head.i == p or t.head.i == t.i
    )
    if not front_np and after:
        iobj_i = after[1].i if len(after) >= 3 else None
    for t in toks:
        h, d = t.head.i, t.dep_
        if t.i == p:
            heads.append(p - s0)
            deps.append("ROOT")
            continue
        crosses = (t.i < p < h) or (h < p < t.i) or h == p or t.head.i == t.i
        if crosses:
            h = p
            if t.pos_ in ("VERB", "AUX") and t.head.i == t.i:  # the zu-infinitive made root
                d = "xcomp" if sx.zu_form(t) else "ccomp"
            elif t.pos_ in ("VERB", "AUX") and d in _CLAUSE_DEPS:
                pass  # a clause below keeps its relation
            elif t.pos_ == "PUNCT":
                d = "punct"
            elif (
                particle is not None
                and lemma.startswith(t.lower_)
                and t.i > p
                and t.pos_ in ("ADP", "ADV", "PART")
            ):
                d = "compound:prt"
            elif sx.case_of(t) is not None:
                d = "obl"
            elif (
                (t.i < p or not front_np) and not subj_done and t.pos_ in ("NOUN", "PROPN", "PRON")
            ):
                d, subj_done = "nsubj", True  # (after the verb when a PP or adverb came first)
            elif t.i == iobj_i or (
                t.i > p and sx.morph(t, "Case") == "Dat" and t.pos_ in ("NOUN", "PROPN")
            ):
                d = "iobj"
            elif t.i > p and not obj_done and t.pos_ in ("NOUN", "PROPN", "PRON"):
                d, obj_done = "obj", True
            elif t.pos_ in ("ADV", "ADJ"):
                d = "advmod"
            elif t.pos_ == "CCONJ":
                d = "cc"
            else:
                d = "dep"
        heads.append(h - s0)
        deps.append(d)
    return _rebuild(sent, p, lemma, heads, deps)


def repair_conjunct(sent: Span, is_verb: Callable[[str], bool]) -> tuple[Span, int] | None:
    """A second verb after 'und' read as an adjective ("warnte ... und ordnete Militärübungen
    an"): it becomes a conjunct of the first verb, with the phrases after it as its own."""
    toks = list(sent)
    verbs = [t for t in toks if t.pos_ == "VERB"]
    if not verbs:
        return None
    cand = lemma = None
    for k, t in enumerate(toks[1:-1], start=1):
        prev = toks[k - 1]
        if not (
            t.pos_ == "ADJ"
            and t.is_lower
            and prev.pos_ == "CCONJ"
            and toks[k + 1].pos_ in ("NOUN", "PROPN", "DET", "ADJ", "NUM")
            and any(v.i < t.i for v in verbs)
        ):
            continue
        core = [x for x in toks if not x.is_space and x.pos_ not in ("PUNCT", "SPACE")]
        if (lemma := verb_reading(t, core[-1], is_verb)) is not None:
            cand = t
            break
    if cand is None:
        return None
    s0, p = sent.start, cand.i
    first = next(v for v in verbs if v.i < p)
    core = [x for x in toks if not x.is_space and x.pos_ not in ("PUNCT", "SPACE")]
    end = core[-1].i + 1
    obj_done = False
    heads, deps = [], []
    for t in toks:
        h, d = t.head.i, t.dep_
        if t.i == p:
            h, d = first.i, "conj"
        elif t.i == p - 1:
            h, d = p, "cc"
        elif p < t.i < end and not (p < t.head.i < end) or (p < t.i < end and t.head.i == p):
            h = p
            if lemma.startswith(t.lower_) and t.pos_ in ("ADP", "ADV", "PART") and t.i == end - 1:
                d = "compound:prt"
            elif sx.case_of(t) is not None:
                d = "obl"
            elif not obj_done and t.pos_ in ("NOUN", "PROPN", "PRON"):
                d, obj_done = "obj", True
            elif t.pos_ in ("ADV", "ADJ"):
                d = "advmod"
            else:
                d = "dep"
        elif t.i >= end and t.head.i != t.i and p <= t.head.i < end:
            h = first.i
        heads.append(h - s0)
        deps.append(d)
    return _rebuild(sent, p, lemma, heads, deps)


def _rebuild(sent: Span, p: int, lemma: str, heads: list[int], deps: list[str]) -> tuple[Span, int]:
    """The sentence as a doc of its own with these heads and labels and word p as its finite
    verb of that lemma (repair_verbless, repair_conjunct), its actor spans carried over."""
    toks = list(sent)
    s0 = sent.start
    doc = Doc(
        sent.doc.vocab,
        words=[t.text for t in toks],
        spaces=[bool(t.whitespace_) for t in toks],
        pos=[t.pos_ if t.i != p else "VERB" for t in toks],
        lemmas=[t.lemma_ if t.i != p else lemma for t in toks],
        heads=heads,
        deps=deps,
        morphs=[str(t.morph) if t.i != p else "Mood=Ind|Tense=Past|VerbForm=Fin" for t in toks],
        sent_starts=[True] + [False] * (len(toks) - 1),
    )
    spans = []
    if "actors" in sent.doc.spans:
        for sp in sent.doc.spans["actors"]:
            if sp.start >= sent.start and sp.end <= sent.end:
                start = sp.start + 1 if sp.start == p else sp.start  # a verb the NP swallowed
                if start >= sp.end:
                    continue
                new = Span(doc, start - s0, sp.end - s0)
                new._.actor = sp._.actor
                spans.append(new)
    doc.spans["actors"] = spans
    return doc[:], sent.start_char


_PERFECT_AUX = ("haben", "sein")


def repair_stranded_participle(sent: Span) -> tuple[Span, int] | None:
    """A perfect whose participle the parser lost behind an inserted phrase ("Äthiopien hat den
    Vorwurf Eritreas, Addis Abeba bereite einen Krieg vor, als Propaganda zurückgewiesen"; "Die
    Polizei hat den Bürgermeister, den Rivalen des Präsidenten, festgenommen"): the finite
    "haben"/"sein" was read as the main verb with the objects, the participle hangs off the
    inserted clause as parataxis or auxiliary. The participle becomes the head of the clause,
    "haben"/"sein" its auxiliary, and what hung off the auxiliary hangs off it."""
    toks = list(sent)
    for f in toks:
        if (f.lemma_ or "").lower() not in _PERFECT_AUX or sx.morph(f, "VerbForm") != "Fin":
            continue
        # (UD: AUX where the parse shows it as the auxiliary of a verb after it; VERB otherwise)
        if f.pos_ not in ("VERB", "AUX") or sx.dep(f) not in ("root", "ROOT", "conj"):
            continue
        kids = list(f.children)
        if any(sx.dep(k) in ("xcomp", "ccomp") and k.pos_ in ("VERB", "AUX") for k in kids):
            continue
        if not any(sx.dep(k) in ("obj", "iobj") for k in kids):
            continue  # "hat … den Vorwurf …": an object of its own says it was read as a verb
        for p in toks[f.i - sent.start + 1 :]:
            # (a participle like "erlassen", "verlassen" is tagged as the infinitive it equals)
            if p.pos_ != "VERB" or sx.morph(p, "VerbForm") not in ("Part", "Inf"):
                continue
            if sx.dep(p) not in ("parataxis", "aux") or p not in f.subtree:
                continue
            q = _conjunct_read_as_aux(p)
            if any(
                sx.dep(k) in ("aux", "aux:pass", "mark", "cop") and (q is None or k.i != q.i)
                for k in p.children
            ):
                break  # a clause of its own ("…, der festgenommen worden war")
            return _reattach(sent, f, p)
        return None
    return None


# words that open a clause of its own after a comma (relative pronouns, subordinators)
_CLAUSE_OPENERS = frozenset(
    "der die das dem den denen deren dessen welche welcher welches was wo wie als weil dass "
    "nachdem während wenn ob obwohl".split()
)


def repair_participle_list(sent: Span) -> tuple[Span, int] | None:
    """A list of participles under one perfect auxiliary ("Die Polizei hat Dutzende
    Demonstranten festgenommen, verhört und zwei Aktivisten abgeschoben", "hat das Dorf
    angegriffen, Häuser zerstört und drei Zivilisten getötet"): the parser reads the participle
    after the comma as a clause of its own (parataxis, its object as a subject) and the one after
    "und" as that clause's auxiliary. A participle with no finite word, subordinator or subject
    pronoun of its own cannot open a clause: each becomes a conjunct of the first participle,
    sharing its auxiliary and subject, a noun read as its subject becomes its object, and the
    words between "und" and the last participle are that participle's."""
    toks = list(sent)
    s0 = sent.start
    for p1 in toks:
        if p1.pos_ != "VERB" or sx.morph(p1, "VerbForm") != "Part":
            continue
        if not any(
            sx.dep(k) == "aux"
            and (k.lemma_ or "").lower() in _PERFECT_AUX
            and sx.morph(k, "VerbForm") == "Fin"
            for k in p1.children
        ):
            continue
        for p2 in p1.children:
            if (
                p2.i < p1.i
                or sx.dep(p2) != "parataxis"
                or p2.pos_ != "VERB"
                or sx.morph(p2, "VerbForm") != "Part"
                or not any(
                    x.text == "," for x in (p2.left_edge, p2.doc[max(p2.left_edge.i - 1, 0)])
                )
            ):
                continue
            first = next((x for x in p2.subtree if x.text != ","), p2)
            if first.lower_ in _CLAUSE_OPENERS:
                continue  # "…, das gemeinsame Übungen erlaubt": a relative clause
            q = _conjunct_read_as_aux(p2)
            if any(
                (
                    sx.dep(k) in ("aux", "aux:pass", "mark", "cop", "expl")
                    and (q is None or k.i != q.i)
                )
                or (sx.dep(k).startswith("nsubj") and k.pos_ == "PRON")
                or sx.morph(k, "VerbForm") == "Fin"
                for k in p2.children
            ):
                continue  # a clause of its own ("…, Dutzende wurden verletzt")
            cc = _conjunction_before(p2, q)
            heads, deps, pos = [], [], []
            for t in toks:
                h, d = t.head.i, t.dep_
                if t.i == p2.i:
                    h, d = p1.i, "conj"
                else:
                    h, d = _as_second_conjunct(t, p1.i, p2.i, q, cc) or (h, d)
                if h in (p2.i, getattr(q, "i", -1)) and sx.dep(t).startswith("nsubj"):
                    d = "obj"  # the shared subject is the first participle's
                heads.append(h - s0)
                deps.append(d)
                pos.append(t.pos_)
            return _relabelled(sent, heads, deps, pos)
    return None


def _conjunction_before(p, q):
    """The "und/oder" between participle `p` and the conjunct `q` read under it (None without q)."""
    return next((x for x in p.doc[p.i + 1 : q.i] if x.pos_ == "CCONJ"), None) if q else None


def _as_second_conjunct(t, host: int, read_under: int, q, cc) -> tuple[int, str] | None:
    """(head, relation) of token `t` when the participle `q`, read as an auxiliary under
    `read_under`, becomes a conjunct of `host`: `q` itself, the conjunction `cc` before it and
    the words between them that hung under `read_under` or `cc` move; None for other tokens."""
    if q is not None and t.i == q.i:
        return host, "conj"
    if cc is not None and t.i == cc.i:
        return q.i, "cc"
    if cc is not None and cc.i < t.i < q.i and t.head.i in (read_under, cc.i):
        return q.i, t.dep_
    return None


def _conjunct_read_as_aux(p):
    return next(
        (
            k
            for k in p.children
            if k.i > p.i
            and sx.dep(k) == "aux"
            and sx.morph(k, "VerbForm") == "Part"
            and any(x.pos_ == "CCONJ" for x in p.doc[p.i + 1 : k.i])
        ),
        None,
    )


def _reattach(sent: Span, f, p) -> tuple[Span, int]:
    s0 = sent.start
    # "… verhängt und ihm vorgeworfen": a second participle read as the first one's
    # auxiliary is its conjunct, with the words after "und" as its own
    q = _conjunct_read_as_aux(p)
    cc = _conjunction_before(p, q)
    heads, deps, pos = [], [], []
    for t in sent:
        h, d = t.head.i, t.dep_
        if t.i == p.i:
            h, d = (f.head.i if f.head.i != f.i else p.i), f.dep_
        elif t.i == f.i:
            h, d = p.i, "aux"
        elif (moved := _as_second_conjunct(t, p.i, p.i, q, cc)) is not None:
            h, d = moved
        elif q is not None and t.i > q.i and t.head.i == p.i and t.dep_ in ("xcomp", "ccomp"):
            h = q.i  # "… und ihm vorgeworfen, verantwortlich zu sein"
        elif t.head.i == f.i:
            h = p.i
        heads.append(h - s0)
        deps.append(d)
        pos.append("AUX" if t.i == f.i else t.pos_)
    return _relabelled(sent, heads, deps, pos)


def _relabelled(sent: Span, heads: list[int], deps: list[str], pos: list[str]) -> tuple[Span, int]:
    """The sentence as a doc of its own with new heads (relative to its start), labels and
    parts of speech; words, lemmas, morphology, entities and actor spans as they were."""
    s0 = sent.start
    doc = Doc(
        sent.doc.vocab,
        words=[t.text for t in sent],
        spaces=[bool(t.whitespace_) for t in sent],
        pos=pos,
        tags=[t.tag_ for t in sent],
        lemmas=[t.lemma_ for t in sent],
        heads=heads,
        deps=deps,
        morphs=[str(t.morph) for t in sent],
        ents=[t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") for t in sent],
        sent_starts=[True] + [False] * (len(sent) - 1),
    )
    spans = []
    for sp in sent.doc.spans.get("actors", []):
        if sp.start >= sent.start and sp.end <= sent.end:
            new = Span(doc, sp.start - s0, sp.end - s0, label=sp.label_)
            for ext in ("actor", "is_place", "actors", "unplaced"):
                if Span.has_extension(ext):
                    setattr(new._, ext, getattr(sp._, ext))
            spans.append(new)
    doc.spans["actors"] = spans
    return doc[:], sent.start_char


# pronouns that open a clause as its subject ("…, was in Seoul Empörung auslöste", "…, das
# bei der EU auf Kritik stieß"): they take no prepositional phrase of their own
_CLAUSE_PRONOUNS = ("was", "das", "der", "die", "welche", "welcher", "welches")


def repair_pronoun_pps(sent: Span) -> tuple[Span, int] | None:
    """Prepositional phrases the parser hung on a clause-opening pronoun subject, one on the
    other ("was [in Brüssel [auf scharfe Kritik]] stieß"): a relative or "was" pronoun takes no
    PP, so each PP of that chain becomes an oblique of the pronoun's verb. Partitive "von"
    ("die meisten von ihnen") stays."""
    moved: dict[int, int] = {}
    for p in sent:
        if p.pos_ != "PRON" or p.lower_ not in _CLAUSE_PRONOUNS:
            continue
        if sx.dep(p) not in ("nsubj", "nsubj:pass") or p.head.pos_ not in ("VERB", "AUX"):
            continue
        if p.head.i < p.i:
            continue  # a verb-final clause: the pronoun opens it
        stack = [p]
        while stack:
            x = stack.pop()
            for k in x.children:
                if sx.dep(k) != "nmod" or k.i < p.i or k.i > p.head.i:
                    continue
                case = sx.case_of(k)
                if case is None or (case == "von" and x.i == p.i):
                    continue
                moved[k.i] = p.head.i
                stack.append(k)
    if not moved:
        return None
    s0 = sent.start
    heads = [(moved.get(t.i, t.head.i)) - s0 for t in sent]
    deps = ["obl" if t.i in moved else t.dep_ for t in sent]
    return _relabelled(sent, heads, deps, [t.pos_ for t in sent])


def _bare_name(t: Token) -> bool:
    """A name phrase that shows no case: no article, adjective, preposition or possessive
    ("Israel", "Schweden", "Präsident Petro"), only names and titles."""
    if t.pos_ not in ("PROPN", "NOUN"):
        return False
    for k in t.subtree:
        if k.i == t.i:
            continue
        if k.pos_ not in ("PROPN", "NOUN") or sx.dep(k) not in ("flat", "flat:name", "appos"):
            return False
    return t.pos_ == "PROPN" or any(k.pos_ == "PROPN" for k in t.subtree)


def _clause_verbs(toks: list[Token]) -> list[tuple[Token, Token]]:
    """The verbs of main clauses (root or conjoined) with their finite form at or before them
    (the verb itself or its auxiliary)."""
    out = []
    for v in toks:
        if v.pos_ not in ("VERB", "AUX") or sx.dep(v) not in ("root", "conj"):
            continue
        fin = next(
            (a for a in [v, *v.children] if sx.morph(a, "VerbForm") == "Fin" and a.i <= v.i),
            None,
        )
        if fin is not None:
            out.append((v, fin))
    return out


def repair_prefield_object(sent: Span) -> tuple[Span, int] | None:
    """A bare name opening a main clause read as the object, and the phrase after the finite
    verb as the subject ("Israel wirft der Hisbollah vor, …", "Schweden hat der Ukraine ein
    Hilfspaket übergeben", "Petro warf Präsident Trump vor, …"): a name without article shows
    no case, and the phrase before the finite verb of a German news sentence is its subject
    unless its case says otherwise. "der" after the verb, read as a nominative, is then the
    dative (feminine) of a name ("der Ukraine", "der Hisbollah"). The name becomes the subject,
    the other phrase the indirect object (the object when the verb has none other and it shows
    no case either). Not when the phrase after the verb plainly is a nominative ("der Präsident"
    read as masculine, "ein", a personal pronoun)."""
    toks = list(sent)
    if not toks:
        return None
    first = toks[0]
    for v, fin in _clause_verbs(toks):
        kids = list(v.children)
        pre = [
            c
            for c in kids
            if sx.dep(c) in ("obj", "iobj")
            and c.i < fin.i
            and c.left_edge.i == first.i
            and c.right_edge.i + 1 == fin.i
        ]
        subj = [c for c in kids if sx.dep(c) == "nsubj" and c.i > fin.i]
        if len(pre) != 1 or len(subj) != 1 or not _bare_name(pre[0]):
            continue
        s = subj[0]
        if s.pos_ not in ("PROPN", "NOUN") or s.left_edge.i != fin.i + 1:
            continue
        dets = [k for k in s.children if sx.dep(k) == "det"]
        if dets:
            if len(dets) != 1 or dets[0].lower_ != "der" or dets[0].i != s.i - 1:
                continue
            if s.pos_ == "NOUN" and sx.morph(s, "Gender") == "Masc":
                continue  # "der Präsident": a nominative
            role = "iobj"
        elif _bare_name(s):
            others = [c for c in kids if sx.dep(c) == "obj" and c.i != pre[0].i]
            role = "iobj" if others else "obj"
        else:
            continue
        s0 = sent.start
        heads = [t.head.i - s0 for t in sent]
        deps = ["nsubj" if t.i == pre[0].i else role if t.i == s.i else t.dep_ for t in sent]
        return _relabelled(sent, heads, deps, [t.pos_ for t in sent])
    return None


def _actor_span(sent: Span, t: Token) -> Span | None:
    """The smallest actor span covering t."""
    best = None
    for sp in sent.doc.spans.get("actors", []):
        if sp.start <= t.i < sp.end and getattr(sp._, "actor", None) is not None:
            if best is None or len(sp) < len(best):
                best = sp
    return best


def repair_name_pairs(sent: Span) -> tuple[Span, int] | None:
    """Two actors named side by side, read by the parser as one name ("nachdem Warschau Moskau
    … verantwortlich gemacht hatte", "nachdem die USA Taiwan Raketenwerfer geliefert hatten"):
    when a name in a `flat` run starts an actor span of its own, of another country than the
    span of the name it hangs on, and that name is a subject or object of a verb, it is the
    verb's next argument: its object, or its dative object when the verb has an object already.
    The rest of its span moves with it."""
    moved: dict[int, tuple[int, str]] = {}
    for t in sent:
        if sx.dep(t) not in ("flat", "flat:name") or t.pos_ != "PROPN" or t.head.i >= t.i:
            continue
        x = t.head
        v = x.head
        if sx.dep(x) not in ("nsubj", "nsubj:pass", "obj", "iobj") or v.pos_ not in ("VERB", "AUX"):
            continue
        a, b = _actor_span(sent, x), _actor_span(sent, t)
        if a is None or b is None or b.start != t.i or a.end > t.i:
            continue
        ca, cb = sx.code_country(a._.actor.code), sx.code_country(b._.actor.code)
        if not ca or not cb or ca == cb:
            continue
        has_obj = any(sx.dep(k) == "obj" and k.i != t.i for k in v.children)
        moved[t.i] = (v.i, "iobj" if has_obj or sx.dep(x) == "obj" else "obj")
        for k in x.children:  # the rest of the second name ("Tel Aviv")
            if k.i > t.i and k.i < b.end and sx.dep(k) in ("flat", "flat:name"):
                moved[k.i] = (t.i, sx.dep(k))
    if not moved:
        return None
    s0 = sent.start
    heads = [moved[t.i][0] - s0 if t.i in moved else t.head.i - s0 for t in sent]
    deps = [moved[t.i][1] if t.i in moved else t.dep_ for t in sent]
    return _relabelled(sent, heads, deps, [t.pos_ for t in sent])


def repair_relative_object(sent: Span, says: Callable[[Token], bool]) -> tuple[Span, int] | None:
    """A relative clause whose pronoun the parser read as its subject and the actor after it as
    the object, where the forms allow both ("ein Manöver, das Peking als Provokation
    verurteilte", "eine Übung, die Peking kritisierte"): "das"/"die" and a name or a noun with
    "die" are nominative or accusative alike. When the pronoun's antecedent is no actor (or only
    a place: "ein Abkommen für den Osten des Landes, das …"), the one actor among the objects
    agrees with the verb in number, and the verb is one of saying (`says`: its events are
    verbal, or it calls its object something with "als"), the actor is the subject and the
    pronoun the object: a thing does not condemn or welcome (but "eine Rakete, die Israel
    bedroht" stays as parsed)."""
    swaps: dict[int, str] = {}
    for v in sent:
        if sx.dep(v) != "acl:relcl" or v.pos_ != "VERB" or not says(v):
            continue
        ante = _actor_span(sent, v.head)
        if ante is not None and not getattr(ante._, "is_place", False):
            continue
        subs = [k for k in v.children if sx.dep(k) == "nsubj"]
        if len(subs) != 1:
            continue
        p = subs[0]
        if p.pos_ != "PRON" or p.lower_ not in ("das", "die") or p.i > v.i:
            continue
        objs = [
            k
            for k in v.children
            if sx.dep(k) == "obj"
            and p.i < k.i < v.i
            and k.pos_ in ("PROPN", "NOUN")
            and _actor_span(sent, k) is not None
        ]
        if len(objs) != 1:
            continue
        o = objs[0]
        if any(k.lower_ in ("den", "einen") for k in o.children if sx.dep(k) == "det"):
            continue  # "den Präsidenten" is accusative
        num_v, num_o = sx.morph(v, "Number"), sx.morph(o, "Number")
        if num_v and num_o and num_v != num_o:
            continue
        swaps[p.i], swaps[o.i] = "obj", "nsubj"
    if not swaps:
        return None
    deps = [swaps.get(t.i, t.dep_) for t in sent]
    return _relabelled(sent, [t.head.i - sent.start for t in sent], deps, [t.pos_ for t in sent])


# determiners that show a nominative, dative or genitive (or a masculine accusative): a noun
# phrase with one of them is no case-ambiguous phrase ("der Präsident", "den Rebellen", "dem
# Land", "des Kreml", "einen Angriff")
_CASE_DETS = {
    "der", "den", "dem", "des", "ein", "einen", "einem", "einer", "eines", "kein", "keinen",
    "keinem", "keiner", "dieser", "diesen", "diesem", "dieses", "jeder", "jeden", "jedem",
    "sein", "seinen", "seinem", "seiner", "ihr", "ihren", "ihrem", "ihrer", "unser", "unseren",
    "unserem", "welcher", "welchen", "welchem",
}  # fmt: skip
_PLURAL_DETS = {"mehrere", "einige", "viele", "beide", "alle", "zahlreiche", "etliche", "wenige"}


def _ambiguous_np(t: Token) -> bool:
    """A noun phrase whose form is nominative and accusative alike: a noun or name with no
    determiner that marks a case ("die Rebellen", "die Huthis", "UN-Mitarbeiter", "mehrere
    Soldaten", "die Ukraine"), no preposition of its own."""
    if t.pos_ not in ("NOUN", "PROPN") or sx.case_of(t) is not None:
        return False
    return not any(sx.dep(k) in ("det", "det:poss") and k.lower_ in _CASE_DETS for k in t.children)


_BOTH = frozenset({"Sing", "Plur"})


@lru_cache(maxsize=1)
def _country_numbers() -> dict[str, str]:
    """Grammatical number of country names: "die USA", "die Niederlande", "die Philippinen" are
    plural (gender "pl" in the country list), "die Ukraine", "der Iran", "Russland" singular.
    Other names of a plural country ("Amerika", "Holland") are left to the noun lexicon. Read
    by the actor knowledge base (`KnowledgeBase.country_numbers`, the cached resolver's)."""
    try:
        from lagebild.actors import load_resolver

        return load_resolver().kb.country_numbers
    except Exception:  # the actor stage may be absent: names tell nothing then
        return {}


def _numbers(analyses) -> frozenset[str]:
    return frozenset("Sing" if a[1] == "S" else "Plur" for a in analyses)


def _subject_numbers(t: Token) -> frozenset[str]:
    """The numbers with which the noun phrase headed by t can be a subject (a nominative), by
    the forms of its words: empty when it cannot be one ("den Iran", "dem Land", a phrase with
    a preposition), both when the forms do not tell. Plural when coordinated, counted (above
    one) or with a plural-only determiner; else what the article and the noun allow together,
    the noun by the noun lexicon of the NLP stage ("Rebellen" plural, "Regierung" singular,
    "Mitarbeiter" either) or, for a name, by the country list ("die USA" plural, "die Ukraine"
    singular). Unknown names tell nothing ("die Huthis")."""
    from lagebild.nlp import lexicon
    from lagebild.nlp import morph as nm

    if sx.case_of(t) is not None or t.pos_ not in ("NOUN", "PROPN"):
        return frozenset()
    if any(sx.dep(k) == "conj" for k in t.children):
        return frozenset({"Plur"})
    det = frozenset()
    for k in t.children:
        d = sx.dep(k)
        if d in ("det", "det:poss") and k.lower_ in _PLURAL_DETS:
            return frozenset({"Plur"})
        if d == "nummod" and k.like_num and k.lower_ not in ("1", "ein", "eine", "einer"):
            return frozenset({"Plur"})
        if d in ("det", "det:poss"):
            an, _, _ = nm.determiner(k.lower_)
            if an:
                det = nm.restrict_case(an, "N")
                if not det:
                    return frozenset()  # "den", "dem", "des", "einem": no nominative
    if t.pos_ == "NOUN":
        noun = nm.restrict_case(lexicon.noun_analyses(t.text)[1], "N")
    else:
        noun = nm.restrict_case(lexicon.nouns_codes(t.text), "N")
        if not noun and (num := _country_numbers().get(t.text)):
            noun = frozenset({"NSx" if num == "Sing" else "NPx"})
    if det and noun:
        both = nm.unify(det, noun)
        return _numbers(both) if both else _BOTH  # forms at odds: they tell nothing
    return _numbers(det or noun) or _BOTH


def _agrees(t: Token, num: str | None) -> bool:
    """Can phrase t be the subject of a finite verb of number num (None: unknown)?"""
    nums = _subject_numbers(t)
    return bool(nums) and (num is None or num in nums)


def repair_ambiguous_subject(sent: Span) -> tuple[Span, int] | None:
    """Subject and object swapped where the case does not show it. (1) The parser read the
    phrase before the finite verb of a main clause as the object and a phrase after it as the
    subject ("Die Rebellen haben im Norden mehrere Soldaten verschleppt" read with the soldiers
    as the doers), where neither shows its case: when the first phrase is an actor and can agree
    with the finite verb in number, German's default order holds and it is the subject. Not
    when a form says otherwise (a determiner that marks the case, a preposition), not in a
    passive or with a "von" agent, and not when the first phrase is no actor or a place (a
    thing that cannot act: "Die Stadt eroberten die Rebellen"). (2) Number agreement decides
    against the default order: the parser read the first phrase as the subject though it
    cannot agree with the finite verb (or be a nominative), and the object after the verb can
    ("Die Ukraine unterstützen die USA": plural verb, singular "die Ukraine", plural "die USA";
    "Den Iran kritisierte die Regierung"): the object is the subject, the first phrase the
    object."""
    toks = list(sent)
    if not toks:
        return None
    first = toks[0]
    for v, fin in _clause_verbs(toks):
        if sx.is_passive(v) or sx.agents(v):
            continue
        kids = list(v.children)
        if any(sx.dep(c) == "nsubj:pass" for c in kids):
            continue
        num = sx.finite_number(v)
        prefield = [c for c in kids if c.left_edge.i == first.i and c.right_edge.i + 1 == fin.i]
        pre = [c for c in prefield if sx.dep(c) == "obj"]
        subj = [c for c in kids if sx.dep(c) == "nsubj" and c.i > fin.i]
        if len(pre) == 1 and len(subj) == 1:
            p, s = pre[0], subj[0]
            if not _ambiguous_np(p) or not _ambiguous_np(s):
                continue
            actor = _actor_span(sent, p)
            if actor is None or getattr(actor._, "is_place", False):
                continue
            if not _agrees(p, num):
                continue
            return _swapped(sent, p, s)
        pre = [c for c in prefield if sx.dep(c) == "nsubj"]
        objs = [c for c in kids if sx.dep(c) == "obj" and c.i > fin.i]
        # the first phrase with the PPs of its own the parser hung on the verb ("Die Kritik
        # Washingtons an den Manövern rund um Taiwan wies Peking … zurück")
        front = [
            c
            for c in kids
            if sx.dep(c) == "nsubj" and c.left_edge.i == first.i and c.right_edge.i < fin.i
        ]
        if (
            len(front) == 1
            and len(objs) == 1
            and not subj
            and all(
                sx.dep(k) in ("obl", "advmod", "punct")
                for k in kids
                if front[0].right_edge.i < k.i < fin.i
            )
            and _fronted_stance_object(sent, v, front[0], objs[0], num)
        ):
            return _swapped(sent, objs[0], front[0])
        if num is None or len(pre) != 1 or len(objs) != 1 or len(subj) > 0:
            continue
        p, o = pre[0], objs[0]
        if p.pos_ not in ("NOUN", "PROPN") or _agrees(p, num) or not _agrees(o, num):
            continue
        return _swapped(sent, o, p)
    return None


# verbs of a stance on something said or done (rule `fronted-stance-object`), with their particle
STANCE_VERBS = {
    "zurückweisen", "ablehnen", "verurteilen", "kritisieren", "begrüßen", "loben", "bestreiten",
    "dementieren", "akzeptieren", "anprangern", "würdigen", "befürworten", "annehmen",
}  # fmt: skip
# nouns of what is said, demanded, offered or decided: the things a stance is taken on, which
# do not themselves reject, condemn or welcome (compounds match by their last part:
# "Gesprächsangebot", "Friedensplan")
STANCE_OBJECT_NOUNS = (
    "kritik", "vorwurf", "vorwürfe", "anschuldigung", "anschuldigungen", "beschuldigung",
    "beschuldigungen", "forderung", "forderungen", "angebot", "angebote", "vorschlag",
    "vorschläge", "ankündigung", "entscheidung", "drohung", "drohungen", "aufruf", "appell",
    "plan", "pläne", "einladung", "behauptung", "behauptungen", "darstellung", "ultimatum",
    "sanktionen", "initiative",
)  # fmt: skip


def _fronted_stance_object(sent: Span, v: Token, p: Token, o: Token, num: str | None) -> bool:
    """Rule `fronted-stance-object` (session 18, roles18): the thing a stance is taken on put
    before the finite verb, the one who takes it after ("Die Kritik Washingtons wies Peking als
    Einmischung zurück", "Das Angebot der USA lehnte Teheran ab", "Die Entscheidung Washingtons
    begrüßte die israelische Regierung"). The parser reads the first phrase as the subject, but
    a claim, demand, offer or decision (`STANCE_OBJECT_NOUNS`) does not reject, condemn or
    welcome (`STANCE_VERBS`): when neither phrase shows its case, the first is no actor itself
    (its owner may be, in its genitive), and the phrase after the verb is an actor that can
    agree with the verb, that actor is the subject and the first phrase the object."""
    lemma = (v.lemma_ or v.text).lower()
    prts = [k for k in v.children if sx.dep(k) in ("compound:prt", "prt", "svp")]
    if prts and not lemma.startswith(prts[0].lower_):  # the lemma may hold it already
        lemma = prts[0].lower_ + lemma
    if lemma not in STANCE_VERBS or p.pos_ != "NOUN":
        return False
    word = (p.lemma_ or p.text).lower()
    if not any(word.endswith(n) for n in STANCE_OBJECT_NOUNS) and not any(
        p.lower_.endswith(n) for n in STANCE_OBJECT_NOUNS
    ):
        return False
    if not _ambiguous_np(p) or not _ambiguous_np(o):
        return False
    if _actor_span(sent, p) is not None and _actor_span(sent, p).root.i == p.i:
        return False  # the first phrase is an actor itself
    actor = _actor_span(sent, o)
    if actor is None or getattr(actor._, "is_place", False):
        return False
    return _agrees(o, num)


def _swapped(sent: Span, subj: Token, obj: Token) -> tuple[Span, int]:
    """The sentence with subj as the subject and obj as the object of their verb."""
    s0 = sent.start
    heads = [t.head.i - s0 for t in sent]
    deps = ["nsubj" if t.i == subj.i else "obj" if t.i == obj.i else t.dep_ for t in sent]
    return _relabelled(sent, heads, deps, [t.pos_ for t in sent])


# forms of the relative pronoun that are also articles ("gegen das", "bei dem", "für die")
_RELATIVE_ARTICLES = ("der", "die", "das", "dem", "den")


def repair_fused_relative(sent: Span) -> tuple[Span, int] | None:
    """A relative pronoun after a preposition read as the article of the subject that follows
    it ("ein Abkommen, gegen das Bauern in Frankreich seit Wochen protestieren", "das Treffen,
    bei dem französische Fischer vor dem Gebäude protestierten": "das Bauern", "dem
    französische Fischer" made one phrase in the PP, the clause left without a subject). A
    clause that opens after a comma with a preposition and ends in its verb has a relative
    pronoun or a conjunction; with neither, the article word is the pronoun. So when that
    clause's verb has no subject, is no zu-infinitive and no passive, the article becomes the
    pronoun (the PP's head) and its noun the subject of the verb. Not for a participle with no
    auxiliary: "…, von der Polizei umstellt, …" is a phrase of its own, with no subject."""
    toks = list(sent)
    s0 = sent.start
    for n in toks:
        if n.pos_ not in ("NOUN", "PROPN") or sx.base_dep(n) not in ("obl", "nmod"):
            continue
        left = n.left_edge.i
        if left - 1 < s0 + 1 or n.doc[left - 1].text != ",":
            continue
        p, d = n.doc[left], n.doc[left + 1] if left + 1 < n.i else None
        if d is None or sx.dep(p) != "case" or p.head.i != n.i or p.pos_ != "ADP":
            continue
        if sx.dep(d) != "det" or d.head.i != n.i or d.lower_ not in _RELATIVE_ARTICLES:
            continue
        if any(n.doc[j].pos_ not in ("ADJ", "NUM") for j in range(d.i + 1, n.i)):
            continue  # only adjectives or a count between the article word and the noun
        v = n.head
        if v.pos_ != "VERB" or sx.is_passive(v) or sx.is_zu_infinitive(v) or sx.zu_form(v):
            continue
        if any(sx.dep(k) in ("nsubj", "nsubj:pass", "expl", "mark") for k in v.children):
            continue
        if sx.morph(v, "VerbForm") == "Part" and not any(
            sx.dep(k).startswith("aux") for k in v.children
        ):
            continue  # a participle phrase ("…, von der Polizei umstellt, …") has no subject
        # the verb ends its clause: only its auxiliaries and modals follow it
        end = v.i + 1
        while end < sent.end and n.doc[end].pos_ in ("AUX", "VERB") and n.doc[end].head.i == v.i:
            end += 1
        if end < sent.end and not n.doc[end].is_punct:
            continue
        heads = [t.head.i - s0 for t in sent]
        deps = [t.dep_ for t in sent]
        pos = [t.pos_ for t in sent]
        heads[d.i - s0], deps[d.i - s0], pos[d.i - s0] = v.i - s0, "obl", "PRON"
        heads[p.i - s0] = d.i - s0
        deps[n.i - s0] = "nsubj"
        fixed, off = _relabelled(sent, heads, deps, pos)
        doc, i = fixed.doc, d.i - s0
        spans = []  # the pronoun is no word of the subject's actor span ("das Bauern")
        for sp in doc.spans["actors"]:
            if sp.start == i and sp.end > i + 1:
                new = Span(doc, i + 1, sp.end, label=sp.label_)
                for ext in ("actor", "is_place", "actors", "unplaced"):
                    if Span.has_extension(ext):
                        setattr(new._, ext, getattr(sp._, ext))
                sp = new
            spans.append(sp)
        doc.spans["actors"] = spans
        return fixed, off
    return None


# the ending a prenominal word takes after each article (weak after "der"/"den", mixed after
# "ein"): "die *unterstützten* Rebellen", "einen *verurteilten* Bürger", "ein *gekapertes* Schiff"
_ARTICLE_ENDINGS = {
    "der": ("e", "en"), "die": ("e", "en"), "das": ("e",), "den": ("en",), "dem": ("en",),
    "des": ("en",), "ein": ("er", "es"), "kein": ("er", "es"), "eine": ("e",), "keine": ("e", "en"),
    "einen": ("en",), "einem": ("en",), "einer": ("en",), "eines": ("en",), "keinen": ("en",),
    "keinem": ("en",), "keiner": ("en",), "keines": ("en",), "diese": ("e", "en"),
    "dieser": ("e", "en"), "diesen": ("en",), "diesem": ("en",), "dieses": ("e", "en"),
    "alle": ("en",), "mehrere": ("e",), "zahlreiche": ("e",), "einige": ("e",),
}  # fmt: skip
_INFLECTED = ("e", "en", "er", "es", "em")


def _participle_shape(w: str) -> str | None:
    """The inflection ending of an inflected past participle ("unterstützten" -> "en",
    "festgenommene" -> "e"), or None when w does not look like one."""
    for end in sorted(_INFLECTED, key=len, reverse=True):
        stem = w[: -len(end)]
        if w.endswith(end) and len(stem) >= 4 and stem.endswith(("t", "en")):
            return end
    return None


def _np_opener(toks: list[Token], k: int) -> int | None:
    """Position (in toks) of the article, preposition or number that opens the noun phrase in
    which toks[k] stands before the noun, with only prepositional phrases and adverbs between
    ("die [vom Iran] unterstützten", "eines [seit zwei Jahren] [in Belarus] inhaftierten",
    "den [zu fünf Jahren Haft] verurteilten"): None when a noun outside a prepositional
    phrase comes first ("Die USA verhängten …", "Im Norden töteten …")."""
    in_pp = False  # inside a prepositional phrase read from its end
    j = k - 1
    while j >= 0:
        x = toks[j]
        if x.pos_ == "ADV" or (x.pos_ == "ADJ" and not in_pp):
            j -= 1
            continue
        if x.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") or (
            in_pp and x.pos_ in ("DET", "PRON") and x.lower_ in _ARTICLE_ENDINGS
        ):
            if x.pos_ == "NUM" and not in_pp and j == k - 1:
                # "28 verurteilte Straftäter" (not a year: "im Jahr 2022 verhängten …")
                return None if x.text.isdigit() and len(x.text) == 4 else j
            in_pp = True
            j -= 1
            continue
        if x.pos_ == "ADP":
            if in_pp:
                in_pp = False
                j -= 1
                continue
            return j if j < k - 1 else None  # "gegen von Russland unterstützte Separatisten"
        if x.pos_ in ("DET", "PRON") and x.lower_ in _ARTICLE_ENDINGS and not in_pp:
            # (an article right before the word is left to the parser: "Das bestätigte
            # Außenminister …" is a pronoun and a verb)
            return j if j < k - 1 else None
        return None
    return None


def repair_attributive_participle(sent: Span) -> tuple[Span, int] | None:
    """An inflected participle between an article (preposition, number) and its noun read as a
    verb ("Die vom Iran unterstützten Huthi-Rebellen haben … festgenommen": "unterstützten" an
    auxiliary, "Die" the subject, the rebels a dative object; "die Freilassung eines seit zwei
    Jahren in Belarus inhaftierten Staatsbürgers": "inhaftierten" a second main verb). A word in
    -t/-en plus an adjective ending that agrees with the article, with only prepositional
    phrases and adverbs between the article and it and the noun (after adjectives) right after
    it, is the noun's attribute: the phrases before it hang on it, the article on the noun, and
    the noun takes the phrase's place in the clause (the relation the parser gave the noun, or
    the subject or genitive relation it gave the article); what hung on the participle hangs on
    its head.
    Its event, if any, is the noun phrase's (the participle candidates, multi.py). Not when the
    participle was read as the sentence's root (no other verb to keep the clause)."""
    toks = list(sent)
    s0 = sent.start
    for k, t in enumerate(toks):
        if t.pos_ not in ("VERB", "AUX") or not t.is_lower or k == 0:
            continue
        if sx.dep(t) in ("root", "amod") or t.head.i == t.i:
            continue
        end = _participle_shape(t.lower_)
        if end is None:
            continue
        n = k + 1
        while n < len(toks) and toks[n].pos_ == "ADJ":
            n += 1
        if n >= len(toks) or toks[n].pos_ not in ("NOUN", "PROPN"):
            continue
        o = _np_opener(toks, k)
        if o is None:
            continue
        op, noun = toks[o], toks[n]
        if op.lower_ in _ARTICLE_ENDINGS and end not in _ARTICLE_ENDINGS[op.lower_]:
            continue
        span = range(op.i, noun.i + 1)
        heads = {x.i: x.head.i for x in toks}
        deps = {x.i: x.dep_ for x in toks}
        pos = {x.i: x.pos_ for x in toks}
        # the noun's place in the clause: the article's when the parser made it the subject or
        # a genitive of the noun before it ("die Freilassung eines … inhaftierten Bürgers"),
        # else the noun's own
        if sx.dep(op) in ("nsubj", "nsubj:pass", "nmod") and op.head.i not in span:
            place = (op.head.i, op.dep_)
        elif noun.head.i not in span:
            place = (noun.head.i, noun.dep_)
        elif op.head.i not in span and sx.dep(op) not in ("det", "case", "nummod", "det:poss"):
            place = (op.head.i, op.dep_)
        else:
            place = (t.head.i, "obl" if op.pos_ == "ADP" else t.dep_)
        if place[0] == t.i or t.head.i in span:
            continue
        heads[noun.i], deps[noun.i] = place
        heads[t.i], deps[t.i], pos[t.i] = noun.i, "amod", "ADJ"
        heads[op.i] = noun.i
        if op.pos_ == "ADP":
            deps[op.i] = "case"
        elif op.pos_ == "NUM":
            deps[op.i] = "nummod"
        else:
            deps[op.i] = "det:poss" if sx.dep(op) == "det:poss" else "det"
            pos[op.i] = "DET"
        last_noun = None
        for x in toks[o + 1 : k]:  # the phrases before the participle hang on it
            top = x.head.i not in span or x.head.i == op.i  # (not inside its own phrase)
            if top and x.pos_ in ("NOUN", "PROPN") and sx.case_of(x) is None and last_noun:
                heads[x.i], deps[x.i] = last_noun.i, "nmod"  # "zu fünf Jahren Haft"
            elif top:
                heads[x.i] = t.i
                deps[x.i] = (
                    "obl"
                    if sx.case_of(x) is not None
                    else "advmod"
                    if x.pos_ in ("ADV", "ADJ")
                    else "dep"
                )
            if x.pos_ in ("NOUN", "PROPN"):
                last_noun = x
        for x in toks[k + 1 : n]:
            heads[x.i], deps[x.i] = noun.i, "amod"
        for x in toks:  # what hung on the participle outside the phrase hangs on its head
            if x.head.i == t.i and x.i not in span and x.i != t.i:
                heads[x.i] = t.head.i
        if not _is_tree(heads):
            continue
        return _relabelled(
            sent,
            [heads[x.i] - s0 for x in toks],
            [deps[x.i] for x in toks],
            [pos[x.i] for x in toks],
        )
    return None


def _is_tree(heads: dict[int, int]) -> bool:
    """Does every word reach a root (a word that is its own head) without a cycle?"""
    for start in heads:
        seen, x = set(), start
        while heads[x] != x:
            if x in seen or heads[x] not in heads:
                return False
            seen.add(x)
            x = heads[x]
    return True
