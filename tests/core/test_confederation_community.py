"""A council's own bundle up carries its members' mutual-aid and time-bank figures summed, under
the small-numbers rule (issue 20, item 4): three tiers, two forums -> a workplace council -> a
city council, where North's figures are too small to show and South's are shown. Nothing North
withheld reaches the city, not even inside a sum; fast KDF, a few records."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from forum_kit.exchange.tier_community import sum_member_figures
from forum_kit.measures import YEAR
from forum_kit.models.community_rollup import RollupCommunity
from forum_kit.models.federation import TrustedPeer
from forum_kit.queries import community_rollup
from forum_kit.services import ledgers as ledgers_s
from forum_kit.services import mutual_aid as aid_s
from forum_kit.services.contacts import add_contact
from forum_kit.small_numbers import AT_LEAST, UNDER, Protected
from tests.confederation_world import (
    CITY_MEETING,
    WORKS_MEETING,
    make_tiers,
    receive,
    send_agenda,
    send_up,
)

T1 = dt.datetime(2026, 3, 6, 9, 0, tzinfo=dt.UTC)
FEB = dt.date(2026, 2, 10)


def _community(vault, *, needs: int, people: int, exchanges: int) -> None:
    """``needs`` needs raised in February and ``exchanges`` hours among ``people`` members."""
    with vault.unit_of_work() as s:
        wp = s.execute(sa.text("SELECT id FROM workplaces")).scalar_one()
        area = s.execute(sa.text("SELECT min(id) FROM areas")).scalar_one()
        ids = [
            add_contact(
                s,
                workplace_id=wp,
                area_id=area,
                first_name=f"Member{i}",
                last_name="Test",
                today=dt.date(2026, 1, 5),
            ).id
            for i in range(people)
        ]
        for i in range(needs):
            aid_s.add_need(
                s,
                workplace_id=wp,
                kind="transport",
                raised_on=FEB,
                contact_id=ids[i % people],
                today=FEB,
            )
        bank = ledgers_s.add_time_bank(
            s, name="Depot time bank", workplace_id=wp, today=dt.date(2026, 1, 5)
        )
        for i in range(exchanges):
            ledgers_s.record_exchange(
                s,
                bank_id=bank.id,
                giver_contact_id=ids[i % people],
                receiver_contact_id=ids[(i + 1) % people],
                minutes=60,
                done_on=FEB,
                entered_by_committee=True,
                today=FEB,
            )


def _values(vault, peer_name: str) -> dict[tuple[str, str], Protected]:
    with vault.unit_of_work() as s:
        rows = s.execute(
            sa.select(
                RollupCommunity.period,
                RollupCommunity.measure,
                RollupCommunity.value,
                RollupCommunity.qualifier,
            )
            .join(TrustedPeer, TrustedPeer.id == RollupCommunity.peer_id)
            .where(RollupCommunity.forum_name == peer_name)
        ).all()
    return {(p, m): Protected(v, q) for p, m, v, q in rows}


def test_a_council_sends_its_members_community_figures_summed_and_protected(tmp_path):
    tiers = make_tiers(tmp_path)
    _community(tiers.north, needs=3, people=2, exchanges=2)  # all under the threshold
    _community(tiers.south, needs=7, people=7, exchanges=6)  # all shown
    for forum, key, sender in (
        (tiers.north, "north", "North forum"),
        (tiers.south, "south", "South forum"),
    ):
        receive(forum, send_agenda(tiers.works, tiers.cards[key], WORKS_MEETING))
        receive(
            tiers.works,
            send_up(forum, tiers.cards["works"], WORKS_MEETING, sender=sender, now=T1).data,
            now=T1,
        )
    north = _values(tiers.works, "North forum")
    assert north[("2026-02", "needs_raised")] == Protected(5, UNDER)
    assert north[("2026-02", "minutes")].value is None  # withheld: two people exchanged them
    assert north[(YEAR, "minutes")] == Protected(0, AT_LEAST)
    south = _values(tiers.works, "South forum")
    assert south[("2026-02", "needs_raised")] == Protected(7)
    assert south[(YEAR, "minutes")] == Protected(360)

    receive(tiers.works, send_agenda(tiers.city, tiers.cards["works"], CITY_MEETING), now=T1)
    up = send_up(
        tiers.works, tiers.cards["city"], CITY_MEETING, sender="Depot workplace council", now=T1
    )
    section = up.payload["community"]
    sent = {(f["period"], f["measure"]): f for f in section["figures"]}
    # Only South's shown figures are in the sums, as lower bounds: North's 3 needs and 2 hours
    # are never added in, so neither 10 needs nor 480 minutes appears anywhere.
    assert sent[("2026-02", "needs_raised")] == {
        "period": "2026-02",
        "measure": "needs_raised",
        "value": 7,
        "q": AT_LEAST,
    }
    assert sent[(YEAR, "needs_raised")]["value"] == 7
    assert sent[(YEAR, "needs_raised")]["q"] == AT_LEAST
    assert sent[(YEAR, "minutes")] == {
        "period": YEAR,
        "measure": "minutes",
        "value": 360,
        "q": AT_LEAST,
    }
    for f in section["figures"]:
        if f["measure"] in ("needs_raised", "minutes"):
            assert f["value"] not in (3, 10, 120, 480), f
    assert section["threshold"] == 5 and section["place_kind"] == "workplace"

    receive(tiers.city, up.data, now=T1)
    with tiers.city.unit_of_work() as s:
        rows = community_rollup.community_by_forum(s)
    works = next(r for r in rows if r.forum == "Depot workplace council")
    assert works.get("needs_raised").text() == "at least 7"
    assert works.get("minutes").text() == "at least 360"
    assert _values(tiers.city, "Depot workplace council")[("2026-02", "needs_raised")] == (
        Protected(7, AT_LEAST)
    )


def test_a_sum_of_shown_figures_is_protected_again_at_the_council():
    """Every member shows its count, but the sum is under the council's threshold: "fewer
    than N"; and a year made of months is a lower bound once one month is hidden."""
    figures = {
        1: [
            ("2026-02", "needs_raised", Protected(6)),
            ("2026-03", "needs_raised", Protected(0)),
            (YEAR, "needs_raised", Protected(6)),
            (YEAR, "fund_in", Protected(50)),
        ],
        2: [
            ("2026-02", "needs_raised", Protected(8)),
            ("2026-03", "needs_raised", Protected(9)),
            (YEAR, "needs_raised", Protected(17)),
            (YEAR, "fund_in", Protected(70)),
        ],
    }
    out = {(p, m): v for p, m, v in sum_member_figures(figures, 10)}
    assert out[("2026-02", "needs_raised")] == Protected(14)
    assert out[("2026-03", "needs_raised")] == Protected(10, UNDER)  # 9 people: too few
    # the year (23) less February (14) would give March's 9 back: a lower bound instead
    assert out[(YEAR, "needs_raised")] == Protected(14, AT_LEAST)
    assert out[(YEAR, "fund_in")] == Protected(120)  # an amount, not people: summed exactly
    # a member that did not send a figure makes the sum a lower bound
    out = {(p, m): v for p, m, v in sum_member_figures({1: figures[1], 2: figures[2][:3]}, 10)}
    assert out[(YEAR, "fund_in")] == Protected(50, AT_LEAST)
