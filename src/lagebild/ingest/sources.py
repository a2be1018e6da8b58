"""Inputs: files, folders (recursive), glob patterns, http(s) URLs and stdin ('-')."""

from __future__ import annotations

import glob
import io
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from lagebild.ingest.decode import declared_charset, decode
from lagebild.ingest.errors import IngestError, IngestFailure

# extensions a folder walk picks up (an explicitly named file of any extension is sniffed)
ARTICLE_EXTENSIONS = (
    ".txt",
    ".text",
    ".jsonl",
    ".ndjson",
    ".jsonl.gz",
    ".json",
    ".html",
    ".htm",
    ".xhtml",
    ".xml",
    ".rss",
    ".atom",
    ".warc",
    ".warc.gz",
)

MB = 1024 * 1024
DEFAULT_MAX_BYTES = 20 * MB  # single-document formats; streamed formats have no limit


class _Chained(io.RawIOBase):
    """A prefix already read (for sniffing) followed by the rest of a stream."""

    def __init__(self, prefix: bytes, stream: BinaryIO):
        self._prefix = memoryview(prefix)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        if self._prefix:
            n = min(len(buf), len(self._prefix))
            buf[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        data = self._stream.read(len(buf))
        buf[: len(data)] = data
        return len(data)

    def close(self) -> None:  # never close stdin
        super().close()


@dataclass
class Source:
    """One input: a local file, a fetched URL or a stream (stdin). Readers get one of these.

    A stream is read once: `head()` keeps what sniffing read, and `open()` gives it back
    followed by the rest, so JSON Lines and WARC stream from stdin too."""

    name: str  # what RawDocument.source will say: the path, the URL or 'stdin'
    path: Path | None = None
    data: bytes | None = None  # already in memory (URL body)
    url: str | None = None
    content_type: str | None = None
    meta: dict = field(default_factory=dict)
    stream: BinaryIO | None = None
    _head: bytes = b""

    @property
    def size(self) -> int | None:
        if self.data is not None:
            return len(self.data)
        if self.path is not None:
            return self.path.stat().st_size
        return None  # a stream: unknown until read

    def open(self) -> BinaryIO:
        if self.data is not None:
            return io.BytesIO(self.data)
        if self.stream is not None:
            return io.BufferedReader(_Chained(self._head, self.stream), buffer_size=1 << 16)
        assert self.path is not None
        return open(self.path, "rb")  # noqa: SIM115

    def head(self, n: int = 8192) -> bytes:
        if self.data is not None:
            return self.data[:n]
        if self.stream is not None:
            while len(self._head) < n:
                chunk = self.stream.read(n - len(self._head))
                if not chunk:
                    break
                self._head += chunk
            return self._head[:n]
        with self.open() as fh:
            return fh.read(n)

    def _too_large(self, size: float, max_bytes: int) -> IngestFailure:
        return IngestFailure(
            f"file too large for a single-document format: {size / MB:.1f} MB > "
            f"{max_bytes / MB:.0f} MB limit (split it, or use JSON Lines/WARC, which stream)",
            self.name,
        )

    def read_bytes(self, max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
        """The whole input, refused with a reason when above `max_bytes`."""
        if self.stream is not None:
            with self.open() as fh:
                data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
            if max_bytes is not None and len(data) > max_bytes:
                raise self._too_large(len(data), max_bytes)
            return data
        size = self.size or 0
        if max_bytes is not None and size > max_bytes:
            raise self._too_large(size, max_bytes)
        if self.data is not None:
            return self.data
        assert self.path is not None
        return self.path.read_bytes()

    def read_text(self, max_bytes: int | None = DEFAULT_MAX_BYTES) -> tuple[str, list[str]]:
        data = self.read_bytes(max_bytes)
        if not data.strip():
            raise IngestFailure("empty file", self.name)
        return decode(data, self.name, declared=self.meta.get("charset") or declared_charset(data))


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def _has_glob(text: str) -> bool:
    return any(ch in text for ch in "*?[")


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        for name in sorted(files):
            if name.startswith((".", "_")) or name.upper().startswith(("README", "LICENSE")):
                continue
            if name.lower().endswith(ARTICLE_EXTENSIONS):
                yield Path(root) / name


def expand(
    inputs: Iterable[str], fetcher=None, stdin: BinaryIO | None = None
) -> Iterator[Source | IngestError]:
    """Turn the user's inputs into Sources (or IngestErrors for what cannot be opened)."""
    for item in inputs:
        item = str(item)
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield Source(name="stdin", stream=stream)
        elif is_url(item):
            if fetcher is None:
                yield IngestError(item, "URL given but fetching is switched off")
                continue
            try:
                yield fetcher.fetch_source(item)
            except IngestFailure as exc:
                yield IngestError(item, exc.reason)
        else:
            path = Path(item).expanduser()
            if path.is_dir():
                found = False
                for file in _walk(path):
                    found = True
                    yield Source(name=str(file.resolve()), path=file)
                if not found:
                    yield IngestError(item, "folder holds no article files")
            elif path.is_file():
                # absolute path: the same file read from another folder is the same source
                yield Source(name=str(path.resolve()), path=path)
            elif path.exists():
                yield IngestError(item, "not a regular file")
            elif _has_glob(item):
                matches = sorted(glob.glob(os.path.expanduser(item), recursive=True))
                if not matches:
                    yield IngestError(item, "no files match this pattern")
                for match in matches:
                    yield from expand([match], fetcher, stdin)
            else:
                yield IngestError(item, "no such file or directory")
