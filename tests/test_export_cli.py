"""`lagebild export --db FILE --format FORMAT --output PATH` for every format (CONVENTIONS.md)."""

from __future__ import annotations

import pytest
from export_store import build_store
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.export.gdelt import read_gdelt_events

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("db") / "news.duckdb"
    build_store(str(path)).close()
    return str(path)


@pytest.mark.parametrize(
    "fmt, name",
    [
        ("gdelt", "e.tsv"),
        ("gdelt-mentions", "m.tsv"),
        ("plover", "p.jsonl"),
        ("csv", "e.csv"),
        ("parquet", "pq"),
        ("gexf", "a.gexf"),
        ("graphml", "a.graphml"),
    ],
)
def test_every_format_exports(db, tmp_path, fmt, name):
    out = tmp_path / name
    r = runner.invoke(app, ["export", "--db", db, "--format", fmt, "--output", str(out)])
    assert r.exit_code == 0, r.output
    assert out.exists()
    if fmt == "gdelt":
        assert len(read_gdelt_events(out)) == 8
