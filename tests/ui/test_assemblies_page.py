"""The Assemblies page on an encrypted vault, dialogs injected.

One organising cycle through the page's own actions: a council and a forum are created, a council
meeting with an agenda item is scheduled, the forum meets (attendance ticked, a carried election
motion), elects its delegate, passes a mandate on the council's item and the delegate reports back,
after which the mandate's state column reads "Reported" (word and icon). A recall on a lost recall
motion is refused with the service's reason and leaves the delegate active; a carried one ends the
term. Also: the real dialogs give the values typed into them, the motion dialog sends no counts
for a consensus, lock (``clear``) leaves no row behind, and state is restored after an unlock.
"""

from __future__ import annotations

import datetime as dt

import pytest

from forum_kit.models import Area, Contact, Workplace
from forum_kit.queries import assemblies as assemblies_q
from ui.dialogs.assembly_dialogs import BodyDialog, BodySpec
from ui.editors.mandate_editor import (
    DelegateDialog,
    DelegateSpec,
    MandateDialog,
    MandateSpec,
    RecallSpec,
    ReportDialog,
    ReportSpec,
)
from ui.editors.meeting_editor import (
    AttendanceDialog,
    MeetingDialog,
    MeetingSpec,
    MotionDialog,
    MotionSpec,
)
from ui.models.assembly_models import STATE_ROLE, MandateModel
from ui.models.roles import DECORATION, DISPLAY
from ui.pages.assemblies import AssembliesPage
from ui.pages.assemblies_delegates import TAB_BUNDLES

TODAY = dt.date(2025, 3, 14)  # the ui conftest's "today"

D = dt.date


@pytest.fixture
def people(vault):
    with vault.unit_of_work() as s:
        wp = Workplace(name="Depot", created_on=D(2024, 1, 1))
        s.add(wp)
        s.flush()
        area = Area(workplace_id=wp.id, name="Warehouse")
        s.add(area)
        s.flush()
        ids = []
        for first in ("Zoë", "Ygor", "Xavi", "Wanda"):
            c = Contact(workplace_id=wp.id, area_id=area.id, first_name=first,
                        last_name="Example", added_on=D(2024, 1, 1))
            s.add(c)
            s.flush()
            ids.append(c.id)
        return {"workplace": wp.id, "people": ids}


@pytest.fixture
def page(qtbot, ctx):
    page = AssembliesPage()
    qtbot.addWidget(page)
    page.errors = []
    page.show_error = lambda parent, message: page.errors.append(message)
    page.meeting_editor.show_error = lambda parent, message: page.errors.append(message)
    page.confirmed = []
    page.confirm = lambda parent, question, lines: page.confirmed.append(question) or True
    page.attach(ctx)
    return page


def _body(page, spec: BodySpec) -> int:
    page.ask_body = lambda *a, **_k: spec
    body_id = page.new_body(spec.kind)
    assert body_id is not None, page.errors
    return body_id


def _meeting(page, when: dt.datetime, place: str = "Hall") -> int:
    page.ask_meeting = lambda parent, default, **_k: MeetingSpec(when, place)
    meeting_id = page.schedule_meeting()
    assert meeting_id is not None, page.errors
    return meeting_id


def _motion(page, spec: MotionSpec) -> int:
    editor = page.meeting_editor
    editor.ask_motion = lambda parent, items, kind, **_k: spec
    assert editor.record_motion(spec.kind), page.errors
    return editor.detail.motions[-1].id


def test_forum_cycle_through_the_page(page, people):
    council = _body(page, BodySpec("council", "City Workers' Council", level="city"))
    forum = _body(page, BodySpec("forum", "Depot forum", parent_id=council, level="workplace",
                                 workplace_id=people["workplace"]))
    # The tree shows the forum under its council.
    council_index = page.tree_model.index_of(council)
    assert page.tree_model.index_of(forum).parent() == council_index

    # The council's meeting and its agenda.
    assert page.select_body(council)
    council_meeting = _meeting(page, dt.datetime(2025, 4, 2, 18, 0), "Town hall")
    page.meeting_editor.ask_text = lambda *a, **k: "Pay claim"
    assert page.meeting_editor.add_item()
    item_id = page.meeting_editor.detail.agenda[0].id
    assert page.meetings.rowCount() == 1

    # The forum meets: attendance and a carried election motion.
    assert page.select_body(forum)
    forum_meeting = _meeting(page, dt.datetime(2025, 3, 10, 17, 30))
    seen = {}

    def pick(parent, chosen, guests):
        seen["workplace"] = page.meeting_editor.workplace_id
        return people["people"][:3], 2

    page.meeting_editor.pick_attendance = pick
    assert page.meeting_editor.edit_attendance()
    assert seen["workplace"] == people["workplace"]
    detail = page.meeting_editor.detail
    assert detail.attendance_count == 3 and detail.guests == 2
    assert page.meeting_editor.attendees.rowCount() == 3
    assert "3 attended" in page.meeting_editor.attendance_label.text()
    election = _motion(page, MotionSpec("Elect Wanda as delegate", "election", "carried",
                                        12, 1, 2))
    vote = page.meeting_editor.motions.index(0, 3).data(DISPLAY)
    assert vote == "12 for, 1 against, 2 abstained"
    assert page.meeting_editor.motions.index(0, 2).data(DISPLAY) == "Carried"
    # The meeting list follows: 3 attended, 1 motion.
    assert page.meetings.row_at(0).attendance == 3 and page.meetings.row_at(0).motions == 1

    # Elect the delegate on that motion.
    offered = {}

    def delegate(parent, councils, motions, today, council_id, pick_contact, **_k):
        offered.update(councils=councils, motions=motions, council_id=council_id)
        return DelegateSpec("Wanda Example", council_id, "delegate", D(2025, 3, 10),
                            D(2026, 3, 9), contact_id=people["people"][3], motion_id=election)

    page.ask_delegate = delegate
    delegate_id = page.elect_delegate()
    assert delegate_id is not None, page.errors
    assert offered["council_id"] == council
    assert [m for m, _ in offered["motions"]] == [election]
    assert "Carried" in offered["motions"][0][1]
    assert page.delegates.rowCount() == 1
    assert page.delegates.index(0, 5).data(DISPLAY) == "Active"

    # Pass a mandate on the council's item, then the report-back.
    def mandate(parent, items, motions, today, **_k):
        offered["items"] = items
        return MandateSpec(item_id, "for", red_lines="No cut in breaks",
                           figure_to_hold="5%", expires_on=D(2025, 4, 30))

    page.ask_mandate = mandate
    mandate_id = page.pass_mandate()
    assert mandate_id is not None, page.errors
    assert offered["items"][0][0] == item_id and "Pay claim" in offered["items"][0][1]
    state = page.mandates.index(0, MandateModel.COL_STATE)
    assert state.data(DISPLAY) == "Open" and state.data(STATE_ROLE) == "open"

    page.mandates_view.setCurrentIndex(page.mandates.index(0, 0))
    page.ask_report = lambda parent, delegates, today, **_k: ReportSpec(
        "yes", D(2025, 4, 3), outcome="Claim adopted", delegate_id=delegates[0][0])
    assert page.report_back(), page.errors
    state = page.mandates.index(0, MandateModel.COL_STATE)
    assert state.data(DISPLAY) == "Reported"
    assert state.data(STATE_ROLE) == "reported"
    assert state.data(DECORATION) is not None  # an icon, not colour alone
    assert page.mandates.index(0, 8).data(DISPLAY) == "Carried out"

    # The council's mandates tab lists what the forum told its delegate.
    assert page.select_body(council)
    assert page.mandates.rowCount() == 1
    assert not page.pass_button.isEnabled()

    # Recall: a lost recall motion is refused, the delegate stays active.
    assert page.select_body(forum)
    assert page.select_meeting(forum_meeting)
    lost = _motion(page, MotionSpec("Recall the delegate", "recall", "lost", 3, 9, 0))
    page.delegates_view.setCurrentIndex(page.delegates.index(0, 0))
    recall_choices = {}

    def recall(parent, motions, today, **_k):
        recall_choices["motions"] = motions
        return RecallSpec(recall_choices.get("use", lost), D(2025, 3, 12))

    page.ask_recall = recall
    assert not page.recall_delegate()
    assert any("not carried" in e for e in page.errors)
    assert "Lost" in dict(recall_choices["motions"])[lost]
    assert page.delegates.index(0, 5).data(DISPLAY) == "Active"

    # A carried one ends the term (after the confirmation).
    carried = _motion(page, MotionSpec("Recall the delegate", "recall", "carried", 10, 2, 0))
    recall_choices["use"] = carried
    page.delegates_view.setCurrentIndex(page.delegates.index(0, 0))
    page.confirmed.clear()
    assert page.recall_delegate(), page.errors
    assert page.confirmed == ["Recall this delegate?"]
    assert page.delegates.index(0, 5).data(DISPLAY) == "Recalled 2025-03-12"
    with page.ctx.unit_of_work() as s:
        row = assemblies_q.delegates_of(s, forum, on=TODAY)[0]
    assert row.recalled and row.ended_on == D(2025, 3, 12) and not row.active

    # Council meeting still there, and selecting a meeting shows it.
    assert page.select_body(council)
    assert page.select_meeting(council_meeting)
    assert "Town hall" in page.meeting_editor.heading.text()


def test_recall_refused_without_a_motion_and_when_cancelled(page, people):
    council = _body(page, BodySpec("council", "Region"))
    forum = _body(page, BodySpec("forum", "Line forum", parent_id=council))
    page.ask_delegate = lambda parent, councils, motions, today, council_id, pick, **_k: (
        DelegateSpec("Ygor E.", council, "alternate", D(2025, 1, 1), D(2025, 12, 31)))
    assert page.elect_delegate() is not None
    assert page.delegates.index(0, 1).data(DISPLAY) == "Alternate"
    page.delegates_view.setCurrentIndex(page.delegates.index(0, 0))
    page.ask_recall = lambda *a, **_k: pytest.fail("no recall motion: the dialog must not open")
    assert not page.recall_delegate()
    assert "recall motion" in page.errors[-1]
    # Passing a mandate with no council agenda says what to do first.
    page.ask_mandate = lambda *a, **_k: pytest.fail("no agenda: the dialog must not open")
    assert page.pass_mandate() is None
    assert "agenda item" in page.errors[-1]
    assert page.select_body(forum)


def test_invalid_input_is_shown_not_raised(page):
    page.ask_body = lambda *a, **_k: BodySpec("forum", "   ")
    assert page.new_body("forum") is None
    assert "name" in page.errors[-1].lower()
    _body(page, BodySpec("forum", "Night shift forum"))
    page.ask_body = lambda *a, **_k: BodySpec("forum", "Night shift forum")
    assert page.new_body("forum") is None
    assert "already" in page.errors[-1]
    # A motion whose counts contradict its result: the service's words, nothing recorded.
    _meeting(page, dt.datetime(2025, 3, 20, 12, 0))
    page.meeting_editor.ask_motion = lambda *a, **_k: MotionSpec(
        "Motion", "ordinary", "carried", 1, 5)
    assert not page.meeting_editor.record_motion()
    assert "do not carry" in page.errors[-1]
    assert page.meeting_editor.motions.rowCount() == 0
    page.meeting_editor.minutes.setPlainText("Agreed to meet monthly.")
    assert page.meeting_editor.save_minutes()
    assert page.meeting_editor.detail.minutes == "Agreed to meet monthly."


def test_clear_and_restore_state(page, people):
    council = _body(page, BodySpec("council", "City"))
    _meeting(page, dt.datetime(2025, 5, 1, 18, 0))
    page.tabs.setCurrentIndex(TAB_BUNDLES)
    state = page.state()
    assert state["body_id"] == council and state["meeting_id"] is not None
    page.clear()
    assert page.tree_model.rowCount() == 0
    assert page.meetings.rowCount() == 0 and page.meeting_editor.agenda.rowCount() == 0
    assert page.meeting_editor.meeting_id is None
    assert page.bundles.meeting_combo.count() == 0
    page.refresh()
    page.restore_state(state)
    assert page.body_id == council
    assert page.tabs.currentIndex() == TAB_BUNDLES
    assert page.meeting_editor.meeting_id == state["meeting_id"]


def test_real_dialogs_return_what_was_typed(qtbot, ctx, people):
    body = BodyDialog(None, "forum", [(7, "City")], [(people["workplace"], "Depot")], 7)
    qtbot.addWidget(body)
    body.name.setText("Şêrko's line forum")
    body.workplace.setCurrentIndex(1)
    spec = body.values()
    assert spec == BodySpec("forum", "Şêrko's line forum", 7, "", people["workplace"], "")

    meeting = MeetingDialog(None, dt.datetime(2025, 6, 1, 18, 30))
    qtbot.addWidget(meeting)
    meeting.place.setText("Canteen")
    assert meeting.values() == MeetingSpec(dt.datetime(2025, 6, 1, 18, 30), "Canteen")

    motion = MotionDialog(None, [(5, "1. Pay claim")], "mandate")
    qtbot.addWidget(motion)
    motion.text.setPlainText("Mandate: vote for the claim")
    motion.item.setCurrentIndex(1)
    motion.votes_for.setValue(9)
    motion.votes_against.setValue(1)
    assert motion.values() == MotionSpec("Mandate: vote for the claim", "mandate", "carried",
                                         9, 1, 0, 5)
    motion.result.setCurrentIndex(motion.result.findData("consensus"))
    assert not motion.votes_for.isEnabled()
    assert motion.values().votes_for is None and motion.values().result == "consensus"

    mandate = MandateDialog(None, [(5, "City — 2025-04-02: 1. Pay claim")], [], TODAY)
    qtbot.addWidget(mandate)
    mandate.instruction.setCurrentIndex(mandate.instruction.findData("against"))
    assert mandate.values() == MandateSpec(5, "against")
    mandate.expires.setChecked(True)
    assert mandate.values().expires_on == TODAY + dt.timedelta(days=60)

    report = ReportDialog(None, [(3, "Wanda (delegate)")], TODAY)
    qtbot.addWidget(report)
    report.carried_out.setCurrentIndex(report.carried_out.findData("partly"))
    report.delegate.setCurrentIndex(1)
    assert report.values() == ReportSpec("partly", TODAY, delegate_id=3)

    picked = (people["people"][0], "Zoë Example")
    delegate = DelegateDialog(None, [(7, "City")], [], TODAY, council_id=7,
                              pick_contact=lambda parent: picked)
    qtbot.addWidget(delegate)
    delegate.from_contacts.click()
    spec = delegate.values()
    assert spec.display_name == "Zoë Example" and spec.contact_id == people["people"][0]
    assert spec.council_id == 7 and spec.term_end > spec.term_start

    attendance = AttendanceDialog(None, ctx, people["workplace"], [people["people"][1]], 1)
    qtbot.addWidget(attendance)
    assert attendance.model.rowCount() == 4
    attendance.search.setText("zoe")  # FTS folds the diacritic
    assert attendance.model.rowCount() == 1
    attendance.model.toggle(0)
    attendance.search.setText("")
    assert attendance.values() == (sorted([people["people"][0], people["people"][1]]), 1)


def test_registered_in_the_app_and_cancel_keeps_the_delegate(page, qtbot):
    from ui.app import PAGE_FACTORIES

    factory = {key: make for key, _title, make in PAGE_FACTORIES}["assemblies"]
    made = factory()
    qtbot.addWidget(made)
    assert isinstance(made, AssembliesPage)

    council = _body(page, BodySpec("council", "City"))
    forum = _body(page, BodySpec("forum", "Bakery forum", parent_id=council))
    _meeting(page, dt.datetime(2025, 3, 1, 9, 0))
    carried = _motion(page, MotionSpec("Recall", "recall", "consensus"))
    page.ask_delegate = lambda *a, **_k: DelegateSpec("Xavi E.", council, "delegate", D(2025, 1, 1),
                                                D(2025, 12, 31))
    assert page.elect_delegate() is not None
    page.delegates_view.setCurrentIndex(page.delegates.index(0, 0))
    page.ask_recall = lambda parent, motions, today, **_k: RecallSpec(carried, D(2025, 3, 2))
    page.confirm = lambda *a: False
    assert not page.recall_delegate()
    assert page.delegates.index(0, 5).data(DISPLAY) == "Active"
    assert page.body_id == forum


def test_demo_vault_shows_open_and_reported_mandates(qtbot, vault, ctx):
    from forum_kit import demo

    demo.generate(vault, today=TODAY, contacts=60, workplaces=2)
    page = AssembliesPage()
    qtbot.addWidget(page)
    page.attach(ctx)
    # It opens on the first forum and its latest meeting.
    assert page.body_kind == "forum" and page.meeting_editor.meeting_id is not None
    states = {page.mandates.index(r, 0).data(STATE_ROLE) for r in range(page.mandates.rowCount())}
    assert {"open", "reported"} <= states
    # Newest council meeting first.
    dates = [page.mandates.row_at(r).meeting_date for r in range(page.mandates.rowCount())]
    assert dates == sorted(dates, reverse=True)
    assert any(page.delegates.row_at(r).recalled for r in range(page.delegates.rowCount()))


# ---- layout and unsaved minutes ------------------------------------------------------------
PAGE_SIZES = ((1080, 740), (830, 640))  # the page's share of 1280x800 and 1024x700 windows


@pytest.fixture
def demo_page(qtbot, vault, ctx):
    from forum_kit import demo

    demo.generate(vault, today=TODAY, contacts=60, workplaces=2)
    page = AssembliesPage()
    qtbot.addWidget(page)
    page.attach(ctx)
    return page


@pytest.mark.parametrize("size", PAGE_SIZES)
def test_page_fits_without_clipping(qtbot, demo_page, size):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QPushButton

    page = demo_page
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    assert page.minimumSizeHint().width() <= PAGE_SIZES[-1][0]
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        for b in page.findChildren(QPushButton):
            if not b.isVisibleTo(page):
                continue
            left = b.mapTo(page, QPoint(0, 0)).x()
            assert left >= 0 and left + b.width() <= page.width(), b.text()
            assert b.width() >= b.minimumSizeHint().width(), b.text()
    heading = page.meeting_editor.heading
    assert heading.wordWrap() and heading.width() <= page.meeting_editor.width()
    tree_width, tabs_width = page.splitter.sizes()
    assert tabs_width > tree_width


def test_unsaved_minutes_survive_clear_and_restore(demo_page):
    page = demo_page
    editor = page.meeting_editor
    assert editor.meeting_id is not None and "meeting_draft" not in page.state()
    editor.minutes.setPlainText("Agreed: petition by Friday")
    state = page.state()
    assert state["meeting_draft"]["minutes"] == "Agreed: petition by Friday"
    page.clear()
    assert editor.minutes.toPlainText() == ""
    page.refresh()
    page.restore_state(state)
    assert editor.meeting_id == state["meeting_id"]
    assert editor.minutes.toPlainText() == "Agreed: petition by Friday"
