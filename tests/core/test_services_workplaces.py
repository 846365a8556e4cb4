"""Workplace and area services: names, the area tree (moves, cycles, deletes) and headcounts."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from forum_kit.errors import Conflict, InvalidInput, NotFound
from forum_kit.models import Area, AreaHeadcount, Contact
from forum_kit.services import contacts as cs
from forum_kit.services import structure_tests as sts
from forum_kit.services import workplaces as ws

TODAY = dt.date(2024, 5, 1)


@pytest.fixture
def site(session):
    wp = ws.add_workplace(session, name="  Plant  ", employer="ACME", today=TODAY)
    dept = ws.add_area(session, workplace_id=wp.id, name="Packing", kind="department")
    line = ws.add_area(session, workplace_id=wp.id, name="Line 1", kind="line", parent_id=dept.id)
    other = ws.add_area(session, workplace_id=wp.id, name="Office")
    return wp, dept, line, other


def test_add_workplace_trims_and_refuses_duplicates(session):
    wp = ws.add_workplace(session, name="  Depot ", today=TODAY)
    assert wp.name == "Depot" and wp.created_on == TODAY
    with pytest.raises(Conflict):
        ws.add_workplace(session, name="depot", today=TODAY)
    with pytest.raises(InvalidInput, match="Workplace name"):
        ws.add_workplace(session, name="   ", today=TODAY)
    with pytest.raises(InvalidInput, match="too long"):
        ws.add_workplace(session, name="x" * 201, today=TODAY)
    with pytest.raises(InvalidInput, match="control"):
        ws.add_workplace(session, name="a\x00b", today=TODAY)
    with pytest.raises(InvalidInput, match="date"):
        ws.add_workplace(session, name="Other", today=dt.datetime(2024, 1, 1))


def test_rename_workplace(session, site):
    wp = site[0]
    ws.add_workplace(session, name="Depot", today=TODAY)
    assert ws.rename_workplace(session, workplace_id=wp.id, name="Plant 2").name == "Plant 2"
    with pytest.raises(Conflict):
        ws.rename_workplace(session, workplace_id=wp.id, name="DEPOT")
    with pytest.raises(NotFound):
        ws.rename_workplace(session, workplace_id=999, name="x")


def test_add_area_validates(session, site):
    wp, dept, line, other = site
    assert line.parent_id == dept.id and line.kind == "line"
    assert ws.add_area(session, workplace_id=wp.id, name="Line 2", parent_id=dept.id).position == 1
    with pytest.raises(Conflict):
        ws.add_area(session, workplace_id=wp.id, name="line 1", parent_id=dept.id)
    # the same name under another parent is fine
    ws.add_area(session, workplace_id=wp.id, name="Line 1", parent_id=other.id)
    with pytest.raises(InvalidInput, match="Zone"):
        ws.add_area(session, workplace_id=wp.id, name="Yard", zone="grey")
    assert ws.add_area(session, workplace_id=wp.id, name="Yard", zone="danger").zone == "danger"
    wp2 = ws.add_workplace(session, name="Depot", today=TODAY)
    with pytest.raises(InvalidInput, match="another workplace"):
        ws.add_area(session, workplace_id=wp2.id, name="X", parent_id=dept.id)
    with pytest.raises(NotFound):
        ws.add_area(session, workplace_id=wp.id, name="X", parent_id=12345)
    with pytest.raises(NotFound):
        ws.add_area(session, workplace_id=777, name="X")


def test_rename_area(session, site):
    wp, dept, line, other = site
    assert ws.rename_area(session, area_id=line.id, name="Line A").name == "Line A"
    with pytest.raises(Conflict):
        ws.rename_area(session, area_id=other.id, name="packing")


def test_subtree_and_move(session, site):
    wp, dept, line, other = site
    cell = ws.add_area(session, workplace_id=wp.id, name="Cell", parent_id=line.id)
    assert ws.area_subtree_ids(session, dept.id) == [dept.id, line.id, cell.id]
    with pytest.raises(InvalidInput, match="under itself"):
        ws.move_area(session, area_id=dept.id, new_parent_id=cell.id)
    with pytest.raises(InvalidInput, match="under itself"):
        ws.move_area(session, area_id=dept.id, new_parent_id=dept.id)
    wp2 = ws.add_workplace(session, name="Depot", today=TODAY)
    far = ws.add_area(session, workplace_id=wp2.id, name="Far")
    with pytest.raises(InvalidInput, match="another workplace"):
        ws.move_area(session, area_id=line.id, new_parent_id=far.id)
    ws.move_area(session, area_id=line.id, new_parent_id=other.id)
    assert ws.area_subtree_ids(session, other.id) == [other.id, line.id, cell.id]
    ws.move_area(session, area_id=line.id, new_parent_id=None)
    assert line.parent_id is None


def _person(session, wp, area, name="Ana"):
    return cs.add_contact(
        session, workplace_id=wp.id, area_id=area.id, first_name=name, today=TODAY
    )


def test_delete_area_refuses_with_counts_then_moves(session, site):
    wp, dept, line, other = site
    for name in ("A", "B", "C"):
        _person(session, wp, line, name)
    with pytest.raises(Conflict) as err:
        ws.delete_area(session, area_id=dept.id)
    assert "3 people are still in this area or its sub-areas" in str(err.value)
    assert "A" not in str(err.value).replace("are", "")  # no names
    with pytest.raises(InvalidInput, match="outside"):
        ws.delete_area(session, area_id=dept.id, move_people_to=line.id)
    ws.delete_area(session, area_id=dept.id, move_people_to=other.id)
    assert session.get(Area, dept.id) is None and session.get(Area, line.id) is None
    areas = set(session.execute(sa.select(Contact.area_id)).scalars())
    assert areas == {other.id}


def test_delete_empty_area_and_test_target(session, site):
    wp, dept, line, other = site
    ws.set_headcount(session, area_id=other.id, as_of=TODAY, headcount=4)
    ws.delete_area(session, area_id=other.id)
    assert session.execute(sa.select(sa.func.count()).select_from(AreaHeadcount)).scalar() == 0
    sts.create_structure_test(
        session, workplace_id=wp.id, kind="petition", title="P", starts_on=TODAY, area_id=line.id
    )
    with pytest.raises(Conflict, match="structure test"):
        ws.delete_area(session, area_id=line.id)


def test_headcount_history_upserts(session, site):
    wp, dept, line, other = site
    first = ws.set_headcount(session, area_id=line.id, as_of=TODAY, headcount=10)
    again = ws.set_headcount(session, area_id=line.id, as_of=TODAY, headcount=12)
    assert first.id == again.id and again.headcount == 12
    ws.set_headcount(session, area_id=line.id, as_of=TODAY + dt.timedelta(days=7), headcount=14)
    assert session.execute(sa.select(sa.func.count()).select_from(AreaHeadcount)).scalar() == 2
    for bad in (-1, 1.5, True, "3"):
        with pytest.raises(InvalidInput, match="Headcount"):
            ws.set_headcount(session, area_id=line.id, as_of=TODAY, headcount=bad)
    with pytest.raises(NotFound):
        ws.set_headcount(session, area_id=999, as_of=TODAY, headcount=1)
