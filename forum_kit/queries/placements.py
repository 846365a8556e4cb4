"""Where a contact was on a date: the rule that reads the dated history of moves (``placements``)
and the history shown in the person editor.

A placement row says a contact was in an area, on a shift, *until* a date (exclusive); its period
starts where the previous row's ends (the first one covers everything before it). After the last
row, the contact is where ``contacts`` says. So on date ``d`` a contact is in the area of the
earliest row ending after ``d`` (entry order breaks a tie), or in their current area when no row
does. A person who never moved has no rows and needs no look-up. ``area_on`` and ``shift_on``
give that rule in SQL (the reference queries, documents and coverage of a past date);
``segments`` gives it in Python for the growth cache, which reads each contact's rows once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.models import Area, Contact, Placement

_p = Placement.__table__
_c = Contact.__table__
_a = Area.__table__

T = TypeVar("T")


def _dated(
    column: sa.Column, on: Any, contact_id: sa.ColumnElement[int], current: sa.ColumnElement
) -> sa.ColumnElement:
    """``column`` of the placement that holds ``on``, else ``current`` (a correlated scalar
    subquery: one index probe of ``ix_placements_contact`` per contact)."""
    held = (
        sa.select(column)
        .where(_p.c.contact_id == contact_id, _p.c.until_on > on)
        .order_by(_p.c.until_on, _p.c.id)
        .limit(1)
        .scalar_subquery()
    )
    return sa.func.coalesce(held, current)


def area_on(on: Any, contact: sa.FromClause | None = None) -> sa.ColumnElement[int]:
    """The area a contact of ``contact`` (the contacts table or an alias) was in on ``on`` (a
    date, or a date column such as a conversation's ``held_on``)."""
    table = _c if contact is None else contact
    return _dated(_p.c.area_id, on, table.c.id, table.c.area_id)


def shift_on(on: Any, contact: sa.FromClause | None = None) -> sa.ColumnElement[str]:
    """The shift a contact was on, on ``on`` (see ``area_on``)."""
    table = _c if contact is None else contact
    return _dated(_p.c.shift, on, table.c.id, table.c.shift)


def segments(current: T, rows: Iterable[tuple[Any, T]], start: Any) -> list[tuple[Any, Any, T]]:
    """A moved contact's periods as ``(from, until, place)``; ``until`` is None for the last
    (current) one. ``rows`` are ``(until, place)`` in the order of ``until`` then entry;
    ``start`` is the earliest value of the dates used (ISO text or dates). A row ending where
    the previous one ended held no day and is left out."""
    out: list[tuple[Any, Any, T]] = []
    begin = start
    for until, place in rows:
        if until > begin:
            out.append((begin, until, place))
            begin = until
    out.append((begin, None, current))
    return out


def place_at(periods: list[tuple[Any, Any, T]], day: Any) -> T:
    """The place of ``periods`` (from ``segments``) that holds ``day``."""
    for _begin, until, place in periods:
        if until is None or day < until:
            return place
    return periods[-1][2]


@dataclass(frozen=True)
class PlacementRow:
    """One period of a contact's history: area (by path) and shift from one date to another;
    ``until`` None is where they are now, ``since`` None is "since they were added"."""

    area_id: int
    area_name: str
    shift: str
    since: dt.date | None
    until: dt.date | None


def placement_history(session: Session, contact_id: int) -> list[PlacementRow]:
    """A contact's periods, newest first (one row, "since added", for a person never moved)."""
    contact = session.execute(
        sa.select(_c.c.area_id, _c.c.shift, _c.c.added_on).where(_c.c.id == contact_id)
    ).first()
    if contact is None:
        return []
    rows = session.execute(
        sa.select(_p.c.until_on, _p.c.area_id, _p.c.shift)
        .where(_p.c.contact_id == contact_id)
        .order_by(_p.c.until_on, _p.c.id)
    ).all()
    names = dict(session.execute(sa.select(_a.c.id, _a.c.name)).all())
    periods = segments(
        (contact.area_id, contact.shift),
        [(r.until_on, (r.area_id, r.shift)) for r in rows],
        dt.date.min,
    )
    out = [
        PlacementRow(
            area_id=area,
            area_name=names.get(area, ""),
            shift=shift,
            since=None if begin == dt.date.min or begin <= contact.added_on else begin,
            until=until,
        )
        for begin, until, (area, shift) in periods
        if until is None or until > contact.added_on
    ]
    return out[::-1]


def latest_move(session: Session, contact_id: int) -> dt.date | None:
    """The date of the contact's latest recorded move, if any."""
    return session.execute(
        sa.select(sa.func.max(_p.c.until_on)).where(_p.c.contact_id == contact_id)
    ).scalar_one()
