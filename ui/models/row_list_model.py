"""``RowListModel``: a read-only table over a short list of frozen row dataclasses.

Used for lists that stay small (follow-ups due, one contact's assessment history, conversations of
one contact): the whole list is replaced with ``beginResetModel``/``endResetModel``. Each column
names the row attribute it shows and how to render it; ``SORT_ROLE`` returns the native value.
An area column names the row's area id too (``path_of``): with ``set_area_labels`` it shows the
area's whole path ("Floor 2 Billing / Team North"), as one workplace often has several areas of
the same name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TR_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
)

from ui.i18n import shown
from ui.models.roles import (
    ACCESSIBLE,
    DECORATION,
    DISPLAY,
    ENABLED_SELECTABLE,
    HORIZONTAL,
    ID_ROLE,
    NO_FLAGS,
    SORT_ROLE,
    TOOLTIP,
)
from ui.widgets.locale_text import date_text


def plain_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return date_text(value)
    if isinstance(value, bool):
        return shown(QT_TR_NOOP("yes")) if value else ""
    return str(value)


@dataclass(frozen=True, slots=True)
class ListColumn:
    header: str
    attr: str
    render: Callable[[Any], str] = plain_text
    decoration: Callable[[Any], Any] | None = None
    # the row attribute holding the area id whose full path replaces the text (area columns)
    path_of: str | None = None
    # the header in the interface language when its English means two things ("For" a vote,
    # "For" a deadline): a ``translate(context, text, disambiguation)`` lupdate can read
    header_text: Callable[[], str] | None = None


class RowListModel(QAbstractTableModel):
    """A table of plain rows; ``id_attr`` names the attribute put in ``ID_ROLE``."""

    columns: tuple[ListColumn, ...] = ()
    id_attr = "id"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._area_labels: dict[int, str] = {}

    def set_area_labels(self, labels: dict[int, str]) -> None:
        """Full area paths by id for the columns with ``path_of`` (repainted at once)."""
        self._area_labels = dict(labels)
        if self._rows and self.columns:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.columns) - 1))

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Any:
        return ENABLED_SELECTABLE if index.isValid() else NO_FLAGS

    def headerData(self, section: int, orientation: Any, role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == HORIZONTAL and 0 <= section < len(self.columns):
            column = self.columns[section]
            return column.header_text() if column.header_text else shown(column.header)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        if role == ID_ROLE:
            return getattr(record, self.id_attr, None)
        column = self.columns[index.column()]
        if role in (DISPLAY, TOOLTIP, ACCESSIBLE):
            if column.path_of is not None:
                label = self._area_labels.get(getattr(record, column.path_of, None))
                if label is not None:
                    return label
            return column.render(getattr(record, column.attr, None))
        if role == SORT_ROLE:
            return getattr(record, column.attr, None)
        if role == DECORATION and column.decoration is not None:
            return column.decoration(getattr(record, column.attr, None))
        return None
