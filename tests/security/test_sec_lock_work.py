"""U-5, issue 25: the lock stops the work already running on the vault.

``engine.dispose()`` closed only idle connections: a session open at lock time went on reading
and committed an UPDATE after ``lock()`` returned. Now every statement and every commit after the
lock fails with VaultLocked, in any thread; a statement running at lock time is interrupted; the
lock waits (bounded) for other threads to hand their connections back and closes them all, so
no connection (with its key material and page cache) outlives it.
"""

from __future__ import annotations

import contextlib
import threading
import time

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from conftest import PASSPHRASE
from sqlalchemy import event, text

from forum_kit.errors import VaultLocked
from forum_kit.vault import Vault

_SLOW = text(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000000) "
    "SELECT count(*) FROM n"
)


@pytest.fixture
def table_vault(sec_vault):
    with sec_vault.unit_of_work() as s:
        s.execute(text("CREATE TABLE lw (id INTEGER PRIMARY KEY, v TEXT)"))
        s.execute(text("INSERT INTO lw (v) VALUES ('before')"))
    return sec_vault


def _value(folder) -> str:
    v = Vault.open(folder, PASSPHRASE)
    try:
        with v.unit_of_work() as s:
            return s.execute(text("SELECT v FROM lw WHERE id = 1")).scalar_one()
    finally:
        v.lock()


def test_a_session_open_in_another_thread_cannot_read_or_commit_after_the_lock(table_vault):
    folder = table_vault.path
    read, locked = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def worker() -> None:
        try:
            with table_vault.unit_of_work() as s:
                s.execute(text("SELECT v FROM lw")).all()
                s.execute(text("UPDATE lw SET v = 'after' WHERE id = 1"))
                read.set()
                locked.wait(10)
                try:
                    s.execute(text("SELECT v FROM lw")).all()
                    outcome["read"] = "went on reading"
                except VaultLocked:
                    outcome["read"] = "refused"
                # the UPDATE made before the lock must not be committed after it
        except VaultLocked:
            outcome["commit"] = "refused"
        else:
            outcome["commit"] = "committed"

    thread = threading.Thread(target=worker)
    thread.start()
    assert read.wait(10)
    lock_done = threading.Event()

    def lock() -> None:
        table_vault.lock()
        lock_done.set()

    locker = threading.Thread(target=lock)
    locker.start()
    time.sleep(0.2)  # the lock is waiting for the worker's unit of work to end
    locked.set()
    thread.join(15)
    locker.join(15)
    assert lock_done.is_set()
    assert outcome == {"read": "refused", "commit": "refused"}
    assert _value(folder) == "before"


def test_a_statement_running_at_lock_time_is_interrupted(table_vault):
    started = threading.Event()
    outcome: list[BaseException] = []

    def worker() -> None:
        try:
            with table_vault.unit_of_work() as s:
                started.set()
                s.execute(_SLOW).scalar_one()  # minutes if nobody stops it
        except BaseException as error:  # noqa: BLE001 - the test inspects it
            outcome.append(error)

    thread = threading.Thread(target=worker)
    thread.start()
    assert started.wait(10)
    time.sleep(0.3)  # inside the statement by now
    begun = time.monotonic()
    table_vault.lock()
    thread.join(30)
    assert not thread.is_alive()
    assert [type(e) for e in outcome] == [VaultLocked]
    assert time.monotonic() - begun < 5  # interrupted, not waited out


def test_a_statement_that_begins_just_after_the_first_interrupt_is_interrupted(table_vault):
    """The narrow window: a statement past the guard's check when the lock comes, reaching
    SQLite only after the lock's first interrupt (which SQLite forgets when no statement runs)."""
    guard = table_vault._guard
    outcome: list[BaseException] = []

    def worker() -> None:
        try:
            with table_vault.unit_of_work() as s:
                conn = s.connection()

                @event.listens_for(conn, "before_cursor_execute")
                def _late(*args: object) -> None:  # runs after the guard's check passed
                    deadline = time.monotonic() + 10
                    while not guard.closed and time.monotonic() < deadline:
                        time.sleep(0.005)
                    time.sleep(0.2)  # the lock's first interrupt has come and gone

                conn.execute(_SLOW).scalar_one()  # minutes if nobody stops it
        except BaseException as error:  # noqa: BLE001 - the test inspects it
            outcome.append(error)

    thread = threading.Thread(target=worker, daemon=True)  # daemon: old code ran it for minutes
    thread.start()
    deadline = time.monotonic() + 10
    while not guard._holders and time.monotonic() < deadline:
        time.sleep(0.005)
    begun = time.monotonic()
    table_vault.lock()
    thread.join(10)
    assert not thread.is_alive() and len(outcome) == 1, outcome
    assert time.monotonic() - begun < 5  # interrupted, not waited out


def test_the_same_thread_gets_vault_locked_on_its_next_statement(table_vault):
    folder = table_vault.path
    with pytest.raises(VaultLocked), table_vault.unit_of_work() as s:
        s.execute(text("UPDATE lw SET v = 'after' WHERE id = 1"))
        table_vault.lock()  # e.g. an OS lock signal handled inside the same action
        s.execute(text("SELECT v FROM lw")).all()
    assert _value(folder) == "before"


def test_no_connection_outlives_the_lock(table_vault):
    raws = []
    with table_vault.unit_of_work() as s:
        raws.append(s.connection().connection.dbapi_connection)
    with table_vault._scan() as raw:  # a backup's or a check's connection, taken meanwhile
        raws.append(raw)
    table_vault.lock()
    assert table_vault._guard._connections == {}
    for raw in raws:
        with pytest.raises(sqlcipher.ProgrammingError):
            raw.execute("SELECT 1")  # closed
    with pytest.raises(VaultLocked):
        table_vault.engine  # noqa: B018 - the property raises
    with pytest.raises(VaultLocked), table_vault.unit_of_work():
        pass


def test_a_check_running_at_lock_time_ends_with_vault_locked_not_a_report(table_vault):
    started = threading.Event()
    outcome: list[object] = []
    real_scan = table_vault._scan

    @contextlib.contextmanager
    def slow_scan():
        with real_scan() as raw:
            started.set()
            raw.execute(_SLOW.text).fetchone()  # minutes, unless the lock interrupts it
            yield raw

    table_vault._scan = slow_scan

    def worker() -> None:
        try:
            outcome.append(table_vault.check())
        except BaseException as error:  # noqa: BLE001
            outcome.append(error)

    thread = threading.Thread(target=worker)
    thread.start()
    assert started.wait(10)
    time.sleep(0.2)
    table_vault.lock()
    thread.join(30)
    assert [type(e) for e in outcome] == [VaultLocked]  # not a report of "problems"


def test_an_interrupted_integrity_pragma_is_not_reported_as_damage():
    from forum_kit.vault import integrity

    class Interrupted:
        def execute(self, sql: str):
            error = sqlcipher.OperationalError("interrupted")
            error.sqlite_errorcode = 9  # SQLITE_INTERRUPT: the lock stopped it
            raise error

    @contextlib.contextmanager
    def connect():
        yield Interrupted()

    with pytest.raises(sqlcipher.OperationalError):
        integrity.integrity_problems(connect)
