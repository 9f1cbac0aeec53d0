"""Tables laid out with spaces, as a PDF or a Word appendix turns into text: ``tables(raw) -> list[Table]``.

    TT   Xã (huyện)                Số thôn,   Số hộ được   Năm
                                   làng       cấp điện     đóng điện
    1    Măng Ri (Tu Mơ Rông)      3          171          2024
         Cộng                      27         1.436

Cells are runs of text parted by two spaces or more (or by tabs, one cell per tab). The header's first line says where the columns start; a cell
belongs to the last column that starts at or before it (a short row, "Cộng  27  1.436", leaves columns empty), and the
header lines under the first (the wrapped "làng", "cấp điện") join the names of their columns. Offsets are into the
text given. Which columns count what is the caller's business (``targets._place_table_targets``).
"""

from __future__ import annotations

from typing import NamedTuple

import regex

# A cell: words parted by single spaces ("Măng Ri (Tu Mơ Rông)"); two spaces or more part cells.
_CELL = regex.compile(r"[^ \t\n]+(?:[ ][^ \t\n]+)*")
_NUMBER_CELL = regex.compile(r"[\d.,]+%?")
_ALIGN_SLACK = 2   # a cell may start this far left of its column ("1.436" under "Số hộ")


class Cell(NamedTuple):
    start: int   # offsets into the text
    end: int
    text: str


class Table(NamedTuple):
    header: list[str]                # the name of each column, its wrapped lines joined
    rows: list[dict[int, Cell]]      # column index → cell, per data line
    row_spans: list[tuple[int, int]]  # each data line's (start, end)
    start: int                       # where the header begins


def _cells(raw: str, start: int, end: int) -> list[Cell]:
    return [Cell(m.start(), m.end(), m.group()) for m in _CELL.finditer(raw, start, end)]


def _laid_out(raw: str, start: int, end: int) -> bool:
    """A line of a table: two cells or more, parted by runs of spaces (no tabs or bars: those tables are read elsewhere)."""
    line = raw[start:end]
    return "\t" not in line and "|" not in line and "  " in line.strip() and len(_cells(raw, start, end)) >= 2


def tables(raw: str) -> list[Table]:
    """Every space-laid table of three lines or more whose first line has three cells or more, and every table whose
    cells are parted by tabs (a cell per tab, so an empty cell keeps its column: "\tTổng cộng\t34\t62")."""
    if "   " not in raw and "\t" not in raw:   # a cheap test first: no table without wide gaps or tabs
        return []
    lines, pos = [], 0
    for line in raw.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    out, i = [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and _laid_out(raw, *lines[j]):
            j += 1
        if j - i >= 3 and len(_cells(raw, *lines[i])) >= 3:
            out.append(_read(raw, lines[i:j]))
        k = i
        while k < len(lines) and raw.count("\t", *lines[k]) >= 2:
            k += 1
        if k - i >= 3:
            out.append(_read_tabbed(raw, lines[i:k]))
        i = max(j, k, i + 1)
    return out


def _read_tabbed(raw: str, block: list[tuple[int, int]]) -> Table:
    rows = []
    for s, e in block:
        cells, at = {}, s
        for n, cell in enumerate(raw[s:e].split("\t")):
            text = cell.strip()
            if text:
                lead = len(cell) - len(cell.lstrip())
                cells[n] = Cell(at + lead, at + lead + len(text), text)
            at += len(cell) + 1
        rows.append(cells)
    width = max(rows[0]) + 1 if rows[0] else 0
    header = [rows[0][n].text if n in rows[0] else "" for n in range(width)]
    return Table(header=header, rows=rows[1:], row_spans=block[1:], start=block[0][0])


def _read(raw: str, block: list[tuple[int, int]]) -> Table:
    first = _cells(raw, *block[0])
    line_start = block[0][0]
    starts = [c.start - line_start for c in first]
    header = [c.text for c in first]
    rows, spans = [], []
    for k, (s, e) in enumerate(block[1:], 1):
        cells = _cells(raw, s, e)
        placed: dict[int, Cell] = {}
        for c in cells:
            col = max((n for n, at in enumerate(starts) if at <= c.start - s + _ALIGN_SLACK), default=0)
            if col in placed:   # two cells in one column: the line does not follow the header
                placed = {}
                break
            placed[col] = c
        if not rows and placed and not any(_NUMBER_CELL.fullmatch(c.text) for c in placed.values()):
            for col, c in placed.items():   # a wrapped header line: "làng", "cấp điện", "(tỷ đồng)"
                header[col] = f"{header[col]} {c.text}"
            continue
        if placed:
            rows.append(placed)
            spans.append((s, e))
    return Table(header=header, rows=rows, row_spans=spans, start=line_start)
