"""A JSON file holding one article object, or an array of them (or `{"articles": [...]}`),
with the same fields as JSON Lines. Read whole, so it is size-limited like the other
single-document formats; use JSON Lines for big collections."""

from __future__ import annotations

import json
from collections.abc import Iterator

from lagebild.ingest.errors import IngestError, IngestFailure
from lagebild.ingest.readers.jsonl import record_to_raw
from lagebild.ingest.sources import DEFAULT_MAX_BYTES, Source
from lagebild.models import RawDocument
from lagebild.registry import readers

_LIST_KEYS = ("articles", "documents", "items", "data", "results")


@readers.register("json")
def read_json(
    source: Source, max_bytes: int | None = DEFAULT_MAX_BYTES, **_: object
) -> Iterator[RawDocument | IngestError]:
    text, warnings = source.read_text(max_bytes)
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise IngestFailure(f"invalid JSON: {exc}", source.name) from None
    if isinstance(data, dict):
        for key in _LIST_KEYS:
            if isinstance(data.get(key), list):
                data = data[key]
                break
        else:
            yield _one(data, source.name, warnings)
            return
    if not isinstance(data, list):
        raise IngestFailure(
            f"expected a JSON object or array, got {type(data).__name__}", source.name
        )
    if not data:
        raise IngestFailure("empty JSON array", source.name)
    for n, rec in enumerate(data, 1):
        name = f"{source.name}#{n}"
        if not isinstance(rec, dict):
            yield IngestError(name, f"expected a JSON object, got {type(rec).__name__}")
            continue
        yield _one(rec, name, warnings)


def _one(rec: dict, name: str, warnings: list[str]) -> RawDocument | IngestError:
    try:
        return record_to_raw(rec, name, warnings)
    except IngestFailure as exc:
        return IngestError(name, exc.reason)


def looks_like_json_array(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return start[:1] == b"[" and start[1:].lstrip()[:1] == b"{"


read_json.extensions = (".json",)
read_json.sniff = looks_like_json_array
