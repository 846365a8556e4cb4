"""Issue 25, the lock in the window: time asleep counts, and work already running stops.

The idle lock measured with ``time.monotonic``, which stops while a Linux or macOS laptop sleeps:
opened after a night, it stayed unlocked for the rest of the idle period. Background jobs (a dry
run, an import, a PDF) ran on after the lock and delivered their results, personal data
included, into a locked window. Now the idle lock counts sleep (a boot-time clock, checked
against the wall clock), and ``lock_now`` interrupts the vault's statements, cancels every
background job (its result is dropped unread; its owner hears VaultLocked) and waits for them.
"""

from __future__ import annotations

import sys
import threading
import time

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from forum_kit.errors import VaultLocked
from forum_kit.vault.probe import SQLITE_INTERRUPT, sqlite_code
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
# the same, calling began() (registered by the test) once it runs
SLOW_SIGNALLING = text(SLOW.text.replace("SELECT 1 UNION", "SELECT began() UNION"))


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
    assert [type(d) for d in delivered] == [VaultLocked]  # the rows themselves never arrive
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
    assert [type(d) for d in delivered] == [VaultLocked]


def test_an_import_dry_run_under_way_stops_at_the_lock(qtbot, window, ctx, tmp_path, monkeypatch):
    """The real wizard's dry run, reading the vault when the window locks: interrupted, its
    plan never reaches the wizard, and the wizard is closed with nothing of the file in it."""
    from forum_kit.exchange import importer
    from forum_kit.services.workplaces import add_workplace
    from ui.dialogs.import_wizard import ImportWizard

    with ctx.unit_of_work() as s:
        add_workplace(s, name="Acme", today=ctx.today())
    started, ended = threading.Event(), threading.Event()
    outcome: list[BaseException] = []
    real_plan = importer.plan_import

    def slow_plan(session, table, **kwargs):
        try:
            # ``started`` is set from inside the statement: a lock before it would refuse the
            # statement (VaultLocked) instead of interrupting it, which is not what is tested
            raw = session.connection().connection.driver_connection
            raw.create_function("began", 0, lambda: started.set() or 1)
            session.execute(SLOW_SIGNALLING).scalar_one()  # a dry run of a very large chart
            return real_plan(session, table, **kwargs)
        except BaseException as error:
            outcome.append(error)
            raise
        finally:
            ended.set()

    monkeypatch.setattr(importer, "plan_import", slow_plan)
    path = tmp_path / "chart.csv"
    path.write_text(
        "First Name,Last Name,Dept\nZoë,Şêrko,Dock\nAna,Perez,Packing\n", encoding="utf-8"
    )
    wizard = ImportWizard(ctx, path=path, choose_file=lambda parent: None, parent=window)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot deletes it
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10_000)
    wizard.next()
    assert started.wait(10)
    job = wizard.preview.job
    window.lock_now()
    # the statement was interrupted (SQLite's "interrupted"), not waited out
    assert ended.is_set() and [sqlite_code(e) for e in outcome] == [SQLITE_INTERRUPT]
    assert job.cancelled and not wizard.isVisible()
    qtbot.waitUntil(lambda: not job.running, timeout=5000)
    qtbot.wait(50)
    assert wizard.plan is None


def test_a_read_only_vault_says_so_in_the_window_and_writes_no_backup(qtbot, deps, vault):
    from ui.session import AppContext

    folder = vault.path
    vault.lock()
    for name in ("vault.db", "keys.json"):
        (folder / name).chmod(0o400)
    try:
        from forum_kit.vault import Vault

        opened = Vault.open(folder, "correct horse battery staple")
        assert opened.read_only
        deps.settings.set("auto_backup_hours", 24)
        ctx = AppContext(opened, deps)
        win = create_main_window(ctx, FACTORIES, search_fn=lambda s, t, limit: [])
        qtbot.addWidget(win)
        win.show()
        assert "read-only" in win.vault_label.text()
        assert "read-only" in win.statusBar().currentMessage()
        assert not win.auto_backup.check_now()
        assert not any((folder / "backups").iterdir())
        win.lock_now()
        assert win.vault_label.text().endswith("locked")
    finally:
        for name in ("vault.db", "keys.json"):
            (folder / name).chmod(0o600)
