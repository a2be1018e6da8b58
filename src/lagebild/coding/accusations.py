"""Accusation rules of the event coder: an act named by its verdict ("Völkermord",
"Kriegsverbrechen") in what a speaker says is the speaker's accusation of the doer (rule
`crime-label`), and the present content of an accusation ("warf X vor, … zu liefern") is the
charge, no event of its own (rule `accused-content`) (docs/coding.md, CONVENTIONS: dev-038).

`AccusationRules` is a mixin of `EventCoder`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from lagebild.coding import syntax as sx
from lagebild.coding.lexicon import fold
from lagebild.coding.mentions import Cand

if TYPE_CHECKING:  # pragma: no cover
    from lagebild.coding.mentions import Actors


class AccusationRules:
    """What an accusation's words are: an accusation, or its charge."""

    def _crime_labels(self, cands: list[Cand], actors: Actors) -> list[Cand]:
        """Rule `crime-label`: an act named by its verdict (`crime_labels`: "Völkermord",
        "Kriegsverbrechen") in the content clause of a verb of saying ("Der Präsident sagte,
        Israel begehe einen Völkermord") is the speaker's accusation of the doer (CONVENTIONS:
        ACCUSE, cf. dev-038), not a report of the act: an ACCUSE from the speaker to the noun's
        doer instead of the act. Not when the speaker is the doer, nor with an accusation by
        the speaker already read from that verb."""
        entry = self.lex.entries.get("accuse.sprechen_von_unrecht")
        if entry is None or not self.crime_labels:
            return cands
        out: list[Cand] = []
        drop: set[int] = set()
        for c in cands:
            if c.kind != "noun" or not c.sources:
                continue
            if fold(c.anchor.lemma_ or c.anchor.text) not in self.crime_labels:
                continue
            v = sx.governing_verb(c.anchor)
            if v is None or sx.dep(v) not in ("ccomp", "parataxis") or v.head.i == v.i:
                continue
            g = v.head
            if self.verb_lemma(g) not in self.reporting or sx.is_zu_infinitive(v):
                continue
            if any(d.anchor.i == g.i and d.entry.type == "ACCUSE" for d in cands):
                continue
            subj, rule = self._subject(g)
            speakers, _ = self._hits(subj, actors, 1)
            doers = {h.country for h in c.sources if h.country}
            speakers = [h for h in speakers if not h.is_place and h.country not in doers]
            if not speakers:
                continue
            a = Cand(entry, "verb", g, [g, c.anchor])
            a.sources, a.src_rule = speakers, rule
            a.targets, a.tgt_rule = list(c.sources), f"crime-label:{c.entry.id}"
            a.notes.append(f"crime-label: '{c.anchor.text}' said by '{g.text}'")
            out.append(a)
            drop.add(id(c))
            self._lost(c, "dropped:crime-label", f"said by '{g.text}'")
        return [c for c in cands if id(c) not in drop] + out

    # how far up from an event's verb the accusing verb may stand: through coordinated and
    # "um … zu" clauses of the content ("…, Drohnen zu schicken, um … zu testen")
    ACCUSED_DEPTH = 4

    def _accused_content(self, c: Cand) -> Token | None:
        """Rule `accused-content`: the accusing verb (`accusing_governors`: "vorwerfen",
        "beschuldigen", …) whose present content clause c's event is, or None. CONVENTIONS
        (dev-038): "warf den USA vor, das Völkerrecht zu verletzen" is the ACCUSE only; what the
        accused is said to do is the charge, not an event the text reports: a zu-infinitive
        ("warf Moskau vor, Drohnen in den Luftraum zu schicken"), a Konjunktiv-I or "dass"
        clause ("warf der Regierung vor, sie setze die Justiz unter Druck") and an event noun
        that is such a clause's indefinite object ("…, einen hybriden Angriff zu führen").
        Not: a perfect ("warf ihnen vor, ein Boot beschossen zu haben", "sie habe … gebracht"),
        which names a past incident the story reports (the pool's annotators coded it or left
        it optional, never against it); a noun the content presupposes ("die andauernden
        Proteste zu steuern", "mit der Verschärfung des Embargos … zu behindern"); a noun
        object of the accusation itself ("warf Russland die Folter … vor"), which is no clause."""
        if not self.accusing:
            return None
        if c.kind == "noun":
            n = c.anchor
            if sx.dep(n) != "obj" or n.head.i == n.i or n.head.pos_ not in ("VERB", "AUX"):
                return None
            if self._definite_phrase(n):
                return None
            v = n.head
        else:
            v = c.anchor
        if sx.dep(v) == "aux" and v.head.i != v.i:  # "gezielt … zu schicken" parsed as an aux
            v = v.head
        if self._perfect_clause(v):
            return None
        x = v
        for _ in range(self.ACCUSED_DEPTH):
            d, g = sx.dep(x), x.head
            if g.i == x.i or g.pos_ not in ("VERB", "AUX"):
                return None
            if d in ("xcomp", "ccomp", "parataxis") and self.verb_lemma(g) in self.accusing:
                if d == "parataxis" and not sx.subjects(x):
                    return None  # a clause with no subject of its own is no reported content
                first = next(t for t in x.subtree if t.pos_ != "PUNCT")
                if first.pos_ in ("PRON", "ADV") and (
                    sx.morph(first, "PronType") in ("Rel", "Int") or first.lower_ in ("was", "wo")
                ):
                    return None  # "…, was das Auswärtige Amt kritisierte": a clause on it
                return g
            if d == "conj" or (d == "advcl" and sx.is_zu_infinitive(x)):
                if self._perfect_clause(g):
                    return None
                x = g
                continue
            return None
        return None

    DEFINITE = frozenset({"der", "die", "das", "den", "dem", "des"})

    def _definite_phrase(self, n: Token) -> bool:
        """Does the noun phrase of n begin with a definite article or a possessive ("die seit
        Monaten andauernden Proteste", "seine Angriffe")? Read from the words before the noun
        (the parser sometimes hangs the article elsewhere): the first article met decides."""
        sent = n.sent
        for j in range(n.i - 1, sent.start - 1, -1):
            t = n.doc[j]
            if t.text in (",", ".", ";", ":") or (t.pos_ in ("VERB", "AUX") and j != n.i):
                return False
            if t.pos_ in ("DET", "PRON"):
                if t.lower_ in self.DEFINITE or sx.morph(t, "Poss") == "Yes":
                    return True
                if t.lower_.startswith(("ein", "kein")) or sx.morph(t, "Definite") == "Ind":
                    return False
        return False
