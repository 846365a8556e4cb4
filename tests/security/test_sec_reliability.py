"""R: reliability - kill -9 during writes, corruption detection, backups, disk full, stale
temporaries, many threads, migrations in one transaction (SECURITY.md table R)."""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import threading
import time

import pytest
import sqlcipher3.dbapi2 as sqlcipher
from conftest import PASSPHRASE, check_report, data_key, snapshot
from sqlalchemy import event, text

from forum_kit.errors import StorageError, VaultDamaged, VaultTooNew
from forum_kit.vault import Vault
from forum_kit.vault import backup as backup_mod
from forum_kit.vault.engine import PAGE_SIZE, PLAINTEXT_HEADER, connect_keyed, make_engine
from forum_kit.vault.migrations import runner

BATCH = 300
WRITER_TIMEOUT = 30.0  # seconds a writer may take to connect and commit once


def _writer_child(db_path, key: bytes, start: int, write_fd: int, journal: str) -> None:
    """Forked child: 300-row transactions forever, reporting the committed total after each.

    The engine itself always asks for WAL; a connection-level PRAGMA after it switches to the
    journal mode under test, and the child reports the mode its connections really use.
    """
    code = 1
    try:
        engine = make_engine(db_path, key)
        if journal != "WAL":
            event.listen(engine, "connect", lambda dbapi_conn, _record: dbapi_conn.execute(
                f"PRAGMA journal_mode = {journal}").fetchall())
        with engine.connect() as conn:
            mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
        os.write(write_fd, f"mode={mode}\n".encode())
        total = start
        while True:
            txn = total // BATCH
            rows = [{"txn": txn, "n": i, "body": "r1 payload " * 2} for i in range(BATCH)]
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO r1 (txn, n, body) VALUES (:txn, :n, :body)"), rows)
            total += BATCH
            os.write(write_fd, f"{total}\n".encode())
    except BaseException:
        code = 2
    finally:
        os._exit(code)


def _await_line(fd: int, pid: int, deadline: float, what: str) -> str:
    """One line from the writer's pipe, unbuffered, so that what follows is still there for the
    rest. A writer that is not there by the deadline (a loaded machine gets 30 s) or exits is
    killed and reaped, and the test fails saying which line never came."""
    out = b""
    while not out.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        chunk = os.read(fd, 1) if ready else b""
        if not chunk:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            os.close(fd)
            reason = "exited" if ready else f"took more than {WRITER_TIMEOUT:.0f} s"
            pytest.fail(f"R-1 writer {reason} before {what} (wait status {status}, read {out!r})")
        out += chunk
    return out.decode().strip()


@pytest.mark.slow
@pytest.mark.parametrize("journal", ["WAL", "DELETE"])
def test_r1_kill9_during_writes_loses_no_committed_row(sec_vault, journal):
    with sec_vault.unit_of_work() as s:
        s.execute(text("CREATE TABLE r1 (id INTEGER PRIMARY KEY, txn INT, n INT, body TEXT)"))
    key = data_key(sec_vault)
    db = sec_vault.db_path
    hot_journal = db.with_name(db.name + "-journal")
    sec_vault.lock()  # no SQLite handle of the parent crosses the fork
    rng = random.Random(4242 + len(journal))
    count = 0
    kills = 50  # SECURITY.md R-1
    modes: set[str] = set()
    hot_journals = 0
    committed_kills = 0  # kills of a writer that had reported at least one commit
    for i in range(kills):
        start = count
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            _writer_child(db, key, start, write_fd, journal)
        os.close(write_fd)
        deadline = time.monotonic() + WRITER_TIMEOUT
        words = [_await_line(read_fd, pid, deadline, "connecting")]
        if i % 2 == 0:  # every other writer is killed only after its first commit, however loaded
            # the machine (0-50 ms after connecting, all 50 writers could die before committing)
            words.append(_await_line(read_fd, pid, deadline, "its first commit"))
            assert words[-1].isdigit(), words
        # the odd ones die 0-50 ms after connecting, maybe inside their first transaction
        time.sleep(rng.uniform(0.0, 0.05))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status), "the writer died on its own"
        with os.fdopen(read_fd) as fh:
            words += fh.read().split()
        modes.update(w for w in words if w.startswith("mode="))
        reported = [int(x) for x in words if x.isdigit()]
        committed_kills += bool(reported)
        hot_journals += hot_journal.exists() and hot_journal.stat().st_size > 0
        # opening rolls a hot journal back; no connection pragmas, so DELETE mode stays DELETE
        conn = connect_keyed(db, key, pragmas=journal == "WAL")
        try:
            count = conn.execute("SELECT count(*) FROM r1").fetchone()[0]
            # transactions checked after an earlier kill cannot change: only this writer's ones
            partial = conn.execute(
                "SELECT count(*) FROM (SELECT txn FROM r1 WHERE txn >= ? GROUP BY txn "
                "HAVING count(*) != ?)",
                (start // BATCH, BATCH),
            ).fetchone()[0]
        finally:
            conn.close()
        assert count >= (reported[-1] if reported else 0)  # 0 committed rows lost
        assert count % BATCH == 0 and partial == 0  # 0 partial transactions
    assert count > 0
    assert modes == {f"mode={journal.lower()}"}  # the writers really used this journal mode
    conn = connect_keyed(db, key, pragmas=False)
    try:  # a plain connection reports the mode recorded in the (encrypted) file header
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == journal.lower()
    finally:
        conn.close()
    if journal == "DELETE":
        assert hot_journals > 0, "no kill landed inside a transaction"
    print(f"\nR-1 {journal}: {kills} kills ({committed_kills} after a commit), {count} rows, "
          f"{hot_journals} hot journals")
    v = Vault.open(db.parent, PASSPHRASE)
    try:
        report = v.check()
        assert report.ok, report.problems
    finally:
        v.lock()


def _fill(vault: Vault, rows: int = 800) -> None:
    with vault.unit_of_work() as s:
        s.execute(text("CREATE TABLE r2 (id INTEGER PRIMARY KEY, body TEXT)"))
        s.execute(text("INSERT INTO r2 (body) VALUES (:b)"), [{"b": "x" * 300}] * rows)


def _flip(path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x10
    path.write_bytes(bytes(data))


def test_r2_bit_flip_in_a_later_page_is_reported(sec_vault):
    _fill(sec_vault)
    folder = sec_vault.path
    sec_vault.lock()
    db = folder / "vault.db"
    pages = db.stat().st_size // PAGE_SIZE
    k = pages - 3
    _flip(db, (k - 1) * PAGE_SIZE + 1000)
    report = check_report(folder)
    assert not report.ok
    cipher = [p for p in report.problems if p.startswith("cipher_integrity_check")]
    assert any(f"page {k}" in p for p in cipher), report.problems
    assert len(report.problems) <= 2 * 51


def test_r2_bit_flip_in_page_one_is_damage_not_wrong_passphrase(closed_vault):
    folder, _ = closed_vault
    _flip(folder / "vault.db", 200)
    before = snapshot(folder)
    with pytest.raises(VaultDamaged):
        Vault.open(folder, PASSPHRASE)
    assert snapshot(folder) == before


@pytest.mark.parametrize("cut", ["mid-page", "page-boundary"])
def test_r2_truncation_is_damage(sec_vault, cut):
    _fill(sec_vault)
    folder = sec_vault.path
    sec_vault.lock()
    db = folder / "vault.db"
    size = db.stat().st_size
    new_size = size // 2 + (123 if cut == "mid-page" else 0)
    new_size -= new_size % PAGE_SIZE if cut == "page-boundary" else 0
    with open(db, "r+b") as fh:
        fh.truncate(new_size)
    with pytest.raises(VaultDamaged):
        Vault.open(folder, PASSPHRASE)


def _content(conn) -> list[tuple]:
    return conn.execute("SELECT id, body FROM r2 ORDER BY id").fetchall()


def test_r3_backup_round_trip_and_rotation(sec_vault):
    _fill(sec_vault, rows=200)
    key = data_key(sec_vault)
    path = sec_vault.backup("Before Import!")
    assert path.parent == sec_vault.path / "backups"
    assert path.name.endswith("-before-import.db")
    assert path.read_bytes()[:16] != PLAINTEXT_HEADER
    live = connect_keyed(sec_vault.db_path, key)
    copy = connect_keyed(path, key, mode="ro", pragmas=False)
    try:
        assert _content(copy) == _content(live)
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        live.close()
        copy.close()
    with pytest.raises(sqlcipher.DatabaseError):
        connect_keyed(path, os.urandom(32), mode="ro", pragmas=False)
    made = [sec_vault.backup(f"rotate {i}") for i in range(12)]
    kept = backup_mod.list_backups(sec_vault.path)
    assert len(kept) == backup_mod.KEEP_BACKUPS
    assert kept == sorted(made)[-backup_mod.KEEP_BACKUPS :]


def test_r4_backup_to_unkeyed_destination_refused(sec_vault, tmp_path):
    _fill(sec_vault, rows=50)
    with sec_vault.engine.connect() as conn:
        source = conn.connection.driver_connection
        dest = sqlcipher.connect(str(tmp_path / "unkeyed.db"))
        try:
            with pytest.raises(sqlcipher.Error):
                source.backup(dest)
        finally:
            dest.close()
    blob = (tmp_path / "unkeyed.db").read_bytes()
    assert not blob.startswith(PLAINTEXT_HEADER)


def test_r5_disk_full_gives_storage_error_and_keeps_committed_data(sec_vault):
    # Simulated with PRAGMA max_page_count on every new connection: SQLite then fails writes with
    # SQLITE_FULL ("database or disk is full"), exactly as on a full disk.
    with sec_vault.unit_of_work() as s:
        s.execute(text("CREATE TABLE r5 (id INTEGER PRIMARY KEY, body TEXT)"))
        s.execute(text("INSERT INTO r5 (body) VALUES ('kept')"))
    folder = sec_vault.path
    engine = sec_vault.engine
    engine.dispose()

    @event.listens_for(engine, "connect")
    def _limit(dbapi_conn, _record):
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 2}")

    with pytest.raises(StorageError) as info:
        with sec_vault.unit_of_work() as s:
            s.execute(text("INSERT INTO r5 (body) VALUES (:b)"), [{"b": "SECRET-R5 " * 400}] * 50)
    assert "SECRET-R5" not in str(info.value)
    assert "disk full" in str(info.value)
    sec_vault.lock()
    v = Vault.open(folder, PASSPHRASE)
    try:
        with v.unit_of_work() as s:
            assert s.execute(text("SELECT body FROM r5")).scalars().all() == ["kept"]
        assert v.check().ok
    finally:
        v.lock()


def test_r6_stale_temporaries_removed_never_parsed(closed_vault):
    folder, _ = closed_vault
    (folder / "keys.json.0badc0de.tmp").write_text('{"format": 1, "garbage": true')
    (folder / "keys.json.1234.tmp").write_bytes(b"\x00" * 10)
    (folder / "backups" / "20200101T000000000000Z-x.db.tmp").write_bytes(b"partial")
    v = Vault.open(folder, PASSPHRASE)
    v.lock()
    assert not list(folder.glob("*.tmp"))
    assert not list((folder / "backups").glob("*.tmp"))


def test_r7_twelve_threads(sec_vault):
    with sec_vault.unit_of_work() as s:
        s.execute(text("CREATE TABLE r7 (id INTEGER PRIMARY KEY, thread INT, n INT)"))
    # R-7 is about concurrency, not durability: without an fsync per commit the 1,800
    # transactions take a fraction of the time and contend for the write lock just as hard
    engine = sec_vault.engine
    engine.dispose()
    event.listen(engine, "connect", lambda dbapi_conn, _record: dbapi_conn.execute(
        "PRAGMA synchronous = NORMAL").fetchall())
    errors: list[BaseException] = []

    def work(t: int) -> None:
        try:
            for n in range(150):
                with sec_vault.unit_of_work() as s:
                    s.execute(text("INSERT INTO r7 (thread, n) VALUES (:t, :n)"), {"t": t, "n": n})
        except BaseException as error:  # collected, the assertion below shows them
            errors.append(error)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with sec_vault.unit_of_work() as s:
        assert s.execute(text("SELECT count(*) FROM r7")).scalar() == 1800
        assert s.execute(text("SELECT count(DISTINCT thread) FROM r7")).scalar() == 12
    assert sec_vault.check().ok


def _copy_migrations(tmp_path, extra: str) -> tuple:
    location = tmp_path / "migrations"
    shutil.copytree(runner.SCRIPT_LOCATION, location,
                    ignore=shutil.ignore_patterns("__pycache__", "runner.py", "__init__.py"))
    head = runner.head_revision()
    (location / "versions" / "0099_test.py").write_text(
        f'revision = "0099_test"\ndown_revision = "{head}"\n'
        "branch_labels = None\ndepends_on = None\n"
        "import sqlalchemy as sa\nfrom alembic import op\n\n" + extra
    )
    return location, head


FAILING = '''
def upgrade():
    op.create_table("r8_new", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("vault_meta") as batch:
        batch.add_column(sa.Column("r8_extra", sa.String, nullable=True))
    op.execute("INSERT INTO r8_new (id) VALUES (1)")
    raise RuntimeError("revision fails half way")
'''

PASSING = '''
def upgrade():
    op.create_table("r8_new", sa.Column("id", sa.Integer, primary_key=True))
'''


def _schema(conn) -> list[tuple]:
    return conn.exec_driver_sql("SELECT type, name, sql FROM sqlite_master ORDER BY name").all()


def test_r8_failing_migration_leaves_old_schema(sec_vault, tmp_path):
    location, head = _copy_migrations(tmp_path, FAILING)
    with sec_vault.engine.connect() as conn:
        before = _schema(conn)
        conn.rollback()
        with pytest.raises(RuntimeError):
            runner.upgrade(conn, script_location=location)
    with sec_vault.engine.connect() as conn:
        assert _schema(conn) == before
        assert runner.current_revision(conn) == head
    assert sec_vault.check().ok


def test_r8_open_migrates_after_backup_and_refuses_unknown(closed_vault, tmp_path, monkeypatch):
    folder, _ = closed_vault
    location, head = _copy_migrations(tmp_path, PASSING)
    monkeypatch.setattr(runner, "SCRIPT_LOCATION", location)
    v = Vault.open(folder, PASSPHRASE)
    try:
        with v.engine.connect() as conn:
            assert runner.current_revision(conn) == "0099_test"
            assert conn.exec_driver_sql("SELECT count(*) FROM r8_new").scalar() == 0
    finally:
        v.lock()
    backups = backup_mod.list_backups(folder)
    assert len(backups) == 1 and backups[0].name.endswith("-before-migration.db")
    monkeypatch.undo()  # this program no longer knows 0099_test: the vault is "too new"
    before = snapshot(folder)
    with pytest.raises(VaultTooNew):
        Vault.open(folder, PASSPHRASE)
    assert snapshot(folder) == before


def test_r8_new_vault_is_at_head(sec_vault):
    with sec_vault.engine.connect() as conn:
        assert runner.current_revision(conn) == runner.head_revision()


SLOW = '''
import os
import time


def upgrade():
    fd = os.environ.get("FORUM_KIT_R8_FD")
    if fd:
        os.write(int(fd), b"migrating\\n")
    op.create_table("r8_slow", sa.Column("id", sa.Integer, primary_key=True),
                    sa.Column("body", sa.String, nullable=False))
    with op.batch_alter_table("vault_meta") as batch:
        batch.add_column(sa.Column("r8_extra", sa.String, nullable=True))
    for _ in range(40):
        op.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) "
            "INSERT INTO r8_slow (body) SELECT 'r8 row ' || i FROM n"
        )
        time.sleep(0.004)
'''


def _migrating_child(folder, location, write_fd: int) -> None:
    """Forked child: unlock with a program that knows one more (slow) revision; exit when done."""
    code = 1
    try:
        os.environ["FORUM_KIT_R8_FD"] = str(write_fd)
        runner.SCRIPT_LOCATION = location
        Vault.open(folder, PASSPHRASE).lock()
        code = 0
    except BaseException:
        code = 2
    finally:
        os._exit(code)


def _raw_state(db, key: bytes) -> tuple[str, list[tuple], int, list[str]]:
    conn = connect_keyed(db, key)
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        names = {row[1] for row in schema}
        rows = -1
        if "r8_slow" in names:
            rows = conn.execute("SELECT count(*) FROM r8_slow").fetchone()[0]
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    finally:
        conn.close()
    assert len(revision) == 1
    return revision[0][0], schema, rows, problems


@pytest.mark.slow
def test_r8_sigkill_during_migration_leaves_old_or_new_schema(sec_vault, tmp_path):
    location, head = _copy_migrations(tmp_path, SLOW)
    key = data_key(sec_vault)
    folder, db = sec_vault.path, sec_vault.db_path
    sec_vault.lock()
    pristine = tmp_path / "pristine.db"
    shutil.copyfile(db, pristine)
    old_revision, old_schema, _, _ = _raw_state(db, key)
    assert old_revision == head
    rng = random.Random(880)
    outcomes = {"old": 0, "new": 0}
    for _ in range(10):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            _migrating_child(folder, location, write_fd)
        os.close(write_fd)
        with os.fdopen(read_fd, "rb", buffering=0) as fh:
            assert fh.readline() == b"migrating\n"  # the revision has started
            time.sleep(rng.uniform(0.0, 0.25))
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        revision, schema, rows, problems = _raw_state(db, key)
        assert problems == ["ok"], problems
        if revision == head:  # old revision, exactly the old schema
            assert schema == old_schema and rows == -1
            outcomes["old"] += 1
        else:  # new revision, the whole new schema and every row of the revision
            assert revision == "0099_test"
            names = {row[1] for row in schema}
            assert names == {row[1] for row in old_schema} | {"r8_slow"}
            meta = next(row[2] for row in schema if row[1] == "vault_meta")
            assert "r8_extra" in meta and rows == 2000
            outcomes["new"] += 1
            for name in ("vault.db-wal", "vault.db-shm"):
                (folder / name).unlink(missing_ok=True)
            shutil.copyfile(pristine, db)
    print(f"\nR-8 kill during migration: {outcomes}")
    v = Vault.open(folder, PASSPHRASE)
    try:
        assert v.check().ok
    finally:
        v.lock()
