"""The two ledgers members keep together: the solidarity fund (money in and out) and the time bank
(hours given and received, an hour for an hour whatever the work).

Both are append-only in the database: triggers (revision 0012) refuse an UPDATE or DELETE of a
posted entry, so a mistake is corrected by a reversing entry (``reverses_id``), never an edit,
and a balance is always the sum of the entries, never a stored total. The only change a posted
row accepts is a reference cleared to NULL by the database itself once the person or need it
named has been deleted (the assessment history's rule, revision 0008). A time-bank exchange is
posted once both members confirmed it or the committee entered it; until then it may still be
confirmed or withdrawn.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from forum_kit.models.base import Base
from forum_kit.models.enums import enum_column


class FundEntryKind(StrEnum):
    DUES = "dues"
    COLLECTION = "collection"
    DONATION = "donation"
    GRANT = "grant"  # to a member, usually against a need
    EXPENSE = "expense"
    REVERSAL = "reversal"


MONEY_IN = (FundEntryKind.DUES, FundEntryKind.COLLECTION, FundEntryKind.DONATION)
MONEY_OUT = (FundEntryKind.GRANT, FundEntryKind.EXPENSE)


class Fund(Base):
    """A solidarity fund; its balance is the sum of its entries."""

    __tablename__ = "funds"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200), unique=True)
    workplace_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("workplaces.id", ondelete="SET NULL")
    )
    currency: Mapped[str] = mapped_column(sa.String(10), default="")
    created_on: Mapped[dt.date] = mapped_column(sa.Date)
    notes: Mapped[str] = mapped_column(sa.Text, default="")


class FundEntry(Base):
    """Money in (positive cents) or out (negative); a reversal is the opposite of its entry."""

    __tablename__ = "fund_entries"
    __table_args__ = (
        sa.CheckConstraint("amount_cents != 0", name="amount_not_zero"),
        sa.CheckConstraint(
            "(kind IN ('dues', 'collection', 'donation') AND amount_cents > 0)"
            " OR (kind IN ('grant', 'expense') AND amount_cents < 0) OR kind = 'reversal'",
            name="sign_follows_kind",
        ),
        sa.CheckConstraint(
            "(kind = 'reversal') = (reverses_id IS NOT NULL)", name="reversal_names_entry"
        ),
        sa.Index("ix_fund_entries_fund_posted", "fund_id", "posted_on", "id"),
        sa.Index(
            "ix_fund_entries_contact_id",
            "contact_id",
            sqlite_where=sa.text("contact_id IS NOT NULL"),
        ),
        sa.Index("ix_fund_entries_need_id", "need_id", sqlite_where=sa.text("need_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    fund_id: Mapped[int] = mapped_column(sa.ForeignKey("funds.id", ondelete="RESTRICT"))
    posted_on: Mapped[dt.date] = mapped_column(sa.Date)
    amount_cents: Mapped[int]
    kind: Mapped[FundEntryKind] = mapped_column(enum_column(FundEntryKind, "fund_entry_kind"))
    contact_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("contacts.id", ondelete="SET NULL")
    )
    need_id: Mapped[int | None] = mapped_column(sa.ForeignKey("aid_needs.id", ondelete="SET NULL"))
    memo: Mapped[str] = mapped_column(sa.Text, default="")
    reverses_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("fund_entries.id", ondelete="RESTRICT"), unique=True
    )
    recorded_on: Mapped[dt.date] = mapped_column(sa.Date)


class TimeBank(Base):
    """A time bank and its rules: an hour is an hour; accounts may go ``floor_minutes`` below 0."""

    __tablename__ = "time_banks"
    __table_args__ = (sa.CheckConstraint("floor_minutes >= 0", name="floor_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200), unique=True)
    workplace_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("workplaces.id", ondelete="SET NULL")
    )
    floor_minutes: Mapped[int] = mapped_column(default=600)
    rules: Mapped[str] = mapped_column(sa.Text, default="")
    created_on: Mapped[dt.date] = mapped_column(sa.Date)


class TimeAccount(Base):
    """A member's account in a time bank; closed when they leave, its history kept."""

    __tablename__ = "time_accounts"
    __table_args__ = (
        sa.UniqueConstraint("contact_id", "bank_id"),
        sa.CheckConstraint("closed_on IS NULL OR closed_on >= opened_on", name="closed_after_open"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    bank_id: Mapped[int] = mapped_column(
        sa.ForeignKey("time_banks.id", ondelete="RESTRICT"), index=True
    )
    # CASCADE for an account nobody ever used; exchanges RESTRICT the delete of one that was.
    contact_id: Mapped[int] = mapped_column(sa.ForeignKey("contacts.id", ondelete="CASCADE"))
    opened_on: Mapped[dt.date] = mapped_column(sa.Date)
    closed_on: Mapped[dt.date | None] = mapped_column(sa.Date)


class TimeExchange(Base):
    """Hours from a giver to a receiver, for what and when; posted once confirmed by both or
    entered by the committee. A reversal swaps the two accounts of the entry it corrects."""

    __tablename__ = "time_exchanges"
    __table_args__ = (
        sa.CheckConstraint("minutes > 0", name="minutes_positive"),
        sa.CheckConstraint("giver_id != receiver_id", name="two_accounts"),
        sa.CheckConstraint(
            "posted = (entered_by_committee OR (confirmed_by_giver AND confirmed_by_receiver))",
            name="posted_when_confirmed",
        ),
        sa.CheckConstraint("(posted = 0) = (posted_on IS NULL)", name="posted_has_date"),
        sa.Index("ix_time_exchanges_bank_done", "bank_id", "done_on", "id"),
        sa.Index("ix_time_exchanges_giver", "giver_id", "posted"),
        sa.Index("ix_time_exchanges_receiver", "receiver_id", "posted"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    bank_id: Mapped[int] = mapped_column(sa.ForeignKey("time_banks.id", ondelete="RESTRICT"))
    giver_id: Mapped[int] = mapped_column(sa.ForeignKey("time_accounts.id", ondelete="RESTRICT"))
    receiver_id: Mapped[int] = mapped_column(sa.ForeignKey("time_accounts.id", ondelete="RESTRICT"))
    minutes: Mapped[int]
    what: Mapped[str] = mapped_column(sa.Text, default="")
    done_on: Mapped[dt.date] = mapped_column(sa.Date)
    confirmed_by_giver: Mapped[bool] = mapped_column(default=False)
    confirmed_by_receiver: Mapped[bool] = mapped_column(default=False)
    entered_by_committee: Mapped[bool] = mapped_column(default=False)
    posted: Mapped[bool] = mapped_column(default=False)
    posted_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    reverses_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("time_exchanges.id", ondelete="RESTRICT"), unique=True
    )
    recorded_on: Mapped[dt.date] = mapped_column(sa.Date)
