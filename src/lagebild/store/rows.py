"""Document model → table rows (backend-neutral dicts)."""

from __future__ import annotations

import hashlib
import json
from typing import Any
from urllib.parse import urlsplit

from lagebild.models import Document, EventMention

_RECORD_SUFFIX_SEP = "#"


def source_key(source: str, url: str | None = None) -> str:
    """What counts as one source for GDELT's NumSources: the host of the URL if there is one,
    else the source path without a record suffix (`file.jsonl#3` → `file.jsonl`)."""
    for candidate in (url, source):
        if candidate and "://" in candidate:
            host = urlsplit(candidate).hostname
            if host:
                return host.lower().removeprefix("www.")
    base = source
    if _RECORD_SUFFIX_SEP in base:
        head, _, tail = base.rpartition(_RECORD_SUFFIX_SEP)
        if tail.isdigit():
            base = head
    return base


def document_row(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "source": doc.source,
        "source_key": source_key(doc.source, doc.url),
        "url": doc.url,
        "format": doc.format,
        "date": doc.date,
        "title": doc.title,
        "teaser": doc.teaser,
        "text": doc.text,
        "captions": list(doc.captions),
        "credits": list(doc.credits),
        "boilerplate": list(doc.boilerplate),
        "language": doc.language,
        "content_hash": doc.content_hash,
        "story_id": doc.story_id,
        "tone": doc.tone,
        "meta": json.dumps(doc.meta, ensure_ascii=False, default=str, sort_keys=True),
    }


def sentence_rows(doc: Document) -> list[dict[str, Any]]:
    return [
        {
            "document_id": doc.id,
            "idx": s.idx,
            "section": s.section,
            "start": s.start,
            "end": s.end,
            "text": s.text,
            "tone": s.tone,
        }
        for s in doc.sentences
    ]


def entity_rows(doc: Document) -> list[dict[str, Any]]:
    return [
        {
            "document_id": doc.id,
            "idx": i,
            "sentence_idx": e.sentence_idx,
            "section": e.section,
            "start": e.start,
            "end": e.end,
            "text": e.text,
            "label": e.label,
            "actor_code": e.actor.code if e.actor else None,
            "actor_name": e.actor.name if e.actor else None,
            "kb_id": e.actor.kb_id if e.actor else None,
            "role": e.actor.role if e.actor else None,
            "resolved_by": e.resolved_by,
        }
        for i, e in enumerate(doc.entities)
    ]


def merge_key(m: EventMention) -> str:
    """Mentions with the same key (and dates within the merge window) are one event: same type,
    same source and target codes (either order for symmetric events), same location country,
    same flags."""
    src = m.source.code if m.source else ""
    tgt = m.target.code if m.target else ""
    if m.symmetric and tgt and src > tgt:
        src, tgt = tgt, src
    country = m.location.country if m.location and m.location.country else ""
    return "|".join(
        [m.type, src, tgt, country, "N" if m.negated else "-", "H" if m.hypothetical else "-"]
    )


def event_mention_rows(doc: Document) -> list[dict[str, Any]]:
    rows = []
    for i, m in enumerate(doc.events):
        loc = m.location
        rows.append(
            {
                "id": f"{doc.id}:{i}",
                "document_id": doc.id,
                "idx": i,
                "event_id": None,
                "merge_key": merge_key(m),
                "sentence_idx": m.sentence_idx,
                "section": m.section,
                "start": m.start,
                "end": m.end,
                "sentence": m.sentence,
                "type": m.type,
                "mode": m.mode,
                "cameo": m.cameo,
                "goldstein": m.goldstein,
                "quad_class": m.quad_class,
                "source": m.source.code if m.source else None,
                "source_name": m.source.name if m.source else None,
                "source_text": m.source.text if m.source else None,
                "target": m.target.code if m.target else None,
                "target_name": m.target.name if m.target else None,
                "target_text": m.target.text if m.target else None,
                "symmetric": m.symmetric,
                "negated": m.negated,
                "hypothetical": m.hypothetical,
                "hedged": m.hedged,
                "reported_by": m.reported_by.code if m.reported_by else None,
                "confidence": m.confidence,
                "date": m.date or doc.date,
                "location_name": loc.name if loc else None,
                "location_country": loc.country if loc else None,
                "location_adm1": loc.adm1 if loc else None,
                "geonames_id": loc.geonames_id if loc else None,
                "lat": loc.lat if loc else None,
                "lon": loc.lon if loc else None,
                "location_precision": loc.precision if loc else None,
                "tone": m.tone,
                "evidence": json.dumps(
                    m.evidence.model_dump(exclude_defaults=True), ensure_ascii=False
                ),
            }
        )
    return rows


def analysis_hash(doc: Document) -> str:
    """A hash over what the analysis stages produced, to tell a re-coded document from an
    unchanged one."""
    payload = {
        "tone": doc.tone,
        "sentences": [s.model_dump(mode="json") for s in doc.sentences],
        "entities": [e.model_dump(mode="json") for e in doc.entities],
        "events": [e.model_dump(mode="json") for e in doc.events],
        "credits": doc.credits,
        "captions": doc.captions,
        "date": str(doc.date),
        "language": doc.language,
        "url": doc.url,
    }
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()
