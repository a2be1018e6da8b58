"""GDELT 2.0 event and mentions tables (tab-separated, no header), from lagebild's events.

Mapping (docs/exports.md has the full table):
- GlobalEventID: a stable 60-bit number made from the event id; Day/MonthYear/Year/FractionDate
  from the event date;
- Actor1/Actor2: CAMEO codes from our actor codes ('USA/MIL' -> USAMIL, country USA, type MIL;
  'IGO:UN' -> IGOUNO, known group UNO, type IGO); names upper-cased;
- EventCode/EventBaseCode/EventRootCode from the CAMEO code the coder gave; QuadClass,
  GoldsteinScale, NumMentions/NumSources/NumArticles, AvgTone as stored;
- ActionGeo_* from the event's location (type 1 country, 3/4 city, 2/5 region; FIPS country
  codes as GDELT uses; ADM1 = FIPS + GeoNames admin1 code; FeatureID: the GeoNames id for cities,
  the FIPS code for countries). Actor1Geo/Actor2Geo stay empty (type 0): lagebild geolocates
  the action, not the actors;
- DATEADDED: when the first mention's document entered the store (else the export time);
  SOURCEURL: the first mention's document URL (else its source path).
Negated and hypothetical events are left out by default (GDELT has no field for them):
pass include_flagged=True to keep them.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from lagebild.export.common import (
    Tables,
    cameo_actor,
    day,
    is_missing,
    numeric_id,
    source_name,
)
from lagebild.export.gdelt_columns import (
    GDELT_EVENT_COLUMNS,
    GDELT_MENTION_COLUMNS,
    GEO_TYPE_COUNTRY,
    GEO_TYPE_US_CITY,
    GEO_TYPE_US_STATE,
    GEO_TYPE_WORLD_CITY,
    GEO_TYPE_WORLD_STATE,
)


def _fips(iso3: str | None) -> tuple[str, str]:
    """(FIPS 10-4 code, country name) for an ISO3 code, from the gazetteer's country table."""
    if not iso3:
        return "", ""
    from lagebild.enrich.gazetteer import get_gazetteer

    c = get_gazetteer().countries.get(iso3)
    return (c.fips, c.name) if c else ("", "")


def _stamp(x: Any) -> int | None:
    """YYYYMMDDHHMMSS as an integer."""
    if is_missing(x):
        return None
    if isinstance(x, str):
        try:
            x = datetime.fromisoformat(x)
        except ValueError:
            return None
    if not isinstance(x, datetime):
        d = day(x)
        if d is None:
            return None
        x = datetime(d.year, d.month, d.day)
    return int(x.strftime("%Y%m%d%H%M%S"))


def action_geo(row: dict[str, Any]) -> dict[str, Any]:
    """The eight ActionGeo_* columns for an event row (empty, type 0, without a location)."""
    out: dict[str, Any] = {
        "ActionGeo_Type": 0,
        "ActionGeo_FullName": "",
        "ActionGeo_CountryCode": "",
        "ActionGeo_ADM1Code": "",
        "ActionGeo_ADM2Code": "",
        "ActionGeo_Lat": None,
        "ActionGeo_Long": None,
        "ActionGeo_FeatureID": "",
    }
    precision = row.get("location_precision")
    country = row.get("location_country")
    country = None if is_missing(country) else country
    if is_missing(precision) and country is None:
        return out
    fips, cname = _fips(country)
    us = country == "USA"
    name = "" if is_missing(row.get("location_name")) else str(row["location_name"])
    adm1 = row.get("location_adm1")
    adm1 = "" if is_missing(adm1) else str(adm1)
    gid = row.get("geonames_id")
    if precision == "country" or is_missing(precision):
        out["ActionGeo_Type"] = GEO_TYPE_COUNTRY
        out["ActionGeo_FullName"] = cname or name
        out["ActionGeo_ADM1Code"] = fips
        out["ActionGeo_FeatureID"] = fips
    else:
        if precision in ("city", "point"):
            out["ActionGeo_Type"] = GEO_TYPE_US_CITY if us else GEO_TYPE_WORLD_CITY
        else:
            out["ActionGeo_Type"] = GEO_TYPE_US_STATE if us else GEO_TYPE_WORLD_STATE
        full = f"{name}, {cname}" if name and cname and not name.endswith(cname) else name
        out["ActionGeo_FullName"] = full or cname
        out["ActionGeo_ADM1Code"] = fips + adm1.split(".", 1)[1] if "." in adm1 else fips
        out["ActionGeo_FeatureID"] = "" if is_missing(gid) else str(int(gid))
    out["ActionGeo_CountryCode"] = fips
    for src, dst in (("lat", "ActionGeo_Lat"), ("lon", "ActionGeo_Long")):
        v = row.get(src)
        out[dst] = None if is_missing(v) else round(float(v), 4)
    return out


def _actor_cols(n: int, code: Any, name: Any) -> dict[str, Any]:
    a = cameo_actor(None if is_missing(code) else code)
    p = f"Actor{n}"
    cols = {c: "" for c, _ in GDELT_EVENT_COLUMNS if c.startswith(p) and "Geo" not in c}
    if a is None:
        return cols
    if is_missing(name) or not name:
        name = code
        if a.country and not a.type1:  # a bare country: its name
            from lagebild.enrich.gazetteer import get_gazetteer

            c = get_gazetteer().countries.get(a.country)
            name = c.name if c else code
    cols[f"{p}Code"] = a.code
    cols[f"{p}Name"] = str(name).upper()
    cols[f"{p}CountryCode"] = a.country
    cols[f"{p}KnownGroupCode"] = a.known_group
    cols[f"{p}Type1Code"] = a.type1
    return cols


def _empty_geo(prefix: str) -> dict[str, Any]:
    return {
        c: (0 if t == "INTEGER" else None if t == "FLOAT" else "")
        for c, t in GDELT_EVENT_COLUMNS
        if c.startswith(prefix + "_")
    }


def gdelt_events_frame(tables: Tables, dateadded: datetime | None = None) -> pd.DataFrame:
    """One GDELT 2.0 event row per lagebild event, with exactly GDELT_EVENT_COLUMNS."""
    now = dateadded or datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    rows = []
    for ev in tables.events.to_dict("records"):
        d = day(ev.get("date"))
        mentions = tables.mentions_of(ev.get("id"))
        doc = tables.document(ev.get("document_id"))
        cameo = "" if is_missing(ev.get("cameo")) else str(ev["cameo"])
        is_root = int(
            bool(mentions)
            and any(
                m.get("section") in ("title", "teaser") or (m.get("sentence_idx") or 0) <= 1
                for m in mentions
            )
        )
        url = doc.get("url") if not is_missing(doc.get("url")) else doc.get("source")
        row: dict[str, Any] = {
            "GlobalEventID": numeric_id(ev.get("id")),
            "Day": int(d.strftime("%Y%m%d")) if d else None,
            "MonthYear": int(d.strftime("%Y%m")) if d else None,
            "Year": d.year if d else None,
            "FractionDate": round(d.year + (d.timetuple().tm_yday - 1) / 365, 4) if d else None,
            **_actor_cols(1, ev.get("source"), ev.get("source_name")),
            **_actor_cols(2, ev.get("target"), ev.get("target_name")),
            "IsRootEvent": is_root,
            "EventCode": cameo,
            "EventBaseCode": cameo[:3],
            "EventRootCode": cameo[:2],
            "QuadClass": None if is_missing(ev.get("quad_class")) else int(ev["quad_class"]),
            "GoldsteinScale": None if is_missing(ev.get("goldstein")) else float(ev["goldstein"]),
            "NumMentions": int(ev.get("num_mentions") or max(len(mentions), 1)),
            "NumSources": int(ev.get("num_sources") or 1),
            "NumArticles": int(ev.get("num_articles") or 1),
            "AvgTone": None if is_missing(ev.get("tone")) else round(float(ev["tone"]), 4),
            **_empty_geo("Actor1Geo"),
            **_empty_geo("Actor2Geo"),
            **action_geo(ev),
            "DATEADDED": _stamp(doc.get("added_at")) or _stamp(now),
            "SOURCEURL": "" if is_missing(url) else str(url),
        }
        rows.append(row)
    names = [c for c, _ in GDELT_EVENT_COLUMNS]
    return _typed(pd.DataFrame(rows, columns=names), GDELT_EVENT_COLUMNS)


def gdelt_mentions_frame(tables: Tables, dateadded: datetime | None = None) -> pd.DataFrame:
    """One GDELT 2.0 mentions row per mention of the given events."""
    now = dateadded or datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    rows = []
    for ev in tables.events.to_dict("records"):
        d = day(ev.get("date"))
        event_time = int(d.strftime("%Y%m%d") + "000000") if d else None
        for m in tables.mentions_of(ev.get("id")):
            doc = tables.document(m.get("document_id"))
            url = doc.get("url") if not is_missing(doc.get("url")) else m.get("url")
            src = doc.get("source") if doc else m.get("document_source")
            text = "\n\n".join(
                str(doc.get(k)) for k in ("title", "teaser", "text") if not is_missing(doc.get(k))
            )
            conf = m.get("confidence")
            start = m.get("start")
            rows.append(
                {
                    "GlobalEventID": numeric_id(ev.get("id")),
                    "EventTimeDate": event_time,
                    "MentionTimeDate": _stamp(doc.get("added_at"))
                    or _stamp(doc.get("date"))
                    or _stamp(now),
                    "MentionType": 1 if isinstance(url, str) and "://" in url else 2,
                    "MentionSourceName": source_name(url, doc.get("source_key") or src),
                    "MentionIdentifier": str(url if isinstance(url, str) and url else src or ""),
                    "SentenceID": int(m.get("sentence_idx") or 0) + 1,
                    "Actor1CharOffset": -1,
                    "Actor2CharOffset": -1,
                    "ActionCharOffset": _doc_offset(doc, m.get("section"), start),
                    "InRawText": 1,
                    "Confidence": int(round(100 * float(conf))) if not is_missing(conf) else 100,
                    "MentionDocLen": len(text),
                    "MentionDocTone": None if is_missing(doc.get("tone")) else float(doc["tone"]),
                    "MentionDocTranslationInfo": "",
                    "Extras": "",
                }
            )
    names = [c for c, _ in GDELT_MENTION_COLUMNS]
    return _typed(pd.DataFrame(rows, columns=names), GDELT_MENTION_COLUMNS)


def _doc_offset(doc: dict[str, Any], section: Any, start: Any) -> int:
    """A section offset as an offset into the whole document text (title, teaser and body
    joined by blank lines, as the document's content hash sees it); -1 when unknown."""
    if is_missing(start):
        return -1
    offset = 0
    for sec in ("title", "teaser", "body"):
        if sec == section:
            return offset + int(start)
        part = doc.get("text" if sec == "body" else sec)
        if not is_missing(part) and part:
            offset += len(str(part)) + 2
    return int(start)


def _typed(df: pd.DataFrame, columns: list[tuple[str, str]]) -> pd.DataFrame:
    for name, kind in columns:
        if kind == "INTEGER":
            df[name] = pd.array(df[name].tolist(), dtype="Int64")
        elif kind == "FLOAT":
            df[name] = pd.to_numeric(df[name], errors="coerce").astype("float64")
        else:
            df[name] = df[name].fillna("").astype(str)
    return df


def write_tsv(df: pd.DataFrame, output: Path) -> int:
    """Tab-separated, no header, empty fields for missing values (GDELT's file format)."""
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    clean = df.copy()
    for c in clean.columns:
        clean[c] = clean[c].astype(object).where(clean[c].notna(), "")
        clean[c] = clean[c].map(lambda v: str(v).replace("\t", " ").replace("\n", " "))
    clean.to_csv(
        output, sep="\t", header=False, index=False, quoting=csv.QUOTE_NONE, escapechar="\\"
    )
    return len(df)


def export_gdelt(store: Any, output: Path, include_flagged: bool = False, **_: Any) -> str:
    tables = Tables.from_store(store)
    if not include_flagged:
        tables = tables.plain()
    n = write_tsv(gdelt_events_frame(tables), output)
    return f"{n} events"


def export_gdelt_mentions(store: Any, output: Path, include_flagged: bool = False, **_: Any) -> str:
    tables = Tables.from_store(store)
    if not include_flagged:
        tables = tables.plain()
    n = write_tsv(gdelt_mentions_frame(tables), output)
    return f"{n} mentions"


def read_gdelt_events(path: Path) -> pd.DataFrame:
    """Read a GDELT 2.0 event file with the published column names and types."""
    return _read(path, GDELT_EVENT_COLUMNS)


def read_gdelt_mentions(path: Path) -> pd.DataFrame:
    return _read(path, GDELT_MENTION_COLUMNS)


def _read(path: Path, columns: list[tuple[str, str]]) -> pd.DataFrame:
    dtypes = {"INTEGER": "Int64", "FLOAT": "float64", "STRING": "string"}
    return pd.read_csv(
        path,
        sep="\t",
        header=None,
        names=[c for c, _ in columns],
        dtype={c: dtypes[t] for c, t in columns},
        quoting=csv.QUOTE_NONE,
        keep_default_na=False,
        na_values={c: [""] for c, t in columns if t != "STRING"},
    )
