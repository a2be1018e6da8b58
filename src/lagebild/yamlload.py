"""YAML reading for the package's data files: libyaml's C loader when PyYAML has it (about ten
times faster on the lexicon and actor files), the pure-Python safe loader otherwise. Both build
the same data from these files (tests/test_yamlload.py compares them on every data file)."""

from __future__ import annotations

from typing import Any

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(text: str) -> Any:
    """Parse YAML text safely, with the fastest safe loader available."""
    return yaml.load(text, Loader=Loader)
