"""Store commands: ingest, documents, events, show, errors, export, stats."""

from __future__ import annotations

import csv
import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from lagebild.cli.options import NlpOpt


def _console(stderr: bool = False) -> Console:
    """A console made at call time (so COLUMNS is honoured); 160 columns when not a terminal."""
    c = Console(stderr=stderr, soft_wrap=stderr)
    if not c.is_terminal and "COLUMNS" not in os.environ:
        c = Console(stderr=stderr, width=160, soft_wrap=stderr)
    return c


class _Lazy:
    def __init__(self, stderr: bool):
        self.stderr = stderr

    def __getattr__(self, name: str) -> Any:
        return getattr(_console(self.stderr), name)


out: Any = _Lazy(stderr=False)
err: Any = _Lazy(stderr=True)


class Fmt(StrEnum):
    table = "table"
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="LAGEBILD_DB",
        help="Store: a DuckDB file, or a PostgreSQL URL (postgresql://user@host/db). "
        "Default: lagebild.duckdb in the user data directory.",
        show_default=False,
    ),
]


def _db_path(db: str | Path | None) -> str | Path:
    """The store to open: a PostgreSQL URL as given, a file as a Path."""
    from lagebild.store import default_db_path, is_url

    if db is None:
        return default_db_path()
    return str(db) if is_url(db) else Path(db)


def shown(path: str | Path) -> str:
    """The store for messages (a URL without its password)."""
    from lagebild.store import is_url

    if is_url(path):
        from lagebild.store.postgres_store import redact

        return redact(str(path))
    return str(path)


def open_for_reading(db: str | Path | None) -> Any:
    """Open an existing store read-only (so that readers don't block each other); a store with
    an older schema is migrated first."""
    from lagebild.store import is_url
    from lagebild.store.schema import LATEST

    path = _db_path(db)
    where = escape(shown(path))
    missing = f"[red]error:[/] no store at {where} (run `lagebild ingest ... --db {where}`)"
    if not is_url(path) and str(path) != ":memory:" and not Path(path).exists():
        err.print(missing)
        raise typer.Exit(1)
    store = _open(path, read_only=True)
    try:
        version = store.con.execute("SELECT max(version) FROM schema_version").fetchall()[0][0]
    except Exception:  # a database without lagebild's tables
        store.close()
        err.print(missing)
        raise typer.Exit(1) from None
    if version is None or version < LATEST:
        store.close()
        store = _open(path)
    return store


def _open(path: str | Path, read_only: bool = False) -> Any:
    from lagebild.store import StoreUnavailable, open_store

    try:
        return open_store(path, read_only=read_only)
    except StoreUnavailable as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}")
        raise typer.Exit(1) from None


def _write(rows: list[dict[str, Any]], fmt: Fmt, table: Table | None, flat: list[str]) -> None:
    if fmt == Fmt.jsonl:
        from lagebild.store.records import dumps

        for r in rows:
            sys.stdout.write(dumps(r) + "\n")
    elif fmt == Fmt.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt == Fmt.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=flat, extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            writer.writerow(
                {
                    k: "; ".join(map(str, v)) if isinstance(v, list) else v
                    for k, v in _flatten(r).items()
                }
            )
    elif table is not None:
        out.print(table)


def _flatten(rec: dict[str, Any]) -> dict[str, Any]:
    flat = {}
    for k, v in rec.items():
        if isinstance(v, dict):
            for kk, vv in v.items():
                flat[f"{k}_{kk}"] = vv
        else:
            flat[k] = v
    return flat


def _short(text: str | None, n: int = 70) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


QUAD_STYLE = {1: "green", 2: "bright_green", 3: "yellow", 4: "red"}


def _flags(rec: dict[str, Any]) -> str:
    return " ".join(
        f for f, on in (("neg", rec.get("negated")), ("hyp", rec.get("hypothetical"))) if on
    )


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    @app.command()
    def ingest(
        paths: Annotated[
            list[str], typer.Argument(help="Files, folders, globs, URLs, or - for stdin.")
        ],
        db: DbOpt = None,
        format: Annotated[
            str | None,
            typer.Option("--format", "-f", help="Reader to use (default: detect per input)."),
        ] = None,
        strict: Annotated[
            bool, typer.Option("--strict", help="Stop and fail at the first failure.")
        ] = False,
        no_analyze: Annotated[
            bool,
            typer.Option("--no-analyze", help="Store the clean documents only (no NLP, events)."),
        ] = False,
        reanalyze: Annotated[
            bool,
            typer.Option(
                "--reanalyze",
                help="Analyse documents already stored again (after a lexicon or model change).",
            ),
        ] = False,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
        no_fetch: Annotated[
            bool,
            typer.Option(
                "--no-fetch",
                help="RSS/Atom feeds: do not fetch the linked articles, use what the feed holds.",
            ),
        ] = False,
        timeout: Annotated[
            float | None,
            typer.Option(
                "--timeout",
                min=0.001,
                metavar="SECONDS",
                help="HTTP timeout per request for URLs and linked articles (default 15 s).",
            ),
        ] = None,
        engine: Annotated[
            str,
            typer.Option(
                "--engine",
                help="local: this process; ray: the per-document stages on Ray Data "
                "(pip install 'lagebild[scale]').",
            ),
        ] = "local",
        ray_address: Annotated[
            str | None,
            typer.Option(
                "--ray-address",
                metavar="auto|URL",
                help="--engine ray: join this Ray cluster (default: start a local Ray).",
            ),
        ] = None,
        num_cpus: Annotated[
            int | None,
            typer.Option(
                "--num-cpus",
                min=1,
                help="--engine ray: CPUs of the local Ray and number of workers (default: all).",
            ),
        ] = None,
        nlp: NlpOpt = "default",
    ) -> None:
        """Add documents and their events to the store; re-ingesting changes nothing."""
        from lagebild.ingest_runner import (
            ENGINES,
            StageUnavailable,
            StrictFailure,
            default_pipeline,
            load_reader,
            one_line,
            run_ingest,
        )

        try:
            load_reader()
        except StageUnavailable as exc:
            err.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from None
        if engine not in ENGINES:
            err.print(
                f"[red]error:[/] --engine must be one of {', '.join(ENGINES)}, not {engine!r}"
            )
            raise typer.Exit(2)
        if engine == "ray":
            from lagebild.scale import RayUnavailable, require_ray

            try:
                require_ray()
            except RayUnavailable as exc:
                err.print(f"[red]error:[/] {escape(str(exc))}")
                raise typer.Exit(2) from None
        elif ray_address or num_cpus:
            err.print("[red]error:[/] --ray-address and --num-cpus need --engine ray")
            raise typer.Exit(2)
        if nlp != "default" and not no_analyze:
            try:
                _ = default_pipeline("de", nlp).analyzer  # load now: a wrong name fails here
            except Exception as exc:
                err.print(f"[red]error:[/] --nlp {escape(nlp)}: {escape(one_line(exc))}")
                raise typer.Exit(2) from None
        path = _db_path(db)
        econ = _console(stderr=True)
        progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]ingest[/]"),
            BarColumn(bar_width=None),
            TextColumn("{task.completed} docs"),
            TextColumn("{task.fields[status]}"),
            TimeElapsedColumn(),
            console=econ,
            transient=True,
            disable=quiet or not econ.is_terminal,
        )

        def on_event(kind: str, info: dict[str, Any]) -> None:
            if kind == "document":
                progress.update(task, advance=1, status=_short(info["source"], 40))
            elif kind == "failure":
                progress.console.print(
                    f"[red]✗[/] {escape(info['stage'])}: {escape(info['source'])}: "
                    f"{escape(info['reason'])}"
                )
            elif kind == "missing":
                progress.console.print(
                    f"[yellow]![/] stage not available, skipped: {escape(info['stage'])}"
                )

        with _open(path) as store, progress:
            task = progress.add_task("ingest", total=None, status="")
            try:
                summary = run_ingest(
                    store,
                    paths,
                    format=format,
                    strict=strict,
                    analyze=not no_analyze,
                    on_event=on_event,
                    reanalyze=reanalyze,
                    fetch=not no_fetch,
                    timeout=timeout,
                    engine=engine,
                    ray_address=ray_address,
                    num_cpus=num_cpus,
                    pipeline=None if nlp == "default" else default_pipeline("de", nlp),
                )
            except StageUnavailable as exc:
                err.print(f"[red]error:[/] {exc}")
                raise typer.Exit(2) from None
            except StrictFailure as exc:
                err.print(f"[red]strict: stopped at the first failure:[/] {escape(str(exc))}")
                raise typer.Exit(1) from None
            except Exception as exc:
                if engine != "ray":
                    raise
                err.print(f"[red]error: Ray stopped the ingest:[/] {escape(one_line(exc))}")
                raise typer.Exit(1) from None
            stats = store.stats()
        s = summary
        rate = s.documents / s.seconds if s.seconds else 0.0
        err.print(
            f"[bold]{s.documents}[/] documents ({s.added} added, {s.unchanged} unchanged, "
            f"{s.updated} updated), [bold]{s.failed}[/] failed, {s.warnings} warnings, "
            f"{s.event_mentions} event mentions in {s.seconds:.1f}s ({rate:.1f} docs/s) → "
            f"{escape(shown(path))}: {stats['documents']} documents, {stats['stories']} stories, "
            f"{stats['events']} events"
        )
        if s.failed and strict:
            raise typer.Exit(1)

    @app.command()
    def documents(
        db: DbOpt = None,
        format: Annotated[Fmt, typer.Option("--format", "-f")] = Fmt.table,
        id: Annotated[str | None, typer.Option("--id", help="Document id (or prefix).")] = None,
        story: Annotated[str | None, typer.Option("--story", help="Story id.")] = None,
        limit: Annotated[int | None, typer.Option("--limit", "-n")] = None,
    ) -> None:
        """List the stored documents (jsonl: id, date, title, teaser, text, credits, …)."""
        from lagebild.store.records import document_records

        with open_for_reading(db) as store:
            df = store.documents(id=id, story_id=story, limit=limit)
        rows = document_records(df)
        table = None
        if format == Fmt.table:
            table = Table("id", "date", "title", "source", "lang", "story", "credits")
            for r in rows:
                table.add_row(
                    r["id"],
                    r["date"] or "",
                    _short(r["title"], 60),
                    _short(r["source"], 40),
                    r["language"] or "",
                    r["story_id"] or "",
                    str(len(r["credits"])),
                )
            table.caption = f"{len(rows)} documents"
        flat = [c for c in (rows[0].keys() if rows else df.columns) if c != "meta"]
        _write(rows, format, table, list(flat))

    @app.command()
    def events(
        db: DbOpt = None,
        format: Annotated[Fmt, typer.Option("--format", "-f")] = Fmt.table,
        actor: Annotated[
            str | None, typer.Option(help="Source or target code (RUS matches RUS/MIL).")
        ] = None,
        country: Annotated[
            str | None, typer.Option(help="Location or actor country (ISO alpha-3).")
        ] = None,
        type: Annotated[
            str | None, typer.Option("--type", help="PLOVER type(s), comma-separated.")
        ] = None,
        since: Annotated[str | None, typer.Option(help="From date (YYYY-MM-DD).")] = None,
        until: Annotated[str | None, typer.Option(help="To date (YYYY-MM-DD).")] = None,
        plain: Annotated[
            bool, typer.Option("--plain", help="Only events neither negated nor hypothetical.")
        ] = False,
        document: Annotated[
            str | None, typer.Option("--document", help="Events mentioned in this document.")
        ] = None,
        limit: Annotated[int | None, typer.Option("--limit", "-n")] = None,
    ) -> None:
        """List the merged events with their counts (mentions, sources, articles)."""
        from lagebild.store.records import event_records

        for label, value in (("--since", since), ("--until", until)):
            if value:
                try:
                    _date(value)
                except ValueError:
                    err.print(f"[red]error:[/] {label} wants a date YYYY-MM-DD, not {value!r}")
                    raise typer.Exit(2) from None
        with open_for_reading(db) as store:
            df = store.events(
                actor=actor,
                country=country,
                type=type,
                since=since,
                until=until,
                limit=limit,
                plain=plain,
                document_id=document,
            )
        rows = event_records(df)
        table = None
        if format == Fmt.table:
            table = Table(title="events", box=box.SIMPLE_HEAD, pad_edge=False)
            for name in ("date", "type", "source → target", "where", "m/s/a"):
                table.add_column(name, no_wrap=True)
            table.add_column("sentence", min_width=20)
            for r in rows:
                loc = r["location"]
                where = loc["name"] or loc["country"] or ""
                if loc["name"] and loc["country"] and loc["name"] != loc["country"]:
                    where = f"{loc['name']} ({loc['country']})"
                kind = Text(r["type"], style=QUAD_STYLE.get(r["quad_class"], ""))
                if _flags(r):
                    kind.append(f" {_flags(r)}", style="dim")
                table.add_row(
                    r["date"] or "",
                    kind,
                    f"{r['source'] or '-'} → {r['target'] or '-'}",
                    where,
                    f"{r['num_mentions']}/{r['num_sources']}/{r['num_articles']}",
                    " ".join((r["sentence"] or "").split()),
                )
            table.caption = f"{len(rows)} events (m/s/a: mentions/sources/articles)"
        flat = list(_flatten(rows[0]).keys()) if rows else []
        _write(rows, format, table, flat)

    @app.command()
    def stories(
        db: DbOpt = None,
        format: Annotated[Fmt, typer.Option("--format", "-f")] = Fmt.table,
        min_documents: Annotated[
            int, typer.Option("--min-documents", "-m", help="Only stories with this many.")
        ] = 2,
        limit: Annotated[int | None, typer.Option("--limit", "-n")] = None,
    ) -> None:
        """Near-duplicate articles grouped as stories, with their sources."""
        from lagebild.store.records import records

        with open_for_reading(db) as store:
            df = store.stories(min_documents=min_documents, limit=limit)
        rows = records(df)
        table = None
        if format == Fmt.table:
            table = Table("story", "first date", "docs", "sources", "title")
            for r in rows:
                table.add_row(
                    r["story_id"],
                    (r["first_date"] or "")[:10],
                    str(r["num_documents"]),
                    ", ".join(r["sources"]),
                    _short(r["title"], 60),
                )
            table.caption = f"{len(rows)} stories with at least {min_documents} documents"
        _write(rows, format, table, list(df.columns))

    @app.command()
    def show(
        document: Annotated[str, typer.Argument(help="Document id (or prefix) or its source.")],
        db: DbOpt = None,
    ) -> None:
        """Show a document's clean text with its events marked."""
        with open_for_reading(db) as store:
            docs = store.documents(id=document)
            if docs.empty:
                docs = store.documents(source=document)
            if docs.empty:  # the document's URL (added by the coding helper for the e2e test)
                every = store.documents()
                if "url" in every.columns:
                    docs = every[every["url"] == document]
            if docs.empty:
                err.print(
                    f"[red]error:[/] no document {document!r} in {escape(shown(_db_path(db)))}"
                )
                raise typer.Exit(1)
            if len(docs) > 1:
                err.print(f"[red]error:[/] {document!r} is ambiguous: {', '.join(docs['id'])}")
                raise typer.Exit(1)
            from lagebild.store.records import document_records, records

            doc = document_records(docs)[0]
            mentions = records(store.event_mentions(document_id=doc["id"]))
            sentences = records(store.sentences(doc["id"]))
        render_document(doc, mentions, sentences)

    @app.command()
    def errors(
        db: DbOpt = None,
        format: Annotated[Fmt, typer.Option("--format", "-f")] = Fmt.table,
        severity: Annotated[
            str | None, typer.Option(help="error or warning (default: both).")
        ] = None,
        stage: Annotated[str | None, typer.Option(help="Only this stage.")] = None,
        limit: Annotated[int | None, typer.Option("--limit", "-n")] = None,
    ) -> None:
        """List the failures and warnings recorded during ingest."""
        from lagebild.store.records import records

        with open_for_reading(db) as store:
            df = store.errors(severity=severity, stage=stage, limit=limit)
        rows = records(df)
        table = None
        if format == Fmt.table:
            table = Table("time", "severity", "stage", "source", "reason", "×")
            for r in rows:
                table.add_row(
                    (r["time"] or "")[:19],
                    Text(r["severity"], style="red" if r["severity"] == "error" else "yellow"),
                    r["stage"] or "",
                    _short(r["source"], 50),
                    r["reason"],
                    str(r["occurrences"]),
                )
            table.caption = f"{len(rows)} rows"
        _write(rows, format, table, list(df.columns))

    @app.command()
    def export(
        format: Annotated[
            str,
            typer.Option(
                "--format",
                "-f",
                help="gdelt, gdelt-mentions, plover, csv, parquet, gexf, graphml",
            ),
        ],
        output: Annotated[Path, typer.Option("--output", "-o", help="Output file or folder.")],
        db: DbOpt = None,
        option: Annotated[
            list[str] | None,
            typer.Option(
                "--option",
                "-O",
                help="KEY=VALUE passed to the exporter (repeatable); true/false/numbers parsed.",
            ),
        ] = None,
    ) -> None:
        """Export the store through a registered exporter."""
        import importlib

        from lagebild.registry import exporters

        try:
            importlib.import_module("lagebild.export")
        except ImportError as exc:
            err.print(f"[yellow]warning:[/] the export stage did not load ({exc})")
        try:
            exporter = exporters.get(format)
        except KeyError as exc:
            err.print(f"[red]error:[/] {exc.args[0]}")
            raise typer.Exit(2) from None
        options: dict[str, Any] = {}
        for item in option or []:
            key, sep, value = item.partition("=")
            if not sep or not key.strip():
                err.print(f"[red]error:[/] --option wants KEY=VALUE, not {item!r}")
                raise typer.Exit(2)
            options[key.strip().replace("-", "_")] = _option_value(value.strip())
        with open_for_reading(db) as store:
            try:
                result = exporter(store, output, **options)
            except TypeError as exc:
                if options and "argument" in str(exc):
                    err.print(f"[red]error:[/] {format} exporter: {exc}")
                    raise typer.Exit(2) from None
                raise
        err.print(f"exported {format} → {output}" + (f" ({result})" if result else ""))

    @app.command()
    def stats(
        db: DbOpt = None,
        format: Annotated[Fmt, typer.Option("--format", "-f")] = Fmt.table,
    ) -> None:
        """Counts of documents, stories, events, errors in the store."""
        with open_for_reading(db) as store:
            s = store.stats()
        if format == Fmt.table:
            table = Table("", "", show_header=False)
            for k, v in s.items():
                table.add_row(k, str(v))
            out.print(table)
        else:
            sys.stdout.write(json.dumps(s, default=str) + "\n")


def _option_value(value: str) -> Any:
    low = value.lower()
    if low in ("true", "yes"):
        return True
    if low in ("false", "no"):
        return False
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


def _date(value: str) -> Any:
    from datetime import date

    return date.fromisoformat(value)


def render_document(
    doc: dict[str, Any],
    mentions: list[dict[str, Any]],
    sentences: list[dict[str, Any]],
    console: Console | None = None,
) -> None:
    """The clean text with each event's sentence underlined and its trigger highlighted, then
    the list of events."""
    console = console or out
    head = Text()
    head.append(doc.get("title") or "(no title)", style="bold")
    head.append(f"\n{doc.get('date') or 'no date'} · {doc.get('source')}", style="dim")
    head.append(f" · {doc.get('language') or '?'} · story {doc.get('story_id')}", style="dim")
    console.print(head)
    by_section: dict[str, list[dict[str, Any]]] = {}
    for m in mentions:
        by_section.setdefault(m.get("section") or "body", []).append(m)
    for section in ("title", "teaser", "body"):
        text = doc.get("text") if section == "body" else doc.get(section)
        if not text or section == "title" and not by_section.get("title"):
            continue
        rich = Text(text, style="italic" if section == "teaser" else "")
        sent_by_idx = {s["idx"]: s for s in sentences}
        for m in by_section.get(section, []):
            style = QUAD_STYLE.get(m.get("quad_class"), "cyan")
            s = sent_by_idx.get(m.get("sentence_idx"))
            if s and s.get("section") == section and s.get("start") is not None:
                rich.stylize(f"underline {style}", s["start"], s["end"])
            if m.get("start") is not None and m.get("end") is not None:
                rich.stylize(f"bold reverse {style}", m["start"], m["end"])
        console.print()
        console.print(rich)
    if doc.get("credits"):
        console.print(Text("\nCredits: " + "; ".join(doc["credits"]), style="dim"))
    table = Table("#", "type", "source", "target", "flags", "trigger", "event", title="events")
    for m in mentions:
        trigger = ""
        section_text = doc.get("text") if m.get("section") == "body" else doc.get(m["section"])
        if m.get("start") is not None and section_text:
            trigger = section_text[m["start"] : m["end"]]
        table.add_row(
            str(m["idx"]),
            Text(m["type"], style=QUAD_STYLE.get(m.get("quad_class"), "")),
            m.get("source") or "",
            m.get("target") or "",
            ", ".join(m.get("flags") or []),
            trigger,
            m.get("event_id") or "",
        )
    console.print()
    console.print(table if mentions else Text("no events", style="dim"))
