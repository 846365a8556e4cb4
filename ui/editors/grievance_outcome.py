"""The Outcome tab of the grievance editor.

Owns ``OutcomePanel``: whether the case is open or how it was closed, and the two actions on
that: close with an outcome, a date and notes, or reopen (its deadlines then count again). Each
is one unit of work through the editor (``host.run``), which re-reads the case afterwards.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from forum_kit.services import grievances as grievances_s
from ui.editors.common import from_qdate, to_qdate
from ui.i18n import shown
from ui.models.grievance_models import OUTCOME_LABELS
from ui.widgets.dates import date_edit
from ui.widgets.layout import select_data, shrinkable_combo

if TYPE_CHECKING:
    from ui.editors.grievance_editor import GrievanceEditor

_COMBO_CHARS = 10  # the combo may shrink to this and elide (its popup shows all)


class OutcomePanel(QWidget):
    """Close a case with its outcome, or reopen it."""

    def __init__(self, host: GrievanceEditor) -> None:
        super().__init__()
        self.host = host
        form = QFormLayout(self)
        self.outcome_state = QLabel()
        self.outcome_state.setWordWrap(True)
        self.outcome_combo = shrinkable_combo(QComboBox(), _COMBO_CHARS)
        for value, label in OUTCOME_LABELS.items():
            self.outcome_combo.addItem(shown(label), value)
        self.outcome_on = date_edit()
        self.outcome_notes = QPlainTextEdit()
        self.outcome_notes.setTabChangesFocus(True)
        self.close_button = QPushButton(self.tr("C&lose with this outcome"))
        self.reopen_button = QPushButton(self.tr("Re&open"))
        form.addRow(self.tr("Status:"), self.outcome_state)
        form.addRow(self.tr("O&utcome:"), self.outcome_combo)
        form.addRow(self.tr("Dat&e:"), self.outcome_on)
        form.addRow(self.tr("&Notes:"), self.outcome_notes)
        row = QHBoxLayout()
        row.addWidget(self.close_button)
        row.addWidget(self.reopen_button)
        row.addStretch(1)
        form.addRow("", row)
        self.close_button.clicked.connect(self.close_case)
        self.reopen_button.clicked.connect(self.reopen_case)

    # ---- state ------------------------------------------------------------------------------
    def show_case(self, detail: Any, today: dt.date) -> None:
        if detail.status == "closed":
            label = shown(OUTCOME_LABELS.get(detail.outcome or "", detail.outcome or ""))
            when = detail.outcome_on.isoformat() if detail.outcome_on else ""
            self.outcome_state.setText(self.tr("Closed: {o} {d}").format(o=label, d=when))
            select_data(self.outcome_combo, detail.outcome)
            self.outcome_notes.setPlainText(detail.outcome_notes)
        else:
            self.outcome_state.setText(self.tr("Open"))
            self.outcome_on.setDate(to_qdate(today))
            self.outcome_notes.clear()

    def new_case(self, today: dt.date) -> None:
        self.outcome_on.setDate(to_qdate(today))

    def clear(self) -> None:
        self.outcome_notes.clear()
        self.outcome_state.clear()

    def set_enabled_for(self, detail: Any) -> None:
        is_open = detail is not None and detail.status == "open"
        self.close_button.setEnabled(is_open)
        self.reopen_button.setEnabled(detail is not None and not is_open)

    def values(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome_combo.currentData(),
            "outcome_on": from_qdate(self.outcome_on.date()),
            "outcome_notes": self.outcome_notes.toPlainText(),
        }

    def restore(self, values: dict[str, Any]) -> None:
        select_data(self.outcome_combo, values.get("outcome"))
        if values.get("outcome_on") is not None:
            self.outcome_on.setDate(to_qdate(values["outcome_on"]))
        self.outcome_notes.setPlainText(values.get("outcome_notes", ""))

    # ---- actions ----------------------------------------------------------------------------
    def close_case(self) -> bool:
        host = self.host
        if host.grievance_id is None:
            return False
        grievance_id = host.grievance_id
        outcome = self.outcome_combo.currentData()
        on = from_qdate(self.outcome_on.date())
        notes = self.outcome_notes.toPlainText()
        if (
            host.run(
                lambda s: grievances_s.close_grievance(
                    s, grievance_id=grievance_id, outcome=outcome, outcome_on=on, notes=notes
                )
            )
            is None
        ):
            return False
        host.after_change(self.tr("Closed."))
        return True

    def reopen_case(self) -> bool:
        host = self.host
        if host.grievance_id is None:
            return False
        grievance_id = host.grievance_id
        if host.run(lambda s: grievances_s.reopen(s, grievance_id=grievance_id)) is None:
            return False
        host.after_change(self.tr("Reopened; its deadlines count again."))
        return True


__all__ = ["OutcomePanel"]
