"""The flow pages' layout and keyboard: mnemonics unique and clear of the menus, editors that fit
without clipping at a laptop's sizes, the Map's tree, Tab order and the keys that add, save and
delete."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))

from flow_support import (  # noqa: E402
    add_person,
    add_workplace_and_areas,
)

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


