"""Dask engine: on a local cluster of two workers, the records equal those of ``batch --jobs 1``."""

import json
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from kh_extract.batch import run_batch  # noqa: E402
from kh_extract.dask_engine import read_parquet_records, run_dask  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
TIMING_FIELDS = ("seconds", "docs_per_s", "chars_per_s")

# JSON Lines input with what batch turns into special records: a republished article, broken lines.
CRAWL_LINES = [
    ("a republished corpus article", lambda: json.dumps({"id": "again", "text": (CORPUS / "000_049f8ddb33fb7ef0.txt")
                                                         .read_text(encoding="utf-8")}, ensure_ascii=False)),
    ("a line that is not JSON", lambda: '{"id": "broken", "text": '),
    ("a record without text", lambda: json.dumps({"id": "empty", "title": "Không có nội dung"})),
    ("a short plan", lambda: json.dumps({"id": "short", "published": "2023-09-26", "text": "Ngày 21/9, UBND thành "
                                         "phố Hà Nội ban hành Kế hoạch số 236/KH-UBND về chuyển đổi số."},
                                        ensure_ascii=False)),
]


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _by_source(records: list[dict]) -> list[dict]:
    return sorted(records, key=lambda r: (r["source"]["path"], r["source"]["line"] or 0))


def _stats(stats) -> dict:
    return {k: v for k, v in stats.as_dict().items() if k not in TIMING_FIELDS}


@pytest.fixture(scope="module")
def crawl(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("crawl") / "crawl.jsonl"
    path.write_text("".join(make() + "\n" for _, make in CRAWL_LINES), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def inputs(crawl) -> list[str]:
    return [str(CORPUS), str(crawl), str(CORPUS / "missing.txt")]


def test_local_cluster_equals_batch_jobs_1(inputs, tmp_path):
    single = run_batch(inputs, tmp_path / "batch.jsonl", jobs=1, quiet=True)
    dask = run_dask(inputs, tmp_path / "dask.jsonl", quiet=True)  # starts LocalCluster(n_workers=2)
    expected, got = _records(tmp_path / "batch.jsonl"), _records(tmp_path / "dask.jsonl")
    assert {r["status"] for r in expected} == {"ok", "error"} and any(r.get("duplicate_of") for r in expected)
    assert _by_source(got) == _by_source(expected)
    assert got == expected  # the same order too
    assert _stats(dask) == _stats(single)


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


# (what, output name, output_format, how to read it back)
OUTPUTS = [
    ("jsonl partitions", "parts", None,
     lambda d: [r for p in sorted(d.glob("part-*.jsonl")) for r in _records(p)]),
    ("parquet partitions", "parts.parquet", None, read_parquet_records),
]


@pytest.mark.parametrize("what, name, output_format, read", OUTPUTS, ids=[o[0] for o in OUTPUTS])
def test_partitioned_output_on_a_running_cluster(cluster, crawl, tmp_path, what, name, output_format, read):
    inputs = [str(CORPUS / "020_son_la_ntm_2024.txt"), str(crawl), str(CORPUS / "000_049f8ddb33fb7ef0.txt")]
    run_batch(inputs, tmp_path / "batch.jsonl", jobs=1, quiet=True)
    run_dask(inputs, tmp_path / name, scheduler=cluster.scheduler_address, output_format=output_format, quiet=True)
    assert read(tmp_path / name) == _records(tmp_path / "batch.jsonl")


def test_max_errors_stops_where_batch_stops(cluster, crawl, tmp_path):
    inputs = [str(crawl), str(CORPUS / "020_son_la_ntm_2024.txt")]
    single = run_batch(inputs, tmp_path / "batch.jsonl", jobs=1, max_errors=0, quiet=True)
    dask = run_dask(inputs, tmp_path / "dask.jsonl", scheduler=cluster.scheduler_address, max_errors=0, quiet=True)
    assert single.stopped and dask.stopped
    assert _records(tmp_path / "dask.jsonl") == _records(tmp_path / "batch.jsonl")
