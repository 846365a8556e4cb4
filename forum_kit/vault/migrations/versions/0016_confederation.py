"""The confederation in both directions (issue 20): a meeting's date for mandates (from a
council's signed agenda); roll-up figures and counts that may be hidden by the small-numbers rule
(nullable, with a total row and a lower-bound flag); how each member's delegate voted on a
council's agenda item; and, in a member's vault, the decisions a council sent down.

Revision ID: 0016_confederation
Revises: 0014_committee_exchange
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_confederation"
down_revision = "0014_committee_exchange"
branch_labels = None
depends_on = None

_FIGURES = (
    "headcount",
    "supporters",
    "committee_members",
    "target_members",
    "one_on_ones_90d",
    "open_grievances",
)


_DECIDED = ("decided_for", "decided_against", "decided_abstain")


def upgrade() -> None:
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("mandates_due", sa.Date(), nullable=True))
    with op.batch_alter_table("rollup_mandates", schema=None) as batch_op:
        batch_op.add_column(sa.Column("decided_basis", sa.String(length=20), nullable=True))
        for name in _DECIDED:
            batch_op.add_column(sa.Column(name, sa.Integer(), nullable=True))
    with op.batch_alter_table("rollup_figures", schema=None) as batch_op:
        for name in _FIGURES:
            batch_op.alter_column(name, existing_type=sa.Integer(), nullable=True)
        batch_op.alter_column("supporters_pct", existing_type=sa.Float(), nullable=True)
        batch_op.add_column(
            sa.Column("total", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(
            sa.Column("at_least", sa.String(length=200), server_default="", nullable=False)
        )
    with op.batch_alter_table("rollup_counts", schema=None) as batch_op:
        batch_op.alter_column("count", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(
            sa.Column("at_least", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.create_table(
        "member_votes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("peer_id", sa.Integer(), nullable=False),
        sa.Column("vote", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_items.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["peer_id"], ["trusted_peers.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("agenda_item_id", "peer_id"),
    )
    with op.batch_alter_table("member_votes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_votes_peer_id"), ["peer_id"], unique=False)
    op.create_table(
        "council_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("received_id", sa.Integer(), nullable=True),
        sa.Column("result", sa.String(length=20), nullable=False),
        sa.Column("votes_for", sa.Integer(), nullable=True),
        sa.Column("votes_against", sa.Integer(), nullable=True),
        sa.Column("abstentions", sa.Integer(), nullable=True),
        sa.Column("tally", sa.Text(), nullable=False),
        sa.Column("delegate_vote", sa.String(length=10), nullable=True),
        sa.Column("against_mandate", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_items.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["received_id"], ["received_bundles.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("agenda_item_id"),
    )
    with op.batch_alter_table("council_decisions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_council_decisions_received_id"), ["received_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("council_decisions")
    op.drop_table("member_votes")
    with op.batch_alter_table("rollup_counts", schema=None) as batch_op:
        batch_op.drop_column("at_least")
        batch_op.alter_column("count", existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table("rollup_figures", schema=None) as batch_op:
        batch_op.drop_column("at_least")
        batch_op.drop_column("total")
        batch_op.alter_column("supporters_pct", existing_type=sa.Float(), nullable=False)
        for name in _FIGURES:
            batch_op.alter_column(name, existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table("rollup_mandates", schema=None) as batch_op:
        for name in (*_DECIDED, "decided_basis"):
            batch_op.drop_column(name)
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_column("mandates_due")
