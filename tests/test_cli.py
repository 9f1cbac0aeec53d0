"""The command line: extract, schema, help — a person at a terminal."""

import json
import unicodedata
from pathlib import Path

from typer.testing import CliRunner

from kh_extract.cli import app

runner = CliRunner()
CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SEED_004 = CORPUS / "004_59e6fb575d008806.txt"


def test_extract_one_seed_article():
    result = runner.invoke(app, ["extract", str(SEED_004)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.splitlines()[0])
    assert record["plan"]["ref"] == "236/KH-UBND"
    assert record["plan"]["issued"] == "2023-09-21"
    assert [t["value"] for t in record["targets"][:3]] == [90, 80, 60]


def test_pretty_and_published_hint(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Ngày 28/12, UBND huyện Cao Lãnh ban hành Kế hoạch số 37/KH-UBND.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(doc), "--pretty", "--published", "2024-01-05"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["dates"][0]["value"] == "2023-12-28"   # the year that puts it closest to the article date
    assert result.stdout.startswith("{\n")


def test_bad_inputs_give_error_records_not_tracebacks(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    cp1258 = tmp_path / "old.txt"
    cp1258.write_bytes(_cp1258("Kế hoạch số 06/KH-UBND ngày 11/01/2023 của UBND tỉnh Đồng Tháp"))
    result = runner.invoke(app, ["extract", str(empty), str(binary), str(cp1258), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["status"] for r in records] == ["error", "error", "ok", "error"]
    assert [r["error"]["type"] for r in records if r["status"] == "error"][:2] == ["empty", "binary"]
    assert records[2]["references"][0]["ref"] == "06/KH-UBND"
    assert "Traceback" not in result.output


def _cp1258(text: str) -> bytes:
    """Windows-1258 writes tones as combining marks after a (possibly accented) base letter."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            out.append((unicodedata.normalize("NFC", d[:-1]) + d[-1]).encode("cp1258"))
    return b"".join(out)


def test_bad_published_is_a_usage_error():
    result = runner.invoke(app, ["extract", str(SEED_004), "--published", "26/09/2023"])
    assert result.exit_code == 2


def test_schema_is_the_json_schema_of_the_output():
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert set(schema["properties"]) >= {"schema", "id", "title", "published", "plan", "references", "dates",
                                         "criteria", "targets", "warnings"}


def test_help_everywhere():
    for args in (["-h"], ["extract", "-h"], ["schema", "-h"], ["eval", "-h"], ["batch", "-h"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, args
        assert "Usage" in result.stdout
