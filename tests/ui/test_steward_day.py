"""A steward's day without friction (issue 24), the parts a test can see on screen.

Areas named by their whole path wherever several share a name (grievance list, filter and
editor, follow-ups, person picker, structure tests, search hits), with the middle of a long path
left out rather than its end; the grievance list's Title column and the labelled Status column
of a case's deadlines; one date field whose Tab leaves it and whose Alt+Down opens the calendar;
Return doing one thing in the attendance dialog and the person picker; the welcome screen's
first focus and its demo vault; the strength bar's colour per verdict; opening an area from the
search results; the delegate dialog's Name label; a new vault's growth chart starting where its
data starts; columns that share a narrow view.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QDialog, QStyleOptionViewItem, QWidget

from forum_kit.models import Area, Contact, Workplace
from forum_kit.services import contracts as cs
from forum_kit.services import conversations as conversations_s
from forum_kit.services import grievances as gs
from ui.models.roles import DISPLAY
from ui.session import AppContext

D = dt.date
TODAY = D(2025, 3, 14)  # the ui conftest's "today"


@pytest.fixture
def site(vault):
    """Two floors of one workplace, each with a "Team North"; a second workplace with one too."""
    with vault.unit_of_work() as s:
        wp = Workplace(name="Harbour", created_on=D(2025, 1, 6))
        other = Workplace(name="Depot", created_on=D(2025, 1, 6))
        s.add_all([wp, other])
        s.flush()
        ids: dict[str, int] = {"workplace": wp.id, "other": other.id}
        for floor in ("Floor 2 Billing", "Floor 3 Sales"):
            top = Area(workplace_id=wp.id, name=floor)
            s.add(top)
            s.flush()
            team = Area(workplace_id=wp.id, name="Team North", parent_id=top.id)
            s.add(team)
            s.flush()
            ids[floor] = top.id
            ids[f"{floor} / Team North"] = team.id
        depot_team = Area(workplace_id=other.id, name="Team North")
        s.add(depot_team)
        s.flush()
        ids["depot team"] = depot_team.id
        people = []
        for i, (first, area) in enumerate(
            (
                ("Ana", "Floor 2 Billing / Team North"),
                ("Ben", "Floor 3 Sales / Team North"),
                ("Cai", "Floor 3 Sales / Team North"),
            )
        ):
            c = Contact(
                workplace_id=wp.id,
                area_id=ids[area],
                first_name=first,
                last_name=f"Example{i}",
                added_on=D(2025, 1, 6),
            )
            s.add(c)
            s.flush()
            people.append(c.id)
        ids["people"] = people
        contract = cs.create_contract(
            s, name="Harbour agreement", workplace_id=wp.id, steps=cs.default_contract_steps()
        )
        ids["contract"] = contract.id
        ids["grievance"] = gs.file_grievance(
            s,
            workplace_id=wp.id,
            contract_id=contract.id,
            grievance_type="individual",
            title="Rota changed without notice",
            incident_on=D(2025, 3, 10),
            area_id=ids["Floor 3 Sales / Team North"],
            today=TODAY,
        ).id
        conversations_s.log_conversation(
            s,
            contact_id=people[1],
            held_on=D(2025, 3, 12),
            by_id=people[0],
            follow_up_on=D(2025, 3, 13),
            today=TODAY,
        )
        return ids


def _shown(qtbot, widget, size=(1280, 720)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget


def _active(qtbot, widget):
    """Shown and active: keys and focus go to it (under X too, where no one else activates)."""
    _shown(qtbot, widget, (widget.width(), widget.height()))
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


# ---- areas by their whole path ------------------------------------------------------------


def test_grievance_list_has_title_and_area_paths(qtbot, ctx, site):
    from ui.models.grievance_models import COL_AREA, COL_TITLE
    from ui.pages.grievances import GrievancesPage

    page = _shown(qtbot, GrievancesPage())
    page.attach(ctx)
    model = page.model
    assert model.headerData(COL_TITLE, Qt.Orientation.Horizontal) == "Title"
    row = model.row_of(site["grievance"])
    assert model.data(model.index(row, COL_TITLE), DISPLAY) == "Rota changed without notice"
    # two workplaces: the path starts with the workplace's name
    assert model.data(model.index(row, COL_AREA), DISPLAY) == (
        "Harbour / Floor 3 Sales / Team North"
    )
    filters = [page.area_filter.itemText(i) for i in range(page.area_filter.count())]
    assert filters.count("Depot / Team North") == 1
    assert "Harbour / Floor 2 Billing / Team North" in filters
    page.open_item("grievance", site["grievance"])
    combo = page.editor.case.area_combo
    assert combo.currentText() == "Harbour / Floor 3 Sales / Team North"
    assert len({combo.itemText(i) for i in range(combo.count())}) == combo.count()
    # the title and the deadline are on screen at 1280x720, not behind a sideways scroll
    header = page.table.horizontalHeader()
    from ui.models.grievance_models import COL_DEADLINE

    for column in (COL_TITLE, COL_DEADLINE):
        assert (
            header.sectionViewportPosition(column) + header.sectionSize(column)
            <= page.table.viewport().width()
        )


@pytest.mark.parametrize("size", ((1280, 720), (1280, 800)))
def test_map_chart_shows_by_and_stale(qtbot, ctx, site, size):
    from ui.app import PAGE_FACTORIES, create_main_window
    from ui.models.people_model import COL_LAST_BY, COL_STALE

    window = _shown(qtbot, create_main_window(ctx, PAGE_FACTORIES), size)
    page = window.show_page("map")
    page.set_workplace(site["workplace"])
    page.select_area(site["Floor 3 Sales"])
    QApplication.processEvents()
    chart, model = page.chart, page.chart_model
    header = chart.horizontalHeader()
    for key in (COL_LAST_BY, COL_STALE):
        column = model.column_index(key)
        assert header.sectionViewportPosition(column) >= 0
        assert (
            header.sectionViewportPosition(column) + header.sectionSize(column)
            <= chart.viewport().width()
        ), key
        assert header.sectionSize(column) >= header.sectionSizeHint(column) - 12, key
    assert not chart.horizontalScrollBar().isVisible()


def test_deadline_status_column_has_a_name():
    from ui.models.grievance_models import (
        AttachmentsModel,
        DeadlinesModel,
        EventsModel,
        ExtensionsModel,
        GrievanceListModel,
    )

    for model in (
        GrievanceListModel(),
        DeadlinesModel(),
        EventsModel(),
        ExtensionsModel(),
        AttachmentsModel(),
    ):
        headers = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        assert all(headers), (type(model).__name__, headers)
    assert DeadlinesModel().headerData(1, Qt.Orientation.Horizontal) == "Status"


def test_follow_ups_show_area_paths(qtbot, ctx, site):
    from ui.models.followups_model import COL_AREA
    from ui.pages.conversations import ConversationsPage

    page = _shown(qtbot, ConversationsPage())
    page.attach(ctx)
    model = page.followups_model
    assert model.rowCount() == 1
    assert model.data(model.index(0, COL_AREA), DISPLAY) == ("Harbour / Floor 3 Sales / Team North")


def test_person_picker_names_areas_and_return_does_one_thing(qtbot, ctx, site):
    from ui.editors.pick_contact import PickContactDialog

    dialog = _active(qtbot, PickContactDialog(None, ctx, site["workplace"]))
    model = dialog.model
    paths = sorted(model.data(model.index(r, 1), DISPLAY) for r in range(model.rowCount()))
    assert paths == [
        "Floor 2 Billing / Team North",
        "Floor 3 Sales / Team North",
        "Floor 3 Sales / Team North",
    ]
    dialog.search.setFocus()
    dialog.search.setText("Example")  # three match: Return goes to the list, nothing chosen
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0 and dialog.table.hasFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # in the list: choose this row
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen() == model.id_at(1)
    again = _shown(qtbot, PickContactDialog(None, ctx, site["workplace"]), (520, 420))
    again.search.setText("Ana")  # the only match: Return chooses it
    qtbot.keyClick(again.search, Qt.Key.Key_Return)
    assert again.result() == QDialog.DialogCode.Accepted
    assert again.chosen() == site["people"][0]


def test_people_list_elides_area_paths_in_the_middle(qtbot, ctx, site):
    from ui.models.people_model import COL_AREA
    from ui.pages.people import PeoplePage
    from ui.widgets.tables import ElideMiddleDelegate

    page = _shown(qtbot, PeoplePage())
    page.attach(ctx)
    page.set_workplace(site["workplace"])
    column = page.model.column_index(COL_AREA)
    delegate = page.table.itemDelegateForColumn(column)
    assert isinstance(delegate, ElideMiddleDelegate)
    index = page.model.index(0, column)
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, index)
    assert option.textElideMode == Qt.TextElideMode.ElideMiddle
    assert option.text.endswith("Team North") and " / " in option.text
    # narrowed, the path keeps its end: the area the person works in
    short = page.table.fontMetrics().elidedText(option.text, option.textElideMode, 90)
    assert short.endswith("North") and "…" in short


def test_path_combo_keeps_the_end_of_a_path(qtbot):
    from ui.widgets.layout import path_combo

    combo = path_combo(6)
    qtbot.addWidget(combo)
    combo.addItem("Harbour Contact Centre / Floor 2 Billing / Team North")
    shown = combo.shown_text(150)
    assert shown.endswith("Team North") and shown.startswith("Harbour") and "…" in shown
    assert combo.shown_text(2000) == combo.currentText()


def test_structure_tests_name_areas_by_path(qtbot, ctx, site):
    from ui.pages.structure_tests import StructureTestPanel

    panel = _shown(qtbot, StructureTestPanel())
    panel.attach(ctx, site["workplace"], site["Floor 3 Sales / Team North"])
    targets = [panel.target.itemText(i) for i in range(panel.target.count())]
    assert "Floor 2 Billing / Team North" in targets and "Floor 3 Sales / Team North" in targets
    assert panel.area.currentText() == "Floor 3 Sales / Team North"
    panel.test_title.setText("Petition on the rota")
    panel.target.setCurrentIndex(panel.target.findData(site["Floor 3 Sales / Team North"]))
    assert panel.create_test() is not None
    model = panel.tests_model
    assert model.data(model.index(0, 2), DISPLAY) == "Floor 3 Sales / Team North"
    people = panel.people_model
    assert people.data(people.index(0, 1), DISPLAY) == "Floor 3 Sales / Team North"


def test_search_opens_the_area_it_names(qtbot, ctx, site):
    from ui.app import PAGE_FACTORIES, create_main_window

    window = _shown(qtbot, create_main_window(ctx, PAGE_FACTORIES))
    window.show_page("people")
    window.search_box.setText("north")
    assert window.run_search() >= 3
    view = window.search_page.view
    model = view.model()
    areas = next(
        model.index(r, 0)
        for r in range(model.rowCount())
        if model.index(r, 0).data().startswith("Areas")
    )
    titles = [model.index(r, 0, areas).data() for r in range(model.rowCount(areas))]
    assert sorted(titles) == [
        "Floor 2 Billing / Team North",
        "Floor 3 Sales / Team North",
        "Team North",
    ]
    wanted = next(
        r for r in range(model.rowCount(areas)) if model.index(r, 0, areas).data() == "Team North"
    )  # the Depot's
    view.setCurrentIndex(model.index(wanted, 0, areas))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    map_page = window.pages["map"]
    assert window.current_key == "map"
    assert map_page.current_area_id() == site["depot team"]
    assert map_page.workplace.currentData() == site["other"]


# ---- keyboard --------------------------------------------------------------------------------


def _tab(qtbot) -> QWidget:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_tab_leaves_a_date_and_alt_down_opens_its_calendar(qtbot):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    from ui.widgets.dates import DateEdit, date_edit

    window = QWidget()
    layout = QVBoxLayout(window)
    before, when, after = QLineEdit(), date_edit(D(2026, 1, 2)), QLineEdit()
    for w in (before, when, after):
        layout.addWidget(w)
    _shown(qtbot, window, (300, 120))
    window.activateWindow()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    assert _tab(qtbot) is when and when.currentSection() == QDateEdit.Section.YearSection
    assert _tab(qtbot) is after  # not the month, then the day
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is when
    qtbot.keyClicks(when, "20250314")  # typing moves through the parts by itself
    assert when.date().toPython() == D(2025, 3, 14)
    assert isinstance(when, DateEdit) and when.calendarPopup()
    assert when.displayFormat() == "yyyy-MM-dd"
    qtbot.keyClick(when, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: when.calendarWidget().isVisible())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert when.date().toPython() == D(2025, 3, 15)
    assert not when.calendarWidget().isVisible()


def test_every_date_field_is_the_shared_one(qtbot, ctx, site):
    """The pages and editors this issue's helpers own use ``DateEdit`` (Documents is being
    split by another helper and keeps Qt's own until then)."""
    from ui.app import PAGE_FACTORIES, create_main_window
    from ui.widgets.dates import DateEdit, DateTimeEdit

    window = _shown(qtbot, create_main_window(ctx, PAGE_FACTORIES))
    for key in window.pages:
        if key == "documents":
            continue
        page = window.show_page(key)
        for edit in page.findChildren(QDateEdit):
            assert isinstance(edit, (DateEdit, DateTimeEdit)), (key, edit.objectName())


def test_return_in_attendance_does_one_thing(qtbot, ctx, site):
    from ui.editors.meeting_editor import AttendanceDialog

    dialog = _active(qtbot, AttendanceDialog(None, ctx, site["workplace"], [], 0))
    dialog.search.setFocus()
    dialog.search.setText("Example")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # to the list, and nothing else
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.table.hasFocus() and not dialog.model.checked
    areas = {dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())}
    assert areas == {"Floor 2 Billing / Team North", "Floor 3 Sales / Team North"}
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # ticks the row, and nothing else
    assert dialog.isVisible() and dialog.result() == 0
    assert len(dialog.model.checked) == 1
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # and again unticks it
    assert not dialog.model.checked and dialog.isVisible()


def test_delegate_name_label_has_its_mnemonic(qtbot):
    from ui.editors.mandate_editor import DelegateDialog
    from ui.widgets.fit import fit_problems

    dialog = _shown(qtbot, DelegateDialog(None, [(1, "City council")], [], TODAY), (560, 320))
    label = next(
        w
        for w in dialog.findChildren(QWidget)
        if getattr(w, "buddy", None) and w.text() == "&Name:"
    )
    assert label.buddy() is dialog.name
    assert fit_problems(dialog) == []


# ---- welcome, passphrase ---------------------------------------------------------------------


def test_welcome_focus_starts_where_one_types(qtbot, deps):
    from ui.dialogs.welcome import WelcomeWindow

    window = _shown(qtbot, WelcomeWindow(deps), (760, 560))
    window.activateWindow()
    # no vault yet: the name of a new vault
    assert window.tabs.currentWidget() is window.create_panel
    qtbot.waitUntil(lambda: window.create_panel.name.hasFocus())
    window.tabs.setCurrentWidget(window.open_panel)
    assert window.open_panel.open_button.hasFocus()  # no recent vault to choose
    window.tabs.setCurrentWidget(window.create_panel)
    assert window.create_panel.name.hasFocus()


def test_welcome_focus_on_the_recent_list(qtbot, deps, vault):
    from forum_kit.config import add_recent_vault
    from ui.dialogs.welcome import WelcomeWindow

    add_recent_vault(vault.path)
    window = _shown(qtbot, WelcomeWindow(deps), (760, 560))
    window.activateWindow()
    assert window.tabs.currentWidget() is window.open_panel
    qtbot.waitUntil(lambda: window.open_panel.recent.hasFocus())
    unlock = window.show_unlock(vault.path)
    assert unlock.passphrase.hasFocus()


def test_welcome_offers_the_demo_vault(qtbot, deps, tmp_path, monkeypatch):
    from forum_kit.config import DATA_DIR_ENV, demo_vault_path
    from ui.app import AppController

    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    demo_vault_path().mkdir(parents=True)  # made before: the app goes straight to unlocking
    deps.demo_path = None  # the app was started without --demo
    controller = AppController(deps)
    qtbot.addWidget(controller.welcome)
    controller.start()
    button = controller.welcome.demo_button
    assert button.isVisible() and "demo" in button.text()
    button.click()
    unlock = controller.welcome.unlock
    assert unlock is not None and unlock.path == demo_vault_path()
    assert unlock.demo_note.isVisibleTo(controller.welcome)
    assert "demo passphrase" in unlock.demo_note.text()


def test_strength_bar_has_a_colour_per_verdict(qtbot):
    from ui.widgets.strength import FAIR, STRONG, WEAK, StrengthMeter

    meter = _shown(qtbot, StrengthMeter(), (400, 60))

    def chunk_colour(passphrase: str, verdict: str):
        assert meter.update_for(passphrase).verdict == verdict
        meter.bar.setValue(100)  # the whole bar is the chunk: sample its middle
        image = meter.bar.grab().toImage()
        return image.pixelColor(image.width() // 2, image.height() // 2).name()

    weak = chunk_colour("password1234", WEAK)
    fair = chunk_colour("kettle orbit mango fiddle", FAIR)
    strong = chunk_colour("kettle orbit mango fiddle lantern quartz", STRONG)
    assert len({weak, fair, strong}) == 3
    assert meter.label.text().startswith("Strong")  # the verdict in words too


# ---- growth chart ----------------------------------------------------------------------------


def test_new_vault_chart_starts_where_data_starts(qtbot, vault, deps, site):
    from ui.pages.growth import GrowthPage

    # the workplace is days old, the range half a year: no empty months before it
    with vault.unit_of_work() as s:
        s.add(Area(workplace_id=site["workplace"], name="Empty yard"))
    page = _shown(qtbot, GrowthPage())
    page.attach(AppContext(vault, deps))
    page.workplace.setCurrentIndex(page.workplace.findData(site["workplace"]))
    floor = site["Floor 2 Billing"]
    page.set_checked_areas([floor])
    points = page.chart.points("Floor 2 Billing")
    assert points and points[0][0] >= D(2025, 1, 6)
    axis = page.chart.chart().axes(Qt.Orientation.Horizontal)[0]
    assert axis.min().date().toPython() >= D(2025, 1, 6)
    empty = next(
        page.areas_model.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(page.areas_model.rowCount())
        if page.areas_model.item(r).text().strip() == "Empty yard"
    )
    page.set_checked_areas([empty])
    assert page.chart.series_names() == []
    assert "nobody works in these areas yet" in page.chart.chart().title()


# ---- columns sharing a narrow view ------------------------------------------------------------


def test_columns_share_the_width_and_respect_their_least(qtbot):
    from PySide6.QtGui import QStandardItemModel

    from ui.widgets.tables import fit_columns, table_view

    model = QStandardItemModel(3, 3)
    model.setHorizontalHeaderLabels(["Name", "Area", "Stale"])
    view = table_view(model, "test")
    fitter = fit_columns(view, (200, 100, 50), {0: 120})
    assert fitter.sizes(700) == [400, 200, 100]  # room to spare: in proportion
    narrow = fitter.sizes(260)
    assert sum(narrow) == 260 and narrow[0] >= 120  # shrunk, the name no less than asked
    least = fitter.sizes(100)
    assert least[0] == 120 and least[1] == fitter.minimum(1)  # narrower still: they scroll
    _shown(qtbot, view, (360, 200))
    widths = [view.columnWidth(c) for c in range(3)]
    assert sum(widths) == view.viewport().width()
    assert fitter.user_resized is False
    view.resize(QSize(500, 200))
    QApplication.processEvents()
    assert sum(view.columnWidth(c) for c in range(3)) == view.viewport().width()
