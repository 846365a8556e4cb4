"""Recording a move: before a contact's area or shift changes, where they were becomes history
(a ``placements`` row ending on the day of the move), so growth "as of" any earlier date still
counts them where they were then (``forum_kit.queries.placements`` reads it).

``record_move`` serves the person editor and the contact services; ``record_moves`` is the same
for many people in one statement (the importer's bulk write). A database trigger (revision 0015)
records a move dated today when a statement changes someone's area or shift without one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _
from forum_kit.models import Contact
from forum_kit.queries.placements import latest_move
from forum_kit.services import check_date, not_future

_INSERT = (
    "INSERT INTO placements (contact_id, area_id, shift, until_on) "
    "SELECT id, area_id, shift, ? FROM contacts WHERE id = ?"
)


def check_move(session: Session, contact: Contact, on: dt.date, today: dt.date | None) -> None:
    """Refuse a move dated before the person was added, after today, or before a move already
    recorded (history is added to at its end, never rewritten)."""
    check_date(on, "Moved on")
    not_future(on, "Moved on", today)
    if on < contact.added_on:
        raise InvalidInput(_("Moved on is before the person was added; use a later date."))
    last = latest_move(session, contact.id)
    if last is not None and on < last:
        raise InvalidInput(
            _(
                "A later move is already recorded ({isoformat}); date this one on or after it."
            ).format(isoformat=last.isoformat())
        )


def record_move(
    session: Session, contact: Contact, *, on: dt.date, today: dt.date | None = None
) -> None:
    """Keep where ``contact`` is now (area and shift) as history ending on ``on``; call it just
    before changing them."""
    check_move(session, contact, on, today)
    session.flush()
    session.connection().exec_driver_sql(_INSERT, (on.isoformat(), contact.id))


def record_moves(conn: Any, moves: Sequence[tuple[int, dt.date]]) -> None:
    """``record_move`` for many ``(contact id, date)`` pairs in one statement, unchecked (the
    importer dates every move of a file on the day it runs)."""
    if moves:
        conn.exec_driver_sql(_INSERT, [(on.isoformat(), cid) for cid, on in moves])
