"""Indexes for the rows that point at a contact, and two redundant contacts indexes dropped.

Deleting a contact makes SQLite find every row whose foreign key names it (``ON DELETE SET NULL``:
who made a conversation, who assessed, who was last in contact, the steward of a grievance, a
delegate). Those columns had no index, so each delete scanned the tables: 50 ms a contact with
100k contacts and 50k notes, and a scan of the million-note table on the reference vault. Partial
indexes (only rows that name someone) make it a lookup (0.65 ms). ``ix_contacts_workplace_id`` and
``ix_contacts_area_id`` are dropped: composite indexes start with the same column, and every
index on contacts is rebuilt by a large import.

The append-only rule on assessments also refused those deletes: ``ON DELETE SET NULL`` is an
UPDATE, so deleting a person who had assessed someone, or a note an assessment cites, failed with
"assessment history is append-only". The rule now lets exactly that through (a reference cleared
to NULL once the person or note it names is gone, nothing else changed) and refuses every other
update as before.

Revision ID: 0008_contact_references
Revises: 0007_followup_figures
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_contact_references"
down_revision = "0007_followup_figures"
branch_labels = None
depends_on = None

# (index, table, column): each holds only the rows whose column is set
_REFERENCES = (
    ("ix_contacts_last_contact_by_id", "contacts", "last_contact_by_id"),
    ("ix_conversations_by_id", "conversations", "by_id"),
    ("ix_assessments_assessed_by_id", "assessments", "assessed_by_id"),
    ("ix_grievances_steward_id", "grievances", "steward_id"),
    ("ix_delegates_contact_id", "delegates", "contact_id"),
)


_APPEND_ONLY = (
    "CREATE TRIGGER assessments_append_only BEFORE UPDATE ON assessments{when} BEGIN "
    "SELECT RAISE(ABORT, 'assessment history is append-only'); END"
)
# What a cascade may do and nothing else: SQLite runs ON DELETE SET NULL after the referenced
# row is gone, so a reference may be cleared only when the person or note it names no longer
# exists; a direct "SET assessed_by_id = NULL" on a living reference is refused like any edit.
_ONLY_CLEARED = (
    " WHEN NOT (new.id IS old.id AND new.contact_id IS old.contact_id"
    " AND new.level IS old.level AND new.assessed_on IS old.assessed_on"
    " AND new.evidence IS old.evidence"
    " AND (new.assessed_by_id IS old.assessed_by_id OR (new.assessed_by_id IS NULL"
    "  AND NOT EXISTS (SELECT 1 FROM contacts WHERE id = old.assessed_by_id)))"
    " AND (new.conversation_id IS old.conversation_id OR (new.conversation_id IS NULL"
    "  AND NOT EXISTS (SELECT 1 FROM conversations WHERE id = old.conversation_id))))"
)


def upgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS assessments_append_only")
    op.execute(_APPEND_ONLY.format(when=_ONLY_CLEARED))
    for name, table, column in _REFERENCES:
        op.create_index(
            name, table, [column], unique=False, sqlite_where=sa.text(f"{column} IS NOT NULL")
        )
    op.drop_index("ix_contacts_workplace_id", table_name="contacts")
    op.drop_index("ix_contacts_area_id", table_name="contacts")


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS assessments_append_only")
    op.execute(_APPEND_ONLY.format(when=""))
    op.create_index("ix_contacts_area_id", "contacts", ["area_id"], unique=False)
    op.create_index("ix_contacts_workplace_id", "contacts", ["workplace_id"], unique=False)
    for name, table, _column in reversed(_REFERENCES):
        op.drop_index(name, table_name=table)
