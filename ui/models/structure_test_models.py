"""Qt models of the structure-test panel: the tests, the people asked in one area and the results.

Owns ``StructureTestsModel`` (the workplace's tests), ``OutcomesModel`` (the people of the chosen
area with their recorded outcome; one cell changes with ``dataChanged`` when an outcome is
recorded, so the list does not jump) and ``ResultsModel`` (``queries.structure_tests.AreaResult``
rows: participation % against the threshold, said in words as well as colour).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QBrush, QColor

from ui.i18n import shown, translate
from ui.models.roles import DISPLAY, FOREGROUND
from ui.models.row_list_model import ListColumn, RowListModel
from ui.widgets.locale_text import pct_text

KIND_LABELS = {
    "petition": QT_TR_NOOP("Petition"),
    "photo_board": QT_TR_NOOP("Photo board"),
    "button_day": QT_TR_NOOP("Button / sticker day"),
    "march_on_the_boss": QT_TR_NOOP("March on the boss"),
    "strike_vote": QT_TR_NOOP("Strike vote"),
    "other": QT_TR_NOOP("Other"),
}
OUTCOME_LABELS = {"asked": QT_TR_NOOP("Asked"), "participated": QT_TR_NOOP("Participated"),
                  "refused": QT_TR_NOOP("Refused"),
                  None: "—"}


@dataclass(frozen=True)
class TestRow:
    id: int
    title: str
    kind: str
    target: str
    threshold_pct: int
    starts_on: dt.date
    ends_on: dt.date | None
    area_id: int | None


@dataclass(frozen=True)
class PersonOutcome:
    id: int
    name: str
    area_name: str
    outcome: str | None
    area_id: int | None = None


class StructureTestsModel(RowListModel):
    columns = (
        ListColumn(QT_TR_NOOP("Test"), "title"),
        ListColumn(QT_TR_NOOP("Kind"), "kind", lambda v: shown(KIND_LABELS.get(str(v), str(v)))),
        ListColumn(QT_TR_NOOP("Target"), "target", path_of="area_id"),
        ListColumn(QT_TR_NOOP("Threshold"), "threshold_pct", lambda v: f"{v} %"),
        ListColumn(QT_TR_NOOP("Starts"), "starts_on"),
        ListColumn(QT_TR_NOOP("Ends"), "ends_on"),
    )


COL_OUTCOME = 2


class OutcomesModel(RowListModel):
    """People of an area; ``set_outcome`` changes one row and emits ``dataChanged`` for it."""

    columns = (
        ListColumn(QT_TR_NOOP("Person"), "name"),
        ListColumn(QT_TR_NOOP("Area"), "area_name", path_of="area_id"),
        ListColumn(QT_TR_NOOP("Outcome"), "outcome",
                   lambda v: shown(OUTCOME_LABELS.get(v, str(v)))),
    )

    def set_outcome(self, row: int, outcome: str | None) -> None:
        if 0 <= row < len(self._rows):
            self._rows[row] = replace(self._rows[row], outcome=outcome)
            cell = self.index(row, COL_OUTCOME)
            self.dataChanged.emit(cell, cell)


class ResultsModel(RowListModel):
    """Participation by area against the threshold."""

    columns = (
        ListColumn(QT_TR_NOOP("Area"), "area_name", path_of="area_id"),
        ListColumn(QT_TR_NOOP("People"), "population"),
        ListColumn(QT_TR_NOOP("Participated"), "participated"),
        ListColumn(QT_TR_NOOP("Refused"), "refused"),
        ListColumn(QT_TR_NOOP("Asked, no answer"), "asked"),
        ListColumn("%", "pct", pct_text),
        ListColumn(QT_TR_NOOP("Threshold"), "meets_threshold",
                   lambda v: translate("StructureTestLists", "meets it") if v
                   else translate("StructureTestLists", "below")),
    )
    id_attr = "area_id"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if index.isValid() and role == FOREGROUND and index.column() >= 5:
            ok = self._rows[index.row()].meets_threshold
            return QBrush(QColor("#1b5e20" if ok else "#b71c1c"))
        return super().data(index, role)
