"""The DuckDB store: one file, one transaction per document (the logic is in sql_store.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from lagebild.store.sql_store import SQLStore, StoreUnavailable, _q


class StoreLocked(StoreUnavailable):
    """The DuckDB file is held by another process."""


class DuckDBStore(SQLStore):
    """See STORE_API / docs/store.md. All queries return pandas DataFrames."""

    backend = "duckdb"
    exclusive_writer = True  # DuckDB: the process that opened the file is its only writer

    def __init__(
        self,
        path: str | Path = ":memory:",
        read_only: bool = False,
        window_days: int | None = None,
        story_threshold: float | None = None,
    ):
        """`window_days` (event merge window) and `story_threshold` (MinHash Jaccard for
        stories) are kept in the store's `settings`; passing another value changes the setting
        (events are re-merged; stories of documents added later use the new threshold)."""
        self.path = str(path)
        if self.path != ":memory:" and not read_only:
            Path(self.path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            if "lock" in str(exc).lower():
                raise StoreLocked(
                    f"the store {self.path} is in use by another process (DuckDB allows one "
                    "writer; close it or use another --db)"
                ) from exc
            raise
        self._setup(read_only, window_days, story_threshold)

    def __enter__(self) -> DuckDBStore:
        return self

    def _frame(self, cursor: Any) -> pd.DataFrame:
        return cursor.df()

    def _insert(self, table: str, records: list[dict[str, Any]]) -> None:
        if not records:
            return
        if len(records) <= 5:  # small batches: one VALUES statement is faster than Arrow
            self._insert_values(table, records)
            return
        cols = [c for c in self._columns(table) if c in records[0]]
        col_sql = ", ".join(_q(c) for c in cols)
        arrow = pa.Table.from_pylist([{c: r.get(c) for c in cols} for r in records])
        name = f"_ins_{table}"
        self.con.register(name, arrow)
        try:
            self.con.execute(f"INSERT INTO {table} ({col_sql}) SELECT {col_sql} FROM {name}")
        finally:
            self.con.unregister(name)
