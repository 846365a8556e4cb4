"""The committee's grievance report as PDF, and the grievance section of a briefing.

This module owns ``build_grievance_report`` (landscape: the key figures; open cases with their
next deadline, overdue on top; open cases by steward, step, area and contract article; the cases
closed in the period with outcome and days to resolution; win rate and time to resolution by type
and by article; the month-by-month trend as a chart and a table), ``summary_story`` (the same
aggregated figures, shorter, for a delegate briefing) and ``trend_chart``. Everything is drawn
from ``reports.grievance_data``; charts are grey, told apart by pattern and labelled, as every
document's are. Grievants are named only when the figures were read with names.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.shapes import Drawing, Group, PolyLine, Rect, String
from reportlab.graphics.shapes import Path as DrawPath
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from forum_kit.i18n import _, current_language, ngettext
from forum_kit.percent import pct_text
from forum_kit.reports.charts import _drawing, _frame, _nice_step
from forum_kit.reports.data import DocumentInfo
from forum_kit.reports.doc import CancelFn, ChartFlowable, ProgressFn, heading, render_story
from forum_kit.reports.flow import Para
from forum_kit.reports.fonts import SANS, SANS_BOLD, check_fields
from forum_kit.reports.grievance_data import (
    OUTCOME_WORDS,
    CountRow,
    GrievanceFigures,
    GrievanceReportData,
    GrievanceSummary,
    MonthRow,
    OutcomeRow,
    deadline_words,
    outcome_words,
    type_words,
)
from forum_kit.reports.letter import data_tables, names_cell, pairs_table
from forum_kit.reports.output import Footer, deliver, fast_shapes
from forum_kit.reports.styles import (
    DARK,
    INK,
    MARGIN,
    MIN_TYPE,
    PALE,
    WASH,
    WHITE,
    fmt_date,
    fmt_month,
    page_size,
    paragraph_styles,
)
from forum_kit.small_numbers import fewer_than

__all__ = ["build_grievance_report", "summary_story", "trend_chart", "win_rate_text"]

# A date column: "30 May 2026", the widest, on one line in a cell (its 4 pt paddings included).
DATE_WIDTH = 23 * mm


def _h2(text: str) -> list[Flowable]:
    """A section heading that may sit above a table breaking across pages: a heading kept with
    a long table would push both to the next page and leave this one empty."""
    para = heading(text, "h2", 1, toc=False)
    para.keepWithNext = 0  # type: ignore[attr-defined]
    return [CondPageBreak(35 * mm), para]


def _p(text: str, style: str = "cell") -> Para:
    return Para(text, paragraph_styles()[style])


# languages that write a space before % (fr 42 %, es 42 %, pl 42%...)
_PCT_GAP = {"fr": "\u202f", "es": "\u00a0"}


def win_rate_text(row: OutcomeRow) -> str:
    rate = row.win_rate
    return (
        "\u2014"
        if rate is None
        else pct_text(rate * 100, gap=_PCT_GAP.get(current_language().split("_")[0], ""))
    )


def _n(value: int | None, threshold: int | None) -> str:
    """A count as printed: a hidden one (a briefing's copy) reads "fewer than N"."""
    if value is None:
        return "\u2014" if threshold is None else fewer_than(threshold)
    return str(value)


def _cell_n(value: int | None, threshold: int | None, partner: bool = False) -> str | Para:
    """A table cell: "fewer than N" wraps in its narrow column; a figure hidden only as a
    small one's partner reads "hidden"."""
    if value is None and partner:
        return _p(_("hidden"), "cell_right")
    text = _n(value, threshold)
    return _p(text, "cell_right") if value is None and threshold is not None else text


def _days(value: float | None) -> str:
    return "\u2014" if value is None else f"{value:.0f}"


def _month(value: MonthRow) -> str:
    return fmt_month(value.month)


def _period(summary: GrievanceSummary) -> str:
    return _("{start} to {end}").format(
        start=fmt_date(summary.period_start), end=fmt_date(summary.period_end)
    )


# --------------------------------------------------------------------------------------------------
# Chart


def trend_chart(trend: tuple[MonthRow, ...], width: float, height: float = 150) -> Drawing:
    """Cases opened (pale bars) and closed (dark bars) each month, and those open at each
    month's end (a line with its values written at the points)."""
    drawing = _drawing(width, height)
    if not trend:
        return drawing
    # the title, then the key under it, then the plot (its top value label clear of the key)
    left, right, bottom, top_pad = 26, 8, 16, 34
    plot_w = width - left - right
    plot_h = height - bottom - top_pad
    group = Group()
    group.add(
        String(
            0,
            height - 8,
            _("Cases opened and closed each month, and open at the month's end"),
            fontName=SANS_BOLD,
            fontSize=MIN_TYPE,
            fillColor=INK,
        )
    )
    # a month's count hidden by the small-numbers rule (None) is not drawn
    peak = max(max(v or 0 for v in (m.opened, m.closed, m.open_at_end)) for m in trend)
    step = max(1.0, _nice_step(max(peak, 1) * 1.15, integer=True))
    ceiling = step * math.ceil(max(peak, 1) * 1.15 / step)
    _frame(group, left, bottom, plot_w, plot_h, ceiling, step, "{:.0f}")
    slot = plot_w / len(trend)
    bar = max(1.5, min(12.0, slot * 0.32))
    opened = DrawPath(fillColor=PALE, strokeColor=DARK, strokeWidth=0.4)
    closed = DrawPath(fillColor=DARK, strokeColor=INK, strokeWidth=0.4)
    for i, m in enumerate(trend):
        centre = left + slot * (i + 0.5)
        for path, value, x in ((opened, m.opened, centre - bar), (closed, m.closed, centre)):
            if value:
                high = bottom + plot_h * value / ceiling
                path.moveTo(x, bottom)
                path.lineTo(x, high)
                path.lineTo(x + bar, high)
                path.lineTo(x + bar, bottom)
                path.closePath()
        every = max(1, math.ceil(len(trend) / 12))
        if i % every == 0 or i == len(trend) - 1:
            label = fmt_month(m.month, year=False)
            if m.month.month == 1 or i == 0:
                label += f" {m.month.year % 100:02d}"
            group.add(
                String(
                    centre,
                    bottom - 10,
                    label,
                    fontName=SANS,
                    fontSize=MIN_TYPE,
                    fillColor=DARK,
                    textAnchor="middle",
                )
            )
    group.add(opened)
    group.add(closed)
    runs: list[list[float]] = [[]]
    for i, m in enumerate(trend):
        if m.open_at_end is None:
            runs.append([])  # the line breaks where a month is hidden
            continue
        runs[-1] += [left + slot * (i + 0.5), bottom + plot_h * m.open_at_end / ceiling]
    for run in runs:
        if len(run) > 2:
            group.add(PolyLine(run, strokeColor=INK, strokeWidth=1.4, strokeDashArray=[3, 1.5]))
    for i, m in enumerate(trend):
        if m.open_at_end is None:
            continue
        x, y = left + slot * (i + 0.5), bottom + plot_h * m.open_at_end / ceiling
        group.add(Rect(x - 2, y - 2, 4, 4, fillColor=WHITE, strokeColor=INK, strokeWidth=0.9))
        if m.open_at_end:
            group.add(
                String(
                    x,
                    y + 4,
                    str(m.open_at_end),
                    fontName=SANS,
                    fontSize=MIN_TYPE,
                    fillColor=INK,
                    textAnchor="middle",
                )
            )
    # the key, in words and swatches, so it reads on a photocopy
    key_y = height - 22
    x = 0.0
    for swatch, text in (
        (PALE, _("opened")),
        (DARK, _("closed")),
        (None, _("open at the month's end")),
    ):
        if swatch is None:
            group.add(
                PolyLine(
                    [x, key_y + 3, x + 12, key_y + 3],
                    strokeColor=INK,
                    strokeWidth=1.4,
                    strokeDashArray=[3, 1.5],
                )
            )
        else:
            group.add(Rect(x, key_y, 8, 6, fillColor=swatch, strokeColor=INK, strokeWidth=0.4))
        group.add(String(x + 15, key_y, text, fontName=SANS, fontSize=MIN_TYPE, fillColor=DARK))
        x += 15 + stringWidth(text, SANS, MIN_TYPE) + 14
    drawing.add(group)
    return drawing


# --------------------------------------------------------------------------------------------------
# Tables


def _outcome_table(
    rows: tuple[OutcomeRow, ...],
    first: str,
    width: float,
    totals: OutcomeRow | None = None,
    threshold: int | None = None,
    partners: tuple[tuple[int, int], ...] = (),
) -> list[Flowable]:
    head = [
        first,
        _("Closed"),
        _("Won"),
        _("Settled"),
        _("With-\ndrawn"),
        _("Lost"),
        _("Lapsed"),
        _("Win rate"),
        _("Median days"),
        _("Mean days"),
    ]
    fixed = 17 * mm
    widths = [width - 9 * fixed] + [fixed] * 9
    body = [
        [
            _p(r.label, "cell_bold"),
            *(
                _cell_n(getattr(r, f), threshold, (k, j) in partners)
                for j, f in enumerate(_OUTCOME_COLUMNS)
            ),
            win_rate_text(r),
            _days(r.median_days),
            _days(r.mean_days),
        ]
        for k, r in enumerate(rows, 1)
    ]
    if totals is not None and len(rows) > 1:
        body.append(
            [
                _p(_("All"), "cell_bold"),
                *(
                    _cell_n(getattr(totals, f), threshold, (0, j) in partners)
                    for j, f in enumerate(_OUTCOME_COLUMNS)
                ),
                win_rate_text(totals),
                _days(totals.median_days),
                _days(totals.mean_days),
            ]
        )
    extra = [("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    if totals is not None and len(rows) > 1:
        extra += [
            ("FONT", (0, -1), (-1, -1), SANS_BOLD, 8.5),
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK),
        ]
    return data_tables(head, body, widths, extra)


_OUTCOME_COLUMNS = ("closed", "won", "settled", "withdrawn", "lost", "lapsed")


def _count_grid(figures: GrievanceFigures, width: float) -> list[Flowable]:
    """Open cases by steward, step, area and article side by side, as one table that breaks
    across pages (tables inside a table could not, and a long list of stewards would not fit)."""
    groups = (
        (_("Steward"), figures.by_steward),
        (_("Step"), figures.by_step),
        (_("Area"), figures.by_area),
        (_("Contract article"), figures.by_article),
    )
    number, late, gap = 13 * mm, 17 * mm, 3 * mm
    label = (width - 4 * (number + late) - 3 * gap) / 4
    widths: list[float] = []
    head: list[str] = []
    for i, (title, _rows) in enumerate(groups):
        widths += [label, number, late] + ([gap] if i < 3 else [])
        head += [title, _("Open"), _("Overdue")] + ([""] if i < 3 else [])
    rows: list[list] = []
    bold: dict[int, list[tuple]] = {}
    for r in range(max(1, *(len(g[1]) for g in groups))):
        row: list = []
        for i, (_title, counts) in enumerate(groups):
            if r < len(counts):
                c: CountRow = counts[r]
                row += [_p(c.label), str(c.open), str(c.overdue) if c.overdue else "\u2014"]
                if c.overdue:
                    bold.setdefault(r + 1, []).append(
                        ("FONT", 4 * i + 2, 4 * i + 2, SANS_BOLD, 8.5)
                    )
            else:
                row += ["", "", ""]
            if i < 3:
                row.append("")
        rows.append(row)
    extra = [("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    for i in range(3):
        column = 4 * i + 3
        # the gap columns stay blank: no grid, no stripe, no header band
        extra += [
            ("BACKGROUND", (column, 0), (column, -1), WHITE),
            ("LINEBEFORE", (column, 0), (column, -1), 0.9, WHITE),
            ("LINEAFTER", (column, 0), (column, -1), 0.9, WHITE),
        ]
    return data_tables(head, rows, widths, extra, row_styles=bold)


def _key_figures(summary: GrievanceSummary, width: float) -> Table:
    t = summary.totals
    outcomes = ", ".join(
        f"{outcome_words(k).lower()} {getattr(t, k)}" for k in OUTCOME_WORDS if getattr(t, k)
    )
    rows = [
        (
            _("Open now"),
            f"{summary.open_cases}"
            + (
                ""
                if summary.overdue is None
                else _(" (overdue {overdue}, due within a few working days {soon})").format(
                    overdue=summary.overdue, soon=summary.due_soon
                )
            ),
        ),
        (_("Closed in the period"), f"{t.closed}" + (f": {outcomes}" if outcomes else "")),
        (
            _("Win rate"),
            _("{rate} of the cases closed were won").format(rate=win_rate_text(t))
            + (_("; {n} more settled").format(n=t.settled) if t.settled else ""),
        ),
        (
            _("Time to resolution"),
            _("median {median} days, mean {mean} days, from the first filing").format(
                median=_days(t.median_days), mean=_days(t.mean_days)
            ),
        ),
    ]
    if summary.sensitive_left_out:
        rows.append(
            (
                _("Left out"),
                ngettext(
                    "{n} case marked sensitive",
                    "{n} cases marked sensitive",
                    summary.sensitive_left_out,
                ).format(n=summary.sensitive_left_out),
            )
        )
    return pairs_table(rows, width, 40 * mm)


def _trend_table(trend: tuple[MonthRow, ...], width: float) -> list[Flowable]:
    rows = [
        [_month(m), str(m.opened), str(m.closed), str(m.won), str(m.open_at_end)] for m in trend
    ]
    fixed = 26 * mm
    return data_tables(
        [_("Month"), _("Opened"), _("Closed"), _("Won"), _("Open at the month's end")],
        rows,
        [width - 4 * fixed, fixed, fixed, fixed, fixed],
        [("ALIGN", (1, 1), (-1, -1), "RIGHT")],
    )


def _open_cases(figures: GrievanceFigures, width: float) -> list[Flowable]:
    if not figures.open_cases:
        return [_p(_("No case is open."), "body")]
    names = figures.with_names
    head = [
        _("Next deadline"),
        "",
        _("What is due"),
        _("Case"),
        _("Type"),
        _("Step"),
        _("Steward"),
        _("Area"),
        _("Article"),
    ] + ([_("Grievants")] if names else [])
    fixed = [DATE_WIDTH, 20 * mm, 0, 0, 26 * mm, 20 * mm, 0, 0, 0] + ([0] if names else [])
    # the grievants' cell lists several names: wide enough to keep a long surname whole
    share = {2: 0.2, 3: 0.22, 6: 0.16, 7: 0.16, 8: 0.13, 9: 0.2}
    flexible = width - sum(fixed)
    total = sum(v for k, v in share.items() if k < len(fixed))
    widths = [f or flexible * share[i] / total for i, f in enumerate(fixed)]
    rows: list[list] = []
    marks: dict[int, list[tuple]] = {}
    for r, case in enumerate(figures.open_cases, 1):
        word = deadline_words(case.status or "")
        row = [
            _p(fmt_date(case.next_deadline) or "\u2014"),
            _p(word, "cell_bold"),
            _p(case.deadline_what or "\u2014"),
            _p(f"{case.number}\n{case.title}"),
            _p(type_words(case.grievance_type)),
            _p(case.step_name),
            _p(case.steward),
            _p(case.area),
            _p(case.article),
        ]
        if names:
            row.append(names_cell(case.grievants))
        rows.append(row)
        if case.status == "overdue":
            # shaded and boxed: found on a grey photocopy without colour
            marks[r] = [("BACKGROUND", 0, 1, WASH), ("BOX", 1, 1, 0.9, INK)]
    return data_tables(head, rows, widths, row_styles=marks)


def _closed_cases(figures: GrievanceFigures, width: float) -> list[Flowable]:
    if not figures.closed_cases:
        return [_p(_("No case closed in the period."), "body")]
    names = figures.with_names
    head = [
        _("Case"),
        _("Type"),
        _("Article"),
        _("First filed"),
        _("Closed"),
        _("Outcome"),
        _("Days"),
    ] + ([_("Grievants")] if names else [])
    fixed = [0, 28 * mm, 0, DATE_WIDTH, DATE_WIDTH, 24 * mm, 14 * mm] + ([0] if names else [])
    flexible = width - sum(fixed)
    parts = [0.5, 0, 0.3, 0, 0, 0, 0] + ([0.35] if names else [])
    total = sum(parts)
    widths = [f or flexible * parts[i] / total for i, f in enumerate(fixed)]
    rows = []
    for case in figures.closed_cases:
        row = [
            _p(f"{case.number}\n{case.title}"),
            _p(type_words(case.grievance_type)),
            _p(case.article),
            _p(fmt_date(case.started_on)),
            _p(fmt_date(case.closed_on)),
            _p(outcome_words(case.outcome or ""), "cell_bold"),
            str(case.days),
        ]
        if names:
            row.append(names_cell(case.grievants))
        rows.append(row)
    return data_tables(head, rows, widths, [("ALIGN", (6, 1), (6, -1), "RIGHT")])


def _checked(figures: GrievanceFigures) -> None:
    pairs = [("scope", figures.scope)]
    for i, c in enumerate(figures.open_cases, 1):
        pairs += [
            (f"open_cases[{i}].number", c.number),
            (f"open_cases[{i}].title", c.title),
            (f"open_cases[{i}].steward", c.steward),
            (f"open_cases[{i}].area", c.area),
            (f"open_cases[{i}].article", c.article),
            (f"open_cases[{i}].grievants", c.grievants),
            (f"open_cases[{i}].step_name", c.step_name),
            (f"open_cases[{i}].deadline_what", c.deadline_what),
        ]
    for i, c in enumerate(figures.closed_cases, 1):
        pairs += [
            (f"closed_cases[{i}].number", c.number),
            (f"closed_cases[{i}].title", c.title),
            (f"closed_cases[{i}].article", c.article),
            (f"closed_cases[{i}].grievants", c.grievants),
        ]
    for group in ("by_steward", "by_step", "by_area", "by_article"):
        pairs += [(f"{group}[{i}]", r.label) for i, r in enumerate(getattr(figures, group), 1)]
    check_fields(pairs + _summary_fields(figures.summary))


def _summary_fields(summary: GrievanceSummary) -> list[tuple[str, str]]:
    return [(f"by_article[{i}]", r.label) for i, r in enumerate(summary.by_article, 1)]


def report_story(data: GrievanceReportData) -> list[Flowable]:
    """The flowables of the committee's grievance report."""
    figures = data.figures
    summary = figures.summary
    styles = paragraph_styles()
    width = page_size(data.paper, landscape_=True)[0] - 2 * MARGIN
    who = _("Grievants are named.") if figures.with_names else _("No grievant is named.")
    if not figures.include_sensitive:
        who += " " + _("Cases marked sensitive are left out.")
    story: list[Flowable] = [
        Para(_("COMMITTEE GRIEVANCE REVIEW"), styles["kicker"]),
        heading(_("Grievance report: {scope}").format(scope=figures.scope), "title", 0, toc=False),
        Para(
            _("Open cases as of {day} \u00b7 closed cases and trend {period}").format(
                day=fmt_date(summary.as_of), period=_period(summary)
            ),
            styles["subtitle"],
        ),
        Para(who, styles["small"]),
        Spacer(1, 6),
        _key_figures(summary, width),
        *_h2(_("Open cases, next deadline first")),
        *_open_cases(figures, width),
        CondPageBreak(60 * mm),
        heading(_("Open cases by steward, step, area and article"), "h2", 1, toc=False),
    ]
    story += _count_grid(figures, width)
    story += [
        *_h2(_("Closed {period}").format(period=_period(summary))),
        *_closed_cases(figures, width),
    ]
    story += [
        CondPageBreak(50 * mm),
        heading(_("Outcomes and time to resolution by type"), "h2", 1, toc=False),
        *(
            _outcome_table(summary.by_type, _("Type"), width, summary.totals)
            if summary.by_type
            else [_p(_("No case closed in the period."), "body")]
        ),
    ]
    if summary.by_article:
        story += [
            heading(_("Outcomes and time to resolution by contract article"), "h2", 1, toc=False),
            *_outcome_table(summary.by_article, _("Contract article"), width),
        ]
    story.append(
        _p(
            _(
                "Win rate: the cases won as a share of the cases closed (settlements are "
                "counted apart). Days: calendar days from the first filing (or from the "
                "day the case was opened, if it was never filed) to the outcome."
            ),
            "note",
        )
    )
    story += [CondPageBreak(70 * mm), heading(_("Trend by month"), "h2", 1, toc=False)]
    with fast_shapes():
        chart = trend_chart(summary.trend, width, 58 * mm)
    story += [ChartFlowable(chart), Spacer(1, 6), *_trend_table(summary.trend, width)]
    return story


def build_grievance_report(
    data: GrievanceReportData,
    out: BinaryIO | Path | str,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> DocumentInfo:
    """Build the committee's grievance report into ``out`` (a stream, or a path written
    atomically)."""
    _checked(data.figures)
    summary = data.figures.summary
    names = (
        _("Names grievants: keep it safe") if data.figures.with_names else _("No grievants' names")
    )
    footer = Footer(
        left=_("Grievance report \u00b7 {day}").format(day=fmt_date(summary.as_of)), centre=names
    )
    pdf, pages = render_story(
        report_story(data),
        paper=data.paper,
        title=_("Grievance report"),
        footer=footer,
        first_template="landscape",
        progress=progress,
        cancelled=cancelled,
    )
    deliver(pdf, out)
    return DocumentInfo(pages=pages, personal_data=data.personal_data)


# --------------------------------------------------------------------------------------------------
# The briefing's section


def summary_story(
    summary: GrievanceSummary, width: float, *, level: int = 1, toc: bool = True
) -> list[Flowable]:
    """Grievance figures for a briefing: counts, outcomes by type and the trend; no names."""
    check_fields(_summary_fields(summary))
    t = summary.totals
    few = summary.threshold  # set: the briefing's copy, under the small-numbers rule

    def n(value: int | None, partner: bool = False) -> str:
        if value is None and partner:
            return _("a hidden number")
        return _n(value, few) if few is not None else str(value)

    late = "" if summary.overdue is None else _(" ({n} overdue)").format(n=summary.overdue)
    line = _("{open} open{overdue} on {day}; {closed} closed from {period}").format(
        open=n(summary.open_cases),
        overdue=late,
        day=fmt_date(summary.as_of),
        closed=n(t.closed, (0, 0) in summary.partners),
        period=_period(summary),
    )
    if t.closed is None or t.closed:
        line += _(": win rate {rate}, median {days} days to resolution").format(
            rate=win_rate_text(t), days=_days(t.median_days)
        )
    line += "."
    left = summary.sensitive_left_out
    if left is None or left:
        sentence = ngettext(
            "{n} case marked sensitive is not counted.",
            "{n} cases marked sensitive are not counted.",
            few if left is None else left,
        ).format(n=n(left))
        line += " " + sentence[:1].upper() + sentence[1:]
    line = line[0].upper() + line[1:]
    if few is not None and _any_hidden(summary):
        line += " " + _(
            "A figure about {few} cases can point at the people who brought them: it is printed "
            "as \u201c{few}\u201d (left out of the chart), and a figure that would give it back "
            "is hidden with it."
        ).format(few=fewer_than(few))
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        heading(_("Grievances: outcomes and trend"), "h2", level, toc=toc),
        _p(line, "body"),
        Spacer(1, 4),
    ]
    if summary.by_type:
        story += _outcome_table(summary.by_type, _("Type"), width, t, few, summary.partners)
    with fast_shapes():
        chart = trend_chart(summary.trend, width, 44 * mm)
    story.append(KeepTogether([Spacer(1, 6), ChartFlowable(chart)]))
    return story


def _any_hidden(summary: GrievanceSummary) -> bool:
    rows = (summary.totals, *summary.by_type)
    counts = [getattr(r, f) for r in rows for f in _OUTCOME_COLUMNS]
    counts += [v for m in summary.trend for v in (m.opened, m.closed, m.won, m.open_at_end)]
    counts += [summary.open_cases, summary.sensitive_left_out]
    return any(v is None for v in counts)
