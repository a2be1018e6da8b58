"""store stage: documents, sentences, entity and event mentions, events and errors in one
DuckDB file, or in a PostgreSQL database for a shared server (see docs/store.md).

    from lagebild.store import open_store
    with open_store("news.duckdb") as store:
        store.add(document)            # 'added' | 'unchanged' | 'updated'
        store.events(actor="RUS")      # pandas DataFrame
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from lagebild.registry import stores
from lagebild.store.duckdb_store import DuckDBStore, StoreLocked
from lagebild.store.sql_store import SQLStore, StoreUnavailable

DEFAULT_FILENAME = "lagebild.duckdb"


def default_db_path() -> Path:
    """`$LAGEBILD_DB` if set, else lagebild.duckdb in the user's data directory."""
    env = os.environ.get("LAGEBILD_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("lagebild", appauthor=False)) / DEFAULT_FILENAME


@stores.register("duckdb")
def _open_duckdb(url: str, **options: Any) -> DuckDBStore:
    path = url.removeprefix("duckdb://") or ":memory:"
    return DuckDBStore(path, **options)


@stores.register("postgresql")
@stores.register("postgres")
def _open_postgres(url: str, **options: Any) -> SQLStore:
    from lagebild.store.postgres_store import PostgresStore

    return PostgresStore(url, **options)


def is_url(target: str | Path | None) -> bool:
    """Does `--db` name a server store (`scheme://…`) rather than a DuckDB file?"""
    return target is not None and "://" in str(target) and not str(target).startswith("duckdb://")


def open_store(path_or_url: str | Path | None = None, **options: Any) -> SQLStore:
    """Open (and create or migrate) a store. None → the default DuckDB file; a path or
    `duckdb:///path` → DuckDB; `:memory:` → an in-memory DuckDB; `postgresql://…` → a
    PostgreSQL database (the `postgres` extra); `scheme://…` → the store registered under
    `scheme` in `lagebild.registry.stores`."""
    if path_or_url is None:
        path_or_url = default_db_path()
    target = str(path_or_url)
    if is_url(target):
        return stores.get(target.split("://", 1)[0])(target, **options)
    return stores.get("duckdb")(target, **options)


__all__ = [
    "DuckDBStore",
    "SQLStore",
    "StoreLocked",
    "StoreUnavailable",
    "default_db_path",
    "is_url",
    "open_store",
]
