"""``MeetingEditor``: one meeting of a forum or council: attendance, agenda, motions and minutes.

Owns the meeting panel of the Assemblies page and its dialogs: scheduling a meeting (date, time
and place), the attendance picker (contacts found by name through the People search in SQL, each
ticked; the ticks survive a new search) with the number of guests, recording a motion (kind,
agenda item, result with the vote counts or a consensus) and the minutes. Each button is one
user action and one ``ctx.unit_of_work()`` through ``forum_kit.services.assemblies``; the panel
is shown from ``queries.assemblies.meeting_detail``. Every dialog is an injectable attribute
(``ask_motion``, ``pick_attendance``, ``ask_text``) so tests answer them without modal windows.

Also owns ``SubmitDialog`` and ``ask_and_apply``, which every Assemblies dialog uses so that
refused input is never lost: OK hands the dialog's values to the caller's ``submit`` (the one
service call in one unit of work); a refusal stays in the dialog, said under the form with the
field it names marked, and only a success closes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError
from forum_kit.queries import assemblies as assemblies_q
from forum_kit.queries import people as people_q
from forum_kit.services import assemblies as assemblies_s
from ui.editors.common import area_labels, error_text, prompt_text, set_error_label, show_error
from ui.i18n import shown
from ui.models.assembly_models import (
    MOTION_KIND_LABELS,
    RESULT_LABELS,
    AgendaModel,
    AttendanceModel,
    Attendee,
    MotionModel,
    NamesModel,
)
from ui.widgets.dates import DateTimeEdit
from ui.widgets.fit import fit_dialog
from ui.widgets.keys import on_return
from ui.widgets.tables import elide_middle, table_view

# The picker lists this many matches at most; more means "type more of the name".
PICKER_LIMIT = 300
_COUNTED = ("carried", "lost")


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel for the last row of ``dialog``, which is then made wide enough for its
    title and its fields' placeholders (``fit_dialog``)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    fit_dialog(dialog)
    return buttons


def show_rows(view: Any, rows: int) -> None:
    """Never let ``view`` shrink below ``rows`` rows and its header: a page too short for it
    scrolls instead (at 1280x720 these lists were squeezed to a row or two)."""
    header = view.horizontalHeader()
    header_height = 0 if header.isHidden() else header.sizeHint().height()
    row = view.verticalHeader().defaultSectionSize()
    # room for a horizontal scroll bar too: narrow columns bring one up and it covers a row
    bar = view.horizontalScrollBar().sizeHint().height()
    view.setMinimumHeight(header_height + rows * row + 2 * view.frameWidth() + bar + 2)


class Declined(Exception):  # noqa: N818 - not an error: the user said no to a confirmation
    """Raised by a ``submit`` whose confirmation was answered No: the dialog stays open."""


_MARK = "border: 2px solid #b71c1c;"
Submit = Callable[[Any], Any]


class SubmitDialog(QDialog):
    """A form whose OK submits: ``values()`` -> ``check(spec)`` (the form's own rules) ->
    ``submit(spec)``; any refusal keeps the dialog open, says why in ``error`` and marks the
    field whose words the message uses (``marks``: (word, widget) pairs, first match wins)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit: Submit | None = None
        self.outcome: Any = None
        self.marks: list[tuple[str, QWidget]] = []
        self.error = QLabel(self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        self.error.setVisible(False)

    def add_buttons(self, form: QFormLayout) -> None:
        """The error line, then OK and Cancel, at the foot of ``form``."""
        form.addRow(self.error)
        form.addRow(ok_cancel(self))

    def values(self) -> Any:  # pragma: no cover - every dialog overrides it
        raise NotImplementedError

    def check(self, spec: Any) -> str | None:
        """The form's own rules before anything is written; a message refuses."""
        return None

    def refuse(self, message: str) -> None:
        wanted = message.casefold()
        marked = next((w for word, w in self.marks if word.casefold() in wanted), None)
        for _word, widget in self.marks:
            widget.setStyleSheet(_MARK if widget is marked else "")
        self.error.setText(message)
        self.error.setVisible(True)
        # the mark's border and the message need room: grow, never squeeze a field
        self.resize(self.size().expandedTo(self.minimumSizeHint()).expandedTo(self.sizeHint()))
        if marked is not None:
            marked.setFocus()

    def accept(self) -> None:
        spec = self.values()
        problem = self.check(spec) if spec is not None else self.tr("Fill in the form first.")
        if problem:
            self.refuse(problem)
            return
        if self.submit is not None:
            try:
                self.outcome = self.submit(spec)
            except Declined:
                return
            except ForumKitError as exc:
                self.refuse(error_text(exc))
                return
        super().accept()


def run_dialog(dialog: SubmitDialog, submit: Submit | None = None) -> Any:
    """Show ``dialog`` modally; its values when accepted (after ``submit`` took them)."""
    dialog.submit = submit
    try:
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def ask_and_apply(ask: Callable[..., Any], args: Sequence[Any], apply: Submit,
                  on_refused: Callable[[str], None], **options: Any) -> Any:
    """``ask(*args, submit=...)`` a dialog that applies its own values (refusals stay in the
    dialog); the result of ``apply``, or None when cancelled. A replaced ``ask`` (tests) that
    only returns values gets them applied here, a refusal going to ``on_refused``."""
    applied: dict[str, Any] = {}

    def submit(spec: Any) -> Any:
        applied["result"] = apply(spec)
        return applied["result"]

    spec = ask(*args, submit=submit, **options)
    if spec is None:
        return None
    if "result" not in applied:
        try:
            applied["result"] = apply(spec)
        except ForumKitError as exc:
            on_refused(error_text(exc))
            return None
    return applied["result"]


def to_qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


# ------------------------------------------------------------------------------ scheduling


@dataclass(frozen=True)
class MeetingSpec:
    held_at: dt.datetime
    place: str


class MeetingDialog(SubmitDialog):
    """Date, time and place of a new meeting (or of one being fixed: ``place`` given)."""

    def __init__(self, parent: QWidget | None, default: dt.datetime, place: str = "",
                 title: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Schedule a meeting"))
        form = QFormLayout(self)
        self.when = DateTimeEdit(default)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. union hall, canteen after the late shift"))
        self.place.setText(place)
        form.addRow(self.tr("&Date and time:"), self.when)
        form.addRow(self.tr("&Place:"), self.place)
        self.marks = [("place", self.place), ("time", self.when)]
        self.add_buttons(form)

    def values(self) -> MeetingSpec:
        return MeetingSpec(from_qdatetime(self.when.dateTime()), self.place.text())


def ask_meeting(parent: QWidget | None, default: dt.datetime, place: str = "",
                title: str | None = None, *, submit: Submit | None = None) -> MeetingSpec | None:
    return run_dialog(MeetingDialog(parent, default, place, title), submit)


# ---------------------------------------------------------------------------------- motions


@dataclass(frozen=True)
class MotionSpec:
    text: str
    kind: str
    result: str
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    agenda_item_id: int | None = None


class MotionDialog(SubmitDialog):
    """A motion and its result: counted vote (for / against / abstain) or consensus."""

    def __init__(self, parent: QWidget | None, items: Sequence[tuple[int, str]],
                 kind: str = "ordinary") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a motion"))
        form = QFormLayout(self)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("The motion as put to the meeting"))
        self.kind = QComboBox()
        for value, label in MOTION_KIND_LABELS.items():
            self.kind.addItem(shown(label), value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.item = QComboBox()
        self.item.addItem(self.tr("(no agenda item)"), None)
        for item_id, title in items:
            self.item.addItem(title, item_id)
        self.result = QComboBox()
        for value, label in RESULT_LABELS.items():
            self.result.addItem(shown(label), value)
        self.counted = QCheckBox(self.tr("&Counted vote"))
        self.counted.setChecked(True)
        self.votes_for = QSpinBox()
        self.votes_against = QSpinBox()
        self.abstentions = QSpinBox()
        votes = QHBoxLayout()
        for label, box in ((self.tr("&For:"), self.votes_for),
                           (self.tr("A&gainst:"), self.votes_against),
                           (self.tr("A&bstain:"), self.abstentions)):
            box.setRange(0, 100_000)
            name = QLabel(label)
            name.setBuddy(box)
            # the row asks for its whole width (a longer language widens the dialog instead of
            # squeezing the counts)
            box.setMinimumWidth(box.sizeHint().width())
            name.setMinimumWidth(name.sizeHint().width())
            votes.addWidget(name)
            votes.addWidget(box)
        form.addRow(self.tr("&Motion:"), self.text)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Agenda &item:"), self.item)
        form.addRow(self.tr("&Result:"), self.result)
        form.addRow("", self.counted)
        form.addRow(self.tr("Vote:"), votes)
        self.marks = [("text", self.text), ("votes against", self.votes_against),
                      ("abstentions", self.abstentions), ("votes for", self.votes_for),
                      ("count", self.votes_for), ("result", self.result),
                      ("agenda item", self.item), ("kind", self.kind)]
        self.add_buttons(form)
        self.result.currentIndexChanged.connect(self._result_changed)
        self.counted.toggled.connect(self._result_changed)
        self._result_changed()

    def _result_changed(self, *_args: Any) -> None:
        # A consensus, a withdrawn or a pending motion has no counts (the service refuses them).
        countable = self.result.currentData() in _COUNTED
        self.counted.setEnabled(countable)
        for box in (self.votes_for, self.votes_against, self.abstentions):
            box.setEnabled(countable and self.counted.isChecked())

    def values(self) -> MotionSpec:
        counted = self.result.currentData() in _COUNTED and self.counted.isChecked()
        return MotionSpec(
            text=self.text.toPlainText(),
            kind=self.kind.currentData(),
            result=self.result.currentData(),
            votes_for=self.votes_for.value() if counted else None,
            votes_against=self.votes_against.value() if counted else None,
            abstentions=self.abstentions.value() if counted else None,
            agenda_item_id=self.item.currentData(),
        )


def ask_motion(parent: QWidget | None, items: Sequence[tuple[int, str]],
               kind: str = "ordinary", *, submit: Submit | None = None) -> MotionSpec | None:
    return run_dialog(MotionDialog(parent, items, kind), submit)


# ------------------------------------------------------------------------------- attendance


class AttendanceDialog(QDialog):
    """Tick who attended: search by name (FTS in SQL), tick, search again; guests counted."""

    def __init__(self, parent: QWidget | None, ctx: Any, workplace_id: int | None,
                 chosen: Sequence[int], guests: int) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workplace_id = workplace_id
        self.setWindowTitle(self.tr("Attendance"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Find by name:"))
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        label.setBuddy(self.search)
        layout.addWidget(label)
        layout.addWidget(self.search)
        self.model = AttendanceModel(self)
        self.model.set_checked(chosen)
        self._areas = area_labels(ctx, workplace_id)  # whole paths: leaf names repeat
        self.table = table_view(self.model, self.tr("People"), (240,))
        elide_middle(self.table, 1)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.table)
        self.more = QLabel()
        self.count = QLabel()
        layout.addWidget(self.more)
        layout.addWidget(self.count)
        row = QHBoxLayout()
        guests_label = QLabel(self.tr("&Guests (not in the vault):"))
        self.guests = QSpinBox()
        self.guests.setRange(0, 100_000)
        self.guests.setValue(guests)
        guests_label.setBuddy(self.guests)
        row.addWidget(guests_label)
        row.addWidget(self.guests)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(ok_cancel(self))
        self.search.textChanged.connect(lambda _t: self.reload())
        # Return does one thing: in the field it goes to the list, in the list it ticks the
        # row; neither also presses OK (the OK button does that, with Tab to it)
        self._return_keys = (on_return(self.search, self._to_table),
                             on_return(self.table, self._toggle_current))
        self.table.doubleClicked.connect(lambda index: self.model.toggle(index.row()))
        self.model.dataChanged.connect(lambda *_a: self._update_count())
        self.model.modelReset.connect(self._update_count)
        self.reload()
        self.resize(480, 520)

    def _toggle_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.toggle(index.row())

    def _to_table(self) -> None:
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.setFocus()

    def reload(self) -> None:
        text = self.search.text().strip() or None
        flt = people_q.PeopleFilter(workplace_id=self.workplace_id, text=text)
        try:
            with self.ctx.unit_of_work() as session:
                ids = people_q.people_ids(session, flt, today=self.ctx.today())
                rows = people_q.people_rows(session, ids[:PICKER_LIMIT], today=self.ctx.today())
        except ForumKitError:
            ids, rows = [], []
        self.model.set_rows([(r.id, r.full_name, self._areas.get(r.area_id, r.area_name))
                             for r in rows])
        extra = len(ids) - len(rows)
        self.more.setText(self.tr("%n more match; type more of the name.", "", extra)
                          if extra > 0 else "")

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n ticked", "", len(self.model.checked)))

    def values(self) -> tuple[list[int], int]:
        return sorted(self.model.checked), self.guests.value()


def pick_attendance(parent: QWidget | None, ctx: Any, workplace_id: int | None,
                    chosen: Sequence[int], guests: int) -> tuple[list[int], int] | None:
    """Ask who attended; (contact ids, guests) or None when cancelled."""
    dialog = AttendanceDialog(parent, ctx, workplace_id, chosen, guests)
    try:
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.model.clear()
        dialog.deleteLater()


# ----------------------------------------------------------------------------------- editor


class MeetingEditor(QWidget):
    """The chosen meeting: attendance, agenda, motions, minutes; ``saved`` after each change."""

    saved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: Any = None
        self.meeting_id: int | None = None
        self.detail: assemblies_q.MeetingDetail | None = None
        self.workplace_id: int | None = None
        self.ask_motion = ask_motion
        self.ask_text = prompt_text
        self.show_error = show_error
        self.pick_attendance = lambda parent, chosen, guests: pick_attendance(
            parent, self.ctx, self.workplace_id, chosen, guests)

        self.heading = QLabel(self.tr("Choose a meeting, or schedule one."))
        self.heading.setObjectName("meetingHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)  # forum name, date and place: long, so it wraps
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        set_error_label(self.error, None)

        self.attendance_label = QLabel()
        self.attendees = NamesModel(self)
        self.attendees_view = table_view(self.attendees, self.tr("Attended"))
        self.attendees_view.horizontalHeader().setVisible(False)
        self.attendance_button = QPushButton(self.tr("A&ttendance…"))
        box_a = QGroupBox(self.tr("Attendance"))
        la = QVBoxLayout(box_a)
        la.addWidget(self.attendance_label)
        la.addWidget(self.attendees_view)
        la.addWidget(self.attendance_button)

        self.agenda = AgendaModel(self)
        self.agenda_view = table_view(self.agenda, self.tr("Agenda"), (36, 220))
        self.add_item_button = QPushButton(self.tr("Add agenda &item…"))
        box_g = QGroupBox(self.tr("Agenda"))
        lg = QVBoxLayout(box_g)
        lg.addWidget(self.agenda_view)
        lg.addWidget(self.add_item_button)

        self.motions = MotionModel(self)
        self.motions_view = table_view(self.motions, self.tr("Motions"), (80, 200, 80))
        self.motion_button = QPushButton(self.tr("Record a &motion…"))
        box_m = QGroupBox(self.tr("Motions and results"))
        lm = QVBoxLayout(box_m)
        lm.addWidget(self.motions_view)
        lm.addWidget(self.motion_button)
        for view in (self.attendees_view, self.agenda_view, self.motions_view):
            show_rows(view, 4)

        self.minutes = QPlainTextEdit()
        self.minutes.setTabChangesFocus(True)
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.minutes_button = QPushButton(self.tr("&Save minutes"))
        box_n = QGroupBox(self.tr("Minutes"))
        ln = QVBoxLayout(box_n)
        ln.addWidget(self.minutes)
        ln.addWidget(self.minutes_button)

        top = QHBoxLayout()
        top.addWidget(box_a, 1)
        top.addWidget(box_g, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(box_m, 3)
        bottom.addWidget(box_n, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.error)
        layout.addLayout(top, 1)
        layout.addLayout(bottom, 1)

        self.attendance_button.clicked.connect(lambda: self.edit_attendance())
        self.add_item_button.clicked.connect(lambda: self.add_item())
        self.motion_button.clicked.connect(lambda: self.record_motion())
        self.minutes_button.clicked.connect(lambda: self.save_minutes())
        self._enable(False)

    def attach(self, ctx: Any) -> None:
        self.ctx = ctx

    def _enable(self, on: bool) -> None:
        for widget in (self.attendance_button, self.add_item_button, self.motion_button,
                       self.minutes_button, self.minutes):
            widget.setEnabled(on)

    def clear(self) -> None:
        """Drop the meeting shown (on lock, or when another body is chosen)."""
        self.meeting_id = None
        self.detail = None
        self.heading.setText(self.tr("Choose a meeting, or schedule one."))
        self.attendance_label.clear()
        self.attendees.clear()
        self.agenda.clear()
        self.motions.clear()
        self.minutes.clear()
        set_error_label(self.error, None)
        self._enable(False)

    def draft(self) -> dict[str, Any] | None:
        """Minutes typed but not saved, as a plain dict for the main window to keep in memory
        over a lock (never written anywhere); None when there are none."""
        if self.meeting_id is None or self.detail is None:
            return None
        text = self.minutes.toPlainText()
        if text == (self.detail.minutes or ""):
            return None
        return {"meeting_id": self.meeting_id, "minutes": text}

    def restore_draft(self, draft: dict[str, Any]) -> bool:
        """Put unsaved minutes back when their meeting is the one shown (else drop them)."""
        if draft.get("meeting_id") != self.meeting_id or self.meeting_id is None:
            return False
        self.minutes.setPlainText(str(draft.get("minutes", "")))
        return True

    def load(self, meeting_id: int) -> bool:
        """Show one meeting; False when it no longer exists."""
        try:
            with self.ctx.unit_of_work() as session:
                detail = assemblies_q.meeting_detail(session, meeting_id)
        except ForumKitError as exc:
            self.clear()
            set_error_label(self.error, error_text(exc))
            return False
        self.meeting_id = meeting_id
        self.detail = detail
        when = detail.held_at.strftime("%Y-%m-%d %H:%M")
        place = f" — {detail.place}" if detail.place else ""
        self.heading.setText(f"{detail.body_name}: {when}{place}")
        guests = self.tr(", %n guest(s)", "", detail.guests) if detail.guests else ""
        self.attendance_label.setText(
            self.tr("%n attended", "", detail.attendance_count) + guests)
        self.attendees.set_rows([Attendee(i, n) for i, n in enumerate(detail.attendee_names)])
        self.agenda.set_rows(detail.agenda)
        self.motions.set_rows(detail.motions)
        self.minutes.setPlainText(detail.minutes)
        set_error_label(self.error, None)
        self._enable(True)
        return True

    def _attendee_ids(self) -> list[int]:
        # meeting_detail gives names only (what a printout needs); the picker needs the ids.
        if self.meeting_id is None:
            return []
        with self.ctx.unit_of_work() as session:
            return assemblies_q.attendee_ids(session, self.meeting_id)

    def _apply(self, action: Any) -> bool:
        """Run one change in one unit of work; show the core's message when it is refused."""
        try:
            with self.ctx.unit_of_work() as session:
                action(session)
        except ForumKitError as exc:
            set_error_label(self.error, error_text(exc))
            self.show_error(self, error_text(exc))
            return False
        assert self.meeting_id is not None
        self.load(self.meeting_id)
        self.saved.emit(self.meeting_id)
        return True

    # ---- actions ----------------------------------------------------------------------------
    def edit_attendance(self) -> bool:
        if self.meeting_id is None or self.detail is None:
            return False
        answer = self.pick_attendance(self, self._attendee_ids(), self.detail.guests)
        if answer is None:
            return False
        ids, guests = answer
        meeting_id = self.meeting_id
        return self._apply(lambda s: assemblies_s.record_attendance(
            s, meeting_id=meeting_id, contact_ids=list(ids), guests=guests))

    def add_item(self) -> bool:
        if self.meeting_id is None:
            return False
        meeting_id = self.meeting_id
        title: str | None = ""
        while True:
            # a refused title is asked again with what was typed in it (never lost)
            title = self.ask_text(
                self, self.tr("Agenda item"), self.tr("Title of the agenda item:"), title)
            if title is None:
                return False
            if self._apply(lambda s, typed=title: assemblies_s.add_agenda_item(
                    s, meeting_id=meeting_id, title=typed)):
                return True

    def record_motion(self, kind: str = "ordinary") -> bool:
        if self.meeting_id is None or self.detail is None:
            return False
        items = [(i.id, f"{i.ordinal}. {i.title}") for i in self.detail.agenda]
        meeting_id = self.meeting_id

        def apply(spec: MotionSpec) -> int:
            # refused counts stay in the dialog with the motion's text (never lost)
            with self.ctx.unit_of_work() as session:
                return assemblies_s.record_motion(
                    session, meeting_id=meeting_id, text=spec.text, kind=spec.kind,
                    result=spec.result, votes_for=spec.votes_for,
                    votes_against=spec.votes_against, abstentions=spec.abstentions,
                    agenda_item_id=spec.agenda_item_id).id

        def refused(message: str) -> None:
            set_error_label(self.error, message)
            self.show_error(self, message)

        if ask_and_apply(self.ask_motion, (self, items, kind), apply, refused) is None:
            return False
        self.load(meeting_id)
        self.saved.emit(meeting_id)
        return True

    def save_minutes(self) -> bool:
        if self.meeting_id is None:
            return False
        meeting_id, text = self.meeting_id, self.minutes.toPlainText()
        return self._apply(lambda s: assemblies_s.save_minutes(
            s, meeting_id=meeting_id, minutes=text))
