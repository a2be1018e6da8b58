"""Read queries for the API: SQL over the store's tables, run on a per-request cursor.

DuckDB: the server process owns the file (see `app.py`): the store's own connection is used
only by the ingest worker thread, and every request reads through its own cursor of the same
database instance, so readers see the last committed state while an ingest is writing.
PostgreSQL: every request reads through its own pooled connection, in a read-only snapshot.

The SQL is written once for both engines (`strpos`, `right`, `array` parameters as
`CAST(? AS VARCHAR[])`); where the engines differ (building a JSON array, paging the events,
a cheap "any value" aggregate, the country part of a code) small helpers ask `self.dialect`:
on DuckDB they keep the spellings measured fastest on a million events (docs/serve.md).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import datetime
from decimal import Decimal
from typing import Any

from lagebild.models import PLOVER_TYPES
from lagebild.store.columns import EVENT_COLUMNS
from lagebild.store.where import Where

# sort keys the events endpoint accepts ("-" prefix: descending)
EVENT_SORTS = {
    "date": "date",
    "type": "type",
    "source": "source",
    "target": "target",
    "goldstein": "goldstein",
    "quad_class": "quad_class",
    "num_mentions": "num_mentions",
    "num_articles": "num_articles",
    "num_sources": "num_sources",
    "confidence": "confidence",
    "tone": "tone",
}

# the contract's event columns (STORE_API.md): one list for store, API and exports
DOCUMENT_LIST_COLUMNS = ("id", "date", "title", "teaser", "source", "url", "language", "format")


def jsonable(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    return value


def fetch(cur: Any, sql: str, params: list | None = None) -> list[dict]:
    cur.execute(sql, params or [])
    names = [d[0] for d in cur.description]
    return [{n: jsonable(v) for n, v in zip(names, row, strict=True)} for row in cur.fetchall()]


def like_escape(text: str) -> str:
    """Escape LIKE's wildcards so that user text matches literally."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def fetch_json(cur: Any, sql: str, params: list, order: str, dialect: str = "duckdb") -> str:
    """The rows of `sql` as a JSON array of objects, built by the database (fast for big
    results). `order` orders the rows, in terms of the query's column names prefixed with
    `x.`."""
    if dialect == "postgres":
        agg = f"coalesce(CAST(json_agg(x ORDER BY {order}) AS TEXT), '[]')"
    else:
        agg = f"coalesce(CAST(to_json(list(x ORDER BY {order})) AS VARCHAR), '[]')"
    cur.execute(f"SELECT {agg} FROM ({sql}) x", params)
    return cur.fetchone()[0]


@dataclass
class EventFilter:
    """The filters every event-based endpoint shares (validated by the API layer)."""

    actor: list[str] = field(default_factory=list)
    country: list[str] = field(default_factory=list)
    sector: list[str] = field(default_factory=list)
    type: list[str] = field(default_factory=list)
    quad_class: list[int] = field(default_factory=list)
    since: Date | None = None
    until: Date | None = None
    place: str | None = None
    q: str | None = None
    flagged: str = "include"  # include | exclude | only ("" is include)
    min_confidence: float | None = None

    def where(self) -> tuple[str, list]:
        w = Where()
        if self.actor:
            marks = ",".join("?" * len(self.actor))
            w.add(f"(source IN ({marks}) OR target IN ({marks}))", *self.actor, *self.actor)
        if self.country:  # codes are CCC or CCC/SEC: a prefix test is exact
            either = " OR ".join(
                ["starts_with(source, ?) OR starts_with(target, ?)"] * len(self.country)
            )
            w.add(f"({either})", *[c for c in self.country for _ in (0, 1)])
        if self.sector:
            either = " OR ".join(
                ["right(source, ?) = ? OR right(target, ?) = ?"] * len(self.sector)
            )
            w.add(f"({either})", *[x for s in self.sector for x in (len(s) + 1, "/" + s) * 2])
        if self.type:
            w.add(f"type IN ({','.join('?' * len(self.type))})", *self.type)
        if self.quad_class:
            w.add(f"quad_class IN ({','.join('?' * len(self.quad_class))})", *self.quad_class)
        w.when(self.since, "date >= ?", self.since)
        w.when(self.until, "date <= ?", self.until)
        if self.place:  # equality only: fast on a million rows (the map passes exact names)
            w.add(
                "(location_name = ? OR location_country = ? OR location_adm1 = ?)",
                self.place,
                self.place.upper(),
                self.place,
            )
        if self.q:  # case-insensitive substring of the (first mention's) sentence
            w.add("sentence ILIKE ? ESCAPE '\\'", "%" + like_escape(self.q) + "%")
        if self.flagged == "exclude":
            w.add("NOT coalesce(negated, false) AND NOT coalesce(hypothetical, false)")
        elif self.flagged == "only":
            w.add("(coalesce(negated, false) OR coalesce(hypothetical, false))")
        if self.min_confidence is not None:
            w.add("confidence >= ?", self.min_confidence)
        return w.sql, w.params


class Queries:
    """All the read queries; `cur` is a cursor owned by the calling request."""

    def __init__(
        self,
        cur: Any,
        memo: dict[str, Any] | None = None,
        generation: int | None = None,
        dialect: str = "duckdb",
    ):
        """memo: a dict shared across requests for answers that only change when the store
        does (actor names, table columns), valid while `generation` stays the same. Entries are
        replaced, never cleared, so concurrent requests never see a half-emptied one.
        dialect: the store's backend ("duckdb" or "postgres")."""
        self.cur = cur
        self.dialect = dialect
        memo = memo if memo is not None else {}
        entry = memo.get("entry")
        if generation is None or entry is None or entry["generation"] != generation:
            entry = {"generation": generation, "columns": {}}
            memo["entry"] = entry
        self.memo = entry
        self._columns: dict[str, list[str]] = self.memo.setdefault("columns", {})

    def columns(self, table: str) -> list[str]:
        if table not in self._columns:
            rows = self.cur.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                " AND table_schema = current_schema() ORDER BY ordinal_position",
                [table],
            ).fetchall()
            self._columns[table] = [r[0] for r in rows]
        return self._columns[table]

    def _event_select(self) -> str:
        have = set(self.columns("events"))
        return ", ".join(f'"{c}"' for c in EVENT_COLUMNS if c in have)

    def _any(self, expr: str) -> str:
        """Any value of the group (all rows of a group agree in practice). DuckDB's any_value
        is twice as fast as min over strings; PostgreSQL 15 has no any_value."""
        return f"any_value({expr})" if self.dialect == "duckdb" else f"min({expr})"

    def _country_part(self, expr: str) -> str:
        """CCC of CCC/SEC (IGO:X and NGO:X have no slash and stay). DuckDB: regexp_extract is
        faster there than split_part."""
        if self.dialect == "duckdb":
            return f"regexp_extract({expr}, '^[^/]+')"
        return f"split_part({expr}, '/', 1)"

    def _round2(self, expr: str) -> str:
        """round(expr, 2) for a DOUBLE (PostgreSQL rounds NUMERIC only)."""
        if self.dialect == "postgres":
            return f"round(CAST({expr} AS NUMERIC), 2)"
        return f"round({expr}, 2)"

    # events -----------------------------------------------------------------------------
    def events(
        self, f: EventFilter, sort: str = "-date", limit: int = 50, offset: int = 0
    ) -> dict[str, Any]:
        where, params = f.where()
        total = self.cur.execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0]
        key = sort.lstrip("-")
        direction = "DESC" if sort.startswith("-") else "ASC"
        if self.dialect != "duckdb":  # ties in the sort key: by id
            order = f'"{EVENT_SORTS[key]}" {direction} NULLS LAST, id'
            items = fetch(
                self.cur,
                f"SELECT {self._event_select()} FROM events{where} ORDER BY {order}"
                " LIMIT ? OFFSET ?",
                params + [limit, offset],
            )
            return {"total": total, "limit": limit, "offset": offset, "sort": sort, "items": items}
        # DuckDB, late materialisation: sort and page on (key, rowid), then read the page's
        # rows only (one read transaction per request: the rowids are stable). Ties in the key
        # come in storage order (a tie-break on id costs 6x on a million events)
        order = f'"{EVENT_SORTS[key]}" {direction} NULLS LAST, rowid'
        rowids = [
            r[0]
            for r in self.cur.execute(
                f"SELECT rowid FROM events{where} ORDER BY {order} LIMIT ? OFFSET ?",
                params + [limit, offset],
            ).fetchall()
        ]
        items = []
        if rowids:
            rows = fetch(
                self.cur,
                f"SELECT rowid AS _rowid, {self._event_select()} FROM events WHERE rowid = ANY(?)",
                [rowids],
            )
            pos = {r: i for i, r in enumerate(rowids)}
            items = sorted(rows, key=lambda row: pos[row["_rowid"]])
            for row in items:
                row.pop("_rowid")
        return {"total": total, "limit": limit, "offset": offset, "sort": sort, "items": items}

    def event(self, event_id: str) -> dict[str, Any] | None:
        rows = fetch(
            self.cur, f"SELECT {self._event_select()} FROM events WHERE id = ?", [event_id]
        )
        if not rows:
            return None
        event = rows[0]
        mention_cols = set(self.columns("event_mentions"))
        wanted = [
            c
            for c in (
                "id",
                "document_id",
                "sentence_idx",
                "section",
                "start",
                "end",
                "sentence",
                "type",
                "source",
                "target",
                "negated",
                "hypothetical",
                "confidence",
                "reported_by",
                "evidence",
            )
            if c in mention_cols
        ]
        select = ", ".join(f'"{c}"' for c in wanted)
        mentions = fetch(
            self.cur,
            f"SELECT {select} FROM event_mentions WHERE event_id = ?"
            " ORDER BY document_id, idx LIMIT 200",
            [event_id],
        )
        doc_ids = sorted({m["document_id"] for m in mentions})
        docs = {
            d["id"]: d
            for d in fetch(
                self.cur,
                "SELECT id, title, url, source, date FROM documents"
                " WHERE id = ANY(CAST(? AS VARCHAR[]))",
                [doc_ids],
            )
        }
        sents = {
            (r["document_id"], r["idx"]): r
            for r in fetch(
                self.cur,
                'SELECT document_id, idx, "start", text FROM sentences'
                " WHERE document_id = ANY(CAST(? AS VARCHAR[]))",
                [doc_ids],
            )
        }
        for m in mentions:
            d = docs.get(m["document_id"], {})
            m["document_title"] = d.get("title")
            m["document_url"] = d.get("url")
            m["document_source"] = d.get("source")
            m["document_date"] = d.get("date")
            s = sents.get((m["document_id"], m.get("sentence_idx")), {})
            m["sentence_start"] = s.get("start")
            if m.get("sentence") is None:
                m["sentence"] = s.get("text")
            m["entities"] = self._sentence_entities(m["document_id"], m.get("sentence_idx"))
        mentions.sort(
            key=lambda m: (
                m["document_date"] or "9999",
                m["document_id"],
                m.get("sentence_idx") or 0,
            )
        )
        event["mentions"] = mentions
        return event

    def _entity_select(self, alias: str = "") -> str:
        have = self.columns("entity_mentions")
        p = f"{alias}." if alias else ""
        out = []
        for c in ("sentence_idx", "section", "start", "end", "text", "label"):
            if c in have:
                out.append(f'{p}"{c}"')
        code = next((c for c in ("actor_code", "actor", "code") if c in have), None)
        name = next((c for c in ("actor_name", "name") if c in have), None)
        out.append(f'{p}"{code}" AS actor_code' if code else "NULL AS actor_code")
        out.append(f'{p}"{name}" AS actor_name' if name else "NULL AS actor_name")
        return ", ".join(out)

    def _sentence_entities(self, document_id: str, sentence_idx: int | None) -> list[dict]:
        if sentence_idx is None:
            return []
        return fetch(
            self.cur,
            f"SELECT {self._entity_select()} FROM entity_mentions"
            " WHERE document_id = ? AND sentence_idx = ? ORDER BY start",
            [document_id, sentence_idx],
        )

    # aggregates -------------------------------------------------------------------------
    def actors(
        self, f: EventFilter, search: str | None = None, limit: int = 100, offset: int = 0
    ) -> dict[str, Any]:
        where, params = f.where()
        named, match, mparams = "g", "", []
        if search:  # match code or canonical name: names are only joined in when searched
            named = (
                "(SELECT g.*, n.name FROM g LEFT JOIN ("
                " SELECT code, max(name) AS name FROM ("
                "  SELECT source AS code, source_name AS name FROM events"
                "  UNION ALL SELECT target, target_name FROM events) u GROUP BY code"
                ") n USING (code))"
            )
            match = (
                " WHERE strpos(lower(code), lower(?)) > 0"
                " OR strpos(lower(coalesce(name, '')), lower(?)) > 0"
            )
            mparams = [search, search]
        sql = f"""
            WITH f AS (SELECT source, target FROM events{where}),
            s AS (SELECT source AS code, count(*) AS n FROM f WHERE source IS NOT NULL GROUP BY 1),
            t AS (SELECT target AS code, count(*) AS n FROM f WHERE target IS NOT NULL GROUP BY 1),
            g AS (
              SELECT coalesce(s.code, t.code) AS code, coalesce(s.n, 0) AS as_source,
                     coalesce(t.n, 0) AS as_target, coalesce(s.n, 0) + coalesce(t.n, 0) AS total
              FROM s FULL JOIN t ON s.code = t.code
            )
            SELECT code, as_source, as_target, total, count(*) OVER () AS _n
            FROM {named} x{match}
            ORDER BY total DESC, code LIMIT ? OFFSET ?"""
        rows = fetch(self.cur, sql, params + mparams + [limit, offset])
        total = rows[0]["_n"] if rows else 0
        names = self._names([r["code"] for r in rows])
        for r in rows:
            r.pop("_n", None)
            r["name"] = names.get(r["code"])
            r["country"], r["sector"] = split_code(r["code"])
        return {"total": total, "limit": limit, "offset": offset, "items": rows}

    def _names(self, codes: list[str]) -> dict[str, str]:
        """Canonical names of actor codes (from the events that carry them)."""
        if not codes:
            return {}
        if "names" not in self.memo:
            self.memo["names"] = dict(
                self.cur.execute(
                    f"""SELECT code, max(name) FROM (
                         SELECT source AS code, {self._any("source_name")} AS name
                         FROM events GROUP BY 1
                         UNION ALL
                         SELECT target, {self._any("target_name")} FROM events GROUP BY 1) u
                       WHERE name IS NOT NULL GROUP BY code"""
                ).fetchall()
            )
        names = self.memo["names"]
        return {c: names[c] for c in codes if c in names}

    def network(self, f: EventFilter, group: str = "code", max_edges: int = 200) -> dict[str, Any]:
        where, params = f.where()
        if group == "country":  # CCC/SEC -> CCC; IGO:X and NGO:X have no slash and stay
            src, tgt = self._country_part("source"), self._country_part("target")
        else:
            src, tgt = "source", "target"
        and_ = " AND " if where else " WHERE "
        edges = fetch(
            self.cur,
            f"""SELECT {src} AS source, {tgt} AS target, count(*) AS weight,
                       avg(goldstein) AS goldstein
                FROM events{where}{and_}source IS NOT NULL AND target IS NOT NULL
                GROUP BY 1, 2 ORDER BY weight DESC, 1, 2 LIMIT ?""",
            params + [max_edges],
        )
        top_type: dict[tuple[str, str], str] = {}
        if edges:  # the most frequent type of each edge (ties: first by name), shown edges only
            counts = self.cur.execute(
                f"""SELECT {src} AS s, {tgt} AS t, type, count(*) AS n
                    FROM events{where}{and_}({src}, {tgt}) IN (
                      SELECT unnest(CAST(? AS VARCHAR[])), unnest(CAST(? AS VARCHAR[])))
                    GROUP BY 1, 2, 3""",
                params + [[e["source"] for e in edges], [e["target"] for e in edges]],
            ).fetchall()
            best: dict[tuple[str, str], tuple[int, str]] = {}
            for a, b, t, n in counts:
                if t is not None and ((a, b) not in best or (-n, t) < best[(a, b)]):
                    best[(a, b)] = (-n, t)
            top_type = {pair: t for pair, (_, t) in best.items()}
        names = self._names([n for e in edges for n in (e["source"], e["target"])])
        nodes: dict[str, dict[str, Any]] = {}
        for e in edges:
            e["top_type"] = top_type.get((e["source"], e["target"]))
            if e["goldstein"] is not None:
                e["goldstein"] = round(e["goldstein"], 2)
            for side in ("source", "target"):
                code = e[side]
                node = nodes.setdefault(
                    code,
                    {"id": code, "name": names.get(code), "weight": 0, "out": 0, "in": 0},
                )
                node["weight"] += e["weight"]
                node["out" if side == "source" else "in"] += e["weight"]
                node["country"], node["sector"] = split_code(code)
        return {"group": group, "nodes": list(nodes.values()), "edges": edges}

    def timeline(self, f: EventFilter, by: str = "type", interval: str = "day") -> str:
        """The timeline as a JSON document (rows built by DuckDB: there can be many)."""
        where, params = f.where()
        if interval == "auto":
            span = self.cur.execute(
                f"SELECT min(date), max(date) FROM events{where}", params
            ).fetchone()
            days = (span[1] - span[0]).days if span and span[0] and span[1] else 0
            interval = "day" if days <= 180 else "week" if days <= 3 * 365 else "month"
        bucket = "date" if interval == "day" else f"date_trunc('{interval}', date)::DATE"
        key = "type" if by == "type" else "quad_class"
        and_ = " AND " if where else " WHERE "
        rows = fetch_json(
            self.cur,
            f"""SELECT {bucket} AS date, {key} AS key, count(*) AS n
                FROM events{where}{and_}date IS NOT NULL
                GROUP BY 1, 2""",
            params,
            order="x.date, x.key",
            dialect=self.dialect,
        )
        return f'{{"by": "{by}", "interval": "{interval}", "rows": {rows}}}'

    def map_points(self, f: EventFilter, limit: int = 2000) -> str:
        """Map points as a JSON document (built by DuckDB)."""
        where, params = f.where()
        and_ = " AND " if where else " WHERE "
        rows = fetch_json(
            self.cur,
            f"""SELECT lat, lon, {self._any("location_name")} AS name,
                       {self._any("location_country")} AS country,
                       {self._any("location_precision")} AS precision, count(*) AS n,
                       {self._round2("avg(goldstein)")} AS goldstein
                FROM events{where}{and_}lat BETWEEN -90 AND 90 AND lon BETWEEN -180 AND 180
                GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT ?""",
            params + [limit],
            order="x.n DESC, x.lat, x.lon",
            dialect=self.dialect,
        )
        return f'{{"points": {rows}}}'

    # documents --------------------------------------------------------------------------
    def documents(
        self,
        q: str | None = None,
        since: Date | None = None,
        until: Date | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> dict[str, Any]:
        w = Where()
        w.when(
            q,
            "(strpos(lower(coalesce(title, '')), lower(?)) > 0"
            " OR strpos(lower(coalesce(text, '')), lower(?)) > 0)",
            q,
            q,
        )
        w.when(since, "date >= ?", since)
        w.when(until, "date <= ?", until)
        where, params = w.sql, w.params
        have = set(self.columns("documents"))
        cols = ", ".join(f'd."{c}"' for c in DOCUMENT_LIST_COLUMNS if c in have)
        total = self.cur.execute(f"SELECT count(*) FROM documents{where}", params).fetchone()[0]
        items = fetch(
            self.cur,
            f"""SELECT {cols} FROM documents d{where}
                ORDER BY d.date DESC NULLS LAST, d.id LIMIT ? OFFSET ?""",
            params + [limit, offset],
        )
        counts = dict(
            self.cur.execute(
                "SELECT document_id, count(*) FROM event_mentions"
                " WHERE document_id = ANY(CAST(? AS VARCHAR[])) GROUP BY 1",
                [[d["id"] for d in items]],
            ).fetchall()
        )
        for d in items:
            d["num_event_mentions"] = counts.get(d["id"], 0)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    def document(self, document_id: str) -> dict[str, Any] | None:
        rows = fetch(self.cur, "SELECT * FROM documents WHERE id = ?", [document_id])
        if not rows:
            return None
        doc = rows[0]
        doc["sentences"] = fetch(
            self.cur,
            'SELECT idx, section, start, "end", text FROM sentences'
            " WHERE document_id = ? ORDER BY idx",
            [document_id],
        )
        doc["entities"] = fetch(
            self.cur,
            f"SELECT {self._entity_select()} FROM entity_mentions"
            " WHERE document_id = ? ORDER BY section, start",
            [document_id],
        )
        have = set(self.columns("event_mentions"))
        wanted = [
            c
            for c in (
                "id",
                "event_id",
                "sentence_idx",
                "section",
                "start",
                "end",
                "type",
                "source",
                "target",
                "negated",
                "hypothetical",
                "confidence",
                "reported_by",
            )
            if c in have
        ]
        doc["events"] = fetch(
            self.cur,
            f"SELECT {', '.join(f'{chr(34)}{c}{chr(34)}' for c in wanted)} FROM event_mentions"
            " WHERE document_id = ? ORDER BY sentence_idx, start",
            [document_id],
        )
        return doc

    # stats ------------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        counts = {}
        for table in (
            "documents",
            "sentences",
            "entity_mentions",
            "event_mentions",
            "events",
            "errors",
        ):
            if self.columns(table):
                counts[table] = self.cur.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        lo, hi = self.cur.execute("SELECT min(date), max(date) FROM events").fetchone()
        by_type = dict(
            self.cur.execute(
                "SELECT type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"
            ).fetchall()
        )
        by_quad = {
            str(k): v
            for k, v in self.cur.execute(
                "SELECT quad_class, count(*) FROM events WHERE quad_class IS NOT NULL"
                " GROUP BY 1 ORDER BY 1"
            ).fetchall()
        }
        return {
            "counts": counts,
            "first_date": jsonable(lo),
            "last_date": jsonable(hi),
            "events_by_type": by_type,
            "events_by_quad_class": by_quad,
            "plover_types": list(PLOVER_TYPES),
        }


def split_code(code: str | None) -> tuple[str | None, str | None]:
    if not code or ":" in code:
        return None, None
    country, _, sector = code.partition("/")
    return country, sector or None
