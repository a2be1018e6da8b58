"""`lagebild eval actors FILE`: accuracy of actor resolution on a mention set."""

from __future__ import annotations

import json
from pathlib import Path

import typer


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    @eval_app.command("actors")
    def eval_actors(
        file: Path = typer.Argument(..., help="JSON Lines {id, mention, date, code, lang?}"),
        actors: list[Path] = typer.Option([], "--actors", help="extra actor YAML files"),
        verbose: bool = typer.Option(False, "--verbose", "-v", help="list every wrong answer"),
    ) -> None:
        """Score resolution: prints errors, then one JSON line {mentions, country, sector, exact}."""
        from lagebild.actors import KBError, load_resolver
        from lagebild.evaluation.actors import evaluate, read_mentions

        if not file.is_file():
            typer.echo(f"error: {file}: no such file", err=True)
            raise typer.Exit(2)
        try:
            resolver = load_resolver(extra=actors)
        except KBError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        rows, errors = read_mentions(file)
        for e in errors:
            typer.echo(f"skipped: {e}", err=True)
        res = evaluate(rows, resolver)
        wrong = res.pop("wrong")
        for w in wrong if verbose else wrong[:20]:
            typer.echo(
                f"  {w['id']}: {w['mention']!r} ({w['date']}) gold {w['gold']} got {w['pred']}"
            )
        if not verbose and len(wrong) > 20:
            typer.echo(f"  ... {len(wrong) - 20} more (--verbose)")
        typer.echo(json.dumps(res))
