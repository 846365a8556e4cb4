"""Committee-growth metrics per area "as of" any date, computed from dated history only
(ORGANISING.md "Committee growth"): headcount, mapped, assessed and supporters with their share of
the headcount, committee members against the one-to-ten target, one-on-ones in the last 90 days,
follow-ups due, the last structure test's participation and open grievances.

``area_figures`` answers one area and one date with SQL aggregates; ``growth_series`` loads the
dated events once and sweeps every point in Python, so a 200-area, two-year weekly chart costs a
handful of queries. Both follow the same definitions (tests hold them equal):

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
Contacts count in their current area (moves between areas have no history).
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import InvalidInput, NotFound
from forum_kit.models import (
    Area,
    AreaHeadcount,
    Assessment,
    AssessmentLevel,
    CommitteeMembership,
    Contact,
    Conversation,
    Grievance,
    StructureTest,
    StructureTestOutcome,
)
from forum_kit.models.enums import CommitteeRole, GrievanceStatus, Outcome
from forum_kit.queries.areas import area_tree

ONE_ON_ONE_WINDOW_DAYS = 90
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


@dataclass(frozen=True)
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


_BATCH = 20_000  # rows fetched at a time from the big history queries


def _pct(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def _figures(
    area_id: int, name: str, as_of: dt.date, *, headcount: int, mapped: int, assessed: int,
    supporters: int, members: int, helpers: int, one_on_ones: int, follow_ups: int,
    last_test_pct: float | None, open_grievances: int,
) -> AreaFigures:
    target = math.ceil(headcount / COMMITTEE_RATIO)
    return AreaFigures(
        area_id=area_id,
        area_name=name,
        as_of=as_of,
        headcount=headcount,
        mapped=mapped,
        mapped_pct=_pct(mapped, headcount),
        assessed=assessed,
        assessed_pct=_pct(assessed, headcount),
        supporters=supporters,
        supporters_pct=_pct(supporters, headcount),
        committee_members=members,
        committee_helpers=helpers,
        target_members=target,
        committee_ratio=headcount / members if members else None,
        below_target=members < target,
        one_on_ones_90d=one_on_ones,
        follow_ups_due=follow_ups,
        last_test_pct=last_test_pct,
        open_grievances=open_grievances,
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
            raise NotFound(f"No area with id {area_id}.")

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


def area_figures(session: Session, *, area_id: int, as_of: dt.date) -> AreaFigures:
    """The figures of one area and its subtree on one date, straight from SQL aggregates."""
    if not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime):
        raise InvalidInput("As-of must be a date.")
    tree = _Tree(session)
    tree.check(area_id)
    order = tree.subtree(area_id)
    sub = set(order)
    d = as_of
    in_sub = _c.c.area_id.in_(order)
    mapped_by_area = dict(
        session.execute(
            sa.select(_c.c.area_id, sa.func.count()).where(in_sub, _mapped_sql(d))
            .group_by(_c.c.area_id)
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
            _asm.c.contact_id.in_(sa.select(_c.c.id).where(_c.c.area_id.in_(order))),
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
            in_sub,
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
        where = (_c.c.area_id.in_(sorted(overlap)), _mapped_sql(r))
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


# ---------------------------------------------------------------------------------------------
# The sweep


class _Diff:
    """Per-area difference arrays over the points: an interval [start, end) of dates adds 1 to
    every point inside it; prefix sums then give the count at each point."""

    def __init__(self, points: list[dt.date]) -> None:
        self.points = points
        self.n = len(points)
        self.arrays: dict[int, list[int]] = {}

    def add(self, area: int, start: dt.date, end: dt.date | None, weight: int = 1) -> None:
        if end is not None and end <= start:
            return
        i = bisect_left(self.points, start)
        if i >= self.n:
            return
        arr = self.arrays.get(area)
        if arr is None:
            arr = self.arrays[area] = [0] * (self.n + 1)
        arr[i] += weight
        if end is not None:
            arr[bisect_left(self.points, end)] -= weight

    def series(self) -> dict[int, list[int]]:
        return {area: list(accumulate(arr[: self.n])) for area, arr in self.arrays.items()}


def _clip(
    start: dt.date, end: dt.date | None, added: dt.date, left: dt.date | None
) -> tuple[dt.date, dt.date | None]:
    """[start, end) intersected with the contact's mapped interval [added, left)."""
    s = max(start, added)
    if end is None:
        e = left
    elif left is None:
        e = end
    else:
        e = min(end, left)
    return s, e


def _merge(intervals: list[tuple[dt.date, dt.date | None]]) -> list[tuple[dt.date, dt.date | None]]:
    intervals = sorted(intervals, key=lambda iv: iv[0])
    merged: list[list] = []
    for s, e in intervals:
        if e is not None and e <= s:
            continue
        if merged and (merged[-1][1] is None or s <= merged[-1][1]):
            last = merged[-1]
            if last[1] is not None and (e is None or e > last[1]):
                last[1] = e
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


def _points(start: dt.date, end: dt.date, step_days: int) -> list[dt.date]:
    for value, field in ((start, "Start"), (end, "End")):
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise InvalidInput(f"{field} must be a date.")
    if isinstance(step_days, bool) or not isinstance(step_days, int) or step_days < 1:
        raise InvalidInput("Step must be a whole number of days, 1 or more.")
    if end < start:
        raise InvalidInput("End is before start; choose a later end date.")
    count = (end - start).days // step_days + 1
    if count > MAX_POINTS:
        raise InvalidInput(f"Too many points; use at most {MAX_POINTS} (a longer step).")
    return [start + dt.timedelta(days=k * step_days) for k in range(count)]


def growth_series(
    session: Session,
    *,
    area_ids: Iterable[int],
    start: dt.date,
    end: dt.date,
    step_days: int = 7,
) -> dict[int, list[AreaFigures]]:
    """Figures for each area (incl. its subtree) at ``start``, ``start + step_days``, ... up to
    ``end``; equal to ``area_figures`` at each point, from a few queries and one sweep."""
    points = _points(start, end, step_days)
    n = len(points)
    wanted = list(dict.fromkeys(area_ids))
    tree = _Tree(session)
    for area_id in wanted:
        tree.check(area_id)
    subtrees = {a: tree.subtree(a) for a in wanted}
    relevant = sorted({x for order in subtrees.values() for x in order})
    if not wanted:
        return {}
    last = points[-1]

    # contacts of the relevant areas; ids sorted so assessments can be walked in step
    contacts = session.execute(
        sa.select(_c.c.id, _c.c.area_id, _c.c.added_on, _c.c.left_on)
        .where(_c.c.area_id.in_(relevant), _c.c.added_on <= last)
    ).all()
    info = {cid: (area, added, left) for cid, area, added, left in contacts}
    mapped = _Diff(points)
    pop_added: dict[int, list[dt.date]] = defaultdict(list)
    pop_left: dict[int, list[dt.date]] = defaultdict(list)
    for _cid, area, added, left in contacts:
        mapped.add(area, added, left)

    levels = {
        lvl: (bool(assessed), bool(support))
        for lvl, assessed, support in session.execute(
            sa.select(_lv.c.level, _lv.c.counts_as_assessed, _lv.c.counts_as_support)
        )
    }
    assessed = _Diff(points)
    supporters = _Diff(points)
    rows = session.execute(
        sa.select(_asm.c.contact_id, _asm.c.assessed_on, _asm.c.level)
        .join(_c, _c.c.id == _asm.c.contact_id)
        .where(_c.c.area_id.in_(relevant), _asm.c.assessed_on <= last)
        .order_by(_asm.c.contact_id, _asm.c.assessed_on, _asm.c.id)
        # fetched in batches: row-at-a-time fetchone over ~1M rows cost 8 s of the series
        .execution_options(yield_per=_BATCH)
    )

    def flush(cid: int, steps: list[tuple[dt.date, int]]) -> None:
        if cid not in info:
            return
        area, added, left = info[cid]
        for k, (day, level) in enumerate(steps):
            until = steps[k + 1][0] if k + 1 < len(steps) else None
            is_assessed, is_support = levels.get(level, (False, False))
            if is_assessed or is_support:
                s, e = _clip(day, until, added, left)
                if is_assessed:
                    assessed.add(area, s, e)
                if is_support:
                    supporters.add(area, s, e)

    current: int | None = None
    steps: list[tuple[dt.date, int]] = []
    for cid, day, level in rows:
        if cid != current:
            if current is not None:
                flush(current, steps)
            current, steps = cid, []
        if steps and steps[-1][0] == day:
            steps[-1] = (day, level)  # the later entry of the same day wins
        else:
            steps.append((day, level))
    if current is not None:
        flush(current, steps)

    role_diffs = {CommitteeRole.MEMBER: _Diff(points), CommitteeRole.HELPER: _Diff(points)}
    spans: dict[tuple[int, CommitteeRole], list] = defaultdict(list)
    for cid, role, joined, left_on in session.execute(
        sa.select(_m.c.contact_id, _m.c.role, _m.c.joined_on, _m.c.left_on)
        .join(_c, _c.c.id == _m.c.contact_id)
        .where(_c.c.area_id.in_(relevant), _m.c.joined_on <= last)
    ):
        spans[(cid, CommitteeRole(role))].append((joined, left_on))
    for (cid, role), intervals in spans.items():
        if cid not in info:
            continue
        area, added, left = info[cid]
        for s, e in _merge(intervals):
            role_diffs[role].add(area, *_clip(s, e, added, left))

    talks = _Diff(points)
    window = dt.timedelta(days=ONE_ON_ONE_WINDOW_DAYS)
    for area, held, count in session.execute(
        sa.select(_c.c.area_id, _cv.c.held_on, sa.func.count())
        .select_from(_cv.join(_c, _c.c.id == _cv.c.contact_id))
        .where(_c.c.area_id.in_(relevant), _cv.c.held_on <= last)
        .group_by(_c.c.area_id, _cv.c.held_on)
        .execution_options(yield_per=_BATCH)
    ):
        talks.add(area, held, held + window, count)

    follow_ups = _Diff(points)
    for cid, held, due in session.execute(
        sa.select(_cv.c.contact_id, _cv.c.held_on, _cv.c.follow_up_on)
        .join(_c, _c.c.id == _cv.c.contact_id)
        .where(
            _c.c.area_id.in_(relevant),
            _cv.c.follow_up_on.is_not(None),
            _cv.c.follow_up_done.is_(False),
            _cv.c.follow_up_on <= last,
        )
    ):
        if cid in info:
            area, added, left = info[cid]
            follow_ups.add(area, *_clip(max(held, due), None, added, left))

    grievances = _Diff(points)
    for area, opened, status, outcome_on in session.execute(
        sa.select(_g.c.area_id, _g.c.opened_on, _g.c.status, _g.c.outcome_on).where(
            _g.c.area_id.in_(relevant), _g.c.opened_on <= last
        )
    ):
        if status == GrievanceStatus.CLOSED:
            if outcome_on is None:
                continue
            grievances.add(area, opened, outcome_on)
        else:
            grievances.add(area, opened, None)

    # headcount records per area, and the latest one at each point
    records: dict[int, list[tuple[dt.date, int]]] = defaultdict(list)
    for area, day, head in session.execute(
        sa.select(_h.c.area_id, _h.c.as_of, _h.c.headcount)
        .where(_h.c.area_id.in_(relevant), _h.c.as_of <= last)
        .order_by(_h.c.area_id, _h.c.as_of)
    ):
        records[area].append((day, head))
    recorded_at: dict[int, list[int | None]] = {}
    for area, recs in records.items():
        days = [r[0] for r in recs]
        recorded_at[area] = [
            recs[k - 1][1] if (k := bisect_right(days, p)) else None for p in points
        ]

    zeros = [0] * n
    # every relevant area, children before parents, for subtree roll-ups
    post_order: list[int] = []
    seen: set[int] = set()
    for area_id in wanted:
        for node in subtrees[area_id]:
            if node not in seen:
                seen.add(node)
                post_order.append(node)

    def rolled(diff: _Diff) -> dict[int, list[int]]:
        """Per area, the series summed over its subtree (each node summed once)."""
        own = diff.series()
        out: dict[int, list[int]] = {}
        for node in post_order:
            parts = [own[node]] if node in own else []
            parts.extend(out[ch] for ch in tree.children.get(node, ()) if ch in out)
            if len(parts) == 1:
                out[node] = parts[0]
            elif parts:
                out[node] = [sum(col) for col in zip(*parts, strict=True)]
        return out

    mapped_s = mapped.series()
    mapped_r = rolled(mapped)
    assessed_s = rolled(assessed)
    support_s = rolled(supporters)
    member_s = rolled(role_diffs[CommitteeRole.MEMBER])
    helper_s = rolled(role_diffs[CommitteeRole.HELPER])
    talks_s = rolled(talks)
    follow_s = rolled(follow_ups)
    griev_s = rolled(grievances)

    # headcount for every relevant area at every point, children before parents
    heads: dict[int, list[int]] = {}
    done: set[int] = set()
    for area_id in wanted:
        for node in subtrees[area_id]:
            if node in done:
                continue
            rec = recorded_at.get(node)
            own = mapped_s.get(node, zeros)
            kids = [heads[ch] for ch in tree.children.get(node, ())]
            heads[node] = [
                rec[i] if rec is not None and rec[i] is not None
                else own[i] + sum(k[i] for k in kids)
                for i in range(n)
            ]
            done.add(node)

    # structure tests: per test and direct area, sorted dates for population and participation
    workplaces = {tree.workplace[a] for a in wanted}
    tests = session.execute(
        sa.select(_t.c.id, _t.c.workplace_id, _t.c.area_id, _t.c.starts_on, _t.c.ends_on)
        .where(_t.c.workplace_id.in_(workplaces), _t.c.starts_on <= last)
        .order_by(_t.c.starts_on, _t.c.id)
    ).all()
    part_start: dict[tuple[int, int], list[dt.date]] = defaultdict(list)
    part_end: dict[tuple[int, int], list[dt.date]] = defaultdict(list)
    if tests:
        for _cid, area, added, left in contacts:
            if left is None or left > added:
                pop_added[area].append(added)
                if left is not None:
                    pop_left[area].append(left)
        for values in (*pop_added.values(), *pop_left.values()):
            values.sort()
        for test_id, cid, recorded in session.execute(
            sa.select(_o.c.test_id, _o.c.contact_id, _o.c.recorded_on)
            .join(_c, _c.c.id == _o.c.contact_id)
            .where(
                _c.c.area_id.in_(relevant),
                _o.c.test_id.in_([t.id for t in tests]),
                _o.c.outcome == Outcome.PARTICIPATED,
            )
        ):
            if cid not in info:
                continue
            area, added, left = info[cid]
            s, e = _clip(recorded, None, added, left)
            if e is not None and e <= s:
                continue
            part_start[(test_id, area)].append(s)
            if e is not None:
                part_end[(test_id, area)].append(e)
        for values in (*part_start.values(), *part_end.values()):
            values.sort()

    def alive(starts: list[dt.date], ends: list[dt.date], r: dt.date) -> int:
        return bisect_right(starts, r) - bisect_right(ends, r)

    result: dict[int, list[AreaFigures]] = {}
    for area_id in wanted:
        order = subtrees[area_id]
        sub = set(order)
        name = tree.name[area_id]

        def total(series: dict[int, list[int]], i: int, area_id: int = area_id) -> int:
            values = series.get(area_id)
            return values[i] if values is not None else 0

        applicable = []
        for test_id, wp, test_area, starts_on, ends_on in tests:
            if wp != tree.workplace[area_id]:
                continue
            overlap = tree.test_overlap(area_id, sub, test_area)
            if overlap is not None:
                applicable.append((starts_on, test_id, ends_on, sorted(overlap)))
        test_starts = [t[0] for t in applicable]
        figures = []
        for i, d in enumerate(points):
            last_test: float | None = None
            k = bisect_right(test_starts, d)
            if k:
                _s, test_id, ends_on, overlap = applicable[k - 1]
                r = min(d, ends_on) if ends_on is not None else d
                population = sum(alive(pop_added[x], pop_left[x], r) for x in overlap)
                participated = sum(
                    alive(part_start[(test_id, x)], part_end[(test_id, x)], r) for x in overlap
                )
                last_test = _pct(participated, population)
            figures.append(
                _figures(
                    area_id, name, d,
                    headcount=heads[area_id][i],
                    mapped=total(mapped_r, i),
                    assessed=total(assessed_s, i),
                    supporters=total(support_s, i),
                    members=total(member_s, i),
                    helpers=total(helper_s, i),
                    one_on_ones=total(talks_s, i),
                    follow_ups=total(follow_s, i),
                    last_test_pct=last_test,
                    open_grievances=total(griev_s, i),
                )
            )
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
                raise InvalidInput("An area given is in another workplace.")
    series = growth_series(session, area_ids=ids, start=as_of, end=as_of)
    return [series[a][0] for a in ids]
