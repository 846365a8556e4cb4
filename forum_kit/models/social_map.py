"""The social map's own records: where each contact worked before a move (``placements``, the
dated history of area and shift), hazards noted in an area, the floor plan a steward arranges
the areas' tiles on, and the chart views a steward saves by name.

A contact's current area and shift stay on ``contacts``; a placement row says where they were
*until* a date, so a person who never moved has no rows and the growth figures of any date read
where people were then (``forum_kit.queries.placements`` owns the rule)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from forum_kit.models.base import Base


class Placement(Base):
    """A contact was in ``area_id`` on ``shift`` up to (not including) ``until_on``; the period
    starts at the previous row's ``until_on`` (or whenever they were added)."""

    __tablename__ = "placements"
    __table_args__ = (
        sa.Index("ix_placements_contact", "contact_id", "until_on", "id"),
        sa.Index("ix_placements_area", "area_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(sa.ForeignKey("contacts.id", ondelete="CASCADE"))
    # An area deleted with its people moved elsewhere takes its history rows along (the delete
    # rewrites them to the new area first; the cascade is the safety net).
    area_id: Mapped[int] = mapped_column(sa.ForeignKey("areas.id", ondelete="CASCADE"))
    shift: Mapped[str] = mapped_column(sa.String(60), default="")
    until_on: Mapped[dt.date] = mapped_column(sa.Date)


class AreaHazard(Base):
    """A hazard noted in an area (heat, forklift traffic, chemicals), open until resolved."""

    __tablename__ = "area_hazards"

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(sa.ForeignKey("areas.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(sa.String(500))
    noted_on: Mapped[dt.date] = mapped_column(sa.Date)
    resolved_on: Mapped[dt.date | None] = mapped_column(sa.Date)


class FloorPlanTile(Base):
    """Where an area's tile sits on its workplace's floor plan, in grid cells."""

    __tablename__ = "floor_plan_tiles"
    __table_args__ = (
        sa.CheckConstraint("x >= 0 AND y >= 0", name="inside_plan"),
        sa.CheckConstraint("w >= 1 AND h >= 1", name="has_size"),
    )

    area_id: Mapped[int] = mapped_column(
        sa.ForeignKey("areas.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    x: Mapped[int]
    y: Mapped[int]
    w: Mapped[int]
    h: Mapped[int]


class ChartView(Base):
    """A named way of looking at the chart: its columns, filters and sort (JSON of known keys,
    validated by ``forum_kit.services.chart_views``)."""

    __tablename__ = "chart_views"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(100), unique=True)
    columns: Mapped[str] = mapped_column(sa.Text)
    filters: Mapped[str] = mapped_column(sa.Text, default="{}")
    sort: Mapped[str] = mapped_column(sa.String(30), default="name")
    descending: Mapped[bool] = mapped_column(default=False)
