"""Growth metrics as of a date: hand-checked cases, and the cached figures (``growth_series``,
``area_figures``) equal to the per-point SQL answer (``area_figures_live``) on seeded random
histories."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from forum_kit import growth
from forum_kit.errors import InvalidInput, NotFound
from forum_kit.models import Contract, Grievance
from forum_kit.models.enums import GrievanceStatus, GrievanceType
from forum_kit.services import assessments as asm
from forum_kit.services import committees as cm
from forum_kit.services import contacts as cs
from forum_kit.services import conversations as cv
from forum_kit.services import structure_tests as sts
from forum_kit.services import workplaces as ws

D0 = dt.date(2024, 1, 1)


def day(n: int) -> dt.date:
    return D0 + dt.timedelta(days=n)


def _grievance(session, wp, area, number, opened, closed_on=None):
    contract = session.query(Contract).filter_by(name="Main").one_or_none()
    if contract is None:
        contract = Contract(name="Main", workplace_id=wp.id)
        session.add(contract)
        session.flush()
    g = Grievance(
        number=number, workplace_id=wp.id, area_id=area.id, contract_id=contract.id,
        grievance_type=GrievanceType.INDIVIDUAL, title="Pay", incident_on=opened,
        current_step=1, opened_on=opened,
    )
    if closed_on is not None:
        g.status = GrievanceStatus.CLOSED
        g.outcome_on = closed_on
    session.add(g)
    session.flush()
    return g


@pytest.fixture
def site(session):
    wp = ws.add_workplace(session, name="Plant", today=D0)
    dept = ws.add_area(session, workplace_id=wp.id, name="Packing")
    line = ws.add_area(session, workplace_id=wp.id, name="Line 1", parent_id=dept.id)
    return wp, dept, line


@pytest.fixture(params=["area_figures", "area_figures_live"])
def figures(request):
    """Hand-checked cases hold for the cached figures (read between edits) and the live SQL."""
    return getattr(growth, request.param)


def _add(session, wp, area, name, added=0):
    return cs.add_contact(
        session, workplace_id=wp.id, area_id=area.id, first_name=name, today=day(added)
    )


def test_supporter_downgraded_counts_before_not_after(session, site, figures):
    wp, dept, line = site
    ana = _add(session, wp, line, "Ana")
    asm.append_assessment(session, contact_id=ana.id, level=2, assessed_on=day(10))
    asm.append_assessment(session, contact_id=ana.id, level=4, assessed_on=day(30))
    before = figures(session, area_id=dept.id, as_of=day(20))
    after = figures(session, area_id=dept.id, as_of=day(30))
    assert (before.supporters, before.assessed) == (1, 1)
    assert (after.supporters, after.assessed) == (0, 1)
    assert figures(session, area_id=dept.id, as_of=day(5)).assessed == 0
    # level 0 is not "assessed"
    asm.append_assessment(session, contact_id=ana.id, level=0, assessed_on=day(40))
    assert figures(session, area_id=dept.id, as_of=day(40)).assessed == 0
    series = growth.growth_series(
        session, area_ids=[dept.id], start=day(5), end=day(40), step_days=5
    )[dept.id]
    assert [f.supporters for f in series] == [0, 1, 1, 1, 1, 0, 0, 0]


def test_member_who_left_and_headcount_history(session, site, figures):
    wp, dept, line = site
    people = [_add(session, wp, line, f"P{i}") for i in range(12)]
    cm.join_committee(session, contact_id=people[0].id, role="C", joined_on=day(1))
    cm.join_committee(session, contact_id=people[1].id, role="CH", joined_on=day(1))
    cm.leave_committee(session, contact_id=people[0].id, left_on=day(20))
    cs.mark_left(session, contact_id=people[11].id, left_on=day(15))
    f10 = figures(session, area_id=dept.id, as_of=day(10))
    assert (f10.committee_members, f10.committee_helpers) == (1, 1)
    # no headcount recorded: the mapped contacts
    assert f10.headcount == 12 and f10.mapped == 12 and f10.mapped_pct == 100.0
    assert f10.target_members == 2 and f10.below_target and f10.committee_ratio == 12.0
    f20 = figures(session, area_id=dept.id, as_of=day(20))
    assert f20.committee_members == 0 and f20.committee_ratio is None
    assert f20.mapped == 11 and f20.headcount == 11
    ws.set_headcount(session, area_id=line.id, as_of=day(5), headcount=40)
    ws.set_headcount(session, area_id=line.id, as_of=day(25), headcount=50)
    assert figures(session, area_id=dept.id, as_of=day(4)).headcount == 12
    f10 = figures(session, area_id=dept.id, as_of=day(10))
    assert f10.headcount == 40 and f10.mapped_pct == pytest.approx(30.0)
    assert f10.target_members == 4
    assert figures(session, area_id=dept.id, as_of=day(30)).headcount == 50
    # a department's own record covers its sub-areas
    ws.set_headcount(session, area_id=dept.id, as_of=day(26), headcount=70)
    assert figures(session, area_id=dept.id, as_of=day(30)).headcount == 70
    assert figures(session, area_id=line.id, as_of=day(30)).headcount == 50


def test_talks_follow_ups_tests_and_grievances(session, site, figures):
    wp, dept, line = site
    ana, ben, cy = (_add(session, wp, line, n) for n in ("Ana", "Ben", "Cy"))
    cv.log_conversation(session, contact_id=ana.id, held_on=day(10), follow_up_on=day(12))
    done = cv.log_conversation(session, contact_id=ben.id, held_on=day(11), follow_up_on=day(12))
    cv.complete_follow_up(session, conversation_id=done.id)
    f = figures(session, area_id=dept.id, as_of=day(12))
    assert (f.one_on_ones_90d, f.follow_ups_due) == (2, 1)
    assert figures(session, area_id=dept.id, as_of=day(11)).follow_ups_due == 0
    assert figures(session, area_id=dept.id, as_of=day(100)).one_on_ones_90d == 1
    assert figures(session, area_id=dept.id, as_of=day(101)).one_on_ones_90d == 0
    assert f.last_test_pct is None
    t = sts.create_structure_test(
        session, workplace_id=wp.id, kind="petition", title="P", starts_on=day(20),
        ends_on=day(25), area_id=line.id,
    )
    sts.record_outcome(
        session, test_id=t.id, contact_id=ana.id, outcome="participated", recorded_on=day(21)
    )
    sts.record_outcome(
        session, test_id=t.id, contact_id=ben.id, outcome="participated", recorded_on=day(24)
    )
    sts.record_outcome(
        session, test_id=t.id, contact_id=cy.id, outcome="refused", recorded_on=day(24)
    )
    assert figures(session, area_id=dept.id, as_of=day(22)).last_test_pct == (
        pytest.approx(100 / 3)
    )
    assert figures(session, area_id=dept.id, as_of=day(40)).last_test_pct == (
        pytest.approx(200 / 3)
    )
    _grievance(session, wp, line, "G-1", day(5))
    _grievance(session, wp, line, "G-2", day(5), closed_on=day(30))
    assert figures(session, area_id=dept.id, as_of=day(4)).open_grievances == 0
    assert figures(session, area_id=dept.id, as_of=day(29)).open_grievances == 2
    assert figures(session, area_id=dept.id, as_of=day(30)).open_grievances == 1


def test_validation(session, site):
    wp, dept, line = site
    with pytest.raises(NotFound):
        growth.area_figures(session, area_id=999, as_of=D0)
    with pytest.raises(InvalidInput):
        growth.growth_series(session, area_ids=[dept.id], start=day(5), end=day(1))
    with pytest.raises(InvalidInput):
        growth.growth_series(session, area_ids=[dept.id], start=D0, end=day(5), step_days=0)
    assert growth.growth_series(session, area_ids=[], start=D0, end=day(5)) == {}
    rows = growth.workplace_figures(session, workplace_id=wp.id, as_of=day(3))
    assert [r.area_id for r in rows] == [dept.id, line.id]
    other = ws.add_workplace(session, name="Depot", today=D0)
    with pytest.raises(InvalidInput):
        growth.workplace_figures(session, workplace_id=other.id, as_of=D0, area_ids=[dept.id])


def _random_history(session, rng: random.Random, name: str):
    """A small workplace with random dated history of every kind the metrics read."""
    wp = ws.add_workplace(session, name=name, today=D0)
    roots = [ws.add_area(session, workplace_id=wp.id, name=f"R{i}") for i in range(2)]
    areas = list(roots)
    for i in range(4):
        areas.append(
            ws.add_area(session, workplace_id=wp.id, name=f"S{i}", parent_id=rng.choice(areas).id)
        )
    people = []
    for i in range(30):
        c = _add(session, wp, rng.choice(areas), f"N{i}", added=rng.randrange(0, 120))
        people.append(c)
        if rng.random() < 0.25:
            cs.mark_left(session, contact_id=c.id, left_on=day(rng.randrange(c.added_on.toordinal()
                         - D0.toordinal(), 200)))
        for _ in range(rng.randrange(0, 4)):
            asm.append_assessment(
                session, contact_id=c.id, level=rng.randrange(0, 6),
                assessed_on=day(rng.randrange(0, 200)),
            )
        for _ in range(rng.randrange(0, 3)):
            held = rng.randrange(0, 200)
            conv = cv.log_conversation(
                session, contact_id=c.id, held_on=day(held),
                follow_up_on=day(held + rng.randrange(0, 30)) if rng.random() < 0.6 else None,
            )
            if conv.follow_up_on and rng.random() < 0.3:
                cv.complete_follow_up(session, conversation_id=conv.id)
        if rng.random() < 0.4:
            joined = rng.randrange(0, 150)
            cm.join_committee(
                session, contact_id=c.id, role=rng.choice(["C", "CH"]), joined_on=day(joined)
            )
            if rng.random() < 0.5:
                cm.leave_committee(
                    session, contact_id=c.id, left_on=day(joined + rng.randrange(0, 60))
                )
                if rng.random() < 0.5:
                    cm.join_committee(
                        session, contact_id=c.id, role="C", joined_on=day(joined + 70)
                    )
    for area in areas:
        for _ in range(rng.randrange(0, 3)):
            ws.set_headcount(
                session, area_id=area.id, as_of=day(rng.randrange(0, 200)),
                headcount=rng.randrange(0, 40),
            )
        if rng.random() < 0.5:
            opened = rng.randrange(0, 150)
            closed = day(opened + rng.randrange(-5, 60)) if rng.random() < 0.5 else None
            _grievance(session, wp, area, f"{name}-{area.id}", day(opened), closed)
    for k in range(3):
        target = rng.choice([None, *areas])
        start = rng.randrange(0, 150)
        test = sts.create_structure_test(
            session, workplace_id=wp.id, kind="petition", title=f"T{k}", starts_on=day(start),
            ends_on=day(start + rng.randrange(0, 30)) if rng.random() < 0.7 else None,
            area_id=None if target is None else target.id,
        )
        subtree = set(ws.area_subtree_ids(session, target.id)) if target else None
        for c in people:
            if (subtree is None or c.area_id in subtree) and rng.random() < 0.6:
                sts.record_outcome(
                    session, test_id=test.id, contact_id=c.id,
                    outcome=rng.choice(["participated", "refused", "asked"]),
                    recorded_on=day(start + rng.randrange(0, 40)),
                )
    return areas


@pytest.mark.parametrize("seed", [1, 2])
def test_series_equals_area_figures(session, seed):
    rng = random.Random(seed)
    areas = _random_history(session, rng, f"W{seed}")
    ids = [a.id for a in areas]
    series = growth.growth_series(session, area_ids=ids, start=day(-10), end=day(230),
                                  step_days=9)
    for area_id in ids:
        points = series[area_id]
        assert len(points) == 27
        for f in rng.sample(points, 4) + [points[-1]]:
            live = growth.area_figures_live(session, area_id=area_id, as_of=f.as_of)
            assert f == live, (area_id, f.as_of)
            assert growth.area_figures(session, area_id=area_id, as_of=f.as_of) == live
