"""`lagebild serve`: options and a clear one-line error when the store cannot be opened."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from lagebild.cli import app  # noqa: E402


def test_serve_help_lists_the_options():
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--token", "--allow-private-urls"):
        assert option in result.output


def test_serve_reports_a_store_it_cannot_open(tmp_path):
    bad = tmp_path / "x.duckdb"
    bad.write_bytes(b"this is not a DuckDB database" * 200)
    result = CliRunner().invoke(app, ["serve", "--db", str(bad), "--port", "8999"])
    assert result.exit_code == 1
    assert "cannot open" in result.output
    assert "Traceback" not in result.output
