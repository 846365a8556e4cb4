"""The Committee page's lists: members, reports, copies held, the steward's entries and the
changes of a report under review.

Each is a ``RowListModel`` over the frozen rows of ``forum_kit.queries.committee`` or
``forum_kit.committee.review``; the review model also shows the keeper's decision on each change
(kept in the model until "Apply"), with the change's state as a word and a colour.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QBrush, QColor

from ui.models.roles import ACCESSIBLE, DISPLAY, FOREGROUND, TOOLTIP
from ui.models.row_list_model import ListColumn, RowListModel

TEXT_ROLES = (DISPLAY, TOOLTIP, ACCESSIBLE)


def _when(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return "" if value is None else str(value)


def _count(value: object) -> str:
    return "" if not value else str(value)


class MembersModel(RowListModel):
    """The committee's members (``MemberRow``)."""

    columns = (
        ListColumn("Steward", "name"),
        ListColumn("Workplace", "workplace"),
        ListColumn("Scope", "scope"),
        ListColumn("Fingerprint", "fingerprint"),
        ListColumn("Last copy sent", "last_copy", _when),
        ListColumn("Reports waiting", "waiting", _count),
    )


def _report_state(row: Any) -> str:
    if row.reviewed is None:
        return "waiting for review"
    return f"reviewed: {row.accepted} accepted, {row.declined} declined"


class ReportsModel(RowListModel):
    """Field reports taken in (``ReportRow``)."""

    columns = (
        ListColumn("From", "steward"),
        ListColumn("Written", "created", _when),
        ListColumn("Changes", "entries"),
        ListColumn("State", "state"),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if index.isValid() and index.column() == 3 and role in TEXT_ROLES:
            return _report_state(self._rows[index.row()])
        return super().data(index, role)


class CopiesModel(RowListModel):
    """Copies this vault holds (``HeldCopyRow``)."""

    columns = (
        ListColumn("Copy", "label"),
        ListColumn("Workplace", "workplace"),
        ListColumn("Scope", "scope"),
        ListColumn("Pending", "pending", _count),
        ListColumn("Sent", "sent", _count),
        ListColumn("Declined", "declined", _count),
    )


_ENTRY_STATES = {
    "pending": "pending",
    "sent": "sent, waiting for review",
    "declined": "declined by the keeper",
}


class EntriesModel(RowListModel):
    """The steward's report entries in the copy shown (``EntryLine``)."""

    columns = (
        ListColumn("Entry", "kind"),
        ListColumn("About", "about"),
        ListColumn("Detail", "detail"),
        ListColumn("Logged", "logged", _when),
        ListColumn("State", "status", lambda s: _ENTRY_STATES.get(s, s)),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if index.isValid() and role == FOREGROUND and self._rows[index.row()].status == "declined":
            return QBrush(QColor("#a4262c"))
        return super().data(index, role)


STATE_WORDS = {
    "new": "new",
    "conflict": "conflict: choose",
    "same": "already so",
    "cannot": "cannot apply",
    "reviewed": "reviewed before",
}
_STATE_COLOURS = {
    "conflict": "#8a4b00",
    "cannot": "#a4262c",
    "same": "#5c5c5c",
    "reviewed": "#5c5c5c",
}


class ReviewModel(RowListModel):
    """The changes of one report (``review.Change``) with the keeper's decision on each."""

    columns = (
        ListColumn("#", "number"),
        ListColumn("Change", "what"),
        ListColumn("About", "subject"),
        ListColumn("State", "status", lambda s: STATE_WORDS.get(s, s)),
        ListColumn("Decision", "entry_uid"),
    )
    id_attr = "number"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.decisions: dict[str, str] = {}

    def set_rows(self, rows: Any) -> None:
        self.decisions = {}
        super().set_rows(rows)

    def decide(self, uid: str, decision: str | None) -> None:
        if decision is None:
            self.decisions.pop(uid, None)
        else:
            self.decisions[uid] = decision
        for row, change in enumerate(self._rows):
            if change.entry_uid == uid:
                self.dataChanged.emit(self.index(row, 4), self.index(row, 4))

    def undecided(self) -> list[Any]:
        return [c for c in self._rows if c.decidable and c.entry_uid not in self.decisions]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        change = self._rows[index.row()]
        if index.column() == 4 and role in TEXT_ROLES:
            if not change.decidable:
                return {"same": "nothing to do", "reviewed": change.earlier or ""}.get(
                    change.status, ""
                )
            return {"accepted": "accept", "declined": "decline"}.get(
                self.decisions.get(change.entry_uid, ""), "—"
            )
        if role == FOREGROUND and index.column() == 3 and change.status in _STATE_COLOURS:
            return QBrush(QColor(_STATE_COLOURS[change.status]))
        return super().data(index, role)


class DetailsModel(RowListModel):
    """The values one change brings: what the copy had, what the chart has, what is proposed."""

    columns = (
        ListColumn("Field", "label"),
        ListColumn("In the steward's copy", "base"),
        ListColumn("In your chart now", "current"),
        ListColumn("The steward's", "proposed"),
    )
    id_attr = "label"
