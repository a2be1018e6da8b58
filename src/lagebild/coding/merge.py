"""Merging of the event coder's candidates: one event named twice in a clause (an agentless
passive and the noun that names its agent, a verb and its event-noun object of the same type)
becomes one, and candidates left with no source either may keep a null source or are lost
(docs/coding.md). Also the test of two events of one country pair that name other actors (rule
`distinct-actors`).

`MergeRules` is a mixin of `EventCoder`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from lagebild.coding import syntax as sx

if TYPE_CHECKING:  # pragma: no cover
    from lagebild.coding.mentions import Cand


class MergeRules:
    """Rules that make one event of a candidate named twice."""

    def _merge(self, cands: list[Cand]) -> list[Cand]:
        """One event, named twice (an agentless passive and the noun that names its agent, a
        verb and its event-noun object of the same type), becomes one."""
        for c in cands:
            if c.sources or "absorbed" in c.notes:
                continue
            for d in cands:
                if d is c or d.entry.type != c.entry.type or not d.sources or d.presupposed:
                    continue  # (an attributive participle is an act of its own)
                # within one clause: "…, die EU verurteilte den Angriff" names the attack of
                # another clause again (rule anaphor), it is not the verb's own event noun
                related = (d.anchor in c.anchor.subtree and sx.in_clause(c.anchor, d.anchor)) or (
                    c.anchor in d.anchor.subtree and sx.in_clause(d.anchor, c.anchor)
                )
                if related and self._clause_apart(c, d):
                    related = False
                if related and self._before_and_after(c, d):
                    related = False
                if not related or self._through_event(c.anchor, d.anchor, cands):
                    continue
                c.sources, c.src_rule = d.sources, f"merged:{d.entry.id}"
                src = {h.country for h in c.sources}
                if not c.targets or (
                    d.targets and all(not t.country or t.country in src for t in c.targets)
                ):  # the noun names whom it hit; "angegriffen, dabei wurden Zivilisten
                    # getötet": the victims are those of the attack, not of the attacker's side
                    c.targets = d.targets or c.targets
                if d.symmetric and d.targets and c.kind != "noun":
                    # "…, nachdem bei Gefechten zwischen A und B 30 Menschen getötet worden
                    # waren": the dead are the fight's toll, the event is the fight
                    c.targets, c.symmetric = d.targets, True
                if c.pair == [] and d.pair:
                    c.pair = d.pair
                d.sources = []  # absorbed
                d.notes.append("absorbed")
                if self.trace is not None:
                    self.trace.lost_cand(d, "merged", f"into {c.entry.id} '{c.anchor.text}'")
                break
        tr = self.trace
        for c in cands:
            if c.sources:
                c.null_source = False
                continue
            why = self._sourceless_reason(c, cands)
            c.null_source = why is None
            if why is not None and "absorbed" not in c.notes:
                self._lost(c, "no-source", f"{why}; {self._role_text(c)}" if tr else "")
        out = [c for c in cands if "absorbed" not in c.notes and (c.sources or c.null_source)]
        out.sort(key=lambda c: (c.kind == "noun", c.anchor.i))
        return out

    @staticmethod
    def _conjunct_parts(events: list, made: dict, actors) -> list:
        """Rule `conjunct-part`: of verbs coordinated in one clause ("haben ein Dorf überfallen,
        Häuser in Brand gesteckt und Bewohner verschleppt", "nahm Dutzende fest und setzte
        Tränengas ein"), one whose event has no target while a conjunct's event of the same type
        and source country has one tells a part of that act, not an act of its own, unless its
        object is a party of no known country ("hat die Hamas verboten und das Netzwerk
        Samidoun aufgelöst", "… und die internationale Gemeinschaft gebeten"): a name or an
        actor mention. Material acts only: a statement with no addressee beside another
        ("verurteilte die Sanktionen und bestellte den Botschafter Schwedens ein") is one of its
        own."""

        def party_object(v: Token) -> bool:
            return any(
                sx.dep(k) in ("obj", "iobj", "dobj")
                and (
                    k.pos_ == "PROPN"
                    or any(x.pos_ == "PROPN" or actors.at(x) is not None for x in k.subtree)
                )
                for k in v.children
            )

        def conjuncts(a: Token, b: Token) -> bool:
            return (
                (sx.dep(a) == "conj" and a.head.i == b.i)
                or (sx.dep(b) == "conj" and b.head.i == a.i)
                or (sx.dep(a) == sx.dep(b) == "conj" and a.head.i == b.head.i)
            )

        def src(ev) -> str | None:
            return ev.source.code.split("/")[0] if ev.source else None

        out = []
        for ev in events:
            c = made.get(id(ev))
            if (
                c is not None
                and c.kind == "verb"
                and ev.target is None
                and ev.quad_class in (2, 4)
                and not (ev.negated or ev.hypothetical)
                and src(ev) is not None
                and not party_object(c.anchor)
                and any(
                    o is not ev
                    and o.type == ev.type
                    and o.target is not None
                    and src(o) == src(ev)
                    and not (o.negated or o.hypothetical)
                    and (d := made.get(id(o))) is not None
                    and d.kind == "verb"
                    and conjuncts(c.anchor, d.anchor)
                    for o in events
                )
            ):
                ev.evidence.notes.append("conjunct-part: part of a conjunct's act")
                continue
            out.append(ev)
        return out

    @staticmethod
    def _other_side(a: tuple, b: tuple) -> bool:
        """Do two (source, target) code pairs of one country pair name other actors: a sector
        differs and the two are not both state institutions (a head of government and his
        defence minister are one actor, the police and journalists two). Civilians and workers
        of one country are one crowd too ("Rentner und Gewerkschafter gingen auf die Straße",
        "Proteste von Ärzten und Pflegekräften": one protest)."""
        state = ("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "")
        people = ("CVL", "LAB")
        for x, y in zip(a, b, strict=True):
            sx_, sy = (x or "").partition("/")[2], (y or "").partition("/")[2]
            if (
                sx_ != sy
                and not (sx_ in state and sy in state)
                and not (sx_ in people and sy in people)
            ):
                return True
        return False

    # prepositions of a PP that puts its event noun before the clause's act
    BEFORE_PREPS = ("nach", "seit", "infolge")

    @staticmethod
    def _before_and_after(c: Cand, d: Cand) -> bool:
        """An event noun in a PP of time before the clause's act of the same type ("Nach einem
        Raketenangriff auf eine US-Basis flogen amerikanische Kampfflugzeuge
        Vergeltungsangriffe"): the act after it is another event, not the noun's doer."""
        return (
            c.kind == "noun"
            and d.kind != "noun"
            and sx.case_of(c.anchor) in MergeRules.BEFORE_PREPS
            and c.anchor.head.i == d.anchor.i
        )

    @staticmethod
    def _clause_apart(c: Cand, d: Cand) -> bool:
        """Two verbs, one heading a subordinate clause of the other ("lieferten sich Gefechte,
        nachdem der Anführer … erschossen worden war"), name two events: the subordinate verb's
        clause is its own, so its agentless passive does not take the main verb's subject."""
        if c.kind == "noun" or d.kind == "noun" or c.anchor.i == d.anchor.i:
            return False
        inner = c.anchor if c.anchor in d.anchor.subtree else d.anchor
        # ("angegriffen, dabei wurden Zivilisten getötet" stays one attack: no conjunction)
        return sx.dep(inner) in ("advcl", "ccomp", "csubj") and any(
            sx.dep(k) == "mark" for k in inner.children
        )

    @staticmethod
    def _through_event(a: Token, b: Token, cands: list[Cand]) -> bool:
        """Is the path between a and b (one inside the other's phrase) through another event
        noun? "Bei Protesten gegen die Festnahme des Bürgermeisters nahm die Polizei … fest":
        the arrest inside the protest noun is another event than the arrests of the clause."""
        inner, outer = (a, b) if a in b.subtree else (b, a)
        anchors = {c.anchor.i for c in cands}
        x = inner
        while x.head.i != x.i and x.head.i != outer.i:
            x = x.head
            if x.i in anchors:
                return True
        return False
