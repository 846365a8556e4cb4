"""Three single-column contacts indexes dropped: no screen's query needs them, and every index on
contacts is rebuilt by a large import.

``ix_contacts_added_on``: every read of ``added_on`` (growth, briefings) starts from an area or a
workplace, whose indexes it uses. ``ix_contacts_current_level`` and
``ix_contacts_last_contact_on``: lists are read per workplace through ``ix_contacts_wp_level``
and ``ix_contacts_wp_name``; only a list of every workplace at once (a picker with no workplace)
could use them. Measured on the reference vault (50k contacts in 5 workplaces, each of the 9
sorts both ways, three filters, with the 0008 indexes and without these three, in one
transaction rolled back): a workplace's lists within 5 ms of before; an every-workplace list up
to 2x slower (a full 50k list by area 69 -> 141 ms). A 100k-row import builds three fewer
indexes (~0.15 s of its 3 s, and 3-4 MB fewer pages written at its commit).

Revision ID: 0009_import_indexes
Revises: 0008_contact_references
"""

from __future__ import annotations

from alembic import op

revision = "0009_import_indexes"
down_revision = "0008_contact_references"
branch_labels = None
depends_on = None

_DROPPED = (
    ("ix_contacts_added_on", "added_on"),
    ("ix_contacts_current_level", "current_level"),
    ("ix_contacts_last_contact_on", "last_contact_on"),
)


def upgrade() -> None:
    for name, _column in _DROPPED:
        op.execute(f'DROP INDEX IF EXISTS "{name}"')


def downgrade() -> None:
    for name, column in reversed(_DROPPED):
        op.create_index(name, "contacts", [column], unique=False)
