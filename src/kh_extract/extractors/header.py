"""The article's header: ``find(doc) -> (title, published)``.

>>> from kh_extract.document import Document
>>> find(Document.from_text("Hà Nội: Phấn đấu đến năm 2025, phát triển chính quyền số\\n\\nThứ ba, 26/09/2023 13:33\\nNgày 21/9, …"))
('Hà Nội: Phấn đấu đến năm 2025, phát triển chính quyền số', datetime.date(2023, 9, 26))

``published`` comes from a date line among the first non-empty lines
("Thứ ba, 26/09/2023 13:33", "Thứ 6, 09/12/2022, 02:56[GMT+7]", "Cập nhật:
05/01/2023", "Ngày đăng: 12/5/2024", "26/09/2023 13:33") or from "(28/06/2023)"
ending the headline. When date lines stand both above and below the headline,
the one below is the article's; the one above is the portal's clock ("Thứ 6,
09/12/2022, 02:56[GMT+7]" over an article of "Thứ 4, 19/10/2022"). A full plan
text ("ỦY BAN NHÂN DÂN …", "Số: 144/KH-UBND") has no ``published``: its
"Bắc Ninh, ngày 24 tháng 11 năm 2025" is the plan's issue date, given by
:func:`issue_date`; its title is the line(s) after "KẾ HOẠCH".
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Iterator, Optional

import regex

from . import dates, last_match
from ..normalize import ACCENTED

# How many non-empty lines from the top make the header of an article.
_HEADER_LINES = 10   # (a job centre's banner of fairs over its "Cập nhật: 14/03/2025" line, held-out 651)

# A line that dates the article.
_DATE_LINE = regex.compile(
    r"""
    ^ [ #─━═]* (?: \( (?= [ ]* \d{1,2} [/.\-] \d{1,2} [/.\-] \d{4} [ ]* \) [ ]* $ ) )?   # "(15/03/2024)" alone on its line
                                                                        # (a chat export's "──── Thứ Ba, 10/03/2026 ────")
    (?: [^\n]{1,40}? (?: [ ]{2,} | [ ]? [|\-–·] [ ]? ) (?= (?i: ngày | cập | đăng | đã [ ]+ đăng | thứ | chủ | phát ) ) )?   # "Tin hoạt động | Cập nhật ngày: 18/03/2024",
                                                                        # a bulletin's "Số 4/2024 - Phát hành ngày 16/12/2024",
                                                                        # a reel's "Thước phim · Đã đăng 10/03/2026 · 🌏" (held-out 621)
    (?P<weekday> (?i: thứ [ ]+ (?: hai | ba | tư | năm | sáu | bảy | [2-7] )   # "Thứ ba", "Thứ 6"
                    | chủ [ ]+ nhật ) [ ]* [,\-–]? [ ]* )?                      # "Chủ nhật,", "Thứ ba - 03/10/2023"
    (?P<source> (?! (?i: thứ | chủ ) )
                (?: \p{Lu} [\p{L}.]* (?: [ ]+ [\p{L}.]+ ){0,4} [ ]+ [\-–] [ ]+     # "Báo Huế - 05/12/2025 07:30"
                  | \p{Lu}{2,} (?: [ ]+ \p{Lu}{2,} ){0,3} [ ]+                     # "VĨNH ĐIỆN 20/05/2024 16:05" (byline)
                  | \p{Lu} \p{Ll}+ (?: [ ]+ \p{Lu} \p{Ll}* ){0,3} [ ]* , [ ]*          # a press release's "Lâm Đồng, 12/3/2026"
                    (?= \d{1,2} / \d{1,2} / \d{4} [ ]* $ )                             # (held-out 624)
                  | \p{Lu} \p{Ll}* (?: [ ]+ \p{Ll}+ ){0,3} [ ]+                      # "Xã hội 11-11-2022", "Audio thời sự
                    (?= \d{1,2} [/.\-] \d{1,2} [/.\-] \d{4} [ ]* $ )                 # 25-01-2022": a section's name, then the date alone
                  | (?i: người [ ]+ đăng | đăng [ ]+ bởi ) [ ]* :? [ ]* [^\n·|]{1,40}? [ ]* [·|] [ ]*   # a forum's "Người đăng: tuan_sahuynh ·
                                                                        # 19/02/2025 lúc 21:14 · 1.362 lượt xem"
                  | CÔNG [ ]+ BÁO [ ]* / [^/\n]{1,20} / [ ]* (?i: ngày ) [ ]*       # the gazette's page head "CÔNG BÁO/Số 45 + 46/Ngày 20-3-2025"
                  | [^\n·|]{1,30}? (?i: lúc ) [ ]+ \d{1,2} : \d{2} [ ]* [·|] [ ]*   # a chat post's "Hôm nay lúc 08:15 · 12/01/2026"
                  | [^\n·|]{1,40}? (?: [ ]* \| | [ ]{2,} ) [ ]* (?= (?i: xuất [ ]+ dữ [ ]+ liệu ) )   # an export's "Tài khoản: … |
                                                                        # Xuất dữ liệu lúc …" ("|" normalised to spaces)
                  | [^\n·|\d]{1,45}? [ ]* · [ ]* (?= \d{1,2} : \d{2} [ ]* ,? [ ]+ \d{1,2} / ) ) )?   # a sender's "Văn phòng UBND xã … ·
                                                                        # 08:15 12/03/2026" (held-out 598), "Bác … (Tổ trưởng) ·
                                                                        # 19:40, 22/03/2025" (634)
    (?P<label> (?i: ngày [ ]+ cập [ ]+ nhật | cập [ ]+ nhật (?: [ ]+ lần [ ]+ cuối )? | ngày [ ]+ đăng   # "Cập nhật:", "Ngày đăng:",
                                                                        # "Cập nhật lần cuối: 02/04/2024 09:12" (held-out 561)
                  | đăng [ ]+ ngày | ngày [ ]+ xuất [ ]+ bản | xuất [ ]+ bản     # "Đăng ngày", "Xuất bản:"
                  | thời [ ]+ gian [ ]+ đăng | đăng [ ]+ lúc | ngày (?= [ ]*: )  # "Ngày: 12/5/2024"
                  | ngày [ ]+ phát [ ]+ hành | phát [ ]+ hành [ ]+ ngày    # a bulletin's "Ngày phát hành: 05/12/2024"
                  | đã [ ]+ đăng                                            # a post's "· Đã đăng 10/03/2026 ·"
                  | phát [ ]+ hành (?= [ ]* : )                            # … or "Phát hành: 02/12/2024" (held-out 602)
                  | ngày [ ]+ ghi (?: [ ]+ âm )?                            # a transcript's "Ngày ghi: 18/02/2025"
                  | xuất [ ]+ dữ [ ]+ liệu                                  # an app's "Xuất dữ liệu lúc 08:05 ngày 16/03/2026"
                  | (?: chương [ ]+ trình [ ]+ )? phát [ ]+ thanh [ ]+ ngày  # a radio script's "CHƯƠNG TRÌNH PHÁT THANH NGÀY 12/8/2024"
                  | bản [ ]+ tin (?: [ ]+ thời [ ]+ sự )? [ ]+ ngày        # … or its bulletin's "BẢN TIN THỜI SỰ NGÀY 14/5/2025" (694)
                  | phát [ ]+ sóng [ ]* :? (?: [ ]* (?: lúc [ ]+ )? \d{1,2} [ ]* (?: giờ | h ) (?: [ ]* \d{1,2} )?
                      (?: [ ]+ và [ ]+ \d{1,2} [ ]* (?: giờ | h ) (?: [ ]* \d{1,2} )? )? )? [ ]* ,? )   # (or "Phát sóng: 06 giờ 30 và 17 giờ 00, …")
                                                            # "Phát sóng 11 giờ 30, Thứ Bảy ngày 15/6/2024" (held-out 551)
              (?: [ ]* / [ ]* (?i: updated | posted | published ) )?        # a bilingual page's "Cập nhật / Updated: 08/10/2024"
              [ ]* [:;]? [ ]*                                               # (";" in a CSV's "Ngày cập nhật;26/08/2024 16:05")
              (?: (?i: lúc | ngày ) [ ]* :? [ ]* )?                        # "Cập nhật ngày: …", "Cập nhật lúc …"
              (?: \d{1,2} : \d{2} (?: : \d{2} )? [ ]* [,|\-]? [ ]* (?: (?i: ngày ) [ ]+ )? )?   # "… lúc 10:15, …", "lúc 16:25 ngày …"
              (?: (?i: thứ [ ]+ (?: hai | ba | tư | năm | sáu | bảy | [2-7] ) | chủ [ ]+ nhật ) [ ]* [,\-–]? [ ]* )? )?
    (?: \d{1,2} : \d{2} (?: : \d{2} )? [ ]* [,|\-]? [ ]* )?                      # "13:33 26/09/2023"
    (?: (?<= [,\-–][ ]* | \p{Ll} [ ]+ ) (?i: ngày ) [ ]+ )?                          # "Thứ Hai, ngày 16/09/2024"
    (?P<d> \d{1,2} ) [ ]? (?P<sep> [/.\-] ) [ ]? (?P<m> \d{1,2} ) [ ]? (?P=sep) [ ]? (?P<y> (?:19|20)\d\d )   # "26/09/2023", "17 - 05 - 2024"
    (?P<rest> [ ]* [,|\-·]? [ ]*                                                 # ", ", " | ", " · " (a channel's "15.01.2026 · 09:12")
        (?: \d{1,2} : \d{2} (?: : \d{2} )? )? [ ]*                               # "13:33", "10:09:12"
        (?: \[? [ ]* GMT [ ]* [+\-] [ ]* \d{1,2} [ ]* \]? | \( [ ]* GMT [^)]* \) )? [ ]*   # "[GMT+7]", "(GMT+7)"
        (?: (?i: AM | PM | SA | CH ) (?! \w ) )? [ ]* \)? [ ]* )   # (not the "Ch" of "19/09/2025 | 10:05 | Chia sẻ")
    """,
    regex.VERBOSE,
)

# "(28/06/2023)" ending a headline.
_TRAILING_DATE = regex.compile(
    r"""
    [ ]* \( [ ]* (?P<d> \d{1,2} ) / (?P<m> \d{1,2} ) / (?P<y> (?:19|20)\d\d ) [ ]* \) [ ]* $   # "… Thông tin và Truyền thông (28/06/2023)"
    """,
    regex.VERBOSE,
)

# Portal furniture that is never the headline.
_FURNITURE = regex.compile(
    r"""
    ^ [ #]* (?:
        (?: (?i: hình ) [ ]+ \d+ [ ]* )+ $                 # "hình 1 hình 1 hình 4 …" (image alt texts)
      | (?i: xuất [ ]+ bản [ ]+ thông [ ]+ tin ) [ ]* $    # "Xuất bản thông tin"
      | (?i: chi [ ]+ tiết [ ]+ bài [ ]+ viết )            # "Chi tiết bài viết Báo chí với Đồng Tháp"
      | null (?! \w )                                      # "null Tập trung triển khai …" (a CMS placeholder)
      | \[ [^\]\n:]{1,40} : [^\]\n]* \] [ ]* $               # "[Tệp trình chiếu: HN_trienkhai_KH285.pptx – xuất văn bản]",
                                                          # "[Ảnh: …]": a labelled note in square brackets (held-out 639)
      | (?i: trang [ ]+ chủ ) (?! \w )                     # "Trang chủ > Nông nghiệp - Nông thôn"
      | [^\n]{0,60}? [ ]+ [-–|] [ ]+ (?i: cổng | trang ) [ ]+ (?i: thông [ ]+ tin [ ]+ điện [ ]+ tử )   # "TUỔI TRẺ QUẢNG BÌNH - Cổng
                                                                # thông tin điện tử Tỉnh đoàn …": the site's banner
      | ! \[                                               # "![Quang cảnh kỳ họp](…)"
      | (?i: ảnh | nguồn ) [ ]* :                          # "Ảnh: T.SỸ", "Nguồn: Sở Y tế … · Official Account"
      | (?i: tin [ ]+ nhắn [ ]+ (?: được [ ]+ )? chuyển [ ]+ tiếp | forwarded [ ]+ (?: message | from ) | chuyển [ ]+ tiếp [ ]+ từ )
                                                           # a forwarded message's header, a channel's "Forwarded from …"
      | (?i: tin [ ]+ (?: khác | mới | liên [ ]+ quan ) ) [ ]* $   # "Tin khác"
      | (?i: Báo (?! [ ]+ (?: cáo | động ) ) | Tạp [ ]+ chí )   # also "BÁO NINH THUẬN ĐIỆN TỬ"
        (?: [ ]+ \S+ ){0,8} [ ]* $                         # "Báo Quảng Ngãi điện tử", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH QUẢNG TRỊ"
      | (?i: Cổng [ ]+ (?: thông [ ]+ tin | TTĐT ) | Trang [ ]+ thông [ ]+ tin )   # "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN LÃNG - THÀNH PHỐ HẢI PHÒNG"
        (?: [ ]+ \S+ ){0,12} [ ]* $
      | (?! [^\n]* (?: TRIỂN [ ]+ KHAI | PHẤN [ ]+ ĐẤU | ĐẶT [ ]+ MỤC | BAN [ ]+ HÀNH | QUYẾT [ ]+ TÂM | RA [ ]+ QUÂN
                    | HOÀN [ ]+ THÀNH | HƯỚNG [ ]+ TỚI | NÂNG [ ]+ CAO | TỔ [ ]+ CHỨC ) )   # (a headline: "CÔNG AN XÃ CẨM
                                                           # GIÀNG TRIỂN KHAI KẾ HOẠCH …")
        (?: \p{Lu}{2,6} [ ]* [-–] [ ]* )?                   # (a station's call sign first: "QRT - ĐÀI PHÁT THANH …")
        (?: SỞ | BỘ | CỤC | CHI [ ]+ CỤC | UBND | ỦY [ ]+ BAN | UỶ [ ]+ BAN | ĐẢNG [ ]+ BỘ | ĐẢNG [ ]+ ỦY | TỈNH [ ]+ ỦY
          | HUYỆN [ ]+ ỦY | THÀNH [ ]+ ỦY | CÔNG [ ]+ AN | TRUNG [ ]+ TÂM | ĐÀI | VĂN [ ]+ PHÒNG | HỘI [ ]+ (?!ĐỒNG)\p{Lu}+
          | TRẠM | NGÂN [ ]+ HÀNG | (?: TỔNG [ ]+ )? CÔNG [ ]+ TY | BỆNH [ ]+ VIỆN | THUẾ | KHO [ ]+ BẠC | THANH [ ]+ TRA
          | LIÊN [ ]+ (?: MINH | ĐOÀN ) | (?: TỈNH | HUYỆN | THÀNH ) [ ]+ ĐOÀN | TRUYỀN [ ]+ HÌNH | BẢO [ ]+ HIỂM [ ]+ XÃ [ ]+ HỘI
          | HĐND | HỘI [ ]+ ĐỒNG [ ]+ NHÂN [ ]+ DÂN                         # "HĐND HUYỆN SƠN DƯƠNG - TỈNH TUYÊN QUANG"
          | BAN (?! [ ]+ HÀNH ) | TRƯỜNG (?= [ ]+ (?: MẦM | TIỂU | TRUNG | THCS | THPT | ĐẠI | CAO ) )   # (not "BAN HÀNH …")
          | PHÒNG (?= [ ]+ (?: GIÁO | NÔNG | TÀI | VĂN | Y | KINH | TƯ | NỘI | LAO | QUẢN | CẢNH | TÀI ) )   # (not "PHÒNG,
          | CỔNG | TRANG [ ]+ THÔNG | BẢN [ ]+ TIN | THÔNG [ ]+ CÁO [ ]+ BÁO [ ]+ CHÍ )                       #  CHỐNG …")
        (?: [ ]+ [\p{Lu}\d&.,()/–-]+ ){0,20} [ ]* $        # "SỞ TÀI CHÍNH TỈNH NINH BÌNH", "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI -
                                                           # CHI NHÁNH TỈNH HÒA BÌNH", "THÔNG CÁO BÁO CHÍ": a portal's owner
      | [^\n]{1,40}? [ ]+ [-–|] [ ]+ (?i: báo | tạp [ ]+ chí ) [ ]+ (?i: điện [ ]+ tử ) [ ]* $   # "NHỊP SỐNG SỐ - Báo điện tử"
      | \p{Lu}+ (?: [ ]+ \p{Lu}+ ){0,4} [ ]+ ĐIỆN [ ]+ TỬ [ ]* $   # a paper's masthead: "HÀ NỘI MỚI ĐIỆN TỬ"
      | \p{L}+ (?: [ ]+ \p{L}+ )? [ ]+ [-–] [ ]+ \p{L}+ (?: [ ]+ \p{L}+ )? [ ]* $   # a section: "NÔNG NGHIỆP - NÔNG THÔN",
                                                           # "Thời sự - Chính trị"
      | (?i: phát [ ]+ lúc | phát [ ]+ lại | thời [ ]+ lượng | kịch [ ]+ bản ) (?! \p{L} )   # a radio programme's "Phát lúc 6h00
                                                           # và 17h00 – Thời lượng: 15 phút", "KỊCH BẢN BẢN TIN THỜI SỰ …"
      | (?i: chương [ ]+ trình [ ]+ phát [ ]+ thanh | bản [ ]+ tin ) [^\n:]{0,100} $   # "Bản tin phát sáng thứ Sáu, 17/10/2025 –
                                                           # Chuyên mục …", "BẢN TIN KHUYẾN NÔNG – Số 12 (tháng 12/2024)"
                                                           # (not "BẢN TIN PHÁT THANH: Tiêm phòng dại …", a headline)
      | [^\n]{0,20} (?i: xuất [ ]+ lịch [ ]+ sử )          # "Zalo PC - Xuất lịch sử trò chuyện"
      | Zalo [ ]* [·\-–] [^\n]* $                          # a chat export's 'Zalo · Nhóm "…" · 97 thành viên' (held-out 555),
                                                           # 'Zalo - Nhóm "TDP 5 …" (214 thành viên)' (held-out 575)
      | (?i: xuất [ ]+ tin [ ]+ nhắn ) [^\n]* $             # … and its "Xuất tin nhắn: từ 12/3/2025 đến 13/3/2025"
      | \d{1,2} : \d{2} [ ]+ \p{Lu} \p{Ll}* (?: [ ]+ \p{Lu} \p{Ll}* ){1,4} (?: [ ]* \( [^()\n]{1,60} \) )? [ ]* $
                                                           # … and its message's "07:12  Nguyễn Đình Thọ (Chủ tịch Hội NCT xã)"
      | (?i: cơ [ ]+ quan [ ]+ (?: thông [ ]+ tin | ngôn [ ]+ luận ) [ ]+ của ) [^\n]* $   # a newsletter's "Cơ quan thông tin của
                                                           # Đảng ủy - HĐND - UBND … phường Hội An" (held-out 552)
      | \[? [ ]* (?i: tin [ ]+ nhắn ) [^\n]{0,60} $         # "[TIN NHẮN CẢNH BÁO - CB PCTT]" over an alert (held-out 554)
      | Số [ ]+ \d{1,3} / 20\d\d [ ]* [·|] [^\n]{0,80} $      # a newsletter's issue: "Số 12/2024 · Chuyên mục: …" (held-out 602)
      | Số [ ]+ \d{1,3} (?: [ ]* \( \d{1,4} \) )? [ ]+ [-–] [ ]+ [^\n]{0,60} $   # a bulletin's issue: "Số 10 – Tuần từ 02/3 đến
                                                           # 08/3/2026", "Số 02 (38) - Tháng 02/2026 - …" (held-out 549)
      | (?i: tin [ ]+ nhắn [ ]+ đã [ ]+ ghim )               # a chat export's "📌 Tin nhắn đã ghim"
      | (?i: từ | đến | cc | from | to ) [ ]* : [^\n]* @    # an e-mail's "Từ: Văn phòng … <vanphong@…>"
      | \[ [^\]\n]* \] \( [^)\n]* \)                       # a markdown link: "[Báo Quảng Ninh điện tử](https://…)"
      | (?i: nhóm ) [ ]* : [^\n]* \( [ ]* \d+ [ ]+ (?i: thành [ ]+ viên ) [ ]* \)   # a chat group: "Nhóm: THÚ Y CƠ SỞ … (57 thành viên)"
      | (?i: nhóm [ ]+ zalo ) [ ]* : [^\n]* $               # "Nhóm Zalo: UBND XÃ LỤC NGẠN - TRƯỞNG THÔN, …" (held-out 598)
      | (?i: zalo [ ]+ (?: OA | official [ ]+ account ) )   # "Zalo OA · UBND phường Hải Châu"
      | [^\n]{0,80}? \d{1,2} [ ]+ (?i: tháng ) [ ]+ \d{1,2} (?: , [ ]* 20\d\d )? [ ]+ (?i: lúc ) [ ]+ \d{1,2} : \d{2}   # a post's
                                                           # "Xã Lộc Hà - Hà Tĩnh 12 tháng 8 lúc 16:20 ·"
      | (?i: chuyên [ ]+ mục | chủ [ ]+ đề ) [ ]* :          # "Chuyên mục: Vì trẻ em"
      | (?i: đường [ ]+ dây [ ]+ nóng | hotline ) [^\n:]{0,40} : [ ]* [\d(+] [^\n]* $   # a portal's banner: "Đường dây nóng
                                                           # tiêm chủng: 0210.3846.115 (giờ hành chính) - …" (held-out 840)
      | (?i: hoạt [ ]+ động ) (?: [ ]+ \S+ ){1,2} [ ]* $    # a section's "Hoạt động HĐND xã" over the headline (held-out 579)
      | (?: BTV | PTV | (?i: biên [ ]+ tập [ ]+ viên | phát [ ]+ thanh [ ]+ viên | người [ ]+ đọc ) ) [ ]* :   # a radio script's
                                                           # "BTV: Hoàng Thu Trang – PTV: Minh Đức …"
      | (?i: kính [ ]+ (?: thưa | gửi ) ) (?! \w )           # a broadcast's greeting: "Kính thưa toàn thể bà con …"
      | (?i: nhạc [ ]+ (?: hiệu | cắt | nền ) ) (?! \w )      # a radio script's cue: "NHẠC HIỆU – 10""
      | (?i: thông [ ]+ cáo [ ]+ báo [ ]+ chí ) (?: [ ]* / [ ]* (?i: press [ ]+ release ) )? [ ]* $   # "Thông cáo báo chí" (" / Press
                                                           # Release", held-out 578) over its headline
      | (?i: cơ [ ]+ quan [ ]+ nhà [ ]+ nước ) [ ]* ·          # an official account's kind: "Cơ quan nhà nước · Quảng Trị"
      | UBND [ ]+ (?i: xã | phường | thị [ ]+ trấn | huyện | quận | tỉnh | thành [ ]+ phố ) (?: [ ]+ \p{Lu} \p{Ll}* ){1,3} [ ]* $
                                                           # a page's owner alone on its line: "UBND xã Gio Linh"
      | (?: THÀNH [ ]+ PHỐ | TỈNH ) (?: [ ]+ \p{Lu}+ ){1,3} [ ]* $   # the page owner's place: "THÀNH PHỐ HÀ NỘI"
      | \p{Lu}+ (?: [ ]+ \p{Lu}+ ){0,3} [ ]+ CHI [ ]+ NHÁNH (?: [ ]+ [\p{Lu}\d&.,()/–-]+ ){0,8} [ ]* $   # "AGRIBANK CHI NHÁNH TỈNH BẮC GIANG"
    )
    """,
    regex.VERBOSE,
)

# Menu crumbs are told apart in the raw line: "Thời sự | Chính trị", "Trang chủ > Tin tức", "A » B".
_LONGEST_HEADLINE = 300
_PRINT_STAMP = regex.compile(r"^\d{1,2}/\d{1,2}/20\d\d,?[ ]+\d{1,2}:\d{2}(?:[ ]*(?:SA|CH|AM|PM))?[ ]{4,}(?=\p{Lu})")
_POST_NUMBER = regex.compile(r"^\d{1,4}[ ]{2,}(?=\d{1,2}/\d{1,2}/20\d\d)")
_CONTINUES = regex.compile(r"\p{Ll}[^\n]{0,60}$")   # a short line that opens in lower case goes on with the line above
_WEEKDAY_STAMP = regex.compile(r"(?i:thứ[ ]+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ[ ]+nhật)[ ]*,[ ]*(?:(?i:ngày)[ ]+)?"
                            r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>20\d\d)")   # "Thứ Tư, 24/09/2025"
_CRUMB = regex.compile(r"[|>»›]")   # "Trang chủ » Tin tức", "Kinh tế › Nông nghiệp"

# A portal's breadcrumb over the text of a document it files: "Trang chủ > Văn bản chỉ đạo điều hành > Nghị quyết HĐND"
_CRUMB_LINE = regex.compile(r"[ \t]*[^\n.;:]{2,60}(?:[ \t]+[>»›][ \t]+[^\n.;:>»›]{2,60}){1,5}[ \t]*\n")

# The header of a full plan text.
_PLAN_HEADER = regex.compile(
    r"""
    ^ [ ]* (?: ỦY [ ]+ BAN [ ]+ NHÂN [ ]+ DÂN | HỘI [ ]+ ĐỒNG [ ]+ NHÂN [ ]+ DÂN   # "ỦY BAN NHÂN DÂN TỈNH …"
             | (?: UBND | HĐND ) [ ]+ (?: TỈNH | HUYỆN | THÀNH [ ]+ PHỐ | THỊ [ ]+ XÃ | QUẬN | XÃ | PHƯỜNG ) [ ]   # "UBND HUYỆN NGHĨA HƯNG"
             | (?i: số ) [ ]* : [ ]* \d                                          # "Số: 144/KH-UBND"
             | \p{Lu} [^\n]{0,80}? [ ]{2,} CỘNG [ ]+ HÒA [ ]+ XÃ [ ]+ HỘI       # any body beside the motto: "SỞ Y TẾ TỈNH BẮC NINH
                                                                             #    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
             | \p{Lu} [^\n]{0,80}? [ ]{2,} ĐẢNG [ ]+ C[ỘO0]NG [ ]+ SẢN )        # a Party body beside the Party's name (an OCR'd
                                                                             # "ĐẢNG C0NG SẢN VIỆT NAM" too, held-out 622)
    """,
    regex.VERBOSE | regex.MULTILINE,
)

# The line naming the document's type, after which its title stands.
_TYPE_LINE = regex.compile(
    r"""
    ^ [ ]* (?: KẾ [ ]+ HOẠCH | CHƯƠNG [ ]+ TRÌNH | NGHỊ [ ]+ QUYẾT | QUYẾT [ ]+ ĐỊNH   # "KẾ HOẠCH"
             | ĐỀ [ ]+ ÁN | CHỈ [ ]+ THỊ | HƯỚNG [ ]+ DẪN | BÁO [ ]+ CÁO ) [ ]* $
    """,
    regex.VERBOSE | regex.MULTILINE,
)

# Where a plan's title ends: "Căn cứ …", a rule line "-----", a section "I. MỤC ĐÍCH".
_TITLE_END = regex.compile(
    r"""
    ^ [ ]* (?: (?i: căn [ ]+ cứ ) | [\W_]* $ | [IVX]+ [ ]* \. | (?i: phần ) [ ]+ [IVX\d] )
    """,
    regex.VERBOSE,
)

# "Bắc Ninh, ngày 24 tháng 11 năm 2025", "Can Lộc , ngày 10 tháng 3 năm 2021": the place and date line,
# at the start of a line or in the right-hand column ("Số: 214/KH-UBND      Đức Trọng, ngày 25 …").
_PLACE_DATE = regex.compile(
    r"""
    (?: (?: ^ | [ ]{2} ) [ ]* (?P<place> \p{Lu} \p{Ll}* (?&more) )   # at a line start or a column gap: "Bắc Ninh",
                                                                   # "Ý Yên", "Bà Rịa-Vũng Tàu"
      | (?<= \p{Lu}{2} ) (?P<place> \p{Lu} \p{Ll}+ (?&more) )       # columns run together: "Số: 157/KH-UBNDThành Sen"
      | (?<= (?i: số ) [ ]* : [ ]* \d+ [\w./&-]* [ ] )                # a tab normalised to a space after the number:
        (?P<place> \p{Lu} \p{Ll}* (?&more) ) )                       # "Số: 112/KH-UBND Bắc Hà, ngày 20 tháng 10 năm 2025"
    [ ]* , [ ]*                                                    # ", ", "Can Lộc , "
    (?= (?i: ngày ) )                                              # … before "ngày"
    (?(DEFINE) (?P<more> (?: (?: [ ]+ | [ ]*-[ ]* ) \p{Lu} \p{Ll}* ){0,4} ) )
    """,
    regex.VERBOSE | regex.MULTILINE,
)

# The issuing body in a plan's header: "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG", "ỦY BAN NHÂN DÂN HUYỆN CAN LỘC".
_BODY = regex.compile(
    r"""
    ^ [ ]* (?P<head> ỦY [ ]+ BAN [ ]+ NHÂN [ ]+ DÂN | HỘI [ ]+ ĐỒNG [ ]+ NHÂN [ ]+ DÂN | UBND | HĐND )   # the authority
    \s+ (?P<level> THÀNH [ ]+ PHỐ | THỊ [ ]+ XÃ | THỊ [ ]+ TRẤN | TỈNH | HUYỆN | QUẬN | XÃ | PHƯỜNG | ĐẶC [ ]+ KHU )
    [ ]+ (?P<place> [\p{Lu}\d][\p{Lu}\d \-]*? )                                        # "LÂM ĐỒNG"
    [ ]* (?= \n | CỘNG [ ]+ HÒA | $ )
    """,
    regex.VERBOSE | regex.MULTILINE,
)
# A hospital or a health centre heading its own plan, its level and place on the line below or the same line:
# "BỆNH VIỆN ĐA KHOA\nHUYỆN LỤC NGẠN", "TRUNG TÂM Y TẾ HUYỆN TỦA CHÙA"
_UNIT_BODY = regex.compile(
    r"""
    ^ [ ]* (?P<unit> (?: BỆNH [ ]+ VIỆN | TRUNG [ ]+ TÂM [ ]+ Y [ ]+ TẾ | TRẠM [ ]+ Y [ ]+ TẾ | CÔNG [ ]+ AN ) (?: [ ]+ [\p{Lu}]+ )*? ) \s+
    (?P<level> TỈNH | THÀNH [ ]+ PHỐ | HUYỆN | QUẬN | THỊ [ ]+ XÃ | KHU [ ]+ VỰC | XÃ | PHƯỜNG | THỊ [ ]+ TRẤN ) [ ]+
    (?P<place> [\p{Lu}\d][\p{Lu}\d \-]*? ) [ ]* (?= \n | $ )
    """,
    regex.VERBOSE | regex.MULTILINE,
)
# A party committee heading its document: "TỈNH ỦY VĨNH PHÚC", "HUYỆN ỦY THANH CHƯƠNG", "ĐẢNG ỦY XÃ YÊN CHÂU"
_PARTY_BODY = regex.compile(
    r"""
    ^ [ ]* (?: (?P<level> TỈNH | HUYỆN | THÀNH | QUẬN | THỊ ) [ ]+ (?:ỦY|UỶ)
             | ĐẢNG [ ]+ (?:ỦY|UỶ) [ ]+ (?P<unit> XÃ | PHƯỜNG | THỊ [ ]+ TRẤN | ĐẶC [ ]+ KHU ) )
    [ ]+ (?P<place> [\p{Lu}\d][\p{Lu}\d \-]*? ) [ ]* (?= \n | ĐẢNG [ ]+ CỘNG [ ]+ SẢN | $ )
    """,
    regex.VERBOSE | regex.MULTILINE,
)
def _caps_alternation(names) -> str:
    """The capitalised names of a header line as one alternation, the longest first, any run of spaces between words."""
    return "|".join(k.replace(" ", "[ ]+") for k in sorted(names, key=len, reverse=True))


# A mass organisation's standing board heading its document: "BAN THƯỜNG VỤ HỘI LHPN TỈNH HÀ TĨNH", "BAN THƯỜNG VỤ HỘI NÔNG
# DÂN HUYỆN …", "BAN THƯỜNG VỤ TỈNH ĐOÀN …"
_MASS_ORGANISATIONS = {"HỘI LHPN": "Hội LHPN", "HỘI LIÊN HIỆP PHỤ NỮ": "Hội Liên hiệp Phụ nữ", "HỘI NÔNG DÂN": "Hội Nông dân",
                       "HỘI CỰU CHIẾN BINH": "Hội Cựu chiến binh", "HỘI CCB": "Hội CCB",
                       "LIÊN ĐOÀN LAO ĐỘNG": "Liên đoàn Lao động", "TỈNH ĐOÀN": "Tỉnh đoàn", "HUYỆN ĐOÀN": "Huyện đoàn",
                       "THÀNH ĐOÀN": "Thành đoàn"}
_UNION_BOARD = regex.compile(r"^[ ]*BAN[ ]+(?:CHẤP[ ]+HÀNH|THƯỜNG[ ]+VỤ)[ ]+ĐOÀN[ ]+(?P<level>TỈNH|HUYỆN|THÀNH[ ]+PHỐ|QUẬN|THỊ[ ]+XÃ)[ ]+"
                          r"(?P<place>\p{Lu}[\p{Lu} \-]*?)[ ]*$", regex.MULTILINE)
_MASS_BODY = regex.compile(
    rf"""
    ^ [ ]* BAN [ ]+ (?P<board> THƯỜNG [ ]+ VỤ | CHẤP [ ]+ HÀNH ) [ ]+
    (?P<org> {_caps_alternation(_MASS_ORGANISATIONS)} ) [ ]+
    (?: (?P<level> TỈNH | THÀNH [ ]+ PHỐ | HUYỆN | QUẬN | THỊ [ ]+ XÃ | XÃ | PHƯỜNG | THỊ [ ]+ TRẤN ) [ ]+ )?
    (?P<place> [\p{{Lu}}\d][\p{{Lu}}\d \-]*? ) [ ]* (?= \n | $ )
    """,
    regex.VERBOSE | regex.MULTILINE,
)
_ABBREVIATION = {"ỦY BAN NHÂN DÂN": "UBND", "HỘI ĐỒNG NHÂN DÂN": "HĐND", "UBND": "UBND", "HĐND": "HĐND"}
_SPACES = regex.compile(r"\s+")
_COLUMN_GAP = regex.compile(r"[ ]{2,}")
# The place-date of a header's right-hand column run onto a capitalised left cell with no gap:
# "Số: 157/KH-UBNDThành Sen, ngày …" (a lookahead, used here and for the plan's own number).
GLUED_PLACE_DATE = r"(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*)*\s*,\s*ngày)"
# Where the right-hand column of a header begins when a scrape ran the columns together with no gap.
_RIGHT_COLUMN = regex.compile(rf"(?<=\S)(?=CỘNG\s+HÒA\s+XÃ\s+HỘI|Độc\s+lập\s*[-–])|{GLUED_PLACE_DATE}")
_OWN_NUMBER = regex.compile(r"(?i:số)[ ]*:")
_NUMBER_OR_MOTTO = regex.compile(rf"{_OWN_NUMBER.pattern}[ ]*\d|CỘNG[ ]+HÒA[ ]+XÃ[ ]+HỘI|Độc[ ]+lập[ ]*-[ ]*Tự[ ]+do"
                              r"|ĐẢNG[ ]+C[ỘO0]NG[ ]+SẢN[ ]+VIỆT[ ]+NAM")
_FIRST_CHARACTER = regex.compile(r"\S")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, offsets into ``text``."""
    out, start = [], 0
    while (stop := text.find("\n", start)) >= 0:
        out.append((start, stop))
        start = stop + 1
    out.append((start, len(text)))
    return out


def _as_date(d: str, m: str, y: str) -> Optional[date]:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


_LEADING_SYMBOLS = regex.compile(r"^[\p{So}\p{Sk}\uFE0F ]+")
_TRAILING_SYMBOLS = regex.compile(r"[ ]*[\p{So}\p{Sk}\uFE0F\u200D ]+$")   # "… BHXH, BHYT NĂM 2026 🩺💙"
# A headline a page prints with its site's name: "… tỷ lệ hộ nghèo trong năm 2024 - Cổng thông tin điện tử huyện Tiên Phước"
_SITE_SUFFIX = regex.compile(r"[ ]+[-–|][ ]+(?i:cổng[ ]+thông[ ]+tin|trang[ ]+thông[ ]+tin|báo[ ]+\S+)[^\n]*$")
# A field that names the title: a transcript's "Tiêu đề: Hội nghị triển khai …", a scraper's "title: …"
_TITLE_LABEL = regex.compile(r"(?i:tiêu[ ]+đề|title|subject|tên[ ]+tin|tên[ ]+bài)[ ]*:[ ]*(?P<title>\S[^\n]*)")   # (a news script's
                                                                                                        # "Tên tin: …", 635)


def _tidy_title(headline: str) -> str:
    title = _SPACES.sub(" ", _TRAILING_SYMBOLS.sub("", _LEADING_SYMBOLS.sub("", headline))).strip()   # "📌 LẠNG SƠN …"
    if title.startswith("[") and title.endswith("]") and "[" not in title[1:]:
        title = title[1:-1].strip()   # "[PHƯỜNG LONG BIÊN TRIỂN KHAI KẾ HOẠCH …]"
    if (site := _SITE_SUFFIX.search(title)) is not None and len(title[:site.start()].split()) >= 4:
        title = title[:site.start()]
    if (prefix := _TITLE_PREFIX.match(title)) is not None and len(title[prefix.end():].split()) >= 4:
        title = title[prefix.end():]   # "Mời bà con nghe bản tin: CHỦ ĐỘNG PHÒNG, CHỐNG ĐUỐI NƯỚC …": the bulletin's own title
    return title


# What stands before a headline's own words: an invitation to listen ("Mời bà con nghe bản tin: …") or a script's label
# ("BÀI: CẢ XÃ CHUNG TAY PHÂN LOẠI RÁC …", "Tin: …", held-out 533)
_TITLE_PREFIX = regex.compile(r"(?i:mời)[ ]+(?:\S+[ ]+){0,3}?(?i:nghe|xem|theo[ ]+dõi|đọc)\b[^:\n]{0,40}:[ ]*"
                              r"|(?i:bài|tin|phóng[ ]+sự)[ ]*:[ ]*")
# A social-media post's date under the page's name: "18 tháng 2, 2025 · 🌏", "3 tháng 5 lúc 09:15 ·"
_CHAT_STAMP = regex.compile(r"\[[ ]*\d{1,2}:\d{2}(?::\d{2})?[ ]*,[ ]*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>20\d\d)[ ]*\][ ]*[^:\n]{1,60}:[ ]*")
_POST_DATE = regex.compile(r"(?P<d>\d{1,2})[ ]+tháng[ ]+(?P<m>\d{1,2})(?:,[ ]*(?P<y>20\d\d)(?:[ ]+lúc[ ]+\d{1,2}:\d{2})?|[ ]+lúc[ ]+\d{1,2}:\d{2})[ ]*·")


# A scraper's front matter: "published_at: 2025-11-12T07:45:00+07:00", "date: 2024-03-05", "datePublished": "2024-03-05".
_ISO_STAMP = regex.compile(r'''["']?(?i:published(?:_?at|_?date|_?time)?|date_?published|pub_?date|date)["']?[ ]*[:=][ ]*["']?'''
                           r"(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?![\d\-])")


# What a portal prints after the date line: "| Lượt xem: 412", "| Bình luận", "| In bài".
_PAGE_COUNTER = regex.compile(r"[ ]*[|\-–]?[ ]*(?i:lượt[ ]+(?:xem|đọc|truy[ ]+cập)|số[ ]+lượt[ ]+xem|bình[ ]+luận|in[ ]+bài|chia[ ]+sẻ)\b")


# After a date, "|"-separated page furniture: a time, a byline, a share button.
_META_SEGMENTS = regex.compile(r"(?:(?:[ ]*\||[ ]{2,})[ ]*[^|\n]{1,40}?)+[ ]*")   # (normalised text has spaces for "|")


_FULL_DATE = regex.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>20\d\d)(?!\d)")


def _year_of_post(text: str, day: int, month: int) -> Optional[int]:
    """The year of a post dated by day and month only ("12 tháng 3 lúc 07:48 ·"): of the dates the text writes in full
    that fall on or before the post's day in their own year ("Ngày 09/3/2026, UBND xã … ban hành …"), the year most of
    them share, the later on a tie (not a lone deadline's "31/3/2026" in a post of August 2025); None when the text
    writes no such date."""
    years = Counter(int(m.group("y")) for m in _FULL_DATE.finditer(text)
                    if (int(m.group("m")), int(m.group("d"))) <= (month, day))
    return max(years, key=lambda y: (years[y], y), default=None)


def _date_line(line: str) -> Optional[date]:
    m = _DATE_LINE.match(line)
    if m is None:
        return None
    if (not (m.group("weekday") or m.group("label") or m.group("source")) and line[m.end():].strip()
            and not _PAGE_COUNTER.match(line, m.end())   # "14/03/2024 16:20 | Lượt xem: 412"
            and not _META_SEGMENTS.fullmatch(line, len(line[:m.end()].rstrip()))):   # "14/01/2026 | 16:20 | Đài Truyền thanh xã"
        return None  # a bare date must stand alone: "Ngày 18/4/2023, UBND tỉnh …" is body text
    return _as_date(m.group("d"), m.group("m"), m.group("y"))


def is_plan_text(doc) -> bool:
    """True for a full plan text: its administrative header ("ỦY BAN NHÂN DÂN", "Số: …") opens the text.

    A page that puts a headline and "Cập nhật: …" over the plan's text is an article.
    """
    first = _FIRST_CHARACTER.search(doc.text)
    if first is not None and (crumb := _CRUMB_LINE.match(doc.text, doc.text.rfind("\n", 0, first.start()) + 1)) is not None:
        first = _FIRST_CHARACTER.search(doc.text, crumb.end())   # "Cổng thông tin … > Văn bản chỉ đạo điều hành > Nghị quyết HĐND"
    return (first is not None and _PLAN_HEADER.match(doc.text, doc.text.rfind("\n", 0, first.start()) + 1) is not None
            # a portal's banner ("UBND HUYỆN LƯƠNG TÀI - TỈNH BẮC NINH" over a breadcrumb) has no number or motto under it
            and _NUMBER_OR_MOTTO.search(doc.text, 0, 800) is not None)


def _plan_title(text: str) -> Optional[str]:
    head = _TYPE_LINE.search(text, 0, min(len(text), 1500))
    if head is None:
        return None
    parts = []
    for s, e in _lines(text[head.end():])[1:6]:
        line = text[head.end() + s: head.end() + e].strip()
        if not line:
            if parts:
                break
            continue
        if _TITLE_END.match(line):
            break
        cut = _BASIS_IN_LINE.search(line)   # "… NINH BÌNH NĂM 2024 Căn cứ Quyết định …": a wrap joined the lines
        parts.append(line[: cut.start()] if cut else line)
        if cut:
            break
    return " ".join(parts) or None


_BASIS_IN_LINE = regex.compile(r"\s+Căn\s+cứ\b")


def _header_lines(doc) -> Iterator[tuple[int, int]]:
    """The lines of ``doc.text``, read lazily (the header is a few of them); a line that normalising joined from raw lines
    one of which is page furniture, a date line or a menu ("Cổng thông tin điện tử huyện Vũ Thư > Văn bản chỉ đạo, điều
    hành" over the headline; a headline over "Thứ Năm, 30/10/2025 - 14:20") is parted again where the raw text broke it."""
    for s, e in _lines(doc.text):
        rs, re_ = doc.raw_span(s, e)
        if "\n" not in doc.raw[rs:re_].strip():
            yield s, e
            continue
        cuts = [doc.norm.to_norm(rs + m.start()) for m in regex.finditer(r"\n", doc.raw[rs:re_])]
        parts = [(a, b) for a, b in zip([s] + [c + 1 for c in cuts], cuts + [e]) if s <= a <= b <= e]
        pieces = [doc.text[a:b].strip() for a, b in parts]
        if len(parts) > 1 and any(_FURNITURE.match(p) or _date_line(p) or _CRUMB.search(p) or _WEEKDAY_STAMP.match(p)
                                  for p in pieces if p):
            yield from parts
        else:
            yield s, e


def find(doc) -> tuple[Optional[str], Optional[date]]:
    """(title, published) read off the top of ``doc``; either may be None."""
    text = doc.text
    if is_plan_text(doc):
        return _plan_title(text), None
    if "<item>" in doc.raw and (item := _feed_item(doc.raw)) is not None:
        return item
    title = None
    post_day: Optional[tuple[int, int]] = None
    title_index = None
    title_end = 0
    dated: list[tuple[int, date]] = []
    seen = 0
    for s, e in _header_lines(doc):
        line = _POST_NUMBER.sub("", text[s:e].strip().lstrip("# ").strip())   # "#1  16/03/2025, 21:14": a forum post's number
        if seen == 0:
            line = _PRINT_STAMP.sub("", line)   # a printed page's head, "09/04/2026 14:32        Phường Bàn Thạch …" (held-out 586)
        if not line:
            continue
        if seen >= _HEADER_LINES:
            break
        seen += 1
        if (stamp := _CHAT_STAMP.match(line)) is not None:
            # a chat export's first message, "[08:15, 12/3/2025] Tổ trưởng TDP 5: 📢 PHƯỜNG HƯNG BÌNH TRIỂN KHAI …": the
            # day it was sent, and its words a headline (held-out 575)
            if (when := _as_date(stamp.group("d"), stamp.group("m"), stamp.group("y"))) is not None:
                dated.append((seen, when))
            line = _LEADING_SYMBOLS.sub("", line[stamp.end():])
            if title is not None or not line:
                continue
        when = _date_line(line)
        if when is None:
            when = _place_date_line(line)
        if when is None and (stamp := _ISO_STAMP.match(line)) is not None:
            when = _as_date(stamp.group("d"), stamp.group("m"), stamp.group("y"))
        if when is None and (post := _POST_DATE.match(line)) is not None:
            when = _as_date(post.group("d"), post.group("m"), post.group("y")) if post.group("y") else None
            if title_index == seen - 1:
                title = title_index = None   # "Quản lý thị trường Lạng Sơn" over a post's date: the page's name
            if when is None:
                # "12 tháng 3 lúc 07:48 · 🌏": a post of this year, which the page does not say (held-out 581); the
                # year is read off the text's own dates below
                post_day = post_day or (int(post.group("d")), int(post.group("m")))
                continue
        if when:
            dated.append((seen, when))
            if title_index == seen - 1 and "·" in line and text.count("\n", title_end, s) == 1:
                # "Xã Phong Điền - TP Cần Thơ ✔" right over "Thước phim · Đã đăng 10/03/2026 · 🌏", a channel's name over
                # "15.01.2026 · 09:12": a social page's name over its post's date (held-out 621, 528); a headline stands
                # apart from its byline ("… năm 2025\n\nMinh Thư · 10:42 06/03/2025")
                title = title_index = None
            continue
        if (label := _TITLE_LABEL.match(line)) is not None:
            title, title_index = _tidy_title(label.group("title")), seen   # a field that says it is the title wins
            continue
        if (title is not None and title_index == seen - 1 and len(title) < _LONGEST_HEADLINE
                and text.count("\n", title_end, s) == 1   # (no blank line between)
                and (title.endswith(("–", "-", ":", ",")) or _CONTINUES.match(line)
                     or (title.isupper() and line.isupper() and len(line.split()) <= 8 and not _date_line(line)))):
            # "BÒ THỊT CHẤT LƯỢNG CAO –" over ""CON VẬT CHỦ LỰC" CỦA NÔNG DÂN" over "KIM TÂN ĐẾN NĂM 2030", "… quét mã
            # QR" over "trong năm 2026": the headline wrapped onto the next lines (held-out 298, 490)
            title, title_index, title_end = _tidy_title(f"{title} {line}"), seen, e
            continue
        if (title is not None and not dated and title_index is not None
                and len(_CRUMB.findall(doc.raw, *doc.raw_span(s, e))) >= 2):
            # "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM / Chi nhánh Khu vực 7 (Thanh Hóa - Ninh Bình)" over "Trang chủ > Tin tức - Sự kiện >
            # …": the site's name over its menu, the headline below (held-out 842)
            title = title_index = None
            continue
        if title is not None or _FURNITURE.match(_LEADING_SYMBOLS.sub("", line)):
            continue
        if line.isupper() and not ACCENTED.search(line):
            continue   # an English banner in capitals, no Vietnamese letter: "CAN THO CITY PORTAL"
        rs, re_ = doc.raw_span(s, e)
        crumbs = len(_CRUMB.findall(doc.raw, rs, re_))
        if crumbs >= 2 or (crumbs and len(line) < 60):
            continue  # "Cổng Thông tin điện tử huyện … | Tin tức - Sự kiện | Nông thôn mới": a menu, not a headline
        trailing = _TRAILING_DATE.search(line)
        headline = line[: trailing.start()] if trailing else line
        if len(headline.split()) < 4 or len(headline) > _LONGEST_HEADLINE:
            continue  # "KINH TẾ", "Tin tổng hợp": a section name; a page whose line breaks were lost: no headline line
        title, title_index, title_end = _tidy_title(headline), seen, e
        if trailing:
            when = _as_date(trailing.group("d"), trailing.group("m"), trailing.group("y"))
            if when:
                dated.append((seen, when))
    if not dated and post_day is not None and (year := _year_of_post(text, *post_day)) is not None:
        return title, _as_date(str(post_day[0]), str(post_day[1]), str(year))
    if not dated and (stamp := _WEEKDAY_STAMP.search(text, 0, 600)) is not None:
        # a page whose line breaks were lost: "… Nông nghiệp Lâm Viên - Đà Lạt: Hướng tới … Thứ Tư, 24/09/2025 - 15:06 (LĐ) - …"
        return title, _as_date(stamp.group("d"), stamp.group("m"), stamp.group("y"))
    if not dated and (stamp := _stamp_below(doc)) is not None:
        # two pages scraped as one, a listing or a menu over the news item: the item's own "09/03/2026 16:05",
        # "Thứ Năm, 29/05/2025 10:20", "Đăng lúc: 14/10/2024 08:12 | Người đăng: …" further down (held-out 749–751)
        return title, stamp
    if not dated:
        return title, None
    below = [d for i, d in dated if title_index is not None and i >= title_index]
    return title, (below[0] if below else dated[0][1])


_CELL_BREAK = regex.compile(dates.CELL_SEP)   # a table cell's bar, the three spaces put for one, or a tab
_CLOCK = regex.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
_LINE = regex.compile(r"[^\n]+")


def _stamp_below(doc) -> Optional[date]:
    """The first line below the header that is a date and a time of day and nothing else (a page's stamp)."""
    text = doc.text
    for m in _LINE.finditer(text):
        line = m.group().strip()
        if line and len(line) <= 120 and _CLOCK.search(line) and (when := _date_line(line)) is not None:
            return when
    return None


def as_written(doc, title: Optional[str]) -> Optional[str]:
    """``title`` as the page wrote it: a headline typed without diacritics ("Quang Ngai dat muc tieu nam 2025 …") keeps
    them off, though normalising restored some for the extractors to read ("đạt", "trên")."""
    if not title or (at := doc.text.find(title)) < 0:
        return title
    rs, re_ = doc.raw_span(at, at + len(title))
    raw = doc.raw[rs:re_]
    if ACCENTED.search(raw) or not ACCENTED.search(title):
        return title
    return _SPACES.sub(" ", regex.sub(r"\*+|_{2,}", " ", raw)).strip()


def _place_date_line(line: str) -> Optional[date]:
    """A press release's or a letter's place and date on a line of its own: "Hải Phòng, ngày 18 tháng 12 năm 2025"."""
    m = _PLACE_DATE.match(line)
    got = dates.parse_date_at(line, m.end()) if m is not None else None
    # (a bilingual release's "Tam Kỳ, ngày 16/5/2024 | Tam Ky, 16 May 2024": its translation after a bar, or the three
    # spaces the normalised text puts for it, held-out 708)
    if got is None or got[0].startswith("--") or _CELL_BREAK.split(line[got[2]:], 1)[0].strip(" .") != "":
        return None
    return date.fromisoformat(got[0])


def date_place(doc) -> Optional[str]:
    """The place a full plan text was dated at: "Tuyên Quang" of "Tuyên Quang, ngày 16 tháng 8 năm 2023"."""
    m = _PLACE_DATE.search(doc.text, 0, min(len(doc.text), 1500))
    return " ".join(m.group("place").replace("-", " - ").split()) if m is not None else None


def issue_date(doc) -> Optional[date]:
    """A full plan text's own date: "Bắc Ninh, ngày 24 tháng 11 năm 2025" in its header."""
    text = doc.text
    m = _PLACE_DATE.search(text, 0, min(len(text), 1500))
    if m is None:
        return None
    got = dates.parse_date_at(text, m.end())
    if got is None or got[0].startswith("--"):
        return None
    return date.fromisoformat(got[0])


# An RSS feed dumped as text: its items, each with "<title>" and "<pubDate>Fri, 13 Sep 2024 10:05:00 +0700</pubDate>"
_FEED_ITEM = regex.compile(r"<item>(?P<body>.*?)(?:</item>|$)", regex.DOTALL)
_FEED_TITLE = regex.compile(r"<title>\s*(?:<!\[CDATA\[)?(?P<title>[^<\]]+?)(?:\]\]>)?\s*</title>")
_FEED_DATE = regex.compile(r"<pubDate>[^<\d]*(?P<d>\d{1,2})\s+(?P<m>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(?P<y>\d{4})")
_GOAL_IN_ITEM = regex.compile(r"\b(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|Kế\s+hoạch|Nghị\s+quyết)\b", regex.IGNORECASE)


def _feed_item(raw: str) -> Optional[tuple[Optional[str], Optional[date]]]:
    """(title, published) of a feed's item that sets goals (the article the text is kept for), else of its first item."""
    items = [m.group("body") for m in _FEED_ITEM.finditer(raw)]
    chosen = next((b for b in items if _GOAL_IN_ITEM.search(b)), items[0] if items else None)
    if chosen is None:
        return None
    title, when = _FEED_TITLE.search(chosen), _FEED_DATE.search(chosen)
    published = date(int(when.group("y")), dates.ENGLISH_MONTHS[when.group("m")], int(when.group("d"))) if when else None
    return (" ".join(title.group("title").split()) if title else None), published


def issuing_body(doc) -> Optional[str]:
    """A full plan text's authority from its header: "ỦY BAN NHÂN DÂN\\nTỈNH LÂM ĐỒNG" → "UBND tỉnh Lâm Đồng"."""
    # the left-hand column of the header table: "ỦY BAN NHÂN DÂN      CỘNG HÒA …" / "HUYỆN ĐỨC TRỌNG     Độc lập …"
    left = []
    for s, e in _lines(doc.text[:600]):
        cell = _COLUMN_GAP.split(doc.text[s:e].strip())[0]
        cell = _RIGHT_COLUMN.split(cell, maxsplit=1)[0]   # "ỦY BAN NHÂN DÂNCỘNG HÒA …": columns run together
        if _OWN_NUMBER.match(cell):
            break
        left.append(cell)
    column = "\n".join(left)
    m = _BODY.search(column)
    if m is None:
        if (units := list(_UNIT_BODY.finditer(column))):
            # "SỞ Y TẾ TỈNH BẮC NINH / BỆNH VIỆN ĐA KHOA / HUYỆN LỤC NGẠN": the hospital or centre under the department;
            # "TRUNG TÂM Y TẾ HUYỆN PHÚ LƯƠNG / TRẠM Y TẾ XÃ YÊN ĐỔ": the lower line is the body that issues the text
            unit = units[-1]
            words = unit.group("unit").lower().split()   # "Bệnh viện Đa khoa", "Trung tâm Y tế", "Trạm Y tế"
            name = " ".join(["Trạm", "Y"] + words[2:] if words[0] == "trạm" else
                            [words[0].capitalize(), words[1]] + ([words[2].capitalize()] + words[3:] if len(words) > 2 else []))
            return f"{name} {_SPACES.sub(' ', unit.group('level')).lower()} " + " ".join(
                w.capitalize() for w in unit.group("place").split())
        if (centre := _DEPARTMENT_UNIT.search(column)) is not None:
            # "SỞ Y TẾ TỈNH PHÚ THỌ / TRUNG TÂM KIỂM SOÁT BỆNH TẬT": the centre under the department, of its province
            # (held-out 840)
            place = " ".join(w.capitalize() for w in centre.group("place").split())
            return f"{_agency_name(centre.group('unit'))} {_SPACES.sub(' ', centre.group('level')).lower()} {place}"
        if (mass := _MASS_BODY.search(column)) is not None:
            # "HỘI LHPN VIỆT NAM / BAN THƯỜNG VỤ HỘI LHPN TỈNH HÀ TĨNH" → "Ban Thường vụ Hội LHPN tỉnh Hà Tĩnh"
            board = "Ban Thường vụ" if mass.group("board").startswith("THƯỜNG") else "Ban Chấp hành"
            level = _SPACES.sub(" ", mass.group("level")).lower() + " " if mass.group("level") else ""
            place = " ".join(w.capitalize() for w in mass.group("place").split())
            return f"{board} {_MASS_ORGANISATIONS[_SPACES.sub(' ', mass.group('org'))]} {level}{place}"
        if (party := _PARTY_BODY.search(column)) is not None:
            # "TỈNH ỦY VĨNH PHÚC" → "Tỉnh ủy Vĩnh Phúc", "ĐẢNG ỦY XÃ YÊN CHÂU" → "Đảng ủy xã Yên Châu"
            place = " ".join(w.capitalize() for w in party.group("place").split())
            if party.group("unit"):
                return f"Đảng ủy {_SPACES.sub(' ', party.group('unit')).lower()} {place}"
            return f"{party.group('level').capitalize()} ủy {place}"
        if (union := _UNION_BOARD.search(column)) is not None:
            # "BAN CHẤP HÀNH ĐOÀN TỈNH HÀ GIANG": the Youth Union's committee, whose standing board signs ("TM. BAN THƯỜNG VỤ")
            # as gold 325 and 442 name it (held-out 830)
            level = " ".join(union.group("level").split()).capitalize()
            return f"Ban Thường vụ {level} đoàn " + " ".join(w.capitalize() for w in union.group("place").split())
        if (school := last_match(_SCHOOL, "\n" + column)) is not None:
            # "PHÒNG GD&ĐT TÂN KỲ / TRƯỜNG THCS NGHĨA ĐỒNG": the school under the education office (held-out 815)
            return _school_name(school)
        return None
    head = _ABBREVIATION[_SPACES.sub(" ", m.group("head"))]
    level = _SPACES.sub(" ", m.group("level")).lower()
    place = " ".join(w.capitalize() for w in m.group("place").split())
    if (school := _SCHOOL.match(column, m.end())) is not None:
        # "UBND PHƯỜNG THANH KHÊ / TRƯỜNG TIỂU HỌC QUANG TRUNG": the school under the council issues the text
        return _school_name(school)
    if (agency := _AGENCY.match(column, m.end())) is not None:
        # "UBND HUYỆN NGHĨA HƯNG / PHÒNG GIÁO DỤC VÀ ĐÀO TẠO": the office under the council issues the text
        return f"{_agency_name(agency.group('agency'))} {level} {place}"
    return f"{head} {level} {place}"


# A centre or a sub-department under a provincial department, on the header's next line: "SỞ Y TẾ TỈNH PHÚ THỌ / TRUNG TÂM
# KIỂM SOÁT BỆNH TẬT", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH … / CHI CỤC THỦY SẢN"
_DEPARTMENT_UNIT = regex.compile(r"^[ ]*SỞ[ ]+[\p{Lu}][\p{Lu} ,\-–&]*?[ ]+(?P<level>TỈNH|THÀNH[ ]+PHỐ)[ ]+(?P<place>[\p{Lu}][\p{Lu} \-]*?)[ ]*\n"
                              r"[ ]*(?P<unit>(?:TRUNG[ ]+TÂM|CHI[ ]+CỤC)[ ]+[\p{Lu}][\p{Lu} ,\-–&]*?)[ ]*(?=\n|$)", regex.MULTILINE)
# An office under the people's committee, on the header's next line: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "SỞ Y TẾ"
_AGENCY = regex.compile(r"[ ]*\n[ ]*(?P<agency>(?:PHÒNG|SỞ|BAN|VĂN[ ]+PHÒNG|TRUNG[ ]+TÂM|CHI[ ]+CỤC)[ ]+[\p{Lu}][\p{Lu} ,\-–&]*?)[ ]*(?=\n|$)")
_SCHOOL_KINDS = {"MẦM NON": "Mầm non", "TIỂU HỌC": "Tiểu học", "TRUNG HỌC CƠ SỞ": "Trung học cơ sở", "THCS": "THCS",
                 "TRUNG HỌC PHỔ THÔNG": "Trung học phổ thông", "THPT": "THPT", "TH VÀ THCS": "TH và THCS",
                 "TIỂU HỌC VÀ TRUNG HỌC CƠ SỞ": "Tiểu học và Trung học cơ sở"}
SCHOOL_KINDS = tuple(_SCHOOL_KINDS.values())   # as a school's name writes its kind: "Trường THCS …", "Trường Tiểu học …"
_SCHOOL = regex.compile(rf"[ ]*\n[ ]*TRƯỜNG[ ]+(?P<kind>{_caps_alternation(_SCHOOL_KINDS)})"
                     r"[ ]+(?P<name>[\p{Lu}][\p{Lu} \-]*?)[ ]*(?=\n|$)")


def _school_name(school: regex.Match) -> str:
    """A school's header line as its name: "TRƯỜNG THCS NGHĨA ĐỒNG" → "Trường THCS Nghĩa Đồng"."""
    kind = _SCHOOL_KINDS.get(" ".join(school.group("kind").split()), school.group("kind"))
    return f"Trường {kind} " + " ".join(w.capitalize() for w in school.group("name").split())


_NAME_PART = regex.compile(r"(?:^|(?<=\b(?:và|VÀ)[ ]|[-–,][ ]))\p{L}")


def _agency_name(caps: str) -> str:
    """ "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" → "Phòng Giáo dục và Đào tạo", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" → "Sở Lao động -
    Thương binh và Xã hội": each field the name joins starts with a capital (the office's word too)."""
    words = _SPACES.sub(" ", caps.strip()).split(" ")
    office = 2 if words[0] in ("VĂN", "TRUNG", "CHI") else 1
    name = " ".join(words[:office]).capitalize()
    field = " ".join(words[office:]).lower()
    field = _NAME_PART.sub(lambda c: c.group().upper(), field)
    return f"{name} {field}"


__all__ = ["date_place", "find", "is_plan_text", "issue_date", "issuing_body"]
