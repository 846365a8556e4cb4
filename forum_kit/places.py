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

from forum_kit.i18n import N_, _

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
        place=N_("workplace"),
        places=N_("workplaces"),
        person=N_("coworker"),
        people=N_("coworkers"),
        head=N_("Headcount"),
        counted=N_("workers"),
        shift=N_("Shift"),
        job=N_("Job"),
        one_on_one=N_("one-on-one"),
        one_on_ones=N_("one-on-ones"),
        forum=N_("workers' forum"),
        employer=N_("Employer"),
    ),
    PlaceKind.NEIGHBOURHOOD: PlaceWords(
        kind="neighbourhood",
        place=N_("neighbourhood"),
        places=N_("neighbourhoods"),
        person=N_("neighbour"),
        people=N_("neighbours"),
        head=N_("Residents"),
        counted=N_("neighbours"),
        shift=None,
        job=N_("Occupation"),
        one_on_one=N_("door-knock"),
        one_on_ones=N_("door-knocks"),
        forum=N_("street assembly"),
        employer=N_("Landlord"),
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
    """The words of a place of ``kind`` (a workplace's when ``kind`` is unknown), in the
    language of the messages now (the document's while one is built); ``kind`` stays English."""
    found = _WORDS[place_kind(kind)]
    return PlaceWords(kind=found.kind, **{
        f: (_(v) if isinstance(v, str) else v)
        for f, v in vars(found).items() if f != "kind"
    })
