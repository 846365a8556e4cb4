"""Scheduled automatic backups while the vault is unlocked.

Owns ``AutoBackup``: on unlock and then every few minutes it asks
``forum_kit.vault_backup.maybe_auto_backup`` whether a backup is due (the interval and how many to
keep come from the settings) and, when one is, writes it on the background helper so the interface
never waits. Nothing runs while the vault is locked; a failure is shown in the status bar only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from ui.operations import run_in_background

CHECK_EVERY_MS = 10 * 60 * 1000


class AutoBackup(QObject):
    """Checks for a due backup on ``check_now()`` and on a timer; emits the outcome in words."""

    message = Signal(str)

    def __init__(self, ctx: Any, *, now: Callable[[], dt.datetime] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.now = now or (lambda: dt.datetime.now(dt.UTC))
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        self.timer.start()
        self.check_now()

    def stop(self) -> None:
        self.timer.stop()

    def check_now(self) -> bool:
        """Start a backup check in the background; False when locked, read-only, off, or one is
        running."""
        if self.running or self.ctx.is_locked or getattr(self.ctx.vault, "read_only", False):
            return False  # a read-only vault's backups/ folder cannot take one
        every = int(self.ctx.settings.get("auto_backup_hours"))
        keep = int(self.ctx.settings.get("auto_backups_keep"))
        if every == 0:
            return False
        from forum_kit.vault_backup import maybe_auto_backup

        vault, now = self.ctx.vault, self.now()
        self.running = True

        def done(info: Any) -> None:
            self.running = False
            if info is not None:
                self.message.emit(self.tr("Automatic backup written."))

        def failed(error: BaseException) -> None:
            self.running = False
            self.message.emit(self.tr("The automatic backup failed: %s") % getattr(
                error, "message", self.tr("unexpected error")))

        run_in_background(self, lambda: maybe_auto_backup(vault, now=now, every_hours=every,
                                                          keep=keep),
                          on_done=done, on_error=failed)
        return True
