"""A check box whose words wrap: ``wrapped_check`` gives a box without text and a word-wrapped
label that toggles it when clicked, for one form row. A ``QCheckBox``'s own text never wraps, so
a long sentence in a longer language widened or squeezed its dialog past a laptop's screen; the
box stays the ``QCheckBox`` callers read and connect to, named by the sentence for screen
readers. The words keep room for two lines: a dialog sized before it is shown does not ask a
wrapped label for the height its width needs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QSizePolicy


class _ToggleLabel(QLabel):
    """A label that toggles its box when clicked, as a check box's own text does."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 2)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.toggle()
        super().mouseReleaseEvent(event)


def wrapped_check(text: str) -> tuple[QCheckBox, QLabel]:
    """A check box and its word-wrapped words (``text`` may hold a ``&`` shortcut), to add to a
    form as one row, ``form.addRow(box, words)``: the form gives the words the height their
    wrapped lines need."""
    box = QCheckBox()
    box.setAccessibleName(text.replace("&", ""))
    return box, _ToggleLabel(text, box)
