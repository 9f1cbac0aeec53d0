"""Word segmentation keeps exact offsets: (text, expected words)."""

import pytest

from kh_extract.tokenize import first_word, words

UNDERTHESEA_FACTS = [
    # multi-syllable words are one word: the counted noun "hợp tác xã"
    ("Ít nhất 70% xã có các hợp tác xã", ["Ít nhất", "70", "%", "xã", "có", "các", "hợp tác xã"]),
    # its own normalisation is off: "Uỷ" is not rewritten, so offsets stay those of the text
    ("Uỷ ban nhân dân tỉnh", ["Uỷ ban nhân dân", "tỉnh"]),
    # irregular spacing is kept as it is
    ("12/KH-UBND,ngày  21/9", None),
]


@pytest.mark.parametrize("text,expected", UNDERTHESEA_FACTS)
def test_words_point_into_the_text(text, expected):
    found = words(text)
    for start, end, word in found:
        assert text[start:end] == word
    assert [s for s, _, _ in found] == sorted(s for s, _, _ in found)
    if expected is not None:
        assert [w for _, _, w in found] == expected


def test_first_word_reads_a_window_only():
    text = "phấn đấu có 50 trang trại đạt chuẩn VietGAP"
    assert first_word(text, text.index("trang")) == (15, 25, "trang trại")
