"""enrich stage: where, how (tone) and when, on the events the coder found.

    enrich(document, docs)   # docs: {section: spacy.tokens.Doc}, may be empty

sets, in place:
- `event.location` (models.Location) from the place its sentence gives it (`geo.py`); where the
  sentence names none, the document's focus country if the event involves that country
  (a note "location: document focus" goes into the event's evidence); else left empty;
- `sentence.tone` for every sentence, `document.tone`, and `event.tone` = the tone of the
  event's document (GDELT's AvgTone is the tone of the documents that report the event);
- `event.date`: the day the sentence names ("am Montag", "gestern", "am 28. Oktober"), resolved
  against the article date, else the article date; a date the coder set is kept unless ours is
  more specific (the coder's equals the article date and the sentence names another day).

Bad input never stops a batch: a failure on one event is recorded in `document.meta["warnings"]`.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from lagebild.enrich.dates import event_date
from lagebild.enrich.gazetteer import Gazetteer, Place, get_gazetteer
from lagebild.enrich.geo import find_candidates, locate, tokenize
from lagebild.enrich.tone import as_tone, get_lexicon, score_words, span_scores, tone, words
from lagebild.models import Document, EventMention, Location, Sentence


def _warn(document: Document, msg: str) -> None:
    document.meta.setdefault("warnings", []).append(msg)


def _sentence_of(document: Document, event: EventMention) -> tuple[str, int]:
    """(sentence text, its start offset in the section text)."""
    for s in document.sentences:
        if s.idx == event.sentence_idx and s.section == event.section:
            return s.text, s.start
    text = document.section_text(event.section)
    if event.sentence:
        pos = text.find(event.sentence)
        if pos >= 0:
            return event.sentence, pos
        return event.sentence, 0
    return text, 0


def _sentences(document: Document, docs: dict[str, Any]) -> list[Sentence]:
    """The document's sentences; made from the spaCy Docs (or whole sections) when absent."""
    if document.sentences:
        return document.sentences
    out: list[Sentence] = []
    for section in ("title", "teaser", "body"):
        text = document.section_text(section)
        if not text:
            continue
        doc = (docs or {}).get(section)
        spans = []
        if doc is not None:
            try:
                spans = [(s.start_char, s.end_char) for s in doc.sents]
            except ValueError:  # no sentence boundaries set
                spans = []
        if not spans:
            spans = [(0, len(text))]
        for a, b in spans:
            out.append(Sentence(idx=len(out), section=section, start=a, end=b, text=text[a:b]))
    return out


ANAPHOR_RE = re.compile(r"\b(?:[Dd]ort|vor Ort|[Dd]orthin)\b")
FOCUS_PREPS = frozenset({"in", "im", "bei", "nahe", "vor", "aus"})
SECTION_WEIGHT = {"title": 3, "teaser": 2, "body": 1}


def sentence_places(
    sentences: list[Sentence], gaz: Gazetteer | None = None
) -> list[tuple[Counter, Place | None]]:
    """Per sentence: the countries of its locative place phrases, weighted by section (the
    title counts three times, the teaser twice), and its last locative place."""
    gaz = gaz or get_gazetteer()
    out = []
    for s in sentences:
        c: Counter[str] = Counter()
        last = None
        for cand in find_candidates(tokenize(s.text), gaz):
            if cand.prep in FOCUS_PREPS:
                last = cand.place
                if cand.place.country:
                    c[cand.place.country] += SECTION_WEIGHT.get(s.section, 1)
        out.append((c, last))
    return out


def place_counts(sentences: list[Sentence], gaz: Gazetteer | None = None) -> list[Counter]:
    return [c for c, _ in sentence_places(sentences, gaz)]


def _top(counts: Counter) -> str | None:
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2)
    if rest and rest[0][1] == n:
        return None  # a tie: no single focus
    return top


def document_focus(
    document: Document, gaz: Gazetteer | None = None, exclude: tuple[str, int] | None = None
) -> str | None:
    """The country the article is about, as places go: the most frequent country of its
    locative place phrases ("in Venezuela", "im Jemen"), the title counting three times; None
    on a tie. `exclude` = (section, sentence start): leave that sentence out."""
    sentences = _sentences(document, {})
    total: Counter[str] = Counter()
    for s, c in zip(sentences, place_counts(sentences, gaz), strict=True):
        if exclude is None or (s.section, s.start) != exclude:
            total.update(c)
    return _top(total)


def _actor_countries(event: EventMention) -> set[str]:
    out = set()
    for slot in (event.source, event.target):
        if slot is not None and slot.code and not slot.code.startswith(("IGO:", "NGO:")):
            out.add(slot.code.split("/")[0])
    return out


def enrich(document: Document, docs: dict[str, Any] | None = None) -> None:
    """Set location, tone and date on the document's events (in place)."""
    docs = docs or {}
    gaz = get_gazetteer()

    # tone: per sentence and for the whole document (with the analyzer's lemmas where the
    # section has a Doc, else on the words of the text)
    sentences = _sentences(document, docs)
    lexicon = get_lexicon(document.language)
    total_scores = [0.0, 0.0, 0]
    for s in document.sentences:
        doc = docs.get(s.section)
        span = doc.char_span(s.start, s.end, alignment_mode="expand") if doc is not None else None
        sc = span_scores(span, lexicon) if span is not None else score_words(words(s.text), lexicon)
        s.tone = as_tone(*sc)
        total_scores = [a + b for a, b in zip(total_scores, sc, strict=True)]
    if document.sentences and total_scores[2]:
        document.tone = as_tone(*total_scores)
    else:
        full = "\n".join(x for x in (document.title, document.teaser, document.text) if x)
        document.tone = tone(full, lexicon)

    per_sentence = sentence_places(sentences, gaz)
    total: Counter[str] = Counter()
    for c, _ in per_sentence:
        total.update(c)
    own = {(s.section, s.start): c for s, (c, _) in zip(sentences, per_sentence, strict=True)}
    # "dort"/"vor Ort": the last place named in an earlier sentence of the same section
    previous: dict[tuple[str, int], Place] = {}
    last: dict[str, Place] = {}
    for s, (_, place) in zip(sentences, per_sentence, strict=True):
        if s.section in last:
            previous[(s.section, s.start)] = last[s.section]
        if place is not None:
            last[s.section] = place
    mentioned = frozenset(total)  # to choose among cities of one name
    for event in document.events:
        try:
            text, start = _sentence_of(document, event)
            doc = docs.get(event.section)
            place = locate(event, text, start, doc=doc, prefer=mentioned, gaz=gaz)
            if place is None and event.location is None and ANAPHOR_RE.search(text):
                place = previous.get((event.section, start))
                if place is not None:
                    event.evidence.notes.append("location: 'dort' -> previous sentence")
            if place is not None:
                event.location = place.location()
            elif event.location is None:
                # the focus of the rest of the document: a place this sentence names but
                # does not put the event at is no reason to put it there after all
                focus = _top(total - own.get((event.section, start), Counter()))
                if focus and focus in _actor_countries(event) and focus in gaz.countries:
                    event.location = gaz.country_place(focus).location()
                    event.evidence.notes.append("location: document focus")
            event.tone = document.tone
            trig = None if event.start is None else event.start - start
            day = event_date(text, document.date, trig, forward=event.hypothetical)
            if day is not None and (event.date is None or event.date == document.date):
                event.date = day
            elif event.date is None:
                event.date = document.date
        except Exception as exc:  # one bad event never stops the batch
            _warn(document, f"enrich: event in sentence {event.sentence_idx}: {exc}")


__all__ = ["enrich", "document_focus", "Location"]
