"""The review sheet: a steward's field report as the keeper reviews it, on paper for the
committee meeting where disagreements about a rating or a correction are talked through.

Owns ``build_review_sheet``: who reported, when the report was written and taken in, how many
changes are in each state and how many were accepted or declined; then a table of every change
(number, what it is, whom or what it is about, its state and the keeper's decision, and why it
cannot apply) and, for each change that brings values, the copy's, the keeper's and the steward's
values side by side. Every text is laid out by ``reports.flow.Para``, so names in any script
(Arabic, Devanagari, CJK, Latin with diacritics) print as typed. The sheet names coworkers: its
personal data is "names".
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from forum_kit.i18n import N_, _, ngettext
from forum_kit.reports.data import DocumentInfo
from forum_kit.reports.doc import CancelFn, ProgressFn, render_story
from forum_kit.reports.flow import Para
from forum_kit.reports.output import Footer, deliver
from forum_kit.reports.styles import MARGIN, fmt_date, page_size, paragraph_styles
from forum_kit.reports.styles import data_table_style as table_style

if TYPE_CHECKING:
    from forum_kit.committee.review import Change, ReviewPlan

__all__ = ["STATE_WORDS", "build_review_sheet"]

STATE_WORDS = {
    "new": N_("new"),
    "conflict": N_("conflict: you changed it too"),
    "same": N_("already so"),
    "cannot": N_("cannot apply"),
    "reviewed": N_("reviewed before"),
}
NAMES_NOTE = N_("Names coworkers: keep it with you, shred it after the meeting")


def _p(text: str, style: str = "cell") -> Para:
    return Para(text, paragraph_styles()[style])


def _decision(plan: ReviewPlan, change: Change) -> str:
    decided = plan.decisions.get(change.entry_uid)
    if decided:
        return decided
    return _("to decide") if change.decidable else ""


def _changes_table(plan: ReviewPlan, width: float) -> Table:
    rest = width - 9 * mm
    widths = [9 * mm, 0.32 * rest, 0.28 * rest, 0.24 * rest, 0.16 * rest]
    rows: list[list[object]] = [
        [_p(h, "cell_head") for h in ("#", _("Change"), _("About"), _("State"), _("Decision"))]
    ]
    for change in plan.changes:
        state = _(STATE_WORDS.get(change.status, change.status))
        if change.reason:
            state = f"{state}: {change.reason}"
        rows.append(
            [
                _p(str(change.number), "cell_right"),
                _p(change.what),
                _p(change.subject),
                _p(state, "cell_bold" if change.status == "conflict" else "cell"),
                _p(_decision(plan, change)),
            ]
        )
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle([*table_style(), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    return table


def _values_table(plan: ReviewPlan, change: Change, width: float) -> Table:
    """A correction's three values side by side; an addition's values alone."""
    label_width = 30 * mm
    three = any(d.base or d.current for d in change.details)
    heads = ["", _("In the copy"), _("In your chart now")] if three else [""]
    heads.append(_("{steward} says").format(steward=plan.steward))
    rest = (width - label_width) / (len(heads) - 1)
    rows: list[list[object]] = [[_p(h, "cell_head") for h in heads]]
    for d in change.details:
        values = [d.base, d.current, d.proposed] if three else [d.proposed]
        rows.append([_p(d.label, "cell_bold"), *(_p(v) for v in values)])
    widths = [label_width] + [rest] * (len(heads) - 1)
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle([*table_style(), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    return table


def _story(plan: ReviewPlan, width: float) -> list[Flowable]:
    styles = paragraph_styles()
    counts = plan.counts()
    said = [f"{n} {_(STATE_WORDS.get(s, s))}" for s, n in sorted(counts.items())]
    verdicts = list(plan.decisions.values())
    reviewed = (
        _("Reviewed {fmt_date}: {count} accepted, {count2} declined.").format(
          fmt_date=fmt_date(plan.reviewed.date()),
          count=verdicts.count('accepted'),
          count2=verdicts.count('declined'))
        if plan.reviewed is not None
        else _("Not reviewed yet: nothing from it is in the chart.")
    )
    story: list[Flowable] = [
        Para(_("FIELD REPORT FOR REVIEW"), styles["kicker"]),
        Para(_("From {steward}").format(steward=plan.steward), styles["title"]),
        Para(
            ngettext("Written {fmt_date}, taken in {fmt_date2} · {n} change: ",
                     "Written {fmt_date}, taken in {fmt_date2} · {n} changes: ",
                     len(plan.changes)).format(
              fmt_date=fmt_date(plan.created.date()),
              fmt_date2=fmt_date(plan.received.date()),
              n=len(plan.changes)) + (", ".join(said) or "none"),
            styles["subtitle"],
        ),
        Para(reviewed, styles["body"]),
        Para(
            _("One-on-ones, assessments and notes are history: accepted, they stand beside the "
            "chart's own entries, each with its author and date. A declined change goes back to "
            "the steward in their next copy, marked declined."),
            styles["note"],
        ),
        Spacer(1, 6),
        _changes_table(plan, width),
    ]
    valued = [c for c in plan.changes if c.details]
    if valued:
        story.append(Para(_("What each change brings"), styles["h2"]))
    for change in valued:
        story.append(Para(f"{change.number}. {change.what}: {change.subject}", styles["h3"]))
        story.append(_values_table(plan, change, width))
    return story


def build_review_sheet(
    plan: ReviewPlan,
    out: BinaryIO | Path | str,
    *,
    paper: str = "A4",
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> DocumentInfo:
    """Build the review sheet of one report into ``out`` (a stream, or a path written
    atomically)."""
    width = page_size(paper)[0] - 2 * MARGIN
    pdf, pages = render_story(
        _story(plan, width),
        paper=paper,
        title=_("Field report for review"),
        footer=Footer(
            left=_("Field report from {steward}").format(steward=plan.steward), centre=_(NAMES_NOTE)
        ),
        progress=progress,
        cancelled=cancelled,
    )
    deliver(pdf, out)
    return DocumentInfo(pages=pages, personal_data="names", personal_kinds=("names",))
