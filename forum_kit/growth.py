"""Committee-growth metrics per area "as of" any date, computed from dated history only
(ORGANISING.md "Committee growth"): headcount, mapped, assessed and supporters with their share of
the headcount, committee members against the one-to-ten target, one-on-ones in the last 90 days,
follow-ups due, the last structure test's participation and open grievances; and the growth cache
those figures are served from.

``area_figures_live`` answers one area and one date with SQL aggregates straight from history: it
is the reference definition (slow on a big vault). ``area_figures`` and ``growth_series`` read the
cache (``growth_daily``): per area, the additive figures of its own contacts at every day they
change, recomputed from history only for areas that triggers marked dirty since the last read
(``growth_dirty``); sub-areas are summed, headcount records and structure tests are taken live
(small tables). Both follow the same definitions (tests hold them equal):

- a contact is *mapped* on d if ``added_on <= d`` and not ``left_on <= d``; only mapped contacts
  count as assessed, supporters, committee members/helpers or as having a follow-up due;
- *headcount* of an area: its latest recorded headcount on or before d, which covers its whole
  subtree; without one, its own mapped contacts plus the headcounts of its sub-areas;
- *assessed* / *supporter*: the latest assessment on or before d (by date, then entry order) has a
  level that ``counts_as_assessed`` / ``counts_as_support``;
- a membership is open on d if ``joined_on <= d`` and not ``left_on <= d``;
- *one-on-ones in 90 days*: conversations with contacts of the area held in ``(d - 90, d]``;
- *follow-ups due*: conversations held by d with a follow-up date on or before d not marked done
  (completion has no date, so a done follow-up is not due at any date);
- *last test*: the latest structure test started by d whose target overlaps the area (the whole
  workplace, an ancestor, the area or a sub-area); population and participation are taken at
  ``r = min(d, ends_on)`` over the overlap: contacts mapped on r, of whom those with a
  "participated" outcome recorded by r;
- *open grievances*: of the area's subtree, opened by d and not closed by d (a closed grievance
  without an outcome date counts as never open).
Each figure of a contact counts in the area the contact was in on that date (dated placements,
``forum_kit.queries.placements``): a move changes the figures from its date on, never before. A
one-on-one counts in the area the person was in when it was held.

``tag_counts`` serves the issue tags of one-on-ones per area and day from ``tag_daily``, kept
with the same dirty marks and refreshed in the same pass (revision 0006 adds the marks only tags
need: a conversation's tags and the ``sensitive`` flags that hide a note from the counts).

The cache is derived data: every figure in it is a function of the history, so the change-point
rows are canonical (``rebuild_growth_cache`` recomputes them all and must give the same rows).
Reads write to it (recomputed areas), so a read-only caller that rolls back just recomputes
again next time.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.collector import gc_paused
from forum_kit.errors import InvalidInput, NotFound
from forum_kit.growth_cache import (  # noqa: F401 - the cache's entry points, read from here
    _ASSESSED,
    _FOLLOW,
    _GRIEV,
    _HELPER,
    _MAPPED,
    _MEMBER,
    _METRICS,
    _SUPPORT,
    _TALKS,
    _ZERO,
    ONE_ON_ONE_WINDOW_DAYS,
    _raw,
    _refresh,
    rebuild_growth_cache,
    refresh_growth_cache,
)
from forum_kit.i18n import _
from forum_kit.models import (
    Area,
    AreaHeadcount,
    Assessment,
    AssessmentLevel,
    CommitteeMembership,
    Contact,
    Conversation,
    Grievance,
    Placement,
    StructureTest,
    StructureTestOutcome,
)
from forum_kit.models.enums import CommitteeRole, GrievanceStatus, Outcome
from forum_kit.queries.areas import area_tree
from forum_kit.queries.placements import area_on, segments

COMMITTEE_RATIO = 10
MAX_POINTS = 5000

_a = Area.__table__
_c = Contact.__table__
_h = AreaHeadcount.__table__
_asm = Assessment.__table__
_lv = AssessmentLevel.__table__
_m = CommitteeMembership.__table__
_cv = Conversation.__table__
_g = Grievance.__table__
_t = StructureTest.__table__
_o = StructureTestOutcome.__table__


@dataclass(frozen=True, slots=True)
class AreaFigures:
    area_id: int
    area_name: str
    as_of: dt.date
    headcount: int
    mapped: int
    mapped_pct: float
    assessed: int
    assessed_pct: float
    supporters: int
    supporters_pct: float
    committee_members: int
    committee_helpers: int
    target_members: int
    committee_ratio: float | None
    below_target: bool
    one_on_ones_90d: int
    follow_ups_due: int
    last_test_pct: float | None
    open_grievances: int


def _pct(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def _figures(
    area_id: int, name: str, as_of: dt.date, headcount: int, mapped: int, assessed: int,
    supporters: int, members: int, helpers: int, one_on_ones: int, follow_ups: int,
    last_test_pct: float | None, open_grievances: int,
) -> AreaFigures:
    target = math.ceil(headcount / COMMITTEE_RATIO)
    # positional, in the field order: a growth series makes one per area and week (20,800 for
    # 200 areas x 104 weeks), and keywords made the frozen class's __init__ a fifth slower
    return AreaFigures(
        area_id, name, as_of, headcount, mapped, _pct(mapped, headcount), assessed,
        _pct(assessed, headcount), supporters, _pct(supporters, headcount), members, helpers,
        target, headcount / members if members else None, members < target, one_on_ones,
        follow_ups, last_test_pct, open_grievances,
    )


class _Tree:
    """All areas (a vault holds hundreds at most): parents, children, names, workplaces."""

    def __init__(self, session: Session) -> None:
        self.parent: dict[int, int | None] = {}
        self.workplace: dict[int, int] = {}
        self.name: dict[int, str] = {}
        self.children: dict[int, list[int]] = defaultdict(list)
        rows = session.execute(
            sa.select(_a.c.id, _a.c.parent_id, _a.c.workplace_id, _a.c.name).order_by(_a.c.id)
        )
        for i, parent, wp, name in rows:
            self.parent[i] = parent
            self.workplace[i] = wp
            self.name[i] = name
            if parent is not None:
                self.children[parent].append(i)

    def check(self, area_id: int) -> None:
        if area_id not in self.parent:
            raise NotFound(_("No area with id {area_id}.").format(area_id=area_id))

    def subtree(self, area_id: int) -> list[int]:
        """The area and its descendants in post-order (children before parents)."""
        out: list[int] = []
        stack: list[tuple[int, bool]] = [(area_id, False)]
        while stack:
            node, done = stack.pop()
            if done:
                out.append(node)
                continue
            stack.append((node, True))
            stack.extend((child, False) for child in self.children.get(node, ()))
        return out

    def ancestors(self, area_id: int) -> set[int]:
        out = set()
        node = self.parent.get(area_id)
        while node is not None and node not in out:
            out.add(node)
            node = self.parent.get(node)
        return out

    def test_overlap(self, area_id: int, sub: set[int], test_area: int | None) -> set[int] | None:
        """The part of ``area_id``'s subtree inside the test's target, or None if they miss."""
        if test_area is None or test_area == area_id or test_area in self.ancestors(area_id):
            return sub
        if test_area in sub:
            return set(self.subtree(test_area))
        return None


def _mapped_sql(d: dt.date) -> sa.ColumnElement[bool]:
    return sa.and_(_c.c.added_on <= d, sa.or_(_c.c.left_on.is_(None), _c.c.left_on > d))


def _count(session: Session, stmt: sa.Select) -> int:
    return int(session.execute(stmt).scalar_one() or 0)


def area_figures_live(session: Session, *, area_id: int, as_of: dt.date) -> AreaFigures:
    """The figures of one area and its subtree on one date, straight from SQL aggregates over
    the history (no cache): the reference definition, and what tests check the cache against."""
    if not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime):
        raise InvalidInput(_("As-of must be a date."))
    tree = _Tree(session)
    tree.check(area_id)
    order = tree.subtree(area_id)
    sub = set(order)
    d = as_of
    # where each contact was on d (dated placements), not where they are now
    here = area_on(d)
    in_sub = here.in_(order)
    mapped_by_area = dict(
        session.execute(
            sa.select(here.label("area"), sa.func.count()).where(in_sub, _mapped_sql(d))
            .group_by(sa.text("area"))
        ).all()
    )
    h2 = _h.alias("h2")
    latest = (
        sa.select(sa.func.max(_h.c.as_of))
        .where(_h.c.area_id == h2.c.area_id, _h.c.as_of <= d)
        .scalar_subquery()
    )
    recorded = dict(
        session.execute(
            sa.select(h2.c.area_id, h2.c.headcount).where(
                h2.c.area_id.in_(order), h2.c.as_of == latest
            )
        ).all()
    )
    heads: dict[int, int] = {}
    for node in order:  # post-order: children first
        if node in recorded:
            heads[node] = recorded[node]
        else:
            heads[node] = mapped_by_area.get(node, 0) + sum(
                heads[ch] for ch in tree.children.get(node, ())
            )
    latest_asm = (
        sa.select(
            _asm.c.contact_id,
            _asm.c.level,
            sa.func.row_number()
            .over(
                partition_by=_asm.c.contact_id,
                order_by=(_asm.c.assessed_on.desc(), _asm.c.id.desc()),
            )
            .label("rn"),
        )
        .where(
            _asm.c.assessed_on <= d,
            _asm.c.contact_id.in_(sa.select(_c.c.id).where(in_sub)),
        )
        .subquery()
    )
    level_counts = session.execute(
        sa.select(
            sa.func.sum(sa.case((_lv.c.counts_as_assessed, 1), else_=0)),
            sa.func.sum(sa.case((_lv.c.counts_as_support, 1), else_=0)),
        )
        .select_from(
            _c.join(latest_asm, sa.and_(latest_asm.c.contact_id == _c.c.id, latest_asm.c.rn == 1))
            .join(_lv, _lv.c.level == latest_asm.c.level)
        )
        .where(in_sub, _mapped_sql(d))
    ).one()
    open_on = sa.and_(_m.c.joined_on <= d, sa.or_(_m.c.left_on.is_(None), _m.c.left_on > d))

    def role_count(role: CommitteeRole) -> int:
        return _count(
            session,
            sa.select(sa.func.count(sa.distinct(_m.c.contact_id)))
            .select_from(_m.join(_c, _c.c.id == _m.c.contact_id))
            .where(in_sub, _mapped_sql(d), open_on, _m.c.role == role),
        )

    one_on_ones = _count(
        session,
        sa.select(sa.func.count())
        .select_from(_cv.join(_c, _c.c.id == _cv.c.contact_id))
        .where(
            # a one-on-one belongs to the area the person was in when it was held
            area_on(_cv.c.held_on).in_(order),
            _cv.c.held_on <= d,
            _cv.c.held_on > d - dt.timedelta(days=ONE_ON_ONE_WINDOW_DAYS),
        ),
    )
    follow_ups = _count(
        session,
        sa.select(sa.func.count())
        .select_from(_cv.join(_c, _c.c.id == _cv.c.contact_id))
        .where(
            in_sub,
            _mapped_sql(d),
            _cv.c.held_on <= d,
            _cv.c.follow_up_on <= d,
            _cv.c.follow_up_done.is_(False),
        ),
    )
    grievances = _count(
        session,
        sa.select(sa.func.count()).where(
            _g.c.area_id.in_(order),
            _g.c.opened_on <= d,
            sa.not_(
                sa.and_(
                    _g.c.status == GrievanceStatus.CLOSED,
                    sa.or_(_g.c.outcome_on.is_(None), _g.c.outcome_on <= d),
                )
            ),
        ),
    )
    last_test: float | None = None
    tests = session.execute(
        sa.select(_t.c.id, _t.c.area_id, _t.c.ends_on)
        .where(_t.c.workplace_id == tree.workplace[area_id], _t.c.starts_on <= d)
        .order_by(_t.c.starts_on.desc(), _t.c.id.desc())
    ).all()
    for test_id, test_area, ends_on in tests:
        overlap = tree.test_overlap(area_id, sub, test_area)
        if overlap is None:
            continue
        r = min(d, ends_on) if ends_on is not None else d
        where = (area_on(r).in_(sorted(overlap)), _mapped_sql(r))
        population = _count(session, sa.select(sa.func.count()).where(*where))
        participated = _count(
            session,
            sa.select(sa.func.count())
            .select_from(_o.join(_c, _c.c.id == _o.c.contact_id))
            .where(
                *where,
                _o.c.test_id == test_id,
                _o.c.outcome == Outcome.PARTICIPATED,
                _o.c.recorded_on <= r,
            ),
        )
        last_test = _pct(participated, population)
        break
    return _figures(
        area_id, tree.name[area_id], as_of,
        headcount=heads[area_id],
        mapped=sum(mapped_by_area.values()),
        assessed=int(level_counts[0] or 0),
        supporters=int(level_counts[1] or 0),
        members=role_count(CommitteeRole.MEMBER),
        helpers=role_count(CommitteeRole.HELPER),
        one_on_ones=one_on_ones,
        follow_ups=follow_ups,
        last_test_pct=last_test,
        open_grievances=grievances,
    )



def tag_counts(
    session: Session, *, area_ids: Iterable[int], after: dt.date, through: dt.date
) -> dict[int, dict[int, int]]:
    """Per area (its own contacts, not its sub-areas) and issue-tag id, how many one-on-ones
    held in ``(after, through]`` carried the tag; sensitive conversations and sensitive
    contacts are not counted. Served from ``tag_daily``, refreshed first like the figures."""
    for value in (after, through):
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise InvalidInput(_("Tag counts are taken between two dates."))
    areas = sorted(set(area_ids))
    if not areas:
        return {}
    session.flush()  # the triggers must have seen every pending edit before the cache is read
    _refresh(session, areas)
    out: dict[int, dict[int, int]] = defaultdict(dict)
    for area, tag, count in _raw(
        session,
        "SELECT t.area_id, t.tag_id, sum(t.conversations) FROM tag_daily AS t "
        "WHERE t.area_id IN (SELECT value FROM json_each(?)) AND t.day > ? AND t.day <= ? "
        "GROUP BY t.area_id, t.tag_id",
        (json.dumps(areas), after.isoformat(), through.isoformat()),
    ):
        out[area][tag] = int(count)
    return dict(out)


def _states(
    session: Session, areas: list[int], days: list[dt.date]
) -> dict[tuple[int, dt.date], tuple[int, ...]]:
    """The cached own-contact figures of each area on each day (absent: all zero), one indexed
    look-up of the latest change point per pair."""
    if not areas or not days:
        return {}
    by_iso = {d.isoformat(): d for d in days}
    rows = _raw(
        session,
        f"SELECT a.value, d.value, {', '.join('g.' + m for m in _METRICS)} "
        "FROM json_each(?) AS a CROSS JOIN json_each(?) AS d "
        "CROSS JOIN growth_daily AS g "
        "WHERE g.area_id = a.value AND g.day = (SELECT max(x.day) FROM growth_daily AS x "
        "WHERE x.area_id = a.value AND x.day <= d.value)",
        (json.dumps(areas), json.dumps(sorted(by_iso))),
    ).fetchall()  # one driver call instead of one per row: ~20k rows for a two-year chart
    return {(row[0], by_iso[row[1]]): row[2:] for row in rows}


def _points(start: dt.date, end: dt.date, step_days: int) -> list[dt.date]:
    for value, field in ((start, "Start"), (end, "End")):
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise InvalidInput(_("{field} must be a date.").format(field=field))
    if isinstance(step_days, bool) or not isinstance(step_days, int) or step_days < 1:
        raise InvalidInput(_("Step must be a whole number of days, 1 or more."))
    if end < start:
        raise InvalidInput(_("End is before start; choose a later end date."))
    count = (end - start).days // step_days + 1
    if count > MAX_POINTS:
        raise InvalidInput(_("Too many points; use at most {MAX_POINTS} (a longer "
                             "step).").format(MAX_POINTS=MAX_POINTS))
    return [start + dt.timedelta(days=k * step_days) for k in range(count)]


def area_figures(session: Session, *, area_id: int, as_of: dt.date) -> AreaFigures:
    """The figures of one area and its subtree on one date, from the cache (equal to
    ``area_figures_live``)."""
    if not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime):
        raise InvalidInput(_("As-of must be a date."))
    return _series(session, [area_id], [as_of])[area_id][0]


def growth_series(
    session: Session,
    *,
    area_ids: Iterable[int],
    start: dt.date,
    end: dt.date,
    step_days: int = 7,
) -> dict[int, list[AreaFigures]]:
    """Figures for each area (incl. its subtree) at ``start``, ``start + step_days``, ... up to
    ``end``; equal to ``area_figures_live`` at each point, served from the cache."""
    points = _points(start, end, step_days)
    with gc_paused():  # one figures object per area and point (collector.gc_paused)
        return _series(session, list(dict.fromkeys(area_ids)), points)


def _series(
    session: Session, wanted: list[int], points: list[dt.date]
) -> dict[int, list[AreaFigures]]:
    session.flush()  # the triggers must have seen every pending edit before the cache is read
    tree = _Tree(session)
    for area_id in wanted:
        tree.check(area_id)
    if not wanted:
        return {}
    last = points[-1]
    subtrees = {a: tree.subtree(a) for a in wanted}
    # every relevant area, children before parents, for subtree roll-ups
    post_order: list[int] = []
    seen: set[int] = set()
    for area_id in wanted:
        for node in subtrees[area_id]:
            if node not in seen:
                seen.add(node)
                post_order.append(node)
    _refresh(session, post_order)

    # structure tests: which one is "last" at each point, per wanted area
    workplaces = sorted({tree.workplace[a] for a in wanted})
    tests = session.execute(
        sa.select(_t.c.id, _t.c.workplace_id, _t.c.area_id, _t.c.starts_on, _t.c.ends_on)
        .where(_t.c.workplace_id.in_(workplaces), _t.c.starts_on <= last)
        .order_by(_t.c.starts_on, _t.c.id)
    ).all()
    # per wanted area and point: None or (test_id, r, overlap areas)
    last_tests: dict[int, list[tuple[int, dt.date, list[int]] | None]] = {}
    extra_days: set[dt.date] = set()
    part_areas: dict[int, set[int]] = defaultdict(set)
    for area_id in wanted:
        sub = set(subtrees[area_id])
        applicable = []
        for test_id, wp, test_area, starts_on, ends_on in tests:
            if wp != tree.workplace[area_id]:
                continue
            overlap = tree.test_overlap(area_id, sub, test_area)
            if overlap is not None:
                applicable.append((starts_on, test_id, ends_on, sorted(overlap)))
        starts = [t[0] for t in applicable]
        per_point: list[tuple[int, dt.date, list[int]] | None] = []
        for d in points:
            k = bisect_right(starts, d)
            if not k:
                per_point.append(None)
                continue
            _s, test_id, ends_on, overlap = applicable[k - 1]
            r = min(d, ends_on) if ends_on is not None else d
            if r != d:
                extra_days.add(r)
            part_areas[test_id].update(overlap)
            per_point.append((test_id, r, overlap))
        last_tests[area_id] = per_point

    states = _states(session, post_order, sorted(set(points) | extra_days))

    # participation: per used test and direct area, sorted start and end dates of "participated"
    part_start: dict[tuple[int, int], list[dt.date]] = defaultdict(list)
    part_end: dict[tuple[int, int], list[dt.date]] = defaultdict(list)
    _p = Placement.__table__
    for test_id, areas in part_areas.items():
        wanted_areas = sorted(areas)
        rows = session.execute(
            sa.select(_c.c.id, _c.c.area_id, _o.c.recorded_on, _c.c.added_on, _c.c.left_on)
            .join(_c, _c.c.id == _o.c.contact_id)
            .where(
                _o.c.test_id == test_id,
                _o.c.outcome == Outcome.PARTICIPATED,
                sa.or_(
                    _c.c.area_id.in_(wanted_areas),
                    _c.c.id.in_(sa.select(_p.c.contact_id).where(_p.c.area_id.in_(wanted_areas))),
                ),
            )
        ).all()
        # participants who moved count in each area for the days they were in it
        held: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
        for cid, until, area in session.execute(
            sa.select(_p.c.contact_id, _p.c.until_on, _p.c.area_id)
            .join(_o, _o.c.contact_id == _p.c.contact_id)
            .where(_o.c.test_id == test_id, _o.c.outcome == Outcome.PARTICIPATED)
            .order_by(_p.c.contact_id, _p.c.until_on, _p.c.id)
        ):
            held[cid].append((until, area))
        for cid, current, recorded, added, left in rows:
            s = max(recorded, added)
            if left is not None and left <= s:
                continue
            spans = (segments(current, held[cid], dt.date.min) if cid in held
                     else [(dt.date.min, None, current)])
            for begin, until, area in spans:
                if area not in areas:
                    continue
                lo = max(s, begin)
                hi = left if until is None else (until if left is None else min(left, until))
                if hi is not None and hi <= lo:
                    continue
                part_start[(test_id, area)].append(lo)
                if hi is not None:
                    part_end[(test_id, area)].append(hi)
    for values in (*part_start.values(), *part_end.values()):
        values.sort()

    # headcount records per area, and the latest one at each point
    records: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
    for area, day, head in session.execute(
        sa.select(_h.c.area_id, _h.c.as_of, _h.c.headcount)
        .where(_h.c.area_id.in_(post_order), _h.c.as_of <= last)
        .order_by(_h.c.area_id, _h.c.as_of)
    ):
        records[area].append((day, head))

    # own figures per area and point, then summed over subtrees (children come first)
    rolled: dict[int, list[tuple[int, ...]]] = {}
    heads: dict[int, list[int]] = {}
    for node in post_order:
        own = [states.get((node, d), _ZERO) for d in points]
        kids = tree.children.get(node, ())
        total = own
        for child in kids:
            total = [
                tuple(a + b for a, b in zip(x, y, strict=True))
                for x, y in zip(total, rolled[child], strict=True)
            ]
        rolled[node] = total
        recs = records.get(node)
        days = [r[0] for r in recs] if recs else []
        kid_heads = [heads[child] for child in kids]
        node_heads = []
        for i, d in enumerate(points):
            k = bisect_right(days, d) if recs else 0
            if k:
                node_heads.append(recs[k - 1][1])
            else:
                node_heads.append(own[i][_MAPPED] + sum(h[i] for h in kid_heads))
        heads[node] = node_heads

    def alive(starts: list[dt.date], ends: list[dt.date], r: dt.date) -> int:
        return bisect_right(starts, r) - bisect_right(ends, r)

    result: dict[int, list[AreaFigures]] = {}
    for area_id in wanted:
        name = tree.name[area_id]
        figures = []
        for i, d in enumerate(points):
            values = rolled[area_id][i]
            last_test: float | None = None
            chosen = last_tests[area_id][i]
            if chosen is not None:
                test_id, r, overlap = chosen
                population = sum(states.get((x, r), _ZERO)[_MAPPED] for x in overlap)
                participated = sum(
                    alive(part_start.get((test_id, x), []), part_end.get((test_id, x), []), r)
                    for x in overlap
                )
                last_test = _pct(participated, population)
            # positional (one call per area and week): headcount, mapped, assessed,
            # supporters, members, helpers, one-on-ones, follow-ups, last test, grievances
            figures.append(_figures(
                area_id, name, d, heads[area_id][i], values[_MAPPED], values[_ASSESSED],
                values[_SUPPORT], values[_MEMBER], values[_HELPER], values[_TALKS],
                values[_FOLLOW], last_test, values[_GRIEV],
            ))
        result[area_id] = figures
    return result


def workplace_figures(
    session: Session,
    *,
    workplace_id: int,
    as_of: dt.date,
    area_ids: Iterable[int] | None = None,
) -> list[AreaFigures]:
    """One ``AreaFigures`` per area of the workplace (depth-first), or per given area."""
    if area_ids is None:
        ids = [node.id for node in area_tree(session, workplace_id)]
    else:
        ids = list(area_ids)
        tree = _Tree(session)
        for area_id in ids:
            tree.check(area_id)
            if tree.workplace[area_id] != workplace_id:
                raise InvalidInput(_("An area given is in another workplace."))
    series = growth_series(session, area_ids=ids, start=as_of, end=as_of)
    return [series[a][0] for a in ids]
