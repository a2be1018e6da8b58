"""`lagebild eval parse FILE.conllu` and `lagebild eval ner FILE`: a short report, then one JSON
line of figures (CONVENTIONS.md)."""

from __future__ import annotations

import json
from pathlib import Path

import typer


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    @eval_app.command("parse")
    def eval_parse(
        file: Path = typer.Argument(..., help="CoNLL-U file with gold annotation"),
        backend: str = typer.Option(
            "default", "--backend", "--nlp", help="nlp backend ('default', 'spacy:<model>')"
        ),
        gold_tags: bool = typer.Option(
            False, "--gold-tags", help="parse on the gold STTS tags and lemmas (default backend)"
        ),
    ) -> None:
        """UPOS, lemma, Case, UAS/LAS and labelled F1 of the coder's relations."""
        from lagebild.evaluation.parse import evaluate_parse
        from lagebild.nlp import load_analyzer

        if not file.is_file():
            typer.echo(f"error: no such file: {file}", err=True)
            raise typer.Exit(2)
        res = evaluate_parse(file, load_analyzer(backend), gold_tags=gold_tags)
        typer.echo(f"{file}: {res['sentences']} sentences, {res['words']} words")
        for k in ("upos", "lemma", "case", "uas", "las"):
            typer.echo(f"  {k:<6} {res[k]:.4f}")
        typer.echo("  role         P       R       F1     gold")
        for r, v in res["roles"].items():
            typer.echo(
                f"  {r:<11} {v['precision']:.4f}  {v['recall']:.4f}  {v['f1']:.4f}  {v['gold']}"
            )
        m = res["roles_micro"]
        typer.echo(f"  {'micro':<11} {m['precision']:.4f}  {m['recall']:.4f}  {m['f1']:.4f}")
        d = res["iobj_vs_gold_dative_obl_arg"]
        typer.echo(f"  iobj vs gold dative obl:arg: F1 {d['f1']:.4f} (gold {d['gold']})")
        sb = res["sentence_boundaries"]
        typer.echo(
            f"  sentence boundaries: P {sb['precision']:.4f} R {sb['recall']:.4f} F1 {sb['f1']:.4f}"
        )
        out = {
            "sentences": res["sentences"],
            "upos": res["upos"],
            "lemma": res["lemma"],
            "case": res["case"],
            "uas": res["uas"],
            "las": res["las"],
            "roles_f1": {r: (v["f1"] if v["gold"] else None) for r, v in res["roles"].items()},
            "roles_micro_f1": m["f1"],
            "sentence_boundary_f1": sb["f1"],
        }
        if gold_tags:
            out["gold_tags"] = True
        typer.echo(json.dumps(out))

    @eval_app.command("ner")
    def eval_ner(
        file: Path = typer.Argument(..., help="IOB2/CoNLL or GermEval 2014 TSV file"),
        backend: str = typer.Option(
            "default", "--backend", "--nlp", help="nlp backend ('default', 'spacy:<model>')"
        ),
        limit: int = typer.Option(0, help="only the first N sentences (0 = all)"),
        documents: bool = typer.Option(
            False,
            "--documents",
            help="analyse the sentences between -DOCSTART- lines as one document",
        ),
    ) -> None:
        """Entity precision, recall and F1 per type (PER, LOC, ORG; MISC apart)."""
        from lagebild.evaluation.ner import evaluate_ner
        from lagebild.nlp import load_analyzer

        if not file.is_file():
            typer.echo(f"error: no such file: {file}", err=True)
            raise typer.Exit(2)
        res = evaluate_ner(file, load_analyzer(backend), limit=limit or None, documents=documents)
        typer.echo(f"{file}: {res['sentences']} sentences")
        typer.echo("  type   P       R       F1     gold")
        for t, v in res["per_type"].items():
            typer.echo(
                f"  {t:<5}  {v['precision']:.4f}  {v['recall']:.4f}  {v['f1']:.4f}  {v['gold']}"
            )
        typer.echo(
            f"  PER+LOC+ORG micro: P {res['precision']:.4f} R {res['recall']:.4f} F1 {res['f1']:.4f}"
        )
        typer.echo(json.dumps(res))
