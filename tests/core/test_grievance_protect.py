"""The committee's grievance figures in a delegate briefing follow the small-numbers rule: with
sentinel counts of 1 to 4 cases, every such count prints "fewer than 5", and neither a row (a
type's closed cases are the sum of its outcomes), a column (the "All" row is the sum of the
types) nor the monthly trend gives a hidden count back."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from forum_kit.queries.grievance_protect import FIELDS, OUTCOMES, protect_summary
from forum_kit.reports import build_briefing
from forum_kit.reports.grievance_data import GrievanceSummary, MonthRow, OutcomeRow
from forum_kit.reports.samples import sample_briefing

SENTINELS = (1, 2, 3, 4)
LABELS = ("Kappa", "Lambda", "Omicron", "Sigma", "Upsilon")


def _row(label: str, won: int, settled: int, withdrawn: int, lost: int, lapsed: int) -> OutcomeRow:
    closed = won + settled + withdrawn + lost + lapsed
    return OutcomeRow(label, closed, won, settled, withdrawn, lost, lapsed, 30.0, 41.5)


def _summary(types: list[tuple[int, ...]], months: list[tuple[int, int, int]]) -> GrievanceSummary:
    by_type = tuple(_row(LABELS[i], *t) for i, t in enumerate(types))
    total = _row("All", *(sum(t[k] for t in types) for k in range(5)))
    trend, open_now = [], 10
    for i, (opened, closed, won) in enumerate(months):
        open_now += opened - closed
        trend.append(MonthRow(date(2026, 1 + i, 1), opened, closed, won, open_now))
    return GrievanceSummary(
        period_start=date(2026, 1, 1),
        period_end=date(2026, 6, 30),
        as_of=date(2026, 6, 30),
        open_cases=3,
        overdue=None,
        due_soon=None,
        totals=total,
        by_type=by_type,
        by_article=(),
        open_by_type=(),
        trend=tuple(trend),
        sensitive_left_out=2,
    )


def _sentinel_summary() -> GrievanceSummary:
    # a type of 1-4 closed cases, outcomes of 1-4 in a larger type, a large type
    return _summary(
        [(1, 0, 0, 0, 0), (2, 3, 0, 4, 0), (12, 6, 0, 9, 0), (0, 0, 3, 0, 0)],
        [(4, 3, 1), (9, 12, 7), (2, 1, 0), (8, 9, 4), (1, 0, 0), (6, 15, 7)],
    )


def _check_groups(raw: GrievanceSummary, safe: GrievanceSummary, threshold: int = 5) -> None:
    """No count 1..threshold-1 is shown, and in every group whose parent is shown the hidden
    part is 0 or at least the threshold."""
    raw_rows, rows = [raw.totals, *raw.by_type], [safe.totals, *safe.by_type]
    for r in rows:
        for f in FIELDS:
            v = getattr(r, f)
            assert v is None or v == 0 or v >= threshold, (r.label, f, v)
    groups = []
    for raw_r, r in zip(raw_rows, rows, strict=True):
        groups.append((r.closed, [(getattr(raw_r, f), getattr(r, f)) for f in OUTCOMES]))
    for f in FIELDS:
        groups.append(
            (
                getattr(safe.totals, f),
                [
                    (getattr(a, f), getattr(b, f))
                    for a, b in zip(raw_rows[1:], rows[1:], strict=True)
                ],
            )
        )
    for parent, children in groups:
        if parent is None:
            continue
        hidden = [true for true, shown in children if shown is None]
        assert sum(hidden) == 0 or sum(hidden) >= threshold
        # one hidden non-zero figure alone would be the parent less the shown ones
        nonzero = [h for h in hidden if h]
        assert len(nonzero) != 1 or nonzero[0] >= threshold
    for m in safe.trend:
        for v in (m.opened, m.closed, m.won, m.open_at_end):
            assert v is None or v == 0 or v >= threshold
    for f in ("closed", "won"):
        parent = getattr(safe.totals, f)
        hidden = [
            getattr(a, f)
            for a, b in zip(raw.trend, safe.trend, strict=True)
            if getattr(b, f) is None
        ]
        # a reader subtracts only when the months add up to the period's total (they do in a
        # vault: the trend covers the period)
        if parent is not None and sum(getattr(a, f) for a in raw.trend) == getattr(raw.totals, f):
            assert sum(hidden) == 0 or sum(hidden) >= threshold, f


def test_sentinel_counts_are_hidden_and_not_derivable():
    raw = _sentinel_summary()
    safe = protect_summary(raw, 5)
    assert safe.threshold == 5
    assert safe.open_cases is None and safe.sensitive_left_out is None
    a, b, c, d = safe.by_type
    # a type of 1-4 closed cases hides its whole row, days and rate with it
    assert a.closed is None and a.won is None and a.median_days is None and a.win_rate is None
    assert d.closed is None
    # small outcomes are hidden; the only type with large ones hides them as their partners
    # (else the "All" row less type C would give types A and B back), but shows its total
    assert b.won is None and b.settled is None and b.lost is None
    assert c.closed == 27 and (c.won, c.settled, c.lost) == (None, None, None)
    # ... and those are marked as partners (printed "hidden": they are not fewer than 5)
    assert {(3, 1), (3, 2), (3, 4)} <= set(safe.partners)
    assert (1, 0) not in safe.partners and (2, 1) not in safe.partners
    _check_groups(raw, safe)
    # the open-at-end line would give a hidden month back: left out whole
    assert all(m.open_at_end is None for m in safe.trend)
    # a figure of 0 names nobody and stays
    assert c.withdrawn == 0 and c.lapsed == 0


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(*[st.integers(0, 9)] * 5), min_size=1, max_size=5),
    st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9), st.integers(0, 9)), max_size=6),
)
def test_no_row_column_or_month_gives_a_hidden_count_back(types, months):
    months = [(o, c, min(w, c)) for o, c, w in months]
    raw = _summary(types, months)
    _check_groups(raw, protect_summary(raw, 5))


def _table_row(text: str, label: str) -> list[str]:
    line = next(line for line in text.splitlines() if label in line)
    return re.split(r"\s{2,}", line.split(label, 1)[1].strip())


def test_the_briefing_prints_fewer_than_5_and_no_sentinel(tmp_path):
    raw = _sentinel_summary()
    data = dataclasses.replace(
        sample_briefing(2), grievance_review=protect_summary(raw, 5), threshold=5
    )
    out = tmp_path / "briefing.pdf"
    build_briefing(data, out)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Fewer than 5 open on" in flat
    assert "Fewer than 5 cases marked sensitive are not counted" in flat
    assert "can point at the people who brought them" in flat
    for label in LABELS[:4]:
        cells = _table_row(text, label)
        numbers = [c for c in cells if c.isdigit()]
        assert not set(numbers) & {str(n) for n in SENTINELS}, (label, cells)
    assert _table_row(text, "Omicron")[:3] == ["27", "hidden", "hidden"]
    assert _table_row(text, "Kappa")[:2] == ["fewer", "fewer"]  # "than 5" on the line below
