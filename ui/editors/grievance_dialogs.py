"""The small modal questions of the grievance editor: one date (filing, answer, appeal) and a
written extension (which deadline, the new date, when and with whom it was agreed).

Owns ``DateDialog`` and ``ExtensionDialog`` and the functions that run them (``ask_date``,
``ask_extension``), which return plain values, or None when cancelled; the editor keeps those
functions as injectable attributes so tests answer them without opening a window
(ARCHITECTURE.md rule 11).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from ui.editors.common import from_qdate
from ui.widgets.dates import date_edit
from ui.widgets.fit import fit_dialog


def _ok_cancel(dialog: QDialog, form: QFormLayout) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    fit_dialog(dialog)


class DateDialog(QDialog):
    """One date, labelled."""

    def __init__(self, parent: QWidget | None, title: str, label: str, default: dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.date = date_edit(default)
        form.addRow(label, self.date)
        _ok_cancel(self, form)

    def value(self) -> dt.date:
        return from_qdate(self.date.date())


class ExtensionDialog(QDialog):
    """Which deadline a written extension moves, to when, agreed when and with whom."""

    def __init__(
        self, parent: QWidget | None, today: dt.date, kinds: list[tuple[str, str]]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Written extension"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        for value, label in kinds:
            self.kind.addItem(label, value)
        self.new_date = date_edit(today + dt.timedelta(days=7))
        self.agreed_on = date_edit(today)
        self.agreed_with = QLineEdit()
        self.agreed_with.setPlaceholderText(self.tr("e.g. HR manager, in writing"))
        form.addRow(self.tr("&Deadline:"), self.kind)
        form.addRow(self.tr("&New date:"), self.new_date)
        form.addRow(self.tr("&Agreed on:"), self.agreed_on)
        form.addRow(self.tr("Agreed &with:"), self.agreed_with)
        _ok_cancel(self, form)

    def value(self) -> tuple[str, dt.date, dt.date, str]:
        return (
            self.kind.currentData(),
            from_qdate(self.new_date.date()),
            from_qdate(self.agreed_on.date()),
            self.agreed_with.text(),
        )


def ask_date(parent: QWidget | None, title: str, label: str, default: dt.date) -> dt.date | None:
    """Ask for one date; None when cancelled."""
    dialog = DateDialog(parent, title, label, default)
    try:
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_extension(
    parent: QWidget | None, today: dt.date, kinds: list[tuple[str, str]]
) -> tuple[str, dt.date, dt.date, str] | None:
    """Ask for (deadline kind, new date, agreed on, agreed with); None when cancelled."""
    dialog = ExtensionDialog(parent, today, kinds)
    try:
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


__all__ = ["DateDialog", "ExtensionDialog", "ask_date", "ask_extension"]
