"""The People model opening from a head (P4): the first page of ids and the count first, the rest
read after the first paint; rows beyond the head, ``ids()`` and ``row_of`` read the rest at once;
a list that changed between the two reads is reset; qtmodeltester holds in both states."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from ui.models.people_model import COL_LEVEL, COL_NAME, PAGE_SIZE, PeopleTableModel
from ui.models.roles import ID_ROLE, SORT_ROLE

N = PAGE_SIZE * 5 + 17


@dataclass(frozen=True)
class Row:
    id: int
    full_name: str
    area_name: str
    area_id: int
    level: int


class HeadStore:
    """Stands in for the vault: ids in SQL's order, rows by id, and ``fetch_head``; counts the
    full-list reads (deleting from ``rows`` changes the data between two reads)."""

    def __init__(self, n: int) -> None:
        self.rows = {i: Row(i, f"Person {i:05d}", "Line", 1, i % 5) for i in range(1, n + 1)}
        self.head_calls: list[tuple[str, bool, int]] = []
        self.rest_calls = 0

    def fetch_rows(self, ids):
        return [self.rows[i] for i in ids if i in self.rows]

    def fetch_ids(self, sort: str, descending: bool) -> list[int]:
        key = (lambda r: (r.level, r.id)) if sort == "level" else (lambda r: r.id)
        return [r.id for r in sorted(self.rows.values(), key=key, reverse=descending)]

    def fetch_head(self, sort: str, descending: bool, limit: int):
        self.head_calls.append((sort, descending, limit))
        full = self.fetch_ids(sort, descending)

        def rest():
            self.rest_calls += 1
            return self.fetch_ids(sort, descending)

        return full[:limit], len(full), rest


@pytest.fixture
def hstore():
    return HeadStore(N)


@pytest.fixture
def model(hstore):
    m = PeopleTableModel(hstore.fetch_rows, hstore.fetch_ids, fetch_head=hstore.fetch_head)
    m.reload(head=True)
    return m


def test_reload_reads_only_the_head_and_the_count(hstore, model):
    assert hstore.head_calls == [("name", False, PAGE_SIZE)] and hstore.rest_calls == 0
    assert model.rowCount() == N  # the scroll bar is right before the rest is read
    assert not model.is_complete()
    name = model.column_index(COL_NAME)
    full = hstore.fetch_ids("name", False)
    for r in (0, PAGE_SIZE - 1):
        assert model.data(model.index(r, name), ID_ROLE) == full[r]
    assert hstore.rest_calls == 0  # rows of the head never need the rest


def test_the_rest_is_read_on_the_next_turn_after_a_data_request(qtbot, hstore, model):
    model.data(model.index(0, 0))
    assert hstore.rest_calls == 0  # not inside the paint that asked
    qtbot.waitUntil(model.is_complete, timeout=2000)
    assert hstore.rest_calls == 1
    assert model.ids() == hstore.fetch_ids("name", False)
    assert model.rowCount() == N


def test_no_reset_when_the_rest_matches_and_the_selection_stays(qtbot, hstore, model):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectionModel().setCurrentIndex(
        model.index(3, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.data(model.index(0, 0))
    qtbot.waitUntil(model.is_complete, timeout=2000)
    assert resets == []
    assert view.currentIndex().row() == 3
    assert view.currentIndex().data(ID_ROLE) == hstore.fetch_ids("name", False)[3]


@pytest.mark.parametrize("ask", ["row_data", "id_role", "ids", "row_of", "id_at"])
def test_anything_beyond_the_head_reads_the_rest_first(hstore, model, ask):
    full = hstore.fetch_ids("name", False)
    far = N - 2
    got = {
        "row_data": lambda: model.row_data(far).id,
        "id_role": lambda: model.data(model.index(far, 0), ID_ROLE),
        "ids": lambda: model.ids()[far],
        "row_of": lambda: full[model.row_of(full[far])],
        "id_at": lambda: model.id_at(far),
    }[ask]()
    assert got == full[far]
    assert model.is_complete() and hstore.rest_calls == 1


def test_a_changed_list_is_reset_on_the_next_turn(qtbot, hstore, model):
    full = hstore.fetch_ids("name", False)
    for gone in full[5:8] + full[-3:]:
        del hstore.rows[gone]
    with qtbot.waitSignal(model.modelReset, timeout=2000):
        assert model.id_at(N - 1) is None  # asked inside a paint: no reset here, an empty row
        assert model.rowCount() == N
    assert model.rowCount() == N - 6 and model.is_complete()
    assert model.ids() == hstore.fetch_ids("name", False)


def test_a_sort_drops_the_pending_read_and_reads_the_whole_list(qtbot, hstore, model):
    model.data(model.index(0, 0))  # schedules the rest of the head's list
    model.sort(model.column_index(COL_LEVEL), Qt.SortOrder.DescendingOrder)
    assert hstore.head_calls == [("name", False, PAGE_SIZE)]  # a sort reads everything at once
    assert model.is_complete() and model.rowCount() == N
    qtbot.wait(20)
    assert hstore.rest_calls == 0  # the scheduled read of the old list was dropped
    levels = [model.data(model.index(r, model.column_index(COL_LEVEL)), SORT_ROLE)
              for r in range(0, N, 97)]
    assert levels == sorted(levels, reverse=True)
    model.reload(head=True)
    assert hstore.head_calls[-1] == ("level", True, PAGE_SIZE) and not model.is_complete()


def test_without_head_a_reload_reads_the_whole_list(hstore):
    m = PeopleTableModel(hstore.fetch_rows, hstore.fetch_ids, fetch_head=hstore.fetch_head)
    m.set_fetch_ids(hstore.fetch_ids)
    assert m.is_complete() and hstore.head_calls == [] and m.rowCount() == N
    m.set_fetch_ids(hstore.fetch_ids, head=True)
    assert not m.is_complete() and len(hstore.head_calls) == 1


def test_clear_forgets_head_and_pending_rest(qtbot, hstore, model):
    model.data(model.index(0, 0))
    model.clear()
    qtbot.wait(20)
    assert model.rowCount() == 0 and model.is_complete() and hstore.rest_calls == 0
    assert model.cached_row_count() == 0 and model.ids() == []


def test_a_short_list_is_complete_from_the_head(hstore):
    small = HeadStore(PAGE_SIZE - 1)
    m = PeopleTableModel(small.fetch_rows, small.fetch_ids, fetch_head=small.fetch_head)
    m.reload(head=True)
    assert m.is_complete() and m.rowCount() == PAGE_SIZE - 1
    assert m.ids() == small.fetch_ids("name", False) and small.rest_calls == 0


def test_modeltester_on_the_head_and_after_the_rest(qtbot, qtmodeltester, hstore, model):
    qtmodeltester.check(model)
    qtbot.waitUntil(model.is_complete, timeout=2000)
    qtmodeltester.check(model)


def test_a_failed_read_of_the_rest_is_tried_again(hstore, model):
    """The vault busy or locked while the rest is read: the model must not think it knows every
    id (rows past the head would stay blank); the next request reads again."""
    real = hstore.fetch_ids
    calls = []

    def failing(sort, descending):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("database is locked")
        return real(sort, descending)

    hstore.fetch_ids = failing
    with pytest.raises(RuntimeError):
        model.complete()
    assert not model.is_complete()
    model.complete()
    assert model.is_complete() and len(model.ids()) == model.rowCount()
