"""The Documents page: pick a kind, fill a form, watch a live preview, then print or save.

Owns the page around the four document forms (each in its own module): every form edit restarts
a ~400 ms debounce; the document is then built in memory by the one background helper
(``ui.operations``) with its own session, and shown by ``PdfPreview`` through a QBuffer, never a
temporary file. Packs and other vault documents show progress and can be cancelled (a newer edit
cancels the older build too). Above the buttons a line always says every kind of personal data
the document carries (none, the delegate's and alternates' names, assessments by row number,
initials, names). Printing renders the pages to a QPrinter; saving writes atomically where the
user chose, protected with AES-256 when asked, and asks first before writing coworkers' data
without a password. Dialogs (printer, file, password) are attributes tests replace.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QObject, QTimer, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError
from ui.editors.common import error_text, show_error
from ui.i18n import document_language_combo, shown
from ui.pages import Page
from ui.pages.documents import dialogs
from ui.pages.documents.chart_sheet_form import ChartSheetForm
from ui.pages.documents.form_base import DocumentForm
from ui.pages.documents.forum_forms import BriefingForm, PackForm
from ui.pages.documents.leaflet_form import LeafletForm
from ui.pages.documents.requests import BuildResult, LeafletRequest, build_document
from ui.widgets.pdf_preview import PdfPreview

DEBOUNCE_MS = 400
KINDS = (
    ("leaflet", QT_TR_NOOP("Leaflet")),
    ("briefing", QT_TR_NOOP("Delegate briefing")),
    ("pack", QT_TR_NOOP("Briefing pack")),
    ("chart_sheet", QT_TR_NOOP("Chart sheet")),
)
# saving these without a password asks first (a delegate's name is printed on purpose)
_ASK_FIRST = ("assessments", "initials", "names")


class _Progress(QObject):
    """Lives on the GUI thread; the worker emits and Qt queues the call across threads."""

    changed = Signal(int, int, int)  # generation, done, total


class DocumentsPage(Page):
    title = QT_TR_NOOP("Documents")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.show_error = show_error
        self.choose_printer: Callable[[QWidget], QPrinter | None] = dialogs.choose_printer
        self.choose_save_path: Callable[[QWidget, str], str | None] = dialogs.choose_save_path
        self.ask_password: Callable[[QWidget], str | None] = dialogs.ask_password
        self.result: BuildResult | None = None
        self.request: Any = None
        self._generation = 0
        self._cancel: threading.Event | None = None
        self._building = False
        self._draft: dict[str, str] | None = None

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of document"))
        for key, label in KINDS:
            self.kind.addItem(shown(label), key)
        self.forms: dict[str, DocumentForm] = {
            "leaflet": LeafletForm(),
            "briefing": BriefingForm(),
            "pack": PackForm(),
            "chart_sheet": ChartSheetForm(),
        }
        self.stack = QStackedWidget()
        for key, _label in KINDS:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(self.forms[key])
            self.stack.addWidget(scroll)
            self.forms[key].changed.connect(self.schedule)
        kind_row = QHBoxLayout()
        kind_label = QLabel(self.tr("&Document:"))
        kind_label.setBuddy(self.kind)
        kind_row.addWidget(kind_label)
        kind_row.addWidget(self.kind, 1)
        # the document's own words (headings, legends, privacy lines): the interface's language
        # unless a steward prints for a committee that reads another
        self.doc_language = document_language_combo()
        self.doc_language.setAccessibleName(self.tr("Language of the document"))
        language_label = QLabel(self.tr("&In:"))
        language_label.setBuddy(self.doc_language)
        kind_row.addWidget(language_label)
        kind_row.addWidget(self.doc_language)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(kind_row)
        lv.addWidget(self.stack, 1)

        self.preview = PdfPreview()
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a4b00;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.personal = QLabel()
        self.personal.setWordWrap(True)
        self.personal.setAccessibleName(self.tr("Personal data in this document"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("&Stop"))
        self.cancel_button.setToolTip(self.tr("Stop building this document"))
        self.cancel_button.hide()
        self.protect = QCheckBox(self.tr("Protect with a &password"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("Sa&ve as PDF…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        buttons.addWidget(self.protect)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.preview, 1)
        rv.addWidget(self.warnings)
        rv.addWidget(self.status)
        rv.addWidget(self.personal)
        rv.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 800])
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.rebuild)
        self._progress = _Progress(self)
        self._progress.changed.connect(self._on_progress)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.doc_language.currentIndexChanged.connect(self.schedule)
        self.cancel_button.clicked.connect(self.cancel_build)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self._set_personal(self._expected_personal())
        self._update_buttons()

    # ---- page protocol ----------------------------------------------------------------------
    def attach(self, ctx: Any) -> None:
        super().attach(ctx)
        leaflet = self.forms["leaflet"]
        if self._draft is not None:
            assert isinstance(leaflet, LeafletForm)
            leaflet.set_texts(self._draft)
            self._draft = None
        self.refresh()

    def refresh(self) -> None:
        if self.ctx is None:
            return
        try:
            for form in self.forms.values():
                form.load(self.ctx)
        except ForumKitError as exc:
            self.show_error(self, error_text(exc))
        self.schedule()

    def clear(self) -> None:
        self.cancel_build()
        self.timer.stop()
        self._generation += 1
        self.result = None
        self.request = None
        self.preview.clear()
        self.warnings.clear()
        self.status.clear()
        for form in self.forms.values():
            form.clear()
        leaflet = self.forms["leaflet"]
        assert isinstance(leaflet, LeafletForm)
        # The leaflet is the user's own draft: kept in memory for the unlock, out of the widgets.
        self._draft = leaflet.texts()
        leaflet.clear_texts()
        self._update_buttons()

    def state(self) -> dict[str, Any]:
        return {"kind": self.kind.currentData()}

    def restore_state(self, state: dict[str, Any]) -> None:
        index = self.kind.findData(state.get("kind"))
        if index >= 0:
            self.kind.setCurrentIndex(index)

    # ---- building -----------------------------------------------------------------------------
    @property
    def current_form(self) -> DocumentForm:
        return self.forms[self.kind.currentData()]

    @property
    def is_building(self) -> bool:
        return self._building

    @property
    def is_current(self) -> bool:
        """True when the preview shows the form as it is now (nothing pending or building)."""
        return self.result is not None and not self.timer.isActive() and not self._building

    def _kind_changed(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.schedule()

    def _expected_personal(self) -> tuple[str, ...]:
        try:
            return self.current_form.request().personal_kinds
        except (ForumKitError, TypeError, ValueError):
            return {
                "chart_sheet": ("initials",),
                "briefing": ("officers",),
                "pack": ("officers",),
            }.get(self.kind.currentData(), ("none",))

    def _set_personal(self, kinds: tuple[str, ...]) -> None:
        from forum_kit.queries.documents import personal_data_line

        self.personal.setText(personal_data_line(kinds))
        self.personal.setStyleSheet(
            "font-weight: bold; color: #a40000;" if "names" in kinds else "font-weight: bold;"
        )

    def schedule(self) -> None:
        """Rebuild the preview once the user pauses (edits restart the wait)."""
        self.result = None
        self._set_personal(self._expected_personal())
        self.timer.start()
        self._update_buttons()

    def rebuild(self) -> None:
        """Build the current form's document in the background and show it."""
        self.timer.stop()
        self.cancel_build()
        self._generation += 1
        generation = self._generation
        self.result = None
        form = self.current_form
        try:
            request = form.request()
        except ForumKitError as exc:
            self.request = None
            self._show_problem(error_text(exc))
            return
        if request.needs_vault and (self.ctx is None or self.ctx.is_locked):
            return
        self.request = request
        self._set_personal(request.personal_kinds)
        self.warnings.setText(self._warnings(request))
        cancel = threading.Event()
        self._cancel = cancel
        self._building = True
        self.status.setText(self.tr("Building the preview…"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(request.needs_vault)
        self.cancel_button.setVisible(request.needs_vault)
        self._update_buttons()
        unit_of_work = self.ctx.unit_of_work if self.ctx is not None else None
        # a document made from a committee copy says so on every page
        mark = getattr(self.ctx, "copy_label", None)
        relay = self._progress
        language = self.doc_language.currentData()

        def progress(done: int, total: int) -> None:
            relay.changed.emit(generation, done, total)

        from ui.operations import run_in_background

        run_in_background(
            self,
            lambda: build_document(request, unit_of_work, cancel.is_set, progress, language,
                                   mark),
            on_done=lambda result: self._built(generation, result),
            on_error=lambda error: self._failed(generation, error),
        )

    def build_now(self) -> None:
        """Skip the wait (tests, and the first build after a kind is picked)."""
        self.rebuild()

    def cancel_build(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
        self._cancel = None

    def _warnings(self, request: Any) -> str:
        if not isinstance(request, LeafletRequest):
            return ""
        from forum_kit.reports import leaflet_warnings

        return "\n".join("\u26a0 " + w for w in leaflet_warnings(request.spec))

    def _on_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _finish(self) -> None:
        self._building = False
        self.progress.hide()
        self.cancel_button.hide()
        self._update_buttons()

    def _built(self, generation: int, result: BuildResult) -> None:
        if generation != self._generation:
            return
        self._cancel = None
        self.result = result
        self._set_personal(result.personal_kinds)
        self.preview.show_pdf(result.data)
        self.status.setText(self.tr("Pages: {n}.").format(n=result.pages))
        self._finish()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._cancel = None
        from forum_kit.reports import Cancelled

        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Stopped: the document was not built."))
        else:
            self._show_problem(
                error_text(error)
                if isinstance(error, ForumKitError)
                else self.tr("The document could not be built.")
            )
        self._finish()

    def _show_problem(self, message: str) -> None:
        self.result = None
        self.status.setText(message)
        self.preview.show_message(message)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.is_current
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # ---- print and save -----------------------------------------------------------------------
    def print_document(self) -> bool:
        """Send the shown document to a printer chosen by the user; nothing is saved."""
        if not self.is_current or not self.preview.has_document:
            return False
        printer = self.choose_printer(self)
        if printer is None:
            return False
        pages = self.preview.print_to(printer)
        self.status.setText(self.tr("Pages sent to the printer: {n}.").format(n=pages))
        return pages > 0

    def _suggested_name(self) -> str:
        day = self.ctx.today().isoformat() if self.ctx is not None else ""
        return f"{self.kind.currentData().replace('_', '-')}-{day}.pdf"

    def save_document(self) -> bool:
        """Save the shown document where the user chooses, protected when asked."""
        if not self.is_current or self.result is None:
            return False
        result = self.result
        password = None
        if self.protect.isChecked():
            password = self.ask_password(self)
            if password is None:
                return False
        elif result.personal_data in _ASK_FIRST and self.ctx is not None:
            what = {
                "assessments": self.tr("each worker's assessment (by row number)"),
                "initials": self.tr("coworkers' initials"),
                "names": self.tr("coworkers' full names"),
            }[result.personal_data]
            if not self.ctx.confirm(
                self,
                self.tr("Save a PDF with {what} without a password?").format(what=what),
                [
                    self.tr("Anyone who gets the file can read it."),
                    self.tr("Tick 'Protect with a password' to encrypt it."),
                ],
            ):
                return False
        path = self.choose_save_path(self, self._suggested_name())
        if not path:
            return False
        from forum_kit.queries.documents import save_pdf

        try:
            save_pdf(result.data, path, password=password)
        except ForumKitError as exc:
            self.show_error(self, error_text(exc))
            return False
        how = self.tr(" with a password (AES-256)") if password is not None else ""
        self.status.setText(self.tr("Saved{how}.").format(how=how))
        return True
