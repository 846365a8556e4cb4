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

from PySide6.QtCore import QT_TR_NOOP, QLocale, QModelIndex, QObject, QPersistentModelIndex

from forum_kit.reports.grievance_data import outcome_words, type_words
from ui.i18n import shown
from ui.models.grievance_models import STATUS_TEXT, DeadlinesModel
from ui.models.roles import ALIGN, ALIGN_RIGHT, DISPLAY
from ui.models.row_list_model import ListColumn, RowListModel
from ui.widgets.locale_text import number_text, pct_text


def _type(value: object) -> str:
    return type_words(str(value)) if value else ""


def _rate(value: object) -> str:
    return "" if value is None else pct_text(float(value) * 100)  # type: ignore[arg-type]


def _days(value: object) -> str:
    return "" if value is None else number_text(float(value))  # type: ignore[arg-type]


def _outcome(value: object) -> str:
    return outcome_words(str(value)) if value else ""


def _month(value: Any) -> str:
    if value is None:
        return ""
    name = QLocale().standaloneMonthName(value.month, QLocale.FormatType.ShortFormat)
    return f"{name} {value.year}"


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
        ListColumn(QT_TR_NOOP("Next deadline"), "next_deadline"),
        ListColumn("", "status", lambda v: shown(STATUS_TEXT.get(str(v), "")) if v else ""),
        ListColumn(QT_TR_NOOP("What is due"), "deadline_what"),
        ListColumn(QT_TR_NOOP("Case"), "number"),
        ListColumn(QT_TR_NOOP("Title"), "title"),
        ListColumn(QT_TR_NOOP("Type"), "grievance_type", _type),
        ListColumn(QT_TR_NOOP("Step"), "step_name"),
        ListColumn(QT_TR_NOOP("Steward"), "steward"),
        ListColumn(QT_TR_NOOP("Area"), "area"),
        ListColumn(QT_TR_NOOP("Article"), "article"),
        ListColumn(QT_TR_NOOP("Grievants"), "grievants"),
    )
    # the status colours, words and icon of the case's open deadlines
    id_attr = "grievance_id"


class CountsModel(_Numbers):
    """``CountRow``s of one grouping; the first column's header names it."""

    def __init__(self, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ListColumn(label, "label"),
            ListColumn(QT_TR_NOOP("Open"), "open"),
            ListColumn(QT_TR_NOOP("Overdue"), "overdue", lambda v: str(v) if v else "\u2014"),
        )


class ClosedCasesModel(RowListModel):
    columns = (
        ListColumn(QT_TR_NOOP("Closed"), "closed_on"),
        ListColumn(QT_TR_NOOP("Outcome"), "outcome", _outcome),
        ListColumn(QT_TR_NOOP("Case"), "number"),
        ListColumn(QT_TR_NOOP("Title"), "title"),
        ListColumn(QT_TR_NOOP("Type"), "grievance_type", _type),
        ListColumn(QT_TR_NOOP("Article"), "article"),
        ListColumn(QT_TR_NOOP("First filed"), "started_on"),
        ListColumn(QT_TR_NOOP("Days"), "days"),
        ListColumn(QT_TR_NOOP("Grievants"), "grievants"),
    )
    id_attr = "grievance_id"


class OutcomesModel(_Numbers):
    """``OutcomeRow``s: cases closed in the period under a type or an article."""

    def __init__(self, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            ListColumn(label, "label"),
            ListColumn(QT_TR_NOOP("Closed"), "closed"),
            ListColumn(QT_TR_NOOP("Won"), "won"),
            ListColumn(QT_TR_NOOP("Settled"), "settled"),
            ListColumn(QT_TR_NOOP("Withdrawn"), "withdrawn"),
            ListColumn(QT_TR_NOOP("Lost"), "lost"),
            ListColumn(QT_TR_NOOP("Lapsed"), "lapsed"),
            ListColumn(QT_TR_NOOP("Win rate"), "win_rate", _rate),
            ListColumn(QT_TR_NOOP("Median days"), "median_days", _days),
            ListColumn(QT_TR_NOOP("Mean days"), "mean_days", _days),
        )

    id_attr = "label"


class MonthsModel(_Numbers):
    columns = (
        ListColumn(QT_TR_NOOP("Month"), "month", _month),
        ListColumn(QT_TR_NOOP("Opened"), "opened"),
        ListColumn(QT_TR_NOOP("Closed"), "closed"),
        ListColumn(QT_TR_NOOP("Won"), "won"),
        ListColumn(QT_TR_NOOP("Open at the month's end"), "open_at_end"),
    )
    id_attr = "month"


__all__ = ["ClosedCasesModel", "CountsModel", "MonthsModel", "OpenCasesModel", "OutcomesModel"]
