"""Window-free tests of the Assemblies page's Qt models: every one passes ``qtmodeltester.check``
with realistic rows from ``forum_kit.queries`` (the tree, meetings, agenda, motions, delegates,
mandates, roll-up tallies and figures, the checkable attendance list); a mandate's state reads as
a word with an icon; sort roles are native values; ``clear()`` leaves no row."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from forum_kit.queries.assemblies import (
    AgendaItemRow,
    BodyRow,
    DelegateRow,
    ItemMandate,
    MandateRow,
    MeetingRow,
    MotionRow,
)
from forum_kit.queries.rollup import FigurePoint, ForumFigures, ForumInstruction, ItemTally
from ui.models.assembly_models import (
    KIND_ROLE,
    STATE_ROLE,
    AgendaModel,
    AttendanceModel,
    Attendee,
    BodyTreeModel,
    DelegateModel,
    FigurePointModel,
    ForumFiguresModel,
    MandateModel,
    MeetingListModel,
    MotionModel,
    NamesModel,
    TallyModel,
)
from ui.models.roles import ALIGN, DECORATION, DISPLAY, FOREGROUND, ID_ROLE, SORT_ROLE

D = dt.date
CHECK = Qt.ItemDataRole.CheckStateRole


def _bodies() -> list[BodyRow]:
    return [
        BodyRow(1, "council", "Regional Assembly", None, 0, "region", None, None, ""),
        BodyRow(2, "council", "City Council", 1, 1, "city", None, None, "Recall any time"),
        BodyRow(3, "forum", "Depot forum", 2, 2, "workplace", 1, None, ""),
        BodyRow(4, "forum", "Şêrko's line forum", 2, 2, "area", 1, 3, ""),
        BodyRow(5, "forum", "Loose forum", None, 0, "", None, None, ""),
    ]


def test_body_tree(qtmodeltester):
    model = BodyTreeModel()
    model.set_bodies(_bodies())
    qtmodeltester.check(model)
    assert model.rowCount() == 2  # the region and the loose forum at the top
    city = model.index_of(2)
    assert city.parent() == model.index_of(1)
    assert model.rowCount(city) == 2
    depot = model.index_of(3)
    assert depot.data(ID_ROLE) == 3 and depot.data(KIND_ROLE) == "forum"
    assert depot.siblingAtColumn(1).data(DISPLAY) == "Forum"
    assert sorted(model.body_ids()) == [1, 2, 3, 4, 5]
    model.clear()
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and not model.index_of(3).isValid()


def test_meeting_agenda_motion_and_names(qtmodeltester):
    meetings = MeetingListModel()
    meetings.set_rows([MeetingRow(7, 3, dt.datetime(2025, 3, 10, 17, 30), "Canteen", 12, 3, 2),
                       MeetingRow(6, 3, dt.datetime(2025, 2, 10, 17, 30), "", 0, 0, 0)])
    qtmodeltester.check(meetings)
    assert meetings.index(0, 0).data(DISPLAY) == "2025-03-10 17:30"
    assert meetings.index(0, 0).data(SORT_ROLE) == dt.datetime(2025, 3, 10, 17, 30)
    assert meetings.index(0, 2).data(ALIGN) is not None
    assert meetings.row_of(6) == 1 and meetings.row_of(99) == -1

    agenda = AgendaModel()
    agenda.set_rows([AgendaItemRow(1, 1, "Pay claim", "", (
        ItemMandate(1, "Depot forum", "for", "", "5%", None, None),
        ItemMandate(2, "Line forum", "against", "", "", None, "yes"))),
        AgendaItemRow(2, 2, "Safety rota", "", ())])
    qtmodeltester.check(agenda)
    assert agenda.index(0, 2).data(DISPLAY) == "Depot forum: Vote for; Line forum: Vote against"

    motions = MotionModel()
    motions.set_rows([
        MotionRow(1, None, "election", "Elect a delegate\nsecond line", "carried", 12, 1, 2),
        MotionRow(2, 1, "mandate", "x" * 200, "consensus", None, None, None),
        MotionRow(3, None, "recall", "Recall", "lost", 3, 9, None),
    ])
    qtmodeltester.check(motions)
    assert motions.index(0, 1).data(DISPLAY) == "Elect a delegate"
    assert motions.index(0, 3).data(DISPLAY) == "12 for, 1 against, 2 abstained"
    assert motions.index(1, 3).data(DISPLAY) == ""
    assert motions.index(1, 2).data(DISPLAY) == "Consensus"
    assert len(motions.index(1, 1).data(DISPLAY)) == 90
    assert motions.index(2, 3).data(DISPLAY) == "3 for, 9 against"

    names = NamesModel()
    names.set_rows([Attendee(0, "Zoë Adeyemi"), Attendee(1, "Ŋgozi Obi")])
    qtmodeltester.check(names)
    for model in (meetings, agenda, motions, names):
        model.clear()
        qtmodeltester.check(model)
        assert model.rowCount() == 0


def test_delegates_and_mandate_states(qapp, qtmodeltester):
    delegates = DelegateModel()
    delegates.set_rows([
        DelegateRow(1, "Wanda E.", "delegate", "City", D(2025, 1, 1), D(2025, 12, 31), True,
                    False),
        DelegateRow(2, "Ygor E.", "alternate", "City", D(2024, 1, 1), D(2024, 12, 31), False,
                    True, D(2024, 6, 1)),
        DelegateRow(3, "Xavi E.", "delegate", "City", D(2023, 1, 1), D(2023, 12, 31), False,
                    False),
    ])
    qtmodeltester.check(delegates)
    assert [delegates.index(r, 5).data(DISPLAY) for r in range(3)] == [
        "Active", "Recalled 2024-06-01", "Not in term"]
    assert delegates.index(1, 1).data(DISPLAY) == "Alternate"

    def mandate(i: int, state: str, carried: str | None = None) -> MandateRow:
        return MandateRow(i, "Depot forum", "City", D(2025, 4, 2), "Pay claim", "free", "", "",
                          D(2025, 4, 1), state, carried)  # type: ignore[arg-type]

    mandates = MandateModel()
    mandates.set_rows([mandate(1, "open"), mandate(2, "expired"), mandate(3, "reported", "no")])
    qtmodeltester.check(mandates)
    col = MandateModel.COL_STATE
    assert [mandates.index(r, col).data(DISPLAY) for r in range(3)] == [
        "Open", "Expired", "Reported"]
    assert [mandates.index(r, 0).data(STATE_ROLE) for r in range(3)] == [
        "open", "expired", "reported"]
    icons = [mandates.index(r, col).data(DECORATION) for r in range(3)]
    assert all(icon is not None and not icon.isNull() for icon in icons), icons
    assert icons[0].cacheKey() != icons[2].cacheKey()  # each state its own icon
    assert mandates.index(2, col).data(FOREGROUND) is not None
    assert mandates.index(2, 8).data(DISPLAY) == "Not carried out"
    assert mandates.index(0, 4).data(DISPLAY) == "Free vote"
    assert mandates.index(0, 7).data(SORT_ROLE) == D(2025, 4, 1)
    mandates.clear()
    qtmodeltester.check(mandates)


def test_rollup_models(qtmodeltester):
    tally = TallyModel()
    tally.set_rows([ItemTally(D(2025, 4, 2), 1, "Pay claim", 2, 1, 0, 0, (
        ForumInstruction("Depot forum", "for", "", "5%", "yes"),
        ForumInstruction("Yard forum", "for", "", "", None),
        ForumInstruction("Line forum", "against", "", "", None)))])
    qtmodeltester.check(tally)
    assert tally.index(0, 3).data(DISPLAY) == "2"
    assert tally.index(0, 3).data(SORT_ROLE) == 2
    assert tally.index(0, 7).data(DISPLAY).startswith("Depot forum: Vote for (Carried out); ")

    def figures(name: str, head: int) -> ForumFigures:
        return ForumFigures(name, D(2025, 3, 1), 2, head, head // 2, 50.0, 3, head // 10, 7,
                            1, (), ())

    figs = ForumFiguresModel()
    figs.set_rows([figures("Depot forum", 120), figures("All forums", 120)])
    qtmodeltester.check(figs)
    assert figs.index(0, 4).data(DISPLAY) == "50%"
    points = FigurePointModel()
    points.set_rows([FigurePoint("Depot forum", D(2025, 1, 1), 100, 40, 40.0, 3, 10),
                     FigurePoint("Depot forum", D(2025, 3, 1), 120, 60, 50.0, 5, 12)])
    qtmodeltester.check(points)
    assert points.index(1, 4).data(DISPLAY) == "50%"


def test_attendance_model_keeps_ticks_across_filters(qtmodeltester):
    model = AttendanceModel()
    model.set_rows([(1, "Zoë Adeyemi", "Line 1"), (2, "Li Wei", "Line 2")])
    model.set_checked([2])
    qtmodeltester.check(model)
    assert model.index(0, 0).data(CHECK) == Qt.CheckState.Unchecked
    assert model.index(1, 0).data(CHECK) == Qt.CheckState.Checked
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(model.index(0, 0), Qt.CheckState.Checked.value, CHECK)
    assert not model.setData(model.index(0, 1), Qt.CheckState.Checked, CHECK)
    model.set_rows([(3, "Ana Álvarez", "Line 1")])  # a new search
    qtmodeltester.check(model)
    assert model.checked == {1, 2}
    model.toggle(0)
    assert model.checked == {1, 2, 3}
    model.toggle(0)
    assert model.checked == {1, 2}
    assert model.index(0, 0).data(ID_ROLE) == 3
    model.clear()
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.checked == set()
