"""The dry run's column-held parts: a first import's rows (``AddedRows``), made when read, and
the people a plan adds (``NewPeople``), read and compared like the row-by-row plan's tuples; and
the write's column path to each new person's latest assessment against its row loop."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from forum_kit.exchange.importer import bulk, write
from forum_kit.exchange.importer.outcome import (
    ADD,
    REJECT,
    AddedRows,
    ImportPlan,
    NewContact,
    NewPeople,
    PlannedRow,
)

TODAY = dt.date(2025, 6, 1)
LINES = [2, 3, 5, 6, 9]
REFUSED = {1: PlannedRow(3, REJECT, "Bad row", "", ("Phone: not a phone number",)),
           3: PlannedRow(6, REJECT, "", "", ("No name",))}
FIRST = ["Zoë", "Li", " "]
LAST = ["Adeyemi", "", "Ŋgozi"]
AREAS = ["Yard", "Dock / Bay 2", "مخزن"]


def _materialised() -> tuple[PlannedRow, ...]:
    return (
        PlannedRow(2, ADD, "Zoë Adeyemi", "Yard"),
        REFUSED[1],
        PlannedRow(5, ADD, "Li", "Dock / Bay 2"),
        REFUSED[3],
        PlannedRow(9, ADD, "Ŋgozi", "مخزن"),
    )


def test_added_rows_read_like_the_rows_they_stand_for() -> None:
    rows = AddedRows(LINES, FIRST, LAST, AREAS, REFUSED)
    expected = _materialised()
    assert len(rows) == 5
    assert tuple(rows) == expected and list(rows) == list(expected)
    assert [rows[i] for i in range(5)] == list(expected)
    assert rows[-1] == expected[-1] and rows[-5] == expected[0]
    assert rows[1:4] == expected[1:4] and rows[::-2] == expected[::-2]
    assert rows == expected and expected == rows and rows == list(expected)
    assert rows != expected[:4] and rows != (*expected[:4], expected[0])
    assert rows.counts() == {ADD: 3, REJECT: 2}
    for bad in (5, -6):
        with pytest.raises(IndexError):
            rows[bad]
    with pytest.raises(TypeError):
        rows["1"]  # type: ignore[index]


def test_added_rows_without_rejected_rows_and_empty() -> None:
    rows = AddedRows([4, 7], ["Ana", "Obi"], ["Obi", ""], ["Yard", "Yard"], {})
    assert tuple(rows) == (PlannedRow(4, ADD, "Ana Obi", "Yard"), PlannedRow(7, ADD, "Obi", "Yard"))
    assert rows.counts() == {ADD: 2}
    empty = AddedRows([], [], [], [], {})
    assert len(empty) == 0 and tuple(empty) == () and empty == () and empty.counts() == {ADD: 0}


def test_added_rows_refuse_columns_that_do_not_fit_the_lines() -> None:
    with pytest.raises(ValueError):
        AddedRows(LINES, FIRST[:2], LAST, AREAS, REFUSED)
    with pytest.raises(ValueError):
        AddedRows(LINES, FIRST, LAST, AREAS, {})


def test_a_plan_counts_added_rows_without_making_them() -> None:
    rows = AddedRows(LINES, FIRST, LAST, AREAS, REFUSED)
    plan = ImportPlan(workplace_id=1, rows=rows, areas_to_create=(), notes=(),
                      today=dt.date(2026, 3, 1), _state=(0, 0, 0),
                      _new=NewPeople.of_rows([]), _updates=(), _assessments=(),
                      _conversations=(), _memberships=())
    assert (plan.added, plan.rejected, plan.updated) == (3, 2, 0)
    assert plan.rejections == (REFUSED[1], REFUSED[3])


def _person(first: str, area: int | str = 1) -> NewContact:
    return NewContact(area, first, "Obi", "Night", "Picker", None, None, "", "", "", None, "")


def test_new_people_hold_columns_and_give_rows() -> None:
    people = [_person("Ana"), _person("Şêrko", "Dock / Bay 2"), _person("李")]
    held = NewPeople.of_rows(people)
    assert len(held) == 3 and list(held) == people
    assert list(held.areas) == [1, "Dock / Bay 2", 1]
    columns = NewPeople(tuple(list(column) for column in zip(*people, strict=True)))
    assert columns == held and held == columns
    assert columns != NewPeople.of_rows(people[:2])
    assert columns != NewPeople.of_rows([*people[:2], _person("Li")])
    empty = NewPeople.of_rows([])
    assert len(empty) == 0 and list(empty) == [] and empty == NewPeople.of_rows(())


def test_new_people_refuse_columns_of_another_shape() -> None:
    with pytest.raises(ValueError):
        NewPeople(((1,), ("Ana",)))
    columns = [list(column) for column in zip(_person("Ana"), _person("Li"), strict=True)]
    columns[3] = columns[3][:1]
    with pytest.raises(ValueError):
        NewPeople(tuple(columns))



@given(st.lists(st.tuples(st.integers(0, 5), st.integers(1, 5), st.integers(0, 40)),
                max_size=30))
def test_the_latest_assessment_of_each_new_person_is_what_the_row_loop_finds(rows) -> None:
    """A first import's history (every row for a new person) takes the column path; the same
    rows beside one for someone in the vault take the row loop: the new people's levels and
    days agree, the last of each person's rows by date winning."""
    ordered = sorted(((("new", who), level, TODAY + dt.timedelta(days=day))
                      for who, level, day in rows), key=lambda a: a[2])
    fast = write._latest_assessments(ordered, 6, bulk.IsoDays())
    loop = write._latest_assessments([*ordered, (("id", 7), 2, TODAY)], 6, bulk.IsoDays())
    assert fast[:2] == loop[:2] and (fast[2], loop[2]) == (False, True)
    for who in range(6):
        mine = [a for a in ordered if a[0][1] == who]
        assert fast[0][who] == (mine[-1][1] if mine else 0)
        assert fast[1][who] == (mine[-1][2].isoformat() if mine else None)
