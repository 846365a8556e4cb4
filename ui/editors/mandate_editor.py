"""Dialogs of a forum's mandates and delegates: pass a mandate, report back, elect, recall.

Owns the four forms of the Assemblies page's Mandates and Delegates tabs, each returning a plain
frozen ``*Spec`` (or None when cancelled) that the page turns into one service call in one unit
of work: ``MandateDialog`` (the council agenda item, the instruction: vote for / against /
abstain / free vote, red lines, the figure to hold, an expiry date and the forum's mandate
motion), ``ReportDialog`` (the delegate's report-back: carried out or not, outcome, notes),
``DelegateDialog`` (name, council, delegate or alternate, term, the election motion) and
``RecallDialog`` (the forum's recall motion and the date the term ends). Motions are listed with
their result, so a lost recall is visible as such; the service refuses it and says why. Each is
a ``SubmitDialog``: a refusal keeps it open with the field marked. The recall's date starts at a
valid one (the day of the meeting that voted it, not before the term began) and is checked
before anything is asked or written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ui.editors.common import from_qdate, to_qdate
from ui.editors.meeting_editor import Submit, SubmitDialog, run_dialog
from ui.i18n import shown
from ui.models.assembly_models import CARRIED_OUT_LABELS, INSTRUCTION_LABELS, ROLE_LABELS
from ui.widgets.dates import date_edit

Choices = Sequence[tuple[int, str]]


def _date_edit(value: dt.date) -> QDateEdit:
    return date_edit(value)


def _combo(choices: Choices, none_label: str | None = None) -> QComboBox:
    combo = QComboBox()
    if none_label is not None:
        combo.addItem(none_label, None)
    for value, label in choices:
        combo.addItem(label, value)
    return combo


def _text(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMaximumHeight(90)
    return edit




# ---------------------------------------------------------------------------------- mandates


@dataclass(frozen=True)
class MandateSpec:
    agenda_item_id: int
    instruction: str
    red_lines: str = ""
    figure_to_hold: str = ""
    expires_on: dt.date | None = None
    motion_id: int | None = None


class MandateDialog(SubmitDialog):
    """The forum's instruction to its delegate on one council agenda item."""

    def __init__(self, parent: QWidget | None, items: Choices, motions: Choices,
                 today: dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pass a mandate"))
        form = QFormLayout(self)
        # a long label (a longer language) puts its field below it rather than widen the dialog
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.item = _combo(items)
        self.instruction = QComboBox()
        for value, label in INSTRUCTION_LABELS.items():
            self.instruction.addItem(shown(label), value)
        self.red_lines = _text(self.tr("What the delegate must never agree to"))
        self.figure = QLineEdit()
        self.figure.setPlaceholderText(self.tr("e.g. 5% pay rise, no fewer than 12 on the line"))
        self.expires = QCheckBox(self.tr("E&xpires on:"))
        self.expiry = _date_edit(today + dt.timedelta(days=60))
        self.expiry.setEnabled(False)
        self.expires.toggled.connect(self.expiry.setEnabled)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.expires)
        expiry_row.addWidget(self.expiry, 1)
        self.motion = _combo(motions, self.tr("(no motion recorded)"))
        form.addRow(self.tr("Council agenda &item:"), self.item)
        form.addRow(self.tr("&Instruction:"), self.instruction)
        form.addRow(self.tr("&Red lines:"), self.red_lines)
        form.addRow(self.tr("&Figure to hold:"), self.figure)
        form.addRow("", expiry_row)
        form.addRow(self.tr("Forum's &motion:"), self.motion)
        self.marks = [("agenda item", self.item), ("instruction", self.instruction),
                      ("red line", self.red_lines), ("figure", self.figure),
                      ("expir", self.expiry), ("motion", self.motion)]
        self.add_buttons(form)

    def values(self) -> MandateSpec | None:
        if self.item.currentData() is None:
            return None
        return MandateSpec(
            agenda_item_id=self.item.currentData(),
            instruction=self.instruction.currentData(),
            red_lines=self.red_lines.toPlainText(),
            figure_to_hold=self.figure.text(),
            expires_on=from_qdate(self.expiry.date()) if self.expires.isChecked() else None,
            motion_id=self.motion.currentData(),
        )


def ask_mandate(parent: QWidget | None, items: Choices, motions: Choices,
                today: dt.date, *, submit: Submit | None = None) -> MandateSpec | None:
    return run_dialog(MandateDialog(parent, items, motions, today), submit)


@dataclass(frozen=True)
class ReportSpec:
    carried_out: str
    reported_on: dt.date
    outcome: str = ""
    notes: str = ""
    delegate_id: int | None = None


class ReportDialog(SubmitDialog):
    """The delegate's report-back on one mandate after the council meeting."""

    def __init__(self, parent: QWidget | None, delegates: Choices, today: dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report back on the mandate"))
        form = QFormLayout(self)
        self.carried_out = QComboBox()
        for value, label in CARRIED_OUT_LABELS.items():
            self.carried_out.addItem(shown(label), value)
        self.outcome = _text(self.tr("What the council decided"))
        self.notes = _text(self.tr("The delegate's notes (stay in this vault)"))
        self.reported_on = _date_edit(today)
        self.delegate = _combo(delegates, self.tr("(not recorded)"))
        form.addRow(self.tr("&Mandate:"), self.carried_out)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        form.addRow(self.tr("&Notes:"), self.notes)
        form.addRow(self.tr("Reported &on:"), self.reported_on)
        form.addRow(self.tr("&Delegate:"), self.delegate)
        self.marks = [("outcome", self.outcome), ("notes", self.notes),
                      ("report", self.reported_on), ("delegate", self.delegate)]
        self.add_buttons(form)

    def values(self) -> ReportSpec:
        return ReportSpec(
            carried_out=self.carried_out.currentData(),
            reported_on=from_qdate(self.reported_on.date()),
            outcome=self.outcome.toPlainText(),
            notes=self.notes.toPlainText(),
            delegate_id=self.delegate.currentData(),
        )


def ask_report(parent: QWidget | None, delegates: Choices, today: dt.date, *,
               submit: Submit | None = None) -> ReportSpec | None:
    return run_dialog(ReportDialog(parent, delegates, today), submit)


# --------------------------------------------------------------------------------- delegates


@dataclass(frozen=True)
class DelegateSpec:
    display_name: str
    council_id: int
    role: str
    term_start: dt.date
    term_end: dt.date
    contact_id: int | None = None
    motion_id: int | None = None


class DelegateDialog(SubmitDialog):
    """Elect a delegate or alternate to a council for a term."""

    def __init__(self, parent: QWidget | None, councils: Choices, motions: Choices,
                 today: dt.date, *, council_id: int | None = None,
                 pick_contact: Callable[[QWidget], tuple[int, str] | None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Elect a delegate"))
        self.contact_id: int | None = None
        self._pick_contact = pick_contact
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("As the forum wants it shown to the council"))
        self.name.textEdited.connect(self._typed)
        self.from_contacts = QPushButton(self.tr("From &contacts…"))
        self.from_contacts.setEnabled(pick_contact is not None)
        self.from_contacts.clicked.connect(self._choose)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.from_contacts)
        self.council = _combo(councils)
        if council_id is not None:
            self.council.setCurrentIndex(max(0, self.council.findData(council_id)))
        self.role = QComboBox()
        for value, label in ROLE_LABELS.items():
            self.role.addItem(shown(label), value)
        self.term_start = _date_edit(today)
        self.term_end = _date_edit(today.replace(year=today.year + 1)
                                   if (today.month, today.day) != (2, 29)
                                   else today + dt.timedelta(days=365))
        self.motion = _combo(motions, self.tr("(no motion recorded)"))
        # never a silent OK: with no council to elect to, the form says so (the page offers to
        # create one before it opens this)
        self.no_council = QLabel(self.tr("There is no council yet. Create the council first "
                                         "(New council… beside the tree)."))
        self.no_council.setWordWrap(True)
        self.no_council.setVisible(not councils)
        form.addRow(self.no_council)
        # a label of its own: a row whose field is a layout gets no buddy, and shows the "&"
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, name_row)
        form.addRow(self.tr("C&ouncil:"), self.council)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Term &from:"), self.term_start)
        form.addRow(self.tr("Term &to:"), self.term_end)
        form.addRow(self.tr("Election &motion:"), self.motion)
        self.marks = [("name", self.name), ("council", self.council), ("role", self.role),
                      ("term end", self.term_end), ("end", self.term_end),
                      ("term", self.term_start), ("motion", self.motion)]
        self.add_buttons(form)

    def _typed(self, _text: str) -> None:
        # A name typed by hand is no longer the contact picked before.
        self.contact_id = None

    def _choose(self) -> None:
        if self._pick_contact is None:
            return
        chosen = self._pick_contact(self)
        if chosen is not None:
            self.contact_id, name = chosen
            self.name.setText(name)

    def check(self, spec: Any) -> str | None:
        if spec.council_id is None:
            return self.tr("Choose the council: there is none yet, so create it first "
                           "(New council… beside the tree).")
        if not spec.display_name.strip():
            return self.tr("Give the delegate's name (or choose them from the contacts).")
        if spec.term_end < spec.term_start:
            return self.tr("The term ends before it starts: check the term end.")
        return None

    def values(self) -> DelegateSpec | None:
        return DelegateSpec(
            display_name=self.name.text(),
            council_id=self.council.currentData(),
            role=self.role.currentData(),
            term_start=from_qdate(self.term_start.date()),
            term_end=from_qdate(self.term_end.date()),
            contact_id=self.contact_id,
            motion_id=self.motion.currentData(),
        )


def ask_delegate(parent: QWidget | None, councils: Choices, motions: Choices, today: dt.date,
                 council_id: int | None = None,
                 pick_contact: Callable[[QWidget], tuple[int, str] | None] | None = None,
                 *, submit: Submit | None = None) -> DelegateSpec | None:
    return run_dialog(DelegateDialog(parent, councils, motions, today, council_id=council_id,
                                     pick_contact=pick_contact), submit)


@dataclass(frozen=True)
class RecallSpec:
    motion_id: int
    on: dt.date


@dataclass(frozen=True)
class RecallMotion:
    """What the recall form checks of a motion: the day it was voted and whether it carried."""

    voted_on: dt.date
    carried: bool


class RecallDialog(SubmitDialog):
    """Choose the forum's recall motion (listed with its result) and the date the term ends."""

    def __init__(self, parent: QWidget | None, motions: Choices, today: dt.date, *,
                 details: dict[int, RecallMotion] | None = None,
                 term_start: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recall the delegate"))
        self._details = details or {}
        self._term_start = term_start
        self._today = today
        self._date_touched = False
        form = QFormLayout(self)
        self.motion = _combo(motions)
        self.on = _date_edit(today)
        form.addRow(self.tr("Recall &motion:"), self.motion)
        form.addRow(self.tr("Term &ends on:"), self.on)
        self.marks = [("motion", self.motion), ("date", self.on), ("term", self.on)]
        self.add_buttons(form)
        self._default_date()
        self.on.dateChanged.connect(self._touched)
        self.motion.currentIndexChanged.connect(lambda _i: self._default_date())

    def _touched(self, *_args: Any) -> None:
        self._date_touched = True

    def valid_from(self) -> dt.date | None:
        """The first date the chosen recall can end the term on (None: unknown)."""
        detail = self._details.get(self.motion.currentData())
        days = [d for d in (detail.voted_on if detail else None, self._term_start) if d]
        return max(days) if days else None

    def _default_date(self) -> None:
        # the day the forum voted (the term ends when the recall carries), never before the
        # term began; a date the steward typed is left alone
        first = self.valid_from()
        if first is not None and not self._date_touched:
            self.on.blockSignals(True)
            self.on.setDate(to_qdate(first))
            self.on.blockSignals(False)

    def check(self, spec: Any) -> str | None:
        detail = self._details.get(spec.motion_id)
        if detail is not None and not detail.carried:
            return self.tr("That recall motion was not carried, so it cannot end the term: "
                           "choose a carried recall motion.")
        if detail is not None and spec.on < detail.voted_on:
            return self.tr("The recall date is before the meeting that voted the recall "
                           "({day}): choose that day or a later one.").format(
                               day=detail.voted_on.isoformat())
        if self._term_start is not None and spec.on < self._term_start:
            return self.tr("The recall date is before the delegate's term started ({day})."
                           ).format(day=self._term_start.isoformat())
        return None

    def values(self) -> RecallSpec | None:
        if self.motion.currentData() is None:
            return None
        return RecallSpec(self.motion.currentData(), from_qdate(self.on.date()))


def ask_recall(parent: QWidget | None, motions: Choices, today: dt.date, *,
               details: dict[int, RecallMotion] | None = None,
               term_start: dt.date | None = None,
               submit: Submit | None = None) -> RecallSpec | None:
    return run_dialog(RecallDialog(parent, motions, today, details=details,
                                   term_start=term_start), submit)
