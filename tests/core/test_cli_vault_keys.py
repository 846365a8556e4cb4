"""The key commands of the command line: ``passwd --recovery-key-file`` (reset a forgotten
passphrase) and ``rotate-key`` (new data key, new recovery key shown once or the old one kept)."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from forum_kit.cli import main
from forum_kit.vault import FAST_KDF, Vault
from forum_kit.vault.keyfile import new_recovery_key

PASSPHRASE = "correct horse battery staple"
NEW = "a brand new longer passphrase"


@pytest.fixture(autouse=True)
def _scripted(monkeypatch):
    monkeypatch.setenv("FORUM_KIT_INSECURE_FAST_KDF", "1")
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("FORUM_KIT_NEW_PASSPHRASE", raising=False)


@pytest.fixture(scope="module")
def _template(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-keys") / "k.forumkit"
    Vault.create(path, PASSPHRASE, kdf=FAST_KDF).lock()
    return path


@pytest.fixture
def folder(tmp_path, _template):
    target = tmp_path / "k.forumkit"
    shutil.copytree(_template, target)
    return target


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder) -> dict[str, str]:
    return {p.name: _digest(p) for p in folder.iterdir() if p.is_file()}


def _printed_key(out: str) -> str:
    lines = [line.strip() for line in out.splitlines() if line.startswith("    ")]
    key = " ".join(lines)
    assert len(key.replace(" ", "")) == 32
    return key


def _key_file(tmp_path, key: str, name: str = "key.txt"):
    path = tmp_path / name
    path.write_text(key + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def _add_recovery_key(folder, capsys) -> str:
    capsys.readouterr()
    assert main(["recovery-key", str(folder)]) == 0
    return _printed_key(capsys.readouterr().out)


def _data_key(folder, passphrase: str = PASSPHRASE) -> bytes:
    vault = Vault.open(folder, passphrase)
    try:
        return bytes(vault._key)  # tests only: proves the rotation really changed the key
    finally:
        vault.lock()


def test_passwd_with_recovery_key_resets_a_forgotten_passphrase(folder, tmp_path, capsys,
                                                                 monkeypatch):
    key = _add_recovery_key(folder, capsys)
    key_file = _key_file(tmp_path, key.lower().replace(" ", "-"))  # case and separators vary
    db_before = _digest(folder / "vault.db")
    monkeypatch.delenv("FORUM_KIT_PASSPHRASE")  # forgotten
    monkeypatch.setenv("FORUM_KIT_NEW_PASSPHRASE", NEW)
    assert main(["passwd", str(folder), "--recovery-key-file", str(key_file)]) == 0
    out, err = capsys.readouterr()
    assert "reset" in out and "recovery key still" in out
    assert NEW not in out + err and key not in out + err
    assert _digest(folder / "vault.db") == db_before  # only the key file changes
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASSPHRASE)
    assert main(["summary", str(folder)]) == 10
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", NEW)
    assert main(["summary", str(folder)]) == 0
    assert main(["summary", str(folder), "--recovery-key-file", str(key_file)]) == 0


def test_passwd_with_recovery_key_refusals_change_nothing(folder, tmp_path, capsys,
                                                          monkeypatch):
    monkeypatch.setenv("FORUM_KIT_NEW_PASSPHRASE", NEW)
    wrong = _key_file(tmp_path, "AAAA-" * 7 + "AAAA", "wrong.txt")
    before = _files(folder)
    # no recovery key made yet: any key is wrong
    assert main(["passwd", str(folder), "--recovery-key-file", str(wrong)]) == 10
    assert _files(folder) == before
    key = _add_recovery_key(folder, capsys)
    before = _files(folder)
    assert main(["passwd", str(folder), "--recovery-key-file", str(wrong)]) == 10
    assert "Wrong passphrase (or recovery key)" in capsys.readouterr().err
    good = _key_file(tmp_path, key)
    monkeypatch.setenv("FORUM_KIT_NEW_PASSPHRASE", "tiny")
    assert main(["passwd", str(folder), "--recovery-key-file", str(good)]) == 3
    err = capsys.readouterr().err
    assert "at least 12 characters" in err and "tiny" not in err
    assert main(["passwd", str(folder), "--recovery-key-file", str(tmp_path / "none")]) == 3
    assert _files(folder) == before
    assert main(["summary", str(folder)]) == 0  # the passphrase still works


def test_rotate_key_without_recovery_key(folder, capsys):
    old_key = _data_key(folder)
    db_before = _digest(folder / "vault.db")
    capsys.readouterr()
    assert main(["rotate-key", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert "re-encrypted" in out and "shown once" not in out
    assert PASSPHRASE not in out + err
    assert _digest(folder / "vault.db") != db_before
    new_key = _data_key(folder)
    assert new_key != old_key and any(new_key)
    assert main(["check", str(folder)]) == 0
    assert any(p.name.endswith("-before-key-rotation.db") for p in (folder / "backups").iterdir())


def test_rotate_key_shows_a_new_recovery_key_once(folder, tmp_path, capsys, monkeypatch):
    old = _key_file(tmp_path, _add_recovery_key(folder, capsys), "old.txt")
    assert main(["rotate-key", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "Your new recovery key" in out and "shown once" in out
    assert "old recovery key no longer opens" in out
    new = _key_file(tmp_path, _printed_key(out), "new.txt")
    assert main(["summary", str(folder)]) == 0  # the passphrase is unchanged
    monkeypatch.delenv("FORUM_KIT_PASSPHRASE")
    assert main(["summary", str(folder), "--recovery-key-file", str(old)]) == 10
    assert main(["summary", str(folder), "--recovery-key-file", str(new)]) == 0


def test_rotate_key_keeps_the_given_recovery_key(folder, tmp_path, capsys, monkeypatch):
    key = _add_recovery_key(folder, capsys)
    key_file = _key_file(tmp_path, key)
    old_key = _data_key(folder)
    assert main(["rotate-key", str(folder), "--recovery-key-file", str(key_file)]) == 0
    out = capsys.readouterr().out
    assert "recovery key is unchanged" in out and "shown once" not in out
    assert not [line for line in out.splitlines() if line.startswith("    ")]
    assert _data_key(folder) != old_key
    monkeypatch.delenv("FORUM_KIT_PASSPHRASE")
    assert main(["summary", str(folder), "--recovery-key-file", str(key_file)]) == 0


def test_rotate_key_refusals_change_nothing(folder, tmp_path, capsys, monkeypatch):
    _add_recovery_key(folder, capsys)
    before = _files(folder)
    wrong = _key_file(tmp_path, new_recovery_key()[1], "w.txt")  # well formed, another key
    assert main(["rotate-key", str(folder), "--recovery-key-file", str(wrong)]) == 10
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", "not the passphrase at all")
    assert main(["rotate-key", str(folder)]) == 10
    err = capsys.readouterr().err
    assert "not the passphrase" not in err
    assert _files(folder) == before
    assert not list((folder / "backups").iterdir())


def test_help_lists_the_key_commands(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "rotate-key" in out and "passwd" in out
    assert main(["passwd", "--help"]) == 0
    assert "--recovery-key-file" in capsys.readouterr().out
    assert main(["rotate-key", "--help"]) == 0
    assert "shown once" in capsys.readouterr().out


def _auto_backup(folder, stamp: str) -> None:
    from datetime import UTC, datetime

    from forum_kit.vault_backup import maybe_auto_backup

    vault = Vault.open(folder, PASSPHRASE)
    try:
        when = datetime.strptime(stamp, "%Y-%m-%d").replace(tzinfo=UTC)
        assert maybe_auto_backup(vault, now=when, every_hours=24, keep=5) is not None
    finally:
        vault.lock()


@pytest.mark.parametrize("command", ["passwd", "reset", "rotate-key"])
def test_the_automatic_backups_are_renewed_after_a_key_change(folder, tmp_path, capsys,
                                                              monkeypatch, command):
    """The automatic backups carry the old key slots (and the old data key): after a passphrase
    change, reset or key rotation the old passphrase or key must not open them any more."""
    from forum_kit.errors import WrongPassphrase
    from forum_kit.vault_backup import list_auto_backups, restore_backup

    key = _add_recovery_key(folder, capsys) if command == "reset" else None
    _auto_backup(folder, "2026-01-01")
    _auto_backup(folder, "2026-01-02")
    old = list_auto_backups(folder)
    assert len(old) == 2
    old_key = _data_key(folder)
    monkeypatch.setenv("FORUM_KIT_NEW_PASSPHRASE", NEW)
    args = {"passwd": ["passwd", str(folder)],
            "reset": ["passwd", str(folder), "--recovery-key-file",
                      str(_key_file(tmp_path, key or ""))],
            "rotate-key": ["rotate-key", str(folder)]}[command]
    capsys.readouterr()
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "The 2 automatic backups in the vault folder" in out and "wrote elsewhere" in out
    now = list_auto_backups(folder)
    assert len(now) == 1 and now[0] not in old
    current = PASSPHRASE if command == "rotate-key" else NEW
    if command != "rotate-key":
        with pytest.raises(WrongPassphrase):
            restore_backup(now[0], tmp_path / "with-old", PASSPHRASE)
    restored = restore_backup(now[0], tmp_path / "with-new", current)
    back = Vault.open(restored, current)
    try:
        if command == "rotate-key":
            assert bytes(back._key) != old_key  # the backup is under the new data key
    finally:
        back.lock()


def test_no_automatic_backups_none_written(folder, capsys, monkeypatch):
    from forum_kit.vault_backup import list_auto_backups

    monkeypatch.setenv("FORUM_KIT_NEW_PASSPHRASE", NEW)
    assert main(["passwd", str(folder)]) == 0
    assert list_auto_backups(folder) == []
    assert "automatic backup" not in capsys.readouterr().out
