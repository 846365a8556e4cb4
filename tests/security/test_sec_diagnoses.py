"""Issue 25, diagnoses that sent people the wrong way: each failure now names its true cause.

Another vault's ``keys.json`` that the same passphrase opens is a foreign key file (exit 11), not
a damaged database (13, whose advice - restore from a backup - invites overwriting a healthy
database); a ``vault.db`` that is a folder or cannot be read, and a ``keys.json`` that cannot be
read, say so instead of "disk full" (19) or "damaged" (11); backing up a damaged vault says the
vault is damaged, not the backup file; ``check`` after one bad page names that page and the one
table it leaves unreadable, not nearly every table. Every refusal leaves the files as they were.
"""

from __future__ import annotations

import builtins
import os
import pathlib
import shutil

import pytest
from conftest import PASSPHRASE, check_report, snapshot
from sqlalchemy import text

import forum_kit.cli as cli
from forum_kit.errors import KeyFileDamaged, NotAVault, VaultUnreadable
from forum_kit.vault import Vault
from forum_kit.vault import probe as probe_mod
from forum_kit.vault.engine import PAGE_SIZE

_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture
def run(monkeypatch):
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASSPHRASE)
    return lambda *argv: cli.main([str(a) for a in argv])


def test_another_vaults_key_file_with_the_same_passphrase_is_exit_11(make_vault, run, capsys):
    a = make_vault("a")
    b = make_vault("b", fresh=True)  # same passphrase, its own data key
    a.lock()
    b.lock()
    shutil.copy2(b.path / "keys.json", a.path / "keys.json")
    before = snapshot(a.path)
    assert run("summary", a.path) == 11
    err = capsys.readouterr().err
    assert "belongs to another vault" in err and "not damaged" in err
    assert "Restore it from a backup" not in err
    assert snapshot(a.path) == before


def test_a_damaged_first_page_is_still_damage(closed_vault, run, capsys):
    folder, _ = closed_vault
    data = bytearray((folder / "vault.db").read_bytes())
    data[200] ^= 0x10
    (folder / "vault.db").write_bytes(bytes(data))
    assert run("summary", folder) == 13
    assert "damaged" in capsys.readouterr().err


def test_vault_db_a_folder_is_not_a_database_not_a_full_disk(closed_vault, run, capsys):
    folder, _ = closed_vault
    (folder / "vault.db").unlink()
    (folder / "vault.db").mkdir()
    assert run("summary", folder) == NotAVault.code
    err = capsys.readouterr().err
    assert "is a folder" in err and "disk full" not in err


def _deny(monkeypatch, path: pathlib.Path) -> None:
    """Make ``path`` unreadable: by its mode, or (root reads any mode) by refusing its opens."""
    if not _ROOT:
        path.chmod(0)  # the test puts 0600 back
        return
    real_open, real_read = builtins.open, pathlib.Path.read_bytes

    def refusing_open(file, *args, **kwargs):
        if os.fspath(file) == os.fspath(path):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, *args, **kwargs)

    def refusing_read(self):
        if os.fspath(self) == os.fspath(path):
            raise PermissionError(13, "Permission denied", os.fspath(self))
        return real_read(self)

    monkeypatch.setattr(probe_mod, "open", refusing_open, raising=False)
    monkeypatch.setattr(pathlib.Path, "read_bytes", refusing_read)


@pytest.mark.parametrize(("name", "wrong"), [("vault.db", "disk full"), ("keys.json", "damaged")])
def test_an_unreadable_file_is_a_permission_problem(
    closed_vault, run, capsys, monkeypatch, name, wrong
):
    folder, _ = closed_vault
    _deny(monkeypatch, folder / name)
    try:
        assert run("summary", folder) == VaultUnreadable.code
    finally:
        (folder / name).chmod(0o600)
    err = capsys.readouterr().err
    assert name in err and "permission denied" in err and wrong not in err


def test_a_key_file_that_is_a_folder_is_damage(closed_vault):
    folder, _ = closed_vault
    (folder / "keys.json").unlink()
    (folder / "keys.json").mkdir()
    with pytest.raises(KeyFileDamaged):
        Vault.open(folder, PASSPHRASE)


# ------------------------------------------------------------------------- one bad page


def _two_tables_one_bad_page(vault: Vault) -> int:
    """Fill tables r2 and r3, lock, and damage one page of r2; returns its number."""
    with vault.unit_of_work() as s:
        s.execute(text("CREATE TABLE r2 (id INTEGER PRIMARY KEY, body TEXT)"))
        s.execute(text("CREATE INDEX ix_r2 ON r2 (body)"))
    first = vault.db_path.stat().st_size // PAGE_SIZE + 1
    with vault.unit_of_work() as s:
        s.execute(
            text("INSERT INTO r2 (body) VALUES (:b)"),
            [{"b": f"{i:05d}" + "x" * 300} for i in range(400)],
        )
    with vault.unit_of_work() as s:
        s.execute(text("CREATE TABLE r3 (id INTEGER PRIMARY KEY, body TEXT)"))
        s.execute(text("INSERT INTO r3 (body) VALUES (:b)"), [{"b": "y" * 300}] * 400)
    folder = vault.path
    vault.lock()
    page = first + 10
    with open(folder / "vault.db", "r+b") as fh:
        fh.seek((page - 1) * PAGE_SIZE + 500)
        byte = fh.read(1)
        fh.seek((page - 1) * PAGE_SIZE + 500)
        fh.write(bytes([byte[0] ^ 0x10]))
    return page


def test_check_after_one_bad_page_names_that_page_and_its_table_only(sec_vault, run, capsys):
    folder = sec_vault.path
    page = _two_tables_one_bad_page(sec_vault)
    report = check_report(folder)
    assert not report.ok
    cipher = [p for p in report.problems if p.startswith("cipher_integrity_check")]
    tables = [p for p in report.problems if p.startswith("table ")]
    assert len(cipher) == 1 and f"page {page}" in cipher[0], report.problems
    assert [t.split()[1] for t in tables] == ["r2"], report.problems
    assert len(report.problems) == 2, report.problems
    assert run("check", folder) == 13
    out = capsys.readouterr().out
    assert "r2" in out and "r3" not in out and "vault_meta" not in out


def test_backing_up_a_damaged_vault_says_the_vault_is_damaged(sec_vault, run, capsys, tmp_path):
    folder = sec_vault.path
    _two_tables_one_bad_page(sec_vault)
    out = tmp_path / "out" / "b.fkbackup"
    out.parent.mkdir()
    assert run("backup", folder, "--out", out) == 13
    err = capsys.readouterr().err
    assert "vault's database is damaged, so no backup was written" in err
    assert "backup file is damaged" not in err
    assert list(out.parent.iterdir()) == []
    assert not [p for p in (folder / "backups").iterdir()]
