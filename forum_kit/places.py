"""The words of a place: a workplace speaks of coworkers, shifts and one-on-ones, a neighbourhood
of neighbours, households and door-knocks, and has no shifts.

This module owns the one small lookup (``words``) every screen and document uses where the words
differ, so a street assembly's chart sheet, map and briefing read as its members would say them.
A place is a ``Workplace`` row with a ``kind`` (``PlaceKind``, defined here so that documents
need not load the models); nothing else about a neighbourhood differs from a workplace.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["PLACE_KINDS", "PlaceKind", "PlaceWords", "place_kind", "words"]


class PlaceKind(StrEnum):
    """What a place is: a workplace, or a neighbourhood (street, estate, tenants' building...).

    Stored by value in ``workplaces.kind``; ``forum_kit.models.enums`` re-exports it."""

    WORKPLACE = "workplace"
    NEIGHBOURHOOD = "neighbourhood"


@dataclass(frozen=True)
class PlaceWords:
    """How a place of one kind names things; ``shift`` None means the place has none."""

    kind: str
    place: str
    places: str
    person: str
    people: str
    head: str  # the headcount's name
    counted: str  # who a chart counts: "12 workers", "12 neighbours"
    shift: str | None
    job: str
    one_on_one: str
    one_on_ones: str
    forum: str
    employer: str


_WORDS = {
    PlaceKind.WORKPLACE: PlaceWords(
        kind="workplace",
        place="workplace",
        places="workplaces",
        person="coworker",
        people="coworkers",
        head="Headcount",
        counted="workers",
        shift="Shift",
        job="Job",
        one_on_one="one-on-one",
        one_on_ones="one-on-ones",
        forum="workers' forum",
        employer="Employer",
    ),
    PlaceKind.NEIGHBOURHOOD: PlaceWords(
        kind="neighbourhood",
        place="neighbourhood",
        places="neighbourhoods",
        person="neighbour",
        people="neighbours",
        head="Residents",
        counted="neighbours",
        shift=None,
        job="Occupation",
        one_on_one="door-knock",
        one_on_ones="door-knocks",
        forum="street assembly",
        employer="Landlord",
    ),
}

PLACE_KINDS: tuple[str, ...] = tuple(k.value for k in PlaceKind)


def place_kind(value: object) -> PlaceKind:
    """The kind named by ``value`` (a ``PlaceKind`` or its text); unknown text is a workplace,
    so a bundle or setting from a newer program never breaks a screen."""
    try:
        return PlaceKind(value)
    except ValueError:
        return PlaceKind.WORKPLACE


def words(kind: object = PlaceKind.WORKPLACE) -> PlaceWords:
    """The words of a place of ``kind`` (a workplace's when ``kind`` is unknown)."""
    return _WORDS[place_kind(kind)]
