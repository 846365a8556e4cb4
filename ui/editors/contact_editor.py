"""``ContactEditor``: add or edit one contact, append to their assessment history, manage their
ties to other contacts, organic-leader and sensitive flags, and committee role.

Every save is one user action and so one ``ctx.unit_of_work()`` (ARCHITECTURE.md rule 6); the
editor reads the contact through ``forum_kit.queries.people.person_detail`` (a frozen row, never a
live ORM object). Assessments are appended, never edited. The whole editor works from the keyboard:
Enter in a one-line field (or Ctrl+S anywhere in it) saves, Tab walks every control in reading
order and mnemonics reach the fields that have a free letter. It lays itself out to shrink to
about 380 px wide (combos elide, checkboxes stack), so a page can show it without clipping.
Errors are shown inline and never contain personal data (they are the core's messages).
A new person is added in one step: name, area, phone and a first assessment together; the
assessment picker of a known person starts at their current level (one click never appends a
different one), and assessments made here are by "me" (``forum_kit.services.me``) when chosen.
``draft()`` gives the unsaved values (None when the form matches what was loaded) and
``restore_draft`` puts them back for the same person: the page keeps them in memory across an
auto-lock (SECURITY.md: unsaved edits survive the lock), never on disk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QAbstractItemModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from forum_kit.committee.review import contact_provenance
from forum_kit.errors import NotFound
from forum_kit.places import words
from forum_kit.queries import people as people_q
from forum_kit.queries.placements import placement_history
from forum_kit.services import assessments as assessments_s
from forum_kit.services import committees as committees_s
from forum_kit.services import contacts as contacts_s
from forum_kit.services import me as me_s
from ui.editors.common import error_text, from_qdate, set_error_label, to_qdate
from ui.i18n import shown
from ui.models.assessment_history_model import AssessmentHistoryModel
from ui.models.roles import ID_ROLE, LevelStyle, picker_levels
from ui.models.small_lists import TiesModel
from ui.widgets.dates import date_edit
from ui.widgets.layout import shrinkable_combo
from ui.widgets.provenance import ProvenanceLabel
from ui.widgets.tables import table_view

PickContact = Callable[[QWidget | None], int | None]

_TEXT_FIELDS = ("first_name", "last_name", "job_title", "shift", "phone", "email", "language",
                "employee_number")
_ROLES = (("", "—"), ("C", QT_TR_NOOP("Committee member (C)")),
          ("CH", QT_TR_NOOP("Committee helper (CH)")))
_EMPLOYMENT = (("", "—"), ("FT", QT_TR_NOOP("Full time")), ("PT", QT_TR_NOOP("Part time")))


def _value(detail: Any, name: str, default: Any = "") -> Any:
    value = getattr(detail, name, default)
    return default if value is None else value


class ContactEditor(QWidget):
    """The form for one contact; ``saved`` carries the contact id after each successful save."""

    saved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: Any = None
        self.contact_id: int | None = None
        self.workplace_id: int | None = None
        self._loaded_role = ""
        # The form's values as last loaded or started: unsaved changes are the difference.
        self._baseline: dict[str, Any] | None = None
        self._levels: dict[int, LevelStyle] = {}
        # Replaced in tests; by default a search dialog over the People list.
        self.pick_contact: PickContact = lambda parent: None

        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("editorHeading")
        outer.addWidget(self.heading)
        self.provenance = ProvenanceLabel()
        outer.addWidget(self.provenance)
        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setVisible(False)
        outer.addWidget(self.error)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.first_name = QLineEdit()
        self.last_name = QLineEdit()
        self.area = shrinkable_combo(QComboBox())
        self.area.setAccessibleName(self.tr("Area"))
        self.job_title = QLineEdit()
        self.shift = QLineEdit()
        self.employment = shrinkable_combo(QComboBox(), 8)
        for value, label in _EMPLOYMENT:
            self.employment.addItem(shown(label), value)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("personal, never the company's"))
        self.phone.setAccessibleName(self.tr("Phone"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("personal, never the company's"))
        self.language = QLineEdit()
        self.employee_number = QLineEdit()
        self.employee_number.setAccessibleName(self.tr("Employee number"))
        # Card signed: a date only when ticked (most people have not signed one)
        self.card_signed = QCheckBox(self.tr("Signed on"))
        self.card_signed.setAccessibleName(self.tr("Card signed"))
        self.card_signed_on = date_edit()
        self.card_signed_on.setAccessibleName(self.tr("Card signed on"))
        self.card_signed_on.setEnabled(False)
        self.card_signed.toggled.connect(self.card_signed_on.setEnabled)
        card_row = QHBoxLayout()
        card_row.addWidget(self.card_signed)
        card_row.addWidget(self.card_signed_on, 1)
        # A new person's first assessment, given with the name (hidden for a known person, whose
        # history below takes new ones)
        self.start_level = shrinkable_combo(QComboBox(), 10)
        self.start_level.setAccessibleName(self.tr("Assessment"))
        self.committee_role = shrinkable_combo(QComboBox(), 8)
        for value, label in _ROLES:
            self.committee_role.addItem(shown(label), value)
        # One above the other: side by side they set the editor's minimum width.
        flags = QVBoxLayout()
        flags.setSpacing(2)
        self.organic_leader = QCheckBox(self.tr("&Organic leader"))
        self.sensitive = QCheckBox(self.tr("Sensiti&ve (never printed or exported)"))
        flags.addWidget(self.organic_leader)
        flags.addWidget(self.sensitive)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.notes.setAccessibleName(self.tr("Notes"))
        # Mnemonics are unique across the People page (its buttons, this form, the menu bar's
        # F, G and H); Shift, Phone and Notes have no free letter left and are reached by Tab.
        form.addRow(self.tr("F&irst name"), self.first_name)
        form.addRow(self.tr("Last nam&e"), self.last_name)
        form.addRow(self.tr("&Area"), self.area)
        form.addRow(self.tr("&Job"), self.job_title)
        form.addRow(self.tr("Shift"), self.shift)
        # where the person worked before (dated placements): a move keeps the past
        self.moves = QLabel()
        self.moves.setObjectName("areaHistory")
        self.moves.setWordWrap(True)
        self.moves.setEnabled(False)
        form.addRow("", self.moves)
        form.addRow(self.tr("Emplo&yment"), self.employment)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("E&mail"), self.email)
        form.addRow(self.tr("Lang&uage"), self.language)
        form.addRow(self.tr("Employee no."), self.employee_number)
        form.addRow(self.tr("Card"), card_row)
        form.addRow(self.tr("Assessment"), self.start_level)
        self.form = form
        form.addRow(self.tr("&Committee"), self.committee_role)
        form.addRow("", flags)
        form.addRow(self.tr("Notes"), self.notes)
        self.shift.setAccessibleName(self.tr("Shift"))
        outer.addLayout(form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S; Enter in a one-line field)"))
        self.save_button.clicked.connect(self.save)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        for name in _TEXT_FIELDS:
            getattr(self, name).returnPressed.connect(self.save)
        save_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self.save)

        # Assessment history: append-only.
        history_box = QGroupBox(self.tr("Assessment history"))
        hv = QVBoxLayout(history_box)
        self.history_model = AssessmentHistoryModel(self)
        # A person's history is a few rows: wrapping the evidence and sizing the rows to it is
        # cheap, and reads better than a sideways scroll in a narrow editor.
        self.history = self._small_table(self.history_model, self.tr("Assessment history"),
                                         (78, 100, 90))
        self.history.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setMinimumHeight(120)
        hv.addWidget(self.history)
        # Two rows: in one, the four controls set a minimum width the page cannot spare.
        append_grid = QGridLayout()
        self.new_level = shrinkable_combo(QComboBox(), 10)
        self.new_level.setAccessibleName(self.tr("New assessment level"))
        self.new_date = date_edit()
        self.new_date.setAccessibleName(self.tr("Assessed on"))
        self.new_evidence = QLineEdit()
        self.new_evidence.setPlaceholderText(self.tr("evidence (which conversation or action)"))
        self.new_evidence.setAccessibleName(self.tr("Evidence"))
        self.new_evidence.returnPressed.connect(self.append_assessment)
        self.append_button = QPushButton(self.tr("A&ppend assessment"))
        self.append_button.clicked.connect(self.append_assessment)
        append_grid.addWidget(self.new_level, 0, 0)
        append_grid.addWidget(self.new_date, 0, 1)
        append_grid.addWidget(self.new_evidence, 1, 0)
        append_grid.addWidget(self.append_button, 1, 1)
        append_grid.setColumnStretch(0, 1)
        hv.addLayout(append_grid)
        outer.addWidget(history_box, 1)

        ties_box = QGroupBox(self.tr("Talks to (social ties)"))
        tv = QVBoxLayout(ties_box)
        self.ties_model = TiesModel(self)
        self.ties = self._small_table(self.ties_model, self.tr("Talks to"), (150,))
        # two rows under the header, whatever room the page leaves (it scrolls up and down)
        self.ties.setMinimumHeight(self.ties.horizontalHeader().sizeHint().height()
                                   + 2 * self.ties.verticalHeader().defaultSectionSize() + 6)
        tv.addWidget(self.ties)
        tie_buttons = QHBoxLayout()
        self.add_tie_button = QPushButton(self.tr("Add &tie…"))
        self.add_tie_button.clicked.connect(self.add_tie)
        self.remove_tie_button = QPushButton(self.tr("&Remove tie"))
        self.remove_tie_button.clicked.connect(self.remove_tie)
        tie_buttons.addWidget(self.add_tie_button)
        tie_buttons.addWidget(self.remove_tie_button)
        tie_buttons.addStretch(1)
        tv.addLayout(tie_buttons)
        outer.addWidget(ties_box, 1)
        chain = (self.first_name, self.last_name, self.area, self.job_title, self.shift,
                 self.employment, self.phone, self.email, self.language, self.employee_number,
                 self.card_signed, self.card_signed_on, self.start_level, self.committee_role,
                 self.organic_leader, self.sensitive, self.notes, self.save_button, self.history,
                 self.new_level, self.new_date, self.new_evidence, self.append_button, self.ties,
                 self.add_tie_button, self.remove_tie_button)
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self._set_existing(False)

    @staticmethod
    def _small_table(model: QAbstractItemModel, name: str, widths: Sequence[int]) -> QTableView:
        # Fixed widths that fit the editor's usual width; the last column takes the rest. Both
        # lists are a few rows of short or wrapped text, so they wrap as they always have.
        view = table_view(model, name, widths, word_wrap=True)
        view.horizontalHeader().setMinimumSectionSize(40)
        return view

    # ---- set-up -------------------------------------------------------------------------
    def attach(self, ctx: Any) -> None:
        self.ctx = ctx
        self.new_date.setDate(to_qdate(ctx.today()))

    def set_levels(self, levels: dict[int, LevelStyle]) -> None:
        self._levels = dict(levels)
        self.history_model.set_levels(levels)
        current = self.new_level.currentData()
        start = self.start_level.currentData()
        self.new_level.clear()
        self.start_level.clear()
        self.start_level.addItem(self.tr("Not assessed yet"), None)
        for level, style in picker_levels(levels):
            for combo in (self.new_level, self.start_level):
                combo.addItem(style.text, level)
                combo.setItemData(combo.count() - 1, style.colour, Qt.ItemDataRole.DecorationRole)
        if current is not None:
            self.new_level.setCurrentIndex(max(0, self.new_level.findData(current)))
        self.start_level.setCurrentIndex(max(0, self.start_level.findData(start)))

    def set_areas(self, workplace_id: int | None, areas: Sequence[tuple[int, str]]) -> None:
        """The areas a contact can be in (id, "Parent / Child") for the current workplace."""
        self.workplace_id = workplace_id
        current = self.area.currentData()
        self.area.clear()
        for area_id, path in areas:
            self.area.addItem(path, area_id)
        if current is not None:
            i = self.area.findData(current)
            if i >= 0:
                self.area.setCurrentIndex(i)

    def set_place_kind(self, kind: str) -> None:
        """A neighbourhood has no shifts (forum_kit.places): its form hides the Shift row, and
        keeps the value a person brought along, so nothing typed is lost."""
        self.form.setRowVisible(self.shift, words(kind).shift is not None)

    def _set_existing(self, existing: bool) -> None:
        for w in (self.new_level, self.new_date, self.new_evidence, self.append_button,
                  self.history, self.ties, self.add_tie_button, self.remove_tie_button):
            w.setEnabled(existing)
        self.form.setRowVisible(self.start_level, not existing)

    # ---- load ---------------------------------------------------------------------------
    def new_contact(self, *, workplace_id: int | None, area_id: int | None = None) -> None:
        """An empty form for a new contact (in ``area_id`` when given)."""
        self._reset_fields()
        self.contact_id = None
        self.workplace_id = workplace_id
        self.heading.setText(self.tr("New person"))
        if area_id is not None:
            i = self.area.findData(area_id)
            if i >= 0:
                self.area.setCurrentIndex(i)
        self._set_existing(False)
        self._baseline = self._values()
        self.first_name.setFocus()
        self._scroll_to_top()

    def _scroll_to_top(self) -> None:
        """Bring the first field into view in whatever scroll area holds the editor (after the
        layout has settled, so that the scroll range is known)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is None:
            return
        area = parent
        area.verticalScrollBar().setValue(0)
        QTimer.singleShot(0, self, lambda: area.ensureWidgetVisible(self.heading))
    def load(self, contact_id: int) -> bool:
        """Show one contact; False when it no longer exists."""
        if self.ctx is None:
            return False
        set_error_label(self.error, None)
        try:
            with self.ctx.unit_of_work() as session:
                detail = people_q.person_detail(session, contact_id)
                history = placement_history(session, contact_id)
                reported = contact_provenance(session, contact_id)
        except NotFound:
            return False
        except Exception as exc:  # noqa: BLE001 - shown inline, never raised into Qt
            set_error_label(self.error, error_text(exc))
            return False
        self._show(detail)
        self._show_moves(history)
        self.provenance.show_lines(reported)
        return True

    def _show_moves(self, history: Sequence[Any]) -> None:
        """"Before: Dock (Nights) until 2025-03-14; …" for a person who moved, else nothing."""
        earlier = [h for h in history if h.until is not None]
        words = "; ".join(
            f"{h.area_name}" + (f" ({h.shift})" if h.shift else "")
            + f" until {h.until.isoformat()}" for h in earlier)
        self.moves.setText(self.tr("Before: %1").replace("%1", words) if words else "")
        self.form.setRowVisible(self.moves, bool(words))

    def _show(self, detail: Any) -> None:
        self.contact_id = detail.id
        self.workplace_id = _value(detail, "workplace_id", self.workplace_id)
        self.heading.setText(self.tr("Person"))
        for name in _TEXT_FIELDS:
            getattr(self, name).setText(str(_value(detail, name)))
        i = self.area.findData(_value(detail, "area_id", None))
        self.area.setCurrentIndex(i if i >= 0 else 0)
        employment = _value(detail, "employment", "")
        self.employment.setCurrentIndex(max(0, self.employment.findData(str(employment))))
        self._loaded_role = next(
            (m.role for m in _value(detail, "memberships", ()) if m.left_on is None), ""
        )
        self.committee_role.setCurrentIndex(max(0, self.committee_role.findData(self._loaded_role)))
        self.organic_leader.setChecked(bool(_value(detail, "organic_leader", False)))
        self.sensitive.setChecked(bool(_value(detail, "sensitive", False)))
        self.notes.setPlainText(str(_value(detail, "notes")))
        card = _value(detail, "card_signed_on", None)
        self.card_signed.setChecked(card is not None)
        self.card_signed_on.setDate(to_qdate(card if card is not None else self._today()))
        # the picker starts at where the person stands: appending it unchanged adds no new
        # level by mistake (it used to start at the previous person's, or at 0)
        level = _value(detail, "level", None)
        if level is not None:
            self.new_level.setCurrentIndex(max(0, self.new_level.findData(level)))
        self.history_model.set_rows(list(_value(detail, "assessments", ())))
        self.ties_model.set_rows(list(_value(detail, "ties", ())))
        self.new_evidence.clear()
        self._set_existing(True)
        self._baseline = self._values()

    def _today(self) -> Any:
        return self.ctx.today() if self.ctx is not None else from_qdate(self.new_date.date())

    def _reset_fields(self) -> None:
        for name in _TEXT_FIELDS:
            getattr(self, name).clear()
        self.notes.clear()
        self.card_signed.setChecked(False)
        if self.ctx is not None:
            self.card_signed_on.setDate(to_qdate(self.ctx.today()))
        self.start_level.setCurrentIndex(0)
        self.employment.setCurrentIndex(0)
        self.committee_role.setCurrentIndex(0)
        self._loaded_role = ""
        self.organic_leader.setChecked(False)
        self.sensitive.setChecked(False)
        self.history_model.clear()
        self.ties_model.clear()
        self.new_evidence.clear()
        self._show_moves(())
        self.provenance.show_lines(())
        set_error_label(self.error, None)

    def clear(self) -> None:
        """Drop every field and row (the vault is locking)."""
        self._reset_fields()
        self.area.clear()
        self.contact_id = None
        self.heading.clear()
        self._set_existing(False)
        self._baseline = None

    # ---- actions ------------------------------------------------------------------------
    def _fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: getattr(self, name).text() for name in _TEXT_FIELDS}
        out["area_id"] = self.area.currentData()
        out["employment"] = self.employment.currentData() or None
        out["organic_leader"] = self.organic_leader.isChecked()
        out["sensitive"] = self.sensitive.isChecked()
        out["notes"] = self.notes.toPlainText()
        out["card_signed_on"] = (from_qdate(self.card_signed_on.date())
                                 if self.card_signed.isChecked() else None)
        return out

    def _values(self) -> dict[str, Any]:
        """Every value a user can type or choose in the form (what a draft keeps)."""
        out = self._fields()
        out["committee_role"] = self.committee_role.currentData() or ""
        out["new_evidence"] = self.new_evidence.text()
        out["start_level"] = self.start_level.currentData()
        return out

    def has_changes(self) -> bool:
        """Whether the form differs from what was loaded (or from the empty new form)."""
        return self._baseline is not None and self._values() != self._baseline

    def draft(self) -> dict[str, Any] | None:
        """The unsaved values and whose they are, or None when there are none. Memory only."""
        if not self.has_changes():
            return None
        return {"contact_id": self.contact_id, "workplace_id": self.workplace_id,
                "values": self._values()}

    def restore_draft(self, draft: dict[str, Any]) -> bool:
        """Load the person the draft was for (or start a new one) and put its values back;
        False when that person no longer exists."""
        values = draft.get("values", {})
        if draft.get("contact_id") is not None:
            if not self.load(draft["contact_id"]):
                return False
        else:
            self.new_contact(workplace_id=draft.get("workplace_id"),
                             area_id=values.get("area_id"))
        for name in _TEXT_FIELDS:
            getattr(self, name).setText(str(values.get(name, "")))
        i = self.area.findData(values.get("area_id"))
        if i >= 0:
            self.area.setCurrentIndex(i)
        self.employment.setCurrentIndex(max(0, self.employment.findData(
            values.get("employment") or "")))
        self.committee_role.setCurrentIndex(max(0, self.committee_role.findData(
            values.get("committee_role", ""))))
        self.organic_leader.setChecked(bool(values.get("organic_leader")))
        self.sensitive.setChecked(bool(values.get("sensitive")))
        self.notes.setPlainText(str(values.get("notes", "")))
        card = values.get("card_signed_on")
        self.card_signed.setChecked(card is not None)
        if card is not None:
            self.card_signed_on.setDate(to_qdate(card))
        self.start_level.setCurrentIndex(max(0, self.start_level.findData(
            values.get("start_level"))))
        self.new_evidence.setText(str(values.get("new_evidence", "")))
        return True

    def save(self) -> int | None:
        """Add or update the contact (and its committee role) in one unit of work."""
        if self.ctx is None:
            return None
        fields = self._fields()
        if fields["area_id"] is None:
            set_error_label(self.error, self.tr("Add an area on the Map page first."))
            return None
        today = self.ctx.today()
        role = self.committee_role.currentData() or ""
        start_level = self.start_level.currentData() if self.contact_id is None else None
        try:
            with self.ctx.unit_of_work() as session:
                if self.contact_id is None:
                    if self.workplace_id is None:
                        set_error_label(self.error, self.tr("Add a workplace on the Map page."))
                        return None
                    contact = contacts_s.add_contact(
                        session, workplace_id=self.workplace_id, today=today, **fields
                    )
                    if start_level is not None:
                        # the first assessment, in the same unit of work as the person
                        assessments_s.append_assessment(
                            session, contact_id=contact.id, level=int(start_level),
                            assessed_on=today, assessed_by_id=me_s.get_me(session), today=today)
                else:
                    contact = contacts_s.update_contact(
                        session, contact_id=self.contact_id, today=today, **fields
                    )
                contact_id = contact.id
                if role != self._loaded_role:
                    if self._loaded_role:
                        committees_s.leave_committee(session, contact_id=contact_id, left_on=today)
                    if role:
                        committees_s.join_committee(
                            session, contact_id=contact_id, role=role, joined_on=today
                        )
        except Exception as exc:  # noqa: BLE001 - the core's words, shown inline
            set_error_label(self.error, error_text(exc))
            return None
        set_error_label(self.error, None)
        self.load(contact_id)
        self.saved.emit(contact_id)
        return contact_id

    def append_assessment(self) -> bool:
        """Append one assessment to the history (never overwrites an earlier one)."""
        if self.ctx is None or self.contact_id is None or self.new_level.currentData() is None:
            return False
        try:
            with self.ctx.unit_of_work() as session:
                assessments_s.append_assessment(
                    session,
                    contact_id=self.contact_id,
                    level=int(self.new_level.currentData()),
                    assessed_on=from_qdate(self.new_date.date()),
                    assessed_by_id=me_s.get_me(session),
                    evidence=self.new_evidence.text(),
                    today=self.ctx.today(),
                )
        except Exception as exc:  # noqa: BLE001
            set_error_label(self.error, error_text(exc))
            return False
        self.load(self.contact_id)
        self.saved.emit(self.contact_id)
        return True

    def add_tie(self) -> bool:
        if self.ctx is None or self.contact_id is None:
            return False
        other = self.pick_contact(self)
        if other is None:
            return False
        try:
            with self.ctx.unit_of_work() as session:
                contacts_s.add_tie(session, a_id=self.contact_id, b_id=other)
        except Exception as exc:  # noqa: BLE001
            set_error_label(self.error, error_text(exc))
            return False
        self.load(self.contact_id)
        return True

    def remove_tie(self) -> bool:
        if self.ctx is None or self.contact_id is None:
            return False
        index = self.ties.currentIndex()
        if not index.isValid():
            return False
        other = index.data(ID_ROLE)
        try:
            with self.ctx.unit_of_work() as session:
                contacts_s.remove_tie(session, a_id=self.contact_id, b_id=other)
        except Exception as exc:  # noqa: BLE001
            set_error_label(self.error, error_text(exc))
            return False
        self.load(self.contact_id)
        return True

