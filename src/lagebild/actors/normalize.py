"""Text normalisation for matching: case/diacritic folding, adjective-ending stripping for
multi-word names ("der Europäischen Union" = "Europäische Union") and a transliteration key
that maps German/English spellings of foreign names together (Selenskyj/Zelenskyy)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-"})
_TOKEN_RE = re.compile(r"[\w'.+/-]+|[^\w\s]", re.UNICODE)
_ADJ_END = ("en", "er", "es", "em", "e")
_ABBREV_RE = re.compile(r"(?:[A-Za-z]\.)+|[IVXL]+\.")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """lowercase, no diacritics, ß -> ss, typographic quotes/hyphens unified."""
    if text.isascii():  # NFKD leaves ASCII as it is and there are no combining marks
        return text.replace("`", "'").lower()
    text = text.translate(_QUOTES).replace("ß", "ss").replace("ẞ", "ss").lower()
    text = unicodedata.normalize("NFKD", text)
    if text.isascii():
        return text
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def modnorm(folded: str) -> str:
    """A non-final word of a multi-word name with its adjective ending stripped."""
    for end in _ADJ_END:
        if folded.endswith(end) and len(folded) - len(end) >= 4:
            return folded[: -len(end)]
    return folded


def split_words(text: str) -> list[str]:
    """Tokens like spaCy's German tokenizer makes them (hyphen compounds stay whole)."""
    out = []
    for t in _TOKEN_RE.findall(text):
        if t[-1] != "." or len(t) == 1:  # most tokens: no final dot to split off
            out.append(t)
        elif not _ABBREV_RE.fullmatch(t):
            out.extend([t[:-1], "."])
        else:
            out.append(t)
    return out


def key_of(words: list[str]) -> tuple[str, ...]:
    folded = [fold(w) for w in words]
    return tuple(modnorm(w) for w in folded[:-1]) + tuple(folded[-1:])


def form_key(text: str) -> tuple[str, ...]:
    return key_of(split_words(text))


_TRANSLIT = [
    ("tsch", "ch"),
    ("sch", "sh"),
    ("zh", "sh"),
    ("kh", "h"),
    ("ch", "h"),
    ("dj", "j"),
    ("dsh", "j"),
    ("w", "v"),
    ("z", "s"),
    ("y", "i"),
    ("j", "i"),
    ("ph", "f"),
    ("ou", "u"),
    ("c", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("'", ""),
    ("-", " "),
]


@lru_cache(maxsize=50_000)
def translit_key(text: str) -> str:
    """A coarse phonetic key: Selenskyj, Zelenskyy, Selenski -> 'selenski'."""
    s = fold(text)
    for a, b in _TRANSLIT:
        s = s.replace(a, b)
    s = re.sub(r"(.)\1+", r"\1", s)  # double letters
    s = re.sub(r"ii\b", "i", s)
    s = re.sub(r"i\b", "i", s)
    return " ".join(s.split())
