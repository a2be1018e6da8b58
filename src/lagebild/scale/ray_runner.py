"""The per-document stages as a Ray Data map: `lagebild ingest SOURCES --engine ray`.

    driver:  read (our readers) ──► window of items ──► ray.data.from_items
    workers: map_batches(_StageActor)  clean → skip if stored → NLP → actors → coding → enrich
    driver:  iter_rows (in input order) ──► the local engine's batch writer ──► store

Only the per-document work runs on Ray. Reading stays in the driver (stdin, the polite fetcher's
per-host delays and local files work as with the local engine) and so does writing: DuckDB has a
single writer, so the analysed documents come back to the driver and are written by the same
code as the local engine (`run_ingest`: batches of one transaction, per-document fallback,
errors rows, idempotent re-ingest). We chose this over Parquet shards written by the workers:
shards would need a second write path (events re-merged, stories assigned, replaced versions)
next to `store.add`, for DuckDB and PostgreSQL both, while sending a Document back costs a few
kilobytes against tenths of a second of NLP.

The workers are Ray Data actors (ActorPoolStrategy), so that each loads the spaCy models and
dictionaries once per window (`window` items per Ray Data dataset; the driver holds at most one
window of raw documents in memory). Order is preserved, so the store ends up identical to the
local engine's on the same input (tests/test_scale_ray.py).
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from lagebild.ingest_runner import DocumentWorker, Outcome

DEFAULT_WINDOW = 1000
BATCH_SIZE = 4


class RayUnavailable(RuntimeError):
    """Ray Data is not installed (pip install 'lagebild[scale]')."""


def require_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise RayUnavailable(
            f"--engine ray needs Ray Data: pip install 'lagebild[scale]' ({exc})"
        ) from exc
    return ray


def _portable(pipeline: Any) -> Any:
    """What the workers rebuild the pipeline from: a Pipeline is sent as its settings (its
    models load in the worker, not pickled from the driver); anything else is sent as is."""
    from lagebild.pipeline import Pipeline

    if isinstance(pipeline, Pipeline):
        return (
            "pipeline",
            {
                "nlp_backend": pipeline.nlp_backend,
                "lang": pipeline.lang,
                "actor_files": list(pipeline.actor_files),
                "lexicon_files": list(pipeline.lexicon_files),
            },
        )
    return ("object", pipeline)


class _StageActor:
    """One Ray Data actor: the local engine's DocumentWorker, loaded once per actor."""

    def __init__(self, pipeline: Any, analyze: bool, known_ids: Any):
        from lagebild.ingest_runner import default_pipeline
        from lagebild.pipeline import Pipeline

        kind, value = pipeline
        if kind == "pipeline":
            settings = dict(value)
            if settings == {
                "nlp_backend": "default",
                "lang": settings["lang"],
                "actor_files": [],
                "lexicon_files": [],
            }:
                pipe = default_pipeline(settings["lang"])
            else:
                pipe = Pipeline(**settings)
        else:
            pipe = value
        known = known_ids.__contains__ if known_ids is not None else None
        self.worker = DocumentWorker(pipe, analyze=analyze, known=known)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        out = [pickle.dumps(self.worker(pickle.loads(x))) for x in batch["item"]]
        return {"outcome": np.array(out, dtype=object)}


def _windows(items: Iterable[Any], size: int) -> Iterator[list[Any] | Outcome]:
    """Lists of at most `size` items; an Outcome (a reader that broke) is passed on alone."""
    it = iter(items)
    while True:
        chunk: list[Any] = []
        for item in islice(it, size):
            if isinstance(item, Outcome):
                if chunk:
                    yield chunk
                yield item
                return
            chunk.append(item)
        if not chunk:
            return
        yield chunk


def _quiet() -> None:
    """Ray Data's INFO lines and its 'progress bars disabled' notice would run through the
    CLI's progress bar; warnings and errors still show."""
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    try:
        from ray.util.debug import log_once

        log_once("ray_data_progress_manager_disabled")  # marks the notice as already shown
    except ImportError:  # pragma: no cover - other Ray versions
        pass


def _init(ray: Any, address: str | None, num_cpus: int | None) -> bool:
    """Start (or join) Ray unless this process already did; True when we must shut it down."""
    if ray.is_initialized():
        return False
    options: dict[str, Any] = {
        "include_dashboard": False,
        "logging_level": "WARNING",
        "log_to_driver": False,
    }
    if address:
        options["address"] = address
    else:
        options["num_cpus"] = num_cpus or os.cpu_count() or 1
    ray.init(**options)
    return True


def ray_outcomes(
    items: Iterable[Any],
    pipeline: Any = None,
    analyze: bool = True,
    known_ids: frozenset[str] | None = None,
    address: str | None = None,
    num_cpus: int | None = None,
    window: int = DEFAULT_WINDOW,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Outcome]:
    """The local engine's outcomes for `items`, in the same order, computed by Ray Data actors.

    Ray is started here with `num_cpus` CPUs unless `address` names a cluster ('auto' or a URL)
    or Ray is already initialised in this process (then it is used as it is, and left running).
    `num_cpus` is also the number of worker actors (default: the cluster's CPUs)."""
    ray = require_ray()
    if window < 1 or batch_size < 1:
        raise ValueError("window and batch_size must be positive")
    if not analyze:
        pipeline = None
    started = _init(ray, address, num_cpus)
    try:
        from ray.data import ActorPoolStrategy, DataContext

        ctx = DataContext.get_current()
        ctx.execution_options.preserve_order = True
        ctx.enable_progress_bars = False  # the CLI shows its own, fed by the driver
        _quiet()
        actors = num_cpus or max(1, int(ray.cluster_resources().get("CPU", 1)))
        constructor = {"pipeline": _portable(pipeline), "analyze": analyze, "known_ids": known_ids}
        for chunk in _windows(items, window):
            if isinstance(chunk, Outcome):
                yield chunk
                continue
            ds = ray.data.from_items([{"item": pickle.dumps(x)} for x in chunk])
            ds = ds.map_batches(
                _StageActor,
                fn_constructor_kwargs=constructor,
                compute=ActorPoolStrategy(size=min(actors, len(chunk))),
                batch_size=batch_size,
                num_cpus=1,
            )
            for row in ds.iter_rows():
                yield pickle.loads(row["outcome"])
    finally:
        if started:
            ray.shutdown()
