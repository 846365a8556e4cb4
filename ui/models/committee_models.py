"""The Committee page's lists: members, reports, copies held, the steward's entries and the
changes of a report under review.

Each is a ``RowListModel`` over the frozen rows of ``forum_kit.queries.committee`` or
``forum_kit.committee.review``; the review model also shows the keeper's decision on each change
(kept in the model until "Apply"), with the change's state as a word and a colour.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QBrush, QColor

from ui.i18n import shown, translate
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
        ListColumn(QT_TR_NOOP("Steward"), "name"),
        ListColumn(QT_TR_NOOP("Workplace"), "workplace"),
        ListColumn(QT_TR_NOOP("Scope"), "scope"),
        ListColumn(QT_TR_NOOP("Fingerprint"), "fingerprint"),
        ListColumn(QT_TR_NOOP("Last copy sent"), "last_copy", _when),
        ListColumn(QT_TR_NOOP("Reports waiting"), "waiting", _count),
    )


def _report_state(row: Any) -> str:
    if row.reviewed is None:
        return translate("CommitteeLists", "waiting for review")
    return translate("CommitteeLists", "reviewed: {accepted} accepted, {declined} declined").format(
        accepted=row.accepted, declined=row.declined)


class ReportsModel(RowListModel):
    """Field reports taken in (``ReportRow``)."""

    columns = (
        ListColumn(QT_TR_NOOP("From"), "steward"),
        ListColumn(QT_TR_NOOP("Written"), "created", _when),
        ListColumn(QT_TR_NOOP("Changes"), "entries"),
        ListColumn(QT_TR_NOOP("State"), "state"),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if index.isValid() and index.column() == 3 and role in TEXT_ROLES:
            return _report_state(self._rows[index.row()])
        return super().data(index, role)


class CopiesModel(RowListModel):
    """Copies this vault holds (``HeldCopyRow``)."""

    columns = (
        ListColumn(QT_TR_NOOP("Copy"), "label"),
        ListColumn(QT_TR_NOOP("Workplace"), "workplace"),
        ListColumn(QT_TR_NOOP("Scope"), "scope"),
        ListColumn(QT_TR_NOOP("Pending"), "pending", _count),
        ListColumn(QT_TR_NOOP("Sent"), "sent", _count),
        ListColumn(QT_TR_NOOP("Declined"), "declined", _count),
    )


_ENTRY_STATES = {
    "pending": QT_TR_NOOP("pending"),
    "sent": QT_TR_NOOP("sent, waiting for review"),
    "declined": QT_TR_NOOP("declined by the keeper"),
}


class EntriesModel(RowListModel):
    """The steward's report entries in the copy shown (``EntryLine``)."""

    columns = (
        ListColumn(QT_TR_NOOP("Entry"), "kind"),
        ListColumn(QT_TR_NOOP("About"), "about"),
        ListColumn(QT_TR_NOOP("Detail"), "detail"),
        ListColumn(QT_TR_NOOP("Logged"), "logged", _when),
        ListColumn(QT_TR_NOOP("State"), "status", lambda s: shown(_ENTRY_STATES.get(s, s))),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if index.isValid() and role == FOREGROUND and self._rows[index.row()].status == "declined":
            return QBrush(QColor("#a4262c"))
        return super().data(index, role)


STATE_WORDS = {
    "new": QT_TR_NOOP("new"),
    "conflict": QT_TR_NOOP("conflict: choose"),
    "same": QT_TR_NOOP("already so"),
    "cannot": QT_TR_NOOP("cannot apply"),
    "reviewed": QT_TR_NOOP("reviewed before"),
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
        ListColumn(QT_TR_NOOP("Change"), "what"),
        ListColumn(QT_TR_NOOP("About"), "subject"),
        ListColumn(QT_TR_NOOP("State"), "status", lambda s: shown(STATE_WORDS.get(s, s))),
        ListColumn(QT_TR_NOOP("Decision"), "entry_uid"),
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
        ListColumn(QT_TR_NOOP("Field"), "label"),
        ListColumn(QT_TR_NOOP("In the steward's copy"), "base"),
        ListColumn(QT_TR_NOOP("In your chart now"), "current"),
        ListColumn(QT_TR_NOOP("The steward's"), "proposed"),
    )
    id_attr = "label"
