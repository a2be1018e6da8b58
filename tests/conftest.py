"""Shared fixtures. Tests that need ../shared (gold sets, corpora, the seed article) use the
`shared_dir` fixture and skip with a clear reason on machines that do not have it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
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
