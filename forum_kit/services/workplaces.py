"""Workplaces and their area tree: create and rename them, move and delete areas (refusing cycles,
cross-workplace moves and silent loss of people), dated headcount history, and the subtree of an
area (a recursive CTE that other services and queries reuse)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import Conflict, InvalidInput
from forum_kit.models import Area, AreaHeadcount, Contact, StructureTest, Workplace
from forum_kit.models.enums import Zone
from forum_kit.services import check_date, check_id, clean_text, get_or_404


def _name_taken_workplace(session: Session, name: str, exclude_id: int | None = None) -> bool:
    stmt = sa.select(Workplace.id).where(sa.func.lower(Workplace.name) == name.lower())
    if exclude_id is not None:
        stmt = stmt.where(Workplace.id != exclude_id)
    return session.execute(stmt.limit(1)).first() is not None


def add_workplace(
    session: Session, *, name: str, employer: str = "", address: str = "", today: dt.date
) -> Workplace:
    name = clean_text(name, "Workplace name", max_len=200, required=True)
    employer = clean_text(employer, "Employer", max_len=200)
    address = clean_text(address, "Address", max_len=2000, multiline=True)
    check_date(today, "Today")
    if _name_taken_workplace(session, name):
        raise Conflict("A workplace with this name already exists; choose another name.")
    wp = Workplace(name=name, employer=employer, address=address, notes="", created_on=today)
    session.add(wp)
    session.flush()
    return wp


def rename_workplace(session: Session, *, workplace_id: int, name: str) -> Workplace:
    wp = get_or_404(session, Workplace, workplace_id, "workplace")
    name = clean_text(name, "Workplace name", max_len=200, required=True)
    if _name_taken_workplace(session, name, exclude_id=wp.id):
        raise Conflict("A workplace with this name already exists; choose another name.")
    wp.name = name
    session.flush()
    return wp


def _sibling_name_taken(
    session: Session, workplace_id: int, parent_id: int | None, name: str, exclude_id: int | None
) -> bool:
    stmt = sa.select(Area.id).where(
        Area.workplace_id == workplace_id,
        Area.parent_id.is_(None) if parent_id is None else Area.parent_id == parent_id,
        sa.func.lower(Area.name) == name.lower(),
    )
    if exclude_id is not None:
        stmt = stmt.where(Area.id != exclude_id)
    return session.execute(stmt.limit(1)).first() is not None


def _check_zone(zone: Zone | str | None) -> Zone | None:
    if zone is None or zone == "":
        return None
    try:
        return Zone(zone)
    except ValueError:
        raise InvalidInput("Zone must be 'free', 'danger' or empty.") from None


def add_area(
    session: Session,
    *,
    workplace_id: int,
    name: str,
    kind: str = "area",
    parent_id: int | None = None,
    zone: Zone | str | None = None,
    hazards: str = "",
) -> Area:
    wp = get_or_404(session, Workplace, workplace_id, "workplace")
    name = clean_text(name, "Area name", max_len=200, required=True)
    kind = clean_text(kind, "Area kind", max_len=60) or "area"
    hazards = clean_text(hazards, "Hazards", max_len=10000, multiline=True)
    zone_value = _check_zone(zone)
    if parent_id is not None:
        parent = get_or_404(session, Area, parent_id, "area")
        if parent.workplace_id != wp.id:
            raise InvalidInput("The parent area is in another workplace; choose one of its own.")
    if _sibling_name_taken(session, wp.id, parent_id, name, None):
        raise Conflict("An area with this name already exists at this level; choose another name.")
    position = session.execute(
        sa.select(sa.func.coalesce(sa.func.max(Area.position) + 1, 0)).where(
            Area.workplace_id == wp.id,
            Area.parent_id.is_(None) if parent_id is None else Area.parent_id == parent_id,
        )
    ).scalar_one()
    area = Area(
        workplace_id=wp.id,
        parent_id=parent_id,
        name=name,
        kind=kind,
        position=position,
        zone=zone_value,
        hazards=hazards,
        notes="",
    )
    session.add(area)
    session.flush()
    return area


def rename_area(session: Session, *, area_id: int, name: str) -> Area:
    area = get_or_404(session, Area, area_id, "area")
    name = clean_text(name, "Area name", max_len=200, required=True)
    if _sibling_name_taken(session, area.workplace_id, area.parent_id, name, area.id):
        raise Conflict("An area with this name already exists at this level; choose another name.")
    area.name = name
    session.flush()
    return area


def area_subtree_ids(session: Session, area_id: int) -> list[int]:
    """The area and all its descendants, the area itself first."""
    check_id(area_id, "Area id")
    tree = (
        sa.select(Area.id.label("id"), sa.literal(0).label("depth"))
        .where(Area.id == area_id)
        .cte("subtree", recursive=True)
    )
    tree = tree.union_all(sa.select(Area.id, tree.c.depth + 1).where(Area.parent_id == tree.c.id))
    rows = session.execute(sa.select(tree.c.id).order_by(tree.c.depth, tree.c.id)).scalars()
    return list(rows)


def move_area(session: Session, *, area_id: int, new_parent_id: int | None) -> Area:
    area = get_or_404(session, Area, area_id, "area")
    if new_parent_id is not None:
        parent = get_or_404(session, Area, new_parent_id, "area")
        if parent.workplace_id != area.workplace_id:
            raise InvalidInput("An area cannot move to another workplace; choose a parent in it.")
        if new_parent_id in area_subtree_ids(session, area.id):
            raise InvalidInput("An area cannot move under itself or one of its sub-areas.")
    if _sibling_name_taken(session, area.workplace_id, new_parent_id, area.name, area.id):
        raise Conflict("The new parent already has an area with this name; rename one first.")
    area.parent_id = new_parent_id
    session.flush()
    return area


def delete_area(session: Session, *, area_id: int, move_people_to: int | None = None) -> None:
    """Delete an area and its sub-areas. People in them are moved to ``move_people_to`` if given;
    otherwise the deletion is refused while anyone (or any sub-area) is in it."""
    area = get_or_404(session, Area, area_id, "area")
    subtree = area_subtree_ids(session, area.id)
    people = session.execute(
        sa.select(sa.func.count()).select_from(Contact).where(Contact.area_id.in_(subtree))
    ).scalar_one()
    sub_areas = len(subtree) - 1
    if move_people_to is None:
        if people or sub_areas:
            raise Conflict(
                f"{people} {'person is' if people == 1 else 'people are'} and {sub_areas} "
                f"sub-area{'' if sub_areas == 1 else 's'} {'is' if sub_areas == 1 else 'are'} in "
                "this area; move them first or choose where to move them."
            )
    else:
        target = get_or_404(session, Area, move_people_to, "area")
        if target.workplace_id != area.workplace_id:
            raise InvalidInput("People can only move to an area of the same workplace.")
        if target.id in subtree:
            raise InvalidInput("Choose an area outside the one being deleted to move people to.")
    tests = session.execute(
        sa.select(sa.func.count())
        .select_from(StructureTest)
        .where(StructureTest.area_id.in_(subtree))
    ).scalar_one()
    if tests:
        raise Conflict(
            f"{tests} structure test{'' if tests == 1 else 's'} target this area; "
            "delete them or keep the area."
        )
    if move_people_to is not None and people:
        session.execute(
            sa.update(Contact).where(Contact.area_id.in_(subtree)).values(area_id=move_people_to),
            execution_options={"synchronize_session": "fetch"},
        )
    # children before parents: the parent_id foreign key is RESTRICT
    for sub_id in reversed(subtree):
        session.execute(sa.delete(Area).where(Area.id == sub_id))
    session.expire_all()
    session.flush()


def set_headcount(
    session: Session, *, area_id: int, as_of: dt.date, headcount: int
) -> AreaHeadcount:
    """Record the real number of workers in an area from ``as_of`` on; same date replaces."""
    get_or_404(session, Area, area_id, "area")
    check_date(as_of, "Headcount date")
    if isinstance(headcount, bool) or not isinstance(headcount, int) or headcount < 0:
        raise InvalidInput("Headcount must be a whole number, 0 or more.")
    row = session.execute(
        sa.select(AreaHeadcount).where(
            AreaHeadcount.area_id == area_id, AreaHeadcount.as_of == as_of
        )
    ).scalar_one_or_none()
    if row is None:
        row = AreaHeadcount(area_id=area_id, as_of=as_of, headcount=headcount)
        session.add(row)
    else:
        row.headcount = headcount
    session.flush()
    return row
