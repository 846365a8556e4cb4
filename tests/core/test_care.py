"""Care for members: check-ins after a hard event (overdue ones counted beside overdue grievance
deadlines), the retaliation log (sensitive by default, witnesses among coworkers, a linked
grievance), and one member's care summary."""

from __future__ import annotations

import datetime as dt

import pytest
from beyond_helpers import TODAY, make_place

from forum_kit.errors import Conflict, InvalidInput
from forum_kit.queries import WITHHELD
from forum_kit.queries import care as care_q
from forum_kit.services import care as care_s
from forum_kit.services import contacts as contacts_s
from forum_kit.services import ledgers as ledgers_s
from forum_kit.services import mutual_aid as aid_s


@pytest.fixture
def place(session):
    return make_place(session, kind="workplace", name="Riverside depot", people=6)


def test_check_ins_open_overdue_and_done(session, place):
    late = care_s.add_check_in(
        session,
        contact_id=place.people[0],
        event="firing",
        event_on=TODAY - dt.timedelta(days=10),
        due_on=TODAY - dt.timedelta(days=3),
        checker_id=place.people[1],
        about="Dismissed after the petition",
    )
    soon = care_s.add_check_in(
        session,
        contact_id=place.people[3],
        event="injury",
        event_on=TODAY - dt.timedelta(days=1),
        due_on=TODAY,
    )
    with pytest.raises(InvalidInput, match="Someone else"):
        care_s.add_check_in(
            session,
            contact_id=place.people[0],
            event="injury",
            event_on=TODAY,
            due_on=TODAY,
            checker_id=place.people[0],
        )
    with pytest.raises(InvalidInput, match="before the event"):
        care_s.add_check_in(
            session,
            contact_id=place.people[0],
            event="injury",
            event_on=TODAY,
            due_on=TODAY - dt.timedelta(days=1),
        )
    assert care_q.count_overdue_check_ins(session, today=TODAY) == 1
    assert care_q.count_overdue_check_ins(session, today=TODAY, area_id=place.streets[1]) == 0
    rows = care_q.check_ins(session, today=TODAY, open_only=True)
    assert [(r.id, r.overdue) for r in rows] == [(late.id, True), (soon.id, False)]
    assert rows[0].checker == "Şêrko Aydın"
    care_s.record_check_in(
        session, check_in_id=late.id, done_on=TODAY, outcome="Fine; wants help with the appeal"
    )
    with pytest.raises(Conflict):
        care_s.record_check_in(session, check_in_id=late.id, done_on=TODAY, outcome="again")
    assert care_q.count_overdue_check_ins(session, today=TODAY) == 0


def test_retaliation_is_sensitive_by_default_and_names_witnesses(session, place):
    contacts_s.update_contact(session, contact_id=place.people[2], sensitive=True)
    incident = care_s.log_retaliation(
        session,
        workplace_id=place.id,
        occurred_on=TODAY - dt.timedelta(days=5),
        what="Moved to nights the day after signing the petition",
        management="Shift manager D. Grant",
        contact_id=place.people[0],
        witness_ids=[place.people[1], place.people[2]],
    )
    assert incident.sensitive
    with pytest.raises(InvalidInput, match="not a witness"):
        care_s.log_retaliation(
            session,
            workplace_id=place.id,
            occurred_on=TODAY,
            what="x",
            contact_id=place.people[0],
            witness_ids=[place.people[0]],
        )
    with pytest.raises(InvalidInput, match="required"):
        care_s.log_retaliation(session, workplace_id=place.id, occurred_on=TODAY, what="  ")
    (row,) = care_q.incidents(session)
    assert row.witnesses == ("Şêrko Aydın", "Agustín Muñoz") and row.witness_count == 2
    assert care_q.incidents(session, include_sensitive=False) == []
    (printed,) = care_q.incidents(session, sensitive_names=False)
    assert WITHHELD in printed.witnesses and "Agustín Muñoz" not in printed.witnesses
    (unnamed,) = care_q.incidents(session, names=False)
    assert unnamed.witnesses == () and unnamed.member == "a member"


def test_care_summary_of_a_member(session, place):
    member = place.people[0]
    care_s.add_check_in(
        session,
        contact_id=member,
        event="discipline",
        event_on=TODAY,
        due_on=TODAY + dt.timedelta(days=2),
    )
    aid_s.add_need(session, workplace_id=place.id, kind="food", raised_on=TODAY, contact_id=member)
    aid_s.add_offer(
        session, workplace_id=place.id, kind="translation", offered_on=TODAY, contact_id=member
    )
    bank = ledgers_s.add_time_bank(session, name="Bank", today=dt.date(2025, 1, 1))
    ledgers_s.record_exchange(
        session,
        bank_id=bank.id,
        giver_contact_id=member,
        receiver_contact_id=place.people[1],
        minutes=150,
        done_on=TODAY,
        entered_by_committee=True,
    )
    summary = care_q.care_summary(session, contact_id=member, today=TODAY)
    assert (
        len(summary.open_check_ins),
        summary.open_needs,
        summary.standing_offers,
        summary.time_balances,
        summary.incidents,
    ) == (1, 1, 1, (("Bank", 150),), 0)
