"""The map's skeleton: each workplace's area tree in depth-first order with people counts, the
list of workplaces with their sizes, and what deleting an area or a workplace would touch (counts
for the refusal and the confirmation, never names)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import NotFound
from forum_kit.i18n import _, ngettext
from forum_kit.models import (
    Area,
    AreaHeadcount,
    Body,
    Committee,
    CommitteeMembership,
    Contact,
    Contract,
    Grievance,
    StructureTest,
    Workplace,
)

_a = Area.__table__
_c = Contact.__table__
_w = Workplace.__table__
_h = AreaHeadcount.__table__
_b = Body.__table__
_cm = Committee.__table__
_ms = CommitteeMembership.__table__
_k = Contract.__table__
_g = Grievance.__table__
_t = StructureTest.__table__

# SQLite extracts the next row of a recursive CTE by its ORDER BY: deepest first gives depth-first
# order, and (position, name, id) orders siblings, so the tree arrives ready to draw.
_TREE_SQL = sa.text(
    """
    WITH RECURSIVE tree(id, parent_id, name, kind, zone, depth, position) AS (
        SELECT id, parent_id, name, kind, zone, 0, position FROM areas
        WHERE workplace_id = :wp AND parent_id IS NULL
        UNION ALL
        SELECT a.id, a.parent_id, a.name, a.kind, a.zone, tree.depth + 1, a.position
        FROM areas a JOIN tree ON a.parent_id = tree.id
        ORDER BY 6 DESC, 7, 3 COLLATE NOCASE, 1
    )
    SELECT id, parent_id, name, kind, zone, depth FROM tree
    """
)


@dataclass(frozen=True)
class AreaNode:
    id: int
    parent_id: int | None
    name: str
    kind: str
    depth: int
    people: int
    # people in the area and all its sub-areas
    people_in_subtree: int = 0
    zone: str | None = None


@dataclass(frozen=True)
class WorkplaceRow:
    id: int
    name: str
    employer: str
    areas: int
    people: int
    kind: str = "workplace"  # or "neighbourhood" (forum_kit.places gives its words)


def _people_by_area(session: Session, workplace_id: int) -> dict[int, int]:
    rows = session.execute(
        sa.select(_c.c.area_id, sa.func.count())
        .where(_c.c.workplace_id == workplace_id, _c.c.left_on.is_(None))
        .group_by(_c.c.area_id)
    )
    return {area_id: n for area_id, n in rows}


def area_tree(session: Session, workplace_id: int, *, counts: bool = True) -> list[AreaNode]:
    """Areas of a workplace, depth-first; ``people`` counts current (not left) contacts.

    With ``counts=False`` both people counts are 0: a caller after names and paths only (the
    People page's filters) skips grouping every contact, a cost that grows with the vault."""
    rows = session.execute(_TREE_SQL, {"wp": workplace_id}).all()
    direct = _people_by_area(session, workplace_id) if counts else {}
    totals = {r.id: direct.get(r.id, 0) for r in rows}
    # children come after their parent in depth-first order, so a reverse pass sums subtrees
    for r in reversed(rows):
        if r.parent_id is not None and r.parent_id in totals:
            totals[r.parent_id] += totals[r.id]
    return [
        AreaNode(
            id=r.id,
            parent_id=r.parent_id,
            name=r.name,
            kind=r.kind,
            depth=r.depth,
            people=direct.get(r.id, 0),
            people_in_subtree=totals[r.id],
            zone=r.zone,
        )
        for r in rows
    ]


def workplaces(session: Session, *, counts: bool = True) -> list[WorkplaceRow]:
    """Every workplace by name; with ``counts=False`` ``areas`` and ``people`` are 0, sparing a
    count of every contact to a caller that only lists names."""
    if not counts:
        rows = session.execute(
            sa.select(_w.c.id, _w.c.name, _w.c.employer, _w.c.kind)
            .order_by(_w.c.name.collate("NOCASE"), _w.c.id)
        )
        return [WorkplaceRow(id=i, name=n, employer=e, areas=0, people=0, kind=str(k))
                for i, n, e, k in rows]
    areas = (
        sa.select(_a.c.workplace_id, sa.func.count().label("n"))
        .group_by(_a.c.workplace_id)
        .subquery()
    )
    people = (
        sa.select(_c.c.workplace_id, sa.func.count().label("n"))
        .where(_c.c.left_on.is_(None))
        .group_by(_c.c.workplace_id)
        .subquery()
    )
    rows = session.execute(
        sa.select(
            _w.c.id, _w.c.name, _w.c.employer,
            sa.func.coalesce(areas.c.n, 0), sa.func.coalesce(people.c.n, 0), _w.c.kind,
        )
        .select_from(
            _w.outerjoin(areas, areas.c.workplace_id == _w.c.id).outerjoin(
                people, people.c.workplace_id == _w.c.id
            )
        )
        .order_by(_w.c.name.collate("NOCASE"), _w.c.id)
    )
    return [WorkplaceRow(id=i, name=n, employer=e, areas=a, people=p, kind=str(k))
            for i, n, e, a, p, k in rows]


def workplace_of_area(session: Session, area_id: int) -> int | None:
    """The workplace an area belongs to, or None when there is no such area."""
    return session.execute(
        sa.select(Area.workplace_id).where(Area.id == area_id)
    ).scalar_one_or_none()


def kind_of_place(session: Session, workplace_id: int | None) -> str:
    """"workplace" or "neighbourhood" (a workplace when there is no such place)."""
    if workplace_id is None:
        return "workplace"
    kind = session.execute(sa.select(_w.c.kind).where(_w.c.id == workplace_id)
                           ).scalar_one_or_none()
    return str(kind) if kind else "workplace"


def subtree_select(area_id: int) -> sa.Select:
    """``SELECT id`` of the area and all its descendants (recursive CTE)."""
    tree = sa.select(_a.c.id).where(_a.c.id == area_id).cte("area_tree", recursive=True)
    tree = tree.union_all(sa.select(_a.c.id).where(_a.c.parent_id == tree.c.id))
    return sa.select(tree.c.id)


def walk_subtree(children: Mapping[int | None, Sequence[int]], area_id: int) -> list[int]:
    """The area and its descendants, depth first, from a parent -> children map already loaded.

    A cycle written outside the services (a hand-edited or imported vault) cannot hang it.
    """
    out: list[int] = []
    seen: set[int] = set()
    stack = [area_id]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        out.append(node)
        stack.extend(children.get(node, ()))
    return out


@dataclass(frozen=True)
class DeletionImpact:
    """What deleting an area (with its sub-areas) or a whole workplace would touch, as counts.

    The first group is structure the delete removes; the second holds records a steward would
    not want lost, so the delete is refused (or, for an area, they move) while any remain; the
    last group survives the delete but loses its link to what is deleted."""

    areas: int
    headcounts: int
    committees: int
    people: int
    grievances: int
    structure_tests: int
    committee_members: int
    assemblies: int
    contracts: int

    @property
    def sub_areas(self) -> int:
        """Areas deleted besides the one chosen (for a workplace: all of them)."""
        return max(0, self.areas - 1)


def _count(session: Session, table: sa.Table, *conds: sa.ColumnElement[bool]) -> int:
    stmt = sa.select(sa.func.count()).select_from(table).where(*conds)
    return int(session.execute(stmt).scalar_one())


def area_deletion_impact(session: Session, area_id: int) -> DeletionImpact:
    """Counts for deleting an area and its subtree; people include those who have left, as
    their history still hangs off the area. NotFound when there is no such area."""
    if session.execute(sa.select(_a.c.id).where(_a.c.id == area_id)).first() is None:
        raise NotFound(_("That area does not exist (it may have been deleted meanwhile)."))
    subtree = list(session.execute(subtree_select(area_id)).scalars())
    return DeletionImpact(
        areas=len(subtree),
        headcounts=_count(session, _h, _h.c.area_id.in_(subtree)),
        committees=0,
        people=_count(session, _c, _c.c.area_id.in_(subtree)),
        grievances=_count(session, _g, _g.c.area_id.in_(subtree)),
        structure_tests=_count(session, _t, _t.c.area_id.in_(subtree)),
        committee_members=0,
        assemblies=_count(session, _b, _b.c.area_id.in_(subtree)),
        contracts=0,
    )


def workplace_deletion_impact(session: Session, workplace_id: int) -> DeletionImpact:
    """Counts for deleting a workplace with all its areas. NotFound when there is none."""
    if session.execute(sa.select(_w.c.id).where(_w.c.id == workplace_id)).first() is None:
        raise NotFound(_("That workplace does not exist (it may have been deleted meanwhile)."))
    area_ids = sa.select(_a.c.id).where(_a.c.workplace_id == workplace_id)
    committee_ids = sa.select(_cm.c.id).where(_cm.c.workplace_id == workplace_id)
    return DeletionImpact(
        areas=_count(session, _a, _a.c.workplace_id == workplace_id),
        headcounts=_count(session, _h, _h.c.area_id.in_(area_ids)),
        committees=_count(session, _cm, _cm.c.workplace_id == workplace_id),
        people=_count(session, _c, _c.c.workplace_id == workplace_id),
        grievances=_count(session, _g, _g.c.workplace_id == workplace_id),
        structure_tests=_count(session, _t, _t.c.workplace_id == workplace_id),
        committee_members=_count(session, _ms, _ms.c.committee_id.in_(committee_ids)),
        assemblies=_count(session, _b, sa.or_(_b.c.workplace_id == workplace_id,
                                              _b.c.area_id.in_(area_ids))),
        contracts=_count(session, _k, _k.c.workplace_id == workplace_id),
    )


def lost_with(impact: DeletionImpact, *, whole_workplace: bool = False) -> list[str]:
    """What a confirmation lists as lost, counts only (never a name); the UI and CLI share it."""
    if whole_workplace:
        lost = [ngettext("the workplace and {n} area", "the workplace and {n} areas",
                         impact.areas).format(n=impact.areas)]
    else:
        lost = [ngettext("the area and {n} sub-area", "the area and {n} sub-areas",
                         impact.sub_areas).format(n=impact.sub_areas)]
    if impact.headcounts:
        lost.append(ngettext("{n} dated headcount", "{n} dated headcounts",
                             impact.headcounts).format(n=impact.headcounts))
    if impact.committees:
        lost.append(ngettext("{n} committee (no members)", "{n} committees (no members)",
                             impact.committees).format(n=impact.committees))
    if impact.assemblies and whole_workplace:
        lost.append(ngettext("the link of {n} assembly to this workplace (they stay)",
                             "the link of {n} assemblies to this workplace (they stay)",
                             impact.assemblies).format(n=impact.assemblies))
    elif impact.assemblies:
        lost.append(ngettext("the link of {n} assembly to this area (they stay)",
                             "the link of {n} assemblies to this area (they stay)",
                             impact.assemblies).format(n=impact.assemblies))
    if impact.contracts:
        lost.append(ngettext("the link of {n} contract to this workplace (they stay)",
                             "the link of {n} contracts to this workplace (they stay)",
                             impact.contracts).format(n=impact.contracts))
    return lost
