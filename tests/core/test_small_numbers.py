"""The small-numbers rule for what leaves the vault: counts under the threshold are "fewer than 5",
amounts about few people are withheld, and no total lets a hidden count be subtracted back out;
the time-bank and mutual-aid figures a forum sends up follow it."""

from __future__ import annotations

import datetime as dt

from beyond_helpers import make_place
from hypothesis import given
from hypothesis import strategies as st

from forum_kit.queries.community_figures import (
    MONTHLY,
    YEAR,
    community_figures,
    forum_community_figures,
)
from forum_kit.services import assemblies as assemblies_s
from forum_kit.services import ledgers as ledgers_s
from forum_kit.services import mutual_aid as aid_s
from forum_kit.small_numbers import Protected, protect, protect_measure, protect_total

THROUGH = dt.date(2026, 3, 31)


def test_protect_counts():
    assert [protect(n).text() for n in (0, 1, 4, 5, 1234)] == [
        "0",
        "fewer than 5",
        "fewer than 5",
        "5",
        "1,234",
    ]
    assert protect(3, threshold=10).text() == "fewer than 10"
    assert protect_measure(600, people=3).text() == "not shown (few people)"
    assert protect_measure(600, people=5).text(lambda m: f"{m // 60} h") == "10 h"


@given(st.lists(st.integers(0, 40), min_size=1, max_size=12))
def test_no_total_gives_a_hidden_count_back(counts):
    parts = [protect(n) for n in counts]
    total = protect_total(parts, sum(counts))
    hidden = [n for n, p in zip(counts, parts, strict=True) if not p.exact]
    if not hidden:
        assert total == protect(sum(counts))
        return
    assert not total.exact
    if total.qualifier == "at_least":
        # exactly what a reader adds up from the parts shown: subtraction leaves nothing
        assert total.value == sum(p.value for p in parts if p.exact)
    else:
        assert total.qualifier == "under" and sum(counts) < 5


def _exchange(session, bank, giver, receiver, day, minutes=60):
    ledgers_s.record_exchange(
        session,
        bank_id=bank.id,
        giver_contact_id=giver,
        receiver_contact_id=receiver,
        minutes=minutes,
        done_on=day,
        entered_by_committee=True,
    )


def test_time_bank_figures_leave_small_months_out(session):
    place = make_place(session, people=8)
    other = make_place(session, name="Elsewhere", people=4)
    bank = ledgers_s.add_time_bank(session, name="Bank", today=dt.date(2025, 1, 1))
    p = place.people
    # January: three members only -> withheld; February: six members -> shown
    _exchange(session, bank, p[0], p[1], dt.date(2026, 1, 5))
    _exchange(session, bank, p[1], p[2], dt.date(2026, 1, 6))
    for giver, receiver in ((p[0], p[1]), (p[2], p[3]), (p[4], p[5]), (p[1], p[0])):
        _exchange(session, bank, giver, receiver, dt.date(2026, 2, 10), minutes=90)
    # an exchange later reversed happened in nobody's count
    ex = ledgers_s.record_exchange(
        session,
        bank_id=bank.id,
        giver_contact_id=p[6],
        receiver_contact_id=p[7],
        minutes=600,
        done_on=dt.date(2026, 2, 11),
        entered_by_committee=True,
    )
    ledgers_s.reverse_exchange(session, exchange_id=ex.id, today=dt.date(2026, 2, 12))
    # members of another place are not this forum's
    _exchange(session, bank, other.people[0], other.people[1], dt.date(2026, 2, 10))
    figures = community_figures(
        session, workplace_ids=[place.id], through=THROUGH, months=3, place_kind="neighbourhood"
    )
    get = figures.get
    assert get("2026-01", "active_members").text() == "fewer than 5"
    assert get("2026-01", "minutes").qualifier == "withheld"
    assert get("2026-02", "active_members") == Protected(6)
    assert get("2026-02", "minutes") == Protected(360)
    assert get("2026-02", "exchanges").text() == "fewer than 5"  # a count, though of events
    assert get("2026-03", "minutes") == Protected(0)
    assert get(YEAR, "minutes").text() == "at least 360"
    assert get(YEAR, "active_members") == Protected(6)
    # no count under the threshold is shown exactly, anywhere
    for _period, measure, value in figures.figures:
        if value.exact and measure in MONTHLY and measure != "minutes":
            assert value.value == 0 or value.value >= 5, measure


def test_forum_figures_of_a_street_assembly(session):
    place = make_place(session, people=8)
    council = assemblies_s.create_body(session, kind="council", name="City council")
    forum = assemblies_s.create_body(
        session, kind="forum", name="Tenants' assembly", parent_id=council.id, workplace_id=place.id
    )
    for i in range(6):
        need = aid_s.add_need(
            session,
            workplace_id=place.id,
            kind="food",
            raised_on=dt.date(2026, 3, 1 + i),
            contact_id=place.people[i],
        )
        aid_s.match_need(
            session,
            need_id=need.id,
            helper_id=place.people[(i + 1) % 8],
            matched_on=dt.date(2026, 3, 2 + i),
        )
        aid_s.close_need(session, need_id=need.id, status="met", closed_on=dt.date(2026, 3, 3 + i))
    figures = forum_community_figures(session, forum_id=forum.id, as_of=THROUGH)
    assert figures.place_kind == "neighbourhood"
    assert figures.get("2026-03", "needs_raised") == Protected(6)
    assert figures.get("2026-03", "met_within_week") == Protected(6)
    assert figures.get("2026-03", "helpers") == Protected(6)
    assert figures.get("2026-02", "needs_raised") == Protected(0)


def test_a_partner_hidden_though_not_small_is_marked_hidden():
    """A council of two members at a threshold of 50: North (43) is small; South (69) is
    hidden only so that the total (112) does not give North back. South's figures are named
    in ``hidden`` (they read "hidden", not "fewer than 50"); North's small ones are not."""
    from forum_kit.small_numbers import protect_rows

    def row(head: int, supporters: int, committee: int) -> dict:
        return {"headcount": head, "supporters": supporters, "committee_members": committee,
                "one_on_ones_90d": 0, "open_grievances": 0, "target_members": head // 10,
                "supporters_pct": None, "last_test_pct": None}

    north, south = row(43, 20, 4), row(69, 60, 7)
    total = {k: (v if v is None else north[k] + south[k]) for k, v in north.items()}
    out = protect_rows([total, north, south], [None, 0, 0], 50)
    assert out[0]["headcount"] == 112
    # 80 supporters of 112 leave 32 non-supporters, too few: hidden, and not small themselves
    assert out[0]["supporters"] is None and out[0]["hidden"] == ["supporters"]
    assert out[1]["headcount"] is None and "headcount" not in out[1]["hidden"]
    assert out[2]["headcount"] is None and "headcount" in out[2]["hidden"]
    assert "supporters" in out[2]["hidden"] and "committee_members" not in out[2]["hidden"]
