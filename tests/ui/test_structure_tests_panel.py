"""The structure-test panel: create a test for the whole workplace, record outcomes from the
keyboard in one area's list, and watch % by area against the threshold update after each one."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from forum_kit.models import Area, Contact, Workplace
from ui.models.roles import DISPLAY
from ui.pages.structure_tests import WHOLE, StructureTestDialog, StructureTestPanel
from ui.session import AppContext, AppDeps
from ui.settings import SettingsStore

D = dt.date
TODAY = D(2026, 3, 10)


@pytest.fixture
def site(vault):
    with vault.unit_of_work() as s:
        wp = Workplace(name="Depot", created_on=D(2026, 1, 1))
        s.add(wp)
        s.flush()
        ids = {}
        for name, n in (("Dock", 4), ("Office", 2)):
            area = Area(workplace_id=wp.id, name=name)
            s.add(area)
            s.flush()
            ids[name] = area.id
            for k in range(n):
                s.add(Contact(workplace_id=wp.id, area_id=area.id, first_name=f"{name}{k}",
                              last_name="X", added_on=D(2026, 1, 1)))
        return {"workplace": wp.id, **ids}


@pytest.fixture
def ctx(vault, tmp_path):
    return AppContext(vault, AppDeps(settings=SettingsStore(tmp_path / "s.ini"),
                                     today=lambda: TODAY))


def test_percent_by_area_updates_as_outcomes_are_recorded(qtbot, ctx, site):
    panel = StructureTestPanel()
    qtbot.addWidget(panel)
    panel.attach(ctx, site["workplace"], site["Dock"])
    assert panel.tests_model.rowCount() == 0
    panel.kind.setCurrentIndex(panel.kind.findData("petition"))
    panel.test_title.setText("Heat petition")
    panel.target.setCurrentIndex(panel.target.findData(WHOLE))
    panel.threshold.setValue(50)
    assert panel.create_test() is not None
    assert panel.tests_model.rowCount() == 1
    assert panel.people_model.rowCount() == 4  # the Dock's people
    results = {r.area_name: r for r in panel.results.by_area}
    assert results["Dock"].pct == 0 and results["Office"].population == 2

    panel.people.setFocus()
    panel.people.setCurrentIndex(panel.people_model.index(0, 0))
    qtbot.keyClick(panel.people, Qt.Key.Key_P)
    assert panel.people.currentIndex().row() == 1  # moved on to the next person
    assert panel.people_model.data(panel.people_model.index(0, 2), DISPLAY) == "Participated"
    dock = {r.area_name: r for r in panel.results.by_area}["Dock"]
    assert dock.participated == 1 and dock.pct == pytest.approx(25.0)
    assert not dock.meets_threshold
    qtbot.keyClick(panel.people, Qt.Key.Key_R)
    qtbot.keyClick(panel.people, Qt.Key.Key_P)
    dock = {r.area_name: r for r in panel.results.by_area}["Dock"]
    assert (dock.participated, dock.refused, dock.pct) == (2, 1, pytest.approx(50.0))
    assert dock.meets_threshold
    row = [r for r in range(panel.results_model.rowCount())
           if panel.results_model.row_at(r).area_name == "Dock"][0]
    assert panel.results_model.data(panel.results_model.index(row, 6), DISPLAY) == "meets it"
    # Whole workplace: 2 of 6 -> below 50 %.
    assert "2 of 6" in panel.results_label.text() and "below" in panel.results_label.text()
    # Recording again replaces the outcome (one per person).
    panel.people.setCurrentIndex(panel.people_model.index(0, 0))
    assert panel.record_current("refused")
    dock = {r.area_name: r for r in panel.results.by_area}["Dock"]
    assert (dock.participated, dock.refused) == (1, 2)


def test_area_switch_invalid_input_and_dialog_clears(qtbot, ctx, site, qtmodeltester):
    dialog = StructureTestDialog(None, ctx, site["workplace"], site["Office"])
    qtbot.addWidget(dialog)
    panel = dialog.panel
    panel.test_title.setText("")
    assert panel.create_test() is None and "Title" in panel.error.text()
    panel.test_title.setText("Button day")
    panel.target.setCurrentIndex(panel.target.findData(site["Office"]))
    assert panel.create_test() is not None
    assert [r.area_name for r in panel.results.by_area] == ["Office"]
    assert panel.people_model.rowCount() == 2
    panel.area.setCurrentIndex(panel.area.findData(site["Dock"]))
    assert panel.people_model.rowCount() == 4
    # Dock people are outside the Office test's target: refused with a message.
    assert not panel.record_current("participated")
    assert "target" in panel.error.text()
    for model in (panel.tests_model, panel.people_model, panel.results_model):
        qtmodeltester.check(model)
    dialog.done(0)
    assert panel.people_model.rowCount() == 0 and panel.results_model.rowCount() == 0
