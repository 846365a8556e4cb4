"""What a council vault keeps from the mutual-aid and time-bank section of its members' bundles,
and the retaliation incidents a forum chose to send (for the council's legal support).

Counts arrive already protected by the sending forum's small-numbers rule: a row holds either
the number (``qualifier`` ""), a bound ("under": fewer than ``value``; "at_least": a total with
hidden parts) or nothing ("withheld"). No row names a member; an incident names the manager,
never a witness (witnesses travel as a count).
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from forum_kit.models.base import Base


class RollupCommunity(Base):
    """One protected figure from one forum's bundle: ``measure`` in ``period`` ("2026-03" or
    "year"), e.g. hours exchanged in the time bank in March."""

    __tablename__ = "rollup_community"
    __table_args__ = (sa.Index("ix_rollup_community_peer_as_of", "peer_id", "as_of"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    peer_id: Mapped[int] = mapped_column(sa.ForeignKey("trusted_peers.id", ondelete="CASCADE"))
    received_id: Mapped[int] = mapped_column(
        sa.ForeignKey("received_bundles.id", ondelete="CASCADE"), index=True
    )
    forum_name: Mapped[str] = mapped_column(sa.String(200))
    place_kind: Mapped[str] = mapped_column(sa.String(20), default="workplace")
    as_of: Mapped[dt.date] = mapped_column(sa.Date)
    period: Mapped[str] = mapped_column(sa.String(10))
    measure: Mapped[str] = mapped_column(sa.String(40))
    value: Mapped[int | None]
    qualifier: Mapped[str] = mapped_column(sa.String(10), default="")


class RollupRetaliation(Base):
    """A retaliation incident a forum chose to send up: dated, what, who from management."""

    __tablename__ = "rollup_retaliation"

    id: Mapped[int] = mapped_column(primary_key=True)
    peer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("trusted_peers.id", ondelete="CASCADE"), index=True
    )
    received_id: Mapped[int] = mapped_column(
        sa.ForeignKey("received_bundles.id", ondelete="CASCADE"), index=True
    )
    forum_name: Mapped[str] = mapped_column(sa.String(200))
    occurred_on: Mapped[dt.date] = mapped_column(sa.Date)
    what: Mapped[str] = mapped_column(sa.Text)
    management: Mapped[str] = mapped_column(sa.Text, default="")
    grievance: Mapped[str] = mapped_column(sa.String(60), default="")
    witnesses: Mapped[int] = mapped_column(default=0)
