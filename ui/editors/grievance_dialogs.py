"""The small modal questions of the grievance editor: one date (filing, answer, appeal) and a
written extension (which deadline, the new date, when and with whom it was agreed).

Each returns plain values, or None when cancelled; the editor keeps them as injectable
attributes so tests answer them without opening a window (ARCHITECTURE.md rule 11).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from ui.editors.common import from_qdate, to_qdate


def _ok_cancel(dialog: QDialog, form: QFormLayout) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def ask_date(parent: QWidget | None, title: str, label: str, default: dt.date) -> dt.date | None:
    """Ask for one date; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    form = QFormLayout(dialog)
    edit = _date_edit(default)
    form.addRow(label, edit)
    _ok_cancel(dialog, form)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return from_qdate(edit.date())
    finally:
        dialog.deleteLater()


def ask_extension(
    parent: QWidget | None, today: dt.date, kinds: list[tuple[str, str]]
) -> tuple[str, dt.date, dt.date, str] | None:
    """Ask for (deadline kind, new date, agreed on, agreed with); None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(dialog.tr("Written extension"))
    form = QFormLayout(dialog)
    kind = QComboBox()
    for value, label in kinds:
        kind.addItem(label, value)
    new_date = _date_edit(today + dt.timedelta(days=7))
    agreed_on = _date_edit(today)
    agreed_with = QLineEdit()
    agreed_with.setPlaceholderText(dialog.tr("e.g. HR manager, in writing"))
    form.addRow(dialog.tr("&Deadline:"), kind)
    form.addRow(dialog.tr("&New date:"), new_date)
    form.addRow(dialog.tr("&Agreed on:"), agreed_on)
    form.addRow(dialog.tr("Agreed &with:"), agreed_with)
    _ok_cancel(dialog, form)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return (
            kind.currentData(),
            from_qdate(new_date.date()),
            from_qdate(agreed_on.date()),
            agreed_with.text(),
        )
    finally:
        dialog.deleteLater()


__all__ = ["ask_date", "ask_extension"]
