"""Workplaces and their area tree: create and rename them, move and delete areas (refusing cycles,
cross-workplace moves and silent loss of people), delete a workplace's empty structure, dated
headcount history, and the subtree of an area (a recursive CTE that other services and queries
reuse). Deletes refuse with counts, never names, while records a steward would miss remain."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import Conflict, InvalidInput
from forum_kit.i18n import _, ngettext
from forum_kit.models import (
    Area,
    AreaHazard,
    AreaHeadcount,
    Contact,
    Grievance,
    Placement,
    Workplace,
)
from forum_kit.models.enums import PlaceKind, Zone
from forum_kit.queries.areas import (
    DeletionImpact,
    area_deletion_impact,
    workplace_deletion_impact,
)
from forum_kit.services import check_date, check_id, clean_text, get_or_404


def _name_taken_workplace(session: Session, name: str, exclude_id: int | None = None) -> bool:
    stmt = sa.select(Workplace.id).where(sa.func.lower(Workplace.name) == name.lower())
    if exclude_id is not None:
        stmt = stmt.where(Workplace.id != exclude_id)
    return session.execute(stmt.limit(1)).first() is not None


def add_workplace(
    session: Session, *, name: str, employer: str = "", address: str = "", today: dt.date,
    kind: PlaceKind | str = PlaceKind.WORKPLACE,
) -> Workplace:
    """A new place: a workplace, or (``kind`` "neighbourhood") a street, estate or building."""
    try:
        kind = PlaceKind(kind)
    except ValueError:
        raise InvalidInput(_("Kind of place must be 'workplace' or 'neighbourhood'.")) from None
    name = clean_text(name, "Workplace name", max_len=200, required=True)
    employer = clean_text(employer, "Employer", max_len=200)
    address = clean_text(address, "Address", max_len=2000, multiline=True)
    check_date(today, "Today")
    if _name_taken_workplace(session, name):
        raise Conflict(_("A workplace with this name already exists; choose another name."))
    wp = Workplace(name=name, employer=employer, address=address, notes="", created_on=today,
                   kind=kind)
    session.add(wp)
    session.flush()
    return wp


def rename_workplace(session: Session, *, workplace_id: int, name: str) -> Workplace:
    wp = get_or_404(session, Workplace, workplace_id, "workplace")
    name = clean_text(name, "Workplace name", max_len=200, required=True)
    if _name_taken_workplace(session, name, exclude_id=wp.id):
        raise Conflict(_("A workplace with this name already exists; choose another name."))
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
        raise InvalidInput(_("Zone must be 'free', 'danger' or empty.")) from None


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
            raise InvalidInput(_("The parent area is in another workplace; choose one of its own."))
    if _sibling_name_taken(session, wp.id, parent_id, name, None):
        raise Conflict(_("An area with this name already exists at this level; choose another "
                         "name."))
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
        hazards="",
        notes="",
    )
    session.add(area)
    session.flush()
    # each line a hazard of its own, noted when the workplace was added (revision 0015)
    for line in hazards.splitlines():
        if line.strip():
            session.add(AreaHazard(area_id=area.id, description=line.strip()[:500],
                                   noted_on=wp.created_on))
    session.flush()
    return area


def rename_area(session: Session, *, area_id: int, name: str) -> Area:
    area = get_or_404(session, Area, area_id, "area")
    name = clean_text(name, "Area name", max_len=200, required=True)
    if _sibling_name_taken(session, area.workplace_id, area.parent_id, name, area.id):
        raise Conflict(_("An area with this name already exists at this level; choose another "
                         "name."))
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
            raise InvalidInput(_("An area cannot move to another workplace; choose a parent in "
                                 "it."))
        if new_parent_id in area_subtree_ids(session, area.id):
            raise InvalidInput(_("An area cannot move under itself or one of its sub-areas."))
    if _sibling_name_taken(session, area.workplace_id, new_parent_id, area.name, area.id):
        raise Conflict(_("The new parent already has an area with this name; rename one first."))
    area.parent_id = new_parent_id
    session.flush()
    return area


def _listed(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + _(" and ") + parts[-1]


def area_refusal(impact: DeletionImpact, *, moving: bool, with_sub_areas: bool) -> str | None:
    """Why an area cannot be deleted as asked (counts only), or None when it can.

    Structure tests always block (their results are lost with their target); people and
    grievances block unless they move to another area; sub-areas block unless the caller says
    the user confirmed deleting them too."""
    if impact.structure_tests:
        return ngettext("{n} structure test targets this area or its sub-areas; delete it or "
                        "keep the area.",
                        "{n} structure tests target this area or its sub-areas; delete them or "
                        "keep the area.", impact.structure_tests).format(n=impact.structure_tests)
    held = []
    if impact.people:
        held.append(ngettext("{n} person", "{n} people", impact.people).format(n=impact.people))
    if impact.grievances:
        held.append(ngettext("{n} grievance", "{n} grievances", impact.grievances).format(
            n=impact.grievances))
    if held and not moving and not impact.grievances:  # people only: "them", one or many
        return ngettext("{listed} is still in this area or its sub-areas; move them to another "
                        "area first or choose where to move them.",
                        "{listed} are still in this area or its sub-areas; move them to another "
                        "area first or choose where to move them.",
                        impact.people).format(listed=_listed(held))
    if held and not moving:
        return ngettext("{listed} is still in this area or its sub-areas; move it to another area "
                        "first or choose where to move it.",
                        "{listed} are still in this area or its sub-areas; move them to another "
                        "area first or choose where to move them.",
                        impact.people + impact.grievances).format(listed=_listed(held))
    if impact.sub_areas and not with_sub_areas:
        return ngettext("This area has {n} sub-area; confirm deleting it too, or move it out "
                        "first.", "This area has {n} sub-areas; confirm deleting them too, or "
                        "move them out first.", impact.sub_areas).format(n=impact.sub_areas)
    return None


def workplace_refusal(impact: DeletionImpact) -> str | None:
    """Why a workplace cannot be deleted (counts only), or None when only empty structure is
    left: its people, grievances, structure tests and committee members would go with it."""
    held = []
    if impact.people:
        held.append(ngettext("{n} person (current or past)", "{n} people (current or past)",
                             impact.people).format(n=impact.people))
    if impact.grievances:
        held.append(ngettext("{n} grievance", "{n} grievances", impact.grievances).format(
            n=impact.grievances))
    if impact.structure_tests:
        held.append(ngettext("{n} structure test", "{n} structure tests",
                             impact.structure_tests).format(n=impact.structure_tests))
    if impact.committee_members:
        held.append(ngettext("{n} committee membership", "{n} committee memberships",
                             impact.committee_members).format(n=impact.committee_members))
    if not held:
        return None
    return _("This workplace still holds {listed}, which would be lost with it; move or remove "
             "them first.").format(listed=_listed(held))


def _delete_areas_deepest_first(session: Session, area_ids: list[int]) -> None:
    """Delete areas bottom-up: ``areas.parent_id`` is RESTRICT and SQLite checks it row by row,
    so a parent must never go before its children, not even inside one statement."""
    if not area_ids:
        return
    parents = dict(session.execute(
        sa.select(Area.id, Area.parent_id).where(Area.id.in_(area_ids))).all())
    depth: dict[int, int] = {}

    def depth_of(area_id: int) -> int:
        seen = []
        node: int | None = area_id
        # walk up until a known depth or a root; a cycle (hand-edited vault) stops the walk
        while node is not None and node in parents and node not in depth and node not in seen:
            seen.append(node)
            node = parents[node]
        base = depth.get(node, -1) if node is not None else -1
        for i, n in enumerate(reversed(seen), start=1):
            depth[n] = base + i
        return depth[area_id]

    by_depth: dict[int, list[int]] = {}
    for area_id in parents:
        by_depth.setdefault(depth_of(area_id), []).append(area_id)
    for level in sorted(by_depth, reverse=True):
        session.execute(sa.delete(Area).where(Area.id.in_(by_depth[level])))


def delete_area(
    session: Session,
    *,
    area_id: int,
    move_people_to: int | None = None,
    with_sub_areas: bool = False,
) -> None:
    """Delete an area and its sub-areas (with their dated headcounts).

    People and grievances in them move to ``move_people_to`` if given; otherwise the delete is
    refused while any remain. Sub-areas are deleted only with ``with_sub_areas`` (the user
    confirmed) or when everything in them moves. Structure tests targeting them always refuse.
    Assembly bodies linked to a deleted area stay, unlinked (the foreign key sets NULL)."""
    area = get_or_404(session, Area, area_id, "area")
    impact = area_deletion_impact(session, area.id)
    if move_people_to is not None:
        target = get_or_404(session, Area, move_people_to, "area")
        if target.workplace_id != area.workplace_id:
            raise InvalidInput(_("People can only move to an area of the same workplace."))
        subtree = area_subtree_ids(session, area.id)
        if target.id in subtree:
            raise InvalidInput(_("Choose an area outside the one being deleted to move people to."))
    refusal = area_refusal(impact, moving=move_people_to is not None,
                           with_sub_areas=with_sub_areas or move_people_to is not None)
    if refusal:
        raise Conflict(refusal)
    subtree = area_subtree_ids(session, area.id)
    session.flush()
    if move_people_to is not None:
        # the deleted areas' history goes with their people: earlier periods there now read
        # as the new area (an area that no longer exists cannot be shown)
        session.execute(
            sa.update(Placement).where(Placement.area_id.in_(subtree))
            .values(area_id=move_people_to),
            execution_options={"synchronize_session": False},
        )
        session.execute(
            sa.update(Contact).where(Contact.area_id.in_(subtree)).values(area_id=move_people_to),
            execution_options={"synchronize_session": "fetch"},
        )
        session.execute(
            sa.update(Grievance).where(Grievance.area_id.in_(subtree))
            .values(area_id=move_people_to),
            execution_options={"synchronize_session": "fetch"},
        )
    _delete_areas_deepest_first(session, subtree)
    session.expire_all()
    session.flush()


def delete_workplace(session: Session, *, workplace_id: int) -> None:
    """Delete a workplace with its empty structure: areas (children first), their headcounts and
    committees without members. Refused while people, grievances, structure tests or committee
    members remain (``workplace_refusal``). Contracts and assembly bodies linked to it stay,
    unlinked (their foreign keys set NULL)."""
    wp = get_or_404(session, Workplace, workplace_id, "workplace")
    refusal = workplace_refusal(workplace_deletion_impact(session, wp.id))
    if refusal:
        raise Conflict(refusal)
    session.flush()
    area_ids = list(session.execute(
        sa.select(Area.id).where(Area.workplace_id == wp.id)).scalars())
    _delete_areas_deepest_first(session, area_ids)
    # Core deletes: the ORM cascade on Workplace.areas would delete areas in its own order.
    session.execute(sa.delete(Workplace).where(Workplace.id == wp.id))
    session.expire_all()
    session.flush()


def set_headcount(
    session: Session, *, area_id: int, as_of: dt.date, headcount: int
) -> AreaHeadcount:
    """Record the real number of workers in an area from ``as_of`` on; same date replaces."""
    get_or_404(session, Area, area_id, "area")
    check_date(as_of, "Headcount date")
    if isinstance(headcount, bool) or not isinstance(headcount, int) or headcount < 0:
        raise InvalidInput(_("Headcount must be a whole number, 0 or more."))
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
