"""The Alembic revisions build exactly the schema the models declare, with its triggers and FTS."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from forum_kit.models import Base
from forum_kit.vault.migrations.runner import current_revision, head_revision

FTS_SHADOW_PREFIXES = ("contacts_fts", "conversations_fts", "grievances_fts", "contacts_fold_fts",
                       "grievances_fold_fts")


def test_migrated_schema_matches_models(vault):
    with vault.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"target_metadata": Base.metadata})
        diff = compare_metadata(ctx, Base.metadata)
    # FTS5 virtual tables and their shadow tables are made by raw DDL, not by models.
    real = [
        d
        for d in diff
        if not (d[0] == "remove_table" and d[1].name.startswith(FTS_SHADOW_PREFIXES))
        and not (d[0] == "remove_table" and d[1].name == "alembic_version")
    ]
    assert real == []


def test_vault_is_at_head(vault):
    with vault.engine.connect() as conn:
        assert current_revision(conn) == head_revision()


def _seed(session) -> tuple[int, int]:
    session.execute(
        sa.text(
            "INSERT INTO workplaces(name, employer, address, notes, created_on) "
            "VALUES ('Depot', '', '', '', '2026-01-01')"
        )
    )
    session.execute(
        sa.text(
            "INSERT INTO areas(workplace_id, name, kind, position, hazards, notes) "
            "VALUES (1, 'Loading', 'department', 0, '', '')"
        )
    )
    session.execute(
        sa.text(
            "INSERT INTO contacts(workplace_id, area_id, first_name, last_name, shift, job_title,"
            " phone, email, language, sensitive, organic_leader, notes, added_on, current_level)"
            " VALUES (1, 1, 'Zoë', 'Şêrko', '', '', '', '', '', 0, 0, '', '2026-01-01', 0)"
        )
    )
    return 1, 1


def test_assessment_history_is_append_only_and_drives_current_level(session):
    _seed(session)
    for level, day in ((3, "2026-01-05"), (2, "2026-02-01"), (4, "2026-01-20")):
        session.execute(
            sa.text(
                "INSERT INTO assessments(contact_id, level, assessed_on, evidence)"
                " VALUES (1, :l, :d, '')"
            ),
            {"l": level, "d": day},
        )
    row = session.execute(sa.text("SELECT current_level, current_assessed_on FROM contacts")).one()
    # The latest by date wins, not the latest inserted.
    assert tuple(row) == (2, "2026-02-01")
    with pytest.raises(sa.exc.IntegrityError):
        session.execute(sa.text("UPDATE assessments SET level = 1"))


def test_conversations_drive_last_contact(session):
    _seed(session)
    for day in ("2026-03-01", "2026-02-01"):
        session.execute(
            sa.text(
                "INSERT INTO conversations(contact_id, held_on, agitate, educate, inoculate, ask,"
                " answer, unite, plan, follow_up_done, sensitive)"
                " VALUES (1, :d, 'heat', '', '', '', '', '', '', 0, 0)"
            ),
            {"d": day},
        )
    assert session.execute(sa.text("SELECT last_contact_on FROM contacts")).scalar() == "2026-03-01"
    session.execute(sa.text("DELETE FROM conversations WHERE held_on = '2026-03-01'"))
    assert session.execute(sa.text("SELECT last_contact_on FROM contacts")).scalar() == "2026-02-01"


@pytest.mark.parametrize("query", ["zoe", "ZOË", "şêrko", "SERKO"])
def test_fts_folds_case_and_diacritics(session, query):
    _seed(session)
    hits = session.execute(
        sa.text("SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH :q"), {"q": f'"{query}"'}
    ).all()
    assert [h[0] for h in hits] == [1]


def test_default_scale_is_seeded(session):
    rows = session.execute(
        sa.text("SELECT level, counts_as_support FROM assessment_levels ORDER BY level")
    ).all()
    assert [r[0] for r in rows] == [0, 1, 2, 3, 4, 5]
    assert [r[0] for r in rows if r[1]] == [1, 2]
