"""Rules of the event coder for sentences that report more than one event (docs/coding.md,
"Several events in one sentence"):

- `was-clause`: a sentential relative clause opened by "was" after a comma comments on the
  clause before it ("Die Ukraine griff … an, was der Kreml als Terrorakt verurteilte", "…, was
  Pjöngjang bislang bestreitet", "…, was die Regierung als historischen Schritt begrüßte").
  The attitude (ACCUSE, SUPPORT, REJECT) is the relative clause's subject's, and its target is
  the one who did what the clause before reports: the source of that clause's event, else its
  subject. The parser often reads "was" as the subject (it is nominative or accusative) and the
  real subject as an object; the NP that is not "was" is then the source.
- `custody-holder`: a release told in the passive without its agent ("Nach drei Jahren in
  iranischer Haft sind zwei Französinnen freigelassen worden") was done by the holder named by
  the custody noun of its clause (its country adjective or genitive).
- `clash-party`: people killed or wounded in the passive "bei Zusammenstößen mit der Polizei"
  were hit by the police or army named as the other side of the clash.

`MultiRules` is a mixin of `EventCoder`; each rule writes its name into `src_rule`/`tgt_rule`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lagebild.coding import syntax as sx
from lagebild.coding.lexicon import fold

if TYPE_CHECKING:  # pragma: no cover
    from lagebild.coding.coder import Actors, Cand

# attitudes whose object is the content of a "was"-clause's antecedent clause
WAS_TYPES = ("ACCUSE", "SUPPORT", "REJECT")
# clause links the parser uses for a "was"-clause and for the clauses above it
WAS_LINKS = ("parataxis", "acl:relcl", "acl", "advcl", "ccomp", "conj", "relcl")
CLIMB_LINKS = ("xcomp", "ccomp", "advcl", "parataxis", "conj")


def was_pronoun(v) -> object | None:
    """The "was" opening v's clause as a sentential relative ("…, was X zurückwies"), if any."""
    for k in v.children:
        if k.lower_ == "was" and k.pos_ == "PRON" and k.i < v.i and k.i > 0:
            if k.doc[k.i - 1].text == "," and sx.dep(k) in ("nsubj", "obj", "dobj", "iobj"):
                return k
    return None


def _agentless_passives(cands: list[Cand], type_: str):
    """(candidate, verb) for each verbal candidate of `type_` told in the passive with no source
    found: the events whose doer only the sentence around them can give."""
    for c in cands:
        if c.kind == "noun" or c.sources or c.entry.type != type_:
            continue
        if sx.is_passive(c.anchor):
            yield c, c.anchor


class MultiRules:
    """Mixin: needs `_hits`, `_subject`, `_no_places` of `EventCoder`."""

    def _was_clauses(self, cands: list[Cand], actors: Actors) -> None:
        for c in cands:
            if c.kind == "noun" or c.entry.type not in WAS_TYPES:
                continue
            v = c.anchor
            w = was_pronoun(v)
            if w is None or sx.dep(v) not in WAS_LINKS or v.head.i == v.i:
                continue
            if not c.sources or sx.dep(w) == "nsubj":
                # "was" read as the subject: the other NP of the clause is the one who speaks
                others = [
                    k
                    for k in v.children
                    if k.i != w.i
                    and sx.dep(k) in ("nsubj", "obj", "dobj", "iobj")
                    and k.pos_ in ("NOUN", "PROPN")
                ]
                hits, how = self._hits(others[:1], actors, 1)
                hits = self._no_places(hits, c.entry, actors)
                if hits:
                    c.sources, c.src_rule = hits, f"was-clause:{how or 'span'}"
            if not c.sources:
                continue
            src = {h.token for h in c.sources}
            c.targets = [t for t in c.targets if t.token not in src]
            # the clause the "was" refers to: up from the relative clause to its main predicate
            a = v.head
            for _ in range(4):
                if sx.dep(a) in CLIMB_LINKS and a.head.i != a.i and a.head.i < a.i:
                    a = a.head
                else:
                    break
            own = {h.country for h in c.sources}
            done = [
                d
                for d in cands
                if d is not c
                and d.sources
                and d.anchor.i < w.i
                and (d.anchor.i == a.i or sx.in_clause(a, d.anchor))
            ]
            done.sort(key=lambda d: (d.anchor.i != a.i, d.kind == "noun"))
            tgt = [h for d in done[:1] for h in d.sources]
            how = f"was-clause:{done[0].entry.id}" if tgt else ""
            if not tgt:
                tgt, _ = self._hits(self._subject(a)[0], actors, 1)
                how = "was-clause:subject" if tgt else ""
            tgt = [h for h in tgt if h.country not in own or h.code != c.sources[0].code]
            if tgt:
                c.targets, c.tgt_rule = tgt, how

    def _custody_holder(self, cands: list[Cand], actors: Actors) -> None:
        """`custody-holder`: a release told in the passive without its agent ("Nach mehr als drei
        Jahren in iranischer Haft sind zwei Französinnen freigelassen worden") was done by the
        one who held the prisoners: the country of the adjective or genitive of a custody noun
        (`custody_nouns` in rules.yaml) in the release's own clause."""
        for c, v in _agentless_passives(cands, "CONCEDE"):
            for t in v.subtree:
                if t.pos_ != "NOUN" or not sx.in_clause(v, t):
                    continue
                lemma = fold(t.lemma_ or t.text)
                if not any(lemma.endswith(w) for w in self.custody_nouns):  # type: ignore[attr-defined]
                    continue
                hits = [
                    h for k in t.children if sx.dep(k) == "amod" for h in [actors.adjective(k)] if h
                ]
                if not hits:
                    hits, _ = self._hits(sx.postnominal_genitives(t), actors, 1)  # type: ignore[attr-defined]
                if hits:
                    c.sources, c.src_rule = hits[:1], f"custody-holder:{t.text}"
                    if not c.targets:  # the ones freed: the passive subject, also when the
                        # parser read it as a dative ("sind zwei Französinnen freigelassen")
                        kids = [k for k in v.children if sx.dep(k) in ("nsubj:pass", "nsubj")]
                        kids = kids or [k for k in v.children if sx.dep(k) == "iobj"]
                        tg, _ = self._hits(kids, actors, 1)  # type: ignore[attr-defined]
                        tg = [h for h in tg if h.country and h.country != hits[0].country]
                        if tg:
                            c.targets, c.tgt_rule = tg, "custody-holder:released"
                    break

    def _clash_party(self, cands: list[Cand], actors: Actors) -> None:
        """`clash-party`: people killed or wounded, told in the passive without the agent, "bei
        Zusammenstößen mit der Polizei" (`clash_nouns` in rules.yaml) were hit by the state's
        forces named as the other side of the clash ("Bei Zusammenstößen mit der Polizei in
        Dhaka wurden zwölf Demonstranten getötet" → police → demonstrators). Only police or
        military: a clash with a militia names no one who shot."""
        for c, v in _agentless_passives(cands, "ASSAULT"):
            for t in v.children:
                lemma = fold(t.lemma_ or t.text)
                if t.pos_ != "NOUN" or not any(lemma.endswith(w) for w in self.clash_nouns):  # type: ignore[attr-defined]
                    continue
                hits, _ = self._hits(sx.preps(t, "mit"), actors, 1)  # type: ignore[attr-defined]
                hits = [h for h in hits if h.sector in ("COP", "MIL")]
                if hits:
                    c.sources, c.src_rule = hits[:1], f"clash-party:{t.text}"
                    break
