"""coding stage: PLOVER events from parsed German sentences.

from lagebild.coding import load_coder
coder = load_coder()                       # cached; load_coder([Path("my_lexicon.yaml")])
coder.code(document, docs)                 # appends EventMention to document.events
coder.code_sentence(span_or_doc)           # -> list[EventMention]
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from lagebild.coding.coder import EventCoder
from lagebild.coding.lexicon import Entry, Lexicon, LexiconError, load_lexicon

__all__ = ["EventCoder", "Entry", "Lexicon", "LexiconError", "load_coder", "load_lexicon"]


def _key(extra: list[Path] | tuple[Path, ...]) -> tuple[tuple[str, float], ...]:
    out = []
    for p in extra:
        p = Path(p).resolve()
        out.append((str(p), p.stat().st_mtime if p.exists() else 0.0))
    return tuple(out)


@lru_cache(maxsize=8)
def _load(key: tuple[tuple[str, float], ...]) -> EventCoder:
    return EventCoder(load_lexicon([Path(p) for p, _ in key]))


def load_coder(extra: list[Path] | tuple[Path, ...] = ()) -> EventCoder:
    """The event coder over our lexicon plus user lexicon files (`extra`), which add entries or
    replace ours with the same id. Cached per set of files."""
    for p in extra:
        if not Path(p).exists():
            raise LexiconError(f"{p}: no such lexicon file")
    return _load(_key(tuple(extra)))
