"""``GrievanceChart``: the committee's grievance figures as a QtCharts chart.

Owns drawing one figure of a ``GrievanceSummary``: the month-by-month trend (cases opened and
closed as bars, open at each month's end as a line), the win rate by type or by contract article
(bars, %), or the median days to resolution by type. Bars carry their values as labels and the
two bar sets differ in pattern as well as colour, so the chart reads without colour. ``values()``
returns what is drawn, by series name, for tests and checks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TR_NOOP, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ui.i18n import shown

# figure key -> label shown in the picker
FIGURES: dict[str, str] = {
    "trend": QT_TR_NOOP("Cases by month: opened, closed, open at the month's end"),
    "win_type": QT_TR_NOOP("Win rate by type of grievance"),
    "win_article": QT_TR_NOOP("Win rate by contract article"),
    "days_type": QT_TR_NOOP("Median days to resolution by type"),
}
MAX_BARS = 12


def _short_month(month: int) -> str:
    return QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)
OPENED = QColor("#56B4E9")
CLOSED = QColor("#0072B2")
LINE = QColor("#D55E00")


class GrievanceChart(QChartView):
    """One figure of the committee's grievance review."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Grievance chart"))
        self.setMinimumHeight(240)
        self.current = "trend"
        self._values: dict[str, list[tuple[str, float]]] = {}
        self.setChart(QChart())

    def clear(self) -> None:
        self._values = {}
        self._replace(QChart())

    def values(self) -> dict[str, list[tuple[str, float]]]:
        return {k: list(v) for k, v in self._values.items()}

    def _replace(self, chart: QChart) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def show_figure(self, summary: Any, figure: str) -> None:
        """Draw ``figure`` (a key of ``FIGURES``) of ``summary`` (a ``GrievanceSummary``)."""
        if figure not in FIGURES:
            raise ValueError(figure)
        self.current = figure
        self._values = {}
        chart = QChart()
        chart.setTitle(shown(FIGURES[figure]))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if figure == "trend":
            self._trend(chart, summary.trend)
        elif figure == "win_type":
            self._bars(
                chart,
                [(r.label, (r.win_rate or 0) * 100) for r in summary.by_type],
                self.tr("Won, % of the cases closed"),
                percent=True,
            )
        elif figure == "win_article":
            rows = sorted(summary.by_article, key=lambda r: -r.closed)[:MAX_BARS]
            self._bars(
                chart,
                [(r.label, (r.win_rate or 0) * 100) for r in rows],
                self.tr("Won, % of the cases closed"),
                percent=True,
            )
        else:
            self._bars(
                chart,
                [(r.label, r.median_days or 0.0) for r in summary.by_type],
                self.tr("Median days from the first filing to the outcome"),
            )
        self._replace(chart)

    def _trend(self, chart: QChart, months: Any) -> None:
        labels = [f"{_short_month(m.month.month)} {m.month.year % 100:02d}" for m in months]
        bars = QBarSeries()
        top = 1.0
        for name, attr, colour, pattern in (
            (self.tr("Opened"), "opened", OPENED, Qt.BrushStyle.SolidPattern),
            (self.tr("Closed"), "closed", CLOSED, Qt.BrushStyle.Dense3Pattern),
        ):
            bar_set = QBarSet(name)
            bar_set.setBrush(QBrush(colour, pattern))
            bar_set.setPen(QPen(QColor("#333333")))
            values = [float(getattr(m, attr)) for m in months]
            bar_set.append(values)
            bars.append(bar_set)
            self._values[name] = list(zip(labels, values, strict=True))
            top = max([top, *values])
        # no labels on the bars: a year of small bars is crowded (the months table has the
        # numbers); the line's points carry theirs
        chart.addSeries(bars)
        line = QLineSeries()
        line.setName(self.tr("Open at the month's end"))
        pen = QPen(LINE)
        pen.setWidthF(2.4)
        pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        line.setPointsVisible(True)
        line.setPointLabelsVisible(True)
        line.setPointLabelsFormat("@yPoint")
        for i, m in enumerate(months):
            line.append(float(i), float(m.open_at_end))
        self._values[line.name()] = [
            (label, float(m.open_at_end)) for label, m in zip(labels, months, strict=True)
        ]
        top = max([top, *(float(m.open_at_end) for m in months)])
        chart.addSeries(line)
        x_axis = QBarCategoryAxis()
        x_axis.append(labels)
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%.0f")
        y_axis.setRange(0, top * 1.15)
        y_axis.applyNiceNumbers()
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (bars, line):
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)

    def _bars(
        self, chart: QChart, rows: list[tuple[str, float]], name: str, *, percent: bool = False
    ) -> None:
        rows = list(reversed(rows))  # horizontal bars draw bottom-up; keep the table's order
        series = QHorizontalBarSeries()
        bar_set = QBarSet(name)
        bar_set.setBrush(QBrush(CLOSED))
        bar_set.append([v for _label, v in rows])
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%" if percent else "@value")
        series.setLabelsPrecision(3)
        chart.addSeries(series)
        self._values[name] = list(reversed(rows))
        y_axis = QBarCategoryAxis()
        y_axis.append([label for label, _v in rows] or [""])
        x_axis = QValueAxis()
        x_axis.setLabelFormat("%.0f")
        top = max([v for _label, v in rows], default=0.0)
        x_axis.setRange(0, 100 if percent else max(1.0, top * 1.15))
        if not percent:
            x_axis.applyNiceNumbers()
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(y_axis)
        series.attachAxis(x_axis)
        chart.legend().setVisible(False)


__all__ = ["FIGURES", "GrievanceChart"]
