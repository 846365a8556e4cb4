"""The Vault's public API as other parts of the program use it: create/open paths and errors,
unit_of_work commit and rollback, identity, backups and recovery-key normalisation."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from forum_kit.errors import (
    InvalidInput,
    NotAVault,
    VaultExists,
    VaultLocked,
    VaultNotFound,
)
from forum_kit.models.meta import VaultMeta
from forum_kit.vault import FAST_KDF, IntegrityReport, Vault
from forum_kit.vault.migrations import runner

PASS = "correct horse battery staple"


@pytest.fixture
def v(tmp_path):
    vault = Vault.create(tmp_path / "api", PASS, kdf=FAST_KDF)
    yield vault
    vault.lock()


def test_create_appends_suffix_and_names(v, tmp_path):
    assert v.path == tmp_path / "api.forumkit"
    assert v.name == "api"
    assert len(v.vault_id) == 32 and int(v.vault_id, 16) >= 0
    assert not v.is_locked
    assert sorted(p.name for p in v.path.iterdir()) >= ["backups", "keys.json", "vault.db"]


def test_create_refuses_existing(v, tmp_path):
    with pytest.raises(VaultExists):
        Vault.create(tmp_path / "api.forumkit", PASS, kdf=FAST_KDF)
    with pytest.raises(VaultExists):
        Vault.create(tmp_path / "api", "other", kdf=FAST_KDF)


def test_create_refuses_empty_passphrase(tmp_path):
    with pytest.raises(InvalidInput):
        Vault.create(tmp_path / "x", "", kdf=FAST_KDF)
    assert not (tmp_path / "x.forumkit").exists()


def test_open_missing_and_empty_folder(tmp_path):
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nothing", PASS)
    (tmp_path / "empty.forumkit").mkdir()
    with pytest.raises(NotAVault):
        Vault.open(tmp_path / "empty.forumkit", PASS)
    assert list((tmp_path / "empty.forumkit").iterdir()) == []


def test_identity_rows_and_head_revision(v):
    with v.unit_of_work() as s:
        rows = dict(s.execute(select(VaultMeta.key, VaultMeta.value)).all())
        assert rows["vault_id"] == v.vault_id
        assert "created_at" in rows
        assert runner.current_revision(s.connection()) == runner.head_revision()


def test_unit_of_work_commits_and_rolls_back(v):
    with v.unit_of_work() as s:
        s.execute(text("CREATE TABLE t (x INTEGER)"))
        s.execute(text("INSERT INTO t VALUES (1)"))
    with pytest.raises(ZeroDivisionError):
        with v.unit_of_work() as s:
            s.execute(text("INSERT INTO t VALUES (2)"))
            raise ZeroDivisionError
    v.lock()
    reopened = Vault.open(v.path, PASS)
    try:
        with reopened.unit_of_work() as s:
            assert s.execute(text("SELECT x FROM t")).scalars().all() == [1]
    finally:
        reopened.lock()


def test_unit_of_work_keeps_objects_usable_after_commit(v):
    with v.unit_of_work() as s:
        row = VaultMeta(key="probe", value="v")
        s.add(row)
    assert row.value == "v"  # expire_on_commit=False


def test_lock_then_everything_raises(v):
    v.lock()
    with pytest.raises(VaultLocked):
        v.engine  # noqa: B018
    with pytest.raises(VaultLocked):
        v.change_passphrase(PASS, "new")


def test_check_reports_ok(v):
    report = v.check()
    assert report == IntegrityReport(ok=True, problems=())


def test_backup_reason_must_have_letters(v):
    with pytest.raises(InvalidInput):
        v.backup("  !!  ")


def test_normalise_recovery_key():
    key = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
    assert Vault.normalise_recovery_key(key) == key.replace("-", "")
    assert Vault.normalise_recovery_key(key.lower().replace("-", " ")) == key.replace("-", "")
    # an old (RFC 4648) key read forgivingly: 0 can only be O, 1 is I (or L, tried next)
    assert Vault.normalise_recovery_key(key.replace("O", "0").replace("I", "1")) == key.replace(
        "-", "")
    for bad in ("", "ABCD", key + "A", key.replace("A", "8")):
        with pytest.raises(InvalidInput):
            Vault.normalise_recovery_key(bad)


def test_plain_engine_is_an_unencrypted_baseline(tmp_path):
    from forum_kit.vault.engine import PLAINTEXT_HEADER, make_plain_engine

    engine = make_plain_engine(tmp_path / "baseline.db")
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (x)"))
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        engine.dispose()
    assert (tmp_path / "baseline.db").read_bytes()[:16] == PLAINTEXT_HEADER
