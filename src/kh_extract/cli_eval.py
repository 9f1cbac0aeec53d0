"""``kh-extract eval``: score the extractor against the gold files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from .evaluate import evaluate_dirs


def eval_cmd(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of hand-checked gold/<id>.json files.",
                                       exists=True, file_okay=False)] = Path("gold"),
    corpus: Annotated[Path, typer.Option("--corpus", help="Folder of the texts, corpus/<id>.txt.",
                                         exists=True, file_okay=False)] = Path("corpus"),
    verbose: Annotated[bool, typer.Option("--verbose", "-v",
                                          help="Also list every miss, false hit and attribute "
                                               "disagreement per document.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON instead of a table.")] = False,
) -> None:
    """Run the extractor on every corpus text that has a gold file; print precision, recall and F1 per field."""
    report = evaluate_dirs(gold, corpus)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    typer.echo(report.format_table())
    if verbose:
        findings = report.format_findings()
        typer.echo("")
        typer.echo(findings or "no misses, false hits or disagreements")


def register(app: typer.Typer) -> None:
    """Add ``eval`` to ``app``."""
    app.command("eval")(eval_cmd)
