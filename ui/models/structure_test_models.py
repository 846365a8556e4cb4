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

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QBrush, QColor

from forum_kit.percent import pct_text
from ui.models.roles import DISPLAY, FOREGROUND
from ui.models.row_list_model import ListColumn, RowListModel

KIND_LABELS = {
    "petition": "Petition",
    "photo_board": "Photo board",
    "button_day": "Button / sticker day",
    "march_on_the_boss": "March on the boss",
    "strike_vote": "Strike vote",
    "other": "Other",
}
OUTCOME_LABELS = {"asked": "Asked", "participated": "Participated", "refused": "Refused",
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
        ListColumn("Test", "title"),
        ListColumn("Kind", "kind", lambda v: KIND_LABELS.get(str(v), str(v))),
        ListColumn("Target", "target", path_of="area_id"),
        ListColumn("Threshold", "threshold_pct", lambda v: f"{v} %"),
        ListColumn("Starts", "starts_on"),
        ListColumn("Ends", "ends_on"),
    )


COL_OUTCOME = 2


class OutcomesModel(RowListModel):
    """People of an area; ``set_outcome`` changes one row and emits ``dataChanged`` for it."""

    columns = (
        ListColumn("Person", "name"),
        ListColumn("Area", "area_name", path_of="area_id"),
        ListColumn("Outcome", "outcome", lambda v: OUTCOME_LABELS.get(v, str(v))),
    )

    def set_outcome(self, row: int, outcome: str | None) -> None:
        if 0 <= row < len(self._rows):
            self._rows[row] = replace(self._rows[row], outcome=outcome)
            cell = self.index(row, COL_OUTCOME)
            self.dataChanged.emit(cell, cell)


class ResultsModel(RowListModel):
    """Participation by area against the threshold."""

    columns = (
        ListColumn("Area", "area_name", path_of="area_id"),
        ListColumn("People", "population"),
        ListColumn("Participated", "participated"),
        ListColumn("Refused", "refused"),
        ListColumn("Asked, no answer", "asked"),
        ListColumn("%", "pct", pct_text),
        ListColumn("Threshold", "meets_threshold",
                   lambda v: "meets it" if v else "below"),
    )
    id_attr = "area_id"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if index.isValid() and role == FOREGROUND and index.column() >= 5:
            ok = self._rows[index.row()].meets_threshold
            return QBrush(QColor("#1b5e20" if ok else "#b71c1c"))
        return super().data(index, role)
