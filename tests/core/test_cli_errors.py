"""Each distinct vault error reaches the command line as its own exit code and sentence, and
changes no file."""

from __future__ import annotations

import json
import sqlite3

import pytest

from forum_kit import errors
from forum_kit.cli import main
from forum_kit.vault import FAST_KDF, Vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _scripted(monkeypatch):
    monkeypatch.setenv("FORUM_KIT_INSECURE_FAST_KDF", "1")
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def folder(tmp_path):
    Vault.create(tmp_path / "v.forumkit", PASSPHRASE, kdf=FAST_KDF).lock()
    return tmp_path / "v.forumkit"


def _snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _expect(capsys, argv, error):
    code = main(argv)
    err = capsys.readouterr().err
    assert code == error.code, err
    assert err.strip() == f"forum-kit: {error.default_message}"
    return err


@pytest.mark.parametrize("command", ["summary", "check", "recovery-key", "growth", "deadlines"])
def test_wrong_passphrase(folder, capsys, monkeypatch, command):
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", "not the right passphrase")
    before = _snapshot(folder)
    err = _expect(capsys, [command, str(folder)], errors.WrongPassphrase)
    assert "not the right" not in err
    assert _snapshot(folder) == before


def test_missing_vault(tmp_path, capsys):
    _expect(capsys, ["summary", str(tmp_path / "nowhere.forumkit")], errors.VaultNotFound)


def test_empty_folder_is_not_a_vault(tmp_path, capsys):
    empty = tmp_path / "empty.forumkit"
    empty.mkdir()
    _expect(capsys, ["summary", str(empty)], errors.NotAVault)
    assert list(empty.iterdir()) == []


def test_plain_sqlite_file_is_not_a_vault(folder, capsys):
    db = folder / "vault.db"
    for extra in folder.glob("vault.db-*"):
        extra.unlink()
    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE other_app (x)")
    conn.commit()
    conn.close()
    before = _snapshot(folder)
    _expect(capsys, ["check", str(folder)], errors.NotAVault)
    assert _snapshot(folder) == before


def test_damaged_key_file(folder, capsys):
    (folder / "keys.json").write_text("{ this is not a key file", encoding="utf-8")
    before = _snapshot(folder)
    _expect(capsys, ["summary", str(folder)], errors.KeyFileDamaged)
    assert _snapshot(folder) == before


def test_vault_too_new(folder, capsys):
    keys = folder / "keys.json"
    doc = json.loads(keys.read_text(encoding="utf-8"))
    doc["format"] = 99
    keys.write_text(json.dumps(doc), encoding="utf-8")
    before = _snapshot(folder)
    _expect(capsys, ["summary", str(folder)], errors.VaultTooNew)
    assert _snapshot(folder) == before


def test_damaged_database(folder, capsys):
    db = folder / "vault.db"
    data = bytearray(db.read_bytes())
    db.write_bytes(bytes(data[: len(data) - 100]))  # truncated mid-page
    _expect(capsys, ["check", str(folder)], errors.VaultDamaged)


def test_codes_are_distinct():
    codes = [errors.WrongPassphrase.code, errors.KeyFileDamaged.code, errors.NotAVault.code,
             errors.VaultDamaged.code, errors.VaultLocked.code, errors.VaultTooNew.code,
             errors.VaultNotFound.code, errors.InvalidInput.code, 2]
    assert len(set(codes)) == len(codes)
