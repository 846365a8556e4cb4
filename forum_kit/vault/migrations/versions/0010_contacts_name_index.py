"""``ix_contacts_name`` dropped: a name-ordered list of every workplace at once is only asked for
by a contact picker with no workplace (a council choosing a delegate), and it sorts 50k people in
16-40 ms without the index (22 -> 38 ms for the whole list on the reference vault, measured with
revision 0009's method); each workplace's lists use ``ix_contacts_wp_name``. Every index on
contacts is rebuilt by a large import: this one cost ~0.1 s of a 100k-row import.

Revision ID: 0010_contacts_name_index
Revises: 0009_import_indexes
"""

from __future__ import annotations

from alembic import op

revision = "0010_contacts_name_index"
down_revision = "0009_import_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute('DROP INDEX IF EXISTS "ix_contacts_name"')


def downgrade() -> None:
    # as revision 0002 made it (raw DDL: the name columns compare NOCASE, as the list sorts)
    op.execute(
        "CREATE INDEX ix_contacts_name ON contacts (last_name COLLATE NOCASE, "
        "first_name COLLATE NOCASE, left_on)"
    )
