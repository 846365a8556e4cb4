"""Dated membership (issue 22): a person's area and shift are history, so growth "as of" any date
counts people where they were then. A move changes the figures from its date on, never before;
the cache equals the live SQL definition and a cache rebuilt from scratch after dated moves; every
path that moves people (the services, a direct statement, deleting an area, the importer) keeps
the history."""

from __future__ import annotations

import datetime as dt
import random

import pytest
import sqlalchemy as sa
from test_growth import _add, _random_history, day

from forum_kit import growth
from forum_kit.errors import InvalidInput
from forum_kit.models import Contact, Placement
from forum_kit.queries.placements import placement_history
from forum_kit.services import assessments as asm
from forum_kit.services import committees as cm
from forum_kit.services import contacts as cs
from forum_kit.services import conversations as cv
from forum_kit.services import structure_tests as sts
from forum_kit.services import workplaces as ws


@pytest.fixture
def two_areas(session):
    wp = ws.add_workplace(session, name="Depot", today=day(0))
    dock = ws.add_area(session, workplace_id=wp.id, name="Dock")
    yard = ws.add_area(session, workplace_id=wp.id, name="Yard")
    return wp, dock, yard


def _snapshot(session, areas, dates):
    return {
        (a.id, d): growth.area_figures(session, area_id=a.id, as_of=d) for a in areas for d in dates
    }


def test_growth_of_a_past_date_is_unchanged_after_people_move(session, two_areas):
    wp, dock, yard = two_areas
    people = [_add(session, wp, dock, f"P{i}") for i in range(12)]
    for p in people[:6]:
        asm.append_assessment(session, contact_id=p.id, level=2, assessed_on=day(5))
    cm.join_committee(session, contact_id=people[0].id, role="C", joined_on=day(10))
    cv.log_conversation(session, contact_id=people[1].id, held_on=day(40))
    past = [day(20), day(50), day(99)]
    before = _snapshot(session, (dock, yard), past + [day(120)])
    assert before[(dock.id, day(99))].supporters == 6
    # three supporters (one of them on the committee) move to the yard on day 100
    for p in people[:3]:
        cs.move_contact(session, contact_id=p.id, area_id=yard.id, on=day(100), today=day(100))
    after = _snapshot(session, (dock, yard), past + [day(120)])
    for key in before:
        if key[1] in past:
            assert after[key] == before[key], key  # the past is unchanged
    dock_now, yard_now = after[(dock.id, day(120))], after[(yard.id, day(120))]
    assert (dock_now.mapped, dock_now.supporters, dock_now.committee_members) == (9, 3, 0)
    assert (yard_now.mapped, yard_now.supporters, yard_now.committee_members) == (3, 3, 1)
    # the one-on-one held in the dock stays in the dock's 90 days
    assert after[(dock.id, day(120))].one_on_ones_90d == 1
    assert after[(yard.id, day(120))].one_on_ones_90d == 0
    for area in (dock, yard):
        for d in past + [day(120)]:
            assert (
                growth.area_figures_live(session, area_id=area.id, as_of=d) == after[(area.id, d)]
            )


def test_a_move_today_changes_today(session, two_areas):
    wp, dock, yard = two_areas
    p = _add(session, wp, dock, "Mover")
    asm.append_assessment(session, contact_id=p.id, level=1, assessed_on=day(1))
    yesterday = growth.area_figures(session, area_id=dock.id, as_of=day(29))
    cs.update_contact(session, contact_id=p.id, area_id=yard.id, shift="Nights", today=day(30))
    assert growth.area_figures(session, area_id=dock.id, as_of=day(29)) == yesterday
    assert growth.area_figures(session, area_id=dock.id, as_of=day(30)).mapped == 0
    assert growth.area_figures(session, area_id=yard.id, as_of=day(30)).supporters == 1
    history = placement_history(session, p.id)
    assert [(h.area_name, h.shift, h.since, h.until) for h in history] == [
        ("Yard", "Nights", day(30), None),
        ("Dock", "", None, day(30)),
    ]


def test_moves_are_checked(session, two_areas):
    wp, dock, yard = two_areas
    p = _add(session, wp, dock, "Mover", added=10)
    with pytest.raises(InvalidInput, match="before the person was added"):
        cs.move_contact(session, contact_id=p.id, area_id=yard.id, on=day(5), today=day(40))
    with pytest.raises(InvalidInput, match="future"):
        cs.move_contact(session, contact_id=p.id, area_id=yard.id, on=day(41), today=day(40))
    cs.move_contact(session, contact_id=p.id, area_id=yard.id, on=day(30), today=day(40))
    with pytest.raises(InvalidInput, match="later move is already recorded"):
        cs.move_contact(session, contact_id=p.id, area_id=dock.id, on=day(20), today=day(40))
    # a change that moves nothing records nothing
    cs.update_contact(session, contact_id=p.id, area_id=yard.id, job_title="Driver", today=day(40))
    assert session.scalar(sa.select(sa.func.count()).select_from(Placement)) == 1


def test_a_statement_that_moves_someone_records_the_move_today(session, two_areas):
    wp, dock, yard = two_areas
    p = _add(session, wp, dock, "Direct")
    session.execute(sa.update(Contact).where(Contact.id == p.id).values(area_id=yard.id))
    rows = session.execute(sa.select(Placement.area_id, Placement.until_on)).all()
    assert rows == [(dock.id, dt.date.today())]


def test_one_on_one_tags_follow_the_area_they_were_held_in(session, two_areas):
    wp, dock, yard = two_areas
    p = _add(session, wp, dock, "Talker")
    cv.log_conversation(session, contact_id=p.id, held_on=day(10), tags=["heat"])
    cv.log_conversation(session, contact_id=p.id, held_on=day(60), tags=["heat", "pay"])

    def counts():
        return growth.tag_counts(
            session, area_ids=[dock.id, yard.id], after=day(0), through=day(90)
        )

    before = counts()
    cs.move_contact(session, contact_id=p.id, area_id=yard.id, on=day(30), today=day(90))
    after = counts()
    assert sum(before[dock.id].values()) == 3 and yard.id not in before
    assert sum(after[dock.id].values()) == 1 and sum(after[yard.id].values()) == 2
    growth.rebuild_growth_cache(session)
    assert counts() == after


def test_structure_test_participation_follows_where_people_were(session, two_areas):
    wp, dock, yard = two_areas
    people = [_add(session, wp, dock, f"T{i}") for i in range(4)]
    test = sts.create_structure_test(
        session,
        workplace_id=wp.id,
        kind="petition",
        title="Fans",
        starts_on=day(10),
        ends_on=day(20),
        threshold_pct=51,
    )
    for p in people[:2]:
        sts.record_outcome(
            session, test_id=test.id, contact_id=p.id, outcome="participated", recorded_on=day(12)
        )
    cs.move_contact(session, contact_id=people[0].id, area_id=yard.id, on=day(15), today=day(40))
    for area in (dock, yard):
        for d in (day(12), day(16), day(40)):
            assert growth.area_figures(
                session, area_id=area.id, as_of=d
            ) == growth.area_figures_live(session, area_id=area.id, as_of=d)
    assert growth.area_figures(session, area_id=dock.id, as_of=day(12)).last_test_pct == 50.0
    assert growth.area_figures(session, area_id=yard.id, as_of=day(40)).last_test_pct == 100.0


def test_deleting_an_area_moves_its_history_with_its_people(session, two_areas):
    wp, dock, yard = two_areas
    shed = ws.add_area(session, workplace_id=wp.id, name="Shed")
    p = _add(session, wp, shed, "Shedder")
    cs.move_contact(session, contact_id=p.id, area_id=dock.id, on=day(20), today=day(30))
    q = _add(session, wp, dock, "Docker")
    cs.move_contact(session, contact_id=q.id, area_id=shed.id, on=day(25), today=day(30))
    ws.delete_area(session, area_id=shed.id, move_people_to=yard.id)
    rows = session.execute(
        sa.select(Placement.contact_id, Placement.area_id).order_by(Placement.id)
    ).all()
    assert (p.id, yard.id) in rows and all(area != shed.id for _c, area in rows)
    assert growth.area_figures(session, area_id=yard.id, as_of=day(10)).mapped == 1
    assert growth.area_figures(session, area_id=dock.id, as_of=day(22)).mapped == 2
    assert growth.area_figures(session, area_id=yard.id, as_of=day(30)).mapped == 1


@pytest.mark.parametrize("seed", [22, 7])
def test_random_dated_moves_cache_equals_live_and_rebuilt(session, seed):
    rng = random.Random(seed)
    areas = _random_history(session, rng, "M")
    ids = [a.id for a in areas]
    growth.refresh_growth_cache(session)
    people = session.scalars(sa.select(Contact)).all()
    today = day(230)
    for _step in range(40):
        who = rng.choice(people)
        last = session.scalar(
            sa.select(sa.func.max(Placement.until_on)).where(Placement.contact_id == who.id)
        )
        earliest = max(who.added_on, last or who.added_on)
        on = earliest + dt.timedelta(days=rng.randrange(0, 60))
        if on > today:
            continue
        cs.move_contact(
            session,
            contact_id=who.id,
            area_id=rng.choice(ids),
            shift=rng.choice(["", "Days", "Nights"]),
            on=on,
            today=today,
        )
        if rng.random() < 0.3:
            asm.append_assessment(
                session,
                contact_id=who.id,
                level=rng.randrange(0, 6),
                assessed_on=day(rng.randrange(0, 220)),
            )
        if rng.random() < 0.3:
            growth.growth_series(
                session,
                area_ids=rng.sample(ids, 2),
                start=day(0),
                end=day(230),
                step_days=rng.randrange(3, 20),
            )
    assert session.scalar(sa.select(sa.func.count()).select_from(Placement)) >= 15
    series = growth.growth_series(session, area_ids=ids, start=day(-3), end=day(240), step_days=9)
    for area_id in ids:
        for f in rng.sample(series[area_id], 5):
            assert f == growth.area_figures_live(session, area_id=area_id, as_of=f.as_of)
    incremental = session.execute(sa.text("SELECT * FROM growth_daily ORDER BY area_id, day")).all()
    tags = session.execute(sa.text("SELECT * FROM tag_daily ORDER BY 1, 2, 3")).all()
    growth.rebuild_growth_cache(session)
    assert (
        session.execute(sa.text("SELECT * FROM growth_daily ORDER BY area_id, day")).all()
        == incremental
    )
    assert session.execute(sa.text("SELECT * FROM tag_daily ORDER BY 1, 2, 3")).all() == tags


def test_an_import_that_moves_someone_keeps_where_they_were(vault):
    from forum_kit.exchange.importer import apply_import, plan_import
    from forum_kit.exchange.mapping import guess_mapping
    from forum_kit.exchange.sniff import read_table

    def chart(area: str, shift: str) -> bytes:
        return (
            "First Name,Last Name,Dept,Shift,Rating,Cell\n"
            f"Ana,Obi,{area},{shift},2,0770 111111\nLi,Wei,Dock,Early,3,\n"
        ).encode()

    def run(data: bytes, today: dt.date) -> None:
        table = read_table(data)
        with vault.unit_of_work() as s:
            plan = plan_import(
                s, table, workplace_id=wp, mapping=guess_mapping(table.headers), today=today
            )
        with vault.unit_of_work() as s:
            apply_import(s, plan)

    with vault.unit_of_work() as s:
        wp = ws.add_workplace(s, name="Depot", today=day(0)).id
    run(chart("Dock", "Early"), day(10))
    with vault.unit_of_work() as s:
        dock = s.scalar(sa.text("SELECT id FROM areas WHERE name = 'Dock'"))
        before = growth.area_figures(s, area_id=dock, as_of=day(20))
    assert before.supporters == 1
    run(chart("Yard", "Late"), day(30))
    with vault.unit_of_work() as s:
        ana = s.scalar(sa.text("SELECT id FROM contacts WHERE first_name = 'Ana'"))
        assert s.execute(
            sa.select(Placement.area_id, Placement.shift, Placement.until_on)
        ).all() == [(dock, "Early", day(30))]
        assert growth.area_figures(s, area_id=dock, as_of=day(20)) == before
        assert growth.area_figures(s, area_id=dock, as_of=day(30)).supporters == 0
        assert [h.area_name for h in placement_history(s, ana)] == ["Yard", "Dock"]


def test_an_older_vault_keeps_its_history_after_the_upgrade(tmp_path):
    """A vault from before revision 0015: everyone is where they are since they were added (no
    rows needed), hazards typed as text become dated hazards, the scale keeps its order, and
    growth of every date reads as before."""
    from alembic import command
    from alembic.script import ScriptDirectory

    from forum_kit.queries.levels import scale
    from forum_kit.queries.social_map import hazards_of
    from forum_kit.vault import FAST_KDF, Vault
    from forum_kit.vault.migrations.runner import current_revision, head_revision, make_config

    path = tmp_path / "old.forumkit"
    vault = Vault.create(path, "pass phrase", kdf=FAST_KDF)
    with vault.unit_of_work() as s:
        config = make_config(s.connection())
        # the revision just before 0015, whichever it is once revisions are re-chained
        before = ScriptDirectory.from_config(config).get_revision("0015_social_map").down_revision
        command.downgrade(config, before)
    with vault.unit_of_work() as s:
        # plain SQL: today's models carry the columns revision 0015 adds
        s.execute(
            sa.text(
                "INSERT INTO workplaces(name, employer, address, notes, created_on) "
                "VALUES ('Old', '', '', '', '2024-01-01')"
            )
        )
        s.execute(
            sa.text(
                "INSERT INTO areas(workplace_id, name, kind, position, hazards, notes)"
                " VALUES (1, 'Dock', 'area', 0, 'heat\n\n  forklifts ', '')"
            )
        )
        for i in range(3):
            s.execute(
                sa.text(
                    "INSERT INTO contacts(workplace_id, area_id, first_name, last_name, shift, "
                    "job_title, phone, email, language, sensitive, organic_leader, notes, "
                    "added_on, current_level) VALUES (1, 1, :n, '', '', '', '', '', '', 0, 0, '', "
                    "'2024-02-01', 0)"
                ),
                {"n": f"P{i}"},
            )
            s.execute(
                sa.text(
                    "INSERT INTO assessments(contact_id, level, assessed_on, evidence)"
                    " VALUES (:c, 2, '2024-03-01', '')"
                ),
                {"c": i + 1},
            )
    vault.lock()
    vault = Vault.open(path, "pass phrase")
    try:
        with vault.unit_of_work() as s:
            assert current_revision(s.connection()) == head_revision()
            # counted by hand: three people in the Dock since February, supporters from March
            for d, supporters in ((day(20), 0), (day(40), 0), (day(400), 3)):
                figures = growth.area_figures(s, area_id=1, as_of=d)
                assert figures == growth.area_figures_live(s, area_id=1, as_of=d)
                assert (figures.mapped, figures.supporters) == (
                    0 if d < day(31) else 3,
                    supporters,
                ), d
            assert s.scalar(sa.select(sa.func.count()).select_from(Placement)) == 0
            assert [(h.area_name, h.since, h.until) for h in placement_history(s, 1)] == [
                ("Dock", None, None)
            ]
            assert sorted(h.description for h in hazards_of(s, 1)) == ["forklifts", "heat"]
            assert {h.noted_on for h in hazards_of(s, 1)} == {dt.date(2024, 1, 1)}
            assert [(r.number, r.label) for r in scale(s)][:3] == [
                (0, "Unassessed"),
                (1, "Leader"),
                (2, "Supporter"),
            ]
    finally:
        vault.lock()
