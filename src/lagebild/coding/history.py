"""History rules of the event coder: years in a sentence, past periods ("im Zweiten
Weltkrieg"), sentences that tell history and events dated long before the article, and acts told
in the present tense with a day still ahead of the article (docs/coding.md).

`HistoryRules` is a mixin of `EventCoder`."""

from __future__ import annotations

from datetime import date as Date
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from lagebild.coding import modality
from lagebild.coding import syntax as sx
from lagebild.coding.lexicon import fold
from lagebild.enrich.dates import find_days

if TYPE_CHECKING:  # pragma: no cover
    from lagebild.coding.coder import Cand


class HistoryRules:
    """Rules that tell a sentence or an event that lies in the past."""

    DAY_PARTS = (
        "nacht",
        "abend",
        "morgen",
        "vormittag",
        "nachmittag",
        "mittag",
    )  # "in der Nacht zum …"
    QUANTITY_WORDS = ("rund", "etwa", "über", "mehr", "mindestens", "fast", "knapp", "bis", "zu")

    def _year(self, t: Token, sent: Span) -> int | None:
        """A four-digit number used as a year: 1900-2099 unless it counts a noun ("1999
        Soldaten"); 1000-1899 only after "Jahr"/a preposition or as an adverbial ("wurde 1683
        von den Osmanen belagert"), never as a count ("wurden 1200 getötet")."""
        if len(t.text) != 4 or not t.text.isdigit():
            return None
        y = int(t.text)
        if t.i + 1 < sent.end and sent.doc[t.i + 1].pos_ == "NOUN":
            return None  # "1999 Soldaten"
        if 1900 <= y <= 2099:
            return y
        if not 1000 <= y < 1900:
            return None
        prev = sent.doc[t.i - 1] if t.i > sent.start else None
        if prev is not None and prev.lower_ in self.QUANTITY_WORDS:
            return None
        if prev is not None and (
            prev.lower_.startswith("jahr") or prev.pos_ == "ADP" or prev.lower_ in ("im", "anno")
        ):
            return y
        d = sx.dep(t)
        if d in ("obl", "obl:tmod", "nmod", "advmod"):
            return y
        if d == "obj" and any(sx.dep(k) == "aux:pass" for k in t.head.children):
            return y  # no object in a passive clause: an adverbial year
        return None

    def _history_period(self, sent: Span) -> bool:
        """A temporal phrase naming a past period: "im Zweiten Weltkrieg", "während des Kalten
        Krieges", "nach dem Ersten Weltkrieg" (not "seit dem ...", not "wie im ...")."""
        for t in sent:
            lem = fold(t.lemma_ or t.text)
            period = any(lem == p or lem.endswith(p) for p in self.hist_periods) or (
                lem.startswith("krieg")
                and any(
                    sx.dep(a) == "amod" and fold(a.lemma_ or a.text) in self.hist_war_adj
                    for a in t.children
                )
            )
            if not period:
                continue
            x = t
            for _ in range(3):  # "im Zweiten Weltkrieg", "Ende des Zweiten Weltkriegs"
                cases = [fold(c.text) for c in x.children if sx.dep(c) == "case"]
                before = [fold(w.text) for w in sent.doc[max(sent.start, x.left_edge.i - 1) : x.i]]
                if "seit" in cases or "wie" in before:
                    break
                if (
                    any(c in self.hist_preps for c in cases)
                    or fold(x.text) in self.hist_preps
                    or (before and before[0] in self.hist_preps)  # a preposition parsed apart
                ):
                    return True
                if x.head.i == x.i:
                    break
                x = x.head
        return False

    def _historical(self, sent: Span, art_date: Date | None) -> bool:
        """Does the sentence tell history: it names only years long before the article (or, with
        no article date, before 1950), 'v. Chr.', or a past period ("im Zweiten Weltkrieg")
        and no recent year?"""
        text = sent.text
        if "v. Chr" in text:
            return True
        years = [y for t in sent if (y := self._year(t, sent)) is not None]
        limit = art_date.year - 10 if art_date else 1950
        if years:
            return max(years) < limit
        return self._history_period(sent)

    def _dated_long_ago(self, c: Cand, sent: Span, art_date: Date | None) -> bool:
        """Is the candidate's own act dated long before the article: a year on its trigger or
        the trigger's clause verb, directly or in a phrase on it ("wurde 1970 erschossen", "bei
        den Unruhen 1970 erschossen", "die Ermordung eines Agenten 1985"), older than ten years
        before the article (with no article date: before 2000), and no "seit" (still going on:
        "die seit 1993 geschlossene Grenze")? The sentence-level `_historical` needs every year
        of the sentence to be old; this one reads the event's own date."""
        limit = art_date.year - 10 if art_date else 2000
        heads = {c.anchor.i} | ({c.noun.i} if c.noun is not None else set())
        for t in sent:
            y = self._year(t, sent)
            if y is None or y >= limit:
                continue
            x = t
            for _ in range(2):  # the year itself, or the phrase holding it ("bei den Unruhen 1970")
                if x.head.i == x.i or any(
                    sx.dep(k) == "case" and fold(k.text) == "seit" for k in x.children
                ):
                    break
                if x.head.i in heads:
                    if sx.base_dep(x) in ("obl", "advmod", "nmod", "appos"):
                        return True
                    break
                x = x.head
        return False

    @staticmethod
    def _colon_clause(v: Token) -> set[int]:
        """The verbs of a present-tense clause after a colon that spells out v's act ("weitet
        ihren Streik aus: Am Montag sollen auch die Werke in X bestreikt werden"): the day it
        names dates v's act too."""
        out: set[int] = set()
        for p in v.children:
            if sx.base_dep(p) != "parataxis" or p.i < v.i:
                continue
            if not any(t.text == ":" for t in v.doc[v.i + 1 : p.left_edge.i + 1]):
                continue
            finite = [x for x in [p, *p.children] if sx.morph(x, "VerbForm") == "Fin"]
            if finite and all(sx.morph(x, "Tense") == "Pres" for x in finite):
                out |= {p.i} | {k.i for k in p.children if sx.dep(k) == "conj"}
        return out

    def _dated_ahead(self, c: Cand, sent: Span, art_date: Date | None) -> str | None:
        """The day expression that puts the candidate's act ahead of the article, if any: its
        clause is in the present tense (not a perfect, not a past) and a weekday or date hangs on
        its verb or trigger ("Verdi weitet die Warnstreiks am Mittwoch auf die Flughäfen aus",
        "Die Außenminister treffen sich am Donnerstag in Brüssel" in a Tuesday's article). German
        news tells what happened in the past tense; the present with a day of its own names what
        is planned. With the article date, a weekday that is the article's own day ("today") and
        a date on or before it are not ahead; without one, a weekday counts and a date does not.
        Periods named relative to the article (enrich/dates.py) count alike: "zu Wochenbeginn"
        as a weekday (a Sunday's "weitet den Streik zu Wochenbeginn aus"), "Ende des Monats" /
        "Ende der Woche" as a date, "Anfang nächster Woche", "am kommenden Wochenende" always.
        "seit"/"bis" (going on), "vergangenen"/"letzten" (looking back) never count."""
        if c.hypothetical or c.negated or c.modality_set or c.presupposed:
            return None
        v = c.anchor
        for _ in range(3):
            if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
                break
            v = v.head
        if v.pos_ not in ("VERB", "AUX"):
            return None
        auxes = [k for k in v.children if sx.dep(k).startswith("aux")]
        finite = [x for x in auxes + [v] if sx.morph(x, "VerbForm") == "Fin"]
        if len(finite) != 1 or sx.morph(finite[0], "Tense") != "Pres":
            return None
        if any((a.lemma_ or "").lower() in ("haben", "sein") for a in auxes):
            return None  # "hat … angegriffen", "ist … zurückgetreten", "hat … festnehmen lassen"
        if modality.perfect_infinitive(v, auxes):
            return None  # "sollen … angegriffen und in Brand gesetzt haben"
        heads = {v.i, c.anchor.i} | ({c.noun.i} if c.noun is not None else set())
        heads |= self._colon_clause(v)
        ref = art_date or Date(2000, 1, 5)  # a Wednesday: only a weekday's being named counts
        base = sent.start_char
        for start, end, day, how in find_days(sent.text, ref):
            kind, words = how.split(":", 1)
            low = words.lower()
            if kind == "relative" or low.startswith(("vergangenen", "letzten")):
                continue
            if kind == "date" and (art_date is None or day <= art_date):
                continue
            if kind == "weekday" and art_date is not None and day == art_date:
                continue  # the article's own weekday: today
            toks = [t for t in sent if base + start <= t.idx < base + end]
            if not toks:
                continue
            x = toks[-1]
            for _ in range(3):
                if any(
                    fold(k.text) in ("seit", "bis", "von", "vom")
                    for k in x.children
                    if sx.dep(k) == "case"
                ):
                    break
                if x.head.i in heads and sx.base_dep(x) in ("obl", "advmod", "nmod", "appos"):
                    return words
                if x.head.i == x.i:
                    break
                x = x.head
                if x not in toks and fold(x.text) not in self.DAY_PARTS:
                    break  # the day of another act or thing ("ein am Mittwoch veröffentlichter
                    # Bericht", "die Wahlschlappen vom Sonntag")
        return None
