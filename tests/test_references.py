"""References: the numbering forms of NĐ 30/2020 and HD 36 as written in real texts, and what is not one.

Each case is (raw text, [expected fields of each reference, in order]); only
the fields given are compared. Every span must point at the reference as
written in the RAW text (NFD and "Uỷ ban" input too).
"""

import unicodedata
from datetime import date

import pytest
import regex

from kh_extract.document import Document
from kh_extract.extractors.references import find
from kh_extract.normalize import normalize

# Sentences of the seed articles in corpus/.
SEED_ARTICLES = [
    ("Thực hiện Kế hoạch số 06/KH-UBND ngày 11/01/2023 của Uỷ ban nhân dân tỉnh Đồng Tháp về thực hiện Chương trình. "
     "Ngày 24/02/2023, Ủy ban nhân dân huyện Cao Lãnh đã ban hành Kế hoạch số 37/KH-UBND về việc triển khai.",
     [dict(ref="06/KH-UBND", kind="Kế hoạch", number="06", symbol="KH-UBND", issued="2023-01-11",
           issuer="UBND tỉnh Đồng Tháp"),
      dict(ref="37/KH-UBND", kind="Kế hoạch", issued="2023-02-24", issuer="UBND huyện Cao Lãnh")]),
    ("Chuyển đổi số trên địa bàn tỉnh Trà Vinh năm 2023\n\nNgày 18/4/2023, UBND tỉnh ban hành Kế hoạch số 38/KH-UBND để",
     [dict(ref="38/KH-UBND", issued="2023-04-18", issuer="UBND tỉnh Trà Vinh")]),
    ("Ngày 21/9, UBND thành phố Hà Nội ban hành Kế hoạch số 236/KH-UBND về thực hiện Chương trình",
     [dict(ref="236/KH-UBND", issued=None, issuer="UBND thành phố Hà Nội")]),  # no article date: no year
]

# NĐ 30/2020/NĐ-CP, HD 36-HD/VPTW and DOMAIN.md §3: every numbering form.
NGHI_DINH_30_FORMS = [
    ("Quyết định 924/QĐ-TTg ngày 02/8/2022", [dict(ref="924/QĐ-TTg", kind="Quyết định", issued="2022-08-02",
                                                 issuer="Thủ tướng Chính phủ")]),
    ("Nghị định 30/2020/NĐ-CP", [dict(ref="30/2020/NĐ-CP", kind="Nghị định", number="30", year=2020,
                                      symbol="NĐ-CP", issuer="Chính phủ")]),
    ("theo 07/2022/QĐ-TTg và 12/2023/NQ-HĐND", [dict(ref="07/2022/QĐ-TTg", kind="Quyết định", year=2022),
                                                 dict(ref="12/2023/NQ-HĐND", kind="Nghị quyết")]),
    ("Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp",
     [dict(ref="202/2025/QH15", kind="Nghị quyết", issued="2025-06-12", issuer="Quốc hội")]),
    ("Luật số 72/2025/QH15; Luật Bảo vệ môi trường số 72/2020/QH14",
     [dict(ref="72/2025/QH15", kind="Luật", issuer=None), dict(ref="72/2020/QH14", kind="Luật")]),
    ("Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị; Chương trình số 04-CTr/TU; 219-KL/TW; 36-HD/VPTW",
     [dict(ref="57-NQ/TW", kind="Nghị quyết", number="57", symbol="NQ/TW", issued="2024-12-22",
           issuer="Bộ Chính trị"),
      dict(ref="04-CTr/TU", kind="Chương trình"), dict(ref="219-KL/TW", kind="Kết luận"),
      dict(ref="36-HD/VPTW", kind="Hướng dẫn")]),
    ("Văn bản số 6638/BNN-VPĐP; 214/UBND-VP; 806/STP-XD&KTVBQPPL; 2231/SNV-CCHC&PC",
     [dict(ref="6638/BNN-VPĐP", kind="Văn bản"), dict(ref="214/UBND-VP", kind="Công văn"),
      dict(ref="806/STP-XD&KTVBQPPL", kind="Công văn"), dict(ref="2231/SNV-CCHC&PC")]),
    ("Tờ trình 209/TTr-SNN; 1342/TTr-STTTT; 03/VBHN-VPQH; 18/BCTĐ-STP; 01/QyĐ-UBND; 5/ĐA-UBND",
     [dict(ref="209/TTr-SNN", kind="Tờ trình"), dict(ref="1342/TTr-STTTT", kind="Tờ trình"),
      dict(ref="03/VBHN-VPQH", kind="Văn bản hợp nhất"), dict(ref="18/BCTĐ-STP", kind="Báo cáo thẩm định"),
      dict(ref="01/QyĐ-UBND", kind="Quy định"), dict(ref="5/ĐA-UBND", kind="Đề án")]),
    ("Kế hoạch 0204/KH-UBND, Quyết định 01779/QĐ-UBND, 10345/KH-UBND",
     [dict(ref="0204/KH-UBND", number="0204"), dict(ref="01779/QĐ-UBND", number="01779"),
      dict(ref="10345/KH-UBND")]),
    ("Quyết định số 06 của Ban Chỉ đạo tỉnh về việc",
     [dict(ref="06", number="06", symbol=None, kind="Quyết định", issuer="Ban Chỉ đạo tỉnh")]),
]

# REAL_WORLD.md: word-segmented text, wraps, Icelandic eth, NFD, old tone placement, markdown.
REAL_WORLD_MD = [
    ("Thực hiện Kế hoạch số : 40/KH-UBND ngày 22/01/2021 của UBND tỉnh Hà Tĩnh",
     [dict(ref="40/KH-UBND", issued="2021-01-22", issuer="UBND tỉnh Hà Tĩnh")]),
    ("Căn cứ Nghị quyết số 26-NQ / TW ngày 05/8/2008 của Ban Chấp hành Trung ương Đảng khóa X",
     [dict(ref="26-NQ/TW", issued="2008-08-05", issuer="Ban Chấp hành Trung ương Đảng")]),
    ("Kế hoạch số 12 / KH-UBND", [dict(ref="12/KH-UBND")]),
    # held-out 105: "UBND huyện" completed from a menu line; the name stops where the menu goes on
    ("Cổng Thông tin điện tử huyện Lục Nam | Tin tức - Sự kiện\n\nTheo Kế hoạch số 96/KH-UBND ngày 28/02/2024 của "
     "UBND huyện về xây dựng nông thôn mới năm 2024", [dict(ref="96/KH-UBND", issuer="UBND huyện Lục Nam")]),
    ("Căn cứ Quyết định số 924/QĐ TTg ngày 02/8/2022 của Thủ tướng Chính phủ",
     [dict(ref="924/QĐ-TTg", symbol="QĐ-TTg", issuer="Thủ tướng Chính phủ")]),
    ("Nghị định số 58/2025/NÐ-CP", [dict(ref="58/2025/NĐ-CP", kind="Nghị định")]),
    ("Thực hiện Kế hoạch số\n17/KH-UBND của UBND huyện", [dict(ref="17/KH-UBND", issuer="UBND huyện")]),
    ("Căn cứ Quyết định số 1980/QĐ-TTg ngày 17/10/2016 của\nThủ tướng Chính phủ về việc",
     [dict(ref="1980/QĐ-TTg", issued="2016-10-17", issuer="Thủ tướng Chính phủ")]),
    (unicodedata.normalize("NFD", "Kế hoạch số 5306/KH-UBND của Ủy ban nhân dân tỉnh Lâm Đồng"),
     [dict(ref="5306/KH-UBND", issuer="UBND tỉnh Lâm Đồng")]),
    ("**Kế hoạch số 178/KH-UBND** ngày 01/3/2024 của Uỷ ban nhân dân tỉnh Nghệ An",
     [dict(ref="178/KH-UBND", issued="2024-03-01", issuer="UBND tỉnh Nghệ An")]),
    ("HĐND tỉnh Phú Thọ khóa XIX đã biểu quyết thông qua Nghị quyết số 45/NQ-HĐND về kế hoạch",
     [dict(ref="45/NQ-HĐND", issuer="HĐND tỉnh Phú Thọ")]),
    ("và đề xuất của Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 115/TTr-SNN ngày 17/5/2023.",
     [dict(ref="115/TTr-SNN", issued="2023-05-17", issuer="Sở Nông nghiệp và Phát triển nông thôn")]),
    ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 144/KH-UBND\n"
     "Bắc Ninh, ngày 24\ntháng 11 năm 2025\n\nKẾ HOẠCH\nThực hiện chuyển đổi số",
     [dict(ref="144/KH-UBND", issued="2025-11-24", issuer="UBND tỉnh Bắc Ninh")]),
    ("và Kế hoạch số 96/KH-UBND ngày 02/6/2023 của UBND\ntỉnh Ninh Bình về việc thực hiện",  # wrap after capitals
     [dict(ref="96/KH-UBND", issued="2023-06-02", issuer="UBND tỉnh Ninh Bình")]),
    ("Tuyên Quang: chương trình hành động của tỉnh Tuyên Quang\n\n(BTQ) - Ngày 28/10/2025, Tỉnh ủy ban hành "
     "Chương trình hành động số 04-CTr/TU thực hiện Nghị quyết",
     [dict(ref="04-CTr/TU", kind="Chương trình hành động", issued="2025-10-28", issuer="Tỉnh ủy Tuyên Quang")]),
    ("Ngày 3.3.2025, UBND xã Quảng Phú (huyện Quảng Xương, tỉnh Thanh Hóa) ban hành Kế hoạch số 36/KH-UBND về",
     [dict(ref="36/KH-UBND", issued="2025-03-03", issuer="UBND xã Quảng Phú")]),
    ("Kế hoạch 06/KH-UBND … theo Kế hoạch 06/KH-UBND ngày 11/01/2023",  # one entry, first span, later date
     [dict(ref="06/KH-UBND", issued="2023-01-11")]),
]

# held-out 112, 113 (blind batch 110-113): the date after the last of an enumeration dates every one of it
REAL_WORLD_MD += [
    ("các Quyết định số 318/QĐ-TTg, 319/QĐ-TTg, 320/QĐ-TTg cùng ngày 08/3/2022 của Thủ tướng Chính phủ",
     [dict(ref="318/QĐ-TTg", issued="2022-03-08"), dict(ref="319/QĐ-TTg", issued="2022-03-08"),
      dict(ref="320/QĐ-TTg", issued="2022-03-08")]),
    ("Căn cứ Thông tư số 17/2018/TT-BGDĐT và Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo",
     [dict(ref="17/2018/TT-BGDĐT", issued="2018-08-22"), dict(ref="19/2018/TT-BGDĐT", issued="2018-08-22")]),
    # … but not across ";" or another kind
    ("Căn cứ Quyết định số 318/QĐ-TTg; Quyết định số 320/QĐ-TTg ngày 08/3/2022",
     [dict(ref="318/QĐ-TTg", issued=None), dict(ref="320/QĐ-TTg", issued="2022-03-08")]),
    ("Căn cứ Nghị quyết số 26-NQ/TW và Quyết định số 320/QĐ-TTg ngày 08/3/2022",
     [dict(ref="26-NQ/TW", issued=None), dict(ref="320/QĐ-TTg", issued="2022-03-08")]),
    # held-out 125: a document that "ban hành" another is the verb's subject; its date and issuer are its own
    ("thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành "
     "chính, Nghị định 45/2020/NĐ-CP của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử",
     [dict(ref="76/NQ-CP", issued="2021-07-15"), dict(ref="45/2020/NĐ-CP", issued=None, issuer="Chính phủ")]),
    ("Căn cứ Quyết định số 281/QĐ-TTg ngày 21/04/2023 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Chỉ thị "
     "số 25-CT/TW", [dict(ref="281/QĐ-TTg", issued="2023-04-21", issuer="Thủ tướng Chính phủ"),
                     dict(ref="25-CT/TW", issued=None, issuer=None)]),
    # held-out 198: a law's name with a comma in it still stands between "Luật" and "số"
    ("Kế hoạch triển khai Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15 trên địa bàn xã",
     [dict(ref="36/2024/QH15", kind="Luật")]),
    # held-out 202, 205: a law's passing date after "được Quốc hội thông qua"; a date on the next line of a wrapped text
    ("trên cơ sở Luật Lưu trữ số 33/2024/QH15 được Quốc hội thông qua ngày 21/6/2024 (có hiệu lực từ ngày 01/7/2025)",
     [dict(ref="33/2024/QH15", kind="Luật", issued="2024-06-21")]),
    ("của Thủ tướng Chính phủ và Nghị định 98/2020/NĐ-CP\nngày 26/8/2020 của Chính phủ về xử phạt",
     [dict(ref="98/2020/NĐ-CP", issued="2020-08-26", issuer="Chính phủ")]),
    # held-out 229 (a PDF's running header): a whole code stops before " - UBND huyện …"; a code cut at its hyphen joins
    ("BC số 118/BC-UBND - UBND huyện Ý Yên", [dict(ref="118/BC-UBND")]),
    ("Ủy ban nhân dân huyện Ý Yên đã ban hành Kế hoạch số 45/KH-\nUBND về bảo vệ môi trường",
     [dict(ref="45/KH-UBND", kind="Kế hoạch")]),
    # held-out 268: a law named before its number ("Luật … số 30/2023/QH15"); 269: an issuer ends before the next cited
    # document ("của Bộ Tài chính và Quyết định số …"), and a bare "UBND tỉnh" takes the province that still exists
    # ("tỉnh Thái Bình và tỉnh Hưng Yên hợp nhất thành tỉnh Hưng Yên" in October 2025)
    ("trên cơ sở Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở số 30/2023/QH15 được Quốc hội thông qua ngày "
     "28/11/2023", [dict(ref="30/2023/QH15", kind="Luật", issued="2023-11-28")]),
    # held-out 318: "… đã ký Quyết định số …" dates it from the sentence's opening; a vote reported in the sentence after
    # the paragraph's opening date ("Chiều 26/12, Kỳ họp … bế mạc. Kỳ họp đã biểu quyết thông qua Nghị quyết số …")
    ("Ngày 29/12/2025, Thủ tướng Chính phủ đã ký Quyết định số 51/2025/QĐ-TTg ban hành Bộ tiêu chí.",
     [dict(ref="51/2025/QĐ-TTg", issued="2025-12-29", issuer="Thủ tướng Chính phủ")]),
    ("Chiều 26/12/2025, Kỳ họp thứ Tư HĐND xã Hậu Lộc bế mạc sau hai ngày làm việc. Kỳ họp đã biểu quyết thông qua Nghị "
     "quyết số 27/NQ-HĐND về nhiệm vụ năm 2026.", [dict(ref="27/NQ-HĐND", issued="2025-12-26")]),
    # held-out 372: a steering committee's symbol with Vietnamese capitals ("Ban Chỉ đạo Trung ương về ATTP")
    ("Kế hoạch số 1751/KH-BCĐTƯATTP ngày 18/12/2024 của Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm",
     [dict(ref="1751/KH-BCĐTƯATTP", issued="2024-12-18")]),
    # held-out 390: "… và Công nghệ" is part of the department's name, not the next document ("và Công văn số …")
    ("Ngày 03/12/2025, Sở Khoa học và Công nghệ tỉnh Tây Ninh ban hành Kế hoạch số 1875/KH-SKHCN về tiêu chuẩn, đo lường.",
     [dict(ref="1875/KH-SKHCN", issuer="Sở Khoa học và Công nghệ tỉnh Tây Ninh")]),
    # held-out 543: "Để Kế hoạch số 112 được triển khai …" names again the plan cited in full before
    ("ngày 15/4/2025, UBND tỉnh đã ban hành Kế hoạch số 112/KH-UBND thực hiện Phong trào. Để Kế hoạch số 112 được triển "
     "khai đồng bộ, Chủ tịch UBND tỉnh yêu cầu", [dict(ref="112/KH-UBND", issued="2025-04-15")]),
]


def test_an_issuer_ends_before_the_next_document_and_a_bare_province_is_one_that_still_exists():
    doc = Document.from_text("Công văn số 7012/BTC-QLCS ngày 23/5/2025 của Bộ Tài chính và Quyết định số 2157/QĐ-UBND ngày "
                             "29/8/2025 của UBND tỉnh. Tỉnh Thái Bình và tỉnh Hưng Yên hợp nhất thành tỉnh Hưng Yên.",
                             published=date(2025, 10, 21))
    assert [(r.ref, r.issuer) for r in find(doc)] == [("7012/BTC-QLCS", "Bộ Tài chính"), ("2157/QĐ-UBND", "UBND tỉnh Hưng Yên")]

# Things with digits and slashes that are not references.
MUST_NOT_MATCH = [
    ("ngày 24/02/2023 và 24-02-2023", []),
    ("giai đoạn 2021-2025; 90%/năm; TP.HCM; COVID-19; 1/2 số hộ; xã/ấp", []),
    ("xem https://thuvienphapluat.vn/van-ban/123/QD-TTg và check.hanoi.gov.vn", []),
    ("quý I/2025; tháng 9/2023; 3/Tiêu chí", []),
    ("Kế hoạch số 2025 năm", []),
    # held-out 128: a technical standard's code is no document number
    ("nước sạch đạt quy chuẩn QCVN 01-1:2018/BYT của Bộ Y tế", []),
]

XFAIL = [
    ("Quyết định số 123a/QĐ-UBND", [dict(ref="123a/QĐ-UBND")]),                  # letter after the number
    ("Nghị quyết 26-nq/tw", [dict(ref="26-NQ/TW")]),                              # lower-case symbol
]

CASES = (
    [pytest.param(*c, id=f"seed-{i}") for i, c in enumerate(SEED_ARTICLES)]
    + [pytest.param(*c, id=f"nd30-{i}") for i, c in enumerate(NGHI_DINH_30_FORMS)]
    + [pytest.param(*c, id=f"real-{i}") for i, c in enumerate(REAL_WORLD_MD)]
    + [pytest.param(*c, id=f"not-{i}") for i, c in enumerate(MUST_NOT_MATCH)]
    + [pytest.param(*c, id=f"xfail-{i}", marks=pytest.mark.xfail(strict=True)) for i, c in enumerate(XFAIL)]
)


def _compact(s: str) -> str:
    """The reference as ``ref`` writes it: "26-NQ / TW" → "26-NQ/TW", "927/QĐ TTg" → "927/QĐ-TTg"."""
    return regex.sub(r"\s+", "-", regex.sub(r"\s*([/\-])\s*", r"\1", s.strip()))


@pytest.mark.parametrize("raw, expected", CASES)
def test_references(raw, expected):
    doc = Document.from_text(raw)
    found = find(doc)
    assert len(found) == len(expected), [r.ref for r in found]
    for ref, want in zip(found, expected):
        assert {k: getattr(ref, k) for k in want} == want
        start, end = ref.span
        assert _compact(normalize(raw[start:end]).text) == ref.ref  # the span is the reference as written
