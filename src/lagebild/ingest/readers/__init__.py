"""The built-in readers; importing this package registers them in `lagebild.registry.readers`.

A reader is `fn(source: Source, **options) -> Iterator[RawDocument | IngestError]`: it may raise
`IngestFailure` for the whole input, or yield `IngestError`s for single broken records and go on.
"""

from lagebild.ingest.readers import dump, html, json_array, jsonl, rss, text, warc  # noqa: F401
