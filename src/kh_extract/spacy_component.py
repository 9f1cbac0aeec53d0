"""kh_extract inside spaCy: an underthesea tokenizer and a pipeline component.

Both are registered through entry points (``spacy_tokenizers``,
``spacy_factories``), so installing kh_extract is enough; nothing needs to be
imported first:

>>> import spacy
>>> nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "kh_extract.underthesea.v1"}}})
>>> _ = nlp.add_pipe("kh_extract")
>>> doc = nlp("Thực hiện Kế hoạch số 06/KH-UBND ngày 11/01/2023 của UBND tỉnh Đồng Tháp")
>>> [s.text for s in doc.spans["kh_references"]], doc._.kh_extract.references[0].ref
(['06/KH-UBND'], '06/KH-UBND')

Span groups: ``kh_references``, ``kh_dates``, ``kh_criteria``, ``kh_targets``
(character spans of the extraction expanded to whole tokens; the SPEC object
of each span is in the group's order, ``doc._.kh_extract.<field>[i]``). The
whole extraction is ``doc._.kh_extract`` (an :class:`~kh_extract.Extraction`);
it is kept in ``doc.user_data`` as plain JSON data, so Docs travel between
processes (``nlp.pipe(..., n_process=2)``) and through ``DocBin``.
"""

from __future__ import annotations

from typing import Optional

import regex
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import DummyTokenizer, get_words_and_spaces, registry
from spacy.vocab import Vocab

from .models import Extraction

TOKENIZER_NAME = "kh_extract.underthesea.v1"
COMPONENT_NAME = "kh_extract"

# span group -> the Extraction field whose mentions it holds
SPAN_GROUPS = {
    "kh_references": "references",
    "kh_dates": "dates",
    "kh_criteria": "criteria",
    "kh_targets": "targets",
}

_NON_SPACE = regex.compile(r"\S+")
_DATA_KEY = "kh_extract_data"  # the extraction as JSON data, in doc._ (serialisable)


def _extraction(doc: Doc) -> Optional[Extraction]:
    data = doc._.get(_DATA_KEY)
    return None if data is None else Extraction.model_validate(data)


if not Doc.has_extension(_DATA_KEY):
    Doc.set_extension(_DATA_KEY, default=None)
if not Doc.has_extension("kh_extract"):
    Doc.set_extension("kh_extract", getter=_extraction)


def token_pieces(text: str, words: list[tuple[int, int, str]]) -> list[str]:
    """Every non-space piece of ``text`` in order: the words, and what lies between them split at spaces.

    underthesea may skip a piece it rewrote; the gap becomes a token of its
    own so the Doc still covers the text character for character.
    """
    pieces = []
    pos = 0
    for start, end, _ in sorted(words):
        if start < pos:  # overlapping word: never from tokenize.words, but keep the Doc exact
            continue
        pieces.extend(m.group() for m in _NON_SPACE.finditer(text, pos, start))
        pieces.append(text[start:end])
        pos = end
    pieces.extend(m.group() for m in _NON_SPACE.finditer(text, pos))
    return pieces


class UnderTheSeaTokenizer(DummyTokenizer):
    """Words of :func:`kh_extract.tokenize.words` ("hợp tác xã" is one token), with exact offsets."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        from .tokenize import words

        ws, spaces = get_words_and_spaces(token_pieces(text, words(text)), text)
        return Doc(self.vocab, words=ws, spaces=spaces)

    def __reduce__(self):
        return UnderTheSeaTokenizer, (self.vocab,)


@registry.tokenizers(TOKENIZER_NAME)
def create_underthesea_tokenizer():
    """``@tokenizers = "kh_extract.underthesea.v1"``: replaces spaCy's pyvi-based Vietnamese tokenizer."""

    def make(nlp: Language) -> UnderTheSeaTokenizer:
        return UnderTheSeaTokenizer(nlp.vocab)

    return make


def set_extraction(doc: Doc, extraction: Extraction) -> Doc:
    """Put ``extraction`` on ``doc``: one span group per mention type, and ``doc._.kh_extract``.

    Span offsets are character offsets into ``doc.text``; a span that ends
    inside a token is expanded to the whole token ("90%" inside "90%/năm").
    """
    for group, field in SPAN_GROUPS.items():
        spans = []
        for item in getattr(extraction, field):
            start, end = item.span
            span = doc.char_span(start, end, label=field, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[group] = spans
    doc._.set(_DATA_KEY, extraction.model_dump(mode="json", by_alias=True))
    return doc


class KhExtractComponent:
    """Runs :func:`kh_extract.extract` on ``doc.text``; ``published`` is the article date hint, if any."""

    def __init__(self, nlp: Language, name: str, published: Optional[str] = None):
        self.name = name
        self.published = published

    def __call__(self, doc: Doc) -> Doc:
        from .pipeline import extract

        return set_extraction(doc, extract(doc.text, published=self.published))


@Language.factory(COMPONENT_NAME, default_config={"published": None})
def create_kh_extract(nlp: Language, name: str, published: Optional[str]) -> KhExtractComponent:
    """``nlp.add_pipe("kh_extract")``: span groups ``kh_references``, ``kh_dates``, ``kh_criteria``, ``kh_targets``."""
    return KhExtractComponent(nlp, name, published)


__all__ = ["COMPONENT_NAME", "SPAN_GROUPS", "TOKENIZER_NAME", "KhExtractComponent", "UnderTheSeaTokenizer",
           "create_kh_extract", "create_underthesea_tokenizer", "set_extraction", "token_pieces"]
