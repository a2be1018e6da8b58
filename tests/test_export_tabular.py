"""CSV and date-partitioned Parquet exports; Parquet round-trips through DuckDB and pandas."""

from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd
import pytest
from export_store import build_store

import lagebild.export  # noqa: F401
from lagebild.export.tabular import COLUMNS
from lagebild.registry import exporters


@pytest.fixture(scope="module")
def store():
    s = build_store()
    yield s
    s.close()


def test_parquet_round_trip_through_duckdb(store, tmp_path):
    out = tmp_path / "events"
    assert exporters.get("parquet")(store, out) == "10 events"
    parts = sorted(p.name for p in out.iterdir())
    assert parts == ["date=2025-10-28", "date=2025-10-30"]
    back = duckdb.sql(
        f"SELECT * FROM read_parquet('{out}/**/*.parquet', hive_partitioning = true) ORDER BY id"
    ).df()
    orig = store.events().sort_values("id").reset_index(drop=True)
    assert len(back) == len(orig) == 10
    assert list(back["id"]) == list(orig["id"])
    for col in ("type", "source", "target", "cameo", "location_country", "location_name"):
        assert back[col].fillna("").tolist() == orig[col].fillna("").tolist(), col
    for col in ("num_mentions", "num_sources", "num_articles", "quad_class"):
        assert back[col].astype(int).tolist() == orig[col].astype(int).tolist(), col
    assert back["lat"].round(4).fillna(0).tolist() == orig["lat"].round(4).fillna(0).tolist()
    assert back["negated"].tolist() == orig["negated"].tolist()
    assert [pd.Timestamp(x).date() for x in back["event_date"]] == [
        pd.Timestamp(x).date() for x in orig["date"]
    ]
    # partition pruning works on the date column
    n = duckdb.sql(
        f"SELECT count(*) FROM read_parquet('{out}/**/*.parquet', hive_partitioning = true) "
        "WHERE date = '2025-10-30'"
    ).fetchall()[0][0]
    assert n == 5


def test_parquet_reads_in_pandas_and_overwrites_its_own_folder(store, tmp_path):
    out = tmp_path / "events"
    exporters.get("parquet")(store, out)
    exporters.get("parquet")(store, out)  # a second export replaces the first
    df = pd.read_parquet(out)
    assert len(df) == 10 and set(COLUMNS) <= set(df.columns) | {"date"}
    assert isinstance(df["event_date"].iloc[0], date)


def test_parquet_refuses_a_folder_with_other_files(store, tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ValueError, match="other files"):
        exporters.get("parquet")(store, tmp_path)
    assert (tmp_path / "notes.txt").exists()


def test_csv(store, tmp_path):
    out = tmp_path / "events.csv"
    assert exporters.get("csv")(store, out) == "10 events"
    df = pd.read_csv(out)
    assert list(df.columns) == COLUMNS
    assert len(df) == 10 and df["num_sources"].max() == 2
    assert set(df["location_precision"].dropna()) <= {"country", "region", "city", "point"}
    plain = tmp_path / "plain.csv"
    exporters.get("csv")(store, plain, include_flagged=False)
    assert len(pd.read_csv(plain)) == 8


def test_empty_store_exports_everywhere(tmp_path):
    from lagebild.export import EXPORTERS
    from lagebild.store import open_store

    with open_store(":memory:") as empty:
        for name, fn in EXPORTERS.items():
            assert fn(empty, tmp_path / name).startswith("0 ")
