"""RSS/Atom feeds (feedparser). An entry that carries its full text (`content:encoded`, Atom
`content`) is read from the feed; otherwise its linked article is fetched politely (httpx,
timeouts, a User-Agent, a delay per host) and read as HTML (`fetch_articles="always"` fetches
every link, `"never"` or `fetch=False` none). When the article cannot be fetched, the entry's
summary is the text. A broken entry is an IngestError and the feed goes on."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lagebild.ingest.dates import parse_date
from lagebild.ingest.errors import IngestError, IngestFailure
from lagebild.ingest.sources import DEFAULT_MAX_BYTES, Source
from lagebild.models import RawDocument
from lagebild.registry import readers

_FEED = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
_HTML_CTYPES = ("text/html", "application/xhtml+xml")


def looks_like_feed(head: bytes) -> bool:
    return bool(_FEED.search(head[:4096]))


def html_to_text(markup: str) -> str:
    """Text of an HTML fragment, paragraphs kept apart."""
    if "<" not in markup:
        return markup.strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{markup}</div>")
    except (ValueError, lxml.etree.ParserError):
        return re.sub(r"<[^>]+>", " ", markup).strip()
    for el in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        el.tail = "\n\n" + (el.tail or "")
    return re.sub(r"\n\s*\n\s*", "\n\n", root.text_content()).strip()


def _entry_text(entry: Any) -> tuple[str, str]:
    """(full text, summary text) carried in the entry itself."""
    full = ""
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if len(value) > len(full):
            full = value
    summary = entry.get("summary") or entry.get("description") or ""
    return html_to_text(full), html_to_text(summary)


def _entry_date(entry: Any):
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        if entry.get(key):
            return parse_date(entry[key])
    for key in ("published", "updated", "dc_date", "date"):
        if entry.get(key):
            return parse_date(entry[key])
    return None


@readers.register("rss")
def read_rss(
    source: Source,
    fetch: bool = True,
    fetcher: Any = None,
    fetch_articles: str = "auto",
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    **_: object,
) -> Iterator[RawDocument | IngestError]:
    import feedparser

    data = source.read_bytes(max_bytes)
    if not data.strip():
        raise IngestFailure("empty file", source.name)
    feed = feedparser.parse(data)
    if not feed.entries:
        why = f": {feed.bozo_exception}" if feed.get("bozo") else ""
        raise IngestFailure(f"feed without entries{why}", source.name)
    feed_title = feed.feed.get("title")
    feed_lang = feed.feed.get("language")
    feed_warnings = []
    if feed.get("bozo"):
        feed_warnings.append(f"malformed feed, read what could be parsed: {feed.bozo_exception}")
    for n, entry in enumerate(feed.entries, 1):
        name = f"{source.name}#{n}"
        try:
            link = entry.get("link")
            title = entry.get("title")
            date = _entry_date(entry)
            full, summary = _entry_text(entry)
            warnings = list(feed_warnings)
            meta: dict[str, Any] = {"feed": source.name, "feed_title": feed_title, "entry": n}
            wanted = fetch_articles == "always" or (fetch_articles == "auto" and not full)
            if fetch and wanted and fetcher is not None and link:
                try:
                    body, ctype, final = fetcher.get(link, crawl=True)
                    if ctype and ctype not in _HTML_CTYPES:
                        raise IngestFailure(f"linked article is {ctype}, not HTML")
                    from lagebild.ingest.decode import declared_charset, decode

                    declared = fetcher.last_charset or declared_charset(body)
                    markup, dec_warnings = decode(body, link, declared=declared)
                    meta.update(warnings=warnings + dec_warnings, fallback_text=full or summary)
                    yield RawDocument(
                        source=link,
                        format="html",
                        text=markup,
                        url=final,
                        title=title,
                        teaser=summary if summary and summary != full else None,
                        date=date,
                        language=entry.get("language") or feed_lang,
                        meta=meta,
                    )
                    continue
                except IngestFailure as exc:
                    warnings.append(
                        f"linked article not fetched ({exc.reason}); used the feed text"
                    )
            text = full or summary
            if not text.strip():
                raise IngestFailure("feed entry without text (no content or summary)")
            teaser = summary if full and summary and summary != full else None
            if warnings:
                meta["warnings"] = warnings
            yield RawDocument(
                source=link or name,
                format="rss",
                text=text,
                url=link,
                title=title,
                teaser=teaser,
                date=date,
                language=entry.get("language") or feed_lang,
                meta=meta,
            )
        except IngestFailure as exc:
            yield IngestError(name, exc.reason)
        except Exception as exc:  # a malformed entry must not stop the feed
            yield IngestError(name, f"broken feed entry: {type(exc).__name__}: {exc}")


read_rss.extensions = (".rss", ".atom")
read_rss.sniff = looks_like_feed
