"""Organising committees and dated membership (C = member, CH = helper)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from forum_kit.models.base import Base
from forum_kit.models.enums import CommitteeRole, enum_column
from forum_kit.models.travel import Travelling


class Committee(Travelling, Base):
    __tablename__ = "committees"
    __table_args__ = (sa.UniqueConstraint("workplace_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workplace_id: Mapped[int] = mapped_column(
        sa.ForeignKey("workplaces.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(sa.String(200))


class CommitteeMembership(Travelling, Base):
    __tablename__ = "committee_memberships"
    __table_args__ = (
        sa.CheckConstraint("left_on IS NULL OR left_on >= joined_on", name="left_after_join"),
        sa.Index("ix_memberships_contact", "contact_id", "joined_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(
        sa.ForeignKey("committees.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int] = mapped_column(sa.ForeignKey("contacts.id", ondelete="CASCADE"))
    role: Mapped[CommitteeRole] = mapped_column(enum_column(CommitteeRole, "committee_role"))
    joined_on: Mapped[dt.date] = mapped_column(sa.Date)
    left_on: Mapped[dt.date | None] = mapped_column(sa.Date)
