"""``CoverageModel``: a ``forum_kit.queries.coverage.CoverageMatrix`` as a table. With one
grouping, a row per group with people, committee members, helpers, members needed at one in ten
and how many short; with two, a row per group of the first and a column per group of the second,
each cell "people · members C" ("nobody" where people have no committee member), and totals.
A cell's background says nobody / short / covered, and so do its words and tooltip (colour is
never the only carrier). Rows and columns are fixed by the matrix; the whole model resets when a
new matrix is set."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TR_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ui.i18n import shown, translate
from ui.models.roles import (
    ACCESSIBLE,
    ALIGN_RIGHT,
    DISPLAY,
    ENABLED_SELECTABLE,
    HORIZONTAL,
    NO_FLAGS,
    SORT_ROLE,
    TOOLTIP,
)

BACKGROUND = Qt.ItemDataRole.BackgroundRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
NOBODY = QColor("#ffcdd2")
SHORT = QColor("#ffe0b2")
COVERED = QColor("#c8e6c9")
NOT_RECORDED = QT_TR_NOOP("(not recorded)")
TOTAL = QT_TR_NOOP("Total")
_DIMENSION_WORDS = {
    "area": QT_TR_NOOP("Area"),
    "shift": QT_TR_NOOP("Shift"),
    "language": QT_TR_NOOP("Language"),
    "job": QT_TR_NOOP("Job"),
}
_SINGLE = (
    QT_TR_NOOP("People"),
    QT_TR_NOOP("Committee (C)"),
    QT_TR_NOOP("Helpers (CH)"),
    QT_TR_NOOP("Needed at 1:10"),
    QT_TR_NOOP("Short"),
)


def group_text(key: str) -> str:
    return key if key else shown(NOT_RECORDED)


def cell_text(cell: Any) -> str:
    if not cell.people:
        return ""
    if cell.nobody:
        return f"{cell.people} · nobody"
    return f"{cell.people} · {cell.members} C"


def cell_words(where: str, cell: Any) -> str:
    """The full sentence for a cell's tooltip and screen reader, in the interface language."""
    if not cell.people:
        return translate("CoverageModel", "{where}: nobody works here.").format(where=where)
    text = translate(
        "CoverageModel",
        "{where}. People: {people}; committee members: {members}; helpers: {helpers}; "
        "one in ten needs {needed}.",
    ).format(where=where, people=cell.people, members=cell.members, helpers=cell.helpers,
             needed=cell.needed)
    if cell.nobody:
        state = translate("CoverageModel", "The committee has nobody here.")
    elif cell.short:
        state = translate("CoverageModel", "Short by {short}.").format(short=cell.short)
    else:
        state = translate("CoverageModel", "Covered.")
    return f"{text} {state}"


def cell_colour(cell: Any) -> QColor | None:
    if not cell.people:
        return None
    if cell.nobody:
        return NOBODY
    return SHORT if cell.short else COVERED


class CoverageModel(QAbstractTableModel):
    """The coverage matrix as a read-only table (rows of groups plus a total row)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix: Any = None

    def set_matrix(self, matrix: Any) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def clear(self) -> None:
        self.set_matrix(None)

    def _two(self) -> bool:
        return self.matrix is not None and self.matrix.columns_by is not None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.matrix is None:
            return 0
        return len(self.matrix.row_keys) + 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.matrix is None:
            return 0
        if self._two():
            return len(self.matrix.column_keys) + 2
        return len(_SINGLE) + 1

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Any:
        return ENABLED_SELECTABLE if index.isValid() else NO_FLAGS

    def headerData(self, section: int, orientation: Any, role: int = DISPLAY) -> Any:
        if role != DISPLAY or orientation != HORIZONTAL or self.matrix is None:
            return None
        if section == 0:
            return shown(_DIMENSION_WORDS.get(self.matrix.rows_by, self.matrix.rows_by))
        if self._two():
            keys = self.matrix.column_keys
            return group_text(keys[section - 1]) if section <= len(keys) else shown(TOTAL)
        return shown(_SINGLE[section - 1]) if section <= len(_SINGLE) else None

    def _row(self, row: int) -> tuple[str, bool]:
        keys = self.matrix.row_keys
        return (keys[row], False) if row < len(keys) else (TOTAL, True)

    def cell_at(self, row: int, column: int) -> Any:
        """The coverage cell a table cell shows (None for the group name column)."""
        if self.matrix is None or column == 0:
            return None
        key, total = self._row(row)
        if self._two():
            keys = self.matrix.column_keys
            col_key = keys[column - 1] if column <= len(keys) else None
            if total:
                return self.matrix.total if col_key is None else self.matrix.column_totals[col_key]
            return (
                self.matrix.row_totals[key] if col_key is None else self.matrix.cell(key, col_key)
            )
        return self.matrix.total if total else self.matrix.row_totals[key]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid() or self.matrix is None:
            return None
        row, column = index.row(), index.column()
        key, total = self._row(row)
        name = shown(TOTAL) if total else group_text(key)
        if column == 0:
            if role in (DISPLAY, TOOLTIP, ACCESSIBLE):
                return name
            return name if role == SORT_ROLE else None
        cell = self.cell_at(row, column)
        if role == BACKGROUND:
            return cell_colour(cell)
        if role == ALIGNMENT:
            return ALIGN_RIGHT
        if self._two():
            if role == DISPLAY:
                return cell_text(cell)
            if role in (TOOLTIP, ACCESSIBLE):
                col = self.headerData(column, HORIZONTAL)
                return cell_words(f"{name}, {col}", cell)
            return cell.people if role == SORT_ROLE else None
        values = (cell.people, cell.members, cell.helpers, cell.needed, cell.short)
        value = values[column - 1]
        if role == DISPLAY:
            if column == 5 and cell.nobody:
                return f"{value} (nobody)"
            return str(value)
        if role in (TOOLTIP, ACCESSIBLE):
            return cell_words(name, cell)
        return value if role == SORT_ROLE else None
