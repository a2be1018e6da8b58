"""PLOVER JSON Lines: one event per line with the PLOVER manual's field names
(Open Event Data Alliance, PLOVER manual, chapter "JSON Data Fields").

Required by the manual: id, date, source (a list of actor objects), event (a list of event
categories). We also write recipient, event_loc (a GeoNames-style location object: geonameid,
name, latitude, longitude, "country code" (ISO2), cc3, "admin1 code"), event_text (the sentences
that report it), quad_code, event_scale (Goldstein), mode, context, text_info (sequence, start,
end of the first mention), cite_info (url, title, language, publication, coder, codebook),
coder, and "actor" (the same list as "source", the name newer PLOVER-based data sets use).
lagebild's own fields are added under the names cameo, negated, hypothetical, num_mentions,
num_sources, num_articles, tone, confidence and precision (as the manual allows).
The JSON schema is `lagebild/data/schemas/plover.schema.json` (`plover_schema()`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from lagebild.export.common import Tables, day, is_missing, source_name, to_json_line

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "data" / "schemas" / "plover.schema.json"
CODER = "lagebild"
CODEBOOK = "plover-lagebild (PLOVER categories, CONVENTIONS.md actor codes)"


def plover_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def actor_object(code: Any, name: Any = None, text: Any = None) -> dict[str, Any] | None:
    if is_missing(code) or not code:
        return None
    code = str(code)
    obj: dict[str, Any] = {"lagebild_code": code}
    if code.startswith(("IGO:", "NGO:")):
        kind, group = code.split(":", 1)
        obj["code"] = kind
        obj["sector"] = None
        obj["identifier_text"] = group
    else:
        country, _, sector = code.partition("/")
        obj["code"] = country
        obj["sector"] = sector or None
    if not is_missing(name) and name:
        obj["identifier_text"] = str(name)
    if not is_missing(text) and text:
        obj["actor_text"] = str(text)
    return obj


def event_loc(ev: dict[str, Any]) -> dict[str, Any] | None:
    country = ev.get("location_country")
    name = ev.get("location_name")
    if is_missing(country) and is_missing(name) and is_missing(ev.get("lat")):
        return None
    iso2 = None
    if not is_missing(country):
        from lagebild.enrich.gazetteer import get_gazetteer

        c = get_gazetteer().countries.get(str(country))
        iso2 = c.iso2 if c else None
    adm1 = ev.get("location_adm1")
    gid = ev.get("geonames_id")
    loc = {
        "geonameid": None if is_missing(gid) else int(gid),
        "name": None if is_missing(name) else str(name),
        "latitude": None if is_missing(ev.get("lat")) else float(ev["lat"]),
        "longitude": None if is_missing(ev.get("lon")) else float(ev["lon"]),
        "country code": iso2,
        "cc3": None if is_missing(country) else str(country),
        "admin1 code": str(adm1).split(".", 1)[-1] if not is_missing(adm1) else None,
        "precision": None if is_missing(ev.get("location_precision")) else ev["location_precision"],
    }
    return loc


def plover_record(ev: dict[str, Any], tables: Tables) -> dict[str, Any]:
    mentions = tables.mentions_of(ev.get("id"))
    mentions = sorted(
        mentions, key=lambda m: (str(m.get("document_id")), m.get("sentence_idx") or 0)
    )
    first = next((m for m in mentions if m.get("id") == ev.get("first_mention_id")), None)
    first = first or (mentions[0] if mentions else {})
    doc = tables.document(ev.get("document_id") or first.get("document_id"))
    d = day(ev.get("date")) or day(doc.get("date")) or day(first.get("date"))
    src = actor_object(ev.get("source"), ev.get("source_name"), first.get("source_text"))
    tgt = actor_object(ev.get("target"), ev.get("target_name"), first.get("target_text"))
    texts: list[str] = []
    for m in mentions:
        t = m.get("sentence")
        if isinstance(t, str) and t and t not in texts:
            texts.append(t)
    if not texts and isinstance(ev.get("sentence"), str):
        texts.append(ev["sentence"])
    mode = ev.get("mode")
    url = doc.get("url") if not is_missing(doc.get("url")) else None
    rec: dict[str, Any] = {
        "id": str(ev.get("id")),
        "date": d.isoformat() if d else None,
        "source": [src] if src else [],
        "actor": [src] if src else [],
        "recipient": [tgt] if tgt else [],
        "event": [str(ev.get("type"))],
        "mode": None if is_missing(mode) or not mode else str(mode),
        "context": [],
        "event_loc": event_loc(ev),
        "event_text": texts,
        "quad_code": None if is_missing(ev.get("quad_class")) else int(ev["quad_class"]),
        "event_scale": None if is_missing(ev.get("goldstein")) else float(ev["goldstein"]),
        "text_info": {
            "sequence": None
            if is_missing(first.get("sentence_idx"))
            else int(first["sentence_idx"]),
            "start": None if is_missing(first.get("start")) else int(first["start"]),
            "end": None if is_missing(first.get("end")) else int(first["end"]),
            "section": first.get("section"),
        },
        "cite_info": {
            "url": url,
            "title": None if is_missing(doc.get("title")) else doc.get("title"),
            "language": None if is_missing(doc.get("language")) else doc.get("language"),
            "publication": source_name(url, doc.get("source_key") or doc.get("source")) or None,
            "coder": CODER,
            "codebook": CODEBOOK,
        },
        "coder": CODER,
        "cameo": None if is_missing(ev.get("cameo")) else str(ev["cameo"]),
        "negated": bool(ev.get("negated")),
        "hypothetical": bool(ev.get("hypothetical")),
        "num_mentions": int(ev.get("num_mentions") or max(len(mentions), 1)),
        "num_sources": int(ev.get("num_sources") or 1),
        "num_articles": int(ev.get("num_articles") or 1),
        "tone": None if is_missing(ev.get("tone")) else float(ev["tone"]),
        "confidence": None if is_missing(ev.get("confidence")) else float(ev["confidence"]),
    }
    return rec


def plover_records(tables: Tables) -> list[dict[str, Any]]:
    """The PLOVER records; an event without any date (PLOVER requires one) is left out."""
    recs = (plover_record(ev, tables) for ev in tables.events.to_dict("records"))
    return [r for r in recs if r["date"]]


def export_plover(store: Any, output: Path, include_flagged: bool = True, **_: Any) -> str:
    """All events (flagged ones carry negated/hypothetical = true), one JSON object a line."""
    tables = Tables.from_store(store)
    if not include_flagged:
        tables = tables.plain()
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with output.open("w", encoding="utf-8") as fh:
        for rec in plover_records(tables):
            fh.write(to_json_line(rec) + "\n")
            n += 1
    return f"{n} events"
