"""SECURITY.md L-6: what the app copies leaves the clipboard after 30 s, on lock, and only if
it is still ours. The timer is never waited on: its settings are checked and its slot is called."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLineEdit

from ui.widgets.clipboard import (
    CLEAR_AFTER_MS,
    ClipboardWiper,
    clear_sensitive_clipboard,
    copy_sensitive,
    install_clipboard_wiper,
)
from ui.widgets.tables import table_view


def _wiper(qapp, *, ours: bool = True) -> ClipboardWiper:
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    wiper = ClipboardWiper(clipboard, is_ours=lambda: ours)
    wiper.setObjectName("testWiper")  # not the process's own wiper
    return wiper


def _done(wiper: ClipboardWiper) -> None:
    wiper.timer.stop()
    QGuiApplication.clipboard().dataChanged.disconnect(wiper._changed)
    wiper.deleteLater()


def test_copy_is_cleared_after_30_seconds_when_unchanged(qapp):
    wiper = _wiper(qapp)
    wiper.copy("Zoë Example, 07700 900123")
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "Zoë Example, 07700 900123"
    assert wiper.timer.isActive() and wiper.timer.isSingleShot()
    assert wiper.timer.interval() == CLEAR_AFTER_MS == 30_000
    wiper.timer.timeout.emit()
    assert clipboard.text() == ""
    assert not wiper.holding
    _done(wiper)


def test_copy_asks_clipboard_managers_not_to_keep_it(qapp):
    wiper = _wiper(qapp)
    wiper.copy("secret words")
    mime = QGuiApplication.clipboard().mimeData()
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    wiper.clear_if_unchanged()
    _done(wiper)


def test_something_the_user_copied_since_is_left_alone(qapp):
    # the user copies elsewhere: our app is not in front and does not own the clipboard
    ours = {"now": True}
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()
    wiper = ClipboardWiper(clipboard, is_ours=lambda: ours["now"])
    wiper.setObjectName("testWiper")
    wiper.copy("Şêrko Example")
    ours["now"] = False
    clipboard.setText("their own text")
    assert not wiper.holding and not wiper.timer.isActive()
    wiper.clear_if_unchanged()
    assert clipboard.text() == "their own text"
    # and if the timer fired anyway, the text differs from ours: still left alone
    wiper.copy("Şêrko Example")
    clipboard.setText("their own text")
    wiper._held = "Şêrko Example"
    wiper.timer.timeout.emit()
    assert clipboard.text() == "their own text"
    _done(wiper)


def test_ctrl_c_in_a_line_edit_is_caught_too(qapp, qtbot):
    wiper = _wiper(qapp)
    field = QLineEdit("ABCD-EFGH-IJKL")
    field.setReadOnly(True)  # as the recovery key is shown
    qtbot.addWidget(field)
    field.selectAll()
    field.copy()
    assert QGuiApplication.clipboard().text() == "ABCD-EFGH-IJKL"
    assert wiper.holding and wiper.timer.isActive()
    wiper.timer.timeout.emit()
    assert QGuiApplication.clipboard().text() == ""
    _done(wiper)


_NO_PARENT = QModelIndex()


class _People(QAbstractTableModel):
    def rowCount(self, parent=_NO_PARENT):  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 2

    def columnCount(self, parent=_NO_PARENT):  # noqa: N802 - Qt override
        return 0 if parent.isValid() else 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return ["Zoë Example", "Şêrko Example"][index.row()]
        return None


def test_ctrl_c_in_a_table_view_is_caught_too(qapp, qtbot):
    # Qt's item views copy the current cell on Ctrl+C with no code of ours
    wiper = _wiper(qapp)
    model = _People()
    view = table_view(model, "People")
    qtbot.addWidget(view)
    view.setCurrentIndex(model.index(1, 0))
    sequence = QKeySequence(QKeySequence.StandardKey.Copy)[0]
    qtbot.keyClick(view, sequence.key(), sequence.keyboardModifiers())
    assert QGuiApplication.clipboard().text() == "Şêrko Example"
    assert wiper.holding
    wiper.timer.timeout.emit()
    assert QGuiApplication.clipboard().text() == ""
    _done(wiper)


def test_copy_sensitive_and_clear_use_one_wiper_per_process(qapp):
    assert install_clipboard_wiper() is install_clipboard_wiper()
    copy_sensitive("Zoë Example")
    assert install_clipboard_wiper().holding
    clear_sensitive_clipboard()
    assert QGuiApplication.clipboard().text() == ""


def test_lock_clears_our_clipboard_text(ctx, qtbot):
    from ui.main_window import MainWindow

    window = MainWindow(ctx, [])
    qtbot.addWidget(window)
    copy_sensitive("Zoë Example")
    window.lock_now()
    assert QGuiApplication.clipboard().text() == ""
    assert not install_clipboard_wiper().holding


def test_lock_leaves_someone_elses_text(ctx, qtbot):
    from ui.main_window import MainWindow

    window = MainWindow(ctx, [])
    qtbot.addWidget(window)
    copy_sensitive("Zoë Example")
    clipboard = QGuiApplication.clipboard()
    wiper = install_clipboard_wiper()
    # another program's copy: not ours, so the wiper lets go of its text
    wiper._is_ours = lambda: False
    try:
        clipboard.setText("a shopping list")
        window.lock_now()
        assert clipboard.text() == "a shopping list"
    finally:
        del wiper._is_ours
        clipboard.clear()


class _FakeX11Clipboard(QObject):
    """A clipboard with an X11 primary selection (the offscreen platform has none)."""

    dataChanged = Signal()

    def __init__(self, owns_selection: bool) -> None:
        super().__init__()
        self.owns_selection = owns_selection
        self.cleared: list[QClipboard.Mode] = []

    def text(self) -> str:
        return ""

    def supportsSelection(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def ownsSelection(self) -> bool:  # noqa: N802 - Qt's name
        return self.owns_selection

    def clear(self, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> None:
        self.cleared.append(mode)


@pytest.mark.parametrize("ours", [True, False])
def test_lock_releases_the_primary_selection_only_while_ours(qapp, ours):
    fake = _FakeX11Clipboard(owns_selection=ours)
    wiper = ClipboardWiper(fake, is_ours=lambda: True)  # type: ignore[arg-type]
    wiper.clear_if_unchanged()  # the 30 s timer's call never touches the selection
    assert fake.cleared == []
    wiper.release_selection()  # what the lock and quit call
    assert fake.cleared == ([QClipboard.Mode.Selection] if ours else [])
    wiper.deleteLater()


def test_lock_calls_the_selection_release(ctx, qtbot, monkeypatch):
    from ui.main_window import MainWindow

    calls = []
    monkeypatch.setattr(ClipboardWiper, "release_selection", lambda self: calls.append(self))
    window = MainWindow(ctx, [])
    qtbot.addWidget(window)
    window.lock_now()
    assert calls == [install_clipboard_wiper()]
