"""``GrowthChart``: a QtCharts line chart of one growth figure per area over weekly points.

Owns drawing ``forum_kit.growth.growth_series`` output: one line per compared area, each with its
own colour AND pen style (solid, dash, dot, dash-dot…) so areas stay apart without colour, at
most ``MAX_AREAS`` of them (the palette fades and the legend overflows beyond that). For
committee members the 1:10 target of each area is not another line but a row of small, pale
diamonds in the area's colour, labelled "1:10 target" at its right end and explained in the
title; the legend lists the areas only, each with its own line, so a target cannot be taken for
an area whose line is dashed. Areas are named by their whole path when the page gives it. An
area's series starts at the first week anyone worked there: a new vault's chart begins where its
data begins instead of drawing 0 % for the months before. The x axis is a ``QDateTimeAxis`` with
a bounded tick count (QtCharts truncates 52 week labels to "…"). ``points(name)`` returns a
series' (date, value) pairs for tests and checks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QT_TR_NOOP, QDateTime, Qt, QTime
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ui.editors.common import to_qdate
from ui.i18n import shown

MAX_AREAS = 8
# Okabe-Ito colours (distinguishable with common colour blindness) plus a dark grey.
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000",
           "#7f7f7f")
STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine,
          Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine, Qt.PenStyle.SolidLine,
          Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)

# figure key -> (label, attribute of AreaFigures, is a percentage)
METRICS: dict[str, tuple[str, str, bool]] = {
    "supporters": (QT_TR_NOOP("Supporters %"), "supporters_pct", True),
    "assessed": (QT_TR_NOOP("Assessed %"), "assessed_pct", True),
    "committee": (QT_TR_NOOP("Committee members (◆ 1:10 target)"), "committee_members", False),
    "one_on_ones": (QT_TR_NOOP("One-on-ones in the last 90 days"), "one_on_ones_90d", False),
    "last_test": (QT_TR_NOOP("Last structure test: participation %"), "last_test_pct", True),
}
TARGET_SUFFIX = QT_TR_NOOP(" — 1:10 target")
TARGET_LABEL = QT_TR_NOOP("1:10 target")
LINE_WIDTH = 2.4
TARGET_SIZE = 7.0  # the diamonds' size in pixels: smaller than a line is thick is unreadable


def _msecs(day: dt.date) -> float:
    return float(QDateTime(to_qdate(day), QTime(12, 0)).toMSecsSinceEpoch())


def with_people(figures: Sequence[Any]) -> list[Any]:
    """The figures from the first week anyone worked in the area (none: an empty list)."""
    for i, f in enumerate(figures):
        if f.headcount:
            return list(figures[i:])
    return []


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
        series.setPen(pen)
        return self._add(chart, series, name, values)

    def _add(self, chart: QChart, series: QXYSeries, name: str,
             values: Sequence[tuple[dt.date, float]]) -> QXYSeries:
        series.setName(name)
        for day, value in values:
            series.append(_msecs(day), float(value))
        chart.addSeries(series)
        self._points[name] = list(values)
        return series

    def _target(self, chart: QChart, name: str, values: Sequence[tuple[dt.date, float]],
                colour: QColor) -> list[QXYSeries]:
        """An area's 1:10 target: pale diamonds and, at the right end, the words."""
        dots = QScatterSeries()
        dots.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle)
        dots.setMarkerSize(TARGET_SIZE)
        pale = QColor(colour)
        pale.setAlpha(110)
        dots.setColor(pale)
        dots.setBorderColor(colour)
        drawn = [self._add(chart, dots, name + shown(TARGET_SUFFIX), values)]
        chart.legend().markers(dots)[0].setVisible(False)  # the legend is for the areas
        if values:
            label = QScatterSeries()
            label.setMarkerSize(1.0)
            label.setColor(QColor(0, 0, 0, 0))
            label.setBorderColor(QColor(0, 0, 0, 0))
            label.setPointLabelsVisible(True)
            label.setPointLabelsColor(colour)
            label.setPointLabelsFormat(shown(TARGET_LABEL))
            label.setPointLabelsClipping(False)  # the words stand past the last week
            day, value = values[-1]
            label.append(_msecs(day), float(value))
            chart.addSeries(label)
            chart.legend().markers(label)[0].setVisible(False)
            drawn.append(label)
        return drawn

    def set_series(self, series: Mapping[int, Sequence[Any]], metric: str,
                   names: Mapping[int, str] | None = None) -> None:
        """Draw ``metric`` for each area's figures (``growth_series`` output, same dates);
        ``names`` gives areas' whole paths (else their own names)."""
        if metric not in METRICS:
            raise ValueError(metric)
        self.current_metric = metric
        label, attr, is_pct = METRICS[metric]
        chart = QChart()
        chart.setTitle(shown(label))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        # each area's own line (colour and dashes) in the legend, not a square of its colour
        chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        self._points = {}
        lines: list[QXYSeries] = []
        top = 0.0
        first: dt.date | None = None
        last: dt.date | None = None
        for i, (area_id, all_figures) in enumerate(list(series.items())[:MAX_AREAS]):
            figures = with_people(all_figures)
            if not figures:
                continue
            name = (names or {}).get(area_id) or figures[0].area_name
            values = [(f.as_of, getattr(f, attr)) for f in figures if getattr(f, attr) is not None]
            colour = QColor(COLOURS[i % len(COLOURS)])
            pen = QPen(colour)
            pen.setWidthF(LINE_WIDTH)
            pen.setStyle(STYLES[i % len(STYLES)])
            lines.append(self._line(chart, name, values, pen))
            top = max([top, *(v for _d, v in values)])
            first = figures[0].as_of if first is None else min(first, figures[0].as_of)
            last = figures[-1].as_of if last is None else max(last, figures[-1].as_of)
            if metric == "committee":
                target = [(f.as_of, float(f.target_members)) for f in figures]
                lines += self._target(chart, name, target, colour)
                top = max([top, *(v for _d, v in target)])
        if not lines and series:
            chart.setTitle(self.tr("{label}: nobody works in these areas yet").format(
                label=shown(label)))
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM yy")
        y_axis = QValueAxis()
        y_axis.setLabelFormat("%.0f")
        if is_pct:
            y_axis.setRange(0, 100)
        else:
            y_axis.setRange(0, max(1.0, top * 1.15))
            y_axis.applyNiceNumbers()  # people are counted in whole, round steps
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
