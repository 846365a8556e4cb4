"""The care items other pages show: a line of care figures under the Map's figures, a member's
care panel on the People page, the mutual-aid follow-ups and check-ins due beside the one-on-one
follow-ups on the Conversations page, and the overdue check-ins beside the overdue deadlines on
the Grievances page.

Each widget is self-contained: the host page creates it, hands it the context when it shows an
area or a person, and clears it on a lock. Reads go through ``forum_kit.queries.care`` and
``queries.mutual_aid``; the panel's actions through ``forum_kit.services.care`` (its dialogs are
attributes tests replace). ``changed`` tells the host page that something was saved.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from forum_kit.amounts import hours_text
from forum_kit.errors import ForumKitError
from ui.dialogs import community_forms as forms
from ui.editors.common import error_text, show_error
from ui.editors.pick_contact import contact_name, pick_contact
from ui.models.community_models import CareFollowUpsModel, care_items
from ui.widgets.place_words import plural
from ui.widgets.tables import fit_columns, table_view

RED = "color: #b71c1c;"


def _locked(ctx: Any) -> bool:
    return ctx is None or bool(getattr(ctx, "is_locked", False))


def overdue_check_ins_text(count: int) -> str:
    """Words for the overdue check-ins count (empty when none)."""
    if not count:
        return ""
    return f"⚠ {count} check-in{'s' if count != 1 else ''} on members overdue"


class CareStrip(QLabel):
    """One line under the Map's figures: care in the selected area and below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("careStrip")
        self.setWordWrap(True)

    def show_area(self, ctx: Any, area_id: int | None) -> None:
        if _locked(ctx) or area_id is None:
            self.clear()
            return
        from forum_kit.queries.care import count_overdue_check_ins
        from forum_kit.queries.mutual_aid import open_needs_in

        try:
            with ctx.unit_of_work() as session:
                late = count_overdue_check_ins(session, today=ctx.today(), area_id=area_id)
                needs, offers = open_needs_in(session, area_id=area_id)
        except ForumKitError:
            self.clear()
            return
        parts = [
            overdue_check_ins_text(late) or self.tr("No check-in overdue"),
            plural(needs, self.tr("open need"), self.tr("open needs")),
            plural(offers, self.tr("standing offer"), self.tr("standing offers")),
        ]
        self.setText(self.tr("Care: ") + " · ".join(parts))
        self.setStyleSheet(RED if late else "")


class CarePanel(QGroupBox):
    """The selected member's care: check-ins, needs and offers, time-bank balance, incidents;
    plan a check-in or log retaliation for them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Care"))
        self.setObjectName("carePanel")
        self.ctx: Any = None
        self.contact_id: int | None = None
        self.workplace_id: int | None = None
        self.show_error = show_error
        self.ask_check_in = forms.ask_check_in
        self.ask_incident = forms.ask_incident
        self.choose_person = self._choose
        self.summary = QLabel()
        self.summary.setObjectName("careSummary")
        self.summary.setWordWrap(True)
        self.check_in_button = QPushButton(self.tr("Plan a check-in…"))
        self.incident_button = QPushButton(self.tr("Log retaliation…"))
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.check_in_button)
        row.addWidget(self.incident_button)
        QVBoxLayout(self).addLayout(row)
        self.check_in_button.clicked.connect(lambda: self.plan_check_in())
        self.incident_button.clicked.connect(lambda: self.log_incident())
        self.clear()

    def _choose(self, parent: QWidget) -> tuple[int, str] | None:
        chosen = pick_contact(parent, self.ctx, self.workplace_id)
        return None if chosen is None else (chosen, contact_name(self.ctx, chosen))

    def clear(self) -> None:
        self.contact_id = None
        self.workplace_id = None
        self.summary.setText(self.tr("Choose a person to see their care."))
        self.summary.setStyleSheet("")
        self.check_in_button.setEnabled(False)
        self.incident_button.setEnabled(False)

    def show_person(self, ctx: Any, contact_id: int | None) -> None:
        self.ctx = ctx
        if _locked(ctx) or contact_id is None:
            self.clear()
            return
        from forum_kit.models import Contact
        from forum_kit.queries.care import care_summary

        try:
            with ctx.unit_of_work() as session:
                summary = care_summary(session, contact_id=contact_id, today=ctx.today())
                contact = session.get(Contact, contact_id)
                workplace = contact.workplace_id if contact is not None else None
        except ForumKitError:
            self.clear()
            return
        self.contact_id = contact_id
        self.workplace_id = workplace
        parts = []
        late = [c for c in summary.open_check_ins if c.overdue]
        if summary.open_check_ins:
            first = summary.open_check_ins[0]
            parts.append(
                self.tr("check-in due {day}{late}").format(
                    day=first.due_on.isoformat(), late=self.tr(" ⚠ overdue") if late else ""
                )
            )
        if summary.open_needs:
            parts.append(plural(summary.open_needs, self.tr("open need"), self.tr("open needs")))
        if summary.standing_offers:
            parts.append(plural(summary.standing_offers, self.tr("offer"), self.tr("offers")))
        for bank, minutes in summary.time_balances:
            parts.append(
                self.tr("{bank}: {balance}").format(
                    bank=bank, balance=hours_text(minutes, signed=True)
                )
            )
        if summary.incidents:
            parts.append(
                plural(
                    summary.incidents,
                    self.tr("retaliation incident logged"),
                    self.tr("retaliation incidents logged"),
                )
            )
        self.summary.setText(" · ".join(parts) if parts else self.tr("Nothing recorded."))
        self.summary.setStyleSheet(RED if late else "")
        self.check_in_button.setEnabled(True)
        self.incident_button.setEnabled(True)

    def _save(self, action: Any) -> Any:
        try:
            with self.ctx.unit_of_work() as session:
                result = action(session)
        except ForumKitError as exc:
            self.show_error(self, error_text(exc))
            return None
        self.show_person(self.ctx, self.contact_id)
        self.changed.emit()
        return result

    def _ask_and_save(self, ask: Any, save: Any) -> int | None:
        """Ask with the member filled in, then ``save(session, today, values)``."""
        if _locked(self.ctx) or self.contact_id is None:
            return None
        from forum_kit.queries.care import grievance_choices

        with self.ctx.unit_of_work() as session:
            grievances = grievance_choices(session, self.workplace_id)
        member = (self.contact_id, contact_name(self.ctx, self.contact_id))
        today = self.ctx.today()
        values = ask(
            self, today=today, member=member, grievances=grievances, choose=self.choose_person
        )
        if not values:
            return None
        values["contact_id"] = values.get("contact_id") or self.contact_id
        return self._save(lambda s: save(s, today, values))

    def plan_check_in(self) -> int | None:
        from forum_kit.services.care import add_check_in

        return self._ask_and_save(
            self.ask_check_in, lambda s, today, v: add_check_in(s, today=today, **v).id
        )

    def log_incident(self) -> int | None:
        from forum_kit.services.care import log_retaliation

        place = self.workplace_id
        return self._ask_and_save(
            self.ask_incident,
            lambda s, today, v: log_retaliation(s, workplace_id=place, today=today, **v).id,
        )


class CareFollowUps(QWidget):
    """Mutual-aid follow-ups and check-ins due, beside the one-on-one follow-ups: a title line
    with its buttons, and a short list (three rows show; it scrolls)."""

    changed = Signal()
    person_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("careFollowUps")
        self.ctx: Any = None
        self.show_error = show_error
        self.ask_outcome = forms.ask_outcome
        self.model = CareFollowUpsModel(self)
        self.table = table_view(
            self.model, self.tr("Mutual aid and check-ins due"), (82, 75, 165, 150)
        )
        fit_columns(self.table, (82, 75, 165, 150, 130))
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMaximumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + 3 * rows
            + 2 * self.table.frameWidth()
            + 2
        )
        self.title = QLabel(self.tr("Mutual aid and check-ins due"))
        self.done_button = QPushButton(self.tr("Done…"))
        self.open_button = QPushButton(self.tr("Open the member"))
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table)
        self.done_button.clicked.connect(lambda: self.mark_done())
        self.open_button.clicked.connect(self._open)

    def load(
        self,
        ctx: Any,
        *,
        today: dt.date,
        workplace_id: int | None,
        area_id: int | None,
        within_days: int,
    ) -> None:
        self.ctx = ctx
        if _locked(ctx):
            self.clear()
            return
        from forum_kit.queries.care import check_ins
        from forum_kit.queries.mutual_aid import match_follow_ups_due

        try:
            with ctx.unit_of_work() as session:
                matches = match_follow_ups_due(
                    session,
                    today=today,
                    within_days=within_days,
                    workplace_id=workplace_id,
                    area_id=area_id,
                )
                due = [
                    c
                    for c in check_ins(
                        session,
                        today=today,
                        open_only=True,
                        workplace_id=workplace_id,
                        area_id=area_id,
                    )
                    if c.due_on <= today + dt.timedelta(days=within_days)
                ]
        except ForumKitError:
            self.clear()
            return
        self.model.set_rows(care_items(matches, due))

    def clear(self) -> None:
        self.model.clear()

    def _selected(self) -> Any:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _open(self) -> None:
        item = self._selected()
        if item is not None and item.contact_id is not None:
            self.person_requested.emit(item.contact_id)

    def mark_done(self) -> bool:
        item = self._selected()
        if item is None or _locked(self.ctx):
            return False
        kind, ident = item.key
        today = self.ctx.today()
        if kind == "check_in":
            values = self.ask_outcome(self, today)
            if not values:
                return False
            from forum_kit.services.care import record_check_in

            def action(s: Any) -> Any:
                return record_check_in(s, check_in_id=ident, today=today, **values)
        else:
            from forum_kit.services.mutual_aid import complete_match_follow_up

            def action(s: Any) -> Any:
                return complete_match_follow_up(s, match_id=ident)

        try:
            with self.ctx.unit_of_work() as session:
                action(session)
        except ForumKitError as exc:
            self.show_error(self, error_text(exc))
            return False
        rows = [r for r in self.model.rows() if r.key != item.key]
        self.model.set_rows(rows)
        self.changed.emit()
        return True
