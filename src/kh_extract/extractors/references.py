"""Cited legal documents: ``find(doc) -> list[Reference]``.

>>> from kh_extract.document import Document
>>> doc = Document.from_text("Thực hiện Kế hoạch số 06/KH-UBND ngày 11/01/2023 của Uỷ ban nhân dân tỉnh Đồng Tháp về …")
>>> r = find(doc)[0]
>>> r.ref, r.kind, r.issued, r.issuer, doc.raw[r.span[0]:r.span[1]]
('06/KH-UBND', 'Kế hoạch', '2023-01-11', 'UBND tỉnh Đồng Tháp', '06/KH-UBND')

Numbering follows NĐ 30/2020/NĐ-CP and HD 36-HD/VPTW (DOMAIN.md §3):
"{số}/{LOẠI}-{CƠ QUAN}" ("924/QĐ-TTg"), công văn "{số}/{CƠ QUAN}-{ĐƠN VỊ}"
("6638/BNN-VPĐP"), VBQPPL "{số}/{năm}/{LOẠI}-{CƠ QUAN}" ("30/2020/NĐ-CP",
"202/2025/QH15"), Party "{số}-{LOẠI}/{CƠ QUAN}" ("57-NQ/TW"). Word-segmented
text ("26-NQ / TW", "12 / KH-UBND") and a space for the hyphen ("927/QĐ TTg")
are read too; ``ref`` drops the spaces ("26-NQ/TW", "927/QĐ-TTg").

A number alone after a type word and "số" ("Quyết định số 06 của Ban Chỉ
đạo") is listed with ``ref`` = the number and ``symbol`` null (SPEC); such
entries are merged by (kind, number), so "Quyết định số 06" and "Kế hoạch số
06" stay apart.

``issued``: the date written right after the reference ("ngày 11/01/2023",
"ban hành ngày …", after "của …" too), else the date of the sentence that
reports its issuing ("Ngày 24/02/2023, Ủy ban nhân dân huyện Cao Lãnh đã ban
hành Kế hoạch số 37/KH-UBND"), else, for the document's own "Số: 144/KH-UBND",
the header's "Bắc Ninh, ngày 24 tháng 11 năm 2025". ``issuer``: "của …" after
the reference, else the subject before "ban hành", else the header's authority
for "Số: …", else read off the symbol (TTg → Thủ tướng Chính phủ, CP → Chính
phủ, QH15 → Quốc hội).
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources
from typing import Optional

import regex

from .. import gazetteer
from ..models import Reference
from . import dates, header

_CATALOGUE = json.loads(resources.files("kh_extract.catalogue").joinpath("doctypes.json").read_text("utf-8"))
_TYPES: dict[str, str] = _CATALOGUE["types"]
_TYPE_WORDS: dict[str, Optional[str]] = _CATALOGUE["type_words"]
_HEADS = _CATALOGUE["issuer_heads"]

# The reference itself, found from its digits (a scan that starts only at a digit stays fast).
_REF = regex.compile(
    r"""
    (?<! [\w./\-–] )                                     # not inside a URL path or "2021-2025"
    (?<! \d: )                                           # not a standard's year: "QCVN 01-1:2018/BYT"
    (?:
        (?P<pnum> \d{1,5} ) [ ]? [-–] [ ]?               # Party: "57-", "26 -"
        (?P<ptype> \L<types> ) (?! [\p{L}\d] )           # "NQ", "CTr", "KL", "HD"
        [ ]? / [ ]?                                      # "/", " / " in "26-NQ / TW"
        (?P<porg> [A-ZĐ][A-Za-zĐđƯƠĂÂÊÔ0-9&]*            # "TW", "TU", "HU", "VPTW"
                  (?: - [A-ZĐ][A-Za-zĐđƯƠĂÂÊÔ0-9&]* )* ) # "BCS-ĐU"
      |
        (?P<num> \d{1,5} )                               # "06", "0204", "10345"
        (?: [ ]? / [ ]? (?P<year> (?:19|20)\d\d ) )?     # VBQPPL year: "30/2020/…", "202/2025/QH15"
        [ ]? / [ ]?                                      # "/", " / " in "12 / KH-UBND"
        (?P<sym> [A-ZĐ][A-Za-zĐđƯƠĂÂÊÔ0-9&]*             # first part: "KH", "QĐ", "BNN", "UBND", "QH15", "TTg"; "BCĐTƯATTP"
          (?: (?: [-–] (?! [ ] )                         # "-"
                | [ ]? [-–] [ ]?                         # " - " of a segmented text ("12 / KH - UBND"), not after a
                  (?<! [A-ZĐ\d] [-–] [A-ZĐ][A-Za-zĐđƯƠĂÂÊÔ0-9&]* [ ]? [-–] [ ]? )   # whole code: "118/BC-UBND - UBND huyện …"
                | [ ] (?= \L<codes> (?! [\p{L}\d]) ) )   # a space for the hyphen: "927/QĐ TTg"
              [A-ZĐ] (?: (?! (?<= [A-ZĐ]{2} ) [A-ZĐ] \p{Ll}{2} ) [A-Za-zĐđƯƠĂÂÊÔ0-9&] )* )* )   # "UBND", "VPĐP", "CP"; not
                                                         # "UBNDThành Sen, ngày …" (header columns run together)
      |
        (?<= (?i: số ) [ :]{0,4} )                        # a number alone counts only after "số" (the scan skips "100 hộ")
        (?P<bare> \d{1,3} ) (?= [ ]*[,.;:)]? (?:[ \n]|$) )  # "Quyết định số 06 của …" (needs "số"; not "số 2025")
    )
    (?: (?! [\w&/] ) | (?<= [A-ZĐ]{2} ) (?= [A-ZĐ] \p{Ll}{2} ) )   # the whole symbol, not "06/KH-UBNDx", "1/2/"
    """,
    regex.VERBOSE,
    types=list(_TYPES),
    codes=_CATALOGUE["issuer_codes"],
)

# The type word written before the number, looked for backwards from it.
_WORD_BEFORE = regex.compile(
    r"""
    (?<! \w ) (?P<word> (?i: \L<type_words> ) )       # "Kế hoạch", "Quyết định", "KẾ HOẠCH", "Luật"
    (?P<so> [ ]+ (?i: số ) )?                         # "Kế hoạch số", "Luật số"
    [ ]* :? [ ]* $                                    # "Kế hoạch số : 40/KH-UBND"
    """,
    regex.VERBOSE,
    type_words=list(_TYPE_WORDS),
)
# How far back the type word may stand: "Nghị quyết liên tịch số : " is 26 characters.
_WORD_REACH = 32

_SPACED_SEPARATOR = regex.compile(r"[ ]*([/\-–])[ ]*")
_SPACES = regex.compile(r"\s+")
_SYMBOL_PARTS = regex.compile(r"[-/]")
_NATIONAL_ASSEMBLY = regex.compile(r"(?:\L<na>)\d*", na=_CATALOGUE["national_assembly"])
_AUTHORITY_LONG = regex.compile(r"(?i:\L<long>)", long=list(_CATALOGUE["authorities"]))
_AUTHORITY_SHORT = {k.lower(): v for k, v in _CATALOGUE["authorities"].items()}

# An authority: "Thủ tướng Chính phủ", "Ủy ban nhân dân tỉnh Đồng Tháp", "UBND huyện Cao Lãnh",
# "Ban Thường vụ Tỉnh ủy Bắc Ninh", "Bộ Nông nghiệp và Phát triển nông thôn".
_ISSUER = regex.compile(
    r"""
    (?<! \w )
    (?:
        (?P<fixed> \L<fixed> )                               # "Thủ tướng Chính phủ", "Quốc hội", "Bộ Chính trị"
      |
        (?P<phead> \L<place> )                               # "Ủy ban nhân dân", "UBND", "Tỉnh ủy"
        (?: (?: [ ]+ | [ ]* \n [ ]* )                         # "của UBND\ntỉnh Ninh Bình": a wrap after capitals stays
            (?P<level> (?i: \L<levels> ) ) (?! \p{L} ) )?     # "tỉnh", "huyện", "thành phố", "TP."
        (?: [ ]{0,2} (?P<place>                              # "Đồng Tháp", "Cao Lãnh", "Hà Nội", "Bà Rịa - Vũng Tàu" (not across a gap)
              (?! (?: Về | V/v ) (?!\p{L}) )                 # "… Đồng Tháp Về việc": not part of the name
              (?: \p{Lu}\p{L}* | \d+ )                       # "Cao", "phường 3"
              (?: (?: [ ] | [ ]?-[ ]? )                       # (not across a column or a "|": "Cẩm Khê | Thiết kế: …")
                  (?! (?: Về | V/v ) (?!\p{L}) )
                  \p{Lu}\p{L}* )*                            # "Lãnh", "- Vũng Tàu"
              (?: [ ] \d{1,2} (?! [\d/.,%] | [ ]* \p{Ll} ) )? ) )?   # a ward numbered since 2025: "phường Hà Giang 1"
                                                           # (not "… Tân Phú 12 hộ")
      |
        (?P<nhead> \L<named> )                               # "Bộ", "Sở", "Ban Chỉ đạo"
        (?P<name> (?: [ ]+                                   # "Nông nghiệp và Phát triển nông thôn"
              (?! (?: về | ngày | số | đã | vừa | ban | phê | tại | theo | trên | nhằm
                    | để | đến | cho | quy | hướng | thực | giao | việc | tổ | kèm | năm
                    | giai | khóa | khoá | triển [ ] khai | chủ [ ] trì ) (?!\p{L}) )   # words that end the name
              (?! và [ ]+ (?: Quyết | Nghị | Kế | Công (?= [ ] (?: văn | điện ) ) | Thông | Chỉ | Chương | Đề | Luật | Hướng ) [ ] \p{Ll} )   # "… của Bộ Tài
                                                     # chính và Quyết định số …": the next document, not "Bộ … và Đầu tư"
              (?: [\p{L}&]+ | - | \d+ ) ){1,10} )              # "Lao động - Thương binh và Xã hội", "Ban Chỉ đạo 389 tỉnh"
    )
    """,
    regex.VERBOSE,
    fixed=_HEADS["fixed"],
    place=_HEADS["place"],
    named=_HEADS["named"],
    levels=_CATALOGUE["level_words"],
)

# "06/KH-UBND ngày …", "924/QĐ-TTg, ngày …", "(ban hành ngày …)", "được ký ngày …"
_TO_DATE = regex.compile(
    r"""
    [ ,]* (?: \n [ ]* )? \(? [ ]*                         # ", (", " ", a wrap: "Nghị định 98/2020/NĐ-CP\nngày 26/8/2020"
    (?: (?: được | đã ) [ ]+ )?                          # "được ban hành", "đã ký"
    (?: (?: ký [ ]+ )? ban [ ]+ hành [ ]+ | ký [ ]+ | cùng [ ]+    # "ban hành ngày", "ký ngày", "cùng ngày"
      | (?: Quốc [ ]+ hội [ ]+ )? (?: khóa [ ]+ [XVI]+ [ ]+ )? (?: biểu [ ]+ quyết [ ]+ )? thông [ ]+ qua [ ]+ )?   # "(Luật …) được Quốc hội thông qua ngày"
    (?: vào [ ]+ )?                                      # "vào ngày"
    """,
    regex.VERBOSE,
)

# "… của Ủy ban nhân dân tỉnh", "…, của\nThủ tướng Chính phủ" (a wrap before a capital stays a line break)
_OF = regex.compile(
    r"""
    [ ,)]* (?i: của ) [ \n]+                             # "của", ") của"
    """,
    regex.VERBOSE,
)

# The issuing verb after the sentence's subject: "UBND tỉnh vừa ban hành", "HĐND tỉnh đã biểu quyết thông qua"
_ISSUING_VERB = regex.compile(
    r"""
    [ ]* (?: (?: đã | vừa | mới | cũng | chính [ ] thức | đã [ ] chính [ ] thức ) [ ]+ )*   # "đã", "vừa"
    (?: (?: ký [ ]+ )? ban [ ]+ hành                      # "ban hành", "ký ban hành"
      | (?: biểu [ ] quyết [ ] )? thông [ ] qua           # "biểu quyết thông qua" (HĐND resolutions)
      | phê [ ] duyệt                                     # "phê duyệt"
      | xây [ ] dựng                                      # "UBND xã … xây dựng Kế hoạch số 25/KH-UBND" (numbered: made)
      | ký )                                              # "Thủ tướng Chính phủ đã ký Quyết định số 51/2025/QĐ-TTg"
    """,
    regex.VERBOSE,
)

# What may stand between the subject and its verb: "UBND xã Quảng Phú (huyện Quảng Xương, tỉnh Thanh Hóa)
# ban hành", "HĐND tỉnh Phú Thọ khóa XIX đã biểu quyết thông qua".
_SUBJECT_TO_VERB = regex.compile(
    r"""
    [ ,]* (?: \( [^()\n]{0,80} \) [ ,]* )?              # "(huyện Quảng Xương, tỉnh Thanh Hóa)"
    (?: (?i: khóa | khoá ) [ ]+ [IVXLC\d]+ [ ,]* )?        # "khóa XIX"
    $
    """,
    regex.VERBOSE,
)

# "đề xuất của Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 115/TTr-SNN"
_AT_REF = regex.compile(
    r"""
    [ ]+ (?i: tại ) [ ]+ (?i: \L<type_words> ) [ ]* (?: (?i: số ) )? [ ]* :? [ ]* $   # " tại Tờ trình số "
    """,
    regex.VERBOSE,
    type_words=list(_TYPE_WORDS),
)

# An issuer that names its level but not its place: "UBND tỉnh", "HĐND tỉnh", "UBND Thành phố".
_COMMITTEE_LEVEL: dict[str, str] = _CATALOGUE["committee_levels"]  # "Tỉnh ủy" → "tỉnh"
_BARE_LEVEL = regex.compile(r"(?i:[ ](?P<level>\L<levels>))$", levels=_CATALOGUE["level_words"])

# "tỉnh Trà Vinh", "thành phố Hà Nội": a place with its level word, to complete a bare "UBND tỉnh".
_LEVEL_PLACE = regex.compile(
    r"""
    (?<! \w ) (?P<level> (?i: \L<levels> ) ) [ ]{1,2}      # "tỉnh", "thành phố" (not "UBND xã   Lượt xem": a column gap)
    (?P<place> \p{Lu}\p{Ll}* (?! \p{L} )                   # "Trà Vinh", "Bà Rịa"; not "BẮC NINH GIAI ĐOẠN"
               (?: [ ]{1,2} \p{Lu}\p{Ll}* (?! \p{L} ) ){0,3}   # "Lục Nam   Tin": a name, then a menu
               (?: [ ] \d{1,2} (?! [\d/.,] ) )? )               # "phường Hà Giang 2", a ward numbered since 2025
    """,
    regex.VERBOSE,
    levels=_CATALOGUE["level_words"],
)

# "Luật Bảo vệ môi trường số 72/2020/QH14": the law's name stands between "Luật" and "số".
_LAW_BEFORE = regex.compile(
    r"""
    (?<! \w ) Luật (?: ,? [ ]+ [\p{L}\-]+ ){0,10} [ ]+ (?i: số ) [ ]* $   # "Luật Bảo vệ môi trường số ",
                                                                     # "Luật Trật tự, an toàn giao thông đường bộ số "
    """,
    regex.VERBOSE,
)

# What may stand between the issuing verb and the reference: "ban hành Kế hoạch số", "thông qua Nghị quyết số".
_VERB_TO_REF = regex.compile(
    r"""
    [ ]* (?: (?: kèm [ ] theo | các | văn [ ] bản ) [ ]+ )?  # "ban hành kèm theo"
    (?: (?i: \L<type_words> ) (?: [ ]+ \p{Ll}+ ){0,3}? [ ]* (?: (?i: số ) )? [ ]* :? [ ]* )?   # "Kế hoạch số", "Nghị quyết chuyên đề số"
    $
    """,
    regex.VERBOSE,
    type_words=list(_TYPE_WORDS),
)

# The document's own number in a plan's header: "Số: 144/KH-UBND", "Số : 40/KH-UBND".
_OWN_NUMBER = regex.compile(r"(?:^|\n)[ ]*(?i:số)[ ]*:[ ]*$")


def _ref_string(s: str) -> str:
    """ "26-NQ / TW" → "26-NQ/TW", "927/QĐ TTg" → "927/QĐ-TTg", "57–NQ/TW" → "57-NQ/TW"."""
    s = _SPACED_SEPARATOR.sub(r"\1", s).replace("–", "-")
    return _SPACES.sub("-", s)


def _plausible(symbol: str) -> bool:
    """Every part of a symbol is an abbreviation: two characters at least, two capitals or a digit."""
    for part in _SYMBOL_PARTS.split(symbol):
        capitals = sum(1 for c in part if c.isupper())
        if len(part) < 2 or not (capitals >= 2 or (capitals == 1 and any(c.isdigit() for c in part))):
            return False
    return True


def _issuer_text(m: regex.Match) -> str:
    """The issuer as SPEC writes it: "Ủy ban nhân dân tỉnh X" → "UBND tỉnh X"."""
    s = _SPACES.sub(" ", m.group().strip())
    s = _AUTHORITY_LONG.sub(lambda a: _AUTHORITY_SHORT[a.group().lower()], s)
    return gazetteer.without_person(s.rstrip(" ,;."))


_LAW_NAMED_BEFORE = regex.compile(r"\bLuật(?![^;]*\b(?:Nghị\s+quyết|Luật|[Ss]ố\s+\d+/))[^;]*\bsố\s*$")


def _kind(m: regex.Match, word: Optional[str], symbol: Optional[str]) -> Optional[str]:
    if word:
        kind = _TYPE_WORDS.get(word.lower())
        if kind:
            return kind
    if m.group("ptype"):
        return _TYPES.get(m.group("ptype"))
    if symbol:
        first = symbol.split("-")[0]
        if first in _TYPES:
            return _TYPES[first]
        if _NATIONAL_ASSEMBLY.fullmatch(first):
            # "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở số 30/2023/QH15": a law named before its number
            named = _LAW_NAMED_BEFORE.search(m.string, max(0, m.start() - 150), m.start())
            return "Luật" if named else None
        return _CATALOGUE["no_type_kind"]  # "6638/BNN-VPĐP": a công văn has no type abbreviation
    return None


def _symbol_issuer(symbol: Optional[str]) -> Optional[str]:
    if not symbol:
        return None
    last = symbol.split("-")[-1]
    table = _CATALOGUE["symbol_issuers"]
    if last in table:
        return table[last]
    return None


def _issuer_at(text: str, pos: int) -> Optional[regex.Match]:
    m = _ISSUER.match(text, pos)
    return m if m and m.group().strip() else None


_OF_BEFORE = regex.compile(r"\bcủa\s+$")


def _subject_before(doc, start: int, claimed: set[int]) -> tuple[Optional[str], Optional[str]]:
    """(issuer, issued) from "Ngày 24/02/2023, UBND huyện Cao Lãnh đã ban hành Kế hoạch số …"; a date in
    ``claimed`` (written after another reference) is that reference's: "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của
    Chính phủ ban hành Chương trình …, Nghị định 45/2020/NĐ-CP …" gives no date to 45/2020/NĐ-CP."""
    text = doc.text
    s_start, _ = doc.sentence_of(start)
    verb = None
    for v in _ISSUING_VERB.finditer(text, s_start, start):
        if _VERB_TO_REF.match(text, v.end(), start):   # the verb right before this reference, not another's
                                                      # ("Quyết định số 358/QĐ-TTg phê duyệt Đề án …; Chỉ thị số 22/CT-TTg")
            verb = v
    if verb is None:
        return None, None
    issuer = None
    for m in _ISSUER.finditer(text, s_start, verb.start()):
        if _SUBJECT_TO_VERB.match(text, m.end(), verb.start()):
            # "Quyết định số 281/QĐ-TTg ngày 21/4/2023 của Thủ tướng Chính phủ ban hành Kế hoạch … Chỉ thị số 25-CT/TW":
            # the issuer of another reference is no subject of the verb
            issuer = None if _OF_BEFORE.search(text, max(s_start, m.start() - 6), m.start()) and any(
                s_start <= c < m.start() for c in claimed) else _issuer_text(m)
    found = dates.find_between(doc, s_start, verb.start())  # the last date before the verb
    if not found and s_start > 0 and "\n" not in text[max(0, s_start - 2):s_start]:
        # "Chiều 26/12, Kỳ họp thứ Tư … bế mạc …. Kỳ họp đã biểu quyết thông qua Nghị quyết số 27/NQ-HĐND": the
        # paragraph's opening date, the sentence before, is the day of the vote
        p_start, _ = doc.sentence_of(s_start - 2)
        found = [d for d in dates.find_between(doc, p_start, min(s_start, p_start + 24)) if d[1] - p_start <= 12]
    return issuer, (found[-1][0] if found and found[-1][1] not in claimed else None)


def _issuer_before(doc, start: int) -> Optional[str]:
    """ "… của Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 115/TTr-SNN" """
    text = doc.text
    s_start, _ = doc.sentence_of(start)
    for m in _ISSUER.finditer(text, max(s_start, start - 160), start):
        if _AT_REF.match(text, m.end(), start):
            return _issuer_text(m)
    return None


def _complete_place(doc, issuer: Optional[str], title: Optional[str], issued: Optional[str] = None) -> Optional[str]:
    """ "UBND tỉnh" → "UBND tỉnh Trà Vinh" from the first "tỉnh Trà Vinh" in the title, else in the text; the provinces
    are those of the day the document was issued, else of the article's."""
    if not issuer:
        return issuer
    bare = _BARE_LEVEL.search(issuer)
    committee = _COMMITTEE_LEVEL.get(issuer)  # "Tỉnh ủy" alone; "Ban Thường vụ Tỉnh ủy" is left as written
    if bare is None and committee is None:
        return issuer
    level = committee or bare.group("level").lower()
    on = date.fromisoformat(issued) if issued and not issued.startswith("--") else doc.published
    for source in (title or "", doc.text):
        named = [m.group("place") for m in _LEVEL_PLACE.finditer(source) if m.group("level").lower() == level]
        if named:
            # (not a province merged away before the text was written: "tỉnh Thái Bình và tỉnh Hưng Yên hợp nhất thành
            # tỉnh Hưng Yên" in October 2025)
            kept = [n for n in named if level != "tỉnh" or not _merged_away(f"tỉnh {n}", on)]
            if kept or level != "tỉnh":
                return f"{issuer} {(kept or named)[0]}"
            # every province named by level was merged away ("hai tỉnh Long An và Tây Ninh (cũ)" in October 2025): the
            # province it became
            became = next((p.province for p in gazetteer.find_places(f"tỉnh {named[0]}", on=on) if p.province), None)
            if became:
                return f"{issuer} {became}"
        if source and level == "tỉnh":   # a headline that names its province bare: "Hưng Yên ưu tiên trụ sở dôi dư …"
            named = next((p.name for p in gazetteer.find_places(source, on=on) if p.level == "tinh" and not p.former
                          and p.name not in gazetteer.CENTRAL_CITIES), None)
            if named:
                return f"{issuer} {named}"
    return issuer


def _merged_away(place: str, on: Optional[date]) -> bool:
    found = gazetteer.find_places(place, on=on)
    return bool(found) and all(p.former for p in found)


def _full(value: Optional[str]) -> Optional[str]:
    """SPEC: ``issued`` is an ISO date or null; a yearless "ngày 21/9" ("--09-21") without an article date says too little."""
    return None if value is None or value.startswith("--") else value


def find(doc) -> list[Reference]:
    """Every cited document in ``doc``, one entry per distinct ``ref``, at its first mention."""
    text = doc.text
    entries: dict[tuple, dict] = {}
    mentions: list[tuple[int, int, tuple]] = []   # (start, end, key) of every mention, in text order
    claimed: set[int] = set()   # starts of the dates written right after a reference
    own: Optional[tuple[Optional[str], Optional[date]]] = None
    title = doc.title or header.find(doc)[0]
    for m in _REF.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - _WORD_REACH), m.start())
        word = before.group("word") if before else None
        if m.group("bare"):
            if not (before and before.group("so")):
                continue
            start, end = m.span("bare")
            number, year, symbol, ref = m.group("bare"), None, None, m.group("bare")
        elif m.group("pnum"):
            start, end = m.start("pnum"), m.end("porg")
            ref = _ref_string(text[start:end])
            number, year = m.group("pnum"), None
            symbol = ref[len(number) + 1:]
            if not _plausible(symbol):
                continue
        else:
            start, end = m.start("num"), m.end("sym")
            ref = _ref_string(text[start:end])
            number = m.group("num")
            year = int(m.group("year")) if m.group("year") else None
            symbol = _ref_string(m.group("sym"))
            if not _plausible(symbol):
                continue
        kind = _kind(m, word, symbol)
        if kind is None and _LAW_BEFORE.search(text, max(0, start - 90), start):
            kind = "Luật"

        # the date and "của …" written after the reference
        issued = issuer = None
        after = _TO_DATE.match(text, end).end()
        got = dates.parse_date_at(text, after, doc.published)
        tail = got[2] if got else end
        if got:
            issued = _full(got[0])
            claimed.add(got[1])
        of = _OF.match(text, tail)
        if of:
            im = _issuer_at(text, of.end())
            if im:
                issuer = _issuer_text(im)
                if issued is None:
                    got = dates.parse_date_at(text, _TO_DATE.match(text, im.end()).end(), doc.published)
                    issued = _full(got[0]) if got else None
        # "của Sở … tại Tờ trình số …"
        if issuer is None:
            issuer = _issuer_before(doc, start)
        # the sentence that reports the issuing
        if issued is None or issuer is None:
            subj, when = _subject_before(doc, m.start(), claimed)
            issuer = issuer or subj
            issued = issued or _full(when)
        # the document's own number in its header: "Số: 144/KH-UBND"
        if (issued is None or issuer is None) and _OWN_NUMBER.search(text, max(0, m.start() - 12), m.start()):
            if own is None:
                own = (header.issuing_body(doc), header.issue_date(doc))
            issuer = issuer or own[0]
            issued = issued or (own[1].isoformat() if own[1] else None)
        issuer = _complete_place(doc, issuer, title, issued) or _symbol_issuer(symbol)

        key = (ref,) if symbol else ("bare", kind, number)
        mentions.append((start, end, key))
        if key in entries:
            e = entries[key]
            e["issued"] = e["issued"] or issued
            e["issuer"] = e["issuer"] or issuer
            e["kind"] = e["kind"] or kind
            continue
        entries[key] = dict(ref=ref, kind=kind, number=number, year=year, symbol=symbol, issued=issued,
                            issuer=issuer, span=doc.raw_span(start, end))
    _share_dates(text, mentions, entries)
    # "Để Kế hoạch số 112 được triển khai …" after "Kế hoạch số 112/KH-UBND": the short name of one already cited
    full = {(e["kind"], e["number"]) for key, e in entries.items() if key[0] != "bare"}
    return [Reference(**e) for key, e in entries.items() if not (key[0] == "bare" and (e["kind"], e["number"]) in full)]


# What may stand between references of one enumeration: "318/QĐ-TTg, 319/QĐ-TTg", "… và Thông tư số …".
_ENUM_GAP = regex.compile(r"[ ,]*(?:và|,)?[ ]*(?:(?:\p{Lu}\p{Ll}*[ ]+){0,3}số[ ]+)?", regex.IGNORECASE)


def _share_dates(text: str, mentions: list[tuple[int, int, tuple]], entries: dict[tuple, dict]) -> None:
    """"Quyết định số 318/QĐ-TTg, 319/QĐ-TTg, 320/QĐ-TTg cùng ngày 08/3/2022", "Thông tư số 17/2018/TT-BGDĐT và
    Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018": the date after the last of an enumeration dates every one."""
    for (_, e1, k1), (s2, _, k2) in zip(reversed(mentions[:-1]), reversed(mentions[1:])):
        first, second = entries[k1], entries[k2]
        if first["issued"] is None and second["issued"] and first["kind"] == second["kind"]:
            gap = _ENUM_GAP.match(text, e1, s2)
            if gap is not None and gap.end() == s2:
                first["issued"] = second["issued"]
                first["issuer"] = first["issuer"] or second["issuer"]


__all__ = ["find"]
