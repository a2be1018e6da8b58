"""Which reader reads a source: `--format`, else the file extension, else the content."""

from __future__ import annotations

from lagebild.ingest.decode import binary_kind
from lagebild.ingest.errors import IngestFailure
from lagebild.ingest.sources import Source
from lagebild.registry import readers

# content types of fetched URLs
CONTENT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rss+xml": "rss",
    "application/atom+xml": "rss",
    "application/rdf+xml": "rss",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/jsonlines": "jsonl",
    "application/warc": "warc",
}

# sniffing order: the most specific signature first
SNIFF_ORDER = ("warc", "dump", "jsonl", "json", "rss", "html")


def choose_format(source: Source) -> str:
    head = source.head(8192)
    name = (source.path.name if source.path else source.name).lower()
    if name.endswith(".gz") and not name.endswith(
        (".warc.gz", ".arc.gz", ".jsonl.gz", ".ndjson.gz")
    ):
        raise IngestFailure("compressed file: decompress it first", source.name)
    # content sniffing wins over ambiguous extensions (.txt may be a dump, .xml a feed)
    for fmt in SNIFF_ORDER:
        sniff = getattr(readers.get(fmt), "sniff", None)
        if sniff and sniff(head):
            return fmt
    for fmt in readers.names():
        exts = getattr(readers.get(fmt), "extensions", ())
        if exts and name.endswith(tuple(exts)):
            return fmt
    if source.content_type in CONTENT_TYPES:
        return CONTENT_TYPES[source.content_type]
    if source.content_type in ("application/xml", "text/xml"):
        raise IngestFailure("XML that is neither an RSS nor an Atom feed", source.name)
    if not head.strip():
        raise IngestFailure("empty file", source.name)
    kind = binary_kind(head)
    if kind:
        raise IngestFailure(f"binary file refused: {kind}", source.name)
    if name.endswith(".xml"):
        raise IngestFailure("XML that is neither an RSS nor an Atom feed", source.name)
    return "text"
