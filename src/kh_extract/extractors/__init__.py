"""One module per entity, each with the same shape: ``find(doc, ...) -> list[Model]``.

Modules read a :class:`kh_extract.document.Document` and, where they need
them, the results of earlier stages (passed in by the pipeline; nothing
reaches back up).
"""

from typing import Optional

import regex


def last_match(pattern: regex.Pattern, text: str, start: int = 0, end: Optional[int] = None) -> Optional[regex.Match]:
    """The last match of ``pattern`` in ``text[start:end]``, or None."""
    found = None
    for found in pattern.finditer(text, start, len(text) if end is None else end):
        pass
    return found
