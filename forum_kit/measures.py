"""What the mutual-aid and time-bank figures measure, once for the queries that count them, the
bundle that carries them, the council that rolls them up and the briefing that prints them:
the measure codes, their words, which are counted per month, and the name of the year's period.
"""

from __future__ import annotations

__all__ = ["MEASURES", "MONTHLY", "YEAR"]

YEAR = "year"
# (measure, words); the money measures are counted for the year only
MEASURES: tuple[tuple[str, str], ...] = (
    ("exchanges", "Time-bank exchanges"),
    ("minutes", "Hours exchanged"),
    ("active_members", "Members active in the time bank"),
    ("needs_raised", "Needs raised"),
    ("met_within_week", "Needs met within a week"),
    ("helpers", "People helping"),
    ("fund_in", "Money into the solidarity fund"),
    ("fund_out", "Money out of the solidarity fund"),
)
MONTHLY: tuple[str, ...] = (
    "exchanges",
    "minutes",
    "active_members",
    "needs_raised",
    "met_within_week",
    "helpers",
)
