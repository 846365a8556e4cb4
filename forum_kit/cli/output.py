"""Plain-text tables for the command line that fit 100 columns, counting wide and combining
characters by their display width (``unicodedata.east_asian_width``), so names such as
"Oyèkúnlé Adébáyọ̀" or CJK text keep the columns aligned."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

MAX_WIDTH = 100
MIN_COLUMN = 4
GAP = "  "
ELLIPSIS = "…"


def char_width(ch: str) -> int:
    """Columns one character takes on a terminal: 0, 1 or 2."""
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    """Columns ``text`` takes on a terminal."""
    return sum(char_width(ch) for ch in text)


def truncate(text: str, width: int) -> str:
    """``text`` cut to at most ``width`` columns, ending in an ellipsis when cut."""
    if display_width(text) <= width:
        return text
    out: list[str] = []
    used = 0
    for ch in text:
        w = char_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + ELLIPSIS


def pad(text: str, width: int, *, right: bool = False) -> str:
    """``text`` padded with spaces to ``width`` columns (aligned right for numbers)."""
    fill = " " * max(0, width - display_width(text))
    return fill + text if right else text + fill


def table(headers: Sequence[str], rows: Sequence[Sequence[object]], *,
          right: Sequence[bool] | None = None, max_width: int = MAX_WIDTH) -> str:
    """A table with a header and a rule; the widest columns shrink until the lines fit."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    n = len(headers)
    right = list(right) if right is not None else [False] * n
    widths = [max(display_width(row[i]) for row in cells) for i in range(n)]
    budget = max_width - len(GAP) * (n - 1)
    while sum(widths) > budget:
        widest = max(range(n), key=lambda i: widths[i])
        if widths[widest] <= MIN_COLUMN:
            break
        widths[widest] -= 1
    lines = []
    for index, row in enumerate(cells):
        parts = [pad(truncate(row[i], widths[i]), widths[i], right=right[i]) for i in range(n)]
        lines.append(GAP.join(parts).rstrip())
        if index == 0:
            lines.append(GAP.join("-" * w for w in widths))
    return "\n".join(lines)
