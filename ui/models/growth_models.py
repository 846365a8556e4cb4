"""``GrowthTableModel``: the table under the Growth chart, one row per area as of a date.

Rows are ``forum_kit.growth.AreaFigures`` (the same series the chart and the PDF documents read).
The Area column shows the area's full path ("Floor 2 Billing / Team North") when ``set_rows``
is given the paths, so two teams of the same name tell apart.
``set_rows`` puts the areas below the 1:10 committee target first (then by name), so the gaps are
the first thing read; a view may sort any column through ``SORT_ROLE`` (native numbers).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QBrush, QColor

from ui.i18n import translate
from ui.models.roles import ALIGN, ALIGN_RIGHT, DISPLAY, FOREGROUND, SORT_ROLE
from ui.models.row_list_model import ListColumn, RowListModel
from ui.widgets.locale_text import pct_text


def pct(value: object) -> str:
    return pct_text(value)  # type: ignore[arg-type]


def _below(value: object) -> str:
    return translate("GrowthLists", "below 1:10") if value else translate("GrowthLists", "ok")


COL_AREA = 0
COL_BELOW = 9


class GrowthTableModel(RowListModel):
    columns = (
        ListColumn(QT_TR_NOOP("Area"), "area_name"),
        ListColumn(QT_TR_NOOP("Headcount"), "headcount"),
        ListColumn(QT_TR_NOOP("Supporters"), "supporters_pct", pct),
        ListColumn(QT_TR_NOOP("Assessed"), "assessed_pct", pct),
        ListColumn(QT_TR_NOOP("Committee"), "committee_members"),
        ListColumn(QT_TR_NOOP("Target (1:10)"), "target_members"),
        ListColumn(QT_TR_NOOP("1:1s, 90 days"), "one_on_ones_90d"),
        ListColumn(QT_TR_NOOP("Last test"), "last_test_pct", pct),
        ListColumn(QT_TR_NOOP("Open grievances"), "open_grievances"),
        ListColumn(QT_TR_NOOP("Committee target"), "below_target", _below),
    )
    id_attr = "area_id"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._paths: dict[int, str] = {}

    def set_rows(self, rows: Sequence[Any], *, paths: dict[int, str] | None = None) -> None:
        self._paths = dict(paths or {})
        super().set_rows(sorted(rows, key=lambda r: (not r.below_target,
                                                     self.area_label(r).casefold(), r.area_id)))

    def area_label(self, row: Any) -> str:
        """The area's path when known, else its name."""
        return self._paths.get(row.area_id) or row.area_name

    def clear(self) -> None:
        self._paths = {}
        super().clear()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if index.isValid():
            if role in (DISPLAY, SORT_ROLE) and index.column() == COL_AREA:
                return self.area_label(self._rows[index.row()])
            if role == ALIGN and 0 < index.column() < COL_BELOW:
                return ALIGN_RIGHT
            if role == FOREGROUND and self._rows[index.row()].below_target \
                    and index.column() in (COL_AREA, 4, 5, COL_BELOW):
                return QBrush(QColor("#b71c1c"))
        return super().data(index, role)
