"""Actors: who is who in the news, on the article's date.

    from lagebild.actors import load_resolver
    resolver = load_resolver()                       # cached; extra=[Path("my.yaml")] adds entries
    resolver.resolve_mention("Kreml-Chef Putin", date(2025, 10, 28))   # ActorRef(code='RUS/GOV')
    resolver.annotate(document, docs)                # doc.spans["actors"], span._.actor, entities

See docs/actors.md for the knowledge base format and how codes are composed."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from lagebild.actors.kb import KBError, KnowledgeBase, build_kb
from lagebild.actors.resolver import ActorResolver

if not Span.has_extension("actor"):
    Span.set_extension("actor", default=None)
if not Span.has_extension("is_place"):  # True: the span names a place (scene, dateline), no actor
    Span.set_extension("is_place", default=False)
if not Span.has_extension("unplaced"):  # True: no single country (foreign, several); none to fill
    Span.set_extension("unplaced", default=False)
if not Span.has_extension("actors"):  # several actors for one mention ("beide Seiten"), else None
    Span.set_extension("actors", default=None)

__all__ = ["ActorResolver", "KBError", "KnowledgeBase", "build_kb", "load_resolver"]


@lru_cache(maxsize=8)
def _load(extra: tuple[str, ...]) -> ActorResolver:
    return ActorResolver(build_kb([Path(p) for p in extra]))


def load_resolver(extra: list[Path] | tuple[Path, ...] = ()) -> ActorResolver:
    """The resolver over our knowledge base plus the user's files (cached per file list)."""
    return _load(tuple(str(Path(p).resolve()) for p in extra))
