"""Reading the vault's assessment scale (``scale``: the levels in order with the numbers people
see; changing it is ``forum_kit.services.scale``) and reading levels through it: a retired level
shows as the active level it reads as (its label and colour), filters for a level include the
levels retired into it, and a sort by level follows the scale's order rather than the ids the
history stores."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.models import AssessmentLevel, VaultMeta

_lv = AssessmentLevel.__table__
DIRECTION_KEY = "scale_direction"
SUPPORT_FIRST = "support_first"  # 1 = strongest support (the default: 1 leader ... 5 hostile)
OPPOSITION_FIRST = "opposition_first"  # 1 = strongest opposition
DIRECTIONS = (SUPPORT_FIRST, OPPOSITION_FIRST)


@dataclass(frozen=True)
class LevelRow:
    """One level: ``number`` is what people see (0 for unassessed, None once retired);
    ``retired_into`` the active level a retired one reads as."""

    level: int
    label: str
    colour: str
    definition: str
    counts_as_support: bool
    counts_as_assessed: bool
    position: int | None = None
    number: int | None = None
    retired_into: int | None = None

    @property
    def active(self) -> bool:
        return self.retired_into is None


def direction(session: Session) -> str:
    """Which end of the scale is number 1 (``SUPPORT_FIRST`` unless set)."""
    row = session.get(VaultMeta, DIRECTION_KEY)
    return row.value if row is not None and row.value in DIRECTIONS else SUPPORT_FIRST


def _number(position: int | None, count: int, way: str) -> int | None:
    if position is None:
        return None
    if position == 0 or way == SUPPORT_FIRST:
        return position
    return count + 1 - position


def scale(session: Session) -> list[LevelRow]:
    """Every level: unassessed, then the active ones by number, then the retired ones."""
    t = AssessmentLevel.__table__
    rows = session.execute(sa.select(t).order_by(t.c.level)).all()
    way = direction(session)
    count = sum(1 for r in rows if r.retired_into is None and (r.position or 0) > 0)
    out = [
        LevelRow(
            level=r.level,
            label=r.label,
            colour=r.colour,
            definition=r.definition,
            counts_as_support=bool(r.counts_as_support),
            counts_as_assessed=bool(r.counts_as_assessed),
            position=r.position if r.retired_into is None else None,
            number=_number(r.position, count, way) if r.retired_into is None else None,
            retired_into=r.retired_into,
        )
        for r in rows
    ]
    return sorted(out, key=lambda r: (r.number is None, r.number or 0, r.level))


def effective_levels(session: Session) -> dict[int, int]:
    """Each level id -> the active level it reads as (itself when active)."""
    t = AssessmentLevel.__table__
    return {
        level: level if into is None else into
        for level, into in session.execute(sa.select(t.c.level, t.c.retired_into))
    }


def supporter_labels(session: Session) -> list[str]:
    """The labels of the active levels that count as support, strongest first."""
    return [
        r.label
        for r in sorted(
            (r for r in scale(session) if r.active and r.counts_as_support and r.position),
            key=lambda r: r.position or 0,
        )
    ]


def numbers(session: Session) -> tuple[tuple[str, ...], dict[int, int], bool]:
    """The scale for a printed sheet: the labels by number (unassessed first), each level id's
    number (a retired level has the number of the level it reads as), and whether number 1 is
    the strongest support."""
    rows = scale(session)
    active = [r for r in rows if r.number is not None]
    by_id = {r.level: r.number for r in active}
    for r in rows:
        if r.number is None and r.retired_into is not None:
            by_id[r.level] = by_id.get(r.retired_into, 0)
    labels = tuple(r.label for r in sorted(active, key=lambda r: r.number or 0))
    return labels, by_id, direction(session) == SUPPORT_FIRST


def shown_level(
    source: sa.FromClause, level: sa.ColumnElement[int]
) -> tuple[sa.FromClause, sa.ColumnElement[str], sa.ColumnElement[str]]:
    """``source`` outer-joined to the level ``level`` reads as; its label and colour columns."""
    stored = _lv.alias("stored_level")
    shown = _lv.alias("shown_level")
    joined = source.outerjoin(stored, stored.c.level == level).outerjoin(
        shown, shown.c.level == sa.func.coalesce(stored.c.retired_into, stored.c.level)
    )
    return joined, shown.c.label, shown.c.colour


def with_retired(session: Session, levels: Iterable[int]) -> list[int]:
    """``levels`` and every level retired into one of them."""
    wanted = set(levels)
    retired = session.execute(
        sa.select(_lv.c.level).where(_lv.c.retired_into.in_(sorted(wanted)))
    ).scalars()
    return sorted(wanted | set(retired))


def scale_order(session: Session, level: sa.ColumnElement[int]) -> sa.ColumnElement[int]:
    """A sort key for ``level`` in the scale's order (strongest support first, unassessed
    first of all, as the ids of the default scale run). The column itself while the ids
    already run in that order (the default scale), so an index on it still serves the sort."""
    rank = {}
    for lvl, position, into in session.execute(
        sa.select(_lv.c.level, _lv.c.position, _lv.c.retired_into)
    ):
        rank[lvl] = (position, into)
    order = {}
    for lvl, (position, into) in rank.items():
        if into is not None:
            position = rank.get(into, (None, None))[0]
        order[lvl] = position if position is not None else 99
    if all(order[lvl] == lvl for lvl in order):
        return level
    return sa.case(order, value=level, else_=99)
