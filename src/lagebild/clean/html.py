"""HTML pages: main text, title, date and description with trafilatura."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
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
    captions: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)


_CREDIT_CLASS = re.compile(r"credit|copyright|bildquelle|photographer|quelle|source", re.I)


def figure_credits(markup: str) -> tuple[list[str], list[str]]:
    """(captions, credits) from `<figcaption>`s: `Foto: …` inside the caption, or an element
    whose class says credit/copyright (`<span class="credit">dpa</span>`)."""
    if "<figcaption" not in markup.lower():
        return [], []
    import lxml.html

    from lagebild.clean.credits import split_credits

    try:
        root = lxml.html.fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return [], []
    captions: list[str] = []
    credits: list[str] = []
    for cap in root.iter("figcaption"):
        marked = []
        for el in cap.iter():
            if el is not cap and _CREDIT_CLASS.search(el.get("class", "") or ""):
                text = " ".join(el.text_content().split())
                if text:
                    marked.append(text)
                el.drop_tree()
        split = split_credits(" ".join(cap.text_content().split()))
        captions.extend(p for p in split.parts if p)
        credits.extend(split.credits)
        for text in marked:
            inner = split_credits(text)
            credits.extend(inner.credits or [re.sub(r"^(?:Fotos?|Bild|©)\s*:?\s*", "", text)])
    return captions, [c for c in credits if c]


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
    captions, credits = figure_credits(markup)
    return Extracted(
        captions=captions,
        credits=credits,
        text=text,
        title=get("title"),
        teaser=get("description"),
        date=parse_date(get("date")),
        language=get("language"),
        url=get("url"),
    )
