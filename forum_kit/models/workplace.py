"""Places (workplaces and neighbourhoods) and their area tree (any depth, user-named kinds), with
dated headcount history. A neighbourhood is a ``Workplace`` row of kind "neighbourhood": the same
tree, people, map, growth and forums serve it, and ``forum_kit.places`` gives it its words."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum_kit.models.base import Base
from forum_kit.models.enums import PlaceKind, Zone, enum_column
from forum_kit.models.travel import Travelling


class Workplace(Travelling, Base):
    __tablename__ = "workplaces"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200), unique=True)
    employer: Mapped[str] = mapped_column(sa.String(200), default="")
    address: Mapped[str] = mapped_column(sa.Text, default="")
    notes: Mapped[str] = mapped_column(sa.Text, default="")
    created_on: Mapped[dt.date] = mapped_column(sa.Date)
    kind: Mapped[PlaceKind] = mapped_column(
        enum_column(PlaceKind, "place_kind"), default=PlaceKind.WORKPLACE,
        server_default=PlaceKind.WORKPLACE.value,
    )

    areas: Mapped[list[Area]] = relationship(
        back_populates="workplace", cascade="all, delete-orphan"
    )


class Area(Travelling, Base):
    """A department, line, ward or shift: a node of the workplace's tree."""

    __tablename__ = "areas"
    __table_args__ = (sa.UniqueConstraint("workplace_id", "parent_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workplace_id: Mapped[int] = mapped_column(
        sa.ForeignKey("workplaces.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("areas.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(sa.String(200))
    kind: Mapped[str] = mapped_column(sa.String(60), default="area")
    position: Mapped[int] = mapped_column(default=0)
    zone: Mapped[Zone | None] = mapped_column(enum_column(Zone, "zone"))
    # why the zone is free or dangerous ("the supervisor's office looks onto it")
    zone_note: Mapped[str] = mapped_column(sa.String(500), default="")
    # free text from before revision 0015, which copied each line into ``area_hazards``
    hazards: Mapped[str] = mapped_column(sa.Text, default="")
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    workplace: Mapped[Workplace] = relationship(back_populates="areas")
    parent: Mapped[Area | None] = relationship(remote_side=[id])


class AreaHeadcount(Travelling, Base):
    """The number of workers in an area from a date on (the real headcount, mapped or not)."""

    __tablename__ = "area_headcounts"
    __table_args__ = (
        sa.UniqueConstraint("area_id", "as_of"),
        sa.CheckConstraint("headcount >= 0", name="headcount_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int] = mapped_column(sa.ForeignKey("areas.id", ondelete="CASCADE"), index=True)
    as_of: Mapped[dt.date] = mapped_column(sa.Date)
    headcount: Mapped[int]
