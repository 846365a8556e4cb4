"""Deleting areas with sub-areas and whole workplaces: refusals with counts (never names) while
people, grievances or tests remain; children-first deletes of empty structure (the areas.parent_id
key is RESTRICT); what the deletion-impact queries count and the confirmation lists."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from forum_kit.errors import Conflict, InvalidInput, NotFound
from forum_kit.models import Area, AreaHeadcount, Body, Committee, Contract, Grievance, Workplace
from forum_kit.queries import areas as aq
from forum_kit.services import assemblies as asm
from forum_kit.services import committees as cms
from forum_kit.services import contacts as cs
from forum_kit.services import contracts as ks
from forum_kit.services import grievances as gs
from forum_kit.services import structure_tests as sts
from forum_kit.services import workplaces as ws

TODAY = dt.date(2024, 5, 1)


@pytest.fixture
def deep(session):
    """A workplace with a three-level branch (hall > line > cell), a second root and headcounts;
    the children are added after their parents, so ids rise with depth except ``late``."""
    wp = ws.add_workplace(session, name="Plant", today=TODAY)
    hall = ws.add_area(session, workplace_id=wp.id, name="Hall")
    line = ws.add_area(session, workplace_id=wp.id, name="Line", parent_id=hall.id)
    cell = ws.add_area(session, workplace_id=wp.id, name="Cell", parent_id=line.id)
    office = ws.add_area(session, workplace_id=wp.id, name="Office")
    # a parent whose id is higher than its child's: a delete by id order would trip RESTRICT
    late = ws.add_area(session, workplace_id=wp.id, name="Late")
    ws.move_area(session, area_id=office.id, new_parent_id=late.id)
    for area in (hall, cell):
        ws.set_headcount(session, area_id=area.id, as_of=TODAY, headcount=7)
    return wp, hall, line, cell, office, late


def _count(session, model) -> int:
    return session.execute(sa.select(sa.func.count()).select_from(model)).scalar_one()


def _contract(session, wp_id=None):
    return ks.create_contract(session, name="Main agreement", workplace_id=wp_id,
                              steps=ks.default_contract_steps(),
                              type_starts=ks.default_type_starts())


def _grievance(session, wp, area, contract):
    return gs.file_grievance(session, workplace_id=wp.id, contract_id=contract.id,
                             grievance_type="individual", title="Overtime",
                             incident_on=TODAY, area_id=area.id, today=TODAY)


def test_area_impact_counts_the_subtree(session, deep):
    wp, hall, line, cell, office, late = deep
    cs.add_contact(session, workplace_id=wp.id, area_id=cell.id, first_name="Ana", today=TODAY)
    _grievance(session, wp, line, _contract(session))
    asm.create_body(session, kind="forum", name="Hall forum", area_id=hall.id)
    impact = aq.area_deletion_impact(session, hall.id)
    assert (impact.areas, impact.sub_areas, impact.headcounts) == (3, 2, 2)
    assert (impact.people, impact.grievances, impact.assemblies) == (1, 1, 1)
    assert impact.structure_tests == impact.committees == impact.contracts == 0
    leaf = aq.area_deletion_impact(session, cell.id)
    assert (leaf.areas, leaf.sub_areas, leaf.headcounts, leaf.people) == (1, 0, 1, 1)
    with pytest.raises(NotFound):
        aq.area_deletion_impact(session, 9999)


def test_lost_with_lists_counts_only(session, deep):
    wp, hall, *_ = deep
    asm.create_body(session, kind="forum", name="Plant forum", workplace_id=wp.id)
    area_lines = aq.lost_with(aq.area_deletion_impact(session, hall.id))
    assert area_lines == ["the area and 2 sub-areas", "2 dated headcounts"]
    wp_lines = aq.lost_with(aq.workplace_deletion_impact(session, wp.id), whole_workplace=True)
    assert wp_lines[0] == "the workplace and 5 areas"
    assert "the link of 1 assembly to this workplace (they stay)" in wp_lines
    assert not any("Hall" in line or "Plant" in line for line in area_lines + wp_lines)


def test_empty_area_with_sub_areas_needs_the_confirmation(session, deep):
    wp, hall, line, cell, office, late = deep
    with pytest.raises(Conflict, match="2 sub-areas; confirm"):
        ws.delete_area(session, area_id=hall.id)
    assert session.get(Area, cell.id) is not None
    ws.delete_area(session, area_id=hall.id, with_sub_areas=True)
    left = set(session.execute(sa.select(Area.id)).scalars())
    assert left == {office.id, late.id}
    assert _count(session, AreaHeadcount) == 0
    # the parent with the higher id than its child goes too
    ws.delete_area(session, area_id=late.id, with_sub_areas=True)
    assert _count(session, Area) == 0


def test_area_with_grievances_refuses_then_moves_them(session, deep):
    wp, hall, line, cell, office, late = deep
    contract = _contract(session)
    grievance = _grievance(session, wp, cell, contract)
    with pytest.raises(Conflict) as err:
        ws.delete_area(session, area_id=hall.id, with_sub_areas=True)
    assert "1 grievance is still in this area" in str(err.value)
    assert "Overtime" not in str(err.value)
    with pytest.raises(InvalidInput, match="outside"):
        ws.delete_area(session, area_id=hall.id, move_people_to=cell.id)
    ws.delete_area(session, area_id=hall.id, move_people_to=office.id)
    assert session.get(Grievance, grievance.id).area_id == office.id


def test_people_and_grievances_counted_together(session, deep):
    wp, hall, line, cell, office, late = deep
    for name in ("Ana", "Ben"):
        cs.add_contact(session, workplace_id=wp.id, area_id=line.id, first_name=name, today=TODAY)
    _grievance(session, wp, cell, _contract(session))
    with pytest.raises(Conflict) as err:
        ws.delete_area(session, area_id=hall.id, with_sub_areas=True)
    message = str(err.value)
    assert "2 people and 1 grievance are still in this area" in message
    assert "Ana" not in message and "Ben" not in message


def test_structure_test_in_a_sub_area_refuses_even_when_moving(session, deep):
    wp, hall, line, cell, office, late = deep
    sts.create_structure_test(session, workplace_id=wp.id, kind="petition", title="P",
                              starts_on=TODAY, area_id=cell.id)
    with pytest.raises(Conflict, match="1 structure test targets"):
        ws.delete_area(session, area_id=hall.id, move_people_to=office.id)
    assert session.get(Area, hall.id) is not None


def test_delete_workplace_with_nested_empty_areas(session, deep):
    wp, hall, line, cell, office, late = deep
    other = ws.add_workplace(session, name="Depot", today=TODAY)
    kept = ws.add_area(session, workplace_id=other.id, name="Dock")
    contract = _contract(session, wp.id)
    body = asm.create_body(session, kind="forum", name="Hall forum", workplace_id=wp.id,
                           area_id=hall.id)
    cms.get_or_create_committee(session, workplace_id=wp.id)
    impact = aq.workplace_deletion_impact(session, wp.id)
    assert (impact.areas, impact.headcounts, impact.committees) == (5, 2, 1)
    assert (impact.assemblies, impact.contracts, impact.people) == (1, 1, 0)
    ws.delete_workplace(session, workplace_id=wp.id)
    assert session.get(Workplace, wp.id) is None
    assert set(session.execute(sa.select(Area.id)).scalars()) == {kept.id}
    assert _count(session, AreaHeadcount) == 0 and _count(session, Committee) == 0
    # linked records stay, unlinked
    assert session.get(Contract, contract.id).workplace_id is None
    stayed = session.get(Body, body.id)
    assert stayed.workplace_id is None and stayed.area_id is None
    with pytest.raises(NotFound):
        ws.delete_workplace(session, workplace_id=wp.id)


def test_delete_workplace_refuses_with_counts(session, deep):
    wp, hall, line, cell, office, late = deep
    ana = cs.add_contact(session, workplace_id=wp.id, area_id=cell.id, first_name="Ana",
                         last_name="Quist", today=TODAY)
    _grievance(session, wp, cell, _contract(session))
    sts.create_structure_test(session, workplace_id=wp.id, kind="petition", title="P",
                              starts_on=TODAY)
    cms.join_committee(session, contact_id=ana.id, role="C", joined_on=TODAY)
    with pytest.raises(Conflict) as err:
        ws.delete_workplace(session, workplace_id=wp.id)
    message = str(err.value)
    assert message == (
        "This workplace still holds 1 person (current or past), 1 grievance, 1 structure test "
        "and 1 committee membership, which would be lost with it; move or remove them first."
    )
    assert "Ana" not in message and "Quist" not in message and "Plant" not in message
    assert session.get(Area, cell.id) is not None and session.get(Workplace, wp.id) is not None


def test_the_refusal_texts_are_pure():
    impact = aq.DeletionImpact(areas=1, headcounts=0, committees=0, people=1, grievances=0,
                               structure_tests=0, committee_members=0, assemblies=0, contracts=0)
    assert ws.area_refusal(impact, moving=False, with_sub_areas=True) == (
        "1 person is still in this area or its sub-areas; move them to another area first or "
        "choose where to move them.")
    assert ws.area_refusal(impact, moving=True, with_sub_areas=False) is None
    assert ws.workplace_refusal(impact) is not None
    empty = aq.DeletionImpact(areas=4, headcounts=3, committees=1, people=0, grievances=0,
                              structure_tests=0, committee_members=0, assemblies=2, contracts=1)
    assert ws.workplace_refusal(empty) is None
    assert ws.area_refusal(empty, moving=False, with_sub_areas=False) is not None
