"""The committee's grievance figures as they leave the vault in a delegate briefing: the
small-numbers rule (``forum_kit.small_numbers``) applied to a ``GrievanceSummary``.

Owns ``protect_summary``. Outcomes are counts of cases, and a case is a grievant: a type with two
cases lost points at two people. So every count from 1 to threshold - 1 is hidden, in the table of
outcomes both ways (a type's closed cases are the sum of its outcomes, and the "All" row is the
sum of the types: each group keeps a hidden figure hidden with a partner, so no row or column
total gives it back), a type whose closed cases are too few hides its whole row, the win rate
and the days to resolution go with the counts they are made of, and the monthly trend's counts
are hidden month by month (the closed and won columns under the period's totals).
"""

from __future__ import annotations

import dataclasses

from forum_kit.reports.grievance_data import GrievanceSummary, MonthRow, OutcomeRow
from forum_kit.small_numbers import protect_tree

__all__ = ["protect_summary"]

OUTCOMES = ("won", "settled", "withdrawn", "lost", "lapsed")
FIELDS = ("closed", *OUTCOMES)


def _small(value: int | None, threshold: int) -> bool:
    return value is not None and 0 < value < threshold


def _outcomes(
    rows: list[OutcomeRow], threshold: int
) -> tuple[list[OutcomeRow], tuple[tuple[int, int], ...]]:
    """``rows[0]`` is the total of the others; hide both ways until nothing changes. Returns the
    rows and the (row, column of ``FIELDS``) of the figures hidden as partners: not small
    themselves, so they must not read "fewer than N"."""
    n = len(rows)
    values = {f: [getattr(r, f) for r in rows] for f in FIELDS}
    # a type of too few closed cases shows none of its outcomes
    hidden = {f: [_small(r.closed, threshold) for r in rows] for f in FIELDS}
    column_parents: list[int | None] = [None] + [0] * (n - 1)
    row_parents: list[int | None] = [None] + [0] * len(OUTCOMES)
    for _ in range(4 * (n + len(FIELDS))):
        changed = False
        for f in FIELDS:  # down each column: the "All" row over the types
            got, _ = protect_tree(values[f], column_parents, threshold, forced=hidden[f])
            changed |= got != hidden[f]
            hidden[f] = got
        for i in range(n):  # along each row: closed over its outcomes
            cells = [values[f][i] for f in FIELDS]
            forced = [hidden[f][i] for f in FIELDS]
            got, _ = protect_tree(cells, row_parents, threshold, forced=forced)
            for f, h in zip(FIELDS, got, strict=True):
                if h and not hidden[f][i]:
                    hidden[f][i] = changed = True
        if not changed:
            break
    partners = tuple(
        (i, j)
        for i in range(n)
        for j, f in enumerate(FIELDS)
        if hidden[f][i] and not _small(values[f][i], threshold)
    )
    out = []
    for i, r in enumerate(rows):
        counts = {f: None if hidden[f][i] else values[f][i] for f in FIELDS}
        days_hidden = counts["closed"] is None
        out.append(
            dataclasses.replace(
                r,
                **counts,
                median_days=None if days_hidden else r.median_days,
                mean_days=None if days_hidden else r.mean_days,
            )
        )
    return out, partners


def _column(
    values: list[int], total: int | None, threshold: int, total_hidden: bool = False
) -> list[bool]:
    """Months of one column under the period's total (None: no total printed), which may be
    hidden already (then the months must not add up to it either)."""
    if total is None:
        return [_small(v, threshold) for v in values]
    hidden, _ = protect_tree(
        [total, *values],
        [None, *([0] * len(values))],
        threshold,
        forced=[total_hidden] + [False] * len(values),
    )
    return hidden[1:]


def _trend(
    trend: tuple[MonthRow, ...], totals: OutcomeRow, shown: OutcomeRow, threshold: int
) -> tuple:
    """``totals`` as counted, ``shown`` as protected."""
    months = list(trend)
    closed = [m.closed for m in months]
    won = [m.won for m in months]
    # the months' sums are the period's totals (a reader adds them up): each column is a group
    # under its total, hidden when the total is
    hide = {
        "opened": _column([m.opened for m in months], None, threshold),
        "closed": _column(closed, totals.closed, threshold, shown.closed is None),
        "won": _column(won, totals.won, threshold, shown.won is None),
        "open_at_end": _column([m.open_at_end for m in months], None, threshold),
    }
    # open at a month's end is the month before's plus opened less closed: with any of them
    # hidden, the line would give a hidden one back, so it is left out whole
    if any(any(hide[f]) for f in hide):
        hide["open_at_end"] = [True] * len(months)
    return tuple(
        dataclasses.replace(m, **{f: None if hide[f][i] else getattr(m, f) for f in hide})
        for i, m in enumerate(months)
    )


def _count(value: int | None, threshold: int) -> int | None:
    return None if value is None or _small(value, threshold) else value


def protect_summary(summary: GrievanceSummary, threshold: int) -> GrievanceSummary:
    """The summary with every count a reader could tie to fewer than ``threshold`` people
    set to None (printed "fewer than N"); ``threshold`` is recorded on the copy."""
    rows, partners = _outcomes([summary.totals, *summary.by_type], threshold)
    totals, by_type = rows[0], tuple(rows[1:])
    return dataclasses.replace(
        summary,
        open_cases=_count(summary.open_cases, threshold),
        overdue=_count(summary.overdue, threshold),
        due_soon=_count(summary.due_soon, threshold),
        totals=totals,
        by_type=by_type,
        # not printed in a briefing; left out rather than protected
        by_article=(),
        open_by_type=(),
        trend=_trend(summary.trend, summary.totals, totals, threshold),
        sensitive_left_out=_count(summary.sensitive_left_out, threshold),
        threshold=threshold,
        partners=partners,
    )
