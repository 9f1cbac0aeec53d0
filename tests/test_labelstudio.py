"""Label Studio: gold → tasks → simulated export → gold is lossless; edits made in Label Studio come back."""

import copy
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kh_extract.labelstudio import CONFIG_PATH, REGIONS, ExportError, choices, control_name, from_export, \
    labelling_config, to_tasks
from kh_extract.models import Extraction

ROOT = Path(__file__).resolve().parents[1]
GOLD_FILES = sorted((ROOT / "gold").glob("*.json"))

# What the evaluator scores (SPEC "Matching against gold"), per field type.
SCORED = {
    "references": ("ref", "kind", "issued"),
    "dates": ("value",),
    "criteria": ("code", "framework"),
    "targets": ("value", "unit", "subject", "comparator", "level", "deadline", "criteria", "kind"),
}
SCORED_PLAN = ("ref", "issuer", "locality", "issued")


def _scored(gold: dict) -> dict:
    out = {field: [{k: item[k] for k in keys} for item in gold[field]] for field, keys in SCORED.items()}
    out["plan"] = gold["plan"] and {k: gold["plan"][k] for k in SCORED_PLAN}
    return out


def _gold(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (ROOT / "corpus" / f"{path.stem}.txt").read_text(encoding="utf-8")
    return Extraction.model_validate(gold).model_dump(mode="json", by_alias=True), text


def _export(tasks: list[dict]) -> list[dict]:
    """What Label Studio exports when the annotator accepts every prediction as it is."""
    return json.loads(json.dumps([
        {"id": n, "data": t["data"], "predictions": t["predictions"],
         "annotations": [{"id": n, "was_cancelled": False, "result": t["predictions"][0]["result"]}]}
        for n, t in enumerate(tasks, 1)]))


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_round_trip_is_lossless(path):
    gold, text = _gold(path)
    (back,) = from_export(_export(to_tasks([gold], [text])))
    assert _scored(back) == _scored(gold)
    assert back == gold  # every field, not only the scored ones


def test_every_gold_field_type_is_exercised():
    golds = [_gold(p)[0] for p in GOLD_FILES]
    assert all(any(g[field] for g in golds) for field in SCORED)
    assert any(t["criteria"] for g in golds for t in g["targets"]), "relations target → criterion"
    assert any(g["plan"] and g["plan"]["ref"] is None for g in golds), "a plan without a number"


def test_shipped_config_is_current():
    assert CONFIG_PATH.read_text(encoding="utf-8") == labelling_config()


def test_config_has_every_control():
    root = ET.fromstring(CONFIG_PATH.read_text(encoding="utf-8"))
    names = {el.get("name"): el for el in root.iter() if el.get("name")}
    assert {el.get("value") for el in names["label"]} == set(REGIONS)
    for label, (_, _, attrs) in REGIONS.items():
        for attribute, kind in attrs:
            control = names[control_name(label, attribute)]
            assert control.get("perRegion") == "true"
            if kind == "choice":
                assert [c.get("value") for c in control] == choices(label, attribute)


TEXT = "Ngày 21/9/2023, UBND tỉnh ban hành Kế hoạch số 236/KH-UBND: 90% xã đạt chỉ tiêu 8.4."


def _one_task():
    e = Extraction(id="t", published="2023-09-26", references=[
        {"ref": "236/KH-UBND", "number": "236", "symbol": "KH-UBND", "span": (TEXT.index("236/"), TEXT.index(":"))}])
    (task,) = to_tasks([e], [TEXT])
    return _export([task])


def _region(label, text, rid, **attrs):
    start = TEXT.index(text)
    where = {"start": start, "end": start + len(text)}
    out = [{"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
            "value": {**where, "text": text, "labels": [label]}}]
    for attribute, value in attrs.items():
        name = control_name(label, attribute)
        if dict(REGIONS[label][2])[attribute] == "choice":
            out.append({"id": rid, "from_name": name, "to_name": "text", "type": "choices",
                        "value": {**where, "choices": [value]}})
        else:
            out.append({"id": rid, "from_name": name, "to_name": "text", "type": "textarea",
                        "value": {**where, "text": [value]}})
    return out


# (what the annotator did, the added results, the expected change in the gold object)
ANNOTATOR_EDITS = [
    ("adds a target typed the Vietnamese way and draws criterion → target",
     _region("TARGET", "90%", "T1", value="90,5", unit="%", subject="xã", comparator=">=")
     + _region("CRITERION", "8.4", "C1", code="8.4", criterion="8")
     + [{"from_id": "C1", "to_id": "T1", "type": "relation", "direction": "left"}],
     lambda g: (g["targets"][0]["value"], g["targets"][0]["comparator"], g["targets"][0]["criteria"],
                g["criteria"][0]["code"]) == (90.5, ">=", ["8.4"], "8.4")),
    ("adds a date with its value only: the text comes from the region",
     _region("DATE", "Ngày 21/9/2023", "D1", value="2023-09-21"),
     lambda g: g["dates"][0] == {"text": "Ngày 21/9/2023", "value": "2023-09-21", "span": [0, 14]}),
    ("corrects the article date",
     [{"id": "published", "from_name": "published", "to_name": "text", "type": "textarea",
       "value": {"text": ["2023-09-27"]}}],
     lambda g: g["published"] == "2023-09-27"),
]


@pytest.mark.parametrize("what, added, check", ANNOTATOR_EDITS, ids=[e[0] for e in ANNOTATOR_EDITS])
def test_annotator_edits(what, added, check):
    export = _one_task()
    result = export[0]["annotations"][0]["result"]
    result[:] = [r for r in result if r.get("from_name") != "published"] + added
    (gold,) = from_export(export)
    assert check(gold)
    assert gold["references"][0]["ref"] == "236/KH-UBND"


EXPORT_PROBLEMS = [
    ("a target without unit", _region("TARGET", "90%", "T1", value="90"), "unit"),
    ("a year that is no number", _region("REFERENCE", "236/KH-UBND", "R9", ref="236/KH-UBND", number="236",
                                         year="hai"), "reference_year"),
]


@pytest.mark.parametrize("what, added, message", EXPORT_PROBLEMS, ids=[e[0] for e in EXPORT_PROBLEMS])
def test_export_problems_are_reported(what, added, message):
    export = _one_task()
    export[0]["annotations"][0]["result"] += added
    with pytest.raises(ExportError, match=message):
        from_export(export)


def test_cancelled_and_missing_annotations():
    export = _one_task()
    unannotated = copy.deepcopy(export[0])
    unannotated["annotations"] = [{"was_cancelled": True, "result": []}]
    assert from_export([unannotated]) == []
    assert from_export([unannotated], use_predictions=True)[0]["references"][0]["ref"] == "236/KH-UBND"


def test_offsets_count_utf16_like_label_studio():
    text = "🚀 Kế hoạch số 06/KH-UBND"
    start = text.index("06/")
    e = Extraction(id="x", references=[{"ref": "06/KH-UBND", "number": "06", "symbol": "KH-UBND",
                                        "span": (start, len(text))}])
    (task,) = to_tasks([e], [text])
    region = task["predictions"][0]["result"][0]["value"]
    assert (region["start"], region["end"]) == (start + 1, len(text) + 1)  # the rocket is two UTF-16 units
    (back,) = from_export(_export([task]))
    assert back["references"][0]["span"] == [start, len(text)]


def test_convert_command_round_trip(tmp_path):
    from typer.testing import CliRunner

    from kh_extract.cli import app

    runner = CliRunner()
    tasks = tmp_path / "tasks.json"
    run = runner.invoke(app, ["convert", "--to", "labelstudio", str(ROOT / "gold"), "--texts", str(ROOT / "corpus"),
                              "-o", str(tasks)])
    assert run.exit_code == 0, run.output
    export = tmp_path / "export.json"
    export.write_text(json.dumps(_export(json.loads(tasks.read_text(encoding="utf-8"))), ensure_ascii=False),
                      encoding="utf-8")
    run = runner.invoke(app, ["convert", "--from", "labelstudio", str(export), "-o", str(tmp_path / "gold")])
    assert run.exit_code == 0, run.output
    written = sorted((tmp_path / "gold").glob("*.json"))
    assert [p.name for p in written] == [p.name for p in GOLD_FILES]
    assert all(json.loads(p.read_text(encoding="utf-8")) == _gold(ROOT / "gold" / p.name)[0] for p in written)
