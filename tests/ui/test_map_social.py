"""The Map page's social map (issue 22): the picture of the workplace (tiles, layers, clicking
and opening a tile, arranging the floor plan, zones and hazards set beside it), the coverage tab,
chart columns, filters and saved views, the scale editor in Settings, and a move in the person
editor kept as history. Every new Qt model passes qtmodeltester."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from forum_kit.queries.coverage import coverage
from forum_kit.services import committees as cm
from forum_kit.services import contacts as cs
from forum_kit.services import workplaces as ws

TODAY = dt.date(2025, 3, 14)  # the ui conftest's "today"


@pytest.fixture
def plant(ctx):
    """A workplace with two teams under a floor, people, a committee member, ties, hazards."""
    with ctx.unit_of_work() as s:
        wp = ws.add_workplace(s, name="Plant", today=TODAY - dt.timedelta(days=300))
        floor = ws.add_area(s, workplace_id=wp.id, name="Floor", hazards="heat")
        north = ws.add_area(s, workplace_id=wp.id, name="North", parent_id=floor.id)
        south = ws.add_area(s, workplace_id=wp.id, name="South", parent_id=floor.id)
        people = {}
        for i, (name, area, shift) in enumerate(
            [
                ("Zoë", north, "Days"),
                ("Şêrko", north, "Nights"),
                ("Ana", north, "Days"),
                ("Li", south, "Days"),
                ("Ola", south, ""),
                ("Kwame", south, "Nights"),
            ]
        ):
            people[name] = cs.add_contact(
                s,
                workplace_id=wp.id,
                area_id=area.id,
                first_name=name,
                shift=shift,
                organic_leader=i == 1,
                employment="FT" if i % 2 else "PT",
                today=TODAY - dt.timedelta(days=200),
            ).id
        cm.join_committee(
            s, contact_id=people["Zoë"], role="C", joined_on=TODAY - dt.timedelta(days=100)
        )
        cs.add_tie(s, a_id=people["Zoë"], b_id=people["Li"])
        ids = {"wp": wp.id, "floor": floor.id, "north": north.id, "south": south.id, **people}
    return ids


@pytest.fixture
def map_page(qtbot, ctx, plant):
    from ui.pages.map import MapPage

    page = MapPage()
    qtbot.addWidget(page)
    page.attach(ctx)
    page.set_workplace(plant["wp"])
    page.resize(1280, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _show_picture(qtbot, page):
    page.right_tabs.setCurrentWidget(page.picture)
    qtbot.waitUntil(lambda: page.picture.map is not None)
    return page.picture


def test_picture_shows_every_area_and_a_click_selects_it(qtbot, map_page, plant):
    picture = _show_picture(qtbot, map_page)
    tiles = picture.tiles
    assert {a.name for a in picture.map.areas} == {"Floor", "North", "South"}
    north = picture.map.area(plant["north"])
    assert (north.leaders, north.unreached, north.leader_names) == (1, 2, ("Şêrko",))
    assert tiles.grab().width() > 0  # paints with every layer
    rect = tiles.rects[plant["south"]]
    QTest.mouseClick(
        tiles,
        Qt.MouseButton.LeftButton,
        pos=QPoint(int(rect.x + rect.w / 2), int(rect.y + rect.h / 2)),
    )
    assert map_page.current_area_id() == plant["south"]
    assert picture.area_label.text() == "Floor / South"
    assert "Li" not in tiles.tooltip_for(plant["south"])  # no leader or member in South
    assert "Zoë" in tiles.tooltip_for(plant["north"])
    # Enter opens the chart of the selected tile
    tiles.setFocus()
    QTest.keyClick(tiles, Qt.Key.Key_Right)
    chosen = tiles.selected
    QTest.keyClick(tiles, Qt.Key.Key_Return)
    assert map_page.right_tabs.currentIndex() == 0
    assert map_page.current_area_id() == chosen
    # a double click on a tile opens that area's chart
    picture = _show_picture(qtbot, map_page)
    rect = picture.tiles.rects[plant["south"]]
    QTest.mouseDClick(
        picture.tiles,
        Qt.MouseButton.LeftButton,
        pos=QPoint(int(rect.x + rect.w / 2), int(rect.y + rect.h / 2)),
    )
    assert map_page.right_tabs.currentIndex() == 0
    assert map_page.current_area_id() == plant["south"]
    names = {map_page.chart_model.index(r, 0).data() for r in range(3)}
    assert names == {"Li", "Ola", "Kwame"}


def test_layers_and_the_legend(qtbot, map_page):
    picture = _show_picture(qtbot, map_page)
    for box in picture.layer_boxes.values():
        box.setChecked(False)
    assert picture.tiles.layers == set()
    picture.layer_boxes["zones"].setChecked(True)
    assert picture.tiles.layers == {"zones"}
    words = [w for _c, w in picture.tiles._legend_items()]
    assert "green border: free zone, red dashes: danger zone" in words
    assert not any("ties" in w for w in words)


def test_zone_and_hazards_are_set_from_the_picture(qtbot, map_page, plant, ctx):
    from forum_kit.queries.social_map import hazards_of, zone_of

    picture = _show_picture(qtbot, map_page)
    changed = []
    map_page.changed.connect(changed.append)
    map_page.select_area(plant["north"])
    assert picture.tiles.selected == plant["north"]
    picture.zone.setCurrentIndex(picture.zone.findData("danger"))
    picture.zone_note.setText("the supervisor's office looks onto it")
    picture.save_zone()
    with ctx.unit_of_work() as s:
        assert zone_of(s, plant["north"]) == ("danger", "the supervisor's office looks onto it")
    assert "areas" in changed
    assert "Danger zone" in map_page.area_notes.text()

    def add_one(_parent, ctx_, area_id, _path):
        from forum_kit.services.social_map import add_hazard

        with ctx_.unit_of_work() as s:
            add_hazard(s, area_id=area_id, description="ice on the ramp", noted_on=TODAY)
        return True

    picture.open_hazards = add_one
    assert picture.edit_hazards()
    assert picture.map.area(plant["north"]).hazards == ("ice on the ramp",)
    assert picture.hazards_button.text() == "Hazard&s (1)…"
    with ctx.unit_of_work() as s:
        assert [h.description for h in hazards_of(s, plant["north"])] == ["ice on the ramp"]


def test_arranging_the_floor_plan_saves_the_tile(qtbot, map_page, plant, ctx):
    picture = _show_picture(qtbot, map_page)
    picture.by_plan.setChecked(True)
    picture.arrange.setChecked(True)
    tiles = picture.tiles
    assert set(tiles.rects) == {plant["north"], plant["south"]}  # leaves only
    rect = tiles.rects[plant["south"]]
    start = QPoint(int(rect.x + 10), int(rect.y + 10))
    end = QPoint(int(rect.x + 10 + 3 * tiles._cell), int(rect.y + 10 + 2 * tiles._cell))
    with qtbot.waitSignal(tiles.tile_placed) as placed:
        QTest.mousePress(tiles, Qt.MouseButton.LeftButton, pos=start)
        QTest.mouseMove(tiles, end)
        QTest.mouseRelease(tiles, Qt.MouseButton.LeftButton, pos=end)
    area, x, y, w, h = placed.args
    assert area == plant["south"] and (w, h) == (4, 3)
    with ctx.unit_of_work() as s:
        row = s.execute(
            sa.text("SELECT x, y, w, h FROM floor_plan_tiles WHERE area_id = :a"),
            {"a": plant["south"]},
        ).one()
    assert tuple(row) == (x, y, w, h)
    assert picture.map.area(plant["south"]).plan == (x, y, w, h)


def test_coverage_tab_counts_by_two_groupings(qtbot, map_page, plant, ctx, qtmodeltester):
    panel = map_page.coverage
    map_page.right_tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.model.matrix is not None)
    panel.rows.setCurrentIndex(panel.rows.findData("area"))
    panel.columns.setCurrentIndex(panel.columns.findData("shift"))
    qtmodeltester.check(panel.model)
    with ctx.unit_of_work() as s:
        expected = coverage(s, workplace_id=plant["wp"], rows="area", columns="shift", as_of=TODAY)
    assert panel.model.matrix == expected
    assert "nobody in 4 groups" in panel.summary.text()
    model = panel.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Area", "(not recorded)", "Days", "Nights", "Total"] or headers == [
        "Area",
        "Days",
        "Nights",
        "(not recorded)",
        "Total",
    ]
    texts = {
        model.index(r, 0).data(): [model.index(r, c).data() for c in range(1, model.columnCount())]
        for r in range(model.rowCount())
    }
    assert texts["Floor / North"][headers.index("Days") - 1] == "2 · 1 C"
    assert texts["Total"][-1] == "6 · 1 C"
    panel.columns.setCurrentIndex(panel.columns.findData(None))
    qtmodeltester.check(panel.model)
    assert model.headerData(5, Qt.Orientation.Horizontal) == "Short"


def test_columns_filters_and_saved_views(qtbot, map_page, plant, ctx):
    map_page.select_area(plant["floor"])
    bar = map_page.views_bar
    assert map_page.chart_model.rowCount() == 6
    chosen = ("name", "employment", "organic_leader", "ties", "reached", "card_signed_on")
    bar.choose_columns = lambda _p, _c: list(chosen)
    assert bar.edit_columns()
    assert map_page.chart_model.column_keys() == chosen
    bar.ask_filter = lambda *_a: {"unreached": True, "employment": "FT"}
    assert bar.edit_filter()
    names = [
        map_page.chart_model.index(r, 0).data() for r in range(map_page.chart_model.rowCount())
    ]
    assert sorted(names) == ["Kwame", "Şêrko"]  # FT, and tied to nobody on the committee
    assert "unreached" in bar.filter_label.text()
    col = map_page.chart_model.column_index("reached")
    assert map_page.chart_model.index(0, col).data() == "unreached"
    bar.prompt_text = lambda *_a: "FT nobody reaches"
    assert bar.save_view()
    # back to everyone, then the saved view brings its columns and filter back
    bar.view.setCurrentIndex(0)
    assert map_page.chart_model.rowCount() == 6
    assert "employment" not in map_page.chart_model.column_keys()
    bar.view.setCurrentIndex(bar.view.findText("FT nobody reaches"))
    assert map_page.chart_model.rowCount() == 2
    assert "ties" in map_page.chart_model.column_keys()
    # the export takes the chart as filtered
    assert map_page.export_request()["people_filter"].unreached is True
    # a second save under the same name asks before replacing
    asked = []
    bar.confirm_replace = lambda _p, name: asked.append(name) or False
    assert not bar.save_view()
    assert asked == ["FT nobody reaches"]
    assert bar.delete_view()
    assert bar.view.count() == 1


def test_chart_models_pass_modeltester(qtbot, map_page, plant, qtmodeltester):
    from ui.pages.map_views import ChartFilterDialog

    map_page.select_area(plant["floor"])
    map_page.views_bar.choose_columns = lambda _p, _c: list(
        __import__("forum_kit.queries.chart_views", fromlist=["COLUMNS"]).COLUMNS
    )
    map_page.views_bar.edit_columns()
    qtmodeltester.check(map_page.chart_model)
    dialog = ChartFilterDialog({"levels": [2], "unreached": True}, map_page._levels, ["Polish"])
    qtbot.addWidget(dialog)
    assert dialog.filters() == {"levels": [2], "unreached": True}
    dialog.clear_all()
    assert dialog.filters() == {}


def test_hazards_dialog(qtbot, ctx, plant, qtmodeltester):
    from ui.dialogs.hazards_dialog import HazardsDialog

    dialog = HazardsDialog(ctx, plant["floor"], "Floor")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert [r.description for r in dialog.model.rows()] == ["heat"]
    dialog.description.setText("forklifts in the aisle")
    assert dialog.add()
    assert dialog.model.rowCount() == 2 and dialog.description.text() == ""
    dialog.description.setText("   ")
    assert not dialog.add()
    assert not dialog.error.isHidden() and "Hazard" in dialog.error.text()
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.resolve(done=True)
    resolved = [r for r in dialog.model.rows() if r.resolved_on is not None]
    assert len(resolved) == 1 and resolved[0].resolved_on == TODAY
    dialog.table.setCurrentIndex(dialog.model.index(1, 0))
    assert dialog.model.index(1, 2).data() == TODAY.isoformat()
    assert dialog.resolve(done=False)
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    assert dialog.delete()
    assert dialog.model.rowCount() == 1 and dialog.changed


def test_person_editor_keeps_a_move_as_history(qtbot, ctx, plant):
    from forum_kit import growth
    from forum_kit.queries.placements import placement_history
    from ui.pages.people import PeoplePage

    page = PeoplePage()
    qtbot.addWidget(page)
    page.attach(ctx)
    with ctx.unit_of_work() as s:
        before = growth.area_figures(s, area_id=plant["north"], as_of=TODAY - dt.timedelta(1))
    editor = page.editor
    assert editor.load(plant["Ana"])
    editor.area.setCurrentIndex(editor.area.findData(plant["south"]))
    editor.shift.setText("Nights")
    assert editor.save() == plant["Ana"], editor.error.text()
    with ctx.unit_of_work() as s:
        history = placement_history(s, plant["Ana"])
        assert [(h.area_name, h.shift, h.until) for h in history] == [
            ("South", "Nights", None),
            ("North", "Days", TODAY),
        ]
        assert (
            growth.area_figures(s, area_id=plant["north"], as_of=TODAY - dt.timedelta(1)) == before
        )
        assert (
            growth.area_figures(s, area_id=plant["north"], as_of=TODAY).mapped == before.mapped - 1
        )


def test_scale_editor_saves_seven_levels_and_maps_a_removed_one(qtbot, ctx):
    from forum_kit.queries.levels import scale
    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    editor = dialog.scale_editor
    editor.add_level()
    editor.entries[-1].widgets["label"].setText("Leaning")
    for _ in range(3):
        editor.move(len(editor.entries) - 1 - _, -1)
    editor.add_level()
    editor.entries[-1].widgets["label"].setText("Doubtful")
    assert not editor.add_button.isEnabled()  # seven is the most
    # "Opposed" goes: its history reads as the level below it from now on
    opposed = next(i for i, e in enumerate(editor.entries) if e.label == "Opposed")
    editor.remove(opposed)
    assert [e.label for e in editor.retired] == ["Opposed"]
    editor.retired[0].widgets["into"].setCurrentIndex(
        [e.label for e in editor.entries].index("Hostile")
    )
    editor.way.setCurrentIndex(editor.way.findData("opposition_first"))
    assert editor.numbers()[0] == len(editor.entries)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    with ctx.unit_of_work() as s:
        rows = scale(s)
    active = [r.label for r in rows if r.number]
    # numbered from the opposition's end; Doubtful was added at the bottom
    assert active == ["Doubtful", "Hostile", "Undecided", "Leaning", "Supporter", "Leader"]
    by = {r.label: r for r in rows}
    assert by["Opposed"].retired_into == by["Hostile"].level
    assert by["Leader"].number == 6 and by["Hostile"].number == 2


def test_a_coverage_cells_sentence_is_in_the_interface_language(qapp):
    """The coverage cell's tooltip and screen-reader sentence: every state, in English and in
    Spanish (never English words glued around the numbers)."""
    from forum_kit.queries.coverage import CoverageCell
    from ui.i18n import apply_language
    from ui.models.coverage_model import cell_words

    nobody_works = cell_words("Dock", CoverageCell())
    nobody = cell_words("Dock", CoverageCell(people=12))
    short = cell_words("Dock", CoverageCell(people=25, members=1, helpers=2))
    covered = cell_words("Dock", CoverageCell(people=8, members=1))
    assert nobody_works == "Dock: nobody works here."
    assert nobody.endswith("The committee has nobody here.") and "People: 12" in nobody
    assert short.endswith("Short by 2.") and "helpers: 2" in short
    assert covered.endswith("Covered.") and "one in ten needs 1" in covered
    apply_language("es")
    try:
        spanish = [cell_words("Dock", c) for c in (CoverageCell(), CoverageCell(people=12),
                                                   CoverageCell(people=25, members=1))]
    finally:
        apply_language("en")
    assert all(s.startswith("Dock") for s in spanish)
    assert spanish[0] != nobody_works and "nobody" not in " ".join(spanish)
    assert "Short by" not in spanish[2] and "2" in spanish[2]
