"""store stage: documents, sentences, entity and event mentions, events and errors in one
DuckDB file (see docs/store.md).

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


def open_store(path_or_url: str | Path | None = None, **options: Any) -> DuckDBStore:
    """Open (and create or migrate) a store. None → the default DuckDB file; a path or
    `duckdb:///path` → DuckDB; `:memory:` → an in-memory DuckDB; `scheme://…` → the store
    registered under `scheme` in `lagebild.registry.stores`."""
    if path_or_url is None:
        path_or_url = default_db_path()
    target = str(path_or_url)
    if "://" in target and not target.startswith("duckdb://"):
        scheme = target.split("://", 1)[0]
        scheme = {"postgresql": "postgres", "postgres": "postgres"}.get(scheme, scheme)
        return stores.get(scheme)(target, **options)
    return stores.get("duckdb")(target, **options)


__all__ = ["DuckDBStore", "StoreLocked", "default_db_path", "open_store"]
