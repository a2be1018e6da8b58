"""The `lagebild` command line. Each command group lives in its own module with a
`register(app, eval_app)` function; this file only wires them together, so that a stage's
commands sit next to nothing but themselves."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="lagebild",
    help="Turn news into a situation picture: who did what to whom, when and where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)
eval_app = typer.Typer(help="Evaluate a stage against a gold file.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

# command modules, in help order; each defines register(app, eval_app)
COMMAND_MODULES = [
    "lagebild.cli.store_cmds",  # ingest, documents, events, show, errors, export, stats
    "lagebild.cli.code_cmds",  # code
    "lagebild.cli.actors_cmds",  # actors
    "lagebild.cli.eval_nlp",  # eval parse, eval ner
    "lagebild.cli.eval_sentences",  # eval sentences
    "lagebild.cli.eval_events",  # eval events
    "lagebild.cli.eval_actors",  # eval actors
    "lagebild.cli.serve_cmd",  # serve
]

for _name in COMMAND_MODULES:
    try:
        _mod = importlib.import_module(_name)
    except ModuleNotFoundError as exc:  # a command module not written yet
        if exc.name != _name:
            raise
        continue
    _mod.register(app, eval_app)


def main() -> None:
    app()
