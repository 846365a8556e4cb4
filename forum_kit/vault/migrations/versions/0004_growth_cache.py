"""Growth cache: per-area change-point figures (``growth_daily``), the dirty marks
(``growth_dirty``) and the triggers that set them whenever dated history under the cached figures
changes; every existing area starts dirty, so the first growth read fills the cache.

Revision ID: 0004_growth_cache
Revises: 0003_federation
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_growth_cache"
down_revision = "0003_federation"
branch_labels = None
depends_on = None

# "Everything from the start": a contact moved or deleted takes conversations dated before it was
# added with it, so only a whole-area recompute is safe.
EARLY = "'0001-01-01'"
NEVER = "'9999-12-31'"


def _mark(area: str, since: str) -> str:
    """Lower the dirty mark of ``area`` to ``since``; nothing for an area being deleted (a
    cascade can delete the area before the rows that point at it)."""
    return (
        f"INSERT INTO growth_dirty(area_id, since) SELECT {area}, {since} "
        f"WHERE EXISTS (SELECT 1 FROM areas WHERE id = {area}) "
        "ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since);"
    )


def _area_of(contact: str) -> str:
    return f"(SELECT area_id FROM contacts WHERE id = {contact})"


def _since2(a: str, b: str) -> str:
    return f"min({a}, {b})"


TRIGGERS = {
    "growth_assessments_ai": (
        "AFTER INSERT ON assessments",
        [_mark(_area_of("new.contact_id"), "new.assessed_on")],
    ),
    "growth_assessments_ad": (
        "AFTER DELETE ON assessments",
        [_mark(_area_of("old.contact_id"), "old.assessed_on")],
    ),
    "growth_conversations_ai": (
        "AFTER INSERT ON conversations",
        [_mark(_area_of("new.contact_id"), "new.held_on")],
    ),
    # a follow-up counts from max(held_on, follow_up_on), so held_on bounds every change
    "growth_conversations_au": (
        "AFTER UPDATE OF contact_id, held_on, follow_up_on, follow_up_done ON conversations",
        [
            _mark(_area_of("old.contact_id"), _since2("old.held_on", "new.held_on")),
            _mark(_area_of("new.contact_id"), _since2("old.held_on", "new.held_on")),
        ],
    ),
    "growth_conversations_ad": (
        "AFTER DELETE ON conversations",
        [_mark(_area_of("old.contact_id"), "old.held_on")],
    ),
    "growth_memberships_ai": (
        "AFTER INSERT ON committee_memberships",
        [_mark(_area_of("new.contact_id"), "new.joined_on")],
    ),
    # left_on >= joined_on is a constraint, so the earlier joined_on bounds every change
    "growth_memberships_au": (
        "AFTER UPDATE OF contact_id, role, joined_on, left_on ON committee_memberships",
        [
            _mark(_area_of("old.contact_id"), _since2("old.joined_on", "new.joined_on")),
            _mark(_area_of("new.contact_id"), _since2("old.joined_on", "new.joined_on")),
        ],
    ),
    "growth_memberships_ad": (
        "AFTER DELETE ON committee_memberships",
        [_mark(_area_of("old.contact_id"), "old.joined_on")],
    ),
    "growth_contacts_ai": (
        "AFTER INSERT ON contacts",
        [_mark("new.area_id", "new.added_on")],
    ),
    "growth_contacts_au": (
        "AFTER UPDATE OF area_id, added_on, left_on ON contacts "
        "WHEN old.area_id IS NOT new.area_id OR old.added_on IS NOT new.added_on "
        "OR old.left_on IS NOT new.left_on",
        [
            _mark(
                area,
                f"CASE WHEN old.area_id IS NOT new.area_id THEN {EARLY} ELSE min(old.added_on, "
                f"new.added_on, coalesce(old.left_on, {NEVER}), coalesce(new.left_on, {NEVER})) "
                "END",
            )
            for area in ("old.area_id", "new.area_id")
        ],
    ),
    "growth_contacts_ad": (
        "AFTER DELETE ON contacts",
        [_mark("old.area_id", EARLY)],
    ),
    "growth_grievances_ai": (
        "AFTER INSERT ON grievances",
        [_mark("new.area_id", "new.opened_on")],
    ),
    "growth_grievances_au": (
        "AFTER UPDATE OF area_id, opened_on, status, outcome_on ON grievances",
        [
            _mark("old.area_id", _since2("old.opened_on", "new.opened_on")),
            _mark("new.area_id", _since2("old.opened_on", "new.opened_on")),
        ],
    ),
    "growth_grievances_ad": (
        "AFTER DELETE ON grievances",
        [_mark("old.area_id", "old.opened_on")],
    ),
    # what a level means changes every area's history
    "growth_levels_au": (
        "AFTER UPDATE ON assessment_levels WHEN old.level IS NOT new.level "
        "OR old.counts_as_assessed IS NOT new.counts_as_assessed "
        "OR old.counts_as_support IS NOT new.counts_as_support",
        [
            f"INSERT INTO growth_dirty(area_id, since) SELECT id, {EARLY} FROM areas WHERE true "
            "ON CONFLICT(area_id) DO UPDATE SET since = excluded.since;"
        ],
    ),
    "growth_areas_ad": (
        "AFTER DELETE ON areas",
        [
            "DELETE FROM growth_daily WHERE area_id = old.id;",
            "DELETE FROM growth_dirty WHERE area_id = old.id;",
        ],
    ),
}


def upgrade() -> None:
    op.create_table(
        "growth_daily",
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("mapped", sa.Integer(), nullable=False),
        sa.Column("assessed", sa.Integer(), nullable=False),
        sa.Column("supporters", sa.Integer(), nullable=False),
        sa.Column("committee_members", sa.Integer(), nullable=False),
        sa.Column("committee_helpers", sa.Integer(), nullable=False),
        sa.Column("one_on_ones_90d", sa.Integer(), nullable=False),
        sa.Column("follow_ups_due", sa.Integer(), nullable=False),
        sa.Column("open_grievances", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("area_id", "day", name=op.f("pk_growth_daily")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "growth_dirty",
        sa.Column("area_id", sa.Integer(), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("area_id", name=op.f("pk_growth_dirty")),
    )
    for name, (when, body) in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {' '.join(body)} END")
    # the history already in the vault: the first growth read computes it
    op.execute(f"INSERT INTO growth_dirty(area_id, since) SELECT id, {EARLY} FROM areas")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("growth_dirty")
    op.drop_table("growth_daily")
