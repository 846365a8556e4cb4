"""Percentages, one definition: the share a part is of a whole (0 when the whole is empty, so an
area nobody is mapped in reads 0 %, not an error) and its words for screens and the command line.
"""

from __future__ import annotations

MISSING = "—"


def share(part: float, whole: float) -> float:
    """``part`` as a percentage of ``whole``; 0.0 when ``whole`` is 0."""
    return 100.0 * part / whole if whole else 0.0


def pct_text(value: float | None, *, missing: str = MISSING, gap: str = " ") -> str:
    """A whole-number percentage such as "42 %"; ``missing`` when there is no value."""
    if value is None:
        return missing
    return f"{float(value):.0f}{gap}%"
