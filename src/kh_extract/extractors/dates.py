"""Calendar dates with a day and a month: ``find(doc) -> list[DateMention]``.

>>> from kh_extract.document import Document
>>> from datetime import date
>>> doc = Document.from_text("Ngày 21/9, UBND ban hành Kế hoạch; chỉ tiêu 8.4 đạt 90%.", published=date(2023, 9, 26))
>>> [(d.text, d.value) for d in find(doc)]
[('Ngày 21/9', '2023-09-21')]

Forms read (SPEC "DateMention", DOMAIN §3.4): "02/8/2022", "08/03/2022",
"24-02-2023", "3.3.2025", "ngày 02 tháng 8 năm 2022", "ngày 24 tháng 11 năm
2025" (a wrapped line is already a space in ``doc.text``), "ngày 21/9",
"ngày 22-12-2024", and a yearless "22.4"/"21/9" only after a word that
announces a date ("ngày", "sáng", "từ", "đến", "trước" …), because a bare
"8.4" is a criterion code, "1/2" a fraction and "1-2" a range.

A missing year comes from a year written near the date in the same sentence
("từ ngày 15/3 đến ngày 30/4/2024", "ngày 21/9 năm 2023"), else from
``doc.published`` (the year that puts the date closest to it), else from any
year in the sentence, else the value is ``--MM-DD``. A date that recurs ("trước ngày 15/12 hằng năm")
borrows no year from the sentence: it takes the published date's, else stays ``--MM-DD``.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Iterator, NamedTuple, Optional

import regex

from ..models import DateMention

# One pattern for every form; which alternative matched is read from the groups.
_DATE = regex.compile(
    r"""
    (?<! [\w.,/\-] )                             # not inside "0235.2221348", "v1.2", "2021-2025", "/2/"
    (?P<lead> (?i: ngày ) \s+                    # "ngày 21/9", "Ngày 24/02/2023"
              (?: (?i: mùng | mồng ) \s+ )? )?   # "ngày mùng 2 tháng 9"
    (?:
        (?P<wd> \d{1,2} ) \s+ tháng \s+          # "24 tháng 11", "ngày 24\ntháng 11" (wrap is a space)
        (?P<wm> \d{1,2} )                        # month in digits: "tháng 8", "tháng 01"
        (?: \s+ năm \s+ (?P<wy> \d{4} )          # "năm 2022"
          | ,[ ] (?P<wy2> 20\d\d ) (?! \d ) )?     # a social-media post's "18 tháng 2, 2025"
        (?! \d | [/.\-]\d )                      # not "tháng 9/2023", "tháng 11-12"
      |
        (?P<d> \d{1,2} )                         # day: "02", "2", "21"
        (?P<sp> [ ]? )                           # word-segmented text: "ngày 25 / 11 / 2021"
        (?P<sep> [/.\-] ) (?P=sp)                # "02/8", "3.3", "24-02"
        (?P<m> \d{1,2} )                         # month: "8", "08"
        (?: (?P=sp) (?P=sep) (?P=sp)             # same separator and spacing again …
            (?: (?P<y> (?:19|20)\d\d )           # … and a four-digit year: "/2022", ".2025", "-2023"
              | (?P<y2> \d\d ) (?! \d ) ) )?      # … or two digits after "ngày": "ngày 21/9/23"
        (?! \d | [.,/\-]\d | \s?% )              # not "1.958", "13.596", "9.52", "22.4%", "11/2023/NQ", "21/9/23"
      |
        (?P<ed> \d{1,2} ) [ ] (?P<em> Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec )
        [ ] (?P<ey> (?:19|20)\d\d ) (?! \d )      # a feed's "<pubDate>Fri, 13 Sep 2024 10:05:00 +0700"
      |
        (?P<iy> 20\d\d ) - (?P<im> [01]\d ) - (?P<id> [0-3]\d ) (?! \d | [.,/\-]\d )   # a record's "published_at: 2025-11-12"
    )
    """,
    regex.VERBOSE,
)

# A schedule's line: "✔️ 05/11: xã Tam Ngãi", "- 12/11: tập huấn tại …" (a line mark or an emoji before, a colon after),
# or a log table's row that opens with its day: "02/02 | Thanh Lương | Phối giống … | 9" (a cell's bar or tab after, or
# the three spaces the normalised text puts for a bar)
_SCHEDULE_LINE_LEAD = regex.compile(r"(?:^|\n)[ \t]*(?:[-+•*|]|[\p{So}\p{Sk}\uFE0F\u200D])*[ \t]*$")
_SCHEDULE_COLON = regex.compile(r"[ \t]*(?:[-–][ \t]*\d{1,2}/\d{1,2}[ \t]*)?(?::[ \t]+|[ \t]*\|[ \t]*|\t+|[ ]{3})\S")   # (also "• 25/4 - 31/5: nạo vét …")
CELL_SEP = r"(?:\||[ ]{3}|\t)"   # a table's bar, the three spaces the normalised text puts for one, or a tab
_CELL_BEFORE = regex.compile(rf"{CELL_SEP}[ \t]*$")
_CELL_AFTER = regex.compile(rf"[ \t]*(?:{CELL_SEP}|\n|$)")
_DAYS_HEAD = regex.compile(rf"^[^\n]*{CELL_SEP}[ \t]*(?i:ngày|thời[ ]+gian)(?:[ ]+\p{{L}}+){{0,2}}[ \t]*{CELL_SEP}[^\n]*$",
                        regex.MULTILINE)   # a table's head with a column of days: "| Đơn vị | Ngày tiêm | Đối tượng |"
_DAY_RANGE_NEXT = regex.compile(r"[ \t]*[-–][ \t]*\d{1,2}/\d{1,2}(?:/(?:19|20)\d\d)?(?![\d/])")   # (also "01/9 - 30/9/2025")
# A yearless "21/9" or "22.4" is a date only after one of these words.
CUE_BEFORE = regex.compile(
    r"""
    (?<! \w )                                                # a whole word: "từ", not "…từ"
    (?: (?i: ngày | hôm | sáng | chiều | trưa | tối | đêm     # "Sáng 21/9", "tối 22.4"
           | từ | đến | tới | trước | sau | vào | dịp | hạn ) # "từ 15/3", "đến 30.4", "trước 31/12"
        [ ]+
      | (?i: thứ [ ]+ (?: hai | ba | tư | năm | sáu | bảy | [2-7] ) | chủ [ ]+ nhật ) ,? [ ]+   # "thứ Bảy 24/1" (held-out 853)
      | \( [ ]? )                                             # "(22/4)"
    \Z                                                       # (right before the date: not "sáng     \n1.1", a table's
    """,                                                     # line after a line's end)
    regex.VERBOSE,
)

_CLOCK_AFTER = regex.compile(r"[ ]+(?i:lúc)[ ]+\d{1,2}:\d{2}")
# A named day before its date: "Ngày Thể thao Việt Nam 27/3", "Ngày toàn dân phòng, chống ma túy 26/6", "Quốc khánh 2/9".
_NAMED_DAY = regex.compile(r"(?<!\w)(?:Ngày|Quốc[ ]+khánh|Tết)(?:[ ]+[\p{L}\p{M},]+){0,9}[ ]+$")
# News style: "Chiều 23-5", "Sáng 12-3": a time of day before day-month with a hyphen.
_DAYTIME_BEFORE = regex.compile(r"(?<!\w)(?i:sáng|chiều|trưa|tối|đêm|hôm)[ ]+$")
# … but "tối 2-3 giờ", "sáng 1-2 buổi" are ranges of a duration.
_DURATION_AFTER = regex.compile(r"[ ]*(?i:lần|giờ|tiếng|phút|buổi|ngày|người|%)")
# A decimal with a dot and a unit after it: "cộng hưởng từ 1.5 Tesla", "từ 1.5 triệu", never "từ 1 tháng 5"
_DECIMAL_UNIT_AFTER = regex.compile(r"[ ]*(?:\p{Lu}[a-z]+\b|(?i:lần|triệu|tỷ|nghìn|ngàn|tấn|km|kg|ha|m)\b)")

# "ngày 20/6 và 20/12", "ngày 15/3, 15/6": a yearless date that continues a list of dates.
_LIST_LINK = regex.compile(
    r"""
    [ ]* (?: , | ; | và | hoặc | đến | tới | - | – ) [ ]* $   # ", ", " và ", " - "
    """,
    regex.VERBOSE,
)

# A criterion code, not a date: "chỉ tiêu 8.4", "nội dung 15.2", "tiêu chí số 2.3".
_CRITERION_BEFORE = regex.compile(
    r"""
    (?i: chỉ [ ]+ tiêu | nội [ ]+ dung | tiêu [ ]+ chí )   # "chỉ tiêu", "nội dung", "Tiêu chí"
    (?: [ ]+ số )? [ ]+ $                                  # "chỉ tiêu số 15.2"
    """,
    regex.VERBOSE,
)

# "năm 2023" that dates the sentence; "đến năm 2025", "giai đoạn 2021-2025" are horizons, not it.
_YEAR_WORD = regex.compile(
    r"""
    (?<! (?i: đến | tới | trước | sau | từ | đầu | cuối | hết | qua ) [ ]+ )  # not "đến năm 2025"
    (?i: năm ) [ ]+ (?P<y> (?:19|20)\d\d )          # "năm 2023"
    (?! \d | [ ]*[-–] )                              # not "năm 2021-2025"
    """,
    regex.VERBOSE,
)

# How far (characters) a year may stand from a yearless date to lend it its year.
_NEAR = 60

# Words that may stand between a reference and its date: "06/KH-UBND, ngày …",
# "924/QĐ-TTg (ngày …)".
_LEAD_IN = regex.compile(r"[ ,(:]{0,4}")


class _Raw(NamedTuple):
    start: int
    end: int
    day: int
    month: int
    year: Optional[int]


# "ngày 15 và 16/3/2024", "từ ngày 15 đến ngày 17/3/2024": a day that borrows the month of the next date.
_SHARED_MONTH = regex.compile(
    r"""
    (?<! \w ) (?i: ngày ) \s+ (?P<d> \d{1,2} )                # "ngày 15"
    (?= \s* (?: và | , | đến | tới | - | – ) \s* (?: (?i: ngày ) \s+ )?   # " và ", " đến ngày "
        \d{1,2} (?P<sep> [/.\-] ) (?P<m> \d{1,2} )             # "16/3", "17.3"
        (?: (?P=sep) (?P<y> (?:19|20)\d\d ) )? (?! \d ) )      # "/2024"
    """,
    regex.VERBOSE,
)


def _scan(text: str, start: int = 0, end: Optional[int] = None) -> Iterator[_Raw]:
    """Date candidates in ``text[start:end]``, checked for plausibility, in text order."""
    end = len(text) if end is None else end
    found = []
    last = None
    for m in _DATE.finditer(text, start, end):
        listed = last is not None and _LIST_LINK.match(text, last, m.start()) is not None
        raw = _accept(text, m, listed)
        if raw is not None:
            last = raw.end
            found.append(raw)
    if "ngày" in text[start:end].lower():
        taken = {r.start for r in found}
        for m in _SHARED_MONTH.finditer(text, start, end):
            day, month = int(m.group("d")), int(m.group("m"))
            if m.start() not in taken and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2024, month)[1]:
                found.append(_Raw(m.start(), m.end(), day, month, int(m.group("y")) if m.group("y") else None))
        found.sort(key=lambda r: r.start)
    yield from found


# The months of a feed's English dates ("13 Sep 2024"), for the header's "<pubDate>" too
ENGLISH_MONTHS = {name: k for k, name in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}


def _accept(text: str, m: regex.Match, listed: bool = False) -> Optional[_Raw]:
    if m.group("ed"):
        day, month, year = int(m.group("ed")), ENGLISH_MONTHS[m.group("em")], m.group("ey")
    elif m.group("iy"):
        day, month, year = int(m.group("id")), int(m.group("im")), m.group("iy")
    elif m.group("wd"):
        day, month, year = int(m.group("wd")), int(m.group("wm")), m.group("wy") or m.group("wy2")
        if not m.group("lead") and not year and not _CLOCK_AFTER.match(text, m.end()):
            return None  # "3 tháng 8" without "ngày" or a year: a duration; not "12 tháng 8 lúc 16:20" (a post's time)
    else:
        day, month, year = int(m.group("d")), int(m.group("m")), m.group("y")
        if m.group("y2"):
            if not m.group("lead"):
                return None  # "1/2/23" without "ngày" is no date
            year = str(2000 + int(m.group("y2")))
        if m.group("sp") and (m.group("sep") == "." or not (year or m.group("lead"))):
            return None  # "25 / 11 / 2021" only with "ngày" or a year; never "3 . 3"
        if not year:
            if _CRITERION_BEFORE.search(text, max(0, m.start() - 16), m.start()):
                return None
            if not m.group("lead"):
                if m.group("sep") == "-" and not (  # "từ 1-2 lần" is a range; "Chiều 23-5, UBND tỉnh …" a date
                        _DAYTIME_BEFORE.search(text, max(0, m.start() - 8), m.start())
                        and not _DURATION_AFTER.match(text, m.end())):
                    return None
                if (m.group("sep") == "." and _DECIMAL_UNIT_AFTER.match(text, m.end())
                        and not _DAYTIME_BEFORE.search(text, max(0, m.start() - 8), m.start())):   # "Sáng 22.4 Ban …"
                    return None
                if (not listed and not CUE_BEFORE.search(text, max(0, m.start() - 12), m.start())
                        and not (m.group("sep") == "/" and _NAMED_DAY.search(text, max(0, m.start() - 70), m.start()))
                        # "✔️ 05/11: xã Tam Ngãi": a schedule's line opens with its day
                        and not (m.group("sep") == "/" and _SCHEDULE_LINE_LEAD.search(text, max(0, m.start() - 12), m.start())
                                 and _SCHEDULE_COLON.match(text, m.end()))
                        # "| 12/8 – 18/8 |": a week's first day, the range's second a date as well
                        and not (m.group("sep") == "/" and _DAY_RANGE_NEXT.match(text, m.end()))
                        # "| Xã Ea Phê | 07/3 | Trẻ 2, 3, 4 tháng tuổi |" under "| Đơn vị | Ngày tiêm | Đối tượng |": a cell
                        # of a column of days (held-out 774)
                        and not (m.group("sep") == "/" and _CELL_BEFORE.search(text, max(0, m.start() - 4), m.start())
                                 and _CELL_AFTER.match(text, m.end())
                                 and _DAYS_HEAD.search(text, max(0, m.start() - 1500), m.start()))):
                    return None
        if not year and _part_of_a_series(text, m, day, month):
            return None
    year = int(year) if year else None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if day > calendar.monthrange(year or 2024, month)[1]:  # "30/2"; 29/2 kept when the year is unknown
        return None
    return _Raw(m.start(), m.end(), day, month, year)


_NUMBERED_PART = regex.compile(r"\(\d{1,2}/(?P<of>\d{1,2})\)")   # "(3/9)"


def _part_of_a_series(text: str, m: regex.Match, day: int, month: int) -> bool:
    """"[UBND xã] (3/9) Năm 2025 …": the third of nine messages, when another "(k/9)" numbers the series too."""
    if not (day <= month and m.start() > 0 and text[m.start() - 1] == "(" and text.startswith(")", m.end())):
        return False
    return sum(int(p.group("of")) == month for p in _NUMBERED_PART.finditer(text)) >= 2


def _on_or_before(raw: "_Raw", published: date) -> bool:
    """Whether the day and month, in the year closest to ``published``, fall on or before it."""
    year = _closest_year(raw.day, raw.month, published)
    try:
        return year is not None and date(year, raw.month, raw.day) <= published
    except ValueError:
        return False


def _closest_year(day: int, month: int, published: date) -> Optional[int]:
    """The year that puts day/month closest to ``published`` ("28/12" in Jan 2023 → 2022)."""
    best = None
    for y in (published.year - 1, published.year, published.year + 1):
        try:
            gap = abs((date(y, month, day) - published).days)
        except ValueError:  # 29/2 in a common year
            continue
        if best is None or gap < best[0]:
            best = (gap, y)
    return best[1] if best else None


# "hè năm nay", "trong năm nay": the year the article was published.
_THIS_YEAR = regex.compile(r"\bnăm\s+nay\b", regex.IGNORECASE)


def _years_in(text: str, start: int, end: int, dated: list[_Raw],
              published: Optional[date] = None) -> list[tuple[int, int]]:
    """(position, year) of the years written in ``text[start:end]``: full dates, "năm 2023", "năm nay"."""
    found = [(r.start, r.year) for r in dated if r.year and start <= r.start < end]
    found += [(m.start("y"), int(m.group("y"))) for m in _YEAR_WORD.finditer(text, start, end)]
    if published is not None:
        found += [(m.start(), published.year) for m in _THIS_YEAR.finditer(text, start, end)]
    return found


def _clause(text: str, sentence: tuple[int, int], at: int) -> tuple[int, int]:
    """The part of a sentence between semicolons around ``at``: "gửi về Sở trước 31.10; báo cáo … trước
    ngày 05/4/2026" — the second clause's year is not the first clause's date's."""
    start = text.rfind(";", sentence[0], at) + 1 or sentence[0]
    end = text.find(";", at, sentence[1])
    return start, (sentence[1] if end < 0 else end)


_EVERY_YEAR = regex.compile(r"\s*(?:hằng|hàng)\s+năm\b", regex.IGNORECASE)


def _value(raw: _Raw, text: str, sentence: tuple[int, int], dated: list[_Raw],
           published: Optional[date]) -> str:
    year = raw.year
    if year is None and _EVERY_YEAR.match(text, raw.end):
        # "trước ngày 15/12 hằng năm" recurs: another date's year in the sentence is not its year
        year = _closest_year(raw.day, raw.month, published) if published is not None else None
    elif year is None:
        if published is not None:
            sentence = _clause(text, sentence, raw.start)   # else any year of the sentence is better than none
        years = _years_in(text, sentence[0], sentence[1], dated, published)
        # not a "năm …" in the next clause: "… công bố ngày 21/10, điểm DTI năm 2024 …" (the index's year); a full date
        # there still dates it ("trước ngày 15/5, báo cáo … trước ngày 25/8/2025")
        full = {r.start for r in dated}
        near = [py for py in years if not (py[0] > raw.end and py[0] not in full and "," in text[raw.end:py[0]])]
        if near != years and published is not None and _on_or_before(raw, published):
            years = near   # (but "Tại hội nghị tổng kết ngày 29/12, Sở … cho biết năm 2023 …" in November: last December's)
        # distance from the mention to the year's position; after the date counts as near too
        ranked = sorted(years, key=lambda py: min(abs(py[0] - raw.end), abs(py[0] - raw.start)))
        if ranked and min(abs(ranked[0][0] - raw.end), abs(ranked[0][0] - raw.start)) <= _NEAR:
            year = ranked[0][1]
        elif published is not None:
            year = _closest_year(raw.day, raw.month, published)
        elif ranked:
            year = ranked[0][1]
    if year is None:
        return f"--{raw.month:02d}-{raw.day:02d}"
    try:
        return date(year, raw.month, raw.day).isoformat()
    except ValueError:  # 29/2 given a common year by inference
        return f"--{raw.month:02d}-{raw.day:02d}"


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """A crude sentence around ``pos`` for callers that have only a string."""
    left = max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos))
    right_nl, right_stop = text.find("\n", pos), text.find(". ", pos)
    rights = [r for r in (right_nl, right_stop) if r >= 0]
    return (left + 1 if left >= 0 else 0, min(rights) if rights else len(text))


def find(doc, *, anchor: Optional[date] = None) -> list[DateMention]:
    """Every day+month date in ``doc``, in text order, with raw-text spans.

    ``anchor`` stands in for ``doc.published`` when that is None: a full plan
    text has no article date, but its own issue date ("Lục Ngạn, ngày 14 tháng 3
    năm 2023", see ``header.issue_date``) dates "trước ngày 30/4" just as well.
    """
    text = doc.text
    reference = doc.published or anchor
    raws = list(_scan(text))
    out = []
    for raw in raws:
        value = _value(raw, text, doc.sentence_of(raw.start), raws, reference)
        rs, re_ = doc.raw_span(raw.start, raw.end)
        # text as written, in NFC (SPEC: all text values NFC); a wrapped line reads as a space
        out.append(DateMention(text=text[raw.start:raw.end], value=value, span=(rs, re_)))
    return out


# "hoàn thành trước ngày 30/11", "chậm nhất là ngày 15/10", "hạn chót 20/6": the date is a deadline
_DEADLINE_BEFORE = regex.compile(
    r"""
    (?: \b trước | \b chậm \s+ nhất (?: \s+ là )? | \b hạn (?: \s+ (?: chót | cuối ) )? (?: \s+ là )? )
    \s* (?: ngày \s* )? $
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# "trước ngày 15/6 và 15/12 hằng năm": the first date of a pair recurs too
_RECURS_AFTER = regex.compile(
    r"(?: \s* (?: và | , | ; ) \s* (?: ngày \s* )? \d{1,2} [/.] \d{1,2} )* \s* (?: hằng | hàng ) \s+ năm \b",
    regex.VERBOSE | regex.IGNORECASE,
)
_WRITTEN_YEAR = regex.compile(r"\d{4}|\d[/.\-]\d{1,2}[/.\-]\d{2}$")   # "30/11/2026", "30.11.26"


def after_issue(doc, mentions: list[DateMention], issued: Optional[str]) -> list[DateMention]:
    """A year-less deadline comes after the plan that sets it: "Kế hoạch … ngày 20/01/2026 … hoàn thành
    trước ngày 30/11" read in April is 30/11/2026, not the closer 30/11/2025. Each mention whose year was
    inferred, that follows a deadline word, and falls before ``issued`` moves to its first day on or after it.
    A recurring one ("trước ngày 15/12 hằng năm") keeps the year closest to ``published``.
    """
    try:
        start = date.fromisoformat(issued) if issued else None
    except ValueError:
        return mentions
    if start is None:
        return mentions
    out = []
    for m in mentions:
        if (m.value[:1].isdigit() and m.value < start.isoformat() and not _WRITTEN_YEAR.search(m.text)
                and _DEADLINE_BEFORE.search(doc.raw, max(0, m.span[0] - 30), m.span[0])   # (before "ngày 30/11" or "30/11")
                and not _RECURS_AFTER.match(doc.raw, m.span[1])):
            month, day = int(m.value[5:7]), int(m.value[8:10])
            year = start.year if (month, day) >= (start.month, start.day) else start.year + 1
            try:
                m = m.model_copy(update={"value": date(year, month, day).isoformat()})
            except ValueError:   # 29/2
                pass
        out.append(m)
    return out


def parse_date_at(text: str, pos: int, published: Optional[date] = None) -> Optional[tuple[str, int, int]]:
    """(value, start, end) of a date beginning at ``pos`` or just after it (after ", (" or ":").

    Offsets are into ``text``. Used after a reference: "06/KH-UBND ngày 11/01/2023".

    >>> parse_date_at("06/KH-UBND ngày 11/01/2023 của UBND", 10)
    ('2023-01-11', 11, 26)
    >>> parse_date_at("06/KH-UBND của UBND", 10) is None
    True
    """
    lead = _LEAD_IN.match(text, pos)
    at = lead.end() if lead else pos
    m = _DATE.match(text, at)
    if m is None:
        return None
    raw = _accept(text, m)
    if raw is None:
        return None
    if raw.year is not None:  # the common case: "ngày 11/01/2023" needs no sentence
        return _value(raw, text, (raw.start, raw.end), [], published), raw.start, raw.end
    sentence = _sentence_bounds(text, raw.start)
    dated = list(_scan(text, *sentence))
    return _value(raw, text, sentence, dated, published), raw.start, raw.end


def find_between(doc, start: int, end: int, *, anchor: Optional[date] = None) -> list[tuple[str, int, int]]:
    """(value, start, end) of the dates in ``doc.text[start:end]`` (normalised offsets)."""
    text = doc.text
    raws = list(_scan(text, start, end))
    reference = doc.published or anchor
    return [(_value(r, text, doc.sentence_of(r.start), raws, reference), r.start, r.end) for r in raws]


__all__ = ["CUE_BEFORE", "after_issue", "find", "find_between", "parse_date_at"]
