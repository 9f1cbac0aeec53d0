"""``kh-extract batch`` and ``kh-extract db load|export|query``: thin over batch.py and db.py."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .reader import DEFAULT_MAX_BYTES, FieldNames


def batch_cmd(
    inputs: Annotated[Optional[list[str]], typer.Argument(
        help="Files, folders (searched recursively), quoted globs, or - for standard input. "
             ".txt/.md, .html/.htm, .jsonl/.jsonl.gz")] = None,
    output: Annotated[str, typer.Option("-o", "--output", help="JSON Lines output, one record per document "
                                        "(with --engine dask also a folder of partition files).")] = ...,
    jobs: Annotated[int, typer.Option("-j", "--jobs", min=1, help="Worker processes.")] = 1,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted run: keep the records already "
                                                          "in OUTPUT, skip their inputs, append the rest.")] = False,
    files_from: Annotated[Optional[str], typer.Option("--files-from", help="A file listing inputs, one per line.")] = None,
    max_errors: Annotated[Optional[int], typer.Option("--max-errors", min=0, help="Stop after more than N failed "
                                                                                 "documents.")] = None,
    stats: Annotated[Optional[Path], typer.Option("--stats", help="Write the run's summary here as JSON.")] = None,
    text_field: Annotated[Optional[list[str]], typer.Option("--text-field", help="JSON Lines field with the text "
                                                            "(repeatable; default: text, content).")] = None,
    id_field: Annotated[Optional[list[str]], typer.Option("--id-field", help="JSON Lines id field (default: id).")] = None,
    url_field: Annotated[Optional[list[str]], typer.Option("--url-field", help="JSON Lines url field (default: url).")] = None,
    date_field: Annotated[Optional[list[str]], typer.Option("--date-field", help="JSON Lines article date field "
                                                            "(default: published, date).")] = None,
    title_field: Annotated[Optional[list[str]], typer.Option("--title-field", help="JSON Lines title field "
                                                             "(default: title).")] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, help="Read at most this many bytes of a document; "
                                           "a longer one is processed truncated, with a warning.")] = DEFAULT_MAX_BYTES,
    progress: Annotated[Optional[bool], typer.Option("--progress/--no-progress", help="Progress bar on stderr "
                                                     "(default: only when stderr is a terminal).")] = None,
    engine: Annotated[str, typer.Option("--engine", help="local: a process pool on this machine; dask: a Dask "
                                        "cluster (pip install 'kh_extract[dask]').")] = "local",
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", help="--engine dask: scheduler address "
                                                     "(tcp://host:8786); default a local cluster.")] = None,
    output_format: Annotated[Optional[str], typer.Option("--output-format", help="--engine dask with a folder "
                                                         "output: jsonl or parquet.")] = None,
) -> None:
    """Extract every document of a crawl into one JSON Lines file.

    Exit code 0 when every document is ok, 1 when some failed (or --max-errors
    stopped the run), 2 on usage errors.
    """
    from .batch import UsageError, run_batch

    defaults = FieldNames()
    fields = FieldNames(text=text_field or defaults.text, id=id_field or defaults.id, url=url_field or defaults.url,
                        date=date_field or defaults.date, title=title_field or defaults.title)
    if not inputs and not files_from:
        typer.echo("kh-extract batch: no input (files, folders, globs, --files-from LIST or -)", err=True)
        raise typer.Exit(2)
    common = dict(jobs=jobs, resume=resume, max_errors=max_errors, files_from=files_from, fields=fields,
                  max_bytes=max_bytes, stats_file=stats, progress=progress)
    if engine not in ("local", "dask"):
        typer.echo(f"kh-extract batch: --engine {engine}: use local or dask", err=True)
        raise typer.Exit(2)
    if engine == "local" and (scheduler or output_format):
        typer.echo("kh-extract batch: --scheduler and --output-format need --engine dask", err=True)
        raise typer.Exit(2)
    try:
        if engine == "dask":
            try:
                from .dask_engine import run_dask
            except ImportError as e:
                typer.echo(f"kh-extract batch: --engine dask needs dask ({e}); pip install 'kh_extract[dask]'",
                           err=True)
                raise typer.Exit(2)
            result = run_dask(inputs or [], output, scheduler=scheduler, output_format=output_format, **common)
        else:
            result = run_batch(inputs or [], output, **common)
    except UsageError as e:
        typer.echo(f"kh-extract batch: {e}", err=True)
        raise typer.Exit(2)
    raise typer.Exit(0 if result.errors == 0 else 1)


db_app = typer.Typer(help="The plan database: load batch results into SQLite, query, export Parquet.",
                     no_args_is_help=True)


@db_app.command("load")
def db_load_cmd(
    results: Annotated[Path, typer.Argument(help="results.jsonl written by kh-extract batch.")],
    db: Annotated[Path, typer.Option("--db", help="SQLite database (created if missing).")] = Path("plans.sqlite"),
) -> None:
    """Load results into the database (idempotent: unchanged documents are skipped)."""
    from .db import load

    if not results.exists():
        typer.echo(f"kh-extract db load: {results} not found", err=True)
        raise typer.Exit(2)
    import sqlite3

    try:
        counts = load(results, db)
    except sqlite3.DatabaseError as e:
        typer.echo(f"kh-extract db load: {e}", err=True)
        raise typer.Exit(2)
    typer.echo(f"{db}: {counts['inserted']} inserted, {counts['updated']} updated, {counts['unchanged']} unchanged",
               err=True)


@db_app.command("export")
def db_export_cmd(
    db: Annotated[Path, typer.Option("--db", help="SQLite database.")] = Path("plans.sqlite"),
    parquet: Annotated[Path, typer.Option("--parquet", help="Folder for one .parquet file per table and view.")] = ...,
) -> None:
    """Write every table and view as Parquet."""
    from .db import export_parquet

    for path in export_parquet(db, parquet):
        typer.echo(str(path))


@db_app.command("query")
def db_query_cmd(
    sql: Annotated[str, typer.Argument(help='One SQL statement, e.g. "SELECT * FROM v_plans_per_month".')],
    db: Annotated[Path, typer.Option("--db", help="SQLite database.")] = Path("plans.sqlite"),
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per row instead of a table.")] = False,
) -> None:
    """Run SQL against the database and print the rows."""
    import json
    import sqlite3

    from .db import format_table, query

    if not db.exists():
        typer.echo(f"kh-extract db query: {db} not found", err=True)
        raise typer.Exit(2)
    try:
        columns, rows = query(db, sql)
    except sqlite3.Error as e:
        typer.echo(f"kh-extract db query: {e}", err=True)
        raise typer.Exit(2)
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False) + "\n")
    else:
        typer.echo(format_table(columns, rows))


def register(app: typer.Typer) -> None:
    """Add ``batch`` and the ``db`` sub-app to ``app``."""
    app.command("batch")(batch_cmd)
    app.add_typer(db_app, name="db")
