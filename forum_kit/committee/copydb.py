"""A held copy's own database: built from a copy file's records, then opened read-only.

Owns ``build_copy_db`` (a new SQLCipher file under its own random key, at the schema's head,
filled kind by kind from the copy's records: every value checked against its column before it is
written, keys turned into local ids, the people's search index, their derived columns and the
growth cache brought up to date set-based, as an import does), the finishing of a large copy
(its secondary indexes and the search index of its one-on-one notes, built after the copy is
shown: ``finish_step``, one committed step at a time, what is left recorded in the copy's own
``vault_meta``, so a lock, a closed app or a crash mid-way only leaves it for the next time the
copy is opened) and ``CopyChart`` (the copy opened for reading: sessions whose every write is
refused with ``CopyReadOnly``, except the growth cache the figures fill as they are read, and
``finish``). The file lives in the vault folder's ``copies/``; its key only in the vault's own
database, so the copy opens only where the vault is unlocked.

Figures in this module's comments are CPU seconds of the P12 opening (a whole reference
workplace: ``benchmarks/run.py --size reference --only P12``, on one core with ``taskset -c 1``,
the memory hardening on as the app runs), its parts from ``py-spy record --native`` samples.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from itertools import chain, repeat
from operator import add
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, event, exc
from sqlalchemy.orm import Session, sessionmaker

from forum_kit.collector import gc_paused
from forum_kit.committee.errors import CopyReadOnly, ExchangeInvalid
from forum_kit.committee.kinds import KINDS, Column, Kind
from forum_kit.errors import StorageError, VaultDamaged, VaultLocked
from forum_kit.exchange.importer import bulk
from forum_kit.i18n import _
from forum_kit.vault import template
from forum_kit.vault.engine import make_engine
from forum_kit.vault.migrations import runner

COPIES_DIR = "copies"
MAX_ROWS = 5_000_000
# what reading a copy may write: the growth figures, derived and refilled on read
_CACHE_TABLES = frozenset({"growth_daily", "growth_dirty", "tag_daily"})
_WRITE = re.compile(
    r"^\s*(?:INSERT|REPLACE|UPDATE|DELETE)\s+(?:OR\s+\w+\s+)?(?:INTO\s+|FROM\s+)?[\"`]?(\w+)",
    re.IGNORECASE,
)
_SCHEMA = re.compile(r"^\s*(?:CREATE|DROP|ALTER)\b", re.IGNORECASE)
# What the opening of a large copy leaves for after it is shown (a key of the copy database's own
# vault_meta, JSON): the secondary indexes still to build and the one-on-ones whose notes are
# indexed for search (ids up to "notes_at"). The copy reads correctly without them: lookups are
# slower and search does not yet find every note, which the app says while it builds them.
UNFINISHED_KEY = "copy_unfinished"
# from this many records a copy is finished after it is shown rather than while it is opened
DEFER_AT = 50_000
LOAD_CACHE_KIB = 400_000  # the page cache while a copy database is filled (build_copy_db)
NOTES_BATCH = 25_000  # one-on-ones indexed per committed step (~0.2 s): a lock waits for one
_FINISHING = "forum_kit_copy_finishing"  # execution option: the finisher's writes pass the guard


def _fail(where: str) -> ExchangeInvalid:
    return ExchangeInvalid(
        _(
            "The copy's content does not follow the format (at {where}); nothing was written."
        ).format(where=where)
    )


# --------------------------------------------------------------------------------- checking


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _types(values: list[Any]) -> set[type]:
    return set(map(type, values))


_HEX = b"0123456789abcdef"


def all_uids(keys: Sequence[Any]) -> bool:
    """Whether every key is a uid: 32 lower-case hexadecimal digits. Checked over the whole
    column at C speed: each key's length, then the digits of all of them at once (a regular
    expression over the joined keys: 28 of py-spy's samples of the P12 opening, ~0.11 s for its
    313,000 uids; this 22, ~0.09 s; and a null uid is refused rather than a TypeError)."""
    if not keys or set(map(type, keys)) != {str} or set(map(len, keys)) != {32}:
        return False
    joined = "".join(keys)
    # str.isascii is the string's kind, known without a scan; deleting every digit leaves
    # nothing only when there was nothing else
    return joined.isascii() and not joined.encode("ascii").translate(None, _HEX)


_NONE = type(None)
_BOOL_INT = {True: 1, False: 0}.get  # None, not a key, stays None
_TEXT_TYPES = frozenset({"text", "enum", "date", "datetime"})  # held as text: never equal to 0


def _check_column(col: Column, values: Sequence[Any], where: str) -> tuple[Sequence[Any], bool]:
    """The column's values as SQLite stores them, and whether any is NULL; ExchangeInvalid at
    the first bad one. Each check runs over the whole column at C speed (a large copy holds
    millions of values); a value that repeats (dates, enums) is checked once. The types are
    taken once per column and tell whether it holds a None, which a column of text learns from
    its join (each scan for None cost ~40 ns a value, ~0.14 s of the P12 opening)."""
    try:
        if col.type == "text":
            try:  # joining raises TypeError at any value that is not text, None too
                joined, present = "\n".join(values), values
            except TypeError:
                present = [v for v in values if v is not None]
                joined = "\n".join(present)
            nulls = len(present) != len(values)
            if (nulls and not col.nullable) or "\0" in joined:
                raise ValueError
            if present and max(map(len, present)) > (col.limit or 0):
                raise ValueError
            return values, nulls
        kinds = set(map(type, values))
        nulls = _NONE in kinds
        present = values
        if nulls:
            if not col.nullable:
                raise ValueError
            kinds.discard(_NONE)
            present = [v for v in values if v is not None]
        if col.type == "int":
            if not kinds <= {int} or (
                present and not -(2**62) < min(present) <= max(present) < 2**62
            ):
                raise ValueError
            return values, nulls
        if col.type == "bool":
            if not kinds <= {bool}:
                raise ValueError
            return list(map(_BOOL_INT, values)), nulls
        if col.type == "enum":
            if not kinds <= {str} or not set(present) <= col.values:
                raise ValueError
            return values, nulls
        if col.type == "date":
            if not kinds <= {str}:
                raise ValueError
            for day in set(present):  # the ISO form SQLAlchemy reads back, and a real date
                if not _DATE.match(day):
                    raise ValueError
                date.fromisoformat(day)
            return values, nulls
        if col.type == "datetime":
            if not kinds <= {str} or (present and max(map(len, present)) > 32):
                raise ValueError
            # SQLAlchemy's own storage form, which its reader parses back
            return [
                None if v is None else datetime.fromisoformat(v).strftime("%Y-%m-%d %H:%M:%S.%f")
                for v in values
            ], nulls
    except (ValueError, TypeError):
        raise _fail(f"{where}.{col.name}") from None
    raise _fail(f"{where}.{col.name}")  # pragma: no cover - every type is handled above


class _Loader:
    """Checks and writes one kind at a time; remembers every kind's keys for the references."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.raw = conn.connection.dbapi_connection
        self.ids: dict[str, dict[Any, int]] = {}
        self.counts: dict[str, int] = {}
        # secondary indexes of the large tables, built once from sorted keys after the load
        self.rebuild: list[str] = []
        # the columns of the history kinds as written, for the people's derived columns
        self.loaded: dict[str, dict[str, Sequence[Any]]] = {}

    def load(self, kind: Kind, columns: list[str], rows: list[Any], lenient: bool) -> None:
        where = kind.name
        wanted = kind.header
        if len(set(columns)) != len(columns) or not set(wanted) <= set(columns):
            raise _fail(f"{where}.columns")
        if set(columns) - set(wanted) and not lenient:
            raise _fail(f"{where}.columns")
        if not isinstance(rows, list) or len(rows) > MAX_ROWS:
            raise _fail(f"{where}.rows")
        if rows and (_types(rows) != {list} or set(map(len, rows)) != {len(columns)}):
            raise _fail(f"{where}.rows")
        pos = {name: columns.index(name) for name in wanted}
        # the rows turned into columns once, at C speed (a large copy holds millions of values)
        by_column = list(zip(*rows, strict=True)) if rows else [()] * len(columns)
        checked = {c.name: _check_column(c, by_column[pos[c.name]], where) for c in kind.columns}
        values = {name: column for name, (column, _nulls) in checked.items()}
        keys = values[kind.key]
        if kind.key == "uid" and keys and not all_uids(keys):
            raise _fail(f"{where}.uid")
        own = dict(zip(keys, range(1, len(keys) + 1), strict=True))  # at C speed
        if len(own) != len(keys):  # a key given twice (the dict is the set: no second pass)
            raise _fail(f"{where}.{kind.key}")
        if kind.key == "uid":
            self.ids[kind.name] = own
        else:
            self.ids[kind.name] = {k: k for k in keys}
        columns_out = [c.name for c in kind.columns]
        data = [values[name] for name in columns_out]
        # the columns that hold some NULLs and never a 0 (text, ids), bound as NULLIF(?, 0)
        zeroed = {c.name for c in kind.columns if checked[c.name][1] and c.type in _TEXT_TYPES}
        for ref in kind.refs:
            targets = self.ids.get(ref.kind)
            if targets is None:
                raise _fail(f"{where}.{ref.key}")
            raw = by_column[pos[ref.key]]
            try:
                mapped = list(map(targets.get, raw))  # None, no key, maps to None
            except TypeError:  # an unhashable key
                raise _fail(f"{where}.{ref.key}") from None
            # a key that names no record of the file, or no key where one is required
            missing = mapped.count(None)
            if missing and (ref.required or missing != raw.count(None)):
                raise _fail(f"{where}.{ref.key}")
            columns_out.append(ref.column)
            data.append(mapped)
            if missing:
                zeroed.add(ref.column)
        if kind.ordered_pair is not None:
            a, b = (columns_out.index(c) for c in kind.ordered_pair)
            low = [min(x, y) for x, y in zip(data[a], data[b], strict=True)]
            high = [max(x, y) for x, y in zip(data[a], data[b], strict=True)]
            if any(x == y for x, y in zip(low, high, strict=True)):
                raise _fail(f"{where}.{kind.ordered_pair[1]}")
            data[a], data[b] = low, high
        if kind.key == "uid":
            columns_out.insert(0, "id")
            data.insert(0, range(1, len(keys) + 1))
        for name, value in kind.local_defaults.items():
            columns_out.append(name)
            data.append([value] * len(rows))
        derived = _DERIVED_COLUMNS.get(kind.name)
        if derived:  # only what _derived reads: the notes' text is freed with the kind's rows
            self.loaded[kind.name] = {
                name: column
                for name, column in zip(columns_out, data, strict=True)
                if name in derived
            }
        if kind.replace:
            self.conn.exec_driver_sql(f"DELETE FROM {kind.table.name}")
        self.rebuild += bulk.drop_indexes(self.conn, kind.table.name, len(rows))
        for link in kind.links:
            self.rebuild += bulk.drop_indexes(self.conn, link.table.name, len(rows))
        if rows:
            sql, bound = _insert(kind.table.name, columns_out, data, zeroed)
            self._many(sql, zip(*bound, strict=True))
        for link in kind.links:
            self._link(kind, link, by_column[pos[link.key]], range(1, len(keys) + 1))
        self.counts[kind.name] = len(rows)

    def _link(self, kind: Kind, link: Any, lists: Sequence[Any], owners: Sequence[int]) -> None:
        targets = self.ids.get(link.kind)
        if targets is None or (lists and set(map(type, lists)) != {list}):
            raise _fail(f"{kind.name}.{link.key}")
        # flattened, so that mapping and checking run at C speed over every key at once
        keys = list(chain.from_iterable(lists))
        if not set(map(type, keys)) <= {str}:
            raise _fail(f"{kind.name}.{link.key}")
        try:
            found = list(map(targets.get, keys))
        except TypeError:  # an unhashable key (a list or an object where a uid belongs)
            raise _fail(f"{kind.name}.{link.key}") from None
        if None in found:  # a key that names no record of the file, or not a uid at all
            raise _fail(f"{kind.name}.{link.key}")
        owned = chain.from_iterable(map(repeat, owners, map(len, lists)))
        pairs, bits = link_pairs(owned, found)
        # one statement over all of them, read by SQLite from one JSON array of the integers in
        # their order (rowids follow it): a statement per pair cost a cursor opened and closed
        # each time (277,866 tag links, encrypted file, CPU, hardening on: 0.22 -> 0.16 s)
        try:
            self.raw.execute(*link_insert(link.table.name, link.own, link.other, pairs, bits))
        except sqlcipher.IntegrityError:
            raise _fail("references") from None

    def _many(self, sql: str, rows: Iterable[tuple[Any, ...]]) -> None:
        """One statement over ``rows``, straight to the driver inside the load's transaction:
        the rows are made one at a time as the driver takes them (a list of a million tuples
        was built and freed again through SQLAlchemy's executemany)."""
        try:
            self.raw.executemany(sql, rows)
        except sqlcipher.IntegrityError:  # what SQLAlchemy would have raised as its own
            raise _fail("references") from None


def link_pairs(owners: Iterable[int], targets: Sequence[int]) -> tuple[list[int], int]:
    """Each (owner, target) pair once, by owner then target (the order every vault writes them
    in), each as one integer ``owner << bits | target``, and ``bits`` (the fewest that hold every
    target: ids of the copy database, positive). Integers are sorted and bound far faster than
    tuples, which compare element by element and bind two values each, and fastest when they fit
    in one of Python's 30-bit digits, as a copy's tag links do (277,866 pairs of the P12
    opening, set and sort: tuples 0.31 s, 32-bit shift 0.19 s, the fewest bits 0.07 s, CPU,
    hardening on)."""
    bits = max(targets, default=1).bit_length()
    return sorted(set(map(add, map((1 << bits).__mul__, owners), targets))), bits


def link_insert(
    table: str, own: str, other: str, pairs: Sequence[int], bits: int
) -> tuple[str, tuple[str]]:
    """The INSERT of ``link_pairs``' integers as (owner, target) rows, in their order, and its
    one parameter: the integers as a JSON array."""
    sql = (
        f'INSERT INTO {table} ("{own}", "{other}") '
        f"SELECT value >> {bits}, value & {(1 << bits) - 1} FROM json_each(?)"
    )
    return sql, (f"[{','.join(map(str, pairs))}]",)


def _insert(
    table: str, names: list[str], columns: list[Sequence[Any]], zeroed: Collection[str] = ()
) -> tuple[str, list]:
    """The INSERT of ``columns`` (the first always bound) and the columns it binds. A column
    holding NULL, '' or 0 throughout is written as that literal in the statement: each bound
    value costs the driver (a one-on-one's follow-up, its flags, fields left empty). A column
    named in ``zeroed`` (some NULLs, and no value equal to 0: text, ids) binds 0 for its NULLs,
    which NULLIF turns back (``bulk.nulls_bound_as``: binding None costs the driver a failed
    adapter lookup; a one-on-one's follow-up date is NULL in half of them; with the column
    checks that tell which columns hold a NULL, the opening went 5.09-5.17 -> 4.60-4.72 s)."""
    marks: list[str] = []
    bound: list[Sequence[Any]] = []
    for index, (name, column) in enumerate(zip(names, columns, strict=True)):
        first = column[0]
        literal = bulk.LITERALS.get((first.__class__, first)) if index else None
        if literal is not None and column.count(first) == len(column):
            marks.append(literal)
        elif index and name in zeroed:
            marks.append("NULLIF(?, 0)")
            bound.append(bulk.none_as_zero(column))
        else:
            marks.append("?")
            bound.append(column)
    listed = ", ".join(f'"{name}"' for name in names)
    return f"INSERT INTO {table} ({listed}) VALUES ({', '.join(marks)})", bound



Chunk = tuple[str, list[str], list[Any]]


def _by_kind(chunks: Iterable[Chunk], lenient: bool) -> Iterator[tuple[Kind, list[str], list]]:
    """The chunks joined per kind, kinds in the registry's order (unknown ones skipped when the
    file is of a newer minor version, refused otherwise)."""
    order = list(KINDS)
    at = -1
    current: tuple[Kind, list[str], list[Any]] | None = None
    for name, columns, rows in chunks:
        if name not in KINDS:
            if lenient:
                continue
            raise _fail("kind")
        index = order.index(name)
        if current is not None and current[0].name == name:
            if columns != current[1] or len(current[2]) + len(rows) > MAX_ROWS:
                raise _fail(f"{name}.columns")
            current[2].extend(rows)
            continue
        if index <= at:
            raise _fail(f"{name}: out of order")
        if current is not None:
            yield current
        at = index
        current = (KINDS[name], columns, list(rows))
    if current is not None:
        yield current


@gc_paused()
def build_copy_db(
    path: Path,
    key: bytearray,
    chunks: Iterable[Chunk],
    *,
    lenient: bool,
    meta: dict[str, str] | None = None,
) -> dict[str, int]:
    """Make the copy database at ``path`` (which must not exist) from a copy's record chunks
    ``(kind, columns, rows)`` and the keeper's settings ``meta`` (checked ``vault_meta`` rows,
    such as the scale's direction); returns the number of records of each kind. On any failure
    the file is removed and the error raised."""
    # the schema at the head revision from the process's template: running every revision for
    # each copy cost ~0.35 s of the P12 opening
    template.create_at_head(path, key)
    engine = make_engine(path, key)
    try:
        with engine.connect() as conn:
            # A new file that is deleted on any failure needs no journal while it is filled:
            # the pages are written once instead of twice, and made durable at the end.
            raw = conn.connection.dbapi_connection  # outside a transaction, as pragmas need
            raw.execute("PRAGMA journal_mode = OFF").fetchall()
            raw.execute("PRAGMA synchronous = OFF").fetchall()
            # A page cache that holds the whole new file while it is filled: the connection's
            # 64 MiB spilled pages mid-load (encrypted and written, some read back and written
            # again), 19% of the inserts' samples; the pages are encrypted and written once, at
            # the commit, instead (P12 opening, CPU, one core, hardening on: 4.58-4.65 ->
            # 4.46-4.49 s). The cache grows only as far as the file (~150 MB at 10,000 people
            # and their two years of history) and goes with the connection.
            raw.execute(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}").fetchall()
            # every reference was resolved to a row of the file before its insert (the loader
            # refuses the file otherwise): checking each again in SQLite would only cost time
            raw.execute("PRAGMA foreign_keys = OFF").fetchall()
            with conn.begin():
                triggers = bulk.suspend_triggers(conn, []) + _suspend(conn, _MARK_TRIGGERS)
                loader = _Loader(conn)
                for kind, columns, rows in _by_kind(chunks, lenient):
                    loader.load(kind, columns, rows, lenient)
                if len(loader.ids.get("workplaces", {})) != 1:
                    raise _fail("workplaces")
                for name, value in (meta or {}).items():
                    conn.exec_driver_sql(
                        "INSERT INTO vault_meta(key, value) VALUES (?, ?)", (name, value)
                    )
                people = loader.counts.get("contacts", 0)
                bulk.refresh_search(conn, 1, people, [], 0, notes=False)
                _derived(conn, loader.loaded)
                bulk.restore_triggers(conn, triggers)
                _set_unfinished(conn, {"indexes": loader.rebuild, "notes_at": 0})
                if sum(loader.counts.values()) < DEFER_AT:  # small: finished while opened
                    while not _finish_one(conn):
                        pass
                # the figures are filled on first read, as after an import
                conn.exec_driver_sql(
                    "INSERT INTO growth_dirty(area_id, since) SELECT id, '0001-01-01' FROM areas "
                    "WHERE true ON CONFLICT(area_id) DO UPDATE SET since = excluded.since"
                )
            raw.execute("PRAGMA foreign_keys = ON").fetchall()
            raw.execute("PRAGMA synchronous = FULL").fetchall()
            raw.execute("PRAGMA journal_mode = WAL").fetchall()
        _fsync(path)
    except exc.IntegrityError:
        _remove(path)
        raise _fail("references") from None
    except BaseException:
        _remove(path)
        raise
    finally:
        engine.dispose()
    return loader.counts


# the people's current level and last contact, from their history as loaded: (history kind,
# its person, its date, the values it gives, the UPDATE)
_DERIVED = (
    (
        "assessments",
        "contact_id",
        "assessed_on",
        ("level",),
        "UPDATE contacts SET current_level = ?, current_assessed_on = ? WHERE id = ?",
    ),
    (
        "conversations",
        "contact_id",
        "held_on",
        ("by_id",),
        "UPDATE contacts SET last_contact_by_id = ?, last_contact_on = ? WHERE id = ?",
    ),
)


# the columns of each history kind that _derived reads, kept by the loader until the end
_DERIVED_COLUMNS = {kind: {person, day, *given} for kind, person, day, given, _sql in _DERIVED}


def _derived(conn: Any, loaded: dict[str, dict[str, Sequence[Any]]]) -> None:
    """The rule of the history triggers of revision 0002 (the latest row by date, then by id),
    in one pass over the columns just loaded (ids ascending), so that it needs none of the
    indexes the finishing builds later."""
    for kind, person, day, given, sql in _DERIVED:
        columns = loaded.get(kind)
        if not columns:
            continue
        latest: dict[int, tuple[Any, ...]] = {}
        for who, when, *values in zip(
            columns[person], columns[day], *(columns[g] for g in given), strict=True
        ):
            held = latest.get(who)
            if held is None or when >= held[-1]:  # a later id wins a tie of dates
                latest[who] = (*values, when)
        if latest:
            conn.exec_driver_sql(sql, [(*values, who) for who, values in latest.items()])


# ---------------------------------------------------------------------------------- finishing


def _unfinished(conn: Any) -> dict[str, Any] | None:
    value = conn.exec_driver_sql(
        "SELECT value FROM vault_meta WHERE key = ?", (UNFINISHED_KEY,)
    ).scalar_one_or_none()
    return None if value is None else json.loads(value)


def _set_unfinished(conn: Any, state: dict[str, Any] | None) -> None:
    if state is None:
        conn.exec_driver_sql("DELETE FROM vault_meta WHERE key = ?", (UNFINISHED_KEY,))
    else:
        conn.exec_driver_sql(
            "INSERT INTO vault_meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (UNFINISHED_KEY, json.dumps(state)),
        )


def _finish_one(conn: Any) -> bool:
    """One step of the finishing inside the caller's transaction, with its record of what is
    left (so the step and the record commit together or not at all); True once nothing is."""
    state = _unfinished(conn)
    if state is None:
        return True
    indexes: list[str] = state["indexes"]
    if indexes:
        conn.exec_driver_sql(indexes[0])
        state["indexes"] = indexes[1:]
    else:
        top = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM conversations").scalar_one()
        at = int(state["notes_at"])
        if at >= top:
            _set_unfinished(conn, None)
            return True
        bulk.index_notes(conn, at, at + NOTES_BATCH)
        state["notes_at"] = at + NOTES_BATCH
    _set_unfinished(conn, state)
    return False


def finish_step(conn: Any) -> bool:
    """One committed step of finishing a copy database (``conn`` outside a transaction);
    True once the copy is finished."""
    with conn.begin():
        return _finish_one(conn)


# growth-cache marks a copy's load need not make row by row: every area is marked at the end
# (the tag trigger alone cost 1.2 s of the P12 opening: a lookup and an upsert per tag link)
_MARK_TRIGGERS = ("tags_conversation_tags_ai", "growth_grievances_ai", "growth_placements_ai")


def _suspend(conn: Any, names: Iterable[str]) -> list[tuple[str, str]]:
    """Drop the named triggers; their (name, SQL) for ``bulk.restore_triggers``."""
    found = [
        (name, sql)
        for name, sql in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        ).all()
        if name in names
    ]
    for name, _sql in found:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return found


def _fsync(path: Path) -> None:
    """The file and the folder entry on disk before the vault starts pointing at them."""
    for target, flags in ((path, os.O_RDONLY), (path.parent, os.O_RDONLY)):
        try:
            fd = os.open(target, flags)
        except OSError:
            continue
        try:
            os.fsync(fd)
        except OSError:
            pass
        finally:
            os.close(fd)


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def remove_copy_files(folder: Path, names: Iterable[str]) -> None:
    """Delete held-copy databases (and their -wal/-shm) by file name, inside ``copies/``."""
    for name in names:
        if name and "/" not in name and "\\" not in name:
            _remove(folder / COPIES_DIR / name)


# ----------------------------------------------------------------------------------- reading


def _guard(engine: Engine) -> None:
    @event.listens_for(engine, "before_cursor_execute")
    def _refuse_writes(
        connection: Any,
        cursor: Any,
        statement: str,
        parameters: Any,
        context: Any,
        executemany: bool,
    ) -> None:
        if connection.get_execution_options().get(_FINISHING):
            return
        match = _WRITE.match(statement)
        if (match and match.group(1).lower() not in _CACHE_TABLES) or _SCHEMA.match(statement):
            raise CopyReadOnly()


class CopyChart:
    """A held copy opened for reading: ``unit_of_work`` as a vault's, writes refused."""

    def __init__(self, path: Path, key: bytes, *, label: str, copy_row_id: int) -> None:
        self.label = label
        self.copy_row_id = copy_row_id
        self._key: bytearray | None = bytearray(key)
        self._lock = threading.RLock()
        # held by ``finish`` while it works; ``close`` interrupts it and waits for it to let go
        self._finishing = threading.RLock()
        self._finisher: Any = None  # the finisher's DB-API connection while a step runs
        if not path.exists():
            raise VaultDamaged(
                _("The copy's file is missing from the vault folder; open the copy file again.")
            )
        engine = make_engine(path, self._key)
        try:
            with engine.connect() as conn:
                if runner.current_revision(conn) != runner.head_revision():
                    runner.upgrade(conn)
                    conn.commit()
        except exc.DBAPIError as error:
            engine.dispose()
            raise VaultDamaged(
                _("The copy's file is damaged; open the copy file again (or ask for a new one).")
            ) from error
        with engine.connect() as conn:
            #: True while the copy's notes are not all indexed for search (nor its indexes built)
            self.indexing = _unfinished(conn) is not None
        _guard(engine)
        self._engine: Engine | None = engine
        self._sessions: sessionmaker[Session] | None = sessionmaker(
            bind=engine, expire_on_commit=False
        )

    @property
    def is_closed(self) -> bool:
        return self._engine is None

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        with self._lock:
            if self._sessions is None:
                raise VaultLocked()
            session = self._sessions()
        try:
            yield session
            session.commit()
        except exc.StatementError as error:
            session.rollback()
            if isinstance(error.orig, CopyReadOnly):
                raise error.orig from None
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def finish(self) -> None:
        """Build what the opening left for later (a no-op once done), one committed step at a
        time; reading the copy meanwhile is fine. Raises ``VaultLocked`` when the copy is closed
        (a lock) before it is done: the next opening of the copy finishes what is left."""
        with self._finishing:
            while self.indexing:
                with self._lock:
                    if self._engine is None:
                        raise VaultLocked()
                    conn = self._engine.connect().execution_options(**{_FINISHING: True})
                    self._finisher = conn.connection.dbapi_connection
                try:
                    done = finish_step(conn)
                except exc.OperationalError:
                    conn.invalidate()  # interrupted by close(): the step was rolled back
                    if self.is_closed:
                        raise VaultLocked() from None
                    raise
                finally:
                    with self._lock:
                        self._finisher = None
                    conn.close()
                self.indexing = not done

    def close(self) -> None:
        """Dispose the engine and wipe the key; idempotent. A finishing step under way is
        interrupted (and rolled back) and waited for."""
        with self._lock:
            engine, self._engine = self._engine, None
            self._sessions = None
            key, self._key = self._key, None
            if key is not None:
                key[:] = bytes(len(key))
            if self._finisher is not None:
                self._finisher.interrupt()
        with self._finishing:  # the finisher has let go of its connection
            pass
        if engine is not None:
            engine.dispose()


def copy_path(folder: Path, name: str) -> Path:
    """Where a held copy's database lives inside the vault folder."""
    if not name or "/" in name or "\\" in name:
        raise StorageError(_("The copy's file name is not valid."))
    return folder / COPIES_DIR / name
