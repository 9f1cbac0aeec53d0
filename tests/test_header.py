"""Header: the headline and the article's own date, off the top lines of real pages.

Each case is (raw top of the text, title, published).
"""

from datetime import date

import pytest

from kh_extract.document import Document
from kh_extract.extractors.header import find

# The tops of the seed articles in corpus/, as scraped.
SEED_ARTICLES = [
    ("hình 1 hình 1 hình 1 hình 4 hình 4 hình 4\nPhú Ninh phấn đấu 100% số xã nông thôn mới nâng cao năm 2023 đạt "
     "chuẩn tiêu chí số 8 về Thông tin và Truyền thông (28/06/2023)\nUBND huyện Phú Ninh vừa ban hành kế hoạch",
     "Phú Ninh phấn đấu 100% số xã nông thôn mới nâng cao năm 2023 đạt chuẩn tiêu chí số 8 về Thông tin và "
     "Truyền thông", date(2023, 6, 28)),
    ("Xuất bản thông tin\n\nnull Tập trung triển khai thực hiện chuyển đổi số trong xây dựng NTM\n\n"
     "Chi tiết bài viết Báo chí với Đồng Tháp\n\nTập trung triển khai thực hiện chuyển đổi số trong xây dựng NTM\n\n"
     "Thực hiện Kế hoạch số 06/KH-UBND ngày 11/01/2023 của Uỷ ban nhân dân tỉnh Đồng Tháp",
     "Tập trung triển khai thực hiện chuyển đổi số trong xây dựng NTM", None),
    # the clock line above the headline is the portal's; the date under the headline is the article's
    ("Thứ 6, 09/12/2022, 02:56[GMT+7]\n\nHướng tới Nông thôn mới thông minh tỉnh Thái Nguyên\n\n"
     "Thứ 4, 19/10/2022 | 10:09:12\n47 lượt xem\nNhằm thực hiện Chương trình",
     "Hướng tới Nông thôn mới thông minh tỉnh Thái Nguyên", date(2022, 10, 19)),
    ("Chuyển đổi số trong xây dựng NTM, hướng tới NTM thông minh trên địa bàn tỉnh Trà Vinh năm 2023\n\n"
     "         Ngày 18/4/2023, UBND tỉnh ban hành Kế hoạch số 38/KH-UBND",
     "Chuyển đổi số trong xây dựng NTM, hướng tới NTM thông minh trên địa bàn tỉnh Trà Vinh năm 2023", None),
    ("Hà Nội: Phấn đấu đến năm 2025, phát triển chính quyền số trong xây dựng nông thôn mới\n\n"
     "Thứ ba, 26/09/2023 13:33\nTừ viết tắt Xem với cỡ chữ\n\nNgày 21/9, UBND thành phố Hà Nội ban hành",
     "Hà Nội: Phấn đấu đến năm 2025, phát triển chính quyền số trong xây dựng nông thôn mới", date(2023, 9, 26)),
]

# REAL_WORLD.md: other portals' date lines, crumbs and paper names.
REAL_WORLD_MD = [
    # the paper's name in capitals; a "(15/03/2024)" line under a section name
    ("BÁO NINH THUẬN ĐIỆN TỬ\nMôi trường\n(15/03/2024)\n\nNinh Thuận: Phấn đấu 65 - 70% dân số nông thôn được dùng "
     "nước sạch\n\nNgày 11.3, UBND tỉnh ban hành Kế hoạch số 1025/KH-UBND.",
     "Ninh Thuận: Phấn đấu 65 - 70% dân số nông thôn được dùng nước sạch", date(2024, 3, 15)),
    # a section name and a pipe before "Cập nhật ngày:"
    ("Cổng thông tin điện tử xã Hòa Tiến\nTin hoạt động | Cập nhật ngày: 18/03/2024\n\nXã Hòa Tiến ban hành kế hoạch "
     "xây dựng nông thôn mới nâng cao năm 2024\n\nUBND xã Hòa Tiến vừa ban hành kế hoạch",
     "Xã Hòa Tiến ban hành kế hoạch xây dựng nông thôn mới nâng cao năm 2024", date(2024, 3, 18)),
    # word-segmented spacing around the separators of a date line
    ("ĐỀ CƯƠNG TUYÊN TRUYỀN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ GIAI ĐOẠN 2023-2025\n\nĐăng ngày 17 - 05 - 2024\n"
     "Lượt xem: 400\n100%\n\nI. Căn cứ pháp lý",
     "ĐỀ CƯƠNG TUYÊN TRUYỀN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ GIAI ĐOẠN 2023-2025", date(2024, 5, 17)),
    # date lines that follow a headline ending in a lower-case word stay lines of their own
    ("Tiêu đề bài viết về chuyển đổi số nông thôn mới\n12/06/2023 10:15:00 AM\nNội dung bài.",
     "Tiêu đề bài viết về chuyển đổi số nông thôn mới", date(2023, 6, 12)),
    ("Tiêu đề bài viết về chuyển đổi số nông thôn mới\n12:05 | 12/06/2023\nNội dung bài.",
     "Tiêu đề bài viết về chuyển đổi số nông thôn mới", date(2023, 6, 12)),
    # a label with "lúc"/"ngày", a time and a weekday before the date
    ("Tiêu đề bài viết về chuyển đổi số nông thôn mới\nCập nhật lúc 10:15, Thứ Hai, 12/06/2023\nNội dung bài.",
     "Tiêu đề bài viết về chuyển đổi số nông thôn mới", date(2023, 6, 12)),
    ("Tiêu đề bài viết về chuyển đổi số nông thôn mới\nCập nhật ngày 12/06/2023\nNội dung bài.",
     "Tiêu đề bài viết về chuyển đổi số nông thôn mới", date(2023, 6, 12)),
    # a "(Source) -" opener is no part of the headline
    ("Tiêu đề bài viết về chuyển đổi số nông thôn mới\n(Chinhphu.vn) - Ngày 10/6, UBND tỉnh ban hành kế hoạch.",
     "Tiêu đề bài viết về chuyển đổi số nông thôn mới", None),
    # an upper-case byline in front of the date line (a real Quảng Nam portal layout)
    ("Nông thôn mới\n\nNăm 2024, Quế Sơn xây dựng ít nhất 3 mô hình thôn thông minh\n\nVĨNH ĐIỆN 20/05/2024 16:05\n\n"
     "(QNO) - UBND huyện Quế Sơn vừa ban hành kế hoạch",
     "Năm 2024, Quế Sơn xây dựng ít nhất 3 mô hình thôn thông minh", date(2024, 5, 20)),
    ("Trang chủ > Nông nghiệp - Nông thôn\n\nHưng Yên: Đẩy mạnh chuyển đổi số trong xây dựng nông thôn mới\n\n"
     "Cập nhật: 05/01/2023\n\nNgày 28/12, UBND tỉnh ban hành",
     "Hưng Yên: Đẩy mạnh chuyển đổi số trong xây dựng nông thôn mới", date(2023, 1, 5)),
    ("Thứ tư, 14/12/2022 09:20\n\nBình Định đặt mục tiêu 100% xã đạt chuẩn chỉ tiêu\n\n(BĐ) - UBND tỉnh",
     "Bình Định đặt mục tiêu 100% xã đạt chuẩn chỉ tiêu", date(2022, 12, 14)),
    ("Thời sự | Chính trị\n\n**Phú Thọ phấn đấu tăng trưởng GRDP năm 2025 đạt từ 11,5 - 12,4% trở lên**\n\n"
     "10/12/2024 16:42\n\n*(BPT) - Chiều ngày 06/12, bế mạc",
     "Phú Thọ phấn đấu tăng trưởng GRDP năm 2025 đạt từ 11,5 - 12,4% trở lên", date(2024, 12, 10)),
    ("Báo Quảng Ngãi điện tử\n\nMộ Đức: Phấn đấu mười xã đạt chuẩn chỉ tiêu nước sạch vào năm 2025\n\n"
     "Thứ Ba, 12/09/2023, 15:27 [GMT+7]\n\n(Baoquangngai.vn)- UBND huyện Mộ Đức",
     "Mộ Đức: Phấn đấu mười xã đạt chuẩn chỉ tiêu nước sạch vào năm 2025", date(2023, 9, 12)),
    ("Nghệ An: Chuyển đổi số trong xây dựng nông thôn mới\n\nThứ ba - 03/10/2023 14:14\n\nNgày 21/9, Văn phòng",
     "Nghệ An: Chuyển đổi số trong xây dựng nông thôn mới", date(2023, 10, 3)),
    ("Huế: Phấn đấu 99% chất thải rắn được thu gom\n\nBáo Huế - 05/12/2025 07:30\n\nUBND thành phố Huế",
     "Huế: Phấn đấu 99% chất thải rắn được thu gom", date(2025, 12, 5)),
    ("# Tin tức\n\nĐồng Tháp triển khai kế hoạch chuyển đổi số năm 2025\n\nNgày đăng: 12/5/2024\n",
     "Đồng Tháp triển khai kế hoạch chuyển đổi số năm 2025", date(2024, 5, 12)),
    # a full plan text: its "Bắc Ninh, ngày …" is the plan's date, not an article date
    ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 144/KH-UBND\nBắc Ninh, ngày 24\ntháng 11 năm 2025\n\nKẾ HOẠCH\nThực hiện chuyển đổi số trong xây dựng "
     "nông thôn mới, hướng tới nông thôn mới\nthông minh trên địa bàn tỉnh Bắc Ninh năm 2026\n\nCăn cứ Luật",
     "Thực hiện chuyển đổi số trong xây dựng nông thôn mới, hướng tới nông thôn mới thông minh trên địa bàn "
     "tỉnh Bắc Ninh năm 2026", None),
    ("ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "HUYỆN ĐỨC TRỌNG                               Độc lập - Tự do - Hạnh phúc\n"
     "Số: 214/KH-UBND                        Đức Trọng, ngày 25 tháng 7 năm 2023\n\nKẾ HOẠCH\n"
     "Xây dựng nông thôn mới năm 2023\nCăn cứ Quyết định",
     "Xây dựng nông thôn mới năm 2023", None),
    # held-out 105: a long menu line ("Portal | Section | Subsection") is no headline
    ("Cổng Thông tin điện tử huyện Lục Nam | Tin tức - Sự kiện | Nông thôn mới\n\nCập nhật ngày: 14/06/2024 | "
     "Lượt xem: 1.836\n\nCẩm Lý sơ kết 6 tháng, quyết tâm về đích xã nông thôn mới nâng cao\n\nNgày 12-6-2024, Đảng ủy",
     "Cẩm Lý sơ kết 6 tháng, quyết tâm về đích xã nông thôn mới nâng cao", date(2024, 6, 14)),
    # a page that puts a headline over a plan's text is an article
    ("Kế hoạch thực hiện Chương trình chuyển đổi số tỉnh Hưng Yên\nCập nhật: 05/01/2023 09:15 | Lượt xem: 1.284\n"
     "**ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN**\nSố: 178/KH-UBND\nHưng Yên, ngày 28 tháng 12 năm 2022\n**KẾ HOẠCH**",
     "Kế hoạch thực hiện Chương trình chuyển đổi số tỉnh Hưng Yên", date(2023, 1, 5)),
    # held-out 123: "Cập nhật lúc HH:MM ngày …"
    ("Trang chủ > Tin tức - Sự kiện\n\nPhường Tân An: Phấn đấu năm 2026 có sáu tuyến phố văn minh\n\n"
     "Cập nhật lúc 16:25 ngày 14/10/2025\n\n(TTĐT) - Ngày 13/10, UBND phường Tân An tổ chức hội nghị.",
     "Phường Tân An: Phấn đấu năm 2026 có sáu tuyến phố văn minh", date(2025, 10, 14)),
    # held-out 132: a bare date and time with the page's view counter after it
    ("Trang chủ > Tin tức - Sự kiện > Tin cơ sở\n\nXã Quyết Tiến phấn đấu 40% người dân tập luyện thể thao\n\n"
     "14/03/2024 16:20 | Lượt xem: 412\n\n(TL) - Ngày 06/3, UBND xã Quyết Tiến ký ban hành Kế hoạch số 27/KH-UBND.",
     "Xã Quyết Tiến phấn đấu 40% người dân tập luyện thể thao", date(2024, 3, 14)),
    # held-out 132, 127: a portal's long banner is no headline
    ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN LÃNG - THÀNH PHỐ HẢI PHÒNG\nTrang chủ > Tin tức - Sự kiện\n\n"
     "Xã Quyết Tiến phấn đấu 40% người dân tập luyện thể thao\n\n14/03/2024 16:20 | Lượt xem: 412\n\n(TL) - Ngày 06/3.",
     "Xã Quyết Tiến phấn đấu 40% người dân tập luyện thể thao", date(2024, 3, 14)),
    ("BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG TRỊ\nXã hội > Giảm nghèo - An sinh\n\nThứ Sáu, 11/7/2025 | 08:45 GMT+7\n\n"
     "Xã Kim Phú dồn sức xóa 29 căn nhà tạm, nhà dột nát còn lại trước ngày 20/8\n\n(QTO) - Chỉ ít ngày sau …",
     "Xã Kim Phú dồn sức xóa 29 căn nhà tạm, nhà dột nát còn lại trước ngày 20/8", date(2025, 7, 11)),
    # held-out 159, 163: the portal owner's name in capitals is no headline (an all-capitals headline still is)
    ("SỞ TÀI CHÍNH TỈNH NINH BÌNH\nTrang chủ › Tin tức › Ngân sách - Thuế\n\nNinh Bình phấn đấu thu ngân sách nhà nước "
     "năm 2025 vượt dự toán trên 15%\n\nThứ Ba, 12/08/2025 - 10:15\n\n(STC) - Ngày 06/8, UBND tỉnh ban hành Kế hoạch.",
     "Ninh Bình phấn đấu thu ngân sách nhà nước năm 2025 vượt dự toán trên 15%", date(2025, 8, 12)),
    ("NINH BÌNH PHẤN ĐẤU THU NGÂN SÁCH VƯỢT DỰ TOÁN TRÊN 15%\n\nThứ Ba, 12/08/2025 - 10:15\n\n(STC) - Ngày 06/8.",
     "NINH BÌNH PHẤN ĐẤU THU NGÂN SÁCH VƯỢT DỰ TOÁN TRÊN 15%", date(2025, 8, 12)),
    # held-out 158, 187 (and 096): a bare date line with a time and a byline or share button after "|"
    ("TRANG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG ẢNG - TỈNH ĐIỆN BIÊN\nTrang chủ / Tin tức\n\nMường Ảng quyết tâm trở thành "
     "xã trắng về ma túy\n\n14/01/2026 | 16:20 | Đài Truyền thanh xã\n\nNgày 12/01/2026, UBND xã ban hành Kế hoạch.",
     "Mường Ảng quyết tâm trở thành xã trắng về ma túy", date(2026, 1, 14)),
    # held-out 156: "ngày" between the weekday and the date
    ("TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ĐẦM HÀ\nTrang chủ » Tin tức - Sự kiện\n\nĐầm Hà: Sơ tán an toàn 1.846 hộ dân\n\n"
     "Thứ Hai, ngày 16/09/2024 - 07:45\n\nChủ động từ sớm theo phương châm 4 tại chỗ.",
     "Đầm Hà: Sơ tán an toàn 1.846 hộ dân", date(2024, 9, 16)),
    # held-out 205: a social-media post: the page's name over "18 tháng 2, 2025 · 🌏", the headline after an emoji
    ("Quản lý thị trường Lạng Sơn\n18 tháng 2, 2025 · 🌏\n\n📌 LẠNG SƠN SIẾT CHẶT CHỐNG BUÔN LẬU, HÀNG GIẢ NĂM 2025\n\n"
     "Ngày 14/02/2025, Ban Chỉ đạo 389 tỉnh đã ký ban hành\nKế hoạch số 19/KH-BCĐ389 về đấu tranh chống buôn lậu,\n"
     "gian lận thương mại và hàng giả trên địa bàn tỉnh năm 2025.\nKế hoạch bám sát Quyết định số 389/QĐ-TTg ngày "
     "19/3/2014\ncủa Thủ tướng Chính phủ và Nghị định 98/2020/NĐ-CP\nngày 26/8/2020 của Chính phủ về xử phạt vi phạm\n",
     "LẠNG SƠN SIẾT CHẶT CHỐNG BUÔN LẬU, HÀNG GIẢ NĂM 2025", date(2025, 2, 18)),
    # held-out 240, 241: a portal's banner "UBND HUYỆN … - TỈNH …" over a breadcrumb is no plan text's header
    ("UBND HUYỆN GIA BÌNH - TỈNH BẮC NINH\nTrang chủ > Văn hóa - Xã hội\n\nGia Bình đặt mục tiêu 80% người qua đời được "
     "hỏa táng\n\nNgày đăng: 11/03/2024 | Lượt xem: 95\n\nNgày 04 tháng 3 năm 2024, Ủy ban nhân dân huyện ban hành Kế hoạch.",
     "Gia Bình đặt mục tiêu 80% người qua đời được hỏa táng", date(2024, 3, 11)),
    # public pages: a section's name, then the date alone on its line ("Xã hội 11-11-2022", "Audio thời sự 25-01-2022")
    ("Nước sạch, vệ sinh môi trường trong xây dựng nông thôn mới\nXã hội 11-11-2022\nChiến lược quốc gia đặt mục tiêu.",
     "Nước sạch, vệ sinh môi trường trong xây dựng nông thôn mới", date(2022, 11, 11)),
    # held-out 254: "›" parts a breadcrumb too
    ("BÁO NAM ĐỊNH ĐIỆN TỬ\nKinh tế › Nông nghiệp - Nông thôn\n\nGiao Thủy: Đưa muối sạch lên 80 ha vào năm 2030\n\n"
     "22/03/2024 07:45\n\nKế hoạch 90/KH-UBND do UBND huyện ký ban hành.",
     "Giao Thủy: Đưa muối sạch lên 80 ha vào năm 2030", date(2024, 3, 22)),
    # held-out 270 (a forwarded Zalo OA message): the forward header and the "Nguồn: …" line are no headline
    ("Tin nhắn được chuyển tiếp\nNguồn: Sở Y tế Lào Cai ✔️ · Official Account\n12/04/2025 08:10\n\n"
     "📢 Lào Cai: Năm 2025 khám sàng lọc lao cho 30.000 người\n\nKính gửi Quý bà con.",
     "Lào Cai: Năm 2025 khám sàng lọc lao cho 30.000 người", date(2025, 4, 12)),
    # held-out 325: the site's banner "… - Cổng thông tin điện tử …", which a wrap joined to the breadcrumb, is no headline
    ("TUỔI TRẺ QUẢNG BÌNH - Cổng thông tin điện tử Tỉnh đoàn Quảng Bình\nTin tức > Phong trào tình nguyện\n\n"
     "Hè 2025, tuổi trẻ Quảng Bình đặt mục tiêu hiến 3.500 đơn vị máu\n\n28/05/2025 | Ban Thanh niên nông thôn\n\nNgày 27/5, …",
     "Hè 2025, tuổi trẻ Quảng Bình đặt mục tiêu hiến 3.500 đơn vị máu", date(2025, 5, 28)),
]

# Body sentences that start with a date are not date lines.
MUST_NOT_MATCH = [
    ("Trà Vinh triển khai chuyển đổi số năm 2023\n\nNgày 18/4/2023, UBND tỉnh ban hành Kế hoạch số 38/KH-UBND",
     "Trà Vinh triển khai chuyển đổi số năm 2023", None),
    ("Tin tức\n\nKINH TẾ\n\n", None, None),
]

XFAIL = [
    # an English date line
    ("Đồng Tháp triển khai kế hoạch chuyển đổi số\n\nSeptember 26, 2023\n",
     "Đồng Tháp triển khai kế hoạch chuyển đổi số", date(2023, 9, 26)),
]

CASES = (
    [pytest.param(*c, id=f"seed-{i}") for i, c in enumerate(SEED_ARTICLES)]
    + [pytest.param(*c, id=f"real-{i}") for i, c in enumerate(REAL_WORLD_MD)]
    + [pytest.param(*c, id=f"not-{i}") for i, c in enumerate(MUST_NOT_MATCH)]
    + [pytest.param(*c, id=f"xfail-{i}", marks=pytest.mark.xfail(strict=True)) for i, c in enumerate(XFAIL)]
)


@pytest.mark.parametrize("raw, title, published", CASES)
def test_header(raw, title, published):
    assert find(Document.from_text(raw)) == (title, published)


def test_a_press_release_dates_itself_with_its_place():
    # held-out 225: "Hải Phòng, ngày 18 tháng 12 năm 2025" on a line of its own under the headline
    doc = Document.from_text("SỞ XÂY DỰNG THÀNH PHỐ HẢI PHÒNG\n\nTHÔNG CÁO BÁO CHÍ\n"
                             "Hải Phòng đặt mục tiêu 100% xe buýt dùng điện vào năm 2030\n\n"
                             "Hải Phòng, ngày 18 tháng 12 năm 2025\n\nNgày 12/12/2025, UBND thành phố ban hành Kế hoạch …")
    assert find(doc)[1] == date(2025, 12, 18)


def test_a_page_whose_line_breaks_were_lost_has_no_headline_but_its_stamp_dates_it():
    # held-out 261: crumbs, headline, "Thứ Tư, 24/09/2025 - 15:06" and the body run on one line
    doc = Document.from_text("Báo Lâm Đồng điện tử › Kinh tế Lâm Viên - Đà Lạt: Hướng tới 420 ha rau an toàn Thứ Tư, 24/09/2025 - "
                             "15:06 (LĐ) - UBND phường vừa ban hành Kế hoạch số 57/KH-UBND ngày 18/9/2025. " + "Nội dung. " * 40)
    assert find(doc) == (None, date(2025, 9, 24))


def test_a_feed_dumped_as_text_is_titled_and_dated_by_the_item_that_sets_goals():
    # held-out 302: an RSS feed whose second item carries the plan
    from kh_extract import extract
    text = ("<rss><channel><title>Báo Quảng Nam - Kinh tế</title>\n<item>\n<title>Giá xăng giảm lần thứ ba liên tiếp</title>\n"
            "<pubDate>Fri, 13 Sep 2024 15:32:00 +0700</pubDate>\n</item>\n<item>\n<title>Quảng Nam đặt mục tiêu có ít nhất 12 "
            "siêu thị vào năm 2025</title>\n<pubDate>Thu, 12 Sep 2024 10:05:00 +0700</pubDate>\n<description><![CDATA[<p>Ngày "
            "09/9, UBND tỉnh ban hành Kế hoạch số 6874/KH-UBND.</p>]]></description>\n</item></channel></rss>")
    e = extract(text)
    assert (e.title, e.published) == ("Quảng Nam đặt mục tiêu có ít nhất 12 siêu thị vào năm 2025", "2024-09-12")
    assert [(d.text, d.value) for d in e.dates] == [("13 Sep 2024", "2024-09-13"), ("12 Sep 2024", "2024-09-12"),
                                                    ("Ngày 09/9", "2024-09-09")]


# Bulletins, scripts and transcripts dated by a line of their own
DATED_BY_THEIR_OWN_LINES = [
    # held-out 438: a farm-extension bulletin's issue date
    ("TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP HUYỆN NINH SƠN\nBẢN TIN KHUYẾN NÔNG – Số 12 (tháng 12/2024)\nNgày phát hành: 05/12/2024\n\n"
     "CHUYỂN ĐỔI ĐẤT LÚA THIẾU NƯỚC SANG CÂY TRỒNG CHỊU HẠN\n", date(2024, 12, 5)),
    # held-out 439: a commune radio's script, dated by its programme line
    ("ĐÀI TRUYỀN THANH XÃ VĨNH TRƯỜNG\nCHƯƠNG TRÌNH PHÁT THANH NGÀY 12/8/2024\nPhát lúc 6h00 và 17h00 – Thời lượng: 15 phút\n\n"
     "Kính thưa toàn thể bà con nhân dân xã Vĩnh Trường!\n", date(2024, 8, 12)),
    # held-out 264: a science bulletin's issue line under its masthead
    ("BẢN TIN KHOA HỌC VÀ CÔNG NGHỆ LẠNG SƠN\nSố 4/2024 - Phát hành ngày 16/12/2024\nSỞ HỮU TRÍ TUỆ\n\n"
     "Lạng Sơn: Gắn chỉ dẫn địa lý với truy xuất nguồn gốc\n", date(2024, 12, 16)),
    # held-out 284: the official gazette's page head over a plan it prints
    ("CÔNG BÁO/Số 45 + 46/Ngày 20-3-2025                              57\n\nĐiều 3. Quyết định này có hiệu lực …\n",
     date(2025, 3, 20)),
    # held-out 423: a speech-to-text transcript's recording date
    ("BẢN GỠ BĂNG TỰ ĐỘNG (chưa biên tập)\nTệp ghi âm: HoiNghi.m4a | Thời lượng: 00:48:17\n"
     "Ngày ghi: 18/02/2025 | Số người nói nhận diện: 4\n", date(2025, 2, 18)),
]


# Date lines whose furniture once hid them (held-out documents named)
DATE_LINE_FURNITURE = [
    # 187: the "Ch" of "Chia sẻ" was read as "CH" (chiều, p.m.) after the time
    ("Thanh Hóa tăng tốc phủ sóng 5G, đưa cáp quang đến từng thôn, bản\n\n19/09/2025 | 10:05 | Chia sẻ\n\nNgày 11/9/2025, …",
     date(2025, 9, 19)),
    # 391: … and the "Ch" of "Chuyên mục"
    ("Hỏi - đáp về bảo hiểm xã hội tự nguyện cho nông dân năm 2026\n\n22/01/2026 | Chuyên mục: Hỏi đáp chính sách\n\n…",
     date(2026, 1, 22)),
    # 400: a bilingual page's label
    ("Dự án Phục hồi rừng ngập mặn và bảo vệ bờ biển tỉnh Nam Định (MCR-ND)\n\n"
     "Cập nhật / Updated: 08/10/2024 09:15 | Lượt xem: 1.204\n\nDự án sử dụng vốn …", date(2024, 10, 8)),
    # 415: a scraper's front matter, whose lines must not be joined as a wrapped sentence
    ('title: Ngư dân Nam Cường "mang rác về bờ": từ phong trào thành kế hoạch\nurl: https://baohungyen.vn/a-3188452.html\n'
     "published_at: 2025-11-12T07:45:00+07:00\nsource: Báo Hưng Yên\n---\n\n# Ngư dân Nam Cường\n", date(2025, 11, 12)),
    # 452: a forum post's byline
    ("Quang Ngai dat muc tieu nam 2025 giam 5-10% tai nan giao thong\n\n"
     "Người đăng: tuan_sahuynh · 19/02/2025 lúc 21:14 · 1.362 lượt xem · 27 trả lời\n\nCopy tu tin nhan …", date(2025, 2, 19)),
    # a data portal's record, its fields parted by ";"
    ("Ngày cập nhật;26/08/2024 16:05\nVăn bản nguồn;Kế hoạch số 1468/KH-UBND\n", date(2024, 8, 26)),
    # 478: a chat post's stamp, the day named after the time
    ("Zalo OA · UBND phường Hải Châu ✔\nHôm nay lúc 08:15 · 12/01/2026\n\n📢 THÔNG BÁO: Phường Hải Châu triển khai phân loại "
     "rác tại nguồn\n", date(2026, 1, 12)),
    # 749, 751: two pages scraped as one, the news item's own stamp below a listing or a bulletin of more than ten lines
    ("Homestay tại bản Lác, Mai Châu – 24 chỗ nghỉ phù hợp\n\n" + "".join(f"Nhà sàn {i} · Giá từ 450.000đ/đêm\n" for i in range(12))
     + "\nXã Mai Châu phát triển du lịch cộng đồng\n09/03/2026 16:05\n\nNgày 20/02/2026, UBND xã ban hành Kế hoạch …",
     date(2026, 3, 9)),
    # 708: a bilingual release's place and date with its translation after a bar
    ("SỞ Y TẾ TỈNH QUẢNG NAM | QUANG NAM DEPARTMENT OF HEALTH\nTHÔNG CÁO BÁO CHÍ / PRESS RELEASE\n\nQuảng Nam kết nối khám, "
     "chữa bệnh từ xa\n\nTam Kỳ, ngày 16/5/2024 | Tam Ky, 16 May 2024\n\nNgày 10/5/2024, UBND tỉnh …", date(2024, 5, 16)),
    # 721: a radio script broadcast twice a day
    ("ĐÀI TRUYỀN THANH XÃ HƯNG ĐẠO\nChuyên mục \"Sống xanh mỗi ngày\" – Số 07/2024\nPhát sóng: 06 giờ 30 và 17 giờ 00, thứ Hai "
     "ngày 15/4/2024 (phát lại thứ Năm 18/4)\n", date(2024, 4, 15)),
    # an afternoon time is still read as one
    ("Huyện đặt mục tiêu trồng 300 ha rừng\n\n12/03/2024 03:15 CH\n\nNội dung …", date(2024, 3, 12)),
]


@pytest.mark.parametrize("raw, published", DATED_BY_THEIR_OWN_LINES + DATE_LINE_FURNITURE)
def test_date_lines_of_bulletins_and_behind_furniture(raw, published):
    assert find(Document.from_text(raw))[1] == published


# Headlines under a portal's owner, a masthead, a section name or a programme line; and cleaned of the page's decoration
# (held-out documents named; each was once read as the title)
HEADLINES_UNDER_FURNITURE = [
    # 182: a health station's name in capitals over the headline
    ("TRẠM Y TẾ PHƯỜNG TRÀ LÝ - TỈNH HƯNG YÊN\n\nPhường Trà Lý: Năm 2026 phấn đấu ít nhất 95% trẻ dưới 1 tuổi được tiêm "
     "chủng đầy đủ\n\n12/01/2026 | 08:30\n", "Phường Trà Lý: Năm 2026 phấn đấu ít nhất 95% trẻ dưới 1 tuổi được tiêm chủng đầy đủ"),
    # 191: a bank's branch, parted by " - "
    ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI - CHI NHÁNH TỈNH HÒA BÌNH\n\nHòa Bình: Năm 2025 phấn đấu dư nợ tín dụng chính sách tăng "
     "tối thiểu 530 tỷ đồng\n", "Hòa Bình: Năm 2025 phấn đấu dư nợ tín dụng chính sách tăng tối thiểu 530 tỷ đồng"),
    # 232: a station's call sign before its name
    ("QRT - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH QUẢNG NAM\n\nBắc Trà My đặt mục tiêu loại trừ sốt rét vào năm 2030\n",
     "Bắc Trà My đặt mục tiêu loại trừ sốt rét vào năm 2030"),
    # 194: a paper's masthead; 223: a section in capitals
    ("HÀ NỘI MỚI ĐIỆN TỬ\nNÔNG NGHIỆP - NÔNG THÔN\n\nHà Nội đặt mục tiêu khởi công cải tạo ít nhất 30 khu chung cư cũ\n",
     "Hà Nội đặt mục tiêu khởi công cải tạo ít nhất 30 khu chung cư cũ"),
    # 225: a press release's type line
    ("SỞ XÂY DỰNG THÀNH PHỐ HẢI PHÒNG\n\nTHÔNG CÁO BÁO CHÍ\nHải Phòng đặt mục tiêu 100% xe buýt dùng điện vào năm 2030\n",
     "Hải Phòng đặt mục tiêu 100% xe buýt dùng điện vào năm 2030"),
    # 275: a radio programme's line, dated
    ("ĐÀI TRUYỀN THANH XÃ KHOÁI CHÂU – TỈNH HƯNG YÊN\nBản tin phát sáng thứ Sáu, 17/10/2025 – Chuyên mục \"Dân số và phát "
     "triển\"\n\nKhoái Châu chung tay kéo giảm mất cân bằng giới tính khi sinh\n",
     "Khoái Châu chung tay kéo giảm mất cân bằng giới tính khi sinh"),
    # 366: an organisation's name that is the subject of the headline is no owner line
    ("CÔNG AN XÃ CẨM GIÀNG TRIỂN KHAI KẾ HOẠCH PHÒNG, CHỐNG TỘI PHẠM, MA TÚY NĂM 2026\n\nNgày 09/01/2026, Công an xã …",
     "CÔNG AN XÃ CẨM GIÀNG TRIỂN KHAI KẾ HOẠCH PHÒNG, CHỐNG TỘI PHẠM, MA TÚY NĂM 2026"),
    # 383: a bulletin's headline that begins "BẢN TIN …:" is still the headline
    ("UBND XÃ EA KLY - TỈNH ĐẮK LẮK\nTrang chủ > Đài truyền thanh xã > Bản tin phát thanh\n\n"
     "BẢN TIN PHÁT THANH: Tiêm phòng dại cho chó, mèo đợt 1 năm 2026\n",
     "BẢN TIN PHÁT THANH: Tiêm phòng dại cho chó, mèo đợt 1 năm 2026"),
    # 360: a markdown link to the paper's home page
    ("[Báo Quảng Ninh điện tử](https://www.baoquangninh.vn/)\n\nQuảng Ninh phấn đấu tiết kiệm tối thiểu 2,5% tổng điện năng "
     "tiêu thụ năm 2026\n", "Quảng Ninh phấn đấu tiết kiệm tối thiểu 2,5% tổng điện năng tiêu thụ năm 2026"),
    # 578: a bilingual press release's type line; 579: a section's "Hoạt động HĐND xã"
    ("SỞ DU LỊCH TỈNH BÌNH ĐỊNH | BINH DINH DEPARTMENT OF TOURISM\nThông cáo báo chí / Press Release\n06/03/2025\n\n"
     "Bình Định đặt mục tiêu đón 10,5 triệu lượt khách năm 2025\n", "Bình Định đặt mục tiêu đón 10,5 triệu lượt khách năm 2025"),
    ("TRANG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG KHƯƠNG - TỈNH LÀO CAI\nHoạt động HĐND xã\n\nCử tri hỏi - Chủ tịch UBND xã trả lời về "
     "giảm nghèo năm 2026\n\n29/01/2026 16:05\n", "Cử tri hỏi - Chủ tịch UBND xã trả lời về giảm nghèo năm 2026"),
    # 581: a page's name over a post of this year, "12 tháng 3 lúc 07:48 · 🌏"
    ("Thú y xã Định Quán\n12 tháng 3 lúc 07:48 · 🌏\n\n📢📢 TRIỂN KHAI KẾ HOẠCH PHÒNG, CHỐNG DỊCH TẢ LỢN CHÂU PHI NĂM 2026 🐷\n",
     "TRIỂN KHAI KẾ HOẠCH PHÒNG, CHỐNG DỊCH TẢ LỢN CHÂU PHI NĂM 2026"),
    # 586: a printed page's head, its print time before the headline; a page's own stamp line further down keeps its date
    ("09/04/2026 14:32                Phường Bàn Thạch triển khai kế hoạch chăm sóc sức khỏe người cao tuổi năm 2026\n\n"
     "CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG BÀN THẠCH - THÀNH PHỐ ĐÀ NẴNG\n",
     "Phường Bàn Thạch triển khai kế hoạch chăm sóc sức khỏe người cao tuổi năm 2026"),
    # 369: an English banner in capitals
    ("CAN THO CITY PORTAL\n\nCần Thơ: Đến năm 2030, vận tải công cộng đáp ứng 15% nhu cầu đi lại\n",
     "Cần Thơ: Đến năm 2030, vận tải công cộng đáp ứng 15% nhu cầu đi lại"),
    # 423: a transcript's "Tiêu đề:" field
    ("BẢN GỠ BĂNG TỰ ĐỘNG (chưa biên tập)\nTiêu đề: Hội nghị triển khai Kế hoạch xây dựng gia đình văn hóa năm 2025\n",
     "Hội nghị triển khai Kế hoạch xây dựng gia đình văn hóa năm 2025"),
    # 117: the site's name after the headline; 357: emoji after it; 434: brackets round it
    ("Huyện Tiên Phước đặt mục tiêu giảm 1,5 - 2% tỷ lệ hộ nghèo trong năm 2024 - Cổng thông tin điện tử huyện Tiên Phước\n",
     "Huyện Tiên Phước đặt mục tiêu giảm 1,5 - 2% tỷ lệ hộ nghèo trong năm 2024"),
    ("LÂM THAO TRIỂN KHAI KẾ HOẠCH PHÁT TRIỂN NGƯỜI THAM GIA BHXH, BHYT NĂM 2026 🩺💙\n",
     "LÂM THAO TRIỂN KHAI KẾ HOẠCH PHÁT TRIỂN NGƯỜI THAM GIA BHXH, BHYT NĂM 2026"),
    ("[PHƯỜNG LONG BIÊN TRIỂN KHAI KẾ HOẠCH PHÁT TRIỂN CÂU LẠC BỘ NGƯỜI CAO TUỔI]\n",
     "PHƯỜNG LONG BIÊN TRIỂN KHAI KẾ HOẠCH PHÁT TRIỂN CÂU LẠC BỘ NGƯỜI CAO TUỔI"),
    # 298: a headline in capitals wrapped over three lines; 490: a hard-wrapped one whose last words open in lower case
    ("Xã Kim Tân - Thanh Hóa\n13 tháng 10, 2025 lúc 19:05 · 🌏\n\n🐂 BÒ THỊT CHẤT LƯỢNG CAO –\n\"CON VẬT CHỦ LỰC\" CỦA NÔNG "
     "DÂN\nKIM TÂN ĐẾN NĂM 2030 🐂\n\nNgày 06/10/2025, UBND xã",
     'BÒ THỊT CHẤT LƯỢNG CAO – "CON VẬT CHỦ LỰC" CỦA NÔNG DÂN KIM TÂN ĐẾN NĂM 2030'),
    ("Phường Tam Kỳ: 80% tiểu thương ở chợ bán hàng quét mã QR\ntrong năm 2026\n\n05/3/2026 09:40\n",
     "Phường Tam Kỳ: 80% tiểu thương ở chợ bán hàng quét mã QR trong năm 2026"),
    # 420: a chat group; 493: an official account, its kind and the page owner's bare name; 471: a section label; 467: a
    # radio script's credits and cue; 413: the owner's city in capitals; 476: a bank's branch; 499: "Thông cáo báo chí"
    ("📌 Tin nhắn đã ghim\nNhóm: THÚ Y CƠ SỞ HUYỆN ĐÔ LƯƠNG (57 thành viên)\n\nĐÔ LƯƠNG TRIỂN KHAI TIÊM VẮC XIN NĂM 2025\n",
     "ĐÔ LƯƠNG TRIỂN KHAI TIÊM VẮC XIN NĂM 2025"),
    ("Zalo Official Account\nUBND xã Gio Linh\nCơ quan nhà nước · Quảng Trị\n08:45 12/03/2026\n\n📢 XÃ GIO LINH TRIỂN KHAI KẾ "
     "HOẠCH NƯỚC SẠCH NÔNG THÔN NĂM 2026\n", "XÃ GIO LINH TRIỂN KHAI KẾ HOẠCH NƯỚC SẠCH NÔNG THÔN NĂM 2026"),
    ("Chuyên mục: Vì trẻ em\n\nPHÒNG, CHỐNG ĐUỐI NƯỚC TRẺ EM, DẠY BƠI AN TOÀN HÈ NĂM 2026\n",
     "PHÒNG, CHỐNG ĐUỐI NƯỚC TRẺ EM, DẠY BƠI AN TOÀN HÈ NĂM 2026"),
    # 842: the site's name on two lines over its breadcrumb; the headline is below it
    ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nChi nhánh Khu vực 7 (Thanh Hóa - Ninh Bình)\nTrang chủ > Tin tức - Sự kiện > Tỉnh Ninh Bình\n\n"
     "Ninh Bình phấn đấu ít nhất 90% người trưởng thành có tài khoản thanh toán năm 2026\n\nThứ Năm, 22/01/2026 - 15:40\n",
     "Ninh Bình phấn đấu ít nhất 90% người trưởng thành có tài khoản thanh toán năm 2026"),
    # 840, 789: a health centre's hotline banner over the menu and the headline
    ("TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH PHÚ THỌ\nTrang chủ\tGiới thiệu\tTin tức - Sự kiện\nĐường dây nóng tiêm chủng: "
     "0210.3846.115 (giờ hành chính) - 0912.115.246 (ngoài giờ)\n\nKế hoạch triển khai công tác Tiêm chủng mở rộng năm 2026\n",
     "Kế hoạch triển khai công tác Tiêm chủng mở rộng năm 2026"),
    ("BTV: Hoàng Thu Trang – PTV: Minh Đức, Thu Hà – Duyệt phát: Phòng Thời sự\nNHẠC HIỆU – 10\"\n\nNGHỆ AN ĐẶT MỤC TIÊU TẠO "
     "VIỆC LÀM MỚI CHO 46.000 LAO ĐỘNG\n", "NGHỆ AN ĐẶT MỤC TIÊU TẠO VIỆC LÀM MỚI CHO 46.000 LAO ĐỘNG"),
    ("THÀNH PHỐ HÀ NỘI\nAGRIBANK CHI NHÁNH TỈNH BẮC GIANG\nThông cáo báo chí\n\nPhường Cửa Nam ra quân lập lại trật tự vỉa hè\n",
     "Phường Cửa Nam ra quân lập lại trật tự vỉa hè"),
    # 439: a broadcast's greeting, then its invitation to the bulletin, whose own title follows the colon
    ("Kính thưa toàn thể bà con nhân dân xã Vĩnh Trường!\nMời bà con nghe bản tin: CHỦ ĐỘNG PHÒNG, CHỐNG ĐUỐI NƯỚC CHO TRẺ EM "
     "MÙA NƯỚC NỔI NĂM 2024\n", "CHỦ ĐỘNG PHÒNG, CHỐNG ĐUỐI NƯỚC CHO TRẺ EM MÙA NƯỚC NỔI NĂM 2024"),
    # 546: a council's page name over its crumbs
    ("HĐND HUYỆN SƠN DƯƠNG - TỈNH TUYÊN QUANG\nTrang chủ / Hoạt động HĐND / Kỳ họp\n\nPHIÊN CHẤT VẤN KỲ HỌP THỨ 21: Xi măng về "
     "chậm, đường thôn chờ đổ bê tông\n\nNgày đăng: 18/04/2025\n",
     "PHIÊN CHẤT VẤN KỲ HỌP THỨ 21: Xi măng về chậm, đường thôn chờ đổ bê tông"),
    # 549, 552, 554, 555: a bulletin's issue line, a newsletter's masthead, an alert's label, a chat export's group line,
    # its day rule and its message's time and sender
    ("CÔNG AN XÃ NA SẦM\n-----\nBẢN TIN AN NINH, TRẬT TỰ\nSố 10 – Tuần từ 02/3 đến 08/3/2026\n\nNa Sầm, ngày 09/3/2026\n\n"
     "CHUNG TAY XÂY DỰNG XÃ NA SẦM \"KHÔNG MA TÚY\"\n", 'CHUNG TAY XÂY DỰNG XÃ NA SẦM "KHÔNG MA TÚY"'),
    ("BẢN TIN PHƯỜNG HỘI AN\nCơ quan thông tin của Đảng ủy - HĐND - UBND phường Hội An, thành phố Đà Nẵng\n\nPhường Hội An phấn "
     "đấu có 12 tuyến phố không rác trong năm 2026\n", "Phường Hội An phấn đấu có 12 tuyến phố không rác trong năm 2026"),
    ('Zalo · Nhóm "HỘI NGƯỜI CAO TUỔI XÃ HƯNG NGUYÊN" · 97 thành viên\n\n──────── Thứ Ba, 10/03/2026 ────────\n\n07:12  Nguyễn '
     "Đình Thọ (Chủ tịch Hội NCT xã)\n📢 XÃ HƯNG NGUYÊN TRIỂN KHAI KẾ HOẠCH CHĂM SÓC NGƯỜI CAO TUỔI NĂM 2026\n",
     "XÃ HƯNG NGUYÊN TRIỂN KHAI KẾ HOẠCH CHĂM SÓC NGƯỜI CAO TUỔI NĂM 2026"),
    # 533: a loudspeaker script's "BÀI:" label before its title
    ("ĐÀI TRUYỀN THANH XÃ KIM LIÊN\n\nBÀI: CẢ XÃ CHUNG TAY PHÂN LOẠI RÁC TẠI NGUỒN TRONG NĂM 2026\n\nKính thưa bà con nhân dân!\n",
     "CẢ XÃ CHUNG TAY PHÂN LOẠI RÁC TẠI NGUỒN TRONG NĂM 2026"),
]


def test_a_page_is_dated_by_its_last_update():
    # held-out 561: "Cập nhật lần cuối: 02/04/2024 09:12 | Lượt xem: 1.305"
    doc = Document.from_text("SỞ GIAO THÔNG VẬN TẢI\nHỏi đáp về xe buýt công cộng\n\nCập nhật lần cuối: 02/04/2024 09:12 | Lượt "
                             "xem: 1.305\n\n▸ Câu hỏi 1: Năm 2024 tỉnh mở thêm bao nhiêu tuyến xe buýt?\n")
    assert find(doc)[1] == date(2024, 4, 2)


def test_a_radio_script_is_dated_by_its_broadcast():
    # held-out 551: "Kịch bản số 24/2024 – Phát sóng 11 giờ 30, Thứ Bảy ngày 15/6/2024 – Thời lượng 15 phút"
    doc = Document.from_text("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH KIÊN GIANG\nChuyên mục: NHÀ NÔNG CẦN BIẾT\nKịch bản số 24/2024 – "
                             "Phát sóng 11 giờ 30, Thứ Bảy ngày 15/6/2024 – Thời lượng 15 phút\n\nLÚA THÍCH ỨNG BIẾN ĐỔI KHÍ HẬU\n")
    assert find(doc)[1] == date(2024, 6, 15)


def test_a_channel_post_is_dated_by_its_dotted_date():
    # held-out 528: a Telegram post forwarded from another channel, "15.01.2026 · 09:12"
    raw = "Forwarded from Công an phường Hạc Thành\n━━━━━━━━\n15.01.2026 · 09:12\n\nPHƯỜNG HẠC THÀNH: NĂM 2026 MỖI NGÔI NHÀ CÓ ĐỊA CHỈ SỐ\n"
    assert find(Document.from_text(raw)) == ("PHƯỜNG HẠC THÀNH: NĂM 2026 MỖI NGÔI NHÀ CÓ ĐỊA CHỈ SỐ", date(2026, 1, 15))


def test_a_forum_post_is_dated_by_its_numbered_line():
    # held-out 506: "#1  16/03/2025, 21:14" over the first post
    raw = ("Diễn đàn Thạch Hà Quê Mình › Đời sống\n\n[Hỏi] Kế hoạch thể thao quần chúng năm 2025 của huyện?\n\n"
           "Trang 1/2   1 2 Tiếp »\n\n#1  16/03/2025, 21:14\nthachha_runner\n")
    assert find(Document.from_text(raw))[1] == date(2025, 3, 16)


def test_a_post_of_this_year_takes_the_year_of_the_plan_it_reports():
    # held-out 581: "12 tháng 3 lúc 07:48 · 🌏" over "Ngày 09/3/2026, UBND xã … ban hành Kế hoạch …" (a later "31/10/2026",
    # after the post's day, says nothing of its year); no full date at all leaves the post undated
    raw = ("Thú y xã Định Quán\n12 tháng 3 lúc 07:48 · 🌏\n\n📢 TRIỂN KHAI KẾ HOẠCH PHÒNG, CHỐNG DỊCH BỆNH NĂM 2026\n\n"
           "Ngày 09/3/2026, UBND xã Định Quán đã ban hành Kế hoạch số 46/KH-UBND. Đợt 2 từ 15/9 đến 31/10/2026.\n")
    assert find(Document.from_text(raw))[1] == date(2026, 3, 12)
    assert find(Document.from_text("Thú y xã Định Quán\n12 tháng 3 lúc 07:48 · 🌏\n\n📢 TRIỂN KHAI KẾ HOẠCH NĂM 2026\n"))[1] is None
    # a lone later deadline that falls before the post's day in its own year does not outvote the post's own year
    raw = ("Xã Lộc Hà - Hà Tĩnh\n12 tháng 8 lúc 16:20 · 🌏\n\n📢 LỘC HÀ NÓI KHÔNG VỚI TÚI NI LÔNG\n\nNgày 05/08/2025, UBND xã ban "
           "hành Kế hoạch số 45/KH-UBND, thực hiện Kế hoạch ngày 24/7/2025 của UBND tỉnh; hoàn thành trước 31/3/2026.\n")
    assert find(Document.from_text(raw))[1] == date(2025, 8, 12)


# Chat exports and newsletters, titled and dated by their own lines: (raw, title, published)
CHATS_AND_NEWSLETTERS = [
    # held-out 694: a district radio's bulletin, dated by its own head line
    ("TRUNG TÂM VĂN HÓA, THỂ THAO VÀ TRUYỀN THÔNG HUYỆN BẮC YÊN\nChương trình phát thanh tiếng phổ thông\n\n"
     "BẢN TIN THỜI SỰ NGÀY 14/5/2025\n\nKính thưa quý vị và các bạn!\n",
     None, date(2025, 5, 14)),
    # held-out 671: an app's notification history, dated by its export line
    ("Ninh Kiều Smart - Lịch sử thông báo\nTài khoản: 0939***517 | Xuất dữ liệu lúc 08:05 ngày 16/03/2026 | Bộ lọc: Tất cả "
     "| 9 mục\n\n🔔 [Thông báo] 07:30 16/03 — Lịch cắt điện: Điện lực Ninh Kiều tạm ngừng cung cấp điện ngày 18/3.\n",
     "Ninh Kiều Smart - Lịch sử thông báo", date(2026, 3, 16)),
    # held-out 598: "Nhóm Zalo: …" over "Văn phòng UBND xã Lục Ngạn · 08:15 12/03/2026"
    ("Nhóm Zalo: UBND XÃ LỤC NGẠN - TRƯỞNG THÔN, CHI HỘI NÔNG DÂN\nVăn phòng UBND xã Lục Ngạn · 08:15 12/03/2026\n\n"
     "📌 THÔNG BÁO\nV/v triển khai Kế hoạch số 42/KH-UBND ngày 09/3/2026 của UBND xã về tập huấn nông dân bán hàng trên "
     "sàn thương mại điện tử năm 2026\n",
     "V/v triển khai Kế hoạch số 42/KH-UBND ngày 09/3/2026 của UBND xã về tập huấn nông dân bán hàng trên sàn thương mại "
     "điện tử năm 2026", date(2026, 3, 12)),
    # held-out 602: "Số 12/2024 · Chuyên mục: …" is the issue line, "Phát hành: 02/12/2024" dates it
    ("BẢN TIN CÔNG THƯƠNG QUẢNG NGÃI\nSố 12/2024 · Chuyên mục: Năng lượng - Tiết kiệm điện\nPhát hành: 02/12/2024\n"
     "-----------------------------------------------------------\n\n"
     "ĐIỆN MẶT TRỜI MÁI NHÀ TRÊN TRỤ SỞ CÔNG: MỤC TIÊU 6 MWp ĐẾN NĂM 2026\n",
     "ĐIỆN MẶT TRỜI MÁI NHÀ TRÊN TRỤ SỞ CÔNG: MỤC TIÊU 6 MWp ĐẾN NĂM 2026", date(2024, 12, 2)),
    # held-out 575: "Zalo - Nhóm … (214 thành viên)", "Xuất tin nhắn: từ … đến …", then "[08:15, 12/3/2025] Tổ trưởng TDP 5: 📢 …"
    ('Zalo - Nhóm "TDP 5 PHƯỜNG HƯNG BÌNH - THÔNG TIN CHUNG" (214 thành viên)\nXuất tin nhắn: từ 12/3/2025 đến 13/3/2025\n\n'
     "[08:15, 12/3/2025] Tổ trưởng TDP 5: 📢 PHƯỜNG HƯNG BÌNH TRIỂN KHAI THU PHÍ RÁC VÀ PHÂN LOẠI RÁC TẠI NGUỒN NĂM 2025\n"
     "Kính gửi bà con TDP 5.\n\n[08:40, 12/3/2025] Bà Lan: Dạ.\n",
     "PHƯỜNG HƯNG BÌNH TRIỂN KHAI THU PHÍ RÁC VÀ PHÂN LOẠI RÁC TẠI NGUỒN NĂM 2025", date(2025, 3, 12)),
    # held-out 621: a page's name right over "Thước phim · Đã đăng 10/03/2026 · 🌏", the post's words under it
    ("Xã Phong Điền - TP Cần Thơ ✔\nThước phim · Đã đăng 10/03/2026 · 🌏\n\n🎬 MÙA NƯỚC AN TOÀN – CÙNG CON HỌC BƠI 🏊\n"
     "Trang thông tin UBND xã giới thiệu Kế hoạch phòng, chống đuối nước năm 2026.\n",
     "MÙA NƯỚC AN TOÀN – CÙNG CON HỌC BƠI", date(2026, 3, 10)),
    # held-out 528: a channel's name right over "15.01.2026 · 09:12"
    ("Forwarded from Công an phường Hạc Thành\n━━━━━━━━━━━━━━━━━━\n📣 UBND phường Hạc Thành – Thông tin chính quyền\n"
     "15.01.2026 · 09:12\n\n🏠📍 PHƯỜNG HẠC THÀNH: NĂM 2026 MỖI NGÔI NHÀ CÓ ĐỊA CHỈ SỐ\n",
     "PHƯỜNG HẠC THÀNH: NĂM 2026 MỖI NGÔI NHÀ CÓ ĐỊA CHỈ SỐ", date(2026, 1, 15)),
    # held-out 624: a press release's "Lâm Đồng, 12/3/2026" on a line of its own
    ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG | LAM DONG DEPARTMENT OF CULTURE, SPORTS AND TOURISM\n"
     "Thông cáo báo chí / Press Release\nLâm Đồng, 12/3/2026\n\n"
     "Lâm Đồng đặt mục tiêu 3,2 triệu lượt khách trải nghiệm du lịch đêm năm 2026\n",
     "Lâm Đồng đặt mục tiêu 3,2 triệu lượt khách trải nghiệm du lịch đêm năm 2026", date(2026, 3, 12)),
    # held-out 634: a chat's sender, "Bác … (Tổ trưởng) · 19:40, 22/03/2025", under the group's name
    ("Nhóm Zalo: Cư dân Tổ dân phố 12 - phường Tân Lập\nBác Nguyễn Văn Thịnh (Tổ trưởng) · 19:40, 22/03/2025\n\n"
     "THÔNG BÁO: Tổ dân phố 12 bắt đầu phân loại rác tại nguồn từ ngày 01/4/2025\n",
     "THÔNG BÁO: Tổ dân phố 12 bắt đầu phân loại rác tại nguồn từ ngày 01/4/2025", date(2025, 3, 22)),
    # held-out 635: a news script's "Tên tin: …" names its title
    ("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH PHÚ YÊN\nBAN THỜI SỰ - KỊCH BẢN TIN\n\nChương trình: Thời sự 19h00 - Thứ Năm, "
     "16/02/2023\nTên tin: PHÚ YÊN QUYẾT TÂM KÉO GIẢM TAI NẠN GIAO THÔNG NĂM 2023\n",
     "PHÚ YÊN QUYẾT TÂM KÉO GIẢM TAI NẠN GIAO THÔNG NĂM 2023", date(2023, 2, 16)),
    # held-out 639: a slide deck's export note in square brackets is no headline
    ("[Tệp trình chiếu: HN_trienkhai_KH285_TMDT_OCOP.pptx – xuất văn bản]\n\nSlide 1\nSỞ CÔNG THƯƠNG TỈNH BẮC KẠN\n"
     "HỘI NGHỊ TRIỂN KHAI KẾ HOẠCH PHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ ĐỐI VỚI SẢN PHẨM OCOP GIAI ĐOẠN 2023 - 2025\n"
     "Bắc Kạn, ngày 08/6/2023\n",
     "HỘI NGHỊ TRIỂN KHAI KẾ HOẠCH PHÁT TRIỂN THƯƠNG MẠI ĐIỆN TỬ ĐỐI VỚI SẢN PHẨM OCOP GIAI ĐOẠN 2023 - 2025",
     date(2023, 6, 8)),
    # … but a headline apart from its byline keeps its place (held-out 522)
    ("Báo Ấp Bắc\n‹ Kinh tế\n\nChợ Gạo dành đất cho hợp tác xã: phấn đấu thành lập mới ít nhất 6 HTX trong năm 2025\n\n"
     "Minh Thư · 10:42 06/03/2025\n",
     "Chợ Gạo dành đất cho hợp tác xã: phấn đấu thành lập mới ít nhất 6 HTX trong năm 2025", date(2025, 3, 6)),
]


def test_a_full_text_under_a_portals_breadcrumb_is_a_plan_text():
    # held-out 662: the portal files a resolution's whole text under "… > Văn bản chỉ đạo điều hành > Nghị quyết HĐND";
    # the motto is no headline (the document's own title is) and the signing date no publication date
    raw = ("Cổng thông tin điện tử huyện Đức Hòa > Văn bản chỉ đạo điều hành > Nghị quyết HĐND\n\nHỘI ĐỒNG NHÂN DÂN\n"
           "HUYỆN ĐỨC HÒA\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
           "Số: 45/NQ-HĐND\nĐức Hòa, ngày 20 tháng 12 năm 2023\n\nNGHỊ QUYẾT\nVề dự toán thu ngân sách nhà nước năm 2024\n")
    assert find(Document.from_text(raw)) == ("Về dự toán thu ngân sách nhà nước năm 2024", None)


@pytest.mark.parametrize("raw, title, published", CHATS_AND_NEWSLETTERS)
def test_chats_and_newsletters_are_titled_and_dated_by_their_own_lines(raw, title, published):
    assert find(Document.from_text(raw)) == (title, published)


@pytest.mark.parametrize("raw, title", HEADLINES_UNDER_FURNITURE)
def test_headlines_under_furniture(raw, title):
    assert find(Document.from_text(raw))[0] == title


def test_lines_a_wrap_joined_are_parted_where_one_is_furniture():
    # held-out 331 (a portal wrapped at a fixed width): the breadcrumb and the headline were one line after normalising
    raw = ("Cổng thông tin điện tử huyện Vũ Thư > Văn bản chỉ đạo, điều hành\nKế hoạch duy tu đường giao thông nông thôn, "
           "bảo đảm an toàn giao thông tại thôn, xóm năm 2025\n\nNgày 10/3/2025, UBND huyện ban hành Kế hoạch số 41/KH-UBND "
           "về duy tu đường giao thông nông thôn trên\nđịa bàn huyện.\n")
    assert find(Document.from_text(raw))[0] == ("Kế hoạch duy tu đường giao thông nông thôn, bảo đảm an toàn giao thông "
                                                "tại thôn, xóm năm 2025")


def test_a_plan_text_has_no_headline_its_title_is_the_plans():
    # held-out 382: a hospital's plan, its body beside the motto on the first line; 452: an unaccented headline stays so
    from kh_extract import extract
    e = extract("SỞ Y TẾ TỈNH BẮC NINH                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                "BỆNH VIỆN ĐA KHOA                           Độc lập - Tự do - Hạnh phúc\n"
                "Số: 15/KH-BVĐK                        Lục Ngạn, ngày 12 tháng 01 năm 2026\n\nKẾ HOẠCH\n"
                "Hoạt động năm 2026\n\nI. MỤC TIÊU\nĐến năm 2026, 100% khoa có bệnh án điện tử.\n")
    assert e.title is None and e.published is None
    assert e.plan is not None and e.plan.title == "Hoạt động năm 2026"
    # held-out 622 (and 358): a Party body beside the Party's name, OCR'd "C0NG" too; its number line is no headline
    e = extract("ĐẢNG BỘ TỈNH BÌNH ĐỊNH              ĐẢNG C0NG SẢN VIỆT NAM\nHUYỆN ỦY H0ÀI ÂN\n        *\n"
                "Số 14-NQ/HU                     Hoài Ân, ngày 22 tháng 4 năm 2024\n\nNGHỊ QUYẾT\n"
                "về kinh tế tập thể giai đoạn 2024 - 2025\n\n1. Đến năm 2025, thành lập mới 12 hợp tác xã.\n")
    assert e.title is None and e.published is None
    e = extract("Quang Ngai dat muc tieu nam 2025 giam 5-10% tai nan giao thong tren ca 3 tieu chi\n\n"
                "Người đăng: tuan_sahuynh · 19/02/2025 lúc 21:14\n\nUBND tinh vua ra Ke hoach so 31/KH-UBND ngay 14/2/2025.")
    assert e.title == "Quang Ngai dat muc tieu nam 2025 giam 5-10% tai nan giao thong tren ca 3 tieu chi"


def test_a_labelled_date_under_a_long_banner_dates_the_page():
    # held-out 651: a job centre's banner of coming fairs ("Thứ Năm, 20/3/2025 - …") over its "Cập nhật: 14/03/2025" on the
    # ninth line
    raw = ("TRUNG TÂM DỊCH VỤ VIỆC LÀM TỈNH HƯNG YÊN\nSở Lao động - Thương binh và Xã hội tỉnh Hưng Yên\n"
           "Trang chủ | Người tìm việc | Nhà tuyển dụng | Liên hệ\n\n=== LỊCH PHIÊN GIAO DỊCH VIỆC LÀM SẮP TỚI ===\n"
           "▸ Phiên định kỳ tháng 3: Thứ Năm, 20/3/2025 - Sàn giao dịch việc làm\n▸ Phiên lưu động: ngày 27/3 - Nhà văn hóa\n"
           "▸ Phiên chuyên đề: 10/4/2025 - Hội trường UBND huyện\n>> Xem toàn bộ lịch | Đăng ký gian tuyển dụng\n\n"
           "Cập nhật: 14/03/2025 10:05\n\nNăm 2025: phấn đấu giải quyết việc làm cho 23.500 lao động\n")
    assert find(Document.from_text(raw))[1] == date(2025, 3, 14)
