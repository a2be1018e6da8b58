"""Role rules of the event coder that look beyond the phrase the lexicon names (docs/coding.md,
"Role resolution"): the owner of a target noun that is no actor, the body that votes on a
resolution, subjects shared by coordinated verbs, purpose clauses, coordinated adjectives, joint
events, protests named by their nouns and the party blamed for an attack.

`RoleRules` is a mixin of `EventCoder`; every rule writes its name into the evidence (`src_rule`,
`tgt_rule` or a note), so a user can see which one fired."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from spacy.tokens import Span, Token

from lagebild.actors.normalize import fold as kb_fold
from lagebild.actors.resolver import SUPPORTED_SECTORS, SUPPORTER_HEADS
from lagebild.actors.sides import bare_both, both_noun, party_word, quantified_by_both
from lagebild.coding import syntax as sx
from lagebild.coding.lexicon import fold
from lagebild.coding.modality import clause_mark

if TYPE_CHECKING:  # pragma: no cover
    from lagebild.coding.coder import Actors, Cand, Hit

# prepositions that name where a resolution is put to the vote ("im Sicherheitsrat")
BODY_PREPS = ("in", "vor")
# attitudes whose target may be the actor behind the act they are about (rule `act-actor`)
ATTITUDE_TYPES = ("ACCUSE", "REJECT", "SUPPORT")
# acts whose noun's target is whom they are done to, not whom they benefit (rule `act-patient`;
# a transfer's recipient stays the target of a stance on it: rule `beneficiary`)
PATIENT_ACT_TYPES = ("COERCE", "CONCEDE", "ASSAULT", "SANCTION")
# measures a state or court takes on a patient it charges (rule `measure-charge`)
MEASURE_TYPES = ("SANCTION", "COERCE")
# prepositions naming what an attitude is about ("sprach von", "protestierte gegen")
CONTENT_PREPS = ("gegen", "von", "über")
# nouns naming a government's policy, by their last part (rule `policy-protest`)
POLICY_ENDINGS = (
    "gesetz",
    "gesetze",
    "reform",
    "reformen",
    "kürzung",
    "kürzungen",
    "erhöhung",
    "erhöhungen",
    "streichung",
    "streichungen",
    "sparpaket",
    "sparmaßnahme",
    "sparmaßnahmen",
    "sparkurs",
    "sparpläne",
    "politik",
    "novelle",
    "verordnung",
    "dekret",
    "haushalt",
    "steuer",
    "steuern",
    "abgabe",
)
POLICY_WORDS = ("maßnahmen", "pläne")
# session 5: attitudes and requests whose target an event noun object gives one step away
BENEFIT_TYPES = ("REJECT", "REQUEST", "SUPPORT")
BENEFIT_PREPS = ("für", "an", "nach")
# conjunctions of an adverbial clause that gives the cause of the main clause's act
CAUSE_MARKS = frozenset({"nachdem", "weil", "da"})
# nouns of a transfer to someone, by their last part (rule `beneficiary`)
TRANSFER_NOUNS = (
    "freigabe",
    "lieferung",
    "lieferungen",
    "auszahlung",
    "zahlung",
    "zahlungen",
    "überweisung",
    "bereitstellung",
    "hilfe",
    "hilfen",
    "kredit",
    "kredite",
    "export",
    "exporte",
    "ausfuhr",
    "transfer",
    "weitergabe",
)
RELEASE_NOUNS = ("freilassung", "haftentlassung", "entlassung", "rückkehr")
PARTY_EVENT_TYPES = ("ASSAULT", "AGREE", "CONSULT", "MOBILIZE", "THREATEN")
NON_PARTIES = ("CVL", "REF", "MED", "BUS")
# a plural group fighting among itself (rule `same-group`)
RIVAL_WORDS = ("rivalisierend", "verfeindet", "konkurrierend", "untereinander")


STATE = ("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "-")


def _same_side(h: Hit, sources: list[Hit]) -> bool:
    """Is h on the side of one of the sources: the same country and both state institutions (or
    the same sector)? "Peking" and "die chinesische Küstenwache" are one side, the Lebanese
    government and the Hisbollah two."""
    for s in sources:
        if h.country != s.country:
            continue
        if h.sector == s.sector or (h.sector in STATE and s.sector in STATE):
            return True
    return False


def _bare_institution(t: Token) -> bool:
    """Is t a common noun of an institution named with no country of its own: only articles
    before it, no adjective, genitive, name or compound prefix ("die Behörden", "das
    Außenministerium"; not "die kuwaitischen Behörden", "die US-Behörden", "die Behörden
    Kuwaits")?"""
    if t.pos_ != "NOUN" or "-" in t.text:
        return False
    return all(sx.dep(k) in ("det", "punct") for k in t.children)


def _stray_adjective(x: Token) -> Token | None:
    """The first of two coordinated adjectives the parser read as a noun of its own because it
    opens the sentence capitalised ("Kolumbianische und ecuadorianische Marineeinheiten":
    'Kolumbianische' NOUN, 'Marineeinheiten' its conjunct): a word with an adjective ending,
    alone in its phrase, joined by "und"/"sowie" to x, which has an adjective of its own."""
    a = x.head
    if sx.dep(x) != "conj" or a.i >= x.i or a.pos_ not in ("NOUN", "PROPN"):
        return None
    if not a.lower_.endswith(("sche", "schen")):
        return None
    if any(sx.dep(k) not in ("cc", "conj", "punct") for k in a.children):
        return None
    if not any(k.lower_ in ("und", "sowie") and k.i < x.i for k in x.children) and not any(
        t.lower_ in ("und", "sowie") for t in a.doc[a.i + 1 : x.i]
    ):
        return None
    if not any(sx.dep(k) == "amod" and k.i < x.i for k in x.children):
        return None
    return a


def _earlier_antecedent(pron: Token, ante: Token) -> Token | None:
    """The noun before a genitive or PP chain that a relative pronoun may take up instead of
    the last noun ("einen Plan zur Entwaffnung der Hisbollah, den …": 'den' agrees with
    'Plan'): the nearest noun before `ante` in the same phrase chain that agrees in gender and
    number, with no verb or comma in between."""
    for t in reversed(list(pron.doc[pron.sent.start : ante.i])):
        if t.pos_ in ("VERB", "AUX") or t.text in (",", ";"):
            return None
        if t.pos_ != "NOUN":
            continue
        if all(
            not (sx.morph(pron, f) and sx.morph(t, f)) or sx.morph(pron, f) == sx.morph(t, f)
            for f in ("Number", "Gender")
        ):
            return t
    return None


# prepositions of a place a group is at ("Stellungen kurdischer Milizen im Norden Syriens")
GROUP_PLACE_PREPS = ("in", "im", "nahe", "bei", "um")


class RoleRules:
    """Mixin: needs `_hits`, `_objects`, `_verb_roles`, `verb_lemma`, `lex` of `EventCoder`."""

    lex: Any

    # ------------------------------------------------------------ owner of a non-actor target
    def _tail_hits(
        self, v: Token, toks: list[Token], roles: set[str], actors: Actors
    ) -> tuple[list[Hit], str]:
        """Rule `owner-tail`: the target noun is no actor and the parser hung the phrase naming
        its owner on the verb ("lehnte den Vorschlag von Präsident X ab", "protestierte gegen die
        Wiederwahl von Präsident X"): the owner is the target. A "von" the verb itself takes
        ("forderte von X") is not an owner."""
        tail = []
        for x in toks:
            for t in sx.np_tail(x):
                if sx.case_of(t) == "von" and "von" in roles:
                    break
                if self.lex.in_class(t.lemma_ or t.text, "@weapon"):
                    continue  # "die Lieferung von Kampfjets": what is delivered is no owner
                tail.append(t)
        hits, how = self._hits(tail, actors, 1)  # type: ignore[attr-defined]
        return hits, ("owner-tail" if hits else how)

    def _aux_main(self, v: Token) -> Token | None:
        """A lexicon verb the parser read as the auxiliary of another word ("Peking wies die
        Vorwürfe entschieden zurück" with 'entschieden' as the main verb): the word it hangs on,
        whose objects and PPs are the lexicon verb's."""
        if sx.dep(v) in ("aux", "cop") and v.head.i != v.i and v.head.pos_ in ("VERB", "ADJ"):
            return v.head
        return None

    def _aux_host(self, v: Token) -> Token | None:
        """Rule `participle-of-aux`: a participle the parser split off an auxiliary it read as
        the main verb ("Belarus hat den Journalisten, der ... saß, wieder freigelassen": the
        participle hangs on 'hat' as parataxis or conjunct): the auxiliary's subject, objects
        and PPs are the participle's."""
        if sx.dep(v) not in ("parataxis", "conj") or v.head.i == v.i:
            return self._bracket_host(v)
        h = v.head
        if h.pos_ not in ("VERB", "AUX") or (h.lemma_ or "").lower() not in ("haben", "sein"):
            return self._bracket_host(v)
        if sx.morph(v, "VerbForm") != "Part" or sx.subjects(v) or h.i > v.i:
            return None
        if any(sx.morph(k, "VerbForm") == "Part" and sx.dep(k) != sx.dep(v) for k in h.children):
            return None
        return h

    BRACKET_DEPS = ("parataxis", "conj", "advcl", "xcomp", "ccomp", "aux", "acl")

    def _bracket_host(self, v: Token) -> Token | None:
        """Rule `participle-of-aux` across an inserted clause (the German sentence bracket,
        "Satzklammer"): "Nielsen hat die Äußerungen von Trump, die USA würden die Insel
        bekommen, als respektlos zurückgewiesen" - the parser hangs the closing participle on
        the verb of the inserted clause. A past participle with no subject and no auxiliary of
        its own, under a chain of clause verbs that leads up to a finite "haben"/"sein" before
        it with a subject and no other participle, closes that auxiliary's bracket."""
        if (
            sx.morph(v, "VerbForm") != "Part"
            or sx.subjects(v)
            or sx.dep(v) not in self.BRACKET_DEPS
        ):
            return None
        if any(
            (sx.dep(k).startswith(("aux", "cop")) and k.pos_ == "AUX")
            or (sx.dep(k) == "mark" and k.lower_ != "als")  # "als respektlos" read as a mark
            for k in v.children
        ):
            return None
        x, below = v.head, v
        for _ in range(4):
            if x.pos_ not in ("VERB", "AUX") or x.i > v.i:
                return None
            if (
                (x.lemma_ or "").lower() in ("haben", "sein")
                and sx.morph(x, "VerbForm") == "Fin"
                and sx.subjects(x)
                and not any(
                    k.i != below.i and sx.morph(k, "VerbForm") == "Part" for k in x.children
                )
            ):
                return x
            if x.head.i == x.i or sx.dep(x) not in self.BRACKET_DEPS:
                return None
            x, below = x.head, x
        return None

    # ------------------------------------------------------------ resolutions and their body
    def _motion_target(self, c: Cand, toks: list[Token], actors: Actors) -> bool:
        """Rule `motion-body`: a resolution or draft with no owner in its phrase belongs to the
        body that votes on it, when the clause names it ("blockierte im Sicherheitsrat eine
        Resolution", "legte im Sicherheitsrat ein Veto gegen den Entwurf ein")."""
        motions = [t for t in toks if self.lex.in_class(t.lemma_ or t.text, "@motion")]
        if not motions:
            return False
        src = {h.token for h in c.sources}
        scope = [c.anchor] + motions + ([c.noun] if c.noun is not None else [])
        for x in scope:
            for t in x.children:
                if sx.case_of(t) not in BODY_PREPS or sx.base_dep(t) not in ("obl", "nmod"):
                    continue
                h = actors.at(t)
                if h is None or h.token in src:
                    continue
                if h.code.startswith("IGO:") or h.sector in ("LEG",):
                    h.how = "motion-body"
                    c.targets, c.tgt_rule = [h], "motion-body"
                    return True
        return False

    LAW_MAKERS = ("GOV", "LEG", "PTY", "-")  # who a law's genitive may name as its maker

    def _law_owner(self, c: Cand, actors: Actors) -> None:
        """Rule `law-owner`: a rejection (a court striking down, a veto) of a law, decree or
        reform (class @state_act) with no target is aimed at its maker: an actor the law's
        phrase names as such ("das Einwanderungsgesetz der Regierung", "das vom Sejm
        verabschiedete Gesetz", "ein von der Regierung eingebrachtes Gesetz"; a genitive that
        is the law's subject matter, "die Reform des Verfassungsgerichts", is none), else, for a
        court, the government of its country ("hob zentrale Teile des Gesetzes auf")."""
        from lagebild.coding.coder import Hit

        if c.entry.type != "REJECT" or c.targets or c.kind == "noun" or not c.sources:
            return
        toks = list(self._objects(c.anchor)) + sx.preps(c.anchor, "gegen")  # type: ignore[attr-defined]
        if c.noun is not None:  # "legte sein Veto gegen das Gesetz ein"
            toks += sx.preps(c.noun, "gegen")
        laws = []
        for t in toks:
            if self.lex.in_class(t.lemma_ or t.text, "@state_act"):
                laws.append(t)
            else:  # "zentrale Teile des Gesetzes"
                laws += [
                    g
                    for g in sx.genitives(t)
                    if self.lex.in_class(g.lemma_ or g.text, "@state_act")
                ]
        src = {h.token for h in c.sources}
        for law in laws:
            makers = [g for g in sx.genitives(law) if g.i > law.i] + self._maker_agents(law)
            hits, _ = self._hits(makers, actors, 0)  # type: ignore[attr-defined]
            hits = [h for h in hits if h.sector in self.LAW_MAKERS and h.token not in src]
            if hits:
                c.targets, c.tgt_rule = hits, "law-owner"
                return
            if all(h.sector == "JUD" for h in c.sources):
                c.targets, c.tgt_rule = (
                    [Hit.of_token("/GOV", law, "law-owner")],
                    "law-owner:government",
                )
                return

    # ------------------------------------------------------------ coordination and joint events
    def _adjective_conjuncts(self, x: Token, h: Hit, actors: Actors) -> list[Hit]:
        """Rule `amod-conj`: coordinated country adjectives on one actor noun ("Indische und
        japanische Marineeinheiten") are one actor each, with the noun's sector."""
        from lagebild.coding.coder import Hit

        if h.code.startswith(("IGO:", "NGO:")) or not h.country:
            return []
        adjs: list[Token] = []
        coordinated = False
        for a in x.children:
            if sx.dep(a) == "amod":
                adjs.append(a)
                for k in a.children:
                    if sx.dep(k) == "conj" and k.pos_ == "ADJ":
                        adjs.append(k)
                        coordinated = True
        first = _stray_adjective(x)
        if adjs and first is not None:
            adjs.append(first)
            coordinated = True
        if len(adjs) < 2 or not coordinated:
            return []
        seen = {h.country}
        out = []
        for a in sorted(adjs, key=lambda t: t.i):
            ah = actors.adjective(a)
            if ah is None or not ah.country or ah.code.startswith(("IGO:", "NGO:", "/")):
                continue
            if ah.country in seen:
                continue
            seen.add(ah.country)
            code = ah.country + (f"/{h.sector}" if h.sector != "-" else "")
            out.append(Hit.of_token(code, a, "amod-conj"))
        return out

    def _participant(self, c: Cand, actors: Actors) -> None:
        """Rule `participant`: an event noun in the "an"-PP of a participation verb
        (`participation_verbs`: teilnehmen, sich beteiligen, …): the verb's subject is a party
        ("Pakistan nahm an einer gemeinsamen Übung der chinesischen Luftwaffe teil")."""
        n = c.anchor
        g = n.head
        if sx.case_of(n) != "an" or g.i == n.i or g.pos_ not in ("VERB", "AUX"):
            return
        gl = self.verb_lemma(g)  # type: ignore[attr-defined]
        words = self.lex.words("participation_verbs")
        if gl not in words and (g.lemma_ or "").lower() not in words:
            return  # (the lemma as tagged: "teilnehmen" is no lexicon verb, "nehmen" is)
        toks, _ = self._subject(g)  # type: ignore[attr-defined]
        if not toks and sx.is_passive(g) and not sx.agents(g):
            # "X war an dem Angriff beteiligt" (a state passive): who is "beteiligt" took part
            toks = [k for k in g.children if sx.dep(k) == "nsubj:pass"]
        if not toks and sx.dep(g) == "xcomp" and g.head.pos_ in ("VERB", "AUX"):
            # an infinitive with no subject of its own takes its governor's: "Die Hisbollah
            # bestreitet, an dem Raketenangriff … beteiligt gewesen zu sein"
            toks, _ = self._subject(g.head)  # type: ignore[attr-defined]
        hits, _ = self._hits(toks, actors, 1)  # type: ignore[attr-defined]
        hits = [h for h in hits if all(h.country != s.country for s in c.sources)]
        if not hits:
            return
        if c.sources:
            c.targets = hits + [t for t in c.targets if all(t.token != h.token for h in hits)]
            c.tgt_rule = "participant"
        else:
            c.sources, c.src_rule = hits, "participant"
        c.notes.append(f"participant: subject of '{gl}'")
        # taking part is what the clause asserts: "bestritt, an dem Anschlag beteiligt gewesen
        # zu sein" is negated, "will an dem Manöver teilnehmen" hypothetical
        self._clause_modality(g, c)  # type: ignore[attr-defined]

    def _cause_clause_target(self, c: Cand, actors: Actors) -> None:
        """Rule `cause-clause`: a complaint with no addressee of its own, made after or because
        of what another did ("Japan protestierte scharf, nachdem ein chinesisches
        Aufklärungsflugzeug in den Luftraum eingedrungen war"), is aimed at the doer: the
        active subject of the "nachdem"/"weil"/"da" clause, an actor of another country."""
        if c.targets or not c.sources or c.entry.type != "ACCUSE":
            return
        own = {h.country for h in c.sources}
        for x in c.anchor.children:
            if sx.dep(x) != "advcl" or x.pos_ not in ("VERB", "AUX"):
                continue
            if clause_mark(x) not in CAUSE_MARKS:
                continue
            subj = [t for t in self._subject(x)[0] if sx.dep(t) == "nsubj"]  # type: ignore[attr-defined]
            hits, _ = self._hits(subj, actors, 1)  # type: ignore[attr-defined]
            hits = [h for h in hits if h.country and h.country not in own and not h.is_place]
            if hits:
                c.targets, c.tgt_rule = hits, "cause-clause"
                c.notes.append(f"cause-clause: the doer of '{x.text}'")
                return

    # ------------------------------------------------------------ protests
    def _supporters_of(self, x: Token, h: Hit) -> Hit:
        """Rule `supporters` (as the actor stage's, actors/resolver.py): the followers of an
        actor found through the genitive ("Anhänger Putins", "Unterstützer des Präsidenten")
        are civilians of its country; an opposition's or a party's followers keep its code."""
        if (
            kb_fold(x.text) not in SUPPORTER_HEADS
            or not h.country
            or h.code.startswith(("IGO:", "NGO:"))
            or h.sector in SUPPORTED_SECTORS | {"-"}
        ):
            return h
        return replace(h, code=f"{h.country}/CVL", how="supporters")

    def _crowd(self, toks: list[Token]) -> list[Hit]:
        """Rule `crowd`: a protest by a number of people is by civilians; their country is
        filled from their own adjective or place, else the clause's place or the target later
        (place_rules.py). A crowd is a number word ("Tausende gingen auf die Straße"), a noun of
        no actor counted by one, a numeral or a quantifier (`crowd_quantifiers`: "Tausende
        Indigene", "Mehr als 500 Teilnehmer", "Zahlreiche Taxifahrer"), the people a share
        counts ("rund 40 Prozent der Krankenpfleger in Italien": the nurses, whose phrase names
        their country) or followers of no actor ("Anhänger des unterlegenen Kandidaten")."""
        from lagebild.coding.coder import Hit

        words = self.lex.words("crowd_words")
        shares = self.lex.words("crowd_shares")
        counts = self.lex.words("crowd_quantifiers")
        units = self.lex.words("crowd_units")

        def word(k: Token) -> bool:
            return k.lower_ in words or (k.lemma_ or "").lower() in words

        out = []
        for t in toks:
            if word(t) or kb_fold(t.text) in SUPPORTER_HEADS:
                out.append(Hit.of_token("/CVL", t, "crowd"))
                continue
            if t.pos_ not in ("NOUN", "PROPN") or fold(t.lemma_ or t.text) in units:
                continue  # "von 4.30 Uhr an", "zwei Tage": a count of no people
            if fold(t.lemma_ or t.text) in shares:  # "40 Prozent der Lehrkräfte"
                people = [g for g in sx.postnominal_genitives(t) if g.pos_ == "NOUN"]
                if people:
                    out.append(Hit.of_token("/CVL", people[0], "crowd"))
                continue
            if t.pos_ == "NOUN" and any(
                sx.dep(k) in ("nummod", "det", "amod")
                and (word(k) or k.pos_ == "NUM" or k.lower_ in counts)
                for k in t.children
            ):
                out.append(Hit.of_token("/CVL", t, "crowd"))
        return out

    def _protest_roles(self, c: Cand, actors: Actors) -> None:
        """Protests without a protester or a target in their own phrase.
        Rule `implied-civilians`: a protest noun with a target and nobody named as protesting
        ("Bei Protesten gegen die Militärregierung in Niamey …") is by civilians.
        Rule `protest-site`: a protest with no target held in front of an institution
        ("zogen vor die russische Botschaft in Vilnius, um gegen den Krieg zu protestieren"):
        the institution is the target."""
        from lagebild.coding.coder import Hit

        if c.entry.type != "PROTEST":
            return
        a = c.anchor
        if not c.targets:
            scope = [a]
            if sx.dep(a) in ("advcl", "xcomp") and sx.is_zu_infinitive(a):
                scope.append(a.head)
            src = {s.token for s in c.sources}
            for x in scope:
                for t in sx.preps(x, "vor"):
                    h = actors.at(t)
                    if h is not None and h.sector not in ("-", "CVL") and h.token not in src:
                        c.targets, c.tgt_rule = [h], "protest-site"
                        break
                if c.targets:
                    break
        if c.kind == "noun" and not c.sources and c.targets:
            # a strike's ("der Streik bei Amazon") by workers (LAB): rule implied-workers
            strike = c.entry.cameo.startswith("143") and "hunger" not in fold(a.lemma_ or a.text)
            c.sources = [Hit.of_token("/LAB" if strike else "/CVL", a, "implied")]
            c.src_rule = "implied-civilians" + ("/implied-workers" if strike else "")

    def _protest_object(self, c: Cand, actors: Actors) -> None:
        """Rule `protest-object`: force or coercion against a protest named by its noun
        ("ließ die Proteste in Minsk niederschlagen", "löste die Kundgebung auf"), against its
        site ("räumte das Protestcamp", "löste die Blockade auf", class @protest_site) or a
        place occupied ("räumte ein von Studierenden besetztes Institut"; an event noun's
        genitive: "die Räumung eines besetzten Hörsaals"): the protesters are the target,
        those the noun or the occupation names, else civilians."""
        from lagebild.coding.coder import Hit

        if c.entry.type not in ("COERCE", "ASSAULT") or c.targets:
            return
        if c.kind == "noun":
            if str(c.entry.cameo) != "175":
                return
            objs = sx.genitives(c.anchor)
        else:
            objs = self._objects(c.anchor)  # type: ignore[attr-defined]
        for o in objs:
            lemma = o.lemma_ or o.text
            occupied = [
                k
                for k in o.children
                if sx.dep(k) in ("amod", "acl")
                and fold(k.lemma_ or k.text) in ("besetzen", "besetzt")
            ]
            # a site is cleared, not attacked ("beschossen Terrorcamps" is no protest's)
            site = c.entry.type == "COERCE" and (
                bool(occupied) or self.lex.in_class(lemma, "@protest_site")
            )
            if not (site or self.lex.in_class(lemma, "@protest_event")):
                continue
            toks = [o] if not (site and occupied) else [a for k in occupied for a in sx.agents(k)]
            hits, _ = self._hits(toks, actors, 1) if toks else ([], "")  # type: ignore[attr-defined]
            if not hits:
                hits = [Hit.of_token("/CVL", o, "protesters")]
            c.targets, c.tgt_rule = hits, "protest-object"
            return

    # ------------------------------------------------------------ events across clauses
    def _blame(self, cands: list[Cand]) -> None:
        """Rule `blamed`: an attack named without its attacker and an accusation in the same
        sentence that blames someone for it ("Bei einem Raketenangriff auf … wurden Hilfsgüter
        zerstört, die Ukraine machte Russland dafür verantwortlich"): the one blamed is the
        attack's source. Session 18 (roles18): also blamed with no "für" at all ("…; die Armee
        macht Dissidenten verantwortlich"), for a deed a relative pronoun takes up ("für den"),
        and the one said to be behind it ("X stehe hinter der Serie von Sabotageakten")."""
        for a in cands:
            if a.entry.type not in ("ACCUSE", "COERCE") or not a.targets or a.kind == "noun":
                continue
            # rule `charged` (session 16): the one a warrant, charge or sentence is against is
            # the doer of the deed it names with "wegen" ("erließ Haftbefehle gegen zwei
            # Generäle wegen der Angriffe auf …", "verurteilte zwei Soldaten wegen der Tötung
            # von …"); and the one accused of a deed named as the object ("warf Russland die
            # Bombardierung von Krankenhäusern vor", "denen sie Massentötungen vorwirft")
            fuer = sx.preps(a.anchor, "wegen", True)
            if a.noun is not None:
                fuer += sx.preps(a.noun, "wegen", True)
            deeds: list[Token] = []
            behind: list[Token] = []
            implicit = False
            if a.entry.type == "ACCUSE":
                fuer += sx.preps(a.anchor, "für", True)
                # "X stehe hinter den Anschlägen": the act someone is said to be behind
                behind = sx.preps(a.anchor, "hinter", True)
                fuer += behind
                if a.tgt_rule.startswith("iobj"):
                    deeds = self._objects(a.anchor)  # type: ignore[attr-defined]
                # "…; die Armee macht Dissidenten verantwortlich": blamed with no "für", for
                # the act the sentence tells beside it (`blame_without_for` entries)
                implicit = not fuer and fold(a.entry.id) in self.lex.words("blame_without_for")
            # "nach dem Anschlag, für den Warschau X verantwortlich macht": a relative
            # pronoun's antecedent is the deed
            fuer = [
                ante if f.pos_ == "PRON" and (ante := sx.relative_antecedent(f)) is not None else f
                for f in fuer
            ]
            if not fuer and not deeds and not implicit:
                continue
            for d in cands:
                if d is a or d.sources or d.kind != "noun":
                    continue
                if d.entry.type not in ("ASSAULT", "COERCE"):
                    continue
                if implicit:  # the act the sentence tells beside the blame
                    pass
                elif not any(
                    f.lower_ in sx.PRONOMINAL
                    or f.i == d.anchor.i
                    # "hinter der Serie von Sabotageakten": the deed inside the phrase
                    or (f in behind and f.left_edge.i <= d.anchor.i <= f.right_edge.i)
                    or (  # the same, with the parser's "von" phrase hung on the verb
                        f in behind
                        and d.anchor.head.i == f.head.i
                        and d.anchor.left_edge.i == f.right_edge.i + 1
                    )
                    for f in fuer
                ) and all(o.i != d.anchor.i for o in deeds):
                    continue
                d.sources = [replace(h, how="blamed") for h in a.targets]
                d.src_rule = f"blamed:{a.entry.id}"
                d.notes.append(f"source: blamed by '{a.anchor.text}'")

    def _purpose_merge(self, cands: list[Cand]) -> list[Cand]:
        """Rule `purpose`: an infinitive clause ("um … zu") naming the same kind of event as the
        verb it hangs on is that event's content: one event, which takes the clause's target
        when the main verb has none ("besetzten die Universität, um gegen die Regierung zu
        protestieren"; "bestellte den Botschafter ein, um gegen … zu protestieren")."""
        drop: set[int] = set()
        for i in cands:
            v = i.anchor
            if i.kind == "noun" or sx.dep(v) not in ("advcl", "xcomp"):
                continue
            if not sx.is_zu_infinitive(v):
                continue
            for m in cands:
                if m is i or id(m) in drop or m.anchor.i != v.head.i:
                    continue
                if m.entry.type != i.entry.type:
                    continue
                if not m.targets and i.targets:
                    m.targets, m.tgt_rule = i.targets, f"purpose:{i.tgt_rule}"
                m.notes.append(f"purpose: '{v.text}'")
                drop.add(id(i))
                break
        return [c for c in cands if id(c) not in drop]

    LEAVE_VERBS = ("verlassen", "ausreisen")
    LEAVE_NOUNS = ("ausreise",)

    def _leave_order(self, cands: list[Cand]) -> list[Cand]:
        """Rule `leave-order`: an order to leave the country joined to an expulsion of the same
        subject ("erklärte ihn zur unerwünschten Person und forderte ihn auf, das Land zu
        verlassen", "… und zur Ausreise aufgefordert") is part of the expulsion: one event, no
        request of its own."""
        expel = [
            c
            for c in cands
            if c.kind != "noun"
            and (
                (c.entry.type == "SANCTION" and str(c.entry.cameo) == "166")
                or (c.entry.type == "COERCE" and str(c.entry.cameo).startswith("174"))
            )
        ]
        if not expel:
            return cands
        drop: set[int] = set()
        for r in cands:
            v = r.anchor
            if r.entry.type != "REQUEST" or r.kind == "noun":
                continue
            if not any(
                (sx.dep(v) == "conj" and v.head.i == x.anchor.i)
                or (sx.dep(x.anchor) == "conj" and x.anchor.head.i == v.i)
                for x in expel
            ):
                continue
            leave = any(
                (sx.dep(k) in ("xcomp", "ccomp", "advcl") and (k.lemma_ or "") in self.LEAVE_VERBS)
                or (
                    sx.base_dep(k) == "obl"
                    and sx.case_of(k) in ("zu", "zur")
                    and (k.lemma_ or "").lower() in self.LEAVE_NOUNS
                )
                for k in v.children
            )
            if leave:
                drop.add(id(r))
        return [c for c in cands if id(c) not in drop]

    # ------------------------------------------------------------ owners and anaphors
    def _owner_country(self, x: Token, h: Hit, actors: Actors) -> Hit:
        """Rule `owner-country`: an actor noun whose country the text does not give (the actor
        stage took it from the context) and that has an owner in its phrase ("den Botschafter
        Moskaus", "die Truppen des Nachbarlandes") takes the owner's country."""
        if h.how != "span" or h.code.startswith(("IGO:", "NGO:")) or "/" not in h.code:
            return h
        own = actors.resolve_text(h.text)
        if own is None or not own.code.startswith("/"):
            return h  # the phrase itself names the country: "den russischen Botschafter"
        for g in sx.possessives(x) + sx.postnominal_genitives(x):
            o = actors.at(g)
            if o is None or o.token == h.token or not o.country:
                continue
            if o.code.startswith(("IGO:", "NGO:")) or o.country == h.country:
                return h
            return replace(h, code=f"{o.country}/{h.sector}", how="owner-country")
        o = self._demonstrative_owner(x, actors)
        if o is not None and o.country and not o.code.startswith(("IGO:", "NGO:")):
            if o.country != h.country:
                return replace(h, code=f"{o.country}/{h.sector}", how="owner-country:dessen")
        return h

    def _placed_group(self, h: Hit, actors: Actors) -> Hit:
        """Rule `group-place` (`_group_place`) on a hit: an armed group whose own words name no
        country takes the country of the place its phrase is followed by."""
        if h.sector != "REB" or not 0 <= h.token < len(actors.doc) or h.how.endswith("place"):
            return h
        own = actors.resolve_text(h.text)
        if own is None or not own.code.startswith("/"):
            return h  # "die Hisbollah", "die PKK": the group's own country
        cc = self._group_place(actors.doc[h.token], actors)
        if cc is None or cc == h.country:
            return h
        return replace(h, code=f"{cc}/{h.sector}", how="group-place")

    @staticmethod
    def _group_place(x: Token, actors: Actors) -> str | None:
        """Rule `group-place`: armed men the text names with no country of their own
        ("kurdische Milizen", "die Rebellen"; the actor stage took one from the context) whose
        phrase is followed by a place ("Stellungen kurdischer Milizen im Norden Syriens", "…
        in der Region um Kobane") are of that place's country (CONVENTIONS: an armed group
        takes the country where it operates). The place phrase begins right after the
        group's phrase (or the phrase it is the genitive of); its first place name counts."""
        top = x.head if sx.base_dep(x) == "nmod" and x.head.pos_ == "NOUN" else x
        doc = x.doc
        i = max(top.right_edge.i, x.right_edge.i) + 1
        if i >= x.sent.end or doc[i].lower_ not in GROUP_PLACE_PREPS:
            return None
        for t in doc[i + 1 : min(i + 6, x.sent.end)]:
            if t.pos_ in ("VERB", "AUX", "PUNCT", "CCONJ"):
                return None
            if t.pos_ != "PROPN":
                continue
            o = actors.at(t) or actors.place(t)
            if o is None or not o.country or "/" in o.code or ":" in o.code:
                return None
            return o.country
        return None

    def _demonstrative_owner(self, x: Token, actors: Actors) -> Hit | None:
        """Rule `owner-country:dessen`: "dessen"/"deren" before a noun ("forderte dessen
        Führung auf", "deren Truppen") names an owner mentioned before it in the sentence that
        is not the subject of its clause (German uses "sein"/"ihr" for the subject): the nearest
        actor before it that agrees ("dessen": masculine or neuter singular, "deren": feminine
        or plural)."""
        k = x.i - 1
        while k >= x.sent.start and x.doc[k].pos_ in ("ADJ", "ADV", "NUM"):
            k -= 1
        if k < x.sent.start or x.doc[k].lower_ not in ("dessen", "deren"):
            return None
        pron = x.doc[k]
        plural_or_fem = pron.lower_ == "deren"
        for sp in sorted(actors.doc.spans.get("actors", []), key=lambda s: -s.start):
            if sp.end > pron.i or sp.start < pron.sent.start or getattr(sp._, "is_place", False):
                continue
            root = sp.root
            if sx.dep(root) in ("nsubj", "nsubj:pass") or sx.dep(root.head) in ("nsubj",):
                continue
            num, gen = sx.morph(root, "Number"), sx.morph(root, "Gender")
            fem_pl = num == "Plur" or gen == "Fem"
            if root.pos_ != "PROPN" and fem_pl != plural_or_fem:
                continue  # (country names: the tagger's gender is no guide)
            h = actors.at(root)
            if h is not None:
                return h
        return None

    def _anaphor_targets(self, cands: list[Cand]) -> None:
        """Rule `anaphor`: an attitude to an event noun that names no actor ("Brüssel wies die
        Kritik zurück", "Japan verurteilte den Test") after a clause of the same sentence that
        reports that kind of event ("Ungarn kritisierte …, …", "Nordkorea feuerte eine Rakete
        ab, …"): that event's source is the target."""
        for r in cands:
            if r.targets or r.kind == "noun" or r.entry.type not in ("REJECT", "SUPPORT", "ACCUSE"):
                continue
            content = self._objects(r.anchor) + sx.preps(r.anchor, "gegen")  # type: ignore[attr-defined]
            for o in content:
                _, ents = self.noun_entries(o)  # type: ignore[attr-defined]
                types = {e.type for e in ents}
                if not types or any(sx.dep(k) in sx.GEN_DEPS for k in o.children):
                    continue
                prior = [
                    p
                    for p in cands
                    if p is not r
                    and p.anchor.i < r.anchor.i
                    and p.entry.type in types
                    and p.sources
                    and all(s.country not in {x.country for x in r.sources} for s in p.sources)
                ]
                if prior:
                    p = prior[-1]
                    r.targets = [replace(s, how="anaphor") for s in p.sources]
                    r.tgt_rule = f"anaphor:{p.entry.id}"
                    break

    def _event_agent_targets(self, cands: list[Cand]) -> None:
        """Rule `event-agent:<entry>`: an attitude to an event named by a noun whose doer the
        text names ("verurteilte die Festnahme des Journalisten durch die türkischen Behörden",
        "begrüßte die Freilassung der Geiseln durch die Hamas") targets the doer, not the one the
        event happened to."""
        nouns = {d.anchor.i: d for d in cands if d.kind == "noun" and d.sources}
        for d in cands:  # "nannte die von der EU verhängten Sanktionen illegal" (multi.py)
            if d.presupposed and d.kind == "light" and d.noun is not None and d.sources:
                nouns.setdefault(d.noun.i, d)
        for r in cands:
            if r.kind == "noun" or r.entry.type not in ("REJECT", "SUPPORT", "ACCUSE"):
                continue
            content = self._objects(r.anchor) + sx.preps(r.anchor, "gegen")  # type: ignore[attr-defined]
            for o in content:
                d = nouns.get(o.i)
                if d is None or d is r or d.src_rule.startswith(("merged", "blamed")):
                    continue
                src = {h.country for h in r.sources}
                doers = [h for h in d.sources if h.country not in src]
                if doers:
                    r.targets = [replace(h, how="event-agent") for h in doers]
                    r.tgt_rule = f"event-agent:{d.entry.id}"
                    break

    def _maker_agents(self, o: Token, v: Token | None = None) -> list[Token]:
        """Who a thing's own phrase names as its maker (rules `law-owner`, `act-agent`): the
        agent of a participle on its noun o ("das vom Sejm verabschiedete Gesetz", "den von
        Katar vorgelegten Plan", "ein Gesetz, verabschiedet vom Parlament") or a "durch"-agent
        of o itself ("die Einstufung der Kartelle … durch die US-Regierung"). With the verb v
        that o is the object of, in the active voice, also such a PP the parser hung on v: a
        "von"-PP right before the participle, a "durch"-PP after o (neither is v's own)."""
        on_verb = [
            k
            for k in (v.children if v is not None and not sx.is_passive(v) else ())
            if sx.base_dep(k) == "obl" and sx.case_of(k) in ("von", "durch")
        ]
        heads: list[Token] = []
        for a in o.children:
            if sx.dep(a) not in ("amod", "acl") or a.pos_ not in ("VERB", "ADJ", "AUX"):
                continue
            heads += sx.agents(a)
            if a.i < o.i:  # "den von Katar vorgelegten Vorschlag ablehnen"
                heads += [
                    k
                    for k in on_verb
                    if sx.case_of(k) == "von" and k.i < a.i and k.right_edge.i + 1 == a.i
                ]
        heads += sx.preps(o, "durch")
        # "die Einstufung … durch die US-Regierung kritisiert"
        heads += [k for k in on_verb if sx.case_of(k) == "durch" and k.i > o.i]
        return heads

    # target rules that read the object noun's own phrase or place, which the maker of that
    # object outranks (rule `act-agent`)
    ACT_AGENT_OVER = ("", "obj", "obj/nested:gen", "object-place", "gegen", "gegen/nested:gen")

    def _act_agent_targets(self, cands: list[Cand], actors: Actors) -> None:
        """Rule `act-agent`: an attitude to a thing someone made or did that names its maker in
        the object's phrase, by a participle's "von"-agent ("lehnte den von Frankreich und
        Spanien vorgelegten Plan ab", "Veto gegen das vom Parlament verabschiedete Gesetz") or
        a "durch"-agent ("kritisierte die Einstufung der Kartelle als Terrororganisationen
        durch die US-Regierung"), targets the maker, not the object's genitive or place. The
        parser often hangs the "von"-PP before the participle, or the "durch"-PP after the
        object, on the verb; in the active voice neither is the verb's own."""
        for r in cands:
            if r.kind == "noun" or r.entry.type not in ("REJECT", "SUPPORT", "ACCUSE"):
                continue
            if r.targets and r.tgt_rule not in self.ACT_AGENT_OVER:
                continue
            v = r.anchor
            content = self._objects(v) + sx.preps(v, "gegen")  # type: ignore[attr-defined]
            if r.noun is not None:
                content += sx.preps(r.noun, "gegen")
            heads: list[Token] = []
            for o in content:
                if o.pos_ not in ("NOUN", "PROPN") or actors.at(o) is not None:
                    continue
                heads = self._maker_agents(o, v)
                if heads:
                    break
            src = {h.code for h in r.sources}
            agents = []
            for k in heads:
                for x in sx.conjuncts(k):
                    h = actors.at(x)
                    # (a country after "von" reads as a place to the actor stage: "von Katar")
                    if h is not None and h.code not in src:
                        agents.append(replace(h, how="act-agent", is_place=False))
            if agents:
                r.targets, r.tgt_rule = agents, "act-agent"

    # humanitarian go-betweens that receive what one side hands over to the other
    CHANNELS = ("NGO:ICRC",)

    def _channel_targets(self, cands: list[Cand], actors: Actors) -> None:
        """Rule `channel`: a handover or release to the Red Cross ("übergab dem Roten Kreuz die
        sterblichen Überreste zweier israelischer Geiseln", "übergab dem IKRK 40 ukrainische
        Kriegsgefangene") has the Red Cross only as its channel: the target is the people handed
        over (their adjective or genitive), as with "an das Rote Kreuz" (not a target role)."""
        for r in cands:
            if r.kind == "noun" or r.entry.type != "CONCEDE" or not r.targets:
                continue
            if not all(h.code.split("/")[0] in self.CHANNELS for h in r.targets):
                continue
            own = {h.country for h in r.sources}
            for o in self._objects(r.anchor):  # type: ignore[attr-defined]
                hits, _ = self._hits([o], actors, 2)  # type: ignore[attr-defined]
                hits = [
                    replace(h, how="channel")
                    for h in hits
                    if h.country
                    and h.country not in own
                    and h.code.split("/")[0] not in self.CHANNELS
                ]
                if hits:
                    r.targets, r.tgt_rule = hits, f"channel:{r.tgt_rule}"
                    break

    def _document_author(self, toks: list[Token], actors: Actors) -> tuple[list[Hit], str]:
        """Rule `document-author`: the subject of a relative clause is a text with no author in
        its phrase (a resolution, a declaration) that a body adopts or presents
        (`adoption_verbs`: "Der Sicherheitsrat verabschiedete eine Resolution, die Russland zum
        Rückzug auffordert"): the body is the source."""
        for t in toks:
            lemma = t.lemma_ or t.text
            if not (self.lex.in_class(lemma, "@motion") or self.lex.in_class(lemma, "@proposal")):
                continue
            g = t.head
            if (
                g.i == t.i
                or g.pos_ not in ("VERB", "AUX")
                or sx.dep(t) not in ("obj", "nsubj:pass")
            ):
                continue
            gl = self.verb_lemma(g)  # type: ignore[attr-defined]
            if gl not in self.lex.words("adoption_verbs"):
                continue
            subj = sx.agents(g) if sx.is_passive(g) else sx.subjects(g)
            hits, _ = self._hits(subj, actors, 1)  # type: ignore[attr-defined]
            if hits:
                return [replace(h, how="document-author") for h in hits], "document-author"
        return [], ""

    # ------------------------------------------------------------ pronouns (helper coding-ctx)
    @staticmethod
    def _relatives(toks: list[Token]) -> list[Token]:
        """A relative pronoun as object takes its antecedent ("Sonko, dem die Regierung
        Aufwiegelung vorwirft": the accused is Sonko)."""
        out = []
        for t in toks:
            ante = sx.relative_antecedent(t) if t.pos_ == "PRON" else None
            out.append(ante if ante is not None else t)
        return out

    @staticmethod
    def _agrees(poss: Token, t: Token) -> bool:
        """Does actor head t agree with the possessive pronoun poss ("sein": masculine or
        neuter singular; "ihr": feminine or plural)? Unknown morphology agrees."""
        lemma = (poss.lemma_ or poss.text).lower()
        num, gen = sx.morph(t, "Number"), sx.morph(t, "Gender")
        if lemma.startswith("sein"):
            return num != "Plur" and gen != "Fem"
        if lemma.startswith("ihr"):
            return num == "Plur" or gen == "Fem" or (num is None and gen is None)
        return False

    # how a possessive pronoun's actor was found (Hit.how): the subject of the noun's clause,
    # or the nearest agreeing actor before it
    POSS_SUBJECT, POSS_NEAREST = "possessive:subject", "possessive:nearest"

    def _possessive_antecedent(self, poss: Token, n: Token, actors: Actors) -> list[Hit]:
        """Rule `possessive`: a possessive pronoun on an event noun ("Russland hat seine
        Angriffe verstärkt", "wies Israel an, seine Offensive zu beenden") names the subject of
        the noun's clause (through control: the one told to act; how `possessive:subject`),
        else the nearest agreeing actor before it in the sentence (`possessive:nearest`)."""
        if (poss.lemma_ or poss.text).lower()[:3] not in ("sei", "ihr"):
            return []
        v = sx.governing_verb(n)
        if v is not None:
            toks, _ = self._subject(v)  # type: ignore[attr-defined]
            hits, _ = self._hits(toks, actors, 1)  # type: ignore[attr-defined]
            hits = [h for h in hits if self._agrees(poss, actors.doc[h.token])]
            if hits:
                return [replace(hits[0], how=self.POSS_SUBJECT)]
        best = None
        for sp in actors.doc.spans.get("actors", []):
            if sp.end > poss.i or sp.start < poss.sent.start or getattr(sp._, "is_place", False):
                continue
            h = actors.at(sp.root)
            if (
                h is not None
                and self._agrees(poss, sp.root)
                and (best is None or sp.start > best[0])
            ):
                best = (sp.start, h)
        return [replace(best[1], how=self.POSS_NEAREST)] if best else []

    def _was_clause_targets(self, cands: list[Cand], actors: Actors) -> None:
        """Rule `was-clause`: a clause opened by "was" that takes up the clause before it ("…
        vorgeworfen, …, was Pistorius als inakzeptabel zurückwies", "… abgefeuert, was Japan
        verurteilte"): its event with no target aims at the doer of the event of that clause's
        verb (or of a clause above it), else at that clause's subject when it is of another
        country."""
        for r in cands:
            if r.kind == "noun" or r.targets or not r.sources:
                continue
            v = r.anchor
            if not any(k.lower_ == "was" and k.pos_ == "PRON" for k in v.children):
                continue
            own = {h.code for h in r.sources}
            heads = []
            h = v.head
            for _ in range(4):  # the clause "was" takes up, and the clauses above it
                if h.i == v.i or h.pos_ not in ("VERB", "AUX", "ADJ"):
                    break
                heads.append(h)
                if h.head.i == h.i:
                    break
                h = h.head
            for h in heads:  # the nearest clause with an event of another actor
                prior = [
                    p
                    for p in cands
                    if p is not r
                    and p.sources
                    and p.kind != "noun"
                    and p.anchor.i == h.i
                    and not ({s.code for s in p.sources} & own)
                ]
                if prior:
                    r.targets = [replace(x, how="was-clause") for x in prior[0].sources]
                    r.tgt_rule = f"was-clause:{prior[0].entry.id}"
                    break
            if r.targets or not heads:
                continue
            hits, _ = self._hits(self._subject(heads[0])[0], actors, 1)  # type: ignore[attr-defined]
            countries = {x.country for x in r.sources}
            hits = [x for x in hits if x.country not in countries]
            if hits:
                r.targets = [replace(x, how="was-clause") for x in hits]
                r.tgt_rule = "was-clause:subject"

    def _owner_conjuncts(self, x: Token, h: Hit, hits: list[Hit], actors: Actors) -> list[Hit]:
        """Rule `owner-conj`: owners coordinated in the genitive of a noun that is no actor
        itself ("Vertreter der kongolesischen Regierung und der Rebellengruppe M23", "Stellungen
        der Hisbollah und der Hamas"): one actor each, after the first one found."""
        if x.pos_ != "NOUN":
            return []
        own = actors.resolve_text(x.text)
        if own is not None and not own.code.startswith("/"):
            return []  # the noun is an actor of its own ("die Regierung der Ukraine und …")
        out: list[Hit] = []
        for g in sx.postnominal_genitives(x):
            for k in sx.conjuncts(g)[1:]:
                o = actors.at(k)
                if o is None or o.is_place or o.token == h.token:
                    continue
                if any(o.token == y.token for y in hits + out):
                    continue
                out.append(replace(o, how="owner-conj"))
        return out

    def _span_conjuncts(self, x: Token, h: Hit, hits: list[Hit], actors: Actors) -> list[Hit]:
        """Rule `span-conj`: a plural actor noun followed by "aus"/"in" and the first of
        coordinated places ("die Regierungen in Duschanbe und Kabul", "Delegationen
        aus Moskau und Kiew"; the parser hangs the PP on the verb, out of the noun's subtree):
        one actor per further place, with the span's sector."""
        if h.how != "span" or h.is_place or ":" in h.code or not h.country:
            return []
        if x.pos_ != "NOUN" or "Plur" not in x.morph.get("Number"):
            return []
        doc = x.doc
        # the place right after the noun ("Delegationen aus Moskau"), in its span or not (the
        # actor stage may have taken the noun's country from it)
        y = doc[x.i + 2] if x.i + 2 < x.sent.end else None
        if y is None or doc[x.i + 1].lower_ not in ("aus", "in") or y.pos_ != "PROPN":
            return []
        if sx.case_of(y) != doc[x.i + 1].lower_:
            return []
        first = actors.place(y)
        if first is None or first.country != h.country:
            return []
        out: list[Hit] = []
        for k in sx.conjuncts(y)[1:]:
            if k.pos_ != "PROPN" or h.start <= k.idx < h.end:
                continue
            o = actors.at(k) or actors.place(k)
            if o is None or not o.country or ":" in o.code:
                continue
            if any(o.country == z.country for z in hits + out + [h]):
                continue
            code = o.country if h.sector == "-" else f"{o.country}/{h.sector}"
            out.append(replace(o, code=code, how="span-conj"))
        return out

    # ------------------------------------------------------------ who charges a measure's patient
    def _measure_charge(self, cands: list[Cand], actors: Actors) -> None:
        """Rule `measure-charge`: an accusation in a relative clause on the patient of a measure
        ("Kuwait wies zwei iranische Diplomaten aus, denen die Behörden Spionage vorwerfen",
        "erließ Haftbefehle gegen zwei Kommandeure, denen die Anklage Kriegsverbrechen
        vorwirft") gives the measure's reason: a bare institution as its subject ("die
        Behörden", "das Außenministerium", "die Anklage"), to which the actor stage gave the
        patient's country (the nearest actor of its sector), is the measure-taker's: its
        country (or organisation) with the institution's own sector."""
        for r in cands:
            if r.kind == "noun" or r.entry.type != "ACCUSE" or len(r.sources) != 1:
                continue
            pron = next(
                (k for k in r.anchor.children if sx.dep(k) in ("iobj", "obj") and k.pos_ == "PRON"),
                None,
            )
            ante = sx.relative_antecedent(pron) if pron is not None else None
            if ante is None:
                continue
            s = r.sources[0]
            patient = actors.at(ante)
            sides = {h.country for h in r.targets} | ({patient.country} if patient else set())
            # the institution took the patient's country, or none yet (it would borrow it)
            if not (s.code.startswith("/") or (s.country and s.country in sides)):
                continue
            if not (0 <= s.token < len(actors.doc)) or not _bare_institution(actors.doc[s.token]):
                continue
            # the patient's phrase without the relative clause ("Diplomaten der Botschaft")
            phrase = {ante.i} | {
                k.i for ch in ante.children if ch.i != pron.head.i for k in ch.subtree
            }
            if sx.base_dep(ante) == "nmod":  # the clause hung on the genitive of the patient
                phrase.add(ante.head.i)
            for d in cands:
                if d.entry.type not in MEASURE_TYPES or not d.sources or not d.sources[0].country:
                    continue
                if not any(t.token in phrase for t in d.targets):
                    continue
                doer = d.sources[0]
                if doer.country in sides:
                    break
                if doer.code.startswith(("IGO:", "NGO:")) or not s.sector:
                    code = doer.code if ":" in doer.code else doer.country
                else:
                    code = f"{doer.country}/{s.sector}"
                r.sources = [replace(s, code=code, how="measure-charge")]
                r.src_rule = "measure-charge"
                break

    # ------------------------------------------------------------ the actor behind an act
    def _act_actor_targets(self, cands: list[Cand], actors: Actors, sent: Span) -> None:
        """Rule `act-actor`: an attitude (ACCUSE, REJECT, SUPPORT) with no target whose content
        is an act, decision, plan or claim named by a noun that is no actor ("verurteilte das
        Urteil", "sprach von einer Provokation Warschaus", "wies diese Darstellung zurück")
        targets the actor of that act:
        1. the actor in the noun's own phrase (genitive, possessive, adjective, prefix, "von",
           "durch": "die Aufhebung der US-Sanktionen" → USA);
        2. for a report or claim noun (`claim_nouns`: Darstellung, Bericht, Angaben, …), the one
           the sentence reports ("nach philippinischen Angaben");
        3. else the doer of another event of the sentence that the noun takes up (in a relative
           clause on the noun, else the nearest before the attitude): its source, or its target
           when the source is the attitude holder's own side ("Ein Schiff der chinesischen
           Küstenwache hat … beschossen; Peking sprach von einem illegalen Eindringen").
        Only actors of another country than the attitude holder's."""
        for r in cands:
            if not r.sources or r.kind == "noun" or r.entry.type not in ATTITUDE_TYPES:
                continue
            if r.targets and not all(_same_side(t, r.sources) for t in r.targets):
                continue  # (a target of its own side is none: "verurteilte den Plan zur
                # Entwaffnung der Hisbollah" said by the Hisbollah)
            objs = []
            for o in self._objects(r.anchor):  # type: ignore[attr-defined]
                a = sx.relative_antecedent(o) if o.pos_ == "PRON" else None
                h = actors.at(a) if a is not None else None
                if a is not None and h is not None and _same_side(h, r.sources):
                    a = _earlier_antecedent(o, a)  # "den Plan zur Entwaffnung der Hisbollah,
                    # den die Miliz ablehnte": not the Hisbollah itself
                objs.append(a if a is not None else o)
            # a PP after a predicative "als" phrase continues it ("verurteilte den Test als
            # Verstoß gegen Beschlüsse der UN"): it classifies the act, it names no actor of it
            pps = [
                t
                for p in CONTENT_PREPS
                for t in sx.preps(r.anchor, p)
                if not (objs and sx.after_predicative(r.anchor, t, objs[0]))
            ]
            content = [o for o in objs + pps if o.pos_ == "NOUN" and actors.at(o) is None]
            found: list[Hit] = []
            rule = ""
            for o in content:
                hits, _ = self._hits([o], actors, 2)  # type: ignore[attr-defined]
                found = [h for h in hits if not _same_side(h, r.sources) and not h.is_place]
                if self._hostile_measure(o):  # type: ignore[attr-defined]
                    # rule `measure-patient`: the one "Sanktionen gegen X" aim at is not the
                    # actor behind them
                    found = [h for h in found if h.how not in self.PATIENT_HOWS]  # type: ignore[attr-defined]
                    # "einen Boykott russischer Waren": the goods' country is the patient too
                    found = [h for h in found if not self._goods_of(o, h, actors)]  # type: ignore[attr-defined]
                rule = "act-actor:phrase"
                if not found and (o.lemma_ or o.text).lower() in self.lex.words("claim_nouns"):
                    rep, _ = self._reported_by(sent, actors)  # type: ignore[attr-defined]
                    found = [rep] if rep is not None and not _same_side(rep, r.sources) else []
                    rule = "act-actor:reporter"
                g = sx.governing_verb(o)
                if not found and g is not None and g.i != r.anchor.i:
                    # "einen Plan …, den die Miliz ablehnte": the one who makes the plan
                    hits, _ = self._hits(self._subject(g)[0], actors, 1)  # type: ignore[attr-defined]
                    found = [h for h in hits if not _same_side(h, r.sources) and not h.is_place]
                    rule = f"act-actor:subject of {g.lemma_}"
                if not found:
                    for d in self._act_events(r, o, cands):
                        for side in (d.sources, d.targets):
                            if side and not any(_same_side(h, r.sources) for h in side):
                                found, rule = list(side), f"act-actor:{d.entry.id}"
                                break
                        if found:
                            break
                if found:
                    break
            if found:
                r.targets = [replace(h, how="act-actor") for h in found]
                r.tgt_rule = rule

    @staticmethod
    def _act_events(r: Cand, o: Token, cands: list[Cand]) -> list[Cand]:
        """The events of the sentence an act noun may take up, best first: one in a relative
        clause on the noun, then those before the attitude verb, nearest first (no other
        attitude, none inside the noun's own phrase)."""
        others = [d for d in cands if d is not r and (d.sources or d.targets)]
        rel = [
            d for d in others if sx.dep(d.anchor) in ("acl", "acl:relcl") and d.anchor.head.i == o.i
        ]
        before = [
            d
            for d in others
            if d.anchor.i < r.anchor.i
            and d not in rel
            and d.entry.type not in ATTITUDE_TYPES
            and not (o.left_edge.i <= d.anchor.i <= o.right_edge.i)
        ]
        return rel + sorted(before, key=lambda d: -d.anchor.i)

    def _policy_protest_targets(self, cands: list[Cand], actors: Actors) -> None:
        """Rule `policy-protest`: a protest with no target against a policy named by a noun
        that is no actor ("gegen die geplante Streichung der Subventionen", "gegen geplante
        Steuererhöhungen", "gegen das Gesetz") is aimed at the government of the protesters'
        country (CONVENTIONS: the government a protest is directed at)."""
        from lagebild.coding.coder import Hit

        for c in cands:
            if c.entry.type != "PROTEST" or c.targets or not c.sources:
                continue
            scope = [c.anchor]
            for x in c.anchor.children:  # "…, um gegen … zu protestieren" (purpose clause)
                if sx.dep(x) in ("advcl", "xcomp") and sx.is_zu_infinitive(x):
                    scope.append(x)
            nouns = [t for x in scope for t in sx.preps(x, "gegen")]
            if c.noun is not None:
                nouns += sx.np_preps(c.noun, "gegen")
            if c.kind == "noun":
                nouns += sx.np_preps(c.anchor, "gegen")
                # the PP the parser hung on the verb after the noun ("nahm bei Protesten gegen
                # die Rentenreform 80 Menschen fest")
                nouns += [t for t in sx.np_continuation(c.anchor) if sx.case_of(t) == "gegen"]
                g = c.anchor.head  # "legten mit einem Generalstreik gegen … das Land lahm"
                if sx.case_of(c.anchor) == "mit" and g.pos_ in ("VERB", "AUX"):
                    nouns += sx.preps(g, "gegen")
            pol = [n for n in nouns if actors.at(n) is None and self._is_policy(n)]
            countries = {h.country for h in c.sources if h.country}
            if not pol or len(countries) > 1:
                continue
            cc = next(iter(countries), "")  # none: filled from the place later ("in Paris")
            if cc.startswith(("IGO:", "NGO:")):
                continue
            n = pol[0]
            c.targets = [Hit.of_token(f"{cc}/GOV", n, "policy")]
            c.tgt_rule = "policy-protest"

    @staticmethod
    def _is_policy(n: Token) -> bool:
        word = (n.lemma_ or n.text).lower()
        return any(word.endswith(p) for p in POLICY_ENDINGS) or word in POLICY_WORDS

    # ------------------------------------------------------------ targets one step away
    def _nominal_act_targets(self, cands: list[Cand], actors: Actors) -> None:
        """Targets a verb's event noun object gives one step away (session 5):
        rule `beneficiary`: refusing, asking for or backing a transfer (`transfer_nouns`: die
        Freigabe, Lieferung, Auszahlung von …; an aid noun) aims at whom it was for: the "für"/
        "an"/"nach" phrase after the noun ("blockierte die Freigabe von 6,6 Milliarden Euro …
        für die Ukraine" → UKR);
        rule `requested-body`: a request for a procedure of an organisation ("beantragte
        Konsultationen nach Artikel 4 des Nato-Vertrags", "eine Dringlichkeitssitzung des
        UN-Sicherheitsrats") is addressed to that organisation;
        rule `release-holder`: a demand for a release ("forderte deren sofortige Freilassung")
        is addressed to whoever holds the prisoners: the doer of an arrest or detention the
        sentence reports, not the prisoners themselves."""
        for c in cands:
            if c.kind == "noun" or not c.sources or c.entry.type not in BENEFIT_TYPES:
                continue
            if c.targets and not all(
                _same_side(t, c.sources) or self.lex.in_class(actors.doc[t.token].lemma_, "@weapon")
                for t in c.targets
            ):
                if c.entry.type != "REQUEST" or not self._release_nouns(c):
                    continue
            objs = self._objects(c.anchor)  # type: ignore[attr-defined]
            if c.noun is not None and c.noun not in objs:
                objs = [c.noun] + objs
            found, rule = self._beneficiary(c, objs, actors), "beneficiary"
            if not found and c.entry.type == "REQUEST":
                found, rule = self._requested_body(c, objs, actors), "requested-body"
            if not found and c.entry.type == "REQUEST" and self._release_nouns(c):
                found, rule = self._release_holder(c, cands), "release-holder"
            if found:
                c.targets, c.tgt_rule = [replace(h, how=rule) for h in found], rule

    def _act_patient_targets(self, cands: list[Cand], actors: Actors, sent: Span) -> None:
        """Rule `act-patient`: an attitude (ACCUSE, REJECT, SUPPORT) to an act named by its noun
        object whose target was read from that act's patient ("verurteilte die Festnahme zweier
        Journalisten im Iran", "begrüßte die Freilassung mehrerer Oppositioneller in
        Venezuela", "lobte die Freilassung von zwölf Polizisten durch die ELN") targets the
        act's doer: the noun event's own source, else the state where it happened (rule
        `state-agent`, `PlaceRules._state_agent`). Which phrase of the noun is the patient is
        the noun entry's reading (a COERCE or CONCEDE noun's genitive is whom it is done to, an
        ASSAULT noun's is who does it), seen as the same token among the noun event's targets.
        With no doer of another side found, the target stays."""
        nouns = {d.anchor.i: d for d in cands if d.kind == "noun" and d.targets}
        for r in cands:
            if r.kind == "noun" or not r.sources or not r.targets:
                continue
            if r.entry.type not in ATTITUDE_TYPES:
                continue
            objs = [
                x
                for o in self._objects(r.anchor)  # type: ignore[attr-defined]
                for x in sx.conjuncts(o)
            ]
            for o in objs:
                d = nouns.get(o.i)
                if d is None or d is r or d.entry.type not in PATIENT_ACT_TYPES:
                    continue
                patients = {h.token for h in d.targets}
                if not all(h.token in patients for h in r.targets):
                    continue
                doers = [h for h in d.sources if not _same_side(h, r.sources)]
                if not doers and not d.sources:
                    state = self._state_agent(d, d.entry.type, sent, actors)  # type: ignore[attr-defined]
                    doers = (
                        [state] if state is not None and not _same_side(state, r.sources) else []
                    )
                if doers and not any(h.token in patients for h in doers):
                    r.notes.append(
                        f"act-patient: '{r.targets[0].text}' is whom '{o.text}' was done to"
                    )
                    r.targets = [replace(h, how="act-patient") for h in doers]
                    r.tgt_rule = f"act-patient:{d.entry.id}"
                break

    def _is_transfer(self, n: Token) -> bool:
        word = (n.lemma_ or n.text).lower()
        if any(word.endswith(w) for w in TRANSFER_NOUNS):
            return True
        _, ents = self.noun_entries(n)  # type: ignore[attr-defined]
        return any(e.type == "AID" for e in ents)

    def _beneficiary(self, c: Cand, objs: list[Token], actors: Actors) -> list[Hit]:
        for o in objs:
            chain = [o] + [k for k in o.children if sx.base_dep(k) == "nmod"]
            if not any(self._is_transfer(x) for x in chain):
                continue
            toks = [t for x in chain for p in BENEFIT_PREPS for t in sx.np_preps(x, p)]
            # the parser hangs the phrase on the verb: "blockierte die Freigabe von … für X"
            toks += [
                t
                for p in BENEFIT_PREPS
                for t in sx.preps(c.anchor, p)
                if t.i > o.i and p not in c.entry.target
            ]
            for t in sorted(toks, key=lambda t: t.i):
                hits, _ = self._hits([t], actors, 1)  # type: ignore[attr-defined]
                hits = [h for h in hits if not _same_side(h, c.sources)]
                if hits:
                    return hits
        return []

    def _requested_body(self, c: Cand, objs: list[Token], actors: Actors) -> list[Hit]:
        for o in objs:
            if actors.at(o) is not None:
                continue
            hits, _ = self._hits([o], actors, 2)  # type: ignore[attr-defined]
            if not hits:  # "Konsultationen nach Artikel 4 des Nato-Vertrags": one PP deeper
                hits = [
                    h
                    for t in sx.np_preps(o, "nach") + sx.preps(c.anchor, "nach")
                    if t.i > o.i
                    for h in self._hits([t], actors, 2)[0]  # type: ignore[attr-defined]
                ]
            hits = [
                h
                for h in hits
                if h.code.startswith("IGO:") and all(h.code != s.code for s in c.sources)
            ]
            if hits:
                return hits[:1]
        return []

    def _release_nouns(self, c: Cand) -> list[Token]:
        objs = self._objects(c.anchor) + ([c.noun] if c.noun is not None else [])  # type: ignore[attr-defined]
        return [o for o in objs if (o.lemma_ or o.text).lower() in RELEASE_NOUNS]

    @staticmethod
    def _release_holder(c: Cand, cands: list[Cand]) -> list[Hit]:
        holders = [
            d
            for d in cands
            if d is not c
            and d.entry.type == "COERCE"
            and d.sources
            and not any(_same_side(h, c.sources) for h in d.sources)
        ]
        if not holders:
            return []
        d = min(holders, key=lambda d: abs(d.anchor.i - c.anchor.i))
        return list(d.sources)

    # ------------------------------------------------------------ strikes, parties, one group
    def _strike_targets(self, cands: list[Cand], actors: Actors) -> None:
        """Rule `strike-target`: a strike or protest of workers or unions with no target is
        aimed at whom the purpose names ("um den Druck auf die Regierung zu erhöhen"), else at
        the state of their own country (as the gold codes strikes: employer or government)."""
        from lagebild.coding.coder import Hit

        for c in cands:
            self._strike_workers(c)
            if c.entry.type != "PROTEST" or c.targets or not c.sources:
                continue
            if not all(h.sector == "LAB" and h.country for h in c.sources):
                continue
            countries = {h.country for h in c.sources}
            if len(countries) != 1 or next(iter(countries)).startswith(("IGO:", "NGO:")):
                continue
            found: list[Hit] = self._struck_employer(c, actors)
            for t in c.anchor.sent:
                if found:
                    break
                if (t.lemma_ or t.text).lower() == "druck":
                    toks = sx.np_preps(t, "auf") or (  # "erhöht den Druck auf die Lufthansa"
                        sx.preps(t.head, "auf") if sx.dep(t) == "obj" else []
                    )
                    hits, _ = self._hits(toks, actors, 1)  # type: ignore[attr-defined]
                    found = [h for h in hits if not _same_side(h, c.sources)]
                    break
            if not found:
                a = c.anchor
                cc = next(iter(countries))
                found = [Hit.of_token(cc, a, "strike")]
            c.targets, c.tgt_rule = (
                [replace(h, how="strike-target") for h in found],
                "strike-target",
            )

    def _struck_employer(self, c: Cand, actors: Actors) -> list[Hit]:
        """Rule `strike-target` (employer): a strike of workers is aimed at the company they strike,
        named in a "bei"-PP of the strike or of its verb ("weitet ihren Streik bei der Lufthansa
        aus", "legten bei Volkswagen die Arbeit nieder"): a business (BUS) actor that is none of
        the strikers."""
        toks: list[Token] = []
        for x in [c.anchor] + ([c.noun] if c.noun is not None else []):
            toks += sx.np_preps(x, "bei") if x.pos_ in ("NOUN", "PROPN") else sx.preps(x, "bei")
        found: list[Hit] = []
        for t in toks:
            h = actors.at(t)
            if h is None or h.sector != "BUS" or _same_side(h, c.sources):
                continue
            if any(s.start <= h.start < s.end for s in c.sources):
                continue  # inside the strikers' own phrase
            if all(f.code != h.code for f in found):
                found.append(h)
        return found

    @staticmethod
    def _strike_workers(c: Cand) -> None:
        """Rule `implied-workers`: a strike named by its noun whose only actor is the country
        it happens in ("Streik der Flugsicherung in Frankreich", "Wegen eines
        Fluglotsenstreiks kommt es in Frankreich zu Ausfällen") is by that country's workers
        (LAB), not by the state; a hunger strike is no labour action.
        Rule `implied-protesters`: any other protest, or a strike told by its verb, whose only
        source is a place the text names ("Proteste gegen Stellenabbau in Berlin", "eine
        Kundgebung in Dresden", "streiken Mitarbeiter in Sachsen") is by the people there: the
        civilians (CVL) or, for a strike, the workers (LAB) of its country, not the town.
        Rule `crowd-workers`: a strike's crowd of no sector is workers (LAB)."""
        if c.entry.type != "PROTEST":
            return
        strike = c.entry.cameo.startswith("143")
        hunger = "hunger" in fold(" ".join(t.lemma_ or t.text for t in c.triggers))
        if (
            strike
            and not hunger
            and c.sources
            and all(h.how == "crowd" and h.sector == "CVL" for h in c.sources)
        ):
            # rule `crowd-workers`: people counted as a crowd who strike ("etwa 450
            # Mitarbeiter folgten dem Streikaufruf", "legen ein paar Hundert die Arbeit
            # nieder") are workers; a sector noun keeps its own (pupils' school strike: CVL)
            c.sources = [replace(h, code=f"{h.country or ''}/LAB") for h in c.sources]
            c.src_rule += "/crowd-workers"
            return
        if c.kind != "noun" or not strike:
            if c.sources and all(
                h.is_place and h.country and not h.code.startswith(("IGO:", "NGO:"))
                for h in c.sources
            ):
                sec = "LAB" if strike else "CVL"
                c.sources = [
                    replace(h, code=f"{h.country}/{sec}", is_place=False) for h in c.sources
                ]
                c.src_rule += "/implied-protesters"
            return
        if "hunger" in (c.anchor.lemma_ or c.anchor.text).lower():
            return
        if c.sources and all(
            h.country
            and not h.code.startswith(("IGO:", "NGO:"))
            and (h.is_place or h.sector == "-")
            for h in c.sources
        ):
            c.sources = [replace(h, code=f"{h.country}/LAB", is_place=False) for h in c.sources]
            c.src_rule += "/implied-workers"

    def _party_targets(self, cands: list[Cand], actors: Actors) -> None:
        """Rule `conflict-parties`: a demand or appeal addressed to "beide Seiten", "die
        Konfliktparteien", "alle Kriegsparteien" is addressed to the parties of the fight,
        agreement or talks the sentence reports (their armed or state actors, not the victims)."""
        for c in cands:
            if c.kind == "noun" or not c.sources:
                continue
            if c.entry.type not in ("REQUEST", "ACCUSE", "SUPPORT", "THREATEN"):
                continue
            a = c.anchor
            toks = self._objects(a) + sx.indirect_objects(a) + sx.preps(a, "an")  # type: ignore[attr-defined]
            words = [t for t in toks if self._party_word(t)]
            if not words:
                continue
            if c.targets and not all(  # the actor stage may have read the word itself
                words[0].left_edge.i <= t.token <= words[0].right_edge.i for t in c.targets
            ):
                continue
            parties: list[Hit] = []
            for d in cands:
                if d is c or d.entry.type not in PARTY_EVENT_TYPES:
                    continue
                for h in d.sources + d.targets:
                    if h.sector in NON_PARTIES or _same_side(h, c.sources):
                        continue
                    # one per country: "die Konfliktparteien im Sudan" are Sudan (as coded)
                    if all(h.country != p.country for p in parties):
                        parties.append(h)
            if not parties and len({t.country for t in c.targets}) < len(c.targets):
                parties = [
                    t
                    for i, t in enumerate(c.targets)
                    if t.country not in {u.country for u in c.targets[:i]}
                ]
            if parties:
                c.targets = [replace(h, how="conflict-parties") for h in parties]
                c.tgt_rule = "conflict-parties"

    @staticmethod
    def _party_word(t: Token) -> bool:
        return party_word(t)  # (actors/sides.py)

    @staticmethod
    def _same_group(c: Cand) -> bool:
        """Is c a fight among the members of one plural group: a symmetric fight with one
        source, a plural noun marked as rivals ("rivalisierende Milizen", "verfeindete Clans")
        or fighting "untereinander"?"""
        if c.entry.type != "ASSAULT" or c.kind == "noun" or c.targets:
            return False
        if not (c.entry.symmetric or c.symmetric) or len(c.sources) != 1:
            return False
        x = c.anchor.doc[c.sources[0].token]
        if sx.morph(x, "Number") != "Plur" or x.pos_ != "NOUN":
            return False
        return any((k.lemma_ or k.text).lower() in RIVAL_WORDS for k in x.children) or any(
            k.lower_ in RIVAL_WORDS for k in c.anchor.children
        )

    @classmethod
    def _group_fight(cls, cands: list[Cand]) -> None:
        """Rule `same-group`: a fight among the members of one plural group ("lieferten sich
        rivalisierende Milizen heftige Gefechte") has that group on both sides."""
        for c in cands:
            if cls._same_group(c):
                c.targets = [replace(c.sources[0], how="same-group")]
                c.tgt_rule = "same-group"

    def _drill_site_targets(self, cands: list[Cand], actors: Actors) -> None:
        """Rule `drill-site`: a show of force with no target held around or off another
        country ("hat rund um Taiwan Militärmanöver abgehalten", "Manöver vor der Küste
        Japans") is aimed at that country: a "rund um"/"um … herum" or "vor" phrase of the verb
        or of the event noun whose place or actor is of another country than the source."""
        from lagebild.coding.coder import Hit

        for c in cands:
            if c.entry.type != "MOBILIZE" or c.targets or not c.sources:
                continue
            scope = [c.anchor] + ([c.noun] if c.noun is not None else [])
            if c.kind == "noun" and c.anchor.head.pos_ in ("VERB", "AUX"):
                scope.append(c.anchor.head)  # "hat rund um Taiwan Manöver abgehalten"
            toks = []
            for x in scope:
                for t in sx.preps(x, "um"):
                    kids = list(x.children) + list(t.children)
                    if any(k.lower_ in ("rund", "herum", "rings") for k in kids):
                        toks.append(t)
                toks += sx.preps(x, "vor")
            own = {h.country for h in c.sources}
            for t in toks:
                h = actors.at(t) or actors.place(t)
                if h is None:  # "vor der Küste Japans": the owner of the place noun
                    hits, _ = self._hits([t], actors, 1)  # type: ignore[attr-defined]
                    h = hits[0] if hits else None
                if h is None or not h.country or h.country in own:
                    continue
                if h.code.startswith(("IGO:", "NGO:")):
                    continue
                c.targets = [Hit(h.country, h.name, h.text, h.start, h.end, h.token, "drill-site")]
                c.tgt_rule = "drill-site"
                break

    # ------------------------------------------------------------ session 6: shared arguments
    # targets a first conjunct gives that its second conjunct does not take over
    NOT_SHARED_TARGETS = ("location", "object-place", "participant", "drill-site", "crowd")

    def _conjunct_targets(self, cands: list[Cand], actors: Actors) -> None:
        """Rule `conj:shared-target`: a verb coordinated with a verb before it ("forderte Japan
        auf, … und warnte vor ernsten Konsequenzen"; "bestellte den Botschafter ein und forderte
        eine Entschuldigung"; "warf Washington vor, … und kündigte Gegenmaßnahmen an") that
        shares its subject and names no actor as its own object or addressee acts on the first
        verb's object or addressee. A pronoun object of its own ("und warf ihm Spionage vor")
        must agree with it; a target of the speaker's own side, a place or a target found
        outside the first verb's phrase is not passed on."""
        by_anchor = {d.anchor.i: d for d in cands if d.kind in ("verb", "light")}
        for d in cands:  # an event noun as the first verb's object: "hat die Ausweisung von
            # drei Mitarbeitern … angeordnet und ihnen vorgeworfen" (support verb 'angeordnet')
            if d.kind == "noun" and sx.base_dep(d.anchor) in ("obj", "nsubj:pass"):
                by_anchor.setdefault(d.anchor.head.i, d)
        for c in cands:
            if c.kind not in ("verb", "light") or c.targets or not c.sources:
                continue
            if not c.src_rule.startswith("conj:shared-subject"):
                continue
            v = c.anchor
            first = sx.verb_final_conjunct_head(v) or v.head
            d = by_anchor.get(first.i)
            if d is None or d is c or not d.targets or first.i > v.i:
                continue
            if d.tgt_rule.split("/")[0].split(":")[0] in self.NOT_SHARED_TARGETS:
                continue
            if any(t.is_place or _same_side(t, c.sources) for t in d.targets):
                continue
            own = [
                o
                for o in self._objects(v) + sx.indirect_objects(v)  # type: ignore[attr-defined]
                if o.pos_ in ("PRON", "PROPN") or actors.at(o) is not None
            ]
            if any(o.pos_ == "PROPN" or actors.at(o) is not None for o in own):
                continue  # its own actor object (unresolved or not) is its target
            slot = [
                t
                for r in ("obj", "iobj")
                if r in c.entry.target
                for t in self._role_tokens(v, r, True)  # type: ignore[attr-defined]
                if t.pos_ == "NOUN" and (c.noun is None or t.i != c.noun.i)
            ]
            if slot:  # "und bat die internationale Gemeinschaft, …": an addressee (or patient)
                continue  # of its own that is no actor; not "und forderte eine Entschuldigung"
            # a pronoun of its own agrees with a noun of the target's phrase ("von drei
            # Mitarbeitern des Komitees …": 'ihnen' with 'Mitarbeitern')
            prons = [o for o in own if o.pos_ == "PRON"]
            targets = [
                t
                for t in d.targets
                if all(
                    any(
                        self._pronoun_agrees(o, k)
                        for k in actors.doc
                        if t.start <= k.idx < t.end and k.pos_ in ("NOUN", "PROPN")
                    )
                    for o in prons
                )
            ]
            if not targets:
                continue
            c.targets = [replace(t, how="conj:shared-target") for t in targets]
            c.tgt_rule = f"conj:shared-target:{d.entry.id}"

    @staticmethod
    def _pronoun_agrees(p: Token, t: Token) -> bool:
        """Does a personal pronoun ("ihm", "ihn", "sie", "ihnen") agree with the noun t in
        number and gender? Unknown morphology agrees; "sie"/"ihnen" may be plural of any
        gender, and a country name takes "es"/"ihm"."""
        pn, tn = sx.morph(p, "Number"), sx.morph(t, "Number")
        if pn and tn and pn != tn:
            return False
        pg, tg = sx.morph(p, "Gender"), sx.morph(t, "Gender")
        if pn == "Plur" or not pg or not tg:
            return True
        if pg == "Fem" or tg == "Fem":
            return pg == tg
        return True  # masculine and neuter share "ihm"

    def _both_members(self, x: Token, actors: Actors, owner: bool = False) -> list[Hit]:
        """Rule `both`: "beide Länder", "die beiden Seiten", "beide Regierungen" with no actor
        of their own are the two parties the sentence names as a coordination ("Nachdem die
        Verteidigungsminister Japans und Australiens verhandelt hatten, unterzeichneten beide
        Länder …"; "In Doha, wo beide Seiten … unterzeichneten, hatten die Regierung und die
        M23 verhandelt"), the nearest before first; else the only two countries it names."""
        if not (both_noun(x) and quantified_by_both(x)) and not bare_both(x):  # (sides.py)
            return []
        if sx.base_dep(x) not in ("nsubj", "obj", "iobj", "obl") and not owner:
            return []  # an argument of a verb ("die Zusammenarbeit beider Länder" is no act)
        # (owner=True: the genitive owner of an actor noun, "die Minister beider Länder")
        sent = x.sent
        g = x.head if x.head.i != x.i else None
        speaker = set()  # the subject of x's own verb is not one of "both"
        if g is not None and sx.base_dep(x) != "nsubj" and g.pos_ in ("VERB", "AUX"):
            for s in self._subject(g)[0]:  # type: ignore[attr-defined]
                for t in sx.conjuncts(s):  # "Frankreich, Deutschland und Großbritannien riefen"
                    h = actors.at(t)
                    if h is not None:
                        speaker.add(h.country)
        order = sorted(sent, key=lambda t: (t.i > x.i, abs(t.i - x.i)))
        for t in order:
            if x.left_edge.i <= t.i <= x.right_edge.i:
                continue
            a = actors.at(t)
            if a is None or a.is_place:
                continue
            others = [actors.at(c) for c in t.children if sx.dep(c) == "conj"]
            others += self._adjective_conjuncts(t, a, actors)
            for b in others:
                if b is None or b.is_place or b.token == a.token or b.country == a.country:
                    continue
                # (an appeal by one of the two to "beide Länder" is addressed to the other)
                pair = [h for h in (a, b) if h.country not in speaker]
                if pair:
                    return [replace(h, how="both") for h in pair]
        found: dict[str, Hit] = {}  # else: the sentence names exactly two countries
        for sp in actors.doc.spans.get("actors", []):
            if sp.start < sent.start or sp.end > sent.end or getattr(sp._, "is_place", False):
                continue
            h = actors.at(sp.root)
            if h is not None and h.country and not h.code.startswith(("IGO:", "NGO:")):
                found.setdefault(h.country, h)
        for t in sent:  # (also by an adjective the actor spans leave out: "Armenische und …")
            if t.pos_ == "ADJ" and actors.at(t) is None and (h := actors.adjective(t)):
                if h.country and not h.code.startswith(("IGO:", "NGO:", "/")):
                    found.setdefault(h.country, h)
        if len(found) == 2:
            return [replace(h, how="both") for c, h in found.items() if c not in speaker]
        return []
