"""Structure test results: per area and in total, how many of the target population (contacts in
the target area's subtree or the whole workplace, not left) were asked, participated or refused,
and whether participation meets the test's threshold; a workplace's list of tests and the
outcomes recorded for one test."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import NotFound
from forum_kit.i18n import _
from forum_kit.models import Area, Contact, StructureTest, StructureTestOutcome
from forum_kit.models.enums import Outcome
from forum_kit.percent import share
from forum_kit.queries.areas import subtree_select

_c = Contact.__table__
_a = Area.__table__
_t = StructureTest.__table__
_o = StructureTestOutcome.__table__


@dataclass(frozen=True)
class AreaResult:
    area_id: int | None
    area_name: str
    population: int
    asked: int
    participated: int
    refused: int
    pct: float
    meets_threshold: bool


@dataclass(frozen=True)
class TestResults:
    id: int
    workplace_id: int
    area_id: int | None
    kind: str
    title: str
    threshold_pct: int
    starts_on: dt.date
    ends_on: dt.date | None
    by_area: tuple[AreaResult, ...]
    total: AreaResult


def _result(area_id: int | None, name: str, counts: dict[str, int], threshold: int) -> AreaResult:
    population = counts.get("population", 0)
    participated = counts.get(Outcome.PARTICIPATED.value, 0)
    pct = share(participated, population)
    return AreaResult(
        area_id=area_id,
        area_name=name,
        population=population,
        asked=counts.get(Outcome.ASKED.value, 0),
        participated=participated,
        refused=counts.get(Outcome.REFUSED.value, 0),
        pct=pct,
        meets_threshold=population > 0 and pct >= threshold,
    )


def structure_test_results(session: Session, test_id: int) -> TestResults:
    """Per area (every area of the target with people in it, by name) and in total. ``asked``
    counts people asked who have not answered yet; pct is participated / population x 100."""
    t = session.execute(sa.select(_t).where(_t.c.id == test_id)).first()
    if t is None:
        raise NotFound(_("No structure test with id {test_id}.").format(test_id=test_id))
    conds = [_c.c.workplace_id == t.workplace_id, _c.c.left_on.is_(None)]
    if t.area_id is not None:
        conds.append(_c.c.area_id.in_(subtree_select(t.area_id)))
    rows = session.execute(
        sa.select(_c.c.area_id, _a.c.name, _o.c.outcome, sa.func.count())
        .select_from(
            _c.join(_a, _a.c.id == _c.c.area_id).outerjoin(
                _o, sa.and_(_o.c.contact_id == _c.c.id, _o.c.test_id == t.id)
            )
        )
        .where(*conds)
        .group_by(_c.c.area_id, _a.c.name, _o.c.outcome)
    ).all()
    per_area: dict[int, dict[str, int]] = {}
    names: dict[int, str] = {}
    total: dict[str, int] = {}
    for area_id, name, outcome, n in rows:
        names[area_id] = name
        counts = per_area.setdefault(area_id, {})
        for bucket in (counts, total):
            bucket["population"] = bucket.get("population", 0) + n
            if outcome is not None:
                key = outcome.value if isinstance(outcome, Outcome) else str(outcome)
                bucket[key] = bucket.get(key, 0) + n
    by_area = tuple(
        _result(area_id, names[area_id], per_area[area_id], t.threshold_pct)
        for area_id in sorted(per_area, key=lambda i: (names[i].casefold(), i))
    )
    if t.area_id is not None:
        total_name = session.execute(sa.select(_a.c.name).where(_a.c.id == t.area_id)).scalar_one()
    else:
        total_name = _("Whole workplace")
    return TestResults(
        id=t.id,
        workplace_id=t.workplace_id,
        area_id=t.area_id,
        kind=t.kind.value,
        title=t.title,
        threshold_pct=t.threshold_pct,
        starts_on=t.starts_on,
        ends_on=t.ends_on,
        by_area=by_area,
        total=_result(t.area_id, total_name, total, t.threshold_pct),
    )


@dataclass(frozen=True)
class TestSummary:
    """One line of a workplace's test list; ``area_name`` is None for the whole workplace."""

    id: int
    title: str
    kind: str
    area_id: int | None
    area_name: str | None
    threshold_pct: int
    starts_on: dt.date
    ends_on: dt.date | None


def tests_of(session: Session, workplace_id: int) -> list[TestSummary]:
    """A workplace's structure tests, the latest start first."""
    rows = session.execute(
        sa.select(_t.c.id, _t.c.title, _t.c.kind, _t.c.area_id, _a.c.name, _t.c.threshold_pct,
                  _t.c.starts_on, _t.c.ends_on)
        .select_from(_t.outerjoin(_a, _a.c.id == _t.c.area_id))
        .where(_t.c.workplace_id == workplace_id)
        .order_by(_t.c.starts_on.desc(), _t.c.id.desc())
    )
    return [
        TestSummary(id=i, title=title, kind=str(kind), area_id=area_id, area_name=name,
                    threshold_pct=threshold, starts_on=starts, ends_on=ends)
        for i, title, kind, area_id, name, threshold, starts, ends in rows
    ]


def outcomes_of(session: Session, test_id: int) -> dict[int, str]:
    """Each recorded person's outcome of a test: contact id -> outcome value."""
    rows = session.execute(
        sa.select(_o.c.contact_id, _o.c.outcome).where(_o.c.test_id == test_id)
    )
    return {contact_id: str(outcome) for contact_id, outcome in rows}
