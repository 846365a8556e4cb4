"""``AssessmentHistoryModel``: one contact's assessment history, newest first.

Assessments are append-only, so the model is read-only and a new assessment shows up as one more
row after the page reloads the history. The level column shows the label next to a colour swatch
(never colour alone).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, QObject, QPersistentModelIndex

from ui.models.roles import DECORATION, DISPLAY, UNKNOWN_LEVEL, LevelStyle
from ui.models.row_list_model import ListColumn, RowListModel

COL_DATE = 0
COL_LEVEL = 1
COL_BY = 2
COL_EVIDENCE = 3


class AssessmentHistoryModel(RowListModel):
    columns = (
        ListColumn(QT_TR_NOOP("Date"), "assessed_on"),
        ListColumn(QT_TR_NOOP("Assessment"), "level"),
        ListColumn(QT_TR_NOOP("By"), "assessed_by"),
        ListColumn(QT_TR_NOOP("Evidence"), "evidence"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._levels: dict[int, LevelStyle] = {}

    def set_levels(self, levels: dict[int, LevelStyle]) -> None:
        self.beginResetModel()
        self._levels = dict(levels)
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if index.isValid() and index.column() == COL_LEVEL and role in (DISPLAY, DECORATION):
            level = getattr(self._rows[index.row()], "level", None)
            record = self._rows[index.row()]
            style = self._levels.get(level, UNKNOWN_LEVEL)
            if role == DECORATION:
                return style.colour
            now = getattr(record, "now", "")
            if now:  # a level since taken off the scale: its own words, and what it reads as
                return f"{getattr(record, 'label', '') or level} (now {style.text})"
            return style.text
        return super().data(index, role)
