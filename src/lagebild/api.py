"""The Python API, mirroring the command line.

    import lagebild.api as lb

    summary = lb.ingest(["news/", "feed.xml"], db="news.duckdb")   # lagebild ingest
    events = lb.events(db="news.duckdb", actor="RUS", since="2025-10-01")   # DataFrame
    docs = lb.documents(db="news.duckdb")                          # DataFrame
    lb.code(["Russland griff die Ukraine an."])                     # lagebild code
    with lb.open_store("news.duckdb") as store:                    # the full store API
        store.event_mentions(event_id=events.id[0])

Every function that takes `db` accepts a path, `None` (the default store) or an open store.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date as Date
from pathlib import Path
from typing import Any

import pandas as pd

from lagebild.ingest_runner import IngestSummary, StageRunner, one_line, run_ingest
from lagebild.models import Document
from lagebild.store import default_db_path, open_store

__all__ = [
    "CodingUnavailable",
    "code",
    "code_lines",
    "default_db_path",
    "documents",
    "errors",
    "event_mentions",
    "events",
    "export",
    "ingest",
    "open_store",
    "stats",
]


class CodingUnavailable(RuntimeError):
    """The NLP, actor or coding stage is missing, so nothing can be coded."""


@contextmanager
def _store(db: Any) -> Iterator[Any]:
    if db is not None and hasattr(db, "add") and hasattr(db, "events"):
        yield db  # an open store: leave it open
        return
    store = open_store(db)
    try:
        yield store
    finally:
        store.close()


def ingest(
    inputs: str | Path | Iterable[str | Path],
    db: Any = None,
    format: str | None = None,
    strict: bool = False,
    pipeline: Any = None,
    analyze: bool = True,
    reanalyze: bool = False,
    fetch: bool = True,
    timeout: float | None = None,
    engine: str = "local",
    ray_address: str | None = None,
    num_cpus: int | None = None,
    nlp: str = "default",
) -> IngestSummary:
    """`lagebild ingest`: read, clean, analyse and store; returns the counts.

    fetch=False (`--no-fetch`): RSS/Atom entries keep the text the feed carries, their linked
    articles are not fetched; timeout (`--timeout`): seconds per HTTP request (URL inputs and
    linked articles), default 15. engine="ray" (`--engine ray`, the `scale` extra): the
    per-document stages run on Ray Data, a local Ray with `num_cpus` CPUs or the cluster at
    `ray_address` ('auto' or a URL); the store is written by this process as with "local".
    nlp (`--nlp`): the NLP backend when no `pipeline` is given ('default',
    'spacy:<model-or-path>')."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    if pipeline is None and nlp != "default":
        from lagebild.ingest_runner import default_pipeline

        pipeline = default_pipeline("de", nlp)
    with _store(db) as store:
        return run_ingest(
            store,
            list(inputs),
            format=format,
            strict=strict,
            pipeline=pipeline,
            analyze=analyze,
            reanalyze=reanalyze,
            fetch=fetch,
            timeout=timeout,
            engine=engine,
            ray_address=ray_address,
            num_cpus=num_cpus,
        )


def documents(db: Any = None, **filters: Any) -> pd.DataFrame:
    """`lagebild documents`: filters id, story_id, source, limit, offset."""
    with _store(db) as store:
        return store.documents(**filters)


def events(db: Any = None, **filters: Any) -> pd.DataFrame:
    """`lagebild events`: filters actor, country, type, since, until, plain, document_id,
    limit, offset."""
    with _store(db) as store:
        return store.events(**filters)


def event_mentions(db: Any = None, **filters: Any) -> pd.DataFrame:
    with _store(db) as store:
        return store.event_mentions(**filters)


def errors(db: Any = None, **filters: Any) -> pd.DataFrame:
    with _store(db) as store:
        return store.errors(**filters)


def stats(db: Any = None) -> dict[str, Any]:
    with _store(db) as store:
        return store.stats()


def export(format: str, output: str | Path, db: Any = None, **options: Any) -> Any:
    """`lagebild export`: run the exporter registered under `format`."""
    import importlib

    from lagebild.registry import exporters

    importlib.import_module("lagebild.export")
    exporter = exporters.get(format)
    with _store(db) as store:
        return exporter(store, Path(output), **options)


# --- coding texts ------------------------------------------------------------------------------


class _Coder:
    def __init__(self, pipeline: Any = None, lang: str = "de", nlp: str = "default"):
        from lagebild import ingest_runner

        self.lang = lang
        self.runner = StageRunner(
            pipeline if pipeline is not None else ingest_runner.default_pipeline(lang, nlp)
        )
        self.checked = False

    def __call__(self, text: str, date: Date | None, lang: str | None) -> Document:
        doc = Document(
            source="text", format="text", text=text, date=date, language=lang or self.lang
        )
        doc.finalize_ids()
        self.runner.process(doc)
        if not self.checked:
            self.checked = True
            essential = [m for m in self.runner.missing if not m.startswith("enrich")]
            if essential:
                raise CodingUnavailable(
                    "cannot code: stage(s) not available: " + "; ".join(essential)
                )
        return doc


def _event_dict(m: Any) -> dict[str, Any]:
    d = m.gold_dict()
    d["sentence"] = m.sentence
    d["date"] = m.date.isoformat() if m.date else None
    return d


def code_lines(
    lines: Iterable[str],
    lang: str = "de",
    pipeline: Any = None,
    nlp: str = "default",
    trace: bool = False,
) -> Iterator[tuple[dict[str, Any], str]]:
    """The `lagebild code` contract: for each non-blank JSON line `{"id", "text", "lang"?,
    "date"?}`, yield (record, output line) with `{"id", "events": [...]}` in the same order. A bad
    line yields an output line with `"events": []` and an `"error"` reason. `nlp` names the NLP
    backend ('default', 'spacy:<model-or-path>') when no `pipeline` is given. `trace`
    (`--trace`): add a "trace" field, per sentence what became of every word that names a
    lexicon entry (coding/trace.py: why is there no event here?)."""
    if trace:
        from lagebild.coding.trace import tracing

        with tracing() as tr:
            yield from _code_lines(lines, lang, pipeline, nlp, tr)
        return
    yield from _code_lines(lines, lang, pipeline, nlp, None)


def _code_lines(
    lines: Iterable[str], lang: str, pipeline: Any, nlp: str, tr: Any
) -> Iterator[tuple[dict[str, Any], str]]:
    coder = _Coder(pipeline, lang, nlp)
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        rid = None
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("a line must be a JSON object")
            rid = item.get("id")
            text = item.get("text")
            if not isinstance(text, str):
                raise ValueError('missing "text"')
            day = Date.fromisoformat(item["date"][:10]) if item.get("date") else None
            if tr is not None:
                tr.clear()
            doc = coder(text, day, item.get("lang"))
            record: dict[str, Any] = {"id": rid, "events": [_event_dict(m) for m in doc.events]}
            if tr is not None:
                record["trace"] = tr.as_dicts()
        except CodingUnavailable:
            raise
        except json.JSONDecodeError as exc:
            record = {"id": None, "events": [], "error": f"invalid JSON: {exc.msg}"}
        except Exception as exc:
            record = {"id": rid, "events": [], "error": one_line(exc)}
        yield {"_line": n, **record}, json.dumps(record, ensure_ascii=False, default=str)


def code(
    texts: Iterable[str | dict[str, Any]],
    lang: str = "de",
    pipeline: Any = None,
    nlp: str = "default",
    trace: bool = False,
) -> list[dict[str, Any]]:
    """Code texts (strings, or dicts with id/text/lang/date): one `{"id", "events"}` each
    (with `trace=True` also a "trace": what became of every lexicon word, coding/trace.py)."""
    lines = []
    for i, t in enumerate(texts):
        item = {"id": i, "text": t} if isinstance(t, str) else t
        lines.append(json.dumps(item, ensure_ascii=False, default=str))
    out = []
    for record, _ in code_lines(lines, lang=lang, pipeline=pipeline, nlp=nlp, trace=trace):
        record.pop("_line", None)
        out.append(record)
    return out
