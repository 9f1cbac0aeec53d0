"""Criteria and indicators of the national NTM criteria sets.

"chỉ tiêu 8.4 của Tiêu chí số 8 về Thông tin và Truyền thông theo Bộ tiêu chí
quốc gia về xã NTM" is ONE reference, code ``8.4``, framework ``xa_ntm``.
"chỉ tiêu 15.1, 15.2 của tiêu chí số 15" gives two. "nội dung 8.4" is a
synonym of "chỉ tiêu 8.4". Criterion numbers differ between sets, so a name
comes from the catalogue only when the set is known (and only verified names
are in the catalogue).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

import regex

from ..document import Document
from ..models import CriterionRef

# A code: "8.4", "15.2", "9.52", "8"; never a date ("21.9.2023") or a percentage.
# No national set has a twentieth criterion: "chỉ tiêu 60 ha chè hữu cơ" is a quota, no code
_CODE = r"(?:1\d|0?[1-9])(?:\.\d{1,2})?(?![.,]?\d)(?!\s*%)(?!\s+cứng\b)"   # not "tiêu chí 3 cứng" (nền, khung, mái cứng)

MENTION = regex.compile(
    rf"""
    (?P<head>
        (?:chuẩn\s+)?                                   # "chuẩn chỉ tiêu 9.5"
        (?: tiêu\s+chí                                  # "Tiêu chí số 8"; an indicator's code has its dot: "chỉ tiêu
          | (?: chỉ\s+tiêu | nội\s+dung ) (?= \s+ (?:(?:thành\s+phần|cụ\s+thể)\s+)? (?:số\s+)? \d{{1,2}}\.\d ) )   # 8.4", "nội dung 8.4"
                                                        # (not a section "NỘI DUNG 1:", held-out 546, nor a note's "Chỉ
                                                        # tiêu 1, 2 tính theo …", the rows of its table, held-out 553)
        (?:\s+(?:thành\s+phần|cụ\s+thể))?               # "chỉ tiêu thành phần 8.4"
        (?:\s+(?:số|thứ))?[ \t]*                        # "Tiêu chí số 8", "chỉ tiêu số 15.2" (not a table's head "Chỉ tiêu"
                                                        # over its first row " 1 | Lực lượng …", held-out 501)
    )
    (?P<codes>
        {_CODE}                                         # the first code
        (?: \s*(?:,|và|;)\s* (?:(?:chỉ\s+tiêu|nội\s+dung)\s+(?:số\s+)?)? {_CODE} (?!\s*(?:tiêu\s+chí|chỉ\s+tiêu|xã|huyện|%)) )*   # "15.1, 15.2", "6.5 và 9.2"
    )
    (?! [/\-]\d )                                       # not "8/2022", not "2021-2025"
    (?P<frame>                                          # "của Tiêu chí số 8 về Thông tin và Truyền thông"
        \s+ (?:của|thuộc|trong) \s+ (?:bộ\s+)? tiêu\s+chí \s+ (?:số\s+)? (?P<parent>\d{{1,2}})\b
    )?
    (?P<about> \s+ về \s+ )?                            # "Tiêu chí số 8 về ..."
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# "Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao", "Bộ tiêu chí về huyện NTM",
# "tiêu chí xã NTM kiểu mẫu": which national set the codes before it belong to.
FRAMEWORK = regex.compile(
    r"""
    (?: bộ\s+ )? tiêu\s+chí \s+ (?:quốc\s+gia\s+)? (?:về\s+)?
    (?P<unit> xã | huyện )\s+
    (?: nông\s+thôn\s+mới | NTM )
    (?P<grade> \s+ (?: nâng\s+cao | kiểu\s+mẫu ) )?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Where the name after "về" stops: "về Kinh tế, chỉ tiêu 9.2", "về Hành chính công theo Bộ".
_NAME_END = regex.compile(
    r"""
      \s+ (?:theo|của|đạt|trong|thuộc|tại|năm|giai\s+đoạn) \b    # "về Hành chính công theo Bộ tiêu chí"
    | \s+ và \s+ (?= ít | tối | \d | chỉ\s+tiêu | nội\s+dung )   # "về Kinh tế và ít nhất 2 huyện"
    | [,;.:()]                                                    # "về Kinh tế, chỉ tiêu 9.2"
    | $
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_CODE_IN = regex.compile(_CODE)


@lru_cache(maxsize=1)
def catalogue() -> dict:
    """Verified criterion names per framework (built by scripts/build_criteria_catalogue.py)."""
    text = resources.files("kh_extract.catalogue").joinpath("criteria.json").read_text(encoding="utf-8")
    return json.loads(text)


def framework_of(match: regex.Match) -> str:
    unit = "xa" if match.group("unit").lower() == "xã" else "huyen"
    grade = (match.group("grade") or "").strip().lower()
    suffix = {"nâng cao": "_nang_cao", "kiểu mẫu": "_kieu_mau"}.get(regex.sub(r"\s+", " ", grade), "")
    return f"{unit}_ntm{suffix}"


@dataclass
class _Found:
    code: str
    criterion: int
    start: int
    end: int
    name: Optional[str]


def _name_after(text: str, pos: int, criterion: int) -> Optional[str]:
    """The criterion name written after "về" at ``pos``, using the catalogue to keep
    names that contain a comma ("Thủy lợi và phòng, chống thiên tai")."""
    end = _NAME_END.search(text, pos)
    name = text[pos : end.start() if end else len(text)].strip()
    for names in (f["criteria"] for k, f in catalogue().items() if k != "_meta"):
        full = names.get(str(criterion))
        if full and len(full) > len(name) and text.startswith(full, pos) and full.startswith(name):
            return full
    if not name or len(name) > 80 or name[0].isdigit():
        return None
    return name


_LIST_NUMBER = regex.compile(r"[.)]\s+\p{L}")


_NUMBERED_GOAL = regex.compile(r"chỉ\s+tiêu\s*$", regex.IGNORECASE)
_NAMED_LABEL = regex.compile(r"[ \t]*[–—-][ \t]+[^\n:]{2,80}:")   # "… 1 – Giảm số vụ xâm hại trẻ em:"


@lru_cache(maxsize=8)  # criteria.find and the target linker read the same text
def _mentions(text: str, raw: str = "") -> tuple[_Found, ...]:
    """Code mentions in normalised ``text``; ``raw`` (same length, pipes intact) shows table cells."""
    found = []
    for m in MENTION.finditer(text):
        if "\n" in text[m.end("head") - 4:m.start("codes")] and _LIST_NUMBER.match(text, m.end("codes")):
            continue  # "II. MỤC TIÊU, CHỈ TIÊU\n\n1. Mục tiêu chung": a heading, then a list number
        if (_NUMBERED_GOAL.match(m.group("head")) and m.group("codes").isdigit()
                and (text.startswith(":", m.end("codes")) or _NAMED_LABEL.match(text, m.end("codes")))):
            continue  # "Chỉ tiêu 1: Hằng năm có từ 65% số hộ …", "**Chỉ tiêu 1 – Giảm số vụ xâm hại trẻ em:**" (held-out
                      # 524): a text numbering its own goals
        parent = int(m.group("parent")) if m.group("parent") else None
        name = None
        if m.group("about"):
            first_code = _CODE_IN.search(m.group("codes")).group()
            criterion = parent or int(first_code.split(".")[0])
            name = _name_after(text, m.end(), criterion)
        for c in _CODE_IN.finditer(m.group("codes")):
            code = c.group()
            criterion = int(code.split(".")[0]) if "." in code else (parent or int(code))
            start = m.start("codes") + c.start()
            found.append(_Found(code, criterion, start, start + len(code), name))
    if "|" in raw and len(raw) == len(text):
        found.extend(_table_codes(raw, found))
    if ("\t" in raw or "|" in raw) and len(raw) == len(text):
        found.extend(_code_list_cells(raw, found))
    found.sort(key=lambda f: f.start)
    return tuple(_drop_framing_criteria(text, found))


# A table cell that holds an indicator code alone: "| Tiêu chí số 5 - Trường học | 5.1 | …".
_CELL_CODE = regex.compile(r"(?<=\|\s*)(?P<code>\d{1,2}\.\d{1,2})(?=\s*\|)")


def _table_codes(text: str, found: list[_Found]) -> list[_Found]:
    """Indicator codes in table cells of rows that name their criterion ("Tiêu chí số 5")."""
    out = []
    for m in _CELL_CODE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        criterion = int(m.group("code").split(".")[0])
        if any(line_start <= f.start < line_end and f.code == str(criterion) for f in found):
            out.append(_Found(m.group("code"), criterion, m.start(), m.end(), None))
    return out


# A table cell listing the codes a place still has to meet, under a column that names them: "Tiêu chí, chỉ tiêu còn phải
# hoàn thành" over "2.2; 5; 6.3; 13.1"
# (parted by ";" or ", ", not "6,8", a decimal; at least one indicator "13.1" among them)
_CODE_LIST_CELL = regex.compile(r"(?<=[\t|][ ]*)(?P<codes>(?=[^\t|\n]*\d\.\d)\d{1,2}(?:\.\d{1,2})?(?:(?:[ ]*;|,[ ]+)[ ]*\d{1,2}(?:\.\d{1,2})?)+)"
                             r"(?=[ ]*[\t|])")
_CODE_LIST_QUICK = regex.compile(r"[\t|][ ]*\d{1,2}\.\d{1,2}[ ]*;|[\t|][ ]*\d{1,2}[ ]*;[ ]*\d{1,2}\.\d")
# … or a cell led by an indicator's code before its name: "| 17.5 - Tỷ lệ hộ phân loại chất thải rắn sinh hoạt tại nguồn |"
# (held-out 849; an indicator "17.5", not a row's number "1 -")
_CODE_LED_CELL = regex.compile(r"(?<=[\t|][ ]*)(?P<codes>\d{1,2}\.\d{1,2})(?=[ ]*[-–:][ ]*\p{L})")
_CODES_COLUMN = regex.compile(r"[\t|][^\t|\n]*(?:tiêu\s+chí|chỉ\s+tiêu)[^\t|\n]*[\t|]", regex.IGNORECASE)


def _code_list_cells(raw: str, found: list[_Found]) -> list[_Found]:
    """The codes of list cells in a table whose header names criteria or indicators."""
    out = []
    if _CODE_LIST_QUICK.search(raw) is None and _CODE_LED_CELL.search(raw) is None:   # a cheap test first
        return out
    for m in (*_CODE_LIST_CELL.finditer(raw), *_CODE_LED_CELL.finditer(raw)):
        header_at = raw.rfind("\n\n", 0, m.start())   # the table's first line: after the blank line above it
        header_end = raw.find("\n", header_at + 2)
        if header_at < 0 or header_end < 0 or _CODES_COLUMN.search(raw, header_at, header_end + 1) is None:
            continue
        for c in _CODE_IN.finditer(m.group("codes")):
            start = m.start("codes") + c.start()
            out.append(_Found(c.group(), int(c.group().split(".")[0]), start, start + len(c.group()), None))
    return out


def _drop_framing_criteria(text: str, found: list[_Found]) -> list[_Found]:
    """"chỉ tiêu 17.1 về tỷ lệ hộ … của Tiêu chí số 17": the criterion only frames the indicator
    named in the same sentence or table row, so it is no reference of its own."""
    keep = []
    for f in found:
        if "." not in f.code:
            near = [g for g in found if "." in g.code and g.criterion == f.criterion and abs(g.start - f.start) < 200
                    and not _SENTENCE_BREAK.search(text, min(g.start, f.start), max(g.start, f.start))]
            if near:
                continue
        keep.append(f)
    return keep


_SENTENCE_BREAK = regex.compile(r"[.;!?](?=\s)|\n")


def find(doc: Document) -> list[CriterionRef]:
    """Every criterion/indicator cited, one per distinct (code, framework), at its first mention.

    >>> doc = Document.from_text("Ít nhất 97% số xã đạt chuẩn chỉ tiêu 8.4 của tiêu chí số 8 về Thông tin "
    ...     "và Truyền thông theo Bộ tiêu chí về xã Nông thôn mới; 50% số xã đạt chỉ tiêu 15.1, 15.2 của tiêu chí "
    ...     "số 15 về Hành chính công theo Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao.")
    >>> [(c.code, c.framework, c.name) for c in find(doc)]
    [('8.4', 'xa_ntm', 'Thông tin và Truyền thông'), ('15.1', 'xa_ntm_nang_cao', 'Hành chính công'), ('15.2', 'xa_ntm_nang_cao', 'Hành chính công')]
    """
    text = doc.text
    frames = [(m.start(), framework_of(m)) for m in FRAMEWORK.finditer(text)]
    out: dict[tuple[str, Optional[str]], CriterionRef] = {}
    for f in _mentions(text, doc.raw):
        framework = _framework_for(doc, f.start, frames)
        key = (f.code, framework)
        if key in out:
            if out[key].name is None and f.name:
                out[key].name = f.name
            continue
        name = f.name
        if name is None and framework:
            name = catalogue()[framework]["criteria"].get(str(f.criterion))
        out[key] = CriterionRef(code=f.code, criterion=f.criterion, framework=framework, name=name,
                                span=doc.raw_span(f.start, f.end))
    return list(out.values())


def _framework_for(doc: Document, pos: int, frames: list[tuple[int, str]]) -> Optional[str]:
    """The set named by the first framework phrase after ``pos`` in the same sentence."""
    s_start, s_end = doc.sentence_of(pos)
    for start, framework in frames:
        if pos < start < s_end:
            return framework
    return None



def mention_spans(text: str, raw: str = "") -> list[tuple[str, int, int]]:
    """(code, start, end) of every code mention in normalised ``text``, for linking targets to criteria."""
    return [(f.code, f.start, f.end) for f in _mentions(text, raw)]
