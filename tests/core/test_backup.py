"""Whole-vault backup files: round trip with the same content hash of every table, any flipped
byte refused before anything is written, restore never over an existing folder, rotation."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest

from forum_kit.errors import InvalidInput, VaultExists, WrongPassphrase
from forum_kit.exchange.importer import apply_import, plan_import
from forum_kit.exchange.mapping import guess_mapping
from forum_kit.exchange.sniff import read_table
from forum_kit.services.workplaces import add_workplace
from forum_kit.vault import Vault
from forum_kit.vault_backup import (
    BackupDamaged,
    list_auto_backups,
    maybe_auto_backup,
    read_backup_info,
    restore_backup,
    write_backup,
)

TODAY = dt.date(2025, 6, 1)
PASSPHRASE = "correct horse battery staple"  # the conftest vault fixture's


def table_hashes(vault) -> dict[str, str]:
    """SHA-256 of each table's rows ordered by primary key (FTS shadow tables included)."""
    out: dict[str, str] = {}
    with vault.engine.connect() as conn:
        names = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for name in names:
            cols = conn.exec_driver_sql(f'PRAGMA table_info("{name}")').fetchall()
            pk = [c[1] for c in sorted(cols, key=lambda c: c[5]) if c[5]] or ["rowid"]
            order = ", ".join(f'"{c}"' for c in pk) if pk != ["rowid"] else "rowid"
            digest = hashlib.sha256()
            for row in conn.exec_driver_sql(f'SELECT * FROM "{name}" ORDER BY {order}'):
                digest.update(repr(tuple(row)).encode())
            out[name] = digest.hexdigest()
    return out


@pytest.fixture
def filled(vault):
    with vault.unit_of_work() as s:
        wp = add_workplace(s, name="Acme", today=TODAY).id
        data = ("First,Last,Dept,Cell,Rating,Last contact,C/CH\n"
                + "".join(f"P{i},Q{i},Area {i % 3},555-100-{i:04d},{i % 5 + 1},"
                          f"2025-01-{i % 28 + 1:02d},{'C' if i % 4 == 0 else ''}\n"
                          for i in range(60))).encode()
        table = read_table(data)
        apply_import(s, plan_import(s, table, workplace_id=wp,
                                    mapping=guess_mapping(table.headers), today=TODAY))
    return vault


def test_round_trip_same_content(filled, tmp_path) -> None:
    info = write_backup(filled, tmp_path / "b.fkbackup")
    assert info.vault_id == filled.vault_id
    raw = (tmp_path / "b.fkbackup").read_bytes()
    # P17's phone number: 12 bytes cannot turn up in ciphertext by chance, as "P17" itself can
    # (3 bytes show up somewhere in ~600 KB of random bytes about one run in thirty)
    assert b"SQLite format 3" not in raw[:64] and b"555-100-0017" not in raw
    assert (tmp_path / "b.fkbackup").stat().st_mode & 0o777 == 0o600
    assert read_backup_info(tmp_path / "b.fkbackup")[0] == filled.vault_id
    target = restore_backup(tmp_path / "b.fkbackup", tmp_path / "restored", PASSPHRASE)
    assert target.name == "restored.forumkit"
    restored = Vault.open(target, PASSPHRASE)
    try:
        assert restored.check().ok
        assert table_hashes(restored) == table_hashes(filled)
    finally:
        restored.lock()


def test_every_kind_of_damage_is_refused(filled, tmp_path) -> None:
    write_backup(filled, tmp_path / "b.fkbackup")
    data = (tmp_path / "b.fkbackup").read_bytes()
    # the real layout: magic, 4-byte header length, JSON header (the key slots inside it), its
    # SHA-256, then chunks of a 4-byte length and the sealed bytes (the tag at their end)
    from forum_kit.vault_backup import MAGIC

    length = int.from_bytes(data[len(MAGIC):len(MAGIC) + 4], "big")
    json_start = len(MAGIC) + 4
    header_end = json_start + length
    keys_at = data.index(b'"keys":', json_start) + 10
    chunk = header_end + 32
    first_len = int.from_bytes(data[chunk:chunk + 4], "big")
    positions = [0, len(MAGIC) - 1,                     # magic
                 len(MAGIC), len(MAGIC) + 3,            # header length
                 json_start, keys_at, header_end - 1,   # header, its key slots, its last byte
                 header_end, header_end + 31,           # the header's hash
                 chunk, chunk + 3,                      # the first chunk's length
                 chunk + 4, chunk + 4 + first_len - 1,  # first chunk: body, tag
                 len(data) // 2, len(data) - 20, len(data) - 1]
    assert chunk + 4 + first_len <= len(data)
    for n, pos in enumerate(positions):
        bad = bytearray(data)
        bad[pos] ^= 0x01
        (tmp_path / "bad").write_bytes(bytes(bad))
        with pytest.raises(BackupDamaged):
            restore_backup(tmp_path / "bad", tmp_path / f"r{n}", PASSPHRASE)
        assert not (tmp_path / f"r{n}.forumkit").exists()
    for n, bad in enumerate([data[:-1], data + b"\x00", data[: len(data) // 2]]):
        (tmp_path / "bad").write_bytes(bad)
        with pytest.raises(BackupDamaged):
            restore_backup(tmp_path / "bad", tmp_path / f"t{n}", PASSPHRASE)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["b.fkbackup", "bad", "t.forumkit"]  # nothing restored, no staging left


def test_wrong_passphrase_and_existing_target(filled, tmp_path) -> None:
    write_backup(filled, tmp_path / "b.fkbackup")
    with pytest.raises(WrongPassphrase):
        restore_backup(tmp_path / "b.fkbackup", tmp_path / "new", "not the passphrase")
    assert not (tmp_path / "new.forumkit").exists()
    with pytest.raises(VaultExists):
        restore_backup(tmp_path / "b.fkbackup", filled.path, PASSPHRASE)  # the open vault
    (tmp_path / "empty.forumkit").mkdir()
    with pytest.raises(VaultExists):
        restore_backup(tmp_path / "b.fkbackup", tmp_path / "empty", PASSPHRASE)


def test_auto_backups_on_schedule_and_rotated(vault) -> None:
    start = dt.datetime(2025, 6, 1, 9, 0, tzinfo=dt.UTC)
    assert maybe_auto_backup(vault, now=start, every_hours=0, keep=3) is None
    made = 0
    for hour in range(0, 30, 2):
        info = maybe_auto_backup(vault, now=start + dt.timedelta(hours=hour), every_hours=6,
                                 keep=3)
        made += info is not None
    assert made == 5  # at hours 0, 6, 12, 18, 24
    backups = list_auto_backups(vault.path)
    assert [p.name for p in backups] == [
        "auto-20250601T210000Z.fkbackup", "auto-20250602T030000Z.fkbackup",
        "auto-20250602T090000Z.fkbackup",
    ]


def test_backup_and_restore_hold_one_chunk_at_a_time(filled, tmp_path, monkeypatch) -> None:
    """A 900 MiB vault took ~5 GB of memory when the backup was built and read back whole; now
    each step streams one chunk. Small chunks make this vault many chunks long."""
    import tracemalloc

    from forum_kit import vault_backup

    monkeypatch.setattr(vault_backup, "CHUNK_SIZE", 16 * 1024)
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        info = write_backup(filled, tmp_path / "b.fkbackup")
        _size, write_peak = tracemalloc.get_traced_memory()
        assert info.db_size > 20 * vault_backup.CHUNK_SIZE  # many chunks
        tracemalloc.reset_peak()
        target = restore_backup(tmp_path / "b.fkbackup", tmp_path / "restored", PASSPHRASE)
        _size, restore_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # a whole copy of the database would be db_size; a few chunks plus overhead is far below it
    assert write_peak < info.db_size / 2, (write_peak, info.db_size)
    assert restore_peak < info.db_size / 2, (restore_peak, info.db_size)
    assert info.size == (tmp_path / "b.fkbackup").stat().st_size
    assert not [p for p in (filled.path / "backups").iterdir() if "whole-vault" in p.name]
    restored = Vault.open(target, PASSPHRASE)
    try:
        assert table_hashes(restored) == table_hashes(filled)
    finally:
        restored.lock()
    data = (tmp_path / "b.fkbackup").read_bytes()
    for n, bad in enumerate([data[:-1], data[: len(data) - vault_backup.CHUNK_SIZE - 20]]):
        (tmp_path / "bad").write_bytes(bad)
        with pytest.raises(BackupDamaged):
            restore_backup(tmp_path / "bad", tmp_path / f"t{n}", PASSPHRASE)
        assert not (tmp_path / f"t{n}.forumkit").exists()


def test_interrupted_copies_are_swept_once_stale(vault) -> None:
    import os

    from forum_kit.vault.backup import STALE_SECONDS, sweep_leftovers

    folder = vault.path / "backups"
    folder.mkdir(exist_ok=True)
    names = {
        "20260101T000000000000Z-whole-vault.db.tmp": True,
        "20260101T000000000000Z-whole-vault.db.tmp-journal": True,
        "20260101T000000000000Z-whole-vault.db": True,  # an orphaned transient snapshot
        "20260101T000000000000Z-before-migration.db": False,  # a real backup: kept
        "auto-20260101T000000Z.fkbackup": False,
        "notes.txt": False,
    }
    now = 2_000_000_000.0
    for name in names:
        (folder / name).write_bytes(b"x")
        os.utime(folder / name, (now - STALE_SECONDS - 10,) * 2)
    fresh = folder / "20260101T000001000000Z-other.db.tmp"  # another process is copying now
    fresh.write_bytes(b"x")
    os.utime(fresh, (now - 5,) * 2)
    removed = {p.name for p in sweep_leftovers(vault.path, now=now)}
    assert removed == {n for n, gone in names.items() if gone}
    assert fresh.exists()
    assert all((folder / n).exists() for n, gone in names.items() if not gone)


def test_restored_vault_holds_only_what_a_new_one_holds(filled, tmp_path) -> None:
    write_backup(filled, tmp_path / "b.fkbackup")
    target = restore_backup(tmp_path / "b.fkbackup", tmp_path / "restored", PASSPHRASE)
    assert sorted(p.name for p in target.iterdir()) == ["backups", "keys.json", "vault.db"]


def test_a_whole_vault_backup_rotates_no_kept_backup_away(filled, tmp_path) -> None:
    from forum_kit.vault.backup import KEEP_BACKUPS, list_backups

    folder = filled.path / "backups"
    folder.mkdir(exist_ok=True)
    for i in range(KEEP_BACKUPS + 2):
        (folder / f"2020010{i % 10}T00000{i // 10}000000Z-before-migration.db").write_bytes(b"x")
    kept = list_backups(filled.path)
    write_backup(filled, tmp_path / "b.fkbackup")
    assert list_backups(filled.path) == kept


def test_locking_during_a_backup_says_so_and_writes_nothing(filled, tmp_path, monkeypatch) -> None:
    from forum_kit import vault_backup
    from forum_kit.errors import VaultLocked

    real_verify = vault_backup.verify_backup

    def lock_then_verify(path, *, data_key):
        filled.lock()  # what auto-lock or a screen lock does while the backup runs
        return real_verify(path, data_key=data_key)

    monkeypatch.setattr(vault_backup, "verify_backup", lock_then_verify)
    with pytest.raises(VaultLocked, match="locked during the backup"):
        write_backup(filled, tmp_path / "b.fkbackup")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("b.", ".b."))) == []


def test_whole_database_reads_go_through_a_closed_small_cache_connection(filled, monkeypatch):
    """A backup's copy and the integrity check read every page. Through a pooled connection
    those pages stayed in its 64 MiB cache (+72 MiB resident on the reference vault); each now
    reads through a connection of its own with a small cache, closed when it is done."""
    from contextlib import contextmanager

    import sqlcipher3.dbapi2 as sqlcipher

    from forum_kit.vault import engine
    from forum_kit.vault import vault as vault_module

    seen: list[tuple[object, int]] = []
    real_scan = vault_module.scan_connection

    @contextmanager
    def spy(*args, **kwargs):
        with real_scan(*args, **kwargs) as raw:
            seen.append((raw, raw.execute("PRAGMA cache_size").fetchone()[0]))
            yield raw

    monkeypatch.setattr(vault_module, "scan_connection", spy)
    filled.backup("scan test", transient=True).unlink()
    assert len(seen) == 1
    assert filled.check().ok  # cipher_integrity_check, then integrity_check: one each
    assert [size for _raw, size in seen] == [-engine.SCAN_CACHE_KIB] * 3
    for raw, _size in seen:
        with pytest.raises(sqlcipher.ProgrammingError):
            raw.execute("SELECT 1")  # closed: nothing it read is kept
    with filled.unit_of_work() as s:  # the pool's own connections still have their cache
        assert s.connection().exec_driver_sql("PRAGMA cache_size").scalar() == -65536


_BACKUP_MEMORY_CHILD = r"""
import sys
from pathlib import Path
from sqlalchemy import text
from forum_kit.vault import FAST_KDF, Vault

def rss_kib():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])

folder = Path(sys.argv[1])
vault = Vault.create(folder, "memory test passphrase", kdf=FAST_KDF)
with vault.unit_of_work() as s:
    s.execute(text("CREATE TABLE filler (body BLOB)"))
    s.execute(text("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                   "WHERE i < 12000) INSERT INTO filler SELECT randomblob(3500) FROM n"))
vault.lock()
vault = Vault.open(folder, "memory test passphrase")
with vault.unit_of_work() as s:
    s.execute(text("SELECT count(*) FROM contacts")).scalar()
before = rss_kib()
vault.backup("memory test", transient=True).unlink()
after_backup = rss_kib()
assert vault.check().ok
after_check = rss_kib()
size = vault.db_path.stat().st_size
print(size // 1024, after_backup - before, after_check - before)
vault.lock()
"""


@pytest.mark.skipif(not os.path.exists("/proc/self/status"), reason="reads VmRSS from /proc")
def test_a_backup_and_a_check_keep_no_copy_of_the_database_in_memory(tmp_path):
    """In a process of its own (resident memory is only meaningful there): a backup's copy and
    an integrity check of a 40+ MiB vault leave resident memory far below its size. Through a
    pooled connection each kept up to 64 MiB of pages in that connection's cache."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _BACKUP_MEMORY_CHILD, str(tmp_path / "m")],
                         capture_output=True, text=True, timeout=300, check=True).stdout
    size_kib, backup_kib, check_kib = map(int, out.split())
    assert size_kib > 40 * 1024
    assert backup_kib < size_kib / 4, (backup_kib, size_kib)
    assert check_kib < size_kib / 4, (check_kib, size_kib)


def test_a_backup_never_goes_over_the_vaults_own_files(filled, tmp_path) -> None:
    folder = Path(filled.path)
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    link = tmp_path / "another-name"
    link.symlink_to(folder)
    for target in (folder / "vault.db", folder / "keys.json", folder / "new.fkbackup",
                   link / "vault.db", folder / "backups" / ".." / "vault.db"):
        with pytest.raises(InvalidInput, match="outside"):
            write_backup(filled, target)
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    assert filled.check().ok
    write_backup(filled, folder / "backups" / "mine.fkbackup")  # the backups folder is fine
