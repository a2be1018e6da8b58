"""The store logic both backends share (DuckDB, PostgreSQL): one transaction per document,
idempotent re-ingest, incremental event merging, the read queries.

A backend subclasses `SQLStore` and supplies the connection (`self.con`, whose
`execute(sql, params)` takes `?` placeholders and returns a cursor), `_insert` (bulk rows),
`_frame` (a cursor's result as a DataFrame with the DuckDB types), `_begin` and `_in` (a
membership test against a list parameter). Everything else, the SQL included, is written once
here; where the engines' spellings differ, the portable one is used (e.g.
`unnest(CAST(? AS VARCHAR[]))`, `array_agg(... ORDER BY ...)`, `strpos`, `split_part`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from datetime import date as Date
from typing import Any

import pandas as pd

from lagebild.models import Document
from lagebild.store import dedup, rows
from lagebild.store.columns import DOCUMENT_COLUMNS, STORE_EVENT_COLUMNS
from lagebild.store.where import Where

_STAGES = ("ingest", "clean", "nlp", "actors", "coding", "enrich", "store")

Touched = dict[str, tuple[Date | None, bool]]


class StoreUnavailable(RuntimeError):
    """The store cannot be opened (a DuckDB file held by another process, a PostgreSQL server
    that does not answer or refuses the login); the message says which and what to do."""


def _warning_stage(warning: str) -> tuple[str, str]:
    """'enrich: no place found' → ('enrich', 'no place found'); else ('pipeline', warning)."""
    head, sep, rest = warning.partition(":")
    if sep and head.strip() in _STAGES and rest.strip():
        return head.strip(), rest.strip()
    return "pipeline", warning


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _q(name: str) -> str:
    return f'"{name}"'


class SQLStore:
    """See STORE_API / docs/store.md. All queries return pandas DataFrames."""

    backend = "sql"
    # True when the opening process is the only writer (DuckDB: one process owns the file);
    # the REST server caches answers only then
    exclusive_writer = True

    con: Any
    path: str

    def _setup(
        self,
        read_only: bool,
        window_days: int | None,
        story_threshold: float | None,
    ) -> None:
        """Called by the backend once `self.con` is open: migrate, load and apply settings."""
        self._column_cache: dict[str, list[str]] = {}
        self.window_days = dedup.WINDOW_DAYS
        self.story_threshold = dedup.THRESHOLD
        self._deferred: dict[str, list[dict[str, Any]]] | None = None
        if not read_only:
            self._migrate()
        self._load_settings()
        if not read_only:
            if window_days is not None and window_days != self.window_days:
                self._set("window_days", window_days)
                self.window_days = int(window_days)
                self.remerge_all()
            if story_threshold is not None and story_threshold != self.story_threshold:
                self._set("story_threshold", story_threshold)
                self.story_threshold = float(story_threshold)
                self._rebuild_bands()

    # --- backend hooks --------------------------------------------------------------------
    def _migrate(self) -> None:
        from lagebild.store.schema import migrate

        migrate(self.con)

    def _begin(self) -> None:
        self.con.execute("BEGIN TRANSACTION")

    def _commit(self) -> None:
        self.con.execute("COMMIT")

    def _rollback(self) -> None:
        self.con.execute("ROLLBACK")

    def _in(self, column: str, values: list[Any], sqltype: str = "VARCHAR") -> tuple[str, list]:
        """`column IN (the values)` as SQL and its parameters."""
        return f"{column} IN ({', '.join('?' * len(values))})", list(values)

    def _insert(self, table: str, records: list[dict[str, Any]]) -> None:
        self._insert_values(table, records)

    def _frame(self, cursor: Any) -> pd.DataFrame:
        raise NotImplementedError

    # --- settings -------------------------------------------------------------------------
    def _load_settings(self) -> None:
        if not self._columns("settings"):  # an old store opened read-only: defaults
            return
        found = dict(self.con.execute("SELECT key, value FROM settings").fetchall())
        self.window_days = int(found.get("window_days", self.window_days))
        self.story_threshold = float(found.get("story_threshold", self.story_threshold))

    def _set(self, key: str, value: Any) -> None:
        self.con.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, str(value)],
        )

    def settings(self) -> dict[str, Any]:
        return {"window_days": self.window_days, "story_threshold": self.story_threshold}

    def _rebuild_bands(self) -> None:
        """Recompute the LSH band keys of every stored signature for the current threshold."""
        sigs = self.con.execute("SELECT document_id, signature FROM document_minhash").fetchall()
        self._begin()
        try:
            self.con.execute("DELETE FROM minhash_bands")
            self._insert(
                "minhash_bands",
                [
                    {"band": b, "key": k, "document_id": doc_id}
                    for doc_id, blob in sigs
                    for b, k in dedup.band_keys(dedup.from_bytes(blob), self.story_threshold)
                ],
            )
            self._commit()
        except BaseException:
            self._rollback()
            raise

    # --- context manager ------------------------------------------------------------------
    def __enter__(self) -> SQLStore:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.path!r})"

    # --- writing --------------------------------------------------------------------------
    def _columns(self, table: str) -> list[str]:
        if table not in self._column_cache:
            found = [
                r[0]
                for r in self.con.execute(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_name = ? AND table_schema = current_schema() "
                    "ORDER BY ordinal_position",
                    [table],
                ).fetchall()
            ]
            if not found:
                return []
            self._column_cache[table] = found
        return self._column_cache[table]

    def _insert_values(self, table: str, records: list[dict[str, Any]]) -> None:
        """Rows as one INSERT … VALUES statement (fast for a few rows on both engines)."""
        if not records:
            return
        cols = [c for c in self._columns(table) if c in records[0]]
        col_sql = ", ".join(_q(c) for c in cols)
        row_sql = "(" + ", ".join("?" * len(cols)) + ")"
        self.con.execute(
            f"INSERT INTO {table} ({col_sql}) VALUES " + ", ".join([row_sql] * len(records)),
            [r.get(c) for r in records for c in cols],
        )

    def add(self, document: Document, replace_source: bool = True) -> str:
        """Store one analysed document in one transaction: 'added', 'unchanged' or 'updated'.

        'updated' is either the same document analysed differently (its derived rows are
        replaced) or, with `replace_source`, new content at a source (URL or path) already
        stored: the older version is removed. Sources that name no article (`stdin`, `text`)
        are never replaced."""
        return self.add_many([document], replace_source)[0]

    def add_many(self, documents: list[Document], replace_source: bool = True) -> list[str]:
        """Store several documents in ONE transaction (all or nothing), re-merging events once
        at the end; returns one status per document. The ingest loop uses it to amortise the
        commit and falls back to `add` per document when a batch fails."""
        self._begin()
        self._deferred = {}
        try:
            touched: Touched = {}
            statuses = [self._add_rows(doc, touched, replace_source) for doc in documents]
            self._flush_deferred()
            self._remerge(touched)
            self._commit()
        except BaseException:
            self._rollback()
            raise
        finally:
            self._deferred = None
        return statuses

    def _insert_later(self, table: str, records: list[dict[str, Any]]) -> None:
        """Child rows of a batch are inserted together at its end (one statement per table)."""
        if self._deferred is None:
            self._insert(table, records)
        else:
            self._deferred.setdefault(table, []).extend(records)

    def _flush_deferred(self) -> None:
        if self._deferred:
            for table, records in self._deferred.items():
                self._insert(table, records)
            self._deferred = {}

    def _add_rows(self, doc: Document, touched: Touched, replace_source: bool) -> str:
        """Write one document's rows (inside a transaction); collects the merge keys to
        re-merge into `touched`."""
        if not doc.id or not doc.content_hash:
            doc.finalize_ids()
        ahash = rows.analysis_hash(doc)
        existing = self.con.execute(
            "SELECT analysis_hash, story_id FROM documents WHERE id = ?", [doc.id]
        ).fetchall()
        existing = existing[0] if existing else None
        if existing and existing[0] == ahash:
            doc.story_id = existing[1]
            return "unchanged"
        if existing:
            status = "updated"
            self._flush_deferred()  # before deleting, so that nothing deferred escapes
            _merge_touched(touched, self._mention_keys(doc.id))
            for table in ("sentences", "entity_mentions", "event_mentions"):
                self.con.execute(f"DELETE FROM {table} WHERE document_id = ?", [doc.id])
            doc.story_id = existing[1]
            row = rows.document_row(doc)
            sets = ", ".join(f"{_q(c)} = ?" for c in row if c != "id")
            self.con.execute(
                f"UPDATE documents SET {sets}, analysis_hash = ?, updated_at = ? WHERE id = ?",
                [*(v for c, v in row.items() if c != "id"), ahash, _now(), doc.id],
            )
        else:
            status = "added"
            if replace_source and _replaceable(doc.source):
                for (old_id,) in self.con.execute(
                    "SELECT id FROM documents WHERE source = ? AND id <> ?",
                    [doc.source, doc.id],
                ).fetchall():
                    status = "updated"  # the article changed at its source: a new version
                    _merge_touched(touched, self._delete_rows(old_id))
            doc.story_id = self._assign_story(doc)
            self._insert(
                "documents",
                [rows.document_row(doc) | {"analysis_hash": ahash, "added_at": _now()}],
            )
        self._insert_later("sentences", rows.sentence_rows(doc))
        self._insert_later("entity_mentions", rows.entity_rows(doc))
        mention_rows = rows.event_mention_rows(doc)
        self._insert_later("event_mentions", mention_rows)
        _touch(touched, ((m["merge_key"], m["date"]) for m in mention_rows))
        for warning in doc.meta.get("warnings") or []:
            stage, reason = _warning_stage(str(warning))
            self._add_error(doc.source, reason, "warning", stage, doc.id)
        return status

    def has_document(self, document_id: str) -> bool:
        return bool(
            self.con.execute("SELECT 1 FROM documents WHERE id = ?", [document_id]).fetchall()
        )

    def _mention_keys(self, document_id: str) -> Touched:
        rows_ = self.con.execute(
            "SELECT merge_key, date FROM event_mentions WHERE document_id = ?", [document_id]
        ).fetchall()
        return _touch({}, rows_)

    def _assign_story(self, doc: Document) -> str:
        same = self.con.execute(
            "SELECT min(story_id) FROM documents WHERE content_hash = ?", [doc.content_hash]
        ).fetchall()[0]
        text = doc.text or "\n".join(x for x in (doc.title, doc.teaser) if x)
        sig = dedup.minhash(text)
        story = same[0] if same and same[0] else None
        if sig is not None:
            keys = dedup.band_keys(sig, self.story_threshold)
            if story is None:
                cands = self.con.execute(
                    "SELECT DISTINCT d.story_id, h.signature FROM minhash_bands b "
                    "JOIN document_minhash h ON h.document_id = b.document_id "
                    "JOIN documents d ON d.id = b.document_id "
                    "WHERE (b.band, b.key) IN "
                    "(SELECT unnest(CAST(? AS INTEGER[])), unnest(CAST(? AS BIGINT[])))",
                    [[b for b, _ in keys], [k for _, k in keys]],
                ).fetchall()
                story, _ = dedup.best_story(sig, cands, self.story_threshold)
            self._insert(
                "document_minhash", [{"document_id": doc.id, "signature": dedup.to_bytes(sig)}]
            )
            self._insert(
                "minhash_bands", [{"band": b, "key": k, "document_id": doc.id} for b, k in keys]
            )
        return story or doc.id

    def _remerge(self, touched: Touched) -> None:
        """Recompute the events of the touched merge keys. Per key, only the tail from the
        event open at the earliest touched date onwards can change (chaining runs forward in
        date order), plus the undated group if an undated mention was touched."""
        if not touched:
            return
        keys = sorted(touched)
        # per key, the first date of the event open at its earliest touched date: from there on
        by_key: dict[str, list[tuple[str, Date | None]]] = {}
        key_in, key_params = self._in("merge_key", keys)
        for eid, key, day in self.con.execute(
            f"SELECT id, merge_key, date FROM events WHERE {key_in}", key_params
        ).fetchall():
            by_key.setdefault(key, []).append((eid, day))
        lo: dict[str, Date] = {}
        doomed: list[str] = []
        for key in keys:
            start, undated = touched[key]
            start = start or Date.max
            before = [d for _, d in by_key.get(key, []) if d is not None and d <= start]
            lo[key] = max(before) if before else start
            doomed += [
                eid
                for eid, d in by_key.get(key, [])
                if (d is not None and d >= lo[key]) or (d is None and undated)
            ]
        floor = min(lo.values())
        mkey_in, mkey_params = self._in("m.merge_key", keys)
        cur = self.con.execute(
            "SELECT m.*, d.source_key FROM event_mentions m "
            "JOIN documents d ON d.id = m.document_id "
            f"WHERE {mkey_in} AND (m.date >= ? OR m.date IS NULL)",
            [*mkey_params, floor],
        )
        names = [c[0] for c in cur.description]
        mentions = []
        for r in cur.fetchall():
            m = dict(zip(names, r, strict=True))
            day, key = m["date"], m["merge_key"]
            if (day is not None and day >= lo[key]) or (day is None and touched[key][1]):
                mentions.append(m)
        events, assignment = dedup.merge_mentions(mentions, self.window_days)
        if doomed:
            id_in, id_params = self._in("id", doomed)
            self.con.execute(f"DELETE FROM events WHERE {id_in}", id_params)
        self._insert("events", events)
        old = {m["id"]: m["event_id"] for m in mentions}
        changed = {mid: eid for mid, eid in assignment.items() if old.get(mid) != eid}
        if changed:
            self.con.execute(
                "UPDATE event_mentions SET event_id = a.event_id "
                "FROM (SELECT unnest(CAST(? AS VARCHAR[])) AS mention_id, "
                "unnest(CAST(? AS VARCHAR[])) AS event_id) a "
                "WHERE event_mentions.id = a.mention_id",
                [list(changed), list(changed.values())],
            )

    def remerge_all(self) -> int:
        """Recompute every event from its mentions (after changing the window); returns the
        number of events."""
        self._begin()
        try:
            keys = self.con.execute("SELECT DISTINCT merge_key FROM event_mentions").fetchall()
            self.con.execute("DELETE FROM events")
            self._remerge({k: (_NEVER, True) for (k,) in keys})
            self._commit()
        except BaseException:
            self._rollback()
            raise
        return self.con.execute("SELECT count(*) FROM events").fetchall()[0][0]

    def _add_error(
        self,
        source: str | None,
        reason: str,
        severity: str,
        stage: str | None,
        document_id: str | None = None,
    ) -> None:
        now = _now()
        hit = self.con.execute(
            "SELECT id FROM errors WHERE severity = ? AND stage IS NOT DISTINCT FROM ? "
            "AND source IS NOT DISTINCT FROM ? AND reason = ?",
            [severity, stage, source, reason],
        ).fetchall()
        if hit:
            hit = hit[0]
            self.con.execute(
                "UPDATE errors SET time = ?, occurrences = occurrences + 1 WHERE id = ?",
                [now, hit[0]],
            )
            return
        self.con.execute(
            "INSERT INTO errors (time, first_time, severity, stage, source, reason, document_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [now, now, severity, stage, source, reason, document_id],
        )

    def add_error(
        self,
        source: str | None,
        reason: str,
        severity: str = "error",
        stage: str | None = None,
        document_id: str | None = None,
    ) -> None:
        """Record a failure (or warning). The same (severity, stage, source, reason) seen again
        updates `time` and `occurrences` instead of adding a row."""
        self._begin()
        try:
            self._add_error(source, reason, severity, stage, document_id)
            self._commit()
        except BaseException:
            self._rollback()
            raise

    def delete_document(self, document_id: str) -> bool:
        """Remove a document with everything derived from it; its events are re-merged."""
        if not self.has_document(document_id):
            return False
        self._begin()
        try:
            self._remerge(self._delete_rows(document_id))
            self._commit()
        except BaseException:
            self._rollback()
            raise
        return True

    def _delete_rows(self, document_id: str) -> Touched:
        """Delete a document and its derived rows (inside a transaction); returns the merge
        keys to re-merge."""
        self._flush_deferred()
        keys = self._mention_keys(document_id)
        for table in (
            "sentences",
            "entity_mentions",
            "event_mentions",
            "document_minhash",
            "minhash_bands",
        ):
            self.con.execute(f"DELETE FROM {table} WHERE document_id = ?", [document_id])
        self.con.execute("DELETE FROM documents WHERE id = ?", [document_id])
        return keys

    # --- reading --------------------------------------------------------------------------
    def sql(self, query: str, params: list[Any] | dict[str, Any] | None = None) -> pd.DataFrame:
        """Run a (read-only) query with `?` placeholders; the result as a DataFrame."""
        return self._frame(self.con.execute(query, params) if params else self.con.execute(query))

    def documents(
        self,
        id: str | None = None,
        limit: int | None = None,
        story_id: str | None = None,
        source: str | None = None,
        offset: int = 0,
    ) -> pd.DataFrame:
        w = Where()
        w.when(id, "(id = ? OR starts_with(id, ?))", id, id)
        w.when(story_id, "story_id = ?", story_id)
        w.when(source, "source = ?", source)
        cols = ", ".join(_q(c) for c in DOCUMENT_COLUMNS)
        q = f"SELECT {cols} FROM documents{w.sql} ORDER BY date NULLS LAST, added_at, id"
        return self.sql(q + _limit(limit, offset), w.params)

    def events(
        self,
        actor: str | None = None,
        country: str | None = None,
        type: str | None = None,
        since: Date | str | None = None,
        until: Date | str | None = None,
        limit: int | None = None,
        offset: int = 0,
        plain: bool = False,
        document_id: str | None = None,
    ) -> pd.DataFrame:
        """One row per merged event. `actor` matches source or target code, by prefix on the
        code's parts ('RUS' matches 'RUS' and 'RUS/MIL'); `country` matches the location
        country or an actor's country; `plain` drops negated and hypothetical events."""
        w = Where()
        if actor:
            a = actor.upper() if ":" not in actor else actor
            w.add(
                "(source = ? OR target = ? OR starts_with(source, ?) OR starts_with(target, ?))",
                a,
                a,
                a + "/",
                a + "/",
            )
        if country:
            c = country.upper()
            w.add(
                "(location_country = ? OR split_part(source, '/', 1) = ? "
                "OR split_part(target, '/', 1) = ?)",
                c,
                c,
                c,
            )
        if type:
            types = [t.strip().upper() for t in type.split(",") if t.strip()]
            type_in, type_params = self._in("type", types)
            w.add(type_in, *type_params)
        if since:
            w.add("date >= ?", _as_date(since))
        if until:
            w.add("date <= ?", _as_date(until))
        w.when(plain, "NOT negated AND NOT hypothetical")
        w.when(
            document_id,
            "id IN (SELECT event_id FROM event_mentions WHERE document_id = ? "
            "OR starts_with(document_id, ?))",
            document_id,
            document_id,
        )
        cols = ", ".join(_q(c) for c in STORE_EVENT_COLUMNS)
        q = f"SELECT {cols} FROM events{w.sql} ORDER BY date NULLS LAST, type, source, target, id"
        return self.sql(q + _limit(limit, offset), w.params)

    def stories(self, min_documents: int = 1, limit: int | None = None) -> pd.DataFrame:
        """One row per story (group of near-duplicate articles): story_id, num_documents,
        num_sources, sources (list), first_date, last_date, title (of its first document),
        document_ids (list)."""
        q = (
            "SELECT story_id, count(*) AS num_documents, "
            "count(DISTINCT source_key) AS num_sources, "
            "array_agg(DISTINCT source_key ORDER BY source_key) AS sources, "
            "min(date) AS first_date, max(date) AS last_date, "
            "(array_agg(title ORDER BY coalesce(CAST(date AS VARCHAR), '9999') || id))[1] "
            "AS title, "
            "array_agg(id ORDER BY date NULLS LAST, id) AS document_ids "
            "FROM documents GROUP BY story_id HAVING count(*) >= ? "
            "ORDER BY num_documents DESC, first_date NULLS LAST, story_id"
        )
        return self.sql(q + _limit(limit, 0), [min_documents])

    def event_mentions(
        self, event_id: str | None = None, document_id: str | None = None
    ) -> pd.DataFrame:
        w = Where()
        w.when(event_id, "m.event_id = ?", event_id)
        w.when(document_id, "m.document_id = ?", document_id)
        q = (
            "SELECT m.*, d.url, d.source AS document_source, d.source_key FROM event_mentions m "
            f"JOIN documents d ON d.id = m.document_id{w.sql} "
            "ORDER BY m.date NULLS LAST, m.document_id, m.idx"
        )
        df = self.sql(q, w.params)
        flags = ("negated", "hypothetical", "hedged")
        df["flags"] = [
            [name for name, on in zip(flags, row, strict=True) if pd.notna(on) and bool(on)]
            for row in zip(*(df[f] for f in flags), strict=True)
        ]
        return df

    def sentences(self, document_id: str) -> pd.DataFrame:
        return self.sql("SELECT * FROM sentences WHERE document_id = ? ORDER BY idx", [document_id])

    def entities(self, document_id: str | None = None) -> pd.DataFrame:
        if document_id:
            return self.sql(
                "SELECT * FROM entity_mentions WHERE document_id = ? ORDER BY idx", [document_id]
            )
        return self.sql("SELECT * FROM entity_mentions ORDER BY document_id, idx")

    def errors(
        self, severity: str | None = None, limit: int | None = None, stage: str | None = None
    ) -> pd.DataFrame:
        w = Where()
        w.when(severity, "severity = ?", severity)
        w.when(stage, "stage = ?", stage)
        return self.sql(f"SELECT * FROM errors{w.sql} ORDER BY id" + _limit(limit, 0), w.params)

    def stats(self) -> dict[str, Any]:
        one = lambda q: self.con.execute(q).fetchall()[0][0]  # noqa: E731
        return {
            "backend": self.backend,
            "path": self.path,
            "schema_version": one("SELECT max(version) FROM schema_version"),
            "documents": one("SELECT count(*) FROM documents"),
            "stories": one("SELECT count(DISTINCT story_id) FROM documents"),
            "sources": one("SELECT count(DISTINCT source_key) FROM documents"),
            "sentences": one("SELECT count(*) FROM sentences"),
            "entity_mentions": one("SELECT count(*) FROM entity_mentions"),
            "event_mentions": one("SELECT count(*) FROM event_mentions"),
            "events": one("SELECT count(*) FROM events"),
            "errors": one("SELECT count(*) FROM errors WHERE severity = 'error'"),
            "warnings": one("SELECT count(*) FROM errors WHERE severity = 'warning'"),
            "first_date": _iso(one("SELECT min(date) FROM documents")),
            "last_date": _iso(one("SELECT max(date) FROM documents")),
        }


_NEVER = Date(1, 1, 1)
_UNNAMED_SOURCES = ("stdin", "text", "-")


def _replaceable(source: str) -> bool:
    """Does this source name one article (a URL or a path), so that new content there is a
    new version of it?"""
    base = source.split("#", 1)[0]
    return bool(base) and base not in _UNNAMED_SOURCES


def _touch(
    touched: dict[str, tuple[Date | None, bool]], pairs: Any
) -> dict[str, tuple[Date | None, bool]]:
    """Fold (merge_key, date) pairs into {key: (earliest date, any undated)}."""
    for key, day in pairs:
        if hasattr(day, "date") and callable(day.date):
            day = day.date()
        first, undated = touched.get(key, (None, False))
        if day is None:
            touched[key] = (first, True)
        else:
            touched[key] = (day if first is None or day < first else first, undated)
    return touched


def _merge_touched(
    into: dict[str, tuple[Date | None, bool]], other: dict[str, tuple[Date | None, bool]]
) -> None:
    for key, (first, undated) in other.items():
        pairs = ([(key, first)] if first is not None else []) + ([(key, None)] if undated else [])
        _touch(into, pairs)


def _iso(d: Any) -> str | None:
    return d.isoformat() if d is not None else None


def _as_date(value: Date | str) -> Date:
    return value if isinstance(value, Date) else Date.fromisoformat(str(value))


def _limit(limit: int | None, offset: int) -> str:
    out = ""
    if limit is not None:
        out += f" LIMIT {int(limit)}"
    if offset:
        out += f" OFFSET {int(offset)}"
    return out
