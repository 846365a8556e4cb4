"""Grievance letters: letter templates per contract, and the letters sent on a case.

``letter_templates`` holds a contract's own version of a kind of letter (filing, appeal, request
for information, extension request and confirmation, withdrawal, settlement record); kinds a
contract has not changed use the defaults in ``forum_kit.letters``, so nothing is seeded here.
``grievance_letters`` records each letter sent: its kind, the step it concerns, the day it was
sent, the subject and text as sent, and what recording it changed on the case.

Revision ID: 0013_grievance_letters
Revises: 0010_contacts_name_index
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_grievance_letters"
down_revision = "0011_search_transliteration"
branch_labels = None
depends_on = None

_KINDS = (
    "filing",
    "appeal",
    "information",
    "extension_request",
    "extension_confirmation",
    "withdrawal",
    "settlement",
)


def _kind() -> sa.Enum:
    return sa.Enum(
        *_KINDS, name="letter_kind", native_enum=False, create_constraint=True, length=22
    )


def upgrade() -> None:
    op.create_table(
        "letter_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("kind", _kind(), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contracts.id"],
            name=op.f("fk_letter_templates_contract_id_contracts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_templates")),
        sa.UniqueConstraint(
            "contract_id", "kind", name=op.f("uq_letter_templates_contract_id_kind")
        ),
    )
    op.create_table(
        "grievance_letters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("grievance_id", sa.Integer(), nullable=False),
        sa.Column("kind", _kind(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("effect", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["grievance_id"],
            ["grievances.id"],
            name=op.f("fk_grievance_letters_grievance_id_grievances"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grievance_letters")),
    )
    op.create_index(
        op.f("ix_grievance_letters_grievance_id"),
        "grievance_letters",
        ["grievance_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_grievance_letters_grievance_id"), table_name="grievance_letters")
    op.drop_table("grievance_letters")
    op.drop_table("letter_templates")
