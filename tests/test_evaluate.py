"""The matching rules of SPEC "Matching against gold", on small hand-written documents.

Each case is (name, [(gold, predicted), ...], expected counts) where expected
counts map a field to (tp, fp, fn); fields not named must be (0, 0, 0).
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kh_extract.cli import app
from kh_extract.evaluate import ALL_FIELDS, SCORED_FIELDS, evaluate_dirs, evaluate_pairs
from kh_extract.models import Extraction


def doc(**fields):
    """A document of the SPEC shape with empty lists unless given."""
    out = {"schema": "kh_extract/1", "id": "d", "title": None, "published": None, "plan": None,
           "references": [], "dates": [], "criteria": [], "targets": [], "warnings": []}
    out.update(fields)
    return out


def ref(ref, kind="Kế hoạch", issued=None, span=(0, 1)):
    number, _, symbol = ref.partition("/")
    return {"ref": ref, "kind": kind, "number": number, "year": None, "symbol": symbol, "issued": issued,
            "issuer": None, "span": list(span)}


def date(value, text="ngày", span=(0, 1)):
    return {"text": text, "value": value, "span": list(span)}


def crit(code, framework=None, span=(0, 1)):
    return {"code": code, "criterion": int(code.split(".")[0]), "framework": framework, "name": None,
            "span": list(span)}


def plan(ref="37/KH-UBND", issuer="UBND huyện Cao Lãnh", issued="2023-02-24", district="Cao Lãnh", horizon=2025):
    return {"ref": ref, "issuer": issuer, "issued": issued, "horizon": horizon,
            "locality": {"province": "Đồng Tháp", "district": district, "commune": None, "level": "huyen"}}


def target(value, unit, subject, comparator=">=", level=None, deadline=2025, criteria=(), kind="target",
           span=(0, 1)):
    return {"value": value, "value_max": None, "unit": unit, "direction": None, "comparator": comparator,
            "subject": subject, "action": None, "level": level, "deadline": deadline, "criteria": list(criteria),
            "kind": kind, "span": list(span)}


# A document with one of everything, as in seed article 002 (Thái Nguyên) and 001 (Cao Lãnh).
FULL = doc(
    plan=plan(),
    references=[ref("06/KH-UBND", issued="2023-01-11"), ref("30/2020/NĐ-CP", kind="Nghị định")],
    dates=[date("2023-01-11"), date("2023-02-24")],
    criteria=[crit("8.4", "xa_ntm"), crit("15.2", "xa_ntm_nang_cao")],
    targets=[target(90, "%", "hồ sơ công việc cấp tỉnh", level="tinh"),
             target(80, "%", "hồ sơ công việc cấp huyện", level="huyen"),
             target(97, "%", "số xã", criteria=["8.4"], level="xa")],
)
PERFECT = {"references": (2, 0, 0), "dates": (2, 0, 0), "criteria": (2, 0, 0), "plan": (1, 0, 0),
           "targets": (3, 0, 0), "targets_strict": (3, 0, 0), "overall": (10, 0, 0)}

HAND_WRITTEN_CASES = [
    ("perfect match", [(FULL, FULL)], PERFECT),
    ("perfect match, predicted lists in another order",
     [(FULL, doc(plan=plan(), references=FULL["references"][::-1], dates=FULL["dates"][::-1],
                 criteria=FULL["criteria"][::-1], targets=FULL["targets"][::-1]))], PERFECT),
    ("nothing predicted",
     [(FULL, doc())],
     {"references": (0, 0, 2), "dates": (0, 0, 2), "criteria": (0, 0, 2), "plan": (0, 0, 1),
      "targets": (0, 0, 3), "targets_strict": (0, 0, 3), "overall": (0, 0, 10)}),
    ("missing target",
     [(doc(targets=[target(90, "%", "hồ sơ công việc cấp tỉnh"), target(80, "%", "hồ sơ công việc cấp huyện")]),
       doc(targets=[target(90, "%", "hồ sơ công việc cấp tỉnh")]))],
     {"targets": (1, 0, 1), "targets_strict": (1, 0, 1), "overall": (1, 0, 1)}),
    ("subject overlap just at half: 2 of 4 syllables",
     [(doc(targets=[target(5, "%", "tỷ lệ hộ nghèo")]), doc(targets=[target(5, "%", "tỷ lệ")]))],
     {"targets": (1, 0, 0), "targets_strict": (1, 0, 0), "overall": (1, 0, 0)}),
    ("subject overlap just below half: 2 of 5 syllables",
     [(doc(targets=[target(100, "%", "số xã đạt chuẩn NTM")]), doc(targets=[target(100, "%", "số xã")]))],
     {"targets": (0, 1, 1), "targets_strict": (0, 1, 1), "overall": (0, 1, 1)}),
    ("subject syllables: case and punctuation ignored, extra predicted words allowed",
     [(doc(targets=[target(100, "%", "Cán bộ quản lý")]),
       doc(targets=[target(100, "%", "(cán bộ, quản lý các cấp)")]))],
     {"targets": (1, 0, 0), "targets_strict": (1, 0, 0), "overall": (1, 0, 0)}),
    ("empty gold subject matches any subject",
     [(doc(targets=[target(4, "huyện", "")]), doc(targets=[target(4, "huyện", "huyện đạt chuẩn")]))],
     {"targets": (1, 0, 0), "targets_strict": (1, 0, 0), "overall": (1, 0, 0)}),
    ("unit mismatch",
     [(doc(targets=[target(4, "huyện", "huyện")]), doc(targets=[target(4, "xã", "huyện")]))],
     {"targets": (0, 1, 1), "targets_strict": (0, 1, 1), "overall": (0, 1, 1)}),
    ("unit compared case-insensitively",
     [(doc(targets=[target(13596, "tỷ đồng", "vốn")]), doc(targets=[target(13596, "Tỷ Đồng", "vốn")]))],
     {"targets": (1, 0, 0), "targets_strict": (1, 0, 0), "overall": (1, 0, 0)}),
    ("value within tolerance; 11.79 is not 11.8",
     [(doc(targets=[target(11.79, "%", "tăng trưởng GRDP"), target(11.8, "%", "tăng trưởng GRDP")]),
       doc(targets=[target(11.790000000001, "%", "tăng trưởng GRDP"), target(11.81, "%", "tăng trưởng GRDP")]))],
     {"targets": (1, 1, 1), "targets_strict": (1, 1, 1), "overall": (1, 1, 1)}),
    ("results ignored on both sides",
     [(doc(targets=[target(85, "%", "số xã", kind="result")]),
       doc(targets=[target(85, "%", "số xã", kind="result"), target(60, "%", "số xã", kind="result")]))],
     {}),
    ("a result listed as a target is a false hit; a target listed as a result is a miss",
     [(doc(targets=[target(85, "%", "số xã", kind="result"), target(90, "%", "số xã")]),
       doc(targets=[target(85, "%", "số xã"), target(90, "%", "số xã", kind="result")]))],
     {"targets": (0, 1, 1), "targets_strict": (0, 1, 1), "overall": (0, 1, 1)}),
    ("attributes differ: a match, not a strict one",
     [(doc(targets=[target(90, "%", "hồ sơ", comparator=">=", level="tinh", criteria=["8.4"])]),
       doc(targets=[target(90, "%", "hồ sơ", comparator="=", level="tinh", criteria=["8.4"])]))],
     {"targets": (1, 0, 0), "targets_strict": (0, 1, 1), "overall": (1, 0, 0)}),
    ("target criteria compared as sets",
     [(doc(targets=[target(100, "%", "xã", criteria=["15.1", "15.2"])]),
       doc(targets=[target(100, "%", "xã", criteria=["15.2", "15.1", "15.2"])]))],
     {"targets": (1, 0, 0), "targets_strict": (1, 0, 0), "overall": (1, 0, 0)}),
    ("one to one: two equal values go to the subjects they share most with",
     [(doc(targets=[target(100, "%", "hồ sơ công việc cấp xã", level="xa"),
                    target(100, "%", "hồ sơ công việc cấp huyện", level="huyen")]),
       doc(targets=[target(100, "%", "hồ sơ công việc cấp huyện", level="huyen"),
                    target(100, "%", "hồ sơ công việc cấp xã", level="xa")]))],
     {"targets": (2, 0, 0), "targets_strict": (2, 0, 0), "overall": (2, 0, 0)}),
    ("one to one: one prediction cannot match two gold targets",
     [(doc(targets=[target(100, "%", "số xã"), target(100, "%", "số xã")]), doc(targets=[target(100, "%", "số xã")]))],
     {"targets": (1, 0, 1), "targets_strict": (1, 0, 1), "overall": (1, 0, 1)}),
    ("plan mismatch on issued",
     [(doc(plan=plan()), doc(plan=plan(issued="2023-02-25")))],
     {"plan": (0, 1, 1), "overall": (0, 1, 1)}),
    ("plan mismatch on locality",
     [(doc(plan=plan()), doc(plan=plan(district="Tháp Mười")))],
     {"plan": (0, 1, 1), "overall": (0, 1, 1)}),
    ("plan horizon is not part of the key",
     [(doc(plan=plan()), doc(plan=plan(horizon=2030)))],
     {"plan": (1, 0, 0), "overall": (1, 0, 0)}),
    ("plan null on both sides is not counted", [(doc(), doc())], {}),
    ("plan predicted where gold has none", [(doc(), doc(plan=plan()))], {"plan": (0, 1, 0), "overall": (0, 1, 0)}),
    ("plan missed", [(doc(plan=plan()), doc())], {"plan": (0, 0, 1), "overall": (0, 0, 1)}),
    ("dates duplicates collapse",
     [(doc(dates=[date("2023-09-21", "ngày 21/9"), date("2023-09-21", "21/9/2023"), date("2023-09-26")]),
       doc(dates=[date("2023-09-21"), date("2023-09-26"), date("2023-09-26")]))],
     {"dates": (2, 0, 0), "overall": (2, 0, 0)}),
    ("dates: a wrong year is a false hit and a miss",
     [(doc(dates=[date("2022-12-28")]), doc(dates=[date("2023-12-28")]))],
     {"dates": (0, 1, 1), "overall": (0, 1, 1)}),
    ("criteria framework mismatch",
     [(doc(criteria=[crit("8.4", "xa_ntm")]), doc(criteria=[crit("8.4", "xa_ntm_nang_cao")]))],
     {"criteria": (0, 1, 1), "overall": (0, 1, 1)}),
    ("criteria: null framework is a framework of its own",
     [(doc(criteria=[crit("8.4", None)]), doc(criteria=[crit("8.4", "xa_ntm")]))],
     {"criteria": (0, 1, 1), "overall": (0, 1, 1)}),
    ("references keyed by ref; issued and kind do not change the count",
     [(doc(references=[ref("06/KH-UBND", issued="2023-01-11"), ref("924/QĐ-TTg", kind="Quyết định")]),
       doc(references=[ref("06/KH-UBND", issued=None), ref("924/QĐ TTg", kind="Quyết định")]))],
     {"references": (1, 1, 1), "overall": (1, 1, 1)}),
    ("micro-average sums counts over documents",
     [(doc(id="a", dates=[date("2023-01-01")]), doc(dates=[date("2023-01-01")])),
      (doc(id="b", dates=[date("2023-01-02"), date("2023-01-03"), date("2023-01-04")]), doc())],
     {"dates": (1, 0, 3), "overall": (1, 0, 3)}),
]


@pytest.mark.parametrize("name, pairs, expected", HAND_WRITTEN_CASES, ids=[c[0] for c in HAND_WRITTEN_CASES])
def test_matching_rules(name, pairs, expected):
    report = evaluate_pairs(pairs)
    got = {f: (s.tp, s.fp, s.fn) for f, s in report.fields.items()}
    want = {f: expected.get(f, (0, 0, 0)) for f in ALL_FIELDS}
    assert got == want


# (name, pairs, field, attribute, (agree, total))
ATTRIBUTE_CASES = [
    ("plan mismatch on issued: issued disagrees, the rest agrees",
     [(doc(plan=plan()), doc(plan=plan(issued="2023-02-25")))], "plan", "issued", (0, 1)),
    ("plan mismatch on issued: ref still agrees",
     [(doc(plan=plan()), doc(plan=plan(issued="2023-02-25")))], "plan", "ref", (1, 1)),
    ("reference issued missing",
     [(doc(references=[ref("06/KH-UBND", issued="2023-01-11")]), doc(references=[ref("06/KH-UBND")]))],
     "references", "issued", (0, 1)),
    ("reference kind agrees",
     [(doc(references=[ref("06/KH-UBND")]), doc(references=[ref("06/KH-UBND")]))], "references", "kind", (1, 1)),
    ("target comparator disagrees",
     [(doc(targets=[target(90, "%", "hồ sơ", comparator=">=")]), doc(targets=[target(90, "%", "hồ sơ", comparator=">")]))],
     "targets", "comparator", (0, 1)),
    ("target deadline agrees while comparator does not",
     [(doc(targets=[target(90, "%", "hồ sơ", comparator=">=")]), doc(targets=[target(90, "%", "hồ sơ", comparator=">")]))],
     "targets", "deadline", (1, 1)),
    ("unmatched targets have no attributes scored",
     [(doc(targets=[target(90, "%", "hồ sơ")]), doc(targets=[target(91, "%", "hồ sơ")]))], "targets", "level", (0, 0)),
]


@pytest.mark.parametrize("name, pairs, field, attribute, expected", ATTRIBUTE_CASES,
                         ids=[c[0] for c in ATTRIBUTE_CASES])
def test_attribute_accuracy(name, pairs, field, attribute, expected):
    stat = evaluate_pairs(pairs).attributes[field][attribute]
    assert (stat.agree, stat.total) == expected


def test_scores_follow_from_counts():
    report = evaluate_pairs([(FULL, doc(dates=FULL["dates"][:1] + [date("1999-01-01")],
                                        targets=FULL["targets"][:1]))])
    dates, targets = report.fields["dates"], report.fields["targets"]
    assert (dates.precision, dates.recall, dates.f1) == (0.5, 0.5, 0.5)
    assert (targets.precision, targets.recall) == (1.0, pytest.approx(1 / 3))
    assert targets.f1 == pytest.approx(0.5)
    assert report.fields["overall"].tp == sum(report.fields[f].tp for f in SCORED_FIELDS)


def test_findings_name_what_a_human_looks_for():
    gold = doc(id="050", targets=[target(1958, "giáo viên", "giáo viên", span=(10, 25))],
               dates=[date("2024-03-01", "ngày 01/3/2024")])
    pred = doc(dates=[date("2024-03-02", "ngày 02/3/2024")])
    report = evaluate_pairs([(gold, pred)])
    (document,) = report.documents
    assert document.id == "050"
    assert any("1958 giáo viên" in str(f) and "10-25" in str(f) for f in document.misses)
    assert any("2024-03-02" in str(f) for f in document.false_hits)
    assert "== 050" in report.format_findings()


def test_report_to_dict_is_json_and_table_has_every_field():
    report = evaluate_pairs([(FULL, doc(dates=FULL["dates"]))])
    data = json.loads(json.dumps(report.to_dict()))
    assert data["fields"]["dates"]["f1"] == 1.0
    assert data["fields"]["targets"]["fn"] == 3
    assert [d["id"] for d in data["documents"]] == ["d"]
    table = report.format_table().splitlines()
    assert all(any(line.startswith(f) for line in table) for f in ALL_FIELDS)


def _write_gold_dir(tmp_path, gold: dict, text: str):
    (tmp_path / "gold").mkdir()
    (tmp_path / "corpus").mkdir()
    (tmp_path / "gold" / f"{gold['id']}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "corpus" / f"{gold['id']}.txt").write_text(text, encoding="utf-8")


def test_evaluate_dirs_passes_text_and_id_only(tmp_path):
    text = "Ngày 21/9/2023, UBND thành phố Hà Nội ban hành Kế hoạch số 236/KH-UBND."
    _write_gold_dir(tmp_path, doc(id="x1", dates=[date("2023-09-21", "Ngày 21/9/2023", (0, 14))]), text)
    calls = []

    def fake_extract(raw, **kwargs):
        calls.append((raw, kwargs))
        return Extraction(id=kwargs["id"])

    report = evaluate_dirs(tmp_path / "gold", tmp_path / "corpus", extract=fake_extract)
    assert calls == [(text, {"id": "x1"})]
    assert (report.fields["dates"].tp, report.fields["dates"].fn) == (0, 1)


def test_cli_json_is_the_report(tmp_path):
    text = "Ngày 21/9/2023, UBND thành phố Hà Nội ban hành Kế hoạch số 236/KH-UBND."
    _write_gold_dir(tmp_path, doc(id="x1", dates=[date("2023-09-21", "Ngày 21/9/2023", (0, 14))]), text)
    gold, corpus = str(tmp_path / "gold"), str(tmp_path / "corpus")
    result = CliRunner().invoke(app, ["eval", "--gold", gold, "--corpus", corpus, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == json.loads(json.dumps(evaluate_dirs(gold, corpus).to_dict()))


def test_cli_verbose_lists_findings(tmp_path):
    _write_gold_dir(tmp_path, doc(id="x1", targets=[target(90, "%", "hồ sơ công việc cấp tỉnh", span=(0, 3))]),
                    "90% hồ sơ công việc cấp tỉnh")
    result = CliRunner().invoke(app, ["eval", "--gold", str(tmp_path / "gold"), "--corpus",
                                      str(tmp_path / "corpus"), "--verbose"])
    assert result.exit_code == 0, result.output
    assert "precision" in result.output
    findings = evaluate_dirs(tmp_path / "gold", tmp_path / "corpus").format_findings()
    assert (findings or "no misses, false hits or disagreements") in result.output


def test_title_and_published_are_attributes_of_the_document():
    # the header is scored where the gold file gives it, a null title included (a plan text has no headline)
    gold = doc(id="t1", title="Hà Nội  đặt mục tiêu 100% xe buýt điện", published="2025-12-18")
    report = evaluate_pairs([(gold, doc(title="Hà Nội đặt mục tiêu 100% xe buýt điện", published="2025-12-19"))])
    assert (report.attributes["document"]["title"].agree, report.attributes["document"]["title"].total) == (1, 1)
    assert (report.attributes["document"]["published"].agree, report.attributes["document"]["published"].total) == (0, 1)
    assert report.fields["overall"].fp == 0 and "published: gold '2025-12-18' predicted '2025-12-19'" in report.format_findings()
    report = evaluate_pairs([(doc(id="t2", title=None), doc(title="KẾ HOẠCH Thực hiện …"))])
    assert report.attributes["document"]["title"].agree == 0
