"""What the coder's learned decisions (coding/rolemodel.py, coding/gate.py) share at run time:
the logistic score over sparse features and reading a weights file."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

M = TypeVar("M")


def prob(weights: dict[str, float], bias: float, feats: dict[str, float]) -> float:
    """P(yes) of a logistic regression: sigmoid(bias + w·x), z clipped to ±30."""
    z = bias + sum(weights.get(k, 0.0) * v for k, v in feats.items())
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def read_weights(path: str, from_dict: Callable[[dict[str, Any]], M]) -> M | None:
    """The model in JSON file `path`, or None when it is absent or broken (the rules alone)."""
    p = Path(path)
    if not p.is_file():
        return None
    try:
        return from_dict(json.loads(p.read_text(encoding="utf-8")))
    except (ValueError, OSError):
        return None
