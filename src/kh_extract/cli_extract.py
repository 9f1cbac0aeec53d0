"""``kh-extract extract`` and ``kh-extract schema``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .models import Extraction
from .pipeline import extract


def extract_cmd(
    paths: Annotated[list[str], typer.Argument(help="Text files to read, or - for standard input.")],
    pretty: Annotated[bool, typer.Option("--pretty", help="Indented JSON instead of JSON Lines.")] = False,
    published: Annotated[Optional[str], typer.Option("--published", help="Article date YYYY-MM-DD, for dates written without a year.")] = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write here instead of standard output.")] = None,
) -> None:
    """Extract one JSON object per document (JSON Lines)."""
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        for path in paths:
            if path == "-":
                text, doc_id = sys.stdin.read(), "stdin"
            else:
                p = Path(path)
                text, doc_id = p.read_text(encoding="utf-8"), p.stem
            result = extract(text, id=doc_id, published=published)
            out.write(result.model_dump_json(indent=2 if pretty else None) + "\n")
    finally:
        if output:
            out.close()


def schema_cmd() -> None:
    """Print the JSON Schema of the output."""
    typer.echo(json.dumps(Extraction.model_json_schema(by_alias=True), ensure_ascii=False, indent=2))


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cmd)
    app.command("schema")(schema_cmd)
