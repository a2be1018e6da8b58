"""`lagebild ingest --engine ray`: the per-document stages on Ray Data give the same store as the
local engine (examples/ plus broken inputs, on a local Ray with one CPU started here).

Without Ray these tests skip (pip install -e '.[scale]'); LAGEBILD_REQUIRE_RAY=1 (set by CI)
turns the skip into a failure."""

from __future__ import annotations

import os
import shutil
import sys

import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.ingest_runner import Outcome, run_ingest
from lagebild.scale.ray_runner import RayUnavailable, _windows
from lagebild.store import open_store

# columns that record when (or in which order) a row was written, not what it holds: the
# errors rows are numbered as written, and warnings are written with their document's batch,
# which closes after 50 documents or 2 seconds (so the numbering depends on the timing)
TIME_COLUMNS = {"added_at", "applied_at", "time", "first_time"}
ORDER_COLUMNS = {"errors": {"id"}}


@pytest.fixture(scope="module")
def local_ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        reason = f"Ray Data is not installed ({exc}): pip install -e '.[scale]'"
        if os.environ.get("LAGEBILD_REQUIRE_RAY"):
            pytest.fail(f"LAGEBILD_REQUIRE_RAY is set but {reason}")
        pytest.skip(reason)
    started = not ray.is_initialized()
    if started:
        ray.init(num_cpus=1, include_dashboard=False, logging_level="WARNING", log_to_driver=False)
    yield ray
    if started:
        ray.shutdown()


@pytest.fixture(scope="module")
def inputs(examples_dir, tmp_path_factory):
    """examples/ and a few inputs that fail at the reader (errors rows, the batch goes on)."""
    folder = tmp_path_factory.mktemp("inputs")
    for p in sorted(examples_dir.iterdir()):
        if p.is_file() and p.name != "README.md":
            shutil.copy(p, folder / p.name)
    (folder / "leer.txt").write_text("")
    (folder / "kaputt.bin").write_bytes(bytes(range(256)) * 40)
    (folder / "halb.jsonl").write_text(
        '{"title": "Ein Titel", "text": "Die Regierung in Berlin kritisierte Moskau."}\n'
        "{kein json\n"
        '{"text": 42}\n',
        encoding="utf-8",
    )
    return folder


def table_rows(store) -> dict[str, list[tuple]]:
    tables = store.sql(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
        "ORDER BY table_name"
    )["table_name"]
    out = {}
    for table in tables:
        df = store.sql(f'SELECT * FROM "{table}"')
        skip = TIME_COLUMNS | ORDER_COLUMNS.get(table, set())
        df = df[[c for c in df.columns if c not in skip]]
        rows = [tuple(str(v) for v in row) for row in df.itertuples(index=False)]
        out[table] = sorted(rows)
    return out


@pytest.fixture(scope="module")
def both(local_ray, inputs, tmp_path_factory):
    folder = tmp_path_factory.mktemp("stores")
    summaries, tables = {}, {}
    for engine in ("local", "ray"):
        with open_store(str(folder / f"{engine}.duckdb")) as store:
            summaries[engine] = run_ingest(store, [inputs], engine=engine, num_cpus=1)
            tables[engine] = table_rows(store)
    return summaries, tables, folder


def test_ray_engine_stores_what_the_local_engine_stores(both):
    summaries, tables, _ = both
    local, ray_ = summaries["local"], summaries["ray"]
    assert local.added >= 8 and local.event_mentions > 0  # examples/ really went through NLP
    assert local.failed >= 3  # the broken inputs became errors rows, the batch went on
    assert {**ray_.as_dict(), "seconds": 0} == {**local.as_dict(), "seconds": 0}
    assert ray_.failures == local.failures
    assert tables["ray"].keys() == tables["local"].keys()
    for table in tables["local"]:
        assert tables["ray"][table] == tables["local"][table], table
    assert tables["ray"]["errors"]  # the comparison covers the errors rows


def test_ray_reingest_changes_nothing(both, inputs):
    _, tables, folder = both
    with open_store(str(folder / "ray.duckdb")) as store:
        again = run_ingest(store, [inputs], engine="ray", num_cpus=1)
        assert again.added == again.updated == 0
        assert again.unchanged == len([r for r in tables["ray"]["documents"]])
        after = table_rows(store)
    assert {t: v for t, v in after.items() if t != "errors"} == {
        t: v for t, v in tables["ray"].items() if t != "errors"
    }


def test_cli_engine_ray(both, inputs):
    _, _, folder = both
    db = str(folder / "ray.duckdb")
    result = CliRunner().invoke(
        app, ["ingest", str(inputs), "--db", db, "--engine", "ray", "--num-cpus", "1", "-q"]
    )
    assert result.exit_code == 0, result.output
    assert "0 added" in result.output and "unchanged" in result.output


# --- without Ray ------------------------------------------------------------------------------


def test_windows_keep_order_and_stop_at_a_broken_reader():
    broken = Outcome("failure", "x", stage="ingest", reason="boom")
    assert list(_windows(range(5), 2)) == [[0, 1], [2, 3], [4]]
    assert list(_windows([0, 1, 2, broken, 9], 2)) == [[0, 1], [2], broken]
    assert list(_windows([], 3)) == []


def test_unknown_engine_and_bad_cpus(tmp_path):
    with open_store(str(tmp_path / "s.duckdb")) as store:
        with pytest.raises(ValueError, match="unknown engine"):
            run_ingest(store, [tmp_path], engine="spark")
        with pytest.raises(ValueError, match="num_cpus"):
            run_ingest(store, [tmp_path], engine="ray", num_cpus=0)
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--num-cpus", "2"])
    assert result.exit_code == 2 and "--engine ray" in result.output


def test_missing_ray_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray → ImportError
    with open_store(str(tmp_path / "s.duckdb")) as store:
        with pytest.raises(RayUnavailable, match=r"lagebild\[scale\]"):
            run_ingest(store, [tmp_path], engine="ray")
    db = str(tmp_path / "s.duckdb")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", db, "--engine", "ray"])
    assert result.exit_code == 2 and "lagebild[scale]" in result.output


def test_engine_failure_keeps_what_was_analysed(monkeypatch, tmp_path):
    """An engine that gives up mid-way (Ray: a worker that keeps crashing) stops the ingest,
    but the documents analysed before it are written, whole, and a re-run carries on."""
    from store_factory import BODY, FakePipeline, fake_read

    from lagebild import ingest_runner

    monkeypatch.setattr(ingest_runner, "load_reader", lambda: fake_read)
    monkeypatch.setattr(ingest_runner, "load_cleaner", lambda: ingest_runner.fallback_clean)
    src = tmp_path / "in"
    src.mkdir()
    for i in range(5):
        (src / f"{i}.txt").write_text(f"url: https://s{i}.de/a\n{BODY}", encoding="utf-8")

    class GivesUp(FakePipeline):
        def process(self, doc):
            if doc.source == "https://s3.de/a":
                raise SystemError("worker died")  # stands in for Ray's RayTaskError
            return super().process(doc)

    with open_store(str(tmp_path / "s.duckdb")) as store:
        monkeypatch.setattr(ingest_runner.DocumentWorker, "__call__", _no_catch)
        with pytest.raises(SystemError):
            run_ingest(store, [src], pipeline=GivesUp(), batch_size=50, batch_seconds=60)
        assert sorted(store.documents()["source"]) == [f"https://s{i}.de/a" for i in range(3)]
        monkeypatch.undo()
        monkeypatch.setattr(ingest_runner, "load_reader", lambda: fake_read)
        monkeypatch.setattr(ingest_runner, "load_cleaner", lambda: ingest_runner.fallback_clean)
        again = run_ingest(store, [src], pipeline=FakePipeline())
        assert (again.unchanged, again.added) == (3, 2)


def _no_catch(self, item):
    """DocumentWorker.__call__ without its per-document catch: the failure reaches the engine."""
    doc = self.clean(item)
    if self.known is not None and self.known(doc.id):
        return Outcome("known", doc.source, document_id=doc.id)
    self.runner.process(doc)
    return Outcome("document", doc.source, doc=doc)
