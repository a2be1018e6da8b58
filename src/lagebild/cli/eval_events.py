"""`lagebild eval events GOLD.jsonl`: code the gold sentences (or read predictions) and print
precision/recall/F1 (strict and by type), the confusion between types, every miss and false
event with the lexicon entry and rule that fired; the last line is one JSON line of figures."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from lagebild.cli.options import NlpOpt


def _short(e: dict | None) -> str:
    if not e:
        return "-"
    flags = "".join(
        f" [{k}]" for k in ("negated", "hypothetical", "symmetric", "optional") if e.get(k)
    )
    return f"{e.get('type')} {e.get('source')} -> {e.get('target')}{flags}"


def _why(p: dict) -> str:
    ev = p.get("evidence") or {}
    if not ev:
        return ""
    parts = [ev.get("entry") or "", ev.get("rule") or ""]
    if ev.get("trigger"):
        parts.append(f"trigger '{ev['trigger']}'")
    return "  {" + "; ".join(x for x in parts if x) + "}"


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    @eval_app.command("events")
    def eval_events(
        gold: Annotated[Path, typer.Argument(help="gold JSON Lines (CONVENTIONS.md format)")],
        pred: Annotated[
            Path | None,
            typer.Option("--pred", help="score these predictions instead of coding the gold texts"),
        ] = None,
        save: Annotated[
            Path | None, typer.Option("--save", help="write the predictions made here")
        ] = None,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="figures only")] = False,
        why: Annotated[
            bool,
            typer.Option(
                "--why",
                help="trace the coder: for every gold event whose type was not predicted, "
                "the stage where its lexicon word was lost, and a table of those reasons",
            ),
        ] = False,
        nlp: NlpOpt = "default",
    ) -> None:
        """Precision, recall and F1 of the event coder against a gold file."""
        from lagebild.evaluation.events import read_jsonl, reference_line, score

        if not gold.is_file():
            typer.echo(f"error: no such file: {gold}", err=True)
            raise typer.Exit(2)
        try:
            gold_lines = read_jsonl(gold)
        except ValueError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        if why and pred is not None:
            typer.echo("error: --why traces the coder: it cannot read --pred", err=True)
            raise typer.Exit(2)
        if pred is not None:
            if not pred.is_file():
                typer.echo(f"error: no such file: {pred}", err=True)
                raise typer.Exit(2)
            predictions = read_jsonl(pred)
        else:
            from lagebild.api import CodingUnavailable, code_lines

            lines = [
                json.dumps({k: g.get(k) for k in ("id", "text", "lang", "date") if k in g})
                for g in gold_lines
            ]
            predictions = []
            try:
                for record, _ in code_lines(lines, nlp=nlp, trace=why):
                    record.pop("_line", None)
                    predictions.append(record)
            except CodingUnavailable as exc:
                typer.echo(f"error: {exc}", err=True)
                raise typer.Exit(2) from None
            if save:
                with save.open("w", encoding="utf-8") as fh:
                    for r in predictions:
                        r = {k: v for k, v in r.items() if k != "trace"}
                        fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        sc = score(gold_lines, predictions)
        fig = sc.figures()
        if not quiet:
            typer.echo(
                f"{gold}: {sc.sentences} sentences (no prediction line for {sc.missing}); "
                f"events tp {sc.tp} fp {sc.fp} fn {sc.fn}"
            )
            typer.echo(f"source sector right in {sc.sector_ok}/{sc.sector_n} strict matches")
            typer.echo("\nby type        tp   fp   fn    P      R      F1")
            for t, v in fig["per_type"].items():
                typer.echo(
                    f"  {t:<11} {v['tp']:>4} {v['fp']:>4} {v['fn']:>4}  "
                    f"{v['precision']:.3f}  {v['recall']:.3f}  {v['f1']:.3f}"
                )
            wrong = {k: n for k, n in sc.confusion.items() if k[0] != k[1]}
            if wrong:
                typer.echo("\nconfusion (gold type -> predicted type, same actors)")
                for (g, p), n in sorted(wrong.items(), key=lambda x: -x[1]):
                    typer.echo(f"  {g} -> {p}: {n}")
            if sc.misses:
                typer.echo(f"\nmissed ({len(sc.misses)})")
                for m in sc.misses:
                    near = f"   nearest: {_short(m['near'])}{_why(m['near'])}" if m["near"] else ""
                    typer.echo(f"  {m['id']}: {_short(m['gold'])}  | {m['text'][:100]}{near}")
            if sc.false:
                typer.echo(f"\nfalse events ({len(sc.false)})")
                for f in sc.false:
                    typer.echo(
                        f"  {f['id']} ({f['why']}): {_short(f['pred'])}{_why(f['pred'])}  "
                        f"| {f['text'][:100]}"
                    )
            typer.echo("\n" + reference_line(sc))
        if why:
            _print_why(gold_lines, predictions, quiet)
        typer.echo(json.dumps(fig))


def _print_why(gold_lines: list[dict], predictions: list[dict], quiet: bool) -> None:
    """The loss table of `--why` (coding/trace.py `loss_reasons`)."""
    from lagebild.coding.trace import loss_reasons

    counts, rows = loss_reasons(gold_lines, predictions)
    if not quiet and rows:
        typer.echo(f"\nwhy no event of the gold type ({len(rows)})")
        for r in rows:
            g = r["gold"]
            word = f" '{r['word']}' {r['entry']}" if r["word"] else ""
            det = f": {r['detail']}" if r["detail"] else ""
            typer.echo(
                f"  {r['id']}: {g['type']} {g.get('source')} -> {g.get('target')}  "
                f"{r['reason']}{word}{det}  | {r['text'][:80]}"
            )
    typer.echo(f"\nloss reasons of {len(rows)} gold events with no plain prediction of their type")
    for reason, n in counts.most_common():
        subs = Counter(r["sub"] for r in rows if r["reason"] == reason and r["sub"])
        more = ", ".join(f"{k} {v}" for k, v in subs.most_common())
        typer.echo(f"  {n:>4}  {reason}" + (f"  ({more})" if more else ""))
