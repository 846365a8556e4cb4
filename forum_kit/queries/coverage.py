"""Committee coverage: the one-to-ten rule (ORGANISING.md: about one committee member per ten
coworkers, from every area, shift and social group) counted by area, shift, language or job, or
one against another as a matrix, so the committee sees where it has nobody.

People are those mapped on the date (added by then and not left), in the area and on the shift
they had that day (dated placements); language and job are read as they stand. A committee
member is someone with an open C membership that day; helpers (CH) are counted beside them but do
not meet the rule. A group needs ``ceil(people / 10)`` members; a cell with people and no member
is *nobody*. A person with no shift, language or job recorded counts in a group of their own
(keyed by the empty string), so every person is in exactly one cell and the totals add up."""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import InvalidInput, NotFound
from forum_kit.i18n import _
from forum_kit.models import CommitteeMembership, Contact, Workplace
from forum_kit.models.enums import CommitteeRole
from forum_kit.queries.areas import area_tree
from forum_kit.queries.placements import area_on, shift_on

DIMENSIONS = ("area", "shift", "language", "job")
RATIO = 10

_c = Contact.__table__
_m = CommitteeMembership.__table__


@dataclass(frozen=True)
class CoverageCell:
    people: int = 0
    members: int = 0
    helpers: int = 0

    @property
    def needed(self) -> int:
        return math.ceil(self.people / RATIO)

    @property
    def short(self) -> int:
        return max(0, self.needed - self.members)

    @property
    def nobody(self) -> bool:
        return self.people > 0 and self.members == 0

    def __add__(self, other: CoverageCell) -> CoverageCell:
        return CoverageCell(
            self.people + other.people, self.members + other.members, self.helpers + other.helpers
        )


@dataclass(frozen=True)
class CoverageMatrix:
    """Rows by one dimension, columns by another (or one "All" column): the cells, and totals
    per row, per column and overall; keys are display text ("" when nothing was recorded, and
    an area's whole path)."""

    rows_by: str
    columns_by: str | None
    as_of: dt.date
    row_keys: tuple[str, ...]
    column_keys: tuple[str, ...]
    cells: dict[tuple[str, str], CoverageCell]
    row_totals: dict[str, CoverageCell]
    column_totals: dict[str, CoverageCell]
    total: CoverageCell

    def cell(self, row: str, column: str) -> CoverageCell:
        return self.cells.get((row, column), CoverageCell())

    @property
    def gaps(self) -> int:
        """How many groups (cells) have people and no committee member."""
        return sum(1 for c in self.cells.values() if c.nobody)


ALL = "All"


def coverage(
    session: Session, *, workplace_id: int, rows: str, columns: str | None = None, as_of: dt.date
) -> CoverageMatrix:
    """The workplace's coverage on ``as_of`` by ``rows`` (and ``columns``), from
    ``DIMENSIONS``."""
    for value, what in ((rows, "Rows"), (columns, "Columns")):
        if value is not None and value not in DIMENSIONS:
            raise InvalidInput(_("{what} must be one of: {join}.").format(
                                 what=what,
                                 join=', '.join(DIMENSIONS)))
    if columns == rows:
        raise InvalidInput(_("Choose two different groupings for rows and columns."))
    if not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime):
        raise InvalidInput(_("As-of must be a date."))
    if session.get(Workplace, workplace_id) is None:
        raise NotFound(_("No workplace with id {workplace_id}.").format(workplace_id=workplace_id))
    nodes = area_tree(session, workplace_id, counts=False)
    paths: dict[int, str] = {}
    for n in nodes:
        paths[n.id] = n.name if n.parent_id is None else f"{paths[n.parent_id]} / {n.name}"
    order = {n.id: i for i, n in enumerate(nodes)}
    columns_of = {
        "area": area_on(as_of).label("area"),
        "shift": shift_on(as_of).label("shift"),
        "language": _c.c.language.label("language"),
        "job": _c.c.job_title.label("job"),
    }
    role = (
        sa.select(sa.func.min(_m.c.role))
        .where(
            _m.c.contact_id == _c.c.id,
            _m.c.joined_on <= as_of,
            sa.or_(_m.c.left_on.is_(None), _m.c.left_on > as_of),
        )
        .scalar_subquery()
    )
    wanted = [rows] + ([columns] if columns else [])
    cells: dict[tuple[str, str], CoverageCell] = defaultdict(CoverageCell)
    area_keys: dict[str, int] = {}
    for row in session.execute(
        sa.select(*(columns_of[d] for d in wanted), role.label("role")).where(
            _c.c.workplace_id == workplace_id,
            _c.c.added_on <= as_of,
            sa.or_(_c.c.left_on.is_(None), _c.c.left_on > as_of),
        )
    ):
        keys = []
        for d in wanted:
            value = getattr(row, d)
            if d == "area":
                text = paths.get(value, "")
                area_keys[text] = order.get(value, len(order))
            else:
                text = (value or "").strip()
            keys.append(text)
        key = (keys[0], keys[1] if columns else ALL)
        cells[key] = cells[key] + CoverageCell(
            1,
            int(row.role == CommitteeRole.MEMBER.value),
            int(row.role == CommitteeRole.HELPER.value),
        )

    def sort_key(dimension: str | None, text: str) -> tuple:
        if dimension == "area":
            return (area_keys.get(text, len(order)), text)
        return (text == "", text.casefold(), text)  # "not recorded" last

    row_keys = tuple(sorted({k[0] for k in cells}, key=lambda t: sort_key(rows, t)))
    column_keys = tuple(sorted({k[1] for k in cells}, key=lambda t: sort_key(columns, t)))
    row_totals = {
        r: sum((cells.get((r, c), CoverageCell()) for c in column_keys), CoverageCell())
        for r in row_keys
    }
    column_totals = {
        c: sum((cells.get((r, c), CoverageCell()) for r in row_keys), CoverageCell())
        for c in column_keys
    }
    total = sum(row_totals.values(), CoverageCell())
    return CoverageMatrix(
        rows, columns, as_of, row_keys, column_keys, dict(cells), row_totals, column_totals, total
    )
