"""A whole month of a committee working on one chart (issue 18's "done when"): a keeper and three
stewards (one scoped to one area, one without sensitive access) get copies, log a month's work,
send reports with overlapping changes, the keeper reviews them (some declined, a conflict chosen
each way), and after the next copies every steward's copy equals the keeper's chart for their
scope, field by field; declined entries come back marked declined; provenance names who
reported what."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from committee_world import HIDDEN, OUTSIDER, START, World

from forum_kit.committee import entries, review
from forum_kit.committee.scope import subtree
from forum_kit.models import (
    Area,
    Body,
    ChartEntry,
    Contact,
    Conversation,
    Grievance,
    Meeting,
    StructureTest,
)

WEEK = dt.timedelta(days=7)
AMAL, BEA, CHEN = "Amal Haddad", "Beatriz Quiñones", "Chen Wěi"


@pytest.fixture(scope="module")
def month(_template_vault, tmp_path_factory):
    world = World(_template_vault, tmp_path_factory.mktemp("month"))
    world.add_steward(_template_vault, AMAL, areas=None, sensitive=True)
    world.add_steward(_template_vault, BEA, areas=[world.scoped_area], sensitive=True)
    world.add_steward(_template_vault, CHEN, areas=None, sensitive=False)
    yield world
    world.lock()


def _copy_id(world: World, name: str, model, where) -> int:
    chart = world.chart(name)
    try:
        with chart.unit_of_work() as s:
            return s.execute(sa.select(model.id).where(where).limit(1)).scalar_one()
    finally:
        chart.close()


def _uid(world: World, model, ident: int) -> str:
    with world.keeper.unit_of_work() as s:
        return s.execute(sa.select(model.uid).where(model.id == ident)).scalar_one()


def _by_uid(world: World, name: str, model, uid: str) -> int:
    return _copy_id(world, name, model, model.uid == uid)


def _decide(world: World, received: review.Received, today: dt.date, choose) -> review.ReviewPlan:
    with world.keeper.unit_of_work() as s:
        plan = review.plan_review(s, received.report_row_id, today=today)
    decisions = {c.entry_uid: choose(c) for c in plan.changes if c.decidable}
    with world.keeper.unit_of_work() as s:
        review.apply_review(s, received.report_row_id, decisions,
                            now=dt.datetime.combine(today, dt.time(20), dt.UTC),
                            default_name="Keeper Kim")
    return plan


def test_a_month_of_committee_work(month):
    world = month
    # ---- week 1: copies out
    for name in (AMAL, BEA, CHEN):
        opened = world.send_copy(name, START)
        assert opened.keeper == "Keeper Kim" and opened.as_of == START.replace(tzinfo=None)
    bea_people = world.copy_records(BEA)["contacts"]
    with world.keeper.unit_of_work() as s:
        area_ids = subtree(s, [world.scoped_area])
        in_area = s.execute(
            sa.select(Contact.id).where(Contact.area_id.in_(area_ids),
                                        Contact.sensitive.is_(False)).order_by(Contact.id)
        ).scalars().all()
        case = s.execute(
            sa.select(Grievance.id).where(Grievance.area_id.in_(area_ids),
                                          Grievance.status == "open",
                                          Grievance.sensitive.is_(False)).order_by(Grievance.id)
        ).scalars().first()
        test = s.execute(sa.select(StructureTest.id).order_by(StructureTest.id)).scalars().first()
        meeting = s.execute(
            sa.select(Meeting.id).join(Body, Body.id == Meeting.body_id)
            .where(Body.kind == "forum").order_by(Meeting.held_at.desc())
        ).scalars().first()
    assert case is not None and test is not None and meeting is not None
    shared, other = in_area[0], in_area[1]
    shared_uid, other_uid = _uid(world, Contact, shared), _uid(world, Contact, other)
    assert shared_uid in bea_people and len(bea_people) < len(world.copy_records(AMAL)["contacts"])

    # ---- weeks 2-3: the stewards work the floor
    day = START + 2 * WEEK
    amal_talk = world.log(
        AMAL, entries.log_one_on_one, contact_id=_by_uid(world, AMAL, Contact, shared_uid),
        held_on=day.date(), texts={"agitate": "Rota changes without notice", "plan": "Petition"},
        tags=["rota"], level=2, now=day)
    world.log(AMAL, entries.correct_contact, contact_id=_by_uid(world, AMAL, Contact, shared_uid),
              changes={"phone": "+44 7700 900111"}, now=day)
    world.log(BEA, entries.log_one_on_one, contact_id=_by_uid(world, BEA, Contact, shared_uid),
              held_on=day.date(), texts={"agitate": "Ça ne va plus: la chaleur"}, level=3,
              now=day)
    # the same field as Amal's: a conflict once Amal's is in
    world.log(BEA, entries.correct_contact, contact_id=_by_uid(world, BEA, Contact, shared_uid),
              changes={"phone": "+44 7700 900222"}, now=day)
    area_uid = _uid(world, Area, world.scoped_area)
    new_person = world.log(BEA, entries.new_contact, area_id=_by_uid(world, BEA, Area, area_uid),
                           fields={"first_name": "Ngozi", "last_name": "Adébáyọ̀",
                                   "phone": "0161 496 0000"}, now=day)
    case_uid = _uid(world, Grievance, case)
    world.log(BEA, entries.correct_grievance,
              grievance_id=_by_uid(world, BEA, Grievance, case_uid),
              changes={"remedy": "Pay every hour worked, backdated"}, now=day)
    # Chen sees no sensitive people; corrects an e-mail the keeper also changes meanwhile
    world.log(CHEN, entries.correct_contact, contact_id=_by_uid(world, CHEN, Contact, other_uid),
              changes={"email": "chen.saw.this@example.org"}, now=day)
    test_uid, meeting_uid = _uid(world, StructureTest, test), _uid(world, Meeting, meeting)
    world.log(CHEN, entries.test_outcome, test_id=_by_uid(world, CHEN, StructureTest, test_uid),
              contact_id=_by_uid(world, CHEN, Contact, other_uid), outcome="participated",
              recorded_on=day.date(), now=day)
    world.log(CHEN, entries.attendance, meeting_id=_by_uid(world, CHEN, Meeting, meeting_uid),
              contact_id=_by_uid(world, CHEN, Contact, shared_uid), now=day)
    with world.keeper.unit_of_work() as s:
        s.get(Contact, other).email = "keeper.knows@example.org"

    # ---- week 3: reports in; nothing applied before the review (C-5)
    day = START + 3 * WEEK
    received = {name: world.receive(world.write_report(name, day), day)
                for name in (AMAL, BEA, CHEN)}
    with world.keeper.unit_of_work() as s:
        assert s.get(Contact, shared).phone != "+44 7700 900111"
        talks = s.execute(sa.select(sa.func.count()).select_from(Conversation)).scalar_one()

    # ---- week 4: the review
    review_day = (START + 3 * WEEK + dt.timedelta(days=2)).date()
    amal = _decide(world, received[AMAL], review_day, lambda c: "accepted")
    assert {c.status for c in amal.changes} == {"new"}
    bea = _decide(world, received[BEA], review_day,
                  lambda c: "declined" if c.status == "conflict" else "accepted")
    conflict = [c for c in bea.changes if c.status == "conflict"]
    assert len(conflict) == 1 and conflict[0].what == "Correct phone"
    detail = conflict[0].details[0]
    assert (detail.current, detail.proposed) == ("+44 7700 900111", "+44 7700 900222")
    chen = _decide(world, received[CHEN], review_day,
                   lambda c: "declined" if c.op == "attendance.add" else "accepted")
    assert [c.status for c in chen.changes if c.op == "contact.set"] == ["conflict"]

    with world.keeper.unit_of_work() as s:
        assert s.get(Contact, shared).phone == "+44 7700 900111"  # Amal's stands
        assert s.get(Contact, other).email == "chen.saw.this@example.org"  # Chen's chosen
        assert s.execute(sa.select(sa.func.count()).select_from(Conversation)).scalar_one() \
            == talks + 2  # both one-on-ones stand: history appends
        authors = {p.reporter for p in review.contact_provenance(s, shared)}
        assert authors == {AMAL, BEA}
        added = s.execute(sa.select(Contact).where(Contact.uid == new_person.target_uid)) \
            .scalar_one()
        assert added.last_name == "Adébáyọ̀"
        lines = review.contact_provenance(s, added.id)
        assert [(p.reporter, p.action) for p in lines] == [(BEA, "added")]
        assert lines[0].accepted_by == "Keeper Kim"
        assert {p.reporter for p in review.grievance_provenance(s, case)} == {BEA}

    # ---- copies again: each steward's copy is the keeper's chart for their scope
    day = START + 4 * WEEK
    back = {name: world.send_copy(name, day) for name in (AMAL, BEA, CHEN)}
    assert (back[AMAL].accepted, back[AMAL].declined) == (2, 0)
    assert (back[BEA].accepted, back[BEA].declined) == (3, 1)
    assert (back[CHEN].accepted, back[CHEN].declined) == (2, 1)
    for name in (AMAL, BEA, CHEN):
        keeper, copy = world.keeper_records(name), world.copy_records(name)
        assert keeper.keys() == copy.keys()
        for kind in keeper:
            assert copy[kind] == keeper[kind], (name, kind)
    with world.stewards[BEA].unit_of_work() as s:
        left = s.execute(sa.select(ChartEntry.op, ChartEntry.status)).all()
    assert left == [("contact.set", "declined")]
    assert amal_talk.target_uid in world.copy_records(BEA)["conversations"]

    # scope: Bea has nobody outside her area, Chen nobody sensitive
    names = {(r[1], r[2]) for r in world.copy_records(BEA)["contacts"].values()}
    assert OUTSIDER not in names and HIDDEN in names
    names = {(r[1], r[2]) for r in world.copy_records(CHEN)["contacts"].values()}
    assert HIDDEN not in names and OUTSIDER in names


def test_a_grievance_step_and_an_assessment_travel_with_their_notes(_template_vault, tmp_path):
    """The two entries the month does not log: a step answered (with its notes) and an assessment
    given without a one-on-one; accepted, both stand in the chart with Bea as their reporter and
    come back in her next copy."""
    from forum_kit.models import Assessment, GrievanceEvent
    from forum_kit.models.enums import StepEventKind

    world = World(_template_vault, tmp_path / "w", contacts=40)
    try:
        world.add_steward(_template_vault, BEA, areas=[world.scoped_area], sensitive=True)
        world.send_copy(BEA, START)
        with world.keeper.unit_of_work() as s:
            areas = subtree(s, [world.scoped_area])
            def at_step(kind: StepEventKind) -> sa.Exists:
                return sa.select(GrievanceEvent.id).where(
                    GrievanceEvent.grievance_id == Grievance.id,
                    GrievanceEvent.step == Grievance.current_step,
                    GrievanceEvent.kind == kind,
                ).exists()

            # an open case filed at its step and not answered yet: the steward logs the answer
            case = s.execute(
                sa.select(Grievance.id).where(
                    Grievance.area_id.in_(areas), Grievance.status == "open",
                    Grievance.sensitive.is_(False), at_step(StepEventKind.FILED),
                    ~at_step(StepEventKind.ANSWERED),
                ).order_by(Grievance.id)
            ).scalars().first()
            assert case is not None, "the generated area has an open case not answered"
            person = s.execute(
                sa.select(Contact.id).where(Contact.area_id.in_(areas),
                                            Contact.sensitive.is_(False)).order_by(Contact.id)
            ).scalars().first()
        case_uid, person_uid = _uid(world, Grievance, case), _uid(world, Contact, person)
        day = START + WEEK
        note = "Answer: no. Ngozi Adébáyọ̀ and 王芳 were there"
        world.log(BEA, entries.grievance_event,
                  grievance_id=_by_uid(world, BEA, Grievance, case_uid), action="answered",
                  on=day.date(), notes=note, now=day)
        world.log(BEA, entries.assess, contact_id=_by_uid(world, BEA, Contact, person_uid),
                  level=2, assessed_on=day.date(), evidence="Signed the petition", now=day)
        received = world.receive(world.write_report(BEA, day), day)
        plan = _decide(world, received, day.date(), lambda c: "accepted")
        assert [c.status for c in plan.changes] == ["new", "new"]
        with world.keeper.unit_of_work() as s:
            event = s.execute(
                sa.select(GrievanceEvent).where(GrievanceEvent.grievance_id == case,
                                                GrievanceEvent.kind == StepEventKind.ANSWERED)
            ).scalars().one()
            assert event.notes == note and event.on == day.date()
            given = s.execute(
                sa.select(Assessment).where(Assessment.contact_id == person,
                                            Assessment.evidence == "Signed the petition")
            ).scalars().one()
            assert given.level == 2 and given.assessed_on == day.date()
            assert {p.reporter for p in review.grievance_provenance(s, case)} == {BEA}
            assert BEA in {p.reporter for p in review.contact_provenance(s, person)}
        back = world.send_copy(BEA, day + dt.timedelta(days=1))
        assert (back.accepted, back.declined) == (2, 0)
        copy = world.copy_records(BEA)
        assert event.uid in copy["grievance_events"] and given.uid in copy["assessments"]
    finally:
        world.lock()
