"""The People page opening from the head of its list (P4), on a real vault with the page size
shrunk so a dozen people are "big": the first paint reads the head and the count only, the rest
comes right after it; selection across a refresh, jumping to a far row, filters, sorting, a save
and a lock all behave as with the whole list; the language choices come from their query."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from forum_kit.queries import people as people_q
from forum_kit.services import contacts as cs
from forum_kit.services import workplaces as ws
from ui.models import people_model
from ui.pages.people import PeoplePage

PAGE = 4
LANGS = ["Polish", "", "Kurdish", "polish", ""]


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(people_model, "PAGE_SIZE", PAGE)


@pytest.fixture
def depot(ctx):
    with ctx.unit_of_work() as s:
        wp = ws.add_workplace(s, name="Depot", today=ctx.today())
        a = ws.add_area(s, workplace_id=wp.id, name="Inbound")
        b = ws.add_area(s, workplace_id=wp.id, name="Outbound")
        ids = [
            cs.add_contact(s, workplace_id=wp.id, area_id=(a if i % 3 else b).id,
                           first_name=f"P{i:02d}", last_name="Worker", today=ctx.today(),
                           language=LANGS[i % len(LANGS)]).id
            for i in range(4 * PAGE + 1)
        ]
    return wp.id, a.id, b.id, ids


@pytest.fixture
def reads(monkeypatch):
    """How many full id lists and heads the page reads."""
    calls = {"ids": 0, "head": 0}
    ids, head = people_q.people_ids, people_q.people_head

    def count_ids(*a, **k):
        calls["ids"] += 1
        return ids(*a, **k)

    def count_head(*a, **k):
        calls["head"] += 1
        return head(*a, **k)

    monkeypatch.setattr(people_q, "people_ids", count_ids)
    monkeypatch.setattr(people_q, "people_head", count_head)
    return calls


def _page(qtbot, ctx) -> PeoplePage:
    page = PeoplePage()
    qtbot.addWidget(page)
    page.show_error = lambda _parent, message: pytest.fail(message)
    page.resize(1000, 600)
    return page


def test_first_paint_reads_the_head_then_the_rest(qtbot, ctx, small_pages, depot, reads):
    _wp, _a, _b, ids = depot
    page = _page(qtbot, ctx)
    page.attach(ctx)
    # people_head calls people_ids itself (with a limit): one read, never the whole list
    assert reads == {"ids": 1, "head": 1}
    assert page.model.rowCount() == len(ids) and not page.model.is_complete()
    assert page.count.text() == f"{len(ids)} people"
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(page.model.is_complete, timeout=3000)
    assert reads == {"ids": 2, "head": 1}
    first = page.table.indexAt(page.table.viewport().rect().topLeft())
    assert first.row() == 0 and first.data() == "P00 Worker"  # the head really was painted
    assert page.model.ids() == sorted(ids)  # names P00.. sort like the ids were made


def test_selection_jump_and_refresh_beyond_the_head(qtbot, ctx, small_pages, depot):
    _wp, _a, _b, ids = depot
    page = _page(qtbot, ctx)
    page.attach(ctx)  # not shown: nothing painted, so only the head is known
    far = ids[-1]
    assert page.select_contact(far)  # reads the rest first
    assert page.current_contact_id() == far and page.editor.contact_id == far
    page.refresh()
    assert page.current_contact_id() == far
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.model.id_at(0) == far and page.model.id_at(len(ids) - 1) == ids[0]


def test_filters_and_languages(qtbot, ctx, small_pages, depot):
    _wp, a, b, ids = depot
    page = _page(qtbot, ctx)
    page.attach(ctx)
    langs = [page.language.itemData(i) for i in range(page.language.count())]
    assert langs == [None, "Kurdish", "Polish", "polish"]
    page.set_area_filter(b)
    assert page.model.ids() == [c for i, c in enumerate(ids) if i % 3 == 0]
    page.set_area_filter(None)
    page.language.setCurrentIndex(page.language.findData("Polish"))
    assert page.model.ids() == [c for i, c in enumerate(ids) if LANGS[i % 5] == "Polish"]
    page.language.setCurrentIndex(0)
    page.search.setText("p07")
    page.apply_filter()  # a filter reads its whole list at once
    assert page.model.is_complete() and page.model.ids() == [ids[7]]


def test_text_typed_after_the_head_does_not_change_its_rest(qtbot, ctx, small_pages, depot):
    _wp, _a, _b, ids = depot
    page = _page(qtbot, ctx)
    page.attach(ctx)
    page.search.setText("p07")  # not applied yet (the typing delay)
    page.model.complete()
    assert page.model.ids() == sorted(ids) and page.model.rowCount() == len(ids)
    # the typing delay must not run out after this test, against a locked vault, while the
    # next one sets up (it did whenever building that test's page took longer than the delay)
    page._text_timer.stop()


def test_lock_clears_the_head_and_the_pending_rest(qtbot, ctx, small_pages, depot, reads):
    page = _page(qtbot, ctx)
    page.attach(ctx)
    page.show()
    qtbot.waitExposed(page)
    page.table.viewport().repaint()  # asks for the rest on the next turn
    page.clear()
    qtbot.wait(20)
    assert page.model.rowCount() == 0 and page.model.is_complete()
    assert reads["ids"] == 1  # the head's only: the pending rest was dropped
