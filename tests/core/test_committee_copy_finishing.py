"""A large committee copy opens without its secondary indexes and the search index of its notes,
and is finished afterwards (``CopyChart.finish``): one committed step at a time, so a crash or a
lock mid-way leaves a copy that still reads correctly and is finished by its next opening. The
finished copy equals one built whole: the same indexes as the vault's schema, a notes index FTS5
itself finds consistent, the people's derived columns as the keeper's chart holds them."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from committee_world import START, World

from forum_kit.committee import copies, copydb
from forum_kit.errors import VaultLocked
from forum_kit.exchange.importer import bulk
from forum_kit.models import ChartCopy
from forum_kit.queries.search import search
from forum_kit.vault.engine import make_engine

AMAL = "Amal Haddad"
NOTE = "Quorvantel"  # a word in one note only


@pytest.fixture
def world(_template_vault, tmp_path, monkeypatch):
    # every copy counts as large here, and the notes are indexed a few at a time
    monkeypatch.setattr(copydb, "DEFER_AT", 0)
    monkeypatch.setattr(copydb, "NOTES_BATCH", 25)
    monkeypatch.setattr(bulk, "REBUILD_AT", 1)  # the tables' indexes dropped for the load
    world = World(_template_vault, tmp_path)
    world.add_steward(_template_vault, AMAL, areas=None, sensitive=True)
    with world.keeper.unit_of_work() as s:
        target = s.execute(sa.text("SELECT id FROM conversations ORDER BY id LIMIT 1 OFFSET 40"))
        s.execute(
            sa.text("UPDATE conversations SET plan = :p WHERE id = :i"),
            {"p": f"Ask about the {NOTE} rota", "i": target.scalar_one()},
        )
    yield world
    world.lock()


def _raw(world: World, name: str) -> sa.Engine:
    """An engine on the copy database itself, past the copy's read-only guard."""
    vault = world.stewards[name]
    with vault.unit_of_work() as s:
        held = s.get(ChartCopy, world.copy_rows[name])
        return make_engine(copydb.copy_path(vault.path, held.db_name), bytearray(held.db_key))


def _indexes(engine: sa.Engine) -> set[str]:
    with engine.connect() as conn:
        return set(
            conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            ).scalars()
        )


def _found(world: World, name: str, text: str) -> tuple[int, int]:
    chart = world.chart(name)
    try:
        with chart.unit_of_work() as s:
            got = search(s, text)
        return len(got.people), len(got.conversations)
    finally:
        chart.close()


def test_a_large_copy_is_finished_after_it_opens_and_resumes_after_a_stop(world, monkeypatch):
    world.send_copy(AMAL, START)
    own = _indexes(world.stewards[AMAL]._engine)
    raw = _raw(world, AMAL)
    try:
        missing = own - _indexes(raw)
        assert "ix_conversations_contact_date" in missing and "ix_conversations_uid" in missing
        # readable at once: every record, the people's search; not yet the notes
        assert world.copy_records(AMAL) == world.keeper_records(AMAL)
        person = world.copy_records(AMAL)["contacts"]
        last_name = next(iter(person.values()))[2]
        assert _found(world, AMAL, last_name)[0] >= 1
        assert _found(world, AMAL, NOTE) == (0, 0)

        # a crash in the middle of indexing the notes: that step is rolled back, none other
        calls = {"n": 0}
        real = bulk.index_notes

        def crash(conn, after, up_to=None):
            calls["n"] += 1
            if calls["n"] == 2:
                raise RuntimeError("power cut")
            real(conn, after, up_to)

        monkeypatch.setattr(bulk, "index_notes", crash)
        chart = world.chart(AMAL)
        try:
            assert chart.indexing
            with pytest.raises(RuntimeError):
                chart.finish()
            assert chart.indexing
        finally:
            chart.close()
        monkeypatch.setattr(bulk, "index_notes", real)
        assert _indexes(raw) == own  # the indexes came first, each committed

        # a lock between two steps: the finishing stops with VaultLocked, the copy is closed
        steps = {"n": 0}
        real_step = copydb.finish_step
        chart = world.chart(AMAL)

        def lock_after_one(conn):
            steps["n"] += 1
            done = real_step(conn)
            chart.close()
            return done

        monkeypatch.setattr(copydb, "finish_step", lock_after_one)
        with pytest.raises(VaultLocked):
            chart.finish()
        assert steps["n"] == 1 and chart.is_closed
        monkeypatch.setattr(copydb, "finish_step", real_step)

        # the next opening finishes what was left
        chart = world.chart(AMAL)
        try:
            assert chart.indexing
            chart.finish()
            assert not chart.indexing
            chart.finish()  # a no-op once finished
        finally:
            chart.close()
        assert not world.chart(AMAL).indexing
        assert _found(world, AMAL, NOTE) == (0, 1)
        assert _indexes(raw) == own
        with raw.connect() as conn, conn.begin():
            # FTS5 compares its index with the one-on-ones themselves: every note once
            conn.exec_driver_sql(
                "INSERT INTO conversations_fts(conversations_fts) VALUES ('integrity-check')"
            )
            left = conn.exec_driver_sql(
                "SELECT count(*) FROM vault_meta WHERE key = ?", (copydb.UNFINISHED_KEY,)
            ).scalar_one()
        assert left == 0
    finally:
        raw.dispose()
    _derived_equal(world)


def _derived_equal(world: World) -> None:
    """The people's current level and last contact as the keeper's chart holds them."""
    derived = (
        "SELECT uid, current_level, current_assessed_on, last_contact_on, "
        "(SELECT b.uid FROM contacts b WHERE b.id = contacts.last_contact_by_id) "
        "FROM contacts ORDER BY uid"
    )
    with world.keeper.unit_of_work() as s:
        keeper = s.execute(sa.text(derived)).all()
    chart = world.chart(AMAL)
    try:
        with chart.unit_of_work() as s:
            copy = s.execute(sa.text(derived)).all()
    finally:
        chart.close()
    assert copy == keeper
    assert any(row[1] for row in copy) and any(row[3] for row in copy)


def test_finish_held_finishes_a_copy_at_once_and_a_small_copy_opens_finished(world, monkeypatch):
    world.send_copy(AMAL, START)
    copies.finish_held(world.stewards[AMAL], world.copy_rows[AMAL])
    assert not world.chart(AMAL).indexing
    assert _found(world, AMAL, NOTE) == (0, 1)

    monkeypatch.setattr(copydb, "DEFER_AT", 10**9)
    world.send_copy(AMAL, START + dt.timedelta(days=1))
    chart = world.chart(AMAL)
    try:
        assert not chart.indexing
    finally:
        chart.close()
    assert _found(world, AMAL, NOTE) == (0, 1)
    _derived_equal(world)
