"""The social map of the demo vault: people who moved between areas (dated placements), ties
across areas, hazards noted in departments and shifts, notes on free and danger zones, and a
floor plan for each workplace. Drawn from its own random stream, so the rest of the demo
(``forum_kit.demo``) comes out the same with or without it."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from forum_kit.models import AreaHazard, FloorPlanTile, Placement, SocialTie

MOVED_SHARE = 0.04  # of people added at least two months before today
CROSS_TIES_EVERY = 25  # people per tie between two areas of a workplace
ZONE_NOTES = {
    "free": (
        "break room where supervisors never come",
        "smokers' corner by the gate",
        "car park at shift change",
    ),
    "danger": (
        "the supervisor's office looks onto it",
        "cameras over every bench",
        "a lead hand who reports everything",
    ),
}


def zone_note(zone: str | None, area_id: int) -> str:
    """Why a demo zone is free or dangerous (none for an area without a zone)."""
    return ZONE_NOTES[zone][area_id % len(ZONE_NOTES[zone])] if zone else ""


def add_social_map(
    seed: int,
    out: Any,
    ids: Any,
    today: date,
    places: Sequence[Any],
    leaves: Sequence[tuple[int, int, str, float]],
    people: Sequence[Any],
    department_hazards: Sequence[tuple[int, int, str]],
) -> None:
    """Write the demo's social map through the demo's writer ``out`` and id source ``ids``;
    ``department_hazards`` holds (area id, workplace index, hazard) of each department."""
    rng = random.Random(seed * 31 + 22)
    by_wp: dict[int, list[tuple[int, str]]] = {}
    for area_id, w, label, _strength in leaves:
        by_wp.setdefault(w, []).append((area_id, label))
    for area_id, _w, hazard in department_hazards:
        out.add(
            AreaHazard,
            {
                "id": ids.take(AreaHazard),
                "area_id": area_id,
                "description": hazard,
                "resolved_on": None,
                "noted_on": today - timedelta(days=rng.randint(30, 400)),
            },
        )
    for area_id, w, _label, _s in leaves:
        if rng.random() < 0.2:
            out.add(
                AreaHazard,
                {
                    "id": ids.take(AreaHazard),
                    "area_id": area_id,
                    "description": rng.choice(places[w].hazards),
                    "noted_on": today - timedelta(days=rng.randint(30, 300)),
                    "resolved_on": None,
                },
            )
    # moves: where a person was before the area they are in now
    for person in people:
        if person.added_on > today - timedelta(days=60) or rng.random() >= MOVED_SHARE:
            continue
        others = [(a, label) for a, label in by_wp[person.wp] if a != person.area_id]
        if not others:
            continue
        before, label = rng.choice(others)
        end = person.left_on or today
        first = person.added_on + timedelta(days=30)
        if end - first < timedelta(days=2):
            continue
        until = first + timedelta(days=rng.randint(1, (end - first).days - 1))
        shift = (
            label.rsplit(" / ", 1)[-1]
            if places[person.wp].leaf_kind == "shift"
            else rng.choice(("Days", "Evenings", "Nights", "Rotating"))
        )
        out.add(
            Placement,
            {
                "id": ids.take(Placement),
                "contact_id": person.id,
                "area_id": before,
                "shift": shift,
                "until_on": until,
            },
        )
    # ties across areas: the carpool and the language group do not stop at a department's wall
    by_workplace: dict[int, list[int]] = {}
    for person in people:
        by_workplace.setdefault(person.wp, []).append(person.id)
    seen: set[tuple[int, int]] = set()
    area_of = {p.id: p.area_id for p in people}
    for members in by_workplace.values():
        for _ in range(len(members) // CROSS_TIES_EVERY):
            a, b = sorted(rng.sample(members, 2)) if len(members) > 1 else (0, 0)
            if a and area_of[a] != area_of[b] and (a, b) not in seen:
                seen.add((a, b))
                out.add(
                    SocialTie,
                    {
                        "id": ids.take(SocialTie),
                        "contact_a_id": a,
                        "contact_b_id": b,
                        "notes": "",
                        "kind": rng.choice(("carpool", "language group", "family", "same bus")),
                    },
                )
    # a floor plan for each workplace: its areas in rows by department, a little apart
    for places_of in by_wp.values():
        rows: dict[str, list[int]] = {}
        for area_id, label in places_of:
            rows.setdefault(label.split(" / ", 1)[0], []).append(area_id)
        for y, members in enumerate(list(rows.values())[:15]):
            for x, area_id in enumerate(members[:11]):
                out.add(
                    FloorPlanTile,
                    {"area_id": area_id, "x": x * 5, "y": y * 4, "w": 4 + (x + y) % 2, "h": 3},
                )
