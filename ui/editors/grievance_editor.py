"""``GrievanceEditor``: file a new grievance or work on one.

Owns the editor's frame (heading, error and information lines, four tabs), loading a case,
saving it, and the unsaved work kept over a lock. The tabs are widgets of their own:
``CaseForm`` (the five Ws, remedy, contract article, grievants, steward), ``StepsPanel`` (step
history, open deadlines, extensions), ``EvidencePanel`` (attachments inside the vault) and
``OutcomePanel``. They act through this editor: ``run`` (one ``ctx.unit_of_work()`` through
``forum_kit.services.grievances``, the core's message inline on failure) and ``after_change``
(re-read the case from ``queries.grievances.grievance_detail``, so the open deadlines shown are
always the engine's dates under the contract's rules). The dialogs each tab opens are injectable
attributes of that tab (ARCHITECTURE.md rule 11).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from forum_kit.committee.review import grievance_provenance
from forum_kit.errors import ForumKitError
from forum_kit.queries import grievances as grievances_q
from forum_kit.services import grievances as grievances_s
from ui.editors.common import error_text, set_error_label
from ui.editors.grievance_case_form import CaseForm
from ui.editors.grievance_evidence import EvidencePanel
from ui.editors.grievance_letters import LettersPanel
from ui.editors.grievance_outcome import OutcomePanel
from ui.editors.grievance_steps import StepsPanel
from ui.widgets.layout import vertical_scroll
from ui.widgets.provenance import ProvenanceLabel

TAB_CASE, TAB_STEPS, TAB_EVIDENCE, TAB_OUTCOME, TAB_LETTERS = range(5)


class GrievanceEditor(QWidget):
    """One case; ``saved`` carries the grievance id after every successful change."""

    saved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: Any = None
        self.grievance_id: int | None = None
        self.detail: Any = None
        self.workplace_id: int | None = None
        self.message = ""  # the last information line shown (tests read it)
        # The fields as last loaded or started, to tell unsaved edits from a case just shown.
        self._clean: dict[str, Any] | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("editorHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)  # a long title wraps instead of widening the editor
        outer.addWidget(self.heading)
        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setVisible(False)
        outer.addWidget(self.error)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setVisible(False)
        outer.addWidget(self.info)
        self.provenance = ProvenanceLabel()
        outer.addWidget(self.provenance)

        self.case = CaseForm()
        self.case.save_button.clicked.connect(self.save)
        self.case_scroll = vertical_scroll(self.case)
        self.steps = StepsPanel(self)
        # below 1280x800 the three lists would show one row each: the tab scrolls instead
        self.steps_scroll = vertical_scroll(self.steps)
        self.evidence = EvidencePanel(self)
        self.outcome = OutcomePanel(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.case_scroll, self.tr("&Case"))
        self.tabs.addTab(self.steps_scroll, self.tr("&Steps and deadlines"))
        self.tabs.addTab(self.evidence, self.tr("&Evidence"))
        self.tabs.addTab(self.outcome, self.tr("&Outcome"))
        self.letters = LettersPanel(self)
        self.tabs.addTab(self.letters, self.tr("&Letters"))
        outer.addWidget(self.tabs, 1)
        self._set_enabled_for_case()

    # ---- what the tabs use ------------------------------------------------------------------
    def today(self) -> dt.date:
        return self.ctx.today() if self.ctx is not None else dt.date.today()

    def set_error(self, message: str | None) -> None:
        set_error_label(self.error, message)

    def show_info(self, text: str) -> None:
        self.message = text
        self.info.setText(text)
        self.info.setVisible(bool(text))

    def run(self, action: Callable[[Any], Any]) -> Any:
        """``action(session)`` in one unit of work; the core's message inline on failure."""
        if self.ctx is None:
            return None
        try:
            with self.ctx.unit_of_work() as session:
                result = action(session)
        except ForumKitError as exc:
            self.set_error(error_text(exc))
            return None
        self.set_error(None)
        return result if result is not None else True

    def after_change(self, text: str) -> None:
        """Re-read the case after a tab changed it, say what happened, tell the page."""
        assert self.grievance_id is not None
        self.load(self.grievance_id)
        self.show_info(text)
        self.saved.emit(self.grievance_id)

    # ---- state ------------------------------------------------------------------------------
    def attach(self, ctx: Any) -> None:
        self.ctx = ctx
        if self.grievance_id is None:
            self._reset_dates()  # not QDateEdit's 2000-01-01 before the first case is chosen

    def _reset_dates(self) -> None:
        today = self.today()
        self.case.reset_dates(today)
        self.outcome.new_case(today)

    def set_choices(
        self, *, contracts: list[tuple[int, str]], areas: list[tuple[int, str]]
    ) -> None:
        """Fill the contract and area pickers (ids with display names)."""
        self.case.set_choices(contracts=contracts, areas=areas)

    def _set_enabled_for_case(self) -> None:
        exists = self.grievance_id is not None
        detail = self.detail if exists else None
        self.case.set_enabled_for(exists)
        for tab in (TAB_STEPS, TAB_EVIDENCE, TAB_OUTCOME, TAB_LETTERS):
            self.tabs.setTabEnabled(tab, exists)
        self.steps.set_enabled_for(detail)
        self.outcome.set_enabled_for(detail)

    def clear(self) -> None:
        """Drop every field and row (on lock); take ``draft()`` first to keep unsaved work."""
        self.grievance_id = None
        self.detail = None
        self._clean = None
        self.heading.clear()
        for tab in (self.case, self.steps, self.evidence, self.outcome, self.letters):
            tab.clear()
        self.set_error(None)
        self.show_info("")
        self.provenance.show_lines(())
        self._set_enabled_for_case()

    def new_grievance(self, workplace_id: int | None) -> None:
        """An empty form for a new case at this workplace."""
        self.grievance_id = None
        self.detail = None
        self.workplace_id = workplace_id
        self.heading.setText(self.tr("New grievance"))
        self.provenance.show_lines(())
        today = self.today()
        self.case.new_case(today)
        self.outcome.new_case(today)
        for tab in (self.steps, self.evidence, self.letters):
            tab.clear()
        self.set_error(None)
        self.show_info("")
        self.tabs.setCurrentIndex(TAB_CASE)
        self._set_enabled_for_case()
        self._clean = self._values()
        self.case.title_edit.setFocus()

    def load(self, grievance_id: int) -> bool:
        """Show one case; False when it no longer exists."""
        if self.ctx is None:
            return False
        try:
            with self.ctx.unit_of_work() as session:
                detail = grievances_q.grievance_detail(session, grievance_id, today=self.today())
                reported = grievance_provenance(session, grievance_id)
        except ForumKitError as exc:
            self.set_error(error_text(exc))
            return False
        self.grievance_id = grievance_id
        self.detail = detail
        self.workplace_id = detail.workplace_id
        self.heading.setText(f"{detail.number} — {detail.title}")
        self.case.show_case(detail)
        self.steps.show_case(detail)
        self.evidence.show_case(detail)
        self.outcome.show_case(detail, self.today())
        self.letters.show_case(detail)
        self.provenance.show_lines(reported)
        self.set_error(None)
        self._set_enabled_for_case()
        self._clean = self._values()
        return True

    # ---- saving -----------------------------------------------------------------------------
    def save(self) -> int | None:
        """File the new case, or save the fields and grievants of this one."""
        fields = self.case.fields()
        grievants = self.case.grievant_ids()
        if self.grievance_id is None:
            contract_id = self.case.contract_combo.currentData()
            if self.workplace_id is None or contract_id is None:
                self.set_error(self.tr("Choose a contract first (set one up with “Contract…”)."))
                return None
            number = self.case.number.text().strip() or None
            filed_on = self.case.filed_on_date()
            workplace_id = self.workplace_id
            kind = self.case.type_combo.currentData()
            today = self.today()
            new_id = self.run(
                lambda s: (
                    grievances_s.file_grievance(
                        s,
                        workplace_id=workplace_id,
                        contract_id=contract_id,
                        grievance_type=kind,
                        number=number,
                        filed_on=filed_on,
                        grievant_ids=grievants,
                        today=today,
                        **fields,
                    ).id
                )
            )
            if new_id is None:
                return None
            self.load(new_id)
            self.saved.emit(new_id)
            return new_id
        grievance_id = self.grievance_id

        def change(session: Any) -> None:
            grievances_s.update_grievance(session, grievance_id=grievance_id, **fields)
            grievances_s.set_grievants(session, grievance_id=grievance_id, contact_ids=grievants)

        if self.run(change) is None:
            return None
        self.load(grievance_id)
        self.saved.emit(grievance_id)
        return grievance_id

    # ---- unsaved work across a lock ----------------------------------------------------------
    def _values(self) -> dict[str, Any]:
        """Every field a user types or picks, as plain Python values."""
        return {**self.case.values(), **self.outcome.values()}

    def draft(self) -> dict[str, Any] | None:
        """The unsaved field values of the form (a new case, or edits to the shown one), or
        None when there is nothing unsaved. A plain dict for the main window to keep in memory
        over a lock (SECURITY.md): never logged or written anywhere."""
        if self._clean is None:
            return None
        values = self._values()
        if values == self._clean:
            return None
        return {
            "grievance_id": self.grievance_id,
            "workplace_id": self.workplace_id,
            "tab": self.tabs.currentIndex(),
            "values": values,
        }

    def restore_draft(self, draft: dict[str, Any]) -> bool:
        """Put a ``draft()`` back: the case (or a new form) first, then the typed values.
        False when its case no longer exists (the draft is then dropped)."""
        grievance_id = draft.get("grievance_id")
        if grievance_id is None:
            self.new_grievance(draft.get("workplace_id"))
        elif not self.load(int(grievance_id)):
            return False
        values = draft.get("values") or {}
        self.case.restore(values, new_case=grievance_id is None)
        self.outcome.restore(values)
        tab = int(draft.get("tab") or 0)
        if self.tabs.isTabEnabled(tab):
            self.tabs.setCurrentIndex(tab)
        self.show_info(self.tr("Your unsaved changes are back; save them when ready."))
        return True


__all__ = ["GrievanceEditor"]
