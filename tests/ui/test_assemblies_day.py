"""The Assemblies page in a steward's day (issue 24): the real dialogs keep refused input (the
motion's text and counts, the recall's date checked before the confirmation, a name already
taken), electing a delegate with no council says so and offers to create it, forums and councils
are edited, moved (a forum attached to a council made later) and deleted, a meeting's time and
place are fixed or the meeting deleted, each delete saying first what goes with it."""

from __future__ import annotations

import datetime as dt

import pytest
from test_assemblies_page import _body, _meeting

from forum_kit.queries import assemblies as assemblies_q
from ui.dialogs.assembly_dialogs import BodyDialog, BodySpec
from ui.editors.mandate_editor import DelegateDialog, RecallDialog, RecallMotion
from ui.editors.meeting_editor import MeetingDialog, MotionDialog, MotionSpec
from ui.pages.assemblies import AssembliesPage

D = dt.date


@pytest.fixture
def page(qtbot, ctx):
    page = AssembliesPage()
    qtbot.addWidget(page)
    page.errors = []
    page.show_error = lambda parent, message: page.errors.append(message)
    page.meeting_editor.show_error = lambda parent, message: page.errors.append(message)
    page.confirmed = []
    page.confirm = lambda parent, question, lines: page.confirmed.append((question, lines)) or True
    page.attach(ctx)
    return page


def _real(dialog_class, fill):
    """An ``ask_*`` that runs the real dialog: ``fill(dialog, submit)`` types into it and
    presses OK (as often as it needs); returns its values when it was accepted."""

    def ask(parent, *args, submit=None, **options):
        dialog = dialog_class(parent, *args, **options)
        dialog.submit = submit
        dialog.was_accepted = []
        dialog.accepted.connect(lambda: dialog.was_accepted.append(True))
        fill(dialog)
        return dialog.values() if dialog.was_accepted else None

    return ask


def test_refused_vote_counts_keep_the_motion_dialog_open(qtbot, page):
    forum = _body(page, BodySpec("forum", "Dock forum"))
    assert page.select_body(forum)
    _meeting(page, dt.datetime(2025, 3, 1, 18, 0))
    seen = {}

    def fill(d: MotionDialog) -> None:
        d.text.setPlainText("Refuse the new rota")
        d.result.setCurrentIndex(d.result.findData("carried"))
        d.votes_for.setValue(3)
        d.votes_against.setValue(9)  # more against than for: not carried
        d.accept()
        seen["open"] = not d.was_accepted
        seen["error"] = d.error.text()
        seen["text"] = d.text.toPlainText()
        seen["marked"] = "b71c1c" in d.votes_for.styleSheet()
        d.votes_for.setValue(10)
        d.accept()

    page.meeting_editor.ask_motion = _real(MotionDialog, fill)
    assert page.meeting_editor.record_motion()
    assert seen == {
        "open": True,
        "error": seen["error"],
        "text": "Refuse the new rota",
        "marked": True,
    }
    assert "do not carry the motion" in seen["error"]
    motions = page.meeting_editor.detail.motions
    assert [(m.text, m.votes_for, m.votes_against) for m in motions] == [
        ("Refuse the new rota", 10, 9)
    ]
    assert page.errors == []


def test_recall_date_starts_valid_and_is_checked_before_the_confirmation(qtbot, page, ctx):
    council = _body(page, BodySpec("council", "Region"))
    forum = _body(page, BodySpec("forum", "Bakery forum", parent_id=council))
    assert page.select_body(forum)
    page.ask_delegate = lambda *a, **_k: __import__(
        "ui.editors.mandate_editor", fromlist=["DelegateSpec"]
    ).DelegateSpec("Xavi E.", council, "delegate", D(2025, 1, 1), D(2025, 12, 31))
    assert page.elect_delegate() is not None
    page.delegates_view.setCurrentIndex(page.delegates.index(0, 0))
    # the recall was voted on 1 March; "today" (14 March) is later, the term began on 1 January
    _meeting(page, dt.datetime(2025, 3, 1, 9, 0))
    page.meeting_editor.ask_motion = lambda *a, **_k: MotionSpec(
        "Recall Xavi", "recall", "carried", 9, 2
    )
    assert page.meeting_editor.record_motion("recall")
    page.meeting_editor.ask_motion = lambda *a, **_k: MotionSpec(
        "Recall again", "recall", "lost", 1, 9
    )
    assert page.meeting_editor.record_motion("recall")
    answers = [False, True]
    page.confirm = lambda parent, question, lines: page.confirmed.append(question) or answers.pop(0)
    seen = {}

    def fill(d: RecallDialog) -> None:
        seen["default"] = d.on.date().toPython()
        d.motion.setCurrentIndex(
            [d.motion.itemText(i).endswith("Lost") for i in range(d.motion.count())].index(True)
        )
        d.accept()
        seen["lost"] = d.error.text()
        d.motion.setCurrentIndex(
            [d.motion.itemText(i).endswith("Carried") for i in range(d.motion.count())].index(True)
        )
        d.on.setDate(D(2025, 2, 20))  # before the meeting that voted it
        d.accept()
        seen["early"] = (d.error.text(), "b71c1c" in d.on.styleSheet(), list(page.confirmed))
        d.on.setDate(D(2025, 3, 3))
        d.accept()  # the confirmation says No: back in the form, nothing lost
        seen["declined"] = (not d.was_accepted, d.on.date().toPython())
        d.accept()

    page.ask_recall = _real(RecallDialog, fill)
    assert page.recall_delegate()
    assert seen["default"] == D(2025, 3, 1)  # the day the forum voted, not today
    assert "not carried" in seen["lost"]
    assert "before the meeting that voted the recall" in seen["early"][0]
    assert seen["early"][1] and seen["early"][2] == []  # refused before any confirmation
    assert seen["declined"] == (True, D(2025, 3, 3))
    with ctx.unit_of_work() as s:
        delegate = assemblies_q.delegates_of(s, forum, on=D(2025, 3, 14))[0]
    assert delegate.ended_on == D(2025, 3, 3) and page.errors == []


def test_recall_dialog_default_never_before_the_term(qtbot):
    dialog = RecallDialog(
        None,
        [(5, "vote")],
        D(2025, 3, 14),
        details={5: RecallMotion(D(2025, 1, 3), True)},
        term_start=D(2025, 2, 1),
    )
    qtbot.addWidget(dialog)
    assert dialog.on.date().toPython() == D(2025, 2, 1)


def test_electing_with_no_council_says_so_and_offers_to_create_it(qtbot, page):
    forum = _body(page, BodySpec("forum", "Night forum"))
    assert page.select_body(forum)
    offered = []
    page.offer_new_council = lambda parent: offered.append(1) or False
    page.ask_delegate = lambda *a, **_k: pytest.fail("no council: the form must not open")
    assert page.elect_delegate() is None and offered == [1]
    # yes: the council is made, then the election form opens with it chosen
    page.offer_new_council = lambda parent: True
    page.ask_body = lambda *a, **_k: BodySpec("council", "Workplace council")
    chosen = {}

    def fill(d: DelegateDialog) -> None:
        chosen["council"] = d.council.currentText()
        d.name.setText("Ana B.")
        d.accept()

    page.ask_delegate = _real(
        lambda parent, councils, motions, today, council_id, pick: DelegateDialog(
            parent, councils, motions, today, council_id=council_id, pick_contact=pick
        ),
        fill,
    )
    assert page.elect_delegate() is not None
    assert chosen["council"] == "Workplace council" and page.delegates.rowCount() == 1


def test_delegate_dialog_without_a_council_refuses_in_place(qtbot):
    dialog = DelegateDialog(None, [], [], D(2025, 3, 14))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.no_council.isVisible()
    dialog.name.setText("Ana B.")
    dialog.accept()
    assert dialog.isVisible() and "create it first" in dialog.error.text()
    assert dialog.name.text() == "Ana B."


def test_edit_attaches_a_forum_to_a_council_made_later_and_keeps_refusals(qtbot, page):
    forum = _body(page, BodySpec("forum", "Yard forum"))
    council = _body(page, BodySpec("council", "City council"))
    other = _body(page, BodySpec("forum", "Bakery forum"))
    assert page.select_body(forum)
    seen = {}

    def fill(d: BodyDialog) -> None:
        seen["name"] = d.name.text()
        d.name.setText("Bakery forum")  # taken
        d.parent_combo.setCurrentIndex(d.parent_combo.findData(council))
        d.accept()
        seen["refused"] = (
            d.error.text(),
            "b71c1c" in d.name.styleSheet(),
            d.parent_combo.currentData(),
        )
        d.name.setText("Yard and gate forum")
        d.accept()

    page.ask_body = _real(BodyDialog, fill)
    assert page.edit_body()
    assert seen["name"] == "Yard forum"
    assert "already has that name" in seen["refused"][0] and seen["refused"][1:] == (True, council)
    assert page.tree_model.index_of(forum).parent() == page.tree_model.index_of(council)
    assert page._bodies[forum].name == "Yard and gate forum" and other in page._bodies
    # a council cannot go under its own member
    assert page.select_body(council)
    page.ask_body = lambda *a, **_k: BodySpec("council", "City council", parent_id=forum)
    assert not page.edit_body() and "parent must be a council" in page.errors[-1]


def test_delete_bodies_says_what_goes_and_refuses_a_council_with_members(qtbot, page):
    council = _body(page, BodySpec("council", "Region"))
    forum = _body(page, BodySpec("forum", "Dock forum", parent_id=council))
    assert page.select_body(council)
    assert not page.delete_body()
    assert page.errors[-1].startswith("1 forum or council is a member of “Region”: attach it ")
    assert page.select_body(forum)
    _meeting(page, dt.datetime(2025, 3, 1, 18, 0))
    assert page.delete_body()
    question, lines = page.confirmed[-1]
    assert "Dock forum" in question and "1 meetings" in lines
    assert forum not in page._bodies
    assert page.select_body(council) and page.delete_body()
    assert page._bodies == {}


def test_fix_a_meetings_place_and_delete_it(qtbot, page):
    council = _body(page, BodySpec("council", "Region"))
    assert page.select_body(council)
    meeting = _meeting(page, dt.datetime(2025, 4, 2, 18, 0), "")
    page.meeting_editor.ask_text = lambda *a, **k: "Pay claim"
    assert page.meeting_editor.add_item()
    assert page.edit_meeting_button.isEnabled()

    def fill(d: MeetingDialog) -> None:
        assert d.windowTitle() == "Fix the meeting's time or place"
        d.place.setText("Union hall, room 2")
        d.accept()

    page.ask_meeting = _real(MeetingDialog, fill)
    assert page.edit_meeting()
    assert page.meetings.rows()[0].place == "Union hall, room 2"
    assert "Union hall, room 2" in page.meeting_editor.heading.text()
    assert page.delete_meeting()
    question, lines = page.confirmed[-1]
    assert "2025-04-02 18:00" in question and "1 agenda items" in lines
    assert page.meetings.rowCount() == 0 and meeting not in [m.id for m in page.meetings.rows()]
    assert not page.edit_meeting_button.isEnabled()


def test_panels_show_enough_rows_at_1280x720(qtbot, ctx, page):
    """In the real window at 1280x720 each list of the Meetings tab keeps four rows (the panel
    scrolls instead of squeezing them), and every button stays reachable in view."""
    from PySide6.QtWidgets import QApplication

    from ui.app import PAGE_FACTORIES, create_main_window

    window = create_main_window(ctx, PAGE_FACTORIES, search_fn=lambda s, t, limit: [])
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assemblies = window.show_page("assemblies")
    assemblies.show_error = lambda parent, message: pytest.fail(message)
    council = _body(assemblies, BodySpec("council", "Region"))
    assert assemblies.select_body(council)
    for day in range(1, 7):
        _meeting(assemblies, dt.datetime(2025, 3, day, 18, 0))
    editor = assemblies.meeting_editor
    for n in range(6):
        editor.ask_text = lambda *a, n=n, **k: f"Item {n}"
        assert editor.add_item()
    QApplication.processEvents()
    assert window.height() <= 720
    row = assemblies.meetings_view.verticalHeader().defaultSectionSize()
    for view in (
        assemblies.meetings_view,
        editor.attendees_view,
        editor.agenda_view,
        editor.motions_view,
    ):
        assert view.viewport().height() >= 4 * row, view.accessibleName()
    # the buttons below the lists are reachable: in view once scrolled to
    for button in (editor.motion_button, editor.minutes_button, editor.add_item_button):
        assemblies.meeting_scroll.ensureWidgetVisible(button)
        QApplication.processEvents()
        top = button.mapTo(assemblies.meeting_scroll.viewport(), button.rect().topLeft())
        assert assemblies.meeting_scroll.viewport().rect().contains(top) and button.isVisible(), (
            button.text()
        )
    assemblies.tabs.setCurrentIndex(3)
    QApplication.processEvents()
    assert assemblies.bundles.tally_view.viewport().height() >= 4 * row
    window.close()


def test_refused_agenda_title_is_asked_again_with_what_was_typed(qtbot, page):
    council = _body(page, BodySpec("council", "Region"))
    assert page.select_body(council)
    _meeting(page, dt.datetime(2025, 4, 2, 18, 0), "")
    editor = page.meeting_editor
    too_long = "Pay claim " * 30  # over the 200-character limit
    asked: list[str] = []
    answers = iter([too_long, "Pay claim"])

    def ask(_parent, _title, _label, text=""):
        asked.append(text)
        return next(answers)

    editor.ask_text = ask
    shown: list[str] = []
    editor.show_error = lambda _parent, message: shown.append(message)
    assert editor.add_item()
    assert asked == ["", too_long]  # the second question starts from the refused text
    assert [i.title for i in editor.detail.agenda] == ["Pay claim"]
    assert len(shown) == 1 and "title" in shown[0].casefold()
