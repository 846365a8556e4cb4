"""Keys that run one action in one widget: Return and Enter that do one thing, Delete on a list.

In a dialog, Return in a field or a list also reaches the dialog, which presses its default
button: one key press both moves to the list (or ticks a row) and closes the dialog. Owns
``on_keys(widget, keys, action)`` (those keys, unmodified, run ``action`` and go no further),
``on_return`` (Return or Enter) and ``on_delete_key`` (Delete on a list, whose action asks for
confirmation itself).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _KeyFilter(QObject):
    def __init__(self, widget: QWidget, keys: Sequence[Qt.Key], action: Callable[[], Any]) -> None:
        super().__init__(widget)
        self._keys = tuple(keys)
        self._action = action
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in self._keys
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self._action()
            return True  # nothing else sees it: a dialog's default button stays unpressed
        return False


def on_keys(widget: QWidget, keys: Sequence[Qt.Key], action: Callable[[], Any]) -> QObject:
    """Make ``keys`` (without Ctrl, Alt or Shift) in ``widget`` run ``action`` only (the filter
    is kept alive by the widget)."""
    return _KeyFilter(widget, keys, action)


def on_return(widget: QWidget, action: Callable[[], Any]) -> QObject:
    """Return (and Enter) in ``widget`` run ``action`` and nothing else."""
    return on_keys(widget, RETURN_KEYS, action)


def on_delete_key(view: QWidget, action: Callable[[], Any]) -> QObject:
    """Delete in ``view`` runs ``action`` (which asks for confirmation itself)."""
    return on_keys(view, (Qt.Key.Key_Delete,), action)


__all__ = ["RETURN_KEYS", "on_delete_key", "on_keys", "on_return"]
