"""``TileMap``: the picture of a workplace on the Map page: one tile per area, placed by
``forum_kit.tiles`` (a treemap by headcount, or the floor plan the steward arranges), filled by
supporters % (five bands, named in the legend), hatched when the committee is below one in ten,
with the figures written on the tile (colour is never the only carrier) and the layers chosen:
organic leaders, committee, ties (lines between areas, thicker for more ties), unreached people,
free and danger zones (a border and the word), hazards.

Clicking a tile selects it (``area_clicked``); a double click or Enter opens it (``area_opened``).
Left and Right (or Tab within the picture) walk the tiles. While ``arranging`` on the floor plan,
dragging a tile moves it and dragging its lower right corner resizes it, on the grid; the drop is
reported as cells (``tile_placed``) and saved by the page. The tooltip of a tile names its
leaders, committee members, hazards and why its zone is marked.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from forum_kit.tiles import (
    BANDS,
    DANGER_COLOUR,
    FREE_COLOUR,
    HEADER,
    LAYERS,
    NOBODY_COLOUR,
    Node,
    Rect,
    band,
    floor_plan,
    tile_lines,
    treemap,
)

TREEMAP = "treemap"
PLAN = "plan"
_INK = QColor("#212121")
_SELECTED = QColor("#1565c0")
_TIE = QColor(21, 101, 192, 120)
_CORNER = 12  # pixels of a tile's lower right corner that resize it while arranging


def _r(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class TileMap(QWidget):
    """A painted picture of a ``forum_kit.queries.social_map.SocialMap``."""

    area_clicked = Signal(int)
    area_opened = Signal(int)
    tile_placed = Signal(int, int, int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Picture of the workplace"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(240, 200)
        self.map: Any = None
        self.mode = TREEMAP
        self.layers: set[str] = set(LAYERS)
        self.arranging = False
        self.selected: int | None = None
        self.rects: dict[int, Rect] = {}
        self._cell = 1.0
        self._drag: tuple[int, str, QPointF, Rect] | None = None
        self._preview: Rect | None = None

    # ---- state --------------------------------------------------------------------------
    def set_map(self, social_map: Any) -> None:
        self.map = social_map
        if social_map is None or social_map.area(self.selected or -1) is None:
            self.selected = None
        self._layout()
        self.update()

    def set_mode(self, mode: str) -> None:
        self.mode = mode if mode in (TREEMAP, PLAN) else TREEMAP
        self._layout()
        self.update()

    def set_layers(self, layers: set[str]) -> None:
        self.layers = set(layers) & set(LAYERS)
        self._layout()  # the legend's height follows the layers shown
        self.update()

    def set_arranging(self, on: bool) -> None:
        self.arranging = bool(on)
        self.update()

    def select(self, area_id: int | None) -> None:
        if self.selected != area_id:
            self.selected = area_id
            self.update()

    def shown_areas(self) -> list[Any]:
        """The areas drawn as tiles, in reading order (all of them, or the floor plan's)."""
        if self.map is None:
            return []
        if self.mode == PLAN:
            return [a for a in self.map.areas if a.leaf]
        return list(self.map.areas)

    def tile_at(self, x: float, y: float) -> int | None:
        """The innermost tile under a point."""
        best: tuple[float, int] | None = None
        for area_id, rect in self.rects.items():
            if rect.contains(x, y) and (best is None or rect.w * rect.h < best[0]):
                best = (rect.w * rect.h, area_id)
        return best[1] if best else None

    # ---- layout -------------------------------------------------------------------------
    def legend_height(self) -> int:
        return len(self._legend_rows()) * (self.fontMetrics().height() + 2) + 8

    def _legend_items(self) -> list[tuple[str | None, str]]:
        """(swatch colour or None, words) of the legend, in reading order."""
        items: list[tuple[str | None, str]] = [(c, w) for _low, w, c in BANDS]
        items.append((NOBODY_COLOUR, self.tr("no one mapped")))
        items.append((None, self.tr("hatched: committee below 1 in 10")))
        if "zones" in self.layers:
            items.append((None, self.tr("green border: free zone, red dashes: danger zone")))
        if "ties" in self.layers:
            items.append((None, self.tr("blue lines: ties between areas (how many)")))
        if "leaders" in self.layers:
            items.append((None, self.tr("\u2605 an organic leader")))
        return items

    def _legend_rows(self) -> list[list[tuple[str | None, str, float]]]:
        """The legend's items wrapped into rows that fit the width (with their widths)."""
        metrics = self.fontMetrics()
        h = metrics.height()
        rows: list[list[tuple[str | None, str, float]]] = [[]]
        used = 0.0
        for colour, words in self._legend_items():
            width = metrics.horizontalAdvance(words) + 14 + (h if colour else 0)
            if rows[-1] and used + width > self.width() - 12:
                rows.append([])
                used = 0.0
            rows[-1].append((colour, words, width))
            used += width
        return rows

    def _room(self) -> Rect:
        return Rect(
            4, 4, max(0, self.width() - 8), max(0, self.height() - 8 - self.legend_height())
        )

    def _layout(self) -> None:
        self.rects = {}
        if self.map is None or not self.map.areas:
            return
        room = self._room()
        if self.mode == PLAN:
            areas = self.shown_areas()
            plan = {a.area_id: a.plan for a in areas if a.plan is not None}
            unplaced = [a.area_id for a in areas if a.plan is None]
            self.rects, self._cell = floor_plan(plan, unplaced, room)
        else:
            header = max(HEADER, self.fontMetrics().height() + 4)
            self.rects = treemap(
                [Node(a.area_id, a.parent_id, float(a.headcount)) for a in self.map.areas],
                room,
                header=header,
            )

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self._layout()
        super().resizeEvent(event)

    # ---- painting -----------------------------------------------------------------------
    def paintEvent(self, _event: Any) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if self.map is None or not self.map.areas:
            painter.setPen(self.palette().text().color())
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No areas yet: add them beside the picture."),
            )
            painter.end()
            return
        by_id = {a.area_id: a for a in self.map.areas}
        shown = [(a, self.rects[a.area_id]) for a in self.shown_areas() if a.area_id in self.rects]
        for area, rect in shown:
            self._paint_fill(painter, area, rect)
        if "ties" in self.layers:  # under the words, so that they stay readable
            self._paint_ties(painter, by_id)
        for area, rect in shown:
            self._paint_words(painter, area, rect)
        if self._preview is not None:
            painter.setPen(QPen(_SELECTED, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(_r(self._preview))
        self._paint_legend(painter)
        painter.end()

    def _nested(self, area: Any) -> bool:
        """A parent in the treemap: a frame with its name above its sub-areas' tiles."""
        return self.mode == TREEMAP and not area.leaf

    def _paint_fill(self, painter: QPainter, area: Any, rect: Rect) -> None:
        box = _r(rect)
        painter.setPen(Qt.PenStyle.NoPen)
        if self._nested(area):
            # the band carries the parent's own figures; its sub-areas carry the colours
            _words, fill = band(area.supporters_pct, area.headcount)
            painter.setBrush(QColor("#f5f5f5"))
            painter.drawRect(box)
            band_box = QRectF(box.left(), box.top(), box.width(), self.fontMetrics().height() + 4)
            painter.setBrush(QColor(fill))
            painter.drawRect(band_box)
            if area.below_target and area.headcount:
                painter.setBrush(QBrush(QColor(0, 0, 0, 70), Qt.BrushStyle.BDiagPattern))
                painter.drawRect(band_box)
        else:
            _words, fill = band(area.supporters_pct, area.headcount)
            painter.setBrush(QColor(fill))
            painter.drawRect(box)
            if area.below_target and area.headcount:
                painter.setBrush(QBrush(QColor(0, 0, 0, 70), Qt.BrushStyle.BDiagPattern))
                painter.drawRect(box)
        pen = QPen(QColor("#616161"), 1)
        if "zones" in self.layers and area.zone in ("free", "danger"):
            pen = QPen(
                QColor(DANGER_COLOUR if area.zone == "danger" else FREE_COLOUR),
                3,
                Qt.PenStyle.DashLine if area.zone == "danger" else Qt.PenStyle.SolidLine,
            )
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box.adjusted(1, 1, -1, -1))
        if area.area_id == self.selected:
            painter.setPen(QPen(_SELECTED, 3))
            painter.drawRect(box.adjusted(2.5, 2.5, -2.5, -2.5))

    def _paint_words(self, painter: QPainter, area: Any, rect: Rect) -> None:
        box = _r(rect)
        lines = tile_lines(area, self.layers)
        if self.mode == PLAN:  # no parent frame around it: the whole path names it
            lines[0] = area.path
        nested = self._nested(area)
        if nested:  # a parent shows one line in its band above its sub-areas
            lines = [f"{lines[0]} \u2013 {lines[1]}, {lines[2]}"]
        end = self._write(painter, box, lines, bold_first=True, halo=not nested)
        h = self.fontMetrics().height()
        if "leaders" in self.layers and area.leaders and not nested and box.bottom() - h - 3 >= end:
            self._marks(painter, box, area.leaders, "\u2605")

    def _write(
        self,
        painter: QPainter,
        box: QRectF,
        lines: list[str],
        *,
        bold_first: bool,
        halo: bool = True,
    ) -> float:
        """Write ``lines`` from the top of ``box`` (as many as fit); where the words end."""
        font = QFont(self.font())
        metrics = QFontMetrics(font)
        line_h = metrics.height()
        y = box.top() + 3
        width = int(box.width() - 8)
        if width < 24:
            return y
        for i, text in enumerate(lines):
            if y + line_h > box.bottom() - 2:
                break
            f = QFont(font)
            f.setBold(bold_first and i == 0)
            painter.setFont(f)
            fm = QFontMetrics(f)
            shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
            if halo:  # a pale backing keeps words readable over hatching and tie lines
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(255, 255, 255, 150))
                painter.drawRect(QRectF(box.left() + 3, y, fm.horizontalAdvance(shown) + 2, line_h))
            painter.setPen(_INK)
            painter.drawText(
                QRectF(box.left() + 4, y, width, line_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
            y += line_h
        painter.setFont(font)
        return y

    def _marks(self, painter: QPainter, box: QRectF, count: int, glyph: str) -> None:
        """One mark per person along the tile's bottom edge (up to what fits, then +n)."""
        metrics = self.fontMetrics()
        step = metrics.horizontalAdvance(glyph) + 2
        room = int((box.width() - 8) // step)
        if room < 2:
            return
        shown = min(count, room - 1) if count > room else count
        text = glyph * shown + (f"+{count - shown}" if shown < count else "")
        painter.setPen(QColor("#5d4037"))
        painter.drawText(
            QRectF(
                box.left() + 4,
                box.bottom() - metrics.height() - 3,
                box.width() - 8,
                metrics.height(),
            ),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            text,
        )

    def _paint_ties(self, painter: QPainter, by_id: dict[int, Any]) -> None:
        shown = {a.area_id for a in self.shown_areas()}
        for tie in self.map.ties:
            a, b = (
                self._shown_tile(tie.area_a, by_id, shown),
                self._shown_tile(tie.area_b, by_id, shown),
            )
            if a is None or b is None or a == b:
                continue
            (x1, y1), (x2, y2) = self.rects[a].centre, self.rects[b].centre
            painter.setPen(
                QPen(
                    _TIE,
                    1.0 + 1.5 * math.log2(tie.ties),
                    Qt.PenStyle.SolidLine,
                    Qt.PenCapStyle.RoundCap,
                )
            )
            painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
            label = str(tie.ties)
            metrics = self.fontMetrics()
            w = metrics.horizontalAdvance(label) + 8
            mid = QRectF(
                (x1 + x2) / 2 - w / 2, (y1 + y2) / 2 - metrics.height() / 2, w, metrics.height()
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 220))
            painter.drawRoundedRect(mid, 4, 4)
            painter.setPen(_SELECTED)
            painter.drawText(mid, int(Qt.AlignmentFlag.AlignCenter), label)

    def _shown_tile(self, area_id: int, by_id: dict[int, Any], shown: set[int]) -> int | None:
        """The tile a tie's end is drawn at: the area, or its nearest shown ancestor."""
        node = by_id.get(area_id)
        while node is not None and node.area_id not in shown:
            node = by_id.get(node.parent_id) if node.parent_id is not None else None
        return node.area_id if node is not None and node.area_id in self.rects else None

    def _paint_legend(self, painter: QPainter) -> None:
        metrics = self.fontMetrics()
        h = metrics.height()
        top = self.height() - self.legend_height() + 4
        painter.setFont(self.font())
        for row in self._legend_rows():
            x = 6.0
            for colour, words, width in row:
                if colour is not None:
                    painter.setPen(QColor("#616161"))
                    painter.setBrush(QColor(colour))
                    painter.drawRect(QRectF(x, top + 2, h - 4, h - 4))
                    x += h
                painter.setPen(self.palette().text().color())
                painter.drawText(QPointF(x, top + metrics.ascent()), words)
                x += width - (h if colour else 0)
            top += h + 2

    # ---- tooltips -----------------------------------------------------------------------
    def tooltip_for(self, area_id: int) -> str:
        area = self.map.area(area_id) if self.map is not None else None
        if area is None:
            return ""
        lines = [area.path, *tile_lines(area, LAYERS)[1:]]
        words, _colour = band(area.supporters_pct, area.headcount)
        lines.insert(1, words)
        if area.leader_names:
            lines.append(self.tr("Organic leaders: ") + ", ".join(area.leader_names))
        if area.member_names:
            lines.append(self.tr("Committee: ") + ", ".join(area.member_names))
        if area.zone_note:
            lines.append(self.tr("Zone: ") + area.zone_note)
        lines += ["\u26a0 " + h for h in area.hazards]
        return "\n".join(lines)

    def event(self, event: Any) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            area = self.tile_at(event.pos().x(), event.pos().y())
            if area is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(area), self)
            return True
        return super().event(event)

    # ---- mouse and keys -----------------------------------------------------------------
    def mousePressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        pos = event.position()
        area = self.tile_at(pos.x(), pos.y())
        if area is None:
            return
        self.select(area)
        self.area_clicked.emit(area)
        if self.arranging and self.mode == PLAN:
            rect = self.rects[area]
            corner = pos.x() > rect.x + rect.w - _CORNER and pos.y() > rect.y + rect.h - _CORNER
            self._drag = (area, "resize" if corner else "move", pos, rect)

    def mouseMoveEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        pos = event.position()
        if self._drag is None:
            if self.arranging and self.mode == PLAN:
                area = self.tile_at(pos.x(), pos.y())
                rect = self.rects.get(area) if area is not None else None
                corner = (
                    rect is not None
                    and pos.x() > rect.x + rect.w - _CORNER
                    and pos.y() > rect.y + rect.h - _CORNER
                )
                self.setCursor(
                    Qt.CursorShape.SizeFDiagCursor
                    if corner
                    else Qt.CursorShape.OpenHandCursor
                    if rect is not None
                    else Qt.CursorShape.ArrowCursor
                )
            return
        _area, how, start, rect = self._drag
        dx, dy = pos.x() - start.x(), pos.y() - start.y()
        if how == "move":
            self._preview = Rect(rect.x + dx, rect.y + dy, rect.w, rect.h)
        else:
            self._preview = Rect(
                rect.x, rect.y, max(self._cell, rect.w + dx), max(self._cell, rect.h + dy)
            )
        self.update()

    def mouseReleaseEvent(self, _event: Any) -> None:  # noqa: N802 - Qt override
        if self._drag is None:
            return
        area, _how, _start, _rect = self._drag
        preview = self._preview
        self._drag = None
        self._preview = None
        if preview is not None:
            self.tile_placed.emit(area, *self.cells_of(preview))
        self.update()

    def cells_of(self, rect: Rect) -> tuple[int, int, int, int]:
        """A rectangle on screen as floor-plan cells (x, y, w, h), snapped to the grid."""
        room = self._room()
        cell = self._cell or 1.0
        x = max(0, round((rect.x - room.x) / cell))
        y = max(0, round((rect.y - room.y) / cell))
        return x, y, max(1, round(rect.w / cell)), max(1, round(rect.h / cell))

    def mouseDoubleClickEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        pos = event.position()
        area = self.tile_at(pos.x(), pos.y())
        if area is not None and not self.arranging:
            self.area_opened.emit(area)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        order = [a.area_id for a in self.shown_areas()]
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected is not None:
            self.area_opened.emit(self.selected)
            return
        step = {
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Up: -1,
        }.get(Qt.Key(key))
        if step and order:
            i = order.index(self.selected) if self.selected in order else -step
            area = order[(i + step) % len(order)]
            self.select(area)
            self.area_clicked.emit(area)
            return
        super().keyPressEvent(event)
