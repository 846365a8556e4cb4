"""Confederation between vaults: this vault's own keypairs, the peers it trusts, the council
bundles it has sent, and (in a council vault) what it has received from forums and rolled up.

Private keys live only here, inside the encrypted database, never in a file. The ``rollup_*``
tables hold aggregated counts, mandates and delegates' display names as the sending forum wrote
them; they carry no coworker data and no link to this vault's own contacts.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from forum_kit.models.base import Base
from forum_kit.models.enums import BodyKind, CarriedOut, DelegateRole, Instruction, enum_column


class VaultKey(Base):
    """The vault's one identity row: display name, Ed25519 (signing) and X25519 (agreement) keys."""

    __tablename__ = "vault_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    display_name: Mapped[str] = mapped_column(sa.String(200))
    signing_private: Mapped[bytes] = mapped_column(sa.LargeBinary(32))
    signing_public: Mapped[bytes] = mapped_column(sa.LargeBinary(32))
    agreement_private: Mapped[bytes] = mapped_column(sa.LargeBinary(32))
    agreement_public: Mapped[bytes] = mapped_column(sa.LargeBinary(32))
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)


class TrustedPeer(Base):
    """Another vault whose public keys were checked in person by comparing fingerprints."""

    __tablename__ = "trusted_peers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200), unique=True)
    kind: Mapped[BodyKind] = mapped_column(enum_column(BodyKind, "peer_kind"))
    signing_public: Mapped[bytes] = mapped_column(sa.LargeBinary(32))
    agreement_public: Mapped[bytes] = mapped_column(sa.LargeBinary(32))
    fingerprint: Mapped[bytes] = mapped_column(sa.LargeBinary(20), unique=True)
    added_on: Mapped[dt.date] = mapped_column(sa.Date)
    # The creation time of the newest bundle imported from this peer: the replay watermark.
    last_bundle_at: Mapped[dt.datetime | None] = mapped_column(sa.DateTime)
    body_id: Mapped[int | None] = mapped_column(sa.ForeignKey("bodies.id", ondelete="SET NULL"))


class SentBundle(Base):
    """A bundle this vault exported: lets the next one list delegates recalled since."""

    __tablename__ = "sent_bundles"

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[bytes] = mapped_column(sa.LargeBinary(16), unique=True)
    peer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("trusted_peers.id", ondelete="CASCADE"), index=True
    )
    forum_id: Mapped[int | None] = mapped_column(sa.ForeignKey("bodies.id", ondelete="SET NULL"))
    meeting_date: Mapped[dt.date] = mapped_column(sa.Date)
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)


class ReceivedBundle(Base):
    """A bundle imported from a trusted forum; its id makes a second import a replay."""

    __tablename__ = "received_bundles"

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[bytes] = mapped_column(sa.LargeBinary(16), unique=True)
    peer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("trusted_peers.id", ondelete="RESTRICT"), index=True
    )
    forum_name: Mapped[str] = mapped_column(sa.String(200))
    created_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    imported_at: Mapped[dt.datetime] = mapped_column(sa.DateTime)
    meeting_date: Mapped[dt.date] = mapped_column(sa.Date)
    summary: Mapped[str] = mapped_column(sa.Text, default="")


class RollupMandate(Base):
    """One forum's mandate on one council agenda item, as its latest bundle states it."""

    __tablename__ = "rollup_mandates"
    __table_args__ = (sa.UniqueConstraint("peer_id", "meeting_date", "item_ordinal"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    peer_id: Mapped[int] = mapped_column(sa.ForeignKey("trusted_peers.id", ondelete="CASCADE"))
    received_id: Mapped[int] = mapped_column(
        sa.ForeignKey("received_bundles.id", ondelete="CASCADE"), index=True
    )
    forum_name: Mapped[str] = mapped_column(sa.String(200))
    meeting_date: Mapped[dt.date] = mapped_column(sa.Date, index=True)
    item_ordinal: Mapped[int]
    item_title: Mapped[str] = mapped_column(sa.String(200))
    instruction: Mapped[Instruction] = mapped_column(enum_column(Instruction, "instruction"))
    red_lines: Mapped[str] = mapped_column(sa.Text, default="")
    figure_to_hold: Mapped[str] = mapped_column(sa.String(200), default="")
    expires_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    carried_out: Mapped[CarriedOut | None] = mapped_column(enum_column(CarriedOut, "carried_out"))
    outcome: Mapped[str] = mapped_column(sa.Text, default="")
    reported_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    # how a council (a member that is itself a council) decided this mandate: "vote" (with its
    # delegates' counts when recorded) or "consensus"; None when its bundle did not say
    decided_basis: Mapped[str | None] = mapped_column(sa.String(20))
    decided_for: Mapped[int | None]
    decided_against: Mapped[int | None]
    decided_abstain: Mapped[int | None]


class RollupFigure(Base):
    """One area's aggregated figures from one forum on one date (``top``: not inside another
    area of the same bundle, so totals add only these)."""

    __tablename__ = "rollup_figures"
    __table_args__ = (sa.Index("ix_rollup_figures_peer_as_of", "peer_id", "as_of"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    peer_id: Mapped[int] = mapped_column(sa.ForeignKey("trusted_peers.id", ondelete="CASCADE"))
    received_id: Mapped[int] = mapped_column(
        sa.ForeignKey("received_bundles.id", ondelete="CASCADE"), index=True
    )
    forum_name: Mapped[str] = mapped_column(sa.String(200))
    as_of: Mapped[dt.date] = mapped_column(sa.Date)
    position: Mapped[int]
    area_name: Mapped[str] = mapped_column(sa.String(200))
    depth: Mapped[int]
    top: Mapped[bool]
    headcount: Mapped[int | None]
    supporters: Mapped[int | None]
    supporters_pct: Mapped[float | None]
    committee_members: Mapped[int | None]
    target_members: Mapped[int | None]
    one_on_ones_90d: Mapped[int | None]
    open_grievances: Mapped[int | None]
    last_test_pct: Mapped[float | None]
    # The forum's (or council's) own total row, and a figure that is a lower bound (a part was
    # fewer than the sender's threshold): both from bundle format 1.1.
    total: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    # The figures of this row that are lower bounds, comma-separated ("headcount,supporters").
    at_least: Mapped[str] = mapped_column(sa.String(200), default="", server_default="")


class RollupCount(Base):
    """A counted category from one forum on one date: grievances by status and type
    (``kind`` "grievance", ``label`` "open/policy") or an issue tag (``kind`` "issue")."""

    __tablename__ = "rollup_counts"
    __table_args__ = (sa.Index("ix_rollup_counts_peer_as_of", "peer_id", "as_of"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    peer_id: Mapped[int] = mapped_column(sa.ForeignKey("trusted_peers.id", ondelete="CASCADE"))
    received_id: Mapped[int] = mapped_column(
        sa.ForeignKey("received_bundles.id", ondelete="CASCADE"), index=True
    )
    as_of: Mapped[dt.date] = mapped_column(sa.Date)
    kind: Mapped[str] = mapped_column(sa.String(20))
    label: Mapped[str] = mapped_column(sa.String(200))
    # None: fewer than the sender's threshold (the small-numbers rule); at_least: a lower bound.
    count: Mapped[int | None]
    at_least: Mapped[bool] = mapped_column(default=False, server_default=sa.false())


class RollupDelegate(Base):
    """A delegate (an elected officer, named as the forum chose) listed in one bundle."""

    __tablename__ = "rollup_delegates"

    id: Mapped[int] = mapped_column(primary_key=True)
    peer_id: Mapped[int] = mapped_column(sa.ForeignKey("trusted_peers.id", ondelete="CASCADE"))
    received_id: Mapped[int] = mapped_column(
        sa.ForeignKey("received_bundles.id", ondelete="CASCADE"), index=True
    )
    display_name: Mapped[str] = mapped_column(sa.String(200))
    role: Mapped[DelegateRole] = mapped_column(enum_column(DelegateRole, "delegate_role"))
    term_start: Mapped[dt.date] = mapped_column(sa.Date)
    term_end: Mapped[dt.date] = mapped_column(sa.Date)
    recalled: Mapped[bool]
    ended_on: Mapped[dt.date | None] = mapped_column(sa.Date)


class MemberVote(Base):
    """How a member body's delegate voted on one agenda item of this council's meeting."""

    __tablename__ = "member_votes"
    __table_args__ = (sa.UniqueConstraint("agenda_item_id", "peer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        sa.ForeignKey("agenda_items.id", ondelete="CASCADE")
    )
    peer_id: Mapped[int] = mapped_column(
        sa.ForeignKey("trusted_peers.id", ondelete="CASCADE"), index=True
    )
    # for / against / abstain, or absent (no delegate voted).
    vote: Mapped[str] = mapped_column(sa.String(10))


class CouncilDecision(Base):
    """A council's decision on one agenda item, as its decisions bundle brought it to this
    vault: the result, the tally by member, and how this body's delegate voted."""

    __tablename__ = "council_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        sa.ForeignKey("agenda_items.id", ondelete="CASCADE"), unique=True
    )
    received_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("received_bundles.id", ondelete="SET NULL"), index=True
    )
    result: Mapped[str] = mapped_column(sa.String(20))
    votes_for: Mapped[int | None]
    votes_against: Mapped[int | None]
    abstentions: Mapped[int | None]
    # JSON list of {"member", "vote", "mandate"} as the council recorded them.
    tally: Mapped[str] = mapped_column(sa.Text, default="[]")
    delegate_vote: Mapped[str | None] = mapped_column(sa.String(10))
    against_mandate: Mapped[bool] = mapped_column(default=False)
