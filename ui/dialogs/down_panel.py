"""The part of the Bundles tab a council uses to send down to its members (issue 20).

Owns ``DownPanel``: with a council chosen on the left, pick a trusted member and one of the
council's meetings; save the signed agenda (with the date mandates are due) for that member;
record how that member's delegate voted on an item; save the meeting's decisions for that
member. The files are sealed to the member's key card like every bundle
(``forum_kit.exchange.downward``). File choosers and messages are injectable attributes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_kit.errors import ForumKitError
from forum_kit.exchange import downward, identity
from forum_kit.files import write_atomic
from forum_kit.queries import assemblies as assemblies_q
from ui.widgets.dates import DateEdit
from ui.widgets.layout import shrinkable_combo

VOTE_LABELS = (("for", QT_TRANSLATE_NOOP("DownPanel", "For")),
               ("against", QT_TRANSLATE_NOOP("DownPanel", "Against")),
               ("abstain", QT_TRANSLATE_NOOP("DownPanel", "Abstain")),
               ("absent", QT_TRANSLATE_NOOP("DownPanel", "Absent (no vote)")))


def fill_combo(combo: QComboBox, items: Sequence[tuple[Any, str]]) -> None:
    """Refill a combo box with (value, label) pairs, keeping the chosen value when it is still
    there, without signalling the refill as a choice."""
    keep = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        for value, label in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(keep)) if items else -1)
    finally:
        combo.blockSignals(False)


class DownPanel(QGroupBox):
    """Agenda, member votes and decisions, from the chosen council to one member."""

    def __init__(self, parent: QWidget | None = None, *,
                 error_text: Callable[[BaseException], str] = str) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Send down to a member (choose a council on the left)"))
        self.ctx: Any = None
        self.council_id: int | None = None
        self.error_text = error_text
        self.choose_save_path: Callable[[QWidget | None, str], str | None] = (
            lambda _p, _s: None)
        self.show_message: Callable[[QWidget | None, str], None] = lambda _p, _t: None
        self.now = lambda: datetime.now(UTC)
        self.last_message = ""
        self._meetings: dict[int, date] = {}

        self.member_combo = shrinkable_combo(QComboBox(), 12)
        self.member_combo.setAccessibleName(self.tr("Member's key"))
        self.member_combo.setPlaceholderText(self.tr("No trusted member yet: trust its key card"))
        self.meeting_combo = shrinkable_combo(QComboBox(), 12)
        self.meeting_combo.setAccessibleName(self.tr("The council's meeting"))
        self.due_check = QCheckBox(self.tr("Mandates &due by"))
        self.due_edit = DateEdit()
        self.due_edit.setEnabled(False)
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.agenda_button = QPushButton(self.tr("Save &agenda…"))
        self.decisions_button = QPushButton(self.tr("Save d&ecisions…"))
        self.item_combo = shrinkable_combo(QComboBox(), 10)
        self.item_combo.setAccessibleName(self.tr("Agenda item"))
        self.vote_combo = QComboBox()
        self.vote_combo.setAccessibleName(self.tr("The member's vote"))
        for value, label in VOTE_LABELS:
            self.vote_combo.addItem(self.tr(label), value)
        self.vote_button = QPushButton(self.tr("&Record"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Mem&ber:"), self.member_combo)
        form.addRow(self.tr("Mee&ting:"), self.meeting_combo)
        due = QHBoxLayout()
        due.addWidget(self.due_check)
        due.addWidget(self.due_edit)
        due.addWidget(self.agenda_button)
        due.addWidget(self.decisions_button)
        due.addStretch(1)
        form.addRow(due)
        votes = QHBoxLayout()
        votes.addWidget(self.item_combo, 1)
        votes.addWidget(self.vote_combo)
        votes.addWidget(self.vote_button)
        form.addRow(self.tr("Its vote on:"), votes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)

        self.agenda_button.clicked.connect(lambda: self.save_agenda())
        self.decisions_button.clicked.connect(lambda: self.save_decisions())
        self.vote_button.clicked.connect(lambda: self.record_vote())
        self.meeting_combo.currentIndexChanged.connect(lambda _i: self._load_items())
        self.member_combo.currentIndexChanged.connect(lambda _i: self._enable())
        self._enable()

    # ---- plumbing ---------------------------------------------------------------------------
    def attach(self, ctx: Any) -> None:
        self.ctx = ctx

    def set_council(self, council_id: int | None) -> None:
        self.council_id = council_id
        self.refresh()

    def clear(self) -> None:
        for combo in (self.member_combo, self.meeting_combo, self.item_combo):
            combo.clear()
        self.result_label.clear()
        self.council_id = None
        self._enable()

    def _enable(self) -> None:
        member = self.member_combo.currentData() is not None
        meeting = self.meeting_combo.currentData() is not None
        self.setEnabled(self.council_id is not None)
        for button in (self.agenda_button, self.decisions_button):
            button.setEnabled(member and meeting)
        self.vote_button.setEnabled(member and self.item_combo.currentData() is not None)

    _fill = staticmethod(lambda combo, items: fill_combo(combo, items))

    def refresh(self) -> None:
        if self.ctx is None or self.council_id is None:
            self._enable()
            return
        with self.ctx.unit_of_work() as session:
            peers = identity.trusted_peers(session)
            meetings = assemblies_q.meetings_of(session, self.council_id)
        self._fill(self.member_combo, [(p.fingerprint, f"{p.name} ({p.fingerprint[:9]}…)")
                                       for p in peers if p.body_id != self.council_id])
        self._meetings = {m.id: m.held_at.date() for m in meetings}
        self._fill(self.meeting_combo, [(m.id, m.held_at.strftime("%Y-%m-%d %H:%M"))
                                        for m in meetings])
        self._load_items()

    def _load_items(self) -> None:
        meeting_id = self.meeting_combo.currentData()
        items: list[tuple[int, str]] = []
        if self.ctx is not None and meeting_id is not None:
            with self.ctx.unit_of_work() as session:
                items = [(i.id, f"{i.ordinal}. {i.title}")
                         for i in assemblies_q.meeting_detail(session, meeting_id).agenda]
            day = self._meetings.get(meeting_id)
            if day is not None and not self.due_check.isChecked():
                self.due_edit.setDate(QDate(day.year, day.month, day.day).addDays(-3))
        self._fill(self.item_combo, items)
        self._enable()

    def _say(self, text: str) -> None:
        self.last_message = text
        self.result_label.setText(text)
        self.show_message(self, text)

    # ---- actions ----------------------------------------------------------------------------
    def _save(self, kind: str, make: Callable[[Any], downward.DownResult]) -> str | None:
        day = self._meetings.get(self.meeting_combo.currentData())
        if self.ctx is None or day is None or self.member_combo.currentData() is None:
            return None
        suffix = "fkagenda" if kind == "agenda" else "fkdecisions"
        path = self.choose_save_path(self, str(Path.home() / f"{kind}-{day}.{suffix}"))
        if not path:
            return None
        try:
            with self.ctx.unit_of_work() as session:
                result = make(session)
                write_atomic(Path(path), result.data)
        except ForumKitError as exc:
            self._say(self.error_text(exc))
            return None
        if kind == "agenda":
            text = self.tr("Agenda of {council}, meeting of {day}, saved for {member}; "
                           "items: {n}.")
        else:
            text = self.tr("Decisions of {council}, meeting of {day}, saved for {member}; "
                           "items: {n}.")
        text = text.format(council=result.council, day=day.isoformat(),
                           member=self.member_combo.currentText(), n=result.items)
        if result.against:
            text += " " + self.tr("Voted against its mandate: {items}.").format(
                items="; ".join(result.against))
        self._say(text)
        return path

    def save_agenda(self) -> str | None:
        due = self.due_edit.date().toPython() if self.due_check.isChecked() else None
        day = self._meetings.get(self.meeting_combo.currentData())
        return self._save("agenda", lambda s: downward.export_agenda(
            s, recipient_fingerprint=self.member_combo.currentData(), meeting_date=day,
            now=self.now(), default_name=self.ctx.vault_name, council_id=self.council_id,
            mandates_due=due))

    def save_decisions(self) -> str | None:
        day = self._meetings.get(self.meeting_combo.currentData())
        return self._save("decisions", lambda s: downward.export_decisions(
            s, recipient_fingerprint=self.member_combo.currentData(), meeting_date=day,
            now=self.now(), default_name=self.ctx.vault_name, council_id=self.council_id))

    def record_vote(self) -> bool:
        item = self.item_combo.currentData()
        member = self.member_combo.currentData()
        if self.ctx is None or item is None or member is None:
            return False
        try:
            with self.ctx.unit_of_work() as session:
                downward.record_member_vote(session, agenda_item_id=item,
                                            member_fingerprint=member,
                                            vote=self.vote_combo.currentData())
        except ForumKitError as exc:
            self._say(self.error_text(exc))
            return False
        self.last_message = self.tr("Recorded: {member} voted {vote} on {item}.").format(
            member=self.member_combo.currentText(), vote=self.vote_combo.currentText(),
            item=self.item_combo.currentText())
        self.result_label.setText(self.last_message)
        return True
