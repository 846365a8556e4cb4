"""Beyond the workplace: places of kind "neighbourhood", mutual aid (needs, offers, matches), the
solidarity fund and the time bank (append-only ledgers), care for members (check-ins, the
retaliation log), and what a council keeps of its members' mutual-aid and time-bank figures.

``workplaces.kind`` is added with ALTER TABLE (every existing place is a workplace): a batch
re-creation of ``workplaces`` would drop the table its people cascade from. The ledgers refuse an
UPDATE or DELETE of a posted entry by trigger, as the assessment history does (revisions 0002
and 0008): a correction is a reversing entry, a balance the sum of the entries. The only change a
posted fund entry accepts is the cascade of a delete clearing a reference to a person or need
that no longer exists.

Revision ID: 0012_beyond_the_workplace
Revises: 0013_grievance_letters
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_beyond_the_workplace"
down_revision = "0013_grievance_letters"
branch_labels = None
depends_on = None

_FUND_COLUMNS = (
    "id",
    "fund_id",
    "posted_on",
    "amount_cents",
    "kind",
    "memo",
    "reverses_id",
    "recorded_on",
)
# Unchanged columns, and references cleared only once what they name is gone (revision 0008).
_FUND_UNCHANGED = " AND ".join(f"new.{c} IS old.{c}" for c in _FUND_COLUMNS) + (
    " AND (new.contact_id IS old.contact_id OR (new.contact_id IS NULL"
    "  AND NOT EXISTS (SELECT 1 FROM contacts WHERE id = old.contact_id)))"
    " AND (new.need_id IS old.need_id OR (new.need_id IS NULL"
    "  AND NOT EXISTS (SELECT 1 FROM aid_needs WHERE id = old.need_id)))"
)
TRIGGERS = {
    "fund_entries_append_only": (
        f"BEFORE UPDATE ON fund_entries WHEN NOT ({_FUND_UNCHANGED})",
        "the solidarity fund is append-only: post a reversing entry",
    ),
    "fund_entries_no_delete": (
        "BEFORE DELETE ON fund_entries",
        "the solidarity fund is append-only: post a reversing entry",
    ),
    "time_exchanges_append_only": (
        "BEFORE UPDATE ON time_exchanges WHEN old.posted",
        "the time bank is append-only: post a reversing entry",
    ),
    "time_exchanges_no_delete": (
        "BEFORE DELETE ON time_exchanges WHEN old.posted",
        "the time bank is append-only: post a reversing entry",
    ),
}
_NEW_TABLES = (
    "rollup_retaliation",
    "rollup_community",
    "retaliation_witnesses",
    "time_exchanges",
    "retaliation_incidents",
    "fund_entries",
    "check_ins",
    "aid_matches",
    "time_accounts",
    "aid_offers",
    "aid_needs",
    "time_banks",
    "funds",
)


def upgrade() -> None:
    op.execute(
        "ALTER TABLE workplaces ADD COLUMN kind VARCHAR(13) DEFAULT 'workplace' NOT NULL "
        "CONSTRAINT ck_workplaces_place_kind CHECK (kind IN ('workplace', 'neighbourhood'))"
    )
    op.create_table(
        "funds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("workplace_id", sa.Integer(), nullable=True),
        sa.Column("currency", sa.String(length=10), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workplace_id"],
            ["workplaces.id"],
            name=op.f("fk_funds_workplace_id_workplaces"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funds")),
        sa.UniqueConstraint("name", name=op.f("uq_funds_name")),
    )
    op.create_table(
        "time_banks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("workplace_id", sa.Integer(), nullable=True),
        sa.Column("floor_minutes", sa.Integer(), nullable=False),
        sa.Column("rules", sa.Text(), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.CheckConstraint("floor_minutes >= 0", name=op.f("ck_time_banks_floor_not_negative")),
        sa.ForeignKeyConstraint(
            ["workplace_id"],
            ["workplaces.id"],
            name=op.f("fk_time_banks_workplace_id_workplaces"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_time_banks")),
        sa.UniqueConstraint("name", name=op.f("uq_time_banks_name")),
    )
    op.create_table(
        "aid_needs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workplace_id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "food",
                "childcare",
                "transport",
                "repairs",
                "translation",
                "money",
                "place_to_stay",
                "other",
                name="aid_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("needed_from", sa.Date(), nullable=True),
        sa.Column("needed_by", sa.Date(), nullable=True),
        sa.Column(
            "urgency",
            sa.Enum(
                "low", "normal", "urgent", name="urgency", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column(
            "visibility",
            sa.Enum(
                "committee",
                "assembly",
                "named",
                name="visibility",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("raised_on", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "met",
                "partly_met",
                "unmet",
                name="need_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("close_reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "(status = 'open') = (closed_on IS NULL)", name=op.f("ck_aid_needs_closed_has_date")
        ),
        sa.CheckConstraint(
            "NOT anonymous OR contact_id IS NULL", name=op.f("ck_aid_needs_anonymous_has_no_member")
        ),
        sa.CheckConstraint(
            "needed_by IS NULL OR needed_from IS NULL OR needed_by >= needed_from",
            name=op.f("ck_aid_needs_needed_in_order"),
        ),
        sa.ForeignKeyConstraint(
            ["area_id"], ["areas.id"], name=op.f("fk_aid_needs_area_id_areas"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_aid_needs_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workplace_id"],
            ["workplaces.id"],
            name=op.f("fk_aid_needs_workplace_id_workplaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aid_needs")),
    )
    op.create_index(
        "ix_aid_needs_area_id",
        "aid_needs",
        ["area_id"],
        unique=False,
        sqlite_where=sa.text("area_id IS NOT NULL"),
    )
    op.create_index(
        "ix_aid_needs_contact_id",
        "aid_needs",
        ["contact_id"],
        unique=False,
        sqlite_where=sa.text("contact_id IS NOT NULL"),
    )
    op.create_index(
        "ix_aid_needs_wp_status", "aid_needs", ["workplace_id", "status", "raised_on"], unique=False
    )

    op.create_table(
        "aid_offers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workplace_id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "food",
                "childcare",
                "transport",
                "repairs",
                "translation",
                "money",
                "place_to_stay",
                "other",
                name="aid_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("available_from", sa.Date(), nullable=True),
        sa.Column("available_until", sa.Date(), nullable=True),
        sa.Column(
            "visibility",
            sa.Enum(
                "committee",
                "assembly",
                "named",
                name="visibility",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("offered_on", sa.Date(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "NOT anonymous OR contact_id IS NULL",
            name=op.f("ck_aid_offers_anonymous_has_no_member"),
        ),
        sa.CheckConstraint(
            "available_until IS NULL OR available_from IS NULL"
            " OR available_until >= available_from",
            name=op.f("ck_aid_offers_available_in_order"),
        ),
        sa.ForeignKeyConstraint(
            ["area_id"], ["areas.id"], name=op.f("fk_aid_offers_area_id_areas"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_aid_offers_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workplace_id"],
            ["workplaces.id"],
            name=op.f("fk_aid_offers_workplace_id_workplaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aid_offers")),
    )
    op.create_index(
        "ix_aid_offers_area_id",
        "aid_offers",
        ["area_id"],
        unique=False,
        sqlite_where=sa.text("area_id IS NOT NULL"),
    )
    op.create_index(
        "ix_aid_offers_contact_id",
        "aid_offers",
        ["contact_id"],
        unique=False,
        sqlite_where=sa.text("contact_id IS NOT NULL"),
    )
    op.create_index(
        "ix_aid_offers_wp_kind",
        "aid_offers",
        ["workplace_id", "kind", "withdrawn_on"],
        unique=False,
    )

    op.create_table(
        "time_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bank_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "closed_on IS NULL OR closed_on >= opened_on",
            name=op.f("ck_time_accounts_closed_after_open"),
        ),
        sa.ForeignKeyConstraint(
            ["bank_id"],
            ["time_banks.id"],
            name=op.f("fk_time_accounts_bank_id_time_banks"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_time_accounts_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_time_accounts")),
        sa.UniqueConstraint(
            "contact_id", "bank_id", name=op.f("uq_time_accounts_contact_id_bank_id")
        ),
    )
    op.create_index(op.f("ix_time_accounts_bank_id"), "time_accounts", ["bank_id"], unique=False)

    op.create_table(
        "aid_matches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("need_id", sa.Integer(), nullable=False),
        sa.Column("offer_id", sa.Integer(), nullable=True),
        sa.Column("helper_id", sa.Integer(), nullable=True),
        sa.Column("matched_on", sa.Date(), nullable=False),
        sa.Column("help_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("follow_up_done", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["helper_id"],
            ["contacts.id"],
            name=op.f("fk_aid_matches_helper_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["need_id"],
            ["aid_needs.id"],
            name=op.f("fk_aid_matches_need_id_aid_needs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["offer_id"],
            ["aid_offers.id"],
            name=op.f("fk_aid_matches_offer_id_aid_offers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_aid_matches")),
    )
    op.create_index(
        "ix_aid_matches_follow_up_open",
        "aid_matches",
        ["follow_up_on"],
        unique=False,
        sqlite_where=sa.text("follow_up_done = 0"),
    )
    op.create_index(
        "ix_aid_matches_helper_id",
        "aid_matches",
        ["helper_id"],
        unique=False,
        sqlite_where=sa.text("helper_id IS NOT NULL"),
    )
    op.create_index(op.f("ix_aid_matches_need_id"), "aid_matches", ["need_id"], unique=False)
    op.create_index(
        "ix_aid_matches_offer_id",
        "aid_matches",
        ["offer_id"],
        unique=False,
        sqlite_where=sa.text("offer_id IS NOT NULL"),
    )

    op.create_table(
        "check_ins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column(
            "event",
            sa.Enum(
                "discipline",
                "injury",
                "firing",
                "eviction",
                "illness",
                "other",
                name="care_event",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("event_on", sa.Date(), nullable=False),
        sa.Column("about", sa.Text(), nullable=False),
        sa.Column("grievance_id", sa.Integer(), nullable=True),
        sa.Column("checker_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "checker_id IS NULL OR checker_id != contact_id",
            name=op.f("ck_check_ins_checker_is_another"),
        ),
        sa.ForeignKeyConstraint(
            ["checker_id"],
            ["contacts.id"],
            name=op.f("fk_check_ins_checker_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_check_ins_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["grievance_id"],
            ["grievances.id"],
            name=op.f("fk_check_ins_grievance_id_grievances"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_ins")),
    )
    op.create_index(
        "ix_check_ins_checker_id",
        "check_ins",
        ["checker_id"],
        unique=False,
        sqlite_where=sa.text("checker_id IS NOT NULL"),
    )
    op.create_index("ix_check_ins_contact", "check_ins", ["contact_id", "event_on"], unique=False)
    op.create_index(
        "ix_check_ins_grievance_id",
        "check_ins",
        ["grievance_id"],
        unique=False,
        sqlite_where=sa.text("grievance_id IS NOT NULL"),
    )
    op.create_index(
        "ix_check_ins_open_due",
        "check_ins",
        ["due_on"],
        unique=False,
        sqlite_where=sa.text("done_on IS NULL"),
    )

    op.create_table(
        "fund_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fund_id", sa.Integer(), nullable=False),
        sa.Column("posted_on", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "dues",
                "collection",
                "donation",
                "grant",
                "expense",
                "reversal",
                name="fund_entry_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("need_id", sa.Integer(), nullable=True),
        sa.Column("memo", sa.Text(), nullable=False),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "(kind = 'reversal') = (reverses_id IS NOT NULL)",
            name=op.f("ck_fund_entries_reversal_names_entry"),
        ),
        sa.CheckConstraint(
            "(kind IN ('dues', 'collection', 'donation') AND amount_cents > 0)"
            " OR (kind IN ('grant', 'expense') AND amount_cents < 0) OR kind = 'reversal'",
            name=op.f("ck_fund_entries_sign_follows_kind"),
        ),
        sa.CheckConstraint("amount_cents != 0", name=op.f("ck_fund_entries_amount_not_zero")),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_fund_entries_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["fund_id"],
            ["funds.id"],
            name=op.f("fk_fund_entries_fund_id_funds"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["need_id"],
            ["aid_needs.id"],
            name=op.f("fk_fund_entries_need_id_aid_needs"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"],
            ["fund_entries.id"],
            name=op.f("fk_fund_entries_reverses_id_fund_entries"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fund_entries")),
        sa.UniqueConstraint("reverses_id", name=op.f("uq_fund_entries_reverses_id")),
    )
    op.create_index(
        "ix_fund_entries_contact_id",
        "fund_entries",
        ["contact_id"],
        unique=False,
        sqlite_where=sa.text("contact_id IS NOT NULL"),
    )
    op.create_index(
        "ix_fund_entries_fund_posted", "fund_entries", ["fund_id", "posted_on", "id"], unique=False
    )
    op.create_index(
        "ix_fund_entries_need_id",
        "fund_entries",
        ["need_id"],
        unique=False,
        sqlite_where=sa.text("need_id IS NOT NULL"),
    )

    op.create_table(
        "retaliation_incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workplace_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("management", sa.Text(), nullable=False),
        sa.Column("grievance_id", sa.Integer(), nullable=True),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_retaliation_incidents_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["grievance_id"],
            ["grievances.id"],
            name=op.f("fk_retaliation_incidents_grievance_id_grievances"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["workplace_id"],
            ["workplaces.id"],
            name=op.f("fk_retaliation_incidents_workplace_id_workplaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retaliation_incidents")),
    )
    op.create_index(
        "ix_retaliation_contact_id",
        "retaliation_incidents",
        ["contact_id"],
        unique=False,
        sqlite_where=sa.text("contact_id IS NOT NULL"),
    )
    op.create_index(
        "ix_retaliation_grievance_id",
        "retaliation_incidents",
        ["grievance_id"],
        unique=False,
        sqlite_where=sa.text("grievance_id IS NOT NULL"),
    )
    op.create_index(
        "ix_retaliation_wp_date",
        "retaliation_incidents",
        ["workplace_id", "occurred_on"],
        unique=False,
    )

    op.create_table(
        "time_exchanges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bank_id", sa.Integer(), nullable=False),
        sa.Column("giver_id", sa.Integer(), nullable=False),
        sa.Column("receiver_id", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("confirmed_by_giver", sa.Boolean(), nullable=False),
        sa.Column("confirmed_by_receiver", sa.Boolean(), nullable=False),
        sa.Column("entered_by_committee", sa.Boolean(), nullable=False),
        sa.Column("posted", sa.Boolean(), nullable=False),
        sa.Column("posted_on", sa.Date(), nullable=True),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "(posted = 0) = (posted_on IS NULL)", name=op.f("ck_time_exchanges_posted_has_date")
        ),
        sa.CheckConstraint("giver_id != receiver_id", name=op.f("ck_time_exchanges_two_accounts")),
        sa.CheckConstraint("minutes > 0", name=op.f("ck_time_exchanges_minutes_positive")),
        sa.CheckConstraint(
            "posted = (entered_by_committee OR (confirmed_by_giver AND confirmed_by_receiver))",
            name=op.f("ck_time_exchanges_posted_when_confirmed"),
        ),
        sa.ForeignKeyConstraint(
            ["bank_id"],
            ["time_banks.id"],
            name=op.f("fk_time_exchanges_bank_id_time_banks"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["giver_id"],
            ["time_accounts.id"],
            name=op.f("fk_time_exchanges_giver_id_time_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["receiver_id"],
            ["time_accounts.id"],
            name=op.f("fk_time_exchanges_receiver_id_time_accounts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"],
            ["time_exchanges.id"],
            name=op.f("fk_time_exchanges_reverses_id_time_exchanges"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_time_exchanges")),
        sa.UniqueConstraint("reverses_id", name=op.f("uq_time_exchanges_reverses_id")),
    )
    op.create_index(
        "ix_time_exchanges_bank_done", "time_exchanges", ["bank_id", "done_on", "id"], unique=False
    )
    op.create_index(
        "ix_time_exchanges_giver", "time_exchanges", ["giver_id", "posted"], unique=False
    )
    op.create_index(
        "ix_time_exchanges_receiver", "time_exchanges", ["receiver_id", "posted"], unique=False
    )

    op.create_table(
        "retaliation_witnesses",
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_retaliation_witnesses_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["retaliation_incidents.id"],
            name=op.f("fk_retaliation_witnesses_incident_id_retaliation_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("incident_id", "contact_id", name=op.f("pk_retaliation_witnesses")),
    )
    op.create_index(
        op.f("ix_retaliation_witnesses_contact_id"),
        "retaliation_witnesses",
        ["contact_id"],
        unique=False,
    )

    op.create_table(
        "rollup_community",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("peer_id", sa.Integer(), nullable=False),
        sa.Column("received_id", sa.Integer(), nullable=False),
        sa.Column("forum_name", sa.String(length=200), nullable=False),
        sa.Column("place_kind", sa.String(length=20), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("measure", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("qualifier", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["peer_id"],
            ["trusted_peers.id"],
            name=op.f("fk_rollup_community_peer_id_trusted_peers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["received_id"],
            ["received_bundles.id"],
            name=op.f("fk_rollup_community_received_id_received_bundles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rollup_community")),
    )
    op.create_index(
        "ix_rollup_community_peer_as_of", "rollup_community", ["peer_id", "as_of"], unique=False
    )
    op.create_index(
        op.f("ix_rollup_community_received_id"), "rollup_community", ["received_id"], unique=False
    )

    op.create_table(
        "rollup_retaliation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("peer_id", sa.Integer(), nullable=False),
        sa.Column("received_id", sa.Integer(), nullable=False),
        sa.Column("forum_name", sa.String(length=200), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("management", sa.Text(), nullable=False),
        sa.Column("grievance", sa.String(length=60), nullable=False),
        sa.Column("witnesses", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["peer_id"],
            ["trusted_peers.id"],
            name=op.f("fk_rollup_retaliation_peer_id_trusted_peers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["received_id"],
            ["received_bundles.id"],
            name=op.f("fk_rollup_retaliation_received_id_received_bundles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rollup_retaliation")),
    )
    op.create_index(
        op.f("ix_rollup_retaliation_peer_id"), "rollup_retaliation", ["peer_id"], unique=False
    )
    op.create_index(
        op.f("ix_rollup_retaliation_received_id"),
        "rollup_retaliation",
        ["received_id"],
        unique=False,
    )

    for name, (when, message) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN SELECT RAISE(ABORT, '{message}'); END")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for table in _NEW_TABLES:
        op.drop_table(table)
    op.drop_column("workplaces", "kind")
