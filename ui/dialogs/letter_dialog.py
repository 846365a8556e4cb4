"""The letter dialog: make a grievance letter from the case, read it, print or save it, record it.

Owns ``LetterDialog``. The kind of letter, its date and the details only the steward knows (the
information asked for, the new date of an extension and who agreed it, the terms of a
settlement) fill the contract's template from the case through ``queries.letters.letter_draft``,
so the deadlines it names are the deadline engine's. The filled subject and text stay editable;
a change to the kind, date or details fills them again unless the steward has edited them (then
"Fill again" does it). A PDF preview is built in the background after each pause (never a
temporary file). "Record as sent" stores the letter as shown on the case and, when the box is
ticked, what it does under the contract (a filing, an appeal, an agreed extension, a closing).
The same dialog shows a letter already recorded, read-only, to print or save it again. The
printer chooser and the ``PdfSaver`` are attributes tests replace.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from forum_kit.case_deadlines import LetterInputs
from forum_kit.errors import ForumKitError
from forum_kit.letters import FIELDS, LetterKind, kind_label
from ui.editors.common import error_text, from_qdate, to_qdate
from ui.widgets.dates import date_edit
from ui.widgets.pdf_preview import PdfPreview
from ui.widgets.pdf_save import PdfSaver

PREVIEW_DELAY_MS = 350
_EXTENSIONS = (LetterKind.EXTENSION_REQUEST, LetterKind.EXTENSION_CONFIRMATION)


def _choose_printer(parent: QWidget) -> Any:
    from ui.pages.documents.dialogs import choose_printer as choose

    return choose(parent)


def _build(subject: str, body: str, letter_date: dt.date, number: str) -> bytes:
    """The letter's PDF in memory (runs on a worker thread; touches no widget)."""
    from forum_kit.queries.letters import letter_document
    from forum_kit.reports.letter import build_letter

    buffer = io.BytesIO()
    build_letter(letter_document(subject, body, letter_date=letter_date, number=number), buffer)
    return buffer.getvalue()


class LetterDialog(QDialog):
    """One letter of one case; ``recorded`` holds what was recorded once it was."""

    def __init__(
        self,
        ctx: Any,
        grievance_id: int,
        *,
        kind: str | None = None,
        sent: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.grievance_id = grievance_id
        self.sent = sent
        self.number = ""
        self.draft: Any = None
        self.recorded: Any = None
        self.saver = PdfSaver()
        self.choose_printer: Callable[[QWidget], Any] = _choose_printer
        self.message = ""
        self._pdf: bytes | None = None
        self._edited = False
        self._filling = False
        self._generation = 0
        # a fixed title: task switchers show it, and the case's title may name someone
        self.setWindowTitle(self.tr("Grievance letter"))

        self.kind = QComboBox()
        for letter in LetterKind:
            self.kind.addItem(kind_label(letter), letter.value)
        self.letter_date = date_edit()
        self.information = QPlainTextEdit()
        self.information.setTabChangesFocus(True)
        self.information.setPlaceholderText(
            self.tr("one item a line, e.g. the overtime sheets for March")
        )
        self.information.setFixedHeight(64)
        self.reply_by = date_edit()
        self.extend = QComboBox()
        for value, label in (
            (None, self.tr("The earliest open deadline")),
            ("file", self.tr("The union's filing or appeal")),
            ("answer", self.tr("The employer's answer")),
        ):
            self.extend.addItem(label, value)
        self.new_date = date_edit()
        self.agreed_on = date_edit()
        self.agreed_with = QLineEdit()
        self.agreed_with.setPlaceholderText(self.tr("e.g. HR manager, in writing"))
        self.terms = QPlainTextEdit()
        self.terms.setTabChangesFocus(True)
        self.terms.setFixedHeight(64)
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Letter text"))
        self.body.setTabChangesFocus(True)
        self.refill_button = QPushButton(self.tr("Fill &again from the case"))
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: #8a4b00;")
        self.record_box = QCheckBox()
        self.record_box.setChecked(True)
        self.effect_note = QLabel()
        self.effect_note.setWordWrap(True)

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Letter:"), self.kind)
        self.form.addRow(self.tr("&Date:"), self.letter_date)
        self.form.addRow(self.tr("&Information asked for:"), self.information)
        self.form.addRow(self.tr("&Reply by:"), self.reply_by)
        self.form.addRow(self.tr("Dead&line:"), self.extend)
        self.form.addRow(self.tr("&New date:"), self.new_date)
        self.form.addRow(self.tr("Agreed o&n:"), self.agreed_on)
        self.form.addRow(self.tr("Agreed &with:"), self.agreed_with)
        self.form.addRow(self.tr("&Terms agreed:"), self.terms)
        self.form.addRow(self.tr("S&ubject:"), self.subject)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addLayout(self.form)
        body_label = QLabel(self.tr("Letter te&xt:"))
        body_label.setBuddy(self.body)
        lv.addWidget(body_label)
        lv.addWidget(self.body, 1)
        refill_row = QHBoxLayout()
        refill_row.addWidget(self.refill_button)
        refill_row.addStretch(1)
        lv.addLayout(refill_row)
        lv.addWidget(self.notes)
        lv.addWidget(self.record_box)
        lv.addWidget(self.effect_note)
        self.preview = PdfPreview()
        self.preview.setMinimumWidth(320)
        self.splitter = QSplitter()
        # no scroll area: the text scrolls by itself, and word-wrapped notes inside a scroll
        # area made the layout flip its scroll bar on and off for ever at some sizes
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        self.protect = QCheckBox(self.tr("Protect with a &password"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.record_button = QPushButton(self.tr("&Record as sent"))
        self.record_button.setToolTip(self.tr("Keep this letter on the case, dated as above"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.protect)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.record_button)
        buttons.addWidget(close)
        outer = QVBoxLayout(self)
        outer.addWidget(self.splitter, 1)
        outer.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.build_preview)
        self._start(kind)
        for widget in (self.kind, self.extend):
            widget.currentIndexChanged.connect(self._inputs_changed)
        for edit in (self.letter_date, self.reply_by, self.new_date, self.agreed_on):
            edit.dateChanged.connect(self._inputs_changed)
        for text in (self.information, self.terms):
            text.textChanged.connect(self._inputs_changed)
        self.agreed_with.textChanged.connect(self._inputs_changed)
        self.subject.textChanged.connect(self._text_edited)
        self.body.textChanged.connect(self._text_edited)
        self.refill_button.clicked.connect(lambda: self.fill(force=True))
        self.print_button.clicked.connect(lambda: self.print_letter())
        self.save_button.clicked.connect(lambda: self.save_letter())
        self.record_button.clicked.connect(lambda: self.record())
        self._fit_screen()

    def _fit_screen(self) -> None:
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = 1180, 760
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def _start(self, kind: str | None) -> None:
        today = self.ctx.today()
        self._filling = True
        try:
            for edit, day in (
                (self.letter_date, today),
                (self.reply_by, today + dt.timedelta(days=7)),
                (self.new_date, today + dt.timedelta(days=14)),
                (self.agreed_on, today),
            ):
                edit.setDate(to_qdate(day))
            if self.sent is not None:
                self._show_sent()
                return
            index = self.kind.findData(kind) if kind else 0
            self.kind.setCurrentIndex(max(0, index))
        finally:
            self._filling = False
        self.fill(force=True)

    # ---- filling ----------------------------------------------------------------------------
    def inputs(self) -> LetterInputs:
        lines = [ln.strip() for ln in self.information.toPlainText().splitlines() if ln.strip()]
        kind = LetterKind(self.kind.currentData())
        return LetterInputs(
            information_requested="\n".join(
                ln if ln.startswith(("-", "\u2022")) else f"- {ln}" for ln in lines
            ),
            reply_by=from_qdate(self.reply_by.date()),
            extend=self.extend.currentData(),
            extension_date=from_qdate(self.new_date.date()) if kind in _EXTENSIONS else None,
            agreed_on=from_qdate(self.agreed_on.date()),
            agreed_with=self.agreed_with.text(),
            settlement_terms=self.terms.toPlainText(),
        )

    def _show_rows(self, kind: LetterKind) -> None:
        rows = {
            self.information: kind is LetterKind.INFORMATION,
            self.reply_by: kind is LetterKind.INFORMATION,
            self.extend: kind in _EXTENSIONS,
            self.new_date: kind in _EXTENSIONS,
            self.agreed_on: kind is LetterKind.EXTENSION_CONFIRMATION,
            self.agreed_with: kind is LetterKind.EXTENSION_CONFIRMATION,
            self.terms: kind is LetterKind.SETTLEMENT,
        }
        for widget, shown in rows.items():
            self.form.setRowVisible(widget, shown)

    def _inputs_changed(self, *_args: object) -> None:
        if not self._filling:
            self.fill()

    def _text_edited(self, *_args: object) -> None:
        if self._filling:
            return
        self._edited = True
        self._pdf = None
        self._update_buttons()
        self.timer.start()

    def fill(self, *, force: bool = False) -> bool:
        """Fill the letter from the case; keeps the steward's edits unless ``force``."""
        if self.sent is not None:
            return False
        kind = LetterKind(self.kind.currentData())
        self._show_rows(kind)
        from forum_kit.queries.letters import letter_draft

        try:
            with self.ctx.unit_of_work() as session:
                draft = letter_draft(
                    session,
                    grievance_id=self.grievance_id,
                    kind=kind,
                    letter_date=from_qdate(self.letter_date.date()),
                    today=self.ctx.today(),
                    inputs=self.inputs(),
                )
        except ForumKitError as exc:
            self.draft = None
            self._pdf = None
            self.notes.setStyleSheet("color: #b71c1c;")
            self.notes.setText(error_text(exc))
            self.effect_note.clear()
            self.record_box.hide()
            self.preview.show_message(error_text(exc))
            self._update_buttons()
            return False
        self.draft = draft
        self.number = draft.number
        if force or not self._edited:
            self._filling = True
            try:
                self.subject.setText(draft.subject)
                self.body.setPlainText(draft.body)
            finally:
                self._filling = False
            self._edited = False
        self._show_notes(draft)
        self._pdf = None
        self._update_buttons()
        self.timer.start()
        return True

    def _show_notes(self, draft: Any) -> None:
        notes = ["\u26a0 " + w for w in draft.warnings]
        if draft.missing:
            words = ", ".join(FIELDS[f].missing_text for f in draft.missing)
            notes.append(
                self.tr(
                    "\u26a0 Not filled from the case: {words}. The letter prints "
                    "“[missing: …]” there: fill them in the case or in the "
                    "letter."
                ).format(words=words)
            )
        if self._edited:
            notes.append(self.tr("The text keeps your edits; “Fill again” replaces them."))
        self.notes.setStyleSheet("color: #8a4b00;")
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self.record_box.setVisible(bool(draft.effect))
        self.record_box.setText(
            self.tr("When recording, also: {effect}").format(
                effect=draft.effect[:1].lower() + draft.effect[1:]
            )
            if draft.effect
            else ""
        )
        self.effect_note.setText(draft.no_effect)
        self.effect_note.setVisible(bool(draft.no_effect))

    def _show_sent(self) -> None:
        """A recorded letter: its text as sent, read-only, to print or save again."""
        from forum_kit.queries.grievances import grievance_detail

        with self.ctx.unit_of_work() as session:
            self.number = grievance_detail(
                session, self.grievance_id, today=self.ctx.today()
            ).number
        self.kind.setCurrentIndex(max(0, self.kind.findData(self.sent.kind)))
        self.letter_date.setDate(to_qdate(self.sent.sent_on))
        self.subject.setText(self.sent.subject)
        self.body.setPlainText(self.sent.body)
        self._show_rows(LetterKind(self.sent.kind))
        for widget in (self.kind, self.letter_date, self.refill_button, self.record_button):
            widget.setEnabled(False)
        self.subject.setReadOnly(True)
        self.body.setReadOnly(True)
        self.record_box.hide()
        self.notes.hide()
        self.effect_note.setText(
            self.tr("Sent on {day}. {effect}")
            .format(day=self.sent.sent_on.isoformat(), effect=self.sent.effect)
            .strip()
        )
        self.timer.start()

    # ---- preview ----------------------------------------------------------------------------
    def _letter_date(self) -> dt.date:
        return from_qdate(self.letter_date.date())

    def build_preview(self) -> None:
        """Build the letter as shown in the background, then show it."""
        self.timer.stop()
        if not self.number or (self.sent is None and self.draft is None):
            return
        self._generation += 1
        generation = self._generation
        subject, body = self.subject.text(), self.body.toPlainText()
        letter_date, number = self._letter_date(), self.number
        self.status.setText(self.tr("Building the preview…"))
        from ui.operations import run_in_background

        run_in_background(
            self,
            lambda: _build(subject, body, letter_date, number),
            on_done=lambda data: self._built(generation, data),
            on_error=lambda error: self._failed(generation, error),
        )

    @property
    def is_current(self) -> bool:
        """The preview shows the letter as it stands (what prints and saves)."""
        return self._pdf is not None and not self.timer.isActive()

    def _built(self, generation: int, data: bytes) -> None:
        if generation != self._generation:
            return
        self._pdf = data
        self.preview.show_pdf(data)
        self.status.setText("")
        self._update_buttons()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._pdf = None
        message = (
            error_text(error)
            if isinstance(error, ForumKitError)
            else self.tr("The letter could not be built.")
        )
        self.status.setText(message)
        self.preview.show_message(message)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self._pdf is not None
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.record_button.setEnabled(
            self.sent is None and self.draft is not None and bool(self.subject.text().strip())
        )

    # ---- actions ----------------------------------------------------------------------------
    def print_letter(self) -> bool:
        if not self.is_current or not self.preview.has_document:
            return False
        printer = self.choose_printer(self)
        if printer is None:
            return False
        pages = self.preview.print_to(printer)
        self._say(self.tr("Pages sent to the printer: {n}.").format(n=pages))
        return pages > 0

    def save_letter(self) -> str | None:
        if not self.is_current or self._pdf is None:
            return None
        kind = str(self.kind.currentData()).replace("_", "-")
        path = self.saver.save(
            self,
            self.ctx,
            self._pdf,
            personal="names",
            suggested=f"{self.number}-{kind}.pdf",
            protect=self.protect.isChecked(),
        )
        if path:
            how = self.tr(" with a password (AES-256)") if self.protect.isChecked() else ""
            self._say(self.tr("Saved{how}.").format(how=how))
        return path

    def record(self) -> bool:
        """Record the letter as shown on the case (and what it does, if the box is ticked)."""
        if self.sent is not None or self.draft is None:
            return False
        from forum_kit.services.letters import record_letter

        kind, sent_on, inputs = self.kind.currentData(), self._letter_date(), self.inputs()
        subject, body = self.subject.text(), self.body.toPlainText()
        apply_effect = bool(self.draft.effect) and self.record_box.isChecked()
        try:
            with self.ctx.unit_of_work() as session:
                letter = record_letter(
                    session,
                    grievance_id=self.grievance_id,
                    kind=kind,
                    sent_on=sent_on,
                    subject=subject,
                    body=body,
                    today=self.ctx.today(),
                    inputs=inputs,
                    apply_effect=apply_effect,
                )
                self.recorded = (letter.id, letter.effect)
        except ForumKitError as exc:
            self.notes.setStyleSheet("color: #b71c1c;")
            self.notes.setText(error_text(exc))
            self.notes.show()
            return False
        self.accept()
        return True

    def _say(self, text: str) -> None:
        self.message = text
        self.status.setText(text)

    def done(self, result: int) -> None:  # noqa: D102 - Qt's name
        self.timer.stop()
        self._generation += 1  # a build still running is dropped when it ends
        self.preview.clear()
        self._pdf = None
        super().done(result)


__all__ = ["LetterDialog"]
