"""Mutual aid between members: needs and offers (who, what kind, where, when, how urgent, and who
may see it) and the matches that record who helped whom, with a follow-up date.

A need or an offer belongs to a place (a workplace or a neighbourhood) and optionally to one of
its areas. It names a member, or nobody when it came "anonymous to the committee" (then even the
committee does not know who: a trusted member passed it on). Who may see it is the committee
only unless the member agreed to more (``Visibility``).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from forum_kit.aid_kinds import KIND_WORDS as KIND_WORDS
from forum_kit.aid_kinds import AidKind
from forum_kit.models.base import Base
from forum_kit.models.enums import enum_column


class Urgency(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    URGENT = "urgent"


class Visibility(StrEnum):
    """Who may see a need or an offer. Only ``ASSEMBLY`` and ``NAMED`` ever reach paper, and only
    ``NAMED`` with the member's name (and then only when the person printing chooses names)."""

    COMMITTEE = "committee"
    ASSEMBLY = "assembly"
    NAMED = "named"


class NeedStatus(StrEnum):
    OPEN = "open"
    MET = "met"
    PARTLY_MET = "partly_met"
    UNMET = "unmet"  # closed unmet, with a reason


class _AidItem:
    """What a need and an offer share: the place, where, the member (or nobody), the kind, the
    member's words, and who may see it."""

    workplace_id: Mapped[int] = mapped_column(sa.ForeignKey("workplaces.id", ondelete="CASCADE"))
    area_id: Mapped[int | None] = mapped_column(sa.ForeignKey("areas.id", ondelete="SET NULL"))
    contact_id: Mapped[int | None] = mapped_column(sa.ForeignKey("contacts.id", ondelete="CASCADE"))
    anonymous: Mapped[bool] = mapped_column(default=False)
    kind: Mapped[AidKind] = mapped_column(enum_column(AidKind, "aid_kind"))
    what: Mapped[str] = mapped_column(sa.Text, default="")
    visibility: Mapped[Visibility] = mapped_column(
        enum_column(Visibility, "visibility"), default=Visibility.COMMITTEE
    )


class AidNeed(_AidItem, Base):
    """Something a member needs now: food, childcare, a lift, a repair, money, a bed..."""

    __tablename__ = "aid_needs"
    __table_args__ = (
        sa.CheckConstraint("NOT anonymous OR contact_id IS NULL", name="anonymous_has_no_member"),
        sa.CheckConstraint("(status = 'open') = (closed_on IS NULL)", name="closed_has_date"),
        sa.CheckConstraint(
            "needed_by IS NULL OR needed_from IS NULL OR needed_by >= needed_from",
            name="needed_in_order",
        ),
        sa.Index("ix_aid_needs_wp_status", "workplace_id", "status", "raised_on"),
        sa.Index(
            "ix_aid_needs_contact_id", "contact_id", sqlite_where=sa.text("contact_id IS NOT NULL")
        ),
        sa.Index("ix_aid_needs_area_id", "area_id", sqlite_where=sa.text("area_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    needed_from: Mapped[dt.date | None] = mapped_column(sa.Date)
    needed_by: Mapped[dt.date | None] = mapped_column(sa.Date)
    urgency: Mapped[Urgency] = mapped_column(
        enum_column(Urgency, "urgency"), default=Urgency.NORMAL
    )
    raised_on: Mapped[dt.date] = mapped_column(sa.Date)
    status: Mapped[NeedStatus] = mapped_column(
        enum_column(NeedStatus, "need_status"), default=NeedStatus.OPEN
    )
    closed_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    close_reason: Mapped[str] = mapped_column(sa.Text, default="")


class AidOffer(_AidItem, Base):
    """What a member can give: their time, a skill, a car, a spare room, food."""

    __tablename__ = "aid_offers"
    __table_args__ = (
        sa.CheckConstraint("NOT anonymous OR contact_id IS NULL", name="anonymous_has_no_member"),
        sa.CheckConstraint(
            "available_until IS NULL OR available_from IS NULL "
            "OR available_until >= available_from",
            name="available_in_order",
        ),
        sa.Index("ix_aid_offers_wp_kind", "workplace_id", "kind", "withdrawn_on"),
        sa.Index(
            "ix_aid_offers_contact_id", "contact_id", sqlite_where=sa.text("contact_id IS NOT NULL")
        ),
        sa.Index("ix_aid_offers_area_id", "area_id", sqlite_where=sa.text("area_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    available_from: Mapped[dt.date | None] = mapped_column(sa.Date)
    available_until: Mapped[dt.date | None] = mapped_column(sa.Date)
    offered_on: Mapped[dt.date] = mapped_column(sa.Date)
    withdrawn_on: Mapped[dt.date | None] = mapped_column(sa.Date)


class AidMatch(Base):
    """Who helps whom with a need and when, from an offer or not; followed up on a date."""

    __tablename__ = "aid_matches"
    __table_args__ = (
        sa.Index(
            "ix_aid_matches_helper_id", "helper_id", sqlite_where=sa.text("helper_id IS NOT NULL")
        ),
        sa.Index(
            "ix_aid_matches_offer_id", "offer_id", sqlite_where=sa.text("offer_id IS NOT NULL")
        ),
        # open follow-ups, listed with the one-on-one follow-ups by date
        sa.Index(
            "ix_aid_matches_follow_up_open",
            "follow_up_on",
            sqlite_where=sa.text("follow_up_done = 0"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    need_id: Mapped[int] = mapped_column(
        sa.ForeignKey("aid_needs.id", ondelete="CASCADE"), index=True
    )
    offer_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("aid_offers.id", ondelete="SET NULL")
    )
    helper_id: Mapped[int | None] = mapped_column(sa.ForeignKey("contacts.id", ondelete="SET NULL"))
    matched_on: Mapped[dt.date] = mapped_column(sa.Date)
    help_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    notes: Mapped[str] = mapped_column(sa.Text, default="")
    follow_up_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    follow_up_done: Mapped[bool] = mapped_column(default=False)
