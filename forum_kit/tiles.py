"""The picture of a workplace as tiles, laid out without any drawing library: the screen
(``ui.widgets.tile_map``) and the printed briefing (``forum_kit.reports.tiles``) place and colour
the same tiles from here.

Two layouts: a *treemap* (each area's tile sized by its headcount, sub-areas nested inside their
parent below a band for its name, squarified so tiles stay near square) and a *floor plan* (the
areas the steward placed on a grid, in proportion; areas not yet placed are set out in a row
below). Strength bands turn supporters % into one of five colours, each with words, and a tile
below the one-to-ten target is hatched: colour is never the only carrier of a figure (the tile's
label carries the numbers)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from forum_kit.i18n import N_, _, ngettext

# (lowest supporters %, words, fill colour): 65 % is where a committee usually goes public
BANDS: tuple[tuple[float, str, str], ...] = (
    (0.0, N_("under 20 % support"), "#ef9a9a"),
    (20.0, N_("20-35 % support"), "#ffcc80"),
    (35.0, N_("35-50 % support"), "#fff59d"),
    (50.0, N_("50-65 % support"), "#c5e1a5"),
    (65.0, N_("65 % support or more"), "#81c784"),
)
NOBODY_COLOUR = "#e0e0e0"  # an area with no one mapped in it
FREE_COLOUR = "#2e7d32"
DANGER_COLOUR = "#b71c1c"
HEADER = 18.0  # the band for a parent's name above its sub-areas (points or pixels)
GAP = 3.0


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    def inset(self, d: float) -> Rect:
        return Rect(self.x + d, self.y + d, max(0.0, self.w - 2 * d), max(0.0, self.h - 2 * d))

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.x + self.w and self.y <= y < self.y + self.h


@dataclass(frozen=True)
class Node:
    """An area for the layout: its weight (headcount of its subtree) and children's ids."""

    id: int
    parent_id: int | None
    weight: float


def band(supporters_pct: float | None, headcount: int) -> tuple[str, str]:
    """The words and fill colour for an area's supporters %."""
    if not headcount or supporters_pct is None:
        return _("no one mapped"), NOBODY_COLOUR
    words, colour = BANDS[0][1], BANDS[0][2]
    for low, w, c in BANDS:
        if supporters_pct >= low:
            words, colour = w, c
    return _(words), colour


def _worst(row: Sequence[float], side: float) -> float:
    total = sum(row)
    if not total or not side:
        return math.inf
    return max(
        max(side * side * r / (total * total), (total * total) / (side * side * r))
        for r in row
        if r > 0
    )


def squarify(weights: Sequence[float], rect: Rect) -> list[Rect]:
    """Rectangles for ``weights`` (in order) filling ``rect``, each near square (Bruls,
    Huizing and van Wijk's squarified treemap)."""
    items = [max(0.0, float(w)) for w in weights]
    out: list[Rect | None] = [None] * len(items)
    total = sum(items)
    if not items:
        return []
    if total <= 0:
        items = [1.0] * len(items)
        total = float(len(items))
    scale = rect.w * rect.h / total
    order = sorted(range(len(items)), key=lambda i: -items[i])
    areas = [(i, items[i] * scale) for i in order]
    x, y, w, h = rect.x, rect.y, rect.w, rect.h
    k = 0
    while k < len(areas):
        side = min(w, h)
        row = [areas[k]]
        k += 1
        while k < len(areas) and _worst([a for _, a in row] + [areas[k][1]], side) <= _worst(
            [a for _, a in row], side
        ):
            row.append(areas[k])
            k += 1
        row_total = sum(a for _, a in row)
        if w >= h:  # a column at the left
            cw = row_total / h if h else 0.0
            cy = y
            for i, a in row:
                ch = a / cw if cw else 0.0
                out[i] = Rect(x, cy, cw, ch)
                cy += ch
            x += cw
            w -= cw
        else:  # a row at the top
            rh = row_total / w if w else 0.0
            cx = x
            for i, a in row:
                cw2 = a / rh if rh else 0.0
                out[i] = Rect(cx, y, cw2, rh)
                cx += cw2
            y += rh
            h -= rh
    return [r if r is not None else Rect(rect.x, rect.y, 0, 0) for r in out]


def treemap(
    nodes: Iterable[Node], rect: Rect, *, header: float = HEADER, gap: float = GAP
) -> dict[int, Rect]:
    """Each area's rectangle: top-level areas share ``rect`` by weight, sub-areas share their
    parent's rectangle below a ``header`` band (too small a parent keeps no room for them)."""
    nodes = list(nodes)
    kids: dict[int | None, list[Node]] = {}
    for node in nodes:
        kids.setdefault(node.parent_id, []).append(node)
    known = {n.id for n in nodes}
    roots = [n for n in nodes if n.parent_id is None or n.parent_id not in known]
    out: dict[int, Rect] = {}

    def place(group: list[Node], room: Rect) -> None:
        weights = [max(n.weight, 0.0) or 0.5 for n in group]  # an empty area still shows
        for node, box in zip(group, squarify(weights, room), strict=True):
            box = box.inset(gap / 2)
            out[node.id] = box
            children = kids.get(node.id, [])
            if children:
                inner = Rect(box.x + gap, box.y + header, box.w - 2 * gap, box.h - header - gap)
                if inner.w > 8 and inner.h > 8:
                    place(children, inner)

    place(roots, rect)
    return out


def floor_plan(
    plan: Mapping[int, tuple[int, int, int, int]],
    unplaced: Sequence[int],
    rect: Rect,
    *,
    gap: float = GAP,
) -> tuple[dict[int, Rect], float]:
    """Rectangles for areas placed on the steward's grid (``plan``: id -> x, y, w, h in cells)
    and, in a row below them, the areas not placed yet; returns them and the size of one grid
    cell (to turn a drag back into cells)."""
    cols = max([x + w for x, _y, w, _h in plan.values()] or [0])
    rows = max([y + h for _x, y, _w, h in plan.values()] or [0])
    per_row = max(1, max(cols, 16) // 4)
    spare = 3 * math.ceil(len(unplaced) / per_row) if unplaced else 0
    if unplaced:
        cols = max(cols, 4 * min(len(unplaced), per_row))
    cols = max(cols, 1)
    cell = min(rect.w / cols, rect.h / max(rows + spare, 1))
    out = {
        area: Rect(rect.x + x * cell, rect.y + y * cell, w * cell, h * cell).inset(gap / 2)
        for area, (x, y, w, h) in plan.items()
    }
    for k, area in enumerate(unplaced):
        x = (k % per_row) * 4
        y = rows + (k // per_row) * 3
        out[area] = Rect(rect.x + x * cell, rect.y + y * cell, 4 * cell, 3 * cell).inset(gap / 2)
    return out, cell


def free_spot(
    plan: Mapping[int, tuple[int, int, int, int]], w: int = 4, h: int = 3
) -> tuple[int, int]:
    """The first free place for a ``w`` x ``h`` tile, scanning rows of the plan's width."""
    width = max([16] + [x + ww for x, _y, ww, _h in plan.values()])
    taken = {
        (cx, cy)
        for x, y, ww, hh in plan.values()
        for cx in range(x, x + ww)
        for cy in range(y, y + hh)
    }
    y = 0
    while True:
        for x in range(0, max(1, width - w + 1)):
            if all((cx, cy) not in taken for cx in range(x, x + w) for cy in range(y, y + h)):
                return x, y
        y += 1


LAYERS = ("leaders", "committee", "ties", "unreached", "zones", "hazards")
LAYER_WORDS = {
    "leaders": N_("Organic leaders"),
    "committee": N_("Committee"),
    "ties": N_("Ties"),
    "unreached": N_("Unreached"),
    "zones": N_("Free and danger zones"),
    "hazards": N_("Hazards"),
}
ZONE_WORDS = {"free": N_("free zone"), "danger": N_("danger zone")}


def tile_lines(a: Any, layers: Iterable[str]) -> list[str]:
    """The words written on an area's tile, most important first (a small tile shows as many as
    fit): its name, people and supporters, committee against one in ten, then one line per layer
    shown. ``a`` is a ``forum_kit.queries.social_map.MapArea``."""
    on = set(layers)
    lines = [a.name]
    if a.headcount:
        lines.append(
            ngettext("{n} person · {pct:.0f} % support", "{n} people · {pct:.0f} % support",
                     a.headcount).format(n=a.headcount, pct=a.supporters_pct)
        )
    else:
        lines.append(_("no one mapped"))
    if a.committee_members < a.target_members:
        committee = _("committee {members} of {target} · {short} short").format(
            members=a.committee_members, target=a.target_members,
            short=a.target_members - a.committee_members)
    else:
        committee = _("committee {members} of {target}").format(
            members=a.committee_members, target=a.target_members)
    lines.append(committee)
    if "zones" in on and a.zone:
        lines.append(_(ZONE_WORDS.get(a.zone, a.zone)))
    if "leaders" in on:
        lines.append(
            "\u2605 "
            + ngettext("{n} organic leader", "{n} organic leaders", a.leaders).format(n=a.leaders)
        )
    if "committee" in on and a.committee_helpers:
        lines.append(
            "C "
            + ngettext("{n} member", "{n} members", a.committee_members).format(
                n=a.committee_members
            )
            + ", "
            + ngettext("{n} helper", "{n} helpers", a.committee_helpers).format(
                n=a.committee_helpers
            )
        )
    if "unreached" in on:
        lines.append(_("\u25cb {unreached} unreached").format(unreached=a.unreached))
    if "ties" in on:
        lines.append(
            "\u21c4 "
            + ngettext("{n} tie inside", "{n} ties inside", a.ties_inside).format(n=a.ties_inside)
        )
    if "hazards" in on and a.hazards:
        lines.append(
            "\u26a0 "
            + ngettext("{n} hazard", "{n} hazards", len(a.hazards)).format(n=len(a.hazards))
        )
    return lines
