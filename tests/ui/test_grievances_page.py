"""The Grievances page on an encrypted vault with a fake "today".

A grievance filed through the editor under a contract of "10 working days" shows the right date
across a weekend and a holiday; a written extension moves it; appealing to the next step
recomputes the deadlines; after the date, with the clock moved on, the row is marked overdue in
words, icon and colour and the overdue count (and sidebar badge) says so. Also: the contract
editor round trip, evidence stored and saved as a copy, the iCalendar export without names, the
models under ``qtmodeltester`` and ``clear()`` leaving nothing behind.
"""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar
from PySide6.QtWidgets import QDialog

from forum_kit import deadlines as dl
from forum_kit.models import Area, Contact, Workplace
from forum_kit.services import contracts as cs
from forum_kit.services import grievances as gs
from ui.editors import contract_editor as ce
from ui.models.grievance_models import (
    COL_DEADLINE,
    COL_STATUS,
    STATUS_ROLE,
    GrievanceListModel,
)
from ui.models.roles import DECORATION, DISPLAY, FOREGROUND, ID_ROLE
from ui.pages.grievances import GrievancesPage
from ui.session import AppContext, AppDeps
from ui.settings import SettingsStore

D = dt.date
INCIDENT = D(2026, 3, 26)  # Thursday
HOLIDAYS = [(D(2026, 4, 3), "Good Friday"), (D(2026, 4, 6), "Easter Monday")]


class Clock:
    def __init__(self) -> None:
        self.today = D(2026, 3, 30)

    def __call__(self) -> dt.date:
        return self.today


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def world(vault):
    with vault.unit_of_work() as s:
        wp = Workplace(name="Depot", created_on=D(2026, 1, 1))
        s.add(wp)
        s.flush()
        area = Area(workplace_id=wp.id, name="Warehouse")
        s.add(area)
        s.flush()
        ids = []
        for first in ("Qwertina", "Ygor", "Stew"):
            c = Contact(workplace_id=wp.id, area_id=area.id, first_name=first,
                        last_name="Example", added_on=D(2026, 1, 1))
            s.add(c)
            s.flush()
            ids.append(c.id)
        # Every step: 10 working days; the first counts from the incident.
        steps = [
            cs.StepSpec(1, "Step 1", 10, "working", ("incident", "knowledge"), "last",
                        "supervisor", 10, "working"),
            cs.StepSpec(2, "Step 2", 10, "working", ("answer_received", "answer_due"), "first",
                        "manager", 10, "working"),
            cs.StepSpec(3, "Arbitration", 30, "calendar", ("answer_received", "answer_due"),
                        "first", "arbitrator"),
        ]
        contract = cs.create_contract(s, name="Depot agreement", workplace_id=wp.id,
                                      steps=steps, holidays=HOLIDAYS)
        return {"workplace": wp.id, "area": area.id, "people": ids, "contract": contract.id,
                "vault": vault}


@pytest.fixture
def page(qtbot, vault, tmp_path, clock, world):
    answers: dict = {"confirms": [], "errors": []}
    deps = AppDeps(settings=SettingsStore(tmp_path / "settings.ini"), today=clock,
                   confirm=lambda p, w, c: answers["confirms"].append(w) or True)
    ctx = AppContext(vault, deps)
    page = GrievancesPage()
    qtbot.addWidget(page)
    page.show_error = lambda parent, message: answers["errors"].append(message)
    page.answers = answers
    page.show()  # a hidden page loads only its badge (see test_hidden_page_defers_the_list)
    page.attach(ctx)
    return page


def _file_through_editor(page, world, *, title="Locker search") -> int:
    page.new_grievance()
    editor = page.editor
    assert editor.grievance_id is None
    editor.case.title_edit.setText(title)
    form = editor.case
    form.type_combo.setCurrentIndex(form.type_combo.findData("group"))
    form.contract_combo.setCurrentIndex(form.contract_combo.findData(world["contract"]))
    form.area_combo.setCurrentIndex(form.area_combo.findData(world["area"]))
    from ui.editors.common import to_qdate

    editor.case.incident_on.setDate(to_qdate(INCIDENT))
    picks = list(world["people"][:2])
    editor.case.pick_contact = lambda parent: picks.pop(0) if picks else None
    editor.case.add_grievant()
    editor.case.add_grievant()
    editor.case.texts["what"].setPlainText("Lockers searched without notice")
    grievance_id = editor.save()
    assert grievance_id is not None, editor.error.text()
    return grievance_id


def test_ten_working_days_across_weekend_and_holiday(page, world):
    grievance_id = _file_through_editor(page, world)
    row = page.model.row_of(grievance_id)
    assert row >= 0
    record = page.model.row_at(row)
    # 27, 30, 31 Mar, 1, 2 Apr, (3 Good Friday), (4-5 weekend), (6 Easter Monday), 7, 8, 9, 10,
    # 13 Apr: the tenth working day after Thursday 26 March is Monday 13 April.
    assert record.next_deadline == D(2026, 4, 13)
    assert record.deadline_what == "Filing at Step 1 due"
    assert record.grievants == "Qwertina Example, Ygor Example"
    cell = page.model.index(row, COL_DEADLINE)
    assert page.model.data(cell, DISPLAY) == "2026-04-13"
    assert page.editor.steps.deadlines_model.rowCount() == 1
    assert page.editor.case.grievants_model.rowCount() == 2
    assert page.overdue_label.text() == "No deadline overdue"


def test_extension_moves_and_advancing_recomputes(page, world):
    grievance_id = _file_through_editor(page, world)
    editor = page.editor
    editor.steps.ask_extension = lambda parent, today, kinds: (
        kinds[0][0], D(2026, 4, 24), D(2026, 3, 30), "HR manager")
    assert editor.steps.add_extension()
    assert page.model.row_at(page.model.row_of(grievance_id)).next_deadline == D(2026, 4, 24)
    assert editor.steps.extensions_model.rowCount() == 1
    assert "moved" in editor.message

    dates = [D(2026, 4, 1), D(2026, 4, 8)]
    editor.steps.ask_date = lambda parent, title, label, default: dates.pop(0)
    assert editor.steps.record_event("filed")
    # Answer due: 10 working days after 1 April skipping Good Friday, Easter Monday and a weekend.
    deadlines = {d.what: d.on for d in editor.detail.deadlines}
    assert deadlines["Employer's Step 1 answer due"] == D(2026, 4, 17)
    assert deadlines["Appeal to Step 2 due"] == D(2026, 5, 1)
    assert editor.steps.advance()  # appeal filed 8 April
    assert editor.detail.current_step == 2
    deadlines = {d.what: d.on for d in editor.detail.deadlines}
    # Step 2 answer: 10 working days from 8 April = 22 April; the appeal to arbitration is 30
    # calendar days from that answer due date: Friday 22 May.
    assert deadlines == {"Employer's Step 2 answer due": D(2026, 4, 22),
                         "Appeal to Arbitration due": D(2026, 5, 22)}
    record = page.model.row_at(page.model.row_of(grievance_id))
    assert record.step_name == "Step 2" and record.next_deadline == D(2026, 4, 22)
    assert [e.kind for e in editor.detail.events] == ["filed", "filed"]


def test_overdue_after_the_date_with_fake_clock(page, world, clock):
    grievance_id = _file_through_editor(page, world)
    badges: list[str] = []
    page.badge_changed.connect(badges.append)
    clock.today = D(2026, 4, 9)  # 2 working days before 13 April: due soon
    page.refresh()
    row = page.model.row_of(grievance_id)
    cell = page.model.index(row, COL_DEADLINE)
    assert page.model.data(cell, STATUS_ROLE) == "due_soon"
    assert page.model.data(cell, DISPLAY) == "DUE SOON 2026-04-13"
    clock.today = D(2026, 4, 14)
    page.refresh()
    row = page.model.row_of(grievance_id)
    cell = page.model.index(row, COL_DEADLINE)
    assert page.model.data(cell, STATUS_ROLE) == "overdue"
    assert page.model.data(cell, DISPLAY) == "OVERDUE 2026-04-13"
    assert page.model.data(cell, DECORATION) is not None  # an icon, not colour alone
    assert page.model.data(cell, FOREGROUND) is not None
    assert page.overdue == 1 and "1 overdue" in page.overdue_label.text()
    assert badges[-1] == "1 overdue"


def test_filters_and_closing(page, world):
    first = _file_through_editor(page, world)
    with page.ctx.unit_of_work() as s:
        gs.file_grievance(s, workplace_id=world["workplace"], contract_id=world["contract"],
                          grievance_type="individual", title="Pay", incident_on=D(2026, 3, 20),
                          today=D(2026, 3, 30))
    page.refresh()
    assert page.model.rowCount() == 2
    page.type_filter.setCurrentIndex(page.type_filter.findData("group"))
    assert [r.id for r in page.model.rows()] == [first]
    page.type_filter.setCurrentIndex(0)
    page.area_filter.setCurrentIndex(page.area_filter.findData(world["area"]))
    assert [r.id for r in page.model.rows()] == [first]
    page.area_filter.setCurrentIndex(0)
    assert page.open_item("grievance", first)
    outcome = page.editor.outcome
    outcome.outcome_combo.setCurrentIndex(outcome.outcome_combo.findData("won"))
    assert page.editor.outcome.close_case()
    assert first not in [r.id for r in page.model.rows()]  # the status filter shows open ones
    page.status_filter.setCurrentIndex(page.status_filter.findData("closed"))
    assert [r.id for r in page.model.rows()] == [first]
    assert page.model.data(page.model.index(0, COL_STATUS), DISPLAY) == "Closed: Won"


def test_evidence_stored_and_saved_as_copy(page, world, tmp_path):
    _file_through_editor(page, world)
    source = tmp_path / "note.txt"
    source.write_bytes(b"rota printout")
    editor = page.editor
    assert editor.evidence.add_attachment(str(source)) is not None
    assert editor.evidence.attachments_model.rowCount() == 1
    shown: list[str] = []
    evidence = editor.evidence
    evidence.show_preview = lambda parent, title, widget: shown.append(widget.toPlainText())
    editor.evidence.attachments.setCurrentIndex(editor.evidence.attachments_model.index(0, 0))
    assert editor.evidence.preview_attachment() and shown == ["rota printout"]
    target = tmp_path / "out" / "copy.txt"
    target.parent.mkdir()
    editor.evidence.choose_save_file = lambda parent, suggested: str(target)
    assert editor.evidence.save_attachment_copy() == str(target)
    assert target.read_bytes() == b"rota printout"
    assert editor.evidence.remove_attachment()
    assert editor.evidence.attachments_model.rowCount() == 0
    assert page.answers["confirms"] == ["this evidence file"]


def test_ics_export_without_names_by_default(page, world, tmp_path):
    _file_through_editor(page, world)
    out = tmp_path / "deadlines.ics"
    page.choose_ics_path = lambda parent, suggested: str(out)
    assert not page.include_names.isChecked()
    assert page.export_ics() == str(out)
    cal = Calendar.from_ical(out.read_bytes())
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    assert len(events) == 1 and events[0].decoded("DTSTART") == D(2026, 4, 13)
    assert "Qwertina" not in out.read_text(encoding="utf-8")
    page.include_names.setChecked(True)
    page.export_ics()
    assert "Qwertina" in out.read_text(encoding="utf-8")


def test_contract_dialog_round_trip(page, world, qtbot):
    seen = {}

    def run(dialog):
        qtbot.addWidget(dialog)
        assert dialog.name.text() == "Depot agreement"
        assert dialog.steps_model.rowCount() == 3
        assert [d for d, _ in dialog.holiday_list()] == [h for h, _ in HOLIDAYS]
        assert dialog.weekend_days() == "56"
        dialog.add_holiday(D(2026, 5, 1), "May Day")
        dialog.steps_model.item(0, 3).setText("not a number")
        assert dialog.save() is None and "whole number" in dialog.error.text()
        dialog.steps_model.item(0, 3).setText("12")
        seen["id"] = dialog.save()
        return dialog.result()

    page.exec_dialog = run
    assert page.edit_contract(world["contract"]) == world["contract"]
    with page.ctx.unit_of_work() as s:
        rules = cs.rules_for(s, world["contract"])
    assert D(2026, 5, 1) in rules.holidays
    assert rules.steps[0].file_limit.days == 12

    def new(dialog):
        qtbot.addWidget(dialog)
        dialog.name.setText("Typical")
        assert dialog.steps_model.rowCount() == 5  # the typical procedure is filled in
        assert dialog.type_starts() == {"discipline": 3, "policy": 3}
        cells = _start_cells(dialog)
        # Only step 3, where discipline and policy start, has a start limit; its filing limit is
        # the plain appeal.
        assert cells[3] == ("10", "working", "incident, knew of it", "last")
        assert [c[0] for i, c in enumerate(cells) if i != 3] == ["", "", "", ""]
        assert dialog.steps_model.item(3, ce.S_FROM).text() == "answer received, answer due"
        dialog.steps_model.item(3, ce.S_START_DAYS).setText("")  # days gone, triggers left
        assert dialog.save() is None and "not how many days" in dialog.error.text()
        dialog.steps_model.item(3, ce.S_START_DAYS).setText("7")
        dialog.steps_model.item(3, ce.S_START_UNIT).setText("calendar")
        dialog.steps_model.item(3, ce.S_START_FROM).setText("incident")
        assert dialog.save() is not None, dialog.error.text()
        seen["typical"] = dialog.contract_id
        return QDialog.DialogCode.Accepted

    page.exec_dialog = new
    page.editor.detail = None
    page.editor.case.contract_combo.clear()  # nothing chosen: the editor opens on a new contract
    assert page.edit_contract(None) is not None
    assert page.editor.case.contract_combo.findText("Typical") >= 0
    with page.ctx.unit_of_work() as s:
        rules = cs.rules_for(s, seen["typical"])
    assert rules.steps[3].start_limit == dl.TimeLimit(
        7, dl.Unit.CALENDAR, (dl.Trigger.INCIDENT,), dl.Whichever.LAST)
    assert rules.steps[3].file_limit.counts_from == (dl.Trigger.ANSWER_RECEIVED,
                                                     dl.Trigger.ANSWER_DUE)

    def reopen(dialog):
        qtbot.addWidget(dialog)
        cells = _start_cells(dialog)
        assert cells[3] == ("7", "calendar", "incident", "last")
        assert dialog.step_specs() == seen["stored"]  # what was loaded reads back unchanged
        return QDialog.DialogCode.Rejected

    with page.ctx.unit_of_work() as s:
        seen["stored"] = cs.step_specs_for(s, seen["typical"])
    page.exec_dialog = reopen
    assert page.edit_contract(seen["typical"]) is None


def _start_cells(dialog) -> list[tuple[str, ...]]:
    m = dialog.steps_model
    return [tuple(m.item(r, c).text() for c in (ce.S_START_DAYS, ce.S_START_UNIT,
                                                  ce.S_START_FROM, ce.S_START_WHICH))
            for r in range(m.rowCount())]


def test_models_pass_modeltester_and_clear(page, world, qtmodeltester):
    _file_through_editor(page, world)
    qtmodeltester.check(page.model)
    for model in (page.editor.steps.deadlines_model, page.editor.steps.events_model,
                  page.editor.steps.extensions_model, page.editor.evidence.attachments_model):
        qtmodeltester.check(model)
    assert page.model.data(page.model.index(0, 0), ID_ROLE) == page.editor.grievance_id
    page.clear()
    assert page.model.rowCount() == 0
    assert page.editor.case.title_edit.text() == ""
    assert page.editor.case.grievants_model.rowCount() == 0
    assert page.editor.case.texts["what"].toPlainText() == ""
    assert isinstance(page.model, GrievanceListModel)


def test_hidden_page_defers_the_list(qtbot, vault, tmp_path, clock, world):
    """The window attaches this page at unlock for its badge: only the count loads then."""
    with vault.unit_of_work() as s:
        first = gs.file_grievance(s, workplace_id=world["workplace"],
                                  contract_id=world["contract"], grievance_type="individual",
                                  title="Pay", incident_on=D(2026, 3, 20), today=D(2026, 3, 20),
                                  steward_id=world["people"][2]).id
    clock.today = D(2026, 4, 20)  # long after the filing deadline
    ctx = AppContext(vault, AppDeps(settings=SettingsStore(tmp_path / "s.ini"), today=clock))
    page = GrievancesPage()
    qtbot.addWidget(page)
    badges: list[str] = []
    page.badge_changed.connect(badges.append)
    page.attach(ctx)
    assert page.model.rowCount() == 0 and page.steward_filter.count() == 0
    qtbot.waitUntil(lambda: badges == ["1 overdue"], timeout=2000)
    assert page.model.rowCount() == 0  # the badge did not load the list
    page.restore_state({"grievance_id": first, "status": 0})
    assert page.editor.grievance_id is None  # kept for the first load
    assert page.state() == {"grievance_id": first, "status": 0}
    page.show()
    qtbot.waitExposed(page)
    assert [r.id for r in page.model.rows()] == [first]
    assert page.editor.grievance_id == first  # the kept state came back
    assert [page.steward_filter.itemText(i) for i in range(page.steward_filter.count())] == [
        "Any steward", "Stew Example"]
    page.hide()
    with vault.unit_of_work() as s:
        gs.file_grievance(s, workplace_id=world["workplace"], contract_id=world["contract"],
                          grievance_type="individual", title="Rota", incident_on=D(2026, 4, 1),
                          today=D(2026, 4, 1))
    page.refresh()  # hidden: the list waits for the next show
    assert page.model.rowCount() == 1
    qtbot.waitUntil(lambda: badges[-1] == "2 overdue", timeout=2000)
    assert page.open_item("grievance", first)  # opening a case loads the list first
    assert page.model.rowCount() == 2
    page.clear()
    assert page.model.rowCount() == 0 and page.state()["grievance_id"] is None


# ---- layout, dates and unsaved work over a lock -------------------------------------------
# The page's share of a 1280x800 and a 1024x700 main window (the sidebar and menus take the rest).
PAGE_SIZES = ((1080, 740), (830, 640))


def _inside(widget, clip) -> bool:
    """Whether ``widget`` lies wholly inside ``clip`` from left to right."""
    from PySide6.QtCore import QPoint

    left = widget.mapTo(clip, QPoint(0, 0)).x()
    return left >= 0 and left + widget.width() <= clip.width()


def _show_at(qtbot, widget, size) -> None:
    from PySide6.QtWidgets import QApplication

    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()


@pytest.mark.parametrize("size", PAGE_SIZES)
def test_page_fits_without_clipping(qtbot, page, world, size):
    gid = _file_through_editor(page, world, title="A title long enough to wrap over lines " * 3)
    page.open_item("grievance", gid)
    _show_at(qtbot, page, size)
    assert page.minimumSizeHint().width() <= PAGE_SIZES[-1][0]
    ed = page.editor
    scroll = ed.case_scroll
    assert not scroll.horizontalScrollBar().isVisible()
    assert scroll.widget().width() <= scroll.viewport().width()  # laid out to its width
    form = ed.case
    for w in (form.title_edit, form.type_combo, form.contract_combo, form.area_combo,
              form.incident_on, form.knew_known, form.knew_on, form.steward_button,
              form.steward_clear, form.add_grievant_button, form.remove_grievant_button,
              form.article, form.sensitive, form.save_button, *form.texts.values()):
        assert _inside(w, scroll.viewport()), type(w).__name__
        assert w.width() >= w.minimumSizeHint().width(), type(w).__name__
    for tab in (1, 2, 3):  # the other tabs' buttons show whole too
        ed.tabs.setCurrentIndex(tab)
        from PySide6.QtWidgets import QApplication, QPushButton

        QApplication.processEvents()
        stack = ed.tabs.currentWidget()
        for b in stack.findChildren(QPushButton):
            assert _inside(b, ed), b.text()
            assert b.width() >= b.minimumSizeHint().width(), b.text()
    assert _inside(ed, page) and _inside(ed.heading, ed)
    for w in (page.new_button, page.contract_button, page.export_button, page.include_names,
              page.status_filter, page.area_filter, page.steward_filter, page.type_filter):
        assert _inside(w, page), type(w).__name__
        assert w.width() >= w.minimumSizeHint().width()
    list_width, editor_width = page.splitter.sizes()
    assert list_width > editor_width  # the list keeps most of the width


def test_dates_default_to_the_apps_today(qtbot, page, clock):
    from ui.editors.common import from_qdate

    ed = page.editor  # before any case is chosen, not QDateEdit's 2000-01-01
    assert from_qdate(ed.case.incident_on.date()) == clock.today
    assert from_qdate(ed.case.knew_on.date()) == clock.today
    page.new_grievance()
    assert from_qdate(ed.case.incident_on.date()) == clock.today
    assert from_qdate(ed.case.filed_on.date()) == clock.today


def test_draft_only_when_something_is_unsaved(page, world):
    gid = _file_through_editor(page, world)
    page.open_item("grievance", gid)
    assert page.editor.draft() is None and "draft" not in page.state()
    page.editor.case.texts["remedy"].setPlainText("Apology in writing")
    draft = page.state()["draft"]
    assert draft["grievance_id"] == gid and draft["values"]["remedy"] == "Apology in writing"
    page.clear()
    assert page.editor.case.texts["remedy"].toPlainText() == ""
    page.refresh()
    page.restore_state({"grievance_id": gid, "draft": draft})
    assert page.editor.grievance_id == gid
    assert page.editor.case.texts["remedy"].toPlainText() == "Apology in writing"
    assert page.editor.case.texts["what"].toPlainText() == "Lockers searched without notice"


LOCK_INCIDENT = D(2025, 3, 3)  # before the ui conftest's "today"


def test_unsaved_grievance_survives_a_lock(qtbot, world, deps):
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit

    from ui.app import PAGE_FACTORIES, create_main_window
    from ui.editors.common import from_qdate, to_qdate

    ctx = AppContext(world["vault"], deps)
    win = create_main_window(ctx, PAGE_FACTORIES, search_fn=lambda s, t, limit: [])
    qtbot.addWidget(win)
    win.show()
    page = win.show_page("grievances")
    page.new_grievance()
    ed = page.editor
    ed.case.title_edit.setText("Rota changed without notice")
    ed.case.texts["what"].setPlainText("Shifts moved with a day's warning")
    ed.case.area_combo.setCurrentIndex(ed.case.area_combo.findData(world["area"]))
    ed.case.incident_on.setDate(to_qdate(LOCK_INCIDENT))
    ed.case.pick_contact = lambda parent: world["people"][0]
    ed.case.add_grievant()
    win.lock_now()
    assert ctx.vault.is_locked
    # every widget of the page is empty while locked
    assert all(e.text() == "" for e in page.findChildren(QLineEdit)
               if not isinstance(e.parent(), QAbstractSpinBox))  # dates and numbers show one
    assert all(e.toPlainText() == "" for e in page.findChildren(QPlainTextEdit))
    assert ed.case.grievants_model.rowCount() == 0 and page.model.rowCount() == 0
    with qtbot.waitSignal(win.unlocked, timeout=10000):
        win.locked_view.passphrase.setText("correct horse battery staple")
        win.locked_view.attempt()
    assert win.current_key == "grievances"
    assert ed.grievance_id is None and ed.heading.text() == "New grievance"
    assert ed.case.title_edit.text() == "Rota changed without notice"
    assert ed.case.texts["what"].toPlainText() == "Shifts moved with a day's warning"
    assert ed.case.area_combo.currentData() == world["area"]
    assert from_qdate(ed.case.incident_on.date()) == LOCK_INCIDENT
    assert [r.id for r in ed.case.grievants_model.rows()] == [world["people"][0]]
    assert ed.case.grievants_model.rows()[0].name == "Qwertina Example"
    # and it saves as typed
    assert ed.save() is not None, ed.error.text()

