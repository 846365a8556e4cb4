"""Issue 20 through the Bundles tab: a workplace council saves its agenda for a forum, the forum
imports it (the meeting and items appear), sends its bundle up, the council sees the conflicts
and the figures under the small-numbers rule, records its members' votes and saves its
decisions, the forum imports them and sees its delegate's vote against the mandate marked, and
the council sends its own bundle to the city in total only. File dialogs and messages injected;
every new model passes the model tester."""

from __future__ import annotations

import pytest

from forum_kit.small_numbers import set_threshold
from tests.confederation_world import (
    NOW,
    WORKS_MEETING,
    body_id,
    make_tiers,
    mandate,
    receive,
    send_agenda,
    send_up,
)
from ui.dialogs.bundle_dialogs import BundlesPanel
from ui.models.roles import DISPLAY
from ui.session import AppContext

LATER = NOW.replace(month=4)


def _panel(qtbot, ctx, now=NOW) -> BundlesPanel:
    ctx.today = lambda: now.date()  # the tiers' charts start in 2026
    panel = BundlesPanel()
    qtbot.addWidget(panel)
    panel.messages = []
    panel.show_message = lambda parent, text: panel.messages.append(text)
    panel.now = lambda: now
    panel.attach(ctx)
    panel.refresh()
    return panel


def _texts(model, column: int) -> list[str]:
    return [model.data(model.index(r, column), DISPLAY) for r in range(model.rowCount())]


@pytest.fixture
def tiers(tmp_path):
    t = make_tiers(tmp_path)
    yield t
    for v in (t.north, t.south, t.works, t.city):
        if not v.is_locked:
            v.lock()


def test_agenda_mandates_conflicts_decisions_through_the_panel(qtbot, qtmodeltester, tmp_path,
                                                               deps, tiers):
    works = _panel(qtbot, AppContext(tiers.works, deps))
    north = _panel(qtbot, AppContext(tiers.north, deps))
    with tiers.works.unit_of_work() as s:
        council = body_id(s, "Depot workplace council")

    # The council chooses itself on the left: the down panel lists its members and meetings.
    assert not works.down.isEnabled()
    works.set_body(council, "council")
    assert works.down.isEnabled() and works.total_only.isEnabled()
    members = [works.down.member_combo.itemText(i)
               for i in range(works.down.member_combo.count())]
    assert any("North" in m for m in members) and any("South" in m for m in members)
    works.down.member_combo.setCurrentIndex(
        works.down.member_combo.findData(tiers.cards["north"].fingerprint_text))
    assert works.down.item_combo.count() == 2
    agenda = tmp_path / "agenda.fkagenda"
    works.choose_save_path = lambda parent, suggested: str(agenda)
    works.down.due_check.setChecked(True)
    assert works.down.save_agenda() == str(agenda)
    assert "items: 2" in works.down.last_message
    assert agenda.read_bytes().startswith(b"FKAGENDA")

    # The forum imports it: the meeting and its items are in its vault, ready for mandates.
    north.choose_open_path = lambda parent: str(agenda)
    assert north.import_bundle(), north.messages
    assert "Imported the agenda of Depot workplace council" in north.last_message
    north.refresh()
    assert any("Depot workplace council" in north.meeting_combo.itemText(i)
               for i in range(north.meeting_combo.count()))

    # Mandates go up from both forums; the council sees the conflict on the strike ballot.
    receive(tiers.south, send_agenda(tiers.works, tiers.cards["south"], WORKS_MEETING))
    mandate(tiers.north, "North forum", "Depot workplace council", WORKS_MEETING,
            ["for", "against"])
    mandate(tiers.south, "South forum", "Depot workplace council", WORKS_MEETING, ["for", "for"])
    with tiers.north.unit_of_work() as s:
        north.set_body(body_id(s, "North forum"), "forum")
    assert not north.total_only.isEnabled()
    up = tmp_path / "north.fkbundle"
    north.confirm_export = lambda *a: True
    north.choose_save_path = lambda parent, suggested: str(up)
    assert north.export_bundle() == str(up)
    works.choose_open_path = lambda parent: str(up)
    assert works.import_bundle(), works.messages
    receive(tiers.works, send_up(tiers.south, tiers.cards["works"], WORKS_MEETING,
                                 sender="South forum", now=NOW).data)
    with tiers.works.unit_of_work() as s:
        set_threshold(s, 50)
    works.refresh()
    assert _texts(works.conflicts, 2) == ["Strike ballot"]
    qtmodeltester.check(works.conflicts)
    # North (43 people) is under the threshold of 50; South is hidden with it.
    figures = dict(zip(_texts(works.figures, 0), _texts(works.figures, 2), strict=True))
    # South (69) is not small: hidden only as North's partner, it reads "hidden"
    assert figures["North forum"] == "fewer than 50" and figures["South forum"] == "hidden"
    assert figures["All forums"] == "112"
    qtmodeltester.check(works.figures)

    # The council records how each member voted and saves its decisions for North.
    works.down.meeting_combo.setCurrentIndex(0)
    for ordinal in (0, 1):
        works.down.item_combo.setCurrentIndex(ordinal)
        works.down.vote_combo.setCurrentIndex(works.down.vote_combo.findData("for"))
        assert works.down.record_vote(), works.down.last_message
    assert "voted For" in works.down.last_message
    decisions = tmp_path / "decisions.fkdecisions"
    works.choose_save_path = lambda parent, suggested: str(decisions)
    works.now = lambda: LATER
    assert works.down.save_decisions() == str(decisions)
    assert "Voted against its mandate: 2. North forum" in works.down.last_message

    north.now = lambda: LATER
    north.choose_open_path = lambda parent: str(decisions)
    assert north.import_bundle(), north.messages
    assert "report-back drafts filled: 2" in north.last_message
    assert "voted against the mandate on: 2. Strike ballot" in north.last_message
    assert sorted(_texts(north.decisions, 2)) == ["Pay claim", "Strike ballot"]
    strike = _texts(north.decisions, 2).index("Strike ballot")
    assert _texts(north.decisions, 6)[strike] == "Voted for (not as mandated)"
    assert _texts(north.decisions, 7)[strike] == "Not carried out"
    qtmodeltester.check(north.decisions)

    # The council sends its own bundle up to the city, its members' figures in total only.
    receive(tiers.works, send_agenda(tiers.city, tiers.cards["works"],
                                     WORKS_MEETING.replace(day=20)))
    works.refresh()
    works.peer_combo.setCurrentIndex(works.peer_combo.findData(
        tiers.cards["city"].fingerprint_text))
    city_meeting = next(i for i in range(works.meeting_combo.count())
                        if "City council" in works.meeting_combo.itemText(i))
    works.meeting_combo.setCurrentIndex(city_meeting)
    works.total_only.setChecked(True)
    assert works.check_personal_data() is not None
    assert "areas of figures: 0" in works.personal_label.text()


def test_the_tally_shows_how_a_member_council_decided(qtmodeltester):
    import datetime as dt

    from forum_kit.queries.rollup import ForumInstruction, ItemTally
    from ui.models.assembly_models import TallyModel

    model = TallyModel()
    model.set_rows(
        [
            ItemTally(
                meeting_date=dt.date(2026, 3, 20),
                ordinal=1,
                item_title="City-wide pay demand",
                for_=2,
                against=0,
                abstain=0,
                free=0,
                forums=(
                    ForumInstruction("Depot council", "for", "", "", None, "by consensus"),
                    ForumInstruction("Port council", "for", "", "", None, "by a vote of 12-3"),
                ),
            )
        ]
    )
    qtmodeltester.check(model)
    text = model.data(model.index(0, len(model.columns) - 1), DISPLAY)
    assert "Depot council: Vote for, decided by consensus" in text
    assert "Port council: Vote for, decided by a vote of 12-3" in text
