"""The first-run walk-through's state, kept in the vault (``vault_meta``), and what counts as new.

A vault offers the walk-through while it is new (no workplace yet) and the walk-through has been
neither finished nor skipped. The state lives in the vault rather than in the machine's settings:
it belongs to that vault (a second vault made on the same laptop is new again, and a vault
restored elsewhere is not), it is encrypted with everything else and travels with the backups,
and the settings file holds no facts about a vault's contents (SECURITY.md). Values: ``done`` or
``skipped``, with the day; nothing personal.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _
from forum_kit.models import VaultMeta, Workplace

WALKTHROUGH_KEY = "walkthrough"
DONE = "done"
SKIPPED = "skipped"


def walkthrough_state(session: Session) -> str | None:
    """``done``, ``skipped`` or None (never offered to an end)."""
    row = session.get(VaultMeta, WALKTHROUGH_KEY)
    if row is None:
        return None
    state = row.value.split(" ", 1)[0]
    return state if state in (DONE, SKIPPED) else None


def should_offer_walkthrough(session: Session) -> bool:
    """True for a new vault (no workplace) whose walk-through was never finished or skipped."""
    if walkthrough_state(session) is not None:
        return False
    return session.execute(sa.select(Workplace.id).limit(1)).first() is None


def end_walkthrough(session: Session, *, state: str, today: dt.date) -> None:
    """Record that the walk-through was finished (``done``) or skipped: it is not offered again."""
    if state not in (DONE, SKIPPED):
        raise InvalidInput(_("The walk-through ends as 'done' or 'skipped'."))
    value = f"{state} {today.isoformat()}"
    row = session.get(VaultMeta, WALKTHROUGH_KEY)
    if row is None:
        session.add(VaultMeta(key=WALKTHROUGH_KEY, value=value))
    else:
        row.value = value
    session.flush()
