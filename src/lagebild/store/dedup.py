"""De-duplication: near-duplicate articles → stories; event mentions → events.

Stories. Each document's body is shingled into word 3-grams and summarised by a MinHash
(datasketch, 128 permutations). The signature is cut into LSH bands (datasketch's optimal
band/row split for the Jaccard threshold); band keys are kept in the store (`minhash_bands`), so
that candidates are found with one indexed query instead of an in-memory index. A candidate joins
the story when its estimated Jaccard similarity reaches the threshold (0.7). The best match
wins (ties: the smaller story id); a document that matches nothing starts a story named by its
own id. Exact copies (same content hash) always share a story.

Events. Mentions with the same merge key (type, source and target codes, location country, flags;
see `rows.merge_key`) are sorted by (date, document id, mention index) and chained: a mention
joins the current event while its date lies within `window_days` of the event's first date,
else it starts a new event. The event id is a hash of the key and the event's first date, so
re-merging the same mentions gives the same events. Counts follow GDELT: num_mentions (all
mentions), num_sources (distinct source keys: URL host, else path), num_articles (distinct
documents).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import date as Date
from functools import lru_cache
from typing import Any

import numpy as np
from datasketch import LeanMinHash, MinHash
from datasketch.lsh import _optimal_param

NUM_PERM = 128
THRESHOLD = 0.7
SHINGLE = 3
SEED = 1

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = SHINGLE) -> set[str]:
    words = _WORD.findall(text.casefold())
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def minhash(text: str, num_perm: int = NUM_PERM) -> LeanMinHash | None:
    grams = shingles(text)
    if not grams:
        return None
    m = MinHash(num_perm=num_perm, seed=SEED)
    m.update_batch([g.encode("utf-8") for g in grams])
    return LeanMinHash(m)


@lru_cache(maxsize=16)
def band_params(threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows) minimising false positives + negatives, as datasketch's MinHashLSH does."""
    return _optimal_param(threshold, num_perm, 0.5, 0.5)


def band_keys(m: LeanMinHash, threshold: float = THRESHOLD) -> list[tuple[int, int]]:
    bands, rows = band_params(threshold, len(m.hashvalues))
    keys = []
    for b in range(bands):
        chunk = np.asarray(m.hashvalues[b * rows : (b + 1) * rows], dtype="<u8").tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        keys.append((b, int.from_bytes(digest, "little", signed=True)))
    return keys


def to_bytes(m: LeanMinHash) -> bytes:
    buf = bytearray(m.bytesize())
    m.serialize(buf)
    return bytes(buf)


def from_bytes(blob: bytes) -> LeanMinHash:
    return LeanMinHash.deserialize(bytearray(blob))


def best_story(
    m: LeanMinHash, candidates: Iterable[tuple[str, bytes]], threshold: float = THRESHOLD
) -> tuple[str | None, float]:
    """Pick the story of the most similar candidate (story_id, signature) above threshold."""
    best: tuple[float, str] | None = None
    for story_id, blob in candidates:
        sim = m.jaccard(from_bytes(blob))
        if sim < threshold:
            continue
        if best is None or sim > best[0] or (sim == best[0] and story_id < best[1]):
            best = (sim, story_id)
    return (best[1], best[0]) if best else (None, 0.0)


# --- events ---------------------------------------------------------------------------------

WINDOW_DAYS = 1


def _sort_key(m: dict[str, Any]) -> tuple:
    d = m.get("date")
    return (d is None, d or Date.min, m["document_id"], m["idx"])


def _event_id(key: str, first_date: Date | None) -> str:
    return hashlib.sha1(f"{key}|{first_date}".encode()).hexdigest()[:16]


def _first(values: Iterable[Any]) -> Any:
    for v in values:
        if v is not None and v == v:  # skip None and NaN
            return v
    return None


_PRECISION = {"point": 4, "city": 3, "region": 2, "country": 1, None: 0}


def merge_mentions(
    mentions: list[dict[str, Any]], window_days: int = WINDOW_DAYS
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Group mention rows (each with the columns of event_mentions plus `source_key`) into event
    rows. Returns (events, {mention_id: event_id})."""
    by_key: dict[str, list[dict[str, Any]]] = {}
    for m in mentions:
        by_key.setdefault(m["merge_key"], []).append(m)
    events: list[dict[str, Any]] = []
    assignment: dict[str, str] = {}
    for key in sorted(by_key):
        groups: list[list[dict[str, Any]]] = []
        for m in sorted(by_key[key], key=_sort_key):
            if groups:
                first = groups[-1][0].get("date")
                d = m.get("date")
                same = (d is None and first is None) or (
                    d is not None and first is not None and (d - first).days <= window_days
                )
                if same:
                    groups[-1].append(m)
                    continue
            groups.append([m])
        for group in groups:
            event = _event_row(key, group)
            events.append(event)
            for m in group:
                assignment[m["id"]] = event["id"]
    return events, assignment


def _event_row(key: str, group: list[dict[str, Any]]) -> dict[str, Any]:
    first = group[0]
    dates = [m["date"] for m in group if m.get("date") is not None]
    located = sorted(
        (m for m in group if m.get("location_country") or m.get("location_name")),
        key=lambda m: -_PRECISION.get(m.get("location_precision"), 0),
    )
    loc = located[0] if located else {}
    tones = [m["tone"] for m in group if m.get("tone") is not None and m["tone"] == m["tone"]]
    confs = [m["confidence"] for m in group if m.get("confidence") is not None]
    return {
        "id": _event_id(key, first.get("date")),
        "merge_key": key,
        "date": first.get("date"),
        "last_date": max(dates) if dates else None,
        "type": first["type"],
        "mode": _first(m.get("mode") for m in group),
        "source": first.get("source"),
        "target": first.get("target"),
        "symmetric": bool(first.get("symmetric")),
        "negated": bool(first.get("negated")),
        "hypothetical": bool(first.get("hypothetical")),
        "cameo": _first(m.get("cameo") for m in group),
        "goldstein": _first(m.get("goldstein") for m in group),
        "quad_class": _first(m.get("quad_class") for m in group),
        "location_name": loc.get("location_name"),
        "location_country": loc.get("location_country"),
        "location_adm1": loc.get("location_adm1"),
        "geonames_id": loc.get("geonames_id"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "location_precision": loc.get("location_precision"),
        "tone": round(sum(tones) / len(tones), 4) if tones else None,
        "num_mentions": len(group),
        "num_sources": len({m["source_key"] for m in group}),
        "num_articles": len({m["document_id"] for m in group}),
        "document_id": first["document_id"],
        "sentence": first.get("sentence"),
        "first_mention_id": first["id"],
        "confidence": max(confs) if confs else None,
        "source_name": _first(m.get("source_name") for m in group),
        "target_name": _first(m.get("target_name") for m in group),
    }
