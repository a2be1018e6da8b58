"""`lagebild eval sentences FILE`: sentence-boundary precision, recall and F1 on running text
(JSON Lines `{"text", "sentences"}` or CoNLL-U with `# newdoc`/`# newpar`), then one JSON line."""

from __future__ import annotations

import json
from pathlib import Path

import typer


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    @eval_app.command("sentences")
    def eval_sentences(
        file: Path = typer.Argument(..., help="JSONL {text, sentences} or CoNLL-U file"),
        backend: str = typer.Option(
            "default", "--backend", "--nlp", help="nlp backend ('default', 'spacy:<model>')"
        ),
        splitter: str = typer.Option(
            "lagebild", help="'lagebild' (the backend's), 'sentencizer' (spaCy), 'pysbd'"
        ),
        chunk: int = typer.Option(20, help="CoNLL-U without # newdoc: sentences per document"),
        errors: int = typer.Option(0, help="print up to N misses and false splits"),
    ) -> None:
        """Sentence-boundary precision, recall and F1 (document starts not counted)."""
        from lagebild.evaluation.sentences import (
            FormatError,
            evaluate_sentences,
            get_splitter,
            read_documents,
        )

        if not file.is_file():
            typer.echo(f"error: no such file: {file}", err=True)
            raise typer.Exit(2)
        try:
            docs = read_documents(file, chunk=chunk)
            split = get_splitter(splitter, backend)
        except (FormatError, ValueError, ImportError) as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        res = evaluate_sentences(docs, split, errors=errors)
        typer.echo(
            f"{file}: {res['documents']} documents, {res['sentences']} sentences, "
            f"{res['boundaries']} boundaries ({splitter})"
        )
        for ex in res.pop("examples"):
            ctx = ex["context"].replace("\n", "⏎")
            typer.echo(f"  {ex['kind']:<6} {ex['doc']}: {ctx}")
        typer.echo(
            f"  P {res['precision']:.4f}  R {res['recall']:.4f}  F1 {res['f1']:.4f}  "
            f"(tp {res['tp']}, fp {res['fp']}, fn {res['fn']})"
        )
        typer.echo(json.dumps({"splitter": splitter, **res}))
