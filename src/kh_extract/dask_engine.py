"""``kh-extract batch --engine dask``: the batch run on a Dask cluster, for crawls larger than one machine.

>>> stats = run_dask(["corpus/"], "out/results.jsonl")                      # doctest: +SKIP
>>> stats = run_dask(["crawl/"], "s3://bucket/kh/", scheduler="tcp://10.0.0.5:8786",
...                  output_format="parquet")                               # doctest: +SKIP

The records are those of :func:`kh_extract.batch.run_batch` (the same
``process_task`` makes each one: SPEC object + ``source``, ``status``,
``error``, ``content_hash``, ``duplicate_of``), in the same order, so a Dask
run and ``batch --jobs 1`` give identical files.

How the work is cut: a Dask bag with one partition per JSON Lines file (its
lines are read on the worker, line numbers kept) and one per ``chunksize``
text/HTML files. Workers load the pipeline once (a module-level cache in each
worker process). Duplicates are decided on the client from the small
metadata of every record, in input order, as ``batch`` does; then the records
go either back to the client, into one JSON Lines file (``-o results.jsonl``),
or are written by the workers, one file per partition, into a folder
(``-o out/``: ``part-00000.jsonl`` …, or ``.parquet`` with
``output_format="parquet"`` or a folder named ``*.parquet``). Folder outputs
may be any fsspec URL the workers can write (``s3://…``); inputs must be
paths every worker can read (a shared file system).

With no ``scheduler`` a ``LocalCluster`` of ``max(jobs, 2)`` single-threaded
worker processes is started and closed again.
"""

from __future__ import annotations

import json
import sys
import time
from collections import OrderedDict
from pathlib import Path
from typing import Optional, Sequence, Union

from .batch import BatchStats, UsageError, duplicate_record, iter_input_paths, load_done, process_task
from .reader import DEFAULT_MAX_BYTES, FieldNames, ReadOptions, is_jsonl

Unit = tuple  # ("files", [path, ...]) | ("jsonl", path, frozenset of lines already done)

# Kept in each worker process between tasks: the pipeline is imported and warmed up once.
_WORKER: dict = {}


def _extract():
    if "extract" not in _WORKER:
        from . import extract

        try:  # load lazily built resources (gazetteer, tokenizer) once per worker
            extract("Kế hoạch số 06/KH-UBND ngày 11/01/2023 của UBND tỉnh Đồng Tháp.", id="warmup")
        except Exception:
            pass
        _WORKER["extract"] = extract
    return _WORKER["extract"]


def _tasks(unit: Unit):
    from .batch import iter_tasks

    if unit[0] == "files":
        yield from iter_tasks(unit[1])
    else:
        yield from iter_tasks([unit[1]], {(unit[1], line) for line in unit[2]})


def process_unit(unit: Unit, options: ReadOptions) -> list[tuple[str, dict]]:
    """(JSON line, metadata) of every document of one unit; runs on a worker, never raises."""
    extract = _extract()
    # A fresh ``seen`` per document: duplicates are decided on the client, in input order.
    return [process_task(task, options, extract, OrderedDict()) for task in _tasks(unit)]


def _small(results: list[tuple[str, dict]]) -> list[dict]:
    """What the client needs of each record to decide duplicates and count: no text, no extraction."""
    keep = ("id", "source", "title", "published", "content_hash", "read_warnings", "chars", "status", "error_type",
            "n_warnings")
    return [{k: meta.get(k) for k in keep} for _, meta in results]


def _final_lines(results: list[tuple[str, dict]], duplicates: dict[int, str], stop_at: Optional[int]) -> list[str]:
    lines = []
    for pos, (line, meta) in enumerate(results):
        if stop_at is not None and pos > stop_at:
            break
        if pos in duplicates:
            line = json.dumps(duplicate_record(meta, duplicates[pos]), ensure_ascii=False)
        lines.append(line)
    return lines


# Parquet: key columns for filtering plus the whole record as JSON (nested fields keep their SPEC shape).
PARQUET_COLUMNS = ("id", "status", "title", "published", "content_hash", "duplicate_of", "source_path",
                   "source_line", "record")


def write_partition(results, number: int, duplicates: dict[int, str], stop_at: Optional[int], folder: str,
                    output_format: str) -> tuple[str, int]:
    """Write one partition's records as ``part-NNNNN.jsonl`` or ``.parquet`` in ``folder`` (runs on a worker)."""
    import fsspec

    lines = _final_lines(results, duplicates, stop_at)
    path = f"{folder.rstrip('/')}/part-{number:05d}.{output_format}"
    if output_format == "jsonl":
        with fsspec.open(path, "w", encoding="utf-8") as f:
            f.writelines(line + "\n" for line in lines)
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = []
        for line in lines:
            rec = json.loads(line)
            source = rec.get("source") or {}
            rows.append({"id": rec.get("id"), "status": rec.get("status"), "title": rec.get("title"),
                         "published": rec.get("published"), "content_hash": rec.get("content_hash"),
                         "duplicate_of": rec.get("duplicate_of"), "source_path": source.get("path"),
                         "source_line": source.get("line"), "record": line})
        schema = pa.schema([(c, pa.int64() if c == "source_line" else pa.string()) for c in PARQUET_COLUMNS])
        with fsspec.open(path, "wb") as f:
            pq.write_table(pa.Table.from_pylist(rows, schema=schema), f)
    return path, len(lines)


def read_parquet_records(folder: Union[str, Path]) -> list[dict]:
    """The records of a Parquet output folder, in order (for checks and small outputs)."""
    import pyarrow.parquet as pq

    out = []
    for part in sorted(Path(folder).glob("part-*.parquet")):
        out.extend(json.loads(r) for r in pq.read_table(part, columns=["record"]).column("record").to_pylist())
    return out


def _units(paths: list[str], done: set, chunksize: int) -> list[Unit]:
    units: list[Unit] = []
    files: list[str] = []
    for path in paths:
        if path == "-":
            raise UsageError("--engine dask cannot read standard input: name files or folders")
        if is_jsonl(path) and Path(path).is_file():
            if files:
                units.append(("files", files))
                files = []
            units.append(("jsonl", path, frozenset(line for p, line in done if p == path)))
        elif (path, None) not in done:
            files.append(path)
            if len(files) >= chunksize:
                units.append(("files", files))
                files = []
    if files:
        units.append(("files", files))
    return units


def _count(stats: BatchStats, meta: dict, firsts: dict, decisions: dict, pos: int) -> None:
    """Count one record as ``batch`` does; a duplicate of an earlier document is noted in ``decisions``."""
    digest = meta["content_hash"]
    n_warnings = meta["n_warnings"]
    if meta["status"] == "ok" and digest:
        first = firsts.get(digest)
        if first is None:
            firsts[digest] = meta["id"]
        else:
            decisions[pos] = first
            n_warnings = len(meta["read_warnings"])
            stats.duplicates += 1
    stats.count(meta, n_warnings)


def _process_partition(units: list, options: ReadOptions) -> list[tuple[str, dict]]:
    return [r for unit in units for r in process_unit(unit, options)]


def _client(scheduler, jobs: int):
    """A ``distributed.Client`` for ``scheduler`` (an address or a Client), else on a new local cluster."""
    from distributed import Client, LocalCluster

    if scheduler is not None and not isinstance(scheduler, str):
        return scheduler, None
    if scheduler:
        return Client(scheduler), None
    import logging

    logging.getLogger("distributed").setLevel(logging.WARNING)  # the scheduler runs here: no INFO chatter
    cluster = LocalCluster(n_workers=max(jobs, 2), threads_per_worker=1, processes=True, dashboard_address=None,
                           silence_logs=logging.WARNING)
    return Client(cluster), cluster


def run_dask(
    inputs: Sequence[str],
    output: Union[str, Path],
    *,
    jobs: int = 1,
    resume: bool = False,
    max_errors: Optional[int] = None,
    files_from: Optional[str] = None,
    fields: Optional[FieldNames] = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stats_file: Optional[Union[str, Path]] = None,
    progress: Optional[bool] = None,
    chunksize: int = 8,
    quiet: bool = False,
    scheduler=None,
    output_format: Optional[str] = None,
) -> BatchStats:
    """:func:`kh_extract.batch.run_batch` on a Dask cluster: same arguments, same records, same statistics.

    ``scheduler``: a scheduler address ("tcp://host:8786") or a
    ``distributed.Client``; none starts a local cluster. ``output``: a
    ``.jsonl`` file (written by the client), else a folder of partition files
    written by the workers, JSON Lines or ``output_format="parquet"``.
    ``resume`` needs a ``.jsonl`` output. ``max_errors`` cannot stop workers
    that already run; the records after the limit are dropped as ``batch``
    would not have written them. ``progress`` shows Dask's progress bar.
    """
    import dask.bag as db

    if jobs < 1:
        raise UsageError("--jobs must be at least 1")
    output = str(output)
    single = output.endswith(".jsonl")
    output_format = output_format or ("parquet" if output.rstrip("/").endswith(".parquet") else "jsonl")
    if output_format not in ("jsonl", "parquet") or (single and output_format != "jsonl"):
        raise UsageError(f"output format {output_format!r}: use a .jsonl file, or a folder with jsonl or parquet")
    if resume and not single:
        raise UsageError("--resume with --engine dask needs a .jsonl output file")
    paths = list(iter_input_paths(inputs, files_from))
    if not paths:
        raise UsageError("no input: name files, folders, globs or --files-from LIST")
    options = ReadOptions(max_bytes=max_bytes, fields=fields or FieldNames())
    stats = BatchStats()
    done: set = set()
    firsts: dict = {}
    if resume:
        done, firsts, stats.resumed = load_done(Path(output))
    units = _units(paths, done, chunksize)
    started = time.perf_counter()
    client, cluster = _client(scheduler, jobs)
    owned = client is not scheduler
    try:
        bag = db.from_sequence(units, npartitions=max(len(units), 1)) if units else None
        parts = []
        if bag is not None:
            # from_sequence keeps the order; each partition is a list holding one unit.
            results = bag.map_partitions(_process_partition, options)
            parts = client.compute(results.to_delayed())
        if progress:
            from distributed import progress as show_progress

            show_progress(parts)
        metas = client.gather([client.submit(_small, p) for p in parts])
        decisions = [dict() for _ in parts]  # partition -> {position: id of the first}
        cut: Optional[tuple[int, int]] = None  # (partition, position) of the record that passed --max-errors
        for n, part in enumerate(metas):
            for pos, meta in enumerate(part):
                _count(stats, meta, firsts, decisions[n], pos)
                if meta["status"] != "ok" and max_errors is not None and stats.errors > max_errors:
                    stats.stopped, cut = True, (n, pos)
                    break
            if cut:
                break
        keep = parts if cut is None else parts[: cut[0] + 1]
        stop_at = [cut[1] if cut and n == cut[0] else None for n in range(len(keep))]
        if single:
            Path(output).parent.mkdir(parents=True, exist_ok=True)
            with open(output, "a" if resume else "w", encoding="utf-8") as out:
                for n, part in enumerate(keep):  # one partition at a time back to the client, in order
                    out.writelines(line + "\n" for line in _final_lines(part.result(), decisions[n], stop_at[n]))
                    out.flush()
                    part.release()
        else:
            if "://" not in output:
                Path(output).mkdir(parents=True, exist_ok=True)
            writes = [client.submit(write_partition, part, n, decisions[n], stop_at[n], output, output_format)
                      for n, part in enumerate(keep)]
            client.gather(writes)
    finally:
        if owned:
            client.close()
        if cluster is not None:
            cluster.close()
    stats.seconds = time.perf_counter() - started
    if not quiet:
        print(f"kh-extract batch (dask): {stats.summary()}", file=sys.stderr)
    if stats_file:
        Path(stats_file).write_text(json.dumps(stats.as_dict(), ensure_ascii=False, indent=2) + "\n",
                                    encoding="utf-8")
    return stats


__all__ = ["PARQUET_COLUMNS", "process_unit", "read_parquet_records", "run_dask", "write_partition"]
