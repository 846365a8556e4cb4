"""What every document form on the Documents page shares: the form base class and its widgets.

This module owns ``DocumentForm`` (emits ``changed`` on every edit, ``request()`` reads it on the
GUI thread), the checkable list views for meetings and areas, the date and paper pickers, and
turning the text boxes into lines and paragraphs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ui.i18n import translate
from ui.models.roles import ID_ROLE
from ui.widgets.dates import date_edit as shared_date_edit

CHECKED = Qt.CheckState.Checked
UNCHECKED = Qt.CheckState.Unchecked
REDACTION_LABELS = (
    ("initials", QT_TR_NOOP("Initials only")),
    ("numbers", QT_TR_NOOP("Row numbers only (no names)")),
    ("names", QT_TR_NOOP("Full names")),
)


def lines_of(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def paragraphs_of(text: str) -> tuple[str, ...]:
    """Paragraphs separated by a blank line; the lines inside one are joined."""
    out, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return tuple(out)


def check_list(name: str) -> tuple[QListView, QStandardItemModel]:
    model = QStandardItemModel()
    view = QListView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setMinimumHeight(90)
    return view, model


def fill_checks(model: QStandardItemModel, items: list[tuple[int, str]], checked: set[int]) -> None:
    model.clear()
    for item_id, text in items:
        item = QStandardItem(text)
        item.setData(item_id, ID_ROLE)
        item.setCheckable(True)
        item.setCheckState(CHECKED if item_id in checked else UNCHECKED)
        model.appendRow(item)


def checked_ids(model: QStandardItemModel) -> list[int]:
    return [
        model.item(r).data(ID_ROLE)
        for r in range(model.rowCount())
        if model.item(r).checkState() == CHECKED
    ]


def set_checked(model: QStandardItemModel, ids: list[int]) -> None:
    wanted = set(ids)
    for r in range(model.rowCount()):
        item = model.item(r)
        item.setCheckState(CHECKED if item.data(ID_ROLE) in wanted else UNCHECKED)


def date_edit(name: str) -> QDateEdit:
    """The app's one date field (Tab leaves it, Alt+Down opens its calendar), named."""
    edit = shared_date_edit()
    edit.setAccessibleName(name)
    return edit


def paper_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItems(["A4", translate("FormBase", "Letter")])
    combo.setAccessibleName("Paper")
    return combo


class DocumentForm(QWidget):
    """A document form: emits ``changed`` on every edit; ``request()`` reads it (GUI thread)."""

    changed = Signal()
    needs_vault = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: Any = None
        self._loading = False

    def _emit(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def _watch(self, *widgets: QWidget) -> None:
        for w in widgets:
            if isinstance(w, QLineEdit):
                w.textChanged.connect(self._emit)
            elif isinstance(w, QPlainTextEdit):
                w.textChanged.connect(self._emit)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self._emit)
            elif isinstance(w, QDateEdit):
                w.dateChanged.connect(self._emit)
            elif isinstance(w, QSpinBox):
                w.valueChanged.connect(self._emit)
            elif isinstance(w, QGroupBox | QCheckBox):
                w.toggled.connect(self._emit)

    def load(self, ctx: Any) -> None:
        self.ctx = ctx

    def clear(self) -> None:
        """Drop what came from the vault."""

    def request(self) -> Any:
        raise NotImplementedError
