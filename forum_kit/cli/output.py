"""What the command line prints: plain-text tables and the escaping of control characters.

Tables fit 100 columns, counting wide and combining characters by their display width
(``unicodedata.east_asian_width``), so names such as "Oyèkúnlé Adébáyọ̀" or CJK text keep the
columns aligned. Everything the command line writes to the terminal goes through
``EscapingStream`` (installed by ``forum_kit.cli.main``): a control character in a name, a
file's header or a message (an escape sequence can clear the screen, move the cursor or retitle
the terminal) is printed as ``\x1b``-style text instead of reaching the terminal raw.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO

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
    # escaped before measuring, so that a header holding an escape sequence keeps its column
    cells = [[escape_controls(str(h)) for h in headers]] + [
        ["" if c is None else escape_controls(str(c)) for c in r] for r in rows]
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


# C0 controls but tab and newline, DEL, and the C1 controls (U+0080-U+009F; U+009B alone is a
# control sequence introducer on many terminals). Format characters (Cf: ZWJ, RLM...) are part of
# how names in many scripts are written and stay.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def escape_controls(text: str) -> str:
    """``text`` with every control character but tab and newline written as ``\\xNN``."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


class EscapingStream:
    """A text stream that writes through ``inner`` with control characters escaped."""

    def __init__(self, inner: TextIO) -> None:
        self.inner = inner

    def write(self, text: str) -> int:
        self.inner.write(escape_controls(text))
        return len(text)

    def writelines(self, lines: Sequence[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self.inner.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)
