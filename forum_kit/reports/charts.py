"""Drawings for documents: the committee-growth chart of an area and the leaflet pictograms.

This module owns every ``reportlab.graphics`` drawing. Charts are made of plain shapes (Line,
PolyLine, Rect, String) rather than ReportLab's chart widgets: the widgets validate every
attribute and made a 200-area pack three times slower (PERFORMANCE.md). Everything is grey and
readable on a photocopy: lines differ by weight and dash as well as shade, and values are written
at the line ends instead of in a colour legend.
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import (
    Circle,
    Drawing,
    Group,
    Line,
    Path,
    Polygon,
    PolyLine,
    Rect,
    String,
    Wedge,
)

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _
from forum_kit.reports.data import GrowthSeries
from forum_kit.reports.fonts import SANS, SANS_BOLD
from forum_kit.reports.styles import DARK, INK, LIGHT, MID, PALE, WASH, WHITE, fmt_short_date

_LABEL_SIZE = 8.0
_TITLE_SIZE = 8.0


def _nice_step(top: float, ticks: int = 4, *, integer: bool = False) -> float:
    raw = max(top, 1) / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    # Counts of people take whole-number ticks: 2.5 would print as a rounded, wrong label.
    factors = (1, 2, 5, 10) if integer else (1, 2, 2.5, 5, 10)
    for factor in factors:
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _label_positions(n: int, most: int = 6) -> list[int]:
    if n <= most:
        return list(range(n))
    step = math.ceil((n - 1) / (most - 1))
    picks = list(range(0, n, step))
    if picks[-1] != n - 1:
        # The last week matters most; drop the pick that would crowd it.
        if n - 1 - picks[-1] < step / 2:
            picks.pop()
        picks.append(n - 1)
    return picks


def _end_labels(items: list[tuple[float, str, bool]], x: float, low: float, high: float,
                gap: float = 8.5) -> list[String]:
    """Place value labels at the right end of lines without overlapping each other."""
    items = sorted(items, key=lambda t: t[0])
    ys: list[float] = []
    for y, _text, _bold in items:
        y = max(low, min(high, y - 2.5))
        if ys and y < ys[-1] + gap:
            y = ys[-1] + gap
        ys.append(y)
    overflow = ys[-1] - high if ys else 0
    if overflow > 0:
        ys = [y - overflow for y in ys]
    return [
        String(x, y, text, fontName=SANS_BOLD if bold else SANS, fontSize=_LABEL_SIZE,
               fillColor=INK)
        for y, (_y, text, bold) in zip(ys, items, strict=True)
    ]


def _frame(group: Group, x0: float, y0: float, w: float, h: float, top: float, step: float,
           fmt: str) -> None:
    # Grid lines go in one path: a pack draws hundreds of charts, and each shape costs a
    # graphics-state round trip in the renderer.
    grid = Path(strokeColor=PALE, strokeWidth=0.5, fillColor=None)
    value = step
    while value <= top + 1e-9:
        y = y0 + h * value / top
        grid.moveTo(x0, y)
        grid.lineTo(x0 + w, y)
        value += step
    group.add(grid)
    group.add(Line(x0, y0, x0 + w, y0, strokeColor=MID, strokeWidth=0.6))
    value = 0.0
    while value <= top + 1e-9:
        group.add(String(x0 - 3, y0 + h * value / top - 2.4, fmt.format(value), fontName=SANS,
                         fontSize=_LABEL_SIZE, fillColor=DARK, textAnchor="end"))
        value += step


def _x_axis(group: Group, weeks: tuple, xs: list[float], y0: float) -> None:
    ticks = Path(strokeColor=MID, strokeWidth=0.5, fillColor=None)
    # a date label at 8 pt takes about 34 points: as many as fit without touching
    room = (xs[-1] - xs[0]) if len(xs) > 1 else 0
    for i in _label_positions(len(weeks), max(2, min(6, int(room // 40) + 1))):
        ticks.moveTo(xs[i], y0)
        ticks.lineTo(xs[i], y0 - 2.5)
        group.add(String(xs[i], y0 - 10, fmt_short_date(weeks[i]), fontName=SANS,
                         fontSize=_LABEL_SIZE, fillColor=DARK, textAnchor="middle"))
    group.add(ticks)


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    # The renderer starts every drawing in Helvetica, which would then be listed in the PDF
    # without being embedded; start in the bundled font instead.
    drawing.initialFontName = SANS
    return drawing


def growth_chart(series: GrowthSeries, width: float, height: float = 150) -> Drawing:
    """Two panels side by side: support and assessment (%), and committee size against target."""
    drawing = _drawing(width, height)
    n = len(series.weeks)
    if n == 0:
        drawing.add(Rect(0, 0, width, height, fillColor=WASH, strokeColor=LIGHT,
                         strokeWidth=0.5))
        drawing.add(String(width / 2, height / 2, _("No weekly history yet"), fontName=SANS,
                           fontSize=9, fillColor=DARK, textAnchor="middle"))
        return drawing

    gutter = 20
    panel = (width - gutter) / 2
    left_pad, right_pad, bottom_pad, top_pad = 26, 62, 16, 16
    plot_w = panel - left_pad - right_pad
    plot_h = height - bottom_pad - top_pad

    def xs_for(x0: float) -> list[float]:
        if n == 1:
            return [x0 + plot_w / 2]
        return [x0 + plot_w * i / (n - 1) for i in range(n)]

    # Panel 1: percentages of headcount.
    g1 = Group()
    x0, y0 = left_pad, bottom_pad
    g1.add(String(0, height - 9, _("Supporters and assessed, % of headcount"),
                  fontName=SANS_BOLD,
                  fontSize=_TITLE_SIZE, fillColor=INK))
    _frame(g1, x0, y0, plot_w, plot_h, 100, 25, "{:.0f}%")
    xs = xs_for(x0)
    _x_axis(g1, series.weeks, xs, y0)

    def ys(values: tuple[float, ...], top: float) -> list[float]:
        return [y0 + plot_h * v / top for v in values]

    ya = ys(series.assessed_pct, 100)
    yb = ys(series.supporters_pct, 100)
    if n == 1:
        g1.add(Rect(xs[0] - 2.5, ya[0] - 2.5, 5, 5, fillColor=WHITE, strokeColor=MID,
                    strokeWidth=1))
        g1.add(Rect(xs[0] - 2.5, yb[0] - 2.5, 5, 5, fillColor=INK, strokeColor=INK))
    else:
        g1.add(PolyLine([c for p in zip(xs, ya, strict=True) for c in p], strokeColor=MID,
                        strokeWidth=1.3, strokeDashArray=[3, 2]))
        g1.add(PolyLine([c for p in zip(xs, yb, strict=True) for c in p], strokeColor=INK,
                        strokeWidth=1.8))
    end_x = xs[-1] + 4
    for label in _end_labels(
        [(ya[-1], _("Assessed {pct:.0f}%").format(pct=series.assessed_pct[-1]), False),
         (yb[-1], _("Supporters {pct:.0f}%").format(pct=series.supporters_pct[-1]), True)],
        end_x, y0, y0 + plot_h,
    ):
        g1.add(label)
    drawing.add(g1)

    # Panel 2: committee members (bars) against the one-to-ten target (dashed steps).
    g2 = Group()
    g2.transform = (1, 0, 0, 1, panel + gutter, 0)
    g2.add(String(0, height - 9, _("Committee members against the 1:10 target"),
                  fontName=SANS_BOLD, fontSize=_TITLE_SIZE, fillColor=INK))
    if series.counts_hidden:
        # A count of a few people can point at them (the small-numbers rule): not drawn.
        g2.add(Rect(x0, y0, plot_w, plot_h, fillColor=WASH, strokeColor=LIGHT, strokeWidth=0.5))
        g2.add(String(x0 + plot_w / 2, y0 + plot_h / 2, _("Small numbers: not printed"),
                      fontName=SANS, fontSize=8, fillColor=DARK, textAnchor="middle"))
        drawing.add(g2)
        return drawing
    top_value = max(max(series.committee_members), max(series.target_members), 1)
    step = max(1.0, _nice_step(top_value * 1.1, integer=True))
    top = step * math.ceil(top_value * 1.1 / step)
    _frame(g2, x0, y0, plot_w, plot_h, top, step, "{:.0f}")
    slot = plot_w / n
    bar_w = max(1.0, min(14.0, slot * 0.7))
    bar_xs = [x0 + slot * (i + 0.5) for i in range(n)]
    bars = Path(fillColor=LIGHT, strokeColor=DARK, strokeWidth=0.4)
    for bx, members in zip(bar_xs, series.committee_members, strict=True):
        if members > 0:
            left, right, high = bx - bar_w / 2, bx + bar_w / 2, y0 + plot_h * members / top
            bars.moveTo(left, y0)
            bars.lineTo(left, high)
            bars.lineTo(right, high)
            bars.lineTo(right, y0)
            bars.closePath()
    g2.add(bars)
    _x_axis(g2, series.weeks, bar_xs, y0)
    steps: list[float] = []
    for i, target in enumerate(series.target_members):
        ty = y0 + plot_h * target / top
        steps += [x0 + slot * i, ty, x0 + slot * (i + 1), ty]
    g2.add(PolyLine(steps, strokeColor=INK, strokeWidth=1.2, strokeDashArray=[4, 2]))
    for label in _end_labels(
        [(y0 + plot_h * series.target_members[-1] / top,
          _("Target {n}").format(n=series.target_members[-1]), True),
         (y0 + plot_h * series.committee_members[-1] / top,
          _("Committee {n}").format(n=series.committee_members[-1]), False)],
        x0 + plot_w + 4, y0, y0 + plot_h,
    ):
        g2.add(label)
    drawing.add(g2)
    return drawing


# Pictograms are drawn on a 100 x 100 grid, then scaled: thick dark outlines, pale fills.
_STROKE = INK
_FILL = PALE
_W = 3.2


def _poly(points: list[float], fill: object = _FILL) -> Polygon:
    return Polygon(points, fillColor=fill, strokeColor=_STROKE, strokeWidth=_W,
                   strokeLineJoin=1)


def _rrect(x: float, y: float, w: float, h: float, r: float, fill: object = _FILL) -> Rect:
    return Rect(x, y, w, h, rx=r, ry=r, fillColor=fill, strokeColor=_STROKE, strokeWidth=_W)


def _arc(cx: float, cy: float, r: float, start: float, end: float, width: float = _W) -> PolyLine:
    pts: list[float] = []
    for k in range(17):
        a = math.radians(start + (end - start) * k / 16)
        pts += [cx + r * math.cos(a), cy + r * math.sin(a)]
    return PolyLine(pts, strokeColor=_STROKE, strokeWidth=width, strokeLineCap=1)


def _megaphone(g: Group) -> None:
    g.add(_poly([30, 36, 34, 18, 42, 18, 40, 40], fill=LIGHT))
    g.add(_rrect(12, 40, 14, 20, 3, fill=LIGHT))
    g.add(_poly([26, 38, 66, 16, 66, 84, 26, 62]))
    g.add(_rrect(64, 14, 8, 72, 3, fill=LIGHT))
    for r in (12, 21, 30):
        g.add(_arc(72, 50, r, -38, 38, width=_W * 0.9))


def _clock(g: Group) -> None:
    g.add(Circle(50, 50, 42, fillColor=WASH, strokeColor=_STROKE, strokeWidth=_W * 1.3))
    for k in range(12):
        a = math.radians(90 - 30 * k)
        inner = 33 if k % 3 else 29
        g.add(Line(50 + inner * math.cos(a), 50 + inner * math.sin(a), 50 + 37 * math.cos(a),
                   50 + 37 * math.sin(a), strokeColor=_STROKE,
                   strokeWidth=_W if k % 3 == 0 else _W * 0.6))
    g.add(Line(50, 50, 50, 80, strokeColor=_STROKE, strokeWidth=_W * 1.1, strokeLineCap=1))
    g.add(Line(50, 50, 31, 60, strokeColor=_STROKE, strokeWidth=_W * 1.6, strokeLineCap=1))
    g.add(Circle(50, 50, 4, fillColor=_STROKE, strokeColor=_STROKE))


def _hardhat(g: Group) -> None:
    g.add(Wedge(50, 36, 36, 0, 180, fillColor=_FILL, strokeColor=_STROKE, strokeWidth=_W))
    g.add(_poly([42, 36, 44, 72, 56, 72, 58, 36], fill=LIGHT))
    g.add(_rrect(6, 28, 88, 10, 5, fill=LIGHT))
    g.add(Line(20, 46, 30, 62, strokeColor=_STROKE, strokeWidth=_W * 0.6))
    g.add(Line(80, 46, 70, 62, strokeColor=_STROKE, strokeWidth=_W * 0.6))


def _fist(g: Group) -> None:
    g.add(_rrect(34, 0, 32, 34, 2, fill=LIGHT))
    g.add(_rrect(26, 30, 50, 30, 8))
    for i in range(4):
        g.add(_rrect(26 + i * 12.5, 52, 12.5, 26, 6))
    g.add(_rrect(22, 36, 36, 13, 6.5, fill=WASH))
    g.add(Line(34, 30, 66, 30, strokeColor=_STROKE, strokeWidth=_W * 0.6))


def _handshake(g: Group) -> None:
    g.add(_poly([0, 34, 22, 52, 30, 42, 8, 24], fill=LIGHT))
    g.add(_poly([100, 34, 78, 52, 70, 42, 92, 24], fill=LIGHT))
    g.add(_poly([24, 50, 44, 66, 58, 64, 76, 50, 66, 36, 52, 30, 38, 34, 28, 42]))
    for x in (44, 52, 60):
        g.add(Line(x - 6, 36 + (x - 44) * 0.1, x + 4, 52, strokeColor=_STROKE,
                   strokeWidth=_W * 0.6, strokeLineCap=1))
    g.add(Line(44, 66, 54, 54, strokeColor=_STROKE, strokeWidth=_W * 0.6, strokeLineCap=1))


def _people(g: Group) -> None:
    for cx, cy, r, fill in ((24, 34, 12, LIGHT), (76, 34, 12, LIGHT), (50, 40, 14, _FILL)):
        g.add(Wedge(cx, cy - r * 2.2, r * 1.9, 0, 180, fillColor=fill, strokeColor=_STROKE,
                    strokeWidth=_W))
        g.add(Circle(cx, cy + r * 0.6, r, fillColor=fill, strokeColor=_STROKE, strokeWidth=_W))


_PICTOGRAMS = {
    "megaphone": _megaphone,
    "clock": _clock,
    "hardhat": _hardhat,
    "fist": _fist,
    "handshake": _handshake,
    "people": _people,
}


def pictogram(name: str, size: float) -> Drawing:
    """A built-in pictogram ``name`` in a ``size`` x ``size`` point drawing."""
    try:
        draw = _PICTOGRAMS[name]
    except KeyError:
        raise InvalidInput(_("visual: unknown pictogram; use one of {value}.").format(
                value=', '.join(_PICTOGRAMS))) \
            from None
    group = Group()
    draw(group)
    # The 100-unit grid keeps a 4-unit margin so thick outlines are not clipped.
    scale = size / 108
    group.transform = (scale, 0, 0, scale, 4 * scale, 4 * scale)
    drawing = _drawing(size, size)
    drawing.add(group)
    return drawing
