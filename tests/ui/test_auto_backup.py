"""Automatic backups from the app: written on unlock when due, not again until the interval has
passed, never while locked, rotated, and restorable with the vault's passphrase."""

from __future__ import annotations

import datetime as dt

import pytest

from forum_kit.errors import InvalidInput
from forum_kit.vault_backup import list_auto_backups, restore_backup
from ui.app import create_main_window
from ui.pages.placeholder import PlaceholderPage

PASSPHRASE = "correct horse battery staple"  # tests/conftest.py's template passphrase
PAGES = [("map", "Map", lambda: PlaceholderPage("map"))]


@pytest.fixture
def clock():
    return {"now": dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)}


@pytest.fixture
def window(qtbot, ctx, clock):
    ctx.settings.set("auto_backup_hours", 24)
    ctx.settings.set("auto_backups_keep", 2)
    ctx.deps.extras["backup_now"] = lambda: clock["now"]
    win = create_main_window(ctx, PAGES, search_fn=lambda s, t, limit: [])
    qtbot.addWidget(win)
    return win


def _wait_idle(qtbot, win):
    qtbot.waitUntil(lambda: not win.auto_backup.running, timeout=20000)


def test_backup_on_start_then_only_when_due_and_rotated(qtbot, window, ctx, clock):
    _wait_idle(qtbot, window)
    folder = ctx.vault.path
    assert len(list_auto_backups(folder)) == 1  # none existed, so one was due at once
    clock["now"] += dt.timedelta(hours=3)
    window.auto_backup.check_now()
    _wait_idle(qtbot, window)
    assert len(list_auto_backups(folder)) == 1  # not due yet
    for _ in range(2):
        clock["now"] += dt.timedelta(hours=25)
        assert window.auto_backup.check_now()
        _wait_idle(qtbot, window)
    assert len(list_auto_backups(folder)) == 2  # three written, the oldest rotated away


def test_nothing_while_locked_and_restorable(qtbot, window, ctx, clock, tmp_path):
    _wait_idle(qtbot, window)
    newest = list_auto_backups(ctx.vault.path)[-1]
    window.lock_now()
    clock["now"] += dt.timedelta(days=3)
    assert window.auto_backup.check_now() is False
    restored = restore_backup(newest, tmp_path / "restored.forumkit", PASSPHRASE)
    assert (restored / "vault.db").is_file()


def test_the_interval_setting_is_validated(ctx):
    with pytest.raises(InvalidInput):
        ctx.settings.set("auto_backup_hours", -1)
    ctx.settings.set("auto_backup_hours", 0)
    assert ctx.settings.get("auto_backup_hours") == 0
