"""The package's data files read the same with the fast loader as with PyYAML's safe loader."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from lagebild import yamlload

DATA = Path(__file__).resolve().parents[1] / "src" / "lagebild" / "data"
FILES = sorted(DATA.rglob("*.yaml"))


def test_data_files_found() -> None:
    assert len(FILES) > 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_same_data_as_safe_load(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert yamlload.load(text) == yaml.safe_load(text)


def test_unsafe_tags_refused() -> None:
    with pytest.raises(yaml.YAMLError):
        yamlload.load("!!python/object/apply:os.system ['true']")
