"""The Letters tab of the grievance editor: the letters sent on a case, new ones, the fact sheet.

Owns ``LettersPanel`` and ``SentLettersModel``. "New letter…" opens the ``LetterDialog`` on the
kind of letter the case's next deadline calls for (the filing, or the appeal); once a letter is
recorded the editor re-reads the case, so a filing or an appeal recorded with it shows at once
in the steps and deadlines. A recorded letter opens again read-only to print or save; it can be
taken off the record (what it did to the case stays). "Case fact sheet…" builds the fact sheet
in the background and saves it (password protected when ticked). The dialog and the saver are
attributes tests replace (ARCHITECTURE.md rule 11).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError
from ui.editors.common import error_text
from ui.models.row_list_model import ListColumn, RowListModel
from ui.widgets.pdf_save import PdfSaver
from ui.widgets.tables import table_view

if TYPE_CHECKING:
    from ui.editors.grievance_editor import GrievanceEditor


class SentLettersModel(RowListModel):
    """The letters recorded on one case (``queries.letters.SentLetter``)."""

    columns = (
        ListColumn(QT_TR_NOOP("Sent"), "sent_on"),
        ListColumn(QT_TR_NOOP("Letter"), "label"),
        ListColumn(QT_TR_NOOP("Step"), "step_name"),
        ListColumn(QT_TR_NOOP("Recorded with it"), "effect"),
    )


def open_letter_dialog(
    parent: QWidget, ctx: Any, grievance_id: int, *, kind: str | None = None, sent: Any = None
) -> Any:
    from ui.dialogs.letter_dialog import LetterDialog

    return LetterDialog(ctx, grievance_id, kind=kind, sent=sent, parent=parent)


def suggested_kind(detail: Any) -> str:
    """The letter the case's first open deadline calls for: the filing, the appeal, or a
    request for information when it waits on the employer."""
    for deadline in detail.deadlines:
        if deadline.kind == "file":
            return "filing" if deadline.step == detail.current_step else "appeal"
        break
    return "information"


def _fact_sheet(unit_of_work: Callable[[], Any], grievance_id: int, today: Any) -> bytes:
    """The case fact sheet in memory (runs on a worker thread; touches no widget)."""
    from forum_kit.queries.letters import fact_sheet_data
    from forum_kit.reports.letter import build_fact_sheet

    with unit_of_work() as session:
        data = fact_sheet_data(session, grievance_id, today=today)
    buffer = io.BytesIO()
    build_fact_sheet(data, buffer)
    return buffer.getvalue()


class LettersPanel(QWidget):
    """The letters of the case shown in the editor."""

    def __init__(self, host: GrievanceEditor) -> None:
        super().__init__()
        self.host = host
        self.open_dialog: Callable[..., Any] = open_letter_dialog
        self.exec_dialog: Callable[[Any], int] = lambda dialog: dialog.exec()
        self.saver = PdfSaver()
        self.building = False
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Letters are filled from the case with the contract's own dates. Change the "
                "wording of each kind of letter with “Letter templates…” on the Grievances page."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.model = SentLettersModel(self)
        self.table = table_view(self.model, self.tr("Letters sent"), (84, 150, 64), word_wrap=True)
        layout.addWidget(self.table, 1)
        self.new_button = QPushButton(self.tr("&New letter…"))
        self.open_button = QPushButton(self.tr("Open / print a&gain…"))
        self.remove_button = QPushButton(self.tr("Take off the &record…"))
        self.fact_button = QPushButton(self.tr("Case &fact sheet…"))
        self.protect = QCheckBox(self.tr("Protect the fact sheet with a password"))
        grid = QGridLayout()
        grid.addWidget(self.new_button, 0, 0)
        grid.addWidget(self.open_button, 0, 1)
        grid.addWidget(self.remove_button, 1, 0)
        grid.addWidget(self.fact_button, 1, 1)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        layout.addWidget(self.protect)
        self.new_button.clicked.connect(lambda: self.new_letter())
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.fact_button.clicked.connect(lambda: self.save_fact_sheet())
        self.table.doubleClicked.connect(lambda _index: self.open_selected())

    # ---- showing ------------------------------------------------------------------------------
    def show_case(self, detail: Any) -> None:
        from forum_kit.queries.letters import sent_letters

        rows = self.host.run(lambda s: sent_letters(s, detail.id))
        self.model.set_rows(rows if isinstance(rows, list) else [])
        self._update_buttons()

    def clear(self) -> None:
        self.model.clear()
        self.protect.setChecked(False)
        self._update_buttons()

    def _selected(self) -> Any:
        index = self.table.currentIndex()
        if not index.isValid() and self.model.rowCount() == 1:
            return self.model.row_at(0)
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        exists = self.host.grievance_id is not None
        self.new_button.setEnabled(exists)
        self.fact_button.setEnabled(exists and not self.building)
        has_rows = self.model.rowCount() > 0
        self.open_button.setEnabled(has_rows)
        self.remove_button.setEnabled(has_rows)

    # ---- actions ----------------------------------------------------------------------------
    def new_letter(self, kind: str | None = None) -> bool:
        """Make a letter; True when one was recorded on the case."""
        host = self.host
        if host.grievance_id is None or host.ctx is None:
            return False
        kind = kind or (suggested_kind(host.detail) if host.detail is not None else None)
        dialog = self.open_dialog(self, host.ctx, host.grievance_id, kind=kind)
        try:
            accepted = self.exec_dialog(dialog) == QDialog.DialogCode.Accepted
            recorded = dialog.recorded
        finally:
            dialog.deleteLater()
        if not accepted or recorded is None:
            return False
        _letter_id, effect = recorded
        host.after_change(
            self.tr("Letter recorded on the case.") + (f" {effect}" if effect else "")
        )
        return True

    def open_selected(self) -> bool:
        """Show a recorded letter again, to print or save it."""
        sent = self._selected()
        host = self.host
        if sent is None or host.ctx is None or host.grievance_id is None:
            return False
        dialog = self.open_dialog(self, host.ctx, host.grievance_id, sent=sent)
        try:
            self.exec_dialog(dialog)
        finally:
            dialog.deleteLater()
        return True

    def remove_selected(self) -> bool:
        sent = self._selected()
        host = self.host
        if sent is None or host.ctx is None:
            return False
        if not host.ctx.confirm(
            self,
            self.tr("this letter's record"),
            [
                self.tr("the copy of the letter kept on the case"),
                self.tr("(what it recorded on the case, such as a filing or an appeal, stays)"),
            ],
        ):
            return False
        from forum_kit.services.letters import remove_letter

        if host.run(lambda s: remove_letter(s, letter_id=sent.id)) is None:
            return False
        host.after_change(self.tr("The letter is no longer on the case's record."))
        return True

    def save_fact_sheet(self) -> bool:
        """Build the fact sheet in the background; save it where the user chooses."""
        host = self.host
        if host.grievance_id is None or host.ctx is None or self.building:
            return False
        grievance_id, today = host.grievance_id, host.today()
        number = host.detail.number if host.detail is not None else "case"
        unit_of_work = host.ctx.unit_of_work
        self.building = True
        self._update_buttons()
        host.show_info(self.tr("Building the fact sheet…"))
        from ui.operations import run_in_background

        run_in_background(
            self,
            lambda: _fact_sheet(unit_of_work, grievance_id, today),
            on_done=lambda data: self._fact_sheet_built(data, number),
            on_error=self._fact_sheet_failed,
        )
        return True

    def _fact_sheet_built(self, data: bytes, number: str) -> None:
        self.building = False
        self._update_buttons()
        path = self.saver.save(
            self,
            self.host.ctx,
            data,
            personal="names",
            suggested=f"{number}-fact-sheet.pdf",
            protect=self.protect.isChecked(),
        )
        self.host.show_info(self.tr("Fact sheet saved.") if path else "")

    def _fact_sheet_failed(self, error: BaseException) -> None:
        self.building = False
        self._update_buttons()
        self.host.show_info("")
        self.host.set_error(
            error_text(error)
            if isinstance(error, ForumKitError)
            else self.tr("The fact sheet could not be built.")
        )


__all__ = ["LettersPanel", "SentLettersModel", "suggested_kind"]
