"""A contract's holidays from a list and its triggers in words (issue 24): country, region and
year fill the public holidays (``holidays`` package), editable and saved with the contract, so a
deadline no longer falls on 25 December; an empty calendar is flagged; what a limit counts from
reads "answer received", not ``answer_received``, and typing the words (or the codes) saves."""

from __future__ import annotations

import datetime as dt

import pytest

from forum_kit import deadlines as dl
from forum_kit import holiday_calendars as hc
from forum_kit.errors import InvalidInput
from forum_kit.services import contracts as cs
from forum_kit.services import workplaces as ws
from ui.editors import contract_editor as ce
from ui.session import AppContext, AppDeps
from ui.settings import SettingsStore

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def ctx(vault, tmp_path):
    return AppContext(
        vault, AppDeps(settings=SettingsStore(tmp_path / "s.ini"), today=lambda: TODAY)
    )


@pytest.fixture
def dialog(qtbot, ctx):
    with ctx.unit_of_work() as s:
        wp = ws.add_workplace(s, name="Depot", today=TODAY).id
    d = ce.ContractDialog(None, ctx, workplace_id=wp)
    qtbot.addWidget(d)
    return d


def test_public_holidays_fill_the_calendar_and_move_the_deadline(qtbot, ctx, dialog):
    dialog.name.setText("Depot agreement")
    assert "No holidays yet" in dialog.holiday_warning.text()  # flagged while empty
    dialog.country.setCurrentIndex(dialog.country.findData("GB"))
    assert dialog.region.isEnabled() and dialog.region.findData("SCT") > 0
    dialog.region.setCurrentIndex(dialog.region.findData("SCT"))
    assert dialog.year.value() == 2026
    added = dialog.add_public_holidays()
    listed = dict(dialog.holiday_list())
    assert added == len(listed) >= 8
    assert listed[dt.date(2026, 12, 25)] == "Christmas Day"
    assert dt.date(2026, 1, 2) in listed  # Scotland's own, not England's
    assert dialog.holiday_warning.text() == ""
    # the list stays editable: a local day added, one removed, nothing doubled on a second fill
    dialog.add_holiday(dt.date(2026, 7, 20), "Depot fair")
    assert dialog.add_public_holidays() == 0
    contract_id = dialog.save()
    assert contract_id is not None, dialog.error.text()
    with ctx.unit_of_work() as s:
        rules = cs.rules_for(s, contract_id)
    assert dt.date(2026, 12, 25) in rules.holidays and dt.date(2026, 7, 20) in rules.holidays
    # ten working days from 14 December 2026 skip Christmas (Friday) and Boxing Day (a
    # Saturday, observed on Monday the 28th)
    due = dl.add_days(
        dt.date(2026, 12, 14), 10, dl.Unit.WORKING, holidays=rules.holidays, weekend=rules.weekend
    )
    plain = dl.add_days(
        dt.date(2026, 12, 14), 10, dl.Unit.WORKING, holidays=(), weekend=rules.weekend
    )
    assert plain == dt.date(2026, 12, 28) and due == dt.date(2026, 12, 30)


def test_next_years_holidays_are_asked_for(dialog):
    dialog.add_holiday(dt.date(2025, 12, 25), "Christmas Day")
    assert "No holidays in 2026" in dialog.holiday_warning.text()


def test_bad_choices_are_refused_in_words():
    with pytest.raises(InvalidInput, match="country"):
        hc.public_holidays("XX", None, 2026)
    with pytest.raises(InvalidInput, match="region"):
        hc.public_holidays("GB", "TEXAS", 2026)
    with pytest.raises(InvalidInput, match="year"):
        hc.public_holidays("GB", None, 3000)
    assert dict(hc.countries())["DE"] == "Germany"


def test_triggers_read_and_typed_in_words(dialog):
    texts = [
        dialog.steps_model.item(r, ce.S_FROM).text() for r in range(dialog.steps_model.rowCount())
    ]
    assert all("_" not in t for t in texts)
    assert "answer received, answer due" in texts and "incident, knew of it" in texts
    dialog.name.setText("Words")
    first = texts.index("incident, knew of it")
    appeal = texts.index("answer received, answer due")
    dialog.steps_model.item(appeal, ce.S_FROM).setText("Answer Received, answer_due")  # either
    dialog.steps_model.item(first, ce.S_FROM).setText("incident, when he heard")
    assert dialog.save() is None
    assert f"Row {first + 1} of the steps: counts from" in dialog.error.text()
    assert "knew of it" in dialog.error.text()
    assert dialog.steps_model.item(first, ce.S_FROM).text() == "incident, when he heard"  # kept
    # the engine's own refusals name the events in words too
    dialog.steps_model.item(first, ce.S_FROM).setText("incident, knew of it")
    dialog.steps_model.item(appeal, ce.S_FROM).setText("incident")
    assert dialog.save() is None
    assert "answer received" in dialog.error.text() and "_" not in dialog.error.text()
    dialog.steps_model.item(appeal, ce.S_FROM).setText("Answer Received, answer_due")
    assert dialog.save() is not None, dialog.error.text()
    assert dialog.step_specs()[appeal].file_from == ("answer_received", "answer_due")
