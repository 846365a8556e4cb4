"""Auto-lock with a fake clock, Lock now (Ctrl+L), and the return to the same page after unlock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
)

from forum_kit.errors import VaultLocked
from ui.app import PAGE_FACTORIES, create_main_window
from ui.pages import Page
from ui.pages.placeholder import PlaceholderPage

PASSPHRASE = "correct horse battery staple"  # as in tests/conftest.py
SENTINEL = "Zoë Sentinel-7731"


class DataPage(Page):
    """A page holding personal-looking data in a model, a line edit and a text edit."""

    title = "Data"
    kinds = ("person",)

    def __init__(self) -> None:
        super().__init__()
        self.model = QStringListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.name = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.attaches = 0
        self.opened: list[int] = []
        layout = QVBoxLayout(self)
        for widget in (self.view, self.name, self.notes):
            layout.addWidget(widget)

    def attach(self, ctx) -> None:
        super().attach(ctx)
        with ctx.unit_of_work() as session:  # proves the context works after unlock
            session.connection()
        self.attaches += 1
        self.model.setStringList([SENTINEL, "Şêrko Example", "Another Person"])
        self.name.setText(SENTINEL)
        self.notes.setPlainText(f"note about {SENTINEL}")

    def clear(self) -> None:
        self.model.setStringList([])
        self.name.clear()
        self.notes.clear()

    def state(self) -> dict:
        return {"row": self.view.currentIndex().row()}

    def restore_state(self, state: dict) -> None:
        self.view.setCurrentIndex(self.model.index(state.get("row", -1), 0))

    def open_item(self, kind: str, item_id: int) -> bool:
        self.opened.append(item_id)
        return True


FACTORIES = [
    ("map", "Map", lambda: PlaceholderPage("map")),
    ("data", "Data", DataPage),
    ("growth", "Growth", lambda: PlaceholderPage("growth")),
]


def assert_no_data_in_pages(window) -> None:
    combo_models = {id(c.model()) for c in window.stack.findChildren(QComboBox)}
    for view in window.stack.findChildren(QAbstractItemView):
        # a combo's popup list is checked item by item below (it may keep "All areas")
        if view.model() is None or id(view.model()) in combo_models:
            continue
        assert view.model().rowCount() == 0, view
    for combo in window.stack.findChildren(QComboBox):
        for i in range(combo.count()):
            assert SENTINEL not in combo.itemText(i)
            assert "Depot" not in combo.itemText(i) and "Loading" not in combo.itemText(i)
    for edit in window.stack.findChildren(QLineEdit):
        if isinstance(edit.parent(), QAbstractSpinBox):  # a date or number, not a person's data
            assert SENTINEL not in edit.text()
            continue
        assert edit.text() == "", edit
    for edit in window.stack.findChildren(QTextEdit):
        assert edit.toPlainText() == "", edit
    for edit in window.stack.findChildren(QPlainTextEdit):
        assert edit.toPlainText() == "", edit
    assert window.search_box.text() == ""


@pytest.fixture
def window(qtbot, ctx):
    win = create_main_window(ctx, FACTORIES, search_fn=lambda s, t, limit: [])
    qtbot.addWidget(win)
    win.show()
    return win


def unlock(qtbot, window, passphrase=PASSPHRASE):
    with qtbot.waitSignal(window.unlocked, timeout=10000):
        window.locked_view.passphrase.setText(passphrase)
        window.locked_view.attempt()


def test_idle_time_locks_and_clears_every_page(qtbot, window, ctx, fake_clock):
    window.show_page("data")
    page = window.pages["data"]
    page.view.setCurrentIndex(page.model.index(1, 0))
    window.search_box.setText(SENTINEL)
    fake_clock.advance(4 * 60)
    qtbot.wait(60)
    assert not window.is_locked
    fake_clock.advance(61)
    qtbot.waitUntil(lambda: window.is_locked, timeout=2000)
    assert ctx.vault.is_locked
    with pytest.raises(VaultLocked):
        ctx.vault.engine  # noqa: B018 - the engine is gone
    with pytest.raises(VaultLocked), ctx.unit_of_work():
        pass
    assert_no_data_in_pages(window)
    assert window.vault_label.text() == "Vault: t — locked"
    assert not window.settings_action.isEnabled() and not window.search_box.isEnabled()
    assert window.root.currentWidget() is window.locked_view
    # unlock returns to the same page and the same selection
    unlock(qtbot, window)
    assert not ctx.vault.is_locked
    assert window.current_key == "data"
    assert page.view.currentIndex().row() == 1
    assert page.attaches == 2
    assert window.vault_label.text() == "Vault: t — unlocked"


def test_input_resets_the_idle_timer(qtbot, window, fake_clock):
    fake_clock.advance(4 * 60)
    qtbot.keyClick(window.search_box, Qt.Key.Key_A)
    fake_clock.advance(4 * 60)
    qtbot.wait(60)
    assert not window.is_locked
    fake_clock.advance(61)
    qtbot.waitUntil(lambda: window.is_locked, timeout=2000)


def test_idle_limit_follows_the_setting(qtbot, window, ctx, fake_clock):
    ctx.settings.set("idle_lock_minutes", 1)
    assert window.idle_lock.limit_seconds == 60
    fake_clock.advance(61)
    qtbot.waitUntil(lambda: window.is_locked, timeout=2000)


def test_ctrl_l_locks_now_and_wrong_passphrase_keeps_it_locked(qtbot, window, ctx):
    window.activateWindow()
    window.show_page("data")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.is_locked, timeout=2000)
    assert ctx.vault.is_locked
    assert_no_data_in_pages(window)
    window.locked_view.passphrase.setText("wrong wrong wrong")
    window.locked_view.attempt()
    qtbot.waitUntil(lambda: not window.locked_view.busy, timeout=10000)
    assert window.locked_view.error.text() == "Wrong passphrase — try again"
    assert window.is_locked
    unlock(qtbot, window)
    assert window.current_key == "data"


def test_lock_closes_open_dialogs(qtbot, window):
    dialog = window.open_settings()
    assert dialog.isVisible()
    window.lock_now()
    assert not dialog.isVisible()


def test_search_hit_routes_to_the_page_that_shows_its_kind(qtbot, window):
    assert window.open_item("person", 42)
    assert window.current_key == "data"
    assert window.pages["data"].opened == [42]
    assert not window.open_item("motion", 1)


def test_lock_with_the_real_pages_leaves_no_data(qtbot, ctx):
    from forum_kit.services.contacts import add_contact
    from forum_kit.services.workplaces import add_area, add_workplace

    with ctx.unit_of_work() as session:
        wp = add_workplace(session, name="Depot", today=ctx.today())
        area = add_area(session, workplace_id=wp.id, name="Loading bay")
        for i in range(5):
            add_contact(session, workplace_id=wp.id, area_id=area.id, first_name=SENTINEL,
                        last_name=f"N{i}", notes=SENTINEL, today=ctx.today())
    win = create_main_window(ctx, PAGE_FACTORIES, search_fn=lambda s, t, limit: [])
    qtbot.addWidget(win)
    win.show()
    for key in win.pages:
        win.show_page(key)
    win.show_page("people")
    win.lock_now()
    assert ctx.vault.is_locked
    assert_no_data_in_pages(win)
    unlock(qtbot, win)
    assert win.current_key == "people"


def _depot_with_people(ctx):
    from forum_kit.services.contacts import add_contact
    from forum_kit.services.workplaces import add_area, add_workplace

    with ctx.unit_of_work() as session:
        wp = add_workplace(session, name="Depot", today=ctx.today())
        area = add_area(session, workplace_id=wp.id, name="Loading bay")
        ids = [add_contact(session, workplace_id=wp.id, area_id=area.id, first_name=SENTINEL,
                           last_name=f"N{i}", today=ctx.today()).id for i in range(2)]
    return area.id, ids


def test_unsaved_edits_survive_the_lock(qtbot, ctx):
    """SECURITY.md: a half-written one-on-one and a half-edited contact are kept in memory across
    the lock (the widgets are emptied) and come back after unlock, ready to save."""
    _, (zoe, other) = _depot_with_people(ctx)
    win = create_main_window(ctx, PAGE_FACTORIES, search_fn=lambda s, t, limit: [])
    qtbot.addWidget(win)
    win.show()
    assert win.open_item("person", zoe) and win.current_key == "people"
    people = win.pages["people"]
    people.editor.notes.setPlainText(f"met {SENTINEL} at the gate")
    people.editor.job_title.setText("Loader")
    assert win.log_conversation_with(other) and win.current_key == "conversations"
    convs = win.pages["conversations"]
    typed = {"agitate": "Heat in the bay", "educate": "The depot manager decides",
             "inoculate": "They will say it is temporary", "ask": "Sign the petition",
             "answer": "Yes", "unite": f"Knows {SENTINEL}", "plan": "Meet on Friday"}
    for key, text in typed.items():
        convs.editor.texts[key].setPlainText(text)
    convs.editor.tags.setText("heat")
    convs.editor.sensitive.setChecked(True)

    win.lock_now()
    assert ctx.vault.is_locked
    assert_no_data_in_pages(win)
    assert convs.editor.contact_id is None and people.editor.contact_id is None
    assert convs.editor.tags.text() == "" and not convs.editor.sensitive.isChecked()
    unlock(qtbot, win)

    assert win.current_key == "conversations"
    assert convs.editor.contact_id == other
    assert {k: e.toPlainText() for k, e in convs.editor.texts.items()} == typed
    assert convs.editor.tags.text() == "heat" and convs.editor.sensitive.isChecked()
    assert convs.editor.save() is not None, convs.editor.error.text()
    assert convs.history_model.rowCount() == 1
    assert convs.history_model.rows()[0].plan == "Meet on Friday"
    assert not convs.editor.has_changes()

    win.show_page("people")  # attached (and its draft restored) on first show after unlock
    assert people.editor.contact_id == zoe
    assert people.editor.notes.toPlainText() == f"met {SENTINEL} at the gate"
    assert people.editor.job_title.text() == "Loader"
    assert people.editor.save() == zoe, people.editor.error.text()
    assert not people.editor.has_changes()


def test_lock_without_edits_restores_no_draft(qtbot, ctx):
    _, (zoe, other) = _depot_with_people(ctx)
    win = create_main_window(ctx, PAGE_FACTORIES, search_fn=lambda s, t, limit: [])
    qtbot.addWidget(win)
    win.show()
    assert win.open_item("person", zoe)
    assert win.log_conversation_with(other)
    states = {key: win.pages[key].state() for key in ("people", "conversations")}
    assert all(state["draft"] is None for state in states.values())
    win.lock_now()
    assert_no_data_in_pages(win)
    unlock(qtbot, win)
    convs, people = win.pages["conversations"], win.pages["people"]
    assert convs.editor.contact_id == other and not convs.editor.has_changes()
    assert all(e.toPlainText() == "" for e in convs.editor.texts.values())
    win.show_page("people")
    assert people.editor.contact_id == zoe and not people.editor.has_changes()
    assert people.editor.notes.toPlainText() == ""


def test_add_person_from_the_map_opens_the_people_editor_and_survives_the_lock(qtbot, ctx):
    area_id, _ = _depot_with_people(ctx)
    win = create_main_window(ctx, PAGE_FACTORIES, search_fn=lambda s, t, limit: [])
    qtbot.addWidget(win)
    win.show()
    map_page = win.show_page("map")
    assert map_page.select_area(area_id)
    assert map_page.add_person_here()
    assert win.current_key == "people"
    editor = win.pages["people"].editor
    assert editor.contact_id is None and editor.area.currentData() == area_id
    editor.first_name.setText("Ŋgozi")
    editor.last_name.setText(SENTINEL)
    win.lock_now()
    assert_no_data_in_pages(win)
    unlock(qtbot, win)
    assert win.current_key == "people"
    assert (editor.first_name.text(), editor.last_name.text()) == ("Ŋgozi", SENTINEL)
    assert editor.area.currentData() == area_id
    new_id = editor.save()
    assert new_id is not None, editor.error.text()
    win.show_page("map")
    assert new_id in map_page.chart_model.ids()


def test_map_after_the_vault_locks_under_it(qtbot, ctx):
    """The vault locked without the window's lock sequence (as a benchmark does at exit): the
    Map's queued work must not raise VaultLocked."""
    area_id, _ = _depot_with_people(ctx)
    win = create_main_window(ctx, PAGE_FACTORIES, search_fn=lambda s, t, limit: [])
    qtbot.addWidget(win)
    win.show()
    map_page = win.show_page("map")
    map_page.select_area(area_id)
    qtbot.waitExposed(win)
    ctx.vault.lock()
    map_page.chart_model.sort(0)
    map_page.refresh()
    win.repaint()
    qtbot.wait(20)
    assert map_page.chart_model.rowCount() == 0  # the sort after the lock fetched no ids
    win.close()
