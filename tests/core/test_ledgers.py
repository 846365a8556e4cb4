"""The solidarity fund and the time bank: append-only at the database level (triggers refuse an
UPDATE or DELETE of a posted entry), corrections by reversing entries, balances that are always
the sum of the entries, and the time bank's rules (an hour is an hour, a floor below zero,
confirmation by both or entry by the committee, leavers keep their history)."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from beyond_helpers import TODAY, make_place
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forum_kit.errors import Conflict, InvalidInput
from forum_kit.models.ledgers import FundEntry, TimeExchange
from forum_kit.queries import ledgers as ledgers_q
from forum_kit.services import contacts as contacts_s
from forum_kit.services import ledgers as ledgers_s
from forum_kit.services import mutual_aid as aid_s

DAY = dt.date(2026, 1, 10)


@pytest.fixture
def place(session):
    return make_place(session, people=6)


@pytest.fixture
def fund(session, place):
    return ledgers_s.add_fund(
        session,
        name="Hardship fund",
        currency="GBP",
        workplace_id=place.id,
        today=dt.date(2025, 6, 1),
    )


@pytest.fixture
def bank(session, place):
    return ledgers_s.add_time_bank(
        session,
        name="Canal Street time bank",
        workplace_id=place.id,
        floor_minutes=120,
        today=dt.date(2025, 6, 1),
    )


def _refused(vault, sql: str, params: dict) -> str:
    with pytest.raises(sa.exc.IntegrityError) as caught, vault.unit_of_work() as s:
        s.execute(sa.text(sql), params)
    return str(caught.value)


# --------------------------------------------------------------------------- append-only


def test_a_posted_fund_entry_cannot_be_updated_or_deleted(vault):
    with vault.unit_of_work() as s:
        place = make_place(s, people=2)
        fund = ledgers_s.add_fund(s, name="Fund", today=dt.date(2025, 1, 1))
        entry = ledgers_s.post_fund_entry(
            s,
            fund_id=fund.id,
            kind="dues",
            amount_cents=500,
            posted_on=DAY,
            contact_id=place.people[0],
        )
        entry_id = entry.id
    # clearing a reference to a member who still exists is an edit of history too
    for change in (
        "amount_cents = 1",
        "posted_on = '2020-01-01'",
        "memo = 'x'",
        "kind = 'donation'",
        "contact_id = NULL",
    ):
        assert "append-only" in _refused(
            vault, f"UPDATE fund_entries SET {change} WHERE id = :i", {"i": entry_id}
        )
    assert "append-only" in _refused(
        vault, "DELETE FROM fund_entries WHERE id = :i", {"i": entry_id}
    )
    with vault.unit_of_work() as s:
        assert ledgers_q.fund_balance(s, fund.id) == 500


def test_deleting_a_member_clears_their_name_but_keeps_the_fund_entry(vault):
    with vault.unit_of_work() as s:
        place = make_place(s, people=2)
        fund = ledgers_s.add_fund(s, name="Fund", today=dt.date(2025, 1, 1))
        ledgers_s.post_fund_entry(
            s, fund_id=fund.id, kind="collection", amount_cents=2000, posted_on=DAY
        )
        need = aid_s.add_need(
            s, workplace_id=place.id, kind="money", raised_on=DAY, contact_id=place.people[0]
        )
        ledgers_s.post_fund_entry(
            s,
            fund_id=fund.id,
            kind="grant",
            amount_cents=700,
            posted_on=DAY,
            contact_id=place.people[0],
            need_id=need.id,
        )
    with vault.unit_of_work() as s:
        contacts_s.delete_contact(s, contact_id=place.people[0])
    with vault.unit_of_work() as s:
        rows = s.execute(
            sa.select(FundEntry.amount_cents, FundEntry.contact_id, FundEntry.need_id).order_by(
                FundEntry.id
            )
        ).all()
        assert [tuple(r) for r in rows] == [(2000, None, None), (-700, None, None)]
        assert ledgers_q.fund_balance(s, fund.id) == 1300


def test_a_posted_exchange_cannot_be_updated_or_deleted_but_a_pending_one_can(vault):
    with vault.unit_of_work() as s:
        place = make_place(s, people=3)
        bank = ledgers_s.add_time_bank(s, name="Bank", today=dt.date(2025, 1, 1))
        posted = ledgers_s.record_exchange(
            s,
            bank_id=bank.id,
            giver_contact_id=place.people[0],
            receiver_contact_id=place.people[1],
            minutes=90,
            done_on=DAY,
            entered_by_committee=True,
        )
        pending = ledgers_s.record_exchange(
            s,
            bank_id=bank.id,
            giver_contact_id=place.people[1],
            receiver_contact_id=place.people[2],
            minutes=30,
            done_on=DAY,
            confirmed_by_giver=True,
        )
        posted_id, pending_id = posted.id, pending.id
    for change in (
        "minutes = 600",
        "done_on = '2020-01-01'",
        "giver_id = receiver_id + 0",
        "what = 'x'",
        "posted = 0, posted_on = NULL, entered_by_committee = 0",
    ):
        assert "append-only" in _refused(
            vault, f"UPDATE time_exchanges SET {change} WHERE id = :i", {"i": posted_id}
        )
    assert "append-only" in _refused(
        vault, "DELETE FROM time_exchanges WHERE id = :i", {"i": posted_id}
    )
    with vault.unit_of_work() as s:  # confirmations of a pending exchange are allowed
        ledgers_s.confirm_exchange(s, exchange_id=pending_id, side="receiver", today=DAY)
        assert s.get(TimeExchange, pending_id).posted
    assert "append-only" in _refused(
        vault, "DELETE FROM time_exchanges WHERE id = :i", {"i": pending_id}
    )


def test_a_withdrawn_pending_exchange_is_gone(session, place, bank):
    ex = ledgers_s.record_exchange(
        session,
        bank_id=bank.id,
        giver_contact_id=place.people[0],
        receiver_contact_id=place.people[1],
        minutes=60,
        done_on=DAY,
    )
    assert not ex.posted
    ledgers_s.withdraw_exchange(session, exchange_id=ex.id)
    assert session.get(TimeExchange, ex.id) is None
    posted = ledgers_s.record_exchange(
        session,
        bank_id=bank.id,
        giver_contact_id=place.people[0],
        receiver_contact_id=place.people[1],
        minutes=60,
        done_on=DAY,
        confirmed_by_giver=True,
        confirmed_by_receiver=True,
    )
    with pytest.raises(Conflict, match="reverse"):
        ledgers_s.withdraw_exchange(session, exchange_id=posted.id)


# ------------------------------------------------------------------------------- the fund


def test_fund_refuses_to_go_below_zero_and_reverses_by_entry(session, place, fund):
    with pytest.raises(Conflict, match="below zero"):
        ledgers_s.post_fund_entry(
            session, fund_id=fund.id, kind="grant", amount_cents=100, posted_on=DAY
        )
    dues = ledgers_s.post_fund_entry(
        session,
        fund_id=fund.id,
        kind="dues",
        amount_cents=1500,
        posted_on=DAY,
        contact_id=place.people[1],
    )
    grant = ledgers_s.post_fund_entry(
        session, fund_id=fund.id, kind="grant", amount_cents=1000, posted_on=DAY
    )
    reversal = ledgers_s.reverse_fund_entry(
        session, entry_id=grant.id, posted_on=DAY, memo="paid twice"
    )
    assert reversal.amount_cents == 1000 and reversal.reverses_id == grant.id
    with pytest.raises(Conflict, match="already reversed"):
        ledgers_s.reverse_fund_entry(session, entry_id=grant.id, posted_on=DAY)
    with pytest.raises(InvalidInput, match="itself a reversal"):
        ledgers_s.reverse_fund_entry(session, entry_id=reversal.id, posted_on=DAY)
    # a reversal is allowed whatever the balance: the dues were recorded twice, say
    ledgers_s.post_fund_entry(
        session, fund_id=fund.id, kind="grant", amount_cents=1500, posted_on=DAY
    )
    ledgers_s.reverse_fund_entry(session, entry_id=dues.id, posted_on=DAY)
    rows = ledgers_q.fund_entries(session, fund.id)
    assert rows[-1].balance_cents == ledgers_q.fund_balance(session, fund.id) == -1500
    assert [r.reversed_by is not None for r in rows] == [True, True, False, False, False]
    (row,) = ledgers_q.funds(session)
    assert (row.money_in_cents, row.money_out_cents) == (2500, 4000)


@pytest.mark.parametrize("bad", [0, -5, 1.5, True, "10"])
def test_fund_amounts_are_whole_positive_cents(session, fund, bad):
    with pytest.raises(InvalidInput):
        ledgers_s.post_fund_entry(
            session, fund_id=fund.id, kind="dues", amount_cents=bad, posted_on=DAY
        )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["dues", "collection", "donation", "grant", "expense", "reverse"]),
            st.integers(min_value=1, max_value=50_000),
        ),
        max_size=25,
    )
)
def test_fund_balance_is_the_sum_of_its_entries(session, fund, steps):
    with session.begin_nested() as savepoint:
        expected = 0
        for kind, cents in steps:
            if kind == "reverse":
                open_ = [
                    e
                    for e in ledgers_q.fund_entries(session, fund.id)
                    if e.kind != "reversal" and e.reversed_by is None
                ]
                if open_:
                    target = open_[cents % len(open_)]
                    ledgers_s.reverse_fund_entry(session, entry_id=target.id, posted_on=DAY)
                    expected -= target.amount_cents
                continue
            try:
                ledgers_s.post_fund_entry(
                    session, fund_id=fund.id, kind=kind, amount_cents=cents, posted_on=DAY
                )
            except Conflict:
                assert kind in ("grant", "expense") and expected - cents < 0
                continue
            expected += cents if kind in ("dues", "collection", "donation") else -cents
        entries = ledgers_q.fund_entries(session, fund.id)
        assert ledgers_q.fund_balance(session, fund.id) == expected
        assert sum(e.amount_cents for e in entries) == expected
        assert (entries[-1].balance_cents if entries else 0) == expected
        savepoint.rollback()


# ------------------------------------------------------------------------------ time bank


def test_an_hour_is_an_hour_and_balances_follow_the_ledger(session, place, bank):
    a, b, c = place.people[:3]
    ledgers_s.record_exchange(
        session,
        bank_id=bank.id,
        giver_contact_id=a,
        receiver_contact_id=b,
        minutes=120,
        what="fixed a bike",
        done_on=DAY,
        entered_by_committee=True,
    )
    ledgers_s.record_exchange(
        session,
        bank_id=bank.id,
        giver_contact_id=b,
        receiver_contact_id=c,
        minutes=120,
        what="legal advice",
        done_on=DAY,
        entered_by_committee=True,
    )
    rows = {r.contact_id: r for r in ledgers_q.accounts(session, bank.id)}
    # two hours of bike repair and two hours of legal advice weigh the same
    assert (rows[a].balance_minutes, rows[b].balance_minutes, rows[c].balance_minutes) == (
        120,
        0,
        -120,
    )


def test_floor_below_zero_and_confirmation_by_both(session, place, bank):
    a, b = place.people[:2]
    with pytest.raises(Conflict, match="limit"):
        ledgers_s.record_exchange(
            session,
            bank_id=bank.id,
            giver_contact_id=a,
            receiver_contact_id=b,
            minutes=121,
            done_on=DAY,
            entered_by_committee=True,
        )
    ex = ledgers_s.record_exchange(
        session,
        bank_id=bank.id,
        giver_contact_id=a,
        receiver_contact_id=b,
        minutes=120,
        done_on=DAY,
        confirmed_by_receiver=True,
    )
    assert not ex.posted
    assert ledgers_q.accounts(session, bank.id)[0].pending == 1
    ledgers_s.confirm_exchange(session, exchange_id=ex.id, side="giver", today=DAY)
    assert ex.posted and ex.posted_on == DAY
    # b is at the floor: a second pending exchange cannot post until b gives
    second = ledgers_s.record_exchange(
        session,
        bank_id=bank.id,
        giver_contact_id=a,
        receiver_contact_id=b,
        minutes=15,
        done_on=DAY,
        confirmed_by_giver=True,
    )
    with pytest.raises(Conflict, match="limit"):
        ledgers_s.confirm_exchange(session, exchange_id=second.id, side="receiver", today=DAY)


def test_reversal_swaps_the_accounts_and_leavers_keep_their_history(session, place, bank):
    a, b = place.people[:2]
    ex = ledgers_s.record_exchange(
        session,
        bank_id=bank.id,
        giver_contact_id=a,
        receiver_contact_id=b,
        minutes=45,
        done_on=DAY,
        entered_by_committee=True,
    )
    rev = ledgers_s.reverse_exchange(session, exchange_id=ex.id, today=DAY, what="wrong person")
    assert (rev.giver_id, rev.receiver_id, rev.minutes) == (ex.receiver_id, ex.giver_id, 45)
    with pytest.raises(Conflict):
        ledgers_s.reverse_exchange(session, exchange_id=ex.id, today=DAY)
    assert all(r.balance_minutes == 0 for r in ledgers_q.accounts(session, bank.id))
    contacts_s.mark_left(session, contact_id=a, left_on=DAY)
    account = next(r for r in ledgers_q.accounts(session, bank.id) if r.contact_id == a)
    ledgers_s.close_account(session, account_id=account.id, closed_on=DAY)
    with pytest.raises(Conflict, match="closed"):
        ledgers_s.record_exchange(
            session,
            bank_id=bank.id,
            giver_contact_id=a,
            receiver_contact_id=b,
            minutes=10,
            done_on=DAY,
            entered_by_committee=True,
        )
    statement = ledgers_q.statement(session, bank_id=bank.id, contact_id=a, through=TODAY)
    assert [x.minutes for x in statement.lines] == [45, -45]
    assert statement.lines[1].note.startswith("correction of")
    assert statement.closed_on == DAY


def test_a_member_with_exchanges_is_not_deleted(vault):
    with vault.unit_of_work() as s:
        place = make_place(s, people=3)
        bank = ledgers_s.add_time_bank(s, name="Bank", today=dt.date(2025, 1, 1))
        ledgers_s.record_exchange(
            s,
            bank_id=bank.id,
            giver_contact_id=place.people[0],
            receiver_contact_id=place.people[1],
            minutes=30,
            done_on=DAY,
            entered_by_committee=True,
        )
        ledgers_s.open_account(s, bank_id=bank.id, contact_id=place.people[2], opened_on=DAY)
    with (
        pytest.raises(Conflict, match="mark them as left|Mark them as left"),
        vault.unit_of_work() as s,
    ):
        contacts_s.delete_contact(s, contact_id=place.people[0])
    # an account never used goes with its member
    with vault.unit_of_work() as s:
        contacts_s.delete_contact(s, contact_id=place.people[2])
        assert len(ledgers_q.accounts(s, bank.id)) == 2
    # the database refuses it too, whatever path the delete takes
    assert "FOREIGN KEY" in _refused(
        vault, "DELETE FROM contacts WHERE id = :i", {"i": place.people[1]}
    )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(st.integers(0, 5), st.integers(0, 5), st.integers(1, 300), st.booleans()),
        max_size=30,
    )
)
def test_time_balances_are_the_sum_of_the_ledger_and_add_up_to_zero(session, place, bank, steps):
    with session.begin_nested() as savepoint:
        expected = dict.fromkeys(place.people, 0)
        done: list[TimeExchange] = []
        for giver, receiver, minutes, reverse in steps:
            g, r = place.people[giver], place.people[receiver]
            if reverse and done:
                target = done.pop(minutes % len(done))
                ledgers_s.reverse_exchange(session, exchange_id=target.id, today=DAY)
                g_id = next(
                    x.contact_id
                    for x in ledgers_q.accounts(session, bank.id)
                    if x.id == target.giver_id
                )
                r_id = next(
                    x.contact_id
                    for x in ledgers_q.accounts(session, bank.id)
                    if x.id == target.receiver_id
                )
                expected[g_id] -= target.minutes
                expected[r_id] += target.minutes
                continue
            if g == r:
                continue
            try:
                ex = ledgers_s.record_exchange(
                    session,
                    bank_id=bank.id,
                    giver_contact_id=g,
                    receiver_contact_id=r,
                    minutes=minutes,
                    done_on=DAY,
                    entered_by_committee=True,
                )
            except Conflict:
                assert expected[r] - minutes < -bank.floor_minutes
                continue
            done.append(ex)
            expected[g] += minutes
            expected[r] -= minutes
        rows = ledgers_q.accounts(session, bank.id)
        for row in rows:
            assert row.balance_minutes == expected[row.contact_id]
            assert row.balance_minutes == ledgers_q.account_balance(session, row.id)
            assert row.balance_minutes == row.given_minutes - row.received_minutes
            lines = ledgers_q.statement(
                session, bank_id=bank.id, contact_id=row.contact_id, through=TODAY
            ).lines
            assert sum(x.minutes for x in lines) == row.balance_minutes
        assert sum(r.balance_minutes for r in rows) == 0
        savepoint.rollback()
