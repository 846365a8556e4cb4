"""The integrity check of a vault's database, reporting the damage that is really there.

Owns ``IntegrityReport`` and ``integrity_problems``. SQLCipher's ``cipher_integrity_check``
names each page that fails its authentication. Once a connection has met such a page, SQLite's
``integrity_check`` on it reports nearly every table of the database (one bad page in the
grievances table gave 50 lines naming 30 trees), which sends people to restore a whole vault
over one damaged table. So the structural check runs whole only when every page authenticates;
otherwise each table (with its indexes) is checked on a fresh connection of its own, and the
report names the damaged pages and the tables that cannot be read, not the rest.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from forum_kit.i18n import _
from forum_kit.vault.probe import SQLITE_INTERRUPT, sqlite_code

MAX_PROBLEM_LINES = 50

Connect = Callable[[], AbstractContextManager[Any]]


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    """Result of ``Vault.check``: ok when both SQLite and SQLCipher find nothing wrong."""

    ok: bool
    problems: tuple[str, ...]


def _lines(rows: list[Any]) -> list[str]:
    return [line for r in rows for line in str(r[0]).splitlines() if line.strip()]


def _capped(lines: list[str]) -> list[str]:
    if len(lines) <= MAX_PROBLEM_LINES:
        return lines
    return [*lines[:MAX_PROBLEM_LINES], f"... and {len(lines) - MAX_PROBLEM_LINES} more"]


def _pragma(connect: Connect, pragma: str) -> list[str]:
    """The lines ``pragma`` returns on a fresh connection, or the failure as one line."""
    with connect() as raw:
        try:
            return _lines(raw.execute(f"PRAGMA {pragma}").fetchall())
        except sqlcipher.Error as error:
            if sqlite_code(error) == SQLITE_INTERRUPT:
                raise  # the vault was locked meanwhile: that says nothing about the file
            return [f"failed (SQLite error {sqlite_code(error)})"]


def _table_names(connect: Connect) -> list[str]:
    with connect() as raw:
        return [
            str(r[0])
            for r in raw.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]


def _damaged_tables(connect: Connect) -> list[str]:
    """``integrity_check`` of each table (and its indexes), each on a connection of its own so
    that one table's bad page does not fail the others'."""
    problems = []
    for name in _table_names(connect):
        quoted = '"' + name.replace('"', '""') + '"'
        lines = _pragma(connect, f"integrity_check({quoted})")
        if lines != ["ok"]:
            first = lines[0] if lines else "no answer"
            problems.append(_("table {name} cannot be read completely (integrity_check: "
                              "{first})").format(
                              name=name,
                              first=first))
    return problems


def integrity_problems(connect: Connect) -> list[str]:
    """What is damaged in the database ``connect()`` opens (a context manager yielding a keyed
    connection, closed afterwards); empty when it is intact."""
    cipher = _pragma(connect, "cipher_integrity_check")
    if not cipher:
        lines = _pragma(connect, "integrity_check")
        return [] if lines == ["ok"] else [f"integrity_check: {line}" for line in _capped(lines)]
    problems = [f"cipher_integrity_check: {line}" for line in _capped(cipher)]
    try:
        tables = _damaged_tables(connect)
    except sqlcipher.Error as error:
        # the schema itself sits on a damaged page: nothing table by table can be said
        return [*problems, f"the list of tables cannot be read (SQLite error {sqlite_code(error)})"]
    return problems + _capped(tables)
