"""The batch loop behind `lagebild ingest` and `lagebild.api.ingest`:

    read → clean → pipeline.process → store.add

one document at a time, each in its own store transaction. A failure at any stage is recorded in
the errors table (and reported on the console) with a one-line reason, and the batch goes on;
`strict=True` stops at the first failure instead. Stages that are not installed are reported
once and skipped (a document without NLP is still stored, without events).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from lagebild.models import Document, RawDocument


class StageUnavailable(RuntimeError):
    """A pipeline stage is not installed or not written yet."""


class StrictFailure(RuntimeError):
    """Raised in strict mode at the first failure."""


@dataclass
class IngestSummary:
    added: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: int = 0
    warnings: int = 0
    event_mentions: int = 0
    seconds: float = 0.0
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (stage, source, reason)
    missing_stages: list[str] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.added + self.unchanged + self.updated

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "added": self.added,
            "unchanged": self.unchanged,
            "updated": self.updated,
            "failed": self.failed,
            "warnings": self.warnings,
            "event_mentions": self.event_mentions,
            "seconds": round(self.seconds, 3),
            "missing_stages": self.missing_stages,
        }


_BUGS = (
    KeyError,
    IndexError,
    AttributeError,
    TypeError,
    AssertionError,
    NameError,
    ZeroDivisionError,
)


def one_line(exc: BaseException | str) -> str:
    """A one-line reason: the message's first line; programming errors keep their type name."""
    text = str(exc).strip()
    first = text.splitlines()[0].strip() if text else ""
    if isinstance(exc, BaseException) and (not first or isinstance(exc, _BUGS)):
        first = f"{type(exc).__name__}: {first}".rstrip(": ")
    return first[:500]


def load_reader() -> Callable[..., Iterable[Any]]:
    try:
        from lagebild.ingest import read
    except ImportError as exc:
        raise StageUnavailable(f"the ingest stage is not available ({exc})") from exc
    return read


def read_options(fetch: bool = True, timeout: float | None = None) -> dict[str, Any]:
    """The reader options of `--no-fetch` and `--timeout` (only those that differ from the
    readers' defaults, so that any `read` callable works when they are not used)."""
    options: dict[str, Any] = {}
    if not fetch:
        options["fetch_articles"] = "never"
    if timeout is not None:
        if not timeout > 0:
            raise ValueError(f"timeout must be a positive number of seconds, not {timeout!r}")
        options["timeout"] = float(timeout)
    return options


def load_cleaner() -> Callable[[RawDocument], Document] | None:
    try:
        from lagebild.clean import clean
    except ImportError:
        return None
    return clean


def fallback_clean(raw: RawDocument) -> Document:
    """Used only while the clean stage is missing: the text as read, unsplit."""
    doc = Document(
        source=raw.source,
        format=raw.format,
        url=raw.url,
        date=raw.date,
        title=raw.title,
        teaser=raw.teaser,
        text=(raw.text or "").strip(),
        language=raw.language,
        meta=dict(raw.meta),
    )
    if not doc.text and not doc.title:
        raise ValueError("empty document")
    return doc.finalize_ids()


@lru_cache(maxsize=4)
def default_pipeline(lang: str = "de", nlp_backend: str = "default") -> Any:
    """One shared pipeline per language and NLP backend, so that models load once per process."""
    from lagebild.pipeline import Pipeline

    return Pipeline(nlp_backend=nlp_backend, lang=lang)


class StageRunner:
    """Runs the analysis stages that exist; remembers which are missing."""

    def __init__(self, pipeline: Any = None):
        self.pipeline = pipeline if pipeline is not None else default_pipeline()
        self.missing: list[str] = []
        self._full: bool | None = None

    def _probe(self) -> None:
        if self._full is not None:
            return
        self.stages: list[tuple[str, Any]] = []
        for name in ("analyzer", "resolver", "coder"):
            try:
                self.stages.append((name, getattr(self.pipeline, name)))
            except Exception as exc:  # not written yet, or its model/data is missing
                self.missing.append(f"{_STAGE[name]} ({one_line(exc)})")
        try:
            from lagebild.enrich import enrich

            self.stages.append(("enrich", enrich))
        except ImportError as exc:
            self.missing.append(f"enrich ({one_line(exc)})")
        self._full = not self.missing

    def process(self, doc: Document) -> Document:
        from lagebild.pipeline import Pipeline

        if not isinstance(self.pipeline, Pipeline):
            return self.pipeline.process(doc)  # a custom pipeline (tests, plugins)
        self._probe()
        if self._full:
            return self.pipeline.process(doc)
        docs = None
        for name, stage in self.stages:
            if name == "analyzer":
                docs = stage.analyze(doc)
            elif docs is None:
                break  # nothing downstream can work without the NLP stage
            elif name == "resolver":
                stage.annotate(doc, docs)
            elif name == "coder":
                stage.code(doc, docs)
            else:
                stage(doc, docs)
        return doc


_STAGE = {"analyzer": "nlp", "resolver": "actors", "coder": "coding"}


@dataclass
class Outcome:
    """What the per-document stages made of one item the readers produced: a stored-to-be
    document ('document'), a document already in the store ('known': not analysed again) or a
    failure at one stage. `missing` lists the analysis stages that are not installed."""

    kind: str
    source: str
    doc: Document | None = None
    stage: str = ""
    reason: str = ""
    document_id: str | None = None
    missing: list[str] = field(default_factory=list)


class DocumentWorker:
    """The per-document stages of every engine: clean → skip if already stored → analyse
    (NLP → actors → coding → enrich). The local engine calls it in the driver process, the Ray
    engine (lagebild.scale) in its workers; the store is only ever written by the driver."""

    def __init__(
        self,
        pipeline: Any = None,
        analyze: bool = True,
        known: Callable[[str], bool] | None = None,
    ):
        self.clean = load_cleaner() or fallback_clean
        self.runner = StageRunner(pipeline) if analyze else None
        self.known = known

    def __call__(self, item: Any) -> Outcome:
        if not isinstance(item, RawDocument):
            return Outcome(
                "failure",
                str(getattr(item, "source", "?")),
                stage=str(getattr(item, "stage", None) or "ingest"),
                reason=str(getattr(item, "reason", item)),
            )
        try:
            doc = self.clean(item)
        except Exception as exc:
            return Outcome("failure", item.source, stage="clean", reason=one_line(exc))
        if self.known is not None and self.known(doc.id):
            return Outcome("known", doc.source, document_id=doc.id)
        if self.runner is not None:
            try:
                self.runner.process(doc)
            except Exception as exc:
                return Outcome(
                    "failure",
                    doc.source,
                    stage="analyze",
                    reason=one_line(exc),
                    document_id=doc.id,
                    missing=list(self.runner.missing),
                )
        missing = list(self.runner.missing) if self.runner is not None else []
        return Outcome("document", doc.source, doc=doc, missing=missing)


def read_items(
    inputs: list[str | Path],
    format: str | None = None,
    fetch: bool = True,
    timeout: float | None = None,
) -> Iterator[Any]:
    """What the readers produce (RawDocument or IngestError); a reader that breaks mid-stream
    ends the stream with one ingest failure (an Outcome)."""
    read = load_reader()
    items = iter(read([str(p) for p in inputs], format=format, **read_options(fetch, timeout)))
    while True:
        try:
            item = next(items)
        except StopIteration:
            return
        except Exception as exc:
            yield Outcome(
                "failure", ", ".join(map(str, inputs)), stage="ingest", reason=one_line(exc)
            )
            return
        yield item


ENGINES = ("local", "ray")


def run_ingest(
    store: Any,
    inputs: list[str | Path],
    format: str | None = None,
    strict: bool = False,
    pipeline: Any = None,
    analyze: bool = True,
    on_event: Callable[[str, dict[str, Any]], None] | None = None,
    reanalyze: bool = False,
    batch_size: int = 50,
    batch_seconds: float = 2.0,
    fetch: bool = True,
    timeout: float | None = None,
    engine: str = "local",
    ray_address: str | None = None,
    num_cpus: int | None = None,
) -> IngestSummary:
    """Ingest `inputs` into `store`. `on_event(kind, info)` is called with kind 'document'
    (info: source, status, events), 'failure' (stage, source, reason) or 'missing' (stage);
    the CLI uses it for its progress bar and console lines. A document already in the store
    (same source, same content) is skipped before analysis unless `reanalyze` is set; then it is
    analysed again and stored as 'updated' if its events changed.

    Analysed documents are written in batches (`batch_size` documents or `batch_seconds`, one
    transaction each); if a batch fails, it is rolled back and its documents are written one by
    one, each in its own transaction, so that only the failing document is lost and nothing is
    ever half-written.

    `fetch=False`: feed entries keep the text the feed carries, no linked article is fetched
    (URLs given as inputs are still read); `timeout`: seconds per HTTP request (URL inputs and
    linked articles; the reader's default, 15 s, when None).

    `engine="ray"` runs the per-document stages as a Ray Data map (the `scale` extra; see
    lagebild.scale.ray_runner): on a local Ray with `num_cpus` CPUs, or on the cluster at
    `ray_address` ('auto' or a URL). Reading and writing stay in this process, so the store,
    its batches and its guarantees are the same as with the local engine."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (choose one of {', '.join(ENGINES)})")
    if num_cpus is not None and num_cpus < 1:
        raise ValueError(f"num_cpus must be at least 1, not {num_cpus!r}")
    if engine == "ray":
        from lagebild.scale.ray_runner import require_ray

        require_ray()  # RayUnavailable before anything is read
    notify = on_event or (lambda kind, info: None)
    summary = IngestSummary()
    started = time.perf_counter()
    load_reader()
    if load_cleaner() is None:
        summary.missing_stages.append("clean (using the raw text)")
        notify("missing", {"stage": "clean (using the raw text)"})
    reported_missing = False

    pending: list[Document] = []
    last_flush = time.perf_counter()

    def fail(stage: str, source: str, reason: str, document_id: str | None = None) -> None:
        summary.failed += 1
        summary.failures.append((stage, source, reason))
        store.add_error(source, reason, severity="error", stage=stage, document_id=document_id)
        notify("failure", {"stage": stage, "source": source, "reason": reason})
        if strict:
            flush()
            raise StrictFailure(f"{stage}: {source}: {reason}")

    def stored(doc: Document, status: str) -> None:
        summary.added += status == "added"
        summary.unchanged += status == "unchanged"
        summary.updated += status == "updated"
        summary.warnings += len(doc.meta.get("warnings") or []) if status != "unchanged" else 0
        summary.event_mentions += len(doc.events)
        notify(
            "document",
            {"source": doc.source, "status": status, "events": len(doc.events), "id": doc.id},
        )

    def flush() -> None:
        nonlocal last_flush
        batch, pending[:] = list(pending), []
        last_flush = time.perf_counter()
        if not batch:
            return
        add_many = getattr(store, "add_many", None)
        if add_many is not None and len(batch) > 1:
            try:
                statuses = add_many(batch)
            except Exception:
                pass  # rolled back: write them one by one below
            else:
                for doc, status in zip(batch, statuses, strict=True):
                    stored(doc, status)
                return
        for doc in batch:
            try:
                status = store.add(doc)
            except Exception as exc:
                fail("store", doc.source, one_line(exc), doc.id)
                continue
            stored(doc, status)

    known = None if reanalyze else getattr(store, "has_document", None)
    items = read_items(inputs, format=format, fetch=fetch, timeout=timeout)
    if engine == "ray":
        from lagebild.scale.ray_runner import ray_outcomes

        outcomes = ray_outcomes(
            items,
            pipeline=pipeline,
            analyze=analyze,
            known_ids=known_document_ids(store) if known is not None else None,
            address=ray_address,
            num_cpus=num_cpus,
        )
    else:
        worker = DocumentWorker(pipeline, analyze=analyze, known=known)
        outcomes = (x if isinstance(x, Outcome) else worker(x) for x in items)
    try:
        for outcome in outcomes:
            if outcome.missing and not reported_missing:
                reported_missing = True
                summary.missing_stages.extend(outcome.missing)
                for stage in outcome.missing:
                    notify("missing", {"stage": stage})
            if outcome.kind == "failure":
                fail(outcome.stage, outcome.source, outcome.reason, outcome.document_id)
                continue
            if outcome.kind == "known":
                summary.unchanged += 1
                notify("document", {"source": outcome.source, "status": "unchanged", "events": 0})
                continue
            pending.append(outcome.doc)
            if len(pending) >= batch_size or time.perf_counter() - last_flush >= batch_seconds:
                flush()
    except StrictFailure:
        raise
    except BaseException:
        flush()  # what was analysed before an engine failure (e.g. Ray gave up) is kept
        raise
    flush()
    summary.seconds = time.perf_counter() - started
    return summary


def known_document_ids(store: Any) -> frozenset[str]:
    """The ids of the stored documents, for engines whose workers cannot ask the store."""
    sql = getattr(store, "sql", None)
    if sql is None:
        return frozenset()
    return frozenset(str(x) for x in sql("SELECT id FROM documents")["id"])
