"""Return and Enter that do one thing.

In a dialog, Return in a field or a list also reaches the dialog, which presses its default
button: one key press both moves to the list (or ticks a row) and closes the dialog. Owns
``on_return(widget, action)``: Return or Enter in ``widget`` runs ``action`` and stops there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

_RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _ReturnFilter(QObject):
    def __init__(self, widget: QWidget, action: Callable[[], Any]) -> None:
        super().__init__(widget)
        self._action = action
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() in _RETURN_KEYS \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._action()
            return True  # nothing else sees it: the dialog's default button stays unpressed
        return False


def on_return(widget: QWidget, action: Callable[[], Any]) -> QObject:
    """Make Return (and Enter) in ``widget`` run ``action`` only (kept alive by the widget)."""
    return _ReturnFilter(widget, action)


__all__ = ["on_return"]
