"""Window-free tests of the Qt item models: qtmodeltester on realistic rows, lazy paging with a
fake ``fetch_rows``, SQL-side sort and filter through a fake ``fetch_ids``, and ``clear()``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ui.models.area_tree_model import AreaTreeModel
from ui.models.assessment_history_model import AssessmentHistoryModel
from ui.models.followups_model import FollowUpsModel
from ui.models.people_model import (
    CACHE_ROWS,
    CHART_COLUMNS,
    COL_LAST_CONTACT,
    COL_LEVEL,
    COL_NAME,
    COL_STALE,
    PAGE_SIZE,
    PeopleTableModel,
)
from ui.models.roles import DECORATION, DISPLAY, ID_ROLE, SORT_ROLE, LevelStyle

LEVELS = {
    0: LevelStyle("Unassessed", QColor("#9e9e9e")),
    1: LevelStyle("Leader", QColor("#1b5e20"), 1),
    2: LevelStyle("Supporter", QColor("#66bb6a"), 2),
    3: LevelStyle("Undecided", QColor("#fdd835"), 3),
}


@dataclass(frozen=True)
class Row:
    id: int
    full_name: str
    area_name: str
    job_title: str
    shift: str
    level: int
    committee_role: str | None
    last_contact_on: dt.date | None
    last_contact_by: str
    stale: bool
    language: str = ""
    area_id: int = 0


NAMES = ["Zoë Adeyemi", "Şêrko Barzani", "Ana Álvarez", "Ŋgozi Obi", "Li Wei", "Ola Nordmann"]


def make_row(i: int) -> Row:
    return Row(
        id=i,
        full_name=f"{NAMES[i % len(NAMES)]} {i}",
        area_name=f"Line {i % 7}",
        job_title="Picker" if i % 2 else "Driver",
        shift="Night" if i % 3 else "Day",
        level=i % 4,
        committee_role=("C", "CH", None)[i % 3],
        last_contact_on=None if i % 5 == 0 else dt.date(2026, 1, 1) + dt.timedelta(days=i % 300),
        last_contact_by="Ana" if i % 5 else "",
        stale=i % 2 == 0,
        area_id=i % 7,
    )


class FakeStore:
    """Stands in for the vault: ids ordered like SQL would order them, rows fetched by id."""

    def __init__(self, n: int) -> None:
        self.rows = {i: make_row(i) for i in range(1, n + 1)}
        self.row_calls: list[list[int]] = []
        self.id_calls: list[tuple[str, bool]] = []
        self.area: str | None = None

    def fetch_rows(self, ids):
        self.row_calls.append(list(ids))
        return [self.rows[i] for i in ids if i in self.rows]

    def fetch_ids(self, sort: str, descending: bool) -> list[int]:
        self.id_calls.append((sort, descending))
        rows = [r for r in self.rows.values() if self.area is None or r.area_name == self.area]
        attrs = {"name": "full_name", "level": "level", "last_contact": "last_contact_on"}
        attr = attrs.get(sort, "id")
        rows.sort(
            key=lambda r: (getattr(r, attr) is None, getattr(r, attr) or 0, r.id),
            reverse=descending,
        )
        return [r.id for r in rows]


@pytest.fixture
def store():
    return FakeStore(1_000)


@pytest.fixture
def people(store):
    model = PeopleTableModel(store.fetch_rows, store.fetch_ids, levels=LEVELS)
    model.reload()
    return model


def test_people_model_passes_modeltester(qtmodeltester, people):
    qtmodeltester.check(people)


def test_chart_columns_pass_modeltester(qtmodeltester, store):
    model = PeopleTableModel(
        store.fetch_rows, store.fetch_ids, columns=CHART_COLUMNS, levels=LEVELS
    )
    model.reload()
    assert model.columnCount() == len(CHART_COLUMNS)
    qtmodeltester.check(model)


def test_rows_are_fetched_lazily_one_page_at_a_time(store):
    model = PeopleTableModel(store.fetch_rows, store.fetch_ids, levels=LEVELS)
    model.reload()
    assert model.rowCount() == 1_000
    assert store.row_calls == []  # nothing fetched until a cell is asked for
    name_col = model.column_index(COL_NAME)
    model.data(model.index(0, name_col))
    assert len(store.row_calls) == 1 and len(store.row_calls[0]) == PAGE_SIZE
    for r in range(PAGE_SIZE):
        model.data(model.index(r, name_col))
    assert len(store.row_calls) == 1  # the whole page came from the cache
    model.data(model.index(PAGE_SIZE * 3 + 5, name_col))
    assert store.row_calls[-1][0] == model.id_at(PAGE_SIZE * 3)  # pages are aligned
    assert len(store.row_calls) == 2


def test_cache_is_bounded(store):
    big = FakeStore(CACHE_ROWS * 3)
    model = PeopleTableModel(big.fetch_rows, big.fetch_ids, levels=LEVELS)
    model.reload()
    for r in range(0, model.rowCount(), PAGE_SIZE):
        model.data(model.index(r, 0))
    assert model.cached_row_count() <= CACHE_ROWS
    # the first page was evicted, so asking again fetches it again
    calls = len(big.row_calls)
    model.data(model.index(0, 0))
    assert len(big.row_calls) == calls + 1


def test_sort_reruns_the_id_query_and_resets(qtbot, store, people):
    level_col = people.column_index(COL_LEVEL)
    with qtbot.waitSignal(people.modelReset):
        people.sort(level_col, Qt.SortOrder.DescendingOrder)
    assert store.id_calls[-1] == ("level", True)
    levels = [people.data(people.index(r, level_col), SORT_ROLE) for r in range(50)]
    assert levels == sorted(levels, reverse=True)
    assert people.sort_state() == ("level", True)


def test_sort_role_gives_native_values(people):
    col = people.column_index(COL_LAST_CONTACT)
    values = [people.data(people.index(r, col), SORT_ROLE) for r in range(20)]
    assert any(isinstance(v, dt.date) for v in values)
    assert isinstance(people.data(people.index(0, people.column_index(COL_LEVEL)), SORT_ROLE), int)
    assert people.data(people.index(3, 0), ID_ROLE) == people.id_at(3)


def test_level_shows_label_and_swatch(people):
    people.set_ids(list(range(1, 11)))
    col = people.column_index(COL_LEVEL)
    for r in range(8):
        level = people.data(people.index(r, col), SORT_ROLE)
        text = people.data(people.index(r, col), DISPLAY)
        assert LEVELS[level].label in text  # never colour alone
        assert people.data(people.index(r, col), DECORATION) == LEVELS[level].colour
    stale_col = people.column_index(COL_STALE)
    texts = {people.data(people.index(r, stale_col), DISPLAY) for r in range(10)}
    assert texts == {"Stale", ""}  # the column's own word, in the interface language


def test_filter_change_reruns_ids_and_resets(qtbot, store, people):
    store.area = "Line 3"
    with qtbot.waitSignal(people.modelReset):
        people.set_fetch_ids(store.fetch_ids)
    assert 0 < people.rowCount() < 1_000
    name_col = people.column_index(COL_NAME)
    for r in range(people.rowCount()):
        assert people.row_data(r).area_name == "Line 3"
    assert people.data(people.index(0, name_col), DISPLAY)


def test_area_column_shows_full_paths(people):
    people.set_ids([1])
    col = people.column_index("area")
    assert people.data(people.index(0, col), DISPLAY) == "Line 1"
    people.set_area_labels({1: "Warehouse / Line 1"})
    assert people.data(people.index(0, col), DISPLAY) == "Warehouse / Line 1"


def test_non_ascii_names_survive(people):
    people.set_ids(list(range(1, 11)))
    texts = [people.data(people.index(r, 0), DISPLAY) for r in range(6)]
    assert any("Şêrko" in t for t in texts) and any("Zoë" in t for t in texts)


def test_clear_drops_ids_and_cache(people):
    people.data(people.index(0, 0))
    assert people.cached_row_count() > 0
    people.clear()
    assert people.rowCount() == 0 and people.cached_row_count() == 0


def test_deleted_row_shows_blank_not_crash(store, people):
    victim = people.id_at(0)
    del store.rows[victim]
    people.invalidate_rows()
    assert people.data(people.index(0, 0), DISPLAY) is None


@dataclass(frozen=True)
class Node:
    id: int
    parent_id: int | None
    name: str
    kind: str
    depth: int
    people: int


NODES = [
    Node(1, None, "Warehouse", "department", 0, 12),
    Node(2, 1, "Picking", "line", 1, 7),
    Node(3, 2, "Night shift", "shift", 2, 4),
    Node(4, 1, "Loading", "line", 1, 5),
    Node(5, None, "Office", "department", 0, 0),
]


def test_area_tree_model(qtmodeltester):
    model = AreaTreeModel()
    model.set_nodes(NODES)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    picking = model.index_of(2)
    assert picking.data(ID_ROLE) == 2 and picking.parent() == model.index_of(1)
    assert model.index_of(3).parent() == picking
    assert model.descendants(1) == {1, 2, 3, 4}
    assert model.descendants(2) == {2, 3}
    assert ("Warehouse / Picking / Night shift") in dict(model.paths()).values()
    assert model.index(0, 2).data(SORT_ROLE) == 12 and model.index(0, 2).data() == "12"
    model.set_nodes(list(reversed(NODES)))  # children before parents still builds the tree
    assert model.index_of(3).parent() == model.index_of(2)
    model.clear()
    assert model.rowCount() == 0 and model.index_of(1).isValid() is False


def test_area_tree_rebuild_keeps_columns_and_view_sizing(qtbot):
    """A rebuild drops rows, not columns: the Map's header keeps Kind and People sized to their
    contents (the People counts were once pushed out of sight by default-width columns)."""
    from PySide6.QtWidgets import QHeaderView, QTreeView

    model = AreaTreeModel()
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    header = view.header()
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    for _ in range(2):
        model.set_nodes(NODES)
    model.clear()
    model.set_nodes(NODES)
    assert model.columnCount() == 3
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Area", "Kind", "People"]
    assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.ResizeToContents
    assert model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
    # every row has its count, children included
    view.expandAll()
    counts = {model.index_of(i).data(ID_ROLE): model.index_of(i).siblingAtColumn(2).data()
              for i in model.area_ids()}
    assert counts == {1: "12", 2: "7", 3: "4", 4: "5", 5: "0"}


def test_area_tree_counts_whole_subtree_when_given():
    @dataclass(frozen=True)
    class SubNode(Node):
        people_in_subtree: int = 0

    model = AreaTreeModel()
    model.set_nodes([SubNode(1, None, "Warehouse", "department", 0, 2, 9),
                     SubNode(2, 1, "Picking", "line", 1, 7, 7)])
    assert model.people_in(1) == 9 and model.people_in(2) == 7


@dataclass(frozen=True)
class FollowUp:
    conversation_id: int
    contact_id: int
    contact_name: str
    area_name: str
    follow_up_on: dt.date
    overdue: bool
    by_name: str | None


def test_followups_model(qtmodeltester):
    model = FollowUpsModel()
    today = dt.date(2026, 3, 10)
    model.set_today(today)
    model.set_rows([
        FollowUp(10, 1, "Zoë", "Picking", dt.date(2026, 3, 9), True, "Ana"),
        FollowUp(11, 2, "Şêrko", "Loading", dt.date(2026, 3, 12), False, None),
    ])
    qtmodeltester.check(model)
    assert model.index(0, 0).data(ID_ROLE) == 10
    assert model.index(0, 0).data() == "2026-03-09  overdue"  # in words, not colour alone
    assert model.index(1, 0).data() == "2026-03-12"
    assert model.index(0, 3).data() == "Ana" and model.index(1, 3).data() == ""
    assert model.index(0, 0).data(SORT_ROLE) == dt.date(2026, 3, 9)
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.contact_id_at(1) == 2
    model.clear()
    assert model.rowCount() == 0


@dataclass(frozen=True)
class Entry:
    id: int
    assessed_on: dt.date
    level: int
    assessed_by: str
    evidence: str


def test_assessment_history_model(qtmodeltester):
    model = AssessmentHistoryModel()
    model.set_levels(LEVELS)
    model.set_rows([
        Entry(2, dt.date(2026, 2, 1), 2, "Ana", "signed petition"),
        Entry(1, dt.date(2026, 1, 1), 3, "", ""),
    ])
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "2 Supporter"
    assert model.index(0, 1).data(DECORATION) == LEVELS[2].colour
    assert model.index(1, 0).data(SORT_ROLE) == dt.date(2026, 1, 1)
    model.clear()
    assert model.rowCount() == 0
