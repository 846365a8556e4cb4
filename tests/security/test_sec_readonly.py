"""Issue 25: a read-only vault opens read-only, says so, and changes nothing.

Before, opening a vault chmodded a read-only ``vault.db`` and ``keys.json`` back to 0600 and left
empty -wal/-shm files beside them, and on a read-only file system every command ended in a
traceback. Now the vault is read through connections that change nothing (SQLite's immutable
mode when no WAL is in use, ``query_only``), the command line warns, every change is refused
with VaultReadOnly (exit 21), and the folder is byte for byte and mode for mode as it was.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PASSPHRASE, snapshot
from sqlalchemy import text

import forum_kit.cli as cli
from forum_kit.errors import VaultReadOnly
from forum_kit.vault import Vault


def _modes(folder: Path) -> dict[str, int]:
    return {p.name: stat.S_IMODE(p.stat().st_mode) for p in [folder, *folder.iterdir()]}


@pytest.fixture
def read_only_files(closed_vault):
    """A vault whose owner made vault.db and keys.json read-only (0400)."""
    folder, _ = closed_vault
    for name in ("vault.db", "keys.json"):
        (folder / name).chmod(0o400)
    yield folder
    for name in ("vault.db", "keys.json"):
        (folder / name).chmod(0o600)


def test_files_marked_read_only_open_read_only_and_stay_so(read_only_files, monkeypatch, capsys):
    folder = read_only_files
    before, modes = snapshot(folder), _modes(folder)
    v = Vault.open(folder, PASSPHRASE)
    try:
        assert v.read_only
        with v.unit_of_work() as s:
            assert s.execute(text("SELECT count(*) FROM vault_meta")).scalar_one() == 2
        with pytest.raises(VaultReadOnly), v.unit_of_work() as s:
            s.execute(text("INSERT INTO vault_meta (key, value) VALUES ('x', 'y')"))
        for change in (
            v.add_recovery_key,
            lambda: v.backup("manual"),
            lambda: v.change_passphrase(PASSPHRASE, PASSPHRASE + "!"),
        ):
            with pytest.raises(VaultReadOnly):
                change()
        assert v.check().ok
    finally:
        v.lock()
    assert _modes(folder) == modes  # not chmodded back to 0600
    assert snapshot(folder) == before  # no -wal, no -shm, nothing rewritten
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASSPHRASE)
    assert cli.main(["summary", str(folder)]) == 0
    assert "read-only" in capsys.readouterr().err
    assert cli.main(["recovery-key", str(folder)]) == VaultReadOnly.code
    assert "nothing was changed" in capsys.readouterr().err
    assert snapshot(folder) == before and _modes(folder) == modes


def test_a_whole_vault_backup_of_a_read_only_vault_is_written_elsewhere(
    read_only_files, tmp_path, monkeypatch
):
    folder = read_only_files
    before = snapshot(folder)
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "copy.fkbackup"
    assert cli.main(["backup", str(folder), "--out", str(out)]) == 0
    assert out.is_file()
    assert snapshot(folder) == before
    assert cli.main(["restore", str(out), str(tmp_path / "restored")]) == 0


def _read_only_mount_works() -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs tmpfs /mnt"], capture_output=True, timeout=30
    )
    return probe.returncode == 0


@pytest.mark.skipif(
    not _read_only_mount_works(), reason="needs user namespaces to mount a read-only file system"
)
def test_a_vault_on_a_read_only_file_system_opens_without_a_traceback(closed_vault, tmp_path):
    folder, _ = closed_vault
    before, modes = snapshot(folder), _modes(folder)
    script = (
        f"mount --bind '{folder}' '{folder}' && mount -o remount,bind,ro '{folder}' && "
        f"'{sys.executable}' -c 'import sys; from forum_kit.cli import main; "
        f'sys.exit(main(sys.argv[1:]))\' "$@"'
    )
    env = dict(os.environ, FORUM_KIT_PASSPHRASE=PASSPHRASE)

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["unshare", "-rm", "sh", "-c", script, "sh", *argv],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
        )

    for argv, code in (
        (("summary", str(folder)), 0),
        (("check", str(folder)), 0),
        (("recovery-key", str(folder)), VaultReadOnly.code),
    ):
        done = run(*argv)
        assert done.returncode == code, done.stderr
        assert "Traceback" not in done.stderr and "read-only" in done.stderr
    assert snapshot(folder) == before and _modes(folder) == modes
