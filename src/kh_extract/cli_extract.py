"""``kh-extract extract`` and ``kh-extract schema``.

``extract`` reads its inputs the way ``batch`` does (encodings, HTML, JSON
Lines; see :mod:`kh_extract.reader`), so a bad file gives an error record and
a message, never a traceback; the other files are still extracted.
"""

from __future__ import annotations

import json
import sys
from collections import OrderedDict
from pathlib import Path
from typing import Annotated, Optional

import typer

from .batch import iter_tasks, process_task
from .models import Extraction
from .pipeline import extract


def extract_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .jsonl[.gz]) to read, or - for standard input.")],
    pretty: Annotated[bool, typer.Option("--pretty", help="Indented JSON instead of one line per document.")] = False,
    published: Annotated[Optional[str], typer.Option("--published", help="Article date YYYY-MM-DD, for dates written without a year.")] = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here instead of standard output.")] = None,
) -> None:
    """Extract one JSON object per document (JSON Lines; --pretty for people)."""
    if published is not None:
        try:
            from datetime import date

            date.fromisoformat(published)
        except ValueError:
            raise typer.BadParameter(f"{published!r} is not a date YYYY-MM-DD", param_hint="--published")

    def run(text, **hints):
        if published:
            hints["published"] = published
        return extract(text, **hints)

    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    errors = 0
    try:
        for task in iter_tasks(paths):
            line, meta = process_task(task, extract=run, seen=OrderedDict())
            record = json.loads(line)
            if meta["status"] == "error":
                errors += 1
                err = record.get("error") or {}
                typer.echo(f"kh-extract: {task[1]}: {err.get('type')}: {err.get('message')}", err=True)
            out.write((json.dumps(record, ensure_ascii=False, indent=2) if pretty else line) + "\n")
    finally:
        if output:
            out.close()
    raise typer.Exit(1 if errors else 0)


def schema_cmd() -> None:
    """Print the JSON Schema of the output."""
    typer.echo(json.dumps(Extraction.model_json_schema(by_alias=True), ensure_ascii=False, indent=2))


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cmd)
    app.command("schema")(schema_cmd)
