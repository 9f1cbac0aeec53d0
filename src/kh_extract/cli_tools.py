"""``kh-extract convert``: Label Studio tasks from extractor output, gold files from a Label Studio export."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer


class Format(str, Enum):
    labelstudio = "labelstudio"


def _gold_name(doc_id: str) -> str:
    """A file name for a gold object: its id, path separators and colons made safe ("a.jsonl:3" → "a.jsonl_3")."""
    return "".join("_" if ch in '/\\:' else ch for ch in doc_id) + ".json"


def convert_cmd(
    inputs: Annotated[list[Path], typer.Argument(
        help="--to: batch results (.jsonl) or SPEC objects (.json files, folders of them, e.g. gold/). "
             "--from: a Label Studio JSON export.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="--to: the tasks file (JSON). "
                                         "--from: the folder for <id>.json gold files.")],
    to: Annotated[Optional[Format], typer.Option("--to", help="Write tasks for this tool.")] = None,
    source: Annotated[Optional[Format], typer.Option("--from", help="Read an export of this tool.")] = None,
    texts: Annotated[Path, typer.Option("--texts", help="--to: folder of <id>.txt for inputs without a batch "
                                        "'source' (gold files, extract output).")] = Path("corpus"),
    use_predictions: Annotated[bool, typer.Option("--use-predictions", help="--from: take the pre-annotation of a "
                                                  "task nobody annotated (default: leave the task out).")] = False,
    force: Annotated[bool, typer.Option("--force", help="--from: overwrite gold files that exist.")] = False,
) -> None:
    """Convert between kh_extract output and Label Studio.

    \b
    kh-extract convert --to labelstudio results.jsonl -o tasks.json
    kh-extract convert --from labelstudio export.json -o gold/
    """
    from . import labelstudio

    if (to is None) == (source is None):
        typer.echo("kh-extract convert: give exactly one of --to labelstudio or --from labelstudio", err=True)
        raise typer.Exit(2)
    if to is not None:
        extractions, raw_texts, skipped = labelstudio.load_documents(inputs, texts)
        for reason in skipped:
            typer.echo(f"skipped {reason}", err=True)
        tasks = labelstudio.to_tasks(extractions, raw_texts)
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        typer.echo(f"{output}: {len(tasks)} tasks ({len(skipped)} skipped); labelling config: "
                   f"{labelstudio.CONFIG_PATH}", err=True)
        return
    if len(inputs) != 1:
        typer.echo("kh-extract convert --from labelstudio: give one export file", err=True)
        raise typer.Exit(2)
    try:
        golds = labelstudio.from_export(json.loads(inputs[0].read_text(encoding="utf-8")),
                                        use_predictions=use_predictions)
    except labelstudio.ExportError as e:
        typer.echo(f"kh-extract convert: the export has regions that cannot become gold:\n{e}", err=True)
        raise typer.Exit(1)
    output.mkdir(parents=True, exist_ok=True)
    kept = 0
    for gold in golds:
        path = output / _gold_name(gold["id"])
        if path.exists() and not force:
            typer.echo(f"{path} exists: not overwritten (--force to overwrite)", err=True)
            continue
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        kept += 1
    typer.echo(f"{output}: {kept} gold files written", err=True)
    raise typer.Exit(0 if kept == len(golds) else 1)


def register(app: typer.Typer) -> None:
    """Add ``convert`` to ``app``."""
    app.command("convert")(convert_cmd)
