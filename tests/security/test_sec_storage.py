"""S: storage at rest - encrypted header and body, real SQLCipher, pinned settings, no silent
recreate, foreign files refused, private permissions, independent decryption (SECURITY.md)."""

from __future__ import annotations

import math
import os
import sqlite3
import stat
import zlib
from collections import Counter

import pytest
import sqlcipher_reader
from conftest import PASSPHRASE, data_key, snapshot
from sqlalchemy import text

from forum_kit.errors import (
    EngineNotEncrypted,
    InvalidInput,
    KeyFileDamaged,
    NotAVault,
    VaultDamaged,
    VaultLocked,
)
from forum_kit.vault import FAST_KDF, Vault
from forum_kit.vault import engine as engine_mod
from forum_kit.vault.engine import PLAINTEXT_HEADER, connect_keyed, make_engine

SENTINEL = "ZQXJ-SENTINEL-Şêrko-Zoë-7731"


def _fill(vault: Vault, rows: int = 2600) -> None:
    with vault.unit_of_work() as s:
        s.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
        s.execute(
            text("INSERT INTO notes (body) VALUES (:b)"),
            [{"b": f"{SENTINEL} row {i} " + "organising notes " * 20} for i in range(rows)],
        )


def _entropy_chi2_zlib(data: bytes) -> tuple[float, float, float]:
    counts = Counter(data)
    n = len(data)
    entropy = -sum(c / n * math.log2(c / n) for c in counts.values())
    expected = n / 256
    chi2 = sum((counts.get(b, 0) - expected) ** 2 / expected for b in range(256))
    ratio = len(zlib.compress(data, 9)) / n
    return entropy, chi2, ratio


def test_s1_header_not_plaintext(sec_vault):
    backup = sec_vault.backup("s1")
    sec_vault.lock()
    for path in (sec_vault.path / "vault.db", backup):
        head = path.read_bytes()[:16]
        assert len(head) == 16
        assert head != PLAINTEXT_HEADER
        assert not head.startswith(b"SQLite")


def test_s2_whole_file_looks_random_and_has_no_sentinel(sec_vault):
    _fill(sec_vault)
    folder = sec_vault.path
    needles = (SENTINEL.encode("utf-8"), SENTINEL.encode("utf-16-le"), b"organising notes")
    # while open the latest pages live in the WAL: scan it and the shm too
    sidecars = [folder / n for n in ("vault.db-wal", "vault.db-shm", "vault.db-journal")]
    assert (folder / "vault.db-wal").exists()
    for path in [folder / "vault.db", *sidecars]:
        if path.exists():
            blob = path.read_bytes()
            for needle in needles:
                assert needle not in blob, path.name
    sec_vault.lock()
    blob = (folder / "vault.db").read_bytes()
    assert len(blob) >= 1024 * 1024
    for needle in needles:
        assert needle not in blob
    entropy, chi2, ratio = _entropy_chi2_zlib(blob)
    assert entropy > 7.99
    assert chi2 < 330
    assert ratio > 0.99


def test_s3_engine_is_sqlcipher(sec_vault):
    with sec_vault.engine.connect() as conn:
        version = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
    assert version and version.startswith("4.")


def test_s3_stdlib_sqlite_is_refused_and_no_file_written(tmp_path, monkeypatch):
    key = os.urandom(32)
    with pytest.raises(EngineNotEncrypted):
        make_engine(tmp_path / "plain.db", key, create=True, module=sqlite3)
    with pytest.raises(EngineNotEncrypted):
        connect_keyed(tmp_path / "plain.db", key, mode="rwc", module=sqlite3)
    # the whole program with the stdlib module substituted for SQLCipher
    monkeypatch.setattr(engine_mod, "sqlcipher", sqlite3)
    with pytest.raises(EngineNotEncrypted):
        Vault.create(tmp_path / "v.forumkit", PASSPHRASE, kdf=FAST_KDF)
    assert list(tmp_path.iterdir()) == []


def test_s4_no_key_no_file(tmp_path):
    for bad in (b"", b"short", "a string" * 4, None):
        with pytest.raises(InvalidInput):
            make_engine(tmp_path / "nokey.db", bad, create=True)  # type: ignore[arg-type]
    wiped = bytearray(32)
    engine = make_engine(tmp_path / "wiped.db", wiped, create=True)
    with pytest.raises(VaultLocked):
        engine.connect()
    engine.dispose()
    assert list(tmp_path.iterdir()) == []


def test_s5_cipher_settings_pinned(sec_vault):
    with sec_vault.engine.connect() as conn:
        raw = conn.connection.driver_connection
        settings = {r[0] for r in raw.execute("PRAGMA cipher_settings").fetchall()}

        def one(pragma: str) -> object:
            return raw.execute(f"PRAGMA {pragma}").fetchone()[0]

        assert one("secure_delete") == 1
        assert one("temp_store") == 2  # MEMORY
        assert one("foreign_keys") == 1
        assert one("journal_mode") == "wal"
        assert one("synchronous") == 2  # FULL
        assert one("cache_size") == -65536
        # OFF by measurement (x6.8 slower FTS inserts when ON; figures in engine.py); the key
        # itself is still wiped, which U-2 checks in test_sec_memory.py
        assert engine_mod.CIPHER_MEMORY_SECURITY == "OFF"
        assert str(one("cipher_memory_security")) == "0"
        options = {r[0] for r in raw.execute("PRAGMA compile_options").fetchall()}
    assert "ENABLE_FTS5" in options
    assert settings >= {
        "PRAGMA kdf_iter = 256000;",
        "PRAGMA cipher_page_size = 4096;",
        "PRAGMA cipher_use_hmac = 1;",
        "PRAGMA cipher_plaintext_header_size = 0;",
        "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;",
        "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;",
    }


def test_s6_notadb_never_recreates(make_vault, capfd):
    a = make_vault("a")
    b = make_vault("b", fresh=True)
    folder = a.path
    a.lock()
    b.lock()
    # a's key file next to b's database: the key is proven by the slot, the page-1 read fails,
    # and no other page verifies with it either: the key file is another vault's (issue 25)
    os.replace(b.path / "vault.db", folder / "vault.db")
    before = snapshot(folder)
    capfd.readouterr()
    with pytest.raises(KeyFileDamaged, match="belongs to another vault"):
        Vault.open(folder, PASSPHRASE)
    assert snapshot(folder) == before
    printed = capfd.readouterr()
    assert "ERROR" not in printed.err and "ERROR" not in printed.out  # SQLCipher log is off
    # and a missing database is never created
    (folder / "vault.db").unlink()
    before = snapshot(folder)
    with pytest.raises(VaultDamaged):
        Vault.open(folder, PASSPHRASE)
    assert snapshot(folder) == before


@pytest.mark.parametrize("kind", ["zero-length", "plain-sqlite"])
def test_s7_zero_length_or_foreign_file(closed_vault, kind):
    folder, _ = closed_vault
    db = folder / "vault.db"
    db.unlink()
    if kind == "zero-length":
        db.write_bytes(b"")
    else:
        conn = sqlite3.connect(db)
        conn.execute("CREATE TABLE other_app (x)")
        conn.execute("INSERT INTO other_app VALUES ('hello')")
        conn.commit()
        conn.close()
    before = snapshot(folder)
    with pytest.raises(NotAVault):
        Vault.open(folder, PASSPHRASE)
    assert snapshot(folder) == before


def test_s7_keyed_database_without_identity_is_not_a_vault(closed_vault):
    folder, vault_id = closed_vault
    from forum_kit.vault import keyfile

    keys = keyfile.read(folder)
    key = keyfile.unwrap(vault_id, keys.slot("passphrase"), PASSPHRASE.encode())
    conn = connect_keyed(folder / "vault.db", key)
    conn.execute("DELETE FROM vault_meta")
    conn.close()
    before = snapshot(folder)
    with pytest.raises(NotAVault):
        Vault.open(folder, PASSPHRASE)
    assert snapshot(folder) == before
    # a database with another vault's id (a copied key file) is refused as well
    conn = connect_keyed(folder / "vault.db", key)
    conn.execute("INSERT INTO vault_meta (key, value) VALUES ('vault_id', :v)", {"v": "0" * 32})
    conn.close()
    with pytest.raises(NotAVault):
        Vault.open(folder, PASSPHRASE)


def test_s8_permissions(tmp_path):
    old = os.umask(0o022)  # a permissive user umask must not leak into the vault's files
    try:
        v = Vault.create(tmp_path / "perm", PASSPHRASE, kdf=FAST_KDF)
        try:
            with v.unit_of_work() as s:
                s.execute(text("CREATE TABLE t (x)"))
            backup = v.backup("perm")
            v.add_recovery_key()
            folder = v.path
            assert stat.S_IMODE(folder.stat().st_mode) == 0o700
            assert stat.S_IMODE((folder / "backups").stat().st_mode) == 0o700
            files = [folder / n for n in ("vault.db", "vault.db-wal", "vault.db-shm", "keys.json")]
            for path in [*files, backup]:
                assert path.exists(), path.name
                assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
        finally:
            v.lock()
        v = Vault.open(tmp_path / "perm.forumkit", PASSPHRASE)
        try:
            for name in ("vault.db-wal", "vault.db-shm"):
                assert stat.S_IMODE((v.path / name).stat().st_mode) == 0o600
        finally:
            v.lock()
    finally:
        os.umask(old)


def test_s9_independent_decryption(sec_vault, tmp_path):
    _fill(sec_vault, rows=300)
    key = data_key(sec_vault)
    db = sec_vault.path / "vault.db"
    sec_vault.lock()
    plain = tmp_path / "plain.db"
    sqlcipher_reader.decrypt_file(db, key, plain)
    conn = sqlite3.connect(plain)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 300
        assert conn.execute("SELECT value FROM vault_meta WHERE key='vault_id'").fetchone()
    finally:
        conn.close()
    with pytest.raises(sqlcipher_reader.HmacMismatch) as info:
        sqlcipher_reader.decrypt_file(db, os.urandom(32), tmp_path / "wrong.db")
    assert info.value.page == 1
