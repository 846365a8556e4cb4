"""Committee coverage by area, shift, language and job (issue 22): every cell of every matrix
equals an independent count made in Python from the raw rows, on a seeded random workplace with
people who left, moved (dated area and shift) and joined or left the committee."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections import Counter

import pytest
import sqlalchemy as sa

from forum_kit.errors import InvalidInput
from forum_kit.queries.coverage import ALL, DIMENSIONS, coverage
from forum_kit.services import committees as cm
from forum_kit.services import contacts as cs
from forum_kit.services import workplaces as ws

D0 = dt.date(2025, 1, 1)
SHIFTS = ["Days", "Nights", "Weekends", ""]
LANGUAGES = ["Polish", "Tigrinya", "Urdu", "English", ""]
JOBS = ["picker", "driver", "loader", ""]


def day(n: int) -> dt.date:
    return D0 + dt.timedelta(days=n)


@pytest.fixture
def plant(session):
    rng = random.Random(22)
    wp = ws.add_workplace(session, name="Plant", today=D0)
    other = ws.add_workplace(session, name="Elsewhere", today=D0)
    dock = ws.add_area(session, workplace_id=wp.id, name="Dock")
    areas = [
        dock,
        ws.add_area(session, workplace_id=wp.id, name="North", parent_id=dock.id),
        ws.add_area(session, workplace_id=wp.id, name="Yard"),
    ]
    far = ws.add_area(session, workplace_id=other.id, name="Far")
    cs.add_contact(session, workplace_id=other.id, area_id=far.id, first_name="Out", today=D0)
    for i in range(90):
        c = cs.add_contact(
            session,
            workplace_id=wp.id,
            area_id=rng.choice(areas).id,
            first_name=f"P{i}",
            shift=rng.choice(SHIFTS),
            language=rng.choice(LANGUAGES),
            job_title=rng.choice(JOBS),
            today=day(rng.randrange(0, 60)),
        )
        if rng.random() < 0.25:
            cs.move_contact(
                session,
                contact_id=c.id,
                area_id=rng.choice(areas).id,
                shift=rng.choice(SHIFTS),
                on=day(rng.randrange(60, 120)),
                today=day(200),
            )
        if rng.random() < 0.3:
            joined = rng.randrange(0, 150)
            cm.join_committee(
                session, contact_id=c.id, role=rng.choice(["C", "C", "CH"]), joined_on=day(joined)
            )
            if rng.random() < 0.3:
                cm.leave_committee(session, contact_id=c.id, left_on=day(joined + 40))
        if rng.random() < 0.1:
            cs.mark_left(session, contact_id=c.id, left_on=day(rng.randrange(60, 180)))
    return wp


def _independent(session, workplace_id, rows, columns, as_of):
    """Count from the raw rows: the area and shift on the date by walking the placements."""
    paths = {}
    for aid, parent, name in session.execute(
        sa.text("SELECT id, parent_id, name FROM areas ORDER BY id")
    ):
        paths[aid] = name if parent is None else f"{paths[parent]} / {name}"
    moves: dict[int, list] = {}
    for cid, until, area, shift in session.execute(
        sa.text("SELECT contact_id, until_on, area_id, shift FROM placements ORDER BY until_on, id")
    ):
        moves.setdefault(cid, []).append((dt.date.fromisoformat(until), area, shift))
    roles: dict[int, set] = {}
    for cid, role, joined, left in session.execute(
        sa.text("SELECT contact_id, role, joined_on, left_on FROM committee_memberships")
    ):
        if dt.date.fromisoformat(joined) <= as_of and (
            left is None or dt.date.fromisoformat(left) > as_of
        ):
            roles.setdefault(cid, set()).add(role)
    people, members, helpers = Counter(), Counter(), Counter()
    for cid, area, shift, language, job, added, left in session.execute(
        sa.text(
            "SELECT id, area_id, shift, language, job_title, added_on, left_on FROM contacts "
            "WHERE workplace_id = :wp"
        ),
        {"wp": workplace_id},
    ):
        if dt.date.fromisoformat(added) > as_of or (
            left is not None and dt.date.fromisoformat(left) <= as_of
        ):
            continue
        for until, was_area, was_shift in moves.get(cid, []):
            if until > as_of:
                area, shift = was_area, was_shift
                break
        values = {"area": paths[area], "shift": shift, "language": language, "job": job}
        key = (values[rows], values[columns] if columns else ALL)
        people[key] += 1
        members[key] += "C" in roles.get(cid, set())
        helpers[key] += roles.get(cid, set()) == {"CH"}
    return people, members, helpers


@pytest.mark.parametrize("as_of", [day(70), day(130), day(250)])
def test_every_matrix_matches_an_independent_count(session, plant, as_of):
    pairs = [(r, None) for r in DIMENSIONS] + [
        (r, c) for r in DIMENSIONS for c in DIMENSIONS if r != c
    ]
    for rows, columns in pairs:
        matrix = coverage(session, workplace_id=plant.id, rows=rows, columns=columns, as_of=as_of)
        people, members, helpers = _independent(session, plant.id, rows, columns, as_of)
        got = {k: (c.people, c.members, c.helpers) for k, c in matrix.cells.items()}
        assert got == {k: (people[k], members[k], helpers[k]) for k in people}, (rows, columns)
        assert matrix.total.people == sum(people.values())
        for r in matrix.row_keys:
            assert matrix.row_totals[r].people == sum(
                n for (kr, _c), n in people.items() if kr == r
            )
        for key, cell in matrix.cells.items():
            assert cell.needed == math.ceil(people[key] / 10)
            assert cell.nobody == (people[key] > 0 and members[key] == 0)
        assert matrix.gaps == sum(1 for k in people if people[k] and not members[k])


def test_people_without_a_shift_are_a_group_of_their_own(session, plant):
    matrix = coverage(session, workplace_id=plant.id, rows="shift", as_of=day(250))
    assert matrix.row_keys[-1] == ""  # "not recorded" comes last
    assert set(matrix.row_keys) <= set(SHIFTS)


def test_refusals(session, plant):
    with pytest.raises(InvalidInput, match="Rows must be one of"):
        coverage(session, workplace_id=plant.id, rows="salary", as_of=day(1))
    with pytest.raises(InvalidInput, match="two different"):
        coverage(session, workplace_id=plant.id, rows="shift", columns="shift", as_of=day(1))
