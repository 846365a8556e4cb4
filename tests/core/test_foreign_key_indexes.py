"""Every column that points at a contact is indexed, so deleting a contact looks rows up instead
of scanning the history tables (revision 0008); the two dropped contacts indexes stay covered by
composite indexes that start with the same column."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa


def _leading_columns(conn, table: str) -> set[str]:
    firsts = set()
    for index in conn.exec_driver_sql(f'PRAGMA index_list("{table}")').all():
        columns = conn.exec_driver_sql(f'PRAGMA index_info("{index[1]}")').all()
        if columns:
            firsts.add(columns[0][2])
    return firsts


def test_every_reference_to_a_contact_is_indexed(vault) -> None:
    with vault.unit_of_work() as s:
        conn = s.connection()
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
            "AND sql NOT LIKE '%VIRTUAL%'")]
        missing = []
        for table in tables:
            for fk in conn.exec_driver_sql(f'PRAGMA foreign_key_list("{table}")').all():
                if fk[2] == "contacts" and fk[3] not in _leading_columns(conn, table):
                    missing.append(f"{table}.{fk[3]}")
        assert missing == []
        leading = _leading_columns(conn, "contacts")
        assert {"workplace_id", "area_id"} <= leading


def test_deleting_a_contact_sets_references_to_null(vault) -> None:
    """The partial indexes hold only rows that name someone; the SET NULL still reaches them."""
    from forum_kit.demo import generate
    from forum_kit.services.contacts import delete_contact

    with vault.unit_of_work() as s:
        generate(s, contacts=60, workplaces=1, areas=4, seed=3, today=dt.date(2026, 3, 10))
    with vault.unit_of_work() as s:
        by = s.execute(sa.text(
            "SELECT assessed_by_id FROM assessments WHERE assessed_by_id IS NOT NULL "
            "AND assessed_by_id IN (SELECT by_id FROM conversations) LIMIT 1")).scalar()
        assert by is not None
        # the service a steward reaches from the People page; it failed on the append-only rule
        delete_contact(s, contact_id=by)
    with vault.unit_of_work() as s:
        for table, column in (("conversations", "by_id"), ("contacts", "last_contact_by_id"),
                              ("assessments", "assessed_by_id")):
            left = s.execute(sa.text(f"SELECT count(*) FROM {table} WHERE {column} = :i"),
                             {"i": by}).scalar()
            assert left == 0


def test_assessments_stay_append_only_apart_from_cleared_references(vault) -> None:
    """Only the cascade of a delete may clear a reference (tested above, by deleting)."""
    from forum_kit.demo import generate

    with vault.unit_of_work() as s:
        generate(s, contacts=30, workplaces=1, areas=3, seed=5, today=dt.date(2026, 3, 10))
    with vault.unit_of_work() as s:
        row = s.execute(sa.text("SELECT id FROM assessments LIMIT 1")).scalar()
    refused = ["level = level + 1", "assessed_on = '2020-01-01'", "evidence = 'changed'",
               "contact_id = contact_id + 1", "assessed_by_id = 1",
               "assessed_by_id = NULL, evidence = evidence || 'x'"]
    for change in refused:
        try:
            with vault.unit_of_work() as s:
                s.execute(sa.text(f"UPDATE assessments SET {change} WHERE id = :i"), {"i": row})
        except sa.exc.IntegrityError as error:
            assert "append-only" in str(error)
        else:
            raise AssertionError(f"an update was allowed: {change}")
    # clearing a living reference by hand is an edit of history too
    with vault.unit_of_work() as s:
        living = s.execute(sa.text(
            "SELECT id FROM assessments WHERE assessed_by_id IS NOT NULL LIMIT 1")).scalar()
    for change in ("assessed_by_id = NULL", "conversation_id = NULL"):
        try:
            with vault.unit_of_work() as s:
                s.execute(sa.text(f"UPDATE assessments SET {change} WHERE id = :i"),
                          {"i": living})
        except sa.exc.IntegrityError as error:
            assert "append-only" in str(error)
        else:
            raise AssertionError(f"a living reference was cleared: {change}")


def test_deleting_a_note_an_assessment_cites_keeps_the_assessment(vault) -> None:
    from forum_kit.demo import generate

    with vault.unit_of_work() as s:
        generate(s, contacts=20, workplaces=1, areas=2, seed=9, today=dt.date(2026, 3, 10))
    with vault.unit_of_work() as s:
        note, person = s.execute(sa.text(
            "SELECT id, contact_id FROM conversations LIMIT 1")).one()
        s.execute(sa.text(
            "INSERT INTO assessments (contact_id, level, assessed_on, conversation_id, evidence) "
            "VALUES (:c, 2, '2026-03-09', :n, 'from the note')"), {"c": person, "n": note})
    with vault.unit_of_work() as s:
        s.execute(sa.text("DELETE FROM conversations WHERE id = :n"), {"n": note})
    with vault.unit_of_work() as s:
        kept = s.execute(sa.text(
            "SELECT level, conversation_id FROM assessments "
            "WHERE evidence = 'from the note'")).one()
        assert tuple(kept) == (2, None)
