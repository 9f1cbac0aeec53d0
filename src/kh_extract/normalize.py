"""Normalisation that keeps offsets.

Real pages mix NFD and NFC, old and modern tone placement, "Ð" (U+00D0) for
"Đ", markdown markers and hard line wraps in the middle of sentences. The
extractors read one clean text; every offset they find is mapped back to the
raw input through :class:`Normalized`.

Rules, in one pass over the text:

* NFC: a letter followed by combining marks is composed ("hoa" + U+0300).
* Modern tone placement (SPEC): "hoà" → "hòa", "Uỷ" → "Ủy", "thuỷ" → "thủy",
  "xoá" → "xóa", "khoẻ" → "khỏe", only when the pair ends the syllable
  ("hoàng", "quý" keep theirs).
* "Ð"/"ð" (Icelandic eth) → "Đ"/"đ": "58/2025/NÐ-CP".
* The press's "tỉ" → "tỷ" before "lệ", "trọng", "suất", "số", "đồng", "USD": "tỉ lệ hộ nghèo", "5 tỉ đồng".
* Markdown emphasis ``**``/``__``/stray ``*`` and table pipes become spaces;
  zero-width characters and soft hyphens are dropped; NBSP and tabs → space; an HTML entity a scrape left as
  text ("&nbsp;", "&quot;", "&#39;") becomes its character.
* A hard line wrap inside a sentence ("Kế hoạch số\\n17/KH-UBND", "ngày
  24\\ntháng 11") becomes a space; a line break after a full stop, a colon, a
  heading (also one in capitals ending in a year) or before a list marker stays.
* A document code cut at its hyphen ("08/2022/NĐ-\\nCP") and a word a PDF cut
  at a line's end ("sả-\\nn lượng") are joined; a PDF's
  page footers ("Trang 2/6") and the running header repeated after them are
  dropped, so sentences run on across pages.
* A line typed without diacritics ("Ke hoach so 58/KH-UBND ngay 14/3/2025")
  gets the accents of the document words the extractors read back, letter for
  letter (catalogue/unaccented.json), so offsets stay.

Same-length substitutions keep offsets as they are; only composition and
deletion change lengths, and those are recorded as anchors.

>>> n = normalize("Uỷ ban nhân dân")
>>> n.text
'Ủy ban nhân dân'
>>> n = normalize("ho\\u0061\\u0300 thành")   # NFD "hoà"
>>> n.text, n.span(0, 3)
('hòa thành', (0, 4))
"""

from __future__ import annotations

import html
import json
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import regex

# Vowels carrying a tone in old placement → (modern first vowel, second vowel).
# "oà" → "òa": the tone moves from the second vowel to the first.
_TONES = {
    "\u0300": "àèìòùỳ",  # huyền
    "\u0301": "áéíóúý",  # sắc
    "\u0309": "ảẻỉỏủỷ",  # hỏi
    "\u0303": "ãẽĩõũỹ",  # ngã
    "\u0323": "ạẹịọụỵ",  # nặng
}
_OLD_TONE: dict[str, str] = {}
for _mark, _letters in _TONES.items():
    for _base, _toned in zip("aeiouy", _letters):
        for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
            if _base != second:
                continue
            new_first = unicodedata.normalize("NFC", first + _mark)
            for f, s, nf in (
                (first, _toned, new_first),
                (first.upper(), _toned, new_first.upper()),
                (first.upper(), _toned.upper(), new_first.upper()),
            ):
                _OLD_TONE[f + s] = nf + (second if s.islower() else second.upper())

# The alternatives each begin with a plain character class, so the scan is fast; the NFD branch
# (which must look at every letter) is used only for text that is not NFC already.
_RULES_WITH_FIGURE = r"""
    (?P<eth> [Ðð] )                               # Icelandic eth for Đ: "58/2025/NÐ-CP"
  | (?P<ti> [tT]ỉ (?<! \p{L} [tT]ỉ ) (?= [ ]+ (?: lệ | trọng | suất | số | đồng | USD ) (?! \p{L} ) ) )   # "tỉ lệ", "5 tỉ đồng"
  | (?P<md> \*+ | _{2,} | \| )                    # markdown emphasis "**bold**", "__x__", table pipes
  | (?P<blank> (?: …{2,} | \.{2,} ) (?= BLANKED (?: …{2,} | \.{2,} ) )   # a form's filled field: "……1.200…… m2",
  | (?<= (?: …{2,} | \.{2,} ) BLANKED ) (?: …{2,} | \.{2,} ) )             # "..01/12/2025..", "……300 - 350…… hộ"
  | (?P<drop> [\u200b\u200c\u200d\u2060\ufeff\u00ad] )   # zero-width characters, soft hyphen
  | (?P<space> [\u00a0\t\r\u2007\u202f] )          # NBSP, tab, CR
  | (?P<entity> ENTITY )                         # a scrape's "&nbsp;", "&quot;", "&#7871;"
  | (?P<escape> \\ [nrt"'] )                        # a body copied from a CMS or an API field: a literal "\n", an
                                                 # escaped quote "\"4 tại chỗ\""
  | (?P<tag> <!\[CDATA\[ | \]\]> | </? [A-Za-z][A-Za-z0-9]{0,10} (?: \s+ [^<>\n]{0,300} )? /? > )   # markup left in a scrape or
                                                 # a feed: "<p>", "<br>", "<img src=… />", "<![CDATA[ … ]]>"
  | (?P<codewrap> \n (?<= \d / [\p{L}\d/.]* [\p{L}\d] - \n ) [ ]* (?= \p{Lu}{2} ) )   # "Nghị định số 08/2022/NĐ-\nCP": a code cut at its hyphen
                                                 # (its type in mixed case too: "Tờ trình số 215/TTr-\nSNN", held-out 846)
  | (?P<unitwrap> \n (?<= \p{Ll} [ ]* \n ) [ ]* (?= / [ ]* \p{Ll} ) )   # a PDF's "25 triệu đồng\n/ha/vụ": a unit cut at its slash
  | (?P<hyphwrap> - \n [ ]* (?<= \p{Ll} - \n [ ]* ) (?= \p{Ll} ) )   # a PDF's "sả-\nn lượng", "Chương trì-\nnh": a word cut at a line's end
  | (?P<sqopen> \[ (?= BASELINE \] ) )                # "[năm 2025: 46,9‰]": a
  | (?P<sqclose> \] (?<= \[ BASELINE \] ) )            # baseline in
                                                 # square brackets reads as one in round ones (held-out 523)
  | (?P<quote> > (?<= (?: ^ | \n ) [ ]* > ) [ ]? (?: > [ ]? )* (?= [^\d\s>=<] ) )   # an e-mail's quoted line "> Tỷ lệ người cao tuổi …"
                                                 # (not "> 90%", a bound at a line's start)
  | (?P<restated> [-–] (?<= \d [^\n\d]{0,24} [ ] [-–] ) [ ]+   # a figure restated in words, as a broadcast reads it out:
      (?: SPELLED [ ]+ phần [ ]+ trăm [ ]+ [-–] (?= [ ] )       # "80% - tám mươi phần trăm - số hộ",
        | tức [ ]+ là [ ]+ SPELLED (?: [ ]+ \p{Ll}+ ){0,4} (?= [ ]* [;,.\n] ) ) )   # "21 tấn/ngày - tức là hai mươi mốt tấn
                                                 # mỗi ngày;": the words go, the figure stays (held-out 533)
  | (?P<datewrap> \n (?<= \b (?: đến | tới | từ | ngày | trước | sau | hạn ) [ ]* \n ) (?= [ ]* \d{1,2} [/.\-] \d{1,2} \b ) )
                                                 # "(từ ngày 01/6 đến\n31/8/2024)": a date the line's last word asks for
  | (?P<citewrap> \n (?<= \p{Ll} [ ]* \n ) (?= [ ]* (?: Kế [ ]+ hoạch | Quyết [ ]+ định | Nghị [ ]+ quyết | Chỉ [ ]+ thị
                                                | Thông [ ]+ tư | Nghị [ ]+ định | Công [ ]+ văn ) [ ]+ (?: số [ ]* )? \d ) )
                                                 # a short-lined post's "UBND xã đã ban hành\nKế hoạch số 58/KH-UBND": the
                                                 # citation runs on from the words before it (held-out 493)
  | (?P<codedate> \n (?<= \d / [\p{Lu}\d/.\-]* \p{Lu} [ ]* \n ) (?= [ ]* (?: ngày [ ]+ \d | (?: về | của ) [ ]+ \p{L} ) ) )
                                                 # "… Kế hoạch số 41/KH-UBND\nngày 20/02/2026", "… 58/KH-UBND\nvề cấp nước …"
  | (?P<figwrap> \n (?<= (?: ^ | \n ) [ ]* FIGURE [ ]* \n ) (?= [ ]* \p{Ll} ) )   # an infographic's "85%\nphụ phẩm …": the figure's label
  | (?P<wrap> \n (?<= [\p{Ll},\d%)-] [ ]* \n ) (?<= \p{Ll} [^\n]* \n )   # (not after a heading in capitals: "II. MỤC TIÊU ĐẾN NĂM 2025\n";
    (?<! [.…]{4} [^\n]{0,20} \n ) (?! [^\n]{0,200}? [.…]{4} [ ]* [≥≤<>]? [ ]* \d )   # (nor around a dot-leader line "Chợ … ........ 100")
    (?! [ ]* (?: Năm [ ]+ )? 20\d\d [ ]* : [^\n]{1,80}? (?: → | -> ) )   # (nor before "Năm 2025: 41 chợ → Năm 2026: 75 chợ")
    (?! [^\n]* \| [^\n]* \| )                                        # (nor before a table's row: "| Chỉ tiêu\n 1  | Lực lượng … |")
                                                                  # "… thâm canh (VA06, Mombasa, Ruzi)\nđạt 150 ha", "đạt trên 90%\ntổng đàn")
    (?= [ ]* (?: [\p{Ll}\d] | \( (?! \p{Lu}{1,8} \) ) ) )   # "số\n17/KH-UBND", not "\n(BĐ) -"
    (?! [ ]* FIGURE [ ]* (?: \n | $ ) ) )   # nor before an infographic's figure on a line of its own ("…\n37\ntrang trại …")
    (?! [ ]* (?: \d{1,2} [/:.\-] \d | \( [ ]* \d | \( [^)\n]{1,25} \) [ ]* [-–]   # nor before a date or time line, "(15/03/2024)", "(Chinhphu.vn) -",
               | \d{1,2} [ ]+ tháng [ ]+ \d{1,2} , [ ]* \d{4}                        # a post's "18 tháng 2, 2025 · 🌏",
               | [a-zđ] \) [ ]                                                   # nor before a lettered list item "a) 100% …",
               | o [ ]+ [\p{Lu}\d]                                               # a Word sub-bullet "o Mầm non 100% …" (649),
               | \d{1,2} [.)] [ ]+ \p{Lu} | \d \ufe0f? \u20e3                   # a numbered one "2. Chụp …", a keycap "2️⃣ …",
               | \d{1,2} \) [ ]+ \d                                           # a figure-led one "2) 03 hồ điều tiết …",
               | (?: url | link | source | author | date | published (?: _at )? | updated (?: _at )? | section | category
                   | tags | description ) [ ]* : )                           # a scraper's front matter "title: …\nurl: …"
      | (?<= \d [ ]* \n ) [ ]* \d )                                         # nor between two lines of figures
"""
# A figure alone on its line, as infographics set them: "85%", "Không dưới 90%", "4.200 tấn", "ít nhất 01 mô hình"
_FIGURE = (r"(?: (?i: không [ ]+ dưới | không [ ]+ quá | tối [ ]+ thiểu | tối [ ]+ đa | ít [ ]+ nhất | trên | dưới | giảm | tăng"
           r" | khoảng | hơn ) [ ]+ )?"
           r"\d[\d.,]* (?: [ ]* [-–] [ ]* \d[\d.,]* )? [ ]* (?: % | [\p{Ll}/²³]+ (?: [ ] [\p{Ll}/²³]+ ){0,3} )?")
# An HTML entity left in plain text (the reader unescapes these too, and says so in a warning)
ENTITY = r"""
    & (?: [A-Za-z][A-Za-z0-9]{1,31}    # named: "&ocirc;" in "n&ocirc;ng th&ocirc;n", "&nbsp;"
        | \#[0-9]{1,7}                 # decimal: "&#7871;" for "ế"
        | \#[xX][0-9A-Fa-f]{1,6}       # hexadecimal: "&#x1EBF;"
        ) ;
"""
# What a form's field holds between its dotted leaders: a number, a range or a date
_BLANKED = r"[ ]* \d [\d.,/]* (?: [ ]* [-–] [ ]* \d [\d.,/]* )? [ ]*"
# What a baseline in square brackets holds: "năm 2025: 46,9‰", "kết quả năm 2024: 11,4%"
_BASELINE = r"[ ]* (?i: năm [ ]+ 20\d\d | kết [ ]+ quả | thực [ ]+ hiện ) [^\[\]\n]{0,160}"
# A number in words: "tám mươi", "hai mươi mốt", "hai nghìn năm trăm"
_SPELLED = (r"(?: một | hai | ba | bốn | tư | năm | lăm | sáu | bảy | bẩy | tám | chín | mười | mươi | mốt | trăm | nghìn | ngàn"
            r" | triệu | linh | lẻ | rưỡi ) (?: [ ]+ (?: một | hai | ba | bốn | tư | năm | lăm | sáu | bảy | bẩy | tám | chín | mười"
            r" | mươi | mốt | trăm | nghìn | ngàn | triệu | linh | lẻ | rưỡi ) ){0,7}")
_RULES = (_RULES_WITH_FIGURE.replace("FIGURE", _FIGURE).replace("ENTITY", ENTITY).replace("BLANKED", _BLANKED)
          .replace("BASELINE", _BASELINE).replace("SPELLED", _SPELLED))
_NFD_RULE = r"""
    (?P<nfd> \P{M}\p{M}+ )                        # a base letter with combining marks (NFD)
  |"""
# A fanpage's "mathematical bold" letters and digits with their accents: "𝐌𝐔̣𝐂 𝐓𝐈𝐄̂𝐔" → "MỤC TIÊU", "𝟗𝟎%" → "90%" (a rule
# of its own, used only for a text that has such letters: its class of astral characters would slow every scan)
_MATH_RULE = r"""
    (?P<math> [\U0001D400-\U0001D7FF] \p{M}* )
  |"""
_MATH_FIRST = "\U0001D400"
# In a text wrapped at a fixed width, a wrap may also fall before a capital ("tại thôn Tân Phú, xã\n
# Hiệp Thạnh"): join unless the next line opens a list item or a heading.
_WRAPPED = (
    r"(?= [ ]* (?: [\p{Ll}\d] | \( (?! \p{Lu}{1,8} \) ) ) )",
    r"(?= [ ]* (?! [-+•*] | \d+[.)] | [a-zđ]\) | [IVX]+\. | Điều\s | Nơi\s+nhận | Số\s*: | \p{Lu}{2}"
    r" | \p{Lu}{1,4} [-.]? \d+ [\d.]* [.)]? [ ]"   # (nor a coded item: "C2. Số công trình …", "KPI-01 …",
    r" | \p{Lu} [^\n:;,.]{2,80} : [ ]* (?: [≥≤<>] | \d | (?i: dưới | trên | tối | ít | không | giảm | tăng | từ ) ) )"   # nor a
    r" [\p{L}\d(] )",   # labelled figure: "Sàng lọc trước sinh: 75% bà mẹ mang thai", "Cơ sở: 61,8%")
)
_PATTERNS = {
    (nfd, wrapped, math): regex.compile(
        (_MATH_RULE if math else "") + (_NFD_RULE if nfd else "") + (_RULES.replace(*_WRAPPED) if wrapped else _RULES),
        regex.VERBOSE,
    )
    for nfd in (False, True)
    for wrapped in (False, True)
    for math in (False, True)
}


def _hard_wrapped(raw: str) -> bool:
    """Whether ``raw`` reads as wrapped at a fixed width: many long lines ending mid-sentence."""
    lines = [ln.rstrip() for ln in raw.split("\n") if ln.strip()]
    if len(lines) < 8:
        return False
    wrapped = sum(1 for ln in lines if 55 <= len(ln) <= 100 and ln[-1] not in ".;:!?")
    return wrapped >= 0.25 * len(lines)


@dataclass
class Normalized:
    """Normalised text with a map back to the raw text."""

    raw: str
    text: str
    # Anchors: at normalised offset _norm[k] the raw offset is _raw[k]; between
    # anchors both advance together.
    _norm: list[int] = field(default_factory=lambda: [0])
    _raw: list[int] = field(default_factory=lambda: [0])

    def to_raw(self, i: int) -> int:
        """Raw offset of normalised offset ``i``."""
        k = bisect_right(self._norm, i) - 1
        pos = self._raw[k] + (i - self._norm[k])
        if k + 1 < len(self._raw):
            pos = min(pos, self._raw[k + 1])
        return pos

    def to_norm(self, raw_pos: int) -> int:
        """Normalised offset of raw offset ``raw_pos`` (inverse of :meth:`to_raw`)."""
        k = bisect_right(self._raw, raw_pos) - 1
        pos = self._norm[k] + (raw_pos - self._raw[k])
        if k + 1 < len(self._norm):
            pos = min(pos, self._norm[k + 1])
        return pos

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``[start, end)`` of a normalised span."""
        return self.to_raw(start), self.to_raw(end)


def _compose(s: str) -> str:
    out = unicodedata.normalize("NFC", s)
    return out.replace("Ð", "Đ").replace("ð", "đ")


def normalize(raw: str) -> Normalized:
    """Normalise ``raw`` for extraction; see the module docstring for the rules."""
    pieces: list[str] = []
    norm_anchor, raw_anchor = [0], [0]
    last = 0  # raw offset copied up to
    out_len = 0
    nfd = not unicodedata.is_normalized("NFC", raw)
    pattern = _PATTERNS[nfd, "\n" in raw and _hard_wrapped(raw), bool(raw) and max(raw) >= _MATH_FIRST]
    for start, end, rep in _edits(pattern, raw):
        pieces.append(raw[last:start])
        out_len += start - last
        pieces.append(rep)
        if len(rep) != end - start:
            norm_anchor.append(out_len)
            raw_anchor.append(start)
            out_len += len(rep)
            norm_anchor.append(out_len)
            raw_anchor.append(end)
        else:
            out_len += len(rep)
        last = end
    pieces.append(raw[last:])
    text = "".join(pieces)
    # Tone placement last, on composed text, so NFD input is covered too; the
    # pairs keep their length, so the anchors stay valid.
    text = _OLD_TONE_RE.sub(lambda m: _OLD_TONE.get(m.group(), m.group()), text)
    text = _restore_accents(text)
    return Normalized(raw=raw, text=text, _norm=norm_anchor, _raw=raw_anchor)


@lru_cache(maxsize=1)
def _unaccented() -> tuple:
    """(pattern of the words, accented forms, pattern of the signs) from catalogue/unaccented.json."""
    data = json.loads(resources.files("kh_extract.catalogue").joinpath("unaccented.json").read_text(encoding="utf-8"))
    forms = {**data["words"], **data["before_number"]}
    words = sorted(data["words"], key=len, reverse=True)
    pattern = regex.compile(
        r"(?<!\p{L})(?:" + "|".join(regex.escape(w).replace(r"\ ", r"[ ]") for w in words) + r")(?!\p{L})"
        + "|" + r"(?<!\p{L})(?:" + "|".join(map(regex.escape, data["before_number"])) + r")(?=[ ]+\d)",
        regex.IGNORECASE)
    signs = regex.compile(r"(?<!\p{L})(?:" + "|".join(map(regex.escape, data["signs"])) + r")(?!\p{L})", regex.IGNORECASE)
    return pattern, forms, signs


# A letter only Vietnamese writes (a vowel with a diacritic, "đ"): a line without one was typed unaccented, or is English
ACCENTED = regex.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", regex.IGNORECASE)
_LINE = regex.compile(r"[^\n]+")


def _restore_accents(text: str) -> str:
    """A line typed without diacritics ("Phan dau nam 2024 mo mat mien phi cho 500 nguoi ngheo", "Ke hoach so 58/KH-UBND
    ngay 14/3/2025"): the document words the extractors read get their accents back, letter for letter."""
    pattern, forms, signs = _unaccented()
    pieces, last = [], 0
    for line in _LINE.finditer(text):
        body = line.group()
        if len(body) < 20 or ACCENTED.search(body) or len(signs.findall(body)) < 2:
            continue
        pieces.append(text[last:line.start()])
        pieces.append(pattern.sub(lambda m: _same_case(forms[m.group().lower()], m.group()), body))
        last = line.end()
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _same_case(form: str, written: str) -> str:
    """``form`` in the case ``written`` has: "Ke hoach" → "Kế hoạch", "NGAY" → "NGÀY"."""
    if written.isupper():
        return form.upper()
    return "".join(f.upper() if w.isupper() else f for f, w in zip(form, written))


def _edits(pattern, raw: str):
    """(start, end, replacement) of each rule's match in ``raw``, in order; a PDF's page furniture goes whole."""
    furniture = _page_furniture(raw) if "\n" in raw else []
    k = 0
    for m in pattern.finditer(raw):
        while k < len(furniture) and furniture[k][1] <= m.start():
            yield furniture[k][0], furniture[k][1], _across(pattern, raw, *furniture[k])
            k += 1
        if k < len(furniture) and furniture[k][0] < m.end():
            continue   # inside a page's footer or running header
        yield m.start(), m.end(), _replacement(m.lastgroup, m.group())
    for start, end in furniture[k:]:
        yield start, end, _across(pattern, raw, start, end)


def _across(pattern, raw: str, start: int, end: int) -> str:
    """What the line breaks around a page's furniture (``raw[start:end]``, from the break before it to the break after
    it) become: the break the lines on either side would make without it — a space inside a sentence, none inside a
    code, a line break after a full stop."""
    before = raw[raw.rfind("\n", 0, start) + 1:start]
    after_end = raw.find("\n", end)
    joined = before + "\n" + raw[end:len(raw) if after_end < 0 else after_end]
    m = pattern.match(joined, len(before))
    if m is None or m.lastgroup not in ("wrap", "figwrap", "codewrap", "citewrap", "codedate", "datewrap"):
        return "\n"
    return "" if m.lastgroup == "codewrap" else " "


def _replacement(kind: str, s: str) -> str:
    if kind == "nfd":
        return _compose(s)
    if kind == "math":
        return unicodedata.normalize("NFC", unicodedata.normalize("NFKC", s[0]) + s[1:])
    if kind == "eth":
        return "Đ" if s == "Ð" else "đ"
    if kind == "ti":
        return s[0] + "ỷ"   # the press's spelling of "tỷ"
    if kind in ("md", "space", "wrap", "figwrap", "blank", "citewrap", "codedate", "quote", "restated", "datewrap"):
        return " " * len(s)
    if kind == "tag":
        # "…<br>…", "…</p><p>…": a break or a block ends its line (a page whose paragraphs a CMS joined with "<br>" text)
        return "\n" if _BLOCK_TAG.match(s) else " "
    if kind in ("sqopen", "sqclose"):
        return "(" if kind == "sqopen" else ")"
    if kind == "escape":
        return {"n": "\n", "r": "", "t": " "}.get(s[1], s[1])
    if kind == "entity":
        out = html.unescape(s)
        return " " if out.isspace() else out   # "5.800&nbsp;căn" → "5.800 căn"
    return ""  # drop, codewrap


_BLOCK_TAG = regex.compile(r"</?(?:br|p|div|li|h[1-6]|tr)\b", regex.IGNORECASE)


# A PDF's page footer on a line of its own: "Trang 2/6", "Trang 2 trên 6", "Page 2 of 6"
_PAGE_FOOTER = regex.compile(r"\n[ \t]*(?:Trang|Page)[ \t]+\d{1,3}[ \t]*(?:/|trên|of)[ \t]*\d{1,3}[ \t]*(?=\n|$)",
                             regex.IGNORECASE)


_BLANK_LINE = regex.compile(r"[ \t]*\n")


def _page_furniture(raw: str) -> list[tuple[int, int]]:
    """Spans of a PDF's page footers ("Trang 2/6") with the running header or footer line repeated beside them (the same
    line next to two footers or more, before or after, blank lines between), each from the line break before it to the
    one after it: the text runs its sentences across them."""
    footers = list(_PAGE_FOOTER.finditer(raw))
    if len(footers) < 2:
        return []
    near = [(_line_beside(raw, m.start(), -1), _line_beside(raw, m.end(), 1)) for m in footers]
    lines = [line for pair in near for _, _, line in pair if line]
    repeated = {line for line in lines if lines.count(line) >= 2}
    spans = []
    for m, (before, after) in zip(footers, near):
        # (the blank lines above a footer go with it: "… không dưới\n\n   Trang 2/3\n<header>\n40%.")
        start = before[0] if before[2] in repeated else len(raw[:m.start()].rstrip(" \t\n"))
        end = after[1] if after[2] in repeated else m.end()
        end = end + 1 if raw.startswith("\n", end) else end   # the break after it goes too
        while (blank := _BLANK_LINE.match(raw, end)) is not None and blank.end() < len(raw):
            end = blank.end()   # and the blank lines under it ("…<header>\n\nkhông dưới 55%.", held-out 485)
        spans.append((start, end))
    return spans


def _line_beside(raw: str, at: int, step: int) -> tuple[int, int, str]:
    """The first line that is not blank before (``step`` -1, ``at`` a line break) or after (``step`` 1, ``at`` a line's
    end) a footer: (the line break before it, its end, its text stripped), blank lines before or after it included."""
    if step < 0:
        end = at
        while True:
            start = raw.rfind("\n", 0, end)
            if start < 0:
                return at, at, ""
            if raw[start + 1:end].strip():
                line = raw[start + 1:end].strip()
                while (prev := raw.rfind("\n", 0, start)) >= 0 and not raw[prev + 1:start].strip():
                    start = prev   # the blank lines above it go with it
                return start, at, line
            end = start
    start = at
    while True:
        if not raw.startswith("\n", start):
            return at, at, ""
        end = raw.find("\n", start + 1)
        end = len(raw) if end < 0 else end
        if raw[start + 1:end].strip():
            return at, end, raw[start + 1:end].strip()
        start = end


_OLD_TONE_RE = regex.compile(
    r"""
    (?: [oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]                  # hoà, xoá, hoạ, khoẻ
      | [uU][ỳýỷỹỵỲÝỶỸỴ] )                         # Uỷ, thuỷ, tuý
    (?<! [qQ].. )                                  # "quý", "quỷ": the u belongs to qu-
    (?! \p{L} )                                    # only at the end of the syllable: "hoàng" stays
    """,
    regex.VERBOSE,
)
