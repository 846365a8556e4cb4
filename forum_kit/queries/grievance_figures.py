"""The committee's grievance figures, from the vault: one query for the report, the Grievances
page's review and the briefing.

This module owns ``grievance_figures``: the cases open on a date with their next deadline (the
deadline engine's date, overdue first), open cases counted by steward, step, area and contract
article, the cases closed in the period with their outcome and days to resolution, win rates and
times by type and by article, and the month-by-month trend. Everything is "as of" a date: a case
counts as open if it was opened by then and not closed by then, and its deadlines come from the
events and extensions recorded by then, so a past date gives the figures as they stood. Cases
marked sensitive are left out (and counted as left out) unless asked for; grievants' names are
read only when asked for, and a person marked sensitive is then withheld unless sensitive data
is asked for too. ``area_paths`` names areas by their full path ("Warehouse / Night shift").
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from forum_kit import deadlines as dl
from forum_kit.errors import InvalidInput
from forum_kit.i18n import _
from forum_kit.models.contact import Contact
from forum_kit.models.enums import GrievanceStatus, StepEventKind
from forum_kit.models.grievance import Grievance, GrievanceEvent
from forum_kit.models.workplace import Area, Workplace
from forum_kit.queries import WITHHELD
from forum_kit.queries.areas import walk_subtree
from forum_kit.queries.grievances import _history, _Rules, grievant_names
from forum_kit.reports.grievance_data import (
    NO_AREA,
    NO_ARTICLE,
    NO_STEWARD,
    ClosedCaseRow,
    CountRow,
    GrievanceFigures,
    GrievanceSummary,
    MonthRow,
    OpenCaseRow,
    OutcomeRow,
    type_words,
)
from forum_kit.services.grievances import facts_from

__all__ = [
    "area_paths",
    "article_label",
    "default_period_start",
    "grievance_figures",
    "grievance_summary",
]

PERIOD_MONTHS = 12


class _Areas:
    """Every area's parent and name, read once per call."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(sa.select(Area.id, Area.parent_id, Area.name)).all()
        self.parent = {r.id: r.parent_id for r in rows}
        self.name = {r.id: r.name for r in rows}

    def paths(self, area_ids: Iterable[int | None] | None = None) -> dict[int, str]:
        return _paths(self.parent, self.name, area_ids)

    def below(self, area_ids: Iterable[int]) -> list[int]:
        """The areas and every area under them."""
        children: dict[int | None, list[int]] = defaultdict(list)
        for child, parent in self.parent.items():
            children[parent].append(child)
        found: set[int] = set()
        for area in area_ids:
            found.update(walk_subtree(children, area))
        return sorted(found & self.parent.keys())


def area_paths(session: Session, area_ids: Iterable[int | None] | None = None) -> dict[int, str]:
    """Each area's full path from its workplace's top ("Warehouse / Night shift")."""
    return _Areas(session).paths(area_ids)


def _paths(
    parent: dict[int, int | None], name: dict[int, str], area_ids: Iterable[int | None] | None
) -> dict[int, str]:
    wanted = parent.keys() if area_ids is None else {a for a in area_ids if a in parent}
    out: dict[int, str] = {}
    for area in wanted:
        parts: list[str] = []
        seen: set[int] = set()
        node: int | None = area
        while node is not None and node not in seen:  # a cycle would be damage; stop, not hang
            seen.add(node)
            parts.append(name[node])
            node = parent.get(node)
        out[area] = " / ".join(reversed(parts))
    return out


def article_label(text: str) -> str:
    """The article as grouped: spaces tidied, or a placeholder when none was recorded."""
    return " ".join(text.split()) or _(NO_ARTICLE)


def default_period_start(as_of: date) -> date:
    """The first day of the month eleven months before ``as_of``'s: twelve months in all."""
    months = as_of.year * 12 + as_of.month - 1 - (PERIOD_MONTHS - 1)
    return date(months // 12, months % 12 + 1, 1)


def _months(start: date, end: date) -> list[date]:
    out = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _name(first: str | None, last: str | None) -> str | None:
    return None if first is None else f"{first} {last or ''}".strip()


@dataclass(frozen=True)
class _Case:
    id: int
    number: str
    title: str
    kind: str
    contract_id: int
    incident_on: date
    knew_on: date | None
    opened_on: date
    current_step: int
    closed_on: date | None  # the outcome date, when closed by the "as of" date
    outcome: str | None
    area: str
    steward: str
    article: str


def _outcome_row(label: str, cases: list[tuple[str, int]]) -> OutcomeRow:
    counts = Counter(outcome for outcome, _days in cases)
    days = [d for _outcome, d in cases]
    return OutcomeRow(
        label=label,
        closed=len(cases),
        won=counts["won"],
        settled=counts["settled"],
        withdrawn=counts["withdrawn"],
        lost=counts["lost"],
        lapsed=counts["lapsed"],
        median_days=float(statistics.median(days)) if days else None,
        mean_days=statistics.fmean(days) if days else None,
    )


def _next_deadline(
    rules: dl.ContractRules,
    case: _Case,
    history: list[tuple],
    extensions: list[tuple],
    as_of: date,
    due_soon_days: int,
) -> tuple[date | None, str, str | None]:
    """(date, what it is for, status on ``as_of``) of the case's first open deadline then."""
    try:
        pending = dl.pending_deadlines(
            rules,
            facts_from(
                grievance_type=case.kind,
                incident_on=case.incident_on,
                knew_on=case.knew_on,
                closed=False,
                events=history,
                extensions=[x for x in extensions if x[3] <= as_of],
            ),
        )
    except InvalidInput as error:
        return None, _("Deadline cannot be computed: {problem}").format(problem=error.message), None
    if not pending:
        return None, "", None
    status = dl.status_on(pending[0], as_of, rules=rules, due_soon_working_days=due_soon_days)
    return pending[0].on, pending[0].what, status


def _trend(cases: list[_Case], start: date, as_of: date) -> tuple[MonthRow, ...]:
    """Opened, closed and won each month, and open at each month's end (counted in one pass:
    a month by month scan of every case cost seconds on 5,000 cases)."""
    months = _months(start, as_of)
    first = start.year * 12 + start.month - 1

    def index(day: date) -> int:
        return day.year * 12 + day.month - 1 - first

    n = len(months)
    opened, closed, won = [0] * n, [0] * n, [0] * n
    change = [0] * (n + 1)  # open at a month's end: +1 from the month it opened, -1 from closing
    for case in cases:
        i = index(case.opened_on)
        if 0 <= i < n:
            opened[i] += 1
        change[min(max(i, 0), n)] += 1
        if case.closed_on is not None:
            j = index(case.closed_on)
            if 0 <= j < n:
                closed[j] += 1
                won[j] += case.outcome == "won"
            change[min(max(j, 0), n)] -= 1
    out, running = [], 0
    for i, month in enumerate(months):
        running += change[i]
        out.append(MonthRow(month, opened[i], closed[i], won[i], running))
    return tuple(out)


def _count_rows(
    pairs: Iterable[tuple[str, bool]], order: dict[str, int] | None = None
) -> tuple[CountRow, ...]:
    opened: Counter[str] = Counter()
    late: Counter[str] = Counter()
    for label, overdue in pairs:
        opened[label] += 1
        late[label] += overdue
    labels = sorted(
        opened,
        key=lambda k: (
            (order.get(k, len(order)), k.casefold())
            if order is not None
            else (-opened[k], k.casefold())
        ),
    )
    return tuple(CountRow(k, opened[k], late[k]) for k in labels)


def grievance_figures(
    session: Session,
    *,
    as_of: date,
    period_start: date | None = None,
    workplace_id: int | None = None,
    area_ids: Sequence[int] | None = None,
    with_names: bool = False,
    include_sensitive: bool = False,
    due_soon_days: int = 3,
    deadlines: bool = True,
) -> GrievanceFigures:
    """The committee's figures as of ``as_of``; closed cases and months from ``period_start``
    (default: the twelve months up to ``as_of``). ``area_ids`` include the areas below them.

    Without ``deadlines`` no case's deadlines are computed (the engine is most of the cost: about
    2 s for 3,000 open cases): open cases have no next deadline and the summary's ``overdue``
    and ``due_soon`` are None.
    """
    start = period_start or default_period_start(as_of)
    if start > as_of:
        raise InvalidInput(_("The period starts after its end; choose an earlier start date."))
    steward = aliased(Contact)
    conditions: list[sa.ColumnElement[bool]] = [Grievance.opened_on <= as_of]
    if workplace_id is not None:
        conditions.append(Grievance.workplace_id == workplace_id)
    areas = _Areas(session)
    if area_ids is not None:
        conditions.append(Grievance.area_id.in_(areas.below(area_ids)))
    closed_by_then = sa.and_(
        Grievance.status == GrievanceStatus.CLOSED,
        Grievance.outcome_on.is_not(None),
        Grievance.outcome_on <= as_of,
    )
    # only cases the report shows: open on the day, or closed within the period
    conditions.append(sa.or_(sa.not_(closed_by_then), Grievance.outcome_on >= start))
    left_out = 0
    if not include_sensitive:
        left_out = session.execute(
            sa.select(sa.func.count())
            .select_from(Grievance)
            .where(*conditions, Grievance.sensitive.is_(True))
        ).scalar_one()
        conditions.append(Grievance.sensitive.is_(False))
    rows = session.execute(
        sa.select(
            Grievance.id,
            Grievance.number,
            Grievance.title,
            Grievance.grievance_type,
            Grievance.contract_id,
            Grievance.incident_on,
            Grievance.knew_on,
            Grievance.opened_on,
            Grievance.current_step,
            Grievance.status,
            Grievance.outcome,
            Grievance.outcome_on,
            Grievance.area_id,
            Grievance.contract_article,
            steward.first_name,
            steward.last_name,
            steward.sensitive.label("steward_sensitive"),
        )
        .outerjoin(steward, steward.id == Grievance.steward_id)
        .where(*conditions)
        .order_by(Grievance.number)
    ).all()
    ids = sa.select(Grievance.id).where(*conditions)
    if deadlines:
        events, extensions = _history(session, ids)
        first_filed = {
            gid: min(
                (e[2] for e in evs if e[1] == StepEventKind.FILED and e[2] <= as_of), default=None
            )
            for gid, evs in events.items()
        }
    else:
        # the summary needs only each case's first filing: one grouped query, not the history
        events, extensions = defaultdict(list), defaultdict(list)
        first_filed = dict(
            session.execute(
                sa.select(GrievanceEvent.grievance_id, sa.func.min(GrievanceEvent.on))
                .where(
                    GrievanceEvent.grievance_id.in_(ids),
                    GrievanceEvent.kind == StepEventKind.FILED,
                    GrievanceEvent.on <= as_of,
                )
                .group_by(GrievanceEvent.grievance_id)
            ).all()
        )
    names = (
        grievant_names(session, ids, withhold_sensitive=not include_sensitive) if with_names else {}
    )
    paths = areas.paths({r.area_id for r in rows})
    rules_of = _Rules(session)
    cases: list[_Case] = []
    for r in rows:
        closed = (
            r.status == GrievanceStatus.CLOSED
            and r.outcome_on is not None
            and r.outcome_on <= as_of
        )
        who = _name(r.first_name, r.last_name)
        if who is not None and r.steward_sensitive and not include_sensitive:
            who = WITHHELD
        cases.append(
            _Case(
                id=r.id,
                number=r.number,
                title=r.title,
                kind=str(r.grievance_type),
                contract_id=r.contract_id,
                incident_on=r.incident_on,
                knew_on=r.knew_on,
                opened_on=r.opened_on,
                current_step=r.current_step,
                closed_on=r.outcome_on if closed else None,
                outcome=str(r.outcome) if closed and r.outcome is not None else None,
                area=paths.get(r.area_id, _(NO_AREA)) if r.area_id is not None else _(NO_AREA),
                steward=who or _(NO_STEWARD),
                article=article_label(r.contract_article),
            )
        )

    open_rows: list[tuple[OpenCaseRow, _Case]] = []
    closed_rows: list[ClosedCaseRow] = []
    resolved: list[tuple[_Case, int]] = []
    for case in cases:
        history = [e for e in events[case.id] if e[2] <= as_of]
        filed = [e for e in history if e[1] == StepEventKind.FILED]
        grievants = ", ".join(names.get(case.id, ())) if with_names else ""
        if case.closed_on is not None:
            started = first_filed.get(case.id) or case.opened_on
            days = max(0, (case.closed_on - started).days)
            resolved.append((case, days))
            closed_rows.append(
                ClosedCaseRow(
                    number=case.number,
                    title=case.title,
                    grievance_type=case.kind,
                    article=case.article,
                    started_on=started,
                    closed_on=case.closed_on,
                    outcome=case.outcome or "",
                    days=days,
                    grievants=grievants,
                    grievance_id=case.id,
                )
            )
            continue
        rules = rules_of(case.contract_id)
        step = case.current_step
        if len(history) < len(events[case.id]):
            # the case moved on after the day: its step then is the last one filed by then
            position = {
                s.ordinal: i for i, s in enumerate(sorted(rules.steps, key=lambda s: s.ordinal))
            }
            start_step = rules.start_step_by_type.get(
                case.kind, min(s.ordinal for s in rules.steps)
            )
            step = max((e[0] for e in filed), key=lambda o: position.get(o, o), default=start_step)
        step_name = next(
            (s.name for s in rules.steps if s.ordinal == step), _("Step {n}").format(n=step)
        )
        on, what, status = (
            _next_deadline(rules, case, history, extensions[case.id], as_of, due_soon_days)
            if deadlines
            else (None, "", None)
        )
        open_rows.append(
            (
                OpenCaseRow(
                    number=case.number,
                    title=case.title,
                    grievance_type=case.kind,
                    step_name=step_name,
                    steward=case.steward,
                    area=case.area,
                    article=case.article,
                    next_deadline=on,
                    deadline_what=what,
                    status=status,
                    grievants=grievants,
                    grievance_id=case.id,
                ),
                case,
            )
        )
    open_rows.sort(
        key=lambda p: (p[0].next_deadline is None, p[0].next_deadline or date.min, p[0].number)
    )
    closed_rows.sort(key=lambda c: (c.closed_on, c.number))

    def late(row: OpenCaseRow) -> bool:
        return row.status == "overdue"

    type_order = {
        type_words(k): i
        for i, k in enumerate(("individual", "group", "policy", "discipline", "health_and_safety"))
    }
    step_order: dict[str, int] = {}
    for row, case in open_rows:
        if row.step_name not in step_order:
            step_order[row.step_name] = min(
                (s.ordinal for s in rules_of(case.contract_id).steps if s.name == row.step_name),
                default=99,
            )
    by_type: dict[str, list[tuple[str, int]]] = defaultdict(list)
    by_article: dict[str, list[tuple[str, int]]] = defaultdict(list)
    article_names: dict[str, str] = {}
    for case, days in resolved:
        by_type[type_words(case.kind)].append((case.outcome or "", days))
        key = case.article.casefold()
        article_names.setdefault(key, case.article)
        by_article[key].append((case.outcome or "", days))
    trend = _trend(cases, start, as_of)
    opens = [row for row, _case in open_rows]
    summary = GrievanceSummary(
        period_start=start,
        period_end=as_of,
        as_of=as_of,
        open_cases=len(opens),
        overdue=sum(late(r) for r in opens) if deadlines else None,
        due_soon=sum(r.status in ("due_today", "due_soon") for r in opens) if deadlines else None,
        totals=_outcome_row(_("All types"), [(c.outcome or "", d) for c, d in resolved]),
        by_type=tuple(
            _outcome_row(label, by_type[label])
            for label in sorted(by_type, key=lambda k: type_order.get(k, 99))
        ),
        by_article=tuple(
            sorted(
                (_outcome_row(article_names[k], v) for k, v in by_article.items()),
                key=lambda o: (-o.closed, o.label),
            )
        ),
        open_by_type=_count_rows(
            ((type_words(r.grievance_type), late(r)) for r in opens), type_order
        ),
        trend=tuple(trend),
        sensitive_left_out=left_out,
    )
    return GrievanceFigures(
        scope=_scope(session, workplace_id, area_ids, areas),
        summary=summary,
        open_cases=tuple(opens),
        closed_cases=tuple(closed_rows),
        by_steward=_count_rows((r.steward, late(r)) for r in opens),
        by_step=_count_rows(((r.step_name, late(r)) for r in opens), step_order),
        by_area=_count_rows((r.area, late(r)) for r in opens),
        by_article=_count_rows((r.article, late(r)) for r in opens),
        with_names=with_names,
        include_sensitive=include_sensitive,
    )


def _scope(
    session: Session, workplace_id: int | None, area_ids: Sequence[int] | None, areas: _Areas
) -> str:
    if area_ids is not None:
        named = areas.paths(area_ids)
        return "; ".join(named[a] for a in area_ids if a in named) or _(NO_AREA)
    if workplace_id is not None:
        name = session.execute(
            sa.select(Workplace.name).where(Workplace.id == workplace_id)
        ).scalar_one_or_none()
        return name or _("That workplace")
    return _("Every workplace")


def grievance_summary(
    session: Session,
    *,
    as_of: date,
    area_ids: Sequence[int] | None = None,
    include_sensitive: bool = False,
) -> GrievanceSummary | None:
    """The aggregated figures a briefing carries, for the cases of ``area_ids`` and the areas
    below them (None: every case); None when no case was open or closed in the period."""
    # no deadlines: a council reads outcomes and trends, and a pack of 200 areas must stay fast
    summary = grievance_figures(
        session,
        as_of=as_of,
        area_ids=area_ids,
        include_sensitive=include_sensitive,
        deadlines=False,
    ).summary
    if summary.open_cases == 0 and summary.totals.closed == 0:
        return None
    return summary
