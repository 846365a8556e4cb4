"""The committee's shared chart: what a chart keeper's vault records about its committee, the
copies it sent and the field reports it received and reviewed, with the provenance of every
change a report brought in; and, in a steward's vault, the keepers it trusts, the copies it
holds (each in a database file of its own) and the steward's pending report entries.

Public keys and fingerprints are kept here as the bundles' ``trusted_peers`` keeps them: a
committee peer is trusted only after its fingerprint was compared in person. A held copy's
database key lives only here, inside the encrypted vault. Provenance rows keep the reporter's
name and fingerprint as written, so they outlive the member's removal.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from forum_kit.models.base import Base

# ------------------------------------------------------------------------------ keeper's side


class ChartMember(Base):
    """A steward of the committee, named by the keeper for one workplace, with a scope: the
    whole workplace or some areas (with everything under them), and whether the steward may
    see people, notes and grievances marked sensitive."""

    __tablename__ = "chart_members"
    __table_args__ = (
        sa.UniqueConstraint("workplace_id", "fingerprint"),
        sa.UniqueConstraint("workplace_id", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workplace_id: Mapped[int] = mapped_column(
        sa.ForeignKey("workplaces.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(sa.String(200))
    signing_public: Mapped[bytes] = mapped_column(sa.LargeBinary(32))
    agreement_public: Mapped[bytes] = mapped_column(sa.LargeBinary(32))
    fingerprint: Mapped[bytes] = mapped_column(sa.LargeBinary(20), index=True)
    whole_workplace: Mapped[bool] = mapped_column(default=True)
    sensitive: Mapped[bool] = mapped_column(default=False)
    # the steward's own row in the chart, when there is one: the author of their one-on-ones
    contact_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    added_on: Mapped[dt.date] = mapped_column(sa.Date)
    # the creation time of the newest report taken in from this steward: the replay watermark
    last_report_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)


class ChartMemberArea(Base):
    """One area of a member's scope (the scope is each area with all the areas under it)."""

    __tablename__ = "chart_member_areas"

    member_id: Mapped[int] = mapped_column(
        sa.ForeignKey("chart_members.id", ondelete="CASCADE"), primary_key=True
    )
    area_id: Mapped[int] = mapped_column(
        sa.ForeignKey("areas.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ChartCopySent(Base):
    """A copy the keeper wrote for a member: the base a later report names."""

    __tablename__ = "chart_copies_sent"

    id: Mapped[int] = mapped_column(primary_key=True)
    copy_id: Mapped[bytes] = mapped_column(sa.LargeBinary(16), unique=True)
    member_id: Mapped[int] = mapped_column(
        sa.ForeignKey("chart_members.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    records: Mapped[int] = mapped_column(default=0)


class ChartReport(Base):
    """A field report taken in from a member, waiting for the keeper's review or reviewed. Its
    operations (and the keeper's decision on each) are kept as JSON inside the vault."""

    __tablename__ = "chart_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[bytes] = mapped_column(sa.LargeBinary(16), unique=True)
    member_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("chart_members.id", ondelete="SET NULL"), index=True
    )
    reporter_name: Mapped[str] = mapped_column(sa.String(200))
    reporter_fingerprint: Mapped[bytes] = mapped_column(sa.LargeBinary(20))
    base_copy_id: Mapped[bytes] = mapped_column(sa.LargeBinary(16))
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    received_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    operations: Mapped[str] = mapped_column(sa.Text)
    decisions: Mapped[str] = mapped_column(sa.Text, default="{}")


class ChartProvenance(Base):
    """Who reported a record (or one field of it), through which report, and who accepted it."""

    __tablename__ = "chart_provenance"
    __table_args__ = (sa.Index("ix_chart_provenance_record", "record_uid", "field"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    record_kind: Mapped[str] = mapped_column(sa.String(40))
    record_uid: Mapped[str] = mapped_column(sa.String(32))
    field: Mapped[str] = mapped_column(sa.String(60), default="")
    action: Mapped[str] = mapped_column(sa.String(20))
    entry_uid: Mapped[str] = mapped_column(sa.String(32))
    report_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("chart_reports.id", ondelete="SET NULL"), index=True
    )
    report_ref: Mapped[bytes] = mapped_column(sa.LargeBinary(16))
    reporter_name: Mapped[str] = mapped_column(sa.String(200))
    reporter_fingerprint: Mapped[bytes] = mapped_column(sa.LargeBinary(20))
    reported_on: Mapped[dt.date] = mapped_column(sa.Date)
    accepted_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    accepted_by: Mapped[str] = mapped_column(sa.String(200))


# ----------------------------------------------------------------------------- steward's side


class ChartKeeper(Base):
    """A chart keeper whose copies this vault opens (trusted after comparing fingerprints)."""

    __tablename__ = "chart_keepers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200), unique=True)
    signing_public: Mapped[bytes] = mapped_column(sa.LargeBinary(32))
    agreement_public: Mapped[bytes] = mapped_column(sa.LargeBinary(32))
    fingerprint: Mapped[bytes] = mapped_column(sa.LargeBinary(20), unique=True)
    added_on: Mapped[dt.date] = mapped_column(sa.Date)
    # the creation time of the newest copy opened from this keeper: the replay watermark
    last_copy_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)


class ChartCopy(Base):
    """The copy of one keeper's chart of one workplace this vault holds: a database file of its
    own in the vault folder (``copies/``), keyed with ``db_key``, replaced by each newer copy."""

    __tablename__ = "chart_copies"
    __table_args__ = (sa.UniqueConstraint("keeper_id", "workplace_uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    keeper_id: Mapped[int] = mapped_column(
        sa.ForeignKey("chart_keepers.id", ondelete="CASCADE"), index=True
    )
    workplace_uid: Mapped[str] = mapped_column(sa.String(32))
    workplace_name: Mapped[str] = mapped_column(sa.String(200))
    copy_id: Mapped[bytes] = mapped_column(sa.LargeBinary(16))
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    opened_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    db_name: Mapped[str] = mapped_column(sa.String(80))
    db_key: Mapped[bytes] = mapped_column(sa.LargeBinary(32))
    you_uid: Mapped[str | None] = mapped_column(sa.String(32))
    scope: Mapped[str] = mapped_column(sa.Text, default="{}")
    records: Mapped[int] = mapped_column(default=0)


class ChartEntry(Base):
    """One change the steward logged in a copy for the keeper: pending until the keeper's review
    comes back in a newer copy (``sent`` once in a report; ``declined`` when the keeper said no;
    accepted entries are dropped, the copy then holds them)."""

    __tablename__ = "chart_entries"
    __table_args__ = (sa.Index("ix_chart_entries_copy_status", "copy_row_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    copy_row_id: Mapped[int] = mapped_column(sa.ForeignKey("chart_copies.id", ondelete="CASCADE"))
    uid: Mapped[str] = mapped_column(sa.String(32), unique=True)
    op: Mapped[str] = mapped_column(sa.String(40))
    target_uid: Mapped[str] = mapped_column(sa.String(32), index=True)
    data: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    status: Mapped[str] = mapped_column(sa.String(12), default="pending")
    report_ref: Mapped[bytes | None] = mapped_column(sa.LargeBinary(16))


class ChartReportSent(Base):
    """A report this vault wrote for a keeper."""

    __tablename__ = "chart_reports_sent"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[bytes] = mapped_column(sa.LargeBinary(16), unique=True)
    copy_row_id: Mapped[int] = mapped_column(
        sa.ForeignKey("chart_copies.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    entries: Mapped[int] = mapped_column(default=0)
