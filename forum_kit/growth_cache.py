"""The growth cache (``growth_daily`` and ``tag_daily``): per area, the additive figures of its own
contacts at every day they change, recomputed from dated history only for the areas that triggers
marked dirty since the last read (``growth_dirty``), with the issue-tag counts of one-on-ones kept
in the same pass. ``forum_kit.growth`` reads it (its module docstring gives the definitions, which
``area_figures_live`` computes straight from history and the tests hold equal); this module owns
how the cache is filled: the contacts' dated events (``_history``), the areas' change-point rows,
and ``refresh_growth_cache`` / ``rebuild_growth_cache``. The cache is derived data: every row is a
function of the history, so a rebuild must give the same rows.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.models import Area
from forum_kit.models.enums import CommitteeRole, GrievanceStatus
from forum_kit.queries.placements import place_at, segments

ONE_ON_ONE_WINDOW_DAYS = 90

_a = Area.__table__

EARLY = dt.date(1, 1, 1)
# The additive figures cached per area, in the order of growth_daily's columns.
_METRICS = (
    "mapped", "assessed", "supporters", "committee_members", "committee_helpers",
    "one_on_ones_90d", "follow_ups_due", "open_grievances",
)
_MAPPED, _ASSESSED, _SUPPORT, _MEMBER, _HELPER, _TALKS, _FOLLOW, _GRIEV = range(len(_METRICS))
_ZERO = (0,) * len(_METRICS)
_CHUNK = 40  # areas recomputed per pass: bounds the memory of a cold fill
_INSERT = (
    f"INSERT INTO growth_daily (area_id, day, {', '.join(_METRICS)}) "
    f"VALUES ({', '.join('?' * (len(_METRICS) + 2))})"
)

# One area's issue-tag counts per day from ``since`` on (``tag_daily``): the tags of one-on-ones
# that are not sensitive, with the area's own contacts that are not sensitive. Revision 0006
# fills the table with the same definition over every area.
_TAG_FILL = (
    "INSERT INTO tag_daily (area_id, day, tag_id, conversations) "
    "SELECT c.area_id, v.held_on, ct.tag_id, count(*) FROM contacts AS c "
    "JOIN conversations AS v ON v.contact_id = c.id "
    "JOIN conversation_tags AS ct ON ct.conversation_id = v.id "
    "WHERE c.area_id = ? AND v.held_on >= ? AND NOT c.sensitive AND NOT v.sensitive "
    "GROUP BY c.area_id, v.held_on, ct.tag_id"
)


def _clip(start: str, end: str | None, added: str, left: str | None) -> tuple[str, str | None]:
    """[start, end) intersected with the contact's mapped interval [added, left); ISO dates."""
    s = max(start, added)
    if end is None:
        e = left
    elif left is None:
        e = end
    else:
        e = min(end, left)
    return s, e


def _merge(intervals: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
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


class _Events:
    """Per area, the change of each figure on each day (ISO date strings, which sort as dates):
    an interval [start, end) of a figure adds 1 on ``start`` and takes it back on ``end``."""

    def __init__(self) -> None:
        self.by_area: dict[int, dict[str, list[int]]] = defaultdict(dict)
        self.moved: Any = None  # the _Moved contacts of the areas the events were read for

    def add(self, area: int, metric: int, start: str, end: str | None, weight: int = 1) -> None:
        if end is not None and end <= start:
            return
        days = self.by_area[area]
        delta = days.get(start)
        if delta is None:
            delta = days[start] = [0] * len(_METRICS)
        delta[metric] += weight
        if end is not None:
            delta = days.get(end)
            if delta is None:
                delta = days[end] = [0] * len(_METRICS)
            delta[metric] -= weight

    def rows(self, area: int, since: str) -> list[tuple]:
        """The change points of ``area`` on or after ``since``: (area, day, *figures)."""
        state = [0] * len(_METRICS)
        out = []
        days = self.by_area.get(area, {})
        for day in sorted(days):
            delta = days[day]
            if not any(delta):
                continue
            state = [a + b for a, b in zip(state, delta, strict=True)]
            if day >= since:
                out.append((area, day, *state))
        return out


def _raw(session: Session, sql: str, params: Sequence = ()) -> Any:
    """A DB-API cursor on the session's connection and transaction, dates left as the ISO
    strings SQLite holds: the history queries return millions of rows and the cache look-ups
    tens of thousands, and SQLAlchemy's per-row processing was most of their cost."""
    cursor = session.connection().connection.cursor()
    cursor.execute(sql, tuple(params))
    return cursor


_EARLY_ISO = EARLY.isoformat()


class _Moved:
    """The contacts with dated placements that ever touch a set of areas: each one's current
    area and periods (ISO dates), so their figures go to the area they were in on each day."""

    def __init__(self, session: Session, areas: list[int]) -> None:
        ids = json.dumps(areas)
        self.current: dict[int, int] = {}
        self.periods: dict[int, list[tuple[str, str | None, int]]] = {}
        rows: dict[int, list[tuple[str, int]]] = defaultdict(list)
        for cid, current, until, area in _raw(
            session,
            "SELECT p.contact_id, c.area_id, p.until_on, p.area_id FROM placements p "
            "JOIN contacts c ON c.id = p.contact_id WHERE p.contact_id IN ("
            "SELECT contact_id FROM placements WHERE area_id IN (SELECT value FROM json_each(?)) "
            "UNION SELECT x.contact_id FROM placements x JOIN contacts y ON y.id = x.contact_id "
            "WHERE y.area_id IN (SELECT value FROM json_each(?))) "
            "ORDER BY p.contact_id, p.until_on, p.id",
            (ids, ids),
        ):
            self.current[cid] = current
            rows[cid].append((until, area))
        for cid, held in rows.items():
            self.periods[cid] = segments(self.current[cid], held, _EARLY_ISO)

    def elsewhere(self, areas: set[int]) -> list[int]:
        """Moved contacts whose current area is not one of ``areas`` (read by id)."""
        return sorted(cid for cid, area in self.current.items() if area not in areas)


def _history(session: Session, areas: list[int]) -> _Events:
    """Every dated event of the areas' contacts (while they were in them) and grievances, as
    figure changes."""
    ids = json.dumps(areas)
    chunk = set(areas)
    events = _Events()
    moved = _Moved(session, areas)
    periods = moved.periods
    # contacts in the areas now, then moved contacts who were in them before: the same
    # queries, by area and then by id
    scopes = [("c.area_id IN (SELECT value FROM json_each(?))", ids)]
    extra = moved.elsewhere(chunk)
    if extra:
        scopes.append(("c.id IN (SELECT value FROM json_each(?))", json.dumps(extra)))
    info: dict[int, tuple[int, str, str | None]] = {}

    def put(cid: int, metric: int, start: str, end: str | None) -> None:
        """Count ``[start, end)`` of a contact in the area(s) they were in then."""
        spans = periods.get(cid)
        if spans is None:
            events.add(info[cid][0], metric, start, end)
            return
        for begin, until, area in spans:
            if area in chunk:
                lo = start if start > begin else begin
                hi = until if end is None else (end if until is None or end < until else until)
                events.add(area, metric, lo, hi)

    for where, param in scopes:
        for cid, area, added, left in _raw(
            session, f"SELECT c.id, c.area_id, c.added_on, c.left_on FROM contacts c WHERE {where}",
            (param,),
        ):
            info[cid] = (area, added, left)
            put(cid, _MAPPED, added, left)

    levels = {
        lvl: (bool(assessed), bool(support))
        for lvl, assessed, support in _raw(
            session, "SELECT level, counts_as_assessed, counts_as_support FROM assessment_levels"
        )
    }

    def flush(cid: int, steps: list[tuple[str, int]]) -> None:
        _area, added, left = info[cid]
        for k, (day, level) in enumerate(steps):
            until = steps[k + 1][0] if k + 1 < len(steps) else None
            is_assessed, is_support = levels.get(level, (False, False))
            if is_assessed or is_support:
                s, e = _clip(day, until, added, left)
                if is_assessed:
                    put(cid, _ASSESSED, s, e)
                if is_support:
                    put(cid, _SUPPORT, s, e)

    for where, param in scopes:
        current: int | None = None
        steps: list[tuple[str, int]] = []
        for cid, day, level in _raw(
            session,
            "SELECT a.contact_id, a.assessed_on, a.level FROM assessments a "
            f"JOIN contacts c ON c.id = a.contact_id WHERE {where} "
            "ORDER BY a.contact_id, a.assessed_on, a.id",
            (param,),
        ):
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

    spans: dict[tuple[int, str], list] = defaultdict(list)
    for where, param in scopes:
        for cid, role, joined, left_on in _raw(
            session,
            "SELECT m.contact_id, m.role, m.joined_on, m.left_on FROM committee_memberships m "
            f"JOIN contacts c ON c.id = m.contact_id WHERE {where}",
            (param,),
        ):
            spans[(cid, role)].append((joined, left_on))
    for (cid, role), intervals in spans.items():
        _area, added, left = info[cid]
        metric = _MEMBER if role == CommitteeRole.MEMBER.value else _HELPER
        for s, e in _merge(intervals):
            put(cid, metric, *_clip(s, e, added, left))

    window = dt.timedelta(days=ONE_ON_ONE_WINDOW_DAYS)
    for area, held, count in _raw(
        session,
        "SELECT c.area_id, v.held_on, count(*) FROM conversations v "
        f"JOIN contacts c ON c.id = v.contact_id WHERE {scopes[0][0]} "
        "GROUP BY c.area_id, v.held_on",
        (ids,),
    ):
        ends = (dt.date.fromisoformat(held) + window).isoformat()
        events.add(area, _TALKS, held, ends, count)
    if periods:
        # a moved contact's one-on-ones belong to the area they were in when each was held:
        # taken back from the current area (counted above when it is one of these) and given
        # to that one
        for cid, held in _raw(
            session,
            "SELECT v.contact_id, v.held_on FROM conversations v "
            "WHERE v.contact_id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(periods)),),
        ):
            ends = (dt.date.fromisoformat(held) + window).isoformat()
            now = moved.current[cid]
            then = place_at(periods[cid], held)
            if now in chunk:
                events.add(now, _TALKS, held, ends, -1)
            if then in chunk:
                events.add(then, _TALKS, held, ends)

    for where, param in scopes:
        for cid, held, due in _raw(
            session,
            "SELECT v.contact_id, v.held_on, v.follow_up_on FROM conversations v "
            f"JOIN contacts c ON c.id = v.contact_id WHERE {where} "
            "AND v.follow_up_on IS NOT NULL AND NOT v.follow_up_done",
            (param,),
        ):
            _area, added, left = info[cid]
            put(cid, _FOLLOW, *_clip(max(held, due), None, added, left))

    for area, opened, status, outcome_on in _raw(
        session,
        "SELECT c.area_id, c.opened_on, c.status, c.outcome_on FROM grievances c "
        f"WHERE {scopes[0][0]}",
        (ids,),
    ):
        if status == GrievanceStatus.CLOSED.value:
            if outcome_on is not None:
                events.add(area, _GRIEV, opened, outcome_on)
        else:
            events.add(area, _GRIEV, opened, None)
    events.moved = moved
    return events


def _tag_corrections(session: Session, moved: _Moved, since: dict[int, str]) -> None:
    """Move the issue tags of moved contacts' one-on-ones from the area ``_TAG_FILL`` counted
    them in (the current one) to the area each was held in, for the areas just refilled
    (``since``: area -> first day refilled)."""
    if not moved.periods:
        return
    delta: dict[tuple[int, str, int], int] = defaultdict(int)
    for cid, held, tag in _raw(
        session,
        "SELECT v.contact_id, v.held_on, ct.tag_id FROM conversations AS v "
        "JOIN conversation_tags AS ct ON ct.conversation_id = v.id "
        "JOIN contacts AS c ON c.id = v.contact_id "
        "WHERE v.contact_id IN (SELECT value FROM json_each(?)) "
        "AND NOT c.sensitive AND NOT v.sensitive",
        (json.dumps(sorted(moved.periods)),),
    ):
        now = moved.current[cid]
        then = place_at(moved.periods[cid], held)
        if now == then:
            continue
        if now in since and held >= since[now]:
            delta[(now, held, tag)] -= 1
        if then in since and held >= since[then]:
            delta[(then, held, tag)] += 1
    rows = [(a, d, t, n) for (a, d, t), n in delta.items() if n]
    if not rows:
        return
    conn = session.connection()
    conn.exec_driver_sql(
        "INSERT INTO tag_daily (area_id, day, tag_id, conversations) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(area_id, day, tag_id) DO UPDATE SET "
        "conversations = conversations + excluded.conversations",
        rows,
    )
    conn.exec_driver_sql(
        "DELETE FROM tag_daily WHERE conversations <= 0 "
        "AND area_id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted({r[0] for r in rows})),),
    )


def _refresh(session: Session, area_ids: Iterable[int] | None = None) -> int:
    """Recompute the cached rows of the given (or all) areas that are marked dirty, from their
    ``since`` on; returns how many areas were recomputed."""
    query = "SELECT area_id, since FROM growth_dirty"
    params: tuple = ()
    if area_ids is not None:
        query += " WHERE area_id IN (SELECT value FROM json_each(?))"
        params = (json.dumps(sorted(set(area_ids))),)
    dirty = dict(_raw(session, query, params).fetchall())
    if not dirty:
        return 0
    existing = set(session.execute(sa.select(_a.c.id)).scalars())
    ids = sorted(dirty)
    for k in range(0, len(ids), _CHUNK):
        chunk = [a for a in ids[k: k + _CHUNK] if a in existing]
        events = _history(session, chunk) if chunk else _Events()
        conn = session.connection()
        for area in chunk:
            since = dirty[area]
            conn.exec_driver_sql(
                "DELETE FROM growth_daily WHERE area_id = ? AND day >= ?", (area, since)
            )
            rows = events.rows(area, since)
            if rows:
                conn.exec_driver_sql(_INSERT, rows)
            conn.exec_driver_sql(
                "DELETE FROM tag_daily WHERE area_id = ? AND day >= ?", (area, since)
            )
            conn.exec_driver_sql(_TAG_FILL, (area, since))
        if chunk:
            _tag_corrections(session, events.moved, {a: dirty[a] for a in chunk})
        del events
    session.connection().exec_driver_sql(
        "DELETE FROM growth_dirty WHERE area_id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    )
    return len(ids)


def refresh_growth_cache(session: Session) -> int:
    """Bring every dirty area of the cache up to date (a warm-up, e.g. after an upgrade or a big
    import, so the first chart does not pay for it); returns how many areas were recomputed."""
    return _refresh(session)


def rebuild_growth_cache(session: Session) -> int:
    """Throw the whole cache away and recompute it from history; returns the areas recomputed."""
    session.flush()
    conn = session.connection()
    conn.exec_driver_sql("DELETE FROM growth_daily")
    conn.exec_driver_sql("DELETE FROM tag_daily")
    conn.exec_driver_sql("DELETE FROM growth_dirty")
    conn.exec_driver_sql(
        "INSERT INTO growth_dirty (area_id, since) SELECT id, ? FROM areas",
        (EARLY.isoformat(),),
    )
    return _refresh(session)
