"""Federation: the vault's own keypairs, trusted peers, sent and received council bundles, and
the council roll-up tables (mandates, figures, counts and delegates per forum).

Revision ID: 0003_federation
Revises: 0002_domain
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_federation"
down_revision = "0002_domain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vault_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("signing_private", sa.LargeBinary(length=32), nullable=False),
        sa.Column("signing_public", sa.LargeBinary(length=32), nullable=False),
        sa.Column("agreement_private", sa.LargeBinary(length=32), nullable=False),
        sa.Column("agreement_public", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vault_keys")),
    )
    op.create_table(
        "trusted_peers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "forum", "council", name="peer_kind", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("signing_public", sa.LargeBinary(length=32), nullable=False),
        sa.Column("agreement_public", sa.LargeBinary(length=32), nullable=False),
        sa.Column("fingerprint", sa.LargeBinary(length=20), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.Column("last_bundle_at", sa.DateTime(), nullable=True),
        sa.Column("body_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["body_id"],
            ["bodies.id"],
            name=op.f("fk_trusted_peers_body_id_bodies"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trusted_peers")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_trusted_peers_fingerprint")),
        sa.UniqueConstraint("name", name=op.f("uq_trusted_peers_name")),
    )
    op.create_table(
        "received_bundles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundle_id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("peer_id", sa.Integer(), nullable=False),
        sa.Column("forum_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("meeting_date", sa.Date(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["peer_id"],
            ["trusted_peers.id"],
            name=op.f("fk_received_bundles_peer_id_trusted_peers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_bundles")),
        sa.UniqueConstraint("bundle_id", name=op.f("uq_received_bundles_bundle_id")),
    )
    with op.batch_alter_table("received_bundles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_received_bundles_peer_id"), ["peer_id"], unique=False)

    op.create_table(
        "sent_bundles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundle_id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("peer_id", sa.Integer(), nullable=False),
        sa.Column("forum_id", sa.Integer(), nullable=True),
        sa.Column("meeting_date", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["forum_id"],
            ["bodies.id"],
            name=op.f("fk_sent_bundles_forum_id_bodies"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["peer_id"],
            ["trusted_peers.id"],
            name=op.f("fk_sent_bundles_peer_id_trusted_peers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sent_bundles")),
        sa.UniqueConstraint("bundle_id", name=op.f("uq_sent_bundles_bundle_id")),
    )
    with op.batch_alter_table("sent_bundles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sent_bundles_peer_id"), ["peer_id"], unique=False)

    op.create_table(
        "rollup_counts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("peer_id", sa.Integer(), nullable=False),
        sa.Column("received_id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["peer_id"],
            ["trusted_peers.id"],
            name=op.f("fk_rollup_counts_peer_id_trusted_peers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["received_id"],
            ["received_bundles.id"],
            name=op.f("fk_rollup_counts_received_id_received_bundles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rollup_counts")),
    )
    with op.batch_alter_table("rollup_counts", schema=None) as batch_op:
        batch_op.create_index("ix_rollup_counts_peer_as_of", ["peer_id", "as_of"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_rollup_counts_received_id"), ["received_id"], unique=False
        )

    op.create_table(
        "rollup_delegates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("peer_id", sa.Integer(), nullable=False),
        sa.Column("received_id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "delegate",
                "alternate",
                name="delegate_role",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("term_start", sa.Date(), nullable=False),
        sa.Column("term_end", sa.Date(), nullable=False),
        sa.Column("recalled", sa.Boolean(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["peer_id"],
            ["trusted_peers.id"],
            name=op.f("fk_rollup_delegates_peer_id_trusted_peers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["received_id"],
            ["received_bundles.id"],
            name=op.f("fk_rollup_delegates_received_id_received_bundles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rollup_delegates")),
    )
    with op.batch_alter_table("rollup_delegates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rollup_delegates_received_id"), ["received_id"], unique=False
        )

    op.create_table(
        "rollup_figures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("peer_id", sa.Integer(), nullable=False),
        sa.Column("received_id", sa.Integer(), nullable=False),
        sa.Column("forum_name", sa.String(length=200), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("area_name", sa.String(length=200), nullable=False),
        sa.Column("depth", sa.Integer(), nullable=False),
        sa.Column("top", sa.Boolean(), nullable=False),
        sa.Column("headcount", sa.Integer(), nullable=False),
        sa.Column("supporters", sa.Integer(), nullable=False),
        sa.Column("supporters_pct", sa.Double(), nullable=False),
        sa.Column("committee_members", sa.Integer(), nullable=False),
        sa.Column("target_members", sa.Integer(), nullable=False),
        sa.Column("one_on_ones_90d", sa.Integer(), nullable=False),
        sa.Column("open_grievances", sa.Integer(), nullable=False),
        sa.Column("last_test_pct", sa.Double(), nullable=True),
        sa.ForeignKeyConstraint(
            ["peer_id"],
            ["trusted_peers.id"],
            name=op.f("fk_rollup_figures_peer_id_trusted_peers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["received_id"],
            ["received_bundles.id"],
            name=op.f("fk_rollup_figures_received_id_received_bundles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rollup_figures")),
    )
    with op.batch_alter_table("rollup_figures", schema=None) as batch_op:
        batch_op.create_index("ix_rollup_figures_peer_as_of", ["peer_id", "as_of"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_rollup_figures_received_id"), ["received_id"], unique=False
        )

    op.create_table(
        "rollup_mandates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("peer_id", sa.Integer(), nullable=False),
        sa.Column("received_id", sa.Integer(), nullable=False),
        sa.Column("forum_name", sa.String(length=200), nullable=False),
        sa.Column("meeting_date", sa.Date(), nullable=False),
        sa.Column("item_ordinal", sa.Integer(), nullable=False),
        sa.Column("item_title", sa.String(length=200), nullable=False),
        sa.Column(
            "instruction",
            sa.Enum(
                "for",
                "against",
                "abstain",
                "free",
                name="instruction",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("red_lines", sa.Text(), nullable=False),
        sa.Column("figure_to_hold", sa.String(length=200), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column(
            "carried_out",
            sa.Enum(
                "yes", "partly", "no", name="carried_out", native_enum=False, create_constraint=True
            ),
            nullable=True,
        ),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["peer_id"],
            ["trusted_peers.id"],
            name=op.f("fk_rollup_mandates_peer_id_trusted_peers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["received_id"],
            ["received_bundles.id"],
            name=op.f("fk_rollup_mandates_received_id_received_bundles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rollup_mandates")),
        sa.UniqueConstraint(
            "peer_id",
            "meeting_date",
            "item_ordinal",
            name=op.f("uq_rollup_mandates_peer_id_meeting_date_item_ordinal"),
        ),
    )
    with op.batch_alter_table("rollup_mandates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_rollup_mandates_meeting_date"), ["meeting_date"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_rollup_mandates_received_id"), ["received_id"], unique=False
        )


def downgrade() -> None:
    for table in (
        "rollup_mandates",
        "rollup_figures",
        "rollup_delegates",
        "rollup_counts",
        "sent_bundles",
        "received_bundles",
        "trusted_peers",
        "vault_keys",
    ):
        op.drop_table(table)
