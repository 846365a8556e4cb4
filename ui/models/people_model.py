"""``PeopleTableModel``: the lazy contact list behind the People page and the Map page's chart.

It holds only the ordered list of contact ids and a small LRU cache of ``PersonRow``s; rows are
fetched in aligned pages of ``PAGE_SIZE`` ids through an injected ``fetch_rows(ids)`` callable
(one SQL query per page), so 100k contacts cost a list of ints, not 100k objects. Sorting and
filtering never happen in Qt: ``sort()`` and ``set_fetch_ids()`` re-run an injected
``fetch_ids(sort_key, descending)`` (SQL ``ORDER BY`` over indexes) and reset the model, because a
``QSortFilterProxyModel`` took 26 s to sort 100k rows here (PERFORMANCE.md).

With an injected ``fetch_head`` the list can open in two steps (P4: first paint <= 50 ms):
``reload(head=True)`` reads only the first ``PAGE_SIZE`` ids and the length of the whole list, so
the row count and scroll bar are right at once and the first screen paints from that head; the
first ``data()`` request (a view painting the head) schedules reading the rest right after the
paint. Anything that needs a row beyond the head, or every id, reads the rest first, at once.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TR_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QTimer,
)
from PySide6.QtGui import QColor

from ui.i18n import shown
from ui.models.roles import (
    ACCESSIBLE,
    ASCENDING,
    DECORATION,
    DESCENDING,
    DISPLAY,
    ENABLED_SELECTABLE,
    HORIZONTAL,
    ID_ROLE,
    NO_FLAGS,
    SORT_ROLE,
    TOOLTIP,
    UNKNOWN_LEVEL,
    LevelStyle,
)
from ui.widgets.locale_text import date_text

# A page is read when its first row is needed: 100 rows fill two screens, and halving it from
# 200 took ~4 ms off the first paint of a 100k list (a row costs ~45 us to read and build).
PAGE_SIZE = 100
CACHE_ROWS = 2_000

# Column identifiers: the attribute read from a PersonRow and the SQL sort key are named per column.
COL_NAME = "name"
COL_AREA = "area"
COL_JOB = "job_title"
COL_SHIFT = "shift"
COL_LEVEL = "level"
COL_ROLE = "committee_role"
COL_LAST_CONTACT = "last_contact_on"
COL_LAST_BY = "last_contact_by"
COL_STALE = "stale"
COL_LANGUAGE = "language"
# columns the Map's chart can add (issue 22); keys as in forum_kit.queries.chart_views.COLUMNS
COL_EMPLOYMENT = "employment"
COL_CARD = "card_signed_on"
COL_LEADER = "organic_leader"
COL_TIES = "ties"
COL_REACHED = "reached"
COL_PHONE = "phone"
COL_EMAIL = "email"


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: str
    attr: str
    sort_key: str | None


ALL_COLUMNS: dict[str, Column] = {
    c.key: c
    for c in (
        Column(COL_NAME, QT_TR_NOOP("Name"), "full_name", "name"),
        Column(COL_AREA, QT_TR_NOOP("Area"), "area_name", "area"),
        Column(COL_JOB, QT_TR_NOOP("Job"), "job_title", "job"),
        Column(COL_SHIFT, QT_TR_NOOP("Shift"), "shift", "shift"),
        Column(COL_LEVEL, QT_TR_NOOP("Assessment"), "level", "level"),
        Column(COL_ROLE, QT_TR_NOOP("Committee"), "committee_role", "committee"),
        Column(COL_LAST_CONTACT, QT_TR_NOOP("Last contact"), "last_contact_on", "last_contact"),
        Column(COL_LAST_BY, QT_TR_NOOP("By"), "last_contact_by", None),
        Column(COL_STALE, QT_TR_NOOP("Stale"), "stale", "assessed_on"),
        Column(COL_LANGUAGE, QT_TR_NOOP("Language"), "language", "language"),
        Column(COL_EMPLOYMENT, QT_TR_NOOP("FT/PT"), "employment", "employment"),
        Column(COL_CARD, QT_TR_NOOP("Card signed"), "card_signed_on", "card_signed"),
        Column(COL_LEADER, QT_TR_NOOP("Organic leader"), "organic_leader", None),
        Column(COL_TIES, QT_TR_NOOP("Ties"), "ties", None),
        Column(COL_REACHED, QT_TR_NOOP("Reached"), "reached", None),
        Column(COL_PHONE, QT_TR_NOOP("Phone"), "phone", None),
        Column(COL_EMAIL, QT_TR_NOOP("Email"), "email", None),
    )
}
PEOPLE_COLUMNS = (
    COL_NAME, COL_AREA, COL_JOB, COL_SHIFT, COL_LEVEL, COL_ROLE, COL_LAST_CONTACT, COL_LAST_BY,
    COL_STALE,
)
CHART_COLUMNS = (
    COL_NAME, COL_JOB, COL_SHIFT, COL_LEVEL, COL_ROLE, COL_LAST_CONTACT, COL_LAST_BY, COL_STALE,
)

FetchIds = Callable[[str, bool], list[int]]
FetchRows = Callable[[Sequence[int]], Sequence[Any]]
# (sort key, descending, limit) -> (the first ``limit`` ids, how many the whole list has, a
# callable reading the whole list for the same filter and sort, called later or never).
FetchHead = Callable[[str, bool, int], tuple[Sequence[int], int, Callable[[], Sequence[int]]]]

_ROLE_LABELS = {"C": QT_TR_NOOP("Committee"), "CH": QT_TR_NOOP("Helper")}


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return date_text(value)
    if isinstance(value, bool):
        return shown(QT_TR_NOOP("yes")) if value else ""
    return str(value)


class PeopleTableModel(QAbstractTableModel):
    """A lazy table of contacts: ids in memory, rows fetched a page at a time, sorted in SQL."""

    def __init__(
        self,
        fetch_rows: FetchRows,
        fetch_ids: FetchIds | None = None,
        *,
        fetch_head: FetchHead | None = None,
        columns: Sequence[str] = PEOPLE_COLUMNS,
        levels: dict[int, LevelStyle] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._fetch_ids = fetch_ids
        self._fetch_head = fetch_head
        self._columns = tuple(ALL_COLUMNS[c] for c in columns)
        self._levels: dict[int, LevelStyle] = dict(levels or {})
        self._area_labels: dict[int, str] = {}
        self._ids: list[int] = []
        # Rows shown; more than len(_ids) while only the head is known (_rest reads the others).
        self._total = 0
        self._rest: Callable[[], Sequence[int]] | None = None
        self._rest_scheduled = False
        self._generation = 0  # bumped by every reset, so a late scheduled read is dropped
        self._cache: OrderedDict[int, Any] = OrderedDict()
        self._sort_column = 0
        self._descending = False
        self.fetch_count = 0  # pages fetched: tests and the benchmark read it

    # ---- configuration -------------------------------------------------------------------
    def column_index(self, key: str) -> int:
        """Position of a column by its key, or -1 when this model does not show it."""
        for i, c in enumerate(self._columns):
            if c.key == key:
                return i
        return -1

    def column_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self._columns)

    def set_columns(self, keys: Sequence[str], *, sort: str | None = None,
                    descending: bool | None = None) -> None:
        """Show these columns (unknown keys are left out) and, optionally, sort by the column
        whose SQL sort key is ``sort``; the ids are read again only when the sort changed."""
        columns = tuple(ALL_COLUMNS[k] for k in keys if k in ALL_COLUMNS) or (
            ALL_COLUMNS[COL_NAME],)
        old_key = self.sort_state()
        current = self._columns[self._sort_column].key if self._columns else COL_NAME
        self.beginResetModel()
        self._columns = columns
        wanted = sort if sort is not None else None
        index = next((i for i, c in enumerate(columns)
                      if (wanted is not None and c.sort_key == wanted)
                      or (wanted is None and c.key == current)), 0)
        self._sort_column = index
        if descending is not None:
            self._descending = descending
        self.endResetModel()
        if self.sort_state() != old_key and self._fetch_ids is not None:
            self.reload()

    def set_levels(self, levels: dict[int, LevelStyle]) -> None:
        self._levels = dict(levels)
        col = self.column_index(COL_LEVEL)
        if col >= 0 and self._total:
            self.dataChanged.emit(self.index(0, col), self.index(self._total - 1, col))

    def set_area_labels(self, labels: dict[int, str]) -> None:
        """Full area paths by id ("Inbound / Days"): a leaf name alone is often ambiguous."""
        self._area_labels = dict(labels)

    def set_fetch_ids(self, fetch_ids: FetchIds | None, *, head: bool = False) -> None:
        """A new filter: re-run the id query with the current sort and reset the model (from the
        head first when ``head`` and a ``fetch_head`` is set)."""
        self._fetch_ids = fetch_ids
        self.reload(head=head)

    def set_fetch_rows(self, fetch_rows: FetchRows) -> None:
        self._fetch_rows = fetch_rows

    def set_fetch_head(self, fetch_head: FetchHead | None) -> None:
        self._fetch_head = fetch_head

    def reload(self, *, head: bool = False) -> None:
        """Fetch the ordered ids again (after a filter, sort or save) and drop cached rows; with
        ``head`` and a ``fetch_head``, only the head and the count now, the rest after the next
        paint. Only opening the page asks for that: a filter or a sort whose ORDER BY needs a
        sort of every match pays as much for the head as for the whole list, so measured on
        100k contacts the head plus the count made filtering slower (area 89 -> 133 ms CPU)."""
        column = self._columns[self._sort_column] if self._columns else None
        sort_key = (column.sort_key if column else None) or "name"
        if self._fetch_ids is None:
            self.set_ids([])
        elif self._fetch_head is None or not head:
            self.set_ids(self._fetch_ids(sort_key, self._descending))
        else:
            first, total, rest = self._fetch_head(sort_key, self._descending, PAGE_SIZE)
            self._reset(first, max(total, len(first)), rest if total > len(first) else None)

    def set_ids(self, ids: Sequence[int]) -> None:
        self._reset(ids, len(ids), None)

    def clear(self) -> None:
        """Forget every id and row (the vault is locking): nothing personal stays in memory."""
        self._reset((), 0, None)

    def _reset(
        self, ids: Sequence[int], total: int, rest: Callable[[], Sequence[int]] | None
    ) -> None:
        self.beginResetModel()
        self._generation += 1
        self._ids = list(ids)
        self._total = total
        self._rest = rest
        self._rest_scheduled = False
        self._cache.clear()
        self.endResetModel()

    def is_complete(self) -> bool:
        """Whether every id of the list is known (not only the head)."""
        return self._rest is None

    def complete(self) -> None:
        """Read the rest of the id list now, if only the head is known."""
        rest, self._rest = self._rest, None
        if rest is None:
            return
        try:
            ids = list(rest())
        except BaseException:
            # a failed read (the vault busy or locked) must not leave the model believing it
            # knows every id: the next row past the head asks again
            self._rest = rest
            raise
        known = len(self._ids)
        if len(ids) == self._total and ids[:known] == self._ids:
            # No reset: no row beyond the head was ever shown (reading one waits for this), so
            # views, their selection and the cached rows all stay valid.
            self._ids = ids
            return
        # The data changed between the two reads. This may run inside a paint (a row beyond the
        # head was asked for), where a reset must not happen: rows past the new list read as
        # empty until the reset on the next turn of the event loop.
        self._ids = ids
        generation = self._generation
        QTimer.singleShot(0, self, lambda: self._reset_to_known(generation))

    def _reset_to_known(self, generation: int) -> None:
        if generation == self._generation:
            self._reset(self._ids, len(self._ids), None)

    def _complete_later(self) -> None:
        # Posted from inside a paint, so it runs after that paint, on the next turn of the loop.
        self._rest_scheduled = True
        generation = self._generation
        QTimer.singleShot(0, self, lambda: self._complete_if(generation))

    def _complete_if(self, generation: int) -> None:
        if generation == self._generation:
            self.complete()

    def invalidate_rows(self, ids: Sequence[int] = ()) -> None:
        """Drop cached rows (all, or the given ids) so the next paint reads them again."""
        if not ids:
            self._cache.clear()
        else:
            for i in ids:
                self._cache.pop(i, None)
        if self._total and self._columns:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self._total - 1, len(self._columns) - 1)
            )

    # ---- lookups ------------------------------------------------------------------------
    def ids(self) -> list[int]:
        self.complete()
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        if row >= len(self._ids) and self._rest is not None and 0 <= row < self._total:
            self.complete()
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: int) -> int:
        """The row showing a contact, or -1 (a linear scan: only for single look-ups)."""
        self.complete()
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return -1

    def cached_row_count(self) -> int:
        return len(self._cache)

    def row_data(self, row: int) -> Any | None:
        """The PersonRow at a row, fetching its page when it is not cached."""
        contact_id = self.id_at(row)
        if contact_id is None:
            return None
        cached = self._cache.get(contact_id)
        if cached is not None:
            self._cache.move_to_end(contact_id)
            return cached
        self._fetch_page(row)
        return self._cache.get(contact_id)

    def _fetch_page(self, row: int) -> None:
        start = row - row % PAGE_SIZE
        page_ids = self._ids[start:start + PAGE_SIZE]
        rows = self._fetch_rows(page_ids)
        self.fetch_count += 1
        cache = self._cache
        for r in rows:
            cache[r.id] = r
            cache.move_to_end(r.id)
        while len(cache) > CACHE_ROWS:
            cache.popitem(last=False)

    # ---- Qt interface -------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Any:
        return ENABLED_SELECTABLE if index.isValid() else NO_FLAGS

    def headerData(self, section: int, orientation: Any, role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == HORIZONTAL and 0 <= section < len(self._columns):
            return shown(self._columns[section].header)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if self._rest is not None and not self._rest_scheduled:
            self._complete_later()
        if role == ID_ROLE:
            return self.id_at(row)
        if role not in (DISPLAY, SORT_ROLE, DECORATION, TOOLTIP, ACCESSIBLE):
            return None
        record = self.row_data(row)
        if record is None:
            return None
        column = self._columns[index.column()]
        value = getattr(record, column.attr, None)
        if role == SORT_ROLE:
            return value
        key = column.key
        if key == COL_LEVEL:
            style = self._level_style(record, value)
            if role == DECORATION:
                return style.colour
            # The label is always shown so colour is never the only signal.
            return style.text if value is not None else ""
        if role == DECORATION:
            return None
        if key == COL_ROLE:
            return shown(_ROLE_LABELS.get(str(value), _text(value))) if value else ""
        if key == COL_STALE:
            # the column's own word (its header), in the interface language
            return shown("Stale") if value else ""
        if key == COL_LEADER:
            return self.tr("leader") if value else ""
        if key == COL_REACHED:
            # what a steward looks for: who no committee member's ties reach yet
            return self.tr("unreached") if value is False else ""
        if key == COL_AREA:
            return self._area_labels.get(getattr(record, "area_id", None), _text(value))
        return _text(value)

    def _level_style(self, record: Any, level: Any) -> LevelStyle:
        style = self._levels.get(level)
        if style is not None:
            return style
        label = getattr(record, "level_label", "")
        colour = getattr(record, "level_colour", "")
        if not label:
            return UNKNOWN_LEVEL
        # Rows carry the vault's own label and colour; cache one QColor per level.
        style = LevelStyle(label, QColor(colour) if colour else UNKNOWN_LEVEL.colour, level)
        self._levels[level] = style
        return style

    def sort(self, column: int, order: Any = ASCENDING) -> None:
        if not 0 <= column < len(self._columns) or self._columns[column].sort_key is None:
            return
        self._sort_column = column
        self._descending = order == DESCENDING
        if self._fetch_ids is not None:
            self.reload()

    def sort_section(self) -> int:
        """The column the rows are sorted by."""
        return self._sort_column

    def sort_state(self) -> tuple[str, bool]:
        column = self._columns[self._sort_column]
        return (column.sort_key or "name", self._descending)
