"""The social map: dated placements (a contact's area and shift before each move), a scale of
3 to 7 levels (each level's place on the scale, and which active level a retired one now reads
as), a note on each zone, hazards as dated rows (the free text of ``areas.hazards`` copied one
line a row), the floor plan's tiles and saved chart views.

The growth cache's triggers (revisions 0004 and 0006) marked the area a contact is in *now*;
a change to someone's history now marks every area they were in on or after the change's date
(their current area and their placements ending after it). Placements mark every area of their
contact from the start. A contact whose area or shift is changed without a placement recorded
first (by a statement outside the services) gets one dated today, so no move rewrites the past.

Revision ID: 0015_social_map
Revises: 0012_beyond_the_workplace
"""

from __future__ import annotations

import importlib

import sqlalchemy as sa
from alembic import op

revision = "0015_social_map"
down_revision = "0012_beyond_the_workplace"
branch_labels = None
depends_on = None

EARLY = "'0001-01-01'"
NEVER = "'9999-12-31'"


def _mark(area: str, since: str) -> str:
    """Lower the dirty mark of one area (as revision 0004's triggers do)."""
    return (
        f"INSERT INTO growth_dirty(area_id, since) SELECT {area}, {since} "
        f"WHERE EXISTS (SELECT 1 FROM areas WHERE id = {area}) "
        "ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since);"
    )


def _mark_contact(contact: str, since: str) -> str:
    """Lower the dirty mark of every area ``contact`` counted in on or after ``since``: the
    area they are in now and each placement that ends after it."""
    return (
        f"INSERT INTO growth_dirty(area_id, since) SELECT x.area_id, {since} FROM ("
        f"SELECT area_id FROM contacts WHERE id = {contact} UNION "
        f"SELECT area_id FROM placements WHERE contact_id = {contact} AND until_on > {since}"
        ") AS x WHERE EXISTS (SELECT 1 FROM areas WHERE id = x.area_id) "
        "ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since);"
    )


def _talk(conversation: str, column: str) -> str:
    return f"(SELECT {column} FROM conversations WHERE id = {conversation})"


def _since2(a: str, b: str) -> str:
    return f"min({a}, {b})"


# Triggers of revisions 0004 and 0006 re-created here with the dated marks (same names, so the
# importer's list of triggers to suspend still finds them).
REPLACED = {
    "growth_assessments_ai": (
        "AFTER INSERT ON assessments",
        [_mark_contact("new.contact_id", "new.assessed_on")],
    ),
    "growth_assessments_ad": (
        "AFTER DELETE ON assessments",
        [_mark_contact("old.contact_id", "old.assessed_on")],
    ),
    "growth_conversations_ai": (
        "AFTER INSERT ON conversations",
        [_mark_contact("new.contact_id", "new.held_on")],
    ),
    "growth_conversations_au": (
        "AFTER UPDATE OF contact_id, held_on, follow_up_on, follow_up_done ON conversations",
        [
            _mark_contact("old.contact_id", _since2("old.held_on", "new.held_on")),
            _mark_contact("new.contact_id", _since2("old.held_on", "new.held_on")),
        ],
    ),
    "growth_conversations_ad": (
        "AFTER DELETE ON conversations",
        [_mark_contact("old.contact_id", "old.held_on")],
    ),
    "growth_memberships_ai": (
        "AFTER INSERT ON committee_memberships",
        [_mark_contact("new.contact_id", "new.joined_on")],
    ),
    "growth_memberships_au": (
        "AFTER UPDATE OF contact_id, role, joined_on, left_on ON committee_memberships",
        [
            _mark_contact("old.contact_id", _since2("old.joined_on", "new.joined_on")),
            _mark_contact("new.contact_id", _since2("old.joined_on", "new.joined_on")),
        ],
    ),
    "growth_memberships_ad": (
        "AFTER DELETE ON committee_memberships",
        [_mark_contact("old.contact_id", "old.joined_on")],
    ),
    # a changed added or left date moves the edge of every period the contact had
    "growth_contacts_au": (
        "AFTER UPDATE OF area_id, added_on, left_on ON contacts "
        "WHEN old.area_id IS NOT new.area_id OR old.added_on IS NOT new.added_on "
        "OR old.left_on IS NOT new.left_on",
        [
            _mark(
                "old.area_id",
                f"CASE WHEN old.area_id IS NOT new.area_id THEN {EARLY} ELSE min(old.added_on, "
                f"new.added_on, coalesce(old.left_on, {NEVER}), coalesce(new.left_on, {NEVER})) "
                "END",
            ),
            _mark_contact(
                "new.id",
                f"CASE WHEN old.area_id IS NOT new.area_id THEN {EARLY} ELSE min(old.added_on, "
                f"new.added_on, coalesce(old.left_on, {NEVER}), coalesce(new.left_on, {NEVER})) "
                "END",
            ),
        ],
    ),
    "tags_conversation_tags_ai": (
        "AFTER INSERT ON conversation_tags",
        [
            _mark_contact(
                _talk("new.conversation_id", "contact_id"), _talk("new.conversation_id", "held_on")
            )
        ],
    ),
    "tags_conversation_tags_au": (
        "AFTER UPDATE ON conversation_tags",
        [
            _mark_contact(
                _talk("old.conversation_id", "contact_id"), _talk("old.conversation_id", "held_on")
            ),
            _mark_contact(
                _talk("new.conversation_id", "contact_id"), _talk("new.conversation_id", "held_on")
            ),
        ],
    ),
    "tags_conversation_tags_ad": (
        "AFTER DELETE ON conversation_tags",
        [
            _mark_contact(
                _talk("old.conversation_id", "contact_id"), _talk("old.conversation_id", "held_on")
            )
        ],
    ),
    "tags_conversations_sensitive_au": (
        "AFTER UPDATE OF sensitive ON conversations WHEN old.sensitive IS NOT new.sensitive",
        [_mark_contact("new.contact_id", "min(old.held_on, new.held_on)")],
    ),
    "tags_contacts_sensitive_au": (
        "AFTER UPDATE OF sensitive ON contacts WHEN old.sensitive IS NOT new.sensitive",
        [_mark_contact("new.id", EARLY)],
    ),
}

NEW_TRIGGERS = {
    "growth_placements_ai": (
        "AFTER INSERT ON placements",
        [_mark_contact("new.contact_id", EARLY)],
    ),
    "growth_placements_au": (
        "AFTER UPDATE ON placements",
        [
            _mark("old.area_id", EARLY),
            _mark_contact("old.contact_id", EARLY),
            _mark_contact("new.contact_id", EARLY),
        ],
    ),
    "growth_placements_ad": (
        "AFTER DELETE ON placements",
        [_mark("old.area_id", EARLY), _mark_contact("old.contact_id", EARLY)],
    ),
    # A move made by a statement that did not record it first (the services do): the place the
    # person leaves is history from today, so that the past is never rewritten.
    "placements_contacts_au": (
        "AFTER UPDATE OF area_id, shift ON contacts "
        "WHEN (old.area_id IS NOT new.area_id OR old.shift IS NOT new.shift) "
        "AND NOT EXISTS (SELECT 1 FROM (SELECT area_id, shift FROM placements "
        "WHERE contact_id = new.id ORDER BY until_on DESC, id DESC LIMIT 1) AS p "
        "WHERE p.area_id = old.area_id AND p.shift IS old.shift)",
        [
            "INSERT INTO placements(contact_id, area_id, shift, until_on) "
            "SELECT new.id, old.area_id, old.shift, max(date('now', 'localtime'), "
            f"coalesce((SELECT max(until_on) FROM placements WHERE contact_id = new.id), {EARLY}));"
        ],
    ),
}


def _create(triggers: dict) -> None:
    for name, (when, body) in triggers.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {' '.join(body)} END")


def _old_triggers() -> dict:
    """The definitions of revisions 0004 and 0006, for the downgrade."""
    found: dict = {}
    for module in ("0004_growth_cache", "0006_tag_counts"):
        triggers = importlib.import_module(f"forum_kit.vault.migrations.versions.{module}").TRIGGERS
        found.update({k: v for k, v in triggers.items() if k in REPLACED})
    return found


def upgrade() -> None:
    op.create_table(
        "placements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("shift", sa.String(length=60), nullable=False),
        sa.Column("until_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["area_id"], ["areas.id"], name=op.f("fk_placements_area_id_areas"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_placements_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placements")),
    )
    op.create_index("ix_placements_contact", "placements", ["contact_id", "until_on", "id"])
    op.create_index("ix_placements_area", "placements", ["area_id"])
    op.create_table(
        "area_hazards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("noted_on", sa.Date(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["areas.id"],
            name=op.f("fk_area_hazards_area_id_areas"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_area_hazards")),
    )
    op.create_index(op.f("ix_area_hazards_area_id"), "area_hazards", ["area_id"])
    op.create_table(
        "floor_plan_tiles",
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("x", sa.Integer(), nullable=False),
        sa.Column("y", sa.Integer(), nullable=False),
        sa.Column("w", sa.Integer(), nullable=False),
        sa.Column("h", sa.Integer(), nullable=False),
        sa.CheckConstraint("x >= 0 AND y >= 0", name=op.f("ck_floor_plan_tiles_inside_plan")),
        sa.CheckConstraint("w >= 1 AND h >= 1", name=op.f("ck_floor_plan_tiles_has_size")),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["areas.id"],
            name=op.f("fk_floor_plan_tiles_area_id_areas"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("area_id", name=op.f("pk_floor_plan_tiles")),
    )
    op.create_table(
        "chart_views",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("columns", sa.Text(), nullable=False),
        sa.Column("filters", sa.Text(), nullable=False),
        sa.Column("sort", sa.String(length=30), nullable=False),
        sa.Column("descending", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chart_views")),
        sa.UniqueConstraint("name", name=op.f("uq_chart_views_name")),
    )
    # Plain ALTERs, not a batch rebuild: assessments point at assessment_levels, and foreign
    # keys are enforced while a vault migrates.
    op.execute("ALTER TABLE assessment_levels ADD COLUMN position INTEGER")
    op.execute("ALTER TABLE assessment_levels ADD COLUMN retired_into INTEGER")
    # the seeded scale: leader 1 ... hostile 5, unassessed 0
    op.execute("UPDATE assessment_levels SET position = level")
    op.execute("ALTER TABLE areas ADD COLUMN zone_note VARCHAR(500) NOT NULL DEFAULT ''")
    _copy_hazards()
    for name in REPLACED:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    _create(REPLACED)
    _create(NEW_TRIGGERS)


def _copy_hazards() -> None:
    """Each non-empty line of an area's hazards text becomes a hazard noted on the day its
    workplace was added (the text had no date); the text is then cleared."""
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT a.id, a.hazards, w.created_on FROM areas a JOIN workplaces w "
            "ON w.id = a.workplace_id WHERE trim(a.hazards) <> '' ORDER BY a.id"
        )
    ).all()
    for area_id, text, created in rows:
        for line in str(text).splitlines():
            line = " ".join(line.split())[:500]
            if line:
                conn.execute(
                    sa.text(
                        "INSERT INTO area_hazards(area_id, description, noted_on) "
                        "VALUES (:a, :d, :n)"
                    ),
                    {"a": area_id, "d": line, "n": created},
                )
    conn.execute(sa.text("UPDATE areas SET hazards = '' WHERE hazards <> ''"))


def downgrade() -> None:
    conn = op.get_bind()
    for name in (*REPLACED, *NEW_TRIGGERS):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    _create(_old_triggers())
    # hazards go back into the text they came from
    for area_id, text in conn.execute(
        sa.text(
            "SELECT area_id, group_concat(description, char(10)) FROM "
            "(SELECT area_id, description FROM area_hazards WHERE resolved_on IS NULL ORDER BY id) "
            "GROUP BY area_id"
        )
    ).all():
        conn.execute(
            sa.text("UPDATE areas SET hazards = :t WHERE id = :a"), {"t": text, "a": area_id}
        )
    op.drop_table("chart_views")
    op.drop_table("floor_plan_tiles")
    op.drop_index(op.f("ix_area_hazards_area_id"), table_name="area_hazards")
    op.drop_table("area_hazards")
    op.drop_index("ix_placements_area", table_name="placements")
    op.drop_index("ix_placements_contact", table_name="placements")
    op.drop_table("placements")
    # the growth cache was kept by the dated rule: recompute every area by the old one
    op.execute(
        f"INSERT INTO growth_dirty(area_id, since) SELECT id, {EARLY} FROM areas WHERE "
        "true ON CONFLICT(area_id) DO UPDATE SET since = excluded.since"
    )
    # retired levels' history reads as the level it was mapped to, which is all the old code
    # can show: assessments are never rewritten, so a retired level stays as a row
    op.execute("ALTER TABLE areas DROP COLUMN zone_note")
    op.execute("ALTER TABLE assessment_levels DROP COLUMN retired_into")
    op.execute("ALTER TABLE assessment_levels DROP COLUMN position")
