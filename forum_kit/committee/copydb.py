"""A held copy's own database: built from a copy file's records, then opened read-only.

Owns ``build_copy_db`` (a new SQLCipher file under its own random key, at the schema's head,
filled kind by kind from the copy's records: every value checked against its column before it is
written, keys turned into local ids, the search index, the people's derived columns and the
growth cache brought up to date set-based, as an import does) and ``CopyChart`` (the copy opened
for reading: sessions whose every write is refused with ``CopyReadOnly``, except the growth
cache the figures fill as they are read). The file lives in the vault folder's ``copies/``; its
key only in the vault's own database, so the copy opens only where the vault is unlocked.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, exc
from sqlalchemy.orm import Session, sessionmaker

from forum_kit.collector import gc_paused
from forum_kit.committee.errors import CopyReadOnly, ExchangeInvalid
from forum_kit.committee.kinds import KINDS, Column, Kind
from forum_kit.errors import StorageError, VaultDamaged, VaultLocked
from forum_kit.exchange.importer import bulk
from forum_kit.i18n import _
from forum_kit.vault.engine import make_engine
from forum_kit.vault.migrations import runner

COPIES_DIR = "copies"
_UIDS = re.compile(r"(?:[0-9a-f]{32}\n)*[0-9a-f]{32}")
MAX_ROWS = 5_000_000
# what reading a copy may write: the growth figures, derived and refilled on read
_CACHE_TABLES = frozenset({"growth_daily", "growth_dirty", "tag_daily"})
_WRITE = re.compile(
    r"^\s*(?:INSERT|REPLACE|UPDATE|DELETE)\s+(?:OR\s+\w+\s+)?(?:INTO\s+|FROM\s+)?[\"`]?(\w+)",
    re.IGNORECASE,
)
_SCHEMA = re.compile(r"^\s*(?:CREATE|DROP|ALTER)\b", re.IGNORECASE)


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


def _check_column(col: Column, values: list[Any], where: str) -> list[Any]:
    """The column's values as SQLite stores them; ExchangeInvalid at the first bad one. Each
    check runs over the whole column at C speed (a large copy holds millions of values); a
    value that repeats (dates, enums) is checked once."""
    present = [v for v in values if v is not None]
    if not col.nullable and len(present) != len(values):
        raise _fail(f"{where}.{col.name}")
    kinds = _types(present)
    try:
        if col.type == "text":
            if not kinds <= {str} or (present and max(map(len, present)) > (col.limit or 0)):
                raise ValueError
            if "\0" in "\n".join(present):
                raise ValueError
            return values
        if col.type == "int":
            if not kinds <= {int} or (
                present and not -(2**62) < min(present) <= max(present) < 2**62
            ):
                raise ValueError
            return values
        if col.type == "bool":
            if not kinds <= {bool}:
                raise ValueError
            return [None if v is None else int(v) for v in values]
        if col.type == "enum":
            if not kinds <= {str} or not set(present) <= col.values:
                raise ValueError
            return values
        if col.type == "date":
            if not kinds <= {str}:
                raise ValueError
            for day in set(present):  # the ISO form SQLAlchemy reads back, and a real date
                if not _DATE.match(day):
                    raise ValueError
                date.fromisoformat(day)
            return values
        if col.type == "datetime":
            if not kinds <= {str} or (present and max(map(len, present)) > 32):
                raise ValueError
            # SQLAlchemy's own storage form, which its reader parses back
            return [
                None if v is None else datetime.fromisoformat(v).strftime("%Y-%m-%d %H:%M:%S.%f")
                for v in values
            ]
    except (ValueError, TypeError):
        raise _fail(f"{where}.{col.name}") from None
    raise _fail(f"{where}.{col.name}")  # pragma: no cover - every type is handled above


class _Loader:
    """Checks and writes one kind at a time; remembers every kind's keys for the references."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.ids: dict[str, dict[Any, int]] = {}
        self.counts: dict[str, int] = {}
        # secondary indexes of the large tables, built once from sorted keys after the load
        self.rebuild: list[str] = []

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
        values = {
            c.name: _check_column(c, [r[pos[c.name]] for r in rows], where) for c in kind.columns
        }
        keys = values[kind.key]
        if kind.key == "uid" and keys and not _UIDS.fullmatch("\n".join(keys)):
            raise _fail(f"{where}.uid")
        if len(set(keys)) != len(keys):
            raise _fail(f"{where}.{kind.key}")
        own = {k: i for i, k in enumerate(keys, start=1)}
        if kind.key == "uid":
            self.ids[kind.name] = own
        else:
            self.ids[kind.name] = {k: k for k in keys}
        columns_out = [c.name for c in kind.columns]
        data = [values[name] for name in columns_out]
        for ref in kind.refs:
            targets = self.ids.get(ref.kind)
            if targets is None:
                raise _fail(f"{where}.{ref.key}")
            raw = [r[pos[ref.key]] for r in rows]
            mapped = [None if v is None else targets.get(v) for v in raw]
            # a key that names no record of the file, or no key where one is required
            missing = mapped.count(None)
            if missing and (ref.required or missing != raw.count(None)):
                raise _fail(f"{where}.{ref.key}")
            columns_out.append(ref.column)
            data.append(mapped)
        if kind.ordered_pair is not None:
            a, b = (columns_out.index(c) for c in kind.ordered_pair)
            low = [min(x, y) for x, y in zip(data[a], data[b], strict=True)]
            high = [max(x, y) for x, y in zip(data[a], data[b], strict=True)]
            if any(x == y for x, y in zip(low, high, strict=True)):
                raise _fail(f"{where}.{kind.ordered_pair[1]}")
            data[a], data[b] = low, high
        if kind.key == "uid":
            columns_out.insert(0, "id")
            data.insert(0, list(own.values()))
        for name, value in kind.local_defaults.items():
            columns_out.append(name)
            data.append([value] * len(rows))
        if kind.replace:
            self.conn.exec_driver_sql(f"DELETE FROM {kind.table.name}")
        self.rebuild += bulk.drop_indexes(self.conn, kind.table.name, len(rows))
        for link in kind.links:
            self.rebuild += bulk.drop_indexes(self.conn, link.table.name, len(rows))
        if rows:
            marks = ", ".join("?" * len(columns_out))
            names = ", ".join(f'"{c}"' for c in columns_out)
            self.conn.exec_driver_sql(
                f"INSERT INTO {kind.table.name} ({names}) VALUES ({marks})",
                list(zip(*data, strict=True)),
            )
        for link in kind.links:
            self._link(kind, link, [r[pos[link.key]] for r in rows], list(own.values()))
        self.counts[kind.name] = len(rows)

    def _link(self, kind: Kind, link: Any, lists: list[Any], owners: list[int]) -> None:
        targets = self.ids.get(link.kind)
        if targets is None:
            raise _fail(f"{kind.name}.{link.key}")
        pairs: list[tuple[int, int]] = []
        for owner, keys in zip(owners, lists, strict=True):
            if type(keys) is not list:
                raise _fail(f"{kind.name}.{link.key}")
            found = {targets.get(k) if type(k) is str else None for k in keys}
            if None in found:
                raise _fail(f"{kind.name}.{link.key}")
            pairs.extend((owner, other) for other in sorted(found))  # type: ignore[type-var]
        if pairs:
            self.conn.exec_driver_sql(
                f'INSERT INTO {link.table.name} ("{link.own}", "{link.other}") VALUES (?, ?)',
                pairs,
            )


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
    path: Path, key: bytearray, chunks: Iterable[Chunk], *, lenient: bool
) -> dict[str, int]:
    """Make the copy database at ``path`` (which must not exist) from a copy's record chunks
    ``(kind, columns, rows)``; returns the number of records of each kind. On any failure the
    file is removed and the error raised."""
    engine = make_engine(path, key, create=True)
    try:
        with engine.connect() as conn:
            with conn.begin():
                runner.upgrade(conn)
            # A new file that is deleted on any failure needs no journal while it is filled:
            # the pages are written once instead of twice, and made durable at the end.
            raw = conn.connection.dbapi_connection  # outside a transaction, as pragmas need
            raw.execute("PRAGMA journal_mode = OFF").fetchall()
            raw.execute("PRAGMA synchronous = OFF").fetchall()
            # every reference was resolved to a row of the file before its insert (the loader
            # refuses the file otherwise): checking each again in SQLite would only cost time
            raw.execute("PRAGMA foreign_keys = OFF").fetchall()
            with conn.begin():
                triggers = bulk.suspend_triggers(conn, [])
                loader = _Loader(conn)
                for kind, columns, rows in _by_kind(chunks, lenient):
                    loader.load(kind, columns, rows, lenient)
                if len(loader.ids.get("workplaces", {})) != 1:
                    raise _fail("workplaces")
                for sql in loader.rebuild:
                    conn.exec_driver_sql(sql)
                people = loader.counts.get("contacts", 0)
                bulk.refresh_search(conn, 1, people, [], 0)
                bulk.refresh_derived(
                    conn, people + 1, bulk.HighWater(0, 0, 0), assessed=True, contacted=True
                )
                bulk.restore_triggers(conn, triggers)
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

    def close(self) -> None:
        """Dispose the engine and wipe the key; idempotent."""
        with self._lock:
            engine, self._engine = self._engine, None
            self._sessions = None
            key, self._key = self._key, None
            if key is not None:
                key[:] = bytes(len(key))
            if engine is not None:
                engine.dispose()


def copy_path(folder: Path, name: str) -> Path:
    """Where a held copy's database lives inside the vault folder."""
    if not name or "/" in name or "\\" in name:
        raise StorageError(_("The copy's file name is not valid."))
    return folder / COPIES_DIR / name
