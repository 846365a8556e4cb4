"""U-4: the OS screen lock, logind's session lock and suspend lock the app, over a private D-Bus.

Each test starts its own ``dbus-daemon`` (the "system" bus is a second session-type daemon) and
sends the signals the desktops and logind send, with ``dbus-send`` like another process would.
"Within 2 s" is U-4's limit, so every wait for a lock is 2000 ms.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from ui.app import create_main_window
from ui.os_lock import OsLockWatcher, _usual_bus_may_exist, logind_session_path
from ui.pages.placeholder import PlaceholderPage

U4_MS = 2000
FREEDESKTOP = ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged")
GNOME = ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged")
SLEEP = ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep")
LOGIND_SESSION = "org.freedesktop.login1.Session"

needs_dbus = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None,
    reason="dbus-daemon/dbus-send not installed (Debian: dbus-daemon, or dbus on older releases)")


@pytest.fixture
def bus_factory():
    """Starts private bus daemons; returns their addresses; stops them after the test."""
    daemons: list[subprocess.Popen] = []

    def start() -> str:
        # stderr hidden: an unprivileged daemon complains it cannot raise its fd limit
        proc = subprocess.Popen(["dbus-daemon", "--session", "--print-address", "--nofork"],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        daemons.append(proc)
        address = proc.stdout.readline().strip()
        assert address, "dbus-daemon printed no address"
        return address

    yield start
    for proc in daemons:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()


@pytest.fixture
def watchers():
    """Watchers to stop after the test, so their private connections are closed."""
    made: list[OsLockWatcher] = []
    yield made
    for watcher in made:
        watcher.stop()


def make_watcher(watchers, **kwargs) -> OsLockWatcher:
    kwargs.setdefault("session_address", "")
    kwargs.setdefault("system_address", "")
    watcher = OsLockWatcher(**kwargs)
    watchers.append(watcher)
    return watcher


def dbus_send(address: str, path: str, interface: str, member: str, *args: str) -> None:
    subprocess.run(["dbus-send", f"--bus={address}", "--type=signal", path,
                    f"{interface}.{member}", *args], check=True, timeout=10)


def send_in_order(address: str, signals: list[tuple[str, str, str, list]]) -> None:
    """Send several signals over one connection, so the bus delivers them in this order."""
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    name = "forum-kit-test-sender"
    sender = QDBusConnection.connectToBus(address, name)
    assert sender.isConnected()
    try:
        for path, interface, member, args in signals:
            message = QDBusMessage.createSignal(path, interface, member)
            message.setArguments(args)
            assert sender.send(message)
        # the bus answers only after routing what this connection sent before: a flush
        reply = sender.call(QDBusMessage.createMethodCall(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetId"))
        assert reply.type() == QDBusMessage.MessageType.ReplyMessage
    finally:
        QDBusConnection.disconnectFromBus(name)


class Counter:
    def __init__(self, signal) -> None:
        self.count = 0
        signal.connect(self.hit)

    def hit(self) -> None:
        self.count += 1


@needs_dbus
def test_freedesktop_screensaver_active_locks_within_2_s(qtbot, bus_factory, watchers):
    address = bus_factory()
    watcher = make_watcher(watchers, session_address=address)
    assert "session bus: org.freedesktop.ScreenSaver.ActiveChanged" in watcher.start()
    with qtbot.waitSignal(watcher.lock_requested, timeout=U4_MS):
        dbus_send(address, *FREEDESKTOP, "boolean:true")


@needs_dbus
def test_gnome_screensaver_active_locks_within_2_s(qtbot, bus_factory, watchers):
    address = bus_factory()
    watcher = make_watcher(watchers, session_address=address)
    assert "session bus: org.gnome.ScreenSaver.ActiveChanged" in watcher.start()
    with qtbot.waitSignal(watcher.lock_requested, timeout=U4_MS):
        dbus_send(address, *GNOME, "boolean:true")


@needs_dbus
def test_screensaver_going_inactive_does_not_lock(qtbot, bus_factory, watchers):
    address = bus_factory()
    watcher = make_watcher(watchers, session_address=address)
    watcher.start()
    counter = Counter(watcher.lock_requested)
    # the final true arrives after the falses, so once it is counted they have been handled
    send_in_order(address, [(*FREEDESKTOP, [False]), (*GNOME, [False]), (*GNOME, [True])])
    qtbot.waitUntil(lambda: counter.count >= 1, timeout=U4_MS)
    assert counter.count == 1


@needs_dbus
def test_prepare_for_sleep_on_the_system_bus_locks_within_2_s(qtbot, bus_factory, watchers):
    system = bus_factory()
    watcher = make_watcher(watchers, system_address=system, session_id="")
    assert watcher.start() == ["system bus: org.freedesktop.login1.Manager.PrepareForSleep"]
    with qtbot.waitSignal(watcher.lock_requested, timeout=U4_MS):
        dbus_send(system, *SLEEP, "boolean:true")


@needs_dbus
def test_waking_up_does_not_lock(qtbot, bus_factory, watchers):
    system = bus_factory()
    watcher = make_watcher(watchers, system_address=system, session_id="")
    watcher.start()
    counter = Counter(watcher.lock_requested)
    send_in_order(system, [(*SLEEP, [False]), (*SLEEP, [True])])
    qtbot.waitUntil(lambda: counter.count >= 1, timeout=U4_MS)
    assert counter.count == 1


@needs_dbus
def test_logind_lock_of_this_session_locks_and_of_another_does_not(qtbot, bus_factory, watchers):
    system = bus_factory()
    watcher = make_watcher(watchers, system_address=system, session_id="2")
    assert "system bus: org.freedesktop.login1.Session.Lock" in watcher.start()
    counter = Counter(watcher.lock_requested)
    send_in_order(system, [("/org/freedesktop/login1/session/_33", LOGIND_SESSION, "Lock", []),
                           ("/org/freedesktop/login1/session/_32", LOGIND_SESSION, "Lock", [])])
    qtbot.waitUntil(lambda: counter.count >= 1, timeout=U4_MS)
    assert counter.count == 1
    with qtbot.waitSignal(watcher.lock_requested, timeout=U4_MS):  # from another process too
        dbus_send(system, "/org/freedesktop/login1/session/_32", LOGIND_SESSION, "Lock")


@needs_dbus
def test_both_buses_at_once_and_stop_disconnects(qtbot, bus_factory, watchers):
    session, system = bus_factory(), bus_factory()
    watcher = make_watcher(watchers, session_address=session, system_address=system,
                           session_id="c1")
    sources = watcher.start()
    assert len(sources) == 4
    assert watcher.start() == sources  # a second start connects nothing twice
    with qtbot.waitSignal(watcher.lock_requested, timeout=U4_MS):
        dbus_send(system, *SLEEP, "boolean:true")
    watcher.stop()
    assert watcher.sources == [] and len(sources) == 4


@needs_dbus
def test_screen_lock_locks_the_main_window_within_2_s(qtbot, ctx, bus_factory):
    address = bus_factory()
    ctx.deps.extras.update(dbus_session_address=address, dbus_system_address="")
    window = create_main_window(ctx, [("map", "Map", lambda: PlaceholderPage("map"))],
                                search_fn=lambda s, t, limit: [])
    qtbot.addWidget(window)
    assert window.os_lock is None  # nothing touches D-Bus before the window is shown
    window.show()
    qtbot.waitUntil(lambda: window.os_lock is not None and bool(window.os_lock.sources),
                    timeout=5000)
    try:
        dbus_send(address, *FREEDESKTOP, "boolean:true")
        qtbot.waitUntil(lambda: window.is_locked, timeout=U4_MS)
        assert ctx.vault.is_locked
        assert window.idle_lock.paused  # the same path as the idle lock: lock_now, then locked
    finally:
        window.os_lock.stop()


# ------------------------------------------------------------------------------ delay inhibitor

INHIBIT_CALL = ("sleep", "Forum Kit", "Lock the vault before sleeping", "delay")


def released(read_end: int) -> bool:
    """Whether every write end of an inhibitor's pipe is closed (logind would go on)."""
    os.set_blocking(read_end, False)
    try:
        return os.read(read_end, 1) == b""
    except BlockingIOError:
        return False


class FakeLogind:
    """``org.freedesktop.login1`` on a private bus, answering ``Manager.Inhibit`` in-process.

    Each call is answered with the write end of a fresh pipe, as logind answers with a FIFO's;
    the read end, kept here, sees EOF once the app closed its descriptor. ``deny`` answers
    AccessDenied instead, as logind does without permission."""

    def __init__(self, address: str) -> None:
        from PySide6.QtDBus import QDBusConnection, QDBusVirtualObject

        self.calls: list[tuple] = []
        self.read_ends: list[int] = []
        self.deny = False
        self.name = "forum-kit-test-fake-logind"
        self.connection = QDBusConnection.connectToBus(address, self.name)
        assert self.connection.isConnected()
        fake = self

        class Manager(QDBusVirtualObject):
            def introspect(self, path: str) -> str:
                return ""

            def handleMessage(self, message, connection) -> bool:  # noqa: N802 - Qt override
                if (message.interface(), message.member()) != ("org.freedesktop.login1.Manager",
                                                               "Inhibit"):
                    return False
                return fake.inhibit(message, connection)

        self.manager = Manager()
        assert self.connection.registerService("org.freedesktop.login1")
        assert self.connection.registerVirtualObject("/org/freedesktop/login1", self.manager)

    def inhibit(self, message, connection) -> bool:
        from PySide6.QtDBus import QDBusUnixFileDescriptor

        self.calls.append(tuple(message.arguments()))
        if self.deny:
            connection.send(message.createErrorReply("org.freedesktop.DBus.Error.AccessDenied",
                                                     "Permission denied"))
            return True
        read_end, write_end = os.pipe()
        self.read_ends.append(read_end)
        descriptor = QDBusUnixFileDescriptor(write_end)  # a dup, closed with the reply
        os.close(write_end)
        reply = message.createReply()
        reply.setArguments([descriptor])  # not createReply([..]): that sends an "av"
        assert connection.send(reply)
        return True

    def close(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        QDBusConnection.disconnectFromBus(self.name)
        for read_end in self.read_ends:
            os.close(read_end)


@pytest.fixture
def fake_logind(bus_factory):
    """A private "system" bus with a fake logind on it: (address, fake)."""
    address = bus_factory()
    fake = FakeLogind(address)
    yield address, fake
    fake.close()


@needs_dbus
def test_a_sleep_delay_inhibitor_is_taken_on_start(qtbot, fake_logind, watchers):
    system, fake = fake_logind
    watcher = make_watcher(watchers, system_address=system, session_id="")
    watcher.start()
    qtbot.waitUntil(lambda: watcher.inhibiting, timeout=5000)
    assert fake.calls == [INHIBIT_CALL]  # what="sleep", mode="delay"
    assert not released(fake.read_ends[0])


@needs_dbus
def test_sleep_locks_then_releases_and_resume_takes_a_new_inhibitor(qtbot, fake_logind,
                                                                    watchers):
    system, fake = fake_logind
    watcher = make_watcher(watchers, system_address=system, session_id="")
    watcher.start()
    qtbot.waitUntil(lambda: watcher.inhibiting, timeout=5000)
    # while the lock runs logind must still be waiting: the inhibitor is held until it returned
    held_during_lock: list[bool] = []
    watcher.lock_requested.connect(lambda: held_during_lock.append(
        watcher.inhibiting and not released(fake.read_ends[0])))
    dbus_send(system, *SLEEP, "boolean:true")
    qtbot.waitUntil(lambda: bool(held_during_lock), timeout=U4_MS)
    assert held_during_lock == [True]
    assert not watcher.inhibiting
    assert released(fake.read_ends[0])  # logind may suspend now
    assert len(fake.calls) == 1  # no new inhibitor while going to sleep

    dbus_send(system, *SLEEP, "boolean:false")  # the resume
    qtbot.waitUntil(lambda: watcher.inhibiting, timeout=5000)
    assert fake.calls == [INHIBIT_CALL, INHIBIT_CALL]
    assert not released(fake.read_ends[1])
    assert held_during_lock == [True]  # the resume locks nothing

    watcher.stop()  # quitting releases it too
    assert not watcher.inhibiting
    assert released(fake.read_ends[1])


@needs_dbus
def test_an_inhibitor_answered_after_stop_is_closed(qtbot, fake_logind, watchers):
    system, fake = fake_logind
    watcher = make_watcher(watchers, system_address=system, session_id="")
    watcher.start()
    watcher.stop()  # before the answer came back
    qtbot.waitUntil(lambda: len(fake.read_ends) == 1 and released(fake.read_ends[0]),
                    timeout=5000)
    assert not watcher.inhibiting


@needs_dbus
def test_sleep_main_window_is_locked_before_the_inhibitor_is_released(qtbot, ctx, fake_logind):
    system, fake = fake_logind
    ctx.deps.extras.update(dbus_session_address="", dbus_system_address=system,
                           logind_session_id="")
    window = create_main_window(ctx, [("map", "Map", lambda: PlaceholderPage("map"))],
                                search_fn=lambda s, t, limit: [])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.os_lock is not None and window.os_lock.inhibiting,
                    timeout=5000)
    try:
        # connected after the window's lock_now, so it runs once lock_now has returned
        seen: list[tuple[bool, bool]] = []
        window.os_lock.lock_requested.connect(
            lambda: seen.append((ctx.vault.is_locked, released(fake.read_ends[0]))))
        dbus_send(system, *SLEEP, "boolean:true")
        qtbot.waitUntil(lambda: released(fake.read_ends[0]), timeout=U4_MS)
        assert seen == [(True, False)]  # locked while logind still waited
        assert window.is_locked
    finally:
        window.os_lock.stop()


@needs_dbus
@pytest.mark.parametrize("deny", [False, True], ids=["no-logind", "access-denied"])
def test_without_an_inhibitor_sleep_still_locks_silently(qtbot, bus_factory, watchers, capfd,
                                                         deny):
    address = bus_factory()
    fake = None
    if deny:
        fake = FakeLogind(address)
        fake.deny = True
    try:
        watcher = make_watcher(watchers, system_address=address, session_id="")
        assert watcher.start() == ["system bus: org.freedesktop.login1.Manager.PrepareForSleep"]
        # the failed answer arrives; then resume and sleep go through the same path again
        qtbot.waitUntil(lambda: watcher._inhibit_watcher is None, timeout=5000)
        counter = Counter(watcher.lock_requested)
        send_in_order(address, [(*SLEEP, [False]), (*SLEEP, [True])])
        qtbot.waitUntil(lambda: counter.count >= 1, timeout=U4_MS)
        qtbot.waitUntil(lambda: watcher._inhibit_watcher is None, timeout=5000)
        assert counter.count == 1
        assert not watcher.inhibiting
        if fake is not None:
            assert fake.calls == [INHIBIT_CALL, INHIBIT_CALL] and fake.read_ends == []
        watcher.stop()
    finally:
        if fake is not None:
            fake.close()
    out, err = capfd.readouterr()
    assert out == "" and err == ""


# ------------------------------------------------------------------------------ no bus at all


def test_no_bus_is_harmless(qtbot, watchers, capfd):
    watcher = make_watcher(watchers, session_address="unix:path=/nonexistent/forum-kit-bus",
                           system_address="unix:path=/nonexistent/forum-kit-system-bus",
                           session_id="2")
    counter = Counter(watcher.lock_requested)
    assert watcher.start() == []
    watcher.stop()
    assert counter.count == 0
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_buses_left_out_connect_nothing(watchers):
    assert make_watcher(watchers).start() == []


def test_without_qtdbus_nothing_is_watched(monkeypatch, watchers):
    monkeypatch.setitem(sys.modules, "PySide6.QtDBus", None)  # import now raises ImportError
    assert make_watcher(watchers, session_address=None, system_address=None).start() == []


def test_no_session_bus_is_not_autolaunched(monkeypatch, tmp_path):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert not _usual_bus_may_exist("session")
    if sys.platform.startswith("linux"):
        (tmp_path / "bus").touch()
        assert _usual_bus_may_exist("session")
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/elsewhere")
        assert _usual_bus_may_exist("session")


def test_main_window_without_any_bus_still_works(qtbot, ctx, capfd):
    ctx.deps.extras.update(dbus_session_address="", dbus_system_address="")
    window = create_main_window(ctx, [("map", "Map", lambda: PlaceholderPage("map"))],
                                search_fn=lambda s, t, limit: [])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.os_lock is not None, timeout=5000)
    assert window.os_lock.sources == []
    window.lock_now()
    assert window.is_locked
    assert capfd.readouterr().err == ""


@pytest.mark.parametrize(("session_id", "path_end"), [
    ("2", "_32"), ("12", "_312"), ("c1", "c1"), ("c-1", "c_2d1"), ("", "_"),
])
def test_logind_session_paths_follow_systemds_escaping(session_id, path_end):
    assert logind_session_path(session_id) == f"/org/freedesktop/login1/session/{path_end}"
