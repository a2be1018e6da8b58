"""The event coder: PLOVER events from parsed German sentences.

For every sentence: find triggers (verbs with their particles and reflexives, light-verb
constructions, event nouns) in the predicate lexicon, read source and target off the parse
(subject/agent, objects, prepositional phrases, genitives, coordination, control and relative
clauses), decide modality (negated, hypothetical, hedged, reported), merge what names the same
event twice, and emit `EventMention`s that carry the lexicon entry and the rule as evidence.
Fail closed: no lexicon entry, no event; no source actor, no event.
"""

from __future__ import annotations

import os
import re
from typing import Any

from spacy.tokens import Doc, Span, Token

from lagebild.actors.sides import SIDES_KEY
from lagebild.coding import gate, modality, rolemodel
from lagebild.coding import syntax as sx
from lagebild.coding.accusations import AccusationRules
from lagebild.coding.attribution import AttributionRules, NoParties
from lagebild.coding.conditions import ConditionRules
from lagebild.coding.doers import DoerRules
from lagebild.coding.history import HistoryRules
from lagebild.coding.lexicon import Entry, Lexicon, fold
from lagebild.coding.mentions import Actors, Cand, Hit
from lagebild.coding.mentions import gazetteer_country as gazetteer_country  # re-export
from lagebild.coding.merge import MergeRules
from lagebild.coding.modality_rules import ModalityRules
from lagebild.coding.multi import JOINT_WORDS, MultiRules
from lagebild.coding.noun_roles import NounRoles
from lagebild.coding.place_rules import STATE_AGENT, PlaceRules
from lagebild.coding.repair import (
    repair_ambiguous_subject,
    repair_attributive_participle,
    repair_conjunct,
    repair_fused_relative,
    repair_name_pairs,
    repair_participle_list,
    repair_prefield_object,
    repair_pronoun_pps,
    repair_relative_object,
    repair_stranded_participle,
    repair_verbless,
)
from lagebild.coding.replies import ReplyRules
from lagebild.coding.rolemodel import ROLEMODEL
from lagebild.coding.roles import RoleRules
from lagebild.coding.scope import Scope
from lagebild.coding.targets import TargetRules, _same_body
from lagebild.coding.verb_roles import VerbRoles
from lagebild.enrich.dates import resolve_date
from lagebild.models import Document, EventMention, Evidence


def _ensure_extension() -> None:
    if not Span.has_extension("actor"):
        Span.set_extension("actor", default=None)


# heads of compounds that name a bundle of the act their first part names ("Hilfspaket",
# "Sanktionspaket", "Unterstützungsprogramm"); plans and proposals are not the act itself
_CONTAINER_HEADS = (
    "pakete",
    "paket",
    "programme",
    "programm",
    "tranche",
    "lieferungen",
    "lieferung",
)
# object heads that stand for what their genitive names: suspending "einen Teil der
# Handelsvergünstigungen" or "die Umsetzung des Abkommens" suspends the benefits, the agreement
_PART_HEADS = frozenset({"teil", "teile", "grossteil", "umsetzung", "anwendung"})
# types whose act needs no one it is done to (rule `own-show`)
_OWN_SHOW_TYPES = frozenset({"MOBILIZE", "RETREAT", "PROTEST"})
# what a threat entry's future may sit under and still be said now (rule in `_events`)
_THREAT_GOVERNORS = ("hypothetical: under 'warnen'", "hypothetical: under 'drohen'")
# nouns of the premises of an organisation: closing "das Büro des Senders" closes the broadcaster
# there ("die Schließung des Büros von Al-Dschasira"), so its owner is part of the theme
_SEAT_HEADS = frozenset(
    {"buro", "büro", "redaktion", "sitz", "niederlassung", "zentrale", "parteizentrale", "studio"}
    | {"filiale", "hauptquartier", "hauptsitz", "zweigstelle", "geschaftsstelle", "geschäftsstelle"}
)


def _implied_by(src_rule: str) -> str | None:
    """The rule that implied or guessed a candidate's source (ActorSlot.implied), if any."""
    if src_rule == STATE_AGENT:
        return STATE_AGENT
    return ROLEMODEL if src_rule.startswith(ROLEMODEL) else None  # "rolemodel p=0.85"


def _sure_actors(ev: EventMention) -> int:
    """The sort key of a sentence's events: how many of its actors the syntax gave. Events with
    a null or implied source or target go first (a source the state-agent rule implied, a
    target by proximity or the role model count as less sure): a reader (or a scorer) pairing
    them with gold events in order then never spends a named actor on a slot that accepts
    anyone. A source by the role model counts as sure but takes the target's point (the order
    of the evidence-string test this key replaced, kept byte-identical)."""
    src = ev.source.implied if ev.source is not None else None
    return (ev.source is not None and src != STATE_AGENT) + (
        ev.target is not None and ev.target.implied is None and src != ROLEMODEL
    )


# German linking elements between the parts of a compound
_LINKING = ("es", "en", "s", "n", "e")


def _suffixes(word: str, min_len: int):
    """The endings of word of at least min_len letters, longest first: the lexicon's noun keys
    a compound can end in are looked up by these, in the order of `Lexicon.noun_keys` (longest
    first), instead of scanning every key."""
    for n in range(len(word), min_len - 1, -1):
        yield word[-n:]


class EventCoder(
    RoleRules,
    ReplyRules,
    MultiRules,
    ModalityRules,
    PlaceRules,
    ConditionRules,
    HistoryRules,
    MergeRules,
    TargetRules,
    DoerRules,
    VerbRoles,
    NounRoles,
    AccusationRules,
    AttributionRules,
):
    # the candidate-loss tracer (coding/trace.py) while `trace.tracing()` runs; None (off) costs
    # one attribute test per candidate
    trace: Any = None
    # the story's two sides at the sentence being coded (set by code_sentence; actors/sides.py)
    _story_sides: tuple | None = None
    _before: list = []  # the actors of the two sentences before, the latest first

    def __init__(self, lexicon: Lexicon, resolver: Any = None, load_resolver: bool = True):
        """`resolver`: the actor resolver used for adjectives, compound prefixes and places the
        actor spans leave out (loaded lazily unless `load_resolver` is False)."""
        _ensure_extension()
        self.lex = lexicon
        self._resolver = resolver
        self._resolver_loaded = resolver is not None or not load_resolver
        w = lexicon.words
        self.support_verbs = w("support_verbs")
        self.hyp_support = w("hypothetical_support")
        self.neg_gov = w("negating_governors")
        self.hyp_gov = w("hypothetical_governors")
        self.fact_gov = w("factual_governors")
        self.hyp_nouns = tuple(w("hypothetical_nouns"))
        self.neg_nouns = tuple(w("negating_nouns"))
        self.claim_nouns = tuple(w("claim_nouns"))
        self.evidence_nouns = tuple(w("evidence_nouns"))
        self.content_marks = w("content_marks")
        self.hyp_adj = w("hypothetical_adjectives")
        self.past_adj = tuple(sorted(w("past_adjectives")))
        self.naming_verbs = w("naming_verbs")
        self.custody_nouns = tuple(sorted(w("custody_nouns")))
        self.clash_nouns = tuple(sorted(w("clash_nouns")))
        self.hedges = w("hedge_words")
        self.negators = w("negators")
        self.neg_det = w("negative_determiners")
        self.modals = w("modal_verbs")
        self.k2 = w("konjunktiv2_forms")
        self.cond = w("conditional_marks")
        self.future = w("future_markers")
        self.reaction_verbs = w("reaction_verbs")
        self.future_adj = w("future_adjectives")
        self.attr_preps = w("attribution_preps")
        self.attr_nouns = w("attribution_nouns")
        self.reporting = w("reporting_verbs")
        self.copula = w("copula_verbs")
        self.obj_control = w("object_control")
        self.commissive = w("commissive_governors")
        self.readiness = w("readiness_verbs")
        self.accusing = w("accusing_governors")
        self.crime_labels = w("crime_labels")
        self.decision_verbs = w("decision_verbs")
        self.capability = w("capability_words")
        self.context_verbs = w("sourceless_needs_context")
        # what is political (companies, teams, towns, sports, advisories): coding/scope.py
        self.scope = Scope(
            w("nonpolitical_heads"),
            w("attribution_preps"),
            w("attribution_nouns"),
            reporting=w("reporting_verbs"),
        )
        self.hist_periods = tuple(w("history_periods"))
        self.hist_war_adj = w("history_war_adjectives")
        self.hist_preps = w("history_preps")
        # verbs that carry out any act noun in their object ("setzte die Zölle in Kraft",
        # "schloss die Entsendung ab"): they realise the light-verb entries whose own verbs are
        # support verbs (acts), not those of states ("Beziehungen abbrechen")
        self.realising = w("realising_verbs")
        # rule `nearest-actor` (_nearest_targets): a target by proximity when no role rule gave one
        self.proximity_targets = bool(lexicon.rules.get("proximity_targets", True))
        # rule `rolemodel` (coding/rolemodel.py): a learned chooser of targets the rules leave open
        model = rolemodel.load_model()
        self.role_model = model if lexicon.rules.get("role_model", True) else None
        # rule `source=rolemodel` (coding/rolemodel.py): a learned chooser of sources the rules
        # leave open (the candidates dropped for want of one), same weights file
        self.source_model = (
            model.source if model is not None and lexicon.rules.get("source_model", True) else None
        )
        # the learned candidate gate (coding/gate.py): drops plain events it scores low and
        # emits dropped candidates it scores high; `gate: false` in rules.yaml switches it off
        self.gate = gate.load_gate() if lexicon.rules.get("gate", True) else None
        self._drops: list[tuple[Cand, str]] = []
        self._no_party_cache: tuple[tuple, NoParties] | None = None
        self._attribution_cache: tuple[tuple, set[int]] | None = None
        self.proximity_skip = {
            str(t).upper() for t in lexicon.rules.get("proximity_skip_types", [])
        }
        self._light_verbs = {
            fold(v) for e in lexicon.entries.values() if e.kind == "light" for v in e.verb
        } | set(self.realising)

    # ------------------------------------------------------------------ resolver
    @property
    def resolver(self) -> Any:
        if not self._resolver_loaded:
            self._resolver_loaded = True
            try:
                from lagebild.actors import load_resolver

                self._resolver = load_resolver()
            except Exception:  # the actor stage may be absent: spans alone then
                self._resolver = None
        return self._resolver

    # ------------------------------------------------------------------ public API
    def code(self, document: Document, docs: dict[str, Doc]) -> None:
        """Append the events of every sentence of every section to `document.events`."""
        sent_idx = {(s.section, s.start): s.idx for s in document.sentences}
        counter = len(document.sentences)
        for section, doc in docs.items():
            for sent in doc.sents:
                idx = sent_idx.get((section, sent.start_char))
                if idx is None:
                    idx = counter
                    counter += 1
                try:
                    events = self.code_sentence(sent, document, section=section, sentence_idx=idx)
                except Exception as exc:  # one bad sentence never stops a document
                    if os.environ.get("LAGEBILD_STRICT"):
                        raise  # tests: a coding error fails loudly instead of losing events
                    document.meta.setdefault("coding_errors", []).append(
                        f"{section}:{sent.start_char}: {type(exc).__name__}: {exc}"
                    )
                    continue
                document.events.extend(events)

        # an attack named without its attacker ("Angriff auf Charkiw" in the title) is the same
        # event as one the document codes with its attacker: code each event once
        def key(m: EventMention) -> tuple:
            if m.target is None:
                return (m.type, None)
            # an arrest of the mayor is not the arrests of protesters in the same country
            full = m.type in self.SOURCELESS_PATIENT_TYPES
            return (m.type, m.target.code if full else m.target.code.split("/")[0])

        named = {key(m) for m in document.events if m.source is not None}
        kept = [m for m in document.events if m.source is not None or key(m) not in named]
        if self.trace is not None and len(kept) < len(document.events):
            self.trace.document_dropped([m for m in document.events if m not in kept])
        document.events = kept

    def _own_show(self, c: Cand, typ: str) -> bool:
        """Rule `own-show`: an act that needs no one it is done to (a manoeuvre, a deployment, a
        withdrawal, a protest) whose doer is the possessive of its noun and the subject of the
        clause the noun is the object of ("Die Nato begann ihr jährliches Manöver", "Die Armee
        beendete ihren Abzug") is the subject's own: the possessive is not guessed from afar
        (rule `possessive` found it as that subject, `RoleRules._possessive_antecedent`)."""
        return (
            typ in _OWN_SHOW_TYPES
            and c.kind == "noun"
            and all(h.how == self.POSS_SUBJECT for h in c.sources)
        )

    def _only_future(self, hyp: list[str], also: tuple[str, ...] = ()) -> bool:
        """Do these hypothetical notes come only from a future "werden" (or from the notes
        `also` allows)? An entry that names its act by that future ("werde nicht zustimmen",
        "werde mit aller Härte antworten") is made when it is said."""
        return all(
            (n.startswith("hypothetical: modal") and n.split()[-1].lower() in self.FUTURE_WERDEN)
            or n in also
            for n in hyp
        )

    @staticmethod
    def _said_now(c: Cand, note: str) -> None:
        """Clear the candidate's hypothetical flag and its notes, saying why."""
        c.hypothetical = False
        c.notes = [n for n in c.notes if not n.startswith("hypothetical")]
        c.notes.append(note)

    def code_sentence(
        self,
        span: Span | Doc,
        document: Document | None = None,
        section: str = "body",
        sentence_idx: int = 0,
    ) -> list[EventMention]:
        sent = span[:] if isinstance(span, Doc) else span
        # the story's two sides and the actors named just before, as the actor stage saw them
        # at this sentence (actors/sides.py)
        context = (sent.doc.user_data.get(SIDES_KEY) or {}).get(sent.start_char) or {}
        self._story_sides = context.get("sides")
        self._before = context.get("before") or []
        offset = 0
        span_doc = sent.doc
        repaired = (
            repair_verbless(sent, self._is_verb)
            or repair_conjunct(sent, self._is_verb)
            or repair_stranded_participle(sent)  # "hat X, …, zurückgewiesen"
            or repair_pronoun_pps(sent)  # "…, was [in Seoul [auf Kritik]] stieß"
        )
        if repaired is not None:  # the parse has no verb: a flat clause by word order
            sent, offset = repaired
        for relabel in (
            repair_attributive_participle,  # "Die vom Iran unterstützten Huthis haben …"
            repair_participle_list,  # "hat X festgenommen, verhört und Y abgeschoben"
            repair_prefield_object,  # "Israel wirft der Hisbollah vor"
            repair_ambiguous_subject,  # "Die Huthis haben … UN-Mitarbeiter festgenommen"
            repair_name_pairs,  # "nachdem Warschau Moskau … verantwortlich gemacht hatte"
            lambda s: repair_relative_object(s, self._says),  # "…, das Peking verurteilte"
            repair_fused_relative,  # "ein Abkommen, gegen das Bauern … protestieren"
        ):
            fixed = relabel(sent)
            if fixed is not None:  # a doc of its own: the first one's offset stays
                sent, offset = fixed[0], offset if sent.doc is not span_doc else fixed[1]
        doc = sent.doc
        art_date = document.date if document is not None else None
        actors = Actors(doc, self.resolver, art_date)
        self._cur_actors = actors
        paths = rolemodel.SentencePaths(sent)  # shared by the learned source and target choosers
        tr = self.trace
        if tr is not None:
            tr.begin(self, sent)
        self._drops = []
        made: dict[int, Cand] = {}  # id(event) -> its candidate (for the gate)
        cands: list[Cand] = []
        consumed: set[int] = set()
        for t in sent:
            if t.pos_ in ("VERB", "AUX") or (t.pos_ == "ADJ" and sx.morph(t, "VerbForm") == "Part"):
                cands += self._verb_cands(t, actors, consumed)
        # "die von der EU verhängten Zölle" (multi.py)
        cands += self._participle_cands(sent, actors, {c.anchor.i for c in cands}, consumed)
        for t in sent:
            if t.pos_ in ("NOUN", "PROPN") and t.i not in consumed:
                cands += self._noun_cands(t, actors)
        cands += self._joint_cands(sent, cands, actors)  # "in einer gemeinsamen Operation"
        cands += self._joint_decisions(sent, cands, actors)  # "A, B und C haben beschlossen"
        self._was_clauses(cands, actors)  # "…, was der Kreml als Terrorakt verurteilte"
        self._custody_holder(cands, actors)  # "nach drei Jahren in iranischer Haft freigelassen"
        self._clash_party(cands, actors)  # "bei Zusammenstößen mit der Polizei … getötet"
        self._reception_host(cands, actors)  # "ist im Weißen Haus empfangen worden" (multi.py)
        self._reaction_cause(cands, actors)  # "Als Reaktion auf die Sanktionen der EU …"
        self._reciprocal_cause(cands)  # "Als Reaktion auf die Ausweisung seines Botschafters"
        self._fight_parties(cands, actors)  # "A und B haben sich nach Gefechten … geeinigt"
        self._deed_claimed(cands, actors)  # "Bei einem Anschlag …; zu der Tat bekannte sich X"
        self._frame_doer(cands, actors)  # "Die Armee zog sich nach einer Offensive … zurück"
        self._mediated_talks(cands, actors)  # "Nach Verhandlungen unter Vermittlung Katars"
        self._nameless_protest(cands, actors)  # "Nach Massenprotesten ist X zurückgetreten"
        if tr is not None:
            tr.candidates(cands)
        pre = cands
        cands = self._merge(cands)
        if self.source_model is not None or rolemodel.SRC_COLLECT is not None:
            cands = self._model_sources(pre, cands, actors, sent, paths)
        cands += self._aid_arrived(pre, cands)  # "Lastwagen mit Hilfsgütern erreichten Gaza"
        self._group_fight(cands)  # "lieferten sich rivalisierende Milizen Gefechte" (roles.py)
        self._blame(cands)
        before = list(cands)
        cands = self._purpose_merge(cands)
        if tr is not None:
            tr.purpose_merged([c for c in before if c not in cands], cands)
        self._drops += [(c, "purpose-merged") for c in before if c not in cands]
        before = list(cands)
        cands = self._leave_order(cands)  # "… und forderte ihn auf, das Land zu verlassen"
        if tr is not None:
            for c in before:
                if c not in cands:
                    tr.lost_cand(c, "leave-order", "the order to leave is part of the expulsion")
        self._anaphor_targets(cands)
        self._was_clause_targets(cands, actors)
        self._reply_targets(cands)
        self._event_agent_targets(cands)
        self._act_agent_targets(cands, actors)  # "lehnte den von Katar vorgelegten Plan ab"
        self._channel_targets(cands, actors)  # "übergab dem Roten Kreuz … Geiseln"
        self._policy_protest_targets(cands, actors)  # roles.py, replies.py (coding-roles)
        self._measure_charge(cands, actors)  # "Diplomaten aus, denen die Behörden … vorwerfen"
        self._act_actor_targets(cands, actors, sent)
        self._nominal_act_targets(cands, actors)  # beneficiary, requested body, release holder
        self._act_patient_targets(cands, actors, sent)  # "verurteilte die Festnahme von X in Y"
        self._strike_targets(cands, actors)
        self._drill_site_targets(cands, actors)  # "Manöver rund um Taiwan"
        self._protest_answers(cands)
        self._mediator_targets(cands)
        self._story_mediator(cands, actors)  # "Der Austausch war von Katar vermittelt worden"
        self._mediated_release(cands, actors)  # "nach Vermittlung Katars … freigelassen"
        self._envoy_host(cands, actors, sent)  # "rief seinen Botschafter zurück"
        self._party_targets(cands, actors)  # "forderte beide Seiten auf"
        self._conjunct_targets(cands, actors)  # "forderte X auf, … und warnte" (roles.py)
        cands += self._conditional_threats(cands, actors)  # "Sollte X …, werde Y …" (replies.py)
        self._threat_condition_targets(cands, actors)  # "drohte mit …, falls X …" (replies.py)
        cands += self._intercepted_attacks(
            cands, actors
        )  # "schoss 40 ukrainische Drohnen ab" (multi.py)
        cands = self._crime_labels(cands, actors)  # "sagte, Israel begehe einen Völkermord"
        if cands and self._historical(sent, art_date):
            if tr is not None:
                for c in cands:
                    tr.lost_cand(c, "historical", "history told as background")
            return []  # history told as background ("1966", "456 v. Chr."): no event
        old = [c for c in cands if self._dated_long_ago(c, sent, art_date)]
        if old:  # "wurde bei den Protesten 1968 erschossen", "die Ermordung eines Agenten 1985"
            if tr is not None:
                for c in old:
                    tr.lost_cand(c, "historical", "its own clause is dated long ago")
            cands = [c for c in cands if c not in old]
        for c in cands:  # "Verdi weitet die Warnstreiks am Mittwoch … aus" (a Tuesday's article)
            if (ahead := self._dated_ahead(c, sent, art_date)) is not None:
                c.hypothetical = True
                c.notes.append(f"hypothetical: present tense, a day ahead ('{ahead}')")
        reporter = self._reported_by(sent, actors)
        events: list[EventMention] = []
        seen: dict[tuple, int] = {}
        origin: list[tuple[int, tuple]] = []  # (candidate, full codes) of each event
        by_id = {id(c): c for c in cands}
        for c in cands:
            for ev in self._events(
                c, sent, actors, document, section, sentence_idx, reporter, offset
            ):
                if repaired is not None:
                    ev.evidence.notes.append("parse repaired: verb found by word order")
                if tr is not None:
                    tr.made(c, ev)
                made[id(ev)] = c
                # a source the state-agent rule implied names no one: as distinct from the
                # named doer's event as the null source it stands for
                implied = ev.source is not None and ev.source.implied == STATE_AGENT
                s = ev.source.code.split("/")[0] if ev.source and not implied else None
                tg = ev.target.code.split("/")[0] if ev.target else None
                key = (ev.type, frozenset((s, tg)) if ev.symmetric else (s, tg))
                full = (
                    ev.source.code if ev.source else None,
                    ev.target.code if ev.target else None,
                )
                if (
                    key in seen
                    and not ev.symmetric
                    and c.tgt_rule != "location"
                    and origin[seen[key]][0] == id(c)
                    and self._other_side(origin[seen[key]][1], full)
                    and (id(c), full) not in origin
                ):
                    # rule `distinct-actors`: one verb with two actors of one country ("nahm
                    # Oppositionspolitiker und Journalisten fest", a mediator between the
                    # government and the rebels): two events, not one
                    ev.evidence.notes.append("distinct-actors: same countries, other actors")
                    origin.append((id(c), full))
                    events.append(ev)
                    continue
                if key in seen:
                    prev = events[seen[key]]
                    if (prev.negated or prev.hypothetical) and not (ev.negated or ev.hypothetical):
                        if c.kind != "noun":
                            events[seen[key]] = ev
                            origin[seen[key]] = (id(c), full)
                        elif modality.apart(by_id[origin[seen[key]][0]].anchor, c.anchor):
                            # "begrüßte die Freilassung …, forderte … auf, auch die übrigen
                            # Gefangenen freizulassen": a release that happened beside one
                            # that is only asked for: two events
                            ev.evidence.notes.append("apart: a plain act beside a flagged one")
                            seen[key] = len(events)
                            origin.append((id(c), full))
                            events.append(ev)
                    continue
                seen[key] = len(events)
                origin.append((id(c), full))
                events.append(ev)
        if self.proximity_targets or self.role_model is not None or rolemodel.COLLECT is not None:
            self._nearest_targets(events, actors, sent, reporter[0], offset, paths)
        self._domestic_targets(events, made, actors, offset)  # "nahmen 30 Personen fest"
        events = self._no_self_partners(events)  # multi.py
        events = self._conjunct_parts(
            events, made, actors
        )  # "überfallen, in Brand gesteckt" (merge.py)
        pre_gate = events
        if self.gate is not None or gate.COLLECT is not None:  # the learned gate (gate.py)
            events = gate.apply(
                self.gate,
                events,
                made,
                self._drops,
                cands,
                sent,
                lambda c: self._events(
                    c, sent, actors, document, section, sentence_idx, reporter, offset
                ),
                reporter[0] is not None,
            )
        if tr is not None:
            tr.emitted(events)
            tr.gated([ev for ev in pre_gate if ev not in events])
        events.sort(key=_sure_actors)
        return events

    def _is_verb(self, lemma: str) -> bool:
        return (
            lemma in self.lex.by_verb or lemma in self._light_verbs or lemma in self.support_verbs
        )

    VERBAL_TYPES = frozenset(("ACCUSE", "SUPPORT", "REQUEST", "REJECT", "AGREE", "CONSULT"))

    def _says(self, v: Token) -> bool:
        """Is v a verb of saying: are all its lexicon entries of verbal types (accuse, support,
        request, reject, agree, consult), whose source is someone who speaks, or does it call its
        object something ("als Provokation verurteilte", "als Schritt begrüßte")?"""
        ents = self.lex.by_verb.get(self.verb_lemma(v), [])
        if not ents:
            return False
        if any(sx.case_of(k) == "als" and sx.dep(k) in ("obl", "advcl") for k in v.children):
            return True
        return all(e.type in self.VERBAL_TYPES for e in ents)

    # ------------------------------------------------------------------ lemmas
    def ready(self, v: Token) -> bool:
        """Is v a verb of readiness (rule readiness): "erklärte sich bereit", "sei bereit",
        also in the perfect, where "bereit" stays an adverb ("hat sich bereit erklärt")?"""
        if v.pos_ not in ("VERB", "AUX", "ADJ"):
            return False
        if v.pos_ == "ADJ":
            return v.lower_ == "bereit"
        lemma = self.verb_lemma(v)
        if lemma in self.readiness:
            return True
        return lemma in ("erklären", "zeigen", "sein", "finden") and any(
            k.lower_ == "bereit" and sx.dep(k) in ("advmod", "compound:prt", "xcomp", "obl")
            for k in v.children
        )

    def verb_lemma(self, v: Token) -> str:
        lemma = fold((v.lemma_ or v.text).replace("#", "").replace("|", ""))
        if lemma == "setzen" and any(
            c.lower_ == "kraft" and sx.case_of(c) == "in" for c in v.children
        ):
            return "inkraftsetzen"  # "setzte die Zölle in Kraft": one verb, "in Kraft setzen"
        if lemma == "stellen" and any(
            c.lower_ == "aussicht" and sx.case_of(c) == "in" for c in v.children
        ):
            return "inaussichtstellen"  # "stellte Hilfe in Aussicht": a promise, one verb
        if lemma == "nehmen" and any(c.lower_ == "gefangen" for c in v.children):
            return "gefangennehmen"  # "nahmen 20 Soldaten gefangen": one verb, like "festnehmen"
        if v.lower_ == "gefangen" and any(fold(c.lemma_) == "nehmen" for c in v.children):
            return "gefangennehmen"  # "gefangen genommen", parsed with "genommen" under "gefangen"
        prts = [c for c in v.children if sx.dep(c) in ("compound:prt", "prt", "svp")]
        if not prts and v.pos_ in ("VERB", "AUX") and sx.morph(v, "VerbForm") == "Fin":
            # a clause-final particle the parser hung on a noun ("feuerte ... ab")
            prts = [
                c
                for c in v.sent
                if sx.dep(c) in ("compound:prt", "prt", "svp")
                and c.head.pos_ not in ("VERB", "AUX")
                and c.i > v.i
            ]
            joined = [p for p in prts if self._is_verb(p.lower_ + lemma)]
            if joined:
                return joined[0].lower_ + lemma
        for c in v.children:
            if sx.dep(c) in ("compound:prt", "prt", "svp") or (
                c.pos_ == "ADP" and c.tag_ == "PTKVZ"
            ):
                p = c.lower_
                if not lemma.startswith(p):
                    lemma = p + lemma
        if not self._is_verb(lemma):
            for c in v.children:  # a particle the parser gave to the wrong verb ("anwarnen")
                p = c.lower_
                if sx.dep(c) in ("compound:prt", "prt", "svp") and lemma.startswith(p):
                    if self._is_verb(lemma[len(p) :]):
                        lemma = lemma[len(p) :]
        if not self._is_verb(lemma):  # a particle joined in error, or a lemmatiser slip
            for p in sx.PARTICLES:
                if lemma.startswith(p) and self._is_verb(lemma[len(p) :]):
                    lemma = lemma[len(p) :]
                    break
        if lemma not in self.lex.by_verb and "zu" in lemma[2:-3]:
            alt = re.sub(r"^(\w+?)zu(\w+en)$", r"\1\2", lemma)
            if alt in self.lex.by_verb:
                lemma = alt
        return lemma

    def noun_entries(self, n: Token) -> tuple[str, list[Entry]]:
        lemma = fold(n.lemma_ or n.text)
        cands = [lemma, fold(n.text)]
        base = lemma.split("-")[-1] if "-" in lemma else lemma
        for lem in cands:
            if lem in self.lex.by_noun:
                ents = list(self.lex.by_noun[lem])
                # light-verb entries of the compound's last part also apply: "Rüstungskooperation
                # intensivieren" is "Kooperation intensivieren"
                for key in _suffixes(base, 6):
                    if key != lem and key in self.lex.by_noun:
                        ents += [
                            e
                            for e in self.lex.by_noun[key]
                            if e.compound and e.kind == "light" and e not in ents
                        ]
                return lem, ents
        # a generic container whose first part is the event noun: "Militärhilfepaket",
        # "Unterstützungsprogramm", "Finanzhilfetranche" are the aid itself
        for head in _CONTAINER_HEADS:
            if base.endswith(head) and len(base) - len(head) >= 5:
                key, ents = self._compound_part(base[: -len(head)])
                if ents:
                    return key, ents
        return self._suffix_entries(base, 6, skip=lemma) or (lemma, [])

    def _suffix_entries(
        self, word: str, min_len: int, skip: str | None = None
    ) -> tuple[str, list[Entry]] | None:
        """The first lexicon noun of at least min_len letters (other than skip) that ends word
        and has entries that also apply to compounds ("Rüstungskooperation" → "Kooperation")."""
        for key in _suffixes(word, min_len):
            if key != skip and key in self.lex.by_noun:
                ents = [e for e in self.lex.by_noun[key] if e.compound]
                if ents:
                    return key, ents
        return None

    def _compound_part(self, part: str) -> tuple[str, list[Entry]]:
        """Entries of the event noun that ends the first part of a compound, with or without
        its German linking element ("Unterstützung-s-", "Hilfe-", "Sanktion-s-")."""
        forms = [part] + [part[: -len(le)] for le in _LINKING if part.endswith(le)]
        for form in forms:
            if len(form) >= 5 and (found := self._suffix_entries(form, 5)):
                return found
        return part, []

    # ------------------------------------------------------------------ entry conditions
    def _object_lemmas(self, v: Token) -> list[str]:
        out = []
        for o in self._objects(v):
            for x in sx.conjuncts(o):
                out.append((x.lemma_ or x.text).lower())
                if fold(x.lemma_ or x.text) in _PART_HEADS:
                    out += [
                        (y.lemma_ or y.text).lower()
                        for g in sx.postnominal_genitives(x)
                        for y in sx.conjuncts(g)
                    ]
                if fold(x.lemma_ or x.text) in _CONTAINER_HEADS:
                    # "ein Paket mit Flugabwehrsystemen übergeben": what the bundle holds
                    for p in sx.np_preps(x, "mit") + [
                        k for k in sx.np_continuation(x) if sx.case_of(k) == "mit"
                    ]:
                        out += [(y.lemma_ or y.text).lower() for y in sx.conjuncts(p)]
        return out

    def _theme_lemmas(self, n: Token) -> list[str]:
        out = [(n.lemma_ or n.text).lower()]
        toks = sx.postnominal_genitives(n) + sx.preps(n, "von") + sx.preps(n, "mit")
        if n.head.i != n.i and n.head.pos_ in ("VERB", "AUX"):  # "von X" / "mit X" hung on the verb
            toks += [
                c
                for p in ("von", "mit")
                for c in sx.preps(n.head, p)
                if c.left_edge.i == n.right_edge.i + 1
            ]
        for c in toks:
            for x in sx.conjuncts(c):
                out.append((x.lemma_ or x.text).lower())
                if (x.lemma_ or x.text).lower() in _SEAT_HEADS:
                    out += [
                        (y.lemma_ or y.text).lower()
                        for g in sx.postnominal_genitives(x) + sx.preps(x, "von")
                        for y in sx.conjuncts(g)
                    ]
        return out

    # light verbs that call off their noun: its "geplant"/"angekündigt" does not make it unreal
    CALL_OFF = frozenset(
        {"absagen", "streichen", "stoppen", "aussetzen", "einstellen", "abbrechen", "kippen"}
    )

    # ------------------------------------------------------------------ candidates
    def _verb_cands(self, v: Token, actors: Actors, consumed: set[int]) -> list[Cand]:
        lemma = self.verb_lemma(v)
        out: list[Cand] = []
        tr = self.trace
        # light-verb constructions: an event noun in a role of this verb
        for n in v.children:
            if n.pos_ not in ("NOUN", "PROPN") or sx.dep(n) in ("nsubj", "conj"):
                continue
            if sx.case_of(n) in self.FRAME_PREPS:  # "Nach der Festnahme … forderte X …": the
                continue  # noun sets the time or cause of the verb, it is not what it does
            if sx.case_of(n) in self.NEAR_PREPS:  # "sperrten nahe der Grenze das Gebiet ab":
                continue  # the noun says where it was done, it is not what was done
            _, ents = self.noun_entries(n)
            lights = [
                e
                for e in ents
                if e.kind == "light"
                and (
                    lemma in {fold(x) for x in e.verb}
                    or (
                        lemma in self.realising
                        and sx.dep(n) in ("obj", "nsubj:pass")
                        and any(fold(x) in self.support_verbs for x in e.verb)
                    )
                )
            ]
            # an entry that names this verb comes before one it only realises ("übergab die
            # Kontrolle" is a handing over, not the "Kontrolle ergreifen" a realising verb reaches)
            lights.sort(key=lambda e: (lemma not in {fold(x) for x in e.verb}, -e.specificity()))
            if lights and self._agentless_halt(v, n, lemma, lights, ents):
                if tr is not None:
                    for e in lights:
                        tr.attempt(n, e, "condition", "agentless-halt")
                continue
            for e in lights:
                failed = self._failed_condition(e, v, "light", self._object_lemmas(v), noun=n)
                if failed is not None:
                    if tr is not None:
                        tr.attempt(n, e, "condition", failed)
                    continue
                c = self._roles_verb(Cand(e, "light", v, [v, n], noun=n), actors)
                if not self._kept(c, tr):
                    continue
                out.append(c)
                consumed.add(n.i)
                break
        if out:
            return out
        ents = sorted(self.lex.by_verb.get(lemma, []), key=lambda e: -e.specificity())
        objs = self._object_lemmas(v)
        for e in ents:
            failed = self._failed_condition(e, v, "verb", objs)
            if failed is not None:
                if tr is not None:
                    tr.attempt(v, e, "condition", failed)
                continue
            c = self._roles_verb(Cand(e, "verb", v, [v]), actors)
            if not self._kept(c, tr):
                continue
            return [c]
        return []

    # verbs that halt an act named by their passive subject ("Die Gespräche … wurden abgebrochen")
    HALT_VERBS = frozenset(
        {"abbrechen", "aussetzen", "unterbrechen", "beenden", "einstellen", "suspendieren"}
    )

    def _agentless_halt(self, v: Token, n: Token, lemma: str, lights: list, ents: list) -> bool:
        """Rule `agentless-halt` (session 18): an act halted in the passive with no one named
        who halted it ("Die Gespräche zwischen X und Y wurden ohne Ergebnis abgebrochen") is no
        SANCTION of an unknown party: the halting light entries give way to the noun's own
        entry, the act that was held (CONSULT between the parties its noun names)."""
        return (
            lemma in self.HALT_VERBS
            and sx.dep(n) == "nsubj:pass"
            and not sx.agents(v)
            and all(e.type == "SANCTION" for e in lights)
            and any(e.kind == "noun" and e.type == "CONSULT" for e in ents)
        )

    def _kept(self, c: Cand, tr: Any = None) -> bool:
        """Does a candidate pass its entry's filters: the source sector (`sectors`) and, for a
        `require_target` entry, a target (or both sides of a symmetric act)?"""
        e = c.entry
        if not self._sector_ok(e, c):
            self._lost(c, "sector", self._role_text(c) if tr is not None else "")
            return False
        if e.require_target and not self._has_other(c):
            self._lost(c, "require_target", self._role_text(c) if tr is not None else "")
            return False
        return True

    @staticmethod
    def _role_text(c: Cand) -> str:
        """The roles a candidate found, for the tracer: "source=… (rule) target=… (rule)"."""
        src = ", ".join(f"{h.text}={h.code}" for h in c.sources) or "-"
        tgt = ", ".join(f"{h.text}={h.code}" for h in c.targets) or "-"
        return f"source {src} ({c.src_rule or '-'}); target {tgt} ({c.tgt_rule or '-'})"

    @staticmethod
    def _done_together(c: Cand) -> bool:
        """Does "gemeinsam" say that all parties of c did it together: an adverb of its verb or
        the adjective of one of its trigger nouns ("hielten gemeinsam … ab", "ein gemeinsames
        Manöver")?"""
        words = [k for t in [c.anchor, *c.triggers] for k in t.children] + list(c.triggers)
        return any(fold(k.lemma_ or k.text) in JOINT_WORDS for k in words)

    @staticmethod
    def _has_other(c: Cand) -> bool:
        reciprocal = c.kind != "noun" and any(
            (k.lemma_ or k.text).lower() in ("gegenseitig", "einander") for k in c.anchor.children
        )
        return (
            bool(c.targets)
            or ((c.entry.symmetric or c.symmetric or reciprocal) and len(c.sources) > 1)
            or RoleRules._same_group(c)  # "lieferten sich rivalisierende Milizen Gefechte"
        )

    # prepositions of a PP that frames a verb in time or cause: its noun is no light-verb noun
    FRAME_PREPS = ("nach", "seit", "während", "trotz", "wegen", "infolge", "angesichts")
    # prepositions of a PP that places a verb near something: its noun is no light-verb noun
    NEAR_PREPS = ("nahe", "unweit", "entlang", "jenseits", "diesseits")

    def _noun_cands(self, n: Token, actors: Actors) -> list[Cand]:
        _, ents = self.noun_entries(n)
        ents = sorted([e for e in ents if e.kind == "noun"], key=lambda e: -e.specificity())
        themes = self._theme_lemmas(n)
        tr = self.trace
        for e in ents:
            failed = self._failed_condition(e, n, "noun", themes)
            if failed is not None:
                if tr is not None:
                    tr.attempt(n, e, "condition", failed)
                continue
            c = self._roles_noun(Cand(e, "noun", n, [n], noun=n), actors)
            if e.agent_noun and not c.sources:
                if tr is not None:
                    tr.lost_cand(c, "agent_noun", self._role_text(c))
                continue
            if not self._kept(c, tr):
                continue
            return [c]
        return []

    # present and subjunctive-I forms of the future auxiliary (not "würde": Konjunktiv II)
    FUTURE_WERDEN = frozenset({"werde", "werden", "wird", "wirst", "werdet", "werd"})

    @staticmethod
    def _release(e: Entry) -> bool:
        """Is e a release of prisoners (CAMEO 0841), one-sided?"""
        return e.type == "CONCEDE" and str(e.cameo) == "0841" and not e.symmetric

    # ------------------------------------------------------------------ events
    NO_BORROW_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT", "REQUEST", "COOPERATE", "AID"})
    ATTITUDE_TYPES = ("ACCUSE", "SUPPORT", "REJECT")
    # who reports an agentless passive of their own trade did it: arrests reported by the
    # police, strikes reported by the army, sanctions announced by a government
    REPORTER_AGENTS = {"COERCE": ("COP", "JUD"), "ASSAULT": ("MIL",), "SANCTION": ("GOV",)}

    def _lost(self, c: Cand, stage: str, detail: str = "") -> list[EventMention]:
        """No event from candidate c (told to the tracer when one runs)."""
        if self.trace is not None:
            self.trace.lost_cand(c, stage, detail)
        self._drops.append((c, stage))  # the gate may bring it back (coding/gate.py)
        return []

    def _events(
        self,
        c: Cand,
        sent: Span,
        actors: Actors,
        document: Document | None,
        section: str,
        sentence_idx: int,
        reporter: tuple[Hit | None, str],
        offset: int = 0,
    ) -> list[EventMention]:
        e = c.entry
        typ, cameo = e.type, e.cameo
        if c.kind == "noun":
            self._noun_modality(c.anchor, c)
        elif c.modality_set:
            pass
        elif c.presupposed:
            c.notes.append("presupposed: attributive participle")
        else:
            self._clause_modality(c.anchor, c)
            vl = self.verb_lemma(c.anchor)
            if vl in self.hyp_support and e.type != "THREATEN":
                # "sagten ... Militärhilfe zu", "kündigte ... an"; announcing retaliation is the
                # threat itself
                c.hypothetical = True
                c.notes.append(f"hypothetical: '{vl}'")
            if c.noun is not None:
                probe = Cand(e, "noun", c.noun, [c.noun])
                for k in c.noun.children:
                    if sx.dep(k) == "det" and (k.lemma_ or k.text).lower() in self.neg_det | {
                        "kein"
                    }:
                        c.negated = True
                        c.notes.append(f"negated: {k.text} {c.noun.text}")
                    if (
                        sx.dep(k) == "amod"
                        and (k.lemma_ or k.text).lower() in self.hyp_adj
                        and vl not in self.CALL_OFF
                    ):
                        # calling off what was planned is real ("sagte alle geplanten
                        # Kulturveranstaltungen mit Russland ab")
                        c.hypothetical = True
                        c.notes.append(f"hypothetical: '{k.text}'")
                del probe
        if e.announced and not c.hypothetical:
            c.hypothetical = True  # "rief zu einem Warnstreik auf": the call, not the strike
            c.notes.append(f"hypothetical: announced ({e.id})")
        if not (c.negated or c.hypothetical) and (acc := self._accused_content(c)) is not None:
            # the charge an accusation makes is no event of its own (a flagged one stays flagged)
            return self._lost(c, "dropped:accused-content", f"content of '{acc.text}'")
        if "neg" in e.require and c.negated:
            # the entry is the negated predicate ("genehmigt keine Waffenexporte mehr" is a
            # SANCTION): its own negation is the event, not a flag on it
            c.negated = False
            c.notes = [n for n in c.notes if not n.startswith("negated")]
            c.notes.append("negation is the event (entry requires neg)")
            hyp = [n for n in c.notes if n.startswith("hypothetical")]
            if e.type == "REJECT" and hyp and self._only_future(hyp):
                # "Polen werde dem Pakt nicht zustimmen", "Verhandlungen werde es nicht geben":
                # a refusal stated for the future is made when it is said (CAMEO 12)
                self._said_now(c, "refusal: future 'werden' (entry requires neg)")
        if "future" in e.require and e.type == "THREATEN" and c.hypothetical and not c.negated:
            hyp = [n for n in c.notes if n.startswith("hypothetical")]
            if self._only_future(hyp, _THREAT_GOVERNORS):
                # "werde mit aller Härte antworten", "Pakistan werde einen hohen Preis zahlen": the
                # entry names a threat by its future, which is made when it is said (CAMEO 13),
                # also as what a warning or threat says ("warnte, man werde … reagieren")
                self._said_now(c, "threat: future 'werden' (entry requires future)")
        # joint exercises ("gemeinsames Manöver") re-type as cooperation
        if e.joint and (
            any((k.lemma_ or k.text).lower() in ("gemeinsam",) for k in c.anchor.children)
            or len(c.sources) > 1
            or c.tgt_rule == "participant"
        ):
            typ, cameo = e.joint.get("type", typ), str(e.joint.get("cameo", cameo))
            c.symmetric = True  # done together: either side may be named first
        code = self.lex.cameo.get(cameo)
        goldstein = e.goldstein if cameo == e.cameo else (code.goldstein if code else None)
        quad = code.quad_class if code else e.quad_class
        fight = e.symmetric or c.symmetric
        if (
            typ == "ASSAULT"
            and not c.targets
            and not (fight and len({h.country for h in c.sources if h.country}) >= 2)
        ):  # (a fight between sides of two countries is theirs: "russische und ukrainische
            # Truppen lieferten sich Gefechte bei Kupjansk", not each side's on the place)
            loc = self._location_target(c, actors)
            if (
                loc is not None
                and fight
                and len(c.sources) == 1
                and loc.country == c.sources[0].country
            ):  # rule `one-sided-fight`: a fight with one side named, on its own soil ("nach
                # wochenlangen Kämpfen zogen sich ukrainische Einheiten … zurück"), names no
                # opponent: the place is not whom it fought
                return self._lost(c, "dropped:one-sided-fight", self._role_text(c))
            if loc is not None:
                c.targets, c.tgt_rule = [loc], "location"
        if (
            not c.targets
            and c.sources
            and all(h.how in (self.POSS_SUBJECT, self.POSS_NEAREST) for h in c.sources)
            and not self._own_show(c, typ)
        ):  # a doer known only through "sein"/"ihr" needs whom it hit
            return self._lost(c, "dropped:possessive-source", "no target")
        had_sources = bool(c.sources)
        # scope: a town is no actor; the one who reports ("nach Angaben von X") is no party
        parties = self._no_parties(sent, actors)
        attribution = parties.attribution | parties.dateline
        c.sources = [h for h in self.scope.actor_sources(c.sources) if h.token not in attribution]
        # (unless the event is about the report: "wies diese Darstellung zurück", act-actor)
        c.targets = [h for h in c.targets if h.token not in attribution or h.how == "act-actor"]
        if typ == "CONSULT" and c.targets:
            # rule `interview`: talking to a medium that reports ("sagte im Gespräch mit der
            # Nachrichtenagentur dpa") is an interview, no consultation
            talks = [h for h in c.targets if h.sector != "MED" or h.token not in parties.every]
            if not talks:
                return self._lost(c, "dropped:interview", "the partner is a medium that reports")
            c.targets = talks
        # rule `unplaced-source`: in exchanges between parties (a meeting, a request, praise,
        # an agreement, aid) the doer is rarely of the other side's country ("Der Außenminister
        # sprach mit dem Papst"): an actor of no known country and no place stays a null source
        # instead of taking the other side's country (domestic acts, arrests, protests,
        # accusations, still do: "Die Behörden werfen dem Oppositionsführer … vor")
        noborrow = typ in self.NO_BORROW_TYPES
        unplaced = [h for h in c.sources if h.code.startswith("/")]
        c.sources = self._fill_countries(
            c.sources, c.targets, sent, actors, borrow=not noborrow, anchor=c.anchor
        )
        placeless = [h for h in c.targets if h.code.startswith("/")]
        c.targets = self._fill_countries(c.targets, c.sources, sent, actors)
        sourceless = False
        rep_hit = reporter[0]
        if (
            not c.sources
            and c.null_source
            and c.kind != "noun"
            and rep_hit is not None
            and (
                rep_hit.sector in self.REPORTER_AGENTS.get(typ, ())
                # deportations are the government's ("wie das Bundesinnenministerium mitteilte"),
                # when the reporter names its country (the deported are of another)
                or (
                    typ == "COERCE"
                    and str(e.cameo)[:3] == "174"
                    and rep_hit.sector == "GOV"
                    and not rep_hit.code.startswith("/")
                )
            )
        ):  # "Nach Angaben der Polizei wurden 200 Demonstranten festgenommen": the police
            # report what they did themselves
            agent = Hit(**{**rep_hit.__dict__})
            c.sources = self._fill_countries([agent], c.targets, sent, actors)
            c.src_rule = "reporter-as-agent" if c.sources else c.src_rule
            if c.sources and placeless and not c.targets:
                # "Laut der Staatsanwaltschaft Mailand wurden drei Stadträte festgenommen": the
                # patient of no named country is of the reporting body's, as of any source's
                c.targets = self._fill_countries(placeless, c.sources, sent, actors)
        if (
            not c.sources
            and noborrow
            and unplaced
            and any(  # only where the other side's country would have been borrowed
                t.country and not t.code.startswith(("/", "IGO:", "NGO:")) for t in c.targets
            )
        ):
            if self.scope.business(unplaced, c.targets, actors.doc):
                return self._lost(c, "dropped:out-of-scope", "business: " + self._role_text(c))
            sourceless = True
            c.src_rule = "unplaced-source"
            c.notes.append("source: an actor of no known country (not the other side's)")
        elif not c.sources and c.targets and any(actors.unplaced(h.token) for h in unplaced):
            # the actor stage says the doer is of no single country ("westliche Regierungen",
            # "ein ausländischer Reporter"): a null source, for every type of event
            sourceless = True
            c.src_rule = "unplaced-source"
            c.notes.append("source: an actor of no single country (actor stage)")
        elif not c.sources:
            if had_sources:
                return self._lost(c, "dropped:source-out-of-scope", "a town or the reporter")
            state = self._state_agent(c, typ, sent, actors) if c.null_source else None
            if state is not None:
                c.sources, c.src_rule = [state], STATE_AGENT
                c.notes.append(f"source: the state where it happened ({state.text})")
            elif not c.targets or not c.null_source or self._release(e):
                why = "no target" if c.null_source else "null source not allowed"
                if c.targets and c.null_source:
                    why = "a release whose holder the text does not name"
                return self._lost(c, "dropped:no-source", why)
            else:
                sourceless = True
                c.src_rule = "none-in-text"
                c.notes.append("source: the text names no one who did it")
        # source/target pairs
        symmetric = e.symmetric or c.symmetric
        reciprocal = False
        if (
            not c.targets
            and len(c.sources) >= 2
            and c.kind != "noun"
            and (
                e.mutual
                or any(
                    (k.lemma_ or k.text).lower() in ("gegenseitig", "einander", "miteinander")
                    for k in c.anchor.children
                )
            )
        ):  # "Armenien und Aserbaidschan warfen sich gegenseitig … vor": each accuses the other
            reciprocal = True
            c.notes.append("reciprocal: 'gegenseitig' or a mutual entry")
        if (
            not c.targets and not sourceless and c.kind != "noun" and e.type in self.ATTITUDE_TYPES
        ):  # "kritisierten die Wahl in Venezuela": the country of a place inside the object
            for o in self._objects(c.anchor):
                # the PP on the object, or hung on the verb right after it
                after: list[Token] = []  # PPs chained right after the object, hung on the verb
                edge = o.right_edge.i
                for t in sorted(c.anchor.children, key=lambda k: k.i):
                    if t.i > edge and sx.dep(t) == "obl" and t.left_edge.i == edge + 1:
                        after.append(t)
                        edge = t.right_edge.i
                inner = [  # one NP deeper: "die Festnahme von Journalisten in Aserbaidschan"
                    g
                    for k in o.children
                    if sx.base_dep(k) == "nmod" and sx.case_of(k) != "in"
                    for g in k.children
                ]
                for t in list(o.children) + after + inner:
                    if sx.case_of(t) == "in" and sx.base_dep(t) in ("nmod", "obl"):
                        h = actors.at(t) or actors.place(t)
                        if (
                            h is not None
                            and h.country
                            and not h.code.startswith(("IGO:", "NGO:"))
                            and h.country not in {s.country for s in c.sources}
                        ):
                            c.targets, c.tgt_rule = (
                                [
                                    Hit(
                                        h.country,
                                        h.name,
                                        h.text,
                                        h.start,
                                        h.end,
                                        h.token,
                                        "object-place",
                                    )
                                ],
                                "object-place",
                            )
                            break
                if c.targets:
                    break
        if self.scope.out_of_scope(
            typ,
            c.kind,
            c.anchor,
            self.verb_lemma(c.anchor) if c.kind != "noun" else None,
            c.sources,
            c.targets,
            sent,
            actors.doc,
            lambda n: bool(self.noun_entries(n)[1]),
        ):  # not a political event: business, sports, an advisory (coding/scope.py)
            return self._lost(c, "dropped:out-of-scope", self._role_text(c))
        if (
            (e.symmetric or c.symmetric)
            and c.tgt_rule == "location"
            and len({h.country for h in c.sources}) >= 2
        ):  # rule `sides-not-place`: "Bei Kupjansk liefern sich russische und ukrainische
            # Truppen Gefechte": a fight of two named sides is between them, not against the place
            c.targets, c.tgt_rule = [], ""
        pairs: list[tuple[Hit | None, Hit | None]] = []
        exchange = self._exchange_pairs(c, sent)  # "tauschten jeweils … aus" (multi.py)
        if exchange:
            pairs, symmetric = exchange, False
        elif sourceless:
            pairs = [(None, t) for t in c.targets]
        elif c.targets:
            for s in c.sources:
                for t in c.targets:
                    # one actor span is never both sides ("Polens Regierung" read as two roles)
                    if (
                        t.how == "same-group"
                        or (s.token != t.token and not (s.start < t.end and t.start < s.end))
                    ) and not _same_body(s.code, t.code):
                        # (a fight among rival militias has the group on both sides; rule
                        # `no-self-pair`: one body never acts on itself, "Russland griff
                        # Anlagen im Westen des Landes an" read the country as its own target)
                        pairs.append((s, t))
            if typ == "COOPERATE" and symmetric and self._done_together(c):
                # "Finnland und Schweden hielten gemeinsam mit US-Truppen ein Manöver ab": the
                # doers worked together too (rule `joint-action`: all did it together)
                for i, s in enumerate(c.sources):
                    for t in c.sources[i + 1 :]:
                        if s.country and t.country and s.country != t.country:
                            pairs.append((s, t))
        elif reciprocal and not symmetric:  # one event each way
            pairs = [(s, t) for s in c.sources for t in c.sources if s.country != t.country]
        elif (symmetric or reciprocal) and len(c.sources) >= 2:
            for i, s in enumerate(c.sources):
                for t in c.sources[i + 1 :]:
                    pairs.append((s, t))
        else:
            pairs = [(s, None) for s in c.sources]
        if e.mutual:  # "tauschte mit der Ukraine Gefangene aus": one event each way
            pairs += [(t, s) for s, t in pairs if s and t and (t, s) not in pairs]
        art_date = document.date if document is not None else None
        trig = sorted(c.triggers, key=lambda t: t.i)
        day, day_how = resolve_date(
            sent.text, art_date, future=c.hypothetical, trigger_offset=trig[0].idx - sent.start_char
        )
        start, end = trig[0].idx + offset, trig[-1].idx + len(trig[-1].text) + offset
        conf = e.confidence * (0.9 if c.kind != "noun" else 0.8)
        if any(r.startswith("fallback") for r in (c.src_rule,)):
            conf *= 0.7
        if "nested" in c.src_rule:
            conf *= 0.9
        if c.src_rule.startswith(ROLEMODEL):
            conf *= c.confidence  # the source model's probability
        if c.hedged:
            conf *= 0.6
        if sourceless:
            conf *= 0.6
        rep, rep_note = reporter
        notes = list(dict.fromkeys(c.notes))
        if rep_note:
            notes.append(f"reported: {rep_note}")
        if day_how not in ("article", "none"):
            notes.append(f"date: {day_how}")
        out = []
        if not pairs:
            self._lost(c, "dropped:no-pair", self._role_text(c))
        for s, t in pairs:
            out.append(
                EventMention(
                    type=typ,
                    mode=e.mode,
                    cameo=cameo,
                    goldstein=goldstein,
                    quad_class=quad,
                    source=s.slot(offset, _implied_by(c.src_rule)) if s else None,
                    target=t.slot(offset) if t else None,
                    symmetric=symmetric and t is not None,
                    negated=c.negated,
                    hypothetical=c.hypothetical and not c.negated,
                    hedged=c.hedged,
                    reported_by=rep.slot(offset) if rep else None,
                    confidence=round(min(1.0, conf), 3),
                    sentence_idx=sentence_idx,
                    section=section,  # type: ignore[arg-type]
                    sentence=sent.text.strip(),
                    start=start,
                    end=end,
                    date=day,
                    evidence=Evidence(
                        entry=e.id,
                        rule=f"{c.kind}: source={c.src_rule or '-'} target={c.tgt_rule or '-'}",
                        kind=c.kind,
                        source_rule=c.src_rule or "-",
                        target_rule=c.tgt_rule or "-",
                        trigger=" … ".join(t.text for t in trig),
                        notes=notes,
                    ),
                )
            )
        return out
