"""Open follow-ups index, again: make sure ``ix_conversations_follow_up_open`` exists.

A draft of revision 0005 had only the language index, and vaults upgraded by it (the reference
benchmark vault among them) are stamped 0005 without the partial index of open follow-ups. Without
it the follow-up count and list read every due conversation row (~86k rows, +130 MiB of page cache
and ~1 s on the reference vault, P10); with it they read the index and the contacts table. The
definition is the one in the models and in 0005, so vaults that have it are left as they are.

Revision ID: 0007_followup_figures
Revises: 0006_tag_counts
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_followup_figures"
down_revision = "0006_tag_counts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_conversations_follow_up_open", "conversations",
        ["follow_up_on", "contact_id", "follow_up_done"], unique=False,
        sqlite_where=sa.text("follow_up_done = 0"), if_not_exists=True,
    )


def downgrade() -> None:
    # 0005 owns the index (its downgrade drops it); this revision only repairs vaults lacking it
    pass
