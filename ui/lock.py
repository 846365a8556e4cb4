"""Idle auto-lock: notices when nobody has touched the app for the configured time.

Also owns ``forget_drawn_items``, the lock's last step in Qt: Qt keeps the last item a view
drew after its model is emptied (each ``QStyledItemDelegate`` keeps the roles it last read, and
the style its last ``QStyleOptionViewItem``), so one note or name per view outlived the lock;
each is made to read a blank item instead.

Owns ``IdleLock``, an application-wide event filter that records the time of the last key,
mouse, wheel or touch input, and a timer that compares the injectable ``clock()`` with the idle
limit and emits ``lock_requested`` once. Time asleep counts as idle time: ``idle_clock`` is the
boot-time clock (``CLOCK_BOOTTIME`` on Linux, ``CLOCK_MONOTONIC`` on macOS, where both count
sleep; ``time.monotonic`` elsewhere, which counts it on Windows), and the wall clock is checked
too, so a laptop opened after a night locks on the first check even where the system's sleep
signal never arrived (``time.monotonic`` stops during sleep on Linux and macOS). What locking
does (clear every page, dispose the engine and drop the key, show the unlock screen) is the main
window's ``lock_now``. Suspending the application (Qt's ``ApplicationSuspended``, mobile
platforms) also requests a lock. The operating system's screen lock and the machine's suspend
are detected over D-Bus on Linux by ``ui.os_lock.OsLockWatcher``, which the main window starts
once shown; elsewhere only the idle time and Ctrl+L lock.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyleOptionViewItem,
)

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
    QEvent.Type.ShortcutOverride,
})


def idle_clock() -> float:
    """Seconds of a clock that keeps counting while the computer sleeps."""
    if sys.platform.startswith("linux") and hasattr(time, "CLOCK_BOOTTIME"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    if sys.platform == "darwin":
        # clock_gettime(CLOCK_MONOTONIC) counts sleep on macOS; time.monotonic there does not
        return time.clock_gettime(time.CLOCK_MONOTONIC)
    return time.monotonic()


class IdleLock(QObject):
    """Emits ``lock_requested`` after ``minutes`` of no input, measured with ``clock()`` seconds
    and, as a second witness of time spent asleep, the ``wall()`` clock."""

    lock_requested = Signal()

    def __init__(self, *, clock: Callable[[], float], minutes: float,
                 interval_ms: int = 1000, parent: QObject | None = None,
                 wall: Callable[[], float] = time.time) -> None:
        super().__init__(parent)
        self._clock = clock
        self._wall = wall
        self._limit = float(minutes) * 60.0
        self._last_input = clock()
        self._last_input_wall = wall()
        self.paused = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._state_changed)
        self._timer.start()

    @property
    def limit_seconds(self) -> float:
        """The idle limit in seconds."""
        return self._limit

    def set_minutes(self, minutes: float) -> None:
        """Change the idle limit (from settings)."""
        self._limit = float(minutes) * 60.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in _INPUT_EVENTS:
            self.touch()
        return False

    def touch(self) -> None:
        """Count now as activity."""
        self._last_input = self._clock()
        self._last_input_wall = self._wall()

    def idle_seconds(self) -> float:
        """Time since the last input: the larger of the two clocks' measures (a wall clock set
        back by hand counts nothing; one set forward only locks early, which is safe)."""
        return max(self._clock() - self._last_input, self._wall() - self._last_input_wall)

    def check(self) -> None:
        """Request a lock when the idle limit has passed (once, until ``resume``)."""
        if self.paused:
            return
        if self.idle_seconds() >= self._limit:
            self.paused = True
            self.lock_requested.emit()

    def pause(self) -> None:
        """Stop requesting locks (while locked)."""
        self.paused = True

    def resume(self) -> None:
        """Start counting again from now (after unlock)."""
        self.touch()
        self.paused = False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended and not self.paused:
            self.paused = True
            self.lock_requested.emit()

    def stop(self) -> None:
        """Remove the event filter and stop the timer."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def _columns(view: QAbstractItemView) -> int:
    model = view.model()
    if model is None:
        return 0
    try:
        return int(model.columnCount(QModelIndex()))
    except (TypeError, RuntimeError):  # a list model's columnCount is private in C++
        return 1


def forget_drawn_items() -> int:
    """Make every item view's delegates and every style read a blank item, so that none keeps
    the text of the last item it drew; returns how many views were visited. Call it after the
    models are emptied (``Page.clear``)."""
    app = QApplication.instance()
    if app is None:
        return 0
    blank_model = QStandardItemModel(1, 1)
    blank_model.setItem(0, 0, QStandardItem(""))
    blank = blank_model.index(0, 0)
    option = QStyleOptionViewItem()
    option.features = QStyleOptionViewItem.ViewItemFeature.HasDisplay
    option.text = " "
    option.rect = QRect(0, 0, 64, 16)
    views: list[QAbstractItemView] = []
    for top in app.topLevelWidgets():  # the window, hidden dialogs, combo-box popups
        if isinstance(top, QAbstractItemView):
            views.append(top)
        views.extend(top.findChildren(QAbstractItemView))
    styles = {id(app.style()): (app.style(), None)}
    visited = 0
    for view in views:
        try:
            delegates = {id(d): d for d in [view.itemDelegate()] if d is not None}
            for column in range(_columns(view)):
                extra = view.itemDelegateForColumn(column)
                if extra is not None:
                    delegates[id(extra)] = extra
            for delegate in delegates.values():
                if isinstance(delegate, QAbstractItemDelegate):
                    # initStyleOption reads the blank item into the delegate's kept role data
                    delegate.sizeHint(option, blank)
            styles.setdefault(id(view.style()), (view.style(), view))
            visited += 1
        except RuntimeError:
            continue  # deleted meanwhile (a closed dialog's view): nothing of it is kept
    for style, widget in styles.values():
        option.widget = widget
        # the style keeps the last item's option (text included) for its layout
        style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)
    return visited
