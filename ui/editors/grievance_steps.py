"""The "Steps and deadlines" tab of the grievance editor.

Owns ``StepsPanel``: the current step, the open deadlines as the deadline engine computes them
under the contract's rules (and the engine's complaint when it cannot), the step history and the
written extensions, with the actions that move a case on: record the filing or the employer's
answer, appeal to the next step, add an extension. Each asks a date through an injectable
question (``ask_date``, ``ask_extension`` from ``grievance_dialogs``) and is one unit of work
through the editor (``host.run``), which then re-reads the case so the dates shown are the
engine's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_kit.services import grievances as grievances_s
from ui.editors.common import set_error_label
from ui.editors.grievance_dialogs import ask_date, ask_extension
from ui.models.grievance_models import DeadlinesModel, EventsModel, ExtensionsModel
from ui.widgets.tables import fit_columns, show_rows, table_view

if TYPE_CHECKING:
    from ui.editors.grievance_editor import GrievanceEditor


class StepsPanel(QWidget):
    """Where a case stands in the procedure, and the buttons that move it on."""

    def __init__(self, host: GrievanceEditor) -> None:
        super().__init__()
        self.host = host
        self.ask_date: Callable[..., dt.date | None] = ask_date
        self.ask_extension: Callable[..., Any] = ask_extension
        layout = QVBoxLayout(self)
        self.step_label = QLabel()
        self.step_label.setWordWrap(True)
        layout.addWidget(self.step_label)
        self.deadline_problem = QLabel()
        self.deadline_problem.setWordWrap(True)
        self.deadline_problem.setStyleSheet("color: #b71c1c;")
        self.deadline_problem.setVisible(False)
        layout.addWidget(self.deadline_problem)
        box = QGroupBox(self.tr("Open deadlines"))
        bl = QVBoxLayout(box)
        self.deadlines_model = DeadlinesModel(self)
        self.deadlines = table_view(
            self.deadlines_model, self.tr("Open deadlines"), (110, 90, 200, 120), word_wrap=True
        )
        show_rows(self.deadlines, 2)
        fit_columns(self.deadlines, (100, 85, 200, 110, 120), {0: 95, 2: 120})
        bl.addWidget(self.deadlines)
        layout.addWidget(box, 1)
        box = QGroupBox(self.tr("Step history"))
        bl = QVBoxLayout(box)
        self.events_model = EventsModel(self)
        self.events = table_view(
            self.events_model, self.tr("Step history"), (100, 110, 120), word_wrap=True
        )
        show_rows(self.events, 3)
        fit_columns(self.events, (95, 90, 120, 150))
        bl.addWidget(self.events)
        # Two rows of buttons: three in one row set the editor's minimum width.
        grid = QGridLayout()
        self.file_button = QPushButton(self.tr("Record &filing…"))
        self.answer_button = QPushButton(self.tr("Record &answer…"))
        self.advance_button = QPushButton(self.tr("A&ppeal to next step…"))
        grid.addWidget(self.file_button, 0, 0)
        grid.addWidget(self.answer_button, 0, 1)
        grid.addWidget(self.advance_button, 1, 0)
        grid.setColumnStretch(2, 1)
        bl.addLayout(grid)
        layout.addWidget(box, 1)
        box = QGroupBox(self.tr("Written extensions"))
        bl = QVBoxLayout(box)
        self.extensions_model = ExtensionsModel(self)
        self.extensions = table_view(
            self.extensions_model, self.tr("Extensions"), (100, 50, 110, 160), word_wrap=True
        )
        show_rows(self.extensions, 2)
        fit_columns(self.extensions, (95, 50, 110, 140, 95))
        bl.addWidget(self.extensions)
        row = QHBoxLayout()
        self.extension_button = QPushButton(self.tr("Add e&xtension…"))
        row.addWidget(self.extension_button)
        row.addStretch(1)
        bl.addLayout(row)
        layout.addWidget(box, 1)
        self.file_button.clicked.connect(lambda: self.record_event("filed"))
        self.answer_button.clicked.connect(lambda: self.record_event("answered"))
        self.advance_button.clicked.connect(self.advance)
        self.extension_button.clicked.connect(self.add_extension)

    # ---- state ------------------------------------------------------------------------------
    def show_case(self, detail: Any) -> None:
        self.step_label.setText(
            self.tr("Current step: {step} (contract: {contract})").format(
                step=detail.step_name, contract=detail.contract_name
            )
        )
        self.deadlines_model.set_rows(detail.deadlines)
        set_error_label(self.deadline_problem, detail.deadline_problem)
        self.events_model.set_rows(detail.events)
        self.extensions_model.set_rows(detail.extensions)

    def clear(self) -> None:
        for model in (self.deadlines_model, self.events_model, self.extensions_model):
            model.clear()
        self.step_label.clear()
        set_error_label(self.deadline_problem, None)

    def set_enabled_for(self, detail: Any) -> None:
        """Only the moves the case's current step allows (none for a closed or new case)."""
        is_open = detail is not None and detail.status == "open"
        for b in (self.file_button, self.answer_button, self.advance_button, self.extension_button):
            b.setEnabled(is_open)
        if is_open:
            filed = {e.step for e in detail.events if e.kind == "filed"}
            answered = {e.step for e in detail.events if e.kind == "answered"}
            step = detail.current_step
            self.file_button.setEnabled(step not in filed)
            self.answer_button.setEnabled(step in filed and step not in answered)
            self.advance_button.setEnabled(step in filed)

    # ---- actions ----------------------------------------------------------------------------
    def record_event(self, kind: str) -> bool:
        """Record the filing or the employer's answer at the current step (asks the date)."""
        host = self.host
        if host.grievance_id is None:
            return False
        title = self.tr("Record filing") if kind == "filed" else self.tr("Record answer")
        on = self.ask_date(self, title, self.tr("Date:"), host.today())
        if on is None:
            return False
        grievance_id = host.grievance_id
        if (
            host.run(
                lambda s: grievances_s.record_step_event(
                    s, grievance_id=grievance_id, kind=kind, on=on
                )
            )
            is None
        ):
            return False
        host.after_change(self.tr("Recorded; deadlines recomputed."))
        return True

    def advance(self) -> bool:
        """Appeal to the next step: the deadlines are recomputed from the contract's rules."""
        host = self.host
        if host.grievance_id is None:
            return False
        on = self.ask_date(
            self, self.tr("Appeal to the next step"), self.tr("Appeal filed on:"), host.today()
        )
        if on is None:
            return False
        grievance_id = host.grievance_id
        if (
            host.run(lambda s: grievances_s.advance_step(s, grievance_id=grievance_id, filed_on=on))
            is None
        ):
            return False
        host.after_change(self.tr("Appealed; deadlines recomputed from the contract."))
        return True

    def add_extension(self) -> bool:
        host = self.host
        if host.grievance_id is None:
            return False
        kinds = [
            ("file", self.tr("Filing / appeal deadline")),
            ("answer", self.tr("Employer's answer deadline")),
        ]
        if host.detail is not None and host.detail.deadlines:
            # The earliest open deadline first: it is the one usually extended.
            first = host.detail.deadlines[0].kind
            kinds.sort(key=lambda k: k[0] != first)
        answer = self.ask_extension(self, host.today(), kinds)
        if answer is None:
            return False
        kind, new_date, agreed_on, agreed_with = answer
        grievance_id = host.grievance_id
        if (
            host.run(
                lambda s: grievances_s.add_extension(
                    s,
                    grievance_id=grievance_id,
                    kind=kind,
                    new_date=new_date,
                    agreed_on=agreed_on,
                    agreed_with=agreed_with,
                )
            )
            is None
        ):
            return False
        host.after_change(self.tr("Extension recorded; the deadline moved."))
        return True


__all__ = ["StepsPanel"]
