"""Issue 25: files a ``kill -9`` left behind, each now removed by the next start.

An XLSX export killed half-way left a hidden staging folder beside the export holding the whole
sheet in plain text; a backup killed during its verification left a full encrypted copy in the
system's temp folder and a hidden ``.tmp`` beside the output. Working files now live in the
staging area or are registered there (``forum_kit.staging``), and every start of the command line
and of the app sweeps what a dead process left: after one start nothing of the killed work
remains anywhere, and work still running in another process is never touched.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import PASSPHRASE

import forum_kit.cli as cli
from forum_kit import staging

SENTINEL = "Qx7LeftBehindSentinel"


def _files(*folders: Path) -> list[Path]:
    return sorted(
        p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()
    )


def _holding_sentinel(*folders: Path) -> list[Path]:
    return [p for p in _files(*folders) if SENTINEL.encode() in p.read_bytes()]


def _run_child(code: str, tmp_path: Path) -> None:
    """Run ``code`` in a child that kills itself (SIGKILL) where the code says so."""
    env = dict(os.environ, TMPDIR=str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir(exist_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr


def _start_the_command_line(tmp_path: Path) -> None:
    """Any command starts with the sweep, even one that then fails."""
    assert (
        cli.main(
            [
                "summary",
                str(tmp_path / "no-such-vault"),
                "--passphrase-file",
                str(tmp_path / "no-such-file"),
            ]
        )
        == 3
    )


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_an_export_killed_half_way_leaves_nothing_after_the_next_start(fmt, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    _run_child(
        f"""
        import os, signal
        from forum_kit.exchange.exporter import Column, export_rows

        def rows():
            for i in range(3000):
                yield {{"first_name": "{SENTINEL}", "last_name": f"n{{i:05d}}" + "x" * 200}}
            os.kill(os.getpid(), signal.SIGKILL)  # the export is killed before it completes

        export_rows(rows(), [Column("first_name", "First"), Column("last_name", "Last")],
                    {str(out / ("people." + fmt))!r}, {fmt!r})
    """,
        tmp_path,
    )
    area = staging.staging_root()
    left = _holding_sentinel(out, area, tmp_path / "tmp")
    assert left, "the killed export wrote nothing: the test proves nothing"
    _start_the_command_line(tmp_path)
    assert _holding_sentinel(out, area, tmp_path / "tmp") == []
    assert _files(out, area, tmp_path / "tmp") == []
    assert [p.name for p in out.iterdir()] == []  # no hidden folder either


def test_a_backup_killed_during_its_verification_leaves_nothing_after_the_next_start(
    closed_vault, tmp_path
):
    folder, _ = closed_vault
    out = tmp_path / "out"
    out.mkdir()
    _run_child(
        f"""
        import os, signal
        import forum_kit.vault_backup as vb
        from forum_kit.vault import Vault

        def killed(path, key):
            os.kill(os.getpid(), signal.SIGKILL)  # the verification copy is written by now

        vb._check_database = killed
        vault = Vault.open({str(folder)!r}, {PASSPHRASE!r})
        vb.write_backup(vault, {str(out / "b.fkbackup")!r})
    """,
        tmp_path,
    )
    area = staging.staging_root()
    before = _files(out, area, tmp_path / "tmp", folder / "backups")
    assert any(p.name.endswith(".tmp") for p in before), before  # the half-made backup
    assert any(p.name == "vault.db" for p in before), before  # the verification copy
    _start_the_command_line(tmp_path)
    assert _files(out, area, tmp_path / "tmp", folder / "backups") == []
    assert list(out.iterdir()) == []


def test_the_sweep_leaves_the_work_of_a_living_process_alone(tmp_path):
    target = tmp_path / ".live.csv.0a1b2c.tmp"
    with staging.stage_dir() as working, staging.tracked(target):
        target.write_text("still being written")
        (working / "sheet.xml").write_text("still being written")
        # another process (a second window, a command line) starts meanwhile
        code = "from forum_kit.staging import sweep; print(sweep())"
        swept = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            timeout=60,
            env=dict(os.environ),
        )
        assert swept.stdout.strip() == "0", swept.stderr
        assert target.exists() and (working / "sheet.xml").exists()
    assert not target.exists() or target.read_text() == "still being written"
    assert list(staging.staging_root().iterdir()) == []


def test_the_sweep_removes_only_files_named_like_working_files(tmp_path):
    record = staging.staging_root() / "0123456789abcdef.lock"
    precious = tmp_path / "people.csv"  # a register pointing at a user's file is never obeyed
    precious.write_text("keep me")
    record.write_text(str(precious))
    assert staging.sweep() == 1
    assert precious.read_text() == "keep me"
    with pytest.raises(ValueError):
        with staging.tracked(precious):
            pass


def test_the_app_sweeps_at_start(monkeypatch):
    import ui.app as app_mod

    calls: list[str] = []

    class Controller:
        def __init__(self, deps) -> None:
            calls.append("controller")

        def start(self, **kwargs) -> None:
            pass

    monkeypatch.setattr("forum_kit.staging.sweep", lambda: calls.append("sweep") or 0)
    monkeypatch.setattr(app_mod, "AppController", Controller)
    monkeypatch.setattr(app_mod, "preload_in_background", lambda: None)
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    assert app_mod.main([]) == 0
    assert calls == ["sweep", "controller"]
