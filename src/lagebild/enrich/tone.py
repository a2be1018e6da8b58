"""Tone on GDELT's scale: (positive − negative word weight) per 100 words.

GDELT's tone is the percentage of positive words minus the percentage of negative words of a
text (range −100..+100, news typically −10..+10). We do the same with a small German lexicon
written for this project (`data/tone/de.tsv`, Apache-2.0): word weights −1..+1, a negation word
("nicht", "kein", "ohne", ...) up to three words before flips a weight. This is coarse: good for
comparing many documents or sentences, not for judging one sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

TONE_DATA = Path(__file__).resolve().parents[1] / "data" / "tone"
LEXICON = TONE_DATA / "de.tsv"
WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
NEGATIONS = frozenset(
    "nicht kein keine keinen keinem keiner keines nie niemals ohne weder "
    "not no never without nor".split()
)
ENDINGS = ("", "e", "en", "er", "es", "em", "n", "s", "ern", "ns", "ed", "d", "ing")
MIN_COMPOUND_STEM = 5


class ToneLexicon:
    def __init__(self, path: Path = LEXICON):
        self.prefix: dict[str, float] = {}
        self.exact: dict[str, float] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            stem, weight = line.split("\t")[:2]
            w = float(weight)
            if stem.endswith("="):
                for e in ENDINGS:
                    self.exact[stem[:-1] + e] = w
            else:
                self.prefix[stem] = w
        self._cache: dict[str, float] = {}

    def _prefix(self, w: str, min_len: int = 3) -> float | None:
        """Weight of the longest stem (of at least min_len letters) that w starts with."""
        for n in range(len(w), min_len - 1, -1):
            v = self.prefix.get(w[:n])
            if v is not None:
                return v
        return None

    def weight(self, word: str) -> float:
        w = word.lower()
        if w in self._cache:
            return self._cache[w]
        v = self.exact.get(w)
        if v is None:
            v = self._prefix(w)
        if v is None:  # compound head: "Drohnenangriffe" -> "angriff"
            for k in range(1, len(w) - MIN_COMPOUND_STEM + 1):
                tail = w[k:]
                v = self.exact.get(tail) if len(tail) >= MIN_COMPOUND_STEM else None
                if v is None:
                    v = self._prefix(tail, MIN_COMPOUND_STEM)
                if v is not None:
                    break
        v = 0.0 if v is None else v
        self._cache[w] = v
        return v


@lru_cache(maxsize=4)
def get_lexicon(lang: str | None = "de") -> ToneLexicon:
    """The lexicon for a language ('de', 'en'); German for anything else."""
    path = TONE_DATA / f"{(lang or 'de')[:2].lower()}.tsv"
    return ToneLexicon(path if path.is_file() else LEXICON)


def words(text: str) -> list[str]:
    return WORD_RE.findall(text or "")


def score_words(
    tokens: list[str], lexicon: ToneLexicon | None = None, lemmas: list[str] | None = None
) -> tuple[float, float, int]:
    """(positive weight, negative weight, number of words). With `lemmas` (one per token), a
    word the lexicon lacks is looked up by its lemma ("griff" -> "greifen")."""
    lex = lexicon or get_lexicon()
    pos = neg = 0.0
    for i, tok in enumerate(tokens):
        v = lex.weight(tok)
        if not v and lemmas is not None and lemmas[i] and lemmas[i] != tok:
            v = lex.weight(lemmas[i])
        if not v:
            continue
        if any(t.lower() in NEGATIONS for t in tokens[max(0, i - 3) : i]):
            v = -v
        if v > 0:
            pos += v
        else:
            neg -= v
    return pos, neg, len(tokens)


def as_tone(pos: float, neg: float, n: int) -> float | None:
    return round(100.0 * (pos - neg) / n, 2) if n else None


def tone(text: str, lexicon: ToneLexicon | str | None = None) -> float | None:
    """GDELT-scale tone of a text, rounded to 2 decimals; None for a text without words."""
    if isinstance(lexicon, str):
        lexicon = get_lexicon(lexicon)
    tokens = words(text)
    if not tokens:
        return None
    return as_tone(*score_words(tokens, lexicon))


def span_scores(span, lexicon: ToneLexicon | None = None) -> tuple[float, float, int]:
    """Scores of a spaCy span or Doc, using its lemmas where the analyzer set them."""
    toks = [t for t in span if WORD_RE.fullmatch(t.text)]
    lemmas = [t.lemma_ for t in toks]
    return score_words([t.text for t in toks], lexicon, lemmas if any(lemmas) else None)
