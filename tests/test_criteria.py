"""Criteria and indicator codes: (text, expected [(code, framework)])."""

import pytest

from kh_extract.document import Document
from kh_extract.extractors.criteria import find

SEED_ARTICLES = [
    ("Ít nhất 97% số xã đạt chuẩn chỉ tiêu 8.4 của tiêu chí số 8 về Thông tin và Truyền thông theo Bộ tiêu chí về "
     "xã Nông thôn mới giai đoạn 2021-2025; 50% số xã đạt chuẩn chỉ tiêu 8.4 của tiêu chí số 8, 50% số xã đạt chuẩn "
     "chỉ tiêu số 15.2 của tiêu chí số 15 về Hành chính công theo Bộ tiêu chí về xã Nông thôn mới nâng cao.",
     [("8.4", "xa_ntm"), ("8.4", "xa_ntm_nang_cao"), ("15.2", "xa_ntm_nang_cao")]),
    ("đạt chỉ tiêu 15.1, 15.2 của tiêu chí số 15 về Hành chính công theo Bộ tiêu chí quốc gia về xã nông thôn mới "
     "nâng cao.", [("15.1", "xa_ntm_nang_cao"), ("15.2", "xa_ntm_nang_cao")]),
    ("chuẩn chỉ tiêu 9.52, chuẩn chỉ tiêu 9.5 của Tiêu chí số 9 về An ninh trật tự", [("9.52", None), ("9.5", None)]),
    ("100% xã đạt chuẩn Tiêu chí số 8 về Thông tin và Truyền thông theo Bộ tiêu chí quốc gia về xã NTM.",
     [("8", "xa_ntm")]),
    ("chỉ tiêu 6.5 của Tiêu chí số 6 về Kinh tế, chỉ tiêu 9.2 của Tiêu chí số 9 theo Bộ tiêu chí quốc gia về huyện "
     "NTM nâng cao.", [("6.5", "huyen_ntm_nang_cao"), ("9.2", "huyen_ntm_nang_cao")]),
]
DOMAIN_MD = [
    ("97% số xã đạt nội dung 8.4 theo Bộ tiêu chí quốc gia về xã nông thôn mới", [("8.4", "xa_ntm")]),
    ("ít nhất 60% huyện đạt chỉ tiêu 9.5 theo Bộ tiêu chí quốc gia về huyện NTM", [("9.5", "huyen_ntm")]),
    ("Tiêu chí 1.1 về chính quyền số đạt 90%", [("1.1", None)]),
]
CORPUS_BUGS_CAUGHT = [
    # the criterion frames an indicator named earlier in the sentence (corpus 059)
    ("Phấn đấu mười xã đạt chỉ tiêu 17.1 về tỷ lệ hộ được sử dụng nước sạch của Tiêu chí số 17 về Môi trường "
     "theo Bộ tiêu chí quốc gia về xã nông thôn mới.", [("17.1", "xa_ntm")]),
    # an indicator code alone in a table cell of the row that names its criterion (corpus 035)
    ("| TT | Tiêu chí | Chỉ tiêu |\n|---|---|---|\n| 1 | Tiêu chí số 5 - Trường học | 5.1 |\n", [("5.1", None)]),
    # an indicator's code leading its name in a cell, under a column that names criteria (held-out 849)
    ("Bảng 1. Hiện trạng và mục tiêu\n\n| TT | Tiêu chí / chỉ tiêu | Hiện trạng | Mục tiêu 2025 |\n|---|---|---|---|\n"
     "| 4 | 17.5 - Tỷ lệ hộ phân loại chất thải rắn sinh hoạt tại nguồn | 68% | 80% |\n", [("17.5", None)]),
    # a framework phrase after a line wrapped at a hyphen (corpus 034)
    ("huyện đạt chỉ tiêu 9.2 của Tiêu chí số 9 về An ninh trật tự -\nhành chính công theo Bộ tiêu chí quốc gia "
     "về huyện NTM nâng cao.", [("9.2", "huyen_ntm_nang_cao")]),
]
MUST_NOT_MATCH = [
    "Bộ tiêu chí quốc gia về xã nông thôn mới có 19 tiêu chí",
    "đạt 19/19 tiêu chí, ngày 21.9.2023",
    "giai đoạn 2021-2025, tỷ lệ 8,4%",
    "tiêu chí số 2025/QĐ-UBND",
    "II. MỤC TIÊU, CHỈ TIÊU\n\n1. Mục tiêu chung",   # held-out 115: a heading, then a list number
    "nhấn mạnh chỉ tiêu 60 ha chè hữu cơ là khó nhất",   # held-out 245: no set has a 60th criterion; a quota
    "| TT | Đơn vị | Chỉ tiêu\n 1  | Lực lượng xung kích | 200 người |",   # held-out 501: a table's head over its first row
    "1. **Chỉ tiêu 1 – Giảm số vụ xâm hại trẻ em:**\nGiảm ít nhất 10% số vụ",   # held-out 524: a text numbering its own goals
    "NỘI DUNG 1: TIẾN ĐỘ CỨNG HÓA ĐƯỜNG GIAO THÔNG NÔNG THÔN NĂM 2025",   # held-out 546: minutes' section, not "nội dung 8.4"
    "Ghi chú: Chỉ tiêu 1, 2 tính theo số giường kế hoạch",   # held-out 553: a table's rows, an indicator code has its dot
]


@pytest.mark.parametrize("text,expected", SEED_ARTICLES + DOMAIN_MD + CORPUS_BUGS_CAUGHT)
def test_finds(text, expected):
    doc = Document.from_text(text)
    found = find(doc)
    assert [(c.code, c.framework) for c in found] == expected
    for c in found:
        assert text[c.span[0]:c.span[1]] == c.code


@pytest.mark.parametrize("text", MUST_NOT_MATCH)
def test_does_not_match(text):
    assert find(Document.from_text(text)) == []


def test_names_come_from_text_or_verified_catalogue():
    doc = Document.from_text("đạt chuẩn chỉ tiêu 8.4 theo Bộ tiêu chí quốc gia về xã NTM; "
                             "chỉ tiêu 2.3 theo Bộ tiêu chí quốc gia về huyện NTM.")
    names = {c.code: c.name for c in find(doc)}
    assert names["8.4"] == "Thông tin và Truyền thông"   # verified criterion name of xa_ntm
    assert names["2.3"] is None                          # huyen_ntm criterion 2 is unverified: no name


def test_three_solid_parts_of_a_house_are_no_criterion_code():
    # held-out 127: "tiêu chí 3 cứng" (nền, khung, mái cứng) of the housing programme
    from kh_extract.extractors.criteria import mention_spans
    assert mention_spans("Nhà xây mới phải bảo đảm tiêu chí 3 cứng theo Hướng dẫn của Sở Xây dựng.") == []
    assert [c for c, _, _ in mention_spans("xã đạt tiêu chí 3 về thủy lợi")] == ["3"]


def test_a_resolution_numbering_its_own_goals_cites_no_criterion():
    # held-out 189: "Chỉ tiêu 1: …" numbers the resolution's goals; "chỉ tiêu 18.3" is an indicator
    from kh_extract.document import Document
    from kh_extract.extractors.criteria import find as find_criteria

    doc = Document.from_text("Chỉ tiêu 1: Hằng năm có từ 65% số hộ nông dân trở lên đăng ký thi đua.\n\nChỉ tiêu 4: Có "
                             "80% cơ sở Hội đạt vững mạnh, góp phần giữ vững chỉ tiêu 18.3 của Bộ tiêu chí quốc gia về xã "
                             "nông thôn mới.")
    assert [c.code for c in find_criteria(doc)] == ["18.3"]
