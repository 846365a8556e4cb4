"""The growth cache: derived per-area figures that ``forum_kit.growth`` reads instead of sweeping
the whole history on every call, and the dirty marks that triggers (revision 0004) set when the
history under them changes. Nothing here is source data: ``growth.rebuild_growth_cache`` can
drop and recompute all of it at any time."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from forum_kit.models.base import Base


class GrowthDay(Base):
    """The additive figures of one area's OWN contacts (sub-areas are summed at read time), one
    row per day on which any of them changes: the row at ``day`` holds for every day up to the
    next row, and before an area's first row every figure is zero. Change points rather than one
    row per week keep any date answerable (series end on "today", whatever weekday that is) and
    stay small: a year with no activity costs no rows."""

    __tablename__ = "growth_daily"
    # Looked up by (area, latest day <= d): clustered on the key, no separate rowid b-tree.
    __table_args__ = {"sqlite_with_rowid": False}

    area_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    day: Mapped[dt.date] = mapped_column(sa.Date, primary_key=True)
    mapped: Mapped[int]
    assessed: Mapped[int]
    supporters: Mapped[int]
    committee_members: Mapped[int]
    committee_helpers: Mapped[int]
    one_on_ones_90d: Mapped[int]
    follow_ups_due: Mapped[int]
    open_grievances: Mapped[int]


class GrowthDirty(Base):
    """An area whose cached rows from ``since`` on are stale (set by triggers, cleared when the
    rows are recomputed). No foreign key to ``areas`` on purpose: a cascade that deletes an area
    and its contacts in one statement would fire the contact triggers against a vanishing area;
    rows of deleted areas are removed by a trigger and are never read."""

    __tablename__ = "growth_dirty"

    area_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    since: Mapped[dt.date] = mapped_column(sa.Date)


class TagDay(Base):
    """How many times each issue tag was put on the one-on-ones of one area's OWN contacts held
    on one day, counting only conversations and contacts that are not sensitive (what a
    briefing's top issues may show); a day and tag without such a conversation has no row.
    Kept with ``growth_daily`` (revision 0006): the same dirty marks, refreshed in the same
    pass, so a briefing sums ~90 days of small rows instead of joining every tag of the
    window's conversations."""

    __tablename__ = "tag_daily"
    __table_args__ = {"sqlite_with_rowid": False}

    area_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    day: Mapped[dt.date] = mapped_column(sa.Date, primary_key=True)
    tag_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    conversations: Mapped[int]
