"""The Conversations page in a steward's day (issue 24): "me" preselected as who talked (and
remembered at first use), Save conversation in view at 1280x720, quitting with a half-typed
one-on-one asks (save / discard / cancel), the Map's follow-up count is the Conversations list's
count, and the Map follows an import."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from forum_kit.services import contacts as contacts_s
from forum_kit.services import conversations as conversations_s
from forum_kit.services import me as me_s
from forum_kit.services import workplaces as workplaces_s
from ui.app import PAGE_FACTORIES, create_main_window

TODAY = dt.date(2025, 3, 14)  # tests/ui/conftest.py's
PASSPHRASE = "correct horse battery staple"  # tests/conftest.py's


@pytest.fixture
def people(ctx):
    with ctx.unit_of_work() as s:
        wp = workplaces_s.add_workplace(s, name="Depot", today=TODAY).id
        dock = workplaces_s.add_area(s, workplace_id=wp, name="Dock").id
        yard = workplaces_s.add_area(s, workplace_id=wp, name="Yard").id
        ids = {
            name: contacts_s.add_contact(
                s, workplace_id=wp, area_id=area, first_name=name, today=TODAY
            ).id
            for name, area in (("Mara", dock), ("Zoë", dock), ("Ravi", yard))
        }
    ctx.settings.set("default_workplace_id", wp)
    return {"wp": wp, "dock": dock, "yard": yard, **ids}


@pytest.fixture
def window(qtbot, ctx, people):
    win = create_main_window(ctx, PAGE_FACTORIES, search_fn=lambda s, t, limit: [])
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.show()
    qtbot.waitExposed(win)
    return win


def _visible_in_window(widget, window) -> bool:
    """Wholly inside the window and not clipped by any scroll area above it."""
    from PySide6.QtWidgets import QAbstractScrollArea

    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    if not widget.isVisible() or not window.rect().contains(rect):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            port = parent.viewport()
            if not QRect(port.mapTo(window, QPoint(0, 0)), port.size()).contains(rect):
                return False
        parent = parent.parentWidget()
    return True


def test_me_is_preselected_and_remembered_at_first_use(qtbot, ctx, people, window):
    convs = window.show_page("conversations")
    ed = convs.editor
    assert ed.by_id is None and not ed.remember_me.isVisibleTo(ed)  # nobody is "me" yet
    assert convs.open_item("person", people["Zoë"])
    ed.pick_contact = lambda parent: people["Mara"]
    ed.choose_by.click()
    assert ed.by_id == people["Mara"] and ed.remember_me.isVisibleTo(ed)
    ed.remember_me.setChecked(True)
    ed.texts["agitate"].setPlainText("Rota")
    assert ed.save() is not None, ed.error.text()
    with ctx.unit_of_work() as s:
        assert me_s.get_me(s) == people["Mara"]
    assert not ed.remember_me.isVisibleTo(ed)
    # a later session (after a lock the pages are rebuilt from the vault) starts with "me"
    ed.clear()
    ed.attach(ctx)
    assert ed.by_id == people["Mara"] and "Mara" in ed.by.text()


def test_save_conversation_is_in_view_at_1280x720(qtbot, window, people):
    convs = window.show_page("conversations")
    assert convs.open_item("person", people["Zoë"])
    QApplication.processEvents()
    assert window.height() <= 720
    assert convs.editor_scroll.verticalScrollBar().maximum() > 0  # the form does scroll
    assert _visible_in_window(convs.editor.save_button, window)
    convs.editor.texts["agitate"].setFocus()
    convs.editor.texts["agitate"].setPlainText("Heat in the yard")
    convs.editor.save_button.click()
    assert convs.history_model.rowCount() == 1


@pytest.mark.parametrize("answer", ["cancel", "save", "discard"])
def test_quit_with_a_half_typed_one_on_one_asks(qtbot, ctx, people, window, answer):
    convs = window.show_page("conversations")
    assert convs.open_item("person", people["Ravi"])
    convs.editor.texts["educate"].setPlainText("Safety shoes")
    asked = []
    window.ask_unsaved = lambda what: asked.append(what) or answer
    window.show_page("map")
    window.close()
    assert asked == ["The one-on-one you were writing is not saved."]
    from forum_kit.queries.followups import conversations_of
    from forum_kit.vault import Vault

    vault = ctx.vault if not ctx.is_locked else Vault.open(ctx.vault.path, PASSPHRASE)
    with vault.unit_of_work() as s:
        saved = [c.educate for c in conversations_of(s, people["Ravi"])]
    if vault is not ctx.vault:
        vault.lock()
    if answer == "cancel":
        assert window.isVisible() and not ctx.is_locked and window.current_key == "conversations"
        assert convs.editor.texts["educate"].toPlainText() == "Safety shoes"
        assert saved == []
    else:
        assert not window.isVisible() and ctx.is_locked
        assert saved == (["Safety shoes"] if answer == "save" else [])


def test_nothing_typed_quits_without_asking(qtbot, ctx, window):
    window.show_page("conversations")
    window.ask_unsaved = lambda what: pytest.fail("asked with nothing typed")
    window.close()
    assert ctx.is_locked


def test_map_counts_follow_ups_as_the_conversations_list_does(qtbot, ctx, people, window):
    with ctx.unit_of_work() as s:
        for days, who in ((-3, "Zoë"), (0, "Zoë"), (2, "Zoë"), (6, "Mara"), (-1, "Ravi")):
            conversations_s.log_conversation(
                s,
                contact_id=people[who],
                held_on=TODAY - dt.timedelta(days=5),
                follow_up_on=TODAY + dt.timedelta(days=days),
                today=TODAY,
            )
    convs = window.show_page("conversations")
    convs.set_area_filter(people["dock"])
    assert convs.within.currentData() == 0  # "due": today or overdue, as the Map counts
    listed = convs.followups_model.rowCount()
    map_page = window.show_page("map")
    map_page.refresh()  # written through the core here, not through a page
    map_page.select_area(people["dock"])
    assert map_page.figure_labels["follow_ups"].text() == str(listed) == "2"
    convs.set_area_filter(None)
    assert convs.followups_model.rowCount() == 3


def test_map_refreshes_after_an_import(qtbot, ctx, people, window):
    from forum_kit.exchange.importer import apply_import, plan_import
    from forum_kit.exchange.mapping import guess_mapping
    from forum_kit.exchange.sniff import read_table
    from ui.dialogs.import_wizard import ImportWizard

    map_page = window.show_page("map")
    map_page.select_area(people["yard"])
    assert map_page.chart_model.rowCount() == 1
    window.data_actions["import"].trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    table = read_table(b"First Name,Area\nOla,Yard\nEmeka,Yard\n")
    with ctx.unit_of_work() as s:
        plan = plan_import(
            s, table, workplace_id=people["wp"], mapping=guess_mapping(table.headers), today=TODAY
        )
        wizard.result = apply_import(s, plan)
    assert wizard.result.added == 2
    wizard.reject()  # closed after the import (Finish validates the wizard's last page first)
    qtbot.waitUntil(lambda: map_page.chart_model.rowCount() == 3)
    assert map_page.figure_labels["headcount"].text() == "3"
