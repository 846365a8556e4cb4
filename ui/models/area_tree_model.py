"""``AreaTreeModel``: a workplace's area tree (department -> line -> shift, any depth) for the
Map page.

Built from the flat ``AreaNode`` list of ``forum_kit.queries.areas.area_tree`` (parents before
children). Areas are a few dozen per workplace, so a ``QStandardItemModel`` is cheap and correct
here; each name item carries the area id in ``ID_ROLE`` and the people count in ``SORT_ROLE``.
Rebuilding removes rows, never columns, so the view keeps its per-column sizing (a
``QStandardItemModel.clear()`` drops the columns and the header forgets its resize modes).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ui.i18n import shown
from ui.models.roles import ALIGN_RIGHT, ENABLED_SELECTABLE, ID_ROLE, SORT_ROLE

COL_NAME = 0
COL_KIND = 1
COL_PEOPLE = 2
HEADERS = (QT_TR_NOOP("Area"), QT_TR_NOOP("Kind"), QT_TR_NOOP("People"))


def _item(text: str, area_id: int, native: Any) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(area_id, ID_ROLE)
    item.setData(native, SORT_ROLE)
    item.setFlags(ENABLED_SELECTABLE)
    item.setEditable(False)
    return item


class AreaTreeModel(QStandardItemModel):
    """The area tree of one workplace; rebuilt whole on every change (areas are few)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([shown(h) for h in HEADERS])
        self.setHeaderData(COL_PEOPLE, Qt.Orientation.Horizontal, ALIGN_RIGHT,
                           Qt.ItemDataRole.TextAlignmentRole)
        self._items: dict[int, QStandardItem] = {}

    def set_nodes(self, nodes: Iterable[Any]) -> None:
        """Replace the tree with these nodes (each has id, parent_id, name, kind, people)."""
        self._remove_rows()
        root = self.invisibleRootItem()
        pending = list(nodes)
        # Parents normally come first; further passes cover any order the query chooses.
        while pending:
            rest = []
            for node in pending:
                parent = root if node.parent_id is None else self._items.get(node.parent_id)
                if parent is None:
                    rest.append(node)
                    continue
                name = _item(node.name, node.id, node.name)
                kind = _item(node.kind or "", node.id, node.kind or "")
                # The whole subtree's people: a department shows everyone in its lines.
                count = int(getattr(node, "people_in_subtree", 0) or node.people)
                people = _item(str(count), node.id, count)
                people.setTextAlignment(ALIGN_RIGHT)
                parent.appendRow([name, kind, people])
                self._items[node.id] = name
            if len(rest) == len(pending):
                break  # orphans (a parent in another workplace): never loop forever
            pending = rest

    def _remove_rows(self) -> None:
        if self.rowCount():
            self.removeRows(0, self.rowCount())
        self._items = {}

    def clear(self) -> None:
        """Remove every area (also used when the vault locks); the columns stay."""
        self._remove_rows()

    def index_of(self, area_id: int) -> QModelIndex:
        item = self._items.get(area_id)
        return item.index() if item is not None else QModelIndex()

    def area_ids(self) -> list[int]:
        return list(self._items)

    def name_of(self, area_id: int) -> str:
        item = self._items.get(area_id)
        return item.text() if item is not None else ""

    def descendants(self, area_id: int) -> set[int]:
        """The area and every area below it (a move must not put an area under its own child)."""
        out: set[int] = set()
        item = self._items.get(area_id)
        stack = [item] if item is not None else []
        while stack:
            it = stack.pop()
            out.add(it.data(ID_ROLE))
            stack.extend(it.child(r, COL_NAME) for r in range(it.rowCount()))
        return out

    def people_in(self, area_id: int) -> int:
        item = self._items.get(area_id)
        if item is None:
            return 0
        parent = item.parent() or self.invisibleRootItem()
        return int(parent.child(item.row(), COL_PEOPLE).data(SORT_ROLE) or 0)

    def paths(self) -> list[tuple[int, str]]:
        """Every area as (id, "Parent / Child") in tree order, for pickers."""
        out: list[tuple[int, str]] = []

        def walk(item: QStandardItem, prefix: str) -> None:
            for r in range(item.rowCount()):
                child = item.child(r, COL_NAME)
                path = f"{prefix}{child.text()}"
                out.append((child.data(ID_ROLE), path))
                walk(child, path + " / ")

        walk(self.invisibleRootItem(), "")
        return out


def workplace_area_paths(
    workplaces: Iterable[tuple[str, Iterable[Any]]],
) -> list[tuple[int, str]]:
    """(id, path) of the areas of (workplace name, depth-first nodes) pairs; with more than one
    workplace each path starts with its workplace's name, as two workplaces often have areas of
    the same name ("Harbour Contact Centre / Floor 2 / Team North")."""
    groups = [(name, area_paths(nodes)) for name, nodes in workplaces]
    if len(groups) <= 1:
        return [pair for _name, paths in groups for pair in paths]
    return [(area_id, f"{name} / {path}") for name, paths in groups for area_id, path in paths]


def area_paths(nodes: Iterable[Any]) -> list[tuple[int, str]]:
    """(id, "Parent / Child") for flat depth-first nodes, without building a Qt model."""
    names: dict[int, str] = {}
    out: list[tuple[int, str]] = []
    for node in nodes:
        prefix = names.get(node.parent_id) if node.parent_id is not None else None
        path = f"{prefix} / {node.name}" if prefix else node.name
        names[node.id] = path
        out.append((node.id, path))
    return out
