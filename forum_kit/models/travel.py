"""Identity that travels: the stable random id (``uid``) of every record that can pass between
vaults in a committee copy or a field report.

Integer primary keys are local to one vault; exchanges name records only by ``uid`` (32 hex
digits of a random UUID). Models of travelling records inherit ``Travelling``; the models give
each new row its uid, and ``forum_kit.committee.uids.ensure_uids`` gives one to any row a bulk
path wrote without it, before anything travels. Once given, a uid never changes.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

UID_LENGTH = 32


def new_uid() -> str:
    """A fresh random uid: the 32 lowercase hex digits of a version 4 UUID."""
    return uuid.uuid4().hex


class Travelling:
    """Mixin of the models whose rows can travel between vaults."""

    uid: Mapped[str | None] = mapped_column(
        sa.String(UID_LENGTH), default=new_uid, index=True, unique=True
    )
