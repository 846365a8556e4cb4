"""SECURITY.md L-6: choosing a file leaves no trace of the path in the desktop's recent files or
in Qt's shared file-dialog settings, and every chooser in ``ui/`` goes through one helper."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Runs in a fresh process: Qt caches where the user's settings live on first use, so only a new
# process honours HOME / XDG_* pointed at tmp_path.
DRIVER = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from ui.widgets import file_dialogs

app = QApplication([])
mode, target = sys.argv[1], sys.argv[2]
seen = {}

def accept():
    dialog = QApplication.activeModalWidget()
    seen["native"] = not dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    seen["history"] = dialog.history()
    dialog.selectFile(target)
    dialog.accept()

QTimer.singleShot(0, accept)
if mode == "save":
    chosen = file_dialogs.save_file(None, "Export to", str(Path(target).parent / "export.csv"),
                                    "*.csv")
elif mode == "open":
    chosen = file_dialogs.open_file(None, "Choose", str(Path(target).parent))
else:
    chosen = file_dialogs.existing_folder(None, "Folder", str(Path(target).parent))
print(repr((chosen, seen["native"], seen["history"])))
"""


def _run(tmp_path: Path, mode: str, target: Path) -> tuple[str | None, bool, list[str]]:
    env = {**os.environ, "HOME": str(tmp_path / "home"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    (tmp_path / "home").mkdir(exist_ok=True)
    done = subprocess.run([sys.executable, "-c", DRIVER, mode, str(target)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    return eval(done.stdout.strip().splitlines()[-1])  # noqa: S307 - our own repr() above


def _traces(tmp_path: Path, needle: str) -> list[Path]:
    return [path for path in tmp_path.rglob("*")
            if path.is_file() and needle.encode() in path.read_bytes()]


@pytest.mark.parametrize("mode", ["save", "open"])
def test_a_chosen_file_leaves_no_trace_in_recent_lists_or_qt_settings(tmp_path, mode):
    secret_dir = tmp_path / "union-exports-a7f3"
    secret_dir.mkdir()
    target = secret_dir / "members-a7f3.csv"
    if mode == "open":
        target.write_text("x")
    chosen, native, history = _run(tmp_path, mode, target)
    assert chosen == str(target)
    assert native is False
    # while open, the dialog's history is only where it was started (in memory, never saved)
    assert set(history) <= {str(secret_dir)}
    assert not (tmp_path / "data" / "recently-used.xbel").exists()
    # neither the file nor the folder it is in: Qt records folders
    everything = [p for p in _traces(tmp_path, "a7f3") if secret_dir not in p.parents]
    assert everything == []


def test_a_chosen_folder_leaves_no_trace(tmp_path):
    secret_dir = tmp_path / "vaults-b9e1"
    (secret_dir / "inner").mkdir(parents=True)
    chosen, native, _history = _run(tmp_path, "folder", secret_dir / "inner")
    assert chosen == str(secret_dir / "inner")
    assert native is False
    assert [p for p in _traces(tmp_path, "b9e1") if secret_dir not in p.parents] == []


def test_other_programs_qt_dialog_settings_are_kept(tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    # what another Qt program left: restored as it was, not wiped
    (config / "QtProject.conf").write_text(
        "[FileDialog]\nhistory=file:///srv/other-app\nlastVisited=file:///srv/other-app\n")
    secret_dir = tmp_path / "exports-c4d2"
    secret_dir.mkdir()
    _chosen, _native, history = _run(tmp_path, "save", secret_dir / "out-c4d2.csv")
    assert "/srv/other-app" not in history  # nor does it offer theirs
    text = (config / "QtProject.conf").read_text()
    assert "c4d2" not in text
    assert "lastVisited=file:///srv/other-app" in text
    assert "history=file:///srv/other-app" in text


def test_no_file_dialog_in_ui_bypasses_the_helper():
    helper = ROOT / "ui" / "widgets" / "file_dialogs.py"
    pattern = re.compile(r"\bQFileDialog\b|\bQFileDialog\.get|getOpenFileName|getSaveFileName"
                         r"|getExistingDirectory|QFileSystemModel")
    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path == helper:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == [], "use ui.widgets.file_dialogs (SECURITY.md L-6):\n" + "\n".join(
        offenders)
