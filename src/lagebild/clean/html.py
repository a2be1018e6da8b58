"""HTML pages: main text, title, date and description with trafilatura."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as Date

from lagebild.ingest.dates import parse_date

MIN_ARTICLE_CHARS = 120


@dataclass
class Extracted:
    text: str
    title: str | None
    teaser: str | None
    date: Date | None
    language: str | None
    url: str | None


def extract(markup: str, url: str | None = None) -> Extracted | None:
    """The article in `markup`, or None when the page has no main text."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        markup,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        deduplicate=False,
    )
    if doc is None:
        return None
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    text = get("text") or ""
    if len(text.strip()) < MIN_ARTICLE_CHARS:
        return None
    # trafilatura puts one paragraph per line
    text = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    return Extracted(
        text=text,
        title=get("title"),
        teaser=get("description"),
        date=parse_date(get("date")),
        language=get("language"),
        url=get("url"),
    )
