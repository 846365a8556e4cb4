"""Issue 25, the lock in the window: time asleep counts, and work already running stops.

The idle lock measured with ``time.monotonic``, which stops while a Linux or macOS laptop sleeps:
opened after a night, it stayed unlocked for the rest of the idle period. Background jobs (a dry
run, an import, a PDF) ran on after the lock and delivered their results, personal data
included, into a locked window. Now the idle lock counts sleep (a boot-time clock, checked
against the wall clock), and ``lock_now`` interrupts the vault's statements, cancels every
background job (its result is dropped unread, neither callback runs) and waits for them.
"""

from __future__ import annotations

import sys
import threading
import time

import pytest
from sqlalchemy import text

from forum_kit.errors import VaultLocked
from ui.app import create_main_window
from ui.lock import IdleLock, idle_clock
from ui.operations import run_in_background
from ui.pages.placeholder import PlaceholderPage
from ui.session import AppDeps

FACTORIES = [("map", "Map", lambda: PlaceholderPage("map"))]
SLOW = text(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
    "WHERE i < 300000000) SELECT count(*) FROM n"
)


@pytest.fixture
def window(qtbot, ctx):
    win = create_main_window(ctx, FACTORIES, search_fn=lambda s, t, limit: [])
    qtbot.addWidget(win)
    win.show()
    return win


def test_a_night_asleep_locks_at_the_first_check_after_waking(qtbot):
    stopped = 1000.0  # a clock that did not count the sleep (time.monotonic on Linux)
    wall = [1_700_000_000.0]
    idle = IdleLock(clock=lambda: stopped, wall=lambda: wall[0], minutes=5, interval_ms=10_000)
    try:
        with qtbot.assertNotEmitted(idle.lock_requested):
            idle.check()
        wall[0] += 8 * 3600  # the lid is opened in the morning
        with qtbot.waitSignal(idle.lock_requested, timeout=1000):
            idle.check()
    finally:
        idle.stop()


def test_a_wall_clock_set_back_does_not_keep_the_app_unlocked(qtbot):
    now, wall = [1000.0], [1_700_000_000.0]
    idle = IdleLock(clock=lambda: now[0], wall=lambda: wall[0], minutes=5, interval_ms=10_000)
    try:
        wall[0] -= 3600
        now[0] += 5 * 60
        with qtbot.waitSignal(idle.lock_requested, timeout=1000):
            idle.check()
    finally:
        idle.stop()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CLOCK_BOOTTIME is Linux's")
def test_the_app_measures_idle_time_with_a_clock_that_counts_sleep(settings_store):
    assert AppDeps(settings=settings_store).clock is idle_clock
    assert abs(idle_clock() - time.clock_gettime(time.CLOCK_BOOTTIME)) < 1.0


def test_a_job_running_at_lock_time_is_cancelled_and_its_result_dropped(qtbot, window):
    go, ended = threading.Event(), threading.Event()
    delivered: list[object] = []

    def work() -> str:
        go.wait(10)
        ended.set()
        return "Zoë Sentinel's dry-run rows"

    job = run_in_background(window, work, on_done=delivered.append, on_error=delivered.append)
    threading.Timer(0.3, go.set).start()  # ends while the lock waits for it
    window.lock_now()
    assert ended.is_set()  # the lock waited for the worker
    assert job.cancelled
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    qtbot.wait(50)
    assert delivered == []
    assert window.is_locked


def test_a_dry_run_reading_the_vault_at_lock_time_stops_at_once(qtbot, window, ctx):
    started, ended = threading.Event(), threading.Event()
    outcome: list[BaseException] = []
    delivered: list[object] = []

    def dry_run() -> int:
        try:
            with ctx.unit_of_work() as session:
                started.set()
                return session.execute(SLOW).scalar_one()  # minutes if nobody stops it
        except BaseException as error:
            outcome.append(error)
            raise
        finally:
            ended.set()

    job = run_in_background(window, dry_run, on_done=delivered.append, on_error=delivered.append)
    assert started.wait(10)
    time.sleep(0.2)
    begun = time.monotonic()
    window.lock_now()
    assert time.monotonic() - begun < 5
    assert ended.is_set() and [type(e) for e in outcome] == [VaultLocked]
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    assert delivered == []  # not even the error: the window is locked, nobody asked
