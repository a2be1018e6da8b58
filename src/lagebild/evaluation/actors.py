"""Score actor resolution on a mention set: JSON Lines {id, mention, date, code, lang?}.

Country accuracy compares the part before '/' (IGO:/NGO: codes whole); sector accuracy
compares the part after '/' (no sector = no sector); exact compares the whole code. A gold
code of null means "no actor": it is right when the resolver also returns nothing."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date as Date
from pathlib import Path
from typing import Any


def _country(code: str | None) -> str | None:
    if not code:
        return None
    return code.split("/")[0] or None


def _sector(code: str | None) -> str | None:
    return code.split("/")[1] if code and "/" in code else None


def read_mentions(path: Path) -> tuple[list[dict], list[str]]:
    rows, errors = [], []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                if "mention" not in row:
                    raise ValueError("no 'mention' field")
                rows.append(row)
            except (ValueError, TypeError) as exc:
                errors.append(f"{path}:{n}: {exc}")
    return rows, errors


def parse_date(value: Any) -> Date | None:
    if not value:
        return None
    try:
        return Date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def evaluate(rows: Iterable[dict], resolver: Any) -> dict:
    """Figures and the list of wrong answers."""
    n = c_ok = s_ok = e_ok = unresolved = 0
    wrong = []
    for row in rows:
        gold = row.get("code")
        ref = resolver.resolve_mention(
            row["mention"], parse_date(row.get("date")), row.get("lang") or "de"
        )
        pred = ref.code if ref else None
        n += 1
        unresolved += pred is None and gold is not None
        c = _country(pred) == _country(gold)
        s = _sector(pred) == _sector(gold)
        c_ok += c
        s_ok += s
        e_ok += pred == gold
        if pred != gold:
            wrong.append({"id": row.get("id"), "mention": row["mention"], "date": row.get("date"),
                          "gold": gold, "pred": pred})  # fmt: skip
    div = max(n, 1)
    return {
        "mentions": n,
        "country": round(c_ok / div, 4),
        "sector": round(s_ok / div, 4),
        "exact": round(e_ok / div, 4),
        "unresolved": unresolved,
        "wrong": wrong,
    }
