"""``GrowthChart``: a QtCharts line chart of one growth figure per area over weekly points.

Owns drawing ``forum_kit.growth.growth_series`` output: one line per compared area, each with its
own colour AND pen style (solid, dash, dot, dash-dot…) so areas stay apart without colour, at
most ``MAX_AREAS`` of them (the palette fades and the legend overflows beyond that). For
committee members the 1:10 target of each area is drawn as a dashed, thinner line of the same
colour. The x axis is a ``QDateTimeAxis`` with a bounded tick count (QtCharts truncates 52 week
labels to "…"). ``points(name)`` returns a series' (date, value) pairs for tests and checks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ui.editors.common import to_qdate

MAX_AREAS = 8
# Okabe-Ito colours (distinguishable with common colour blindness) plus a dark grey.
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
           "#7f7f7f")
STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
          Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine, Qt.PenStyle.SolidLine,
          Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)

# figure key -> (label, attribute of AreaFigures, is a percentage)
METRICS: dict[str, tuple[str, str, bool]] = {
    "supporters": ("Supporters %", "supporters_pct", True),
    "assessed": ("Assessed %", "assessed_pct", True),
    "committee": ("Committee members (dashed: 1:10 target)", "committee_members", False),
    "one_on_ones": ("One-on-ones in the last 90 days", "one_on_ones_90d", False),
    "last_test": ("Last structure test: participation %", "last_test_pct", True),
}
TARGET_SUFFIX = " target"


def _msecs(day: dt.date) -> float:
    return float(QDateTime(to_qdate(day), QTime(12, 0)).toMSecsSinceEpoch())


class GrowthChart(QChartView):
    """Chart of one metric for up to ``MAX_AREAS`` areas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(self.tr("Growth chart"))
        self.setMinimumHeight(260)
        self.current_metric = "supporters"
        self._points: dict[str, list[tuple[dt.date, float]]] = {}
        self.setChart(QChart())
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def clear(self) -> None:
        self._points = {}
        self.setChart(QChart())

    def series_names(self) -> list[str]:
        return list(self._points)

    def points(self, name: str) -> list[tuple[dt.date, float]]:
        return list(self._points.get(name, []))

    def _line(self, chart: QChart, name: str, values: Sequence[tuple[dt.date, float]],
              pen: QPen) -> QLineSeries:
        series = QLineSeries()
        series.setName(name)
        series.setPen(pen)
        for day, value in values:
            series.append(_msecs(day), float(value))
        chart.addSeries(series)
        self._points[name] = list(values)
        return series

    def set_series(self, series: Mapping[int, Sequence[Any]], metric: str) -> None:
        """Draw ``metric`` for each area's figures (``growth_series`` output, same dates)."""
        if metric not in METRICS:
            raise ValueError(metric)
        self.current_metric = metric
        label, attr, is_pct = METRICS[metric]
        chart = QChart()
        chart.setTitle(self.tr(label))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._points = {}
        lines: list[QLineSeries] = []
        top = 0.0
        first: dt.date | None = None
        last: dt.date | None = None
        for i, (_area_id, figures) in enumerate(list(series.items())[:MAX_AREAS]):
            if not figures:
                continue
            name = figures[0].area_name
            values = [(f.as_of, getattr(f, attr)) for f in figures if getattr(f, attr) is not None]
            pen = QPen(QColor(COLOURS[i % len(COLOURS)]))
            pen.setWidthF(2.4)
            pen.setStyle(STYLES[i % len(STYLES)])
            lines.append(self._line(chart, name, values, pen))
            top = max([top, *(v for _d, v in values)])
            first = figures[0].as_of if first is None else min(first, figures[0].as_of)
            last = figures[-1].as_of if last is None else max(last, figures[-1].as_of)
            if metric == "committee":
                target = [(f.as_of, float(f.target_members)) for f in figures]
                dashed = QPen(QColor(COLOURS[i % len(COLOURS)]))
                dashed.setWidthF(1.2)
                dashed.setStyle(Qt.PenStyle.DashLine)
                lines.append(self._line(chart, name + TARGET_SUFFIX, target, dashed))
                top = max([top, *(v for _d, v in target)])
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM yy")
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%.0f")
        if is_pct:
            y_axis.setRange(0, 100)
        else:
            y_axis.setRange(0, max(1.0, top * 1.15))
        if first is not None and last is not None:
            weeks = max(1, (last - first).days // 7)
            x_axis.setTickCount(min(8, weeks + 1) if weeks >= 1 else 2)
            x_axis.setRange(QDateTime(to_qdate(first), QTime(0, 0)),
                            QDateTime(to_qdate(last), QTime(23, 59)))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for line in lines:
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
