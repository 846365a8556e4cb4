"""The set-based statements behind ``write.apply_import``: what the row triggers would have done,
done once for the whole import.

Owns the triggers an import suspends and re-creates, the secondary indexes it drops and rebuilds
when a file at least doubles a table, the INSERT of new contacts with columns the file left empty
written as literals, the search indexes (FTS5, and the folded one of revision 0011 for added
people) brought up to date for added and changed people, the
derived columns (current level, last contact) of people already in the vault, and the growth
cache's marks (revision 0004). tests/core/test_import_fast_paths.py checks each against what the
row triggers give.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple

import sqlalchemy as sa

FTS_COLUMNS = "first_name, last_name, job_title, shift, language, notes"
CONVERSATION_FTS_COLUMNS = "agitate, educate, inoculate, ask, answer, unite, plan"
# revision 0011's folded index of new people: its trigger called ``forum_kit_fold`` (Python) once
# a row, twice for a name it folds; ``add_folds`` writes what it would have, computed in one pass
FOLD_TRIGGER = "contacts_fold_fts_ai"
BULK_TRIGGERS = (
    "contacts_fts_ai", "contacts_fts_au", "conversations_fts_ai", "assessments_current_ai",
    "conversations_last_ai", FOLD_TRIGGER,
)
# revision 0004's growth-cache marks: one upsert per inserted row, replaced by one set-based mark
GROWTH_TRIGGERS = (
    "growth_contacts_ai", "growth_assessments_ai", "growth_conversations_ai",
    "growth_memberships_ai",
)
# the earliest date each written area's cached growth figures must be recomputed from: the
# union of what the row triggers above would have marked (the person's area now and each area
# they were in after the row's date, revision 0015), one row per area
_GROWTH_MARK = """
INSERT INTO growth_dirty(area_id, since)
SELECT area_id, min(day) FROM (
    SELECT c.area_id, a.assessed_on AS day FROM assessments a
    JOIN contacts c ON c.id = a.contact_id WHERE a.id > :assessment AND a.contact_id < :first
    UNION ALL
    SELECT c.area_id, v.held_on FROM conversations v JOIN contacts c ON c.id = v.contact_id
    WHERE v.id > :conversation AND v.contact_id < :first
    UNION ALL
    SELECT c.area_id, m.joined_on FROM committee_memberships m
    JOIN contacts c ON c.id = m.contact_id WHERE m.id > :membership AND m.contact_id < :first
    UNION ALL
    SELECT p.area_id, a.assessed_on FROM assessments a JOIN placements p
    ON p.contact_id = a.contact_id AND p.until_on > a.assessed_on
    WHERE a.id > :assessment AND a.contact_id < :first
    UNION ALL
    SELECT p.area_id, v.held_on FROM conversations v JOIN placements p
    ON p.contact_id = v.contact_id AND p.until_on > v.held_on
    WHERE v.id > :conversation AND v.contact_id < :first
    UNION ALL
    SELECT p.area_id, m.joined_on FROM committee_memberships m JOIN placements p
    ON p.contact_id = m.contact_id AND p.until_on > m.joined_on
    WHERE m.id > :membership AND m.contact_id < :first
) WHERE true GROUP BY area_id
ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since)
"""
# the same mark for areas of people the import adds, whose dates the plan already holds
GROWTH_MARK_NEW = (
    "INSERT INTO growth_dirty(area_id, since) VALUES (?, ?) "
    "ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since)"
)
# tables whose secondary indexes are dropped and rebuilt when an import at least doubles them
REBUILT_TABLES = ("contacts", "conversations", "assessments")
REBUILD_AT = 5_000  # new contacts from which dropping and rebuilding indexes can pay
# the contacts columns an import fills, in the order of the plan's rows; the rest are fixed
# (not sensitive, not marked a leader, added today, not left) and written as literals
CONTACT_COLUMNS = (
    "id", "area_id", "first_name", "last_name", "shift", "job_title", "employment",
    "employee_number", "phone", "email", "language", "card_signed_on", "notes", "current_level",
    "current_assessed_on", "last_contact_on", "last_contact_by_id",
)
LITERALS = {(type(None), None): "NULL", (str, ""): "''", (int, 0): "0"}
# the columns of CONTACT_COLUMNS that may be NULL (the others are NOT NULL: no None to look for)
NULLABLE = {
    "employment", "employee_number", "card_signed_on", "current_assessed_on", "last_contact_on",
    "last_contact_by_id",
}


class IsoDays(dict):
    """``days[d]``: the ISO text SQLite stores for date ``d`` (None stays None), made once per
    distinct day."""

    def __missing__(self, day: dt.date | None) -> str | None:
        text = None if day is None else day.isoformat()
        self[day] = text
        return text


class HighWater(NamedTuple):
    """The largest history ids before the import: every row past them is the import's."""

    assessment: int
    conversation: int
    membership: int


def high_water(conn: Any) -> HighWater:
    def top(table: str) -> int:
        return conn.execute(sa.text(f"SELECT coalesce(max(id), 0) FROM {table}")).scalar()

    return HighWater(top("assessments"), top("conversations"), top("committee_memberships"))


def suspend_triggers(conn: Any, updated_ids: Sequence[int]) -> list[tuple[str, str]]:
    """Drop the row triggers for the import (after taking the people it changes out of the
    search index); their (name, SQL) to re-create them with ``restore_triggers``."""
    triggers = conn.execute(
        sa.text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN :names")
        .bindparams(sa.bindparam("names", expanding=True)),
        {"names": [*BULK_TRIGGERS, *GROWTH_TRIGGERS]},
    ).all()
    _index_people(conn, updated_ids, delete=True)
    for name, _sql in triggers:
        conn.execute(sa.text(f'DROP TRIGGER "{name}"'))
    return [(name, sql) for name, sql in triggers]


def _index_people(conn: Any, ids: Sequence[int], *, delete: bool) -> None:
    """Take people out of the search index (``delete``) or put them in, 500 at a time."""
    command, value = ("contacts_fts, ", "'delete', ") if delete else ("", "")
    statement = sa.text(
        f"INSERT INTO contacts_fts({command}rowid, {FTS_COLUMNS}) "
        f"SELECT {value}id, {FTS_COLUMNS} FROM contacts WHERE id IN :ids"
    ).bindparams(sa.bindparam("ids", expanding=True))
    for start in range(0, len(ids), 500):
        conn.execute(statement, {"ids": ids[start : start + 500]})


def restore_triggers(conn: Any, triggers: Sequence[tuple[str, str]]) -> None:
    for _name, sql in triggers:
        conn.execute(sa.text(sql))


def drop_indexes(conn: Any, table: str, adding: int) -> list[str]:
    """Drop ``table``'s secondary indexes when ``adding`` rows at least double it; return the
    SQL that re-creates them (unique constraints stay: they are not in ``sqlite_master.sql``)."""
    if adding < REBUILD_AT:
        return []
    # counting stops at ``adding`` rows: a million-row table is not walked to learn it is big
    held = conn.exec_driver_sql(
        f'SELECT count(*) FROM (SELECT 1 FROM "{table}" LIMIT ?)', (adding,)
    ).scalar_one()
    if held >= adding:
        return []
    indexes = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL", (table,)
    ).all()
    for name, _sql in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in indexes]


def contact_rows(
    columns: list[Sequence[Any]], *, workplace_id: int, added_on: str
) -> tuple[str, list[tuple[Any, ...]]]:
    """The INSERT of new contacts and its rows, from the values of ``CONTACT_COLUMNS``. A
    column the file left empty throughout (NULL, '' or 0 in every row) is written as a literal
    instead of being bound once a row (each bound value costs the driver; measured at 100k rows,
    a chart without notes, language or employee numbers binds 13 values a row, not 17); the
    workplace and the day added are checked values (an int and an ISO date)."""
    names = ["workplace_id", "sensitive", "organic_leader", "added_on", "left_on"]
    values = [str(workplace_id), "0", "0", f"'{dt.date.fromisoformat(added_on).isoformat()}'",
              "NULL"]
    bound: list[Sequence[Any]] = []
    for name, column in zip(CONTACT_COLUMNS, columns, strict=True):
        first = column[0] if len(column) else None
        literal = LITERALS.get((first.__class__, first)) if name != "id" else None
        names.append(name)
        if literal is not None and column.count(first) == len(column):
            values.append(literal)
        else:
            placeholder, column = (
                nulls_bound_as(column) if name in NULLABLE else ("?", column))
            values.append(placeholder)
            bound.append(column)
    sql = f"INSERT INTO contacts ({', '.join(names)}) VALUES ({', '.join(values)})"
    return sql, list(zip(*bound, strict=True))


# Binding None costs the driver a failed adapter lookup (an exception raised and cleared): 1.0 us
# a value against 0.07 for a number (measured, sqlcipher3 0.6.4). A column with some NULLs binds
# 0 for them, which NULLIF turns back: 0 equals no text, date or id in SQL (no affinity applies
# to a bound value or a literal), and a column that holds a zero (0, 0.0, False) binds None.
def nulls_bound_as(column: Sequence[Any]) -> tuple[str, Sequence[Any]]:
    """The placeholder and values to bind for ``column``: ``NULLIF(?, 0)`` and the column with
    each None replaced by 0, or ``?`` and the column as it is when it holds no None or holds a
    value equal to 0."""
    if None not in column or 0 in column:
        return "?", column
    return "NULLIF(?, 0)", none_as_zero(column)


def none_as_zero(column: Sequence[Any]) -> list[Any]:
    """``column`` with each None replaced by 0, the rest as they are, at C speed (a dict's get
    with the value as its own default): what a ``NULLIF(?, 0)`` placeholder binds."""
    return list(map(_ZERO_FOR_NONE.get, column, column))


_ZERO_FOR_NONE = {None: 0}


def refresh_search(
    conn: Any,
    first_id: int,
    added: int,
    updated_ids: Sequence[int],
    max_conversation: int,
    *,
    notes: bool = True,
) -> None:
    """Index the added people, the changed ones (taken out by ``suspend_triggers``) and, unless
    ``notes`` is False (the caller indexes them with ``index_notes``), the new one-on-ones."""
    if added:
        conn.execute(
            sa.text(
                f"INSERT INTO contacts_fts(rowid, {FTS_COLUMNS}) "
                f"SELECT id, {FTS_COLUMNS} FROM contacts WHERE id BETWEEN :a AND :b"
            ),
            {"a": first_id, "b": first_id + added - 1},
        )
    _index_people(conn, updated_ids, delete=False)
    if notes:
        index_notes(conn, max_conversation)


def add_folds(conn: Any, first_id: int, folds: Sequence[tuple[int, str]]) -> None:
    """The folded search index (revision 0011) of the people added from ``first_id`` on:
    ``text_fold.index_folds`` of their values of ``FTS_COLUMNS``, column by column (the writer
    makes it on its second thread), written as the suspended row trigger would have."""
    if folds:
        conn.exec_driver_sql(
            "INSERT INTO contacts_fold_fts(rowid, fold) VALUES (?, ?)",
            [(first_id + i, fold) for i, fold in folds],
        )


def index_notes(conn: Any, after: int, up_to: int | None = None) -> None:
    """Index for search the notes of the one-on-ones with ids after ``after`` (up to ``up_to``)."""
    conn.execute(
        sa.text(
            f"INSERT INTO conversations_fts(rowid, {CONVERSATION_FTS_COLUMNS}) "
            f"SELECT id, {CONVERSATION_FTS_COLUMNS} FROM conversations WHERE id > :m"
            + ("" if up_to is None else " AND id <= :n")
        ),
        {"m": after, "n": up_to},
    )


def refresh_derived(
    conn: Any, first_id: int, before: HighWater, *, assessed: bool, contacted: bool
) -> None:
    """The current level and last contact of people already in the vault who got history rows:
    the same rule as the history triggers of revision 0002 (the latest by date, then by id)."""
    if assessed:
        conn.execute(
            sa.text(
                "UPDATE contacts SET "
                "current_level = coalesce((SELECT a.level FROM assessments a "
                "  WHERE a.contact_id = contacts.id ORDER BY a.assessed_on DESC, a.id DESC "
                "  LIMIT 1), 0),"
                "current_assessed_on = (SELECT max(a.assessed_on) FROM assessments a "
                "  WHERE a.contact_id = contacts.id) "
                "WHERE id < :first AND id IN (SELECT contact_id FROM assessments WHERE id > :m)"
            ),
            {"m": before.assessment, "first": first_id},
        )
    if contacted:
        conn.execute(
            sa.text(
                "UPDATE contacts SET "
                "last_contact_on = (SELECT v.held_on FROM conversations v "
                "  WHERE v.contact_id = contacts.id ORDER BY v.held_on DESC, v.id DESC LIMIT 1), "
                "last_contact_by_id = (SELECT v.by_id FROM conversations v "
                "  WHERE v.contact_id = contacts.id ORDER BY v.held_on DESC, v.id DESC LIMIT 1) "
                "WHERE id < :first AND id IN (SELECT contact_id FROM conversations WHERE id > :m)"
            ),
            {"m": before.conversation, "first": first_id},
        )


def mark_growth(conn: Any, first_id: int, before: HighWater) -> None:
    """The growth cache's marks for the history rows of people already in the vault."""
    conn.execute(sa.text(_GROWTH_MARK), {
        "first": first_id, "assessment": before.assessment,
        "conversation": before.conversation, "membership": before.membership,
    })


def new_marks(
    area_of: list[int],
    assessments: list[tuple[Any, int, dt.date]],
    conversations: list[tuple[Any, dt.date, Any]],
    today: dt.date,
) -> list[tuple[int, str]]:
    """Per area of the people added, the earliest day their rows touch (what the growth row
    triggers would have marked: added and joined today, assessed and contacted on the file's
    dates); computed from the plan instead of joining the new rows back to contacts.
    ``assessments`` and ``conversations`` are sorted by their date."""
    since = dict.fromkeys(area_of, today)
    # both lists are sorted by date, so the first row met for an area is its earliest
    for rows, at in ((assessments, 2), (conversations, 1)):
        pending = set(since)
        for row in rows:
            kind, offset = row[0]
            if kind == "new":
                area = area_of[offset]
                if area in pending:
                    pending.discard(area)
                    since[area] = min(since[area], row[at])
                    if not pending:
                        break
    return [(area, day.isoformat()) for area, day in since.items()]
