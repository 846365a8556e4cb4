"""Areas named by their full path, the one notation import and export share.

A workplace's areas form a tree in which several areas may share a name (three "Team North"
under three floors), so a file names an area by its path from the top: ``Floor 2 Billing / Team
North``, the notation the app shows. Owns ``area_paths`` (each area's path, for exports) and
``AreaIndex`` (for imports): a path resolves to its area, a bare name only when one area has it
(``AMBIGUOUS`` otherwise), as does the end of a path, and what resolves to nothing is a path to
create, under the longest part of it that exists.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.models import Area
from forum_kit.queries.areas import PATH_SEPARATOR, paths_from

SEPARATOR = PATH_SEPARATOR
AMBIGUOUS = object()  # a bare name that several areas of the workplace have


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def split_path(text: str) -> list[str]:
    """The parts of a path as written ("A/B", "A / B" and "A  /B" alike); empty parts go."""
    return [part.strip() for part in text.split("/") if part.strip()]


def path_key(text: str) -> str:
    """The folded form two ways of writing one path share."""
    return SEPARATOR.join(_fold(part) for part in split_path(text))


def _rows(session: Session, workplace_id: int) -> list[tuple[int, int | None, str]]:
    return [tuple(r) for r in session.execute(
        sa.select(Area.id, Area.parent_id, Area.name).where(Area.workplace_id == workplace_id)
    )]


def paths_of(rows: list[tuple[int, int | None, str]]) -> dict[int, str]:
    """Each area's path from (id, parent id, name) rows (``forum_kit.queries.areas.paths_from``)."""
    return paths_from(rows)


def area_paths(session: Session, workplace_id: int) -> dict[int, str]:
    """Every area of a workplace by id, named by its full path."""
    return paths_of(_rows(session, workplace_id))


@dataclass(slots=True)
class AreaIndex:
    """A workplace's areas for resolving what a file calls them."""

    by_path: dict[str, int]  # path_key -> id
    by_name: dict[str, int | object]  # folded name -> id, or AMBIGUOUS when several have it
    paths: dict[int, str]  # id -> path as shown

    @classmethod
    def load(cls, session: Session, workplace_id: int) -> AreaIndex:
        rows = _rows(session, workplace_id)
        paths = paths_of(rows)
        by_name: dict[str, int | object] = {}
        for area_id, _parent, name in rows:
            key = _fold(name.strip())
            by_name[key] = AMBIGUOUS if key in by_name else area_id
        return cls({path_key(p): i for i, p in paths.items()}, by_name, paths)

    def resolve(self, text: str) -> int | str | object:
        """The area ``text`` names: its id; ``AMBIGUOUS`` for a bare name several areas have;
        else the path to create, as written (parts trimmed)."""
        key = path_key(text)
        found = self.by_path.get(key)
        if found is not None:
            return found
        parts = split_path(text)
        if len(parts) == 1:
            named = self.by_name.get(_fold(parts[0]))
            if named is not None:
                return named
        elif key:
            # the end of a path ("Billing / Team North" for "Site / Billing / Team North")
            ends = [i for k, i in self.by_path.items() if k.endswith(SEPARATOR + key)]
            if len(ends) == 1:
                return ends[0]
            if ends:
                return AMBIGUOUS
        return SEPARATOR.join(parts)

    def existing_parent(self, parts: list[str]) -> tuple[int | None, int]:
        """The deepest existing area along ``parts`` from the top (None: none) and how many
        parts it covers."""
        parent: int | None = None
        covered = 0
        for depth in range(1, len(parts) + 1):
            found = self.by_path.get(SEPARATOR.join(_fold(p) for p in parts[:depth]))
            if found is None:
                break
            parent, covered = found, depth
        return parent, covered
