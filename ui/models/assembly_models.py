"""Qt models of the Assemblies page: the tree of bodies and the short lists of forums and councils.

Owns ``BodyTreeModel`` (councils with the forums and councils under them, from
``queries.assemblies.bodies``), the read-only lists of one body (meetings, agenda, motions,
attendees, delegates, mandates) and of a council's roll-up (agenda item tallies, per forum figures,
figures over time) over ``RowListModel``, and ``AttendanceModel``, the checkable contact list of
the attendance picker. A mandate's state (open / expired / reported) is shown with words and an
icon, and a colour only on top of those, so it reads on a grey-scale screen. Every list here is
short (a body's meetings, a forum's mandates): whole lists are replaced with a model reset.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle

from forum_kit.percent import pct_text
from forum_kit.places import words
from ui.models.roles import (
    ACCESSIBLE,
    ALIGN,
    ALIGN_RIGHT,
    DECORATION,
    DISPLAY,
    ENABLED_SELECTABLE,
    FOREGROUND,
    HORIZONTAL,
    ID_ROLE,
    NO_FLAGS,
    SORT_ROLE,
    TOOLTIP,
    USER,
)
from ui.models.row_list_model import ListColumn, RowListModel, plain_text

# The body's kind ("forum" / "council") in the tree; the mandate's state in the mandate list.
KIND_ROLE = USER + 3
STATE_ROLE = USER + 4
CHECK = Qt.ItemDataRole.CheckStateRole
CHECKED = Qt.CheckState.Checked
UNCHECKED = Qt.CheckState.Unchecked
CHECKABLE = ENABLED_SELECTABLE | Qt.ItemFlag.ItemIsUserCheckable

KIND_LABELS = {"forum": "Forum", "council": "Council"}
MOTION_KIND_LABELS = {"ordinary": "Ordinary", "mandate": "Mandate", "election": "Election",
                      "recall": "Recall"}
RESULT_LABELS = {"carried": "Carried", "lost": "Lost", "consensus": "Consensus",
                 "withdrawn": "Withdrawn", "pending": "Pending"}
INSTRUCTION_LABELS = {"for": "Vote for", "against": "Vote against", "abstain": "Abstain",
                      "free": "Free vote"}
CARRIED_OUT_LABELS = {"yes": "Carried out", "partly": "Partly carried out", "no": "Not carried out"}
ROLE_LABELS = {"delegate": "Delegate", "alternate": "Alternate"}
STATE_TEXT = {"open": "Open", "expired": "Expired", "reported": "Reported"}
_STATE_COLOUR = {"open": QColor("#0d47a1"), "expired": QColor("#8a4b00"),
                 "reported": QColor("#1b5e20")}
_STATE_ICON = {
    "open": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "expired": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "reported": QStyle.StandardPixmap.SP_DialogApplyButton,
}


def _label(labels: dict[str, str]) -> Any:
    return lambda value: labels.get(str(value), plain_text(value))


def state_icon(state: str | None) -> Any:
    """A standard icon for a mandate state (None without an application)."""
    app = QApplication.instance()
    if app is None or state not in _STATE_ICON:
        return None
    return app.style().standardIcon(_STATE_ICON[state])


def vote_text(row: Any) -> str:
    """"12 for, 3 against, 1 abstained", or "" when there was no counted vote."""
    if row.votes_for is None and row.votes_against is None:
        return ""
    text = f"{row.votes_for or 0} for, {row.votes_against or 0} against"
    if row.abstentions is not None:
        text += f", {row.abstentions} abstained"
    return text


def delegate_status(row: Any) -> str:
    """Where a delegate stands: active, recalled (and when), or term ended."""
    if row.recalled:
        return f"Recalled {row.ended_on.isoformat()}" if row.ended_on else "Recalled"
    if row.active:
        return "Active"
    if row.ended_on is not None:
        return f"Ended {row.ended_on.isoformat()}"
    return "Not in term"


# ------------------------------------------------------------------------------------ the tree


def _item(text: str, body_id: int, kind: str, native: Any) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(body_id, ID_ROLE)
    item.setData(kind, KIND_ROLE)
    item.setData(native, SORT_ROLE)
    item.setFlags(ENABLED_SELECTABLE)
    item.setEditable(False)
    return item


class BodyTreeModel(QStandardItemModel):
    """Councils with their member forums and councils; rebuilt whole on change (bodies are few)."""

    HEADERS = ("Forum or council", "Kind", "Level")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels(list(self.HEADERS))
        self._items: dict[int, QStandardItem] = {}

    def set_bodies(self, rows: Iterable[Any]) -> None:
        """Replace the tree with ``BodyRow``s in tree order (parents before their members)."""
        self.clear()
        root = self.invisibleRootItem()
        for row in rows:
            parent = self._items.get(row.parent_id) if row.parent_id is not None else None
            name = _item(row.name, row.id, row.kind, row.name)
            kind = _item(KIND_LABELS.get(row.kind, row.kind), row.id, row.kind, row.kind)
            level = _item(row.level or "", row.id, row.kind, row.level or "")
            (parent or root).appendRow([name, kind, level])
            self._items[row.id] = name

    def clear(self) -> None:
        """Remove every body (also used when the vault locks)."""
        super().clear()
        self.setHorizontalHeaderLabels(list(self.HEADERS))
        self._items = {}

    def index_of(self, body_id: int) -> QModelIndex:
        item = self._items.get(body_id)
        return item.index() if item is not None else QModelIndex()

    def body_ids(self) -> list[int]:
        return list(self._items)


# ------------------------------------------------------------------------------- short lists


def _when(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return plain_text(value)


class _Counts(RowListModel):
    """A row list whose integer columns are right-aligned."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if role == ALIGN and index.isValid():
            value = getattr(self._rows[index.row()], self.columns[index.column()].attr, None)
            if isinstance(value, int | float) and not isinstance(value, bool):
                return ALIGN_RIGHT
            return None
        return super().data(index, role)

    def row_of(self, ident: int) -> int:
        for i, record in enumerate(self._rows):
            if getattr(record, self.id_attr, None) == ident:
                return i
        return -1


class MeetingListModel(_Counts):
    """A body's meetings (``MeetingRow``), latest first."""

    columns = (
        ListColumn("Date and time", "held_at", _when),
        ListColumn("Place", "place"),
        ListColumn("Attended", "attendance"),
        ListColumn("Items", "agenda_items"),
        ListColumn("Motions", "motions"),
    )


def _mandates_text(value: object) -> str:
    mandates = value or ()
    return "; ".join(
        f"{m.forum}: {INSTRUCTION_LABELS.get(m.instruction, m.instruction)}" for m in mandates)


class AgendaModel(_Counts):
    """A meeting's agenda (``AgendaItemRow``) with the mandates forums gave on each item."""

    columns = (
        ListColumn("#", "ordinal"),
        ListColumn("Item", "title"),
        ListColumn("Mandates", "mandates", _mandates_text),
    )


class MotionModel(_Counts):
    """A meeting's motions (``MotionRow``): kind, text, result and the vote."""

    columns = (
        ListColumn("Kind", "kind", _label(MOTION_KIND_LABELS)),
        ListColumn("Motion", "text"),
        ListColumn("Result", "result", _label(RESULT_LABELS)),
        ListColumn("Vote", "votes_for"),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if index.isValid() and index.column() == 3 and role in (DISPLAY, TOOLTIP, ACCESSIBLE):
            return vote_text(self._rows[index.row()])
        if index.isValid() and index.column() == 1 and role == DISPLAY:
            text = self._rows[index.row()].text
            line = text.splitlines()[0] if text else ""
            return line if len(line) <= 90 else line[:89] + "…"
        return super().data(index, role)


@dataclass(frozen=True, slots=True)
class Attendee:
    """One name on a meeting's attendance list (``id`` is its position, not a contact id)."""

    id: int
    name: str


class NamesModel(RowListModel):
    """Who attended a meeting (``Attendee`` rows)."""

    columns = (ListColumn("Attended", "name"),)


class DelegateModel(_Counts):
    """A forum's delegates and alternates (``DelegateRow``), current ones first."""

    columns = (
        ListColumn("Name", "name"),
        ListColumn("Role", "role", _label(ROLE_LABELS)),
        ListColumn("Council", "council"),
        ListColumn("Term from", "term_start"),
        ListColumn("Term to", "term_end"),
        ListColumn("Status", "active"),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if index.isValid() and index.column() == 5 and role in (DISPLAY, TOOLTIP, ACCESSIBLE):
            return delegate_status(self._rows[index.row()])
        return super().data(index, role)


class MandateModel(_Counts):
    """Mandates (``MandateRow``); the state column shows an icon and the state in words."""

    COL_STATE = 0
    columns = (
        ListColumn("State", "state"),
        ListColumn("Council meeting", "meeting_date"),
        ListColumn("Council", "council"),
        ListColumn("Agenda item", "item"),
        ListColumn("Instruction", "instruction", _label(INSTRUCTION_LABELS)),
        ListColumn("Red lines", "red_lines"),
        ListColumn("Figure to hold", "figure_to_hold"),
        ListColumn("Expires", "expires_on"),
        ListColumn("Report-back", "carried_out", _label(CARRIED_OUT_LABELS)),
        ListColumn("Forum", "forum"),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        if role == STATE_ROLE:
            return record.state
        if index.column() == self.COL_STATE:
            if role in (DISPLAY, ACCESSIBLE):
                return STATE_TEXT.get(record.state, record.state)
            if role == TOOLTIP:
                done = CARRIED_OUT_LABELS.get(record.carried_out or "", "")
                return f"{STATE_TEXT.get(record.state, record.state)}. {done}".strip(". ")
            if role == DECORATION:
                return state_icon(record.state)
            if role == FOREGROUND and record.state in _STATE_COLOUR:
                return QBrush(_STATE_COLOUR[record.state])
        return super().data(index, role)


def _forums_text(value: object) -> str:
    return "; ".join(
        f"{f.forum}: {INSTRUCTION_LABELS.get(f.instruction, f.instruction)}"
        + (f", decided {f.decided_by}" if getattr(f, "decided_by", "") else "")
        + (f" ({CARRIED_OUT_LABELS.get(f.carried_out, f.carried_out)})" if f.carried_out else "")
        for f in (value or ()))


class TallyModel(_Counts):
    """Per council agenda item (``ItemTally``): how many forums said for / against / abstain /
    free vote, and each forum's instruction side by side."""

    columns = (
        ListColumn("Meeting", "meeting_date"),
        ListColumn("#", "ordinal"),
        ListColumn("Agenda item", "item_title"),
        ListColumn("For", "for_"),
        ListColumn("Against", "against"),
        ListColumn("Abstain", "abstain"),
        ListColumn("Free", "free"),
        ListColumn("Forums", "forums", _forums_text),
    )
    id_attr = "ordinal"


def _pct(value: float | None) -> str:
    # a forum that sent no figures reads blank in these tables, not as a dash
    return pct_text(value, missing="", gap="")


class _SmallNumbers(_Counts):
    """Counts under the small-numbers rule: None reads "fewer than N" (the row's threshold) and
    a lower bound reads "at least N"."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if index.isValid() and role in (DISPLAY, ACCESSIBLE, TOOLTIP):
            record = self._rows[index.row()]
            column = self.columns[index.column()]
            value = getattr(record, column.attr, None)
            threshold = getattr(record, "threshold", 5)
            if column.attr in _COUNT_ATTRS:
                bound = column.attr in getattr(record, "at_least", ())
                if value is None:
                    if bound:
                        return QCoreApplication.translate("SmallNumbers", "hidden")
                    return QCoreApplication.translate(
                        "SmallNumbers", "fewer than {n}").format(n=threshold)
                if bound:
                    return QCoreApplication.translate("SmallNumbers", "at least {n}").format(
                        n=value)
            if column.attr == "supporters_pct" and value is None and record.as_of is not None:
                return QCoreApplication.translate("SmallNumbers", "hidden")
        return super().data(index, role)


_COUNT_ATTRS = {"headcount", "supporters", "committee_members", "target_members",
                "one_on_ones_90d", "open_grievances"}


class ForumFiguresModel(_SmallNumbers):
    """Each forum's latest figures (``ForumFigures``) and the total as the last row."""

    columns = (
        ListColumn("Forum", "forum"),
        ListColumn("As of", "as_of"),
        ListColumn("Headcount", "headcount"),
        ListColumn("Supporters", "supporters"),
        ListColumn("Support", "supporters_pct", _pct),
        ListColumn("Committee", "committee_members"),
        ListColumn("Target (1:10)", "target_members"),
        ListColumn("1:1s (90 d)", "one_on_ones_90d"),
        ListColumn("Open grievances", "open_grievances"),
        # a workplace's forum or a street assembly (forum_kit.places)
        ListColumn("Kind", "place_kind", lambda v: words(str(v)).forum if v else ""),
    )
    id_attr = "forum"


class FigurePointModel(_SmallNumbers):
    """Figures over time (``FigurePoint``): one row per forum and date sent."""

    columns = (
        ListColumn("As of", "as_of"),
        ListColumn("Forum", "forum"),
        ListColumn("Headcount", "headcount"),
        ListColumn("Supporters", "supporters"),
        ListColumn("Support", "supporters_pct", _pct),
        ListColumn("Committee", "committee_members"),
        ListColumn("Target (1:10)", "target_members"),
    )
    id_attr = "forum"


# ----------------------------------------------------------------------- attendance picker


class AttendanceModel(QAbstractTableModel):
    """Contacts matching the picker's filter, each with a check box; the checked set outlives a
    change of filter so people found under different searches can all be ticked."""

    HEADERS = ("Name", "Area")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str, str]] = []
        self.checked: set[int] = set()

    def set_rows(self, rows: Sequence[tuple[int, str, str]]) -> None:
        """Show ``(contact id, name, area)`` rows, keeping the checked set."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_checked(self, ids: Iterable[int]) -> None:
        self.checked = set(ids)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0), [CHECK])

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self.checked = set()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Any, role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == HORIZONTAL and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Any:
        if not index.isValid():
            return NO_FLAGS
        return CHECKABLE if index.column() == 0 else ENABLED_SELECTABLE

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        cid, name, area = self._rows[index.row()]
        if role == ID_ROLE:
            return cid
        if role in (DISPLAY, TOOLTIP, ACCESSIBLE, SORT_ROLE):
            return name if index.column() == 0 else area
        if role == CHECK and index.column() == 0:
            return CHECKED if cid in self.checked else UNCHECKED
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = CHECK) -> bool:
        if not index.isValid() or index.column() != 0 or role != CHECK:
            return False
        cid = self._rows[index.row()][0]
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        if state == CHECKED:
            self.checked.add(cid)
        else:
            self.checked.discard(cid)
        self.dataChanged.emit(index, index, [CHECK])
        return True

    def toggle(self, row: int) -> None:
        """Tick or untick one row (the space bar and a double click do this in the dialog)."""
        if 0 <= row < len(self._rows):
            index = self.index(row, 0)
            now = self.data(index, CHECK)
            self.setData(index, UNCHECKED if now == CHECKED else CHECKED, CHECK)


def _vote_text(record: object) -> str:
    vote = getattr(record, "delegate_vote", None) or "\u2014"
    if getattr(record, "against_mandate", False):
        return QCoreApplication.translate("ReportBackModel", "{vote} (not as mandated)"
                                          ).format(vote=vote)
    return vote


class ReportBackModel(_Counts):
    """The council decisions imported (``ReportBackRow``): result, this body's mandate, its
    delegate's vote (a vote against the mandate marked) and the report-back draft."""

    columns = (
        ListColumn("Meeting", "meeting_date"),
        ListColumn("#", "ordinal"),
        ListColumn("Item", "title"),
        ListColumn("Decision", "result"),
        ListColumn("Votes", "votes"),
        ListColumn("Mandate", "mandate", lambda v: INSTRUCTION_LABELS.get(v, v or "\u2014")),
        ListColumn("Our delegate's vote", "delegate_vote"),
        ListColumn("Carried out", "carried_out",
                   lambda v: CARRIED_OUT_LABELS.get(v, v or "\u2014")),
        ListColumn("Council", "council"),
    )
    id_attr = "ordinal"

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if index.isValid() and self.columns[index.column()].attr == "delegate_vote":
            record = self._rows[index.row()]
            if role in (DISPLAY, ACCESSIBLE, TOOLTIP):
                return _vote_text(record)
            if role == FOREGROUND and record.against_mandate:
                return QBrush(QColor("#b71c1c"))
        return super().data(index, role)
