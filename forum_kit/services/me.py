""" "Me": which person in the vault is the steward using it. Stored in the vault (``vault_meta``,
encrypted with everything else, travelling with its backups), so the app can preselect them as
who held a one-on-one and as the author of assessments made in the person editor."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.models import Contact, VaultMeta
from forum_kit.services import get_or_404

ME_KEY = "me_contact_id"


def get_me(session: Session) -> int | None:
    """The steward's own contact id, or None when not chosen (or that person was deleted)."""
    row = session.get(VaultMeta, ME_KEY)
    if row is None or not row.value.isdigit():
        return None
    contact_id = int(row.value)
    exists = session.execute(sa.select(Contact.id).where(Contact.id == contact_id)).first()
    return contact_id if exists else None


def set_me(session: Session, *, contact_id: int | None) -> None:
    """Say who "me" is (None forgets it)."""
    row = session.get(VaultMeta, ME_KEY)
    if contact_id is None:
        if row is not None:
            session.delete(row)
        session.flush()
        return
    get_or_404(session, Contact, contact_id, "contact")
    if row is None:
        session.add(VaultMeta(key=ME_KEY, value=str(int(contact_id))))
    else:
        row.value = str(int(contact_id))
    session.flush()
