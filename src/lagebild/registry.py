"""Small named registries so that users can add a backend without editing ours.

    from lagebild.registry import readers

    @readers.register("myformat")
    def read_myformat(path, **kw): ...

Third-party packages can also register through entry points in the group
``lagebild.<registry name>`` (e.g. ``lagebild.readers``); they are loaded on first lookup.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any


class Registry:
    def __init__(self, name: str):
        self.name = name
        self._items: dict[str, Any] = {}
        self._entry_points_loaded = False

    def register(self, name: str, obj: Any = None) -> Any:
        if obj is not None:
            self._items[name] = obj
            return obj

        def deco(fn: Callable) -> Callable:
            self._items[name] = fn
            return fn

        return deco

    def _load_entry_points(self) -> None:
        if self._entry_points_loaded:
            return
        self._entry_points_loaded = True
        for ep in entry_points(group=f"lagebild.{self.name}"):
            self._items.setdefault(ep.name, ep.load())

    def get(self, name: str) -> Any:
        if name not in self._items:
            self._load_entry_points()
        try:
            return self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items)) or "none"
            raise KeyError(f"no {self.name} entry named {name!r} (known: {known})") from None

    def names(self) -> list[str]:
        self._load_entry_points()
        return sorted(self._items)

    def __contains__(self, name: str) -> bool:
        self._load_entry_points()
        return name in self._items


readers = Registry("readers")  # ingest formats: fn(source, **options) -> Iterator[RawDocument]
nlp_backends = Registry("nlp")  # fn(lang) -> callable(text) -> spacy Doc
stores = Registry("stores")  # fn(url) -> Store
exporters = Registry("exporters")  # fn(store, output, **options)
