"""The one background helper of the interface (ARCHITECTURE.md rule 7).

Owns ``run_in_background``: slow work (key derivation, demo generation, PDF builds, imports,
backups) runs on Qt's thread pool and its result or error is delivered on the GUI thread. The
worker function never touches a widget; only the callbacks do, and they run on the GUI thread.
Also owns ``cancel_running``, the lock's half of it: every job started before the lock is
cancelled (its result, which may hold personal data, is dropped unread, and ``on_error`` gets
VaultLocked instead, so that its owner leaves its "working" state as after any failure), and the
lock waits a bounded time for the workers to end, so that their data leaves memory with them.
"""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from forum_kit.errors import VaultLocked

# What a running job needs (its function and the relay it reports on), kept here by job number
# and released only on the GUI thread, after the worker has let go of them. When the worker's
# closure held them, its last reference could go on the pool thread: a relay or a widget captured
# by the function was then destroyed off the GUI thread, and the process crashed later, inside
# Qt's event processing. A relay has no Qt parent for the same reason: closing the page that
# started a job must not delete the object the worker is emitting on.
_PENDING: dict[int, tuple[Callable[[], Any], QObject, threading.Event]] = {}
_NUMBERS = itertools.count(1)
# Jobs not yet delivered (number -> handle, and the event set when the worker has ended), kept
# and dropped on the GUI thread only; and the numbers of those a lock cancelled.
_RUNNING: dict[int, tuple[BackgroundJob, threading.Event]] = {}
_CANCELLED: set[int] = set()


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
        self.cancelled = False


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
    number = next(_NUMBERS)
    released = threading.Event()
    _PENDING[number] = (fn, relay, released)

    def release() -> None:
        # Drop the job's objects here, on the GUI thread, once the worker no longer holds them,
        # and only now disconnect: deleteLater() or disconnect() inside the relay's own queued
        # call (the slot still running) crashed PySide6 6.11 later, in Qt's event processing.
        if not released.is_set():
            QTimer.singleShot(20, release)
            return
        for signal in (relay.done, relay.failed):
            try:
                signal.disconnect()
            except (RuntimeError, TypeError):
                pass
        _PENDING.pop(number, None)
        _RUNNING.pop(number, None)

    def finish() -> None:
        QTimer.singleShot(0, release)
        _CANCELLED.discard(number)
        if not shiboken6.isValid(job):
            return  # the owner was closed while the work ran: nobody is left to tell
        job.running = False
        if busy_text is not None:
            _set_busy(parent, None)
        job.finished.emit()

    def deliver(result: Any) -> None:
        try:
            if not shiboken6.isValid(job):
                return
            if number in _CANCELLED:
                del result  # read by nobody: the vault was locked meanwhile
                on_error(VaultLocked())
            else:
                on_done(result)
        finally:
            finish()

    def report(error: BaseException) -> None:
        try:
            if shiboken6.isValid(job):
                on_error(VaultLocked() if number in _CANCELLED else error)
        finally:
            finish()

    relay.done.connect(deliver)
    relay.failed.connect(report)

    def work() -> None:
        # only the job number and the event are captured: nothing Qt-related can be freed here
        task, sender, _ = _PENDING[number]
        try:
            result = task()
        except BaseException as error:  # noqa: BLE001 - every failure must reach the GUI thread
            # the traceback's frames may hold a passphrase or key: drop them before handing over
            error.__traceback__ = None
            error.__context__ = None
            error.__cause__ = None
            _emit(sender.failed, error)
        else:
            _emit(sender.done, result)
            del result
        finally:
            del task, sender
            released.set()

    if busy_text is not None:
        _set_busy(parent, busy_text)
    _RUNNING[number] = (job, released)
    QThreadPool.globalInstance().start(work)
    return job


def cancel_running(*, wait_ms: int = 3000) -> int:
    """Cancel every job started so far and wait up to ``wait_ms`` for their workers to end;
    returns how many were cancelled. Called by the lock: a cancelled job's result (a dry run's
    rows, a PDF) is dropped unread and its ``on_error`` gets VaultLocked; its worker, if it
    outlasts the wait, ends on its own (the vault's statements fail by then: VaultLocked)."""
    jobs = [(n, job, ended) for n, (job, ended) in _RUNNING.items() if n not in _CANCELLED]
    deadline = time.monotonic() + wait_ms / 1000
    for number, job, _ended in jobs:
        _CANCELLED.add(number)
        if shiboken6.isValid(job):
            job.cancelled = True
    for _number, _job, ended in jobs:
        ended.wait(max(0.0, deadline - time.monotonic()))
    return len(jobs)


def _emit(signal: Any, value: Any) -> None:
    try:
        signal.emit(value)
    except RuntimeError:
        # the owner was closed while the work ran: nobody is left to tell
        pass
