"""The plan database: batch results (JSON Lines) → SQLite, and SQLite → Parquet.

>>> load("out/results.jsonl", "out/plans.sqlite")    # doctest: +SKIP

Tables (foreign keys on, indexed):

* ``documents``  — one row per input document (key: ``id``), with its
  source, status, error, warnings, ``content_hash`` and ``duplicate_of``;
* ``plans``      — one row per plan: the same ``ref`` issued in the same
  province is ONE plan, however many articles report it ("188/KH-UBND" of Hà
  Tĩnh and "188/KH-UBND" of Bình Định are two); a plan without a number is
  its own row per document;
* ``plan_mentions`` — plan ↔ document (every article that is about the plan);
* ``refs``       — cited legal documents (SPEC ``references``; ``references``
  is an SQL keyword);
* ``criteria``, ``dates``, ``targets``, ``target_criteria`` (target ↔ criterion code).

Views: ``v_targets`` (each target with its plan ref, province, district,
criterion codes and deadline), ``v_plans`` (each plan with its articles and
targets), ``v_plans_per_month``, ``v_criteria_by_province``,
``v_documents_per_status``. Full-text search (FTS5): ``fts_titles`` (document
titles) and ``fts_targets`` (target subjects and actions).

Loading is an upsert keyed by the document: its ``id`` with its source path and
line (``doc_key``; two crawled pages named ``index.html`` in different folders
share the stem but are two documents). A document whose record is unchanged
(same ``content_hash`` and same record digest) is skipped, a changed one
replaces its rows, so loading the same file twice changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Iterator, Optional, Union

PathLike = Union[str, Path]

SCHEMA = """
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS documents (
    doc_pk        INTEGER PRIMARY KEY,
    doc_key       TEXT NOT NULL UNIQUE,  -- id, source path and line
    id            TEXT NOT NULL,
    content_hash  TEXT,
    record_digest TEXT NOT NULL,
    status        TEXT NOT NULL,
    duplicate_of  TEXT,
    title         TEXT,
    published     TEXT,
    source_path   TEXT,
    source_line   INTEGER,
    source_format TEXT,
    encoding      TEXT,
    extractor     TEXT,
    url           TEXT,
    error_type    TEXT,
    error_message TEXT,
    error_stage   TEXT,
    warnings      TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS ix_documents_id ON documents(id);
CREATE INDEX IF NOT EXISTS ix_documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS ix_documents_hash ON documents(content_hash);

CREATE TABLE IF NOT EXISTS plans (
    plan_id   INTEGER PRIMARY KEY,
    plan_key  TEXT NOT NULL UNIQUE,      -- "ref|province", or "doc:<id>" for a plan without a number
    ref       TEXT,
    province  TEXT,
    district  TEXT,
    commune   TEXT,
    level     TEXT,
    issuer    TEXT,
    issued    TEXT,
    horizon   INTEGER
);
CREATE INDEX IF NOT EXISTS ix_plans_ref ON plans(ref);
CREATE INDEX IF NOT EXISTS ix_plans_province ON plans(province);
CREATE INDEX IF NOT EXISTS ix_plans_issued ON plans(issued);

CREATE TABLE IF NOT EXISTS plan_mentions (
    plan_id INTEGER NOT NULL REFERENCES plans(plan_id) ON DELETE CASCADE,
    doc_pk  INTEGER NOT NULL REFERENCES documents(doc_pk) ON DELETE CASCADE,
    PRIMARY KEY (plan_id, doc_pk)
);
CREATE INDEX IF NOT EXISTS ix_plan_mentions_doc ON plan_mentions(doc_pk);

CREATE TABLE IF NOT EXISTS refs (
    ref_pk     INTEGER PRIMARY KEY,
    doc_pk     INTEGER NOT NULL REFERENCES documents(doc_pk) ON DELETE CASCADE,
    ref        TEXT NOT NULL,
    kind       TEXT,
    number     TEXT,
    year       INTEGER,
    symbol     TEXT,
    issued     TEXT,
    issuer     TEXT,
    span_start INTEGER,
    span_end   INTEGER
);
CREATE INDEX IF NOT EXISTS ix_refs_doc ON refs(doc_pk);
CREATE INDEX IF NOT EXISTS ix_refs_ref ON refs(ref);

CREATE TABLE IF NOT EXISTS criteria (
    criterion_pk INTEGER PRIMARY KEY,
    doc_pk       INTEGER NOT NULL REFERENCES documents(doc_pk) ON DELETE CASCADE,
    code         TEXT NOT NULL,
    criterion    INTEGER,
    framework    TEXT,
    name         TEXT,
    span_start   INTEGER,
    span_end     INTEGER
);
CREATE INDEX IF NOT EXISTS ix_criteria_doc ON criteria(doc_pk);
CREATE INDEX IF NOT EXISTS ix_criteria_code ON criteria(code, framework);

CREATE TABLE IF NOT EXISTS dates (
    date_pk    INTEGER PRIMARY KEY,
    doc_pk     INTEGER NOT NULL REFERENCES documents(doc_pk) ON DELETE CASCADE,
    text       TEXT,
    value      TEXT,
    span_start INTEGER,
    span_end   INTEGER
);
CREATE INDEX IF NOT EXISTS ix_dates_doc ON dates(doc_pk);
CREATE INDEX IF NOT EXISTS ix_dates_value ON dates(value);

CREATE TABLE IF NOT EXISTS targets (
    target_pk  INTEGER PRIMARY KEY,
    doc_pk     INTEGER NOT NULL REFERENCES documents(doc_pk) ON DELETE CASCADE,
    plan_id    INTEGER REFERENCES plans(plan_id) ON DELETE SET NULL,
    value      REAL,
    value_max  REAL,
    unit       TEXT,
    direction  TEXT,
    comparator TEXT,
    subject    TEXT,
    action     TEXT,
    level      TEXT,
    deadline   INTEGER,
    kind       TEXT,
    per        TEXT,
    span_start INTEGER,
    span_end   INTEGER
);
CREATE INDEX IF NOT EXISTS ix_targets_doc ON targets(doc_pk);
CREATE INDEX IF NOT EXISTS ix_targets_plan ON targets(plan_id);
CREATE INDEX IF NOT EXISTS ix_targets_unit ON targets(unit);
CREATE INDEX IF NOT EXISTS ix_targets_deadline ON targets(deadline);

CREATE TABLE IF NOT EXISTS target_criteria (
    target_pk INTEGER NOT NULL REFERENCES targets(target_pk) ON DELETE CASCADE,
    code      TEXT NOT NULL,
    PRIMARY KEY (target_pk, code)
);
CREATE INDEX IF NOT EXISTS ix_target_criteria_code ON target_criteria(code);

CREATE VIEW IF NOT EXISTS v_targets AS
SELECT t.target_pk, d.id AS document, d.title, d.published,
       p.ref AS plan_ref, p.province, p.district, p.issuer AS plan_issuer,
       (SELECT group_concat(code, ',') FROM (SELECT code FROM target_criteria tc
            WHERE tc.target_pk = t.target_pk ORDER BY code)) AS criteria,
       t.comparator, t.value, t.value_max, t.unit, t.direction, t.subject, t.action, t.level,
       COALESCE(t.deadline, p.horizon) AS deadline, t.kind, t.per
FROM targets t
JOIN documents d ON d.doc_pk = t.doc_pk
LEFT JOIN plans p ON p.plan_id = t.plan_id;

CREATE VIEW IF NOT EXISTS v_plans AS
SELECT p.plan_id, p.ref, p.province, p.district, p.commune, p.level, p.issuer, p.issued, p.horizon,
       (SELECT count(*) FROM plan_mentions m WHERE m.plan_id = p.plan_id) AS articles,
       (SELECT min(d.published) FROM plan_mentions m JOIN documents d ON d.doc_pk = m.doc_pk
            WHERE m.plan_id = p.plan_id) AS first_reported,
       (SELECT count(*) FROM targets t WHERE t.plan_id = p.plan_id AND t.kind = 'target') AS targets
FROM plans p;

CREATE VIEW IF NOT EXISTS v_plans_per_month AS
SELECT substr(COALESCE(issued, first_reported), 1, 7) AS month, count(*) AS plans,
       group_concat(COALESCE(ref, '(no number)') || ' ' || COALESCE(province, '?'), '; ') AS which
FROM v_plans
GROUP BY month
ORDER BY month;

CREATE VIEW IF NOT EXISTS v_criteria_by_province AS
SELECT p.province, c.framework, c.code, c.name, count(DISTINCT c.doc_pk) AS documents
FROM criteria c
JOIN plan_mentions m ON m.doc_pk = c.doc_pk
JOIN plans p ON p.plan_id = m.plan_id
GROUP BY p.province, c.framework, c.code, c.name;

CREATE VIEW IF NOT EXISTS v_documents_per_status AS
SELECT status, (duplicate_of IS NOT NULL) AS duplicate, error_type, count(*) AS documents
FROM documents GROUP BY status, duplicate, error_type;

CREATE VIRTUAL TABLE IF NOT EXISTS fts_titles USING fts5(title, document UNINDEXED, tokenize = 'unicode61');
CREATE VIRTUAL TABLE IF NOT EXISTS fts_targets USING fts5(subject, action, target_pk UNINDEXED,
                                                          tokenize = 'unicode61');
"""

TABLES = ("documents", "plans", "plan_mentions", "refs", "criteria", "dates", "targets", "target_criteria")
VIEWS = ("v_targets", "v_plans", "v_plans_per_month", "v_criteria_by_province", "v_documents_per_status")


LAYOUT_VERSION = 2   # 2: targets.per


def connect(db_path: PathLike) -> sqlite3.Connection:
    """Open (and create if needed) the plan database."""
    conn = sqlite3.connect(str(db_path))
    conn.execute("PRAGMA foreign_keys = ON")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'documents'").fetchone()
    if exists and version != LAYOUT_VERSION:
        conn.close()
        raise sqlite3.DatabaseError(f"{db_path} has an older layout (version {version}, now {LAYOUT_VERSION}): "
                                    "delete it and load the results again")
    conn.executescript(SCHEMA)
    conn.execute(f"PRAGMA user_version = {LAYOUT_VERSION}")
    return conn


def document_key(rec: dict) -> str:
    """The key of a document in the database: id, source path and line."""
    source = rec.get("source") or {}
    return f"{rec['id']}\x1f{source.get('path') or ''}\x1f{source.get('line') or ''}"


def _records(results_jsonl: PathLike) -> Iterator[dict]:
    with open(results_jsonl, encoding="utf-8") as f:
        for line in f:
            if not line.endswith("\n"):
                break  # a partial last line of an interrupted run
            line = line.strip()
            if line:
                try:
                    yield json.loads(line)
                except ValueError:
                    continue


def _digest(rec: dict) -> str:
    return hashlib.sha1(json.dumps(rec, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def _span(obj: dict) -> tuple[Optional[int], Optional[int]]:
    span = obj.get("span") or (None, None)
    return span[0], span[1]


def _plan_key(plan: dict, doc_id: str) -> str:
    province = ((plan.get("locality") or {}).get("province")) or ""
    return f"{plan['ref']}|{province}" if plan.get("ref") else f"doc:{doc_id}"


def _upsert_plan(conn: sqlite3.Connection, plan: dict, doc_id: str) -> int:
    loc = plan.get("locality") or {}
    key = _plan_key(plan, doc_id)
    row = conn.execute("SELECT plan_id FROM plans WHERE plan_key = ?", (key,)).fetchone()
    values = (plan.get("ref"), loc.get("province"), loc.get("district"), loc.get("commune"), loc.get("level"),
              plan.get("issuer"), plan.get("issued"), plan.get("horizon"))
    if row is None:
        cur = conn.execute(
            "INSERT INTO plans (plan_key, ref, province, district, commune, level, issuer, issued, horizon) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", (key,) + values)
        return cur.lastrowid
    # Another article about the same plan: fill in what the first left empty.
    conn.execute(
        "UPDATE plans SET district = COALESCE(district, ?), commune = COALESCE(commune, ?), "
        "level = COALESCE(level, ?), issuer = COALESCE(issuer, ?), issued = COALESCE(issued, ?), "
        "horizon = COALESCE(horizon, ?) WHERE plan_id = ?", values[2:] + (row[0],))
    return row[0]


def _insert_document(conn: sqlite3.Connection, rec: dict, digest: str) -> None:
    source = rec.get("source") or {}
    error = rec.get("error") or {}
    cur = conn.execute(
        "INSERT INTO documents (doc_key, id, content_hash, record_digest, status, duplicate_of, title, published, "
        "source_path, source_line, source_format, encoding, extractor, url, error_type, error_message, "
        "error_stage, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (document_key(rec), rec["id"], rec.get("content_hash"), digest, rec.get("status", "ok"), rec.get("duplicate_of"),
         rec.get("title"), rec.get("published"), source.get("path"), source.get("line"), source.get("format"),
         source.get("encoding"), source.get("extractor"), source.get("url"), error.get("type"),
         error.get("message"), error.get("stage"), json.dumps(rec.get("warnings") or [], ensure_ascii=False)))
    doc_pk = cur.lastrowid
    plan_id = None
    if rec.get("plan"):
        plan_id = _upsert_plan(conn, rec["plan"], rec["id"])
        conn.execute("INSERT OR IGNORE INTO plan_mentions (plan_id, doc_pk) VALUES (?, ?)", (plan_id, doc_pk))
    conn.executemany(
        "INSERT INTO refs (doc_pk, ref, kind, number, year, symbol, issued, issuer, span_start, span_end) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc_pk, r["ref"], r.get("kind"), r.get("number"), r.get("year"), r.get("symbol"), r.get("issued"),
          r.get("issuer")) + _span(r) for r in rec.get("references") or []])
    conn.executemany(
        "INSERT INTO criteria (doc_pk, code, criterion, framework, name, span_start, span_end) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(doc_pk, c["code"], c.get("criterion"), c.get("framework"), c.get("name")) + _span(c)
         for c in rec.get("criteria") or []])
    conn.executemany(
        "INSERT INTO dates (doc_pk, text, value, span_start, span_end) VALUES (?, ?, ?, ?, ?)",
        [(doc_pk, d.get("text"), d.get("value")) + _span(d) for d in rec.get("dates") or []])
    for t in rec.get("targets") or []:
        cur = conn.execute(
            "INSERT INTO targets (doc_pk, plan_id, value, value_max, unit, direction, comparator, subject, action, "
            "level, deadline, kind, per, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_pk, plan_id, t.get("value"), t.get("value_max"), t.get("unit"), t.get("direction"),
             t.get("comparator"), t.get("subject"), t.get("action"), t.get("level"), t.get("deadline"),
             t.get("kind", "target"), t.get("per")) + _span(t))
        conn.executemany("INSERT OR IGNORE INTO target_criteria (target_pk, code) VALUES (?, ?)",
                         [(cur.lastrowid, code) for code in t.get("criteria") or []])


def _rebuild_fts(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM fts_titles")
    conn.execute("INSERT INTO fts_titles (title, document) SELECT title, id FROM documents WHERE title IS NOT NULL")
    conn.execute("DELETE FROM fts_targets")
    conn.execute("INSERT INTO fts_targets (subject, action, target_pk) "
                 "SELECT subject, COALESCE(action, ''), target_pk FROM targets")


def load(results_jsonl: PathLike, db_path: PathLike) -> dict:
    """Load batch results into the database; returns counts {inserted, updated, unchanged}.

    Idempotent: an unchanged record is skipped; a changed record (same id)
    replaces its rows; plans no longer mentioned by any document are removed.
    """
    conn = connect(db_path)
    counts = {"inserted": 0, "updated": 0, "unchanged": 0}
    try:
        with conn:
            for rec in _records(results_jsonl):
                if not rec.get("id"):
                    continue
                digest = _digest(rec)
                row = conn.execute("SELECT doc_pk, content_hash, record_digest FROM documents WHERE doc_key = ?",
                                   (document_key(rec),)).fetchone()
                if row is not None:
                    if row[1] == rec.get("content_hash") and row[2] == digest:
                        counts["unchanged"] += 1
                        continue
                    conn.execute("DELETE FROM documents WHERE doc_pk = ?", (row[0],))
                    counts["updated"] += 1
                else:
                    counts["inserted"] += 1
                _insert_document(conn, rec, digest)
            if counts["inserted"] or counts["updated"]:
                # A republished article (duplicate_of) is about the same plan as its first.
                conn.execute(
                    "INSERT OR IGNORE INTO plan_mentions (plan_id, doc_pk) SELECT m.plan_id, d.doc_pk "
                    "FROM documents d JOIN documents f ON f.id = d.duplicate_of "
                    "JOIN plan_mentions m ON m.doc_pk = f.doc_pk")
                conn.execute("DELETE FROM plans WHERE plan_id NOT IN (SELECT plan_id FROM plan_mentions)")
                _rebuild_fts(conn)
    finally:
        conn.close()
    return counts


def query(db_path: PathLike, sql: str, params: tuple = ()) -> tuple[list[str], list[tuple]]:
    """Run one SQL statement; returns (column names, rows)."""
    conn = connect(db_path)
    try:
        cur = conn.execute(sql, params)
        columns = [c[0] for c in cur.description or []]
        return columns, cur.fetchall()
    finally:
        conn.close()


def format_table(columns: list[str], rows: list[tuple], max_width: int = 60) -> str:
    """Rows as a plain text table (the CLI's ``db query`` output, the README's examples)."""
    def cell(v) -> str:
        s = "" if v is None else (f"{v:g}" if isinstance(v, float) else str(v))
        s = " ".join(s.split())
        return s if len(s) <= max_width else s[: max_width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [" | ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
             "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines)


def export_parquet(db_path: PathLike, out_dir: PathLike) -> list[Path]:
    """Write every table and view as ``<name>.parquet`` into ``out_dir`` (needs pyarrow)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    conn = connect(db_path)
    written = []
    try:
        for name in TABLES + VIEWS:
            cur = conn.execute(f"SELECT * FROM {name}")
            columns = [c[0] for c in cur.description]
            rows = cur.fetchall()
            declared = {r[1]: (r[2] or "").upper() for r in conn.execute(f"PRAGMA table_info({name})")}
            arrays = []
            for i, col in enumerate(columns):
                values = [r[i] for r in rows]
                kind = declared.get(col, "")
                if kind == "INTEGER":
                    typ = pa.int64()
                elif kind == "REAL":
                    typ = pa.float64()
                elif kind == "TEXT":
                    typ = pa.string()
                else:
                    typ = None  # views: let pyarrow infer
                try:
                    arrays.append(pa.array(values, type=typ))
                except (pa.ArrowInvalid, pa.ArrowTypeError):
                    arrays.append(pa.array([None if v is None else str(v) for v in values], type=pa.string()))
            path = out / f"{name}.parquet"
            pq.write_table(pa.Table.from_arrays(arrays, names=columns), path)
            written.append(path)
    finally:
        conn.close()
    return written


__all__ = ["TABLES", "VIEWS", "connect", "export_parquet", "format_table", "load", "query"]
