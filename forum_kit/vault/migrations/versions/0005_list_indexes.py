"""List indexes: ``contacts(workplace_id, language)`` so the People filter's language choices
are read from a covering index rather than every contact row (P4 first paint), and a partial
index of open follow-ups holding ``contact_id`` so the due count does not read ~80k conversation
rows into the page cache (P10).

Revision ID: 0005_list_indexes
Revises: 0004_growth_cache
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_list_indexes"
down_revision = "0004_growth_cache"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_contacts_wp_language", "contacts", ["workplace_id", "language"], unique=False
    )
    op.create_index(
        "ix_conversations_follow_up_open", "conversations",
        ["follow_up_on", "contact_id", "follow_up_done"], unique=False,
        sqlite_where=sa.text("follow_up_done = 0"),
    )


def downgrade() -> None:
    op.drop_index("ix_conversations_follow_up_open", table_name="conversations")
    op.drop_index("ix_contacts_wp_language", table_name="contacts")
