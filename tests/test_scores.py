"""Score regression: F1 per field on gold/ must not drop below tests/score_floors.json.

The floors are edited by hand: when the extractor improves, raise the floor of
that field to just under the new score (``kh-extract eval`` prints it), so a
later change that loses ground fails here. Never lower a floor to make a
change pass without saying why in the commit message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kh_extract.evaluate import ALL_FIELDS, evaluate_dirs

ROOT = Path(__file__).resolve().parent.parent
FLOORS = json.loads((ROOT / "tests" / "score_floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report():
    if not any((ROOT / "gold").glob("*.json")):
        pytest.skip("gold/ holds no *.json file yet")
    return evaluate_dirs(ROOT / "gold", ROOT / "corpus")


def test_floors_name_known_fields():
    assert set(FLOORS) <= set(ALL_FIELDS), f"unknown fields in score_floors.json: {set(FLOORS) - set(ALL_FIELDS)}"
    assert all(isinstance(v, (int, float)) and 0.0 <= v <= 1.0 for v in FLOORS.values())


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_f1_not_below_floor(report, field):
    score = report.fields[field]
    assert score.f1 >= FLOORS[field], (
        f"{field} F1 {score.f1:.3f} is below its floor {FLOORS[field]:.3f} "
        f"(tp {score.tp}, fp {score.fp}, fn {score.fn}); run `kh-extract eval --verbose` to see the misses"
    )
