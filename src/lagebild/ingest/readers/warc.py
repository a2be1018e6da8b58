"""WARC archives (warcio), streamed record by record: HTML responses become HTML documents."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import Any

from lagebild.ingest.dates import parse_date
from lagebild.ingest.decode import declared_charset, decode
from lagebild.ingest.errors import IngestError, IngestFailure
from lagebild.ingest.sources import DEFAULT_MAX_BYTES, MB, Source
from lagebild.models import RawDocument
from lagebild.registry import readers


def looks_like_warc(head: bytes) -> bool:
    if head.startswith(b"WARC/"):
        return True
    if head.startswith(b"\x1f\x8b"):
        import gzip
        import zlib

        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head).startswith(b"WARC/")
        except (zlib.error, gzip.BadGzipFile):
            return False
    return False


@readers.register("warc")
def read_warc(
    source: Source, max_bytes: int | None = DEFAULT_MAX_BYTES, **_: object
) -> Iterator[RawDocument | IngestError]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    limit = max_bytes or 50 * MB
    with source.open() as fh:
        n = 0
        try:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response":
                    continue
                n += 1
                uri = record.rec_headers.get_header("WARC-Target-URI")
                name = f"{source.name}#{n}"
                try:
                    status = record.http_headers.get_statuscode() if record.http_headers else None
                    ctype = (
                        record.http_headers.get_header("Content-Type", "")
                        if record.http_headers
                        else ""
                    ).lower()
                    if status and not status.startswith("2"):
                        continue  # redirects, errors: not articles
                    if "html" not in ctype:
                        continue
                    body = record.content_stream().read(limit + 1)
                    if len(body) > limit:
                        raise IngestFailure(f"record larger than {limit / MB:.0f} MB limit")
                    declared = None
                    if "charset=" in ctype:
                        declared = ctype.split("charset=", 1)[1].split(";")[0].strip(" \"'")
                        try:
                            declared = codecs.lookup(declared).name
                        except LookupError:
                            declared = None
                    markup, warnings = decode(
                        body, name, declared=declared or declared_charset(body)
                    )
                    crawled = parse_date(record.rec_headers.get_header("WARC-Date"))
                    meta: dict[str, Any] = {"warc": source.name, "record": n}
                    if crawled:
                        meta["crawl_date"] = crawled.isoformat()
                    if warnings:
                        meta["warnings"] = warnings
                    yield RawDocument(
                        source=name,
                        format="html",
                        text=markup,
                        url=uri,
                        meta=meta,
                    )
                except IngestFailure as exc:
                    yield IngestError(name, exc.reason)
        except ArchiveLoadFailed as exc:
            raise IngestFailure(f"not a readable WARC file: {exc}", source.name) from None
    if n == 0:
        raise IngestFailure("WARC file without response records", source.name)


read_warc.extensions = (".warc", ".warc.gz", ".arc", ".arc.gz")
read_warc.sniff = looks_like_warc
