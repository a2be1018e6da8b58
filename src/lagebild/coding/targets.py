"""Target choosers of the event coder: the last steps for an event whose source the role rules
found but whose target none of them reached. The learned role model picks a target (rule
`rolemodel`, coding/rolemodel.py) or overrules a rule's choice by a margin; without it, the
actor nearest to the trigger (rule `nearest-actor`). Both skip the mentions that are no target
of the event (rule `not-target`), never pair one body with itself (`learned-no-self`) and never
make the source's own pronoun its target (`pronoun-no-self`) (docs/coding.md).

`TargetRules` is a mixin of `EventCoder`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from lagebild.coding import rolemodel
from lagebild.coding import syntax as sx
from lagebild.coding.replies import MEDIATION_CAMEO, NO_TARGET
from lagebild.coding.rolemodel import ROLEMODEL
from lagebild.coding.syntax import code_country

if TYPE_CHECKING:  # pragma: no cover
    from lagebild.coding.mentions import Actors, Hit
    from lagebild.models import ActorSlot, EventMention

# sectors whose code names one body: a country as a whole, its forces, police or secret
# service, its civilians or refugees (the president and the cabinet, a court and the
# prosecutors, a union and the workers, two parties or two armed groups share one code and do
# act on each other)
SAME_BODY_SECTORS = frozenset({"", "MIL", "COP", "SPY", "CVL", "REF"})


def _same_body(a: str, b: str) -> bool:
    """Do two actor codes name the same body ("TUR/GOV" and "TUR/GOV", "DEU" and "DEU")? A
    learned choice never pairs such a source and target: the text gave no self-pair, the
    chooser read the doer's or the victim's other words (`learned-no-self`)."""
    return a == b and (a.split("/") + [""])[1] in SAME_BODY_SECTORS


def _self_pronoun(source: ActorSlot | None, h: Hit, actors: Actors) -> bool:
    """Is mention h a personal pronoun that names the source's own actor (rule
    `pronoun-no-self`)? "Die Regierung drohte, dass sie … nicht dulden werde", "Die Hamas
    erklärte, sie werde …": a pronoun of the same code as the doer is the doer (it stands for the
    nearest subject), never the one it acts on, whatever sector the code has."""
    if source is None or h.code != source.code:
        return False
    t = actors.doc[h.token]
    return t.pos_ == "PRON" and sx.morph(t, "PronType") in ("Prs", None)


# the rule name of targets found by proximity (TargetRules._nearest_targets)
NEAREST_ACTOR = "nearest-actor"


def _no_target(ev: EventMention) -> bool:
    """Did a role rule find that the act has no target here (rule `none:…`)?"""
    return (ev.evidence.target_rule or "").startswith(NO_TARGET)


def _country(slot: ActorSlot | None) -> str | None:
    """The country (or IGO/NGO code) of an event's actor slot."""
    return code_country(slot.code) if slot is not None else None


class TargetRules:
    """The learned and proximity choosers of targets the role rules leave open."""

    # prepositions of a phrase on the source's noun that says where the source sits or comes
    # from ("die Regierung in Tokio", "eine Delegation aus Kiew")
    SOURCE_PLACE_PREPS = ("in", "aus")

    def _off_targets(
        self, ev: EventMention, sent: Span, actors: Actors, offset: int, vicinity: set[int]
    ) -> set[int]:
        """Rule `not-target`: tokens whose actors the learned and proximity choosers never make
        ev's target.
        - A place phrase on the source's noun locates the source ("Die Regierung in Tokio legte
          Protest ein", "Vertreter aus Kiew forderten …"): the actors of the source's own country
          in an "in"/"aus" phrase hung on a token of the source's mention.
        - A predicative "als" phrase of the event's verb classifies the act ("verurteilte den
          Test als Verstoß gegen Beschlüsse der Vereinten Nationen"), with a PP that continues
          it; the actors in it are no party of the act.
        - The one a measure is aimed at is not the target of a stance on the measure ("lehnte
          Sanktionen gegen Venezuela ab": rule `measure-patient`).
        - A town or country named to say where, near it ("nördlich von Paris blockierten Bauern
          …", "in der Nähe von Lyon"): the place is the scene, not the one acted on (not for an
          attack, whose scene's country is its target when it names no victim: `location`);
          `vicinity` holds the sentence's such places (`_vicinity_place`)."""
        out: set[int] = set()
        if ev.type != "ASSAULT":
            out.update(vicinity)
        if ev.source is not None and ev.source.start is not None:
            src = {
                t.i
                for t in sent
                if ev.source.start - offset <= t.idx < (ev.source.end or 0) - offset
            }
            for t in sent:
                if (
                    t.head.i in src
                    and t.i not in src
                    and sx.base_dep(t) == "nmod"
                    and sx.case_of(t) in self.SOURCE_PLACE_PREPS
                ):
                    # (only the source's own country: "Vertreter der Regierungen in Kinshasa
                    # und Kigali" names a second party in the phrase)
                    own = _country(ev.source)
                    for x in t.subtree:
                        h = actors.at(x)
                        if h is not None and h.country == own:
                            out.add(x.i)
        v = rolemodel.trigger_token(ev, sent, offset)
        if v is not None and v.pos_ in ("NOUN", "PROPN"):
            # rule `frame-host-args` (doers.py): "nach dem Anschlag nahm die Polizei … fest"
            entry = self.lex.entries.get(ev.evidence.entry or "")  # type: ignore[attr-defined]
            fight = ev.symmetric or (entry is not None and entry.symmetric)
            out |= self._frame_host_args(v, fight, self.HOST_ARG_DEPS)  # type: ignore[attr-defined]
        if v is not None and v.pos_ in ("VERB", "AUX"):
            objs = sx.objects(v)
            if self._stance_on_measure(ev.type, objs):
                # rule `measure-patient`: "lehnte Sanktionen gegen X ab" (_roles_verb)
                for o in objs:
                    for x in sx.conjuncts(o):
                        for p in self.MEASURE_PATIENT_PREPS:
                            for t in sx.preps(x, p):
                                out.update(y.i for y in t.subtree)
                for p in self.MEASURE_PATIENT_PREPS:
                    for t in sx.preps(v, p):
                        if t.i > objs[0].i:
                            out.update(y.i for y in t.subtree)
                for o in objs:  # "befürwortet einen Boykott russischer Waren"
                    for x in sx.conjuncts(o):
                        if self._boycott(x):
                            out.update(
                                y.i
                                for g in x.children
                                if sx.base_dep(g) == "nmod" and self._thing(g, actors)
                                for y in g.subtree
                            )
            for s in v.children:
                if sx.case_of(s) == "als" and sx.base_dep(s) in ("obl", "obj", "xcomp"):
                    out.update(x.i for x in s.subtree)
                elif objs and sx.base_dep(s) == "obl" and sx.after_predicative(v, s, objs[0]):
                    out.update(x.i for x in s.subtree)
        return out

    # ------------------------------------------------------------------ proximity fallback
    # Rule `nearest-actor`: the last resort for an event whose source the rules found but whose
    # target none of them reached (a target in a second clause, a misparsed phrase). The target is
    # the actor mentioned nearest to the trigger in the same sentence, of another country than
    # the source and not the one the sentence is attributed to ("laut Tass"), as position-based
    # coders (TABARI) do. The event keeps its type; its confidence drops and the evidence names
    # the rule, so a user can keep only targets the syntax gave (`proximity_targets: false` in
    # rules.yaml switches it off).
    PROXIMITY_CONFIDENCE = 0.75

    def _nearest_targets(
        self,
        events: list[EventMention],
        actors: Actors,
        sent: Span,
        reporter: Hit | None,
        offset: int,
        paths: rolemodel.SentencePaths | None = None,
    ) -> None:
        mentions = actors.mentions(sent)
        if reporter is not None:
            mentions = [h for h in mentions if h.end <= reporter.start or h.start >= reporter.end]
        no_party = self._no_parties(sent, actors).every
        mentions = [h for h in mentions if h.token not in no_party]

        def key(ev: EventMention) -> tuple:
            return (ev.type, _country(ev.source), _country(ev.target))

        taken = {key(ev) for ev in events}
        # the doers of one act are not each other's target ("Frankreich, Deutschland und
        # Großbritannien riefen beide Seiten auf": one event per doer, same trigger)
        cosources: dict[tuple, set] = {}
        for e in events:
            cosources.setdefault((e.type, e.start), set()).add(_country(e.source))

        def mates(ev: EventMention, own: str | None) -> set:
            return cosources.get((ev.type, ev.start), set()) - {own}

        # rule `not-target`, worked out once an event (the chooser and the proximity fallback
        # both ask; neither changes what it depends on: the source, type and trigger)
        offs: dict[int, set[int]] = {}
        vicinity: list[set[int]] = []

        def off_targets(ev: EventMention) -> set[int]:
            if id(ev) not in offs:
                if not vicinity:
                    vicinity.append({t.i for t in sent if self._vicinity_place(t)})
                offs[id(ev)] = self._off_targets(ev, sent, actors, offset, vicinity[0])
            return offs[id(ev)]

        model = self.role_model
        if model is not None or rolemodel.COLLECT is not None:
            # rule `rolemodel` (coding/rolemodel.py): the learned chooser picks the target
            for ev, scored in rolemodel.score_events(
                events, mentions, sent, offset, reporter, model, paths
            ):
                if model is None:
                    continue
                own = _country(ev.source)
                if _no_target(ev):
                    continue  # a role rule found that the act has no target here
                if ev.target is not None:
                    if model.overrule is not None:
                        off = off_targets(ev)
                        scored = [
                            x
                            for x in scored
                            if x[0].token not in off or rolemodel._overlaps(ev.target, x[0], offset)
                        ]
                        self._overrule_target(ev, scored, model.overrule, taken, own, offset)
                    continue
                skip = mates(ev, own)
                if ev.cameo == MEDIATION_CAMEO:  # a mediator mediates between others
                    skip = skip | {own}
                off = off_targets(ev)
                options = [
                    x
                    for x in scored
                    if (ev.type, own, x[0].country) not in taken
                    and x[0].country not in skip
                    and not _same_body(ev.source.code, x[0].code)
                    and not _self_pronoun(ev.source, x[0], actors)
                    and x[0].token not in off
                ]
                if not options:
                    continue
                best, p, _ = max(options, key=lambda x: x[1])
                if p < model.threshold:
                    continue
                ev.target = best.slot(offset, implied=ROLEMODEL)
                taken.add(key(ev))
                ev.confidence = round(ev.confidence * p, 3)
                rolemodel.fill_target_rule(ev, f"{ROLEMODEL} p={p:.2f}")
                ev.evidence.notes.append(
                    f"target by the role model (p={p:.2f}): no role rule gave one"
                )
            if model is not None and not model.fallback_nearest:
                return
        if not self.proximity_targets:
            return
        for ev in events:
            if (
                ev.target is not None
                or ev.source is None
                or ev.start is None
                or ev.type in self.proximity_skip
                or _no_target(ev)
            ):
                continue
            own = _country(ev.source)
            skip = mates(ev, own)
            off = off_targets(ev)
            options = [
                h
                for h in mentions
                if h.country != own and h.country not in skip and h.token not in off
            ]
            if not options:
                continue
            best = min(options, key=lambda h: abs(h.start + offset - ev.start))
            if (ev.type, own, best.country) in taken:
                continue  # the sentence has that event already
            ev.target = best.slot(offset, implied=NEAREST_ACTOR)
            taken.add(key(ev))
            ev.confidence = round(ev.confidence * self.PROXIMITY_CONFIDENCE, 3)
            rolemodel.fill_target_rule(ev, NEAREST_ACTOR)
            ev.evidence.notes.append("target by proximity: no role rule gave one")

    def _overrule_target(
        self,
        ev: EventMention,
        scored: list[tuple[Hit, float, dict]],
        margin: float,
        taken: set[tuple],
        own: str | None,
        offset: int,
    ) -> None:
        """Rule `rolemodel` over a rule's target: another mention that the model scores at least
        `margin` above the rules' choice replaces it (the rule named in the evidence)."""
        mine = [x for x in scored if rolemodel._overlaps(ev.target, x[0], offset)]
        if not mine:
            return
        p_rule = max(x[1] for x in mine)
        options = [
            x
            for x in scored
            if x not in mine
            and (ev.type, own, x[0].country) not in taken
            and x[0].country != _country(ev.target)
            and not (ev.source is not None and _same_body(ev.source.code, x[0].code))
        ]
        if not options:
            return
        best, p, _ = max(options, key=lambda x: x[1])
        if p - p_rule < margin:
            return
        old = rolemodel.overrule_target_rule(ev, f"{ROLEMODEL} p={p:.2f}", p_rule)
        ev.target = best.slot(offset, implied=ROLEMODEL)
        taken.add((ev.type, own, best.country))
        ev.confidence = round(ev.confidence * p, 3)
        ev.evidence.notes.append(
            f"target by the role model (p={p:.2f}) over rule {old} (p={p_rule:.2f})"
        )
