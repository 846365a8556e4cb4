"""The search page: results grouped by kind, model checks, opening a hit."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from ui.pages.search import ID_ROLE, KIND_ROLE, SearchPage, SearchResultsModel, group_hits


@dataclass(frozen=True)
class Hit:
    kind: str
    id: int
    title: str
    snippet: str


HITS = [
    Hit("grievance", 7, "G-2025-007 Unpaid overtime", "overtime"),
    Hit("contact", 1, "Zoë Durand", "Loading bay"),
    Hit("conversation", 3, "Conversation of 3 March", "…overtime…"),
    Hit("contact", 2, "Şêrko Aziz", "Night shift"),
]


def test_hits_are_grouped_by_kind_in_a_stable_order():
    groups = group_hits(HITS)
    assert [g.kind for g in groups] == ["person", "conversation", "grievance"]
    assert [h.item_id for h in groups[0].hits] == [1, 2]
    assert groups[0].label == "People"
    assert group_hits({"contact": [{"id": 5, "title": "A"}]})[0].hits[0].kind == "person"


def test_model_passes_qtmodeltester(qtmodeltester):
    model = SearchResultsModel()
    qtmodeltester.check(model)
    model.set_groups(group_hits(HITS))
    qtmodeltester.check(model)
    root = model.index(0, 0)
    assert model.data(root) == "People (2)"
    child = model.index(1, 0, root)
    assert model.data(child) == "Şêrko Aziz"
    assert model.data(child, ID_ROLE) == 2 and model.data(child, KIND_ROLE) == "person"
    assert model.parent(child) == root
    model.clear()
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_page_shows_groups_and_opens_a_hit(qtbot, ctx):
    seen = []

    def fake_search(session, text, *, limit):
        seen.append((text, limit))
        return HITS

    page = SearchPage(fake_search)
    qtbot.addWidget(page)
    page.attach(ctx)
    assert page.run("  overtime ") == 4
    assert seen == [("overtime", 50)]
    assert "4 found" in page.message.text()
    with qtbot.waitSignal(page.open_requested) as blocker:
        page.view.activated.emit(page.view.currentIndex())
    assert blocker.args == ["person", 1]
    page.clear()
    assert page.model.rowCount() == 0


def test_page_says_when_nothing_matches(qtbot, ctx):
    page = SearchPage(lambda session, text, limit: [])
    qtbot.addWidget(page)
    page.attach(ctx)
    assert page.run("nothing") == 0
    assert "accents do not matter" in page.message.text()
    assert "lukasz finds Łukasz" in page.message.text()


def test_window_search_box_runs_the_search_and_routes_hits(qtbot, ctx):
    from PySide6.QtCore import Qt

    from ui.app import create_main_window
    from ui.pages import Page

    class PeopleStub(Page):
        kinds = ("person",)

        def __init__(self):
            super().__init__()
            self.opened = []

        def open_item(self, kind, item_id):
            self.opened.append(item_id)
            return True

    window = create_main_window(ctx, [("people", "People", PeopleStub)],
                                search_fn=lambda session, text, limit: HITS)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_box.hasFocus, timeout=2000)
    window.search_box.setText("overtime")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.current_key == "search"
    assert window.search_page.model.hit_count() == 4
    qtbot.keyClick(window.search_page.view, Qt.Key.Key_Return)
    assert window.current_key == "people"
    assert window.pages["people"].opened == [1]


def test_real_search_finds_people_without_accents(qtbot, ctx):
    pytest.importorskip("forum_kit.queries.search")
    from forum_kit.services.contacts import add_contact
    from forum_kit.services.workplaces import add_area, add_workplace

    with ctx.unit_of_work() as session:
        wp = add_workplace(session, name="Depot", today=ctx.today())
        area = add_area(session, workplace_id=wp.id, name="Bay")
        add_contact(session, workplace_id=wp.id, area_id=area.id, first_name="Zoë",
                    last_name="Durand", today=ctx.today())
    page = SearchPage()
    qtbot.addWidget(page)
    page.attach(ctx)
    assert page.run("zoe") >= 1
    assert page.model.groups[0].kind == "person"
