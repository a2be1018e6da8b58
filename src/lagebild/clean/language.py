"""Language identification with py3langid (normalised probabilities, a confidence floor)."""

from __future__ import annotations

import re
from functools import lru_cache

MIN_CHARS = 20
_LETTERS = re.compile(r"[^\W\d_]+")
MIN_PROB = 0.5


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, sample: int = 1500) -> tuple[str | None, float]:
    """(ISO 639-1 code, probability), or (None, p) when the text is too short or unclear."""
    text = text[:sample]
    if sum(map(len, _LETTERS.findall(text))) < MIN_CHARS:
        return None, 0.0
    lang, prob = _identifier().classify(text)
    prob = float(prob)
    return (lang if prob >= MIN_PROB else None), prob
