"""The chart sheet form of the Documents page.

This module owns ``ChartSheetForm``: the area (named with its workplace when a vault has
several), the redaction (initials by default), blank rows, the date and the paper.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QSpinBox, QWidget

from forum_kit.errors import InvalidInput
from ui.editors.common import from_qdate, to_qdate
from ui.i18n import shown
from ui.pages.documents.form_base import (
    REDACTION_LABELS,
    DocumentForm,
    date_edit,
    paper_combo,
)
from ui.pages.documents.requests import ChartSheetRequest


class ChartSheetForm(DocumentForm):
    """An area, the redaction (initials by default), blank rows, the date and the paper."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = QComboBox()
        self.area.setAccessibleName(self.tr("Area"))
        self.redaction = QComboBox()
        for key, label in REDACTION_LABELS:
            self.redaction.addItem(shown(label), key)
        self.blank_rows = QSpinBox()
        self.blank_rows.setRange(0, 500)
        self.blank_rows.setValue(10)
        self.as_of = date_edit(self.tr("As of"))
        self.paper = paper_combo()
        form = QFormLayout(self)
        # a long label (a longer language) puts its field below it rather than widen the form
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Area:"), self.area)
        form.addRow(self.tr("&Show:"), self.redaction)
        form.addRow(self.tr("&Blank rows:"), self.blank_rows)
        form.addRow(self.tr("As &of:"), self.as_of)
        form.addRow(self.tr("Pap&er:"), self.paper)
        self._watch(self.area, self.redaction, self.blank_rows, self.as_of, self.paper)

    def load(self, ctx: Any) -> None:
        super().load(ctx)
        from forum_kit.queries import documents

        with ctx.unit_of_work() as session:
            areas = documents.area_choices(session)
        keep = self.area.currentData()
        several = len({a.workplace for a in areas}) > 1
        self._loading = True
        try:
            self.as_of.setDate(to_qdate(ctx.today()))
            self.area.clear()
            for a in areas:
                prefix = f"{a.workplace} / " if several and a.depth == 0 else ""
                self.area.addItem("   " * a.depth + prefix + a.name, a.id)
            index = self.area.findData(keep)
            self.area.setCurrentIndex(index if index >= 0 else (0 if areas else -1))
        finally:
            self._loading = False
        self.changed.emit()

    def clear(self) -> None:
        self._loading = True
        try:
            self.area.clear()
        finally:
            self._loading = False

    def request(self) -> ChartSheetRequest:
        area_id = self.area.currentData()
        if area_id is None:
            raise InvalidInput(self.tr("area: the vault has no areas yet; add them on the Map "
                                       "page."))
        return ChartSheetRequest(
            area_id,
            self.redaction.currentData(),
            self.blank_rows.value(),
            from_qdate(self.as_of.date()),
            self.paper.currentText(),
        )
