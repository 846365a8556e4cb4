"""Qt models of the Grievances page: the case list and the short lists of one case.

Owns ``GrievanceListModel`` (rows from ``forum_kit.queries.grievances.grievance_rows``; the
deadline column always shows the actual date and what it is for, and an overdue or due-soon row
is marked three ways at once: a text prefix such as "OVERDUE", an icon, and a colour, so no one
misses it on a grey-scale screen or with colour blindness) and the read-only lists of one case
(open deadlines, step history, extensions, attachments) over ``RowListModel``. Sorting uses the
native values in ``SORT_ROLE``; the case list is short (hundreds at most), so a
``QSortFilterProxyModel`` may sort it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from ui.i18n import shown, translate
from ui.models.roles import (
    ACCESSIBLE,
    DECORATION,
    DISPLAY,
    FOREGROUND,
    SORT_ROLE,
    TOOLTIP,
    USER,
)
from ui.models.row_list_model import ListColumn, RowListModel, plain_text
from ui.widgets.locale_text import date_text, number_text

# The deadline status of a row ("overdue", "due_today", "due_soon", "ok" or None).
STATUS_ROLE = USER + 2
BACKGROUND = Qt.ItemDataRole.BackgroundRole  # hoisted like the roles in roles.py

_EVENTS = {"filed": QT_TR_NOOP("Filed / appealed"), "answered": QT_TR_NOOP("Answered")}
_DEADLINE_KINDS = {"file": QT_TR_NOOP("Filing / appeal"), "answer": QT_TR_NOOP("Answer")}
STATUS_TEXT = {"overdue": QT_TR_NOOP("OVERDUE"), "due_today": QT_TR_NOOP("DUE TODAY"),
               "due_soon": QT_TR_NOOP("DUE SOON")}
_STATUS_COLOUR = {
    "overdue": (QColor("#b71c1c"), QColor("#fde0dc")),
    "due_today": (QColor("#8a4b00"), QColor("#fff0c2")),
    "due_soon": (QColor("#8a4b00"), QColor("#fff8e1")),
}
TYPE_LABELS = {
    "individual": QT_TR_NOOP("Individual"),
    "group": QT_TR_NOOP("Group"),
    "policy": QT_TR_NOOP("Policy"),
    "discipline": QT_TR_NOOP("Discipline / discharge"),
    "health_and_safety": QT_TR_NOOP("Health and safety"),
}
OUTCOME_LABELS = {"won": QT_TR_NOOP("Won"), "settled": QT_TR_NOOP("Settled"),
                  "withdrawn": QT_TR_NOOP("Withdrawn"), "lost": QT_TR_NOOP("Lost"),
                  "lapsed": QT_TR_NOOP("Lapsed")}

# The number and the title say which case; the next deadline comes right after them: it is what
# a committee scans the list for, and it must be visible without scrolling sideways.
COL_NUMBER = 0
COL_TITLE = 1
COL_DEADLINE = 2
COL_DEADLINE_WHAT = 3
COL_GRIEVANTS = 4
COL_AREA = 5
COL_TYPE = 6
COL_STEP = 7
COL_STEWARD = 8
COL_STATUS = 9


def deadline_text(on: dt.date | None, status: str | None) -> str:
    """"OVERDUE 2026-04-13" and the like: the date always, the urgency as words when it matters."""
    if on is None:
        return "—"
    prefix = STATUS_TEXT.get(status or "")
    return f"{shown(prefix)} {date_text(on)}" if prefix else date_text(on)


def status_icon(status: str | None) -> Any:
    """A standard warning/information icon for overdue/due rows, None otherwise."""
    if status not in STATUS_TEXT:
        return None
    app = QApplication.instance()
    if app is None:
        return None
    style = app.style()
    pixmap = (QStyle.StandardPixmap.SP_MessageBoxCritical if status == "overdue"
              else QStyle.StandardPixmap.SP_MessageBoxWarning)
    return style.standardIcon(pixmap)


def _type_label(value: object) -> str:
    return shown(TYPE_LABELS.get(str(value), plain_text(value)))


def _status_label(row: Any) -> str:
    if row.status == "closed":
        outcome = shown(OUTCOME_LABELS.get(row.outcome or "", row.outcome or ""))
        return translate("GrievanceLists", "Closed: {outcome}").format(outcome=outcome)
    return translate("GrievanceLists", "Open")


class GrievanceListModel(RowListModel):
    """The case list; ``ID_ROLE`` is the grievance id, ``STATUS_ROLE`` the deadline status."""

    columns = (
        ListColumn(QT_TR_NOOP("Number"), "number"),
        ListColumn(QT_TR_NOOP("Title"), "title"),
        ListColumn(QT_TR_NOOP("Next deadline"), "next_deadline"),
        ListColumn("For", "deadline_what",
                   header_text=lambda: translate("Deadline", "For", "what a deadline is for")),
        ListColumn(QT_TR_NOOP("Grievants"), "grievants"),
        ListColumn(QT_TR_NOOP("Area"), "area_name", path_of="area_id"),
        ListColumn(QT_TR_NOOP("Type"), "grievance_type", _type_label),
        ListColumn(QT_TR_NOOP("Step"), "step_name"),
        ListColumn(QT_TR_NOOP("Steward"), "steward_name"),
        ListColumn(QT_TR_NOOP("Status"), "status"),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = index.column()
        status = record.deadline_status
        if role == STATUS_ROLE:
            return status
        if column == COL_DEADLINE:
            if role in (DISPLAY, ACCESSIBLE):
                return deadline_text(record.next_deadline, status)
            if role == TOOLTIP:
                what = record.deadline_what or ""
                return f"{deadline_text(record.next_deadline, status)} — {what}".strip(" —")
            if role == DECORATION:
                return status_icon(status)
        if column == COL_STATUS and role in (DISPLAY, TOOLTIP, ACCESSIBLE):
            return _status_label(record)
        if column == COL_STEP and role == SORT_ROLE:
            return record.current_step
        if role == FOREGROUND and status in _STATUS_COLOUR:
            return QBrush(_STATUS_COLOUR[status][0])
        if role == BACKGROUND and status in _STATUS_COLOUR:
            return QBrush(_STATUS_COLOUR[status][1])
        return super().data(index, role)

    def row_of(self, grievance_id: int) -> int:
        for i, record in enumerate(self._rows):
            if record.id == grievance_id:
                return i
        return -1


def _deadline_status(value: object) -> str:
    return shown(STATUS_TEXT.get(str(value), "")) if value else ""


class DeadlinesModel(RowListModel):
    """The open deadlines of one case (``DeadlineInfo``), earliest first."""

    columns = (
        ListColumn(QT_TR_NOOP("Date"), "on"),
        ListColumn(QT_TR_NOOP("Status"), "status", _deadline_status),
        ListColumn(QT_TR_NOOP("Deadline"), "what"),
        ListColumn(QT_TR_NOOP("Who acts"), "who"),
        ListColumn(QT_TR_NOOP("Counted from"), "counted_from"),
    )
    id_attr = "step"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if index.isValid():
            status = self._rows[index.row()].status
            if role == FOREGROUND and status in _STATUS_COLOUR:
                return QBrush(_STATUS_COLOUR[status][0])
            if role == DECORATION and index.column() == 0:
                return status_icon(status)
        return super().data(index, role)


def _event_kind(value: object) -> str:
    return shown(_EVENTS.get(str(value), plain_text(value)))


class EventsModel(RowListModel):
    """The step history of one case (``EventInfo``)."""

    columns = (
        ListColumn(QT_TR_NOOP("Date"), "on"),
        ListColumn(QT_TR_NOOP("Step"), "step_name"),
        ListColumn(QT_TR_NOOP("Event"), "kind", _event_kind),
        ListColumn(QT_TR_NOOP("Notes"), "notes"),
    )


class ExtensionsModel(RowListModel):
    """Written extensions of one case (``ExtensionInfo``)."""

    columns = (
        ListColumn(QT_TR_NOOP("Agreed on"), "agreed_on"),
        ListColumn(QT_TR_NOOP("Step"), "step"),
        ListColumn(QT_TR_NOOP("Deadline"), "kind",
                   lambda v: shown(_DEADLINE_KINDS.get(str(v), str(v)))),
        ListColumn(QT_TR_NOOP("Agreed with"), "agreed_with"),
        ListColumn(QT_TR_NOOP("New date"), "new_date"),
    )


def _size(value: object) -> str:
    n = int(value or 0)
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return translate("GrievanceLists", "{size} KB").format(size=number_text(n / 1024))
    return translate("GrievanceLists", "{size} MB").format(size=number_text(n / 1048576, 1))


class AttachmentsModel(RowListModel):
    """Evidence stored inside the vault (``AttachmentInfo``, without the bytes)."""

    columns = (
        ListColumn(QT_TR_NOOP("File"), "filename"),
        ListColumn(QT_TR_NOOP("Type"), "media_type"),
        ListColumn(QT_TR_NOOP("Size"), "size", _size),
        ListColumn(QT_TR_NOOP("Added"), "added_on"),
    )
