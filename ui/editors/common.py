"""Helpers shared by the Map, People and Conversations pages and their editors.

Owns the default, injectable prompts (``prompt_text``, ``show_error``) that pages keep as
attributes so tests replace them instead of driving modal dialogs (ARCHITECTURE.md rule 11), the
conversion of core errors into words, reading a typed setting from the context, and the whole
paths of areas for lists and pickers (``area_labels``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget

from forum_kit.errors import ForumKitError
from ui.i18n import translate
from ui.models.roles import LevelStyle, level_styles

SETTING_DEFAULTS = {"stale_days": 90, "default_workplace_id": None, "due_soon_working_days": 3}


def setting(ctx: Any, key: str) -> Any:
    """A setting's value from ``ctx.settings`` (a ``SettingsStore``), or its default."""
    store = getattr(ctx, "settings", None)
    if store is None:
        return SETTING_DEFAULTS.get(key)
    getter = getattr(store, "get", None)
    try:
        value = getter(key) if callable(getter) else getattr(store, key)
    except Exception:  # noqa: BLE001 - a broken settings file must not stop the pages
        value = None
    return SETTING_DEFAULTS.get(key) if value is None else value


def prompt_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """Ask for one line of text; None when cancelled."""
    dialog = text_dialog(parent, title, label, text)
    try:
        return dialog.textValue() if dialog.exec() == QInputDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def text_dialog(parent: QWidget | None, title: str, label: str, text: str = "") -> QInputDialog:
    """The dialog ``prompt_text`` runs: one line, wide enough for its title."""
    from ui.widgets.fit import fit_dialog

    dialog = QInputDialog(parent)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    fit_dialog(dialog)
    return dialog


def show_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, translate("Common", "Forum Kit") if parent else "Forum Kit",
                        message)


def error_text(error: BaseException) -> str:
    """The words shown for an error: the core's own message, never a driver's (it may hold data)."""
    if isinstance(error, ForumKitError):
        return error.message
    return translate("Common", "The change could not be saved. Nothing was changed.")


def set_error_label(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def area_labels(ctx: Any, workplace_id: int | None = None) -> dict[int, str]:
    """Whole area paths by id, for lists and pickers where several areas share a name: of one
    workplace, or of all (each after its workplace's name when there are several)."""
    from forum_kit.queries import areas as areas_q
    from ui.models.area_tree_model import workplace_area_paths

    try:
        with ctx.unit_of_work() as session:
            places = [w for w in areas_q.workplaces(session, counts=False)
                      if workplace_id is None or w.id == workplace_id]
            return dict(workplace_area_paths(
                (w.name, areas_q.area_tree(session, w.id, counts=False)) for w in places))
    except ForumKitError:
        return {}


def load_levels(session: Any) -> dict[int, LevelStyle]:
    """The vault's assessment scale as level -> label and swatch colour."""
    from forum_kit.services.scale import scale

    return level_styles(scale(session))
