"""Revision 0014: every record that can travel between vaults has a stable random uid, given to
existing rows by the revision and to new rows by the models, and never changed afterwards."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory

from forum_kit.services.assessments import append_assessment
from forum_kit.services.contacts import add_contact
from forum_kit.services.conversations import log_conversation
from forum_kit.services.workplaces import add_area, add_workplace
from forum_kit.vault import FAST_KDF, Vault
from forum_kit.vault.migrations.runner import current_revision, head_revision, make_config

PASS = "correct horse battery staple"
TABLES = ("workplaces", "areas", "contacts", "assessments", "conversations", "issue_tags")


def _fill(vault: Vault) -> None:
    with vault.unit_of_work() as s:
        wp = add_workplace(s, name="Depot", today=dt.date(2026, 1, 1))
        area = add_area(s, workplace_id=wp.id, name="Loading")
        for name in ("Zoë", "Şêrko", "Ngozi"):
            c = add_contact(s, workplace_id=wp.id, area_id=area.id, first_name=name,
                            today=dt.date(2026, 1, 2))
            log_conversation(s, contact_id=c.id, held_on=dt.date(2026, 1, 3), agitate="heat",
                             tags=["heat"], assessment_level=2)
            append_assessment(s, contact_id=c.id, level=3, assessed_on=dt.date(2026, 1, 4))


def _uids(vault: Vault) -> dict[str, tuple[int, int, int]]:
    with vault.unit_of_work() as s:
        return {
            t: tuple(s.execute(sa.text(
                f"SELECT count(*), count(uid), count(DISTINCT uid) FROM {t}")).one())
            for t in TABLES
        }


def test_existing_rows_get_uids_and_triggers_survive(tmp_path):
    path = tmp_path / "old.forumkit"
    vault = Vault.create(path, PASS, kdf=FAST_KDF)
    _fill(vault)
    with vault.unit_of_work() as s:
        before = ScriptDirectory.from_config(make_config()).get_revision(
            "0014_committee_exchange").down_revision
        command.downgrade(make_config(s.connection()), before)
        assert "uid" not in {c["name"] for c in sa.inspect(s.connection()).get_columns("contacts")}
    vault.lock()
    vault = Vault.open(path, PASS)  # migrates to head, after a backup
    try:
        with vault.engine.connect() as conn:
            assert current_revision(conn) == head_revision()
        counts = _uids(vault)
        for table, (rows, with_uid, distinct) in counts.items():
            assert rows > 0 and rows == with_uid == distinct, table
        with vault.unit_of_work() as s:
            uid = s.execute(sa.text("SELECT uid FROM contacts LIMIT 1")).scalar_one()
            assert len(uid) == 32 and int(uid, 16) >= 0
            # the search index still follows the contacts (its triggers were re-created)
            s.execute(sa.text("UPDATE contacts SET first_name = 'Quexwartz' WHERE uid = :u"),
                      {"u": uid})
            hits = s.execute(sa.text(
                "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'Quexwartz'")).scalar()
            assert hits == 1
        with vault.unit_of_work() as s, pytest.raises(sa.exc.IntegrityError):
            s.execute(sa.text("UPDATE assessments SET level = 1"))
        with vault.unit_of_work() as s, pytest.raises(sa.exc.IntegrityError):
            s.execute(sa.text("UPDATE assessments SET uid = 'x' WHERE id = 1"))
        with vault.unit_of_work() as s, pytest.raises(sa.exc.IntegrityError):
            s.execute(sa.text("UPDATE contacts SET uid = (SELECT uid FROM contacts WHERE id = 2) "
                              "WHERE id = 1"))
    finally:
        vault.lock()


def test_new_rows_get_uids_from_the_models(vault):
    _fill(vault)
    for table, (rows, with_uid, distinct) in _uids(vault).items():
        assert rows == with_uid == distinct, table
