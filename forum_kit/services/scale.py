"""The vault's assessment scale: list the levels and relabel, recolour or redefine them. The set of
levels itself is fixed by the schema seed (0-5); only their meaning and look are configurable."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import Conflict, InvalidInput, NotFound
from forum_kit.i18n import _
from forum_kit.models import AssessmentLevel
from forum_kit.services import clean_text

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class LevelRow:
    level: int
    label: str
    colour: str
    definition: str
    counts_as_support: bool
    counts_as_assessed: bool


def scale(session: Session) -> list[LevelRow]:
    t = AssessmentLevel.__table__
    rows = session.execute(sa.select(t).order_by(t.c.level)).all()
    return [
        LevelRow(
            level=r.level,
            label=r.label,
            colour=r.colour,
            definition=r.definition,
            counts_as_support=bool(r.counts_as_support),
            counts_as_assessed=bool(r.counts_as_assessed),
        )
        for r in rows
    ]


def update_level(
    session: Session,
    *,
    level: int,
    label: str | None = None,
    colour: str | None = None,
    definition: str | None = None,
    counts_as_support: bool | None = None,
) -> LevelRow:
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
            )
        ).first()
        if taken is not None:
            raise Conflict(_("Another level already has this label; choose a different one."))
        row.label = label
    if colour is not None:
        if not isinstance(colour, str) or not _COLOUR.match(colour.strip()):
            raise InvalidInput(_("Colour must be written #rrggbb, for example #66bb6a."))
        row.colour = colour.strip().lower()
    if definition is not None:
        row.definition = clean_text(definition, "Definition", max_len=2000, multiline=True)
    if counts_as_support is not None:
        if not isinstance(counts_as_support, bool):
            raise InvalidInput(_("Counts as support must be true or false."))
        row.counts_as_support = counts_as_support
    session.flush()
    return LevelRow(
        level=row.level,
        label=row.label,
        colour=row.colour,
        definition=row.definition,
        counts_as_support=row.counts_as_support,
        counts_as_assessed=row.counts_as_assessed,
    )
