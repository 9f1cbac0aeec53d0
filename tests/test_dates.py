"""Dates: what must be read as a day+month date, and what must not.

Each case is (raw text, article date, [(text, value), ...]); every mention's
span must point at the mention in the RAW text (NFD and wrapped input too).
"""

import unicodedata
from datetime import date

import pytest

from kh_extract import extract
from kh_extract.document import Document
from kh_extract.extractors.dates import find
from kh_extract.normalize import normalize

# Header and body lines of the seed articles in corpus/.
SEED_ARTICLES = [
    ("Phú Ninh phấn đấu 100% số xã … Thông tin và Truyền thông (28/06/2023)", None,
     [("28/06/2023", "2023-06-28")]),
    ("Thực hiện Kế hoạch số 06/KH-UBND ngày 11/01/2023 của Uỷ ban nhân dân tỉnh Đồng Tháp. "
     "Ngày 24/02/2023, Ủy ban nhân dân huyện Cao Lãnh đã ban hành Kế hoạch số 37/KH-UBND", None,
     [("ngày 11/01/2023", "2023-01-11"), ("Ngày 24/02/2023", "2023-02-24")]),
    ("Thứ 6, 09/12/2022, 02:56[GMT+7]\n\nThứ 4, 19/10/2022 | 10:09:12\n47 lượt xem", None,
     [("09/12/2022", "2022-12-09"), ("19/10/2022", "2022-10-19")]),
    ("Ngày 21/9, UBND thành phố Hà Nội ban hành Kế hoạch số 236/KH-UBND … đến năm 2025.", date(2023, 9, 26),
     [("Ngày 21/9", "2023-09-21")]),
]

# NĐ 30/2020 and DOMAIN.md §3.4: the written forms of a date in documents.
NGHI_DINH_30_FORMS = [
    ("Hà Nội, ngày 02 tháng 8 năm 2022", None, [("ngày 02 tháng 8 năm 2022", "2022-08-02")]),
    ("ngày 05 tháng 01 năm 2023", None, [("ngày 05 tháng 01 năm 2023", "2023-01-05")]),
    ("ngày 02/8/2022; ngày 8/3/2022; 08/3/2022; 08/03/2022; 2/8/2022", None,
     [("ngày 02/8/2022", "2022-08-02"), ("ngày 8/3/2022", "2022-03-08"), ("08/3/2022", "2022-03-08"),
      ("08/03/2022", "2022-03-08"), ("2/8/2022", "2022-08-02")]),
    ("Nghị quyết số 57-NQ/TW ngày 22-12-2024 và 16-02-2004", None,
     [("ngày 22-12-2024", "2024-12-22"), ("16-02-2004", "2004-02-16")]),
]

# REAL_WORLD.md: papers, word-segmented text, line wraps, NFD files.
REAL_WORLD_MD = [
    # held-out 853, 311: a weekday before its day and month; a word of time ending a table's line is no cue for the next
    ("Riêng thứ Bảy 24/1 phường mở điểm hỗ trợ lưu động; Chủ nhật, 25/1 nghỉ.", date(2026, 1, 20),
     [("24/1", "2026-01-24"), ("25/1", "2026-01-25")]),
    ("1\tTỷ lệ chiều dài được chiếu sáng\t\t\n1.1\tĐường trục xã", None, []),
    ("Bắc Ninh, ngày 24\ntháng 11 năm 2025", None, [("ngày 24 tháng 11 năm 2025", "2025-11-24")]),
    ("Chiều 22.4, UBND tỉnh triển khai Kế hoạch số 96/KH-UBND ngày 21.4.2025", date(2025, 4, 24),
     [("22.4", "2025-04-22"), ("ngày 21.4.2025", "2025-04-21")]),
    ("Chỉ thị ngày 3.3.2025 của UBND tỉnh; 24-02-2023", None,
     [("ngày 3.3.2025", "2025-03-03"), ("24-02-2023", "2023-02-24")]),
    ("hoàn thiện hồ sơ trước ngày 25 / 11 / 2021 .", None, [("ngày 25 / 11 / 2021", "2021-11-25")]),
    (unicodedata.normalize("NFD", "Ngày 19/6/2023, Ủy ban nhân dân tỉnh Lâm Đồng ban hành"), None,
     [("Ngày 19/6/2023", "2023-06-19")]),
    ("**Uỷ ban** nhân dân tỉnh họp ngày 12/5/2024", None, [("ngày 12/5/2024", "2024-05-12")]),
    ("định kỳ trước ngày 20/6 và 20/12 hằng năm", date(2023, 1, 5),
     [("ngày 20/6", "2023-06-20"), ("20/12", "2022-12-20")]),
    # held-out 205: a social-media post's date
    ("Quản lý thị trường Lạng Sơn\n18 tháng 2, 2025 · 🌏\n", None, [("18 tháng 2, 2025", "2025-02-18")]),
    # held-out 397: a schedule's lines open with their day ("✔️ 05/11: xã Tam Ngãi")
    ("🗓 LỊCH TẬP HUẤN:\n✔️ 05/11: xã Tam Ngãi\n- 12/11: xã Càng Long\n", date(2025, 10, 28),
     [("05/11", "2025-11-05"), ("12/11", "2025-11-12")]),
    # held-out 737: a log table's rows open with their day (a fraction in a later cell is none)
    ("Ngày | Thôn | Nội dung | Số con\n02/02 | Thanh Lương | Phối giống | 9\n06/02 | Gia Đức | Khám thai, đạt 3/4 | 17\n",
     date(2024, 3, 7), [("02/02", "2024-02-02"), ("06/02", "2024-02-06")]),
    # held-out 774: a cell of a column of days; a fraction in a table with no such column is none
    ("| Đơn vị | Ngày tiêm | Đối tượng |\n| Xã Ea Phê | 07/3 | Trẻ 2, 3, 4 tháng tuổi |\n", date(2023, 3, 2),
     [("07/3", "2023-03-07")]),
    ("| Đơn vị | Số xã đạt | Ghi chú |\n| Huyện A | 8/10 | |\n", date(2023, 3, 2), []),
    # held-out 433: a week in a table, a range of days
    ("| Tuần 2 | 12/8 – 18/8 | 1.250 | 16 |", date(2024, 9, 5), [("12/8", "2024-08-12"), ("18/8", "2024-08-18")]),
    # held-out 415: a scraped record's ISO date
    ("title: Ngư dân thu gom rác thải nhựa\npublished_at: 2025-11-12\nGiai đoạn 2021-2025", None, [("2025-11-12", "2025-11-12")]),
    # held-out 537: a range wrapped after its "đến" takes its year from the line below
    ("tổ chức 450 lớp dạy bơi trong dịp hè (từ ngày 01/6 đến\n31/8/2024).", None,
     [("ngày 01/6", "2024-06-01"), ("31/8/2024", "2024-08-31")]),
    # held-out 547: an SMS series numbers its messages "(1/9)", "(2/9)": parts, no days
    ("19/01/2026 08:30\n[UBND xã] (1/9) Ngày 14/01/2026 UBND xã ban hành KH.\n19/01/2026 08:31\n[UBND xã] (2/9) KH thực "
     "hiện NQ.", None, [("19/01/2026", "2026-01-19"), ("Ngày 14/01/2026", "2026-01-14"), ("19/01/2026", "2026-01-19")]),
    # held-out 411: a schedule line opens with a range of days
    ("TIẾN ĐỘ\n• 25/4 - 31/5: nạo vét kênh, cống\n", date(2025, 4, 18), [("25/4", "2025-04-25"), ("31/5", "2025-05-31")]),
]

# SPEC "DateMention": the year of a yearless date.
YEAR_INFERENCE = [
    # held-out 320: the index's "năm 2024" in the next clause does not date the day it was announced; a day that would
    # fall after the article still takes it ("Tại hội nghị tổng kết ngày 29/12, Sở … cho biết năm 2023 …")
    ("Theo kết quả công bố ngày 21/10, điểm DTI năm 2024 của tỉnh đạt 0,4962 điểm", date(2025, 11, 6),
     [("ngày 21/10", "2025-10-21")]),
    ("Tại hội nghị tổng kết ngày 29/12, Sở Nội vụ cho biết năm 2023 chỉ số đạt 89,96 điểm", date(2024, 11, 3),
     [("ngày 29/12", "2023-12-29")]),
    ("Ngày 28/12, UBND tỉnh ban hành Kế hoạch", date(2023, 1, 5), [("Ngày 28/12", "2022-12-28")]),
    ("hoàn thành đến ngày 30.4", date(2025, 4, 22), [("ngày 30.4", "2025-04-30")]),
    ("từ ngày 15/3 đến ngày 30/4/2024", None, [("ngày 15/3", "2024-03-15"), ("ngày 30/4/2024", "2024-04-30")]),
    ("ngày 21/9 năm 2023 UBND tỉnh họp", date(2025, 1, 1), [("ngày 21/9", "2023-09-21")]),
    ("báo cáo trước ngày 15/12 hằng năm", None, [("ngày 15/12", "--12-15")]),
    # held-out 111: a recurring date borrows no year from another date of its sentence
    ("rà soát trước ngày 30/6/2025; báo cáo trước ngày 15/12 hằng năm", None,
     [("ngày 30/6/2025", "2025-06-30"), ("ngày 15/12", "--12-15")]),
    ("báo cáo trước ngày 15/12 hằng năm", date(2024, 7, 25), [("ngày 15/12", "2024-12-15")]),
    ("Sáng 21/9, đoàn công tác làm việc", None, [("21/9", "--09-21")]),
    # held-out 125: news style "Chiều 23-5" (a time of day before a hyphenated day-month)
    ("(BKG) - Chiều 23-5, UBND tỉnh tổ chức hội nghị", date(2024, 5, 24), [("23-5", "2024-05-23")]),
    # held-out 151: "năm nay" is the year the article was published
    ("Chiến dịch hè năm nay diễn ra từ ngày 01/6 đến ngày 31/8.", date(2025, 1, 10),
     [("ngày 01/6", "2025-06-01"), ("ngày 31/8", "2025-08-31")]),
    # held-out 148: a year written after a ";" belongs to its own clause, not to the date before it
    ("gửi về Sở trước 31.10; báo cáo sơ kết quý I/2026 trước ngày 05/4/2026.", date(2025, 10, 14),
     [("31.10", "2025-10-31"), ("ngày 05/4/2026", "2026-04-05")]),
    # held-out 162, 165, 166, 180, 183: a named day before its date
    ("hưởng ứng Ngày Thể thao Việt Nam 27/3 và dịp Ngày toàn dân PCCC 4/10, Quốc khánh 2/9", date(2024, 6, 1),
     [("27/3", "2024-03-27"), ("4/10", "2024-10-04"), ("2/9", "2024-09-02")]),
    ("Ngày toàn dân phòng, chống ma túy 26/6", date(2026, 1, 14), [("26/6", "2026-06-26")]),
    ("gửi về trước ngày 31/3; báo cáo kết quả năm 2024 trước ngày 20/12.", date(2024, 12, 21),
     [("ngày 31/3", "2025-03-31"), ("ngày 20/12", "2024-12-20")]),
]

# Numbers that look like dates and are not.
MUST_NOT_MATCH = [
    ("đạt chuẩn chỉ tiêu 8.4 và chỉ tiêu 15.2; nội dung 8.4; tiêu chí 2.3", None, []),
    ("tăng trưởng 11,5 - 12,4%; 90% hồ sơ; 1.958 giáo viên; 13.596 tỷ đồng", None, []),
    ("giai đoạn 2021-2025, giai đoạn 2021 - 2025", None, []),
    ("đến tháng 9/2023; quý I/2025; tháng 11 năm 2025", None, []),
    ("Kế hoạch số 06/KH-UBND; Nghị định 30/2020/NĐ-CP; 12 / KH-UBND", None, []),
    ("Điện thoại: 0235.2221348 - 0235.2221377; phiên bản 1.2.3", None, []),
    ("chuẩn chỉ tiêu 9.52 và 22.4% số hộ; từ 1-2 lần; 1/2 số hộ", None, []),
    ("ngày 32/1, ngày 12/13, ngày 30/2/2023", None, []),
    ("trong 3 tháng 8 ngày", None, []),
    ("tập luyện buổi tối 2-3 giờ mỗi ngày", None, []),
    # held-out 312: a dotted decimal with its unit after "từ" ("cộng hưởng từ 1.5 Tesla"), never 1 May
    ("hệ thống chụp cộng hưởng từ 1.5 Tesla; tăng từ 1.5 lần", None, []),
]

# Known gaps, kept honest.
SHARED_AND_SHORT = [
    ("ngày 21/9/23", None, [("ngày 21/9/23", "2023-09-21")]),                    # two-digit year
    ("ngày 15 và 16/3/2024", None, [("ngày 15", "2024-03-15"), ("16/3/2024", "2024-03-16")]),
    ("từ ngày 15 đến ngày 17/3/2024", None, [("ngày 15", "2024-03-15"), ("ngày 17/3/2024", "2024-03-17")]),
    ("tỷ số 1/2/23 phiếu", None, []),                                           # no "ngày": no date
    # held-out 479 (a slide): a range's first day takes the year its last day gives
    ("Tháng cao điểm ATGT cho học sinh đến trường: 01/9 - 30/9/2025", None,
     [("01/9", "2025-09-01"), ("30/9/2025", "2025-09-30")]),
]
XFAIL = [
    ("ngày mồng 2 tháng Chín năm 2023", None, [("ngày mồng 2 tháng Chín năm 2023", "2023-09-02")]),
]

CASES = (
    [pytest.param(*c, id=f"seed-{i}") for i, c in enumerate(SEED_ARTICLES)]
    + [pytest.param(*c, id=f"nd30-{i}") for i, c in enumerate(NGHI_DINH_30_FORMS)]
    + [pytest.param(*c, id=f"real-{i}") for i, c in enumerate(REAL_WORLD_MD)]
    + [pytest.param(*c, id=f"year-{i}") for i, c in enumerate(YEAR_INFERENCE)]
    + [pytest.param(*c, id=f"not-{i}") for i, c in enumerate(MUST_NOT_MATCH)]
    + [pytest.param(*c, id=f"shared-{i}") for i, c in enumerate(SHARED_AND_SHORT)]
    + [pytest.param(*c, id=f"xfail-{i}", marks=pytest.mark.xfail(strict=True)) for i, c in enumerate(XFAIL)]
)


@pytest.mark.parametrize("raw, published, expected", CASES)
def test_dates(raw, published, expected):
    doc = Document.from_text(raw, published=published)
    found = find(doc)
    assert [(d.text, d.value) for d in found] == expected
    for d in found:
        start, end = d.span
        assert normalize(raw[start:end]).text == d.text  # the span points at the mention in the raw text


def test_a_posts_day_and_month_before_its_time_is_a_date():
    # held-out 141: a Facebook post's "12 tháng 8 lúc 16:20"; "3 tháng 8 ngày" stays a duration (MUST_NOT_MATCH)
    doc = Document.from_text("Xã Lộc Hà - Hà Tĩnh\n12 tháng 8 lúc 16:20 · 🌏\n\nUBND xã vừa ban hành Kế hoạch.",
                             published=date(2025, 8, 13))
    assert [(d.text, d.value) for d in find(doc)] == [("12 tháng 8", "2025-08-12")]


# A year-less deadline falls after the plan that sets it (through the pipeline, which knows the plan's date).
DEADLINE_AFTER_ISSUE = [
    # held-out 520: a January plan read in April; the closest 30/11 would be last year's
    ("Ngày 20/01/2026, UBND phường ban hành Kế hoạch số 26/KH-UBND về chiếu sáng. Phường yêu cầu hoàn thành thay "
     "đèn LED trước ngày 30/11.", "2026-04-09", [("Ngày 20/01/2026", "2026-01-20"), ("ngày 30/11", "2026-11-30")]),
    # held-out 208: "báo cáo kết quả … trước ngày 25/11" of a March plan read in March
    ("Ngày 07/3/2025, UBND tỉnh ban hành Kế hoạch số 41/KH-UBND; báo cáo kết quả về UBND tỉnh trước ngày 25/11.",
     "2025-03-12", [("Ngày 07/3/2025", "2025-03-07"), ("ngày 25/11", "2025-11-25")]),
    # a deadline already past when the article was written, after the plan's date: kept
    ("Ngày 10/01/2025, UBND huyện ban hành Kế hoạch số 05/KH-UBND; các xã hoàn thành rà soát trước ngày 28/2.",
     "2025-07-15", [("Ngày 10/01/2025", "2025-01-10"), ("ngày 28/2", "2025-02-28")]),
    # held-out 312, 370: recurring pairs keep the year closest to the article ("… và 15/12 hằng năm")
    ("Ngày 03/7/2024, UBND tỉnh ban hành Kế hoạch số 90/KH-UBND; báo cáo trước ngày 15/6 và 15/12 hằng năm.",
     "2024-07-03", [("Ngày 03/7/2024", "2024-07-03"), ("ngày 15/6", "2024-06-15"), ("15/12", "2024-12-15")]),
    # a count up to a day ("tính đến ngày") is no deadline
    ("Ngày 12/3/2025, UBND tỉnh ban hành Kế hoạch số 60/KH-UBND. Tính đến ngày 30/9, toàn tỉnh có 40 xã đạt chuẩn.",
     "2025-03-20", [("Ngày 12/3/2025", "2025-03-12"), ("ngày 30/9", "2024-09-30")]),
]


@pytest.mark.parametrize("raw, published, expected", DEADLINE_AFTER_ISSUE)
def test_a_yearless_deadline_falls_after_its_plan(raw, published, expected):
    assert [(d.text, d.value) for d in extract(raw, published=published).dates] == expected
