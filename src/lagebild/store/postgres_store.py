"""The PostgreSQL store, for a server shared by several users and processes.

    open_store("postgresql://user@host:5432/lagebild")
    open_store("postgresql://user@/lagebild?host=/run/postgresql")        # unix socket
    open_store("postgresql://user@host/db?options=-csearch_path%3Dnews")  # a store per schema

Same contract, same SQL and the same DataFrames as the DuckDB store (`sql_store.SQLStore`
holds the logic). What differs lives here: the connection (psycopg 3, autocommit, explicit
transactions), `?` placeholders rewritten to psycopg's `%s`, the schema's type names
(DOUBLE → DOUBLE PRECISION, BLOB → BYTEA, text columns with the bytewise "C" collation so
that sorting matches DuckDB), bulk inserts through COPY, list parameters as
`= ANY(CAST(? AS VARCHAR[]))`, and results turned into DataFrames through the same DuckDB
conversion the DuckDB store uses. Several processes may write at once: every write
transaction takes an advisory lock per schema, so writers queue (as DuckDB's single writer)
while readers never wait.
"""

from __future__ import annotations

import json
import queue
import re
import threading
from decimal import Decimal
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pandas as pd
import pyarrow as pa

from lagebild.store.sql_store import SQLStore, StoreUnavailable, _q

_LOCK = "SELECT pg_advisory_xact_lock(hashtext('lagebild:' || current_schema()))"
_SESSION_LOCK = "SELECT pg_advisory_lock(hashtext('lagebild-migrate:' || current_schema()))"
_SESSION_UNLOCK = "SELECT pg_advisory_unlock(hashtext('lagebild-migrate:' || current_schema()))"


def _psycopg() -> Any:
    try:
        import psycopg
    except ModuleNotFoundError:
        raise StoreUnavailable(
            "PostgreSQL stores need psycopg: pip install 'lagebild[postgres]'"
        ) from None
    return psycopg


_NAMED = re.compile(r"\$([A-Za-z_]\w*)")


@lru_cache(maxsize=2048)
def pyformat(sql: str, named: bool = False) -> str:
    """`?` placeholders (or, `named`, DuckDB's `$name`) → psycopg's `%s` (`%(name)s`), and a
    literal `%` → `%%`; quoted strings and names are left alone."""
    out, quote = [], None
    i = 0
    while i < len(sql):
        ch = sql[i]
        if quote:
            if ch == quote:
                quote = None
        elif ch in ("'", '"'):
            quote = ch
        elif ch == "?" and not named:
            out.append("%s")
            i += 1
            continue
        elif ch == "$" and named and (m := _NAMED.match(sql, i)):
            out.append(f"%({m[1]})s")
            i = m.end()
            continue
        out.append("%%" if ch == "%" else ch)
        i += 1
    return "".join(out)


def _bind(sql: str, params: Any) -> tuple[str, Any]:
    if isinstance(params, dict):
        return pyformat(sql, named=True), params
    return pyformat(sql), list(params)


_TYPES = [
    (re.compile(r"\bDOUBLE\b(?! PRECISION)"), "DOUBLE PRECISION"),
    (re.compile(r"\bBLOB\b"), "BYTEA"),
    # bytewise comparison and order, as in DuckDB (a server's default locale may differ)
    (re.compile(r"\bVARCHAR(\[\])?(?= PRIMARY| NOT|,|\s*--|\s*\)|\s*$)"), r'VARCHAR\1 COLLATE "C"'),
]


def translate_ddl(statement: str) -> str:
    """A schema step written in DuckDB's spelling → PostgreSQL's."""
    if not statement.lstrip().upper().startswith(("CREATE TABLE", "ALTER TABLE")):
        return statement
    lines = []
    for line in statement.split("\n"):
        for pattern, repl in _TYPES:
            line = pattern.sub(repl, line)
        lines.append(line)
    return "\n".join(lines)


class PGConnection:
    """A psycopg connection that speaks like DuckDB's: `execute(sql, params)` with `?`
    placeholders, returning the cursor."""

    dialect = "postgres"

    def __init__(self, raw: Any):
        self.raw = raw

    def execute(self, sql: str, params: Any = None) -> Any:
        if params is None:
            return self.raw.execute(sql)
        return self.raw.execute(*_bind(sql, params))

    def cursor(self) -> Any:
        return _Cursor(self.raw.cursor())

    translate_ddl = staticmethod(translate_ddl)

    def close(self) -> None:
        self.raw.close()


class _Cursor:
    """A psycopg cursor with `?` placeholders; `BEGIN TRANSACTION` opens a read-only snapshot
    (one consistent view for all the queries of an API request)."""

    dialect = "postgres"

    def __init__(self, raw: Any, on_close: Any = None):
        self.raw = raw
        self._on_close = on_close

    def execute(self, sql: str, params: Any = None) -> _Cursor:
        if sql.strip().upper() == "BEGIN TRANSACTION":
            sql = "BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"
        if params is None:
            self.raw.execute(sql)
        else:
            self.raw.execute(*_bind(sql, params))
        return self

    @property
    def description(self) -> Any:
        return self.raw.description

    def fetchall(self) -> list[tuple]:
        return self.raw.fetchall()

    def fetchone(self) -> tuple | None:
        return self.raw.fetchone()

    def close(self) -> None:
        self.raw.close()
        if self._on_close is not None:
            self._on_close()


class PGReader:
    """Per-request cursors for the REST server, each on its own connection from a small pool
    (psycopg connections serialise their cursors; requests run in threads)."""

    def __init__(self, url: str, size: int = 8):
        self.url = url
        self._idle: queue.LifoQueue = queue.LifoQueue(maxsize=size)
        self._lock = threading.Lock()

    def cursor(self) -> _Cursor:
        try:
            con = self._idle.get_nowait()
            if con.closed or con.broken:
                raise queue.Empty
        except queue.Empty:
            con = _psycopg().connect(self.url, autocommit=True)

        def give_back() -> None:
            if con.closed or con.broken:
                return
            try:
                con.rollback() if con.info.transaction_status else None
                self._idle.put_nowait(con)
            except queue.Full:
                con.close()

        return _Cursor(con.cursor(), on_close=give_back)

    def generation(self, cur: _Cursor | None = None) -> str:
        """The database's write state: its current snapshot (`xmin:xmax:running xids`). Any
        write that commits changes it (a new transaction id was handed out, or a running one
        finished); reads do not. Writes to other databases of the server change it too: a
        cache keyed by it is invalidated more often than needed, never too late."""
        own = cur is None
        cur = cur or self.cursor()
        try:
            return cur.execute("SELECT CAST(pg_current_snapshot() AS TEXT)").fetchone()[0]
        finally:
            if own:
                cur.close()

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return


# PostgreSQL type OIDs → Arrow types (then DuckDB turns them into a DataFrame exactly as it
# does for the DuckDB store); anything else is passed on as text
_SCALARS = {
    16: pa.bool_(),
    17: pa.binary(),
    18: pa.string(),
    19: pa.string(),
    20: pa.int64(),
    21: pa.int16(),
    23: pa.int32(),
    25: pa.string(),
    26: pa.int64(),
    114: pa.string(),
    700: pa.float32(),
    701: pa.float64(),
    1042: pa.string(),
    1043: pa.string(),
    1082: pa.date32(),
    1114: pa.timestamp("us"),
    1184: pa.timestamp("us", tz="UTC"),
    1700: pa.float64(),
    3802: pa.string(),
}
_ARRAYS = {
    1000: 16,
    1001: 17,
    1005: 21,
    1007: 23,
    1009: 25,
    1014: 1042,
    1015: 1043,
    1016: 20,
    1021: 700,
    1022: 701,
    1182: 1082,
    1115: 1114,
    1231: 1700,
}


def _plain(value: Any, oid: int) -> Any:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return float(value)
    if oid in (114, 3802) and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if oid not in _SCALARS and oid not in _ARRAYS:
        return str(value)
    return value


def _column(values: list[Any], oid: int) -> pa.Array:
    if oid in _ARRAYS:
        inner = _ARRAYS[oid]
        items = [None if v is None else [_plain(x, inner) for x in v] for v in values]
        return pa.array(items, type=pa.list_(_SCALARS[inner]))
    return pa.array([_plain(v, oid) for v in values], type=_SCALARS.get(oid, pa.string()))


def frame(cursor: Any, duck: Any) -> pd.DataFrame:
    """A psycopg result as the DataFrame DuckDB would have returned for it."""
    desc = cursor.description or []
    names = [d.name for d in desc]
    rows = cursor.fetchall() if desc else []
    columns = list(zip(*rows, strict=True)) if rows else [[] for _ in names]
    arrays = [_column(list(vals), d.type_code) for vals, d in zip(columns, desc, strict=True)]
    table = pa.Table.from_arrays(arrays, names=names)
    return duck.cursor().from_arrow(table).df()


def redact(url: str) -> str:
    """The URL without its password (for messages and `stats()['path']`)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    user = (parts.username or "") + ":***"
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc[-1]}"))


class PostgresStore(SQLStore):
    """See STORE_API / docs/store.md. All queries return pandas DataFrames."""

    backend = "postgres"
    exclusive_writer = False  # other processes may write to the same database

    def __init__(
        self,
        url: str,
        read_only: bool = False,
        window_days: int | None = None,
        story_threshold: float | None = None,
    ):
        psycopg = _psycopg()
        import duckdb

        self.url = url
        self.path = redact(url)
        try:
            raw = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            reason = " ".join(str(exc).split()) or type(exc).__name__
            raise StoreUnavailable(f"cannot connect to {self.path}: {reason}") from None
        self.con = PGConnection(raw)
        self._duck = duckdb.connect()
        try:
            if read_only:
                self.con.execute("SET default_transaction_read_only = on")
            self._setup(read_only, window_days, story_threshold)
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> PostgresStore:
        return self

    def close(self) -> None:
        super().close()
        duck = getattr(self, "_duck", None)
        if duck is not None:
            duck.close()
            self._duck = None

    def reader(self) -> PGReader:
        """Connections for concurrent readers (the REST server's requests)."""
        return PGReader(self.url)

    # --- dialect --------------------------------------------------------------------------
    def _migrate(self) -> None:
        from lagebild.store.schema import migrate

        self.con.execute(_SESSION_LOCK)  # two processes opening a new store: one migrates
        try:
            migrate(self.con)
        finally:
            self.con.execute(_SESSION_UNLOCK)

    def _begin(self) -> None:
        self.con.execute("BEGIN")
        self.con.execute(_LOCK)  # one writer at a time per store; readers never wait

    def _in(self, column: str, values: list[Any], sqltype: str = "VARCHAR") -> tuple[str, list]:
        return f"{column} = ANY(CAST(? AS {sqltype}[]))", [list(values)]

    def _frame(self, cursor: Any) -> pd.DataFrame:
        return frame(cursor, self._duck)

    def _insert(self, table: str, records: list[dict[str, Any]]) -> None:
        if not records:
            return
        if len(records) <= 5:
            self._insert_values(table, records)
            return
        cols = [c for c in self._columns(table) if c in records[0]]
        col_sql = ", ".join(_q(c) for c in cols)
        with self.con.raw.cursor() as cur, cur.copy(f"COPY {table} ({col_sql}) FROM STDIN") as cp:
            for r in records:
                cp.write_row([r.get(c) for c in cols])
