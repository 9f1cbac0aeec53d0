"""Every gold file is of the SPEC shape and every span shows its mention.

One test per gold file and check, so one bad file fails one test; the message
lists every bad mention of that file. Conventions: gold/README.md.
"""

from __future__ import annotations

import json
import math
import unicodedata
from pathlib import Path

import pytest
import regex

from kh_extract.models import Extraction
from kh_extract.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "gold"
CORPUS_DIR = ROOT / "corpus"

GOLD_FILES = [pytest.param(p, id=p.stem) for p in sorted(GOLD_DIR.glob("*.json"))] or [
    pytest.param(None, marks=pytest.mark.skip(reason="gold/ holds no *.json file yet"))
]

# Number words a target may be written with ("hai huyện", "một mô hình").
NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
                "tám": 8, "chín": 9, "mười": 10}
# "tất cả", "toàn bộ" stand for 100 % (SPEC Target.value).
ALL_WORDS = {"tất cả": 100, "toàn bộ": 100}

_FIRST_NUMBER = regex.compile(
    r"""
    (?P<digits> \d{1,3} (?: [\x20\u00a0\u202f] \d{3} )+ (?: , \d+ )? (?! [\d.] )   # "12 000", "1 500": thousands set off by spaces
              | \d+ (?: [.,] \d+ )* )                # "1.958", "11,79", "100", "11,5" of "11,5 - 12,4%"
  | (?<! \p{L} ) (?P<all> tất \s+ cả | toàn \s+ bộ )   # "tất cả các xã", "toàn bộ hồ sơ" → 100
        (?! \p{L} )
  | (?<! \p{L} ) (?P<tens> một | hai | ba | bốn | năm | sáu | bảy | bẩy | tám | chín ) \s+ mươi   # "hai mươi nghìn lao động",
        (?: \s+ (?P<ones> mốt | một | hai | ba | bốn | tư | lăm | năm | sáu | bảy | bẩy | tám | chín ) )? (?! \p{L} )   # "bảy mươi
                                                       # phần trăm", "hai mươi lăm" (a radio script, held-out 467)
  | (?<! \p{L} ) mười \s+ (?P<teen> một | hai | ba | bốn | lăm | năm | sáu | bảy | bẩy | tám | chín ) (?! \p{L} )   # "mười lăm"
  | (?<! \p{L} ) (?P<word> một | hai | ba | bốn | tư | năm | sáu | bảy | bẩy | tám | chín | mười )
        (?! \p{L} )                                    # "hai huyện", "một mô hình"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def readings(number: str, after: str) -> list[float]:
    """The values a Vietnamese-written number can mean: "1.958" → 1958, "11,79" → 11.79.

    A dot before groups of three digits is a thousands dot; before anything else
    a decimal point ("3.5"). Directly before "%" a dot-and-three-digits is also read
    as a decimal point, as some papers write "2.157%" (REAL_WORLD.md).
    """
    number = regex.sub(r"[\x20\u00a0\u202f]", "", number)   # "12 000": the spaces group thousands
    if "," in number:
        whole, _, frac = number.replace(".", "").partition(",")
        return [float(f"{whole}.{frac}")] if frac.isdigit() else []
    groups = number.split(".")
    out = []
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
        out.append(float("".join(groups)))
        if len(groups) == 2 and after.lstrip().startswith("%"):
            out.append(float(number))
    elif len(groups) <= 2:
        out.append(float(number))
    return out


# A fraction of a whole is a share in per cent, rounded to hundredths (gold/README.md): "2/3" → 66.67, "một nửa" → 50.
_FRACTION_SPAN = regex.compile(r"(?P<num>[1-9])\s*/\s*(?P<den>[2-9]|10)|(?P<half>(?:một|phân)\s+nửa)"
                               r"|(?P<wnum>một|hai|ba)\s+phần\s+(?P<wden>ba|tư|bốn|năm)", regex.IGNORECASE)
_FRACTION_WORDS = {"một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5}


def first_number(text: str) -> list[float]:
    """Readings of the first number in a target's span text ([] when there is none)."""
    if (f := _FRACTION_SPAN.fullmatch(text.strip())) is not None:
        if f.group("half"):
            return [50.0]
        num, den = ((int(f.group("num")), int(f.group("den"))) if f.group("num")
                    else (_FRACTION_WORDS[f.group("wnum").lower()], _FRACTION_WORDS[f.group("wden").lower()]))
        return [round(100 * num / den, 2)]
    m = _FIRST_NUMBER.search(text)
    if not m:
        return []
    if m.group("digits"):
        return readings(m.group("digits"), text[m.end():])
    if m.group("all"):
        return [float(ALL_WORDS[" ".join(m.group("all").lower().split())])]
    if m.group("tens"):
        ones = m.group("ones")
        return [float(10 * NUMBER_WORDS[m.group("tens").lower()] + (_ONES[ones.lower()] if ones else 0))]
    if m.group("teen"):
        return [float(10 + _ONES[m.group("teen").lower()])]
    return [float(NUMBER_WORDS[m.group("word").lower()])]


# The units after "mươi" / "mười": "mốt" and "lăm" are "một" and "năm" there.
_ONES = {**NUMBER_WORDS, "mốt": 1, "lăm": 5}


# The span texts of gold/README.md's target convention, and what they must read as.
FIRST_NUMBER_FROM_README = [
    ("90%", [90]),
    ("100 %", [100]),
    ("4 huyện", [4]),
    ("1.958 giáo viên", [1958]),
    ("11,5 - 12,4%", [11.5]),
    ("1-1,5%/năm", [1]),
    ("tất cả", [100]),
    ("hai", [2]),
    ("2/3", [66.67]),   # a fraction of a whole ("2/3 số xã") is a share
    ("một nửa", [50]),
    ("hai phần ba", [66.67]),
]
FIRST_NUMBER_FROM_REAL_WORLD = [
    ("11,79%", [11.79]),
    ("13.596 tỷ đồng", [13596]),
    ("2.157%", [2157, 2.157]),  # thousands dot or decimal point: both readings are allowed
    ("Toàn bộ", [100]),
    ("3.5%", [3.5]),
    ("12 000 giao dịch", [12000]),   # thousands set off by a space (held-out 447)
    ("800 - 1 500 hộ kinh doanh", [800]),
    ("hai mươi nghìn lao động", [20]),   # a radio script's spoken numbers (held-out 467); "nghìn" stays in the unit
    ("bảy mươi phần trăm", [70]),
    ("hai mươi lăm xã", [25]),
    ("mười lăm tổ", [15]),
    ("ba mươi mốt", [31]),
]
FIRST_NUMBER_NONE = [
    ("tỷ lệ hộ nghèo", []),  # no number word inside "nghèo", "hộ"
    ("mười", [10]),
    ("bản", []),  # "ba" must not be read inside "bản"
]


@pytest.mark.parametrize("text, expected",
                         FIRST_NUMBER_FROM_README + FIRST_NUMBER_FROM_REAL_WORLD + FIRST_NUMBER_NONE)
def test_first_number(text, expected):
    assert first_number(text) == [float(x) for x in expected]


# --------------------------------------------------------------------------- per gold file


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _mention(raw: str, span) -> str:
    start, end = span
    return normalize(raw[start:end]).text


def _canonical_ref(ref: str) -> str:
    return unicodedata.normalize("NFC", ref).replace("Ð", "Đ")


def _ref_pattern(ref: str) -> regex.Pattern:
    """ "26-NQ/TW" as written in the text: spaces anywhere ("26-NQ / TW"), a space for a hyphen ("QĐ TTg")."""
    parts = [r"(?:-|\s)" if c == "-" else regex.escape(c) for c in _canonical_ref(ref)]
    return regex.compile(r"\s*".join(parts))


def _one_line(s: str) -> str:
    """A date split by a line break is still one date: compare with whitespace runs as one space."""
    return regex.sub(r"\s+", " ", s)


@pytest.mark.parametrize("path", GOLD_FILES)
def test_gold_file_is_valid(path):
    data = _load(path)
    Extraction.model_validate(data)
    problems = []
    if data.get("id") != path.stem:
        problems.append(f"id {data.get('id')!r} is not the file stem {path.stem!r}")
    if not (CORPUS_DIR / f"{path.stem}.txt").exists():
        problems.append(f"corpus/{path.stem}.txt does not exist")
    refs = [_canonical_ref(r["ref"]) for r in data["references"]]
    problems += [f"reference {r!r} listed twice" for r in sorted({r for r in refs if refs.count(r) > 1})]
    keys = [(c["code"], c.get("framework")) for c in data["criteria"]]
    problems += [f"criterion {k!r} listed twice" for k in sorted({k for k in keys if keys.count(k) > 1}, key=str)]
    for d in data["dates"]:
        if not regex.fullmatch(r"\d{4}-\d\d-\d\d|--\d\d-\d\d", d["value"]):
            problems.append(f"date value {d['value']!r} is neither YYYY-MM-DD nor --MM-DD")
    codes = {c["code"] for c in data["criteria"]}
    for t in data["targets"]:
        missing = [c for c in t.get("criteria", []) if c not in codes]
        if missing:
            problems.append(f"target {t['value']} {t['unit']} ({t.get('subject')}) cites criteria {missing} "
                            f"not listed in criteria")
    assert not problems, f"{path.name}:\n  " + "\n  ".join(problems)


def _reference_problem(item: dict, mention: str):
    if not _ref_pattern(item["ref"]).fullmatch(mention):
        return f"{item['ref']!r}: the text is {mention!r}"


def _date_problem(item: dict, mention: str):
    if _one_line(mention) != _one_line(normalize(item["text"]).text):
        return f"{item['text']!r}: the text is {mention!r}"


def _criterion_problem(item: dict, mention: str):
    if mention != item["code"]:
        return f"{item['code']!r}: the text is {mention!r}"


def _target_problem(item: dict, mention: str):
    values = first_number(mention)
    if not any(math.isclose(v, float(item["value"]), rel_tol=1e-9, abs_tol=1e-9) for v in values):
        return (f"value {item['value']} ({item.get('subject')}): the text is {mention!r}, "
                f"read as {values or 'no number'}")


# What the normalised text at a mention's span must show, per field (gold/README.md "Spans").
SPAN_CHECKS = {
    "references": _reference_problem,
    "dates": _date_problem,
    "criteria": _criterion_problem,
    "targets": _target_problem,
}


def _span_problem(span, raw: str):
    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)):
        return f"span {span!r} is not [start, end) (run scripts/resolve_spans.py)"
    if not 0 <= span[0] < span[1] <= len(raw):
        return f"span {span} lies outside the text ({len(raw)} characters)"
    before, first, last = raw[max(0, span[0] - 2):span[0]], raw[span[0]], raw[span[1] - 1]
    if first.isdigit() and (before[-1:].isdigit() or (len(before) == 2 and before[1] in ".," and before[0].isdigit())):
        return f"span {span} starts inside a longer number: {raw[max(0, span[0] - 8):span[1]]!r}"
    if last.isdigit() and raw[span[1]:span[1] + 1].isdigit():
        return f"span {span} ends inside a longer number: {raw[span[0]:span[1] + 8]!r}"


@pytest.mark.parametrize("path", GOLD_FILES)
def test_gold_offsets_show_the_mention(path):
    data = _load(path)
    text_path = CORPUS_DIR / f"{path.stem}.txt"
    if not text_path.exists():
        pytest.fail(f"corpus/{path.stem}.txt does not exist")
    raw = text_path.read_text(encoding="utf-8")
    problems = []
    checked = 0
    for field, problem_of in SPAN_CHECKS.items():
        for i, item in enumerate(data.get(field, [])):
            checked += 1
            problem = _span_problem(item.get("span"), raw)
            if problem is None:
                problem = problem_of(item, _mention(raw, item["span"]))
            if problem is not None:
                problems.append(f"{field}[{i}] at {item.get('span')}: {problem}")
    assert not problems, f"{path.name}: {len(problems)} of {checked} spans do not show their mention:\n  " + \
        "\n  ".join(problems)


def test_the_span_resolver_skips_a_mention_inside_a_longer_number():
    # a helper's "15 hộ" first resolved inside "10.215 hộ"
    import importlib.util  # noqa: PLC0415

    spec = importlib.util.spec_from_file_location("resolve_spans", ROOT / "scripts" / "resolve_spans.py")
    resolver = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(resolver)
    text = "Toàn huyện có 10.215 hộ; phấn đấu 15 hộ mới và 1,5 tỷ đồng, không phải 11,5 tỷ đồng."
    assert resolver._resolve("15 hộ", text, lambda i: i, "t") == [34, 39]
    assert resolver._resolve("1,5 tỷ đồng", text, lambda i: i, "t") == [47, 58]
