"""Batch runs: many inputs → one JSON Lines file, one record per input document.

>>> stats = run_batch(["corpus/"], "out/results.jsonl", jobs=2)   # doctest: +SKIP

Each output line is the SPEC object (``extract(...).model_dump(mode="json")``)
plus:

* ``source``: ``{"path", "line", "format", "encoding", "extractor", "url"}`` —
  ``line`` is the line number in a JSON Lines file, else null;
* ``status``: ``"ok"`` or ``"error"``; on failure ``error: {type, message,
  stage}`` with stage ``read``, ``decode`` or ``extract``, and no extraction
  fields (an error record never looks like a document with nothing in it);
* ``content_hash``: SHA-1 of the normalised text (``normalize(text).text``,
  whitespace collapsed), the key of duplicate detection;
* ``duplicate_of``: on a document whose normalised text equals an earlier
  one's (the same article republished on several portals): the id of the first.
  A duplicate's record has ``status: "ok"`` and OMITS the extraction fields
  (plan, references, dates, criteria, targets): read them from the first
  record. It is extracted once when ``jobs == 1``; with ``jobs > 1`` a worker
  that has not seen the first may compute it again, and the result is dropped.

Warnings from reading (encodings, truncation, HTML fallback) come first in
``warnings``. A document that fails never stops the run; ``max_errors`` does.

Output is appended and flushed one line per record, so a run killed at any
moment (even SIGKILL) leaves complete lines plus at most one partial last
line. ``resume=True`` truncates that partial line, skips every input whose
``(path, line)`` is already in the file, and appends the rest.

With ``jobs > 1`` a spawn-safe ``multiprocessing`` pool reads and extracts;
the pipeline is loaded once per worker (initializer), documents go in chunks,
results come back in input order (``imap``), and at most a fixed number of
documents is in flight, so memory does not grow with the size of the crawl.
"""

from __future__ import annotations

import glob
import hashlib
import json
import multiprocessing
import signal
import sys
import threading
import time
from collections import OrderedDict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence, Union

import regex

from .normalize import normalize
from .reader import DEFAULT_MAX_BYTES, FieldNames, ReadOptions, SourceDoc, is_jsonl, iter_json_lines, read_bytes, \
    read_file, read_json_line

# A task is what the main process hands to a worker: a file path, or one line of a JSON Lines file.
Task = tuple  # ("file", path) | ("jsonl", path, line, raw bytes) | ("bytes", path, data) | ("error", path, type, msg)

_SPACES = regex.compile(r"\s+")
INPUT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".jsonl", ".jsonl.gz", ".ndjson")


class UsageError(Exception):
    """Bad arguments: no input, an unreadable --files-from list (exit code 2)."""


@dataclass
class BatchStats:
    documents: int = 0
    ok: int = 0
    errors: int = 0
    warnings: int = 0  # total warnings over all records
    with_warnings: int = 0  # records with at least one warning
    duplicates: int = 0
    resumed: int = 0  # records already in the output file before a --resume
    chars: int = 0
    seconds: float = 0.0
    stopped: bool = False  # stopped by --max-errors
    errors_by_type: dict = field(default_factory=dict)

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds if self.seconds else 0.0

    def count(self, meta: dict, n_warnings: int) -> None:
        """Count one written record (``meta`` as :func:`process_task` returns it)."""
        self.documents += 1
        self.chars += meta["chars"]
        self.warnings += n_warnings
        self.with_warnings += bool(n_warnings)
        if meta["status"] == "ok":
            self.ok += 1
        else:
            self.errors += 1
            self.errors_by_type[meta["error_type"]] = self.errors_by_type.get(meta["error_type"], 0) + 1

    def as_dict(self) -> dict:
        d = asdict(self)
        d["docs_per_s"] = round(self.docs_per_s, 2)
        d["chars_per_s"] = round(self.chars_per_s, 1)
        d["seconds"] = round(self.seconds, 3)
        return d

    def summary(self) -> str:
        s = (f"{self.documents} documents, {self.ok} ok, {self.errors} errors, {self.with_warnings} with warnings "
             f"({self.warnings} warnings), {self.duplicates} duplicates, {self.seconds:.1f} s, "
             f"{self.docs_per_s:.1f} docs/s")
        if self.resumed:
            s += f"; {self.resumed} records were already done (--resume)"
        if self.stopped:
            s += "; STOPPED: too many errors (--max-errors)"
        return s


# --------------------------------------------------------------------------- inputs


def _is_input_file(path: str) -> bool:
    return path.lower().endswith(INPUT_SUFFIXES)


def iter_input_paths(inputs: Sequence[str], files_from: Optional[str] = None) -> Iterator[str]:
    """Files named by ``inputs`` (files, folders searched recursively, quoted globs, "-") and ``files_from``.

    Folders give files with a known suffix (.txt, .md, .html, .htm, .jsonl,
    .jsonl.gz), sorted; a file named directly is read whatever its suffix. A
    path that does not exist is passed on and becomes an error record.
    """
    names = list(inputs)
    if files_from:
        try:
            with open(files_from, encoding="utf-8") if files_from != "-" else sys.stdin as f:
                names.extend(line.strip() for line in f if line.strip() and not line.startswith("#"))
        except OSError as e:
            raise UsageError(f"cannot read --files-from {files_from}: {e}") from e
    seen: set[str] = set()
    for name in names:
        if name == "-":
            yield "-"
            continue
        p = Path(name)
        if p.is_dir():
            found = (str(f) for f in sorted(p.rglob("*")) if f.is_file() and _is_input_file(f.name))
        elif p.exists():
            found = iter([name])
        elif glob.has_magic(name):
            found = (f for f in sorted(glob.glob(name, recursive=True)) if Path(f).is_file())
        else:
            found = iter([name])  # missing: an error record, not a crash
        for f in found:
            if f not in seen:
                seen.add(f)
                yield f


def iter_tasks(paths: Iterable[str], done: Optional[set] = None) -> Iterator[Task]:
    """One task per document; JSON Lines files are split here, line by line (streamed)."""
    done = done or set()
    for path in paths:
        if path == "-":
            if ("-", None) not in done:
                yield ("bytes", "-", sys.stdin.buffer.read())
        elif is_jsonl(path) and Path(path).is_file():
            try:
                for number, raw in iter_json_lines(path):
                    if (path, number) not in done:
                        yield ("jsonl", path, number, raw)
            except (OSError, EOFError) as e:
                yield ("error", path, type(e).__name__, f"{path}: {e}")
        elif (path, None) not in done:
            yield ("file", path)


# --------------------------------------------------------------------------- one document

_WORKER: dict = {}


def _init_worker(options: ReadOptions) -> None:
    """Pool initializer: load the pipeline once per worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is handled by the main process
    _WORKER["options"] = options
    _WORKER["seen"] = OrderedDict()
    from . import extract

    _WORKER["extract"] = extract
    try:  # warm up lazily loaded resources, once
        extract("Kế hoạch số 06/KH-UBND ngày 11/01/2023 của UBND tỉnh Đồng Tháp.", id="warmup")
    except Exception:
        pass


def content_hash(text: str) -> str:
    """SHA-1 of the normalised text with whitespace collapsed: the key of duplicate detection."""
    norm = _SPACES.sub(" ", normalize(text).text).strip()
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()


def read_task(task: Task, options: ReadOptions) -> SourceDoc:
    kind = task[0]
    if kind == "file":
        return read_file(task[1], options)
    if kind == "jsonl":
        return read_json_line(task[1], task[2], task[3], options)
    if kind == "bytes":
        return read_bytes(task[2], SourceDoc(path=task[1], id="stdin"), options)
    return SourceDoc(path=task[1]).fail(task[2], task[3], "read")


def _source(doc: SourceDoc) -> dict:
    source = {"path": doc.path, "line": doc.line, "format": doc.format, "encoding": doc.encoding}
    if doc.extractor:
        source["extractor"] = doc.extractor
    if doc.url:
        source["url"] = doc.url
    return source


def error_record(doc: SourceDoc, error: dict, content: Optional[str] = None) -> dict:
    rec = {"schema": "kh_extract/1", "id": doc.id, "title": doc.title, "published": doc.published,
           "source": _source(doc), "status": "error", "error": error, "warnings": list(doc.warnings)}
    if content:
        rec["content_hash"] = content
    return rec


def duplicate_record(doc_meta: dict, first_id: str) -> dict:
    """The record of a republished article: no extraction, a pointer to the first."""
    return {"schema": "kh_extract/1", "id": doc_meta["id"], "title": doc_meta.get("title"),
            "published": doc_meta.get("published"), "source": doc_meta["source"], "status": "ok",
            "duplicate_of": first_id, "content_hash": doc_meta["content_hash"],
            "warnings": doc_meta["read_warnings"]}


def process_task(task: Task, options: Optional[ReadOptions] = None, extract=None,
                 seen: Optional[OrderedDict] = None) -> tuple[str, dict]:
    """Read and extract one document; never raises. Returns (JSON line, metadata for the main process)."""
    options = options or _WORKER.get("options") or ReadOptions()
    if extract is None:
        extract = _WORKER.get("extract")
        if extract is None:
            from . import extract
    seen = _WORKER.get("seen") if seen is None else seen
    try:
        doc = read_task(task, options)
    except Exception as e:  # a reader bug must not stop the run either
        doc = SourceDoc(path=task[1]).fail(type(e).__name__, str(e), "read")
    digest = None
    if doc.error is None:
        try:
            digest = content_hash(doc.text)
        except Exception:
            digest = hashlib.sha1(doc.text.encode("utf-8", "replace")).hexdigest()
    meta = {"id": doc.id, "source": _source(doc), "title": doc.title, "published": doc.published,
            "content_hash": digest, "read_warnings": list(doc.warnings),
            "chars": len(doc.text or ""), "status": "error" if doc.error else "ok",
            "error_type": doc.error["type"] if doc.error else None}
    if doc.error is not None:
        rec = error_record(doc, doc.error)
    elif seen is not None and digest in seen:
        # This worker extracted the same text earlier, so the main process has seen the first too.
        meta["skipped_duplicate"] = True
        rec = duplicate_record(meta, seen[digest])
    else:
        try:
            result = extract(doc.text, id=doc.id, published=doc.published, title=doc.title)
            rec = result.model_dump(mode="json")
            rec["warnings"] = list(doc.warnings) + list(rec.get("warnings") or [])
            rec["source"] = meta["source"]
            rec["status"] = "ok"
            rec["content_hash"] = digest
        except Exception as e:
            rec = error_record(doc, {"type": type(e).__name__, "message": str(e)[:500], "stage": "extract"}, digest)
            meta["status"], meta["error_type"] = "error", type(e).__name__
        if seen is not None and rec["status"] == "ok":
            seen[digest] = doc.id
            if len(seen) > 100_000:
                seen.popitem(last=False)
    meta["n_warnings"] = len(rec.get("warnings") or [])
    return json.dumps(rec, ensure_ascii=False), meta


def _worker_process(task: Task) -> tuple[str, dict]:
    return process_task(task)


# --------------------------------------------------------------------------- output and resume


def load_done(output: Path) -> tuple[set, dict, int]:
    """Read an existing output file: done (path, line) keys and hashes of first documents.

    A partial last line (a run killed mid-write) is cut off the file. Returns
    (done, first id by content hash, number of complete records).
    """
    done: set = set()
    firsts: dict = {}
    if not output.exists():
        return done, firsts, 0
    count = 0
    good_end = 0
    with open(output, "rb") as f:
        offset = 0
        for raw in f:
            end = offset + len(raw)
            if not raw.endswith(b"\n"):
                break  # partial last line
            try:
                rec = json.loads(raw)
            except ValueError:
                break  # a torn line cannot be followed by good ones in an append-only file
            source = rec.get("source") or {}
            done.add((source.get("path"), source.get("line")))
            if rec.get("status") == "ok" and rec.get("content_hash") and not rec.get("duplicate_of"):
                firsts.setdefault(rec["content_hash"], rec.get("id"))
            count += 1
            good_end = offset = end
    if good_end != output.stat().st_size:
        with open(output, "r+b") as f:
            f.truncate(good_end)
    return done, firsts, count


class _Progress:
    """A rich progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, enabled: bool, total: Optional[int]):
        self.bar = None
        if not enabled:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, \
            TimeRemainingColumn

        self.bar = Progress(TextColumn("batch"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]:.1f} docs/s"), TextColumn("{task.fields[errors]} errors"),
                            TimeElapsedColumn(), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=False)
        self.task = self.bar.add_task("batch", total=total, rate=0.0, errors=0)
        self.bar.start()

    def update(self, stats: BatchStats, elapsed: float) -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=stats.documents, errors=stats.errors,
                            rate=stats.documents / elapsed if elapsed else 0.0)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _count_documents(paths: list[str]) -> Optional[int]:
    """Total for the progress bar: known without reading only when no input is JSON Lines or stdin."""
    if any(p == "-" or is_jsonl(p) for p in paths):
        return None
    return len(paths)


def run_batch(
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
) -> BatchStats:
    """Run ``extract`` over every input document and write one JSON line per document to ``output``.

    ``max_errors``: stop once more than this many documents failed. Without
    ``resume`` an existing ``output`` is overwritten. Returns the run's
    statistics (also written as JSON to ``stats_file``).
    """
    if jobs < 1:
        raise UsageError("--jobs must be at least 1")
    own = {Path(output).resolve(), Path(stats_file).resolve() if stats_file else None}
    # "batch out/ -o out/results.jsonl" must not read its own output.
    paths = [p for p in iter_input_paths(inputs, files_from) if p == "-" or Path(p).resolve() not in own]
    if not paths:
        raise UsageError("no input: name files, folders, globs, --files-from LIST or - for standard input")
    options = ReadOptions(max_bytes=max_bytes, fields=fields or FieldNames())
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    stats = BatchStats()
    done: set = set()
    firsts: dict = {}
    if resume:
        done, firsts, stats.resumed = load_done(output)
    mode = "a" if resume else "w"
    show = sys.stderr.isatty() if progress is None else progress
    bar = _Progress(show, _count_documents(paths))
    started = time.perf_counter()
    # Documents sent but not yet written: enough that a slow chunk does not starve the other workers.
    in_flight = threading.BoundedSemaphore(max(jobs * chunksize * 16, 64))
    stop = threading.Event()

    def bounded(tasks: Iterator[Task]) -> Iterator[Task]:
        # imap reads its input in a thread as fast as it can; this keeps a fixed number in flight.
        for task in tasks:
            while not in_flight.acquire(timeout=0.2):
                if stop.is_set():
                    return
            if stop.is_set():
                return
            yield task

    tasks = iter_tasks(paths, done)
    pool = None
    finished = False
    with open(output, mode, encoding="utf-8") as out:
        try:
            if jobs == 1:
                from . import extract

                seen = OrderedDict(firsts)  # in one process no duplicate is extracted
                results = (process_task(t, options, extract, seen) for t in tasks)
            else:
                ctx = multiprocessing.get_context("spawn")
                pool = ctx.Pool(jobs, initializer=_init_worker, initargs=(options,))
                results = pool.imap(_worker_process, bounded(tasks), chunksize=chunksize)
            for line, meta in results:
                if pool is not None:
                    try:
                        in_flight.release()
                    except ValueError:
                        pass
                digest = meta["content_hash"]
                if meta["status"] == "ok" and digest:
                    first = firsts.get(digest)
                    if meta.get("skipped_duplicate"):
                        stats.duplicates += 1  # the worker already wrote the duplicate record
                        firsts.setdefault(digest, json.loads(line)["duplicate_of"])
                    elif first is None:
                        firsts[digest] = meta["id"]
                    else:
                        line = json.dumps(duplicate_record(meta, first), ensure_ascii=False)
                        meta["n_warnings"] = len(meta["read_warnings"])
                        stats.duplicates += 1
                out.write(line + "\n")
                out.flush()
                stats.count(meta, meta["n_warnings"])
                if meta["status"] != "ok" and max_errors is not None and stats.errors > max_errors:
                    stats.stopped = True
                    break
                if stats.documents % 20 == 0:
                    bar.update(stats, time.perf_counter() - started)
            finished = not stats.stopped
        finally:
            stop.set()
            if pool is not None:
                if not finished:  # --max-errors, Ctrl-C, a write error: do not wait for the queue
                    pool.terminate()
                else:
                    pool.close()
                pool.join()
            bar.update(stats, time.perf_counter() - started)
            bar.close()
    stats.seconds = time.perf_counter() - started
    if not quiet:
        print(f"kh-extract batch: {stats.summary()}", file=sys.stderr)
    if stats_file:
        Path(stats_file).write_text(json.dumps(stats.as_dict(), ensure_ascii=False, indent=2) + "\n",
                                    encoding="utf-8")
    return stats


__all__ = ["BatchStats", "UsageError", "content_hash", "iter_input_paths", "load_done", "process_task", "run_batch"]
