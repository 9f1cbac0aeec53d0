"""Turn drafted spans in a gold file into offsets into the raw corpus text.

A gold annotator writes a span as the mention itself:

    "span": "90%"                          first occurrence
    "span": ["90%", 3]                     third occurrence (from 1)
    "span": ["90%", "hồ sơ công việc"]     first occurrence after that context

and this script rewrites it as ``[start, end)`` into ``corpus/<id>.txt``.
Mentions are searched in the raw text; when the raw text is not NFC (or
uses old tone placement) they are searched in a normalised copy and mapped
back. Spans that are already offsets are checked to lie inside the text.

    python scripts/resolve_spans.py gold/010_x.json [gold/...]
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _search_space(raw: str):
    """(text to search, map from its offsets to raw offsets)."""
    try:
        sys.path.insert(0, str(ROOT / "src"))
        from kh_extract.normalize import normalize  # noqa: PLC0415

        norm = normalize(raw)
        return norm.text, norm.to_raw
    except ImportError:
        if unicodedata.is_normalized("NFC", raw):
            return raw, lambda i: i
        raise SystemExit("raw text is not NFC and kh_extract.normalize is not available")


def _resolve(draft, text: str, to_raw, where: str):
    if isinstance(draft, list) and len(draft) == 2 and all(isinstance(x, int) for x in draft):
        return draft
    if isinstance(draft, str):
        mention, nth, after = draft, 1, None
    elif isinstance(draft, list) and len(draft) == 2 and isinstance(draft[1], int):
        mention, nth, after = draft[0], draft[1], None
    elif isinstance(draft, list) and len(draft) == 2:
        mention, nth, after = draft[0], 1, draft[1]
    else:
        raise SystemExit(f"{where}: cannot read span draft {draft!r}")
    mention = unicodedata.normalize("NFC", mention)
    start = 0
    if after is not None:
        a = text.find(unicodedata.normalize("NFC", after))
        if a < 0:
            raise SystemExit(f"{where}: context {after!r} not found")
        start = a
    pos = start - 1
    for _ in range(nth):
        pos = text.find(mention, pos + 1)
        while pos >= 0 and _inside_number(text, pos, pos + len(mention)):
            pos = text.find(mention, pos + 1)   # "15 hộ" is not the end of "10.215 hộ"
        if pos < 0:
            raise SystemExit(f"{where}: mention {mention!r} (occurrence {nth}) not found")
    return [to_raw(pos), to_raw(pos + len(mention))]


def _inside_number(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] begins or ends inside a longer number ("15" in "10.215", "1,5" in "11,5")."""
    before = text[max(0, start - 2):start]
    starts_inside = text[start:start + 1].isdigit() and (
        before[-1:].isdigit() or (len(before) == 2 and before[1] in ".," and before[0].isdigit()))
    ends_inside = end < len(text) and text[end - 1:end].isdigit() and text[end].isdigit()
    return starts_inside or ends_inside


def resolve_file(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    raw = (ROOT / "corpus" / f"{path.stem}.txt").read_text(encoding="utf-8")
    text, to_raw = _search_space(raw)
    for field in ("references", "dates", "criteria", "targets"):
        for i, item in enumerate(gold.get(field) or []):
            item["span"] = _resolve(item["span"], text, to_raw, f"{path.name} {field}[{i}]")
            s, e = item["span"]
            if not (0 <= s < e <= len(raw)):
                raise SystemExit(f"{path.name} {field}[{i}]: span {item['span']} outside the text")
    path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        resolve_file(Path(arg))
        print(f"resolved {arg}")
