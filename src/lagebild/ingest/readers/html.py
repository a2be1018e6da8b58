"""HTML pages: the markup is kept; `lagebild.clean` extracts main text, title and date
with trafilatura."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lagebild.ingest.readers.text import read_single
from lagebild.ingest.sources import DEFAULT_MAX_BYTES, Source
from lagebild.models import RawDocument
from lagebild.registry import readers

_HTML = re.compile(rb"<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|article[\s>])", re.I)


def looks_like_html(head: bytes) -> bool:
    return bool(_HTML.search(head[:4096]))


@readers.register("html")
def read_html(
    source: Source, max_bytes: int | None = DEFAULT_MAX_BYTES, **_: object
) -> Iterator[RawDocument]:
    yield read_single(source, "html", max_bytes)


read_html.extensions = (".html", ".htm", ".xhtml")
read_html.sniff = looks_like_html
