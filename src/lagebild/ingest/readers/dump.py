"""The raw dump format: `date YYYY-MM-DD <teaser>` on the first line, a title paragraph, a body
whose gallery captions end in `Foto: CREDIT`, a trailer `Weitere Nachrichten:`.

The structure is taken apart by `lagebild.clean` (format 'dump'). A file may hold one article or
many in a row (each starting with its `date` line at the start of the file, after a blank line
or after a trailer line); it is streamed article by article, so its size does not matter. A
file with one article is one document with the path as source; with several, `path#n`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lagebild.ingest.decode import decode
from lagebild.ingest.errors import IngestError, IngestFailure
from lagebild.ingest.sources import DEFAULT_MAX_BYTES, MB, Source
from lagebild.models import RawDocument
from lagebild.registry import readers

DUMP_HEADER = re.compile(rb"^[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}\b")
_TRAILER_LINE = re.compile(rb"^\s*Weitere Nachrichten\b")


def looks_like_dump(head: bytes) -> bool:
    return bool(DUMP_HEADER.match(head.lstrip(b"\xef\xbb\xbf").lstrip(b"\r\n")))


def _articles(source: Source, max_bytes: int) -> Iterator[bytes | None]:
    """The bytes of each article in turn; None for one above `max_bytes` (skipped)."""
    with source.open() as fh:
        parts: list[bytes] = []
        size = 0
        overflow = False
        boundary = True  # start of file, after a blank line or after a trailer line
        while True:
            line = fh.readline(max_bytes + 1)
            if not line:
                break
            if boundary and DUMP_HEADER.match(line.lstrip(b"\xef\xbb\xbf")) and (parts or overflow):
                yield None if overflow else b"".join(parts)
                parts, size, overflow = [], 0, False
            boundary = not line.strip() or bool(_TRAILER_LINE.match(line))
            if overflow:
                continue
            size += len(line)
            if size > max_bytes:
                parts, overflow = [], True
                continue
            parts.append(line)
        if parts or overflow:
            yield None if overflow else b"".join(parts)


@readers.register("dump")
def read_dump(
    source: Source, max_bytes: int | None = DEFAULT_MAX_BYTES, **_: object
) -> Iterator[RawDocument | IngestError]:
    limit = max_bytes or DEFAULT_MAX_BYTES
    held: tuple[bytes | None] | None = None
    n = 0

    def make(data: bytes | None, name: str) -> RawDocument | IngestError:
        if data is None:
            return IngestError(name, f"article larger than the {limit / MB:.0f} MB limit skipped")
        if not data.strip():
            return IngestError(name, "empty article")
        try:
            text, warnings = decode(data, name)
        except IngestFailure as exc:
            return IngestError(name, exc.reason)
        return RawDocument(
            source=name,
            format="dump",
            text=text,
            url=source.url,
            meta={"warnings": warnings} if warnings else {},
        )

    for data in _articles(source, limit):
        n += 1
        if n == 1:
            held = (data,)
            continue
        if held is not None:
            yield make(held[0], f"{source.name}#1")
            held = None
        yield make(data, f"{source.name}#{n}")
    if held is not None:
        if held[0] is None and source.size is not None and source.size > limit:
            raise IngestFailure(
                f"file too large for a single-document format: {source.size / MB:.1f} MB > "
                f"{limit / MB:.0f} MB limit (split it, or use JSON Lines/WARC, which stream)",
                source.name,
            )
        yield make(held[0], source.name)
    elif n == 0:
        raise IngestFailure("empty file", source.name)


read_dump.sniff = looks_like_dump
