"""What every exporter needs: the store's tables as DataFrames, actor and id conversions."""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime
from typing import Any
from urllib.parse import urlparse

import pandas as pd

# lagebild IGO/NGO names -> CAMEO known-group codes (CAMEO actor codebook; the aliases the
# project's event scorer accepts). Groups not listed use the first three letters of the name.
KNOWN_GROUPS = {
    "UN": "UNO",
    "EU": "EEC",
    "NATO": "NAT",
    "WB": "WBK",
    "IMF": "IMF",
    "AU": "AFR",
    "ARABLEAGUE": "ARL",
    "ASEAN": "ASN",
    "IAEA": "IAE",
    "ICC": "ICC",
    "ICJ": "ICJ",
    "WHO": "WHO",
    "WFP": "WFP",
    "OSCE": "OSC",
    "OPEC": "OPC",
    "GCC": "GCC",
    "OAS": "OAS",
    "AMNESTY": "AMN",
    "HRW": "HRW",
    "ICRC": "IRC",
    "MSF": "MSF",
}


@dataclass(frozen=True)
class CameoActor:
    code: str  # e.g. USAMIL, IGOUNO
    country: str  # ISO3 / CAMEO country, '' for IGOs/NGOs
    known_group: str
    type1: str


def cameo_actor(code: str | None) -> CameoActor | None:
    """A CONVENTIONS.md actor code as CAMEO: 'USA/MIL' -> USAMIL; 'IGO:UN' -> IGOUNO."""
    if not code or not isinstance(code, str):
        return None
    if code.startswith(("IGO:", "NGO:")):
        kind, name = code.split(":", 1)
        group = KNOWN_GROUPS.get(name.upper(), name.upper()[:3])
        return CameoActor(code=kind + group, country="", known_group=group, type1=kind)
    country, _, sector = code.partition("/")
    return CameoActor(code=country + sector, country=country, known_group="", type1=sector)


def numeric_id(event_id: Any) -> int:
    """A stable positive 60-bit integer for an event id (GDELT's GlobalEventID is numeric)."""
    s = str(event_id)
    try:
        return int(s[:15], 16)
    except ValueError:
        return int(hashlib.sha1(s.encode()).hexdigest()[:15], 16)


def is_missing(x: Any) -> bool:
    if x is None:
        return True
    if isinstance(x, float) and math.isnan(x):
        return True
    try:
        return bool(pd.isna(x)) if not isinstance(x, list | dict | tuple) else False
    except (TypeError, ValueError):
        return False


def clean(x: Any) -> Any:
    """NaN/NaT/NA -> None, numpy scalars -> Python, dates -> ISO strings (for JSON)."""
    if isinstance(x, list | tuple):
        return [clean(v) for v in x]
    if hasattr(x, "tolist") and not isinstance(x, str):
        return clean(x.tolist())
    if is_missing(x):
        return None
    if isinstance(x, datetime | Date):
        return x.isoformat()
    if hasattr(x, "item"):
        return x.item()
    return x


def day(x: Any) -> Date | None:
    """A date from a date, datetime, pandas Timestamp or ISO string; None when missing."""
    if is_missing(x):
        return None
    if isinstance(x, datetime):
        return x.date()
    if isinstance(x, Date):
        return x
    try:
        return Date.fromisoformat(str(x)[:10])
    except ValueError:
        return None


def source_name(url: Any, fallback: Any = None) -> str:
    """A mention's source: the URL's host without 'www.', else the given fallback."""
    if isinstance(url, str) and "://" in url:
        host = urlparse(url).netloc.lower()
        return host.removeprefix("www.")
    return "" if is_missing(fallback) else str(fallback)


def flagged(row: Any) -> bool:
    return bool(row.get("negated")) or bool(row.get("hypothetical"))


class Tables:
    """The events, their mentions and the documents, loaded once from a store."""

    def __init__(
        self,
        events: pd.DataFrame,
        mentions: pd.DataFrame | None = None,
        documents: pd.DataFrame | None = None,
    ):
        self.events = events.reset_index(drop=True)
        self.mentions = mentions if mentions is not None else pd.DataFrame()
        self.documents = documents if documents is not None else pd.DataFrame()
        self._docs = (
            {r["id"]: r for r in self.documents.to_dict("records")} if len(self.documents) else {}
        )

    @classmethod
    def from_store(cls, store: Any) -> Tables:
        return cls(store.events(), store.event_mentions(), store.documents())

    def document(self, doc_id: Any) -> dict[str, Any]:
        return self._docs.get(doc_id, {})

    def plain(self) -> Tables:
        """Only events that are neither negated nor hypothetical."""
        ev = self.events
        if len(ev):
            neg = ev["negated"].fillna(False).astype(bool)
            hyp = ev["hypothetical"].fillna(False).astype(bool)
            keep = ~(neg | hyp)
            ev = ev[keep]
        return Tables(ev, self.mentions, self.documents)

    def mentions_of(self, event_id: Any) -> list[dict[str, Any]]:
        if not len(self.mentions):
            return []
        if not hasattr(self, "_by_event"):
            self._by_event: dict[Any, list[dict[str, Any]]] = {}
            for r in self.mentions.to_dict("records"):
                self._by_event.setdefault(r.get("event_id"), []).append(r)
        return self._by_event.get(event_id, [])


def to_json_line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)
