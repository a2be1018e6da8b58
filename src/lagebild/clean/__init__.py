"""clean stage: RawDocument -> Document.

    from lagebild.clean import clean, CleanError
    doc = clean(raw)   # title, teaser, body, captions, credits, boilerplate, language, date, ids

Unicode is normalised (NFC; typographic quotes „“ ‚‘ »« kept), whitespace fixed, photo credits
(`Foto: IMAGO/ZUMA Press`) and trailers (`Weitere Nachrichten:`) split out of the text.
Fatal problems raise `CleanError(reason)` with a one-line reason; non-fatal ones are one-line
strings in `document.meta["warnings"]`.
"""

from __future__ import annotations

from lagebild.clean.credits import split_credits
from lagebild.clean.html import extract
from lagebild.clean.language import detect_language
from lagebild.clean.normalize import fix_mojibake, inline, normalize
from lagebild.clean.structure import Parts, parse_dump, parse_text
from lagebild.ingest.dates import parse_date
from lagebild.ingest.decode import binary_kind
from lagebild.ingest.errors import one_line
from lagebild.models import Document, RawDocument

__all__ = ["CleanError", "clean", "split_credits"]

MAX_CHARS = 5_000_000  # one article; anything longer is not an article


class CleanError(Exception):
    """A document that cannot be cleaned into an article; `reason` is one line."""

    def __init__(self, reason: str):
        self.reason = one_line(reason)
        super().__init__(self.reason)


def _check_text(text: str | None) -> str:
    if text is None or not text.strip():
        raise CleanError("empty document")
    if len(text) > MAX_CHARS:
        raise CleanError(f"document too long for one article ({len(text):,} characters)")
    head = text[:8192]
    if "\x00" in head or binary_kind(head.encode("utf-8", "surrogatepass")):
        raise CleanError("binary content, not text")
    return text


def clean(raw: RawDocument) -> Document:
    text = _check_text(raw.text)
    warnings: list[str] = list(raw.meta.get("warnings", []))
    text, fixed = fix_mojibake(text)
    if fixed:
        warnings.append("mojibake repaired (UTF-8 that had been read as cp1252)")
    url = raw.url
    html_lang = None
    fallback_date = None
    if raw.format == "html":
        page = extract(text, url)
        if page is None:
            fallback = raw.meta.get("fallback_text")
            if not fallback:
                raise CleanError("HTML page without an article (no main text found)")
            warnings.append("no article in the fetched page; used the feed text")
            page_text, title, teaser, repeated = fallback, raw.title, raw.teaser, ()
        else:
            page_text, title, teaser = page.text, raw.title or page.title, raw.teaser or page.teaser
            repeated = (page.title, page.teaser)
            url = url or page.url
            html_lang = page.language
            fallback_date = page.date
        parts = parse_text(normalize(page_text), title=title, teaser=teaser, repeated=repeated)
        if page is not None:
            # figure captions are not in trafilatura's text; keep them and their credits apart
            parts.captions.extend(
                inline(c) for c in page.captions if inline(c) not in parts.captions
            )
            parts.credits.extend(page.credits)
        if raw.meta.get("crawl_date") and not (raw.date or fallback_date):
            fallback_date = parse_date(raw.meta["crawl_date"])
            warnings.append("no publication date; used the crawl date")
    elif raw.format == "dump":
        parts = parse_dump(normalize(text))
    else:
        parts = parse_text(normalize(text), title=raw.title, teaser=raw.teaser)
    warnings.extend(parts.warnings)
    return _document(raw, parts, url, raw.date or parts.date or fallback_date, html_lang, warnings)


def _document(raw, parts: Parts, url, date, html_lang, warnings: list[str]) -> Document:
    body = parts.text
    if not body.strip() and not parts.title and not parts.teaser:
        raise CleanError("no text left after cleaning")
    if not body.strip():
        warnings.append("empty body (title/teaser only)")
    if date is None:
        warnings.append("no date found")
    lang = raw.language
    if not lang:
        sample = "\n".join(x for x in (parts.title, parts.teaser, body) if x)
        lang, prob = detect_language(sample)
        if lang is None:
            lang = (html_lang or "")[:2] or None
        if lang is None:
            warnings.append(f"language not detected (p={prob:.2f})")
    meta = {k: v for k, v in raw.meta.items() if k not in ("warnings", "fallback_text")}
    if parts.dateline:
        meta["dateline"] = parts.dateline
    if parts.byline:
        meta["byline"] = parts.byline
    if warnings:
        meta["warnings"] = list(dict.fromkeys(one_line(w) for w in warnings))
    doc = Document(
        source=raw.source,
        format=raw.format,
        url=url,
        date=date,
        title=inline(parts.title) if parts.title else None,
        teaser=inline(parts.teaser) if parts.teaser else None,
        text=body,
        captions=parts.captions,
        credits=parts.credits,
        boilerplate=parts.boilerplate,
        language=lang.lower() if lang else None,
        meta=meta,
    )
    return doc.finalize_ids()
