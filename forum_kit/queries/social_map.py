"""The social map of a workplace as of a date: per area the organising figures (headcount,
supporters, committee against one in ten, from ``forum_kit.growth``), its organic leaders and
committee members, who in it no committee member's ties reach, its zone and open hazards and its
place on the floor plan; and the ties between areas. The Map page's picture and the printed
briefing draw it (``forum_kit.tiles`` lays it out).

People count in the area they were in on the date (dated placements); the organic-leader flag and
ties are not dated and are read as they stand. A person is *reached* when they are on the
committee (C or CH) on the date or tied to someone who is; the rest of the people mapped on the
date are *unreached*. Names are read only when asked (``names=True``: the screen); the printed
picture carries counts only."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import NotFound
from forum_kit.growth import workplace_figures
from forum_kit.i18n import _
from forum_kit.models import (
    AreaHazard,
    CommitteeMembership,
    Contact,
    FloorPlanTile,
    SocialTie,
    Workplace,
)
from forum_kit.models.enums import CommitteeRole
from forum_kit.queries.areas import area_tree
from forum_kit.queries.placements import area_on

_c = Contact.__table__
_m = CommitteeMembership.__table__
_t = SocialTie.__table__
_hz = AreaHazard.__table__
_fp = FloorPlanTile.__table__


@dataclass(frozen=True)
class MapArea:
    """One area of the picture; counts cover the area and its sub-areas (``own_*`` the area's
    own people only)."""

    area_id: int
    parent_id: int | None
    name: str
    path: str
    depth: int
    leaf: bool
    headcount: int
    mapped: int
    supporters: int
    supporters_pct: float
    committee_members: int
    committee_helpers: int
    target_members: int
    below_target: bool
    leaders: int
    unreached: int
    ties_inside: int
    zone: str | None
    zone_note: str
    hazards: tuple[str, ...]
    plan: tuple[int, int, int, int] | None
    leader_names: tuple[str, ...] = ()
    member_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class AreaTie:
    """How many ties join people of two areas (leaf areas, smaller id first)."""

    area_a: int
    area_b: int
    ties: int


@dataclass(frozen=True)
class SocialMap:
    workplace_id: int
    workplace: str
    as_of: dt.date
    areas: tuple[MapArea, ...]
    ties: tuple[AreaTie, ...]

    def area(self, area_id: int) -> MapArea | None:
        return next((a for a in self.areas if a.area_id == area_id), None)


def _name(first: str, last: str | None) -> str:
    return f"{first} {last or ''}".strip()


def social_map(
    session: Session, *, workplace_id: int, as_of: dt.date, names: bool = False
) -> SocialMap:
    """The workplace's social map on ``as_of`` (names of leaders and committee members only
    with ``names``)."""
    workplace = session.get(Workplace, workplace_id)
    if workplace is None:
        raise NotFound(_("No workplace with id {workplace_id}.").format(workplace_id=workplace_id))
    nodes = area_tree(session, workplace_id, counts=False)
    if not nodes:
        return SocialMap(workplace_id, workplace.name, as_of, (), ())
    ids = [n.id for n in nodes]
    figures = {
        f.area_id: f
        for f in workplace_figures(session, workplace_id=workplace_id, as_of=as_of, area_ids=ids)
    }
    here = area_on(as_of)
    people: dict[int, tuple[int, bool, str]] = {}
    for cid, area, leader, first, last in session.execute(
        sa.select(_c.c.id, here, _c.c.organic_leader, _c.c.first_name, _c.c.last_name).where(
            _c.c.workplace_id == workplace_id,
            _c.c.added_on <= as_of,
            sa.or_(_c.c.left_on.is_(None), _c.c.left_on > as_of),
        )
    ):
        people[cid] = (area, bool(leader), _name(first, last) if names else "")
    roles: dict[int, str] = {}
    for cid, role in session.execute(
        sa.select(_m.c.contact_id, _m.c.role)
        .join(_c, _c.c.id == _m.c.contact_id)
        .where(
            _c.c.workplace_id == workplace_id,
            _m.c.joined_on <= as_of,
            sa.or_(_m.c.left_on.is_(None), _m.c.left_on > as_of),
        )
    ):
        if cid in people and roles.get(cid) != CommitteeRole.MEMBER.value:
            roles[cid] = str(CommitteeRole(role).value)
    reached = set(roles)
    inside: Counter[int] = Counter()
    between: Counter[tuple[int, int]] = Counter()
    for a, b in session.execute(
        sa.select(_t.c.contact_a_id, _t.c.contact_b_id)
        .join(_c, _c.c.id == _t.c.contact_a_id)
        .where(_c.c.workplace_id == workplace_id)
    ):
        if a not in people or b not in people:
            continue
        if a in roles:
            reached.add(b)
        if b in roles:
            reached.add(a)
        area_a, area_b = people[a][0], people[b][0]
        if area_a == area_b:
            inside[area_a] += 1
        else:
            between[(min(area_a, area_b), max(area_a, area_b))] += 1
    own_leaders: Counter[int] = Counter()
    own_unreached: Counter[int] = Counter()
    leader_names: dict[int, list[str]] = defaultdict(list)
    member_names: dict[int, list[str]] = defaultdict(list)
    for cid, (area, leader, name) in people.items():
        if leader:
            own_leaders[area] += 1
            if names:
                leader_names[area].append(name)
        if cid not in reached:
            own_unreached[area] += 1
        if names and roles.get(cid) == CommitteeRole.MEMBER.value:
            member_names[area].append(name)
    hazards: dict[int, list[str]] = defaultdict(list)
    for area, text in session.execute(
        sa.select(_hz.c.area_id, _hz.c.description)
        .where(
            _hz.c.area_id.in_(ids),
            _hz.c.noted_on <= as_of,
            sa.or_(_hz.c.resolved_on.is_(None), _hz.c.resolved_on > as_of),
        )
        .order_by(_hz.c.noted_on, _hz.c.id)
    ):
        hazards[area].append(text)
    plan = {
        row.area_id: (row.x, row.y, row.w, row.h)
        for row in session.execute(sa.select(_fp).where(_fp.c.area_id.in_(ids)))
    }
    zone_notes = dict(
        session.execute(
            sa.text("SELECT id, zone_note FROM areas WHERE workplace_id = :wp"),
            {"wp": workplace_id},
        ).all()
    )
    # sub-areas add up into their parents (depth-first order: children after their parent)
    children: dict[int, list[int]] = defaultdict(list)
    for n in nodes:
        if n.parent_id is not None:
            children[n.parent_id].append(n.id)
    total = {}
    for n in reversed(nodes):
        own = (own_leaders[n.id], own_unreached[n.id], inside[n.id])
        kids = [total[k] for k in children.get(n.id, ())]
        total[n.id] = tuple(sum(v) for v in zip(own, *kids, strict=True))
    paths: dict[int, str] = {}
    for n in nodes:
        paths[n.id] = n.name if n.parent_id is None else f"{paths[n.parent_id]} / {n.name}"
    areas = []
    for n in nodes:
        f = figures[n.id]
        leaders, unreached, ties_inside = total[n.id]
        areas.append(
            MapArea(
                area_id=n.id,
                parent_id=n.parent_id,
                name=n.name,
                path=paths[n.id],
                depth=n.depth,
                leaf=not children.get(n.id),
                headcount=f.headcount,
                mapped=f.mapped,
                supporters=f.supporters,
                supporters_pct=f.supporters_pct,
                committee_members=f.committee_members,
                committee_helpers=f.committee_helpers,
                target_members=f.target_members,
                below_target=f.below_target,
                leaders=leaders,
                unreached=unreached,
                ties_inside=ties_inside,
                zone=n.zone,
                zone_note=zone_notes.get(n.id) or "",
                hazards=tuple(hazards[n.id]),
                plan=plan.get(n.id),
                leader_names=tuple(sorted(leader_names[n.id])),
                member_names=tuple(sorted(member_names[n.id])),
            )
        )
    ties = tuple(AreaTie(a, b, count) for (a, b), count in sorted(between.items()))
    return SocialMap(workplace_id, workplace.name, as_of, tuple(areas), ties)


@dataclass(frozen=True)
class HazardRow:
    id: int
    description: str
    noted_on: dt.date
    resolved_on: dt.date | None


def hazards_of(session: Session, area_id: int) -> list[HazardRow]:
    """An area's hazards, open ones first, newest first."""
    return [
        HazardRow(r.id, r.description, r.noted_on, r.resolved_on)
        for r in session.execute(
            sa.select(_hz.c.id, _hz.c.description, _hz.c.noted_on, _hz.c.resolved_on)
            .where(_hz.c.area_id == area_id)
            .order_by(_hz.c.resolved_on.is_not(None), _hz.c.noted_on.desc(), _hz.c.id.desc())
        )
    ]


def zone_of(session: Session, area_id: int) -> tuple[str | None, str]:
    """An area's zone ("free", "danger" or None) and the note on why."""
    row = session.execute(
        sa.text("SELECT zone, zone_note FROM areas WHERE id = :a"), {"a": area_id}).first()
    return (row.zone, row.zone_note or "") if row is not None else (None, "")
