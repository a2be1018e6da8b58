"""Verb roles of the event coder: the subject (or passive agent), objects and prepositional
phrases of a trigger verb, with the repairs for what the parser mislabels (a relative pronoun's
antecedent, a shared subject of coordinated verbs, control, a subject read as an object), and
the source and target of a verb or light-verb candidate read from them: an entry's source in a
PP, a state passive, a demand's addressee, an offered event, and the patient of a measure a
stance is about (rule `measure-patient`) (docs/coding.md, "Role resolution").

`VerbRoles` is a mixin of `EventCoder`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from lagebild.coding import syntax as sx
from lagebild.coding.roles import ATTITUDE_TYPES

if TYPE_CHECKING:  # pragma: no cover
    from lagebild.coding.lexicon import Entry
    from lagebild.coding.mentions import Actors, Cand, Hit


def sx_preps() -> set[str]:
    from lagebild.coding.lexicon import PREPOSITIONS

    return PREPOSITIONS


# the prepositions of a relative clause's antecedent that name a party to an exchange, not a
# place ("an Russland, das im Gegenzug …")
RELATIVE_PARTY_PREPS = ("an", "mit", "gegen")


class VerbRoles:
    """Source and target of a trigger verb from its clause."""

    # ------------------------------------------------------------------ role tokens
    def _subject(
        self, v: Token, depth: int = 0, exclude: Token | None = None
    ) -> tuple[list[Token], str]:
        """Subject (active) or agent (passive) of verb v, with the rule used."""
        if sx.is_passive(v):
            ag = sx.agents(v)
            return ag, "passive:agent" if ag else "passive:agentless"
        subj = [t for t in sx.subjects(v) if exclude is None or t.i != exclude.i]
        if len(subj) == 1 and subj[0].lower_ == "was" and subj[0].pos_ == "PRON":
            # "…, was die Regierung in Pristina zurückwies": "was" (the clause before) is the
            # object, the noun phrase the parser read as object is the subject
            objs = [o for o in sx.objects(v) if o.pos_ in ("NOUN", "PROPN")]
            if objs:
                return objs, "was-clause:subject"
        if subj and (first := self._subject_among_objects(v, subj)):
            return first, "subj:first-of-objects"
        if subj:
            out = []
            speaker = False
            acts = getattr(self, "_cur_actors", None)
            for s in subj:
                ante = sx.relative_antecedent(s) if s.pos_ == "PRON" else None
                if ante is None and s.pos_ == "PRON" and acts is not None and acts.at(s) is None:
                    ante = sx.reported_speaker(s, v)  # "Das Militär teilte mit, es habe …"
                    speaker = speaker or ante is not None
                out.append(ante if ante is not None else s)
            rule = (
                "reported-pronoun"
                if speaker
                else "relcl:antecedent"
                if any(a.i != b.i for a, b in zip(out, subj, strict=False))
                else "subj"
            )
            return out, rule
        if depth > 3:
            return [], "none"
        d = sx.dep(v)
        if (host := self._aux_host(v)) is not None:
            s, _ = self._subject(host, depth + 1)
            return s, "repair:participle-of-aux"
        if d == "conj" and v.head.pos_ in ("VERB", "AUX"):
            h = sx.verb_final_conjunct_head(v) or v.head
            if (
                sx.is_passive(h)
                and not sx.is_passive(v)
                and sx.dep(h) in ("ccomp", "parataxis")
                and h.head.pos_ in ("VERB", "AUX")
            ):  # "Islamabad erklärte, es seien … getötet worden, und kündigte … an": the
                # active conjunct hung on the reported passive belongs to the reporting clause
                h = h.head
            s, _ = self._subject(h, depth + 1)
            return s, "conj:shared-subject"
        if (
            d == "parataxis"
            and v.head.pos_ in ("VERB", "AUX")
            and v.i > v.head.i
            and sx.morph(v, "VerbForm") == "Fin"
            and not any(sx.dep(k) in ("mark", "expl", "nsubj:pass") for k in v.children)
        ):  # "begrüßte die Freilassung …, rief aber beide Seiten auf": a second main clause
            # joined by a comma shares the first one's subject
            s, _ = self._subject(v.head, depth + 1)
            return s, "parataxis:shared-subject"
        if d in ("aux", "aux:pass", "cop") and v.head.i != v.i:  # a main verb read as auxiliary
            s, _ = self._subject(v.head, depth + 1)
            return s, "repair:aux-as-verb"
        if d in ("xcomp", "ccomp", "advcl", "acl") and (owner := sx.decision_owner(v)):
            return owner, "control:decision-owner"  # "die Entscheidung der Regierung, … zu"
        if d in ("xcomp", "ccomp", "advcl") and sx.is_zu_infinitive(v):
            gov = v.head
            if self.verb_lemma(gov) in self.obj_control:
                # ("appellierte an Russland, die Angriffe einzustellen": the one appealed to)
                o = sx.objects(gov) or sx.indirect_objects(gov) or sx.preps(gov, "an")
                if o:
                    return o, "control:object"
            s, _ = self._subject(gov, depth + 1)
            return s, "control:subject"
        if d in ("acl", "acl:relcl") and v.head.pos_ in ("NOUN", "PROPN"):
            return [], "none"
        # fall-back: German word order and case when the parse gives no subject
        for c in sx.clause_children(v):
            if c.pos_ in ("NOUN", "PROPN") and sx.case_of(c) is None and c.i < v.i:
                if sx.morph(c, "Case") in (None, "Nom"):
                    return [c], "fallback:order"
        return [], "none"

    def _subject_among_objects(self, v: Token, subj: list[Token]) -> list[Token]:
        """Rule `subj:first-of-objects`: the parser gave the subject label to a word of a frame
        phrase or an article ("Trotz der Waffenruhe hat die israelische Luftwaffe Stellungen der
        Hisbollah bombardiert": "Waffenruhe" as subject, both noun phrases as objects) and read
        the real subject as an object. When the labelled subject is no actor (nor a pronoun, which
        other rules resolve) and an active verb has two or more objects that are actors, the
        first of them is the subject."""
        acts = getattr(self, "_cur_actors", None)
        if acts is None or sx.dep(v) in ("acl", "acl:relcl"):
            return []
        if any(s.pos_ == "PRON" or acts.at(s) is not None for s in subj):
            return []
        if any(acts.at(x) is not None for s in subj for x in s.subtree):
            return []  # "Vertreter der USA": an actor nested in the subject
        nominal = sorted(
            (
                k
                for k in v.children
                if sx.dep(k) in ("obj", "iobj")
                and k.pos_ in ("NOUN", "PROPN")
                and sx.case_of(k) is None
            ),
            key=lambda k: k.i,
        )
        actors_ = [k for k in nominal if acts.at(k) is not None]
        if len(actors_) < 2 or actors_[0] is not nominal[0]:
            return []
        return [actors_[0]]

    def _objects(self, v: Token) -> list[Token]:
        out = sx.passive_subjects(v) if sx.is_passive(v) else sx.objects(v)
        if not out and (m := self._aux_main(v)) is not None:
            out = sx.objects(m)  # "wies die Vorwürfe entschieden zurück" read as aux + verb
        if not out and (h := self._aux_host(v)) is not None:
            out = sx.objects(h)  # "hat den Journalisten, der …, freigelassen"
        if not out and (h := sx.verb_final_conjunct_head(v)) is not None:
            out = sx.objects(h)  # "…, den die Miliz verurteilte und ablehnte" (syntax.py)
        return out

    def _role_tokens(self, v: Token, role: str, is_target: bool) -> list[Token]:
        if role == "subj":
            return self._subject(v)[0]
        if role == "obj":
            if (split := self._naming_split(v)) is not None:
                return self._relatives([split[0]])  # not the name ("einen Drogenboss")
            return self._relatives(self._objects(v))
        if role == "iobj":
            return self._relatives(sx.indirect_objects(v))
        if role in ("gen", "poss", "prefix", "amod", "copsubj", "support"):
            return []
        out = sx.preps(v, role)
        if not out and (m := self._aux_main(v) or self._aux_host(v)) is not None:
            out = sx.preps(m, role)
        if not out and is_target:  # PP attached to the object noun instead of the verb
            for o in self._objects(v):
                out += sx.preps(o, role)
        return out

    def _verb_roles(self, g: Token) -> set[str]:
        roles: set[str] = set()
        for e in self.lex.by_verb.get(self.verb_lemma(g), []):
            roles.update(e.target, e.require_roles, e.exclude)
        return roles

    # ------------------------------------------------------------------ verb candidates
    instrument_types = ("ASSAULT", "MOBILIZE", "COERCE", "THREATEN")

    DEMAND_MODALS = ("müssen", "sollen", "dürfen")

    def _demand_addressee(self, c: Cand, actors: Actors) -> None:
        """Rule `demand-addressee`: a demand with no addressee named on its verb is addressed to
        the subject of its content clause ("forderte, dass die Regierung zurücktritt",
        "verlangt, Russland müsse seine Truppen abziehen"): the one who is to act. Not a passive
        subject ("dass Sanktionen gegen X verhängt werden": X is the measure's patient) and not
        the demander itself ("forderte, dass sie beteiligt werde")."""
        for x in c.anchor.children:
            d = sx.dep(x)
            if x.pos_ not in ("VERB", "AUX") or d not in ("ccomp", "parataxis"):
                continue
            # its content: a "dass" clause, or a clause with "müsse"/"solle" ("verlangt,
            # Russland müsse …"); not reported speech ("…, sagte er") nor a clause on what
            # followed ("bat um Waffen, woraufhin X …")
            if not any(
                (sx.dep(k) == "mark" and k.lower_ == "dass")
                or (sx.dep(k) == "aux" and (k.lemma_ or "") in self.DEMAND_MODALS)
                for k in x.children
            ):
                continue
            subj = [k for k in x.children if sx.dep(k) == "nsubj"]
            hits, _ = self._hits(subj, actors, 1)
            hits = [
                h for h in hits if not any(h.code == s.code for s in c.sources) and not h.is_place
            ]
            if hits:
                c.targets, c.tgt_rule = hits, "demand-addressee"
                return

    def _stative_passive(self, v: Token, e: Entry) -> bool:
        """A state passive ("Millionen Menschen sind von einer Hungersnot bedroht"): a transitive
        entry's participle under "sein" with a "von"/"durch" phrase: the "von" phrase is the
        agent and the subject the patient (never the other way round)."""
        if sx.morph(v, "VerbForm") != "Part" or sx.is_passive(v) or "obj" not in e.target:
            return False
        if not (sx.preps(v, "von") or sx.preps(v, "durch")):
            return False
        if sx.dep(v) == "root" and not any(
            sx.dep(k).startswith("aux") or sx.dep(k) == "cop" for k in v.children
        ):  # a headline with no auxiliary: "Journalist in Minsk von Polizei festgenommen"
            return True
        return any(
            (sx.dep(k).startswith("aux") or sx.dep(k) == "cop") and (k.lemma_ or "") == "sein"
            for k in v.children
        )

    def _roles_verb(self, c: Cand, actors: Actors) -> Cand:
        v, e = c.anchor, c.entry
        toks, rule = self._subject(v)
        if e.source and "subj" not in e.source:
            # the entry names the source in a PP ("stieß bei der Bundesregierung auf Kritik")
            alt = [t for r in e.source if r in sx_preps() for t in self._role_tokens(v, r, False)]
            if "speaker" in e.source and (sp := sx.speaker(v)) is not None:
                alt.append(sp)  # "X komme nicht in Frage, erklärte Y": Y rules X out
            if c.noun is not None:
                alt += [t for r in e.source if r in sx_preps() for t in sx.np_preps(c.noun, r)]
            toks, rule = alt, "entry-source"
        stative = self._stative_passive(v, e)
        if stative:  # the agent is the "von" phrase; a natural hazard there is no actor
            patients = toks
            toks, rule = sx.preps(v, "von") or sx.preps(v, "durch"), "stative-passive:agent"
        if not toks and "obj" in e.source:
            # the forces an agentless passive moves ("Truppen sollen zusammengezogen worden
            # sein") or the aircraft one registers ("registrierte 34 chinesische
            # Militärflugzeuge"): their country acts
            toks, rule = self._role_tokens(v, "obj", False), "entry-source:obj"
        c.sources, how = self._hits(toks, actors, 1)
        if rule == "entry-source:obj" and c.sources:
            # forces the subject counts are another state's: bare "neun Kriegsschiffe", read as
            # the subject's own, are not its show of force
            own, _ = self._hits(self._subject(v)[0], actors, 1)
            mine = {h.code.split("/")[0] for h in own}
            c.sources = [h for h in c.sources if h.code.split("/")[0] not in mine]
        if rule == "relcl:antecedent":
            # "liefert Drohnen an Russland, das im Gegenzug Weizen schickt": the relative
            # pronoun makes a party the doer ("an", "mit", "gegen" X); a place after "in",
            # "nach", "aus" stays a place ("eine Mission nach Bissau, die dort …")
            c.sources = [
                h
                for h in c.sources
                if not h.is_place
                or sx.case_of(actors.doc[h.token]) in RELATIVE_PARTY_PREPS
                or h in self._no_places([h], e, actors)
            ]
        elif rule != "entry-source":  # "erhielt von/aus Schweden": the country the PP names acts
            c.sources = self._no_places(c.sources, e, actors)
        if not c.sources and e.type == "PROTEST":  # "Tausende gingen auf die Straße"
            c.sources, how = self._crowd(toks), "crowd"
        if not c.sources and rule in ("relcl:antecedent", "conj:shared-subject"):
            # "eine Resolution, die … fordert" (also "…, die X verurteilte und … aufforderte")
            c.sources, how = self._document_author(toks, actors)
        c.src_rule = f"{rule}{'/' + how if how and how != 'span' else ''}"
        role_toks: list[Token] = []
        for role in e.target:
            if role == "zwischen":
                toks = self._role_tokens(v, "zwischen", True)
                hits, how = self._hits(toks, actors, 1)
                if hits:
                    c.targets, c.tgt_rule = hits, "zwischen"
                    break
                continue
            if role in ("amod", "gen", "poss", "prefix") and c.noun is not None:
                # a light verb's noun role in the entry's order ("schloss das russische
                # Konsulat in Danzig": the consulate's country before the town)
                hits, how = self._noun_role_hits(c.noun, role, actors, True)
                if hits:
                    c.targets, c.tgt_rule = hits, f"noun:{role}"
                    break
                continue
            toks = self._role_tokens(v, role, True)
            if role != "subj":  # "subj" as a target: "X stieß auf Kritik" (entry-source)
                toks = [t for t in toks if t not in (self._subject(v)[0])]
            role_toks += toks
            hits, how = self._hits(toks, actors, 2)
            if role == "mit":  # "ein Manöver mit Kriegsschiffen": forces or weapons with no
                # country of their own are the means, not a partner
                hits = [h for h in hits if not self._bare_means(actors.doc[h.token], actors)]
            if not hits and toks:  # "lehnte den Vorschlag von Präsident X ab"
                hits, how = self._tail_hits(v, toks, self._verb_roles(v), actors)
            if not hits and role == "obj" and toks:
                # a PP of the object the parser hung on the verb ("lehnte die Lieferung ... an
                # die Ukraine ab")
                orphan = [
                    t
                    for p in ("an", "gegen", "auf", "mit", "zu", "durch")
                    if p not in e.target
                    and p not in e.require_roles
                    # "verurteilte den Start der Rakete durch Nordkorea": in an active clause a
                    # "durch" PP names the agent of the object's event, never the subject
                    and (p != "durch" or any(sx.dep(k) == "nsubj" for k in v.children))
                    # "griff ... mit Drohnen an": the instrument of force is no target
                    and not (p == "mit" and e.type in self.instrument_types)
                    for t in sx.preps(v, p)
                    if t.i > toks[0].i
                    and not self.lex.in_class(t.lemma_ or t.text, "@weapon")
                    and not sx.after_predicative(v, t, toks[0])  # "als Verstoß gegen …"
                ]
                hits, how = self._hits(orphan, actors, 1)
                how = "object-pp" if hits else how
            if (
                hits
                and role == "obj"
                and self._stance_on_measure(e.type, toks)
                and (
                    how in self.PATIENT_HOWS
                    or any(
                        self._goods_of(x, hits[0], actors) for t in toks for x in sx.conjuncts(t)
                    )
                )
            ):
                # rule `measure-patient`: "lehnte im Sicherheitsrat Sanktionen gegen Venezuela
                # ab", "unterstützt die Sanktionen gegen Belarus": the one a measure is aimed
                # at is not the target of a stance on the measure (its doer or the body that
                # votes on it may be: rules `act-actor`, `motion-body`)
                c.notes.append(f"measure-patient: '{hits[0].text}' is the measure's patient")
                # the measure's own maker named with it stays ("Zustimmung zu neuen
                # EU-Sanktionen gegen russische Gasimporte": the EU, not Russia)
                makers = [h for h in hits if self._measure_maker(actors.doc[h.token])]
                if makers and len(makers) < len(hits):
                    c.targets, c.tgt_rule = makers, "measure-maker"
                hits, how = [], ""
                break
            if not hits and role == "obj" and "iobj" not in e.target:
                # an accusative object the parser read as dative ("verurteilte den
                # Oppositionellen zu ...")
                iob = (
                    [t for t in sx.indirect_objects(v) if sx.morph(t, "Case") == "Dat"]
                    if e.type in ("COERCE", "ASSAULT", "ACCUSE", "SANCTION")
                    else []
                )
                hits, how = self._hits(iob, actors, 1)
                how = "iobj-as-obj" if hits else how
            if hits:
                c.targets, c.tgt_rule = hits, f"{role}{'/' + how if how and how != 'span' else ''}"
                break
        if not c.targets and c.noun is not None:  # light verb: targets on the noun
            for role in e.target:
                hits, how = self._noun_role_hits(c.noun, role, actors, True)
                if role == "mit":  # "ein Manöver mit Kriegsschiffen": the means
                    hits = [h for h in hits if not self._bare_means(actors.doc[h.token], actors)]
                if hits:
                    c.targets, c.tgt_rule = hits, f"noun:{role}"
                    break
                role_toks += sx.np_preps(c.noun, role) if role in sx_preps() else []
        if not c.targets and e.governs == "hypothetical" and e.type == "REQUEST":
            self._demand_addressee(c, actors)
        if not c.targets and e.governs == "hypothetical":
            # "erklärte sich bereit, die Gespräche mit den USA wieder aufzunehmen": the other
            # party of the event offered
            for x in v.children:
                if sx.dep(x) in ("xcomp", "ccomp") and x.pos_ in ("VERB", "AUX"):
                    toks = sx.preps(x, "mit") + sx.indirect_objects(x) + sx.objects(x)
                    hits, _ = self._hits(toks, actors, 2)
                    if hits:
                        c.targets, c.tgt_rule = hits, "offered-event"
                        break
        if not c.targets and role_toks:  # "blockierte im Sicherheitsrat eine Resolution"
            self._motion_target(c, role_toks, actors)
        if stative and not c.targets:
            c.targets, how = self._hits(patients, actors, 1)
            c.tgt_rule = "stative-passive:subject" if c.targets else c.tgt_rule
        self._protest_object(c, actors)
        self._law_owner(c, actors)
        self._protest_roles(c, actors)
        self._cause_clause_target(c, actors)
        if not c.sources and c.noun is not None:  # "Die Militärhilfe der USA ... wird aufgestockt"
            for role in ("gen", "poss", "prefix", "amod"):
                hits, how = self._noun_role_hits(c.noun, role, actors, False)
                hits = self._no_places(hits, e, actors)
                if hits:
                    c.sources, c.src_rule = hits, f"noun:{role}"
                    break
        if not c.targets and c.noun is not None and e.symmetric:
            hits, _ = self._hits(sx.preps(c.noun, "zwischen"), actors, 1)
            if len(hits) >= 2 and not c.sources:
                c.sources, c.src_rule = hits[:1], "noun:zwischen"
                c.targets, c.tgt_rule = hits[1:], "noun:zwischen"
        return c

    # ------------------------------------------------------------------ measure-patient
    # how a target was read from a PP of the object noun (the parser's or hung on the verb)
    PATIENT_HOWS = ("object-pp", "nested:gegen", "nested:auf", "nested:zu")
    # event types of a measure taken against someone (rule `measure-patient`)
    MEASURE_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "THREATEN", "MOBILIZE"})
    # prepositions that name whom such a measure is aimed at ("Sanktionen gegen X")
    MEASURE_PATIENT_PREPS = ("gegen", "auf", "zu")

    def _hostile_measure(self, o: Token) -> bool:
        """Is o a measure against someone: a resolution or draft (`@motion`) or an event noun
        of a hostile type ("Sanktionen", "Angriffe", "Militärschlag")?"""
        if o.pos_ not in ("NOUN", "PROPN"):
            return False
        if self.lex.in_class(o.lemma_ or o.text, "@motion") or self._boycott(o):
            return True
        return any(x.type in self.MEASURE_TYPES for x in self.noun_entries(o)[1])

    def _stance_on_measure(self, typ: str, objs: list[Token]) -> bool:
        """Rule `measure-patient`: is an event of type typ a stance (ACCUSE, SUPPORT, REJECT) on
        a measure against someone, one of objs or their conjuncts ("lehnte Sanktionen gegen
        Venezuela ab")?"""
        return typ in ATTITUDE_TYPES and any(
            self._hostile_measure(x) or self._consent_to_measure(x)
            for o in objs
            for x in sx.conjuncts(o)
        )

    # nouns of consent whose "zu"/"für" phrase names what is consented to
    CONSENT_NOUNS = ("zustimmung", "unterstützung", "einverständnis", "billigung", "plazet")

    def _measure_maker(self, t: Token) -> bool:
        """Is t a hostile measure noun whose compound prefix names its maker ("EU-Sanktionen"),
        not a phrase in the measure's "gegen"/"auf" phrase?"""
        if "-" not in t.text or not self._hostile_measure(t):
            return False
        x = t
        for _ in range(4):
            if sx.case_of(x) in ("gegen", "auf"):
                return False
            if x.head.i == x.i or x.head.pos_ in ("VERB", "AUX"):
                return True
            x = x.head
        return True

    def _consent_to_measure(self, o: Token) -> bool:
        """Rule `measure-patient` through a noun of consent: "verweigerte ihre Zustimmung zu
        neuen EU-Sanktionen gegen russische Gasimporte" is a stance on the sanctions, whose
        patient is not its target."""
        if o.pos_ != "NOUN" or (o.lemma_ or o.text).lower() not in self.CONSENT_NOUNS:
            return False
        pps = [k for k in o.children if sx.base_dep(k) == "nmod"]
        # (or the PP the parser hung on the verb right after the noun)
        pps += [k for k in o.head.children if k.left_edge.i == o.right_edge.i + 1]
        return any(sx.case_of(k) in ("zu", "für") and self._hostile_measure(k) for k in pps)

    def _boycott(self, o: Token) -> bool:
        """Is o a boycott, embargo or other sanction noun (`@sanction`)?"""
        return o.pos_ == "NOUN" and self.lex.in_class(o.lemma_ or o.text, "@sanction")

    def _goods_of(self, o: Token, h: Hit, actors: Actors) -> bool:
        """Rule `measure-patient` for a boycott's genitive: "einen Boykott russischer Waren",
        "ein Embargo iranischen Öls", "den Boykott der Spiele in Peking": actor h sits in a
        genitive of sanction noun o that is a thing, not an actor (which would be the one who
        boycotts: "das Embargo der USA"); the thing's country is the boycott's patient."""
        if not self._boycott(o):
            return False
        for g in o.children:
            if (
                sx.base_dep(g) == "nmod"
                and sx.morph(g, "Case") == "Gen"
                and g.left_edge.i <= h.token <= g.right_edge.i
                and self._thing(g, actors)
            ):
                return True
        return False

    @staticmethod
    def _thing(g: Token, actors: Actors) -> bool:
        """Is noun g no actor of its own: not in the actor stage's spans, or a common noun whose
        country comes from its adjective alone ("israelischer Produkte" is `ISR` with no
        sector; "russischer Truppen" is `RUS/MIL`)?"""
        h = actors.at(g)
        if h is None:
            return True
        return (
            g.pos_ == "NOUN"
            and h.sector == "-"
            and not h.code.startswith(("IGO", "NGO"))
            and any(sx.dep(k) == "amod" and k.pos_ == "ADJ" for k in g.children)
        )
