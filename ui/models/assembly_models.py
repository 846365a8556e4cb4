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
    QT_TR_NOOP,
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle

from forum_kit.places import words
from ui.i18n import shown, translate
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
from ui.widgets.locale_text import date_text, date_time_text, pct_text

# The body's kind ("forum" / "council") in the tree; the mandate's state in the mandate list.
KIND_ROLE = USER + 3
STATE_ROLE = USER + 4
CHECK = Qt.ItemDataRole.CheckStateRole
CHECKED = Qt.CheckState.Checked
UNCHECKED = Qt.CheckState.Unchecked
CHECKABLE = ENABLED_SELECTABLE | Qt.ItemFlag.ItemIsUserCheckable

KIND_LABELS = {"forum": QT_TR_NOOP("Forum"), "council": QT_TR_NOOP("Council")}
MOTION_KIND_LABELS = {"ordinary": QT_TR_NOOP("Ordinary"), "mandate": QT_TR_NOOP("Mandate"),
                      "election": QT_TR_NOOP("Election"),
                      "recall": QT_TR_NOOP("Recall")}
RESULT_LABELS = {"carried": QT_TR_NOOP("Carried"), "lost": QT_TR_NOOP("Lost"),
                 "consensus": QT_TR_NOOP("Consensus"),
                 "withdrawn": QT_TR_NOOP("Withdrawn"), "pending": QT_TR_NOOP("Pending")}
INSTRUCTION_LABELS = {"for": QT_TR_NOOP("Vote for"), "against": QT_TR_NOOP("Vote against"),
                      "abstain": QT_TR_NOOP("Abstain"),
                      "free": QT_TR_NOOP("Free vote")}
CARRIED_OUT_LABELS = {"yes": QT_TR_NOOP("Carried out"), "partly": QT_TR_NOOP("Partly carried out"),
                      "no": QT_TR_NOOP("Not carried out")}
ROLE_LABELS = {"delegate": QT_TR_NOOP("Delegate"), "alternate": QT_TR_NOOP("Alternate")}
# a mandate's state (its own context: "Open" is feminine for a grievance in some languages)
STATE_TEXT = {"open": QT_TRANSLATE_NOOP("MandateState", "Open"),
              "expired": QT_TRANSLATE_NOOP("MandateState", "Expired"),
              "reported": QT_TRANSLATE_NOOP("MandateState", "Reported")}
_STATE_COLOUR = {"open": QColor("#0d47a1"), "expired": QColor("#8a4b00"),
                 "reported": QColor("#1b5e20")}
_STATE_ICON = {
    "open": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "expired": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "reported": QStyle.StandardPixmap.SP_DialogApplyButton,
}


def _label(labels: dict[str, str]) -> Any:
    return lambda value: shown(labels.get(str(value), plain_text(value)))


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
    if row.abstentions is not None:
        return translate("AssemblyLists", "{yes} for, {no} against, {abstained} abstained").format(
            yes=row.votes_for or 0, no=row.votes_against or 0, abstained=row.abstentions)
    return translate("AssemblyLists", "{yes} for, {no} against").format(
        yes=row.votes_for or 0, no=row.votes_against or 0)


def delegate_status(row: Any) -> str:
    """Where a delegate stands: active, recalled (and when), or term ended."""
    if row.recalled:
        if row.ended_on:
            return translate("AssemblyLists", "Recalled {day}").format(day=date_text(row.ended_on))
        return translate("AssemblyLists", "Recalled")
    if row.active:
        return translate("AssemblyLists", "Active")
    if row.ended_on is not None:
        return translate("AssemblyLists", "Ended {day}").format(day=date_text(row.ended_on))
    return translate("AssemblyLists", "Not in term")


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

    HEADERS = (QT_TR_NOOP("Forum or council"), QT_TR_NOOP("Kind"), QT_TR_NOOP("Level"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([shown(h) for h in self.HEADERS])
        self._items: dict[int, QStandardItem] = {}

    def set_bodies(self, rows: Iterable[Any]) -> None:
        """Replace the tree with ``BodyRow``s in tree order (parents before their members)."""
        self.clear()
        root = self.invisibleRootItem()
        for row in rows:
            parent = self._items.get(row.parent_id) if row.parent_id is not None else None
            name = _item(row.name, row.id, row.kind, row.name)
            kind = _item(shown(KIND_LABELS.get(row.kind, row.kind)), row.id, row.kind, row.kind)
            level = _item(row.level or "", row.id, row.kind, row.level or "")
            (parent or root).appendRow([name, kind, level])
            self._items[row.id] = name

    def clear(self) -> None:
        """Remove every body (also used when the vault locks)."""
        super().clear()
        self.setHorizontalHeaderLabels([shown(h) for h in self.HEADERS])
        self._items = {}

    def index_of(self, body_id: int) -> QModelIndex:
        item = self._items.get(body_id)
        return item.index() if item is not None else QModelIndex()

    def body_ids(self) -> list[int]:
        return list(self._items)


# ------------------------------------------------------------------------------- short lists


def _when(value: object) -> str:
    if isinstance(value, dt.datetime):
        return date_time_text(value)
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
        ListColumn(QT_TR_NOOP("Date and time"), "held_at", _when),
        ListColumn(QT_TR_NOOP("Place"), "place"),
        ListColumn(QT_TR_NOOP("Attended"), "attendance"),
        ListColumn(QT_TR_NOOP("Items"), "agenda_items"),
        ListColumn(QT_TR_NOOP("Motions"), "motions"),
    )


def _mandates_text(value: object) -> str:
    mandates = value or ()
    return "; ".join(
        f"{m.forum}: {shown(INSTRUCTION_LABELS.get(m.instruction, m.instruction))}"
        for m in mandates)


class AgendaModel(_Counts):
    """A meeting's agenda (``AgendaItemRow``) with the mandates forums gave on each item."""

    columns = (
        ListColumn("#", "ordinal"),
        ListColumn(QT_TR_NOOP("Item"), "title"),
        ListColumn(QT_TR_NOOP("Mandates"), "mandates", _mandates_text),
    )


class MotionModel(_Counts):
    """A meeting's motions (``MotionRow``): kind, text, result and the vote."""

    columns = (
        ListColumn(QT_TR_NOOP("Kind"), "kind", _label(MOTION_KIND_LABELS)),
        ListColumn(QT_TR_NOOP("Motion"), "text"),
        ListColumn(QT_TR_NOOP("Result"), "result", _label(RESULT_LABELS)),
        ListColumn(QT_TR_NOOP("Vote"), "votes_for"),
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

    columns = (ListColumn(QT_TR_NOOP("Attended"), "name"),)


class DelegateModel(_Counts):
    """A forum's delegates and alternates (``DelegateRow``), current ones first."""

    columns = (
        ListColumn(QT_TR_NOOP("Name"), "name"),
        ListColumn(QT_TR_NOOP("Role"), "role", _label(ROLE_LABELS)),
        ListColumn(QT_TR_NOOP("Council"), "council"),
        ListColumn(QT_TR_NOOP("Term from"), "term_start"),
        ListColumn(QT_TR_NOOP("Term to"), "term_end"),
        ListColumn(QT_TR_NOOP("Status"), "active"),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if index.isValid() and index.column() == 5 and role in (DISPLAY, TOOLTIP, ACCESSIBLE):
            return delegate_status(self._rows[index.row()])
        return super().data(index, role)


class MandateModel(_Counts):
    """Mandates (``MandateRow``); the state column shows an icon and the state in words."""

    COL_STATE = 0
    columns = (
        ListColumn(QT_TR_NOOP("State"), "state"),
        ListColumn(QT_TR_NOOP("Council meeting"), "meeting_date"),
        ListColumn(QT_TR_NOOP("Council"), "council"),
        ListColumn(QT_TR_NOOP("Agenda item"), "item"),
        ListColumn(QT_TR_NOOP("Instruction"), "instruction", _label(INSTRUCTION_LABELS)),
        ListColumn(QT_TR_NOOP("Red lines"), "red_lines"),
        ListColumn(QT_TR_NOOP("Figure to hold"), "figure_to_hold"),
        ListColumn(QT_TR_NOOP("Expires"), "expires_on"),
        ListColumn(QT_TR_NOOP("Report-back"), "carried_out", _label(CARRIED_OUT_LABELS)),
        ListColumn(QT_TR_NOOP("Forum"), "forum"),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        if role == STATE_ROLE:
            return record.state
        if index.column() == self.COL_STATE:
            if role in (DISPLAY, ACCESSIBLE):
                return shown(STATE_TEXT.get(record.state, record.state), "MandateState")
            if role == TOOLTIP:
                done = shown(CARRIED_OUT_LABELS.get(record.carried_out or "", ""))
                state = shown(STATE_TEXT.get(record.state, record.state), "MandateState")
                return f"{state}. {done}".strip(". ")
            if role == DECORATION:
                return state_icon(record.state)
            if role == FOREGROUND and record.state in _STATE_COLOUR:
                return QBrush(_STATE_COLOUR[record.state])
        return super().data(index, role)


def _forums_text(value: object) -> str:
    return "; ".join(
        f"{f.forum}: {shown(INSTRUCTION_LABELS.get(f.instruction, f.instruction))}"
        + (translate("TallyModel", ", decided {how}").format(how=f.decided_by)
           if getattr(f, "decided_by", "") else "")
        + (f" ({shown(CARRIED_OUT_LABELS.get(f.carried_out, f.carried_out))})"
           if f.carried_out else "")
        for f in (value or ()))


class TallyModel(_Counts):
    """Per council agenda item (``ItemTally``): how many forums said for / against / abstain /
    free vote, and each forum's instruction side by side."""

    columns = (
        ListColumn(QT_TR_NOOP("Meeting"), "meeting_date"),
        ListColumn("#", "ordinal"),
        ListColumn(QT_TR_NOOP("Agenda item"), "item_title"),
        ListColumn("For", "for_",
                   header_text=lambda: translate("VoteTally", "For", "votes for a motion")),
        ListColumn(QT_TR_NOOP("Against"), "against"),
        ListColumn(QT_TR_NOOP("Abstain"), "abstain"),
        ListColumn(QT_TR_NOOP("Free"), "free"),
        ListColumn(QT_TR_NOOP("Forums"), "forums", _forums_text),
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
                    # hidden only as a small figure's partner: not "fewer than N"
                    if bound or column.attr in getattr(record, "hidden", ()):
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


# what a member speaks for, by whether it is a workplace (forum_kit.places)
PLACE_KIND_LABELS = {True: QT_TR_NOOP("workers' forum"), False: QT_TR_NOOP("street assembly")}


class ForumFiguresModel(_SmallNumbers):
    """Each forum's latest figures (``ForumFigures``) and the total as the last row."""

    columns = (
        ListColumn(QT_TR_NOOP("Forum"), "forum"),
        ListColumn(QT_TR_NOOP("As of"), "as_of"),
        ListColumn(QT_TR_NOOP("Headcount"), "headcount"),
        ListColumn(QT_TR_NOOP("Supporters"), "supporters"),
        ListColumn(QT_TR_NOOP("Support"), "supporters_pct", _pct),
        ListColumn(QT_TR_NOOP("Committee"), "committee_members"),
        ListColumn(QT_TR_NOOP("Target (1:10)"), "target_members"),
        ListColumn(QT_TR_NOOP("1:1s (90 d)"), "one_on_ones_90d"),
        ListColumn(QT_TR_NOOP("Open grievances"), "open_grievances"),
        # a workplace's forum or a street assembly (forum_kit.places)
        ListColumn(QT_TR_NOOP("Kind"), "place_kind",
                   lambda v: (shown(PLACE_KIND_LABELS[words(str(v)).kind == "workplace"])
                              if v else "")),
    )
    id_attr = "forum"


class FigurePointModel(_SmallNumbers):
    """Figures over time (``FigurePoint``): one row per forum and date sent."""

    columns = (
        ListColumn(QT_TR_NOOP("As of"), "as_of"),
        ListColumn(QT_TR_NOOP("Forum"), "forum"),
        ListColumn(QT_TR_NOOP("Headcount"), "headcount"),
        ListColumn(QT_TR_NOOP("Supporters"), "supporters"),
        ListColumn(QT_TR_NOOP("Support"), "supporters_pct", _pct),
        ListColumn(QT_TR_NOOP("Committee"), "committee_members"),
        ListColumn(QT_TR_NOOP("Target (1:10)"), "target_members"),
    )
    id_attr = "forum"


# ----------------------------------------------------------------------- attendance picker


class AttendanceModel(QAbstractTableModel):
    """Contacts matching the picker's filter, each with a check box; the checked set outlives a
    change of filter so people found under different searches can all be ticked."""

    HEADERS = (QT_TR_NOOP("Name"), QT_TR_NOOP("Area"))

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
            return shown(self.HEADERS[section])
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


DELEGATE_VOTE_LABELS = {"for": QT_TR_NOOP("Voted for"), "against": QT_TR_NOOP("Voted against"),
                        "abstain": QT_TR_NOOP("Abstained"), "absent": QT_TR_NOOP("Absent")}


def _vote_text(record: object) -> str:
    key = getattr(record, "delegate_vote", None)
    vote = shown(DELEGATE_VOTE_LABELS.get(key, key)) if key else "\u2014"
    if getattr(record, "against_mandate", False):
        return QCoreApplication.translate("ReportBackModel", "{vote} (not as mandated)"
                                          ).format(vote=vote)
    return vote


class ReportBackModel(_Counts):
    """The council decisions imported (``ReportBackRow``): result, this body's mandate, its
    delegate's vote (a vote against the mandate marked) and the report-back draft."""

    columns = (
        ListColumn(QT_TR_NOOP("Meeting"), "meeting_date"),
        ListColumn("#", "ordinal"),
        ListColumn(QT_TR_NOOP("Item"), "title"),
        ListColumn(QT_TR_NOOP("Decision"), "result", _label(RESULT_LABELS)),
        ListColumn(QT_TR_NOOP("Votes"), "votes"),
        ListColumn(QT_TR_NOOP("Mandate"), "mandate",
                   lambda v: shown(INSTRUCTION_LABELS[v]) if v in INSTRUCTION_LABELS
                   else v or "\u2014"),
        ListColumn(QT_TR_NOOP("Our delegate's vote"), "delegate_vote"),
        ListColumn(QT_TR_NOOP("Carried out"), "carried_out",
                   lambda v: shown(CARRIED_OUT_LABELS[v]) if v in CARRIED_OUT_LABELS
                   else v or "\u2014"),
        ListColumn(QT_TR_NOOP("Council"), "council"),
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
