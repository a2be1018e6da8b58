"""ingest stage: files, folders, globs, URLs and stdin in; RawDocuments (or IngestErrors) out.

    from lagebild.ingest import read, IngestError
    for item in read(["examples", "https://example.org/feed.xml"]):
        if isinstance(item, IngestError): print(item.source, item.reason)

Each format is a reader in `lagebild.registry.readers` (`dump`, `text`, `jsonl`, `html`, `rss`,
`warc`), chosen by `format=`, by content sniffing or by file extension. One broken input (or
one broken record) is an `IngestError` with a one-line reason; the iteration goes on.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from lagebild.ingest import readers as _readers  # noqa: F401  (registers the built-in readers)
from lagebild.ingest.errors import IngestError, IngestFailure
from lagebild.ingest.sniff import choose_format
from lagebild.ingest.sources import DEFAULT_MAX_BYTES, Source, expand
from lagebild.models import RawDocument
from lagebild.registry import readers

__all__ = ["IngestError", "IngestFailure", "RawDocument", "Source", "read"]


def read(
    inputs: Iterable[str] | str,
    format: str | None = None,
    *,
    fetch: bool = True,
    timeout: float = 15.0,
    delay: float = 1.0,
    robots: bool = True,
    stdin: BinaryIO | None = None,
    **options: Any,
) -> Iterator[RawDocument | IngestError]:
    """Read articles from `inputs` (files, folders, glob patterns, http(s) URLs, '-' for stdin).

    format: a reader name to force (`dump`, `text`, `jsonl`, `json`, `html`, `rss`, `warc`);
    an unknown name raises ValueError at once (before any input is read);
    fetch: fetch URLs and the articles linked from feeds (off: URLs are errors and feed entries
    use the text the feed carries); timeout/delay: per request / between requests to one host;
    robots: honour robots.txt for the articles linked from feeds;
    other options go to the readers (e.g. `max_bytes` for single-document formats).
    """
    if isinstance(inputs, str):
        inputs = [inputs]
    if format is not None and format not in readers:
        known = ", ".join(readers.names())
        raise ValueError(f"unknown format {format!r} (known: {known})")
    return _read(list(inputs), format, fetch, timeout, delay, robots, stdin, options)


def _read(inputs, format, fetch, timeout, delay, robots, stdin, options):
    fetcher = None
    if fetch:
        from lagebild.ingest.fetch import Fetcher

        fetcher = Fetcher(timeout=timeout, delay=delay, robots=robots)
    try:
        for source in expand(inputs, fetcher, stdin):
            if isinstance(source, IngestError):
                yield source
                continue
            yield from _read_source(source, format, fetcher=fetcher, fetch=fetch, **options)
    finally:
        if fetcher is not None:
            fetcher.close()


def _read_source(
    source: Source, format: str | None, **options: Any
) -> Iterator[RawDocument | IngestError]:
    produced = 0
    try:
        if source.head(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            source = _transcode_utf16(source, options.get("max_bytes", DEFAULT_MAX_BYTES))
        fmt = format or choose_format(source)
        for item in readers.get(fmt)(source, **options):
            produced += 1
            yield item
    except IngestFailure as exc:
        yield IngestError(exc.source or source.name, exc.reason)
    except OSError as exc:
        yield IngestError(source.name, f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a reader bug or a truly odd input must not stop the batch
        where = f" after {produced} record(s)" if produced else ""
        yield IngestError(source.name, f"reader failed{where}: {type(exc).__name__}: {exc}")


def _transcode_utf16(source: Source, max_bytes: int | None) -> Source:
    """UTF-16 text (rare, from Windows tools) becomes UTF-8 so that every reader can sniff and
    split it; size-limited like the single-document formats."""
    text = source.read_bytes(max_bytes).decode("utf-16", errors="replace")
    return Source(
        name=source.name,
        data=text.encode("utf-8"),
        url=source.url,
        content_type=source.content_type,
        meta={**source.meta, "transcoded_from": "utf-16"},
    )
