"""What makes a lock stop the work already running on a vault's connections.

Owns ``ConnectionGuard``: every DB-API connection an open vault makes (the engine's pooled ones
and the scan connections of backups and checks) is registered here, with the thread that has it
checked out. ``Engine.dispose()`` closes only idle connections, so before this a session open at
lock time went on reading and even committed an UPDATE after ``lock()`` returned. ``close`` (called
by ``Vault.lock``) makes every later statement and commit on the vault's engine raise
``VaultLocked``, interrupts the statements running (SQLite's ``sqlite3_interrupt``, safe from
another thread), waits a bounded time for other threads to hand their connections back, and
closes every connection no thread holds; one still held when the wait ends is closed the moment
it is handed back. Closing a connection is what frees SQLCipher's key material and page cache.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from sqlalchemy import Engine, event

from forum_kit.errors import VaultLocked

# How long ``close`` waits for other threads' units of work to end once their statements fail.
# They end within milliseconds unless a thread does slow work between two statements.
WAIT_SECONDS = 5.0
# While it waits, ``close`` interrupts the connections still held this often: SQLite forgets an
# interrupt that finds no statement running, so a statement that passed ``check`` just before the
# lock and began just after the first interrupt would otherwise run to its end.
REINTERRUPT_SECONDS = 0.05
_HOLDER = "forum_kit_holder_thread"


def _close_quietly(conn: Any) -> None:
    try:
        conn.close()
    except Exception:  # noqa: BLE001 - closed already, or its owner closed it meanwhile
        pass


def _interrupt(connections: list[Any]) -> None:
    for conn in connections:
        try:
            conn.interrupt()
        except Exception:  # noqa: BLE001 - closed meanwhile by its owner
            pass


class ConnectionGuard:
    """The open vault's connections; ``close`` cuts them off."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._connections: dict[int, Any] = {}  # id(raw connection) -> raw connection
        self._holders: dict[int, int] = {}  # id(raw connection) -> thread ident holding it
        self.closed = False

    # ------------------------------------------------------------------------- registration

    def add(self, conn: Any) -> Any:
        """Register a new raw connection (VaultLocked, closing it, once the guard is closed)."""
        with self._lock:
            if not self.closed:
                self._connections[id(conn)] = conn
                return conn
        _close_quietly(conn)
        raise VaultLocked()

    def hold(self, conn: Any) -> None:
        """``conn`` is in use by the calling thread."""
        with self._lock:
            if id(conn) in self._connections:
                self._holders[id(conn)] = threading.get_ident()

    def release(self, conn: Any) -> None:
        """``conn`` is handed back; closed at once when the guard is closed."""
        with self._lock:
            self._holders.pop(id(conn), None)
            closing = self.closed
            if closing:
                self._connections.pop(id(conn), None)
            self._lock.notify_all()
        if closing:
            _close_quietly(conn)

    def forget(self, conn: Any) -> None:
        """``conn`` was closed by its owner."""
        with self._lock:
            self._holders.pop(id(conn), None)
            self._connections.pop(id(conn), None)
            self._lock.notify_all()

    def check(self) -> None:
        """VaultLocked once the guard is closed."""
        if self.closed:
            raise VaultLocked()

    def install(self, engine: Engine) -> None:
        """Follow ``engine``'s connections and refuse its statements and commits once closed."""

        @event.listens_for(engine, "before_cursor_execute")
        def _statement(
            connection: Any,
            cursor: Any,
            statement: str,
            parameters: Any,
            context: Any,
            executemany: bool,
        ) -> None:
            self.check()

        @event.listens_for(engine, "commit")
        def _commit(connection: Any) -> None:
            # raised before the driver's commit: the transaction is rolled back, never committed
            self.check()

        @event.listens_for(engine, "checkout")
        def _checkout(dbapi_connection: Any, record: Any, proxy: Any) -> None:
            self.hold(dbapi_connection)

        @event.listens_for(engine, "checkin")
        def _checkin(dbapi_connection: Any, record: Any) -> None:
            if dbapi_connection is not None:
                self.release(dbapi_connection)

        @event.listens_for(engine, "close")
        def _closed(dbapi_connection: Any, record: Any) -> None:
            self.forget(dbapi_connection)

    # ------------------------------------------------------------------------------ closing

    def close(self, *, wait: float = WAIT_SECONDS) -> int:
        """Refuse every later statement, interrupt those running, wait up to ``wait`` seconds
        for other threads to hand their connections back, close what nobody holds; returns how
        many connections were still held when the wait ended (each closes on hand-back)."""
        me = threading.get_ident()
        with self._lock:
            self.closed = True
            # only connections in use: on an idle one the interrupt flag would stay set and
            # abort the checkpoint SQLite makes when the last connection closes (the WAL stayed)
            busy = [self._connections[i] for i in self._holders if i in self._connections]
        _interrupt(busy)
        deadline = time.monotonic() + wait
        with self._lock:
            while True:
                others = [c for c, t in self._holders.items() if t != me]
                left = deadline - time.monotonic()
                if not others or left <= 0:
                    break
                if not self._lock.wait(min(left, REINTERRUPT_SECONDS)):
                    # held still: interrupt again (only connections in use, as above)
                    _interrupt([self._connections[i] for i in others if i in self._connections])
            idle = [c for i, c in self._connections.items() if i not in self._holders]
            for conn in idle:
                self._connections.pop(id(conn), None)
            held = len(self._holders)
        for conn in idle:
            _close_quietly(conn)
        return held
