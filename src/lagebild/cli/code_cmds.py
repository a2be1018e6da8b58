"""`lagebild code FILE`: JSON Lines of texts in, one JSON line of coded events out per line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from lagebild.cli.options import NlpOpt

err = Console(stderr=True, soft_wrap=True)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    @app.command()
    def code(
        file: Annotated[
            str, typer.Argument(help='JSON Lines {"id", "text", "lang"?, "date"?}; - for stdin.')
        ],
        lang: Annotated[str, typer.Option(help="Language when a line gives none.")] = "de",
        output: Annotated[
            Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
        ] = None,
        nlp: NlpOpt = "default",
        trace: Annotated[
            bool,
            typer.Option(
                "--trace",
                help="Add a 'trace' field: what became of every word that names a lexicon "
                "entry (why there is no event).",
            ),
        ] = False,
    ) -> None:
        """Code events in texts: one output line per input line, same order, same id."""
        from lagebild.api import CodingUnavailable, code_lines

        source = sys.stdin if file == "-" else _open(file)
        sink = output.open("w", encoding="utf-8") if output else sys.stdout
        failures = 0
        try:
            for record, line in code_lines(source, lang=lang, nlp=nlp, trace=trace):
                if record.get("error"):
                    failures += 1
                    err.print(f"[yellow]![/] line {record.get('_line')}: {record['error']}")
                record.pop("_line", None)
                sink.write(line + "\n")
                sink.flush()
        except CodingUnavailable as exc:
            err.print(f"[red]error:[/] {exc}")
            raise typer.Exit(2) from None
        finally:
            if output:
                sink.close()
            if source is not sys.stdin:
                source.close()
        if failures:
            err.print(f'{failures} lines could not be coded (kept with an "error" field)')


def _open(file: str):
    path = Path(file)
    if not path.is_file():
        err.print(f"[red]error:[/] no such file: {file}")
        raise typer.Exit(2)
    return path.open(encoding="utf-8", errors="replace")
