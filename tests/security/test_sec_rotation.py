"""K-8: data-key rotation (pending-slot protocol, also under SIGKILL in WAL and DELETE journal
modes) and the passphrase reset with the recovery key (SECURITY.md table K)."""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import time

import pytest
from conftest import PASSPHRASE, data_key
from sqlalchemy import text

from forum_kit.errors import Conflict, InvalidInput, KeyFileDamaged, WrongPassphrase
from forum_kit.vault import Vault, keyfile
from forum_kit.vault import engine as engine_mod
from forum_kit.vault import vault as vault_mod
from forum_kit.vault.backup import list_backups
from forum_kit.vault.engine import connect_keyed

BATCH = 50


def _rows(vault: Vault) -> int:
    with vault.unit_of_work() as s:
        return s.execute(text("SELECT count(*) FROM k8")).scalar_one()


def _add_rows(vault: Vault, start: int, n: int = BATCH) -> int:
    with vault.unit_of_work() as s:
        s.execute(
            text("INSERT INTO k8 (txn, n, body) VALUES (:txn, :n, :body)"),
            [{"txn": start // BATCH, "n": i, "body": "k8 payload " * 6} for i in range(n)],
        )
    return start + n


def _prepare(vault: Vault, rows: int = 200) -> None:
    with vault.unit_of_work() as s:
        s.execute(text("CREATE TABLE k8 (id INTEGER PRIMARY KEY, txn INT, n INT, body TEXT)"))
    for start in range(0, rows, BATCH):
        _add_rows(vault, start)


def _opens_with(db, key: bytes) -> bool:
    try:
        connect_keyed(db, key, mode="ro", pragmas=False).close()
    except Exception:  # noqa: BLE001 - any failure means "does not open with this key"
        return False
    return True


def test_k8_rotation_changes_key_keeps_rows_and_slots(sec_vault):
    _prepare(sec_vault)
    folder, db = sec_vault.path, sec_vault.db_path
    old = data_key(sec_vault)
    recovery = sec_vault.add_recovery_key()
    shown = sec_vault.rotate_data_key(PASSPHRASE, recovery_key=recovery)
    assert shown is None  # the given recovery key was kept
    new = data_key(sec_vault)
    assert new != old
    assert _rows(sec_vault) == 200  # the same engine keeps working, with the new key
    assert sec_vault.check().ok
    keys = keyfile.read(folder)
    assert keys.pending == ()
    assert "pending" not in json.loads((folder / "keys.json").read_text())
    backups = list_backups(folder)
    assert [b.name.endswith("-before-key-rotation.db") for b in backups] == [True]
    sec_vault.lock()
    assert not _opens_with(db, old)
    assert _opens_with(db, new)
    # backups are re-encrypted with the database: the old key is gone, so under it they would be
    # unreadable forever
    assert not _opens_with(backups[0], old)
    assert _opens_with(backups[0], new)
    v = Vault.open(folder, PASSPHRASE)
    assert data_key(v) == new and v.settled_rotation is None
    v.lock()
    v = Vault.open_with_recovery_key(folder, recovery)
    assert data_key(v) == new
    # without the recovery key a fresh one is made; the old one stops working
    fresh = v.rotate_data_key(PASSPHRASE)
    assert fresh is not None and fresh != recovery
    newest = data_key(v)
    v.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(folder, recovery)
    v = Vault.open_with_recovery_key(folder, fresh)
    assert data_key(v) == newest
    v.lock()


def test_k8_rotation_refuses_wrong_secrets_and_changes_nothing(sec_vault):
    _prepare(sec_vault, rows=50)
    folder = sec_vault.path
    key = data_key(sec_vault)
    before = hashlib.sha256((folder / "keys.json").read_bytes()).hexdigest()
    with pytest.raises(WrongPassphrase):
        sec_vault.rotate_data_key("not the passphrase")
    with pytest.raises(WrongPassphrase):  # no recovery slot to prove
        sec_vault.rotate_data_key(PASSPHRASE, recovery_key="AAAA" * 8)
    with pytest.raises(InvalidInput):
        sec_vault.rotate_data_key("")
    assert hashlib.sha256((folder / "keys.json").read_bytes()).hexdigest() == before
    assert data_key(sec_vault) == key
    assert list_backups(folder) == []
    # no recovery slot: nothing to show
    assert sec_vault.rotate_data_key(PASSPHRASE) is None
    assert keyfile.read(folder).slot("recovery") is None


def _interrupt(monkeypatch, *, after_rekey: bool) -> None:
    """Make the rekey step die like a killed process: no clean-up runs afterwards."""
    real = vault_mod.rekey

    def dying(db_path, old, new):
        if after_rekey:
            real(db_path, old, new)
        raise KeyboardInterrupt

    monkeypatch.setattr(vault_mod, "rekey", dying)
    monkeypatch.setattr(Vault, "_after_failed_rekey", lambda *a: None)


@pytest.mark.parametrize("after_rekey", [False, True], ids=["before-rekey", "after-rekey"])
def test_k8_interrupted_rotation_is_settled_on_open(sec_vault, monkeypatch, after_rekey):
    _prepare(sec_vault, rows=100)
    folder, db = sec_vault.path, sec_vault.db_path
    old = data_key(sec_vault)
    recovery = sec_vault.add_recovery_key()
    _interrupt(monkeypatch, after_rekey=after_rekey)
    with pytest.raises(KeyboardInterrupt):
        sec_vault.rotate_data_key(PASSPHRASE, recovery_key=recovery)
    monkeypatch.undo()
    sec_vault.lock()
    staged = keyfile.read(folder)
    assert [s.name for s in staged.pending] == ["passphrase", "recovery"]
    assert _opens_with(db, old) is not after_rekey
    # the recovery path settles it as well as the passphrase path
    v = Vault.open_with_recovery_key(folder, recovery)
    try:
        assert v.settled_rotation == ("finished" if after_rekey else "rolled-back")
        assert (data_key(v) == old) is not after_rekey
        assert _rows(v) == 100 and v.check().ok
    finally:
        v.lock()
    settled = keyfile.read(folder)
    assert settled.pending == ()
    if after_rekey:
        assert settled.slots == staged.pending
    else:
        assert settled.slots == staged.slots
    v = Vault.open(folder, PASSPHRASE)
    assert v.settled_rotation is None
    v.lock()


def test_k8_failed_rekey_error_is_typed_and_key_file_agrees(sec_vault, monkeypatch):
    _prepare(sec_vault, rows=50)
    folder = sec_vault.path
    old = data_key(sec_vault)
    # another connection holds a read transaction open on the file: the rekey cannot proceed
    monkeypatch.setattr(
        engine_mod, "CONNECTION_PRAGMAS",
        tuple(p if "busy_timeout" not in p else "PRAGMA busy_timeout = 50"
              for p in engine_mod.CONNECTION_PRAGMAS),
    )
    blocker = connect_keyed(sec_vault.db_path, old)
    blocker.execute("BEGIN")
    blocker.execute("SELECT count(*) FROM k8").fetchone()
    try:
        with pytest.raises(Conflict):
            sec_vault.rotate_data_key(PASSPHRASE)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert keyfile.read(folder).pending == ()
    assert data_key(sec_vault) == old
    assert _rows(sec_vault) == 50
    sec_vault.rotate_data_key(PASSPHRASE)  # and it works once the other reader is gone
    assert data_key(sec_vault) != old and _rows(sec_vault) == 50


def test_k8_pending_field_is_strict(closed_vault):
    folder, _ = closed_vault
    doc = json.loads((folder / "keys.json").read_text())
    for bad in ([], "x", [{"name": "passphrase"}], [doc["slots"][0], doc["slots"][0]]):
        (folder / "keys.json").write_text(json.dumps({**doc, "pending": bad}))
        with pytest.raises(KeyFileDamaged):
            Vault.open(folder, PASSPHRASE)


def _rotator_child(folder, start: int, write_fd: int) -> None:
    """Forked child: add a 50-row transaction, report the committed total, rotate; forever."""
    code = 1
    try:
        vault = Vault.open(folder, PASSPHRASE)
        os.write(write_fd, b"ready\n")
        total = start
        while True:
            total = _add_rows(vault, total)
            os.write(write_fd, f"{total}\n".encode())
            vault.rotate_data_key(PASSPHRASE)
            os.write(write_fd, b"rotated\n")
    except BaseException:
        code = 2
    finally:
        os._exit(code)


def _read_line(fd: int) -> bytes:
    out = b""
    while not out.endswith(b"\n"):
        chunk = os.read(fd, 1)
        if not chunk:
            break
        out += chunk
    return out


@pytest.mark.slow
@pytest.mark.parametrize("journal", ["WAL", "DELETE"])
def test_k8_sigkill_during_rotation(make_vault, monkeypatch, journal):
    if journal != "WAL":
        monkeypatch.setattr(
            engine_mod, "CONNECTION_PRAGMAS",
            tuple(f"PRAGMA journal_mode = {journal}" if "journal_mode" in p else p
                  for p in engine_mod.CONNECTION_PRAGMAS),
        )
    v = make_vault(f"k8{journal.lower()}")
    _prepare(v, rows=300)
    with v.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == journal.lower()
    folder = v.path
    started = time.perf_counter()
    v.rotate_data_key(PASSPHRASE)
    # kill points are drawn over about one rotation from its start; measured, as load varies
    window = 1.5 * (time.perf_counter() - started)
    v.lock()
    rng = random.Random(8080 + len(journal))
    count, rotations = 300, 0
    outcomes = {"finished": 0, "rolled-back": 0, None: 0}
    for _ in range(20):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            _rotator_child(folder, count, write_fd)
        os.close(write_fd)
        assert _read_line(read_fd) == b"ready\n"
        first = _read_line(read_fd)  # a batch committed: the first rotation starts now
        assert first.strip().isdigit()
        time.sleep(rng.uniform(0.0, window))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status), "the rotating child died on its own"
        with os.fdopen(read_fd) as fh:
            lines = [first.decode().strip(), *fh.read().split()]
        reported = [int(x) for x in lines if x.isdigit()]
        rotations += lines.count("rotated")
        v = Vault.open(folder, PASSPHRASE)  # opens every time, with the passphrase
        try:
            outcomes[v.settled_rotation] += 1
            with v.unit_of_work() as s:
                count = s.execute(text("SELECT count(*) FROM k8")).scalar_one()
                partial = s.execute(text(
                    "SELECT count(*) FROM (SELECT txn FROM k8 GROUP BY txn HAVING count(*) != 50)"
                )).scalar_one()
            assert count >= (reported[-1] if reported else 0)  # 0 committed rows lost
            assert count % BATCH == 0 and partial == 0
            report = v.check()
            assert report.ok, report.problems
            assert keyfile.read(folder).pending == ()
        finally:
            v.lock()
        assert not list(folder.glob("*.tmp"))
    print(f"\nK-8 {journal}: rotations {rotations}, rows {count}, settled {outcomes}")


def test_k7_new_passphrase_with_recovery_key(sec_vault):
    folder = sec_vault.path
    key = data_key(sec_vault)
    with pytest.raises(WrongPassphrase):  # no recovery slot yet
        sec_vault.change_passphrase_with_recovery_key("AAAA" * 8, "new words")
    recovery = sec_vault.add_recovery_key()
    sec_vault.lock()
    db_hash = hashlib.sha256((folder / "vault.db").read_bytes()).hexdigest()
    v = Vault.open_with_recovery_key(folder, recovery)  # the passphrase was forgotten
    try:
        keys_before = (folder / "keys.json").read_bytes()
        wrong = keyfile.new_recovery_key()[1]  # well formed, but not this vault's
        with pytest.raises(WrongPassphrase):
            v.change_passphrase_with_recovery_key(wrong, "new words")
        with pytest.raises(InvalidInput):
            v.change_passphrase_with_recovery_key(recovery, "")
        with pytest.raises(InvalidInput):
            v.change_passphrase_with_recovery_key("not a key", "new words")
        assert (folder / "keys.json").read_bytes() == keys_before
        v.change_passphrase_with_recovery_key(recovery.lower().replace("-", " "), "new words")
    finally:
        v.lock()
    assert hashlib.sha256((folder / "vault.db").read_bytes()).hexdigest() == db_hash
    keys = keyfile.read(folder)
    assert [s.name for s in keys.slots] == ["passphrase", "recovery"]
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, PASSPHRASE)
    v = Vault.open(folder, "new words")
    assert data_key(v) == key
    v.lock()
    Vault.open_with_recovery_key(folder, recovery).lock()  # the recovery key still works
