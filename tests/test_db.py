"""The plan database: one plan row per (ref, province), idempotent loads, views, full-text search, Parquet."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kh_extract.cli import app
from kh_extract.db import TABLES, VIEWS, export_parquet, load, query

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _target(value, unit, subject, criteria=(), deadline=None, level=None, kind="target"):
    return {"value": value, "value_max": None, "unit": unit, "direction": None, "comparator": ">=",
            "subject": subject, "action": "được xử lý trên môi trường mạng", "level": level, "deadline": deadline,
            "criteria": list(criteria), "kind": kind, "span": [10, 13]}


def _record(doc_id, ref, province, published, targets=(), title=None, issued=None, district=None, **extra):
    plan = None
    if ref is not None or province is not None:
        plan = {"ref": ref, "issuer": f"UBND tỉnh {province}", "issued": issued, "horizon": 2025,
                "locality": {"province": province, "district": district, "commune": None, "level": "tinh"}}
    rec = {"schema": "kh_extract/1", "id": doc_id, "title": title or f"Kế hoạch {ref} của {province}",
           "published": published, "plan": plan,
           "references": [{"ref": ref or "06/KH-UBND", "kind": "Kế hoạch", "number": "06", "year": None,
                           "symbol": "KH-UBND", "issued": issued, "issuer": None, "span": [0, 10]}],
           "dates": [{"text": "ngày 11/01/2023", "value": "2023-01-11", "span": [20, 35]}],
           "criteria": [{"code": "8.4", "criterion": 8, "framework": "xa_ntm", "name": "Thông tin và Truyền thông",
                         "span": [40, 43]}],
           "targets": list(targets), "warnings": [], "source": {"path": f"{doc_id}.txt", "line": None},
           "status": "ok", "content_hash": f"h-{doc_id}"}
    rec.update(extra)
    return rec


# Articles of a crawl: the same plan from two portals, the same number in another province, no number, an error.
RECORDS = [
    _record("baodongthap-1", "06/KH-UBND", "Đồng Tháp", "2023-01-20", issued="2023-01-11",
            targets=[_target(90, "%", "hồ sơ công việc cấp tỉnh", ["8.4"], 2025, "tinh")]),
    _record("dongthap-gov-7", "06/KH-UBND", "Đồng Tháp", "2023-01-22", district="Cao Lãnh",
            targets=[_target(80, "%", "hồ sơ công việc cấp huyện", ["8.4", "8.1"], None, "huyen")]),
    _record("hatinh-2", "06/KH-UBND", "Hà Tĩnh", "2023-03-02", issued="2023-02-24",
            targets=[_target(12, "xã", "xã đạt chuẩn nông thôn mới nâng cao")]),
    _record("phuninh-3", None, "Quảng Nam", "2023-06-28",
            targets=[_target(100, "%", "xã nông thôn mới đạt chuẩn tiêu chí số 8", ["8"], 2023)]),
    {"schema": "kh_extract/1", "id": "broken-4", "title": None, "published": None, "status": "error",
     "source": {"path": "broken-4.txt", "line": None}, "warnings": [],
     "error": {"type": "binary", "message": "binary data", "stage": "decode"}},
    {"schema": "kh_extract/1", "id": "baodongthap-1-copy", "title": None, "published": None, "status": "ok",
     "duplicate_of": "baodongthap-1", "content_hash": "h-baodongthap-1", "warnings": [],
     "source": {"path": "copy.txt", "line": None}},
]


def _write(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _dump(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        return {t: sorted(map(repr, conn.execute(f"SELECT * FROM {t}").fetchall())) for t in TABLES}
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "plans.sqlite"
    load(_write(tmp_path / "results.jsonl", RECORDS), path)
    return path


def test_one_plan_row_per_ref_and_province_linked_to_every_article(db):
    _, rows = query(db, "SELECT ref, province, district, issued, articles FROM v_plans ORDER BY province")
    assert rows == [
        ("06/KH-UBND", "Hà Tĩnh", None, "2023-02-24", 1),
        (None, "Quảng Nam", None, None, 1),
        ("06/KH-UBND", "Đồng Tháp", "Cao Lãnh", "2023-01-11", 3),  # two portals + the republished copy
    ]


def test_loading_twice_changes_nothing_and_a_changed_record_replaces_its_rows(tmp_path, db):
    before = _dump(db)
    counts = load(_write(tmp_path / "again.jsonl", RECORDS), db)
    assert counts == {"inserted": 0, "updated": 0, "unchanged": len(RECORDS)}
    assert _dump(db) == before
    changed = [dict(r) for r in RECORDS]
    changed[2] = _record("hatinh-2", "07/KH-UBND", "Hà Tĩnh", "2023-03-02")
    counts = load(_write(tmp_path / "changed.jsonl", changed), db)
    assert counts == {"inserted": 0, "updated": 1, "unchanged": len(RECORDS) - 1}
    _, refs = query(db, "SELECT ref FROM plans WHERE province = 'Hà Tĩnh'")
    assert refs == [("07/KH-UBND",)]  # the old plan, mentioned by nobody now, is gone
    _, n = query(db, "SELECT count(*) FROM targets t JOIN documents d USING (doc_pk) WHERE d.id = 'hatinh-2'")
    assert n == [(0,)]


def test_same_stem_in_two_folders_is_two_documents(tmp_path):
    a = _record("index", "06/KH-UBND", "Đồng Tháp", "2023-01-20", source={"path": "dongthap/index.html", "line": None})
    b = _record("index", "12/KH-UBND", "Hà Tĩnh", "2023-01-21", source={"path": "hatinh/index.html", "line": None})
    db = tmp_path / "plans.sqlite"
    for _ in range(2):
        load(_write(tmp_path / "r.jsonl", [a, b]), db)
    assert query(db, "SELECT id, source_path FROM documents ORDER BY source_path")[1] == [
        ("index", "dongthap/index.html"), ("index", "hatinh/index.html")]
    assert query(db, "SELECT count(*) FROM plans")[1] == [(2,)]


def test_a_database_of_an_older_layout_is_refused(tmp_path):
    db = tmp_path / "old.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE documents (id TEXT)")
    conn.close()
    with pytest.raises(sqlite3.DatabaseError, match="older layout"):
        load(_write(tmp_path / "r.jsonl", RECORDS), db)


# (question a researcher asks, SQL, expected rows)
VIEW_CASES = [
    ("every target on indicator 8.4 by province",
     "SELECT province, plan_ref, value, unit, subject, deadline FROM v_targets WHERE ',' || criteria || ',' "
     "LIKE '%,8.4,%' ORDER BY value",
     [("Đồng Tháp", "06/KH-UBND", 80.0, "%", "hồ sơ công việc cấp huyện", 2025),
      ("Đồng Tháp", "06/KH-UBND", 90.0, "%", "hồ sơ công việc cấp tỉnh", 2025)]),
    ("plans issued per month",
     "SELECT month, plans FROM v_plans_per_month",
     [("2023-01", 1), ("2023-02", 1), ("2023-06", 1)]),
    ("criterion codes of a target, sorted",
     "SELECT criteria FROM v_targets WHERE subject = 'hồ sơ công việc cấp huyện'", [("8.1,8.4",)]),
    ("documents per status",
     "SELECT status, duplicate, error_type, documents FROM v_documents_per_status ORDER BY status, duplicate",
     [("error", 0, "binary", 1), ("ok", 0, None, 4), ("ok", 1, None, 1)]),
    ("criteria cited per province",
     "SELECT province, code, documents FROM v_criteria_by_province ORDER BY province",
     [("Hà Tĩnh", "8.4", 1), ("Quảng Nam", "8.4", 1), ("Đồng Tháp", "8.4", 2)]),
    ("full-text search over target subjects",
     "SELECT t.subject FROM fts_targets f JOIN targets t ON t.target_pk = f.target_pk "
     "WHERE fts_targets MATCH 'subject:\"nông thôn\"' ORDER BY t.subject",
     [("xã nông thôn mới đạt chuẩn tiêu chí số 8",), ("xã đạt chuẩn nông thôn mới nâng cao",)]),
    ("full-text search over titles",
     "SELECT document FROM fts_titles WHERE fts_titles MATCH '\"Hà Tĩnh\"'", [("hatinh-2",)]),
]


@pytest.mark.parametrize("question,sql,expected", VIEW_CASES, ids=[c[0] for c in VIEW_CASES])
def test_views_and_search_answer(db, question, sql, expected):
    assert query(db, sql)[1] == expected


def test_a_count_for_each_unit_keeps_its_per(tmp_path):
    target = dict(_target(1, "sản phẩm", "sản phẩm OCOP"), per="mỗi xã")
    path = tmp_path / "plans.sqlite"
    load(_write(tmp_path / "r.jsonl", [_record("ocop-1", "12/KH-UBND", "Bắc Giang", "2023-03-01", targets=[target])]), path)
    assert query(path, "SELECT subject, per FROM v_targets")[1] == [("sản phẩm OCOP", "mỗi xã")]


def test_foreign_keys_hold(db):
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_export_parquet(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    written = export_parquet(db, tmp_path / "parquet")
    assert {p.stem for p in written} == set(TABLES) | set(VIEWS)
    table = pq.read_table(tmp_path / "parquet" / "v_targets.parquet")
    assert table.num_rows == 4 and "province" in table.column_names


def test_cli_batch_corpus_then_load_query_export(tmp_path):
    out, db = tmp_path / "results.jsonl", tmp_path / "plans.sqlite"
    runner = CliRunner()
    assert runner.invoke(app, ["batch", str(CORPUS), "-o", str(out), "--jobs", "1"]).exit_code == 0
    assert runner.invoke(app, ["db", "load", str(out), "--db", str(db)]).exit_code == 0
    assert runner.invoke(app, ["db", "load", str(out), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["db", "query", "SELECT count(*) AS n FROM documents", "--db", str(db)])
    assert result.exit_code == 0 and result.output.split()[-1] == str(len(list(CORPUS.glob("*.txt"))))
    result = runner.invoke(app, ["db", "query", "SELECT id FROM documents ORDER BY id LIMIT 2", "--db", str(db),
                                 "--json"])
    assert [json.loads(line)["id"] for line in result.output.splitlines()] == sorted(
        p.stem for p in CORPUS.glob("*.txt"))[:2]
    assert runner.invoke(app, ["db", "query", "SELECT nonsense", "--db", str(db)]).exit_code == 2
    pytest.importorskip("pyarrow")
    result = runner.invoke(app, ["db", "export", "--db", str(db), "--parquet", str(tmp_path / "pq")])
    assert result.exit_code == 0 and (tmp_path / "pq" / "documents.parquet").exists()
