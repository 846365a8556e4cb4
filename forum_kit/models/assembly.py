"""Forums and councils (a tree of bodies), meetings, attendance, agenda items, motions, delegates
with terms and recalls, mandates and report-backs."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from forum_kit.models.base import Base
from forum_kit.models.enums import (
    BodyKind,
    CarriedOut,
    DelegateRole,
    Instruction,
    MotionKind,
    MotionResult,
    enum_column,
)
from forum_kit.models.travel import Travelling


class Body(Travelling, Base):
    """A forum (an area's or a workplace's assembly) or a council (a higher body)."""

    __tablename__ = "bodies"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[BodyKind] = mapped_column(enum_column(BodyKind, "body_kind"))
    name: Mapped[str] = mapped_column(sa.String(200), unique=True)
    parent_id: Mapped[int | None] = mapped_column(sa.ForeignKey("bodies.id", ondelete="RESTRICT"))
    level: Mapped[str] = mapped_column(sa.String(60), default="")
    workplace_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("workplaces.id", ondelete="SET NULL")
    )
    area_id: Mapped[int | None] = mapped_column(sa.ForeignKey("areas.id", ondelete="SET NULL"))
    recall_rule: Mapped[str] = mapped_column(sa.Text, default="")


meeting_attendance = sa.Table(
    "meeting_attendance",
    Base.metadata,
    sa.Column("meeting_id", sa.ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True),
    sa.Column(
        "contact_id", sa.ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)


class Meeting(Travelling, Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(sa.ForeignKey("bodies.id", ondelete="CASCADE"), index=True)
    held_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    place: Mapped[str] = mapped_column(sa.String(200), default="")
    minutes: Mapped[str] = mapped_column(sa.Text, default="")
    guests: Mapped[int] = mapped_column(default=0)
    # The date a council asks its members' mandates by (from its signed agenda).
    mandates_due: Mapped[dt.date | None] = mapped_column(sa.Date)


class AgendaItem(Travelling, Base):
    __tablename__ = "agenda_items"
    __table_args__ = (sa.UniqueConstraint("meeting_id", "ordinal"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meetings.id", ondelete="CASCADE"))
    ordinal: Mapped[int]
    title: Mapped[str] = mapped_column(sa.String(200))
    description: Mapped[str] = mapped_column(sa.Text, default="")


class Motion(Travelling, Base):
    __tablename__ = "motions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        sa.ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("agenda_items.id", ondelete="SET NULL")
    )
    kind: Mapped[MotionKind] = mapped_column(enum_column(MotionKind, "motion_kind"))
    text: Mapped[str] = mapped_column(sa.Text)
    result: Mapped[MotionResult] = mapped_column(enum_column(MotionResult, "motion_result"))
    votes_for: Mapped[int | None]
    votes_against: Mapped[int | None]
    abstentions: Mapped[int | None]


class Delegate(Travelling, Base):
    """A delegate or alternate elected by a forum to a council for a term; recallable."""

    __tablename__ = "delegates"
    __table_args__ = (
        sa.Index("ix_delegates_forum_council", "forum_id", "council_id", "term_start"),
        # Deleting a contact looks up every row that points at it (SET NULL): without an index
        # each delete scanned this table (50 ms a contact at 100k rows; revision 0008).
        sa.Index("ix_delegates_contact_id", "contact_id",
                 sqlite_where=sa.text("contact_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(sa.ForeignKey("bodies.id", ondelete="CASCADE"))
    council_id: Mapped[int] = mapped_column(sa.ForeignKey("bodies.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("contacts.id", ondelete="SET NULL")
    )
    display_name: Mapped[str] = mapped_column(sa.String(200))
    role: Mapped[DelegateRole] = mapped_column(enum_column(DelegateRole, "delegate_role"))
    term_start: Mapped[dt.date] = mapped_column(sa.Date)
    term_end: Mapped[dt.date] = mapped_column(sa.Date)
    elected_by_motion_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("motions.id", ondelete="SET NULL")
    )
    recalled_by_motion_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("motions.id", ondelete="SET NULL")
    )
    ended_on: Mapped[dt.date | None] = mapped_column(sa.Date)


class Mandate(Travelling, Base):
    """A forum's binding instruction to its delegate on one agenda item of a council meeting."""

    __tablename__ = "mandates"
    __table_args__ = (sa.UniqueConstraint("forum_id", "agenda_item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    forum_id: Mapped[int] = mapped_column(
        sa.ForeignKey("bodies.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int] = mapped_column(
        sa.ForeignKey("agenda_items.id", ondelete="CASCADE")
    )
    motion_id: Mapped[int | None] = mapped_column(sa.ForeignKey("motions.id", ondelete="SET NULL"))
    instruction: Mapped[Instruction] = mapped_column(enum_column(Instruction, "instruction"))
    red_lines: Mapped[str] = mapped_column(sa.Text, default="")
    figure_to_hold: Mapped[str] = mapped_column(sa.String(200), default="")
    expires_on: Mapped[dt.date | None] = mapped_column(sa.Date)


class MandateReport(Travelling, Base):
    """The delegate's report-back on one mandate after the council meeting."""

    __tablename__ = "mandate_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    mandate_id: Mapped[int] = mapped_column(
        sa.ForeignKey("mandates.id", ondelete="CASCADE"), unique=True
    )
    delegate_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("delegates.id", ondelete="SET NULL")
    )
    carried_out: Mapped[CarriedOut] = mapped_column(enum_column(CarriedOut, "carried_out"))
    outcome: Mapped[str] = mapped_column(sa.Text, default="")
    notes: Mapped[str] = mapped_column(sa.Text, default="")
    reported_on: Mapped[dt.date] = mapped_column(sa.Date)
