"""JSON Lines: one article per line, streamed (bounded memory whatever the file size).

Fields: `text` (or `body`/`content`/`maintext`/`article`), `title` (or `headline`), `teaser` (or
`description`/`lead`/`summary`/`abstract`), `date` (or `published`, `published_at`,
`date_publish`, `datePublished`, `pubDate`, `timestamp`), `url` (or `link`), `lang`/`language`;
`html` instead of `text` is read as an HTML page. Any other fields
are kept in `meta`. Each line is one RawDocument with source `path#lineno`."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from typing import Any

from lagebild.ingest.dates import parse_date
from lagebild.ingest.decode import binary_kind, decode_line
from lagebild.ingest.errors import IngestError, IngestFailure
from lagebild.ingest.sources import MB, Source
from lagebild.models import RawDocument
from lagebild.registry import readers

TEXT_KEYS = ("text", "body", "content", "maintext", "article")
TEASER_KEYS = ("teaser", "description", "lead", "summary", "abstract")
TITLE_KEYS = ("title", "headline")
DATE_KEYS = (
    "date",
    "published",
    "published_at",
    "date_publish",
    "datePublished",
    "pubDate",
    "timestamp",
)
URL_KEYS = ("url", "link")
LANG_KEYS = ("lang", "language")
KNOWN = {"html", "source", *TEXT_KEYS, *TEASER_KEYS, *TITLE_KEYS, *DATE_KEYS, *URL_KEYS, *LANG_KEYS}


def looks_like_jsonl(head: bytes) -> bool:
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not first.startswith(b"{"):
        return False
    line = first.split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return b"\n" not in first  # a first line longer than the head: trust the brace


def _first(rec: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = rec.get(key)
        if value not in (None, ""):
            return value
    return None


def _lines(source: Source, max_line_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) per line; bytes None for a line above the limit (skipped)."""
    gzipped = source.head(2) == b"\x1f\x8b"
    raw = source.open()
    fh = gzip.GzipFile(fileobj=raw) if gzipped else raw
    with fh:
        lineno = 0
        while True:
            line = fh.readline(max_line_bytes + 1)
            if not line:
                return
            lineno += 1
            if len(line) > max_line_bytes and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):  # skip the rest of the long line
                    line = fh.readline(MB)
                yield lineno, None
                continue
            yield lineno, line


def record_to_raw(rec: dict[str, Any], source: str, warnings: list[str]) -> RawDocument:
    text = _first(rec, TEXT_KEYS)
    fmt = "jsonl"
    if text is None and isinstance(rec.get("html"), str):
        text, fmt = rec["html"], "html"
    if text is None:
        raise IngestFailure("record has no text (expected a 'text', 'body' or 'html' field)")
    if not isinstance(text, str):
        raise IngestFailure(f"record field 'text' is a {type(text).__name__}, not a string")
    warnings = list(warnings)
    date = None
    raw_date = _first(rec, DATE_KEYS)
    if raw_date is not None:
        date = parse_date(raw_date)
        if date is None:
            warnings.append(f"unparsable date {str(raw_date)[:40]!r}")
    meta: dict[str, Any] = {k: v for k, v in rec.items() if k not in KNOWN}
    if warnings:
        meta["warnings"] = warnings
    if rec.get("source") is not None:
        meta["publisher"] = rec["source"]
    teaser, title, url, lang = (
        _first(rec, keys) for keys in (TEASER_KEYS, TITLE_KEYS, URL_KEYS, LANG_KEYS)
    )
    return RawDocument(
        source=source,
        format=fmt,
        text=text,
        url=url if isinstance(url, str) else None,
        title=title if isinstance(title, str) else None,
        teaser=teaser if isinstance(teaser, str) else None,
        date=date,
        language=lang if isinstance(lang, str) else None,
        meta=meta,
    )


@readers.register("jsonl")
def read_jsonl(
    source: Source, max_line_bytes: int = 20 * MB, **_: object
) -> Iterator[RawDocument | IngestError]:
    head = source.head(8192)
    if not head.strip():
        raise IngestFailure("empty file", source.name)
    kind = binary_kind(head) if not head.startswith(b"\x1f\x8b") else None
    if kind:
        raise IngestFailure(f"binary file refused: {kind}", source.name)
    for lineno, line in _lines(source, max_line_bytes):
        name = f"{source.name}#{lineno}"
        if line is None:
            yield IngestError(name, f"line longer than {max_line_bytes / MB:.0f} MB skipped")
            continue
        if not line.strip():
            continue
        try:
            text, warnings = decode_line(line, name)
            try:
                rec = json.loads(text)
            except ValueError as exc:
                raise IngestFailure(f"invalid JSON: {exc}") from None
            if not isinstance(rec, dict):
                raise IngestFailure(f"expected a JSON object, got {type(rec).__name__}")
            yield record_to_raw(rec, name, warnings)
        except IngestFailure as exc:
            yield IngestError(name, exc.reason)


read_jsonl.extensions = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
read_jsonl.sniff = looks_like_jsonl
