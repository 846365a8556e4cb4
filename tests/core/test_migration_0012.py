"""Revision 0012 on a vault that already holds workplaces: every existing place becomes a
workplace, the new tables and the ledgers' triggers appear, and a downgrade takes them away
again without touching the workplaces (then the upgrade runs again)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory

from forum_kit.vault import FAST_KDF, Vault
from forum_kit.vault.migrations.runner import current_revision, head_revision, make_config

PASSPHRASE = "correct horse battery staple"
REVISION = "0012_beyond_the_workplace"
TRIGGERS = {
    "fund_entries_append_only",
    "fund_entries_no_delete",
    "time_exchanges_append_only",
    "time_exchanges_no_delete",
}


def _names(conn, kind: str) -> set[str]:
    return set(
        conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = ?", (kind,)).scalars()
    )


def test_upgrade_from_the_revision_before_keeps_workplaces(tmp_path):
    before = ScriptDirectory.from_config(make_config()).get_revision(REVISION).down_revision
    path = tmp_path / "old.forumkit"
    vault = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    with vault.unit_of_work() as s:
        command.downgrade(make_config(s.connection()), before)
        conn = s.connection()
        assert "aid_needs" not in _names(conn, "table") and not TRIGGERS & _names(conn, "trigger")
        s.execute(
            sa.text(
                "INSERT INTO workplaces (name, employer, address, notes, created_on) "
                "VALUES ('Old depot', '', '', '', '2025-01-01')"
            )
        )
    vault.lock()
    vault = Vault.open(path, PASSPHRASE)  # migrates to head on open
    try:
        with vault.unit_of_work() as s:
            conn = s.connection()
            assert current_revision(conn) == head_revision()
            assert s.execute(sa.text("SELECT kind FROM workplaces")).scalar_one() == "workplace"
            assert {
                "aid_needs",
                "fund_entries",
                "time_exchanges",
                "check_ins",
                "retaliation_incidents",
                "rollup_community",
            } <= _names(conn, "table")
            assert TRIGGERS <= _names(conn, "trigger")
    finally:
        vault.lock()
