"""CSV and Parquet exports of the events table (one row per merged event, the columns of
`lagebild events`), with the location flattened into location_* columns.

- csv: one UTF-8 file with a header row;
- parquet: a folder of Parquet files partitioned by the event date, hive style
  (`date=2025-10-28/part-0.parquet`; events without a date under
  `date=__HIVE_DEFAULT_PARTITION__`), readable by DuckDB (`read_parquet('out/**/*.parquet',
  hive_partitioning=true)`), pandas (`pd.read_parquet('out')`) and Spark (`spark.read.parquet`).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pandas as pd

from lagebild.export.common import Tables, day
from lagebild.store.columns import EVENT_COLUMNS, EVENT_DETAIL_COLUMNS

# the store's public event columns (lagebild.store.columns) plus the first report's URL
COLUMNS = [*EVENT_COLUMNS, *EVENT_DETAIL_COLUMNS, "url"]


def events_frame(tables: Tables) -> pd.DataFrame:
    """The events with a stable column set and types (dates as datetime.date)."""
    ev = tables.events.copy()
    if "url" not in ev.columns:
        ev["url"] = [
            tables.document(d).get("url") or tables.document(d).get("source")
            for d in ev.get("document_id", pd.Series([], dtype=object))
        ]
    for c in COLUMNS:
        if c not in ev.columns:
            ev[c] = None
    ev = ev[COLUMNS].copy()
    for c in ("date", "last_date"):
        ev[c] = [day(x) for x in ev[c]]
    for c in ("symmetric", "negated", "hypothetical"):
        ev[c] = ev[c].astype("boolean")
    for c in ("quad_class", "num_mentions", "num_sources", "num_articles", "geonames_id"):
        ev[c] = pd.array([None if pd.isna(x) else int(x) for x in ev[c]], dtype="Int64")
    for c in ("goldstein", "lat", "lon", "tone", "confidence"):
        ev[c] = pd.to_numeric(ev[c], errors="coerce").astype("float64")
    return ev


def export_csv(store: Any, output: Path, include_flagged: bool = True, **_: Any) -> str:
    tables = Tables.from_store(store)
    if not include_flagged:
        tables = tables.plain()
    df = events_frame(tables)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    df.to_csv(output, index=False)
    return f"{len(df)} events"


def write_parquet(df: pd.DataFrame, output: Path) -> None:
    import pyarrow as pa
    import pyarrow.dataset as ds

    output = Path(output)
    if output.exists():
        if not output.is_dir():
            raise ValueError(f"{output} exists and is not a folder (parquet writes a folder)")
        foreign = [p.name for p in output.iterdir() if not p.name.startswith("date=")]
        if foreign:
            raise ValueError(
                f"{output} holds other files ({', '.join(sorted(foreign)[:3])}); "
                "give an empty or new folder"
            )
        shutil.rmtree(output)  # a previous export: replaced as a whole
    output.mkdir(parents=True)
    types = {c: pa.string() for c in COLUMNS}
    types.update({c: pa.bool_() for c in ("symmetric", "negated", "hypothetical")})
    types.update(
        {
            c: pa.int64()
            for c in ("quad_class", "num_mentions", "num_sources", "num_articles", "geonames_id")
        }
    )
    types.update({c: pa.float64() for c in ("goldstein", "lat", "lon", "tone", "confidence")})
    types["last_date"] = pa.date32()
    columns = {}
    for c in COLUMNS:
        if c == "date":
            continue  # below
        values = df[c].astype(object).where(df[c].notna(), None).tolist()
        columns[c] = pa.array(values, type=types[c])
    # the partition key as an ISO string; the typed date stays in event_date
    columns["event_date"] = pa.array(df["date"].tolist(), type=pa.date32())
    columns["date"] = pa.array(
        [d.isoformat() if d is not None else None for d in df["date"]], type=pa.string()
    )
    arrow = pa.table(columns)
    ds.write_dataset(
        arrow,
        output,
        format="parquet",
        partitioning=ds.partitioning(pa.schema([("date", pa.string())]), flavor="hive"),
        existing_data_behavior="overwrite_or_ignore",
        basename_template="part-{i}.parquet",
    )


def export_parquet(store: Any, output: Path, include_flagged: bool = True, **_: Any) -> str:
    tables = Tables.from_store(store)
    if not include_flagged:
        tables = tables.plain()
    df = events_frame(tables)
    write_parquet(df, output)
    return f"{len(df)} events"
