"""Rules of the event coder for events that answer another event of the same sentence, and for
mediators (docs/coding.md, "Yielding, refusing, blaming and announcing"):

- `retaliation`: a threat with no target answers the event another actor of the sentence did
  ("Nach dem Luftangriff Israels auf Beirut kündigte die Hisbollah Vergeltung an", "Nachdem die
  Ukraine … angegriffen hatte, drohte Moskau mit Vergeltung", "…, Teheran kündigte daraufhin
  Gegenmaßnahmen an"): that actor is the target.
- `refused-request`: a refusal with no target ("doch Belgrad weigerte sich") answers a request
  of the sentence made to the refuser ("Die EU forderte Serbien auf, …"): the one who asked is
  the target.
- `rejected-claim`: an accusation, threat or demand named by a noun, with its own source and no
  target, that the clause's subject rejects or denies ("Mulino wies die Forderung Trumps
  zurück", "Abiy wies die Vorwürfe Eritreas zurück"): the rejecter is the one it was aimed at.
- `answers-protest`: a state's coercion, concession or refusal with no target in a sentence that
  reports a protest in the same country ("In Kenia gingen Tausende gegen … auf die Straße; die
  Polizei setzte Tränengas ein, Präsident Ruto schloss Zugeständnisse aus", "Nach wochenlangen
  Protesten von Ärzten … ist der Gesundheitsminister zurückgetreten"): the protesters are the
  target.
- `mediator`: a mediating verb with no target ("Katar hatte die Gespräche vermittelt") mediates
  between the parties of the agreement or talks the sentence reports ("Vertreter der Regierung
  und der Rebellengruppe M23 haben ein Abkommen unterzeichnet; Katar hatte … vermittelt").
- `conditional-threat`: a hostile act (attack, sanction, coercion, protest) a clause announces as the
  consequent of a condition another actor must meet ("Sollte Moskau einer Waffenruhe nicht
  zustimmen, werde die EU ihre Sanktionen verschärfen", "…, Warschau werde die Grenze schließen,
  falls Minsk …") is a threat (CONVENTIONS.md: THREATEN, "threatened force, sanctions or other
  harm"): a plain THREATEN by the act's source against the condition's subject (else the act's
  target), next to the act itself, which stays hypothetical. Not when the sentence already has a
  threat by that country. The same for a bare answer ("sollte Russland einen Nato-Staat
  angreifen, würde das Bündnis mit voller Wucht reagieren"), when the condition names its actor.
  Not when the sentence tells the conditional as a third party's assessment: an attribution
  phrase or an impersonal "es heißt" whose holder is not of the act's country ("würde die AU
  nach Einschätzung von Diplomaten … aussetzen", "…, hieß es aus Diplomatenkreisen"): that is
  a hypothetical, not the actor's threat (the actor's own word, "…, sagte der Minister", is).
- `domestic-target`: an arrest, ban, raid or sentence (COERCE) by a state organ of one country whose
  patient the text names without an actor ("Die venezolanischen Behörden nahmen mindestens 30
  Personen fest", "Das Bundesinnenministerium hat eine rechtsextreme Vereinigung verboten") is
  done to people of that country: the patient phrase is the target, coded with the source's
  country (no sector). Not when the sentence names an actor or place of another country. An
  entry marked `people_target` (an internet shutdown, a curfew) is an act on the population:
  with no patient named, the target is the source's country, spanned by the trigger.
- `mediated`: a mediation noun in a PP of a clause ("Unter Vermittlung Katars haben Israel und
  die Hamas … vereinbart") has the clause's subjects as the parties mediated between (not people
  alone, who are the ones set free: "Unter Vermittlung Katars kamen 150 Gefangene frei").
- `mediated-release`: the people a mediated release sets free ("Kuba hat nach Vermittlung des
  Vatikans zwanzig Gefangene freigelassen") are not the mediator's when their own phrase names
  no country (the mediator's country came from the sentence): they are the releaser's (its
  country, their sector). People named as the mediator's ("einen US-Bürger") stay its.
- `envoy-host`: a measure on diplomats (SANCTION with a diplomat object: "rief seinen Botschafter
  zu Konsultationen zurück", "wies den Botschafter aus") is between two states, never aimed at
  the source's own country (its own envoy is no target): with no target of another country, the
  target is the other state the sentence names (an actor before a place, the nearest to the
  verb), else the latest one the two sentences before name ("Die Regierung in Bamako warf
  Frankreich vor …; Paris rief seinen Botschafter zurück": Mali), else none (and the learned
  and proximity target choosers leave it so).
- `story-mediator`: a mediation (CAMEO 045) whose sentence names no party ("Der Austausch war
  von den Emiraten vermittelt worden", "Unter Vermittlung der Emirate kamen 150 Gefangene
  frei") mediates between the story's two sides: the latest pair the document named before as
  the parties of one act they did with each other ("Russland und die Ukraine tauschten
  Gefangene aus"; actors/sides.py `two_sided`), never the mediator's own country.

- `threatened-act`: a threat verb with no target takes the target of the act it announces, in
  its "mit" phrase or zu-infinitive ("drohte mit Angriffen auf amerikanische Kriegsschiffe",
  "drohte, die Verhandlungen mit Israel abzubrechen"), when that act is the threatener's own
  (or names no doer) and aims at one other country; before `retaliation`.

`ReplyRules` is a mixin of `EventCoder`; each rule writes its name into `tgt_rule`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lagebild.coding import modality, rolemodel
from lagebild.coding import syntax as sx

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from lagebild.coding.coder import Actors, Cand

# event types a threat of retaliation answers
ANSWERED_TYPES = ("ASSAULT", "SANCTION", "COERCE", "ACCUSE", "THREATEN", "MOBILIZE", "REJECT")
# claims that stay made when rejected: their target is the rejecter
CLAIM_TYPES = ("ACCUSE", "THREATEN", "REQUEST")
# what a state does in answer to a protest, and who protests
PROTEST_ANSWERS = ("COERCE", "CONCEDE", "REJECT", "ASSAULT")
STATE_SECTORS = ("GOV", "COP", "MIL", "JUD", "LEG", "-")
PROTESTERS = ("CVL", "LAB", "OPP", "REF")
MEDIATION_VERBS = ("vermitteln",)
MEDIATED_TYPES = ("AGREE", "CONSULT")
MEDIATION_PREPS = ("unter", "nach", "mit", "dank", "durch", "bei")
MEDIATION_CAMEO = "045"  # CAMEO "mediate": the entries consult.vermitteln, consult.vermittlung
RELEASED = ("CVL", "REF")  # the people a mediated release sets free
PRISONERS = RELEASED + ("MED", "OPP")  # people a release frees (rule `mediated-release`)
# a target rule that found the act has no target in the text: the learned and proximity
# choosers leave it empty ("none:envoy-host": one's own envoy recalled, no other state named)
NO_TARGET = "none:"
# what a state does to people it finds in its own country (rule `domestic-target`)
DOMESTIC_TYPES = ("COERCE",)
PATIENT_CLASSES = (
    "@person",
    "@prisoner",
    "@suspect",
    "@refugee",
    "@party",
    "@media",
    "@protest_event",
)
# what a charge is named by ("wegen Spionage für Israel", "unter dem Vorwurf der Spionage"): the
# actors in it are whom the patient is said to have served, no party to the act
CHARGE_PREPS = ("wegen", "unter")
CHARGE_NOUNS = ("vorwurf", "verdacht", "anklage", "anschuldigung")
# answers that, announced for a condition another actor must meet, are the threat with no act
# named ("würde das Bündnis … reagieren"; coding-lexicon11)
ANSWER_VERBS = ("reagieren", "antworten")
# verbs whose infinitive tells an act the subject will do ("kündigte an, … zu verhängen")
ANNOUNCING = ("ankündigen",)
# hostile acts a condition turns into a threat, and the threat entry (its CAMEO code) of each
THREAT_ACTS = {
    "ASSAULT": "threaten.mit_krieg_drohen",
    "SANCTION": "threaten.drohen_sanktionen",
    "COERCE": "threaten.drohen",
    "PROTEST": "threaten.drohen",
}


def _countries(hits: list[Any]) -> set[str]:
    return {h.country for h in hits if h.country}


def _threatened_acts(c: Cand, cands: list[Cand], own: set[str]) -> list[Cand]:
    """Rule `threatened-act`: the acts a threat verb announces, in its "mit" phrase ("drohte mit
    Angriffen auf amerikanische Kriegsschiffe") or its zu-infinitive ("drohte, die Verhandlungen
    mit Israel abzubrechen"), done by the threatener or by no one named, aimed at another country.
    Not a conditional clause ("…, sollte Russland die Ukraine angreifen"): that is the condition."""
    out = []
    for d in cands:
        if d is c or not d.targets or (d.sources and not _countries(d.sources) <= own):
            continue
        if not _countries(d.targets) - own:
            continue
        t = d.anchor
        while t.head.i != t.i and t.head.i != c.anchor.i:
            t = t.head
        if t.head.i != c.anchor.i or t.i == c.anchor.i:
            continue
        via_mit = sx.dep(t) in ("obl", "nmod") and any(
            k.lower_ == "mit" and sx.dep(k) == "case" for k in t.children
        )
        via_inf = sx.dep(t) == "xcomp" and sx.is_zu_infinitive(t)
        if via_mit or via_inf:
            out.append(d)
    return out


def _other_state(code: str, own: set[str]) -> bool:
    """Is the actor code that of another state than `own` (no organisation, no people)?"""
    cc, _, sec = code.partition("/")
    return bool(cc) and cc not in own and ":" not in cc and sec not in RELEASED + ("REB", "CRM")


class ReplyRules:
    """Mixin: needs `_hits`, `_subject`, `verb_lemma` of `EventCoder`."""

    def _reply_targets(self, cands: list[Cand]) -> None:
        for c in cands:
            if c.targets or not c.sources:
                continue
            own = _countries(c.sources)
            if c.kind == "noun" and c.entry.type in CLAIM_TYPES:
                gov = sx.governing_verb(c.anchor)
                rejecters = [
                    d
                    for d in cands
                    if d.entry.type == "REJECT"
                    and d.kind == "verb"
                    and gov is not None
                    and d.anchor.i == gov.i
                    and d.sources
                    and not (_countries(d.sources) & own)
                ]
                if rejecters:
                    c.targets, c.tgt_rule = (
                        list(rejecters[0].sources),
                        f"rejected-claim:{rejecters[0].entry.id}",
                    )
                    continue
            if c.entry.type == "THREATEN" and c.kind != "noun":
                acts = _threatened_acts(c, cands, own)
                aims = {x for d in acts for x in _countries(d.targets)}
                if len(aims) == 1:
                    c.targets, c.tgt_rule = (
                        list(acts[0].targets),
                        f"threatened-act:{acts[0].entry.id}",
                    )
                    continue
            if c.entry.type == "THREATEN":
                others = [
                    d
                    for d in cands
                    if d is not c
                    and d.entry.type in ANSWERED_TYPES
                    and d.sources
                    and not (_countries(d.sources) & own)
                ]
                doers = {x for d in others for x in _countries(d.sources)}
                if len(doers) == 1:
                    c.targets, c.tgt_rule = (
                        list(others[0].sources),
                        f"retaliation:{others[0].entry.id}",
                    )
            elif c.entry.type == "REJECT" and c.kind == "verb":
                asks = [
                    d
                    for d in cands
                    if d.entry.type == "REQUEST"
                    and d.sources
                    and _countries(d.targets) & own
                    and d.anchor.i < c.anchor.i
                ]
                if len(asks) == 1:
                    c.targets, c.tgt_rule = (
                        list(asks[0].sources),
                        f"refused-request:{asks[0].entry.id}",
                    )

    def _protest_answers(self, cands: list[Cand]) -> None:
        """Rule `answers-protest` (module docstring)."""
        protests = [
            p
            for p in cands
            if p.entry.type == "PROTEST"
            and p.sources
            and all(h.sector in PROTESTERS and h.country for h in p.sources)
        ]
        if not protests:
            return
        for c in cands:
            if c.targets or not c.sources or c.entry.type not in PROTEST_ANSWERS:
                continue
            if not all(h.sector in STATE_SECTORS and h.country for h in c.sources):
                continue
            own = _countries(c.sources)
            same = [p for p in protests if _countries(p.sources) == own]
            if same:
                p = min(same, key=lambda p: abs(p.anchor.i - c.anchor.i))
                c.targets, c.tgt_rule = list(p.sources), f"answers-protest:{p.entry.id}"

    def _mediator_targets(self, cands: list[Cand]) -> None:
        """Rule `mediator` (module docstring)."""
        for c in cands:
            if c.targets or not c.sources or c.entry.type != "CONSULT" or c.kind == "noun":
                continue
            if self.verb_lemma(c.anchor) not in MEDIATION_VERBS:  # type: ignore[attr-defined]
                continue
            own = _countries(c.sources)
            parties: list[Any] = []
            for d in cands:
                if d is c or d.entry.type not in MEDIATED_TYPES:
                    continue
                for h in d.sources + d.targets:
                    if h.country in own or any(h.code == p.code for p in parties):
                        continue
                    parties.append(h)
            if len(parties) >= 2:
                c.targets, c.tgt_rule = parties, "mediator"

    def _mediated(self, c: Cand, actors: Actors) -> None:
        """A mediation noun in a PP of a clause: the clause's subjects are the parties."""
        n = c.anchor
        g = n.head
        if c.targets or sx.case_of(n) not in MEDIATION_PREPS or g.pos_ not in ("VERB", "AUX"):
            return
        hits, how = self._hits(self._subject(g)[0], actors, 1)  # type: ignore[attr-defined]
        # "Vertreter der Regierungen in Kinshasa und Kigali": each government is a party
        self._nested_conjuncts(hits, how, actors)  # type: ignore[attr-defined]
        src = {h.token for h in c.sources}
        hits = [h for h in hits if h.token not in src]
        if all(h.sector in RELEASED for h in hits):
            hits = []  # people alone ("Unter Vermittlung Katars kamen 150 Gefangene frei") are
            # the ones set free, no party
        if hits:
            c.targets, c.tgt_rule = hits, f"mediated:subject of {self.verb_lemma(g)}"  # type: ignore[attr-defined]

    def _mediated_release(self, cands: list[Cand], actors: Actors) -> None:
        """Rule `mediated-release` (module docstring)."""
        from lagebild.coding.coder import Hit

        meds = [
            m
            for m in cands
            if m.entry.cameo == MEDIATION_CAMEO and sx.case_of(m.anchor) in MEDIATION_PREPS
        ]
        mediators = {m.anchor.head.i: _countries(m.sources) for m in meds}
        theirs = {t.i for m in meds for t in m.anchor.subtree}  # the mediation phrase's words
        for c in cands:
            own = _countries(c.sources)
            if c.entry.type != "CONCEDE" or len(own) != 1 or c.anchor.i not in mediators:
                continue
            (cc,) = own
            hits = []
            for h in c.targets:
                if h.sector in PRISONERS and h.country in mediators[c.anchor.i] - own:
                    # the people's phrase alone (no words of the mediation): does it name a country?
                    own_words = [
                        t.text
                        for t in c.anchor.doc
                        if h.start <= t.idx < h.end and t.i not in theirs
                    ]
                    ref = actors.resolve_text(" ".join(own_words))
                    if ref is None or not sx.code_country(ref.code):
                        h = Hit(f"{cc}/{h.sector}", None, h.text, h.start, h.end, h.token, h.how)
                hits.append(h)
            if hits != c.targets:
                c.targets, c.tgt_rule = hits, f"{c.tgt_rule}/mediated-release"

    def _envoy_host(self, cands: list[Cand], actors: Actors, sent: Any) -> None:
        """Rule `envoy-host` (module docstring)."""
        from lagebild.coding.coder import Hit

        for c in cands:
            if c.entry.type != "SANCTION" or "@diplomat" not in c.entry.object:
                continue
            own = _countries(c.sources)
            if not own or any(h.country and h.country not in own for h in c.targets):
                continue
            a = c.anchor
            here = sorted(
                (h for sp in actors.doc.spans.get("actors", [])
                 if sent.start <= sp.start and sp.end <= sent.end
                 and (h := actors.at(sp.root)) is not None),
                key=lambda h: (h.is_place, abs(h.token - a.i)),
            )  # fmt: skip
            host = next((h.country for h in here if _other_state(h.code, own)), None)
            if host is None:
                host = next(
                    (r.country for r in self._before if _other_state(r.code, own)),  # type: ignore[attr-defined]
                    None,
                )
            if host is None:  # its own envoy is no target, and no other state is named
                c.targets, c.tgt_rule = [], f"{NO_TARGET}envoy-host"
                continue
            c.targets = [Hit.of_token(host, a, "envoy-host")]
            c.tgt_rule = "envoy-host"

    def _story_mediator(self, cands: list[Cand], actors: Actors) -> None:
        """Rule `story-mediator` (module docstring)."""
        from lagebild.coding.coder import Hit

        sides = self._story_sides  # type: ignore[attr-defined]
        if not sides:
            return
        for c in cands:
            if c.targets or not c.sources or c.entry.cameo != MEDIATION_CAMEO:
                continue
            own = _countries(c.sources)
            parties = [r for r in sides if r.country and r.country not in own]
            if len(parties) == 2:
                a = c.anchor
                c.targets = [
                    Hit(r.code, r.name, a.text, a.idx, a.idx + len(a.text), a.i, "story-sides")
                    for r in parties
                ]
                c.tgt_rule = "story-mediator"

    def _conditional_threats(self, cands: list[Cand], actors: Actors) -> list[Cand]:
        """Rule `conditional-threat` (module docstring): the new THREATEN candidates."""
        out: list[Cand] = []
        threatening = {
            x for d in cands if d.entry.type == "THREATEN" for x in _countries(d.sources)
        }
        holders = self._statement_holders(cands[0].anchor.sent, actors) if cands else None
        for c in cands:
            if c.entry.type not in THREAT_ACTS or not c.sources or c.presupposed:
                continue
            own = _countries(c.sources)
            if not own or own & threatening:
                continue
            if holders is not None and not own & holders:
                continue  # a third party's assessment, not the actor's threat
            v = c.anchor if c.kind != "noun" else sx.governing_verb(c.anchor)
            if v is None or not self._announced_clause(v):
                continue
            cond = modality.condition_clause(v, self.cond)  # type: ignore[attr-defined]
            if cond is None:
                continue
            targets = self._condition_targets(cond, own, actors) or [
                h for h in c.targets if h.country and h.country not in own
            ]
            entry = self.lex.entries.get(THREAT_ACTS[c.entry.type])  # type: ignore[attr-defined]
            if not targets or entry is None:
                continue
            out.append(
                self._threat(entry, v, list(c.triggers), c.sources, c.src_rule, targets, c.entry.id)
            )
            out[-1].notes.append(f"conditional-threat: {c.entry.type} '{v.text}' if '{cond.text}'")
            threatening |= own
        # "sollte Russland einen Nato-Staat angreifen, würde das Bündnis mit voller Wucht
        # reagieren": an answer announced for another actor's act is the threat itself
        entry = self.lex.entries.get("threaten.drohen")  # type: ignore[attr-defined]
        for v in cands[0].anchor.sent if cands and entry is not None else []:
            if v.pos_ != "VERB" or (v.lemma_ or "").lower() not in ANSWER_VERBS:
                continue
            if not self._announced_clause(v):
                continue
            cond = modality.condition_clause(v, self.cond)  # type: ignore[attr-defined]
            if cond is None:
                continue
            subj, rule = self._subject(v)  # type: ignore[attr-defined]
            srcs, _ = self._hits(subj, actors, 1)  # type: ignore[attr-defined]
            own = _countries(srcs)
            if not own or own & threatening:
                continue
            if holders is not None and not own & holders:
                continue
            targets = self._condition_targets(cond, own, actors)
            if not targets:
                continue
            out.append(self._threat(entry, v, [v], srcs, rule, targets, v.lemma_))
            out[-1].notes.append(f"conditional-threat: '{v.text}' if '{cond.text}'")
            threatening |= own
        return out

    def _statement_holders(self, sent: Span, actors: Actors) -> set[str] | None:
        """Rule `conditional-threat`, whose statement it is: None when the sentence gives no
        other holder than a speaker (the actor's own "…, sagte der Minister"); else the
        countries of the holder an attribution phrase names ("nach Einschätzung von
        Diplomaten", "laut X", "X zufolge") or an impersonal "es heißt" its "aus"/"in" phrase
        ("hieß es aus Diplomatenkreisen"): a conditional told as a third party's assessment
        ("würde … nach Einschätzung von Diplomaten aussetzen") is hypothetical, no threat
        (an empty set: a holder that is no actor)."""
        toks = set(self._attribution(sent))  # type: ignore[attr-defined]
        reported = bool(toks)
        for v in sent:
            if v.pos_ not in ("VERB", "AUX") or (v.lemma_ or "").lower() != "heißen":
                continue
            if not any(k.lower_ == "es" and sx.dep(k) in ("nsubj", "expl") for k in v.children):
                continue
            reported = True
            phrases = [k for k in v.children if sx.base_dep(k) == "obl"]
            for prep in ("aus", "von", "in"):
                named = [k for k in phrases if sx.case_of(k) == prep]
                if named:
                    toks |= {t.i for k in named for t in k.subtree}
                    break
        if not reported:
            return None
        doc = sent.doc
        return {h.country for i in toks if (h := actors.at(doc[i])) is not None and h.country}

    def _threat_condition_targets(self, cands: list[Cand], actors: Actors) -> None:
        """Rule `condition-addressee`: a threat that names no target but a condition ("drohte
        mit unbefristeten Streiks, falls die Deutsche Bahn kein besseres Angebot vorlege",
        "droht mit Zöllen, sollte Kanada …") is aimed at the condition's subject, when that is
        another body than the threatener."""
        for c in cands:
            if c.entry.type != "THREATEN" or c.targets or not c.sources or c.kind == "noun":
                continue
            cond = modality.condition_clause(c.anchor, self.cond)  # type: ignore[attr-defined]
            if cond is None:
                continue
            hits, _ = self._hits(self._subject(cond)[0], actors, 1)  # type: ignore[attr-defined]
            own = {s.code for s in c.sources}
            hits = [h for h in hits if h.country and h.code not in own]
            if hits:
                c.targets, c.tgt_rule = hits, "condition-addressee"
                c.notes.append(f"condition-addressee: subject of '{cond.text}'")

    def _condition_targets(self, cond: Token, own: set[str], actors: Actors) -> list[Any]:
        """The actors of another country than `own` that the condition's subject names."""
        hits, _ = self._hits(self._subject(cond)[0], actors, 1)  # type: ignore[attr-defined]
        return [h for h in hits if h.country and h.country not in own]

    @staticmethod
    def _threat(
        entry: Any,
        v: Token,
        triggers: list[Token],
        sources: list[Any],
        src_rule: str,
        targets: list[Any],
        what: str,
    ) -> Cand:
        """A THREATEN candidate of rule `conditional-threat` (its modality set by the rule)."""
        from lagebild.coding.coder import Cand

        t = Cand(entry, "verb", v, triggers)
        t.sources, t.targets = list(sources), targets
        t.src_rule, t.tgt_rule = src_rule, f"conditional-threat:{what}"
        t.modality_set = True
        return t

    def _announced_clause(self, v: Token) -> bool:
        """v's clause tells what will or would be done ("werde … verschärfen", "würden …
        beschließen", "will … verhängen"), not negated."""
        kids = list(v.children)
        lem = lambda t: (t.lemma_ or t.text).lower()  # noqa: E731
        if any(lem(k) in self.negators or k.lower_ in self.negators for k in kids):  # type: ignore[attr-defined]
            return False
        auxes = [k for k in kids if sx.dep(k).startswith("aux")]
        # "werde", "würden", "wird", "will": an announcement; "könnte" only a possibility
        if any(lem(a) in ("werden", "wollen") and not sx.dep(a).endswith("pass") for a in auxes):
            return True
        # "kündigte an, die Zölle anzuheben, falls …": the act in the infinitive of an
        # announcement (not a negated one)
        g = v.head
        return (
            g.i != v.i
            and sx.dep(v) in ("xcomp", "ccomp")
            and sx.is_zu_infinitive(v)
            and self.verb_lemma(g) in ANNOUNCING  # type: ignore[attr-defined]
            and not any(lem(k) in self.negators for k in g.children)  # type: ignore[attr-defined]
        )

    def _domestic_targets(
        self, events: list[Any], made: dict[int, Cand], actors: Actors, offset: int
    ) -> None:
        """Rule `domestic-target` (module docstring): after the role rules and the learned
        chooser, for the events still without a target."""
        from lagebild.coding.coder import Hit

        for ev in events:
            c = made.get(id(ev))
            if ev.target is not None or ev.source is None or c is None:
                continue
            if ev.type not in DOMESTIC_TYPES or ev.negated:
                continue
            code = ev.source.code
            country = sx.code_country(code)
            if not country or sx.code_sector(code) not in STATE_SECTORS or ":" in code:
                continue
            sent = c.anchor.sent
            others = self._other_countries(c, sent, actors) - {country}  # IGO and NGO too
            if others:
                continue
            p = self._patient(c, actors)
            if p is None and c.entry.people_target:
                # "schaltete das Internet ab", "verhängte eine Ausgangssperre": the act is on the
                # population; the target is its country, spanned by the trigger
                p = c.anchor
                x = c.anchor
            elif p is None:
                continue
            else:
                x = p.left_edge  # the noun phrase up to its head ("mindestens 30 Personen")
            text = sent.doc[x.i : p.i + 1].text
            ev.target = Hit(country, None, text, x.idx, p.idx + len(p), p.i, "domestic").slot(
                offset
            )
            rolemodel.fill_target_rule(ev, f"domestic-target:{country}")
            ev.evidence.notes.append(f"target: people of the source's country ('{p.text}')")

    def _other_countries(self, c: Cand, sent: Span, actors: Actors) -> set[str]:
        """The countries (and IGO/NGO codes) of the actors of the sentence that may be a party
        to the act (rule `domestic-target`), leaving out those the act is no business of: the
        charge a sentence or an arrest is for ("wegen Spionage für Israel", "unter dem Vorwurf
        der Spionage für Russland": whom the patient is said to have served) and a separate main
        clause after a semicolon or dash (parataxis: "…; Amnesty International verurteilte das
        Urteil")."""
        skip: set[int] = set()
        for t in sent:
            if sx.base_dep(t) == "parataxis" and t.head.i == c.anchor.i:
                skip.update(k.i for k in t.subtree)
            if sx.case_of(t) in CHARGE_PREPS and t.pos_ == "NOUN":
                lem = (t.lemma_ or t.text).lower()
                if sx.case_of(t) == "unter" and lem not in CHARGE_NOUNS:
                    continue
                skip.update(k.i for k in t.subtree)
                # the parser hangs "für Israel" after "wegen Spionage" on the verb: the PP
                # right after the charge continues it
                nxt = t.right_edge.i + 1
                if nxt < sent.end:
                    pp = sent.doc[nxt].head if sent.doc[nxt].dep_ == "case" else None
                    if pp is not None and sx.case_of(pp) in ("für", "zu"):
                        skip.update(k.i for k in pp.subtree)
        out: set[str] = set()
        for t in sent:
            if t.i in skip:
                continue
            sp = actors.by_tok.get(t.i)
            if sp is None:
                continue
            cc = sx.code_country(sp._.actor.code)
            if cc:
                out.add(cc)
        return out

    def _patient(self, c: Cand, actors: Actors) -> Token | None:
        """The people the act is done to, named by a noun phrase that is no actor: the object or
        passive subject of the verb, or a "gegen"/genitive phrase of the event noun, whose noun
        (or its genitive) names people or a group of them (PATIENT_CLASSES)."""
        toks: list[Token] = []
        if c.kind != "noun":
            toks += [
                o
                for o in self._objects(c.anchor)  # type: ignore[attr-defined]
                if c.noun is None or o.i != c.noun.i
            ]
        if c.kind == "noun" and c.src_rule.startswith("merged:") and c.anchor.head.i != c.anchor.i:
            # "verurteilte fünf Mitglieder einer Zelle zu Haftstrafen": the sentence noun took
            # the verb's event (`_merge`), the verb's object is whom it hit
            v = c.anchor.head
            if v.pos_ in ("VERB", "AUX"):
                toks += [o for o in self._objects(v) if o.i != c.anchor.i]  # type: ignore[attr-defined]
        for n in [c.noun] if c.noun is not None else []:
            # "Razzia gegen eine Schleuserbande", also with the PP hung on the verb
            toks += [
                k
                for k in list(n.children) + sx.np_continuation(n)
                if sx.base_dep(k) in ("nmod", "obl") and sx.case_of(k) in (None, "gegen", "von")
            ]
        lex = self.lex  # type: ignore[attr-defined]

        def people(t: Token) -> bool:  # people or a group of them, not things ("das Mittel")
            return any(
                lex.in_class(w, k) for w in {t.lemma_ or t.text, t.text} for k in PATIENT_CLASSES
            )

        for t in toks:
            if t.pos_ not in ("NOUN", "PROPN", "NUM") or actors.at(t) is not None:
                continue
            # "Wohnungen mutmaßlicher Mitglieder": the people the searched flats belong to
            if people(t) or any(people(k) for k in t.children if sx.base_dep(k) == "nmod"):
                return t
        return None
