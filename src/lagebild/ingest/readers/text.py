"""Plain text: one article per file (title = first short paragraph, decided by clean)."""

from __future__ import annotations

from collections.abc import Iterator

from lagebild.ingest.sources import DEFAULT_MAX_BYTES, Source
from lagebild.models import RawDocument
from lagebild.registry import readers


def read_single(source: Source, fmt: str, max_bytes: int | None = DEFAULT_MAX_BYTES) -> RawDocument:
    text, warnings = source.read_text(max_bytes)
    return RawDocument(
        source=source.name,
        format=fmt,
        text=text,
        url=source.url,
        meta={"warnings": warnings} if warnings else {},
    )


@readers.register("text")
def read_text(
    source: Source, max_bytes: int | None = DEFAULT_MAX_BYTES, **_: object
) -> Iterator[RawDocument]:
    yield read_single(source, "text", max_bytes)


read_text.extensions = (".txt", ".text")
