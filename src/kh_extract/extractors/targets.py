"""Quantitative targets: "ít nhất 90% hồ sơ công việc cấp tỉnh, 80% cấp huyện và 60%
cấp xã được xử lý trên môi trường mạng" → three targets, each ``>=``, shared action.

Steps, each a plain function:

1. ``candidates``: values found on the string from a scan of number starts —
   percentages, ranges, rates, counts with a counted noun (from the vocabulary,
   else the word segmenter's next word), number words, "tất cả"/"toàn bộ".
2. ``_group_by_clause`` / ``_list_items``: values grouped into lists (a list
   ends at ";", a sentence end or a line break), without structure counts
   ("05 mục tiêu") and counts inside another item's predicate.
3. ``_read_item``: per item, comparator, direction, subject (after the value —
   "90% hồ sơ …" — or before it — "tỷ lệ hộ nghèo giảm 1,5%", "trên 95% dân
   số"), action and criteria codes.
4. ``find``: a comparator before a list applies to every item, a shared
   predicate is copied, goals are told from results (goal words, result words,
   the section heading, past years), deadlines come from the clause, the
   sentence, a "Năm 2024:" heading or the plan's horizon; budgets, thresholds
   and present-day statistics are dropped; a goal stated twice is listed once.
5. ``_table_targets``: goal tables ("| Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 |"), and tables of places by
   counts ("TT | Xã (huyện) | Số thôn, làng | Số hộ được cấp điện | Năm đóng điện"), laid out with spaces or tabs
   (``aligned.tables`` reads their columns), one goal per place and count.
"""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Iterator, Optional

import regex

from ..document import Document
from ..models import Target
from .. import gazetteer, tokenize
from . import aligned, criteria as criteria_mod, dates as dates_mod, last_match


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    text = resources.files("kh_extract.catalogue").joinpath("vocabulary.json").read_text(encoding="utf-8")
    return json.loads(text)


def _alternation(words) -> str:
    """A regex alternation of phrases, longest first, spaces matching any white space."""
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _trie(words) -> str:
    """The same phrases as one prefix tree ("xe(?:\\s+(?:buýt|máy(?:\\s+điện)?))?"): a greedy tree tries the longer phrase
    first, as the alternation does, but reads each letter once — the value pattern tries its ~280 counted nouns at every
    number."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else regex.escape(ch)) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)


# A Vietnamese number: thousands dot, decimal comma ("1.958", "13.596", "11,79", "0,5");
# an English-style decimal "11.5" (not three digits after the dot) is read as a decimal.
# "1.958", "11,79"; thousands set apart by a space (in texts from PDF and spreadsheets): "1 200 xe buýt", "15 000 tấn"
# — not a run of numbers ("45 120 150" of a table row), nor a year ("năm 2024 200 hộ" starts at 4 digits)
# Unit symbols written against their number ("27m2 sàn/người", "12km", "500ha", "50MW")
_TIGHT_UNITS = r"(?:m2|m²|m3|m³|km|ha|kg|kWh|MWh|GWh|MWp|kWp|MW|kW|GW|Mbps|Gbps)"
_NUMBER = (r"(?<!\d[ \u00a0\u202f])[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![ \u00a0\u202f]?\d|\.\d)"
           r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)|\d+(?:[,.]\d+)?")


# A number of tens spelled out, as radio scripts read figures: "hai mươi", "bảy mươi lăm", "mười hai"
_TENS_WORDS = (r"(?: (?: hai | ba | bốn | năm | sáu | bảy | bẩy | tám | chín ) \s+ mươi"
               r" (?: \s+ (?: mốt | hai | ba | bốn | tư | lăm | sáu | bảy | bẩy | tám | chín ) )?"
               r" | mười \s+ (?: một | hai | ba | bốn | lăm | sáu | bảy | bẩy | tám | chín ) )")
# How a unit is said after "mươi"/"mười" besides the vocabulary's number words: "hai mươi mốt", "mười lăm", "ba mươi tư"
_ONES_AFTER_TENS = {"mốt": 1, "lăm": 5, "tư": 4, "bẩy": 7}


def _spelled_value(words: str) -> int:
    """ "hai mươi" → 20, "bảy mươi lăm" → 75, "mười hai" → 12, "ba" → 3 (number_words for one word)."""
    ones = {**vocabulary()["number_words"], **_ONES_AFTER_TENS}
    parts = words.lower().split()
    if len(parts) == 1:
        return ones[parts[0]]
    if parts[0] == "mười":
        return 10 + ones[parts[1]]
    return 10 * ones[parts[0]] + (ones[parts[2]] if len(parts) > 2 else 0)


# The lead of a count per unit after an item: "…, mỗi lớp từ (40 đến 50 cháu)", "…, mỗi tổ có (10 - 15 thành viên)"
_EACH_NEXT = regex.compile(r"\s*,\s*(?i:mỗi)\s+[^,;:\d]{1,30}?\s*$")


# An actor bound to change something: "Các sở, ngành phải cắt giảm ít nhất (30%) …", "các xã cần giảm …"
_MUST_CHANGE = regex.compile(r"\b(?:phải|cần)\s+(?:(?:cắt|kéo|nâng)\s+)?(?:giảm|tăng)\b[^,;:]*$", regex.IGNORECASE)


def _statistic_aside(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a bracket that describes a place by its statistics: "(4.312 hộ, 19.860 nhân khẩu, 27 xóm)"."""
    opened = text.rfind("(", max(0, pos - 80), pos)
    if opened < 0 or ")" in text[opened:pos]:
        return False
    closed = text.find(")", pos, pos + 80)
    return closed > 0 and _has("statistic_markers", " ".join(text[opened + 1:closed].split()))


def _in_capitals_line(text: str, pos: int) -> bool:
    """Whether ``pos`` is in a line of at least three words all in capitals ("NGHỆ AN ĐẶT MỤC TIÊU … 46.000 LAO ĐỘNG")."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    return line.isupper() and len(line.split()) >= 3


# A spelled figure said again in digits: "chín mươi phần trăm – tức 90%"
_RESTATED_IN_DIGITS = regex.compile(r"[^\S\n]*[–—-]?[^\S\n]*(?:tức|tức\s+là|nghĩa\s+là)[^\S\n]+\d")


# A figure read out in words, then in digits in brackets: "không dưới mười lăm phần trăm (15%)", "tám mươi (80)"
_SAID_IN_WORDS = regex.compile(r"(?:\s+(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín|mười|mươi|linh|lẻ|trăm|nghìn|ngàn"
                               r"|triệu|phần\s+trăm))+\s*\(\s*$", regex.IGNORECASE)


# A number spelled out in brackets after its digits, as legal texts write counts: "02 (hai)", "03 (ba)", "12 (mười hai)"
_SPELLED_OUT = (r"(?: \s* \( \s* (?i: một | hai | ba | bốn | tư | năm | sáu | bảy | bẩy | tám | chín | mười )"
                r" (?: \s+ (?i: một | mốt | hai | ba | bốn | tư | năm | lăm | sáu | bảy | tám | chín | mười | mươi | trăm | nghìn | linh | lẻ ) ){0,5}"
                r" \s* \) )?")


@lru_cache(maxsize=1)
def _patterns():
    v = vocabulary()
    units = _trie(v["count_units"])
    words = _trie(v["number_words"])
    rates = _trie(v["unit_rate_suffixes"])
    value = regex.compile(
        rf"""
        (?<! [\w/.,-] )                                  # not inside "06/KH", "8.4", "2021-2025"
        (?<! (?:tiêu\s+chí|nội\s+dung|số|Số|khoản|điều|Điều|Chương|mục|Mục)\s+ )   # criterion codes, "số 06"
        (?! (?<= chỉ\s+tiêu\s+ ) \d{{1,2}} (?: \.\d{{1,2}} )* (?! [\d,] | \s*% ) )   # "chỉ tiêu 8.4", not "(chỉ tiêu 159 mô hình)"
        (?<! (?:số|Số)\s+\d{{1,3}}\s*(?:,|và)\s* )          # "các bến số 4, 5 cảng Chân Mây": numbers that name
        (?:
            (?P<num> {_NUMBER} ) {_SPELLED_OUT}   # "02 (hai) cụm xử lý": the legal style spells the number out
            (?: [^\S\n]* %? [^\S\n]* (?:-|–|đến|tới) [^\S\n]* (?P<num2> {_NUMBER} ) {_SPELLED_OUT} (?=\s*[%‰]|\s+(?:{units}|phần\s+trăm)(?!\w)) )?   # "11,5 - 12,4%", "1-1,5%/năm", "12 - 15 xã", "92% đến 95%"
                                                                                   # (not across lines: "… năm 2024\n- 10 HTX …")
            (?:
                \s* (?P<pct> [%‰] | (?<=\d\s*) phần \s+ trăm (?!\w) ) (?P<pctrate> \s*/\s*năm )?   # "90%", "100 %", "7%/năm", "8‰"
                                                                 # (per mille), "90 phần trăm" read out
              | (?: / (?! (?:19|20)\d\d (?!\d) ) (?: \d{{1,3}} (?: \.\d{{3}} )+ | \d{{1,5}} ) )?   # (not "tháng 6/2025 thị trấn …")
                (?: \s+ | (?= {_TIGHT_UNITS} (?![\w²³]) ) )       # "27m2", "5km": a symbol may touch its number
                (?P<unit> {units} ) (?P<rate> {rates} )? (?! \w )   # "4 huyện", "13.596 tỷ đồng", "70/161 xã"
                (?! \s+ (?: xem | truy\s+cập | thích | chia\s+sẻ | bình\s+luận ) \b )   #   not "337 lượt xem"
            )
          | (?<! (?:của|mỗi|trên|giữa)\s+ ) (?P<word> \b(?i: {_TENS_WORDS} | {words} )\b )   # "hai mô hình", not "của một hợp tác xã", "giữa hai chuyến";
            (?: (?: \s+ (?P<wmult> nghìn | ngàn | triệu ) (?= \s+ \p{{Ll}} ) )? \s+ (?P<wunit> {units} )
              | (?<= mươi (?: \s+ \p{{L}}+ )? ) \s+ (?P<wpct> (?i: phần \s+ trăm ) ) ) (?! \w )
                                                         # a radio script's "hai mươi nghìn lao động", "bảy mươi phần trăm"
          | (?<! của\s+ ) (?P<all> \b(?i: tất\s+cả | toàn\s+bộ )\b )   # "tất cả các xã", "Tất cả …" → 100 %
            (?= \s+ (?:các\s+|những\s+|số\s+)? (?:(?:UBND|Ủy\s+ban\s+nhân\s+dân)\s+(?:cấp\s+)?)?   # "tất cả UBND cấp huyện"
                (?: {units} | diện\s+tích (?!\s+tự\s+nhiên) ) (?!\w) )   #   but not "của tất cả
            #   các cấp", nor a merger's "toàn bộ diện tích tự nhiên, quy mô dân số của …"
        )
        """,
        regex.VERBOSE,
    )
    # A count whose noun is not in the vocabulary: "ít nhất 3 nhà máy", "có 50 trang trại" —
    # a number after a comparator or a verb of making; the tokenizer finds the word after it.
    # Where a value may begin: a number's first digit, a number word, "tất cả"/"toàn bộ". Scanning for
    # these first and trying the full patterns only there keeps ``candidates`` fast.
    # (the class of first letters lets the scan skip most positions without trying the words)
    first = "".join(sorted({c for w in [*v["number_words"], "tất", "toàn"] for c in (w[0].lower(), w[0].upper())}))
    starts = regex.compile(
        rf"\d(?<![\w/.,-]\d) | \b(?=[{first}]) (?i: {words} | tất | toàn )\b (?= \s+ \p{{L}} )",   # "hai mô hình", "một Tổ …", not "năm 2025"
        regex.VERBOSE,
    )
    open_before = regex.compile(
        rf"""(?: {_alternation(v['comparators'])} | có | thêm | xây\s+dựng | xây\s+mới | thành\s+lập | hình\s+thành | phát\s+triển | hỗ\s+trợ
             | đào\s+tạo | tập\s+huấn | trồng | trồng\s+mới | làm\s+mới | nâng\s+cấp | cải\s+tạo | sửa\s+chữa | cấp
             | (?<= \d [\d.,]* \s+ ) xuống   # "giảm từ 1.200 xuống (1.000 chiếc)": the figure a change reaches
             | thu\s+hút | lắp\s+đặt | bổ\s+sung | lên | cho | và | , | tăng | giảm | xuống\s+còn | tổ\s+chức   # "tăng 9 bậc", "từ 119 phòng xuống còn 95 phòng"
             | mở\s+rộng | quy\s+tập | di\s+dời | (?:bê\s+tông|nhựa|cứng|kiên\s+cố)\s+hóa   # "mở rộng 3 - 4 nghĩa trang", "quy tập … 1.500 ngôi mộ"
             | xây | năm \s+ 20\d{{2}} \s* (?: : | là )   # "trong đó năm 2025: 16 phòng, năm 2026 là 20 phòng": a year's part
             | (?m: ^ [ \t]* \d{1,2} \) ) )   # a goal list's figure-led item "2) 03 hồ điều tiết …"
             (?:\s+(?:mới|thêm|lại|bổ\s+sung))? (?:\s+(?:khoảng|gần|chừng|xấp\s+xỉ|bình\s+quân))?\s+$""",   # "trồng khoảng 5 triệu cây", "phát triển mới 15 …", "bổ sung bình quân 1.500 đầu sách/năm", "trồng lại 120 ha"
        regex.VERBOSE | regex.IGNORECASE | regex.REVERSE,
    )
    open_number = regex.compile(rf"(?P<num> {_NUMBER} ) {_SPELLED_OUT} (?: (?: \s*[-–]\s* | \s+ (?:đến|tới) \s+ (?= [\d.,]+ \s+ (?:nghìn|ngàn|triệu|vạn|trăm) \b ) )"
                                rf"(?P<num2> {_NUMBER} ) )? \s+ (?= \p{{Ll}} | [A-ZĐ]{{2,5}}(?!\p{{L}}) | [\"“]\p{{Lu}}\p{{Ll}} )",   # "250 - 300 cột đèn", "120 NKT", "từ 140 đến 150 nghìn cây" (not "độ tuổi từ 15 đến 60 biết chữ")
                                regex.VERBOSE)
    comparator_before = regex.compile(rf"(?: {_alternation(v['comparators'])} )\s*$", regex.VERBOSE | regex.IGNORECASE | regex.REVERSE)
    comparator_after = regex.compile(rf"^\s*(?: {_alternation(v['comparators_after'])} )", regex.VERBOSE | regex.IGNORECASE)
    return value, comparator_before, comparator_after, (starts, open_before, open_number)


# A list ends at ";", ":" before a line break, a sentence end or a line break.
# (also a dash before "Kết quả:": "Chỉ tiêu: … cho 2.000 phụ nữ – Kết quả: 2.315 phụ nữ, đạt 115,7%")
# "…; …", "…. ", a line, "…:" before a list, "!", "?", "… – Kết quả: …", an ellipsis before a capital or a line's end
# ("97% người dân tham gia BHYT… Đến năm 2025: …", "đạt 45%.../."), and the press's closing "./." ("… nông thôn mới./.")
# The labels of what was done on a line that gave the goal first: "… – Kết quả: …", "… – Thực hiện: …", "… – Giải ngân: …"
_DONE_LABELS = r"Kết\s+quả|Thực\s+hiện|Giải\s+ngân"
_CLAUSE_END = regex.compile(rf";|\.(?=\s|$)|\n|:\s*(?=\n|[-+•]\s)|!|\?|\s[–—-]\s(?=(?:{_DONE_LABELS})\s*:)"
                            r"|(?:\.{3}|…)(?=/|\s*(?:\p{Lu}|$))|\.(?=/\.?(?:\s|$))"   # and the press's closing "./."
                            r"|,(?=\s*còn\s+(?:tỷ\s+lệ|số|các|những|mỗi|cấp)\b)"   # "…, còn tỷ lệ cán bộ … phải đạt 70%": a clause of its own
                            # a slide's items run on one line: "… 1.500 tỷ đồng/năm • Không dưới 2.000 hộ …", "… xuất khẩu - 80%
                            # hợp tác xã … - Tối thiểu 500 sản phẩm …"
                            r"|(?<=\S)[ \t]+[•●▪][ \t]+"

                            # (the cheap tests first, the look back along the line last)
                            r"|(?<=\p{Ll})[ \t]+-[ \t]+(?=\d|(?:Tối\s+thiểu|Ít\s+nhất|Trên|Không\s+dưới|Mỗi)\b)(?<=:[ \t]*-[ \t][^\n]*)")
# "đến năm 2025", "đến hết năm 2025", "trong năm 2024", "năm 2023", "giai đoạn 2021-2025"
_YEAR = regex.compile(
    r"""
    (?= [đĐtTnNgGhHqQvVmMdD\d] )                             # a cheap first test before the lookbehind
    (?<! so\s+với\s+(?:cùng\s+kỳ\s+|cuối\s+|đầu\s+|mùa\s+(?:khô|mưa)\s+|(?:mức\s+)?bình\s+quân\s+(?:của\s+)?)?
         (?:năm\s+(?:học\s+)?|giai\s+đoạn\s+)? )   # "so với (cuối) năm 2024", "so với mùa khô 2024 - 2025",
                                                   # "so với năm học 2024-2025", "so với bình quân giai đoạn 2019 - 2023": a baseline
    (?<! so\s+với\s+(?:dự\s+toán|kế\s+hoạch|chỉ\s+tiêu|(?:ước\s+)?thực\s+hiện)(?:\s+giao)?\s+(?:năm\s+)? )   # "tăng 15% so với dự toán năm 2024": last year's plan
    (?<! giá\s+so\s+sánh\s+ )                         # "(giá so sánh năm 2010)": the base year of prices, no deadline
    (?<! (?:\b(?:trẻ|em|cháu|bé|người|công\s+dân|nam|nữ)\s+|\(\s*)sinh\s+ )   # "trẻ sinh năm 2018", "trẻ 6 tuổi (sinh
                                                       # năm 2020)": a birth year (not "vệ sinh năm 2024")
    # "đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031": the term of office of whom the goal counts (not "Nhiệm kỳ 2020 -
    # 2025, tốc độ tăng trưởng … đạt 7,65%/năm", a time frame)
    (?<! (?i: đại\s+biểu | HĐND | hội\s+đồng\s+nhân\s+dân | cấp\s+ủy | đảng\s+bộ | đại\s+hội ) \b [^,.;\n]{0,40}? nhiệm\s+kỳ\s+ )
    (?: (?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm | năm\s+(?:học\s+)?\d{4}\s*[-–]\s* | năm | giai\s+đoạn\s+\d{4}\s*[-–]\s* | \d{4}\s*[-–]\s*
      | (?:trước|đến|hết|trong|(?<= (?:^|\n|[.;:]\s|[-+•]\s) )(?:kể\s+)?từ)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*
                                                                  # "trước ngày 31/12/2023", "trước 30/6/2025", a clause led by
                                                                  # "Từ ngày 01/01/2026, 100% xe buýt đầu tư mới …" (not "… áp
                                                                  # dụng từ ngày 23/10/2017", "… (tiếp nhận … từ ngày 01/3/2025)")
      | (?:(?:trước|đến|hết|trong|vào)\s+)?(?:hết\s+|cuối\s+)?tháng\s+\d{1,2}\s*[/.-]\s*   # "trong tháng 9/2024", "(tổng kết) tháng 6/2025"
      | quý\s+[IVX]+\s*[/-]\s*                                                      # "quý IV/2025"
      | vụ\s+(?:Đông\s+Xuân|Hè\s+Thu|Thu\s+Đông|Xuân\s+Hè|Mùa|Chiêm(?:\s+Xuân)?)\s+     # "vụ Thu Đông 2023" (a crop season)
      | (?:dịp\s+)?(?:mùa\s+)?hè\s+                                                  # "hè 2025", "dịp hè 2025"
      | (?:trước\s+|trong\s+)?mùa\s+(?:mưa\s+)?(?:lũ|bão|mưa|khô)\s+(?:năm\s+)? )         # "trước mùa lũ 2024"
    \s* (?P<year> 20\d{2} ) (?! \d | /)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_DIRECTION = regex.compile(
    r"""
    \b (?P<verb> tăng | giảm ) (?! \s+(?:trưởng|cường|nghèo|thiểu) )   # not "tăng trưởng", "giảm nghèo"
    (?: \s+ (?:bình\s+quân|gấp|thêm|ít\s+nhất|tối\s+thiểu|khoảng|từ|hơn|trên|mỗi\s+năm|hằng\s+năm|hàng\s+năm|được) )* \s*$
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_TO_LEVEL = regex.compile(r"\b(?:còn|xuống|xuống\s+còn|xuống\s+dưới|về\s+mức)\s*(?:dưới|mức)?\s*$", regex.IGNORECASE | regex.REVERSE)
# "…, 80% …", "… và 60% …", "…: 4 huyện": a new item of a list (a comparator may stand between); ";" only where two
# "lần lượt" lists keep it inside one clause (see _clause_bounds).
_LIST_JOIN = regex.compile(r"(?:[,;]|\bvà|\bhoặc|\bđồng\s+thời|\btrong\s+đó|:|\+|-)\s*"
                          # "…, năm 2025 tối thiểu 10.000 lao động", "…, sang năm 2025 khoảng 650 tỷ đồng", "…, giai đoạn
                          # 2028 - 2030 bình quân không dưới 5.000 doanh nghiệp/năm"
                          r"(?:(?:đến\s+|trong\s+|vào\s+|sang\s+)?(?:năm\s+20\d\d|giai\s+đoạn\s+20\d\d\s*[-–]\s*20\d\d)\s*,?\s*)?"
                          r"(?:(?:\S+\s+){0,3}"
                          # "…, xã Tân Phước Hưng 42 ha": a place's name however long
                          r"|(?i:xã|phường|thị\s+trấn|huyện|thị\s+xã|thôn|ấp|bản|khu\s+phố|tổ\s+dân\s+phố)\s+(?:\p{Lu}\S*\s+){1,4}"
                          r"|(?:bình\s+quân|mỗi\s+năm|hằng\s+năm)\s+(?:ít\s+nhất|tối\s+thiểu|không\s+dưới|tối\s+đa)\s+"   # "…, bình quân tối thiểu 900 …"
                          r"|[^,;]{1,50}?\scho\s+(?:\S+\s+){0,2})$",   # "…, nước sinh hoạt phân tán cho ít nhất 1.400 hộ"
                          regex.REVERSE)
# A split by years opening in brackets after the whole: "(năm 2024 ít nhất | 95 tổ, …", "(trong đó năm 2024: | 95 tổ"
_YEAR_SPLIT_OPENS = regex.compile(r"\(\s*(?:trong\s+đó\s*[,:]?\s*)?năm\s+20\d\d\s*:?\s*(?:(?:ít\s+nhất|tối\s+thiểu|không\s+dưới"
                                  r"|khoảng|trên)\s+)?$", regex.IGNORECASE)
# "…, các công trình khác không quá (15 ngày làm việc)": after a comma, a noun (no verb in it) with a comparator of its own
_NOUN_CMP_JOIN = regex.compile(r"[,;]\s*(?:(?!(?:có|được|đạt|là)\b)[^\s,;]+\s+){1,5}"
                               r"(?:ít\s+nhất|tối\s+thiểu|không\s+quá|không\s+dưới|tối\s+đa|[≥≤<>~])\s+$", regex.IGNORECASE)
# What joins one item to the next and must not end a subject: "… cấp huyện và trên 60%", "…, trong đó có ít nhất 8 chuỗi".
_TRAILING_JOIN = regex.compile(r"(?:\s*(?:,|\bvà\b|\bhoặc\b|\btrong\s+đó(?:\s+có)?|\b(?:bao\s+)?gồm\b)\s*(?:(?:đến\s+|trong\s+|vào\s+|từ\s+|sang\s+)?(?:năm\s+20\d\d|giai\s+đoạn\s+20\d\d\s*[-–]\s*20\d\d)\s*:?\s*)?(?:chiếm\s+|bình\s+quân\s+|là\s+|thực\s+hiện\s+|hoàn\s+thành\s+|trồng(?:\s+mới)?\s+|xây\s+dựng(?:\s+mới)?\s+)?(?:ít\s+nhất|tối\s+thiểu|không\s+dưới|không\s+quá|tối\s+đa|trên|dưới|hơn|khoảng|từ|đạt|[~≥≤<>])?\s*)+$", regex.IGNORECASE | regex.REVERSE)
# (after a part's year, its verb: "…, trong đó năm 2024 thực hiện | 12.000 ha", "…, trong đó năm 2024 là | 200 ha")
_LEVEL_NAMES = r"tỉnh|thành\s+phố|huyện|xã|thôn"
_CAP = regex.compile(rf"(?<!\btrợ\s)\b(?:cấp|tuyến)\s+(?P<lv>{_LEVEL_NAMES})\b(?!\s+hội)", regex.IGNORECASE)   # not "trợ cấp xã hội"; "tuyến huyện" (health)
# ("đối với đơn vị thuộc Ủy ban nhân dân cấp xã": the units of a level)
# The school levels in words: "mầm non", "tiểu học", "trung học cơ sở", "trung học phổ thông" (and "THCS", "THPT" beside them)
_SCHOOL_LEVEL_NAMES = r"mầm\s+non|tiểu\s+học|trung\s+học\s+(?:cơ\s+sở|phổ\s+thông)"
_NEXT_LEVEL = regex.compile(r"\s*(?:,|;|\bvà\b)\s*(?:ở\s+|đối\s+với\s+)?(?:cấp\s+(?:tỉnh|huyện|xã|thôn)"
                         # (or a school level: "cấp mầm non đạt ít nhất 80%, tiểu học 86% và trung học cơ sở 92%", 638)
                         rf"|(?:cấp\s+)?(?:{_SCHOOL_LEVEL_NAMES}|THCS|THPT))"
                         r"(?:\s+(?:dưới|trên|đạt|không\s+quá|không\s+dưới|tối\s+thiểu|tối\s+đa|ít\s+nhất|là))*\s*$", regex.IGNORECASE)
_CAP_LEAD = regex.compile(r"(?:đối\s+với|tại|ở)\s+(?:(?:các\s+)?(?:đơn\s+vị|cơ\s+quan)\s+(?:thuộc\s+)?)?(?:UBND\s+|Ủy\s+ban\s+nhân\s+dân\s+)?cấp\s+[^\s,;]+(?:\s+phố)?(?:\s*(?:,|và)\s*cấp\s+[^\s,;]+(?:\s+phố)?)*",  # "ở cấp huyện, cấp xã"
                          regex.IGNORECASE)
_PAREN = regex.compile(r"\([^()]*\)")
# Where a measure named before its value is met, not what is measured: "… dưới 10% | tại các thôn sau chiến dịch",
# "… đạt 95% | trên địa bàn xã"
_MEASURE_BEFORE_PLACE = regex.compile(r"\b(?:tỷ\s+lệ|tỷ\s+trọng|chỉ\s+số)\b[^,;:]*$", regex.IGNORECASE)
_PLACE_AFTER = regex.compile(r"(?:tại|ở|trên\s+địa\s+bàn)\s+(?:(?:các|mỗi|tất\s+cả|toàn\s+bộ)\s+)?"
                          r"(?:thôn|xã|phường|ấp|bản|tổ\s+dân\s+phố|khu\s+dân\s+cư|địa\s+bàn|khu\s+vực)\b", regex.IGNORECASE)
_OPEN_ASIDE = regex.compile(r"\s*\([^()]*$")   # a bracket opened and not closed before the item ends
# "II. MỤC TIÊU", "2. Mục tiêu cụ thể", and short unnumbered lines such as "**Các chỉ tiêu kinh tế**"
# or "Mục tiêu đến năm 2030" (bold markers are spaces in the normalised text).
_HEADING = regex.compile(
    r"^[ \t]*(?:[\p{So}\p{Sk}\uFE0F]+[ \t]*)?"   # "🔎 NHÌN LẠI NĂM 2024", "🎯 CHỈ TIÊU NĂM 2025" in a social-media post
    r"(?:(?:[IVX]+|\d+)\s*[.)]\s*(?P<ctitle>(?-i:\p{Lu})[\p{Lu}\p{M}\s,]{2,40}?)\s*:\s+(?=\S)[^\n]{81,}"   # "IV. KINH PHÍ: dự kiến 9,6 tỷ đồng, …" (a long line)
    r"|(?:PHẦN\s+|Phần\s+|Điều\s+)?(?:[IVX]+(?:\.\d+)*|[A-Z]|\d+(?:\.\d+)*)\s*[.)/]\s*(?P<title>[^\n]{2,80}?)(?:[ \t]*\([^()\n]{1,60}\))?|(?P<short>(?:\p{Lu}|\d{1,3}[ ]\p{Ll})(?:(?![ ]{3})[^\n.;:!?%\d]){3,45}(?:\s20\d{2}(?:\s*[-–]\s*20\d{2})?)?)"   # "Mục tiêu năm 2026", "… 2024 - 2025"
    # (or counted: "20 chỉ tiêu chủ yếu năm 2026", held-out 848)
    # (not a table's head whose columns are kept apart by spaces: "Chỉ tiêu   Kỳ này   Cùng kỳ   Tăng/giảm")
    r"|(?P<named>\p{Lu}[^\n.;:!?%\d]{2,40}:[ \t]+[^\n.;:!?%\d]{3,60}(?:\s20\d{2}(?:\s*[-–]\s*20\d{2})?)?)"
    r"|(?P<caps>(?-i:(?=[^\n]*\p{Lu}{3})[\p{Lu}\d][\p{Lu}\d ,\-–&()]{3,60}))[ \t]*:?)[ \t]*$",   # "📊 NHÌN LẠI NĂM 2025:"   # "NĂM 2023 ĐÃ LÀM ĐƯỢC" (an infographic's label); "Đảng bộ huyện …: các
    # chỉ tiêu chủ yếu nhiệm kỳ 2020-2025": a heading that names whose goals these are
    regex.MULTILINE,
)

_THOUSANDS = regex.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_LIST_MARK = regex.compile(r"^(?:20\d{2}|[a-zđ]\)|\d+[.)]|(?-i:\p{Lu}{1,4})[-.]?\d{1,2}(?:\.\d{1,2})*[.)]?(?=\s)|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là\s*(?:[,:]|$)"   # "Hai là, …", "Ba là: …"
                        r"|Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*(?:,|$))\s*,?\s*")   # "Thứ nhất, …"
_TU_END = regex.compile(r"\btừ\s*$", regex.IGNORECASE | regex.REVERSE)
# The verb between a subject and its value: "tỷ lệ hộ nghèo giảm 1%", "thu nhập đạt 75 triệu đồng".
_LEAD_VERB = regex.compile(r"(?:\b(?:đạt|là|ở\s+mức|chiếm|(?<!\b(?:mặt|văn|công)\s)bằng|(?<!\bgia\s)tăng|giảm|còn|xuống|(?<!trở\s)lên|về|dưới|bình\s+quân|từ|mỗi\s+năm|thêm|gấp|duy\s+trì"
                        r"|giữ(?:\s+vững)?|(?:được\s+)?mở\s+rộng|phải|cần"   # "… mỗi tháng giữ ở mức (2.700 - 3.000 đơn vị)"   # "… (chỉ tiêu 15.1) phải trên 95%", "… cần đạt tối thiểu 85%"
                        r"|(?:được\s+)?bố\s+trí|khống\s+chế|kiềm\s+chế)\s*)+$", regex.IGNORECASE | regex.REVERSE)   # "… khống chế (tối đa 0,5%)"
_LEAD_VERB2 = regex.compile(r"\b(?:đạt|là|ở\s+mức|(?<!\bgia\s)tăng|giảm|bình\s+quân)\s*$", regex.IGNORECASE | regex.REVERSE)
_INTRO_YEAR = regex.compile(r"(?:(?:đến\s+(?:hết\s+)?)?năm\s+|đến\s+(?:hết\s+)?(?:ngày\s+)?\d{1,2}/\d{1,2}/)(?P<year>20\d{2})"
                         r"(?:\s+(?:như\s+sau|cụ\s+thể))?\s*[:,]?\s*$", regex.IGNORECASE | regex.REVERSE)
# (a day's date too: "Mục tiêu đến ngày 31/12/2025:" over its items, held-out 792)
# What the plan sets, not what was done: "Theo Kế hoạch, …", "đến hết năm 2025, …"
_PLAN_SAYS = regex.compile(r"\b(?:theo\s+kế\s+hoạch|đến\s+(?:hết\s+|cuối\s+)?năm\s+20\d\d"
                         r"|(?:kế\s+hoạch|đề\s+án|nghị\s+quyết)\s+(?:yêu\s+cầu|đặt|đề\s+ra|xác\s+định))\b", regex.IGNORECASE)
_PLAN_DEMANDS = regex.compile(r"\b(?:kế\s+hoạch|đề\s+án|nghị\s+quyết|chương\s+trình)\s+yêu\s+cầu\b",   # (not "vượt kế hoạch đề ra")
                           regex.IGNORECASE)   # "…; kế hoạch yêu cầu trang bị thêm …"
# A review's clause that opens with what the plan set: "Kế hoạch đề ra bố trí 25 điểm trông giữ xe …", "Chỉ tiêu giao: …"
# (not "đạt 95% kế hoạch đề ra", "vượt kế hoạch đề ra": a figure measured against it)
_PLAN_SET_FIRST = regex.compile(r"[\W\d]*(?-i:Kế|Chỉ|Mục)\s+(?:hoạch|tiêu)\s+(?:đề\s+ra|đặt\s+ra|giao)\b", regex.IGNORECASE)
_STRONG_GOAL = regex.compile(r"phấn\s+đấu|mục\s+tiêu|đến\s+(?:hết\s+)?năm", regex.IGNORECASE)
_NOTHING_AFTER = regex.compile(r"\s*(?:[,;.]|$)|[ \t]*\r?\n")   # (a line's end too: "… nâng tổng số lên ≥ 15 tuyến⏎", held-out 557)
_ADDED_END = regex.compile(r"\b(?:tăng|mở\s+rộng)\s+thêm\s*$", regex.IGNORECASE | regex.REVERSE)
_MEASURE_VERB = regex.compile(r"\b(?:đạt|vượt|giảm|tăng|chiếm|là|ở\s+mức|còn|xuống|lên|bằng|phải)\s*$", regex.IGNORECASE | regex.REVERSE)
# A list of goals opened in the paragraph: "Các chỉ tiêu chủ yếu (nhiệm kỳ 2020 - 2025)", "Mục tiêu cụ thể:"
_GOALS_LISTED = regex.compile(r"\b(?:chỉ\s+tiêu|mục\s+tiêu)\s+(?:chủ\s+yếu|cụ\s+thể)\b", regex.IGNORECASE)
# … or a sentence of its own that ends a paragraph and opens the list: "… Kế hoạch số 31/KH-UBND … Các chỉ tiêu chủ yếu
# năm 2026:" (in a meeting's minutes, under "1. … báo cáo kết quả năm 2025")
_GOALS_LEAD_END = regex.compile(
    r"""(?: ^ | [.;!?] \s+ | \n \s* ) (?: [-+•*] \s* )? (?: (?:các|những) \s+ )? (?:chỉ|mục) \s+ tiêu
    (?: \s+ (?:chủ \s+ yếu|cụ \s+ thể|chính|cơ \s+ bản|trọng \s+ tâm) )?
    (?: \s+ (?: của \s+ kế \s+ hoạch | (?:đến \s+)? năm \s+ 20\d\d | giai \s+ đoạn \s+ 20\d\d \s* [-–] \s* 20\d\d ) )*
    \s* : \s* $""", regex.IGNORECASE | regex.VERBOSE | regex.REVERSE)
# A list the text opens as what things are like: "Tình hình một số CCN (số liệu của Sở Công Thương, tháng 3/2023):",
# "Kết quả thực hiện các chỉ tiêu năm 2025:" (its items report)
_STATUS_LIST_INTRO = regex.compile(r"(?:^|\s)(?:Tình\s+hình|Thực\s+trạng|Hiện\s+trạng|Kết\s+quả)\b[^\n:.;]{0,100}:\s*$"
                                   r"|\bhiện\s+(?:tại|nay)\s*:\s*$"   # "Thông số chính của hệ thống hiện tại:" (held-out 760)
                                   # "… các doanh nghiệp, đơn vị đã trao tặng cây giống và kinh phí ủng hộ trồng cây:" over
                                   # the donors' lines: what was given at a ceremony (held-out 854)
                                   r"|\bđã\s+(?:trao\s+tặng|trao|tặng|ủng\s+hộ|quyên\s+góp)\b[^\n:.;]{0,100}:\s*$",
                                   regex.REVERSE)
# ("cần", not the place "xã Cần Yên", "Cần Thơ": a capital before another is a name)
_GOAL_WORD = regex.compile(r"\b(?:phấn\s+đấu|mục\s+tiêu|đề\s+ra|đặt\s+ra|đặt\s+yêu\s+cầu|hướng\s+tới|sẽ|(?-i:cần|Cần(?!\s+\p{Lu})|CẦN)|phải)\b",
                        regex.IGNORECASE)
# A clause of nothing but a year and a verb before its value: "; đến năm 2025 nâng lên 95%", "; năm 2026 đạt trên 85%".
_ELLIPTIC_LEAD = regex.compile(
    r"""\s* (?: trở \s+ (?:lên|xuống) \s* )?                           # "… đạt 6,75 điểm | trở lên, năm 2026 …"
    (?: và \s+ | ,\s* )? (?: (?i:riêng) \s+ )?                       # "…; riêng năm 2027 phải đạt tối thiểu 32.000 ha"
    (?: (?i: (?:theo\s+|với\s+)? (?:lộ\s+trình|tiến\s+độ|cụ\s+thể) ) \s* :? \s* )?   # "…; lộ trình: năm 2026 đạt không dưới 80%"
    (?: (?:đến|tới|trong|vào) \s+ )? (?: (?:hết|cuối) \s+ )?
    (?: năm \s+ 20\d{2} | giai \s+ đoạn \s+ 20\d{2} \s* [-–] \s* 20\d{2} \s* (?: bình \s+ quân | mỗi \s+ năm | hằng \s+ năm )? )
    (?: \s* : \s*                                                   # "…, cụ thể: năm 2026: 6 câu lạc bộ; năm 2027: 5 …"
      | \s*,?\s*
    (?: (?:sẽ|phải|phấn\s+đấu) \s+ )?                               # "…, giai đoạn 2028 - 2030 bình quân không dưới 5.000 …"
    (?: (?: đạt | nâng\s+lên | tăng\s+lên | giảm\s+xuống(?:\s+còn)? | giảm\s+còn | lên | còn | là | thêm   # "…; hết năm 2026 là 100%"
          | giao | thực\s+hiện | chuyển\s+đổi | trồng(?:\s+mới)? ) \s*   # "…, năm 2024 giao 1.000 ha và năm 2025 …" (585)
        (?: ít\s+nhất | tối\s+thiểu | trên | hơn | từ | dưới | khoảng | không\s+quá | tối\s+đa | không\s+dưới )?
      | ít\s+nhất | tối\s+thiểu | trên | không\s+dưới | không\s+thấp\s+hơn | không\s+quá | tối\s+đa ) )   # "; năm 2025 không dưới 75%"
    \s*""",
    regex.VERBOSE | regex.IGNORECASE,
)
# A clause that opens with its measure, after any list marker: "c) Diện tích cây ăn quả …", "- Tỷ lệ …"
_OPENING_MEASURE = regex.compile(r"[\s\-+•*]*(?:[a-zđ\d]{1,2}[.)]\s*)?(?:(?:đến|trong|vào)\s+(?:hết\s+|cuối\s+)?năm\s+20\d\d\s*,\s*)?(?P<head>tỷ\s+lệ|tỷ\s+trọng|diện\s+tích|sản\s+lượng|giá\s+trị"
                              r"|tổng\s+số\s+(?=\p{L}))\b",   # "tổng số giao dịch … trong các lĩnh vực y tế, giáo dục và chợ đạt …"
                              regex.IGNORECASE)
_CLAUSE_BREAK = regex.compile(r"[;:,]")
_SUMMARY_BOX = regex.compile(r"^[ \t]*(?:Tóm\s+tắt|Tóm\s+lược|Điểm\s+nhấn|Nội\s+dung\s+chính)[ \t]*:?[ \t]*\n(?:[^\n]*\S[^\n]*\n?){1,8}?(?=\n[ \t]*\n|\Z)",
                          regex.MULTILINE | regex.IGNORECASE)
_AS_RULED_AFTER = regex.compile(r"\s+theo\s+(?:đúng\s+)?quy\s+định\b", regex.IGNORECASE)
# "Ca mắc … phải báo cáo … trong 24 giờ theo Thông tư số 54/2015/TT-BYT": a time limit a rule sets (not "sĩ số … không quá 35
# học sinh/lớp theo Thông tư số 28/2020/TT-BGDĐT", a goal kept within a rule)
_TIME_RULED_AFTER = regex.compile(r"\s+theo\s+(?:Thông\s+tư|Nghị\s+định|Luật)\s+(?:số\s+)?\d", regex.IGNORECASE)
_NO_EVENT_BEFORE = regex.compile(r"\bkhông\s+để\s+(?:xảy\s+ra|phát\s+sinh)\b[^,;.]*$", regex.IGNORECASE)
_PURPOSE = regex.compile(r"^[^,;:]*?\s(?:để|nhằm)\s[^;:]*$", regex.IGNORECASE)   # "… 3 tỷ đồng | để trang bị … cho |"
_FOR_GROUP = regex.compile(r"(?i:đối\s+với)\s+(?P<group>[^,;.()]{3,80})")
_TIME_UNITS = frozenset({"ngày", "ngày làm việc", "phút", "giờ", "tháng", "năm", "lần"})
_EVENT_LASTED = regex.compile(r"\b(?:bế\s+mạc|kết\s+thúc|diễn\s+ra|khai\s+mạc)\s+(?:sau\s+|trong\s+)(?:gần\s+|hơn\s+)?$", regex.IGNORECASE)
_FOR_BEFORE = regex.compile(r"\bcho\s+(?:(?:ít\s+nhất|tối\s+thiểu|không\s+dưới|trên|khoảng)\s+)?$", regex.IGNORECASE)
_WHEN_IN_ACTION = regex.compile(r"\s(?:trước|đến|trong|vào|từ)\s+(?:ngày|tháng|năm|quý|\d)", regex.IGNORECASE)
_CAPACITY_BEFORE = regex.compile(r"\b(?P<what>sức\s+chứa|dung\s+tích|công\s+suất\s+phục\s+vụ)\s*$", regex.IGNORECASE)
_TRAILING_AUX = regex.compile(r"(?<=\S)\s+(?:được|đã|sẽ)$")
_TRAILING_AIM = regex.compile(r"\s+(?:phấn\s+đấu|quyết\s+tâm)$", regex.IGNORECASE)   # "Số doanh nghiệp … | phấn đấu (đạt 300 …)"
# The heading of readers' comments, on its own line: "Bình luận (2)", "Bình luận nổi bật", "Ý kiến bạn đọc"
_EXAMPLE_LEAD = regex.compile(r"[\W\d]*(?:Ví\s+dụ|Chẳng\s+hạn|Minh\s+họa)\s*[:,]", regex.IGNORECASE)
_COMMENTS = regex.compile(r"^[ ]*(?:Bình\s+luận(?:\s+nổi\s+bật|\s+mới\s+nhất)?(?:\s*\(\d+\))?|Ý\s+kiến\s+bạn\s+đọc(?:\s*\(\d+\))?"
                       r"|Ý\s+kiến\s*\(\d+\)"   # "Ý kiến (3)" over readers' comments
                       r"|Gửi\s+bình\s+luận|Viết\s+bình\s+luận"
                       # a social post's bar over its comments: "42 bình luận · 18 lượt chia sẻ", "Thích · Bình luận · Chia sẻ"
                       # (or after the reactions' count, cells parted by spaces: "👍❤️ 86    14 bình luận    21 lượt chia sẻ", 581)
                       r"|(?:[^\n\d]{0,6}\d[\d.,]*K?[ ]{2,})?\d[\d.,]*K?\s+bình\s+luận(?:\s*·|[ ]{2,})[^\n]*"
                       r"|Thích\s*·\s*Bình\s+luận\s*·\s*Chia\s+sẻ)[ ]*:?[ ]*[▾▼⌄]?"   # ("▾": a sort menu)
                       r"(?:[ ]{2,}(?:Mới\s+nhất|Cũ\s+nhất|Nhiều\s+thích\s+nhất|Hay\s+nhất|Sắp\s+xếp)[^\n]*)?[ ]*$",   # or its tabs
                       # "Ý kiến bạn đọc (6)      Mới nhất | Nhiều thích nhất" (held-out 799)
                       regex.MULTILINE)
_FOR_SOME = regex.compile(r"\bcho\s+(?:khoảng|ít\s+nhất|tối\s+thiểu|trên|hơn|gần|không\s+dưới)?\s*$", regex.IGNORECASE)
_DASH_NEXT = regex.compile(r"[ \t]+[-–—][ \t]+")
_SLASH_NEXT = regex.compile(r"\s/\s+(?=\S)")   # " / kế hoạch …", " / tỷ lệ …" (not "đồng/người")
_ITEM_LABEL = regex.compile(r"[ \t]*(?:[-+•*]|\p{So}[\uFE0F]*|\d{1,2}[.)]|[a-zđ]\))[ \t]+[^\n:]{3,160}?:(?=[ \t])")   # "- Tiêu chí số 12 về Lao động:"
_RAISED_TOTAL = regex.compile(r",\s*nâng\s+tổng\s+số(?:\s+[^,;\d]{1,40}?)?\s+lên(?:\s+(?:khoảng|ít\s+nhất|tối\s+thiểu|trên|không\s+dưới))?\s*$",
                           regex.IGNORECASE)
_OWNED_BY = regex.compile(r"\s+(?P<owner>(?:do|của|thuộc)\s+\S.*)$", regex.IGNORECASE)   # "hợp tác xã | do phụ nữ làm chủ"
_AT_WHICH_PLACES = regex.compile(r"\b(?:tại|ở|trên)\s+(?:các|những)\s+\S+(?:\s+\S+){0,2}$", regex.IGNORECASE)
_ENDS_OR = regex.compile(r"\shoặc$", regex.IGNORECASE)   # (not "và", which may join the clause's second verb)
_COMPARED_TO = regex.compile(r",?\s*\bso\s+với\b", regex.IGNORECASE)
_AND_ONLY = regex.compile(r"[^,;:()]*\svà\s+", regex.IGNORECASE)   # two items joined by "và": "02 nhà ăn | và | 24 phòng ở", "05 trang trại | bò thịt … và | 01 hợp tác xã"
# A whole handed out to places: "giao cho các xã như sau:", "phân bổ cho từng phường:", "giao chỉ tiêu cụ thể cho các xã:"
_ALLOTTED = regex.compile(r"\b(?:giao|phân\s+bổ|phân\s+khai|phân\s+chia)(?:\s+chỉ\s+tiêu)?(?:\s+cụ\s+thể)?\s+(?:cho|về|tới|đến)\s+"
                       r"(?:các|từng|mỗi)\s+(?:xã|phường|thị\s+trấn|huyện|địa\s+phương|đơn\s+vị|thôn)", regex.IGNORECASE)
_YEAR_AT_END = regex.compile(r"\s+(?:trong\s+|vào\s+)?năm\s+20\d\d$")
_ROADMAP_LABEL = regex.compile(r"(?:theo\s+)?(?:lộ\s+trình|tiến\s+độ|cụ\s+thể)", regex.IGNORECASE)   # names no measure
# Words of a requirement, never of a report: "giảm tối thiểu 5%", "không quá 3%".
_DEMAND = regex.compile(r"\b(?:yêu\s+cầu|chỉ\s+đạo|đề\s+nghị|giao)\b", regex.IGNORECASE)
_REQUIREMENT = regex.compile(r"\b(?:tối\s+thiểu|ít\s+nhất|không\s+dưới|tối\s+đa|không\s+quá|không\s+vượt\s+quá)\b", regex.IGNORECASE)
_GOAL_OF_PLAN = regex.compile(r"\bmục\s+tiêu\b[^.;]{0,40}\b(?:kế\s+hoạch|chương\s+trình|đề\s+án)\b", regex.IGNORECASE)
_NOW_HAS = regex.compile(r"[\W\d]*Hiện\s+(?!đại|thực)[^,.;]{0,50}?\s(?:có|gồm|bố\s+trí|quản\s+lý)\s", regex.IGNORECASE)   # ("Hiện xí nghiệp bố trí 41 điểm tập kết rác": how things stand, held-out 496)
_RATE_NOUN_IN = regex.compile(r"\b(?:tỷ\s+lệ|tỷ\s+trọng)\b", regex.IGNORECASE)
# … from a count in the rate's noun phrase to the rate's own verb, within one clause
_INSIDE_RATE = regex.compile(r"[^,;:()]{0,80}?\s(?:đạt|là|chiếm|ở\s+mức|tăng\s+từ|giảm\s+từ"   # "tỷ lệ hộ … tại (36 bản) … tăng từ 63%"
                             r"|(?:tăng|giảm)(?:\s+thêm)?)"   # "tỷ lệ gia đình thể thao ở 47 xã miền núi tăng ít nhất 3 điểm phần trăm"
                             r"(?:\s+(?:ít\s+nhất|tối\s+thiểu|trên|từ|dưới|không\s+dưới))?\s*", regex.IGNORECASE)
_RATE_LABEL_END = regex.compile(r"[^,;:\n]{0,60}:\s*(?:[<>≥≤]=?\s*)?")
_COMMA_NEXT = regex.compile(r"\s*,")
_ITEM_ENDS = regex.compile(r"\s*(?:[,;]|(?:và|hoặc)\b|$)")   # "năm 2025 là 3,5 triệu con | và năm 2026 …"
_NUMBER_OF = regex.compile(r"\s*(?:tổng\s+)?số\s+(?!lần\b)\p{L}", regex.IGNORECASE)   # "giảm 2% (tổng) số hộ nghèo"
_PART_VERB = regex.compile(r"\b(?:đạt|là|được|tăng|giảm|chiếm|phấn\s+đấu)\b", regex.IGNORECASE)
_ASIDE_AROUND = regex.compile(r"\([^()]*$")   # an open bracket before the value
_DEFINING_ASIDE = regex.compile(r"\p{L}\s*\(\s*(?:bị\s+)?(?:mất|thiệt\s+hại|có|từ|trên|dưới)\b[^()]*$", regex.IGNORECASE)
_ASIDE_STATEMENT = regex.compile(r"\b(?:mới\s+có|hiện\s+có|hiện\s+nay|đã\s+có|hiện\s+đạt|mới\s+đạt"
                               r"|định\s+mức"
                               r"|toàn\s+(?:tỉnh|thành\s+phố|huyện|xã|phường)\s+có)\b",   # "(toàn tỉnh có 126 cơ sở)"
                               regex.IGNORECASE)   # "(định mức 01 hộp 180 ml/ngày học, không quá 175 ngày/năm học)"
# "Số trẻ em bị tai nạn, thương tích (năm 2025: 19 trường hợp) không quá 15 trường hợp": the figure in brackets is
# where the measure stands; the goal is the figure after them
_BASELINE_ASIDE = regex.compile(r"\(\s*(?:(?:kết\s+quả\s+|thực\s+hiện\s+)?năm\s+20\d\d|hiện\s+nay|hiện\s+tại)?\s*(?::|là|có|đạt)?\s*$",
                             regex.IGNORECASE)   # (also a bare bracket: "Hộ gia đình … văn hóa: trên 92% (91%)", last year's
                                                 # figure beside this year's goal, held-out 466)
_BASELINE_YEAR = regex.compile(r"\(\s*(?:(?:kết\s+quả|thực\s+hiện)\s+)?năm\s+20\d\d\s*(?::|(?:là|có|đạt|mới|chỉ|đã)\b)",
                            regex.IGNORECASE)   # "(năm 2025: 87,4%)", "(năm 2025 mới triển khai thí điểm)"
_BARE_YEAR_ASIDE = regex.compile(r"\(\s*năm\s+20\d\d\s*\)", regex.IGNORECASE)   # "(năm 2025)"
_YEAR_FIGURE_ASIDE = regex.compile(r"\(\s*(?:(?:kết\s+quả|thực\s+hiện)\s+)?năm\s+20\d\d\s*:\s*[\d.,]+[^;()\n]*\)",
                                regex.IGNORECASE)   # (one figure: not "(năm 2026: 5 đường ngang; năm 2027: 7 …)", a split)
_VALUE_ENDS = regex.compile(r"(?:[\d%‰]|trở\s+(?:lên|xuống)|\d[ \t]*\p{L}{1,6})\s*$", regex.IGNORECASE)   # "> 90% (…)", "từ 90% trở
                                                                                   # lên (…)", "dưới 100 ha (năm 2022 là …)"
_GOAL_AFTER_ASIDE = regex.compile(r"[^()]{0,12}\)\s*(?:không\s+(?:quá|vượt\s+quá|dưới)|tối\s+(?:đa|thiểu)|ít\s+nhất|dưới|trên"
                               r"|(?:giảm|tăng)(?:\s+(?:xuống|lên))?|xuống|lên|còn)\b", regex.IGNORECASE)
_COMMA_NOUN = regex.compile(r"\s*(?:,|\bvà\b)\s*[^\d,;:()]{2,40}?\s*")   # (or the last part: "… và đường trục chính nội đồng 7 km")
# A part set apart or the whole after a comma ("…, riêng cơ sở …", "…, toàn xã có …"), a count "với không dưới …":
# _SET_APART finds one ending the text before a value, _APART_IN one inside the text after a value.
_APART_WORDS = r"[,;]\s*(?:riêng|toàn\s+(?:xã|huyện|tỉnh|thành\s+phố)\s+(?:có|đạt))\b"
_WITH_FLOOR = r"với\s*(?:(?:không\s+dưới|ít\s+nhất|tối\s+thiểu|trên|hơn)\s*)?$"   # "120 tổ với không dưới 1.500 hộ", "18 lớp với 612 học sinh"
_SET_APART = regex.compile(rf"{_APART_WORDS}[^;]*$|\b{_WITH_FLOOR}", regex.IGNORECASE)
_WITH_FLOOR_END = regex.compile(rf"\b{_WITH_FLOOR}", regex.IGNORECASE)
_APART_IN = regex.compile(rf"\s*{_APART_WORDS}|\s+{_WITH_FLOOR}", regex.IGNORECASE)
# Where the next item of a yearly list begins: "…, năm 2026 thành lập thêm (40 tổ)", "…, đến năm 2030 có (50 điểm)"
_NEXT_YEAR_ITEM = regex.compile(r"(?:^\s*(?:và\s+)?|\s*,\s*(?:và\s+)?|\s+và\s+)(?:(?:đến|trong|vào|tới)\s+(?:hết\s+|cuối\s+)?)?năm\s+20\d\d\b.*$", regex.IGNORECASE | regex.DOTALL)
_OPEN_END = regex.compile(r"\b(?:có|thêm|đạt|tối\s+thiểu|ít\s+nhất|trên|hơn|không\s+dưới|khoảng)\s*$", regex.IGNORECASE)   # "… có tối thiểu"
_YEAR_NAMED = regex.compile(r"\bnăm\s+(20\d\d)\b(?!\s*[-–])", regex.IGNORECASE)   # "năm 2025", not "giai đoạn 2022 - 2025"
_DONE_WORD = regex.compile(r"\b(?:đã|được|đạt|còn)\b", regex.IGNORECASE)
_DEADLINE_AT_END = regex.compile(r"(?<=\S)\s+(?:(?:đến|trong|vào)\s+)?(?:hết\s+|cuối\s+)?năm\s+(?P<y>20\d\d)$", regex.IGNORECASE)
_PLURAL_MARK = regex.compile(r"^(?:các|những|mọi)\s+", regex.IGNORECASE)
_SET_APART_TOPIC = regex.compile(r"(?:^|(?<=[.;:\n])\s*)(?:Riêng|Đối\s+với)\s+(?P<topic>[^,;.:\n]{3,80}),[^.;:\n]*$",
                              regex.IGNORECASE)   # "Riêng rừng phòng hộ đầu nguồn khe Thơi, (đến năm 2027 …)"
_RIENG = regex.compile(r"(?:^|[,;]\s*)riêng\b\s*", regex.IGNORECASE)
_AND = regex.compile(r"\bvà\b")
# "…, nước sinh hoạt phân tán cho (ít nhất)": the lead of the next item
_LEADS_NEXT = regex.compile(r"\b(?:cho|của|với|tại)(?:\s+(?:ít\s+nhất|tối\s+thiểu|khoảng|trên|hơn|gần|không\s+dưới))?\s*$",
                         regex.IGNORECASE)
_NEW_MEASURE = regex.compile(r"\s*[,;]\s*(?:sản\s+lượng|diện\s+tích|tổng|giá\s+trị(?!\s+gia\s+tăng)|kim\s+ngạch|năng\s+suất|doanh\s+thu|thu\s+nhập"
                          # "…, nâng diện tích được chứng nhận lên 4.500 ha": a measure raised anew
                          r"|nâng\s+(?:tổng\s+)?(?:số|diện\s+tích|sản\s+lượng|tỷ\s+lệ|giá\s+trị))\b", regex.IGNORECASE)
# "80 dự án đầu tư thứ cấp | với tổng vốn đăng ký (9.600 tỷ đồng)": the measure a count before comes with (held-out 615;
# with no count before, the measure is of the noun: "đầu tư thêm kho lạnh với tổng dung tích (120.000 m³)")
_SIZE_NOUNS = r"dung\s+tích|công\s+suất|diện\s+tích|chiều\s+dài|quy\s+mô"   # what "với (tổng) …" gives a count's size in
_REGISTERED_CAPITAL = r"vốn\s+(?:đầu\s+tư\s+)?đăng\s+ký"
_WITH_NEW_MEASURE = regex.compile(rf"\s+với\s+(?=(?:tổng\s+)?(?:số\s+)?(?:{_SIZE_NOUNS}|{_REGISTERED_CAPITAL})\b)",
                               regex.IGNORECASE)
# The head of a measured noun, opening each subject of a "lần lượt" list.
_MEASURE_HEADS = r"tỷ\s+lệ|tỷ\s+trọng|tỷ\s+suất|số|tổng|diện\s+tích|sản\s+lượng|giá\s+trị"
_RATE_HEAD = regex.compile(rf"\s*(?:{_MEASURE_HEADS})\b", regex.IGNORECASE)
_RATE_LIST = regex.compile(rf"(?:,\s*|\s+và\s+)(?=(?:{_MEASURE_HEADS})\b(?!\s+gia\s+tăng))", regex.IGNORECASE)   # (not "sản phẩm chế
                                                                                          # biến sâu, giá trị gia tăng")
_RESPECTIVELY = regex.compile(r"\b(?:lần\s+lượt|tương\s+ứng)\b", regex.IGNORECASE)
_BARE_YEAR = regex.compile(r"(?<![\d/:.\-–])\b20\d\d\b(?![\d/]|\s*[-–]\s*20\d\d)(?<!(?:[-–]\s*)20\d\d)")   # not "2021-2025", "2018/BYT"
_SHARE_OF_PLAN = regex.compile(r"\s*(?:so\s+với\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|dự\s+toán)\b", regex.IGNORECASE)
# "được giới thiệu, giao dịch …", "được tiếp nhận, giải quyết …": a passive verb a comma joins to the next one
_PASSIVE_END = regex.compile(r"\bđược(?:\s+\w+){1,3}(?:\s*,\s*\w+(?:\s+\w+)?)*$", regex.IGNORECASE)   # "được đo đạc, báo cáo"
# "giảm tỷ lệ hộ nghèo còn 7,34%": the verb that opens the phrase is no part of the subject.
# A verb of change whose object is a rate: what stands before it acts, the rate is the subject.
_VERB_THEN_RATE = regex.compile(r"\b(?:giảm|tăng|nâng|hạ|kéo(?:\s+giảm)?|đưa|giữ(?:\s+vững|\s+ổn\s+định)?|rút(?:\s+ngắn)?|khống\s+chế|kiềm\s+chế)\s+"
                                r"(?=(?:tỷ\s+lệ|tỷ\s+số|tỷ\s+trọng|tốc\s+độ|chỉ\s+số|thời\s+gian)\b)", regex.IGNORECASE)   # "… và rút thời gian giải phóng tàu (xuống tối đa 36 giờ)"
_LEADING_VERB = regex.compile(r"^(?:giảm|tăng(?!\s+trưởng)|nâng(?!\s+cấp)|hạ|đưa|kéo\s+giảm|vận\s+động|huy\s+động|mở\s+rộng|bố\s+trí|phát\s+triển(?:\s+(?:mới|thêm))?(?=\s*$)"
                              r"|chuyển\s+đổi(?:\s+(?:được|thêm))?(?=\s*$)"   # "(Giai đoạn 2025 - 2027) chuyển đổi (650 ha đất lúa …)"
                              r"|duy\s+trì(?:\s+ổn\s+định)?"
                              r"|(?:(?:kiên\s+cố|cứng|bê\s+tông|nhựa)\s+hóa|nâng\s+cấp|cải\s+tạo|trồng)(?:\s+(?:mới|được|thêm|đủ|lại|bổ\s+sung))?)"
                              r"(?:\s+|$)",   # "tỉnh kiên cố hóa kênh mương …", "toàn tỉnh trồng được (31.260 ha rừng)", "trồng lại (120 ha rừng)"
                              regex.IGNORECASE)
# Words that look like goal words and are not: a goal reached ("vượt mục tiêu giai đoạn", "đạt mục
# tiêu đề ra") and the name of the national programme ("Chương trình mục tiêu quốc gia").
_NOT_GOAL_WORDS = regex.compile(
    r"\b(?:(?:vượt|đạt|hoàn\s+thành|so\s+với)\s+(?:các\s+)?mục\s+tiêu(?:\s+đề\s+ra)?|mục\s+tiêu\s+quốc\s+gia"
    r"|(?:huyết\s+áp|đường\s+huyết|HbA1c|cân\s+nặng|chiều\s+cao)\s+mục\s+tiêu)",   # "đạt huyết áp mục tiêu": a clinical term
    regex.IGNORECASE,
)


# "vẫn phải thuê trọ", "đã phải sơ tán"; "phải thẳng thắn nhìn nhận: … mới đạt 29,5%" (an admission, no goal)
_STILL = regex.compile(r"\b(?:vẫn|đã)\s+(?:còn\s+)?phải\b|\bphải\s+(?:thẳng\s+thắn\s+)?(?:nhìn\s+nhận|thừa\s+nhận)\b",
                    regex.IGNORECASE)


def _goal_text(s: str) -> str:
    """``s`` without the phrases that only look like goal words."""
    low = s.lower()
    if "cần" in low:
        s = _NEEDING.sub(" ", s)   # "93,7% diện tích cần cấp": the area that needs it, no goal
    if "vẫn" in low or "đã" in low or "nhận" in low:
        s = _STILL.sub(" ", s)   # "72% công nhân vẫn phải thuê trọ", "đã phải sơ tán 46 hộ": how things are or were
    if "trở" in low:
        s = _GRADED_ATTRIBUTE.sub(" ", s)   # "3.115 tàu có chiều dài từ 15 m trở lên": which boats, no goal (held-out 503)
    return _NOT_GOAL_WORDS.sub(" ", s) if "mục tiêu" in low else s


_GRADED_ATTRIBUTE = regex.compile(r"\b(?:có\s+)?(?:chiều\s+dài|công\s+suất|quy\s+mô|dung\s+tích|tải\s+trọng|độ\s+tuổi|tuổi)"
                               r"\s+(?:từ\s+)?[\d.,]+\s*\S{0,6}\s+trở\s+(?:lên|xuống)\b"
                               r"|\btừ\s+\d{1,3}\s+tuổi\s+trở\s+(?:lên|xuống)\b", regex.IGNORECASE)   # "611 người từ 80 tuổi trở lên" (586)
# "diện tích cần cấp", "số hộ cần hỗ trợ": "cần" that says which units are meant
_NEEDING = regex.compile(r"\b(?:diện\s+tích|số|hộ|đối\s+tượng|trường\s+hợp|khối\s+lượng|hồ\s+sơ)\s+cần\b", regex.IGNORECASE)
# A photo caption: "Hơn 300 đoàn viên … tại xã Đức Lạng. Ảnh: Hồng Nhung", "… (Ảnh: T.SỸ)", "Ảnh: Lễ ra quân …".
# It shows what happened; a figure in it is no goal.
_CAPTION = regex.compile(r"(?:^|[.!)]\s+|\(\s*|\s[-–]\s+)(?:Ảnh|Ảnh\s+minh\s+họa|Nguồn\s+ảnh)\s*:[^\n]{0,60}\)?\s*$|^\s*Ảnh\s*:")
# "Đầu năm 2025, toàn huyện còn 4.318 hộ nghèo": where a plan starts from (not "so với đầu năm", "từ đầu năm").
_REPORTING_WORDS = (r"đến\s+nay|hiện\s+nay|tính\s+đến|so\s+với\s+cùng\s+kỳ|ước\s+đạt|ước\s+tính|lũy\s+kế"
                    # "đàn bò sữa hữu cơ hiện đạt 4.600 con"; not an aside "(hiện có 9 sản phẩm)"
                    r"|(?<!(?:thực|xuất|thể|phát|hiển)\s)(?<!\(\s*)hiện\s+(?:đạt|có|là|chỉ)(?!\s*(?:[,.;)]|$))"   # not "đường băng hiện có,": existing
                    # (nor at a clause's end: "mở rộng 22 công trình hiện có; …", held-out 846)
                    r"|(?<!(?:so\s+với|từ)\s+)đầu\s+năm\s+20\d\d"
                    r"|vẫn")   # "Gần 72% công nhân vẫn phải thuê trọ", "95% người dân vẫn "khát" nước sạch": how things still are
_STRONG_RESULT = regex.compile(rf"\b(?:đã|{_REPORTING_WORDS})\b", regex.IGNORECASE)
# … without "đã", which under a goals heading qualifies a noun ("60% chợ xã đã xuống cấp"); with "trước khi (sắp xếp)"
_LAST_GOAL_INTRO = regex.compile(r"\b(?:với|có|đặt|đề\s+ra|nhằm)\s+mục\s+tiêu\s+(?:là\s+)?(?!.*\bmục\s+tiêu\b)",
                              regex.IGNORECASE)
# ("Đến nay, 100% cán bộ … được cấp máy tính; …. 100% hồ sơ … được tiếp nhận …": so are the paragraph's later sentences)
_REPORTED_PARAGRAPH = regex.compile(r"[\W\d]*(?:Theo\s+báo\s+cáo|Báo\s+cáo\s+(?:của|tại)|Theo\s+số\s+liệu|Số\s+liệu\s+thống\s+kê"
                                 r"|Đến\s+nay|Tính\s+đến|Qua\s+(?:\d+|hai|ba|bốn|năm)\s+năm"   # "Qua 5 năm, toàn tỉnh đã …"
                                 # "Thị trấn có diện tích tự nhiên 23,46 km², dân số …": a place described as it is
                                 r"|[^.;\n]{0,60}?\bcó\s+(?:tổng\s+)?diện\s+tích\s+tự\s+nhiên)\b",
                                 regex.IGNORECASE)
# ("trước khi sắp xếp": the figures of the units before the merger; not "khám sức khỏe trước khi kết hôn")
_REPORTING = regex.compile(rf"\b(?:{_REPORTING_WORDS}|trước\s+khi\s+(?:sắp\s+xếp|sáp\s+nhập|hợp\s+nhất))\b", regex.IGNORECASE)
# What qualifies the previous item, not a subject of its own: "70% đối với cấp huyện".
# "… tăng ít nhất 8% so với năm 2023, đạt trên 51,6 triệu đồng/người/năm": a baseline is no subject either.
_QUALIFIER = regex.compile(r"(?:đối\s+với|tại|ở|(?:trong|vào|đến|từ)\s+(?:(?:cuối|hết|đầu)\s+)?năm|năm\s+20\d\d|so\s+với"
                           r"|(?:trong|vào|đến|hết)\s+(?:quý\s+[IV]{1,3}|tháng\s+\d{1,2})"   # "…, 60% trong quý III và 70% …"
                           r"|cả\s+năm|(?:6|sáu)\s+tháng\s+cuối\s+năm)\b",   # "…, phấn đấu cả năm (không dưới 2.350 tấn)"
                           regex.IGNORECASE)   # "… đạt trên 72% vào cuối năm 2025 và (phấn đấu đạt) 78%"
# A verb with no noun: the item shares the subject before ("… và đến năm 2025 giữ ổn định ở mức 73,8%").
_VERB_ONLY = regex.compile(r"(?:giữ(?:\s+vững|\s+ổn\s+định|\s+nguyên)?|duy\s+trì(?:\s+ổn\s+định)?|ổn\s+định|nâng(?:\s+lên)?"
                           r"|(?:cả\s+năm\s+)?(?:đạt|tăng|giảm|vượt|hoàn\s+thành|về\s+đích))(?:\s+(?:ở\s+)?mức)?", regex.IGNORECASE)   # "… đạt 60% trước ngày 30/6/2026 và hoàn thành 100% …"
# "90% cấp huyện" after "100% hồ sơ công việc cấp tỉnh": a level alone, for the noun of the item before
_WHERE_IN = regex.compile(r"(?:^|\s)(?:tại|ở)\s", regex.IGNORECASE)   # "có đất bị thu hồi | tại xã Toàn Thắng"
_NAMED_PLACES = regex.compile(r"(?:(?:thành\s+phố|thị\s+xã|thị\s+trấn|huyện|quận|xã|phường)\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*"
                            r"(?:\s*,\s*|\s+và\s+|\s*$))+(?:và)?", regex.IGNORECASE)
_WHERE_AFTER = regex.compile(r"(?:tại|ở|trên(?!\s*\d))\s", regex.IGNORECASE)   # "… không dưới 90% | tại các tuyến liên thôn"
_BARE_LEVEL = regex.compile(rf"(?:cấp|tuyến)\s+(?:{_LEVEL_NAMES})", regex.IGNORECASE)   # "cấp huyện", "tuyến huyện" (health)
_LEVEL_AT_END = regex.compile(rf"\b(?:cấp|tuyến)\s+(?:{_LEVEL_NAMES})$", regex.IGNORECASE)
# A level named with its units: "ở cấp xã, thị trấn", "cấp huyện, thị xã", "tại cấp xã, phường, thị trấn"
_UNIT_NAMES = r"tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu|thôn|tổ\s+dân\s+phố"
_LEVEL_PHRASE = regex.compile(rf"(?:(?:ở|tại|đối\s+với)\s+)?(?:cấp|tuyến)\s+(?:{_UNIT_NAMES})"
                              rf"(?:\s*(?:,|và)\s*(?:cấp\s+)?(?:{_UNIT_NAMES}))*", regex.IGNORECASE)
# A label, a year and the label's verb again: "Chỉnh lý tài liệu tồn đọng: năm 2024 chỉnh lý"
_LABEL_YEAR_VERB = regex.compile(r"(?P<label>[^:]{3,80}):\s*(?:(?:đến\s+)?(?:hết\s+)?năm\s+20\d\d|giai\s+đoạn\s+20\d\d\s*[-–]\s*20\d\d)"
                              r"\s*,?\s*(?P<verb>\S+(?:\s+\S+)?)", regex.IGNORECASE)
# A place as a list item: "xã Phương Bình", "các huyện miền núi", "khu vực nông thôn", "vùng đồng bào dân tộc thiểu số"
_PLACE_ITEM = regex.compile(rf"(?:(?:các|những)\s+)?(?:{_UNIT_NAMES}|khu\s+vực|vùng|địa\s+bàn)\s+(?:(?-i:\p{{Lu}})\S*(?:\s+(?-i:\p{{Lu}})\S*){{0,4}}"
                         r"|(?:miền\s+núi|vùng\s+cao|vùng\s+sâu|ven\s+biển|đồng\s+bằng|biên\s+giới|nông\s+thôn|thành\s+thị|đô\s+thị|nội\s+thành|ngoại\s+thành)"
                         r"(?:\s+\p{Ll}+){0,4})", regex.IGNORECASE)
# … and the measure a list's lead-in names before its colon: "Giao chỉ tiêu | diện tích chuyển đổi | cho các xã …:"
_MEASURE_NAMED = regex.compile(r"\b(?:diện\s+tích|sản\s+lượng|tỷ\s+lệ|năng\s+suất|vùng\s+phủ|chiều\s+dài|số\s+lượng)"
                            r"(?:\s+(?!(?:cho|của|tại|ở|như|đối|các|trên|năm)\b)[\p{Ll}\p{M}]+){0,4}", regex.IGNORECASE)
# "… toàn tỉnh"; "… của huyện Ninh Phước" before "huyện Thuận Nam đạt 62%" (held-out 535): the place the first figure is of
_PLACE_THEN_VERB = regex.compile(rf"(?:(?:và|,)\s*)?(?:{_PLACE_ITEM.pattern})\s*(?:đạt|là|có)?", regex.IGNORECASE)
_WHOLE_PLACE = regex.compile(rf"\s+(?:toàn|cả)\s+(?:tỉnh|huyện|xã|thành\s+phố|phường)$"
                             rf"|(?:\s+(?:của|tại|ở))?\s+(?:{_UNIT_NAMES})\s+(?-i:\p{{Lu}})\S*(?:\s+(?-i:\p{{Lu}})\S*){{0,4}}$", regex.IGNORECASE)
# A later year's part of a measure right before its value: "…, năm 2027 là (450 ha)", "…, các năm 2028 - 2030 mỗi năm trên
# (500 ha)"; as a list item's opening, a later phase's too: "…, đợt 2 trong quý II tại (13 tổ dân phố)"
_YEARS_PART = (r"(?:các\s+)?năm\s+20\d\d(?:\s*[-–]\s*20\d\d)?\s*(?:là|:|mỗi\s+năm)?\s*"
               r"(?:trên|dưới|ít\s+nhất|tối\s+thiểu|khoảng|không\s+dưới)?\s*")
_YEARS_PART_OPENS = regex.compile(rf"[,;]\s*(?:đợt\s+\d+\b[^,;\d]{{0,40}}?(?:tại\s+)?$|{_YEARS_PART}$)", regex.IGNORECASE)
_YEARS_PART_BEFORE = regex.compile(rf"\s*[,;]\s*{_YEARS_PART}", regex.IGNORECASE)
# Each place alone: "trong đó mỗi xã", "mỗi thôn, tổ dân phố"
_EACH_PLACE = regex.compile(rf"(?:trong\s+đó\s+)?mỗi\s+(?:{_UNIT_NAMES}|ấp|bản|khu\s+phố)(?:\s*,\s*(?:{_UNIT_NAMES}))?", regex.IGNORECASE)
# A school level: "cấp tiểu học", "bậc THCS", "ở cấp trung học cơ sở"
_SCHOOL_LEVEL = regex.compile(rf"(?:(?:ở|tại|đối\s+với)\s+)?(?:cấp|bậc)\s+(?:{_SCHOOL_LEVEL_NAMES}|(?-i:THCS|THPT))",
                           regex.IGNORECASE)
_SCHOOL_LEVEL_END = regex.compile(rf"(?<!\w)(?:{_SCHOOL_LEVEL.pattern})$", regex.IGNORECASE)
_LEVEL_PHRASE_END = regex.compile(rf"(?<!\w)(?:{_LEVEL_PHRASE.pattern})$", regex.IGNORECASE)   # "… cấp quận, huyện"
# Whose authority ends a noun and goes with its level: "tỷ lệ giải quyết khiếu nại … thuộc thẩm quyền | của Chủ tịch UBND huyện"
_OWNER_AT_END = regex.compile(r"\s+của\s+(?:Chủ\s+tịch\s+)?(?:UBND|Ủy\s+ban\s+nhân\s+dân|HĐND)\s+(?:cấp\s+)?"
                              rf"(?:{_UNIT_NAMES})(?:\s+(?-i:\p{{Lu}})[\p{{L}}\p{{M}}]*)*$", regex.IGNORECASE)


def _noun_before(text: str, start: int, at: int) -> Optional[str]:
    """The measure the text names before a value, without its verb and comparator ("Tỷ lệ hồ sơ … đạt (không dưới)")."""
    named = _clean(_LEAD_VERB.sub("", _strip_comparator(text[start:at], _patterns()[1]).strip()))
    named = _strip_openers(named)
    return named if named and _RATE_HEAD.match(named) else None


_IN_BRACKET = regex.compile(r"\(\s*(?:ít\s+nhất|tối\s+thiểu|không\s+dưới|trên|dưới|tối\s+đa|không\s+quá|khoảng|hơn)?\s*$",
                         regex.IGNORECASE)
_PLACE_CUT = regex.compile(r"\s+(?:tại|ở)\s+|\s*,\s*", regex.IGNORECASE)


def _named_before_bracket(text: str, item, start: int) -> Optional[str]:
    """The noun a bracketed count names before its bracket: "camera phạt nguội tại nút giao (ít nhất 60 camera)" →
    "camera phạt nguội"; None when the count is not alone in brackets or its noun is not named before them."""
    opened = _IN_BRACKET.search(text, max(start, item.val.start - 20), item.val.start)
    if opened is None:
        return None
    head = item.val.unit.split("/")[0]
    before = text[max(start, opened.start() - 150):opened.start()]
    at = before.lower().rfind(head.lower())
    if at < 0 or (at > 0 and before[at - 1].isalpha()):
        return None
    if (count := _COUNT_WORD_END.search(before, 0, at)) is not None:
        at = count.start()   # "(tổng) số trường hợp …"
    named = _PLACE_CUT.split(before[at:].strip(), 1)[0]
    return _clean(named) or None


_COUNT_WORD_END = regex.compile(r"(?:tổng\s+)?số\s+$", regex.IGNORECASE)


def _label_noun(text: str, start: int, at: int) -> Optional[str]:
    """The noun of a label that ends just before a value: "Cán bộ chống lao được tập huấn phác đồ mới: (100%) tuyến tỉnh"
    names "Cán bộ chống lao", without what is said of it."""
    label = _LINE_LABEL.fullmatch(text, start, at)
    if label is None:
        return None
    noun, _ = _predicate_split(_clean(label.group("label")))
    return noun or None


_LABEL_LINE_ABOVE = regex.compile(r"(?P<label>[^\n:]{5,120}):[ \t]*\n[ \t]*$")


def _label_line_above(text: str, start: int) -> Optional[str]:
    """The noun of a label on the line above a line of levels: "Cơ sở khám, chữa bệnh dùng căn cước thay thẻ BHYT:" over
    "tuyến tỉnh 100% - tuyến huyện 100% - …" names "Cơ sở khám, chữa bệnh" (held-out 567)."""
    label = _LABEL_LINE_ABOVE.search(text, max(0, start - 130), start)
    if label is None:
        return None
    noun, _ = _predicate_split(_clean(label.group("label")))
    return noun or None


def _at_level(noun: str, level: str) -> str:
    """The noun of the item before, at the level this item names alone: "hồ sơ … cấp tỉnh" at "cấp huyện" is "hồ sơ …
    cấp huyện"; "tỷ lệ giải quyết khiếu nại … của Chủ tịch UBND huyện" at "ở cấp xã, thị trấn" is "tỷ lệ giải quyết
    khiếu nại … ở cấp xã, thị trấn"."""
    if ((lv := _LEVEL_PHRASE_END.search(noun)) or (lv := _LEVEL_AT_END.search(noun))
            or (len(caps := list(_CAP.finditer(noun))) == 1 and (lv := caps[0]))):
        return noun[:lv.start()] + level + noun[lv.end():]
    if (owner := _OWNER_AT_END.search(noun)) is not None:
        noun = noun[:owner.start()]
    return f"{noun} {level}"


_APPROXIMATELY = regex.compile(r"\b(?:khoảng|xấp\s+xỉ|gần|chừng)\s*$", regex.IGNORECASE | regex.REVERSE)
_YEAR_IS = regex.compile(r"\bnăm\s+20\d\d\s+là\s*$", regex.IGNORECASE | regex.REVERSE)   # "…, năm 2025 là (850 ha)": that year's own figure
# "đạt chuẩn nông thôn mới, gồm: Đà Vị, Trung Hà …": the enumeration is no part of the action.
_ENUMERATION = regex.compile(r",?\s*\b(?:gồm|bao\s+gồm|cụ\s+thể\s+là)\s*:", regex.IGNORECASE)
# "xã nông thôn mới" and "xã nông thôn mới nâng cao" are two goals, however alike the rest reads; grades are
# phrases: "Thông tin và Truyền thông" is no "thông minh".
_GRADES = regex.compile(r"\b(?:nâng\s+cao|kiểu\s+mẫu|thông\s+minh)\b", regex.IGNORECASE)
_DENOMINATOR = regex.compile(r"\s*(?:trên\s+(?=tổng\s))?(?:dân\s+số|tổng\s+số|tổng\s+(?:khối\s+)?lượng|tổng\s+diện\s+tích|tổng\s+đàn|tổng\s+thu|số\s+dân|kế\s+hoạch|dự\s+toán|cùng\s+kỳ|GRDP|GDP|tổng\s+sản\s+phẩm"
                          r"|tổng\s+(?:dư\s+nợ|vốn|chi|nguồn\s+vốn|giá\s+trị|kim\s+ngạch|mức)|diện\s+tích\s+gieo\s+(?:trồng|cấy))\b",   # "dưới 0,1% tổng dư nợ", "0,5% diện tích gieo trồng"
                            regex.IGNORECASE)   # "thiệt hại về kinh tế không vượt quá 1% GRDP của tỉnh"
_WHOLE_AMOUNT = regex.compile(r"tổng\s+(?:mức|lượng|khối\s+lượng)\s+\p{L}", regex.IGNORECASE)
_WHOLE_HERD = regex.compile(r"tổng\s+đàn\s+\p{L}", regex.IGNORECASE)   # "80% | tổng đàn chó, mèo" (not a bare "tổng đàn, …")
_ALL_OF = regex.compile(r"(?P<scope>\b(?:trên|ở|tại|của|cho|với|trong|về|giảm|tăng)\s+)?\bcả\s+$", regex.IGNORECASE)
# ("rau đậu các loại 2.700 ha": of all kinds, then the figure)
_MODIFIER_BEFORE = regex.compile(r"\b(?:mô\s+hình|(?<!\bcác\s)loại|hạng|dạng|kiểu|thứ|(?<!\bmỗi\s)lớp|khối|cấp\s+độ|mức\s+độ|Ban\s+Chỉ\s+đạo|BCĐ)\s+$", regex.IGNORECASE | regex.REVERSE)   # "Ban Chỉ đạo 389 tỉnh": a name
# A share that grades a noun: "xe quá tải (từ 50%) trở lên", "diện tích thiệt hại (trên 70%)" (not "giảm thiệt hại 30%")
_DEGREE_BEFORE = regex.compile(r"(?<!\b(?:giảm|hạn\s+chế|khắc\s+phục)\s)\b(?:quá\s+tải|thiệt\s+hại|hư\s+hỏng)\s+(?:trên|từ|dưới|hơn)\s+$",
                            regex.IGNORECASE | regex.REVERSE)
_OF_BEFORE = regex.compile(r"\bcủa\s+(?:các\s+)?$", regex.IGNORECASE | regex.REVERSE)
_SENT_TO = regex.compile(r"\b(?:gửi|gởi)\s+(?:đến|tới|về|cho)\s+[^.;:]*$", regex.IGNORECASE | regex.REVERSE)
_UNITS_REACHING_RATE = regex.compile(r"\s*(?:số\s+)?(?:xã|phường|huyện|thôn|bản|trường|cơ\s+sở|đơn\s+vị|địa\s+phương)\b[^;:]{0,20}?"
                                  r"\s(?:đạt|có)\s+(?:tỷ|tỉ)\s+lệ\b[^;:]{0,80}$", regex.IGNORECASE)
_PLACES_BY_SHARE = regex.compile(r"\b(?:tại|ở|đối\s+với)\s+(?:các|những)\s+(?:xã|phường|huyện|thôn|bản|trường|địa\s+phương|đơn\s+vị|cơ\s+sở)"
                              r"[^;:.]{0,30}?\s+có\s+(?:tỷ|tỉ)\s+lệ\b[^;:.]{0,60}?\s*$", regex.IGNORECASE)
_SCOPE_BEFORE = regex.compile(r"\bđối\s+với\s+$", regex.IGNORECASE | regex.REVERSE)
_AFTER_COMPARATOR = regex.compile(r"\btrở\s+(?:lên|xuống)\b", regex.IGNORECASE)
_SUB_LIST = regex.compile(r"\btrong\s+đó\b", regex.IGNORECASE)
# After the start of a change: "(từ 41,2%) (năm 2023) xuống còn 36%", "(từ 62%) lên 75%"
# ("từ 5,1% năm 2021 xuống 1,9% năm 2025": the start's year without brackets)
_FROM_TO = (r"\s*(?:\(\s*(?:năm\s+)?(?P<year>20\d\d)\s*\)\s*|(?:vào\s+)?(?:cuối\s+|đầu\s+)?năm\s+(?P<year>20\d\d)\s*,?\s*"
            r"|(?:hiện\s+nay|hiện\s+tại)\s+"   # "từ 52% hiện nay nâng lên 70%"
            r"|(?:trong|theo|của)\s+(?:kế\s+hoạch|giai\s+đoạn)\s+(?:trước|cũ)\s+)?"   # "từ 50% trong kế hoạch trước lên 100%"
            r"(?:nâng\s+|giảm\s+|tăng\s+)?(?:xuống|lên)\s+(?:còn\s+|mức\s+)?"
            r"(?:dưới\s+|trên\s+|ít\s+nhất\s+|tối\s+thiểu\s+|khoảng\s+|không\s+quá\s+|tối\s+đa\s+)?")   # "từ 61% lên ít nhất 80%"
_FROM_TO_AFTER = regex.compile(_FROM_TO + r"\d", regex.IGNORECASE)
_REACHED_BEFORE = regex.compile(_FROM_TO, regex.IGNORECASE)   # what stands between the start and the figure reached
# A year set apart: "có thêm 1.500 hộ kinh doanh chuyển đổi …, riêng năm 2025 là 120 hộ" (the same goal, that year)
_YEAR_SET_APART = r"[,;]\s*riêng\s+(?:trong\s+)?năm\s+20\d\d\b"
_YEAR_APART = regex.compile(rf"{_YEAR_SET_APART}\s*(?:là|đạt|có)?\s*$", regex.IGNORECASE)
# … a bare label after "và" (no verb, year or comparator: not "… và năm 2025 có thêm", "… và tỷ lệ dân số … không thấp hơn")
_BREAKDOWN_WORD = regex.compile(r"\b(?:bao\s+)?gồm\b", regex.IGNORECASE)
_DEMONSTRATIVE = regex.compile(r"(?:này|đó|ấy|trên)\b", regex.IGNORECASE)
_FOOTNOTE_MARK = regex.compile(r"^(?:\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)")
_FOOTNOTE_STARTS = frozenset("[¹²³⁴⁵⁶⁷⁸⁹⁰")
_JOIN_LABEL = regex.compile(r"\s*(?:và|hoặc)\s+(?!.*\b(?:năm|có|đạt|là|giảm|tăng|được|không|trên|dưới|từ|tối|ít|đến)\b)"
                         r"[\p{L}\s-]{2,60}", regex.IGNORECASE)
_SHARE_IS = regex.compile(r"\s*là\s+(?=(?-i:\p{Ll}))(?!(?:do|vì|nhằm|để|rất|khá|quá|cao|thấp|mức|một)\b)", regex.IGNORECASE)
# A part labelled before its count: "…, trong đó cấp mầm non | 980 camera, cấp tiểu học | 760 camera và cấp THCS | 470 camera"
_PART_LABEL = r"(?P<label>(?:cấp|bậc|khối|hệ)\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,2})"
_PART_LABEL_AFTER = regex.compile(rf"(?:\s*[,;]\s*(?:và\s+|trong\s+đó\s*:?\s*)?|\s+và\s+){_PART_LABEL}"
                               r"\s*(?:(?:ít\s+nhất|tối\s+thiểu|không\s+dưới|trên|khoảng|tối\s+đa|không\s+quá)\s*)?$", regex.IGNORECASE)
_PART_LABEL_TAIL = regex.compile(rf"\s{_PART_LABEL}$", regex.IGNORECASE)
_PART_LABEL_BEFORE = regex.compile(rf"(?:[,;:]|\bvà|\btrong\s+đó)\s*{_PART_LABEL}\s*$", regex.IGNORECASE)
# The previous plan's figure, which the new one replaces: "Kế hoạch trước đặt mục tiêu xây dựng (20 chợ)", "trong khi kế
# hoạch cũ chỉ đặt giảm (25%)", "(60%) của giai đoạn trước", "từ (50%) trong kế hoạch trước lên 100%"
_PREVIOUS_PLAN_BEFORE = regex.compile(r"\b(?:kế\s+hoạch|giai\s+đoạn|đề\s+án|nghị\s+quyết)\s+(?:trước|cũ)\b"
                                   r"(?:(?!\b(?:lên|xuống|thành|nay|mới)\b)[^,;.]){0,50}$", regex.IGNORECASE)   # (not "… lên (100%)")
_PREVIOUS_PLAN_AFTER = regex.compile(r"\s*(?:\S+\s+)?(?:trong|theo|của)\s+(?:kế\s+hoạch|giai\s+đoạn|đề\s+án)\s+(?:trước|cũ)\b",
                                  regex.IGNORECASE)
# A label that names who holds a quota: "Đoàn Khối …", "Mỗi Đoàn xã, phường", "Trường Đại học …", "Huyện …"
_HOLDER_LABEL = regex.compile(r"(?:Mỗi\s+|Các\s+)?(?:Đoàn|Chi\s+đoàn|Hội|Trường|Công\s+ty|Ban|Sở|Phòng|UBND|Huyện|Thành\s+phố|"
                           r"Thị\s+xã|Xã|Phường|Thị\s+trấn|Tổ\s+dân\s+phố|Thôn|Bản)\b")
_ENGLISH_THOUSANDS = regex.compile(r"\d{1,3}(?:,\d{3})+")   # a count written the English way: "1,200"
_PART_OPENS = regex.compile(r"\s*trong\s+đó\b", regex.IGNORECASE)   # a clause that gives the parts of the one before
_CHANGE_FROM = regex.compile(r"(?:tăng|giảm|nâng)\s+từ\s+[\d.,]+(?:\s+\S+)?", regex.IGNORECASE)   # "tăng từ 6 (lên 12 …)": where it starts
# A part of a year: "quý IV", "tháng 6"; and with the halves: "6 tháng đầu năm"
_PART_OF_YEAR = r"quý\s+[IV]{1,3}|tháng\s+\d{1,2}"
_PART_OR_HALF_OF_YEAR = _PART_OF_YEAR + r"|6\s+tháng\s+(?:đầu|cuối)\s+năm"
# A measure's schedule: "Lộ trình giảm thời gian chờ khám (KPI-01) theo quý: quý I …", "Tiến độ …: tháng 6 …"
_PACED_LABEL = regex.compile(rf"(?P<label>[^:\n]{{5,120}}):\s*(?:{_PART_OF_YEAR})\b", regex.IGNORECASE)
_PACE_WORDS = regex.compile(r"^\s*(?:lộ\s+trình|tiến\s+độ|kế\s+hoạch)\s+|\s+(?:theo|từng|hằng|mỗi)\s+(?:quý|tháng)\s*$", regex.IGNORECASE)
_PERIOD_LABEL_AFTER = regex.compile(rf"\s*[,;]\s*(?:và\s+)?(?:{_PART_OR_HALF_OF_YEAR})\b[^,;\d]{{0,25}}$",
                                 regex.IGNORECASE)
_EACH_BARE = regex.compile(r",\s*mỗi\s+\p{Ll}+(?:\s+\p{Ll}+)?\s*$", regex.IGNORECASE)
_CORRESPONDING = regex.compile(r",\s*(?:tương\s+ứng|tương\s+đương)(?:\s+với)?(?:\s+[^\d,;.]{1,40}?)?"
                            r"(?:\s+(?:khoảng|gần|hơn|trên|ít\s+nhất|tối\s+thiểu|không\s+dưới))?\s*$", regex.IGNORECASE)
_EQUIVALENT = regex.compile(r",\s*tương\s+đương(?:\s+với)?(?:\s+(?:giảm|tăng)(?:\s+thêm)?)?(?:\s+(?:khoảng|gần|hơn|trên))?\s*$",
                         regex.IGNORECASE)   # (", tương đương tăng thêm khoảng (373 tỷ đồng)")
_CORRESPONDING_LEAD = regex.compile(r"^(?:.*,\s*)?(?:tương\s+ứng|tương\s+đương)(?:\s+với)?\s+", regex.IGNORECASE)
# Where a part with a year of its own begins: "trong đó …", "riêng năm 2025 …"
# (or a year's part in brackets: "150 tổ … (năm 2024 ít nhất 95 tổ, …)", not "(năm 2025)" nor a baseline "(năm 2025: …)",
# "(năm 2024 đạt 68,5 triệu đồng/người)")
_PART_START = regex.compile(rf"\btrong\s+đó\b|{_YEAR_SET_APART}|\(\s*năm\s+20\d\d\b(?!\s*[):]|\s+(?:là|có|mới|chỉ|đã)\b"
                         r"|\s+đạt\b(?!\s+(?:ít|tối|không|trên|khoảng)\b))",
                         regex.IGNORECASE)
_AT_PLACE = regex.compile(r"(?:tại|ở|trên\s+địa\s+bàn|để)\b", regex.IGNORECASE)   # (also its purpose: "… | để bù …")
_PART_OWN_VERB = regex.compile(r"(?:thực\s+hiện|hoàn\s+thành|triển\s+khai|trồng(?:\s+mới)?|xây\s+dựng(?:\s+mới)?|làm(?:\s+mới)?"
                         r"|phát\s+triển(?:\s+mới)?|đạt|giao(?:\s+mới)?|chuyển\s+đổi|cấp(?:\s+mới)?)", regex.IGNORECASE)   # ("… trong đó năm 2023 giao (900 ha)", 585)
_YEAR_THEN_PART_VERB = regex.compile(rf"\bnăm\s+20\d\d\s+(?:{_PART_OWN_VERB.pattern})$", regex.IGNORECASE)
_IN_PART = regex.compile(r"\btrong\s+đó\b|,\s*riêng\s+(?:tháng|quý|năm|dịp|đợt|mùa)\b", regex.IGNORECASE)
_PART_WITH_VERB = regex.compile(r",\s*trong\s+đó\s+(?:(?:năm|giai\s+đoạn)\s+20\d\d(?:\s*[-–]\s*20\d\d)?\s+)?\p{Ll}+(?:\s+\p{Ll}+)?$",
                             regex.IGNORECASE)
_TRAILING_TERM = regex.compile(r"\s+(?:thời\s+kỳ|giai\s+đoạn|nhiệm\s+kỳ)\s+20\d\d\s*[-–]\s*20\d\d$", regex.IGNORECASE)   # "… thời kỳ 2021-2025"
_TRAILING_PERIOD = regex.compile(r"\s+(?:trong|vào|đến)\s+(?:(?:(?:hai|ba|bốn|năm|các)\s+)?năm\s+20\d\d\s*[-–]\s*20\d\d"
                              r"|giai\s+đoạn\s+20\d\d(?:\s*[-–]\s*20\d\d)?)$"   # (not "xã đạt chuẩn NTM trong năm 2024")
                              # "20 biển cảnh báo đuối nước | trước 30/6/2026": by when, not which
                              r"|\s+(?:trước|đến|chậm\s+nhất)\s+(?:(?:hết\s+)?ngày\s+)?\d{1,2}\s*/\s*\d{1,2}\s*/\s*20\d\d$"
                              r"|\s+trước\s+mùa\s+(?:mưa\s+)?(?:lũ|bão|mưa|khô)(?:\s+(?:năm\s+)?20\d\d)?$",   # "42 hồ chứa xung yếu | trước mùa lũ 2024"
                              regex.IGNORECASE)
_TRAILING_YEAR = regex.compile(r"(?:^|\s+)(?:trong\s+|vào\s+|đến\s+|từ\s+)?(?:(?:cuối|hết)\s+)?năm\s+20\d\d$", regex.IGNORECASE)
# A column's name after the line's label: "Chỉ tiêu tỷ lệ trẻ … thấp còi: Kế hoạch 2025 (dưới 18%)" (held-out 618)
_COLUMN_NAME_TAIL = regex.compile(r"\s*:\s*(?:Kế\s+hoạch|KH)(?:\s+năm)?\s+20\d\d$", regex.IGNORECASE)
# "… theo quy định trong các năm 2023, 2024 và 2025 lần lượt (đạt 80%, …)": the years pair with the values, they are
# no part of the subject
_RESPECTIVE_TAIL = regex.compile(r"(?:\s+(?:trong\s+)?(?:các\s+)?năm\s+20\d\d(?:\s*(?:,|và)\s*20\d\d)*)?\s+(?:lần\s+lượt|tương\s+ứng)$",
                              regex.IGNORECASE)
# "thanh toán trực tuyến chỉ (đạt 19,7%)", "hồ sơ nộp trực tuyến toàn trình mới (chiếm 28,4%)": an adverb before the
# verb is no part of the subject ("mới" stays: "nông thôn mới", "quy chuẩn mới", "phát sinh mới")
_TRAILING_ADVERB = regex.compile(
    r"(?:\s+(?:(?<!\b(?:chứng|địa|ghi|chủ)\s+)chỉ|cũng|vẫn|đều|sẽ|đã|tiếp\s+tục|với\s+tốc\s+độ(?:\s+bình\s+quân)?))+$",   # not "chứng chỉ"
    regex.IGNORECASE)
# A crop season alone before its figure, under a line's label (_LINE_LABEL) that names the measure: "Diện tích lúa cấy
# bằng máy: vụ Xuân 180 ha, vụ Mùa 160 ha" (each is the label's measure in that season)
_SEASON_ONLY = regex.compile(r"vụ\s+(?:đông\s+xuân|hè\s+thu|thu\s+đông|xuân\s+hè|xuân|mùa|chiêm|đông|hè|thu)"
                             r"(?:\s+(?:năm\s+)?20\d\d(?:\s*[-–]\s*20\d\d)?)?", regex.IGNORECASE)
_WHEN_IN = r"(?:ngay\s+)?(?:(?:vào|trong|đến|sang)\s+)?(?:(?:cuối|hết)\s+)?"   # "vào cuối (năm 2025)", "sang (năm 2025)", "ngay trong (năm 2026)"
# "năm 2025", "trong quý II", "trong quý IV/2026", "vào tháng 6 năm 2025": when, at the head of what follows a value
_LEADING_WHEN = regex.compile(rf"^\s*{_WHEN_IN}(?:năm\s+20\d\d\b(?!\s*[-–])|(?:{_PART_OF_YEAR})\b(?:\s*/\s*20\d\d\b|\s+năm\s+20\d\d\b)?)",
                           regex.IGNORECASE)
_YEAR_ONLY = regex.compile(rf"(?:(?:và|hoặc)\s*)?{_WHEN_IN}(?:năm(?:\s+20\d\d|\s+nay)?|(?:giai\s+đoạn|(?:các|hai|ba|bốn|năm)\s+năm)\s+20\d\d\s*[-–]\s*20\d\d)?$",
                        regex.IGNORECASE)   # "vào cuối năm 2025", "…, giai đoạn 2027 - 2030 (bình quân 900 - 1.000 hộ/năm)",
                                            # "… 11 - 12%/năm | trong hai năm 2024 - 2025"
# "… số doanh nghiệp công nghệ số đạt": a "số …" phrase (how many) ending right before the value's verb.
# (not the digital "số" of "chỉ số chuyển đổi số DTI", "kinh tế số", "công nghệ số", "hạ tầng số")
_COUNT_OF = regex.compile(r"(?<!\w)(?<!(?:chỉ|hệ|thiểu|đa|đổi|tế|quyền|nghệ|tảng|tầng|liệu|năng|nghiệp|ký|đồ|hình)\s+)(?:(?:tổng\s+)?số\s+(?!\d|hóa\b|liệu\b)"
                       r"|tổng\s+(?=biên\s+chế|lao\s+động|đàn|vốn)"   # "Tổng biên chế công chức năm 2025 (không vượt quá …)"
                       r"|sản\s+lượng\s+(?=vận\s+chuyển|hành\s+khách))[^;:()]{2,80}$",   # "Sản lượng vận chuyển … đạt (4,2 triệu lượt hành khách)"
                       regex.IGNORECASE)   # not "tiêu chí số 6", "dân tộc thiểu số"
_MEASURE_OPENS = regex.compile(r"[\W\d]*(?:tổng\s+)?số\s+(?!\d|hóa\b|liệu\b)\p{L}", regex.IGNORECASE)   # "Số trường …" opens the clause
_QUANTIFIER = regex.compile(r"^(?:số|các|những)\s+")


@dataclass
class _Value:
    start: int
    end: int
    value: float
    value_max: Optional[float]
    unit: str
    is_count: bool


@dataclass
class _Item:
    val: _Value
    comparator: str = "="
    own_comparator: bool = False
    direction: Optional[str] = None
    subject: str = ""
    action: Optional[str] = None
    item_end: int = 0
    item_start: int = 0
    kind: str = "target"
    criteria: list[str] = field(default_factory=list)
    subject_before: bool = False
    per: Optional[str] = None   # "mỗi xã" in "Mỗi xã có ít nhất 01 sản phẩm"
    ranked: bool = False        # "vào nhóm 20 tỉnh dẫn đầu": a place among peers, whose unit names no level
    corrected: bool = False     # 'Nay sửa lại là: "…"': a correction notice's new figure
    activity: Optional[str] = None   # "diễn tập chữa cháy rừng" before "cấp tỉnh 01 cuộc, cấp huyện 10 cuộc": the parts' noun
    share: bool = False         # "…, chiếm trên 75% tổng diện tích …": a share of what the item before measures
    placed: Optional[str] = None  # "95% số hộ có đất bị thu hồi | tại xã A, 90% tại xã B": the measure the places share
    scope: Optional[tuple[str, Optional[str]]] = None   # "65% kế hoạch vốn | đối với dự án …": (what, of what)
    scoped: bool = False        # the subject is that scope
    scope_head: str = ""        # the measure named before a scope ("Hồ sơ nộp trực tuyến | đạt 90% đối với lớp 1")
    baseline: bool = False      # "từ 41,2% (năm 2023) | xuống còn 36%": the figure a change starts from
    base_year: Optional[int] = None   # … and its year
    base_now: bool = False      # … the present one: "từ 52% hiện nay nâng lên 70%"
    reached: bool = False       # the figure the change reaches after such a start: "(…) nâng lên 70%"
    verb: Optional[str] = None  # "chỉnh lý" of "Chỉnh lý tài liệu tồn đọng: năm 2024 chỉnh lý …", the label's own verb


def parse_number(s: str, *, percent: bool = False) -> float:
    """Vietnamese notation: "1.958" → 1958, "11,79" → 11.79, "11.5" → 11.5.

    >>> parse_number("1.958"), parse_number("11,79"), parse_number("13.596"), parse_number("11.5")
    (1958.0, 11.79, 13596.0, 11.5)
    >>> parse_number("2.157", percent=True)   # a share over 1000% is a decimal written with a dot
    2.157
    """
    s = s.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")   # "1 200" → 1200
    if _THOUSANDS.fullmatch(s):
        whole = float(s.replace(".", "").replace(",", "."))
        if percent and whole > 1000:
            return float(s.replace(",", ""))
        return whole
    return float(s.replace(",", "."))


@lru_cache(maxsize=1)
def _not_values():
    """Phrases whose numbers are names, not values: "Chương trình mỗi xã một sản phẩm" (OCOP), and the quoted
    title of a document: Đề án "Đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội …" (QĐ 338/QĐ-TTg)."""
    return regex.compile(_alternation(vocabulary()["not_values"])
                         + r"""|(?<=(?:Đề\s+án|Chương\s+trình|Dự\s+án|Phong\s+trào|Cuộc\s+vận\s+động)\s*)["“][^"”\n]{3,300}["”]"""
                         + r"|\b24/(?:24|7)\b",   # "trực 24/24 giờ": round the clock
                         regex.IGNORECASE)


# Rarer phrases whose numbers are no values, each tried only when a cheap substring test finds its words:
_RARE_NOT_VALUES = (
    # "tàu cá dài từ 15 m trở lên", "tàu có công suất dưới 90 CV": the size that says which units (and the water level that
    # sets something off: "Vận hành khi triều từ 1,90 m trở lên")
    # (or the rain that floods a street: "Số điểm úng ngập khi mưa trên 50 mm")
    (("dài", "rộng", "sâu", "công suất", "trọng tải", "triều", "mực nước", "mưa"),
     regex.compile(r"\b(?:dài|rộng|sâu|chiều\s+dài|chiều\s+rộng|công\s+suất|trọng\s+tải|triều|mực\s+nước|mưa)\s+(?:từ|trên|dưới)\s+"
                   r"\d[\d.,]*\s*(?:m|mét|km|CV|tấn|mã\s+lực|mm)\b(?:\s+trở\s+(?:lên|xuống))?", regex.IGNORECASE)),
    # a design's sizes: "Theo thiết kế mẫu, mặt đường rộng 3 m, dày 16 cm" (held-out 546)
    (("thiết kế",), regex.compile(r"\bthiết\s+kế\b[^.;\n]{0,40}?\b(?:rộng|dày|cao|dài|sâu)\s+\d[^.;\n]{0,60}", regex.IGNORECASE)),
    # the weather: "nhiệt độ 23 - 30 độ C", "nắng nóng trên 37°C" (held-out 510)
    (("độ C", "°C"), regex.compile(r"\b\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*(?:độ\s+C|°C)\b")),
    # a download's size: "Tải về (PDF, 612 KB)" (held-out 553)
    (("KB", "MB"), regex.compile(r"\b\d[\d.,]*\s*(?:KB|MB|GB)\b")),
    # a broadcast's length: "Phát sóng 11 giờ 30 … – Thời lượng 15 phút"
    # (or a talk's: "Thời lượng trình bày khoảng 20 phút", held-out 563)
    (("Thời lượng", "thời lượng"), regex.compile(r"\bthời\s+lượng(?:\s+(?:trình\s+bày|phát\s+sóng|phát\s+biểu))?\s*:?\s*"
                                                 r"(?:khoảng\s+)?\d+\s*(?:phút|giây)", regex.IGNORECASE)),
    # the weight that says which babies: "tỷ lệ trẻ sơ sinh có cân nặng khi sinh dưới 2.500 gam", "trẻ sơ sinh nặng dưới
    # 2.500 gam: 6,8%" (held-out 545)
    (("nặng",), regex.compile(r"\b(?:cân\s+)?nặng(?:\s+(?:khi|lúc)\s+sinh)?\s+(?:từ|trên|dưới)\s+\d[\d.,]*\s*(?:gam|gram|g|kg)\b"
                                   r"(?:\s+trở\s+(?:lên|xuống))?", regex.IGNORECASE)),
    # the share of a cost a policy pays: "được hỗ trợ 50% học phí", "hỗ trợ 50% giá máy"
    (("hỗ trợ", "Hỗ trợ"), regex.compile(r"\bhỗ\s+trợ\s+(?:tối\s+đa\s+|đến\s+)?\d{1,3}(?:,\d+)?\s*%"   # (also "Hỗ trợ tối đa 70% chi phí …")
                                          r"(?=\s+(?:học\s+phí|kinh\s+phí|chi\s+phí|giá|lãi\s+suất|phí)\b)",
                                 regex.IGNORECASE)),
    # a correction notice's replaced words: 'Đã viết: "đạt 80%"', 'cụm từ "giảm 15% …" được sửa thành'
    (("Đã viết",), regex.compile(r"\bĐã\s+viết\s*:\s*[\"“][^\"”\n]{1,200}[\"”]")),
    (("sửa",), regex.compile(r"[\"“][^\"”\n]{1,200}[\"”](?=\s*(?:đã\s+)?được\s+sửa\s+(?:lại\s+)?thành)")),
    # a catalogue of works: the length in the column beside a section's chainage, "ĐT.185 | Km12+500 – Km18+300 |
    # 5,8 km", "Cầu Nậm Mu | Km27+120 | L = 42 m" (held-out 531), is the section's, no goal
    (("Km",), regex.compile(
        r"""\b Km [ ]? \d{1,4} [ ]? \+ [ ]? \d{1,3}                     # Km12+500
            (?: [ ]* [–—-] [ ]* Km [ ]? \d{1,4} [ ]? \+ [ ]? \d{1,3} )?   # – Km18+300
            [ \t]{2,} (?: L [ ]* = [ ]* )? \d[\d.,]* [ ]* (?: km | m ) \b  # (a column's gap) 5,8 km | L = 42 m""",
        regex.VERBOSE)),
    # the catalogue's last row, what it leaves out: "… | (11 cầu khác) |", "(và 5 xã khác)"
    (("khác)",), regex.compile(r"^[ \t]*(?:…|\.{3})?[ \t]*\([ ]*(?:và[ ]+)?\d[\d.]*[ ]+[^()\n\d]{1,30}?[ ]+khác[ ]*\)[ \t]*$",
                                regex.MULTILINE)),
)


# A quiz's answer options on one line: "A. 50%  B. 70%  C. 100%"
_ANSWER_OPTIONS = regex.compile(r"^[ \t]*A\.[ \t]+[^\n]{1,40}?[ \t]B\.[ \t]+[^\n]{1,40}?[ \t]C\.[ \t]+[^\n]*$", regex.MULTILINE)
_PHRASE_END = regex.compile(r"[,;:.\d]|\s[–—-]\s")
_FIGURE_BEFORE_NOUN = regex.compile(r"\d[\d.,]*(?:\s*\([^()]*\))?\s+$")


@lru_cache(maxsize=1)
def _people_units() -> frozenset:
    """The nouns that count people or households (vocabulary ``people_units``): "lao động", "học viên", "hộ dân"."""
    return frozenset(vocabulary()["people_units"])


@lru_cache(maxsize=1)
def _people_ahead():
    """A count of people at a position: "180 lao động", the "200 hộ" of "khoảng 200 hộ nông dân"."""
    return regex.compile(rf"{_NUMBER}\s+(?:{'|'.join(map(regex.escape, sorted(_people_units(), key=len, reverse=True)))})\b")


def _noun_named_before(text: str, noun: str, start: int, end: int, named_only: bool = False) -> Optional[str]:
    """The last phrase of ``text[start:end]`` that opens with the word ``noun``, up to a clause break: "hộ chuyển đổi";
    with ``named_only``, not a noun that counts a figure before it ("… 20 tổ hợp tác và …"), and a label's capital too
    ("Công trình thanh niên cấp cơ sở: …")."""
    found = [text.rfind(noun, start, end)]
    if named_only:
        found.append(_rfind_capitalised(text, noun, start, end))
    at = max(found)
    while at >= 0:
        after = at + len(noun)
        here, at = at, max(text.rfind(noun, start, at), _rfind_capitalised(text, noun, start, at) if named_only else -1)
        if named_only and _FIGURE_BEFORE_NOUN.search(text, max(0, here - 24), here):
            continue
        if (here == 0 or not text[here - 1].isalnum()) and (after == len(text) or not text[after].isalnum()):
            stop = _PHRASE_END.search(text, after, end)
            named = _clean(text[here:stop.start() if stop else end])
            return (noun + named[len(noun):]) if named else None
    return None


def _rfind_capitalised(text: str, noun: str, start: int, end: int) -> int:
    """Where ``noun`` stands capitalised at the start of a line or a sentence in ``text[start:end]``, or -1."""
    at = text.rfind(noun[:1].upper() + noun[1:], start, end)
    return at if at >= 0 and (at == 0 or text[at - 1] == "\n" or text[max(0, at - 2):at] in (". ", ": ", "- ")) else -1


def _norm_unit(unit: str) -> str:
    """White space made single; a unit capitalised as a name ("Tổ công nghệ số cộng đồng") as the vocabulary spells it."""
    unit = " ".join(unit.split())
    lowered = unit[:1].lower() + unit[1:]
    return lowered if lowered != unit and lowered in _count_units() else unit


@lru_cache(maxsize=1)
def _count_units() -> frozenset:
    return frozenset(vocabulary()["count_units"])


_DAY_MONTH = regex.compile(r"(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])(?![\d/])")


def candidates(text: str) -> list[_Value]:
    """Every value mention in ``text``, in order."""
    value_re, _, _, (starts, open_before, open_number) = _patterns()
    words = vocabulary()["number_words"]
    out = []
    masked = [(m.start(), m.end()) for m in _not_values().finditer(text)]  # in order, not overlapping
    rare = [_ANSWER_OPTIONS] if " B. " in text else []   # a cheap test first
    rare += [pattern for cues, pattern in _RARE_NOT_VALUES if any(cue in text for cue in cues)]
    if rare:
        masked = sorted(masked + [(m.start(), m.end()) for pattern in rare for m in pattern.finditer(text)])
    masked_starts = [a for a, _ in masked]
    lowered = None   # the text in lower case, for a line in capitals (made when one is met)
    last_end = 0
    for s in starts.finditer(text):
        pos = s.start()
        if pos < last_end:
            continue
        k = bisect_right(masked_starts, pos) - 1
        if k >= 0 and pos < masked[k][1]:
            continue
        if ((text[pos + 1:pos + 2] == "/" or text[pos + 2:pos + 3] == "/") and (day := _DAY_MONTH.match(text, pos))
                and dates_mod.CUE_BEFORE.search(text, max(0, pos - 12), pos)):
            last_end = day.end()   # "Ngày 15/3 huyện tổ chức ra quân", "thứ Bảy 24/1 phường mở điểm …": a date, no "15 huyện"
            continue               # (held-out 853)
        if ((text[pos + 1:pos + 2] == "/" or text[pos] in "mMpPhHb")   # a cheap test first
                and (frac := _FRACTION.match(text, pos)) is not None
                and (not frac.group("num") or int(frac.group("num")) < int(frac.group("den")))):
            out.append(_Value(pos, frac.end(), _fraction(frac), None, "%", False))
            last_end = frac.end()
            continue
        m = value_re.match(text, pos)
        if m is None and text[pos].isdigit() and _in_capitals_line(text, pos):
            # a headline in capitals: "… TẠO VIỆC LÀM MỚI CHO 46.000 LAO ĐỘNG" counts "lao động" as its body would
            if lowered is None:
                lowered = text.lower()
                lowered = lowered if len(lowered) == len(text) else text   # (offsets must stay)
            m = value_re.match(lowered, pos)
        if m is None and text[pos].isdigit() and (part := _OUT_OF.match(text, pos)) is not None:
            # "đưa ít nhất 30 trong số 37 em đã nghỉ học trở lại lớp": 30 of the 37, counted in their noun
            total = _counted_total().match(text, part.start("total"))
            if total is not None:
                out.append(_Value(pos, total.end(), parse_number(part.group("num")), None, _norm_unit(total.group("unit")), True))
                last_end = total.end()
                continue
        if m is None:
            if text[pos].isdigit() and (life := _LIFESPAN.match(text, pos)):
                out.append(_Value(pos, life.end(), parse_number(life.group("num")), None, life.group("unit"), True))
                last_end = life.end()
                continue
            if text[pos].isdigit() and (span := _duration(text, pos)) is not None:
                out.append(_Value(pos, span.end(), parse_number(span.group("num")), None, "ngày" + (span.group("rate") or ""), True))
                last_end = span.end()
                continue
            if text[pos].isdigit() and (rate := _rate_named_before(text, pos)) is not None:
                out.append(rate)   # "tỷ lệ giáo viên/lớp cấp tiểu học đạt 1,35": the rate's unit is in its name
                last_end = rate.end
                continue
            if text[pos].isdigit():
                found = _open_count(text, pos, open_before, open_number)
                if found and _side_of_a_size(text, pos, found.end):
                    last_end = found.end
                    continue  # "tối thiểu 0,6 m x 0,8 m": a size (held-out 504)
                if found:
                    found = _with_rate(text, found)
                    out.append(found)
                    last_end = found.end
            continue
        last_end = m.end()
        if m.group("all"):
            clause_start = max(text.rfind(c, 0, m.start()) for c in ".;\n") + 1
            if (_SHARE_IN_CLAUSE.search(text, clause_start, m.start()) is not None
                    and not _LIST_JOIN_END.search(text, clause_start, m.start())):
                continue   # "100% trụ sở … thay toàn bộ đèn huỳnh quang bằng đèn LED": all of what a goal's act handles
            out.append(_Value(m.start(), m.end(), 100.0, None, "%", False))
        elif m.group("word"):
            if _RESTATED_IN_DIGITS.match(text, m.end()):
                continue   # "chín mươi phần trăm – tức 90%": the figure is read where its digits stand
            if m.group("wpct"):
                out.append(_Value(m.start(), m.end(), float(_spelled_value(m.group("word"))), None, "%", False))
                continue   # "bảy mươi phần trăm"
            if m.group("wmult") and m.group("word").lower() == "một":
                continue   # "Đề án phát triển bền vững một triệu héc-ta …": a programme's name, no count
            unit = _norm_unit(m.group("wunit"))
            if unit.lower() in ("năm", "đêm") or (unit == "con" and text.startswith(" số", m.end())):   # ("thêm một đêm")
                continue   # (nor "hai con số xã phải về đích": two figures, not two animals)
            if m.group("word").lower() == "năm" and _YEAR_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "Hằng năm xã tổ chức …": every year, not five communes
            if m.group("word").lower() == "một" and text.startswith(" nào", m.end()):
                continue  # "không để một em nào bỏ học": no one, no count
            if m.group("word").lower() == "một" and _COPULA_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "Mỗi thầy cô phải là một người lắng nghe đáng tin cậy": "a", no count (held-out 692)
            if (m.group("word").lower() == "một" and unit == "lần" and not _CMP_BEFORE_ONCE.search(text, max(0, m.start() - 16), m.start())):
                continue  # "hỗ trợ một lần 500.000 đồng": once, no count (but "ít nhất một lần/năm")
            if m.group("wmult"):
                unit = f"{m.group('wmult')} {unit}"   # "hai nghìn hộ": 2, counted in thousands of households
            out.append(_Value(m.start(), m.end(), float(_spelled_value(m.group("word"))), None, unit, True))
        else:
            pct = m.group("pct") is not None
            if not pct and _side_of_a_size(text, m.start(), m.end()):
                continue  # "lối thoát nạn kích thước tối thiểu 0,6 m x 0,8 m": a size, two sides of one thing (held-out 504)
            if not pct and _YEAR_NUMBER.fullmatch(m.group("num")):
                continue  # "Năm 2025 huyện phấn đấu …": a year, not 2025 districts
            try:
                val = parse_number(m.group("num"), percent=pct)
                vmax = parse_number(m.group("num2"), percent=pct) if m.group("num2") else None
            except ValueError:
                continue
            if pct:
                # "giảm bình quân mỗi năm 0,15 - 0,2%": a rate per year named before the value
                per_year = m.group("pctrate") or _PER_YEAR_BEFORE.search(text, max(0, m.start() - 40), m.start())
                if (per_year and not m.group("pctrate") and not _CHANGE_IN.search(per_year.group())
                        and _SHARE_NAMED_BEFORE.search(text, max(0, per_year.start() - 80), per_year.start())):
                    per_year = None   # "Tỷ lệ hộ đạt danh hiệu … hằng năm từ 94% trở lên": the share each year, no rate
                sign = "‰" if m.group("pct") == "‰" else "%"
                if sign == "‰" and _SALINITY_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                    continue   # "độ mặn trên 2‰", "ranh mặn 4‰": how salty the water is, a reading or a threshold (828)
                unit = sign + ("/năm" if m.group("pctrate") or (per_year and sign == "%") else "")   # "0,5‰/năm"
            else:
                unit = _norm_unit(m.group("unit")) + (m.group("rate") or "")
                if unit == "con" and text.startswith(" số", m.end()):
                    continue   # "mục tiêu tăng trưởng 2 con số": two digits, not two animals
                if unit in ("giờ", "phút", "ngày", "tuần") and text[max(0, m.start() - 3):m.start()].strip().endswith("·"):
                    continue   # "Thích · Phản hồi · 20 giờ": how long ago a reader commented (held-out 462)
                if unit == "giờ" and (_CLOCK_BEFORE.search(text, max(0, m.start() - 10), m.start())
                                      or _CLOCK_AFTER.match(text, m.end())
                                      # "tắt sau 23 giờ", "trước 17 giờ": an hour of the day (not "sau 48 giờ")
                                      or (m.group("num").isdigit() and int(m.group("num")) <= 23
                                          and _HOUR_BOUND.search(text, max(0, m.start() - 10), m.start()) is not None)):
                    if (minutes := _CLOCK_MINUTES.match(text, m.end())) is not None:
                        last_end = minutes.end()   # "19 giờ 30 phút": the minutes are the time's too
                    continue   # "lúc 16 giờ", "14 giờ 30": a time of day, no duration
            end = m.end()
            if (not pct and not m.group("rate") and " " in unit and unit.split()[0] in _count_units()
                    and regex.match(rf",\s+{regex.escape(unit.split()[0])}\s", text[end:end + 20], regex.IGNORECASE)):
                # "1.200 người khuyết tật, người thuộc hộ nghèo": kinds of one head listed, the count is of the head
                unit = unit.split()[0]
                end = m.start("unit") + len(unit)
            if not m.group("rate") and not pct and (per := _PER_POPULATION.match(text, end)) is not None:
                # "12 bác sĩ trên một vạn dân", "32 giường (tính trên 10.000 dân)": a rate per people
                unit, end = unit + "/" + ("vạn dân" if per.group("vạn") else per.group("n") + " dân"), per.end()
            if not m.group("rate") and (gas := _GAS_AFTER.match(text, end)) is not None:
                end, unit = gas.end(), unit + " " + gas.group("gas")   # "52.000 tấn CO2/năm": tonnes of a gas
            if unit == "lượt" and (word := _next_word(text, end)) and not _ACT_AFTER_TIMES.match(text, end):
                # "1.500 lượt thanh niên": visits of whom (not "lượt tuần tra"); a counted noun of the vocabulary whole
                # ("600 lượt nhân viên y tế | cấp tỉnh", "2.500 lượt khách hàng")
                known = _counted_noun_after().match(text, end)
                end, noun = (known.end(), known.group("noun")) if known and known.end() > word[0] else word
                unit = f"{unit} {' '.join(noun.split())}"
            if (not pct and "," in m.group("num") and _ENGLISH_THOUSANDS.fullmatch(m.group("num"))
                    and unit.split("/")[0] not in vocabulary()["measure_units"] and unit.split("/")[0] not in vocabulary()["money_units"]):
                val = float(m.group("num").replace(",", ""))   # "1,200 nhà vệ sinh": no one builds 1.2 toilets
            found = _Value(m.start(), end, val, vmax, unit, not pct)
            if not pct:
                found = _with_rate(text, found)
                last_end = found.end
            out.append(found)
    if "lần" in text:   # (a cheap test first)
        out = [v for v in out if not _TIMES_IN_A_SHARE.fullmatch(text, max(0, v.start - 120), v.start)
               or v.unit.split("/")[0] != "lần" or not _SHARE_AHEAD.match(text, v.end)]
    return out


# A rate named before its bare figure: "tỷ lệ giáo viên/lớp cấp tiểu học đạt 1,35 và cấp THCS đạt 1,9", "số bác sĩ/vạn dân
# đạt 12,5" — what is counted per what, then (within the sentence) "đạt"/"là"/"lên"/"còn" and the number with no unit of its own
_RATE_NAME = regex.compile(r"\b(?:số|tỷ\s+lệ)\s+(?P<unit>\p{Ll}+(?:\s+\p{Ll}+)?\s*/\s*(?:(?:1|01|một)\s+)?\p{Ll}+(?:\s+dân)?)(?![\w/])",
                        regex.IGNORECASE)
_RATE_FIGURE = regex.compile(r"(?:^|\s)(?:đạt|là|lên|còn|xuống)\s+(?:(?:bình\s+quân|khoảng|tối\s+thiểu|ít\s+nhất|trên|dưới)\s+)?$",
                          regex.IGNORECASE)
_RATE_FIGURE_END = regex.compile(r"\d+(?:,\d+)?(?=\s*(?:[,.;:)\n]|$|(?:và|trước|trong|vào|năm|đến|trở\s+lên|so\s+với)\b))")


def _rate_named_before(text: str, pos: int) -> Optional[_Value]:
    """A bare figure of a rate named earlier in its sentence, measured in that rate."""
    figure = _RATE_FIGURE_END.match(text, pos)
    if figure is None or _RATE_FIGURE.search(text, max(0, pos - 30), pos) is None:
        return None
    sentence = max(text.rfind(c, 0, pos) for c in ".;\n") + 1
    named = last_match(_RATE_NAME, text, max(sentence, pos - 160), pos)
    if named is None or not regex.search(r"\p{L}\s*/", named.group("unit")):
        return None
    unit = regex.sub(r"\s*/\s*", "/", " ".join(named.group("unit").split()))
    return _Value(pos, figure.end(), parse_number(figure.group()), None, unit, True)


# "là", "trở thành" before "một": an article ("phải là một người lắng nghe"), no count
_COPULA_BEFORE = regex.compile(r"\b(?:là|trở\s+thành)\s+$", regex.IGNORECASE)
_BY_AFTER = regex.compile(r"\s*[x×]\s*\d")   # "0,6 m | x 0,8 m": one side of a size
_BY_BEFORE = regex.compile(r"\d\s*(?:m|cm|mm)?\s*[x×]\s*$")   # "0,6 m x | 0,8 m": the other


def _side_of_a_size(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``text[start:end]`` is one side of a size ("tối thiểu 0,6 m x 0,8 m")."""
    return ((text[end:end + 3].lstrip()[:1] in ("x", "×") and _BY_AFTER.match(text, end) is not None)   # (a cheap test first)
            or _BY_BEFORE.search(text, max(0, start - 16), start) is not None)
# How often, inside the name of a share: "Tỷ lệ phụ nữ mang thai được khám thai | ≥ 4 lần | trong thai kỳ đạt ≥ 70%"
_TIMES_IN_A_SHARE = regex.compile(r"(?s:.*)(?:^|[\n.;:•\-+])[ \t]*(?i:tỷ[ ]+lệ)[^\n.;:%]*")
_SHARE_AHEAD = regex.compile(r"[^\n.;:%]{0,60}?(?:đạt|trên|≥|>=|từ|ít[ ]+nhất|tối[ ]+thiểu)?[ ]*\d[\d.,]*[ ]*%")


# A time limit: "Thời gian khắc phục hư hỏng mặt đường tối đa (5 ngày)", "rút ngắn thời gian thẩm định … xuống không quá
# (30 ngày)". Days alone count nothing else ("trong 3 ngày", "ngày 5"), so only a ceiling on a "thời gian" is read.
_DAYS = regex.compile(r"(?P<num>\d{1,3}(?:,\d{1,2})?)[ ]+ngày(?P<rate>/(?:khách|người|lượt[ ]+khách))?\b"   # "2,5 ngày/khách" (held-out 624)
                   r"(?![ ]+(?:làm[ ]+việc|công|hội)\b|[ ]*[/-][ ]*\d|\.\d)")   # (not "05 ngày. 100%")
_CEILING_ON_TIME = regex.compile(r"\bthời\s+gian\b[^.;:\n]{0,100}?\b(?:tối\s+đa|không\s+quá|không\s+vượt\s+quá|dưới"
                              r"|đạt(?:\s+(?:trên|từ|khoảng))?|(?:tăng\s+)?lên)\s*$",   # "thời gian lưu trú bình quân của khách đạt 2 ngày"
                              regex.IGNORECASE)


# … or a bound right before the days: "xử lý dứt điểm trong tối đa 21 ngày", "lưu trữ tối thiểu 30 ngày", "chậm nhất
# 30 ngày sau khi …", "rút ngắn tối đa còn 30 ngày"
_BOUND_ON_DAYS = regex.compile(r"\b(?:không\s+quá|không\s+vượt\s+quá|tối\s+đa(?:\s+còn)?|tối\s+thiểu|chậm\s+nhất(?:\s+là)?"
                            r"|trong\s+vòng)\s*$", regex.IGNORECASE)


def _duration(text: str, pos: int) -> Optional[regex.Match]:
    m = _DAYS.match(text, pos)
    return m if m is not None and (_BOUND_ON_DAYS.search(text, max(0, pos - 24), pos) is not None
                                   or _CEILING_ON_TIME.search(text, max(0, pos - 130), pos) is not None) else None


# "1.200 lượt | tuần tra, truy quét": times an act is done, not visits of whom
_ACT_AFTER_TIMES = regex.compile(r"\s+(?:tuần\s+tra|kiểm\s+tra|truy\s+quét|thanh\s+tra|tuyên\s+truyền|giám\s+sát|tập\s+huấn)\b",
                              regex.IGNORECASE)


@lru_cache(maxsize=1)
def _rate_after():
    """"2,8 dược sĩ | đại học/vạn dân": words that complete a counted noun before a rate suffix."""
    rates = _alternation(vocabulary()["unit_rate_suffixes"])
    # the words may be none: "2 chuyên mục/tháng", "1.000 cây/năm" (a noun the tokenizer found, then its rate)
    return regex.compile(rf"(?P<words> (?:[ ]\p{{Ll}}+){{0,3}}? ) (?P<rate> {rates} ) (?!\w)", regex.VERBOSE)


def _with_rate(text: str, val: _Value) -> _Value:
    """A count whose noun runs on to a rate ("2,8 dược sĩ đại học/vạn dân") takes the whole as its unit."""
    if "/" in val.unit:
        return val
    if (val.unit == "đồng" or val.unit in vocabulary()["money_units"]) and (per := _MONEY_PER.match(text, val.end)):
        # "80 - 120 triệu đồng/vườn/năm", "25.000 đồng /cháu/ngày": a sum per what the plan counts, per how long
        return _Value(val.start, per.end(), val.value, val.value_max, f"{val.unit}/{per.group('per')}", True)
    if val.unit in _MASS_UNITS and (each := _EACH_PERIOD.match(text, val.end)) is not None:
        # "giảm tối thiểu 300 kg mỗi tháng": a mass per month in words, as "300 kg/tháng" (a sum or a count "mỗi năm" keeps its unit)
        return _Value(val.start, each.end(), val.value, val.value_max, f"{val.unit}/{each.group('period').lower()}", True)
    m = _rate_after().match(text, val.end)
    if m is None or not _NOUN_WORDS.isdisjoint(m.group("words").split()):
        return val   # not "100 người dân có thẻ/năm": a verb or a function word ends the noun
    if val.unit in vocabulary()["measure_units"]:
        # "giảm ít nhất 300 kg rác thải nhựa/tháng": a measure per month of what the words name (the subject)
        end = m.end() if not m.group("words") else val.end   # "dưới 80 kg/ha" ends after its rate
        return _Value(val.start, end, val.value, val.value_max, val.unit + m.group("rate"), True)
    return _Value(val.start, m.end(), val.value, val.value_max, val.unit + m.group("words") + m.group("rate"), True)


@lru_cache(maxsize=1)
def _counted_total():
    """"37 em" of "30 trong số 37 em": a number and its counted noun."""
    return regex.compile(rf"(?:{_NUMBER})\s+(?P<unit>{_trie(vocabulary()['count_units'])})(?!\w)")


# A fraction of a whole is a share, read as a percentage (rounded to hundredths): "có 2/3 số xã có chợ …" → 66.67 %,
# "một nửa số hợp tác xã …" → 50 %, "hai phần ba tổng số hộ" → 66.67 %. Only before "số"/"tổng số", so that "ngày 2/3",
# "15/19 tiêu chí", "2/3 khối lượng" of a report and "hơn một nửa diện tích tự nhiên là rừng" are not read so; nor a
# restatement of the figure before: "không dưới 2.500 hộ …, tức hơn một nửa số hộ toàn xã".
_FRACTION = regex.compile(
    r"""(?<! [\w/.,-] | ngày\s | tháng\s | \btức (?:\s+là)? \s+ (?: (?:hơn|khoảng|gần|trên|chừng) \s+ )? )
        (?: (?P<num> [1-9] ) \s* / \s* (?P<den> [2-9] | 10 ) (?! [\d/.,] )        # "2/3", "3/4", "1/2"
          | (?P<half> (?i: một \s+ nửa | phân \s+ nửa ) )                       # "một nửa", "phân nửa"
          | (?P<wnum> (?i: một | hai | ba ) ) \s+ phần \s+ (?P<wden> ba | tư | bốn | năm ) )   # "hai phần ba"
        (?= \s+ (?:tổng\s+)? số \s+ (?: \p{Ll} | \p{Lu}{2,} ) )""",   # "2/3 số HTX"
    regex.VERBOSE,
)
_FRACTION_WORDS = {"một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5}


def _fraction(m) -> float:
    """The share a ``_FRACTION`` match names, in per cent."""
    if m.group("half"):
        return 50.0
    if m.group("num"):
        num, den = int(m.group("num")), int(m.group("den"))
    else:
        num, den = _FRACTION_WORDS[m.group("wnum").lower()], _FRACTION_WORDS[m.group("wden")]
    return round(100 * num / den, 2)


_OUT_OF = regex.compile(rf"(?P<num>\d{{1,6}})\s+trong\s+(?:số|tổng\s+số)\s+(?P<total>{_NUMBER})", regex.IGNORECASE)
_EACH_PERIOD = regex.compile(r"[ ]+(?:mỗi|hằng|hàng)[ ]+(?P<period>tháng|năm|ngày|quý|tuần)\b(?![ ]+(?:học|20\d\d))", regex.IGNORECASE)
_YEAR_NUMBER = regex.compile(r"(?:19|20)\d{2}")
_CMP_BEFORE_ONCE = regex.compile(r"\b(?:ít\s+nhất|tối\s+thiểu|không\s+dưới|trên|tối\s+đa|không\s+quá)\s*$", regex.IGNORECASE)
_PER_POPULATION = regex.compile(r"\s*\(?\s*(?:tính\s+)?trên\s+(?:(?P<vạn>(?:một\s+|1\s+)?vạn)|(?P<n>1\.000|10\.000|100\.000))\s+dân"
                             r"(?:\s+số)?(?:[^()\n]{0,40}\))?", regex.IGNORECASE)
# … per what, per how long: "triệu đồng/vườn/năm", "đồng /cháu/ngày" (not "đồng/kg trở lên", "đồng/lít": prices)
_MONEY_PER = regex.compile(r"[ ]?/[ ]?(?P<per>\p{Ll}+(?:[ ]\p{Ll}+)?/(?:năm\s+học|năm|tháng|ngày|vụ|quý))(?![\w/])")
_GAS_AFTER = regex.compile(r"[ ]+(?P<gas>CO2(?:e|tđ)?|CO₂(?:e)?|CH4|N2O)(?![\w.,]\w)")   # "tấn CO2", "tấn CO2tđ"
_PER_YEAR_BEFORE = regex.compile(r"\b(?:bình\s+quân\s+)?(?:mỗi|hằng|hàng)\s+năm\s+(?:(?:giảm|tăng)\s+)?(?:bình\s+quân\s+)?(?:từ\s+|khoảng\s+|trên\s+|ít\s+nhất\s+|tối\s+thiểu\s+)?$",
                              regex.IGNORECASE | regex.REVERSE)
_CHANGE_IN = regex.compile(r"\b(?:tăng|giảm)\b", regex.IGNORECASE)
_SHARE_NAMED_BEFORE = regex.compile(r"\b(?:tỷ\s+lệ|tỷ\s+trọng)\b(?![^,;.]*\b(?:tăng|giảm)\b)[^,;.]*$", regex.IGNORECASE)
_YEAR_WORD_BEFORE = regex.compile(r"\b(?:hằng|hàng|mỗi|từng|các|những|nhiều|trong|cả|cùng|qua|sau|trước)\s+$", regex.IGNORECASE)
# "tuổi thọ trung bình đạt 75,5 tuổi", "thời gian sống khỏe mạnh đạt tối thiểu 68 năm": years of life are a
# measure there, though "trẻ em dưới 5 tuổi" and "năm 2025" are no values
_LIFESPAN = regex.compile(
    rf"""(?<= (?:tuổi\s+thọ|sống\s+khỏe\s+mạnh) [^.;:\d]{{0,60}} )   # the measure named in the same clause
        (?P<num> {_NUMBER} ) \s+ (?P<unit> tuổi | năm ) (?! \w | \s+20\d\d )""",
    regex.VERBOSE | regex.IGNORECASE,
)
_LOWER_WORDS = regex.compile(r"[\p{Ll} ]+(?:-[\p{Ll} ]+)*")   # also a loan word written with hyphens: "ki-ốt", "ô-tô"


def _next_word(text: str, pos: int) -> Optional[tuple[int, str]]:
    """(end, word) of the lower-case word after ``pos``, as the tokenizer cuts it ("hồ sơ", not "hồ")."""
    noun = _NEXT_NOUN.match(text, pos)
    if noun is None:
        return None
    whole = tokenize.first_word(text, noun.start(1))
    end = whole[1] if whole and _LOWER_WORDS.fullmatch(whole[2]) else noun.end()
    return end, " ".join(text[noun.start(1):end].split())


def _open_count(text: str, pos: int, open_before, open_number) -> Optional[_Value]:
    """"có 50 trang trại": a count whose counted noun is not in the vocabulary."""
    m = open_number.match(text, pos)  # the anchored test first: most digits fail it
    if m is None or _YEAR_NUMBER.fullmatch(m.group("num")) or not open_before.search(text, max(0, pos - 24), pos):
        return None
    if _NUMBERED_BEFORE.search(text, max(0, pos - 16), pos):
        return None   # "các bến số 4, 5 cảng Chân Mây": a number that names
    if (opened := text.rfind("“", max(0, pos - 40), pos)) >= 0 and text.rfind("”", opened, pos) < 0 and "”" in text[pos:pos + 40]:
        return None   # "Cuộc vận động “5 không, 3 sạch”": a number inside a short name in quotes
    word = tokenize.first_word(text, m.end())
    if word is None or not _LOWER_WORDS.fullmatch(word[2]):
        abbr = _ABBREVIATION.match(text, m.end())   # "không dưới 120 NKT": an abbreviation counts people or units
        quoted = _QUOTED_KIND.match(text, m.end()) if abbr is None else None
        if abbr is None and quoted is None:
            return None
        # (or a kind named in quotes: 'Xây dựng 02 "Chợ không dùng tiền mặt" kiểu mẫu' counts "chợ" (held-out 536), '500
        # "Mái ấm Công đoàn"' the whole name, its first word no noun that counts)
        if abbr is not None:
            word = (abbr.start(), abbr.end(), abbr.group())
        elif quoted.group("w").lower() in vocabulary()["count_units"]:
            word = (quoted.start("w"), quoted.end("w"), quoted.group("w").lower())
        else:
            word = (quoted.start("w"), quoted.end("name"), " ".join(quoted.group("name").lower().split()))
    if (word[2] in _MULTIPLIERS or word[2] in ("lượt", "ngôi")) and (nxt := _next_word(text, word[1])):
        # "5 triệu cây", "1,1 triệu hồ sơ", "1.500 lượt thanh niên", "1.500 ngôi mộ" (a classifier before its noun)
        word = (word[0], nxt[0], word[2] + " " + nxt[1])
    unit = _norm_unit(word[2])
    if _unit_is_structure(unit, text, word[1]) or unit in _NOT_UNITS:
        return None
    top = parse_number(m.group("num2")) if m.group("num2") else None
    return _Value(pos, word[1], parse_number(m.group("num")), top, unit, True)


_QUOTED_KIND = regex.compile(r'[ ]*["“](?=(?P<name>(?P<w>\p{Lu}\p{Ll}+)[ ]+\p{Ll}[^"”\n]{0,40}?)["”])')
_SIZE_BEFORE = regex.compile(r"\b(?:trọng\s+tải|tải\s+trọng|sức\s+chở"
                          # "hộ kinh doanh có doanh thu từ 1 tỷ đồng/năm trở lên bắt buộc áp dụng": a class, no goal
                          r"|có\s+(?:doanh\s+thu|thu\s+nhập|diện\s+tích|quy\s+mô|công\s+suất|chiều\s+dài|vốn(?:\s+điều\s+lệ)?"
                          r"|thể\s+tích|dung\s+tích))"   # "Một ô lồng tròn … có thể tích trên 1.500 m³": a size
                          r"\s+(?:đến\s+|tới\s+|trên\s+|từ\s+|dưới\s+)?$"
                          r"|\bvới\s+(?:khoảng|gần|chừng|hơn)\s+$"   # "phiên chợ … kéo dài 5 ngày, với khoảng 60 gian hàng": a size
                          # "Tuyến cao tốc qua tỉnh dài 68,5 km" (not the verbs "kéo dài", "nhân rộng", "mở rộng")
                          r"|(?<!\b(?:kéo|nhân|mở)\s)\b(?:dài|rộng)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$",
                          regex.IGNORECASE)
_CLASS_THEN_VERB = regex.compile(r"(?P<which>có\s+(?:từ|trên|dưới)\s+\d[\d.,]*(?:\s*\([^()]*\))?\s+\p{L}+(?:\s+trở\s+(?:lên|xuống))?)"
                              r"\s+(?=(?:phải|được|cần|sẽ|bắt\s+buộc)\b)", regex.IGNORECASE)
_PLACE_LEVEL_WORD = regex.compile(rf"(?:{_UNIT_NAMES})", regex.IGNORECASE)   # "xã", "thôn": a count of places names no more
_STOREYS_CLASS = regex.compile(r"\b(?:có\s+)?(?:từ|trên|dưới|cao|có)\s+$", regex.IGNORECASE)   # "nhà trọ (có) từ 02 tầng"
_PEOPLE_CLASS = regex.compile(r"\b(?:xã|phường|thôn|bản|huyện|địa\s+bàn)\s+có\s+(?:trên|từ|dưới|hơn)\s*$", regex.IGNORECASE)
_DWT = regex.compile(r"\s*\(?\s*DWT\b")
# Where a place is, and how far a trip goes: "nằm cách trung tâm thị trấn (khoảng 06km)", "Quãng đường khoảng 230 km", "Tổng
# quãng đường cả hành trình chừng 75 km", "Nếu đi từ … thì gần hơn, tầm 150 km", "… mà đi bộ gần 500 mét mới tới", "đi khoảng
# 18 km theo đường tỉnh 282", "Buổi chiều, chạy thêm 12 km về làng tranh" (not "đường đi", a road to build)
_DISTANCE_FROM = regex.compile(r"(?<!\b(?:cải|bằng|bởi)\s)\bcách\s+[^\d,;.:]{0,60}?(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$"
                            r"|\bquãng\s+đường\s+(?:[^\d,;.:]{0,40}?\s)?(?:dài\s+)?(?:khoảng\s+|gần\s+|hơn\s+|tầm\s+|chừng\s+)?$"
                            r"|\bđi\s+từ\s+[^\d;.:]{0,60}?\b(?:khoảng|tầm|chừng)\s+$"
                            r"|\bđi\s+bộ\s+(?:gần\s+|khoảng\s+|hơn\s+|tầm\s+|chừng\s+)?$"
                            r"|(?<!\bđường\s)\b(?:đi|chạy|lái\s+xe|đạp\s+xe|di\s+chuyển)\s+(?:thêm\s+)?(?:khoảng\s+|gần\s+|hơn\s+|tầm\s+|chừng\s+)?$",
                            regex.IGNORECASE)
_WITHIN_AFTER_SHARE = regex.compile(r"\d(?:\s*%|\s+\p{L})[^,;.:\n\d]{0,100}?\btrong\s+(?:vòng\s+)?(?:tối\s+đa\s+)?$", regex.IGNORECASE)
_NUMBERED_BEFORE = regex.compile(r"\b(?:số|Số)\s+\d{1,3}\s*(?:,|và)\s*$")
_CLOCK_MINUTES = regex.compile(r"\s*\d{1,2}\s*phút\b", regex.IGNORECASE)
_CLOCK_BEFORE = regex.compile(r"\b(?:lúc|từ|đến|vào)\s*$", regex.IGNORECASE)
_SHARE_IN_CLAUSE = regex.compile(r"\d\s*%")
_LIST_JOIN_END = regex.compile(r"(?:,|\bvà|\bhoặc|:)\s*$", regex.IGNORECASE)   # "100% xã và | toàn bộ thôn": the next item
_HOUR_BOUND = regex.compile(r"\b(?:sau|trước)\s*$", regex.IGNORECASE)
_CLOCK_AFTER = regex.compile(r"\s*(?:\d|sáng|chiều|tối|trưa|đêm|ngày\s+\d|đầu\b|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)\b)",
                          regex.IGNORECASE)   # "trong 24 giờ đầu sau sinh": a window; "trước 17 giờ thứ Sáu hằng tuần": a time
_ABBREVIATION = regex.compile(r"(?-i:[A-ZĐ]{2,5})(?![\p{L}\d/-])")   # "NKT", "KCN"; not "XÃ" of a headline in capitals
_KIND_OF_UNIT = regex.compile(r"ứng\s+dụng\s+công\s+nghệ(?:\s+(?:cao|số|thông\s+tin))?(?!\w)", regex.IGNORECASE)
_MULTIPLIERS = {"triệu", "nghìn", "ngàn", "vạn", "trăm"}
_MULTIPLIER_WORD = regex.compile(rf"^(?:{'|'.join(sorted(_MULTIPLIERS))})\s+(?=\S)")
_NEXT_NOUN = regex.compile(r"\s+(\p{Ll}+)(?!\w)")


@lru_cache(maxsize=1)
def _counted_noun_after():
    """A counted noun of the vocabulary after a space: "(lượt) nhân viên y tế", longest first."""
    return regex.compile(r"\s+(?P<noun>" + _trie(vocabulary()["count_units"]) + r")(?!\w)")
# Words after a number that are not counted nouns: "năm 2025", "tháng", "ngày", "lần thứ".
_NOT_UNITS = {"năm", "tháng", "ngày", "giờ", "tuần", "quý", "giai đoạn", "và", "của", "trên", "tại", "để", "tuổi",
              "về", "cho", "với", "là", "được", "đã", "sẽ", "có", "không", "các", "những", "trong", "theo", "từ",
              "đến", "ở", "hoặc", "thì", "mà", "như", "bị", "do", "bằng",
              "xuống", "lên", "còn",   # "giảm số điểm ngập úng từ 42 xuống còn 10 điểm": 42 is where it starts
              "mg", "µg", "μg", "ppm"}   # "COD không vượt quá 75 mg/l": a discharge standard's limit, no goal
_NOUN_WORDS = frozenset(_NOT_UNITS | {"đạt", "tham", "sử", "được", "mỗi", "một", "trở", "lên"})   # words no noun runs on through


def _has(key: str, text: str) -> bool:
    """Whether ``text`` holds any phrase of the vocabulary list ``key`` as whole words."""
    # A sentence is asked about once per item of its list: answers for short texts are kept.
    return _has_short(key, text) if len(text) <= 2000 else _has_any(key, text)


@lru_cache(maxsize=1024)
def _has_short(key: str, text: str) -> bool:
    return _has_any(key, text)


def _has_any(key: str, text: str) -> bool:
    low = text.lower()
    # A plain substring test first (fast, in C); the regex confirms word boundaries.
    if not any(p in low for p in _lowered(key)):
        return False
    return _phrases(key).search(low) is not None


@lru_cache(maxsize=32)
def _lowered(key: str) -> tuple[str, ...]:
    return tuple(p.lower() for p in vocabulary()[key])


@lru_cache(maxsize=32)
def _phrases(key: str):
    # not before "viên", which makes a person of the phrase: "báo cáo viên", "tuyên truyền viên"; nor "chiếm" of another
    # verb: "lừa đảo chiếm đoạt tài sản", "chiếm dụng vỉa hè", "lấn chiếm lòng đường" (but "phấn đấu giữ diện tích lúa
    # dưới 100 ha" keeps its "phấn đấu": the verbs after "chiếm" only, held-out 625)
    return regex.compile(r"(?<!\blấn\s)\b(?:" + _alternation(vocabulary()[key]) + r")\b(?!\s+viên\b)"
                         r"(?!(?<=\bchiếm)\s+(?:đoạt|dụng|giữ|hữu|lĩnh)\b)", regex.IGNORECASE)


_EDGE_SYMBOLS = regex.compile(r"^[\p{So}\p{Sk}\s]+|[\p{So}\p{Sk}\s]+$")   # "✅ Giảm ít nhất …", "… 🛒♻️"


def _clean(s: str) -> str:
    out = _EDGE_SYMBOLS.sub("", " ".join(s.split())).strip(" ,;:-–+•*()\"“”'…")
    # a quotation the text closes stays closed: 'tỷ lệ hộ đạt danh hiệu "Gia đình văn hóa"'
    if out.count('"') % 2 == 1 and not out.startswith('"'):
        first = out.index('"')
        if first + 1 == len(out) or out[first + 1] == " ":
            out = out[:first] + out[first + 1:]   # 'chợ không dùng tiền mặt" kiểu mẫu': its opening stayed before the figure
        else:
            out += '"'
    elif out.count("“") > out.count("”"):
        out += "”"
    return out


_PART_OPENER_END = regex.compile(r"[,;]?\s*\btrong\s+đó(?:\s+có)?$", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _openers():
    return regex.compile(r"(?:" + _alternation(vocabulary()["subject_openers"]) + r")(?:\s+|$)", regex.IGNORECASE)


# What leads into a subject and is not part of it: "Theo Nghị quyết, tỉnh phấn đấu tốc độ tăng
# trưởng GRDP …" → "tốc độ tăng trưởng GRDP …"; "Cụ thể, đến năm 2025, tỷ lệ …" → "tỷ lệ …".
_LEAD_IN_WORDS = (r"(?:phấn\s+đấu|hướng\s+tới|(?:đặt|giữ|giữ\s+nguyên|đề\s+ra)\s+mục\s+tiêu"
                  r"|(?:mục|chỉ)\s+tiêu(?:\s+(?:xa\s+hơn|tiếp\s+theo|cao\s+hơn|chung|cụ\s+thể|lâu\s+dài|xuyên\s+suốt|hàng\s+đầu"
                  r"|(?:đến\s+|trong\s+)?năm\s+(?:20\d\d|nay)))?\s+là"   # "Mục tiêu xa hơn là", "Chỉ tiêu năm nay là"
                  r"|đề\s+ra|đặt\s+yêu\s+cầu|quyết\s+tâm)")   # "…, quyết tâm cả năm về đích (100%)"
# "tổng thu ngân sách … phấn đấu (đạt)": a lead-in ending the text before a value, its subject before it.
_TRAILING_LEAD_IN = regex.compile(rf"\b{_LEAD_IN_WORDS}(?:\s+đến\s+năm\s+20\d{{2}})?\s*,?\s*$", regex.IGNORECASE | regex.REVERSE)
_LEAD_IN = regex.compile(
    rf"^.*\b{_LEAD_IN_WORDS}(?:\s+|$)"
    r"(?:đến\s+năm\s+20\d{2}\s*,?\s*)?"
    r"|^(?:Về|Đối\s+với)\s+[^,]{1,40},\s*[^,\s]+(?:\s+[^,\s]+){0,2},\s*(?=\S)"   # "Về thể dục, thể thao, số người …"
    r"|^[^,.;]{0,60}?\b(?:UBND|Ủy\s+ban|Chủ\s+tịch|tỉnh|huyện|xã|phường)\b[^,.;]{0,30}?\s(?:yêu\s+cầu|chỉ\s+đạo|đề\s+nghị)\s+"   # "UBND tỉnh yêu cầu giải ngân …"
    r"|^(?:Kế\s+hoạch|Nghị\s+quyết|Chương\s+trình|Đề\s+án|Chỉ\s+thị)\b[^,.;]{0,40}?\s(?:xác\s+định|yêu\s+cầu|nêu\s+rõ)\s+"   # "Kế hoạch xác định số thu …"
    # (not a level named with its units: "ở cấp xã, thị trấn không dưới 90%")
    rf"|^(?:Theo|Căn\s+cứ|Trong(?!\s+đó)|Về|Đối\s+với|Ở|Tại)\b(?!\s+cấp\s+(?:{_UNIT_NAMES})\s*,\s*(?:cấp\s+)?(?:{_UNIT_NAMES})\b)[^,]{{0,120}},\s*"
    r"|^(?:Tuy\s+nhiên|Đồng\s+thời|Ngoài\s+ra|Bên\s+cạnh\s+đó|Trong\s+khi\s+đó|Mặt\s+khác|Riêng|Còn)\s+(?=\w)"   # "; tuy nhiên hồ sơ …", "…, còn tỷ lệ …"
    r"|^(?:Trong\s+)?giai\s+đoạn\s+20\d\d\s*[-–]\s*20\d\d\s*,?\s+(?=\p{Ll})"   # "Giai đoạn 2025 - 2027 chuyển đổi …"
    r"|^Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*,\s*(?:[^,:]{0,60}:\s*)?"   # "Thứ ba, đấu nối mới theo từng năm: …"
    r"|^(?:Cụ\s+thể|Ngoài\s+ra|Được\s+biết|Theo\s+đó|Bên\s+cạnh\s+đó|Đồng\s+thời"
    r"|Trước\s+đó|Sau\s+đó|Trong\s+khi\s+đó|Tuy\s+nhiên|Mặt\s+khác|Như\s+vậy|Qua\s+đó|Nhờ\s+đó|Do\s+đó|Vì\s+vậy|Từ\s+đó)\s*,\s*"   # "Trước đó, …"
    r"|^[^,:]{0,30}?\b(?:năm|đến\s+(?:hết\s+|cuối\s+)?năm|tháng\s+\d{1,2}[/.]|(?:đến|trước)\s+ngày\s+\d{1,2}/\d{1,2}/)\s*20\d{2}\s*[,:]\s*"   # "đến cuối năm 2022, …", "Định hướng đến năm 2030: …"
    r"|^[^.;]{0,80}?,\s*(?:đến\s+(?:hết\s+|cuối\s+)?|trong\s+)?năm\s+20\d{2}\s*,?\s*(?=\S)",   # "Về an ninh, trật tự, đến hết năm 2026 tội phạm …"
    regex.IGNORECASE | regex.DOTALL,
)


# The one who acts: "tỉnh", "UBND huyện Tam Bình", "toàn xã", "Huyện".
_ACTOR_PHRASE = (r"(?:(?:UBND|Ủy\s+ban\s+nhân\s+dân|toàn|các)\s+)?(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)"
                 r"(?:\s+(?-i:\p{Lu})[\p{L}\p{M}]*)*")
# … ending the text before "phấn đấu": "Về phòng, chống thiên tai, tỉnh", "# Xã Vĩnh Lộc", "các địa phương"
_ACTOR = regex.compile(rf"(?:^[\s#*]*|,\s*)(?:{_ACTOR_PHRASE}|(?:các\s+)?(?:địa\s+phương|ngành)"
                     r"|Kế\s+hoạch|Đề\s+án|Nghị\s+quyết|Chương\s+trình)\s*$", regex.IGNORECASE)   # "Kế hoạch đặt mục tiêu …"


_PLACE_NAME = regex.compile(r"(?-i:\p{Lu}[\p{Ll}\p{M}]*)(?:\s+(?-i:\p{Lu}[\p{Ll}\p{M}]*)){0,3}")
# A headline's label: "Bắc Kạn: Nâng độ che phủ rừng lên 73,8%", "Tam Bình: …"
_LABEL = regex.compile(r"(?-i:\p{Lu}[\p{L}\p{M}]*)(?:\s+(?-i:\p{Lu})[\p{L}\p{M}]*){0,3}\s*:\s*")


# "… phải đạt tối thiểu: | mầm non 85%, tiểu học 95%": a verb (and a comparator) before a colon over labelled values
_COLON_CMP = r"tối\s+thiểu|ít\s+nhất|trên|không\s+dưới|tối\s+đa"   # the comparators seen before such a colon
_VERB_COLON = regex.compile(rf"\s*\b(?:phải\s+)?(?:đạt|là)(?:\s+(?:{_COLON_CMP}))?\s*$", regex.IGNORECASE)
_LABELLED_LIST = regex.compile(rf"\b(?:đạt|là)(?:\s+(?:{_COLON_CMP}))?\s*:\s*(?P<label>(?:\S+\s+){{1,4}})$", regex.IGNORECASE)
_CMP_COLON = regex.compile(rf"\b(?P<cmp>{_COLON_CMP})\s*:\s*(?:\S+\s+){{1,4}}$", regex.IGNORECASE)
# "(yêu cầu đến) ngày 31/12/2025 tổng số tiền nợ thuế …": a date opening a subject is its deadline, not its words
_THIS_YEAR_LEAD = regex.compile(r"(?:trong\s+)?năm\s+(?:nay|20\d\d\s+này)\s*,?\s*", regex.IGNORECASE)   # "năm nay kim ngạch xuất khẩu …", "Năm 2024 này …"
_DATE_LEAD = regex.compile(r"(?:(?:đến|trước|tính\s+đến|từ|sau)\s+(?:hết\s+|cuối\s+)?)?(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
                        r"|tháng\s+\d{1,2}\s*[/.]\s*20\d\d"   # "(Đến hết) tháng 8/2025, tỷ lệ …"
                        r"|quý\s+[IV]{1,3}\b(?:\s*/\s*20\d\d)?"   # "…; quý IV đạt ít nhất 250 tỷ đồng"
                        r"|(?<=(?:sau|trước|từ)\s+)\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?)\s*,?\s*",   # "Sau 22h, độ ồn …"
                        regex.IGNORECASE)
_TIME_LEAD = regex.compile(r"(?:năm|đến|trong|vào|giai\s+đoạn|mỗi|hằng|hàng)\b", regex.IGNORECASE)

_GOAL_FRAME = regex.compile(r"\s*(?:(?:riêng|về|còn|đối\s+với)\s+)?(?:các\s+)?(?:mục|chỉ)\s+tiêu\b[^,:;]{0,30}[,:]", regex.IGNORECASE)

def _strip_openers(s: str) -> str:
    """"phấn đấu đến năm 2025, tỷ lệ …" → "tỷ lệ …": lead-ins, opening words and list marks removed."""
    head, colon, tail = s.rpartition(": ")
    if colon and (_BARE_LEVEL.fullmatch(tail.strip()) or (_VERB_COLON.search(head) and 1 <= len(tail.split()) <= 4)):
        # "tỷ lệ hồ sơ … phấn đấu đạt: cấp tỉnh (80%)": the level of the noun before the colon; "Tỷ lệ cơ sở giáo dục
        # thu học phí … phải đạt tối thiểu: mầm non (85%)": a label of the noun before it
        head = _VERB_COLON.sub("", head)
        s = _clean(_TRAILING_LEAD_IN.sub("", _LEAD_VERB.sub("", head).strip()).strip() + " " + tail)
    for _ in range(3):
        cut = _LEAD_IN.sub("", s, count=1)
        if not cut and (m := _TRAILING_LEAD_IN.search(s)):
            # "tổng thu ngân sách … phấn đấu": the subject stands before the lead-in;
            # "Ninh Thuận: Phấn đấu": a label before it is none
            head = s[:m.start()].rstrip()
            # "Về phòng, chống thiên tai, tỉnh phấn đấu": an actor before the lead-in is no subject either
            # (nor is a place's name: "Quảng Trị hướng tới 50.000 ha rừng trồng gỗ lớn")
            # (nor a frame: "Riêng mục tiêu dài hạn, đến năm 2030 phấn đấu 40% dân số …")
            cut = "" if (head.endswith(":") or _ACTOR.search(head) or _PLACE_NAME.fullmatch(head.strip())
                         or _GOAL_FRAME.match(head)) else _clean(head)
            if not cut:
                return ""
        if not cut or cut == s:
            break
        s = cut
    head, colon, tail = s.rpartition(": ")
    if colon and len(tail.split()) >= 2 and not _TIME_LEAD.match(tail):   # not "…: năm 2023 đạt", a year's value
        s = _clean(tail)   # "các xã tập trung vào những chỉ tiêu còn yếu: tỷ lệ hộ sử dụng nước sạch": what the colon opens
    while s:
        m = _THIS_YEAR_LEAD.match(s) or _openers().match(s) or _LIST_MARK.match(s) or _LABEL.match(s) or _DATE_LEAD.match(s)
        if not m or not m.group():
            break
        s = _clean(s[m.end():])
    return s


def _predicate_split(after: str, counted: bool = False) -> tuple[str, Optional[str]]:
    """Split the text after a value into (subject, action) at the first predicate word; after a counted noun
    (``counted``) "là" says who they are ("150 lao động | là thanh niên, phụ nữ DTTS …")."""
    starters = vocabulary()["predicate_starters"]
    words_re = _predicate_re(tuple(starters))
    m = words_re.search(after)
    fixed = [(p.start(), p.end()) for p in _fixed_phrases().finditer(after)] if m is not None else []
    while m is not None and (_ABOUT_END.search(after, 0, m.start())
                             # "trường học thu học phí không dùng tiền mặt" (cashless), "cơ sở sử dụng năng lượng trọng
                             # điểm" (a class the law names): a verb inside a fixed phrase
                             or any(a <= m.start() < b for a, b in fixed)
                             # "150 lao động | là thanh niên, phụ nữ DTTS đi làm việc …": who they are, no predicate
                             # (not a naming: "2 xã | là Cẩm Văn và Cẩm Vũ")
                             or (m.group().lower() == "là" and (0 if counted else 1) <= len(after[:m.start()].split()) <= 2
                                 and _LOWER_NEXT.match(after, m.end()) is not None)
                             # "565.000 ha rừng hiện có", "35 câu lạc bộ hiện có": the existing ones (not "… hiện có 684
                             # công dân": a count that it has)
                             or (m.group().lower() == "có" and _NOW_BEFORE.search(after, 0, m.start()) is not None
                                 and _COUNT_NEXT.match(after, m.end()) is None)
                             # "100% chất thải nguy hại phát sinh tại các khu công nghiệp | được …", "rác thải nhựa phát
                             # sinh": what arises, part of the noun (not "dịch vụ công … | phát sinh hồ sơ trực tuyến")
                             or (m.group().lower() == "phát sinh" and _ARISING_NEXT.match(after, m.end()) is not None)
                             # "100% phản ánh qua đường dây nóng | được … xác minh": by which way, part of the noun
                             or (m.group().lower() == "qua" and _VIA_THEN_PASSIVE.match(after, m.end()) is not None)
                             # "90% người dân được khảo sát | hài lòng …": the ones asked
                             or (m.group().lower() == "được" and _ASKED_ONES.match(after, m.end()) is not None)):
        m = words_re.search(after, m.end())   # "đợt tuyên truyền về | sử dụng điện an toàn": a topic, no predicate
    if not m:
        return _clean(after), None
    at = m.start()
    if (modal := _MODAL_LATER.match(after, at)) is not None and m.group().lower() not in ("phải", "cần", "sẽ"):
        at = modal.start("modal")   # "100% xe buýt đầu tư mới, thay thế | phải sử dụng điện": what comes before the modal says which
    elif (second := _SECOND_CO.match(after, at)) is not None:
        at = second.start("co")   # "số xã có tiềm năng du lịch có điểm đến được số hóa": the first "có" says which
    elif (passive := _CO_THEN_PASSIVE.match(after, at)) is not None:
        at = passive.start("pred")   # "93% trẻ em có hoàn cảnh đặc biệt được trợ giúp": "có …" says which children
    elif (attr := _CO_ATTRIBUTE.match(after, at)) is not None and (nxt := next(
            (w for w in words_re.finditer(after, attr.end()) if not w.group().lower().startswith("trở")), None)):
        at = nxt.start()   # "100% tàu cá có chiều dài từ 15 m trở lên lắp đặt …": "có chiều dài …" says which boats
    elif (which := _CO_THEN_PREDICATE.match(after, at)) is not None:
        at = which.start("pred")   # "100% xã có làng nghề | đạt chỉ tiêu 17.2", "số xã có tuyến đi qua | giữ vững …": which ones
    elif (cond := _CO_CONDITION.match(after, at)) is not None:
        # "12 điểm có nguy cơ cao", "người làm công việc có yêu cầu nghiêm ngặt về ATVSLĐ | được huấn luyện": the
        # condition says which, up to the predicate after it
        nxt = next((w for w in words_re.finditer(after, cond.end()) if w.group() != "("), None)
        at = nxt.start() if nxt is not None else len(after)
    elif ((made := _NEWLY_MADE.match(after, at)) is not None
          and after[made.end():(nxt := next((w.start() for w in words_re.finditer(after, made.end()) if w.group() != "("
                                             and not after[:w.start()].rstrip().endswith((" và", " hoặc"))),
                                            len(after)))].count(",") <= 1):
        # "100% xe buýt đầu tư mới, thay thế trên các tuyến nội đô | sử dụng điện": the new ones; "vốn FDI đăng ký mới và
        # tăng thêm …": a verb joined to it by "và" is more of the same
        at = nxt
    elif (m.group().lower() == "được" and (main := _DUOC_THEN_ENSURE.match(after, at)) is not None
          and "," not in after[at:main.start("pred")]):
        at = main.start("pred")   # "100% nhà được hỗ trợ | bảo đảm "3 cứng"": the houses that are helped
    elif (m.group().lower() == "đăng ký" and (later := _DONE_LATER.search(after, m.end())) is not None
          and "," not in after[at:later.start()]):
        at = later.start()   # "6 xã đăng ký về đích nông thôn mới năm 2025 | hoàn thành Tiêu chí số 2": which communes
    elif (after[at:at + 2].lower() == "đã" and not after[at + 2:].lstrip().lower().startswith("được")   # not "đã được …"
          and (later := _DUOC_LATER.search(after, at + 2)) is not None
          and "," not in after[at:later.start()] and " đã " not in after[at + 2:later.start()]):
        at = later.start()   # "100% lô đất đã nộp đủ tiền | được bàn giao …": "đã …" says which lots
    elif (_PERSON_ONLY.fullmatch(after, 0, at) is not None and m.group().lower() not in ("được", "có", "đạt")
          and (reach := _DAT_LATER.search(after, m.end()) or _DUOC_LATER.search(after, m.end())) is not None
          and "," not in after[at:reach.start()]):
        # "90% học sinh hoàn thành chương trình THCS | đạt năng lực tiếng Anh bậc 2", "100% học sinh hoàn thành chương
        # trình tiểu học | được tuyển vào lớp 6": which pupils
        at = reach.start()
    elif _BARE_PERSON.fullmatch(after, 0, at) is not None:
        # "350 người tham gia BHXH tự nguyện", "60% người hoàn thành cai nghiện … | được hỗ trợ", "45% số người được
        # cai nghiện | tham gia …": "người" alone names no one; the verb after it says who, up to the next predicate
        nxt = next((w for w in words_re.finditer(after, m.end()) if w.group() != "("), None)
        if nxt is not None:
            at = nxt.start()
        elif m.group().lower() not in ("được", "có"):   # not "300 người được vay vốn": whom the plan helps, and how
            at = len(after)
    elif (after[at:at + 2].lower() == "có" and _PERSON_HEAD.match(after) is not None
          and (passive := _CO_THEN_DUOC.match(after, at)) is not None):
        at = passive.start("pred")   # "75% người nghiện có hồ sơ quản lý | được tiếp cận dịch vụ": people get it
    q = _QUALIFYING.match(after, at)
    if q:
        # "số xã đạt chuẩn NTM năm 2024 phải đạt chỉ tiêu 8.4", "số xã đã đạt chuẩn giữ vững chỉ tiêu 3.2"
        at = m.start() if (m := words_re.search(after, q.end())) else q.end()
    if (neg := _NEGATION_END.search(after, 0, at)) is not None:
        at = neg.start()   # "100% chợ … không | sử dụng túi ni lông", "… ngân sách địa phương cho | đầu tư": the predicate's
    subject, action = after[:at], after[at:]
    return _clean(subject), (_clean(action) or None)


@lru_cache(maxsize=1)
def _fixed_phrases():
    return regex.compile(_alternation(vocabulary()["predicate_phrases_in_nouns"]), regex.IGNORECASE)


_ARISING_NEXT = regex.compile(r"\s*(?:$|[,.;)]|(?:tại|trên|từ|trong|ở|mới|được|hằng|hàng)\b)", regex.IGNORECASE)
_NOW_BEFORE = regex.compile(r"\shiện\s+$", regex.IGNORECASE)
_COUNT_NEXT = regex.compile(r"\s+(?:\p{L}+\s+)?\d")
_NEGATION_END = regex.compile(r"\s(?:không|chưa|không\s+được|chưa\s+được|cho)\s*$", regex.IGNORECASE)


# "có" + a condition, then the predicate: "trẻ em có hoàn cảnh đặc biệt | được trợ giúp", "hộ có nhu cầu | được vay vốn";
# not "xã có Trung tâm phục vụ hành chính công được trang bị …", whose "được" is the centre's
_CO_ATTRIBUTE = regex.compile(r"có\s+(?:chiều\s+dài|công\s+suất|quy\s+mô|trọng\s+tải|độ\s+tuổi|lưu\s+lượng(?:\s+khai\s+thác)?"
                           r"|doanh\s+thu|vốn\s+điều\s+lệ|tổng\s+mức\s+đầu\s+tư)\b",   # "hộ có doanh thu từ 1 tỷ đồng/năm trở lên | sử dụng …"
                           regex.IGNORECASE)   # "công trình có lưu lượng khai thác từ 200 m³/ngày đêm trở lên"
_CO_THEN_PASSIVE = regex.compile(
    r"có\s+(?:nhu\s+cầu|hoàn\s+cảnh|nguy\s+cơ|khó\s+khăn|đủ\s+điều\s+kiện|điều\s+kiện|thu\s+nhập|trình\s+độ|nghĩa\s+vụ)"
    r"[^,;()]*?\s(?P<pred>được)\s"
    r"|có\s+[^,;()]{1,40}?\sbị\s+[^,;()]{1,30}?\s(?P<pred>được)\s",   # "xe có thùng cơi nới trái phép bị phát hiện | được hạ …"
    regex.IGNORECASE)
# … and what people receive ("người nghiện có hồ sơ quản lý | được tiếp cận dịch vụ"); not what happens to a thing
# they have ("người dân | có hồ sơ sức khỏe điện tử được cập nhật")
_PERSON_ONLY = regex.compile(r"\s*(?:học\s+sinh|sinh\s+viên|lao\s+động|thanh\s+niên|phụ\s+nữ|trẻ\s+em|hội\s+viên|đoàn\s+viên)\s*",
                          regex.IGNORECASE)
# "được" + a short verb, then the main verb: "nhà được hỗ trợ | bảo đảm …" (not "được công nhận đạt chuẩn", one verb's
# complement)
_DUOC_THEN_ENSURE = regex.compile(r"được(?:\s+\S+){1,3}?\s+(?P<pred>bảo\s+đảm|đảm\s+bảo|đáp\s+ứng)\b", regex.IGNORECASE)
_NEWLY_MADE = regex.compile(r"(?:đầu\s+tư|xây\s+dựng|đăng\s+ký|cấp|thành\s+lập|lắp\s+đặt|làm|trồng)\s+mới\b", regex.IGNORECASE)
_DONE_LATER = regex.compile(r"(?<=\s)(?:hoàn\s+thành|đạt|được)\s", regex.IGNORECASE)
_DAT_LATER = regex.compile(r"(?<=\s)đạt\s", regex.IGNORECASE)
_DUOC_LATER = regex.compile(r"(?<=\s)được\s", regex.IGNORECASE)
_CO_CONDITION = regex.compile(r"có\s+(?:nguy\s+cơ|nhu\s+cầu|hoàn\s+cảnh|điều\s+kiện|khó\s+khăn|yêu\s+cầu|nghĩa\s+vụ|giá\s+trị|con|thai"
                           r"|người\s+(?:khuyết\s+tật|cao\s+tuổi|có\s+công|tâm\s+thần|nghiện)"   # "hộ có người khuyết tật | thoát nghèo"
                           r"|chỉ\s+số|(?:tổng\s+)?diện\s+tích|quy\s+mô)\b",   # "số ngày có chỉ số AQI …", "công trình có tổng diện tích sàn …"
                           regex.IGNORECASE)   # "hồ sơ thủ tục hành chính có nghĩa vụ tài chính": which records
_CO_THEN_DUOC = regex.compile(
    r"có\s+(?!(?:ít\s+nhất|tối\s+thiểu|từ|trên|hơn)\b|\d)[^,;()]+?\s(?P<pred>được)\s+"
    r"(?:hỗ\s+trợ|tiếp\s+cận|trợ\s+giúp|vay|chăm\s+sóc|chăm\s+lo|khám|tư\s+vấn|đào\s+tạo"
    r"|tập\s+huấn|học|hưởng|điều\s+trị|cai\s+nghiện|giải\s+quyết|tạo\s+việc\s+làm|giới\s+thiệu|thăm|tặng|nhận"
    r"|tuyên\s+truyền|hướng\s+dẫn|phổ\s+biến"
    r"|phát(?!\s+(?:triển|hiện|huy|sinh|động|hành|thanh|sóng)\b))\b",   # "hộ có trẻ nhỏ … | được phát áo phao"
    regex.IGNORECASE)   # (not "HTX | có ít nhất 01 cán bộ được tập huấn": a count there is the goal's own)
# "người" alone before a verb, "số người", "tỷ lệ người": a relative clause follows.
_BARE_PERSON = regex.compile(r"\s*(?:(?:tỷ\s+lệ|số)\s+)?người\s*", regex.IGNORECASE)
# Who receives what a plan gives: a person noun heading the subject, or a body of them ("100% hợp tác xã có sản phẩm
# OCOP | được hướng dẫn mở gian hàng").
_PERSON_HEAD = regex.compile(
    r"\s*(?:(?:tỷ\s+lệ|số)\s+)?(?:người|hộ|trẻ\s+em|lao\s+động|học\s+sinh|phụ\s+nữ|thanh\s+niên|đối\s+tượng|bệnh\s+nhân"
    r"|công\s+dân|hội\s+viên|đoàn\s+viên|nông\s+dân|hợp\s+tác\s+xã|HTX|tổ\s+hợp\s+tác|doanh\s+nghiệp)\b", regex.IGNORECASE)
_ABOUT_END = regex.compile(r"\svề\s*$", regex.IGNORECASE)
_LOWER_NEXT = regex.compile(r"\s+(?!(?:thôn|xã|huyện|phường|tỉnh|bản|ấp|thị\s+trấn|thành\s+phố)\s+\p{Lu})\p{Ll}")   # not "là huyện Bố Trạch"
_MODAL_LATER = regex.compile(r"(?:[^\s;:()]+\s+){1,5}?(?P<modal>phải|cần)\s", regex.IGNORECASE)
_ASKED_ONES = regex.compile(r"\s+(?:khảo\s+sát|hỏi|phỏng\s+vấn|điều\s+tra|lấy\s+ý\s+kiến)\s+(?=\p{Ll})")
_VIA_THEN_PASSIVE = regex.compile(r"\s+(?:\p{Ll}+\s+){1,4}?(?:đều\s+)?được\b")
_CO_THEN_PREDICATE = regex.compile(r"có\s+(?:(?!(?:đạt|được|phải|giữ|hoàn|không|chưa|và|hoặc)\b)\p{L}+(?:\s*,\s*|\s+)){1,5}?"   # ("có dàn karaoke, loa kéo | ký …")
                                r"(?P<pred>đạt|phải|giữ\s+vững|hoàn\s+thành|thành\s+lập|ký|thực\s+hiện|xây\s+dựng|tổ\s+chức|áp\s+dụng"
                                r"|ứng\s+dụng|kiện\s+toàn|phân\s+công|bố\s+trí|triển\s+khai|lắp\s+đặt)\b",   # "xã có rừng | kiện toàn …"
                                regex.IGNORECASE)   # ("100% trường có học sinh bán trú | xây dựng thực đơn theo tuần")   # (not "có sản phẩm được …": the thing had is acted on)
_SECOND_CO = regex.compile(r"có\s+[^,;()]+?\s(?P<co>có)\s", regex.IGNORECASE)
# A first predicate that only says which units are meant, when a second one follows:
# "100% số xã đạt chuẩn NTM trong năm 2024 phải đạt chỉ tiêu 8.4", "100% số xã đã đạt chuẩn duy trì … chỉ tiêu 17.8".
_QUALIFYING = regex.compile(
    r"""(?:đã\s+)?(?:được\s+công\s+nhận\s+)?đạt\s+chuẩn (?:\s+(?:NTM|nông\s+thôn\s+mới))? (?:\s+(?:nâng\s+cao|kiểu\s+mẫu))?   # "xã đạt chuẩn nâng cao | đạt …"
        (?:\s+(?:trong\s+|vào\s+)?năm\s+20\d\d)? (?:\s+trên\s+địa\s+bàn)?   # "xã đạt chuẩn NTM nâng cao trên địa bàn | giữ vững …"
        (?=\s+(?:phải\s+|cần\s+|đều\s+|tiếp\s+tục\s+)?(?:đạt|duy\s+trì|hoàn\s+thiện|giữ\s+vững)\b)
    | \bđã\s+có\s+hiệu\s+lực(?:\s+pháp\s+luật|\s+thi\s+hành)?   # "các quyết định … đã có hiệu lực pháp luật": which decisions
    | \bđể\s+(?:đạt|hoàn\s+thành|thực\s+hiện)(?:\s+được)?\s+(?:các\s+)?mục\s+tiêu\b   # "Để đạt mục tiêu, …": a purpose (held-out 814)
    | \bhiện\s+có(?=\s*(?:[,.;)]|$))   # "duy tu 65,5 km đường băng hiện có,": the existing ones
    | \bđã\s+(?:bị\s+)?(?:xuống\s+cấp|hư\s+hỏng|hư\s+hại|quá\s+hạn|hết\s+hạn)\b   # "nâng cấp 5 nhà vệ sinh đã xuống cấp": which
    | (?<=\p{L}\s+)còn\s+lại(?=\s*(?:[:;).,]|$))   # "Các khoản thu còn lại: 112,5 tỷ đồng", "tại 13 tổ dân phố còn lại.":
                                                  # the other ones (not "… còn lại 0,2%")
    | \b(?:xã|thôn|bản|huyện|trường)\s+đã\s+(?:đạt\s+chuẩn|được\s+công\s+nhận)   # "Ở các xã đã đạt chuẩn, …": which ones
        (?:\s+(?:NTM|nông\s+thôn\s+mới)(?:\s+(?:nâng\s+cao|kiểu\s+mẫu))?)?(?=\s*,)   # "Với các xã đã đạt chuẩn nông thôn mới, …"
    | (?<=\b(?:ở|tại|của)\s+(?:các\s+|những\s+)?)(?:xã|thôn|bản|huyện|trường)\s+đã\s+(?:đạt\s+chuẩn|được\s+công\s+nhận)
        (?:\s+(?:NTM|nông\s+thôn\s+mới)(?:\s+(?:nâng\s+cao|kiểu\s+mẫu))?)?   # "100% HTX … ở các xã đã đạt chuẩn NTM hoạt động …"
    | \bnhững\s+(?:[^\s,;]+\s+){1,3}?đã(?=\s)   # "tại những điểm đã cắm biển cảnh báo": which places
    | (?<=\b(?:trên|tại|ở|với)\s+)các\s+(?:[^\s,;]+\s+){1,3}?đã(?=\s)   # "tỷ lệ tái lấn chiếm trên các tuyến đã ra quân": which
                                                                    # ("Đối với các tiêu chí đã đạt, xã tập trung nâng chất: …")""",
    regex.VERBOSE | regex.IGNORECASE,
)


@lru_cache(maxsize=1)
def _GUARDED_HEADS() -> frozenset:
    """The nouns after which a predicate word is part of the noun ("đợt đăng ký", "chất thải rắn sinh hoạt")."""
    return frozenset(w for words in vocabulary()["predicates_in_nouns"].values() for w in words)


@lru_cache(maxsize=4)
def _predicate_re(starters: tuple[str, ...]):
    # a word of a noun is no predicate: "đảng viên sinh hoạt …" but "chất thải rắn sinh hoạt"
    in_nouns = vocabulary()["predicates_in_nouns"]
    plain = _alternation([w for w in starters if w not in in_nouns])
    guarded = [rf"(?<!\b(?:{_alternation(in_nouns[w])})\s+){_alternation([w])}" for w in starters if w in in_nouns]
    # nor "theo" of "theo dõi" (to monitor): "02 - 03 công chức theo dõi trật tự xây dựng"
    return regex.compile(r"\b(?<!\()(?:" + "|".join([plain] + guarded) + r")(?!\w)(?!\s+dõi\b)|\(", regex.IGNORECASE)


# (nor who assigns a figure: "vượt dự toán HĐND tỉnh giao", "kế hoạch tỉnh giao")
_NOT_LEVEL = regex.compile(r"\b(?:hợp\s+tác\s+xã|xã\s+hội|nông\s+thôn|thành\s+thị|toàn\s+(?:tỉnh|huyện|xã)"
                           r"|(?:(?:ubnd|hđnd|ủy\s+ban\s+nhân\s+dân|hội\s+đồng\s+nhân\s+dân)\s+)?(?:tỉnh|huyện|xã)\s+giao"
                           r"|(?:tỉnh|huyện|thành|quận)\s+(?:đoàn|ủy|hội)"   # "do Tỉnh đoàn hỗ trợ": a body, no level
                           # "… hoặc bản cam kết", "bản đồ số", "số bản sách": a document, a map, a copy, no village
                           r"|bản\s+(?:cam\s+kết|đồ|sao|tin|thảo|quyền|kế\s+hoạch|báo\s+cáo|hợp\s+đồng|đăng\s+ký|tự\s+kiểm\s+điểm"
                           r"|sách|in))\b")
_PLACE_AFTER_PREPOSITION = regex.compile(   # "… tại nhà văn hóa thôn, tổ dân phố"; not "của UBND xã", "của cấp huyện"
    r"\b(?:của|ở|tại|trong|trên|cho|thuộc|từ)\s+(?!(?:UBND|ủy\s+ban|cấp)\b).*$", regex.DOTALL | regex.IGNORECASE)


# Level syllables that often belong to another word; the tokenizer decides.
_AMBIGUOUS_LEVEL_WORDS = {"bản", "làng", "ấp", "buôn", "xóm", "thôn"}


# Words the segmenter joins that still name villages: "cô đỡ thôn bản", "đường trục thôn, liên thôn"
_LEVEL_COMPOUNDS = frozenset({"thôn bản", "thôn xóm", "bản làng", "làng bản", "xóm làng", "trục thôn", "liên thôn",
                              "liên bản", "trục bản"})


def _in_level_compound(text: str, start: int, end: int) -> bool:
    return any(s <= start and end <= e and w.lower() in _LEVEL_COMPOUNDS for s, e, w in tokenize.words(text))


def _standalone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a word of its own for the word segmenter."""
    return any(s == start and e == end for s, e, _ in tokenize.words(text))


@lru_cache(maxsize=1)
def _level_words():
    return regex.compile(r"(?<!\w)(?:" + _alternation(vocabulary()["level_words"]) + r")(?!\w)")


def _level_of(subject: str, unit: str, plan_level: Optional[str]) -> Optional[str]:
    levels = vocabulary()["level_words"]
    found = set()
    if unit.lower() in levels:
        return levels[unit.lower()]
    subject = _PAREN.sub(" ", subject)  # "Số giường bệnh (không tính giường trạm y tế xã)": an aside names no level
    for m in _CAP.finditer(subject):
        lv = " ".join(m.group("lv").lower().split())
        if lv == "thành phố":
            found.add("tinh" if plan_level in (None, "tinh") else "huyen")
        else:
            found.add(levels[lv])
    if not found:
        # "số xã", "mô hình thôn thông minh": the level words the subject names, when they agree.
        # Not a level: "hợp tác xã", "xã hội", "nông thôn", "toàn tỉnh", and places after a preposition
        # ("sản phẩm OCOP của tỉnh", "hộ gia đình tại các thôn").
        low = _NOT_LEVEL.sub(" ", subject.lower())
        low = _PLACE_AFTER_PREPOSITION.sub(" ", low)
        for m in _level_words().finditer(low):
            word = " ".join(m.group().split())
            if (word in _AMBIGUOUS_LEVEL_WORDS and not _standalone(low, m.start(), m.end())
                    and not _in_level_compound(low, m.start(), m.end())):
                continue  # "kịch bản", "làng nghề": the syllable is part of another word
            found.add(levels[word])
    return found.pop() if len(found) == 1 else None


_ROMAN_HEADING = regex.compile(r"^[IVX]+\s*\.(?!\d)")   # "II. MỤC TIÊU", not its part "II.1. Về tiếp cận nước sạch"
_YEAR_TITLE = regex.compile(r"(?:quý\s+[ivx]+\s+|(?:6|sáu)\s+tháng\s+(?:đầu|cuối)\s+)?(?:(?:trong|đến|tới)\s+)?(?:(?:hết|cuối)\s+)?(?:năm|giai\s+đoạn)\s+20\d\d[^\n]{0,12}$")


_RULES_HEADINGS = ("chấm điểm", "xếp loại", "thang điểm", "khen thưởng", "tiêu chuẩn xét",
                   "quy định cần chấp hành", "quy định cần biết", "quy định cần lưu ý")   # a notice's norms and fines (held-out 683)
_RESULT_HEADINGS = ("kết quả", "thực trạng", "hiện trạng", "tình hình", "nhìn lại", "đã làm được", "đã đạt được")
# A criterion's status before the dash that opens what is to be done: "…: đã đạt – duy trì …", "…: chưa đạt – phấn đấu …"
_STATUS_THEN = regex.compile(r"\b(?:đã|chưa)\s+đạt\s*(?:\([^()\n]{0,80}\))?\s*[–—-]\s+(?=\p{Ll})")
_DOSE_HEADINGS = ("liều lượng", "khuyến cáo")
_ADVICE_BOX = regex.compile(r"[\W\d]*(?:khuyến\s+cáo|lưu\s+ý|ghi\s+nhớ|mẹo)\b")   # a short heading that opens advice
_ADVICE_HEADINGS = ("hỏi đáp", "hướng dẫn", "lưu ý", "khuyến cáo", "mẹo")
_ROADMAP_HEADINGS = ("lộ trình", "phương hướng", "nhiệm vụ", "giải pháp", "kế hoạch", "mục tiêu", "chỉ tiêu", "phấn đấu")
_RESULTS_OF_GOALS = regex.compile(r"\s*kết\s+quả\s+(?:thực\s+hiện|đạt\s+được)\s+(?:các\s+|một\s+số\s+)?(?:mục|chỉ)\s+tiêu\b(?!.*\b(?:và|,)\s+"
                                r"(?:mục\s+tiêu|chỉ\s+tiêu|nhiệm\s+vụ|phương\s+hướng|kế\s+hoạch)\b)", regex.IGNORECASE)
_TASK_HEADINGS = ("việc cần làm", "nhiệm vụ năm", "nhiệm vụ trọng tâm", "kế hoạch năm", "phương hướng")
_EMOJI_LED = regex.compile(r"[ \t]*[\p{So}\p{Sk}\uFE0F]")


# A meeting's minutes: "Ý kiến thảo luận:" over what speakers propose (no goals), "Kết luận:" over what the chair sets
_VIETNAMESE_LETTER = regex.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", regex.IGNORECASE)
_LATIN_WORD = regex.compile(r"\b[A-Za-z]{2,}\b")
_MINUTES_LABEL = regex.compile(r"^[ \t]*(?:(?P<debate>Ý[ \t]+kiến[ \t]+thảo[ \t]+luận|Ý[ \t]+kiến[ \t]+phát[ \t]+biểu|Thảo[ \t]+luận)"
                            r"|Kết[ \t]+luận(?:[ \t]+của[ \t]+[^\n:]{3,60})?)[ \t]*:[ \t]*$", regex.MULTILINE | regex.IGNORECASE)


_REPORT_HEADING = regex.compile(r"^[ \t]*(?:[\p{So}\p{Sk}\uFE0F]+[ \t]*)?BÁO[ \t]+CÁO\b[\p{Lu}\d ,\-–]{0,60}(?:\([^()\n]{1,30}\))?[ \t]*:?[ \t]*$",
                             regex.MULTILINE)   # a heading in capitals over a report's figures
_CRITERIA_SET_HEADING = regex.compile(r"^[ \t]*BỘ[ \t]+TIÊU[ \t]+CHÍ\b[^\n:]{0,100}$", regex.MULTILINE)
_SCHEDULE_HEADING = regex.compile(r"^[ \t]*(?:Lịch[ \t]+triển[ \t]+khai|Tiến[ \t]+độ[ \t]+(?:thực[ \t]+hiện|triển[ \t]+khai)"
                               r"|Lộ[ \t]+trình[ \t]+thực[ \t]+hiện)[^\n:.;]{0,30}:[ \t]*$", regex.MULTILINE | regex.IGNORECASE)


# A slide deck's page mark: "Slide 4/12"
_SLIDE_MARK = regex.compile(r"^[ \t]*(?i:slide)[ \t]+\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?[ \t]*$", regex.MULTILINE)   # (or "Slide 3")
# A heading in capitals dated by how far it reports: "HIỆN TRẠNG (đến 31/12/2025)" (held-out 563)
_GOALS_ASIDE_HEADING = regex.compile(r"^[ \t]*[*•]?[ \t]*(?i:mục[ \t]+tiêu|chỉ[ \t]+tiêu)[^\n():]{0,30}?[ \t]*\([^()\n]{1,60}\)[ \t]*:?[ \t]*$",
                                  regex.MULTILINE)
_BULLET_NEXT = regex.compile(r"[ \t]*\n[ \t]*[•*+o–-][ \t]")
_BLOCK_END = regex.compile(r"\n[ \t]*\n(?=[ \t]*(?!(?:[-•*+o–]|\d+[.)])[ \t])\p{L})")
_AS_OF_HEADING = regex.compile(r"^[ \t]*(?P<head>\p{Lu}[\p{Lu} ,\-–]{3,40}?)[ \t]*\([ \t]*(?P<figures>(?i:số[ \t]+liệu)[ \t]+)?(?:tính[ \t]+)?(?i:đến)[^()\n]{1,20}\)[ \t]*:?[ \t]*$"
                            # (or in a minutes' bullets: "* Số liệu các trường báo (tính đến tháng 3)", held-out 649)
                            r"|^[ \t]*[*•]?[ \t]*(?P<head>(?i:số[ \t]+liệu)[^\n()]{0,40}?)[ \t]*\([ \t]*tính[ \t]+(?i:đến)[^()\n]{1,20}\)[ \t]*:?[ \t]*$",
                            regex.MULTILINE)


# A heading in capitals that opens a plan's part: "KẾ HOẠCH PHÁT TRIỂN TDTT QUẦN CHÚNG NĂM 2025", "NHIỆM VỤ NĂM 2026"
_PLAN_CAPS_HEADING = regex.compile(r"\b(?:KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN|NHIỆM\s+VỤ|PHƯƠNG\s+HƯỚNG)\b")


# A labelled line whose figure is the total of the lines below: "a) Thu nội địa: 1.102 tỷ đồng, gồm:"
_LABELLED_TOTAL = regex.compile(r"[^\S\n]*(?:[a-zđ\d]{1,2}[.)][^\S\n]*|[-+•*][^\S\n]*)?\p{L}[^:\n]{1,80}:[^\S\n]*[\d.,]+[^\S\n]*\p{L}[^,\n]{0,20},"
                             r"[^\S\n]*(?:bao[^\S\n]+)?gồm[^\S\n]*:?[^\S\n]*", regex.IGNORECASE)


def _section_kinds(text: str) -> list[tuple[int, str]]:
    """(offset, kind) of headings: goals, results, budget or other sections."""
    out = [(m.start(), "debate" if m.group("debate") else "goal") for m in _MINUTES_LABEL.finditer(text)]
    out += [(m.start(), "goal") for m in _SCHEDULE_HEADING.finditer(text)]   # "Lịch triển khai cụ thể:" over dated tasks
    if "BỘ TIÊU CHÍ" in text:   # (a cheap test first)
        for m in _CRITERIA_SET_HEADING.finditer(text):   # "BỘ TIÊU CHÍ XÃ THÔNG MINH (trích) - mức đạt của xã …" over its
            out.append((m.start(), "rules"))              # criteria's thresholds, no goal of the text's (held-out 803)
            if (end := _BLOCK_END.search(text, m.end())) is not None:
                out.append((end.end(), "other"))
    if "BÁO CÁO" in text:   # (a cheap test first)
        for m in _REPORT_HEADING.finditer(text):   # "BÁO CÁO TÀI CHÍNH NĂM 2025 (trích)" over its bullets (held-out 765)
            out.append((m.start(), "result"))
            if (end := _BLOCK_END.search(text, m.end())) is not None:
                out.append((end.end(), "other"))   # (its lines end at the first paragraph of prose after them)
    if "(" in text:   # (a cheap test first)
        out += [(m.start(), "result") for m in _AS_OF_HEADING.finditer(text)   # (or "TRƯỚC SÁP NHẬP (số liệu đến ngày 30/6/2025)")
                if any(w in m.group("head").lower() for w in _RESULT_HEADINGS + ("số liệu",)) or m.group("figures")]
        # … and its goals after it: "* Mục tiêu năm 2024 (chị Hạnh đọc trích kế hoạch)" (held-out 649)
        for m in _GOALS_ASIDE_HEADING.finditer(text):
            out.append((m.start(), "goal"))
            if _BULLET_NEXT.match(text, m.end()) and (end := _BLOCK_END.search(text, m.end())) is not None:
                out.append((end.end(), "other"))   # (a box of bullets ends at the first paragraph of prose after it)
    opened: dict[str, str] = {}   # the kind each numbering style last opened
    for m in _HEADING.finditer(text):
        if m.group("named") or m.group("caps"):
            low = (m.group("named") or m.group("caps")).lower()
            if "mục tiêu" in low or "chỉ tiêu" in low:
                out.append((m.start(), "goal"))
            elif m.group("caps") and any(w in low for w in _RESULT_HEADINGS):
                # (not "KẾT QUẢ RÀ SOÁT VÀ LỘ TRÌNH THỰC HIỆN CÁC TIÊU CHÍ": what was found and what is to be done, each line
                # saying which, held-out 513)
                out.append((m.start(), "other" if any(w in low for w in _ROADMAP_HEADINGS) else "result"))
            continue
        if m.group("short"):
            low = m.group("short").lower()
            if "mục tiêu" in low or "chỉ tiêu" in low:
                out.append((m.start(), "goal"))
            elif any(w in low for w in _RESULT_HEADINGS):
                out.append((m.start(), "result"))   # also "Nhìn lại năm 2025" over a year's figures
            elif any(w in low for w in _TASK_HEADINGS):
                out.append((m.start(), "goal"))   # "🎯 Việc cần làm trong năm nay" after "📉 Nhìn lại năm 2024"
            elif m.group("short").isupper() and ("kinh phí" in low or "nguồn vốn" in low or "nguồn lực" in low):
                out.append((m.start(), "budget"))   # an infographic's "KINH PHÍ", a slide's "NGUỒN LỰC" over the plan's sums
            elif low.startswith("dự toán"):
                out.append((m.start(), "budget"))   # "Dự toán ngân sách và đầu tư công" under a news item's goals (held-out 848)
            elif "giả định" in low or "kịch bản diễn tập" in low:
                out.append((m.start(), "rules"))   # a drill's "TÌNH HUỐNG GIẢ ĐỊNH": what is pretended, no goal (held-out 679)
            elif "kỹ thuật" in low and any(w in low for w in _ADVICE_HEADINGS):
                out.append((m.start(), "rules"))   # a farmers' "HỎI ĐÁP KỸ THUẬT" box: how to plant, no goal (held-out 673)
            elif _ADVICE_BOX.match(low):
                out.append((m.start(), "rules"))   # "KHUYẾN CÁO NGƯỜI DÂN", "📌 GHI NHỚ CHO MẸ BẦU": what one should do (755, 756)
            elif _EMOJI_LED.match(m.group()):
                out.append((m.start(), "other"))   # a post's next emoji heading ends the section before
            elif m.group("short").isupper() and out and out[-1][1] == "rules":
                out.append((m.start(), "other"))   # the next heading in capitals ends a box of advice or a drill's scenario
            elif m.group("short").isupper() and out and out[-1][1] == "result" and _PLAN_CAPS_HEADING.search(m.group("short")):
                out.append((m.start(), "other"))   # "KẾT QUẢ THI ĐẤU CUỐI TUẦN" ends at "KẾ HOẠCH PHÁT TRIỂN TDTT … NĂM 2025"
            continue
        title = (m.group("title") or m.group("ctitle")).lower()
        style = _marker_style(text[m.start():m.start("title" if m.group("title") else "ctitle")])
        if _YEAR_TITLE.match(title):
            # "1. Quý IV năm 2025", "2. Năm 2026" under "II. MỤC TIÊU, CHỈ TIÊU": the year of the items below, in the
            # section over it
            out.append((m.start(), out[-1][1] if out else "other"))
            continue
        if _RESULTS_OF_GOALS.match(title):
            kind = "result"   # "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU": how the goals went (held-out 801)
        elif "mục tiêu" in title or "chỉ tiêu" in title:
            kind = "goal"
        elif any(w in title for w in _RULES_HEADINGS) or any(w in title for w in _DOSE_HEADINGS):
            kind = "rules"   # "3. Chấm điểm, xếp loại", "4. Khen thưởng": a movement's scoring, no goal; "II. LỊCH THỜI VỤ VÀ
            # LIỀU LƯỢNG PHÂN BÓN KHUYẾN CÁO": how to farm (held-out 689)
        elif any(w in title for w in (*_RESULT_HEADINGS, "đánh giá")):
            kind = "result"
        elif any(w in title for w in _TASK_HEADINGS):
            kind = "goal"   # "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024" after "I. KẾT QUẢ …" (held-out 801)
        elif ("kinh phí" in title or "nguồn vốn" in title) and not any(c.isdigit() for c in _BARE_YEAR.sub("", title)):
            kind = "budget"   # (not a line that gives its figures: "5. Kinh phí – Kế hoạch vốn: 14,2 tỷ đồng – Giải ngân: …")
        elif title.isupper() or _ROMAN_HEADING.match(m.group()):
            kind = "other"
        elif opened.get(style) is not None:
            # "2. Mục tiêu 62.000 căn đến năm 2030" then "3. Thiết chế công đoàn …": a heading numbered alike ends the section
            kind = "other"
        else:
            continue
        opened[style] = kind
        out.append((m.start(), kind))
    out.sort()
    if "lide" in text:   # (a cheap test first)
        # a slide's "THỰC TRẠNG NĂM 2024" or "NGUỒN LỰC" ends with the slide ("Slide 4/12" over "Mục tiêu: …"); a goals
        # slide's deck goes on
        slides = [(m.start(), "other") for m in _SLIDE_MARK.finditer(text)
                  if (over := _heading_over(out, m.start())) is not None and over[1] in ("result", "budget")]   # (or "NGUỒN LỰC")
        out = sorted(out + slides)
    return out


_MARKER_STYLE = regex.compile(r"[ \t\p{So}\p{Sk}\uFE0F]*(?:Điều\s+(?P<article>\d+)|(?P<roman>[IVX]+)(?P<sub>(?:\.\d+)+)?|(?P<letter>[A-Z])|(?P<num>\d+(?:\.\d+)*))\s*(?P<end>[.)/])")


def _marker_style(marker: str) -> str:
    """How a heading is numbered: "II." is roman, "2." and "3." alike, "2.1." another depth, "a)" a letter."""
    m = _MARKER_STYLE.match(marker)
    if m is None:
        return ""
    if m.group("article"):
        return "article"   # "Điều 2. Nguồn vốn và kinh phí" after "Điều 1. …" of a resolution
    if m.group("num"):
        return f"num{m.group('num').count('.')}{m.group('end')}"
    if m.group("roman"):
        return f"roman{(m.group('sub') or '').count('.')}{m.group('end')}"   # "II.1." is a part of "II."
    return "letter" + m.group("end")


def _heading_over(sections: list[tuple[int, str]], pos: int) -> Optional[tuple[int, str]]:
    """(offset, kind) of the last heading at or before ``pos``."""
    return next(((start, kind) for start, kind in reversed(sections) if start <= pos), None)


def _section_at(sections: list[tuple[int, str]], pos: int) -> Optional[str]:
    heading = _heading_over(sections, pos)
    return heading[1] if heading else None


# "theo Bộ tiêu chí quốc gia về xã NTM giai đoạn 2021-2025": the period of the criteria set, no deadline.
_FRAMEWORK_PERIOD = regex.compile(
    # "Luật Hợp tác xã năm 2023"; not across a bracket or a colon: "(chỉ tiêu 17.1 … theo Bộ tiêu chí …): năm 2023 đạt 60%"
    # ("Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030": the term is the name's)
    # ("Tỷ lệ hộ nghèo giảm 4 - 5% theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030": the period is the poverty line's)
    r"(?:tiêu\s+chí|Luật|Nghị\s+định|Nghị\s+quyết|Quyết\s+định|Thông\s+tư|chuẩn\s+nghèo)"
    r"(?:[^,;.:)]{0,80}|[^,;.:)]{0,60}\blần\s+thứ\s+[IVXLC]+,\s*nhiệm\s+kỳ\s+)$",
    regex.IGNORECASE | regex.REVERSE,
)


def _deadline_outside_parts(text: str, start: int, end: int, now: Optional[int], clause_ends: list[int],
                            first_value: int) -> Optional[int]:
    """The latest year ``text[start:end]`` sets outside its parts after "trong đó" (up to their clause's end), whose
    years are theirs: "Hoàn thành 6.500 căn hộ, trong đó năm 2024 đưa vào sử dụng 2.000 căn; khởi công 04 dự án".
    A "Trong đó," before any value (``first_value``) opens no part: "Trong đó, lắp đặt 60 thùng rác …, trước ngày …"."""
    years = []
    at = start
    for m in _PART_START.finditer(text, max(start, first_value), end):
        years.append(_deadline(text, at, m.start(), now))
        k = bisect_right(clause_ends, m.end())
        at = min(end, clause_ends[k]) if k < len(clause_ends) else end
    years.append(_deadline(text, at, end, now))
    return max(filter(None, years), default=None)


def _deadline(text: str, start: int, end: int, now: Optional[int] = None) -> Optional[int]:
    """The latest year the text between ``start`` and ``end`` sets ("đến năm 2025"); years before
    the document was written ("Luật Giáo dục năm 2019") and criteria-set periods are no deadlines."""
    years = [y for y in _years_in(text, start, end) if now is None or y >= now]
    if years and (text.find("(", start, end) >= 0 or text.find("trong khi", start, end) >= 0):
        years = [y for y in years if y in _years_not_aside(text, start, end)]   # not "(năm 2025 ước thu …)" (held-out 800)
    if len(years) > 1 and (kept := _MAINTAINED.search(text, start, end)) is not None:
        # "đạt 100% vào năm 2027 và duy trì đến năm 2030": the goal is met by 2027, then kept
        later = int(kept.group("year"))
        years = [y for y in years if y != later] or years
    return max(years) if years else None


_SCHOOL_YEAR = regex.compile(r"\bnăm\s+học\s+(?P<start>20\d\d)\s*[-–]\s*20\d\d", regex.IGNORECASE)
_MAINTAINED = regex.compile(r"\b(?:duy\s+trì|giữ\s+vững)(?:\s+ổn\s+định)?\s+(?:đến|tới)\s+(?:hết\s+)?năm\s+(?P<year>20\d\d)",
                         regex.IGNORECASE)


@lru_cache(maxsize=64)  # a sentence is read for its years once per clause and item; keys hold the current text
def _years_in(text: str, start: int, end: int) -> tuple[int, ...]:
    """The years of ``text[start:end]`` that date something, not the name of a law or a criteria set."""
    return tuple(int(m.group("year")) for m in _YEAR.finditer(text, start, end) if _dates_something(text, start, m.start())
                 and not _in_statement_aside(text, m.start()))


def _in_statement_aside(text: str, at: int) -> bool:
    """"(năm học 2024 - 2025 mới có 9 trường)": a year inside an aside that reports dates no goal."""
    aside = _ASIDE_AROUND.search(text, max(0, at - 40), at)
    if aside is None:
        return False
    close = text.find(")", at, at + 80)
    return close > 0 and (_ASIDE_STATEMENT.search(text, aside.start(), close) is not None
                          # "(năm 2025: 19 trường hợp) không quá 15 trường hợp": the year of where the measure stands
                          # "(năm 2025: 46,9 ca/100.000 trẻ đẻ sống)" after a goal's unit: a year's own figure (held-out 523)
                          or _YEAR_FIGURE_ASIDE.match(text, aside.start()) is not None
                          # "nâng tỷ lệ … từ 88,6% (năm 2025) lên trên 92%": the year of where a change starts (held-out 531)
                          or (_BARE_YEAR_ASIDE.match(text, aside.start()) is not None
                              and _GOAL_AFTER_ASIDE.match(text, close) is not None)
                          or (_BASELINE_YEAR.match(text, aside.start()) is not None
                              and (_GOAL_AFTER_ASIDE.match(text, close) is not None
                                   # "…: > 90% (năm 2025: 87,4%)": after the goal
                                   or _VALUE_ENDS.search(text, max(0, aside.start() - 10), aside.start()) is not None)))


# "… Quyết định số 588/QĐ-TTg ngày 28/4/2020 của Thủ tướng Chính phủ phê duyệt Chương trình điều chỉnh mức sinh phù hợp các
# vùng, đối tượng đến năm 2030": a year in the title of what a cited document approves
_APPROVED_TITLE = regex.compile(r"\b(?:Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị|Kế\s+hoạch)\s+số\s+\d+[^\s,;]*[^;:\n]{0,80}?\b(?:phê\s+duyệt|ban\s+hành)\s+"
                            r"(?:Chương\s+trình|Đề\s+án|Chiến\s+lược|Kế\s+hoạch|Quy\s+hoạch|Dự\s+án)\b[^;:\n]{0,140}$")


def _dates_something(text: str, start: int, at: int) -> bool:
    if _WHEN_DAY_OR_MONTH.match(text, at):
        return True   # "… tập huấn Luật Đất đai mới trong tháng 9/2024": a time of the act, no part of the law's name
    named = _FRAMEWORK_PERIOD.search(text, max(start, at - 90), at)
    if named is None and "số" in (window := text[max(start, at - 200):at]) and ("duyệt" in window or "hành" in window):
        named = _APPROVED_TITLE.search(text, max(start, at - 200), at)   # (a cheap test first: this runs for every year read)
    # "Nghị quyết đề ra mục tiêu đến năm 2030": the document sets a goal for the year; it is no part of its name
    return named is None or _GOAL_WORD.search(text, named.start(), at) is not None or _SETS_OUT.search(text, named.start(), at) is not None


_WHEN_DAY_OR_MONTH = regex.compile(r"(?:trong|trước|vào)\s+(?:ngày|tháng|\d)", regex.IGNORECASE)
# What happened, in a disaster's or an incident's toll (not "không để xảy ra …", a goal)
_EVENT = regex.compile(r"(?<!\bđể\s)\b(?:xuất\s+hiện|xảy\s+ra)\s+(?:hơn\s+|trên\s+|gần\s+|khoảng\s+)?\d"
                    # (not what is to be mended: "Sửa chữa 1.250 căn nhà hư hỏng nặng và xây dựng lại 27 căn nhà bị sập đổ")
                    r"|(?<!\b(?:sửa\s+chữa|xây\s+(?:dựng\s+)?lại|khôi\s+phục|khắc\s+phục|hỗ\s+trợ|di\s+dời)\s+)"
                    r"(?<![\d.,])\d[\d.,]*\s+(?:\p{L}+\s+){1,3}bị\s+(?:sập|đổ|cuốn\s+trôi|tốc\s+mái|vùi\s+lấp)", regex.IGNORECASE)
# a storm's damage list, a label and its figure parted by dots: "Lúa mùa bị đổ, ngập úng ........ 7.460 ha", "Ước giá trị
# thiệt hại ....... 468 tỷ đồng" (held-out 819)
_DAMAGE_LINE = regex.compile(r"(?:\bbị\s+(?:sập|đổ|ngập|hư\s+hại|hư\s+hỏng|tốc\s+mái|cuốn\s+trôi|vùi\s+lấp|sạt\s+lở|gãy\s+đổ"
                          r"|thiệt\s+hại)\b[^\d\n;]{0,60}?|\bthiệt\s+hại[ ]*)(?:\.{3,}|…)[ ]*\d", regex.IGNORECASE)
# "Nghị quyết xác định đến năm 2030, …": the document sets the year; it is no part of its name
_SETS_OUT = regex.compile(r"\b(?:xác\s+định|yêu\s+cầu|nêu\s+rõ)\b", regex.IGNORECASE)


def find(doc: Document, *, horizon: Optional[int] = None, plan_level: Optional[str] = None,
         now: Optional[int] = None, late_in_year: bool = False) -> list[Target]:
    """Targets of ``doc``; ``horizon`` (the plan's last year) is the default deadline; ``now`` (the
    year the document was written) tells figures of past years ("Năm 2021, toàn tỉnh có thêm 17 xã
    đạt chuẩn") as results; ``late_in_year`` (written from October on) does so for figures of the year itself
    with no goal word ("Năm 2023, tốc độ tăng giá trị sản xuất đạt 10,2%" in a review of 29/12/2023).

    >>> doc = Document.from_text("Mục tiêu đến năm 2025: ít nhất 90% hồ sơ công việc cấp tỉnh, 80% hồ sơ "
    ...                          "công việc cấp huyện và 60% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.")
    >>> [(t.value, t.comparator, t.level, t.deadline, t.action) for t in find(doc)]  # doctest: +NORMALIZE_WHITESPACE
    [(90, '>=', 'tinh', 2025, 'được xử lý trên môi trường mạng'),
     (80, '>=', 'huyen', 2025, 'được xử lý trên môi trường mạng'),
     (60, '>=', 'xa', 2025, 'được xử lý trên môi trường mạng')]
    """
    text = doc.text
    values = candidates(text)
    value_starts = [v.start for v in values]
    if (not values and "|" not in doc.raw and "\t" not in doc.raw and "):" not in doc.text and "   " not in doc.raw
            and "TT\n" not in doc.raw and "; 20" not in doc.text and '","' not in doc.raw
            and doc.raw.count(";") < 9 and "Chỉ tiêu\n" not in doc.raw and "ĐVT" not in doc.raw
            and doc.raw.count(" — ") < 6 and doc.raw.count("......") < 9):   # bare numbers in tables, lists
        return []
    v = vocabulary()
    code_spans = criteria_mod.mention_spans(text, doc.raw)
    sections = _section_kinds(text)
    targets: list[Target] = []
    seen: list[tuple] = []

    # "hộ gia đình (HGĐ)" explained once: "60% HGĐ thực hiện PLTN" then restates a headline's "hộ gia đình phân loại …"
    spelled = _spell_out(_abbreviations(text))
    table_targets, table_rows, sums = _table_targets(doc, horizon, now)
    table_ids = {id(t) for t in table_targets}
    for t in table_targets:
        seen.append((_twin_key(t.value, _row_unit(t), spelled(t.subject), spelled(t.action), t.value_max), t, True))
    targets.extend(table_targets)
    bounds = _clause_bounds(text)
    clause_ends = [e for _, e in bounds]
    # The headline restates a goal in its own words ("phấn đấu có 30 chuỗi liên kết gắn hợp tác xã với tiêu thụ
    # nông sản" / "xây dựng 30 chuỗi liên kết sản xuất - tiêu thụ giữa HTX với doanh nghiệp"): its twins may share less.
    # (found in the normalised text, which the title was read from: "… phấn đấu …" restored from "… phan dau …")
    at = doc.text.find(doc.title) if doc.title else -1
    headline_end = doc.raw_span(at, at + len(doc.title))[1] if at >= 0 else -1
    headline_years = set(_years_in(text, at, at + len(doc.title))) if at >= 0 else set()   # "… vào năm 2030"
    if (summary := _SUMMARY_BOX.search(text, 0, min(len(text), 1500))) is not None:
        # "Tóm tắt:\n• 100% hộ nuôi trâu, bò … • … trên 42.000 con …": a summary box under the headline restates the body's
        # goals in its own words, as a headline does
        headline_end = max(headline_end, doc.raw_span(summary.start(), summary.end())[1])
    other_news = (_other_news(text) if any(w in text for w in ("Tin", "TIN", "Bài", "BÀI", "tin khác", "tin liên quan", "Bình chọn", "Thăm dò"))
                  else [])   # (a cheap test first)
    if "thêm" in text:   # "Xem thêm: Hơn 1.000 học sinh THCS tham gia …": a link to another article, on its line
        other_news += [(m.start(), _see_also_end(text, m.start())) for m in _SEE_ALSO.finditer(text)]
    # (read on the raw text, whose lines normalising may join: "15/10/2025 16:20\nSáng 15/10, …")
    other_news += [(doc.norm.to_norm(a), doc.norm.to_norm(b)) for a, b in _listed_articles(doc.raw)]
    notes = _footnotes(text) if "[" in text else []   # (a cheap test first)
    if (comments := _COMMENTS.search(doc.raw)) is not None:   # (on the raw text too: a wrapped text's lines may be joined)
        other_news.append((doc.norm.to_norm(comments.start()), len(text)))   # readers' comments under the article: "Bình
        # luận (2)", "Ý kiến bạn đọc"
    named_before: list[tuple[str, Optional[str], str]] = []   # the items of the clauses read so far, for "ba tỷ lệ này"
    last_clause: Optional[tuple[int, str, str, Optional[str]]] = None   # the sentence, subject, unit, verb of the last item read
    for (c_start, c_end), vals in _group_by_clause(values, bounds, table_rows, len(text)).items():
        if any(a <= c_start < b for a, b in other_news) or _FONT_WIDGET.search(text, c_start, c_end):
            continue   # other articles; "A- A A+ 100%", a page's font-size buttons
        s_start, s_end = doc.sentence_of(vals[0].start)
        para_start = text.rfind("\n", 0, s_start) + 1
        sentence = text[s_start:s_end]
        if not _VIETNAMESE_LETTER.search(sentence) and len(_LATIN_WORD.findall(sentence)) >= 6:
            continue   # "Summary: By 2030 the province aims to cut plastic litter … by at least 75%": another language
        if sentence.rstrip().endswith("?"):
            continue   # "Bao giờ tất cả bệnh viện trong tỉnh bỏ bệnh án giấy?": a question sets nothing
        if _EXAMPLE_LEAD.match(sentence):
            continue   # "Ví dụ: trụ sở UBND xã lắp 10 kWp → 10 × 4,2 × 0,8 ≈ 34 kWh/ngày, …": a worked example (held-out 602)
        clause = text[c_start:c_end]
        section = _section_at(sections, c_start)
        if section is None and _GOAL_PARAGRAPH.match(text, para_start):
            section = "goal"   # "Mục tiêu đến hết năm 2026, toàn huyện tái canh …. Toàn bộ diện tích … giống mới đã được …"
        intro = text[_clause_start(clause_ends, max(0, c_start - 1)):c_start]  # the lead-in before a list
        list_intro = _list_intro(text, c_start)  # "Về mục tiêu cụ thể, Kế hoạch đề ra đến năm 2025:" over "- " items
        intro += " " + list_intro
        vals = _list_items(text, vals, c_start)
        items: list[_Item] = []
        for i, val in enumerate(vals):
            item_end = vals[i + 1].start if i + 1 < len(vals) else c_end
            prev_end = vals[i - 1].end if i > 0 else c_start
            item = _read_item(text, val, prev_end, item_end, code_spans, after_count=i > 0 and vals[i - 1].is_count)
            if (not item.subject and last_clause is not None and last_clause[0] == s_start and last_clause[1]
                    and last_clause[2] == val.unit and (i == 0 and _PART_OPENS.match(text, c_start)
                                                        or i > 0 and items and items[-1].subject == last_clause[1])):
                # "… chuyển đổi tối thiểu 650 ha đất lúa …; trong đó năm 2025 chuyển đổi (200 ha), năm 2026 là (220 ha)": parts
                # of the whole the clause before named
                item.subject = last_clause[1]
            if (item.val.is_count and item.val.unit == "người" and item.subject in ("", "người")
                    and (who := _WHO_IN_BRACKET.match(text, val.end)) is not None):
                item.subject = _clean(who.group("who"))   # "ít nhất 120 người (nhân viên cấp dưỡng, giáo viên quản lý bán trú)"
            if item.val.is_count and (named := _named_before_bracket(text, item, c_start)) is not None:
                # "lắp đặt bổ sung camera phạt nguội tại nút giao (ít nhất 60 camera)", "số trường hợp được kiểm tra nồng độ
                # cồn (tối thiểu 25.000 trường hợp/quý)": a figure in brackets counts the noun named before them
                item.subject = named
            if (item.val.is_count and item.subject in ("số", "tổng số", "tổng diện tích", "tổng công suất", "tổng chiều dài")
                    and items and items[-1].val.is_count
                    and items[-1].val.unit.split()[0] == item.val.unit.split()[0]):
                # "thành lập mới 40 tổ liên gia an toàn PCCC, nâng tổng số lên không dưới (85 tổ)", "…, nâng tổng diện tích lên
                # (trên 36.000 ha)" (599): the same noun's total
                item.subject = items[-1].subject
            if (item.share and item.subject_before and items and items[-1].val.is_count
                    and items[-1].val.unit not in v["measure_units"] and items[-1].val.unit not in v["money_units"]
                    and (comma := text.rfind(",", items[-1].val.end, val.start)) >= 0):
                # "toàn tỉnh còn 9.604 hộ nghèo, chiếm (3,14%)", "… 96 trường đạt chuẩn quốc gia, chiếm (50,04%)": the share
                # of what the count before counts
                item.subject = _clean(items[-1].val.unit + " " + text[items[-1].val.end:comma])
            elif (item.val.unit == "%" and item.subject_before and item.subject and items and items[-1].val.is_count
                  and items[-1].val.unit not in v["measure_units"] and items[-1].val.unit not in v["money_units"]
                  and "/" not in items[-1].val.unit and items[-1].val.unit.split()[0] not in _MULTIPLIERS
                  and text[items[-1].val.end:items[-1].val.end + 1] == " "
                  and 0 <= (named_at := text.find(item.subject, items[-1].val.end, val.start)) - items[-1].val.end <= 12
                  and not _RATE_NOUN.match(item.subject) and not _CLAUSE_MARK.search(text, items[-1].val.end, named_at)):
                # "ít nhất 97 đơn vị | cấp xã đạt chuẩn tiếp cận pháp luật, năm 2025 đạt 100%": the words after the count
                # name its noun's kind; the share is of that noun (the words the item's own reading cut off too: "437/452
                # trẻ | dưới | 1 tuổi được tiêm chủng đầy đủ, đạt 96,7%")
                item.subject = _clean(items[-1].val.unit + text[items[-1].val.end:named_at + len(item.subject)])
            if item.scope and (not items or items[-1].scoped):
                (item.subject, item.action), item.scoped = item.scope, True
                if items and items[-1].scope_head and not item.scope_head:
                    item.scope_head = items[-1].scope_head   # "…, 85% đối với lớp 6": the same measure
                    item.subject = f"{item.scope_head} {item.subject}"
            if item.scoped:
                pass
            elif i > 0 and items and ((item.subject_before and (not item.subject or _QUALIFIER.match(item.subject)
                                                              or _VERB_ONLY.fullmatch(item.subject)
                                                              or _BARE_PREPOSITION.fullmatch(item.subject)))
                                    or _CAP_LEAD.match(item.subject)   # "50% ở cấp tỉnh và 30% ở cấp huyện"
                                    # "… số hóa không dưới 250 mét giá tài liệu và năm 2026 tối thiểu 300 mét giá": the
                                    # noun after the value before, and a join
                                    or (item.subject_before and item.val.is_count and items[-1].action
                                        and item.subject.startswith(items[-1].action)
                                        and item.subject[len(items[-1].action):].strip() in ("và", ",", "hoặc"))
                                    # "Diện tích lúa chất lượng cao đạt tối thiểu 9.500 ha, chiếm trên 75% tổng diện
                                    # tích gieo cấy": the share of what the item before names (not "8 xã …, chiếm 47%
                                    # tổng số xã", whose item names no more than its unit)
                                    or (item.share and items[-1].subject_before and items[-1].subject)

                                    # "Số mô hình … đạt ít nhất 38 mô hình trong năm 2026 và từ (45 mô hình) trở lên …":
                                    # a count named by its unit alone after a "Số …" measure of the same unit
                                    # (in millions too: "… đạt 4,2 triệu lượt hành khách năm 2024 và không dưới 5 triệu …")
                                    or (item.val.is_count and item.subject in (item.val.unit, _MULTIPLIER_WORD.sub("", item.val.unit))
                                        and not item.per
                                        and items[-1].val.unit == item.val.unit
                                        and _AND.search(text, items[-1].val.end, val.start) is not None
                                        and _COUNT_OF.match(items[-1].subject) is not None)):
                # "đạt 80% đối với cấp tỉnh, 70% đối với cấp huyện"; "độ che phủ rừng năm 2023 đạt 73,6% và đến năm
                # 2025 giữ ổn định ở mức 73,8%": the subject of the item before (of the same unit: "Xã đã trồng mới 46 ha
                # rừng, đạt 57,5% kế hoạch, phấn đấu trồng đủ 80 ha")
                item.subject = next((x.subject for x in reversed(items) if x.val.unit == item.val.unit), items[-1].subject)
            elif (items and (items[-1].subject_before or _WHERE_AFTER.match(items[-1].action or ""))
                  and not item.subject_before and not item.val.is_count
                  and item.val.unit == items[-1].val.unit and _WHERE_AFTER.match(item.subject)):
                # "Tỷ lệ đội mũ bảo hiểm … đạt trên 98% tại Quốc lộ 1, đường tỉnh và không dưới 90% tại các tuyến liên
                # thôn": where the measure of the item before is taken
                item.subject, item.action = items[-1].subject, item.action or item.subject
            elif (items and not item.val.is_count and _WHERE_AFTER.match(item.subject)
                  and (src := next((x for x in reversed(items) if x.placed is not None), None)
                       or (items[-1] if items[-1].action and not items[-1].subject_before
                           and _WHERE_IN.search(items[-1].action) else None)) is not None
                  and src.val.unit == item.val.unit):
                # "Ít nhất 95% số hộ có đất bị thu hồi tại xã Toàn Thắng, 90% tại xã Hoàng Diệu và 85% tại xã Gia Tân
                # nhận xong tiền …": the measure of the first, at each item's place
                if src.placed is None:
                    where = _WHERE_IN.search(src.action)
                    src.placed = f"{src.subject} {src.action[:where.start()].strip()}".strip()
                    src.subject, src.action = f"{src.subject} {src.action}", None
                place, rest = _predicate_split(item.subject)
                item.subject, item.action = f"{src.placed} {place or item.subject}", rest or item.action
            elif (items and item.subject_before and item.subject and item.val.unit == items[-1].val.unit
                  and _WHERE_AFTER.match(items[-1].action or "") and items[-1].action.endswith(item.subject)):
                # "tối thiểu 6 lượt/tháng trên sông Tiền, 4 lượt/tháng trên sông Hậu": the place of the item before is no
                # measure; the measure is the item before's, at this item's place
                item.subject, item.subject_before = items[-1].subject, False
                item.comparator = items[-1].comparator if not item.own_comparator else item.comparator
            elif (items and item.subject_before and item.subject and item.val.unit == items[-1].val.unit
                  and _WHERE_AFTER.match(items[-1].action or "") and _NAMED_PLACES.fullmatch(item.subject)):
                # "… tối thiểu 120 lít/người/ngày đêm tại thành phố Thái Nguyên, | thành phố Sông Công, thành phố Phổ Yên và
                # không dưới (100 lít/người/ngày đêm) tại các thị trấn": the places go on the item before's list (held-out 580)
                places = _clean(_TRAILING_JOIN.sub("", item.subject))
                if places not in items[-1].action:
                    items[-1].action = f"{items[-1].action}, {places}"
                item.subject, item.subject_before = items[-1].subject, False
            elif items and (at := max(text.rfind(item.subject, prev_end, val.start) if item.subject else -1,
                                      text.rfind(item.per, prev_end, val.start) if item.per else -1)) > prev_end:
                # "…, 60 tổ hợp tác, nâng tổng số HTX lên 520 hợp tác xã", "…, mỗi tổ có từ 3 - 5 thành viên": the
                # item before ends at the comma before this item's own subject
                cut = text.rfind(",", prev_end, at)
                if cut >= prev_end:
                    last = items[-1]
                    items[-1] = _read_item(text, last.val, last.item_start, cut, code_spans)
            if (items and item.subject_before and _AREA_PART.match(item.subject) and items[-1].subject
                    and item.val.unit == items[-1].val.unit and not _AREA_PART.match(items[-1].subject)):
                # "Tiêu chuẩn cấp nước … không thấp hơn 120 lít/người/ngày, riêng khu vực nội thị trung tâm đạt 130 -
                # 150 lít/người/ngày": the measure there
                item.subject = f"{items[-1].subject} {item.subject}"
            if (not items and _LEVEL_PHRASE.fullmatch(item.subject)
                    and (named := _noun_before(text, c_start, val.start) or _label_noun(text, c_start, val.start)
                         or _label_line_above(text, c_start)) is not None):
                # "Tỷ lệ hồ sơ … được giải quyết đúng hạn không dưới (99%) cấp huyện, 98% cấp xã": the level alone
                # stands for the measure named before the value, at that level
                item.subject, item.action = _at_level(named, item.subject), None
            if items and _LEVEL_PHRASE.fullmatch(item.subject) and (
                    _LEVEL_AT_END.search(items[-1].subject) or _LEVEL_PHRASE_END.search(items[-1].subject)
                    or len(_CAP.findall(items[-1].subject)) == 1):
                # "100% cán bộ … cấp tỉnh, 90% cấp huyện", "tỷ lệ hồ sơ … cấp huyện được giải quyết trực tuyến đạt 60%, cấp
                # xã 50%": the level alone stands for the noun before, at its level
                item.subject = _at_level(items[-1].subject, item.subject)
            elif (items and item.val.unit == items[-1].val.unit and items[-1].subject
                  and item.val.unit in vocabulary()["measure_units"]
                  and _YEARS_PART_BEFORE.fullmatch(text, items[-1].val.end, val.start) is not None):
                # "Diện tích nhà màng, nhà lưới xây mới năm 2026 là 400 ha, năm 2027 là 450 ha, các năm 2028 - 2030 mỗi
                # năm trên 500 ha": another year's part of the same measure
                item.subject, item.action = items[-1].subject, items[-1].action
            elif (items and item.val.unit == items[-1].val.unit and items[-1].subject and _EACH_PLACE.fullmatch(item.subject)
                  and item.val.unit in vocabulary()["measure_units"]):
                # "xây dựng mới tối thiểu 25 km đường hoa, trong đó mỗi xã ít nhất 1,5 km": each place's share of the same
                # measure
                item.subject = items[-1].subject
            elif (items and item.val.unit == items[-1].val.unit and _SCHOOL_LEVEL.fullmatch(item.subject)
                  and (grade := _SCHOOL_LEVEL_END.search(items[-1].subject)) is not None and grade.start() > 0):
                # "tỷ lệ học sinh bỏ học cấp tiểu học dưới 0,1%, cấp trung học cơ sở dưới 0,5%": the school level alone
                # stands for the measure before, at that level
                item.subject = items[-1].subject[:grade.start()] + item.subject
            elif list_intro and _BARE_LEVEL.fullmatch(item.subject) and (
                    named := _predicate_split(_strip_openers(_clean(_LIST_MARK.sub("", list_intro.strip()).rstrip(": ")))))[0]:
                # "• Cán bộ, công chức, viên chức được bồi dưỡng kiến thức, kỹ năng số cơ bản:" over "+ cấp tỉnh: 100%;":
                # the level alone stands for the noun the list's intro names
                item.subject = f"{named[0]} {item.subject}"
                item.action = item.action or named[1]
            elif (list_intro and item.val.is_count and item.subject == item.val.unit
                  and (counted := _intro_count(list_intro, item.val.unit)) is not None):
                # "Số hộ thoát nghèo giao cho các huyện nghèo năm 2024 như sau:" over "Mường Lát: 520 hộ": what the intro
                # counts, in the labelled place; "LỘ TRÌNH SỐ HỘ CÓ GIAN HÀNG" over "• Năm 2026: 200 hộ", in that year
                line = _labelled_line(text, val.start)
                place = (line.group("label") if line is not None and not _TIME_LABEL.match(line.group("label"))
                         and not _TOTAL_ROW.fullmatch(line.group("label")) else "")   # (a "Tổng cộng:" line sums them)
                if (unit_named := _PLACE_LEVEL_LEAD.match(place)) is not None:
                    # "Huyện Kim Bảng: 12.100 người": people counted in the district, no goal about districts
                    place = f"tại {unit_named.group().lower()}{place[unit_named.end():]}"
                item.subject = f"{counted} {place}".strip()
            elif (list_intro and not item.subject and item.val.unit != "%"
                  and (measured := _intro_measure(list_intro)) is not None):
                # "📅 DIỆN TÍCH XỬ LÝ RƠM TẠI RUỘNG BẰNG CHẾ PHẨM VI SINH:" over "👉 Năm 2026: 20.000 ha": the measure the
                # intro names
                item.subject = measured
            elif list_intro and "/" in list_intro and (measures := _intro_measures(list_intro)) is not None:
                # "📅 TIẾN ĐỘ TỪNG QUÝ (phát triển mới BHXH tự nguyện / tỷ lệ bao phủ BHYT):" over "👉 Quý I/2026: 60 người; BHYT
                # đạt 94%": the intro names the two measures; a share is the rate's, a bare count the other's
                rates = [m for m in measures if _RATE_HEAD.match(m) and not _COUNT_HEAD_WORD.match(m)]
                others = [m for m in measures if m not in rates]
                if (item.val.unit == "%" and len(rates) == 1
                        and (not item.subject or item.subject.lower() in rates[0].lower())):
                    item.subject = rates[0]
                elif item.val.is_count and item.subject == item.val.unit and len(others) == 1:
                    item.subject = f"{item.val.unit} {others[0]}"
            elif (list_intro and not item.subject and item.val.unit.startswith("%")
                  and (named := _predicate_split(_strip_openers(_clean(_LIST_MARK.sub("", list_intro.strip()).rstrip(": ")))))[0]
                  and _RATE_HEAD.match(named[0])):
                # "a) Tỷ lệ hộ nghèo … giảm bình quân từ 3,5%/năm trở lên, cụ thể:" over "- Năm 2024: giảm 3,8%, còn dưới 12%":
                # each year's share is the rate the intro names (held-out 821)
                item.subject = named[0]
            if (items and items[-1].activity and item.val.is_count and item.val.unit == items[-1].val.unit
                    and (tail := _PART_LABEL_TAIL.search(item.subject)) is not None and item.subject[:tail.start()] == item.val.unit):
                # "… cấp tỉnh 01 cuộc, cấp huyện | 10 cuộc": the same noun as the first part's, at this part's level
                item.activity = items[-1].activity
                item.subject = f"{item.activity} {tail.group('label')}"
            if "sửa" in text[text.rfind("\n", 0, val.start) + 1:val.start] and (header := _corrected_item(text, val.start)) is not None:
                # 'Tại điểm b khoản 2 mục II (tỷ lệ diện tích gieo cấy … năm 2025):' over 'Nay sửa lại là: "đạt 85%"': the
                # correction's new figure, of what the point it corrects names (a corrected budget is still a budget)
                if val.unit.split("/")[0] in v["money_units"] and _has("budget_markers", header):
                    continue
                if item.subject in ("", item.val.unit) or not item.val.is_count:
                    item.subject, item.action, item.subject_before = header, None, True
                item.corrected = True
            if (not item.subject and ":" in text[c_start:val.start]
                    and (paced := last_match(_PACED_LABEL, text, c_start, val.start)) is not None):
                # "Lộ trình giảm thời gian chờ khám (KPI-01) theo quý: quý I không quá 45 phút, quý II …": the measure the
                # label before the periods names
                named = _PACE_WORDS.sub("", _PAREN.sub(" ", paced.group("label"))).strip()
                item.subject = _clean(_LEADING_VERB.sub("", named)) or item.subject
            if ((not item.subject_before and item.subject in ("", item.val.unit)
                 or _CHANGE_FROM.fullmatch(item.subject))   # "Số ki-ốt …: tăng từ 6 lên (12 ki-ốt)": where it starts
                    and ":" in text[c_start:val.start]
                    and (line := _labelled_line(text, val.start))
                    and line.start("label") < val.start and not _TIME_LABEL.match(line.group("label"))
                    # (a place's label names no measure, but holds a count: "+ Tổ dân phố số 3: 04 (bốn) cơ sở")
                    and (not _PLACE_LEVEL_LEAD.match(line.group("label"))
                         or (item.val.is_count and item.val.unit not in v["measure_units"]
                             and item.val.unit.split("/")[0] not in v["money_units"]))
                    and not _GOAL_LABEL.fullmatch(line.group("label"))):
                # "• Thay nắp hố ga hư hỏng: tối thiểu 120 cái", "• Bao cát dự phòng: 2.000 bao": the label names what is counted;
                # "Đoàn Khối các cơ quan tỉnh: 400 đơn vị máu": who is given the count, the unit what is counted
                label = line.group("label").strip()
                item.subject = (f"{item.val.unit.split('/')[0]} {'tại ' if _PLACE_LEVEL_LEAD.match(label) else ''}{label}"
                                if item.val.is_count and _HOLDER_LABEL.match(label) else _LABEL_VERB.sub("", label))
            if i == 0 and not item.subject_before:
                # "hoàn thiện chỉ tiêu 17.8, bảo đảm trên 95% hộ có nhà tiêu …": a code before the list's first
                # item is in that item
                item.criteria = [c for c, s, _ in code_spans if c_start <= s < val.start and c not in item.criteria] + item.criteria
            if (code_spans and (label := _ITEM_LABEL.match(text, text.rfind("\n", 0, val.start) + 1)) is not None
                    and label.end() <= val.start):
                # "- Tiêu chí số 15 về Y tế: trong năm 2025, tỷ lệ … đạt không dưới 92%, tỷ lệ … đạt trên 95%": the codes
                # a list item's label names are in every figure of the item
                item.criteria = [c for c, s, _ in code_spans if label.start() <= s < label.end() and c not in item.criteria] + item.criteria
            if (val.is_count and item.subject in (val.unit, head := _MULTIPLIER_WORD.sub("", val.unit.split("/")[0]))
                    and head in v["classifier_units"]):
                # "Năm 2025 hoàn thành 5.800 căn" after "62.000 căn nhà ở xã hội": what the text counted in "căn" last
                named = next((t.subject for t in [*reversed(items), *reversed(targets)]
                              if _MULTIPLIER_WORD.sub("", (t.val.unit if isinstance(t, _Item) else t.unit).split("/")[0]).split()[0] == head   # (or "căn nhà")
                              and t.subject not in ("", head)), None)
                item.subject = _classified(text, c_start, val.start) or named or item.subject
            if items and items[-1].baseline and item.val.unit == items[-1].val.unit:
                # "tỷ lệ hộ có nhà tiêu … từ 52% hiện nay nâng lên (70%)": the figure the change reaches
                item.subject, item.action, item.reached = items[-1].subject, None, items[-1].base_now
                item.criteria = item.criteria or list(items[-1].criteria)
            if items and ((item.val.unit.split()[0] == items[-1].val.unit.split()[0]   # "hộ kinh doanh" … "hộ"
                           and _YEAR_APART.search(text, items[-1].val.end, item.val.start))   # "…, riêng năm 2025 là (120 hộ)"
                          # "… tăng 8 - 10% so với năm 2024, tương đương khoảng (1.355 - 1.380 triệu USD)"
                          or _EQUIVALENT.search(text, items[-1].val.end, item.val.start)):
                item.subject, item.action = items[-1].subject, items[-1].action   # the same measure
            items.append(item)
        if not items:
            continue
        if (last_clause is not None and last_clause[0] == s_start and _LEVEL_PHRASE.fullmatch(items[0].subject)
                and last_clause[2] == items[0].val.unit):
            # "Tỷ lệ giải quyết … của Chủ tịch UBND huyện đạt từ 85% trở lên; ở cấp xã, thị trấn không dưới 90%", "… cấp
            # tỉnh đạt 98%; cấp huyện đạt 95%": a level alone after ";" stands for the noun of the clause before
            items[0].subject = _at_level(last_clause[1], items[0].subject)
        elif (last_clause is not None and last_clause[0] == s_start and not items[0].subject_before
              and not items[0].val.is_count and last_clause[2] == items[0].val.unit and last_clause[1]
              and _WHERE_AFTER.match(items[0].subject) and _RATE_HEAD.match(last_clause[1])):
            # "Tỷ lệ … đội mũ bảo hiểm đạt trên 98% trên các tuyến quốc lộ; từ 95% trở lên trên đường huyện, đường xã": the
            # rate of the clause before, at this clause's place
            for it in items:
                if not it.subject_before and _WHERE_AFTER.match(it.subject) and it.val.unit == items[0].val.unit:
                    it.subject, it.action = last_clause[1], it.subject
        if (len(items) > 1 and all(it.subject_before and _PLACE_ITEM.fullmatch(it.subject) for it in items)
                and (colon := text.rfind(":", c_start, items[0].val.start)) > 0
                and (named := _MEASURE_NAMED.search(text, c_start, colon)) is not None):
            # "Giao chỉ tiêu diện tích chuyển đổi cho các xã …: xã Phương Bình 25 ha, xã Hòa An 18,5 ha": the measure
            # in each place the list names
            for it in items:
                it.subject = f"{_clean(named.group())} {it.subject}"
        else:
            for k, it in enumerate(items):
                prev = (items[k - 1].subject, items[k - 1].val.unit) if k else (
                    last_clause[1:3] if last_clause is not None and last_clause[0] == s_start else None)
                if (prev is not None and it.subject_before and not it.val.is_count
                        and it.val.unit.split("/")[0] == prev[1].split("/")[0]   # "‰" and "‰/năm"
                        and _PLACE_ITEM.fullmatch(it.subject) and _RATE_HEAD.match(prev[0])):
                    # "tỷ suất sinh thô toàn tỉnh giảm 0,2‰ …; các huyện miền núi giảm bình quân 0,5‰/năm": the rate there
                    it.subject = f"{_WHOLE_PLACE.sub('', prev[0])} {it.subject}"
                    for other in items[:k]:   # (the next place's name, "và huyện Bác Ái đạt", is no act of the items before)
                        if other.action and _PLACE_THEN_VERB.fullmatch(other.action):
                            other.action = None
        if (last_clause is not None and last_clause[0] == s_start and last_clause[3] and items[0].subject_before
                and items[0].subject.lower() == last_clause[3].lower() and items[0].val.unit == last_clause[2]):
            # "…: năm 2024 chỉnh lý tối thiểu 900 mét giá tài liệu; năm 2025 chỉnh lý khoảng 1.200 mét giá": the same
            # verb on the same thing
            items[0].subject, items[0].verb = last_clause[1], last_clause[3]
        last_clause = (s_start, items[-1].subject, items[-1].val.unit, items[-1].verb)
        if len(items) > 1 and items[0].subject_before and (
                labelled := _LABELLED_LIST.search(text, c_start, items[0].val.start)) is not None:
            # "Tỷ lệ cơ sở giáo dục thu học phí … phải đạt tối thiểu: mầm non 85%, tiểu học 95%, THCS và THPT 100%": each
            # label names a part of the noun before the colon, under its comparator
            label = _clean(labelled.group("label"))
            base = items[0].subject[: -len(label)].rstrip() if items[0].subject.endswith(label) else None
            for it in items[1:]:
                if base and it.subject_before and 1 <= len(it.subject.split()) <= 4 and not _RATE_HEAD.match(it.subject):
                    it.subject = f"{base} {it.subject}"
                    if items[0].own_comparator and not it.own_comparator:
                        it.comparator, it.own_comparator = items[0].comparator, True
        whole = items[0]
        if len(items) > 1 and whole.subject_before and _RATE_NOUN.match(whole.subject):
            # "tỷ lệ nước thải … đạt tối thiểu 50%, trong đó khu vực nội thành cũ đạt 65%, các đô thị … cũ đạt 40%": a
            # part named by where it is is the rate there
            in_parts = False
            for it in items[1:]:
                in_parts = in_parts or _SUB_LIST.search(text, it.item_start, it.val.start) is not None
                if (in_parts and it.subject_before and it.val.unit == whole.val.unit and it.subject
                        and not _RATE_HEAD.match(it.subject) and not _NAMED_MEASURE.match(it.subject)
                        and not it.subject.startswith(whole.subject)):
                    it.subject = f"{whole.subject} {_PART_LEAD.sub('', it.subject)}"
        # A comparator in front of a list applies to every item of it.
        # Not across "trong đó": "ít nhất 18 trường, trong đó: 07 trường mầm non, 05 trường tiểu học" — the parts are
        # as many as they say.
        first = lead = items[0]
        for before_it, it in zip(items, items[1:]):
            if _SUB_LIST.search(text, it.item_start, it.val.start):
                lead = it
            elif it.val.is_count != lead.val.is_count and (
                    _DIRECTION.search(text, it.item_start, it.val.start) is not None
                    or _AND.search(text, before_it.val.end, it.val.start) is None):
                # "tối thiểu 40 nghìn tỷ đồng, tăng 13% so với năm trước", "tối thiểu 160 MW …, 100% cơ sở …": a floor of
                # one kind of figure says nothing of a share (but "Tối thiểu 10/13 huyện … và 85% xã …" joins the two)
                pass
            elif (not it.own_comparator and lead.own_comparator and it.val.value_max is None
                  and not (it.val.value == 100 and it.val.unit == "%")   # "tối thiểu 85% học viên …, 100% công chức …": all
                  and (
                    not (it.subject_before and it.subject != before_it.subject) or (it.scoped and before_it.scoped)
                    # "… cấp tỉnh vận động tối thiểu 120 tỷ đồng, cấp huyện 60 tỷ đồng và cấp xã 20 tỷ đồng": the next
                    # levels' shares of the same floor (held-out 564)
                    or _NEXT_LEVEL.match(text, before_it.val.end, it.val.start) is not None
                    ) and not _OWN_VERB.search(text, before_it.val.end, it.val.start)
                    # "…, riêng thị trấn Chợ Chu trồng mới 1.200 cây": a part set apart has its own figure
                    and not _RIENG.search(text, before_it.val.end, it.val.start)
                    # "Ít nhất 06 lớp tập huấn … cho 300 lượt nông dân": whom the classes serve, no floor of its own
                    and not (it.val.unit != lead.val.unit and _FOR_SOME.search(text, before_it.val.end, it.val.start))):
                # (not "đạt trên 72% vào cuối năm 2025 và phấn đấu đạt 78% …": a value with a verb of its own)
                # not "tiếp nhận hơn 1,1 triệu hồ sơ …, tỷ lệ giải quyết đúng hạn đạt 98,6%": a clause of its own
                it.comparator = lead.comparator
        # "nguồn lực Nhân dân đóng góp đạt trên 3 tỷ đồng và (12.000 ngày công)": a bare count joined by "và" to a measure
        # named before its value is more of that measure
        for before_it, it in zip(items, items[1:]):
            if (it.val.is_count and it.subject == it.val.unit and before_it.subject_before and before_it.subject
                    and it.val.unit != before_it.val.unit and _AND_ONLY.fullmatch(text, before_it.val.end, it.val.start)):
                it.subject = before_it.subject
        # Shared predicate: items without an action take the next item's.
        for k in range(len(items) - 2, -1, -1):
            if (items[k].action is None and items[k + 1].action
                    # (not the whole's from its part: "số xã đạt chuẩn NTM trên 92%, trong đó 55% số xã đạt chuẩn NTM nâng cao",
                    # "tối thiểu 4.000 phòng lưu trú, trong đó không dưới 1.200 phòng đạt tiêu chuẩn 3 sao trở lên")
                    and not _SUB_LIST.search(text, items[k].val.end, items[k + 1].val.start)
                    # (nor a measure named before its value from another kind of figure: "kim ngạch xuất khẩu ≥ 1,1 tỷ USD và
                    # ~ 40 nhà máy chế biến đạt chuẩn HACCP")
                    and not (items[k].subject_before and items[k].val.unit != items[k + 1].val.unit)):
                items[k].action = items[k + 1].action
            # "Xây mới 02 nhà ăn và 24 phòng ở bán trú, góp phần giữ vững Tiêu chí số 5": what the joined items serve
            # together, after the last one's comma
            if (not items[k].criteria and items[k + 1].criteria and _AND_ONLY.fullmatch(text, items[k].val.end, items[k + 1].val.start)
                    and all(text.rfind(",", items[k + 1].val.end, s) >= 0 for c, s, _ in code_spans
                            if c in items[k + 1].criteria and items[k + 1].val.end <= s < items[k + 1].item_end)):
                items[k].criteria = list(items[k + 1].criteria)
            # "xây mới 35 căn nhà và sửa chữa 20 căn nhà cho hộ nghèo": the last item names whose houses
            here, after = items[k], items[k + 1]
            if (here.val.is_count and here.subject == here.val.unit == after.val.unit
                    and after.subject.startswith(here.val.unit + " ")
                    and not _PART_LABEL_TAIL.search(after.subject)   # (not "cuộc cấp xã": that part's own)
                    and not _SUB_LIST.search(text, after.item_start, after.val.start)):   # not a part's own noun
                here.subject = after.subject
            elif (here.val.is_count and after.val.is_count and here.subject == here.val.unit != after.val.unit
                  and text[here.val.end:after.val.start].strip().lower() == "và"
                  and (owner := _OWNED_BY.match(after.subject, len(after.val.unit))) is not None):
                # "tối thiểu 30 tổ hợp tác và 10 hợp tác xã do phụ nữ làm chủ": whose both are
                here.subject = f"{here.val.unit} {owner.group('owner')}"
        years_lead = _deadline(text, c_start, items[0].val.start) is not None
        # "trong các năm 2023, 2024 và 2025 lần lượt đạt 80%, 85% và 90%", "… tương ứng đạt 24% và không dưới 25,5%"
        # after "năm 2024 đạt 60%, đến hết năm 2025 đạt 62%": the years listed before pair with the items in order
        paired: list[int] = []
        if len(items) > 1 and (resp := _RESPECTIVELY.search(text, s_start, items[0].val.start)):
            paired = [int(y) for y in _BARE_YEAR.findall(text, s_start, resp.start())]
            paired = paired if len(paired) == len(items) else []
            # "tỷ lệ chất thải rắn …, tỷ lệ hộ có nhà tiêu … và tỷ lệ hộ chăn nuôi … (phấn đấu) lần lượt đạt tối thiểu 90%,
            # 85% và 80%": the subjects listed before pair with the values in order
            listed = _TRAILING_LEAD_IN.sub("", _strip_openers(_clean(text[c_start:resp.start()])))
            named = _RATE_LIST.split(listed)
            if ";" in listed:   # "đường trục xã, liên xã; đường trục thôn, liên thôn và đường ngõ, xóm lần lượt là …"
                *heads, last = listed.split(";")
                named = heads + last.rsplit(" và ", 1)
            if len(named) != len(items) and ";" not in listed:
                # "Trong đó, thu từ khu vực A, khu vực B và khu vực C tăng lần lượt 8%, 12% và 15%"
                bare = _TRAILING_VERB.sub("", _PART_OPENER.sub("", listed))
                named = _shared_head_list(bare, len(items)) or _shared_verb_pair(bare, len(items)) or named
            if (len(items) > 1 and _THESE_RATES.fullmatch(listed) and len(named_before) >= len(items)
                    and all(unit == it.val.unit for (_, _, unit), it in zip(named_before[-len(items):], items))):
                # "… 95% …; 95% …; 95% …. Đến năm 2025, ba tỷ lệ này lần lượt đạt 90%, 88% và 95%": the rates just named
                for it, (subject, action, _) in zip(items, named_before[-len(items):]):
                    it.subject, it.action = subject, action
                named = []
            if len(named) == len(items) and (";" in listed or all(_RATE_HEAD.match(n) for n in named)
                                             or named[0].split()[0] == named[-1].split()[0]):
                for it, n in zip(items, named):
                    it.subject = _clean(n)
                    it.criteria = it.criteria or list(items[0].criteria)   # "Đối với tiêu chí số 17, …" opens them all
        for it in items:
            if ((this := _THIS_MEASURE.fullmatch(it.subject or "")) is not None
                    and (earlier := _measure_named_before(text, this.group("head"), para_start, it.val.start)) is not None):
                # "Tỷ số giới tính khi sinh … ở mức 117 bé trai/100 bé gái. … đưa tỷ số này xuống dưới 113 …": the measure just named
                it.subject = earlier
        named_before.extend((it.subject, it.action, it.val.unit) for it in items)
        kind = _clause_kind(clause, sentence, intro, section, doc)
        if (kind is not None and (logged := _LOG_ENTRY.match(text, para_start)) is not None and doc.published is not None
                and (int(logged.group("m")), int(logged.group("d"))) <= (doc.published.month, doc.published.day)
                and not _GOAL_WORD.search(_goal_text(sentence))):
            kind = None   # a field diary's "Ngày 19/3: làm việc tại xóm …; hộ ông … nuôi 1.200 con gà": what was seen (held-out 697)
        if (kind is not None and _ASKED.match(text, (line_start := text.rfind("\n", 0, s_start) + 1))
                and not _ANSWER_LABEL.search(text, line_start, c_end)   # (not "Hỏi: …? Đáp: …" on one line: the answer)
                and not _GOAL_WORD.search(_goal_text(sentence))):
            kind = None   # a listener's question tells how things are at home, no goal
        if (kind == "target" and section is None and _REPORTED_PARAGRAPH.match(text, para_start, s_start)
                and not _has("goal_markers", _goal_text(text[para_start:c_end]))):
            # "Theo báo cáo của Thuế tỉnh, tổng thu … 7 tháng đầu năm ước đạt 31.460 tỷ đồng …. Thu nội địa đạt 24,9
            # nghìn tỷ đồng": a paragraph that opens by reporting goes on reporting
            kind = "result"
        if (kind == "result" and section is None and _WEAK_REPORT.search(clause)
                and _GOAL_WORD.search(_goal_text(text[para_start:c_start]))
                and not _REPORTED_PARAGRAPH.match(text, para_start, s_start)
                and _clause_kind(_WEAK_REPORT.sub(" ", clause), _WEAK_REPORT.sub(" ", sentence), intro, section, doc) == "target"):
            # "Theo đó, huyện phấn đấu đưa giá trị sản xuất nông nghiệp đạt 4.120 tỷ đồng, …. Giá trị sản xuất công nghiệp đạt
            # 5.210 tỷ đồng, tăng 7,1% so với cùng kỳ", "phấn đấu …; tỷ lệ hộ nghèo còn lại 0,2%": after a goal word in the
            # paragraph, a comparison with last year or what is left tells no report by itself
            kind = "target"
        if (kind == "result" and section is None and doc.published is not None and s_start > para_start
                and (later := _LATER_YEAR_OPENS.match(text, para_start)) is not None
                and int(later.group("y")) > doc.published.year and not _REPORTED_NOW.search(clause)):
            # "Đến năm 2030, hình thành ít nhất 06 tuyến phố đi bộ …. Tổng thu từ du lịch đạt trên 100 nghìn tỷ đồng, …": a
            # paragraph that opens with a later year goes on with that year's goals (held-out 624)
            kind = "target"
        if (kind == "target" and ("...." in text[max(0, c_start - 40):c_start] or "…" in text[max(0, c_start - 40):c_start])
                and _DAMAGE_LINE.search(text, text.rfind("\n", 0, c_start) + 1, _line_end(text, c_end))):
            kind = "result"   # "Lúa mùa bị đổ, ngập úng ........ 7.460 ha": a damage list's line (its dots end a sentence)
        if kind == "target" and "Ảnh" in (line := text[text.rfind("\n", 0, c_start) + 1:_line_end(text, c_end)]):
            if _CAPTION.search(line) and not _STRONG_GOAL.search(line) and not _PLAN_SAYS.search(line):   # not "Theo kế hoạch, …. Ảnh: …"
                kind = "result"
        if (kind == "target" and now and not _GOAL_WORD.search(_goal_text(text[c_start:min(c_end, vals[0].end + 20)]))
                # (nor after "Riêng năm 2023, huyện phấn đấu …;" in the sentence: its later clauses are goals too)
                and not _GOAL_WORD.search(_goal_text(text[s_start:c_start]))
                # (not under "Nhiệm vụ từ nay đến cuối năm, UBND huyện yêu cầu:": tasks still to do)
                and not (list_intro and _TASKS_INTRO.search(list_intro))
                # (nor "…; kế hoạch yêu cầu trang bị thêm không dưới 600 loa" after last year's "đã trang bị 2.000 loa")
                and not _PLAN_DEMANDS.search(text, c_start, c_end)):
            years = _years_in(text, s_start, c_end)  # not "theo Luật Giáo dục năm 2019"
            if years and (text.find("(", s_start, c_end) >= 0 or text.find("trong khi", s_start, c_end) >= 0):
                # "… đạt từ 10% trở lên (ước năm 2025 đạt 8,22%); GRDP … đạt 78 triệu đồng, trong khi năm 2025 ước đạt 70,4
                # triệu đồng; …": last year's estimate in brackets or set against the goal dates no clause (held-out 800)
                years = tuple(y for y in years if y in _years_not_aside(text, s_start, c_end))
            # "Năm 2023, toàn huyện có thêm 3 xã đạt chuẩn …. Thu nhập … đạt 48,2 triệu đồng": the year
            # opening the paragraph dates its later sentences too.
            if not years and not (_PLAN_OPENS.match(text, para_start) or _PLAN_OPENS.match(text, s_start)
                                  or _PARAGRAPH_GOAL.search(text, para_start, s_start)):
                # (not after "Theo Kế hoạch, đến năm 2025 … từ 41,2% (năm 2023) xuống còn 36%." in the paragraph)
                # (not the period of a criteria set: "… Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025")
                earlier = [int(m.group("year")) for m in _YEAR.finditer(text, para_start, s_start)
                           if not _SET_PERIOD_BEFORE.search(text, max(para_start, m.start() - 140), m.start())]
                if earlier and (text.find("(", para_start, s_start) >= 0 or text.find("trong khi", para_start, s_start) >= 0):
                    earlier = [y for y in earlier if y in _years_not_aside(text, para_start, s_start)]   # (held-out 800)
                years = earlier[-1:]
            if years and (max(years) < now or (late_in_year and max(years) == now and section != "goal"   # (not under "2. Mục tiêu")
                                                and not _PLAN_SAYS.search(
                    text, para_start, c_end)   # "Theo Kế hoạch, đến hết năm 2025, …" in October
                    and not _REQUIREMENT.search(text, c_start, c_end)   # "năm 2025 giảm tối thiểu 5% số vụ …"
                    and not _GOAL_OF_PLAN.search(text, para_start, c_end)   # "Mục tiêu … của Kế hoạch là …"
                    # "… được tập huấn lại … trước ngày 31/12/2025" written in October 2025: a deadline still to come
                    # (or in the sentence before it: "… lên ít nhất 72%, hoàn thành trước ngày 31/12/2025; mở 06 lớp …")
                    and not _by_a_later_date(text[s_start:c_end], doc.published))):
                kind = "result"  # a figure of a past year, or of this year in a year-end review
            elif (years and max(years) == now and doc.published
                  and (school := _SCHOOL_YEAR.search(text, s_start, c_end)) and int(school.group("start")) < now
                  and not _REQUIREMENT.search(text, c_start, c_end)):
                # "Năm học 2025 - 2026, toàn xã tuyển 587 học sinh …" written in April 2026: this school year's; "Năm học
                # 2023-2024, mới có 38% giáo viên được tập huấn …" written in September 2024: the year just ended
                kind = "result"
        if (kind == "target" and list_intro
                and (_RESULT_INTRO.match(list_intro)
                     # "Năm 2023, toàn tỉnh:" over "- Trẻ dưới 5 tuổi SDD thể thấp còi: 27,4%" (held-out 545): a past year's
                     or (now and (past := _PAST_YEAR_INTRO.match(list_intro)) is not None and int(past.group("y")) < now
                         and not _GOAL_WORD.search(_goal_text(list_intro))))
                and not _GOAL_WORD.search(_goal_text(clause))
                and not _GOAL_LABEL_IN.search(clause)):   # (not "– Kế hoạch: 12.500 thửa – Thực hiện: 8.200 thửa")
            kind = "result"   # "Kết quả năm 2024:" over "- Doanh thu trực tuyến: khoảng 14,6 tỷ đồng": what was done
        if kind is None:
            continue
        # a year of the sentence dates its clauses; not one of a part ("…, trong đó năm 2024 đưa vào sử dụng ít nhất
        # 2.000 căn; khởi công mới tối thiểu 04 dự án"), which is that part's
        s_first = values[bisect_left(value_starts, s_start)].start   # the sentence's first value (this clause's, or before)
        deadline = (_deadline_outside_parts(text, c_start, c_end, now, clause_ends, items[0].val.start)
                    or _deadline_outside_parts(text, s_start, c_start, now, clause_ends, s_first)
                    or (now if now and _THIS_YEAR.search(text, s_start, c_end) else None)   # "Năm nay, huyện trồng mới …"
                    or _intro_year(text, c_start) or _schedule_year(text, c_start) or _heading_year(list_intro) or _outer_heading_year(text, c_start, list_intro) or _section_year(text, sections, c_start)
                    or horizon)
        wholes_dropped = False   # "có 52 thôn … và 286 cơ sở …, trong đó 41 cơ sở …": a part of a description is none
        before_kind, before_end = None, None   # the kind and end of the item before, in this clause
        # a share of the plan in a year still to come is a goal ("HOÀN THÀNH 100% CHỈ TIÊU TUYỂN QUÂN NĂM 2026" in 2025)
        to_come = bool(now) and any(y > now for y in _years_in(text, c_start, c_end))
        # under a list of goals: "Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)" / "… (15) … đạt 100% chỉ tiêu"
        listed = (_has("goal_markers", _goal_text(list_intro))
                  or _GOALS_LISTED.search(text, max(text.rfind("\n\n", 0, s_start), s_start - 1500, 0), s_start) is not None)
        # the plan's own figures inside a review: "… / kế hoạch nhiệm kỳ 1.300 công trình / …", "(chỉ tiêu 159 mô hình)"
        plan_figures = [_PLAN_FIGURE_BEFORE.search(text, max(it.item_start, it.val.start - 40), it.val.start) is not None
                        for it in items]
        for k_it in range(1, len(items)):
            if (plan_figures[k_it] and not plan_figures[k_it - 1] and _PLAN_LABEL.match(items[k_it].subject)
                    and _MULTIPLIER_WORD.sub("", items[k_it].val.unit) == _MULTIPLIER_WORD.sub("", items[k_it - 1].val.unit)):
                # "Số điểm chấp nhận thanh toán bằng QR code đạt 214.600 điểm, kế hoạch năm 2026 nâng lên trên 260.000 điểm":
                # the plan's figure measures what the figure before it does (held-out 842)
                items[k_it].subject = items[k_it - 1].subject
        for k_it, it in enumerate(items):
            planned = plan_figures[k_it]
            if kind is not None and planned:
                item_kind = "target"  # the plan's figure
            elif (kind is not None and k_it + 1 < len(items) and plan_figures[k_it + 1] and not it.own_comparator
                  and items[k_it + 1].subject == it.subject and it.val.unit != "%"):
                item_kind = "result"  # … and the figure before it what is done
            elif kind is not None and (_AGAINST_PLAN_AFTER.match(text, it.val.end) is not None
                                       or (k_it > 0 and it.val.unit == "%" and plan_figures[k_it - 1]
                                           and _SHARE_AFTER_PLAN.fullmatch(text, items[k_it - 1].val.end, it.val.start) is not None)):
                # "kết quả 18.320 đơn vị máu / kế hoạch …", "… mới đạt 68,5% (chỉ tiêu trên 75%)", "… / kế hoạch 5.000 đoàn
                # viên / tỷ lệ 57,4%": what was done, and its share of the plan
                item_kind = "result"
            elif (kind == "target" and before_kind == "result" and it.val.unit == "%" and not it.own_comparator
                    and _SHARE_OF_BEFORE.fullmatch(text, before_end, it.val.start)):
                item_kind = "result"  # "mới kiểm đếm được 1.742 hộ, đạt (81,2%)": the share the figure before makes
            elif (kind == "target" and "ước" in text[max(it.item_start, it.val.start - 40):it.val.start]
                  and _ESTIMATED_YEAR.search(text, max(it.item_start, it.val.start - 40), it.val.start) is not None):
                item_kind = "result"  # "…: năm 2025 ước đạt 10,2%, năm 2026 phấn đấu đạt 10,5 - 11%": this year's estimate
            elif (kind == "target" and now and not it.own_comparator
                  and _this_years_part(text, s_start, s_end, it.val.start, it.val.end, now)):
                item_kind = "result"  # "…: năm 2025 đạt 84,5% (49/58 trường), năm 2026 phấn đấu đạt 87%" written in 2025
            elif (kind == "target" and it.val.unit == "%" and _SHARE_OF_PLAN.match(text, it.val.end)
                    # (not "…; hoàn thành 100% chỉ tiêu tuyển quân" among the year's goals: all of a quota, to do)
                    and not (it.val.value == 100 and _COMPLETE_BEFORE.search(text, it.item_start, it.val.start))
                    # (not "Cụ thể, phấn đấu …; hoàn thành công tác giao quân đạt 100% chỉ tiêu")
                    and not it.own_comparator and not _GOAL_WORD.search(_goal_text(text[s_start:it.val.start]))
                    # (not "(15) Tuyển chọn, gọi công dân nhập ngũ hàng năm đạt 100% chỉ tiêu" under "Các chỉ tiêu chủ yếu")
                    and section != "goal" and not listed
                    and not to_come and it.direction is None):   # (not "tăng 15,2% so với dự toán năm 2024": a growth)
                item_kind = "result"  # "đạt 97,14% kế hoạch tỉnh giao": how much of a plan was done
            elif (kind == "target" and _up_to_a_past_date(sentence, doc.published)
                  and not _GOAL_WORD.search(text, s_start, it.val.end)):
                item_kind = "result"  # "Đến 30/6, toàn xã còn 398 hộ nghèo, chiếm 31,47% tổng số hộ"
            elif (kind == "target" and before_kind == "result" and not it.own_comparator and section != "goal"
                  and _ANDED_AFTER.fullmatch(text, before_end, it.val.start)
                  and not _GOAL_WORD.search(text, s_start, it.val.end)):
                item_kind = "result"  # "chỉ khoảng 27% sản lượng na và (12%) sản lượng hồi …": the report goes on after "và"
            elif kind == "target" and it.val.is_count and _AWARDED.search(text, max(it.item_start, it.val.start - 40), it.val.start):
                item_kind = "result"  # "… và tặng bằng khen cho 24 tập thể, 36 cá nhân": who was honoured at the event
            elif (kind == "target" and it.val.is_count and _STILL_LEFT.search(text, max(it.item_start, it.val.start - 12), it.val.start)
                  and _UNMET_AFTER.match(text, it.val.end)):
                item_kind = "result"  # "rà soát 19 tiêu chí …: còn 4 tiêu chí chưa đạt": what is still left, a report
            elif kind == "result" and it.reached:
                item_kind = "target"  # "… từ 52% hiện nay nâng lên 70%": "hiện nay" dates the start, not the goal
            elif (kind == "result" and now and not _DONE_WORD.search(text, c_start, c_end)
                  and any(int(y.group(1)) > now for y in _YEAR_NAMED.finditer(text, c_start, c_end))):
                item_kind = "target"  # "Ông Hòa cho biết, năm 2024 Sở mở 12 lớp, năm 2025 mở 14 lớp" in March 2024: told, not done
            elif kind is not None and it.baseline:
                item_kind = "result"  # "giảm tỷ lệ hút thuốc lá … từ 41,2% (năm 2023) xuống còn 36%": where it starts
            elif (kind == "target" and section != "goal" and not _GOAL_WORD.search(text, s_start, it.val.end) and not listed
                  and (_ITEM_REPORTS.search(_QUALIFYING.sub(" ", text[it.item_start:it.val.end]))   # not "… đã có hiệu lực"
                       or _SHARE_REPORT_AFTER.match(text, it.val.end)
                       # "nhà ở xã hội … với 6.300 căn đã và đang triển khai, trong đó phấn đấu …": done before the goal word
                       # (not "17 xã | đã đạt chuẩn tiếp tục giữ vững …": which communes)
                       or (it.val.is_count and _DONE_AFTER.match(text, it.val.end)
                           and not _QUALIFYING.match(text, text.find("đã", it.val.end)))
                       or (it.val.unit == "%" and not it.own_comparator and not to_come   # "…, đạt 57,5% kế hoạch, phấn đấu …"
                           and it.direction is None and _SHARE_OF_PLAN.match(text, it.val.end)
                           and not (it.val.value == 100 and _COMPLETE_BEFORE.search(text, it.item_start, it.val.start))))):
                # "sản lượng lương thực 6 tháng ước đạt 1.045 tấn, phấn đấu cả năm không dưới 2.350 tấn", "Diện tích gieo
                # trồng vụ xuân đạt 318 ha, bằng 102% kế hoạch; …": what was done, before the goal word of the sentence
                item_kind = "result"
            else:
                item_kind = kind
            if notes and any(a <= it.val.start < b for a, b in notes):
                item_kind = "result"   # a note's figures explain the text: what there is and was done
            if (item_kind == "result" and (status := last_match(_STATUS_THEN, text, text.rfind("\n", 0, it.val.start) + 1,
                                                                it.val.start)) is not None
                    and not _STRONG_RESULT.search(text, status.end(), it.val.start)):
                item_kind = "target"   # "✔ Tiêu chí số 14 (Y tế): đã đạt – duy trì tỷ lệ … không dưới 95%": the status,
                                       # then what is to be done (held-out 513)
            if item_kind == "target" and "(" in text[max(0, it.val.start - 24):it.val.start] and _NOW_ASIDE.search(
                    text, max(it.item_start, it.val.start - 24), it.val.start):
                item_kind = "result"   # "đạt trên 88% (hiện đạt | 83,4%)": where the measure stands now (held-out 546)
            if item_kind == "target" and now and _in_estimate_aside(text, s_start, it.val.start, now):
                item_kind = "result"   # "… đạt từ 10% trở lên (ước năm 2025 đạt | 8,22%)", "…, trong khi năm 2025 ước đạt |
                                       # 70,4 triệu đồng" written in 2025: this year's estimate set against the goal (held-out 800)
            if item_kind == "target" and _LAST_YEAR_SAID.search(text, it.item_start, it.val.start):
                item_kind = "result"   # "Xã mình năm ngoái gia đình thể thao mới 24,6%, năm nay …" (held-out 506, 502)
            if item_kind == "target" and _CHANGE_ARROW.search(text, text.rfind("\n", 0, it.val.start) + 1, _line_end(text, it.val.end)):
                item_kind = "result"   # "2.050 tỷ đồng tổng thu  ▲17,2%": an infographic's line of how things went (held-out 495)
            if (item_kind == "target" and (dated := _AS_OF_AFTER.match(text, it.val.end)) is not None
                    and _before_published(int(dated.group("year")), dated.group("month"), doc.published, now)):
                item_kind = "result"   # "• 21,4% trẻ mẫu giáo thấp còi (tháng 5/2024)" in a box of figures: as it stood then
            if (("trước" in (near := text[max(it.item_start, it.val.start - 80):it.val.end + 30]) or "cũ" in near)   # a cheap test first
                    and (_PREVIOUS_PLAN_BEFORE.search(text, max(it.item_start, it.val.start - 80), it.val.start)
                         or _PREVIOUS_PLAN_AFTER.match(text, it.val.end))):
                continue   # "Kế hoạch trước đặt mục tiêu xây dựng 20 chợ", "… thay cho mức 60% của giai đoạn trước": no more
            before_kind, before_end = item_kind, it.val.end
            # (a rate is a measure: "nâng tỷ lệ giáo viên mẫu giáo lên 1,75 giáo viên/lớp")
            plain_count = it.val.is_count and "/" not in it.val.unit and it.val.unit not in v["measure_units"]
            paragraph = text[para_start:s_start]  # "Các chỉ tiêu xã hội gồm: …. … 13 bác sĩ"
            # (after a whole described, "… 143 hòn đảo và hơn 9.800 tàu cá" goes on describing: "hơn"/"trên" approximate)
            own = _own_requirement(text, it) and not (wholes_dropped and (
                it.comparator == "=" or _MORE_THAN_BEFORE.search(text, it.item_start, it.val.start) is not None))
            if (it.val.is_count and it.val.unit in v["measure_units"] and kind == "target" and section != "goal"
                    and _HAS_BEFORE.search(text, it.item_start, it.val.start)
                    and not _has("goal_markers", _goal_text(text[s_start:c_end]))
                    and not _GOAL_WORD.search(_goal_text(text[para_start:c_end]))):
                continue   # "Xã Cao Phong … có khoảng 2.150 ha cam, bưởi": what the place has
            if ("/" in it.val.unit and (it.val.unit.split("/")[0] in v["money_units"] or it.val.unit.startswith("đồng/"))
                    and (_BENEFIT_BEFORE.search(text, max(c_start, it.item_start - 40), it.val.start)
                         # "3.1.1. Hỗ trợ một lần khi nhận công tác: tiến sĩ … 300 triệu đồng/người; thạc sĩ … 150 triệu đồng/người"
                         or _BENEFIT_LINE.match(text, text.rfind("\n", 0, it.val.start) + 1, it.val.start))):
                continue   # "tổ trưởng được hỗ trợ 1.500.000 đồng/tháng, tổ phó …": what a policy pays, no goal
            if (it.val.unit.startswith("%") and _RATE_RULE.search(text, para_start, c_end)   # (and "%/năm" of a loan)
                    and not _GOAL_WORD.search(_goal_text(text[para_start:c_end]))):
                continue   # "… chịu tỷ lệ 1,5% (gồm 1% thuế giá trị gia tăng …); dịch vụ ăn uống là 4,5%": a tax's rates, no goal
            if _SUPPORT_RATES_LINE.match(text, text.rfind("\n", 0, it.val.start) + 1, it.val.start):
                continue   # "3. Mức hỗ trợ: … 60 triệu đồng/căn …, ngân sách tỉnh bảo đảm 80%, …": the rates and shares of a policy
            if ("/" in it.val.unit and it.val.unit.split("/")[0] in v["money_units"]
                    and _SUPPORT_RATES_ABOVE.search(text, max(0, it.val.start - 250), text.rfind("\n", 0, it.val.start) + 1)):
                continue   # "a) Mức hỗ trợ theo Nghị quyết …:" over "- Trang trại:" over "+ Quy mô nhỏ: 30 triệu đồng/cơ sở" (426)
            if plain_count and kind == "target" and not (own or _own_requirement(text, first)
                                                         # "35 - 40 trụ sở bố trí làm trạm y tế": a range is planned
                                                         or it.val.value_max is not None
                                                         # "Đưa Chỉ số PCI của tỉnh vào nhóm 10 địa phương dẫn đầu": a rank
                                                         or (it.ranked and _GROUP_LED.search(text, it.item_start, it.val.start))
                                                         # "17 xã đã đạt chuẩn tiếp tục giữ vững Tiêu chí số 15": to keep
                                                         or _KEEP_AFTER.search(text, it.val.end, it.item_end) is not None
                                                         # "…; có thêm 4 xã đạt chỉ tiêu 13.3": more of them, to come
                                                         or _MORE_BEFORE.search(text, it.item_start, it.val.start) is not None
                                                         # "Huyện xây dựng 05 mô hình …": what the plan will make
                                                         or _MAKING_BEFORE.search(text, it.item_start, it.val.start)
                                                         or _has("goal_markers", _goal_text(sentence + " " + intro))
                                                         # "Số hộ thoát nghèo giao cho các huyện …:" over "Quan Sơn: 430 hộ"
                                                         or (list_intro and _QUOTA_GIVEN.search(list_intro) is not None)
                                                         or it.corrected   # 'Nay sửa lại là: "năm 2024: 28 cánh đồng; …"
                                                         or _has("goal_markers", _goal_text(paragraph))
                                                         or _PLAN_OPENS.match(sentence) is not None   # "Theo kế hoạch, …"
                                                         or _NUMBERED_GOAL_LINE.match(sentence) is not None   # "Chỉ tiêu: …"
                                                         # "… – Kế hoạch: 12.500 thửa – Thực hiện: 8.200 thửa"
                                                         or _GOAL_LABEL_BEFORE.search(text, it.item_start, it.val.start) is not None
                                                         # "Chỉ tiêu năm 2026:" over "- Thành lập mới 12 tổ liên gia …"
                                                         or _GOAL_LIST_INTRO.match(list_intro) is not None
                                                         # "Số trường sử dụng ứng dụng … năm 2026 là 320 trường, năm 2027 là 385
                                                         # trường" written in January 2026: a named count's figure for a year to come
                                                         or (now is not None and _MEASURE_OPENS.match(clause) is not None
                                                             and (yr := _deadline(text, it.item_start, it.val.start)) is not None
                                                             and (yr > now or (yr == now and not late_in_year)))
                                                         or section == "goal" or planned   # "… / kế hoạch 1.300 công trình"
                                                         # a headline of this year's or a later one's: "Tuyên Quang: Năm
                                                         # 2025 chụp X-quang sàng lọc lao cho 42.000 người …" in March 2025
                                                         or (it.val.end <= headline_end and now is not None
                                                             and any(y >= now for y in _years_in(text, s_start, s_end)))):
                wholes_dropped = True
                continue  # "Huyện có 15 xã": a count is a goal only where the text says so
            # what describes: the clause, for its first item; the lead-in and the clause from the item on, for the others,
            # not an item's before ("toàn tỉnh có 22.140 hộ nghèo, … và (10.385 hộ cận nghèo)" is a description; "xây
            # dựng 04 khu tái định cư, tổng diện tích khoảng 38 ha, bố trí (ít nhất 600 lô đất)" is not: the area is another's)
            described = clause if it is first else text[c_start:first.val.end] + " " + text[it.item_start:c_end]
            if section == "goal" or _LABELLED_TOTAL.fullmatch(text, text.rfind("\n", 0, it.val.start) + 1,
                                                               _line_end(text, it.val.start)):
                # under a goal heading a breakdown is the goal's: "Giao đủ 112 công dân …, gồm 95 công dân nhập ngũ …";
                # and a labelled line's total over its parts below: "a) Thu nội địa: 1.102 tỷ đồng, gồm:"
                described = _BREAKDOWN.sub(" ", described)
            # "toàn huyện hỗ trợ 420 hộ, gồm 352 căn xây mới và 68 căn sửa chữa": the parts of a goal made, no description
            parts_of_made = (it is not first and "gồm" in text[first.val.end:it.val.start]
                             and _BREAKDOWN_WORD.search(text, first.val.end, it.val.start) is not None
                             and _MAKING_BEFORE.search(text, first.item_start, first.val.start) is not None)
            if (it.val.is_count and not parts_of_made
                    # (not "toàn tỉnh có thêm 10 xã …": more of them, a change, whether goal or report)
                    # (not an aside "(hiện có 9 …)"; "toàn tỉnh (gồm cả địa bàn Yên Bái cũ) có 1.078 trường" without it)
                    and (_has("statistic_markers", " ".join(_HAS_MORE.sub(" ", _PAREN.sub(" ", described)).split()))
                                     or _NOW_HAS.match(sentence))   # "Hiện mạng lưới có 21 tuyến buýt, trong đó 14 tuyến …"
                    # "… phấn đấu …; có thêm 2 xã …, gồm: …" (not "thiếu hơn 2.100 giáo viên, năm học mới tuyển ít nhất 950
                    # giáo viên": a shortfall, the goal is the next item's)
                    and not (_has("goal_markers", _goal_text(text[s_start:c_end]))
                             and not (_SHORT_OF.search(text, it.item_start, it.val.start)
                                      and not _has("goal_markers", _goal_text(text[s_start:it.val.start]))))
                    # "Các chỉ tiêu chủ yếu đến năm 2025: … 5. Diện tích sàn nhà ở hoàn thành bình quân 1,2 - 1,4 triệu m2"
                    and not _has("goal_markers", _goal_text(list_intro))
                    and not _GOAL_LIST_INTRO.match(list_intro)   # ("Chỉ tiêu năm 2026:" over "- … mỗi tổ gồm từ 05 đến 10 hộ")
                    # "diện tích nuôi tôm công nghệ cao được mở rộng lên trên 4.200 ha": a measure changed, no description
                    # (or "… tưới phun mưa cục bộ tăng thêm 150 - 180 ha": an area added)
                    # ("diện tích phun bằng drone tăng từ 500.000 lên 700.000 lượt ha/năm": a rate of a measure)
                    and not ((it.val.unit in v["measure_units"] or it.val.unit.split("/")[0].split()[-1] in v["measure_units"])
                             and ((bare := _strip_comparator(text[it.item_start:it.val.start], _patterns()[1]))
                                  and (_MEASURE_VERB.search(bare) or _ADDED_END.search(bare))))
                    # "trồng mới từ 600 đến 800 ha quế, nâng diện tích …": what is made, no description (but "được thành
                    # lập từ 4 đơn vị hành chính" tells how a commune was formed)
                    and not ((made := _MAKING_BEFORE.search(text, it.item_start, it.val.start)) is not None
                             and not _PASSIVE_BEFORE.search(text, max(0, made.start() - 8), made.start()))
                    # "Theo Kế hoạch, đến năm 2025, …. Huyện mở rộng diện tích … lên 1.200 ha": the paragraph's goal
                    and not (_STRONG_GOAL.search(paragraph) and _MEASURE_VERB.search(text, first.item_start, first.val.start))
                    # "… có 684 trường tiểu học, trong đó 217 trường đã dạy tiếng Anh …": a part that tells what was done
                    and not (it is not first and _DONE_AFTER.match(text, it.val.end) is not None
                             and _SUB_LIST.search(text, first.val.end, it.val.start) is not None)
                    # "Tổ chức 12 buổi tuyên truyền …, với trên 3.000 lượt người tham gia": how many what is made reaches
                    # (held-out 844)
                    and not (it is not first and _WITH_FLOOR_END.search(text, first.val.end, it.val.start) is not None
                             and _MAKING_BEFORE.search(text, first.item_start, first.val.start) is not None)
                    # "Tổng diện tích gieo trồng đạt 3.830 ha, trong đó rau đậu 2.700 ha": a part of a measure to reach
                    and not (it is not first and it.val.unit == first.val.unit and it.val.unit in v["measure_units"]
                             and _SUB_LIST.search(text, first.val.end, it.val.start)
                             and _MEASURE_VERB.search(_strip_comparator(text[first.item_start:first.val.start], _patterns()[1])))):
                continue  # "dân số 120.000 người, gồm 15 xã": a description of the present
            if _DEFINED_AS.match(text, c_start, it.val.start) is not None:
                continue  # "Người tập luyện thường xuyên là người tập mỗi tuần ít nhất 03 lần": what a term means (held-out 506)
            if it.val.is_count and _statistic_aside(text, it.val.start):
                continue  # "… tiềm năng của xã sau sắp xếp (4.312 hộ, 19.860 nhân khẩu, 27 xóm)": an aside that describes
            if (it.val.is_count and text[c_end:c_end + 1] == ":" and _AT_PLACES.search(text, it.item_start, it.val.start)
                    and _SCOPE_OF_LIST.fullmatch(text, it.val.end, c_end)):
                continue  # "Thông qua mục tiêu đầu tư … tại 8 xã vùng cao giai đoạn 2025 - 2027, cụ thể:": where the list applies
            if (_BUDGET_OPENS.match(sentence) and not _MOBILISE.search(text, it.item_start, it.val.start)
                    # (not "…, trong đó nguồn xã hội hóa phấn đấu đạt không dưới 1,2 tỷ đồng": a floor to raise)
                    and not (it.own_comparator and it.comparator in (">=", ">"))
                    and ((it.val.is_count and it.val.unit.split("/")[0] in v["money_units"])
                         or (it.val.unit == "%" and _SHARE_OF_SUM.search(text, max(it.item_start, it.val.start - 12), it.val.start))
                         # "…, trong đó ngân sách nhà nước hỗ trợ 70%, doanh nghiệp cung ứng sữa đối ứng 30%": who pays what
                         # share of it (held-out 494)
                         or (it.val.unit == "%" and _FUNDS_SOURCE.search(text, it.item_start, it.val.start)))):
                continue  # "Tổng kinh phí dự kiến …, trong đó: ngân sách trung ương 842 tỷ đồng (chiếm 65,4%); ngân sách tỉnh …"
            if (it.val.is_count and it.val.unit.split("/")[0] in v["money_units"] and _has("budget_markers", clause)
                    and not (_MOBILISE.search(text, it.item_start, it.val.start)
                             and (it.comparator in (">=", ">")
                                  or not _has("budget_markers", text[it.item_start:it.val.start])
                                  # "kinh phí vận động từ doanh nghiệp, nhà hảo tâm đạt 300 - 350 triệu đồng/năm": what is raised
                                  or _FUNDS_RAISED.search(text, it.item_start, it.val.start) is not None))
                    # "các xã phấn đấu bố trí vốn đối ứng không dưới 18 tỷ đồng": a floor the plan sets
                    and not (it.own_comparator and it.comparator == ">="
                             # (or a numbered goal of a resolution: "Chỉ tiêu 6: Tổng nguồn vốn Quỹ … không dưới 140 tỷ đồng")
                             and (_GOAL_WORD.search(_goal_text(sentence)) or _NUMBERED_GOAL_LINE.match(sentence)))):
                # the plan's budget; not "… và huy động tối thiểu 50 tỷ đồng vốn xã hội hóa" or "Vận động nguồn xã hội
                # hóa khoảng 180 triệu đồng để … hỗ trợ …", a sum to raise
                continue
            subject, action, codes = it.subject, it.action, it.criteria
            if subject and "tương" in subject and (same := _CORRESPONDING_LEAD.match(subject)) and len(subject[same.end():].split()) >= 2:
                subject = subject[same.end():]   # "…, tương ứng | lượng nước tiết kiệm được khoảng (60 triệu m3/năm)"
            if subject and (label := _GOAL_NAMES_IT.match(subject)) is not None and len(subject[label.end():].split()) >= 2:
                subject = subject[label.end():]   # "• Dưới 18%: mục tiêu | tỷ lệ thấp còi cuối năm học" (held-out 494)
            if (item_kind == "target" and it.val.unit == "%" and action and _SHARE_OF_PLAN.match(action)
                    and _ENDS_SHARE_VERB.search(text, it.item_start, it.val.start)):   # (not "… phải giải ngân đạt 100% kế hoạch")
                subject, action = action, None   # "giải ngân 100% (kế hoạch vốn năm 2026)": the share of the plan to reach
            named_by_unit = subject == it.val.unit.split("/")[0]   # "… 5.000 doanh nghiệp/năm" counts "doanh nghiệp"
            if ((not subject or named_by_unit or _ROADMAP_LABEL.fullmatch(subject)) and not action and not codes
                    and (not it.val.is_count or it.val.unit in v["measure_units"] or named_by_unit)):
                # (a count named by its unit alone too: "…; năm 2025 đạt từ (89 điểm) trở lên")
                # the sentence's last target of the same unit ("… đạt từ 87 điểm trở lên, xếp trong nhóm 4 đơn vị …; năm
                # 2025 đạt từ (89 điểm) trở lên")
                # (or its count a year: "… năm 2027 là 4.600 doanh nghiệp, giai đoạn 2028 - 2030 bình quân không dưới 5.000
                # doanh nghiệp/năm")
                before_t = next((t for t in reversed(targets) if t.unit.split("/")[0] == it.val.unit.split("/")[0]), None)
                if (before_t is None or before_t.span[0] < doc.raw_span(s_start, s_end)[0]
                        or not (_ELLIPTIC_LEAD.fullmatch(text, it.item_start, it.val.start)
                                # "… ít nhất 20 câu lạc bộ liên thế hệ …, cụ thể: năm 2026: 6 câu lạc bộ": the first year's
                                or ((comma := text.rfind(",", it.item_start, it.val.start)) >= 0
                                    and _ELLIPTIC_LEAD.fullmatch(text, comma, it.val.start)))):
                    if (not it.val.is_count and it.val.unit.endswith("/năm") and targets
                            and targets[-1].span[0] >= doc.raw_span(s_start, s_end)[0]
                            and (growth := _GROWTH_LEAD.fullmatch(text, it.item_start, it.val.start)) is not None):
                        # "… đến năm 2030 đạt trên 12.000 tỷ đồng, | tăng bình quân | 18%/năm": how fast the measure
                        # before grows (held-out 539)
                        subject, action = targets[-1].subject, " ".join(growth.group("verb").split())
                    elif not it.val.is_count:
                        continue  # a figure with nothing around it ("100%" of a font-size widget) says no goal
                else:
                    # "85% thôn, bản có sóng di động 4G; đến năm 2025 nâng lên 95%", "… năm 2024 đạt 850 tỷ đồng; năm
                    # 2025 không dưới 1.000 tỷ đồng": the goal of the clause before, for a later year
                    subject, action, codes = before_t.subject, before_t.action, list(before_t.criteria)
                    subject = _YEAR_AT_END.sub("", subject) or subject   # "Số doanh nghiệp thành lập mới năm 2026": not its year
            if (subject == it.val.unit and it.val.is_count and not it.subject_before
                    and (colon := text.rfind(":", s_start, items[0].val.start)) >= 0 and not _PLACE_LEVEL_WORD.fullmatch(subject)
                    and (named := _noun_named_before(text, subject, s_start, colon, named_only=True)) is not None
                    and len((named := _predicate_split(named)[0]).split()) > 1):
                # "… việc lắp đặt trạm đo mưa được chia theo từng năm: năm 2026 lắp 60 trạm, năm 2027 thêm 50 trạm": the
                # noun the sentence named before its counts
                subject = named
            if (it.subject_before and subject and not action and _PLACE_ITEM.fullmatch(subject)
                    and (allot := last_match(_ALLOTTED, text, para_start, it.val.start)) is not None):
                # "Kiên cố hóa 14,2 km kênh mương nội đồng …; giao cho các xã như sau: xã Chiềng Pằn: 2,5 km; …": each
                # place's share of the whole the paragraph set before
                allot_at = doc.raw_span(allot.start(), allot.end())[0]
                whole = next((t for t in reversed(targets) if t.span[0] < allot_at), None)
                if (whole is not None and whole.unit == it.val.unit and whole.span[0] >= doc.raw_span(para_start, s_end)[0]
                        and not _PLACE_ITEM.fullmatch(whole.subject)):
                    subject = f"{whole.subject} {subject}"
            if (it is items[0] and it.subject_before and subject and not _RATE_HEAD.match(subject)
                    and (head := _OPENING_MEASURE.match(text, c_start, it.val.start)) is not None
                    and (it.val.unit in v["measure_units"] or head.group("head").lower().startswith("tổng"))
                    and (at := text.rfind(subject, head.end(), it.val.start)) > head.end()
                    and "," in text[head.end():at]):
                # "Diện tích cây ăn quả trên đất dốc áp dụng tưới nhỏ giọt, tưới phun mưa cục bộ tăng thêm 150 - 180 ha": the
                # measure the clause opens with, over a comma inside its own noun phrase
                subject = _clean(text[head.start("head"):at + len(subject)])
            if (it.val.is_count and subject and _YEAR_ONLY.fullmatch(subject)
                    and (named := _noun_named_before(text, it.val.unit.split("/")[0], s_start, it.val.start))):
                subject = named   # "Trong tổng số 2.000 hộ chuyển đổi, giai đoạn 2026 - 2027 phải đạt tối thiểu 700 hộ": the
                                  # noun the sentence named before, not the period
            if (it.val.is_count and it.val.unit.split("/")[0] in v["money_units"] and not action
                    and (not subject or _BARE_FUNDING.fullmatch(subject))
                    and (topic := last_match(_TOPIC, text, para_start, it.val.start)) is not None):
                subject = _clean(topic.group("topic"))   # "Thứ hai, về tiền bồi thường. Năm 2024 này phải giải ngân trên …"
            if not subject and action and (label := _LINE_LABEL.match(text, text.rfind("\n", 0, it.val.start) + 1, it.val.start)):
                # "• Chất lượng tân binh: trên 70% đạt sức khỏe loại 1, loại 2; tối thiểu 15% (có trình độ …)": the line's
                # label names whom an item without a noun counts
                subject = _clean(label.group("label"))
            elif (subject and it.subject_before and (bare := _BARE_MEASURE.fullmatch(subject) or _BARE_VERB.fullmatch(subject))
                    and (label := _LINE_LABEL.match(text, text.rfind("\n", 0, it.val.start) + 1, it.val.start))):
                # a slide's "• Chè an toàn: nâng tổng diện tích lên 732 ha", "• Chè hữu cơ: chứng nhận mới tối thiểu 60
                # ha": the label names what a bare measure or a verb is of
                named = _clean(_PAREN.sub(" ", label.group("label")))
                subject = f"{subject} {named[:1].lower()}{named[1:]}" if bare.re is _BARE_MEASURE else named
            elif (subject and not it.val.is_count and not _RATE_HEAD.match(subject) and not _LEVEL_PHRASE.fullmatch(subject)
                    and (label := _LINE_LABEL.match(text, text.rfind("\n", 0, it.val.start) + 1, it.val.start))
                    and _RATE_NOUN.match(label.group("label")) and not _RATE_NOUN.search(text, label.end(), it.val.start)
                    and ":" not in text[label.end():it.val.start]):   # (not "…: 100%; hộ gia đình văn hóa: 85%")
                # "Tỷ lệ điều trị thành công: lao mới và tái phát > 90%, lao kháng thuốc ≥ 80%": the label's rate, for each group
                subject = f"{_clean(_PAREN.sub(' ', label.group('label')))} {subject}"
            elif (subject and (grade := _GRADE.fullmatch(subject)) is not None
                    and (label := _LINE_LABEL.match(text, text.rfind("\n", 0, it.val.start) + 1, it.val.start))
                    and ":" not in text[label.end():it.val.start]):
                # "- Kết quả học tập: loại Tốt đạt 15%, loại Khá đạt 45% trở lên; loại Chưa đạt không quá 2%": the label's
                # measure, for each grade ("Chưa đạt" is a grade's name, not a verb) (held-out 815)
                subject = f"{_clean(_PAREN.sub(' ', label.group('label')))} {subject}{' đạt' if grade.group('not_yet') else ''}"
            if (it.val.is_count and (not subject or subject == it.val.unit.split("/")[0])
                    and (place := _PLACE_QUOTA.search(text, max(it.item_start, it.val.start - 45), it.val.start)) is not None):
                # "…, giao cụ thể xã Mường Tè: 45 hộ; xã Bum Tở: 38 hộ": each place's share, named by its place
                subject = f"{subject or it.val.unit.split('/')[0]} {_clean(place.group('place'))}"
            if not subject and action and it.val.unit in _TIME_UNITS and (aim := _PURPOSE_LEAD.match(action)) is not None:
                # "6) Không quá 3 giờ | để rút hết nước trên các trục phố chính …": the time it takes to do that
                subject, action = _clean(action[aim.end():]), None
            level = None if it.ranked else _level_of(subject, it.val.unit if it.val.is_count else "", plan_level)
            if level is None and action and (m := _CAP_LEAD.match(action)):
                level = _level_of(m.group(), "", plan_level)  # "đạt 80% đối với cấp tỉnh"
            elif (subject and action and it.subject_before and not it.val.is_count and _RATE_HEAD.match(subject)
                  and (group := _FOR_GROUP.fullmatch(action)) is not None):
                # "tỷ lệ cơ sở ứng dụng truy xuất … đạt 100% | đối với doanh nghiệp xuất khẩu, 70% | đối với cơ sở chế biến
                # …": the rate among that group
                subject, action = f"{subject} đối với {group.group('group')}", None
            # An item's own year first: after the values ("đạt trên 50% trong năm 2023 và từ 70% trở lên vào
            # năm 2025") or, when the list opens with a year, before them ("năm 2022 đạt 6%, năm 2023 đạt 7,5%")
            own_year = None
            if it.baseline:
                own_year = it.base_year   # "từ 41,2% (năm 2023)": the start's own year
            elif paired:
                own_year = paired[items.index(it)]
            elif _PART_START.search(text, it.item_start, it.val.start):
                own_year = (_deadline(text, it.item_start, it.val.start, now)   # "trong đó năm 2024 đưa vào sử dụng …"
                            # "…, trong đó phấn đấu hoàn thành 1.000 căn trong năm 2026": the part's year after its value
                            or _deadline(text, it.val.end, it.item_end, now))
            elif len(items) > 1:
                if (at := items.index(it)) and items[at - 1].baseline:
                    # "giảm từ 5,1% năm 2025 xuống dưới 2%": the start's year is not the year of the figure reached
                    own_year = _deadline(text, it.val.end, it.item_end, now)
                elif years_lead or _ELLIPTIC_LEAD.fullmatch(text, it.item_start, it.val.start):
                    # (or an item led by its own year: "… 48 phòng, trong đó năm 2025: 16 phòng, | năm 2026: 20 phòng")
                    own_year = _deadline(text, it.item_start, it.val.start, now)
                else:   # not the year of a part after "trong đó": "…, trong đó năm 2024 đưa vào sử dụng …"
                    part = _PART_START.search(text, it.val.end, it.item_end)
                    own_year = _deadline(text, it.val.end, part.start() if part else it.item_end, now)
            if (item_kind == "target" and now and len(items) > 1 and own_year is None
                    and (past := _years_in(text, it.item_start, it.val.start)) and max(past) < now
                    and not _GOAL_WORD.search(_goal_text(text[s_start:it.val.start]))
                    and _GOAL_WORD.search(_goal_text(text[it.val.end:s_end]))):
                # "Năm 2025 thu gần 42 tỷ đồng …, năm 2026 phấn đấu ít nhất 8 hội chợ" written in 2026: last year's figure,
                # before the goal word of the next
                item_kind = "result"
            # a ranking is named in many ways ("Chỉ số cải cách hành chính", "PAR Index của tỉnh"): its value is enough
            key = _twin_key(it.val.value, it.val.unit, "" if it.ranked else spelled(subject), spelled(action), it.val.value_max)
            sentence_raw_start = doc.raw_span(max(s_start, text.rfind("\n", 0, it.val.start) + 1), s_end)[0]   # within the line
            # a headline or a table row restates a goal in its own words: its twins may share less
            # (the closest of them: "100% trường học thu học phí không dùng tiền mặt" in a headline is the schools' row of
            # a table, not the hospitals' row "… viện phí không dùng tiền mặt" before it)
            in_headline = doc.raw_span(it.val.start, it.val.end)[1] <= headline_end
            twins = [k for k in seen if k[0][0] == key[0] and _units_agree(k[0][1], key[1])
                     # (a table row's level may be its name's: "Huy chương tại các giải … cấp Thành phố")
                     and (k[1].level == level or (level is None and id(k[1]) in table_ids))
                         and _containment(k[0][2], key[2]) >= (0.5 if k[1].span[1] <= headline_end
                                                               or id(k[1]) in table_ids else 0.8)
                         and (_containment(k[0][3], key[3]) >= (0.3 if k[1].span[1] <= headline_end else 0.6)
                              # "… 01 xã nông thôn mới thông minh vào năm 2025" in a headline: a date, no predicate
                              or (k[1].span[1] <= headline_end and _YEAR_ONLY.fullmatch(k[1].action or "x")))
                         and k[0][4:] == key[4:]
                         # "giảm bình quân 10% chi trực tiếp … cho ĐVSNCL"; "giảm ít nhất 10% số ĐVSNCL": another goal
                         and (k[1].comparator == it.comparator or _heads_agree(k[1].subject or "", "" if it.ranked else subject))
                         and not (k[1].kind == "result" and item_kind == "target")
                         # "… HOÀN THÀNH 100% CHỈ TIÊU TUYỂN QUÂN NĂM 2026" in a headline; "năm 2025 … đạt 100% chỉ tiêu": another year's
                         and not (item_kind == "result" and k[1].kind == "target" and own_year is None
                                  and k[1].deadline is not None and deadline is not None and k[1].deadline != deadline)
                         and (not k[1].criteria or not it.criteria or k[1].criteria == it.criteria)
                         # "… tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ ≥ 95%" in the headline; "Tỷ lệ trẻ 18 tháng tuổi …: ≥
                         # 95%", "tỷ lệ tiêm trong chiến dịch …: ≥ 95%" in the body: other ages, other goals (held-out 789)
                         and _numbers_agree(f"{k[1].subject} {k[1].action or ''}", f"{subject} {action or ''}")
                         # "… đạt 95% năm 2027, 100% năm 2030; 100% trẻ khuyết tật học hòa nhập có kế hoạch giáo dục cá nhân": in
                         # one sentence, a figure with a predicate of its own is another goal than a bare one
                         and not (sentence_raw_start <= k[1].span[0] < doc.raw_span(it.val.start, it.val.end)[0]
                                  and bool(k[0][3]) != bool(key[3]))
                         # a table gives each column its year: "| 8 | 9 | 9 |" is two goals of 9
                         and not (id(k[1]) in table_ids and k[1].deadline != (own_year or deadline))
                         # "100% bệnh viện công lập … thu viện phí không dùng tiền mặt" in the headline; "100% trường học công
                         # lập … thu học phí … không dùng tiền mặt" in the body: another noun, another goal
                         and not (k[1].span[1] <= headline_end and not it.subject_before
                                  and (there_head := _first_head(k[1].subject)) and (here_head := _first_head(subject))
                                  and not _units_agree(there_head, here_head))
                         # "👉 Quý III/2026: 100 người" and "👉 Quý IV/2026: 100 người": each period's own goal (or each place's)
                         and not ((here_label := _line_part_label(text, it.val.start)) is not None
                                  and (there := _line_part_label(text, doc.norm.to_norm(k[1].span[0]))) is not None
                                  and here_label != there)
                         # "95% … đến năm 2030 …. Đến năm 2025, ba tỷ lệ này lần lượt đạt 90%, 88% và 95%": another year's
                         and not (_EXPLICIT_YEAR_NEAR.search(text, s_start, it.val.start) and k[1].span[1] > headline_end
                                  and k[1].deadline not in (None, own_year or deadline))
                         # "… 100% xe buýt dùng điện … vào năm 2030" in the headline; "Từ ngày 01/01/2026, 100% xe buýt đầu tư
                         # mới …" in the body: a sentence that names its own other year sets another goal
                         and not (k[1].span[1] <= headline_end and k[1].deadline in headline_years
                                  and (own_year or deadline) not in (None, k[1].deadline)
                                  and (own_year or deadline) in _years_in(text, s_start, s_end))]
            # (the sentence that restates a table row holds most of its words: "100% vi phạm được phát hiện, lập biên bản
            # …" is not the row "Tỷ lệ vi phạm tồn đọng trước năm 2024 được xử lý dứt điểm"; a headline, shorter, holds
            # fewer: "… dạy bơi cho hơn 3.000 trẻ" is the row "Trẻ em được dạy bơi, kỹ năng an toàn dưới nước | Trẻ | > 3.000")
            if any(id(k[1]) in table_ids for k in twins):
                said = set(_syllables(sentence))
                twins = [k for k in twins if id(k[1]) not in table_ids or (_share_of(k[0][2], said) >= (0.25 if in_headline else 0.4)
                                                                           and _numbers_said(k[1].subject, sentence))]
            elif table_ids and not twins:
                # a row whose name the sentence says in its own order, subject and predicate at once: "ít nhất 60% cơ sở
                # thuộc danh mục hoàn thành kiểm kê khí nhà kính cấp cơ sở" is the row "Tỷ lệ cơ sở hoàn thành kiểm kê KNK
                # cấp cơ sở | % | 60" of its year
                said = set(_syllables(sentence))
                twins = [k for k in seen if id(k[1]) in table_ids and k[0][:2] == key[:2] and k[0][4:] == key[4:] and k[0][2]
                         and k[1].deadline == (own_year or deadline) and _share_of(k[0][2], said) >= 0.6
                         and _numbers_said(k[1].subject, sentence)]
            twin = max(twins, key=lambda k: _containment(k[0][2], key[2]), default=None)
            span = doc.raw_span(it.val.start, it.val.end)
            if twin is not None and id(twin[1]) in table_ids and span[0] < twin[1].span[0]:
                # "Hỗ trợ xây mới 35 căn nhà …" in the text before the table row "… | căn | 35 |": the text's
                # mention is the first
                targets.remove(twin[1])
                seen.remove(twin)
                row, twin = twin[1], None
            else:
                row = None
            if twin is not None:
                # A goal stated twice (headline and body, summary and detail) is one target, at its
                # first mention; the detailed statement completes what the summary left out — and a
                # headline with no goal word ("74% xã đạt chuẩn") restated as achieved is a result.
                first_t = twin[1]
                if first_t.comparator == "=" and it.comparator != "=":
                    first_t.comparator = it.comparator
                first_t.criteria = first_t.criteria or it.criteria
                if not first_t.subject and subject:
                    # "… MỤC TIÊU 6 MWp ĐẾN NĂM 2026" in a headline in capitals: the body names what it measures (602)
                    first_t.subject, first_t.action = subject, first_t.action or action
                if (item_kind == "result" and first_t.kind == "target" and not twin[2] and first_t.comparator == "="
                        # (nor "Thanh Chương yêu cầu gia cố dứt điểm 11 cầu dân sinh xuống cấp …": a headline that demands)
                        and not _DEMAND.search(text, text.rfind("\n", 0, (at := doc.norm.to_norm(first_t.span[0]))) + 1,
                                               _line_end(text, at))):
                    first_t.kind = "result"   # (not "lựa chọn ít nhất một sản phẩm …": a floor is a goal's)
                continue
            # "… đạt loại tốt, khá, trong đó có | (ít nhất 50%) …": the words that open a part name no part of it
            subject = _PART_OPENER_END.sub("", subject).strip(" ,;:") if subject.endswith(("đó", "có")) else subject
            if (it is not items[0] and targets and targets[-1].unit == it.val.unit
                    and (not action or _AT_PLACE.match(action) or _YEAR_THEN_PART_VERB.search(action))   # ("… và năm 2025 giao")
                    and (not subject or subject == it.val.unit or _PART_OWN_VERB.fullmatch(subject)
                         or _PART_WITH_VERB.search(subject))
                    # (the parts after the first too: "…, trong đó năm 2023 giao 900 ha, năm 2024 giao (1.000 ha)", 585)
                    and _IN_PART.search(text, items[0].val.end, it.val.start)):
                # "… đạt 30.000 ha, trong đó năm 2024 thực hiện | 12.000 ha", "500 ha rừng, trong đó năm 2024 trồng | 200 ha":
                # a part of the whole before, with its verb; "… mỗi tháng … 2.700 - 3.000 đơn vị, riêng tháng 1 và tháng 7
                # không dưới 3.200 đơn vị": the same measure in the months set apart
                subject = targets[-1].subject
            # "Tổng mức bán lẻ … của tỉnh được (đặt mục tiêu tăng …)": the passive's auxiliary is no part of the noun
            subject = _TRAILING_AUX.sub("", subject) if subject.endswith((" được", " đã", " sẽ")) else subject
            if ": năm" in subject:
                subject = _LABEL_YEAR_TAIL.sub("", subject)   # "Thu nhập bình quân đầu người: năm 2025 ước": the label
            if ((not subject or " " not in subject or subject == it.val.unit) and not (it.val.is_count and it.val.unit not in v["measure_units"]
                                                                                and it.val.unit.split("/")[0] not in v["money_units"])
                    and (labelled := _YEARS_LINE_LABEL.match(text, text.rfind("\n", 0, it.val.start) + 1, it.val.start)) is not None
                    # (a measure's name, not a headline's place: "Thái Nguyên: Năm 2025 thu gần 42 tỷ đồng …")
                    and (_RATE_HEAD.match(labelled.group("label")) or _NAMED_MEASURE.match(labelled.group("label")))):
                # "- Diện tích trồng rừng tập trung: năm 2025 trồng được 1.150 ha; năm 2026 trồng mới tối thiểu (1.200 ha)":
                # a measure's line, its years' figures after the label
                subject = _clean(labelled.group("label"))
            if action and action.endswith(("đó", "có")):
                action = _PART_OPENER_END.sub("", action).strip(" ,;:") or None
            if not subject or " " not in subject:
                # "Riêng rừng phòng hộ đầu nguồn khe Thơi, đến năm 2027 trồng bổ sung mười héc-ta …": the topic set
                # apart at the sentence's start is what the bare figure measures; "Đối với các xã đăng ký đạt chuẩn …,
                # 100% xã phải có …": a bare noun is the topic's
                topic = last_match(_SET_APART_TOPIC, text, max(0, it.val.start - 300), it.val.start)
                named = _PLURAL_MARK.sub("", topic.group("topic")) if topic else ""
                if topic and (not subject or named.lower().startswith(subject.lower() + " ")):
                    subject = named
            if (own_year or deadline) and (when := _DEADLINE_AT_END.search(subject)) and int(when.group("y")) == (own_year or deadline):
                subject = subject[:when.start()]   # "30% lượt khám năm 2026, 50% năm 2027": the year is the deadline
            if (cut := _NEXT_YEAR_ITEM.search(subject)) is not None and cut.start() > 0:
                # "25 tổ liên gia an toàn PCCC, | năm 2026 thành lập thêm (40 tổ)": what follows, the action too, is the
                # next item's
                subject, action = subject[:cut.start()], None
            if action and (cut := _NEXT_YEAR_ITEM.search(action)) is not None and (
                    cut.start() > 0 or _OPEN_END.search(action) or _YEAR_THEN_PART_VERB.search(action)):   # ("… và năm 2025 giao")
                action = action[:cut.start()].strip() or None   # "3 - 5 điểm …, | đến năm 2030 có tối thiểu (50 điểm)"
            target = Target(
                value=it.val.value, value_max=it.val.value_max, unit=it.val.unit, direction=it.direction,
                comparator=it.comparator, subject=subject, action=action, level=level,
                deadline=own_year or deadline, criteria=codes, kind=item_kind,
                span=span, per=it.per,
            )
            if row is not None:   # what the row adds: "≥ 300" to "300 hộ thoát nghèo", its name to a bare noun
                target.comparator = target.comparator if target.comparator != "=" else row.comparator
                target.criteria = target.criteria or row.criteria
                if target.subject == target.unit:
                    target.subject, target.action = row.subject, row.action
            seen.append((key, target, _GOAL_WORD.search(_goal_text(clause)) is not None or section == "goal"
                         # "Hoàn thành hỗ trợ nhà ở cho 96 hộ … trước ngày 27/7/2025" in March: a deadline to come
                         or _by_a_later_date(clause, doc.published)))
            targets.append(target)
    # a table's "Tổng cộng | 34 | 62" restates the sums the text set as goals ("Hỗ trợ xây mới 34 nhà và sửa chữa 62 nhà")
    said = {(t.value, t.unit) for t in targets if id(t) not in table_ids}
    targets = [t for t in targets if not any(t is s and (t.value, t.unit) in said for s in sums)]
    if headline_end > 0:
        # "Thêm 2,4 triệu USD đưa nước sạch về bản" over "Dự án có tổng vốn 2,4 triệu USD": a sum the body gives as a budget
        targets = [t for t in targets if not (t.span[1] <= headline_end and t.unit.split("/")[0] in v["money_units"]
                                              and _budget_below(doc, t.span, headline_end))]
    targets.sort(key=lambda t: t.span[0])
    _share_across_levels(doc.raw, targets, plan_level)
    _share_across_scopes(doc.raw, targets)
    _name_bare_counts(doc.raw, targets)
    _name_by_school_level(doc.raw, targets)
    carried = _carry_into_years(doc.raw, targets)
    if carried and headline_end > 0:
        # a year's figure that, with its noun carried in, restates the headline ("Đến năm 2027, trên 90% hộ gia đình …")
        headline_start = doc.raw_span(at, at)[0]
        heads = [h for h in targets if headline_start <= h.span[0] and h.span[1] <= headline_end]
        targets = [t for t in targets if id(t) not in carried or not any(
            h is not t and h.value == t.value and h.unit == t.unit and h.comparator == t.comparator and h.deadline == t.deadline
            and _containment(set(_syllables(spelled(h.subject))), set(_syllables(spelled(t.subject)))) >= 0.5
            for h in heads)]
    if "đúng" in doc.raw:   # (a cheap test first)
        targets = _corrected(doc, targets)
    if "số người" in doc.raw:   # (a cheap test first)
        targets = _split_listed_measures(doc.raw, targets)
    return targets


# A change named once for several counts: "giảm từ 5 - 10% số vụ, số người chết và số người bị thương do tai nạn giao
# thông", "… 5 - 10% cả 3 tiêu chí (số vụ, số người chết, số người bị thương)": one goal per count (gold 583, 826)
_LISTED_COUNTS = regex.compile(r"(?P<items>số\s+[^,;()]{1,30}?(?:\s*,\s*số\s+[^,;()]{1,30}?)*\s*(?:,|\s+và)\s+số\s+[^,;()]+?)"
                            r"(?P<tail>\s+(?:do|vì)\s+[^,;()]+)?$")
_THREE_MEASURES = regex.compile(r"(?:(?:trên|cả)\s+)*(?:3|ba)\s+tiêu\s+chí")
_MEASURES_AFTER = regex.compile(r"\s*\(\s*(?P<items>số\s+[^()\n]{3,80})\)")
_LIST_SEP = regex.compile(r"\s*,\s*|\s+và\s+")


def _split_listed_measures(raw: str, targets: list[Target]) -> list[Target]:
    """A share or change whose subject lists counts, each its own goal with the same figure and span."""
    out = []
    for t in targets:
        items, tail, cases = None, "", ""
        if t.unit.startswith("%") and (m := _LISTED_COUNTS.fullmatch(t.subject)) is not None:
            items, tail = _LIST_SEP.split(m.group("items")), (m.group("tail") or "")
            cases = tail   # "số vụ, … do tai nạn giao thông": the cases are of what the last count says
        elif (t.unit.startswith("%") and _THREE_MEASURES.fullmatch(t.subject)
              and (m := _MEASURES_AFTER.match(raw, t.span[1] + len(raw[t.span[1]:].split("(", 1)[0]))) is not None):
            items = _LIST_SEP.split(m.group("items").strip())
            if "tai nạn giao thông" in raw[max(0, t.span[0] - 200):t.span[1]]:
                cases = " tai nạn giao thông"   # "kéo giảm tai nạn giao thông trên cả 3 tiêu chí (số vụ, …)"
        if not items or len(items) < 2 or not all(i.startswith("số ") for i in items):
            out.append(t)
            continue
        for item in items:
            subject = item + (cases if item == "số vụ" else tail if item == items[-1] else "")
            out.append(t.model_copy(update={"subject": subject.strip()}))
    return out


# A correction notice: "… chỉ tiêu tỷ lệ hộ gia đình trang bị … được ghi là 80%; con số đúng theo Kế hoạch số 285/KH-UBND
# là 70%" (held-out 538): the goal the article gave is the corrected figure
_CORRECTION = regex.compile(
    r"""
    (?<= \s ) (?: ghi | viết | đưa \s+ tin ) \s+ (?: nhầm | sai | là | thành )   # (what was written wrong is named before it)
    (?: \s+ (?: là | thành ) )? \s+ (?P<wrong> \d[\d.,]* ) [ ]* (?P<pct> % )?
    [^.\n]{0,40}? \b (?: con \s+ số | số \s+ liệu | chỉ \s+ tiêu | nội \s+ dung ) \s+ (?: đúng | chính \s+ xác ) \b
    [^.\n]{0,100}? \b là \s+ (?P<right> \d[\d.,]* (?: [ ]* % )? )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _corrected(doc: Document, targets: list[Target]) -> list[Target]:
    """Targets with a correction notice applied: the goal that gave the wrong figure takes the right one, at the right
    figure's place; the notice's own figures are no goals of their own."""
    out = list(targets)
    if "ghi" not in doc.raw and "viết" not in doc.raw and "đưa tin" not in doc.raw:   # (a cheap test first)
        return out
    for m in _CORRECTION.finditer(doc.raw):
        try:
            wrong = parse_number(m.group("wrong"), percent=bool(m.group("pct")))
            right = parse_number(m.group("right").rstrip("% "), percent=m.group("right").endswith("%"))
        except ValueError:
            continue
        out = [t for t in out if not m.start("wrong") <= t.span[0] < m.end()]
        low = max(0, m.start() - 160)
        cut = max(doc.raw.rfind(c, low, m.start()) for c in ".;:\n")
        named = set(_syllables(doc.raw[cut + 1 if cut >= 0 else low:m.start()]))   # what its sentence names before it
        fixed = [t for t in out if t.value == wrong and (t.unit == "%") == bool(m.group("pct"))
                 and _share_of(set(_syllables(t.subject)), named) >= 0.5]
        for t in fixed[:1]:
            t.value, t.value_max, t.span = right, None, (m.start("right"), m.end("right"))
        twins = {id(t) for t in fixed[1:]}   # (the same figure said again)
        out = [t for t in out if id(t) not in twins]
    out.sort(key=lambda t: t.span[0])
    return out


# What opens a year's figure with no noun of its own: "…; năm 2026 nâng lên (80%)", "… và đến năm 2027 đạt trên (90%)"
_YEAR_ONLY_LEAD = regex.compile(r"[^.\n]*?(?:;|,|\bvà\b)\s*(?:(?:đến|trong|vào)\s+)?(?:hết\s+|cuối\s+)?năm\s+20\d\d\s*,?\s*"
                             rf"(?:(?:{_VERB_ONLY.pattern})(?:\s+lên)?\s*)?"
                             r"(?:(?:ít\s+nhất|tối\s+thiểu|trên|hơn|dưới|không\s+dưới|không\s+quá|tối\s+đa|khoảng)\s*)?",
                             regex.IGNORECASE)


def _carry_into_years(raw: str, targets: list[Target]) -> set[int]:
    """"… ít nhất 60% HGĐ thực hiện PLTN; năm 2026 nâng lên 80% và đến năm 2027 đạt trên 90%": a year's figure with no
    noun measures what the figure before it in the sentence measures. The ids of the targets given a noun."""
    carried = set()
    for before, t in zip(targets, targets[1:]):
        if before.unit == t.unit and _YEAR_ONLY_LEAD.fullmatch(raw, before.span[1], t.span[0]):
            if before.action and (cut := _NEXT_YEAR_ITEM.search(before.action)) is not None:
                before.action = before.action[:cut.start()].strip() or None   # "… | và đến năm 2025 giữ ổn định ở mức"
            t.subject, t.action = before.subject, before.action
            carried.add(id(t))
    return carried


_YEAR_ITEM_BETWEEN = regex.compile(r"[,(]\s*(?:trong\s+đó\s+)?(?:(?:đến|trong|vào|tới)\s+(?:hết\s+|cuối\s+)?)?năm\s+20\d\d\b",
                                 regex.IGNORECASE)   # (also a year's part: "1.200 bộ đèn LED …, trong đó năm 2024 ít nhất 450 bộ",
                                                     # "150 tổ liên gia … (năm 2024 ít nhất 95 tổ, …")
_NOT_A_NAME = regex.compile(r"[,;()\d]|\b(?:và|hoặc|cho|của|để|với|năm)\b", regex.IGNORECASE)   # "hộ và chuyển đổi nghề cho"


def _name_bare_counts(raw: str, targets: list[Target]) -> None:
    """"thêm 3 - 5 điểm du lịch cộng đồng, đến năm 2030 có tối thiểu 50 điểm": a count of the bare noun, in the clause
    that named it in full, counts what was named."""
    for before, t in zip(targets, targets[1:]):
        unit = t.unit.lower()
        if (t.subject.lower() == unit and before.subject.lower().startswith(unit + " ") and before.kind == t.kind
                and not _NOT_A_NAME.search(before.subject, len(unit))
                and (before.unit.lower() + " ").startswith(unit + " ") and not _CLAUSE_END.search(raw, before.span[1], t.span[0])
                and _YEAR_ITEM_BETWEEN.search(raw, before.span[1], t.span[0])):   # (not "Ngoài 30 sản phẩm mới …, có 5 sản phẩm")
            t.subject = before.subject


# A line labelled by a school level: "- Mầm non: có thêm 4 trường đạt chuẩn quốc gia …", "- THCS: không dưới 18 trường …"
_SCHOOL_LEVEL_LABEL = regex.compile(r"[ \t]*[-+•*][ \t]*(?P<label>Mầm[ ]+non|Tiểu[ ]+học|Trung[ ]+học[ ]+cơ[ ]+sở|Trung[ ]+học[ ]+phổ"
                                 r"[ ]+thông|THCS|THPT)[ \t]*:", regex.IGNORECASE)


def _name_by_school_level(raw: str, targets: list[Target]) -> None:
    """A bare count on a line labelled by its school level counts that level's: "- Mầm non: có thêm 4 trường …" is 4
    "trường mầm non" (held-out 477)."""
    for t in targets:
        if t.unit.lower() not in ("trường", "lớp", "phòng học", "giáo viên", "học sinh"):
            continue
        line_start = raw.rfind("\n", 0, t.span[0]) + 1
        if (label := _SCHOOL_LEVEL_LABEL.match(raw, line_start)) is not None:
            name = " ".join(label.group("label").split())
            if t.subject.lower() in (t.unit.lower(), name.lower()):   # "trường", or the label alone ("THCS")
                t.subject = f"{t.unit} {name if name.isupper() else name.lower()}"


# What a figure followed only by its level says: "đạt 70% cấp xã, 40% cấp huyện (khi kết thúc năm 2025)".
_LEVEL_ONLY = regex.compile(rf"{_LEVEL_PHRASE.pattern}(?:\s+(?:khi|vào|trong|đến|trước)\b[^,;]*)?", regex.IGNORECASE)


def _share_across_levels(raw: str, targets: list[Target], plan_level: Optional[str]) -> None:
    """ "Tỷ lệ cán bộ … đạt 70% cấp xã, 40% cấp huyện": figures that name only their level measure the first item's
    subject, each at its own level (the first reads its level from what follows it)."""
    for before, t in zip(targets, targets[1:]):
        if not (_LEVEL_ONLY.fullmatch(t.subject) and before.unit == t.unit and t.action is None
                and regex.fullmatch(r"[^.;\n]{0,60}?(?:,|\bvà\b)\s*", raw[before.span[1]:t.span[0]])):
            continue
        if before.action and _LEVEL_ONLY.fullmatch(before.action):
            before.level = _level_of(before.action, "", plan_level) or before.level
            before.action = None
        if _LEVEL_ONLY.fullmatch(before.subject):
            continue   # the first item named only its level too: no subject to share
        t.level = _level_of(t.subject, "", plan_level) or t.level
        t.subject, t.action, t.comparator = before.subject, before.action, before.comparator


# "… đội mũ bảo hiểm đúng quy cách trên các tuyến quốc lộ, tỉnh lộ đạt trên 98% | và trên đường huyện, đường xã đạt ít
# nhất | 85%": a scope, then its own figure
_SCOPE_BETWEEN = regex.compile(r"\s*(?:,|;|\bvà\b)\s*(?P<scope>(?:trên|tại|ở|đối\s+với)\s+[^.;:\n\d%]{2,60}?)\s+(?:đạt|là)?\s*"
                            r"(?:ít\s+nhất|tối\s+thiểu|trên|không\s+dưới|từ|dưới|không\s+quá|tối\s+đa)?\s*", regex.IGNORECASE)
_SCOPE_AT_END = regex.compile(r"\s+(?:trên|tại|ở|đối\s+với)\s+[^.;:\n\d%]{2,60}$", regex.IGNORECASE)


def _share_across_scopes(raw: str, targets: list[Target]) -> None:
    """A share named once, then given for another scope: the later figure measures the same, for its own scope."""
    for before, t in zip(targets, targets[1:]):
        if before.unit != "%" or t.unit != "%" or (between := _SCOPE_BETWEEN.fullmatch(raw, before.span[1], t.span[0])) is None:
            continue
        if not before.subject or not _RATE_HEAD.match(before.subject) or _RATE_HEAD.match(t.subject or ""):
            continue
        if before.action and " ".join(before.action.split()) in " ".join(raw[before.span[1]:t.span[0]].split()):
            before.action = None   # (the scope's words read as what the first figure does)
        t.subject = f"{_SCOPE_AT_END.sub('', before.subject)} {' '.join(between.group('scope').split())}"


_BUDGET_BEFORE = regex.compile(r"\b(?:tổng\s+vốn|kinh\s+phí|tổng\s+mức\s+đầu\s+tư|vốn\s+đầu\s+tư)\b[^.;\n]{0,25}$", regex.IGNORECASE)


def _budget_below(doc: Document, span: tuple[int, int], headline_end: int) -> bool:
    """Whether the body gives the headline's sum (``span``, raw offsets) as a budget ("tổng vốn …", "kinh phí …")."""
    said = doc.raw[span[0]:span[1]]
    at = doc.raw.find(said, headline_end)
    while at >= 0:
        if _BUDGET_BEFORE.search(doc.raw, max(0, at - 40), at):
            return True
        at = doc.raw.find(said, at + len(said))
    return False


# "Tin khác", "Tin liên quan" …: headlines of other articles, listed under the article; no goal of this one.
_SEE_ALSO = regex.compile(r"^[ \t#*>»]*(?:Xem|Đọc)\s+thêm\s*[:>»]", regex.MULTILINE | regex.IGNORECASE)
_OTHER_NEWS = regex.compile(
    r"^[ \t#*]*(?:(?:Các\s+)?(?:Tin|Bài(?:\s+viết)?|Tin\s+bài)\s+(?:khác|liên\s+quan|cùng\s+chuyên\s+mục|mới\s+hơn|cũ\s+hơn|đã\s+đưa)"
    # a reader poll over its options and shares: "📊 Bình chọn" over "❌ Chưa được gắn — 19%" (held-out 528)
    r"|[\p{So}\uFE0F \t]*(?:Bình\s+chọn|Thăm\s+dò(?:\s+ý\s+kiến)?))"
    r"[ \t:*]*$",
    regex.MULTILINE | regex.IGNORECASE,
)


_FONT_WIDGET = regex.compile(r"\bA\s*-\s+A\s+A\s*\+")


def _other_news(text: str) -> list[tuple[int, int]]:
    """Spans of "Tin khác" blocks: the heading and the short lines after it, up to a paragraph of prose or, past a
    blank line, a sentence that sets a goal (the block stood in the middle of the article)."""
    out = []
    for m in _OTHER_NEWS.finditer(text):
        end, blank = m.end(), False
        while end < len(text):
            line_end = _line_end(text, end + 1)
            line = text[end + 1:line_end]
            if len(line) > 200 or (blank and line.strip() and _GOAL_AFTER_NEWS.fullmatch(line)):
                break
            blank = blank or (not line.strip() and text[m.end():end].strip() != "")
            end = line_end
        out.append((m.start(), end))
    return out


# "Tin liên quan: • … (05/03/2024) | • Không dưới 50% hồ sơ … được thanh toán trực tuyến.": after the links and a blank
# line, a sentence (it ends as one) that sets a goal goes on with the article (held-out 484)
_GOAL_AFTER_NEWS = regex.compile(r"""
    (?=[^\n]*\d)                                                      # a figure
    (?=[^\n]*\b(?:không\s+dưới|tối\s+thiểu|ít\s+nhất|trở\s+lên        # and a bound or a goal word
                |phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu)\b)
    [^\n]*[.;:]\s*                                                      # ended as a sentence is, not as a link
    """, regex.IGNORECASE | regex.VERBOSE)


# A note under the article, on its own line, whose mark the text set on a word or a figure: "… 87 trường công lập[1] …"
# over "[1] Gồm 30 trường mầm non, 31 trường tiểu học …": what the note counts explains the text, so its figures are
# reports, no goals (a law's threshold it quotes too: "[7] Theo khoản 2 Điều 5 Nghị định số 52/2018/NĐ-CP, làng nghề …")
_FOOTNOTE = regex.compile(r"^[ \t]*\[(?P<n>\d{1,2})\][ \t]+\S[^\n]*", regex.MULTILINE)
_GLUED_MARK = regex.compile(r"[\w%.,;)]\[(?P<n>\d{1,2})\]")   # "… công lập[1]"


def _footnotes(text: str) -> list[tuple[int, int]]:
    """Spans of the notes whose marks stand glued to the text above them (held-out 489)."""
    first_mark: dict[str, int] = {}   # where each note's mark first stands
    for mark in _GLUED_MARK.finditer(text):
        first_mark.setdefault(mark.group("n"), mark.start())
    return [m.span() for m in _FOOTNOTE.finditer(text) if first_mark.get(m.group("n"), len(text)) < m.start()]


# A category page lists articles as headline, date line and sapo: "■ Khởi công cống Rạch Chanh …\n15/10/2025 16:20\n…"
_LISTED_DATE = regex.compile(r"^[ \t]*\d{1,2}/\d{1,2}/20\d\d(?:[ \t]*[-–,]?[ \t]*\d{1,2}:\d{2})?[ \t]*$", regex.MULTILINE)
_LIST_BULLET = regex.compile(r"^[\W\d]*")


def _listed_articles(text: str) -> list[tuple[int, int]]:
    """Spans of the other articles a category page lists (headline, date line, sapo) above the one it shows in full:
    those whose headline the page does not repeat. A page that repeats none is all listing and keeps every one."""
    dates = list(_LISTED_DATE.finditer(text))
    if len(dates) < 2:
        return []
    blocks = []
    for m in dates:
        head_end = text.rfind("\n", 0, m.start())
        head_start = text.rfind("\n", 0, max(0, head_end)) + 1
        headline = _LIST_BULLET.sub("", text[head_start:max(head_start, head_end)]).strip()
        if head_end < 0 or len(headline.split()) < 4:
            continue
        sapo_end = _line_end(text, m.end() + 1)
        blocks.append((head_start, sapo_end, headline))
    own = [b for b in blocks if text.find(b[2], b[1]) >= 0 or text.rfind(b[2], 0, b[0]) >= 0]
    if own or len(blocks) < 3:
        return [(start, end) for start, end, headline in blocks if own and (start, end, headline) not in own]
    # A feed of three articles or more, none shown in full: each runs to the next one's headline, and those that cite no
    # plan and state no goal are other news ("Giá lúa hè thu sớm tăng nhẹ …", "Phú Quốc đón hơn 52.000 lượt khách …"
    # beside "Rà soát, phủ kín thiết bị giám sát hành trình cho 100% tàu cá …: … Kế hoạch số 86/KH-CCTS …")
    spans = [(start, blocks[k + 1][0] if k + 1 < len(blocks) else end) for k, (start, end, _) in enumerate(blocks)]
    return [(start, end) for start, end in spans if _PLAN_OR_GOAL.search(text, start, end) is None]


_PLAN_OR_GOAL = regex.compile(r"\b(?:Kế\s+hoạch|Nghị\s+quyết|Chương\s+trình|Đề\s+án)\s+(?:số\s+)?\d|\b(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu)\b",
                           regex.IGNORECASE)


_LINK_LINE = regex.compile(r"[ \t]*[-•+*»>][ \t]*\S[^\n]{0,200}(?=\n|$)")


def _see_also_end(text: str, start: int) -> int:
    """Where a "Xem thêm: …" link ends: its line, and the list of links under it ("Xem thêm:\n- Phường Mỹ Lâm …")."""
    end = _line_end(text, start)
    while (link := _LINK_LINE.match(text, end + 1)) is not None:
        end = link.end()
    return end


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


_NAMES_A_SET = regex.compile(r"\b(?:góp\s+phần|theo\s+Bộ\s+tiêu\s+chí)\b", regex.IGNORECASE)


def _row_unit(t: Target) -> str:
    """The unit a table row counts in, as the text would name it: "Vận động viên năng khiếu … | Người | 60" counts
    "vận động viên", "Bể bơi lắp ghép … | Bể | 3" counts "bể bơi" (the "ĐVT" column gives the generic word)."""
    low = (t.subject or "").lower()
    named = max((u for u in _count_units() if low == u or low.startswith(u + " ")), key=len, default=None)
    return named if named and (t.unit == "người" or named.startswith(t.unit + " ")) else t.unit


# An abbreviation explained where it is first used: "chất thải rắn sinh hoạt (CTRSH)", "tổ dân phố (TDP)".
_EXPLAINED = regex.compile(r"\((?P<abbr>(?-i:[A-ZĐ][A-ZĐ&]{1,7}))\)")
_WORD_BEFORE = regex.compile(r"\p{L}+", regex.IGNORECASE)


def _abbreviations(text: str) -> dict[str, str]:
    """Abbreviation → the words it stands for, when those words' initials spell it ("hộ gia đình (HGĐ)")."""
    found = {}
    for m in _EXPLAINED.finditer(text):
        letters = m.group("abbr").replace("&", "")
        words = [w.group() for w in _WORD_BEFORE.finditer(text, max(0, m.start() - 80), m.start())][-len(letters):]
        if len(words) == len(letters) and all(w[0].upper() == c for w, c in zip(words, letters)):
            found.setdefault(m.group("abbr"), " ".join(words).lower())
    return found


def _spell_out(abbreviations: dict[str, str]):
    """A function that writes the explained abbreviations of a phrase out ("60% HGĐ" → "60% hộ gia đình")."""
    if not abbreviations:
        return lambda s: s
    pattern = regex.compile(r"(?<!\w)(?:" + "|".join(map(regex.escape, sorted(abbreviations, key=len, reverse=True))) + r")(?!\w)")
    return lambda s: pattern.sub(lambda m: abbreviations[m.group()], s) if s else s


_HEAD_OPENERS = regex.compile(r"^(?:(?:tỷ\s+lệ|tỷ\s+trọng|tổng\s+số|số\s+lượng|số|các|những|toàn\s+bộ)\s+)+", regex.IGNORECASE)


def _first_head(subject: Optional[str]) -> str:
    """The counted noun a subject opens with, abbreviations written out ("Số HTX thành lập mới" → "hợp tác xã"), or ""
    when it opens with no noun of the vocabulary."""
    words = _HEAD_OPENERS.sub("", (subject or "").lower()).split()
    if not words:
        return ""
    words[0] = vocabulary()["unit_abbreviations"].get(words[0], words[0])
    low = " ".join(words)
    known = [u for u in _count_units() if low.startswith(u.lower()) and not low[len(u):len(u) + 1].isalpha()]
    return max(known, key=len).lower() if known else ""


def _twin_key(value: float, unit: str, subject: str, action: Optional[str], value_max: Optional[float] = None) -> tuple:
    """What tells a goal stated twice: value, unit, subject and action syllables, its grades and the range's top
    ("giảm từ 3 - 3,5%" is no "dưới 3%")."""
    # not the grade of a criteria set the action names ("góp phần hoàn thành Tiêu chí số 6 … xã nông thôn mới nâng cao")
    own_action = _NAMES_A_SET.split(action or "", 1)[0]
    grades = frozenset(" ".join(g.lower().split()) for g in _GRADES.findall(f"{subject} {own_action}"))
    counted = unit.split()[0] if unit.split()[0] in vocabulary()["classifier_units"] else unit   # "căn nhà" is "căn"
    return value, counted, set(_RATE_OF.sub("", _subject_key(subject)).split()), set(_syllables(action or "")), grades, value_max


def _units_agree(a: str, b: str) -> bool:
    """"triệu lượt khách" in the headline is "triệu lượt" in the body: one unit, written out once."""
    a, b = a.lower(), b.lower()   # (a table's "Trẻ" column is the text's "trẻ")
    spelled = vocabulary()["unit_abbreviations"]   # a table's "HTX" is the headline's "hợp tác xã"
    a, b = spelled.get(a, a), spelled.get(b, b)
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


_RATE_OF = regex.compile(r"^(?:tỷ\s+lệ|tỷ\s+trọng|tổng(?:\s+số)?)\s+")


def _heads_agree(a: str, b: str) -> bool:
    """Whether a one-word subject names the head of a long one it is in: "xã" of "xã đạt chuẩn nông thôn mới", not the
    "ĐVSNCL" at the end of "chi trực tiếp từ NSNN cho ĐVSNCL" ("giảm ít nhất 10% số ĐVSNCL" is another goal)."""
    a_words, b_words = (_RATE_OF.sub("", _subject_key(x)).split() for x in (a, b))   # "tỷ lệ NKT được …" is of "NKT"
    short, long_ = sorted((a_words, b_words), key=len)
    return len(short) != 1 or len(long_) < 3 or long_[0] == short[0]


# Two lists that pair by "lần lượt" and separate their items alike: "đường trục xã, liên xã; đường trục thôn, liên thôn
# và đường ngõ, xóm lần lượt là 8,5 km; 14,2 km và 23,3 km" — the ";" of both lists end no clause.
_RESPECTIVE_VALUES = regex.compile(
    rf"""\b(?:lần\s+lượt|tương\s+ứng) (?:\s+(?:là|đạt|ở\s+mức))? \s*
        (?P<values> (?:{_NUMBER})\s*[^\d;,.\n]{{0,12}}? (?:\s*[;,]\s*(?:{_NUMBER})\s*[^\d;,.\n]{{0,12}}?)*
                    \s*;\s*(?:{_NUMBER}) )""",
    regex.VERBOSE | regex.IGNORECASE,
)


_AREA_PART = regex.compile(r"(?:khu\s+vực|vùng|địa\s+bàn)\b", regex.IGNORECASE)
_PART_WORDS = r"(?:trong\s+đó|cụ\s+thể|riêng)\s*[,:]?\s*"   # "Trong đó, …", "riêng …"
_PART_OPENER = regex.compile(rf"^{_PART_WORDS}", regex.IGNORECASE)
_PART_LEAD = regex.compile(rf"^(?:trở\s+lên\s*,?\s*)?(?:{_PART_WORDS})?", regex.IGNORECASE)   # "trở lên, trong đó …"
_EXPLICIT_YEAR_NEAR = regex.compile(r"\b(?:đến|trong|vào)\s+(?:hết\s+|cuối\s+)?năm\s+20\d\d", regex.IGNORECASE)
def _measure_named_before(text: str, head: str, start: int, end: int) -> Optional[str]:
    """The last measure of ``text[start:end]`` that opens with ``head`` ("tỷ số") and is named, not pointed back to ("tỷ số
    này"): "Tỷ số giới tính khi sinh" of "Tỷ số giới tính khi sinh của xã năm 2025 vẫn ở mức …"."""
    found = None
    for m in regex.finditer(rf"\b{regex.escape(head)}\s+(?!(?:này|đó|trên)\b)[^\d,;.:()\n]{{2,80}}", text[start:end], regex.IGNORECASE):
        found = m.group()
    if found is None:
        return None
    named = _predicate_split(_clean(found))[0]
    named = _OF_PLACE_TAIL.sub("", _YEAR_AT_END.sub("", named)).strip()
    return named if len(named.split()) > len(head.split()) else None


_OF_PLACE_TAIL = regex.compile(r"\s+(?:của|ở|tại)\s+(?:xã|phường|huyện|tỉnh|thành\s+phố)(?:\s+\S+){0,3}$", regex.IGNORECASE)
_THIS_MEASURE = regex.compile(r"(?P<head>tỷ\s+lệ|tỷ\s+số|chỉ\s+số|mức)\s+(?:này|đó|trên)", regex.IGNORECASE)
_THESE_RATES = regex.compile(r"(?:(?:hai|ba|bốn|năm|các)\s+)?(?:tỷ\s+lệ|chỉ\s+tiêu|mục\s+tiêu)\s+(?:này|trên|nêu\s+trên)"
                          r"|(?:hai|ba|bốn|năm|các)\s+(?:tỷ\s+lệ|chỉ\s+tiêu|mục\s+tiêu)",   # "… các tỷ lệ tương ứng đạt 90%, 75% và 85%"
                          regex.IGNORECASE)
_TRAILING_VERB = regex.compile(r"\s+(?:tăng|giảm|đạt|là|chiếm)\s*$", regex.IGNORECASE)


def _shared_head_list(listed: str, n: int) -> Optional[list[str]]:
    """"thu từ khu vực doanh nghiệp nhà nước, khu vực có vốn đầu tư nước ngoài và khu vực kinh tế ngoài quốc doanh"
    → three subjects, each "thu từ khu vực …": the words before the repeated noun belong to every item."""
    parts = [p.strip() for p in regex.split(r",\s*|\s+và\s+", listed) if p.strip()]
    if len(parts) != n or n < 2:
        return None
    noun = parts[1].split()[0].lower()
    if not all(p.split()[0].lower() == noun for p in parts[1:]):
        return None
    words = parts[0].split()
    at = next((i for i, w in enumerate(words) if i > 0 and w.lower() == noun), None)
    if at is None:
        return None
    head = " ".join(words[:at])
    return [parts[0]] + [f"{head} {p}" for p in parts[1:]]


_SCOPE_TAIL = regex.compile(r"\s+(?:trên|ở|tại|cho|của|đối\s+với)\s+.*$", regex.IGNORECASE | regex.DOTALL)


def _shared_verb_pair(listed: str, n: int) -> Optional[list[str]]:
    """"tiêm phòng lở mồm long móng và tụ huyết trùng (trên đàn trâu, bò)" → "tiêm phòng lở mồm long móng", "tiêm phòng tụ
    huyết trùng": two objects of one verb, the verb written once. The objects are parallel: the first is as many words (as
    the segmenter cuts them) as the second, and what stands before it is the verb."""
    core = _SCOPE_TAIL.sub("", listed)
    if n != 2 or " và " not in core:
        return None
    core = core.strip()
    first, second = (part.strip() for part in core.rsplit(" và ", 1))
    cut = len(first)
    first_words = [w for w in tokenize.words(core) if w[1] <= cut]
    second_words = [w for w in tokenize.words(core) if w[0] >= len(core) - len(second)]
    if not second_words or len(first_words) <= len(second_words):
        return None
    verb = first[: first_words[-len(second_words)][0]].strip()
    if not verb or second.lower().startswith(verb.lower()):
        return None
    return [first, f"{verb} {second}"]


def _clause_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of every clause boundary (";", a sentence's end, a line break)."""
    bounds = [m.span() for m in _CLAUSE_END.finditer(text)]
    if ";" not in text or not _RESPECTIVELY.search(text):
        return bounds
    dropped = set()
    for m in _RESPECTIVE_VALUES.finditer(text):
        inside = [b for b in bounds if m.start("values") <= b[0] < m.end("values")]
        if not inside or any(text[b[0]] != ";" for b in inside):
            continue
        before = [b for b in bounds if b[1] <= m.start()][-len(inside):]
        if len(before) == len(inside) and all(text[b[0]] == ";" for b in before):
            dropped.update(inside + before)
    return [b for b in bounds if b not in dropped]


def _group_by_clause(values: list[_Value], bounds: list[tuple[int, int]], table_rows: list[tuple[int, int]],
                     size: int) -> dict[tuple[int, int], list[_Value]]:
    """Values grouped by the clause (list) that holds them; values of goal tables are read elsewhere."""
    groups: dict[tuple[int, int], list[_Value]] = {}
    starts = [s for s, _ in bounds]
    clause_ends = [e for _, e in bounds]
    for val in values:
        if any(a <= val.start < b for a, b in table_rows):
            continue
        c_start = _clause_start(clause_ends, val.start)
        k = bisect_left(starts, val.end)
        c_end = starts[k] if k < len(starts) else size
        groups.setdefault((c_start, c_end), []).append(val)
    return groups


# "Mỗi xã có (trên 300 ha …)", "các xã có (từ 5.000 dân) trở lên …": a count that picks whom the goal is for
_YEAR_LED_ITEM = regex.compile(r"(?:,|;|\bvà\b)\s*(?:(?:đến|trong|vào)\s+(?:hết\s+|cuối\s+)?)?năm\s+20\d\d\b[^,;\d]{3,60}$", regex.IGNORECASE)
_NOUN_THEN_VERB = regex.compile(r"\s*(?:điểm|tỷ\s+lệ|tỷ\s+trọng|chỉ\s+số|số|tổng|thu\s+nhập|sản\s+lượng|giá\s+trị|mức|thứ\s+hạng"
                             r"|diện\s+tích|công\s+suất|năng\s+suất|tốc\s+độ)\b(?!\s*,)[\p{L}\s]{0,60}?\s(?:đạt|là|ở\s+mức)"   # a measure's noun
                             r"(?:\s+(?:trên|dưới|tối\s+thiểu|ít\s+nhất|không\s+dưới|không\s+quá|tối\s+đa|khoảng|từ))?\s*",
                             regex.IGNORECASE)
_HAVING_BEFORE = regex.compile(r"\b(?:mỗi|các|những|đối\s+với)\s+\S+(?:\s+\S+){0,2}\s+có\s+(?:trên|từ|dưới|hơn)?\s*$"   # ("Mỗi khu công nghiệp có trên …")
                            # "hộ kinh doanh có diện tích sàn (trên 100 m2) trang bị …": which ones, by their size
                            r"|\bcó\s+(?:tổng\s+)?(?:diện\s+tích|quy\s+mô|dân\s+số|công\s+suất)(?:\s+\S+){0,2}?\s+(?:trên|từ|dưới|hơn)\s*$",
                            regex.IGNORECASE)
_ETHNIC_SHARE = regex.compile(r"\s+là\s+(?:đồng\s+bào|người\s+dân\s+tộc|dân\s+tộc)\b", regex.IGNORECASE)
_MEETING_COUNT_LINE = regex.compile(r"[ \t]*(?:[-+•*][ \t]*)?(?:có\s+mặt|vắng(?:\s+mặt)?|số\s+(?:hộ|người|đại\s+biểu)\s+(?:tán\s+thành|"
                                 r"có\s+mặt|dự\s+họp)|(?:kết\s+quả\s+)?biểu\s+quyết|tán\s+thành|không\s+tán\s+thành)\s*:",
                                 regex.IGNORECASE)
_PASSED_BY = regex.compile(r"\b(?:thông\s+qua|hợp\s+lệ)\s+(?:do|khi|vì)\s+(?:có\s+)?(?:trên|hơn|từ|ít\s+nhất)?\s*$", regex.IGNORECASE)
_CAPACITY_OF = regex.compile(r"\b(?:chở|chứa|tải|nuôi)\s+được\s+(?:khoảng\s+|tới\s+|đến\s+)?$"
                          r"|\bmỗi\s+\p{Ll}+\s+(?:chở|chứa)\s+(?:tối\s+đa|không\s+quá)\s+$",   # "mỗi thuyền chở tối đa 12 người"
                          regex.IGNORECASE)
_COMPARED_BY = regex.compile(r"\b(?:cao|thấp|lớn|nhỏ|nhiều|ít|đắt|rẻ|dài|ngắn|nhanh|chậm|nặng|nhẹ)\s+(?:hơn\s+)?gấp\s+(?:khoảng\s+|gần\s+|hơn\s+)?$",
                          regex.IGNORECASE)
_WHICHEVER_BEFORE = regex.compile(r"\b\p{Ll}+\s+nào\b[^,;.:]*$", regex.IGNORECASE)
_THEN_AFTER = regex.compile(r"[^;.]*?\bthì\b", regex.IGNORECASE)
_BOUND_AFTER = regex.compile(r"[^\n,;.]{0,25}?\btrở\s+(?:xuống|lên)\b", regex.IGNORECASE)
_UNIT_COUNTS = frozenset({"xã", "phường", "thị trấn", "đặc khu", "huyện", "tỉnh", "đơn vị hành chính"})   # ("xã, phường": each)
_SCOPE_PREPOSITION = regex.compile(r"\b(?:với|gồm|cho|tại|có)\s+(?:tổng\s+số\s+)?$", regex.IGNORECASE)
_MERGER = regex.compile(r"\b(?:hợp\s+nhất|sáp\s+nhập|sắp\s+xếp\s+(?:lại\s+)?(?:các\s+)?đơn\s+vị\s+hành\s+chính|sau\s+sắp\s+xếp)\b", regex.IGNORECASE)
_EXPECTED_COUNT = regex.compile(r"\b(?:dự\s+kiến|ước\s+tính)\b(?:[^.;:]|\.(?=\d))*$", regex.IGNORECASE)
_TO_BE_SERVED = regex.compile(r"(?:[^.;:\n]|\.(?=\d)){0,80}?\bcần\s+(?:được\s+)?(?:quản\s+lý|tiêm|theo\s+dõi|chăm\s+sóc|hỗ\s+trợ)\b", regex.IGNORECASE)
_ALLOWED_EACH = regex.compile(r"\bmỗi\s+[^,;.:\d]{1,30}?\s+được\s+(?:phép\s+)?(?:[^\s,;.:\d]+\s+){0,3}?(?:tối\s+đa|không\s+quá)\s*$"
                           # "điều hòa nhiệt độ chỉ được cài đặt từ 26 độ C trở lên": what a rule allows
                           r"|\bchỉ\s+được\s+(?:phép\s+)?(?:[^\s,;.:\d]+\s+){0,3}?(?:từ|tối\s+đa|không\s+quá|dưới|trên)?\s*$",
                           regex.IGNORECASE)
_PRIZE_RANK = regex.compile(r"\s+(?-i:Nhất|Nhì|Ba|Tư|Khuyến\s+khích|Đặc\s+biệt|nhất|nhì|ba|khuyến\s+khích|đặc\s+biệt|A|B|C)\b")
# (the after-text's side of _EQUIVALENT, which finds the same words before the restated value)
_RESTATED_AS = regex.compile(r"(?P<comma>\s*,\s*)?\btương\s+đương\b(?(comma)|(?:\s+(?:với|khoảng|giảm|tăng|mức))*\s*$)",
                          regex.IGNORECASE)   # (not "tổ chức tương đương thuộc sở", "hữu cơ hoặc tương đương": an adjective)
_DETAIL_OPENS = regex.compile(r"\s*,?\s*(?:cụ\s+thể|chi\s+tiết)\s*:", regex.IGNORECASE)
_LABEL_YEAR_TAIL = regex.compile(r"\s*:\s*năm\s+20\d\d\b.*$", regex.DOTALL)
# A measure's line with its years' figures: "- Tổng thu ngân sách nhà nước trên địa bàn: năm 2025 ước đạt …; năm 2026 …"
_YEARS_LINE_LABEL = regex.compile(r"[ \t]*(?:[-+•*]|\d+[.)])?[ \t]*(?P<label>[^:\n]{5,120}?)[ \t]*:[ \t]*(?=năm\s+20\d\d\b)", regex.IGNORECASE)
# The year that opens a part of a list ("…; năm 2026 phấn đấu …") and a later year's goal after it
_PART_YEAR = regex.compile(r"\bnăm\s+(?P<year>20\d\d)\b(?!\s*[-–])", regex.IGNORECASE)
_LATER_GOAL_YEAR = regex.compile(r"\bnăm\s+(?P<year>20\d\d)\s*,?\s*(?:\S+\s+){0,2}?(?:phấn\s+đấu|mục\s+tiêu|dự\s+kiến|kế\s+hoạch)\b",
                              regex.IGNORECASE)


def _this_years_part(text: str, s_start: int, s_end: int, v_start: int, v_end: int, now: int) -> bool:
    """Whether a figure belongs to a part of its sentence opened by this year or an earlier one ("năm 2025 đạt 84,5%"),
    with no goal word of its own, before a later year's goal ("…, năm 2026 phấn đấu đạt 87%")."""
    if "năm" not in text[s_start:v_start]:
        return False
    opened = last_match(_PART_YEAR, text, max(s_start, text.rfind("\n", 0, v_start) + 1), v_start)
    if opened is None or int(opened.group("year")) > now or _GOAL_WORD.search(text, opened.end(), v_start):
        return False
    later = _LATER_GOAL_YEAR.search(text, v_end, s_end)
    return later is not None and int(later.group("year")) > now


_ESTIMATED_YEAR = regex.compile(r"\bnăm\s+20\d\d\s+ước\s+(?:đạt|tính|thực\s+hiện)?\s*(?:khoảng|được)?\s*$", regex.IGNORECASE)
_HAS_MORE = regex.compile(r"\bcó\s+thêm\b", regex.IGNORECASE)
_READING_TIME = regex.compile(r"\s*(?:để\s+)?đọc\b", regex.IGNORECASE)
_COMPOSED_OF = regex.compile(r"\bgồm(?:\s+có)?(?:\s+(?:từ|ít\s+nhất|tối\s+thiểu|khoảng))?\s*$", regex.IGNORECASE)
_LAW_SAYS = regex.compile(r"\b(?:Luật|Bộ\s+luật|Nghị\s+định|Thông\s+tư)\b[^.;:\n]{0,60}?\bquy\s+định\b[^.;\n]*$")
_BY_RULE = regex.compile(r"\b(?:đúng|theo)\s+(?:các\s+)?quy\s+định\s*:", regex.IGNORECASE)
_ITEM_BREAK = regex.compile(r"[,;:]|\b(?:và|hoặc)\b")


# The whole country as the subject of a goal: "(toàn quốc phấn đấu 90% …)", "(cả nước: 100% vào năm 2030)", "… đặt mục tiêu
# đến năm 2025 cả nước giảm 50% …"
# (not "nằm trong nhóm dẫn đầu cả nước", "Đại hội Thể dục thể thao toàn quốc")
_NATIONAL_SUBJECT = regex.compile(r"(?:^|[(;:,]|\bnăm\s+20\d\d)\s*(?:thì\s+)?(?:cả\s+nước|toàn\s+quốc)(?:\s*:|\s+(?=\p{Ll}))", regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.!?](?=\s)|\n")
_BY_A_YEAR = regex.compile(r"\b(?:vào|đến|tới)\s+(?:hết\s+)?năm\s+20\d\d\b", regex.IGNORECASE)   # "(cả nước: 100% vào năm 2030)"


def _national_figure(text: str, pos: int) -> bool:
    """Whether the figure at ``pos`` is the country's goal, quoted beside the plan's: in a bracket that names the whole
    country, or in a sentence that names it as its subject (and "các mức tương ứng" after it)."""
    window = max(0, pos - 400)
    if text.find("cả nước", window, pos) < 0 and text.find("toàn quốc", window, pos) < 0:   # (a cheap test first)
        return False
    end = last_match(_SENTENCE_END, text, window, pos)
    start = end.end() if end is not None else window
    opened = text.rfind("(", start, pos)
    if opened > text.rfind(")", start, pos):
        closed = text.find(")", pos)
        scope = text[opened + 1:closed if 0 <= closed < pos + 200 else pos]
    else:
        scope = _PAREN.sub(" ", text[start:pos])
    # a goal, not the country's figures a review reports ("Theo thống kê, đến tháng 6/2025, cả nước có 6.084 xã …")
    return _NATIONAL_SUBJECT.search(scope) is not None and (_GOAL_WORD.search(scope) or _BY_A_YEAR.search(scope)) is not None


def _list_items(text: str, vals: list[_Value], c_start: int) -> list[_Value]:
    """The values of a clause that are items of its list: no structure counts ("05 mục tiêu"), no
    counts inside another item's predicate ("100% đơn vị cung cấp ít nhất một dịch vụ")."""
    kept: list[_Value] = []
    for k, val in enumerate(vals):
        before = text[(kept[-1].end if kept else c_start):val.start]
        if (val.is_count and k + 1 < len(vals) and (not vals[k + 1].is_count or vals[k + 1].unit == "điểm phần trăm")
                and _RATE_NOUN_IN.search(before)
                and (_INSIDE_RATE.fullmatch(text, val.end, vals[k + 1].start)
                     # "- Tỷ lệ phụ nữ có thai được tiêm vắc xin uốn ván từ 2 mũi trở lên (UV2+): > 90%": the rate's label
                     or _RATE_LABEL_END.fullmatch(text, val.end, vals[k + 1].start))):
            continue  # "Tỷ lệ phụ nữ mang thai được sàng lọc ít nhất 4 bệnh tật bẩm sinh phổ biến đạt 80%": the rate's noun
        if val.is_count and _unit_is_structure(val.unit, text, val.end):
            continue
        if val.unit == "phút" and _READING_TIME.match(text, val.end):
            continue  # "Thứ Bảy, 15/03/2025 - 07:30 | Phân tích | 4 phút đọc": a page's reading time
        if _AS_RULED_AFTER.match(text, val.end) or (val.unit in _TIME_UNITS and _TIME_RULED_AFTER.match(text, val.end)):
            continue  # "lưu mẫu thức ăn đủ 24 giờ theo quy định": what a rule requires, no goal of the plan
        if val.is_count and _NO_EVENT_BEFORE.search(text, max(c_start, val.start - 100), val.start):
            continue  # "không để xảy ra ngộ độc thực phẩm cấp tính từ 30 người mắc trở lên": the size of an event to prevent
        if kept and _PURPOSE.search(before) and not _SUB_LIST.search(before):
            continue  # "… không dưới 3 tỷ đồng để trang bị túi đỡ đẻ sạch … cho 100% cô đỡ thôn bản": inside the purpose of a goal
        if val.unit.startswith(("ngày", "buổi")) and _EVENT_LASTED.search(text, max(0, val.start - 30), val.start):
            continue  # "Kỳ họp … bế mạc sau 2 ngày làm việc": how long a meeting lasted
        if val.unit.startswith("lần/") and kept and kept[-1].unit == "%" and not _CLAUSE_BREAK.search(before):
            continue  # "100% học sinh … được khám sức khỏe ít nhất 1 lần/năm học và tẩy giun 2 lần/năm": how often, in the share's action
        if val.unit == "%" and _ETHNIC_SHARE.match(text, val.end):
            continue  # "mười một bản với 1 468 hộ, trên 95% là đồng bào Mông": who the people are, no goal
        if _MEETING_COUNT_LINE.match(text, text.rfind("\n", 0, val.start) + 1) or _PASSED_BY.search(
                text, max(c_start, val.start - 40), val.start):
            continue  # minutes: "Có mặt: 52/60 hộ (86,7%)", "Số hộ tán thành: 45/52"; "… thông qua do có trên 50% số hộ dự họp"
        if _CAPACITY_OF.search(text, max(c_start, val.start - 25), val.start):
            continue  # "drone thế hệ mới chở được 40 - 50 lít": what a machine can do, no goal
        if _COMPARED_BY.search(text, max(c_start, val.start - 30), val.start):
            continue  # "suất đầu tư … ở ta cao gấp 2 - 3 lần vùng đồng bằng": a comparison that describes, not a change to make
        if (_WHICHEVER_BEFORE.search(text, max(c_start, val.start - 60), val.start)
                and _THEN_AFTER.match(text, val.end, min(len(text), val.end + 80))):
            continue  # "tàu nào mất kết nối quá 6 giờ mà không báo vị trí thì phải triệu hồi": the condition of a rule
        if (_BOUND_AFTER.match(text, val.end) is not None   # (the cheap test first)
                and _DEFINED_AS.search(text, max(c_start, val.start - 90), val.start)):
            continue  # "hộ nghèo … là hộ có thu nhập bình quân từ 2.200.000 đồng/người/tháng trở xuống": a definition (held-out 579)
        if (val.is_count and all(u in _UNIT_COUNTS for u in val.unit.split(", ")) and _SCOPE_PREPOSITION.search(text, max(c_start, val.start - 20), val.start)
                and _MERGER.search(text, max(0, text.rfind("\n", 0, val.start)), min(len(text), val.end + 150)) is not None):
            continue  # "… giao trực tiếp cho 135 xã, phường của tỉnh sau khi hợp nhất …": the units the merged province has (held-out 499)
        if (val.is_count and _TO_BE_SERVED.match(text, val.end) is not None   # (the cheap test first)
                and _EXPECTED_COUNT.search(text, max(c_start, val.start - 80), val.start)):
            continue  # "dự kiến toàn tỉnh có khoảng 9.870 trẻ dưới 1 tuổi và 10.240 phụ nữ có thai cần quản lý": whom the plan
                      # serves, counted ahead (held-out 572, 348)
        if _ALLOWED_EACH.search(text, max(c_start, val.start - 80), val.start):
            continue  # "Mỗi người được dự thi tối đa 03 lượt", "Mỗi thôn được đề xuất tối đa 3 hộ": what a rule allows each
        if val.is_count and val.unit == "giải" and _PRIZE_RANK.match(text, val.end):
            continue  # "01 giải Nhất …, 02 giải Nhì và 05 giải Khuyến khích": a contest's prizes
        if ("quy định" in text[max(0, val.start - 200):val.start]
                and (law := _LAW_SAYS.search(text, max(0, val.start - 200), val.start)) is not None
                and not _GOAL_WORD.search(text, law.end(), val.start)):
            continue  # "Luật Khiếu nại quy định thời hạn giải quyết … không quá 30 ngày": what a law sets, no goal of the plan
        if _national_figure(text, val.start):
            continue  # "(toàn quốc phấn đấu 90% ở mốc năm 2025)": the whole country's goal, quoted beside the plan's own
        if _BY_RULE.search(text, c_start, val.start):
            continue  # "Diện tích mộ phần thực hiện đúng quy định: mộ hung táng không quá 5 m2": a norm, no goal
        if (val.is_count and k + 1 < len(vals) and _HAVING_BEFORE.search(text, max(c_start, val.start - 40), val.start)
                and not _ITEM_BREAK.search(text, val.end, vals[k + 1].start)):
            continue  # "Mỗi xã có trên 300 ha sầu riêng thành lập (ít nhất 01 hợp tác xã)": which communes, no goal
        if val.is_count and (aside := _ASIDE_AROUND.search(text, max(0, val.start - 60), val.start)) is not None \
                and _ASIDE_STATEMENT.search(aside.group()):
            continue  # "(năm học 2024 - 2025 mới có 9 trường)": an aside that reports, no goal
        if (k + 1 < len(vals) and "(" in text[max(c_start, val.start - 30):val.start]
                and _BASELINE_ASIDE.search(text, max(c_start, val.start - 30), val.start)
                and _GOAL_AFTER_ASIDE.match(text, val.end)):
            continue  # "(năm 2025: 19 trường hợp) không quá 15 trường hợp": where the measure stands, before its goal
        if (k + 1 < len(vals) and (aside := _DEFINING_ASIDE.search(text, max(c_start, val.start - 30), val.start)) is not None
                and 0 <= text.find(")", val.end) < vals[k + 1].start):
            continue  # "diện tích lúa bị hại nặng (mất trên 30% năng suất) khống chế tối đa 0,5%": the aside says which
        if val.is_count and val.value == 1 and _PER_ONE.search(text, max(0, val.start - 60), val.start):
            continue  # "giá trị sản xuất bình quân trên 1 ha đất trồng trọt": per hectare, no goal
        if val.unit == "tầng" and _STOREYS_CLASS.search(text, max(0, val.start - 12), val.start):
            continue  # "mỗi nhà trọ từ 02 tầng phải có lối thoát nạn thứ hai": which houses, by their storeys
        if val.is_count and val.unit in ("dân", "nhân khẩu") and _PEOPLE_CLASS.search(text, max(0, val.start - 24), val.start):
            continue  # "trạm y tế ở xã có trên 20.000 dân": which communes, by their people (not "phường có từ 6 tuyến phố")
        if val.is_count and (_SIZE_BEFORE.search(text, max(0, val.start - 24), val.start) or _DWT.match(text, val.end)):
            continue  # "để tàu trọng tải 70.000 tấn (DWT) ra vào": the size of a ship, no goal
        if val.unit in ("km", "m", "mét") and _DISTANCE_FROM.search(text, max(0, val.start - 70), val.start):
            continue  # "Xã nằm cách trung tâm thị trấn khoảng 06km": where a place is, no goal
        if val.unit in ("giờ", "ngày", "phút") and _WITHIN_AFTER_SHARE.search(text, max(0, val.start - 120), val.start):
            continue  # "11 ổ dịch được xử lý trong vòng 48 giờ", "trên 95% ổ dịch …": how soon, said of the figure (held-out 716)
        if val.unit == "%" and _DEGREE_BEFORE.search(text, max(0, val.start - 30), val.start):
            continue  # "286 xe quá tải trên 50%", "xe quá tải từ 50% trở lên không còn quá 0,5%": which vehicles, no goal
        if val.is_count and _MODIFIER_BEFORE.search(text, max(0, val.start - 20), val.start):
            continue  # "theo mô hình 4 lớp", "sản phẩm loại 1": the number qualifies a noun
        if val.unit == "%" and kept and kept[-1].unit == "%" and _UNITS_REACHING_RATE.match(before):
            continue  # "≥ 90% xã, phường đạt tỷ lệ trẻ … tiêm chủng đầy đủ từ 90% trở lên": the threshold in the share's action
        if (val.unit == "%" and _COMMA_NEXT.match(text, val.end)
                and _PLACES_BY_SHARE.search(text, max(0, val.start - 120), val.start)):
            continue  # "Tại các xã, phường có tỷ lệ tiêm chủng dưới 90%, …": which places, not a goal
        if val.is_count and _SCOPE_BEFORE.search(text, max(0, val.start - 20), val.start) and text.startswith(",", val.end):
            continue  # "Riêng đối với 3 đặc khu, kế hoạch yêu cầu …": whom the goal is for, not a goal
        if val.is_count and (all_of := _ALL_OF.search(text, max(0, val.start - 16), val.start)) is not None and (
                k + 1 < len(vals) or all_of.group("scope")):
            # "kéo giảm tai nạn giao thông trên quốc lộ cả 3 tiêu chí (…) từ 5 - 10%", "giảm từ 5 - 7% trên cả 3 tiêu chí":
            # all of them, a scope (not "Cả 7 trường … giữ vững Tiêu chí số 5", "yêu cầu cả 4 xã … giữ vững …": the goal's
            # own count)
            continue
        if val.is_count and _OF_BEFORE.search(text, max(0, val.start - 12), val.start):
            continue  # "rà soát nhân lực của 102 trạm y tế": whose, not how many to reach
        if val.is_count and _SENT_TO.search(text, max(0, val.start - 80), val.start):
            continue  # "Kế hoạch … vừa được gửi đến các phòng, ban và 17 xã, thị trấn": whom it is sent to
        # (not "…, sản lượng khai thác biển khoảng 125 - 130 nghìn tấn": a measure named anew is an item of its own)
        if val.is_count and kept and not _LIST_JOIN.search(before) and not (
                val.unit == kept[-1].unit and _NOUN_CMP_JOIN.search(before)) and not (
                val.unit in vocabulary()["measure_units"] and (_NEW_MEASURE.match(before) or _WITH_NEW_MEASURE.match(before))):
            # A measure after its own verb is an item of its own ("…, thu nhập tăng ít nhất 1,5 lần"); any
            # other count there belongs to another item's predicate ("khám sức khỏe ít nhất 1 lần/năm").
            measure = "/" in val.unit or val.unit in vocabulary()["measure_units"]
            bare = _strip_comparator(before, _patterns()[1])
            # "…, nâng tổng số HTX trên địa bàn lên khoảng 520 hợp tác xã": a count with its own "số …" and verb
            # "650 hộ thoát nghèo, trong đó hộ đồng bào dân tộc thiểu số thoát nghèo khoảng 420 hộ": a part of the
            # item before, counted in its noun
            # "…, trong đó khách quốc tế không dưới 420 nghìn lượt": a part with its own comparator
            # (not an aside in brackets: "các xã đông dân (trên 8.000 người)")
            part = _SUB_LIST.search(before) is not None and (val.unit.split()[0] == kept[-1].unit.split()[0]   # "phòng học" … "phòng"
                                                              or (_patterns()[1].search(before) is not None
                                                                  and before.rfind("(") <= before.rfind(")")))
            # "… với tổng kinh phí 320 tỷ đồng và huy động tối thiểu 50 tỷ đồng vốn xã hội hóa": a sum to raise
            raised = val.unit in vocabulary()["money_units"] and (_JOINED_BARE_VERB.search(bare) is not None
                                                                  # "…, đồng thời huy động xã hội hóa (không dưới 350 triệu đồng)"
                                                                  or _JOINED_FUNDING.search(bare) is not None)
            # "…, tỉnh phấn đấu có từ 5 - 7 sản phẩm đạt 4 sao": a goal stated anew; "…, mỗi tổ có từ 3 - 5 thành
            # viên": a count set for each unit
            restated = "," in before and (_GOAL_WORD.search(before[before.rfind(","):]) is not None
                                          or _EACH.search(before) is not None
                                          # "giảm … 3 - 3,5 điểm phần trăm, tương ứng ít nhất (130 hộ) thoát nghèo": the
                                          # same goal in another measure (held-out 579)
                                          or _CORRESPONDING.search(before) is not None
                                          # "… 12 lớp tập huấn, mỗi lớp (40 - 50 học viên)": the size set for each (598)
                                          or _EACH_BARE.search(before) is not None)
            # "… và huy động không dưới 1.000 ngày công": the verb of making opens an item of its own
            made = _NEXT_LEAD.search(before) is not None
            # "mỗi xóm lập 01 tổ tự quản tang lễ gồm từ 5 - 7 thành viên": the size set for each unit made
            made = made or (kept[-1].is_count and val.unit != kept[-1].unit and "(" not in before
                            and _COMPOSED_OF.search(before) is not None)
            # "…, riêng cơ sở có nguy hiểm về cháy, nổ được kiểm tra tối thiểu 2 lần/năm", "…, toàn xã có trên 120 tổ
            # liên gia": a part set apart, or the whole, with a figure of its own
            apart = _SET_APART.search(before) is not None and (_patterns()[1].search(before) is not None
                                                               or _MEASURE_VERB.search(before) is not None
                                                               # "…, riêng thị trấn Chợ Chu trồng mới (1.200 cây …)"
                                                               or _MAKING_BEFORE.search(before) is not None
                                                               # "18 lớp với (612 học sinh)": a count of another noun
                                                               or val.unit != kept[-1].unit)
            # "…, trong đó diện tích chè 1.500 ha, cây ăn quả có múi 900 ha": the parts go on after a comma (in another
            # multiple too: "trong đó khách quốc tế đạt 550 nghìn lượt, khách lưu trú khoảng 5,5 triệu lượt", held-out 784)
            apart = apart or (_MULTIPLIER_WORD.sub("", val.unit) == _MULTIPLIER_WORD.sub("", kept[-1].unit)
                              and val.unit not in vocabulary()["money_units"]   # not a budget's parts
                              and _COMMA_NOUN.fullmatch(before) is not None
                              and _SUB_LIST.search(text, c_start, val.start) is not None
                              and not _PART_VERB.search(before))   # (not "cây ăn quả có múi"'s "có")
            # "…, số người tử vong liên quan đến AIDS không quá 5 người/năm": a count with its own "số …" and comparator
            own_count = (_patterns()[1].search(before) is not None and ("," in before or ";" in before)
                         and _COUNT_OF.search(_PAREN.sub(" ", bare[bare.rfind(",") + 1:]).strip()) is not None)
            # "thành lập mới ít nhất 3 hợp tác xã, nâng tổng số lên 50 HTX": the total the new ones raise
            own_count = own_count or _RAISED_TOTAL.search(before) is not None
            # "kết quả 18.320 đơn vị máu / kế hoạch 30.000 đơn vị máu / đạt 61,1%": the plan's figure beside what was done
            own_count = own_count or _PLAN_FIGURE_BEFORE.search(before) is not None
            # "mở 06 lớp đào tạo nghề … cho khoảng 180 lao động": the people the counted thing serves, a figure of its own
            own_count = own_count or (val.unit in _people_units() and kept[-1].unit not in _people_units()
                                      and _FOR_SOME.search(before) is not None)
            # "giảm từ 119 phòng xuống còn (95 phòng)": the figure a change reaches
            reached = _REACHED_BEFORE.fullmatch(before) is not None and _TU_END.search(text, c_start, kept[-1].start) is not None
            # "… ≤ 3%, định mức tiêu hao nước ≤ 8 m³/tấn sản phẩm": a measure named anew with its own comparator
            head = val.unit.split("/")[0]
            own_measure = (head in vocabulary()["measure_units"] and head not in vocabulary()["money_units"]
                           and head not in _TIME_UNITS and (_NOUN_CMP_JOIN.search(before) is not None
                                                            # "03 hồ điều tiết với tổng dung tích (45.000 m3)"
                                                            or _WITH_MEASURE.search(before) is not None)
                           # "thu hút 75 - 90 dự án … với tổng vốn đăng ký khoảng (9.600 tỷ đồng)": capital to attract,
                           # a goal of its own (not "với tổng kinh phí …", what the plan spends; held-out 615)
                           or (head in vocabulary()["money_units"] and _WITH_CAPITAL.search(before) is not None))
            # "… tăng ít nhất 5 bậc, điểm DTI đạt trên 0,55 điểm": a measure of its own after a comma, with its verb
            own_clause = val.unit != kept[-1].unit and (
                ("," in before and _NOUN_THEN_VERB.fullmatch(before, before.rfind(",") + 1) is not None)
                # "… nhóm 20 tỉnh dẫn đầu cả nước và năm 2030 điểm DTI không dưới (0,7 điểm)": a year opens the item
                or _YEAR_LED_ITEM.search(before) is not None)
            # "… cấp tỉnh 01 cuộc, cấp huyện 10 cuộc và cấp xã ít nhất 20 cuộc": a part labelled before its own figure
            labelled = val.unit == kept[-1].unit and _PART_LABEL_BEFORE.search(bare) is not None
            # "150 tổ liên gia … (năm 2024 ít nhất 95 tổ, năm 2025 ít nhất 55 tổ)": the first year's share of the whole
            labelled = labelled or (val.unit.split()[0] == kept[-1].unit.split()[0] and _YEAR_SPLIT_OPENS.search(before) is not None)
            # "… năm 2027 là 450 ha, các năm 2028 - 2030 mỗi năm (trên 500 ha)": the later years' part
            labelled = labelled or (val.unit == kept[-1].unit and _YEARS_PART_OPENS.search(before) is not None)
            if not (part or raised or restated or made or apart or own_count or reached or own_measure or own_clause
                    or labelled) and not (_MEASURE_VERB.search(bare) and (measure or _COUNT_OF.search(_LEAD_VERB.sub("", bare.strip())))):
                continue
        kept.append(val)
    return kept


@lru_cache(maxsize=1)
def _comma_pairs():
    """Pairs written with a comma inside one noun (vocabulary ``comma_pairs``): "cháy, nổ", "khám, chữa bệnh"."""
    return regex.compile(_alternation(vocabulary()["comma_pairs"]), regex.IGNORECASE)


def _last_comma_split(lead: str) -> tuple[str, str, str]:
    """``lead.rpartition(", ")`` at its last comma outside a pair: "cơ sở có nguy cơ cháy, nổ cao" has none."""
    inside = [(m.start(), m.end()) for m in _comma_pairs().finditer(lead)] if ", " in lead else []
    at = lead.rfind(", ")
    while at >= 0 and any(a <= at < b for a, b in inside):
        at = lead.rfind(", ", 0, at)
    return (lead[:at], ", ", lead[at + 2:]) if at >= 0 else ("", "", lead)


def _read_item(text: str, val: _Value, prev_end: int, item_end: int,
               code_spans: list[tuple[str, int, int]], after_count: bool = False) -> _Item:
    """One list item: its comparator, direction, subject, action and criteria codes; ``after_count`` when the value
    before it in its clause is a count."""
    v = vocabulary()
    _, cmp_before, cmp_after, _ = _patterns()
    if prev_end > 0 and ((anew := last_match(_NEW_MEASURE, text, prev_end, val.start)) is not None
                         or (after_count and (anew := last_match(_WITH_NEW_MEASURE, text, prev_end, val.start)) is not None)):
        prev_end = anew.start()   # "1,2 triệu lượt khách du lịch | , doanh thu đạt (2.000 tỷ đồng)": the item's own measure
    elif (prev_end > 0 and (comma := text.rfind(",", prev_end, val.start)) > prev_end
          and _ELLIPTIC_LEAD.fullmatch(text, comma, val.start) is not None):
        # "… chiếm tối thiểu 15% tổng thu từ khách du lịch | , với lộ trình năm 2026 đạt (8%)": the words before the comma
        # are the item before's; this one is that measure's figure in its year (held-out 584)
        prev_end = comma
    before = text[prev_end:val.start]
    if ('"' in before or "“" in before) and (before.count('"') + before.count("“") + before.count("”")) % 2 == 1:
        # '… được sửa thành "giảm | 20% lượng giống gieo sạ …"': a quoted phrase holding the value starts the item
        prev_end += max(before.rfind('"'), before.rfind("“")) + 1
        before = text[prev_end:val.start]
    item = _Item(val=val, item_end=item_end, item_start=prev_end)
    if before.rstrip().endswith("(") and (said := _SAID_IN_WORDS.search(before)) is not None:
        before = before[:said.start()]   # "không dưới mười lăm phần trăm (15%)": the words say the value again
    m = cmp_before.search(before) or _CMP_COLON.search(before)
    if m:
        item.comparator = v["comparators"][" ".join((m.group("cmp") if "cmp" in m.re.groupindex else m.group()).lower().split())]
        item.own_comparator = True
    elif (_APPROXIMATELY.search(before) or _SUB_LIST.search(before) or _RAISED_TOTAL.search(before)
          or _YEAR_IS.search(before)):   # (held-out 569)
        item.own_comparator = True  # "khoảng 40%", "trong đó có 10 - 12 sản phẩm", "…, nâng tổng số lên 300 HTX": its own "="
    if item.comparator == ">=" and _TU_END.search(before) and (start_of := _FROM_TO_AFTER.match(text, val.end)):
        item.comparator, item.baseline = "=", True   # "từ 41,2% (năm 2023) xuống còn 36%": a start, no floor
        item.base_year = int(start_of.group("year")) if start_of.group("year") else None
        item.base_now = "hiện" in start_of.group().lower()
    if ("(" in text[max(prev_end, val.start - 30):val.start]
            and (aside := _BASELINE_ASIDE.search(text, max(prev_end, val.start - 30), val.start)) is not None
            and (_VALUE_ENDS.search(text, max(0, aside.start() - 10), aside.start()) is not None
                 # "dưới 42 ca/100.000 trẻ đẻ sống (năm 2025: 46,9 …)": after the goal's unit too (held-out 523)
                 or _YEAR_FIGURE_ASIDE.match(text, aside.start()) is not None)):
        # "Tỷ lệ trẻ sơ sinh được tiêm …: > 90% (năm 2025: 87,4%)": where the measure stood, not the goal
        item.comparator, item.baseline, item.own_comparator = "=", True, True
    if item.comparator == ">=" and _TU_END.search(before) and val.value_max is not None:
        item.comparator = "="  # "từ 11,5 - 12,4%" is a range, not "at least"
        item.own_comparator = True   # … nor "above" what the list's first item is: "trên 3%, riêng … từ 4 - 5%/năm"
    after_start = val.end
    m = cmp_after.match(text[val.end:item_end])
    if m is None and not val.is_count and (den := _DENOMINATOR.match(text, val.end, item_end)) is not None:
        if (late := cmp_after.match(text[den.end():item_end])) is not None:
            # "lên 34,5% dân số trở lên": the comparator after the denominator; the denominator stays where it was
            item.comparator = v["comparators_after"][" ".join(late.group().lower().split())]
            item.own_comparator = True
    if m:
        item.comparator = v["comparators_after"][" ".join(m.group().lower().split())]
        item.own_comparator = True
        after_start += m.end()
    d = _DIRECTION.search(before)
    if d and not _TO_LEVEL.search(before):
        item.direction = "up" if d.group("verb").lower() == "tăng" else "down"
    # Subject after the value ("90% hồ sơ công việc …") or before it ("tỷ lệ hộ nghèo giảm 1%").
    after = _TRAILING_JOIN.sub("", _PAREN.sub(lambda p: " " * len(p.group()), text[after_start:item_end]))
    if after.isupper() and len(after.split()) >= 3 and _in_capitals_line(text, val.start):
        after = after.lower()   # "6. 100% TỔ DÙNG NƯỚC CÓ QUY CHẾ …" on a notice board: read as its words (held-out 665)
    if (aside := _OPEN_ASIDE.search(after)) is not None:
        after = after[:aside.start()]   # "trên 90% | (hợp vệ sinh đạt 100%)": an aside opened after the value is not its action
    if after[:1] in _FOOTNOTE_STARTS:
        after = _FOOTNOTE_MARK.sub("", after)   # "dưới 2%[3]; …", "đạt 20% GRDP²": a footnote's mark, no word of the item
    if text[item_end:item_end + 1].isdigit() and _JOIN_LABEL.fullmatch(after):
        after = ""   # "… chất thải 15% | và các quá trình công nghiệp 5%": the words after the join name the next item
    if text[item_end:item_end + 1].isdigit() and (period := _PERIOD_LABEL_AFTER.search(after)) is not None:
        after = after[:period.start()]   # "quý I không quá 45 phút | , quý II không quá 40 phút": the next period's label
    if (slash := _SLASH_NEXT.search(after)) is not None:
        after = after[:slash.start()]   # "kết quả 18.320 đơn vị máu | / kế hoạch …": the next figure of a review's triple
    if text[item_end:item_end + 1].isdigit() and _DASH_NEXT.match(after):
        after = ""   # "tuyến tỉnh 100% | - tuyến huyện 100% - …": a dash parts a line's items (held-out 567)
    if (val.is_count and val.unit not in _people_units() and text[item_end:item_end + 1].isdigit()
            and (whom := _FOR_SOME.search(after)) is not None
            and _people_ahead().match(text, item_end)):
        after = after[:whom.start()]   # "06 lớp đào tạo nghề | cho khoảng | 180 lao động": the next item is whom it serves
    if text[item_end:item_end + 1].isdigit() and (comma := after.find(",")) >= 0 and _ELLIPTIC_LEAD.fullmatch(after, comma):
        after = after[:comma]   # "năm 2026 là 04 cụm | , năm 2027 là 05 cụm": the next year's label
    if text[item_end:item_end + 1].isdigit() and (each := _EACH_NEXT.search(after)) is not None:
        after = after[:each.start()]   # "16 lớp dạy bơi | , mỗi lớp từ | 40 đến 50 cháu": how many each holds is the next item
    if (not val.is_count and text[item_end:item_end + 1].isdigit()
            and (level := _NEXT_LEVEL.search(text, after_start, item_end)) is not None):
        # "cấp tỉnh dưới 0,1% | , cấp huyện dưới | 0,2% …": the next level's label (held-out 521; not "100% cán bộ … cấp
        # tỉnh, cấp huyện | và ít nhất | 85% …", two levels of one item)
        after = after[:level.start() - after_start]
    labelled_next = False
    if val.is_count and text[item_end:item_end + 1].isdigit() and (label := _PART_LABEL_AFTER.search(after)) is not None:
        after = after[:label.start()]   # "… 980 camera | , cấp tiểu học 760 camera": the label of the next part
        labelled_next = True
    if val.is_count and _COMMA_NEXT.match(after) and _LEADS_NEXT.search(after):
        after = ""   # "hỗ trợ đất ở cho 45 hộ, nhà ở cho 286 hộ": the item ends at its comma; what follows leads the next
    if (apart := _APART_IN.search(after)) is not None:
        after = after[:apart.start()]   # "02 tổ liên gia an toàn PCCC | , toàn xã có (trên 120 tổ …)"
    if (anew := _NEW_MEASURE.search(after) or _WITH_NEW_MEASURE.search(after)) is not None:
        after = after[:anew.start()]   # "160 MW điện mặt trời mái nhà | , sản lượng điện … đạt (300 triệu kWh)", "12 khu nhà
                                       # ở xã hội tập trung | với tổng diện tích không dưới 150 ha"
    if (lead_in := _NEXT_LEAD.search(after)) is not None:
        after = after[:lead_in.start()]  # "xây mới 120 căn, sửa chữa 45 căn": the verb of the next item
    if "tương" in after and (same := _RESTATED_AS.search(after)) is not None and (
            same.group("comma") or text[item_end:item_end + 1].isdigit()):
        after = after[:same.start()]  # "2,5% tổng điện năng tiêu thụ | , tương đương khoảng 360 triệu kWh": the same goal restated
    if ":" in after and (detail := _DETAIL_OPENS.search(after)) is not None:
        after = after[:detail.start()]  # "20 câu lạc bộ liên thế hệ tự giúp nhau | , cụ thể: năm 2026: …": the breakdown
    if (val.is_count and (verb_in := _COMMA_MAKING.search(after)) is not None
            and not _predicate_re(tuple(v["predicate_starters"])).search(after, 0, verb_in.start())):
        after = after[:verb_in.start()]  # "Xây mới 4 chòi canh lửa | , sửa chữa, gia cố các chòi đã xuống cấp": another act
    # "đào tạo 1.150 người | năm 2025 và 1.240 người năm 2026", "20 xã | năm 2025 đạt chuẩn": the year dates the value
    after = _LEADING_WHEN.sub("", after)
    if (not val.is_count and after[:4].lstrip().startswith("là") and (share_of := _SHARE_IS.match(after)) is not None
            and (_SUB_LIST.search(before) is not None or before.rstrip().endswith(","))):
        after = after[share_of.end():]   # "…, trong đó tối thiểu 70% | là cây bóng mát có chiều cao từ 3 m": what the part is
    subj, action = _predicate_split(after, counted=val.is_count and "/" not in val.unit
                                    and val.unit not in v["measure_units"] and val.unit not in v["money_units"])
    subj = _TRAILING_PERIOD.sub("", subj)   # "350ha rừng | trong hai năm 2024 - 2025": when, not what
    if (action and action.startswith("đã ") and _AT_WHICH_PLACES.search(subj)
            and (_MAKING_BEFORE.search(before) or _DIRECTION.search(before))):
        # "di dời 620 hộ dân tại các điểm | đã xuất hiện vết nứt, sụt lún": which places; the verb stands before the count
        subj, action = f"{subj} {action}", None
    if action and subj and _ENDS_OR.search(subj):
        # "326 tổ hợp tác do phụ nữ làm chủ hoặc | tham gia quản lý": the conjunction joins two verbs of one qualifier
        subj, action = f"{subj} {action}", None
    if (action and action.startswith("có ") and not val.is_count and _DIRECTION.search(before)
            and (compared := _COMPARED_TO.search(action)) is not None):
        # "Giảm ít nhất 20% số gia đình hội viên | có người vi phạm pháp luật | so với năm 2023": which families change
        subj, action = f"{subj} {action[:compared.start()].strip()}", action[compared.start():].strip()
    if action and action.startswith("có ") and subj and (which := _CLASS_THEN_VERB.match(action)) is not None:
        # "25 cơ sở nhà trọ | có từ 02 tầng trở lên | phải mở lối thoát nạn thứ hai": which ones, before the verb
        subj, action = f"{subj} {which.group('which')}", action[which.end():].strip() or None
    if val.is_count and action and not subj and (
            (head := val.unit.split("/")[0]) in _GUARDED_HEADS()   # "60 doanh nghiệp | có số nợ lớn"
            or (head := head.split()[-1]) in _GUARDED_HEADS()):
        # "hai đợt | đăng ký hộ tịch lưu động": a predicate word after the counted noun may be part of it, as after any
        # noun ("đợt đăng ký", vocabulary predicates_in_nouns)
        whole, rest = _predicate_split(f"{head} {after}")
        if whole != head:
            subj, action = whole[len(head) + 1:], rest
    if val.is_count and val.unit == "người" and not subj and action:
        # "phát triển mới tối thiểu 350 người tham gia BHXH tự nguyện": who, said by the verb after "người"
        whole, rest = _predicate_split("người " + after)
        if whole != "người":
            subj, action = whole[len("người "):], rest
    measure = val.is_count and ("/" in val.unit or val.unit in v["measure_units"])  # "32 giường/vạn dân"
    if val.is_count and not measure and not subj and action and (mod := _KIND_OF_UNIT.match(action)):
        # "2 hợp tác xã ứng dụng công nghệ cao", "01 mô hình ứng dụng công nghệ số trong sản xuất": what kind of
        # unit is counted, no predicate
        subj, action = _clean(action[:mod.end()]), (_clean(action[mod.end():]) or None)
    noun = _MULTIPLIER_WORD.sub("", val.unit)   # "5 triệu cây …": trees are counted, in millions
    if val.is_count and noun in v["classifier_units"] and _ITEM_ENDS.match(after):
        subj = ""   # "8.200 căn | , các năm 2027 - 2030 …": a bare classifier's noun does not run on past its item
    if val.is_count and noun in v["classifier_units"] and subj and (_MAKING_ONLY.match(subj) or _DEMONSTRATIVE.match(subj)):
        # "352 căn | xây mới", "8 căn | này": no noun follows the classifier, which is the thing counted
        subj = _DEMONSTRATIVE.sub("", subj).strip()
        subj = noun + (" " + subj if subj else "")
    elif val.is_count and not measure and not (subj and noun in v["classifier_units"]):
        # (not after a classifier that its noun follows: "62.000 căn | nhà ở xã hội", "10,5 triệu con | cá giống")
        subj = noun + (" " + subj if subj else "")
        subj = subj.replace(noun + " " + noun, noun)
    if (val.is_count and not measure and subj == noun
            and ((part := _PART_LABEL_BEFORE.search(_strip_comparator(before, cmp_before))) is not None
                 # "diễn tập chữa cháy rừng cấp tỉnh | 01 cuộc, cấp huyện 10 cuộc …": the first part, its label after its noun
                 or (labelled_next and (part := _PART_LABEL_TAIL.search(_strip_comparator(before, cmp_before).rstrip())) is not None))):
        subj = f"{noun} {part.group('label')}"   # "…, cấp tiểu học 760 camera": the part the label names
        if labelled_next and part.re is _PART_LABEL_TAIL:
            # "tổ chức diễn tập chữa cháy rừng | cấp tỉnh 01 cuộc, …": what each part's count is of, named before the first
            head = _clean(_strip_comparator(before, cmp_before).rstrip()[:part.start()])
            head = _last_comma_split(head)[2]   # (not inside a pair: "Diễn tập ứng phó lũ, ngập lụt | cấp huyện 01 cuộc")
            head = head[max(head.rfind(";"), head.rfind(":")) + 1:].strip()
            head = _MAKING_LEAD.sub("", _strip_openers(_LEADING_WHEN.sub("", head).strip()))   # ("Năm 2025 tổ chức …")
            if len(head.split()) >= 2:
                item.activity = head
                subj = f"{head} {part.group('label')}"
    elif measure:
        after_subj, after_action = subj, action
        subj = ""  # "thu nhập bình quân đầu người đạt 75 triệu đồng/người/năm": the subject stands before
    subj, action = _absorb_standard(subj, action)
    if subj and action and action.startswith(("có ", "đã ")) and _FOR_BEFORE.search(before):
        # (also "cấp giấy phép … cho ít nhất (98%) tàu cá | đã đăng ký": which vessels, the verb before)
        # "Bàn giao mốc giới … cho (100%) xã, phường | có đường sắt đi qua trước ngày …": after "cho" the verb stands before;
        # "có …" says which communes, up to a time
        when = _WHEN_IN_ACTION.search(action)
        subj, action = f"{subj} {action[:when.start()] if when else action}".strip(), (action[when.start():].strip() if when else None)
    if val.is_count and not measure and subj == val.unit and (part := _SUB_LIST.search(before)):
        # "trong đó hộ đồng bào dân tộc thiểu số thoát nghèo khoảng 420 hộ": the part is named before its verb
        named = _strip_comparator(before[part.end():], cmp_before)
        named = _clean(_LEADING_CO.sub("", named))
        if named.lower().startswith(val.unit.lower()):
            part_subj, part_action = _predicate_split(named)
            if part_subj:
                subj, action = part_subj, part_action
    if val.is_count and (each := _EACH.search(before)):
        item.per = _clean(each.group("each"))   # "Mỗi xã có ít nhất 01 sản phẩm …": one for each commune
    if _YEAR_ONLY.match(subj):
        subj = ""  # "đạt 6% năm 2022, 7,5% năm 2023": a year, not a subject
    bare_before = _strip_comparator(before, cmp_before)
    verb_before = _MEASURE_VERB.search(bare_before) is not None  # "… đạt", "… chiếm" right before the value
    if val.is_count and not measure:
        # "số doanh nghiệp công nghệ số đạt 300 doanh nghiệp", "số HTX giải thể không quá 15 hợp tác xã"
        # (or a label: "8. Tổng số doanh nghiệp mới được thành lập thời kỳ 2021-2025: 100 doanh nghiệp")
        label = bare_before.rstrip().endswith(":")
        counted = _COUNT_OF.search(_LEAD_VERB.sub("", _PAREN.sub(" ", bare_before).strip().rstrip(":")))   # "Số người sử dụng … (PrEP) đạt"
        if counted and (verb_before or item.own_comparator or label) and item.per is None:   # not "…, mỗi thôn xây dựng 15 hộ"
            subj = _TRAILING_AIM.sub("", _TRAILING_CHANGE.sub("", _clean(counted.group())))
            subj = _TRAILING_TERM.sub("", subj) if label else subj
        elif verb_before and _NOTHING_AFTER.match(text, after_start):
            # "Chỉ số cải cách hành chính đạt trên 90 điểm.", "Tổng đàn gia súc đạt 50.000 con": the unit
            # measures what stands before the verb
            named = _strip_openers(_clean(_PAREN.sub(" ", _LEAD_VERB.sub("", bare_before.strip()))))
            if len(named.split()) >= 2:
                subj = named
    if val.is_count and not measure and (cap := _CAPACITY_BEFORE.search(bare_before)) is not None:
        subj = " ".join(cap.group("what").split())   # "mỗi nhà có sức chứa tối thiểu (100 người)": the capacity is measured
    if (val.is_count and (val.unit in _RANK_STEPS or _RANK_GROUP.search(bare_before))   # a cheap test first
            and (rank := _RANK_BEFORE.search(bare_before)) and (rank.group("group") or val.unit in _RANK_STEPS)):
        # "đưa Chỉ số cải cách hành chính vào nhóm 20 tỉnh dẫn đầu", "Chỉ số PCI tăng tối thiểu 3 bậc": a place in a
        # ranking measures what is ranked
        ranked = _clean(_LEADING_VERB.sub("", _WHO.sub("", _strip_openers(_clean(rank.group("what"))))))
        # "Phú Yên đặt mục tiêu vào nhóm 20 tỉnh dẫn đầu | về điểm thi tốt nghiệp THPT": what a place is ranked on is
        # named after the group (not "về chỉ số này", which points back)
        about = _RANKED_ON.match(after) if rank.group("group") else None
        if about is not None and not _POINTS_BACK.fullmatch(about.group("what")) and (
                not ranked or _GOAL_WORD.search(ranked) or gazetteer.find_places(ranked)):
            ranked = _clean(about.group("what"))
        if ranked:
            subj, action = ranked, (_clean(after) or None)
            item.ranked = rank.group("group") is not None
        elif about is not None:
            item.ranked = True   # "Phú Yên nằm trong nhóm 20 tỉnh, thành phố dẫn đầu cả nước về chỉ số này"
    lead = None
    said = ""
    denominator = _DENOMINATOR.match(text, after_start) is not None  # "trên 95% dân số", "vượt 10% dự toán"
    # What the value measures is named after it, whatever stands before: "8 xã …, chiếm trên 47% tổng số xã" (the
    # noun before is another item's), "đặt mục tiêu giảm 1,5 - 2% tỷ lệ hộ nghèo" (the rate that changes)
    item.share = not val.is_count and _SHARE_AFTER_ITEM.search(bare_before) is not None
    named_after = ((_SHARE_AFTER_ITEM.search(bare_before) is not None and _TOTAL.match(text, after_start) is not None)
                   or (not val.is_count and _RATE_NOUN.match(text, after_start) is not None)
                   # "giảm ít nhất 7% số ca mắc so với …": the number that changes
                   or (not val.is_count and item.direction is not None and _NUMBER_OF.match(text, after_start) is not None)
                   # "Các sở, ngành phải cắt giảm ít nhất 30% | thời gian giải quyết …": who must, then what changes
                   # (not "tai nạn giao thông đường thủy phải giảm ít nhất 10% | về số vụ …": the measure, then in what)
                   or (not val.is_count and item.direction is not None and _MUST_CHANGE.search(bare_before) is not None
                       and bool(subj) and not text.startswith(("về ", " về "), after_start)))
    qualified = bool(subj) and (_CAP_LEAD.match(subj) is not None   # "tỷ lệ phòng học kiên cố trên 80% ở cấp mầm non"
                                # "chỉ số nhà có bọ gậy dưới 10% | tại các thôn" (not "…, 90% | tại xã Hoàng Diệu",
                                # the item before's measure)
                                or (_PLACE_AFTER.match(subj) is not None and _MEASURE_BEFORE_PLACE.search(bare_before) is not None))
    if (not val.is_count or measure) and not named_after and (not subj or _NOTHING_AFTER.match(text, after_start)
                                                                 or verb_before or denominator or qualified
                                                                 or item.baseline):   # "tỷ lệ hộ … từ (52%) hiện nay nâng lên 70%"
        said = _clean(_PAREN.sub(" ", _LEAD_VERB2.sub("", _LEAD_VERB.sub("", bare_before.strip()).strip())))
        if (column := _COLUMN_NAME_TAIL.search(said)) is not None:
            said = said[:column.start()]
        lead = _strip_openers(said)
        if _MARKER_ONLY.fullmatch(lead) or _NOW_ONLY.fullmatch(lead):
            lead = ""   # "1) | 12,5 km tuyến cống …": the item's number names nothing; nor "(hiện đạt | 83,4%)", a time
        if _GOAL_LABEL.fullmatch(said):
            lead = "mục tiêu"   # "Mục tiêu xuyên suốt là (100%) số xã …": the words that announce the goal, whatever the
                                # openers leave of them
    if lead is not None and _GOAL_LABEL.fullmatch(lead):
        lead = None   # "Chỉ tiêu năm nay là (ít nhất 95%) trẻ em sinh ra …": the goal is named after the value
    item.subject_before = lead is not None and bool(
        not subj
        # "tỷ lệ huy động trẻ ra lớp đạt 30%, trẻ mẫu giáo đạt 95%": nothing follows the value
        or _NOTHING_AFTER.match(text, after_start)
        # "tỷ lệ giải ngân đạt tối thiểu 50% kế hoạch vốn", "bao phủ bảo hiểm y tế trên 95% dân số":
        # a subject before the verb; what follows the value is its measure
        or ((verb_before or denominator or qualified) and len(lead.split()) >= 2)
        or (item.baseline and len(lead.split()) >= 2)
    )
    if (denominator and not item.subject_before and lead is not None and len(lead.split()) < 2
            and _BARE_LEAD.fullmatch(lead)):
        # "Tổng thu ngân sách … đạt 21.500 tỷ đồng, vượt ít nhất 10% dự toán Trung ương giao": the subject of the item before
        subj, item.subject_before = "", True
    if item.subject_before:
        if (apart := _RIENG.search(lead)) is not None and lead[apart.end():].strip():
            # "…, riêng cơ sở có nguy hiểm về cháy, nổ | được kiểm tra (tối thiểu 2 lần/năm)": the part set apart;
            # "…, riêng tại các thôn vùng sâu, vùng xa (không quá 20 phút)": a place, the measure the item before's
            lead = lead[apart.end():].strip()
            if (passive := lead.rfind(" được ")) > 0:
                lead = lead[:passive]
        head, comma, tail = _last_comma_split(lead)
        if apart is not None:
            comma = ""   # the part set apart is whole: "cơ sở có nguy hiểm về cháy, nổ"
        if comma and _ATTRIBUTE.fullmatch(tail.strip()) and len(head.split()) >= 2:
            lead = head   # "Nhà máy xử lý nước thải Bắc sông Cấm giai đoạn 1, công suất (45.000 m3/ngày đêm)": whose capacity
        elif comma and _COMPARED_TO.match(head) and len(tail.split()) >= 2:
            # "… giảm ít nhất 30% | so với thời gian quy định, chi phí tuân thủ giảm | 20%": the item before's base, then
            # the next measure (held-out 548)
            lead = _strip_openers(tail)
        elif (measure and comma and len(tail.split()) >= 2 and _predicate_re(tuple(v["predicate_starters"])).search(head)
                and not _PASSIVE_END.search(head)):
            # "…, 10% số xã đạt chuẩn kiểu mẫu, thu nhập bình quân tăng 1,5 lần": a new clause; not "số sản phẩm
            # được giới thiệu, giao dịch trên sàn … tăng gấp 2 lần", where the comma joins two verbs
            lead = _strip_openers(tail)
        elif comma and (tail := _WITH_LEAD.sub("", tail)) is not None and (
                _RATE_NOUN.match(tail) or (measure and _RATE_HEAD.match(tail))) and len(tail.split()) >= 3:
            # (also after "với": "…, với tỷ lệ hộ có thiết bị chứa nước hợp vệ sinh đạt từ 95% trở lên")
            # (also a measure named anew: "lắp đặt mới tối thiểu 160 MW điện mặt trời mái nhà, sản lượng điện tự sản
            # xuất đạt khoảng 300 triệu kWh/năm")
            # "tiếp nhận hơn 1,1 triệu hồ sơ thủ tục hành chính, tỷ lệ giải quyết đúng hạn đạt 98,6%": a rate after a
            # comma opens a clause of its own
            lead = _strip_openers(tail)
        if (part := last_match(_SUB_LIST, lead)) is not None and len(lead[part.end():].split()) >= 2:
            # "…, trong đó đường trục thôn, liên thôn (30 km)": the part, not the whole before it (held-out 546)
            lead = _clean(lead[part.end():])
        if (goal := _LAST_GOAL_INTRO.search(lead)) is not None and len(lead[goal.end():].split()) >= 2:
            # "UBND tỉnh ban hành Kế hoạch 58/KH-UBND …, với mục tiêu tổng thu cả năm vượt dự toán (trên 15%)": the
            # subject follows the words that announce the goal
            lead = _clean(lead[goal.end():])
        if val.unit in v["money_units"] and (fund := _LAST_MOBILISE.search(lead)) and lead[fund.end():].strip():
            lead = _clean(lead[fund.end():])   # "Ủy ban MTTQ xã được giao vận động nguồn xã hội hóa (tối thiểu 350 triệu đồng)"
        if (rate := _VERB_THEN_RATE.search(lead)) is not None:
            lead = lead[rate.end():]   # "Công tác dân số tập trung giảm tỷ lệ sinh con thứ 3 trở lên (thêm 0,2 điểm phần trăm)"
        if _LEADING_VERB.match(acted := _WHO.sub("", lead)):
            lead = acted   # "Tỉnh nâng tỷ lệ che phủ rừng lên 45%": who acts is no part of the subject
        subj = _RESPECTIVE_TAIL.sub("", _TRAILING_ADVERB.sub("", _TRAILING_YEAR.sub("", _LEADING_VERB.sub("", _PAREN.sub(" ", lead)).strip()).rstrip(" :")))
        subj = _TRAILING_CHANGE.sub("", subj)
        if not subj and val.unit in v["money_units"] and (fund := _FUND_ACTS.search(said)) is not None:
            subj = _clean(fund.group("fund"))   # "Quỹ phòng, chống tội phạm của xã phấn đấu vận động (tối thiểu 150 triệu đồng)"
        if (labelled := _LABEL_YEAR_VERB.fullmatch(subj)) and labelled.group("label").lower().startswith(
                labelled.group("verb").lower() + " "):
            # "1.1. Chỉnh lý tài liệu tồn đọng: năm 2024 chỉnh lý (tối thiểu 900 mét giá)": what the label's verb acts on
            item.verb = labelled.group("verb")
            subj = labelled.group("label")[len(item.verb) + 1:].strip()
        counted = val.unit.split("/")[0]
        measured_after = False
        if _YEAR_ONLY.fullmatch(subj):
            subj = ""   # "…, giai đoạn 2027 - 2030 bình quân (900 - 1.000 hộ/năm)": the period, no subject
        if ((not subj or _BARE_VERB.fullmatch(subj) or _MAKING_ONLY.fullmatch(subj) or _ENDS_PREPOSITION.search(subj)
             # "Mỗi xã, thị trấn có từ (3 - 5 câu lạc bộ/xã)": whom each is set for, and "có"
             or _EACH_HAS.fullmatch(subj)
             # "… phát tối thiểu 2 chuyên mục/tháng": one word before a counted noun is its verb; "Thư viện huyện bổ sung
             # bình quân 1.500 đầu sách/năm": who acts and the verb
             or (counted not in v["measure_units"] and (len(subj.split()) == 1 or _ENDS_MAKING.search(subj))))
                and val.is_count and "/" in val.unit
                and counted not in v["money_units"] and counted not in _MASS_UNITS):   # not "(25) µg/m³": a mass, no noun
            # "5.000 tấn/năm | phân bón hữu cơ sản xuất …": a measure with nothing before it measures what follows
            measured_after = counted in v["measure_units"] and bool(after_subj) and not subj
            subj = counted  # "có tối thiểu 12 bác sĩ/vạn dân", "đưa ít nhất 1.200 lao động/năm": the counted noun
        action = None if _COMMA_NEXT.match(after) else (_clean(after) or None)   # "… nâng lên 65%, không để trẻ …": none
        if measured_after:
            subj, action = after_subj, after_action
        if not val.is_count and subj and action and not _RATE_NOUN.match(subj) and (
                _WHOLE_HERD.match(action) or (_WHOLE_AMOUNT.match(action) and _BARE_VERB.fullmatch(subj))):
            # (or "Tiết kiệm tối thiểu 2,5% | tổng mức tiêu thụ năng lượng toàn tỉnh": a bare act on a whole amount)
            # "tiêm vắc xin LMLM đạt tối thiểu 80% | tổng đàn trâu, bò trong diện tiêm": the share is of the herd; the
            # act before says what is done to it (gold/README)
            subj, action = action, subj
    if (measure and after_subj and ("/" not in val.unit or val.unit.split("/")[0] in v["money_units"])   # "… 65 tỷ đồng/năm chi thường xuyên"
            and not _WHEN_AFTER.match(after_subj)) and (not subj or _BARE_VERB.fullmatch(_WHO.sub("", _EVERY_YEAR.sub("", _LAST_PART.sub("", subj))))
                                                           # "… 600 cây xanh bóng mát và 2.500 m2 thảm cỏ": the item
                                                           # before ends where this one begins
                                                           or _JOIN_END.search(bare_before)
                                                           or _JOINED_BARE_VERB.search(subj)
                                                           # "Tỉnh hoàn thành giải phóng mặt bằng, đưa (thêm 650 ha đất
                                                           # công nghiệp vào khai thác)"
                                                           or _JOINED_MAKING.search(subj)
                                                           # "… bình quân mỗi tháng toàn tỉnh phải giải ngân (trên 1.100
                                                           # tỷ đồng vốn đầu tư công)"
                                                           or (val.unit.split("/")[0] in v["money_units"] and _ENDS_FUNDING.search(subj))
                                                           # "mỗi xã tối thiểu 20 ha | chè hữu cơ": whom each is set for
                                                           or _EACH_ONLY.search(subj)
                                                           # "… đạt 10.000 ha, gồm khoảng (7.000 ha) sầu riêng": a part,
                                                           # named after its figure (or "…, trong đó ít nhất (1.500 ha)
                                                           # rừng gỗ lớn", 599)
                                                           or _BREAKDOWN_WORD.fullmatch(subj)
                                                           or (subj.endswith(" trong đó") and _SUB_LIST.search(bare_before) is not None)
                                                           # "Mỗi trường có học sinh bán trú xây dựng tối thiểu 300 m2 |
                                                           # vườn rau": whom each is set for, and the verb of making
                                                           or (subj.lower().startswith("mỗi ") and _ENDS_MAKING.search(subj))
                                                           # "Giải pháp 5. Tưới thông minh: tối thiểu 150 ha | cam, bưởi
                                                           # được lắp cảm biến": a label names the task, what follows the area
                                                           or bare_before.rstrip().endswith(":")
                                                           # "thả 10,5 triệu con | cá giống": the noun a classifier counts
                                                           or (noun in v["classifier_units"] and not _ITEM_ENDS.match(after))):
        # "Huyện vận động khoảng 2,5 tỷ đồng vốn xã hội hóa", "mỗi xã trồng mới từ 2 - 3 km tuyến đường hoa": who
        # acts is no subject; the verb measures what follows it
        subj, action = after_subj, after_action  # "thu hút ít nhất 50 tỷ đồng vốn xã hội hóa": nothing before it
    if measure and noun in v["classifier_units"] and len(subj.split()) <= 1 and _ITEM_ENDS.match(after):
        subj, action = noun, None   # "năm 2024 thả (3 triệu con), …": a verb and a bare classifier; the text named the noun before
    rate = val.unit[val.unit.find("/"):] if "/" in val.unit else ""
    if measure and rate and after_subj and after_subj.endswith(rate) and subj in ("", val.unit.split("/")[0]):
        subj, action = _clean(after_subj[: -len(rate)]), after_action   # "300 kg rác thải nhựa/tháng": what is measured
    if val.unit in _RANK_STEPS and subj == val.unit and not item.subject_before:
        subj, item.subject_before = "", True   # "… xếp thứ 33/63 tỉnh, tăng 9 bậc": the steps of what the list ranks
    if (not val.is_count and (scope := _SCOPE_AFTER.match(after)) is not None
            and not _RATE_HEAD.match(subj) and not _NAMED_MEASURE.match(subj)):
        # "giải ngân tối thiểu 65% kế hoạch vốn đối với dự án do cấp tỉnh quản lý và 55% đối với dự án do cấp xã quản
        # lý", "giảm 10% đối với số vụ tai nạn": with no measure named before, what the share is of is named after
        # (the list decides for a later item: "đạt 90% đối với lĩnh vực hộ tịch, 70% đối với …" shares the rate)
        what = _clean(scope.group("what"))
        if subj and item.subject_before and verb_before and not _BARE_VERB.fullmatch(subj):
            item.scope_head = subj   # "Hồ sơ nộp trực tuyến đạt tối thiểu 90% đối với lớp 1": the measure named, for whom
            what = f"{subj} {what}"
        item.scope = (what, _clean(scope.group("of") or "") or None)
    if (val.is_count and (pair := _PAIRED_NOUN.match(text, val.end)) is not None
            and (subj in ("", noun, "số", "tổng số") or subj.startswith((pair.group("pair"), f"{noun} {pair.group('pair')}")))):
        # "không dưới 40 tổ chức, cá nhân": the pair the law names together is one subject, not two items
        whole = f"{noun}, {pair.group('pair')}"
        rest = text[pair.end():item_end].strip()
        subj, action = whole, (action if subj == noun else (_clean(rest) or None) if not rest.startswith(",") else None)
    if _SEASON_ONLY.fullmatch(subj) and (label := _LINE_LABEL.match(text, text.rfind("\n", 0, val.start) + 1, val.start)):
        subj = f"{_clean(_strip_openers(label.group('label').strip()))} {subj}"   # the label's measure in that season
    item.subject = _clean(_PAREN.sub(" ", subj)) if len(subj) > 120 else subj
    item.action = _clean(_ENUMERATION.split(action, 1)[0]) or None if action else None
    if item.action and _AFTER_COMPARATOR.fullmatch(item.action):
        item.action = None   # "từ 80 đảng viên mới | trở lên": the comparator's end, no action
    crit_from = prev_end if item.subject_before else val.start  # "Số xã đạt chuẩn chỉ tiêu 8.4 | 100%"
    item.criteria = [code for code, s, e in code_spans if crit_from <= s < item_end]
    return item


# "… 65% | kế hoạch vốn đối với | dự án do cấp tỉnh quản lý": the scope of a share; not a level alone ("80% đối với
# cấp tỉnh", which says the level of the measure named before)
_SCOPE_AFTER = regex.compile(
    r"""\s* (?P<of> (?: kế\s+hoạch | dự\s+toán | chỉ\s+tiêu ) (?:\s+vốn)? )?
        \s* đối\s+với \s+ (?!cấp\b) (?P<what> [^,;:()]{3,} )""",
    regex.VERBOSE | regex.IGNORECASE,
)
# A measure named by its head before the value: "Chỉ số hài lòng …", "mức độ hài lòng …".
_NAMED_MEASURE = regex.compile(r"(?:chỉ\s+số|mức\s+độ|tốc\s+độ|mức|thu\s+nhập|năng\s+suất)\b", regex.IGNORECASE)


# What is ranked: before "vào nhóm (20 tỉnh)", "thuộc top (10 địa phương)"; before "tăng (3 bậc)", where the steps
# are the count.
_RANK_BEFORE = regex.compile(
    r"""(?P<what> [^,;:.()]{3,120}? ) \s+
        (?: (?P<group> (?:vào|thuộc|trong|lọt\s+vào|nằm\s+trong|đứng\s+trong) \s+ (?:nhóm|top|tốp) (?:\s+các)? )
          | (?:tăng|giảm|vươn\s+lên|cải\s+thiện) )
        (?:\s+(?:ít\s+nhất|tối\s+thiểu|từ|khoảng|trên|hơn))?\s*$""",
    regex.VERBOSE | regex.IGNORECASE,
)
_RANK_STEPS = {"bậc", "hạng", "thứ hạng"}
# … and what the group leads in, after it: "(20 tỉnh) | (, thành phố) dẫn đầu (cả nước) về điểm thi tốt nghiệp THPT"
_RANKED_ON = regex.compile(r"(?:\s*,\s*thành\s+phố)?\s+(?:dẫn\s+đầu|đứng\s+đầu|cao\s+nhất)(?:\s+cả\s+nước|\s+toàn\s+quốc|\s+khu\s+vực)?"
                        r"\s+về\s+(?P<what>[^,;.()]{3,80})", regex.IGNORECASE)
_POINTS_BACK = regex.compile(r"(?:chỉ\s+số|lĩnh\s+vực|tiêu\s+chí|mặt)\s+(?:này|trên|đó)", regex.IGNORECASE)
_RANK_GROUP = regex.compile(r"\b(?:nhóm|top|tốp)(?:\s+các)?\s*$", regex.IGNORECASE | regex.REVERSE)


# The verb that opens the next item of a list of counts: "xây mới 120 căn, sửa chữa 45 căn", "…, đào tạo 60 người".
_MAKING_VERBS = (r"xây\s+mới|xây\s+dựng|sửa\s+chữa|cải\s+tạo|nâng\s+cấp|làm\s+mới|trồng(?:\s+mới)?|thành\s+lập|phát\s+triển"
                 r"|đào\s+tạo|tập\s+huấn|hỗ\s+trợ|lắp\s+đặt|đưa|giải\s+quyết\s+việc\s+làm\s+cho|cấp\s+mới|kích\s+hoạt"
                 r"|tạo\s+(?:thêm\s+)?việc\s+làm(?:\s+(?:mới|tăng\s+thêm))?(?:\s+cho)?"   # "…, tạo việc làm tăng thêm 1.500 lao động"
                 r"|huy\s+động|thu\s+hút|tổ\s+chức|hiến|tu\s+bổ|trùng\s+tu|tôn\s+tạo|chống\s+xuống\s+cấp|số\s+hóa|bổ\s+sung"
                 r"|khởi\s+công|duy\s+tu|gia\s+cố|phát\s+dọn|bố\s+trí|thay\s+thế|bảo\s+đảm|đảm\s+bảo|hoàn\s+thiện|kết\s+nạp|di\s+dời"   # "…, bố trí ít nhất 600 lô đất"
                 r"|(?<!bầu\s|ứng\s|đề\s)cử(?!\s+tri)"   # "Cử 200 lượt cán bộ … đi đào tạo sau đại học"
                 r"|(?:bê\s+tông|nhựa|cứng|kiên\s+cố)\s+hóa|xây(?!\s+(?:mới|dựng)\b)|khoanh\s+vùng|thả|phát(?!\s+(?:triển|hiện|huy|động|sinh)\b)"   # "…, bê tông hóa thêm 5 km"
                 r"|(?<!\b(?:vốn|suất|nhà|chủ|hút|gọi)\s)đầu\s+tư"   # "…, đầu tư ít nhất 03 (ba) lò hấp"
                 r"|đổ(?:\s+bê\s+tông)?|rải\s+nhựa|lát|mở\s+rộng")   # "trồng 150 cây xanh, đổ 320 m đường bê tông"
# A verb of making that opens a phrase: "(tổ chức) diễn tập chữa cháy rừng cấp tỉnh 01 cuộc"
_MAKING_LEAD = regex.compile(rf"^(?:{_MAKING_VERBS})\s+", regex.IGNORECASE)
_ENDS_PREPOSITION = regex.compile(r"\b(?:cho|của|với|tại|đến|tới)(?:\s+bình\s+quân)?\s*$", regex.IGNORECASE)   # "tạo việc làm cho (bình quân)"
_MAKING_ONLY = regex.compile(rf"(?:{_MAKING_VERBS}|đưa|tuyển\s+sinh|giải\s+quyết\s+việc\s+làm)(?:\s+(?:thêm|mới))?", regex.IGNORECASE)
_ENDS_MAKING = regex.compile(rf"\b(?:{_MAKING_VERBS})(?:\s+(?:thêm|mới))?(?:\s+bình\s+quân)?$", regex.IGNORECASE)
_COMMA_MAKING = regex.compile(rf",\s*(?:{_MAKING_VERBS})\b", regex.IGNORECASE)
_MAKING_BEFORE = regex.compile(rf"\b(?:{_MAKING_VERBS})(?:\s+(?:thêm|mới|đủ|tập\s+trung|dứt\s+điểm|khẩn\s+cấp))?(?:\s+bình\s+quân)?(?:\s+(?:từ|khoảng))?\s*$",
                            regex.IGNORECASE | regex.REVERSE)   # "Tỉnh đoàn huy động (từ) 3.000 - 3.500 tình nguyện viên"
_NEXT_LEAD = regex.compile(
    rf"\s*(?:[,;]|\bvà\b)\s*(?:(?:vận\s+động|kêu\s+gọi)\s+(?:\S+\s+){{0,2}}?)?"   # "và vận động Nhân dân hiến (ít nhất …)"
    r"(?:(?:quyết\s+tâm|phấn\s+đấu|tiếp\s+tục)\s+)?"   # "…, quyết tâm trồng mới (45 ha …)"
    rf"(?:{_MAKING_VERBS}|vận\s+động|hoàn\s+thành)(?:\s+(?:thêm|mới|được))?"   # (", vận động ít nhất (50 người bán hàng rong) …", ", hoàn thành không dưới (1.500 căn)", 564)
    r"(?:\s+(?:ít\s+nhất|tối\s+thiểu|không\s+dưới|không\s+ít\s+hơn|tối\s+đa|không\s+quá|trên|hơn|khoảng|từ))?\s*$",   # "… và huy động tối thiểu (50 tỷ đồng)"
    regex.IGNORECASE | regex.REVERSE,
)
# "Hỗ trợ nhà ở cho hộ nghèo …: xây mới 120 căn": the list's intro without its verb names what "căn" counts.
_INTRO_VERB = regex.compile(rf"^(?:[a-zđ]\)\s*|[-+•]\s*)?(?:{_MAKING_VERBS})\s+", regex.IGNORECASE)


def _classified(text: str, c_start: int, pos: int) -> Optional[str]:
    """What a bare classifier ("căn", "con") counts: the object of the list's intro before ":" ("Hỗ trợ nhà ở
    cho hộ nghèo, hộ cận nghèo có khó khăn về nhà ở: xây mới 120 căn" → "nhà ở cho hộ nghèo, hộ cận nghèo")."""
    colon = text.rfind(":", c_start, pos)
    if colon < 0:
        return None
    intro = _clean(text[c_start:colon].rsplit(":", 1)[-1])
    m = _INTRO_VERB.match(intro)
    if not m:
        return None
    subject, _ = _predicate_split(intro[m.end():])
    return subject or None


# "Mỗi xã có ít nhất 01 …", "mỗi huyện, thị xã, thành phố xây dựng 01 …": the units a count is set for each of.
_EACH = regex.compile(
    r"""(?<!\w) (?P<each> (?i:mỗi) \s+ [^\W\d]+ (?: [ ]+ [^\W\d]+ ){0,3}? (?: (?:\s*,\s*|\s+và\s+) [^\W\d]+ (?: [ ]+ [^\W\d]+ ){0,3}? ){0,4}? )
        \s+ (?: (?:có|tổ\s+chức|xây\s+dựng|phát\s+triển|hình\s+thành|duy\s+trì|lựa\s+chọn|chọn|thành\s+lập|đạt|trồng)(?:\s+thêm|\s+mới)?
              (?: \s+ (?:ít\s+nhất|tối\s+thiểu|không\s+dưới|từ|trên|hơn|khoảng) )?
            | (?:ít\s+nhất|tối\s+thiểu|không\s+dưới|tối\s+đa|không\s+quá) ) \s*$""",   # "mỗi lớp tối đa 25 học viên"
    regex.VERBOSE | regex.REVERSE,
)
# "… được giao vận động (nguồn xã hội hóa)": the verb of one who is charged with raising money, not "nguồn lực huy động"
_MOBILISE_VERBS = r"huy\s+động|vận\s+động|thu\s+hút|kêu\s+gọi"
# A fund that raises the money: "Quỹ phòng, chống tội phạm của xã phấn đấu vận động …"
_WITH_MEASURE = regex.compile(rf"\bvới\s+(?:tổng\s+)?(?:{_SIZE_NOUNS})"
                           r"(?:\s+(?:khoảng|trên|tối\s+thiểu|ít\s+nhất))?\s*$", regex.IGNORECASE)
_WITH_CAPITAL = regex.compile(rf"\bvới\s+(?:tổng\s+)?(?:số\s+)?{_REGISTERED_CAPITAL}"
                           r"(?:\s+(?:khoảng|trên|tối\s+thiểu|ít\s+nhất|đạt))?\s*$", regex.IGNORECASE)
# A count of places a list's goals apply to, closing its intro: "… tại | 8 xã vùng cao | giai đoạn 2025 - 2027, cụ thể:"
_AT_PLACES = regex.compile(r"\b(?:tại|ở)\s+(?:các\s+)?$", regex.IGNORECASE | regex.REVERSE)
_SCOPE_OF_LIST = regex.compile(r"[^\d;.:]*?(?:(?:giai\s+đoạn|năm)\s+20\d{2}(?:\s*[-–]\s*20\d{2})?)?[^\d;.:]*?"
                            r"\b(?:cụ\s+thể|như\s+sau)\s*", regex.IGNORECASE)
_BUDGET_OPENS = regex.compile(r"[\W\d]*(?:tổng\s+)?(?:kinh\s+phí|nguồn\s+vốn|vốn\s+đầu\s+tư|mức\s+đầu\s+tư|vốn)\s+(?:thực\s+hiện\s+)?"
                           r"(?:kế\s+hoạch\s+)?"
                           # "Tổng kinh phí | năm học 2024 – 2025 | khoảng 16,8 tỷ đồng" (held-out 494)
                           r"(?:(?:năm(?:\s+học)?|giai\s+đoạn)\s+20\d\d(?:\s*[-–]\s*20\d\d)?\s+)?"
                           # "Kinh phí thực hiện kế hoạch | từ ngân sách thành phố | khoảng 4,2 tỷ đồng" (no goal's verb between)
                           r"(?:(?:từ|do)\s+(?:(?!phấn\s+đấu|đạt|tăng|giảm|huy\s+động|vận\s+động)[^\d,;.:()]){2,50}?\s+)?"
                           r"(?:dự\s+kiến|dự\s+toán|khoảng|là|gần|hơn|trên)\b", regex.IGNORECASE)
_CLAUSE_MARK = regex.compile(r"[,;:(]|\b(?:còn|với|và)\b")   # ("… 3 ca tử vong, | tỷ lệ …", "… 12 xã | còn tỷ lệ …")
# A term defined, the figure inside its meaning: "Người tập luyện thường xuyên là người tập mỗi tuần ít nhất 03 lần", "gia
# đình thể thao là hộ có từ 50% thành viên trở lên …"
_DEFINED_AS = regex.compile(r"[\W\d]*(?!(?:mục|chỉ)\s+tiêu\b)(?:\p{L}+\s+){1,7}là\s+(?:người|hộ|gia\s+đình|trường\s+hợp|cơ\s+sở)\s"
                         r"(?![^,;]*\b(?:chiếm|đạt|phải)\b)",   # (not "Lao động là người dân tộc thiểu số chiếm không dưới 60%")
                         regex.IGNORECASE)
_LAST_YEAR_SAID = regex.compile(r"\bnăm\s+(?:ngoái|rồi)\b", regex.IGNORECASE)
_CHANGE_ARROW = regex.compile(r"[▲▼↑↓🔺🔻]\s*[+-]?\d")
_GOAL_NAMES_IT = regex.compile(r"(?:mục\s+tiêu|chỉ\s+tiêu)(?:\s+(?:về|là))?\s+(?=tỷ\s+lệ|số\b|tổng\b)"
                            r"|(?-i:Chỉ\s+tiêu)\s+(?=\p{Ll})", regex.IGNORECASE)   # a line's label: "4. Chỉ tiêu | trẻ mẫu giáo … (held-out 618)
_FUNDS_SOURCE = regex.compile(r"\b(?:ngân\s+sách|đối\s+ứng|vốn\s+vay|xã\s+hội\s+hóa|nguồn\s+vốn)\b", regex.IGNORECASE)
_SHARE_OF_SUM = regex.compile(r"\bchiếm\s*(?:khoảng\s+)?$", regex.IGNORECASE)
_PLACE_QUOTA = regex.compile(r"(?P<place>(?<!\w)(?:xã|phường|thị\s+trấn|huyện|thôn|bản|tổ\s+dân\s+phố)"
                          r"(?:\s+(?-i:\p{Lu})[\p{L}\p{M}]*){1,4})\s*:?\s*$")
_SET_PERIOD_BEFORE = regex.compile(r"\bBộ\s+tiêu\s+chí\b[^.;\n]{0,110}?(?:giai\s+đoạn\s+(?:20\d\d\s*[-–]\s*)?)?$", regex.IGNORECASE)
_PURPOSE_LEAD = regex.compile(r"(?:để|nhằm)\s+", regex.IGNORECASE)
_GROWTH_LEAD = regex.compile(r"\s*,\s*(?P<verb>(?:tốc\s+độ\s+)?(?:tăng|giảm)(?:\s+trưởng)?(?:\s+bình\s+quân)?(?:\s+(?:mỗi|hằng|hàng)\s+năm)?)"
                          r"\s*(?:khoảng|trên|từ|ít\s+nhất|tối\s+thiểu|không\s+dưới)?\s*", regex.IGNORECASE)
_NOW_ASIDE = regex.compile(r"\(\s*(?:hiện(?:\s+nay|\s+tại)?|mới|đã)\s+(?:đạt|có|là)\s*(?:khoảng\s+|gần\s+|hơn\s+)?$"
                        # … or this year's estimate, its year without "năm" or unsaid: "đạt 128 triệu đồng (ước 2025: |
                        # 116,5 triệu đồng)", "… 82% (ước | 80,3%)" (held-out 848)
                        r"|\(\s*ước(?:\s+(?:tính|đạt|thực\s+hiện))?(?:\s+(?:năm\s+)?20\d\d)?\s*(?::|\s+đạt)?\s*(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$",
                        regex.IGNORECASE)
_NOW_ONLY = regex.compile(r"(?:hiện|hiện\s+nay|hiện\s+tại|hiện\s+mới|trước\s+đây)", regex.IGNORECASE)
_MARKER_ONLY = regex.compile(r"\(?(?:\d{1,2}|[a-zđ]|[ivx]{1,4})[.)]?", regex.IGNORECASE)
_FUND_ACTS = regex.compile(rf"(?<!\w)(?P<fund>Quỹ\s[^.;:]+?)\s+(?:phấn\s+đấu\s+|được\s+giao\s+|sẽ\s+|cần\s+|tiếp\s+tục\s+)?"
                           rf"(?:{_MOBILISE_VERBS})$", regex.IGNORECASE)
_LAST_MOBILISE = regex.compile(rf"\b(?:được\s+giao|giao|phải|sẽ|cần|tiếp\s+tục|cũng)\s+(?:{_MOBILISE_VERBS})\s+",
                               regex.IGNORECASE | regex.REVERSE)
_MOBILISE = regex.compile(rf"\b(?:{_MOBILISE_VERBS})\b", regex.IGNORECASE)
_FUNDS_RAISED = regex.compile(r"(?<!\btổng\s)\b(?:kinh\s+phí|nguồn\s+vốn)\s+(?:(?:vận\s+động|kêu\s+gọi)|xã\s+hội\s+hóa\s+huy\s+động)\b",
                           regex.IGNORECASE)   # "kinh phí xã hội hóa huy động khoảng 12 - 15 tỷ đồng"   # (not "Tổng nguồn lực
                                                                                                   # huy động …": the budget)
# "…, chiếm trên 47% tổng số xã" after another item; not "Số HTX yếu kém chiếm không quá 10% tổng số HTX"
_SHARE_AFTER_ITEM = regex.compile(r",\s*chiếm(?:\s+tỷ\s+lệ)?\s*$", regex.IGNORECASE | regex.REVERSE)   # "…, chiếm tỷ lệ 3,14%"
_LEADING_CO = regex.compile(r"^\s*có\s+")
# "bình quân trên 1 ha", "suất đầu tư một km đường dây": per one unit, no goal
_PER_ONE = regex.compile(r"\b(?:bình\s+quân\s+(?:trên|mỗi|cho)|(?:thu\s+được|thu\s+nhập|giá\s+trị|lợi\s+nhuận)\s+(?:trên|mỗi)"
                      r"|(?:giá\s+trị|thu\s+nhập|lợi\s+nhuận|doanh\s+thu)\s+[^\d,;:.]{1,30}\s(?:trên|mỗi)"   # "Giá trị sản phẩm thu hoạch trên 1 ha"
                      r"|suất\s+đầu\s+tư|đơn\s+giá|giá\s+thành"
                      r"|thời\s+gian\s+[^\d,;:.]{1,30}?(?:\s+cho)?)\s*$",   # "thời gian thông quan (một phương tiện)": per one
                      regex.IGNORECASE | regex.REVERSE)   # "giá trị thu được trên 1 ha"
_RATE_NOUN = regex.compile(r"\s*(?:tỷ\s+lệ|tỷ\s+trọng|tốc\s+độ)\b", regex.IGNORECASE)
_TOTAL = regex.compile(r"\s*tổng\s+số\b", regex.IGNORECASE)

# "số xã đạt chuẩn NTM nâng cao đạt chỉ tiêu 15.2": "đạt chuẩn NTM nâng cao" qualifies the noun.
_STANDARD = regex.compile(
    r"^(?P<q> đạt\s+chuẩn\s+(?:nông\s+thôn\s+mới|NTM|quốc\s+gia)(?:\s+(?:nâng\s+cao|kiểu\s+mẫu|mức\s+độ\s+\d))? ) \s*,?\s+ (?P<rest> \S.* )$",
    regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
)


def _absorb_standard(subject: str, action: Optional[str]) -> tuple[str, Optional[str]]:
    if subject and action:
        m = _STANDARD.match(action)
        if m and _predicate_re(tuple(vocabulary()["qualifying_verbs"])).match(m.group("rest")):
            return f"{subject} {m.group('q')}", m.group("rest")
    return subject, action


# Goal tables: "| TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 |" / "| 3 | Số huyện đạt chuẩn | huyện | 2 |".
# A table row: "| … | … |" (markdown), or cells separated by tabs ("1\tTổng thu NSNN\t46.215\t51.600").
_TABLE_ROW = regex.compile(r"^[ \t]*\|(?P<cells>.*)\|[ \t]*$|^(?P<tcells>[^\t\n|]*(?:\t[^\t\n]*){2,})$"
                          r"|^(?P<pcells>[ \t]*[^|\s][^|\n]*(?:\|[^|\n]*){2,})$",   # "TT | Chỉ tiêu | ĐVT | Năm 2026 | Năm 2027", no outer bars
                          regex.MULTILINE)
# "Một số chỉ tiêu thu chủ yếu (ĐVT: tỷ đồng):" above a table without a unit column
_CAPTION_UNIT = regex.compile(r"\(?\s*(?:ĐVT|Đơn\s+vị\s+tính|Đơn\s+vị)\s*:\s*(?P<unit>[^()\n:]{1,20}?)\s*\)?\s*[:.]?\s*$",
                           regex.IGNORECASE)
_SUBJECT_HEAD = regex.compile(r"chỉ\s+tiêu|nội\s+dung|tiêu\s+chí|danh\s+mục", regex.IGNORECASE)
_UNIT_HEAD = regex.compile(r"đơn\s+vị|ĐVT", regex.IGNORECASE)
_GOAL_HEAD = regex.compile(r"kế\s+hoạch|mục\s+tiêu|phấn\s+đấu|chỉ\s+tiêu\s+(?:năm|đến)|đến\s+năm|^\s*năm\s+20\d{2}\s*$"
                        r"|chỉ\s+tiêu(?:\s+\p{L}+){0,2}\s+20\d\d"   # "Chỉ tiêu 2026", "Chỉ tiêu hè 2025", "Chỉ tiêu giai đoạn 2026"
                        r"|^\s*(?-i:KH)\s+(?:năm\s+)?20\d\d\s*$", regex.IGNORECASE)   # "KH 2025", "KH năm 2025" (kế hoạch)
_RESULT_HEAD = regex.compile(r"thực\s+hiện|ước|kết\s+quả|hiện\s+trạng|thực\s+trạng|đánh\s+giá|yêu\s+cầu|lũy\s+kế|^\s*(?-i:TH)\s+20\d\d\s*$",
                          regex.IGNORECASE)   # "TH 2023" (thực hiện)
# (also a balance as of a day and its change: "| Chương trình | 31/12/2023 | 31/3/2024 | +/- so với đầu năm |", held-out 726)
_BAND_CELL = regex.compile(r"(?:từ|trên|dưới|không\s+quá|tối\s+đa)\s+[\d.,]+\s*[^\d|]{0,20}?"
                        r"(?:\s+(?:trở\s+(?:xuống|lên)|đến\s+(?:dưới\s+)?[\d.,]+\s*[^\d|]{0,20}))?", regex.IGNORECASE)
_COMPARED_HEAD = regex.compile(r"kỳ\s+này|cùng\s+kỳ|kỳ\s+trước|tăng\s*/\s*giảm|so\s+sánh|thực\s+hiện|kết\s+quả"
                            r"|\+\s*/\s*[-–]|^\s*\d{1,2}/\d{1,2}/20\d\d\s*$", regex.IGNORECASE)
_ASCII_RULE = regex.compile(r"[ \t]*\+[-=+]+\+[ \t]*")
_BARE_GOAL_HEAD = regex.compile(r"(?:chỉ\s+tiêu|mục\s+tiêu)(?:\s+phấn\s+đấu)?", regex.IGNORECASE)
_CELL_VALUE = regex.compile(
    rf"^\s*(?P<dir>giảm|tăng)?\s*(?P<cmp>≥|>=|>|≤|<=|<|ít\s+nhất|tối\s+thiểu|trên|dưới|tối\s+đa|không\s+dưới|không\s+thấp\s+hơn|không\s+quá"
    rf"|từ(?=\s*\d[^\n]*trở\s+lên))?"   # "từ 65% trở lên" in a cell
    rf"\s*(?:(?:khoảng|gần|xấp\s+xỉ)\s+)?(?P<num>{_NUMBER})"   # "giảm ≥ 30", "không dưới 75 chợ", "khoảng 365 tỷ đồng"
    rf"(?:\s*[-–]\s*(?P<num2>{_NUMBER}))?\s*(?P<pct>[%‰])?"   # "25 - 30": a range in a cell; "< 8‰" (597)
    rf"\s*(?P<cunit>(?!trở\s+lên)\p{{Ll}}[\p{{Ll}} ]{{0,25}}?)?\s*(?P<after>trở\s+lên)?\s*$",   # "Ít nhất 09 mô hình" in a cell
    regex.IGNORECASE,
)
_SHARE_BASE = regex.compile(r"(?:tổng|kế\s+hoạch|dự\s+toán|so\s+với|chỉ\s+tiêu)\b", regex.IGNORECASE)   # "65% tổng số thửa"
_CELL_CMP = {"≥": ">=", ">=": ">=", ">": ">", "≤": "<=", "<=": "<=", "<": "<", "ít nhất": ">=", "tối thiểu": ">=",
             "trên": ">", "dưới": "<", "tối đa": "<=", "không dưới": ">=", "không thấp hơn": ">=", "không quá": "<="}


_DATED_CELL = regex.compile(r"(?:(?:năm(?:\s+học)?|kh|th|ước\s+th)\s+)?20\d\d(?:\s*[-–]\s*20\d\d)?|\d{1,2}/\d{1,2}/20\d\d"
                         # a third header row's "(thực hiện) | (kế hoạch)" under "Năm học" over "2023-2024 | 2024-2025" (582)
                         r"|\(\s*(?:thực\s+hiện|kế\s+hoạch|ước\s+(?:thực\s+hiện|th)|dự\s+kiến|chỉ\s+tiêu)\s*\)", regex.IGNORECASE)


def _stacked_header(top: list[str], sub: list[str]) -> Optional[list[str]]:
    """A header whose years stand on a second row under the cells they complete ("Khối lượng" over "Năm 2025 | Năm
    2026"), read as one row; None when ``sub`` is no such row."""
    if (len(top) != len(sub) or sub[0] or not any(sub)
            or not all(not t or _DATED_CELL.fullmatch(t) for t in sub)):
        return None
    # ("Khối lượng" only groups the years: "Năm 2025", "Năm 2026" are the columns)
    return [b if b and _GROUPING_HEAD.fullmatch(a) else f"{a} {b}".strip() for a, b in zip(top, sub)]


_GROUPING_HEAD = regex.compile(r"khối\s+lượng|số\s+lượng|thời\s+gian|lộ\s+trình|năm", regex.IGNORECASE)


def _spanned_header(top: list[str], sub: list[str]) -> Optional[list[str]]:
    """The header of two rows whose upper cells after the first span the lower ones, read as one row; None when ``sub``
    is a row of figures or does not divide evenly."""
    spans = len(top) - 1
    if spans < 1 or len(sub) <= spans or len(sub) % spans or any(c.isdigit() for t in sub for c in t):
        return None
    width = len(sub) // spans
    return top[:1] + [f"{top[1 + i // width]} {t}" for i, t in enumerate(sub)]


def _flattened_header(top: list[str], sub: list[str]) -> Optional[list[str]]:
    """A header of two rows of one width whose upper cells span the lower ones, flattened with the span left empty or
    repeated ("Năm 2025 | | Năm 2026 |" or "Xây mới | Xây mới | Sửa chữa | Sửa chữa" over "BHYT (%) | Hồ sơ SKĐT (%) | …"),
    read as one row ("Năm 2025 BHYT (%)", …); None when ``sub`` holds figures or nothing spans."""
    if len(top) != len(sub) or len(top) < 3 or any(_FIGURE_CELL.fullmatch(t) for t in sub if t):
        return None
    filled, last, spans = [], "", False
    for i, (a, b) in enumerate(zip(top, sub)):
        if a:
            spans = spans or (i > 0 and a == top[i - 1] and bool(b) and b != a)
            last = a
        elif b and last:
            spans = True
        filled.append(a or (last if b else ""))
    if not spans:
        return None
    return [f"{a} {b}".strip() if b and b != a else a for a, b in zip(filled, sub)]


_FIGURE_CELL = regex.compile(r"[\d\s.,%≥≤<>+-]+")   # a row of figures is no header


_ROW_NUMBER = regex.compile(r"^\s*\d+(?:\.\d+)*[.)]\s+")


def _pipe_cells(raw: str, m: regex.Match) -> list[tuple[int, int, str]]:
    group = next(g for g in ("cells", "tcells", "pcells") if m.group(g) is not None)
    sep = "\t" if group == "tcells" else "|"
    out, pos = [], m.start(group)
    for cell in m.group(group).split(sep):
        out.append((pos, pos + len(cell), cell.strip()))
        pos += len(cell) + 1
    return out


# A table cell that names its column: "Năm học 2024-2025: 100%", "Chỉ tiêu: Trường tiểu học, THCS thực hiện …"
_KEYED_CELL = regex.compile(r"(?P<key>[^\s:][^:]{1,60}?)\s*:\s*(?P<value>\S.*)")


def _keyed_cells(raw: str, cells: list[tuple[int, int, str]]
                 ) -> Optional[tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]]:
    """A row whose every cell is "name: value" (three or more, the first "Chỉ tiêu: …"): the names and the values as cells."""
    if len(cells) < 3 or not all(c[2] for c in cells):
        return None
    keys, values = [], []
    for start, end, text in cells:
        kv = _KEYED_CELL.fullmatch(text)
        if kv is None:
            return None
        at = raw.find(text, start, end)
        keys.append((at + kv.start("key"), at + kv.end("key"), kv.group("key")))
        values.append((at + kv.start("value"), at + kv.end("value"), kv.group("value").strip()))
    if not _SUBJECT_HEAD.search(keys[0][2]):
        return None
    return keys, values


def _keys_of(found: list) -> list[str]:
    """The names of the last header made of cells' names, or []."""
    for cells, span, first, _ in reversed(found):
        if first and span[0] == span[1]:
            return [c[2] for c in cells]
        if first:
            return []
    return []


def _grid_rows(raw: str) -> Iterator[tuple[list[tuple[int, int, str]], tuple[int, int], bool, str]]:
    """The rows of the text's tables, in order: (cells as (start, end, text) raw offsets, the row's span, whether it opens a
    table, the unit a caption above it gives). Tables are drawn with bars or tabs, or pasted one cell per line."""
    found = []
    if "|" in raw or "\t" in raw:
        for m in _TABLE_ROW.finditer(raw):
            cells = _pipe_cells(raw, m)
            if all(_RULE_CELL.fullmatch(c[2]) for c in cells):
                continue
            line_before = raw[raw.rfind("\n", 0, max(0, m.start() - 1)) + 1 : max(0, m.start() - 1)]
            if not line_before.strip() and found and raw[found[-1][1][1]:m.start()].strip() == "":
                line_before = raw[found[-1][1][0]:found[-1][1][1]]   # rows parted by blank lines: the row above
            if _ASCII_RULE.fullmatch(line_before) and m.start() > len(line_before) + 1:
                # "+----+------+" between the rows of a table drawn in ASCII: the row above it is the one before
                end = m.start() - len(line_before) - 2
                line_before = raw[raw.rfind("\n", 0, max(0, end)) + 1 : max(0, end)]
            first = not _is_row(line_before)
            if (not first and found and len(found[-1][0]) == len(cells) > 2 and not found[-1][2]
                    and not cells[0][2] and sum(1 for c in cells if c[2]) == 1 and found[-1][1][1] + 1 >= m.start()):
                # "|    | nghiệp được kiểm tra, giám sát ít nhất   |     |   |   |": a long cell wrapped onto the next line, the
                # other cells empty: the rest of the row above
                above, (a_start, _), _, a_caption = found[-1]
                merged = [(c[0], c[1], f"{c[2]} {d[2]}".strip()) if d[2] else c for c, d in zip(above, cells)]
                found[-1] = (merged, (a_start, m.end()), False, a_caption)
                continue
            if (not first and found and found[-1][2] and len(found[-1][0]) == len(cells) > 2 and not cells[0][2]
                    and found[-1][1][1] + 1 >= m.start() and "|" in m.group()
                    # (not the years under a stacked head, "Hiện trạng đến | Khối lượng" over "30/9/2025 | Năm 2025")
                    and not any(_NUMBER_ONLY.fullmatch(c[2]) or _YEAR_DIGITS.search(c[2]) for c in cells if c[2])):
                # "| TT | Đơn vị | Tổng đàn  | Tiêm vắc xin |" over "|    |        | lợn (con) | DTLCP (con)  |": a head whose
                # cells wrap, each line's words joining the cell above them (held-out 542)
                above, (a_start, _), _, a_caption = found[-1]
                merged = [(c[0], c[1], f"{c[2]} {d[2]}".strip()) if d[2] else c for c, d in zip(above, cells)]
                found[-1] = (merged, (a_start, m.end()), True, a_caption)
                continue
            caption = ""
            if first:
                above = raw[raw.rfind("\n", 0, max(0, m.start() - len(line_before) - 2)) + 1: max(0, m.start() - len(line_before) - 2)]
                unit = _CAPTION_UNIT.search(line_before) or _CAPTION_UNIT.search(above)
                caption = unit.group("unit").strip().lower() if unit else ""
            if ":" in m.group() and (keyed := _keyed_cells(raw, cells)) is not None:
                # "Chỉ tiêu: Trường có phòng học STEM | Năm học 2024-2025: 6 trường | Năm học 2025-2026: 10 trường": each
                # cell names its column; the names make the header, once for the run of such lines
                keys, cells = keyed
                if first or _keys_of(found) != [k[2] for k in keys]:
                    found.append((keys, (m.start(), m.start()), True, caption))
                first = False
            found.append((cells, (m.start(), m.end()), first, caption))
    if "TT\n" in raw:   # a cheap test first
        found.extend(_stacked_rows(raw))
    if "Chỉ tiêu\n" in raw or "Nội dung\n" in raw:   # a cheap test first
        found.extend(_bulleted_rows(raw))
    if "  " in raw:
        found.extend(_spaced_rows(raw))
    if raw.count(";") >= 9 and sum(line.count(";") >= 3 for line in raw.split("\n")) >= 3:   # a cheap test first
        found.extend(_semicolon_rows(raw))
    if raw.count(" — ") >= 6 or raw.count(" – ") >= 6:   # a cheap test first
        found.extend(_gapped_rows(raw, _DASH_GAP))
    if raw.count("......") >= 9:   # a cheap test first
        found.extend(_gapped_rows(raw, _DOT_GAP))
    if '","' in raw:
        # a data export in CSV: '"Chỉ tiêu","ĐVT","Thực hiện năm 2024","Kế hoạch năm 2025"' over its rows
        above = None
        for m in _CSV_ROW.finditer(raw):
            cells = [(c.start(1), c.end(1), c.group(1).strip()) for c in _CSV_CELL.finditer(raw, m.start(), m.end())]
            found.append((cells, (m.start(), m.end()), above != m.start() - 1, ""))
            above = m.end()
    found.sort(key=lambda r: r[1][0])
    return iter(found)


# A data export whose cells are parted by ";" (a spreadsheet saved as CSV in a Vietnamese locale): "STT;Nhóm;Chỉ tiêu;Đơn
# vị tính;Thực hiện đến 31/12/2023;Kế hoạch năm 2024;Mục tiêu đến năm 2025" over its rows, a quoted cell holding ";" too
_SEMICOLON_CELL = regex.compile(r'"[^"\n]*"|[^;\n]*')


def _semicolon_rows(raw: str) -> list[tuple[list[tuple[int, int, str]], tuple[int, int], bool, str]]:
    """The rows of runs of at least three lines with the same number (three or more) of ";"-parted cells."""
    lines = []
    for m in _LINE.finditer(raw):
        if m.start() == m.end() and lines and lines[-1][1][1] == m.start():
            continue   # (the empty match at a line's end)
        cells, pos = [], m.start()
        while pos <= m.end():
            c = _SEMICOLON_CELL.match(raw, pos, m.end())
            text = c.group()
            text = text[1:-1] if len(text) >= 2 and text[0] == text[-1] == '"' else text
            cells.append((c.start(), c.end(), text.strip()))
            pos = c.end() + 1
        lines.append((cells, (m.start(), m.end())))
    out, run = [], []
    for cells, span in lines + [([], (len(raw), len(raw)))]:
        if run and len(cells) == len(run[0][0]) >= 4 and all(len(c[2]) <= 300 for c in cells):
            run.append((cells, span))
            continue
        if len(run) >= 3:
            out.extend((c, sp, k == 0, "") for k, (c, sp) in enumerate(run))
        run = [(cells, span)] if len(cells) >= 4 else []
    return out


# A table a page typed with em dashes between its cells: "Chỉ tiêu — Đơn vị — Kế hoạch 2025" over "Tỷ lệ lao động qua
# đào tạo — % — 72,5" (held-out 491), or en dashes: "STT. Nội dung – Chỉ tiêu – Thời hạn" over "2. Đo đạc … – Tối
# thiểu 520 thửa – Trước 30/6/2024" (held-out 577); an en dash between numbers joins a range ("5 – 10%")
_DASH_GAP = regex.compile(r"[ \t]+—[ \t]+|(?<![\d%])[ \t]+–[ \t]+|[ \t]+–[ \t]+(?!\d)")
# … or with dot leaders: "Chỉ tiêu ........ Thực hiện 2023 ....... Kế hoạch 2024" over "2. Tổn thất điện năng (%) ........ 6,12
# ........ dưới 5,8" (held-out 589)
_DOT_GAP = regex.compile(r"[ \t]*(?:\.{4,}|…{2,})[ \t]*")


def _gapped_rows(raw: str, gap: regex.Pattern) -> list[tuple[list[tuple[int, int, str]], tuple[int, int], bool, str]]:
    """The rows of runs of at least three lines with the same number (three or more) of cells parted by ``gap`` (" — ",
    a dot leader)."""
    out, run = [], []
    for m in [*_LINE.finditer(raw), None]:
        cells = []
        if m is not None and m.end() > m.start():
            at = m.start()
            for cut in [*gap.finditer(raw, m.start(), m.end()), None]:
                stop = cut.start() if cut is not None else m.end()
                cells.append((at, stop, raw[at:stop].strip()))
                at = cut.end() if cut is not None else stop
        if len(cells) >= 3 and all(c[2] for c in cells) and (not run or len(cells) == len(run[0][0])):
            run.append((cells, (m.start(), m.end())))
            continue
        if m is not None and m.start() == m.end() and run and run[-1][1][1] == m.start():
            continue   # (the empty match at a line's end)
        if len(run) >= 3:
            out.extend((c, sp, k == 0, "") for k, (c, sp) in enumerate(run))
        run = [(cells, (m.start(), m.end()))] if len(cells) >= 3 and all(c[2] for c in cells) else []
    return out


_CSV_ROW = regex.compile(r'^[ \t]*"[^"\n]*"(?:[ \t]*,[ \t]*"[^"\n]*"){2,}[ \t]*$', regex.MULTILINE)
_CSV_CELL = regex.compile(r'"([^"\n]*)"')
# A Word table pasted one cell per line: "TT" alone on its line, the other header cells each on a line, then each row's
# number and cells each on a line ("1\nThành viên tổ bảo vệ … được bố trí\nNgười\n1.039\n1.080").
_STACKED_HEAD = regex.compile(r"^[ \t]*S?TT[ \t]*$", regex.MULTILINE | regex.IGNORECASE)
_LINE = regex.compile(r"[^\n]*")


def _stacked_rows(raw: str) -> list:
    """The rows of tables pasted one cell per line. A head cell wrapped over lines ("Số lao động\\nđược đào tạo\\n(người)",
    "Năm\\n2026") is joined back, when the rows' numbering says the head has fewer cells than lines, as is a row's wrapped
    name ("Các xã, thị trấn\\ncòn lại"); a group's row ("I" over "SẢN XUẤT") is passed over, a part's row ("1.1") read as
    a row; a PDF's page break inside the table (a running footer, then the head again) is passed over; the rows end at
    the first line that does not go on numbering them ("Tổng cộng")."""
    out = []
    for head in _STACKED_HEAD.finditer(raw):
        lines, pos = [], head.start()
        while pos <= len(raw) and len(lines) < 600:
            m = _LINE.match(raw, pos)
            lines.append((m.start(), m.end(), m.group().strip()))
            pos = m.end() + 1
        first = next((i for i, (_, _, t) in enumerate(lines) if t == "1" or _group_row_at(lines, i)), 0)
        if not 3 <= first <= 16 or any(not t or len(t) > 60 for _, _, t in lines[:first]):
            continue
        joined = _joined_cells(lines[:first])
        at = first
        while _group_row_at(lines, at):
            at += 2
        width = _stacked_width(lines, at, len(joined))
        head_cells = lines[:first] if width == first else joined
        if width is None or len(head_cells) != width:
            continue
        head_texts = [t for _, _, t in lines[:first]]
        table, number = [(head_cells, True)], 1
        while at < len(lines):
            if _group_row_at(lines, at):
                at += 2   # "II" over "KHAI THÁC VÀ CHỐNG KHAI THÁC IUU": a group of the rows below, no figures
                continue
            part = number > 1 and regex.fullmatch(rf"{number - 1}\.\d{{1,2}}", lines[at][2]) is not None   # "1.1" under "1"
            if (lines[at][2] != str(number) and not part
                    and (at := _past_page_break(lines, at, head_texts, number)) is None):
                break
            if not part and lines[at][2] != str(number):
                continue   # a group's row right after the head again
            row = _stacked_row(lines, at, width)
            if row is None:
                break
            table.append((row[0], False))
            at, number = row[1], number + (0 if part else 1)
        if len(table) < 2:
            continue
        for cells, first_row in table:
            out.append((cells, (cells[0][0], cells[-1][1]), first_row, ""))
    return out


# A group's row of a table pasted one cell per line: "I" (or "A") over its name, "SẢN XUẤT", over the group's first row
_GROUP_NUMBER = regex.compile(r"[IVX]{1,4}|[A-Đ]")


def _group_row_at(lines: list, at: int) -> bool:
    """Whether ``lines[at]`` opens a group's row: a Roman numeral, then a name in capitals, then a row's number."""
    return (at + 2 < len(lines) and _GROUP_NUMBER.fullmatch(lines[at][2]) is not None
            and lines[at + 1][2][:1].isalpha() and lines[at + 1][2].isupper()
            and regex.fullmatch(r"\d{1,2}", lines[at + 2][2]) is not None)


def _stacked_width(lines: list, first: int, joined: int) -> Optional[int]:
    """How many lines a row takes, from where its number "1" stands: of the counts that put "2" (and "3", when there is
    one) at a row's start, the head's count of cells once its wrapped lines are joined, else its line count, else the
    least."""
    fits = [w for w in range(3, 9) if first + w < len(lines)
            # (the next row "2", a part of the first "1.1", a group's row "II")
            and (lines[first + w][2] == "2" or regex.fullmatch(r"1\.\d{1,2}", lines[first + w][2]) is not None
                 or _group_row_at(lines, first + w))
            and all(t for _, _, t in lines[first:first + w])]
    full = [w for w in fits if first + 2 * w < len(lines) and lines[first + 2 * w][2] == "3"] or fits
    return next((w for w in (joined, first) if w in full), full[0] if full else None)


# a cell's line that goes on the line above: "được đào tạo", "(người)", "còn lại"
_CONTINUED_CELL = regex.compile(r"[(\p{Ll}]")
# a head's year under its word, a unit's currency under its multiplier: "Năm\n2026", "KH\n2026", "Triệu\nUSD"
_WRAPPED_PAIR = regex.compile(r"(?i:năm|kế\s+hoạch|kh)\n20\d\d|(?i:nghìn|triệu|tỷ)\n(?:USD|đồng|Đồng)")


def _add_line(cells: list, line: tuple[int, int, str], width: Optional[int] = None) -> bool:
    """Add a pasted cell's line to ``cells``: onto the text cell above it when it starts in lower case or with a bracket,
    or when it completes a column's year ("Năm" over "2026") or a unit's multiplier ("Triệu" over "USD"), else as a cell
    of its own; False, adding nothing, when that would be one cell more than ``width``."""
    start, end, text = line
    if cells and ((_CONTINUED_CELL.match(text) and not _NUMBER_ONLY.fullmatch(cells[-1][2]))
                  or _WRAPPED_PAIR.fullmatch(f"{cells[-1][2]}\n{text}")):
        cells[-1] = (cells[-1][0], end, f"{cells[-1][2]} {text}")
    elif width is not None and len(cells) == width:
        return False
    else:
        cells.append(line)
    return True


def _joined_cells(lines: list) -> list:
    """Lines joined into cells (``_add_line``)."""
    cells: list = []
    for line in lines:
        _add_line(cells, line)
    return cells


def _stacked_row(lines: list, at: int, width: int) -> Optional[tuple[list, int]]:
    """The row of ``width`` cells whose number stands at ``lines[at]``, its wrapped names joined; where the next begins."""
    cells: list = []
    k = at
    while k < len(lines) and lines[k][2] and _add_line(cells, lines[k], width):
        k += 1
    return (cells, k) if len(cells) == width else None


def _past_page_break(lines: list, at: int, head: list[str], number: int) -> Optional[int]:
    """Where row ``number`` starts after a page break: a few lines of page furniture, then the table's head again."""
    for k in range(at, min(at + 4, len(lines))):
        if ([t for _, _, t in lines[k:k + len(head)]] == head and k + len(head) < len(lines)
                and (lines[k + len(head)][2] == str(number) or _group_row_at(lines, k + len(head)))):
            return k + len(head)
    return None


# … or a table a page flattened into one bulleted line per cell: "• Chỉ tiêu", "• Năm học 2025 - 2026", "• Năm học 2026 -
# 2027" over "• Tỷ lệ trẻ 3 tuổi ra lớp", "• 88%", "• 92%"
_BULLETED_HEAD = regex.compile(r"^[ \t]*(?:[-•*+][ \t]*)?(?:Chỉ\s+tiêu|Nội\s+dung)[ \t]*$", regex.MULTILINE | regex.IGNORECASE)
_BULLET = regex.compile(r"[ \t]*(?:[-•*+][ \t]*)?")
_COLUMN_YEAR = regex.compile(r".{0,30}\b20\d\d\b.{0,20}")


def _bulleted_rows(raw: str) -> list:
    out = []
    for head in _BULLETED_HEAD.finditer(raw):
        lines, pos = [], head.start()
        while pos < len(raw) and len(lines) < 300:
            m = _LINE.match(raw, pos)
            lead = _BULLET.match(raw, m.start(), m.end()).end()
            lines.append((lead, m.end(), raw[lead:m.end()].strip()))
            pos = m.end() + 1
            if not lines[-1][2]:
                break   # a blank line ends the table
        width = 1 + next((i for i, (_, _, t) in enumerate(lines[1:]) if not _COLUMN_YEAR.fullmatch(t)), 0)
        if not 3 <= width <= 7:
            continue
        table, at = [(lines[:width], True)], width
        while at + width <= len(lines) and not _CELL_VALUE.match(lines[at][2]) and all(
                _CELL_VALUE.match(t) for _, _, t in lines[at + 1:at + width]):
            table.append((lines[at:at + width], False))
            at += width
        if len(table) >= 2:
            out.extend((cells, (cells[0][0], cells[-1][1]), first, "") for cells, first in table)
    return out


# A table whose bars were lost in a scrape, its columns kept apart by runs of spaces: "Chỉ tiêu  ĐVT  2026  2030" over
# "Tỷ lệ cơ sở hoàn thành kiểm kê KNK cấp cơ sở   %   60   100" (a header that names the columns: a unit or years)
_SPACED_HEAD = regex.compile(r"^[ ]*(?:Chỉ\s+tiêu|Nội\s+dung|S?TT)(?:[ ]{2,}[^ \n|\t][^\n|\t]*?){2,}[ ]*$", regex.MULTILINE | regex.IGNORECASE)
_SPACED_GAP = regex.compile(r"[ ]{2,}")
_GLUED_FIGURE = regex.compile(r"\s(?P<fig>\d[\d.,]*\s?[%‰])$")
_SPACED_NAMES = regex.compile(r"^(?:ĐVT|Đơn\s+vị(?:\s+tính)?|(?:Năm\s+|KH\s+|TH\s+)?20\d\d"
                            r"|(?:Thực\s+hiện|Kế\s+hoạch|Ước\s+(?:thực\s+hiện|TH))(?:\s+(?:năm\s+)?20\d\d)?)$", regex.IGNORECASE)   # (597)


def _spaced_cells(raw: str, start: int, end: int) -> list:
    cells, at = [], start
    for gap in [*_SPACED_GAP.finditer(raw, start, end), None]:
        stop = gap.start() if gap is not None else end
        text = raw[at:stop].strip()
        if text:
            lead = len(raw[at:stop]) - len(raw[at:stop].lstrip())
            cells.append((at + lead, at + lead + len(text), text))
        at = gap.end() if gap is not None else end
    return cells


def _spaced_rows(raw: str) -> list:
    """The rows of tables laid out with spaces under a "Chỉ tiêu | … | Đơn vị | …" head; a head's second line ("năm
    2024" under "Kế hoạch") and a label's wrapped line ("do dịch bệnh" under "Tỷ lệ diện tích … bị thiệt hại") join the
    cells above them, by where they start."""
    out = []
    for head in _SPACED_HEAD.finditer(raw):
        cells = _spaced_cells(raw, head.start(), head.end())
        if not 3 <= len(cells) <= 8 or not any(_SPACED_NAMES.match(c[2]) for c in cells[1:]):
            continue
        starts = [c[0] - head.start() for c in cells]
        rows, pos = [(cells, (head.start(), head.end()), True, "")], head.end() + 1
        while pos < len(raw):
            line = _LINE.match(raw, pos)
            if "|" in line.group() or "\t" in line.group() or not line.group().strip():
                break
            row = _spaced_cells(raw, line.start(), line.end())
            if len(row) == len(cells) - 1 and (glued := _GLUED_FIGURE.search(row[-2][2])) is not None:
                # "6      Tỷ lệ trẻ … thể thấp còi 27,3%         ≤ 26%": an OCR'd figure one space from its label (597)
                at = row[-2][0] + glued.start("fig")
                row = [*row[:-2], (row[-2][0], row[-2][0] + glued.start(), row[-2][2][:glued.start()]), (at, row[-2][1], glued.group("fig")),
                       row[-1]]
            if len(row) != len(cells):
                placed = {max((n for n, at in enumerate(starts) if at <= c[0] - line.start() + 2), default=0): c for c in row}
                above = rows[-1][0]
                if (len(placed) != len(row) or any(_COUNT_CELL.fullmatch(c[2]) for c in row)
                        or not line.group().startswith(" ") or any(len(c[2]) > 50 for c in row)):
                    break   # no line of this table (a wrapped line is indented and short)
                # the head's or a label's next line: its words join the cell above them
                rows[-1] = ([(a[0], a[1], f"{a[2]} {placed[n][2]}") if n in placed else a for n, a in enumerate(above)],
                            (rows[-1][1][0], line.end()), rows[-1][2], rows[-1][3])
                pos = line.end() + 1
                continue
            rows.append((row, (line.start(), line.end()), False, ""))
            pos = line.end() + 1
        if len(rows) > 1:
            out.extend(rows)
    return out


def _cell_unit(cell: str) -> str:
    """A unit cell as the text writes the unit: "Người" → "người", "Ha" → "ha"; "MWp", "kWh" as they are."""
    if cell.startswith("%"):
        return "%"   # "% chỉ tiêu", "% dân số": a share
    if cell[1:] == cell[1:].lower():
        return cell.lower()
    # "Triệu USD", "Tỷ đồng/năm": a capitalised multiplier before a currency as written ("MWp", "kWh" kept)
    return cell[0].lower() + cell[1:] if regex.match(r"(?:Nghìn|Triệu|Tỷ)\s", cell) else cell


def _is_row(line: str) -> bool:
    return line.strip().startswith("|") or line.count("\t") >= 2 or line.count("|") >= 2


def _table_targets(doc: Document, horizon: Optional[int], now: Optional[int] = None
                   ) -> tuple[list[Target], list[tuple[int, int]], list[Target]]:
    """Targets of goal tables, one per row and goal column; the rows they cover (normalised offsets); the sums of
    tables of places (a text that states the same sum states it first)."""
    raw = doc.raw
    targets, rows = _indicator_lines(doc, horizon, now)
    placed, placed_rows, sums = _place_table_targets(doc, horizon)
    targets, rows = targets + placed, rows + placed_rows
    header = None
    # a school year ends in the summer: written from July on, the one ending that year is over (held-out 601)
    school_now = now + 1 if now and doc.published is not None and doc.published.year == now and doc.published.month >= 7 else now
    for cells, (row_start, row_end), first, caption in _grid_rows(raw):
        texts = [c[2] for c in cells]
        if (header is None or first  # the first row of a table
                # (or the first that reads as a header, under a sheet's title rows: "UBND XÃ … | CỘNG HÒA …" over
                # "Chỉ tiêu | Mã số | ĐVT | Thực hiện năm 2025 | Kế hoạch năm 2026")
                or (not header["goals"] and _SUBJECT_HEAD.search(texts[0]) and sum(bool(t) for t in texts) >= 3
                    and _classify_header(texts, now, school_now)["goals"])):
            header = _classify_header(texts, now, school_now)
            header["caption_unit"], header["texts"], header["fresh"] = caption, texts, True
            header["start"] = row_start
            if header["place"] is not None and not header["goals"] and header["subject"] is None:
                header["goals"] = _goals_by_caption(raw, row_start, texts, header["place"])
            continue
        if header.get("fresh") and (stacked := _stacked_header(header["texts"], texts)) is not None:
            # "Hiện trạng đến | Khối lượng |" over "| 30/9/2025 | Năm 2025 | Năm 2026": the years of the columns on the row below
            header = {**_classify_header(stacked, now, school_now), "caption_unit": header["caption_unit"], "texts": stacked, "fresh": True}
            continue
        if header.get("fresh") and (flat := _flattened_header(header["texts"], texts)) is not None:
            # "Năm 2025 | | Năm 2026 |" over "BHYT (%) | Hồ sơ SKĐT (%) | BHYT (%) | Hồ sơ SKĐT (%)": merged cells flattened
            header = {**_classify_header(flat, now, school_now), "caption_unit": header["caption_unit"], "texts": flat,
                      "start": header["start"]}
            if header["place"] is not None and not header["goals"] and header["subject"] is None:
                header["goals"] = _goals_by_caption(raw, header["start"], flat, header["place"])
            continue
        if header.pop("fresh", False) and (spanned := _spanned_header(header["texts"], texts)) is not None:
            # "Chỉ tiêu | Năm 2025 | Năm 2026" over "Kế hoạch | Ước TH | Kế hoạch | Ước TH": each year spans its sub-columns
            header = {**_classify_header(spanned, now, school_now), "caption_unit": header["caption_unit"], "texts": spanned}
            continue
        if (not header["goals"] and len(cells) == header["width"] and len(cells) > 1
                and _BAND_CELL.fullmatch(texts[0].strip()) and not any(_CELL_VALUE.fullmatch(t.strip()) for t in texts[1:])):
            # "| Trên 500 triệu đồng đến dưới 1 tỷ đồng | Kê khai, nộp thuế … | Hóa đơn điện tử |": a band the row's rule
            # applies to, no goal (held-out 735)
            rows.append((doc.norm.to_norm(row_start), doc.norm.to_norm(row_end)))
            continue
        if header.get("report") and len(cells) == header["width"]:
            # "Chỉ tiêu | Kỳ này | Cùng kỳ | Tăng/giảm": a table of what was done, no goal in its cells ("+12,5%")
            rows.append((doc.norm.to_norm(row_start), doc.norm.to_norm(row_end)))
            continue
        if (header is not None and len(cells) == len(header["texts"]) > 2 and _YEARS_DOWN.fullmatch(header["texts"][0].strip())
                and ((row_year := _ROW_YEAR.fullmatch(texts[0].strip())) is not None
                     # "| **Cả năm** | **12.000** | …" under the quarters of a year: the year's sums
                     or (header.get("row_year") and _WHOLE_YEAR_ROW.fullmatch(texts[0].strip())))):
            # "Năm | Lao động được đào tạo (người) | Tỷ lệ có việc làm (%) | Số lớp" over "2023 (thực hiện) | 985 | 79,4 | 33",
            # "2025 | 1.150 | 82 | 38": a table with its years down the side, each row a year's figures; "Thời gian | Số hội
            # viên được tập huấn (người) | …" over "Quý I/2026 | 2.000 | …": a quarter's
            if row_year is not None:
                header["row_year"] = row_year
            if "caption_name" not in header:
                header["caption_name"] = _caption_name(raw, header["start"]) if header["caption_unit"] else None
            targets.extend(_year_row_targets(doc, header["texts"], texts, cells, row_year or header["row_year"], now,
                                             whole_year=row_year is None,
                                             caption=(header["caption_unit"], header["caption_name"])))
            rows.append((doc.norm.to_norm(row_start), doc.norm.to_norm(row_end)))
            continue
        if (header is not None and header["subject"] is None and header.get("place") is not None and header["goals"]
                and len(cells) == header["width"]
                and not any(a <= doc.norm.to_norm(row_start) < b for a, b in placed_rows)   # (read as a table of places)
                and (placed_row := _place_row_targets(doc, header, texts, cells, horizon))):
            targets.extend(placed_row)
            rows.append((doc.norm.to_norm(row_start), doc.norm.to_norm(row_end)))
            continue
        if (header is not None and header["subject"] is not None and header["subject"] > 0 and header["goals"]
                and len(cells) == header["width"] - 1 and header.get("row_head") is not None):
            # "Hữu Nghị | Thời gian thông quan … | 95 phút | …" over "Số lượt phương tiện … | 1.080 lượt | …": a cell merged
            # down the first column (an HTML rowspan) stands in the row above only
            cells = [header["row_head"], *cells]
            texts = [c[2] for c in cells]
        elif header is not None and len(cells) == header.get("width"):
            header["row_head"] = cells[0]
        if header is None or header["subject"] is None or not header["goals"] or len(cells) != header["width"]:
            continue
        if all(len(t.strip()) <= 2 for t in texts):
            continue   # "A | B | C | 1 | 2 | 3": a form's row of column numbers
        subject = _ROW_NUMBER.sub("", texts[header["subject"]])   # "1. Số mỏ cát …": the row's number is no part of it
        if len(subject) > 2 and subject[0] == subject[-1] == '"' and '"' not in subject[1:-1]:
            subject = subject[1:-1]   # a spreadsheet's quoted cell
        subject = _IN_WHICH_LABEL.sub("", subject)   # "Trong đó: Đất chuyên trồng lúa": a part's row
        unit_text = _cell_unit(texts[header["unit"]]) if header["unit"] is not None else header["caption_unit"]
        if not unit_text and (in_label := _LABEL_UNIT.search(subject)) and (
                _names_a_unit(in_label.group(1))   # "(%)", "(ha)", "(tỷ đồng)"
                # "Số mỏ cát lòng sông được phép khai thác (mỏ)": the noun the label counts
                or f" {in_label.group(1).strip().lower()} " in f" {subject[:in_label.start()].lower()} "):
            # "| Tỷ lệ hộ gia đình phân loại rác tại nguồn (%) | 30 | ≥ 50 |": the unit in the row's label
            subject, unit_text = subject[:in_label.start()].rstrip(), in_label.group(1).strip().lower()
        elif not unit_text and (count_of := _COUNT_HEAD.match(subject)) is not None:
            unit_text = _counted_noun(count_of.group("rest")) or ""   # "Số xã, phường đạt chuẩn …" over bare counts
        for col, year in header["goals"]:
            v = _CELL_VALUE.match(texts[col])
            if not v or not subject:
                continue
            if (not unit_text and not v.group("cunit") and (in_head := _HEAD_UNIT.search(header["texts"][col])) is not None
                    and not _GOAL_HEAD.search(in_head.group(1)) and not _RESULT_HEAD.search(in_head.group(1))):
                unit_text = in_head.group(1).strip()   # "Kế hoạch năm 2026 (ha)": the goal column's own unit
            unit = ("‰" if v.group("pct") == "‰" else "%" if (v.group("pct") or unit_text == "%")
                    else (unit_text or " ".join((v.group("cunit") or "").split())))
            if not unit or (unit.split("/")[0] in vocabulary()["money_units"] and _has("budget_markers", subject)
                            and not _MOBILISE.search(subject)):   # (not "Kinh phí xã hội hóa huy động": a sum to raise)
                continue   # (nor "Tổng kinh phí thực hiện | tỷ đồng | … | 1.286": the plan's own budget)
            comparator = ">=" if v.group("after") else _CELL_CMP.get(" ".join((v.group("cmp") or "").lower().split()), "=")
            share_of = subject
            if unit == "%" and v.group("cunit") and len(v.group("cunit").split()) >= 2 and not _SHARE_BASE.match(v.group("cunit")):
                # "Cấp GCN đất do UBND xã quản lý – 100% thửa đất công đủ điều kiện – Quý IV/2024": the cell names what
                # the share is of (not "Trên 65% tổng số thửa", a share of the whole the row names; held-out 577)
                share_of = " ".join(v.group("cunit").split())
            row_n = (doc.norm.to_norm(row_start), doc.norm.to_norm(row_end))
            rows.append(row_n)
            codes = [code for code, s, e in criteria_mod.mention_spans(doc.text[row_n[0]:row_n[1]])]
            targets.append(_cell_target(doc, cells[col], texts[col], v, unit, comparator, share_of, year or horizon, codes,
                                        direction={"giảm": "down", "tăng": "up"}.get((v.group("dir") or "").lower())))
    return targets, rows, sums


# The caption of a table of places that shares goals out: "Biểu: Phân bổ chỉ tiêu trồng rừng năm 2024 (kèm theo Kế
# hoạch)" over "TT | Đơn vị | Trồng rừng tập trung (ha) | Trồng cây phân tán (nghìn cây)" (held-out 488)
# (or "Biểu số 01: Chỉ tiêu đào tạo nghề năm 2023 theo xã": goals by place, held-out 534)
_GOALS_CAPTION = regex.compile(r"""
      \b (?: phân \s+ bổ | phân \s+ khai | giao ) \s+ (?: chỉ \s+ tiêu | kế \s+ hoạch | nhiệm \s+ vụ ) \b
    | \b chỉ \s+ tiêu \b [^\n]{0,80}? \b (?: theo | của \s+ (?: các | từng ) | giao \s+ (?: cho \s+ )? (?: các | từng | một \s+ số )? )
      \s+ (?: từng \s+ )? (?: xã | phường | huyện | đơn \s+ vị | địa \s+ phương ) \b   # "Chỉ tiêu giao một số xã …:"
    """, regex.IGNORECASE | regex.VERBOSE)


def _line_over(raw: str, start: int) -> str:
    """The last line over a table's head at ``start``, a blank line, an ASCII table's top rule "+----+" or an appendix's
    "(Kèm theo Quyết định số … )" between or not."""
    above = raw[max(0, start - 400):start].rstrip()
    line = above[above.rfind("\n") + 1:].strip()
    while _ASCII_RULE.fullmatch(line) or _ATTACHED_TO.fullmatch(line):
        above = above[:above.rfind("\n")].rstrip()
        line = above[above.rfind("\n") + 1:].strip()
    return line


# An appendix's line under its caption: "(Kèm theo Quyết định số 28/QĐ-UBND ngày 03/01/2024 của UBND huyện Tam Nông)"
_ATTACHED_TO = regex.compile(r"\(\s*(?:ban\s+hành\s+)?kèm\s+theo\b[^()]*\)", regex.IGNORECASE)


def _goals_by_caption(raw: str, start: int, texts: list[str], place: int) -> list[tuple[int, Optional[int]]]:
    """The goal columns of a table of places whose heads name no goal but whose caption, on the line above, shares goals
    out: each column with its unit in brackets, for the caption's year."""
    line = _line_over(raw, start)
    if not _GOALS_CAPTION.search(line) or _REPORTED_CAPTION.search(line):
        return []
    year = _YEAR_DIGITS.search(line)
    columns = [i for i, t in enumerate(texts) if i != place and not _ROW_INDEX_HEAD.fullmatch(t.strip())]
    if not columns or not all(_HEAD_UNIT.search(texts[i]) for i in columns):
        return []
    # (not a column of what each place has: "Tổng đàn lợn (con)", "Dân số (người)")
    # (a column's own year first: "Năm 2025 BHYT (%)" of a header flattened from two rows)
    return [(i, int(own.group()) if (own := _YEAR_DIGITS.search(texts[i])) else int(year.group()) if year else None)
            for i in columns if not _STOCK_HEAD.match(texts[i]) and not _AT_START_HEAD.search(texts[i])]


_STOCK_HEAD = regex.compile(r"\s*(?:tổng\s+đàn|dân\s+số|diện\s+tích\s+tự\s+nhiên|hiện\s+có|hiện\s+trạng|tổng\s+số\s+hộ)\b",
                            regex.IGNORECASE)
# what a place has when the plan starts: "Hộ nghèo đầu năm 2024 (hộ)" (held-out 797)
_AT_START_HEAD = regex.compile(r"\bđầu\s+(?:năm|kỳ)\b", regex.IGNORECASE)


def _cell_start(raw: str, cell: tuple[int, int, str]) -> int:
    """Where a table cell's text begins in ``raw`` (after the spaces its column leaves)."""
    cell_raw = raw[cell[0]:cell[1]]
    return cell[0] + len(cell_raw) - len(cell_raw.lstrip())


def _cell_target(doc: Document, cell: tuple[int, int, str], cell_text: str, v: regex.Match, unit: str, comparator: str,
                 subject: str, deadline: Optional[int], codes: list[str], direction: Optional[str] = None) -> Target:
    """The goal a table's cell holds, its span the cell's text."""
    start = _cell_start(doc.raw, cell)
    n_start, n_end = doc.norm.to_norm(start), doc.norm.to_norm(start + len(cell_text))
    return Target(
        value=parse_number(v.group("num"), percent=unit == "%"), unit=unit, comparator=comparator,
        value_max=parse_number(v.group("num2"), percent=unit == "%") if v.group("num2") else None,
        subject=subject, action=None, level=_level_of(subject, unit if unit != "%" else "", None),
        deadline=deadline, criteria=codes, kind="target", span=doc.raw_span(n_start, n_end), direction=direction)


_GOAL_HEAD_WORDS = regex.compile(r"\([^()]*\)|\b(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu|phấn\s+đấu|giao|đến|năm|KH)\b|20\d\d",
                              regex.IGNORECASE)
_CAPTION_PLACES = regex.compile(r"\s*(?:\([^()]*\))?\s*(?:tại|ở|của)\s+(?:một\s+số|các|từng)\b.*$|\s*\([^()]*\)\s*:?\s*$|\s*:\s*$",
                             regex.IGNORECASE)


def _place_metric(doc: Document, header: dict) -> str:
    """What a table of places measures: its goal column's head without the goal words ("Số hộ thoát nghèo năm 2026"),
    else the caption over it ("Vùng phủ 5G tại một số xã, phường (% dân số):"), else a figures column's head ("Số vụ vi
    phạm năm 2025")."""
    texts = header["texts"]
    goal = " ".join(_GOAL_HEAD_WORDS.sub(" ", texts[header["goals"][0][0]]).split())
    if len(goal.split()) >= 2:
        return goal
    line = _line_over(doc.raw, header.get("start", 0))
    if (bracket := _HEAD_BRACKET.search(line)) is not None and bracket.group(1).startswith("%"):
        header["caption_unit"] = header["caption_unit"] or "%"   # "Vùng phủ 5G tại một số xã, phường (% dân số):"
    caption = " ".join(_CAPTION_PLACES.sub("", _TABLE_LABEL.sub("", line)).split())
    if 2 <= len(caption.split()) <= 12 and not caption.endswith(".") and not _TABLE_NAME.match(caption):
        return caption
    for i, t in enumerate(texts):
        if i != header["place"] and i not in dict(header["goals"]) and _FIGURES_HEAD.match(t):
            return " ".join(_GOAL_HEAD_WORDS.sub(" ", t).split())
    return ""


_TABLE_NAME = regex.compile(r"(?:bảng|biểu|danh\s+sách|phụ\s+lục)\b", regex.IGNORECASE)   # "Bảng phân bổ chỉ tiêu …": no measure
# a caption's label before what it measures: "Bảng: Kết quả phát triển người tham gia BHXH tự nguyện …" (held-out 794)
_TABLE_LABEL = regex.compile(r"^\s*(?:bảng|biểu)(?:\s+(?:số\s+)?\d{1,2})?\s*:\s*", regex.IGNORECASE)
_FIGURES_HEAD = regex.compile(r"\s*(?:số|tỷ\s+lệ|diện\s+tích|tổng)\s", regex.IGNORECASE)


def _place_row_targets(doc: Document, header: dict, texts: list[str], cells, horizon: Optional[int]) -> list[Target]:
    """One row of a table of places: a goal per goal column, measured by what the table measures, for the row's place."""
    place = _ROW_NUMBER.sub("", texts[header["place"]]).strip()
    if not place or _TOTAL_ROW.match(place) or _NUMBER_ONLY.fullmatch(place):
        return []
    if "metric" not in header:
        header["metric"] = _place_metric(doc, header)
    if not header["metric"]:
        return []
    level_word = header["texts"][header["place"]].strip().split(",")[0].split()[-1].lower()
    # "Mỏ Vàng" under "Xã": "xã Mỏ Vàng" (not under "Đơn vị", which names no level)
    named = place if _PLACE_COLUMN.match(place) or level_word in ("vị", "phương") else f"{level_word} {place}"
    row_span = (doc.norm.to_norm(cells[0][0]), doc.norm.to_norm(cells[-1][1]))
    codes = [code for code, c_start, _ in criteria_mod.mention_spans(doc.text, doc.raw) if row_span[0] <= c_start < row_span[1]]
    out = []
    for col, year in header["goals"]:
        v = _CELL_VALUE.match(texts[col])
        if not v:
            continue
        caption_unit = header["caption_unit"] or ""
        if not caption_unit and (in_head := _HEAD_UNIT.search(header["texts"][col])) is not None:
            caption_unit = in_head.group(1).strip()   # "Thu nhập bình quân đầu người phấn đấu (triệu đồng/người/năm)"
        unit = "%" if (v.group("pct") or caption_unit.startswith("%")) else (" ".join((v.group("cunit") or "").split()) or caption_unit)
        if not unit:
            continue
        bracket = _HEAD_BRACKET.search(header["texts"][col])
        comparator = (">=" if v.group("after") else _CELL_CMP.get(" ".join((v.group("cmp") or "").lower().split()))
                      or (_CELL_CMP.get(" ".join(bracket.group(1).lower().split()), "=") if bracket else "="))
        row_year = next((int(t) for i, t in enumerate(texts) if i != col and _YEAR_CELL.fullmatch(t)
                         and _YEAR_HEAD.match(header["texts"][i])), None)   # "| Năm đạt chuẩn |" over "| 2024 |"
        # "Trồng rừng tập trung (ha) | Trồng cây phân tán (nghìn cây)": each goal column measures what its own head names
        own = " ".join(_GOAL_HEAD_WORDS.sub(" ", header["texts"][col]).split()) if len(header["goals"]) > 1 else ""
        subject = f"{own if len(own.split()) >= 2 or (own.isupper() and len(own) >= 3) else header['metric']} {named}"   # ("BHYT")
        out.append(_cell_target(doc, cells[col], texts[col], v, unit, comparator, subject, year or row_year or horizon, codes))
    return out


_PRICE_HEAD = regex.compile(r"(?:(?:mức\s+)?(?:lương|giá(?:\s+(?:bán|vé|thuê|mua|phòng|dịch\s+vụ))?|đơn\s+giá)"
                         r"|giá\s+trị\s+giải|(?:tiền|mức|giải)\s+thưởng)(?:\s*\([^()]*\))?",   # (or a prize: "| Điểm | Giá trị giải |")
                         regex.IGNORECASE)
_HEAD_BRACKET = regex.compile(r"\(\s*([^()]{2,15}?)\s*\)")
_NUMBER_ONLY = regex.compile(r"[\d.,\s]+")
_PROJECTION_HEAD = regex.compile(r"\b(?:BAU|theo\s+kịch\s+bản|dự\s+báo)\b", regex.IGNORECASE)
_YEARS_DOWN = regex.compile(r"(?:năm|năm\s*/\s*chỉ\s+tiêu|thời\s+gian)", regex.IGNORECASE)
_ROW_YEAR = regex.compile(rf"(?P<period>(?:{_PART_OR_HALF_OF_YEAR})\s*(?:/|năm)?\s*)?"
                       r"(?:năm\s+)?(?P<year>20\d\d)\s*(?:\(\s*(?P<label>[^()]{1,25}?)\s*\))?", regex.IGNORECASE)
_WHOLE_YEAR_ROW = regex.compile(r"[*_]*\s*(?:cả\s+năm|tổng\s+cộng|tổng)\s*[*_]*", regex.IGNORECASE)
_DONE_LABEL = regex.compile(r"thực\s+hiện|ước|kết\s+quả|đã\s+đạt|TH\b", regex.IGNORECASE)


def _year_row_targets(doc: Document, head: list[str], texts: list[str], cells, row_year, now: Optional[int],
                      whole_year: bool = False, caption: tuple[str, Optional[str]] = ("", None)) -> list[Target]:
    """One row of a table whose years (or quarters) run down the side: a figure per column, named and measured by the
    column's head; a quarter's figures name their quarter ("… quý I/2026"), the year's sums the whole year. Columns of
    places are measured by the caption ``(unit, name)`` over the table: "Chỉ tiêu trồng rừng tập trung phân theo xã (ĐVT:
    ha)" over "Năm | Sơn Lương | Nậm Lành | …"."""
    year = int(row_year.group("year"))
    done = bool(row_year.group("label") and _DONE_LABEL.search(row_year.group("label"))) or (now is not None and year < now)
    period = "cả năm" if whole_year else (" ".join(row_year.group().split()) if row_year.group("period") else "")
    period = period[:1].lower() + period[1:]
    out = []
    for col in range(1, len(texts)):
        name = head[col].strip()
        in_name = _LABEL_UNIT.search(name)
        subject = name[:in_name.start()].rstrip() if in_name else name
        counted = _COUNT_HEAD.fullmatch(subject)
        unit = in_name.group(1).strip().lower() if in_name else (_counted_noun(counted.group("rest")) if counted else None)
        bare = texts[col].strip("*_ ")   # "**12.000**": a sum in bold
        parts = [(bare, 0)]
        if _CELL_VALUE.match(bare) is None and (plus := _PLUS_AMOUNTS.fullmatch(bare)):
            parts = [(plus.group(g), plus.start(g)) for g in ("a", "b")]   # "2.800 tỷ đồng + 100 triệu USD"
        for part, at in parts:
            v = _CELL_VALUE.match(part)
            part_unit = unit
            if part_unit is None and v is not None and v.group("pct"):
                part_unit = "%"   # "| Tỷ lệ che phủ rừng |" over "| 55% |": the cell's own unit
            part_subject = subject
            if part_unit is None and not counted and caption[0] and caption[1] and v is not None and not v.group("cunit"):
                part_unit, part_subject = caption[0], _place_column(caption[1], subject)
            if part_unit is None and v is not None and v.group("cunit") and _MONEY_CELL_UNIT.fullmatch(v.group("cunit")):
                part_unit = " ".join(v.group("cunit").split())   # "| Vốn đăng ký |" over "| 2.800 tỷ đồng |"
            if not part_subject or not part_unit or v is None or _PROJECTION_HEAD.search(part_subject):
                continue   # (nor "Phát thải theo BAU": what would happen without the plan)
            named = f"{part_subject} {period}" if period else part_subject
            pct = part_unit == "%"
            start = _cell_start(doc.raw, cells[col]) + texts[col].find(bare) + at
            span = (start + v.start("num"), start + v.end("num2" if v.group("num2") else "num"))
            out.append(Target(
                value=parse_number(v.group("num"), percent=pct), unit=part_unit, comparator=_CELL_CMP.get(
                    " ".join((v.group("cmp") or "").lower().split()), "="),
                value_max=parse_number(v.group("num2"), percent=pct) if v.group("num2") else None,
                subject=named, action=None, level=_level_of(named, "" if pct else part_unit, None), deadline=year,
                criteria=[], kind="result" if done else "target", span=span))
    return out


# A cell of two sums in different currencies: "| 2.800 tỷ đồng + 100 triệu USD |"
_PLUS_AMOUNTS = regex.compile(r"(?P<a>[^+\n]*?\d[^+\n]*?)\s+\+\s+(?P<b>[^+\n]*?\d[^+\n]*?)")
# A cell's own money unit under a head without one: "(tỷ|triệu|nghìn) (đồng|USD)"
_MONEY_CELL_UNIT = regex.compile(r"(?:nghìn\s+|triệu\s+|tỷ\s+)*(?:đồng|USD)", regex.IGNORECASE)


# A table's caption: "Phụ lục kèm theo Kế hoạch: Chỉ tiêu trồng rừng tập trung phân theo xã (ĐVT: ha)" → what it measures,
# and by which kind of place its columns go
_CAPTION_NAME = regex.compile(r"(?:^.*:\s*)?(?:(?i:chỉ\s+tiêu|kế\s+hoạch|bảng)\s+)?(?P<what>\p{L}[^:()\n]{3,80}?)"
                           r"(?:\s+(?i:phân\s+(?:theo|bổ\s+cho)|chia\s+theo|của\s+từng|từng)\s+(?P<kind>xã|phường|huyện|thôn|bản|tổ\s+dân\s+phố|đơn\s+vị))?"
                           r"\s*\(\s*(?:ĐVT|Đơn\s+vị(?:\s+tính)?)\s*:[^()\n]*\)\s*[:.]?\s*$", regex.IGNORECASE)
_KIND_IN_NAME = regex.compile(r"^(?:các\s+|toàn\s+)?(?:xã|phường|huyện|thôn|bản|tổ\s+dân\s+phố|thị\s+trấn)\b", regex.IGNORECASE)


def _caption_name(raw: str, start: int) -> Optional[tuple[str, str]]:
    """(what, kind of place) of the caption on the nearest line above a table's head at ``start`` (a blank line between),
    or None."""
    end = start - 1
    for _ in range(2):
        line_start = raw.rfind("\n", 0, max(0, end)) + 1
        line = raw[line_start:max(0, end)].strip()
        if line:
            m = _CAPTION_NAME.match(line)
            return (_clean(m.group("what")), (m.group("kind") or "").lower()) if m else None
        end = line_start - 1
    return None


def _place_column(caption: tuple[str, str], column: str) -> str:
    """The subject of a column of places under a caption: "trồng rừng tập trung" by "xã" over "Sơn Lương" → "trồng rừng tập
    trung xã Sơn Lương" ("Các xã còn lại", "Toàn huyện" name their kind themselves)."""
    what, kind = caption
    if kind and not _KIND_IN_NAME.match(column):
        column = f"{kind} {column}"
    return f"{what} {column}"


# A table of places by counts, laid out with spaces (a plan's appendix): "TT | Xã (huyện) | Số thôn, làng | Số hộ được cấp
# điện | Năm đóng điện | Vốn dự kiến (tỷ đồng)" over "1 | Măng Ri (Tu Mơ Rông) | 3 | 171 | 2024 | 21,3".
_PLACE_HEAD = regex.compile(r"(?P<level>xã|phường|huyện|thôn|bản|ấp|đơn\s+vị|địa\s+phương|tên\s+(?:xã|thôn|đơn\s+vị))\b", regex.IGNORECASE)
_COUNT_HEAD = regex.compile(r"số\s+(?P<rest>\p{L}.*)", regex.IGNORECASE)   # "Số thôn, làng", "Số hộ được cấp điện"
_BLANK_LINE = regex.compile(r"\n[ \t]*\n")
_UNIT_IN_HEAD = regex.compile(r"(?P<what>[^()]+?)\s*\(\s*(?P<unit>[^()]{1,20}?)\s*\)")   # "Xây mới (nhà)"
_YEAR_HEAD = regex.compile(r"(?:năm|thời\s+gian|thời\s+điểm)\b", regex.IGNORECASE)   # "Năm đóng điện", "Thời gian hoàn thành"
# "Số tiêu chí đã đạt (31/5/2024)": what each place has now, no goal
_STATUS_HEAD = regex.compile(r"\b(?:đã\s+đạt|hiện\s+có|hiện\s+trạng|thực\s+hiện)\b|\(\s*\d{1,2}/\d{1,2}/20\d\d\s*\)", regex.IGNORECASE)
_MONEY_HEAD = regex.compile(r"\b(?:vốn|kinh\s+phí|tỷ\s+đồng|triệu\s+đồng)\b", regex.IGNORECASE)   # a budget column, no goal
_TOTAL_ROW = regex.compile(r"(?:tổng\s+cộng|cộng|tổng\s+số|tổng|toàn\s+(?:tỉnh|huyện|xã))\b", regex.IGNORECASE)
_IN_WHICH = regex.compile(r"trong\s+đó\s*:?\s*", regex.IGNORECASE)
_COUNT_CELL = regex.compile(rf"{_NUMBER}")
_REPORTED_CAPTION = regex.compile(r"\b(?:kết\s+quả|đã\s+thực\s+hiện|ước\s+thực\s+hiện|hiện\s+trạng|thực\s+trạng)\b", regex.IGNORECASE)


def _counted_noun(rest: str) -> Optional[str]:
    """The noun a "Số …" column counts: the longest counted noun of the vocabulary it opens with, else its first word."""
    low = rest.lower()
    known = [u for u in vocabulary()["count_units"] if low.startswith(u) and not low[len(u):len(u) + 1].isalpha()]
    if known:
        return max(known, key=len)
    word = regex.match(r"\p{Ll}+", low)
    return word.group() if word and word.group() not in _NOT_UNITS else None


def _place_table_targets(doc: Document, horizon: Optional[int]) -> tuple[list[Target], list[tuple[int, int]], list[Target]]:
    """One target per place and "Số …" column of a space-laid table of places; the rows read (normalised offsets).
    A year column dates its row ("Năm đóng điện"); a row "Cộng" sums, "Trong đó: năm 2024" dates its sum; budget
    columns are no goals; a caption that reports ("Kết quả …") makes the figures results."""
    targets, rows, sums = [], [], []
    for table in aligned.tables(doc.raw):
        place = next((n for n, h in enumerate(table.header) if _PLACE_HEAD.match(h)), None)
        year_col = next((n for n, h in enumerate(table.header) if _YEAR_HEAD.match(h)), None)
        counts = {n: noun for n, h in enumerate(table.header)
                  if (m := _COUNT_HEAD.match(h)) and not _MONEY_HEAD.search(h) and not _STATUS_HEAD.search(h)
                  and (noun := _counted_noun(m.group("rest")))}
        named = {n: (m.group("unit").lower(), f"{m.group('unit').lower()} {m.group('what').lower()}")
                 for n, h in enumerate(table.header) if n not in counts and (m := _UNIT_IN_HEAD.fullmatch(h))
                 and not _MONEY_HEAD.search(h) and _counted_noun(m.group("unit")) == m.group("unit").lower()
                 and m.group("unit").lower() not in vocabulary()["measure_units"]}   # (not "Trồng rừng tập trung (ha)")
        counts.update({n: unit for n, (unit, _) in named.items()})   # "Xây mới (nhà)": houses to build
        if place is None or not counts:
            continue
        above = [p for p in _BLANK_LINE.split(doc.raw[max(0, table.start - 400):table.start]) if p.strip()]
        caption = above[-1] if above else ""   # the block right over the table: "PHỤ LỤC / DANH MỤC … / (Kèm theo …)"
        kind = "result" if _REPORTED_CAPTION.search(caption) else "target"
        level_word = _PLACE_HEAD.match(table.header[place]).group("level").lower()
        for cells, (row_start, row_end) in zip(table.rows, table.row_spans):
            label = cells[place].text if place in cells else ""
            year = cells[year_col].text if year_col in cells and _YEAR_CELL.fullmatch(cells[year_col].text) else None
            total = _TOTAL_ROW.match(label) is not None
            part = _IN_WHICH.sub("", label)
            if year is None and (in_label := _BARE_YEAR.search(part)):
                year = in_label.group()   # "Trong đó: năm 2024"
            if not label or (not total and year is None and part != label):
                continue
            action = None if total else (part if year and _YEAR_ONLY.fullmatch(part) else f"{level_word} {label}")
            for col, noun in counts.items():
                cell = cells.get(col)
                if cell is None or not _COUNT_CELL.fullmatch(cell.text):
                    continue
                subject = named[col][1] if col in named else table.header[col][0].lower() + table.header[col][1:]
                n_start, n_end = doc.norm.to_norm(cell.start), doc.norm.to_norm(cell.end)
                targets.append(Target(
                    value=parse_number(cell.text), unit=noun, comparator="=", subject=subject, action=action,
                    level=_level_of(subject, noun, None), deadline=int(year) if year else horizon, criteria=[],
                    kind=kind, span=doc.raw_span(n_start, n_end),
                ))
                if total:
                    sums.append(targets[-1])
            rows.append((doc.norm.to_norm(row_start), doc.norm.to_norm(row_end)))
    return targets, rows, sums


# A plan's list of indicators, one per line, the unit in brackets before the value:
# "2. Tỷ lệ trẻ em … được sàng lọc phát hiện sớm khuyết tật (%): 80", "4. Số hộ có NKT thoát nghèo (hộ): 40 - 50".
_INDICATOR_LINE = regex.compile(
    rf"""(?: ^[ \t]*(?:(?:\d+[.)]|[-+•*]|[a-zđ]\))[ \t]+)?
          | (?<=[;:][ \t]*)\(\d{{1,2}}\)[ \t]+ )   # or an item of a paragraph: "…; (2) tổng giá trị sản xuất (tỷ đồng): 2.770;"
        (?P<label>[^:\n()]{{5,200}}?)[ \t]*\((?P<unit>%|[\p{{L}}\d/ ]{{1,20}})\)[ \t]*:[ \t]*
        (?P<cmp>≥|>=|>|≤|<=|<|ít\s+nhất|tối\s+thiểu|trên|dưới|tối\s+đa|không\s+dưới|không\s+quá)?[ \t]*
        (?P<num>{_NUMBER})(?:[ \t]*[-–][ \t]*(?P<num2>{_NUMBER}))?(?:[ \t]*\.?[ \t]*$|(?=[ \t]*;))""",
    regex.VERBOSE | regex.MULTILINE | regex.IGNORECASE,
)


# … or one indicator per line with its fields parted by ";" and a value per year: "1. Chỉ số DDCI bình quân khối sở, ban,
# ngành cấp tỉnh; điểm; 2024: 68,5; 2025: ≥ 72; 2026: ≥ 75"
_YEARLY_LINE = regex.compile(
    r"""^[ \t]*(?:\d+[.)][ \t]+)?(?P<label>[^;:\n]{5,200}?)[ \t]*;[ \t]*(?P<unit>%|[\p{L}/ ]{1,20}?)[ \t]*;
        (?P<cells>(?:[ \t]*20\d\d[ \t]*:[ \t]*[^;\n]*;?){2,})[ \t]*$""",
    regex.VERBOSE | regex.MULTILINE,
)
_YEAR_CELL_VALUE = regex.compile(r"(?P<year>20\d\d)[ \t]*:[ \t]*(?P<value>[^;\n]*)")


def _yearly_lines(doc: Document, now: Optional[int]) -> tuple[list[Target], list[tuple[int, int]]]:
    """Targets of indicator lines that give a value per year; a year before the text's is a result."""
    text = doc.text
    targets, rows = [], []
    for m in _YEARLY_LINE.finditer(text):
        unit = " ".join(m.group("unit").split()).lower()
        subject = _clean(m.group("label"))
        for cell in _YEAR_CELL_VALUE.finditer(text, m.start("cells"), m.end("cells")):
            v = _CELL_VALUE.match(cell.group("value").strip())
            if v is None:
                continue   # "2024: -": no figure that year
            year = int(cell.group("year"))
            pct = unit == "%"
            start = cell.start("value") + len(cell.group("value")) - len(cell.group("value").lstrip())
            num_start = start + v.start("num")
            targets.append(Target(
                value=parse_number(v.group("num"), percent=pct), unit=unit,
                value_max=parse_number(v.group("num2"), percent=pct) if v.group("num2") else None,
                comparator=_CELL_CMP.get(" ".join((v.group("cmp") or "").lower().split()), "="), subject=subject,
                action=None, level=_level_of(subject, "" if pct else unit, None), deadline=year, criteria=[],
                kind="result" if now is not None and year < now else "target",
                span=doc.raw_span(num_start, start + v.end("num2" if v.group("num2") else "num")),
            ))
        rows.append((m.start(), m.end()))
    return targets, rows


# A figure's change from one year to the next on a line of its own, under the line that names it:
#   Sản phẩm OCOP từ 3 sao trở lên được đưa lên sàn thương mại điện tử
#   Năm 2025: 62,4% → Năm 2026: tối thiểu 85%
_ARROW_LINE = regex.compile(
    r"""^[ \t]*(?:(?i:năm)[ \t]+)?(?P<y1>20\d\d)[ \t]*:[ \t]*(?P<v1>[^→\n]+?)[ \t]*(?:→|->|=>|⟶|➜|➡️?)
        [ \t]*(?:(?i:năm)[ \t]+)?(?P<y2>20\d\d)[ \t]*:[ \t]*(?P<v2>[^\n]+?)[ \t]*$""",
    regex.VERBOSE | regex.MULTILINE,
)


# … or a result and a goal labelled on one line under the indicator they measure (the labels explained once in the text):
#   Chỉ tiêu 3: Số bản, tiểu khu không có tội phạm và tệ nạn ma túy.
#   KQ 2025: 9 bản; CT 2026: ít nhất 12 bản.
_RESULT_GOAL_LINE = regex.compile(
    r"""^[ \t]*(?:KQ|TH|Ước[ \t]+TH|(?i:kết[ \t]+quả|thực[ \t]+hiện|năm))[ \t]+(?P<y1>20\d\d)[ \t]*:[ \t]*(?P<v1>[^;\n]+?)[ \t]*;
        [ \t]*(?:CT|KH|(?i:chỉ[ \t]+tiêu|kế[ \t]+hoạch|mục[ \t]+tiêu|năm))[ \t]+(?P<y2>20\d\d)[ \t]*:[ \t]*(?P<v2>[^,;\n]+?)[ \t]*
        (?:[,;][^\n]*|\.)?[ \t]*$""",
    regex.VERBOSE | regex.MULTILINE,
)
_INDICATOR_LABEL = regex.compile(r"^(?:[-+•*]\s*)?(?:(?i:chỉ\s+(?:tiêu|số))\s+\d{1,2}\s*[:.)]\s*)?", regex.IGNORECASE)


# … or the indicator's baseline and its goal, labelled on one line under it, the goal in words of its own:
#   Chỉ số 3. Tỷ lệ phát hiện người bệnh lao so với ước tính
#      Cơ sở: 61,8% | Mục tiêu: năm 2026 đạt 68%; đến năm 2030 đạt ít nhất 80%
_BASELINE_GOAL_LINE = regex.compile(
    r"""^[ \t]*(?:[-+•*][ \t]*)?
        (?:(?i:giá[ \t]+trị[ \t]+)?(?i:cơ[ \t]+sở|ban[ \t]+đầu|hiện[ \t]+trạng|hiện[ \t]+nay))   # "Cơ sở", "Giá trị ban đầu", "Hiện trạng"
        (?:[ \t]*\(?(?i:năm[ \t]+)?(?P<y1>20\d\d)\)?)?[ \t]*:[ \t]*(?P<v1>[^|;\n]+?)(?:[ \t]*[|;][ \t]*|[ \t]{2,})   # "Cơ sở (2025): …" ("|" a space once normalised)
        (?i:mục[ \t]+tiêu|chỉ[ \t]+tiêu|kế[ \t]+hoạch)(?:[ \t]+(?i:năm[ \t]+|đến[ \t]+năm[ \t]+)?(?P<y2>20\d\d))?[ \t]*:[ \t]*
        (?P<v2>[^\n]+?)[ \t]*\.?[ \t]*$""",
    regex.VERBOSE | regex.MULTILINE,
)


_BARE_BASELINE = regex.compile(rf"\s*(?P<num>{_NUMBER})\s+(?P<unit>\p{{L}}+(?:/[\d.]+\s+\p{{L}}+)?)\s*")   # "152 ca/100.000 dân"


def _baseline_goal_lines(doc: Document, horizon: Optional[int], now: Optional[int]
                         ) -> tuple[list[Target], list[tuple[int, int]]]:
    """Targets of "Cơ sở: X | Mục tiêu: Y" lines (the baseline a result), named by the indicator on the line above; each
    of the goal's clauses ("năm 2026 đạt 68%; đến năm 2030 đạt ít nhất 80%") dated by its own year, else the line's.
    (read on the raw text, whose short lines normalising may join as a wrapped paragraph)"""
    raw = doc.raw
    targets, rows = [], []
    _, cmp_before, cmp_after, _ = _patterns()
    v = vocabulary()
    for m in _BASELINE_GOAL_LINE.finditer(raw):
        above_end = raw.rfind("\n", 0, m.start())
        above_start = raw.rfind("\n", 0, max(0, above_end)) + 1
        label = raw[above_start:max(0, above_end)].strip()
        if len(label.split()) < 2 or any(c.isdigit() for c in label[_INDICATOR_LABEL.match(label).end():]):
            continue   # no indicator's name above, or a line with figures of its own
        subject = _clean(_PAREN.sub(" ", label[_INDICATOR_LABEL.match(label).end():]).rstrip(" .:"))
        found, goal_units = [], set()
        for side in ("v2", "v1"):
            start, end = m.span(side)
            piece_start = start
            values = candidates(raw[start:end])
            if not values and side == "v1" and (bare := _BARE_BASELINE.fullmatch(raw, start, end)) is not None and (
                    " ".join(bare.group("unit").split()) in goal_units):
                # "Cơ sở: 152 ca/100.000 dân | Mục tiêu: dưới 100 ca/100.000 dân": the baseline in the goal's unit
                values = [_Value(0, bare.end() - start, parse_number(bare.group("num")), None,
                                 " ".join(bare.group("unit").split()), True)]
            for val in values:
                at, to = start + val.start, start + val.end
                if side == "v2":
                    piece_start = max(piece_start, raw.rfind(";", start, at) + 1)
                before = raw[piece_start:at]
                cmp = cmp_before.search(before)
                comparator = v["comparators"][" ".join(cmp.group().lower().split())] if cmp else "="
                if cmp is None and (late := cmp_after.match(raw[to:end])) is not None:
                    comparator = v["comparators_after"][" ".join(late.group().lower().split())]   # "từ 75% trở lên"
                if side == "v1":
                    kind, year = "result", int(m.group("y1")) if m.group("y1") else None
                else:
                    year = _deadline(raw, piece_start, at, now) or (int(m.group("y2")) if m.group("y2") else horizon)
                    kind = "result" if now is not None and year is not None and year < now else "target"
                    goal_units.add(val.unit)
                found.append(Target(
                    value=val.value, value_max=val.value_max, unit=val.unit, comparator=comparator, subject=subject,
                    action=None, level=_level_of(subject, "" if val.unit == "%" else val.unit, None), deadline=year,
                    criteria=[], kind=kind, span=(at, to)))
                piece_start = to
        if found:
            targets += sorted(found, key=lambda t: t.span)
            rows.append((doc.norm.to_norm(above_start), doc.norm.to_norm(m.end())))
    return targets, rows


def _arrow_lines(doc: Document, now: Optional[int]) -> tuple[list[Target], list[tuple[int, int]]]:
    """Targets (and the year before's results) of "Năm 2025: X → Năm 2026: Y" and "KQ 2025: X; CT 2026: Y" lines, named by
    the line above."""
    text = doc.text
    targets, rows = [], []
    lines = [*(_ARROW_LINE.finditer(text) if "→" in text or "->" in text else ()),
             *(_RESULT_GOAL_LINE.finditer(text) if " 20" in text else ())]
    for m in lines:
        above_end = text.rfind("\n", 0, m.start())
        label = text[text.rfind("\n", 0, max(0, above_end)) + 1:max(0, above_end)].strip()
        if len(label.split()) < 2 or _ARROW_LINE.fullmatch(label) or _RESULT_GOAL_LINE.fullmatch(label):
            continue
        # "Chỉ tiêu 1: Tỷ lệ người nghiện có hồ sơ quản lý được tổ chức cai nghiện (tự nguyện, …).": what is measured
        subject = _clean(_PAREN.sub(" ", label[_INDICATOR_LABEL.match(label).end():]).rstrip(" ."))
        if not subject:
            continue
        for side in ("1", "2"):
            v = _CELL_VALUE.match(m.group("v" + side))
            if v is None:
                continue
            unit = "%" if v.group("pct") else " ".join((v.group("cunit") or "").split()).lower()
            if not unit:
                continue
            year, start = int(m.group("y" + side)), m.start("v" + side)
            pct = unit == "%"
            targets.append(Target(
                value=parse_number(v.group("num"), percent=pct), unit=unit,
                value_max=parse_number(v.group("num2"), percent=pct) if v.group("num2") else None,
                comparator=_CELL_CMP.get(" ".join((v.group("cmp") or "").lower().split()), "="), subject=subject,
                action=None, level=_level_of(subject, "" if pct else unit, None), deadline=year, criteria=[],
                kind="result" if side == "1" or (now is not None and year < now) else "target",
                span=doc.raw_span(start + v.start("num"), start + v.end("num2" if v.group("num2") else "num")),
            ))
        # the line that names it too ("… từ 3 sao …"); not what a labelled goal's line adds after it (", mỗi bản, tiểu khu
        # tổ chức ít nhất 03 buổi/năm")
        rows.append((text.rfind("\n", 0, max(0, above_end)) + 1, m.end("v2") if m.re is _RESULT_GOAL_LINE else m.end()))
    return targets, rows


def _indicator_lines(doc: Document, horizon: Optional[int], now: Optional[int] = None
                     ) -> tuple[list[Target], list[tuple[int, int]]]:
    """Targets of a list of indicators with their units in brackets; the lines they cover (normalised offsets)."""
    text = doc.text
    targets, rows = _yearly_lines(doc, now) if "; 20" in text else ([], [])   # a cheap test first
    if "→" in text or "->" in text or "; CT 20" in text or "; KH 20" in text:   # a cheap test first
        arrowed, arrowed_rows = _arrow_lines(doc, now)
        targets, rows = targets + arrowed, rows + arrowed_rows
    if ("Mục tiêu:" in text or "Chỉ tiêu:" in text) and ("Cơ sở" in text or "ban đầu" in text or "Hiện" in text):
        based, based_rows = _baseline_goal_lines(doc, horizon, now)   # (a cheap test first)
        targets, rows = targets + based, rows + based_rows
    if "...." in text:   # a cheap test first
        dotted, dotted_rows = _dotted_lines(doc, horizon)
        targets, rows = targets + dotted, rows + dotted_rows
    if "ĐVT" in text or "Đơn vị" in text:   # a cheap test first
        periodic, periodic_rows = _periods_under_label(doc, horizon, now)
        targets, rows = targets + periodic, rows + periodic_rows
    if "):" not in text:   # a cheap test first
        return targets, rows
    sections = _section_kinds(text)
    for m in _INDICATOR_LINE.finditer(text):
        unit = " ".join(m.group("unit").split())
        comparator = _CELL_CMP.get(" ".join((m.group("cmp") or "").lower().split()), "=")
        heading = _heading_over(sections, m.start())
        kind = "result" if heading and heading[1] == "result" else "target"
        # "Chỉ tiêu năm 2025" over "Tổn thất điện năng (%): 4,2": the heading's year dates the lines under it;
        # "Kết quả 10 tháng năm 2024" over them reports
        above = _block_heading(text, m.start())
        if above is not None and any(w in above.lower() for w in _RESULT_HEADINGS):
            kind = "result"
        year = (_BARE_YEAR.search(above) if above is not None else None) or (
            _BARE_YEAR.search(text, heading[0], _line_end(text, heading[0])) if heading else None)
        if (target := _line_target(doc, m, unit, comparator, kind, int(year.group()) if year else horizon)) is not None:
            rows.append((m.start(), m.end()))
            targets.append(target)
    return targets, rows


# An annex's indicator with its unit in its label, and its figures by period on the line under it:
#   1.1.1. Trong đó: đào tạo trình độ sơ cấp (ĐVT: người)
#   Năm 2026: 4.500; năm 2027: 4.800; năm 2028: 4.900.
#   (or "Cả giai đoạn: không dưới 60.", "Mỗi năm không thấp hơn 40.", "Đến năm 2030: 40.", "Giai đoạn 2026 - 2030: 1.200.")
_UNIT_LABEL_LINE = regex.compile(r"^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?P<label>[^\n()]{5,200}?)[ \t]*"
                              r"\((?:ĐVT|Đơn\s+vị(?:\s+tính)?)[ \t]*:[ \t]*(?P<unit>[^)\n]{1,20}?)[ \t]*\)[ \t]*:?[ \t]*$",
                              regex.MULTILINE | regex.IGNORECASE)
_PERIOD_CELL = regex.compile(r"[ \t]*(?:(?:đến\s+)?năm\s+(?P<year>20\d\d)|giai\s+đoạn\s+20\d\d\s*[-–]\s*(?P<last>20\d\d)"
                          r"|(?P<whole>cả\s+giai\s+đoạn|mỗi\s+năm|hằng\s+năm|hàng\s+năm))[ \t]*:?[ \t]*(?P<value>[^;\n]+?)[ \t]*\.?[ \t]*(?:;|$)",
                          regex.IGNORECASE)


def _periods_under_label(doc: Document, horizon: Optional[int], now: Optional[int]
                         ) -> tuple[list[Target], list[tuple[int, int]]]:
    """Targets of indicators whose unit is in their label ("(ĐVT: người)") and whose figures by period follow on the
    next line; the lines they cover."""
    text = doc.text
    targets, rows = [], []
    for m in _UNIT_LABEL_LINE.finditer(text):
        line_start = m.end() + 1
        line_end = _line_end(text, line_start)
        cells = list(_PERIOD_CELL.finditer(text, line_start, line_end))
        if not cells or cells[0].start() != line_start or cells[-1].end() < line_end - 1:
            continue   # the next line is no line of periods
        unit = " ".join(m.group("unit").split())
        unit = unit.lower() if unit != "%" else unit
        subject = _clean(_IN_WHICH_LABEL.sub("", m.group("label")))
        for cell in cells:
            v = _CELL_VALUE.match(cell.group("value"))
            if v is None or v.group("cunit"):
                continue
            year = int(cell.group("year") or cell.group("last") or 0) or horizon
            pct = unit == "%"
            start = cell.start("value")
            targets.append(Target(
                value=parse_number(v.group("num"), percent=pct), unit=unit,
                value_max=parse_number(v.group("num2"), percent=pct) if v.group("num2") else None,
                comparator=_CELL_CMP.get(" ".join((v.group("cmp") or "").lower().split()), "="), subject=subject,
                action=None, level=_level_of(subject, "" if pct else unit, None), deadline=year, criteria=[],
                kind="result" if now is not None and year is not None and year < now else "target",
                span=doc.raw_span(start + v.start("num"), start + v.end("num2" if v.group("num2") else "num"))))
        rows.append((m.start(), line_end))
    return targets, rows


def _line_target(doc: Document, m: regex.Match, unit: str, comparator: str, kind: str, deadline: Optional[int],
                 start: Optional[int] = None) -> Optional[Target]:
    """The target of one indicator line ``m`` (groups ``label``, ``num``, ``num2``), or None when its figure is no number."""
    pct = unit == "%"
    try:
        value = parse_number(m.group("num"), percent=pct)
        top = parse_number(m.group("num2"), percent=pct) if m.group("num2") else None
    except ValueError:
        return None
    subject = _clean(m.group("label"))
    return Target(value=value, value_max=top, unit=unit, comparator=comparator, subject=subject, action=None,
                  level=_level_of(subject, "" if pct else unit, None), deadline=deadline, criteria=[], kind=kind,
                  span=doc.raw_span(m.start("num") if start is None else start,
                                    m.end("num2") if m.group("num2") else m.end("num")))


# A table typed as lines with dot leaders under a heading that gives the unit:
#   Bảng: Chỉ tiêu năm 2024 (Đơn vị: %)
#   Bếp ăn tập thể trường học, doanh nghiệp được kiểm tra ít nhất 1 lần/năm ........ 100
#   Mẫu xét nghiệm nhanh tại chợ, cơ sở kinh doanh đạt yêu cầu ........ ≥ 96
_DOTTED_LINE = regex.compile(
    rf"""^[ \t]*(?:(?:\d+[.)]|[-+•*])[ \t]+)?(?P<label>[^\n]{{5,200}}?)[ \t]*[.…]{{4,}}[ \t]*
        (?P<cmp>≥|>=|>|≤|<=|<)?[ \t]*(?P<num>{_NUMBER})(?:[ \t]*[-–][ \t]*(?P<num2>{_NUMBER}))?[ \t]*$""",
    regex.VERBOSE | regex.MULTILINE,
)
_UNIT_HEADING = regex.compile(r"\((?:Đơn\s+vị(?:\s+tính)?|ĐVT)\s*:\s*(?P<unit>[^)\n]{1,20})\)", regex.IGNORECASE)
# … or lines of places, each figure with its unit, under a caption that says what is shared out by place:
#   PHỤ LỤC: KHỐI LƯỢNG CỨNG HÓA ĐƯỜNG GTNT NĂM 2024 PHÂN BỔ THEO XÃ
#   Xã Dương Quỳ ........................................ 6,8 km
_DOTTED_PLACE_LINE = regex.compile(
    rf"""^[ \t]*(?P<label>(?i:xã|phường|thị\s+trấn|thôn|bản|tổ\s+dân\s+phố|các\s+xã|các\s+thôn|(?P<total>tổng\s+cộng|tổng\s+số|cộng))
                           \b[^\n.…]{{0,60}}?)[ \t]*[.…]{{4,}}[ \t]*
        (?P<cmp>)(?P<num>{_NUMBER})(?P<num2>)[ \t]*(?P<unit>\p{{Ll}}[\p{{Ll}}²³/]*(?:[ ]\p{{Ll}}+)?)[ \t]*$""",
    regex.VERBOSE | regex.MULTILINE,
)
_SHARED_BY_PLACE = regex.compile(r"(?:^[^:\n]{0,20}:\s*)?(?P<what>\p{L}[^:()\n]{3,80}?)(?:\s+(?i:năm)\s+20\d\d)?"
                              r"\s+(?i:phân\s+bổ\s+theo|phân\s+theo|chia\s+theo)\s+(?P<kind>(?i:xã|thôn|tổ\s+dân\s+phố))\s*[:.]?\s*$")
_VOWEL = regex.compile(r"[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", regex.IGNORECASE)


def _caption_words(caps: str) -> str:
    """A caption in capitals written as a subject: "KHỐI LƯỢNG CỨNG HÓA ĐƯỜNG GTNT" → "khối lượng cứng hóa đường GTNT" (a word
    without a vowel is an abbreviation and keeps its capitals)."""
    return " ".join(w.lower() if _VOWEL.search(w) else w for w in caps.split()) if caps.isupper() else caps


def _dotted_lines(doc: Document, horizon: Optional[int]) -> tuple[list[Target], list[tuple[int, int]]]:
    """Targets of dot-leader lines under a heading that names their unit; the lines they cover (normalised offsets).
    The heading's year dates them; a heading that reports makes them results."""
    text = doc.text
    targets, rows = [], []
    for m in _DOTTED_LINE.finditer(text):
        above = _dotted_heading(text, m.start())
        unit = _UNIT_HEADING.search(above) if above else None
        if unit is None:
            continue
        year = _BARE_YEAR.search(above)
        target = _line_target(doc, m, " ".join(unit.group("unit").split()), _CELL_CMP.get(m.group("cmp") or "", "="),
                              "result" if any(w in above.lower() for w in _RESULT_HEADINGS) else "target",
                              int(year.group()) if year else horizon, m.start("cmp") if m.group("cmp") else None)
        if target is not None:
            rows.append((m.start(), m.end()))
            targets.append(target)
    if "…" in text or "...." in text:   # (a cheap test first)
        for m in _DOTTED_PLACE_LINE.finditer(text):
            above = _dotted_heading_of_places(text, m.start())
            shared = _SHARED_BY_PLACE.match(above) if above else None
            if shared is None:
                continue
            if m.group("total"):
                rows.append((m.start(), m.end()))   # "Tổng cộng …… 45,5 km": the sum of the shares, the goal stated above
                continue
            year = _BARE_YEAR.search(above)
            what = (_caption_words(shared.group("what")), shared.group("kind").lower())
            target = _line_target(doc, m, m.group("unit"), "=",
                                  "result" if any(w in above.lower() for w in _RESULT_HEADINGS) else "target",
                                  int(year.group()) if year else horizon)
            if target is not None:
                target.subject = _place_column(what, target.subject[:1].lower() + target.subject[1:])   # "Xã Dương Quỳ"
                target.level = _level_of(target.subject, target.unit, None)   # each commune's share: "… xã Dương Quỳ"
                rows.append((m.start(), m.end()))
                targets.append(target)
    return targets, rows


def _dotted_heading_of_places(text: str, pos: int) -> Optional[str]:
    """The caption over a block of dot-leader lines of places that ``pos`` is in (a "(Kèm theo …)" line between)."""
    end = pos - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and not _DOTTED_PLACE_LINE.fullmatch(text[start:end]) and not line.startswith("("):
            return line if len(line) <= 160 else None
        end = start - 1
    return None


def _dotted_heading(text: str, pos: int) -> Optional[str]:
    """The line over a block of dot-leader lines that ``pos`` is in."""
    end = pos - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and not _DOTTED_LINE.fullmatch(text[start:end]):
            return line if len(line) <= 120 else None
        end = start - 1
    return None


def _block_heading(text: str, pos: int) -> Optional[str]:
    """The short line over a block of indicator lines that ``pos`` is in ("Chỉ tiêu năm 2025", "Kết quả 10 tháng năm
    2024"), or None."""
    end = pos - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and not _INDICATOR_LINE.fullmatch(text[start:end]):
            return line if len(line) <= 60 and ":" not in line else None
        end = start - 1
    return None


# A unit in brackets ending a label: "Tỷ lệ hộ … (%)", "Số hộ … (hộ)"
_BRACKET_UNIT = r"\(\s*(%|[\p{{L}}\d/ ]{{1,{longest}}}?)\s*\)\s*$"
_LABEL_UNIT = regex.compile(_BRACKET_UNIT.format(longest=15))


def _names_a_unit(text: str) -> bool:
    """"%", "ha", "tỷ đồng", "triệu đồng/người/năm", "người": a unit; not "tiểu học" in "Số bài học STEM … (tiểu học)"."""
    v = vocabulary()
    head = " ".join(text.split("/")[0].lower().split())
    return head in ("%", "") or any(head in v[k] or head.split()[0] in v[k] for k in ("count_units", "measure_units", "money_units"))
_HEAD_UNIT = regex.compile(_BRACKET_UNIT.format(longest=30))   # a column head's may be longer: "(triệu đồng/người/năm)"
_RULE_CELL = regex.compile(r":?-{2,}:?|")   # "|---|:--:|" under a table's header
_YEAR_DIGITS = regex.compile(r"20\d{2}")
_YEAR_CELL = regex.compile(r"\s*20\d{2}\s*")


_YEAR_RANGE = regex.compile(r"20\d\d\s*[-–]\s*(?P<last>20\d\d)")


_SCHOOL_YEAR_HEAD = regex.compile(rf"(?:đến\s+)?năm\s+học\s+{_YEAR_RANGE.pattern}", regex.IGNORECASE)
_IN_WHICH_LABEL = regex.compile(r"^\s*(?:-\s*)?trong\s+đó\s*:\s*", regex.IGNORECASE)
_ROW_INDEX_HEAD = regex.compile(r"S?TT|Số\s+TT|Mã(?:\s+số)?|", regex.IGNORECASE)
_PLACE_COLUMN = regex.compile(r"(?:tên\s+)?(?:xã|phường|thị\s+trấn|thôn|bản|ấp|tổ\s+dân\s+phố|khu\s+phố|huyện|đơn\s+vị|địa\s+phương)"
                           r"(?:\s*(?:,|/|và)\s*(?:xã|phường|thị\s+trấn|thôn|bản|tổ\s+dân\s+phố|khu\s+phố|đặc\s+khu))*",
                           regex.IGNORECASE)
_BARE_YEAR_HEAD = regex.compile(r"\s*(?:năm\s+)?20\d\d\s*", regex.IGNORECASE)


_ASSESSED_HEAD = regex.compile(r"(?:tự\s+)?(?:kết\s+quả\s+)?đánh\s+giá(?:\s+mức\s+độ\s+đạt)?|mức\s+độ\s+đạt|đạt\s*/\s*chưa\s+đạt",
                            regex.IGNORECASE)


_SALINITY_BEFORE = regex.compile(r"\b(?:độ|ranh)\s+mặn\b[^\d\n]{0,20}$", regex.IGNORECASE)
_FORECAST_HEAD = regex.compile(r"\b(?:độ\s+mặn|ranh\s+mặn|dự\s+báo|mực\s+nước|lượng\s+mưa)\b", regex.IGNORECASE)


def _classify_header(texts: list[str], now: Optional[int] = None, school_now: Optional[int] = None) -> Optional[dict]:
    subject = next((i for i, t in enumerate(texts) if _SUBJECT_HEAD.search(t) and not _GOAL_HEAD.search(t)), None)
    # (not "Chỉ tiêu (ĐVT)": the subject's head, each row's unit in brackets after its label)
    unit = next((i for i, t in enumerate(texts) if _UNIT_HEAD.search(t) and i != subject), None)
    # "Chỉ tiêu | ĐVT | Ước 2025 | 2027 | 2030": a bare year is a goal column beside a column of results, or when it is
    # not before the year the text was written (not "2022 | 2023 | 2024" of figures reported in 2025)
    beside_results = any(_RESULT_HEAD.search(t) and _YEAR_DIGITS.search(t) for t in texts)
    goals = []
    for i, t in enumerate(texts):
        if i in (subject, unit) or _RESULT_HEAD.search(t):
            continue
        school = _SCHOOL_YEAR_HEAD.fullmatch(t.strip())
        # (a school year that ended before the text was written is reported: "Năm học 2022-2023" in September 2023)
        if school is not None and (now is None or int(school.group("last")) >= (school_now or now)):
            goals.append((i, int(school.group("last"))))   # "Năm học 2026 - 2027": the school year ends in 2027
            continue
        if not _GOAL_HEAD.search(t) and not (_YEAR_CELL.fullmatch(t) and (beside_results or (now and int(t.strip()) >= now))):
            continue
        year = _YEAR_RANGE.search(t) or _YEAR_DIGITS.search(t)   # "Nhiệm kỳ 2024 - 2029 (mục tiêu)": its last year
        goals.append((i, int(year.group("last") if year.re is _YEAR_RANGE else year.group()) if year else None))
    if now and any(y is not None and y >= now for _, y in goals):
        # "| Chỉ tiêu | ĐVT | Năm 2025 | Kế hoạch 2026 |" written in 2026: a bare past year beside a goal still to come
        # holds what was done
        goals = [(i, y) for i, y in goals if not (y is not None and y < now and _BARE_YEAR_HEAD.fullmatch(texts[i]))]
    past_years = bool(now and goals and all(y is not None and y < now and _BARE_YEAR_HEAD.fullmatch(texts[i]) for i, y in goals))
    if past_years:
        goals = []   # "| Chỉ tiêu | ĐVT | Năm 2022 | Năm 2023 |" written in 2024: what those years did (held-out 816)
    if not goals and subject is not None and not past_years:
        # "| STT | Nội dung | Chỉ tiêu |": beside a subject column, a bare "Chỉ tiêu" column holds the goals
        goals = [(i, None) for i, t in enumerate(texts)
                 if i > subject and i != unit and _BARE_GOAL_HEAD.fullmatch(t.strip())]
    # a table that only compares what was done: "Kỳ này | Cùng kỳ | Tăng/giảm"
    compared = sum(bool(_COMPARED_HEAD.search(t)) for t in texts)
    # (whatever names the rows, when every column after the first compares: "| Chương trình | 31/12/2023 | 31/3/2024 | +/- |")
    report = not goals and compared >= 2 and (subject is not None or compared >= len(texts) - 1)
    # (or school years all over when the text was written: "| Nội dung | Năm học 2021-2022 | Năm học 2022-2023 |" in
    # September 2023, held-out 601)
    report = report or (not goals and subject is not None and sum(bool(_SCHOOL_YEAR_HEAD.fullmatch(t.strip())) for t in texts) >= 2)
    # (or what is offered at what price: "| Doanh nghiệp | Vị trí | Số lượng | Mức lương |", "| Hạng vé | Giá vé |"; or
    # a contest's prizes: "| Giải | Dự án / Nhóm | Đơn vị | Điểm | Giá trị giải |")
    report = report or past_years or (not goals and any(_PRICE_HEAD.fullmatch(t.strip()) for t in texts))
    # (or a forecast of what nature will do: "| Sông | Độ mặn 4‰ (cách cửa sông) | Độ mặn 1‰ | Thời điểm |", held-out 828)
    report = report or (not goals and any(_FORECAST_HEAD.search(t) for t in texts))
    if goals and all(y is None for _, y in goals) and any(_ASSESSED_HEAD.fullmatch(t.strip()) for t in texts):
        # "| TT | Tiêu chí | Chỉ tiêu | Hiện trạng | Đánh giá |": a review of criteria; its "Chỉ tiêu" holds each criterion's
        # threshold, no goal of the plan
        goals, report = [], True
    # "| Xã, phường | … | Mục tiêu 2026 |", "| TT | Tổ dân phố | … | Chỉ tiêu năm 2026 (không quá) |": a row per place
    place = next((i for i, t in enumerate(texts) if _PLACE_COLUMN.fullmatch(t.strip())), None)
    if subject is None and place is None and goals and texts and not _ROW_INDEX_HEAD.fullmatch(texts[0].strip()) \
            and texts[0].strip() and 0 not in dict(goals) and unit != 0 and not _RESULT_HEAD.search(texts[0]):
        subject = 0   # "| Loại đất | Hiện trạng năm 2025 (ha) | Kế hoạch năm 2026 (ha) |": the first column names the rows
    if place is not None and subject is not None and (subject > place or _COUNT_HEAD.match(texts[subject])):
        # "TT | Huyện | Xã | Số tiêu chí đã đạt (31/5/2024) | Tiêu chí, chỉ tiêu còn phải hoàn thành | Thu nhập …": the
        # rows are the places; the other columns say what each has and has to do
        subject = None
    return {"subject": subject, "unit": unit, "goals": goals, "width": len(texts), "report": report, "place": place}


# A verb alone before a sum is no subject: "huy động ít nhất 50 tỷ đồng vốn xã hội hóa" is about the capital.
_FUNDING_VERBS = (r"tiết\s+kiệm|huy\s+động|vận\s+động|kêu\s+gọi|thu\s+hút|(?<!thu\s)hút|hiến|bố\s+trí|phân\s+bổ|lồng\s+ghép|đầu\s+tư|hỗ\s+trợ"
                  r"|thu\s+hồi"   # "cả năm 2025 thu hồi không dưới 1.350 tỷ đồng nợ đọng"
                  r"|giải\s+ngân|dành")   # "tỉnh dành không dưới 3.000 tỷ đồng vốn vay ưu đãi"
# "… với tổng kinh phí khoảng 320 tỷ đồng và huy động (tối thiểu 50 tỷ đồng vốn …)"
_BARE_LEAD = regex.compile(r"(?:vượt|đạt|bằng|tăng|giảm)", regex.IGNORECASE)
_JOIN_END = regex.compile(r"(?:,|\bvà|\bhoặc)\s*$", regex.IGNORECASE)
_LAST_PART = regex.compile(r"^.*(?:,|\btrong\s+đó)\s*", regex.IGNORECASE | regex.DOTALL)   # "6 nhóm giải pháp, trong đó tỉnh kêu gọi"
_EVERY_YEAR = regex.compile(r"^(?:(?:mỗi|hằng|hàng)\s+năm|trong\s+năm\s+20\d\d|cả\s+(?:giai\s+đoạn|năm)(?:\s+20\d\d)?)\s*,?\s*",
                         regex.IGNORECASE)   # "cả năm 2025 thu hồi (không dưới 1.350 tỷ đồng nợ đọng)"   # "mỗi năm toàn huyện trồng mới …"
_ENDS_FUNDING = regex.compile(rf"\b(?:(?:phải|sẽ|cần|dự\s+kiến)\s+(?:{_FUNDING_VERBS})|(?:{_FUNDING_VERBS})\s+(?:mới|thêm)"
                              rf"|(?:{_ACTOR_PHRASE}|các\s+(?-i:[\p{{Lu}}]{{2,}}))\s+(?:{_FUNDING_VERBS})"
                              # "các trường huy động (ít nhất 1,5 tỷ đồng vốn xã hội hóa)": who raises it, and the verb
                              rf"|(?:các|những)\s+\p{{Ll}}+(?:\s+\p{{Ll}}+)?\s+(?:{_FUNDING_VERBS})"
                              # "Hội sẽ phối hợp Ngân hàng Chính sách xã hội giải ngân (tối thiểu 50 tỷ đồng vốn vay ưu đãi)"
                              rf"|\bphối\s+hợp(?:\s+với)?\s+(?:\S+\s+){{1,8}}?(?:{_FUNDING_VERBS}))\s*$",
                              regex.IGNORECASE)   # "… phải giải ngân", "… giải ngân mới (8 tỷ đồng vốn vay ưu đãi)", "các KCN thu hút"
_BARE_FUNDING = regex.compile(rf"(?:(?:phải|sẽ|cần)\s+)?(?:{_FUNDING_VERBS})", regex.IGNORECASE)
# A sentence that names its topic first: "Thứ hai, về tiền bồi thường.", "Về thu ngân sách, …"
_TOPIC = regex.compile(r"(?:^|(?<=[.!?:]\s))[\W\d]*(?:(?:Thứ\s+\w+|(?:Một|Hai|Ba|Bốn|Năm)\s+là)\s*,\s*)?[Vv]ề\s+"
                    r"(?P<topic>[^,.;:\n]{3,50}?)\s*[.,:]", regex.MULTILINE)
_ENDS_SHARE_VERB = regex.compile(rf"\b(?:{_FUNDING_VERBS}|hoàn\s+thành|thực\s+hiện)\s*$", regex.IGNORECASE)
_JOINED_BARE_VERB = regex.compile(rf"(?:,|\bvà\b)\s*(?:{_FUNDING_VERBS})\s*$", regex.IGNORECASE)
_JOINED_FUNDING = regex.compile(r"(?:[,;]|\bvà\b|\bđồng\s+thời\b)\s*(?:(?:kinh\s+phí|nguồn\s+vốn)\s+xã\s+hội\s+hóa\s+)?"   # ", kinh phí xã hội hóa huy động"
                             r"(?:huy\s+động|vận\s+động|kêu\s+gọi)\s+[^,;]{0,40}$", regex.IGNORECASE)
# A paragraph that opens by naming its goals: "Mục tiêu đến hết năm 2026, …", "Phấn đấu đến năm 2025, …".
_GOAL_PARAGRAPH = regex.compile(r"[\W\d]*(?:Mục\s+tiêu|Phấn\s+đấu)\s+(?:(?:chung|cụ\s+thể)\s+)?(?:đến|năm|trong|giai\s+đoạn)\b")
# "số điểm ngập úng | từ 42 (xuống còn 10 điểm)", "tổng công suất … | được nâng lên (khoảng 265.000 m3/ngày đêm)"
_TRAILING_CHANGE = regex.compile(r"\s+(?:từ\s+[\d.,]+\s*%?|được\s+(?:nâng|tăng|giảm|mở\s+rộng|đưa|hạ)(?:\s+(?:lên|xuống))?"
                              r"|(?:6|sáu|9|chín)\s+tháng(?:\s+đầu\s+năm)?(?:\s+(?:ước|mới|chỉ))?)\s*$",   # "sản lượng lương thực 6 tháng ước"
                              regex.IGNORECASE)
_ATTRIBUTE = regex.compile(r"(?:với\s+)?(?:công\s+suất|quy\s+mô|tổng\s+mức\s+đầu\s+tư|chiều\s+dài|diện\s+tích)", regex.IGNORECASE)
_DEBATE = regex.compile(r"\bđại\s+biểu\b[^.;]{0,80}?\b(?:đề\s+nghị|đề\s+xuất|kiến\s+nghị|chất\s+vấn)\b|\bgiải\s+trình\b"
                      # "nhu cầu máu … dự báo tăng khoảng 10%": a forecast, no goal (not "thời gian dự báo … được nâng lên")
                      r"|\bdự\s+báo\b(?!\s*,)(?!(?:\s+(?:và|,)?\s*cảnh\s+báo|[^.;]{0,40}\bđược\s+(?:nâng|rút|tăng|giảm|kéo)))",
                      regex.IGNORECASE)
_TASKS_INTRO = regex.compile(r"\b(?:nhiệm\s+vụ|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo)\b[^\n]*:\s*$", regex.IGNORECASE)
_GOAL_LABELS = r"Chỉ\s+tiêu|Mục\s+tiêu"   # a line's label that says a goal follows
_GOAL_LABEL_BEFORE = regex.compile(rf"\b(?:Kế\s+hoạch|{_GOAL_LABELS})(?:\s+năm\s+20\d\d)?\s*:\s*$")
_NUMBERED_GOAL_LINE = regex.compile(rf"[\W]*(?:{_GOAL_LABELS})(?:\s+\d{{1,2}})?\s*:", regex.IGNORECASE)   # "Chỉ tiêu 6:", "Chỉ tiêu: …"
_BARE_PREPOSITION = regex.compile(r"(?:từ|đến|vào|trong|tới|sang)", regex.IGNORECASE)   # "… và từ (năm 2028) đạt 100%"
# (or a change of its own: "giảm ít nhất 5% số vụ tai nạn giao thông, giảm 7% số người chết", held-out 635)
_OWN_VERB = regex.compile(r"\b(?:(?:phấn\s+đấu\s+)?đạt|[,;]\s*(?:giảm|tăng))\s*$", regex.IGNORECASE)
_JOINED_MAKING = regex.compile(rf"(?:,|\bvà\b)\s*(?:{_MAKING_VERBS})(?:\s+(?:thêm|mới))?\s*$", regex.IGNORECASE)
# Who acts, before a verb of making: "Huyện", "Toàn tỉnh", "UBND xã", "mỗi xã", "Mỗi huyện, thị xã".
_WHO = regex.compile(
    rf"^(?:{_ACTOR_PHRASE}"
    r"|mỗi\s+(?:tỉnh|huyện|xã|thôn|ấp|bản)(?:\s*,\s*(?:thị\s+xã|thành\s+phố|thị\s+trấn|phường|tổ\s+dân\s+phố|khu\s+phố))?"
    r"|(?:nhân\s+dân|người\s+dân|bà\s+con|(?:các\s+)?hộ\s+(?:dân|gia\s+đình))(?:\s+(?-i:\p{Lu})[\p{L}\p{M}]*)*)\s+",   # "(vận
                                                                          # động) Nhân dân (hiến …)", "các hộ dân hiến (2.500 m²) đất" (640)
    regex.IGNORECASE,
)
# … and "cứng hóa thêm 28,5 km đường giao thông nông thôn", "hoàn thành thêm 02 tiêu chí huyện NTM": a verb of
# making measures what follows it.
_BARE_VERB_WORDS = (
    rf"(?:{_FUNDING_VERBS}"
    r"|(?:cứng|bê\s+tông|nhựa|kiên\s+cố)\s+hóa|xây\s+dựng|nâng\s+cấp|cải\s+tạo|trồng|hoàn\s+thành|chuyển\s+đổi"
    r"|bổ\s+sung|nạo\s+vét|lắp\s+đặt|tái\s+canh|ghép\s+cải\s+tạo|trồng\s+lại|khoanh\s+nuôi|thay\s+thế|chuyển\s+hóa|chứng\s+nhận"
    r"|xây(?!\s+dựng)|làm|sửa\s+chữa|(?:bê\s+tông|nhựa)\s+hóa|lát"   # "xây mới 12 km đường", "làm mới 3 km", "cải tạo, lát mới (26
                                                                   # km) vỉa hè" (held-out 650)
    r"|giữ(?:\s+ổn\s+định|\s+vững)|giao\s+khoán(?:\s+bổ\s+sung)?(?:\s+bảo\s+vệ)?|phục\s+hồi"   # "huyện giữ ổn định 180 ha đất …", "xã giao khoán 1.200 ha rừng"
    r"|thu\s+gom|xử\s+lý"   # "Toàn phường thu gom (tối thiểu 15 tấn phế thải, vỏ xe, chai lọ)"
    r"|dịch\s+chuyển|tiết\s+kiệm|cắt\s+giảm"   # "…, dịch chuyển tối thiểu (60 MW) công suất phụ tải đỉnh …"
    r"|trả\s+lại|hoàn\s+trả|thu\s+hồi|giải\s+tỏa"   # "Trả lại ≥ (12.000 m²) vỉa hè cho người đi bộ" (held-out 557)
    # "quản lý, bảo vệ an toàn (565.000 ha) rừng hiện có" (held-out 604), "Duy tu, bảo dưỡng thường xuyên (150 km) đường
    # huyện", "Nạo vét, khơi thông (12,5 km) kênh, rạch", "phường chỉnh trang (9,5 km) vỉa hè", "các hộ hiến (25.000 m²) đất"
    r"|quản\s+lý|bảo\s+vệ(?:\s+an\s+toàn)?|duy\s+tu|bảo\s+dưỡng|tu\s+sửa|phát\s+dọn|khơi\s+thông|chỉnh\s+trang|hiến"
    r"|thu\s+đổi|gieo\s+(?:sạ|trồng|cấy)|đưa|tiêu\s+hủy)"   # "Thu gom, tiêu hủy không dưới (6 tấn) ốc bươu vàng" (held-out 757)
    # ("chuyển đổi tổng cộng (2.400 ha) …", held-out 569; "Sửa chữa định kỳ ít nhất 186 km | mặt đường tỉnh …", held-out 531;
    # "Xử lý dứt điểm ít nhất (250 ha) lúa …", 757)
    r"(?:\s+(?:thêm|mới|định\s+kỳ|thường\s+xuyên|tổng\s+cộng|dứt\s+điểm|triệt\s+để)){0,2}")
_BARE_VERB = regex.compile(
    r"(?:(?:cũng|sẽ|tiếp\s+tục|còn|đã|khuyến\s+khích|dự\s+kiến)\s+)*"   # "Huyện cũng kêu gọi khoảng 40 tỷ đồng vốn …", "Tỉnh khuyến khích huy động …" (596)
    r"(?:phối\s+hợp\s+(?:với\s+)?[^,;:\d]{2,30}?\s+)?"   # "Phối hợp ngành điện cải tạo tối thiểu (6,5 km) đường dây …" (held-out 741)
    rf"(?:(?:{_FUNDING_VERBS})\s+)?"   # "kêu gọi huy động khoảng 3.500 tỷ đồng"
    # "lắp đặt mới tối thiểu 160 MW điện mặt trời mái nhà", "tái canh, ghép cải tạo 2.100 ha cà phê già cỗi"
    rf"{_BARE_VERB_WORDS}(?:\s*(?:,|và)\s*{_BARE_VERB_WORDS})*",
    regex.IGNORECASE,
)


def _strip_comparator(before: str, cmp_before) -> str:
    """The text before a value without its comparator or approximator ("ít nhất", "khoảng")."""
    m = cmp_before.search(before)
    before = before[: m.start()] if m else before
    m = _APPROXIMATELY.search(before)
    return before[: m.start()] if m else before


# (also inside a box drawn with bars: "| - 10 HTX áp dụng nhật ký sản xuất điện tử   |")
_LIST_LINE = regex.compile(r"[ \t]*(?:\|[ \t]*(?=[-+•*][ \t]))?(?:[-+•*]|\p{So}[\uFE0F\u200D]*|(?-i:\p{Lu}{1,4})-?\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[ivx]{1,4}\)|\d+[.)]|\(\d{1,2}\)"
                        r"|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)[ ]+là[ ]*[,:]|Thứ[ ]+(?:nhất|hai|ba|tư|năm|sáu|bảy)[ ]*[,:])\s")
# (also "ii)", "iii)" of a legal text; an emoji bullet "✅ "; a speech's "Một là: …", "Thứ hai, …")
# A line that is one labelled figure, under a line ending in ":" and without a list mark: "Mường Lát: 520 hộ" under "Số hộ
# thoát nghèo giao cho các huyện nghèo năm 2024 như sau:"
_LABELLED_LINE = regex.compile(r"[ \t]*(?:[\p{So}\p{Sk}\uFE0F\u200D]+[ \t]*|\d{1,2}[.)][ \t]+|[-+•*][ \t]+"
                               r"|(?-i:\p{Lu}{1,4})[-.]?\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]+)?(?P<label>(?-i:\p{Lu})[\p{L}\p{M}]*(?:,?[ \t]+[\p{L}\p{M}\d/-]+){0,9})[ \t]*:[ \t]*"
                               r"(?:(?:tăng|giảm|nâng)[ \t]+từ[ \t]+[\d.,]+[ \t]+(?:lên|xuống)[ \t]+)?"   # ("tăng từ 6 lên 12 ki-ốt")
                               r"(?:(?:khoảng|trên|dưới|ít\s+nhất|tối\s+thiểu|tối\s+đa|không\s+dưới)[ \t]+)?\(?\d[^\n:]{0,40}"
                               r"(?:\([^()\n]{0,40}\)[ \t.;,]*)?$",   # ("Huyện Lâm Thao: 2.000 lao động (XKLĐ: 230 người)", 845)
                               regex.IGNORECASE | regex.MULTILINE)


def _list_intro(text: str, pos: int) -> str:
    """The line ending in ":" that heads the list of "- …" items holding ``pos``, or ""."""
    line_start = text.rfind("\n", 0, pos) + 1
    own = _LIST_LINE.match(text, line_start)
    if not own:
        return _labelled_lines_intro(text, line_start)
    marker = own.group().strip()[:1]
    for _ in range(30):  # up over the list's other items
        if line_start == 0:
            return ""
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[prev_start:line_start - 1]
        if not line.strip():  # items set apart by blank lines
            line_start = prev_start
            continue
        if (line.rstrip(" \t|").endswith(":") or _CAPS_HEADING.fullmatch(line)
                # "2. Số NCT được khám sức khỏe, sàng lọc giao cho từng đơn vị" over "1. Thành phố Phủ Lý: 14.800 người;":
                # a numbered heading over items numbered anew from 1
                or (marker.isdigit() and _numbered_heading_over_first(text, line, line_start))) and not (
                (m := _LIST_LINE.match(line)) and m.group().strip()[:1] == marker and marker in "-+•*"):
            # also a marked one: "a) Năm 2024:" over "- Có thêm ít nhất 18 trường …"; not a sibling "• Cán bộ …:" that
            # heads "+" items of its own
            return line
        if not _LIST_LINE.match(line):
            return ""
        line_start = prev_start
    return ""


# What follows the counted noun in a list's intro: "(Số hộ thoát nghèo) giao cho các huyện nghèo năm 2024 như sau:"
_INTRO_TAIL = regex.compile(r"\s+(?:(?:được\s+)?giao\b|(?:của|cho|tại|ở|theo)\s+(?:các|từng|mỗi)\b|(?:trong\s+|đến\s+)?năm\s+20\d\d"
                            r"|giai\s+đoạn|như\s+sau|cụ\s+thể|gồm)[\s\S]*$|\s*:\s*$", regex.IGNORECASE)
# A quota handed out: "(Số hộ thoát nghèo) giao cho các huyện …", "giao từng xã"; not "đã bàn giao cho các hộ"
# A list's intro that labels its items goals: "Chỉ tiêu năm 2026:", "Chỉ tiêu mở lối thoát nạn thứ hai phân theo tổ dân phố:"
_GOAL_LIST_INTRO = regex.compile(rf"[\W]*(?:Kế\s+hoạch|{_GOAL_LABELS})\b[^\n:]{{0,80}}:\s*$", regex.IGNORECASE)
_QUOTA_GIVEN = regex.compile(r"(?<!\bbàn\s+)\bgiao\s+(?:cho\s+)?(?:các|từng|mỗi)\b", regex.IGNORECASE)
_INTRO_COUNTED = regex.compile(r"\b(?:tổng\s+)?số\s+(?=\p{L})(?!(?:hóa|liệu)\b)", regex.IGNORECASE)   # (not "Kế hoạch số 09/KH-UBND")
_GOAL_LABEL_IN = regex.compile(rf"\b(?:Kế\s+hoạch|{_GOAL_LABELS})(?:\s+năm\s+20\d\d)?\s*:", regex.IGNORECASE)
_PAST_YEAR_INTRO = regex.compile(r"[\W\d]*(?:(?:trong|hết|cuối|đến\s+hết)\s+)?năm\s+(?P<y>20\d\d)\b[^:\n]{0,40}:\s*$", regex.IGNORECASE)
_RESULT_INTRO = regex.compile(r"[\W\d]*(?:kết\s+quả|đã\s+đạt\s+được|thực\s+trạng|hiện\s+trạng|nhìn\s+lại)\b", regex.IGNORECASE)
_PLACE_LEVEL_LEAD = regex.compile(rf"(?:{_UNIT_NAMES})(?=\s+\p{{Lu}})", regex.IGNORECASE)   # "Huyện Kim Bảng", "Xã Tân Lập"
# The verb that opens a line's label: "Thay (nắp hố ga hư hỏng): tối thiểu 120 cái"
_LABEL_VERB = regex.compile(r"^(?:thay(?:\s+mới|\s+thế)?|lắp(?:\s+đặt)?|xây(?:\s+dựng|\s+mới)?|nạo\s+vét|sửa\s+chữa|trồng(?:\s+mới)?"
                         r"|mua(?:\s+sắm)?|bổ\s+sung|thành\s+lập|hỗ\s+trợ|đào\s+tạo|tập\s+huấn|cấp)\s+(?=\S)", regex.IGNORECASE)
_TIME_LABEL = regex.compile(r"(?:năm|quý|tháng|giai\s+đoạn|đợt|học\s+kỳ|đến)\b", regex.IGNORECASE)   # "Năm 2026: 200 hộ"


def _intro_named(intro: str) -> str:
    """What a list's intro names, its mark and its tail ("giao cho các huyện …", "như sau:") cut off, lower case if in capitals."""
    named = _INTRO_TAIL.sub("", _clean(_LIST_MARK.sub("", intro.strip())))
    return named.lower() if named.isupper() else named   # a heading in capitals: "LỘ TRÌNH SỐ HỘ CÓ GIAN HÀNG"


def _intro_count(intro: str, unit: str) -> Optional[str]:
    """"Số hộ thoát nghèo giao cho các huyện nghèo năm 2024 như sau:" → "hộ thoát nghèo", when it counts in ``unit``."""
    named = _intro_named(intro)
    if (head := _INTRO_COUNTED.search(named)) is None:
        return None
    named = named[head.end():].strip()
    # (people are counted under their group's name: "Số NCT được khám sức khỏe" over "… : 14.800 người")
    return named if named.lower().startswith(unit.split("/")[0].lower() + " ") or unit == "người" else None


# A heading in capitals over a list: "LỘ TRÌNH SỐ HỘ CÓ GIAN HÀNG" over "• Năm 2026: 200 hộ"
_CAPS_HEADING = regex.compile(r"[ \t]*(?:[\p{Lu}\d.]+[ \t]+){2,12}[\p{Lu}\d]+[ \t]*")   # (also "PHẦN C. CHỈ TIÊU ĐẾN NĂM 2027")


_SLASHED_MEASURES = regex.compile(r"\((?P<list>[^()/\n]{3,80}(?:/[^()/\n]{3,80})+)\)")


def _labelled_line(text: str, pos: int):
    """The match of ``_LABELLED_LINE`` on the whole line that holds ``pos`` ("• Bao cát dự phòng: 2.000 bao"), or None."""
    return _LABELLED_LINE.fullmatch(text, text.rfind("\n", 0, pos) + 1, _line_end(text, pos))


# … or a place: "- Huyện Lâm Thao: 2.000 lao động (XKLĐ: 230 người)" (held-out 845): a unit's name, or "TP.", "Bản", "Ấp",
# "Khu phố", before a capital
_PLACE_LABEL = regex.compile(rf"(?:{_UNIT_NAMES}|TP\.?|bản|ấp|khu\s+phố)\s+\p{{Lu}}", regex.IGNORECASE)


def _line_part_label(text: str, pos: int) -> Optional[str]:
    """The period or the place that labels the line holding ``pos`` ("Quý IV/2026" of "👉 Quý IV/2026: 100 người; …",
    "Huyện Lâm Thao" of "- Huyện Lâm Thao: 2.000 lao động"), or None."""
    line = _labelled_line(text, pos)
    return (line.group("label") if line is not None and (_TIME_LABEL.match(line.group("label"))
                                                         or _PLACE_LABEL.match(line.group("label"))) else None)


def _intro_measures(intro: str) -> Optional[list[str]]:
    """"TIẾN ĐỘ TỪNG QUÝ (phát triển mới BHXH tự nguyện / tỷ lệ bao phủ BHYT):" → the measures the brackets name."""
    m = _SLASHED_MEASURES.search(intro)
    if m is None:
        return None
    parts = [" ".join(p.split()) for p in m.group("list").split("/")]
    return parts if all(len(p.split()) >= 2 for p in parts) else None


def _intro_measure(intro: str) -> Optional[str]:
    """"DIỆN TÍCH XỬ LÝ RƠM TẠI RUỘNG (Trichoderma…):" → "diện tích xử lý rơm tại ruộng", when it opens with a measure."""
    named = _intro_named(_EMOJI_LEAD.sub("", _PAREN.sub(" ", intro).strip()))
    return named if _RATE_HEAD.match(named) and not _COUNT_HEAD_WORD.match(named) and len(named.split()) >= 3 else None


_EMOJI_LEAD = regex.compile(r"^[\p{So}\p{Sk}\uFE0F\u200D\s]+")
_COUNT_HEAD_WORD = regex.compile(r"(?:tổng\s+)?số\b", regex.IGNORECASE)   # counts are named by their noun, not as a measure


# A correction notice: 'Nay sửa lại là: "đạt 85%"' under '1. Tại điểm b khoản 2 mục II (tỷ lệ diện tích … năm 2025):'
_CORRECTED_LINE = regex.compile(r"[ \t]*(?:Nay\s+)?sửa\s+(?:lại\s+)?(?:là|thành)\s*:", regex.IGNORECASE)
_CORRECTED_POINT = regex.compile(r"\((?P<what>[^()\n]{5,150})\)\s*:\s*$")


def _corrected_item(text: str, pos: int) -> Optional[str]:
    """What the point a correction's new figure stands under names ("tỷ lệ diện tích gieo cấy …"), or None."""
    line_start = text.rfind("\n", 0, pos) + 1
    if _CORRECTED_LINE.match(text, line_start, pos) is None:
        return None
    for _ in range(3):   # up over the "Đã viết: …" line
        if line_start == 0:
            return None
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        if (point := _CORRECTED_POINT.search(text, prev_start, line_start - 1)) is not None:
            return _TRAILING_YEAR.sub("", _clean(point.group("what"))) or None
        line_start = prev_start
    return None


def _numbered_heading_over_first(text: str, line: str, line_start: int) -> bool:
    """Whether ``line`` is a numbered heading ("2. Số NCT … giao cho từng đơn vị") over the item "1. …" at ``line_start``."""
    return (text[line_start:line_start + 3].lstrip().startswith("1")
            and (m := _LIST_LINE.match(line)) is not None and m.group().strip()[:1].isdigit())


def _labelled_lines_intro(text: str, line_start: int) -> str:
    """The line ending in ":" over unmarked lines of one labelled figure each ("Quan Sơn: 430 hộ"), or ""."""
    line_end = _line_end(text, line_start)
    if ":" not in text[line_start:line_end] or not _LABELLED_LINE.match(text, line_start, line_end):   # (a cheap test first)
        return ""
    for _ in range(30):   # up over the other labelled lines
        if line_start == 0:
            return ""
        prev_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[prev_start:line_start - 1]
        if line.rstrip().endswith(":") and len(line) > 20:
            return line
        if not _LABELLED_LINE.fullmatch(line):
            # "2. Số NCT … giao cho từng đơn vị" over "1. Thành phố Phủ Lý: 14.800 người; … Tổng cộng: 84.000 người.": a
            # numbered heading over items numbered anew
            return line if _numbered_heading_over_first(text, line, line_start) else ""
        line_start = prev_start
    return ""


def _outer_heading_year(text: str, pos: int, intro: str) -> Optional[int]:
    """"Đến năm 2025:" over "• Cán bộ … được bồi dưỡng …:" over "+ cấp tỉnh: 100%": the year of the list above."""
    if not intro:
        return None
    at = text.rfind(intro, 0, pos)
    return _heading_year(_list_intro(text, at)) if at > 0 else None


def _years_not_aside(text: str, start: int, end: int) -> set[int]:
    """The years ``text[start:end]`` writes, but for an estimate's aside set against a goal: "(ước năm 2025 đạt 8,22%)",
    "…, trong khi năm 2025 ước đạt 70,4 triệu đồng"."""
    out = set()
    for m in _YEAR.finditer(text, start, end):
        if (_estimate_aside(text, start, m.start()) is not None
                or _WHILE_BEFORE.search(text, max(start, m.start() - 20), m.start())):
            continue
        out.add(int(m.group("year")))
    return out


def _in_estimate_aside(text: str, start: int, pos: int, now: int) -> bool:
    """Whether ``pos`` stands in an estimate of this or an earlier year set against a goal: in "(ước năm 2025 đạt …",
    "(năm 2025 giảm …", or after "trong khi năm 2025 …" in its clause."""
    if (aside := _estimate_aside(text, start, pos)) is not None:
        return aside <= now
    m = last_match(_WHILE_YEAR, text, max(start, pos - 80), pos)
    return m is not None and int(m.group("year")) <= now and not regex.search(r"[;(]", text[m.end():pos])


def _without_asides(text: str) -> str:
    """``text`` without what it says in brackets ("(hiện có 9 sản phẩm)") or sets against a goal after "trong khi năm …"
    ("…, trong khi năm 2025 ước đạt 70,4 triệu đồng", held-out 800): a result word there reports no figure of the goal's."""
    text = _PAREN.sub(" ", text) if "(" in text else text
    return _WHILE_TAIL.sub(" ", text) if "trong khi" in text else text


_WHILE = r"\btrong\s+khi\s+(?:(?:cả|hết|cuối)\s+)?"   # "trong khi (cả) năm 2025 …": set against the goal
_WHILE_TAIL = regex.compile(rf",\s*{_WHILE}năm\s+20\d\d\b[^;]*", regex.IGNORECASE)
_WHILE_YEAR = regex.compile(rf"{_WHILE}năm\s+(?P<year>20\d\d)\b", regex.IGNORECASE)
_ESTIMATE_ASIDE = regex.compile(r"\(\s*(?:ước\s+(?:tính\s+)?)?(?:(?:cả|hết)\s+)?năm\s+(?P<year>20\d\d)(?P<rest>[^()]*)\)?",
                             regex.IGNORECASE)


def _estimate_aside(text: str, start: int, pos: int) -> Optional[int]:
    """The year of the bracket ``pos`` stands in, when it opens with a year and tells how that year went ("(ước năm 2025
    đạt 8,22%)", "(năm 2025 giảm 3,1%)"), not a year's part of the goal ("(năm 2026 ít nhất 4.000 hiện vật)"); else None."""
    opened = text.rfind("(", start, pos)
    if opened < 0 or text.find(")", opened, pos) >= 0 or (m := _ESTIMATE_ASIDE.match(text, opened)) is None:
        return None
    rest = m.group("rest")
    if "ước" in m.group().lower():
        return int(m.group("year"))
    # (nor a bare date of the figure before, "đạt 88% (năm 2025)", nor a year's part "(năm 2026: 5 đường ngang; …)")
    if not regex.search(r"\d", rest) or rest.lstrip().startswith(":") or _PART_BOUND.search(rest):
        return None
    return int(m.group("year"))


_PART_BOUND = regex.compile(r"\b(?:ít\s+nhất|tối\s+thiểu|tối\s+đa|không\s+(?:dưới|quá|thấp\s+hơn)|phấn\s+đấu|trở\s+lên)\b",
                            regex.IGNORECASE)
_WHILE_BEFORE = regex.compile(rf"{_WHILE}(?:năm\s+)?$", regex.IGNORECASE)


def _clause_start(clause_ends: list[int], pos: int) -> int:
    """Start of the clause holding ``pos``: after the last ";", sentence end or line break before it."""
    k = bisect_right(clause_ends, pos) - 1
    return clause_ends[k] if k >= 0 else 0


def _heading_year(line: str) -> Optional[int]:
    """"a) Năm 2024:", "Đến năm 2025:", "a) Giai đoạn 2025 - 2027:" (its last year) heading a list of "- " or "i)" items."""
    m = (_INTRO_YEAR.search(line.rstrip().rstrip(":")) or _PERIOD_HEADING.fullmatch(line.strip())
         or _BY_YEAR_INTRO.search(line)) if line else None
    return int(m.group("year")) if m else None


# "Theo Kế hoạch số 96/KH-UBND, đến năm 2025 tỉnh phấn đấu:": a lead-in that says by when, then who strives
_BY_YEAR_INTRO = regex.compile(r"\b(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+(?P<year>20\d\d)\s*,?\s+[^:\n\d]{0,40}?"
                            r"\b(?:phấn\s+đấu|cần\s+đạt|phải\s+đạt|đặt\s+mục\s+tiêu)(?:\s+(?:đạt|các\s+chỉ\s+tiêu|như\s+sau))?\s*:\s*$",
                            regex.IGNORECASE)


_PERIOD_HEADING = regex.compile(r"(?:[a-zđ]\)|\d{1,2}[.)]|[-+•])?\s*giai\s+đoạn\s+20\d\d\s*[-–]\s*(?P<year>20\d\d)\s*:",
                             regex.IGNORECASE)


_LAST_YEAR = regex.compile(r"(?P<year>20\d\d)\s*[:.]?\s*$", regex.REVERSE)


def _section_year(text: str, sections: list[tuple[int, str]], pos: int) -> Optional[int]:
    """The year of the heading over ``pos`` ("Mục tiêu năm 2026" over its "* " items), if it names one."""
    heading = _heading_over(sections, pos)
    if heading is None:
        return None
    m = _INTRO_YEAR.search(text, heading[0], _line_end(text, heading[0])) or _LAST_YEAR.search(
        text, heading[0], _line_end(text, heading[0]))   # "1. Quý IV năm 2025", "Giai đoạn 2026 - 2030"
    return int(m.group("year")) if m else None


# A schedule's line label: "Tháng 10 - 11/2024: …", "Quý I/2025: …", "Tháng 12 năm 2025: …"
_SCHEDULE_LABEL = regex.compile(r"[ \t]*(?:[-+•*][ \t]*)?(?:tháng|quý)[ \t]+[\dIVX]{1,4}(?:[ \t]*[-–][ \t]*[\dIVX]{1,4})?"
                             r"(?:[ \t]*/[ \t]*|[ \t]+năm[ \t]+)(?P<year>20\d\d)[ \t]*:", regex.IGNORECASE)


def _schedule_year(text: str, c_start: int) -> Optional[int]:
    """The year of the schedule line this clause stands on ("Tháng 10 - 11/2024: … ít nhất 01 câu lạc bộ …")."""
    m = _SCHEDULE_LABEL.match(text, text.rfind("\n", 0, c_start) + 1)
    return int(m.group("year")) if m is not None else None


def _intro_year(text: str, c_start: int) -> Optional[int]:
    """"Năm 2024:" or "Đến năm 2025:" heading the list this clause belongs to."""
    line_start = text.rfind("\n", 0, max(0, c_start - 1))
    head = text[max(0, line_start - 200): c_start]
    m = _INTRO_YEAR.search(head)
    if m is None or _SO_VOI_END.search(head, 0, m.start()):
        return None   # "✅ Số vụ khởi tố … tăng ít nhất 10% so với năm 2024" ending the line before: a baseline
    return int(m.group("year"))


_THIS_YEAR = regex.compile(r"\b(?:năm\s+nay|trong\s+năm)\b(?!\s+(?:học|20\d\d))", regex.IGNORECASE)
# What reports a figure already reached, in an item's own words: "ước đạt", "mới bằng", "chỉ đạt", "6 tháng qua"
# "mới kiểm đếm được 1.742 hộ": only so many so far (not "nông thôn mới được công nhận", "đổi mới được …")
# Nouns the law names as a pair after a counted one: "40 tổ chức, cá nhân", "12 cơ quan, đơn vị", "30 doanh nghiệp, hợp tác xã"
_PAIRED_NOUN = regex.compile(r"\s*,\s*(?P<pair>cá\s+nhân|đơn\s+vị|hợp\s+tác\s+xã|hộ\s+gia\s+đình)"
                          r"(?=\s*(?:[,;.:)]|$|\s(?:vào|trong|đến|năm|được|đã|tham\s+gia|trên\s+địa\s+bàn)\b))", regex.IGNORECASE)
_ANDED_AFTER = regex.compile(r"[^,;:()\d]{0,60}\svà\s+")   # "… sản lượng na | và | 12% …"
_WITH_LEAD = regex.compile(r"^\s*với\s+", regex.IGNORECASE)
_HAS_BEFORE = regex.compile(r"(?<!\b(?:phải|sẽ|cần|thêm)\s)\bcó\s+(?:khoảng|hơn|gần|trên|tổng\s+cộng)?\s*$", regex.IGNORECASE)
_BENEFIT_BEFORE = regex.compile(r"\b(?:(?:được\s+)?hỗ\s+trợ|mức\s+(?:hỗ\s+trợ|chi|phụ\s+cấp|học\s+bổng|thưởng)|phụ\s+cấp|trợ\s+cấp|bồi\s+dưỡng)"
                             r"(?:\s+(?:thêm|mỗi\s+tháng))?\s*(?:là\s*)?$", regex.IGNORECASE)
_BENEFIT_LINE = regex.compile(r"[\W\d]*(?:mức\s+|chính\s+sách\s+)?(?:hỗ\s+trợ|phụ\s+cấp|trợ\s+cấp)\b[^:\n]{0,60}:", regex.IGNORECASE)
_RATE_RULE = regex.compile(r"\b(?:chịu|áp\s+dụng|tính\s+theo)\s+(?:tỷ\s+lệ|thuế\s+suất|mức\s+thu)\b|\bthuế\s+suất\b"
                        r"|\bmức\s+đóng\b|\blãi\s+suất\b",   # "mức đóng hằng tháng bằng 22% …", "vay với lãi suất 6,6%/năm"
                        regex.IGNORECASE)
_SUPPORT_RATES_ABOVE = regex.compile(r"^[^\n]{0,8}?(?:mức|định\s+mức)\s+hỗ\s+trợ\b[^:\n]{0,60}:[ \t]*\n", regex.IGNORECASE | regex.MULTILINE)
_SUPPORT_RATES_LINE = regex.compile(r"[\W\d]*(?:mức|định\s+mức|cơ\s+chế|chính\s+sách)\s+hỗ\s+trợ\b[^:\n]{0,60}:", regex.IGNORECASE)
_GROUP_LED = regex.compile(r"\b(?:đưa|nâng|phấn\s+đấu|giữ\s+vững|duy\s+trì)\b[^,;.]{0,80}\b(?:vào|thuộc|trong)\s+(?:nhóm|top|tốp)\s*$",
                        regex.IGNORECASE)
_COMPLETE_BEFORE = regex.compile(r"(?<!đã\s)\bhoàn\s+thành\s*(?:đạt\s*)?$", regex.IGNORECASE)
_SHORT_OF = regex.compile(r"\bthiếu\s+(?:hơn|gần|khoảng|trên)?\s*$", regex.IGNORECASE)
_KEEP_AFTER = regex.compile(r"\btiếp\s+tục\s+(?:giữ\s+vững|duy\s+trì)\b", regex.IGNORECASE)
_MORE_BEFORE = regex.compile(r"(?:^|[,;:]\s*|\bphấn\s+đấu\s+)có\s+thêm\s*$", regex.IGNORECASE)
_PASSIVE_BEFORE = regex.compile(r"\bđược\s*$", regex.IGNORECASE)
# A figure labelled as the plan's inside a review: "… / kế hoạch nhiệm kỳ 1.300 công trình", "(chỉ tiêu trên 75%)"
_PLAN_FIGURE_BEFORE = regex.compile(r"(?:[/(,;:]|\btrên)\s*(?:kế\s+hoạch|chỉ\s+tiêu)(?:\s+(?:nhiệm\s+kỳ|năm(?:\s+20\d\d)?|cả\s+năm|giao|đề\s+ra))?"
                                 # (with its verb: "…, kế hoạch năm 2026 nâng lên trên (260.000 điểm)", held-out 842)
                                 r"\s*:?\s*(?:(?:đạt|(?:nâng|tăng)\s+lên)\s+)?(?:(?:trên|dưới|ít\s+nhất|tối\s+thiểu|không\s+dưới|là)\s*)?$",
                                 regex.IGNORECASE)
_PLAN_LABEL = regex.compile(r"(?:kế\s+hoạch|chỉ\s+tiêu)\b", regex.IGNORECASE)
_AGAINST_PLAN_AFTER = regex.compile(r"\s*(?:/|trên)\s*(?:kế\s+hoạch|chỉ\s+tiêu)"
                                 # "(chỉ tiêu trên 75%)", "(chỉ tiêu 159 mô hình)"; not a code "(chỉ tiêu 9.2 của Tiêu chí số 9 …)"
                                 r"|\s*\(\s*chỉ\s+tiêu\s*:?\s*(?:(?:trên|dưới|ít\s+nhất|tối\s+thiểu|không\s+dưới|là)\s+\d|\d[\d.,]*\s*%|\d{3,}"
                                 r"|\d{1,2}\s+(?!về|của|theo|thuộc)\p{L})", regex.IGNORECASE)
_SHARE_AFTER_PLAN = regex.compile(r"\s*[/,;]\s*(?:tỷ\s+lệ|đạt|bằng)\s*(?:đạt\s*)?", regex.IGNORECASE)
_AWARDED = regex.compile(r"\b(?:tặng|trao|khen\s+thưởng)(?:\s+(?:bằng|giấy)\s+khen(?:\s+của\s+[^,;.\d]{2,40}?)?)?\s+cho\s+"
                     r"(?:\d[\d.,]*\s+\p{L}+(?:\s+\p{L}+)?\s*(?:,|và)\s*)?$", regex.IGNORECASE)
_WHO_IN_BRACKET = regex.compile(r"\s*\((?P<who>(?!\d)[^()\d]{3,80})\)")
_STILL_LEFT = regex.compile(r"\b(?:còn|vẫn\s+còn)\s+(?:lại\s+)?$", regex.IGNORECASE)
_UNMET_AFTER = regex.compile(r"\s*(?:\([^()]*\)\s*)?chưa\s+(?:đạt|hoàn\s+thành|được)", regex.IGNORECASE)
_DONE_AFTER = regex.compile(r"\s*(?:đã\s+và\s+đang|đã)\s", regex.IGNORECASE)
_ITEM_REPORTS = regex.compile(r"\b(?:ước\s+(?:đạt|tính)|mới\s+(?:đạt|bằng|là)"
                           r"|(?<!(?:thôn|đổi|xây|làm|trồng|cấp|tạo|sáng|mở|thêm)\s)mới\s+(?:(?:\p{Ll}+\s+){1,2}?được|có)\s+[\d.,]+(?:\s|%)"   # "hiện mới có 41,3%"
                           r"|(?<!chứng\s)chỉ\s+(?:đạt|khoảng|có)|đã\s+(?:đạt|có|hoàn\s+thành|trồng|xây\s+dựng)"
                           r"|(?:6|sáu|9|chín)\s+tháng(?:\s+đầu\s+năm|\s+qua)|tháng\s+qua|đến\s+nay|hiện\s+(?:có|đạt|còn))\b",
                           regex.IGNORECASE)
_BREAKDOWN = regex.compile(r"\b(?:bao\s+)?gồm\b", regex.IGNORECASE)
_EACH_HAS = regex.compile(r"[\W\d]*mỗi\s+[^,;]{1,20}?(?:\s*,\s*[^,;]{1,20}?)?\s+(?:phải\s+)?(?:có|đạt)", regex.IGNORECASE)
_EACH_ONLY = regex.compile(r"(?:^|\s)mỗi\s+(?:tỉnh|huyện|xã|phường|thôn|ấp|bản|hộ|trường|đơn\s+vị)$", regex.IGNORECASE)
_BARE_MEASURE = regex.compile(r"(?:tổng\s+)?(?:diện\s+tích|sản\s+lượng|giá\s+trị|số\s+lượng|quy\s+mô)", regex.IGNORECASE)
_GRADE = regex.compile(r"(?:xếp\s+)?loại\s+(?:(?P<not_yet>(?-i:Chưa))|(?-i:\p{Lu})[\p{L}\p{M}]*)", regex.IGNORECASE)   # "loại Tốt", "loại Chưa (đạt)"
_LINE_LABEL = regex.compile(r"[\W\d\p{M}]*(?P<label>\p{L}[^:\n;]{2,60}?)\s*:\s+")   # "• Chất lượng tân binh: …"
_SHARE_OF_BEFORE = regex.compile(r"\s*,\s*(?:đạt|bằng|chiếm)\s*", regex.IGNORECASE)
# … or the share of the year's plan it makes: "(318 ha), bằng 102% kế hoạch"
_SHARE_REPORT_AFTER = regex.compile(r"\s*,\s*(?:bằng|đạt|vượt)\s+[\d.,]+\s*%\s*(?:so\s+với\s+)?(?:kế\s+hoạch|KH|chỉ\s+tiêu)\b",
                                 regex.IGNORECASE)
_WHEN_AFTER = regex.compile(r"(?:trong|vào|trước|đến)\s+(?:(?:cuối|đầu|hết|giữa|cả)\s+)?(?:vụ|năm|tháng|quý|dịp|mùa|giai\s+đoạn)\b"
                         r"|trong\s+cả\s*$", regex.IGNORECASE)   # "(2 tỷ đồng) trong cả | giai đoạn": the split left "trong cả"   # "(80 ha) trong vụ thu"
_MASS_UNITS = frozenset({"µg", "μg", "mg", "g", "kg"})
_SANCTION_RULES = regex.compile(r"\b(?:quy\s+định|nghị\s+định)\s+(?:về\s+)?xử\s+phạt\b"
                             # "… khi có lệnh không quá 30 phút": an event, not the condition of a criterion's threshold
                             r"|\bkhi\s+có\s+(?:lệnh|yêu\s+cầu|tin\s+báo|cảnh\s+báo|sự\s+cố|thiên\s+tai|dịch\s+bệnh|bão|lũ|mưa|áp\s+thấp|cháy|hỏa\s+hoạn|sạt\s+lở|động\s+đất|ca\s+bệnh|người\s+bệnh)\b", regex.IGNORECASE)
_GOAL_LABEL = regex.compile(r"(?:chỉ|mục)\s+tiêu(?:\s+(?:năm\s+(?:nay|20\d\d)|chung|cụ\s+thể|đặt\s+ra|đề\s+ra|xuyên\s+suốt|hàng\s+đầu"
                         r"|cao\s+nhất|quan\s+trọng(?:\s+nhất)?|tổng\s+quát|cuối\s+cùng))?"   # "Mục tiêu xuyên suốt là (100%) số xã …"
                         # "hai con số xã phải về đích là (70%) diện tích …": figures named after the value
                         r"|(?:(?:hai|ba|các|những)\s+)?con\s+số\b[^,;:]{0,40}", regex.IGNORECASE)
# A paragraph that opens with a later year ("Đến năm 2030, …") and a clause's words that report all the same
_LATER_YEAR_OPENS = regex.compile(r"[\W\d]*(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+(?P<y>20\d\d)\b", regex.IGNORECASE)
_REPORTED_NOW = regex.compile(r"\b(?:đã|vừa|ước|hiện|qua|mới)\b", regex.IGNORECASE)
# A goal said earlier in a paragraph: "phấn đấu", "mục tiêu", "phải đạt" (not "… thường xuyên phải kê thêm giường")
# A comparison with the same period ("tăng 7,1% so với cùng kỳ") and what is left ("tỷ lệ hộ nghèo còn lại 0,2%"): words
# of reports that a goal's sentence uses too
_WEAK_REPORT = regex.compile(r"\b(?:so\s+với\s+cùng\s+kỳ|còn\s+lại)\b", regex.IGNORECASE)
_PARAGRAPH_GOAL = regex.compile(r"\b(?:phấn\s+đấu|mục\s+tiêu|đặt\s+ra|đề\s+ra|(?:phải|cần|sẽ)\s+đạt)\b", regex.IGNORECASE)
_SO_VOI_END = regex.compile(r"\bso\s+với\s*$", regex.IGNORECASE)


# The headline of a review: "sơ kết 6 tháng", "tổng kết 3 năm", "Kết quả sau 2 năm thực hiện …".
_REVIEW_TITLE = regex.compile(r"\b(?:sơ\s+kết|tổng\s+kết|kết\s+quả|nhìn\s+lại|sau\s+\d+\s+năm|một\s+năm\s+thực\s+hiện)\b",
                              regex.IGNORECASE)
# … unless it announces what comes next as well: "Kết quả kiểm soát tải trọng xe … 9 tháng năm 2025 và chỉ tiêu đến hết năm
# 2026", "Kết quả công tác … năm 2024 và nhiệm vụ năm 2025"
_TITLE_AHEAD = regex.compile(r"\b(?:và|,)\s+(?:(?:đặt|đề\s+ra)\s+)?(?:chỉ\s+tiêu|mục\s+tiêu|nhiệm\s+vụ|kế\s+hoạch|phương\s+hướng)\b",
                          regex.IGNORECASE)   # (also "…: nhìn lại 5 năm, đặt mục tiêu mới", held-out 641)


# A sentence that opens by saying it tells the plan's content: "Theo Kế hoạch, …", "Theo kế hoạch đề ra, …"
_PLAN_OPENS = regex.compile(r"[\W\d]*(?:Theo\s+(?:Kế\s+hoạch|kế\s+hoạch|Đề\s+án|đề\s+án|Chương\s+trình)\b[^,.;]{0,60},"
                            # "Kế hoạch gắn với xây dựng nông thôn mới: 11/11 xã giữ vững …", "Đề án đặt ra …"
                            # "Kế hoạch yêu cầu tuyển chọn, gọi công dân nhập ngũ đạt 100% chỉ tiêu trên giao"
                            r"|(?:Kế\s+hoạch|Đề\s+án|Chương\s+trình)\s+(?:gắn\s+với|đặt\s+ra|đề\s+ra|xác\s+định|hướng\s+tới|nhằm|yêu\s+cầu)\b)")


_BY_DATE = regex.compile(r"\b(?:đến|trước|chậm\s+nhất)\s+ngày\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(20\d\d)\b", regex.IGNORECASE)


_DAY_OPENING = r"(?P<d>\d{1,2})\s*[/.]\s*(?P<m>\d{1,2})(?:\s*[/.]\s*(?P<y>20\d\d))?\s*,"   # "30/6,", "14/9/2025,"
_UP_TO = regex.compile(rf"[\W\d]{{0,4}}(?:Đến|Tính\s+đến)\s+(?:hết\s+)?(?:ngày\s+)?{_DAY_OPENING}", regex.IGNORECASE)


_ON_DAY = regex.compile(rf"[\W\d]{{0,4}}(?:(?:Sáng|Chiều|Tối|Trưa)\s+)?(?:(?i:ngày)\s+)?{_DAY_OPENING}")
_STATE_VERB = regex.compile(r"\b(?:còn|đã)\b", regex.IGNORECASE)


# A figure's own date in brackets after its noun: "21,4% trẻ mẫu giáo thấp còi (tháng 5/2024)", "22 bếp ăn bán trú đạt chuẩn
# (hết năm học 2023 – 2024)" (held-out 494)
_AS_OF_AFTER = regex.compile(r"""[^\n()]{0,60}?\(\s*(?:tháng\s+(?P<month>\d{1,2})\s*/\s*   # "(tháng 5/2024)"
                                  | (?:hết\s+|cuối\s+)?năm\s+học\s+20\d\d\s*[-–]\s*        # "(hết năm học 2023 – 2024)"
                                  | (?:hết\s+|cuối\s+)?năm\s+ )                            # "(năm 2023)", "(cuối năm 2023)"
                              (?P<year>20\d\d)\s*\)""", regex.VERBOSE | regex.IGNORECASE)


def _before_published(year: int, month: Optional[str], published, now: Optional[int]) -> bool:
    """Whether a figure's date (a year, or a month of it) is past when the text was written."""
    if published is not None:
        return year < published.year or (year == published.year and month is not None and int(month) < published.month)
    return now is not None and year < now


def _up_to_a_past_date(sentence: str, published) -> bool:
    """Whether ``sentence`` opens with a date up to which it counts, before the article's own ("Đến 30/6, toàn xã còn
    398 hộ nghèo" in an article of July): a report."""
    if published is None:
        return False
    m = _UP_TO.match(sentence)
    if m is None or not _STATE_VERB.search(sentence, m.end()):
        # (not "Đến ngày 30.4, 100% thôn … hoàn thành lắp đặt camera", a deadline whatever the article's date) — but a day
        # that opens a sentence dates an event: "Ngày 14/9, Đoàn Thanh niên … thu gom 3,5 tấn rác thải"
        m = _ON_DAY.match(sentence)
        if m is None:
            return False
    try:
        return date(int(m.group("y") or published.year), int(m.group("m")), int(m.group("d"))) <= published
    except ValueError:
        return False


def _by_a_later_date(clause: str, published) -> bool:
    """Whether ``clause`` sets a date after the article's own ("đến ngày 31/12/2024" in March 2024): a deadline."""
    if published is None:
        return False
    for m in _BY_DATE.finditer(clause):
        try:
            if date(int(m.group(3)), int(m.group(2)), int(m.group(1))) > published:
                return True
        except ValueError:
            continue
    return False


def _own_requirement(text: str, it: _Item) -> bool:
    """A comparator of the item's own ("ít nhất 4 huyện") or a part of a list ("trong đó có 10 - 12 sản phẩm"); not
    an approximation alone ("hội nghị … cho gần 400 cán bộ")."""
    return it.own_comparator and (it.comparator != "=" or _SUB_LIST.search(text, it.item_start, it.val.start) is not None)


# A diary's entry opened by its day: "Ngày 19/3: làm việc tại xóm Thống Nhất …"
_LOG_ENTRY = regex.compile(r"[ \t]*(?:[-+•*][ \t]*)?Ngày[ \t]+(?P<d>\d{1,2})/(?P<m>\d{1,2})[ \t]*:[ \t]*(?P<act>\p{Ll})")
# "hơn", "trên" right before a figure: more than, which a description uses as much as a goal
_MORE_THAN_BEFORE = regex.compile(r"\b(?:hơn|trên)\s*$", regex.IGNORECASE)
_PLACES_HAVE = regex.compile(r"\b\d+\s+(?:tỉnh|thành\s+phố|huyện|xã|phường|thôn|trường|đơn\s+vị|địa\s+phương)\s+(?:đã\s+)?có\s+"
                          r"[\d.,]+\s*%", regex.IGNORECASE)
_BY_YEAR = regex.compile(r"\b(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+(20\d\d)\b", regex.IGNORECASE)
_AFTER_WHEN = regex.compile(r"\bsau\s+khi\b"
                         # "… chỗ ở tạm cho khoảng 12.000 người dân khi có tình huống khẩn cấp": when an event comes
                         r"|\bkhi\s+có\s+(?:tình\s+huống|thiên\s+tai|sự\s+cố|dịch|mưa|lũ|bão|cháy|cảnh\s+báo)", regex.IGNORECASE)
# (also a column's name with its year: "…: Kế hoạch 2025: 24 trường; Thực hiện 2024: 17 trường", held-out 618)
_RESULT_LABEL = regex.compile(rf"[\W]*(?:(?:{_DONE_LABELS}|Ước\s+thực\s+hiện)(?:\s+(?:năm\s+)?20\d\d)?|Kết\s+quả\s+đạt\s+được|Đã\s+đạt)\s*:")


_DONE_BOX = regex.compile(r"[ \t]*(?:☑|\[[xX]\])")   # a ticked box opening a line (not "☐", nor "✅", a bullet)
_STATISTICS_OPEN = regex.compile(r"[\W\d]*Theo\s+(?:thống\s+kê|số\s+liệu(?:\s+thống\s+kê)?|kết\s+quả\s+(?:điều\s+tra|rà\s+soát))\b",
                              regex.IGNORECASE)
_PAST_PERIOD = regex.compile(r"[\W\d]*(?:(?:trong\s+)?(?:năm(?:\s+học)?|tháng|quý|nhiệm\s+kỳ|giai\s+đoạn)\s+(?:vừa\s+qua|trước)"
                          r"|(?:\d+|hai|ba|bốn|năm)\s+năm\s+qua|qua\s+(?:\d+|hai|ba|bốn|năm)\s+năm)\b", regex.IGNORECASE)
# "Ước thực hiện …", "Sau 3 năm …", "NAM: Nhìn lại vụ Xuân 2024, …" (a radio script's speaker first, held-out 852)
_LOOKING_BACK = regex.compile(r"[\W\d]*(?:(?-i:\p{Lu}{2,4})\s*:\s*)?(?:Ước\s+(?:đến|tới|hết|cả\s+năm|thực\s+hiện)|Sau\s+\d+\s+năm"
                           r"|Nhìn\s+lại)\b", regex.IGNORECASE)


# What a thing costs: "giá bán dự kiến", "giá thuê", "Về giá, …", "mức giá", "với mức lương từ 28 - 35 triệu đồng/tháng" (not
# "giá trị", "giá thành" to lower), and the words of a cap or a floor that make a price a goal
_PRICE = regex.compile(r"\b(?:(?<!\btrợ\s)giá\s+(?:bán|thuê|vé|mua|phòng|từ)|về\s+giá|mức\s+(?:giá|lương)|vé\s+vào\s+cổng|(?:giá|chi\s+phí)\s+trọn\s+gói)\b",
                    regex.IGNORECASE)   # (a wage too; a trip's "Vé vào cổng 20.000 đồng/người lớn", "chi phí trọn gói khoảng …"; not
                                       # "mức trợ giá từ ngân sách dưới 25%")
# … and a sum per kilogram, litre or head: "165.000 đồng/kg (tăng 5.000 đồng/kg so với tuần trước)" (a price list)
_PER_ITEM_PRICE = regex.compile(r"\d\s*(?:nghìn\s+|ngàn\s+|triệu\s+)?(?:đồng|đ|VNĐ)\s*/\s*(?:kg|tấn|tạ|lít|con|chai|hộp|gói|quả|trái)\b",
                             regex.IGNORECASE)
_BOUND = regex.compile(r"\b(?:tối\s+đa|tối\s+thiểu|không\s+(?:vượt\s+)?quá|không\s+dưới|không\s+thấp\s+hơn|ít\s+nhất|trở\s+(?:lên|xuống))\b",
                    regex.IGNORECASE)
# Advice and the steps of a technique: "Bà con nên …", "Sau sạ khoảng 10 ngày thì giữ nước 3 - 5 cm", "khi mực nước … xuống
# dưới mặt ruộng 15 cm thì bơm nước vào lại"
_ADVICE = regex.compile(r"\b(?:bà\s+con|nông\s+dân|người\s+dân|người\s+chăn\s+nuôi|các\s+hộ|hộ\s+dân)\s+(?:chỉ\s+)?nên\b"
                        r"|\b(?:khi|sau|nếu)\s+[^.;:\n]{1,80}?\bthì\s+(?:giữ|bón|bơm|phun|tháo|rút|cho|sạ|cấy|gieo|thu\s+hoạch"
                        r"|cây\s+lúa|lúa)\b"
                        r"|^[^\S\n]*\p{L}+(?:\s+\p{L}+){0,2}\s+thì\s+(?:cây\s+lúa|lúa|cây|năng\s+suất)\b", regex.IGNORECASE)   # "Sạ thưa thì cây lúa khỏe"
# A listener's or reader's question: "Thính giả hỏi: (Bà Danh Thị Nết, …) Ruộng nhà tôi trước giờ sạ 180 - 200 kg giống …"
_ASKED = regex.compile(r"[^\S\n]*(?:[-*•]\s*)?(?:(?:thính|khán)\s+giả|bạn\s+đọc|độc\s+giả|cử\s+tri)?\s*hỏi\s*"
                    r"(?:\([^()\n]{1,80}\)\s*)?:", regex.IGNORECASE)   # (or "Hỏi (bà Nguyễn Thị Hạnh, tổ 9): …", held-out 767)
_ANSWER_LABEL = regex.compile(r"\b(?:Đáp|Trả\s+lời)\s*:")   # … and the answer that follows it on its line


def _clause_kind(clause: str, sentence: str, intro: str, section: Optional[str], doc: Document) -> Optional[str]:
    """"target", "result", or None for what is no goal at all (thresholds, budgets, statistics)."""
    # (not "tập huấn quy định xử phạt theo Nghị định …", nor "sau khi có chỉ định": when, not on what condition)
    if _has("threshold_markers", _AFTER_WHEN.sub(" ", _SANCTION_RULES.sub(" ", sentence))):
        return None
    if _DEBATE.search(sentence):
        return None   # "đại biểu … đề nghị nâng chỉ tiêu … lên 60%", "Giám đốc Sở giải trình mục tiêu 50% …": a debate's figures
    if _ADVICE.search(sentence) and not _GOAL_WORD.search(_goal_text(sentence)):
        return None   # "Bà con nên sạ hàng …, lượng giống chỉ 70 - 80 kg/ha là đủ": how to farm, no goal (held-out 551)
    if _PRICE.search(sentence) and not _GOAL_WORD.search(_goal_text(sentence)) and not _BOUND.search(clause):
        # "Về giá, các dự án mở bán năm nay dự kiến từ 15,5 - 18 triệu đồng/m², thấp hơn … khoảng 40%": what things cost
        # (not a cap or a floor the plan sets: "Giá thuê nhà lưu trú công nhân tối đa 55.000 đồng/m2/tháng")
        return None
    if _PER_ITEM_PRICE.search(clause) and not _GOAL_WORD.search(_goal_text(sentence)) and not _BOUND.search(clause):
        return None   # "Loại 30 con/kg: 165.000 đồng/kg (tăng 5.000 đồng/kg so với tuần trước)": what things sell for (held-out 709)
    if section in ("budget", "debate", "rules"):
        return None   # the plan's sums; what speakers propose in a meeting's "Ý kiến thảo luận:"; a scoring scale
    if _RESULT_LABEL.match(clause) or _DONE_BOX.match(clause):
        # "Kết quả: 2.315 phụ nữ, đạt 115,7%" after the goal it answers; a checklist's ticked box, "☑ Thành lập 46 tổ liên
        # gia an toàn PCCC" (held-out 623), what is done
        return "result"
    if _PLAN_SET_FIRST.match(clause):
        return "target"   # a review's "Kế hoạch đề ra lập lại trật tự vỉa hè tại 40 tuyến phố; kết quả …": the goal it answers
    if _LOOKING_BACK.match(sentence) and not _GOAL_WORD.search(_goal_text(sentence)):
        return "result"   # "Ước đến hết năm 2020, … đạt 5,02%/năm", "Sau 5 năm, tỉ lệ hộ nghèo … còn dưới 3%": a review
    if _PAST_PERIOD.match(sentence) and not _STRONG_GOAL.search(sentence):
        return "result"   # "Năm học vừa qua, các trường phải hợp đồng 587 giáo viên": what had to be done
    if _STATISTICS_OPEN.match(sentence) and not _GOAL_WORD.search(_goal_text(sentence)):
        return "result"   # "Theo thống kê …, đến cuối năm 2006 toàn Việt Nam còn 58 huyện …": what the figures show
    # "vượt mục tiêu giai đoạn", "đạt mục tiêu đề ra" speak of a goal reached: no goal word then.
    goal = (_has("goal_markers", _goal_text(clause)) or _has("goal_markers", _goal_text(intro))
            or _GOAL_LABEL_BEFORE.search(intro) is not None   # "Chỉ tiêu năm 2026:" over "- Thành lập mới 12 tổ …, nâng tổng số …"
            or _PLAN_OPENS.match(sentence) is not None   # "Theo Kế hoạch, xã khởi công 100% số nhà còn lại …"
            or _by_a_later_date(clause, doc.published))   # "Đến ngày 31/12/2024, …" in an article of March 2024
    if (goal and _STRONG_RESULT.search(clause) and not _has("goal_markers", _goal_text(_AFTER_COMPARATOR.sub(" ", clause)))
            # (but under a goals lead-in "… phấn đấu …, cụ thể:" an item's "đã" qualifies a noun: "95% người đã chẩn
            # đoán nhiễm HIV được điều trị ARV")
            and not (":" in intro and _has("goal_markers", _goal_text(intro)) and not _REPORTING.search(clause))):
        goal = False  # "Tính đến hết tháng 8/2022, … 86 sản phẩm đạt từ 3 sao trở lên": "trở lên" describes
    if section == "goal" and not _REPORTING.search(clause):
        return "target"  # under "2. Mục tiêu cụ thể" a weak word ("hài lòng với kết quả …") tells nothing
    if section == "result" and _GOALS_LEAD_END.search(intro) and not _REPORTING.search(clause):
        return "target"  # a list the text opens as goals in a section of results ("Các chỉ tiêu chủ yếu năm 2026:")
    if _STATUS_LIST_INTRO.search(intro) and not _STRONG_GOAL.search(clause) and not _GOAL_LABEL_IN.search(clause):
        # "Tình hình một số CCN (số liệu …, tháng 3/2023):" over "- CCN An Xá: 45 ha, lấp đầy 100%, …" (not an item's
        # own "– Kế hoạch: 12.500 thửa – Thực hiện: 8.200 thửa")
        return "result"
    if _EVENT.search(clause) and not _STRONG_GOAL.search(clause):
        return "result"  # "Trong ba ngày, toàn tỉnh xuất hiện hơn 1.100 điểm sạt lở, hơn 2.300 ngôi nhà bị sập đổ": what happened
    if not goal and _REPORTING.search(_without_asides(clause)):   # not an aside "(hiện có 9 sản phẩm)"
        return "result"  # "…, đàn bò sữa hữu cơ hiện đạt 4.600 con; kế hoạch đặt chỉ tiêu …": the goal is the next clause's
    # "100% số xã đã đạt chuẩn giữ vững chỉ tiêu 3.2": "đã đạt chuẩn" says which communes, it reports nothing
    # (or a count of places that have a share: "Ngoài ra, 16 tỉnh có 100% số xã đạt chuẩn nông thôn mới")
    # (not an aside: "Dưới 5 điểm ngập cục bộ (hiện nay là 18 điểm)")
    result = (_has("result_markers", _QUALIFYING.sub(" ", _without_asides(clause)))
              or _PLACES_HAVE.search(clause) is not None)
    # "…; đến năm 2028, …; thu đổi 12.000 - 15.000 xe máy xăng đã sử dụng trên 15 năm; …" in 2025: a roadmap to a later
    # year, whose "đã" qualifies a noun
    ahead = doc.published is not None and any(int(y) > doc.published.year for y in _BY_YEAR.findall(sentence))
    if result and not goal and not ahead:
        return "result"
    if (section == "result" and not _STRONG_GOAL.search(clause)
            and not (_PLAN_OPENS.match(sentence) and not _has("result_markers", clause) and "kết quả" not in clause)):
        # (but a report's "Kế hoạch yêu cầu … đạt 100% chỉ tiêu trên giao" tells the plan's goals; not its "…; kết quả có 5
        # tuyến được công nhận")
        return "result"
    if (not goal and not ahead and not _has("goal_markers", _goal_text(sentence))
            and _has("result_markers", _QUALIFYING.sub(" ", _without_asides(sentence)))):
        return "result"
    if (not goal and section is None and doc.title and _REVIEW_TITLE.search(doc.title)
            and not _TITLE_AHEAD.search(doc.title)):
        at = sentence.find(clause)
        so_far = sentence[: at + len(clause)] if at >= 0 else sentence  # a goal word later in the sentence is another clause's
        if not _has("goal_markers", _goal_text(so_far)):
            return "result"  # "Cẩm Lý sơ kết 6 tháng …": a review reports what was done unless it says "phấn đấu"
    return "target"


def _unit_is_structure(unit: str, text: str = "", end: int = 0) -> bool:
    """Whether ``unit`` counts a plan's own parts ("05 nhóm nhiệm vụ"); not groups of people or owners that ``text``
    names after it ("04 nhóm chứng chỉ rừng", "11 nhóm hộ", held-out 629)."""
    return unit.lower() in _structure_nouns() and not (unit.lower() == "nhóm" and _GROUP_OF.match(text, end) is not None)


_GROUP_OF = regex.compile(r"[ \t]+(?:hộ|trẻ|chứng\s+chỉ|sở\s+thích|cộng\s+đồng|tiết\s+kiệm|nông\s+dân|thợ|người)\b", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _structure_nouns() -> frozenset:
    return frozenset(u.lower() for u in vocabulary()["structure_nouns"])


_NON_WORD = regex.compile(r"[^\w\s]")


def _syllables(s: str) -> list[str]:
    return _NON_WORD.sub(" ", s.lower()).split()


# The numbers a table row's name holds: "Trẻ 9 tháng tuổi tiêm vắc xin sởi mũi 1", "tiêm đủ 3 mũi vắc xin DPT-VGB-Hib (5 trong
# 1)" (ages, doses, standing as words: not the "2" of "UV2+"; not a year, which a sentence may leave to its deadline)
_NAME_NUMBER = regex.compile(r"(?<![\w.,/])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)?(?![\w/])")   # (nor a date's "09/3")


def _numbers_agree(a: str, b: str) -> bool:
    """Whether two statements of a goal name the same numbers, one perhaps fewer ("… chỉ tiêu 8.4" and "… chỉ tiêu 8.4 của
    Tiêu chí số 8"; "… từ 15 đến 60 biết chữ mức độ 2" and "… biết chữ mức độ 2")."""
    x, y = set(_NAME_NUMBER.findall(a)), set(_NAME_NUMBER.findall(b))
    return x <= y or y <= x


def _numbers_said(row_name: Optional[str], sentence: str) -> bool:
    """Whether a sentence restating a table row says the numbers of its name: "tỷ lệ tiêm trong chiến dịch đạt ≥ 95%" after
    "… cho 6.500 trẻ từ 1 - 5 tuổi …" is not the row "Trẻ 9 tháng tuổi tiêm vắc xin sởi mũi 1 | ≥ 95%" (held-out 840)."""
    numbers = _NAME_NUMBER.findall(row_name or "")
    return not numbers or set(numbers) <= set(_NAME_NUMBER.findall(sentence))


def _containment(a: set, b: set) -> float:
    if not a or not b:
        return 1.0
    return len(a & b) / min(len(a), len(b))


def _share_of(a: set, b: set) -> float:
    """How much of ``a`` is in ``b``."""
    return len(a & b) / len(a) if a else 1.0


def _subject_key(subject: str) -> str:
    """"số xã", "các xã", "xã" are the same subject."""
    return _QUANTIFIER.sub("", " ".join(_syllables(subject)))
