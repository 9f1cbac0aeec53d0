"""The document every extractor reads: normalised text, offsets back to the raw
text, sentences, and the article's own date and title.

Extractors find mentions in ``doc.text`` (normalised) and report spans with
``doc.raw_span(start, end)``, so every ``span`` in the output points into the
input as given.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

import regex

from .normalize import Normalized, normalize

# A sentence ends at ". " / "! " / "? " before a capital or a digit, at a
# line break, or at the end of the text. "8.4", "11,79", "TP. Hà Nội" and
# "NĐ-CP." at the end of a line are handled by requiring a space after the stop.
_SENTENCE_END = regex.compile(
    r"""
      (?<= [.!?…] ) [ ]+ (?= [\p{Lu}\d"“(] )     # ". Tiếp theo", ". 100% số xã"
    | [ ]* \n+ [ ]*                              # a line break that survived wrap-joining
    """,
    regex.VERBOSE,
)
# "TP. Hà Nội", "Tp. Tam Kỳ", "ThS. Nguyễn": a stop that does not end a sentence.
# "C2. Số công trình …", "CL2.3. Tỷ lệ …": an item's code, at the start of its line, ends no sentence
_CODE_MARK = regex.compile(r"[ \t]*\p{Lu}{1,4}-?\d{1,2}(?:\.\d{1,2})*\.")
_ABBREV_BEFORE_STOP = regex.compile(r"(?:\b(?:TP|Tp|tp|TS|ThS|PGS|GS|KS|BS|St|TT|Th|P|Q|TX|KT|TM|TL|TUQ)|\b\p{Lu})\.$")


@dataclass
class Document:
    raw: str
    norm: Normalized
    id: Optional[str] = None
    published: Optional[date] = None
    title: Optional[str] = None
    warnings: list[str] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)

    @classmethod
    def from_text(cls, raw: str, *, id: Optional[str] = None, published: Optional[date] = None,
                  title: Optional[str] = None) -> "Document":
        doc = cls(raw=raw, norm=normalize(raw), id=id, published=published, title=title)
        doc.sentences = split_sentences(doc.norm.text)
        doc._sentence_starts = [s for s, _ in doc.sentences]
        return doc

    @property
    def text(self) -> str:
        """The normalised text the extractors read."""
        return self.norm.text

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw ``[start, end)`` of the normalised span ``[start, end)``."""
        return self.norm.span(start, end)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence (normalised offsets) that holds offset ``pos``."""
        k = bisect_right(self._sentence_starts, pos) - 1
        if k < 0:
            return (0, 0) if not self.sentences else self.sentences[0]
        return self.sentences[k]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``: line breaks and full stops before a capital.

    >>> t = "Ngày 21/9, UBND ban hành Kế hoạch. Mục tiêu 8.4 đạt 100%.\\nTP. Hà Nội giao"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Ngày 21/9, UBND ban hành Kế hoạch.', 'Mục tiêu 8.4 đạt 100%.', 'TP. Hà Nội giao']
    """
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group().strip(" ") == "" and (_ABBREV_BEFORE_STOP.search(text, max(0, m.start() - 6), m.start())
                                           or _CODE_MARK.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start())):
            continue
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans
