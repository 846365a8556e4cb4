"""What a steward sets on the Map page's picture: an area's zone (free or danger, with a note on
why), the hazards noted in it (dated, resolved rather than deleted when fixed) and where its tile
sits on the workplace's floor plan. Each function validates, changes and flushes; the caller's
unit of work commits."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import InvalidInput, NotFound
from forum_kit.i18n import _
from forum_kit.models import Area, AreaHazard, FloorPlanTile, Workplace
from forum_kit.services import check_date, clean_text, get_or_404, not_future
from forum_kit.services.workplaces import _check_zone

PLAN_CELLS = 60  # the floor plan's largest width and height, in grid cells


def set_zone(session: Session, *, area_id: int, zone: str | None, note: str = "") -> Area:
    """Mark an area a free zone, a danger zone or neither, with a note on why."""
    area = get_or_404(session, Area, area_id, "area")
    value = _check_zone(zone)
    area.zone = value
    area.zone_note = clean_text(note, "Zone note", max_len=500) if value is not None else ""
    session.flush()
    return area


def add_hazard(
    session: Session,
    *,
    area_id: int,
    description: str,
    noted_on: dt.date,
    today: dt.date | None = None,
) -> AreaHazard:
    """Note a hazard in an area (heat, forklift traffic, a broken hoist)."""
    get_or_404(session, Area, area_id, "area")
    text = clean_text(description, "Hazard", max_len=500, required=True)
    check_date(noted_on, "Noted on")
    not_future(noted_on, "Noted on", today)
    hazard = AreaHazard(area_id=area_id, description=text, noted_on=noted_on)
    session.add(hazard)
    session.flush()
    return hazard


def resolve_hazard(
    session: Session, *, hazard_id: int, resolved_on: dt.date | None, today: dt.date | None = None
) -> AreaHazard:
    """Record that a hazard was dealt with (None opens it again); it stays in the history."""
    hazard = get_or_404(session, AreaHazard, hazard_id, "hazard")
    check_date(resolved_on, "Resolved on", required=False)
    not_future(resolved_on, "Resolved on", today)
    if resolved_on is not None and resolved_on < hazard.noted_on:
        raise InvalidInput(_("Resolved on is before the hazard was noted; use a later date."))
    hazard.resolved_on = resolved_on
    session.flush()
    return hazard


def delete_hazard(session: Session, *, hazard_id: int) -> None:
    """Delete a hazard noted by mistake."""
    hazard = get_or_404(session, AreaHazard, hazard_id, "hazard")
    session.delete(hazard)
    session.flush()


def place_tile(session: Session, *, area_id: int, x: int, y: int, w: int, h: int) -> FloorPlanTile:
    """Put an area's tile on its workplace's floor plan (grid cells, replacing where it was)."""
    get_or_404(session, Area, area_id, "area")
    for value, name in ((x, "x"), (y, "y"), (w, "Width"), (h, "Height")):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(
                _("{name} on the floor plan must be a whole number of cells.").format(name=name)
            )
    if w < 1 or h < 1:
        raise InvalidInput(_("A tile is at least one cell wide and high."))
    if x < 0 or y < 0 or x + w > PLAN_CELLS or y + h > PLAN_CELLS:
        raise InvalidInput(
            _(
                "The floor plan is {PLAN_CELLS} cells wide and high; keep the tile inside it."
            ).format(PLAN_CELLS=PLAN_CELLS)
        )
    tile = session.get(FloorPlanTile, area_id)
    if tile is None:
        tile = FloorPlanTile(area_id=area_id, x=x, y=y, w=w, h=h)
        session.add(tile)
    else:
        tile.x, tile.y, tile.w, tile.h = x, y, w, h
    session.flush()
    return tile


def clear_floor_plan(session: Session, *, workplace_id: int) -> int:
    """Take every tile of a workplace off its floor plan; how many were placed."""
    if session.get(Workplace, workplace_id) is None:
        raise NotFound(_("No workplace with id {workplace_id}.").format(workplace_id=workplace_id))
    areas = sa.select(Area.id).where(Area.workplace_id == workplace_id)
    result = session.execute(sa.delete(FloorPlanTile).where(FloorPlanTile.area_id.in_(areas)))
    session.flush()
    return int(result.rowcount or 0)
