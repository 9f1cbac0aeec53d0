"""Turning bytes and files into text records that ``extract`` can read.

One input document becomes one :class:`SourceDoc`: its text (or an error), the
hints an HTML page or a JSON Lines record gives (title, date, url), and
warnings naming what could not be read cleanly. Nothing that was read is lost:
a file that cannot be read still gives a record, with ``error`` set.

Decoding rule, in this order:

1. A UTF-8 byte order mark is stripped and the rest read as UTF-8.
2. A UTF-16 byte order mark (LE or BE) → UTF-16.
3. NUL bytes, or more than 10% control bytes in the first 8 KB → error
   ``binary`` (nothing is extracted).
4. Strict UTF-8. When it fails, the candidates UTF-8-with-replacement, cp1258,
   TCVN3 (ABC) and VNI are each scored by how many of their accented words are
   frequent Vietnamese syllables ("của", "được", "tỉnh"); cp1258, TCVN3 or VNI
   is taken only when it reads as Vietnamese clearly better than UTF-8 with
   replacement characters ("Kế hoạch" sent as cp1258 bytes, "KÕ ho¹ch" as
   TCVN3 bytes, "Keá hoaïch" as VNI bytes). Otherwise UTF-8 with U+FFFD and a
   warning naming the number of bad bytes.
5. Text that decoded as UTF-8 but is a legacy font encoding pasted into a
   Unicode file ("B¶o Th¾ng" for "Bảo Thắng") is converted the same way.
   Every conversion gives a warning naming the encoding.
6. HTML entities in plain text are unescaped ("n&ocirc;ng th&ocirc;n" →
   "nông thôn").
7. Empty or whitespace-only text → error ``empty``.

Inputs larger than ``max_bytes`` (2 MB by default) are not refused: only the
first ``max_bytes`` are read (cut at a line break), the document is processed
and the record carries a warning saying so.

HTML (``.html``/``.htm``, or text that starts like a page) goes through
trafilatura for the main text, keeping the page's title and date as hints;
when trafilatura finds nothing a small tag stripper is used instead. The
record names the one that produced the text (``extractor``).

>>> import unicodedata
>>> text, encoding, warnings = decode_bytes(b"n\\xf4ng th\\xf4n m\\xf5\\xeci, \\xd0\\xf4\\xccng Tha\\xecp")  # cp1258
>>> unicodedata.normalize("NFC", text), encoding
('nông thôn mới, Đồng Tháp', 'cp1258')
>>> decode_bytes("nông thôn mới".encode("utf-8"))
('nông thôn mới', 'utf-8', [])
"""

from __future__ import annotations

import codecs
import gzip
import html
import json
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Iterator, Optional, Sequence

import regex

from .normalize import ENTITY

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
_CATALOGUE = Path(__file__).with_name("catalogue") / "legacy_encodings.json"

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")


@dataclass
class FieldNames:
    """Which fields of a JSON Lines record hold the text, id, url, date and title (first present wins)."""

    text: Sequence[str] = ("text", "content")
    id: Sequence[str] = ("id",)
    url: Sequence[str] = ("url",)
    date: Sequence[str] = ("published", "date")
    title: Sequence[str] = ("title",)


@dataclass
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    fields: FieldNames = field(default_factory=FieldNames)


@dataclass
class SourceDoc:
    """One input document, read: text and hints, or an error."""

    path: str
    line: Optional[int] = None
    id: Optional[str] = None
    text: Optional[str] = None
    title: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    format: str = "text"  # text | html | jsonl
    encoding: Optional[str] = None
    extractor: Optional[str] = None  # "trafilatura" | "tag-stripper" for HTML
    warnings: list[str] = field(default_factory=list)
    error: Optional[dict] = None  # {"type", "message", "stage"}

    def fail(self, type_: str, message: str, stage: str) -> "SourceDoc":
        self.text = None
        self.error = {"type": type_, "message": message, "stage": stage}
        return self


class ReadError(Exception):
    """A document that cannot be read: ``type`` is the short name ("binary", "empty")."""

    def __init__(self, type_: str, message: str, stage: str = "read"):
        super().__init__(message)
        self.type = type_
        self.stage = stage


# --------------------------------------------------------------------------- legacy encodings


@lru_cache(maxsize=1)
def _tables() -> dict:
    data = json.loads(_CATALOGUE.read_text(encoding="utf-8"))
    vni_pattern = regex.compile("|".join(regex.escape(k) for k in sorted(data["vni"], key=len, reverse=True)))
    suspects = set(data["tcvn3"]) | {c for k in data["vni"] for c in k if ord(c) > 127}
    suspects -= set(_VIETNAMESE_LETTERS)
    return {
        "tcvn3": str.maketrans(data["tcvn3"]),
        "vni": data["vni"],
        "vni_pattern": vni_pattern,
        "common": frozenset(data["common_syllables"]),
        # Latin-1 characters that are not Vietnamese letters: "¶", "¾", "ø" in "B¶o Th¾ng", "chaøo"
        "suspect": regex.compile("[" + regex.escape("".join(sorted(suspects))) + "]"),
    }


_VIETNAMESE_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵfjwz"
)
_VIETNAMESE_LETTERS += _VIETNAMESE_LETTERS.upper()
_WORD = regex.compile(r"\w+")


def tcvn3_to_unicode(text: str) -> str:
    """TCVN3 (ABC) characters, read as Latin-1, to Unicode: "KÕ ho¹ch" → "Kế hoạch"."""
    return text.translate(_tables()["tcvn3"])


def vni_to_unicode(text: str) -> str:
    """VNI-Windows sequences, read as Latin-1, to Unicode: "Keá hoaïch" → "Kế hoạch"."""
    t = _tables()
    return t["vni_pattern"].sub(lambda m: t["vni"][m.group()], text)


def vietnamese_score(text: str, sample: int = 20000) -> int:
    """Frequent accented Vietnamese syllables minus words with non-Vietnamese letters, in a sample."""
    common = _tables()["common"]
    score = 0
    for word in _WORD.findall(text[:sample]):
        if word.isascii():
            continue
        lower = word.lower()
        if lower in common:
            score += 1
        elif any(c not in _VIETNAMESE_LETTERS and not c.isdigit() for c in word):
            score -= 1
    return score


def fix_legacy(text: str) -> tuple[str, Optional[str]]:
    """Convert text typed in a legacy font encoding (TCVN3, VNI) that reached us as Unicode.

    Returns the text and the encoding's name, or the text unchanged and None.
    Checked only when characters such as "¶", "¾", "ø" appear at all.
    """
    suspects = len(_tables()["suspect"].findall(text[:20000]))
    if suspects < 3:
        return text, None
    best, best_name, best_score = text, None, vietnamese_score(text)
    for name, convert in (("TCVN3", tcvn3_to_unicode), ("VNI", vni_to_unicode)):
        candidate = convert(text)
        score = vietnamese_score(candidate)
        if score > best_score + 2:
            best, best_name, best_score = candidate, name, score
    return best, best_name


# --------------------------------------------------------------------------- bytes → text


def _count_replace(error: UnicodeDecodeError):
    # One decode at a time per process: documents are read by one thread of each process.
    _count_replace.bad += error.end - error.start
    return "\ufffd", error.end


_count_replace.bad = 0
codecs.register_error("kh_extract_count", _count_replace)


def _utf8_with_replacement(data: bytes) -> tuple[str, int]:
    _count_replace.bad = 0
    text = data.decode("utf-8", errors="kh_extract_count")
    return text, _count_replace.bad


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.10


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """Decode by the rule of this module; returns (text, encoding name, warnings).

    Raises :class:`ReadError` ``binary`` for data that is not text.
    """
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16", warnings
        except UnicodeDecodeError:
            text = data.decode("utf-16", errors="replace")
            return text, "utf-16", [f"input: invalid UTF-16 ({text.count(chr(0xfffd))} characters replaced)"]
    if _looks_binary(data):
        raise ReadError("binary", "binary data (NUL or control bytes), not text", "decode")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        text, legacy = fix_legacy(text)
        if legacy:
            warnings.append(f"input: legacy encoding {legacy} converted to Unicode")
            return text, f"utf-8+{legacy.lower()}", warnings
        return text, "utf-8", warnings
    # Not UTF-8: which reading is Vietnamese?
    replaced, bad = _utf8_with_replacement(data)
    latin1 = data.decode("latin-1")
    candidates = [
        ("utf-8", replaced, vietnamese_score(replaced)),
    ]
    cp1258 = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    candidates.append(("cp1258", cp1258, vietnamese_score(cp1258)))
    for name, convert in (("TCVN3", tcvn3_to_unicode), ("VNI", vni_to_unicode)):
        converted = convert(latin1)
        candidates.append((name, converted, vietnamese_score(converted)))
    name, text, score = max(candidates, key=lambda c: c[2])
    if name != "utf-8" and score > candidates[0][2] + 2 and score > 0:
        if name == "cp1258":
            warnings.append("input: not UTF-8; decoded as cp1258 (Windows Vietnamese)")
        else:
            warnings.append(f"input: legacy encoding {name} converted to Unicode")
        return text, name.lower(), warnings
    warnings.append(f"input: invalid UTF-8, {bad} bad byte{'s' if bad != 1 else ''} replaced by U+FFFD")
    return replaced, "utf-8", warnings


_ENTITY = regex.compile(ENTITY, regex.VERBOSE)


def unescape_entities(text: str) -> tuple[str, int]:
    """Unescape HTML entities in plain text; returns the text and how many were replaced."""
    count = 0

    def one(m: regex.Match) -> str:
        nonlocal count
        value = html.unescape(m.group())
        if value != m.group():
            count += 1
        return value

    if "&" not in text:
        return text, 0
    return _ENTITY.sub(one, text), count


# --------------------------------------------------------------------------- HTML

_HTML_START = regex.compile(
    r"""
    ^ \s*
    (?: <\?xml [^>]* > \s* )?                 # an XHTML page's XML declaration
    (?: <!-- .*? --> \s* )*                   # comments a CMS puts first ("<!-- Portal v2 -->")
    < (?: !doctype \s+ html | html | head | body ) \b   # the page itself
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
)


def looks_like_html(text: str) -> bool:
    """A page rather than text: starts with a doctype/<html>/<head>/<body>, or is full of block tags."""
    if _HTML_START.match(text[:2000]):
        return True
    head = text[:5000].lower()
    return head.count("<p") + head.count("<div") + head.count("<br") >= 5


class _TagStripper(HTMLParser):
    """Fallback when trafilatura returns nothing: visible text, one line per block element."""

    BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "ul", "ol"}
    SKIP = {"script", "style", "noscript", "template", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        elif tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag in self.SKIP and self._skip:
            self._skip -= 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def strip_tags(page: str) -> tuple[str, Optional[str]]:
    parser = _TagStripper()
    parser.feed(page)
    parser.close()
    lines = (regex.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    title = " ".join("".join(parser.title).split()) or None
    return "\n".join(line for line in lines if line), title


def html_to_text(page: str, url: Optional[str] = None) -> tuple[str, Optional[str], Optional[str], str]:
    """Main text of an article page: (text, title, published ISO date, extractor name)."""
    text = title = published = None
    try:
        import trafilatura

        result = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_tables=True,
                                             include_comments=False)
    except Exception:  # a broken page must not stop the run; the fallback reads it
        result = None
    if result is not None and (result.text or "").strip():
        text, title, published = result.text, result.title, _iso_date(result.date)
        return text, title, published, "trafilatura"
    text, title = strip_tags(page)
    return text, title, None, "tag-stripper"


# --------------------------------------------------------------------------- dates and ids

_DMY = regex.compile(
    r"""
    ^ \s* (\d{1,2}) [/.-] (\d{1,2}) [/.-] (\d{4})   # a crawl's date field "28/06/2023", "28-06-2023 08:00"
    """,
    regex.VERBOSE,
)


def _iso_date(value) -> Optional[str]:
    """"2023-06-28", "2023-06-28T10:00:00+07:00", "28/06/2023" → "2023-06-28"; else None."""
    if value is None:
        return None
    if isinstance(value, (date, datetime)):
        return value.isoformat()[:10]
    value = str(value).strip()
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    m = _DMY.match(value)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        except ValueError:
            return None
    return None


def file_id(path: str) -> str:
    """The id of a file document: its stem ("corpus/000_ab.txt" → "000_ab", "x.jsonl.gz" → "x")."""
    name = Path(path).name
    for suffix in JSONL_SUFFIXES + HTML_SUFFIXES + (".txt", ".gz"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] or name
    return Path(path).stem or name


# --------------------------------------------------------------------------- documents


def _truncate(data: bytes, max_bytes: int) -> bytes:
    """Cut at the last line break in the last 64 KB before ``max_bytes``, else at a character boundary."""
    cut = data[:max_bytes]
    newline = cut.rfind(b"\n", max(0, max_bytes - 65536))
    if newline > 0:
        return cut[: newline + 1]
    end = len(cut)
    while end > 0 and 0x80 <= cut[end - 1] <= 0xBF:  # inside a UTF-8 sequence
        end -= 1
    return cut[: end - 1] if end and cut[end - 1] >= 0xC0 else cut[:end]


def finish_text(doc: SourceDoc, text: str, is_html: Optional[bool] = None) -> SourceDoc:
    """HTML → main text, entities, empty check: the steps after decoding, shared by files and JSON lines."""
    if is_html or (is_html is None and looks_like_html(text)):
        doc.format = "html" if doc.format == "text" else doc.format
        body, title, published, extractor = html_to_text(text, url=doc.url)
        doc.extractor = extractor
        doc.title = doc.title or (" ".join(title.split()) if title else None)
        doc.published = doc.published or published
        if extractor != "trafilatura":
            doc.warnings.append("input: trafilatura found no main text; HTML tags stripped instead")
        text = body
    else:
        text, entities = unescape_entities(text)
        if entities:
            doc.warnings.append(f"input: {entities} HTML entit{'ies' if entities != 1 else 'y'} unescaped")
    if not text.strip():
        return doc.fail("empty", "no text (empty or whitespace only)", "read")
    doc.text = text
    return doc


def read_bytes(data: bytes, doc: SourceDoc, options: ReadOptions, size: Optional[int] = None) -> SourceDoc:
    """Bytes of one document (a file, standard input) → ``doc`` filled in."""
    size = len(data) if size is None else size
    if size > options.max_bytes:
        data = _truncate(data, options.max_bytes)
        doc.warnings.append(f"input: {size} bytes is over the limit of {options.max_bytes} bytes (--max-bytes); "
                            f"only the first {len(data)} bytes were read")
    if not data.strip():
        return doc.fail("empty", "no text (empty or whitespace only)", "read")
    try:
        text, encoding, warnings = decode_bytes(data)
    except ReadError as e:
        return doc.fail(e.type, str(e), e.stage)
    doc.encoding = encoding
    doc.warnings.extend(warnings)
    is_html = True if doc.path.lower().endswith(HTML_SUFFIXES) else None
    return finish_text(doc, text, is_html)


def read_file(path: str, options: ReadOptions) -> SourceDoc:
    """One text or HTML file → SourceDoc (never raises)."""
    doc = SourceDoc(path=path, id=file_id(path))
    try:
        size = Path(path).stat().st_size
        with open(path, "rb") as f:
            data = f.read(options.max_bytes + 1)
    except OSError as e:
        return doc.fail(type(e).__name__, str(e), "read")
    return read_bytes(data, doc, options, size=max(size, len(data)))


def _first(record: dict, names: Sequence[str]):
    for name in names:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None


def read_json_line(path: str, line: int, raw: bytes, options: ReadOptions) -> SourceDoc:
    """One line of a JSON Lines file → SourceDoc (never raises)."""
    doc = SourceDoc(path=path, line=line, id=f"{file_id(path)}:{line}", format="jsonl")
    try:
        text_line, doc.encoding, warnings = decode_bytes(raw)
        doc.warnings.extend(warnings)
        record = json.loads(text_line)
    except ReadError as e:
        return doc.fail(e.type, str(e), e.stage)
    except ValueError as e:
        return doc.fail("json", f"line {line} is not JSON: {e}", "read")
    if not isinstance(record, dict):
        return doc.fail("json", f"line {line} is JSON but not an object", "read")
    f = options.fields
    record_id = _first(record, f.id)
    doc.id = str(record_id) if record_id is not None else doc.id
    url = _first(record, f.url)
    doc.url = str(url) if url is not None else None
    title = _first(record, f.title)
    doc.title = " ".join(str(title).split()) if title else None
    raw_date = _first(record, f.date)
    doc.published = _iso_date(raw_date)
    if raw_date is not None and doc.published is None:
        doc.warnings.append(f"input: date field {raw_date!r} is not a date; ignored")
    text = _first(record, f.text)
    if text is None:
        return doc.fail("empty", f"no text field ({', '.join(f.text)}) in line {line}", "read")
    text = str(text)
    if len(text) > options.max_bytes:
        doc.warnings.append(f"input: {len(text)} characters is over the limit of {options.max_bytes} (--max-bytes); "
                            f"only the first {options.max_bytes} were read")
        text = text[: options.max_bytes]
    fixed, legacy = fix_legacy(text)
    if legacy:
        doc.warnings.append(f"input: legacy encoding {legacy} converted to Unicode")
        text = fixed
    return finish_text(doc, text)


def iter_json_lines(path: str) -> Iterator[tuple[int, bytes]]:
    """(line number from 1, raw bytes) of each non-blank line of a .jsonl or .jsonl.gz file."""
    opener = gzip.open if path.lower().endswith(".gz") else open
    with opener(path, "rb") as f:
        for number, raw in enumerate(f, start=1):
            if raw.strip():
                yield number, raw.rstrip(b"\r\n")


def is_jsonl(path: str) -> bool:
    return path.lower().endswith(JSONL_SUFFIXES)


def read_path(path: str, options: Optional[ReadOptions] = None) -> Iterator[SourceDoc]:
    """Every document in one file: one for text/HTML, one per line for JSON Lines."""
    options = options or ReadOptions()
    if is_jsonl(path):
        try:
            for number, raw in iter_json_lines(path):
                yield read_json_line(path, number, raw, options)
        except (OSError, EOFError) as e:  # a truncated .gz: what was read stays, the rest is one error
            yield SourceDoc(path=path, id=file_id(path)).fail(type(e).__name__, str(e), "read")
    else:
        yield read_file(path, options)


__all__ = [
    "DEFAULT_MAX_BYTES",
    "FieldNames",
    "ReadError",
    "ReadOptions",
    "SourceDoc",
    "decode_bytes",
    "fix_legacy",
    "html_to_text",
    "looks_like_html",
    "read_bytes",
    "read_file",
    "read_json_line",
    "read_path",
    "tcvn3_to_unicode",
    "unescape_entities",
    "vni_to_unicode",
]
