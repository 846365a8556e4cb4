"""Committee copies and field reports (issue 18): a stable random ``uid`` on every record that
can travel between vaults, given to every existing row; the keeper's committee (members with their
scopes), the copies it sent, the reports it received and the provenance of what they brought in;
and in a steward's vault the keepers it trusts, the copies it holds and its pending entries.

The uid columns are added nullable (SQLite cannot add a NOT NULL column without a constant
default) with a unique index each; the models give every new row a uid. Existing rows get theirs
from SQLite's ``randomblob`` with the table's triggers suspended for the fill (the search index's
update triggers would re-index every row for a column they do not hold, and the assessment
history's append-only trigger would refuse the write), then re-created from their stored SQL.
The append-only trigger then also refuses changing a uid once given.

Revision ID: 0014_committee_exchange
Revises: 0015_social_map
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014_committee_exchange"
down_revision = "0015_social_map"
branch_labels = None
depends_on = None

TRAVELLING = (
    "workplaces",
    "areas",
    "area_headcounts",
    "contacts",
    "social_ties",
    "assessments",
    "issue_tags",
    "conversations",
    "committees",
    "committee_memberships",
    "contracts",
    "contract_steps",
    "contract_holidays",
    "contract_type_starts",
    "grievances",
    "grievance_events",
    "grievance_extensions",
    "structure_tests",
    "structure_test_outcomes",
    "bodies",
    "meetings",
    "agenda_items",
    "motions",
    "delegates",
    "mandates",
    "mandate_reports",
)
NEW_UID = "lower(hex(randomblob(16)))"

_APPEND_ONLY = (
    "CREATE TRIGGER assessments_append_only BEFORE UPDATE ON assessments{when} BEGIN "
    "SELECT RAISE(ABORT, 'assessment history is append-only'); END"
)
# As revision 0008, and a uid may be given once (from NULL) but never changed.
_ONLY_CLEARED = (
    " WHEN NOT (new.id IS old.id AND new.contact_id IS old.contact_id"
    " AND new.level IS old.level AND new.assessed_on IS old.assessed_on"
    " AND new.evidence IS old.evidence"
    "{uid}"
    " AND (new.assessed_by_id IS old.assessed_by_id OR (new.assessed_by_id IS NULL"
    "  AND NOT EXISTS (SELECT 1 FROM contacts WHERE id = old.assessed_by_id)))"
    " AND (new.conversation_id IS old.conversation_id OR (new.conversation_id IS NULL"
    "  AND NOT EXISTS (SELECT 1 FROM conversations WHERE id = old.conversation_id))))"
)
_UID_ONCE = " AND (new.uid IS old.uid OR old.uid IS NULL)"


def _fill_uids(table: str) -> None:
    """Give every row of ``table`` a uid, with the table's triggers suspended meanwhile."""
    conn = op.get_bind()
    triggers = conn.execute(
        sa.text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
        {"t": table},
    ).all()
    for name, _sql in triggers:
        conn.execute(sa.text(f'DROP TRIGGER "{name}"'))
    conn.execute(sa.text(f"UPDATE {table} SET uid = {NEW_UID} WHERE uid IS NULL"))
    for _name, sql in triggers:
        conn.execute(sa.text(sql))


def upgrade() -> None:
    for table in TRAVELLING:
        op.add_column(table, sa.Column("uid", sa.String(length=32), nullable=True))
        _fill_uids(table)
        op.create_index(f"ix_{table}_uid", table, ["uid"], unique=True)
    op.execute("DROP TRIGGER IF EXISTS assessments_append_only")
    op.execute(_APPEND_ONLY.format(when=_ONLY_CLEARED.format(uid=_UID_ONCE)))
    op.create_table(
        "chart_keepers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("signing_public", sa.LargeBinary(length=32), nullable=False),
        sa.Column("agreement_public", sa.LargeBinary(length=32), nullable=False),
        sa.Column("fingerprint", sa.LargeBinary(length=20), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.Column("last_copy_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chart_keepers")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_chart_keepers_fingerprint")),
        sa.UniqueConstraint("name", name=op.f("uq_chart_keepers_name")),
    )
    op.create_table(
        "chart_copies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("keeper_id", sa.Integer(), nullable=False),
        sa.Column("workplace_uid", sa.String(length=32), nullable=False),
        sa.Column("workplace_name", sa.String(length=200), nullable=False),
        sa.Column("copy_id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("db_name", sa.String(length=80), nullable=False),
        sa.Column("db_key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("you_uid", sa.String(length=32), nullable=True),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["keeper_id"],
            ["chart_keepers.id"],
            name=op.f("fk_chart_copies_keeper_id_chart_keepers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chart_copies")),
        sa.UniqueConstraint(
            "keeper_id", "workplace_uid", name=op.f("uq_chart_copies_keeper_id_workplace_uid")
        ),
    )
    op.create_index(op.f("ix_chart_copies_keeper_id"), "chart_copies", ["keeper_id"], unique=False)
    op.create_table(
        "chart_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("copy_row_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=32), nullable=False),
        sa.Column("op", sa.String(length=40), nullable=False),
        sa.Column("target_uid", sa.String(length=32), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("report_ref", sa.LargeBinary(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["copy_row_id"],
            ["chart_copies.id"],
            name=op.f("fk_chart_entries_copy_row_id_chart_copies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chart_entries")),
        sa.UniqueConstraint("uid", name=op.f("uq_chart_entries_uid")),
    )
    op.create_index(
        "ix_chart_entries_copy_status", "chart_entries", ["copy_row_id", "status"], unique=False
    )
    op.create_index(
        op.f("ix_chart_entries_target_uid"), "chart_entries", ["target_uid"], unique=False
    )
    op.create_table(
        "chart_reports_sent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("copy_row_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["copy_row_id"],
            ["chart_copies.id"],
            name=op.f("fk_chart_reports_sent_copy_row_id_chart_copies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chart_reports_sent")),
        sa.UniqueConstraint("report_id", name=op.f("uq_chart_reports_sent_report_id")),
    )
    op.create_index(
        op.f("ix_chart_reports_sent_copy_row_id"),
        "chart_reports_sent",
        ["copy_row_id"],
        unique=False,
    )
    op.create_table(
        "chart_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workplace_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("signing_public", sa.LargeBinary(length=32), nullable=False),
        sa.Column("agreement_public", sa.LargeBinary(length=32), nullable=False),
        sa.Column("fingerprint", sa.LargeBinary(length=20), nullable=False),
        sa.Column("whole_workplace", sa.Boolean(), nullable=False),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.Column("last_report_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_chart_members_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["workplace_id"],
            ["workplaces.id"],
            name=op.f("fk_chart_members_workplace_id_workplaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chart_members")),
        sa.UniqueConstraint(
            "workplace_id", "fingerprint", name=op.f("uq_chart_members_workplace_id_fingerprint")
        ),
        sa.UniqueConstraint(
            "workplace_id", "name", name=op.f("uq_chart_members_workplace_id_name")
        ),
    )
    op.create_index(
        op.f("ix_chart_members_contact_id"), "chart_members", ["contact_id"], unique=False
    )
    op.create_index(
        op.f("ix_chart_members_fingerprint"), "chart_members", ["fingerprint"], unique=False
    )
    op.create_index(
        op.f("ix_chart_members_workplace_id"), "chart_members", ["workplace_id"], unique=False
    )
    op.create_table(
        "chart_copies_sent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("copy_id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["chart_members.id"],
            name=op.f("fk_chart_copies_sent_member_id_chart_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chart_copies_sent")),
        sa.UniqueConstraint("copy_id", name=op.f("uq_chart_copies_sent_copy_id")),
    )
    op.create_index(
        op.f("ix_chart_copies_sent_member_id"), "chart_copies_sent", ["member_id"], unique=False
    )
    op.create_table(
        "chart_member_areas",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["areas.id"],
            name=op.f("fk_chart_member_areas_area_id_areas"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["chart_members.id"],
            name=op.f("fk_chart_member_areas_member_id_chart_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("member_id", "area_id", name=op.f("pk_chart_member_areas")),
    )
    op.create_index(
        op.f("ix_chart_member_areas_area_id"), "chart_member_areas", ["area_id"], unique=False
    )
    op.create_table(
        "chart_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("reporter_name", sa.String(length=200), nullable=False),
        sa.Column("reporter_fingerprint", sa.LargeBinary(length=20), nullable=False),
        sa.Column("base_copy_id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        sa.Column("operations", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["chart_members.id"],
            name=op.f("fk_chart_reports_member_id_chart_members"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chart_reports")),
        sa.UniqueConstraint("report_id", name=op.f("uq_chart_reports_report_id")),
    )
    op.create_index(
        op.f("ix_chart_reports_member_id"), "chart_reports", ["member_id"], unique=False
    )
    op.create_table(
        "chart_provenance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_kind", sa.String(length=40), nullable=False),
        sa.Column("record_uid", sa.String(length=32), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("entry_uid", sa.String(length=32), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=True),
        sa.Column("report_ref", sa.LargeBinary(length=16), nullable=False),
        sa.Column("reporter_name", sa.String(length=200), nullable=False),
        sa.Column("reporter_fingerprint", sa.LargeBinary(length=20), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=False),
        sa.Column("accepted_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["chart_reports.id"],
            name=op.f("fk_chart_provenance_report_id_chart_reports"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chart_provenance")),
    )
    op.create_index(
        "ix_chart_provenance_record", "chart_provenance", ["record_uid", "field"], unique=False
    )
    op.create_index(
        op.f("ix_chart_provenance_report_id"), "chart_provenance", ["report_id"], unique=False
    )


def downgrade() -> None:
    for table in (
        "chart_provenance",
        "chart_reports",
        "chart_member_areas",
        "chart_copies_sent",
        "chart_members",
        "chart_reports_sent",
        "chart_entries",
        "chart_copies",
        "chart_keepers",
    ):
        op.drop_table(table)
    op.execute("DROP TRIGGER IF EXISTS assessments_append_only")
    op.execute(_APPEND_ONLY.format(when=_ONLY_CLEARED.format(uid="")))
    for table in reversed(TRAVELLING):
        op.drop_index(f"ix_{table}_uid", table_name=table)
        # SQLite's own DROP COLUMN: a batch copy of the table would lose its triggers
        op.execute(f"ALTER TABLE {table} DROP COLUMN uid")
