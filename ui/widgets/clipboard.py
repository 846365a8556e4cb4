"""Nothing this app copies stays on the clipboard (SECURITY.md L-6: OS side channels).

Owns ``ClipboardWiper``, ``install_clipboard_wiper``, ``copy_sensitive`` and
``clear_sensitive_clipboard``. The clipboard outlives the lock and the program: a name or a
recovery key copied at noon would still paste into a chat at five, and on X11 Qt hands the
clipboard to the desktop's clipboard manager when the program quits. So whatever this app puts
there is cleared 30 s later, on lock and on quit, but only while it is still what we put there:
something the user copied since, here or elsewhere, is theirs and is left alone. On X11 the
primary selection (text selected in one of our windows, pasted with the middle button) is
cleared on lock and quit while we still hold it.

Besides ``copy_sensitive`` (explicit Copy buttons), the wiper also catches Qt's built-in copies,
which need no code of ours: Ctrl+C in a line or text edit, and in every item view (it copies the
current cell). A clipboard change counts as ours when this program holds the clipboard or is the
active application (the user pressed Ctrl+C in one of our windows).

The wiper is a child of the application object, one per process, found again by its object
name: no module global. (Not a child of ``QClipboard``: that wrapper is transient in PySide, and
the wiper's Python half would be collected with it.)
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
WIPER_NAME = "forumKitClipboardWiper"


def _app_owns_change(clipboard: QClipboard) -> bool:
    if clipboard.ownsClipboard():
        return True
    # platforms without clipboard ownership (macOS, Wayland): a change while we are in front is
    # a copy from one of our windows
    return QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive


def _mime_with_hints(text: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(text)
    # ask clipboard managers not to keep it in their history (KDE Klipper and others honour the
    # first, Windows' clipboard history the second, macOS pasteboard watchers the third)
    mime.setData("x-kde-passwordManagerHint", b"secret")
    if sys.platform == "win32":
        mime.setData("ExcludeClipboardContentFromMonitorProcessing", b"1")
    if sys.platform == "darwin":
        mime.setData("application/x-nspasteboard-concealed-type", b"secret")
    return mime


class ClipboardWiper(QObject):
    """Clears the text this app put on the clipboard after ``delay_ms``, if still unchanged.

    ``is_ours`` decides whether a clipboard change came from this app (tests inject it).
    """

    def __init__(self, clipboard: QClipboard, *, delay_ms: int = CLEAR_AFTER_MS,
                 is_ours: Callable[[], bool] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(WIPER_NAME)
        self._clipboard = clipboard
        self._is_ours = is_ours or (lambda: _app_owns_change(clipboard))
        self._held: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.clear_if_unchanged)
        clipboard.dataChanged.connect(self._changed)
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_if_unchanged)
            app.aboutToQuit.connect(self.release_selection)

    @property
    def holding(self) -> bool:
        """True while text of ours waits to be cleared."""
        return self._held is not None

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard and clear it after the delay unless replaced."""
        self._clipboard.setMimeData(_mime_with_hints(text))
        self._arm(text)

    def _arm(self, text: str) -> None:
        self._held = text
        self.timer.start()

    def _disarm(self) -> None:
        self._held = None
        self.timer.stop()

    def _changed(self) -> None:
        text = self._clipboard.text()
        if text and self._is_ours():
            self._arm(text)
        elif text != self._held:
            self._disarm()

    def clear_if_unchanged(self) -> None:
        """Clear the clipboard if it still holds our text (timer, lock and quit call this)."""
        held = self._held
        self._disarm()
        if held is not None and self._clipboard.text() == held:
            self._clipboard.clear()


    def release_selection(self) -> None:
        """Clear the X11 primary selection (what middle-click pastes) while text selected in one
        of our windows is what it holds (lock and quit call this; Windows and macOS have no
        such selection). Text the user selected elsewhere since is theirs and stays."""
        clipboard = self._clipboard
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)


def install_clipboard_wiper(*, delay_ms: int = CLEAR_AFTER_MS) -> ClipboardWiper:
    """The process's wiper, made on first call (idempotent; windows call it when built)."""
    app = QGuiApplication.instance()
    found = app.findChild(ClipboardWiper, WIPER_NAME)
    if found is not None:
        return found
    return ClipboardWiper(QGuiApplication.clipboard(), delay_ms=delay_ms, parent=app)


def copy_sensitive(text: str) -> None:
    """Copy ``text`` for the user; it leaves the clipboard after 30 s unless replaced."""
    install_clipboard_wiper().copy(text)


def clear_sensitive_clipboard() -> None:
    """Clear the clipboard now if it holds our text, and the primary selection if one of our
    windows holds it (the lock calls this)."""
    wiper = install_clipboard_wiper()
    wiper.clear_if_unchanged()
    wiper.release_selection()
