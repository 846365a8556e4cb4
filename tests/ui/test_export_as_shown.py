"""File > Export writes the list on screen: the People page with its filters and sort, the Map's
chart of the chosen area, the Grievances page with its filters; a page with no list of its own
exports the workplace's people. Driven through the real main window and its File menu action."""

from __future__ import annotations

import csv
import datetime as dt

import pytest
from PySide6.QtCore import Qt

from forum_kit.models import Area, Contact
from forum_kit.services import contracts as cs
from forum_kit.services import grievances as gs
from forum_kit.services.workplaces import add_workplace

D = dt.date


@pytest.fixture
def world(ctx):
    today = ctx.today()
    with ctx.unit_of_work() as s:
        wp = add_workplace(s, name="Depot", today=today - dt.timedelta(days=30))
        areas = {}
        for position, name in enumerate(("Dock", "Yard")):
            area = Area(workplace_id=wp.id, name=name, kind="area", position=position)
            s.add(area)
            s.flush()
            areas[name] = area.id
        people = {}
        for first, area in (("Ana", "Dock"), ("Bo", "Yard"), ("Cy", "Dock"), ("Di", "Dock")):
            c = Contact(workplace_id=wp.id, area_id=areas[area], first_name=first,
                        last_name="Example", added_on=today - dt.timedelta(days=20),
                        sensitive=first == "Di")
            s.add(c)
            s.flush()
            people[first] = c.id
        steps = [cs.StepSpec(1, "Step 1", 10, "working", ("incident", "knowledge"), "last",
                             "supervisor", 10, "working")]
        contract = cs.create_contract(s, name="Agreement", workplace_id=wp.id, steps=steps)
        numbers = {}
        for title in ("Break times", "Overtime pay"):
            g = gs.file_grievance(s, workplace_id=wp.id, contract_id=contract.id,
                                  grievance_type="individual", title=title,
                                  area_id=areas["Dock"], incident_on=today - dt.timedelta(days=3),
                                  grievant_ids=[people["Ana"]], today=today)
            numbers[title] = g.number
        gs.close_grievance(s, grievance_id=g.id, outcome="won", outcome_on=today)
        return {"wp": wp.id, "areas": areas, "people": people, "numbers": numbers}


@pytest.fixture
def window(qtbot, ctx, tmp_path):
    from ui.app import create_main_window

    out = tmp_path / "export.csv"
    ctx.deps.extras["choose_export_file"] = lambda parent, fmt: str(out)
    win = create_main_window(ctx)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.out = out
    return win


def _export(qtbot, window) -> tuple[object, list[list[str]]]:
    from ui.dialogs.export_dialog import ExportDialog

    before = set(window.findChildren(ExportDialog))
    window.data_actions["export"].trigger()
    dialog = next(d for d in window.findChildren(ExportDialog) if d not in before)
    assert dialog.export()
    with open(window.out, encoding="utf-8-sig", newline="") as fh:
        return dialog, list(csv.reader(fh))


def test_people_page_exports_its_filter_and_sort(qtbot, world, window) -> None:
    page = window.show_page("people")
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=5000)
    page.area.setCurrentIndex(page.area.findData(world["areas"]["Dock"]))
    page.table.sortByColumn(page.model.column_index("name"), Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    dialog, rows = _export(qtbot, window)
    assert "with its filters" in dialog.scope.text()
    # Dock only, Z to A as on screen; Di is sensitive and stays out unless asked
    assert [r[0] for r in rows[1:]] == ["Cy", "Ana"]


def test_map_exports_the_chosen_areas_chart(qtbot, world, window) -> None:
    page = window.show_page("map")
    assert page.select_area(world["areas"]["Yard"])
    _dialog, rows = _export(qtbot, window)
    assert [r[0] for r in rows[1:]] == ["Bo"]


def test_grievances_page_exports_its_filter(qtbot, world, window) -> None:
    page = window.show_page("grievances")
    page.status_filter.setCurrentIndex(page.status_filter.findData("open"))
    dialog, rows = _export(qtbot, window)
    assert dialog.what == "grievances" and "with its filters" in dialog.scope.text()
    assert rows[0][:2] == ["Number", "Title"] and "Next deadline" in rows[0]
    assert [r[0] for r in rows[1:]] == [world["numbers"]["Break times"]]
    page.status_filter.setCurrentIndex(page.status_filter.findData("closed"))
    _dialog, rows = _export(qtbot, window)
    assert [r[0] for r in rows[1:]] == [world["numbers"]["Overtime pay"]]


def test_a_page_without_a_list_exports_the_workplaces_people(qtbot, world, window) -> None:
    window.show_page("growth")
    dialog, rows = _export(qtbot, window)
    assert dialog.what == "people" and "whole list" in dialog.scope.text()
    assert sorted(r[0] for r in rows[1:]) == ["Ana", "Bo", "Cy"]
