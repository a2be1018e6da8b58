"""Shared fixtures. Tests that need ../shared (gold sets, corpora, the seed article) use the
`shared_dir` fixture and skip with a clear reason on machines that do not have it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# a coding error in a test fails it loudly (the coder otherwise records it per sentence in
# document.meta["coding_errors"] and goes on; a lost event then looks like a coding decision)
os.environ.setdefault("LAGEBILD_STRICT", "1")
SHARED = Path(os.environ.get("LAGEBILD_SHARED", REPO.parent / "shared"))
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"needs the shared data folder ({SHARED}), which this machine does not have")
    return SHARED


@pytest.fixture(scope="session")
def seed_file(shared_dir: Path) -> Path:
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip(f"no seed article under {shared_dir / 'seeds'}")
    return seeds[0]


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


# --- store backends ---------------------------------------------------------------------------
# Store tests run against every backend: DuckDB always, PostgreSQL when its binaries (initdb,
# pg_ctl) and psycopg are installed. A throw-away cluster is started once per test session in a
# temporary folder (tests/pg_server.py). LAGEBILD_REQUIRE_POSTGRES=1 (set by CI) turns the skip
# into a failure.
STORE_BACKENDS = ["duckdb", "postgres"]


@pytest.fixture(scope="session")
def pg_cluster():
    from pg_server import TempCluster, find_bindir

    reason = None
    bindir = find_bindir()
    if bindir is None:
        reason = "PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install postgresql"
    else:
        try:
            import psycopg  # noqa: F401
        except ModuleNotFoundError:
            reason = "psycopg is not installed: pip install -e '.[postgres]'"
    if reason:
        if os.environ.get("LAGEBILD_REQUIRE_POSTGRES"):
            pytest.fail(f"LAGEBILD_REQUIRE_POSTGRES is set but {reason}")
        pytest.skip(reason)
    cluster = TempCluster(bindir)
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture(params=STORE_BACKENDS)
def store_backend(request) -> str:
    return request.param


@pytest.fixture
def new_store_url(store_backend, tmp_path, request):
    """new_store_url() → the path or URL of a new, empty store of the backend under test."""
    if store_backend == "postgres":
        cluster = request.getfixturevalue("pg_cluster")
        return cluster.new_store_url
    counter = iter(range(10**6))
    return lambda: str(tmp_path / f"store{next(counter)}.duckdb")


@pytest.fixture(scope="session")
def pipe():
    """The whole offline pipeline (NLP, actors, coder), for tests that code real sentences;
    skipped where a stage cannot load on this machine."""
    try:
        from lagebild.pipeline import Pipeline

        p = Pipeline()
        p.code_text("Test.")
    except Exception as exc:  # pragma: no cover - a stage missing on this machine
        pytest.skip(f"pipeline not available: {exc}")
    return p


@pytest.fixture(scope="session")
def analyzer():
    """The offline German analyzer (NLP stage), skipped where it cannot load."""
    nlp_mod = pytest.importorskip("lagebild.nlp")
    try:
        return nlp_mod.load_analyzer()
    except Exception as exc:  # pragma: no cover - a missing model
        pytest.skip(f"no analyzer: {exc}")


@pytest.fixture(scope="module")
def coder():
    """The event coder with its rules and shipped models, no resolver: for hand-built parses
    (tests/parses.py), whose actor spans are set. A module may define its own."""
    from lagebild.coding import EventCoder, load_lexicon

    return EventCoder(load_lexicon(), load_resolver=False)
