"""How the commands name what a vault holds: a workplace, an area, a person, a forum or council.

Each is given by its number (as ``areas``, ``people`` and ``forums`` print it) or by its name:
a workplace by its full name, an area by its full path (``Floor 2 / Team North``, as exports
write it) or a name only one area has, a person by "First Last" when one person has it. Nothing
matched, or several, is ``NotFound`` with a sentence saying what to give instead (never echoing
what was typed: it may be a coworker's name). Nothing heavy is imported until a lookup runs,
so ``--help`` stays quick.
"""

from __future__ import annotations

from typing import Any

from forum_kit.errors import NotFound
from forum_kit.i18n import _


def _number(text: str) -> int | None:
    key = text.strip().lstrip("#")
    return int(key) if key.isdigit() else None


def workplace_in(session: Any, wanted: str | None, option: str = "--workplace") -> int:
    """The workplace named ``wanted``; the only one when ``wanted`` is None."""
    from forum_kit.queries.areas import workplaces

    rows = workplaces(session, counts=False)
    if wanted is None:
        if len(rows) == 1:
            return rows[0].id
        if not rows:
            raise NotFound(_("The vault has no workplace yet; add one with "
                             "'forum-kit add-workplace PATH NAME'."))
        raise NotFound(_("Choose the workplace with {option} NAME (the vault has {n} workplaces; "
                         "'forum-kit areas' lists them).").format(option=option, n=len(rows)))
    number = _number(wanted)
    key = wanted.strip().casefold()
    chosen = [r.id for r in rows if r.id == number or r.name.casefold() == key]
    if len(chosen) != 1:
        raise NotFound(_("No single workplace matches {option}; give its number or full name "
                         "(see 'forum-kit areas').").format(option=option))
    return chosen[0]


def area_in(session: Any, workplace_id: int, text: str, option: str = "--area") -> int:
    """The area of the workplace ``text`` names: its number, full path or a unique name."""
    from forum_kit.exchange.area_paths import AreaIndex
    from forum_kit.models import Area

    number = _number(text)
    if number is not None:
        found = session.get(Area, number)
        if found is None or found.workplace_id != workplace_id:
            raise NotFound(_("No area of this workplace has that number ({option}); see "
                             "'forum-kit areas'.").format(option=option))
        return number
    resolved = AreaIndex.load(session, workplace_id).resolve(text)
    if not isinstance(resolved, int):
        raise NotFound(_("No single area matches {option}; give its number or its full path "
                         "(Parent / Area), as 'forum-kit areas' shows.").format(option=option))
    return resolved


def person_in(session: Any, text: str, option: str = "PERSON",
              workplace_id: int | None = None) -> int:
    """The person ``text`` names: a number, or "First Last" when one person has it."""
    import sqlalchemy as sa

    from forum_kit.models import Contact

    number = _number(text)
    c = Contact.__table__.c
    if number is not None:
        if session.get(Contact, number) is None:
            raise NotFound(_("No person has that number ({option}); 'forum-kit people' lists "
                             "them.").format(option=option))
        return number
    key = " ".join(text.split()).casefold()
    stmt = sa.select(c.id, c.first_name, c.last_name)
    if workplace_id is not None:
        stmt = stmt.where(c.workplace_id == workplace_id)
    chosen = [i for i, first, last in session.execute(stmt)
              if f"{first} {last or ''}".strip().casefold() == key]
    if len(chosen) != 1:
        raise NotFound(_("No single person has that name ({option}); give their number, as "
                         "'forum-kit people' shows it.").format(option=option))
    return chosen[0]


def body_in(session: Any, text: str, option: str = "FORUM") -> Any:
    """The forum or council ``text`` names (number or full name): its ``BodyRow``."""
    from forum_kit.queries.assemblies import bodies

    number = _number(text)
    key = text.strip().casefold()
    chosen = [b for b in bodies(session) if b.id == number or b.name.casefold() == key]
    if len(chosen) != 1:
        raise NotFound(_("No single forum or council matches {option}; give its number or full "
                         "name (see 'forum-kit forums').").format(option=option))
    return chosen[0]
