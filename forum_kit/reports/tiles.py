"""The picture of a workplace in print: ``TilesFlowable`` draws a
``forum_kit.queries.social_map.SocialMap`` as tiles, laid out by ``forum_kit.tiles`` as on the
Map page (the floor plan when every area on it has a place, else a treemap by headcount).

For the photocopier (``forum_kit.reports.styles``): supporters % is a grey from white (under
20 %) to mid grey (65 % or more), a tile below one committee member per ten is hatched, a free zone
has a double border and a danger zone a thick dashed one, ties between areas are thin lines with
their count. Every tile carries its figures in words (``forum_kit.tiles.tile_lines``: counts only,
never a name), nothing below 8 pt; a tile too small for its name shows a number, and a key below
the picture names it. A legend explains the greys and marks.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from forum_kit.i18n import _
from forum_kit.reports.fonts import check_fields
from forum_kit.reports.styles import DARK, INK, MID, MIN_TYPE, WHITE
from forum_kit.reports.text import draw_text, fit, text_width
from forum_kit.tiles import BANDS, LAYERS, ZONE_WORDS, Node, Rect, floor_plan, tile_lines, treemap

SIZE = MIN_TYPE
LEADING = SIZE * 1.25
HEADER = LEADING + 3
# supporters % bands (forum_kit.tiles.BANDS) in greys a copier keeps apart, lightest first
GREYS = (
    Color(1, 1, 1),
    Color(0.93, 0.93, 0.93),
    Color(0.85, 0.85, 0.85),
    Color(0.77, 0.77, 0.77),
    Color(0.68, 0.68, 0.68),
)
NOBODY = Color(0.97, 0.97, 0.97)


def grey(supporters_pct: float | None, headcount: int) -> Color:
    if not headcount or supporters_pct is None:
        return NOBODY
    index = 0
    for k, (low, _words, _colour) in enumerate(BANDS):
        if supporters_pct >= low:
            index = k
    return GREYS[index]


def picture_texts(social_map: Any, layers: Iterable[str] = LAYERS) -> list[tuple[str, str]]:
    """Every text the picture prints, as (field, text) pairs for ``check_fields``."""
    pairs = [("picture.workplace", social_map.workplace)]
    for area in social_map.areas:
        pairs += [(f"picture.{area.path}", line) for line in tile_lines(area, layers)]
        pairs.append((f"picture.{area.path}", area.path))
    return pairs


class TilesFlowable(Flowable):
    """One workplace's picture, ``width`` wide and ``height`` high (with its legend and key)."""

    def __init__(
        self, social_map: Any, width: float, height: float, layers: Sequence[str] = LAYERS
    ) -> None:
        super().__init__()
        self.map = social_map
        self.width = width
        self.layers = tuple(layers)
        check_fields(picture_texts(social_map, self.layers))
        self.legend = self._legend_lines(width)
        self.picture_height = height
        self.rects, self.plan = self._layout()
        self.key = self._key()
        key_lines = math.ceil(len(self.key) / 2)
        self.height = height + (len(self.legend) + key_lines) * LEADING + 6

    # ---- layout -------------------------------------------------------------------------
    def _layout(self) -> tuple[dict[int, Rect], bool]:
        areas = self.map.areas
        room = Rect(0, 0, self.width, self.picture_height)
        leaves = [a for a in areas if a.leaf]
        if leaves and all(a.plan is not None for a in leaves):
            rects, _cell = floor_plan({a.area_id: a.plan for a in leaves}, [], room)
            return rects, True
        nodes = [Node(a.area_id, a.parent_id, float(a.headcount)) for a in areas]
        return treemap(nodes, room, header=HEADER), False

    def _shown(self) -> list[Any]:
        return [a for a in self.map.areas if a.area_id in self.rects and (a.leaf or not self.plan)]

    def _key(self) -> list[tuple[int, str]]:
        """(number, path) of each tile too small to carry its name."""
        out = []
        for number, area in enumerate(self._shown(), 1):
            rect = self.rects[area.area_id]
            name = area.path if self.plan else area.name
            room_h = HEADER if not area.leaf and not self.plan else rect.h
            if room_h < LEADING + 2 or text_width(name, SIZE, bold=True) > rect.w - 6:
                out.append((number, area.path))
        return out

    def _legend_lines(self, width: float) -> list[list[tuple[Color | None, str]]]:
        items: list[tuple[Color | None, str]] = [
            (g, _(words)) for g, (_low, words, _c) in zip(GREYS, BANDS, strict=True)
        ]
        items.append((None, _("hatched: committee below 1 in 10")))
        if "zones" in self.layers:
            items.append((None, _("double border: free zone; thick dashes: danger zone")))
        if "ties" in self.layers:
            items.append((None, _("lines: ties between areas (how many)")))
        rows: list[list[tuple[Color | None, str]]] = [[]]
        used = 0.0
        for swatch, words in items:
            w = text_width(words, SIZE) + (SIZE + 4 if swatch is not None else 0) + 10
            if rows[-1] and used + w > width:
                rows.append([])
                used = 0.0
            rows[-1].append((swatch, words))
            used += w
        return rows

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    # ---- drawing ------------------------------------------------------------------------
    def _box(self, rect: Rect) -> tuple[float, float, float, float]:
        """A layout rectangle (y down from the picture's top) in the flowable's y-up space."""
        top = self.height - rect.y
        return rect.x, top - rect.h, rect.w, rect.h

    def draw(self) -> None:
        c = self.canv
        shown = self._shown()
        numbers = {a.area_id: n for n, a in enumerate(shown, 1)}
        keyed = {n for n, _path in self.key}
        for area in shown:
            self._fill(c, area)
        if "ties" in self.layers:
            self._ties(c, {a.area_id for a in shown})
        for area in shown:
            self._words(c, area, numbers[area.area_id] if numbers[area.area_id] in keyed else None)
        self._legend(c)

    def _fill(self, c: Any, area: Any) -> None:
        x, y, w, h = self._box(self.rects[area.area_id])
        nested = not self.plan and not area.leaf
        c.saveState()
        c.setStrokeColor(MID)
        c.setLineWidth(0.5)
        if nested:
            c.setFillColor(WHITE)
            c.rect(x, y, w, h, stroke=1, fill=1)
            band_y = y + h - HEADER
            c.setFillColor(grey(area.supporters_pct, area.headcount))
            c.rect(x, band_y, w, HEADER, stroke=1, fill=1)
            hatch = (x, band_y, w, HEADER)
        else:
            c.setFillColor(grey(area.supporters_pct, area.headcount))
            c.rect(x, y, w, h, stroke=1, fill=1)
            hatch = (x, y, w, h)
        if area.below_target and area.headcount:
            hx, hy, hw, hh = hatch
            path = c.beginPath()
            path.rect(hx, hy, hw, hh)
            c.clipPath(path, stroke=0, fill=0)
            c.setStrokeColor(MID)
            c.setLineWidth(0.35)
            step = 6.0
            k = -hh
            while k < hw:
                c.line(hx + k, hy, hx + k + hh, hy + hh)
                k += step
        c.restoreState()
        if "zones" in self.layers and area.zone in ("free", "danger"):
            c.saveState()
            c.setStrokeColor(INK)
            if area.zone == "danger":
                c.setLineWidth(2.2)
                c.setDash(5, 3)
                c.rect(x + 1.1, y + 1.1, w - 2.2, h - 2.2, stroke=1, fill=0)
            else:
                c.setLineWidth(0.9)
                c.rect(x + 0.6, y + 0.6, w - 1.2, h - 1.2, stroke=1, fill=0)
                c.rect(x + 2.6, y + 2.6, w - 5.2, h - 5.2, stroke=1, fill=0)
            c.restoreState()

    def _words(self, c: Any, area: Any, number: int | None) -> None:
        x, y, w, h = self._box(self.rects[area.area_id])
        c.saveState()
        c.setFillColor(INK)
        top = y + h - 3 - SIZE
        if number is not None:
            draw_text(c, x + 3, top, str(number), SIZE, bold=True)
            c.restoreState()
            return
        lines = tile_lines(area, self.layers)
        if self.plan:
            lines[0] = area.path
        if not self.plan and not area.leaf:
            lines = [f"{lines[0]} \u2013 {lines[1]}, {lines[2]}"]
        for i, text in enumerate(lines):
            baseline = top - i * LEADING
            if baseline < y + 2:
                break
            # a white backing keeps the words readable over hatching and tie lines
            shown = fit(text, w - 6, SIZE, bold=i == 0)
            c.setFillColor(WHITE)
            c.rect(
                x + 2,
                baseline - SIZE * 0.28,
                text_width(shown, SIZE, bold=i == 0) + 2,
                SIZE * 1.18,
                stroke=0,
                fill=1,
            )
            c.setFillColor(INK)
            draw_text(c, x + 3, baseline, shown, SIZE, bold=i == 0)
        c.restoreState()

    def _ties(self, c: Any, shown: set[int]) -> None:
        by_id = {a.area_id: a for a in self.map.areas}
        c.saveState()
        c.setStrokeColor(DARK)
        for tie in self.map.ties:
            ends = []
            for area_id in (tie.area_a, tie.area_b):
                node = by_id.get(area_id)
                while node is not None and node.area_id not in shown:
                    node = by_id.get(node.parent_id) if node.parent_id is not None else None
                ends.append(node.area_id if node is not None else None)
            if None in ends or ends[0] == ends[1]:
                continue
            (x1, y1), (x2, y2) = (self._centre(e) for e in ends)
            c.setLineWidth(0.4 + 0.5 * math.log2(tie.ties))
            c.line(x1, y1, x2, y2)
            label = str(tie.ties)
            lw = text_width(label, SIZE) + 3
            c.setFillColor(WHITE)
            c.rect(
                (x1 + x2) / 2 - lw / 2, (y1 + y2) / 2 - SIZE / 2 - 1, lw, SIZE + 2, stroke=0, fill=1
            )
            c.setFillColor(INK)
            draw_text(c, (x1 + x2) / 2, (y1 + y2) / 2 - SIZE / 3, label, SIZE, align="centre")
        c.restoreState()

    def _centre(self, area_id: int) -> tuple[float, float]:
        x, y, w, h = self._box(self.rects[area_id])
        return x + w / 2, y + h / 2

    def _legend(self, c: Any) -> None:
        c.saveState()
        baseline = self.height - self.picture_height - LEADING
        for row in self.legend:
            x = 0.0
            for swatch, words in row:
                if swatch is not None:
                    c.setFillColor(swatch)
                    c.setStrokeColor(MID)
                    c.setLineWidth(0.5)
                    c.rect(x, baseline - 1, SIZE, SIZE, stroke=1, fill=1)
                    x += SIZE + 4
                c.setFillColor(INK)
                x += draw_text(c, x, baseline, words, SIZE) + 10
            baseline -= LEADING
        half = self.width / 2
        for k, (number, path) in enumerate(self.key):
            col = k % 2
            if col == 0 and k:
                baseline -= LEADING
            draw_text(c, col * half, baseline, f"{number}  {path}", SIZE, max_width=half - 6)
        c.restoreState()


def picture_story(social_map: Any, width: float, height: float) -> list[Flowable]:
    """The flowables of one workplace's picture (nothing for a workplace without areas)."""
    if not social_map.areas:
        return []
    return [TilesFlowable(social_map, width, height)]


__all__ = ["TilesFlowable", "ZONE_WORDS", "picture_story", "picture_texts"]
