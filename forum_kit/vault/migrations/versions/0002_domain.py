"""Domain schema: workplaces, areas, contacts, assessments, conversations, committees, structure
tests, contracts, grievances, assemblies; FTS5 search indexes and the append-only assessment
trigger.

Revision ID: 0002_domain
Revises: 0001_vault_meta
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_domain"
down_revision = "0001_vault_meta"
branch_labels = None
depends_on = None

# The default assessment scale of ORGANISING.md; vaults may relabel and recolour it.
DEFAULT_SCALE = [
    (0, "Unassessed", "#9e9e9e", "Not yet talked to or not enough known.", False, False),
    (
        1,
        "Leader",
        "#1b5e20",
        "Organic leader who moves others; active on the committee.",
        True,
        True,
    ),
    (2, "Supporter", "#66bb6a", "Supports the union and will act when asked.", True, True),
    (3, "Undecided", "#fdd835", "Has issues but is not yet convinced.", False, True),
    (4, "Opposed", "#fb8c00", "Not interested or opposed.", False, True),
    (5, "Hostile", "#c62828", "Hostile to the union; may report to management.", False, True),
]

FTS_TABLES = {
    "contacts_fts": (
        "contacts",
        ["first_name", "last_name", "job_title", "shift", "language", "notes"],
    ),
    "conversations_fts": (
        "conversations",
        ["agitate", "educate", "inoculate", "ask", "answer", "unite", "plan"],
    ),
    "grievances_fts": ("grievances", ["number", "title", "who", "what", "where", "why", "remedy"]),
}


def _fts_create(name: str, table: str, cols: list[str]) -> None:
    collist = ", ".join(f'"{c}"' for c in cols)
    newcols = ", ".join(f'new."{c}"' for c in cols)
    oldcols = ", ".join(f'old."{c}"' for c in cols)
    op.execute(
        f"CREATE VIRTUAL TABLE {name} USING fts5({collist}, content='{table}', "
        f"content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        f"CREATE TRIGGER {name}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {name}(rowid, {collist}) VALUES (new.id, {newcols}); END"
    )
    op.execute(
        f"CREATE TRIGGER {name}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {name}({name}, rowid, {collist}) VALUES ('delete', old.id, {oldcols}); END"
    )
    op.execute(
        f"CREATE TRIGGER {name}_au AFTER UPDATE ON {table} BEGIN "
        f"INSERT INTO {name}({name}, rowid, {collist}) VALUES ('delete', old.id, {oldcols}); "
        f"INSERT INTO {name}(rowid, {collist}) VALUES (new.id, {newcols}); END"
    )


# Contacts carry their current assessment and last contact, derived from history by these
# triggers, so every write path (services, imports, bulk demo data) keeps them right.
DERIVED_TRIGGERS = [
    """CREATE TRIGGER assessments_current_ai AFTER INSERT ON assessments BEGIN
        UPDATE contacts SET current_level = new.level, current_assessed_on = new.assessed_on
        WHERE id = new.contact_id
          AND (current_assessed_on IS NULL OR new.assessed_on >= current_assessed_on);
    END""",
    """CREATE TRIGGER assessments_current_ad AFTER DELETE ON assessments BEGIN
        UPDATE contacts SET
          current_level = coalesce((SELECT level FROM assessments WHERE contact_id = old.contact_id
              ORDER BY assessed_on DESC, id DESC LIMIT 1), 0),
          current_assessed_on = (SELECT max(assessed_on) FROM assessments
              WHERE contact_id = old.contact_id)
        WHERE id = old.contact_id;
    END""",
    """CREATE TRIGGER conversations_last_ai AFTER INSERT ON conversations BEGIN
        UPDATE contacts SET last_contact_on = new.held_on, last_contact_by_id = new.by_id
        WHERE id = new.contact_id
          AND (last_contact_on IS NULL OR new.held_on >= last_contact_on);
    END""",
    """CREATE TRIGGER conversations_last_au AFTER UPDATE OF held_on, by_id, contact_id
        ON conversations BEGIN
        UPDATE contacts SET
          last_contact_on = (SELECT held_on FROM conversations WHERE contact_id = contacts.id
              ORDER BY held_on DESC, id DESC LIMIT 1),
          last_contact_by_id = (SELECT by_id FROM conversations WHERE contact_id = contacts.id
              ORDER BY held_on DESC, id DESC LIMIT 1)
        WHERE id IN (old.contact_id, new.contact_id);
    END""",
    """CREATE TRIGGER conversations_last_ad AFTER DELETE ON conversations BEGIN
        UPDATE contacts SET
          last_contact_on = (SELECT held_on FROM conversations WHERE contact_id = old.contact_id
              ORDER BY held_on DESC, id DESC LIMIT 1),
          last_contact_by_id = (SELECT by_id FROM conversations WHERE contact_id = old.contact_id
              ORDER BY held_on DESC, id DESC LIMIT 1)
        WHERE id = old.contact_id;
    END""",
]


def upgrade() -> None:
    op.create_table(
        "assessment_levels",
        sa.Column("level", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("counts_as_support", sa.Boolean(), nullable=False),
        sa.Column("counts_as_assessed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("level", name=op.f("pk_assessment_levels")),
    )
    op.create_table(
        "issue_tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_issue_tags")),
        sa.UniqueConstraint("name", name=op.f("uq_issue_tags_name")),
    )
    op.create_table(
        "workplaces",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("employer", sa.String(length=200), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workplaces")),
        sa.UniqueConstraint("name", name=op.f("uq_workplaces_name")),
    )
    op.create_table(
        "areas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workplace_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "zone",
            sa.Enum("free", "danger", name="zone", native_enum=False, create_constraint=True),
            nullable=True,
        ),
        sa.Column("hazards", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["areas.id"], name=op.f("fk_areas_parent_id_areas"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["workplace_id"],
            ["workplaces.id"],
            name=op.f("fk_areas_workplace_id_workplaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_areas")),
        sa.UniqueConstraint(
            "workplace_id", "parent_id", "name", name=op.f("uq_areas_workplace_id_parent_id_name")
        ),
    )
    with op.batch_alter_table("areas", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_areas_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_areas_workplace_id"), ["workplace_id"], unique=False)
    op.create_table(
        "committees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workplace_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["workplace_id"],
            ["workplaces.id"],
            name=op.f("fk_committees_workplace_id_workplaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committees")),
        sa.UniqueConstraint("workplace_id", "name", name=op.f("uq_committees_workplace_id_name")),
    )
    with op.batch_alter_table("committees", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_committees_workplace_id"), ["workplace_id"], unique=False
        )
    op.create_table(
        "contracts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workplace_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("roll_forward", sa.Boolean(), nullable=False),
        sa.Column("weekend_days", sa.String(length=7), nullable=False),
        sa.ForeignKeyConstraint(
            ["workplace_id"],
            ["workplaces.id"],
            name=op.f("fk_contracts_workplace_id_workplaces"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contracts")),
        sa.UniqueConstraint("name", name=op.f("uq_contracts_name")),
    )
    op.create_table(
        "area_headcounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("headcount", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "headcount >= 0", name=op.f("ck_area_headcounts_headcount_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["areas.id"],
            name=op.f("fk_area_headcounts_area_id_areas"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_area_headcounts")),
        sa.UniqueConstraint("area_id", "as_of", name=op.f("uq_area_headcounts_area_id_as_of")),
    )
    with op.batch_alter_table("area_headcounts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_area_headcounts_area_id"), ["area_id"], unique=False)
    op.create_table(
        "bodies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "forum", "council", name="body_kind", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("level", sa.String(length=60), nullable=False),
        sa.Column("workplace_id", sa.Integer(), nullable=True),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column("recall_rule", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["area_id"], ["areas.id"], name=op.f("fk_bodies_area_id_areas"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["bodies.id"],
            name=op.f("fk_bodies_parent_id_bodies"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["workplace_id"],
            ["workplaces.id"],
            name=op.f("fk_bodies_workplace_id_workplaces"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bodies")),
        sa.UniqueConstraint("name", name=op.f("uq_bodies_name")),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workplace_id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=200), nullable=False),
        sa.Column("last_name", sa.String(length=200), nullable=False),
        sa.Column("shift", sa.String(length=60), nullable=False),
        sa.Column("job_title", sa.String(length=200), nullable=False),
        sa.Column(
            "employment",
            sa.Enum("FT", "PT", name="employment", native_enum=False, create_constraint=True),
            nullable=True,
        ),
        sa.Column("employee_number", sa.String(length=60), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("language", sa.String(length=60), nullable=False),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.Column("organic_leader", sa.Boolean(), nullable=False),
        sa.Column("card_signed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("current_level", sa.Integer(), nullable=False),
        sa.Column("current_assessed_on", sa.Date(), nullable=True),
        sa.Column("last_contact_on", sa.Date(), nullable=True),
        sa.Column("last_contact_by_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("length(trim(first_name)) > 0", name=op.f("ck_contacts_has_name")),
        sa.ForeignKeyConstraint(
            ["area_id"], ["areas.id"], name=op.f("fk_contacts_area_id_areas"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["last_contact_by_id"],
            ["contacts.id"],
            name=op.f("fk_contacts_last_contact_by_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["workplace_id"],
            ["workplaces.id"],
            name=op.f("fk_contacts_workplace_id_workplaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
        sa.UniqueConstraint(
            "workplace_id", "employee_number", name=op.f("uq_contacts_workplace_id_employee_number")
        ),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contacts_added_on"), ["added_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_contacts_area_id"), ["area_id"], unique=False)
        batch_op.create_index(
            "ix_contacts_area_name", ["area_id", "last_name", "first_name"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contacts_current_level"), ["current_level"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contacts_last_contact_on"), ["last_contact_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contacts_workplace_id"), ["workplace_id"], unique=False
        )
        batch_op.create_index(
            "ix_contacts_wp_area", ["workplace_id", "area_id", "left_on"], unique=False
        )
    # COLLATE NOCASE as people_ids sorts, so the index gives the display order (raw DDL: the
    # models list these columns plainly because SQLite cannot reflect an index's collation)
    for name, lead in (("ix_contacts_wp_name", "workplace_id, "),
                       ("ix_contacts_wp_level", "workplace_id, current_level, "),
                       ("ix_contacts_name", "")):
        op.execute(
            f"CREATE INDEX {name} ON contacts ({lead}last_name COLLATE NOCASE, "
            "first_name COLLATE NOCASE, left_on)"
        )
    op.create_table(
        "contract_holidays",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contracts.id"],
            name=op.f("fk_contract_holidays_contract_id_contracts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_holidays")),
        sa.UniqueConstraint(
            "contract_id", "day", name=op.f("uq_contract_holidays_contract_id_day")
        ),
    )
    op.create_table(
        "contract_steps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("answered_by", sa.String(length=200), nullable=False),
        sa.Column("file_days", sa.Integer(), nullable=False),
        sa.Column(
            "file_unit",
            sa.Enum(
                "working", "calendar", name="file_unit", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("file_from", sa.String(length=120), nullable=False),
        sa.Column("file_whichever", sa.String(length=5), nullable=False),
        sa.Column("answer_days", sa.Integer(), nullable=True),
        sa.Column(
            "answer_unit",
            sa.Enum(
                "working", "calendar", name="answer_unit", native_enum=False, create_constraint=True
            ),
            nullable=True,
        ),
        sa.Column("start_days", sa.Integer(), nullable=True),
        sa.Column(
            "start_unit",
            sa.Enum(
                "working", "calendar", name="start_unit", native_enum=False, create_constraint=True
            ),
            nullable=True,
        ),
        sa.Column("start_from", sa.String(length=120), nullable=True),
        sa.Column("start_whichever", sa.String(length=5), nullable=False),
        sa.CheckConstraint(
            "answer_days IS NULL OR answer_days >= 0",
            name=op.f("ck_contract_steps_answer_days_not_negative"),
        ),
        sa.CheckConstraint("file_days >= 0", name=op.f("ck_contract_steps_file_days_not_negative")),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contracts.id"],
            name=op.f("fk_contract_steps_contract_id_contracts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_steps")),
        sa.UniqueConstraint(
            "contract_id", "ordinal", name=op.f("uq_contract_steps_contract_id_ordinal")
        ),
    )
    op.create_table(
        "contract_type_starts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column(
            "grievance_type",
            sa.Enum(
                "individual",
                "group",
                "policy",
                "discipline",
                "health_and_safety",
                name="start_type",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("start_ordinal", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contracts.id"],
            name=op.f("fk_contract_type_starts_contract_id_contracts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contract_type_starts")),
        sa.UniqueConstraint(
            "contract_id",
            "grievance_type",
            name=op.f("uq_contract_type_starts_contract_id_grievance_type"),
        ),
    )
    op.create_table(
        "structure_tests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workplace_id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "petition",
                "photo_board",
                "button_day",
                "march_on_the_boss",
                "strike_vote",
                "other",
                name="structure_test_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("threshold_pct", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "threshold_pct BETWEEN 1 AND 100", name=op.f("ck_structure_tests_threshold_range")
        ),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["areas.id"],
            name=op.f("fk_structure_tests_area_id_areas"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["workplace_id"],
            ["workplaces.id"],
            name=op.f("fk_structure_tests_workplace_id_workplaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_structure_tests")),
    )
    with op.batch_alter_table("structure_tests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_structure_tests_workplace_id"), ["workplace_id"], unique=False
        )
    op.create_table(
        "committee_memberships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("committee_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum("C", "CH", name="committee_role", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("joined_on", sa.Date(), nullable=False),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "left_on IS NULL OR left_on >= joined_on",
            name=op.f("ck_committee_memberships_left_after_join"),
        ),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["committees.id"],
            name=op.f("fk_committee_memberships_committee_id_committees"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_committee_memberships_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_memberships")),
    )
    with op.batch_alter_table("committee_memberships", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_committee_memberships_committee_id"), ["committee_id"], unique=False
        )
        batch_op.create_index("ix_memberships_contact", ["contact_id", "joined_on"], unique=False)
    op.create_table(
        "conversations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("agitate", sa.Text(), nullable=False),
        sa.Column("educate", sa.Text(), nullable=False),
        sa.Column("inoculate", sa.Text(), nullable=False),
        sa.Column("ask", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("unite", sa.Text(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("follow_up_done", sa.Boolean(), nullable=False),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["by_id"],
            ["contacts.id"],
            name=op.f("fk_conversations_by_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_conversations_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversations")),
    )
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_conversations_contact_date", ["contact_id", "held_on"], unique=False
        )
        batch_op.create_index(
            "ix_conversations_follow_up", ["follow_up_on", "follow_up_done"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_conversations_held_on"), ["held_on"], unique=False)
    op.create_table(
        "grievances",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("workplace_id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=True),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column(
            "grievance_type",
            sa.Enum(
                "individual",
                "group",
                "policy",
                "discipline",
                "health_and_safety",
                name="grievance_type",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("who", sa.Text(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("where", sa.Text(), nullable=False),
        sa.Column("why", sa.Text(), nullable=False),
        sa.Column("contract_article", sa.String(length=120), nullable=False),
        sa.Column("remedy", sa.Text(), nullable=False),
        sa.Column("incident_on", sa.Date(), nullable=False),
        sa.Column("knew_on", sa.Date(), nullable=True),
        sa.Column("steward_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open", "closed", name="grievance_status", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("current_step", sa.Integer(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "won",
                "settled",
                "withdrawn",
                "lost",
                "lapsed",
                name="outcome",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("outcome_on", sa.Date(), nullable=True),
        sa.Column("outcome_notes", sa.Text(), nullable=False),
        sa.Column("sensitive", sa.Boolean(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["area_id"], ["areas.id"], name=op.f("fk_grievances_area_id_areas"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contracts.id"],
            name=op.f("fk_grievances_contract_id_contracts"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["steward_id"],
            ["contacts.id"],
            name=op.f("fk_grievances_steward_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["workplace_id"],
            ["workplaces.id"],
            name=op.f("fk_grievances_workplace_id_workplaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grievances")),
        sa.UniqueConstraint("number", name=op.f("uq_grievances_number")),
    )
    with op.batch_alter_table("grievances", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_grievances_area_id"), ["area_id"], unique=False)
        batch_op.create_index("ix_grievances_status", ["status", "current_step"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_grievances_workplace_id"), ["workplace_id"], unique=False
        )
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("held_at", sa.DateTime(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("guests", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["body_id"], ["bodies.id"], name=op.f("fk_meetings_body_id_bodies"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_body_id"), ["body_id"], unique=False)
    op.create_table(
        "social_ties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_a_id", sa.Integer(), nullable=False),
        sa.Column("contact_b_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint("contact_a_id < contact_b_id", name=op.f("ck_social_ties_ordered_pair")),
        sa.ForeignKeyConstraint(
            ["contact_a_id"],
            ["contacts.id"],
            name=op.f("fk_social_ties_contact_a_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["contact_b_id"],
            ["contacts.id"],
            name=op.f("fk_social_ties_contact_b_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_social_ties")),
        sa.UniqueConstraint(
            "contact_a_id", "contact_b_id", name=op.f("uq_social_ties_contact_a_id_contact_b_id")
        ),
    )
    with op.batch_alter_table("social_ties", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_social_ties_contact_a_id"), ["contact_a_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_social_ties_contact_b_id"), ["contact_b_id"], unique=False
        )
    op.create_table(
        "structure_test_outcomes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("test_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "asked",
                "participated",
                "refused",
                name="outcome",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_structure_test_outcomes_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["test_id"],
            ["structure_tests.id"],
            name=op.f("fk_structure_test_outcomes_test_id_structure_tests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_structure_test_outcomes")),
        sa.UniqueConstraint(
            "test_id", "contact_id", name=op.f("uq_structure_test_outcomes_test_id_contact_id")
        ),
    )
    with op.batch_alter_table("structure_test_outcomes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_structure_test_outcomes_contact_id"), ["contact_id"], unique=False
        )
    op.create_table(
        "agenda_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_agenda_items_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_items")),
        sa.UniqueConstraint(
            "meeting_id", "ordinal", name=op.f("uq_agenda_items_meeting_id_ordinal")
        ),
    )
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("assessed_by_id", sa.Integer(), nullable=True),
        sa.Column("conversation_id", sa.Integer(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessed_by_id"],
            ["contacts.id"],
            name=op.f("fk_assessments_assessed_by_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_assessments_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_assessments_conversation_id_conversations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["level"],
            ["assessment_levels.level"],
            name=op.f("fk_assessments_level_assessment_levels"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessments")),
    )
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_assessments_contact_date", ["contact_id", "assessed_on", "id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_assessments_conversation_id"), ["conversation_id"], unique=False
        )
    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("grievance_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=120), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["grievance_id"],
            ["grievances.id"],
            name=op.f("fk_attachments_grievance_id_grievances"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachments_grievance_id"), ["grievance_id"], unique=False
        )
    op.create_table(
        "conversation_tags",
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_conversation_tags_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"],
            ["issue_tags.id"],
            name=op.f("fk_conversation_tags_tag_id_issue_tags"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("conversation_id", "tag_id", name=op.f("pk_conversation_tags")),
    )
    with op.batch_alter_table("conversation_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conversation_tags_tag_id"), ["tag_id"], unique=False)
    op.create_table(
        "grievance_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("grievance_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "filed", "answered", name="event_kind", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["grievance_id"],
            ["grievances.id"],
            name=op.f("fk_grievance_events_grievance_id_grievances"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grievance_events")),
    )
    with op.batch_alter_table("grievance_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_grievance_events_grievance_id"), ["grievance_id"], unique=False
        )
    op.create_table(
        "grievance_extensions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("grievance_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "file", "answer", name="deadline_kind", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("agreed_with", sa.String(length=200), nullable=False),
        sa.Column("new_date", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["grievance_id"],
            ["grievances.id"],
            name=op.f("fk_grievance_extensions_grievance_id_grievances"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grievance_extensions")),
    )
    with op.batch_alter_table("grievance_extensions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_grievance_extensions_grievance_id"), ["grievance_id"], unique=False
        )
    op.create_table(
        "grievance_grievants",
        sa.Column("grievance_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_grievance_grievants_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["grievance_id"],
            ["grievances.id"],
            name=op.f("fk_grievance_grievants_grievance_id_grievances"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("grievance_id", "contact_id", name=op.f("pk_grievance_grievants")),
    )
    with op.batch_alter_table("grievance_grievants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_grievance_grievants_contact_id"), ["contact_id"], unique=False
        )
    op.create_table(
        "meeting_attendance",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_meeting_attendance_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_attendance_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "contact_id", name=op.f("pk_meeting_attendance")),
    )
    with op.batch_alter_table("meeting_attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_attendance_contact_id"), ["contact_id"], unique=False
        )
    op.create_table(
        "motions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "ordinary",
                "mandate",
                "election",
                "recall",
                name="motion_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "result",
            sa.Enum(
                "carried",
                "lost",
                "consensus",
                "withdrawn",
                "pending",
                name="motion_result",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("votes_for", sa.Integer(), nullable=True),
        sa.Column("votes_against", sa.Integer(), nullable=True),
        sa.Column("abstentions", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_motions_agenda_item_id_agenda_items"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_motions_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_motions")),
    )
    with op.batch_alter_table("motions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_motions_meeting_id"), ["meeting_id"], unique=False)
    op.create_table(
        "delegates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("forum_id", sa.Integer(), nullable=False),
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
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
        sa.Column("elected_by_motion_id", sa.Integer(), nullable=True),
        sa.Column("recalled_by_motion_id", sa.Integer(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_delegates_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["bodies.id"],
            name=op.f("fk_delegates_council_id_bodies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["elected_by_motion_id"],
            ["motions.id"],
            name=op.f("fk_delegates_elected_by_motion_id_motions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["forum_id"],
            ["bodies.id"],
            name=op.f("fk_delegates_forum_id_bodies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recalled_by_motion_id"],
            ["motions.id"],
            name=op.f("fk_delegates_recalled_by_motion_id_motions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegates")),
    )
    with op.batch_alter_table("delegates", schema=None) as batch_op:
        batch_op.create_index(
            "ix_delegates_forum_council", ["forum_id", "council_id", "term_start"], unique=False
        )
    op.create_table(
        "mandates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("forum_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("motion_id", sa.Integer(), nullable=True),
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
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_mandates_agenda_item_id_agenda_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["forum_id"],
            ["bodies.id"],
            name=op.f("fk_mandates_forum_id_bodies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["motion_id"],
            ["motions.id"],
            name=op.f("fk_mandates_motion_id_motions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mandates")),
        sa.UniqueConstraint(
            "forum_id", "agenda_item_id", name=op.f("uq_mandates_forum_id_agenda_item_id")
        ),
    )
    with op.batch_alter_table("mandates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mandates_forum_id"), ["forum_id"], unique=False)
    op.create_table(
        "mandate_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mandate_id", sa.Integer(), nullable=False),
        sa.Column("delegate_id", sa.Integer(), nullable=True),
        sa.Column(
            "carried_out",
            sa.Enum(
                "yes", "partly", "no", name="carried_out", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delegate_id"],
            ["delegates.id"],
            name=op.f("fk_mandate_reports_delegate_id_delegates"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["mandate_id"],
            ["mandates.id"],
            name=op.f("fk_mandate_reports_mandate_id_mandates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mandate_reports")),
        sa.UniqueConstraint("mandate_id", name=op.f("uq_mandate_reports_mandate_id")),
    )
    for name, (table, cols) in FTS_TABLES.items():
        _fts_create(name, table, cols)
    for ddl in DERIVED_TRIGGERS:
        op.execute(ddl)
    op.execute(
        "CREATE TRIGGER assessments_append_only BEFORE UPDATE ON assessments BEGIN "
        "SELECT RAISE(ABORT, 'assessment history is append-only'); END"
    )
    levels = sa.table(
        "assessment_levels",
        sa.column("level", sa.Integer),
        sa.column("label", sa.String),
        sa.column("colour", sa.String),
        sa.column("definition", sa.Text),
        sa.column("counts_as_support", sa.Boolean),
        sa.column("counts_as_assessed", sa.Boolean),
    )
    op.bulk_insert(
        levels,
        [
            dict(
                zip(
                    (
                        "level",
                        "label",
                        "colour",
                        "definition",
                        "counts_as_support",
                        "counts_as_assessed",
                    ),
                    row,
                    strict=True,
                )
            )
            for row in DEFAULT_SCALE
        ],
    )


def downgrade() -> None:
    for ddl in DERIVED_TRIGGERS:
        op.execute("DROP TRIGGER IF EXISTS " + ddl.split()[2])
    op.execute("DROP TRIGGER IF EXISTS assessments_append_only")
    for name in FTS_TABLES:
        op.execute(f"DROP TABLE IF EXISTS {name}")
    op.drop_table("mandate_reports")
    op.drop_table("mandates")
    op.drop_table("delegates")
    op.drop_table("motions")
    op.drop_table("meeting_attendance")
    op.drop_table("grievance_grievants")
    op.drop_table("grievance_extensions")
    op.drop_table("grievance_events")
    op.drop_table("conversation_tags")
    op.drop_table("attachments")
    op.drop_table("assessments")
    op.drop_table("agenda_items")
    op.drop_table("structure_test_outcomes")
    op.drop_table("social_ties")
    op.drop_table("meetings")
    op.drop_table("grievances")
    op.drop_table("conversations")
    op.drop_table("committee_memberships")
    op.drop_table("structure_tests")
    op.drop_table("contract_type_starts")
    op.drop_table("contract_steps")
    op.drop_table("contract_holidays")
    op.drop_table("contacts")
    op.drop_table("bodies")
    op.drop_table("area_headcounts")
    op.drop_table("contracts")
    op.drop_table("committees")
    op.drop_table("areas")
    op.drop_table("workplaces")
    op.drop_table("issue_tags")
    op.drop_table("assessment_levels")
