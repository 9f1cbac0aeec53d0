"""Targets: (text, expected [(value, value_max, unit, comparator, direction, level, kind)])."""

from datetime import date

import pytest

from kh_extract.document import Document
from kh_extract.extractors.targets import find

SEED_ARTICLES = [
    ("ít nhất 90% hồ sơ công việc cấp tỉnh, 80% hồ sơ công việc cấp huyện và 60% hồ sơ công việc cấp xã được xử lý "
     "trên môi trường mạng.",
     [(90, None, "%", ">=", None, "tinh", "target"), (80, None, "%", ">=", None, "huyen", "target"),
      (60, None, "%", ">=", None, "xa", "target")]),
    ("Thái Nguyên cũng phấn đấu có ít nhất 4 huyện đạt chuẩn chỉ tiêu 9.5 của tiêu chí số 9.",
     [(4, None, "huyện", ">=", None, "huyen", "target")]),
    ("trên 80% hồ sơ công việc cấp huyện và trên 60% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.",
     [(80, None, "%", ">", None, "huyen", "target"), (60, None, "%", ">", None, "xa", "target")]),
    ("Kế hoạch có 05 mục tiêu chính và 06 nội dung thực hiện, 05 giải pháp.", []),
    ("với 100% đơn vị (cấp xã, huyện) cung cấp ít nhất một dịch vụ thiết yếu.",
     [(100, None, "%", "=", None, None, "target")]),
]
REAL_WORLD_MD = [
    ("Phấn đấu tăng trưởng GRDP năm 2025 đạt từ 11,5 - 12,4% trở lên.",
     [(11.5, 12.4, "%", ">=", None, None, "target")]),
    ("Tỷ lệ hộ nghèo giảm 1-1,5%/năm.", [(1, 1.5, "%/năm", "=", "down", None, "target")]),
    ("Chín tháng năm 2025, GRDP tăng 11,79% so với cùng kỳ, đạt 16,97% kế hoạch năm 2025.",
     [(11.79, None, "%", "=", "up", None, "result"), (16.97, None, "%", "=", None, None, "result")]),
    ("Mục tiêu đến năm 2025 có 1.958 giáo viên đạt chuẩn.", [(1958, None, "giáo viên", "=", None, None, "target")]),
    ("Kinh phí thực hiện Kế hoạch là 13.596 tỷ đồng từ ngân sách tỉnh.", []),
    ("Xã đạt chuẩn khi có từ 80% trở lên số hộ sử dụng nước sạch.", []),
    ("Phấn đấu tỷ lệ bao phủ bảo hiểm y tế đạt trên 95%, tỷ lệ hộ nghèo dưới 2%.",
     [(95, None, "%", ">", None, None, "target"), (2, None, "%", "<", None, None, "target")]),
    ("Phấn đấu tất cả các xã đạt chuẩn nông thôn mới.", [(100, None, "%", "=", None, "xa", "target")]),
    ("Mỗi năm phấn đấu xây dựng hai mô hình điểm, tối đa 10% hồ sơ trễ hạn.",
     [(2, None, "mô hình", "=", None, None, "target"), (10, None, "%", "<=", None, None, "target")]),
    ("Phấn đấu có ít nhất 3 nhà máy chế biến và 50 trang trại đạt chuẩn VietGAP.",
     [(3, None, "nhà máy", ">=", None, None, "target"), (50, None, "trang trại", ">=", None, None, "target")]),
]
REAL_ARTICLES_PROBED = [
    # a goal reached is a result, not a goal word
    ("Tính đến tháng 6/2025, toàn tỉnh có 81,2% xã đạt chuẩn nông thôn mới, vượt mục tiêu giai đoạn.",
     [(81.2, None, "%", "=", None, "xa", "result")]),
    # "đối với cấp …" qualifies the list's shared subject
    ("Tỷ lệ số hóa hồ sơ đạt 80% đối với cấp tỉnh, 70% đối với cấp huyện.",
     [(80, None, "%", "=", None, "tinh", "target"), (70, None, "%", "=", None, "huyen", "target")]),
    # under a goals heading a weak word such as "kết quả" does not make a result
    ("2. Mục tiêu cụ thể\n- Tỷ lệ người dân hài lòng với kết quả xây dựng NTM đạt trên 90%.",
     [(90, None, "%", ">", None, None, "target")]),
    # "Chương trình mục tiêu quốc gia" is a name, not a goal word; a headline restated as achieved is a result
    ("67% xã trong tỉnh đạt chuẩn nông thôn mới\nThực hiện Chương trình mục tiêu quốc gia xây dựng NTM, đến nay "
     "toàn tỉnh đã có 67% xã đạt chuẩn NTM. Mục tiêu đến năm 2025 là 80% số xã đạt chuẩn NTM.",
     [(67, None, "%", "=", None, "xa", "result"), (80, None, "%", "=", None, "xa", "target")]),
    # "khoảng" is the item's own "="; a measure after its own verb is an item of its own
    ("Phấn đấu có ít nhất 80% số xã đạt chuẩn nông thôn mới, trong đó khoảng 40% số xã đạt chuẩn nông thôn mới nâng "
     "cao, thu nhập bình quân của người dân nông thôn tăng ít nhất 1,5 lần so với năm 2020.",
     [(80, None, "%", ">=", None, "xa", "target"), (40, None, "%", "=", None, "xa", "target"),
      (1.5, None, "lần", ">=", "up", None, "target")]),
    # held-out 055 and Nghị quyết 72-NQ/TW as reported: years of life after "tuổi thọ" / "sống khỏe mạnh" are a
    # measure, "trẻ em dưới 5 tuổi" is none; a document that "đề ra mục tiêu đến năm 2030" sets the deadline
    ("Nghị quyết đề ra mục tiêu đến năm 2030, tuổi thọ trung bình đạt 75,5 tuổi, trong đó số năm sống khỏe mạnh "
     "đạt tối thiểu 68 năm.",
     [(75.5, None, "tuổi", "=", None, None, "target"), (68, None, "năm", ">=", None, None, "target")]),
    ("Phấn đấu tỷ lệ suy dinh dưỡng ở trẻ em dưới 5 tuổi giảm xuống dưới 15%; tuổi thọ trung bình đạt 76 tuổi.",
     [(15, None, "%", "<", None, None, "target"), (76, None, "tuổi", "=", None, None, "target")]),
    # held-out 116: "tăng gấp 2 lần" raises
    ("Phấn đấu doanh thu du lịch tăng gấp 2 lần so với năm 2020.", [(2, None, "lần", "=", "up", None, "target")]),
    # a count inside another item's predicate is no target ("ít nhất 1 lần/năm", "sản phẩm nhựa dùng 1 lần")
    ("Phấn đấu 100% người dân được khám sức khỏe định kỳ ít nhất 1 lần/năm.",
     [(100, None, "%", "=", None, None, "target")]),
    # "kết quả" inside a noun phrase is no result word; "Trong phát triển chính phủ số," leads into the subject
    ("Trong phát triển chính phủ số, tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ đạt 80%; tỷ lệ số hóa kết quả "
     "giải quyết thủ tục hành chính đạt 100%.",
     [(80, None, "%", "=", None, None, "target"), (100, None, "%", "=", None, None, "target")]),
    # alike but for "nâng cao": two goals, not one stated twice (seed 000)
    ("Phú Ninh phấn đấu 100% số xã nông thôn mới nâng cao năm 2023 đạt chuẩn tiêu chí số 8\n\n100% xã nông thôn mới "
     "năm 2023 đạt chuẩn Tiêu chí số 8 theo Bộ tiêu chí quốc gia về xã NTM.",
     [(100, None, "%", "=", None, "xa", "target"), (100, None, "%", "=", None, "xa", "target")]),
    # what follows the value is its denominator, not its subject
    ("Đồng Tháp đặt mục tiêu bao phủ bảo hiểm y tế trên 95% dân số vào năm 2026.",
     [(95, None, "%", ">", None, None, "target")]),
    ("Kế hoạch đặt yêu cầu tỷ lệ giải ngân vốn đầu tư công đạt tối thiểu 50% kế hoạch vốn được giao; thu ngân sách "
     "nhà nước cả năm vượt 10% dự toán.",
     [(50, None, "%", ">=", None, None, "target"), (10, None, "%", ">", None, None, "target")]),
    # "giải quyết", "nộp" in a noun phrase do not end the subject
    ("Phấn đấu giảm ít nhất 20% thời gian giải quyết thủ tục hành chính.",
     [(20, None, "%", ">=", "down", None, "target")]),
    # "theo quy định" before the verb is no criterion threshold
    ("Tỷ lệ dân số nông thôn được sử dụng nước sạch đạt chuẩn theo quy định đạt 96,5%.",
     [(96.5, None, "%", "=", None, None, "target")]),
    # found blind on held-out documents 070-073: "không ít hơn", a "trong đó" sub-item keeps its own "=",
    # "đồng thời" joins list items, "trồng mới" opens a count, "tính đến" beats a describing "trở lên"
    ("Phấn đấu không ít hơn 6 xã đạt chuẩn chỉ tiêu 15.2.", [(6, None, "xã", ">=", None, "xa", "target")]),
    ("Phấn đấu có ít nhất 120 sản phẩm OCOP, trong đó có 10 - 12 sản phẩm đạt 4 sao.",
     [(120, None, "sản phẩm", ">=", None, None, "target"), (10, 12, "sản phẩm", "=", None, None, "target")]),
    ("Phấn đấu toàn bộ các thôn duy trì danh hiệu thôn văn hóa, đồng thời xây dựng thêm hai thôn đạt chuẩn.",
     [(100, None, "%", "=", None, "thon", "target"), (2, None, "thôn", "=", None, "thon", "target")]),
    ("Năm 2024, phấn đấu trồng mới 1.500 cây xanh.",
     [(1500, None, "cây xanh", "=", None, None, "target")]),
    ("Tính đến hết tháng 8/2023, toàn tỉnh có 86 sản phẩm được công nhận đạt chuẩn OCOP từ 3 sao trở lên.",
     [(86, None, "sản phẩm", "=", None, None, "result")]),
    # found blind on held-out documents 074-077: "từ 92% đến 95%" is one range; "Tất cả" opening a line
    ("Tỷ lệ người dân được kích hoạt tài khoản định danh điện tử đạt từ 92% đến 95%.",
     [(92, 95, "%", "=", None, None, "target")]),
    ("- Tất cả các trạm y tế xã triển khai hồ sơ sức khỏe điện tử.", [(100, None, "%", "=", None, "xa", "target")]),
    # found blind on held-out documents 078-085
    ("Tổng thu ngân sách nhà nước trên địa bàn phấn đấu đạt 14.500 tỷ đồng, trong đó thu nội địa 8.600 tỷ đồng.",
     [(14500, None, "tỷ đồng", "=", None, None, "target"), (8600, None, "tỷ đồng", "=", None, None, "target")]),
    ("Đến hết năm 2025, tỉnh phấn đấu có 70/161 xã đạt chuẩn NTM.", [(70, None, "xã", "=", None, "xa", "target")]),
    ("Phấn đấu tỷ lệ hộ nghèo khu vực nông thôn giảm từ 3 - 3,5% so với cuối năm 2023.",
     [(3, 3.5, "%", "=", "down", None, "target")]),
    ("Về mục tiêu cụ thể, Kế hoạch đề ra đến năm 2025:\n- Tỷ lệ người dân có tài khoản thanh toán điện tử đạt 50%.\n"
     "- Xây dựng 02 mô hình ấp thông minh tại xã Đa Phước Hội.",
     [(50, None, "%", "=", None, None, "target"), (2, None, "mô hình", "=", None, "thon", "target")]),
    # found blind on held-out documents 086-093
    ("Phấn đấu số hợp tác xã giải thể, ngừng hoạt động không quá 15 hợp tác xã.",
     [(15, None, "hợp tác xã", "<=", None, None, "target")]),
    ("Phấn đấu thành lập mới ít nhất 2 liên hiệp hợp tác xã.", [(2, None, "liên hiệp hợp tác xã", ">=", None, None, "target")]),
    ("Phấn đấu doanh thu bình quân của một hợp tác xã đạt 2,6 tỷ đồng/năm.",
     [(2.6, None, "tỷ đồng/năm", "=", None, None, "target")]),
    ("| TT | Chỉ tiêu | Mục tiêu |\n|---|---|---|\n| 7 | Mô hình thôn thông minh | Ít nhất 09 mô hình |\n",
     [(9, None, "mô hình", ">=", None, "thon", "target")]),
    # a past year's figure in an article of a later year
    ("Được biết, đến cuối năm 2022, tỷ lệ hộ nghèo giảm còn 8,94%.", [(8.94, None, "%", "=", None, None, "result")]),
    # found blind on held-out documents 070, 084: a number word before a capitalised counted noun;
    # the level is the subject's, and "mỗi xã" stands outside the subject
    # held-out 087: a count with its own "tổng số …" and verb after a list is an item of its own
    ("Năm 2024, tỉnh đặt mục tiêu thành lập mới ít nhất 45 hợp tác xã và 60 tổ hợp tác, nâng tổng số HTX trên địa "
     "bàn lên khoảng 520 hợp tác xã.",
     [(45, None, "hợp tác xã", ">=", None, None, "target"), (60, None, "tổ hợp tác", ">=", None, None, "target"),
      (520, None, "hợp tác xã", "=", None, None, "target")]),
    ("Năm 2024, mỗi xã, phường, thị trấn duy trì hoạt động hiệu quả ít nhất một Tổ công nghệ số cộng đồng.",
     [(1, None, "tổ công nghệ số cộng đồng", ">=", None, None, "target")]),
    ("Phấn đấu đến năm 2025, mỗi thôn có ít nhất hai tổ công nghệ số cộng đồng hoạt động thường xuyên.",
     [(2, None, "tổ công nghệ số cộng đồng", ">=", None, None, "target")]),
    # held-out 092, 059: a reporting period ("6 tháng đầu năm") and "mới đạt" (only reached) report results
    ("Trước đó, trong 6 tháng đầu năm 2025, tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình của "
     "tỉnh mới đạt 48,6%.", [(48.6, None, "%", "=", None, None, "result")]),
    ("Tỷ lệ hộ dân nông thôn sử dụng nước sạch đáp ứng quy chuẩn mới đạt 41,3%.",
     [(41.3, None, "%", "=", None, None, "result")]),
    # held-out 054: the year of a law's name does not date the goal
    ("Tối thiểu 95% giáo viên các cấp đạt chuẩn trình độ đào tạo theo Luật Giáo dục năm 2019.",
     [(95, None, "%", ">=", None, None, "target")]),
    # held-out 092, 061: "khu dân cư" and "căn nhà" are counted nouns; "đối với 3 đặc khu," says whom a goal is for
    ("Riêng đối với 3 đặc khu, kế hoạch yêu cầu bảo đảm toàn bộ khu dân cư được phủ sóng di động 4G/5G.",
     [(100, None, "%", "=", None, None, "target")]),
    ("Phấn đấu hỗ trợ xây mới, sửa chữa 2.466 căn nhà ở cho hộ nghèo.",
     [(2466, None, "căn nhà", "=", None, None, "target")]),
]


# held-out 080, 097: a clause of only a year and a verb continues the goal before it, for that year
ELLIPTIC_CLAUSES = [
    ("Năm 2024, huyện phấn đấu 85% thôn, bản có sóng di động 4G; đến năm 2025 nâng lên 95%.",
     [(85, "thôn, bản", "có sóng di động 4G", 2024), (95, "thôn, bản", "có sóng di động 4G", 2025)]),
    ("Tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình năm 2025 đạt từ 70% trở lên; đến năm 2026 đạt trên 85%.",
     [(70, "Tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình", None, 2025),
      (85, "Tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình", None, 2026)]),
    # not across sentences, not to another unit, not after a subject of its own
    ("Phấn đấu 85% thôn có sóng di động 4G. Đến năm 2025 nâng lên 95%.", [(85, "thôn", "có sóng di động 4G", None)]),
    ("Phấn đấu có 12 mô hình; đến năm 2025 nâng lên 95%.", [(12, "mô hình", None, None)]),  # a later clause's year is its own
]


@pytest.mark.parametrize("text,expected", ELLIPTIC_CLAUSES)
def test_elliptic_clause_continues_the_goal_before(text, expected):
    found = find(Document.from_text(text), now=2024)
    assert [(t.value, t.subject, t.action, t.deadline) for t in found] == expected
MUST_NOT_MATCH = [
    "Thành phố hỗ trợ theo Nghị quyết của tỉnh; mỗi sản phẩm đạt 4 sao được thưởng 30 triệu đồng.",   # a reward rule
    "4. Phát triển nền tảng số; bảo đảm an toàn, an ninh mạng theo mô hình 4 lớp.",   # a number that qualifies a noun
    "Theo định mức, ngành giáo dục tỉnh vẫn thiếu hơn 3.000 giáo viên.",              # a shortage described
    "Đăng ngày 17 - 05 - 2024\nLượt xem: 400\n100%\n\nI. Căn cứ pháp lý",   # a font-size widget's "100%"
    "Thứ 3, 06/12/2022 | 16:40:48\n337 lượt xem",   # a view counter
    "Huyện có diện tích 250 km2, dân số 120.000 người, gồm 15 xã và 1 thị trấn.",
    "Thực hiện Kế hoạch số 06/KH-UBND ngày 11/01/2023 của UBND tỉnh giai đoạn 2021-2025.",
    "Lượt xem: 374. Điện thoại: 0235.2221348",
    "với sự vào cuộc của tất cả các cấp, các ngành",
    # held-out 107: a photo caption shows what happened
    "Hơn 300 đoàn viên thanh niên ra quân hỗ trợ người dân cài đặt VNeID tại xã Đức Lạng. Ảnh: Hồng Nhung",
    "Trên 200 hộ dân tham gia ngày hội chuyển đổi số (Ảnh: T.SỸ)",
    # held-out 108: where the plan starts from ("so với đầu năm" in a goal is a baseline, tested in the suite's docs)
    "2. Mục tiêu cụ thể\nĐầu năm 2025, toàn huyện còn 4.318 hộ nghèo, chiếm 14,82% tổng số hộ.",
    # held-out 117: a page's font-size buttons
    "Cổng thông tin điện tử huyện Tiên Phước\nA- A A+ 100%\nIn bài | Chia sẻ",
]


def _row(t):
    return (t.value, t.value_max, t.unit, t.comparator, t.direction, t.level, t.kind)


@pytest.mark.parametrize("text,expected", SEED_ARTICLES + REAL_WORLD_MD + REAL_ARTICLES_PROBED)
def test_finds(text, expected):
    doc = Document.from_text(text)
    found = find(doc, now=2023)
    assert [_row(t) for t in found] == expected
    for t in found:
        assert text[t.span[0]:t.span[1]].strip()


@pytest.mark.parametrize("text", MUST_NOT_MATCH)
def test_does_not_match(text):
    assert [t for t in find(Document.from_text(text)) if t.kind == "target"] == []


SUBJECTS = [
    ("Đồng Tháp đặt mục tiêu bao phủ bảo hiểm y tế trên 95% dân số.", "bao phủ bảo hiểm y tế"),
    ("Phấn đấu giảm ít nhất 20% thời gian giải quyết thủ tục hành chính.", "thời gian giải quyết thủ tục hành chính"),
    ("Thái Nguyên giữ mục tiêu tăng trưởng 10,5%, điều chỉnh kịch bản theo từng khu vực.", "tăng trưởng"),
    ("Phấn đấu có tối thiểu 12 bác sĩ/vạn dân.", "bác sĩ"),
    # held-out 090, 098, 101: a first "đạt chuẩn …" says which communes, the second predicate is the goal
    ("Phấn đấu 100% số xã đạt chuẩn NTM trong năm 2024 phải đạt chỉ tiêu 8.4.", "số xã đạt chuẩn NTM"),   # the year is the deadline
    ("Phấn đấu 100% số xã đã đạt chuẩn duy trì và hoàn thiện chỉ tiêu 17.8.", "số xã đã đạt chuẩn"),
    ("Phấn đấu 100% số xã đạt chuẩn chỉ tiêu 8.4.", "số xã"),
    # held-out 080, 087: an approximator or "lên" before the value is not part of the subject
    ("Phấn đấu nâng tổng số HTX trên địa bàn lên khoảng 520 hợp tác xã.", "tổng số HTX trên địa bàn"),
    ("Phấn đấu tỷ lệ hộ nghèo giảm xuống còn khoảng 2%.", "tỷ lệ hộ nghèo"),
    ("Phấn đấu đến hết năm 2026 có khoảng 1.200 lượt người dân được phổ cập kỹ năng số.", "lượt người dân"),
    ("Phấn đấu huy động ít nhất 50 tỷ đồng vốn xã hội hóa.", "vốn xã hội hóa"),
    ("Phấn đấu 99% chất thải rắn sinh hoạt đô thị được thu gom, xử lý.", "chất thải rắn sinh hoạt đô thị"),
    ("Phấn đấu 100% đảng viên sinh hoạt đảng đúng quy định.", "đảng viên"),
    # held-out 060: "Chỉ số" (an index) is no "số …" count; a count unit after "đạt" measures what stands before it
    ("Năm 2023, Chỉ số cải cách hành chính đạt trên 90 điểm.", "Chỉ số cải cách hành chính"),
    ("Phấn đấu đến năm 2025, tổng đàn gia súc đạt 50.000 con.", "tổng đàn gia súc"),
    ("Phấn đấu đến năm 2025 có 15 xã đạt chuẩn nông thôn mới.", "xã"),
    # held-out 093, 083: a headline's "Place: Phấn đấu" is a label; a subject may stand before "phấn đấu"
    ("Ninh Thuận: Phấn đấu 65 - 70% dân số nông thôn được dùng nước sạch đạt quy chuẩn vào năm 2025",
     "dân số nông thôn"),
    ("Tổng thu ngân sách nhà nước trên địa bàn phấn đấu đạt 14.500 tỷ đồng.", "Tổng thu ngân sách nhà nước trên địa bàn"),
    # held-out 118: a headline's "Place:" label and an actor before "phấn đấu" are no subjects; a share of GRDP
    # measures what stands before it; a multiplier is no part of the counted noun
    ("Bắc Kạn: Nâng độ che phủ rừng lên 73,8%", "độ che phủ rừng"),
    ("Về phòng, chống thiên tai, tỉnh phấn đấu giảm tối thiểu 10% thiệt hại về người do thiên tai.",
     "thiệt hại về người do thiên tai"),
    ("Phấn đấu đến năm 2025, thiệt hại về kinh tế không vượt quá 1% GRDP của tỉnh.", "thiệt hại về kinh tế"),
    ("Phấn đấu đến năm 2025, toàn tỉnh trồng khoảng 5 triệu cây lâm nghiệp phân tán.", "cây lâm nghiệp phân tán"),
    ("Năm 2025, tỉnh phấn đấu đón 4,2 - 4,5 triệu lượt khách du lịch.", "lượt khách du lịch"),
    # held-out 118: "đã đạt chuẩn" before "giữ vững" says which communes; it reports no result
    ("Đối với nông thôn mới, 100% số xã đã đạt chuẩn giữ vững chỉ tiêu 3.2.", "số xã đã đạt chuẩn"),
    # held-out 119, 120: an actor before "phấn đấu" in a markdown headline; who acts before a verb of making; a
    # rate per 100.000 people; a heading's "…năm 2030:" is no part of the subject
    ("# Xã Vĩnh Lộc phấn đấu 96,5% dân số tham gia BHYT trong năm 2026", "dân số"),
    ("Phấn đấu năm 2024, huyện vận động khoảng 2,5 tỷ đồng vốn xã hội hóa để hỗ trợ hộ nghèo.", "vốn xã hội hóa"),
    ("Phấn đấu năm 2024, mỗi xã trồng mới từ 2 - 3 km tuyến đường hoa.", "tuyến đường hoa"),
    ("Phấn đấu số người mắc ngộ độc thực phẩm dưới 7 người/100.000 dân.", "số người mắc ngộ độc thực phẩm"),
    ("Định hướng đến năm 2030: tỷ lệ bao phủ BHYT đạt trên 98% dân số.", "tỷ lệ bao phủ BHYT"),
    # held-out 105, 036: "ứng dụng công nghệ cao/số" after a counted noun says what kind of unit, it is no predicate
    ("Phấn đấu năm 2024 thành lập mới 2 hợp tác xã ứng dụng công nghệ cao.", "hợp tác xã ứng dụng công nghệ cao"),
    ("Phấn đấu xây dựng ít nhất 01 mô hình ứng dụng công nghệ số trong sản xuất.", "mô hình ứng dụng công nghệ số"),
    # held-out 114: who acts before a verb of change is no part of the subject
    ("Theo Kế hoạch, đến năm 2025, huyện mở rộng diện tích sản xuất nông nghiệp ứng dụng công nghệ cao lên 1.200 ha.",
     "diện tích sản xuất nông nghiệp ứng dụng công nghệ cao"),
    # held-out 121, 013: a first "có" before a second one says which units are meant
    ("Phấn đấu ít nhất 60% số xã có tiềm năng du lịch có điểm đến được số hóa.", "số xã có tiềm năng du lịch"),
    ("Phấn đấu 100% hộ gia đình người có công có mức sống bằng mức sống trung bình.", "hộ gia đình người có công"),
    # held-out 116: a comma after a passive verb joins two verbs, it opens no new clause
    ("Đến năm 2025, số sản phẩm OCOP được giới thiệu, giao dịch trên các sàn thương mại điện tử tăng gấp 2 lần "
     "so với năm 2022.", "số sản phẩm OCOP được giới thiệu, giao dịch trên các sàn thương mại điện tử"),
    # held-out 085, 120, 102: a long "Đối với …," lead-in; what a colon opens; ", ưu tiên …" is no part of the noun
    ("Đối với tiêu chí số 17 về Môi trường theo Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao, tỷ lệ chất thải "
     "rắn sinh hoạt được thu gom, xử lý theo quy định đạt 98%.",
     "tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý theo quy định"),
    ("Phấn đấu năm 2024, các xã tập trung vào những chỉ tiêu còn yếu: tỷ lệ hộ sử dụng nước sạch đạt 65% trở lên.",
     "tỷ lệ hộ sử dụng nước sạch"),
    ("Trong hai năm, huyện phấn đấu đầu tư mới từ 10 - 12 công trình cấp nước tập trung, ưu tiên các xã Hàm Trí, "
     "Thuận Hòa.", "công trình cấp nước tập trung"),
    # held-out 124: who calls for money (with an adverb) is no subject; investing is a predicate, "vốn đầu tư" a noun
    ("Phấn đấu năm 2024, huyện cũng kêu gọi khoảng 40 tỷ đồng vốn của doanh nghiệp, hợp tác xã đầu tư vào liên kết "
     "sản xuất.", "vốn của doanh nghiệp, hợp tác xã"),
    ("Phấn đấu thu hút 500 tỷ đồng vốn đầu tư vào khu công nghiệp.", "vốn đầu tư vào khu công nghiệp"),
    # a year after the colon is the item's, the subject stays before it
    ("Tỷ lệ trường mầm non, phổ thông công lập đạt chuẩn quốc gia: năm 2024 đạt ít nhất 60%.",
     "Tỷ lệ trường mầm non, phổ thông công lập đạt chuẩn quốc gia"),
]


@pytest.mark.parametrize("text,subject", SUBJECTS)
def test_subject(text, subject):
    found = find(Document.from_text(text))
    assert found[0].subject == subject
    assert found[0].kind == "target"


ITEM_SUBJECTS = [
    # seed 002: "tiêu chí số 6 về Kinh tế và" is a criterion's label, not the count of the next item
    ("Phấn đấu có ít nhất 2 huyện đạt chuẩn chỉ tiêu 6.5 của tiêu chí số 6 về Kinh tế và ít nhất 2 huyện đạt chuẩn "
     "chỉ tiêu 9.2 của tiêu chí số 9.", ["huyện", "huyện"]),
    ("Năm 2024, tỉnh đặt mục tiêu thành lập mới ít nhất 45 hợp tác xã và 60 tổ hợp tác, nâng tổng số HTX trên địa "
     "bàn lên khoảng 520 hợp tác xã.", ["hợp tác xã", "tổ hợp tác", "tổng số HTX trên địa bàn"]),
    # held-out 108: a part after "trong đó", counted in the same noun, is named before its verb ("thiểu số" is no count)
    ("Phấn đấu có ít nhất 650 hộ thoát nghèo, trong đó hộ đồng bào dân tộc thiểu số thoát nghèo khoảng 420 hộ.",
     ["hộ thoát nghèo", "hộ đồng bào dân tộc thiểu số thoát nghèo"]),
    # held-out 108: a bare classifier counts what the list's intro names; the next item's verb is not this one's subject
    ("Mục tiêu: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo có khó khăn về nhà ở: xây mới 120 căn, sửa chữa 45 căn.",
     ["nhà ở cho hộ nghèo, hộ cận nghèo có khó khăn về nhà ở", "nhà ở cho hộ nghèo, hộ cận nghèo có khó khăn về nhà ở"]),
    # held-out 093: a sum to raise after the plan's budget in the same list is a goal of its own
    ("Tỉnh sẽ nâng cấp 14 công trình cấp nước tập trung với tổng kinh phí khoảng 320 tỷ đồng và huy động tối thiểu "
     "50 tỷ đồng vốn xã hội hóa tham gia đầu tư.", ["công trình cấp nước tập trung với tổng kinh phí khoảng 320 tỷ đồng",
                                                   "vốn xã hội hóa"]),
    # held-out 088 and 106: "…, chiếm trên 47% tổng số xã" after another item is a share of the total; a subject
    # before "chiếm" keeps it
    ("Phấn đấu đến năm 2025 toàn huyện có ít nhất 8 xã đạt chuẩn nông thôn mới kiểu mẫu, chiếm trên 47% tổng số xã.",
     ["xã", "tổng số xã"]),
    ("Phấn đấu số HTX yếu kém, ngừng hoạt động chiếm không quá 10% tổng số HTX.", ["số HTX yếu kém, ngừng hoạt động"]),
    # held-out 071: "đơn vị cấp huyện" is a unit ("lượt người dân", held-out 080, is in SUBJECTS)
    ("Ở cấp huyện, phấn đấu có thêm 01 đơn vị cấp huyện được công nhận đạt chuẩn NTM.", ["đơn vị cấp huyện"]),
    # held-out 112: a baseline between two measures is no subject; a verb of making measures what follows it
    ("Thu nhập bình quân đầu người khu vực nông thôn tăng ít nhất 8% so với năm 2023, đạt trên 51,6 triệu đồng/người/năm.",
     ["Thu nhập bình quân đầu người khu vực nông thôn", "Thu nhập bình quân đầu người khu vực nông thôn"]),
    ("Phấn đấu cứng hóa thêm 28,5 km đường giao thông nông thôn.", ["đường giao thông nông thôn"]),
    # held-out 111: a noun that runs on to a rate is the unit whole ("dược sĩ đại học/vạn dân")
    ("Phấn đấu đến năm 2030 đạt 12 bác sĩ/vạn dân và 2,8 dược sĩ đại học/vạn dân.", ["bác sĩ", "dược sĩ đại học"]),
    # held-out 114: "bình quân trên 1 ha" is per hectare; "tăng thêm" is the verb, not the subject
    ("Phấn đấu giá trị sản xuất bình quân trên 1 ha đất trồng trọt đạt 150 triệu đồng/ha/năm trở lên.",
     ["giá trị sản xuất bình quân trên 1 ha đất trồng trọt"]),
    ("Phấn đấu diện tích thanh long sản xuất theo quy trình VietGAP, GlobalGAP tăng thêm ít nhất 120 ha.",
     ["diện tích thanh long sản xuất theo quy trình VietGAP, GlobalGAP"]),
    # held-out 117: the rate named after a percentage is what changes, not the actor before the verb
    ("Huyện Tiên Phước đặt mục tiêu giảm 1,5 - 2% tỷ lệ hộ nghèo trong năm 2024.", ["tỷ lệ hộ nghèo"]),
    # held-out 115: "tuyến phố" is a unit; "bổ sung", "lên" lead into a count
    ("Phấn đấu xây dựng ít nhất 02 tuyến phố văn minh đô thị; nâng số trang trại đạt tiêu chí lên 30 trang trại.",
     ["tuyến phố văn minh đô thị", "số trang trại đạt tiêu chí"]),
    # held-out 117: the last item names whose houses (not across "trong đó": the part has its own noun)
    ("Phấn đấu hỗ trợ xây mới 35 căn nhà và sửa chữa 20 căn nhà cho hộ nghèo.",
     ["căn nhà cho hộ nghèo", "căn nhà cho hộ nghèo"]),
    ("Phấn đấu đầu tư xây mới 126 phòng học, trong đó xóa 35 phòng học tạm.", ["phòng học", "phòng học tạm"]),
    # held-out 125: a rate after a comma opens a clause of its own; a multiplier counts a whole word ("triệu hồ sơ");
    # "tuy nhiên" and an adverb before the verb ("chỉ đạt") are no part of the subject
    ("Năm qua, toàn tỉnh tiếp nhận hơn 1,1 triệu hồ sơ thủ tục hành chính, tỷ lệ giải quyết đúng hạn đạt 98,6%; tuy "
     "nhiên hồ sơ nộp trực tuyến toàn trình mới chiếm 28,4%, thanh toán trực tuyến chỉ đạt 19,7%.",
     ["hồ sơ thủ tục hành chính", "tỷ lệ giải quyết đúng hạn", "hồ sơ nộp trực tuyến toàn trình mới",
      "thanh toán trực tuyến"]),
    # held-out 109: installing is a verb of making; "camera" a counted noun
    ("Phấn đấu trong năm 2025 lắp đặt 45 camera an ninh tại các thôn.", ["camera an ninh tại các thôn"]),
]


@pytest.mark.parametrize("text,subjects", ITEM_SUBJECTS)
def test_item_subjects(text, subjects):
    assert [t.subject for t in find(Document.from_text(text))] == subjects


def test_shared_action_and_deadline():
    doc = Document.from_text("Đến năm 2025, 90% hồ sơ cấp tỉnh, 80% hồ sơ cấp huyện được xử lý trên môi trường mạng; "
                             "100% cán bộ được tập huấn.")
    found = find(doc, horizon=2030)
    assert [t.action for t in found[:2]] == ["được xử lý trên môi trường mạng"] * 2
    assert {t.deadline for t in found[:2]} == {2025}
    assert found[2].deadline == 2025   # the year of its sentence
    later = find(Document.from_text("Phấn đấu 100% cán bộ được tập huấn."), horizon=2030)
    assert later[0].deadline == 2030   # no year in the sentence: the plan's horizon


GOAL_TABLES = [
    # (table text, expected [(value, unit, subject, deadline)])
    ("Bảng 1. Một số chỉ tiêu chủ yếu năm 2024\n| TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 |\n|---|---|---|---|\n"
     "| 1 | Số xã đạt chuẩn NTM tăng thêm | xã | 12 |\n| 2 | Bình quân số tiêu chí đạt chuẩn/xã | tiêu chí | 16,8 |\n"
     "| 3 | Tỷ lệ dân số nông thôn sử dụng nước sạch | % | 56 |\n",
     [(12, "xã", "Số xã đạt chuẩn NTM tăng thêm", 2024), (16.8, "tiêu chí", "Bình quân số tiêu chí đạt chuẩn/xã", 2024),
      (56, "%", "Tỷ lệ dân số nông thôn sử dụng nước sạch", 2024)]),
    ("| TT | Chỉ tiêu | Mục tiêu |\n|---|---|---|\n| 1 | Hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng | 90% |\n",
     [(90, "%", "Hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng", 2025)]),
    # held-out 091: "Nội dung" holds the subject, a bare "Chỉ tiêu" the goals
    ("Đến năm 2025 tỉnh phấn đấu đạt các chỉ tiêu chủ yếu sau:\n\n| STT | Nội dung | Chỉ tiêu |\n|---|---|---|\n"
     "| 7 | Mô hình thôn thông minh | Ít nhất 09 mô hình |\n", [(9, "mô hình", "Mô hình thôn thông minh", 2025)]),
    # A criteria table with thresholds and present state is no goal table.
    ("| TT | Tiêu chí | Chỉ tiêu | Yêu cầu đạt chuẩn | Hiện trạng | Đánh giá |\n|---|---|---|---|---|---|\n"
     "| 1 | Tiêu chí số 17 | 17.10 | Xã đạt chuẩn khi có từ 80% trở lên số hộ có nhà tiêu | 74,5% | Chưa đạt |\n", []),
]


@pytest.mark.parametrize("text,expected", GOAL_TABLES)
def test_goal_tables(text, expected):
    found = [t for t in find(Document.from_text(text), horizon=2025) if t.kind == "target"]
    assert [(t.value, t.unit, t.subject, t.deadline) for t in found] == expected
    for t in found:
        assert str(t.value).replace(".", ",")[:2] in text[t.span[0]:t.span[1]]   # the cell, its comparator too


def test_an_items_own_year_is_its_deadline():
    text = "Tỷ lệ hồ sơ được giải quyết trực tuyến đạt trên 50% trong năm 2023 và từ 70% trở lên vào năm 2025."
    assert [(t.value, t.deadline) for t in find(Document.from_text(text), now=2023)] == [(50, 2023), (70, 2025)]


def test_years_opening_each_item_are_their_deadlines():
    text = "Phấn đấu tỷ trọng kinh tế số trong GRDP năm 2022 đạt 6%, năm 2023 đạt 7,5% và đến năm 2025 đạt 10%."
    found = find(Document.from_text(text), now=2022)
    assert [(t.value, t.deadline, t.subject) for t in found] == [
        (6, 2022, "tỷ trọng kinh tế số trong GRDP"), (7.5, 2023, "tỷ trọng kinh tế số trong GRDP"),
        (10, 2025, "tỷ trọng kinh tế số trong GRDP")]


def test_the_year_of_the_paragraph_dates_its_later_sentences():
    text = ("Báo cáo tại hội nghị cho biết, năm 2023 huyện đã huy động hơn 312 tỷ đồng. Thu nhập bình quân đầu người "
            "khu vực nông thôn đạt 48,2 triệu đồng/người; tỷ lệ hộ nghèo giảm còn 3,85%.")
    assert {t.kind for t in find(Document.from_text(text), now=2024)} == {"result"}


def test_year_end_review_reports_this_years_figures_as_results():
    text = ("Năm 2023, tốc độ tăng giá trị sản xuất đạt 10,2%; tỷ lệ hộ nghèo giảm còn 3,5%.\n"
            "Năm 2024, huyện phấn đấu tốc độ tăng giá trị sản xuất đạt từ 10 - 11%.")
    found = find(Document.from_text(text), now=2023, late_in_year=True)
    assert [(t.value, t.kind, t.deadline) for t in found] == [(10.2, "result", 2023), (3.5, "result", 2023),
                                                              (10, "target", 2024)]
    # the same text in a plan issued early in 2023 sets goals for 2023
    early = find(Document.from_text(text), now=2023, late_in_year=False)
    assert [t.kind for t in early] == ["target", "target", "target"]


# A goal stated twice is one target at its first mention, completed by the detail; grades keep goals apart.
STATED_TWICE = [
    # seed-like 021: "Thông tin và Truyền thông" in the detail is no grade ("thông minh")
    ("Kế hoạch đặt mục tiêu đến năm 2025 có 97% số xã đạt chuẩn chỉ tiêu 8.4. Cụ thể, đến năm 2025, tối thiểu 97% số "
     "xã đạt chuẩn chỉ tiêu 8.4 của Tiêu chí số 8 về Thông tin và Truyền thông.", [(97, ">=")]),
    # "xã NTM" and "xã NTM nâng cao" are two goals
    ("Phấn đấu 80% số xã đạt chuẩn nông thôn mới. Phấn đấu 80% số xã đạt chuẩn nông thôn mới nâng cao.",
     [(80, "="), (80, "=")]),
]


# held-out 108: a range is no twin of a single value, however alike the subjects read
STATED_TWICE += [
    ("Phấn đấu tỷ lệ hộ nghèo đồng bào dân tộc thiểu số giảm từ 3 - 3,5%; tỷ lệ hộ tái nghèo dưới 3%.", [(3, "="), (3, "<")]),
]


def test_a_headline_is_not_restated_by_a_goal_for_other_ages():
    # held-out 789 (and 840, 348): the headline's "trẻ dưới 1 tuổi … ≥ 95%" is not the body's goal for children of 18 months,
    # nor a campaign's rate, though they share the figure and most words
    text = ("Triển khai Kế hoạch tiêm chủng mở rộng năm 2024: phấn đấu tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ ≥ 95%\n\n"
            "Các chỉ tiêu chuyên môn năm 2024:\n1. Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin: ≥ 95%\n"
            "2. Tỷ lệ trẻ 18 tháng tuổi được tiêm vắc xin sởi - rubella: ≥ 95%\n\nTiêm bổ sung vắc xin sởi - rubella tại 6 "
            "huyện miền núi; tỷ lệ tiêm trong chiến dịch phải đạt ≥ 95% số trẻ trong diện.")
    doc = Document.from_text(text)
    doc.title = text.split("\n")[0]
    assert [(t.value, t.span[0]) for t in find(doc, now=2024) if t.unit == "%"] == [
        (95, text.index("95%")), (95, text.index("95%", text.index("18 tháng"))), (95, text.rindex("95%"))]


def test_a_headline_restates_a_goal_in_its_own_words():
    # held-out 106: the body's wording shares half the headline's subject
    text = ("Tây Ninh: Đến năm 2025 phấn đấu có 30 chuỗi liên kết gắn hợp tác xã với tiêu thụ nông sản\n\n"
            "Mục tiêu đến năm 2025, tỉnh tập trung xây dựng 30 chuỗi liên kết sản xuất - tiêu thụ giữa HTX với doanh "
            "nghiệp, trong đó có ít nhất 8 chuỗi áp dụng quy trình VietGAP.")
    doc = Document.from_text(text)
    doc.title = text.split("\n")[0]
    assert [(t.value, t.unit, t.span[0]) for t in find(doc)] == [(30, "chuỗi liên kết", text.index("30")), (8, "chuỗi", text.index("8 chuỗi"))]
    doc.title = None   # no headline: two statements, two targets
    assert [t.value for t in find(doc)] == [30, 30, 8]
    # seed-like 011: … and its action in other words ("chỉ tiêu ứng dụng công nghệ thông tin" for "chỉ tiêu 8.4")
    text = ("Bình Định đặt mục tiêu 100% xã đạt chuẩn chỉ tiêu ứng dụng công nghệ thông tin trong xây dựng nông thôn mới\n\n"
            "Theo kế hoạch, đến năm 2025, tỉnh phấn đấu 100% số xã đạt chuẩn chỉ tiêu 8.4 của Tiêu chí số 8 về Thông tin "
            "và Truyền thông theo Bộ tiêu chí quốc gia về xã NTM giai đoạn 2021 - 2025.")
    doc = Document.from_text(text)
    doc.title = text.split("\n")[0]
    assert [(t.value, t.span[0], t.criteria) for t in find(doc)] == [(100, text.index("100%"), ["8.4"])]


def test_a_criterion_before_the_first_item_is_in_it():
    # held-out 109
    doc = Document.from_text("Trong năm 2026 xã tập trung hoàn thiện chỉ tiêu 17.8, bảo đảm trên 95% hộ có nhà tiêu, "
                             "nhà tắm hợp vệ sinh.")
    assert [(t.value, t.criteria) for t in find(doc)] == [(95, ["17.8"])]


def test_parts_after_trong_do_keep_their_own_comparator_and_a_marked_heading_dates_its_items():
    # held-out 113 (blind batch 110-113)
    text = ("2. Mục tiêu cụ thể\na) Năm 2024:\n- Có thêm ít nhất 18 trường được công nhận đạt chuẩn quốc gia, trong đó: "
            "07 trường mầm non, 05 trường tiểu học và 01 trường trung học phổ thông.\n"
            "- Đầu tư xây mới 126 phòng học, trong đó xóa 35 phòng học tạm.\nb) Đến năm 2025:\n- 100% trường có thư viện.")
    found = find(Document.from_text(text), horizon=2025)
    assert [(t.value, t.comparator, t.deadline) for t in found] == [
        (18, ">=", 2024), (7, "=", 2024), (5, "=", 2024), (1, "=", 2024), (126, "=", 2024), (35, "=", 2024),
        (100, "=", 2025)]


def test_a_count_set_for_each_unit_names_them_in_per():
    # held-out 051, 054, 086, 088, 100, 105: the subject is what is counted; "mỗi xã" says for whom
    doc = Document.from_text("Phấn đấu mỗi xã có ít nhất 01 sản phẩm OCOP đạt 4 sao; mỗi huyện, thị xã, thành phố xây "
                             "dựng 01 trường mầm non chất lượng cao; 100% xã có nhà văn hóa.")
    assert [(t.subject, t.per) for t in find(doc)] == [
        ("sản phẩm OCOP", "mỗi xã"), ("trường mầm non chất lượng cao", "mỗi huyện, thị xã, thành phố"), ("xã", None)]


def test_goal_words_earlier_in_the_sentence_govern_a_later_clause():
    # held-out 112: "gồm: Nghĩa Đồng, Kỳ Sơn" names communes; it describes no present
    doc = Document.from_text("Cụ thể, năm 2024 huyện phấn đấu có thêm 02 xã đạt chuẩn NTM; có thêm 2 xã đạt chuẩn NTM "
                             "nâng cao, gồm: Nghĩa Đồng, Kỳ Sơn và 01 xã đạt chuẩn NTM kiểu mẫu là xã Nghĩa Thái.")
    assert [t.value for t in find(doc, now=2024)] == [2, 2, 1]


def test_other_articles_listed_under_this_one_set_no_goals():
    # held-out 110: a "Tin khác" block
    text = ("Phấn đấu 100% thôn có tổ công nghệ số cộng đồng.\n\nTin khác\n"
            "- Xã Tam Đảo hoàn thành số hóa 100% hồ sơ đất đai (17/08/2025)\n"
            "- Xã Yên Lạc phấn đấu có 24 tổ công nghệ số cộng đồng (05/08/2025)\n")
    assert [t.span[0] for t in find(Document.from_text(text))] == [text.index("100%")]


@pytest.mark.parametrize("text,expected", STATED_TWICE)
def test_goal_stated_twice(text, expected):
    assert [(t.value, t.comparator) for t in find(Document.from_text(text))] == expected


# The level is the subject's head phrase's: places after "tại", "cho", "của" … do not count, an issuer's level does.
LEVELS_FROM_THE_HEAD = [
    # held-out 103 (blind batch 102-105)
    ("Mỗi xã, phường có tối thiểu 01 điểm hỗ trợ dịch vụ công trực tuyến tại nhà văn hóa thôn, tổ dân phố.", None),
    # held-out 034, 078: a smart-village model is a village's, wherever it stands
    ("Phấn đấu xây dựng 02 mô hình ấp thông minh tại xã Đa Phước Hội và xã Thành Thới B.", "thon"),
    # held-out 104: an aside in parentheses names no level
    ("| TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2025 |\n|---|---|---|---|\n"
     "| 1 | Số giường bệnh (không tính giường trạm y tế xã) | giường/vạn dân | 34 |\n", None),
    # held-out 099: "của UBND xã" names the level of the records
    ("Phấn đấu trên 90% hồ sơ công việc của UBND xã được xử lý trên môi trường mạng.", "xa"),
    # held-out 153: "trợ cấp xã hội" (a social allowance) names no level
    ("Phấn đấu giải quyết 100% hồ sơ đề nghị hưởng trợ cấp xã hội đúng hạn.", None),
    # held-out 111: where the patients come from is no level; 102: the communes given priority are none either
    ("Tỷ lệ người bệnh phải chuyển tuyến từ trạm y tế xã lên tuyến trên không quá 10%.", None),
    ("Phấn đấu xây mới 10 công trình cấp nước tập trung, ưu tiên các xã vùng khô hạn.", None),
]


@pytest.mark.parametrize("text,level", LEVELS_FROM_THE_HEAD)
def test_level_from_the_head_phrase(text, level):
    assert find(Document.from_text(text))[0].level == level


def test_a_clause_of_its_own_takes_no_comparator_from_the_list_before():
    # held-out 125: "hơn" is the count's, not the rate's after the comma
    found = find(Document.from_text("Năm qua, toàn tỉnh tiếp nhận hơn 1,1 triệu hồ sơ thủ tục hành chính, tỷ lệ giải "
                                    "quyết đúng hạn đạt 98,6%."))
    assert [(t.value, t.unit, t.comparator) for t in found] == [(1.1, "triệu hồ sơ", ">"), (98.6, "%", "=")]
    # … but "trên 90% ở cấp mầm non, 80% ở cấp tiểu học" is one subject at two levels: "trên" applies to both
    found = find(Document.from_text("Phấn đấu tỷ lệ phòng học kiên cố đạt trên 90% ở cấp mầm non, 80% ở cấp tiểu học."))
    assert [t.comparator for t in found] == [">", ">"]


def test_list_items_apart_by_blank_lines_keep_their_intro_and_a_later_clauses_year_is_its_own():
    # held-out 104 (blind batch 102-105)
    text = ("Kế hoạch đề ra các mục tiêu cụ thể đến hết năm 2025 như sau:\n\n"
            "- Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95,5% dân số.\n\n"
            "- Có thêm 15 trạm y tế xã đạt Bộ tiêu chí quốc gia về y tế xã; riêng trong năm 2024 hoàn thành cải tạo, "
            "nâng cấp 35 trạm y tế bị xuống cấp.")
    found = find(Document.from_text(text), horizon=2025, now=2024)
    assert [(t.value, t.unit, t.deadline, t.kind) for t in found] == [
        (95.5, "%", 2025, "target"), (15, "trạm y tế", 2025, "target"), (35, "trạm y tế", 2024, "target")]


def test_a_review_reports_results_unless_it_states_a_goal():
    # held-out 105 (blind batch 102-105): under a review's headline, a figure without a goal word is a result
    text = ("Cẩm Lý sơ kết 6 tháng, quyết tâm về đích xã nông thôn mới nâng cao\n\n"
            "Về chuyển đổi số, 100% hồ sơ thủ tục hành chính của xã được tiếp nhận trên Hệ thống thông tin, trong đó "
            "78,5% hồ sơ được nộp trực tuyến; xã tiếp tục duy trì các tiêu chí đã đạt.\n\n"
            "Hội nghị thống nhất phấn đấu đến cuối năm 2024 có 100% hộ gia đình được phân loại rác tại nguồn.")
    doc = Document.from_text(text)
    doc.title = "Cẩm Lý sơ kết 6 tháng, quyết tâm về đích xã nông thôn mới nâng cao"
    assert [(t.value, t.kind) for t in find(doc, now=2024)] == [(100, "result"), (78.5, "result"), (100, "target")]


def test_a_document_that_sets_a_goal_for_a_year_gives_the_deadline_and_one_named_with_its_year_does_not():
    # Nghị quyết 72-NQ/TW as reported; "Luật Hợp tác xã năm 2023" names a law
    found = find(Document.from_text("Nghị quyết đề ra mục tiêu đến năm 2030, tuổi thọ trung bình đạt 75,5 tuổi."),
                 horizon=2025)
    assert [(t.value, t.deadline) for t in found] == [(75.5, 2030)]
    found = find(Document.from_text("Thực hiện Luật Hợp tác xã năm 2023, phấn đấu có 10 hợp tác xã."), horizon=2025)
    assert [(t.value, t.deadline) for t in found] == [(10, 2025)]


def test_a_level_alone_stands_for_the_noun_before_and_a_bare_verb_shares_the_subject_before():
    # held-out 118
    found = find(Document.from_text("Phấn đấu 100% cán bộ làm công tác phòng, chống thiên tai cấp tỉnh, 90% cấp huyện "
                                    "và 80% cấp xã được tập huấn."), horizon=2025)
    assert [(t.subject, t.level) for t in found] == [
        ("cán bộ làm công tác phòng, chống thiên tai cấp tỉnh", "tinh"),
        ("cán bộ làm công tác phòng, chống thiên tai cấp huyện", "huyen"),
        ("cán bộ làm công tác phòng, chống thiên tai cấp xã", "xa")]
    found = find(Document.from_text("Theo Kế hoạch, độ che phủ rừng năm 2023 đạt 73,6% và đến năm 2025 giữ ổn định ở "
                                    "mức 73,8%."), horizon=2025, now=2022)
    assert [(t.value, t.subject, t.deadline) for t in found] == [(73.6, "độ che phủ rừng", 2023),
                                                                (73.8, "độ che phủ rừng", 2025)]


def test_a_baseline_period_dates_nothing_and_requirement_words_make_goals():
    # held-out 118: "so với giai đoạn 2016 - 2020" does not make the next sentence a figure of the past;
    # "không dưới" and "không vượt quá" state requirements, even of an area ("diện tích")
    text = ("Về phòng, chống thiên tai, tỉnh phấn đấu giảm tối thiểu 10% thiệt hại về người so với giai đoạn 2016 - "
            "2020. 100% cán bộ cấp tỉnh được tập huấn. Diện tích rừng được cấp chứng chỉ không dưới 15.000 ha.")
    found = find(Document.from_text(text), horizon=2025, now=2022)
    assert [(t.value, t.kind) for t in found] == [(10, "target"), (100, "target"), (15000, "target")]


def test_a_year_heading_dates_its_items_and_a_count_the_plan_will_make_is_a_goal():
    # held-out 119, 120
    text = ("Mục tiêu năm 2026\n\n- Có ít nhất 36% lực lượng lao động tham gia BHXH.\n"
            "- Tỷ lệ nợ đóng BHXH giảm xuống dưới 1,5%.\n\nHuyện xây dựng 05 mô hình phân loại rác tại nguồn.")
    found = find(Document.from_text(text), horizon=2030, now=2026)
    assert [(t.value, t.deadline, t.kind) for t in found] == [(36, 2026, "target"), (1.5, 2026, "target"),
                                                               (5, 2026, "target")]


def test_whom_a_plan_is_sent_to_and_whose_staff_are_reviewed_are_no_goals():
    # held-out 120, 055
    for text in ("Kế hoạch về bảo đảm an toàn thực phẩm vừa được gửi đến các phòng, ban và 17 xã, thị trấn.",
                 "Phó Chủ tịch UBND tỉnh yêu cầu Sở Y tế rà soát nhân lực của 102 trạm y tế trước ngày 15/10."):
        assert find(Document.from_text(text), horizon=2025) == []


def test_parts_after_trong_do_with_their_own_comparator_and_a_goal_stated_anew_are_items():
    # held-out 121, 104: "trong đó … không dưới 420 nghìn lượt", "trong đó … (trên 8.000 người) được bố trí ít nhất
    # 2 bác sĩ/trạm" (not the aside in brackets), "…, tỉnh phấn đấu có từ 5 - 7 sản phẩm"
    cases = [
        ("Phấn đấu đón từ 4,2 đến 4,5 triệu lượt khách, trong đó khách quốc tế không dưới 420 nghìn lượt.",
         [(4.2, "triệu lượt khách", "lượt khách"), (420, "nghìn lượt", "khách quốc tế")]),
        ("Phấn đấu 100% trạm y tế xã có bác sĩ, trong đó trạm y tế ở các xã đông dân (trên 8.000 người) được bố trí "
         "ít nhất 2 bác sĩ/trạm.", [(100, "%", "trạm y tế xã"), (2, "bác sĩ/trạm", "trạm y tế ở các xã đông dân")]),
        ("Ngoài 30 sản phẩm mới đạt 3 sao trở lên, tỉnh phấn đấu có từ 5 - 7 sản phẩm đạt 4 sao.",
         [(30, "sản phẩm", "sản phẩm mới"), (5, "sản phẩm", "sản phẩm")]),
    ]
    for text, expected in cases:
        found = find(Document.from_text(text), horizon=2025)
        assert [(t.value, t.unit, t.subject) for t in found] == expected


def test_a_table_row_restating_an_earlier_sentence_is_one_target_at_the_sentence():
    # held-out 117: "35 căn nhà" in the text, "… | căn | 35 |" in the table after it; the row's "≥" completes
    text = ("Phấn đấu năm 2024 có 300 hộ thoát nghèo; hỗ trợ xây mới 35 căn nhà cho hộ nghèo, hộ cận nghèo.\n\n"
            "| TT | Chỉ tiêu | ĐVT | Kế hoạch năm 2024 |\n|---|---|---|---|\n| 1 | Số hộ thoát nghèo | hộ | ≥ 300 |\n"
            "| 2 | Hỗ trợ xây mới nhà ở cho hộ nghèo, hộ cận nghèo | căn | 35 |\n")
    found = find(Document.from_text(text), horizon=2024)
    assert [(t.value, t.unit, t.comparator, t.span[0] < text.index("| TT")) for t in found] == [
        (300, "hộ", ">=", True), (35, "căn nhà", "=", True)]


def test_a_count_for_each_unit_after_a_comma_is_an_item_and_an_aside_in_brackets_describes_nothing_else():
    # held-out 110: "…, mỗi tổ có từ 3 - 5 thành viên"; held-out 109: "(hiện có 9 sản phẩm)" makes the clause no
    # statistic
    found = find(Document.from_text("Đến hết năm 2026, 100% thôn có tổ công nghệ số cộng đồng hoạt động hiệu quả, "
                                    "mỗi tổ có từ 3 - 5 thành viên."), horizon=2026)
    assert [(t.value, t.value_max, t.unit, t.subject, t.action, t.per) for t in found] == [
        (100, None, "%", "thôn", "có tổ công nghệ số cộng đồng hoạt động hiệu quả", None),
        (3, 5, "thành viên", "thành viên", None, "mỗi tổ")]
    found = find(Document.from_text("Đến hết năm 2026, xã hoàn thành lắp đặt 45 camera an ninh tại các thôn và đưa "
                                    "100% sản phẩm OCOP của xã (hiện có 9 sản phẩm) lên sàn thương mại điện tử."),
                 horizon=2026)
    assert [(t.value, t.unit) for t in found] == [(45, "camera"), (100, "%")]


def test_levels_after_the_value_share_the_subject_before():
    # held-out 122, 125: "trên 80% ở cấp mầm non và 90% ở cấp tiểu học", "50% ở cấp tỉnh và 30% ở cấp huyện, cấp xã"
    found = find(Document.from_text("Phấn đấu tỷ lệ phòng học kiên cố trên 80% ở cấp mầm non và 90% ở cấp tiểu học."),
                 horizon=2025)
    assert [(t.value, t.subject) for t in found] == [(80, "tỷ lệ phòng học kiên cố"), (90, "tỷ lệ phòng học kiên cố")]
    found = find(Document.from_text("Phấn đấu tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt tối thiểu 50% ở cấp tỉnh và "
                                    "30% ở cấp huyện, cấp xã."), horizon=2025)
    assert [(t.value, t.comparator, t.subject, t.level) for t in found] == [
        (50, ">=", "tỷ lệ hồ sơ nộp trực tuyến toàn trình", "tinh"),
        (30, ">=", "tỷ lệ hồ sơ nộp trực tuyến toàn trình", None)]


def test_what_the_plan_sets_for_this_year_is_a_goal_even_late_in_the_year():
    # held-out 123, published 14/10/2025
    text = "Theo Kế hoạch, đến hết năm 2025, 100% tổ dân phố ký cam kết không lấn chiếm vỉa hè."
    found = find(Document.from_text(text), horizon=2026, now=2025, late_in_year=True)
    assert [(t.value, t.kind) for t in found] == [(100, "target")]


def test_a_table_row_label_may_carry_the_unit():
    # held-out 123
    text = ("Một số chỉ tiêu chủ yếu:\n\n| Chỉ tiêu | Năm 2025 | Năm 2026 |\n|---|---|---|\n"
            "| Tỷ lệ hộ gia đình phân loại rác tại nguồn (%) | 30 | ≥ 50 |\n"
            "| Diện tích cây xanh công cộng bình quân (m2/người) | 4,5 | 5 |\n")
    found = find(Document.from_text(text), horizon=2026)
    assert [(t.value, t.unit, t.comparator, t.subject, t.deadline) for t in found] == [
        (30, "%", "=", "Tỷ lệ hộ gia đình phân loại rác tại nguồn", 2025),
        (50, "%", ">=", "Tỷ lệ hộ gia đình phân loại rác tại nguồn", 2026),
        (4.5, "m2/người", "=", "Diện tích cây xanh công cộng bình quân", 2025),
        (5, "m2/người", "=", "Diện tích cây xanh công cộng bình quân", 2026)]


RANKINGS = [
    # held-out 125: a place in a ranking measures what is ranked; its unit ("tỉnh") names the peers, not a level
    ("Kiên Giang phấn đấu đến năm 2025 đưa Chỉ số cải cách hành chính vào nhóm 20 tỉnh dẫn đầu cả nước.",
     [(20, "tỉnh", "Chỉ số cải cách hành chính", None, "target")]),
    ("Năm 2024, tỉnh phấn đấu Chỉ số PCI tăng tối thiểu 3 bậc so với năm 2023.",
     [(3, "bậc", "Chỉ số PCI", None, "target")]),
    # steps after a comma are those of the list's subject
    ("Năm 2023, Chỉ số cải cách hành chính của tỉnh đạt 86,47%, xếp thứ 33/63 tỉnh, thành phố, tăng 9 bậc so với "
     "năm 2022.", [(86.47, "%", "Chỉ số cải cách hành chính của tỉnh", None, "result"),
                   (9, "bậc", "Chỉ số cải cách hành chính của tỉnh", None, "result")]),
]


@pytest.mark.parametrize("text,expected", RANKINGS)
def test_a_place_in_a_ranking_measures_what_is_ranked(text, expected):
    found = find(Document.from_text(text), now=2024)
    assert [(t.value, t.unit, t.subject, t.level, t.kind) for t in found] == expected


def test_a_ranking_restated_in_other_words_is_one_target():
    text = ("Kiên Giang phấn đấu đưa Chỉ số cải cách hành chính vào nhóm 20 tỉnh dẫn đầu\n\n"
            "Mục tiêu xa hơn là đến năm 2025 đưa PAR Index của tỉnh vào nhóm 20 tỉnh dẫn đầu cả nước.")
    doc = Document.from_text(text)
    doc.title = text.split("\n")[0]
    assert [(t.value, t.subject) for t in find(doc)] == [(20, "Chỉ số cải cách hành chính")]


# held-out 126, 127 (blind batch 126-129)
BLIND_126_127 = [
    # a range of a counted noun ("học viên"); a year opening the next item of a list
    ("Mỗi năm tuyển sinh từ 9.000 - 9.500 học viên các trình độ giáo dục nghề nghiệp.",
     [(9000, 9500, "học viên", "=", "học viên các trình độ giáo dục nghề nghiệp", 2025)]),
    ("Về việc làm, năm 2024 giải quyết việc làm mới cho trên 9.800 lao động, năm 2025 tối thiểu 10.000 lao động; tỷ lệ "
     "thất nghiệp khu vực thành thị duy trì dưới 2,5%.",
     [(9800, None, "lao động", ">", "lao động", 2024), (10000, None, "lao động", ">=", "lao động", 2025),
      (2.5, None, "%", "<", "tỷ lệ thất nghiệp khu vực thành thị", 2025)]),
    # a verb of making before a count per year is no subject; the counted noun is
    ("Tỉnh phấn đấu đưa ít nhất 1.200 lao động/năm đi làm việc ở nước ngoài theo hợp đồng.",
     [(1200, None, "lao động/năm", ">=", "lao động", 2025)]),
    # who is charged with raising money is no subject; the next item opens with its own verb of making
    ("Ủy ban MTTQ Việt Nam xã được giao vận động nguồn xã hội hóa tối thiểu 350 triệu đồng và huy động không dưới "
     "1.000 ngày công giúp các hộ tháo dỡ nhà cũ.",
     [(350, None, "triệu đồng", ">=", "nguồn xã hội hóa", 2025),
      (1000, None, "ngày công", ">=", "ngày công giúp các hộ tháo dỡ nhà cũ", 2025)]),
    # "Theo Kế hoạch," tells the plan's content ("còn lại" qualifies the houses); a month is no part of the subject;
    # an area in m2 measures what stands before it; "tiêu chí 3 cứng" is no criterion code
    ("Theo Kế hoạch, xã khởi công 100% số nhà còn lại trong tháng 7/2025.",
     [(100, None, "%", "=", "số nhà còn lại", 2025)]),
    ("Nhà xây mới phải bảo đảm tiêu chí 3 cứng, diện tích sử dụng tối thiểu 30 m2.",
     [(30, None, "m2", ">=", "diện tích sử dụng", 2025)]),
    # "dồn sức" states a goal in a headline
    ("Xã Kim Phú dồn sức xóa 29 căn nhà tạm, nhà dột nát còn lại trước ngày 20/8",
     [(29, None, "căn nhà", "=", "căn nhà tạm, nhà dột nát còn lại", 2025)]),
]


@pytest.mark.parametrize("text,expected", BLIND_126_127)
def test_blind_batch_126_127(text, expected):
    found = find(Document.from_text(text), horizon=2025, now=2024)
    assert [(t.value, t.value_max, t.unit, t.comparator, t.subject, t.deadline) for t in found] == expected
    assert all(t.kind == "target" and t.criteria == [] for t in found)


# held-out 128, 129 (blind batch 126-129)
BLIND_128_129 = [
    # a year after a criterion set's name in brackets dates the item; a year with a comparator and no verb continues
    ("- Tỷ lệ hộ dân nông thôn sử dụng nước sạch đạt quy chuẩn (chỉ tiêu 17.1 của Tiêu chí số 17 theo Bộ tiêu chí quốc "
     "gia về xã nông thôn mới): năm 2023 đạt 60%; năm 2024 đạt 67%; năm 2025 không dưới 75%.",
     [(60, "%", "=", 2023), (67, "%", "=", 2024), (75, "%", ">=", 2025)]),
    # years listed before "lần lượt" pair with the values in order
    ("- Tỷ lệ chất thải rắn sinh hoạt khu vực nông thôn được thu gom, xử lý theo quy định trong các năm 2023, 2024 và "
     "2025 lần lượt đạt 80%, 85% và 90%.", [(80, "%", "=", 2023), (85, "%", "=", 2024), (90, "%", "=", 2025)]),
    # a rate per 100 girls; percentage points
    ("Mục tiêu xuyên suốt là kéo tỷ số giới tính khi sinh về dưới 110 bé trai/100 bé gái.",
     [(110, "bé trai/100 bé gái", "<", 2025)]),
    ("Công tác dân số tập trung giảm tỷ lệ sinh con thứ 3 trở lên thêm 0,2 điểm phần trăm so với năm 2024.",
     [(0.2, "điểm phần trăm", "=", 2025)]),
]
BLIND_128_129_SUBJECTS = [
    ("- Tỷ lệ chất thải rắn sinh hoạt khu vực nông thôn được thu gom, xử lý theo quy định trong các năm 2023, 2024 và "
     "2025 lần lượt đạt 80%, 85% và 90%.", ["Tỷ lệ chất thải rắn sinh hoạt khu vực nông thôn được thu gom, xử lý theo "
                                           "quy định"] * 3),
    ("Mục tiêu xuyên suốt là kéo tỷ số giới tính khi sinh về dưới 110 bé trai/100 bé gái.", ["tỷ số giới tính khi sinh"]),
    # who acts before a verb of change on a rate is no subject; "trở lên" stays in it
    ("Công tác dân số tập trung giảm tỷ lệ sinh con thứ 3 trở lên thêm 0,2 điểm phần trăm so với năm 2024, giữ tỷ lệ "
     "tăng dân số tự nhiên ở mức 0,9 - 1%.", ["tỷ lệ sinh con thứ 3 trở lên", "tỷ lệ tăng dân số tự nhiên"]),
    # a share of a total measures what stands before the verb
    ("- Khối lượng chất thải rắn sinh hoạt phải chôn lấp trực tiếp không quá 30% tổng lượng thu gom.",
     ["Khối lượng chất thải rắn sinh hoạt phải chôn lấp trực tiếp"]),
    # a count inside the rate's noun phrase is no item of its own
    ("Phấn đấu tỷ lệ phụ nữ mang thai được sàng lọc ít nhất 4 bệnh tật bẩm sinh phổ biến đạt 80%.",
     ["tỷ lệ phụ nữ mang thai được sàng lọc ít nhất 4 bệnh tật bẩm sinh phổ biến"]),
]


@pytest.mark.parametrize("text,expected", BLIND_128_129)
def test_blind_batch_128_129(text, expected):
    found = find(Document.from_text(text), horizon=2025, now=2023)
    assert [(t.value, t.unit, t.comparator, t.deadline) for t in found] == expected
    assert all(t.kind == "target" for t in found)


@pytest.mark.parametrize("text,subjects", BLIND_128_129_SUBJECTS)
def test_blind_batch_128_129_subjects(text, subjects):
    assert [t.subject for t in find(Document.from_text(text), horizon=2025, now=2023)] == subjects


def test_a_description_of_the_present_with_an_approximate_count_is_no_goal():
    # held-out 127: "có 17 thôn, bản với hơn 3.100 hộ" describes the commune after the merger
    text = ("Xã Kim Phú được thành lập trên cơ sở sáp nhập 03 xã của huyện Tuyên Hóa (cũ), có 17 thôn, bản với hơn "
            "3.100 hộ. Phấn đấu đến năm 2025 xóa 29 căn nhà tạm.")
    assert [(t.value, t.unit) for t in find(Document.from_text(text))] == [(29, "căn nhà")]


# held-out 130, 131 (blind batch 130-133)
BLIND_130_131 = [
    # what a plan requires for this year stays a goal late in the year ("tối thiểu"); "cả 3 tiêu chí" is a scope
    ("Mục tiêu xuyên suốt của Kế hoạch là kéo giảm tai nạn giao thông trên cả 3 tiêu chí: số vụ, số người chết, số "
     "người bị thương. Cụ thể, năm 2025 giảm tối thiểu 5% số vụ tai nạn giao thông, 5% số người chết và 3% số người bị "
     "thương so với năm 2024.",
     [(5, None, "%", ">=", "số vụ tai nạn giao thông"), (5, None, "%", ">=", "số người chết"),
      (3, None, "%", ">=", "số người bị thương")]),
    # a topic lead-in with commas before the year; a verb of making ("tổ chức") opens the next item; ranges of open
    # counts ("10 - 12 đợt", "250 - 300 cột đèn")
    ("Về an ninh, trật tự, đến hết năm 2026 tội phạm về trật tự xã hội giảm ít nhất 10% so với năm 2024.",
     [(10, None, "%", ">=", "tội phạm về trật tự xã hội")]),
    ("Phấn đấu xử lý dứt điểm bốn điểm tiềm ẩn nguy cơ tai nạn giao thông và tổ chức từ 10 - 12 đợt cao điểm tuần tra.",
     [(4, None, "điểm", "=", "điểm tiềm ẩn nguy cơ tai nạn giao thông"),
      (10, 12, "đợt", "=", "đợt cao điểm tuần tra")]),
    ("Phấn đấu toàn huyện lắp đặt 250 - 300 cột đèn năng lượng mặt trời; lắp mới tối thiểu 150 mắt camera an ninh.",
     [(250, 300, "cột đèn", "=", "cột đèn năng lượng mặt trời"), (150, None, "mắt camera", ">=", "mắt camera an ninh")]),
    # a floor of counterpart funds the plan sets is no budget; who is mobilised to donate land is no subject
    ("Để có nguồn lực, các xã phấn đấu bố trí vốn đối ứng không dưới 18 tỷ đồng và vận động Nhân dân hiến ít nhất "
     "20.000 m2 đất mở rộng mặt đường.",
     [(18, None, "tỷ đồng", ">=", "vốn đối ứng"), (20000, None, "m2", ">=", "đất mở rộng mặt đường")]),
]


@pytest.mark.parametrize("text,expected", BLIND_130_131)
def test_blind_batch_130_131(text, expected):
    doc = Document.from_text(text, published=date(2025, 10, 22))
    found = find(doc, horizon=2026, now=2025, late_in_year=True)
    assert [(t.value, t.value_max, t.unit, t.comparator, t.subject) for t in found] == expected
    assert all(t.kind == "target" for t in found)


def test_a_date_later_than_the_article_is_a_deadline_not_a_report():
    # held-out 130: "Đến ngày 31/12/2024" in an article of March 2024
    doc = Document.from_text("Đến ngày 31/12/2024, tỷ lệ đường trục xã, liên xã được nhựa hóa, bê tông hóa đạt 100%.",
                             published=date(2024, 3, 8))
    found = find(doc, now=2024)
    assert [(t.value, t.kind, t.subject) for t in found] == [
        (100, "target", "tỷ lệ đường trục xã, liên xã được nhựa hóa, bê tông hóa")]
    # … and one before it reports
    doc = Document.from_text("Đến ngày 31/12/2023, tỷ lệ đường trục xã, liên xã được nhựa hóa, bê tông hóa đạt 100%.",
                             published=date(2024, 3, 8))
    assert [t.kind for t in find(doc, now=2024)] == ["result"]


def test_hang_nam_is_every_year_not_five():
    # held-out 132: "Hằng năm xã tổ chức từ 3 - 4 giải" (every year), while "năm xã" alone is five communes
    found = find(Document.from_text("Hằng năm xã tổ chức từ 3 - 4 giải thể thao quần chúng. Phấn đấu năm xã đạt chuẩn."))
    assert [(t.value, t.value_max, t.unit) for t in found] == [(3, 4, "giải"), (5, None, "xã")]


def test_each_column_of_a_goal_table_is_its_own_goal_and_the_text_takes_the_one_of_its_year():
    # held-out 132: "| Thôn đạt danh hiệu … | thôn | 8 | 9 | 9 |" under "Thực hiện 2023 | Năm 2024 | Năm 2025", after the
    # text's "Phấn đấu đến năm 2025, … 9 thôn đạt danh hiệu …"
    text = ("Phấn đấu đến hết năm 2025, toàn xã có 9 thôn đạt danh hiệu \"Thôn văn hóa\".\n\n"
            "| TT | Chỉ tiêu | Đơn vị | Thực hiện 2023 | Năm 2024 | Năm 2025 |\n|---|---|---|---|---|---|\n"
            "| 1 | Thôn đạt danh hiệu \"Thôn văn hóa\" | thôn | 8 | 9 | 9 |\n")
    found = find(Document.from_text(text), horizon=2025, now=2024)
    assert sorted((t.value, t.deadline) for t in found if t.kind == "target") == [(9, 2024), (9, 2025)]


def test_a_criteria_set_named_in_the_action_is_no_grade_of_the_goal():
    # held-out 132: the text's goal and the table row are one target, though the text names "… nâng cao"
    text = ("Đến hết năm 2025 xã phấn đấu tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình văn hóa\" không dưới 93%, góp phần "
            "hoàn thành Tiêu chí số 6 về Văn hóa theo Bộ tiêu chí quốc gia về xã nông thôn mới nâng cao.\n\n"
            "| TT | Chỉ tiêu | Đơn vị | Năm 2025 |\n|---|---|---|---|\n"
            "| 1 | Tỷ lệ hộ đạt danh hiệu \"Gia đình văn hóa\" | % | ≥ 93 |\n")
    found = find(Document.from_text(text), horizon=2025, now=2024)
    assert [(t.value, t.comparator, t.subject) for t in found] == [
        (93, ">=", 'tỷ lệ hộ gia đình đạt danh hiệu "Gia đình văn hóa"')]


BLIND_132_133 = [
    # held-out 133: "≥" written in the text; the actor and a verb of making before a rate per year are no subject
    ("Phấn đấu năm 2025 tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn ≥ 99%.",
     [(99, None, "%", ">=", "tỷ lệ hộ sử dụng điện thường xuyên, an toàn từ các nguồn", None)]),
    ("Giai đoạn 2026 - 2030, tỉnh phấn đấu kiên cố hóa kênh mương nội đồng với tốc độ bình quân 70 - 90 km/năm.",
     [(70, 90, "km/năm", "=", "kênh mương nội đồng", None)]),
]


@pytest.mark.parametrize("text,expected", BLIND_132_133)
def test_blind_batch_132_133(text, expected):
    found = find(Document.from_text(text), horizon=2030, now=2024)
    assert [(t.value, t.value_max, t.unit, t.comparator, t.subject, t.level) for t in found] == expected


def test_the_cost_of_one_unit_is_no_goal():
    # held-out 133: "suất đầu tư một km đường dây" is a cost per km
    text = "Phấn đấu đến năm 2030, suất đầu tư một km đường dây giảm và 100% xã đạt tiêu chí điện."
    assert [(t.value, t.unit) for t in find(Document.from_text(text))] == [(100, "%")]


# held-out 134-137 (blind batch 134-137)
BLIND_134_137_SUBJECTS = [
    # under a goals heading "đã" qualifies a noun (and "đã xuống cấp" stays in it, as 136's gold writes, held-out 695)
    ("II. MỤC TIÊU\n2. Các chỉ tiêu cụ thể\n- Cải tạo, nâng cấp 100% chợ đầu mối cấp tỉnh, 80% chợ trung tâm cấp huyện "
     "và 60% chợ xã đã xuống cấp.", ["chợ đầu mối cấp tỉnh", "chợ trung tâm cấp huyện", "chợ xã đã xuống cấp"]),
    # "vượt … dự toán" after an item is that item's; a share after a named measure is the measure's
    ("Tổng thu ngân sách nhà nước trên địa bàn cả năm phấn đấu đạt 21.500 tỷ đồng, vượt ít nhất 10% dự toán Trung ương "
     "giao.", ["Tổng thu ngân sách nhà nước trên địa bàn cả năm"] * 2),
    ("Phấn đấu diện tích lúa chất lượng cao đạt tối thiểu 9.500 ha, chiếm trên 75% tổng diện tích gieo cấy cả năm.",
     ["diện tích lúa chất lượng cao"] * 2),
    # who requires is no subject; who must disburse is none either
    ("Đối với đầu tư công, UBND tỉnh yêu cầu giải ngân vốn đầu tư công năm 2025 đạt ít nhất 95% kế hoạch.",
     ["giải ngân vốn đầu tư công"]),
    ("Từ nay đến cuối năm, bình quân mỗi tháng toàn tỉnh phải giải ngân trên 1.100 tỷ đồng vốn đầu tư công.",
     ["vốn đầu tư công"]),
    # flats and floor area are units; a year inside an earlier clause is that clause's
    ("Phấn đấu hoàn thành 6.500 - 7.000 căn hộ nhà ở xã hội; diện tích sàn nhà ở hoàn thành bình quân 1,2 - 1,4 triệu "
     "m2 sàn/năm.", ["căn hộ nhà ở xã hội", "diện tích sàn nhà ở hoàn thành"]),
]


@pytest.mark.parametrize("text,subjects", BLIND_134_137_SUBJECTS)
def test_blind_batch_134_137_subjects(text, subjects):
    found = find(Document.from_text(text), horizon=2025, now=2025)
    assert [t.subject for t in found] == subjects
    assert all(t.kind == "target" for t in found)


def test_a_quoted_programme_title_holds_no_goal():
    # held-out 137: QĐ 338/QĐ-TTg approves Đề án "… ít nhất 01 triệu căn hộ …"; not this plan's goal
    text = ('Kế hoạch triển khai Quyết định số 338/QĐ-TTg phê duyệt Đề án "Đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở '
            'xã hội cho đối tượng thu nhập thấp". Phấn đấu hoàn thành 2.000 căn hộ nhà ở xã hội.')
    assert [(t.value, t.unit) for t in find(Document.from_text(text))] == [(2000, "căn hộ")]


def test_a_year_inside_an_earlier_clause_is_that_clauses():
    text = ("Phấn đấu đến năm 2025 hoàn thành 6.500 căn hộ nhà ở xã hội, trong đó năm 2024 đưa vào sử dụng ít nhất 2.000 "
            "căn; khởi công mới tối thiểu 04 dự án nhà ở xã hội.")
    found = find(Document.from_text(text), horizon=2025, now=2024)
    assert [(t.value, t.deadline) for t in found] == [(6500, 2025), (2000, 2024), (4, 2025)]


def test_a_rate_per_year_named_before_the_value():
    # held-out 134: "giảm bình quân mỗi năm 0,15 - 0,2%"
    found = find(Document.from_text("Phấn đấu tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm bình quân mỗi năm 0,15 - 0,2%."))
    assert [(t.value, t.value_max, t.unit) for t in found] == [(0.15, 0.2, "%/năm")]


def test_an_approximate_audience_of_a_meeting_is_no_goal():
    # held-out 134: "tổ chức hội nghị … cho gần 400 cán bộ" ("gần" approximates, it requires nothing)
    text = ("Sáng 21/8, Ban Thường vụ Đảng ủy xã tổ chức hội nghị quán triệt Nghị quyết Đại hội nhiệm kỳ 2025 - 2030 cho "
            "gần 400 cán bộ chủ chốt.")
    assert find(Document.from_text(text)) == []


def test_a_numbered_list_under_a_goal_intro_is_no_description():
    # held-out 137: "Diện tích …" opens a goal of the list, not a description of the present
    text = ("Các chỉ tiêu chủ yếu đến năm 2025:\n\n1. Tỷ lệ đô thị hóa toàn thành phố đạt 72 - 73%.\n"
            "2. Diện tích sàn nhà ở hoàn thành bình quân 1,2 - 1,4 triệu m2 sàn/năm.")
    found = find(Document.from_text(text), now=2024)
    assert [(t.value, t.unit, t.kind, t.deadline) for t in found] == [
        (72, "%", "target", 2025), (1.2, "triệu m2 sàn/năm", "target", 2025)]


# held-out 138-141 (blind batch 138-141)
BLIND_138_141 = [
    # heads of animals measure the herd named before them
    ("Mục tiêu năm 2024 là duy trì tổng đàn gia cầm khoảng 5,5 triệu con; đàn lợn từ 82.000 con trở lên.",
     [(5.5, "triệu con", "=", "tổng đàn gia cầm"), (82000, "con", ">=", "đàn lợn")]),
    # a share of the herd to vaccinate ("tổng đàn diện tiêm") is a denominator
    ("Phấn đấu tỷ lệ tiêm phòng vắc xin lở mồm long móng trên 80% tổng đàn diện tiêm.",
     [(80, "%", ">", "tỷ lệ tiêm phòng vắc xin lở mồm long móng")]),
    # per mille, written as a sign or in words
    ("Đến năm 2030, tỷ suất tử vong trẻ em dưới 1 tuổi giảm xuống dưới 8‰.",
     [(8, "‰", "<", "tỷ suất tử vong trẻ em dưới 1 tuổi")]),
    ("Đến năm 2026, tỷ suất tử vong trẻ em dưới 1 tuổi giảm xuống còn 9,8 phần nghìn.",
     [(9.8, "phần nghìn", "=", "tỷ suất tử vong trẻ em dưới 1 tuổi")]),
    # emoji bullets and a measure per month of what its words name; "dùng một lần" is no count
    ("Mục tiêu cụ thể:\n✅ Giảm ít nhất 300 kg rác thải nhựa/tháng;\n✅ Hạn chế sản phẩm nhựa dùng một lần.",
     [(300, "kg/tháng", ">=", "rác thải nhựa")]),
    # a negation before the predicate is the predicate's
    ("Phấn đấu 100% chợ, cửa hàng trên địa bàn không sử dụng túi ni lông khó phân hủy.",
     [(100, "%", "=", "chợ, cửa hàng trên địa bàn")]),
    # the term of office of the councillors is no deadline
    ("Đến năm 2026: tỷ lệ nữ đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 đạt trên 30%.",
     [(30, "%", ">", "tỷ lệ nữ đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031")]),
]


@pytest.mark.parametrize("text,expected", BLIND_138_141)
def test_blind_batch_138_141(text, expected):
    found = find(Document.from_text(text), horizon=2030, now=2024)
    assert [(t.value, t.unit, t.comparator, t.subject) for t in found] == expected
    assert all(t.kind == "target" for t in found)


def test_a_term_of_office_is_no_deadline_but_a_past_term_dates_its_results():
    found = find(Document.from_text("Đến năm 2026: tỷ lệ nữ đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 đạt trên 30%."),
                 horizon=2030, now=2026)
    assert [t.deadline for t in found] == [2026]
    found = find(Document.from_text("Nhiệm kỳ 2020 - 2025, tốc độ tăng trưởng kinh tế bình quân đạt 7,65%/năm."), now=2026)
    assert [t.kind for t in found] == ["result"]


BLIND_139_140_SUBJECTS = [
    # held-out 140: "có" + a condition says which children; the predicate is the passive verb after it
    ("Đến năm 2030, 95% trẻ em có hoàn cảnh đặc biệt được trợ giúp.", ["trẻ em có hoàn cảnh đặc biệt"]),
    # … not where "được" is the object's: the commune has the centre
    ("Phấn đấu 100% xã, phường có Trung tâm phục vụ hành chính công được trang bị đầy đủ thiết bị.", ["xã, phường"]),
    # held-out 139: a later year of the same measure after ";" continues it
    ("Phấn đấu thu tiền sử dụng đất năm 2024 đạt 850 tỷ đồng; năm 2025 không dưới 1.000 tỷ đồng.",
     ["thu tiền sử dụng đất", "thu tiền sử dụng đất"]),
]


@pytest.mark.parametrize("text,subjects", BLIND_139_140_SUBJECTS)
def test_blind_batch_139_140_subjects(text, subjects):
    assert [t.subject for t in find(Document.from_text(text), now=2024)] == subjects


def test_the_area_that_needs_it_is_no_goal_word():
    # held-out 139: "Lũy kế diện tích đã cấp đạt 93,7% diện tích cần cấp" reports; "cần" says which area
    found = find(Document.from_text("Kết quả năm 2023: lũy kế diện tích đã cấp đạt 93,7% diện tích cần cấp."), now=2024)
    assert [t.kind for t in found] == ["result"]


def test_a_count_after_a_verb_of_making_with_moi_and_a_count_per_year_after_cho():
    # held-out 138, 140
    found = find(Document.from_text("Phấn đấu phát triển mới 15 trang trại chăn nuôi quy mô lớn; tạo việc làm cho bình "
                                    "quân 1.200 - 1.500 lao động nữ/năm."))
    assert [(t.value, t.value_max, t.unit, t.subject) for t in found] == [
        (15, None, "trang trại", "trang trại chăn nuôi quy mô lớn"), (1200, 1500, "lao động nữ/năm", "lao động nữ")]


# held-out 142-145 (blind batch 142-145)
BLIND_142_145 = [
    # subjects listed before "lần lượt" pair with the values; the criterion opening the sentence is every item's
    ("Đối với tiêu chí số 17 về Môi trường, tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý theo quy định, tỷ lệ hộ có "
     "nhà tiêu hợp vệ sinh và tỷ lệ hộ chăn nuôi có chuồng trại bảo đảm vệ sinh môi trường phấn đấu lần lượt đạt tối "
     "thiểu 90%, 85% và 80%.",
     [(90, "tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý theo quy định", ["17"]),
      (85, "tỷ lệ hộ có nhà tiêu hợp vệ sinh", ["17"]),
      (80, "tỷ lệ hộ chăn nuôi có chuồng trại bảo đảm vệ sinh môi trường", ["17"])]),
    # a measure named anew after a part is an item; thousands of tonnes
    ("Phấn đấu tổng sản lượng thủy sản đạt 590 nghìn tấn, trong đó sản lượng tôm nuôi không dưới 235 nghìn tấn, sản "
     "lượng khai thác biển khoảng 125 - 130 nghìn tấn.",
     [(590, "tổng sản lượng thủy sản", []), (235, "sản lượng tôm nuôi", []), (125, "sản lượng khai thác biển", [])]),
    # an area widened is a goal, not a description; a yield per hectare and crop
    ("Trong năm 2024, diện tích nuôi tôm công nghệ cao được mở rộng lên trên 4.200 ha.",
     [(4200, "diện tích nuôi tôm công nghệ cao", [])]),
    # "có chiều dài …" says which boats
    ("Phấn đấu 100% tàu cá có chiều dài từ 15 m trở lên lắp đặt thiết bị giám sát hành trình.",
     [(100, "tàu cá có chiều dài từ 15 m trở lên", [])]),
    # "mỗi năm" before who acts
    ("Phấn đấu mỗi năm toàn huyện trồng mới ít nhất 120 ha rừng tập trung.", [(120, "rừng tập trung", [])]),
]


@pytest.mark.parametrize("text,expected", BLIND_142_145)
def test_blind_batch_142_145(text, expected):
    found = find(Document.from_text(text), horizon=2025, now=2024)
    assert [(t.value, t.subject, t.criteria) for t in found] == expected
    assert all(t.kind == "target" for t in found)


def test_a_numbered_year_heading_dates_the_lettered_items_below():
    # held-out 143: "1. Quý IV năm 2025" and "2. Năm 2026" under "II. MỤC TIÊU, CHỈ TIÊU"
    text = ("II. MỤC TIÊU, CHỈ TIÊU\n1. Quý IV năm 2025\na) Tỷ lệ hồ sơ giải quyết đúng hạn đạt từ 98% trở lên.\n"
            "2. Năm 2026\na) Tỷ lệ hồ sơ giải quyết đúng hạn không dưới 99%.\n")
    found = find(Document.from_text(text), horizon=2026, now=2025)
    assert [(t.value, t.deadline, t.kind) for t in found] == [(98, 2025, "target"), (99, 2026, "target")]


def test_a_level_alone_replaces_the_level_inside_the_subject_before():
    # held-out 142
    text = "Phấn đấu tỷ lệ hồ sơ thủ tục hành chính cấp huyện được giải quyết trực tuyến đạt 60%, cấp xã 50%."
    assert [(t.subject, t.level) for t in find(Document.from_text(text))] == [
        ("tỷ lệ hồ sơ thủ tục hành chính cấp huyện được giải quyết trực tuyến", "huyen"),
        ("tỷ lệ hồ sơ thủ tục hành chính cấp xã được giải quyết trực tuyến", "xa")]


# held-out 146-149 (blind batch 146-149)
BLIND_146_149 = [
    # junctions, buses and minutes are units; "trên cả ba tiêu chí" is the scope, not the subject
    ("Phấn đấu cải tạo ít nhất 10 nút giao thường xuyên ùn tắc; đầu tư từ 120 đến 150 xe buýt; thời gian giãn cách giữa "
     "hai chuyến tối đa 15 phút.",
     [(10, "nút giao", ">="), (120, "xe buýt", "="), (15, "phút", "<=")]),
    # a modal before the comparator: the subject stands before it
    ("Đối với các xã đã đạt chuẩn nông thôn mới, tỷ lệ người dân tham gia bảo hiểm y tế (chỉ tiêu 15.1) phải trên 95% và "
     "tỷ lệ dân số có sổ sức khỏe điện tử không thấp hơn 90%.", [(95, "%", ">"), (90, "%", ">=")]),
]


@pytest.mark.parametrize("text,expected", BLIND_146_149)
def test_blind_batch_146_149(text, expected):
    found = find(Document.from_text(text), horizon=2026, now=2025)
    assert [(t.value, t.unit, t.comparator) for t in found] == expected


def test_blind_batch_146_149_subjects():
    found = find(Document.from_text(
        "Đối với các xã đã đạt chuẩn nông thôn mới, tỷ lệ người dân tham gia bảo hiểm y tế (chỉ tiêu 15.1) phải trên 95%."))
    assert [(t.subject, t.criteria) for t in found] == [("tỷ lệ người dân tham gia bảo hiểm y tế", ["15.1"])]
    found = find(Document.from_text("Kế hoạch đề ra 6 nhóm giải pháp, trong đó tỉnh kêu gọi tối thiểu 40 tỷ đồng vốn xã hội "
                                    "hóa để mua sắm trang thiết bị."))
    assert [t.subject for t in found] == ["vốn xã hội hóa"]


def test_a_present_network_and_its_part_are_no_goals_and_a_quarter_dates_a_goal():
    # held-out 146: "Hiện mạng lưới có 21 tuyến buýt, trong đó 14 tuyến được trợ giá" describes the present;
    # "riêng quý IV/2025 phải hoàn thành ba nút giao" is due in 2025
    text = ("Hiện mạng lưới có 21 tuyến buýt, trong đó 14 tuyến được trợ giá. Phấn đấu cải tạo ít nhất 10 nút giao; riêng "
            "quý IV/2025 phải hoàn thành ba nút giao.")
    found = find(Document.from_text(text), horizon=2027, now=2025)
    assert [(t.value, t.unit, t.deadline) for t in found] == [(10, "nút giao", 2027), (3, "nút giao", 2025)]


def test_restoring_and_digitising_are_verbs_of_making_and_so_hoa_counts_nothing():
    # held-out 149
    text = ("Về di sản, huyện tu bổ, chống xuống cấp 02 di tích lịch sử - văn hóa đã được xếp hạng; số hóa không dưới 150 "
            "hiện vật, tư liệu của Nhà trưng bày.")
    found = find(Document.from_text(text), horizon=2024, now=2024)
    assert [(t.value, t.unit, t.subject) for t in found] == [
        (2, "di tích", "di tích lịch sử - văn hóa"),
        (150, "hiện vật", "hiện vật tư liệu của Nhà trưng bày")]


# held-out 150-153 (blind batch 150-153)
BLIND_150_153 = [
    # cubic metres; converting is a verb of making; a dry season compared with is a baseline
    ("Phấn đấu tổng dung tích trữ nước ngọt đạt trên 18,5 triệu m3; chuyển đổi 2.300 - 2.600 ha đất lúa thường xuyên "
     "nhiễm mặn sang cây trồng khác.",
     [(18.5, "triệu m3", "tổng dung tích trữ nước ngọt", 2026),
      (2300, "ha", "đất lúa thường xuyên nhiễm mặn sang cây trồng khác", 2026)]),
    ("Phấn đấu giảm ít nhất 30% diện tích cây trồng bị thiệt hại do hạn, mặn so với mùa khô 2024 - 2025.",
     [(30, "%", "diện tích cây trồng bị thiệt hại do hạn, mặn", 2026)]),
    # disbursing anew names no subject; visits of young people
    ("Phấn đấu phối hợp Ngân hàng Chính sách xã hội huyện giải ngân mới ít nhất 8 tỷ đồng vốn vay ưu đãi; tư vấn hướng "
     "nghiệp cho 1.500 lượt thanh niên.",
     [(8, "tỷ đồng", "vốn vay ưu đãi", 2026), (1500, "lượt thanh niên", "lượt thanh niên", 2026)]),
    # "số tăng thu" is a noun; "tổng thu nội địa" is a denominator
    ("Phấn đấu dành ít nhất 70% số tăng thu ngân sách địa phương cho đầu tư; tỷ lệ nợ thuế không vượt quá 5% tổng thu "
     "nội địa.", [(70, "%", "số tăng thu ngân sách địa phương", 2026), (5, "%", "tỷ lệ nợ thuế", 2026)]),
]


@pytest.mark.parametrize("text,expected", BLIND_150_153)
def test_blind_batch_150_153(text, expected):
    found = find(Document.from_text(text), horizon=2026, now=2025)
    assert [(t.value, t.unit, t.subject, t.deadline) for t in found] == expected


def test_levels_after_a_colon_take_the_noun_before_it():
    # held-out 157: "tỷ lệ hồ sơ … phấn đấu đạt: cấp tỉnh 80%, cấp xã 65%"
    text = ("Về chính quyền số, tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình phấn đấu đạt: cấp "
            "tỉnh 80%, cấp xã 65%.")
    assert [(t.subject, t.level) for t in find(Document.from_text(text))] == [
        ("tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình cấp tỉnh", "tinh"),
        ("tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình cấp xã", "xa")]


def test_a_list_join_before_a_measure_ends_the_item_before_and_verbs_of_repair_name_no_subject():
    # held-out 155, 156
    found = find(Document.from_text("Phấn đấu trồng mới không dưới 600 cây xanh bóng mát và 2.500 m2 thảm cỏ; bổ sung ít "
                                    "nhất 17 ha cây ngập mặn; nạo vét 2,5 - 3 km kênh tiêu thoát lũ."), horizon=2027)
    assert [(t.value, t.unit, t.subject) for t in found] == [
        (600, "cây xanh", "cây xanh bóng mát"), (2500, "m2", "thảm cỏ"), (17, "ha", "cây ngập mặn"),
        (2.5, "km", "kênh tiêu thoát lũ")]


def test_values_for_later_years_after_a_first_one_by_the_end_of_a_year_share_its_subject():
    # held-out 155
    text = ("- Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn sinh hoạt tại nguồn đạt 50% vào cuối năm 2025, 70% năm "
            "2026 và tối thiểu 85% năm 2027.")
    found = find(Document.from_text(text), horizon=2027, now=2025)
    assert [(t.value, t.deadline) for t in found] == [(50, 2025), (70, 2026), (85, 2027)]
    assert len({t.subject for t in found}) == 1


# What a share is of, named after it with "đối với": its own subject when nothing before names a measure; the rate
# named before when something does; a level alone is a level.
SCOPE_AFTER_A_SHARE = [
    # held-out 135
    ("Các chủ đầu tư phải bảo đảm đến ngày 30/9/2025 giải ngân tối thiểu 65% kế hoạch vốn đối với dự án do cấp tỉnh "
     "quản lý và 55% đối với dự án do cấp xã quản lý.",
     [(">=", 65, "dự án do cấp tỉnh quản lý", "tinh"), (">=", 55, "dự án do cấp xã quản lý", "xa")]),
    ("Năm 2025 phấn đấu giảm 10% đối với số vụ tai nạn giao thông.", [("=", 10, "số vụ tai nạn giao thông", None)]),
    # held-out 143: the rate before is the subject of both, among the group each names (305's annotator took the group)
    ("Phấn đấu năm 2025 tỷ lệ hồ sơ nộp trực tuyến đạt 90% đối với lĩnh vực hộ tịch, 70% đối với lĩnh vực đất đai.",
     [("=", 90, "tỷ lệ hồ sơ nộp trực tuyến đối với lĩnh vực hộ tịch", None),
      ("=", 70, "tỷ lệ hồ sơ nộp trực tuyến đối với lĩnh vực đất đai", None)]),
    # seed-like 038
    ("Phấn đấu năm 2025 tỷ lệ số hóa đạt 80% đối với cấp tỉnh, 70% đối với cấp huyện.",
     [("=", 80, "tỷ lệ số hóa", "tinh"), ("=", 70, "tỷ lệ số hóa", "huyen")]),
]


@pytest.mark.parametrize("text,expected", SCOPE_AFTER_A_SHARE)
def test_the_scope_after_a_share(text, expected):
    found = find(Document.from_text(text), now=2024)
    assert [(t.comparator, t.value, t.subject, t.level) for t in found] == expected


def test_two_lists_paired_by_lan_luot_keep_their_semicolons_inside_one_clause():
    # held-out 130: subjects and values both separated by ";"
    text = ("Năm 2024, toàn huyện phấn đấu cứng hóa thêm 46 km đường giao thông nông thôn; trong đó đường trục xã, liên "
            "xã; đường trục thôn, liên thôn và đường ngõ, xóm lần lượt là 8,5 km; 14,2 km và 23,3 km.")
    found = find(Document.from_text(text), now=2024)
    assert [(t.value, t.subject) for t in found] == [
        (46, "đường giao thông nông thôn"), (8.5, "đường trục xã, liên xã"), (14.2, "đường trục thôn, liên thôn"),
        (23.3, "đường ngõ, xóm")]
    # one ";" list alone still ends its clauses
    found = find(Document.from_text("Phấn đấu năm 2025 cứng hóa 8,5 km đường trục xã; 14,2 km đường trục thôn."), now=2024)
    assert [(t.value, t.subject) for t in found] == [(8.5, "đường trục xã"), (14.2, "đường trục thôn")]


BLIND_158_161 = [
    # 158: "người" alone names no one — the verb after it says who; people with something get what the plan gives
    ("Phấn đấu không dưới 75% người nghiện có hồ sơ quản lý được tiếp cận dịch vụ tư vấn, điều trị.",
     [(75, "%", "người nghiện có hồ sơ quản lý")]),
    ("Phấn đấu tối thiểu 45% số người được cai nghiện tham gia hình thức tự nguyện tại gia đình.",
     [(45, "%", "số người được cai nghiện")]),
    ("Xã phấn đấu trên 60% người hoàn thành cai nghiện trở về địa phương được hỗ trợ học nghề.",
     [(60, "%", "người hoàn thành cai nghiện trở về địa phương")]),
    ("Phấn đấu năm 2026 phát triển mới tối thiểu 350 người tham gia BHXH tự nguyện.",
     [(350, "người", "người tham gia BHXH tự nguyện")]),
    # … but not what happens to a thing they have, nor whom a plan helps
    ("Phấn đấu 80% người dân có hồ sơ sức khỏe điện tử được cập nhật.", [(80, "%", "người dân")]),
    ("Phấn đấu năm 2026 hỗ trợ 300 người được vay vốn.", [(300, "người", "người")]),
    # a counted noun the tokenizer found, then its rate
    ("Đài Truyền thanh xã phấn đấu phát tối thiểu 2 chuyên mục/tháng.", [(2, "chuyên mục/tháng", "chuyên mục")]),
    ("Phấn đấu lượng lúa giống gieo sạ dưới 80 kg/ha.", [(80, "kg/ha", "lượng lúa giống gieo sạ")]),
    # 159: a share of what each of a list names, its head shared
    ("Phấn đấu năm 2025 thu nội địa tăng 13%. Trong đó, thu từ khu vực doanh nghiệp nhà nước, khu vực có vốn đầu tư "
     "nước ngoài và khu vực kinh tế ngoài quốc doanh tăng lần lượt 8%, 12% và 15%.",
     [(13, "%", "thu nội địa"), (8, "%", "thu từ khu vực doanh nghiệp nhà nước"),
      (12, "%", "thu từ khu vực có vốn đầu tư nước ngoài"), (15, "%", "thu từ khu vực kinh tế ngoài quốc doanh")]),
    # 159: who sets the figure opens the subject; a floor's growth is stated as it is
    ("Kế hoạch xác định số thu nội địa cả năm phải đạt tối thiểu 40 nghìn tỷ đồng, tăng 13% so với năm trước.",
     [(40, "nghìn tỷ đồng", "số thu nội địa cả năm"), (13, "%", "số thu nội địa cả năm")]),
    # 159: a date opening a subject is no part of it
    ("Phấn đấu đến ngày 31/12/2025 tổng số tiền nợ thuế phải dưới 5% tổng thu ngân sách.",
     [(5, "%", "tổng số tiền nợ thuế")]),
]


@pytest.mark.parametrize("text,expected", BLIND_158_161)
def test_blind_batch_158_161(text, expected):
    found = find(Document.from_text(text), now=2025)
    assert [(t.value, t.unit, t.subject) for t in found] == expected


def test_a_growth_after_a_floor_keeps_its_own_comparator():
    found = find(Document.from_text("Kế hoạch xác định số thu nội địa cả năm phải đạt tối thiểu 40 nghìn tỷ đồng, tăng "
                                    "13% so với năm trước."), now=2025)
    assert [t.comparator for t in found] == [">=", "="]


def test_a_paragraph_that_opens_by_reporting_goes_on_reporting():
    # held-out 159
    text = ("Theo báo cáo của Thuế tỉnh, tổng thu ngân sách 7 tháng đầu năm ước đạt 31.460 tỷ đồng. Thu nội địa đạt 24,9 "
            "nghìn tỷ đồng, tăng 21,3%.")
    assert {t.kind for t in find(Document.from_text(text), now=2025)} == {"result"}


def test_a_crop_season_dates_its_figures():
    # held-out 160: "vụ Thu Đông 2023" is a year
    text = "Nhân rộng kết quả mô hình thí điểm vụ Thu Đông 2023 quy mô 50 ha: năng suất đạt 6,7 tấn/ha."
    assert {t.kind for t in find(Document.from_text(text), now=2024)} == {"result"}


def test_a_tab_separated_table_with_its_unit_in_the_caption():
    # held-out 159
    text = ("Kế hoạch đặt mục tiêu tăng thu.\n\nMột số chỉ tiêu thu chủ yếu (ĐVT: tỷ đồng):\n\n"
            "TT\tNội dung\tThực hiện năm 2024\tPhấn đấu năm 2025\n"
            "1\tTổng thu NSNN trên địa bàn\t46.215\t51.600\n2\tThu tiền sử dụng đất\t9.640\t10.200\n")
    found = find(Document.from_text(text), now=2025)
    assert [(t.value, t.unit, t.subject, t.deadline) for t in found] == [
        (51600, "tỷ đồng", "Tổng thu NSNN trên địa bàn", 2025), (10200, "tỷ đồng", "Thu tiền sử dụng đất", 2025)]


def test_levels_under_a_bullet_that_names_the_noun_and_the_year_above_it():
    # held-out 161
    text = ("Chương trình đề ra các mục tiêu cụ thể:\n\nĐến năm 2025:\n"
            "• Cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số cơ bản:\n+ cấp tỉnh: 100%;\n+ cấp xã: ít nhất 80%.\n"
            "• 100% số xã giữ vững chỉ tiêu 8.4.\n\nĐến năm 2030:\n• Kinh tế số chiếm tối thiểu 20% GRDP.")
    found = find(Document.from_text(text), horizon=2030, now=2025)
    assert [(t.value, t.subject, t.level, t.deadline) for t in found] == [
        (100, "Cán bộ, công chức, viên chức cấp tỉnh", "tinh", 2025),
        (80, "Cán bộ, công chức, viên chức cấp xã", "xa", 2025),
        (100, "số xã giữ vững chỉ tiêu 8.4", "xa", 2025), (20, "Kinh tế số", None, 2030)]


BLIND_162_165 = [
    # 162: "Hai là, …" opens an item; a count set for each hamlet; a comparator after the denominator
    ("Kế hoạch đặt ra 5 mục tiêu cụ thể cho năm 2024. Một là, nâng tỷ lệ người dân tập luyện TDTT thường xuyên lên "
     "34,5% dân số trở lên; Hai là, hộ gia đình thể thao chiếm trên 25% tổng số hộ, mỗi thôn, khu phố xây dựng không "
     "dưới 15 hộ gia đình thể thao tiêu biểu.",
     [(">=", 34.5, "%", "tỷ lệ người dân tập luyện TDTT thường xuyên"), (">", 25, "%", "hộ gia đình thể thao"),
      (">=", 15, "hộ gia đình", "hộ gia đình thể thao tiêu biểu")]),
    # 163: power units; a measure named anew after a comma; a verb of making is no subject
    ("Giai đoạn 2025 - 2027 phấn đấu lắp đặt mới tối thiểu 160 MW điện mặt trời mái nhà, sản lượng điện tự sản xuất "
     "đạt khoảng 300 triệu kWh/năm.",
     [(">=", 160, "MW", "điện mặt trời mái nhà"), ("=", 300, "triệu kWh/năm", "sản lượng điện tự sản xuất")]),
    ("Tỉnh kêu gọi huy động khoảng 3.500 tỷ đồng vốn của doanh nghiệp và người dân.",
     [("=", 3500, "tỷ đồng", "vốn của doanh nghiệp và người dân")]),
    # 164: a rate per year named before it; a range after "riêng" is its own
    ("Theo đó, đến năm 2025 tỷ lệ hộ nghèo đồng bào DTTS mỗi năm giảm bình quân trên 3%, riêng ở các xã khu vực III giảm "
     "từ 4 - 5%/năm.",
     [(">", 3, "%/năm", "tỷ lệ hộ nghèo đồng bào DTTS"), ("=", 4, "%/năm", "tỷ lệ hộ nghèo đồng bào DTTS")]),
    # 164: "X cho 45 hộ, Y cho 286 hộ, Z cho ít nhất 1.400 hộ …": parallel items, the last names whose
    ("Giai đoạn 2024 - 2025, huyện phấn đấu hỗ trợ đất ở cho 45 hộ, nhà ở cho 286 hộ, nước sinh hoạt phân tán cho ít "
     "nhất 1.400 hộ đồng bào DTTS nghèo, cận nghèo.",
     [("=", 45, "hộ", "hộ đồng bào DTTS nghèo, cận nghèo"), ("=", 286, "hộ", "hộ đồng bào DTTS nghèo, cận nghèo"),
      (">=", 1400, "hộ", "hộ đồng bào DTTS nghèo, cận nghèo")]),
    # 165: parts set apart with "riêng", the whole with "toàn xã có", a count "với không dưới …"
    ("Chỉ tiêu năm 2026: 100% cơ sở thuộc diện quản lý được kiểm tra định kỳ ít nhất 01 lần/năm, riêng cơ sở có nguy "
     "hiểm về cháy, nổ được kiểm tra tối thiểu 2 lần/năm; mỗi thôn duy trì ít nhất 02 tổ liên gia an toàn PCCC, toàn xã "
     "có trên 120 tổ liên gia với không dưới 1.500 hộ tham gia.",
     [("=", 100, "%", "cơ sở thuộc diện quản lý"), (">=", 2, "lần/năm", "cơ sở có nguy hiểm về cháy, nổ"),
      (">=", 2, "tổ liên gia", "tổ liên gia an toàn PCCC"), (">", 120, "tổ liên gia", "tổ liên gia"),
      (">=", 1500, "hộ", "hộ")]),
    ("Phấn đấu thời gian lực lượng chữa cháy có mặt tại hiện trường không quá 10 phút kể từ khi nhận tin báo cháy, "
     "riêng tại các thôn vùng sâu, vùng xa không quá 20 phút.",
     [("<=", 10, "phút", "thời gian lực lượng chữa cháy có mặt tại hiện trường"),
      ("<=", 20, "phút", "thời gian lực lượng chữa cháy có mặt tại hiện trường")]),
    # 165: a part of a description is none
    ("Xã có 52 thôn, tổ dân phố và 286 cơ sở thuộc diện quản lý về PCCC, trong đó 41 cơ sở có nguy hiểm về cháy, nổ.", []),
]


@pytest.mark.parametrize("text,expected", BLIND_162_165)
def test_blind_batch_162_165(text, expected):
    found = find(Document.from_text(text), horizon=2026, now=2025)
    assert [(t.comparator, t.value, t.unit, t.subject) for t in found] == expected


BLIND_166_169 = [
    # 166: compound counted nouns of people and of Party bodies
    ("Phấn đấu mỗi tổ có tối thiểu 03 hòa giải viên; UBKT Đảng ủy xã kiểm tra tối thiểu 8 tổ chức đảng và 15 đảng viên.",
     [(">=", 3, "hòa giải viên", "hòa giải viên"), (">=", 8, "tổ chức đảng", "tổ chức đảng"),
      (">=", 15, "đảng viên", "đảng viên")]),
    # 168: a verb of raising after who acts; a verb of making after a comma; "hút" for "thu hút"
    ("Bên cạnh vốn ngoại, các KCN phấn đấu thu hút thêm khoảng 12.000 tỷ đồng vốn đầu tư trong nước.",
     [("=", 12000, "tỷ đồng", "vốn đầu tư trong nước")]),
    ("Tỉnh phấn đấu hoàn thành giải phóng mặt bằng, đưa thêm 650 ha đất công nghiệp vào khai thác.",
     [("=", 650, "ha", "đất công nghiệp vào khai thác")]),
    ("Thái Nguyên đặt mục tiêu hút 2,5 tỷ USD vốn FDI trong năm 2026.", [("=", 2.5, "tỷ USD", "vốn FDI")]),
    # 168: a later year's value with a verb of its own keeps its own "="
    ("Tỷ lệ lấp đầy các KCN đạt trên 72% vào cuối năm 2025 và phấn đấu đạt 78% vào cuối năm 2026.",
     [(">", 72, "%", "Tỷ lệ lấp đầy các KCN"), ("=", 78, "%", "Tỷ lệ lấp đầy các KCN")]),
    # 169: verbs of replanting are no subject; "Toàn bộ diện tích …" is all of it
    ("Mục tiêu đến hết năm 2026, toàn huyện tái canh, ghép cải tạo 2.100 ha cà phê già cỗi. Toàn bộ diện tích trồng tái "
     "canh sử dụng các giống mới đã được công nhận.",
     [("=", 2100, "ha", "cà phê già cỗi"), ("=", 100, "%", "diện tích trồng tái canh")]),
    # … but a merger's "toàn bộ diện tích tự nhiên" is no goal
    ("Xã mới được thành lập trên cơ sở sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã Hồng Quang, Tứ "
     "Cường.", []),
]


@pytest.mark.parametrize("text,expected", BLIND_166_169)
def test_blind_batch_166_169(text, expected):
    found = find(Document.from_text(text), horizon=2026, now=2025)
    assert [(t.comparator, t.value, t.unit, t.subject) for t in found] == expected


def test_a_paragraph_opening_with_its_goals_keeps_them_goals():
    # held-out 169: "đã được công nhận" qualifies the varieties, it reports nothing
    text = ("Mục tiêu đến hết năm 2026, toàn huyện tái canh 2.100 ha cà phê già cỗi. Toàn bộ diện tích trồng tái canh sử "
            "dụng các giống mới đã được công nhận; năng suất bình quân đạt 3,2 tấn/ha.")
    assert {t.kind for t in find(Document.from_text(text), now=2024)} == {"target"}


def test_a_report_word_inside_a_person_noun_reports_nothing():
    # held-out 166: "báo cáo viên" is a person, not a report
    text = "Về phổ biến pháp luật, 100% báo cáo viên pháp luật cấp tỉnh được cập nhật kịp thời văn bản pháp luật mới."
    assert [t.kind for t in find(Document.from_text(text), horizon=2025, now=2024)] == ["target"]


BLIND_170_173 = [
    # 170: labels after "đạt tối thiểu:" name parts of the noun before the colon, under its comparator
    ("Tỷ lệ cơ sở giáo dục thu học phí bằng hình thức không dùng tiền mặt phải đạt tối thiểu: mầm non 85%, tiểu học "
     "95%, THCS và THPT 100%.",
     [(">=", 85, "%", "Tỷ lệ cơ sở giáo dục thu học phí bằng hình thức không dùng tiền mặt mầm non"),
      (">=", 95, "%", "Tỷ lệ cơ sở giáo dục thu học phí bằng hình thức không dùng tiền mặt tiểu học"),
      (">=", 100, "%", "Tỷ lệ cơ sở giáo dục thu học phí bằng hình thức không dùng tiền mặt THCS và THPT")]),
    # 171: a part named by where it is is the rate there; a councillor's proposal is no goal
    ("Nghị quyết xác định đến năm 2030, tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý đạt tối thiểu 50%, trong "
     "đó khu vực nội thành cũ đạt 65%.",
     [(">=", 50, "%", "tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý"),
      ("=", 65, "%", "tỷ lệ nước thải sinh hoạt đô thị được thu gom, xử lý khu vực nội thành cũ")]),
    ("Thảo luận, đại biểu Phạm Thị Thu Hà đề nghị nâng chỉ tiêu thu gom, xử lý nước thải lên 60%.", []),
    # 171: a rate per day and night; where a decrease starts; whose capacity
    ("Phấn đấu giảm số điểm ngập úng từ 42 xuống còn 10 điểm; tổng công suất các nhà máy xử lý nước thải được nâng lên "
     "khoảng 265.000 m3/ngày đêm; Nhà máy xử lý nước thải Bắc sông Cấm giai đoạn 1, công suất 45.000 m3/ngày đêm.",
     [("=", 10, "điểm", "số điểm ngập úng"), ("=", 265000, "m3/ngày đêm", "tổng công suất các nhà máy xử lý nước thải"),
      ("=", 45000, "m3/ngày đêm", "Nhà máy xử lý nước thải Bắc sông Cấm giai đoạn 1")]),
    # 172: TEU; hours of a duration (not a time of day); a ship's size and a numbered berth are no goals
    ("Theo Kế hoạch, riêng hàng container đạt từ 150.000 - 200.000 TEU vào năm 2030; rút thời gian giải phóng tàu hàng "
     "rời xuống tối đa 36 giờ; kêu gọi đầu tư các bến số 4, 5 cảng Chân Mây để tàu trọng tải 70.000 tấn (DWT) ra vào.",
     [("=", 150000, "TEU", "hàng container"), ("<=", 36, "giờ", "thời gian giải phóng tàu hàng rời")]),
    ("Phấn đấu hội nghị khai mạc lúc 14 giờ 30.", []),
    # 173: an abbreviation counts people
    ("Phấn đấu không dưới 120 NKT trong độ tuổi lao động có nhu cầu được hỗ trợ học nghề.",
     [(">=", 120, "NKT", "NKT trong độ tuổi lao động có nhu cầu")]),
]


@pytest.mark.parametrize("text,expected", BLIND_170_173)
def test_blind_batch_170_173(text, expected):
    found = find(Document.from_text(text), horizon=2026, now=2025)
    assert [(t.comparator, t.value, t.unit, t.subject) for t in found] == expected


def test_a_list_of_indicators_with_units_in_brackets():
    # held-out 173: a plan's indicator list, "Label (unit): value"
    text = ("IV. CHỈ TIÊU THEO DÕI, ĐÁNH GIÁ\n1. Tỷ lệ NKT được tiếp cận dịch vụ y tế (%): 90\n"
            "2. Số trẻ em khuyết tật được can thiệp sớm (trẻ): 90\n3. Số hộ có NKT thoát nghèo (hộ): 40 - 50\n")
    found = find(Document.from_text(text), horizon=2024, now=2024)
    assert [(t.value, t.value_max, t.unit, t.subject, t.deadline) for t in found] == [
        (90, None, "%", "Tỷ lệ NKT được tiếp cận dịch vụ y tế", 2024),
        (90, None, "trẻ", "Số trẻ em khuyết tật được can thiệp sớm", 2024),
        (40, 50, "hộ", "Số hộ có NKT thoát nghèo", 2024)]


BLIND_174_177 = [
    # 174: "hồ sơ đăng ký" is a noun; a class defined by its turnover is no goal
    ("Phấn đấu ít nhất 95% hồ sơ đăng ký doanh nghiệp được nộp qua mạng điện tử.",
     [(">=", 95, "%", "hồ sơ đăng ký doanh nghiệp")]),
    ("Phấn đấu từ ngày 01/6/2025, hộ kinh doanh có doanh thu từ 1 tỷ đồng/năm trở lên bắt buộc áp dụng.", []),
    # 175: "Kế hoạch gắn với …:" says what the plan sets; a verb of adding before a counted noun per year
    ("Kế hoạch gắn với xây dựng nông thôn mới: 11/11 xã giữ vững Tiêu chí số 6 về Cơ sở vật chất văn hóa.",
     [("=", 11, "xã", "xã giữ vững Tiêu chí số 6 về Cơ sở vật chất văn hóa")]),
    ("Theo kế hoạch, Thư viện huyện bổ sung bình quân 1.500 đầu sách/năm.", [("=", 1500, "đầu sách/năm", "đầu sách")]),
    # 176: the number that a share decreases; "tuyến huyện" is a level of the health system
    ("Kế hoạch đặt mục tiêu giảm ít nhất 7% số ca mắc so với trung bình 5 năm.", [(">=", 7, "%", "số ca mắc")]),
    ("Phấn đấu 100% bác sĩ, điều dưỡng lâm sàng tuyến tỉnh, 90% tuyến huyện được tập huấn.",
     [("=", 100, "%", "bác sĩ, điều dưỡng lâm sàng tuyến tỉnh"), ("=", 90, "%", "bác sĩ, điều dưỡng lâm sàng tuyến huyện")]),
    # 177: parts after "trong đó" go on after a comma; "hiện đạt" reports; "trên 1 ha" is per hectare
    ("Phấn đấu đến năm 2030 diện tích hữu cơ đạt ít nhất 9.000 ha, trong đó diện tích chè 1.500 ha, cây ăn quả có múi "
     "900 ha.",
     [(">=", 9000, "ha", "diện tích hữu cơ"), ("=", 1500, "ha", "diện tích chè"), ("=", 900, "ha", "cây ăn quả có múi")]),
    ("Mục tiêu đến năm 2030, giá trị thu được trên 1 ha canh tác hữu cơ cao gấp ít nhất 1,5 lần so với sản xuất thông "
     "thường.", [(">=", 1.5, "lần", "giá trị thu được trên 1 ha canh tác hữu cơ cao")]),
]


@pytest.mark.parametrize("text,expected", BLIND_174_177)
def test_blind_batch_174_177(text, expected):
    found = find(Document.from_text(text), horizon=2026, now=2025)
    assert [(t.comparator, t.value, t.unit, t.subject) for t in found] == expected


def test_a_clause_that_reports_the_present_is_a_result_even_beside_a_goal():
    # held-out 177: "hiện đạt" reports; the goal is the next clause's (not an aside "(hiện có 9 sản phẩm)")
    text = "Đàn bò sữa hữu cơ hiện đạt 4.600 con; kế hoạch đặt chỉ tiêu đàn bò sữa hữu cơ không dưới 8.000 con."
    assert [(t.value, t.kind) for t in find(Document.from_text(text), horizon=2030, now=2025)] == [
        (4600, "result"), (8000, "target")]
    text = ("Đến hết năm 2026, có 90% hồ sơ thủ tục hành chính được nộp trực tuyến. Riêng năm 2025, xã hoàn thành lắp "
            "đặt 45 camera an ninh tại các thôn và đưa 100% sản phẩm OCOP của xã (hiện có 9 sản phẩm) lên sàn thương mại "
            "điện tử.")
    assert [(t.value, t.kind) for t in find(Document.from_text(text), now=2024)] == [
        (90, "target"), (45, "target"), (100, "target")]


BLIND_178_181 = [
    # 178: a count per unit with its own comparator; a condition says which; a body is no level
    ("Xã phấn đấu mở ít nhất 20 lớp dạy bơi miễn phí, mỗi lớp tối đa 25 học viên.",
     [(">=", 20, "lớp", "lớp dạy bơi miễn phí"), ("<=", 25, "học viên", "học viên")]),
    ("Phấn đấu cắm biển cảnh báo và làm rào chắn tạm tối thiểu 12 điểm có nguy cơ cao.",
     [(">=", 12, "điểm", "điểm có nguy cơ cao")]),
    ("Phấn đấu 90% hộ gia đình có trẻ dưới 16 tuổi được tuyên truyền trực tiếp kỹ năng phòng, chống đuối nước.",
     [("=", 90, "%", "hộ gia đình có trẻ dưới 16 tuổi")]),
    # 179: "không thấp hơn", a rate per person per day, litres; a part named by its area takes the measure before
    ("Phấn đấu tiêu chuẩn cấp nước sinh hoạt không thấp hơn 120 lít/người/ngày, riêng khu vực nội thị trung tâm đạt 130 "
     "- 150 lít/người/ngày.",
     [(">=", 120, "lít/người/ngày", "tiêu chuẩn cấp nước sinh hoạt"),
      ("=", 130, "lít/người/ngày", "tiêu chuẩn cấp nước sinh hoạt khu vực nội thị trung tâm")]),
    ("Phấn đấu thay thế 85 km đường ống cũ; mỗi năm phát triển mới từ 2.500 đến 3.000 đấu nối.",
     [("=", 85, "km", "đường ống cũ"), ("=", 2500, "đấu nối", "đấu nối")]),
    # 180: blood units per month; a forecast is no goal
    ("Phấn đấu toàn tỉnh tiếp nhận không dưới 11.500 đơn vị máu, bình quân tối thiểu 900 đơn vị máu/tháng.",
     [(">=", 11500, "đơn vị máu", "đơn vị máu"), (">=", 900, "đơn vị máu/tháng", "đơn vị máu")]),
    ("Năm 2025, nhu cầu máu của các bệnh viện trong tỉnh dự báo tăng khoảng 10%.", []),
]


@pytest.mark.parametrize("text,expected", BLIND_178_181)
def test_blind_batch_178_181(text, expected):
    found = find(Document.from_text(text), horizon=2026, now=2025)
    assert [(t.comparator, t.value, t.unit, t.subject) for t in found] == expected


def test_a_year_kept_after_the_year_a_goal_is_met_is_no_deadline():
    # held-out 179
    text = "Tỷ lệ dân số đô thị được cấp nước sạch qua hệ thống tập trung đạt 100% vào năm 2027 và duy trì đến năm 2030."
    assert [t.deadline for t in find(Document.from_text(text), now=2025)] == [2027]


def test_a_summer_is_a_year():
    # held-out 178: "hè 2025" dates the plan and its goals
    text = "Xã Thanh Bình: Hè 2025 phấn đấu 65% trẻ em từ 6 - 16 tuổi biết bơi an toàn."
    assert [t.deadline for t in find(Document.from_text(text), now=2025)] == [2025]


BLIND_182_185 = [
    # 182: "trong 24 giờ đầu" is a window inside an action; parents "có con …" are which parents
    ("Phấn đấu tiêm vắc xin viêm gan B liều sơ sinh trong 24 giờ đầu sau sinh cho tối thiểu 85% trẻ sơ sinh.",
     [(">=", 85, "%", "trẻ sơ sinh")]),
    ("Phường đặt mục tiêu ít nhất 80% cha mẹ có con trong độ tuổi tiêm chủng sử dụng Sổ sức khỏe điện tử.",
     [(">=", 80, "%", "cha mẹ có con trong độ tuổi tiêm chủng")]),
    # 183: walking streets, stalls, decibels
    ("Theo Kế hoạch, thành phố hình thành thêm ít nhất 03 tuyến phố đi bộ; mỗi tuyến phố đi bộ bố trí từ 80 đến 120 "
     "gian hàng; sau 22h, độ ồn phát ra từ các cơ sở kinh doanh không vượt quá 55 dBA.",
     [(">=", 3, "tuyến phố đi bộ", "tuyến phố đi bộ"), ("=", 80, "gian hàng", "gian hàng"),
      ("<=", 55, "dBA", "độ ồn phát ra từ các cơ sở kinh doanh")]),
    # 184: a condition with "yêu cầu" says which workers, up to the predicate
    ("Phấn đấu 100% người làm công tác ATVSLĐ và trên 90% người làm công việc có yêu cầu nghiêm ngặt về ATVSLĐ được "
     "huấn luyện.",
     [("=", 100, "%", "người làm công tác ATVSLĐ"),
      (">", 90, "%", "người làm công việc có yêu cầu nghiêm ngặt về ATVSLĐ")]),
    # 100: an event's size is no goal
    ("Sở Công Thương sẽ tổ chức phiên chợ nông sản kéo dài 5 ngày, với khoảng 60 gian hàng của các hợp tác xã.", []),
]


@pytest.mark.parametrize("text,expected", BLIND_182_185)
def test_blind_batch_182_185(text, expected):
    found = find(Document.from_text(text), horizon=2026, now=2025)
    assert [(t.comparator, t.value, t.unit, t.subject) for t in found] == expected


def test_a_look_back_heading_opens_a_results_section():
    # held-out 182: "Nhìn lại năm 2025" over last year's figures
    text = ("Nhìn lại năm 2025\n\nCả năm có 437/452 trẻ dưới 1 tuổi được tiêm chủng đầy đủ, đạt 96,7%.\n\nMục tiêu năm 2026\n\n"
            "Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 95%.")
    found = find(Document.from_text(text), horizon=2026, now=2026)
    assert [(t.value, t.kind) for t in found] == [(437, "result"), (96.7, "result"), (95, "target")]
    assert found[1].subject == "trẻ dưới 1 tuổi được tiêm chủng đầy đủ"   # the share of the children the count counts


def test_a_short_heading_with_a_range_of_years_closes_the_results_section():
    # held-out 166: "Nhìn lại năm 2023" then "Chỉ tiêu cho hai năm 2024 - 2025"
    text = ("Nhìn lại năm 2023\nNăm 2023 toàn tỉnh đạt tỷ lệ hòa giải thành 84,62%.\n\nChỉ tiêu cho hai năm 2024 - 2025\n"
            "Theo Kế hoạch, hằng năm tỷ lệ vụ việc hòa giải thành phải đạt từ 80% trở lên.")
    assert [(t.value, t.kind) for t in find(Document.from_text(text), horizon=2025, now=2024)] == [
        (84.62, "result"), (80, "target")]


def test_a_later_value_after_and_completing_is_the_same_measure():
    # held-out 157
    text = "Dữ liệu đất đai được số hóa, làm sạch đạt 60% trước ngày 30/6/2026 và hoàn thành 100% trước ngày 31/12/2026."
    found = find(Document.from_text(text), now=2025)
    assert [(t.value, t.subject) for t in found] == [(60, "Dữ liệu đất đai được số hóa, làm sạch"),
                                                     (100, "Dữ liệu đất đai được số hóa, làm sạch")]


BLIND_186_189 = [
    # 187: Mbps; 188: land lots, a quarter opens no subject
    ("Tốc độ truy cập Internet băng rộng cố định bình quân phải đạt không dưới 200 Mbps.",
     [(">=", 200, "Mbps", "Tốc độ truy cập Internet băng rộng cố định")]),
    ("Để về đích, các đơn vị phải đưa ra đấu giá không dưới 260 lô đất; quý III thu nộp ngân sách từ 300 - 350 tỷ đồng, "
     "quý IV đạt ít nhất 250 tỷ đồng.",
     [(">=", 260, "lô đất", "lô đất"), ("=", 300, "tỷ đồng", "thu nộp ngân sách"),
      (">=", 250, "tỷ đồng", "thu nộp ngân sách")]),
    # 187: a plan's expected investment is its budget, no goal
    ("Tổng vốn đầu tư dự kiến khoảng 2.150 tỷ đồng, chủ yếu từ doanh nghiệp viễn thông.", []),
    # 189: a resolution's numbered goal may set a fund's floor
    ("Chỉ tiêu 6: Tổng nguồn vốn Quỹ Hỗ trợ nông dân các cấp đạt không dưới 140 tỷ đồng.",
     [(">=", 140, "tỷ đồng", "Tổng nguồn vốn Quỹ Hỗ trợ nông dân các cấp")]),
]


@pytest.mark.parametrize("text,expected", BLIND_186_189)
def test_blind_batch_186_189(text, expected):
    found = find(Document.from_text(text), horizon=2025, now=2025)
    assert [(t.comparator, t.value, t.unit, t.subject) for t in found] == expected


BLIND_190_193 = [
    # 192: "và từ năm 2028 đạt 100%" is the same rate in a later year
    ("Theo Kế hoạch, tỷ lệ học sinh lớp 1 được học tiếng Anh năm 2026 đạt 60%, năm 2027 đạt 80% và từ năm 2028 đạt 100%.",
     [("=", 60, "%", "tỷ lệ học sinh lớp 1 được học tiếng Anh", 2026),
      ("=", 80, "%", "tỷ lệ học sinh lớp 1 được học tiếng Anh", 2027),
      ("=", 100, "%", "tỷ lệ học sinh lớp 1 được học tiếng Anh", 2028)]),
    # 192: an aside that reports ("(năm học 2024 - 2025 mới có 9 trường)") is no goal and dates none
    ("Phấn đấu đến năm 2030 có trên 45 trường phổ thông có giáo viên nước ngoài tham gia giảng dạy (năm học 2024 - 2025 "
     "mới có 9 trường).", [(">", 45, "trường", "trường phổ thông", 2030)]),
    # 193: under a goals lead-in "cụ thể:", "đã" qualifies people; a count with its own "số …" and comparator
    ("Theo Kế hoạch, đến năm 2030, thành phố phấn đấu hoàn thành mục tiêu, cụ thể: 95% người nhiễm HIV biết tình trạng "
     "nhiễm; 95% người đã chẩn đoán nhiễm HIV được điều trị ARV.",
     [("=", 95, "%", "người nhiễm HIV", 2030), ("=", 95, "%", "người đã chẩn đoán nhiễm HIV", 2030)]),
    ("Đến năm 2030, thành phố khống chế tỷ lệ nhiễm HIV trong cộng đồng dân cư dưới 0,3%, số người tử vong liên quan đến "
     "AIDS không quá 5 người/năm.",
     [("<", 0.3, "%", "tỷ lệ nhiễm HIV trong cộng đồng dân cư", 2030),
      ("<=", 5, "người/năm", "số người tử vong liên quan đến AIDS", 2030)]),
    # 188: "đã …" then "được": the lots that have paid are the subject
    ("Phấn đấu năm 2025, 100% lô đất đã nộp đủ tiền được bàn giao ngoài thực địa.",
     [("=", 100, "%", "lô đất đã nộp đủ tiền", 2025)]),
    # 190: a fine is no goal
    ("Chủ nuôi để chó thả rông sẽ bị xử phạt từ 1.000.000 đồng đến 3.000.000 đồng.", []),
]


@pytest.mark.parametrize("text,expected", BLIND_190_193)
def test_blind_batch_190_193(text, expected):
    found = find(Document.from_text(text), now=2025)
    assert [(t.comparator, t.value, t.unit, t.subject, t.deadline) for t in found] == expected


def test_rates_named_again_as_these_rates_take_their_subjects_and_a_goal_for_another_year_is_no_twin():
    # held-out 193: "ba tỷ lệ này lần lượt đạt 90%, 88% và 95%"
    text = ("Theo Kế hoạch, đến năm 2030, thành phố phấn đấu, cụ thể: 95% người nhiễm HIV biết tình trạng nhiễm; 95% người "
            "đã chẩn đoán nhiễm HIV được điều trị ARV. Đến năm 2025, hai tỷ lệ này lần lượt đạt 90% và 95%.")
    found = find(Document.from_text(text), now=2024)
    assert [(t.value, t.subject, t.deadline) for t in found] == [
        (95, "người nhiễm HIV", 2030), (95, "người đã chẩn đoán nhiễm HIV", 2030),
        (90, "người nhiễm HIV", 2025), (95, "người đã chẩn đoán nhiễm HIV", 2025)]


def test_pupils_who_complete_a_level_are_which_pupils():
    # held-out 192
    found = find(Document.from_text("Phấn đấu 90% học sinh hoàn thành chương trình THCS đạt năng lực tiếng Anh bậc 2."))
    assert [t.subject for t in found] == ["học sinh hoàn thành chương trình THCS"]


BLIND_194_197 = [
    # 195: "hướng tới" leads in; converting is a verb; "riêng năm 2027 phải đạt tối thiểu …" is the same measure
    ("Quảng Trị hướng tới 50.000 ha rừng trồng gỗ lớn vào năm 2030.", [("=", 50000, "ha", "rừng trồng gỗ lớn", 2030)]),
    ("Mục tiêu đến năm 2030, diện tích rừng trồng gỗ lớn đạt 50.000 ha, trong đó chuyển hóa khoảng 18.000 ha rừng gỗ "
     "nhỏ sang kinh doanh gỗ lớn. Diện tích rừng được cấp chứng chỉ FSC không dưới 40.000 ha; riêng năm 2027 phải đạt "
     "tối thiểu 32.000 ha.",
     [("=", 50000, "ha", "diện tích rừng trồng gỗ lớn", 2030), ("=", 18000, "ha", "rừng gỗ nhỏ sang kinh doanh gỗ lớn", 2030),
      (">=", 40000, "ha", "Diện tích rừng được cấp chứng chỉ FSC", 2030),
      (">=", 32000, "ha", "Diện tích rừng được cấp chứng chỉ FSC", 2027)]),
    # 197: "các tỷ lệ tương ứng" are the rates of the clause before
    ("Các chỉ tiêu chủ yếu năm 2026 gồm: Ít nhất 82% hộ gia đình, 65% dòng họ và 75% thôn được công nhận danh hiệu. Đến "
     "năm 2030, các tỷ lệ tương ứng đạt 90%, 75% và 85%.",
     [(">=", 82, "%", "hộ gia đình", 2026), (">=", 65, "%", "dòng họ", 2026), (">=", 75, "%", "thôn", 2026),
      ("=", 90, "%", "hộ gia đình", 2030), ("=", 75, "%", "dòng họ", 2030), ("=", 85, "%", "thôn", 2030)]),
    # 194: starting construction is a verb of making
    ("Giai đoạn 2026 - 2030, Thành phố khởi công 5 - 7 dự án/năm.", [("=", 5, "dự án/năm", "dự án", 2030)]),
]


@pytest.mark.parametrize("text,expected", BLIND_194_197)
def test_blind_batch_194_197(text, expected):
    found = find(Document.from_text(text), now=2025, horizon=2030)
    assert [(t.comparator, t.value, t.unit, t.subject, t.deadline) for t in found] == expected


BLIND_198_201 = [
    # 198: a place after the second value says where the measure of the item before is taken; "và không dưới" joins the
    # next item and is no part of the first's action; a checkpoint is counted
    ("Tỷ lệ đội mũ bảo hiểm của người điều khiển đạt trên 98% tại Quốc lộ 1, đường tỉnh và không dưới 90% tại các tuyến "
     "liên thôn, ngõ xóm.",
     [(">", 98, "%", "Tỷ lệ đội mũ bảo hiểm của người điều khiển", "tại Quốc lộ 1, đường tỉnh"),
      (">=", 90, "%", "Tỷ lệ đội mũ bảo hiểm của người điều khiển", "tại các tuyến liên thôn, ngõ xóm")]),
    ("Duy trì 03 chốt kiểm soát giao thông cố định.", [("=", 3, "chốt", "chốt kiểm soát giao thông cố định", None)]),
    # 199: "có nghĩa vụ tài chính" says which records; the level alone after "và" is the same records at that level
    ("Ít nhất 80% hồ sơ thủ tục hành chính có nghĩa vụ tài chính cấp tỉnh và 70% cấp xã được thanh toán trực tuyến.",
     [(">=", 80, "%", "hồ sơ thủ tục hành chính có nghĩa vụ tài chính cấp tỉnh", "được thanh toán trực tuyến"),
      (">=", 70, "%", "hồ sơ thủ tục hành chính có nghĩa vụ tài chính cấp xã", "được thanh toán trực tuyến")]),
    # 200: "giao chỉ tiêu" sets goals; a list of places after a colon, each the measure the lead-in names there (a
    # place's name of four words still joins the list)
    ("Giao chỉ tiêu diện tích chuyển đổi cho các xã trọng điểm như sau: xã Phương Bình 25 ha, xã Hòa An 18,5 ha, xã Tân "
     "Phước Hưng 42 ha; các xã, thị trấn còn lại thực hiện theo Phụ lục.",
     [("=", 25, "ha", "diện tích chuyển đổi xã Phương Bình", None), ("=", 18.5, "ha", "diện tích chuyển đổi xã Hòa An", None),
      ("=", 42, "ha", "diện tích chuyển đổi xã Tân Phước Hưng", None)]),
    # 201: a place after ";" is the rate of the clause before, there; per mille per year; "trước khi kết hôn" reports
    # nothing (only "trước khi sắp xếp" does)
    ("Theo Kế hoạch, năm 2025 tỷ suất sinh thô toàn tỉnh giảm 0,2‰ so với năm 2024; các huyện miền núi giảm bình quân "
     "0,5‰/năm đến năm 2030.",
     [("=", 0.2, "‰", "tỷ suất sinh thô toàn tỉnh", "so với năm 2024"),
      ("=", 0.5, "‰/năm", "tỷ suất sinh thô các huyện miền núi", None)]),   # "đến năm 2030" dates it: no action
    ("Tỷ lệ thanh niên được khám sức khỏe trước khi kết hôn đạt 50% vào năm 2025 và 90% vào năm 2030.",
     [("=", 50, "%", "Tỷ lệ thanh niên được khám sức khỏe trước khi kết hôn", None),   # "vào năm 2025" dates it: no action
      ("=", 90, "%", "Tỷ lệ thanh niên được khám sức khỏe trước khi kết hôn", None)]),
]


@pytest.mark.parametrize("text,expected", BLIND_198_201)
def test_blind_batch_198_201(text, expected):
    found = find(Document.from_text(text), now=2025, horizon=2026)
    assert [(t.comparator, t.value, t.unit, t.subject, t.action) for t in found] == expected
    assert all(t.kind == "target" for t in found)


def test_a_table_typed_without_outer_bars_and_a_headline_that_restates_one_of_its_rows():
    """Held-out 199: "TT | Chỉ tiêu | ĐVT | Năm 2026 | Năm 2027" rows with no bar at either end are a table; the
    headline's "100% trường học thu học phí …" is the schools' row of 2027, not the hospitals' row above it."""
    text = ("Quảng Ngãi: Đến năm 2027, 100% trường học thu học phí không dùng tiền mặt\n\n"
            "Một số chỉ tiêu chủ yếu theo từng năm:\n\n"
            "TT | Chỉ tiêu | ĐVT | Năm 2026 | Năm 2027\n"
            "1 | Tỷ lệ bệnh viện chấp nhận thanh toán viện phí không dùng tiền mặt | % | 95 | 100\n"
            "2 | Tỷ lệ trường học thu học phí không dùng tiền mặt | % | 90 | 100\n"
            "3 | Tỷ lệ hộ kinh doanh tại chợ chấp nhận thanh toán bằng mã QR | % | ≥ 70 | ≥ 80\n")
    doc = Document.from_text(text)
    found = sorted((t.span[0], t.value, t.comparator, t.subject, t.deadline) for t in find(doc, now=2025))
    assert found == [
        (text.index("100%"), 100, "=", "trường học thu học phí không dùng tiền mặt", 2027),
        (text.index("| 95") + 2, 95, "=", "Tỷ lệ bệnh viện chấp nhận thanh toán viện phí không dùng tiền mặt", 2026),
        (text.index("| 95") + 7, 100, "=", "Tỷ lệ bệnh viện chấp nhận thanh toán viện phí không dùng tiền mặt", 2027),
        (text.index("| 90") + 2, 90, "=", "Tỷ lệ trường học thu học phí không dùng tiền mặt", 2026),
        (text.index("≥ 70"), 70, ">=", "Tỷ lệ hộ kinh doanh tại chợ chấp nhận thanh toán bằng mã QR", 2026),
        (text.index("≥ 80"), 80, ">=", "Tỷ lệ hộ kinh doanh tại chợ chấp nhận thanh toán bằng mã QR", 2027),
    ]


BLIND_202_205 = [
    # 202: shelf metres measure documents; a label, a year and the label's verb again ("Chỉnh lý …: năm 2024 chỉnh lý")
    # act on what the label names, and the same verb after ";" or "và" on the same thing; "tất cả UBND cấp huyện"
    ("1.1. Chỉnh lý tài liệu tồn đọng: năm 2025 chỉnh lý tối thiểu 900 mét giá tài liệu; năm 2026 chỉnh lý khoảng 1.200 "
     "mét giá.",
     [(">=", 900, "mét giá", "tài liệu tồn đọng", 2025), ("=", 1200, "mét giá", "tài liệu tồn đọng", 2026)]),
    ("2.1. Số hóa tài liệu lưu trữ lịch sử: năm 2025 số hóa không dưới 250 mét giá tài liệu và năm 2026 tối thiểu 300 mét giá.",
     [(">=", 250, "mét giá", "tài liệu lưu trữ lịch sử", 2025), (">=", 300, "mét giá", "tài liệu lưu trữ lịch sử", 2026)]),
    ("Đến năm 2026, tất cả UBND cấp huyện kết nối và gửi hồ sơ lên hệ thống.",
     [("=", 100, "%", "UBND cấp huyện", 2026)]),
    # 203: a range to a multiple ("từ 140 đến 150 nghìn cây"), not an age range; a part set apart with a verb of
    # planting has its own figure and no comparator of the list's; "năm nay" is the article's year
    ("Phấn đấu mỗi năm trồng từ 140 đến 150 nghìn cây phân tán.", [("=", 140, "nghìn cây", "cây phân tán", 2030)]),
    ("Tỷ lệ người trong độ tuổi từ 15 đến 60 biết chữ mức độ 2 tăng bình quân 0,5%/năm.",
     [("=", 0.5, "%/năm", "Tỷ lệ người trong độ tuổi từ 15 đến 60 biết chữ mức độ 2", 2030)]),
    ("Xã nào cũng phải trồng ít nhất 5.000 cây phân tán, riêng thị trấn Chợ Chu trồng mới 1.200 cây bóng mát.",
     [(">=", 5000, "cây", "cây phân tán", 2030), ("=", 1200, "cây", "cây bóng mát", 2030)]),
    ("Năm nay, huyện phấn đấu trồng mới khoảng 950 ha rừng tập trung.", [("=", 950, "ha", "rừng tập trung", 2025)]),
    # 204: centimetres of height; a health worker counted
    ("Chiều cao trung bình của trẻ 5 tuổi tăng thêm 1,5 - 2 cm so với năm 2025.",
     [("=", 1.5, "cm", "Chiều cao trung bình của trẻ 5 tuổi", 2030)]),
    ("Mỗi trường có ít nhất 01 nhân viên y tế trường học.", [(">=", 1, "nhân viên y tế", "nhân viên y tế trường học", 2030)]),
    # 205: "Ban Chỉ đạo 389" is a name; "✅" lines under "🎯 CHỈ TIÊU NĂM 2025" take its year, not the baseline year
    # ending the line before
    ("🎯 CHỈ TIÊU NĂM 2025\n✅ Số vụ khởi tố hình sự tăng ít nhất 10% so với năm 2024\n✅ 100% chợ biên giới được kiểm "
     "tra ít nhất 01 lần/quý\n✅ Ban Chỉ đạo 389 tỉnh tổ chức trên 200 buổi tuyên truyền",
     [(">=", 10, "%", "Số vụ khởi tố hình sự", 2025), ("=", 100, "%", "chợ biên giới", 2025),
      (">", 200, "buổi", "buổi tuyên truyền", 2025)]),
]


@pytest.mark.parametrize("text,expected", BLIND_202_205)
def test_blind_batch_202_205(text, expected):
    found = [t for t in find(Document.from_text(text), now=2025, horizon=2030) if t.kind == "target"]
    assert [(t.comparator, t.value, t.unit, t.subject, t.deadline) for t in found] == expected


BLIND_206_209 = [
    # 206: a year set apart ("riêng năm 2025 là 120 hộ") is the same goal for that year, and its year is not the whole's
    ("Giai đoạn 2025 - 2030, phấn đấu có thêm 1.500 hộ kinh doanh chuyển đổi sang hoạt động theo mô hình doanh nghiệp, riêng năm "
     "2025 là 120 hộ.",
     [("=", 1500, "hộ kinh doanh", "hộ kinh doanh chuyển đổi sang hoạt động", 2030, "target"),
      ("=", 120, "hộ", "hộ kinh doanh chuyển đổi sang hoạt động", 2025, "target")]),
    # 207: the start of a change is where it starts from ("từ 41,2% (năm 2023) xuống còn 36%"), a result of its year,
    # and lends the goal no comparator; a paragraph that says "phấn đấu" lends its baseline year to no later sentence
    ("Theo Kế hoạch, đến năm 2025 huyện phấn đấu giảm tỷ lệ hút thuốc lá ở nam giới từ 41,2% (năm 2023) xuống còn 36%. "
     "100% cơ sở y tế, trường học không khói thuốc.",
     [("=", 41.2, "%", "tỷ lệ hút thuốc lá ở nam giới", 2023, "result"),
      ("=", 36, "%", "tỷ lệ hút thuốc lá ở nam giới", 2025, "target"),
      ("=", 100, "%", "cơ sở y tế, trường học không khói thuốc", 2030, "target")]),
    # 207: a yearly sum of the plan's own budget is no goal; the sum to raise is
    ("Kinh phí thực hiện từ ngân sách huyện khoảng 180 triệu đồng/năm; đồng thời huy động tối thiểu 300 triệu đồng nguồn "
     "xã hội hóa.", [(">=", 300, "triệu đồng", "nguồn xã hội hóa", 2030, "target")]),
    # 208: "tương đương …" restates the measure before; "năm nay" opens no subject
    ("Theo kế hoạch, năm nay kim ngạch xuất khẩu nông, thủy sản của tỉnh tăng 8 - 10% so với năm 2024, tương đương "
     "khoảng 1.355 - 1.380 triệu USD.",
     [("=", 8, "%", "kim ngạch xuất khẩu nông, thủy sản của tỉnh", 2025, "target"),
      ("=", 1355, "triệu USD", "kim ngạch xuất khẩu nông, thủy sản của tỉnh", 2025, "target")]),
    # 209: "lừa đảo chiếm đoạt tài sản" reports nothing ("chiếm" of a share does)
    ("Các chỉ tiêu chủ yếu năm 2026:\n- Kéo giảm 10 - 15% số vụ lừa đảo chiếm đoạt tài sản so với năm 2025; tỷ lệ điều "
     "tra, khám phá loại tội phạm này đạt trên 65%.",
     [("=", 10, "%", "số vụ lừa đảo", 2026, "target"),
      (">", 65, "%", "tỷ lệ điều tra, khám phá loại tội phạm này", 2026, "target")]),
]


@pytest.mark.parametrize("text,expected", BLIND_206_209)
def test_blind_batch_206_209(text, expected):
    found = find(Document.from_text(text), now=2025, horizon=2030)
    assert [(t.comparator, t.value, t.unit, t.subject, t.deadline, t.kind) for t in found] == expected


BLIND_210_213 = [
    # 210: in a mid-year review a figure reported before the sentence's goal word is a result ("ước đạt", "bằng 102% kế
    # hoạch", "đạt 57,5% kế hoạch"); "cả năm" shares the subject before; "trồng đủ" is the verb; "từ 52% hiện nay nâng
    # lên 70%" starts from now and reaches a goal
    ("Diện tích gieo trồng vụ xuân đạt 318 ha, bằng 102% kế hoạch; sản lượng lương thực 6 tháng ước đạt 1.045 tấn, phấn "
     "đấu cả năm không dưới 2.350 tấn. Xã đã trồng mới 46 ha rừng, đạt 57,5% kế hoạch, phấn đấu trồng đủ 80 ha trong vụ thu.",
     [("=", 318, "ha", "Diện tích gieo trồng vụ xuân", "result"), ("=", 102, "%", "kế hoạch", "result"),
      ("=", 1045, "tấn", "sản lượng lương thực", "result"), (">=", 2350, "tấn", "sản lượng lương thực", "target"),
      ("=", 46, "ha", "rừng", "result"), ("=", 57.5, "%", "kế hoạch", "result"), ("=", 80, "ha", "rừng", "target")]),
    ("Tỷ lệ hộ có nhà tiêu hợp vệ sinh (chỉ tiêu 17.8) từ 52% hiện nay nâng lên 70%.",
     [("=", 52, "%", "Tỷ lệ hộ có nhà tiêu hợp vệ sinh", "result"), ("=", 70, "%", "Tỷ lệ hộ có nhà tiêu hợp vệ sinh", "target")]),
    # … but "chứng chỉ đạt" reports nothing, nor "đã có hiệu lực pháp luật"
    ("Các chỉ tiêu xã hội gồm: tỷ lệ lao động qua đào tạo đạt 73%, trong đó có bằng cấp, chứng chỉ đạt 33,5%.",
     [("=", 73, "%", "tỷ lệ lao động qua đào tạo", "target"), ("=", 33.5, "%", "tỷ lệ lao động qua đào tạo bằng cấp, chứng chỉ", "target")]),
    # 211: units after a merger and the count a change reaches; "Tổng biên chế …" names what is counted
    ("2. Chỉ tiêu cụ thể\n- Tổng số phòng chuyên môn thuộc Ủy ban nhân dân cấp huyện giảm từ 119 phòng xuống còn 95 phòng.\n"
     "- Tổng biên chế công chức năm 2025 không vượt quá 2.184 biên chế.\n- Phấn đấu tiết kiệm tối thiểu 65 tỷ đồng/năm chi "
     "thường xuyên.",
     [("=", 119, "phòng", "Tổng số phòng chuyên môn thuộc Ủy ban nhân dân cấp huyện", "result"),
      ("=", 95, "phòng", "Tổng số phòng chuyên môn thuộc Ủy ban nhân dân cấp huyện", "target"),
      ("<=", 2184, "biên chế", "Tổng biên chế công chức", "target"),
      (">=", 65, "tỷ đồng/năm", "chi thường xuyên", "target")]),
    # 212: a mass per cubic metre measures what stands before; "mỗi quận, huyện và thành phố Thủ Đức có …"; levels named
    # with their units ("cấp quận, huyện")
    ("Nồng độ bụi mịn PM2.5 trung bình năm giảm ít nhất 15% so với năm 2024, xuống dưới 25 µg/m³ vào năm 2030.",
     [(">=", 15, "%", "Nồng độ bụi mịn PM2.5 trung bình năm", "target"),
      ("<", 25, "µg/m³", "Nồng độ bụi mịn PM2.5 trung bình năm", "target")]),
    ("Đến năm 2027 nâng tổng số trạm quan trắc lên ít nhất 40 trạm, mỗi quận, huyện và thành phố Thủ Đức có tối thiểu 01 trạm.",
     [(">=", 40, "trạm", "tổng số trạm quan trắc", "target"), (">=", 1, "trạm", "trạm", "target")]),
    ("Phấn đấu trên 85% số ngày trong năm có chỉ số AQI ở mức tốt và trung bình.",   # "số ngày trong năm": days of a year
     [(">", 85, "%", "số ngày trong năm có chỉ số AQI", "target")]),
    ("100% cán bộ quản lý môi trường cấp Thành phố, 90% cấp quận, huyện và 75% cấp xã, phường, thị trấn được tập huấn.",
     [("=", 100, "%", "cán bộ quản lý môi trường cấp Thành phố", "target"),
      ("=", 90, "%", "cán bộ quản lý môi trường cấp quận, huyện", "target"),
      ("=", 75, "%", "cán bộ quản lý môi trường cấp xã, phường, thị trấn", "target")]),
    # 213: a second act after a comma ends the counted noun; "duy tu" acts on what follows; "đường băng hiện có," is no
    # report; "tổ chức 02 cuộc …" counts
    ("Các chỉ tiêu cụ thể năm 2024:\n+ Xây mới 4 chòi canh lửa, sửa chữa, gia cố các chòi đã xuống cấp.\n+ Phát dọn, làm mới 42 km đường băng cản lửa, duy "
     "tu 65,5 km đường băng hiện có, hoàn thành trước ngày 30/4.\n+ Tổ chức 02 cuộc diễn tập chữa cháy rừng cấp huyện.",
     [("=", 4, "chòi canh lửa", "chòi canh lửa", "target"), ("=", 42, "km", "đường băng cản lửa", "target"),
      ("=", 65.5, "km", "đường băng hiện có", "target"), ("=", 2, "cuộc", "cuộc diễn tập chữa cháy rừng cấp huyện", "target")]),
]


@pytest.mark.parametrize("text,expected", BLIND_210_213)
def test_blind_batch_210_213(text, expected):
    found = find(Document.from_text(text), now=2024, horizon=2026)
    assert [(t.comparator, t.value, t.unit, t.subject, t.kind) for t in found] == expected


BLIND_214_217 = [
    # 214: after a comma a noun with a comparator of its own is the next item of the same unit; "quy định xử phạt" is a
    # training's topic, no fine; "theo dõi" is no "theo"
    ("Phấn đấu hồ sơ nhà ở riêng lẻ được giải quyết trong tối đa 10 ngày làm việc, các công trình khác không quá 15 ngày "
     "làm việc.",
     [("<=", 10, "ngày làm việc", "hồ sơ nhà ở riêng lẻ được giải quyết trong"), ("<=", 15, "ngày làm việc", "các công trình khác")]),
    ("Phấn đấu 100% cán bộ quản lý trật tự xây dựng cấp thành phố và ít nhất 90% cấp phường, xã được tập huấn quy định "
     "xử phạt theo Nghị định số 16/2022/NĐ-CP.",
     [("=", 100, "%", "cán bộ quản lý trật tự xây dựng cấp thành phố"),
      (">=", 90, "%", "cán bộ quản lý trật tự xây dựng cấp phường, xã")]),
    ("Phấn đấu mỗi phường, xã bố trí từ 02 - 03 công chức theo dõi trật tự xây dựng.",
     [("=", 2, "công chức", "công chức theo dõi trật tự xây dựng")]),
    # … but a count inside the predicate of the item before stays there
    ("Phấn đấu 40% đơn vị cung cấp ít nhất một dịch vụ thiết yếu trên nền tảng số.",
     [("=", 40, "%", "đơn vị")]),
    # 215: "Chỉ tiêu năm nay là …" names no subject; 216: cubic metres; 217: "những điểm đã cắm biển" reports nothing
    ("Chỉ tiêu năm nay là ít nhất 95% trẻ em sinh ra được đăng ký khai sinh đúng hạn.", [(">=", 95, "%", "trẻ em sinh ra")]),
    ("Quảng Ninh đặt mục tiêu 2 triệu m³ lồng nuôi biển vào năm 2030", [("=", 2, "triệu m³", "lồng nuôi biển")]),
    # 215: a predicate word after a counted noun may be part of it ("đợt đăng ký", as predicates_in_nouns says)
    ("Mỗi xã, phường tổ chức ít nhất hai đợt đăng ký hộ tịch lưu động.", [(">=", 2, "đợt", "đợt đăng ký hộ tịch lưu động")]),
    ("Phấn đấu tỷ suất trẻ em bị tai nạn, thương tích giảm 3% so với năm 2023, không để trẻ em tử vong do đuối nước tại "
     "những điểm đã cắm biển cảnh báo.", [("=", 3, "%", "tỷ suất trẻ em bị tai nạn, thương tích")]),
]


@pytest.mark.parametrize("text,expected", BLIND_214_217)
def test_blind_batch_214_217(text, expected):
    found = find(Document.from_text(text), now=2024, horizon=2025)
    assert [(t.comparator, t.value, t.unit, t.subject) for t in found] == expected
    assert all(t.kind == "target" for t in found)


BLIND_218_221 = [
    # 218: taxpayers are counted; every place after "tại" takes the measure of the list; 219: "khi có lệnh" is an event,
    # no threshold's condition; 220: a number word counts techniques
    ("Phấn đấu có ít nhất 1.200 người nộp thuế sử dụng hóa đơn điện tử.", [(">=", 1200, "người nộp thuế")]),
    ("Đến hết năm 2025, tỷ lệ người nộp thuế thuộc diện rà soát phải đạt tối thiểu 90% tại thành phố Buôn Ma Thuột, 75% tại "
     "thị xã Buôn Hồ và 60% tại các huyện.",
     [(">=", 90, "%", "tỷ lệ người nộp thuế thuộc diện rà soát"), (">=", 75, "%", "tỷ lệ người nộp thuế thuộc diện rà soát"),
      (">=", 60, "%", "tỷ lệ người nộp thuế thuộc diện rà soát")]),
    ("Thời gian tập trung lực lượng của trung đội dân quân cơ động khi có lệnh không quá 30 phút; vận động Quỹ Quốc phòng - "
     "an ninh đạt không dưới 450 triệu đồng/năm.",
     [("<=", 30, "phút", "Thời gian tập trung lực lượng của trung đội dân quân cơ động khi có lệnh"),
      (">=", 450, "triệu đồng/năm", "Quỹ Quốc phòng - an ninh")]),
    ("Bệnh viện sẽ triển khai mới ít nhất sáu kỹ thuật chuyên môn.", [(">=", 6, "kỹ thuật", "kỹ thuật chuyên môn")]),
]


def _assert_goals(found, expected):
    """Each target found agrees with its expected (comparator, value, unit, subject) as far as given; all are goals."""
    assert [(t.comparator, t.value, t.unit, t.subject)[:len(e)] for t, e in zip(found, expected)] == expected
    assert len(found) == len(expected) and all(t.kind == "target" for t in found)


@pytest.mark.parametrize("text,expected", BLIND_218_221)
def test_blind_batch_218_221(text, expected):
    _assert_goals(find(Document.from_text(text), now=2025, horizon=2025), expected)


def test_a_review_paragraph_stays_a_report_and_a_caption_that_cites_the_plan_is_a_goal():
    # held-out 220: "… năm 2024 bệnh viện … phải kê thêm giường. Cả năm, bệnh viện khám cho 192.360 lượt người" reports;
    # 221: "… 2019 - 2024. Theo kế hoạch, mỗi huyện … có ít nhất 02 giếng quan trắc tự động. Ảnh: …" sets a goal
    doc = Document.from_text("Báo cáo tại hội nghị cho biết, năm 2024 bệnh viện thường xuyên phải kê thêm giường. Cả năm, "
                             "bệnh viện khám cho 192.360 lượt người; công suất sử dụng giường bệnh bình quân lên tới 118,4%.")
    assert {t.kind for t in find(doc, now=2025)} == {"result"}
    doc = Document.from_text("Mực nước hạ thấp bình quân 0,45 m/năm giai đoạn 2019 - 2024. Theo kế hoạch, mỗi huyện, thành phố "
                             "có ít nhất 02 giếng quan trắc tự động. Ảnh: Hữu Nghĩa")
    assert [(t.value, t.unit, t.kind) for t in find(doc, now=2025) if t.value == 2] == [(2, "giếng quan trắc", "target")]


def test_a_table_row_is_restated_only_by_a_sentence_holding_most_of_its_words():
    # held-out 214: "100% vi phạm được phát hiện …" is no restatement of the row "Tỷ lệ vi phạm tồn đọng … (%) | 50 | 100"
    text = ("100% vi phạm được phát hiện, lập biên bản và đình chỉ thi công ngay từ khi mới phát sinh.\n\n"
            "| TT | Chỉ tiêu | Năm 2024 | Năm 2025 |\n|---|---|---|---|\n"
            "| 2 | Tỷ lệ vi phạm tồn đọng trước năm 2024 được xử lý dứt điểm (%) | 50 | 100 |\n")
    found = sorted((t.span[0], t.value, t.deadline) for t in find(Document.from_text(text), now=2024, horizon=2025))
    assert [(v, d) for _, v, d in found] == [(100, 2025), (50, 2024), (100, 2025)]


def test_up_to_a_date_before_the_article_counts_what_is_left_but_a_deadline_stays_one():
    # held-out 210: "Đến 30/6, toàn xã còn 398 hộ nghèo" in an article of July reports; 016: "Đến ngày 30.4, 100% thôn …
    # hoàn thành lắp đặt camera" is a deadline whatever the article's date
    doc = Document.from_text("Phấn đấu giảm nghèo. Đến 30/6, toàn xã còn 398 hộ nghèo, chiếm 31,47% tổng số hộ; mục tiêu cuối "
                             "năm đưa tỷ lệ hộ nghèo xuống dưới 27%.", published=date(2024, 7, 8))
    assert [(t.value, t.kind) for t in find(doc, now=2024)] == [(398, "result"), (31.47, "result"), (27, "target")]
    doc = Document.from_text("Xã phấn đấu đến ngày 30.4, 100% thôn trên địa bàn xã hoàn thành lắp đặt hệ thống camera.",
                             published=date(2024, 7, 8))
    assert [(t.value, t.kind) for t in find(doc, now=2024)] == [(100, "target")]


def test_a_see_also_link_is_another_article():
    # held-out 207: "Xem thêm: Hơn 1.000 học sinh THCS tham gia …" between paragraphs
    doc = Document.from_text("Tình trạng vẫn phổ biến.\n\nXem thêm: Hơn 1.000 học sinh THCS tham gia ngoại khóa\n\n"
                             "Theo Kế hoạch, đến năm 2025 phấn đấu 100% trường học không khói thuốc.")
    assert [(t.value, t.subject) for t in find(doc, now=2024)] == [(100, "trường học không khói thuốc")]


def test_results_under_an_emoji_heading_and_a_budget_heading_with_its_text_on_the_line():
    """Held-out 205: "🔎 NHÌN LẠI NĂM 2024" over "👉" lines reports; 204: "IV. KINH PHÍ: dự kiến …, trong đó ngân sách tỉnh
    bảo đảm 100% kinh phí …" is the plan's budget."""
    doc = Document.from_text("🔎 NHÌN LẠI NĂM 2024\n👉 Bắt giữ, xử lý 1.689 vụ vi phạm, tăng 6,2% so với năm 2023\n"
                             "👉 Thu nộp ngân sách 61,4 tỷ đồng\n")
    assert {t.kind for t in find(doc, now=2025)} == {"result"}
    doc = Document.from_text("IV. KINH PHÍ: dự kiến 9,6 tỷ đồng, trong đó ngân sách tỉnh bảo đảm 100% kinh phí mua sữa theo "
                             "Nghị quyết số 41/2025/NQ-HĐND; ngân sách phường 1,2 tỷ đồng.\n")
    assert find(doc, now=2025) == []


# Misses of held-out documents mended later, with the level and the kind of each target.
HELD_OUT_LATER = [
    # 196: a level named with its units after ";" stands for the noun before, at that level; "đã có hiệu lực pháp luật"
    # says which decisions (no report); "đặt yêu cầu" sets a goal
    ("Tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền của Chủ tịch UBND huyện đạt từ 85% trở lên; ở cấp xã, thị trấn "
     "không dưới 90%. Tỷ lệ thực hiện xong các quyết định xử lý tố cáo đã có hiệu lực pháp luật đạt trên 80%.",
     [(">=", 85, "%", "Tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền của Chủ tịch UBND huyện", None, "target"),
      (">=", 90, "%", "Tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền ở cấp xã, thị trấn", "xa", "target"),
      (">", 80, "%", "Tỷ lệ thực hiện xong các quyết định xử lý tố cáo đã có hiệu lực pháp luật", None, "target")]),
    ("Tỷ lệ hồ sơ giải quyết đúng hạn cấp tỉnh đạt 98%; cấp huyện đạt 95%; ở cấp xã, phường, thị trấn đạt 90%.",
     [("=", 98, "%", "Tỷ lệ hồ sơ giải quyết đúng hạn cấp tỉnh", "tinh", "target"),
      ("=", 95, "%", "Tỷ lệ hồ sơ giải quyết đúng hạn cấp huyện", "huyen", "target"),
      ("=", 90, "%", "Tỷ lệ hồ sơ giải quyết đúng hạn ở cấp xã, phường, thị trấn", "xa", "target")]),
    ("Huyện cũng đặt yêu cầu thu hồi 100% số tiền sai phạm theo các kết luận thanh tra năm 2023.",
     [("=", 100, "%", "số tiền sai phạm", None, "target")]),
    ("Huyện cũng thu hồi 100% số tiền sai phạm theo các kết luận thanh tra năm 2023.",
     [("=", 100, "%", "số tiền sai phạm", None, "result")]),
    # … but a place after "Ở" that is no level list still leads in
    ("Ở xã Tân Phú, tỷ lệ hộ nghèo giảm 2%.", [("=", 2, "%", "tỷ lệ hộ nghèo", None, "target")]),
]


@pytest.mark.parametrize("text,expected", HELD_OUT_LATER)
def test_held_out_mended_later(text, expected):
    found = find(Document.from_text(text), now=2025)
    assert [(t.comparator, t.value, t.unit, t.subject, t.level, t.kind) for t in found] == expected


NOTATION_AND_YEARS = [
    # Thousands set apart by a space (texts taken from PDF and spreadsheets) and a year after the counted noun, which
    # dates the value and names nothing (known misses noted in the seventh session)
    ("Phấn đấu đến năm 2026 toàn thành phố có 1 200 xe buýt điện và 350 trạm sạc.",
     [("=", 1200, "xe buýt", "xe buýt điện", 2026), ("=", 350, "trạm sạc", "trạm sạc", 2026)]),
    ("Phấn đấu năm 2025 sản lượng thủy sản đạt 15\u00a0000 tấn.", [("=", 15000, "tấn", "sản lượng thủy sản", 2025)]),
    ("Phấn đấu đào tạo nghề cho 1.150 người năm 2025 và 1.240 người năm 2026.",
     [("=", 1150, "người", "người", 2025), ("=", 1240, "người", "người", 2026)]),
    ("Phấn đấu có 20 xã năm 2025 và 25 xã năm 2026 đạt chuẩn nông thôn mới.",
     [("=", 20, "xã", "xã", 2025), ("=", 25, "xã", "xã", 2026)]),
]


@pytest.mark.parametrize("text,expected", NOTATION_AND_YEARS)
def test_spaced_thousands_and_a_year_after_the_noun(text, expected):
    found = find(Document.from_text(text), now=2024)
    assert [(t.comparator, t.value, t.unit, t.subject, t.deadline) for t in found] == expected


@pytest.mark.parametrize("text", [
    "Bảng số liệu: 45 120 150 xã",        # a run of numbers of a table row, no thousands
    "Năm 2024 200 hộ đã thoát nghèo.",    # a year, then a count
])
def test_no_thousands_read_into_a_run_of_numbers(text):
    assert all(t.value < 1000 for t in find(Document.from_text(text), now=2024))


def test_a_heading_that_names_whose_goals_follow():
    # a headline "…: các chỉ tiêu chủ yếu nhiệm kỳ …" (a district party congress's list, phrasing of baothanhhoa.vn) is a
    # goal heading over the numbered items below it, as "Các chỉ tiêu chủ yếu …" alone is
    text = ("Đảng bộ huyện Như Xuân: các chỉ tiêu chủ yếu nhiệm kỳ 2020-2025\n"
            "8. Tổng số doanh nghiệp mới được thành lập thời kỳ 2021-2025: 100 doanh nghiệp.")
    found = find(Document.from_text(text), now=2021)
    assert [(t.kind, t.value, t.unit, t.deadline) for t in found] == [("target", 100, "doanh nghiệp", 2025)]


BLIND_222_225 = [
    # 222: a breakdown ("gồm …") under a goal heading is the goal's; a line's label names an item without a noun
    ("🎯 CHỈ TIÊU, YÊU CẦU NĂM 2026\n• Giao đủ 112 công dân cho các đơn vị nhận quân, gồm 95 công dân nhập ngũ vào Quân "
     "đội và 17 công dân thực hiện nghĩa vụ tham gia Công an nhân dân.",
     [("=", 112, "công dân"), ("=", 95, "công dân"), ("=", 17, "công dân")]),
    ("• Chất lượng tân binh: trên 70% đạt sức khỏe loại 1, loại 2; tối thiểu 15% có trình độ cao đẳng, đại học.",
     [(">", 70, "%", "Chất lượng tân binh"), (">=", 15, "%", "Chất lượng tân binh")]),
    # 223: "toàn bộ" codes; a count after "Mỗi xã có" says which communes
    ("Theo kế hoạch, trước ngày 31/12/2026, toàn bộ mã số vùng trồng được số hóa.", [("=", 100, "%", "mã số vùng trồng")]),
    ("Theo kế hoạch, mỗi xã có trên 300 ha sầu riêng thành lập ít nhất 01 hợp tác xã làm đầu mối quản lý vùng trồng.",
     [(">=", 1, "hợp tác xã")]),
    # 224: the paragraph's topic names a sum its verb leaves bare; "sang năm 2025" dates the next item; "mặt bằng" is a
    # noun; a list's later item keeps no description of another item ("tổng diện tích …")
    ("Thứ hai, về tiền bồi thường. Năm 2024 này phải giải ngân trên 1.200 tỷ đồng, sang năm 2025 khoảng 650 tỷ đồng.",
     [(">", 1200, "tỷ đồng", "tiền bồi thường"), ("=", 650, "tỷ đồng", "tiền bồi thường")]),
    ("Phấn đấu tỷ lệ hộ tự nguyện bàn giao mặt bằng phải trên 95%.",
     [(">", 95, "%", "tỷ lệ hộ tự nguyện bàn giao mặt bằng")]),
    ("Tỉnh thống nhất xây dựng 04 khu tái định cư, tổng diện tích khoảng 38 ha, bố trí ít nhất 600 lô đất.",
     [("=", 4, "khu tái định cư"), ("=", 38, "ha"), (">=", 600, "lô đất")]),
    # 225: tonnes of a gas per year; the plan's own resources are its budget
    ("Phấn đấu lượng phát thải khí nhà kính từ hoạt động xe buýt giảm khoảng 52.000 tấn CO2/năm vào năm 2030.",
     [("=", 52000, "tấn CO2/năm", "lượng phát thải khí nhà kính từ hoạt động xe buýt")]),
    ("Tổng nguồn lực thực hiện Kế hoạch khoảng 4.650 tỷ đồng; trong đó thành phố kêu gọi tối thiểu 3.000 tỷ đồng vốn doanh "
     "nghiệp.", [(">=", 3000, "tỷ đồng", "vốn doanh nghiệp")]),
    # 152 after 224's rules: "giải ngân 100% kế hoạch vốn năm 2026" reaches a share of the plan
    ("Đối với vốn đầu tư công, HĐND xã giao UBND xã giải ngân 100% kế hoạch vốn năm 2026.",
     [("=", 100, "%", "kế hoạch vốn")]),
]


@pytest.mark.parametrize("text,expected", BLIND_222_225)
def test_blind_batch_222_225(text, expected):
    _assert_goals(find(Document.from_text(text), now=2025, horizon=2025), expected)


def test_what_a_review_reports_and_a_share_of_a_plan_still_to_come():
    # held-out 224: "mới kiểm đếm được 1.742 hộ, đạt 81,2%" reports (and the share the figure makes); 222: a headline's
    # "HOÀN THÀNH 100% CHỈ TIÊU TUYỂN QUÂN NĂM 2026" written in 2025 is a goal, not a share of a plan done
    doc = Document.from_text("Phấn đấu hoàn thành trong năm. Đến hết tháng 8, các địa phương mới kiểm đếm được 1.742 hộ, "
                             "đạt 81,2%; đã chi trả 386,5 tỷ đồng.")
    assert [(t.value, t.kind) for t in find(doc, now=2024)] == [(1742, "result"), (81.2, "result"), (386.5, "result")]
    doc = Document.from_text("NÔNG CỐNG QUYẾT TÂM HOÀN THÀNH 100% CHỈ TIÊU TUYỂN QUÂN NĂM 2026")
    assert [(t.value, t.kind, t.deadline) for t in find(doc, now=2025)] == [(100, "target", 2026)]


def test_a_month_of_a_year_is_a_deadline_even_after_a_law():
    # held-out 224: "… tập huấn Luật Đất đai mới trong tháng 9/2024": the month is the act's, no part of the law's name
    doc = Document.from_text("100% cán bộ làm công tác bồi thường cấp huyện phải được tập huấn Luật Đất đai mới trong tháng 9/2024.")
    assert [(t.value, t.deadline) for t in find(doc, now=2024, horizon=2025)] == [(100, 2024)]


def test_a_tab_table_with_bare_year_columns_beside_an_estimate():
    # held-out 225: "Chỉ tiêu\tĐVT\tƯớc 2025\t2027\t2030": the bare years are goal columns beside a column of results
    text = ("Lộ trình một số chỉ tiêu:\n\nChỉ tiêu\tĐVT\tƯớc 2025\t2027\t2030\n"
            "Trạm sạc tại bãi đỗ xe buýt\ttrạm\t3\t8\t15\n"
            "Sản lượng hành khách đi xe buýt\ttriệu lượt\t31,5\t38\t48\n")
    found = [(t.value, t.unit, t.deadline) for t in find(Document.from_text(text), now=2025, horizon=2030) if t.kind == "target"]
    assert found == [(8, "trạm", 2027), (15, "trạm", 2030), (38, "triệu lượt", 2027), (48, "triệu lượt", 2030)]


def test_a_category_page_lists_other_articles_above_the_one_it_shows():
    # held-out 223: snippets (headline, date line, sapo) of other articles are none; the one the page shows in full is kept
    text = ("■ Đến năm 2030, 80% diện tích sầu riêng xuất khẩu có mã số vùng trồng\n16/10/2025 08:45\n"
            "UBND tỉnh phấn đấu bình quân mỗi năm cấp mới ít nhất 60 mã số vùng trồng.\n\n"
            "■ Khởi công cống Rạch Chanh ngăn mặn cho vùng sầu riêng\n15/10/2025 16:20\n"
            "Sáng 15/10, tỉnh khởi công cống ngăn mặn Rạch Chanh, phấn đấu hoàn thành 100% khối lượng trong năm 2026.\n\n"
            "Đến năm 2030, 80% diện tích sầu riêng xuất khẩu có mã số vùng trồng\n\n"
            "UBND tỉnh vừa ban hành kế hoạch, phấn đấu đến năm 2030, 80% diện tích sầu riêng xuất khẩu có mã số vùng trồng.")
    values = [t.value for t in find(Document.from_text(text), now=2025, horizon=2030) if t.kind == "target"]
    assert 60 in values and 80 in values and 100 not in values


def test_a_ratio_of_thousands_and_a_month_that_dates_a_figure():
    # a national review (vietnamnet.vn, vietnamplus.vn phrasing): "6.084/7.669 xã" counts communes; "tổng kết tháng
    # 6/2025" dates the figures of the sentence
    doc = Document.from_text("Theo thống kê, đến tháng 6/2025, cả nước có 6.084/7.669 xã đã được công nhận đạt chuẩn nông "
                             "thôn mới. Tính đến thời điểm tổng kết tháng 6/2025, cả nước có 42,4% xã đạt chuẩn nông thôn "
                             "mới nâng cao.")
    assert [(t.value, t.unit, t.kind, t.deadline) for t in find(doc, now=2025, horizon=2030)] == [
        (6084, "xã", "result", 2025), (42.4, "%", "result", 2025)]


MEASURES_AND_SYMBOLS = [
    # comparators typed as ASCII symbols (health and education plans: "< 18%", ">= 5%") and a measure named anew after a
    # comma ("…, doanh thu đạt …", "…, thu nhập bình quân đầu người …"): phrasing of provincial health and tourism plans
    ("Phấn đấu năm 2025 tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi < 18%.",
     [("<", 18, "%", "tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi")]),
    ("Phấn đấu năm 2025 tỷ lệ hộ nghèo >= 5%, tỷ lệ tiêm chủng > 95%.",
     [(">=", 5, "%", "tỷ lệ hộ nghèo"), (">", 95, "%", "tỷ lệ tiêm chủng")]),
    ("Phấn đấu đến năm 2030 có 1,2 triệu lượt khách du lịch, doanh thu đạt 2.000 tỷ đồng.",
     [("=", 1.2, "triệu lượt khách", "lượt khách du lịch"), ("=", 2000, "tỷ đồng", "doanh thu")]),
    # a unit symbol against its number (Resolution 01/NQ-CP's "27m2sàn/người", "50MW"); not "5ha1 lô"
    ("Phấn đấu năm 2026 diện tích nhà ở bình quân đạt 27m2 sàn/người; lắp đặt 50MW điện mặt trời.",
     [("=", 27, "m2 sàn/người", "diện tích nhà ở"), ("=", 50, "MW", "điện mặt trời")]),
    ("Phấn đấu năm 2026 có 5ha1 lô đất.", []),
]


@pytest.mark.parametrize("text,expected", MEASURES_AND_SYMBOLS)
def test_symbol_comparators_and_a_measure_named_anew(text, expected):
    found = find(Document.from_text(text), now=2024)
    assert [(t.comparator, t.value, t.unit, t.subject) for t in found] == expected


BLIND_226_229 = [
    # 226: a period before a rate is no subject, and a range bounds itself (no floor from the list's first item)
    ("Năm 2025 phấn đấu di chuyển tối thiểu 1.500 hộ, năm 2026 khoảng 1.300 hộ, giai đoạn 2027 - 2030 bình quân 900 - "
     "1.000 hộ/năm.", [(">=", 1500, "hộ", "hộ"), ("=", 1300, "hộ", "hộ"), ("=", 900, "hộ/năm", "hộ")]),
    # 228: a loan word with hyphens is a counted noun
    ("Phấn đấu mỗi bệnh viện bố trí ít nhất 02 ki-ốt thanh toán tự động.", [(">=", 2, "ki-ốt")]),
    # 229: "trạm xử lý" is a noun; "xã có làng nghề" says which communes, up to the predicate after it
    ("Phấn đấu đưa vào vận hành 02 trạm xử lý nước thải tập trung.", [("=", 2, "trạm", "trạm xử lý nước thải tập trung")]),
    ("Phấn đấu 100% xã có làng nghề đạt chỉ tiêu 17.2.", [("=", 100, "%", "xã có làng nghề")]),
    # 228: "1,2 triệu người dân" counts the people as written
    ("Phấn đấu 1,2 triệu người dân có hồ sơ sức khỏe điện tử.", [("=", 1.2, "triệu người dân")]),
    # 225 after these rules: what stands before a modal says which buses
    ("Từ ngày 01/01/2026, 100% xe buýt đầu tư mới, thay thế phải sử dụng điện, năng lượng xanh.",
     [("=", 100, "%", "xe buýt đầu tư mới, thay thế")]),
]


# Twenty-first session, from seen gold: a "có …" clause before a second predicate says which units are meant
CO_CLAUSES_BEFORE_A_PREDICATE = [
    # 681, 511: "quyền sử dụng đất" is a right's name, no predicate
    ("Phấn đấu trên 30% giấy chứng nhận quyền sử dụng đất cấp mới được ghi tên cả vợ và chồng.",
     [(">", 30, "%", "giấy chứng nhận quyền sử dụng đất cấp mới")]),
    # 683: the things had may be a list ("có dàn karaoke, loa kéo | ký cam kết"); "qua đường dây nóng" before "được …"
    # says by which way; "người dân được khảo sát" are the ones asked
    ("Phấn đấu ít nhất 95% hộ gia đình có dàn karaoke, loa kéo ký cam kết không gây tiếng ồn sau 22 giờ.",
     [(">=", 95, "%", "hộ gia đình có dàn karaoke, loa kéo")]),
    ("Phấn đấu 100% phản ánh qua đường dây nóng được công an phường xác minh, xử lý.",
     [("=", 100, "%", "phản ánh qua đường dây nóng")]),
    # 094, 013: "xã có hợp tác xã | ứng dụng công nghệ số"; 435: "xã có rừng | kiện toàn …"
    ("Phấn đấu 60% xã có hợp tác xã ứng dụng công nghệ số trong sản xuất, kinh doanh.",
     [("=", 60, "%", "xã có hợp tác xã")]),
    ("Phấn đấu 100% xã có rừng kiện toàn Ban Chỉ huy và tổ đội PCCCR.", [("=", 100, "%", "xã có rừng")]),
    # 453: a body that receives guidance, as people do
    ("Phấn đấu 100% hợp tác xã có sản phẩm OCOP được hướng dẫn mở gian hàng.",
     [("=", 100, "%", "hợp tác xã có sản phẩm OCOP")]),
    # 410: … but a count after "có" is the goal's own: what the coops must have
    ("Phấn đấu 70% HTX có ít nhất 01 cán bộ được tập huấn kỹ năng số.", [("=", 70, "%", "HTX")]),
    # the clause is the predicate when nothing follows it
    ("Phấn đấu 100% xã có hợp tác xã nông nghiệp.", [("=", 100, "%", "xã")]),
]


# Twenty-first session's blind batches (604-611), scored before these rules
BLIND_604_611 = [
    # 606: places of two levels counted together are counted as written (gold/README), as are 604's "tổ đội", 607's
    # "bài giảng"
    ("Năm 2023 phấn đấu có thêm ít nhất 02 xã, thị trấn được công nhận không có tệ nạn ma túy.",
     [(">=", 2, "xã, thị trấn")]),
    ("Phấn đấu đến năm 2025 có 15 xã, phường được công nhận đạt chuẩn phù hợp với trẻ em.", [("=", 15, "xã, phường")]),
    ("Thành lập mới tối thiểu 35 tổ đội PCCCR tại các thôn, bản trọng điểm.", [(">=", 35, "tổ đội")]),
    ("Phấn đấu xây dựng ít nhất 5.000 bài giảng điện tử.", [(">=", 5000, "bài giảng", "bài giảng điện tử")]),
    # 604: a verb of keeping or upkeep measures what follows it, and "hiện có" says which ones (the existing)
    ("Kế hoạch đặt mục tiêu quản lý, bảo vệ an toàn 565.000 ha rừng hiện có.", [("=", 565000, "ha", "rừng hiện có")]),
    ("Năm 2023 phấn đấu phát dọn, tu sửa trên 350 km đường băng hiện có.", [(">", 350, "km", "đường băng hiện có")]),
    # the same in older gold: 469, 517, 520, 380
    ("Phấn đấu duy tu, bảo dưỡng thường xuyên ít nhất 150 km đường huyện, đường xã.",
     [(">=", 150, "km", "đường huyện, đường xã")]),
    ("Phấn đấu nạo vét, khơi thông 12,5 km kênh, rạch nội đồng trước mùa mưa.", [("=", 12.5, "km", "kênh, rạch nội đồng")]),
    ("Năm 2023 phường chỉnh trang tối thiểu 9,5 km vỉa hè.", [(">=", 9.5, "km", "vỉa hè")]),
]


BLIND_612_619 = [
    # 618: a line's label, then each column's name with its year: the plan's column sets the goal, the label names it
    ("1. Chỉ tiêu tỷ lệ trẻ mầm non suy dinh dưỡng thể thấp còi: Kế hoạch 2025 dưới 18%; Thực hiện 2024: 19,7%.",
     [("<", 18, "%", "tỷ lệ trẻ mầm non suy dinh dưỡng thể thấp còi")]),
    ("4. Chỉ tiêu trẻ mẫu giáo, học sinh tiểu học được uống sữa học đường: Kế hoạch 2025: 100%; Thực hiện 2024: 92,4%.",
     [("=", 100, "%")]),
    # 615: capital to attract after a count of projects is a goal of its own, named by what follows "với"; the count's
    # noun ends there (and so "03 hồ điều tiết | với tổng dung tích 45.000 m3", held-out 338)
    ("Năm 2025 thu hút từ 75 - 90 dự án đầu tư thứ cấp với tổng vốn đăng ký khoảng 9.600 tỷ đồng và 0,5 tỷ USD; "
     "Thực hiện 2024: 20 dự án.",
     [("=", 75, "dự án", "dự án đầu tư thứ cấp"), ("=", 9600, "tỷ đồng", "tổng vốn đăng ký"),
      ("=", 0.5, "tỷ USD", "tổng vốn đăng ký")]),
    ("Năm 2025 xây dựng 03 hồ điều tiết với tổng dung tích 45.000 m3; Thực hiện 2024: 1 hồ điều tiết.",
     [("=", 3, "hồ điều tiết", "hồ điều tiết"), ("=", 45000, "m3", "tổng dung tích")]),
]


BLIND_636_651 = [
    # 646 (a council's Q&A): a rate named before its bare figure is measured in that rate ("giáo viên/lớp"), and a school
    # level alone stands for the measure before at that level (so 428's "cấp tiểu học dưới 0,1%, cấp trung học cơ sở …")
    ("Năm 2025 phấn đấu tỷ lệ giáo viên/lớp cấp tiểu học đạt 1,35 và cấp THCS đạt 1,9 trước khai giảng năm học mới.",
     [("=", 1.35, "giáo viên/lớp", "tỷ lệ giáo viên/lớp cấp tiểu học"),
      ("=", 1.9, "giáo viên/lớp", "tỷ lệ giáo viên/lớp cấp THCS")]),
    ("Đến năm 2025, số giường bệnh/vạn dân đạt 32; số bác sĩ/vạn dân đạt 12,5.",
     [("=", 32, "giường bệnh/vạn dân"), ("=", 12.5, "bác sĩ/vạn dân")]),
    ("Năm 2026, tỷ lệ học sinh bỏ học cấp tiểu học dưới 0,1%, cấp trung học cơ sở dưới 0,5%.",
     [("<", 0.1, "%", "tỷ lệ học sinh bỏ học cấp tiểu học"), ("<", 0.5, "%", "tỷ lệ học sinh bỏ học cấp trung học cơ sở")]),
]


@pytest.mark.parametrize("text,expected", BLIND_636_651)
def test_blind_batch_636_651(text, expected):
    _assert_goals(find(Document.from_text(text), now=2024, horizon=2030), expected)


BLIND_652_675 = [
    # 653 (a commune's full plan text): machines and the "cánh đồng lớn" model are counted whole; 657: subscriptions
    ("Năm 2024 phấn đấu có thêm ít nhất 04 máy gặt đập liên hợp và 03 máy cấy; xây dựng 02 cánh đồng lớn.",
     [(">=", 4, "máy gặt đập liên hợp"), (">=", 3, "máy cấy"), ("=", 2, "cánh đồng lớn")]),
    ("Năm 2026 phát triển 650 thuê bao cáp quang mới cho các thôn vùng giáp ranh.", [("=", 650, "thuê bao")]),
    # 670, 649: a sum per what and per how long is measured so ("triệu đồng/vườn/năm", "đồng/cháu/ngày")
    ("Năm 2024 thu nhập bình quân của vườn mẫu đạt 80 - 120 triệu đồng/vườn/năm; mức ăn không dưới 25.000 đồng/cháu/ngày.",
     [("=", 80, "triệu đồng/vườn/năm"), (">=", 25000, "đồng/cháu/ngày")]),
    # 695 (and 136): "đã xuống cấp", "đã hư hỏng" say which ones are to be mended, no report
    ("Năm 2025 phường cải tạo, nâng cấp 5 nhà vệ sinh đã xuống cấp.", [("=", 5, "nhà vệ sinh")]),
    # 699: a later phase's part of the count is an item of its own
    ("Năm 2026 phường phấn đấu gắn biển số nhà có mã QR: đợt 1 trong quý I tại 8 tổ dân phố, đợt 2 trong quý II tại 13 "
     "tổ dân phố còn lại.",
     [("=", 8, "tổ dân phố"), ("=", 13, "tổ dân phố")]),
    # 653: a crop season alone before its figure is the label's measure in that season
    ("Năm 2024 phấn đấu:\nb) Diện tích lúa cấy bằng máy: vụ Xuân 180 ha, vụ Mùa 160 ha.\n"
     "c) Năng suất lúa bình quân: vụ Đông Xuân đạt 7,2 tấn/ha, vụ Hè Thu đạt 6,5 tấn/ha.",
     [("=", 180, "ha", "Diện tích lúa cấy bằng máy vụ Xuân"), ("=", 160, "ha", "Diện tích lúa cấy bằng máy vụ Mùa"),
      ("=", 7.2, "tấn/ha", "Năng suất lúa bình quân vụ Đông Xuân"), ("=", 6.5, "tấn/ha", "Năng suất lúa bình quân vụ Hè Thu")]),
    # 653: a floor on classes does not carry to whom they serve ("cho 300 lượt nông dân")
    ("Năm 2024 tổ chức ít nhất 06 lớp tập huấn, chuyển giao tiến bộ kỹ thuật cho 300 lượt nông dân.",
     [(">=", 6, "lớp"), ("=", 300, "lượt nông dân")]),
    # 696: "thời gian thông quan một phương tiện" is per vehicle, no count of one
    ("Năm 2025 phấn đấu thời gian thông quan một phương tiện tại cửa khẩu Hữu Nghị không quá 4 giờ.",
     [("<=", 4, "giờ")]),
    # 665: a named kind of team; a line in capitals on a notice board reads as its words
    ("Năm 2025 thành lập mới 12 tổ dùng nước tại 12 xóm.", [("=", 12, "tổ dùng nước")]),
    ("Năm 2025 đạt:\n6. 100% TỔ DÙNG NƯỚC CÓ QUY CHẾ HOẠT ĐỘNG ĐƯỢC UBND XÃ PHÊ DUYỆT.", [("=", 100, "%", "tổ dùng nước")]),
    # 696, 697, 698 (and 422, brought into line): named works counted whole
    ("Năm 2025 phấn đấu xây dựng 02 bãi kiểm hóa tập trung, 40 hầm biogas và 05 nhà đa năng.",
     [("=", 2, "bãi kiểm hóa"), ("=", 40, "hầm biogas"), ("=", 5, "nhà đa năng")]),
    # 658: thousands of seedlings
    ("Năm 2025 phấn đấu cấp 180 nghìn cây giống lâm nghiệp chất lượng cao cho người dân.", [("=", 180, "nghìn cây giống")]),
    # 679, 680, 682, 683: counted whole
    ("Năm 2026 phấn đấu đạt 1,5 triệu TEU hàng container; đưa 1.200 hộ tiểu thương vào chợ mới; thành lập 03 tổ phản ứng "
     "nhanh; trang bị 10 phao tròn.", [("=", 1.5, "triệu TEU"), ("=", 1200, "hộ tiểu thương"), ("=", 3, "tổ phản ứng nhanh"),
                               ("=", 10, "phao tròn")]),
    # 656: a bare act on a whole amount ("Tiết kiệm … 2,5% tổng mức tiêu thụ …") measures the whole, as the herd rule does
    ("Năm 2024 tiết kiệm tối thiểu 2,5% tổng mức tiêu thụ năng lượng toàn tỉnh.",
     [(">=", 2.5, "%", "tổng mức tiêu thụ năng lượng toàn tỉnh")]),
    # 667: each later year's part of a measure is that measure, "các năm 2028 - 2030 mỗi năm trên 500 ha" too
    ("Diện tích nhà màng, nhà lưới xây mới năm 2026 là 400 ha, năm 2027 là 450 ha, các năm 2028 - 2030 mỗi năm trên 500 ha.",
     [("=", 400, "ha", "Diện tích nhà màng, nhà lưới xây mới"), ("=", 450, "ha", "Diện tích nhà màng, nhà lưới xây mới"),
      (">", 500, "ha", "Diện tích nhà màng, nhà lưới xây mới")]),
    # 670: "trong đó mỗi xã ít nhất 1,5 km" is each commune's part of the same measure
    ("Năm 2024 xây dựng mới tối thiểu 25 km đường hoa, trong đó mỗi xã ít nhất 1,5 km.",
     [(">=", 25, "km", "đường hoa"), (">=", 1.5, "km", "đường hoa")]),
    # 672: "đối với trường có từ 1.000 học sinh trở lên" says which schools
    ("Năm 2025, đối với trường có từ 1.000 học sinh trở lên thì bố trí tối thiểu 02 nhân viên y tế.",
     [(">=", 2, "nhân viên y tế")]),
    # 673: coffee is weighed as beans, "tạ nhân/ha"
    ("Năm 2024 năng suất cà phê toàn xã đạt trên 29 tạ nhân/ha.", [(">", 29, "tạ nhân/ha", "năng suất cà phê toàn xã")]),
    # 667: the law's "khu nông nghiệp ứng dụng công nghệ cao" is counted whole
    ("Đến năm 2030 tỉnh phấn đấu thành lập mới 3 khu nông nghiệp ứng dụng công nghệ cao.",
     [("=", 3, "khu nông nghiệp ứng dụng công nghệ cao")]),
    # 652: "Mỗi khu công nghiệp có trên 10.000 lao động" says which parks (a noun of three words before "có")
    ("Đến năm 2030, mỗi khu công nghiệp có trên 10.000 lao động phải có ít nhất 01 dự án nhà ở xã hội.",
     [(">=", 1, "dự án", "dự án nhà ở xã hội")]),
]


@pytest.mark.parametrize("text,expected", BLIND_652_675)
def test_blind_batch_652_675(text, expected):
    _assert_goals(find(Document.from_text(text), now=2024, horizon=2030), expected)


BLIND_700_747 = [
    # 715 (a ward's dashboard page): a quarter after a value dates it; the next value's item is the same measure
    ("Năm 2026 phấn đấu:\n• Tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 50% trong quý II, 60% trong quý III và 70% trong "
     "quý IV/2026.",
     [("=", 50, "%", "Tỷ lệ thanh toán trực tuyến phí, lệ phí"), ("=", 60, "%", "Tỷ lệ thanh toán trực tuyến phí, lệ phí"),
      ("=", 70, "%", "Tỷ lệ thanh toán trực tuyến phí, lệ phí")]),
    # 709 (a price bulletin): what a kilogram sells for and how it moved is no goal; a floor on a price is (254)
    ("Năm 2025:\n- Loại 30 con/kg: 165.000 đồng/kg (tăng 5.000 đồng/kg so với tuần trước)\n"
     "- Giá bán muối sạch bình quân tối thiểu 3.500 đồng/kg.", [(">=", 3500, "đồng/kg")]),
    # 706 (a job fair): a table of what is offered at what wage, and "với mức lương từ …", are no goals
    ("Năm 2025 phấn đấu đào tạo nghề cho 1.200 lao động nông thôn.\n| STT | Doanh nghiệp | Vị trí | Số lượng | Mức lương |\n"
     "| 1 | Công ty TNHH Cà phê Phước An | Công nhân chế biến | 120 | 7 - 9 triệu đồng/tháng |\n"
     "Ngoài ra có 300 chỉ tiêu đi làm việc ở nước ngoài với mức lương từ 28 - 35 triệu đồng/tháng.",
     [("=", 1200, "lao động")]),
    # 757, 741: a bare act on a measure, with its adverb or after whom it works with, measures what follows
    ("Năm 2025:\n- Xử lý dứt điểm ít nhất 250 ha lúa bị ốc bươu vàng gây hại;\n- Thu gom, tiêu hủy không dưới 6 tấn ốc bươu "
     "vàng và trứng ốc;\n- Phối hợp ngành điện cải tạo tối thiểu 6,5 km đường dây hạ thế xuống cấp.",
     [(">=", 250, "ha", "lúa bị ốc bươu vàng gây hại"), (">=", 6, "tấn", "ốc bươu vàng và trứng ốc"),
      (">=", 6.5, "km", "đường dây hạ thế")]),
    # 751, 760, 763: named things counted whole
    ("Đến năm 2030 cung cấp ít nhất 1.200 máy chủ ảo. Năm 2030 có 30 cơ sở dữ liệu dùng chung và 45 nhà thuốc đạt GPP.",
     [(">=", 1200, "máy chủ ảo"), ("=", 30, "cơ sở dữ liệu"), ("=", 45, "nhà thuốc")]),
    ("Năm 2025 lắp đặt ít nhất 12 cảm biến đo mưa tự động. Năm 2025 gửi 30.000 tin nhắn cảnh báo.",
     [(">=", 12, "cảm biến"), ("=", 30000, "tin nhắn")]),
    # 764 (a contest's results): a table of prizes holds no goals
    ("Đến năm 2025 hỗ trợ ít nhất 40 dự án khởi nghiệp.\n| Giải | Dự án / Nhóm | Đơn vị | Điểm | Giá trị giải |\n|---|---|---|---|---|\n"
     "| Nhất | Trà thảo mộc – nhóm Green Karst | Huyện Bố Trạch | 86,5 | 30 triệu đồng |", [(">=", 40, "dự án")]),
    # 726 (a bank's quarterly report): balances on two days and their change hold no goals
    ("Năm 2024 phấn đấu tổng dư nợ tăng tối thiểu 8% so với đầu năm.\n| Chương trình | 31/12/2023 | 31/3/2024 | +/- so với đầu năm |\n"
     "|---|---|---|---|\n| Cho vay hộ nghèo | 176,30 | 178,95 | +1,50% |", [(">=", 8, "%")]),
    # 735 (a tax office's notice): a row that opens with a band of revenue says what the band must do, no goal
    ("Năm 2026 phấn đấu thu thuế không dưới 68 tỷ đồng.\n| Doanh thu năm | Nghĩa vụ thuế | Hóa đơn |\n|---|---|---|\n"
     "| Từ 500 triệu đồng trở xuống | Không phải nộp thuế GTGT | Không bắt buộc |\n"
     "| Trên 500 triệu đồng đến dưới 1 tỷ đồng | Kê khai, nộp thuế theo tỷ lệ % trên doanh thu | Hóa đơn điện tử |",
     [(">=", 68, "tỷ đồng")]),
    # 719 (a reader's letter and the ward's reply): what a fine is, is no goal
    ("Năm 2025 phấn đấu giảm không dưới 30% số vụ lấn chiếm vỉa hè. Hiện mức phạt hành vi sử dụng vỉa hè trái phép đối với cá "
     "nhân từ 2 - 4 triệu đồng.", [(">=", 30, "%")]),
    # 716 (an epidemiological report): how soon, said of a figure before it, is no goal of its own
    ("Năm 2024 phấn đấu trên 95% ổ dịch được phát hiện và xử lý trong vòng 48 giờ.", [(">", 95, "%")]),
    # 755, 756: a box of advice under a short heading ("KHUYẾN CÁO NGƯỜI DÂN", "📌 GHI NHỚ …") sets no goal; the next heading
    # in capitals ends it
    ("KHUYẾN CÁO NGƯỜI DÂN\n• Uống đủ 2 - 2,5 lít nước mỗi ngày kể cả khi không khát.\n• Người lao động ngoài trời nghỉ giải "
     "lao 10 - 15 phút sau mỗi giờ làm việc.\n\nKẾ HOẠCH CỦA PHƯỜNG\nNăm 2026 phường lắp đặt 20 trạm nước uống miễn phí.",
     [("=", 20, "trạm")]),
    # 767 (a Q&A column): a citizen's question, who asks named in brackets, tells how things are at home
    ("Năm 2024 phấn đấu ít nhất 85% hộ gia đình thanh toán tiền điện không dùng tiền mặt.\n\nHỏi (bà Nguyễn Thị Hạnh, tổ 9): "
     "Tháng 4 nhà tôi dùng 326 kWh điện, hóa đơn 812.000 đồng; tiền nước 27 m3 là 243.000 đồng. Tôi vẫn trả tiền mặt cho nhân "
     "viên thu.", [(">=", 85, "%")]),
    # 736 (a travel feature): how far a trip goes, an entry ticket, a room's price and a package's cost are no goals
    ("Năm 2025 phấn đấu đón 1,8 triệu lượt khách. Xuất phát từ trung tâm thành phố, đi khoảng 18 km là tới chùa Dâu. Vé vào "
     "cổng 20.000 đồng/người lớn, 10.000 đồng/học sinh. Buổi chiều, chạy thêm 12 km về làng tranh. Nghỉ đêm tại homestay, "
     "giá từ 350.000 đồng/phòng. Tổng quãng đường cả hành trình chừng 75 km, chi phí trọn gói khoảng 1,2 triệu đồng/người.",
     [("=", 1.8, "triệu lượt khách")]),
    # 708, 726: "lượt" counts with whom as the vocabulary names them whole; 709, 721, 747: named things counted whole
    ("Năm 2024 tập huấn ít nhất 600 lượt nhân viên y tế cấp tỉnh; tiếp cận 2.500 lượt khách hàng mỗi năm.",
     [(">=", 600, "lượt nhân viên y tế"), ("=", 2500, "lượt khách hàng")]),
    ("Năm 2025 có ít nhất 35 ao nuôi đạt VietGAP. Năm 2025 xây dựng 300 hố ủ phân compost. Năm 2025 vận động 1.200 chủ nhà "
     "trọ ký cam kết.", [(">=", 35, "ao nuôi"), ("=", 300, "hố ủ"), ("=", 1200, "chủ nhà trọ")]),
]


# Units brought into line in the twenty-fourth session (gold/README: named teams and kinds of people counted whole;
# kinds of one head listed count the head)
UNITS_24 = [
    # 583, 635, 746: "tổ tuần tra" is a named kind of team, like "tổ tự quản"
    ("Năm 2025 duy trì ít nhất 45 tổ tuần tra, kiểm soát trên toàn tỉnh.", [(">=", 45, "tổ tuần tra")]),
    # 487, 504, 762: "tổ công tác" the same
    ("Năm 2025 thành lập 01 tổ công tác liên ngành cấp huyện.", [("=", 1, "tổ công tác")]),
    # 327, 771: "người khuyết tật" is a kind of people, like "người cao tuổi"
    ("Năm 2025 hỗ trợ ít nhất 15 người khuyết tật tham gia tập huấn.", [(">=", 15, "người khuyết tật")]),
    # 491: kinds of people listed after the count: it counts the head they share
    ("Năm 2025 đào tạo nghề cho ít nhất 1.200 người khuyết tật, người thuộc hộ nghèo, hộ cận nghèo.", [(">=", 1200, "người")]),
    # 613, 531: "12 điểm đen, điểm tiềm ẩn tai nạn" count "điểm" (531 had written "điểm đen")
    ("Năm 2026 xử lý dứt điểm không dưới 25 điểm đen, điểm tiềm ẩn tai nạn giao thông.", [(">=", 25, "điểm")]),
]


# Held-out documents of the twenty-fourth session's blind batches (780–819): (text, [(comparator, value, unit, subject,
# deadline)] as far as given), read with now=2025, horizon 2026
BLIND_780_819 = [
    # 792 (a portal page): "Mục tiêu đến ngày 31/12/2025:" dates the items under it as "Mục tiêu năm 2026:" does its own
    ("Mục tiêu đến ngày 31/12/2025:\n- 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn "
     "trình.\n\nMục tiêu năm 2026:\n- Tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình đạt tối thiểu 70%.", None,
     [("=", 100, "%", "thủ tục hành chính đủ điều kiện", 2025), (">=", 70, "%", "Tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình", 2026)]),
    # 800 (a resolution summarised in December 2025): this year's estimate in brackets or set against the goal after
    # "trong khi" reports, and dates none of the goals around it; a year's part "(năm 2026 ít nhất …)" stays a goal (519)
    ("Cụ thể, về kinh tế: tốc độ tăng trưởng GRDP đạt từ 10% trở lên (ước năm 2025 đạt 8,22%); GRDP bình quân đầu người "
     "đạt 78 triệu đồng, trong khi năm 2025 ước đạt 70,4 triệu đồng; tổng thu ngân sách đạt 12.800 tỷ đồng. Về xã hội: tỷ "
     "lệ hộ nghèo giảm 2 - 2,5% (năm 2025 giảm 3,1%); giải quyết việc làm mới cho 15.000 lao động.", "2025-12-11",
     [(">=", 10, "%"), ("=", 78, "triệu đồng"), ("=", 12800, "tỷ đồng"), ("=", 2, "%"), ("=", 15000, "lao động")]),
    # 801 (a six-month review): "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024" after "I. KẾT QUẢ …" opens what is to be done
    ("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU\n\n6 tháng đầu năm, toàn huyện trồng 1.160 ha rừng tập trung.\n\nII. NHIỆM VỤ "
     "TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024\n\n2. Trồng 490 ha rừng tập trung còn lại trong vụ thu.", "2024-07-03",
     [("=", 490, "ha")]),
    # 816 (a cooperative's page of January 2024): a table whose every figure column is a year before the text's reports
    ("Chỉ tiêu\tĐVT\tNăm 2022\tNăm 2023\nDoanh thu\ttriệu đồng\t3.876\t4.312\nLợi nhuận\ttriệu đồng\t365\t418\n\nNăm 2024, HTX "
     "phấn đấu doanh thu đạt 5 tỷ đồng.", "2024-01-15", [("=", 5, "tỷ đồng")]),
    # 815 (a school's plan): each grade after a line's label is measured by the label; "loại Chưa đạt" names a grade
    ("Năm học 2024 - 2025 phấn đấu:\n- Kết quả học tập: loại Tốt đạt 15%, loại Khá đạt 45% trở lên; loại Chưa đạt không quá "
     "2%.", None, [("=", 15, "%", "Kết quả học tập loại Tốt"), (">=", 45, "%", "Kết quả học tập loại Khá"),
                   ("<=", 2, "%", "Kết quả học tập loại Chưa đạt")]),
    # 803 (a commune page): a box "BỘ TIÊU CHÍ XÃ THÔNG MINH (trích) …" lists criteria's thresholds, no goal; the commune's own
    # goals follow
    ("[Hộp thông tin]\nBỘ TIÊU CHÍ XÃ THÔNG MINH (trích) - mức đạt của xã Quảng Thọ\n(✔ đã đạt; ☐ chưa đạt)\n✔ Tiêu chí 1 - Hạ "
     "tầng số: 100% thôn được phủ sóng 4G; có wifi công cộng miễn phí tại ít nhất 50% nhà văn hóa thôn.\n[Hết hộp]\n\nNăm 2024, "
     "UBND xã phấn đấu phủ wifi miễn phí tại 100% nhà văn hóa thôn.", None, [("=", 100, "%")]),
    # 799 (a newspaper page): readers' comments under "Ý kiến bạn đọc (6)" with its sort tabs on the same line are no goals
    ("Năm 2025, tỷ lệ dân cư nông thôn được dùng nước sạch đạt 55%.\n\nÝ kiến bạn đọc (6)                    Mới nhất | Nhiều "
     "thích nhất\n\nLê Văn Hòa (Gio Linh)\n07:58 | 22/10/2024\nThôn tôi 140 hộ mà mới có 30 hộ đấu nối. Xây mới 26 công trình thì "
     "cũng phải có người giữ.\n👍 42   Trả lời\n", None, [("=", 55, "%")]),
    # 819 (typhoon recovery): a damage list's dot-leader lines report; what is to be mended after "Sửa chữa"/"xây dựng lại" is a
    # goal even when it "bị sập đổ"
    ("Nhà ở bị tốc mái, hư hỏng ............ 3.862 nhà\nLúa mùa bị đổ, ngập úng ............... 7.460 ha\nƯớc giá trị thiệt hại "
     "................. 468 tỷ đồng\n\nKế hoạch đặt mục tiêu:\n- Sửa chữa 1.250 căn nhà hư hỏng nặng và xây dựng lại 27 căn nhà "
     "bị sập đổ cho các hộ dân, hoàn thành trước ngày 31/12/2024.", "2024-09-28", [("=", 1250, "căn nhà"), ("=", 27, "căn nhà")]),
    # 826, 583 (traffic safety): one change named for the three counts, listed or in brackets after "cả 3 tiêu chí", is a goal
    # for each
    ("Năm 2025, phấn đấu kéo giảm tai nạn giao thông từ 5 - 10% cả 3 tiêu chí (số vụ, số người chết, số người bị thương) so "
     "với cùng kỳ.", None, [("=", 5, "%", "số vụ tai nạn giao thông"), ("=", 5, "%", "số người chết"),
                            ("=", 5, "%", "số người bị thương")]),
    # 828 (a drought plan): a salinity forecast table and "khi độ mặn trên 2‰" are readings and thresholds, no goals
    ("Sông\tĐộ mặn 4‰ (cách cửa sông)\tĐộ mặn 1‰ (cách cửa sông)\tThời điểm\nHàm Luông\t40 - 45 km\t55 - 60 km\tTháng 3/2025\n\n"
     "Lúa giai đoạn làm đòng bị ảnh hưởng khi độ mặn trên 2‰. Năm 2025, huyện phấn đấu nạo vét 32 tuyến kênh thủy lợi nội đồng.", None,
     [("=", 32, "tuyến")]),
    # 821 (a plan text): a rate named by the list's intro measures each year's bare share under it
    ("a) Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm bình quân từ 3,5%/năm trở lên, cụ thể:\n- Năm 2024: giảm 3,8%, còn dưới "
     "12%;\n- Năm 2025: giảm 3,5%, còn dưới 8,5%.", "2024-02-29",
     [(">=", 3.5, "%/năm"), ("=", 3.8, "%", "Tỷ lệ hộ nghèo", 2024), ("<", 12, "%", "Tỷ lệ hộ nghèo", 2024),
      ("=", 3.5, "%", "Tỷ lệ hộ nghèo", 2025), ("<", 8.5, "%", "Tỷ lệ hộ nghèo", 2025)]),
    # 814 (a rural power plan): "Để đạt mục tiêu, …" says what for; it reports no goal reached
    ("Để đạt mục tiêu, giai đoạn 2024 - 2025 huyện đầu tư xây dựng mới 26,5 km đường dây trung thế.", None, [("=", 26.5, "km")]),
    # 784 (tourism news): the parts after "trong đó" go on after a comma in another multiple of the same unit
    ("Năm 2024 tỉnh phấn đấu đón 9,6 triệu lượt khách, trong đó khách quốc tế đạt 550 nghìn lượt, khách lưu trú khoảng 5,5 "
     "triệu lượt.", "2024-02-23",
     [("=", 9.6, "triệu lượt khách"), ("=", 550, "nghìn lượt", "khách quốc tế"), ("=", 5.5, "triệu lượt", "khách lưu trú")]),
]


BLIND_840_879 = [
    # 840 (an immunisation plan from a Word export): a table row of one vaccine's doses is no restatement of the goal for
    # all vaccines before it, nor of a campaign's rate after it — the sentence says none of the row's numbers
    ("2. Mục tiêu cụ thể\n- Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin trong TCMR đạt ≥ 95% ở cấp tỉnh và "
     "≥ 90% ở cấp xã.\n\nTT\tChỉ tiêu\tKết quả 2025\tKế hoạch 2026\n1\tTrẻ dưới 1 tuổi tiêm đủ 3 mũi vắc xin DPT-VGB-Hib (5 "
     "trong 1)\t93,8%\t≥ 95%\n2\tTrẻ 9 tháng tuổi tiêm vắc xin sởi mũi 1\t95,1%\t≥ 95%\n\nIII. NỘI DUNG HOẠT ĐỘNG\n1. Tiêm "
     "bổ sung vắc xin sởi - rubella cho trẻ từ 1 - 5 tuổi chưa tiêm đủ mũi, thời gian từ ngày 09/3 đến 30/4; tỷ lệ tiêm "
     "trong chiến dịch đạt ≥ 95% số đối tượng.", "2026-01-19",
     [(">=", 95, "%", "Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin trong TCMR"), (">=", 90, "%"),
      (">=", 95, "%", "Trẻ dưới 1 tuổi tiêm đủ 3 mũi vắc xin DPT-VGB-Hib (5 trong 1)"),
      (">=", 95, "%", "Trẻ 9 tháng tuổi tiêm vắc xin sởi mũi 1"), (">=", 95, "%", "tỷ lệ tiêm trong chiến dịch")]),
    # 846 (a clean-water plan from a PDF): "… hiện có" ending a clause names the existing works to upgrade, it reports
    # nothing; "mở rộng" makes as "nâng cấp" does
    ("III. NHIỆM VỤ, GIẢI PHÁP\n1. Đầu tư xây dựng công trình cấp nước\nXây mới 14 công trình cấp nước tập trung, nâng cấp, "
     "mở rộng 22 công trình hiện\ncó; đấu nối mới cho ít nhất 18.500 hộ dân.", "2024-03-05",
     [("=", 14, "công trình", "công trình cấp nước tập trung"), ("=", 22, "công trình"), (">=", 18500, "hộ dân")]),
    # 842 (a State Bank page): the plan's figure after the one done, with its verb, measures the same and is the goal
    ("Năm 2025, tỷ lệ người trưởng thành có tài khoản thanh toán tại ngân hàng đạt 86,4%; năm 2026 phấn đấu đạt ít nhất 90%. "
     "Số điểm chấp nhận thanh toán bằng QR code đạt 214.600 điểm, kế hoạch năm 2026 nâng lên trên 260.000 điểm.", "2026-01-22",
     [(">=", 90, "%"), (">", 260000, "điểm", "Số điểm chấp nhận thanh toán bằng QR code", 2026)]),
    # 845 (a job-creation meeting): places labelling lines with the same quota set each its own goal, an aside in brackets
    # after the figure and all
    ("Chỉ tiêu giải quyết việc làm mới được giao cho các huyện như sau:\n- Huyện Lâm Thao: 2.000 lao động (XKLĐ: 230 "
     "người)\n- Huyện Đoan Hùng: 2.000 lao động (XKLĐ: 250 người)\n- Huyện Yên Lập: 1.550 lao động (XKLĐ: 230 người)",
     "2025-02-12",
     [("=", 2000, "lao động"), ("=", 230, "người"), ("=", 2000, "lao động"), ("=", 250, "người"), ("=", 1550, "lao động"),
      ("=", 230, "người")]),
    # 848 (a resolution's indicators): this year's estimate in brackets, its year without "năm" or unsaid, reports
    ("Về kinh tế: (2) GRDP bình quân đầu người đạt 128 triệu đồng (ước 2025: 116,5 triệu đồng); (6) Tỷ lệ đô thị hóa đạt "
     "41% (ước 2025 đạt 39,6%); (13) Tỷ lệ trường học đạt chuẩn quốc gia 82% (ước 80,3%).", "2025-12-10",
     [("=", 128, "triệu đồng"), ("=", 41, "%"), ("=", 82, "%")]),
    # 848: a heading that counts the goals under it ("20 chỉ tiêu chủ yếu năm 2026") opens them as "Chỉ tiêu …" does; a
    # budget's heading ("Dự toán ngân sách …") closes them
    ("20 chỉ tiêu chủ yếu năm 2026\n\nNghị quyết xác định 20 chỉ tiêu chủ yếu:\n\nVề xã hội: (10) Giải quyết việc làm mới "
     "cho 23.500 lao động; (12) Số bác sĩ trên một vạn dân đạt 16,5 bác sĩ.\n\nDự toán ngân sách và đầu tư công\n\nNghị "
     "quyết số 99/NQ-HĐND về kế hoạch đầu tư công năm 2026, tổng vốn 7.312,6 tỷ đồng, bố trí cho 214 dự án.", "2025-12-10",
     [("=", 23500, "lao động"), ("=", 16.5, "bác sĩ", "Số bác sĩ trên một vạn dân")]),
    # 852 (a radio script): "Nhìn lại vụ Xuân 2024, …" after the speaker's label looks back; the plan's figures follow
    ("NAM: Nhìn lại vụ Xuân 2024, toàn huyện gieo cấy 7.850 ha lúa, năng suất bình quân đạt 68,2 tạ/ha, sản lượng hơn 53.500 "
     "tấn.\n\nNỮ: Theo kế hoạch, trong năm nay toàn huyện chuyển đổi 350 ha đất trồng lúa kém hiệu quả.", "2025-02-21",
     [("=", 350, "ha")]),
    # 854 (a tree-planting launch): the donors' lines under "… đã trao tặng …:" tell what was given
    ("Năm 2025, toàn tỉnh phấn đấu trồng 22,5 triệu cây xanh. Tại buổi lễ, các doanh nghiệp, đơn vị đã trao tặng cây giống "
     "và kinh phí ủng hộ trồng cây:\n- Ngân hàng Nông nghiệp và PTNT chi nhánh tỉnh Hòa Bình: 200 triệu đồng;\n- Công ty "
     "Thủy điện Hòa Bình: 150 triệu đồng;", "2025-02-05", [("=", 22.5, "triệu cây xanh")]),
    # 853: a day and month after a cue of time is a date, not a count of the noun after it
    ("Năm 2026 phấn đấu 80% hồ sơ được giải quyết trực tuyến. Ngày 15/3 huyện tổ chức ra quân; riêng thứ Bảy 24/1 phường mở "
     "điểm hỗ trợ lưu động.", "2026-01-20", [("=", 80, "%")]),
    # 851 (a school-year plan): a count right before the rate's verb is in the rate's noun
    ("2. Giáo dục tiểu học\n- Tỷ lệ học sinh học 2 buổi/ngày đạt 92%.", "2025-09-05",
     [("=", 92, "%", "Tỷ lệ học sinh học 2 buổi/ngày")]),
    # 844 (a ward's fire-safety plan): "…, với trên 3.000 lượt người tham gia" after what is made is how many it reaches
    ("Năm 2026:\n- Tổ chức 12 buổi tuyên truyền, hướng dẫn kỹ năng thoát nạn tại các tổ dân phố, chợ dân sinh và nhà chung "
     "cư, với trên 3.000 lượt người tham gia.", "2026-01-10", [("=", 12, "buổi"), (">", 3000, "lượt người")]),
]


@pytest.mark.parametrize("text,published,expected", BLIND_780_819 + BLIND_840_879)
def test_blind_batches_780_on(text, published, expected):
    on = date.fromisoformat(published) if published else None
    found = [t for t in find(Document.from_text(text, published=on), now=on.year if on else 2025, horizon=2026,
                             late_in_year=bool(on and on.month >= 10)) if t.kind == "target"]
    assert [(t.comparator, t.value, t.unit, t.subject, t.deadline)[:len(e)] for t, e in zip(found, expected)] == expected
    assert len(found) == len(expected)


@pytest.mark.parametrize("text,expected", UNITS_24)
def test_units_brought_into_line_24(text, expected):
    _assert_goals(find(Document.from_text(text), now=2024, horizon=2030), expected)


@pytest.mark.parametrize("text,expected", BLIND_700_747)
def test_blind_batch_700_747(text, expected):
    _assert_goals(find(Document.from_text(text), now=2024, horizon=2030), expected)


def test_a_goals_lead_ending_a_paragraph_opens_goals_in_a_results_section():
    # held-out 701 (a meeting's minutes): "Các chỉ tiêu chủ yếu năm 2026:" ends the paragraph that cites the plan, under a
    # numbered item that reported 2025's results (the next item's heading is too long to read as one)
    text = ("II. NỘI DUNG CUỘC HỌP\n1. Phó Hiệu trưởng báo cáo kết quả năm 2025\nNăm 2025, xã mở 03 lớp xóa mù chữ với 74 học "
            "viên.\n\n2. Trưởng Ban Chỉ đạo quán triệt Kế hoạch số 31/KH-UBND ngày 09/3/2026 của UBND xã Si Ma Cai về xóa mù chữ "
            "và xây dựng xã hội học tập năm 2026\nKế hoạch được xây dựng căn cứ Kế hoạch số 58/KH-UBND ngày 30/01/2026 của UBND "
            "tỉnh Lào Cai. Các chỉ tiêu chủ yếu năm 2026:\n- Mở ít nhất 04 lớp xóa mù chữ tại các thôn vùng cao; huy động không "
            "dưới 100 học viên ra lớp.")
    found = {(t.value, t.kind) for t in find(Document.from_text(text), now=2026, horizon=2026)}
    assert {(3, "result"), (4, "target"), (100, "target")} <= found


def test_a_header_of_two_rows_flattened_with_empty_spans():
    # held-out 722 (a district portal): "Năm 2025 | | Năm 2026 |" over "BHYT (%) | Hồ sơ SKĐT (%) | …", each year spanning
    # two columns; each cell is a commune's goal for its column's year
    text = ("Chỉ tiêu giao các xã trọng điểm (trích Phụ lục II kèm theo Kế hoạch số 36/KH-UBND)\n\n"
            "TT\tĐơn vị\tNăm 2025\t\tNăm 2026\t\n\t\tBHYT (%)\tHồ sơ SKĐT (%)\tBHYT (%)\tHồ sơ SKĐT (%)\n"
            "1\tXã Yang Mao\t92,5\t80\t95\t88\n2\tXã Cư Pui\t93\t82\t95,5\t90\n")
    found = [(t.value, t.unit, t.deadline, t.subject) for t in find(Document.from_text(text), now=2025, horizon=2026)]
    assert found == [(92.5, "%", 2025, "BHYT Xã Yang Mao"), (80, "%", 2025, "Hồ sơ SKĐT Xã Yang Mao"),
                     (95, "%", 2026, "BHYT Xã Yang Mao"), (88, "%", 2026, "Hồ sơ SKĐT Xã Yang Mao"),
                     (93, "%", 2025, "BHYT Xã Cư Pui"), (82, "%", 2025, "Hồ sơ SKĐT Xã Cư Pui"),
                     (95.5, "%", 2026, "BHYT Xã Cư Pui"), (90, "%", 2026, "Hồ sơ SKĐT Xã Cư Pui")]


STATUS_LISTS = [
    # 724 (a list of industrial clusters): a list opened as what things are like reports
    ("Đến năm 2025 phấn đấu có 30 cụm công nghiệp.\nTình hình một số CCN (số liệu của Sở Công Thương, tháng 3/2023):\n"
     "- CCN An Xá (TP Nam Định): 45 ha, lấp đầy 100%, chủ đầu tư: UBND TP Nam Định\n"
     "- CCN Thịnh Lâm (Giao Thủy): 48,6 ha, lấp đầy 62%.", [30]),
    # 760 (a technical article): a list of how the system is now
    ("Đến năm 2030 nâng dung lượng lưu trữ lên ít nhất 1.000 TB. Thông số chính của hệ thống hiện tại:\n- tổng bộ nhớ RAM "
     "3.456 GB;\n- đường truyền giữa hai phòng máy 10 Gbps.", [1000]),
    # 765 (a cooperative's meeting): a heading in capitals over a report's lines, which end at the next paragraph
    ("BÁO CÁO TÀI CHÍNH NĂM 2022 (trích)\n* Tổng doanh thu: 18,6 tỷ đồng (tăng 14,2% so với năm 2021)\n* Tổng chi phí: 16,9 tỷ "
     "đồng\n\nNăm 2023 phấn đấu có 15 ha nhà lưới.", [15]),
    # 249: an item's own "Kế hoạch:" under "Kết quả …:" is the plan's figure still
    ("Kết quả đến hết ngày 30/9/2024:\n1. Đo đạc chỉnh lý bản đồ địa chính – Kế hoạch: 12.500 thửa – Thực hiện: 8.200 thửa.",
     [12500]),
]


@pytest.mark.parametrize("text,goals", STATUS_LISTS)
def test_a_list_opened_as_what_things_are_like_reports(text, goals):
    assert [t.value for t in find(Document.from_text(text), now=2023, horizon=2030) if t.kind == "target"] == goals


def test_a_report_tells_the_plans_goals_where_the_plan_requires_them():
    # held-out 742 (a report under "I. KẾT QUẢ …"): "Kế hoạch yêu cầu …" sets goals; the "kết quả" clause of 474's
    # "Kế hoạch đề ra …; kết quả có 5 tuyến được công nhận (đạt 83,3%)" reports
    text = ("I. KẾT QUẢ TUYỂN CHỌN VÀ GỌI CÔNG DÂN NHẬP NGŨ NĂM 2025\n\nKế hoạch yêu cầu tuyển chọn, gọi công dân nhập ngũ đạt "
            "100% chỉ tiêu trên giao; tỷ lệ công dân nhập ngũ là đảng viên đạt từ 3% trở lên.\nKế hoạch đề ra xây dựng 6 tuyến "
            "phố văn minh đô thị; kết quả có 5 tuyến được công nhận (đạt 83,3%).")
    found = [(t.value, t.kind) for t in find(Document.from_text(text), now=2025, horizon=2025)]
    assert (3, "target") in found and (6, "target") in found and (5, "result") in found and (83.3, "target") not in found


def test_raising_the_total_is_a_goal_unless_the_clause_reports():
    # held-out 768 (a radio host reads a plan's goals): "nâng tổng số … lên trên 300 camera" raises the total; a report's
    # "đã thành lập …, nâng tổng số lên 36 tổ" stays a result by its "đã" (711, 754, 713, 654 and older ones likewise)
    text = ("Kế hoạch đặt các chỉ tiêu chính.\n\nThứ năm, lắp đặt mới 120 camera giám sát giao thông, nâng tổng số camera kết nối "
            "Trung tâm giám sát lên trên 300 camera.\n\nNăm 2023, phường đã thành lập 12 tổ liên gia, nâng tổng số lên 36 tổ.")
    found = [(t.value, t.kind) for t in find(Document.from_text(text), now=2024, horizon=2025)]
    assert found == [(120, "target"), (300, "target"), (12, "result"), (36, "result")]


def test_mot_after_a_copula_is_an_article():
    # held-out 692 (a pull quote): "phải là một người lắng nghe" is "a listener", no count of one
    doc = Document.from_text("“Mỗi thầy cô phải là một người lắng nghe đáng tin cậy.” Năm 2024 phấn đấu có 20 điểm tư vấn.")
    assert [(t.value, t.unit) for t in find(doc, now=2024, horizon=2024)] == [(20, "điểm")]


def test_the_weather_is_no_goal():
    # held-out 510 (a sixty-second bulletin): the day's temperature between the plan's items
    doc = Document.from_text("Thời tiết hôm nay nắng nhẹ, nhiệt độ từ 23 - 30 độ C. Năm 2026 phường phấn đấu bố trí 6 điểm bán "
                             "hàng tạm.")
    assert [(t.value, t.unit) for t in find(doc, now=2026, horizon=2026)] == [(6, "điểm")]


def test_a_trips_length_and_a_boats_capacity_are_no_goals():
    # held-out 693 (a travel blog): how far the lake is and how many a boat carries
    doc = Document.from_text("Quãng đường khoảng 230 km. Nếu đi từ trung tâm tỉnh Thái Nguyên thì gần hơn, tầm 150 km. Giá thuê "
                             "thuyền là 900.000 đồng/thuyền, mỗi thuyền chở tối đa 12 người. Năm 2026 phấn đấu đón 80.000 lượt khách.")
    assert [(t.value, t.unit) for t in find(doc, now=2026, horizon=2026)] == [(80000, "lượt khách")]
    # 695: how far one walks
    doc = Document.from_text("Người dân chỉ đường mà đi bộ gần 500 mét mới tới. Năm 2023 xây mới 3 nhà vệ sinh công cộng.")
    assert [(t.value, t.unit) for t in find(doc, now=2023, horizon=2023)] == [(3, "nhà vệ sinh")]


def test_a_field_diarys_dated_entries_report_what_was_seen():
    # held-out 697: "Ngày 19/3: làm việc tại xóm …; hộ ông … nuôi 1.200 con gà …" in a report of 25 March: no goals
    doc = Document.from_text("Ngày 19/3: làm việc tại xóm Thống Nhất; hộ ông Bạch Văn Cường nuôi 1.200 con gà thả vườn, đồng "
                             "ý làm 60 m² đệm lót.\n\nMục tiêu năm 2024: xây mới ít nhất 40 hầm biogas.\n",
                             published=date(2024, 3, 25))
    assert [(t.value, t.unit) for t in find(doc, now=2024, horizon=2024)] == [(40, "hầm biogas")]


def test_a_description_goes_on_describing_after_hon():
    # held-out 664, 661: "… có khoảng 200 km bờ biển, 143 hòn đảo và hơn 9.800 tàu cá": what there is, "hơn" approximating
    for sentence in ("Kiên Giang có khoảng 200 km bờ biển, 143 hòn đảo và hơn 9.800 tàu cá.",
                     "Sau sắp xếp, xã Mỹ Hiệp mới có khoảng 3.950 ha đất trồng lúa, 14 ấp và hơn 9.800 hộ dân."):
        assert find(Document.from_text(sentence), now=2023, horizon=2025) == []


def test_a_numbered_section_of_recommended_doses_gives_advice_not_goals():
    # held-out 689: "II. LỊCH THỜI VỤ VÀ LIỀU LƯỢNG PHÂN BÓN KHUYẾN CÁO (áp dụng cho 1 sào Bắc Bộ = 360 m²)", a heading with
    # an aside in brackets, over a crop calendar's doses
    doc = Document.from_text("I. CHỈ TIÊU NĂM 2024\n- Áp dụng bón phân cân đối trên 850 ha lúa.\n\n"
                             "II. LỊCH THỜI VỤ VÀ LIỀU LƯỢNG PHÂN BÓN KHUYẾN CÁO (áp dụng cho 1 sào Bắc Bộ = 360 m²)\n\n"
                             "Tháng | Công việc chính\n3 | Bón thúc lần 1: 4 - 5 kg urê + 2 kg kali/sào\n\n"
                             "III. TỔ CHỨC THỰC HIỆN\nPhấn đấu 100% hộ được tập huấn.\n")
    assert [(t.value, t.unit) for t in find(doc, now=2024, horizon=2024)] == [(850, "ha"), (100, "%")]


def test_a_drills_pretended_situation_is_no_goal():
    # held-out 679: "TÌNH HUỐNG GIẢ ĐỊNH" tells what the drill pretends; the next heading in capitals ends it
    doc = Document.from_text("Năm 2023 phường tổ chức 01 cuộc diễn tập cấp phường.\n\nTÌNH HUỐNG GIẢ ĐỊNH\n"
                             "Phải sơ tán 215 hộ với 780 nhân khẩu; có 01 thuyền đánh cá bị trôi dạt.\n\nMỤC TIÊU NĂM 2024\n"
                             "Năm 2024 tổ chức 03 cuộc diễn tập cấp tổ dân phố.\n")
    assert [(t.value, t.unit) for t in find(doc, now=2023, horizon=2024)] == [(1, "cuộc"), (3, "cuộc")]
    doc = Document.from_text("TÌNH HUỐNG GIẢ ĐỊNH\nPhải sơ tán 215 hộ.\n\nTỔ CHỨC THỰC HIỆN\n"
                             "Phấn đấu 100% hộ ven biển được phổ biến kỹ năng ứng phó bão.\n")
    assert [(t.value, t.unit) for t in find(doc, now=2023, horizon=2023)] == [(100, "%")]


def test_a_notices_rules_to_keep_are_no_goals():
    # held-out 683: "1. Các quy định cần chấp hành" over the noise norms and fines, then the plan's goals
    doc = Document.from_text("1. Các quy định cần chấp hành\n\n- Tại khu dân cư độ ồn không quá 70 dBA từ 6 giờ đến 21 giờ.\n\n"
                             "2. Mục tiêu năm 2025\n\n- Ít nhất 95% hộ gia đình có dàn karaoke ký cam kết.\n")
    assert [(t.value, t.unit) for t in find(doc, now=2025, horizon=2025)] == [(95, "%")]


def test_a_technical_question_and_answer_box_gives_advice_not_goals():
    # held-out 673 (a farmers' magazine): how to plant and feed coffee, in a "HỎI ĐÁP KỸ THUẬT" box after the goals
    doc = Document.from_text("Năm 2024 xã phấn đấu tái canh ít nhất 120 ha cà phê.\n\n│ HỎI ĐÁP KỸ THUẬT\n│\n"
                             "│ Đáp: Khoảng cách trồng cà phê vối 3 m x 3 m, tương đương 1.100 cây/ha. Mỗi hố bón lót 10 - 15 kg "
                             "phân chuồng hoai mục.\n")
    assert [(t.value, t.unit) for t in find(doc, now=2024, horizon=2024)] == [(120, "ha")]


def test_the_whole_countrys_goals_quoted_beside_the_plans_are_no_goals():
    # held-out 664 (and 343): what the national plan sets for the whole country, quoted "để đối chiếu"
    doc = Document.from_text("Kế hoạch hành động quốc gia đặt mục tiêu đến năm 2025 cả nước giảm 50% rác thải nhựa trên biển; "
                             "đến năm 2030 các mức tương ứng là 75%.\n\nĐến năm 2025 tỉnh phấn đấu giảm ít nhất 50% khối "
                             "lượng rác thải nhựa trên biển.\n")
    assert [(t.value, t.comparator) for t in find(doc, now=2023, horizon=2025)] == [(50, ">=")]
    doc = Document.from_text("Năm 2030 có 100% trạm y tế có bác sĩ (toàn quốc phấn đấu 90% ở mốc năm 2025); trên 95% người dân "
                             "có hồ sơ sức khỏe điện tử (cả nước: 100% vào năm 2030).")
    assert [t.value for t in find(doc, now=2025, horizon=2030)] == [100, 95]


def test_figures_as_of_a_date_under_a_heading_in_capitals_report():
    # held-out 667: "TRƯỚC SÁP NHẬP (số liệu đến ngày 30/6/2025)" over the former provinces' figures: what there was
    doc = Document.from_text("TRƯỚC SÁP NHẬP (số liệu đến ngày 30/6/2025)\n"
                             "- Đắk Nông (cũ): khoảng 12.500 ha, chủ yếu cà phê, hồ tiêu tưới tiết kiệm; 9 doanh nghiệp.\n\n"
                             "Mục tiêu đến năm 2030\nTỉnh phấn đấu thành lập mới 3 khu nông nghiệp ứng dụng công nghệ cao.\n")
    assert [(t.value, t.kind) for t in find(doc, now=2026, horizon=2030)] == [
        (12500, "result"), (9, "result"), (3, "target")]


def test_a_budget_resolutions_labelled_total_and_its_other_items_are_goals():
    # held-out 662: "a) Thu nội địa: 1.102 tỷ đồng, gồm:" totals the lines below it (no description of what there is), and
    # "Các khoản thu còn lại" are the other revenues (no report of what is left)
    doc = Document.from_text("Điều 1. Thông qua dự toán thu ngân sách nhà nước trên địa bàn huyện năm 2024 như sau:\n"
                             "a) Thu nội địa: 1.102 tỷ đồng, gồm:\n- Thu tiền sử dụng đất: 420 tỷ đồng;\n"
                             "- Các khoản thu còn lại: 112,5 tỷ đồng.\n")
    assert [(t.value, t.kind) for t in find(doc, now=2023, horizon=2024)] == [
        (1102, "target"), (420, "target"), (112.5, "target")]


def test_a_plans_heading_in_capitals_ends_a_results_section():
    # held-out 660 (a sports page): the weekend's "KẾT QUẢ THI ĐẤU" ends where "KẾ HOẠCH … NĂM 2025" begins
    doc = Document.from_text("KẾT QUẢ THI ĐẤU CUỐI TUẦN\n\nĐội bóng chuyền nữ thắng 3-1, chủ công ghi 21 điểm.\n\n"
                             "KẾ HOẠCH PHÁT TRIỂN TDTT QUẦN CHÚNG NĂM 2025\n\n"
                             "Theo kế hoạch, năm 2025 số gia đình thể thao đạt trên 27% tổng số hộ gia đình.\n")
    assert [(t.value, t.kind) for t in find(doc, now=2025, horizon=2025)] == [(21, "result"), (27, "target")]


def test_a_lead_in_that_says_by_when_dates_its_list():
    # held-out 664: "Theo Kế hoạch …, đến năm 2025 tỉnh phấn đấu:" over bullets in a plan "đến năm 2025, định hướng đến
    # năm 2030": the bullets are due in 2025, not at the plan's farthest year
    doc = Document.from_text("Theo Kế hoạch số 96/KH-UBND, đến năm 2025 tỉnh phấn đấu:\n"
                             "• 100% cảng cá, bến cá có điểm tiếp nhận rác thải từ tàu cá;\n"
                             "• Mỗi huyện ven biển duy trì ít nhất 01 bãi biển sạch.\n")
    assert [(t.value, t.deadline) for t in find(doc, now=2023, horizon=2030)] == [(100, 2025), (1, 2025)]


def test_a_price_is_no_goal_unless_the_plan_caps_it():
    # held-out 652 (and 394, 588): what social housing costs is news, not a goal; 247's cap on rent and 254's floor
    # on the price of salt are goals
    doc = Document.from_text("Về giá, các dự án mở bán năm nay dự kiến từ 15,5 - 18 triệu đồng/m², thấp hơn nhà ở thương "
                             "mại cùng khu vực khoảng 40%.")
    assert find(doc, now=2026, horizon=2030) == []
    doc = Document.from_text("Giá thuê nhà lưu trú công nhân tối đa 55.000 đồng/m2/tháng; tỉnh dành không dưới 3.000 tỷ "
                             "đồng vốn vay ưu đãi để công nhân mua, thuê mua nhà.")
    assert [(t.value, t.comparator) for t in find(doc, now=2026, horizon=2030)] == [(55000, "<="), (3000, ">=")]


def test_a_subject_head_that_says_the_unit_is_in_brackets_leaves_it_to_each_rows_label():
    # held-out 659: "Chỉ tiêu (ĐVT)" names the rows' column; each label ends in its own unit "(%)", "(trạm)"
    doc = Document.from_text("Chỉ tiêu (ĐVT) | Năm 2024 | KH 2025 | So sánh (%)\n"
                             "Phương tiện thủy nội địa được đăng kiểm (%) | 82,6 | 90 | 109,0\n"
                             "Trạm kiểm tra tải trọng xe cố định (trạm) | 2 | 3 | 150,0\n")
    found = [(t.value, t.unit, t.subject, t.deadline) for t in find(doc, now=2025, horizon=2025)]
    assert found == [(90, "%", "Phương tiện thủy nội địa được đăng kiểm", 2025),
                     (3, "trạm", "Trạm kiểm tra tải trọng xe cố định", 2025)]


def test_a_table_with_years_down_the_side_reads_money_in_its_cells():
    # held-out 615: "| Vốn đăng ký |" has no unit of its own; its cells say "tỷ đồng", and one cell holds two sums
    doc = Document.from_text("| Năm | Số dự án | Vốn đăng ký |\n|---|---|---|\n| 2022 | 45 | 3.350 tỷ đồng |\n"
                             "| 2024 (kế hoạch) | 25 | 3.200 tỷ đồng + 150 triệu USD |\n")
    found = [(t.value, t.unit, t.deadline, t.kind) for t in find(doc, now=2023, horizon=2025)]
    assert found == [(45, "dự án", 2022, "result"), (3350, "tỷ đồng", 2022, "result"), (25, "dự án", 2024, "target"),
                     (3200, "tỷ đồng", 2024, "target"), (150, "triệu USD", 2024, "target")]


def test_a_sum_spent_with_a_count_is_no_goal():
    # … but not what the plan spends on the counted things
    found = find(Document.from_text("Năm 2025 xây dựng 5 trường học với tổng kinh phí 50 tỷ đồng."), now=2025, horizon=2025)
    assert [(t.value, t.unit) for t in found] == [(5, "trường học")]


def test_a_ticked_box_reports_what_is_done():
    # held-out 623 (and 504, 592): "☑" opens what was done, "☐" what is to be done
    doc = Document.from_text("Danh mục việc cần làm năm 2025 của phường:\n☑ Thành lập 46 tổ liên gia an toàn PCCC tại 9 khu phố\n"
                             "☐ Thành lập thêm ít nhất 60 tổ liên gia an toàn PCCC\n")
    assert [(t.value, t.kind) for t in find(doc, now=2025, horizon=2025)] == [(46, "result"), (60, "target")]


def test_last_years_figure_in_brackets_after_a_goal_with_its_unit_is_no_goal():
    # held-out 625: "dưới 100 ha (năm 2022 là 215 ha)": the figure in brackets is where the measure stood
    doc = Document.from_text("Huyện phấn đấu giữ diện tích cây trồng bị thiệt hại do hạn dưới 100 ha (năm 2022 là 215 ha).")
    assert [(t.value, t.comparator, t.kind) for t in find(doc, now=2023, horizon=2023)] == [
        (100, "<", "target"), (215, "=", "result")]
    # "phấn đấu giữ" keeps its goal word ("giữ" only undoes "chiếm": "chiếm giữ", not a share)
    doc = Document.from_text("Huyện phấn đấu giữ diện tích lúa dưới 100 ha.")
    assert [(t.value, t.comparator, t.kind) for t in find(doc, now=2023, horizon=2023)] == [(100, "<", "target")]


def test_a_paragraph_opened_by_a_later_year_goes_on_with_its_goals():
    # held-out 624: the second sentence has no goal word, only "đạt"; the paragraph's "Đến năm 2030" makes it a goal, and
    # "2,5 ngày/khách" (a decimal of days per visitor, as 149's "1,8 ngày/khách") is a stay to reach
    doc = Document.from_text("Đến năm 2030, hình thành ít nhất 06 tuyến phố đi bộ. Tổng thu từ du lịch đạt trên 100 nghìn "
                             "tỷ đồng, khách quốc tế chiếm 18 - 20% tổng lượt khách, thời gian lưu trú bình quân đạt 2,5 ngày/khách.")
    found = find(doc, now=2026, horizon=2030)
    assert [(t.value, t.unit, t.kind) for t in found] == [
        (6, "tuyến phố đi bộ", "target"), (100, "nghìn tỷ đồng", "target"), (18, "%", "target"), (2.5, "ngày/khách", "target")]
    # … not a sentence that reports ("đã", "ước")
    doc = Document.from_text("Đến năm 2030, hình thành ít nhất 06 tuyến phố đi bộ. Năm 2025, tổng thu từ du lịch đã đạt 55,8 "
                             "nghìn tỷ đồng.")
    assert [t.kind for t in find(doc, now=2026, horizon=2030)] == ["target", "result"]


BLIND_628_635 = [
    # 635 (a TV script reads figures out): the comparator before the words holds for the digits in brackets after them
    ("Năm 2024, số trường hợp vi phạm nồng độ cồn bị phát hiện, xử lý tăng không dưới mười lăm phần trăm (15%) so với "
     "năm 2023.", [(">=", 15, "%", "số trường hợp vi phạm nồng độ cồn bị phát hiện, xử lý")]),
    # 629 (and 599): groups of forest owners are counted; a plan's own "nhóm nhiệm vụ" is not
    ("Đến năm 2030, thành lập ít nhất 04 nhóm chứng chỉ rừng; triển khai 06 nhóm nhiệm vụ, giải pháp.",
     [(">=", 4, "nhóm", "nhóm chứng chỉ rừng")]),
    # 638: a floor before the first school level holds for the next levels; 640: households that give are no subject
    ("Đến hết năm 2025 tỷ lệ phòng học kiên cố đạt từ 85% trở lên, trong đó cấp mầm non đạt ít nhất 80%, tiểu học 86% và "
     "trung học cơ sở 92%.", [(">=", 85, "%"), (">=", 80, "%"), (">=", 86, "%"), (">=", 92, "%")]),
    ("Năm 2024 các hộ dân hiến ít nhất 2.500 m² đất để mở rộng đường.", [(">=", 2500, "m²", "đất")]),
    # 644 (and 115, 242, 326, 542, 613, 620): what arises is part of the noun; 650: "cải tạo, lát mới tổng cộng" acts
    ("Năm 2024, 100% chất thải nguy hại phát sinh tại các khu công nghiệp được thu gom, xử lý.",
     [("=", 100, "%", "chất thải nguy hại phát sinh tại các khu công nghiệp")]),
    ("Năm 2024, 100% dịch vụ công trực tuyến toàn trình phát sinh hồ sơ trực tuyến.",
     [("=", 100, "%", "dịch vụ công trực tuyến toàn trình")]),
    ("Giai đoạn 2024 - 2028, xã phấn đấu cải tạo, lát mới tổng cộng 26 km vỉa hè trên các trục chính.",
     [("=", 26, "km", "vỉa hè trên các trục chính")]),
    # 645, 647, 649: counted nouns "lễ hội", "tuyến ngõ", "chi hội" (and 185's "lễ hội", 626's "bóng đèn")
    ("Năm 2024 phục dựng 03 lễ hội truyền thống; xây dựng ít nhất 01 tuyến ngõ kiểu mẫu.",
     [("=", 3, "lễ hội", "lễ hội truyền thống"), (">=", 1, "tuyến ngõ", "tuyến ngõ kiểu mẫu")]),
    # 635: a floor does not carry to an item with a change verb of its own
    ("Năm 2024 tỉnh phấn đấu giảm ít nhất 5% số vụ tai nạn giao thông, giảm 7% số người chết.",
     [(">=", 5, "%"), ("=", 7, "%")]),
]


@pytest.mark.parametrize("text,expected", BLIND_628_635)
def test_blind_batch_628_635(text, expected):
    _assert_goals(find(Document.from_text(text), now=2024, horizon=2030), expected)


def test_a_minutes_figures_as_of_a_month_report_and_its_goals_aside_set():
    # held-out 649 (a meeting's "*" and "o" bullets): "Số liệu … (tính đến tháng 3)" reports, "Mục tiêu năm 2024 (…)" sets
    doc = Document.from_text("* Số liệu các trường báo (tính đến tháng 3)\no Mầm non 100% cháu ăn bán trú; tiểu học mới 61% "
                             "em ăn bán trú.\n\n* Mục tiêu năm 2024 (chị Hạnh đọc trích kế hoạch)\no 100% trường học, điểm "
                             "trường có nước sạch dùng cho ăn uống;\no tỷ lệ học sinh tiểu học ăn bán trú nâng lên 70%.\n")
    assert [(t.value, t.kind) for t in find(doc, now=2024, horizon=2024)] == [
        (100, "result"), (61, "result"), (100, "target"), (70, "target")]


def test_a_review_title_that_also_sets_goals_reports_nothing_by_itself():
    # held-out 641: "…: nhìn lại 5 năm, đặt mục tiêu mới" reviews and sets goals; a sentence of the body with no goal word
    # is not a report for the title's sake
    doc = Document.from_text("Chăm sóc người tâm thần, trẻ tự kỷ: nhìn lại 5 năm, đặt mục tiêu mới\n\nĐến năm 2030, tỉnh "
                             "phấn đấu giảm tỷ lệ tái phát xuống dưới 20%.\n\nỞ cơ sở, 100% trạm y tế xã, phường có cán bộ "
                             "được tập huấn về quản lý người tâm thần.")
    doc.title = "Chăm sóc người tâm thần, trẻ tự kỷ: nhìn lại 5 năm, đặt mục tiêu mới"
    assert [(t.value, t.kind) for t in find(doc, now=2026, horizon=2030)] == [(20, "target"), (100, "target")]


@pytest.mark.parametrize("text,expected", BLIND_612_619)
def test_blind_batch_612_619(text, expected):
    """Goals only: what a line reports as done ("Thực hiện 2024: …") is a result."""
    found = find(Document.from_text(text), now=2025, horizon=2025)
    _assert_goals([t for t in found if t.kind == "target"], expected)
    assert [t.kind for t in found if t.kind != "target"] == ["result"]


@pytest.mark.parametrize("text,expected", BLIND_604_611)
def test_blind_batch_604_611(text, expected):
    _assert_goals(find(Document.from_text(text), now=2023, horizon=2025), expected)


def test_the_places_of_two_levels_a_merged_province_has_are_no_goal():
    # held-out 499 after "xã, phường" became a counted noun: the units the merged province has, not a goal
    doc = Document.from_text("Năm 2026, kế hoạch giao chỉ tiêu trực tiếp cho 135 xã, phường của tỉnh sau khi hợp nhất "
                             "tỉnh Gia Lai và tỉnh Bình Định; phấn đấu 100% xã, phường hoàn thành chỉ tiêu được giao.")
    assert [(t.value, t.unit) for t in find(doc, now=2026) if t.kind == "target"] == [(100, "%")]


@pytest.mark.parametrize("text,expected", CO_CLAUSES_BEFORE_A_PREDICATE)
def test_a_co_clause_before_a_predicate_says_which(text, expected):
    _assert_goals(find(Document.from_text(text), now=2025, horizon=2025), expected)


@pytest.mark.parametrize("text,expected", BLIND_226_229)
def test_blind_batch_226_229(text, expected):
    _assert_goals(find(Document.from_text(text), now=2025, horizon=2030), expected)


def test_a_question_sets_no_goal():
    # held-out 228: "Bạn đọc … hỏi: Bao giờ tất cả bệnh viện trong tỉnh bỏ bệnh án giấy?"
    doc = Document.from_text("Câu 1. Bạn đọc hỏi: Bao giờ tất cả bệnh viện trong tỉnh bỏ bệnh án giấy?\nTrả lời: Theo kế "
                             "hoạch, đến hết năm 2025, 100% bệnh viện triển khai bệnh án điện tử.")
    assert [(t.value, t.span[0] > 80) for t in find(doc, now=2025)] == [(100, True)]


def test_a_toll_and_a_size_are_no_goals():
    # held-out 226: "toàn tỉnh xuất hiện hơn 1.100 điểm sạt lở, hơn 2.300 ngôi nhà bị sập đổ" reports a storm's toll;
    # 224: "Tuyến cao tốc qua tỉnh ta dài 68,5 km" gives a size (not "nhân rộng 10 - 12 mô hình", 092)
    doc = Document.from_text("Trong ba ngày, toàn tỉnh xuất hiện hơn 1.100 điểm sạt lở, hơn 2.300 ngôi nhà bị sập đổ, hư hỏng "
                             "hoặc phải di dời.")
    assert {t.kind for t in find(doc, now=2024)} == {"result"}
    assert find(Document.from_text("Tuyến cao tốc qua tỉnh ta dài 68,5 km, đi qua 4 huyện."), now=2024) == []
    doc = Document.from_text("Phấn đấu toàn tỉnh nhân rộng 10 - 12 mô hình \"Bình dân học vụ số\".")
    assert [(t.value, t.value_max, t.kind) for t in find(doc, now=2025)] == [(10, 12, "target")]


BLIND_230_233 = [
    # 231: a level alone after the value stands for the measure named before it, at that level
    ("d) Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn không dưới 99% cấp huyện, 98% cấp xã.",
     [(">=", 99, "%", "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn cấp huyện"),
      (">=", 98, "%", "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn cấp xã")]),
    # 231: "…; năm 2025 đạt từ 89 điểm trở lên" is the sentence's measure of the same unit, for a later year
    ("Chỉ số cải cách hành chính của huyện năm 2024 đạt từ 87 điểm trở lên, xếp trong nhóm 4 đơn vị dẫn đầu tỉnh; năm "
     "2025 đạt từ 89 điểm trở lên.",
     [(">=", 87, "điểm", "Chỉ số cải cách hành chính của huyện"), (">=", 4, "đơn vị"),
      (">=", 89, "điểm", "Chỉ số cải cách hành chính của huyện")]),   # (not 2024, the year before)
    # 229: "nước thải chưa qua xử lý" is a noun
    ("Phấn đấu giảm 20 - 25% lượng nước thải chưa qua xử lý xả ra sông Đáy so với năm 2023.",
     [("=", 20, "%", "lượng nước thải chưa qua xử lý xả ra sông Đáy")]),
    # 230: a measure with nothing before it measures what follows
    ("MỤC TIÊU ĐẾN NĂM 2025\n5.000 tấn/năm phân bón hữu cơ sản xuất trên địa bàn",
     [("=", 5000, "tấn/năm", "phân bón hữu cơ sản xuất trên địa bàn")]),
]


@pytest.mark.parametrize("text,expected", BLIND_230_233)
def test_blind_batch_230_233(text, expected):
    _assert_goals(find(Document.from_text(text), now=2024, horizon=2025), expected)


def test_an_infographics_labels_in_capitals_head_its_sections():
    # held-out 230: "NĂM 2023 ĐÃ LÀM ĐƯỢC" over results, "KINH PHÍ" over the plan's own sums
    text = ("NĂM 2023 ĐÃ LÀM ĐƯỢC\n61%\nphụ phẩm trồng trọt được thu gom\n\nMỤC TIÊU ĐẾN NĂM 2025\n85%\nphụ phẩm trồng trọt "
            "được tái sử dụng\n\nKINH PHÍ\n26,5 tỷ đồng\nngân sách huyện 8,2 tỷ đồng")
    assert [(t.value, t.kind) for t in find(Document.from_text(text), now=2024, horizon=2025)] == [(61, "result"), (85, "target")]


BLIND_234_237 = [
    # 235: "Chỉ tiêu: … – Kết quả: …": the goal before the dash, the result after it; "là" after a counted noun says who
    ("Kết quả năm 2024 so với chỉ tiêu Kế hoạch giao:\n\nChỉ tiêu: Tư vấn, hỗ trợ học nghề cho 2.000 phụ nữ – Kết quả: 2.315 "
     "phụ nữ, đạt 115,7%.", [("=", 2000, "phụ nữ")]),
    ("Phấn đấu đưa 150 lao động là thanh niên, phụ nữ DTTS đi làm việc ở nước ngoài theo hợp đồng.",
     [("=", 150, "lao động", "lao động là thanh niên, phụ nữ DTTS đi làm việc ở nước ngoài")]),
    ("Năm 2025, Hội sẽ phối hợp Ngân hàng Chính sách xã hội giải ngân tối thiểu 50 tỷ đồng vốn vay ưu đãi cho hội viên.",
     [(">=", 50, "tỷ đồng", "vốn vay ưu đãi cho hội viên")]),
    # 234: "và thay thế …" opens an item of its own; a topic after "về" is no predicate
    ("Phấn đấu cải tạo, nâng cấp hai trạm biến áp đang quá tải và thay thế trên 3,5 km đường dây hạ thế.",
     [("=", 2, "trạm biến áp"), (">", 3.5, "km", "đường dây hạ thế")]),
    ("Phấn đấu hằng năm xã tổ chức không dưới 2 đợt tuyên truyền về sử dụng điện an toàn, tiết kiệm.",
     [(">=", 2, "đợt", "đợt tuyên truyền về sử dụng điện an toàn, tiết kiệm")]),
    # 236: a count inside the rate's noun ("tại 36 bản") is no item; "bảo đảm …" opens an item
    ("Dự án đặt mục tiêu tỷ lệ hộ đồng bào dân tộc thiểu số tại 36 bản vùng dự án được dùng nước sinh hoạt hợp vệ sinh tăng "
     "từ 63% hiện nay lên 85%.", [("=", 85, "%")]),
    ("Phấn đấu có ít nhất 45 điểm trường được lắp đặt hệ thống lọc nước, bảo đảm không dưới 9.500 học sinh bán trú được dùng "
     "nước uống an toàn.", [(">=", 45, "điểm trường"), (">=", 9500, "học sinh")]),
    # 237: "lấn chiếm" is no "chiếm"; "Dự kiến huy động" is a verb before the sum
    ("Phấn đấu số vụ lấn chiếm lòng đường, vỉa hè giảm bình quân 15%/năm.", [("=", 15, "%/năm")]),
    ("Phấn đấu năm 2025 dự kiến huy động khoảng 1,8 tỷ đồng vốn xã hội hóa để trồng cây xanh.",
     [("=", 1.8, "tỷ đồng", "vốn xã hội hóa")]),
]


@pytest.mark.parametrize("text,expected", BLIND_234_237)
def test_blind_batch_234_237(text, expected):
    found = [t for t in find(Document.from_text(text), now=2024, horizon=2025) if t.kind == "target"]
    _assert_goals(found, expected)


def test_an_event_of_a_past_day_a_link_list_and_a_headline_budget_are_no_goals():
    # held-out 237: "Ngày 14/9, Đoàn Thanh niên … thu gom 3,5 tấn rác thải" in an article of 15/9 reports; a "Xem thêm:" list
    # links other articles; 236: "Thêm 2,4 triệu USD …" in a headline is the project's "tổng vốn 2,4 triệu USD"
    doc = Document.from_text("Ngày 14/9, Đoàn Thanh niên phường ra quân, thu gom 3,5 tấn rác thải.\n\nXem thêm:\n"
                             "- Phường Mỹ Lâm hoàn thành 12 km đèn chiếu sáng ngõ xóm (11/9/2025)", published=date(2025, 9, 15))
    assert [t for t in find(doc, now=2025) if t.kind == "target"] == []
    headline = "Điện Biên: Thêm 2,4 triệu USD đưa nước sạch về bản, xây nhà vệ sinh cho điểm trường vùng cao"
    doc = Document.from_text(headline + "\n\nDự án có tổng vốn 2,4 triệu USD (khoảng 61 tỷ đồng), trong đó UNICEF viện trợ "
                             "không hoàn lại 2,1 triệu USD.", title=headline)
    assert [t for t in find(doc, now=2024) if t.span[1] <= len(headline)] == []


BLIND_238_239 = [
    # 239: "Toàn bộ … trước ngày 31/12/2025" written in October 2025 is a deadline still to come; a verb of making before
    # "từ" a range; "xã đạt chuẩn nâng cao | đạt chỉ tiêu …" says which communes; "hỗ trợ một lần" is once, no count
    ("Toàn bộ tổ công nghệ số cộng đồng được tập huấn lại trước ngày 31/12/2025; Tỉnh đoàn huy động từ 3.000 - 3.500 tình "
     "nguyện viên dịp hè 2026.", [("=", 100, "%", "tổ công nghệ số cộng đồng"), ("=", 3000, "tình nguyện viên")]),
    ("Phấn đấu 60% xã đạt chuẩn nâng cao đạt chỉ tiêu 15.2 của tiêu chí số 15.", [("=", 60, "%", "xã đạt chuẩn nâng cao")]),
    ("Nghị quyết của HĐND tỉnh hỗ trợ một lần 500.000 đồng cho người cao tuổi; phấn đấu kiểm tra ít nhất một lần/năm.",
     [(">=", 1, "lần")]),
    # 238: a bridge is counted
    ("Phấn đấu gia cố dứt điểm 11 cầu dân sinh xuống cấp trước mùa mưa lũ.", [("=", 11, "cầu", "cầu dân sinh")]),
]


@pytest.mark.parametrize("text,expected", BLIND_238_239)
def test_blind_batch_238_239(text, expected):
    doc = Document.from_text(text, published=date(2025, 10, 14))
    _assert_goals([t for t in find(doc, now=2025, horizon=2026, late_in_year=True) if t.kind == "target"], expected)


PUBLIC_PAGES = [
    # Phenomena seen on public news pages (search tool, `pages`), written anew here. A district congress's goals
    # ("(giá so sánh năm 2010)" is the base year of prices, no deadline):
    ("Các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025: tốc độ tăng giá trị sản xuất bình quân (giá so sánh năm 2010) đạt 15%.",
     [("=", 15, "%")], [2025]),
    # a county's goals: an ellipsis before a capital ends the clause; an aside after a value is not its action
    ("Phấn đấu đến năm 2025, 96% người dân tham gia BHYT… Đến năm 2025 tỷ lệ hộ dùng nước sạch trên 90% (hợp vệ sinh "
     "đạt 100%).", [("=", 96, "%", "người dân", "tham gia BHYT"), (">", 90, "%", "tỷ lệ hộ dùng nước sạch", None),
                    ("=", 100, "%")], [2025, 2025, 2025]),
    # a party cell's goals: "kết nạp" is a verb of making, and "trở lên" after the counted noun ends the comparator
    ("Phấn đấu mỗi năm kết nạp từ 40 đảng viên mới trở lên.", [(">=", 40, "đảng viên", "đảng viên mới", None)], [None]),
    # a commune's online services plan: "cần đạt" is the measure's verb; "tại UBND cấp xã" names the level
    ("Tỷ lệ thanh toán trực tuyến cần đạt tối thiểu 80% tại UBND cấp xã.",
     [(">=", 80, "%", "Tỷ lệ thanh toán trực tuyến")], [None]),
    # a news page's road plan: "bê tông hóa", "xây mới" open items of a list of counts
    ("Phấn đấu xây mới 10 km đường, bê tông hóa thêm 4 km đường nội đồng.",
     [("=", 10, "km", "đường"), ("=", 4, "km", "đường nội đồng")], [None, None]),
    # a radio page: "giảm 2% tổng số hộ nghèo" names what falls after the value; the press's "tỉ" is "tỷ"; "./." ends it
    ("UBND tỉnh yêu cầu các địa phương triển khai các giải pháp để giảm 2% tổng số hộ nghèo; huy động 5 tỉ đồng./.",
     [("=", 2, "%", "tổng số hộ nghèo"), ("=", 5, "tỷ đồng", "", None)], [None, None]),
    # a district's conference assigning next year's goals: after "phấn đấu" in the paragraph, "so với cùng kỳ" compares,
    # it reports nothing; "tăng … so với dự toán năm 2021" is a growth over last year's estimate, and 2021 no deadline
    # (a deadline is the year in the goal's own sentence)
    ("Năm 2022, huyện phấn đấu đưa giá trị sản xuất nông nghiệp đạt 3.100 tỷ đồng. Giá trị sản xuất công nghiệp đạt "
     "4.200 tỷ đồng, tăng 6% so với cùng kỳ. Thu ngân sách gần 450 tỷ đồng, tăng 12% so với dự toán năm 2021.",
     [("=", 3100, "tỷ đồng"), ("=", 4200, "tỷ đồng"), ("=", 6, "%"), ("=", 450, "tỷ đồng"), ("=", 12, "%")],
     [2022, None, None, None, None]),
    # … and "tỷ lệ hộ nghèo còn lại" names a rate, "đạt 100% chỉ tiêu" after "phấn đấu" is a share still to reach
    ("Năm 2022, phấn đấu doanh thu thương mại tăng 5%; tỷ lệ hộ nghèo còn lại 0,3%; hoàn thành giao quân đạt 100% chỉ tiêu.",
     [("=", 5, "%"), ("=", 0.3, "%", "tỷ lệ hộ nghèo còn lại"), ("=", 100, "%")], [2022] * 3),
    # "tạo việc làm (tăng thêm)" opens an item of its own after a comma
    ("Năm 2022 phấn đấu giải quyết việc làm cho 4.800 lao động, tạo việc làm tăng thêm 1.200 lao động.",
     [("=", 4800, "lao động", "lao động"), ("=", 1200, "lao động", "lao động")], [2022, 2022]),
    # a commune council's goals for next year, listed in the sentence after "phấn đấu hoàn thành 26 chỉ tiêu": "hoàn thành
    # 100% chỉ tiêu tuyển quân" is a whole quota still to fill
    ("Kỳ họp thống nhất phấn đấu hoàn thành 26 chỉ tiêu năm 2022. Trong đó, tỷ lệ che phủ rừng đạt trên 78%; hoàn thành 100% "
     "chỉ tiêu tuyển quân.", [(">", 78, "%"), ("=", 100, "%")], [None, None]),
    # a commune's development page: "Tỷ lệ thôn, làng văn hóa: 100%; hộ gia đình văn hóa: 85%" — the second label is its own
    ("(12) Tỷ lệ thôn, làng văn hóa: 100%; hộ gia đình văn hóa: 85%.",
     [("=", 100, "%", "Tỷ lệ thôn, làng văn hóa"), ("=", 85, "%", "hộ gia đình văn hóa")], [None, None]),
    # a commune portal's "Định hướng phát triển" page: the parts of an area to reach after "trong đó" are goals too, "rau
    # đậu các loại" (of all kinds) is no "loại 1" that qualifies the figure
    ("Tổng diện tích gieo trồng hằng năm đạt 3.830 ha, trong đó rau đậu các loại 2.700 ha.",
     [("=", 3830, "ha"), ("=", 2700, "ha", "rau đậu các loại")], [None, None]),
    # another commune's "Các chỉ tiêu chủ yếu": "(15) … đạt 100% chỉ tiêu" under that heading is a quota to fill, not a
    # share of a plan done
    ("Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025):\n(14) Tỷ lệ thôn đạt tiêu chuẩn an toàn về ANTT: 100%.\n(15) Tuyển chọn, "
     "gọi công dân nhập ngũ hàng năm đạt 100% chỉ tiêu.", [("=", 100, "%"), ("=", 100, "%")], [None, None]),
]


def test_public_pages_a_change_from_a_year_and_a_share_of_a_count():
    # a government summary: "giảm từ 4,4% năm 2021 xuống còn 1,3% năm 2025" (no brackets round the start's year) starts
    # at a figure, no floor; the start's year is not the goal's; "còn 9.604 hộ nghèo, chiếm tỷ lệ 3,14%" is the share of
    # the poor households; "6.300 căn đã và đang triển khai, trong đó phấn đấu hoàn thành 1.000 căn trong năm 2026"
    found = find(Document.from_text("Tỷ lệ hộ nghèo đa chiều đã giảm từ 4,4% năm 2021 xuống còn 1,3% năm 2025."), now=2025)
    assert [(t.comparator, t.value, t.kind, t.deadline) for t in found] == [("=", 4.4, "result", 2021),
                                                                            ("=", 1.3, "result", 2025)]
    found = find(Document.from_text("Phấn đấu đến năm 2030 tỷ lệ hộ nghèo giảm từ 5,1% năm 2025 xuống dưới 2%."), now=2025)
    assert [(t.comparator, t.value, t.kind, t.deadline) for t in found] == [("=", 5.1, "result", 2025),
                                                                            ("<", 2, "target", 2030)]
    found = find(Document.from_text("Cuối năm 2024, toàn tỉnh còn 9.604 hộ nghèo, chiếm tỷ lệ 3,14%; có 96 trường đạt chuẩn "
                                    "quốc gia, chiếm 50,04%."), now=2025)
    assert [(t.value, t.subject) for t in found if t.unit == "%"] == [(3.14, "hộ nghèo"), (50.04, "trường đạt chuẩn quốc gia")]
    found = find(Document.from_text("Nhà ở xã hội được thúc đẩy với 6.300 căn đã và đang triển khai, trong đó phấn đấu hoàn "
                                    "thành 1.000 căn trong năm 2026."), now=2025)
    assert [(t.value, t.kind, t.deadline) for t in found] == [(6300, "result", None), (1000, "target", 2026)]


@pytest.mark.parametrize("text,expected,deadlines", PUBLIC_PAGES)
def test_public_pages(text, expected, deadlines):
    found = find(Document.from_text(text), now=2020)
    assert [(t.comparator, t.value, t.unit, t.subject, t.action)[:len(e)] for t, e in zip(found, expected)] == expected
    assert [t.deadline for t in found] == deadlines and all(t.kind == "target" for t in found)


def test_public_pages_a_part_names_its_whole_without_the_words_that_open_it():
    # a provincial programme's goals: "trên 60% tổ chức kinh tế tập thể đạt loại tốt, khá, trong đó có ít nhất 50% tham gia …"
    found = find(Document.from_text("Đến năm 2030 trên 60% tổ chức kinh tế tập thể đạt loại tốt, khá, trong đó có ít nhất 50% "
                                     "tham gia liên kết theo chuỗi giá trị."), now=2024)
    assert [(t.value, t.subject) for t in found] == [(60, "tổ chức kinh tế tập thể"),
                                                     (50, "tổ chức kinh tế tập thể đạt loại tốt, khá")]


def test_public_pages_a_whole_does_not_take_its_parts_action():
    # a province's NTM goals: "số xã đạt chuẩn NTM trên 92%, trong đó 55% số xã đạt chuẩn NTM nâng cao"
    found = find(Document.from_text("Đến năm 2030, số xã đạt chuẩn NTM trên 92%, trong đó 55% số xã đạt chuẩn NTM nâng cao."))
    assert [(t.value, t.subject, t.action) for t in found] == [(92, "số xã đạt chuẩn NTM", None),
                                                               (55, "số xã", "đạt chuẩn NTM nâng cao")]


def test_public_pages_a_review_looks_back():
    # "Ước đến hết năm 2020, … đạt 5,02%/năm bằng 125,5% kế hoạch", "Sau 5 năm, tỉ lệ hộ nghèo … còn dưới 3%": reviews;
    # "hơn 95% người dân vẫn "khát" nước sạch": how things still are
    for text in ("Ước đến hết năm 2020, bình quân tỷ lệ giảm nghèo của tỉnh đạt 5,02%/năm.",
                 "Sau 5 năm, tỉ lệ hộ nghèo của tỉnh được kéo giảm còn dưới 3%.",
                 "Cả huyện về đích nông thôn mới, hơn 95% người dân vẫn khát nước sạch."):
        assert [t.kind for t in find(Document.from_text(text), now=2015)] == ["result"]


def test_public_pages_level_reports_and_distances():
    # "… tối thiểu 85% ở cấp xã" and "tại UBND cấp xã" say the level; a paragraph opening "Đến nay," reports in its later
    # sentences too; "nằm cách trung tâm … khoảng 06 km" places a commune; "trẻ sinh năm 2018" is a birth year
    assert [t.level for t in find(Document.from_text("Tỷ lệ hồ sơ toàn trình phải đạt ít nhất 60% tại UBND cấp xã."))] == ["xa"]
    doc = Document.from_text("Đến nay, 100% cán bộ xã được cấp máy tính. 100% hồ sơ được tiếp nhận trên hệ thống một cửa "
                             "điện tử.\n\nXã nằm cách trung tâm huyện khoảng 06 km về phía Đông.")
    assert [(t.value, t.kind) for t in find(doc)] == [(100, "result"), (100, "result")]
    found = find(Document.from_text("Mục tiêu năm 2025: tỷ lệ trẻ sinh năm 2024 được tiêm đủ mũi đạt trên 95%."), now=2025)
    assert [(t.value, t.deadline) for t in found] == [(95, 2025)]


BLIND_240_243 = [
    # 240: "hộ … có người qua đời | ký cam kết": "có …" says which households; a norm "theo quy định:" is no goal; "ngôi"
    # classifies the noun after it; "mở rộng", "quy tập" open counts
    ("Hằng năm, ít nhất 85% hộ gia đình có người qua đời ký cam kết tổ chức tang lễ văn minh.",
     [(">=", 85, "%", "hộ gia đình có người qua đời")]),
    ("Diện tích mộ phần thực hiện đúng quy định: mộ hung táng không quá 5 m2, mộ cát táng không quá 3 m2.", []),
    ("Phấn đấu mở rộng 2 - 3 nghĩa trang nhân dân tập trung; quy tập không dưới 800 ngôi mộ nằm rải rác.",
     [("=", 2, "nghĩa trang"), (">=", 800, "ngôi mộ")]),
    # 242: "lộ trình:" names no measure (the clause before does); "sau sử dụng" is part of the noun; an aside that says
    # which ("(mất trên 30% năng suất)") is no goal, and "diện tích gieo trồng" after a share is what it is of
    ("Phấn đấu đến năm 2030, 100% bao gói thuốc BVTV sau sử dụng được thu gom; lộ trình: năm 2027 đạt không dưới 70%.",
     [("=", 100, "%", "bao gói thuốc BVTV sau sử dụng"), (">=", 70, "%", "bao gói thuốc BVTV sau sử dụng")]),
    ("Diện tích lúa bị hại nặng (mất trên 30% năng suất) khống chế tối đa 1% diện tích gieo trồng mỗi vụ.",
     [("<=", 1, "%", "Diện tích lúa bị hại nặng")]),
    ("Năm 2026, xã lắp đặt mới 120 bể chứa bằng composite.", [("=", 120, "bể chứa")]),
]


@pytest.mark.parametrize("text,expected", BLIND_240_243)
def test_blind_batch_240_243(text, expected):
    _assert_goals(find(Document.from_text(text), now=2024, horizon=2030), expected)


def test_a_space_laid_table_of_places_gives_a_goal_per_place_and_count():
    # held-out 243: a plan's appendix laid out with spaces; a year column dates each row, "Cộng" sums, "Trong đó: năm
    # 2024" dates its sum, and the budget column sets no goal
    text = ("PHỤ LỤC\nDANH MỤC THÔN ĐƯỢC CẤP ĐIỆN\n\n"
            "TT   Xã                  Số thôn,   Số hộ được   Năm         Vốn dự kiến\n"
            "                         làng       cấp điện     đóng điện   (tỷ đồng)\n"
            "1    Đăk Nên             2          95           2024        12,1\n"
            "2    Đăk Ring            3          140          2025        18,4\n"
            "     Cộng                5          235                      30,5\n"
            "     Trong đó: năm 2024  2          95                       12,1\n")
    found = [(t.value, t.unit, t.subject, t.deadline, t.level) for t in find(Document.from_text(text), now=2024, horizon=2025)]
    assert found[:4] == [(2, "thôn", "số thôn, làng", 2024, "thon"), (95, "hộ", "số hộ được cấp điện", 2024, None),
                         (3, "thôn", "số thôn, làng", 2025, "thon"), (140, "hộ", "số hộ được cấp điện", 2025, None)]
    assert found[4:] == [(5, "thôn", "số thôn, làng", 2025, "thon"), (235, "hộ", "số hộ được cấp điện", 2025, None),
                         (2, "thôn", "số thôn, làng", 2024, "thon"), (95, "hộ", "số hộ được cấp điện", 2024, None)]


BLIND_244_247 = [
    # 247: a bare classifier counts what the text last counted in it ("5.800 căn" after "62.000 căn nhà ở xã hội"), "các
    # năm 2027 - 2030" is a period (its last year the deadline), "tỉnh dành" funds, "/m2/tháng" is a rate, "khu công nghiệp"
    # is counted whole; a share of how things still are ("vẫn phải") is no goal
    ("Ít nhất 62.000 căn nhà ở xã hội đến năm 2030. Năm 2025 hoàn thành 5.800 căn, năm 2026 khoảng 8.200 căn, các năm "
     "2027 - 2030 bình quân 12.000 căn/năm.",
     [(">=", 62000, "căn nhà"), ("=", 5800, "căn", "căn nhà ở xã hội"), ("=", 8200, "căn", "căn nhà ở xã hội"),
      ("=", 12000, "căn/năm", "căn nhà ở xã hội")]),
    ("Giá thuê tối đa 55.000 đồng/m2/tháng; tỉnh dành không dưới 3.000 tỷ đồng vốn vay ưu đãi; có ít nhất 06 khu công "
     "nghiệp có thiết chế công đoàn.", [("<=", 55000, "đồng/m2/tháng"), (">=", 3000, "tỷ đồng", "vốn vay ưu đãi"),
                                        (">=", 6, "khu công nghiệp")]),
    # 246: "10,5 triệu con | cá giống": a classifier's noun follows; the later bare "triệu con" count the same fish; a
    # making verb "khoanh vùng" opens an item
    ("Huyện thả 10,5 triệu con cá giống; năm 2024 thả 3 triệu con, năm 2025 là 3,5 triệu con.",
     [("=", 10.5, "triệu con", "cá giống"), ("=", 3, "triệu con", "cá giống"), ("=", 3.5, "triệu con", "cá giống")]),
    ("Thành lập 04 tổ cộng đồng bảo vệ nguồn lợi thủy sản, khoanh vùng ít nhất 3 khu vực cấm khai thác.",
     [("=", 4, "tổ"), (">=", 3, "khu vực", "khu vực cấm khai thác")]),
    # 245: a slide's label names what a bare measure or a verb is of; "tạ/ha"; "trên 1 ha" after "Giá trị …" is per
    # hectare; "mỗi xã … ha chè" measures the tea
    ("• Chè an toàn: nâng tổng diện tích lên 732 ha\n• Chè hữu cơ: chứng nhận mới tối thiểu 60 ha\n"
     "• Năng suất bình quân: 112 tạ/ha\n• Giá trị sản phẩm thu hoạch trên 1 ha chè: 180 - 200 triệu đồng/năm",
     [("=", 732, "ha", "tổng diện tích chè an toàn"), (">=", 60, "ha", "Chè hữu cơ"), ("=", 112, "tạ/ha"),
      ("=", 180, "triệu đồng/năm")]),
    ("Đề nghị Suối Giàng, Sơn Lương đăng ký trước, mỗi xã tối thiểu 20 ha chè hữu cơ.", [(">=", 20, "ha", "chè hữu cơ")]),
    # 244: "trẻ 6 tuổi (sinh năm 2020)" is a birth year; "18 lớp với 612 học sinh" are two counts; a measure named before
    # "đạt … đối với lớp 1 và … đối với lớp 6" is each one's; "các trường huy động" raises the money after it
    ("Năm học 2026 - 2027 huy động 100% trẻ 6 tuổi (sinh năm 2020) vào lớp 1. Tổng chỉ tiêu là 18 lớp với 612 học sinh; "
     "sĩ số bình quân không quá 35 học sinh/lớp.",
     [("=", 100, "%", "trẻ 6 tuổi vào lớp 1"), ("=", 18, "lớp"), ("=", 612, "học sinh"), ("<=", 35, "học sinh/lớp")]),
    ("Hồ sơ nộp trực tuyến đạt tối thiểu 90% đối với lớp 1 và 85% đối với lớp 6; các trường huy động ít nhất 1,5 tỷ đồng "
     "vốn xã hội hóa.", [(">=", 90, "%", "Hồ sơ nộp trực tuyến lớp 1"), (">=", 85, "%", "Hồ sơ nộp trực tuyến lớp 6"),
                         (">=", 1.5, "tỷ đồng", "vốn xã hội hóa")]),
    # seen again on 127, 194, 196, 236, 238: a ceiling on a "thời gian" in days
    ("Thời gian khắc phục hư hỏng mặt đường tối đa 5 ngày kể từ khi phát hiện.",
     [("<=", 5, "ngày", "Thời gian khắc phục hư hỏng mặt đường")]),
]


@pytest.mark.parametrize("text,expected", BLIND_244_247)
def test_blind_batch_244_247(text, expected):
    _assert_goals(find(Document.from_text(text), now=2025, horizon=2030), expected)


def test_a_school_year_under_way_reports_and_days_alone_are_no_goal():
    # held-out 244: "Năm học 2025 - 2026, toàn xã tuyển 587 học sinh …" in a letter of April 2026 reports that school year;
    # "Gần 72% công nhân vẫn phải thuê trọ" (247) tells how things still are; days without a ceiling on a time count nothing
    doc = Document.from_text("Năm học 2025 - 2026, toàn xã tuyển 587 học sinh lớp 1; 341/468 học sinh trúng tuyển lớp 10, "
                             "đạt 72,9%.", published=date(2026, 4, 16))
    assert {t.kind for t in find(doc, now=2026)} == {"result"}
    assert [t.kind for t in find(Document.from_text("1. Gần 72% công nhân vẫn phải thuê trọ"))] == ["result"]
    assert find(Document.from_text("Phiên chợ tổ chức trong 3 ngày, từ ngày 5 đến ngày 7."), now=2025) == []


BLIND_248_249 = [
    # 249: "… – Kế hoạch: 12.500 thửa – Thực hiện: 8.200 thửa – đạt 65,6%": the plan's figure is the goal, what was done
    # after "Thực hiện:" reports; "thửa", "hồ sơ" are counted; a line "5. Kinh phí – Kế hoạch vốn: 14,2 tỷ đồng – …" that
    # gives its figures heads no budget section over the tasks after it
    ("1. Đo đạc chỉnh lý bản đồ địa chính – Kế hoạch: 12.500 thửa – Thực hiện: 8.200 thửa – đạt 65,6%.",
     [("=", 12500, "thửa")]),
    ("5. Kinh phí – Kế hoạch vốn: 14,2 tỷ đồng – Giải ngân: 8,52 tỷ đồng – đạt 60%.\n\nNhiệm vụ từ nay đến cuối năm:\n"
     "- Quét, số hóa xong 6.440 hồ sơ địa chính còn tồn.", [("=", 6440, "hồ sơ")]),
    # 248: "Tỷ lệ hộ … hằng năm từ 94% trở lên" is the share each year, no yearly rate; "hội thi" is counted whole
    ("Tỷ lệ hộ đạt danh hiệu Gia đình văn hóa hằng năm từ 94% trở lên; mỗi năm tổ chức không ít hơn 2 hội thi.",
     [(">=", 94, "%"), (">=", 2, "hội thi")]),
    # 249: "xã đạt chuẩn nông thôn mới nâng cao trên địa bàn | giữ vững …" says which communes; tasks under "Nhiệm vụ …
    # yêu cầu:" are to do even late in the year
    ("Điều kiện để 100% xã đạt chuẩn nông thôn mới nâng cao trên địa bàn giữ vững chỉ tiêu 8.4.",
     [("=", 100, "%", "xã đạt chuẩn nông thôn mới nâng cao trên địa bàn")]),
]


@pytest.mark.parametrize("text,expected", BLIND_248_249)
def test_blind_batch_248_249(text, expected):
    _assert_goals([t for t in find(Document.from_text(text), now=2024, horizon=2024) if t.kind == "target"], expected)


def test_tasks_listed_late_in_the_year_are_still_goals():
    # held-out 249: "Nhiệm vụ từ nay đến cuối năm, UBND huyện yêu cầu:" over "- Số thu tiền sử dụng đất năm 2024 đạt trên 420
    # tỷ đồng." in an October article
    doc = Document.from_text("Nhiệm vụ từ nay đến cuối năm, UBND huyện yêu cầu:\n- Số thu tiền sử dụng đất năm 2024 đạt trên 420 "
                             "tỷ đồng.", published=date(2024, 10, 9))
    assert [(t.value, t.kind) for t in find(doc, now=2024, late_in_year=True)] == [(420, "target")]


def test_a_tabbed_table_of_places_and_its_sum_the_text_set_first():
    # held-out 251: "Xã, thị trấn | Xây mới (nhà) | Sửa chữa (nhà) | Kinh phí (triệu đồng)" parted by tabs: a goal per commune
    # and column named by the unit in brackets; the "Tổng cộng" row restates the text's "xây mới 34 nhà"
    text = ("Năm 2025 huyện phấn đấu hỗ trợ xây mới 5 nhà và sửa chữa 7 nhà cho hộ người có công.\n\n"
            "PHÂN BỔ CHỈ TIÊU NĂM 2025\n\nTT\tXã, thị trấn\tXây mới (nhà)\tSửa chữa (nhà)\tKinh phí (triệu đồng)\n"
            "1\tHải An\t2\t3\t210\n2\tHải Ba\t3\t4\t300\n\tTổng cộng\t5\t7\t510\n")
    found = [(t.value, t.unit, t.subject, t.action) for t in find(Document.from_text(text), now=2025, horizon=2025)]
    assert found[2:] == [(2, "nhà", "nhà xây mới", "xã Hải An"), (3, "nhà", "nhà sửa chữa", "xã Hải An"),
                         (3, "nhà", "nhà xây mới", "xã Hải Ba"), (4, "nhà", "nhà sửa chữa", "xã Hải Ba")]
    assert [t[:2] for t in found[:2]] == [(5, "nhà"), (7, "nhà")]


def test_what_had_to_be_done_is_no_goal():
    # held-out 250: "Mùa mưa năm 2023, … chính quyền đã phải sơ tán 46 hộ dân" reports; "hồ chứa" is counted whole
    doc = Document.from_text("Mùa mưa năm 2023, chính quyền đã phải sơ tán 46 hộ dân ở hạ du. Phấn đấu sửa chữa 42 hồ chứa "
                             "xung yếu.", published=date(2024, 5, 17))
    assert [(t.value, t.unit, t.kind) for t in find(doc, now=2024)] == [(46, "hộ dân", "result"), (42, "hồ chứa", "target")]   # "hộ dân" counted whole (gold/README)


BLIND_252_255 = [
    # 254: "huyện giữ ổn định 180 ha | đất sản xuất muối": who acts and a verb measure what follows; "/hộ/năm", "/kg" are
    # rates; 252: "xã giao khoán bổ sung 1.200 ha | rừng …", "Cả giai đoạn trồng mới 350 ha rừng"; "hai tổ" are counted
    ("Phấn đấu huyện giữ ổn định 180 ha đất sản xuất muối; thu nhập bình quân của hộ diêm dân đạt trên 95 triệu đồng/hộ/năm; "
     "giá bán muối sạch không dưới 3.500 đồng/kg.",
     [("=", 180, "ha", "đất sản xuất muối"), (">", 95, "triệu đồng/hộ/năm"), (">=", 3500, "đồng/kg", "giá bán muối sạch")]),
    ("Năm 2025 xã giao khoán bổ sung 1.200 ha rừng phòng hộ; cả giai đoạn trồng mới 350 ha rừng; thành lập hai tổ tuần tra "
     "rừng chuyên trách.", [("=", 1200, "ha", "rừng phòng hộ"), ("=", 350, "ha", "rừng"), ("=", 2, "tổ tuần tra")]),
    # 255: "… đạt ít nhất 38 mô hình trong năm 2026 và từ 45 mô hình trở lên …": the "Số …" measure counts both
    ("Số mô hình được công nhận đạt ít nhất 38 mô hình trong năm 2026 và từ 45 mô hình trở lên vào năm 2030.",
     [(">=", 38, "mô hình", "Số mô hình được công nhận"), (">=", 45, "mô hình", "Số mô hình được công nhận")]),
]


@pytest.mark.parametrize("text,expected", BLIND_252_255)
def test_blind_batch_252_255(text, expected):
    _assert_goals(find(Document.from_text(text), now=2024, horizon=2030), expected)


BLIND_264_267 = [
    # 265 (an interview): "…; hết năm 2026 là 100%": a year and "là" before the value of the measure named before
    ("Đến ngày 31/12/2025 phải giải quyết xong chế độ cho ít nhất 75% số người dôi dư; hết năm 2026 là 100%.",
     [(">=", 75, "%", "số người dôi dư"), ("=", 100, "%", "số người dôi dư")]),
    # 264: "nhãn hiệu tập thể" and "tổ chức" are counted whole (not "tổ"); "tổ chức, cá nhân" is the pair the law names
    ("Phấn đấu đăng ký mới 12 - 15 nhãn hiệu tập thể; mỗi năm cấp quyền sử dụng chỉ dẫn địa lý cho không dưới 40 tổ chức, "
     "cá nhân, nâng tổng số lên trên 450 tổ chức, cá nhân vào năm 2030.",
     [("=", 12, "nhãn hiệu tập thể"), (">=", 40, "tổ chức", "tổ chức, cá nhân"), (">", 450, "tổ chức", "tổ chức, cá nhân")]),
    # 267 (a resolution): "đối với đơn vị thuộc Ủy ban nhân dân cấp xã" names a level; "giảm ít nhất 10% số ĐVSNCL" is no
    # restatement of "giảm bình quân 10% chi trực tiếp … cho ĐVSNCL" (another head, another comparator)
    ("b) Giảm bình quân 10% chi trực tiếp từ NSNN cho ĐVSNCL so với giai đoạn 2021 - 2025.\nc) Giảm ít nhất 10% số ĐVSNCL "
     "so với năm 2025.", [("=", 10, "%", "chi trực tiếp từ NSNN cho ĐVSNCL"), (">=", 10, "%", "số ĐVSNCL")]),
]


def test_a_resolution_issued_late_in_the_year_reports_that_year():
    # held-out 267: the resolution itself, issued 09/12/2025, assesses "… năm 2025 giảm 11,6% so với năm 2020" in its
    # Điều 1; its goals for 2030 stay goals; "Riêng năm 2025, phấn đấu …; …" keeps its later clauses goals too
    from kh_extract import extract
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH LẠNG SƠN\n\nSố: 64/NQ-HĐND\n\nLạng Sơn, ngày 09 tháng 12 năm 2025\n\nNGHỊ QUYẾT\n\n"
            "Điều 1. Chi thường xuyên từ ngân sách nhà nước cho các đơn vị năm 2025 giảm 11,6% so với năm 2020.\n\n"
            "Điều 2. Đến năm 2030, giảm bình quân 10% chi trực tiếp từ ngân sách.\n\nRiêng năm 2025, phấn đấu tiết kiệm "
            "120 tỷ đồng; giảm 3% số đơn vị.")
    assert [(t.value, t.kind) for t in extract(text).targets] == [(11.6, "result"), (10, "target"), (120, "target"),
                                                                   (3, "target")]


def test_levels_of_units_and_reports_joined_by_and():
    # held-out 267: "đạt tối thiểu 35% đối với đơn vị cấp tỉnh và 15% đối với đơn vị thuộc Ủy ban nhân dân (UBND) cấp xã"
    doc = Document.from_text("Tỷ lệ ĐVSNCL tự bảo đảm chi thường xuyên đạt tối thiểu 35% đối với đơn vị cấp tỉnh và 15% đối "
                             "với đơn vị thuộc Ủy ban nhân dân (UBND) cấp xã.")
    assert [(t.value, t.level) for t in find(doc, now=2025)] == [(35, "tinh"), (15, "xa")]
    # 264 (a PDF bulletin): "chỉ khoảng 27% sả-\nn lượng na và 12% sản lượng hồi …" reports both; the cut word joins
    doc = Document.from_text("Dù vậy, chỉ khoảng 27% sả-\nn lượng na và 12% sản lượng hồi có tem truy xuất nguồn gốc.")
    assert [(t.value, t.subject, t.kind) for t in find(doc, now=2024)] == [(27, "sản lượng na", "result"),
                                                                          (12, "sản lượng hồi", "result")]


BLIND_268_271 = [
    # 270 (a Zalo OA message): a label that says whom ("Cán bộ chống lao được tập huấn phác đồ mới:") stands before the
    # level each value gives; a rate label ("Tỷ lệ điều trị thành công:") measures each group after it
    ("Cán bộ y tế được tập huấn phác đồ mới: 100% tuyến tỉnh, 95% tuyến huyện, 85% tuyến xã",
     [("=", 100, "%", "Cán bộ y tế tuyến tỉnh"), ("=", 95, "%", "Cán bộ y tế tuyến huyện"), ("=", 85, "%", "Cán bộ y tế tuyến xã")]),
    ("Tỷ lệ điều trị thành công: lao mới và tái phát > 90%, lao kháng thuốc ≥ 80%",
     [(">", 90, "%", "Tỷ lệ điều trị thành công lao mới và tái phát"),
      (">=", 80, "%", "Tỷ lệ điều trị thành công lao kháng thuốc")]),
    # … "đợt khám lưu động" is one noun; 271: "đào tạo tập trung (60) vận động viên", "huy chương vàng" counted whole
    ("Năm 2025 mỗi huyện tổ chức 2 - 3 đợt khám lưu động; đào tạo tập trung 60 vận động viên năng khiếu; phấn đấu giành trên "
     "55 huy chương, trong đó không dưới 12 huy chương vàng.",
     [("=", 2, "đợt", "đợt khám lưu động"), ("=", 60, "vận động viên", "vận động viên năng khiếu"), (">", 55, "huy chương"),
      (">=", 12, "huy chương vàng")]),
]


def test_emoji_sections_numbered_contents_and_a_table_that_restates_the_text():
    # held-out 270: "📉 Nhìn lại năm 2024" over last year's figures, "🎯 Việc cần làm trong năm nay" over this year's goals
    doc = Document.from_text("📉 Nhìn lại năm 2024\n🔸 Phát hiện 1.036 người mắc lao các thể\n\n🎯 Việc cần làm trong năm nay\n"
                             "1️⃣ Phát hiện, đưa vào điều trị từ 1.100 người mắc lao các thể trở lên\n"
                             "2️⃣ Thu dung điều trị tối thiểu 35 người bệnh lao kháng thuốc", published=date(2025, 3, 24))
    assert [(t.value, t.kind) for t in find(doc, now=2025)] == [(1036, "result"), (1100, "target"), (35, "target")]
    # 247: a numbered table of contents ("2. Mục tiêu 62.000 căn …" then "3. Thiết chế …") opens no goals section
    # over the article's "1. Gần 72% công nhân …" below it
    doc = Document.from_text("Nội dung chính\n1. Gần 72% công nhân vẫn phải thuê trọ\n2. Mục tiêu 62.000 căn đến năm 2030\n"
                             "3. Thiết chế công đoàn\n\n1. Gần 72% công nhân vẫn phải thuê trọ\nKhảo sát cho thấy gần 72% công "
                             "nhân đang thuê phòng trọ của dân.", published=date(2025, 9, 18))
    assert {t.kind for t in find(doc, now=2025) if t.value == 72} == {"result"}
    # 271: the closing table's rows count in the "ĐVT" column's generic word ("Người", "Bể"); they restate the text's
    # goals ("60 vận động viên", "03 bể bơi") and a range cell ("20 - 25") restates "từ 20 - 25 huy chương"
    doc = Document.from_text("Năm 2025 đào tạo 60 vận động viên năng khiếu; xây mới 03 bể bơi lắp ghép; phấn đấu năm 2024 giành "
                             "từ 20 - 25 huy chương tại các giải cấp Thành phố.\n\nSTT | Chỉ tiêu | ĐVT | Năm 2024 | Năm 2025\n"
                             "1 | Vận động viên năng khiếu | Người | ≥ 50 | 60\n2 | Bể bơi lắp ghép | Bể | 1 | 3\n"
                             "3 | Huy chương tại các giải cấp Thành phố | Huy chương | 20 - 25 | 25 - 30\n")
    found = [(t.value, t.value_max, t.unit) for t in find(doc, now=2024)]
    assert found == [(60, None, "vận động viên"), (3, None, "bể bơi"), (20, 25, "huy chương"), (50, None, "người"),
                     (1, None, "bể"), (25, 30, "huy chương")]


BLIND_272_275 = [
    # 272: "đến tháng 6/2025 thị trấn …" is a month, no fraction of towns; "56/59 tiêu chuẩn", "nhà tang lễ" are counted
    ("Theo đó, đến tháng 6/2025 thị trấn Phong Sơn phải đạt tối thiểu 56/59 tiêu chuẩn; xây dựng mới 01 nhà tang lễ.",
     [(">=", 56, "tiêu chuẩn", "thị trấn Phong Sơn"), ("=", 1, "nhà tang lễ")]),
    # 273: "Cử 200 lượt …" makes a count; "người có trình độ tiến sĩ" is one noun
    ("Năm 2025 cử 200 lượt cán bộ đi đào tạo sau đại học; mỗi bệnh viện có ít nhất 03 người có trình độ tiến sĩ.",
     [("=", 200, "lượt cán bộ"), (">=", 3, "người", "người có trình độ tiến sĩ")]),
    # 269 (an infographic): "Không quá 5%" alone on its line joins its label; a range of counts is planned
    ("Không quá 5%\ncơ sở nhà, đất dôi dư còn để trống\n\n35 - 40\ntrụ sở bố trí làm trạm y tế",
     [("<=", 5, "%"), ("=", 35, "trụ sở")]),
]


def test_tables_one_cell_per_line_indicator_lines_benefits_and_place_descriptions():
    # held-out 268: a Word table pasted one cell per line reads as a table
    doc = Document.from_text("TT\nNội dung chỉ tiêu\nĐơn vị tính\nThực hiện năm 2024\nKế hoạch năm 2025\n1\nThành viên tổ bảo "
                             "vệ được bố trí\nNgười\n1.039\n1.080\n2\nThành viên được trang bị công cụ hỗ trợ\n%\n64,5\n≥ 90\n")
    assert [(t.comparator, t.value, t.unit, t.deadline) for t in find(doc, now=2025)] == [("=", 1080, "người", 2025),
                                                                                        (">=", 90, "%", 2025)]
    # 274 (a press release): "label (unit): value" lines without list markers, dated and kinded by the line above them
    doc = Document.from_text("Kết quả 10 tháng năm 2024\nTổn thất điện năng (%): 4,86\n\nChỉ tiêu năm 2025\n"
                             "Tổn thất điện năng (%): 4,2\nSAIFI (lần/khách hàng): tối đa 4,5\n")
    assert [(t.value, t.comparator, t.kind, t.deadline) for t in find(doc, now=2024)] == [
        (4.86, "=", "result", 2024), (4.2, "=", "target", 2025), (4.5, "<=", "target", 2025)]
    # 268, 273: what a policy pays is no goal ("tổ trưởng được hỗ trợ 1.500.000 đồng/tháng", a "Hỗ trợ …:" line of rates)
    doc = Document.from_text("Theo Nghị quyết, tổ trưởng được hỗ trợ 1.500.000 đồng/tháng.\n3.1.1. Hỗ trợ một lần khi nhận công "
                             "tác: tiến sĩ 300 triệu đồng/người; thạc sĩ 150 triệu đồng/người.")
    assert find(doc, now=2025) == []
    # 272: a paragraph that opens by describing the place ("… có diện tích tự nhiên …") reports
    doc = Document.from_text("Thị trấn có diện tích tự nhiên 23,46 km², dân số khoảng 21.500. Tỷ lệ đường đô thị được chiếu sáng "
                             "đạt 85%¹, song mới 41% ngõ, hẻm có đèn.", published=date(2024, 10, 14))
    assert {t.kind for t in find(doc, now=2024)} == {"result"}


BLIND_276_279 = [
    # 277: "tối thiểu 6 lượt/tháng trên sông Tiền, 4 lượt/tháng trên sông Hậu": the place ends an item, the measure and its
    # floor go on; "bến bãi", "bến" are counted
    ("Năm 2026 số lượt tuần tra tối thiểu 6 lượt/tháng trên sông Tiền, 4 lượt/tháng trên sông Hậu; xóa bỏ 23 bến bãi tập kết.",
     [(">=", 6, "lượt/tháng", "số lượt tuần tra"), (">=", 4, "lượt/tháng", "số lượt tuần tra"), ("=", 23, "bến bãi")]),
    # 278 (a livestream transcript): "trồng mới từ 600 đến 800 ha quế" is made, not described by the "diện tích" after it;
    # ", nâng diện tích … lên" opens a measure anew; "90 phần trăm" read out; "…; có thêm 4 xã đạt …" is to come
    ("Một là, trồng mới từ 600 đến 800 ha quế, nâng diện tích được chứng nhận lên 4.500 ha; 90 phần trăm diện tích quế đến "
     "tuổi khai thác phải có mã số vùng trồng; có thêm 4 xã đạt chỉ tiêu 13.3.",
     [("=", 600, "ha", "quế"), ("=", 4500, "ha", "diện tích được chứng nhận"), ("=", 90, "%"), ("=", 4, "xã")]),
    # 279: "Đưa Chỉ số PCI của tỉnh vào nhóm 10 địa phương dẫn đầu" sets a rank
    ("a) Đưa Chỉ số PCI của tỉnh vào nhóm 10 địa phương dẫn đầu cả nước.", [("=", 10, "địa phương", "Chỉ số PCI của tỉnh")]),
]


def test_tables_with_spanning_headers_and_indicator_lines_by_year():
    # held-out 277: rows parted by blank lines; "Năm 2025" and "Năm 2026" each span "Kế hoạch | Ước TH" on the next row
    doc = Document.from_text("Chỉ tiêu\tNăm 2025\tNăm 2026\n\nKế hoạch\tƯớc TH\tKế hoạch\tƯớc TH\n\n"
                             "1. Số mỏ cát được phép khai thác (mỏ)\t14\t12\t11\t-\n\n"
                             "2. Thu ngân sách từ khai thác cát (tỷ đồng)\t80\t86,3\t≥ 90\t-\n")
    assert [(t.value, t.comparator, t.unit, t.deadline, t.subject) for t in find(doc, now=2025)] == [
        (14, "=", "mỏ", 2025, "Số mỏ cát được phép khai thác"), (11, "=", "mỏ", 2026, "Số mỏ cát được phép khai thác"),
        (80, "=", "tỷ đồng", 2025, "Thu ngân sách từ khai thác cát"), (90, ">=", "tỷ đồng", 2026, "Thu ngân sách từ khai thác cát")]
    # 279: one indicator per line, its fields parted by ";" and a value per year; a year before the text's reports
    doc = Document.from_text("1. Chỉ số DDCI bình quân khối sở, ban, ngành cấp tỉnh; điểm; 2024: 68,5; 2025: ≥ 72; 2026: ≥ 75\n"
                             "2. Chỉ số DDCI bình quân khối xã, phường; điểm; 2024: -; 2025: ≥ 65; 2026: ≥ 70\n")
    assert [(t.value, t.comparator, t.deadline, t.kind) for t in find(doc, now=2025)] == [
        (68.5, "=", 2024, "result"), (72, ">=", 2025, "target"), (75, ">=", 2026, "target"),
        (65, ">=", 2025, "target"), (70, ">=", 2026, "target")]


BLIND_280_283 = [
    # 281: "sau khi có chỉ định" tells when, it sets no condition; "người/1.000 dân" is a rate; "cặp kính" is counted;
    # "17 xã đã đạt chuẩn tiếp tục giữ vững …" says which communes and what they keep
    ("Năm 2025, thời gian chờ mổ của người bệnh sau khi có chỉ định tối đa 30 ngày; tỷ lệ phẫu thuật đạt trên 3 người/1.000 "
     "dân; cấp miễn phí từ 400 - 450 cặp kính; 17 xã đã đạt chuẩn tiếp tục giữ vững Tiêu chí số 15 về Y tế.",
     [("<=", 30, "ngày"), (">", 3, "người/1.000 dân"), ("=", 400, "cặp kính"), ("=", 17, "xã")]),
    # 282: a shortfall is no goal, though the next item is one; a rate is a measure, not a bare count
    ("Lào Cai thiếu hơn 2.100 giáo viên, năm học mới tuyển ít nhất 950 giáo viên; nâng tỷ lệ giáo viên mẫu giáo lên 1,75 "
     "giáo viên/lớp.", [(">=", 950, "giáo viên"), ("=", 1.75, "giáo viên/lớp", "tỷ lệ giáo viên mẫu giáo")]),
    # 283: "cả năm 2025 thu hồi …" is who and when, the sum is of what follows; "doanh nghiệp có số nợ lớn" is one noun
    ("Kế hoạch đặt yêu cầu cả năm 2025 thu hồi không dưới 1.350 tỷ đồng nợ đọng; làm việc trực tiếp với ít nhất 60 doanh "
     "nghiệp có số nợ lớn.", [(">=", 1350, "tỷ đồng", "nợ đọng"), (">=", 60, "doanh nghiệp", "doanh nghiệp có số nợ lớn")]),
]


def test_reports_tables_csv_exports_and_a_past_period():
    # held-out 280: a table that compares periods ("Kỳ này | Cùng kỳ | Tăng/giảm") holds no goal, "+12,5%" included
    doc = Document.from_text("Chỉ tiêu | Kỳ này | Cùng kỳ | Tăng/giảm\nSố vụ tai nạn | 4 | 7 | -3\n"
                             "Phương tiện đăng ký mới (chiếc) | 1.284 | 1.141 | +12,5%\n")
    assert find(doc, now=2025) == []
    # 283: a CSV export with quoted fields reads as a table
    doc = Document.from_text('"Chỉ tiêu","ĐVT","Thực hiện năm 2024","Kế hoạch năm 2025"\n'
                             '"Tổng số tiền thuế nợ","tỷ đồng","3.284,6","2.700"\n"Số quyết định cưỡng chế","quyết định","3.950","4.500"\n')
    assert [(t.value, t.unit, t.deadline) for t in find(doc, now=2025)] == [(2700, "tỷ đồng", 2025), (4500, "quyết định", 2025)]
    # 282: "Năm học vừa qua, các trường phải hợp đồng 587 giáo viên" is what had to be done
    doc = Document.from_text("Năm học vừa qua, các trường phải hợp đồng 587 giáo viên.")
    assert [t.kind for t in find(doc, now=2025)] == ["result"]


BLIND_284_287 = [
    # 284 (a gazette page): "95% số hộ có đất bị thu hồi tại xã A, 90% tại xã B và 85% tại xã C": each place's share of
    # the first item's measure
    ("c) Năm 2025 ít nhất 95% số hộ có đất bị thu hồi tại xã Toàn Thắng, 90% tại xã Hoàng Diệu và 85% tại xã Gia Tân nhận "
     "xong tiền bồi thường.",
     [(">=", 95, "%", "số hộ có đất bị thu hồi tại xã Toàn Thắng"), (">=", 90, "%", "số hộ có đất bị thu hồi tại xã Hoàng Diệu"),
      (">=", 85, "%")]),
    # 285: "nâng tổng số lên không dưới 85 tổ" totals the noun counted before; "bình chữa cháy" is counted
    ("Năm 2025 phường thành lập mới 40 tổ liên gia an toàn PCCC, nâng tổng số lên không dưới 85 tổ; mỗi ki-ốt có ít nhất "
     "một bình chữa cháy.",
     [("=", 40, "tổ liên gia"), (">=", 85, "tổ", "tổ liên gia an toàn PCCC"), (">=", 1, "bình chữa cháy")]),
]


def test_a_past_term_reports_and_an_admission_sets_no_goal():
    # held-out 287 (a congress speech): "Qua 5 năm, toàn tỉnh đã …. Dư nợ … đạt 1.092 tỷ đồng" reports in its later
    # sentences; "phải thẳng thắn nhìn nhận: tỷ lệ … mới đạt 29,5%" admits, it sets no goal
    doc = Document.from_text("Qua 5 năm, toàn tỉnh đã hỗ trợ 438 dự án khởi nghiệp. Dư nợ ủy thác do Đoàn quản lý đạt 1.092 tỷ "
                             "đồng.\n\nTuy nhiên, phải thẳng thắn nhìn nhận: tỷ lệ thanh niên qua đào tạo mới đạt 29,5%.")
    assert {t.kind for t in find(doc, now=2027)} == {"result"}


BLIND_288_291 = [
    # 289: a figure in brackets counts the noun named before the bracket ("camera phạt nguội tại nút giao (ít nhất 60
    # camera)", "số trường hợp … (tối thiểu 25.000 trường hợp/quý)"); "/quý" is a rate
    ("Năm 2026 Công an tỉnh lắp đặt bổ sung camera phạt nguội tại nút giao, đoạn đèo dốc (ít nhất 60 camera); số trường hợp "
     "được kiểm tra nồng độ cồn (tối thiểu 25.000 trường hợp/quý).",
     [(">=", 60, "camera", "camera phạt nguội"), (">=", 25000, "trường hợp/quý", "số trường hợp được kiểm tra nồng độ cồn")]),
    # 288: a label names the task, the area counts what follows it; "hai con số … là 70% diện tích …" names the figures
    # after the value; "con số" counts no animals
    ("Giải pháp 5. Tưới thông minh: tối thiểu 150 ha cam, bưởi được lắp cảm biến. Hai con số xã phải về đích là 70% "
     "diện tích cây có múi có nhật ký điện tử.",
     [(">=", 150, "ha", "cam, bưởi"), ("=", 70, "%", "diện tích cây có múi")]),
    # 291: "Toàn phường thu gom (tối thiểu 15 tấn phế thải …)"; "…, với tỷ lệ hộ … đạt từ 95% trở lên" opens a rate
    ("Năm 2025 toàn phường thu gom tối thiểu 15 tấn phế thải, vỏ xe; các khu phố gắn chiến dịch với việc giữ vững chỉ tiêu "
     "17.8, với tỷ lệ hộ có thiết bị chứa nước hợp vệ sinh đạt từ 95% trở lên.",
     [(">=", 15, "tấn", "phế thải, vỏ xe"), (">=", 95, "%", "tỷ lệ hộ có thiết bị chứa nước hợp vệ sinh")]),
]


def test_what_a_place_has_is_no_goal():
    # held-out 288: "Xã Cao Phong … có khoảng 2.150 ha cam, bưởi" describes the commune
    doc = Document.from_text("Xã Cao Phong đi vào hoạt động từ ngày 01/7/2025, có khoảng 2.150 ha cam, bưởi.")
    assert find(doc, now=2025) == []


def test_round_the_clock_and_who_people_are_are_no_goals():
    # held-out 253: "trực màn hình 24/24 giờ"; 252: "mười một bản với 1 468 hộ, trên 95% là đồng bào Mông"
    assert find(Document.from_text("Phấn đấu bố trí cán bộ trực màn hình 24/24 giờ."), now=2025) == []
    doc = Document.from_text("Toàn xã có mười một bản với 1 468 hộ, trên 95% là đồng bào Mông.")
    assert [t for t in find(doc, now=2024) if t.unit == "%"] == []


def test_minutes_english_summaries_and_ascii_tables():
    # held-out 258: a meeting's minutes: what speakers propose under "Ý kiến thảo luận:" sets no goal, the "Kết luận:" does
    doc = Document.from_text("Ý kiến thảo luận:\n1. Ông A, Trưởng phòng: đề xuất năm 2024 nâng diện tích lúa tham gia bảo "
                             "hiểm lên khoảng 1.500 ha.\n\nKết luận:\n- Năm 2024, diện tích lúa được bảo hiểm đạt tối thiểu "
                             "1.200 ha.")
    assert [(t.value, t.kind) for t in find(doc, now=2024)] == [(1200, "target")]
    # 256: an English summary repeats the figures in another language
    doc = Document.from_text("Phấn đấu giảm ít nhất 75% rác thải nhựa trên biển.\n\nSummary: By 2030 the province aims to cut "
                             "plastic litter at sea by at least 75% and restore 50 ha of coral reef.")
    assert [t.value for t in find(doc, now=2025)] == [75]
    # 257: a table drawn in ASCII, "KH 2025" a goal column and "TH 2023" what was done
    text = ("+----+-----------------------------+--------+---------+---------+\n"
            "| TT | Chỉ tiêu                    | ĐVT    | TH 2023 | KH 2025 |\n"
            "+----+-----------------------------+--------+---------+---------+\n"
            "| 1  | Camera giám sát kết nối IOC | camera | 186     | >= 350  |\n"
            "+----+-----------------------------+--------+---------+---------+\n")
    found = [(t.comparator, t.value, t.unit, t.deadline) for t in find(Document.from_text(text), now=2024, horizon=2025)]
    assert found == [(">=", 350, "camera", 2025)]
    # 259: "trồng mới, phục hồi từ 1.500 - 1.800 ha | rừng phòng hộ ven biển": the verbs measure what follows
    found = find(Document.from_text("Năm 2026 trồng mới, phục hồi từ 1.500 - 1.800 ha rừng phòng hộ ven biển."), now=2025)
    assert [(t.value, t.value_max, t.subject) for t in found] == [(1500, 1800, "rừng phòng hộ ven biển")]


def test_acts_counted_in_times_and_a_report_of_two_years():
    # held-out 262: "1.200 lượt | tuần tra, truy quét" counts times an act is done; "1.500 lượt thanh niên" visits of whom
    found = find(Document.from_text("Mỗi năm tối thiểu 1.200 lượt tuần tra, truy quét; thu hút 1.500 lượt thanh niên tham gia."),
                 now=2025)
    assert [(t.value, t.unit) for t in found] == [(1200, "lượt"), (1500, "lượt thanh niên")]


# The tenth session's held-out batches, all written in 2025: (cases, the horizon their plans run to)
TENTH_SESSION_BATCHES = {
    "264-267": (BLIND_264_267, 2030), "268-271": (BLIND_268_271, 2025), "272-275": (BLIND_272_275, 2025),
    "276-279": (BLIND_276_279, 2026), "280-283": (BLIND_280_283, 2025), "284-287": (BLIND_284_287, 2025),
    "288-291": (BLIND_288_291, 2030),
}


@pytest.mark.parametrize("text,expected,horizon", [
    pytest.param(text, expected, horizon, id=f"{name}-{i}")
    for name, (cases, horizon) in TENTH_SESSION_BATCHES.items() for i, (text, expected) in enumerate(cases)])
def test_blind_batches_of_the_tenth_session(text, expected, horizon):
    _assert_goals(find(Document.from_text(text), now=2025, horizon=horizon), expected)


# The eleventh session's held-out batches (written 2025): paraphrases of what they taught
BLIND_292_295 = [
    # 292: a year's value after the first names the same measure ("…, năm 2027 là 4.600 doanh nghiệp"); a period with its
    # yearly average is an item of its own ("…, giai đoạn 2028 - 2030 bình quân không dưới 5.000 doanh nghiệp/năm")
    ("Số doanh nghiệp thành lập mới năm 2026 là 4.200 doanh nghiệp, năm 2027 là 4.600 doanh nghiệp, giai đoạn 2028 - 2030 "
     "bình quân không dưới 5.000 doanh nghiệp/năm.",
     [("=", 4200, "doanh nghiệp", "Số doanh nghiệp thành lập mới"), ("=", 4600, "doanh nghiệp", "Số doanh nghiệp thành lập mới"),
      (">=", 5000, "doanh nghiệp/năm", "Số doanh nghiệp thành lập mới")]),
    # 292: a subject that is only a period takes the noun the sentence named; the digital "số" of "chuyển đổi số" opens no count
    ("Trong tổng số 2.000 hộ chuyển đổi, giai đoạn 2026 - 2027 phải đạt tối thiểu 700 hộ; chỉ số chuyển đổi số DTI đạt từ "
     "0,55 điểm trở lên.",
     [(">=", 700, "hộ", "hộ chuyển đổi"), (">=", 0.55, "điểm", "chỉ số chuyển đổi số DTI")]),
    # 293: "nhà ăn", "phòng ở" are counted whole; "/năm học" is a rate; how often, in a share's action, is no goal
    ("Xây mới 02 nhà ăn và 24 phòng ở bán trú; 100% học sinh bán trú được khám sức khỏe ít nhất 1 lần/năm học và tẩy giun "
     "2 lần/năm; huy động nguồn xã hội hóa không dưới 200 triệu đồng/năm học.",
     [("=", 2, "nhà ăn"), ("=", 24, "phòng ở"), ("=", 100, "%", "học sinh bán trú"),
      (">=", 200, "triệu đồng/năm học", "nguồn xã hội hóa")]),
    # 293: whom each is set for and a verb of making: the area measures what follows it
    ("Mỗi trường có học sinh bán trú xây dựng tối thiểu 300 m2 vườn rau.", [(">=", 300, "m2", "vườn rau")]),
    # 294: "toàn bộ phương tiện" is all of them; vehicles are counted ("xe máy", "trụ sạc"); a roadmap to a later year
    # reads "đã sử dụng" as which motorbikes
    ("Đến năm 2026, toàn bộ phương tiện chở khách tham quan được gắn thiết bị giám sát hành trình; lắp đặt mới ít nhất 350 "
     "trụ sạc công cộng; đến năm 2028, thu đổi 12.000 - 15.000 xe máy xăng đã sử dụng trên 15 năm.",
     [("=", 100, "%", "phương tiện chở khách tham quan"), (">=", 350, "trụ sạc"), ("=", 12000, "xe máy", "xe máy xăng")]),
    # 295: each place's share of a whole handed out ("giao cho các xã như sau: xã …: 2,5 km") is the whole's measure there;
    # a clause that opens with its measure keeps it over a comma in its noun phrase
    ("Kiên cố hóa 14,2 km kênh mương nội đồng; giao cho các xã như sau: xã Chiềng Pằn: 2,5 km; xã Sặp Vạt: 1,8 km.\n"
     "2. Chỉ tiêu năm 2025\nc) Diện tích cây ăn quả áp dụng tưới nhỏ giọt, tưới phun mưa cục bộ tăng thêm 150 - 180 ha.",
     [("=", 14.2, "km", "kênh mương nội đồng"), ("=", 2.5, "km", "kênh mương nội đồng xã Chiềng Pằn"),
      ("=", 1.8, "km", "kênh mương nội đồng xã Sặp Vạt"),
      ("=", 150, "ha", "Diện tích cây ăn quả áp dụng tưới nhỏ giọt, tưới phun mưa cục bộ")]),
]


def test_joined_items_share_the_criterion_their_last_one_serves():
    # held-out 293: "Xây mới 02 nhà ăn và 24 phòng ở bán trú, góp phần giữ vững Tiêu chí số 5 về Trường học"
    found = find(Document.from_text("Phấn đấu xây mới 02 nhà ăn và 24 phòng ở bán trú, góp phần giữ vững Tiêu chí số 5 về "
                                    "Trường học."), now=2025)
    assert [(t.value, t.criteria) for t in found] == [(2, ["5"]), (24, ["5"])]


def test_public_pages_two_digit_growth_counts_no_animals():
    # a business paper's headline: "kiên định mục tiêu tăng trưởng 2 con số" is growth in two digits
    assert find(Document.from_text("Khai mở động lực mới, kiên định mục tiêu tăng trưởng 2 con số trong năm 2026."),
                now=2026) == []


def test_public_pages_a_count_of_places_that_have_a_share_reports_and_a_label_names_its_count():
    # a national summary: "Ngoài ra, 16 tỉnh có 100% số xã đạt chuẩn nông thôn mới" tells what is, no goal
    found = find(Document.from_text("Ngoài ra, 16 tỉnh có 100% số xã đạt chuẩn nông thôn mới."), now=2025)
    assert all(t.kind == "result" for t in found) and [t.value for t in found if t.unit == "%"] == [100]
    # a district congress's goals: "8. Tổng số doanh nghiệp mới được thành lập thời kỳ 2021-2025: 100 doanh nghiệp"
    found = find(Document.from_text("Các chỉ tiêu chủ yếu: 8. Tổng số doanh nghiệp mới được thành lập thời kỳ 2021-2025: "
                                    "100 doanh nghiệp."), now=2020)
    assert [(t.value, t.subject, t.kind) for t in found] == [(100, "Tổng số doanh nghiệp mới được thành lập", "target")]


BLIND_296_299 = [
    # 296: a place ranked in a group "dẫn đầu về điểm thi tốt nghiệp THPT" is ranked on what follows; "giải nhất" counted
    ("Phấn đấu đến năm 2026 vào nhóm 20 tỉnh dẫn đầu về điểm thi tốt nghiệp THPT; mỗi năm có tối thiểu 01 giải nhất.",
     [("=", 20, "tỉnh", "điểm thi tốt nghiệp THPT"), (">=", 1, "giải nhất")]),
    # 296: "…, năm 2026 không thấp hơn 6,9 điểm" after "… đạt 6,75 điểm trở lên" is the same measure, a year on
    ("Điểm trung bình các môn thi năm 2025 đạt 6,75 điểm trở lên, năm 2026 không thấp hơn 6,9 điểm.",
     [(">=", 6.75, "điểm"), (">=", 6.9, "điểm", "Điểm trung bình các môn thi")]),
    # 298: a phone post's lines broken after a bracket; "kg/con" a rate
    ("✅ Diện tích trồng cỏ thâm canh (VA06, Mombasa, Ruzi)\nđạt 150 ha.\n✅ Bò thịt xuất chuồng đạt bình quân 400 – 450 "
     "kg/con.", [("=", 150, "ha", "Diện tích trồng cỏ thâm canh"), ("=", 400, "kg/con")]),
]


def test_readers_comments_and_a_mass_each_month():
    # held-out 298: a comment under the post ("Nhà em có 3 con bò cái …") sets no goal
    text = ("Phấn đấu đến năm 2030 đàn bò đạt 2.000 con.\n\nBình luận nổi bật\nLê Văn Thắng: Nhà em có 3 con bò cái, đăng ký "
            "phối tinh ở đâu ạ?")
    assert [t.value for t in find(Document.from_text(text), now=2025)] == [2000]
    # 141: "giảm tối thiểu 300 kg mỗi tháng" is "300 kg/tháng", the goal said before as "300 kg rác thải nhựa/tháng"
    found = find(Document.from_text("Lượng rác thải nhựa phát sinh giảm tối thiểu 300 kg mỗi tháng."), now=2025)
    assert [(t.value, t.unit) for t in found] == [(300, "kg/tháng")]


def test_a_table_whose_bars_were_lost_and_its_rows_said_in_the_text():
    # held-out 299: columns kept apart by spaces; "MWp" as written; a row the text says first, in its own words, is one goal
    text = ("Năm 2026, ít nhất 60% cơ sở thuộc danh mục hoàn thành kiểm kê khí nhà kính cấp cơ sở.\n"
            "Chỉ tiêu  ĐVT  2026  2030\n"
            "Tỷ lệ cơ sở hoàn thành kiểm kê KNK cấp cơ sở   %   60   100\n"
            "Điện mặt trời mái nhà lắp mới (lũy kế)   MWp   150   600\n")
    found = find(Document.from_text(text), now=2025, horizon=2030)
    assert [(t.value, t.unit, t.deadline) for t in found] == [(60, "%", 2026), (100, "%", 2030), (150, "MWp", 2026),
                                                              (600, "MWp", 2030)]


def test_the_prefix_tree_of_counted_nouns_matches_what_the_alternation_matches():
    # the value pattern reads its counted nouns as one prefix tree; it must match the same phrases, longest first
    from kh_extract.extractors.targets import _alternation, _trie
    import regex
    words = ["xe", "xe buýt", "xe máy", "xe máy điện", "hộ", "hộ nghèo", "tỷ đồng", "nghìn tỷ đồng"]
    tree, alternation = (regex.compile(rf"(?:{p})(?!\w)") for p in (_trie(words), _alternation(words)))
    for text in ["xe máy điện mới", "xe máy xăng", "xe buýt", "xem", "hộ nghèo", "hộ   nghèo", "hộ gia đình", "nghìn tỷ đồng"]:
        a, b = tree.match(text), alternation.match(text)
        assert (a and a.group()) == (b and b.group())


BLIND_300_303 = [
    # 300: a heading "2. Đến hết năm 2026" dates the items under it; "lối đi", "đường ngang", "vị trí" are counted
    ("II. MỤC TIÊU\n1. Trong năm 2025\n- Rào đóng tối thiểu 60 lối đi tự mở.\n2. Đến hết năm 2026\n- Lắp cảnh báo tự động "
     "cho ít nhất 15 đường ngang; nâng cấp tại 18 - 22 vị trí không thể xóa bỏ.",
     [(">=", 60, "lối đi"), (">=", 15, "đường ngang"), ("=", 18, "vị trí")]),
    # 301: "Cả 7 trường … giữ vững …" counts the schools of the goal; "kinh phí vận động … đạt 300 - 350 triệu đồng/năm" is a
    # sum to raise, no budget
    ("Phấn đấu kinh phí vận động từ doanh nghiệp đạt 300 - 350 triệu đồng/năm. Cả 7 trường mầm non, tiểu học giữ vững Tiêu "
     "chí số 5 về Trường học.", [("=", 300, "triệu đồng/năm"), ("=", 7, "trường")]),
    # 302: "trong hai năm 2024 - 2025" after a rate is when, not what; a passive's "được" ends no subject
    ("Tổng mức bán lẻ hàng hóa của tỉnh được đặt mục tiêu tăng bình quân 11 - 12%/năm trong hai năm 2024 - 2025; có ít nhất "
     "150 cửa hàng tiện lợi và tổ chức từ 4 đến 6 phiên chợ.",
     [("=", 11, "%/năm", "Tổng mức bán lẻ hàng hóa của tỉnh"), (">=", 150, "cửa hàng tiện lợi"), ("=", 4, "phiên")]),
    # 303: "kể từ khi có cảnh báo" is an event, no threshold's condition; "sức chứa" is what a count of people measures
    ("Năm 2025 ít nhất 90% xóm ven sông tổ chức diễn tập sơ tán; thời gian sơ tán không quá 3 giờ kể từ khi có cảnh báo; mỗi "
     "nhà có sức chứa tối thiểu 100 người.",
     [(">=", 90, "%"), ("<=", 3, "giờ", "thời gian sơ tán"), (">=", 100, "người", "sức chứa")]),
]


def test_a_place_named_like_a_goal_word_and_a_bare_figure_beside_a_predicated_one():
    # held-out 303: "xã Cần Yên" is a place, no "cần" (need): "27 hộ đã đồng thuận …" there reports
    found = find(Document.from_text('Tại xóm "Lũng Pán", xã Cần Yên, 27 hộ đã đồng thuận chuyển đến khu tái định cư mới.'),
                 now=2025)
    assert [(t.value, t.kind) for t in found] == [(27, "result")]
    # 301: "… đạt 95% năm 2027, 100% năm 2030; 100% trẻ … có kế hoạch giáo dục cá nhân": the last is a goal of its own
    found = find(Document.from_text("Kế hoạch đặt mục tiêu tỷ lệ trẻ khuyết tật được đi học hòa nhập đạt 95% năm 2027, 100% "
                                    "năm 2030; 100% trẻ khuyết tật học hòa nhập có kế hoạch giáo dục cá nhân."), now=2025)
    assert [t.value for t in found] == [95, 100, 100]


def test_after_cho_a_clause_with_co_says_which_ones():
    # held-out 300: "Bàn giao mốc giới … cho 100% xã, phường có đường sắt đi qua trước ngày 31/12/2025": the verb stands
    # before "cho"; "có đường sắt đi qua" says which communes (but "100% xã có nhà văn hóa" has "có" as its predicate)
    found = find(Document.from_text("Phấn đấu bàn giao mốc giới cho 100% xã, phường có đường sắt đi qua trước ngày "
                                    "31/12/2025. Phấn đấu 100% xã có nhà văn hóa."), now=2025)
    assert [(t.subject, t.action) for t in found] == [("xã, phường có đường sắt đi qua", "trước ngày 31/12/2025"),
                                                      ("xã", "có nhà văn hóa")]


def test_how_long_a_meeting_lasted_is_no_goal():
    # held-out 142: "Kỳ họp … bế mạc sau 2 ngày làm việc" (but "giải quyết hồ sơ trong 2 ngày làm việc" is a time limit)
    found = find(Document.from_text("Chiều 19/12, Kỳ họp thứ Mười HĐND huyện bế mạc sau 2 ngày làm việc. Năm 2025 phấn đấu "
                                    "giải quyết hồ sơ trong 2 ngày làm việc."), now=2025)
    assert [(t.value, t.unit, t.deadline) for t in found] == [(2, "ngày làm việc", 2025)]


def test_an_event_that_triggers_an_action_sets_no_threshold_and_a_resolve_opens_an_item():
    # corpus 156: "… được di dời … khi có bão từ cấp 10 trở lên" is when the households move, no criterion's threshold;
    # "…, quyết tâm trồng mới 45 ha rừng ngập mặn" opens an item of its own
    found = find(Document.from_text("Theo kế hoạch, đến hết năm 2024 huyện phấn đấu 100% tàu thuyền được thông tin kịp thời; "
                                    "100% hộ dân ở vùng có nguy cơ sạt lở được di dời khi có bão từ cấp 10 trở lên."), now=2024)
    assert [(t.value, t.kind) for t in found] == [(100, "target"), (100, "target")]
    found = find(Document.from_text("Đầm Hà: Sơ tán 1.846 hộ dân trước bão số 3, quyết tâm trồng mới 45 ha rừng ngập mặn trong "
                                    "năm 2024"), now=2024)
    assert [(t.value, t.unit, t.subject) for t in found][-1] == (45, "ha", "rừng ngập mặn")


BLIND_304_305 = [
    # 305: "~" reads as about; "nhà máy" counted; "/tấn sản phẩm" a rate; a measure named anew after a comma with its own
    # comparator is an item of its own; "giá trị gia tăng" qualifies the products, no new measure
    ("Mục tiêu kim ngạch xuất khẩu ≥ 1,1 tỷ USD và ~ 40 nhà máy chế biến đạt chuẩn HACCP; tỷ lệ hao hụt ≤ 3%, định mức tiêu "
     "hao nước ≤ 8 m³/tấn sản phẩm; tỷ trọng sản phẩm chế biến sâu, giá trị gia tăng đạt ≥ 45%.",
     [(">=", 1.1, "tỷ USD", "kim ngạch xuất khẩu"), ("=", 40, "nhà máy"), ("<=", 3, "%"), ("<=", 8, "m³/tấn sản phẩm"),
      (">=", 45, "%", "tỷ trọng sản phẩm chế biến sâu, giá trị gia tăng")]),
    # 305: "đạt 100% đối với doanh nghiệp xuất khẩu, 70% đối với …": the rate among each group
    ("Phấn đấu tỷ lệ cơ sở ứng dụng truy xuất nguồn gốc điện tử đạt 100% đối với doanh nghiệp xuất khẩu, 70% đối với cơ sở "
     "chế biến tiêu thụ nội địa.",
     [("=", 100, "%", "tỷ lệ cơ sở ứng dụng truy xuất nguồn gốc điện tử đối với doanh nghiệp xuất khẩu"),
      ("=", 70, "%", "tỷ lệ cơ sở ứng dụng truy xuất nguồn gốc điện tử đối với cơ sở chế biến tiêu thụ nội địa")]),
    # 304: "cô đỡ thôn bản" counted whole, "/100.000 trẻ đẻ sống" a rate and "tỷ số" a ratio; a figure in a goal's
    # purpose ("để trang bị … cho 100% cô đỡ thôn bản") is no goal of its own
    ("Phấn đấu tỷ số tử vong mẹ giảm xuống dưới 50 ca/100.000 trẻ đẻ sống; đào tạo 120 - 150 cô đỡ thôn bản; vận động không "
     "dưới 3 tỷ đồng để trang bị túi đỡ đẻ sạch, máy đo huyết áp cho 100% cô đỡ thôn bản.",
     [("<", 50, "ca/100.000 trẻ đẻ sống", "tỷ số tử vong mẹ"), ("=", 120, "cô đỡ thôn bản"), (">=", 3, "tỷ đồng")]),
]


def test_public_pages_a_sentence_that_opens_with_statistics_reports():
    # a page quoting old figures: "Theo thống kê của Bộ …, đến cuối năm 2006 toàn Việt Nam còn 58 huyện … trên 50%" reports
    # what the figures showed, though "đến cuối năm" would set a goal elsewhere
    found = find(Document.from_text("Theo thống kê của Bộ Lao động, thương binh và xã hội, đến cuối năm 2006 toàn Việt Nam còn "
                                    "58 huyện có tỷ lệ hộ nghèo trên 50%."))
    assert found and all(t.kind == "result" for t in found)


def test_blind_306_307_a_wrapped_table_cell_a_scoring_scale_and_rules_of_conduct():
    # 306: a pipe table whose long cells wrap onto the next line; "giảm ≥ 30" a fall of at least 30
    text = ("| TT | Chỉ tiêu                                 | ĐVT | Năm 2026  | Năm 2027  |\n"
            "|----|------------------------------------------|-----|-----------|-----------|\n"
            "| 1  | Tỷ lệ bếp ăn tập thể trong khu, cụm công | %   | 100       | 100       |\n"
            "|    | nghiệp được kiểm tra, giám sát            |     |           |           |\n"
            "| 2  | Số vụ ngộ độc thực phẩm tập thể tại bếp  | %   | giảm ≥ 30 | giảm ≥ 50 |\n")
    found = find(Document.from_text(text), now=2025)
    assert [(t.value, t.comparator, t.direction, t.deadline) for t in found] == [
        (100, "=", None, 2026), (100, "=", None, 2027), (30, ">=", "down", 2026), (50, ">=", "down", 2027)]
    assert found[0].subject == "Tỷ lệ bếp ăn tập thể trong khu, cụm công nghiệp được kiểm tra, giám sát"
    # 306: what a rule requires ("đủ 24 giờ theo quy định") and the size of an event to prevent are no goals
    found = find(Document.from_text("Yêu cầu lưu mẫu thức ăn đủ 24 giờ theo quy định; không để xảy ra ngộ độc thực phẩm từ 30 "
                                    "người mắc trở lên; mỗi khu công nghiệp xây dựng ít nhất 01 bếp ăn điểm."), now=2025)
    assert [(t.value, t.unit) for t in found] == [(1, "bếp ăn")]
    # 307: a movement's scoring under "3. Chấm điểm, xếp loại" sets no goal; "… 3 tỷ đồng và 12.000 ngày công" is more of
    # the measure named before
    text = ("2. Chỉ tiêu\n- Nguồn lực Nhân dân đóng góp đạt trên 3 tỷ đồng và 12.000 ngày công.\n3. Chấm điểm, xếp loại\n"
            "- Thôn đạt từ 90 điểm trở lên được xếp loại xuất sắc; không quá 2 hộ vi phạm thì được công nhận.\n")
    found = find(Document.from_text(text), now=2025)
    assert [(t.value, t.subject) for t in found] == [(3, "Nguồn lực Nhân dân đóng góp"), (12000, "Nguồn lực Nhân dân đóng góp")]


BLIND_308_309 = [
    # 308: "… trên 42.000 con vào cuối năm": when, no subject; the figure measures what stands before
    ("Phấn đấu khôi phục tổng đàn lợn lên trên 42.000 con vào cuối năm.", [(">", 42000, "con", "khôi phục tổng đàn lợn")]),
    # 308: "Ở các xã đã đạt chuẩn, …" says which communes; it reports nothing
    ("Ở các xã đã đạt chuẩn, tỷ lệ hộ chăn nuôi có chuồng trại hợp vệ sinh đạt từ 60% trở lên.",
     [(">=", 60, "%", "tỷ lệ hộ chăn nuôi có chuồng trại hợp vệ sinh")]),
    # 309: "ít nhất 30 trong số 37 em": 30 of the 37, counted in their noun; "không để một em nào …" counts no one;
    # "xe đạp" counted whole
    ("Phấn đấu đưa ít nhất 30 trong số 37 em đã nghỉ học trở lại lớp, không để một em nào bỏ học; tặng ít nhất 150 xe đạp.",
     [(">=", 30, "em"), (">=", 150, "xe đạp")]),
    # 308: "tiêm phòng A và B trên đàn trâu, bò lần lượt đạt 85% và 75%": two objects of one verb written once
    ("Tiêm phòng lở mồm long móng và tụ huyết trùng trên đàn trâu, bò lần lượt đạt 85% và 75% tổng đàn.",
     [("=", 85, "%", "Tiêm phòng lở mồm long móng"), ("=", 75, "%", "Tiêm phòng tụ huyết trùng")]),
]


def test_a_summary_box_restates_the_goals_as_a_headline_does():
    # held-out 308: "Tóm tắt:" bullets under the headline and the body's own words for the same goals are one goal each
    text = ("Than Uyên: Chấm dứt thả rông gia súc\n\nTóm tắt:\n• 100% hộ nuôi trâu, bò, ngựa nuôi nhốt hoặc chăn thả có người "
            "trông coi trước 30/6/2025.\n\nTheo kế hoạch, đến hết ngày 30/6/2025, tất cả hộ chăn nuôi trâu, bò, ngựa phải làm "
            "chuồng nuôi nhốt hoặc chăn thả có người trông coi.")
    assert [t.value for t in find(Document.from_text(text), now=2025)] == [100]


def test_blind_310_311_years_on_a_second_header_row_and_last_years_figure_before_a_goal():
    # 311: "Hiện trạng đến | Khối lượng |" over "| 30/9/2025 | Năm 2025 | Năm 2026": the years stand on the row below
    text = ("TT\tNội dung\tĐơn vị tính\tHiện trạng đến\tKhối lượng\t\tGhi chú\n"
            "\t\t\t30/9/2025\tNăm 2025\tNăm 2026\t\n"
            "1\tĐường trục xã, liên xã\t%\t71,5\t86,2\t100\tDài 26 km\n"
            "2\tBộ đèn LED lắp mới\tbộ\t-\t260\t340\t\n")
    found = find(Document.from_text(text), now=2025)
    assert [(t.value, t.unit, t.deadline) for t in found] == [(86.2, "%", 2025), (100, "%", 2026), (260, "bộ", 2025),
                                                              (340, "bộ", 2026)]
    # 310: "Năm 2025 thu gần 42 tỷ đồng …, năm 2026 phấn đấu ít nhất 8 hội chợ" written in January 2026
    found = find(Document.from_text("Thái Nguyên: Năm 2025 thu gần 42 tỷ đồng từ hội chợ nông sản, năm 2026 phấn đấu ít nhất "
                                    "8 hội chợ cấp tỉnh"), now=2026)
    assert [(t.value, t.kind) for t in found] == [(42, "result"), (8, "target")]


BLIND_312_315 = [
    # 313: "…, còn tỷ lệ … phải đạt 70% cấp xã, 40% cấp huyện": a clause of its own; figures that name only their level
    # measure the first one's subject; a floor carried along a list does not reach 100%
    ("Tối thiểu 85% học viên đạt yêu cầu, 100% công chức cấp xã giao tiếp được, còn tỷ lệ cán bộ biết tiếng dân tộc "
     "thiểu số phải đạt 70% cấp xã, 40% cấp huyện.",
     [(">=", 85, "%", "học viên"), ("=", 100, "%"), ("=", 70, "%", "tỷ lệ cán bộ biết tiếng dân tộc thiểu số"),
      ("=", 40, "%", "tỷ lệ cán bộ biết tiếng dân tộc thiểu số")]),
    # 314: "xe quá tải từ 50% trở lên" says which vehicles; "không còn quá" caps
    ("Chỉ tiêu: xe quá tải từ 50% trở lên không còn quá 0,5%; giải tỏa dứt điểm 14 bãi tập kết không phép.",
     [("<=", 0.5, "%", "xe quá tải từ 50% trở lên"), ("=", 14, "bãi")]),
    # 315: "trồng lại không dưới 120 ha rừng sản xuất": "lại" is the verb's; "Riêng X, … trồng bổ sung mười héc-ta": the
    # topic set apart is what the bare figure measures; "cây giống", "vườn ươm" counted whole
    ("Xã phấn đấu trồng lại không dưới 120 ha rừng sản xuất. Riêng rừng phòng hộ đầu nguồn, đến năm 2027 trồng bổ sung "
     "mười héc-ta bằng cây bản địa. Xã sẽ xây dựng ba vườn ươm đạt chuẩn, mỗi năm xuất vườn tối thiểu 500.000 cây giống.",
     [(">=", 120, "ha", "rừng sản xuất"), ("=", 10, "héc-ta", "rừng phòng hộ đầu nguồn"), ("=", 3, "vườn ươm"),
      (">=", 500000, "cây giống")]),
    # 312: "30% lượt khám năm 2026, 50% năm 2027, qua ứng dụng …": the year is the deadline and "qua" opens the means;
    # a label names the measure when the figure's own words only say how it is counted ("tính từ …")
    ("Phấn đấu 30% lượt khám năm 2026, 50% năm 2027, qua ứng dụng của bệnh viện.\n"
     "- Thời gian chờ: tối đa 45 phút tính từ khi tiếp đón đến khi gặp bác sĩ.",
     [("=", 30, "%", "lượt khám"), ("=", 50, "%", "lượt khám"), ("<=", 45, "phút", "Thời gian chờ")]),
    # 314: "…, kinh phí xã hội hóa huy động khoảng 12 - 15 tỷ đồng": a sum to raise after another item, no budget
    ("Chỉ tiêu: lắp camera tại ít nhất 18 nút giao, kinh phí xã hội hóa huy động khoảng 12 - 15 tỷ đồng.",
     [(">=", 18, "nút giao", "nút giao"), ("=", 12, "tỷ đồng")]),
]


BLIND_316_319 = [
    # 317: "trên 8 triệu lượt khách" in the headline is "trên 8 triệu lượt" in the body: one goal; "toàn bộ homestay";
    # "… thêm 3 - 5 điểm du lịch cộng đồng, đến năm 2030 có tối thiểu 50 điểm": the bare count counts what was named
    ("Du lịch Sơn La đặt mục tiêu đón trên 8 triệu lượt khách vào năm 2030\n\nĐáp: Chúng tôi xây dựng lộ trình: năm 2026 "
     "đón 5,5 triệu lượt khách, đến năm 2030 trên 8 triệu lượt. Đến năm 2030, toàn bộ homestay phải được thẩm định. Mỗi "
     "năm, tỉnh hỗ trợ hình thành thêm 3 - 5 điểm du lịch cộng đồng, đến năm 2030 có tối thiểu 50 điểm.",
     [(">", 8, "triệu lượt khách"), ("=", 5.5, "triệu lượt khách"), ("=", 100, "%", "homestay"),
      ("=", 3, "điểm", "điểm du lịch cộng đồng"), (">=", 50, "điểm", "điểm du lịch cộng đồng")]),
    # 318: "(2) tổng giá trị sản xuất (tỷ đồng): 2.770; …": a paragraph's items with their units in brackets
    ("Nghị quyết xác định các chỉ tiêu như sau: (1) tốc độ tăng tổng giá trị sản xuất đạt từ 11,5% trở lên; (2) tổng giá "
     "trị sản xuất (tỷ đồng): 2.770; (3) sản lượng lương thực có hạt (tấn): trên 21.500; (4) có thêm 02 sản phẩm OCOP.",
     [(">=", 11.5, "%"), ("=", 2770, "tỷ đồng", "tổng giá trị sản xuất"),
      (">", 21500, "tấn", "sản lượng lương thực có hạt"), ("=", 2, "sản phẩm")]),
    # 319: "01 điểm/tổ dân phố"; "hộ kinh doanh có diện tích sàn trên 100 m2" says which households; "25 tổ liên gia …,
    # năm 2026 thành lập thêm 40 tổ": the next item's year ends the subject
    ("+ Bố trí điểm chữa cháy công cộng theo định mức 01 điểm/tổ dân phố.\n+ Hộ kinh doanh có diện tích sàn trên 100 m2 "
     "trang bị tối thiểu 02 bình/tầng.\n+ Năm 2025 thành lập mới 25 tổ liên gia an toàn PCCC, năm 2026 thành lập thêm 40 tổ.",
     [("=", 1, "điểm/tổ dân phố"), (">=", 2, "bình/tầng"), ("=", 25, "tổ liên gia", "tổ liên gia an toàn PCCC"),
      ("=", 40, "tổ", "tổ liên gia an toàn PCCC")]),
]


BLIND_320_323 = [
    # 320: "… tăng ít nhất 5 bậc so với năm 2024, điểm DTI đạt trên 0,55 điểm; … và năm 2030 điểm DTI không dưới 0,7
    # điểm": a measure's own clause after a comma, and an item a year opens
    ("Năm 2026 thứ hạng DTI tăng ít nhất 5 bậc so với năm 2024, điểm DTI đạt trên 0,55 điểm; đến năm 2028 DTI nằm trong "
     "nhóm 20 tỉnh dẫn đầu và năm 2030 điểm DTI không dưới 0,7 điểm.",
     [(">=", 5, "bậc"), (">", 0.55, "điểm", "điểm DTI"), ("=", 20, "tỉnh"), (">=", 0.7, "điểm")]),
    # 321: "II.1." is a part of "II. MỤC TIÊU", not a heading that ends it
    ("II. MỤC TIÊU GIAI ĐOẠN 2025 - 2030\nII.1. Về tiếp cận nước sạch\n- Đấu nối mới 45.000 hộ dân.\nII.2. Về công suất\n"
     "- Xây mới 12 nhà máy nước.", [("=", 45000, "hộ dân"), ("=", 12, "nhà máy nước")]),
    # 322: "3. Mức hỗ trợ: … 60 triệu đồng/căn …, ngân sách tỉnh bảo đảm 80%": a policy's rates and shares; "khởi công
    # toàn bộ số nhà làm mới"
    ("2. Mục tiêu\na) Hoàn thành hỗ trợ 78 hộ xóa nhà tạm; khởi công toàn bộ số nhà làm mới trước ngày 20/8/2025.\n"
     "3. Mức hỗ trợ: hộ nghèo được hỗ trợ 60 triệu đồng/căn làm mới, trong đó ngân sách tỉnh bảo đảm 80%, ngân sách xã "
     "20%; hộ người có công hưởng mức 50 triệu đồng/căn.",
     [("=", 78, "hộ"), ("=", 100, "%", "số nhà làm mới")]),
]


BLIND_324_327 = [
    # 326: "… ít nhất 60% HGĐ thực hiện PLTN; năm 2026 nâng lên 80% và đến năm 2027 đạt trên 90%": a year's figure with no
    # noun measures the one before; 216: "… tối thiểu 50% số ô lồng, năm 2026 nâng lên trên 80%": the next item's words
    # are no action of the first
    ("Đến hết năm 2025, ít nhất 60% HGĐ thực hiện PLTN; năm 2026 nâng lên 80% và đến năm 2027 đạt trên 90%.",
     [(">=", 60, "%", "HGĐ"), ("=", 80, "%", "HGĐ"), (">", 90, "%", "HGĐ")]),
    ("Lộ trình: năm 2025 chuyển đổi tối thiểu 50% số ô lồng, năm 2026 nâng lên trên 80%.",
     [(">=", 50, "%", "số ô lồng"), (">", 80, "%", "số ô lồng")]),
    # 325: "báo cáo … trước 17 giờ thứ Sáu hằng tuần": a time of day
    ("Các Huyện đoàn báo cáo tiến độ về Tỉnh đoàn trước 17 giờ thứ Sáu hằng tuần; phấn đấu tổ chức 45 công trình thanh niên.",
     [("=", 45, "công trình")]),
]


BLIND_328_331 = [
    # 328: "Đối với các xã đăng ký đạt chuẩn nông thôn mới trong năm 2026, 100% xã phải có …": a bare noun is the topic's
    ("Đối với các xã đăng ký đạt chuẩn nông thôn mới trong năm 2026, 100% xã phải có sản phẩm chủ lực bán trên sàn.",
     [("=", 100, "%", "xã đăng ký đạt chuẩn nông thôn mới")]),
    # 330: "… chịu tỷ lệ 1,5% (gồm 1% thuế giá trị gia tăng …); dịch vụ ăn uống là 4,5%": a tax's rates; 329: "báo cáo …
    # trong 24 giờ theo Thông tư số …": a time limit a rule sets
    ("Hộ kinh doanh phân phối hàng hóa chịu tỷ lệ 1,5% (gồm 1% thuế giá trị gia tăng và 0,5% thuế thu nhập cá nhân); dịch "
     "vụ ăn uống là 4,5%.\n\nCa mắc mới phải báo cáo trong 24 giờ theo Thông tư số 54/2015/TT-BYT; phấn đấu 100% hộ được "
     "kiểm tra.", [("=", 100, "%")]),
    # 328: "có 2/3 số xã có chợ …", "một nửa số hợp tác xã …": a fraction of a whole is a share; not "ngày 2/3 số liệu …"
    ("Đến cuối năm 2026 có 2/3 số xã có chợ được công nhận chợ thanh toán số và một nửa số hợp tác xã có tài khoản bán "
     "hàng; ngày 2/3 số liệu được công bố.", [("=", 66.67, "%"), ("=", 50, "%")]),
    # 141: "…, tức hơn một nửa số hộ toàn xã" restates the count before; 181: "hơn một nửa diện tích tự nhiên là rừng" describes
    ("Năm 2026 phấn đấu không dưới 2.500 hộ gia đình phân loại rác tại hộ, tức hơn một nửa số hộ toàn xã. Với hơn một nửa "
     "diện tích tự nhiên là rừng, tỉnh có nhiều dược liệu.", [(">=", 2500, "hộ gia đình")]),
    # 329: "chỉ số nhà có bọ gậy (HI) dưới 10% | tại các thôn sau chiến dịch": where the measure is met, not what it measures
    ("Mục tiêu: chỉ số nhà có bọ gậy (HI) dưới 10% tại các thôn sau chiến dịch.", [("<", 10, "%", "chỉ số nhà có bọ gậy")]),
    # 330: "hộ có doanh thu từ 1 tỷ đồng/năm trở lên | sử dụng hóa đơn điện tử": the turnover says which households
    ("Tối thiểu 95% hộ có doanh thu từ 1 tỷ đồng/năm trở lên sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.",
     [(">=", 95, "%", "hộ có doanh thu từ 1 tỷ đồng/năm trở lên")]),
]


def test_a_figures_change_from_year_to_year_on_arrow_lines():
    # held-out 328: "Năm 2025: 62,4% → Năm 2026: tối thiểu 85%" under the line that names it; the year before reports
    text = ("Từ năm 2025 đến năm 2026 – các con số chính\n\nGian hàng trực tuyến của hợp tác xã, tổ hợp tác và hộ sản xuất\n"
            "Năm 2025: 1.126 gian hàng → Năm 2026: 1.800 gian hàng\n\nSản phẩm OCOP từ 3 sao trở lên được đưa lên sàn thương "
            "mại điện tử\nNăm 2025: 62,4% → Năm 2026: tối thiểu 85%\n\nDoanh thu bán nông sản qua kênh trực tuyến\n"
            "Năm 2025: khoảng 365 tỷ đồng → Năm 2026: 480 - 520 tỷ đồng\n")
    doc = Document.from_text(text, published=date(2026, 1, 22))
    found = find(doc, now=2026)
    assert [(t.kind, t.comparator, t.value, t.value_max, t.unit, t.deadline) for t in found] == [
        ("result", "=", 1126, None, "gian hàng", 2025), ("target", "=", 1800, None, "gian hàng", 2026),
        ("result", "=", 62.4, None, "%", 2025), ("target", ">=", 85, None, "%", 2026),
        ("result", "=", 365, None, "tỷ đồng", 2025), ("target", "=", 480, 520, "tỷ đồng", 2026)]
    assert found[3].subject == "Sản phẩm OCOP từ 3 sao trở lên được đưa lên sàn thương mại điện tử"


def test_a_plan_column_headed_kh_nam():
    # held-out 331: "| Ước TH năm 2024 (*) | KH năm 2025 |"
    text = ("STT | Nội dung | ĐVT | Ước TH năm 2024 (*) | KH năm 2025\n1 | Cứng hóa đường trục thôn | km | 12,5 | 15,0\n"
            "2 | Lắp gương cầu lồi | chiếc | 40 | ≥ 80\n")
    found = [t for t in find(Document.from_text(text), now=2024, horizon=2025) if t.kind == "target"]
    assert [(t.value, t.unit, t.comparator, t.deadline) for t in found] == [(15, "km", "=", 2025), (80, "chiếc", ">=", 2025)]


def test_an_abbreviation_explained_once_restates_the_headline():
    # held-out 326: "hộ gia đình (HGĐ)", "phân loại tại nguồn (PLTN)"; the body's "đạt trên 90%" of HGĐ is the headline's goal
    text = ("Nam Hồng Lĩnh: Đến năm 2027, trên 90% hộ gia đình phân loại rác tại nguồn\n\nPhường hiện có 6.870 hộ gia đình "
            "(HGĐ); mới có 1.146 HGĐ thực hiện phân loại tại nguồn (PLTN).\n\nĐến hết năm 2025, ít nhất 60% HGĐ thực hiện "
            "PLTN; năm 2026 nâng lên 80% và đến năm 2027 đạt trên 90%.")
    from kh_extract.extractors.targets import _abbreviations
    assert _abbreviations(text) == {"HGĐ": "hộ gia đình", "PLTN": "phân loại tại nguồn"}
    doc = Document.from_text(text)
    doc.title = text.split("\n", 1)[0]
    doc.published = date(2025, 10, 10)
    assert [t.value for t in find(doc, now=2025, horizon=2027) if t.kind == "target"] == [90, 60, 80]


def test_a_table_typed_as_dot_leader_lines():
    # held-out 323 (a plan of 2024): lines "… ........ 95" under "Bảng: Chỉ tiêu năm 2024 (Đơn vị: %)"; the headline's goal
    # stated again in the first row is one goal
    text = ("Lục Nam đặt mục tiêu 95% cơ sở thực phẩm thuộc diện cấp giấy có chứng nhận đủ điều kiện\n\nBảng: Chỉ tiêu năm "
            "2024 (Đơn vị: %)\nCơ sở sản xuất, kinh doanh thực phẩm thuộc diện cấp giấy được cấp Giấy chứng nhận ........ 95\n"
            "Mẫu xét nghiệm nhanh tại chợ đạt yêu cầu ........ ≥ 96\nNgười chế biến tại bếp ăn tập thể được tập huấn ........ 85 - 90\n")
    doc = Document.from_text(text, published=date(2024, 3, 6))
    found = find(doc, now=2024, horizon=2024)
    assert [(t.comparator, t.value, t.value_max, t.unit, t.deadline) for t in found] == [
        ("=", 95, None, "%", 2024), (">=", 96, None, "%", 2024), ("=", 85, 90, "%", 2024)]


SPOKEN_NUMBERS = [
    # held-out 467 (a radio script): tens spelled out count like digits; a multiplier stays in the unit (gold/README)
    ("Phấn đấu năm 2025 đưa hai mươi nghìn lao động đi làm việc ở nước ngoài.", [(20, "nghìn lao động")]),
    ("Tỷ lệ lao động qua đào tạo đạt bảy mươi phần trăm.", [(70, "%")]),
    ("Năm 2026 xã phấn đấu mở mười lăm lớp dạy bơi.", [(15, "lớp")]),
    # 379: "hai nghìn hộ" as 379's annotator wrote it
    ("Đến năm 2030 hỗ trợ đấu nối cho hai nghìn hộ nghèo.", [(2, "nghìn hộ")]),
    # 275: a spelled figure said again in digits is read once, at its digits; 160: a programme's name is no count
    ("Hai là, chín mươi phần trăm – tức 90% nam, nữ thanh niên được tư vấn trước khi kết hôn.", [(90, "%")]),
    ("Thực hiện Đề án phát triển bền vững một triệu héc-ta chuyên canh lúa chất lượng cao.", []),
]


# From the blind batches 460-475 (file named), each as (text, [(value, unit, subject, kind)])
BLIND_460_475 = [
    # 466: last year's figure in brackets beside this year's goal is where it stands, no goal
    ("Chỉ tiêu năm 2026:\n- Tỷ lệ người dân tập luyện thể dục, thể thao thường xuyên: 42% (39,6%).",
     [(42, "%", "Tỷ lệ người dân tập luyện thể dục, thể thao thường xuyên", "target"),
      (39.6, "%", "Tỷ lệ người dân tập luyện thể dục, thể thao thường xuyên", "result")]),
    # 462: how long ago a reader commented
    ("Em nộp hồ sơ từ tháng 10 rồi ạ\nThích · Phản hồi · 20 giờ", []),
    # 468: who must cut, then what is cut …
    ("Đến năm 2025, các sở, ngành phải cắt giảm ít nhất 30% thời gian giải quyết thủ tục hành chính.",
     [(30, "%", "thời gian giải quyết thủ tục hành chính", "target")]),
    # 471: children per class, life jackets equipped; 461: cases taken to court are one kind of case
    ("Năm 2026, xã phấn đấu mở 16 lớp dạy bơi, mỗi lớp từ 40 đến 50 cháu; trang bị 120 áo phao cho bến đò.",
     [(16, "lớp", "lớp dạy bơi", "target"), (40, "cháu", "cháu", "target"), (120, "áo phao", "áo phao cho bến đò", "target")]),
    ("Mỗi Trợ giúp viên pháp lý thực hiện không dưới 30 vụ việc tham gia tố tụng.",
     [(30, "vụ việc", "vụ việc tham gia tố tụng", "target")]),
    # 467: a headline in capitals counts its noun as the body would; 465: doses; 466: a ward's population is no goal
    ("NGHỆ AN ĐẶT MỤC TIÊU TẠO VIỆC LÀM MỚI CHO 46.000 LAO ĐỘNG NĂM 2025", [(46000, "lao động", "lao động", "target")]),
    ("Năm 2025, phấn đấu cung ứng khoảng 3,5 triệu liều vắc xin cúm gia cầm.",
     [(3.5, "triệu liều", "liều vắc xin cúm gia cầm", "target")]),
    ("Sau sắp xếp, phường có 34 tổ dân phố với 9.860 hộ, hơn 35.000 nhân khẩu.", []),
    # 464: a year's part counted by its classifier alone counts what the whole named
    ("Năm 2024 - 2025, tối thiểu 1.200 bộ đèn LED được lắp mới, trong đó năm 2024 ít nhất 450 bộ.",
     [(1200, "bộ đèn", "bộ đèn LED", "target"), (450, "bộ", "bộ đèn LED", "target")]),
    # 481: an aside that describes the commune by its statistics
    ("Năm 2026, khai thác hiệu quả tiềm năng của xã sau sắp xếp (4.312 hộ, 19.860 nhân khẩu, 27 xóm); phấn đấu có thêm "
     "01 trường đạt chuẩn quốc gia.", [(1, "trường", "trường", "target")]),
    # 477: a count on a line labelled by its school level counts that level's
    ("2.2.1. Trường đạt chuẩn quốc gia năm 2025:\n- Mầm non: có thêm 4 trường đạt chuẩn quốc gia mức độ 1;\n"
     "- THCS: không dưới 18 trường đạt chuẩn quốc gia.", [(4, "trường", "trường mầm non", "target"),
                                                       (18, "trường", "trường THCS", "target")]),
    # 482: how often, inside the name of a share, is no goal of its own
    ("Năm 2026: tỷ lệ phụ nữ mang thai được khám thai ≥ 4 lần trong thai kỳ đạt ≥ 70%.",
     [(70, "%", "tỷ lệ phụ nữ mang thai được khám thai ≥ 4 lần trong thai kỳ", "target")]),
    # 476: payment terminals and QR codes are counted as such
    ("Năm 2025 chi nhánh phấn đấu cấp mới tối thiểu 30.000 mã QR; lắp thêm 150 máy POS tại bệnh viện.",
     [(30000, "mã QR", "mã QR", "target"), (150, "máy POS", "máy POS tại bệnh viện", "target")]),
    # … but 280: the measure before "phải", then in what it falls
    ("Trong năm 2025, tai nạn giao thông đường thủy phải giảm ít nhất 10% về số vụ và số người chết.",
     [(10, "%", "tai nạn giao thông đường thủy", "target")]),
]


def test_a_slide_ends_the_results_slide_before_it():
    # held-out 479 (a slide deck): "THỰC TRẠNG NĂM 2024" reports on its slide only; the goals slides after it set goals
    text = ("Slide 3/12\nTHỰC TRẠNG NĂM 2024\n- Tỷ lệ học sinh đội MBH khi ngồi sau xe máy: 78,5%\nSlide 4/12\n"
            "Mục tiêu: Giảm ít nhất 10% số vụ TNGT liên quan đến học sinh so với năm 2024\n"
            "• Giảm 12% số người chết, 8% số người bị thương\n")
    found = find(Document.from_text(text), now=2025, horizon=2025)
    assert [(t.value, t.kind) for t in found] == [(78.5, "result"), (10, "target"), (12, "target"), (8, "target")]


def test_a_review_states_what_the_plan_set_before_what_was_done():
    # held-out 474 (a ward's report of January 2026): under "I. KẾT QUẢ THỰC HIỆN NĂM 2025" each item opens with the goal
    text = ("I. KẾT QUẢ THỰC HIỆN NĂM 2025\n\n1. Điểm trông giữ xe\nKế hoạch đề ra bố trí 25 điểm trông giữ xe đạt chuẩn; "
            "đến ngày 31/12/2025 đã sắp xếp được 21 điểm, đạt 84% kế hoạch.\n")
    found = find(Document.from_text(text, published=date(2026, 1, 14)), now=2026, horizon=2026)
    assert [(t.value, t.unit, t.kind) for t in found] == [(25, "điểm", "target"), (21, "điểm", "result"), (84, "%", "result")]


def test_a_clause_led_by_a_start_date_is_dated_by_it_and_is_no_twin_of_a_headline_of_another_year():
    # held-out 225: the headline's goal is for 2030; the body's "Từ ngày 01/01/2026, 100% xe buýt đầu tư mới …" for 2026
    # (but 353's "(… từ ngày 01/3/2025)" inside a sentence dates nothing)
    text = ("Hải Phòng đặt mục tiêu 100% xe buýt dùng điện, năng lượng xanh vào năm 2030\n\n3. Mục tiêu chủ yếu\n\n"
            "- Từ ngày 01/01/2026, 100% xe buýt đầu tư mới, thay thế phải sử dụng điện, năng lượng xanh.\n")
    doc = Document.from_text(text, published=date(2025, 12, 18))
    doc.title = text.split("\n", 1)[0]
    assert [(t.value, t.deadline) for t in find(doc, now=2025, horizon=2030)] == [(100, 2030), (100, 2026)]
    text = ("Phòng Nội vụ huyện (tiếp nhận chức năng lao động từ ngày 01/3/2025) tổ chức ít nhất 2 phiên giao dịch việc làm "
            "lưu động mỗi năm.")
    assert [t.deadline for t in find(Document.from_text(text), now=2025, horizon=2027)] == [2027]


@pytest.mark.parametrize("text, expected", BLIND_460_475)
def test_blind_460_475(text, expected):
    found = find(Document.from_text(text), now=2025, horizon=2026)
    assert [(t.value, t.unit, t.subject, t.kind) for t in found] == expected


@pytest.mark.parametrize("text, expected", SPOKEN_NUMBERS)
def test_spoken_numbers(text, expected):
    assert [(t.value, t.unit) for t in find(Document.from_text(text), now=2025, horizon=2030)] == expected


def test_dot_leader_lines_of_places_under_a_caption_that_shares_out():
    # held-out 469 (a district's plan of 2024): each commune's share, its unit on its line, under "… PHÂN BỔ THEO XÃ"
    text = ("PHỤ LỤC: KHỐI LƯỢNG CỨNG HÓA ĐƯỜNG GTNT NĂM 2024 PHÂN BỔ THEO XÃ\n(Kèm theo Kế hoạch số 86/KH-UBND ngày "
            "18/3/2024 của UBND huyện Văn Bàn)\n\nXã Dương Quỳ ........................ 6,8 km\nCác xã còn lại "
            "...................... 12,5 km\nTổng cộng ........................... 19,3 km\n")
    found = find(Document.from_text(text, published=date(2024, 3, 18)), now=2024, horizon=2024)
    assert [(t.value, t.unit, t.subject, t.level, t.deadline) for t in found] == [
        (6.8, "km", "khối lượng cứng hóa đường GTNT xã Dương Quỳ", "xa", 2024),
        (12.5, "km", "khối lượng cứng hóa đường GTNT các xã còn lại", "xa", 2024)]


def test_a_change_from_a_start_to_a_floor_starts_at_the_start():
    # held-out 321: "từ 61% lên ít nhất 80%": 61% is where it starts, 80% the floor to reach
    doc = Document.from_text("Nâng tỷ lệ hộ dùng nước từ công trình cấp nước tập trung từ 61% lên ít nhất 80%.")
    assert [(t.value, t.comparator, t.kind) for t in find(doc, now=2025)] == [(61, "=", "result"), (80, ">=", "target")]


def test_figures_told_for_a_year_to_come_are_goals():
    # held-out 313, written in March 2024: "Ông Hòa cho biết, năm 2024 Sở mở 12 lớp, năm 2025 mở 14 lớp" tells a plan;
    # a period's name ("chuẩn nghèo giai đoạn 2022 - 2025") names no year to come
    doc = Document.from_text("Ông Hòa cho biết, năm 2024 Sở mở 12 lớp, năm 2025 mở 14 lớp.", published=date(2024, 3, 21))
    assert [(t.value, t.kind, t.deadline) for t in find(doc, now=2024)] == [(12, "target", 2024), (14, "target", 2025)]
    doc = Document.from_text("Theo kết quả rà soát theo chuẩn nghèo giai đoạn 2022 - 2025, toàn tỉnh có 21.560 hộ nghèo, "
                             "chiếm tỷ lệ 6,41%.", published=date(2023, 5, 2))
    assert {t.kind for t in find(doc, now=2023)} == {"result"}


# The eleventh session's held-out batches, all written in 2025: (cases, the horizon their plans run to). 292-295 are read
# as of an article of 15 October 2025 (a roadmap to later years reads "đã" as qualifying).
# Subjects the eval of the thirteenth session found cut short in held-out files scored earlier (each a relative clause or
# a noun's own verb that was read as the predicate)
SUBJECTS_CUT_SHORT = [
    # 292: "hộ kinh doanh có doanh thu từ 1 tỷ đồng/năm trở lên | dùng phần mềm kế toán" ("dùng" is a predicate like "sử dụng")
    ("Phấn đấu 60% hộ kinh doanh có doanh thu từ 1 tỷ đồng/năm trở lên dùng phần mềm kế toán.",
     [("=", 60, "%", "hộ kinh doanh có doanh thu từ 1 tỷ đồng/năm trở lên")]),
    # 310: "hội nghị kết nối cung cầu"; 312: "ki-ốt thanh toán tự động tại khu khám bệnh": a verb inside the noun
    ("Năm 2026 tổ chức 6 hội nghị kết nối cung cầu và lắp đặt ít nhất 04 ki-ốt thanh toán tự động tại khu khám bệnh.",
     [("=", 6, "hội nghị", "hội nghị kết nối cung cầu"),
      (">=", 4, "ki-ốt", "ki-ốt thanh toán tự động tại khu khám bệnh")]),
    # 322: "100% nhà được hỗ trợ | bảo đảm "3 cứng"" (not "100% trường | được công nhận đạt chuẩn quốc gia")
    ("Mục tiêu năm 2025: 100% nhà được hỗ trợ bảo đảm \"3 cứng\"; 100% trường được công nhận đạt chuẩn quốc gia.",
     [("=", 100, "%", "nhà được hỗ trợ"), ("=", 100, "%", "trường")]),
    # 325: "6 xã đăng ký về đích nông thôn mới năm 2025 | hoàn thành Tiêu chí số 2"
    ("Phấn đấu hỗ trợ 6 xã đăng ký về đích nông thôn mới năm 2025 hoàn thành Tiêu chí số 2 về Giao thông.",
     [("=", 6, "xã", "xã đăng ký về đích nông thôn mới")]),
    # 327: "hỗ trợ 20 - 25 hộ có người khuyết tật thoát nghèo": the household is one with a disabled member; "hộ mới thoát
    # nghèo" stays a noun
    ("Năm 2025 phấn đấu hỗ trợ 20 - 25 hộ có người khuyết tật thoát nghèo; giải quyết việc làm cho ít nhất 500 lao động "
     "thuộc hộ nghèo, hộ mới thoát nghèo.",
     [("=", 20, "hộ", "hộ có người khuyết tật thoát nghèo"), (">=", 500, "lao động", "lao động thuộc hộ nghèo, hộ mới thoát nghèo")]),
    # 321: "Toàn bộ xã đã được công nhận đạt chuẩn nông thôn mới | giữ vững chỉ tiêu 17.1"
    ("Phấn đấu đến năm 2026 toàn bộ xã đã được công nhận đạt chuẩn nông thôn mới giữ vững chỉ tiêu 17.1 của Tiêu chí số 17.",
     [("=", 100, "%", "xã đã được công nhận đạt chuẩn nông thôn mới")]),
    # 314: "100% xe có thùng cơi nới trái phép bị phát hiện | được hạ thành thùng …"
    ("Chỉ tiêu năm 2026: 100% xe có thùng cơi nới trái phép bị phát hiện được hạ thành thùng về đúng thiết kế.",
     [("=", 100, "%", "xe có thùng cơi nới trái phép bị phát hiện")]),
    # 294: "100% xe buýt đầu tư mới, thay thế trên các tuyến nội đô | sử dụng điện"; 168: "vốn FDI đăng ký mới và tăng thêm"
    ("Phấn đấu đến năm 2026, 100% xe buýt đầu tư mới, thay thế trên các tuyến nội đô sử dụng điện, năng lượng xanh; thu hút "
     "tối thiểu 1,8 tỷ USD vốn FDI đăng ký mới và tăng thêm vào các KCN.",
     [("=", 100, "%", "xe buýt đầu tư mới, thay thế trên các tuyến nội đô"),
      (">=", 1.8, "tỷ USD", "vốn FDI đăng ký mới và tăng thêm vào các KCN")]),
    # 156: "Mục tiêu xuyên suốt là 100% số xã … | tiếp tục đáp ứng nội dung 3.2": the words that announce the goal are no
    # subject, and "tiếp tục" opens the predicate
    ("Mục tiêu xuyên suốt là 100% số xã trên địa bàn tiếp tục đáp ứng nội dung 3.2 về phòng, chống thiên tai.",
     [("=", 100, "%", "số xã trên địa bàn")]),
    # 163: "cơ sở sử dụng năng lượng trọng điểm" is a class the law names (vocabulary predicate_phrases_in_nouns)
    ("Đến năm 2030, 100% cơ sở sử dụng năng lượng trọng điểm thực hiện kiểm toán năng lượng.",
     [("=", 100, "%", "cơ sở sử dụng năng lượng trọng điểm")]),
]


# Figures that describe, found as false goals in the eval of held-out files scored earlier
DESCRIPTIONS_NOT_GOALS = [
    # 133: "suất đầu tư … ở ta cao gấp 2 - 3 lần vùng đồng bằng" compares; "tăng gấp 2 lần" is a change to make
    ("Phấn đấu đến năm 2030 tăng gấp 2 lần số hộ dùng điện; suất đầu tư ở ta cao gấp 2 - 3 lần vùng đồng bằng.",
     [("=", 2, "lần")]),
    # 216: "Một ô lồng tròn đường kính 20 m có thể tích trên 1.500 m³": a size
    ("Mục tiêu đến năm 2030 có 500 ô lồng HDPE. Một ô lồng tròn đường kính 20 m có thể tích trên 1.500 m³.",
     [("=", 500)]),
    # 499, 375, 057: the communes and wards a merged province or city has, "… cho 135 xã, phường của tỉnh sau khi hợp nhất …"
    ("Chỉ tiêu năm 2030 được giao trực tiếp cho 135 xã, phường của tỉnh sau khi hợp nhất tỉnh Gia Lai và tỉnh Bình Định. "
     "Sau sắp xếp đơn vị hành chính, thành phố có 40 đơn vị hành chính cấp xã gồm 21 phường và 19 xã. Phấn đấu 100% xã có "
     "cơ sở dữ liệu đất đai.", [("=", 100, "%")]),
    # 426: the rates of a policy listed under "Mức hỗ trợ …:", a level deeper
    ("Mục tiêu năm 2030 di dời 100% hộ chăn nuôi ra khỏi khu dân cư.\na) Mức hỗ trợ theo Nghị quyết số 07/2022/NQ-HĐND:\n"
     "- Hộ chăn nuôi nông hộ: 5 triệu đồng/hộ;\n- Trang trại:\n+ Quy mô nhỏ: 30 triệu đồng/cơ sở;\n+ Quy mô vừa: 50 triệu đồng/cơ sở.",
     [("=", 100, "%")]),
    # 586: "… trong đó 611 người từ 80 tuổi trở lên": an age that says which people, no goal word in a statement of the present
    ("Mục tiêu năm 2030 có 100% người cao tuổi được khám sức khỏe định kỳ. Hiện phường có 3.926 người cao tuổi, trong đó 611 "
     "người từ 80 tuổi trở lên.", [("=", 100, "%")]),
    # 594: a scholarship's rate, "Mức học bổng là 3 triệu đồng/người/tháng", is what a policy pays
    ("Mục tiêu đến năm 2030 mỗi năm cấp học bổng cho không dưới 200 sinh viên. Mức học bổng là 3 triệu đồng/người/tháng.",
     [(">=", 200)]),
    # 572, 348: whom the plan serves, counted ahead: "dự kiến … khoảng 9.870 trẻ dưới 1 tuổi và 10.240 phụ nữ có thai cần quản lý"
    ("Mục tiêu năm 2030 đạt trên 95% trẻ dưới 1 tuổi tiêm chủng đầy đủ. Năm 2024, dự kiến toàn tỉnh có khoảng 9.870 trẻ dưới 1 "
     "tuổi và 10.240 phụ nữ có thai cần quản lý.", [(">", 95, "%")]),
    # 579: a standard's definition, "hộ nghèo … là hộ có thu nhập bình quân từ 2.200.000 đồng/người/tháng trở xuống"
    ("Mục tiêu năm 2030 giảm tỷ lệ hộ nghèo xuống dưới 3%. Theo chuẩn mới, hộ nghèo khu vực nông thôn là hộ có thu nhập bình "
     "quân từ 2.200.000 đồng/người/tháng trở xuống.", [("<", 3, "%")]),
]


BLIND_332_335 = [
    # 333: "… đạt 30.000 ha, trong đó năm 2024 thực hiện 12.000 ha tại các huyện …": a part of the whole, with its verb
    ("Phấn đấu xây dựng vùng chuyên canh lúa chất lượng cao, phát thải thấp đạt 30.000 ha, trong đó năm 2024 thực hiện "
     "12.000 ha tại các huyện Phụng Hiệp, Long Mỹ.",
     [("=", 30000, "ha"), ("=", 12000, "ha", "xây dựng vùng chuyên canh lúa chất lượng cao, phát thải thấp")]),
    # 332: "… mỗi tháng giữ ở mức 2.700 - 3.000 đơn vị, riêng tháng 1 và tháng 7 không dưới 3.200 đơn vị để bù …"
    ("Phấn đấu lượng máu tiếp nhận bình quân mỗi tháng giữ ở mức 2.700 - 3.000 đơn vị, riêng tháng 1 và tháng 7 không dưới "
     "3.200 đơn vị để bù lượng máu thiếu hụt dịp Tết và hè.",
     [("=", 2700, "đơn vị", "lượng máu tiếp nhận bình quân mỗi tháng"),
      (">=", 3200, "đơn vị", "lượng máu tiếp nhận bình quân mỗi tháng")]),
    # 334: a quiz's answer options, what a contest allows each player and its prizes are no goals
    ("Mục tiêu năm 2026: 100% thôn có mô hình phòng, chống bạo lực gia đình.\n\nMỗi người được dự thi tối đa 03 lượt; cơ "
     "cấu giải thưởng gồm 01 giải Nhất trị giá 1.000.000 đồng, 02 giải Nhì và 05 giải Khuyến khích.\n\nCâu 1. Năm 2026 có "
     "bao nhiêu phần trăm thôn có mô hình?\nA. 50%  B. 70%  C. 100%\n", [("=", 100, "%", "thôn")]),
    # 335: "4 bản/học sinh" per pupil; "4 - 6 cuốn sách", "12.000 bản sách" (a copy, no village "bản")
    ("Mục tiêu đến hết năm 2025: số bản sách bình quân trong thư viện trường học đạt ít nhất 4 bản/học sinh; mỗi học sinh "
     "đọc từ 4 - 6 cuốn sách ngoài chương trình; quyên góp tối thiểu 12.000 bản sách.",
     [(">=", 4, "bản/học sinh", "số bản sách bình quân trong thư viện trường học"), ("=", 4, "cuốn sách"),
      (">=", 12000, "bản sách")]),
]


BLIND_336_339 = [
    # 336: counts spelled out in brackets, legal style; ", đầu tư ít nhất 03 (ba) lò hấp" opens an item of its own;
    # "cụm xử lý" is a noun
    ("Mục tiêu: xây dựng thêm 02 (hai) cụm xử lý chất thải y tế nguy hại tại khu vực phía Bắc, đầu tư ít nhất 03 (ba) lò "
     "hấp chất thải lây nhiễm; mỗi cụm xử lý có tối thiểu 02 (hai) xe chuyên dụng.",
     [("=", 2, "cụm", "cụm xử lý chất thải y tế nguy hại tại khu vực phía Bắc"), (">=", 3, "lò hấp"), (">=", 2, "xe")]),
    # 337: "tàu cá thuộc diện phải lắp VMS | thực hiện …"; "tàu nào mất kết nối quá 6 giờ … thì phải triệu hồi": a rule's
    # condition
    ("Phấn đấu ít nhất 70% tàu cá thuộc diện phải lắp VMS thực hiện nhật ký khai thác điện tử; tỉnh sẽ đưa thêm 02 cảng cá "
     "vào danh sách; tàu nào mất kết nối quá 6 giờ mà không báo vị trí thì phải triệu hồi về bờ.",
     [(">=", 70, "%", "tàu cá thuộc diện phải lắp VMS"), ("=", 2, "cảng cá")]),
    # 338: a goal list of figure-led noun phrases "1) 12,5 km …", "2) 03 hồ điều tiết với tổng dung tích 45.000 m3", an
    # aside "(hiện nay là 18 điểm)" reports nothing of the goal, "Không quá 3 giờ để rút hết nước …" times that
    ("Kế hoạch liệt kê những kết quả phải có khi khép lại năm 2027:\n1) 12,5 km tuyến cống được cải tạo\n"
     "2) 03 hồ điều tiết với tổng dung tích 45.000 m3\n3) Dưới 5 điểm ngập cục bộ (hiện nay là 18 điểm)\n"
     "4) Không quá 3 giờ để rút hết nước trên các trục phố chính\n5) 02 trạm bơm tiêu cưỡng bức",
     [("=", 12.5, "km", "tuyến cống"), ("=", 3, "hồ điều tiết"), ("=", 45000, "m3", "tổng dung tích"),
      ("<", 5, "điểm", "điểm ngập cục bộ"), ("<=", 3, "giờ", "rút hết nước trên các trục phố chính"), ("=", 2, "trạm bơm")]),
    # 339: "Quỹ phòng, chống tội phạm của xã phấn đấu vận động tối thiểu 150 triệu đồng": the fund raises it
    ("Bên cạnh đó, Quỹ phòng, chống tội phạm của xã phấn đấu vận động tối thiểu 150 triệu đồng để hỗ trợ người sau cai.",
     [(">=", 150, "triệu đồng", "Quỹ phòng, chống tội phạm của xã")]),
    # the eval's varied documents: a budget's parts ("…, trong đó: ngân sách trung ương 842 tỷ đồng (chiếm 65,4%); …")
    # without the heading over them; a floor to raise stays a goal
    ("Tổng kinh phí dự kiến 1.286,5 tỷ đồng, trong đó: ngân sách trung ương 842 tỷ đồng (chiếm 65,4%); ngân sách tỉnh "
     "311,5 tỷ đồng.\n\nTổng kinh phí thực hiện khoảng 3,8 tỷ đồng, trong đó nguồn xã hội hóa phấn đấu đạt không dưới 1,2 "
     "tỷ đồng.", [(">=", 1.2, "tỷ đồng")]),
]


BLIND_340_343 = [
    # 340: "100% cán bộ phụ trách giảm nghèo, dạy nghề cấp huyện và ít nhất 90% cấp xã": "giảm nghèo" is a noun there
    ("Phấn đấu 100% cán bộ phụ trách giảm nghèo, dạy nghề cấp huyện và ít nhất 90% cấp xã được tập huấn.",
     [("=", 100, "%", "cán bộ phụ trách giảm nghèo, dạy nghề cấp huyện"), (">=", 90, "%")]),
    # 343: a rate per people "12 bác sĩ trên một vạn dân", "32 giường (tính trên 10.000 dân …)"; "xã có trên 20.000 dân"
    # says which communes (not "phường có từ 6 tuyến phố trở lên", a goal)
    ("Đến năm 2030 đạt 12 bác sĩ trên một vạn dân; số giường bệnh đạt 32 giường (tính trên 10.000 dân, không kể trạm y tế); "
     "trạm y tế ở xã có trên 20.000 dân bố trí tối thiểu 3 bác sĩ/trạm; phường có từ 6 tuyến phố trở lên được công nhận.",
     [("=", 12, "bác sĩ/vạn dân"), ("=", 32, "giường/10.000 dân"), (">=", 3, "bác sĩ/trạm"), (">=", 6, "tuyến phố")]),
    # 342: "giao cụ thể xã Mường Tè: 45 hộ; xã Bum Tở: 38 hộ": each place's share, named by its place
    ("Phấn đấu hỗ trợ nhà ở cho 264 hộ, giao cụ thể xã Mường Tè: 45 hộ; xã Bum Tở: 38 hộ.",
     [("=", 264, "hộ"), ("=", 45, "hộ", "hộ xã Mường Tè"), ("=", 38, "hộ", "hộ xã Bum Tở")]),
]


BLIND_344_347 = [
    # 346 (a village meeting's minutes): attendance and votes, the rule a resolution passes by and a time of day are no
    # goals; the adopted goals are
    ("Thời gian: 19 giờ 30 phút, ngày 24/01/2026.\nCó mặt: 52/60 hộ (86,7%); vắng 8 hộ, trong đó 5 hộ có giấy ủy quyền.\n"
     "Số hộ tán thành: 45/52 (86,5%); không tán thành: 4/52 (7,7%).\nDự thảo được thông qua do có trên 50% số hộ dự họp "
     "tán thành.\nMục tiêu năm 2026: tỷ lệ hỏa táng đạt từ 50% trở lên.", [(">=", 50, "%", "tỷ lệ hỏa táng")]),
    # 347: a revision "điều chỉnh giảm từ 1.200 xuống 1.000 chiếc" sets the new figure; "drone … chở được 40 - 50 lít" is
    # what a machine can do
    ("Số thiết bị bay không người lái phun thuốc được điều chỉnh giảm từ 1.200 xuống 1.000 chiếc, vì drone thế hệ mới chở "
     "được 40 - 50 lít.", [("=", 1000, "chiếc")]),
]


LEFT_FROM_340_347 = [
    # 341: "(năm 2025: 19 trường hợp)" is where the measure stands; the goal is the figure after the brackets
    ("☐ Số trẻ em bị tai nạn, thương tích (năm 2025: 19 trường hợp) không quá 15 trường hợp",
     [("<=", 15, "trường hợp", "Số trẻ em bị tai nạn, thương tích")]),
    # 341: "biển cảnh báo" is a sign ("biển" alone is the sea); "trước 30/6/2026" says by when, not which signs
    ("Mục tiêu năm 2026: các thôn lắp đặt ít nhất 20 biển cảnh báo đuối nước trước 30/6/2026.",
     [(">=", 20, "biển cảnh báo", "biển cảnh báo đuối nước")]),
    # 344: "ở 47 xã miền núi" says where the rate is taken; the goal is the rise in percentage points
    ("Nghị quyết yêu cầu tỷ lệ gia đình thể thao ở 47 xã miền núi tăng ít nhất 3 điểm phần trăm.",
     [(">=", 3, "điểm phần trăm", "tỷ lệ gia đình thể thao ở 47 xã miền núi")]),
    # 345: "lớp 1" is a grade, no count of people
    ("Chỉ tiêu: tỷ lệ học sinh lớp 1 người DTTS đọc thông, viết thạo cuối năm học đạt từ 92% trở lên.",
     [(">=", 92, "%", "tỷ lệ học sinh lớp 1 người DTTS đọc thông, viết thạo cuối năm học")]),
    # 347: "diện tích" names the rate of a measure that changes, no description of the present
    ("Theo Kế hoạch số 412/KH-UBND, nhiều chỉ tiêu được điều chỉnh. Ngược lại, diện tích phun bằng drone tăng từ 500.000 "
     "lên 700.000 lượt ha/năm.", [("=", 700000, "lượt ha/năm")]),
    # 344: "Với các xã đã đạt chuẩn nông thôn mới, …" says which communes, it reports nothing; "Riêng mục tiêu dài hạn, …"
    # frames the goal, it is no subject
    ("Với các xã đã đạt chuẩn nông thôn mới, 100% thôn, bản, khu phố có nơi sinh hoạt văn hóa, thể thao. Riêng mục tiêu dài "
     "hạn, đến năm 2030 phấn đấu 40% dân số tập luyện thể dục thể thao thường xuyên.",
     [("=", 100, "%", "thôn, bản, khu phố"), ("=", 40, "%", "dân số tập luyện thể dục thể thao thường xuyên")]),
    # 346, 291: the size set for each unit made ("tổ … gồm (từ) 5 - 7 thành viên")
    ("Mục tiêu năm 2026: mỗi xóm lập 01 tổ tự quản tang lễ gồm từ 5 - 7 thành viên.",
     [("=", 1, "tổ tự quản", "tổ tự quản tang lễ"), ("=", 5, "thành viên")]),
]

BLIND_348_355 = [
    # 348: a count inside a rate's label before its colon ("từ 2 mũi trở lên (UV2+): > 90%") is part of the rate's noun
    ("Mục tiêu năm 2026:\n- Tỷ lệ phụ nữ có thai được tiêm vắc xin uốn ván từ 2 mũi trở lên (UV2+): > 90%.",
     [(">", 90, "%", "Tỷ lệ phụ nữ có thai được tiêm vắc xin uốn ván từ 2 mũi trở lên")]),
    # 348: "đạt tỷ lệ … từ 90% trở lên" is the threshold in the share's action; "Tại các xã, phường có tỷ lệ tiêm chủng
    # dưới 90%, …" says which places
    ("Mục tiêu năm 2026: ≥ 90% xã, phường đạt tỷ lệ trẻ dưới 1 tuổi tiêm chủng đầy đủ từ 90% trở lên. Tại các xã, phường "
     "có tỷ lệ tiêm chủng dưới 90%, Trung tâm Kiểm soát bệnh tật tỉnh tổ chức ít nhất 02 đợt tiêm bù, tiêm vét trong năm.",
     [(">=", 90, "%", "xã, phường"), (">=", 2, "đợt")]),
    # 352: "(1) …; (2) …" items under "Nghị quyết xác định 22 chỉ tiêu chủ yếu:" are goals, "chiếm khoảng 51,5%" too
    ("Nghị quyết xác định 22 chỉ tiêu chủ yếu:\n\n(1) Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) đạt 8,5 - 9%; "
     "(2) Tỷ trọng công nghiệp - xây dựng trong cơ cấu GRDP chiếm khoảng 51,5%; (3) Tỷ lệ đô thị hóa đạt 38%.",
     [("=", 8.5, "%"), ("=", 51.5, "%"), ("=", 38, "%")]),
    # 349: "năm bản lề" is no count of villages; a stay "đạt 2 ngày" is a measure of time
    ("Năm 2025, năm bản lề trước khi bước vào giai đoạn mới, huyện phấn đấu đón 1,2 triệu lượt khách; thời gian lưu trú "
     "bình quân của khách đạt 2 ngày.",
     [("=", 1.2, "triệu lượt khách"), ("=", 2, "ngày", "thời gian lưu trú bình quân của khách")]),
    # 354: "TIN LIÊN QUAN" in capitals heads other articles
    ("Mục tiêu năm 2026: 100% hồ sơ hộ tịch được số hóa.\n\nTIN LIÊN QUAN\n- Nghệ An: Hơn 1,1 triệu hồ sơ thủ tục hành chính "
     "được số hóa\n", [("=", 100, "%")]),
]


# Days bounded right before them are a measure of time, not only after "thời gian …" (held-out 238, 252, 253, 324, 194);
# what a law sets (196) and a norm in brackets (204) are none
DAYS_AS_GOALS = [
    ("Mục tiêu: thời gian khắc phục hư hỏng mặt đường kể từ khi phát hiện không quá 05 ngày. 100% thôn, xóm thành lập tổ "
     "tự quản.", [("<=", 5, "ngày"), ("=", 100, "%")]),
    ("Mục tiêu năm 2026: mỗi ổ dịch được xử lý dứt điểm trong tối đa 21 ngày.", [("<=", 21, "ngày")]),
    ("Mục tiêu năm 2026: dữ liệu hình ảnh được lưu trữ tối thiểu 30 ngày.", [(">=", 30, "ngày")]),
    ("Mục tiêu năm 2025: tiền dịch vụ môi trường rừng phải đến tay hộ nhận khoán chậm nhất 30 ngày sau khi Quỹ chuyển "
     "kinh phí.", [("<=", 30, "ngày")]),
    ("Mục tiêu đến năm 2030: thời gian thẩm định quy hoạch chi tiết được rút ngắn tối đa còn 30 ngày.", [("<=", 30, "ngày")]),
    ("Luật Khiếu nại quy định thời hạn giải quyết khiếu nại lần đầu không quá 30 ngày kể từ ngày thụ lý, vụ việc phức tạp "
     "không quá 45 ngày. Huyện phấn đấu giải quyết 100% đơn thư đúng hạn.", [("=", 100, "%")]),
    ("Năm học 2025 - 2026: tối thiểu 95% trẻ em mầm non được uống sữa (định mức 01 hộp 180 ml/ngày học, không quá 175 "
     "ngày/năm học).", [(">=", 95, "%")]),
]


BLIND_356_363 = [
    # 361: a per-year breakdown after "cụ thể:" ("năm 2026: 6 câu lạc bộ; năm 2027: 5 câu lạc bộ") counts the whole's noun
    ("Giai đoạn 2026 - 2030 thành lập mới ít nhất 20 câu lạc bộ liên thế hệ tự giúp nhau, cụ thể: năm 2026: 6 câu lạc bộ; "
     "năm 2027: 5 câu lạc bộ.",
     [(">=", 20, "câu lạc bộ", "câu lạc bộ liên thế hệ tự giúp nhau"), (">=", 6, "câu lạc bộ", "câu lạc bộ liên thế hệ tự giúp nhau"),
      ("=", 5, "câu lạc bộ", "câu lạc bộ liên thế hệ tự giúp nhau")]),
    # 362: "X 7%, Y 12%, Z 15% và W 5%": the words after "và" name the next item, not this one's
    ("Mục tiêu đến năm 2030: mức giảm của từng lĩnh vực: năng lượng 7%, nông nghiệp 12%, chất thải 15% và các quá trình "
     "công nghiệp 5%.", [("=", 7, "%", "năng lượng"), ("=", 12, "%", "nông nghiệp"), ("=", 15, "%", "chất thải"),
                         ("=", 5, "%", "các quá trình công nghiệp")]),
    # 360: ", tương đương khoảng 360 triệu kWh" restates the goal; what a rule allows ("chỉ được cài đặt từ 26 độ C trở
    # lên"); "(toàn tỉnh có 126 cơ sở)" tells how many there are; "dịch chuyển tối thiểu 60 MW công suất …" measures the
    # noun after it
    ("Kế hoạch đặt mục tiêu năm 2026 tiết kiệm tối thiểu 2,5% tổng điện năng tiêu thụ trên địa bàn, tương đương khoảng 360 "
     "triệu kWh. Điều hòa nhiệt độ chỉ được cài đặt từ 26 độ C trở lên. Các cơ sở sử dụng năng lượng trọng điểm (toàn tỉnh "
     "có 126 cơ sở) tiết kiệm không dưới 2% điện năng; huy động khách hàng lớn, dịch chuyển tối thiểu 60 MW công suất phụ tải "
     "đỉnh sang giờ thấp điểm.",
     [(">=", 2.5, "%", "tổng điện năng tiêu thụ trên địa bàn"), ("=", 360, "triệu kWh", "tổng điện năng tiêu thụ trên địa bàn"),
      (">=", 2, "%"), (">=", 60, "MW", "công suất phụ tải đỉnh sang giờ thấp điểm")]),
    # 363: the parts of a goal made ("hỗ trợ 420 hộ, gồm 352 căn xây mới và 68 căn sửa chữa"), a classifier with no noun
    # after it ("căn | xây mới"); 361: "(2 tỷ đồng) trong cả giai đoạn" is when, the fund before is what is raised
    ("Theo Kế hoạch, toàn huyện hỗ trợ 420 hộ, gồm 352 căn xây mới và 68 căn sửa chữa. Quỹ Chăm sóc người cao tuổi vận "
     "động tối thiểu 2 tỷ đồng trong cả giai đoạn.",
     [("=", 420, "hộ"), ("=", 352, "căn", "căn xây mới"), ("=", 68, "căn", "căn sửa chữa"),
      (">=", 2, "tỷ đồng", "Quỹ Chăm sóc người cao tuổi vận động")]),
]


def test_a_table_of_places_measures_what_its_caption_or_columns_name():
    # held-out 359: "| TT | Tổ dân phố | … | Số vụ vi phạm năm 2025 | Chỉ tiêu năm 2026 (không quá)"; 187: a caption "Vùng
    # phủ 5G tại một số xã, phường (% dân số):" over "| Xã, phường | … | Mục tiêu 2026 |"
    text = ("Bảng phân bổ chỉ tiêu tại các tổ dân phố trọng điểm:\nTT | Tổ dân phố | Số vụ vi phạm năm 2025 | Chỉ tiêu năm 2026 "
            "(không quá)\n1 | Tổ dân phố số 3 | 58 vụ | 29 vụ\n2 | Tổ dân phố số 9 | 46 vụ | 23 vụ\n")
    found = find(Document.from_text(text), now=2026, horizon=2026)
    assert [(t.comparator, t.value, t.unit, t.subject) for t in found] == [
        ("<=", 29, "vụ", "Số vụ vi phạm Tổ dân phố số 3"), ("<=", 23, "vụ", "Số vụ vi phạm Tổ dân phố số 9")]
    text = ("Vùng phủ 5G tại một số xã, phường (% dân số):\n\n| Xã, phường | Hiện nay | Mục tiêu 2026 |\n|---|---|---|\n"
            "| Phường Hạc Thành | 91 | 100 |\n| Xã Mường Lát | 8 | ≥ 50 |\n")
    found = find(Document.from_text(text), now=2025, horizon=2026)
    assert [(t.comparator, t.value, t.unit, t.subject) for t in found] == [
        ("=", 100, "%", "Vùng phủ 5G Phường Hạc Thành"), (">=", 50, "%", "Vùng phủ 5G Xã Mường Lát")]


def test_an_emoji_heading_ending_in_a_colon_opens_its_section():
    # held-out 357: "📊 NHÌN LẠI NĂM 2025:" over last year's figures, "🎯 MỤC TIÊU NĂM 2026:" over the goals
    text = ("📊 NHÌN LẠI NĂM 2025:\n✔️ Toàn xã có 41.386 người tham gia BHYT, tỷ lệ bao phủ đạt 93,8% dân số\n\n"
            "🎯 MỤC TIÊU NĂM 2026:\n🔹 Tỷ lệ bao phủ BHYT đạt 95,2% dân số\n")
    doc = Document.from_text(text, published=date(2026, 1, 15))
    assert [(t.kind, t.value) for t in find(doc, now=2026, horizon=2026) if t.unit == "%"] == [
        ("result", 93.8), ("target", 95.2)]

BLIND_364_371 = [
    # 367: "… đạt 10.000 ha, gồm khoảng 7.000 ha sầu riêng và 3.000 ha chanh leo": each part is named after its figure
    ("Đến năm 2030, diện tích được cấp mã số vùng trồng đạt 10.000 ha, gồm khoảng 7.000 ha sầu riêng và 3.000 ha chanh leo.",
     [("=", 10000, "ha", "diện tích được cấp mã số vùng trồng"), ("=", 7000, "ha", "sầu riêng"), ("=", 3000, "ha", "chanh leo")]),
    # 369: "điểm dừng" is a bus stop; "350 điểm có nhà chờ" says which points; 365: "/nhóm trẻ" is a rate
    ("Đến năm 2030 có 1.200 điểm dừng, trong đó ít nhất 350 điểm có nhà chờ; bảo đảm bình quân 2,5 giáo viên/nhóm trẻ.",
     [("=", 1200, "điểm dừng"), (">=", 350, "điểm", "điểm có nhà chờ"), ("=", 2.5, "giáo viên/nhóm trẻ")]),
    # 387: "Các tin khác:" (lower case) heads other articles; 384: "<br>" left as text breaks the line
    ("Kế hoạch đặt mục tiêu năm 2026 có 100% xã tổ chức dạy bơi.\n\nCác tin khác:\n- Xã Cẩm Xuyên khởi công 3 tuyến đường "
     "giao thông nông thôn dài 4,2 km (17/3)\n", [("=", 100, "%")]),
    ("Phú Thọ: phấn đấu tỷ lệ lấp đầy bình quân đạt 60%<br>Thứ Năm, 22/01/2026<br>Ngày 16/01/2026, UBND tỉnh ban hành Kế "
     "hoạch.", [("=", 60, "%", "tỷ lệ lấp đầy")]),
    # 371: a page's reading time is no goal
    ("Thứ Bảy, 15/03/2025 - 07:30 | Phân tích | 4 phút đọc\n\nMục tiêu đến năm 2030: kinh tế số chiếm 20% GRDP.",
     [("=", 20, "%")]),
]


LEFT_FROM_372_395 = [
    # 376: "…, trong đó cấp mầm non 980 camera, cấp tiểu học 760 camera …": each part's label stands before its count
    ("Năm 2026 huyện lắp mới tối thiểu 600 camera cho các trường, trong đó cấp mầm non 250 camera, cấp tiểu học 200 camera "
     "và cấp THCS 150 camera.",
     [(">=", 600, "camera"), ("=", 250, "camera", "camera cấp mầm non"), ("=", 200, "camera", "camera cấp tiểu học"),
      ("=", 150, "camera", "camera cấp THCS")]),
    # 388: unmarked lines "Mường Lát: 520 hộ" under "Số hộ thoát nghèo giao cho các huyện nghèo năm 2024 như sau:"
    ("Số hộ thoát nghèo giao cho các xã năm 2026 như sau:\nXã Tân Lập: 45 hộ\nXã Hòa Bình: 38 hộ\n",
     [("=", 45, "hộ", "hộ thoát nghèo tại xã Tân Lập"), ("=", 38, "hộ", "hộ thoát nghèo tại xã Hòa Bình")]),
    # 368: a heading in capitals over "• Năm 2026: 200 hộ" names what the lines count
    ("Kế hoạch thương mại điện tử năm 2026 - 2027.\nLỘ TRÌNH SỐ HỘ CÓ GIAN HÀNG TRỰC TUYẾN\n• Năm 2026: 150 hộ\n"
     "• Năm 2027: 240 hộ\n", [("=", 150, "hộ", "hộ có gian hàng trực tuyến"), ("=", 240, "hộ", "hộ có gian hàng trực tuyến")]),
    # 357: "TIẾN ĐỘ TỪNG QUÝ (A / B):" over "Quý I/2026: 60 người; BHYT đạt 94%" names both measures; the same figure in
    # two quarters is two goals
    ("🎯 MỤC TIÊU NĂM 2026:\n📅 TIẾN ĐỘ TỪNG QUÝ (phát triển mới BHXH tự nguyện / tỷ lệ bao phủ BHYT):\n"
     "👉 Quý I/2026: 80 người; BHYT đạt 93%\n👉 Quý II/2026: 80 người; BHYT đạt 93,5%\n",
     [("=", 80, "người", "người phát triển mới BHXH tự nguyện"), ("=", 93, "%", "tỷ lệ bao phủ BHYT"),
      ("=", 80, "người", "người phát triển mới BHXH tự nguyện"), ("=", 93.5, "%", "tỷ lệ bao phủ BHYT")]),
    # 389: "trong đó tối thiểu 70% là cây bóng mát …" is a share of what follows "là"; "điểm sinh hoạt cộng đồng" is a
    # noun; "ngay trong năm 2026" says when
    ("Mỗi năm trồng mới ít nhất 800 cây xanh, trong đó tối thiểu 60% là cây bóng mát; mỗi khu phố có ít nhất 1 điểm sinh "
     "hoạt cộng đồng có sân chơi. Tỷ lệ cây sâu mục được thay thế đạt 100% ngay trong năm 2026.",
     [(">=", 800, "cây xanh"), (">=", 60, "%", "cây bóng mát"), (">=", 1, "điểm", "điểm sinh hoạt cộng đồng"),
      ("=", 100, "%", "Tỷ lệ cây sâu mục được thay thế")]),
]


BLIND_396_403 = [
    # 397: an emoji heading in capitals names the measure of the lines under it
    ("🎯 Mục tiêu đến năm 2030:\n📅 DIỆN TÍCH Ủ RƠM BẰNG CHẾ PHẨM VI SINH (Trichoderma):\n👉 Năm 2026: 12.000 ha\n"
     "👉 Năm 2027: 18.000 ha\n", [("=", 12000, "ha", "diện tích ủ rơm bằng chế phẩm vi sinh"),
                                   ("=", 18000, "ha", "diện tích ủ rơm bằng chế phẩm vi sinh")]),
    # 402: after "cho", which vessels: "tàu cá đã đăng ký"
    ("Đến hết năm 2026, phấn đấu cấp giấy phép khai thác cho ít nhất 97% tàu cá đã đăng ký.",
     [(">=", 97, "%", "tàu cá đã đăng ký")]),
    # 403: "Phát triển" alone before the area is the act; the area is of what follows it
    ("Mục tiêu đến năm 2030:\n- Phát triển 35 ha vùng nguyên liệu mây tre tại các xã ven sông;",
     [("=", 35, "ha", "vùng nguyên liệu mây tre tại các xã ven sông")]),
    # 396: "tăng huyết áp" is a disease, no predicate; 398: "toàn bộ" inside a goal's act is no second goal
    ("Năm 2026 bảo đảm đủ 100% danh mục thuốc điều trị tăng huyết áp, đái tháo đường; 100% trụ sở UBND cấp xã thay "
     "toàn bộ đèn sợi đốt bằng đèn LED.",
     [("=", 100, "%", "danh mục thuốc điều trị tăng huyết áp, đái tháo đường"), ("=", 100, "%")]),
]


def test_a_measures_line_of_this_years_figure_and_next_years_goal():
    # held-out 392, a mid-year report of June 2025: "- Label: năm 2025 đạt X, năm 2026 phấn đấu đạt Y" — X is this year's,
    # and the label names what each figure measures, whatever verb the year's part uses
    text = ("- Tổng thu ngân sách nhà nước trên địa bàn: năm 2025 ước đạt 412 tỷ đồng; năm 2026 phấn đấu thu không dưới "
            "430 tỷ đồng.\n- Tỷ lệ trường học đạt chuẩn quốc gia: năm 2025 đạt 84,5%, năm 2026 phấn đấu đạt 87%.\n")
    doc = Document.from_text(text, published=date(2025, 6, 16))
    found = find(doc, now=2025, horizon=2026)
    assert [(t.kind, t.value, t.subject) for t in found] == [
        ("result", 412, "Tổng thu ngân sách nhà nước trên địa bàn"), ("target", 430, "Tổng thu ngân sách nhà nước trên địa bàn"),
        ("result", 84.5, "Tỷ lệ trường học đạt chuẩn quốc gia"), ("target", 87, "Tỷ lệ trường học đạt chuẩn quốc gia")]
    # a plan's staged goal keeps its floor: "năm 2025 đạt từ 85% trở lên, năm 2030 phấn đấu …" is a goal for this year
    doc = Document.from_text("Tỷ lệ hộ dùng nước sạch: năm 2025 đạt từ 85% trở lên, năm 2030 phấn đấu đạt 95%.",
                             published=date(2025, 3, 2))
    assert [t.kind for t in find(doc, now=2025, horizon=2030)] == ["target", "target"]


BLIND_404_411 = [
    # 406: "kỹ năng số cho …" is digital skills, not "the number of"
    ("Năm 2026, tập huấn kỹ năng số cho ít nhất 9.000 hội viên nông dân.", [(">=", 9000, "hội viên", "hội viên nông dân")]),
    # 405: after ";" a place alone takes the rate of the clause before
    ("Tỷ lệ người đi mô tô, xe gắn máy đội mũ bảo hiểm đạt trên 98% trên các tuyến quốc lộ; từ 95% trở lên trên đường huyện "
     "và ít nhất 90% trên đường thôn.",
     [(">", 98, "%", "Tỷ lệ người đi mô tô, xe gắn máy đội mũ bảo hiểm"), (">=", 95, "%", "Tỷ lệ người đi mô tô, xe gắn máy đội mũ bảo hiểm"),
      (">=", 90, "%", "Tỷ lệ người đi mô tô, xe gắn máy đội mũ bảo hiểm")]),
    # 409: a numbered heading over items numbered anew, each a place's quota, and their sum
    ("2. Số người cao tuổi được khám sức khỏe giao cho từng đơn vị\n1. Thành phố Phủ Lý: 4.800 người;\n2. Huyện Kim Bảng: "
     "3.100 người.\nTổng cộng: 7.900 người.\n",
     [("=", 4800, "người", "người cao tuổi được khám sức khỏe tại thành phố Phủ Lý"),
      ("=", 3100, "người", "người cao tuổi được khám sức khỏe tại huyện Kim Bảng"),
      ("=", 7900, "người", "người cao tuổi được khám sức khỏe")]),
    # 411: a bullet's label names what is counted, its verb aside; "m3/h" is a rate; a water level that sets off the pumps
    # says when
    ("MỤC TIÊU 2025\n• Thay nắp hố ga hư hỏng: tối thiểu 120 cái\n• Công suất bổ sung: 900 m3/h\n"
     "• Vận hành khi triều từ 1,90 m trở lên\n",
     [(">=", 120, "cái", "nắp hố ga hư hỏng"), ("=", 900, "m3/h", "Công suất bổ sung")]),
    # 410: "ở các xã đã đạt chuẩn nông thôn mới" says which communes; a range never runs across a line break
    ("Huyện phấn đấu có thêm 8 - 10 sản phẩm OCOP mới; 100% HTX nông nghiệp ở các xã đã đạt chuẩn nông thôn mới hoạt động "
     "hiệu quả.\nMục tiêu năm 2025:\n- Doanh thu trực tuyến tăng trên 30% so với năm 2024\n- 10 HTX áp dụng nhật ký điện tử\n",
     [("=", 8, "sản phẩm"), ("=", 100, "%"), (">", 30, "%"), ("=", 10, "HTX")]),
]


BLIND_412_419 = [
    # 416, 419, 417: "nhà vệ sinh", "biển số nhà" and "cánh đồng" are counted whole (and the "cánh đồng lớn" model as
    # written, held-out 653)
    ("Năm 2026 xây mới ít nhất 45 nhà vệ sinh; thay thế tối thiểu 1.500 biển số nhà hư hỏng; xây dựng 35 cánh đồng lớn.",
     [(">=", 45, "nhà vệ sinh"), (">=", 1500, "biển số nhà"), ("=", 35, "cánh đồng lớn")]),
    # 413: "trên các tuyến đã ra quân" says which routes; ", vận động ít nhất 50 người …" is an item of its own
    ("Mục tiêu đến hết năm 2026 tỷ lệ tái lấn chiếm trên các tuyến đã ra quân dưới 10%; bố trí tối thiểu 03 điểm kinh doanh "
     "buổi tối, vận động ít nhất 50 người bán hàng rong chuyển sang kinh doanh cố định.",
     [("<", 10, "%", "tỷ lệ tái lấn chiếm trên các tuyến đã ra quân"), (">=", 3, "điểm"), (">=", 50, "người")]),
]


BLIND_420_427 = [
    # 424: a code before an indicator ("CT.05  Tỷ lệ …: …") names nothing; a schedule by quarter names its measure before
    ("CHỈ TIÊU NĂM 2026\nCT.05    Tỷ lệ người bệnh bỏ về không khám: giảm 50% so với năm 2025.\n"
     "Lộ trình giảm thời gian chờ khám (KPI-01) theo quý: quý I không quá 45 phút, quý II không quá 40 phút.\n",
     [("=", 50, "%", "Tỷ lệ người bệnh bỏ về không khám"), ("<=", 45, "phút", "thời gian chờ khám"),
      ("<=", 40, "phút", "thời gian chờ khám")]),
    # 424: a coded line whose value opens with its change ("tăng từ 6 lên 12 ki-ốt") is named by its label, commas and all
    ("CHỈ TIÊU NĂM 2026\nCT.06    Số ki-ốt lấy số, thanh toán tự động: tăng từ 6 lên 12 ki-ốt.\n",
     [("=", 12, "ki-ốt", "Số ki-ốt lấy số, thanh toán tự động")]),
    # 427: a form's filled fields between dotted leaders, items coded "C1.", "C2."; the rain that floods a street says when
    ("PHẦN C. CHỈ TIÊU ĐẾN NĂM 2027\nC1. Diện tích mái xanh tăng thêm: ……1.200…… m2\n"
     "C2. Số điểm úng ngập còn lại khi mưa trên 50 mm: tối đa ……02…… điểm\n",
     [("=", 1200, "m2", "Diện tích mái xanh tăng thêm"), ("<=", 2, "điểm")]),
]


BLIND_428_435 = [
    # 435: parts labelled by level after the noun they count ("diễn tập … cấp tỉnh 01 cuộc, cấp huyện 10 cuộc và cấp xã ít
    # nhất 20 cuộc"); 429: "hóa chất xử lý" is a noun
    ("Năm 2025 tổ chức diễn tập chữa cháy rừng cấp tỉnh 01 cuộc, cấp huyện 10 cuộc và cấp xã ít nhất 20 cuộc; giảm 20% lượng "
     "hóa chất xử lý ao nuôi so với năm 2023.",
     [("=", 1, "cuộc", "diễn tập chữa cháy rừng cấp tỉnh"), ("=", 10, "cuộc", "diễn tập chữa cháy rừng cấp huyện"),
      (">=", 20, "cuộc", "diễn tập chữa cháy rừng cấp xã"), ("=", 20, "%", "lượng hóa chất xử lý ao nuôi")]),
    # 430: the previous plan's figures are no goals of this one
    ("Tỷ lệ siêu thị không sử dụng túi ni lông được nâng từ 50% trong kế hoạch trước lên 100% vào năm 2025. Kế hoạch trước đặt "
     "mục tiêu xây dựng 20 chợ văn minh; tỷ lệ chất thải nhựa được phân loại đạt ít nhất 85%, thay cho mức 60% của giai đoạn "
     "trước.", [("=", 100, "%"), (">=", 85, "%")]),
]


BLIND_436_443 = [
    # 438: "Giai đoạn 2025 - 2027 chuyển đổi …" opens with its period and its verb; the parts after "; trong đó" are of the
    # same whole
    ("Giai đoạn 2025 - 2027 chuyển đổi tối thiểu 650 ha đất lúa thiếu nước sang cây trồng cạn; trong đó năm 2025 chuyển đổi "
     "200 ha, năm 2026 là 220 ha.",
     [(">=", 650, "ha", "đất lúa thiếu nước sang cây trồng cạn"), ("=", 200, "ha", "đất lúa thiếu nước sang cây trồng cạn"),
      ("=", 220, "ha", "đất lúa thiếu nước sang cây trồng cạn")]),
    # 437: a count written the English way ("1,200 nhà vệ sinh") is 1.200; 439: "phao cứu sinh" is counted whole
    ("Năm 2026 xây mới 1,200 nhà vệ sinh; lắp đặt ít nhất 10 phao cứu sinh tại bến đò.",
     [("=", 1200, "nhà vệ sinh"), (">=", 10, "phao cứu sinh")]),
    # 442: a quota's holder before the colon is no counted noun
    ("CHỈ TIÊU GIAO NĂM 2026\n- Đoàn Khối các cơ quan tỉnh: 400 đơn vị máu\n- Đoàn Trường Đại học Hùng Vương: 350 đơn vị máu\n",
     [("=", 400, "đơn vị máu", "đơn vị máu Đoàn Khối các cơ quan tỉnh"),
      ("=", 350, "đơn vị máu", "đơn vị máu Đoàn Trường Đại học Hùng Vương")]),
]


def test_a_space_laid_table_with_a_two_line_head_and_wrapped_labels():
    # held-out 429: "Kế hoạch" over "năm 2024" in the head, a label wrapped onto the next line; a note column's figures
    # are no goals
    text = ("Các chỉ tiêu chủ yếu của kế hoạch như sau:\n\n"
            "STT   Chỉ tiêu                                    Đơn vị       Kế hoạch         Ghi chú\n"
            "                                                               năm 2024         (số liệu năm 2023)\n"
            "1     Diện tích thả nuôi tôm nước lợ              ha           5.000            thực hiện 4.836 ha\n"
            "2     Tỷ lệ diện tích tôm nuôi bị thiệt hại       %            dưới 3           187 ha bị bệnh\n"
            "      do dịch bệnh\n")
    doc = Document.from_text(text, published=date(2024, 3, 8))
    found = find(doc, now=2024, horizon=2024)
    assert [(t.comparator, t.value, t.unit, t.subject, t.deadline) for t in found] == [
        ("=", 5000, "ha", "Diện tích thả nuôi tôm nước lợ", 2024),
        ("<", 3, "%", "Tỷ lệ diện tích tôm nuôi bị thiệt hại do dịch bệnh", 2024)]


def test_a_table_whose_first_column_was_merged_down():
    # held-out 422: "Cửa khẩu | Chỉ tiêu | Thực hiện 2024 | Mục tiêu 2025 | Mục tiêu 2026" over "Hữu Nghị | Thời gian … | …"
    # and rows one cell short under it (an HTML rowspan); "từ 65% trở lên" in a cell is a floor
    text = ("Cửa khẩu | Chỉ tiêu | Thực hiện 2024 | Mục tiêu 2025 | Mục tiêu 2026\n"
            "Hữu Nghị | Thời gian thông quan mỗi xe hàng | 95 phút | dưới 60 phút | không quá 45 phút\n"
            "Tỷ lệ tờ khai được phân luồng xanh | 58% | từ 65% trở lên | từ 70% trở lên\n")
    doc = Document.from_text(text, published=date(2025, 3, 6))
    found = [t for t in find(doc, now=2025, horizon=2026) if t.kind == "target"]
    assert [(t.comparator, t.value, t.unit, t.deadline) for t in found] == [
        ("<", 60, "phút", 2025), ("<=", 45, "phút", 2026), (">=", 65, "%", 2025), (">=", 70, "%", 2026)]
    assert found[2].subject == "Tỷ lệ tờ khai được phân luồng xanh"


def test_a_correction_notice_sets_its_new_figures_only():
    # held-out 417: 'Đã viết: "đạt 80%" / Nay sửa lại là: "đạt 85%"' under the point it corrects; a corrected budget is
    # still a budget; 'cụm từ "giảm 15% …" được sửa thành "giảm 20% lượng giống gieo sạ …"'
    text = ("Nội dung đính chính:\n\n1. Tại điểm b khoản 2 mục II (tỷ lệ diện tích gieo cấy sử dụng giống lúa xác nhận năm 2025):\n"
            "Đã viết: \"đạt 80%\"\nNay sửa lại là: \"đạt 85%\"\n\n2. Tại điểm c khoản 2 mục II (số cánh đồng sản xuất giống):\n"
            "Đã viết: \"năm 2025: 30 cánh đồng\"\nNay sửa lại là: \"năm 2025: 35 cánh đồng\"\n\n3. Tại khoản 3 mục IV (kinh phí "
            "hỗ trợ từ ngân sách tỉnh):\nĐã viết: \"12 tỷ đồng\"\nNay sửa lại là: \"15,6 tỷ đồng\"\n\nNgoài ra, cụm từ \"giảm 15% lượng "
            "giống gieo sạ so với năm 2023\" được sửa thành \"giảm 20% lượng giống gieo sạ so với năm 2023\".\n")
    found = find(Document.from_text(text), now=2024, horizon=2025)
    assert [(t.value, t.unit, t.subject) for t in found] == [
        (85, "%", "tỷ lệ diện tích gieo cấy sử dụng giống lúa xác nhận"), (35, "cánh đồng", "số cánh đồng sản xuất giống"),
        (20, "%", "lượng giống gieo sạ")]


def test_an_annex_gives_each_indicator_its_unit_and_its_figures_by_period():
    # held-out 414: "1.1.1. Trong đó: đào tạo trình độ sơ cấp (ĐVT: người)" over "Năm 2026: 4.500; năm 2027: 4.800.", and
    # "Cả giai đoạn: không dưới 60.", "Mỗi năm không thấp hơn 40."
    text = ("PHỤ LỤC\n1.1.1. Trong đó: đào tạo trình độ sơ cấp (ĐVT: người)\nNăm 2026: 4.500; năm 2027: 4.800.\n"
            "1.2. Tỷ trọng đào tạo nghề phi nông nghiệp (ĐVT: %)\nCả giai đoạn: không dưới 60.\n"
            "3.3. Tỷ lệ lao động nữ được hỗ trợ (ĐVT: %)\nMỗi năm không thấp hơn 40.\n")
    found = find(Document.from_text(text), now=2026, horizon=2030)
    assert [(t.comparator, t.value, t.unit, t.subject, t.deadline) for t in found] == [
        ("=", 4500, "người", "đào tạo trình độ sơ cấp", 2026), ("=", 4800, "người", "đào tạo trình độ sơ cấp", 2027),
        (">=", 60, "%", "Tỷ trọng đào tạo nghề phi nông nghiệp", 2030), (">=", 40, "%", "Tỷ lệ lao động nữ được hỗ trợ", 2030)]


def test_a_posts_comments_under_its_action_bar_set_no_goals():
    # held-out 434: "42 bình luận · 18 lượt chia sẻ" and "Thích · Bình luận · Chia sẻ" open the comments, whose figures
    # (and the count of comments) are no goals
    text = ("Mục tiêu đến năm 2030: 100% tổ dân phố có câu lạc bộ liên thế hệ.\n\n👍❤️ 356\n42 bình luận · 18 lượt chia sẻ\n\n"
            "Thích · Bình luận · Chia sẻ\n\nNguyễn Thị Lan\nTổ em phấn đấu năm 2026 có ít nhất 35 cụ tham gia CLB dưỡng sinh ạ\n")
    assert [(t.value, t.unit) for t in find(Document.from_text(text), now=2025, horizon=2030)] == [(100, "%")]


def test_a_scoring_rubric_sets_no_goals():
    # held-out 431: "Khu dân cư được đề nghị công nhận khi đạt từ 90 điểm trở lên …" is the rubric's threshold
    doc = Document.from_text("Khu dân cư được đề nghị công nhận khi đạt từ 90 điểm trở lên và không có tiêu chí nào dưới 70% số "
                             "điểm tối đa.\n\nMỤC TIÊU CỤ THỂ\n1. Năm 2024 có ít nhất 2 thôn đạt chuẩn khu dân cư kiểu mẫu.")
    assert [(t.value, t.unit) for t in find(doc, now=2024, horizon=2025)] == [(2, "thôn")]


def test_figures_that_are_no_goals_of_the_412_419_batches():
    # 418: an event's attendance, a policy's share of a fee, and "mới là 8,6%" (where it stands) are no goals
    doc = Document.from_text("08:00 – Hơn 300 đại biểu có mặt tại Trung tâm Hội nghị tỉnh.\n\nTỷ lệ công chức đạt bậc 3 mới là "
                             "8,6%. Kế hoạch đặt mục tiêu đến năm 2027 có ít nhất 30% công chức cấp tỉnh đạt bậc 3; công chức "
                             "tự học được hỗ trợ 50% học phí.", published=date(2025, 5, 20))
    assert [(t.kind, t.value) for t in find(doc, now=2025, horizon=2030)] == [("result", 8.6), ("target", 30)]


def test_a_table_of_quarters_and_its_year():
    # held-out 406: "| Thời gian | Số hội viên được tập huấn (người) | …" over "| Quý I/2026 | 2.000 | …" and "| **Cả năm** |
    # **12.000** |": each quarter's goal names its quarter (the same figure in two quarters is two goals); the year's sums
    text = ("| Thời gian | Số hội viên được tập huấn (người) | Số lớp tập huấn (lớp) |\n|---|---|---|\n"
            "| Quý I/2026 | 2.000 | 40 |\n| Quý II/2026 | 3.500 | 40 |\n| **Cả năm** | **5.500** | **80** |\n")
    doc = Document.from_text(text, published=date(2026, 1, 14))
    found = find(doc, now=2026, horizon=2026)
    assert [(t.value, t.subject, t.deadline) for t in found] == [
        (2000, "Số hội viên được tập huấn quý I/2026", 2026), (40, "Số lớp tập huấn quý I/2026", 2026),
        (3500, "Số hội viên được tập huấn quý II/2026", 2026), (40, "Số lớp tập huấn quý II/2026", 2026),
        (5500, "Số hội viên được tập huấn cả năm", 2026), (80, "Số lớp tập huấn cả năm", 2026)]
    assert text[found[4].span[0]:found[4].span[1]] == "5.500"


def test_a_results_list_reports_unless_its_lines_give_the_plan():
    # held-out 410: "Kết quả năm 2024:" over "- Doanh thu trực tuyến: khoảng 14,6 tỷ đồng" reports; 249: "Kết quả …:" over
    # "– Kế hoạch: 12.500 thửa – Thực hiện: 8.200 thửa" still gives the plan's figure
    doc = Document.from_text("Kết quả năm 2024:\n- Doanh thu trực tuyến: khoảng 14,6 tỷ đồng\nMục tiêu năm 2025:\n"
                             "- Doanh thu trực tuyến tăng trên 30% so với năm 2024\n", published=date(2025, 1, 15))
    assert [(t.kind, t.value) for t in find(doc, now=2025, horizon=2025)] == [("result", 14.6), ("target", 30)]
    doc = Document.from_text("Kết quả đến hết ngày 30/9/2024:\n\n1. Đo đạc bản đồ địa chính – Kế hoạch: 12.500 thửa – "
                             "Thực hiện: 8.200 thửa – đạt 65,6%.\n", published=date(2024, 10, 10))
    assert [(t.kind, t.value) for t in find(doc, now=2024, horizon=2024)][:2] == [("target", 12500), ("result", 8200)]


def test_a_feed_of_articles_keeps_only_those_about_a_plan_or_a_goal():
    # held-out 402: a category page of short items (headline, time, sapo, "Xem tiếp »"); the rice prices, the tourists and
    # the exam are other news
    text = ("Tin mới nhất\n\nGiá lúa hè thu tăng nhẹ tại các huyện\n07/06/2024 17:05\n(BKG) - Lúa tươi được thu mua 7.600 "
            "đồng/kg, tăng 200 đồng/kg.\nXem tiếp »\n\nRà soát thiết bị giám sát hành trình cho tàu cá\n07/06/2024 15:30\n"
            "(BKG) - Chi cục Thủy sản ban hành Kế hoạch số 86/KH-CCTS.\nTheo kế hoạch, năm 2024 phấn đấu 100% tàu cá được "
            "cập nhật lên VNFishbase.\nXem tiếp »\n\nPhú Quốc đón hơn 52.000 lượt khách quốc tế\n07/06/2024 10:12\n"
            "(BKG) - Tháng 5, Phú Quốc đón 52.300 lượt khách quốc tế, tăng 38%.\nXem tiếp »\n\nHơn 16.500 thí sinh dự thi "
            "vào lớp 10 năm nay\n05/06/2024 14:20\n(BKG) - Kỳ thi có 16.530 thí sinh tại 41 điểm thi.\nXem tiếp »\n")
    doc = Document.from_text(text, published=date(2024, 6, 7))
    assert [(t.value, t.unit) for t in find(doc, now=2024)] == [(100, "%")]


def test_figures_that_are_no_goals_of_the_396_403_batch():
    # 400: a donor's grant is the project's budget
    doc = Document.from_text("Tổng vốn dự án 112,6 tỷ đồng, trong đó vốn ODA 3,8 triệu USD; phấn đấu trồng mới 320 ha rừng "
                             "ngập mặn đến năm 2028.")
    assert [(t.value, t.unit) for t in find(doc, now=2024, horizon=2028)] == [(320, "ha")]
    doc = Document.from_text(
        # 398: an hour of the day; 402: the length that says which vessels
        "Kế hoạch đặt mục tiêu đến năm 2027 đèn trang trí trên các cầu sẽ tắt sau 23 giờ; 100% tàu cá dài từ 15 m trở lên "
        "phải lắp thiết bị giám sát hành trình.")
    assert [(t.value, t.unit) for t in find(doc, now=2025)] == [(100, "%")]
    # 399: "Năm học 2023-2024, mới có 38% giáo viên …" written in September 2024: the school year just ended
    doc = Document.from_text("Năm học 2023-2024, mới có 38% giáo viên được tập huấn về giáo dục STEM.",
                             published=date(2024, 9, 27))
    assert [(t.kind, t.value) for t in find(doc, now=2024)] == [("result", 38)]
    # 397: under "HIỆN TRẠNG:" the figures report; 396: "đạt huyết áp mục tiêu" is a clinical term, no goal word
    doc = Document.from_text("📊 HIỆN TRẠNG:\nHiện mới thu gom được khoảng 38% rơm rạ ra khỏi đồng ruộng.\n\n"
                             "I. KẾT QUẢ NĂM 2024\nTỷ lệ người bệnh đạt huyết áp mục tiêu mới đạt 48,5%.",
                             published=date(2025, 2, 14))
    assert [(t.kind, t.value) for t in find(doc, now=2025, horizon=2025)] == [("result", 38), ("result", 48.5)]
    # 282 and 192: "toàn tỉnh (gồm cả …) có 1.078 trường" describes; "trong đó 217 trường đã dạy …" tells what was done
    doc = Document.from_text("Năm học 2024 - 2025, toàn tỉnh (gồm cả địa bàn tỉnh cũ) có 684 trường tiểu học, trong đó "
                             "217 trường đã dạy tiếng Anh tự chọn cho học sinh lớp 1.", published=date(2025, 9, 10))
    assert [(t.kind, t.value) for t in find(doc, now=2025)] == [("result", 217)]


def test_a_table_whose_cells_name_their_columns():
    # held-out 399: "Chỉ tiêu: … | Năm học 2024-2025: 100% | Năm học 2025-2026: 100%", one row a line; a bracket in the
    # label that is no unit ("(tiểu học)") leaves the cell's own
    text = ("BẢNG CHỈ TIÊU\nChỉ tiêu: Trường thực hiện dạy học bài học STEM | Năm học 2024-2025: 90% | Năm học 2025-2026: 100%\n"
            "Chỉ tiêu: Số bài học STEM/khối lớp/học kỳ (tiểu học) | Năm học 2024-2025: 2 bài | Năm học 2025-2026: 3 bài\n")
    doc = Document.from_text(text, published=date(2024, 9, 27))
    found = find(doc, now=2024, horizon=2026)
    assert [(t.value, t.unit, t.deadline) for t in found] == [(90, "%", 2025), (100, "%", 2026), (2, "bài", 2025),
                                                            (3, "bài", 2026)]
    assert found[0].subject == "Trường thực hiện dạy học bài học STEM"


def test_tables_laid_out_as_a_semicolon_export_and_as_bulleted_cells():
    # held-out 364: an open-data portal's CSV with ";" between cells, a quoted cell, section rows and a budget row
    text = ("STT;Nhóm;Chỉ tiêu;Đơn vị tính;Thực hiện đến 31/12/2023;Kế hoạch năm 2024;Mục tiêu đến năm 2025;Ghi chú\n"
            "C;TỶ LỆ NHỰA HÓA;;;;;;\nC1;Tỷ lệ;Tỷ lệ đường huyện được nhựa hóa, bê tông hóa;%;93,8;96;100;\n"
            "C3;Tỷ lệ;Tỷ lệ đường thôn, xóm được cứng hóa;%;78,5;82;tối thiểu 85;\"Sạch; không lầy lội\"\n"
            "E1;Nguồn lực;Tổng kinh phí thực hiện;tỷ đồng;;;1.286;\n")
    found = find(Document.from_text(text), now=2024, horizon=2025)
    assert [(t.comparator, t.value, t.unit, t.deadline) for t in found] == [
        ("=", 96, "%", 2024), ("=", 100, "%", 2025), ("=", 82, "%", 2024), (">=", 85, "%", 2025)]
    # held-out 365: a table a page flattened into one bulleted line per cell, its columns school years
    text = ("• Chỉ tiêu\n• Năm học 2025 - 2026\n• Năm học 2026 - 2027\n• Tỷ lệ trẻ 3 tuổi ra lớp\n• 88%\n• 92%\n"
            "• Số xã, phường đạt chuẩn phổ cập giáo dục mầm non\n• 30\n• 65\n")
    found = find(Document.from_text(text), now=2025, horizon=2030)
    # (the places of two levels counted as written, gold/README; gold 365 counts "xã, phường")
    assert [(t.value, t.unit, t.deadline) for t in found] == [(88, "%", 2026), (92, "%", 2027), (30, "xã, phường", 2026),
                                                            (65, "xã, phường", 2027)]


def test_a_table_of_communes_with_their_codes_and_years():
    # held-out 370: "TT | Huyện | Xã | Số tiêu chí đã đạt (31/5/2024) | Tiêu chí, chỉ tiêu còn phải hoàn thành | Thu nhập bình
    # quân đầu người phấn đấu (triệu đồng/người/năm) | Năm đạt chuẩn", tab-separated: what each commune has is no goal
    text = ("Chỉ tiêu giao cho từng xã:\n\nTT\tHuyện, thị xã\tXã\tSố tiêu chí đã đạt (31/5/2024)\tTiêu chí, chỉ tiêu còn phải hoàn "
            "thành\tThu nhập bình quân đầu người phấn đấu (triệu đồng/người/năm)\tNăm đạt chuẩn\n1\tVăn Yên\tMỏ Vàng\t15\t"
            "2.2; 5; 6.3; 13.1\t45\t2024\n2\tVăn Yên\tNà Hẩu\t14\t2.4; 17.1\t48\t2025\n")
    found = find(Document.from_text(text), now=2024, horizon=2025)
    assert [(t.value, t.unit, t.subject, t.deadline, t.criteria) for t in found] == [
        (45, "triệu đồng/người/năm", "Thu nhập bình quân đầu người xã Mỏ Vàng", 2024, ["2.2", "5", "6.3", "13.1"]),
        (48, "triệu đồng/người/năm", "Thu nhập bình quân đầu người xã Nà Hẩu", 2025, ["2.4", "17.1"])]

def test_a_spreadsheet_form_and_a_table_named_by_its_first_column():
    # held-out 377: a form's title rows over its header, a row of column numbers, quoted cells, "% chỉ tiêu"
    text = ("UBND XÃ THỌ XUÂN\t\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\t\t\nCÁC CHỈ TIÊU CHỦ YẾU NĂM 2026\t\t\t\t\t\n"
            "Chỉ tiêu\tMã số\tĐVT\tThực hiện năm 2025\tKế hoạch năm 2026\tGhi chú\nA\tB\tC\t1\t2\t3\n"
            "I. CHỈ TIÊU KINH TẾ\t\t\t\t\t\nTổng giá trị sản xuất\t01\tTỷ đồng\t2.846,5\t3.090\t\n"
            "\"Tỷ lệ thôn, tổ dân phố đạt danh hiệu văn hóa\"\t16\t%\t88,6\t90\t\nGiao quân\t20\t% chỉ tiêu\t100\t100\t\n")
    found = find(Document.from_text(text), now=2026, horizon=2026)
    assert [(t.value, t.unit, t.subject) for t in found] == [
        (3090, "tỷ đồng", "Tổng giá trị sản xuất"), (90, "%", "Tỷ lệ thôn, tổ dân phố đạt danh hiệu văn hóa"),
        (100, "%", "Giao quân")]
    # held-out 375: "| Loại đất | Hiện trạng năm 2025 (ha) | Kế hoạch năm 2026 (ha) | Tăng (+), giảm (-) |"
    text = ("| Loại đất | Hiện trạng năm 2025 (ha) | Kế hoạch năm 2026 (ha) | Tăng (+), giảm (-) |\n|---|---|---|---|\n"
            "| Đất trồng lúa | 148.905,12 | 147.318,40 | -1.586,72 |\n| Trong đó: Đất chuyên trồng lúa | 139.100,00 | 138.250,00 | -850,00 |\n")
    found = find(Document.from_text(text), now=2026, horizon=2026)
    assert [(t.value, t.unit, t.subject) for t in found] == [(147318.4, "ha", "Đất trồng lúa"),
                                                            (138250, "ha", "Đất chuyên trồng lúa")]


def test_more_of_them_is_a_change_not_a_description():
    # held-out 071: the body restates the headline's goal with "toàn tỉnh có thêm 10 xã …, 8 xã … và 3 xã …": "có thêm" is a
    # change, no description of what the province has, so the list's other items stay
    from kh_extract import extract
    e = extract("Quảng Bình đặt mục tiêu năm 2023 có thêm 10 xã đạt chuẩn nông thôn mới\n\nThứ Năm, 09/03/2023 - 07:45\n\n"
                "UBND tỉnh vừa ban hành Kế hoạch số 412/KH-UBND ngày 06/3/2023 về xây dựng nông thôn mới năm 2023.\n\nChỉ tiêu cho "
                "từng cấp\n\nỞ cấp xã, toàn tỉnh có thêm 10 xã đạt chuẩn NTM, 8 xã đạt chuẩn NTM nâng cao và 3 xã đạt chuẩn NTM "
                "kiểu mẫu.")
    assert [(t.kind, t.value) for t in e.targets] == [("target", 10), ("target", 8), ("target", 3)]

def test_this_years_estimate_beside_next_years_goal_reports():
    # held-out 392: "- Thu nhập bình quân đầu người: năm 2025 ước đạt 68,5 triệu đồng, năm 2026 phấn đấu đạt trên 74 triệu
    # đồng." in June 2025; 391: the law's contribution rate "mức đóng … bằng 22%" is no goal
    doc = Document.from_text("Các chỉ tiêu chủ yếu:\n- Thu nhập bình quân đầu người: năm 2025 ước đạt 68,5 triệu đồng, năm "
                             "2026 phấn đấu đạt trên 74 triệu đồng.\n\nTheo Luật Bảo hiểm xã hội, mức đóng hằng tháng bằng 22% "
                             "mức thu nhập tháng do người tham gia lựa chọn.", published=date(2025, 6, 20))
    found = find(doc, now=2025, horizon=2026)
    assert [(t.kind, t.value, t.subject) for t in found] == [("result", 68.5, "Thu nhập bình quân đầu người"),
                                                            ("target", 74, "Thu nhập bình quân đầu người")]

def test_an_ordinal_lead_is_no_subject():
    # held-out 379: "Thứ nhất, 100% dân số nông thôn …", "Thứ ba, đấu nối mới theo từng năm: …"
    found = find(Document.from_text("Mục tiêu đến năm 2030:\n\nThứ nhất, 100% dân số nông thôn được sử dụng nước hợp vệ "
                                    "sinh.\n\nThứ hai, phấn đấu 75% dân số nông thôn sử dụng nước sạch."), now=2025, horizon=2030)
    assert [(t.value, t.subject) for t in found] == [(100, "dân số nông thôn"), (75, "dân số nông thôn")]

def test_a_headline_that_demands_a_repair_stays_a_goal():
    # held-out 250: "Sửa chữa dứt điểm 42 hồ chứa xung yếu trước mùa lũ 2024" (the season's year is the deadline); 238: a
    # headline that demands ("yêu cầu gia cố …") what the body reports as the state of things stays a goal
    doc = Document.from_text("Thanh Hóa: Sửa chữa dứt điểm 42 hồ chứa xung yếu trước mùa lũ 2024\n\nUBND tỉnh ban hành kế "
                             "hoạch bảo đảm an toàn hồ đập.")
    doc.title = "Thanh Hóa: Sửa chữa dứt điểm 42 hồ chứa xung yếu trước mùa lũ 2024"
    assert [(t.kind, t.value, t.subject, t.deadline) for t in find(doc, now=2024, horizon=2026)] == [
        ("target", 42, "hồ chứa xung yếu", 2024)]
    doc = Document.from_text("Thanh Chương yêu cầu gia cố dứt điểm 11 cầu dân sinh xuống cấp trước mùa mưa lũ\n\nDù vậy, "
                             "toàn huyện hiện còn 11 cầu dân sinh xuống cấp, tiềm ẩn nguy cơ mất an toàn.")
    doc.title = "Thanh Chương yêu cầu gia cố dứt điểm 11 cầu dân sinh xuống cấp trước mùa mưa lũ"
    assert [(t.kind, t.value) for t in find(doc, now=2024)][:1] == [("target", 11)]


def test_a_baseline_in_brackets_after_a_goal_reports_and_dates_nothing():
    # held-out 348: "…: > 90% (năm 2025: 87,4%)", "…: ≥ 80% (năm 2025 mới triển khai thí điểm)" in January 2026
    text = ("Các chỉ tiêu chủ yếu năm 2026:\n- Tỷ lệ trẻ sơ sinh được tiêm vắc xin viêm gan B trong 24 giờ đầu sau sinh: "
            "> 90% (năm 2025: 87,4%).\n- Tỷ lệ trẻ được uống đủ 2 liều vắc xin Rota: ≥ 80% (năm 2025 mới triển khai thí "
            "điểm).")
    doc = Document.from_text(text, published=date(2026, 1, 12))
    found = find(doc, now=2026, horizon=2026)
    assert [(t.kind, t.comparator, t.value) for t in found] == [("target", ">", 90), ("result", "=", 87.4),
                                                               ("target", ">=", 80)]


def test_a_past_years_column_beside_a_goal_column_reports():
    # held-out 351, written in January 2026: "| Chỉ tiêu | ĐVT | Năm 2025 | Kế hoạch 2026 |"
    text = ("| Chỉ tiêu | ĐVT | Năm 2025 | Kế hoạch 2026 |\n|---|---|---|---|\n| Số vụ cháy rừng | Vụ | 14 | ≤ 11 |\n"
            "| Chòi canh lửa được xây mới, sửa chữa | Chòi | 12 | 20 |\n")
    found = [t for t in find(Document.from_text(text), now=2026, horizon=2026) if t.kind == "target"]
    assert [(t.comparator, t.value, t.unit) for t in found] == [("<=", 11, "vụ"), ("=", 20, "chòi")]


def test_a_parts_predicate_is_not_the_wholes():
    # held-out 349: "tối thiểu 4.000 phòng lưu trú, trong đó không dưới 1.200 phòng đạt tiêu chuẩn 3 sao trở lên"
    found = find(Document.from_text("Đến năm 2030 toàn huyện có tối thiểu 4.000 phòng lưu trú, trong đó không dưới 1.200 "
                                    "phòng đạt tiêu chuẩn 3 sao trở lên."), now=2025, horizon=2030)
    assert [(t.value, t.action) for t in found] == [(4000, None), (1200, "đạt tiêu chuẩn 3 sao trở lên")]

def test_the_period_of_a_criteria_set_dates_no_later_sentence():
    # held-out 347, written in October 2025: "… chỉ tiêu 13.1 của Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 -
    # 2025 (…). Dư nợ … được điều chỉnh từ 1.800 tỷ đồng lên 2.300 tỷ đồng": the set's period is no year of the paragraph,
    # so the revision is no figure of this year's review
    text = ("Toàn tỉnh hình thành không dưới 45 hợp tác xã, đáp ứng chỉ tiêu 13.1 của Bộ tiêu chí quốc gia về xã nông thôn "
            "mới giai đoạn 2021 - 2025 (kế hoạch cũ đặt 60 hợp tác xã). Dư nợ cho vay mua máy móc nông nghiệp được điều chỉnh "
            "từ 1.800 tỷ đồng lên 2.300 tỷ đồng; tổn thất sau thu hoạch lúa giảm xuống dưới 8%.")
    doc = Document.from_text(text, published=date(2025, 10, 14))
    found = find(doc, now=2025, horizon=2026, late_in_year=True)
    assert [(t.kind, t.value) for t in found if t.value in (2300, 8)] == [("target", 2300), ("target", 8)]


def test_a_goal_column_headed_by_a_term_is_dated_by_its_last_year():
    # held-out 344: "Chỉ tiêu | Nhiệm kỳ 2019 - 2024 (kết quả) | Nhiệm kỳ 2024 - 2029 (mục tiêu)"
    text = ("Chỉ tiêu | Nhiệm kỳ 2019 - 2024 (kết quả) | Nhiệm kỳ 2024 - 2029 (mục tiêu)\n"
            "Số câu lạc bộ TDTT cơ sở | 1.142 câu lạc bộ | 1.400 câu lạc bộ\n")
    found = [t for t in find(Document.from_text(text), now=2024, horizon=2029) if t.kind == "target"]
    assert [(t.value, t.unit, t.deadline) for t in found] == [(1400, "câu lạc bộ", 2029)]


def test_a_table_with_its_years_down_the_side():
    # held-out 340: "Năm | Lao động được đào tạo (người) | Tỷ lệ có việc làm (%) | Số lớp" over a row per year; the row
    # marked "(thực hiện)" reports
    text = ("Kết quả năm 2023 và chỉ tiêu hai năm tới được giao như sau:\n\nNăm | Lao động được đào tạo (người) | "
            "Tỷ lệ có việc làm (%) | Số lớp\n2023 (thực hiện) | 985 | 79,4 | 33\n2024 | 1.100 | 80 | 36\n")
    doc = Document.from_text(text, published=date(2024, 3, 14))
    found = find(doc, now=2024)
    assert [(t.kind, t.value, t.unit, t.subject, t.deadline) for t in found] == [
        ("result", 985, "người", "Lao động được đào tạo", 2023), ("result", 79.4, "%", "Tỷ lệ có việc làm", 2023),
        ("result", 33, "lớp", "Số lớp", 2023), ("target", 1100, "người", "Lao động được đào tạo", 2024),
        ("target", 80, "%", "Tỷ lệ có việc làm", 2024), ("target", 36, "lớp", "Số lớp", 2024)]


def test_result_and_goal_labelled_on_one_line_under_their_indicator():
    # held-out 339: "kết quả năm 2025 (KQ 2025) … chỉ tiêu năm 2026 (CT 2026)", then "Chỉ tiêu 3: Số bản, …" over
    # "KQ 2025: 9 bản; CT 2026: ít nhất 12 bản"; what a goal's line adds after it is read as a sentence
    text = ("Chỉ tiêu 1: Tỷ lệ người nghiện có hồ sơ quản lý được tổ chức cai nghiện (tự nguyện, bắt buộc).\n"
            "KQ 2025: 25%; CT 2026: ≥ 35%.\n\nChỉ tiêu 5: Số buổi tuyên truyền phòng, chống ma túy tại cộng đồng.\n"
            "KQ 2025: 32 buổi; CT 2026: không dưới 48 buổi, mỗi bản, tiểu khu tổ chức ít nhất 03 buổi/năm.")
    doc = Document.from_text(text, published=date(2026, 1, 15))
    found = find(doc, now=2026)
    assert [(t.kind, t.comparator, t.value, t.unit, t.deadline) for t in found] == [
        ("result", "=", 25, "%", 2025), ("target", ">=", 35, "%", 2026),
        ("result", "=", 32, "buổi", 2025), ("target", ">=", 48, "buổi", 2026), ("target", ">=", 3, "buổi/năm", None)]
    assert found[1].subject == "Tỷ lệ người nghiện có hồ sơ quản lý được tổ chức cai nghiện"


def test_a_period_heading_dates_the_items_under_it():
    # held-out 336: "a) Giai đoạn 2025 - 2027:" over "i) …", "ii) …"; "b) Giai đoạn 2028 - 2030:" over its own
    text = ("2. Mục tiêu cụ thể\na) Giai đoạn 2025 - 2027:\ni) 100% bệnh viện thực hiện phân loại chất thải y tế;\n"
            "ii) 95% trạm y tế xã thu gom chất thải y tế đúng quy định.\nb) Giai đoạn 2028 - 2030:\n"
            "i) 100% trung tâm y tế có hệ thống xử lý nước thải.")
    found = find(Document.from_text(text), now=2025, horizon=2030)
    assert [(t.value, t.deadline) for t in found] == [(100, 2027), (95, 2027), (100, 2030)]


def test_a_schedule_line_dates_its_goals():
    # held-out 335: "Lịch triển khai cụ thể:" over lines "Tháng 9/2024: …", "Tháng 10 - 11/2024: …" (goals of those
    # months, though a line also says "hoàn thành báo cáo …"); "Quý I/2025: …"
    text = ("Lịch triển khai cụ thể:\n\nTháng 9/2024: Các trường hoàn thành báo cáo thực trạng thư viện trước ngày 30/9/2024; "
            "100% lớp học cấp tiểu học có tủ sách lớp học.\n\nTháng 10 - 11/2024: Mỗi trường THCS thành lập ít nhất 01 câu lạc "
            "bộ đọc sách.\n\nQuý I/2025: Vận động quyên góp tối thiểu 12.000 bản sách.")
    doc = Document.from_text(text, published=date(2024, 8, 28))
    found = find(doc, now=2024)
    assert [(t.kind, t.value, t.unit, t.deadline) for t in found] == [
        ("target", 100, "%", 2024), ("target", 1, "câu lạc bộ", 2024), ("target", 12000, "bản sách", 2025)]


ELEVENTH_SESSION_BATCHES = {
    "292-295": (BLIND_292_295, 2030), "296-299": (BLIND_296_299, 2030), "300-303": (BLIND_300_303, 2027),
    "304-305": (BLIND_304_305, 2030), "308-309": (BLIND_308_309, 2025), "312-315": (BLIND_312_315, 2027),
    "316-319": (BLIND_316_319, 2030), "320-323": (BLIND_320_323, 2030), "324-327": (BLIND_324_327, 2027),
    "328-331": (BLIND_328_331, 2026), "subjects-cut-short": (SUBJECTS_CUT_SHORT, 2026),
    "332-335": (BLIND_332_335, 2026), "descriptions": (DESCRIPTIONS_NOT_GOALS, 2030), "336-339": (BLIND_336_339, 2027),
    "340-343": (BLIND_340_343, 2030), "344-347": (BLIND_344_347, 2026),
    "left-from-340-347": (LEFT_FROM_340_347, 2026), "348-355": (BLIND_348_355, 2026),
    "days": (DAYS_AS_GOALS, 2030), "356-363": (BLIND_356_363, 2030),
    "364-371": (BLIND_364_371, 2030), "left-from-372-395": (LEFT_FROM_372_395, 2030),
    "396-403": (BLIND_396_403, 2030), "404-411": (BLIND_404_411, 2025), "412-419": (BLIND_412_419, 2026),
    "420-427": (BLIND_420_427, 2027), "428-435": (BLIND_428_435, 2026), "436-443": (BLIND_436_443, 2027),
}


@pytest.mark.parametrize("text,expected,horizon", [
    pytest.param(text, expected, horizon, id=f"{name}-{i}")
    for name, (cases, horizon) in ELEVENTH_SESSION_BATCHES.items() for i, (text, expected) in enumerate(cases)])
def test_blind_batches_of_the_eleventh_session(text, expected, horizon):
    doc = Document.from_text(text, published=date(2025, 10, 15))
    _assert_goals(find(doc, now=2025, horizon=horizon), expected)


def test_two_objects_of_one_verb_are_parallel():
    # the verb is what stands before as many words as the second object has; a second part longer than the first shares
    # nothing
    from kh_extract.extractors.targets import _shared_verb_pair
    assert _shared_verb_pair("Kiểm tra hộ kinh doanh và cơ sở sản xuất", 2) == ["Kiểm tra hộ kinh doanh",
                                                                                "Kiểm tra cơ sở sản xuất"]
    assert _shared_verb_pair("Thu ngân sách và chi đầu tư phát triển", 2) is None
    assert _shared_verb_pair("tụ huyết trùng trên đàn trâu và bò", 2) is None


def test_words_the_segmenter_joins_still_name_villages():
    # held-out 304 ("cô đỡ thôn bản"), 311 and 130 ("đường trục thôn, liên thôn"): the level is the village's; "kịch bản",
    # "làng nghề" and "nông thôn" name none
    from kh_extract.extractors.targets import _level_of
    assert [_level_of(s, "", None) for s in ("cô đỡ thôn bản", "chiều dài đường trục thôn, liên thôn", "kịch bản",
                                            "làng nghề", "hộ nông thôn")] == ["thon", "thon", None, None, None]


def test_a_resolutions_articles_head_their_sections_and_year_parts_keep_their_years():
    # held-out 443: "Điều 2. Nguồn vốn và kinh phí" heads the budget as "IV. KINH PHÍ" does; "… tại 8 xã vùng cao giai
    # đoạn 2025 - 2027, cụ thể:" is where the listed goals apply; "trong đó năm 2025: 16 phòng, năm 2026: 20 phòng" are
    # parts, each dated by the year that leads it
    text = ("Điều 1. Thông qua mục tiêu đầu tư nhà công vụ giáo viên tại 8 xã vùng cao giai đoạn 2025 - 2027, cụ thể:\n"
            "a) Xây dựng mới 48 phòng nhà công vụ giáo viên, trong đó năm 2025: 16 phòng, năm 2026: 20 phòng, năm 2027: "
            "12 phòng.\n\n"
            "Điều 2. Nguồn vốn và kinh phí\n"
            "Tổng kinh phí thực hiện là 38,6 tỷ đồng, gồm: ngân sách tỉnh 9,5 tỷ đồng; ngân sách huyện 5,1 tỷ đồng. Mức đầu "
            "tư bình quân 420 triệu đồng/phòng.\n")
    found = find(Document.from_text(text, published=date(2025, 3, 20)), now=2025, horizon=2027)
    assert [(t.value, t.unit, t.subject, t.deadline) for t in found] == [
        (48, "phòng", "phòng nhà công vụ giáo viên", 2027), (16, "phòng", "phòng nhà công vụ giáo viên", 2025),
        (20, "phòng", "phòng nhà công vụ giáo viên", 2026), (12, "phòng", "phòng nhà công vụ giáo viên", 2027)]
    # 384: "năm 2026 là 04 cụm, năm 2027 là 05 cụm, giai đoạn 2028 - 2030 thêm 06 cụm": the next part's label is no
    # action of the part before
    text = ("Mục tiêu cụ thể:\n- Thành lập mới các cụm công nghiệp theo quy hoạch: năm 2026 là 04 cụm, năm 2027 là 05 cụm, "
            "giai đoạn 2028 - 2030 thêm 06 cụm.\n")
    found = find(Document.from_text(text, published=date(2025, 3, 20)), now=2025, horizon=2030)
    assert [(t.value, t.unit, t.action, t.deadline) for t in found] == [
        (4, "cụm", None, 2026), (5, "cụm", None, 2027), (6, "cụm", None, 2030)]


BLIND_444_451 = [
    # 451: under "Chỉ tiêu năm 2026:" the items are goals, a raised total and a size set for each group too; a count's
    # number spelled out in brackets, also at both ends of a range
    ("Chỉ tiêu năm 2026:\n- Thành lập mới 12 (mười hai) tổ liên gia an toàn PCCC, nâng tổng số tổ liên gia trên địa bàn lên "
     "58 (năm mươi tám) tổ; mỗi tổ liên gia gồm từ 05 (năm) đến 10 (mười) hộ liền kề.",
     [("=", 12, "tổ liên gia", "tổ liên gia an toàn PCCC"), ("=", 58, "tổ", "tổng số tổ liên gia trên địa bàn"),
      ("=", 5, "hộ", "hộ liền kề")]),
    # 451: a quota list under "Chỉ tiêu … phân theo tổ dân phố:", each place holding its count
    ("Chỉ tiêu mở lối thoát nạn thứ hai phân theo tổ dân phố:\n+ Tổ dân phố số 3: 04 (bốn) cơ sở;\n"
     "+ Tổ dân phố số 7: 06 (sáu) cơ sở.",
     [("=", 4, "cơ sở", "cơ sở tại Tổ dân phố số 3"), ("=", 6, "cơ sở", "cơ sở tại Tổ dân phố số 7")]),
    # 451: "từ 02 tầng" says which houses; "có từ 02 tầng trở lên" before the verb is part of the subject
    ("Phường Thanh Xuân: mỗi nhà trọ từ 02 tầng phải có lối thoát nạn thứ hai.\n\n- Ít nhất 25 (hai mươi lăm) cơ sở nhà trọ "
     "có từ 02 tầng trở lên phải mở lối thoát nạn thứ hai.",
     [(">=", 25, "cơ sở", "cơ sở nhà trọ có từ 02 tầng trở lên")]),
    # 448: a campaign's name in quotes counts nothing; "có người vi phạm …" says which families change; "do phụ nữ làm
    # chủ hoặc tham gia quản lý" is whose both joined counts are
    ("Kế hoạch thực hiện Cuộc vận động xây dựng gia đình “5 không, 3 sạch” năm 2024.\n- Giảm ít nhất 20% số gia đình hội "
     "viên có người vi phạm pháp luật so với năm 2023.\n- Thành lập mới tối thiểu 30 tổ hợp tác và 10 hợp tác xã do phụ nữ "
     "làm chủ hoặc tham gia quản lý.",
     [(">=", 20, "%", "số gia đình hội viên có người vi phạm pháp luật"),
      (">=", 30, "tổ hợp tác", "tổ hợp tác do phụ nữ làm chủ hoặc tham gia quản lý"),
      (">=", 10, "hợp tác xã", "hợp tác xã do phụ nữ làm chủ hoặc tham gia quản lý")]),
]


BLIND_444_447 = [
    # 444: "Thời gian dự báo …" names a measure, no forecast; "khi có tình huống khẩn cấp" is when, no threshold; a count
    # named by its noun alone takes the noun its sentence named before the colon
    ("Thời gian dự báo, cảnh báo sớm lũ quét được nâng lên 3 - 6 giờ trước khi xảy ra. Bố trí, củng cố không dưới 350 "
     "điểm sơ tán tập trung, bảo đảm chỗ ở tạm cho khoảng 12.000 người dân khi có tình huống khẩn cấp. Trong đó, việc lắp "
     "đặt trạm đo mưa được chia theo từng năm: năm 2026 lắp 60 trạm, năm 2027 thêm 50 trạm.",
     [("=", 3, "giờ", "Thời gian dự báo, cảnh báo sớm lũ quét"), (">=", 350, "điểm", "điểm sơ tán tập trung"),
      ("=", 12000, "người dân"), ("=", 60, "trạm", "trạm đo mưa"), ("=", 50, "trạm", "trạm đo mưa")]),
    # 444: "di dời … 620 hộ dân tại các điểm đã xuất hiện vết nứt": which places, no predicate
    ("Phấn đấu hoàn thành di dời khẩn cấp 620 hộ dân tại các điểm đã xuất hiện vết nứt, sụt lún.",
     [("=", 620, "hộ dân", "hộ dân tại các điểm đã xuất hiện vết nứt, sụt lún")]),
    # 445: "tỷ số này" is the measure named before; the "dự báo" of a forecast still sets nothing
    ("Tỷ số giới tính khi sinh của xã năm 2025 vẫn ở mức 117 bé trai/100 bé gái. Năm nay, xã phấn đấu đưa tỷ số này "
     "xuống dưới 113 bé trai/100 bé gái. Nhu cầu máu năm 2026 dự báo tăng khoảng 10%.",
     [("<", 113, "bé trai/100 bé gái", "Tỷ số giới tính khi sinh")]),
    # 447: a named count's figure for this year and the next ("Số trường … năm 2026 là 320 trường") in a January plan;
    # "kế hoạch yêu cầu …" after last year's report; "tổng số giao dịch … trong các lĩnh vực y tế, giáo dục và chợ"
    # keeps its list; the plan's budget with its source between ("Kinh phí thực hiện … từ ngân sách thành phố khoảng …")
    ("Số trường sử dụng ứng dụng thu phí của ngành năm 2026 là 320 trường, năm 2027 là 385 trường. Riêng năm 2025, các ngân "
     "hàng đã trang bị 2 000 loa cho tiểu thương; kế hoạch yêu cầu trang bị thêm không dưới 600 loa cho các chợ vùng ven. "
     "Đến năm 2027, tổng số giao dịch thanh toán không dùng tiền mặt trong các lĩnh vực y tế, giáo dục và chợ đạt trên 30 "
     "triệu lượt. Kinh phí thực hiện kế hoạch từ ngân sách thành phố khoảng 4,2 tỷ đồng.",
     [("=", 320, "trường", "Số trường sử dụng ứng dụng thu phí của ngành"),
      ("=", 385, "trường", "Số trường sử dụng ứng dụng thu phí của ngành"), (">=", 600, "loa"),
      (">", 30, "triệu lượt", "tổng số giao dịch thanh toán không dùng tiền mặt trong các lĩnh vực y tế, giáo dục và chợ")]),
    # 446: "nâng tổng số lên 50 HTX" is the total with its own "="; "2/3 số HTX" is a share
    ("Năm 2025, huyện phấn đấu thành lập mới ít nhất 3 hợp tác xã, nâng tổng số lên 50 HTX; 2/3 số HTX có giám đốc trình "
     "độ từ trung cấp trở lên.",
     [(">=", 3, "hợp tác xã"), ("=", 50, "HTX"), ("=", 66.67, "%", "số HTX")]),
]


@pytest.mark.parametrize("text,expected", BLIND_444_447)
def test_blind_batch_444_447(text, expected):
    _assert_goals(find(Document.from_text(text, published=date(2026, 2, 11)), now=2026, horizon=2026), expected)


def test_a_headline_goal_is_no_twin_of_a_body_goal_about_another_noun():
    # held-out 447: "100% bệnh viện công lập … thu viện phí không dùng tiền mặt" in the headline; "100% trường học công lập
    # … thu học phí … không dùng tiền mặt" in the body is the schools' goal, not the hospitals' restated
    text = ("Đến cuối năm 2026, 100% bệnh viện công lập ở Huế thu viện phí không dùng tiền mặt\n\n"
            "UBND thành phố Huế vừa ban hành Kế hoạch số 112/KH-UBND về thanh toán không dùng tiền mặt.\n\n"
            "Trong lĩnh vực giáo dục, 100% trường học công lập từ mầm non đến trung học phổ thông thu học phí và các khoản "
            "thu dịch vụ không dùng tiền mặt.")
    doc = Document.from_text(text, published=date(2026, 4, 9))
    found = find(doc, now=2026, horizon=2027)
    assert [t.subject.split()[0] for t in found] == ["bệnh", "trường"]


def test_labelled_figures_under_a_box_heading_stay_on_their_lines():
    # held-out 445: a sidebar "CHỈ TIÊU NĂM 2026" of "label: figure" lines in a text wrapped at a fixed width; the lines
    # are not joined as a wrapped paragraph, so each label names its figure
    from kh_extract.document import Document as Doc
    text = ("Xã Tây Tiền Hải vừa ban hành kế hoạch thực hiện công tác dân số năm 2026 với nhiều chỉ tiêu cụ thể cho từng thôn\n"
            "trên địa bàn, tập trung vào nâng cao chất lượng dân số và giảm mất cân bằng giới tính khi sinh trong toàn xã\n"
            "theo hướng dẫn của Sở Y tế tỉnh Hưng Yên và Trung tâm Y tế khu vực, bảo đảm các chỉ tiêu giao được hoàn thành\n"
            "đúng tiến độ, đồng thời duy trì mạng lưới cộng tác viên dân số ở các thôn trong xã sau khi sáp nhập\n"
            "với sự tham gia của các đoàn thể, nhà trường và trạm y tế xã trong toàn bộ quá trình triển khai kế hoạch\n"
            "nhằm đạt được các mục tiêu đã đề ra cho năm 2026 và các năm tiếp theo của giai đoạn 2026 - 2030 của xã\n\n"
            "CHỈ TIÊU NĂM 2026\nSàng lọc trước sinh: 75% bà mẹ mang thai\nSàng lọc sơ sinh: trên 85% trẻ sơ sinh\n"
            "Người cao tuổi được khám sức khỏe định kỳ: 1.500 người\n")
    doc = Doc.from_text(text, published=date(2026, 2, 11))
    assert "\nSàng lọc sơ sinh: trên 85%" in doc.text and "\nNgười cao tuổi được khám" in doc.text
    found = find(doc, now=2026, horizon=2026)
    assert [(t.comparator, t.value, t.unit) for t in found] == [("=", 75, "%"), (">", 85, "%"), ("=", 1500, "người")]


@pytest.mark.parametrize("text,expected", BLIND_444_451)
def test_blind_batch_444_451(text, expected):
    _assert_goals(find(Document.from_text(text, published=date(2026, 2, 11)), now=2026, horizon=2026), expected)


def test_an_indicator_over_its_baseline_and_its_goal():
    # held-out 450: "Chỉ số 3. …" over "Cơ sở: 61,8% | Mục tiêu: năm 2026 đạt 68%; đến năm 2030 đạt ít nhất 80%": the
    # baseline reports, each goal is dated by its own year, else the plan's
    text = ("II. MỤC TIÊU\nKế hoạch có 08 chỉ số chính.\n\nChỉ số 1. Tỷ lệ mắc lao các thể (TB) trong cộng đồng\n"
            "   Cơ sở: 152 ca/100.000 dân | Mục tiêu: dưới 100 ca/100.000 dân\n"
            "Chỉ số 3. Tỷ lệ phát hiện người bệnh lao so với ước tính\n"
            "   Cơ sở: 61,8% | Mục tiêu: năm 2026 đạt 68%; đến năm 2030 đạt ít nhất 80%\n"
            "Chỉ số 6. Tỷ lệ người có triệu chứng nghi lao được xét nghiệm Xpert\n   Cơ sở: 42% | Mục tiêu: từ 75% trở lên\n")
    found = find(Document.from_text(text, published=date(2026, 1, 23)), now=2026, horizon=2030)
    assert [(t.kind, t.comparator, t.value, t.unit, t.deadline) for t in found] == [
        ("result", "=", 152, "ca/100.000 dân", None), ("target", "<", 100, "ca/100.000 dân", 2030),
        ("result", "=", 61.8, "%", None), ("target", "=", 68, "%", 2026), ("target", ">=", 80, "%", 2030),
        ("result", "=", 42, "%", None), ("target", ">=", 75, "%", 2030)]
    assert {t.subject for t in found[2:5]} == {"Tỷ lệ phát hiện người bệnh lao so với ước tính"}


def test_a_table_of_places_by_year_under_its_caption():
    # held-out 449: "Chỉ tiêu trồng rừng tập trung phân theo xã (ĐVT: ha)" over "Năm | Sơn Lương | … | Toàn huyện": each
    # column a commune, each row a year, the row marked "(thực hiện)" a report
    text = ("Phụ lục kèm theo Kế hoạch: Chỉ tiêu trồng rừng tập trung phân theo xã (ĐVT: ha)\n\n"
            "Năm\tSơn Lương\tNậm Lành\tCác xã còn lại\n2023 (thực hiện)\t312\t148\t1.421\n2024\t320\t150\t1.180\n")
    found = find(Document.from_text(text, published=date(2024, 4, 15)), now=2024, horizon=2025)
    assert [(t.kind, t.value, t.unit, t.subject, t.level, t.deadline) for t in found] == [
        ("result", 312, "ha", "trồng rừng tập trung xã Sơn Lương", "xa", 2023),
        ("result", 148, "ha", "trồng rừng tập trung xã Nậm Lành", "xa", 2023),
        ("result", 1421, "ha", "trồng rừng tập trung Các xã còn lại", "xa", 2023),
        ("target", 320, "ha", "trồng rừng tập trung xã Sơn Lương", "xa", 2024),
        ("target", 150, "ha", "trồng rừng tập trung xã Nậm Lành", "xa", 2024),
        ("target", 1180, "ha", "trồng rừng tập trung Các xã còn lại", "xa", 2024)]


BLIND_456_459 = [
    # 456: a criteria review table ("Chỉ tiêu | Hiện trạng | Đánh giá") holds thresholds, no goals; "còn 4 tiêu chí chưa
    # đạt" is what is left; a list item's label codes every figure in it; "mở 06 lớp … cho khoảng 180 lao động": both
    ("| TT | Tiêu chí | Chỉ tiêu | Hiện trạng | Đánh giá |\n|---|---|---|---|---|\n| 1 | Tiêu chí số 2 - Giao thông | ≥ 90% | 94,2% "
     "| Đạt |\n| 2 | Tiêu chí số 12 - Lao động | ≥ 70% | 68,3% | Chưa đạt |\n\nSau rà soát, xã còn 4 tiêu chí chưa đạt. "
     "Kế hoạch số 186/KH-UBND đề ra lộ trình như sau:\n- Tiêu chí số 12 về Lao động: nâng tỷ lệ lao động có việc làm qua đào "
     "tạo lên ít nhất 72%, hoàn thành trước ngày 31/12/2025; mở 06 lớp đào tạo nghề nông nghiệp ngắn hạn cho khoảng 180 lao "
     "động.\n",
     [(">=", 72, "%", "tỷ lệ lao động có việc làm qua đào tạo"), ("=", 6, "lớp", "lớp đào tạo nghề nông nghiệp ngắn hạn"),
      ("=", 180, "lao động", "lao động")]),
    # 459: a review's triples: the plan's figure is the goal, what was done and its share are reports; "(chỉ tiêu 159 mô
    # hình)" is a figure, not a criterion's code; the honours of the day are reports
    ("Công trình thanh niên cấp cơ sở: kết quả 1.560 công trình / kế hoạch nhiệm kỳ 1.300 công trình / tỷ lệ 120%. Số mô "
     "hình chuyển đổi số mới có 41 mô hình (chỉ tiêu 159 mô hình). Tỉnh đoàn tặng bằng khen cho 24 tập thể, 36 cá nhân.",
     [("=", 1300, "công trình", "công trình thanh niên cấp cơ sở"), ("=", 159, "mô hình")]),
    # 458: a discharge standard's limit is no goal
    ("Nước thải sau xử lý đạt QCVN 40:2011/BTNMT, trong đó COD không vượt quá 75 mg/l; phấn đấu 100% khu công nghiệp có "
     "trạm quan trắc nước thải tự động.",
     [("=", 100, "%", "khu công nghiệp")]),
]


@pytest.mark.parametrize("text,expected", BLIND_456_459)
def test_blind_batch_456_459(text, expected):
    found = [t for t in find(Document.from_text(text, published=date(2025, 11, 18)), now=2025, horizon=2026)
             if t.kind == "target"]
    _assert_goals(found, expected)


BLIND_484_491 = [
    # 484: a "Tin liên quan" block of links in the middle of the article; past a blank line, a sentence that sets a goal
    # goes on with the article (the links' own figures stay out)
    ("Kế hoạch đặt mục tiêu đến hết năm 2024:\n\nTin liên quan:\n• Hậu Lộc ra mắt Tổ công nghệ số cộng đồng tại 27 xã, "
     "thị trấn (05/03/2024)\n• Tập huấn cho 120 công chức một cửa (28/02/2024)\n\n• Không dưới 50% hồ sơ có nghĩa vụ tài "
     "chính được thanh toán trực tuyến.\n• Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%.\n",
     [(">=", 50, "%", "hồ sơ có nghĩa vụ tài chính"), (">", 99, "%", "Tỷ lệ hồ sơ giải quyết đúng hạn")]),
    # 486: a comment thread under a "Bình luận nổi bật ▾" heading (its sort menu) says no goal
    ("Xã phấn đấu bê tông hóa ít nhất 12,5 km đường giao thông nông thôn.\n\nBình luận nổi bật ▾\n\nTrần Văn Thắng\n"
     "Năm nay thôn em đăng ký làm thêm ít nhất 2 tuyến ạ\nThích · Phản hồi · 1 ngày\n",
     [(">=", 12.5, "km")]),
    # 488: a table of places whose column heads name no goal, under a caption that shares goals out by place: each
    # column's own head measures it, for the caption's year; the total row repeats the plan's figure
    ("Biểu: Phân bổ chỉ tiêu trồng rừng năm 2024 (kèm theo Kế hoạch)\nTT\tĐơn vị\tTrồng rừng tập trung (ha)\tTrồng cây "
     "phân tán (nghìn cây)\n1\tHuyện Yên Sơn\t2.650\t260\n2\tCác huyện, thành phố còn lại\t2.350\t440\n\tTổng cộng\t5.000\t700\n",
     [("=", 2650, "ha", "Trồng rừng tập trung Huyện Yên Sơn"), ("=", 260, "nghìn cây", "Trồng cây phân tán Huyện Yên Sơn"),
      ("=", 2350, "ha", "Trồng rừng tập trung Các huyện, thành phố còn lại"),
      ("=", 440, "nghìn cây", "Trồng cây phân tán Các huyện, thành phố còn lại")]),
    # 491: a table typed with em dashes between cells ("Chỉ tiêu — Đơn vị — Kế hoạch 2025"); "dưới 3" is a ceiling
    ("CHỈ TIÊU CHỦ YẾU NĂM 2025\nChỉ tiêu — Đơn vị — Kế hoạch 2025\nTuyển sinh, đào tạo nghề — người — 38.000\n"
     "Tỷ lệ lao động qua đào tạo — % — 72,5\nTỷ lệ thất nghiệp khu vực thành thị — % — dưới 3\n",
     [("=", 38000, "người", "Tuyển sinh, đào tạo nghề"), ("=", 72.5, "%", "Tỷ lệ lao động qua đào tạo"),
      ("<", 3, "%", "Tỷ lệ thất nghiệp khu vực thành thị")]),
]
BLIND_484_491_NOTES = [
    # 489: the notes under the article, marked in its text ("công lập[1]"), count what there is and was done
    ("Hiện toàn huyện có 87 trường công lập[1], trong đó 71 trường đã được công nhận đạt chuẩn quốc gia. Phấn đấu đến năm "
     "2030 có ít nhất 95% trường đạt chuẩn quốc gia.\n-----\n[1] Trong đó 23 trường đạt chuẩn mức độ 2; 9 trường đã hết "
     "thời hạn công nhận trong năm 2024.\n",
     [(71, "result"), (95, "target"), (23, "result"), (9, "result")]),
]



BLIND_492_499 = [
    # 494: "…, trong đó ngân sách nhà nước hỗ trợ 70%, doanh nghiệp … đối ứng 30%": who pays what share of a budget
    # ("Tổng kinh phí năm học 2024 – 2025 khoảng …": a period may stand between "kinh phí" and the sum); a figure dated
    # in brackets before the text was written is how things stood; "trẻ" is counted
    ("Phấn đấu đưa 10.120 trẻ được uống sữa học đường. Tổng kinh phí năm học 2024 – 2025 khoảng 16,8 tỷ đồng, trong đó "
     "ngân sách nhà nước hỗ trợ 70%, doanh nghiệp cung ứng sữa đối ứng 30%.\nCÁC CON SỐ\n• 21,4% trẻ mẫu giáo thấp còi "
     "(tháng 5/2024)\n",
     [(10120, "trẻ", "target"), (21.4, "%", "result")]),
    # 495: an infographic's line with a change arrow reports how things went; "buồng" is counted
    ("Đến hết quý II, phấn đấu nâng số buồng lưu trú lên khoảng 15.000 buồng; tối thiểu 60% buồng phòng đạt chuẩn từ 1 sao "
     "trở lên.\nInfographic: DU LỊCH QUÝ I/2025\n86.500 khách quốc tế  ▲21,3%\n2.050 tỷ đồng tổng thu  ▲17,2%\n",
     [(15000, "buồng", "target"), (60, "%", "target"), (21.3, "%", "result"), (2050, "tỷ đồng", "result"),
      (17.2, "%", "result")]),
    # 498: "người sử dụng" (a user) and 492's "cơ sở khám bệnh, chữa bệnh" (a health facility) are nouns, no predicate
    ("Phấn đấu 100% người nghiện, người sử dụng trái phép chất ma túy có hồ sơ được quản lý; 100% cơ sở khám bệnh, chữa bệnh "
     "BHYT tiếp đón người bệnh bằng căn cước công dân.", [(100, "%", "target"), (100, "%", "target")]),
    # 496: "Hiện xí nghiệp bố trí 41 điểm tập kết rác, trong đó 9 điểm …": how things stand now
    ("Phấn đấu xóa ít nhất 10 điểm tập kết rác. Hiện xí nghiệp bố trí 41 điểm tập kết rác, trong đó 9 điểm nằm sát lòng "
     "đường.", [(10, "điểm", "target")]),
]


BLIND_500_507 = [
    # 502: an emoji-bulleted list ("✅ …") under "Các chỉ tiêu năm 2026:" is the list of goals; "hộ nông dân" counts "hộ"
    ("Các chỉ tiêu năm 2026:\n✅ 300 hộ nông dân có gian hàng\n✅ Tổ chức 24 phiên livestream bán nông sản\n"
     "✅ Đào tạo kỹ năng bán hàng online cho 500 lượt nông dân\n",
     [(300, "hộ", "target"), (24, "phiên", "target"), (500, "lượt nông dân", "target")]),
    # 506: a term's definition holds no goal ("Người tập luyện thường xuyên là người tập mỗi tuần ít nhất 03 lần"), but a
    # subject that says who ("Lao động là người dân tộc thiểu số chiếm không dưới 60%") does; "năm ngoái" reports
    ("Người tập luyện thường xuyên là người tập mỗi tuần ít nhất 03 lần, mỗi lần ít nhất 30 phút. Lao động là người dân tộc "
     "thiểu số chiếm không dưới 60%. Xã mình năm ngoái gia đình thể thao mới 24,6%, năm nay cố lên 27%.",
     [(60, "%", "target"), (24.6, "%", "result"), (27, "%", "target")]),
    # 503: "toàn tỉnh có 5.870 tàu cá, trong đó 3.115 tàu có chiều dài từ 15 m trở lên": "trở lên" there says which boats,
    # no goal; 504: "0,6 m x 0,8 m" is a size
    ("Toàn tỉnh có 5.870 tàu cá, trong đó 3.115 tàu có chiều dài từ 15 m trở lên. Các nhà trọ phải mở lối thoát nạn kích "
     "thước tối thiểu 0,6 m x 0,8 m.", []),
    # 503, 504, 500: "bãi biển", "đầu báo cháy", "lượt người cao tuổi", "hộ gia đình" are counted whole
    ("Phấn đấu có ít nhất 6 bãi biển sạch, lắp 1.500 đầu báo cháy độc lập, khám cho 30.000 lượt người cao tuổi và 3.000 hộ "
     "gia đình.", [(6, "bãi biển", "target"), (1500, "đầu báo cháy", "target"), (30000, "lượt người cao tuổi", "target"),
                   (3000, "hộ gia đình", "target")]),
]


BLIND_508_515 = [
    # 513: a checklist under "KẾT QUẢ RÀ SOÁT VÀ LỘ TRÌNH …" (what was found and what is to be done): each line's status
    # "đã đạt –" or "chưa đạt –" is followed by what is to be done; the emoji-led label codes every figure of its line
    ("KẾT QUẢ RÀ SOÁT VÀ LỘ TRÌNH THỰC HIỆN CÁC TIÊU CHÍ\n✔ Tiêu chí số 11 (Nghèo đa chiều): đã đạt – giữ tỷ lệ nghèo đa chiều "
     "dưới 1%.\n✘ Tiêu chí số 2 (Giao thông): chưa đạt – phấn đấu cứng hóa thêm 2,8 km đường ngõ, xóm; 100% đường trục thôn "
     "có hệ thống chiếu sáng.\n",
     [(1, "%", "target", ["11"]), (2.8, "km", "target", ["2"]), (100, "%", "target", ["2"])]),
]


BLIND_516_523 = [
    # 523: a goal's baseline in square brackets after its unit ("… dưới 42 ca/100.000 trẻ đẻ sống [năm 2025: 46,9 …]") is
    # where the measure stood; the goal stays a goal; "kíp" is counted
    ("III. CHỈ TIÊU NĂM 2026\n1. Tỷ số tử vong mẹ giảm xuống dưới 42 ca/100.000 trẻ đẻ sống [năm 2025: 46,9 ca/100.000 trẻ đẻ "
     "sống].\n2. Tỷ suất tử vong trẻ em dưới 1 tuổi không quá 16‰ [năm 2025: 17,8‰].\n3. Duy trì 02 kíp cấp cứu sản khoa lưu "
     "động.\n",
     [(42, "ca/100.000 trẻ đẻ sống", "target"), (46.9, "ca/100.000 trẻ đẻ sống", "result"), (16, "‰", "target"),
      (17.8, "‰", "result"), (2, "kíp", "target")]),
    # 520: "| Nội dung | Chỉ tiêu 2026 | Lũy kế đến 31/3 | Tỷ lệ |": the goal column is "Chỉ tiêu 2026", "Lũy kế" holds what
    # was done
    ("| Nội dung | Chỉ tiêu 2026 | Lũy kế đến 31/3 | Tỷ lệ |\n|---|---|---|---|\n| Tuyến đường được lắp mới đèn LED | 12 tuyến "
     "đường | 7 tuyến đường | 58,3% |\n| Tuyến hẻm có đèn chiếu sáng | 100% | 92% | 92% |\n",
     [(12, "tuyến đường", "target"), (100, "%", "target")]),
]


BLIND_532_539 = [
    # 534: a PDF's table one cell per line, its head cells wrapped ("Số lao động\nđược đào tạo\n(người)"), a page break with
    # the running footer and the head again, a row's name wrapped, a total row; the caption "Chỉ tiêu … theo xã" shares
    # goals out by commune
    ("Biểu số 01: Chỉ tiêu đào tạo nghề năm 2023 theo xã\nTT\nXã, thị trấn\nSố lao động\nđược đào tạo\n(người)\nSố lớp\n(lớp)"
     "\n1\nXã Đồng Lạc\n60\n2\n2\nXã Tân Sỏi\n50\n2\nKế hoạch số 52/KH-UBND ngày 14/3/2023 của UBND huyện Yên Thế     3\n"
     "TT\nXã, thị trấn\nSố lao động\nđược đào tạo\n(người)\nSố lớp\n(lớp)\n3\nCác xã, thị trấn\ncòn lại\n415\n13\nTổng cộng"
     "\n525\n17\n",
     [(60, "người", "target"), (2, "lớp", "target"), (50, "người", "target"), (2, "lớp", "target"), (415, "người", "target"),
      (13, "lớp", "target")]),
    # 782: the head's years wrapped under their word ("Năm\n2026"), a unit under its multiplier ("Triệu\nUSD"), a group's
    # row ("I" over "SẢN XUẤT") and a part's row ("1.1") among the rows, a page break with the head again over a group row
    ("PHỤ LỤC\nTT\nChỉ tiêu\nĐơn vị\ntính\nNăm\n2026\nNăm\n2027\nI\nSẢN XUẤT\n1\nTổng sản lượng thủy sản\nTấn\n318.500\n"
     "324.000\n1.1\nSản lượng khai thác\nTấn\n262.000\n264.500\n2\nKim ngạch xuất khẩu thủy sản\nTriệu\nUSD\n420\n445\n\n4\n\n"
     "TT\nChỉ tiêu\nĐơn vị\ntính\nNăm\n2026\nNăm\n2027\nII\nKHAI THÁC\n3\nTỷ lệ sản lượng bốc dỡ qua cảng cá được giám "
     "sát\n%\n≥ 80\n≥ 85\n",
     [(318500, "tấn", "target"), (324000, "tấn", "target"), (262000, "tấn", "target"), (264500, "tấn", "target"),
      (420, "triệu USD", "target"), (445, "triệu USD", "target"), (80, "%", "target"), (85, "%", "target")]),
]


def test_a_broadcast_reads_its_goals_out():
    # held-out 533: a loudspeaker script's "Một là: …" items under "… những mục tiêu chính của Kế hoạch:", each figure
    # restated in words ("80% - tám mươi phần trăm - số hộ", "- tức là hai mươi mốt tấn mỗi ngày"), a range "từ 40 đến
    # 50 phần trăm"
    text = ("Đài xin đọc những mục tiêu chính của Kế hoạch:\n\nMột là: phấn đấu có ít nhất 80% - tám mươi phần trăm - số hộ "
            "gia đình thực hiện phân loại rác tại nguồn.\n\nHai là: lượng rác được thu gom đạt không dưới 21 tấn/ngày - tức là "
            "hai mươi mốt tấn mỗi ngày; tỷ lệ hộ tự xử lý rác hữu cơ đạt từ 40 đến 50 phần trăm.\n\nBa là: cấp miễn phí 2.500 "
            "thùng rác hai ngăn cho hộ nghèo.\n")
    found = find(Document.from_text(text), now=2026, horizon=2026)
    assert [(t.value, t.value_max, t.unit, t.kind, t.subject) for t in found] == [
        (80, None, "%", "target", "số hộ gia đình"), (21, None, "tấn/ngày", "target", "lượng rác được thu gom"),
        (40, 50, "%", "target", "tỷ lệ hộ tự xử lý rác hữu cơ"), (2500, None, "thùng rác", "target", "thùng rác hai ngăn cho hộ nghèo")]


def test_a_correction_notice_gives_the_goal_its_right_figure():
    # held-out 538: "ĐÍNH CHÍNH: … chỉ tiêu tỷ lệ hộ gia đình trang bị … được ghi là 80%; con số đúng theo Kế hoạch … là 70%"
    text = ("Kế hoạch phấn đấu 80% hộ gia đình trang bị ít nhất 01 bình chữa cháy xách tay.\n\nĐÍNH CHÍNH\nDo sơ suất trong "
            "biên tập, chỉ tiêu tỷ lệ hộ gia đình trang bị ít nhất 01 bình chữa cháy xách tay được ghi là 80%; con số đúng "
            "theo Kế hoạch số 285/KH-UBND là 70%. Tòa soạn xin đính chính.\n")
    found = find(Document.from_text(text), now=2024, horizon=2025)
    assert [(t.value, t.unit, text[t.span[0]:t.span[1]]) for t in found] == [(70, "%", "70%")]


def test_a_split_by_years_in_brackets_counts_the_whole_named():
    # held-out 538: "150 tổ … (năm 2024 ít nhất 95 tổ, năm 2025 ít nhất 55 tổ)": each year's part, of the same teams, in
    # its own year; "cháy, nổ" is one noun's pair, no clause break
    text = ("Toàn huyện thành lập tối thiểu 150 tổ liên gia an toàn PCCC (năm 2024 ít nhất 95 tổ, năm 2025 ít nhất 55 tổ). "
            "Cơ sở có nguy cơ cháy, nổ cao được kiểm tra không dưới 2 lần/năm.")
    found = find(Document.from_text(text), now=2024, horizon=2025)
    assert [(t.value, t.subject, t.deadline) for t in found[:3]] == [
        (150, "tổ liên gia an toàn PCCC", 2025), (95, "tổ liên gia an toàn PCCC", 2024), (55, "tổ liên gia an toàn PCCC", 2025)]
    assert found[3].subject.startswith("Cơ sở có nguy cơ cháy, nổ cao")


def test_an_ascii_tables_wrapped_head_and_its_caption_share_goals_out():
    # held-out 542: "+----+" rules, head cells wrapped over three lines, the caption "Chỉ tiêu giao một số xã …:" over the top
    # rule; the herd each commune has ("Tổng đàn lợn (con)") is no goal
    text = ("Chỉ tiêu giao một số xã trọng điểm như sau:\n\n+----+--------------+-----------+--------------+\n"
            "| TT | Đơn vị       | Tổng đàn  | Tiêm vắc xin |\n|    |              | lợn (con) | DTLCP (con)  |\n"
            "+----+--------------+-----------+--------------+\n| 1  | Xã Quỳnh Hải | 9.850     | 1.200        |\n"
            "| 2  | Xã An Thái   | 7.960     | 950          |\n+----+--------------+-----------+--------------+\n")
    found = find(Document.from_text(text), now=2024, horizon=2024)
    assert [(t.value, t.unit, t.subject) for t in found] == [(1200, "con", "Tiêm vắc xin DTLCP Xã Quỳnh Hải"),
                                                            (950, "con", "Tiêm vắc xin DTLCP Xã An Thái")]


def test_an_appendix_table_of_places_under_its_caption_and_attached_to_line():
    # held-out 797: the caption "CHỈ TIÊU … NĂM 2024 GIAO CÁC XÃ, THỊ TRẤN" stands over "(Kèm theo Quyết định số …)", not
    # right over the head; what each place had at the start of the year ("Hộ nghèo đầu năm 2024 (hộ)") is no goal
    text = ("PHỤ LỤC\nCHỈ TIÊU KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2024 GIAO CÁC XÃ, THỊ TRẤN\n(Kèm theo Quyết định số "
            "28/QĐ-UBND ngày 03/01/2024 của UBND huyện Tam Nông)\n\nTT | Xã, thị trấn | Hộ nghèo đầu năm 2024 (hộ) | Tỷ lệ hộ "
            "nghèo cuối năm 2024 (%) | Giải quyết việc làm mới (lao động)\n1 | Thị trấn Tràm Chim | 61 | 0,95 | 300\n"
            "2 | Xã An Hòa | 88 | 2,3 | 175\n")
    found = find(Document.from_text(text), now=2024, horizon=2024)
    assert [(t.value, t.unit, t.deadline) for t in found] == [(0.95, "%", 2024), (300, "lao động", 2024),
                                                             (2.3, "%", 2024), (175, "lao động", 2024)]
    assert "Tràm Chim" in found[0].subject and "hộ nghèo" in found[0].subject


def test_a_table_of_places_measures_what_its_labelled_caption_names():
    # held-out 794: "Bảng: Kết quả phát triển người tham gia BHXH tự nguyện của một số xã, phường (đơn vị tính: người)"
    # over "TT | Xã, phường | Chỉ tiêu giao năm 2025 | Thực hiện đến 30/9 | Tỷ lệ %": the assigned column's goals measure
    # what the caption names after its label, not the ratio column's "Tỷ lệ %"
    text = ("Bảng: Kết quả phát triển người tham gia BHXH tự nguyện của một số xã, phường (đơn vị tính: người)\n\n"
            "TT\tXã, phường\tChỉ tiêu giao năm 2025\tThực hiện đến 30/9\tTỷ lệ %\n1\tPhường Minh Xuân\t1.850\t1.622\t87,7\n"
            "2\tXã Lâm Bình\t640\t391\t61,1\n")
    found = find(Document.from_text(text), now=2025, horizon=2025)
    assert [(t.value, t.unit, t.subject) for t in found] == [
        (1850, "người", "Kết quả phát triển người tham gia BHXH tự nguyện Phường Minh Xuân"),
        (640, "người", "Kết quả phát triển người tham gia BHXH tự nguyện Xã Lâm Bình")]


def test_a_box_of_last_years_figures_reports_and_a_birth_weight_names_which_babies():
    # held-out 545: "+--- SỐ LIỆU ---+" over "| Năm 2023, toàn tỉnh: |" and its "- …: 27,4%" lines, read in 2024; "cân nặng khi
    # sinh dưới 2.500 gam" says which newborns the share counts
    text = ("+------- SỐ LIỆU -------+\n| Năm 2023, toàn tỉnh:   |\n| - Trẻ SDD thấp còi: 27,4% |\n"
            "| - Trẻ sơ sinh nặng dưới 2.500 gam: 6,8% |\n+-----------------------+\n\nTheo Kế hoạch, tỷ lệ trẻ sơ sinh có cân "
            "nặng khi sinh dưới 2.500 gam được khống chế dưới 6,5%.")
    found = find(Document.from_text(text, published=date(2024, 3, 20)), now=2024, horizon=2024)
    assert [(t.value, t.unit, t.kind) for t in found] == [(27.4, "%", "result"), (6.8, "%", "result"), (6.5, "%", "target")]


def test_council_minutes_parts_of_a_length_and_a_figure_now():
    # held-out 546: "…, trong đó đường trục thôn, liên thôn 30 km, đường ngõ, xóm 18 km và đường trục chính nội đồng 7 km": each
    # part named by its own words; "(hiện đạt 83,4%)" after the goal is where it stands; a design's sizes set no goal
    text = ("Năm 2025 phấn đấu cứng hóa thêm ít nhất 55 km đường giao thông nông thôn, trong đó đường trục thôn, liên thôn "
            "30 km, đường ngõ, xóm 18 km và đường trục chính nội đồng 7 km. Theo thiết kế mẫu, mặt đường rộng 3 m, dày 16 cm. "
            "Mục tiêu đến hết năm 2025, tỷ lệ đường thôn, xóm được cứng hóa đạt trên 88% (hiện đạt 83,4%).")
    found = find(Document.from_text(text, published=date(2025, 4, 18)), now=2025, horizon=2025)
    assert [(t.value, t.unit, t.subject, t.kind) for t in found] == [
        (55, "km", "đường giao thông nông thôn", "target"), (30, "km", "đường trục thôn, liên thôn", "target"),
        (18, "km", "đường ngõ, xóm", "target"), (7, "km", "đường trục chính nội đồng", "target"),
        (88, "%", "tỷ lệ đường thôn, xóm được cứng hóa", "target"), (83.4, "%", "tỷ lệ đường thôn, xóm được cứng hóa", "result")]


def test_a_radio_advice_script_gives_advice_and_questions_no_goals():
    # held-out 551: "Thính giả hỏi: … Ruộng nhà tôi … sạ 180 - 200 kg giống" (a listener's own field), "Bà con nên …, lượng
    # giống chỉ 70 - 80 kg/ha là đủ; ngâm ủ 36 - 48 giờ", "Sau sạ khoảng 10 ngày thì giữ nước 3 - 5 cm" (how to farm), a
    # broadcast's "Thời lượng 15 phút"; the plan's goal in the answer stays
    text = ("Kịch bản số 24/2024 – Phát sóng 11 giờ 30 – Thời lượng 15 phút\n\nThính giả hỏi: (Bà Nết, xã Vĩnh Phú) Ruộng nhà "
            "tôi trước giờ sạ 180 - 200 kg giống mỗi héc-ta. Giảm giống có sợ mất năng suất không?\n\nKỹ sư trả lời: Thưa bà, kế "
            "hoạch đặt mục tiêu giảm lượng giống gieo sạ xuống còn dưới 100 kg/ha. Bà con nên sạ hàng bằng máy, lượng giống chỉ "
            "70 - 80 kg/ha là đủ; ngâm ủ 36 - 48 giờ rồi mới sạ. Sau sạ khoảng 10 ngày thì giữ nước 3 - 5 cm.\n")
    found = find(Document.from_text(text), now=2024, horizon=2025)
    assert [(t.value, t.unit) for t in found] == [(100, "kg/ha")]


BLIND_548_555 = [
    # 550, 554, 553: a cooperative's yearly revenue per cooperative; "đội xung kích" counted whole; a download's size
    ("Doanh thu bình quân đạt 4,2 tỷ đồng/HTX/năm. Mỗi xã thành lập 01 đội xung kích phòng, chống thiên tai. "
     "Tải về (PDF, 612 KB)", [(4.2, "tỷ đồng/HTX/năm", "Doanh thu"), (1, "đội xung kích", "đội xung kích phòng, chống thiên tai")]),
    # 548: "… giảm ít nhất 30% so với thời gian quy định, chi phí tuân thủ giảm 20% …": the base of the first, then the next
    # measure
    ("Thời gian giải quyết TTHC giảm ít nhất 30% so với thời gian quy định, chi phí tuân thủ giảm 20% so với năm 2024.",
     [(30, "%", "Thời gian giải quyết TTHC"), (20, "%", "chi phí tuân thủ")]),
    # 556, 563: "chòi canh" counted whole; a talk's "Thời lượng trình bày khoảng 20 phút" is no goal
    ("Xây mới 12 chòi canh tại các vùng trọng điểm. Ghi chú: Thời lượng trình bày khoảng 20 phút.",
     [(12, "chòi canh", "chòi canh tại các vùng trọng điểm")]),
    # 554: parts labelled by level after the act they count, whose name has a pair in it ("lũ, ngập lụt")
    ("Diễn tập ứng phó lũ, ngập lụt cấp huyện 01 cuộc và cấp xã ít nhất 05 cuộc.",
     [(1, "cuộc", "Diễn tập ứng phó lũ, ngập lụt cấp huyện"), (5, "cuộc", "Diễn tập ứng phó lũ, ngập lụt cấp xã")]),
]


def test_a_slide_decks_status_and_resources_slides_set_no_goals():
    # held-out 563: "HIỆN TRẠNG (đến 31/12/2025)" over last year's figures, "NGUỒN LỰC" over the sums and a support rate
    # ("Hỗ trợ tối đa 70% chi phí …"); each ends with its slide, so the next slide's goals stay goals
    text = ("Slide 3\nHIỆN TRẠNG (đến 31/12/2025)\n• 845 sản phẩm OCOP từ 3 sao trở lên\n• Thu nhập bình quân lao động làng nghề: "
            "6,2 triệu đồng/người/tháng\n\nSlide 4\nMỤC TIÊU ĐẾN NĂM 2030\n• Tối thiểu 1.200 sản phẩm OCOP từ 3 sao trở lên\n\n"
            "Slide 7\nNGUỒN LỰC\n• Ngân sách tỉnh: 420 tỷ đồng\n• Hỗ trợ tối đa 70% chi phí xây dựng nhãn hiệu\n\nSlide 8\n"
            "TỔ CHỨC THỰC HIỆN\n• Mỗi xã tối thiểu 20 ha chè hữu cơ\n")
    found = find(Document.from_text(text, published=date(2026, 3, 6)), now=2026, horizon=2030)
    assert [(t.value, t.unit, t.kind) for t in found] == [
        (845, "sản phẩm", "result"), (6.2, "triệu đồng/người/tháng", "result"), (1200, "sản phẩm", "target"), (20, "ha", "target")]


BLIND_556_563 = [
    # 557: a verb of giving back opens the line, the area measures what follows; a line that ends after the count
    # ("… nâng tổng số lên ≥ 15 tuyến⏎") is the same noun's total
    ("🚶 Trả lại ≥ 12.000 m² vỉa hè cho người đi bộ\n🏙️ Xây dựng thêm 05 tuyến phố văn minh đô thị, nâng tổng số lên ≥ 15 tuyến\n"
     "✍️ ≥ 95% hộ kinh doanh mặt tiền ký cam kết",
     [(12000, "m²", "vỉa hè cho người đi bộ"), (5, "tuyến phố", "tuyến phố văn minh đô thị"),
      (15, "tuyến", "tuyến phố văn minh đô thị"), (95, "%", "hộ kinh doanh mặt tiền")]),
    # 561: passengers in millions, the measure named before for each year; "lấn chiếm" is one verb; "nhà chờ" counted whole
    ("Sản lượng vận chuyển phấn đấu đạt 4,2 triệu lượt hành khách năm 2024 và không dưới 5 triệu lượt hành khách năm 2025. "
     "Thu hồi 5 ha đất lấn chiếm. Lắp mới 60 nhà chờ xe buýt.",
     [(4.2, "triệu lượt hành khách", "Sản lượng vận chuyển"), (5, "triệu lượt hành khách", "Sản lượng vận chuyển"),
      (5, "ha", "đất lấn chiếm"), (60, "nhà chờ", "nhà chờ xe buýt")]),
    # (the same for "Số …": "phấn đấu" is no part of the measure)
    ("Số doanh nghiệp thành lập mới phấn đấu đạt 300 doanh nghiệp năm 2024 và không dưới 350 doanh nghiệp năm 2025.",
     [(300, "doanh nghiệp", "Số doanh nghiệp thành lập mới"), (350, "doanh nghiệp", "Số doanh nghiệp thành lập mới")]),
]


BLIND_564_571 = [
    # 564: a floor set at the first level holds for the levels after it ("cấp huyện 60 tỷ đồng và cấp xã 20 tỷ đồng")
    ("Quỹ \"Vì người nghèo\" cấp tỉnh vận động tối thiểu 120 tỷ đồng, cấp huyện 60 tỷ đồng và cấp xã 20 tỷ đồng.",
     [(120, "tỷ đồng", ">="), (60, "tỷ đồng", ">="), (20, "tỷ đồng", ">=")]),
    # 569: "năm 2025 là 850 ha" is that year's own figure, not under the first year's "ít nhất"
    ("Huyện chuyển đổi tổng cộng 2.400 ha đất trồng lúa; trong đó năm 2023 ít nhất 750 ha, năm 2024 khoảng 800 ha và "
     "năm 2025 là 850 ha.",
     [(2400, "ha", "="), (750, "ha", ">="), (800, "ha", "="), (850, "ha", "=")]),
    # 564: "…, hoàn thành không dưới 1.500 căn …" after "khởi công ít nhất 3.000 căn nhà": a goal of its own, with its verb
    ("Năm 2024 khởi công ít nhất 3.000 căn nhà, hoàn thành không dưới 1.500 căn trước ngày 31/12/2024.",
     [(3000, "căn nhà", ">="), (1500, "căn", ">=")]),
    # 568: "trạm BTS", "điện thoại thông minh" and 569's "vùng chuyên canh" counted whole
    ("Xây mới tối thiểu 260 trạm BTS; hỗ trợ 6.000 điện thoại thông minh; hình thành 12 vùng chuyên canh.",
     [(260, "trạm BTS", ">="), (6000, "điện thoại thông minh", "="), (12, "vùng chuyên canh", "=")]),
]


BLIND_572_579 = [
    # 579, 527: the same goal said again in another measure after "tương ứng" is a goal of its own, named by its own noun
    ("Giảm tỷ lệ hộ nghèo 3 - 3,5 điểm phần trăm, tương ứng ít nhất 130 hộ thoát nghèo. Lượng nước tưới phải giảm 20%, "
     "tương ứng lượng nước tiết kiệm được khoảng 60 triệu m3/năm.",
     [(3, "điểm phần trăm", "tỷ lệ hộ nghèo"), (130, "hộ", "hộ thoát nghèo"), (20, "%", "Lượng nước tưới"),
      (60, "triệu m3/năm", "lượng nước tiết kiệm")]),
    # 577: a plan's schedule typed with en dashes, "STT. Nội dung – Chỉ tiêu – Thời hạn"; a share's cell names what it is of
    ("STT. Nội dung – Chỉ tiêu – Thời hạn\n1. Đo đạc bản đồ địa chính các thửa đất công – Tối thiểu 520 thửa – Trước 30/6/2024\n"
     "2. Cấp GCN đất do UBND xã quản lý – 100% thửa đất công đủ điều kiện – Quý IV/2024\n"
     "3. Cấp GCN lần đầu cho các cơ sở tôn giáo – Ít nhất 85 cơ sở – Trước 30/9/2024\n",
     [(520, "thửa", "Đo đạc bản đồ địa chính các thửa đất công"), (100, "%", "thửa đất công đủ điều kiện"),
      (85, "cơ sở", "Cấp GCN lần đầu cho các cơ sở tôn giáo")]),
    # 572: the "trở lên" of the level before is no part of the next level's noun
    ("Tỷ lệ trẻ tiêm đủ 8 loại vắc xin cấp tỉnh đạt trên 95%, cấp huyện đạt từ 93% trở lên và cấp xã đạt tối thiểu 90%.",
     [(95, "%", "Tỷ lệ trẻ tiêm đủ 8 loại vắc xin cấp tỉnh"), (93, "%", "Tỷ lệ trẻ tiêm đủ 8 loại vắc xin cấp huyện"),
      (90, "%", "Tỷ lệ trẻ tiêm đủ 8 loại vắc xin cấp xã")]),
    # 567: an infographic's line of levels parted by dashes under the label that names what they are of
    ("Cơ sở khám, chữa bệnh dùng căn cước thay thẻ BHYT:\ntuyến tỉnh 100% - tuyến huyện 100% - trạm y tế xã ít nhất 90%\n",
     [(100, "%", "Cơ sở khám, chữa bệnh tuyến tỉnh"), (100, "%", "Cơ sở khám, chữa bệnh tuyến huyện"), (90, "%", "trạm y tế xã")]),
    # 580: a list of places after the first figure goes on past its comma; the next figure is the same measure elsewhere
    ("Tiêu chuẩn cấp nước đạt tối thiểu 120 lít/người/ngày đêm tại thành phố Thái Nguyên, thành phố Sông Công, thành phố "
     "Phổ Yên và không dưới 100 lít/người/ngày đêm tại các thị trấn.",
     [(120, "lít/người/ngày đêm", "Tiêu chuẩn cấp nước"), (100, "lít/người/ngày đêm", "Tiêu chuẩn cấp nước")]),
    # 581: a post's comments under its bar "👍❤️ 86    14 bình luận    21 lượt chia sẻ", each "2 giờ · Thích · Phản hồi"
    ("Phấn đấu tiêm phòng LMLM đạt trên 80% tổng đàn trâu, bò.\n\n👍❤️ 86    14 bình luận    21 lượt chia sẻ\n\nNguyễn Thị Lan\n"
     "Nhà em nuôi 12 con ở ấp 5 thì đăng ký tiêm ở đâu ạ?\n2 giờ · Thích · Phản hồi\n",
     [(80, "%", "tổng đàn trâu, bò")]),
    # 585: each year's part with its own verb ("trong đó năm 2023 giao 900 ha, năm 2024 giao 1.000 ha …") is the whole's measure
    ("Diện tích rừng giao cho hộ gia đình đạt ít nhất 2.450 ha, trong đó năm 2023 giao 900 ha, năm 2024 giao 1.000 ha và năm "
     "2025 giao 550 ha.",
     [(2450, "ha", "Diện tích rừng giao cho hộ gia đình"), (900, "ha", "Diện tích rừng giao cho hộ gia đình"),
      (1000, "ha", "Diện tích rừng giao cho hộ gia đình"), (550, "ha", "Diện tích rừng giao cho hộ gia đình")]),
    # 584: a share's base before "với lộ trình năm 2026 đạt 8%" is the item before's; the years' figures are the same measure
    ("Đến năm 2030 doanh thu từ các hoạt động kinh tế ban đêm chiếm tối thiểu 15% tổng thu từ khách du lịch, với lộ trình năm "
     "2026 đạt 8%, năm 2028 đạt 11%.",
     [(15, "%", "doanh thu từ các hoạt động kinh tế ban đêm"), (8, "%", "doanh thu từ các hoạt động kinh tế ban đêm"),
      (11, "%", "doanh thu từ các hoạt động kinh tế ban đêm")]),
    # 571, 184: "người lao động làm việc không theo hợp đồng lao động" names who; its "không" is no predicate
    ("Huấn luyện ít nhất 1.800 lượt người lao động làm việc không theo hợp đồng lao động.",
     [(1800, "lượt người lao động", "lượt người lao động làm việc không theo hợp đồng lao động")]),
    # 592, 538, 504: "trang bị" (to equip) starts the predicate: "95% nhà trọ | trang bị bình chữa cháy xách tay"
    ("Phấn đấu 95% nhà trọ trang bị bình chữa cháy xách tay tại mỗi tầng.", [(95, "%", "nhà trọ")]),
    # 578: flights a week; 146: "giữa hai chuyến" counts nothing
    ("Đường bay Quy Nhơn - Seoul đạt tối thiểu 4 chuyến/tuần. Thời gian giãn cách giữa hai chuyến tối đa 15 phút.",
     [(4, "chuyến/tuần", "Đường bay Quy Nhơn - Seoul"), (15, "phút", "Thời gian giãn cách giữa hai chuyến")]),
]


BLIND_588_595 = [
    # 589: a table typed with dot leaders, its years on the head line, each row's unit in its label
    ("Chỉ tiêu ............................ Thực hiện 2023 ....... Kế hoạch 2024\n"
     "1. Tỷ lệ hộ dân sử dụng điện lưới quốc gia (%) ........ 94,8 ............... 96,5\n"
     "2. Tổn thất điện năng (%) ................... 6,12 ............... dưới 5,8\n"
     "3. Trạm biến áp xây mới (trạm) .............. 9 ...................... 14\n",
     [(96.5, "%", "Tỷ lệ hộ dân sử dụng điện lưới quốc gia"), (5.8, "%", "Tổn thất điện năng"), (14, "trạm", "Trạm biến áp xây mới")]),
    # 597: a table laid out with spaces under "STT  Chỉ tiêu  Thực hiện  Kế hoạch" (years on the head's next line), an OCR'd
    # figure one space from its label, per mille cells
    ("STT    Chỉ tiêu                                          Thực hiện     Kế hoạch\n"
     "                                                         năm 2023      năm 2024\n"
     "1      Tỷ lệ phụ nữ đẻ tại cơ sở y tế                    88,1%         ≥ 92%\n"
     "2      Tỷ suất tử vong trẻ em dưới 1 tuổi                8,6‰          < 8‰\n"
     "3      Tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi 27,3%         ≤ 26%\n",
     [(92, "%", "Tỷ lệ phụ nữ đẻ tại cơ sở y tế"), (8, "‰", "Tỷ suất tử vong trẻ em dưới 1 tuổi"),
      (26, "%", "Tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi")]),
    # 598: "…, mỗi lớp 40 - 50 học viên": the size set for each class is a figure of its own ("lớp 40" is no class's name here)
    ("Mở ít nhất 12 lớp tập huấn, mỗi lớp 40 - 50 học viên.", [(12, "lớp", "lớp tập huấn"), (40, "học viên", "học viên")]),
    # 596: "khuyến khích" before the verb of raising money: the sum measures the source named after it
    ("Tỉnh khuyến khích huy động tối thiểu 3 tỷ đồng nguồn xã hội hóa.", [(3, "tỷ đồng", "nguồn xã hội hóa")]),
    # 599: "…, nâng tổng diện tích lên trên 36.000 ha": the same measure's total
    ("Diện tích rừng được cấp chứng chỉ FSC tăng thêm không dưới 5.000 ha, nâng tổng diện tích lên trên 36.000 ha.",
     [(5000, "ha", "Diện tích rừng được cấp chứng chỉ FSC"), (36000, "ha", "Diện tích rừng được cấp chứng chỉ FSC")]),
    # 599: "…, trong đó ít nhất 1.500 ha rừng gỗ lớn": a part named after its figure
    ("Năm 2025 tỉnh trồng mới 8.000 ha rừng tập trung, trong đó ít nhất 1.500 ha rừng gỗ lớn.",
     [(8000, "ha", "rừng tập trung"), (1500, "ha", "rừng gỗ lớn")]),
    # 595: "nhà tiêu" counted whole
    ("Nhà tiêu xây mới, cải tạo đạt không dưới 200 nhà tiêu.", [(200, "nhà tiêu", "Nhà tiêu xây mới, cải tạo")]),
]


# Blind batches whose cases assert each goal's value, unit and subject, with the year each was read in and its horizon
VALUE_UNIT_SUBJECT_BATCHES = {"548-555": (BLIND_548_555, 2025, 2025), "556-563": (BLIND_556_563, 2024, 2025),
                              "572-579": (BLIND_572_579, 2024, 2025), "588-595": (BLIND_588_595, 2024, 2025)}


@pytest.mark.parametrize("text,expected,now,horizon", [
    pytest.param(text, expected, now, horizon, id=f"{name}-{i}")
    for name, (cases, now, horizon) in VALUE_UNIT_SUBJECT_BATCHES.items() for i, (text, expected) in enumerate(cases)])
def test_blind_batches_by_value_unit_and_subject(text, expected, now, horizon):
    found = find(Document.from_text(text), now=now, horizon=horizon)
    assert [(t.value, t.unit, t.subject) for t in found] == expected


@pytest.mark.parametrize("text,expected", BLIND_564_571)
def test_blind_564_571(text, expected):
    found = find(Document.from_text(text), now=2024, horizon=2025)
    assert [(t.value, t.unit, t.comparator) for t in found] == expected


def test_a_headline_goal_with_no_noun_takes_its_body_twins():
    # held-out 602: "… MỤC TIÊU 6 MWp ĐẾN NĂM 2026" in capitals, then "- Tổng công suất … tối thiểu 6 MWp": one goal, at the
    # headline, measured by what the body names, under the body's floor
    text = ("ĐIỆN MẶT TRỜI MÁI NHÀ TRÊN TRỤ SỞ CÔNG: MỤC TIÊU 6 MWp ĐẾN NĂM 2026\n\nUBND tỉnh ban hành Kế hoạch số 186/KH-UBND."
            "\n\n- Tổng công suất lắp đặt mới tại trụ sở công tối thiểu 6 MWp.\n")
    doc = Document.from_text(text)
    doc.title = text.split("\n", 1)[0]
    found = find(doc, now=2024, horizon=2026)
    assert [(t.value, t.unit, t.comparator, t.subject, t.span[0]) for t in found] == [
        (6, "MWp", ">=", "Tổng công suất lắp đặt mới tại trụ sở công", 49)]


def test_a_school_year_over_when_the_text_was_written_is_reported():
    # held-out 601: "| Nội dung | Năm học 2021-2022 | Năm học 2022-2023 |" in a report of September 2023: both school years
    # are over, the table reports; in March 2023 the second is still under way, its column a goal
    text = ("Kết quả hai năm học qua:\n\n| Nội dung | Năm học 2021-2022 | Năm học 2022-2023 |\n|---|---|---|\n"
            "| Tỷ lệ học sinh tiểu học biết bơi an toàn | 38,2% | 47,6% |\n")
    late = find(Document.from_text(text, published=date(2023, 9, 7)), now=2023, horizon=2024)
    early = find(Document.from_text(text, published=date(2023, 3, 7)), now=2023, horizon=2024)
    assert [(t.value, t.kind) for t in late] == []
    assert [(t.value, t.kind, t.deadline) for t in early] == [(47.6, "target", 2023)]


def test_a_verb_and_in_total_leave_the_noun_after_as_subject():
    # held-out 569: "chuyển đổi tổng cộng 2.400 ha đất trồng lúa" — "tổng cộng" says how much, not what
    found = find(Document.from_text("Huyện phấn đấu chuyển đổi tổng cộng 2.400 ha đất trồng lúa."), now=2023, horizon=2025)
    assert [(t.value, t.subject) for t in found] == [(2400, "đất trồng lúa")]


BLIND_536_539_LEFT = [
    # 535: a share given place by place, "… của huyện Ninh Phước đạt 78%, huyện Thuận Nam đạt 62% và huyện Bác Ái đạt 45%":
    # each later place takes the measure without the first place's name
    ("Tỷ lệ dân số nông thôn sử dụng nước sạch của huyện Ninh Phước đạt 78%, huyện Thuận Nam đạt 62% và huyện Bác Ái đạt 45%.",
     [(78, "%", "Tỷ lệ dân số nông thôn sử dụng nước sạch của huyện Ninh Phước"),
      (62, "%", "Tỷ lệ dân số nông thôn sử dụng nước sạch huyện Thuận Nam"),
      (45, "%", "Tỷ lệ dân số nông thôn sử dụng nước sạch huyện Bác Ái")]),
    # 544: trees, parks and health insurance cards are counted whatever verb comes before them
    ("1. Trồng mới ít nhất 1.500 cây xanh bóng mát, trong đó 400 cây trên vỉa hè các tuyến phố chính. 4. Cải tạo, chỉnh trang "
     "02 công viên. 5. Tặng ít nhất 120 thẻ BHYT cho hộ khó khăn.",
     [(1500, "cây xanh", "cây xanh bóng mát"), (400, "cây", "cây trên vỉa hè các tuyến phố chính"), (2, "công viên", "công viên"),
      (120, "thẻ BHYT", "thẻ BHYT cho hộ khó khăn")]),
    # 539: "…, tăng bình quân 18%/năm" after a total is how fast that total grows
    ("• Tổng thu từ du lịch năm 2025 đạt 5.200 tỷ đồng; đến năm 2030 đạt trên 12.000 tỷ đồng, tăng bình quân 18%/năm.",
     [(5200, "tỷ đồng", "Tổng thu từ du lịch"), (12000, "tỷ đồng", "Tổng thu từ du lịch"), (18, "%/năm", "Tổng thu từ du lịch")]),
    # 536: a kind named in quotes after its count, counted by its noun
    ('✅ Xây dựng 02 "Chợ không dùng tiền mặt" kiểu mẫu tại chợ Vị Thanh.',
     [(2, "chợ", "chợ không dùng tiền mặt kiểu mẫu tại chợ Vị Thanh")]),
    # 247: … or by its whole name, when its first word counts nothing
    ('các cấp công đoàn hỗ trợ xây mới ít nhất 500 "Mái ấm Công đoàn" cho đoàn viên khó khăn về nhà ở.',
     [(500, "mái ấm công đoàn", "mái ấm công đoàn cho đoàn viên khó khăn về nhà ở")]),
    # 537: "so với bình quân giai đoạn 2019 - 2023" is the base of a cut, no year the goal is dated by
    ("1. Giảm ít nhất 10% số trẻ em tử vong do đuối nước so với bình quân giai đoạn 2019 - 2023.",
     [(10, "%", "số trẻ em tử vong do đuối nước")]),
]


def test_a_share_given_again_for_another_scope_measures_the_same():
    # held-out 532: "tỷ lệ người đi mô tô … đội mũ bảo hiểm đúng quy cách trên các tuyến quốc lộ, tỉnh lộ đạt trên 98% và trên
    # đường huyện, đường xã đạt ít nhất 85%"; "điểm đen" is a kind counted whole
    text = ("Các chỉ tiêu cụ thể gồm: tỷ lệ người đi mô tô, xe gắn máy đội mũ bảo hiểm đúng quy cách trên các tuyến quốc lộ, "
            "tỉnh lộ đạt trên 98% và trên đường huyện, đường xã đạt ít nhất 85%; xử lý dứt điểm 12 điểm đen tai nạn giao thông.")
    found = find(Document.from_text(text), now=2024, horizon=2024)
    assert [(t.value, t.unit, t.subject, t.action) for t in found] == [
        (98, "%", "tỷ lệ người đi mô tô, xe gắn máy đội mũ bảo hiểm đúng quy cách trên các tuyến quốc lộ, tỉnh lộ", None),
        (85, "%", "tỷ lệ người đi mô tô, xe gắn máy đội mũ bảo hiểm đúng quy cách trên đường huyện, đường xã", None),
        (12, "điểm đen", "điểm đen tai nạn giao thông", None)]


@pytest.mark.parametrize("text,expected", BLIND_536_539_LEFT)
def test_blind_536_539_left(text, expected):
    found = find(Document.from_text(text, published=date(2024, 3, 22)), now=2024, horizon=2030)
    assert [(t.value, t.unit, t.subject) for t in found if t.kind == "target"] == expected


@pytest.mark.parametrize("text,expected", BLIND_532_539)
def test_blind_batch_532_539(text, expected):
    found = find(Document.from_text(text, published=date(2023, 3, 20)), now=2023, horizon=2023)
    assert [(t.value, t.unit, t.kind) for t in found] == expected


LEFT_FROM_528_531 = [
    # 531: a decision's annex "Danh mục công trình": the length beside a section's chainage is the section's, and the
    # catalogue's "(11 cầu khác)" row counts what it leaves out; neither is a goal
    ("PHỤ LỤC: DANH MỤC CÔNG TRÌNH\n| TT | Tên công trình | Lý trình | Chiều dài | Kinh phí (triệu đồng) |\n|----|----|----|----|----|"
     "\n| 1 | ĐT.185, đoạn qua xã Yên Sơn | Km12+500 – Km18+300 | 5,8 km | 18.450 |\n| 2 | Cầu Nậm Mu, ĐT.183 | Km27+120 | "
     "L = 42 m | 14.600 |\n| … | (11 cầu khác) | | | |\n", []),
    # 531: "(năm 2025)" after where a change starts dates that figure, not the goal: "… từ 88,6% (năm 2025) lên trên 92%"
    ("2. Mục tiêu, chỉ tiêu năm 2026:\nb) Sửa chữa định kỳ ít nhất 186 km mặt đường tỉnh bị hư hỏng;\nd) Nâng tỷ lệ đường "
     "tỉnh được nhựa hóa, bê tông hóa từ 88,6% (năm 2025) lên trên 92%;\n",
     [(186, "km", "target"), (88.6, "%", "result"), (92, "%", "target")]),
]


@pytest.mark.parametrize("text,expected", LEFT_FROM_528_531)
def test_left_from_528_531(text, expected):
    found = find(Document.from_text(text, published=date(2026, 1, 25)), now=2026, horizon=2026)
    assert [(t.value, t.unit, t.kind) for t in found] == expected


def test_a_verb_with_its_adverb_measures_what_follows():
    # held-out 531: "Sửa chữa định kỳ ít nhất 186 km | mặt đường tỉnh bị hư hỏng": the verb and "định kỳ" are no subject
    found = find(Document.from_text("b) Sửa chữa định kỳ ít nhất 186 km mặt đường tỉnh bị hư hỏng;"), now=2026, horizon=2026)
    assert [(t.value, t.unit, t.subject) for t in found] == [(186, "km", "mặt đường tỉnh bị hư hỏng")]


def test_a_reader_poll_sets_no_goal():
    # held-out 528: "📊 Bình chọn" over its options' shares
    found = find(Document.from_text("Phấn đấu 100% hộ gia đình được gắn biển số nhà.\n\n📊 Bình chọn\nNhà bạn đã được gắn biển "
                                    "số mới chưa?\n✅ Đã gắn, có cả mã QR — 46%\n❌ Chưa được gắn — 19%\n"), now=2026, horizon=2026)
    assert [(t.value, t.kind) for t in found] == [(100, "target")]


def test_levels_labelled_before_their_bounds_share_the_measure():
    # held-out 521: "Tỷ lệ nợ quá hạn cấp tỉnh dưới 0,1%, cấp huyện dưới 0,2% và cấp xã dưới 0,5% trên tổng dư nợ": each
    # level's label leads its own figure; "trên tổng dư nợ" is what the share is of (125's "cấp tỉnh, cấp huyện và ít nhất
    # 85% …" keeps both levels in one item)
    found = find(Document.from_text("Tỷ lệ nợ quá hạn cấp tỉnh dưới 0,1%, cấp huyện dưới 0,2% và cấp xã dưới 0,5% trên tổng "
                                    "dư nợ."), now=2024, horizon=2024)
    assert [(t.value, t.subject, t.level) for t in found] == [
        (0.1, "Tỷ lệ nợ quá hạn cấp tỉnh", "tinh"), (0.2, "Tỷ lệ nợ quá hạn cấp huyện", "huyen"),
        (0.5, "Tỷ lệ nợ quá hạn cấp xã", "xa")]


@pytest.mark.parametrize("text,expected", BLIND_516_523)
def test_blind_batch_516_523(text, expected):
    found = find(Document.from_text(text, published=date(2026, 2, 12)), now=2026, horizon=2026)
    assert [(t.value, t.unit, t.kind) for t in found] == expected


@pytest.mark.parametrize("text,expected", BLIND_508_515)
def test_blind_batch_508_515(text, expected):
    found = find(Document.from_text(text), now=2025, horizon=2025)
    assert [(t.value, t.unit, t.kind, t.criteria) for t in found] == expected


@pytest.mark.parametrize("text,expected", BLIND_500_507)
def test_blind_batch_500_507(text, expected):
    found = find(Document.from_text(text), now=2026, horizon=2026)
    assert [(t.value, t.unit, t.kind) for t in found] == expected


@pytest.mark.parametrize("text,expected", BLIND_492_499)
def test_blind_batch_492_499(text, expected):
    found = find(Document.from_text(text, published=date(2024, 9, 3)), now=2024, horizon=2025)
    assert [(t.value, t.unit, t.kind) for t in found if (t.value, t.unit) != (41, "điểm")] == expected


def test_a_noun_with_a_verb_in_it_keeps_the_verb():
    # held-out 498, 492
    found = find(Document.from_text(BLIND_492_499[2][0]), now=2024, horizon=2025)
    assert found[0].subject == "người nghiện, người sử dụng trái phép chất ma túy"
    assert found[1].subject.startswith("cơ sở khám bệnh, chữa bệnh BHYT")   # (not "cơ sở" alone)


def test_a_share_of_a_herd_is_measured_on_the_herd():
    # held-out 440, 465: "tiêm vắc xin LMLM đạt tối thiểu 80% | tổng đàn trâu, bò trong diện tiêm": the herd is what the
    # share measures, the act what is done to it (gold/README); a rate named first keeps its subject, a bare "tổng đàn,"
    # names no herd
    found = find(Document.from_text("Đợt 1: tiêm vắc xin LMLM đạt tối thiểu 80% tổng đàn trâu, bò trong diện tiêm. Tỷ lệ "
                                    "tiêm phòng dại đạt trên 70% tổng đàn chó, mèo. Tiêm phòng đợt 2 phải đạt 85% tổng đàn, "
                                    "khoanh vùng ổ dịch."), now=2025, horizon=2025)
    assert [(t.value, t.subject) for t in found] == [
        (80, "tổng đàn trâu, bò trong diện tiêm"), (70, "Tỷ lệ tiêm phòng dại"), (85, "Tiêm phòng đợt 2")]
    assert found[0].action == "tiêm vắc xin LMLM"


def test_a_share_after_a_count_is_of_the_counts_noun():
    # held-out 166: "ít nhất 97 đơn vị | cấp xã đạt chuẩn …, năm 2025 đạt 100%": the words after the count say which
    # units; the later year's share is of the same units (not of "cấp xã …" alone), as 166's gold has it (its subject
    # lost the predicate when a year's figure after a comma came to start at the comma, held-out 584)
    found = find(Document.from_text("Năm 2024, tỉnh phấn đấu có ít nhất 97 đơn vị cấp xã đạt chuẩn tiếp cận pháp luật, năm "
                                    "2025 đạt 100%."), now=2024, horizon=2025)
    assert [(t.value, t.unit, t.subject, t.deadline) for t in found] == [
        (97, "đơn vị", "đơn vị cấp xã", 2024), (100, "%", "đơn vị cấp xã", 2025)]


@pytest.mark.parametrize("text,expected", BLIND_484_491_NOTES)
def test_blind_batch_484_491_notes(text, expected):
    found = find(Document.from_text(text, published=date(2024, 3, 20)), now=2024, horizon=2024)
    assert [(t.value, t.kind) for t in found if t.value != 87] == expected


@pytest.mark.parametrize("text,expected", BLIND_484_491)
def test_blind_batch_484_491(text, expected):
    found = [t for t in find(Document.from_text(text, published=date(2024, 3, 20)), now=2024, horizon=2024)
             if t.kind == "target"]
    _assert_goals(found, expected)


def test_a_list_items_label_codes_every_figure_in_it():
    # held-out 456: "- Tiêu chí số 15 về Y tế: …, tỷ lệ … đạt không dưới 92%, tỷ lệ … đạt trên 95%": both carry "15"
    text = ("Lộ trình như sau:\n- Tiêu chí số 15 về Y tế: trong năm 2026, tỷ lệ người dân tham gia bảo hiểm y tế đạt không "
            "dưới 92%, tỷ lệ người dân có hồ sơ sức khỏe điện tử đạt trên 95%.\n")
    found = find(Document.from_text(text, published=date(2026, 1, 10)), now=2026, horizon=2026)
    assert [(t.value, t.criteria) for t in found] == [(92, ["15"]), (95, ["15"])]


BLIND_452_455 = [
    # 453: a slide's items on one line, parted by " • " or by " - " after a label's colon
    ("Mục tiêu 2026: - 95% vùng trồng cà phê xuất khẩu được cấp mã số vùng trồng - 80% hợp tác xã nông nghiệp sử dụng phần "
     "mềm quản lý - Tối thiểu 500 sản phẩm OCOP lên sàn thương mại điện tử\n"
     "• Giá trị nông sản bán qua sàn thương mại điện tử đạt trên 1.500 tỷ đồng/năm • Không dưới 2.000 hộ nông dân có gian "
     "hàng trên sàn Postmart\n",
     [("=", 95, "%", "vùng trồng cà phê xuất khẩu"), ("=", 80, "%", "hợp tác xã nông nghiệp"), (">=", 500, "sản phẩm"),
      (">", 1500, "tỷ đồng/năm", "Giá trị nông sản bán qua sàn thương mại điện tử"), (">=", 2000, "hộ")]),
    # 454: "100% trường có học sinh bán trú | xây dựng thực đơn"; a rate per pupil and day; "nhà bếp" counted whole; the
    # people a count of "người" names in brackets
    ("III. MỤC TIÊU\n1. 100% trường có học sinh bán trú xây dựng thực đơn theo tuần.\n2. Mức ăn của học sinh bán trú đạt tối "
     "thiểu 28.000 đồng/học sinh/ngày.\n3. Trong quý III/2024: sửa chữa, cải tạo 06 nhà bếp tại các trường.\n4. Tập huấn cho "
     "ít nhất 120 người (nhân viên cấp dưỡng, giáo viên quản lý bán trú).\n",
     [("=", 100, "%", "trường có học sinh bán trú"), (">=", 28000, "đồng/học sinh/ngày"), ("=", 6, "nhà bếp"),
      (">=", 120, "người", "nhân viên cấp dưỡng, giáo viên quản lý bán trú")]),
]


@pytest.mark.parametrize("text,expected", BLIND_452_455)
def test_blind_batch_452_455(text, expected):
    _assert_goals(find(Document.from_text(text, published=date(2024, 8, 20)), now=2024, horizon=2026), expected)
