"""Issue 20, the whole loop at three tiers: two forums -> a workplace council -> a city council.
Agendas go down (nobody retypes an item), mandates come up (a council's own by consensus, with
the sum of its forums' figures), decisions go down (report-back drafts filled, a delegate who
voted against the mandate marked), the forum recalls that delegate and the recall goes up; the
conflicts view; the small-numbers rule in every bundle and roll-up (sentinel areas of 1-4)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest
import sqlalchemy as sa

from forum_kit.models.assembly import AgendaItem, Delegate, Mandate, MandateReport, Meeting
from forum_kit.models.enums import MotionKind, MotionResult
from forum_kit.models.federation import CouncilDecision
from forum_kit.queries import documents, rollup
from forum_kit.reports.briefing import build_briefing
from forum_kit.services import assemblies as asm
from forum_kit.small_numbers import get_threshold, set_threshold
from tests.confederation_world import (
    CITY_MEETING,
    NOW,
    SENTINEL_AREAS,
    WORKS_MEETING,
    body_id,
    elect,
    hold_meeting,
    make_tiers,
    mandate,
    receive,
    send_agenda,
    send_decisions,
    send_up,
)

T1 = NOW + dt.timedelta(days=2)  # mandates go up
T2 = NOW + dt.timedelta(days=11)  # the workplace council has met
T3 = NOW + dt.timedelta(days=12)  # the forum recalls its delegate
T4 = NOW + dt.timedelta(days=21)  # the city council has met
SMALL = {n for areas in SENTINEL_AREAS.values() for n in areas.values()}
COUNTS = ("headcount", "supporters", "committee_members", "one_on_ones_90d", "open_grievances")


def _no_small_figure(figures: dict, threshold: int = 5) -> None:
    """No figure of 1 to threshold-1 is shown, and no shown parent less its shown children
    leaves one: the hidden part of every group is 0 or at least the threshold."""
    rows = [figures["total"], *figures["areas"]]
    parents: list[int | None] = [None]
    stack: list[tuple[int, int]] = []
    for i, row in enumerate(figures["areas"], start=1):
        while stack and stack[-1][0] >= row["depth"]:
            stack.pop()
        parents.append(stack[-1][1] if stack else 0)
        stack.append((row["depth"], i))
    for f in COUNTS:
        for row in rows:
            assert row[f] is None or not 0 < row[f] < threshold, (f, row["area"])
        for p, parent in enumerate(rows):
            if parent[f] is None or f in parent["at_least"]:
                continue
            kids = [rows[i] for i, q in enumerate(parents) if q == p]
            if not kids:
                continue
            rest = parent[f] - sum(k[f] or 0 for k in kids)
            if any(k[f] is None for k in kids):
                assert rest == 0 or rest >= threshold, (f, parent["area"])
    for g in (*figures["grievances"], *figures["issues"]):
        assert g["count"] is None or not 0 < g["count"] < threshold


def test_three_tiers_agenda_mandates_decisions_report_backs_and_recall(tmp_path):
    tiers = make_tiers(tmp_path)
    north, south, works, city, cards = (tiers.north, tiers.south, tiers.works, tiers.city,
                                        tiers.cards)

    # 1. Down: the workplace council's signed agenda creates the meeting in each forum's vault.
    for forum, c in ((north, cards["north"]), (south, cards["south"])):
        got = receive(forum, send_agenda(works, c, WORKS_MEETING, due=dt.date(2026, 3, 8)))
        assert (got.kind, got.items, got.council) == ("agenda", 2, "Depot workplace council")
    with north.unit_of_work() as s:
        meeting = s.execute(sa.select(Meeting).where(
            Meeting.body_id == body_id(s, "Depot workplace council"))).scalar_one()
        assert (meeting.held_at, meeting.place, meeting.mandates_due) == (
            WORKS_MEETING, "Union hall", dt.date(2026, 3, 8))
        items = s.execute(sa.select(AgendaItem.ordinal, AgendaItem.title, AgendaItem.description)
                          .where(AgendaItem.meeting_id == meeting.id)
                          .order_by(AgendaItem.ordinal)).all()
        assert [tuple(i) for i in items] == [
            (1, "Pay claim", "The claim for 6% this year."),
            (2, "Strike ballot", "Whether to ballot for a strike over the rota."),
        ]

    # 2. Up: the forums mandate their delegates on the imported items and send their bundles.
    mandate(north, "North forum", "Depot workplace council", WORKS_MEETING, ["for", "against"])
    mandate(south, "South forum", "Depot workplace council", WORKS_MEETING, ["for", "for"])
    elect(north, "North forum", "Depot workplace council", "Ann of North", dt.date(2026, 1, 5))
    elect(south, "South forum", "Depot workplace council", "Bea of South", dt.date(2026, 1, 5))
    for forum, sender in ((north, "North forum"), (south, "South forum")):
        sent = send_up(forum, cards["works"], WORKS_MEETING, sender=sender, now=T1)
        _no_small_figure(sent.payload["figures"])
        text = json.dumps(sent.payload, ensure_ascii=False)
        for area in SENTINEL_AREAS[sender.split()[0]]:
            row = next(a for a in sent.payload["figures"]["areas"] if a["area"] == area)
            assert all(row[f] is None for f in COUNTS), area
        receive(works, sent.data, now=T1)

    with works.unit_of_work() as s:
        tally = rollup.mandate_tally(s, meeting_date=WORKS_MEETING.date())
        clash = rollup.conflicts(s, meeting_date=WORKS_MEETING.date())
        by_forum = {f.forum: f for f in rollup.figures_by_forum(s)}
        total = rollup.figures_total(s)
    assert [(t.item_title, t.for_, t.against)
            for t in tally] == [("Pay claim", 2, 0), ("Strike ballot", 1, 1)]
    # The conflicts view: only the strike ballot divides the forums.
    assert [c.item_title for c in clash] == ["Strike ballot"]
    # Figures summed from what the forums sent: Loading (its Nook inside) + Office + Loft, and
    # Loading (its Booth inside) + Office + Shed.
    assert by_forum["North forum"].headcount == 43 and by_forum["South forum"].headcount == 69
    assert total.headcount == 112 and "headcount" not in total.at_least

    # 3. The city's agenda reaches the workplace council; it mandates its own delegate by
    #    consensus of its forums' mandates and sends the sum of its forums' figures up.
    receive(works, send_agenda(city, cards["works"], CITY_MEETING), now=T1)
    mandate(works, "Depot workplace council", "City council", CITY_MEETING, ["for"],
            consensus=True)
    elect(works, "Depot workplace council", "City council", "Cal of Depot", dt.date(2026, 3, 2))
    up = send_up(works, cards["city"], CITY_MEETING, sender="Depot workplace council", now=T1)
    assert up.payload["sender_kind"] == "council"
    assert up.payload["mandates"][0]["decided_by"] == {"basis": "consensus"}
    figures = up.payload["figures"]
    assert [a["area"] for a in figures["areas"]] == ["North forum", "South forum"]
    assert figures["total"]["headcount"] == 112
    _no_small_figure(figures)
    text = json.dumps(up.payload, ensure_ascii=False)
    # Nothing of a forum's chart reappears higher up: no area, no red line, no forum delegate.
    for name in (*SENTINEL_AREAS["North"], *SENTINEL_AREAS["South"], "Loading", "Office",
                 "Ann of North", "Bea of South"):
        assert name not in text
    total_only = send_up(works, cards["city"], CITY_MEETING, sender="Depot workplace council",
                         now=T1, per_member=False)
    assert total_only.payload["figures"]["areas"] == []
    assert total_only.payload["figures"]["total"]["headcount"] == 112
    receive(city, up.data, now=T1)
    with city.unit_of_work() as s:
        city_tally = rollup.mandate_tally(s)
        city_figures = rollup.figures_total(s)
        city_delegates = rollup.delegates_by_forum(s)
    assert [(t.item_title, t.for_) for t in city_tally] == [("City-wide pay demand", 1)]
    assert city_tally[0].forums[0].forum == "Depot workplace council"
    # stored with the mandate and shown on the receiving body's roll-up
    assert city_tally[0].forums[0].decided_by == "by consensus"
    assert city_tally[0].forums[0].summary() == (
        "Depot workplace council: for, decided by consensus"
    )
    assert city_figures.headcount == 112
    assert [d.name for d in city_delegates] == ["Cal of Depot"]

    # 4. The workplace council meets: North's delegate votes for the strike ballot against
    #    North's mandate. Its decisions go down to both forums.
    hold_meeting(works, "Depot workplace council", WORKS_MEETING,
                 [(MotionResult.CARRIED, 2, 0, 0), (MotionResult.CARRIED, 2, 0, 0)],
                 {"north": ["for", "for"], "south": ["for", "for"]}, cards)
    to_north = send_decisions(works, cards["north"], WORKS_MEETING, T2)
    assert to_north.against == ("2. North forum",)
    got = receive(north, to_north.data, now=T2)
    assert got.against == ("2. Strike ballot",) and got.drafts == 2
    got_south = receive(south, send_decisions(works, cards["south"], WORKS_MEETING, T2).data,
                        now=T2)
    assert got_south.against == () and got_south.drafts == 2
    with north.unit_of_work() as s:
        reports = {
            ordinal: (str(carried), outcome)
            for ordinal, carried, outcome in s.execute(
                sa.select(AgendaItem.ordinal, MandateReport.carried_out, MandateReport.outcome)
                .join(Mandate, Mandate.id == MandateReport.mandate_id)
                .join(AgendaItem, AgendaItem.id == Mandate.agenda_item_id)
            )
        }
        decision = s.execute(sa.select(CouncilDecision).join(
            AgendaItem, AgendaItem.id == CouncilDecision.agenda_item_id)
            .where(AgendaItem.ordinal == 2)).scalar_one()
        tally_by_member = json.loads(decision.tally)
        ann = s.execute(sa.select(Delegate).where(Delegate.display_name == "Ann of North")
                        ).scalar_one()
        delegate_on_report = s.execute(sa.select(MandateReport.delegate_id)).scalars().first()
    assert reports[1][0] == "yes" and reports[2][0] == "no"
    assert "voted against the mandate" in reports[2][1]
    assert decision.against_mandate and decision.delegate_vote == "for"
    assert decision.result == "carried" and decision.votes_for == 2
    assert {m["member"]: (m["vote"], m["mandate"]) for m in tally_by_member} == {
        "North forum": ("for", "against"), "South forum": ("for", "for")}
    assert delegate_on_report == ann.id

    # The decisions are in the forum's next briefing (for the council's next meeting).
    with north.unit_of_work() as s:
        council = body_id(s, "Depot workplace council")
        nxt = asm.schedule_meeting(s, body_id=council, held_at=dt.datetime(2026, 4, 14, 18))
        asm.add_agenda_item(s, meeting_id=nxt.id, title="Rota")
        brief = documents.briefing_data(s, forum_id=body_id(s, "North forum"),
                                        council_meeting_id=nxt.id, as_of=T3.date())
    assert [(d.ordinal, d.title, d.result, d.against_mandate) for d in brief.decisions] == [
        (1, "Pay claim", "carried", False), (2, "Strike ballot", "carried", True)]
    # The briefing follows the small-numbers rule: the sentinel areas' figures are not printed.
    listed = [a for a in brief.areas if "Sentinel" in a.area_name]
    assert [a.area_name for a in listed] == ["Sentinel Loft"]  # the top-level areas
    for row in listed:
        assert (row.headcount, row.supporters_pct, row.committee_members) == (None, None, None)
        assert "headcount" not in row.hidden  # small: it reads "fewer than 5"
    # An area of 5 or more hidden with a small one (so the total cannot give it back) is not
    # small: it reads "hidden".
    partners = [a.area_name for a in brief.areas if a.headcount is None and "Sentinel" not in
                a.area_name]
    assert partners and all("headcount" in a.hidden for a in brief.areas
                            if a.area_name in partners)
    pdf = tmp_path / "briefing.pdf"
    build_briefing(brief, pdf)
    text = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())
    assert "Decisions of the last meeting" in text and "against the mandate" in text
    assert "fewer than 5" in text
    assert "hidden" in text  # the partner area's headcount
    for name in ("Sentinel Loft",):
        # the table's header ("Ratio (target 1:10)") may follow the name in reading order
        after = text.replace("(target 1:10)", "").split(name, 1)[1][:40]
        assert not any(f" {n} " in f" {after} " for n in SMALL), (name, after)

    # 5. North recalls Ann for voting against the mandate and elects Dee; the next bundle
    #    carries the recall and the report-backs up.
    with north.unit_of_work() as s:
        forum = body_id(s, "North forum")
        fm = asm.schedule_meeting(s, body_id=forum, held_at=dt.datetime(2026, 3, 13, 12))
        recall = asm.record_motion(s, meeting_id=fm.id, text="Recall Ann: voted against the "
                                   "mandate on the strike ballot", kind=MotionKind.RECALL,
                                   result=MotionResult.CARRIED, votes_for=21, votes_against=4)
        asm.recall_delegate(s, delegate_id=ann.id, motion_id=recall.id, on=dt.date(2026, 3, 13))
    elect(north, "North forum", "Depot workplace council", "Dee of North", dt.date(2026, 3, 13))
    receive(works, send_up(north, cards["works"], WORKS_MEETING, sender="North forum",
                           now=T3).data, now=T3)
    with works.unit_of_work() as s:
        delegates = [(d.name, d.recalled) for d in rollup.delegates_by_forum(s)
                     if d.forum == "North forum"]
        carried = {(t.ordinal, f.forum): f.carried_out
                   for t in rollup.mandate_tally(s) for f in t.forums}
    assert delegates == [("Dee of North", False), ("Ann of North", True)]
    assert carried[(2, "North forum")] == "no"

    # 6. The city council's decisions reach the workplace council: its report-back draft.
    hold_meeting(city, "City council", CITY_MEETING, [(MotionResult.CONSENSUS, None, None, None)],
                 {"works": ["for"]}, {"works": cards["works"]})
    got = receive(works, send_decisions(city, cards["works"], CITY_MEETING, T4).data, now=T4)
    assert got.drafts == 1 and got.against == ()
    with works.unit_of_work() as s:
        report = s.execute(sa.select(MandateReport)).scalar_one()
    assert str(report.carried_out) == "yes"
    assert "consensus" in report.outcome


def test_threshold_is_set_per_vault_and_changes_what_is_hidden(tmp_path):
    tiers = make_tiers(tmp_path)
    with tiers.north.unit_of_work() as s:
        assert get_threshold(s) == 5
        set_threshold(s, 13)
        assert get_threshold(s) == 13
        with pytest.raises(Exception, match="from 2 to 100"):
            set_threshold(s, 1)
    receive(tiers.north, send_agenda(tiers.works, tiers.cards["north"], WORKS_MEETING))
    sent = send_up(tiers.north, tiers.cards["works"], WORKS_MEETING, sender="North forum", now=T1)
    areas = {a["area"]: a["headcount"] for a in sent.payload["figures"]["areas"]}
    # Office (12) is now under the threshold too; Loading (30 with the Nook's 3) keeps its
    # figure, but the Nook stays hidden whatever its partner.
    assert areas["Office"] is None and areas["Sentinel Nook"] is None
    assert sent.payload["threshold"] == 13
    _no_small_figure(sent.payload["figures"], 13)


def test_a_council_hides_a_small_member_and_its_sum_is_a_lower_bound(tmp_path):
    """A member too small to show: the council's sum is made of what it can show ("N+"), so
    nobody learns the small member's figure by subtraction, at any tier."""
    tiers = make_tiers(tmp_path)
    receive(tiers.north, send_agenda(tiers.works, tiers.cards["north"], WORKS_MEETING))
    receive(tiers.south, send_agenda(tiers.works, tiers.cards["south"], WORKS_MEETING))
    # South becomes tiny: 3 people in all.
    with tiers.south.unit_of_work() as s:
        s.execute(sa.text("UPDATE area_headcounts SET headcount = 1"))
        s.execute(sa.text("UPDATE area_headcounts SET headcount = 0 WHERE area_id = "
                          "(SELECT min(id) FROM areas)"))
    for forum, sender in ((tiers.north, "North forum"), (tiers.south, "South forum")):
        receive(tiers.works, send_up(forum, tiers.cards["works"], WORKS_MEETING, sender=sender,
                                     now=T1).data, now=T1)
    with tiers.works.unit_of_work() as s:
        by_forum = {f.forum: f for f in rollup.figures_by_forum(s)}
        total = rollup.figures_total(s)
    assert by_forum["South forum"].headcount is None
    assert total.headcount == 43 and "headcount" in total.at_least
    receive(tiers.works, send_agenda(tiers.city, tiers.cards["works"], CITY_MEETING), now=T1)
    up = send_up(tiers.works, tiers.cards["city"], CITY_MEETING,
                 sender="Depot workplace council", now=T1)
    figures = up.payload["figures"]
    assert figures["total"]["headcount"] == 43 and "headcount" in figures["total"]["at_least"]
    assert [a["headcount"] for a in figures["areas"]] == [43, None]
    _no_small_figure(figures)


def test_decided_words():
    assert rollup.decided_words("consensus", None, None, None) == "by consensus"
    assert rollup.decided_words("vote", 12, 3, None) == "by a vote of 12-3"
    assert rollup.decided_words("vote", 12, 3, 2) == "by a vote of 12-3, 2 abstaining"
    assert rollup.decided_words("vote", None, None, None) == "by a vote"
    assert rollup.decided_words(None, None, None, None) == ""
