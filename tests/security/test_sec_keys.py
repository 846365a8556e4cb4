"""K: keys and passphrase - wrong passphrase, unlock mechanism, KDF floor, key-file tampering,
passphrase change (also under SIGKILL), recovery key, Unicode normalisation, no key in URL, logs
or errors."""

from __future__ import annotations

import base64
import hashlib
import inspect
import json
import logging
import os
import random
import re
import signal
import time
import unicodedata

import pytest
from conftest import PASSPHRASE, data_key, snapshot
from sqlalchemy import text

from forum_kit.errors import (
    InvalidInput,
    KeyFileDamaged,
    VaultTooNew,
    WrongPassphrase,
)
from forum_kit.vault import FAST_KDF, FLOOR, PRODUCTION_KDF, KdfProfile, Vault, keyfile
from forum_kit.vault import engine as engine_mod
from forum_kit.vault import probe as probe_mod
from forum_kit.vault.migrations import runner


def test_k1_wrong_passphrase_changes_nothing(closed_vault):
    folder, _ = closed_vault
    before = snapshot(folder)
    assert set(before) == {"keys.json", "vault.db"}
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, "correct horse battery stapler")
    assert snapshot(folder) == before
    for suffix in ("-wal", "-shm", "-journal"):
        assert not (folder / f"vault.db{suffix}").exists()


def test_k3_production_profile_and_floor_and_k2_unlock_mechanism(tmp_path, monkeypatch):
    assert PRODUCTION_KDF.is_at_least(FLOOR)
    assert FLOOR == KdfProfile(memory_kib=64 * 1024, iterations=3, lanes=4)
    assert PRODUCTION_KDF == KdfProfile(memory_kib=256 * 1024, iterations=3, lanes=4)
    assert inspect.signature(Vault.create).parameters["kdf"].default is PRODUCTION_KDF
    # one real production-profile create (one 256 MiB Argon2id run, about 0.8 s here)
    Vault.create(tmp_path / "prod", PASSPHRASE).lock()
    doc = json.loads((tmp_path / "prod.forumkit" / "keys.json").read_text())
    slot = doc["slots"][0]
    stored = KdfProfile(memory_kib=slot["m"], iterations=slot["t"], lanes=slot["p"])
    assert stored.is_at_least(FLOOR)
    assert len(base64.b64decode(slot["salt"])) == 16
    # K-2 is timed (benchmarks/bench_unlock.py measures it); here its mechanism: an unlock at
    # head derives exactly one Argon2id key with the production parameters, opens two SQLite
    # connections (read-only probe, first pooled one), and neither migrates nor backs up.
    kdf_calls: list[KdfProfile] = []
    connections: list[str] = []
    real_derive, real_connect = keyfile.derive_key, engine_mod.connect_keyed

    def counting_derive(secret, salt, profile):
        kdf_calls.append(profile)
        return real_derive(secret, salt, profile)

    def counting_connect(*args, **kwargs):
        connections.append(kwargs.get("mode", "rw"))
        return real_connect(*args, **kwargs)

    def no_migration(*args, **kwargs):
        raise AssertionError("an unlock at head must not migrate")

    monkeypatch.setattr(keyfile, "derive_key", counting_derive)
    monkeypatch.setattr(engine_mod, "connect_keyed", counting_connect)
    monkeypatch.setattr(probe_mod, "connect_keyed", counting_connect)
    monkeypatch.setattr(runner, "upgrade", no_migration)
    v = Vault.open(tmp_path / "prod", PASSPHRASE)
    try:
        assert kdf_calls == [PRODUCTION_KDF]
        assert connections == ["ro", "rw"]
        with v.unit_of_work() as s:  # the first query reuses the pooled connection
            assert s.execute(text("SELECT count(*) FROM vault_meta")).scalar_one() == 2
        assert connections == ["ro", "rw"]
    finally:
        v.lock()
    assert list((tmp_path / "prod.forumkit" / "backups").iterdir()) == []


def test_k3_salt_unique_per_wrap(sec_vault):
    salts = set()
    for i in range(4):
        sec_vault.change_passphrase(PASSPHRASE if i == 0 else f"p{i - 1}", f"p{i}")
        sec_vault.add_recovery_key()
        for slot in keyfile.read(sec_vault.path).slots:
            salts.add(slot.salt)
            assert len(slot.salt) == 16
    assert len(salts) == 8


def _tamper(doc: dict, field: str) -> None:
    slot = doc["slots"][0]
    if field in ("m", "t", "p"):
        slot[field] += 1
    elif field in ("salt", "nonce", "wrapped"):
        raw = bytearray(base64.b64decode(slot[field]))
        raw[0] ^= 1
        slot[field] = base64.b64encode(bytes(raw)).decode()
    elif field == "vault_id":
        doc["vault_id"] = doc["vault_id"][:-1] + ("0" if doc["vault_id"][-1] != "0" else "1")
    elif field == "slot_name":
        doc["slots"][0]["name"], doc["slots"][1]["name"] = "recovery", "passphrase"
    elif field == "extra_slot_field":
        slot["comment"] = "x"
    elif field == "extra_top_field":
        doc["note"] = "x"
    elif field == "kdf":
        slot["kdf"] = "scrypt"
    elif field == "format_string":
        doc["format"] = "1"
    else:
        raise AssertionError(field)


@pytest.mark.parametrize(
    "field",
    ["m", "t", "p", "salt", "nonce", "wrapped", "vault_id", "slot_name", "extra_slot_field",
     "extra_top_field", "kdf", "format_string"],
)
def test_k4_any_header_change_fails(sec_vault, field):
    sec_vault.add_recovery_key()
    folder = sec_vault.path
    sec_vault.lock()
    doc = json.loads((folder / "keys.json").read_text())
    _tamper(doc, field)
    (folder / "keys.json").write_text(json.dumps(doc))
    with pytest.raises((WrongPassphrase, KeyFileDamaged)):
        Vault.open(folder, PASSPHRASE)


def test_k4_newer_format_and_garbage(closed_vault):
    folder, _ = closed_vault
    good = (folder / "keys.json").read_bytes()
    doc = json.loads(good)
    doc["format"] = 2
    (folder / "keys.json").write_text(json.dumps(doc))
    with pytest.raises(VaultTooNew):
        Vault.open(folder, PASSPHRASE)
    for garbage in (b"", b"{", b"\xff\xfe", b"[]", good[: len(good) // 2]):
        (folder / "keys.json").write_bytes(garbage)
        with pytest.raises(KeyFileDamaged):
            Vault.open(folder, PASSPHRASE)
    (folder / "keys.json").unlink()
    with pytest.raises(KeyFileDamaged):
        Vault.open(folder, PASSPHRASE)


def test_k5_passphrase_change(sec_vault):
    with sec_vault.unit_of_work() as s:
        s.execute(text("CREATE TABLE t (x)"))
    folder = sec_vault.path
    key_before = data_key(sec_vault)
    sec_vault.lock()
    v = Vault.open(folder, PASSPHRASE)
    db_hash = hashlib.sha256((folder / "vault.db").read_bytes()).hexdigest()
    v.change_passphrase(PASSPHRASE, "a new and better passphrase")
    assert hashlib.sha256((folder / "vault.db").read_bytes()).hexdigest() == db_hash
    with pytest.raises(WrongPassphrase):
        v.change_passphrase("not the old one", "whatever")
    with pytest.raises(InvalidInput):
        v.change_passphrase("a new and better passphrase", "")
    v.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(folder, PASSPHRASE)
    v = Vault.open(folder, "a new and better passphrase")
    assert data_key(v) == key_before
    v.lock()


def _changer_child(vault: Vault, start: int, write_fd: int) -> None:
    """Forked child: change p<start> -> p<start+1> -> ... announcing each step before it starts."""
    code = 1
    try:
        i = start
        while True:
            os.write(write_fd, f"{i}\n".encode())
            vault.change_passphrase(f"p{i}", f"p{i + 1}")
            i += 1
    except BaseException:
        code = 2
    finally:
        os._exit(code)


def _works(folder, passphrase: str) -> bool:
    """Does the passphrase slot on disk open with this passphrase? (KDF + AES-GCM only)"""
    keys = keyfile.read(folder)
    try:
        keyfile.unwrap(keys.vault_id, keys.slot("passphrase"), passphrase.encode()).clear()
    except WrongPassphrase:
        return False
    return True


@pytest.mark.slow
def test_k6_sigkill_during_passphrase_change(make_vault):
    v = make_vault("k6", passphrase="p0")
    folder = v.path
    key = data_key(v)
    rng = random.Random(20240606)
    current = 0
    outcomes = {"old": 0, "new": 0}
    for iteration in range(50):
        v.engine.dispose()  # no open SQLite handle crosses the fork
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_fd)
            _changer_child(v, current, write_fd)
        os.close(write_fd)
        time.sleep(rng.uniform(0.0, 0.05))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        with os.fdopen(read_fd) as fh:
            announced = [int(line) for line in fh.read().split()]
        last = announced[-1] if announced else current
        works = [p for p in (last, last + 1) if _works(folder, f"p{p}")]
        assert len(works) == 1, (last, works)
        outcomes["old" if works[0] == last else "new"] += 1
        if works[0] > 0:
            assert not _works(folder, f"p{works[0] - 1}")
        current = works[0]
        if iteration % 10 == 9:
            # a real unlock with the surviving passphrase; it also removes stale temporaries
            v.lock()
            v = Vault.open(folder, f"p{current}")
            assert data_key(v) == key
            assert not list(folder.glob("*.tmp"))
    v.lock()
    assert sum(outcomes.values()) == 50


def test_k7_recovery_key(sec_vault):
    folder = sec_vault.path
    text_key = sec_vault.add_recovery_key()
    # Crockford's base32: no I, L, O or U to mistake for 1, 1 and 0
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}", text_key)
    sec_vault.lock()
    Vault.open_with_recovery_key(folder, text_key).lock()
    sloppy = " " + text_key.lower().replace("-", " ") + " "
    v = Vault.open_with_recovery_key(folder, sloppy)
    assert Vault.normalise_recovery_key(sloppy) == text_key.replace("-", "")
    # a wrong but well-formed key fails, a malformed one is refused as input
    other = keyfile.new_recovery_key()[1]
    newer = v.add_recovery_key()
    v.lock()
    for wrong in (other, text_key):  # the replaced key no longer works
        with pytest.raises(WrongPassphrase):
            Vault.open_with_recovery_key(folder, wrong)
    with pytest.raises(InvalidInput):
        Vault.open_with_recovery_key(folder, "not-a-key")
    Vault.open_with_recovery_key(folder, newer).lock()
    Vault.open(folder, PASSPHRASE).lock()  # the passphrase slot is untouched


def test_k7_no_recovery_slot(closed_vault):
    folder, _ = closed_vault
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(folder, "AAAA" * 8)


def test_k9_unicode_normalisation(tmp_path):
    words = "Zoë Şêrko ñandú"
    nfd = unicodedata.normalize("NFD", words)
    nfc = unicodedata.normalize("NFC", words)
    assert nfd != nfc
    Vault.create(tmp_path / "u", nfd, kdf=FAST_KDF).lock()
    Vault.open(tmp_path / "u", nfc).lock()
    Vault.open(tmp_path / "u", nfd).lock()


def test_k10_no_key_in_url_logs_or_errors(tmp_path, caplog):
    caplog.set_level(logging.DEBUG, logger="sqlalchemy")
    caplog.set_level(logging.DEBUG, logger="alembic")
    v = Vault.create(tmp_path / "logs", PASSPHRASE, kdf=FAST_KDF)
    v.engine.echo = "debug"
    key = data_key(v)
    forms = [key.hex(), key.hex().upper(), repr(key), base64.b64encode(key).decode()]
    errors: list[BaseException] = []
    try:
        assert str(v.engine.url) == "sqlite://"
        assert v.engine.url.password is None
        with v.unit_of_work() as s:
            s.execute(text("CREATE TABLE t (x TEXT UNIQUE)"))
            s.execute(text("INSERT INTO t VALUES (:x)"), {"x": "SENTINEL-K10"})
        try:
            with v.unit_of_work() as s:
                s.execute(text("INSERT INTO t VALUES (:x)"), {"x": "SENTINEL-K10"})
        except Exception as error:  # the IntegrityError: parameters must be hidden
            errors.append(error)
        v.backup("k10")
        v.check()
        v.change_passphrase(PASSPHRASE, "another passphrase")
        v.add_recovery_key()
        v.lock()
        v = Vault.open(tmp_path / "logs", "another passphrase")
        v.engine.connect().close()
        try:
            Vault.open(tmp_path / "logs", PASSPHRASE)
        except WrongPassphrase as error:
            errors.append(error)
    finally:
        v.lock()
    assert errors and "SENTINEL-K10" not in str(errors[0])
    haystacks = [caplog.text, *(str(e) for e in errors), *(repr(e) for e in errors), repr(v)]
    haystacks.append((tmp_path / "logs.forumkit" / "keys.json").read_text())
    assert caplog.text  # logging really was captured
    for hay in haystacks:
        for form in forms:
            assert form not in hay
