"""The flow pages' unsaved drafts (kept through ``state()`` and a refresh, dropped for a person
deleted meanwhile), the bounded follow-ups list, and the Map fetching nothing after a lock."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))

from flow_support import (  # noqa: E402
    TODAY,
    add_person,
    add_workplace_and_areas,
)


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
