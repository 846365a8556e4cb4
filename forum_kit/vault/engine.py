"""The SQLCipher engine: keyed DB-API connections and the SQLAlchemy engine built on them.

Owns how a connection to ``vault.db`` is made: check the library really encrypts (before any file
is touched), silence SQLCipher's own logging, set the raw 256-bit key first, prove it with a read
of ``sqlite_master``, then the durability and privacy pragmas. The key only ever travels as a
``bytearray`` that is wiped after use; it is never placed in a URL, a log line or an exception.
Also owns the in-place rekey of a database file and the plain-SQLite baseline engine the
benchmarks compare against.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from forum_kit.errors import Conflict, EngineNotEncrypted, InvalidInput, VaultLocked
from forum_kit.i18n import _
from forum_kit.vault.kdf import KEY_LENGTH

PLAINTEXT_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096

# Applied after the key is proven, in this order. cache_size -65536 = 64 MiB per connection: a
# large page cache makes repeated reads cost the same as plain SQLite (PERFORMANCE.md), and each
# pooled connection fills its own. Measured on the reference vault (1M notes, run.py, median of 3):
# 64 MiB gives P9 0.94-1.02x, P3/P5 CPU unchanged, P10 peak 309 MiB; 128 MiB gave P9 0.80-0.95x
# and a 375 MiB peak, at the 381 MiB line.
CONNECTION_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA cache_size = -65536",
)

# A read-only vault (a read-only file system, or files marked read-only) is read through
# connections that change nothing: no journal mode or synchronous setting (they may write), and
# query_only so that a write is refused by SQLite itself.
READ_ONLY_PRAGMAS = (
    "PRAGMA query_only = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
    "PRAGMA cache_size = -65536",
)

# The page cache of a connection made for one read of the whole database (a backup's copy, an
# integrity check). Made through a pooled connection, such a read left that connection's 64 MiB
# cache full of pages no screen reads, for as long as the pool kept it, and pushed out the pages
# the screens had warmed. Measured on the reference vault (940 MiB): a backup's copy added 72 MiB
# to the app's resident memory that way, 8 MiB through a connection of its own with this cache.
SCAN_CACHE_KIB = 2048

_HEX = b"0123456789abcdef"

# SECURITY.md asks for cipher_memory_security ON "unless measured too slow". Measured here
# (SQLCipher 4.19.0, 2 cores): 5,000 inserts into a table with an FTS5 trigger, 50 transactions:
# ON 6.5-6.8 s, OFF 0.95-1.0 s (x6.8); creating a vault (all migrations) ON 0.71-1.0 s, OFF
# 0.46-0.50 s; another helper saw demo generation take 50.9 s ON vs 3.8 s OFF; benchmarks/run.py
# P9 on the reference vault (issue 25, the app's memory hardening on): encrypted / plain 2.65x
# wall, 3.18x CPU with ON against 1.11x / 0.97x with OFF (target 1.3x). Too slow, so OFF: the
# app's allocator settings (forum_kit.hardening) overwrite SQLite's freed memory instead, and the
# memory-after-lock test (U-3) finds no copy of a note that way.
# What it adds is zeroing and mlock of every SQLite allocation; SQLCipher's own key material is
# zeroed on free either way, and the U-2 memory test checks for the data key after lock. Since
# SQLCipher 4.5 the setting is process-wide and, once ON, stays ON until the process exits.
CIPHER_MEMORY_SECURITY = "OFF"


def _key_literal(key: bytes | bytearray) -> bytearray:
    """``x'<hex>'`` as a bytearray the caller wipes; no immutable hex string is ever made."""
    out = bytearray(3 + 2 * len(key))
    out[0:2] = b"x'"
    for i, byte in enumerate(key):
        out[2 + 2 * i] = _HEX[byte >> 4]
        out[3 + 2 * i] = _HEX[byte & 15]
    out[-1] = ord("'")
    return out


def _wipe(buffer: bytearray) -> None:
    buffer[:] = bytes(len(buffer))


def check_key(key: bytes | bytearray) -> None:
    """Refuse a missing, short or wiped key before any file is opened."""
    if not isinstance(key, bytes | bytearray) or len(key) != KEY_LENGTH:
        raise InvalidInput(_("The data key must be 32 bytes."))


def assert_encrypting_module(module: ModuleType) -> None:
    """Raise EngineNotEncrypted unless ``module`` is SQLCipher; checked on ``:memory:`` only."""
    probe = module.connect(":memory:")
    try:
        row = probe.execute("PRAGMA cipher_version").fetchone()
    finally:
        probe.close()
    if not row or not row[0]:
        raise EngineNotEncrypted()


def _pass_key(method: Callable[[bytearray], Any], key: bytes | bytearray) -> None:
    literal = _key_literal(key)
    try:
        method(literal)
    finally:
        _wipe(literal)


def apply_key(conn: Any, key: bytes | bytearray) -> None:
    """Key a fresh SQLCipher connection with the raw data key."""
    _pass_key(conn.set_key, key)


def change_key(conn: Any, key: bytes | bytearray) -> None:
    """Re-encrypt every page of a keyed connection's database under ``key``."""
    _pass_key(conn.reset_key, key)


def connect_keyed(
    db_path: str | os.PathLike[str],
    key: bytes | bytearray,
    *,
    mode: str = "rw",
    module: ModuleType | None = None,
    pragmas: bool = True,
    immutable: bool = False,
) -> Any:
    """Open, key and verify one DB-API connection.

    ``mode`` is SQLite's URI mode: ``ro`` and ``rw`` never create a file, ``rwc`` may; with
    ``mode="ro"`` the read-only pragmas are applied. ``immutable`` (read-only vaults without a
    WAL in use) tells SQLite the file cannot change, so it takes no lock and makes no -shm.
    A wrong key or damaged first page raises the driver's DatabaseError at the
    ``sqlite_master`` read.
    """
    check_key(key)
    if not any(key):
        # the vault wiped this key on lock(): no new connection may be made with it
        raise VaultLocked()
    module = module or sqlcipher
    assert_encrypting_module(module)
    uri = Path(db_path).absolute().as_uri() + "?mode=" + mode
    if immutable:
        uri += "&immutable=1"
    conn = module.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise EngineNotEncrypted()
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA cipher_memory_security = {CIPHER_MEMORY_SECURITY}")
        apply_key(conn, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if pragmas:
            for pragma in READ_ONLY_PRAGMAS if mode == "ro" else CONNECTION_PRAGMAS:
                conn.execute(pragma).fetchall()
    except BaseException:
        conn.close()
        raise
    return conn


def rekey(db_path: str | os.PathLike[str], old: bytearray, new: bytearray, *,
          pragmas: bool = True) -> None:
    """Re-encrypt every page of ``db_path`` from ``old`` to ``new`` and prove the result.

    SQLCipher rewrites all pages in one write transaction (``sqlite3_rekey``), so a crash leaves
    the file under one key or the other, never both; the WAL is then checkpointed so that the
    main file itself is under the new key. Conflict, before anything is changed, while another
    connection is reading the file (it would be left with the old key).
    """
    check_key(new)
    # pragmas=False for a backup copy: it keeps its own journal mode (no WAL files beside it)
    conn = connect_keyed(db_path, old, pragmas=pragmas)
    try:
        # a full checkpoint only succeeds when no other connection holds a read transaction
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            raise Conflict(_("The vault is busy. Finish or close other work in it and try again."))
        change_key(conn, new)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()
    conn = connect_keyed(db_path, new, pragmas=False)
    conn.close()


def checkpoint(db_path: str | os.PathLike[str], key: bytearray) -> None:
    """Copy every WAL frame into the main file and empty the WAL (no-op in other journal modes)."""
    conn = connect_keyed(db_path, key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


@contextmanager
def scan_connection(db_path: str | os.PathLike[str], key: bytes | bytearray, *,
                    mode: str = "rw", immutable: bool = False) -> Iterator[Any]:
    """A keyed connection of its own for one read of every page (a backup's copy, an integrity
    check), with a small page cache; closed afterwards, so nothing it read stays in memory."""
    conn = connect_keyed(db_path, key, mode=mode, immutable=immutable)
    try:
        conn.execute(f"PRAGMA cache_size = -{SCAN_CACHE_KIB}").fetchall()
        yield conn
    finally:
        conn.close()


_WRITE_VERBS = frozenset({"INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER"})
_HOLDS_WRITER = "forum_kit_holds_writer"
# A fairness aid only: waiting longer than this falls back to SQLite's own busy handling.
_WRITER_WAIT_SECONDS = 30.0


def _install_transaction_events(engine: Engine) -> None:
    # The driver only opens transactions before DML; emitting BEGIN ourselves makes DDL
    # (migrations) and every unit of work one real SQLite transaction.
    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    # SQLite's busy handler polls with growing sleeps, so under load one thread can lose the
    # write lock for longer than busy_timeout. Writers of this engine queue on a plain lock
    # first (taken at the first write statement, released at commit/rollback or check-in).
    writer = threading.Lock()

    def _release(info: dict[str, Any]) -> None:
        if info.pop(_HOLDS_WRITER, False):
            writer.release()

    @event.listens_for(engine, "before_cursor_execute")
    def _before_execute(connection: Any, cursor: Any, statement: str, parameters: Any,
                        context: Any, executemany: bool) -> None:
        info = connection.info
        if info.get(_HOLDS_WRITER) or not connection.in_transaction():
            return
        words = statement.lstrip().split(None, 1)
        if words and words[0].upper() in _WRITE_VERBS:
            info[_HOLDS_WRITER] = writer.acquire(timeout=_WRITER_WAIT_SECONDS)

    @event.listens_for(engine, "commit")
    def _commit(connection: Any) -> None:
        _release(connection.info)

    @event.listens_for(engine, "rollback")
    def _rollback(connection: Any) -> None:
        _release(connection.info)

    @event.listens_for(engine, "checkin")
    def _checkin(dbapi_connection: Any, record: Any) -> None:
        if record is not None:
            _release(record.info)

    @event.listens_for(engine, "reset")
    def _reset(dbapi_connection: Any, record: Any, reset_state: Any) -> None:
        _release(record.info)

    @event.listens_for(engine, "invalidate")
    def _invalidate(dbapi_connection: Any, record: Any, exception: Any) -> None:
        _release(record.info)


def _build_engine(creator: Callable[[], Any], module: ModuleType) -> Engine:
    engine = create_engine(
        "sqlite://",
        creator=creator,
        module=module,
        poolclass=QueuePool,
        pool_size=5,
        max_overflow=15,
        pool_timeout=30,
        hide_parameters=True,
    )
    _install_transaction_events(engine)
    return engine


def make_engine(
    db_path: str | os.PathLike[str],
    key: bytes | bytearray,
    *,
    create: bool = False,
    module: ModuleType | None = None,
    read_only: bool = False,
    immutable: bool = False,
    on_connect: Callable[[Any], Any] | None = None,
) -> Engine:
    """A pooled SQLAlchemy engine over the SQLCipher file at ``db_path`` keyed with ``key``.

    The engine holds a reference to ``key``; when it is a bytearray that the owner wipes (as
    ``Vault.lock`` does), the engine can make no further connection. ``create=True`` allows the
    file to be created; otherwise a missing file is an error, never a fresh empty database.
    ``read_only`` connections change nothing (``connect_keyed`` with ``mode="ro"``); each new
    connection goes through ``on_connect`` (the vault's ``ConnectionGuard``) when given.
    """
    check_key(key)
    module = module or sqlcipher
    assert_encrypting_module(module)
    path = Path(db_path)
    mode = "ro" if read_only else "rwc" if create else "rw"

    def creator() -> Any:
        conn = connect_keyed(path, key, mode=mode, module=module, immutable=immutable)
        return on_connect(conn) if on_connect is not None else conn

    return _build_engine(creator, module)


def make_plain_engine(db_path: str | os.PathLike[str]) -> Engine:
    """Benchmark baseline only: unencrypted stdlib SQLite with the same non-cipher pragmas."""
    path = Path(db_path)

    def creator() -> Any:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        for pragma in CONNECTION_PRAGMAS:
            conn.execute(pragma).fetchall()
        return conn

    return _build_engine(creator, sqlite3)
