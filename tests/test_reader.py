"""Reading bytes into text: the decoding rule, legacy encodings, HTML, JSON Lines."""

from __future__ import annotations

import gzip
import json
import unicodedata

import pytest

from kh_extract.reader import (FieldNames, ReadOptions, _iso_date, decode_bytes, fix_legacy, looks_like_html, read_path,
                               unescape_entities)

SENTENCE = ("Kế hoạch số 06/KH-UBND ngày 11/01/2023 của UBND tỉnh Đồng Tháp về phát triển nông thôn mới, "
            "phấn đấu đạt 100% số xã được công nhận. Những người dân ở Bảo Thắng, Mường Khương và Bát Xát.")

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _to_cp1258(text: str) -> bytes:
    """cp1258 writes the tone as a combining mark after â, ê, ô, ơ, ư, ă, đ or a plain vowel."""
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        out.append(unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
                   + "".join(c for c in d if c in _TONES))
    return "".join(out).encode("cp1258")


def _legacy_tables():
    from kh_extract.reader import _CATALOGUE

    data = json.loads(_CATALOGUE.read_text(encoding="utf-8"))
    return {v: k for k, v in data["tcvn3"].items()}, {v: k for k, v in data["vni"].items()}


def _to_tcvn3(text: str) -> str:
    inverse, _ = _legacy_tables()
    return "".join(inverse.get(c, c) for c in text)


def _to_vni(text: str) -> str:
    _, inverse = _legacy_tables()
    return "".join(inverse.get(c, c) for c in text)


# (origin, bytes, expected text or None for "not checked", encoding, words the warnings must contain)
DECODING_CASES = [
    ("utf-8, clean", SENTENCE.encode("utf-8"), SENTENCE, "utf-8", []),
    ("utf-8 with BOM (Notepad)", b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), SENTENCE, "utf-8", []),
    ("utf-16 LE with BOM (Word 'Unicode text')", SENTENCE.encode("utf-16"), SENTENCE, "utf-16", []),
    ("utf-16 BE with BOM", b"\xfe\xff" + SENTENCE.encode("utf-16-be"), SENTENCE, "utf-16", []),
    ("cp1258 (old Windows pages)", _to_cp1258(SENTENCE), SENTENCE, "cp1258", ["cp1258"]),
    ("TCVN3/ABC bytes (.VnTime documents)", _to_tcvn3(SENTENCE).encode("latin-1"), SENTENCE, "tcvn3", ["TCVN3"]),
    ("VNI bytes (VNI-Times documents)", _to_vni(SENTENCE).encode("latin-1"), SENTENCE, "vni", ["VNI"]),
    ("TCVN3 pasted into a UTF-8 file", _to_tcvn3(SENTENCE).encode("utf-8"), SENTENCE, "utf-8+tcvn3", ["TCVN3"]),
    ("VNI pasted into a UTF-8 file", _to_vni(SENTENCE).encode("utf-8"), SENTENCE, "utf-8+vni", ["VNI"]),
    ("truncated UTF-8 (crawler cut the body)", SENTENCE.encode("utf-8")[:-2] + "ố".encode("utf-8")[:2], None,
     "utf-8", ["invalid UTF-8", "2 bad bytes"]),
    ("stray Latin-1 bytes in UTF-8", SENTENCE.encode("utf-8")[:40] + b"\xff\xfe\xfd" + SENTENCE.encode("utf-8")[40:],
     None, "utf-8", ["invalid UTF-8", "3 bad bytes"]),
]

# Unicode text that must NOT be taken for a legacy encoding.
NOT_LEGACY = [
    ("plain Vietnamese", SENTENCE),
    ("Vietnamese with a degree sign and a section mark", "Nhiệt độ 35°C, xem § 3, giá 100 ¥ và © 2023 " + SENTENCE),
    ("French words", "Le café est très bon à Paris, où l'été est chaud."),
]


@pytest.mark.parametrize("origin,data,expected,encoding,warned", DECODING_CASES, ids=[c[0] for c in DECODING_CASES])
def test_decoding_rule(origin, data, expected, encoding, warned):
    text, got_encoding, warnings = decode_bytes(data)
    assert got_encoding == encoding
    if expected is not None:
        assert text == expected
    else:
        assert "\ufffd" in text and text.startswith(SENTENCE[:20])
    for word in warned:
        assert any(word in w for w in warnings), warnings
    if not warned:
        assert warnings == []


@pytest.mark.parametrize("origin,text", NOT_LEGACY, ids=[c[0] for c in NOT_LEGACY])
def test_unicode_text_is_not_converted(origin, text):
    assert fix_legacy(text) == (text, None)


def test_legacy_round_trip_of_every_letter():
    """Every Vietnamese letter survives Unicode → VNI → Unicode, and lower-case letters → TCVN3 → Unicode."""
    letters = "aàáảãạăằắẳẵặâầấẩẫậđeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
    words = " ".join(f"{c}n" for c in letters + letters.upper())
    assert decode_bytes(_to_vni(SENTENCE + " " + words).encode("latin-1"))[0] == SENTENCE + " " + words
    lower = " ".join(f"{c}n" for c in letters) + " Ă Â Đ Ê Ô Ơ Ư"
    assert decode_bytes(_to_tcvn3(SENTENCE + " " + lower).encode("latin-1"))[0] == SENTENCE + " " + lower


ENTITY_CASES = [
    ("Latin-1 entities on old portals", "n&ocirc;ng th&ocirc;n mới", "nông thôn mới", 2),
    ("numeric entities", "K&#7871; ho&#x1EA1;ch", "Kế hoạch", 2),
    ("ampersand that is no entity", "AT&T; Sở KH&ĐT", "AT&T; Sở KH&ĐT", 0),
]


@pytest.mark.parametrize("origin,text,expected,count", ENTITY_CASES, ids=[c[0] for c in ENTITY_CASES])
def test_entities(origin, text, expected, count):
    assert unescape_entities(text) == (expected, count)


def test_binary_and_empty_are_error_records(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\t\n")
    errors = {p.name: next(read_path(str(p))).error for p in sorted(tmp_path.iterdir())}
    assert errors["image.txt"]["type"] == "binary" and errors["image.txt"]["stage"] == "decode"
    assert errors["empty.txt"]["type"] == "empty"
    assert errors["blank.txt"]["type"] == "empty"


def test_huge_file_is_read_truncated_with_a_warning(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes((SENTENCE + "\n").encode("utf-8") * 3000)
    doc = next(read_path(str(path), ReadOptions(max_bytes=100_000)))
    assert doc.error is None
    assert len(doc.text.encode("utf-8")) <= 100_000 and doc.text.endswith("\n")
    assert any("over the limit" in w and "100000" in w for w in doc.warnings)


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Phú Ninh ban hành kế hoạch chuyển đổi số</title>
<meta property="article:published_time" content="2023-06-28T08:00:00+07:00"></head>
<body><nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></nav>
<article><h1>Phú Ninh ban hành kế hoạch chuyển đổi số</h1>
<p>UBND huyện Phú Ninh vừa ban hành kế hoạch thực hiện Chương trình chuyển đổi số trong xây dựng n&ocirc;ng th&ocirc;n
mới, hướng tới nông thôn mới thông minh trên địa bàn huyện năm 2023.</p>
<p>Kế hoạch đề ra mục tiêu: trên 80% hồ sơ công việc cấp huyện và trên 60% hồ sơ công việc cấp xã được xử lý trên
môi trường mạng; 100% xã nông thôn mới năm 2023 đạt chuẩn Tiêu chí số 8 về Thông tin và Truyền thông.</p>
</article><footer>Bản quyền thuộc Cổng thông tin điện tử huyện Phú Ninh</footer></body></html>"""


def test_html_page_through_trafilatura(tmp_path):
    path = tmp_path / "phu-ninh.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = next(read_path(str(path)))
    assert doc.extractor == "trafilatura" and doc.format == "html"
    assert doc.title == "Phú Ninh ban hành kế hoạch chuyển đổi số"
    assert doc.published == "2023-06-28"
    assert "nông thôn" in doc.text and "80% hồ sơ" in doc.text
    assert "<p>" not in doc.text and "Trang chủ" not in doc.text


def test_html_without_main_text_falls_back_to_the_tag_stripper(tmp_path):
    path = tmp_path / "tiny.htm"
    path.write_text("<html><head><title>Tin ngắn</title><script>var x=1;</script></head>"
                    "<body><div>Ngày 21/9</div></body></html>", encoding="utf-8")
    doc = next(read_path(str(path)))
    assert doc.error is None
    assert doc.extractor in ("trafilatura", "tag-stripper")
    assert "Ngày 21/9" in doc.text and "var x" not in doc.text
    if doc.extractor == "tag-stripper":
        assert doc.title == "Tin ngắn" and any("tags stripped" in w for w in doc.warnings)


def test_jsonl_fields_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a1", "url": "https://x.gov.vn/a1", "published": "2023-06-28T08:00:00+07:00",
                    "title": "Tin A", "text": SENTENCE}, ensure_ascii=False),
        "{not json",
        json.dumps({"content": "Kế hoạch của huyện", "date": "28/06/2023"}, ensure_ascii=False),
        json.dumps({"body": "no text field here"}),
        json.dumps({"id": 7, "text": PAGE}, ensure_ascii=False),
    ]
    path = tmp_path / "crawl.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n\n")
    docs = list(read_path(str(path)))
    assert [d.line for d in docs] == [1, 2, 3, 4, 5]
    assert (docs[0].id, docs[0].url, docs[0].published, docs[0].title) == ("a1", "https://x.gov.vn/a1",
                                                                           "2023-06-28", "Tin A")
    assert docs[1].error["type"] == "json" and "line 2" in docs[1].error["message"]
    assert (docs[2].id, docs[2].published, docs[2].text) == ("crawl:3", "2023-06-28", "Kế hoạch của huyện")
    assert docs[3].error["type"] == "empty"
    assert docs[4].id == "7" and docs[4].extractor == "trafilatura"


def test_jsonl_custom_field_names(tmp_path):
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps({"doc": "x9", "body": SENTENCE, "link": "u", "ngay": "2024-01-02"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    options = ReadOptions(fields=FieldNames(text=["body"], id=["doc"], url=["link"], date=["ngay"]))
    doc = next(read_path(str(path), options))
    assert (doc.id, doc.text, doc.url, doc.published) == ("x9", SENTENCE, "u", "2024-01-02")


# (origin, text, is it an HTML page?)
HTML_DETECTION_CASES = [
    ("doctype page", "<!DOCTYPE html>\n<html><body><p>Tin</p></body></html>", True),
    ("XHTML with XML declaration and a CMS comment", '<?xml version="1.0"?>\n<!-- Portal v2 -->\n<html>', True),
    ("fragment full of paragraphs (a crawl's 'content' field)", "<p>a</p><p>b</p><div>c</div><p>d</p><br><p>e</p>",
     True),
    ("plain article text", SENTENCE, False),
    ("text that mentions a tag once", "Dùng thẻ <p> để xuống dòng; tỷ lệ < 5%.", False),
    ("markdown conversion with a stray tag", "**Kế hoạch** số 06/KH-UBND<br>\nngày 11/01/2023", False),
]


@pytest.mark.parametrize("origin,text,expected", HTML_DETECTION_CASES, ids=[c[0] for c in HTML_DETECTION_CASES])
def test_html_detection(origin, text, expected):
    assert looks_like_html(text) is expected


# (origin, a crawl's date field, ISO date or None)
DATE_FIELD_CASES = [
    ("ISO date", "2023-06-28", "2023-06-28"),
    ("ISO timestamp with offset", "2023-06-28T08:00:00+07:00", "2023-06-28"),
    ("Vietnamese day/month/year", "28/06/2023", "2023-06-28"),
    ("with a time after it", "28-06-2023 08:00", "2023-06-28"),
    ("not a date", "Thứ ba", None),
    ("impossible date", "31/02/2023", None),
]


@pytest.mark.parametrize("origin,value,expected", DATE_FIELD_CASES, ids=[c[0] for c in DATE_FIELD_CASES])
def test_date_fields(origin, value, expected):
    assert _iso_date(value) == expected
