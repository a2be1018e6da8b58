"""The raw dump format: `date YYYY-MM-DD <teaser>` on the first line, a title paragraph, a body
whose gallery captions end in `Foto: CREDIT`, a trailer `Weitere Nachrichten:`.
The structure is taken apart by `lagebild.clean` (format 'dump')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lagebild.ingest.readers.text import read_single
from lagebild.ingest.sources import DEFAULT_MAX_BYTES, Source
from lagebild.models import RawDocument
from lagebild.registry import readers

DUMP_HEADER = re.compile(rb"^\s*date\s+\d{4}-\d{2}-\d{2}\b")


def looks_like_dump(head: bytes) -> bool:
    return bool(DUMP_HEADER.match(head.lstrip(b"\xef\xbb\xbf")))


@readers.register("dump")
def read_dump(
    source: Source, max_bytes: int | None = DEFAULT_MAX_BYTES, **_: object
) -> Iterator[RawDocument]:
    yield read_single(source, "dump", max_bytes)


read_dump.sniff = looks_like_dump
