"""``GrievanceEditor``: file a new grievance or work on one: the five Ws, remedy, contract article,
grievants, steward, step history, extensions, outcome and evidence attachments.

Every button is one user action and one ``ctx.unit_of_work()`` through
``forum_kit.services.grievances``; the case is shown from ``queries.grievances.grievance_detail``
(frozen rows). Advancing a step, recording an answer or an extension re-reads the case, so the
open deadlines shown are always the engine's dates under the contract's rules.

Attachments live inside the encrypted vault. They are never written to a temporary file: the
user can preview an image or a text file inside the app, or "Save a copy…" to a place they
choose (told that the copy is not encrypted). Every dialog is an injectable attribute
(``ask_date``, ``ask_extension``, ``choose_open_file``, ``choose_save_file``, ``show_preview``,
``pick_contact``) so tests answer them without modal windows (ARCHITECTURE.md rule 11).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError
from forum_kit.files import write_atomic
from forum_kit.queries import grievances as grievances_q
from forum_kit.services import grievances as grievances_s
from ui.editors.common import error_text, from_qdate, set_error_label, to_qdate
from ui.models.grievance_models import (
    OUTCOME_LABELS,
    TYPE_LABELS,
    AttachmentsModel,
    DeadlinesModel,
    EventsModel,
    ExtensionsModel,
)
from ui.models.roles import ID_ROLE
from ui.models.row_list_model import ListColumn, RowListModel
from ui.widgets.file_dialogs import open_file, save_file
from ui.widgets.layout import shrinkable_combo, vertical_scroll
from ui.widgets.tables import table_view

PREVIEW_MAX_BYTES = 2 * 1024 * 1024
# Short labels: the label column sets how narrow the form can get; the rest is a placeholder.
_W_FIELDS = (("who", "W&ho", ""), ("what", "W&hat happened", ""), ("where", "Whe&re", ""),
             ("why", "W&hy", "the article, law or practice violated"),
             ("remedy", "Re&medy sought", ""))
_COMBO_CHARS = 10  # the editor's combos may shrink to this and elide (their popups show all)


class GrievantsModel(RowListModel):
    """The grievants chosen in the editor (``PersonRef`` rows)."""

    columns = (ListColumn("Grievant", "name"),)


# ---------------------------------------------------------------------------------- dialogs


def _date_dialog(parent: QWidget | None, title: str, label: str,
                 default: dt.date) -> tuple[QDialog, QDateEdit]:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    form = QFormLayout(dialog)
    edit = QDateEdit(to_qdate(default))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    form.addRow(label, edit)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return dialog, edit


def ask_date(parent: QWidget | None, title: str, label: str, default: dt.date) -> dt.date | None:
    """Ask for one date; None when cancelled."""
    dialog, edit = _date_dialog(parent, title, label, default)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return from_qdate(edit.date())
    finally:
        dialog.deleteLater()


def ask_extension(parent: QWidget | None, today: dt.date,
                  kinds: list[tuple[str, str]]) -> tuple[str, dt.date, dt.date, str] | None:
    """Ask for (deadline kind, new date, agreed on, agreed with); None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(dialog.tr("Written extension"))
    form = QFormLayout(dialog)
    kind = QComboBox()
    for value, label in kinds:
        kind.addItem(label, value)
    new_date = QDateEdit(to_qdate(today + dt.timedelta(days=7)))
    agreed_on = QDateEdit(to_qdate(today))
    for edit in (new_date, agreed_on):
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
    agreed_with = QLineEdit()
    agreed_with.setPlaceholderText(dialog.tr("e.g. HR manager, in writing"))
    form.addRow(dialog.tr("&Deadline:"), kind)
    form.addRow(dialog.tr("&New date:"), new_date)
    form.addRow(dialog.tr("&Agreed on:"), agreed_on)
    form.addRow(dialog.tr("Agreed &with:"), agreed_with)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return (kind.currentData(), from_qdate(new_date.date()), from_qdate(agreed_on.date()),
                agreed_with.text())
    finally:
        dialog.deleteLater()


def choose_open_file(parent: QWidget | None) -> str | None:
    return open_file(parent, parent.tr("Add evidence") if parent else "")


def choose_save_file(parent: QWidget | None, suggested: str) -> str | None:
    return save_file(parent, parent.tr("Save a copy (not encrypted)") if parent else "", suggested)


def preview_widget(filename: str, media_type: str, data: bytes) -> QWidget | None:
    """An in-app view of an image or text attachment; None for other kinds."""
    if len(data) > PREVIEW_MAX_BYTES:
        return None
    if media_type.startswith("image/"):
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            return None
        label = QLabel()
        label.setPixmap(pixmap)
        scroll = QScrollArea()
        scroll.setWidget(label)
        return scroll
    if media_type.startswith("text/") or filename.lower().endswith((".txt", ".md", ".csv")):
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setPlainText(data.decode("utf-8", errors="replace"))
        return view
    return None


def show_preview(parent: QWidget | None, title: str, widget: QWidget) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    layout.addWidget(widget)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(720, 560)
    try:
        dialog.exec()
    finally:
        widget.deleteLater()
        dialog.deleteLater()


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


# ---------------------------------------------------------------------------------- editor


class GrievanceEditor(QWidget):
    """One case; ``saved`` carries the grievance id after every successful change."""

    saved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: Any = None
        self.grievance_id: int | None = None
        self.detail: Any = None
        self.workplace_id: int | None = None
        self.ask_date: Callable[..., dt.date | None] = ask_date
        self.ask_extension: Callable[..., Any] = ask_extension
        self.choose_open_file: Callable[[QWidget | None], str | None] = choose_open_file
        self.choose_save_file: Callable[[QWidget | None, str], str | None] = choose_save_file
        self.show_preview: Callable[[QWidget | None, str, QWidget], None] = show_preview
        self.pick_contact: Callable[[QWidget | None], int | None] = lambda parent: None
        self.name_of: Callable[[int], str] = lambda contact_id: ""
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

        self.tabs = QTabWidget()
        self.tabs.addTab(self._case_tab(), self.tr("&Case"))
        self.tabs.addTab(self._steps_tab(), self.tr("&Steps and deadlines"))
        self.tabs.addTab(self._evidence_tab(), self.tr("&Evidence"))
        self.tabs.addTab(self._outcome_tab(), self.tr("&Outcome"))
        outer.addWidget(self.tabs, 1)
        self._set_enabled_for_case()

    # ---- building ---------------------------------------------------------------------------
    def _case_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("automatic (G-YEAR-NNN)"))
        self.title_edit = QLineEdit()
        self.type_combo = shrinkable_combo(QComboBox(), _COMBO_CHARS)
        for value, label in TYPE_LABELS.items():
            self.type_combo.addItem(self.tr(label), value)
        self.contract_combo = shrinkable_combo(QComboBox(), _COMBO_CHARS)
        self.area_combo = shrinkable_combo(QComboBox(), _COMBO_CHARS)
        self.incident_on = _date_edit()
        self.knew_known = QCheckBox(self.tr("Knew later, on:"))
        self.knew_on = _date_edit()
        self.knew_on.setEnabled(False)
        self.knew_known.toggled.connect(self.knew_on.setEnabled)
        knew_row = QHBoxLayout()
        knew_row.addWidget(self.knew_known)
        knew_row.addWidget(self.knew_on, 1)
        self.filed_now = QCheckBox(self.tr("Already filed, on:"))
        self.filed_on = _date_edit()
        self.filed_on.setEnabled(False)
        self.filed_now.toggled.connect(self.filed_on.setEnabled)
        filed_row = QHBoxLayout()
        filed_row.addWidget(self.filed_now)
        filed_row.addWidget(self.filed_on, 1)
        self.filed_widget = QWidget()
        self.filed_widget.setLayout(filed_row)
        filed_row.setContentsMargins(0, 0, 0, 0)
        self.article = QLineEdit()
        self.steward_label = QLabel("—")
        self.steward_label.setWordWrap(True)
        self.steward_id: int | None = None
        self.steward_button = QPushButton(self.tr("C&hoose steward…"))
        self.steward_clear = QPushButton(self.tr("No steward"))
        # The name above its buttons: side by side they set the editor's minimum width.
        steward_buttons = QHBoxLayout()
        steward_buttons.addWidget(self.steward_button)
        steward_buttons.addWidget(self.steward_clear)
        steward_buttons.addStretch(1)
        steward_row = QVBoxLayout()
        steward_row.addWidget(self.steward_label)
        steward_row.addLayout(steward_buttons)
        self.grievants_model = GrievantsModel(self)
        self.grievants = table_view(self.grievants_model, self.tr("Grievants"), word_wrap=True)
        self.grievants.horizontalHeader().setVisible(False)
        self.grievants.setMaximumHeight(90)
        self.add_grievant_button = QPushButton(self.tr("Add &grievant…"))
        self.remove_grievant_button = QPushButton(self.tr("Remove grievant"))
        g_buttons = QVBoxLayout()
        g_buttons.addWidget(self.add_grievant_button)
        g_buttons.addWidget(self.remove_grievant_button)
        g_buttons.addStretch(1)
        g_row = QHBoxLayout()
        g_row.addWidget(self.grievants, 1)
        g_row.addLayout(g_buttons)
        self.sensitive = QCheckBox(self.tr("Sensitive"))
        self.sensitive.setToolTip(self.tr("The title is hidden from calendar exports."))
        sensitive_note = QLabel(self.tr("(title hidden from calendar exports)"))
        sensitive_note.setWordWrap(True)
        sensitive_row = QHBoxLayout()
        sensitive_row.addWidget(self.sensitive)
        sensitive_row.addWidget(sensitive_note, 1)
        form.addRow(self.tr("&Number:"), self.number)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("T&ype:"), self.type_combo)
        form.addRow(self.tr("Co&ntract:"), self.contract_combo)
        form.addRow(self.tr("&Area:"), self.area_combo)
        form.addRow(self.tr("&Incident on:"), self.incident_on)
        form.addRow("", knew_row)
        form.addRow("", self.filed_widget)
        form.addRow(self.tr("Grievants:"), g_row)
        form.addRow(self.tr("Steward:"), steward_row)
        self.texts: dict[str, QPlainTextEdit] = {}
        for key, label, hint in _W_FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(52)
            edit.setAccessibleName(label.replace("&", ""))
            if hint:
                edit.setPlaceholderText(self.tr(hint))
            self.texts[key] = edit
            form.addRow(self.tr(label) + ":", edit)
        form.addRow(self.tr("Contract a&rticle:"), self.article)
        form.addRow("", sensitive_row)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        form.addRow("", self.save_button)
        self.steward_button.clicked.connect(self._choose_steward)
        self.steward_clear.clicked.connect(lambda: self._set_steward(None))
        self.add_grievant_button.clicked.connect(self.add_grievant)
        self.remove_grievant_button.clicked.connect(self._remove_grievant)
        self.save_button.clicked.connect(self.save)
        self.case_scroll = vertical_scroll(page)
        return self.case_scroll

    def _steps_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
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
        self.deadlines = table_view(self.deadlines_model, self.tr("Open deadlines"),
                                    (110, 90, 200, 120), word_wrap=True)
        bl.addWidget(self.deadlines)
        layout.addWidget(box, 1)
        box = QGroupBox(self.tr("Step history"))
        bl = QVBoxLayout(box)
        self.events_model = EventsModel(self)
        self.events = table_view(self.events_model, self.tr("Step history"), (100, 110, 120),
                                 word_wrap=True)
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
        self.extensions = table_view(self.extensions_model, self.tr("Extensions"),
                                     (100, 50, 110, 160), word_wrap=True)
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
        return page

    def _evidence_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        note = QLabel(self.tr("Evidence is stored encrypted inside the vault. A saved copy is an "
                              "ordinary, unencrypted file: keep it somewhere safe."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.attachments_model = AttachmentsModel(self)
        self.attachments = table_view(self.attachments_model, self.tr("Evidence"),
                                      (240, 140, 80), word_wrap=True)
        layout.addWidget(self.attachments, 1)
        grid = QGridLayout()
        self.attach_button = QPushButton(self.tr("Add &file…"))
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.save_copy_button = QPushButton(self.tr("Save a &copy…"))
        self.remove_attachment_button = QPushButton(self.tr("&Remove…"))
        for i, b in enumerate((self.attach_button, self.preview_button, self.save_copy_button,
                               self.remove_attachment_button)):
            grid.addWidget(b, i // 2, i % 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.attach_button.clicked.connect(lambda: self.add_attachment())
        self.preview_button.clicked.connect(lambda: self.preview_attachment())
        self.save_copy_button.clicked.connect(lambda: self.save_attachment_copy())
        self.remove_attachment_button.clicked.connect(lambda: self.remove_attachment())
        self.attachments.activated.connect(lambda _i: self.preview_attachment())
        return page

    def _outcome_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.outcome_state = QLabel()
        self.outcome_state.setWordWrap(True)
        self.outcome_combo = shrinkable_combo(QComboBox(), _COMBO_CHARS)
        for value, label in OUTCOME_LABELS.items():
            self.outcome_combo.addItem(self.tr(label), value)
        self.outcome_on = _date_edit()
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
        return page

    # ---- state ------------------------------------------------------------------------------
    def attach(self, ctx: Any) -> None:
        self.ctx = ctx
        if self.grievance_id is None:
            self._reset_dates()  # not QDateEdit's 2000-01-01 before the first case is chosen

    def _reset_dates(self) -> None:
        today = to_qdate(self._today())
        for edit in (self.incident_on, self.knew_on, self.filed_on, self.outcome_on):
            edit.setDate(today)

    def _today(self) -> dt.date:
        return self.ctx.today() if self.ctx is not None else dt.date.today()

    def set_choices(self, *, contracts: list[tuple[int, str]],
                    areas: list[tuple[int, str]]) -> None:
        """Fill the contract and area pickers (ids with display names)."""
        keep_contract = self.contract_combo.currentData()
        keep_area = self.area_combo.currentData()
        self.contract_combo.clear()
        for cid, name in contracts:
            self.contract_combo.addItem(name, cid)
        self.area_combo.clear()
        self.area_combo.addItem(self.tr("—"), None)
        for aid, name in areas:
            self.area_combo.addItem(name, aid)
        self._select(self.contract_combo, keep_contract)
        self._select(self.area_combo, keep_area)

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        i = combo.findData(value)
        if i >= 0:
            combo.setCurrentIndex(i)

    def _set_enabled_for_case(self) -> None:
        exists = self.grievance_id is not None
        is_open = exists and self.detail is not None and self.detail.status == "open"
        self.contract_combo.setEnabled(not exists)
        self.number.setReadOnly(exists)
        self.filed_widget.setVisible(not exists)
        for tab in (1, 2, 3):
            self.tabs.setTabEnabled(tab, exists)
        for b in (self.file_button, self.answer_button, self.advance_button,
                  self.extension_button, self.close_button):
            b.setEnabled(is_open)
        self.reopen_button.setEnabled(exists and not is_open)
        if is_open and self.detail is not None:
            filed = {e.step for e in self.detail.events if e.kind == "filed"}
            answered = {e.step for e in self.detail.events if e.kind == "answered"}
            step = self.detail.current_step
            self.file_button.setEnabled(step not in filed)
            self.answer_button.setEnabled(step in filed and step not in answered)
            self.advance_button.setEnabled(step in filed)

    def clear(self) -> None:
        """Drop every field and row (on lock); take ``draft()`` first to keep unsaved work."""
        self.grievance_id = None
        self.detail = None
        self._clean = None
        self.heading.clear()
        self.number.clear()
        self.title_edit.clear()
        self.article.clear()
        for edit in self.texts.values():
            edit.clear()
        self.outcome_notes.clear()
        self.grievants_model.clear()
        self._set_steward(None)
        self.contract_combo.clear()
        self.area_combo.clear()
        self.deadlines_model.clear()
        self.events_model.clear()
        self.extensions_model.clear()
        self.attachments_model.clear()
        self.step_label.clear()
        self.outcome_state.clear()
        self.sensitive.setChecked(False)
        set_error_label(self.error, None)
        self._show_info("")
        self._set_enabled_for_case()

    # ---- unsaved work across a lock ----------------------------------------------------------
    def _values(self) -> dict[str, Any]:
        """Every field a user types or picks, as plain Python values."""
        values: dict[str, Any] = {key: edit.toPlainText() for key, edit in self.texts.items()}
        values.update(
            number=self.number.text(), title=self.title_edit.text(),
            article=self.article.text(), type=self.type_combo.currentData(),
            contract_id=self.contract_combo.currentData(), area_id=self.area_combo.currentData(),
            incident_on=from_qdate(self.incident_on.date()),
            knew_known=self.knew_known.isChecked(), knew_on=from_qdate(self.knew_on.date()),
            filed_now=self.filed_now.isChecked(), filed_on=from_qdate(self.filed_on.date()),
            sensitive=self.sensitive.isChecked(), steward_id=self.steward_id,
            grievant_ids=[r.id for r in self.grievants_model.rows()],
            outcome=self.outcome_combo.currentData(),
            outcome_on=from_qdate(self.outcome_on.date()),
            outcome_notes=self.outcome_notes.toPlainText(),
        )
        return values

    def draft(self) -> dict[str, Any] | None:
        """The unsaved field values of the form (a new case, or edits to the shown one), or
        None when there is nothing unsaved. A plain dict for the main window to keep in memory
        over a lock (SECURITY.md): never logged or written anywhere."""
        if self._clean is None:
            return None
        values = self._values()
        if values == self._clean:
            return None
        return {"grievance_id": self.grievance_id, "workplace_id": self.workplace_id,
                "tab": self.tabs.currentIndex(), "values": values}

    def restore_draft(self, draft: dict[str, Any]) -> bool:
        """Put a ``draft()`` back: the case (or a new form) first, then the typed values.
        False when its case no longer exists (the draft is then dropped)."""
        grievance_id = draft.get("grievance_id")
        if grievance_id is None:
            self.new_grievance(draft.get("workplace_id"))
        elif not self.load(int(grievance_id)):
            return False
        v = draft.get("values") or {}
        for key, edit in self.texts.items():
            edit.setPlainText(v.get(key, ""))
        if grievance_id is None:
            self.number.setText(v.get("number", ""))
        self.title_edit.setText(v.get("title", ""))
        self.article.setText(v.get("article", ""))
        self._select(self.type_combo, v.get("type"))
        if grievance_id is None:
            self._select(self.contract_combo, v.get("contract_id"))
        self._select(self.area_combo, v.get("area_id"))
        for edit, key in ((self.incident_on, "incident_on"), (self.knew_on, "knew_on"),
                          (self.filed_on, "filed_on"), (self.outcome_on, "outcome_on")):
            if v.get(key) is not None:
                edit.setDate(to_qdate(v[key]))
        self.knew_known.setChecked(bool(v.get("knew_known")))
        self.filed_now.setChecked(bool(v.get("filed_now")))
        self.sensitive.setChecked(bool(v.get("sensitive")))
        self._set_steward(v.get("steward_id"))
        # names looked up again: the draft keeps ids only where it can
        self.grievants_model.set_rows([grievances_q.PersonRef(i, self.name_of(i))
                                       for i in v.get("grievant_ids", [])])
        self._select(self.outcome_combo, v.get("outcome"))
        self.outcome_notes.setPlainText(v.get("outcome_notes", ""))
        tab = int(draft.get("tab") or 0)
        if self.tabs.isTabEnabled(tab):
            self.tabs.setCurrentIndex(tab)
        self._show_info(self.tr("Your unsaved changes are back; save them when ready."))
        return True

    def new_grievance(self, workplace_id: int | None) -> None:
        """An empty form for a new case at this workplace."""
        self.grievance_id = None
        self.detail = None
        self.workplace_id = workplace_id
        self.heading.setText(self.tr("New grievance"))
        for edit in (self.number, self.title_edit, self.article):
            edit.clear()
        for edit in self.texts.values():
            edit.clear()
        self.grievants_model.clear()
        self._set_steward(None)
        self.type_combo.setCurrentIndex(0)
        self.area_combo.setCurrentIndex(0)
        today = self._today()
        self.incident_on.setDate(to_qdate(today))
        self.knew_known.setChecked(False)
        self.knew_on.setDate(to_qdate(today))
        self.filed_now.setChecked(False)
        self.filed_on.setDate(to_qdate(today))
        self.sensitive.setChecked(False)
        for model in (self.deadlines_model, self.events_model, self.extensions_model,
                      self.attachments_model):
            model.clear()
        set_error_label(self.error, None)
        self._show_info("")
        self.tabs.setCurrentIndex(0)
        self._set_enabled_for_case()
        self._clean = self._values()
        self.title_edit.setFocus()

    def load(self, grievance_id: int) -> bool:
        """Show one case; False when it no longer exists."""
        if self.ctx is None:
            return False
        try:
            with self.ctx.unit_of_work() as session:
                detail = grievances_q.grievance_detail(session, grievance_id,
                                                       today=self._today())
        except ForumKitError as exc:
            set_error_label(self.error, error_text(exc))
            return False
        self.grievance_id = grievance_id
        self.detail = detail
        self.workplace_id = detail.workplace_id
        self.heading.setText(f"{detail.number} — {detail.title}")
        self.number.setText(detail.number)
        self.title_edit.setText(detail.title)
        self._select(self.type_combo, detail.grievance_type)
        self._select(self.contract_combo, detail.contract_id)
        self._select(self.area_combo, detail.area_id)
        self.incident_on.setDate(to_qdate(detail.incident_on))
        self.knew_known.setChecked(detail.knew_on is not None)
        self.knew_on.setDate(to_qdate(detail.knew_on or detail.incident_on))
        for key, edit in self.texts.items():
            edit.setPlainText(getattr(detail, key))
        self.article.setText(detail.contract_article)
        self.sensitive.setChecked(detail.sensitive)
        self.grievants_model.set_rows(detail.grievants)
        self.steward_id = detail.steward_id
        self.steward_label.setText(detail.steward_name or "—")
        self.step_label.setText(self.tr("Current step: {step} (contract: {contract})").format(
            step=detail.step_name, contract=detail.contract_name))
        self.deadlines_model.set_rows(detail.deadlines)
        set_error_label(self.deadline_problem, detail.deadline_problem)
        self.events_model.set_rows(detail.events)
        self.extensions_model.set_rows(detail.extensions)
        self.attachments_model.set_rows(detail.attachments)
        if detail.status == "closed":
            label = OUTCOME_LABELS.get(detail.outcome or "", detail.outcome or "")
            when = detail.outcome_on.isoformat() if detail.outcome_on else ""
            self.outcome_state.setText(self.tr("Closed: {o} {d}").format(o=label, d=when))
            self._select(self.outcome_combo, detail.outcome)
            self.outcome_notes.setPlainText(detail.outcome_notes)
        else:
            self.outcome_state.setText(self.tr("Open"))
            self.outcome_on.setDate(to_qdate(self._today()))
            self.outcome_notes.clear()
        set_error_label(self.error, None)
        self._set_enabled_for_case()
        self._clean = self._values()
        return True

    def _show_info(self, text: str) -> None:
        self.message = text
        self.info.setText(text)
        self.info.setVisible(bool(text))

    # ---- people -----------------------------------------------------------------------------
    def _set_steward(self, contact_id: int | None) -> None:
        self.steward_id = contact_id
        self.steward_label.setText(self.name_of(contact_id) if contact_id else "—")

    def _choose_steward(self) -> None:
        chosen = self.pick_contact(self)
        if chosen is not None:
            self._set_steward(chosen)

    def add_grievant(self) -> int | None:
        chosen = self.pick_contact(self)
        if chosen is None:
            return None
        rows = self.grievants_model.rows()
        if all(r.id != chosen for r in rows):
            rows.append(grievances_q.PersonRef(chosen, self.name_of(chosen)))
            self.grievants_model.set_rows(rows)
        return chosen

    def _remove_grievant(self) -> None:
        index = self.grievants.currentIndex()
        if index.isValid():
            rows = self.grievants_model.rows()
            del rows[index.row()]
            self.grievants_model.set_rows(rows)

    # ---- actions ----------------------------------------------------------------------------
    def _run(self, action: Callable[[Any], Any]) -> Any:
        """``action(session)`` in one unit of work; the core's message inline on failure."""
        if self.ctx is None:
            return None
        try:
            with self.ctx.unit_of_work() as session:
                result = action(session)
        except ForumKitError as exc:
            set_error_label(self.error, error_text(exc))
            return None
        set_error_label(self.error, None)
        return result if result is not None else True

    def _fields(self) -> dict[str, Any]:
        values: dict[str, Any] = {key: edit.toPlainText() for key, edit in self.texts.items()}
        values.update(
            title=self.title_edit.text(),
            contract_article=self.article.text(),
            area_id=self.area_combo.currentData(),
            steward_id=self.steward_id,
            sensitive=self.sensitive.isChecked(),
            incident_on=from_qdate(self.incident_on.date()),
            knew_on=from_qdate(self.knew_on.date()) if self.knew_known.isChecked() else None,
        )
        return values

    def save(self) -> int | None:
        """File the new case, or save the fields and grievants of this one."""
        fields = self._fields()
        grievants = [r.id for r in self.grievants_model.rows()]
        if self.grievance_id is None:
            if self.workplace_id is None or self.contract_combo.currentData() is None:
                set_error_label(self.error, self.tr(
                    "Choose a contract first (set one up with “Contract…”)."))
                return None
            number = self.number.text().strip() or None
            filed_on = from_qdate(self.filed_on.date()) if self.filed_now.isChecked() else None
            workplace_id = self.workplace_id
            contract_id = self.contract_combo.currentData()
            kind = self.type_combo.currentData()
            today = self._today()
            new_id = self._run(lambda s: grievances_s.file_grievance(
                s, workplace_id=workplace_id, contract_id=contract_id, grievance_type=kind,
                number=number, filed_on=filed_on, grievant_ids=grievants, today=today,
                **fields).id)
            if new_id is None:
                return None
            self.load(new_id)
            self.saved.emit(new_id)
            return new_id
        grievance_id = self.grievance_id

        def change(session: Any) -> None:
            grievances_s.update_grievance(session, grievance_id=grievance_id, **fields)
            grievances_s.set_grievants(session, grievance_id=grievance_id, contact_ids=grievants)

        if self._run(change) is None:
            return None
        self.load(grievance_id)
        self.saved.emit(grievance_id)
        return grievance_id

    def _after_change(self, text: str) -> None:
        assert self.grievance_id is not None
        self.load(self.grievance_id)
        self._show_info(text)
        self.saved.emit(self.grievance_id)

    def record_event(self, kind: str) -> bool:
        """Record the filing or the employer's answer at the current step (asks the date)."""
        if self.grievance_id is None:
            return False
        title = self.tr("Record filing") if kind == "filed" else self.tr("Record answer")
        on = self.ask_date(self, title, self.tr("Date:"), self._today())
        if on is None:
            return False
        grievance_id = self.grievance_id
        if self._run(lambda s: grievances_s.record_step_event(
                s, grievance_id=grievance_id, kind=kind, on=on)) is None:
            return False
        self._after_change(self.tr("Recorded; deadlines recomputed."))
        return True

    def advance(self) -> bool:
        """Appeal to the next step: the deadlines are recomputed from the contract's rules."""
        if self.grievance_id is None:
            return False
        on = self.ask_date(self, self.tr("Appeal to the next step"),
                           self.tr("Appeal filed on:"), self._today())
        if on is None:
            return False
        grievance_id = self.grievance_id
        if self._run(lambda s: grievances_s.advance_step(
                s, grievance_id=grievance_id, filed_on=on)) is None:
            return False
        self._after_change(self.tr("Appealed; deadlines recomputed from the contract."))
        return True

    def add_extension(self) -> bool:
        if self.grievance_id is None:
            return False
        kinds = [("file", self.tr("Filing / appeal deadline")),
                 ("answer", self.tr("Employer's answer deadline"))]
        if self.detail is not None and self.detail.deadlines:
            # The earliest open deadline first: it is the one usually extended.
            first = self.detail.deadlines[0].kind
            kinds.sort(key=lambda k: k[0] != first)
        answer = self.ask_extension(self, self._today(), kinds)
        if answer is None:
            return False
        kind, new_date, agreed_on, agreed_with = answer
        grievance_id = self.grievance_id
        if self._run(lambda s: grievances_s.add_extension(
                s, grievance_id=grievance_id, kind=kind, new_date=new_date,
                agreed_on=agreed_on, agreed_with=agreed_with)) is None:
            return False
        self._after_change(self.tr("Extension recorded; the deadline moved."))
        return True

    def close_case(self) -> bool:
        if self.grievance_id is None:
            return False
        grievance_id = self.grievance_id
        outcome = self.outcome_combo.currentData()
        on = from_qdate(self.outcome_on.date())
        notes = self.outcome_notes.toPlainText()
        if self._run(lambda s: grievances_s.close_grievance(
                s, grievance_id=grievance_id, outcome=outcome, outcome_on=on,
                notes=notes)) is None:
            return False
        self._after_change(self.tr("Closed."))
        return True

    def reopen_case(self) -> bool:
        if self.grievance_id is None:
            return False
        grievance_id = self.grievance_id
        if self._run(lambda s: grievances_s.reopen(s, grievance_id=grievance_id)) is None:
            return False
        self._after_change(self.tr("Reopened; its deadlines count again."))
        return True

    # ---- attachments ------------------------------------------------------------------------
    def _selected_attachment(self) -> Any:
        index = self.attachments.currentIndex()
        if not index.isValid() and self.attachments_model.rowCount() == 1:
            index = self.attachments_model.index(0, 0)
        return self.attachments_model.row_at(index.row()) if index.isValid() else None

    def add_attachment(self, path: str | None = None) -> int | None:
        """Read a file and store it inside the vault."""
        if self.grievance_id is None:
            return None
        path = path or self.choose_open_file(self)
        if not path:
            return None
        try:
            if Path(path).stat().st_size > grievances_s.MAX_ATTACHMENT_BYTES:
                set_error_label(self.error, self.tr(
                    "The file is larger than 25 MB; attach a smaller copy or an extract."))
                return None
            data = Path(path).read_bytes()
        except OSError:
            set_error_label(self.error, self.tr("The file could not be read; check it exists."))
            return None
        grievance_id = self.grievance_id
        today = self._today()
        new_id = self._run(lambda s: grievances_s.add_attachment(
            s, grievance_id=grievance_id, filename=Path(path).name, data=data, today=today).id)
        if new_id is None:
            return None
        self._after_change(self.tr("Evidence stored in the vault."))
        return new_id

    def _attachment_bytes(self, attachment_id: int) -> tuple[str, str, bytes] | None:
        result = self._run(lambda s: grievances_s.attachment_data(s, attachment_id))
        return None if result is None or result is True else result

    def preview_attachment(self) -> bool:
        record = self._selected_attachment()
        if record is None:
            return False
        loaded = self._attachment_bytes(record.id)
        if loaded is None:
            return False
        filename, media_type, data = loaded
        widget = preview_widget(filename, media_type, data)
        if widget is None:
            self._show_info(self.tr("No preview for this kind of file; use “Save a copy…”."))
            return False
        # a fixed title: file names are often people's names, and titles show in task switchers
        self.show_preview(self, self.tr("Evidence preview"), widget)
        return True

    def save_attachment_copy(self) -> str | None:
        """Write the attachment where the user chooses (an unencrypted copy, said so)."""
        record = self._selected_attachment()
        if record is None:
            return None
        target = self.choose_save_file(self, record.filename)
        if not target:
            return None
        loaded = self._attachment_bytes(record.id)
        if loaded is None:
            return None
        try:
            write_atomic(target, loaded[2])
        except ForumKitError:
            set_error_label(self.error, self.tr("The copy could not be written there."))
            return None
        self._show_info(self.tr("Copy saved. It is not encrypted: delete it when done."))
        return target

    def remove_attachment(self) -> bool:
        record = self._selected_attachment()
        if record is None or self.ctx is None:
            return False
        if not self.ctx.confirm(self, self.tr("this evidence file"),
                                [self.tr("the file stored in the vault")]):
            return False
        attachment_id = record.id
        if self._run(lambda s: grievances_s.remove_attachment(
                s, attachment_id=attachment_id)) is None:
            return False
        self._after_change(self.tr("Evidence removed."))
        return True

    def current_row_id(self) -> int | None:
        index = self.attachments.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None


__all__ = ["GrievanceEditor", "ask_date", "ask_extension", "preview_widget"]
