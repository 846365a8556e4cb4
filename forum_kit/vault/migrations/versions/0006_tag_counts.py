"""Issue-tag counts per area and day (``tag_daily``), kept with the growth cache: the triggers
that mark ``growth_dirty`` already cover conversations and contacts moving, being added or
deleted; these add the marks for what only the tag counts depend on (a conversation's tags, a
conversation's or a contact's ``sensitive`` flag) and drop an area's rows with the area. The
table is filled here from the history already in the vault, so no area has to be recomputed.

Revision ID: 0006_tag_counts
Revises: 0005_list_indexes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_tag_counts"
down_revision = "0005_list_indexes"
branch_labels = None
depends_on = None

# "Everything from the start": a contact's sensitive flag hides or shows its whole history.
EARLY = "'0001-01-01'"


def _mark(area: str, since: str) -> str:
    """Lower the dirty mark of ``area`` to ``since`` (as revision 0004's triggers do)."""
    return (
        f"INSERT INTO growth_dirty(area_id, since) SELECT {area}, {since} "
        f"WHERE EXISTS (SELECT 1 FROM areas WHERE id = {area}) "
        "ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since);"
    )


def _area_of_talk(conversation: str) -> str:
    return (
        "(SELECT c.area_id FROM conversations v JOIN contacts c ON c.id = v.contact_id "
        f"WHERE v.id = {conversation})"
    )


def _held(conversation: str) -> str:
    return f"(SELECT held_on FROM conversations WHERE id = {conversation})"


TRIGGERS = {
    # A tag row deleted by the cascade of its conversation finds no conversation: nothing is
    # marked, and the conversation's own delete trigger (0004) has marked its area.
    "tags_conversation_tags_ai": (
        "AFTER INSERT ON conversation_tags",
        [_mark(_area_of_talk("new.conversation_id"), _held("new.conversation_id"))],
    ),
    "tags_conversation_tags_au": (
        "AFTER UPDATE ON conversation_tags",
        [
            _mark(_area_of_talk("old.conversation_id"), _held("old.conversation_id")),
            _mark(_area_of_talk("new.conversation_id"), _held("new.conversation_id")),
        ],
    ),
    "tags_conversation_tags_ad": (
        "AFTER DELETE ON conversation_tags",
        [_mark(_area_of_talk("old.conversation_id"), _held("old.conversation_id"))],
    ),
    "tags_conversations_sensitive_au": (
        "AFTER UPDATE OF sensitive ON conversations WHEN old.sensitive IS NOT new.sensitive",
        [_mark("(SELECT area_id FROM contacts WHERE id = new.contact_id)",
               "min(old.held_on, new.held_on)")],
    ),
    "tags_contacts_sensitive_au": (
        "AFTER UPDATE OF sensitive ON contacts WHEN old.sensitive IS NOT new.sensitive",
        [_mark("new.area_id", EARLY)],
    ),
    "tags_areas_ad": (
        "AFTER DELETE ON areas",
        ["DELETE FROM tag_daily WHERE area_id = old.id;"],
    ),
}

# The definition ``growth._refresh`` recomputes an area with, over every area and day.
FILL = """
INSERT INTO tag_daily (area_id, day, tag_id, conversations)
SELECT c.area_id, v.held_on, ct.tag_id, count(*)
FROM contacts AS c
JOIN conversations AS v ON v.contact_id = c.id
JOIN conversation_tags AS ct ON ct.conversation_id = v.id
WHERE NOT c.sensitive AND NOT v.sensitive AND c.area_id IN (SELECT id FROM areas)
GROUP BY c.area_id, v.held_on, ct.tag_id
"""


def upgrade() -> None:
    op.create_table(
        "tag_daily",
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.Column("conversations", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("area_id", "day", "tag_id", name=op.f("pk_tag_daily")),
        sqlite_with_rowid=False,
    )
    for name, (when, body) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {' '.join(body)} END")
    op.execute(FILL)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("tag_daily")
