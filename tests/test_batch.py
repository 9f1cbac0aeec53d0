"""Batch runs: one record per input document, bad inputs named, resume after SIGKILL, duplicates, exit codes."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path


from typer.testing import CliRunner

from kh_extract.batch import load_done, run_batch
from kh_extract.cli import app
from kh_extract.models import Extraction

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
KH_EXTRACT = Path(sys.executable).with_name("kh-extract")
SPEC_FIELDS = set(Extraction.model_fields) - {"schema_"} | {"schema"}


def _variant(text: str, rng: random.Random, n: int) -> str:
    """A different document from a corpus text: paragraphs shuffled after the first, numbers changed, a line added."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    head, rest = paragraphs[:1], paragraphs[1:]
    rng.shuffle(rest)
    body = "\n\n".join(head + rest[: max(1, len(rest) - rng.randint(0, 2))])
    body = body.replace("2025", str(rng.choice([2025, 2026, 2027]))).replace("100%", f"{rng.randint(50, 100)}%")
    return f"{body}\n\nTin số {n}: bản tin tổng hợp {rng.randint(1, 10**9)}.\n"


def make_crawl(folder: Path, count: int, seed: int = 3) -> list[Path]:
    """``count`` varied text documents made from corpus/*.txt, in sub-folders like a crawl."""
    rng = random.Random(seed)
    sources = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    paths = []
    for n in range(count):
        path = folder / f"portal{n % 7}" / f"doc{n:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_variant(sources[n % len(sources)], rng, n), encoding="utf-8")
        paths.append(path)
    return paths


SENTENCE = "Kế hoạch số 06/KH-UBND ngày 11/01/2023 của UBND tỉnh Đồng Tháp về xây dựng nông thôn mới được ban hành."


def _bad_inputs(folder: Path) -> dict[str, tuple[str, str]]:
    """Ten bad inputs. name → (what the record must show: "error"/"warning", word it must contain)."""
    from test_reader import PAGE, _to_cp1258, _to_tcvn3, _to_vni

    bad = folder / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
    (bad / "truncated.txt").write_bytes((SENTENCE * 3).encode("utf-8") + "ố".encode("utf-8")[:2])
    (bad / "cp1258.txt").write_bytes(_to_cp1258(SENTENCE * 3))
    (bad / "tcvn3.txt").write_bytes(_to_tcvn3(SENTENCE * 3).encode("latin-1"))
    (bad / "vni.txt").write_bytes(_to_vni(SENTENCE * 3).encode("latin-1"))
    (bad / "page.html").write_text(PAGE, encoding="utf-8")
    (bad / "huge.txt").write_bytes(((SENTENCE + "\n") * 60000)[: 5 * 1024 * 1024].encode("utf-8")[: 5 * 1024 * 1024])
    (bad / "entities.txt").write_text("UBND huyện ban hành kế hoạch xây dựng n&ocirc;ng th&ocirc;n mới.",
                                      encoding="utf-8")
    (bad / "crawl.jsonl").write_text(
        json.dumps({"id": "j1", "text": SENTENCE}, ensure_ascii=False) + "\n{this is not json\n", encoding="utf-8")
    return {
        "empty.txt": ("error", "empty"),
        "binary.txt": ("error", "binary"),
        "truncated.txt": ("warning", "invalid UTF-8"),
        "cp1258.txt": ("warning", "cp1258"),
        "tcvn3.txt": ("warning", "TCVN3"),
        "vni.txt": ("warning", "VNI"),
        "page.html": ("extractor", "trafilatura"),
        "huge.txt": ("warning", "over the limit"),
        "entities.txt": ("warning", "entities unescaped"),
        "crawl.jsonl:2": ("error", "not JSON"),
    }


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_crawl_of_1000_with_ten_bad_documents(tmp_path):
    crawl = tmp_path / "crawl"
    make_crawl(crawl, 989)  # + 10 bad files, the JSONL one holding 2 documents = 1,000 documents
    expected = _bad_inputs(crawl)
    out = tmp_path / "results.jsonl"
    stats = run_batch([str(crawl)], out, jobs=2, max_bytes=256 * 1024, stats_file=tmp_path / "stats.json",
                      quiet=True)
    records = _records(out)
    assert len(records) == 1000 == stats.documents
    assert json.loads((tmp_path / "stats.json").read_text())["documents"] == 1000
    by_name = {}
    for rec in records:
        name = Path(rec["source"]["path"]).name
        by_name[f"{name}:{rec['source']['line']}" if rec["source"]["line"] else name] = rec
    for name, (kind, word) in expected.items():
        rec = by_name[name]
        if kind == "error":
            assert rec["status"] == "error", name
            assert word in rec["error"]["type"] + " " + rec["error"]["message"], (name, rec["error"])
            assert rec["error"]["stage"] in ("read", "decode")
        elif kind == "warning":
            assert rec["status"] == "ok", name
            assert any(word in w for w in rec["warnings"]), (name, rec["warnings"])
        else:
            assert rec["status"] == "ok" and rec["source"]["extractor"] == word
    good = [r for n, r in by_name.items() if n not in expected]
    assert len(good) == 990
    for rec in good:
        assert rec["status"] == "ok" and not rec.get("duplicate_of")
        assert SPEC_FIELDS <= set(rec)
        Extraction.model_validate({k: rec[k] for k in SPEC_FIELDS})
        assert rec["content_hash"] and rec["source"]["encoding"] == "utf-8"
    assert stats.errors == 3 and stats.ok == 997


def _wait_for_lines(path: Path, n: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if path.exists():
            with open(path, "rb") as f:
                if sum(1 for _ in f) >= n:
                    return
        if proc.poll() is not None:
            return
        time.sleep(0.005)


def test_sigkill_then_resume_gives_the_records_of_an_uninterrupted_run(tmp_path):
    crawl = tmp_path / "crawl"
    paths = make_crawl(crawl, 300)
    (crawl / "portal0" / "copy.txt").write_bytes(paths[5].read_bytes())  # a duplicate
    reference = tmp_path / "reference.jsonl"
    run_batch([str(crawl)], reference, jobs=1, quiet=True)

    out = tmp_path / "killed.jsonl"
    proc = subprocess.Popen([str(KH_EXTRACT), "batch", str(crawl), "-o", str(out), "--jobs", "1", "--no-progress"],
                            stderr=subprocess.DEVNULL)
    _wait_for_lines(out, 60, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done_before = len(out.read_bytes().splitlines())
    assert 0 < done_before < 301, "the run was not killed halfway"
    with open(out, "ab") as f:  # the worst moment: killed in the middle of writing a record
        f.write(b'{"schema": "kh_extract/1", "id": "half')
    stats = run_batch([str(crawl)], out, jobs=1, resume=True, quiet=True)
    assert stats.resumed >= done_before - 1 and stats.resumed + stats.documents == 301
    resumed = out.read_text(encoding="utf-8").splitlines()
    assert resumed == reference.read_text(encoding="utf-8").splitlines()


def test_resume_with_workers_skips_what_is_done(tmp_path):
    crawl = tmp_path / "crawl"
    make_crawl(crawl, 40)
    out = tmp_path / "out.jsonl"
    run_batch([str(crawl)], out, jobs=1, quiet=True)
    full = out.read_text(encoding="utf-8").splitlines()
    out.write_text("\n".join(full[:17]) + "\n" + full[17][:25], encoding="utf-8")
    done, _firsts, count = load_done(out)
    assert count == 17 and len(done) == 17 and out.read_text(encoding="utf-8").endswith("\n")
    stats = run_batch([str(crawl)], out, jobs=2, resume=True, quiet=True, chunksize=2)
    assert stats.documents == 23
    assert sorted(out.read_text(encoding="utf-8").splitlines()) == sorted(full)


def test_republished_articles_are_duplicates_of_the_first(tmp_path):
    text = (CORPUS / sorted(p.name for p in CORPUS.glob("*.txt"))[0]).read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    # The same article on another portal: NFD, old tone placement, other line wrapping and spacing.
    (tmp_path / "b.txt").write_text(unicodedata.normalize("NFD", text).replace("\n\n", "\n\n\n  "),
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_text(text + "\nMột câu khác.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for jobs in (1, 2):
        stats = run_batch([str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")], out, jobs=jobs, quiet=True)
        a, b, c = _records(out)
        assert stats.duplicates == 1
        assert b["status"] == "ok" and b["duplicate_of"] == "a" and "targets" not in b
        assert b["content_hash"] == a["content_hash"] != c["content_hash"]
        assert "duplicate_of" not in a and "duplicate_of" not in c


def test_jsonl_and_stdin_inputs(tmp_path):
    crawl = tmp_path / "crawl.jsonl"
    crawl.write_text("\n".join(json.dumps({"id": f"n{i}", "content": f"{SENTENCE} Tin {i}.", "date": "2023-01-05"},
                                          ensure_ascii=False) for i in range(5)) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(crawl), "-o", str(out), "--text-field", "content"])
    assert result.exit_code == 0, result.output
    recs = _records(out)
    assert [r["id"] for r in recs] == [f"n{i}" for i in range(5)]
    assert [r["source"]["line"] for r in recs] == [1, 2, 3, 4, 5]
    assert all(r["published"] == "2023-01-05" for r in recs)
    result = CliRunner().invoke(app, ["batch", "-", "-o", str(out)], input=SENTENCE)
    assert result.exit_code == 0, result.output
    (rec,) = _records(out)
    assert rec["source"]["path"] == "-" and rec["id"] == "stdin" and rec["status"] == "ok"


def test_files_from_globs_and_exit_codes(tmp_path):
    crawl = tmp_path / "crawl"
    make_crawl(crawl, 6)
    (crawl / "empty.txt").write_bytes(b"")
    listing = tmp_path / "list.txt"
    listing.write_text(f"{crawl / 'portal0' / 'doc00000.txt'}\n# a comment\n{crawl / 'portal1' / 'doc00001.txt'}\n")
    out = tmp_path / "out.jsonl"
    runner = CliRunner()
    ok = runner.invoke(app, ["batch", "--files-from", str(listing), "-o", str(out)])
    assert ok.exit_code == 0 and len(_records(out)) == 2
    globbed = runner.invoke(app, ["batch", str(crawl / "portal[23]" / "*.txt"), "-o", str(out)])
    assert globbed.exit_code == 0 and len(_records(out)) == 2
    with_errors = runner.invoke(app, ["batch", str(crawl), str(tmp_path / "missing.txt"), "-o", str(out),
                                      "--stats", str(tmp_path / "s.json")])
    assert with_errors.exit_code == 1
    stats = json.loads((tmp_path / "s.json").read_text())
    assert (stats["documents"], stats["errors"]) == (8, 2)
    assert stats["errors_by_type"] == {"empty": 1, "FileNotFoundError": 1}
    assert runner.invoke(app, ["batch", "-o", str(out)]).exit_code == 2
    assert runner.invoke(app, ["batch", str(crawl), "--files-from", str(tmp_path / "nope"), "-o",
                               str(out)]).exit_code == 2


def test_the_output_file_is_not_read_as_input(tmp_path):
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    out = tmp_path / "results.jsonl"
    run_batch([str(tmp_path)], out, quiet=True)
    stats = run_batch([str(tmp_path)], out, resume=True, quiet=True)
    assert stats.documents == 0 and stats.resumed == 1 and len(_records(out)) == 1


def test_max_errors_stops_the_run(tmp_path):
    for i in range(10):
        (tmp_path / f"e{i}.txt").write_bytes(b"")
    (tmp_path / "z.txt").write_text(SENTENCE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    stats = run_batch([str(tmp_path)], out, max_errors=2, quiet=True)
    assert stats.stopped and stats.errors == 3 and len(_records(out)) == 3
    stats = run_batch([str(tmp_path)], out, jobs=2, max_errors=2, quiet=True, chunksize=1)
    assert stats.stopped and stats.errors == 3


def test_an_extractor_exception_is_an_error_record_and_the_run_goes_on(tmp_path, monkeypatch):
    import kh_extract

    def broken(text, **hints):
        if "boom" in text:
            raise ValueError("boom inside the extractor")
        return original(text, **hints)

    original = kh_extract.extract
    monkeypatch.setattr(kh_extract, "extract", broken)
    (tmp_path / "a.txt").write_text("boom " + SENTENCE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SENTENCE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    stats = run_batch([str(tmp_path)], out, quiet=True)
    a, b = _records(out)
    assert a["status"] == "error" and a["error"] == {"type": "ValueError", "message": "boom inside the extractor",
                                                     "stage": "extract"}
    assert b["status"] == "ok" and stats.errors == 1


def test_engine_options_are_checked(tmp_path):
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    runner = CliRunner()
    out = str(tmp_path / "out.jsonl")
    assert runner.invoke(app, ["batch", str(tmp_path), "-o", out, "--engine", "spark"]).exit_code == 2
    assert runner.invoke(app, ["batch", str(tmp_path), "-o", out, "--scheduler", "tcp://x:8786"]).exit_code == 2
    assert runner.invoke(app, ["batch", str(tmp_path), "-o", out, "--engine", "local"]).exit_code == 0
