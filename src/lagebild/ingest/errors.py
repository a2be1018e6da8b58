"""What ingest yields when an input cannot be read."""

from __future__ import annotations

from dataclasses import dataclass


def one_line(text: object, limit: int = 300) -> str:
    """Squash a message to one line of at most `limit` characters."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


@dataclass
class IngestError:
    """One input (or one record of an input) that could not be read.

    `reason` is one clear line; the batch goes on with the next input."""

    source: str
    reason: str
    stage: str = "ingest"

    def __post_init__(self) -> None:
        self.reason = one_line(self.reason)

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class IngestFailure(Exception):
    """Raised inside readers; `read()` turns it into an `IngestError`."""

    def __init__(self, reason: str, source: str | None = None):
        super().__init__(reason)
        self.reason = one_line(reason)
        self.source = source
