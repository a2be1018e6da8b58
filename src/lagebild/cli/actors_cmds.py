"""`lagebild actors FILE` (the CONVENTIONS.md contract) and `lagebild actors --unknown --db`."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import typer


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    @app.command("actors")
    def actors_cmd(
        file: str = typer.Argument(
            None, help="JSON Lines {id, mention, date, lang?} ('-' for stdin)"
        ),
        actors: list[Path] = typer.Option(
            [], "--actors", help="YAML file adding or overriding actors (repeatable)"
        ),
        unknown: bool = typer.Option(
            False,
            "--unknown",
            help="list frequent names/phrases in a store that resolve to nothing",
        ),
        db: str = typer.Option(
            None, "--db", help="store (DuckDB file or postgresql:// URL) for --unknown"
        ),
        limit: int = typer.Option(50, "--limit", help="how many unknown names to list"),
        fmt: str = typer.Option("text", "--format", help="--unknown output: text or jsonl"),
    ) -> None:
        """Resolve actor mentions to codes ('RUS/GOV', 'IGO:UN'; null when unknown)."""
        from lagebild.actors import KBError, load_resolver

        try:
            resolver = load_resolver(extra=actors)
        except KBError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        if unknown:
            _unknown(resolver, db, limit, fmt)
            return
        if file is None:
            typer.echo(
                "error: give a JSON Lines FILE (or '-' for stdin), or --unknown --db FILE", err=True
            )
            raise typer.Exit(2)
        _resolve_file(resolver, file)


def _resolve_file(resolver: Any, file: str) -> None:
    from lagebild.evaluation.actors import parse_date

    if file == "-":
        lines = sys.stdin
    else:
        path = Path(file)
        if not path.is_file():
            typer.echo(f"error: {file}: no such file", err=True)
            raise typer.Exit(2)
        lines = path.open(encoding="utf-8")
    out = sys.stdout
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            typer.echo(f"skipped line {n}: {exc}", err=True)
            out.write(json.dumps({"id": None, "code": None, "error": str(exc)}) + "\n")
            continue
        mention = row.get("mention")
        result: dict[str, Any] = {"id": row.get("id"), "code": None}
        if not isinstance(mention, str) or not mention.strip():
            result["error"] = "no mention"
            typer.echo(f"line {n}: no mention", err=True)
        else:
            day = parse_date(row.get("date"))
            if row.get("date") and day is None:
                typer.echo(f"line {n}: bad date {row.get('date')!r}, using today", err=True)
            try:
                ref = resolver.resolve_mention(mention, day, row.get("lang") or "de")
            except Exception as exc:  # never stop a batch
                typer.echo(f"line {n}: {type(exc).__name__}: {exc}", err=True)
                ref = None
            if ref is not None:
                result.update(code=ref.code, name=ref.name, kb_id=ref.kb_id, role=ref.role)
        out.write(json.dumps(result, ensure_ascii=False) + "\n")


def unknown_names(resolver: Any, texts: list[str]) -> Counter:
    """Names and sector phrases in `texts` that no entry resolves (to see what to add next)."""
    from lagebild.actors.resolver import DETS, DocState

    counts: Counter = Counter()
    for text in texts:
        if not text:
            continue
        words = resolver._tokenize(text)
        state = DocState()
        mentions = resolver._find(words, None, state, context=False)
        covered = set()
        for m in mentions:
            covered.update(range(m.start, m.end))
            if m.ref.code.startswith("/") and m.kind == "person":
                counts[" ".join(words[m.start : m.end])] += 1
        # runs of two or more capitalised words not inside a mention: likely names
        run: list[str] = []
        for i, w in enumerate(words + ["."]):
            cap = w[:1].isupper() and w.isalpha() or (w[:1].isupper() and "-" in w)
            cap = cap and not (not run and w.lower() in DETS)  # "Das Abkommen" is no name
            if cap and i not in covered and i < len(words) and i > 0 and words[i - 1] not in ".!?:":
                run.append(w)
                continue
            if len(run) >= 2:
                counts[" ".join(run)] += 1
            run = []
    return counts


def _unknown(resolver: Any, db: str | None, limit: int, fmt: str) -> None:
    try:
        from lagebild.store import open_store
    except ImportError:
        typer.echo("error: the store is not available in this installation", err=True)
        raise typer.Exit(2) from None
    try:
        store = open_store(db)
    except Exception as exc:
        reason = " ".join(str(exc).split())  # one line; a URL's password is never shown
        typer.echo(f"error: cannot open the store: {reason}", err=True)
        raise typer.Exit(2) from None
    counts: Counter = Counter()
    with store:
        try:
            ents = store.entities()
        except Exception:
            ents = None
        if ents is not None and len(ents):
            code_col = next((c for c in ("code", "actor_code", "actor") if c in ents.columns), None)
            if code_col is not None and "text" in ents.columns:
                for text, code in zip(ents["text"], ents[code_col], strict=False):
                    if code is None or code != code or str(code).startswith("/"):
                        counts[str(text)] += 1
        docs = store.documents()
        texts: list[str] = []
        for col in ("title", "teaser", "text"):
            if col in docs.columns:
                texts.extend(str(x) for x in docs[col] if isinstance(x, str))
    counts.update(unknown_names(resolver, texts))
    for name, k in counts.most_common(limit):
        if fmt == "jsonl":
            typer.echo(json.dumps({"name": name, "count": k}, ensure_ascii=False))
        else:
            typer.echo(f"{k:6d}  {name}")
