"""Operating-system lock signals: the desktop's screen lock and the machine's suspend, via D-Bus.

Owns ``OsLockWatcher``, which emits ``lock_requested`` when, on the session bus,
``org.freedesktop.ScreenSaver`` (KDE, XFCE and most desktops) or ``org.gnome.ScreenSaver`` (GNOME)
says ``ActiveChanged(true)``, or when, on the system bus, logind says ``PrepareForSleep(true)``
(about to suspend or hibernate) or sends ``Lock`` to this login session (``loginctl
lock-session``). Where there is no D-Bus (Windows, macOS, containers, CI) or QtDBus cannot load,
``start`` connects nothing and the app works as before: the idle lock and Ctrl+L still apply.

Bus addresses are injectable so tests can use a private ``dbus-daemon``: ``None`` means the
usual session or system bus, an empty string leaves that bus out.
"""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot

SCREENSAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
LOGIND_SESSION = "org.freedesktop.login1.Session"
# connectToBus hands back an existing connection of the same name, whatever its address
_connection_numbers = itertools.count(1)


def logind_session_path(session_id: str) -> str:
    """The object path logind uses for a session id (systemd's bus label escaping).

    Signals carry the real path (``…/session/_32`` for session "2"), never the ``auto`` alias,
    so matching on ``…/session/auto`` would never fire."""
    if not session_id:
        return f"{LOGIND_PATH}/session/_"
    label = "".join(
        ch if ch.isascii() and (ch.isalpha() or (ch.isdigit() and i > 0)) else f"_{ord(ch):02x}"
        for i, ch in enumerate(session_id))
    return f"{LOGIND_PATH}/session/{label}"


class OsLockWatcher(QObject):
    """Emits ``lock_requested`` on an OS screen lock, a logind session lock or a suspend."""

    lock_requested = Signal()

    def __init__(self, *, session_address: str | None = None, system_address: str | None = None,
                 session_id: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session_address = session_address
        self._system_address = system_address
        if session_id is None:
            session_id = os.environ.get("XDG_SESSION_ID", "")
        self._session_id = session_id
        # (connection, [(path, interface, signal, slot)]) so ``stop`` can undo exactly what it did
        self._hooks: list[tuple[Any, list[tuple[str, str, str, str]]]] = []
        self._private_names: list[str] = []
        self.sources: list[str] = []

    def start(self) -> list[str]:
        """Connect to whichever buses exist; returns what is watched (empty when nothing is)."""
        if self._hooks:
            return list(self.sources)
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a PySide6 build without QtDBus: nothing to watch
            return []
        session = self._bus(QDBusConnection, "session", self._session_address)
        if session is not None:
            self._watch(session, "session bus",
                        [(path, iface, "ActiveChanged", "_screensaver_changed(bool)")
                         for path, iface in SCREENSAVERS])
        system = self._bus(QDBusConnection, "system", self._system_address)
        if system is not None:
            hooks = [(LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", "_prepare_for_sleep(bool)")]
            if self._session_id:
                hooks.append((logind_session_path(self._session_id), LOGIND_SESSION, "Lock",
                              "_session_locked()"))
            self._watch(system, "system bus", hooks)
        return list(self.sources)

    def stop(self) -> None:
        """Disconnect every signal and close the private connections ``start`` opened."""
        for connection, hooks in self._hooks:
            for path, interface, name, slot in hooks:
                connection.disconnect("", path, interface, name, self, SLOT(slot))
        self._hooks.clear()
        self.sources.clear()
        if self._private_names:
            from PySide6.QtDBus import QDBusConnection

            for name in self._private_names:
                QDBusConnection.disconnectFromBus(name)
            self._private_names.clear()

    # ------------------------------------------------------------------------------ buses

    def _bus(self, qdbus: Any, kind: str, address: str | None) -> Any:
        if address == "":
            return None
        if address is None:
            if not _usual_bus_may_exist(kind):
                return None
            bus = qdbus.sessionBus() if kind == "session" else qdbus.systemBus()
        else:
            # a named private connection: sessionBus()/systemBus() are fixed for the process
            name = f"forum-kit-os-lock-{kind}-{next(_connection_numbers)}"
            bus = qdbus.connectToBus(address, name)
            self._private_names.append(name)
        return bus if bus.isConnected() else None

    def _watch(self, connection: Any, label: str, hooks: list[tuple[str, str, str, str]]) -> None:
        done = []
        for path, interface, name, slot in hooks:
            # Any sender, not only the service's owner: Qt would otherwise ask the bus for the
            # owner synchronously, and a forged signal can only lock the app, which is harmless.
            if connection.connect("", path, interface, name, self, SLOT(slot)):
                done.append((path, interface, name, slot))
                self.sources.append(f"{label}: {interface}.{name}")
        if done:
            self._hooks.append((connection, done))

    # ------------------------------------------------------------------------------ signals

    @Slot(bool)
    def _screensaver_changed(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()

    @Slot(bool)
    def _prepare_for_sleep(self, sleeping: bool) -> None:
        # false is the resume; by then the lock must already have happened
        if sleeping:
            self.lock_requested.emit()

    @Slot()
    def _session_locked(self) -> None:
        self.lock_requested.emit()


def _usual_bus_may_exist(kind: str) -> bool:
    """Whether the usual bus is worth trying, so libdbus never autolaunches a useless one."""
    if sys.platform in ("win32", "darwin"):
        return False
    if kind == "system":
        address = os.environ.get("DBUS_SYSTEM_BUS_ADDRESS")
        return bool(address) or Path("/run/dbus/system_bus_socket").exists() or Path(
            "/var/run/dbus/system_bus_socket").exists()
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    # Without the variable libdbus tries $XDG_RUNTIME_DIR/bus, then X11 autolaunch, which would
    # start a private daemon no screen locker talks to.
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return bool(runtime) and Path(runtime, "bus").exists()
