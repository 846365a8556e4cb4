"""The issue's real flow through the Map, People and Conversations pages on an encrypted vault:
add a workplace and areas through the Map's actions, add contacts through the People editor, log
a conversation with an assessment and watch the Map's figures change; area deletes refused or
moving people; keyboard reachability; ``clear()`` leaves nothing behind."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.editors.area_dialogs import TOP_LEVEL
from ui.models.roles import ID_ROLE

sys.path.insert(0, str(Path(__file__).resolve().parent))

from flow_support import (  # noqa: E402
    TODAY,
    add_person,
    add_workplace_and_areas,
    figure,
)


def test_the_whole_flow(qtbot, pages, answers):
    map_page, people, convs = pages
    warehouse, picking, loading = add_workplace_and_areas(map_page, answers)
    assert set(map_page.tree_model.area_ids()) == {warehouse, picking, loading}
    assert map_page.tree_model.index_of(picking).parent() == map_page.tree_model.index_of(warehouse)

    # People page: its area choices came with the refresh after the Map's change.
    assert people.editor.area.findData(picking) >= 0
    zoe = add_person(people, "Zoë", "Adeyemi", picking)
    assert people.model.rowCount() == 1
    assert people.model.row_data(0).full_name == "Zoë Adeyemi"
    assert people.current_contact_id() == zoe

    map_page.select_area(picking)
    assert map_page.chart_model.rowCount() == 1
    assert figure(map_page, "headcount") == "1"
    assert figure(map_page, "supporters") == "0 %"
    level_col = map_page.chart_model.column_index("level")
    assert "Unassessed" in map_page.chart_model.index(0, level_col).data()

    # Conversations: log a one-on-one with a supporter assessment.
    convs.open_item("person", zoe)
    assert convs.editor.contact_id == zoe and "Zoë" in convs.editor.person.text()
    convs.editor.texts["agitate"].setPlainText("Rota changes with no notice")
    convs.editor.texts["ask"].setPlainText("Come to the meeting on Thursday")
    convs.editor.texts["answer"].setPlainText("Yes")
    convs.editor.follow_up.setChecked(True)
    convs.editor.assessment.setCurrentIndex(convs.editor.assessment.findData(2))
    conversation = convs.editor.save()
    assert conversation is not None, convs.editor.error.text()
    assert convs.history_model.rowCount() == 1
    assert convs.followups_model.rowCount() == 0  # due in 7 days: not due yet
    convs.within.setCurrentIndex(convs.within.findData(7))
    assert convs.followups_model.rowCount() == 1  # follow-up due in 7 days
    assert convs.followups_model.rows()[0].follow_up_on == TODAY + dt.timedelta(days=7)

    # The Map's figures changed through the changed() signal.
    map_page.select_area(picking)
    assert figure(map_page, "supporters") == "100 %"
    assert figure(map_page, "assessed") == "100 %"
    assert "Supporter" in map_page.chart_model.index(0, level_col).data()
    assert map_page.chart_model.row_data(0).last_contact_on == TODAY

    # A second assessment appended from the contact editor: the history shows two entries.
    assert people.open_item("person", zoe)
    ed = people.editor
    assert ed.history_model.rowCount() == 1
    ed.new_level.setCurrentIndex(ed.new_level.findData(3))
    ed.new_evidence.setText("hesitant at the meeting")
    assert ed.append_assessment()
    assert ed.history_model.rowCount() == 2
    assert [r.level for r in ed.history_model.rows()] == [3, 2]  # newest first, none overwritten
    map_page.select_area(picking)
    assert figure(map_page, "supporters") == "0 %"

    # Follow-up marked done leaves the list.
    convs.followups.setCurrentIndex(convs.followups_model.index(0, 0))
    assert convs.mark_done()
    assert convs.followups_model.rowCount() == 0
    assert answers.errors == []


def test_ties_flags_and_committee_role(pages, answers):
    map_page, people, _ = pages
    _, picking, _ = add_workplace_and_areas(map_page, answers)
    ana = add_person(people, "Ana", "Álvarez", picking)
    serko = add_person(people, "Şêrko", "Barzani", picking)
    ed = people.editor
    assert ed.contact_id == serko
    ed.organic_leader.setChecked(True)
    ed.sensitive.setChecked(True)
    ed.committee_role.setCurrentIndex(ed.committee_role.findData("C"))
    assert ed.save() == serko
    ed.pick_contact = lambda parent: ana
    assert ed.add_tie()
    assert [t.other_id for t in ed.ties_model.rows()] == [ana]
    people.open_item("person", ana)
    assert ed.organic_leader.isChecked() is False
    assert [t.other_id for t in ed.ties_model.rows()] == [serko]  # undirected
    people.open_item("person", serko)
    assert ed.organic_leader.isChecked() and ed.sensitive.isChecked()
    assert ed.committee_role.currentData() == "C"
    ed.ties.setCurrentIndex(ed.ties_model.index(0, 0))
    assert ed.remove_tie() and ed.ties_model.rowCount() == 0
    # filter by committee role
    people.committee.setCurrentIndex(people.committee.findData("C"))
    assert people.model.ids() == [serko]
    people.committee.setCurrentIndex(0)
    map_page.select_area(picking)
    assert figure(map_page, "committee").startswith("1 of 1")


def test_invalid_input_is_shown_not_saved(pages, answers):
    map_page, people, _ = pages
    _, picking, _ = add_workplace_and_areas(map_page, answers)
    people.new_person(picking)
    people.editor.first_name.setText("   ")
    assert people.editor.save() is None
    assert "First name" in people.editor.error.text()
    assert people.model.rowCount() == 0


def test_area_delete_refused_then_moves_people(pages, answers):
    map_page, people, _ = pages
    warehouse, picking, loading = add_workplace_and_areas(map_page, answers)
    zoe = add_person(people, "Zoë", "Adeyemi", picking)
    map_page.select_area(picking)

    answers.people_target = None  # the user cancels the move: the delete is refused
    assert map_page.delete_area() is False
    assert picking in map_page.tree_model.area_ids()
    assert answers.errors and "Zoë" not in answers.errors[-1]

    answers.people_target = loading
    assert map_page.delete_area() is True
    assert picking not in map_page.tree_model.area_ids()
    people.open_item("person", zoe)
    assert people.editor.area.currentData() == loading
    map_page.select_area(loading)
    assert map_page.chart_model.ids() == [zoe]

    answers.confirm_answer = False  # confirmation declined: nothing happens
    assert map_page.delete_area() is False
    assert loading in map_page.tree_model.area_ids()

    # an empty leaf area is deleted without asking where people go
    answers.confirm_answer = True
    answers.areas = [("Office", "department")]
    office = map_page.add_area(below=False)
    map_page.select_area(office)
    assert map_page.delete_area() is True
    assert office not in map_page.tree_model.area_ids()


def test_rename_and_move_area(pages, answers):
    map_page, _, _ = pages
    warehouse, picking, loading = add_workplace_and_areas(map_page, answers)
    map_page.select_area(picking)
    answers.texts = ["Picking & packing"]
    assert map_page.rename_area()
    assert map_page.tree_model.name_of(picking) == "Picking & packing"
    answers.move_target = TOP_LEVEL
    assert map_page.move_area()
    assert not map_page.tree_model.index_of(picking).parent().isValid()
    map_page.select_area(warehouse)
    answers.move_target = loading  # under its own child: the page never offers it, the core refuses
    map_page.move_area()
    assert answers.errors
    assert not map_page.tree_model.index_of(warehouse).parent().isValid()


def test_add_person_from_the_map(pages, answers):
    """The Map's "Add person here" asks for the People editor (the window routes the kind to
    People), so a half-typed new person is a People draft like any other."""
    from ui.pages.people import KIND_NEW_PERSON

    map_page, people, _ = pages
    _, picking, loading = add_workplace_and_areas(map_page, answers)
    asked = []
    map_page.open_requested.connect(lambda kind, item: asked.append((kind, item)))
    map_page.open_requested.connect(people.open_item)  # what the main window does
    map_page.select_area(picking)
    assert map_page.add_person_here()
    assert asked == [(KIND_NEW_PERSON, picking)]
    assert KIND_NEW_PERSON in people.kinds
    ed = people.editor
    assert ed.contact_id is None and ed.area.currentData() == picking
    assert not ed.has_changes()
    ed.first_name.setText("Ŋgozi")
    assert ed.has_changes()
    contact_id = ed.save()
    assert contact_id is not None, ed.error.text()
    map_page.select_area(picking)
    assert map_page.chart_model.ids() == [contact_id]
    assert people.model.ids() == [contact_id]
    assert not people.open_item(KIND_NEW_PERSON, 999_999)  # no such area
    map_page.tree.setCurrentIndex(map_page.tree_model.index(-1, 0))
    assert map_page.current_area_id() is None and not map_page.add_person_here()
    assert answers.errors == []


def test_people_filters(pages, answers):
    map_page, people, _ = pages
    warehouse, picking, loading = add_workplace_and_areas(map_page, answers)
    a = add_person(people, "Zoë", "Adeyemi", picking)
    b = add_person(people, "Li", "Wei", loading)
    people.editor.language.setText("Mandarin")
    people.editor.save()
    people.refresh()
    people.set_area_filter(loading)
    assert people.model.ids() == [b]
    people.set_area_filter(warehouse)  # an area filter includes its sub-areas
    assert sorted(people.model.ids()) == sorted([a, b])
    people.set_area_filter(None)
    people.language.setCurrentIndex(people.language.findData("Mandarin"))
    assert people.model.ids() == [b]
    people.language.setCurrentIndex(0)
    people.search.setText("zoe")  # FTS folds the diacritic
    people.apply_filter()
    assert people.model.ids() == [a]
    people.search.clear()
    people.apply_filter()
    people.stale.setCurrentIndex(people.stale.findData(True))
    assert len(people.model.ids()) == 2  # nobody assessed yet: everyone is stale
    people.stale.setCurrentIndex(0)
    people.level.setCurrentIndex(people.level.findData(0))
    assert len(people.model.ids()) == 2
    people.level.setCurrentIndex(people.level.findData(2))
    assert people.model.ids() == []
    people.level.setCurrentIndex(0)
    # sorting runs in SQL
    name_col = people.model.column_index("name")
    people.table.sortByColumn(name_col, Qt.SortOrder.DescendingOrder)
    assert people.model.ids() == [b, a]  # last names descending: Wei, Adeyemi
    people.table.sortByColumn(name_col, Qt.SortOrder.AscendingOrder)
    assert people.model.ids() == [a, b]
    # delete with confirmation
    people.select_contact(a)
    assert people.delete_current()
    assert people.model.ids() == [b]


def test_keyboard_reaches_filters_table_and_editor(qtbot, pages, answers):
    map_page, people, _ = pages
    _, picking, _ = add_workplace_and_areas(map_page, answers)
    zoe = add_person(people, "Zoë", "Adeyemi", picking)
    people.show()
    qtbot.waitExposed(people)
    people.search.setFocus()
    qtbot.waitUntil(lambda: people.search.hasFocus())
    reached = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if QApplication.focusWidget() is people.table:
            break
    for w in (people.workplace, people.area, people.level, people.committee, people.stale,
              people.language):
        assert w in reached
    assert QApplication.focusWidget() is people.table
    people.table.setCurrentIndex(people.model.index(0, 0))
    qtbot.keyClick(people.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: people.editor.first_name.hasFocus())
    assert people.editor.contact_id == zoe
    people.editor.job_title.selectAll()
    qtbot.keyClicks(people.editor.job_title, "Driver")  # ASCII only
    qtbot.keyClick(people.editor.job_title, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: people.model.row_data(0).job_title == "Driver")


def test_clear_leaves_no_rows(pages, answers):
    map_page, people, convs = pages
    _, picking, _ = add_workplace_and_areas(map_page, answers)
    zoe = add_person(people, "Zoë", "Adeyemi", picking)
    convs.open_item("person", zoe)
    convs.editor.texts["plan"].setPlainText("Talk again")
    convs.editor.follow_up.setChecked(True)
    assert convs.editor.save()
    people.open_item("person", zoe)
    map_page.select_area(picking)
    for page in pages:
        page.clear()
    assert map_page.tree_model.rowCount() == 0 and map_page.chart_model.rowCount() == 0
    assert map_page.workplace.count() == 0
    assert all(label.text() == "—" for label in map_page.figure_labels.values())
    assert people.model.rowCount() == 0 and people.model.cached_row_count() == 0
    assert people.editor.first_name.text() == "" and people.editor.history_model.rowCount() == 0
    assert people.editor.area.count() == 0 and people.area.count() == 0
    assert convs.followups_model.rowCount() == 0 and convs.history_model.rowCount() == 0
    assert convs.editor.contact_id is None
    assert all(e.toPlainText() == "" for e in convs.editor.texts.values())
    assert "Zoë" not in convs.editor.person.text()


def test_state_round_trip(pages, answers):
    map_page, people, convs = pages
    _, picking, loading = add_workplace_and_areas(map_page, answers)
    zoe = add_person(people, "Zoë", "Adeyemi", picking)
    map_page.select_area(loading)
    saved = (map_page.state(), people.state())
    assert all(isinstance(v, int | type(None)) for s in saved for v in s.values())
    for page in pages:
        page.clear()
    for page in pages:
        page.refresh()
    map_page.restore_state(saved[0])
    people.restore_state(saved[1])
    assert map_page.current_area_id() == loading
    assert people.current_contact_id() == zoe
    assert map_page.open_item("area", picking) and map_page.current_area_id() == picking
    assert map_page.open_item("person", zoe) is False
    assert people.table.currentIndex().data(ID_ROLE) == zoe

