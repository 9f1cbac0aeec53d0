"""Word segmentation with exact offsets: underthesea words (a spaCy ``Doc`` of them is made by the
tokenizer ``kh_extract.underthesea.v1`` of :mod:`kh_extract.spacy_component`).

underthesea's own token normalisation rewrites characters ("Uỷ" → "Ủy") and
re-spaces words, so it is switched off (the text is normalised by
:mod:`kh_extract.normalize` beforehand) and its words are aligned back onto the
text syllable by syllable. The tokenizer is the slowest step of the package
(about 0.1 M characters/s), so the extractors spend it only on short windows
where word boundaries decide ("50 trang trại" → the counted noun is the
two-syllable word "trang trại").

>>> words("Ít nhất 70% xã có các hợp tác xã")
[(0, 7, 'Ít nhất'), (8, 10, '70'), (10, 11, '%'), (12, 14, 'xã'), (15, 17, 'có'), (18, 21, 'các'), (22, 32, 'hợp tác xã')]
"""

from __future__ import annotations

from functools import lru_cache

import regex

_SPACE = regex.compile(r"\s+")


@lru_cache(maxsize=1)
def _tokenizer():
    from underthesea import word_tokenize  # imported on first use: loading the CRF model takes time

    return word_tokenize


@lru_cache(maxsize=2048)
def words(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` for each underthesea word of ``text``, offsets into ``text``."""
    out = []
    pos = 0
    for word in _tokenizer()(text, use_token_normalize=False):
        start = None
        end = pos
        for syllable in _SPACE.split(word.strip()):
            if not syllable:
                continue
            found = text.find(syllable, end)
            if found < 0:  # the tokenizer changed a character: skip the word, keep alignment
                start = None
                break
            if start is None:
                start = found
            end = found + len(syllable)
        if start is not None:
            out.append((start, end, text[start:end]))
            pos = end
    return out


def first_word(text: str, start: int, *, window: int = 40) -> tuple[int, int, str] | None:
    """The word beginning at ``start`` in ``text`` (the tokenizer runs on a short window only)."""
    chunk = text[start : start + window]
    ws = words(chunk)
    if not ws or ws[0][0] != 0:
        return None
    s, e, w = ws[0]
    return start + s, start + e, w
