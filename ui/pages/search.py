"""The search results page: everything in the vault that matches, grouped by kind.

Owns ``SearchPage`` and its two-level ``SearchResultsModel`` (kind groups, then hits). The query
runs through ``forum_kit.queries.search.search`` (SQLite FTS5, diacritics folded, names
transliterated), injectable for tests. Activating a hit asks the window to open it on its page
(``open_requested``): an area opens on the Map, in its workplace, selected. An area hit shows its
whole path ("Floor 2 Billing / Team North"), as several areas of a workplace often share a name.
The model holds plain rows; ``clear()`` drops them all, and the query text is never kept across
a lock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeView, QVBoxLayout, QWidget

from forum_kit.errors import ForumKitError
from ui.i18n import shown
from ui.pages import Page

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COL_TITLE = 0
COL_DETAIL = 1
COLUMNS = (QT_TR_NOOP("Found"), QT_TR_NOOP("Where it matched"))
GROUP_LABELS = {"person": QT_TR_NOOP("People"), "contact": QT_TR_NOOP("People"),
                "conversation": QT_TR_NOOP("Conversations"),
                "grievance": QT_TR_NOOP("Grievances"), "workplace": QT_TR_NOOP("Workplaces"),
                "area": QT_TR_NOOP("Areas")}
# "contact" and "person" are one kind for the window's routing
KIND_ALIASES = {"contact": "person", "people": "person", "conversations": "conversation",
                "grievances": "grievance", "areas": "area", "workplaces": "workplace"}
RESULT_FIELDS = ("people", "conversations", "grievances", "areas")
LIMIT = 50

SearchFn = Callable[..., Any]
AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True, slots=True)
class HitRow:
    """One search hit as the model shows it."""

    kind: str
    item_id: int
    title: str
    detail: str


@dataclass(frozen=True, slots=True)
class HitGroup:
    """All hits of one kind."""

    kind: str
    label: str
    hits: tuple[HitRow, ...]


def _with_area_paths(session: Any, groups: list[HitGroup]) -> list[HitGroup]:
    """The groups with each area hit titled by its path within its workplace."""
    if not any(g.kind == "area" for g in groups):
        return groups
    from forum_kit.queries import areas as areas_q
    from ui.models.area_tree_model import area_paths

    paths: dict[int, str] = {}
    for w in areas_q.workplaces(session, counts=False):
        paths.update(area_paths(areas_q.area_tree(session, w.id, counts=False)))
    return [replace(g, hits=tuple(replace(h, title=paths.get(h.item_id, h.title))
                                  for h in g.hits)) if g.kind == "area" else g
            for g in groups]


def _first(obj: Any, names: Iterable[str], default: Any = "") -> Any:
    for name in names:
        if isinstance(obj, dict) and name in obj:
            return obj[name]
        if hasattr(obj, name):
            return getattr(obj, name)
    return default


def to_hit(raw: Any) -> HitRow:
    """Adapt a hit of the query layer (dataclass or dict) to a ``HitRow``."""
    kind = str(_first(raw, ("kind",), ""))
    kind = KIND_ALIASES.get(kind, kind)
    item_id = int(_first(raw, ("item_id", "id"), 0))
    title = str(_first(raw, ("title", "label", "name", "display"), ""))
    detail = str(_first(raw, ("snippet", "detail", "context", "where"), ""))
    return HitRow(kind, item_id, title, detail)


def group_hits(raw_hits: Any) -> list[HitGroup]:
    """Hits grouped by kind in a stable order (people, conversations, grievances, others)."""
    if hasattr(raw_hits, "groups"):
        raw_hits = raw_hits.groups
    elif all(hasattr(raw_hits, name) for name in RESULT_FIELDS):
        # forum_kit.queries.search.SearchResults: one tuple of hits per kind
        raw_hits = {name: getattr(raw_hits, name) for name in RESULT_FIELDS}
    if isinstance(raw_hits, dict):
        flat: list[Any] = []
        for kind, hits in raw_hits.items():
            for hit in hits:
                row = to_hit(hit)
                if not row.kind:
                    row = HitRow(KIND_ALIASES.get(kind, kind), row.item_id, row.title, row.detail)
                flat.append(row)
    else:
        flat = []
        for item in raw_hits:
            inner = _first(item, ("hits",), None)
            if inner is not None:  # a group object from the query layer
                kind = KIND_ALIASES.get(str(_first(item, ("kind",), "")), "")
                for hit in inner:
                    row = to_hit(hit)
                    flat.append(row if row.kind else HitRow(kind, row.item_id, row.title,
                                                            row.detail))
            else:
                flat.append(to_hit(item))
    order = ["person", "conversation", "grievance", "area"]
    by_kind: dict[str, list[HitRow]] = {}
    for row in flat:
        by_kind.setdefault(row.kind, []).append(row)
    kinds = [k for k in order if k in by_kind] + sorted(k for k in by_kind if k not in order)
    return [HitGroup(k, shown(GROUP_LABELS.get(k, k.title())), tuple(by_kind[k])) for k in kinds]


class SearchResultsModel(QAbstractItemModel):
    """Top level: one row per kind ("People (3)"); children: the hits of that kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: list[HitGroup] = []

    def set_groups(self, groups: list[HitGroup]) -> None:
        """Replace all results."""
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def clear(self) -> None:
        """Drop every result."""
        self.set_groups([])

    @property
    def groups(self) -> list[HitGroup]:
        """The groups shown."""
        return list(self._groups)

    def hit_count(self) -> int:
        """Number of hits over all groups."""
        return sum(len(g.hits) for g in self._groups)

    # Qt's model interface. A child index carries its HitGroup as internal pointer (kept alive by
    # self._groups); a group index carries none.
    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column)
        if parent.internalPointer() is not None:
            return QModelIndex()
        return self.createIndex(row, column, self._groups[parent.row()])

    def parent(self, index: AnyIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        group = index.internalPointer()
        if group is None:
            return QModelIndex()
        for row, candidate in enumerate(self._groups):
            if candidate is group:
                return self.createIndex(row, 0)
        return QModelIndex()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalPointer() is not None:
            return 0
        return len(self._groups[parent.row()].hits)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:  # noqa: N802
        return len(COLUMNS)

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        group = index.internalPointer()
        if group is None:
            group = self._groups[index.row()]
            if role == DISPLAY and index.column() == COL_TITLE:
                return f"{group.label} ({len(group.hits)})"
            if role == KIND_ROLE:
                return group.kind
            return None
        hit = group.hits[index.row()]
        if role in (DISPLAY, TOOLTIP):
            return hit.title if index.column() == COL_TITLE else hit.detail
        if role == KIND_ROLE:
            return hit.kind
        if role == ID_ROLE:
            return hit.item_id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == DISPLAY
                and 0 <= section < len(COLUMNS)):
            return shown(COLUMNS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def default_search(session: Any, text: str, *, limit: int = LIMIT) -> Any:
    """The query layer's search (imported when first used)."""
    from forum_kit.queries.search import search

    return search(session, text, limit_per_kind=limit)


class SearchPage(Page):
    """Search results grouped by kind; Enter or double-click opens a hit."""

    title = QT_TR_NOOP("Search")

    def __init__(self, search_fn: SearchFn | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search_fn = search_fn or default_search
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.model = SearchResultsModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.header().setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Interactive)
        self.view.header().resizeSection(COL_TITLE, 320)
        self.view.header().setStretchLastSection(True)
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.clear()

    def run(self, text: str) -> int:
        """Search for ``text`` and show the groups; returns the number of hits."""
        text = text.strip()
        self.model.clear()
        if not text:
            self.heading.setText(self.tr("Search"))
            self.message.setText(self.tr("Type in the search box and press Enter."))
            return 0
        if self.ctx is None:
            return 0
        self.heading.setText(self.tr("Search results"))
        try:
            with self.ctx.unit_of_work() as session:
                raw = self._search_fn(session, text, limit=LIMIT)
                groups = _with_area_paths(session, group_hits(raw))
        except ImportError:
            self.message.setText(self.tr("Search is not available in this version yet."))
            return 0
        except ForumKitError as error:
            self.message.setText(error.message)
            return 0
        self.model.set_groups(groups)
        self.view.expandAll()
        count = self.model.hit_count()
        if count:
            text = self.tr("{n} found. Press Enter or double-click to open one.").format(n=count)
            first_group = self.model.index(0, 0)
            self.view.setCurrentIndex(self.model.index(0, 0, first_group))
        else:
            text = self.tr(
                "Nothing matches. Search looks at names, job titles, shifts, languages, notes, "
                "conversations, grievances and areas. Case and accents do not matter, and names "
                "can be typed in plain letters: lukasz finds Łukasz, strasse Straße, ivan Иван.")
        if getattr(self.ctx.copy, "indexing", False):  # a copy opened a moment ago
            text = self.tr(
                "Still indexing the copy's one-on-one notes: some conversations may be missing. "
                "Search again in a moment.") + " " + text
        self.message.setText(text)
        return count

    def _activated(self, index: QModelIndex) -> None:
        item_id = index.data(ID_ROLE)
        if item_id is None:
            return
        self.open_requested.emit(str(index.data(KIND_ROLE)), int(item_id))

    def clear(self) -> None:
        self.model.clear()
        self.heading.setText(self.tr("Search"))
        self.message.setText(self.tr("Type in the search box and press Enter."))
