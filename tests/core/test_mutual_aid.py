"""Mutual aid: needs and offers with who, what, where, when, urgency and visibility; the offers
that fit a need; matches with follow-ups listed beside the one-on-one follow-ups; closing a need
as met, partly met or unmet; the figures per area and month."""

from __future__ import annotations

import datetime as dt

import pytest
from beyond_helpers import TODAY, make_place

from forum_kit.errors import Conflict, InvalidInput
from forum_kit.queries import mutual_aid as aid_q
from forum_kit.services import ledgers as ledgers_s
from forum_kit.services import mutual_aid as aid_s

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def place(session):
    return make_place(session, people=8)


def test_a_need_names_a_member_or_nobody(session, place):
    need = aid_s.add_need(
        session,
        workplace_id=place.id,
        kind="food",
        raised_on=DAY,
        contact_id=place.people[0],
        what="Groceries until payday",
    )
    assert need.area_id == place.buildings[0]  # the member's area by default
    assert need.visibility == "committee" and need.status == "open"
    anon = aid_s.add_need(
        session,
        workplace_id=place.id,
        kind="place_to_stay",
        raised_on=DAY,
        anonymous=True,
        area_id=place.streets[1],
    )
    with pytest.raises(InvalidInput, match="anonymous"):
        aid_s.add_need(
            session,
            workplace_id=place.id,
            kind="food",
            raised_on=DAY,
            anonymous=True,
            contact_id=place.people[1],
        )
    with pytest.raises(InvalidInput, match="name"):
        aid_s.add_need(
            session,
            workplace_id=place.id,
            kind="food",
            raised_on=DAY,
            anonymous=True,
            visibility="named",
        )
    with pytest.raises(InvalidInput, match="Kind must be one of"):
        aid_s.add_need(session, workplace_id=place.id, kind="jetpack", raised_on=DAY)
    with pytest.raises(InvalidInput, match="future"):
        aid_s.add_need(
            session,
            workplace_id=place.id,
            kind="food",
            raised_on=TODAY + dt.timedelta(days=1),
            today=TODAY,
        )
    rows = {r.id: r for r in aid_q.needs(session, workplace_id=place.id)}
    assert rows[anon.id].member == aid_q.ANONYMOUS
    assert rows[need.id].member == "Zoë Ŋgema" and rows[need.id].area.endswith("Block 1")


def test_fitting_offers_nearest_first_and_matching(session, place):
    need = aid_s.add_need(
        session,
        workplace_id=place.id,
        kind="childcare",
        raised_on=DAY,
        contact_id=place.people[0],
        needed_from=DAY,
        needed_by=DAY + dt.timedelta(days=5),
        urgency="urgent",
    )
    far = aid_s.add_offer(
        session, workplace_id=place.id, kind="childcare", offered_on=DAY, contact_id=place.people[1]
    )  # Block 2, the other street
    near = aid_s.add_offer(
        session, workplace_id=place.id, kind="childcare", offered_on=DAY, contact_id=place.people[2]
    )  # Block 1, same building
    aid_s.add_offer(
        session, workplace_id=place.id, kind="repairs", offered_on=DAY, contact_id=place.people[4]
    )  # another kind
    aid_s.add_offer(
        session,
        workplace_id=place.id,
        kind="childcare",
        offered_on=DAY,
        contact_id=place.people[6],
        available_until=DAY - dt.timedelta(days=1),
    )
    own = aid_s.add_offer(
        session, workplace_id=place.id, kind="childcare", offered_on=DAY, contact_id=place.people[0]
    )
    gone = aid_s.add_offer(
        session, workplace_id=place.id, kind="childcare", offered_on=DAY, contact_id=place.people[3]
    )
    aid_s.withdraw_offer(session, offer_id=gone.id, on=DAY)
    fits = aid_q.fitting_offers(session, need_id=need.id, today=DAY)
    assert [(f.offer.id, f.fit) for f in fits] == [(near.id, "same area"), (far.id, "elsewhere")]
    assert own.id not in {f.offer.id for f in fits}
    match = aid_s.match_need(
        session,
        need_id=need.id,
        offer_id=near.id,
        matched_on=DAY,
        help_on=DAY + dt.timedelta(days=1),
        follow_up_on=DAY + dt.timedelta(days=3),
    )
    assert match.helper_id == place.people[2]
    with pytest.raises(InvalidInput, match="member in need"):
        aid_s.match_need(session, need_id=need.id, helper_id=place.people[0], matched_on=DAY)
    with pytest.raises(Conflict, match="withdrawn"):
        aid_s.match_need(session, need_id=need.id, offer_id=gone.id, matched_on=DAY)
    (row,) = aid_q.matches(session, workplace_id=place.id)
    assert (row.member, row.helper) == ("Zoë Ŋgema", "Agustín Muñoz")


def test_match_follow_ups_are_due_with_the_one_on_ones(session, place):
    need = aid_s.add_need(
        session, workplace_id=place.id, kind="transport", raised_on=DAY, contact_id=place.people[0]
    )
    due = aid_s.match_need(
        session,
        need_id=need.id,
        helper_id=place.people[1],
        matched_on=DAY,
        follow_up_on=DAY + dt.timedelta(days=2),
    )
    aid_s.match_need(
        session,
        need_id=need.id,
        helper_id=place.people[2],
        matched_on=DAY,
        follow_up_on=DAY + dt.timedelta(days=40),
    )
    today = DAY + dt.timedelta(days=5)
    rows = aid_q.match_follow_ups_due(session, today=today, workplace_id=place.id)
    assert [(r.match_id, r.overdue) for r in rows] == [(due.id, True)]
    assert aid_q.count_match_follow_ups_due(session, today=today, within_days=60) == 2
    assert aid_q.match_follow_ups_due(session, today=today, area_id=place.streets[1]) == []
    aid_s.complete_match_follow_up(session, match_id=due.id)
    assert aid_q.match_follow_ups_due(session, today=today, workplace_id=place.id) == []


def test_closing_a_need(session, place):
    need = aid_s.add_need(session, workplace_id=place.id, kind="repairs", raised_on=DAY)
    with pytest.raises(InvalidInput, match="why"):
        aid_s.close_need(session, need_id=need.id, status="unmet", closed_on=DAY)
    aid_s.close_need(
        session, need_id=need.id, status="unmet", closed_on=DAY, reason="Nobody with the tools"
    )
    with pytest.raises(Conflict, match="closed"):
        aid_s.match_need(session, need_id=need.id, helper_id=place.people[1], matched_on=DAY)
    with pytest.raises(Conflict, match="already closed"):
        aid_s.close_need(session, need_id=need.id, status="met", closed_on=DAY)
    aid_s.reopen_need(session, need_id=need.id)
    aid_s.close_need(session, need_id=need.id, status="partly_met", closed_on=DAY)
    assert aid_q.needs(session, workplace_id=place.id)[0].status == "partly_met"


def test_figures_per_area_and_month(session, place):
    fund = ledgers_s.add_fund(
        session, name="Fund", workplace_id=place.id, today=dt.date(2025, 1, 1)
    )
    ledgers_s.post_fund_entry(
        session,
        fund_id=fund.id,
        kind="collection",
        amount_cents=10_000,
        posted_on=dt.date(2026, 2, 3),
    )
    fast = aid_s.add_need(
        session, workplace_id=place.id, kind="money", raised_on=DAY, contact_id=place.people[0]
    )
    slow = aid_s.add_need(
        session, workplace_id=place.id, kind="food", raised_on=DAY, contact_id=place.people[2]
    )
    other = aid_s.add_need(
        session,
        workplace_id=place.id,
        kind="food",
        raised_on=dt.date(2026, 2, 20),
        contact_id=place.people[1],
    )
    ledgers_s.post_fund_entry(
        session,
        fund_id=fund.id,
        kind="grant",
        amount_cents=2_500,
        posted_on=DAY + dt.timedelta(days=1),
        need_id=fast.id,
    )
    aid_s.match_need(session, need_id=slow.id, helper_id=place.people[4], matched_on=DAY)
    aid_s.match_need(
        session, need_id=other.id, helper_id=place.people[4], matched_on=dt.date(2026, 2, 21)
    )
    aid_s.match_need(session, need_id=fast.id, helper_id=place.people[6], matched_on=DAY)
    aid_s.close_need(session, need_id=fast.id, status="met", closed_on=DAY + dt.timedelta(days=2))
    aid_s.close_need(session, need_id=slow.id, status="met", closed_on=DAY + dt.timedelta(days=9))
    figures = aid_q.aid_figures(session, workplace_id=place.id, through=TODAY, months=3)
    assert figures.months == ("2026-01", "2026-02", "2026-03")
    by = {(r.month, r.area): r for r in figures.rows}
    march = by[("2026-03", "Canal Street")]
    assert (march.needs_raised, march.met_within_week, march.helpers, march.fund_out_cents) == (
        2,
        1,
        2,
        2_500,
    )
    assert by[("2026-02", "Mill Lane")].needs_raised == 1
    totals = {r.month: r for r in figures.totals}
    assert (totals["2026-02"].fund_in_cents, totals["2026-03"].fund_out_cents) == (10_000, 2_500)
    assert totals["2026-03"].helpers == 2 and totals["2026-01"].needs_raised == 0
