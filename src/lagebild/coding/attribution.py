"""Attribution rules of the event coder: who a sentence is reported by ("nach Angaben von X",
"laut X", "wie Tass meldete"), and the tokens whose actors are no party of its events: the
dateline, the attribution phrases, bracketed labels and media that only report (coding/scope.py
finds them; docs/coding.md).

`AttributionRules` is a mixin of `EventCoder`."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from spacy.tokens import Span, Token

from lagebild.coding import syntax as sx
from lagebild.coding.mentions import _place_name_country

if TYPE_CHECKING:  # pragma: no cover
    from lagebild.coding.mentions import Actors, Hit


class NoParties(NamedTuple):
    """A sentence's tokens whose actors are no party of its events (AttributionRules._no_parties)."""

    dateline: set[int]  # "Moskau (dpa) –"
    attribution: set[int]  # "nach Angaben von X", "laut X", "X zufolge"
    every: set[int]  # both, with bracketed labels ("Merz (CDU)") and media that report


class AttributionRules:
    """Who reports a sentence, and who is no party of its events."""

    # ------------------------------------------------------------------ attribution
    def _reported_by(self, sent: Span, actors: Actors) -> tuple[Hit | None, str]:
        for t in sent:
            lt = (t.lemma_ or t.text).lower()
            if (
                sx.dep(t) == "case"
                and lt in self.attr_preps
                or (t.lower_ in self.attr_preps and t.pos_ == "ADP")
            ):
                head = t.head
                hits, _ = self._hits([head], actors, 1)
                if not hits and lt in ("nach",):
                    continue
                if hits:
                    return hits[0], f"{t.text} {head.text}"
                return None, f"{t.text} {head.text}"
            if lt in self.attr_nouns and sx.case_of(t) in ("nach", "laut"):
                hits, _ = self._hits([t], actors, 1)
                if hits:
                    return hits[0], f"nach {t.text}"
        for t in sent:  # "wie Tass meldete", "..., sagte der Sprecher"
            if t.pos_ == "VERB" and self.verb_lemma(t) in self.reporting:
                if sx.dep(t) in ("advcl", "parataxis") or any(
                    sx.dep(k) in ("ccomp", "parataxis") for k in t.children
                ):
                    hits, _ = self._hits(sx.subjects(t), actors, 1)
                    if hits:
                        return hits[0], f"{t.text}"
        return None, ""

    def _attribution(self, sent: Span) -> set[int]:
        """The sentence's attribution phrases (scope.attribution_tokens), worked out once a
        sentence: the modality of every verb asks. Keyed on the span's doc (the object: a
        repaired parse is a doc of its own) and its bounds. Not to be changed by the caller."""
        cached = self._attribution_cache
        if (
            cached is not None
            and cached[0][0] is sent.doc
            and cached[0][1:] == (sent.start, sent.end)
        ):
            return cached[1]
        out = self.scope.attribution_tokens(sent)
        self._attribution_cache = ((sent.doc, sent.start, sent.end), out)
        return out

    def _no_parties(self, sent: Span, actors: Actors) -> NoParties:
        """Tokens whose actors only say who reported or who someone is (coding/scope.py): the
        dateline ("Moskau (dpa) –"), the attribution phrases ("nach Angaben von X"), and all of
        these with a name's bracketed party or agency label ("Merz (CDU)", "(AFP)") and media
        that report ("wie die Zeitung berichtete"). No rule reads a party from the dateline or
        an attribution; the learned choosers and the proximity fallback take none from any of
        them. Worked out once a sentence (cached)."""
        key = (sent.doc, sent.start, sent.end)
        cached = self._no_party_cache
        if cached is not None and cached[0][0] is sent.doc and cached[0][1:] == key[1:]:
            return cached[1]

        def is_place(t: Token) -> bool:  # a town or country of the gazetteer ("BERLIN")
            h = actors.at(t)
            if h is not None and h.is_place:
                return True
            return any(_place_name_country(w) for w in {t.text, t.text.title()})

        dateline = self.scope.dateline_tokens(sent, is_place)
        hits = actors.mentions(sent)
        attribution = self._attribution(sent)
        every = (
            dateline
            | attribution
            | self.scope.bracket_label_tokens(sent, actors.at)
            | self.scope.media_reporters(sent, hits, lambda v: self.verb_lemma(v) in self.reporting)
        )
        out = NoParties(dateline, attribution, every)
        self._no_party_cache = (key, out)
        return out
