"""The reads that moved out of the interface into ``forum_kit.queries``: a workplace's structure
tests and one test's outcomes, a contract for editing, a meeting's attendee ids, this vault's own
fingerprint (without making keys); and the one definition of a percentage."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import sqlalchemy as sa

from forum_kit.exchange import identity
from forum_kit.models.federation import VaultKey
from forum_kit.percent import pct_text, share
from forum_kit.queries import assemblies as aq
from forum_kit.queries import contracts as kq
from forum_kit.queries import structure_tests as tq
from forum_kit.services import assemblies as asm
from forum_kit.services import contacts as cs
from forum_kit.services import contracts as ks
from forum_kit.services import structure_tests as sts
from forum_kit.services import workplaces as ws

TODAY = dt.date(2026, 3, 10)


@pytest.fixture
def plant(session):
    wp = ws.add_workplace(session, name="Plant", today=TODAY)
    hall = ws.add_area(session, workplace_id=wp.id, name="Hall")
    people = [cs.add_contact(session, workplace_id=wp.id, area_id=hall.id, first_name=n,
                             today=TODAY) for n in ("Ana", "Ben", "Cy")]
    return wp, hall, people


def test_tests_of_lists_the_latest_first_with_the_target(session, plant):
    wp, hall, _ = plant
    old = sts.create_structure_test(session, workplace_id=wp.id, kind="petition", title="Old",
                                    starts_on=TODAY - dt.timedelta(days=30))
    new = sts.create_structure_test(session, workplace_id=wp.id, kind="button_day", title="New",
                                    starts_on=TODAY, area_id=hall.id, threshold_pct=60)
    other = ws.add_workplace(session, name="Depot", today=TODAY)
    sts.create_structure_test(session, workplace_id=other.id, kind="petition", title="X",
                              starts_on=TODAY)
    rows = tq.tests_of(session, wp.id)
    assert [r.id for r in rows] == [new.id, old.id]
    assert (rows[0].kind, rows[0].area_name, rows[0].area_id) == ("button_day", "Hall", hall.id)
    assert rows[0].threshold_pct == 60 and rows[0].starts_on == TODAY
    assert rows[1].area_name is None and rows[1].area_id is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        rows[0].title = "changed"  # type: ignore[misc]
    assert tq.tests_of(session, 9999) == []


def test_outcomes_of_one_test(session, plant):
    wp, hall, (ana, ben, _cy) = plant
    test = sts.create_structure_test(session, workplace_id=wp.id, kind="petition", title="P",
                                     starts_on=TODAY)
    other = sts.create_structure_test(session, workplace_id=wp.id, kind="petition", title="Q",
                                      starts_on=TODAY)
    sts.record_outcome(session, test_id=test.id, contact_id=ana.id, outcome="participated",
                       recorded_on=TODAY)
    sts.record_outcome(session, test_id=test.id, contact_id=ben.id, outcome="refused",
                       recorded_on=TODAY)
    sts.record_outcome(session, test_id=other.id, contact_id=ben.id, outcome="asked",
                       recorded_on=TODAY)
    got = tq.outcomes_of(session, test.id)
    assert got == {ana.id: "participated", ben.id: "refused"}
    assert all(type(v) is str for v in got.values())


def test_contract_detail(session, plant):
    wp, _, _ = plant
    contract = ks.create_contract(
        session, name="Main", workplace_id=wp.id, steps=ks.default_contract_steps(),
        holidays=[(dt.date(2026, 12, 25), "Christmas"), (dt.date(2026, 1, 1), "New Year")],
        type_starts={"discipline": 3}, weekend_days="6", roll_forward=False)
    detail = kq.contract_detail(session, contract.id)
    assert (detail.name, detail.workplace_id, detail.roll_forward) == ("Main", wp.id, False)
    assert detail.weekend_days == "6"
    assert detail.holidays == ((dt.date(2026, 1, 1), "New Year"),
                               (dt.date(2026, 12, 25), "Christmas"))
    assert ("discipline", 3) in detail.type_starts
    assert all(type(t) is str for t, _ in detail.type_starts)
    assert kq.contract_detail(session, 9999) is None


def test_attendee_ids(session, plant):
    _, _, (ana, ben, cy) = plant
    forum = asm.create_body(session, kind="forum", name="Hall forum")
    meeting = asm.schedule_meeting(session, body_id=forum.id, held_at=dt.datetime(2026, 3, 1, 18))
    other = asm.schedule_meeting(session, body_id=forum.id, held_at=dt.datetime(2026, 3, 8, 18))
    asm.record_attendance(session, meeting_id=meeting.id, contact_ids=[cy.id, ana.id])
    asm.record_attendance(session, meeting_id=other.id, contact_ids=[ben.id])
    assert sorted(aq.attendee_ids(session, meeting.id)) == sorted([ana.id, cy.id])
    assert aq.attendee_ids(session, 9999) == []


def test_own_fingerprint_reads_without_making_keys(session):
    assert aq.own_fingerprint(session) is None
    assert session.execute(sa.select(sa.func.count()).select_from(VaultKey)).scalar_one() == 0
    identity.ensure_identity(session, default_name="Forum", now=dt.datetime(2026, 3, 1, 9))
    row = session.execute(sa.select(VaultKey)).scalars().one()
    expected = identity.format_fingerprint(
        identity.fingerprint_of(row.signing_public, row.agreement_public))
    assert aq.own_fingerprint(session) == expected
    assert len(expected.split("-")) == 8


def test_share_and_pct_text():
    assert share(1, 4) == 25.0 and share(3, 0) == 0.0
    assert pct_text(None) == "—" and pct_text(None, missing="") == ""
    assert pct_text(66.6) == "67 %" and pct_text(50, gap="") == "50%"
    assert pct_text(0) == "0 %"


def test_workplace_of_area_and_contact_of_conversation(session, plant):
    from forum_kit.queries import areas as areas_q
    from forum_kit.queries import followups as fq
    from forum_kit.services import conversations as cv

    wp, hall, people = plant
    assert areas_q.workplace_of_area(session, hall.id) == wp.id
    assert areas_q.workplace_of_area(session, 10_000) is None
    note = cv.log_conversation(session, contact_id=people[1].id, held_on=TODAY)
    assert fq.contact_of_conversation(session, note.id) == people[1].id
    assert fq.contact_of_conversation(session, 10_000) is None
