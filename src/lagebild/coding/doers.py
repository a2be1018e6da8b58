"""Doers of the event coder that no role rule names: when an event may be coded with a null
source (an attack noun, an agentless passive of an attack, arrest or sanction, doers the text
calls unknown: "Unbekannte", rule `unknown-doer`) and why not when it may not, and the learned
source chooser for candidates the rules leave without a source (rule `source=rolemodel`,
coding/rolemodel.py), which never takes the patient or the scene of an act (docs/coding.md).

`DoerRules` is a mixin of `EventCoder`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from lagebild.coding import rolemodel
from lagebild.coding import syntax as sx
from lagebild.coding.lexicon import PREPOSITIONS, fold
from lagebild.coding.rolemodel import ROLEMODEL
from lagebild.coding.targets import _same_body

if TYPE_CHECKING:  # pragma: no cover
    from lagebild.coding.mentions import Actors, Cand, Hit


class DoerRules:
    """Null sources and the doers the rules leave open."""

    # ------------------------------------------------------------------ null sources
    SOURCELESS_TYPES = ("ASSAULT",)  # named by a noun
    SOURCELESS_PATIENT_TYPES = ("COERCE",)  # named by a noun with its patient
    SOURCELESS_PASSIVE_TYPES = ("ASSAULT", "COERCE", "SANCTION")  # agentless passive verbs

    def _sourceless_ok(self, c: Cand, cands: list[Cand]) -> bool:
        return self._sourceless_reason(c, cands) is None

    def _sourceless_reason(self, c: Cand, cands: list[Cand]) -> str | None:
        """May this event be coded with a null source (CONVENTIONS: "a null source means the
        text gives none clearly")? None when it may, else why not (the tracer reports it).
        Only material conflict that someone must have done, never a symmetric fight, only when
        no other event of its type in the sentence has a source, and (checked when the event is
        built) only with a target:
        - an attack named by its noun ("Bei einem Luftangriff auf Aleppo wurden 12 Menschen
          getötet", "der Anschlag von Ankara");
        - an agentless passive of an attack, arrest, sentence, expulsion or sanction ("In
          Istanbul wurden drei Journalisten festgenommen", "Zwei russische Diplomaten wurden
          ausgewiesen", "Die Sanktionen gegen Russland wurden verlängert"). "wurden getötet"
          and "verletzt" also name accidents and disasters: they count only when the sentence
          names a fight or attack ("bei Kämpfen", "bei einem Anschlag") that is not itself
          coded without a source."""
        e = c.entry
        if e.symmetric:
            return "symmetric entry"
        same = [d for d in cands if d is not c and d.sources and d.entry.type == e.type]
        release = self._release(e)
        if c.kind == "noun" and (e.type in self.SOURCELESS_PATIENT_TYPES or release):
            # rule `patient-only`: an arrest or seizure named by its noun with whom it hit in its
            # own phrase ("Nach der Festnahme des Oppositionsführers …"), not the one another
            # event of the sentence already has
            # (rule `release-holder`: a release of prisoners named by its noun with them, "die
            # Freilassung von 300 politischen Gefangenen in Belarus", also with "von": it is the
            # state that held them that lets them go)
            mine = {h.token for h in c.targets}
            rules = ("noun:gen", "noun:von") if release else ("noun:gen",)
            if not mine or c.tgt_rule not in rules:  # a definite patient, not "von Journalisten"
                return "patient-only: no genitive patient"
            if "-" in c.anchor.text:
                return "patient-only: hyphenated noun"
            if any(mine & {h.token for h in d.targets} for d in same):
                return "patient-only: another event of its type has this patient"
            return None
        if same and not any(self._before_and_after(c, d) for d in same):  # (merge.py: "Nach
            # einem Raketenangriff auf eine US-Basis flogen … Vergeltungsangriffe" names two)
            return "another event of its type has a source"
        if c.kind == "noun":
            if e.type not in self.SOURCELESS_TYPES:
                return f"noun of type {e.type}: a null source only for attack nouns"
            if e.agent_noun or "-" in c.anchor.text:  # "Skimming-Angriffe": a prefix that is
                # no actor may name what kind of attack (crime, cyber, sport) it is
                return "agent noun or hyphenated noun"
            return None
        if e.type not in self.SOURCELESS_PASSIVE_TYPES and not release:
            return f"verb of type {e.type}: no null source for its type"
        v = c.anchor
        # rule `unknown-doer`: "Unbekannte haben das Büro … beworfen", "von Unbekannten
        # erschossen": the text says that it does not know who did it, as an agentless passive
        doers = sx.agents(v) if sx.is_passive(v) else sx.subjects(v)
        if doers and all(self._unknown_doer(t) for t in doers):
            return None
        if not sx.is_passive(v):
            return "not a passive"
        if sx.agents(v):
            return "passive with an agent phrase"
        auxes = {(k.lemma_ or "").lower() for k in v.children if sx.dep(k).startswith("aux")}
        if "sein" in auxes and "werden" not in auxes:
            return "state passive"  # a state ("Ihr Leben ist zerstört"), no act someone did
        if self.verb_lemma(v) in self.context_verbs:
            named = [
                d for d in cands if d is not c and d.kind == "noun" and d.entry.type == "ASSAULT"
            ]
            if any(self._sourceless_ok(d, cands) for d in named if not d.entry.symmetric):
                return "an attack noun carries the event"
            if named:
                return None
            fights = self._fights_named(c.anchor.sent)
            # "bei Kämpfen zwischen der Armee und der RSF": the dead are the fight's, whose
            # parties are named (a noun the lemmatiser got wrong, so not coded on its own)
            if not fights:
                return "needs a fight or attack named in the sentence"
            if any(any(self.actors_of(t, r) for r in ("zwischen", "gen")) for t in fights):
                return "the fight names its parties"
        return None

    @staticmethod
    def _unknown_doer(t: Token) -> bool:
        """Does t name doers as unknown ("Unbekannte", "ein Unbekannter", "unbekannte Täter")?"""
        if t.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
        if fold(t.lemma_ or t.text).startswith("unbekannt"):
            return True
        return any(
            sx.dep(k) == "amod" and fold(k.lemma_ or k.text).startswith("unbekannt")
            for k in t.children
        )

    def actors_of(self, t: Token, role: str) -> bool:
        toks = sx.np_preps(t, role) if role != "gen" else sx.postnominal_genitives(t)
        acts = getattr(self, "_cur_actors", None)
        return acts is not None and any(acts.at(x) for x in toks for x in sx.conjuncts(x))

    def _fights_named(self, sent: Span) -> list[Token]:
        """Nouns of the sentence that name a fight or an attack the lexicon knows (also one
        the lemmatiser got wrong: "Kämpfen")."""
        out = []
        for t in sent:
            if t.pos_ not in ("NOUN", "PROPN"):
                continue
            for form in (t.lemma_ or t.text, t.text, t.text[:-1] if t.text.endswith("n") else ""):
                ents = self.lex.by_noun.get(fold(form), []) if form else []
                if any(x.type == "ASSAULT" for x in ents):
                    out.append(t)
                    break
        return out

    # ------------------------------------------------------------------ learned sources
    # Rule `source=rolemodel`: a candidate the rules leave without a source (dropped in _merge,
    # or allowed a null source) takes the actor mention the source model scores highest, when
    # its probability reaches the model's threshold (`threshold_null`, higher, for candidates
    # whose type allows a null source). Switch: `source_model: false` in rules.yaml.
    def _aid_arrived(self, pre: list[Cand], cands: list[Cand]) -> list[Cand]:
        """Rule `aid-arrived`: aid told by its arrival, the goods or their vehicles its subject
        ("Lastwagen mit Lebensmitteln erreichten den Gazastreifen"), names the recipient and
        not always the sender. When neither the rules nor the learned chooser found a sender
        and no other AID of the sentence has one, it is coded with a null source (CONVENTIONS:
        the text gives none); with its recipient only (the entry's `require_target`)."""
        if any(d.entry.type == "AID" and d.sources for d in cands):
            return []
        kept = {id(c) for c in cands}
        out = []
        for c in pre:
            e = c.entry
            if id(c) in kept or c.sources or "absorbed" in c.notes or not c.targets:
                continue
            if e.type != "AID" or not e.subject or c.kind == "noun":
                continue
            c.null_source = True
            c.notes.append("source: aid told by its arrival, no sender named")
            out.append(c)
            break  # one event
        return out

    def _model_sources(
        self,
        pre: list[Cand],
        cands: list[Cand],
        actors: Actors,
        sent: Span,
        paths: rolemodel.SentencePaths | None = None,
    ) -> list[Cand]:
        kept = {id(c) for c in cands}
        lost = [c for c in pre if id(c) not in kept and not c.sources and "absorbed" not in c.notes]
        todo = lost + [c for c in cands if not c.sources and c.null_source]
        if not todo:
            return cands
        mentions = actors.mentions(sent)
        reporter = self._reported_by(sent, actors)[0]
        # the one who reports, a label and a town are never made a source (_events drops them)
        parties = self._no_parties(sent, actors)
        attribution, no_party = parties.attribution, parties.every
        mentions = [h for h in self.scope.actor_sources(mentions) if h.token not in no_party]
        if not mentions:
            return cands
        model = self.source_model
        added = []
        # (type, source country) of the candidates with a source: a fill that repeats one names
        # the same event twice (a verb and its noun, two verbs of one act), as _merge would
        taken = {(d.entry.type, h.country) for d in cands for h in d.sources}
        for c, scored in rolemodel.score_sources(
            todo, cands, mentions, sent, reporter, attribution, model, paths
        ):
            if model is None:
                continue
            # rule `learned-no-self`: no guess makes the event's target act on itself
            scored = [
                x for x in scored if not any(_same_body(x[0].code, t.code) for t in c.targets)
            ]
            # rule `learned-not-opponent`: whom an event noun is aimed at ("im Kampf gegen den
            # sogenannten Islamischen Staat", "der Angriff auf Israel") is not its doer
            scored = [x for x in scored if not self._aimed_at(c, x[0])]
            if c.kind == "noun" and (
                host := self._frame_host_args(c.anchor, c.entry.symmetric, ("obj", "iobj"))
            ):
                scored = [x for x in scored if x[0].token not in host]  # rule frame-host-args
            if not scored:
                continue
            best, p, _ = max(scored, key=lambda x: x[1])
            if p < (model.threshold_null if c.null_source else model.threshold):
                continue
            passive = c.kind != "noun" and sx.is_passive(c.anchor)
            if (c.null_source or passive) and self._patient_or_place(c, best, actors):
                # "Bei einem Anschlag auf einen Bus in Jerusalem wurden … verletzt": the
                # victims and the scene of an act with no doer named are not its doer
                c.notes.append(f"source model's pick '{best.text}' is the patient or the place")
                continue
            if (c.entry.type, best.country) in taken:
                continue
            taken.add((c.entry.type, best.country))
            c.sources, c.null_source, c.confidence = [best], False, p
            c.src_rule = f"{ROLEMODEL} p={p:.2f}"
            c.notes.append(f"source by the role model (p={p:.2f}): no role rule gave one")
            if id(c) not in kept:
                added.append(c)
        if added:
            cands = sorted(cands + added, key=lambda c: (c.kind == "noun", c.anchor.i))
        return cands

    # rule `frame-host-args`: an act named by a noun in a temporal frame of another clause
    # ("Polizei nimmt nach Istanbul-Anschlag drei Russen fest", "trotz der Angriffe empfing der
    # Präsident …") is not done by the objects of the verb it frames (those the framing act is
    # done to), nor aimed at that verb's subject or objects (who act, or are acted on, after
    # it). The learned source may still be the subject ("Nach Protesten trat der Minister
    # zurück" is often told of the protesters' country). Not a fight (its sides are often the
    # subject: "Nach Gefechten mit den Rebellen zog die Armee ab"), not "wegen" (the reason of
    # a punishment is the punished one's act: "verurteilte ihn wegen eines Anschlags"). A doer
    # of its own, in its genitive, "von" or "durch" phrase, is found by the role rules before
    # the learned choosers are asked.
    HOST_FRAME_PREPS = ("nach", "infolge", "trotz", "angesichts")
    HOST_ARG_DEPS = ("nsubj", "obj", "iobj")

    def _frame_host_args(self, n: Token, entry_symmetric: bool, deps: tuple[str, ...]) -> set[int]:
        """The tokens of the host verb's arguments of the dependencies `deps` when event noun n
        heads a frame phrase ("nach", "trotz", ...) on that verb, else the empty set."""
        if entry_symmetric or sx.base_dep(n) != "obl" or sx.case_of(n) not in self.HOST_FRAME_PREPS:
            return set()
        v = n.head
        if v.pos_ not in ("VERB", "AUX"):
            return set()
        out: set[int] = set()
        for k in v.children:
            if sx.base_dep(k) in deps and k.i != n.i:
                for x in sx.conjuncts(k):
                    # the argument's own phrase, not the actors of a phrase or clause on it
                    # ("die Entsendung zusätzlicher Polizeikräfte")
                    inner = {
                        y.i
                        for m in x.subtree
                        if m.i != x.i and sx.base_dep(m) in ("nmod", "acl", "obl", "conj")
                        for y in m.subtree
                    }
                    out.update(y.i for y in x.subtree if y.i not in inner)
        return out

    def _aimed_at(self, c: Cand, h: Hit) -> bool:
        """Is mention h in a phrase of event noun c with one of its entry's target prepositions
        ("gegen", "auf", "in" …), hung on the noun or, right after its phrase, on the noun's
        head ("das zentrale Mittel im Kampf gegen den IS": the parser hangs "gegen" on "Mittel")?"""
        if c.kind != "noun":
            return False
        n = c.anchor
        # not "zwischen" nor "mit": they name a side of a fight or a partner, who may be its doer
        preps = [r for r in c.entry.target if r in PREPOSITIONS and r not in ("zwischen", "mit")]
        heads = [p for r in preps for p in sx.np_preps(n, r)]
        heads += sx.preps_after(n, preps)
        return any(p.left_edge.i <= h.token <= p.right_edge.i for p in heads)

    def _patient_or_place(self, c: Cand, h: Hit, actors: Actors) -> bool:
        """Is mention h inside the phrase of an event noun (its patient or scene: a doer the
        rules did not find there is none), one of the event's targets, or its place?"""
        if c.kind == "noun" and c.anchor.left_edge.i <= h.token <= c.anchor.right_edge.i:
            return True
        if any(t.token == h.token for t in c.targets):
            return True
        if c.kind != "noun":  # the scene and the patient of an agentless passive's
            # circumstances ("bei einem Angriff auf ein Auto in der libanesischen Stadt …"),
            # not a doer named in them ("bei einem Einsatz der Armee", "…, zu dem sich der IS
            # bekannte")
            def inside(x: Token) -> bool:  # in x's phrase, not in a clause on it
                if not x.left_edge.i <= h.token <= x.right_edge.i:
                    return False
                return not any(
                    sx.dep(r) in ("acl", "acl:relcl") and r.left_edge.i <= h.token <= r.right_edge.i
                    for r in x.subtree
                )

            for k in c.anchor.children:
                if sx.base_dep(k) != "obl" or sx.case_of(k) in ("von", "vom", "durch"):
                    continue
                if not self.noun_entries(k)[1]:  # a place or thing, no event noun
                    if sx.case_of(k) in self.LOCATION_PREPS and inside(k):
                        return True
                    continue
                for m in k.children:
                    if (
                        sx.base_dep(m) == "nmod"
                        and sx.case_of(m) in self.LOCATION_PREPS + ("auf", "gegen")
                        and inside(m)
                    ):
                        return True
        return any(
            p.token == h.token or p.start <= h.start < p.end
            for p in self._location_targets(c, actors)
        )
