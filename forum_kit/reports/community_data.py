"""The plain, frozen inputs of the community documents: the mutual-aid and time-bank figures a
briefing carries (already protected by the small-numbers rule), the "asks and offers" sheet for
an assembly, a member's time-bank statement and the retaliation log for a lawyer.

Like ``reports.data`` they hold no ORM objects; a query module fills them. ``CommunityFigures``
holds ``Protected`` figures only, so a briefing cannot print a count the rule would hide.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from forum_kit.aid_kinds import KIND_WORDS
from forum_kit.errors import InvalidInput
from forum_kit.i18n import _
from forum_kit.measures import MEASURES, MONTHLY, YEAR
from forum_kit.reports.data import PAPERS, Paper, PlaceKindName, _choice, _tuple
from forum_kit.small_numbers import Protected

__all__ = [
    "KIND_WORDS",
    "MEASURES",
    "MONTHLY",
    "YEAR",
    "AsksOffersData",
    "CommunityFigures",
    "IncidentEntry",
    "RetaliationLogData",
    "SheetItem",
    "StatementLine",
    "TimeStatement",
]


@dataclass(frozen=True)
class CommunityFigures:
    """Protected figures by (period, measure); ``period`` is "2026-03" or "year"."""

    place_kind: PlaceKindName
    threshold: int
    through: dt.date
    months: tuple[str, ...]
    figures: tuple[tuple[str, str, Protected], ...]
    currency: str = ""

    def __post_init__(self) -> None:
        _tuple(self, "months")
        _tuple(self, "figures")
        for _period, _measure, value in self.figures:
            if not isinstance(value, Protected):
                raise InvalidInput(_("figures: every value must be protected (small numbers)."))

    def get(self, period: str, measure: str) -> Protected | None:
        for p, m, value in self.figures:
            if p == period and m == measure:
                return value
        return None

    def is_empty(self) -> bool:
        return all(v.exact and not v.value for _p, _m, v in self.figures)


@dataclass(frozen=True)
class SheetItem:
    """One ask or offer as an assembly may see it; ``name`` is "" unless shown by name."""

    side: str  # "ask" or "offer"
    kind: str
    what: str
    area: str
    when: str
    urgent: bool
    name: str = ""


@dataclass(frozen=True)
class AsksOffersData:
    """The sheet read out or pinned up at an assembly: what is asked and what is offered."""

    place: str
    place_kind: PlaceKindName
    as_of: dt.date
    items: tuple[SheetItem, ...]
    names: bool = False
    contact: str = ""  # how to reach the committee, as the assembly wants it printed
    paper: Paper = "A4"

    def __post_init__(self) -> None:
        _tuple(self, "items")
        _choice(self.paper, PAPERS, "paper")
        if not self.names and any(i.name for i in self.items):
            raise InvalidInput(_("items: a sheet without names cannot carry a name."))


@dataclass(frozen=True)
class StatementLine:
    done_on: dt.date
    other: str
    what: str
    minutes: int  # + given, - received
    balance: int
    note: str  # "correction of 2026-03-12", "corrected later", ""


@dataclass(frozen=True)
class TimeStatement:
    """One member's account in one time bank, for that member."""

    bank: str
    member: str
    opened_on: dt.date
    closed_on: dt.date | None
    floor_minutes: int
    rules: str
    lines: tuple[StatementLine, ...]
    pending: int
    through: dt.date
    paper: Paper = "A4"

    def __post_init__(self) -> None:
        _tuple(self, "lines")
        _choice(self.paper, PAPERS, "paper")

    @property
    def balance(self) -> int:
        return self.lines[-1].balance if self.lines else 0

    @property
    def given(self) -> int:
        return sum(x.minutes for x in self.lines if x.minutes > 0)

    @property
    def received(self) -> int:
        return -sum(x.minutes for x in self.lines if x.minutes < 0)


@dataclass(frozen=True)
class IncidentEntry:
    occurred_on: dt.date
    member: str
    what: str
    management: str
    witnesses: tuple[str, ...]
    grievance: str
    recorded_on: dt.date
    witness_count: int = 0  # counted even when the log names nobody

    def __post_init__(self) -> None:
        _tuple(self, "witnesses")


@dataclass(frozen=True)
class RetaliationLogData:
    """The retaliation log of one place, for a lawyer or a tribunal: a dated timeline."""

    place: str
    prepared_on: dt.date
    incidents: tuple[IncidentEntry, ...]
    names: bool = True
    paper: Paper = "A4"

    def __post_init__(self) -> None:
        _tuple(self, "incidents")
        _choice(self.paper, PAPERS, "paper")
