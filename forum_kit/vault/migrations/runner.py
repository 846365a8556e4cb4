"""Run and inspect Alembic migrations on an already keyed SQLAlchemy connection.

Owns the in-code Alembic ``Config`` (script location = this package, the connection passed via
``config.attributes``), the head and current revision look-ups, the known/unknown test that tells
"behind, migrate" from "written by a newer program", and ``upgrade`` in one transaction.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection

SCRIPT_LOCATION = Path(__file__).resolve().parent


def make_config(connection: Connection | None = None, *,
                script_location: Path | None = None) -> Config:
    """An Alembic Config built in code; ``connection`` is what env.py migrates."""
    config = Config()
    config.set_main_option("script_location", str(script_location or SCRIPT_LOCATION))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _script(script_location: Path | None) -> ScriptDirectory:
    return _script_at(str(script_location or SCRIPT_LOCATION))


@lru_cache(maxsize=8)
def _script_at(location: str) -> ScriptDirectory:
    # parsing the versions folder costs tens of milliseconds; every unlock needs it twice
    return ScriptDirectory.from_config(make_config(script_location=Path(location)))


def head_revision(*, script_location: Path | None = None) -> str:
    """The single head revision this program knows."""
    head = _script(script_location).get_current_head()
    if head is None:
        raise RuntimeError("no migration revisions found")
    return head


def is_known_revision(revision: str, *, script_location: Path | None = None) -> bool:
    """True when ``revision`` is one of this program's revisions."""
    try:
        return _script(script_location).get_revision(revision) is not None
    except CommandError:
        return False


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, or None for an unstamped database."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, *, target: str = "head",
            script_location: Path | None = None) -> None:
    """Upgrade to ``target`` in one transaction: a failing revision leaves the old schema.

    When the caller already holds a transaction on ``connection`` the upgrade joins it and the
    caller commits; otherwise this function begins and commits its own.
    """
    config = make_config(connection, script_location=script_location)
    if connection.in_transaction():
        command.upgrade(config, target)
        return
    with connection.begin():
        command.upgrade(config, target)
