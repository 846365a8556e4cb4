"""Operating-system lock signals: the desktop's screen lock and the machine's suspend, via D-Bus.

Owns ``OsLockWatcher``, which emits ``lock_requested`` when, on the session bus,
``org.freedesktop.ScreenSaver`` (KDE, XFCE and most desktops) or ``org.gnome.ScreenSaver`` (GNOME)
says ``ActiveChanged(true)``, or when, on the system bus, logind says ``PrepareForSleep(true)``
(about to suspend or hibernate) or sends ``Lock`` to this login session (``loginctl
lock-session``). Where there is no D-Bus (Windows, macOS, containers, CI) or QtDBus cannot load,
``start`` connects nothing and the app works as before: the idle lock and Ctrl+L still apply.

While the system bus is there the watcher also holds a logind *delay* inhibitor for sleep
(``Manager.Inhibit("sleep", …, "delay")``, a file descriptor): logind then waits, up to its
``InhibitDelayMaxSec``, until that descriptor is closed before it suspends or hibernates. On
``PrepareForSleep(true)`` ``lock_requested`` is emitted first (the main window's ``lock_now`` is
connected directly, so the vault is locked and the pages cleared when the emit returns) and only
then the descriptor is closed, so no key or record ends up in a hibernation image or on the screen
at resume; on ``PrepareForSleep(false)`` a new inhibitor is taken. The call is asynchronous, and
when it fails (no logind, no permission) the watcher carries on without one, as before.

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
LOGIND_SERVICE = "org.freedesktop.login1"
INHIBIT_ARGS = ("sleep", "Forum Kit", "Lock the vault before sleeping", "delay")
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
        # the logind delay inhibitor: the system bus it is asked on, the call under way, the fd
        self._system: Any = None
        self._inhibit_watcher: Any = None
        self._inhibit_fd: int | None = None
        self._sleeping = False

    @property
    def inhibiting(self) -> bool:
        """Whether a logind delay inhibitor for sleep is held right now."""
        return self._inhibit_fd is not None

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
            # only with PrepareForSleep heard can the inhibitor be released in time
            if f"system bus: {LOGIND_MANAGER}.PrepareForSleep" in self.sources:
                self._system = system
                self._take_inhibitor()
        return list(self.sources)

    def stop(self) -> None:
        """Disconnect every signal and close the private connections ``start`` opened."""
        for connection, hooks in self._hooks:
            for path, interface, name, slot in hooks:
                connection.disconnect("", path, interface, name, self, SLOT(slot))
        self._hooks.clear()
        self.sources.clear()
        self._system = None
        self._sleeping = False
        if self._inhibit_watcher is not None:  # its late reply, if any, is dropped unread
            self._inhibit_watcher.deleteLater()
            self._inhibit_watcher = None
        self._release_inhibitor()
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

    # ------------------------------------------------------------------------------ inhibitor

    def _take_inhibitor(self) -> None:
        """Ask logind for a sleep delay inhibitor, without waiting for the answer."""
        if self._system is None or self.inhibiting or self._inhibit_watcher is not None:
            return
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

        message = QDBusMessage.createMethodCall(LOGIND_SERVICE, LOGIND_PATH, LOGIND_MANAGER,
                                                "Inhibit")
        message.setArguments(list(INHIBIT_ARGS))
        # (callWithCallback's slot-name arguments are unusable from PySide6 6.11: ValueError)
        watcher = QDBusPendingCallWatcher(self._system.asyncCall(message), self)
        watcher.finished.connect(self._inhibitor_answered)
        self._inhibit_watcher = watcher

    def _inhibitor_answered(self, watcher: Any) -> None:
        from PySide6.QtDBus import QDBusMessage, QDBusUnixFileDescriptor

        reply = watcher.reply()
        watcher.deleteLater()
        current = watcher is self._inhibit_watcher
        if current:
            self._inhibit_watcher = None
        # no logind, no permission, a bus without fd passing: carry on without an inhibitor
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            return
        arguments = reply.arguments()
        if not arguments or not isinstance(arguments[0], QDBusUnixFileDescriptor):
            return
        # the descriptor is explicitly shared by every copy of the reply: take it from all
        fd = arguments[0].takeFileDescriptor()
        if fd < 0:
            return
        if not current or self._sleeping or self._inhibit_fd is not None:
            # stopped meanwhile, or the sleep already began (and the lock ran): logind would
            # only wait for this one in vain
            os.close(fd)
            return
        os.set_inheritable(fd, False)
        self._inhibit_fd = fd

    def _release_inhibitor(self) -> None:
        fd, self._inhibit_fd = self._inhibit_fd, None
        if fd is not None:
            try:
                os.close(fd)
            except OSError:
                pass

    # ------------------------------------------------------------------------------ signals

    @Slot(bool)
    def _screensaver_changed(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()

    @Slot(bool)
    def _prepare_for_sleep(self, sleeping: bool) -> None:
        self._sleeping = sleeping
        if sleeping:
            try:
                # directly connected slots (the window's lock_now) have run when emit returns
                self.lock_requested.emit()
            finally:
                self._release_inhibitor()  # now logind may suspend or hibernate
        else:  # the resume: the lock happened before the sleep; hold off the next sleep again
            self._take_inhibitor()

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
