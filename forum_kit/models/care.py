"""Care for members: check-ins after a hard event (who checks on the member, by when, and how it
went) and the retaliation log (dated incidents, the manager involved, coworkers who witnessed it,
the grievance it belongs to), kept as evidence for a lawyer or a tribunal.

Retaliation incidents are sensitive by default: they never leave the vault in a document, an
export or a bundle unless someone chooses it and is told first what the file will carry.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from forum_kit.models.base import Base
from forum_kit.models.enums import enum_column


class CareEvent(StrEnum):
    DISCIPLINE = "discipline"
    INJURY = "injury"
    FIRING = "firing"
    EVICTION = "eviction"  # the neighbourhood's firing
    ILLNESS = "illness"
    OTHER = "other"


class CheckIn(Base):
    """Someone on the committee checks on a member after a hard event, by ``due_on``."""

    __tablename__ = "check_ins"
    __table_args__ = (
        sa.CheckConstraint(
            "checker_id IS NULL OR checker_id != contact_id", name="checker_is_another"
        ),
        sa.Index("ix_check_ins_contact", "contact_id", "event_on"),
        sa.Index(
            "ix_check_ins_checker_id", "checker_id", sqlite_where=sa.text("checker_id IS NOT NULL")
        ),
        sa.Index(
            "ix_check_ins_grievance_id",
            "grievance_id",
            sqlite_where=sa.text("grievance_id IS NOT NULL"),
        ),
        # the open ones, by due date: overdue check-ins sit beside overdue deadlines
        sa.Index("ix_check_ins_open_due", "due_on", sqlite_where=sa.text("done_on IS NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(sa.ForeignKey("contacts.id", ondelete="CASCADE"))
    event: Mapped[CareEvent] = mapped_column(enum_column(CareEvent, "care_event"))
    event_on: Mapped[dt.date] = mapped_column(sa.Date)
    about: Mapped[str] = mapped_column(sa.Text, default="")
    grievance_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("grievances.id", ondelete="SET NULL")
    )
    checker_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("contacts.id", ondelete="SET NULL")
    )
    due_on: Mapped[dt.date] = mapped_column(sa.Date)
    done_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    outcome: Mapped[str] = mapped_column(sa.Text, default="")
    recorded_on: Mapped[dt.date] = mapped_column(sa.Date)


retaliation_witnesses = sa.Table(
    "retaliation_witnesses",
    Base.metadata,
    sa.Column(
        "incident_id",
        sa.ForeignKey("retaliation_incidents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column(
        "contact_id", sa.ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)


class RetaliationIncident(Base):
    """One dated act of retaliation against a member: what happened, by whom in management."""

    __tablename__ = "retaliation_incidents"
    __table_args__ = (
        sa.Index("ix_retaliation_wp_date", "workplace_id", "occurred_on"),
        sa.Index(
            "ix_retaliation_contact_id",
            "contact_id",
            sqlite_where=sa.text("contact_id IS NOT NULL"),
        ),
        sa.Index(
            "ix_retaliation_grievance_id",
            "grievance_id",
            sqlite_where=sa.text("grievance_id IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workplace_id: Mapped[int] = mapped_column(sa.ForeignKey("workplaces.id", ondelete="CASCADE"))
    contact_id: Mapped[int | None] = mapped_column(sa.ForeignKey("contacts.id", ondelete="CASCADE"))
    occurred_on: Mapped[dt.date] = mapped_column(sa.Date)
    what: Mapped[str] = mapped_column(sa.Text)
    management: Mapped[str] = mapped_column(sa.Text, default="")
    grievance_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("grievances.id", ondelete="SET NULL")
    )
    sensitive: Mapped[bool] = mapped_column(default=True)
    recorded_on: Mapped[dt.date] = mapped_column(sa.Date)
