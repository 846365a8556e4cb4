"""Contracts with grievance procedures and holiday calendars; grievances with steps, extensions,
grievants and evidence attachments (stored inside the encrypted vault)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum_kit.models.base import Base
from forum_kit.models.enums import (
    DeadlineKind,
    GrievanceOutcome,
    GrievanceStatus,
    GrievanceType,
    LimitUnit,
    StepEventKind,
    enum_column,
)
from forum_kit.models.travel import Travelling


class Contract(Travelling, Base):
    __tablename__ = "contracts"

    id: Mapped[int] = mapped_column(primary_key=True)
    workplace_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("workplaces.id", ondelete="SET NULL")
    )
    name: Mapped[str] = mapped_column(sa.String(200), unique=True)
    roll_forward: Mapped[bool] = mapped_column(default=True)
    # Weekdays that are not working days, Monday = 0, as a compact string such as "56".
    weekend_days: Mapped[str] = mapped_column(sa.String(7), default="56")

    steps: Mapped[list[ContractStep]] = relationship(
        cascade="all, delete-orphan", order_by="ContractStep.ordinal"
    )
    holidays: Mapped[list[ContractHoliday]] = relationship(
        cascade="all, delete-orphan", order_by="ContractHoliday.day"
    )
    type_starts: Mapped[list[ContractTypeStart]] = relationship(cascade="all, delete-orphan")


class ContractStep(Travelling, Base):
    """One step of the procedure and its time limits.

    The filing limit of the first step counts from the incident or knowledge; a later step's filing
    limit (the appeal) counts from the previous step's answer or its due date. Triggers are
    stored as a comma-separated list of ``forum_kit.deadlines.Trigger`` values.
    """

    __tablename__ = "contract_steps"
    __table_args__ = (
        sa.UniqueConstraint("contract_id", "ordinal"),
        sa.CheckConstraint("file_days >= 0", name="file_days_not_negative"),
        sa.CheckConstraint(
            "answer_days IS NULL OR answer_days >= 0", name="answer_days_not_negative"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(sa.ForeignKey("contracts.id", ondelete="CASCADE"))
    ordinal: Mapped[int]
    name: Mapped[str] = mapped_column(sa.String(80))
    answered_by: Mapped[str] = mapped_column(sa.String(200), default="")
    file_days: Mapped[int]
    file_unit: Mapped[LimitUnit] = mapped_column(enum_column(LimitUnit, "file_unit"))
    file_from: Mapped[str] = mapped_column(sa.String(120))
    file_whichever: Mapped[str] = mapped_column(sa.String(5), default="first")
    answer_days: Mapped[int | None]
    answer_unit: Mapped[LimitUnit | None] = mapped_column(enum_column(LimitUnit, "answer_unit"))
    # Optional limit for a grievance that STARTS at this step (a discharge filed straight at step 3
    # counts from the incident, not from a step 2 answer): deadlines.StepRule.start_limit.
    start_days: Mapped[int | None]
    start_unit: Mapped[LimitUnit | None] = mapped_column(enum_column(LimitUnit, "start_unit"))
    start_from: Mapped[str | None] = mapped_column(sa.String(120))
    start_whichever: Mapped[str] = mapped_column(sa.String(5), default="last")


class ContractHoliday(Travelling, Base):
    __tablename__ = "contract_holidays"
    __table_args__ = (sa.UniqueConstraint("contract_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(sa.ForeignKey("contracts.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(sa.Date)
    name: Mapped[str] = mapped_column(sa.String(120), default="")


class ContractTypeStart(Travelling, Base):
    """Which step a grievance type starts at (discharge and policy often start at step 3)."""

    __tablename__ = "contract_type_starts"
    __table_args__ = (sa.UniqueConstraint("contract_id", "grievance_type"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(sa.ForeignKey("contracts.id", ondelete="CASCADE"))
    grievance_type: Mapped[GrievanceType] = mapped_column(enum_column(GrievanceType, "start_type"))
    start_ordinal: Mapped[int]


grievance_grievants = sa.Table(
    "grievance_grievants",
    Base.metadata,
    sa.Column("grievance_id", sa.ForeignKey("grievances.id", ondelete="CASCADE"), primary_key=True),
    sa.Column(
        "contact_id", sa.ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)


class Grievance(Travelling, Base):
    __tablename__ = "grievances"
    __table_args__ = (
        sa.Index("ix_grievances_status", "status", "current_step"),
        # Deleting a contact looks up every row that points at it (SET NULL): without an index
        # each delete scanned this table (50 ms a contact at 100k rows; revision 0008).
        sa.Index("ix_grievances_steward_id", "steward_id",
                 sqlite_where=sa.text("steward_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(sa.String(40), unique=True)
    workplace_id: Mapped[int] = mapped_column(
        sa.ForeignKey("workplaces.id", ondelete="CASCADE"), index=True
    )
    area_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("areas.id", ondelete="SET NULL"), index=True
    )
    contract_id: Mapped[int] = mapped_column(sa.ForeignKey("contracts.id", ondelete="RESTRICT"))
    grievance_type: Mapped[GrievanceType] = mapped_column(
        enum_column(GrievanceType, "grievance_type")
    )
    title: Mapped[str] = mapped_column(sa.String(200))
    who: Mapped[str] = mapped_column(sa.Text, default="")
    what: Mapped[str] = mapped_column(sa.Text, default="")
    where: Mapped[str] = mapped_column(sa.Text, default="")
    why: Mapped[str] = mapped_column(sa.Text, default="")
    contract_article: Mapped[str] = mapped_column(sa.String(120), default="")
    remedy: Mapped[str] = mapped_column(sa.Text, default="")
    incident_on: Mapped[dt.date] = mapped_column(sa.Date)
    knew_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    steward_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("contacts.id", ondelete="SET NULL")
    )
    status: Mapped[GrievanceStatus] = mapped_column(
        enum_column(GrievanceStatus, "grievance_status"), default=GrievanceStatus.OPEN
    )
    current_step: Mapped[int]
    outcome: Mapped[GrievanceOutcome | None] = mapped_column(
        enum_column(GrievanceOutcome, "outcome")
    )
    outcome_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    outcome_notes: Mapped[str] = mapped_column(sa.Text, default="")
    sensitive: Mapped[bool] = mapped_column(default=False)
    opened_on: Mapped[dt.date] = mapped_column(sa.Date)

    events: Mapped[list[GrievanceEvent]] = relationship(
        cascade="all, delete-orphan", order_by="(GrievanceEvent.on, GrievanceEvent.id)"
    )
    extensions: Mapped[list[GrievanceExtension]] = relationship(
        cascade="all, delete-orphan", order_by="GrievanceExtension.agreed_on"
    )


class GrievanceEvent(Travelling, Base):
    """Step history: filed or answered at a step (an appeal is a filing at the next step)."""

    __tablename__ = "grievance_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    grievance_id: Mapped[int] = mapped_column(
        sa.ForeignKey("grievances.id", ondelete="CASCADE"), index=True
    )
    step: Mapped[int]
    kind: Mapped[StepEventKind] = mapped_column(enum_column(StepEventKind, "event_kind"))
    on: Mapped[dt.date] = mapped_column(sa.Date)
    notes: Mapped[str] = mapped_column(sa.Text, default="")


class GrievanceExtension(Travelling, Base):
    __tablename__ = "grievance_extensions"

    id: Mapped[int] = mapped_column(primary_key=True)
    grievance_id: Mapped[int] = mapped_column(
        sa.ForeignKey("grievances.id", ondelete="CASCADE"), index=True
    )
    step: Mapped[int]
    kind: Mapped[DeadlineKind] = mapped_column(enum_column(DeadlineKind, "deadline_kind"))
    agreed_on: Mapped[dt.date] = mapped_column(sa.Date)
    agreed_with: Mapped[str] = mapped_column(sa.String(200))
    new_date: Mapped[dt.date] = mapped_column(sa.Date)


class Attachment(Base):
    """Evidence kept inside the encrypted database, never as a loose file."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    grievance_id: Mapped[int] = mapped_column(
        sa.ForeignKey("grievances.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(sa.String(255))
    media_type: Mapped[str] = mapped_column(sa.String(120), default="application/octet-stream")
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(sa.String(64))
    added_on: Mapped[dt.date] = mapped_column(sa.Date)
    data: Mapped[bytes] = mapped_column(sa.LargeBinary, deferred=True)
