"""The plan an article is about.

* A full plan text is about itself: "Số: 144/KH-UBND" in its header, the
  issuer from "ỦY BAN NHÂN DÂN / TỈNH BẮC NINH", the date from "Bắc Ninh, ngày
  24 tháng 11 năm 2025".
* A news item is about the plan whose issuing it reports ("Ngày 21/9, UBND
  thành phố Hà Nội ban hành Kế hoạch số 236/KH-UBND"), not the plans it cites
  as a basis ("Thực hiện Kế hoạch số 06/KH-UBND … của UBND tỉnh Đồng Tháp").
* With no number ("UBND huyện Phú Ninh vừa ban hành kế hoạch"), ``ref`` is null.
* "UBND tỉnh" alone is completed from the title or the text ("UBND tỉnh Trà Vinh").
"""

from __future__ import annotations

from datetime import date
from typing import Optional

import regex

from .. import gazetteer
from ..document import Document
from ..models import DateMention, Locality, Plan, Reference
from . import header, last_match
from .dates import parse_date_at

# "Số: 144/KH-UBND", "Số : 40/KH-UBND", "Số: 0204/KH-UBND" in the first lines; a programme, resolution, scheme,
# decision or notice of conclusions that sets goals is the plan as well ("Số: 137/TB-UBND").
_PLAN_SYMBOLS = r"(?:KH|CTr|CTHĐ|NQ|ĐA|PA|QĐ|TB)(?![\p{L}])"   # the kinds of document that set goals
_HEADER_NUMBER = regex.compile(
    # (also in a column beside another page's text: "… thi hành Quyết định này./.  Số: 38/KH-UBND   Gia Lộc, ngày …")
    # (a party document's without a colon: "Số 46-CTr/TU")
    rf"(?:^|(?<=\S)[ \t]{{2,}})\s*Số(?:\s*:\s*|[ \t]+)(?P<ref>\d+[\w./&-]*\s?[/-]\s*{_PLAN_SYMBOLS}[\w\s./&-]*?)"
    # (or a single space where a tab was: "Số: 112/KH-UBND Bắc Hà, ngày 20 tháng 10 năm 2025")
    rf"\s*(?:$|\s{{2,}}|\t|{header.GLUED_PLACE_DATE}|(?<=\S)[ ](?=\p{{Lu}}\p{{Ll}}*(?:[ ]\p{{Lu}}\p{{Ll}}*){{0,3}}[ ]*,[ ]*ngày\b))",
    regex.MULTILINE,
)
# The subject that issues: "UBND huyện Phú Ninh", "Ủy ban nhân dân huyện Cao Lãnh", "UBND tỉnh".
_NAME = r"(?-i: (?:\p{Lu}[\p{L}\p{M}'-]*|\d+) (?: (?:[^\S\n]+|[ ]-[ ]) (?:\p{Lu}[\p{L}\p{M}'-]*|\d+) )* )"   # "Cao Lãnh", "Quận 3", "Phan Rang - Tháp Chàm"
ISSUER = regex.compile(
    rf"""
    (?P<party> Tỉnh\s+ủy | Huyện\s+ủy | Thành\s+ủy | Đảng\s+ủy                                   # "Tỉnh ủy Tuyên Quang"
             | Đại\s+hội\s+(?:đại\s+biểu\s+)?Đảng\s+bộ\s+(?:tỉnh|thành\s+phố|huyện|xã|phường|thị\s+trấn)   # a congress
             | Đại\s+hội\s+(?:đại\s+biểu\s+)?(?:Hội\s+Nông\s+dân|Hội\s+(?:Liên\s+hiệp\s+Phụ\s+nữ|LHPN)|Hội\s+Cựu\s+chiến\s+binh
                 |Đoàn\s+TNCS\s+Hồ\s+Chí\s+Minh|Mặt\s+trận\s+Tổ\s+quốc)\s+(?:tỉnh|thành\s+phố|huyện|xã|phường|thị\s+trấn)   # of a mass organisation
             | (?:Ban\s+Thường\s+vụ\s+)?(?:Tỉnh|Huyện|Thành|Quận|Thị)\s+đoàn   # the Youth Union: "Ban Thường vụ Huyện đoàn"
             | Ban\s+(?:Chấp\s+hành|Thường\s+vụ)\s+Đoàn\s+(?:xã|phường|thị\s+trấn|đặc\s+khu)   # … of a commune: "Ban Chấp hành Đoàn xã Thiệu Hóa"
             | Ban\s+An\s+toàn\s+giao\s+thông\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)   # "Ban An toàn giao thông tỉnh Ninh Bình"
             # a province's department named in full: "Sở Lao động - Thương binh và Xã hội tỉnh Bắc Giang ban hành …"
             | Sở\s+(?-i:\p{{Lu}})\p{{Ll}}*(?:\s+\p{{Ll}}+)?(?:\s*(?:,|-|và)\s+(?-i:\p{{Lu}})\p{{Ll}}*(?:\s+\p{{Ll}}+)?){{0,3}}\s+(?:tỉnh|thành\s+phố)
             # a mass organisation's standing board: "Ban Thường vụ Hội Nông dân tỉnh Lâm Đồng"
             | Ban\s+Thường\s+vụ\s+(?:Hội\s+Nông\s+dân|Hội\s+(?:Liên\s+hiệp\s+Phụ\s+nữ|LHPN)|Hội\s+(?:Cựu\s+chiến\s+binh|CCB)|Liên\s+đoàn\s+Lao\s+động)
               \s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)
             | Công\s+an\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)   # "Công an tỉnh Gia Lai"
             | Bệnh\s+viện\s+(?:Đa\s+khoa\s+|Y\s+học\s+cổ\s+truyền\s+|Phục\s+hồi\s+chức\s+năng\s+|Sản\s+-\s+Nhi\s+|Nhi\s+|Phổi\s+)?
               (?:tỉnh|thành\s+phố|huyện|khu\s+vực)   # "(Giám đốc) Bệnh viện Đa khoa tỉnh Cao Bằng ký ban hành Kế hoạch …"
             | Trung\s+tâm\s+Y\s+tế\s+(?:huyện|quận|thị\s+xã|thành\s+phố|khu\s+vực) )
    (?: [^\S\n]+ (?P<pname> {_NAME} ) )?
  | (?P<body> UBND | Ủy\s+ban\s+nhân\s+dân | HĐND | Hội\s+đồng\s+nhân\s+dân )
    (?: \s* \( (?: UBND | HĐND ) \) )?   # "Ủy ban nhân dân (UBND) phường Nam Hồng Lĩnh": the abbreviation it goes by
    (?: \s+ (?P<level> tỉnh | thành\s+phố | TP\.? | huyện | quận | thị\s+xã | xã | phường | thị\s+trấn | đặc\s+khu ) (?: \b | (?<= \. ) )
        (?: [^\S\n]{{1,2}} (?P<name> {_NAME} ) )?   # (not across a column gap: "UBND xã   Lượt xem: 142")
    )?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_SPACES = regex.compile(r"\s+")
# "… ban hành Kế hoạch số …", "UBND phường Phủ Lý … vừa có Kế hoạch số 112/KH-UBND" (news style: has just issued)
_ISSUING = regex.compile(r"\b(?:ban\s+hành|phê\s+duyệt|xây\s+dựng\s+và\s+ban\s+hành|(?:vừa|đã)\s+có|(?:vừa|đã)\s+ký"
                      # "UBND xã Vĩnh Long xây dựng (Kế hoạch số: 25/KH-UBND)": a numbered plan is made, not planned
                      r"|xây\s+dựng(?=\s+(?:Kế\s+hoạch|Chương\s+trình|Đề\s+án)(?:\s+số)?\s*:?\s*$))\b", regex.IGNORECASE)
# A document number before an issuing verb in the same clause: the verb is that document's ("Quyết định số
# 2147/QĐ-TTg ngày … của Thủ tướng Chính phủ phê duyệt Chương trình … và Kế hoạch số 4528/KH-UBND …")
# The decision that approves a plan named before it: "UBND tỉnh vừa phê duyệt Đề án "…" tại (Quyết định số …)", "Đề án
# … được phê duyệt theo (Quyết định số …)".
_PLAN_WORD = r"(?:Đề\s+án|Kế\s+hoạch|Chương\s+trình|Phương\s+án|Dự\s+án)\b"   # (a project's goals too: "Dự án … được UBND tỉnh phê duyệt tại …")
_APPROVED_AT = regex.compile(rf"(?:\b(?:phê\s+duyệt|ban\s+hành)\s+{_PLAN_WORD}[^.;]{{0,220}}?\s"
                          # "Kế hoạch hành động … được UBND tỉnh ban hành kèm theo (Quyết định số 186/QĐ-UBND)"
                          rf"|\b{_PLAN_WORD}[^.;]{{0,220}}?\b(?:được\s+(?:UBND\s+(?:tỉnh|thành\s+phố|huyện|xã|phường)\s+)?phê\s+duyệt"
                          r"|ban\s+hành\s+kèm)\s+)"
                          r"(?:tại|theo)\s+(?:Quyết\s+định\s+(?:số\s+)?)?$")
_VERB_OF_ANOTHER = regex.compile(r"\d+[\w./-]*/[\p{Lu}Đ][^,;]*$")   # "Quyết định số 2147/QĐ-TTg … của Thủ tướng Chính phủ (phê duyệt)"
# Opening a sentence: the cited document is a basis, not the plan ("Thực hiện Kế hoạch số 06/KH-UBND …").
_CARRYING_OUT = r"Thực\s+hiện|Căn\s+cứ|Trên\s+cơ\s+sở|Triển\s+khai\s+thực\s+hiện"   # openers of what a text carries out
_BASIS = regex.compile(rf"(?:{_CARRYING_OUT}|Theo|Nhằm\s+cụ\s+thể\s+hóa)\b")
# Before a plan that another replaces: "…, thay thế Kế hoạch số 96/KH-UBND …" (held-out 639)
_REPLACED = regex.compile(r"\b(?:thay\s+thế|thay\s+cho|bãi\s+bỏ)\s+(?:các\s+)?(?:Kế\s+hoạch|Chương\s+trình|Đề\s+án)?\s*(?:số\s+)?$",
                       regex.IGNORECASE)
# Speaking of the plan itself: "hội nghị triển khai Kế hoạch số …", "thông qua Nghị quyết số …".
_DOING = regex.compile(r"\b(?:triển\s+khai|quán\s+triệt|thông\s+qua|thực\s+hiện|đánh\s+giá|sơ\s+kết|tổng\s+kết|thông\s+tin\s+về)\b[^.;]*$",
                      regex.IGNORECASE)   # "hội nghị quán triệt Kế hoạch 87/KH-UBND", "họp báo thông tin về Kế hoạch số 05/KH-CAT-PC08" (826)
_ABOUT_A_PLAN = regex.compile(
    r"[^.;]{0,40}?\b(?:(?:về|ban\s+hành|phê\s+duyệt)\s+(?:việc\s+ban\s+hành\s+)?(?:kế\s+hoạch|chương\s+trình|đề\s+án)"
    r"|(?:về\s+việc\s+)?giao\s+(?:các\s+)?chỉ\s+tiêu)\b",   # "Quyết định số 1452/QĐ-UBND ngày 28/8/2025 giao chỉ tiêu …" (794)
    regex.IGNORECASE,
)
# "Theo Kế hoạch số 15/KH-UBND …, huyện phấn đấu …": "theo" reporting what the plan sets is the plan itself.
_REPORTED = regex.compile(r"Theo\b")
_SETS_GOALS = regex.compile(r"\b(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu)\b", regex.IGNORECASE)
# "Theo Kế hoạch số 96/KH-UBND … của UBND huyện Đức Thọ …, huyện tập trung …": the issuer itself, named by its bare
# level word after the comma, acts on the plan — the plan reported, not a basis (a basis of the province's would
# go on "…, huyện …" with another level, or with the name of another place).
_SAME_BODY_ACTS = regex.compile(
    r",\s*(?:toàn\s+)?(?:UBND\s+|Ủy\s+ban\s+nhân\s+dân\s+)?(?P<level>tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+(?!(?-i:\p{Lu})|\d)",
    regex.IGNORECASE,
)
# "Kế hoạch số 58/KH-UBND … vừa được gửi đến các xã", "Kế hoạch số 296/KH-UBND … đã được ban hành": the plan
# itself, the subject of a passive issuing verb (before the next document the sentence cites).
_PASSIVE_ISSUED = regex.compile(
    r"\b(?:vừa|đã|mới|chính\s+thức)?\s*được\s+(?:ký\s+)?(?:ban\s+hành|phê\s+duyệt|thông\s+qua|gửi\s+(?:đến|tới)|triển\s+khai)\b"
    # "Nghị quyết số 01-NQ/ĐH được Đại hội đại biểu Đảng bộ xã … biểu quyết thông qua ngày 15/8/2025": an agent between
    r"|\bđược\s+(?:Đại\s+hội|HĐND|Hội\s+đồng\s+nhân\s+dân|UBND|Ủy\s+ban\s+nhân\s+dân)\b[^.;]{0,80}?\s(?:biểu\s+quyết\s+)?"
    r"(?:thông\s+qua|ban\s+hành|phê\s+duyệt)\b",
    regex.IGNORECASE,
)
# Nothing but a dateline before a reference that opens its sentence: "(CMO) - ", "- ", "Theo đó, "
_SENTENCE_OPENER = regex.compile(r"[\s\-–•*+]*(?:\([^()\n]{1,20}\)\s*[-–]\s*)?(?:Kế\s+hoạch\s+(?:số\s+)?)?")
# … and the plan, as the subject, setting goals: "… đặt lộ trình …", "… đề ra mục tiêu …", "… xác định …"
_PLAN_SETS = regex.compile(r"\b(?:đặt\s+(?:ra\s+)?(?:lộ\s+trình|mục\s+tiêu|chỉ\s+tiêu)|đề\s+ra|xác\s+định\s+(?:mục\s+tiêu|lộ\s+trình))\b",
                        regex.IGNORECASE)
_NEXT_CITED = regex.compile(r"\bsố\s+\d|;")
_BASIS_CITED = regex.compile(r"[,;]\s*(?:trên\s+cơ\s+sở|căn\s+cứ|theo|thực\s+hiện|(?:nhằm\s+)?cụ\s+thể\s+hóa|triển\s+khai)\b",
                            regex.IGNORECASE)   # "(số 45/KH-UBND, ký ngày 12/3/2024), cụ thể hóa Quyết định số 922/QĐ-TTg …"
_PLAN_KINDS = {"Kế hoạch", "Chương trình", "Chương trình hành động", "Nghị quyết", "Đề án", "Phương án", "Dự án"}
# "UBND huyện Phú Ninh vừa ban hành kế hoạch …", "HĐND tỉnh đã biểu quyết thông qua Nghị quyết về kế hoạch …"
_NO_NUMBER_PLAN = regex.compile(
    r"(?P<verb>ban\s+hành|thông\s+qua)\s+(?:(?:một|01)\s+)?(?i:kế\s+hoạch|nghị\s+quyết|chương\s+trình|đề\s+án)"
    r"(?!\s+(?:số\s*:?\s*)?\d)",
)
# A basis cited after the issuing verb: "UBND xã … vừa ban hành kế hoạch …, trên cơ sở Kế hoạch số 61/KH-UBND".
# "… mà UBND tỉnh ban hành", after the plan's name too: "Kế hoạch số 291/KH-UBND nâng cao chất lượng … 2024 - 2026 mà UBND
# tỉnh ký ban hành ngày 11/10/2024"
_ISSUED_BY_THAT = regex.compile(r"(?:[^.;\n]{0,160}?\s)?\s*(?:,\s*)?(?:mà|do)\s+[^.;,]{0,40}?\b(?:ban\s+hành|ký(?:\s+ban\s+hành)?|phê\s+duyệt)\b",
                             regex.IGNORECASE)
_CARRIED_OUT_BY = regex.compile(r"(?:\b(?:được\s+)?(?:triển\s+khai|thực\s+hiện|tổ\s+chức)(?:\s+(?:nhiệm\s+vụ|các\s+nhiệm\s+vụ|công\s+tác)"
                             r"(?:\s+(?:quý|tháng|năm)\s+[\dIV]+(?:/20\d\d)?)?)?\s+theo"   # ("… nhiệm vụ quý II theo …", held-out 495)
                             # "các địa phương phải bám sát Kế hoạch số 214/KH-UBND …" (a letter urging the plan on)
                             r"|\b(?:phải|cần)\s+(?:bám\s+sát|thực\s+hiện\s+nghiêm|triển\s+khai\s+quyết\s+liệt))"
                             r"\s+(?:Kế\s+hoạch|Chương\s+trình|Đề\s+án)\s+(?:số\s+)?$",   # "UBND xã triển khai nhiệm vụ theo Kế hoạch số 09/KH-UBND"
                             regex.IGNORECASE)
_BY_VOTE = regex.compile(r"\bbiểu\s+quyết\b", regex.IGNORECASE)
_BASIS_AFTER = regex.compile(
    r"\b(?:trên\s+cơ\s+sở|căn\s+cứ|(?<!kèm\s)theo|cụ\s+thể\s+hóa)\s+(?:quán\s+triệt\s+|thực\s+hiện\s+)?(?:các\s+)?(?:\S+\s+){0,3}$",  # "… trên cơ sở (quán triệt) Kế hoạch số "
    regex.IGNORECASE,
)
# "Kế hoạch triển khai Nghị quyết số …", "Kế hoạch này cụ thể hóa Chỉ thị số …": the plan acts on a basis
_PLAN_IMPLEMENTS = regex.compile(
    r"\bKế\s+hoạch(?:\s+này)?\s+(?:nhằm\s+)?(?:triển\s+khai|thực\s+hiện|cụ\s+thể\s+hóa)\s+(?:các\s+)?(?:\S+\s+){1,3}$",
    regex.IGNORECASE)
# "… (Kế hoạch 92/KH-UBND": the number of a plan just named, in brackets
_IN_BRACKETS = regex.compile(r"\(\s*(?:Kế\s+hoạch|KH)\s*(?:số\s*)?:?\s*$", regex.IGNORECASE)
_HORIZON = regex.compile(
    r"""
    (?= [đĐtTgGnNhH] )                                              # a cheap first test before the lookbehind
    (?<! (?:tầm\s+nhìn|so\s+với)\s+(?:đến\s+)?(?:năm\s+)? )   # "tầm nhìn đến năm 2050" is no horizon; "định hướng đến năm 2030" is
    (?:
      (?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+(?P<y1>20\d{2})        # "đến năm 2025"
    | giai\s+đoạn\s+20\d{2}\s*[-–]\s*(?P<y2>20\d{2})              # "giai đoạn 2021-2025"
    | giai\s+đoạn\s+[IVX]+\s*\(\s*20\d{2}\s*[-–]\s*(?P<y5>20\d{2})\s*\)   # "hai năm cuối giai đoạn I (2024 - 2025)"
    | nhiệm\s+kỳ\s+20\d{2}\s*[-–]\s*(?P<y6>20\d{2})              # a congress resolution runs to the end of its term
    | (?:trước|đến|hết)\s+tháng\s+\d{1,2}\s*[/.]\s*(?P<y7>20\d{2})    # "… lên đô thị loại IV trước tháng 7/2025"
    | (?:trước|đến|hết)\s+(?:hết\s+)?ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?P<y8>20\d{2})   # "… đến hết ngày 30/6/2025"
    | năm\s+20\d{2}\s+(?:và|đến)\s+(?:hết\s+)?quý\s+[IV]{1,3}\s*/\s*(?P<y9>20\d{2})   # "… năm 2024 và quý I/2025"
    | \b(?<! tháng\s+\d{1,2}\s+ )(?:trong\s+)?(?:năm\s+(?:học\s+)?|hè\s+)(?P<y3>20\d{2})(?![\d/])   # "năm 2023", "năm học 2025 - 2026", "hè 2025";
                                                                                            # not "tháng 9 năm 2023"
      (?: \s*[-–]\s* (?P<y4>20\d{2}) )?                                          # "năm 2024 - 2025"
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
_LEVELS = {"tỉnh": "tinh", "thành phố": "tinh", "tp": "tinh", "tp.": "tinh", "huyện": "huyen", "quận": "huyen",
           "thị xã": "huyen", "xã": "xa", "phường": "xa", "thị trấn": "xa", "đặc khu": "xa"}


def issuer_name(match: regex.Match) -> str:
    """"Ủy ban nhân dân huyện Cao Lãnh" → "UBND huyện Cao Lãnh" (SPEC abbreviations)."""
    if match.group("party"):
        party = _SPACES.sub(" ", match.group("party"))
        return party + (" " + _SPACES.sub(" ", match.group("pname")) if match.group("pname") else "")
    body = _SPACES.sub(" ", match.group("body"))
    body = {"ủy ban nhân dân": "UBND", "hội đồng nhân dân": "HĐND"}.get(body.lower(), body)
    if body.upper() in ("UBND", "HĐND"):
        body = body.upper()
    parts = [body]
    if match.group("level"):
        level = _SPACES.sub(" ", match.group("level"))
        parts.append("thành phố" if level.lower() in ("tp", "tp.") else level.lower())
        if match.group("name"):
            name = _SPACES.sub(" ", match.group("name"))
            parts.append(name.title() if name.isupper() else name)   # "UBND PHƯỜNG PHƯỚC TÂN" → "Phước Tân"
    return gazetteer.without_person(" ".join(parts))


def _from_header(doc: Document) -> Optional[Plan]:
    """A full plan text is about itself: "Số: 144/KH-UBND", the authority and the date of its header."""
    number = _HEADER_NUMBER.search(doc.text[:1500])
    if not number:
        return None
    issuer = header.issuing_body(doc)
    if issuer is None and (bare := _BARE_BODY.search(doc.text[: number.start()])) is not None:
        # "ỦY BAN NHÂN DÂN" with no place under it: the place is in the title ("… TỈNH BẮC NINH …"), else in the
        # authority's line above the bases ("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG\nCăn cứ …")
        body = "HĐND" if bare.group("council") else "UBND"
        issuer = _issuer_from_title(doc, body)
        if issuer == body and (line := _AUTHORITY_LINE.search(doc.text, number.end(), number.end() + 1500)):
            place = " ".join(w.capitalize() for w in line.group("place").split())
            issuer = f"{body} {' '.join(line.group('level').lower().split())} {place}"
        if issuer == body:
            issuer = _issuer_from_date_place(doc, body) or issuer
    if issuer is None and (own := _ISSUES_THIS_PLAN.search(doc.text, number.end(), number.end() + 3000)) is not None:
        issuer = issuer_name(own)   # "Ủy ban nhân dân huyện Gia Lộc ban hành Kế hoạch như sau:" under a header it cannot read
    issued = header.issue_date(doc)
    return Plan(ref=_SPACES.sub("", number.group("ref")), issuer=issuer,
                issued=issued.isoformat() if issued else None)


# A document portal's record of the one document its page shows: "Số ký hiệu: 289/KH-UBND", "Ngày ban hành: 12/11/2025",
# "Cơ quan ban hành: UBND tỉnh Thanh Hóa", each on its own line or parted by "|" on one ("Số ký hiệu: 142/KH-UBND | Ngày ban
# hành: 23/09/2024 | Cơ quan ban hành: UBND huyện Nghĩa Hưng | Người ký: …", the bars spaces once normalised)
_FIELD_START, _FIELD_END = r"(?:^|\||[ \t]{2})[ \t]*", r"(?:[ \t]*$|(?=[ \t]*\||[ \t]{2}))"
_RECORD_NUMBER = regex.compile(rf"{_FIELD_START}(?:Số\s+ký\s+hiệu|Số\s+hiệu(?:\s+văn\s+bản)?|Ký\s+hiệu)[ \t]*:[ \t]*"
                            rf"(?P<ref>\d+[\w./&-]*[/-]{_PLAN_SYMBOLS}[\w./&-]*){_FIELD_END}",
                            regex.MULTILINE | regex.IGNORECASE)
_RECORD_DATE = regex.compile(rf"{_FIELD_START}Ngày\s+ban\s+hành[ \t]*:[ \t]*", regex.MULTILINE | regex.IGNORECASE)
_RECORD_ISSUER = regex.compile(rf"{_FIELD_START}Cơ\s+quan\s+ban\s+hành[ \t]*:[ \t]*(?P<issuer>[^\n|]+?){_FIELD_END}",
                            regex.MULTILINE | regex.IGNORECASE)


def _from_record(doc: Document) -> Optional[Plan]:
    """A portal page that shows one document under its record ("Số ký hiệu: …", "Ngày ban hành: …", "Cơ quan ban hành:
    …") is about that document."""
    head = doc.text[:2500]
    if "hiệu" not in head:   # a cheap test first: "Số ký hiệu", "Số hiệu", "Ký hiệu"
        return None
    number = _RECORD_NUMBER.search(head)
    if number is None:
        return None
    issued = None
    if (when := _RECORD_DATE.search(head, number.end())) is not None:
        got = parse_date_at(head, when.end())
        issued = got[0] if got is not None and not got[0].startswith("--") else None
    body = _RECORD_ISSUER.search(head, number.end())
    return Plan(ref=_SPACES.sub("", number.group("ref")), issuer=_clean_issuer(body.group("issuer") if body else None),
                issued=issued)


# A congress's own resolution ("Nghị quyết số 01/NQ-ĐH … của Đại hội"): the congress of the organisation the text names,
# "Đại hội đại biểu Phụ nữ tỉnh Cà Mau lần thứ I", or "Liên đoàn … tỉnh Quảng Trị tổ chức Đại hội đại biểu lần thứ III"
_PLACE_AT_LEVEL = r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){0,3}"
_CONGRESS_NAMED = regex.compile(rf"Đại\s+hội\s+đại\s+biểu\s+(?P<org>\p{{Lu}}\p{{L}}*(?:\s+\p{{L}}+){{0,8}}?\s+{_PLACE_AT_LEVEL})")
_ORG_HOLDS_CONGRESS = regex.compile(rf"(?P<org>(?:Liên\s+đoàn|Hội|Đoàn|Ủy\s+ban\s+Mặt\s+trận|Công\s+đoàn)\s[^,.;\n]{{3,80}}?"
                                 rf"{_PLACE_AT_LEVEL})\s+tổ\s+chức\s+Đại\s+hội\s+đại\s+biểu")


def _congress_of(doc: Document, ref: Reference) -> Optional[str]:
    """The congress that passed its own resolution ("…/NQ-ĐH"), named as the text names it."""
    if not (ref.symbol or "").endswith("ĐH"):
        return None
    for pattern in (_CONGRESS_NAMED, _ORG_HOLDS_CONGRESS):   # the congress's own name first
        for source in (doc.title or "", doc.text):
            if (m := pattern.search(source)) is not None:
                return "Đại hội đại biểu " + " ".join(m.group("org").split())
    return None


# A data set's record naming the document its figures come from: "Văn bản nguồn;Kế hoạch số 1468/KH-UBND ngày …"
_SOURCE_LINE = regex.compile(r"^[ \t]*(?:Văn\s+bản\s+nguồn|Nguồn\s+văn\s+bản|Văn\s+bản\s+gốc)[ \t]*[;:|\t][ \t]*"
                          r"(?:Kế\s+hoạch|Chương\s+trình|Nghị\s+quyết|Quyết\s+định|Đề\s+án)\b", regex.MULTILINE | regex.IGNORECASE)


def _source_of_record(doc: Document, references: list[Reference]) -> Optional[Reference]:
    """The reference a data set's record names as its source."""
    if "nguồn" not in doc.raw[:3000] and "gốc" not in doc.raw[:3000]:   # a cheap test first
        return None
    line = _SOURCE_LINE.search(doc.raw, 0, min(len(doc.raw), 3000))   # (on the raw text, whose lines normalising may join)
    if line is None:
        return None
    end = doc.raw.find("\n", line.end())
    end = len(doc.raw) if end < 0 else end
    return next((r for r in references if line.end() <= r.span[0] < end), None)


# The plan text's own issuing line after its bases: "Ủy ban nhân dân huyện Gia Lộc ban hành Kế hoạch như sau:"
_ISSUES_THIS_PLAN = regex.compile(rf"(?:{ISSUER.pattern})(?=\s+(?:xây\s+dựng\s+và\s+)?ban\s+hành\s+Kế\s+hoạch\s+(?:như\s+sau|thực\s+hiện)\b)",
                               regex.VERBOSE | regex.IGNORECASE)
# "ỦY BAN NHÂN DÂN" or "HỘI ĐỒNG NHÂN DÂN" heading a plan text's header.
_BARE_BODY = regex.compile(r"^\s*(?:(?:ỦY|UỶ)\s+BAN|(?P<council>HỘI\s+ĐỒNG))\s+NHÂN\s+DÂN\b", regex.MULTILINE)
# The authority that decides, on its own line above a decision's bases: "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
# "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU", "ỦY BAN NHÂN DÂN TỈNH\nSƠN LA" (a scrape broke the line).
_AUTHORITY_LINE = regex.compile(
    r"""
    ^ [ ]* (?: (?: PHÓ [ ]+ )? CHỦ [ ]+ TỊCH [ ]+ )? (?: ỦY [ ]+ BAN | UỶ [ ]+ BAN | HỘI [ ]+ ĐỒNG ) [ ]+ NHÂN [ ]+ DÂN \s+
    (?P<level> TỈNH | THÀNH [ ]+ PHỐ | HUYỆN | QUẬN | THỊ [ ]+ XÃ | THỊ [ ]+ TRẤN | XÃ | PHƯỜNG | ĐẶC [ ]+ KHU ) \s+
    (?P<place> \p{Lu} [\p{Lu} \-–]*? ) [ ]* $
    """,
    regex.VERBOSE | regex.MULTILINE,
)




# The committee named by its level alone in the plan's own words: "Ủy ban nhân dân tỉnh ban hành Kế hoạch …"
_OWN_LEVEL = regex.compile(r"\b(?:UBND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân)\s+(?P<level>tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)"
                        r"(?!\s*\p{Lu})")


def _issuer_from_date_place(doc: Document, body: str = "UBND") -> Optional[str]:
    """A header that names no place but its date's ("Tuyên Quang, ngày 16 tháng 8 năm 2023"), in a text that calls its
    committee by level alone ("Ủy ban nhân dân tỉnh ban hành Kế hoạch …"): that level's unit of the place, when the
    gazetteer knows one (decrees date a text at the place of its authority, NĐ 30/2020)."""
    name, own = header.date_place(doc), _OWN_LEVEL.search(doc.text)
    if name is None or own is None:
        return None
    level = " ".join(own.group("level").lower().split())
    for place in gazetteer.find_places(f"{level} {name}", on=doc.published):
        if not place.former and place.name == name and place.kind in (level, None):
            return f"{body} {level} {name}"
    return None


def _issuer_from_title(doc: Document, body: str) -> Optional[str]:
    """A header that gives "ỦY BAN NHÂN DÂN" alone: the place from the title ("… TỈNH BẮC NINH …")."""
    for place in gazetteer.find_places(doc.title or "", on=doc.published):
        if place.former:
            continue
        kind = place.kind or ("thành phố" if place.name in gazetteer.CENTRAL_CITIES else "tỉnh")
        return f"{body} {kind} {place.name}"
    return body


_CONCLUSIONS = regex.compile(r"[^.;]{0,40}?\b(?:kết\s+luận|ý\s+kiến\s+chỉ\s+đạo)\b", regex.IGNORECASE)
# A basis opener's own phrase, up to its first comma: "Thực hiện Chương trình … được phê duyệt tại" (held-out 847). _BASIS's
# openers but "Theo" ("Theo đó, UBND tỉnh vừa phê duyệt …" tells of the approval itself) and "Nhằm cụ thể hóa".
_INSIDE_BASIS = regex.compile(rf"[\s\-+*•(]*(?:{_CARRYING_OUT})\b[^,;:]*")
# "… để thực hiện …"; "ban hành Chương trình hành động (số 12-CTr/TU của Tỉnh ủy …) thực hiện Nghị quyết số 71-NQ/TW": what
# the plan issued carries out (held-out 855)
_TO_CARRY_OUT = regex.compile(r"\b(?:(?:để|nhằm)\s+|(?:Kế\s+hoạch|Chương\s+trình|Đề\s+án)\b[^.;:()]{0,100}?\s)(?:thực\s+hiện|triển\s+khai"
                           r"|cụ\s+thể\s+hóa)\b", regex.IGNORECASE)
_JUST_ISSUED = regex.compile(r"[^,;.]{0,200}?\s(?:vừa|mới)\s+(?:được\s+)?ban\s+hành\b", regex.IGNORECASE)
_ATTACHED_TO = regex.compile(r"\(\s*(?:Ban\s+hành\s+)?kèm\s+theo\s+(?:Kế\s+hoạch|Chương\s+trình)\s+(?:số\s*)?$", regex.IGNORECASE)
_BANNER = regex.compile(r"[\s-]*\b(?:TRANG|CỔNG)\s+THÔNG\s+TIN\b")   # "TỈNH ĐOÀN SƠN LA - TRANG THÔNG TIN ĐIỆN TỬ"
_QUOTED = regex.compile(r'(?i:thực\s+hiện|triển\s+khai|căn\s+cứ|theo)\s+(?:Đề\s+án|Chương\s+trình|Chiến\s+lược|Kế\s+hoạch)\s*'
                     r'(?:"[^"\n]{3,200}"|“[^”\n]{3,200}”)')   # the programme carried out, not the one approved
_FOOTNOTE_OPENS = regex.compile(r"\s*(?P<mark>[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(?:Kế\s+hoạch|Chương\s+trình|Đề\s+án)\s+(?:số\s*:?\s*)?$")
_ITS_GOALS_LISTED = regex.compile(r"\bcác\s+(?:chỉ\s+tiêu|mục\s+tiêu)\s+(?:của|tại|theo)\s+(?:Kế\s+hoạch|kế\s+hoạch)\s*(?:này\s*)?,?\s*(?:cụ\s+thể|như\s+sau)\s*:")
_SOURCE_ASIDE = regex.compile(r"\s*\(\s*(?:Theo|Trích|trích)\s+(?:Kế\s+hoạch|Chương\s+trình|Đề\s+án)\s+(?:số\s+)?")   # "(Theo Kế hoạch số …)"
_GOALS_HEADING_ABOVE = regex.compile(r"\b(?:MỤC\s+TIÊU|CHỈ\s+TIÊU|Mục\s+tiêu|Chỉ\s+tiêu)\b[^\n]*\n[^\p{L}\d]*$")
_SOURCE = regex.compile(r"[\W]*(?i:nguồn)\s*:\s*(?:\p{L}+\s+){0,4}?")   # "Nguồn: Kế hoạch số …", "Nguồn: Theo Kế hoạch số …"
# a goal table's caption line that names where its plan column comes from: "(KH năm 2024 theo Nghị quyết số 65/NQ-HĐND …)"
_PLAN_COLUMN_SOURCE = regex.compile(r"\s*\(\s*(?:KH|Kế\s+hoạch|Chỉ\s+tiêu)(?:\s+năm\s+20\d\d)?\s+(?:theo|tại)\s+"
                                 r"(?:Kế\s+hoạch|Nghị\s+quyết|Quyết\s+định|Chương\s+trình)\s+(?:số\s+)?")


def _best_score(doc: Document, ref: Reference, order: int) -> float:
    """``_score`` at the reference's best mention: a forum's quoted "UBND tinh vua ra Ke hoach so 31/KH-UBND …" first, the
    portal's "UBND tỉnh Quảng Ngãi ban hành Kế hoạch số 31/KH-UBND" later."""
    best = _score(doc, ref, order)
    if ref.kind == "Kế hoạch" and (number := ref.ref.split("/", 1)[0]).isdigit() and f" {number} do" in doc.text:
        # "Nhấn mạnh Kế hoạch 285 do UBND tỉnh ban hành ngày 12/5, …": the plan named by its bare number, issued (639)
        if regex.search(rf"\bKế\s+hoạch\s+(?:số\s+)?{number}\s+do\s+[^.;\n]{{1,40}}?\bban\s+hành\b", doc.text,
                        regex.IGNORECASE):
            best = max(best, 3.0 - 0.1 * order)
    if ref.ref in doc.raw[ref.span[1]:]:   # (a cheap test first)
        for m in list(regex.finditer(regex.escape(ref.ref), doc.raw[ref.span[1]:]))[:3]:
            at = ref.span[1] + m.start()
            best = max(best, _score(doc, ref.model_copy(update={"span": (at, at + len(ref.ref))}), order))
    return best


# A clause opener in capitals inside what the text gives as one sentence: a heading joined to the line under it
# ("Nhiệm vụ trọng tâm 3 tháng cuối năm Theo Kế hoạch số …", held-out 831)
_OPENER_INSIDE = regex.compile(rf"(?<=\s|:)(?={_BASIS.pattern})")


def _own_clause(before: str) -> str:
    """What comes before a reference in its own clause: from the last opener in capitals, list marks stripped."""
    last = last_match(_OPENER_INSIDE, before)
    return (before[last.start():] if last is not None else before).lstrip(" -+*•(")


def _score(doc: Document, ref: Reference, order: int) -> float:
    """How likely the article is about this reference's plan.

    "ban hành Kế hoạch số 236/KH-UBND" (+3), "hội nghị triển khai Kế hoạch số 215/KH-UBND",
    "thông qua Nghị quyết số 45/NQ-HĐND" (+2) speak of the plan itself; "Thực hiện Kế hoạch
    số 06/KH-UBND …" or "Căn cứ …" opening the sentence cite a basis (-4).
    """
    pos = doc.norm.to_norm(ref.span[0])
    s_start, s_end = doc.sentence_of(pos)
    before = doc.text[s_start:pos]
    approving = _APPROVED_AT.search(before) is not None   # "vừa phê duyệt Đề án "…" tại Quyết định số 2105/QĐ-UBND"
    # "UBND huyện Thanh Chương vừa có Thông báo số 268/TB-UBND … truyền đạt ý kiến kết luận …": a notice of conclusions
    # the article is about sets the goals as a plan would
    concluding = ref.kind == "Thông báo" and _CONCLUSIONS.match(doc.text, doc.norm.to_norm(ref.span[1])) is not None
    if (ref.kind not in _PLAN_KINDS and not approving and not concluding
            and not _ABOUT_A_PLAN.match(doc.text, doc.norm.to_norm(ref.span[1]))):
        return -10.0  # "Quyết định số 06/QĐ-BCĐTW về kế hoạch …" stands for the plan it issues
    score = 1.0 if ref.kind == "Kế hoạch" else 0.0
    after = doc.text[doc.norm.to_norm(ref.span[1]):s_end]
    verb = last_match(_ISSUING, before, max(0, len(before) - 120))   # "… ban hành (Kế hoạch số …)"
    if _ATTACHED_TO.search(before):
        score += 4   # "ĐỀ CƯƠNG TUYÊN TRUYỀN … (Kèm theo Kế hoạch số 86/KH-UBND …)": the text belongs to that plan
    elif _REPLACED.search(before[-40:]):
        score -= 4   # "Kế hoạch 285 do UBND tỉnh ban hành ngày 12/5, thay thế Kế hoạch số 96/KH-UBND …": the plan replaced (639)
    elif _ISSUED_BY_THAT.match(after) or _JUST_ISSUED.match(after):
        # "Theo Kế hoạch 61/KH-UBND mà UBND tỉnh ban hành hôm 05/3 về …", "Theo Kế hoạch 314/KH-UBND về … năm 2022 mới ban
        # hành, UBND tỉnh …": the plan whose issuing is told
        score += 3
    elif _SOURCE.fullmatch(before):
        score += 3   # "Nguồn: Kế hoạch số 52/KH-UBND …" under an infographic: the plan the page sets out
    elif "(" in before and _PLAN_COLUMN_SOURCE.fullmatch(before, before.rfind("(")):
        score += 3   # "(KH năm 2024 theo Nghị quyết số 65/NQ-HĐND …)" over a report's table: the plan it is measured against (801)
    elif (_SOURCE_ASIDE.fullmatch(before) and _GOALS_HEADING_ABOVE.search(doc.text, max(0, s_start - 200), s_start)
          and doc.text[s_start:s_end].rstrip().endswith(")")):
        # "➤ MỤC TIÊU NĂM 2023 CỦA HUYỆN" over "(Theo Kế hoạch số 86/KH-UBND … năm 2023)": the source of the goals below (710)
        score += 3
    elif (_REPORTED.match(_own_clause(before)) and (_SETS_GOALS.search(after) or _issuer_acts(ref, after))
            and not _ISSUING.search(after)):
        score += 2   # "Theo Kế hoạch số 15/KH-UBND …, huyện phấn đấu …" reports the goals this plan sets
    elif _CARRIED_OUT_BY.search(before[-60:]):
        score += 2   # "công tác khai thác quỹ đất được triển khai theo Kế hoạch số 37/KH-UBND …": the plan carried out
    elif _BASIS_AFTER.search(before[-40:]):
        score -= 4   # "…, trên cơ sở Kế hoạch số 61/KH-UBND của UBND huyện": a basis even after "ban hành"
    elif _PLAN_IMPLEMENTS.search(before[-80:]):
        score -= 4   # "Kế hoạch triển khai Nghị quyết số 06-NQ/TW …": what the plan implements is a basis
    elif approving and not (verb is not None and _INSIDE_BASIS.fullmatch(before, 0, verb.start())):
        score += 3
    elif ((verb is not None
           and not _VERB_OF_ANOTHER.search(before, 0, verb.start())
           # "Kế hoạch được ban hành để thực hiện Quyết định … và (Kế hoạch số 27/KH-UBND …)": what it carries out
           and not _TO_CARRY_OUT.search(before, verb.end())
           # "Kế hoạch được ban hành trên cơ sở Nghị định số 79/2009/NĐ-CP …, (Kế hoạch số 118/KH-UBND …)": its bases
           # (held-out 520)
           and not _ON_THE_BASIS.search(before, verb.end())
           # "Thực hiện Chương trình … được phê duyệt tại (Quyết định số 263/QĐ-TTg …)": the verb inside the opener's own
           # phrase tells of what is carried out (held-out 847; not "Thực hiện …, UBND huyện ban hành (Kế hoạch …)")
           and not _INSIDE_BASIS.fullmatch(before, 0, verb.start()))
          or (_IN_BRACKETS.search(before[-30:]) and _NO_NUMBER_PLAN.search(before))):
        # "… vừa ban hành Kế hoạch phát triển nhà ở xã hội … giai đoạn 2024 - 2025 (Kế hoạch 92/KH-UBND, ký ngày …)":
        # the number of the plan just named, in brackets
        score += 3   # "…, ngày 14/3/2023, UBND huyện Chợ Gạo ban hành Kế hoạch số 62/KH-UBND" even after "Thực hiện …"
    elif _BASIS.match(before.lstrip(" -+*•(")):
        score -= 4
    elif _PASSIVE_ISSUED.search(after, 0, (m.start() if (m := _NEXT_CITED.search(after)) else len(after))):
        score += 3   # "Kế hoạch số 296/KH-UBND ngày 27/12 của UBND tỉnh về … đã được ban hành"
    elif _DOING.search(before[-80:]) and not (verb is not None and _TO_CARRY_OUT.search(before, verb.end())):
        score += 2   # (not what a plan just issued carries out: "ban hành Chương trình hành động thực hiện Nghị quyết …")
    elif ref.kind == "Kế hoạch" and _SENTENCE_OPENER.fullmatch(before) and _PLAN_SETS.search(after):
        score += 3   # "Kế hoạch số 52/KH-UBND ngày 11/3/2025 của UBND tỉnh về … đặt lộ trình …": the plan as the subject
    if (mark := _FOOTNOTE_OPENS.match(before)) is not None and regex.search(
            rf"\b(?:ban\s+hành|đã\s+có|xây\s+dựng)\s+(?:{_PLAN_WORD})\s*{mark.group('mark')}", doc.text):
        # "UBND huyện đã ban hành Kế hoạch² …" and below "Ghi chú: ² Kế hoạch số 214/KH-UBND ngày …": the footnote numbers
        # the plan the text tells of
        score += 3
    if ref.kind == "Kế hoạch" and _ITS_GOALS_LISTED.search(after):
        # "Thực hiện … Kế hoạch số 1068/KH-UBND …, Trưởng Ban Chỉ huy … yêu cầu … thực hiện ngay các chỉ tiêu của Kế hoạch,
        # cụ thể:": a dispatch that lists the plan's goals (held-out 728)
        score += 6
    if doc.title and ref.ref in doc.title.replace(" ", ""):
        score += 2
    if score > 0 and ref.issued and doc.published and ref.issued.startswith(str(doc.published.year)):
        # "UBND tỉnh ban hành Kế hoạch số 05/KH-UBND ngày 09/01/2024 …" reported among last year's results, "Ngày
        # 08/01/2025, UBND tỉnh đã ban hành Kế hoạch số 09/KH-UBND …" in a January 2025 report: the plan of the year
        score += 0.5
    return score - 0.1 * order


def _own_communes_plan(doc: Document, references: list[Reference]) -> Optional[Reference]:
    """"Thực hiện Kế hoạch số 94/KH-UBND … của UBND huyện … và Kế hoạch số 21/KH-UBND … của UBND xã Quỳnh Hưng …, Trạm Y tế
    xã …" on the commune's own page: with no plan issued or reported, the commune's own plan is the one carried out."""
    head = " ".join(doc.raw[:200].split()).lower()
    for ref in references:
        m = ISSUER.match(ref.issuer or "")
        if (ref.kind == "Kế hoạch" and m and m.group("body") and m.group("level") and m.group("name")
                and _LEVELS.get(_SPACES.sub(" ", m.group("level")).lower()) == "xa"
                and f"{m.group('level')} {m.group('name')}".lower() in head):
            return ref
    return None


# An official letter's marks: "V/v giao chỉ tiêu …" under its number, "Kính gửi: …"
_LETTER_MARK = regex.compile(r"^[ \t]*(?:V/v|Về\s+việc)\b|^[ \t]*Kính\s+gửi\s*:", regex.MULTILINE | regex.IGNORECASE)
_CARRIED_OUT = regex.compile(r"\b(?:Thực\s+hiện|Triển\s+khai|Để\s+triển\s+khai)\s+(?:các\s+)?(?:Kế\s+hoạch\s+(?:số\s+)?)?$",
                          regex.IGNORECASE)


def _letters_plan(doc: Document, references: list[Reference]) -> Optional[Reference]:
    """"Thực hiện Kế hoạch số 27/KH-UBND … của UBND tỉnh …, Sở … đề nghị UBND các xã …" in an official letter ("Số: 96/SDTTG-
    CSDT", "V/v …", "Kính gửi: …"): a letter is no plan; the plan it carries out is the one it is about."""
    if _LETTER_MARK.search(doc.text[:1500]) is None:
        return None
    for ref in references:
        at = doc.norm.to_norm(ref.span[0])
        if ref.kind == "Kế hoạch" and _CARRIED_OUT.search(doc.text, max(0, at - 30), at):
            return ref
    return None


# "…, Trạm Chăn nuôi và Thú y huyện thông báo lịch tiêm phòng …": the main clause of a body that passes a plan on
_PASSES_ON = regex.compile(r",\s*[^,;.]{3,80}?\s(?:thông\s+báo|hướng\s+dẫn"
                        r"|ban\s+hành\s+(?:Thông\s+báo|Công\s+văn|Hướng\s+dẫn))\b")   # "…, ngày 02/5/2023 UBND huyện ban hành Thông báo số …"


def _notice_passes_on(doc: Document, references: list[Reference]) -> Optional[Reference]:
    """"Thực hiện Kế hoạch số 58/KH-UBND … của UBND huyện …, Trạm … thông báo lịch …" opening a body's notice: the plan
    the notice passes on is the one it is about (held-out 633), as an official letter's is (``_letters_plan``)."""
    for ref in references:
        at = doc.norm.to_norm(ref.span[0])
        if ref.kind == "Kế hoạch" and _CARRIED_OUT.search(doc.text, max(0, at - 30), at):
            _, s_end = doc.sentence_of(at)
            return ref if _PASSES_ON.search(doc.text, doc.norm.to_norm(ref.span[1]), s_end) is not None else None
    return None


def _issuer_acts(ref: Reference, after: str) -> bool:
    """Whether the main clause after a "Theo …" reference has the reference's own issuer, by its level word, act."""
    m = ISSUER.match(ref.issuer or "")
    if not m or not m.group("level"):
        return False
    own = _LEVELS.get(_SPACES.sub(" ", m.group("level")).lower())
    return any(_LEVELS.get(_SPACES.sub(" ", a.group("level")).lower()) == own for a in _SAME_BODY_ACTS.finditer(after))


def _spoken_of_later(doc: Document, references: list[Reference]) -> Optional[Reference]:
    """A plan first cited as a basis ("Thực hiện Kế hoạch số 86/KH-UBND … của UBND huyện …") that a later sentence opens
    with and sets goals from ("Kế hoạch số 86/KH-UBND cụ thể hóa …. Đến hết năm 2025, huyện phấn đấu: …"): the article's
    plan, told where it is first named."""
    for ref in references:
        if ref.kind != "Kế hoạch":
            continue
        written = doc.raw[ref.span[0]:ref.span[1]]
        at = doc.raw.find(written, ref.span[1])
        while at >= 0:
            pos = doc.norm.to_norm(at)
            s_start, s_end = doc.sentence_of(pos)
            _, next_end = doc.sentence_of(min(len(doc.text) - 1, s_end + 1))
            if _SENTENCE_OPENER.fullmatch(doc.text, s_start, pos) and _GOALS_FOLLOW.search(doc.text, pos, next_end):
                return ref
            at = doc.raw.find(written, at + len(written))
    return None


_ON_THE_BASIS = regex.compile(r"\b(?:trên\s+cơ\s+sở|căn\s+cứ)\b", regex.IGNORECASE)
_GOALS_FOLLOW = regex.compile(r"\b(?:phấn\s+đấu|mục\s+tiêu)\b", regex.IGNORECASE)


def _asked_of_in_title(doc: Document, scored: list) -> Optional[Reference]:
    """A thread or a letter whose title asks of a plan without its number ("[Hỏi] Kế hoạch thể thao quần chúng năm 2025
    của huyện …?") and whose text names one plan with its number, read plainly (neither a basis nor another's): that plan
    (held-out 506)."""
    if not doc.title or _PLAN_IN_TITLE.search(doc.title) is None:
        return None
    plans = [ref for score, _, ref in scored if ref.kind == "Kế hoạch" and score >= 0.9]
    return plans[0] if len(plans) == 1 else None


_PLAN_IN_TITLE = regex.compile(r"\bKế\s+hoạch\b(?!\s+(?:số\s+)?\d)", regex.IGNORECASE)


_GOALS_OF_PLAN = regex.compile(r"\b(?:cuộc\s+họp\s+triển\s+khai|(?:các\s+)?chỉ\s+tiêu\s+(?:tại|của|theo))\s+Kế\s+hoạch\s+số\s+"
                            r"(?P<ref>\d+/KH-[\p{Lu}Đ\d-]+)", regex.IGNORECASE)


def find(doc: Document, references: list[Reference], dates: list[DateMention]) -> Optional[Plan]:
    """The plan ``doc`` is about, or None when it reports none."""
    plan = _from_header(doc) or _from_record(doc)
    if plan is not None and "/TB-" in plan.ref and "kết luận" not in doc.text[:1500].lower():
        # a notice ("Số: 64/TB-THQT") that passes a plan on ("… đã ban hành Kế hoạch số 58/KH-THQT …", "Thực hiện Kế
        # hoạch số 34/KH-UBND … của UBND xã"): the plan is that one; a notice of conclusions sets goals of its own
        plans = [r for r in references if r.symbol and r.symbol.startswith("KH-")]
        # the notice's own body's plan first ("… Kế hoạch số 58/KH-SYT của Sở Y tế …; Kế hoạch số 34/KH-UBND … của UBND
        # xã Si Ma Cai" in the commune's notice), else the plan of the same office, else the last one cited
        own = (next((r for r in plans if r.issuer and r.issuer == plan.issuer), None)
               or next((r for r in plans if r.symbol[3:] == plan.ref.split("/TB-", 1)[1]), None)
               or (plans[-1] if plans else None))
        if own is not None:
            same_body = own.symbol[3:] == plan.ref.split("/TB-", 1)[1]   # "KH-THQT" beside "TB-THQT": the same school
            plan = Plan(ref=own.ref, issuer=own.issuer or (plan.issuer if same_body else None), issued=own.issued)
    elif plan is not None and "/TB-" in plan.ref and (carried := _GOALS_OF_PLAN.search(doc.text)) is not None:
        # a notice of conclusions of a meeting that carries a plan out, its goals that plan's ("cuộc họp triển khai Kế
        # hoạch số 19/KH-UBND …", "Thống nhất các chỉ tiêu tại Kế hoạch số 19/KH-UBND, …, cụ thể:"): the plan is that one
        # (held-out 541; 238's notice sets goals of its own)
        ref = next((r for r in references if r.ref == carried.group("ref")), None)
        if ref is not None:
            plan = Plan(ref=ref.ref, issuer=ref.issuer, issued=ref.issued)
    plan_text = plan is not None
    if plan is not None and (not plan.issuer or not plan.issued) and (
            told := next((r for r in references if r.ref == plan.ref), None)) is not None:
        # a plan's text under the news that tells its issue ("ngày 25/3/2024, UBND xã Tùng Lộc ban hành Kế hoạch số
        # 41/KH-UBND …" over "Số: 41/KH-UBND" with no date line): what the news told completes the header (held-out 777)
        plan.issuer, plan.issued = plan.issuer or told.issuer, plan.issued or told.issued
    anchor = 0
    if plan is None:
        scored = sorted(((_best_score(doc, r, i), i, r) for i, r in enumerate(references)), key=lambda x: (-x[0], x[1]))
        best = _source_of_record(doc, references) or (scored[0][2] if scored and scored[0][0] >= 1.5
                else _spoken_of_later(doc, references) or _own_communes_plan(doc, references) or _asked_of_in_title(doc, scored)
                or _letters_plan(doc, references) or _notice_passes_on(doc, references))
        if best is not None:
            anchor = doc.norm.to_norm(best.span[0])
            s_start, s_end = doc.sentence_of(anchor)
            issuer = (_clean_issuer(best.issuer) or _issuer_in(doc.text, s_start, anchor)
                      or _agent_after(doc.text, doc.norm.to_norm(best.span[1]), s_end)
                      or _subject_after_issuing(doc.text, doc.norm.to_norm(best.span[1]), s_end)
                      or _body_of_symbol(doc.text, best.symbol, anchor)
                      or _institution_named_before(doc, s_start, anchor)
                      or _congress_of(doc, best))
            issued = best.issued or _date_in(doc, dates, s_start, s_end)
            plan = Plan(ref=best.ref, issuer=issuer, issued=issued)
        else:
            plan, anchor = _unnumbered(doc, dates)
            if plan is None:
                return None
    plan.issuer = _complete_issuer(plan.issuer, doc)
    plan.horizon = _horizon(doc, _issue_told(doc, plan.ref, anchor), plan_text=plan_text)
    on = date.fromisoformat(plan.issued) if plan.issued else doc.published
    # The title, the plan's own sentence and the head of the text name the places that matter.
    s_start, s_end = doc.sentence_of(anchor)
    context = " ".join(filter(None, [doc.title, doc.text[s_start:s_end], doc.text[:1200]]))
    loc = _locality(plan.issuer, context, on)
    plan.locality = Locality(**{k: loc.get(k) for k in ("province", "district", "commune", "level")})
    return plan


# "…, bệnh viện đã ban hành Kế hoạch số 09/KH-BVĐK": the institution the article is about, named in full before
_BARE_INSTITUTION = regex.compile(r"\b(?:bệnh\s+viện|trung\s+tâm\s+y\s+tế)\s+(?:(?:đã|vừa|mới)\s+)?(?:ký\s+)?ban\s+hành\s+"
                               r"(?:Kế\s+hoạch|Chương\s+trình|Đề\s+án)", regex.IGNORECASE)


def _institution_named_before(doc: Document, start: int, end: int) -> Optional[str]:
    """The hospital or health centre that a bare "bệnh viện" issuing the plan refers to: the last one the title or the
    text names in full before it."""
    if _BARE_INSTITUTION.search(doc.text, start, end) is None:
        return None
    found = None
    for source, stop in ((doc.title or "", None), (doc.text, end)):
        for m in ISSUER.finditer(source, 0, len(source) if stop is None else stop):
            if m.group("party") and m.group("party").lower().startswith(("bệnh", "trung")):
                found = issuer_name(m)
        if found:
            return found
    return None


_SIGNER = regex.compile(r"^(?:Phó\s+)?Chủ\s+tịch\s+(?=UBND|Ủy\s+ban|HĐND|Hội\s+đồng)", regex.IGNORECASE)


def _clean_issuer(issuer: Optional[str]) -> Optional[str]:
    """"UBND tỉnh Thái Nguyên tổ chức hội nghị …" → "UBND tỉnh Thái Nguyên"; a non-UBND/HĐND issuer as given."""
    if not issuer:
        return None
    # "Chủ tịch UBND tỉnh ký ban hành Kế hoạch …": the chairman signs for the committee, which issues
    issuer = _SIGNER.sub("", issuer)
    m = ISSUER.match(issuer)
    return issuer_name(m) if m and m.group("level") else issuer


def _unnumbered(doc: Document, dates: list[DateMention]) -> tuple[Optional[Plan], int]:
    """"UBND huyện Chợ Lách vừa ban hành kế hoạch …": a plan without a number. The first such
    sentence that names its issuer wins (a headline often names none)."""
    first = None
    for m in _NO_NUMBER_PLAN.finditer(doc.text):
        s_start, s_end = doc.sentence_of(m.start())
        issuer = _issuer_in(doc.text, s_start, m.start())
        if _BASIS.match(doc.text[s_start:m.start()].lstrip(" -+*•(")):
            # "Căn cứ Nghị quyết … của Chính phủ ban hành Kế hoạch …" is a basis, not this plan; but after
            # the basis a clause of its own can issue it: "Theo Kế hoạch số 61/KH-UBND …, UBND xã Hòa Tiến ban hành …"
            clause = doc.text.rfind(",", s_start, m.start())
            issuer = _issuer_in(doc.text, clause + 1, m.start()) if clause >= 0 else None
            if issuer is None:
                continue
            s_start = clause + 1  # the basis's date is not the plan's
        # its date stands before the issuing words ("Ngày 10/5, UBND xã … ban hành kế hoạch"), not after them,
        # where the dates of cited documents stand
        if issuer is None and _BY_VOTE.search(doc.text, s_start, m.start()):
            # "… Đại hội đại biểu Hội Nông dân tỉnh Thái Bình lần thứ XI … đã bế mạc. 300 đại biểu … đã biểu quyết
            # thông qua Nghị quyết Đại hội": the congress the sentence before names
            prev = max(0, doc.text.rfind("\n", 0, s_start))
            issuer = _issuer_in(doc.text, prev, s_start)
            if issuer is not None:
                s_start = prev   # "Chiều 31/8, … Đại hội … đã bế mạc": its date is the vote's
        plan = Plan(ref=None, issuer=issuer, issued=_date_in(doc, dates, s_start, m.end()))
        if issuer:
            return plan, m.start()
        first = first or (plan, m.start())
    return first or (None, 0)


def _locality(issuer: Optional[str], context: str, on: Optional[date]) -> dict:
    """The issuer's locality; the context is read only when the issuer alone does not settle it
    ("UBND tỉnh Đồng Tháp" does, "UBND huyện Châu Thành" does not)."""
    if not issuer:
        return {}
    loc = gazetteer.resolve_locality(issuer, on=on)
    if loc.get("level") == "tinh" and loc.get("province"):
        return loc
    loc = gazetteer.resolve_locality(issuer, context=context, on=on)
    if not any(loc.values()) and issuer.startswith("Trường "):
        # "Trường Tiểu học Quang Trung" under "UBND PHƯỜNG THANH KHÊ" in its header: the school is the council's
        parent = next((issuer_name(m) for m in ISSUER.finditer(context) if m.group("body") and m.group("name")), None)
        if parent is not None:
            loc = gazetteer.resolve_locality(parent, context=context, on=on)
    if issuer.startswith("Trường ") and not loc.get("commune") and (named := _SCHOOL_NAME.match(issuer)) is not None:
        # "Trường THCS Nghĩa Đồng" under "PHÒNG GD&ĐT TÂN KỲ": a school named after its commune is that commune's
        # (held-out 815), when the context places a commune of that name
        own = gazetteer.resolve_locality(f"UBND xã {named.group('name')}", context=context, on=on)
        if own.get("commune") == named.group("name") and (not loc.get("province") or own.get("province") == loc["province"]):
            loc = own
    return loc


_SCHOOL_NAME = regex.compile(
    r"Trường\s+(?:" + "|".join(r"\s+".join(map(regex.escape, k.split())) for k in sorted(header.SCHOOL_KINDS, key=len, reverse=True))
    + r")\s+(?P<name>\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,2})$")   # the kinds as header.py writes them


def _issuer_in(text: str, start: int, end: int) -> Optional[str]:
    """The last issuing body named in ``text[start:end]`` (the sentence before the plan)."""
    found = None
    for m in ISSUER.finditer(text, start, end):
        found = m
    return issuer_name(found) if found else None


_BY_AGENT = regex.compile(r"[^.;]{0,40}?\bđược\s+|(?:[^.;\n]{0,160}?\s)?\s*(?:,\s*)?(?:mà|do)\s+(?=(?:UBND|Ủy\s+ban|HĐND|Hội\s+đồng)\b)|\s*(?:,\s*)?(?:mà|do)\s+",
                       regex.IGNORECASE)   # "… mà UBND tỉnh ban hành", "Kế hoạch số 291/KH-UBND … mà UBND tỉnh ký ban hành"


def _subject_after_issuing(text: str, start: int, end: int) -> Optional[str]:
    """"Theo Kế hoạch 314/KH-UBND về … mới ban hành, UBND tỉnh Gia Lai yêu cầu …": the authority that then acts."""
    told = _JUST_ISSUED.match(text, start, end)
    comma = _COMMA.match(text, told.end(), end) if told is not None else None
    m = ISSUER.match(text, comma.end(), end) if comma is not None else None
    return issuer_name(m) if m is not None and m.group("level") else None


_COMMA = regex.compile(r"\s*,\s*")


def _agent_after(text: str, start: int, end: int) -> Optional[str]:
    """"Nghị quyết số 01-NQ/ĐH được Đại hội đại biểu Đảng bộ xã Bình Hàng Trung … thông qua": the agent of the passive."""
    m = _BY_AGENT.match(text, start, end)
    if m is None:
        return None
    found = ISSUER.match(text, m.end(), end)
    return issuer_name(found) if found else None


def _body_of_symbol(text: str, symbol: Optional[str], end: int) -> Optional[str]:
    """"Kỳ họp thứ Mười HĐND huyện Krông Năng … Kỳ họp đã thông qua … Nghị quyết số 52/NQ-HĐND": the body the symbol
    names (HĐND, UBND), as the text last named it with its place before the plan."""
    body = (symbol or "").rsplit("-", 1)[-1]
    if body not in ("HĐND", "UBND"):
        return None
    found = None
    for m in ISSUER.finditer(text, max(0, end - 1500), end):
        if m.group("body") and m.group("level") and m.group("name") and issuer_name(m).startswith(body):
            found = m
    return issuer_name(found) if found else None


def _date_in(doc: Document, dates: list[DateMention], start: int, end: int) -> Optional[str]:
    for d in dates:
        pos = doc.norm.to_norm(d.span[0])
        if start <= pos < end and not d.value.startswith("--"):
            return d.value
    return None


# An issuer with a level and no name: "UBND tỉnh", "Huyện ủy", "Ban Thường vụ Huyện đoàn" (the Youth Union's).
_BARE_ISSUER = regex.compile(r"(?:UBND|HĐND|Công an|Cục Thuế|Sở [^,;]{1,40}?|Ban Chỉ đạo [^,;]{1,60}?)\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)"
                             r"|(?:Ban Thường vụ )?(Tỉnh|Thành|Huyện) (?:ủy|đoàn)")   # also "Ban Chỉ đạo 389 tỉnh"


_BARE_DEPARTMENT = regex.compile(r"Sở\s+(?-i:\p{Lu})[^,;()]{1,50}")
_CENTRAL_CITIES = frozenset({"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"})


def _complete_issuer(issuer: Optional[str], doc: Document) -> Optional[str]:
    """"UBND tỉnh" → "UBND tỉnh Trà Vinh": the first place of that level in the title, else the text."""
    if not issuer:
        return issuer
    if issuer in ("UBND", "HĐND"):
        # "…/KH-UBND" with no authority named beside it: the committee (or council) the text names in full first
        return next((issuer_name(m) for m in ISSUER.finditer(doc.text)
                     if m.group("body") and issuer_name(m).startswith(issuer + " ") and m.group("name")), issuer)
    m = _BARE_ISSUER.fullmatch(issuer)
    if not m and _BARE_DEPARTMENT.fullmatch(issuer) and not gazetteer.find_places(issuer, on=doc.published):
        # "Sở Y tế" → "Sở Y tế tỉnh Đắk Lắk": a department is the province's
        if (name := _first_place(doc, "tinh")) is not None:
            return f"{issuer} {'thành phố' if name in _CENTRAL_CITIES else 'tỉnh'} {name}"
        return issuer
    if not m:
        return issuer
    level = _LEVELS[m.group(1)] if m.group(1) else ("huyen" if m.group(2) == "Huyện" else "tinh")
    if (name := _first_place(doc, level)) is not None:
        return f"{issuer} {name}"
    # a headline that opens with the place's bare name: "Hải Hậu: Đưa muối sạch trải bạt lên 100 ha …"
    if (named := _TITLE_PLACE.match(doc.title or "")) is not None:
        loc = gazetteer.resolve_locality(f"{issuer} {named.group('name')}", on=doc.published)
        if named.group("name") in (loc.get("district"), loc.get("commune"), loc.get("province")):
            return f"{issuer} {named.group('name')}"
    return issuer


def _first_place(doc: Document, level: str) -> Optional[str]:
    """The name of the first current place of ``level`` the title names, else the text."""
    for source in (doc.title or "", doc.text):
        for place in gazetteer.find_places(source, on=doc.published):
            if place.level == level and not place.former:
                return place.name
    return None


_TITLE_PLACE = regex.compile(r"(?P<name>\p{Lu}[\p{L}\p{M}]*(?:[ ]\p{Lu}[\p{L}\p{M}]*){0,3})[ ]*:")


# "ban hành" right before a mention: the text tells the issue there ("UBND phường … ban hành | Kế hoạch số 27/KH-UBND")
_ISSUING_BEFORE = regex.compile(r"\bban\s+hành\s+(?:\p{L}+\s+){0,2}$", regex.IGNORECASE)


def _issue_told(doc: Document, ref: Optional[str], anchor: int) -> int:
    """Where the text tells the plan's issue ("UBND phường … ban hành Kế hoạch số 27/KH-UBND về … giai đoạn 2026 - 2028"),
    if it names the plan first elsewhere ("Đây là hạng mục năm 2026 của Kế hoạch số 27/KH-UBND"); else ``anchor``."""
    if not ref or _ISSUING_BEFORE.search(doc.text, max(0, anchor - 40), anchor):
        return anchor
    for m in regex.finditer(regex.escape(ref), doc.text):
        start = doc.text.rfind("Kế hoạch", max(0, m.start() - 30), m.start())
        at = start if start >= 0 else m.start()
        if at != anchor and _ISSUING_BEFORE.search(doc.text, max(0, at - 40), at):
            return at
    return anchor


def _horizon(doc: Document, anchor: int, *, plan_text: bool = False) -> Optional[int]:
    """The last year the plan runs to: from its own sentence, else the title, else the text's start. A full plan
    text's title is its own words ("KẾ HOẠCH Thực hiện Chương trình OCOP … năm 2024"); the first sentence of such a
    text runs through its header into the bases it cites ("Căn cứ … giai đoạn 2021-2025"), so the title comes first."""
    s_start, s_end = doc.sentence_of(anchor)
    # the plan's own words: from its mention to a basis it cites ("…, trên cơ sở Quyết định … 2021 - 2025")
    basis = _BASIS_CITED.search(doc.text, anchor, s_end)
    own = doc.text[s_start:basis.start() if basis else s_end]
    # its title after its number first ("Kế hoạch số 09/KH-UBND về … năm 2026, định hướng đến năm 2030"), not the
    # title of a basis before it ("Nhằm triển khai Quyết định … đến năm 2025, định hướng đến năm 2030, … ban hành …")
    titled = doc.text[anchor:basis.start() if basis else s_end]
    order = (doc.title or "", own) if plan_text else (titled, own, doc.title or "")
    # then the lines just over its sentence, a heading a title may be ("… SẢN PHẨM OCOP NĂM 2024" over "Hội nghị triển khai
    # Kế hoạch số 48/KH-UBND …" on a slide), before the text's start, where the bases it cites stand
    heading = doc.text[max(0, s_start - 200):s_start]
    for text in (*order, heading, doc.text[:4000]):
        # (not the period of a programme carried out, named in quotes: "Thực hiện Đề án "Hỗ trợ phụ nữ khởi nghiệp giai
        # đoạn 2026 - 2035" trên địa bàn tỉnh … đến năm 2030")
        years = _years(_QUOTED.sub(" ", text))
        if years:
            return max(years)
    return None


def _years(text: str) -> list[int]:
    out = []
    for m in _HORIZON.finditer(text):
        y = (m.group("y1") or m.group("y2") or m.group("y5") or m.group("y6") or m.group("y7") or m.group("y8")
             or m.group("y9") or m.group("y4") or m.group("y3"))
        out.append(int(y))
    return out


def implied(doc: Document) -> Optional[Plan]:
    """An article that lists goals but names no plan ("Theo UBND tỉnh Thái Nguyên: … Mục tiêu
    của tỉnh đến năm 2025 …"): the plan is the first named authority's, without a number; with no
    authority named, the UBND of the province the title names ("Hà Tĩnh phấn đấu đến 2025 …")."""
    issuer = next((_complete_issuer(issuer_name(m), doc) for m in ISSUER.finditer(doc.text)
                   if (m.group("name") or m.group("pname")) and not _BANNER.search(m.group())
                   # (not a portal's banner: "TỈNH ĐOÀN SƠN LA - TRANG THÔNG TIN ĐIỆN TỬ")
                   and not _BANNER.match(doc.text, m.end())), None)
    if issuer is None:
        issuer = next((f"UBND {p.kind or ('thành phố' if p.name in gazetteer.CENTRAL_CITIES else 'tỉnh')} {p.name}"
                       for p in gazetteer.find_places(doc.title or "", on=doc.published) if not p.former), None)
    if issuer is None:
        return None
    loc = _locality(issuer, " ".join(filter(None, [doc.title, doc.text[:1200]])), doc.published)
    return Plan(ref=None, issuer=issuer, issued=None, horizon=implied_horizon(doc),
                locality=Locality(**{k: loc.get(k) for k in ("province", "district", "commune", "level")}))


def implied_horizon(doc: Document) -> Optional[int]:
    """The horizon of a plan the text does not name: "đến năm 2025" in the title, else in the text."""
    return _horizon(doc, 0)
