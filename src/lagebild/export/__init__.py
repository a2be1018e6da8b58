"""export stage: the store's events in the formats analysts load (see docs/exports.md).

Importing this package registers every exporter in `lagebild.registry.exporters`; each is
`fn(store, output: Path, **options) -> str` (a short summary such as "12 events"):

    gdelt           GDELT 2.0 event table: 61 tab-separated columns, no header
    gdelt-mentions  GDELT 2.0 mentions table: 16 tab-separated columns, no header
    plover          PLOVER JSON Lines (schema: lagebild/data/schemas/plover.schema.json)
    csv             the events table as CSV
    parquet         the events table as a folder of Parquet files partitioned by date
    gexf, graphml   the actor network, weighted by event counts and signed by quad class

Option `include_flagged` (bool): keep negated and hypothetical events (default: off for gdelt,
gdelt-mentions and the networks, which have no field for them; on for plover, csv, parquet,
which carry the flags).
"""

from __future__ import annotations

from lagebild.export.gdelt import export_gdelt, export_gdelt_mentions
from lagebild.export.network import export_gexf, export_graphml
from lagebild.export.plover import export_plover
from lagebild.export.tabular import export_csv, export_parquet
from lagebild.registry import exporters

EXPORTERS = {
    "gdelt": export_gdelt,
    "gdelt-mentions": export_gdelt_mentions,
    "plover": export_plover,
    "csv": export_csv,
    "parquet": export_parquet,
    "gexf": export_gexf,
    "graphml": export_graphml,
}
for _name, _fn in EXPORTERS.items():
    exporters.register(_name, _fn)


def export(store, format: str, output, **options) -> str:
    """Export `store` in `format` to `output` (a file, or a folder for parquet)."""
    return exporters.get(format)(store, output, **options)


__all__ = ["EXPORTERS", "export"]
