"""The map's skeleton: each workplace's area tree in depth-first order with people counts, and the
list of workplaces with their sizes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.models import Area, Contact, Workplace

_a = Area.__table__
_c = Contact.__table__
_w = Workplace.__table__

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


def _people_by_area(session: Session, workplace_id: int) -> dict[int, int]:
    rows = session.execute(
        sa.select(_c.c.area_id, sa.func.count())
        .where(_c.c.workplace_id == workplace_id, _c.c.left_on.is_(None))
        .group_by(_c.c.area_id)
    )
    return {area_id: n for area_id, n in rows}


def area_tree(session: Session, workplace_id: int) -> list[AreaNode]:
    """Areas of a workplace, depth-first; ``people`` counts current (not left) contacts."""
    rows = session.execute(_TREE_SQL, {"wp": workplace_id}).all()
    direct = _people_by_area(session, workplace_id)
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


def workplaces(session: Session) -> list[WorkplaceRow]:
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
            sa.func.coalesce(areas.c.n, 0), sa.func.coalesce(people.c.n, 0),
        )
        .select_from(
            _w.outerjoin(areas, areas.c.workplace_id == _w.c.id).outerjoin(
                people, people.c.workplace_id == _w.c.id
            )
        )
        .order_by(_w.c.name.collate("NOCASE"), _w.c.id)
    )
    return [WorkplaceRow(id=i, name=n, employer=e, areas=a, people=p) for i, n, e, a, p in rows]


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
