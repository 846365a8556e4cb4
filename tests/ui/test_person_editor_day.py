"""The person editor as a steward uses it every day (issue 24): a new person in one step (name,
area, phone and a first assessment together, the first field focused and in view), the level
picker of a known person at their current level, the card-signed date and employee number shown
and edited, and "me" as the author of the assessments made there."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from forum_kit.queries import people as people_q
from forum_kit.services import contacts as contacts_s
from forum_kit.services import me as me_s
from forum_kit.services import workplaces as workplaces_s
from ui.pages.people import PeoplePage

TODAY = dt.date(2025, 3, 14)  # tests/ui/conftest.py's


@pytest.fixture
def setup(ctx):
    with ctx.unit_of_work() as s:
        wp = workplaces_s.add_workplace(s, name="Depot", today=TODAY).id
        area = workplaces_s.add_area(s, workplace_id=wp, name="Dock").id
        steward = contacts_s.add_contact(
            s, workplace_id=wp, area_id=area, first_name="Mara", last_name="Steward", today=TODAY
        ).id
    ctx.settings.set("default_workplace_id", wp)
    return wp, area, steward


@pytest.fixture
def people(qtbot, ctx, setup):
    page = PeoplePage()
    qtbot.addWidget(page)
    page.show_error = lambda parent, message: pytest.fail(message)
    page.attach(ctx)
    return page


def _detail(ctx, contact_id):
    with ctx.unit_of_work() as s:
        return people_q.person_detail(s, contact_id)


def test_a_new_person_in_one_step_with_assessment_phone_card_and_number(qtbot, ctx, setup, people):
    _wp, area, steward = setup
    with ctx.unit_of_work() as s:
        me_s.set_me(s, contact_id=steward)
    people.resize(1280, 720)
    people.show()
    qtbot.waitExposed(people)
    bar = people.editor_scroll.verticalScrollBar()
    assert bar.maximum() > 0  # at 720 px the editor scrolls: the test means something
    bar.setValue(bar.maximum())
    people.new_person(area)
    ed = people.editor
    assert ed.form.isRowVisible(ed.start_level)  # the first assessment is part of the form
    qtbot.waitUntil(lambda: ed.first_name.hasFocus())
    # the first field is in view, whatever the editor had scrolled to before
    qtbot.waitUntil(lambda: people.editor_scroll.verticalScrollBar().value() == 0)
    ed.first_name.setText("Łucja")
    ed.last_name.setText("Wiśniewska")
    ed.phone.setText("+44 7700 900123")
    ed.employee_number.setText("E-1042")
    ed.card_signed.setChecked(True)
    ed.card_signed_on.setDate(QDate(2025, 2, 3))
    ed.start_level.setCurrentIndex(ed.start_level.findData(2))
    contact_id = ed.save()
    assert contact_id is not None, ed.error.text()
    d = _detail(ctx, contact_id)
    assert (d.phone, d.employee_number, d.card_signed_on, d.level) == (
        "+44 7700 900123",
        "E-1042",
        dt.date(2025, 2, 3),
        2,
    )
    assert [(a.level, a.assessed_by) for a in d.assessments] == [(2, "Mara Steward")]
    # once saved the person is known: the one-step picker gives way to the history
    assert not ed.form.isRowVisible(ed.start_level)
    assert ed.card_signed.isChecked() and ed.employee_number.text() == "E-1042"


def test_level_picker_starts_at_the_current_level(qtbot, ctx, setup, people):
    _wp, area, _steward = setup
    from forum_kit.services import assessments as assessments_s

    with ctx.unit_of_work() as s:
        leader = contacts_s.add_contact(
            s, workplace_id=setup[0], area_id=area, first_name="Ana", today=TODAY
        ).id
        assessments_s.append_assessment(
            s, contact_id=leader, level=1, assessed_on=TODAY, today=TODAY
        )
        undecided = contacts_s.add_contact(
            s, workplace_id=setup[0], area_id=area, first_name="Bo", today=TODAY
        ).id
        assessments_s.append_assessment(
            s, contact_id=undecided, level=3, assessed_on=TODAY, today=TODAY
        )
    ed = people.editor
    assert ed.load(undecided)
    assert ed.new_level.currentData() == 3
    assert ed.load(leader)  # not the previous person's level, nor 0
    assert ed.new_level.currentData() == 1
    assert ed.append_assessment()  # appending unchanged adds the same level, never Unassessed
    assert [a.level for a in _detail(ctx, leader).assessments] == [1, 1]


def test_card_date_and_employee_number_edited_and_cleared(ctx, setup, people):
    _wp, area, _steward = setup
    ed = people.editor
    people.new_person(area)
    ed.first_name.setText("Kofi")
    contact_id = ed.save()
    assert _detail(ctx, contact_id).card_signed_on is None
    assert not ed.card_signed.isChecked() and not ed.card_signed_on.isEnabled()
    ed.card_signed.setChecked(True)
    ed.card_signed_on.setDate(QDate(2025, 1, 5))
    ed.employee_number.setText("778")
    assert ed.save() == contact_id
    d = _detail(ctx, contact_id)
    assert (d.card_signed_on, d.employee_number) == (dt.date(2025, 1, 5), "778")
    ed.card_signed.setChecked(False)
    ed.employee_number.clear()
    assert ed.save() == contact_id
    d = _detail(ctx, contact_id)
    assert (d.card_signed_on, d.employee_number) == (None, None)
    # a future card date is refused inline and the form keeps what was typed
    ed.card_signed.setChecked(True)
    ed.card_signed_on.setDate(QDate(2026, 1, 1))
    assert ed.save() is None
    assert "Card signed on" in ed.error.text() and ed.card_signed.isChecked()


def test_appended_assessment_is_by_me(qtbot, ctx, setup, people):
    _wp, area, steward = setup
    ed = people.editor
    people.new_person(area)
    ed.first_name.setText("Ines")
    contact_id = ed.save()
    ed.new_level.setCurrentIndex(ed.new_level.findData(2))
    assert ed.append_assessment()
    with ctx.unit_of_work() as s:
        me_s.set_me(s, contact_id=steward)
    ed.new_level.setCurrentIndex(ed.new_level.findData(1))
    assert ed.append_assessment()
    by = [a.assessed_by for a in _detail(ctx, contact_id).assessments]
    assert sorted(by, key=str) == sorted([None, "Mara Steward"], key=str)
    QApplication.processEvents()
