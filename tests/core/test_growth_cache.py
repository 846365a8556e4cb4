"""The growth cache (``growth_daily`` + ``growth_dirty``): triggers mark the right areas when
history is edited in the past, reads recompute only those, the cached figures stay equal to the
live SQL definition (``area_figures_live``), and an incrementally maintained cache equals one
rebuilt from scratch after a seeded random sequence of edits."""

from __future__ import annotations

import datetime as dt
import random

import pytest
import sqlalchemy as sa
from test_growth import _add, _grievance, _random_history, day

from forum_kit import growth
from forum_kit.models import CommitteeMembership, Contact, Conversation, Grievance
from forum_kit.models.enums import GrievanceStatus
from forum_kit.services import assessments as asm
from forum_kit.services import committees as cm
from forum_kit.services import contacts as cs
from forum_kit.services import conversations as cv
from forum_kit.services import scale
from forum_kit.services import workplaces as ws


@pytest.fixture
def site(session):
    wp = ws.add_workplace(session, name="Plant", today=day(0))
    dept = ws.add_area(session, workplace_id=wp.id, name="Packing")
    line = ws.add_area(session, workplace_id=wp.id, name="Line 1", parent_id=dept.id)
    return wp, dept, line


def _dirty(session) -> dict[int, str]:
    return dict(session.execute(sa.text("SELECT area_id, since FROM growth_dirty")).all())


def _cache_rows(session) -> list[tuple]:
    return session.execute(sa.text("SELECT * FROM growth_daily ORDER BY area_id, day")).all()


def _assert_live(session, area_ids, start=None, end=None, step=11, sample=None):
    """The cached series equals the live SQL answer at a seeded sample of its points (the live
    answer costs a dozen queries a point)."""
    start = day(-5) if start is None else start
    end = day(240) if end is None else end
    sample = random.Random(len(area_ids)) if sample is None else sample
    series = growth.growth_series(
        session, area_ids=area_ids, start=start, end=end, step_days=step
    )
    for area_id in area_ids:
        points = series[area_id]
        points = sample.sample(points, 4) + [points[-1]]
        for f in points:
            live = growth.area_figures_live(session, area_id=area_id, as_of=f.as_of)
            assert f == live, (area_id, f.as_of)
            assert growth.area_figures(session, area_id=area_id, as_of=f.as_of) == live


def test_reads_fill_the_cache_and_clear_marks(session, site):
    wp, dept, line = site
    ana = _add(session, wp, line, "Ana", added=3)
    asm.append_assessment(session, contact_id=ana.id, level=2, assessed_on=day(10))
    assert set(_dirty(session)) == {line.id}
    growth.growth_series(session, area_ids=[dept.id], start=day(0), end=day(30))
    assert _dirty(session) == {}
    # one row per day a figure changes: added (mapped) and assessed (assessed + supporter)
    rows = _cache_rows(session)
    assert [(r.area_id, r.day, r.mapped, r.assessed, r.supporters) for r in rows] == [
        (line.id, day(3).isoformat(), 1, 0, 0),
        (line.id, day(10).isoformat(), 1, 1, 1),
    ]
    # a back-dated assessment marks the area from its date only, and only rows from there change
    asm.append_assessment(session, contact_id=ana.id, level=4, assessed_on=day(5))
    assert _dirty(session) == {line.id: day(5).isoformat()}
    f = growth.area_figures(session, area_id=dept.id, as_of=day(7))
    assert (f.assessed, f.supporters) == (1, 0)
    assert growth.area_figures(session, area_id=dept.id, as_of=day(11)).supporters == 1
    assert _dirty(session) == {}


def test_edits_in_the_past_keep_the_cache_equal_to_live(session):
    rng = random.Random(7)
    areas = _random_history(session, rng, "E")
    ids = [a.id for a in areas]
    _assert_live(session, ids)
    assert _dirty(session) == {}
    people = session.scalars(sa.select(Contact).order_by(Contact.id)).all()

    # a back-dated assessment
    asm.append_assessment(session, contact_id=people[0].id, level=1, assessed_on=day(2))
    assert set(_dirty(session)) == {people[0].area_id}
    _assert_live(session, ids)

    # a contact moved to another area: both areas, from the start
    mover = next(p for p in people if p.area_id != areas[-1].id)
    old_area = mover.area_id
    cs.move_contact(session, contact_id=mover.id, area_id=areas[-1].id)
    assert _dirty(session) == {old_area: "0001-01-01", areas[-1].id: "0001-01-01"}
    _assert_live(session, ids)

    # a deleted conversation
    conv = session.scalars(sa.select(Conversation).order_by(Conversation.held_on)).first()
    session.delete(conv)
    session.flush()
    assert _dirty(session) == {
        session.get(Contact, conv.contact_id).area_id: conv.held_on.isoformat()
    }
    _assert_live(session, ids)

    # left date changed, a membership re-dated, a follow-up done, a grievance closed in the past
    leaver = people[3]
    cs.mark_left(session, contact_id=leaver.id, left_on=max(leaver.added_on, day(60)))
    membership = session.scalars(sa.select(CommitteeMembership)).first()
    membership.joined_on = day(1)
    pending = session.scalars(
        sa.select(Conversation).where(Conversation.follow_up_on.is_not(None),
                                      Conversation.follow_up_done.is_(False))
    ).first()
    if pending is not None:
        cv.complete_follow_up(session, conversation_id=pending.id)
    g = session.scalars(sa.select(Grievance).order_by(Grievance.id)).first()
    if g is not None:
        g.status = GrievanceStatus.CLOSED
        g.outcome_on = g.opened_on + dt.timedelta(days=3)
    session.flush()
    _assert_live(session, ids)

    # what a level means: every area from the start
    scale.update_level(session, level=3, counts_as_support=True)
    assert set(_dirty(session)) == set(ids) and set(_dirty(session).values()) == {"0001-01-01"}
    _assert_live(session, ids)

    # a contact deleted with all their history
    cs.delete_contact(session, contact_id=people[5].id)
    _assert_live(session, ids)


def test_deleting_areas_and_workplaces_cleans_up(session, site):
    wp, dept, line = site
    spare = ws.add_area(session, workplace_id=wp.id, name="Spare")
    ana = _add(session, wp, spare, "Ana", added=1)
    cv.log_conversation(session, contact_id=ana.id, held_on=day(2))
    growth.growth_series(session, area_ids=[spare.id], start=day(0), end=day(9))
    assert {r.area_id for r in _cache_rows(session)} == {spare.id}
    ws.delete_area(session, area_id=spare.id, move_people_to=line.id)
    assert {r.area_id for r in _cache_rows(session)} == set()
    assert _dirty(session) == {line.id: "0001-01-01"}
    _assert_live(session, [dept.id, line.id])
    growth.refresh_growth_cache(session)
    # a whole workplace goes with its areas, contacts and history in one cascade, triggers and all
    depot = ws.add_workplace(session, name="Depot", today=day(0))
    dock = ws.add_area(session, workplace_id=depot.id, name="Dock")
    ben = _add(session, depot, dock, "Ben", added=1)
    cv.log_conversation(session, contact_id=ben.id, held_on=day(2))
    growth.refresh_growth_cache(session)
    assert dock.id in {r.area_id for r in _cache_rows(session)}
    session.execute(sa.text("DELETE FROM workplaces WHERE id = :id"), {"id": depot.id})
    assert _dirty(session) == {}
    assert dock.id not in {r.area_id for r in _cache_rows(session)}
    _assert_live(session, [dept.id, line.id])


@pytest.mark.parametrize("seed", [2026, 31, 8])
def test_random_edits_incremental_equals_rebuilt(session, seed):
    rng = random.Random(seed)
    areas = _random_history(session, rng, "R")
    ids = [a.id for a in areas]
    wp_id = areas[0].workplace_id
    growth.refresh_growth_cache(session)
    for step in range(60):
        people = session.scalars(sa.select(Contact.id)).all()
        kind = rng.randrange(9)
        who = rng.choice(people)
        if kind == 0:
            asm.append_assessment(session, contact_id=who, level=rng.randrange(0, 6),
                                  assessed_on=day(rng.randrange(0, 220)))
        elif kind == 1:
            held = rng.randrange(0, 220)
            cv.log_conversation(
                session, contact_id=who, held_on=day(held),
                follow_up_on=day(held + rng.randrange(0, 20)) if rng.random() < 0.5 else None,
            )
        elif kind == 2:
            convs = session.scalars(sa.select(Conversation)).all()
            if convs:
                session.delete(rng.choice(convs))
                session.flush()
        elif kind == 3:
            cs.move_contact(session, contact_id=who, area_id=rng.choice(ids))
        elif kind == 4:
            c = session.get(Contact, who)
            left = c.added_on + dt.timedelta(days=rng.randrange(0, 150))
            cs.mark_left(session, contact_id=who, left_on=None if rng.random() < 0.3 else left)
        elif kind == 5:
            c = session.get(Contact, who)
            c.added_on = day(rng.randrange(0, 100))
            if c.left_on is not None and c.left_on < c.added_on:
                c.left_on = None
            session.flush()
        elif kind == 6:
            memberships = session.scalars(sa.select(CommitteeMembership)).all()
            if memberships and rng.random() < 0.5:
                m = rng.choice(memberships)
                m.joined_on = day(rng.randrange(0, 100))
                if m.left_on is not None and m.left_on < m.joined_on:
                    m.left_on = m.joined_on
                session.flush()
            elif not session.scalars(sa.select(CommitteeMembership).where(
                    CommitteeMembership.contact_id == who,
                    CommitteeMembership.left_on.is_(None))).first():
                cm.join_committee(session, contact_id=who, role=rng.choice(["C", "CH"]),
                                  joined_on=day(rng.randrange(0, 200)))
        elif kind == 7:
            area = rng.choice(areas)
            opened = rng.randrange(0, 200)
            _grievance(session, area.workplace, area, f"X-{step}", day(opened),
                       day(opened + rng.randrange(0, 40)) if rng.random() < 0.5 else None)
        else:
            cs.delete_contact(session, contact_id=who)
        if rng.random() < 0.3:  # reads in between, so recomputes start from varied ``since``
            pick = rng.sample(ids, 2)
            growth.growth_series(session, area_ids=pick, start=day(rng.randrange(0, 100)),
                                 end=day(230), step_days=rng.randrange(1, 15))
    _assert_live(session, ids, start=day(-3), end=day(260), step=4, sample=rng)
    incremental = _cache_rows(session)
    assert incremental
    assert growth.rebuild_growth_cache(session) == len(areas)
    assert _cache_rows(session) == incremental
    assert {r.area_id for r in incremental} <= set(ids)
    rows = growth.workplace_figures(session, workplace_id=wp_id, as_of=day(120))
    assert rows == [growth.area_figures_live(session, area_id=r.area_id, as_of=day(120))
                    for r in rows]
