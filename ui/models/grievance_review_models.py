"""Qt models of the committee's grievance review: the rows of ``GrievanceFigures``.

Owns ``OpenCasesModel`` (the open cases, next deadline first; an overdue or due-soon row is
marked by words, an icon and colour at once, as the case list does), ``CountsModel`` (open cases
by one grouping: steward, step, area or article), ``ClosedCasesModel``, ``OutcomesModel`` (win
rate and days to resolution by type or article) and ``MonthsModel`` (the trend). They are short
read-only lists over ``RowListModel``; ``SORT_ROLE`` gives native values and ``ID_ROLE`` the
case's id where a row is a case.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex

from forum_kit.reports.grievance_data import OUTCOME_WORDS, type_words
from forum_kit.reports.styles import MONTHS
from ui.models.grievance_models import STATUS_TEXT, DeadlinesModel
from ui.models.roles import ALIGN, ALIGN_RIGHT, DISPLAY
from ui.models.row_list_model import ListColumn, RowListModel, plain_text


def _type(value: object) -> str:
    return type_words(str(value)) if value else ""


def _rate(value: object) -> str:
    return "" if value is None else f"{float(value) * 100:.0f}%"  # type: ignore[arg-type]


def _days(value: object) -> str:
    return "" if value is None else f"{float(value):.0f}"  # type: ignore[arg-type]


def _month(value: Any) -> str:
    return f"{MONTHS[value.month - 1]} {value.year}" if value is not None else ""


class _Numbers(RowListModel):
    """Right-aligns the columns after the first: they are counts and rates."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if role == ALIGN and index.isValid() and index.column() > 0:
            return ALIGN_RIGHT
        return super().data(index, role)


class OpenCasesModel(DeadlinesModel):
    """``OpenCaseRow``s, as ``grievance_figures`` orders them (overdue on top); marked as the
    case's open deadlines are (``DeadlinesModel``)."""

    columns = (
        ListColumn("Next deadline", "next_deadline"),
        ListColumn("", "status", lambda v: STATUS_TEXT.get(str(v), "") if v else ""),
        ListColumn("What is due", "deadline_what"),
        ListColumn("Case", "number"),
        ListColumn("Title", "title"),
        ListColumn("Type", "grievance_type", _type),
        ListColumn("Step", "step_name"),
        ListColumn("Steward", "steward"),
        ListColumn("Area", "area"),
        ListColumn("Article", "article"),
        ListColumn("Grievants", "grievants"),
    )
    # the status colours, words and icon of the case's open deadlines
    id_attr = "grievance_id"


class CountsModel(_Numbers):
    """``CountRow``s of one grouping; the first column's header names it."""

    def __init__(self, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ListColumn(label, "label"),
            ListColumn("Open", "open"),
            ListColumn("Overdue", "overdue", lambda v: str(v) if v else "\u2014"),
        )


class ClosedCasesModel(RowListModel):
    columns = (
        ListColumn("Closed", "closed_on"),
        ListColumn("Outcome", "outcome", lambda v: OUTCOME_WORDS.get(str(v), plain_text(v))),
        ListColumn("Case", "number"),
        ListColumn("Title", "title"),
        ListColumn("Type", "grievance_type", _type),
        ListColumn("Article", "article"),
        ListColumn("First filed", "started_on"),
        ListColumn("Days", "days"),
        ListColumn("Grievants", "grievants"),
    )
    id_attr = "grievance_id"


class OutcomesModel(_Numbers):
    """``OutcomeRow``s: cases closed in the period under a type or an article."""

    def __init__(self, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ListColumn(label, "label"),
            ListColumn("Closed", "closed"),
            ListColumn("Won", "won"),
            ListColumn("Settled", "settled"),
            ListColumn("Withdrawn", "withdrawn"),
            ListColumn("Lost", "lost"),
            ListColumn("Lapsed", "lapsed"),
            ListColumn("Win rate", "win_rate", _rate),
            ListColumn("Median days", "median_days", _days),
            ListColumn("Mean days", "mean_days", _days),
        )

    id_attr = "label"


class MonthsModel(_Numbers):
    columns = (
        ListColumn("Month", "month", _month),
        ListColumn("Opened", "opened"),
        ListColumn("Closed", "closed"),
        ListColumn("Won", "won"),
        ListColumn("Open at the month's end", "open_at_end"),
    )
    id_attr = "month"


__all__ = ["ClosedCasesModel", "CountsModel", "MonthsModel", "OpenCasesModel", "OutcomesModel"]
