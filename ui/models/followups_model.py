"""``FollowUpsModel``: the follow-ups due list of the Conversations page, in date order.

Rows come from ``forum_kit.queries.followups.follow_ups_due`` already sorted by date (SQL
``ORDER BY``), at most the page's limit (500 by default), so the model never holds more; it
only shows them. ``ID_ROLE`` is the conversation id.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor

from ui.models.roles import DISPLAY, FOREGROUND
from ui.models.row_list_model import ListColumn, RowListModel
from ui.widgets.locale_text import date_text

COL_DUE = 0
COL_PERSON = 1
COL_AREA = 2
COL_BY = 3

_OVERDUE = QColor("#b71c1c")


class FollowUpsModel(RowListModel):
    columns = (
        ListColumn(QT_TR_NOOP("Due"), "follow_up_on"),
        ListColumn(QT_TR_NOOP("Person"), "contact_name"),
        ListColumn(QT_TR_NOOP("Area"), "area_name", path_of="area_id"),
        ListColumn(QT_TR_NOOP("Talked by"), "by_name"),
    )
    id_attr = "conversation_id"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = None

    def set_today(self, today: Any) -> None:
        self._today = today

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if role == DISPLAY and index.isValid() and index.column() == COL_DUE:
            record = self._rows[index.row()]
            # Overdue is said in words too, never by colour alone.
            day = date_text(record.follow_up_on)
            return self.tr("{day}  overdue").format(day=day) if self._overdue(record) else day
        if role == FOREGROUND and index.isValid():
            return _OVERDUE if self._overdue(self._rows[index.row()]) else None
        return super().data(index, role)

    def _overdue(self, record: Any) -> bool:
        overdue = getattr(record, "overdue", None)
        if overdue is None and self._today is not None:
            overdue = record.follow_up_on < self._today
        return bool(overdue)

    def contact_id_at(self, row: int) -> int | None:
        record = self.row_at(row)
        return None if record is None else record.contact_id
