"""The issue's real flow through the Map, People and Conversations pages on an encrypted vault:
add a workplace and areas through the Map's actions, add contacts through the People editor, log
a conversation with an assessment and watch the Map's figures change; area deletes refused or
moving people; keyboard reachability; ``clear()`` leaves nothing behind."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.editors.area_dialogs import TOP_LEVEL
from ui.models.roles import ID_ROLE
from ui.pages.conversations import ConversationsPage
from ui.pages.map import MapPage
from ui.pages.people import PeoplePage
from ui.session import AppContext, AppDeps
from ui.settings import SettingsStore

TODAY = dt.date(2026, 3, 10)


class Answers:
    """Scripted answers for the pages' injected dialogs; records what was asked."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.areas: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.confirms: list[str] = []
        self.confirm_answer = True
        self.people_target: int | None = None
        self.move_target: int | None = None

    def prompt_text(self, parent, title, label, text=""):
        return self.texts.pop(0) if self.texts else None

    def ask_area(self, parent, title, name="", kind=""):
        return self.areas.pop(0) if self.areas else None

    def show_error(self, parent, message):
        self.errors.append(message)

    def confirm(self, parent, what, consequences):
        self.confirms.append(what)
        return self.confirm_answer

    def choose_people_target(self, parent, people, choices):
        assert self.people_target is None or self.people_target in dict(choices)
        return self.people_target

    def choose_move_target(self, parent, choices):
        return self.move_target


@pytest.fixture
def answers():
    return Answers()


@pytest.fixture
def ctx(vault, tmp_path, answers):
    deps = AppDeps(settings=SettingsStore(tmp_path / "settings.ini"), today=lambda: TODAY,
                   confirm=answers.confirm)
    return AppContext(vault, deps)


@pytest.fixture
def pages(qtbot, ctx, answers):
    map_page, people, convs = MapPage(), PeoplePage(), ConversationsPage()
    for page in (map_page, people, convs):
        qtbot.addWidget(page)
        page.show_error = answers.show_error
    map_page.prompt_text = answers.prompt_text
    map_page.ask_area = answers.ask_area
    map_page.choose_people_target = answers.choose_people_target
    map_page.choose_move_target = answers.choose_move_target
    # what the main window does: a save on one page refreshes the others
    for page in (map_page, people, convs):
        page.changed.connect(lambda _what, p=page: [
            other.refresh() for other in (map_page, people, convs) if other is not p
        ])
    for page in (map_page, people, convs):
        page.attach(ctx)
    return map_page, people, convs


def add_workplace_and_areas(map_page, answers):
    answers.texts = ["Riverside Depot"]
    assert map_page.add_workplace() is not None
    answers.areas = [("Warehouse", "department")]
    warehouse = map_page.add_area(below=False)
    assert map_page.current_area_id() == warehouse
    answers.areas = [("Picking", "line"), ("Loading", "line")]
    picking = map_page.add_area(below=True)
    map_page.select_area(warehouse)
    loading = map_page.add_area(below=True)
    assert answers.errors == []
    return warehouse, picking, loading


def add_person(people, first, last, area_id):
    people.new_person(area_id)
    ed = people.editor
    assert ed.contact_id is None
    ed.first_name.setText(first)  # setText, not keyClicks: names are not ASCII
    ed.last_name.setText(last)
    ed.job_title.setText("Picker")
    contact_id = ed.save()
    assert contact_id is not None, ed.error.text()
    return contact_id


def figure(map_page, key):
    return map_page.figure_labels[key].text()


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


# ---- layout and keyboard ------------------------------------------------------------------
# The page's share of a 1280x800 and a 1024x700 main window (the sidebar and menus take the rest).
PAGE_SIZES = ((1080, 740), (830, 640))
MENU_LETTERS = {"F", "G", "H"}  # File, Go, Help in the main window's menu bar


def inside(widget, clip, *, vertical=True) -> bool:
    """Whether ``widget`` is wholly inside ``clip`` (horizontally, and vertically if asked)."""
    from PySide6.QtCore import QPoint, QRect

    top_left = widget.mapTo(clip, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    area = clip.rect()
    if vertical:
        return area.contains(rect)
    return rect.left() >= area.left() and rect.right() <= area.right()


def show_at(qtbot, page, size):
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()


def mnemonics(page) -> list[str]:
    """The Alt+letter of every visible label (with a buddy) and button on the page."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    letters = []
    for w in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
        if not w.isVisibleTo(page) or (isinstance(w, QLabel) and w.buddy() is None):
            continue
        text = w.text().replace("&&", "")
        i = text.find("&")
        if i >= 0 and i + 1 < len(text):
            letters.append(text[i + 1].upper())
    return letters


def test_mnemonics_are_unique_and_clear_of_the_menus(qtbot, pages, answers):
    map_page, people, convs = pages
    _, picking, _ = add_workplace_and_areas(map_page, answers)
    add_person(people, "Zoë", "Adeyemi", picking)
    for page in pages:
        show_at(qtbot, page, PAGE_SIZES[0])
        letters = mnemonics(page)
        assert len(letters) >= 9
        assert len(letters) == len(set(letters)), (type(page).__name__, sorted(letters))
        assert not MENU_LETTERS & set(letters), type(page).__name__
        page.hide()


@pytest.mark.parametrize("size", PAGE_SIZES)
def test_people_editor_fits_without_clipping(qtbot, pages, answers, size):
    map_page, people, _ = pages
    _, picking, _ = add_workplace_and_areas(map_page, answers)
    zoe = add_person(people, "Zoë", "Adeyemi", picking)
    people.editor.new_evidence.setText("x")
    show_at(qtbot, people, size)
    assert people.minimumSizeHint().width() <= PAGE_SIZES[-1][0]
    scroll = people.editor_scroll
    viewport = scroll.viewport()
    assert not scroll.horizontalScrollBar().isVisible()
    assert people.editor.width() <= viewport.width()  # laid out to the width it has
    ed = people.editor
    for w in (ed.save_button, ed.sensitive, ed.organic_leader, ed.append_button, ed.new_level,
              ed.new_date, ed.new_evidence, ed.add_tie_button, ed.remove_tie_button, ed.notes):
        assert inside(w, viewport, vertical=False), w.objectName() or type(w).__name__
        assert w.width() >= w.minimumSizeHint().width()  # never squeezed below its text
    # the list keeps most of the width
    list_width, editor_width = people.splitter.sizes()
    assert list_width > editor_width
    assert people.current_contact_id() == zoe or people.editor.contact_id == zoe


@pytest.mark.parametrize("size", PAGE_SIZES)
def test_conversation_editor_fits_without_clipping(qtbot, pages, answers, size):
    map_page, people, convs = pages
    _, picking, _ = add_workplace_and_areas(map_page, answers)
    zoe = add_person(people, "Zoë", "Adeyemi", picking)
    convs.open_item("person", zoe)
    show_at(qtbot, convs, size)
    assert convs.minimumSizeHint().width() <= PAGE_SIZES[-1][0]
    viewport = convs.editor_scroll.viewport()
    assert not convs.editor_scroll.horizontalScrollBar().isVisible()
    ed = convs.editor
    for w in (ed.choose_person, ed.choose_by, ed.sensitive, ed.follow_up,
              ed.follow_up_on, ed.assessment, ed.tags):
        assert inside(w, viewport, vertical=False), type(w).__name__
        assert w.width() >= w.minimumSizeHint().width()
    # Save sits below the scrolling form, always in view
    assert inside(ed.save_button, convs.editor_box)
    assert ed.save_button.width() >= ed.save_button.minimumSizeHint().width()


@pytest.mark.parametrize("size", PAGE_SIZES)
def test_map_tree_shows_names_and_counts(qtbot, pages, answers, size):
    map_page, people, _ = pages
    answers.texts = ["Riverside Depot"]
    map_page.add_workplace()
    answers.areas = [("Floor 2 Billing and Collections", "department")]
    floor = map_page.add_area()
    answers.areas = [("Team North (early shift)", "team")]
    team = map_page.add_area(below=True)
    add_person(people, "Zoë", "Adeyemi", team)
    map_page.refresh()
    show_at(qtbot, map_page, size)
    assert map_page.minimumSizeHint().width() <= PAGE_SIZES[-1][0]
    tree = map_page.tree
    header = tree.header()
    # names are not elided: the name column is at least as wide as its widest name
    assert header.sectionSize(0) >= tree.sizeHintForColumn(0)
    # the People column is inside the visible part of the tree and shows the counts
    assert header.sectionViewportPosition(2) + header.sectionSize(2) <= tree.viewport().width()
    model = map_page.tree_model
    assert model.index_of(floor).siblingAtColumn(2).data() == "1"
    assert model.index_of(team).siblingAtColumn(2).data() == "1"
    tree_width, chart_width = map_page.splitter.sizes()
    from ui.pages.map import TREE_SHARE

    low, high = TREE_SHARE
    assert low - 0.01 <= tree_width / (tree_width + chart_width) <= high + 0.01
    for b in (map_page.add_area_button, map_page.add_sub_area_button, map_page.rename_button,
              map_page.move_button, map_page.delete_button, map_page.tests_button,
              map_page.add_person_button, map_page.add_workplace_button):
        assert inside(b, map_page), b.text()
        assert b.width() >= b.minimumSizeHint().width()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    QApplication.processEvents()


def test_tab_walks_the_people_page_to_the_save_button(qtbot, pages, answers):
    map_page, people, _ = pages
    _, picking, _ = add_workplace_and_areas(map_page, answers)
    zoe = add_person(people, "Zoë", "Adeyemi", picking)
    show_at(qtbot, people, PAGE_SIZES[0])
    people.activateWindow()
    people.search.setFocus()
    qtbot.waitUntil(lambda: people.search.hasFocus())
    reached = [people.search]
    for _ in range(40):
        press(qtbot, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is people.editor.save_button:
            break
    ed = people.editor
    expected = [people.search, people.workplace, people.area, people.level, people.committee,
                people.stale, people.language, people.table, people.new_button,
                people.log_button, people.delete_button, ed.first_name, ed.last_name, ed.area,
                ed.job_title, ed.shift, ed.employment, ed.phone, ed.email, ed.language,
                ed.employee_number, ed.card_signed,  # the card's date only once ticked
                ed.committee_role, ed.organic_leader, ed.sensitive, ed.notes, ed.save_button]
    assert reached == expected  # reading order, nothing skipped, nothing in between
    # Tab scrolled the editor so the focused Save button is wholly in view
    assert inside(ed.save_button, people.editor_scroll.viewport())
    # Space on the focused button saves; the row stays selected
    ed.job_title.setText("Driver")
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: people.model.row_data(0).job_title == "Driver")
    # ... and the tab goes on through the history and ties controls (the date edit takes one
    # Tab per section: year, month, day)
    after = []
    for _ in range(15):
        press(qtbot, Qt.Key.Key_Tab)
        if not after or after[-1] is not QApplication.focusWidget():
            after.append(QApplication.focusWidget())
        if after[-1] is ed.remove_tie_button:
            break
    assert after == [ed.history, ed.new_level, ed.new_date, ed.new_evidence, ed.append_button,
                     ed.ties, ed.add_tie_button, ed.remove_tie_button]
    assert people.editor.contact_id == zoe and answers.errors == []


def test_people_keys_new_save_and_delete(qtbot, pages, answers):
    map_page, people, _ = pages
    _, picking, _ = add_workplace_and_areas(map_page, answers)
    zoe = add_person(people, "Zoë", "Adeyemi", picking)
    show_at(qtbot, people, PAGE_SIZES[0])
    people.activateWindow()
    qtbot.waitActive(people)
    people.table.setFocus()
    qtbot.waitUntil(lambda: people.table.hasFocus())
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Alt+N: New person
    qtbot.waitUntil(lambda: people.editor.first_name.hasFocus())
    assert people.editor.contact_id is None
    qtbot.keyClicks(people.editor.first_name, "Li")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves
    qtbot.waitUntil(lambda: people.model.rowCount() == 2)
    li = people.editor.contact_id
    assert li is not None and li != zoe
    people.select_contact(li)
    people.table.setFocus()
    qtbot.waitUntil(lambda: people.table.hasFocus())
    press(qtbot, Qt.Key.Key_Delete)  # Delete on a row: confirmed, then gone
    assert answers.confirms == ["this person"]
    assert people.model.ids() == [zoe]


def test_keys_only_add_area_on_the_map(qtbot, pages, answers):
    map_page, _, _ = pages
    show_at(qtbot, map_page, PAGE_SIZES[0])
    map_page.activateWindow()
    qtbot.waitActive(map_page)
    map_page.workplace.setFocus()
    qtbot.waitUntil(lambda: map_page.workplace.hasFocus())
    answers.texts = ["Riverside Depot"]
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # Add wor&kplace…
    qtbot.waitUntil(lambda: map_page.workplace.count() == 1)
    answers.areas = [("Warehouse", "department")]
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &Add area…
    qtbot.waitUntil(lambda: map_page.tree_model.rowCount() == 1)
    warehouse = map_page.current_area_id()
    assert map_page.tree_model.name_of(warehouse) == "Warehouse"
    # into the tree by Tab order (Shift+Tab from the focused button), then Insert adds below
    map_page.add_area_button.setFocus()
    qtbot.waitUntil(lambda: map_page.add_area_button.hasFocus())
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is map_page.tree
    answers.areas = [("Picking", "line")]
    press(qtbot, Qt.Key.Key_Insert)
    picking = map_page.current_area_id()
    assert picking != warehouse
    assert map_page.tree_model.index_of(picking).parent() == map_page.tree_model.index_of(warehouse)
    map_page.tree.setFocus()
    answers.texts = ["Picking & packing"]
    press(qtbot, Qt.Key.Key_F2)  # F2 renames
    assert map_page.tree_model.name_of(picking) == "Picking & packing"
    press(qtbot, Qt.Key.Key_Delete)  # Delete deletes (after the confirmation)
    assert answers.confirms == ["this area"]
    assert set(map_page.tree_model.area_ids()) == {warehouse}
    assert answers.errors == []


# ---- unsaved drafts, the follow-up limit, the Map after a lock ------------------------------
def test_drafts_round_trip_through_state(pages, answers):
    """``state()`` carries what was typed; ``clear()`` empties the widgets; ``restore_state``
    brings it back for the same person, and saving it works."""
    map_page, people, convs = pages
    _, picking, loading = add_workplace_and_areas(map_page, answers)
    zoe = add_person(people, "Zoë", "Adeyemi", picking)
    serko = add_person(people, "Şêrko", "Baran", loading)
    assert people.open_item("person", zoe)
    people.select_contact(zoe)
    people.editor.notes.setPlainText("works nights, angry about the rota")
    people.editor.shift.setText("Night")
    people.editor.organic_leader.setChecked(True)
    convs.open_item("person", serko)
    convs.editor.set_by(zoe, "Zoë Adeyemi")
    convs.editor.texts["agitate"].setPlainText("No breaks on Sundays")
    convs.editor.texts["unite"].setPlainText("Talks to the loaders")
    convs.editor.tags.setText("breaks, rota")
    convs.editor.follow_up.setChecked(True)
    convs.editor.assessment.setCurrentIndex(convs.editor.assessment.findData(2))
    saved = {page: page.state() for page in (people, convs)}
    for page in pages:
        page.clear()
    assert people.editor.notes.toPlainText() == "" and people.editor.shift.text() == ""
    assert all(e.toPlainText() == "" for e in convs.editor.texts.values())
    assert convs.editor.tags.text() == "" and convs.editor.contact_id is None
    for page in pages:
        page.refresh()
    for page, state in saved.items():
        page.restore_state(state)

    ed = people.editor
    assert ed.contact_id == zoe and ed.first_name.text() == "Zoë"
    assert ed.notes.toPlainText() == "works nights, angry about the rota"
    assert ed.shift.text() == "Night" and ed.organic_leader.isChecked()
    assert ed.has_changes()
    assert ed.save() == zoe, ed.error.text()
    assert not ed.has_changes()
    assert people.model.row_data(people.model.row_of(zoe)).shift == "Night"

    cv = convs.editor
    assert cv.contact_id == serko and "Şêrko" in cv.person.text()
    assert cv.by_id == zoe and "Zoë" in cv.by.text()
    assert cv.texts["agitate"].toPlainText() == "No breaks on Sundays"
    assert cv.texts["unite"].toPlainText() == "Talks to the loaders"
    assert cv.tags.text() == "breaks, rota" and cv.follow_up.isChecked()
    assert cv.assessment.currentData() == 2
    assert cv.has_changes()
    assert cv.save() is not None, cv.error.text()
    assert not cv.has_changes()
    history = convs.history_model.rows()
    assert len(history) == 1 and history[0].agitate == "No breaks on Sundays"
    assert history[0].tags == ("breaks", "rota") and history[0].by_id == zoe
    assert answers.errors == []


def test_untouched_editors_have_no_draft(pages, answers):
    map_page, people, convs = pages
    _, picking, _ = add_workplace_and_areas(map_page, answers)
    zoe = add_person(people, "Zoë", "Adeyemi", picking)
    assert people.open_item("person", zoe)
    convs.open_item("person", zoe)
    assert people.state()["draft"] is None and convs.state()["draft"] is None
    # typing and then undoing it is no change either
    people.editor.notes.setPlainText("x")
    people.editor.notes.setPlainText("")
    convs.editor.texts["plan"].setPlainText("x")
    convs.editor.texts["plan"].setPlainText("")
    assert people.state()["draft"] is None and convs.state()["draft"] is None
    # a new person's empty form is no draft; one typed letter is
    people.new_person(picking)
    assert people.state()["draft"] is None
    people.editor.first_name.setText("A")
    assert people.state()["draft"]["contact_id"] is None


def test_new_person_draft_and_refresh_keep_typed_values(pages, answers):
    map_page, people, convs = pages
    _, picking, loading = add_workplace_and_areas(map_page, answers)
    zoe = add_person(people, "Zoë", "Adeyemi", picking)
    assert people.open_item("person", zoe)
    people.editor.job_title.setText("Forklift driver")
    people.refresh()  # another page saved: the half-done edit stays
    assert people.editor.job_title.text() == "Forklift driver" and people.editor.has_changes()
    people.editor.save()
    people.new_person(loading)
    people.editor.first_name.setText("Ana")
    people.editor.last_name.setText("Lima")
    state = people.state()
    for page in pages:
        page.clear()
    people.refresh()
    people.restore_state(state)
    ed = people.editor
    assert ed.contact_id is None and ed.heading.text() == "New person"
    assert (ed.first_name.text(), ed.last_name.text()) == ("Ana", "Lima")
    assert ed.area.currentData() == loading
    ana = ed.save()
    assert ana is not None and ana != zoe, ed.error.text()
    assert people.model.row_of(ana) >= 0


def test_draft_for_a_person_deleted_meanwhile_is_dropped_with_a_message(pages, answers, ctx):
    from forum_kit.services.contacts import delete_contact

    map_page, people, _ = pages
    _, picking, _ = add_workplace_and_areas(map_page, answers)
    zoe = add_person(people, "Zoë", "Adeyemi", picking)
    assert people.open_item("person", zoe)
    people.editor.notes.setPlainText("draft")
    state = people.state()
    people.clear()
    with ctx.unit_of_work() as session:
        delete_contact(session, contact_id=zoe)
    people.refresh()
    people.restore_state(state)
    assert people.editor.contact_id is None and people.editor.notes.toPlainText() == ""
    assert len(answers.errors) == 1 and "Zoë" not in answers.errors[0]


def test_follow_ups_list_is_bounded_and_counted(pages, answers, ctx):
    from forum_kit.services.conversations import log_conversation

    map_page, people, convs = pages
    _, picking, loading = add_workplace_and_areas(map_page, answers)
    zoe = add_person(people, "Zoë", "Adeyemi", picking)
    serko = add_person(people, "Şêrko", "Baran", loading)
    with ctx.unit_of_work() as session:
        for i in range(5):
            log_conversation(session, contact_id=zoe, held_on=TODAY - dt.timedelta(days=9),
                             follow_up_on=TODAY - dt.timedelta(days=i), today=TODAY)
        log_conversation(session, contact_id=serko, held_on=TODAY,
                         follow_up_on=TODAY + dt.timedelta(days=1), today=TODAY)
    convs.limit = 4
    convs.within.setCurrentIndex(convs.within.findData(7))  # a week ahead (the default: today)
    convs.refresh()
    model = convs.followups_model
    assert model.rowCount() == 4 and convs.followups_total == 6
    # earliest first: the four oldest of Zoë's, never Şêrko's later one
    assert [r.follow_up_on for r in model.rows()] == [
        TODAY - dt.timedelta(days=d) for d in (4, 3, 2, 1)]
    assert convs.followups_shown.text().startswith(
        "Showing 4 of 6 due follow-ups (earliest first)")
    assert not convs.followups_shown.isHidden()
    # the area filter narrows the list (and lists the areas of the workplace)
    assert convs.area.findData(loading) >= 0 and convs.area.itemData(0) is None
    convs.set_area_filter(loading)
    assert [r.contact_id for r in model.rows()] == [serko] and convs.followups_total == 1
    assert convs.followups_shown.isHidden()
    assert convs.state()["area_id"] == loading
    convs.set_area_filter(None)
    convs.within.setCurrentIndex(convs.within.findData(0))  # due today or overdue: Zoë's five
    assert model.rowCount() == 4 and convs.followups_total == 5
    convs.limit = 10
    convs.load_followups()
    assert model.rowCount() == 5 and convs.followups_shown.isHidden()
    convs.clear()
    assert convs.area.count() == 0 and convs.followups_shown.text() == ""


def test_map_fetches_nothing_after_the_vault_locks(qtbot, pages, answers, ctx):
    """A signal or repaint that lands after the lock (before the page is cleared) must not
    query the vault: it used to raise VaultLocked from the chart's deferred fetch."""
    from PySide6.QtWidgets import QApplication

    map_page, people, _ = pages
    _, picking, loading = add_workplace_and_areas(map_page, answers)
    add_person(people, "Zoë", "Adeyemi", picking)
    map_page.select_area(picking)
    map_page.resize(900, 600)
    map_page.show()
    qtbot.waitExposed(map_page)
    assert map_page.chart_model.rowCount() == 1
    ctx.vault.lock()
    assert ctx.is_locked
    map_page.select_area(loading)  # area change: figures and chart would be fetched
    map_page.chart.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    map_page.refresh()
    map_page.chart_model.set_fetch_ids(map_page._fetch_ids)
    map_page.chart.repaint()
    QApplication.processEvents()
    assert map_page.chart_model.rowCount() == 0
    assert map_page.figures is None
    assert all(label.text() == "—" for label in map_page.figure_labels.values())
    assert map_page._fetch_rows([1]) == [] and map_page._fetch_ids("name", False) == []
    assert not map_page.add_person_here()
