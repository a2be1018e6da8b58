"""The candidate-loss tracer: why did a lexicon word in a sentence yield no event?

For every token whose lemma (or compound head) indexes a lexicon entry, the tracer records
what happened to it in the coder:

- ``pos``: the word indexes entries of a part of speech the tagger did not give it (a verb
  entry's lemma tagged as an adjective, a noun tagged as a verb);
- ``light-verb``: the noun has only light-verb entries (noun + verb) and no verb of theirs
  governs it;
- ``condition``: an entry's conditions did not hold (which one: ``object``, ``not_object``,
  ``subject``, ``in_object``, ``require:<role>``, ``exclude:<role>``, ``theme``, ``pp:<prep>``, ``clause``,
  ``opponent``, ``modifier``, ``reflexive``);
- ``outranked``: a more specific entry of another type matched the word first;
- ``consumed``: the noun is the event noun of a light-verb candidate of another type;
- ``sector`` / ``require_target`` / ``agent_noun``: the roles were read, then the entry's
  filter dropped the candidate (the roles found are in the detail);
- ``no-source``: neither a source nor an allowed null source (``_sourceless_ok`` says why);
- ``merged``: absorbed into another candidate of its type (``_merge``), ``purpose-merged``
  (an "um … zu" clause joined to its main verb), ``leave-order`` (an order to leave the
  country joined to an expulsion), ``historical`` (history told as background);
- ``dropped:*``: the event builder dropped it (a source out of scope, a possessive-only
  doer, an event out of political scope, no source/target pair);
- ``dropped:gate``: the learned candidate gate (coding/gate.py) scored the event below its
  threshold (the detail gives its p);
- ``duplicate``: the same type and countries were emitted already in the sentence,
  ``document-dropped``: a null-source event the document names elsewhere with its source;
- ``flagged``: emitted as negated or hypothetical (the modality notes say which rule);
- ``emitted``: emitted as a plain event.

Use it from Python::

    from lagebild.coding.trace import tracing
    with tracing() as tr:
        coder.code(document, docs)         # or lagebild.api.code([...], trace=True)
    for sent in tr.sentences:
        print(sent.explain())

or on the command line: ``lagebild code FILE --trace`` (a "trace" field on every output line)
and ``lagebild eval events GOLD --why`` (the loss reason of every gold event whose type was not
predicted, and a table of the reasons). Off (the default) it costs one attribute test per
candidate: ``EventCoder.trace`` is None.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Span, Token

from lagebild.coding.lexicon import fold

# how far a word got on its way to an event: the tracer reports, per event type, the furthest
# stage any entry of that type reached on the word
RANK = {
    "pos": 0,
    "light-verb": 1,
    "condition": 1,
    "outranked": 2,
    "consumed": 2,
    "sector": 3,
    "require_target": 3,
    "agent_noun": 3,
    "no-source": 4,
    "merged": 4,
    "purpose-merged": 4,
    "leave-order": 4,
    "historical": 5,
    "dropped": 5,
    "duplicate": 6,
    "document-dropped": 6,
    "flagged": 7,
    "emitted": 8,
}


def _rank(stage: str) -> int:
    return RANK.get(stage.split(":")[0], 0)


@dataclass
class Attempt:
    """One entry tried on one word, and how far it got."""

    entry: str
    type: str
    stage: str
    detail: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"entry": self.entry, "type": self.type, "stage": self.stage, "detail": self.detail}


@dataclass
class WordTrace:
    """A token that indexes lexicon entries, with every attempt made on it."""

    i: int  # token index in the Doc
    text: str
    lemma: str  # the key it indexes the lexicon with (verb lemma with particle, noun or head)
    pos: str
    entries: list[Any]  # the lexicon entries it indexes
    attempts: list[Attempt] = field(default_factory=list)
    cands: list[Any] = field(default_factory=list)  # candidates it triggered
    light_detail: str = ""  # which verb governs a noun with light-verb entries
    untried_detail: str = "no candidate code looked at it"

    @property
    def types(self) -> list[str]:
        return list(dict.fromkeys(e.type for e in self.entries))

    def outcome(self, typ: str | None = None) -> Attempt | None:
        """The furthest attempt (of entries of type `typ`, or of any type). A word whose
        entries of that type were never tried is `outranked` (an entry of another type made a
        candidate first), `consumed` (its noun made a light-verb candidate of another type),
        `light-verb` (no verb of its light-verb entries governs it) or `pos` (the tagger gave
        it a part of speech the coder does not look at)."""
        tries = [a for a in self.attempts if typ is None or a.type == typ]
        if tries:
            return max(tries, key=lambda a: _rank(a.stage))
        ents = [e for e in self.entries if typ is None or e.type == typ]
        if not ents:
            return None
        e = ents[0]
        if self.attempts:
            won = max(self.attempts, key=lambda a: _rank(a.stage))
            if _rank(won.stage) >= RANK["sector"]:  # a candidate of another type was made
                light = {x.id for x in self.entries if x.kind == "light"}
                stage = "consumed" if self.pos in _NOUNS and won.entry in light else "outranked"
                return Attempt(e.id, e.type, stage, f"by {won.entry} ({won.type}): {won.stage}")
        if self.pos in _NOUNS and all(x.kind == "light" for x in ents):
            return Attempt(e.id, e.type, "light-verb", self.light_detail)
        return Attempt(e.id, e.type, "pos", self.untried_detail)

    def outcomes(self) -> list[Attempt]:
        """The outcome for each event type the word's entries have."""
        return [a for t in self.types if (a := self.outcome(t)) is not None]

    def as_dict(self) -> dict[str, Any]:
        best = self.outcome()
        return {
            "i": self.i,
            "word": self.text,
            "lemma": self.lemma,
            "pos": self.pos,
            "entries": [e.id for e in self.entries],
            "outcome": best.stage if best else None,
            "entry": best.entry if best else None,
            "type": best.type if best else None,
            "detail": best.detail if best else "",
            "by_type": [a.as_dict() for a in self.outcomes()],
            "attempts": [a.as_dict() for a in self.attempts],
        }


_NOUNS = ("NOUN", "PROPN")


@dataclass
class SentenceTrace:
    text: str
    start: int  # character offset of the sentence in its Doc
    words: dict[int, WordTrace] = field(default_factory=dict)
    events: list[Any] = field(default_factory=list)  # the EventMentions emitted

    def outcome(self, typ: str) -> tuple[WordTrace | None, Attempt | None]:
        """The furthest any word of the sentence got with an entry of type `typ`; (None, None)
        when no word indexes an entry of that type (a lexicon gap)."""
        best: tuple[WordTrace | None, Attempt | None] = (None, None)
        for w in self.words.values():
            a = w.outcome(typ)
            if a is not None and (best[1] is None or _rank(a.stage) > _rank(best[1].stage)):
                best = (w, a)
        return best

    def as_dict(self) -> dict[str, Any]:
        return {"sentence": self.text, "words": [w.as_dict() for w in self.words.values()]}

    def explain(self) -> str:
        """A readable account: one line per word that indexes the lexicon."""
        lines = [self.text]
        for w in self.words.values():
            best = w.outcome()
            if best is None:
                continue
            lines.append(
                f"  {w.text} [{w.lemma}, {w.pos}]: {best.stage} ({best.entry}, {best.type})"
                + (f": {best.detail}" if best.detail else "")
            )
            for a in w.attempts:
                if a is not best:
                    lines.append(f"      {a.entry} ({a.type}): {a.stage} {a.detail}".rstrip())
        return "\n".join(lines)


class Trace:
    """What the coder did with every lexicon word; filled while `tracing()` runs."""

    def __init__(self) -> None:
        self.sentences: list[SentenceTrace] = []
        self._cur: SentenceTrace | None = None
        self._by_cand: dict[int, list[WordTrace]] = {}
        self._made: dict[int, tuple[SentenceTrace, Any, Any]] = {}  # id(event) -> (sent, cand, ev)

    # ------------------------------------------------------------ called by the coder
    def begin(self, coder: Any, sent: Span) -> None:
        """A new sentence: index every token that names a lexicon entry."""
        st = SentenceTrace(sent.text.strip(), sent.start_char)
        lex = coder.lex
        for t in sent:
            verbish = t.pos_ in ("VERB", "AUX") or (
                t.pos_ == "ADJ" and "Part" in t.morph.get("VerbForm")
            )
            if verbish:
                key = coder.verb_lemma(t)
                ents = list(lex.by_verb.get(key, []))
            elif t.pos_ in _NOUNS:
                key, ents = coder.noun_entries(t)
            else:  # another part of speech: a verb or noun the tagger got wrong?
                key = fold(t.lemma_ or t.text)
                ents = list(lex.by_verb.get(key, [])) or list(lex.by_noun.get(key, []))
            if not ents:
                continue
            w = WordTrace(t.i, t.text, key, t.pos_, ents)
            if not verbish and t.pos_ not in _NOUNS:
                w.untried_detail = f"tagged {t.pos_}: not looked at as a verb or a noun"
            elif t.pos_ in _NOUNS:
                w.light_detail = self._light_detail(coder, t, ents)
            st.words[t.i] = w
        self.sentences.append(st)
        self._cur = st

    @staticmethod
    def _light_detail(coder: Any, n: Token, ents: list[Any]) -> str:
        verbs = sorted({v for e in ents if e.kind == "light" for v in e.verb})
        g = n.head
        head = coder.verb_lemma(g) if g.pos_ in ("VERB", "AUX") else f"{g.text} ({g.pos_})"
        more = ", …" if len(verbs) > 5 else ""
        return f"governed by '{head}' as {n.dep_}; its entries want {', '.join(verbs[:5])}{more}"

    def _word(self, t: Token) -> WordTrace | None:
        st = self._cur
        if st is None:
            return None
        w = st.words.get(t.i)
        if w is None:  # a candidate on a word the index does not show (a rule's own trigger)
            w = WordTrace(t.i, t.text, t.lemma_ or t.text, t.pos_, [])
            st.words[t.i] = w
        return w

    def attempt(self, t: Token, entry: Any, stage: str, detail: str = "") -> None:
        w = self._word(t)
        if w is not None:
            w.attempts.append(Attempt(entry.id, entry.type, stage, detail))

    def _words_of(self, c: Any) -> list[WordTrace]:
        ws = self._by_cand.get(id(c))
        if ws is None:
            toks = {t.i: t for t in [c.anchor, *c.triggers]}
            ws = [w for t in toks.values() if (w := self._word(t)) is not None]
            self._by_cand[id(c)] = ws
            for w in ws:
                w.cands.append(c)
        return ws

    def lost_cand(self, c: Any, stage: str, detail: str = "") -> None:
        for w in self._words_of(c):
            w.attempts.append(Attempt(c.entry.id, c.entry.type, stage, detail))

    def candidates(self, cands: list[Any]) -> None:
        for c in cands:
            self._words_of(c)

    def purpose_merged(self, gone: list[Any], kept: list[Any]) -> None:
        for c in gone:
            self.lost_cand(c, "purpose-merged", "an 'um … zu' clause of its main verb's event")

    def made(self, c: Any, ev: Any) -> None:
        if self._cur is not None:
            self._made[id(ev)] = (self._cur, c, ev)

    def emitted(self, events: list[Any]) -> None:
        st = self._cur
        if st is None:
            return
        kept = {id(ev) for ev in events}
        st.events.extend(events)
        for key, (s, c, ev) in list(self._made.items()):
            if s is not st:
                continue
            if key in kept:
                if ev.negated or ev.hypothetical:
                    flag = "negated" if ev.negated else "hypothetical"
                    notes = [n for n in ev.evidence.notes if n.split(":")[0] in _FLAG_NOTES]
                    stage, detail = f"flagged:{flag}", "; ".join(notes) or flag
                else:
                    stage, detail = "emitted", ev.evidence.rule or ""
                detail = f"{_pair(ev)}; {detail}"
            else:
                stage, detail = "duplicate", f"{_pair(ev)} named already in the sentence"
            for w in self._words_of(c):
                w.attempts.append(Attempt(c.entry.id, ev.type, stage, detail))

    def _attempts_of(self, ev: Any) -> Iterator[Attempt]:
        """The recorded attempts of the entry whose candidate made event `ev` (none when the
        event was not made while tracing)."""
        made = self._made.get(id(ev))
        if made is None:
            return
        _, c, _ = made
        for w in self._by_cand.get(id(c), []):
            for a in w.attempts:
                if a.entry == c.entry.id:
                    yield a

    def gated(self, events: list[Any]) -> None:
        """Events the candidate gate (coding/gate.py) dropped: `dropped:gate`, with its p."""
        for ev in events:
            for a in self._attempts_of(ev):
                if a.stage == "duplicate" and a.detail.startswith(_pair(ev)):
                    a.stage = "dropped:gate"
                    a.detail = f"{_pair(ev)}; {(ev.evidence.rule or '').split()[-1]}"

    def document_dropped(self, events: list[Any]) -> None:
        for ev in events:
            for a in self._attempts_of(ev):
                if a.stage == "emitted":
                    a.stage = "document-dropped"
                    a.detail = "null source: the document names this event with its source"

    def clear(self) -> None:
        self.sentences.clear()
        self._cur = None
        self._by_cand.clear()
        self._made.clear()

    def as_dicts(self) -> list[dict[str, Any]]:
        return [s.as_dict() for s in self.sentences]


_FLAG_NOTES = {"negated", "hypothetical", "hedged", "hypothetical (conditional)", "reported"}


def _pair(ev: Any) -> str:
    s = ev.source.code if ev.source else "-"
    t = ev.target.code if ev.target else "-"
    return f"{ev.type} {s} -> {t}"


@contextmanager
def tracing(coder_cls: Any = None) -> Iterator[Trace]:
    """Trace every EventCoder while the block runs (not thread-safe: one trace at a time)."""
    if coder_cls is None:
        from lagebild.coding.coder import EventCoder as coder_cls
    tr = Trace()
    old = coder_cls.trace
    coder_cls.trace = tr
    try:
        yield tr
    finally:
        coder_cls.trace = old


# ---------------------------------------------------------------- against the gold
def _flagged(e: dict) -> bool:
    return bool(e.get("negated") or e.get("hypothetical"))


def _sub(reason: str, detail: str) -> str:
    """A finer key for the commonest reasons: the source rule of a `no-source` candidate (did
    the parse give a subject at all?), the role of a `require_target` one, the entry stage that
    won over an `outranked`/`consumed` word."""
    if reason in ("no-source", "require_target", "sector", "agent_noun"):
        m = _SRC_RULE.search(detail)
        rule = m.group(1) if m else "-"
        return rule.split("/")[0] or "-"
    if reason.startswith(("outranked", "consumed")):
        return detail.split(": ")[-1].split(":")[0]
    return ""


_SRC_RULE = re.compile(r"source [^;]*\(([^)]*)\); target")


def loss_reasons(gold_lines: list[dict], predictions: list[dict]) -> tuple[Counter, list[dict]]:
    """For every plain, non-optional gold event with no plain prediction of its type in its
    sentence: why (the furthest stage a word with an entry of that type reached, `lexicon-gap`
    when no word indexes one). Predictions carry their "trace" (code_lines(trace=True)).
    Returns (counts per reason, one row per such gold event; its "sub" a finer key)."""
    pred = {p.get("id"): p for p in predictions}
    counts: Counter = Counter()
    rows: list[dict] = []
    for g in gold_lines:
        p = pred.get(g.get("id")) or {}
        plain = {str(e.get("type", "")).upper() for e in p.get("events", []) if not _flagged(e)}
        sents = [_from_dict(s) for s in p.get("trace", [])]
        for ge in g.get("events", []):
            if _flagged(ge) or ge.get("optional") or ge["type"] in plain:
                continue
            best_w, best_a = None, None
            for st in sents:
                w, a = st.outcome(ge["type"])
                if a is not None and (best_a is None or _rank(a.stage) > _rank(best_a.stage)):
                    best_w, best_a = w, a
            if best_a is None:
                reason, det, word = "lexicon-gap", "", ""
            else:
                reason, det, word = best_a.stage, best_a.detail, best_w.text if best_w else ""
                if reason == "condition":
                    reason = f"condition:{det.split(':')[0]}"
                elif reason == "emitted":
                    reason = "emitted-then-lost"
            counts[reason] += 1
            rows.append(
                {
                    "id": g.get("id"),
                    "text": g.get("text", ""),
                    "gold": ge,
                    "reason": reason,
                    "sub": _sub(reason, det),
                    "word": word,
                    "entry": best_a.entry if best_a else None,
                    "detail": det,
                }
            )
    return counts, rows


def _from_dict(d: dict) -> SentenceTrace:
    """A SentenceTrace again from its JSON form (as `lagebild code --trace` writes it): each
    word keeps its outcome per event type."""
    st = SentenceTrace(d.get("sentence", ""), 0)
    for wd in d.get("words", []):
        w = WordTrace(wd["i"], wd["word"], wd.get("lemma", ""), wd.get("pos", ""), [])
        w.attempts = [Attempt(**a) for a in wd.get("by_type", [])]
        st.words[w.i] = w
    return st
