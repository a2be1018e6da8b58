"""A WHERE clause built from optional filters: conditions with `?` placeholders and their
parameters, kept together so that a filter cannot add one without the other."""

from __future__ import annotations

from typing import Any


class Where:
    """`w.add(cond, *params)` always adds; `w.when(value, cond, *params)` only when `value` is
    set (not None, empty or false). `w.sql` is " WHERE a AND b" (or "" without conditions),
    `w.params` the parameters in placeholder order."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> Where:
        self.clauses.append(clause)
        self.params.extend(params)
        return self

    def when(self, value: Any, clause: str, *params: Any) -> Where:
        if value:
            self.add(clause, *params)
        return self

    @property
    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""

    def __bool__(self) -> bool:
        return bool(self.clauses)
