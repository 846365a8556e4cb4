"""The aggregated figures a forum sends up to its council in a bundle, as of one date.

Owns the choice of which areas a forum speaks for (its area and sub-areas, else its workplace,
else every workplace in the vault) and the counts taken for them: per area the growth figures
(``forum_kit.growth``), grievances by status and type, and the issue tags of one-on-ones held in
the last 90 days. Only counts and area names leave here. The issue counts are the delegate
briefing's (``growth.tag_counts``): sensitive conversations and every note of a sensitive contact
are left out, since even a tag can tell who was talked to in a small area.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import NotFound
from forum_kit.growth import ONE_ON_ONE_WINDOW_DAYS, tag_counts, workplace_figures
from forum_kit.i18n import _
from forum_kit.models.assembly import Body
from forum_kit.models.conversation import IssueTag
from forum_kit.models.workplace import Area, Workplace
from forum_kit.queries.areas import walk_subtree
from forum_kit.queries.grievances import grievance_counts

__all__ = ["TOP_ISSUES", "AreaFigureRow", "BundleFigures", "bundle_figures"]

TOP_ISSUES = 10


@dataclass(frozen=True)
class AreaFigureRow:
    """One area's figures; ``top`` areas are not inside another listed area (totals add them)."""

    area: str
    depth: int
    top: bool
    headcount: int
    supporters: int
    supporters_pct: float
    committee_members: int
    target_members: int
    one_on_ones_90d: int
    open_grievances: int
    last_test_pct: float | None


@dataclass(frozen=True)
class BundleFigures:
    as_of: date
    areas: tuple[AreaFigureRow, ...]
    grievances: tuple[tuple[str, str, int], ...]
    issues: tuple[tuple[str, int], ...]


def _subtree(session: Session, area_id: int) -> list[int]:
    children: dict[int | None, list[int]] = {}
    for i, parent in session.execute(sa.select(Area.id, Area.parent_id)).all():
        children.setdefault(parent, []).append(i)
    return walk_subtree(children, area_id)


def _scopes(session: Session, body: Body) -> list[tuple[int, list[int] | None, list[int]]]:
    """(workplace, areas to report or None for all, area ids counted) per workplace covered."""
    if body.area_id is not None:
        wp = session.execute(sa.select(Area.workplace_id).where(Area.id == body.area_id))
        sub = _subtree(session, body.area_id)
        return [(wp.scalar_one(), sub, sub)]
    if body.workplace_id is not None:
        wps = [body.workplace_id]
    else:
        wps = list(session.execute(sa.select(Workplace.id).order_by(Workplace.id)).scalars())
    out: list[tuple[int, list[int] | None, list[int]]] = []
    for wp in wps:
        ids = list(session.execute(sa.select(Area.id).where(Area.workplace_id == wp)).scalars())
        out.append((wp, None, ids))
    return out


def bundle_figures(session: Session, *, forum_id: int, as_of: date) -> BundleFigures:
    """The forum's figures on ``as_of``: per area, grievance counts and top issue tags."""
    body = session.get(Body, forum_id)
    if body is None:
        raise NotFound(_("That forum does not exist."))
    areas: list[AreaFigureRow] = []
    grievances: Counter[tuple[str, str]] = Counter()
    counted: list[int] = []
    for wp, wanted, ids in _scopes(session, body):
        counted.extend(ids)
        if not ids:
            continue
        figures = workplace_figures(session, workplace_id=wp, as_of=as_of, area_ids=wanted)
        parents = dict(
            session.execute(
                sa.select(Area.id, Area.parent_id).where(Area.id.in_([f.area_id for f in figures]))
            ).all()
        )
        listed = set(parents)
        depth: dict[int, int] = {}
        for f in figures:  # depth-first order: a parent comes before its children
            parent = parents.get(f.area_id)
            depth[f.area_id] = depth[parent] + 1 if parent in listed and parent in depth else 0
            areas.append(
                AreaFigureRow(
                    area=f.area_name,
                    depth=depth[f.area_id],
                    top=parent not in listed,
                    headcount=f.headcount,
                    supporters=f.supporters,
                    supporters_pct=round(f.supporters_pct, 1),
                    committee_members=f.committee_members,
                    target_members=f.target_members,
                    one_on_ones_90d=f.one_on_ones_90d,
                    open_grievances=f.open_grievances,
                    last_test_pct=None if f.last_test_pct is None else round(f.last_test_pct, 1),
                )
            )
        grievances.update(
            grievance_counts(
                session,
                workplace_id=wp,
                area_ids=None if wanted is None else wanted,
                as_of=as_of,
            )
        )
    issues: list[tuple[str, int]] = []
    # The briefing's counts (one rule, one cache): one-on-ones held in (as_of - 90, as_of] with
    # the counted areas' own contacts, neither the note nor the contact sensitive.
    counts = tag_counts(
        session, area_ids=counted, through=as_of,
        after=as_of - timedelta(days=ONE_ON_ONE_WINDOW_DAYS),
    )
    if counts:
        names = dict(session.execute(sa.select(IssueTag.id, IssueTag.name)).all())
        totals: Counter[str] = Counter()
        for by_tag in counts.values():
            for tag, count in by_tag.items():
                totals[str(names[tag])] += count
        issues = sorted(totals.items(), key=lambda t: (-t[1], t[0]))
    return BundleFigures(
        as_of=as_of,
        areas=tuple(areas),
        grievances=tuple(sorted((s, t, n) for (s, t), n in grievances.items())),
        issues=tuple(issues[:TOP_ISSUES]),
    )
