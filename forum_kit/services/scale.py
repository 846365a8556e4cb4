"""Changing the vault's assessment scale (reading it: ``forum_kit.queries.levels``): 3 to 7
levels in an order (strongest support first), the direction their numbers run, which of them count
as support, their labels, colours and meanings.

Level ids are never renumbered and assessments are never rewritten: a level taken off the scale
is *retired into* an active one and its history reads as that level from then on (its own label
is kept for the history, its counting follows the level it maps to). Level 0, "unassessed", is
always there and always first. A level's number is its place on the scale, counted from the
supporters' end or from the other end (``direction``); the id is what the history stores.
``scale`` lists the levels; ``set_scale`` replaces the whole scale in one call (the settings
editor); ``update_level`` changes one level's words, colour or support flag."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import Conflict, InvalidInput, NotFound
from forum_kit.i18n import _
from forum_kit.models import AssessmentLevel, VaultMeta
from forum_kit.queries.levels import (
    DIRECTION_KEY,
    DIRECTIONS,
    OPPOSITION_FIRST,
    SUPPORT_FIRST,
    LevelRow,
    direction,
    effective_levels,
    scale,
    supporter_labels,
)
from forum_kit.services import clean_text

__all__ = [
    "MAX_LEVELS",
    "MIN_LEVELS",
    "OPPOSITION_FIRST",
    "SUPPORT_FIRST",
    "LevelRow",
    "LevelSpec",
    "direction",
    "effective_levels",
    "scale",
    "set_direction",
    "set_scale",
    "supporter_labels",
    "update_level",
]

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
MIN_LEVELS = 3
MAX_LEVELS = 7


@dataclass(frozen=True)
class LevelSpec:
    """A level of a new scale for ``set_scale``: an existing level's id (active or retired,
    which brings it back) or None for a new level."""

    label: str
    colour: str
    definition: str = ""
    counts_as_support: bool = False
    level: int | None = None


def set_direction(session: Session, *, way: str) -> None:
    """Number the scale from the supporters' end (``SUPPORT_FIRST``) or the other."""
    if way not in DIRECTIONS:
        raise InvalidInput(_("Direction must be support_first or opposition_first."))
    row = session.get(VaultMeta, DIRECTION_KEY)
    if row is None:
        session.add(VaultMeta(key=DIRECTION_KEY, value=way))
    else:
        row.value = way
    session.flush()


def _colour(value: str) -> str:
    if not isinstance(value, str) or not _COLOUR.match(value.strip()):
        raise InvalidInput(_("Colour must be written #rrggbb, for example #66bb6a."))
    return value.strip().lower()


def set_scale(
    session: Session,
    *,
    levels: Sequence[LevelSpec],
    retire: Mapping[int, int] | None = None,
    way: str | None = None,
) -> list[LevelRow]:
    """Make ``levels`` (strongest support first) the scale. Every active level left out must be
    in ``retire``, mapped to the place (1 = the first of ``levels``) its history now reads as;
    levels that count as support come first, and there are 3 to 7 of them with at least one
    supporter and one that is not. Nothing is renumbered: new levels get new ids."""
    retire = dict(retire or {})
    if not MIN_LEVELS <= len(levels) <= MAX_LEVELS:
        raise InvalidInput(
            _("A scale has {MIN_LEVELS} to {MAX_LEVELS} levels (besides unassessed); this one "
              "has {n}.").format(
              MIN_LEVELS=MIN_LEVELS,
              MAX_LEVELS=MAX_LEVELS,
              n=len(levels))
        )
    rows = {r.level: r for r in session.execute(sa.select(AssessmentLevel)).scalars()}
    labels: list[str] = []
    support: list[bool] = []
    looks: list[tuple[str, str]] = []  # cleaned colour and meaning, checked before any change
    for i, spec in enumerate(levels, 1):
        if not isinstance(spec, LevelSpec):
            raise InvalidInput(_("Each level must be a LevelSpec."))
        label = clean_text(spec.label, f"Label of level {i}", max_len=60, required=True)
        if label.casefold() in (x.casefold() for x in labels):
            raise Conflict(_("Two levels are labelled {label!r}; give each its own label.").format(
                             label=label))
        looks.append(
            (
                _colour(spec.colour),
                clean_text(spec.definition, f"Meaning of {label}", max_len=2000, multiline=True),
            )
        )
        if spec.level is not None and (spec.level not in rows or spec.level == 0):
            raise NotFound(_("No assessment level {level} on this vault's scale.").format(
                             level=spec.level))
        if not isinstance(spec.counts_as_support, bool):
            raise InvalidInput(_("Counts as support must be true or false."))
        labels.append(label)
        support.append(spec.counts_as_support)
    if not any(support) or all(support):
        raise InvalidInput(_("At least one level must count as support and one must not."))
    if support != sorted(support, reverse=True):
        raise InvalidInput(
            _("Levels that count as support come first: order the scale from the "
            "strongest support to the strongest opposition.")
        )
    kept = {spec.level for spec in levels if spec.level is not None}
    if len(kept) != len([s for s in levels if s.level is not None]):
        raise InvalidInput(_("A level appears twice in the new scale."))
    dropped = {
        lv for lv, r in rows.items() if lv != 0 and r.retired_into is None and lv not in kept
    }
    missing = sorted(dropped - set(retire))
    if missing:
        names = ", ".join(rows[lv].label for lv in missing)
        raise InvalidInput(_("Say which level the history of {names} reads as from now on.").format(
                             names=names))
    for old, place in retire.items():
        if old not in dropped:
            raise InvalidInput(_("Level {old} is not being taken off the scale.").format(old=old))
        if isinstance(place, bool) or not isinstance(place, int) or not 1 <= place <= len(levels):
            raise InvalidInput(_("Map {label} to a place from 1 to {n}.").format(
                                 label=rows[old].label,
                                 n=len(levels)))
    if way is not None:
        set_direction(session, way=way)
    # the new scale, in order: existing levels updated, new ones with fresh ids
    next_id = max(rows) + 1
    ids: list[int] = []
    for position, (spec, label, (colour, meaning)) in enumerate(
        zip(levels, labels, looks, strict=True), 1
    ):
        row = rows.get(spec.level) if spec.level is not None else None
        if row is None:
            row = AssessmentLevel(
                level=next_id, label=label, colour=colour, counts_as_assessed=True
            )
            session.add(row)
            rows[next_id] = row
            next_id += 1
        row.label = label
        row.colour = colour
        row.definition = meaning
        row.counts_as_support = spec.counts_as_support
        row.counts_as_assessed = True
        row.position = position
        row.retired_into = None
        ids.append(row.level)
    for old, place in retire.items():
        rows[old].retired_into = ids[place - 1]
        rows[old].position = None
    _settle_retired(rows)
    session.flush()
    return scale(session)


def _settle_retired(rows: dict[int, AssessmentLevel]) -> None:
    """Point every retired level straight at an active one and give it that level's counting
    (the growth figures read the flags of the level stored in the history)."""
    for row in rows.values():
        if row.retired_into is None:
            continue
        seen = {row.level}
        target = rows[row.retired_into]
        while target.retired_into is not None and target.level not in seen:
            seen.add(target.level)
            target = rows[target.retired_into]
        row.retired_into = target.level
        row.counts_as_support = target.counts_as_support
        row.counts_as_assessed = target.counts_as_assessed


def update_level(
    session: Session,
    *,
    level: int,
    label: str | None = None,
    colour: str | None = None,
    definition: str | None = None,
    counts_as_support: bool | None = None,
) -> LevelRow:
    """Relabel, recolour or redefine one level (or say whether it counts as support)."""
    if isinstance(level, bool) or not isinstance(level, int):
        raise InvalidInput(_("Level must be a whole number from the scale."))
    row = session.get(AssessmentLevel, level)
    if row is None:
        raise NotFound(_("No assessment level {level} on this vault's scale.").format(level=level))
    if label is not None:
        label = clean_text(label, "Label", max_len=60, required=True)
        taken = session.execute(
            sa.select(AssessmentLevel.level).where(
                sa.func.lower(AssessmentLevel.label) == label.lower(),
                AssessmentLevel.level != level,
                AssessmentLevel.retired_into.is_(None),
            )
        ).first()
        if taken is not None:
            raise Conflict(_("Another level already has this label; choose a different one."))
        row.label = label
    if colour is not None:
        row.colour = _colour(colour)
    if definition is not None:
        row.definition = clean_text(definition, "Definition", max_len=2000, multiline=True)
    if counts_as_support is not None:
        if not isinstance(counts_as_support, bool):
            raise InvalidInput(_("Counts as support must be true or false."))
        if row.retired_into is not None:
            raise InvalidInput(_("A retired level counts as the level it reads as."))
        row.counts_as_support = counts_as_support
    session.flush()
    _settle_retired({r.level: r for r in session.execute(sa.select(AssessmentLevel)).scalars()})
    session.flush()
    return next(r for r in scale(session) if r.level == level)
