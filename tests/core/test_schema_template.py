"""The head schema's script (``forum_kit/vault/migrations/head_schema.sql``) is at the head
revision and makes the same database as running every revision: the same tables, indexes and
triggers with the same SQL and in the same order (the order triggers fire in), the same seeded
rows (the default scale, the Alembic stamp, the search indexes' own records), under the new
database's own key; when the script is behind the head the revisions run instead."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from forum_kit.vault import template
from forum_kit.vault.engine import connect_keyed
from forum_kit.vault.migrations import runner


def _image(conn: Any) -> dict[str, Any]:
    """Everything the schema and its seeded rows are, independent of page numbers."""
    master = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"
    ).fetchall()
    out: dict[str, Any] = {
        # indexes by name: batch mode re-creates a table's indexes in a set's order
        kind: sorted(
            ((*row[1:3], template.canonical_sql(row[3] or "")) for row in master if row[0] == kind),
            key=lambda r: r[0] if kind == "index" else "",
        )
        for kind in ("table", "index", "trigger", "view")
    }
    out["table_list"] = sorted(conn.execute("PRAGMA table_list").fetchall())
    for row in master:
        if row[0] == "table" and not (row[3] or "").upper().startswith("CREATE VIRTUAL"):
            out[f"rows {row[1]}"] = sorted(
                conn.execute(f'SELECT * FROM "{row[1]}"').fetchall(), key=repr
            )
    for pragma in ("user_version", "application_id", "page_size", "auto_vacuum", "encoding"):
        out[pragma] = conn.execute(f"PRAGMA {pragma}").fetchall()
    return out


@pytest.fixture(scope="module")
def by_revisions(tmp_path_factory) -> tuple[Path, bytearray]:
    return template.migrated(tmp_path_factory.mktemp("revisions"))


def test_the_script_is_at_the_head_and_as_the_revisions_write_it(by_revisions):
    path, key = by_revisions
    revision, text = template._script()
    assert revision == runner.head_revision()
    conn = connect_keyed(path, key)
    try:
        fresh = template.dump_schema(conn)
    finally:
        conn.close()
    # after a new revision: .venv/bin/python -m forum_kit.vault.template
    assert fresh == text


def test_a_database_from_the_script_equals_one_the_revisions_made(by_revisions, tmp_path):
    path, key = by_revisions
    made = tmp_path / "copy.db"
    own = bytearray(os.urandom(32))
    template.create_at_head(made, own)
    expected, got = (connect_keyed(path, key), connect_keyed(made, own))
    try:
        want, have = _image(expected), _image(got)
        assert have.keys() == want.keys()
        for name in want:
            assert have[name] == want[name], name
        assert len(want["trigger"]) > 40 and len(want["rows assessment_levels"]) == 6
        assert have["rows alembic_version"] == [(runner.head_revision(),)]
        # FTS5 finds its own records consistent
        for table in ("contacts_fts", "conversations_fts", "grievances_fts"):
            got.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
    finally:
        expected.close()
        got.close()
    # encrypted under its own key, and no other
    assert not made.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlcipher.DatabaseError):
        connect_keyed(made, key).close()


def test_a_script_behind_the_head_runs_the_revisions_and_an_old_file_is_kept(tmp_path, monkeypatch):
    revision, text = template._script()
    monkeypatch.setattr(template, "_script", lambda: ("0001_vault_meta", text))
    made = tmp_path / "behind.db"
    own = bytearray(os.urandom(32))
    template.create_at_head(made, own)
    conn = connect_keyed(made, own)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(revision,)]
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 300
    finally:
        conn.close()
    before = made.read_bytes()
    with pytest.raises(FileExistsError):
        template.create_at_head(made, bytearray(os.urandom(32)))
    assert made.read_bytes() == before


def test_a_tables_constraints_are_written_in_one_order_whatever_order_alembic_chose():
    one = ("CREATE TABLE t (\n\tid INTEGER NOT NULL, \n\tCONSTRAINT pk_t PRIMARY KEY (id), \n"
           "\tCONSTRAINT fk_b FOREIGN KEY(b) REFERENCES b (id), \n"
           "\tCONSTRAINT fk_a FOREIGN KEY(a) REFERENCES a (id)\n)")
    other = ("CREATE TABLE t (\n\tid INTEGER NOT NULL, \n\tCONSTRAINT fk_a FOREIGN KEY(a) "
             "REFERENCES a (id), \n\tCONSTRAINT pk_t PRIMARY KEY (id), \n"
             "\tCONSTRAINT fk_b FOREIGN KEY(b) REFERENCES b (id)\n)")
    assert template.canonical_sql(one) == template.canonical_sql(other)
    assert template.canonical_sql(one).endswith("CONSTRAINT pk_t PRIMARY KEY (id)\n)")
    with sqlcipher.connect(":memory:") as conn:  # still valid SQL
        conn.execute("CREATE TABLE a (id INTEGER PRIMARY KEY)")
        conn.execute("CREATE TABLE b (id INTEGER PRIMARY KEY)")
        conn.execute(template.canonical_sql(one).replace("NOT NULL, ", "NOT NULL, a INT, b INT, "))
    assert template.canonical_sql("CREATE INDEX i ON t (a)") == "CREATE INDEX i ON t (a)"
