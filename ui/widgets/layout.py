"""Layout helpers shared by the pages so they fit a 1024x700 window without clipping.

Owns ``RatioSplitter`` and ``ratio`` (a list/editor split that opens at a chosen share and keeps
the user's own once they drag it), ``shrinkable_combo`` (a combo box that may get narrower than
its longest item), ``PathCombo`` (one whose chosen area path, when it does not fit, loses its
middle rather than its end, so "Floor 2 Billing / Team North" shows as "Floor 2…Team North"),
``select_data`` (choose a combo's item by its data), ``vertical_scroll`` (a
frame that scrolls its widget up and down only, laid out to the width it is given) and
``scroll_min_width`` (the narrowest such a frame may get). The same helpers first lived in
``ui.pages.people`` and ``ui.editors.contact_editor``; they are kept here so every page imports
them from one place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)


class RatioSplitter(QSplitter):
    """A splitter that opens at a chosen split and keeps the user's own once they drag it.

    ``first_size(total)`` gives the first pane's size for the splitter's whole size (width, or
    height when vertical); until the handle is dragged, every resize re-applies it, so the split
    stays sensible when the window grows. The panes never collapse to nothing.
    """

    def __init__(self, first_size: Callable[[int], int],
                 orientation: Qt.Orientation = Qt.Orientation.Horizontal,
                 parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.first_size = first_size
        self.user_moved = False
        self.setChildrenCollapsible(False)
        self.splitterMoved.connect(self._moved)

    def _moved(self, *_args: Any) -> None:
        self.user_moved = True

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if not self.user_moved:
            self.apply_split()

    def apply_split(self) -> None:
        """Put the handle where ``first_size`` says (within the panes' minimum sizes)."""
        if self.count() != 2:
            return
        horizontal = self.orientation() == Qt.Orientation.Horizontal
        total = self.width() if horizontal else self.height()
        total -= self.handleWidth()
        if total <= 0:
            return
        first = int(self.first_size(total))
        self.setSizes([first, max(0, total - first)])


def ratio(share: float) -> Callable[[int], int]:
    """``first_size`` for a fixed share of the splitter."""
    return lambda total: round(total * share)


def shrinkable_combo(combo: QComboBox, chars: int = 12) -> QComboBox:
    """Let a combo box get narrower than its longest item (area paths and names can be long;
    the popup still shows every item whole)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, combo.sizePolicy().verticalPolicy())
    return combo


class PathCombo(QComboBox):
    """A combo box of area paths: the shown path is elided in the middle (see the module)."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self)
        if not option.currentIcon.isNull():
            room.adjust(option.iconSize.width() + 4, 0, 0, 0)
        option.currentText = self.shown_text(room.width() - 4)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def shown_text(self, width: int) -> str:
        """The chosen item's text as drawn in ``width`` pixels: whole, or without its middle."""
        return self.fontMetrics().elidedText(self.currentText(), Qt.TextElideMode.ElideMiddle,
                                             max(0, width))


def path_combo(chars: int = 12) -> PathCombo:
    """A ``PathCombo`` that may get as narrow as ``chars`` characters (see ``shrinkable_combo``)."""
    combo = PathCombo()
    shrinkable_combo(combo, chars)
    return combo


def select_data(combo: QComboBox, value: Any) -> bool:
    """Make the item whose data is ``value`` current; False (and no change) when none has it."""
    i = combo.findData(value)
    if i >= 0:
        combo.setCurrentIndex(i)
    return i >= 0


def vertical_scroll(widget: QWidget) -> QScrollArea:
    """A frameless scroll area around ``widget`` that scrolls up and down only.

    The widget is laid out to the width the area has, so nothing is ever cut off at the right;
    the area is no Tab stop (focus goes to the fields, which scroll themselves into view).
    """
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(widget)
    scroll.setMinimumWidth(scroll_min_width(scroll))
    return scroll


def scroll_min_width(scroll: QScrollArea) -> int:
    """The narrowest ``scroll`` may get: its widget's minimum plus the vertical scroll bar."""
    widget = scroll.widget()
    inner = widget.minimumSizeHint().width() if widget is not None else 0
    bar = scroll.verticalScrollBar().sizeHint().width()
    return inner + bar + 2 * scroll.frameWidth()


__all__ = ["PathCombo", "RatioSplitter", "path_combo", "ratio", "scroll_min_width",
           "select_data", "shrinkable_combo", "vertical_scroll"]
