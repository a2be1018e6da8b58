"""Noun roles of the event coder: the actors in a noun phrase (its conjuncts, genitives,
possessives, adjectives, compound prefixes, appositions and PPs, one or two levels deep), the
places that are no doer, and the source and target of an event noun: a support verb's subject,
its genitive, possessive or PPs, the one thanked or blamed for it, the event as an instrument,
meetings and talks one travels to, "ihr" of coordinated subjects (rules `plural-owner`,
`mit-partner`, `rejecter`, `talks-trip`) (docs/coding.md, "Role resolution").

`NounRoles` is a mixin of `EventCoder`."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from lagebild.actors.resolver import ARRIVAL_VERBS
from lagebild.actors.sides import quantified_by_both
from lagebild.coding import syntax as sx
from lagebild.coding.lexicon import fold
from lagebild.coding.multi import participle_lemmas, reaction_verb
from lagebild.coding.replies import CLAIM_TYPES
from lagebild.coding.verb_roles import sx_preps

if TYPE_CHECKING:  # pragma: no cover
    from lagebild.coding.lexicon import Entry
    from lagebild.coding.mentions import Actors, Cand, Hit

# nouns of a step that makes a measure harsher or longer: "mit der Verschärfung des Embargos"
# is done by who imposes the embargo (rule instrument)
MEASURE_STEP_HEADS = frozenset({"verschärfung", "ausweitung", "verlängerung", "verhängung"})


def _dative_genitive(n: Token) -> list[Token]:
    """A feminine genitive right after a noun that the parser read as a dative object of the
    verb ("unter Vermittlung der Türkei haben …": "der Türkei" as iobj): "der" + a feminine
    singular noun or name without a preposition, standing right after n's phrase."""
    i = n.i + 1  # right after the noun itself ("im Westen der Ukraine" is the west's)
    if n.right_edge.i != n.i or i >= len(n.doc) or n.doc[i].lower_ != "der":
        return []
    if n.doc[i].pos_ != "DET":
        return []
    h = n.doc[i].head
    if h.i == n.i or h.pos_ not in ("NOUN", "PROPN") or h.left_edge.i != i:
        return []
    if sx.case_of(h) is not None or sx.dep(h) not in ("iobj", "obl", "nmod", "obj"):
        return []
    if sx.morph(h, "Gender") not in ("Fem", None) or sx.morph(h, "Number") == "Plur":
        return []
    return [h]


class NounRoles:
    """Actors in noun phrases, and source and target of an event noun."""

    # ------------------------------------------------------------------ actor hits
    def _hits(self, toks: list[Token], actors: Actors, deep: int) -> tuple[list[Hit], str]:
        """Actors in the NPs headed by toks (and their conjuncts). deep=1 looks into genitives,
        adjectives and compound prefixes of a non-actor head; deep=2 also into its PPs."""
        hits: list[Hit] = []
        how = ""
        for t in toks:
            for x in sx.conjuncts(t):
                extra: list[Hit] = []
                h = actors.at(x)
                if h is not None and "-" in x.text and h.text == x.text:
                    # "den Nato-Beitritt Schwedens": the owner named after a prefixed noun
                    # is the one it is about, not the prefix
                    for g in sx.postnominal_genitives(x) + [
                        c for c in x.children if sx.dep(c) == "appos"
                    ]:
                        if (o := actors.at(g)) is not None and not o.is_place:
                            h = o
                            break
                if h is not None:  # "den Botschafter Moskaus": the owner's country
                    h = self._owner_country(x, h, actors)
                if h is None and (origins := self._colleague_origins(x, actors)):
                    h, extra = origins[0], origins[1:]  # "seine Kollegen aus X und Y" (multi.py)
                if h is None and deep:
                    h = self._nested(x, actors, deep)
                    if h is not None:  # "Anhänger Putins": Russians, not the government
                        h = self._supporters_of(x, h)  # (roles.py)
                if h is None and (both := self._both_members(x, actors)):  # "beide Länder"
                    h, extra = both[0], both[1:]  # (roles.py)
                if h is not None and not extra:  # "Vertreter der Regierung und der M23"
                    extra = self._owner_conjuncts(x, h, hits, actors)  # (roles.py)
                if h is not None and not extra:  # "Delegationen aus Moskau und Kiew"
                    extra = self._span_conjuncts(x, h, hits, actors)  # (roles.py)
                if h is not None:  # "Stellungen kurdischer Milizen im Norden Syriens"
                    h = self._placed_group(h, actors)  # (roles.py)
                if h is not None and all(h.token != o.token for o in hits):
                    hits.append(h)
                    how = how or h.how
                    for a in self._adjective_conjuncts(x, h, actors):  # "russische und …"
                        if all(a.country != o.country for o in hits):
                            hits.append(a)
                hits += [e for e in extra if all(e.token != o.token for o in hits)]
                if h is not None and h.how == "span":  # "beide Seiten": all the actors named
                    hits += [m for m in actors.members(x) if all(m.code != o.code for o in hits)]
        return hits, how

    # nouns of a territorial unit whose name follows in apposition ("der Oblast Donezk")
    UNIT_NOUNS = frozenset(
        "oblast region provinz gebiet bezirk distrikt gouvernement bundesstaat bundesland "
        "kanton landkreis kreis departement stadt hafenstadt gemeinde ortschaft dorf insel".split()
    )

    def _placed_recipient(self, x: Token) -> bool:
        """Is x a noun of people or of a territorial unit, which a place PP after it locates
        ("den Flutopfern in Pakistan", "dem Erdbebengebiet in Myanmar"), not an event noun the
        parser misread as a dative ("bei dessen Besuch in Doha")?"""
        lm = fold(x.lemma_ or x.text)
        return (
            any(lm.endswith(u) for u in self.UNIT_NOUNS)
            or lm.endswith("opfer")
            or self.lex.matches_any(lm, ("@person", "@public"))
        )

    def _flag_state(self, x: Token, actors: Actors) -> Hit | None:
        """A ship named with its flag ("einen Öltanker unter der Flagge der Marshallinseln",
        "einen Frachter unter liberianischer Flagge") is the flag state's. The parser hangs the
        PP on the noun or on its verb; on the verb it must follow the noun directly."""
        cands = list(x.children)
        if x.head is not x:
            cands += [c for c in x.head.children if 0 < c.i - x.right_edge.i <= 3]
        for f in cands:
            if fold(f.lemma_ or f.text) != "flagge" or not any(
                sx.dep(k) == "case" and k.lower_ == "unter" for k in f.children
            ):
                continue
            for k in f.children:
                if sx.dep(k) == "amod":
                    h = actors.adjective(k)
                elif sx.dep(k) in ("nmod", "appos", "flat", "flat:name"):
                    h = actors.at(k) or actors.place(k)
                else:
                    continue
                if h is not None and h.code and not h.code.startswith("/"):
                    return replace(h, how="nested:flag", is_place=False)
        return None

    def _nested(self, x: Token, actors: Actors, deep: int) -> Hit | None:
        if (flag := self._flag_state(x, actors)) is not None:
            return flag
        if deep > 1:  # "die Hinrichtung des Demonstranten durch den Iran": the agent comes first
            chained = [p for g in sx.preps(x, "von") for p in sx.preps(g, "durch")]
            for c in sx.preps(x, "durch") + chained:  # "die Bombardierung von Gaza durch Israel"
                h = actors.at(c) or self._nested(c, actors, 1)
                if h:
                    h.how = "nested:durch"
                    return h
        # genitive / possessive / appositions
        for c in (
            sx.possessives(x)
            + sx.postnominal_genitives(x)
            + [c for c in x.children if sx.dep(c) in ("appos", "flat", "flat:name")]
        ):
            h = (
                actors.at(c)
                or (self._nested(c, actors, 1) if deep > 1 else None)
                or (actors.place(c) if sx.dep(c) != "flat" or x.pos_ != "PROPN" else None)
            )
            if (
                h is None
                and c.pos_ == "NOUN"
                and sx.dep(c) not in ("appos", "flat", "flat:name")
                and fold(c.lemma_ or c.text) in self.UNIT_NOUNS
            ):
                # a place named in apposition to the genitive ("Gemeinden der Oblast Donezk",
                # "Dörfer der Provinz Idlib")
                h = next(
                    (
                        p
                        for k in c.children
                        if sx.dep(k) in ("appos", "flat", "flat:name") and k.pos_ == "PROPN"
                        for p in [actors.place(k)]
                        if p is not None
                    ),
                    None,
                )
            if h:
                h.how = "nested:gen" if h.how != "place" else "nested:place"
                return h
        for c in x.children:
            if sx.dep(c) == "amod":
                h = actors.adjective(c)
                if h:
                    h.how = "nested:amod"
                    return h
        h = actors.prefix(x)
        if h:
            return h
        h = actors.place(x)  # a place the actor spans left out
        if h:
            return h
        if deep > 1:
            for p in ("von", "an", "gegen", "für", "auf", "zu", "mit", "in", "aus", "durch"):
                pps = sx.preps(x, p)
                if p == "in" and sx.dep(x) == "iobj" and self._placed_recipient(x):
                    # the place of a recipient that the parser hung on the verb right after it
                    # ("stellte den betroffenen Regionen in Slowenien Hilfe zur Verfügung")
                    pps = pps + sx.preps_after(x, ("in",))
                for c in pps:
                    h = actors.at(c) or self._nested(c, actors, 1)
                    if h:
                        h.how = f"nested:{p}"
                        return h
        return None

    def _reaction_target(self, c: Cand, n: Token, actors: Actors) -> None:
        """Rules `reaction-cause` and `reaction-answer` for a reaction verb's phrases, when the
        noun names no target of its own. What the clause answers ("Kanada reagierte auf die
        Strafzölle der USA …") was done to the one who reacts, the verb's subject; the answer
        ("… mit Gegenzöllen", "Die EU antwortete auf die Angriffe Russlands mit Sanktionen") is
        aimed at the doer of what it answers, the owner of the "auf" noun (its genitive,
        adjective, prefix or possessive). Each only for a party of another country."""
        v = reaction_verb(n)
        if v is None:
            return
        own = {h.country for h in c.sources if h.country}
        if sx.case_of(n) == "auf":
            hits, _ = self._hits(self._subject(v)[0], actors, 1)
            rule = "reaction-cause"
        else:
            hits = []
            for cause in sx.preps(v, "auf"):
                for role in ("gen", "prefix", "amod", "poss"):
                    hits, _ = self._noun_role_hits(cause, role, actors, False)
                    if hits:
                        break
                if hits:
                    break
            rule = "reaction-answer"
        hits = [h for h in hits if h.country and h.country not in own]
        if own and hits:
            c.targets, c.tgt_rule = [replace(h, how=rule) for h in hits[:1]], rule

    def _noun_role_hits(
        self, n: Token, role: str, actors: Actors, is_target: bool
    ) -> tuple[list[Hit], str]:
        if role == "gen":
            return self._hits(sx.postnominal_genitives(n) or _dative_genitive(n), actors, 1)
        if role == "poss":
            toks = sx.possessives(n) + [
                c for c in n.children if sx.dep(c) == "det" and sx.morph(c, "Poss") == "Yes"
            ]
            hits, how = self._hits(toks, actors, 1)
            if not hits and toks:  # "seine Militäroffensive", "ihre Angriffe"
                hits = self._possessive_antecedent(toks[0], n, actors)  # (roles.py)
                how = hits[0].how if hits else how
            return hits, how
        if role == "prefix":
            h = actors.prefix(n)
            return ([h], "prefix") if h else ([], "")
        if role == "amod":
            for c in n.children:
                if sx.dep(c) == "amod":
                    h = actors.adjective(c)
                    if h:
                        # rule `amod-conjuncts`: "die amerikanischen und britischen
                        # Luftangriffe" names two doers, one adjective each
                        more = [actors.adjective(k) for k in c.children if sx.dep(k) == "conj"]
                        return [h] + [m for m in more if m and m.country != h.country], "amod"
            return [], ""
        if role == "copsubj":
            subj = [c for c in n.children if sx.dep(c) in ("nsubj",)]
            if not subj and n.head.i != n.i and self.verb_lemma(n.head) in self.copula:
                subj = sx.subjects(n.head)
            return self._hits(subj, actors, 1)
        if role == "iobj":
            return [], ""
        if role in ("subj", "obj", "support"):
            return [], ""
        if role == "host":  # "auf Drängen der USA stimmte Israel zu": the clause's subject
            g = n.head
            if sx.base_dep(n) != "obl" or g.i == n.i or g.pos_ not in ("VERB", "AUX"):
                return [], ""
            hits, how = self._hits(self._subject(g)[0], actors, 1)
            return hits, f"host:{how}" if hits else how
        toks = sx.np_preps(n, role)
        if role == "von":
            toks = [t for t in toks if not self._other_act_agent(t, n)]
        if not toks:  # a PP the parser hung on the genitive: "die Kritik der EU an Ungarn", or
            # on a "von" phrase: "die Bombardierung von Gaza durch Israel"
            toks = [
                p
                for g in sx.postnominal_genitives(n)
                + (sx.np_preps(n, "von") if role != "von" else [])
                for p in sx.np_preps(g, role)
            ]
        hits, how = self._hits(toks, actors, 2 if is_target else 1)
        if not hits and role == "zwischen":
            hits, how = self._genitive_between(n, actors, how)
        if (
            not hits
            and sx.dep(n) in ("obj", "nsubj", "nsubj:pass", "obl", "dobj")
            and n.head.i != n.i
        ):
            g = n.head  # the PP may hang off the verb: "kritisierte die Lieferungen ... an Taiwan"
            # a PP right after the noun belongs to it even when the verb could take it too
            # ("erklärte sich nach Gesprächen mit einer US-Delegation bereit")
            # (also chained: "die Zurückweisung von Asylsuchenden durch die Bundespolizei")
            chain, edge = [], n.right_edge.i
            for t in sorted(g.children, key=lambda k: k.i):
                if t.i > edge and sx.base_dep(t) == "obl" and t.left_edge.i == edge + 1:
                    chain.append(t)
                    edge = t.right_edge.i
            adjacent = [t for t in chain if sx.case_of(t) == role]
            if role == "auf" and self.verb_lemma(g) in self.reaction_verbs:
                # "reagierte mit Luftangriffen auf den Anschlag": what it answers; but with the
                # answered act named before ("reagierte auf den Anschlag mit Luftangriffen auf
                # Stellungen der PKK") or the noun itself the answered act ("auf die Angriffe
                # Russlands auf die Ukraine"), an "auf" right after the noun is the noun's own
                if sx.case_of(n) == "auf" or any(t.i < n.i for t in sx.preps(g, "auf")):
                    toks = [t for t in chain[:1] if sx.case_of(t) == role]
                    hits, how = self._hits(toks, actors, 1)
                    how = f"verb-pp:{role}" if hits else how
            elif g.pos_ in ("VERB", "AUX") and (
                role == "zwischen" or role not in self._verb_roles(g) or adjacent
            ):
                # "Zwischen Indien und Pakistan kam es zu Gefechten": the parties come first
                toks = [t for t in sx.preps(g, role) if t.i > n.i or role == "zwischen"]
                if role != "zwischen" and role in self._verb_roles(g):
                    toks = adjacent
                # not a PP that continues another noun of the clause ("bot seine Vermittlung
                # zwischen X und Y an" is not the "Gespräche" of a PP before it)
                taken = {
                    x.i
                    for o in g.children
                    if o.i != n.i and o.pos_ in ("NOUN", "PROPN")
                    for x in sx.np_continuation(o)
                } - {x.i for x in sx.np_continuation(n)}
                toks = [t for t in toks if t.i not in taken]
                if role == "von":  # "eine Offensive gegen die Islamisten von Boko Haram": a
                    # "von" after another PP of the chain is that PP's noun's genitive
                    toks = [t for t in toks if t not in chain[1:]]
                hits, how = self._hits(toks, actors, 1)
                how = f"verb-pp:{role}" if hits else how
            elif g.pos_ in ("VERB", "AUX") and (
                (role == "durch" and any(sx.dep(k) == "nsubj" for k in g.children))
                or sx.case_of(n) is not None
            ):
                # rule `np-continuation`: a PP right after the noun's phrase continues it, also
                # when the verb could take it: in an active clause "durch" names the agent of
                # the object's event ("verurteilte die Beschlagnahme … durch die Küstenwache"),
                # and a noun in a PP keeps the PP after it ("nach Gesprächen mit X")
                toks = [t for t in sx.np_continuation(n) if sx.case_of(t) == role]
                hits, how = self._hits(toks, actors, 1)
                how = "np-continuation" if hits else how
            if role == "durch" and g.pos_ in ("VERB", "AUX"):
                # the doer of the event named right after it, no route ("die Deportation
                # ukrainischer Kinder durch Russland")
                cont = {t.i for t in sx.np_continuation(n)}
                hits = [
                    replace(h, is_place=False)
                    if any(
                        t.i in cont and t.left_edge.i <= h.token <= t.right_edge.i
                        for t in g.children
                    )
                    else h
                    for h in hits
                ]
        return hits, how

    def _genitive_between(self, n: Token, actors: Actors, how: str) -> tuple[list, str]:
        """Rule `genitive-between` (session 18): a "zwischen" phrase right after an event noun
        in the genitive of an argument of the main clause's verb names its parties even where
        the parser hung it on the verb ("begrüßte die Unterzeichnung des Friedensabkommens zwischen Kongo und
        Ruanda")."""
        a = n.head
        if (
            sx.dep(n) != "nmod"
            or a.i == n.i
            or a.pos_ != "NOUN"
            or sx.dep(a) not in ("obj", "nsubj", "nsubj:pass", "obl", "dobj")
            or a.head.pos_ not in ("VERB", "AUX")
            # the main clause's verb: an embedded one may make the act only offered or planned
            # ("bot an, eine Runde direkter Gespräche zwischen … auszurichten")
            or a.head.head.i != a.head.i
        ):
            return [], how
        nxt = n.right_edge.i + 1
        toks = [t for t in sx.preps(a.head, "zwischen") if t.left_edge.i == nxt]
        hits, found = self._hits(toks, actors, 1)
        return (hits, "genitive-between") if hits else ([], how)

    def _other_act_agent(self, t: Token, n: Token) -> bool:
        """Rule `supporter-no-doer`: a "von" phrase under an attributive participle of the
        event noun is that participle's agent. It is the noun's doer when the participle
        carries the act out ("die von der EU verhängten Sanktionen", "die von den USA
        geflogenen Luftangriffe"), not when it is an act of its own: who supports, approves or
        criticises the act ("die von der Bundeswehr unterstützten Luftangriffe", "die von
        Russland kritisierten Angriffe") is no party to it."""
        a = t.head
        if a.i == n.i or a.head.i != n.i or sx.dep(a) != "amod" or a.i > n.i:
            return False
        lemmas = {self.verb_lemma(a), fold(a.lemma_ or "")} | set(participle_lemmas(a.text))
        if lemmas & (self._light_verbs | self.support_verbs):
            return False
        return bool(lemmas & self.lex.by_verb.keys())

    def _bare_means(self, t: Token, actors: Actors) -> bool:
        """A force or weapon noun that names no owner of its own ("mit Kriegsschiffen", not
        "mit russischen Kriegsschiffen"): the means of an action, no partner."""
        if t.pos_ == "PROPN" or not any(
            self.lex.in_class(t.lemma_ or t.text, k) for k in ("@force", "@weapon")
        ):
            return False
        if sx.postnominal_genitives(t) or sx.possessives(t) or actors.prefix(t):
            return False
        return not any(sx.dep(k) == "amod" and actors.adjective(k) for k in t.children)

    SPEECH_TYPES = ("ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT")

    def _no_places(self, hits: list[Hit], e: Entry, actors: Actors) -> list[Hit]:
        """Sources without the places: "der Anschlag von Ankara" names where, not who. A
        capital after "von" on a speech act is the government speaking ("die Forderung von
        Washington", "die Kritik von Moskau")."""
        out = []
        for h in hits:
            if not h.is_place:
                out.append(h)
                continue
            if e.type in self.SPEECH_TYPES:
                ref = actors.resolve_text(h.text)
                if ref is not None and ref.code.endswith("/GOV") and ref.code[:1] != "/":
                    h.code, h.is_place, h.how = ref.code, False, h.how + "+metonym"
                    out.append(h)
        return out

    # ------------------------------------------------------------------ event nouns
    def _support_verb(self, n: Token) -> Token | None:
        g = n.head
        if g.i == n.i or g.pos_ not in ("VERB", "AUX"):
            return None
        d = sx.dep(n)
        if d == "nsubj" and not (sx.dep(g) == "conj" and len(sx.subjects(g)) == 1):
            return None  # a mislabelled object of a conjunct that shares its subject
        gl = self.verb_lemma(g)
        if d == "obl" and sx.case_of(n) == "auf" and gl in self.decision_verbs:
            # "Die EU-Staaten verständigten sich auf neue Sanktionen": one body agreeing on a
            # measure adopts it (two parties agreeing: the AGREE event is theirs)
            return g if self._one_party(g) else None
        if d == "obl" and sx.case_of(n) == "zu" and self.ready(g):
            # rule readiness: "erklärte sich zu Gesprächen mit den USA bereit", "sei zu einer
            # Waffenruhe bereit": the act offered is the subject's (hypothetical: modality)
            return g
        if d not in ("obj", "nsubj:pass", "iobj", "dobj", "nsubj"):
            return None  # a noun in a PP of the verb is not what the verb does
        return g if gl in self.support_verbs or gl in self.commissive else None

    def _one_party(self, g: Token) -> bool:
        """Is a decision or agreement verb the act of one side: no "mit" partner, one subject
        without a conjunct, not "beide Seiten"/"einander"?"""
        if sx.preps(g, "mit") or any(k.lower_ in ("einander", "miteinander") for k in g.children):
            return False
        subj = self._subject(g)[0]
        if len(subj) != 1 or len(sx.conjuncts(subj[0])) > 1:
            return False
        return not quantified_by_both(subj[0])

    def _roles_noun(self, c: Cand, actors: Actors) -> Cand:
        n, e = c.anchor, c.entry
        sup = self._support_verb(n)
        for role in e.source:
            if role == "support":
                if sup is not None:
                    toks, rule = self._subject(sup, exclude=n)
                    hits, how = self._hits(toks, actors, 1)
                    if rule == "control:object":  # the one told to act ("an Aserbaidschan")
                        hits = [replace(h, is_place=False) for h in hits]
                    hits = self._no_places(hits, e, actors)
                    if hits:
                        c.sources, c.src_rule = hits, f"support:{self.verb_lemma(sup)}/{rule}"
                        c.notes.append(f"support verb {self.verb_lemma(sup)}")
                        break
                continue
            if role == "zwischen":
                hits, _ = self._noun_role_hits(n, "zwischen", actors, False)
                if len(hits) >= 2:
                    c.sources, c.targets = hits[:1], hits[1:]
                    c.src_rule = c.tgt_rule = "zwischen"
                    c.symmetric = True
                    return c
                continue
            hits, how = self._noun_role_hits(n, role, actors, False)
            hits = self._no_places(hits, e, actors)
            if hits:
                c.sources, c.src_rule = hits, f"noun:{role}"
                break
        if not c.sources and e.type == "CONCEDE":
            self._measure_owner(c, actors)
        if not c.sources and "gen" in e.source and "von" not in e.source + e.target:
            # rule `von-genitive`: "von" stands for the genitive before names and titles ("unter
            # Vermittlung von US-Präsident Trump", "der Besuch von Kanzler Scholz")
            hits, _ = self._noun_role_hits(n, "von", actors, False)
            hits = [h for h in self._no_places(hits, e, actors) if h.how == "span"]
            if hits:
                c.sources, c.src_rule = hits, "noun:von-genitive"
        if not c.sources and e.type in CLAIM_TYPES:
            # rule `noun:aus`: "die Kritik aus Washington", "Forderungen aus Berlin", "Warnungen
            # aus Seoul und Tokio": a claim "from" a state was that state's
            hits, _ = self._noun_role_hits(n, "aus", actors, False)
            hits = [h for h in hits if h.country and h.sector in ("-", "GOV")]
            if hits:
                c.sources, c.src_rule = hits, "noun:aus"
        if not c.sources and sx.case_of(n) in ("für", "wegen") and n.head.pos_ in ("VERB", "AUX"):
            # "dankte Deutschland für die Lieferung ...", "kritisierte X wegen der Angriffe":
            # the one thanked or blamed did it
            g = n.head
            hits, _ = self._hits(sx.objects(g) or sx.indirect_objects(g), actors, 1)
            if hits:
                c.sources, c.src_rule = hits, f"{sx.case_of(n)}:object of {self.verb_lemma(g)}"
                ge = self._governing_entry(g)
                if ge is not None and ge.type == "SUPPORT" and not c.targets:
                    # thanked or praised for it: the subject is who benefited
                    subj, _ = self._hits(self._subject(g)[0], actors, 1)
                    c.targets = [h for h in subj if all(h.token != x.token for x in hits)]
                    c.tgt_rule = "beneficiary:subject" if c.targets else c.tgt_rule
        if not c.sources and e.type in self.MEETING_TYPES and sx.case_of(n) == "zu":
            self._talks_trip(c, actors)
        elif not c.sources and e.type in self.MEETING_TYPES:
            self._meeting_participants(c, actors)
        elif len(c.sources) == 1 and e.symmetric and self._plural_owner(n):
            # rule `plural-owner`: "A und B haben bei ihrem Treffen …", "bei einem Treffen
            # ihrer Außenminister": "ihr" of a symmetric noun names all the clause's parties
            group = self._frame_subject_parties(n, actors)
            if len(group) >= 2 and c.sources[0].country in {h.country for h in group}:
                c.sources, c.src_rule = group, "noun:plural-owner"
                c.symmetric = True
        elif len(c.sources) == 1 and not e.symmetric and self._plural_owner(n):
            # rule `plural-owner-each`: "Indien und China haben mit dem Abzug ihrer Truppen
            # begonnen": "ihr" after coordinated subjects names each of them; each did it
            group = self._owners_of_each(n, c.sources[0], actors)
            if group:
                c.sources, c.src_rule = group, "noun:plural-owner-each"
        inst = n  # the instrument phrase: the noun, or the step it is the genitive of
        if (
            n.head.i != n.i
            and sx.base_dep(n) == "nmod"
            and sx.case_of(n) is None
            and fold(n.head.lemma_ or n.head.text) in MEASURE_STEP_HEADS
        ):  # "mit der Verschärfung des Embargos": the step up of a measure is that measure's act
            inst = n.head
        if (
            not c.sources
            and sx.case_of(inst) == "mit"
            and sx.base_dep(inst) == "obl"
            and inst.head.pos_ in ("VERB", "AUX")
            and not e.agent_noun
        ):  # the event as the instrument: "legten mit einem Generalstreik das Land lahm",
            # "reagierte mit Sanktionen": the subject did it
            g = inst.head
            hits, _ = self._hits(self._subject(g)[0], actors, 1)
            if hits:
                c.sources, c.src_rule = hits, f"instrument:subject of {self.verb_lemma(g)}"
        for role in e.target:
            if role == "zwischen":
                hits, _ = self._noun_role_hits(n, "zwischen", actors, False)
            elif role == "iobj" and sup is not None:
                hits, _ = self._hits(sx.indirect_objects(sup), actors, 1)
            else:
                hits, _ = self._noun_role_hits(n, role, actors, True)
            if role == "mit":  # "ein Manöver mit Kriegsschiffen": the means
                hits = [h for h in hits if not self._bare_means(actors.doc[h.token], actors)]
            hits = [h for h in hits if all(h.token != s.token for s in c.sources)]
            if hits:
                c.targets, c.tgt_rule = hits, f"noun:{role}"
                break
        if not c.targets and inst is not n:  # "die Verschärfung des Embargos gegen Kuba"
            for role in e.target:
                if role in sx_preps():
                    hits, _ = self._noun_role_hits(inst, role, actors, True)
                    hits = [h for h in hits if all(h.token != s.token for s in c.sources)]
                    if hits:
                        c.targets, c.tgt_rule = hits, f"step:{role}"
                        break
        if not c.targets and sup is not None:  # "gewährte Ägypten einen Kredit"
            for role in ("iobj",) + tuple(r for r in e.target if r in sx_preps()):
                toks = sx.indirect_objects(sup) if role == "iobj" else sx.preps(sup, role)
                hits, _ = self._hits(toks, actors, 1)
                hits = [h for h in hits if all(h.token != s.token for s in c.sources)]
                if hits:
                    c.targets, c.tgt_rule = hits, f"support:{role}"
                    break
        if not c.targets and c.sources:
            self._reaction_target(c, n, actors)
        if not c.targets and c.sources and e.type == "ACCUSE":
            self._rejecter_target(c, actors)
        if (
            not c.sources
            and c.tgt_rule == "noun:mit"
            and e.symmetric
            and e.type != "ASSAULT"
            and not self._after_event_noun(n)
        ):
            # rule `mit-partner`: "Nach einer Einigung mit den Gewerkschaften hat die Regierung
            # …": a two-sided act with its partner in a frame PP was the clause subject's
            # (fights are left to rule fight-parties: their clause often tells casualties)
            other = {h.country for h in c.targets}
            hits = [h for h in self._frame_subject_parties(n, actors) if h.country not in other]
            if hits:
                c.sources, c.src_rule = hits, "mit-partner:subject of clause"
        if e.type == "CONSULT" and e.cameo == "045":  # "Unter Vermittlung Katars haben A und B"
            self._mediated(c, actors)
        self._participant(c, actors)
        self._protest_object(c, actors)  # "die Räumung des Protestlagers": its holders
        self._protest_roles(c, actors)
        return c

    def _measure_owner(self, c: Cand, actors: Actors) -> None:
        """Rule `measure-owner`: the lifting of a measure whose owner its own noun names ("die
        Aufhebung der US-Sanktionen gegen Syrien", "die Lockerung der amerikanischen Zölle",
        "die Rücknahme ihrer Strafzölle") was done by that owner: who imposed a sanction lifts
        it. Only for a sanction noun in the genitive of the concession noun."""
        for g in sx.postnominal_genitives(c.anchor):
            if not any(x.type == "SANCTION" for x in self.noun_entries(g)[1]):
                continue
            for role in ("prefix", "amod", "poss"):
                hits, _ = self._noun_role_hits(g, role, actors, False)
                hits = [h for h in self._no_places(hits, c.entry, actors) if h.country]
                hits = [h for h in hits if all(h.country != t.country for t in c.targets)]
                if hits:
                    c.sources, c.src_rule = hits, f"measure-owner:{role}"
                    return

    def _after_event_noun(self, n: Token) -> bool:
        """Does the PP of n follow an event noun it completes ("die Forderung der EU nach einer
        Zusammenarbeit mit der IAEA"), whatever the parser hung it on?"""
        i = n.left_edge.i - 1
        if i < 0 or n.doc[i].pos_ not in ("NOUN", "PROPN"):
            return False
        x = n.doc[i]  # climb from the last word of the phrase before to its head noun
        while x.head.i < x.i and x.head.pos_ in ("NOUN", "PROPN") and x.head.i != n.i:
            x = x.head
        return x.pos_ == "NOUN" and bool(self.noun_entries(x)[1])

    def _rejecter_target(self, c: Cand, actors: Actors) -> None:
        """Rule `rejecter`: an accusation with no target of its own that someone rejects or
        denies ("Äthiopien hat den Vorwurf Eritreas … zurückgewiesen", "wies die Vorwürfe der
        E3-Staaten … zurück") was made against the one who rejects it."""
        n = c.anchor
        g = n.head
        if g.i == n.i or g.pos_ not in ("VERB", "AUX"):
            return
        if sx.dep(n) not in ("obj", "dobj", "nsubj:pass"):
            return
        if not any(x.type == "REJECT" for x in self.lex.by_verb.get(self.verb_lemma(g), [])):
            return
        hits, _ = self._hits(self._subject(g)[0], actors, 1)
        src = {h.country for h in c.sources}
        hits = [h for h in hits if h.country not in src]
        if hits:
            c.targets, c.tgt_rule = hits, f"rejecter:subject of {self.verb_lemma(g)}"

    MEETING_TYPES = ("CONSULT",)
    MEETING_PREPS = ("bei", "auf", "während", "nach", "in", "am", "an")

    def _meeting_participants(self, c: Cand, actors: Actors) -> None:
        """A meeting named by a noun in a PP of the clause ("Bei einem Treffen in Ankara
        sprachen A und B über ...", "Auf dem Gipfel einigten sich ..."): the subjects of the
        clause met (with each other, or with the "mit"/"in" target the noun gives)."""
        hits = self._frame_subject_parties(c.anchor, actors)
        if hits:
            c.sources, c.src_rule = hits, f"meeting:subject of {self.verb_lemma(c.anchor.head)}"
            c.symmetric = c.entry.symmetric or c.symmetric
            if not c.targets:
                self._meeting_addressee(c, actors)

    def _meeting_addressee(self, c: Cand, actors: Actors) -> None:
        """Rule `meeting-addressee`: a bare meeting noun in a frame PP of a verb said to someone
        ("sicherte dem Präsidenten in einem Telefonat Unterstützung zu", "sagte ihm bei einem
        Treffen zu"): the one addressed, the verb's dative object, was the other party. Not
        for a meeting with an owner or partner of its own ("bei einem Treffen der Kontaktgruppe",
        "nach einem Telefonat mit X"): the addressee may be only one of its members."""
        n = c.anchor
        if sx.case_of(n) not in ("in", "bei", "während"):
            return
        if any(
            sx.dep(k) in ("nmod", "nmod:poss", "det:poss", "appos") or sx.case_of(k) is not None
            for k in n.children
            if sx.dep(k) != "case"
        ):
            return
        if any(
            k.lower_ not in ("einem", "einer", "dem", "der", "im", "beim")
            for k in n.lefts
            if sx.dep(k) != "case"
        ):
            return  # "bei seinem Besuch", "bei dessen Besuch": the owner is the visitor
        src = {h.country for h in c.sources}
        hits, _ = self._hits(sx.indirect_objects(n.head), actors, 1)
        hits = [h for h in hits if h.country and h.country not in src]
        if hits:
            c.targets, c.tgt_rule = hits, f"meeting:addressee of {self.verb_lemma(n.head)}"

    # verbs of travelling to talks: the arrival verbs, and motion verbs whose place is not
    # always a destination ("kamen in Gaza ums Leben"), so they are no arrival verbs for the
    # actor stage; here "zu Gesprächen" says the motion is a trip
    TALKS_TRIP_VERBS = ARRIVAL_VERBS | {"fliegen", "kommen", "aufbrechen"}

    def _talks_trip(self, c: Cand, actors: Actors) -> None:
        """Rule `talks-trip`: talks one travels to ("traf zu Gesprächen in Seoul ein", "reiste zu
        Verhandlungen nach Kairo"): the traveller (the subject of the motion verb) met the
        host, the country of the place the trip or the talks go to."""
        n = c.anchor
        g = n.head
        if g.pos_ in ("NOUN", "PROPN") and sx.dep(g) == "nsubj":
            g = g.head  # the PP hung on the traveller ("Hegseth zu Gesprächen … eintraf")
        if g.pos_ not in ("VERB", "AUX") or self.verb_lemma(g) not in self.TALKS_TRIP_VERBS:
            return
        hits, _ = self._hits(self._subject(g)[0], actors, 1)
        if not hits:
            return
        src = {h.country for h in hits}
        for x, prep in ((n, "in"), (g, "in"), (n, "nach"), (g, "nach")):
            places = [actors.at(t) or actors.place(t) for t in sx.preps(x, prep)]
            host = [h for h in places if h is not None and h.country and h.country not in src]
            if host:
                c.sources, c.src_rule = hits, f"talks-trip:subject of {self.verb_lemma(g)}"
                c.targets, c.tgt_rule = host[:1], f"talks-trip:{prep}"
                c.symmetric = False
                return

    def _frame_subject_parties(self, n: Token, actors: Actors) -> list[Hit]:
        """The actors of the subject of the clause a noun in a frame PP ("bei", "nach", …)
        stands in, nested conjuncts included ("die Außenminister der Türkei und Griechenlands
        vereinbarten bei ihrem Treffen …")."""
        g = n.head
        if sx.case_of(n) not in self.MEETING_PREPS or g.pos_ not in ("VERB", "AUX"):
            return []
        if sx.base_dep(n) not in ("obl", "advmod", "nmod"):
            return []
        subj = self._subject(g)[0]
        hits, how = self._hits(subj, actors, 1)
        both = [  # "die Verteidigungsminister beider Länder" (multi.py: rule both-owners)
            m
            for s in subj
            for k in sx.postnominal_genitives(s)
            for m in self._both_owners(s, k, actors)
        ]
        if len({h.country for h in both}) >= 2:
            return both
        self._nested_conjuncts(hits, how, actors)  # "Vertreter der USA und Russlands"
        return hits

    def _owners_of_each(self, n: Token, src: Hit, actors: Actors) -> list[Hit]:
        """The coordinated subjects of the verb an event noun depends on, when the noun's
        source is owned by "ihr" and is one of them: each with the owned noun's sector
        ("Indien und China … mit dem Abzug ihrer Truppen" IND/MIL, CHN/MIL). Not for an aim
        ("forderten Russland zum Abzug ihrer Truppen auf": whose troops is not theirs)."""
        g = n.head
        if g.pos_ not in ("VERB", "AUX") or sx.case_of(n) in ("zu", "für", "gegen"):
            return []
        if src.token not in {n.i} | {k.i for k in n.children}:
            return []
        hits, how = self._hits(self._subject(g)[0], actors, 1)
        self._nested_conjuncts(hits, how, actors)
        if src.country not in {h.country for h in hits} or len({h.country for h in hits}) < 2:
            return []
        sector = src.sector
        out: list[Hit] = []
        for h in hits:
            if not h.country or h.country in {o.country for o in out}:
                continue
            if h.country == src.country:
                out.append(src)
            else:
                out.append(replace(h, code=h.country if sector == "-" else f"{h.country}/{sector}"))
        return out

    @staticmethod
    def _plural_owner(n: Token) -> bool:
        """Is the owner of a noun "ihr" ("ihr Treffen", "ein Treffen ihrer Außenminister")?"""
        owners = [n] + [
            k for k in n.children if sx.dep(k) in ("nmod", "nmod:poss") and sx.case_of(k) is None
        ]
        return any(
            sx.dep(k) in ("det:poss", "det") and k.lower_.startswith("ihr")
            for o in owners
            for k in o.children
        )
