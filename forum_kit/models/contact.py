"""Contacts (the chart's rows), social ties, the assessment scale (its levels, their order and
the retired levels' mapping) and the append-only assessment history."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from forum_kit.models.base import Base
from forum_kit.models.enums import Employment, enum_column
from forum_kit.models.travel import Travelling


class Contact(Travelling, Base):
    __tablename__ = "contacts"
    __table_args__ = (
        sa.UniqueConstraint("workplace_id", "employee_number"),
        sa.CheckConstraint("length(trim(first_name)) > 0", name="has_name"),
        sa.Index("ix_contacts_area_name", "area_id", "last_name", "first_name"),
        # People lists sort by name (or level, then name) within a workplace and hide people who
        # have left: with left_on in the index SQLite reads ids in display order from the index
        # alone instead of sorting 100k rows in a temp b-tree (0.55-1.2 s measured before).
        # Revision 0002 makes the name columns of these two COLLATE NOCASE, as the sort is;
        # SQLite does not report an index column's collation, so they are listed plainly here.
        sa.Index("ix_contacts_wp_name", "workplace_id", "last_name", "first_name", "left_on"),
        sa.Index("ix_contacts_wp_level", "workplace_id", "current_level", "last_name",
                 "first_name", "left_on"),
        sa.Index("ix_contacts_wp_area", "workplace_id", "area_id", "left_on"),
        # The People filter's language choices: a DISTINCT read from this small covering index
        # instead of every contact row (47 of the 117 ms first paint at 100k, revision 0005).
        sa.Index("ix_contacts_wp_language", "workplace_id", "language"),
        # Deleting a contact looks up every row that points at it (SET NULL): without an index
        # each delete scanned this table (50 ms a contact at 100k rows; revision 0008).
        sa.Index("ix_contacts_last_contact_by_id", "last_contact_by_id",
                 sqlite_where=sa.text("last_contact_by_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # No single-column indexes on these two (dropped in revision 0008): ix_contacts_wp_* and
    # ix_contacts_area_name start with them, and each extra index cost ~40 ms of a 100k import.
    workplace_id: Mapped[int] = mapped_column(sa.ForeignKey("workplaces.id", ondelete="CASCADE"))
    area_id: Mapped[int] = mapped_column(sa.ForeignKey("areas.id", ondelete="RESTRICT"))
    first_name: Mapped[str] = mapped_column(sa.String(200))
    last_name: Mapped[str] = mapped_column(sa.String(200), default="")
    shift: Mapped[str] = mapped_column(sa.String(60), default="")
    job_title: Mapped[str] = mapped_column(sa.String(200), default="")
    employment: Mapped[Employment | None] = mapped_column(enum_column(Employment, "employment"))
    employee_number: Mapped[str | None] = mapped_column(sa.String(60))
    phone: Mapped[str] = mapped_column(sa.String(60), default="")
    email: Mapped[str] = mapped_column(sa.String(254), default="")
    language: Mapped[str] = mapped_column(sa.String(60), default="")
    sensitive: Mapped[bool] = mapped_column(default=False)
    organic_leader: Mapped[bool] = mapped_column(default=False)
    card_signed_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    notes: Mapped[str] = mapped_column(sa.Text, default="")
    # No single-column indexes on added_on, current_level or last_contact_on (dropped in revision
    # 0009), nor a name index across workplaces (0010): every screen reads them per workplace or
    # area, through the indexes above.
    added_on: Mapped[dt.date] = mapped_column(sa.Date)
    left_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    # Derived from the assessment and conversation history by triggers (revision 0002), so that
    # 100k-row lists sort and filter in SQL; never written by services.
    current_level: Mapped[int] = mapped_column(default=0)
    current_assessed_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    last_contact_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    last_contact_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("contacts.id", ondelete="SET NULL")
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class SocialTie(Travelling, Base):
    """Who talks to whom: an undirected tie between two contacts, smaller id first."""

    __tablename__ = "social_ties"
    __table_args__ = (
        sa.UniqueConstraint("contact_a_id", "contact_b_id"),
        sa.CheckConstraint("contact_a_id < contact_b_id", name="ordered_pair"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_a_id: Mapped[int] = mapped_column(
        sa.ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    contact_b_id: Mapped[int] = mapped_column(
        sa.ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(sa.String(60), default="")
    notes: Mapped[str] = mapped_column(sa.Text, default="")


class AssessmentLevel(Base):
    """One step of the vault's assessment scale (labels, colours and meaning are configurable)."""

    __tablename__ = "assessment_levels"

    level: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    label: Mapped[str] = mapped_column(sa.String(60))
    colour: Mapped[str] = mapped_column(sa.String(9))
    definition: Mapped[str] = mapped_column(sa.Text, default="")
    counts_as_support: Mapped[bool] = mapped_column(default=False)
    counts_as_assessed: Mapped[bool] = mapped_column(default=True)
    # Place on the scale, 1 = the strongest support (0 for "unassessed"); NULL once retired.
    position: Mapped[int | None]
    # A level taken off the scale keeps its rows of history and reads as this active level
    # (revision 0015): history is mapped, never renumbered. Checked by forum_kit.services.scale
    # rather than by a foreign key, so that the column can be dropped again (SQLite refuses to
    # drop a column a foreign key uses, and rebuilding a table assessments point at is worse).
    retired_into: Mapped[int | None]


class Assessment(Travelling, Base):
    """One dated assessment of a contact. Rows are never updated: a trigger refuses it."""

    __tablename__ = "assessments"
    __table_args__ = (
        sa.Index("ix_assessments_contact_date", "contact_id", "assessed_on", "id"),
        # Deleting a contact looks up every row that points at it (SET NULL): without an index
        # each delete scanned this table (50 ms a contact at 100k rows; revision 0008).
        sa.Index("ix_assessments_assessed_by_id", "assessed_by_id",
                 sqlite_where=sa.text("assessed_by_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(sa.ForeignKey("contacts.id", ondelete="CASCADE"))
    level: Mapped[int] = mapped_column(
        sa.ForeignKey("assessment_levels.level", ondelete="RESTRICT")
    )
    assessed_on: Mapped[dt.date] = mapped_column(sa.Date)
    assessed_by_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("contacts.id", ondelete="SET NULL")
    )
    conversation_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("conversations.id", ondelete="SET NULL"), index=True
    )
    evidence: Mapped[str] = mapped_column(sa.Text, default="")
