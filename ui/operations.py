"""The one background helper of the interface (ARCHITECTURE.md rule 7).

Owns ``run_in_background``: slow work (key derivation, demo generation, PDF builds, imports,
backups) runs on Qt's thread pool and its result or error is delivered on the GUI thread. The
worker function never touches a widget; only the callbacks do, and they run on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

# Relays of jobs still running. A relay has no Qt parent and is kept alive here until its result
# has been delivered: when it was a child of the page that started the job, closing that page
# deleted the relay while the worker thread was emitting on it, and the process crashed.
_PENDING: set[QObject] = set()


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits on it and Qt queues the call across threads."""

    done = Signal(object)
    failed = Signal(object)


class BackgroundJob(QObject):
    """Handle of one running job: ``finished`` fires on the GUI thread after either callback."""

    finished = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.running = True


def _set_busy(parent: QObject, text: str | None) -> None:
    # Duck-typed so any widget can show its own busy indicator without a shared base class.
    setter = getattr(parent, "set_busy", None)
    if callable(setter):
        setter(text)


def run_in_background(
    parent: QObject,
    fn: Callable[[], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    busy_text: str | None = None,
) -> BackgroundJob:
    """Run ``fn()`` on the pool; ``on_done(result)`` or ``on_error(exc)`` run on the GUI thread.

    ``parent`` owns the job: when it has a ``set_busy(text | None)`` method it is called with
    ``busy_text`` before the work starts and with ``None`` after the callback ran.
    """
    job = BackgroundJob(parent)
    relay = _Relay()
    _PENDING.add(relay)

    def finish() -> None:
        # The job stays a child of ``parent`` until the parent goes: deleteLater() here, inside
        # the relay's own queued call, crashed PySide6 6.11 when a nested event loop
        # (qtbot.waitSignal, QDialog.exec) was running. Disconnecting drops the callbacks, and
        # the relay is released from a later event, outside its own call.
        relay.done.disconnect()
        relay.failed.disconnect()
        QTimer.singleShot(0, lambda: _PENDING.discard(relay))
        if not shiboken6.isValid(job):
            return  # the owner was closed while the work ran: nobody is left to tell
        job.running = False
        if busy_text is not None:
            _set_busy(parent, None)
        job.finished.emit()

    def deliver(result: Any) -> None:
        try:
            if shiboken6.isValid(job):
                on_done(result)
        finally:
            finish()

    def report(error: BaseException) -> None:
        try:
            if shiboken6.isValid(job):
                on_error(error)
        finally:
            finish()

    relay.done.connect(deliver)
    relay.failed.connect(report)

    def work() -> None:
        try:
            result = fn()
        except BaseException as error:  # noqa: BLE001 - every failure must reach the GUI thread
            # the traceback's frames may hold a passphrase or key: drop them before handing over
            error.__traceback__ = None
            error.__context__ = None
            error.__cause__ = None
            _emit(relay.failed, error)
            return
        _emit(relay.done, result)

    if busy_text is not None:
        _set_busy(parent, busy_text)
    QThreadPool.globalInstance().start(work)
    return job


def _emit(signal: Any, value: Any) -> None:
    try:
        signal.emit(value)
    except RuntimeError:
        # the owner was closed while the work ran: nobody is left to tell
        pass
