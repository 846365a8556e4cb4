"""Dialogs of the Map page's area actions: name-and-kind of a new area, the target of a move,
and what to do with the people of an area being deleted (refuse or move them: the user chooses).

Each is a plain function returning the answer (None when cancelled); the Map page keeps them as
injectable attributes so tests answer without a modal dialog.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translate
from ui.widgets.fit import fit_dialog
from ui.widgets.layout import path_combo

TOP_LEVEL = -1  # the "no parent" choice of a move, as an id no area can have


class AreaDialog(QDialog):
    """Name and kind (department, line, shift, ward...) of an area."""

    def __init__(self, parent: QWidget | None, title: str, name: str = "", kind: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.name = QLineEdit(name)
        self.kind = QLineEdit(kind or "area")
        self.kind.setPlaceholderText(self.tr("department, line, shift, ward…"))
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Kind"), self.kind)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        fit_dialog(self)


def ask_area(parent: QWidget | None, title: str, name: str = "", kind: str = "") -> (
    tuple[str, str] | None
):
    dialog = AreaDialog(parent, title, name, kind)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.name.text(), dialog.kind.text()


class ChooseAreaDialog(QDialog):
    """Pick one area from a list of (id, path); optionally a "top level" choice first."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        message: str,
        choices: Sequence[tuple[int, str]],
        top_level_label: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        text = QLabel(message)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.combo = path_combo(20)
        if top_level_label is not None:
            self.combo.addItem(top_level_label, TOP_LEVEL)
        for area_id, path in choices:
            self.combo.addItem(path, area_id)
        text.setBuddy(self.combo)
        layout.addWidget(self.combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_dialog(self)


class AreaDialogWords(QObject):
    """The module's counted words (lupdate reads a message's plural forms from ``self.tr``)."""

    def people_in_area(self, n: int) -> str:
        return self.tr("%n people or grievances are in this area (or its sub-areas). Choose the "
                       "area to move them to before it is deleted, or cancel.", "", n)


def move_dialog(parent: QWidget | None, choices: Sequence[tuple[int, str]]) -> ChooseAreaDialog:
    """The dialog ``choose_move_target`` runs (built apart so it can be shown and tested)."""
    return ChooseAreaDialog(
        parent, translate("AreaDialogs", "Move area"),
        translate("AreaDialogs", "Move the area (with its sub-areas) under:"), choices,
        top_level_label=translate("AreaDialogs", "(top level)"),
    )


def choose_move_target(
    parent: QWidget | None, choices: Sequence[tuple[int, str]]
) -> int | None:
    """Where to move an area: an area id, ``TOP_LEVEL``, or None when cancelled."""
    dialog = move_dialog(parent, choices)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.combo.currentData()


def choose_people_target(
    parent: QWidget | None, people: int, choices: Sequence[tuple[int, str]]
) -> int | None:
    """The area to move the people (and grievances) of a deleted area into; None cancels the
    delete. ``people`` counts both, never names them."""
    if not choices:
        return None
    dialog = ChooseAreaDialog(
        parent, translate("AreaDialogs", "Delete area"),
        AreaDialogWords().people_in_area(people),
        choices,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.combo.currentData()
