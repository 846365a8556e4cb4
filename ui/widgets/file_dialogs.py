"""The one way the interface asks for a file or folder (SECURITY.md L-6: OS side channels).

Owns ``open_file``, ``save_file``, ``existing_folder`` and the dialog they share. Every chooser is
Qt's own dialog, never the platform's: a native GTK dialog adds the chosen file to the desktop's
``recently-used.xbel``, where anyone at the laptop (or the employer's IT) can read which exports
and backups exist. Qt's own dialog cannot be told not to save its state: its destructor writes the
visited folders (``history``) and the last folder (``lastVisited``) into the shared ``QtProject``
settings. So the dialog starts with an empty history, and after it is gone those two keys are put
back exactly as they were, which also leaves other Qt programs' values alone.

A test greps ``ui/`` for ``QFileDialog.`` outside this file, so a new call site cannot bypass it.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

QT_SETTINGS_ORGANISATION = "QtProject"
# the keys of Qt's FileDialog group that hold paths; the others (widths, view mode) do not
PATH_KEYS = ("FileDialog/history", "FileDialog/lastVisited")

_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def make_dialog(parent: QWidget | None, caption: str, directory: str = "",
                name_filter: str = "", *, mode: str) -> QFileDialog:
    """A Qt (non-native) dialog for ``mode`` "open", "save" or "folder", with no history.

    ``directory`` may end in a suggested file name, as with ``QFileDialog.getSaveFileName``.
    """
    dialog = QFileDialog(parent, caption, directory, name_filter)
    dialog.setOptions(_OPTIONS)
    if mode == "open":
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    elif mode == "save":
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOptions(_OPTIONS | QFileDialog.Option.ShowDirsOnly)
    else:
        raise ValueError(f"unknown file dialog mode: {mode}")
    # the constructor loaded other programs' visited folders; offer none, keep none
    dialog.setHistory([])
    return dialog


def _snapshot() -> dict[str, Any]:
    settings = QSettings(QSettings.Scope.UserScope, QT_SETTINGS_ORGANISATION)
    return {key: settings.value(key) for key in PATH_KEYS if settings.contains(key)}


def _restore(saved: dict[str, Any]) -> None:
    settings = QSettings(QSettings.Scope.UserScope, QT_SETTINGS_ORGANISATION)
    for key in PATH_KEYS:
        if key in saved:
            settings.setValue(key, saved[key])
        else:
            settings.remove(key)
    settings.sync()


def run_dialog(dialog: QFileDialog, *, runner: Any = None) -> str | None:
    """Show ``dialog`` modally; the chosen path, or None. Destroys the dialog and scrubs state.

    ``runner(dialog)`` replaces ``dialog.exec()`` in tests (it returns the dialog's result code).
    """
    saved = _snapshot()
    try:
        result = runner(dialog) if runner is not None else dialog.exec()
        chosen = dialog.selectedFiles() if result == QDialog.DialogCode.Accepted else []
        dialog.setHistory([])
    finally:
        # destroy now, not at garbage collection: the destructor is what writes the settings
        if shiboken6.isValid(dialog):
            shiboken6.delete(dialog)
        _restore(saved)
    return chosen[0] if chosen and chosen[0] else None


def open_file(parent: QWidget | None, caption: str, directory: str = "",
              name_filter: str = "") -> str | None:
    """An existing file to read, or None when cancelled."""
    return run_dialog(make_dialog(parent, caption, directory, name_filter, mode="open"))


def save_file(parent: QWidget | None, caption: str, suggested: str = "",
              name_filter: str = "") -> str | None:
    """A path to write (Qt asks before overwriting), or None when cancelled."""
    return run_dialog(make_dialog(parent, caption, suggested, name_filter, mode="save"))


def existing_folder(parent: QWidget | None, caption: str, directory: str = "") -> str | None:
    """An existing folder, or None when cancelled."""
    return run_dialog(make_dialog(parent, caption, directory, mode="folder"))
