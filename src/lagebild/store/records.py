"""Store DataFrames → JSON-ready records in the CONVENTIONS.md shapes (used by the CLI, the API
and the REST server)."""

from __future__ import annotations

import json
import math
from datetime import date, datetime
from typing import Any

import numpy as np
import pandas as pd

LOCATION_FIELDS = {
    "location_name": "name",
    "location_country": "country",
    "location_adm1": "adm1",
    "geonames_id": "geonames_id",
    "lat": "lat",
    "lon": "lon",
    "location_precision": "precision",
}

DATE_FIELDS = {"date", "last_date"}


def plain(value: Any, as_date: bool = False) -> Any:
    """A JSON-safe Python value: NaN/NA → None, numpy → Python, timestamps → ISO strings."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (pd.Timestamp, datetime)):
        if pd.isna(value):
            return None
        return value.date().isoformat() if as_date else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, np.ndarray):
        return [plain(v) for v in value.tolist()]
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, np.generic):
        value = value.item()
        if isinstance(value, float) and math.isnan(value):
            return None
        return value
    return value


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    out = []
    cols = list(df.columns)
    for row in df.itertuples(index=False, name=None):
        out.append({c: plain(v, as_date=c in DATE_FIELDS) for c, v in zip(cols, row, strict=True)})
    return out


def event_records(df: pd.DataFrame, internal: bool = False) -> list[dict[str, Any]]:
    """Events in the `lagebild events --format jsonl` shape: the location as an object."""
    out = []
    for rec in records(df):
        loc = {short: rec.pop(col, None) for col, short in LOCATION_FIELDS.items()}
        if not internal:
            for col in ("merge_key", "first_mention_id"):
                rec.pop(col, None)
        ordered: dict[str, Any] = {}
        for key, value in rec.items():
            ordered[key] = value
            if key == "quad_class":
                ordered["location"] = loc
        ordered.setdefault("location", loc)
        out.append(ordered)
    return out


def document_records(df: pd.DataFrame, internal: bool = False) -> list[dict[str, Any]]:
    out = []
    for rec in records(df):
        meta = rec.pop("meta", None)
        if internal and meta:
            rec["meta"] = json.loads(meta)
        if not internal:
            for col in ("source_key", "added_at", "updated_at", "boilerplate"):
                rec.pop(col, None)
        for col in ("credits", "captions", "boilerplate"):
            if col in rec and rec[col] is None:
                rec[col] = []
        out.append(rec)
    return out


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, default=str)
