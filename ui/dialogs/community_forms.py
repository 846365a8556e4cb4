"""The forms of the Mutual aid page and the care items: a need or an offer, matching a need,
closing it, a fund entry, a time-bank exchange, a check-in and a retaliation incident.

Each form is a ``QDialog`` whose ``values()`` returns the keyword arguments of the service that
saves it (dates as ``datetime.date``, people as contact ids); each ``ask_*`` function shows one
and returns those values, or None when cancelled. Pages keep the ``ask_*`` functions as
attributes so tests answer them without a modal window. People are chosen through the app's
``PickContactDialog`` (``choose_person`` is injectable too). Validation is the services' job:
a refused value comes back as the service's message and the page shows it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_kit.aid_kinds import KIND_WORDS
from forum_kit.i18n import _ as gettext_
from ui.editors.common import from_qdate
from ui.editors.meeting_editor import ok_cancel
from ui.i18n import shown
from ui.models.community_models import FitsModel, FitView
from ui.models.roles import ID_ROLE
from ui.widgets.dates import date_edit
from ui.widgets.tables import table_view
from ui.widgets.wrapped_check import wrapped_check

ChoosePerson = Callable[[QWidget], "tuple[int, str] | None"]

VISIBILITY = (
    ("committee", QT_TR_NOOP("The committee only")),
    ("assembly", QT_TR_NOOP("The assembly, without the name")),
    ("named", QT_TR_NOOP("The assembly, with the name (the member agreed)")),
)
URGENCY = (
    ("normal", QT_TR_NOOP("Normal")),
    ("urgent", QT_TR_NOOP("Urgent")),
    ("low", QT_TR_NOOP("Low")),
)
EVENTS = (
    ("discipline", QT_TR_NOOP("Discipline")),
    ("injury", QT_TR_NOOP("Injury")),
    ("firing", QT_TR_NOOP("Firing")),
    ("eviction", QT_TR_NOOP("Eviction notice")),
    ("illness", QT_TR_NOOP("Illness")),
    ("other", QT_TR_NOOP("Other")),
)
FUND_KINDS = (
    ("dues", QT_TR_NOOP("Dues (money in)")),
    ("collection", QT_TR_NOOP("Collection (money in)")),
    ("donation", QT_TR_NOOP("Donation (money in)")),
    ("grant", QT_TR_NOOP("Grant to a member (money out)")),
    ("expense", QT_TR_NOOP("Expense (money out)")),
)
CONFIRMED = (
    ("committee", QT_TR_NOOP("Entered by the committee")),
    ("both", QT_TR_NOOP("Confirmed by both")),
    ("giver", QT_TR_NOOP("Confirmed by the giver only (waits)")),
    ("receiver", QT_TR_NOOP("Confirmed by the receiver only (waits)")),
)


def _combo(items: Sequence[tuple[Any, str]], name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    # long choices (who may see a need) show whole in the list, not by widening the form
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)
    for value, label in items:
        combo.addItem(shown(label), value)
    return combo


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _text(name: str, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    edit.setAccessibleName(name)
    return edit


class DateField(QWidget):
    """A date, optional when ``optional`` (a check box turns it on)."""

    def __init__(self, name: str, value: dt.date, *, optional: bool = False) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox() if optional else None
        self.edit = date_edit(value)  # the app's date field: Tab leaves it, Alt+Down opens it
        self.edit.setAccessibleName(name)
        if self.check is not None:
            self.check.setAccessibleName(name + " given")
            self.edit.setEnabled(False)
            self.check.toggled.connect(self.edit.setEnabled)
            row.addWidget(self.check)
        row.addWidget(self.edit, 1)

    def set(self, value: dt.date | None) -> None:
        if value is None:
            if self.check is not None:
                self.check.setChecked(False)
            return
        if self.check is not None:
            self.check.setChecked(True)
        self.edit.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> dt.date | None:
        if self.check is not None and not self.check.isChecked():
            return None
        return from_qdate(self.edit.date())


class PersonField(QWidget):
    """A chosen person: their name, "Choose…" and "Clear"."""

    def __init__(self, name: str, choose: ChoosePerson, *, empty: str = "(nobody)") -> None:
        super().__init__()
        self._choose = choose
        self._empty = empty
        self.contact_id: int | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(empty)
        self.label.setAccessibleName(name)
        self.button = QPushButton(self.tr("Choose…"))
        self.clear_button = QPushButton(self.tr("Clear"))
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        row.addWidget(self.clear_button)
        self.button.clicked.connect(self.choose)
        self.clear_button.clicked.connect(lambda: self.set(None, ""))

    def choose(self) -> None:
        picked = self._choose(self)
        if picked is not None:
            self.set(*picked)

    def set(self, contact_id: int | None, name: str) -> None:
        self.contact_id = contact_id
        self.label.setText(name if contact_id is not None else self._empty)


# --------------------------------------------------------------------------- needs, offers


class NeedOfferForm(QDialog):
    """A need (``side`` "need") or an offer: who, what, where, when, and who may see it."""

    def __init__(
        self,
        parent: QWidget | None,
        side: str,
        *,
        today: dt.date,
        areas: Sequence[tuple[int, str]],
        choose: ChoosePerson,
    ) -> None:
        super().__init__(parent)
        self.side = side
        self.setWindowTitle(self.tr("New need") if side == "need" else self.tr("New offer"))
        form = QFormLayout(self)
        self.kind = _combo([(k, gettext_(v)) for k, v in KIND_WORDS.items()], self.tr("Kind"))
        self.member = PersonField(self.tr("Member"), choose, empty=self.tr("(nobody named)"))
        self.anonymous, anonymous_words = wrapped_check(
            self.tr("Anonymous to the committee (nobody named at all)")
        )
        self.anonymous.toggled.connect(lambda on: self.member.setEnabled(not on))
        self.area = _combo([(None, self.tr("(the member's area)"))] + list(areas), self.tr("Area"))
        self.what = _text(
            self.tr("What is needed") if side == "need" else self.tr("What is offered")
        )
        self.start = DateField(self.tr("From"), today, optional=True)
        self.end = DateField(self.tr("Until"), today + dt.timedelta(days=7), optional=True)
        self.urgency = _combo(URGENCY, self.tr("Urgency"))
        self.visibility = _combo(VISIBILITY, self.tr("Who may see it"))
        self.on = DateField(self.tr("Date"), today)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Member:"), self.member)
        form.addRow(self.anonymous, anonymous_words)
        form.addRow(self.tr("&Where:"), self.area)
        form.addRow(self.tr("W&hat:"), self.what)
        form.addRow(
            self.tr("Needed &from:") if side == "need" else self.tr("Available &from:"), self.start
        )
        form.addRow(
            self.tr("Needed &by:") if side == "need" else self.tr("Available &until:"), self.end
        )
        if side == "need":
            form.addRow(self.tr("&Urgency:"), self.urgency)
        form.addRow(self.tr("&Seen by:"), self.visibility)
        form.addRow(self.tr("&Date:"), self.on)
        form.addRow(ok_cancel(self))

    def values(self) -> dict[str, Any]:
        anonymous = self.anonymous.isChecked()
        out: dict[str, Any] = {
            "kind": self.kind.currentData(),
            "what": self.what.toPlainText(),
            "contact_id": None if anonymous else self.member.contact_id,
            "anonymous": anonymous,
            "area_id": self.area.currentData(),
            "visibility": self.visibility.currentData(),
        }
        if self.side == "need":
            out.update(
                needed_from=self.start.value(),
                needed_by=self.end.value(),
                urgency=self.urgency.currentData(),
                raised_on=self.on.value(),
            )
        else:
            out.update(
                available_from=self.start.value(),
                available_until=self.end.value(),
                offered_on=self.on.value(),
            )
        return out


def _run(dialog: QDialog) -> dict[str, Any] | None:
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()  # type: ignore[attr-defined]
    finally:
        dialog.deleteLater()


class MatchForm(QDialog):
    """Who helps with a need: one of the offers that fit, or a member asked directly."""

    def __init__(
        self,
        parent: QWidget | None,
        summary: str,
        fits: Sequence[FitView],
        *,
        today: dt.date,
        choose: ChoosePerson,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Match a need"))
        layout = QVBoxLayout(self)
        title = QLabel(summary)
        title.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(
            QLabel(
                self.tr("Offers that fit, nearest first:")
                if fits
                else self.tr("No standing offer fits: ask a member directly.")
            )
        )
        self.fits = FitsModel(self)
        self.fits.set_rows(list(fits))
        self.table = table_view(self.fits, self.tr("Offers that fit"), (90, 150, 140, 90))
        self.table.setMinimumHeight(140)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.helper = PersonField(
            self.tr("Helper"), choose, empty=self.tr("(the chosen offer's member)")
        )
        self.help_on = DateField(self.tr("Help on"), today, optional=True)
        self.follow_up = DateField(
            self.tr("Follow up on"), today + dt.timedelta(days=7), optional=True
        )
        self.follow_up.check.setChecked(True)  # type: ignore[union-attr]
        self.notes = _text(self.tr("Notes"), 50)
        form.addRow(self.tr("Or a &member:"), self.helper)
        form.addRow(self.tr("&Help on:"), self.help_on)
        form.addRow(self.tr("&Follow up on:"), self.follow_up)
        form.addRow(self.tr("&Notes:"), self.notes)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        if fits:
            self.table.selectRow(0)
        self.today = today
        self.resize(620, 460)

    def values(self) -> dict[str, Any]:
        index = self.table.currentIndex()
        offer = index.data(ID_ROLE) if index.isValid() and self.helper.contact_id is None else None
        return {
            "offer_id": offer,
            "helper_id": self.helper.contact_id,
            "help_on": self.help_on.value(),
            "follow_up_on": self.follow_up.value(),
            "notes": self.notes.toPlainText(),
            "matched_on": self.today,
        }


class CloseNeedForm(QDialog):
    def __init__(self, parent: QWidget | None, today: dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close a need"))
        form = QFormLayout(self)
        self.status = _combo(
            (("met", "Met"), ("partly_met", "Partly met"), ("unmet", "Closed unmet")),
            self.tr("How it ended"),
        )
        self.reason = _text(self.tr("Reason"), 60)
        self.on = DateField(self.tr("Closed on"), today)
        form.addRow(self.tr("&Ended:"), self.status)
        form.addRow(self.tr("&Reason (for unmet):"), self.reason)
        form.addRow(self.tr("&Date:"), self.on)
        form.addRow(ok_cancel(self))

    def values(self) -> dict[str, Any]:
        return {
            "status": self.status.currentData(),
            "reason": self.reason.toPlainText(),
            "closed_on": self.on.value(),
        }


class FundEntryForm(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        today: dt.date,
        needs: Sequence[tuple[int, str]],
        choose: ChoosePerson,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Post to the fund"))
        form = QFormLayout(self)
        self.kind = _combo(FUND_KINDS, self.tr("Kind"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("12.50")
        self.amount.setAccessibleName(self.tr("Amount"))
        self.member = PersonField(self.tr("Member"), choose)
        self.need = _combo([(None, self.tr("(none)"))] + list(needs), self.tr("Need"))
        self.memo = QLineEdit()
        self.memo.setAccessibleName(self.tr("Memo"))
        self.on = DateField(self.tr("Date"), today)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Amount:"), self.amount)
        form.addRow(self.tr("&Member:"), self.member)
        form.addRow(self.tr("For the &need:"), self.need)
        form.addRow(self.tr("M&emo:"), self.memo)
        form.addRow(self.tr("&Date:"), self.on)
        form.addRow(
            _wrapped(
                self.tr("Entries are never edited: a mistake is corrected by reversing the entry.")
            )
        )
        form.addRow(ok_cancel(self))

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(),
            "amount": self.amount.text(),
            "contact_id": self.member.contact_id,
            "need_id": self.need.currentData(),
            "memo": self.memo.text(),
            "posted_on": self.on.value(),
        }


class ExchangeForm(QDialog):
    def __init__(self, parent: QWidget | None, *, today: dt.date, choose: ChoosePerson) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a time-bank exchange"))
        form = QFormLayout(self)
        self.giver = PersonField(self.tr("Giver"), choose)
        self.receiver = PersonField(self.tr("Receiver"), choose)
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("1.5 or 1:30"))
        self.hours.setAccessibleName(self.tr("Hours"))
        self.what = QLineEdit()
        self.what.setAccessibleName(self.tr("What was done"))
        self.on = DateField(self.tr("Date"), today)
        self.confirmed = _combo(CONFIRMED, self.tr("Confirmed by"))
        form.addRow(self.tr("&Giver:"), self.giver)
        form.addRow(self.tr("&Receiver:"), self.receiver)
        form.addRow(self.tr("&Hours:"), self.hours)
        form.addRow(self.tr("&What:"), self.what)
        form.addRow(self.tr("&Date:"), self.on)
        form.addRow(self.tr("&Confirmed:"), self.confirmed)
        form.addRow(QLabel(self.tr("An hour is an hour, whatever the work.")))
        form.addRow(ok_cancel(self))

    def values(self) -> dict[str, Any]:
        by = self.confirmed.currentData()
        return {
            "giver_contact_id": self.giver.contact_id,
            "receiver_contact_id": self.receiver.contact_id,
            "hours": self.hours.text(),
            "what": self.what.text(),
            "done_on": self.on.value(),
            "confirmed_by_giver": by in ("both", "giver"),
            "confirmed_by_receiver": by in ("both", "receiver"),
            "entered_by_committee": by == "committee",
        }


class CheckInForm(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        today: dt.date,
        member: tuple[int, str] | None,
        grievances: Sequence[tuple[int, str]],
        choose: ChoosePerson,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan a check-in"))
        form = QFormLayout(self)
        self.member = PersonField(self.tr("Member"), choose)
        if member is not None:
            self.member.set(*member)
        self.event = _combo(EVENTS, self.tr("After"))
        self.event_on = DateField(self.tr("Event on"), today)
        self.due_on = DateField(self.tr("Check in by"), today + dt.timedelta(days=3))
        self.checker = PersonField(self.tr("Who checks in"), choose)
        self.about = _text(self.tr("What happened"), 60)
        self.grievance = _combo(
            [(None, self.tr("(none)"))] + list(grievances), self.tr("Grievance")
        )
        form.addRow(self.tr("&Member:"), self.member)
        form.addRow(self.tr("&After:"), self.event)
        form.addRow(self.tr("&On:"), self.event_on)
        form.addRow(self.tr("Check in &by:"), self.due_on)
        form.addRow(self.tr("&Who checks in:"), self.checker)
        form.addRow(self.tr("W&hat happened:"), self.about)
        form.addRow(self.tr("&Grievance:"), self.grievance)
        form.addRow(ok_cancel(self))

    def values(self) -> dict[str, Any]:
        return {
            "contact_id": self.member.contact_id,
            "event": self.event.currentData(),
            "event_on": self.event_on.value(),
            "due_on": self.due_on.value(),
            "checker_id": self.checker.contact_id,
            "about": self.about.toPlainText(),
            "grievance_id": self.grievance.currentData(),
        }


class OutcomeForm(QDialog):
    def __init__(self, parent: QWidget | None, today: dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("How did the check-in go?"))
        form = QFormLayout(self)
        self.outcome = _text(self.tr("Outcome"), 90)
        self.on = DateField(self.tr("Done on"), today)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        form.addRow(self.tr("&Done on:"), self.on)
        form.addRow(ok_cancel(self))

    def values(self) -> dict[str, Any]:
        return {"outcome": self.outcome.toPlainText(), "done_on": self.on.value()}


class IncidentForm(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        today: dt.date,
        member: tuple[int, str] | None,
        grievances: Sequence[tuple[int, str]],
        choose: ChoosePerson,
    ) -> None:
        super().__init__(parent)
        self._choose = choose
        self.setWindowTitle(self.tr("Log retaliation"))
        form = QFormLayout(self)
        self.on = DateField(self.tr("Date"), today)
        self.member = PersonField(self.tr("Member targeted"), choose)
        if member is not None:
            self.member.set(*member)
        self.what = _text(self.tr("What happened"), 90)
        self.management = QLineEdit()
        self.management.setAccessibleName(self.tr("Who from management"))
        self.witnesses = QListWidget()
        self.witnesses.setAccessibleName(self.tr("Witnesses"))
        self.witnesses.setMaximumHeight(80)
        add = QPushButton(self.tr("Add a &witness…"))
        add.clicked.connect(self.add_witness)
        self.grievance = _combo(
            [(None, self.tr("(none)"))] + list(grievances), self.tr("Grievance")
        )
        self.sensitive, sensitive_words = wrapped_check(
            self.tr("Sensitive (kept out of exports and bundles unless chosen)")
        )
        self.sensitive.setChecked(True)
        form.addRow(self.tr("&Date:"), self.on)
        form.addRow(self.tr("&Member:"), self.member)
        form.addRow(self.tr("W&hat happened:"), self.what)
        form.addRow(self.tr("Who from ma&nagement:"), self.management)
        form.addRow(self.tr("Witnesses:"), self.witnesses)
        form.addRow("", add)
        form.addRow(self.tr("&Grievance:"), self.grievance)
        form.addRow(self.sensitive, sensitive_words)
        form.addRow(ok_cancel(self))

    def add_witness(self) -> None:
        picked = self._choose(self)
        if picked is not None:
            item = QListWidgetItem(picked[1])
            item.setData(ID_ROLE, picked[0])
            self.witnesses.addItem(item)

    def values(self) -> dict[str, Any]:
        return {
            "occurred_on": self.on.value(),
            "contact_id": self.member.contact_id,
            "what": self.what.toPlainText(),
            "management": self.management.text(),
            "witness_ids": [
                self.witnesses.item(i).data(ID_ROLE) for i in range(self.witnesses.count())
            ],
            "grievance_id": self.grievance.currentData(),
            "sensitive": self.sensitive.isChecked(),
        }


def _asker(form: type[QDialog]) -> Callable[..., dict[str, Any] | None]:
    """``ask(parent, ...)``: show ``form`` built with those arguments; its values, or None."""

    def ask(parent: QWidget | None, *args: Any, **kwargs: Any) -> dict[str, Any] | None:
        return _run(form(parent, *args, **kwargs))

    ask.__doc__ = f"Show a {form.__name__} and return its values (None when cancelled)."
    return ask


ask_need_or_offer = _asker(NeedOfferForm)
ask_match = _asker(MatchForm)
ask_close_need = _asker(CloseNeedForm)
ask_fund_entry = _asker(FundEntryForm)
ask_exchange = _asker(ExchangeForm)
ask_check_in = _asker(CheckInForm)
ask_outcome = _asker(OutcomeForm)
ask_incident = _asker(IncidentForm)
