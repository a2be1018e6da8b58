"""The server's single writer: a worker thread that runs the pipeline and writes to the store.

DuckDB lets one process own a database file. The server is that process: it opens the store
once, and this worker is the only code that uses the store's connection (for `store.add`).
Requests read through their own cursors (see `queries.py`), so they keep answering while an
ingest runs; they see each document once its transaction has committed.
"""

from __future__ import annotations

import ipaddress
import itertools
import logging
import queue
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any
from urllib.parse import urljoin, urlsplit

from lagebild.models import Document, RawDocument

log = logging.getLogger("lagebild.serve")

MAX_FETCH_BYTES = 5 * 1024 * 1024
FETCH_TIMEOUT = 15.0
MAX_REDIRECTS = 5


class UnsafeURL(ValueError):
    """A URL the server refuses to fetch (bad scheme, or a loopback/private address)."""


def check_url(url: str, allow_private: bool = False) -> None:
    """Refuse non-http(s) URLs and hosts resolving to loopback, private, link-local,
    multicast, reserved or unspecified addresses (unless `allow_private`)."""
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError as exc:
        raise UnsafeURL(f"not a valid URL: {exc}") from None
    if parts.scheme not in ("http", "https"):
        raise UnsafeURL(f"only http and https URLs can be fetched, not {parts.scheme or 'none'!r}")
    if not host:
        raise UnsafeURL("the URL has no host")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(host, port or 443, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError, ValueError) as exc:
        raise UnsafeURL(f"cannot resolve host {host!r}: {exc}") from None
    for info in infos:
        addr = ipaddress.ip_address(info[4][0].split("%")[0])
        if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
            addr = addr.ipv4_mapped
        if not addr.is_global or addr.is_multicast:
            raise UnsafeURL(
                f"refusing to fetch {host!r}: it resolves to the non-public address {addr}"
                " (start the server with --allow-private-urls to allow this)"
            )


def fetch_url(url: str, allow_private: bool = False) -> tuple[str, str]:
    """GET a page, checking every redirect hop; returns (final URL, text)."""
    import httpx

    with httpx.Client(timeout=FETCH_TIMEOUT, follow_redirects=False) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_url(url, allow_private)
            with client.stream(
                "GET", url, headers={"User-Agent": "lagebild (+offline news coder)"}
            ) as resp:
                if resp.is_redirect:
                    url = urljoin(url, resp.headers.get("location", ""))
                    continue
                resp.raise_for_status()
                chunks, size = [], 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > MAX_FETCH_BYTES:
                        raise ValueError(f"page larger than {MAX_FETCH_BYTES} bytes")
                    chunks.append(chunk)
                body = b"".join(chunks)
                encoding = resp.charset_encoding or "utf-8"
                return url, body.decode(encoding, errors="replace")
    raise ValueError(f"more than {MAX_REDIRECTS} redirects")


def default_processor(pipeline_factory: Callable[[], Any]) -> Callable[[RawDocument], Document]:
    """RawDocument -> coded Document with the real stages (clean, NLP, actors, coding, enrich),
    through the ingest runner's StageRunner (stages not installed are skipped)."""

    state: dict[str, Any] = {}

    def process(raw: RawDocument) -> Document:
        from lagebild.ingest_runner import StageRunner, fallback_clean, load_cleaner

        clean = load_cleaner() or fallback_clean
        if "runner" not in state:
            state["runner"] = StageRunner(pipeline_factory())
        doc = clean(raw)
        if not doc.id:
            doc.finalize_ids()
        return state["runner"].process(doc)

    def reset() -> None:  # after new actor entries: rebuild the pipeline for the next job
        state.pop("runner", None)
        try:  # the actors stage caches resolvers per file list: the file's content changed
            from lagebild.actors import _load

            _load.cache_clear()
        except (ImportError, AttributeError):
            pass

    process.reset = reset  # type: ignore[attr-defined]
    return process


@dataclass
class Job:
    id: str
    kind: str
    status: str = "queued"  # queued | running | done | failed
    submitted: float = field(default_factory=time.time)
    finished: float | None = None
    result: str | None = None  # store.add's answer: added | unchanged | updated
    document_id: str | None = None
    num_events: int | None = None
    error: str | None = None
    payload: dict[str, Any] = field(default_factory=dict, repr=False)

    def public(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "status": self.status,
            "result": self.result,
            "document_id": self.document_id,
            "num_events": self.num_events,
            "error": self.error,
        }


class IngestWorker:
    """A queue of ingest jobs and one thread that works them off against the store."""

    def __init__(
        self,
        store: Any,
        processor: Callable[[RawDocument], Document],
        allow_private_urls: bool = False,
        max_queue: int = 100,
        keep_jobs: int = 1000,
    ):
        self.store = store
        self.processor = processor
        self.allow_private_urls = allow_private_urls
        self.queue: queue.Queue[Job | None] = queue.Queue(maxsize=max_queue)
        self.jobs: OrderedDict[str, Job] = OrderedDict()
        self.keep_jobs = keep_jobs
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.busy = threading.Event()
        self.generation = 0  # bumped after every write; cached API answers carry it

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="lagebild-ingest", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        if self._thread is not None:
            self.queue.put(None)
            self._thread.join(timeout)
            self._thread = None

    def submit(self, kind: str, payload: dict[str, Any]) -> Job:
        with self._lock:
            job = Job(id=f"job-{next(self._ids)}", kind=kind, payload=payload)
            self.jobs[job.id] = job
            while len(self.jobs) > self.keep_jobs:
                self.jobs.popitem(last=False)
        self.queue.put_nowait(job)  # raises queue.Full
        return job

    def get(self, job_id: str) -> Job | None:
        return self.jobs.get(job_id)

    def status(self) -> dict[str, Any]:
        counts: dict[str, int] = {}
        for job in list(self.jobs.values()):
            counts[job.status] = counts.get(job.status, 0) + 1
        return {"queued": self.queue.qsize(), "busy": self.busy.is_set(), "jobs": counts}

    def _run(self) -> None:
        while True:
            job = self.queue.get()
            if job is None:
                return
            self.busy.set()
            job.status = "running"
            try:
                self._work(job)
                job.status = "done"
            except Exception as exc:  # one bad document never stops the worker
                job.status = "failed"
                job.error = f"{type(exc).__name__}: {exc}".splitlines()[0][:500]
                log.warning("ingest %s failed: %s", job.id, job.error)
                try:
                    self.store.add_error(
                        job.payload.get("url") or job.payload.get("source") or job.id,
                        job.error,
                        stage="serve",
                    )
                except Exception:  # the error table is best effort
                    pass
            finally:
                job.finished = time.time()
                job.payload = {}
                self.busy.clear()

    def _work(self, job: Job) -> None:
        p = job.payload
        if job.kind == "url":
            final_url, html = fetch_url(p["url"], self.allow_private_urls)
            raw = RawDocument(
                source=final_url,
                format="html",
                text=html,
                url=final_url,
                date=_date(p.get("date")),
                language=p.get("lang"),
            )
        else:
            raw = RawDocument(
                source=p.get("source") or "api",
                format="text",
                text=p["text"],
                title=p.get("title"),
                teaser=p.get("teaser"),
                url=p.get("url"),
                date=_date(p.get("date")),
                language=p.get("lang"),
            )
        doc = self.processor(raw)
        try:
            job.result = self.store.add(doc)
        finally:  # whatever happened, the store may have changed: drop cached answers
            self.generation += 1
        job.document_id = doc.id
        job.num_events = len(doc.events)


def _date(value: Any) -> Date | None:
    if value is None or isinstance(value, Date):
        return value
    return Date.fromisoformat(str(value))
