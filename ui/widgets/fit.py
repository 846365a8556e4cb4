"""What of a window a person cannot see whole: the check behind the 1280x720 layout tests and
the screenshot script.

Owns ``fit_problems(top)``, which walks the visible controls of a window (buttons, fields, combo
boxes, spin and date boxes, text areas, lists and tables) and its labels, and says in words which
one is cut off by an edge of the window or of a frame around it, squeezed below its minimum size,
or (for a label) narrower than its text; a list that shows fewer than ``min_rows`` rows, a
placeholder longer than its empty field, a label showing its "&" (a mnemonic without a field)
and a window narrower than its title (``full_title``: as a window manager shows it, with the
application's name) are named too. Controls inside a scroll area are checked against the area's
width only: the area scrolls them into view up and down. A window laid out at a size it cannot
shrink to (its minimum is larger) is named first. Used by the tests (one per page and dialog at
1280x720) and printed by ``docs/screenshots/make_screenshots.py`` for every shot it takes.
``fit_dialog(dialog)`` is the remedy a dialog applies to itself: no narrower than its title and
than the placeholders of its fields.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QSplitter,
    QStyle,
    QTabBar,
    QTableView,
    QWidget,
)

CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QAbstractScrollArea)
# The parts Qt builds inside other controls (a spin box's line edit, a combo's view, a scroll
# bar's buttons): their owner is checked instead.
_INNER_OWNERS = (QAbstractSpinBox, QComboBox, QTabBar, QLineEdit)
# What a window manager's title bar takes besides the title: an icon, three buttons, margins.
TITLE_BAR_EXTRA = 130
# A line edit's frame and text margins, and the room its clear button takes when it has one.
_LINE_EDIT_MARGINS = 12
_CLEAR_BUTTON = 22


def full_title(widget: QWidget) -> str:
    """The title a window manager shows: Qt adds the application's name unless it ends so."""
    title = widget.windowTitle()
    app_name = QGuiApplication.applicationDisplayName()
    if app_name and not title.endswith(app_name):
        return f"{title} — {app_name}" if title else app_name
    return title


def _name(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "accessibleName", "placeholderText", "objectName"):
        value = getattr(widget, getter, None)
        if callable(value):
            text = str(value() or "")
        if text:
            break
    return f"{type(widget).__name__} {text.replace('&', '')!r}".strip()


def _is_inner(widget: QWidget, top: QWidget) -> bool:
    """Whether ``widget`` is a part of another control (or of a scroll area's frame)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, _INNER_OWNERS):
            return True
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QScrollArea):
            return True  # an item view's or text area's header, scroll bars, editors
        parent = parent.parentWidget()
    return False


def _mirrored_splitter_slack(parent: QWidget, rect: QRect) -> bool:
    """Whether ``rect`` overflows ``parent`` only by the one pixel a right-to-left QSplitter
    gives its first pane (Qt mirrors the pane as x = width - x - w + 1: the pane ends one pixel
    past the splitter's right edge, and column 0 stays empty); nothing a person reads is lost."""
    if not isinstance(parent, QSplitter) or not parent.isRightToLeft():
        return False
    return parent.rect().adjusted(0, 0, 1, 0).contains(rect)


def _clipped(widget: QWidget, top: QWidget) -> str | None:
    """Which frame cuts ``widget`` off, or None when it shows whole (or can be scrolled to)."""
    rect = QRect(QPoint(0, 0), widget.size())
    child = widget
    parent = widget.parentWidget()
    while parent is not None:
        rect = QRect(child.mapTo(parent, rect.topLeft()), rect.size())
        area = parent.parentWidget()
        if isinstance(area, QScrollArea) and parent is area.viewport():
            # scrolled content: whole from left to right; up and down it scrolls into view
            if rect.left() < 0 or rect.right() > parent.width() - 1:
                return "cut off at the side of its scroll area"
            rect = QRect(QPoint(0, 0), parent.size())
        elif not parent.rect().contains(rect):
            if not _mirrored_splitter_slack(parent, rect):
                return f"cut off by {_name(parent)}" if parent is not top else "outside the window"
            rect = rect.intersected(parent.rect())
        if parent is top:
            return None
        child, parent = parent, parent.parentWidget()
    return None


def title_width(window: QWidget) -> int:
    """The width ``window`` needs for its whole title in a window manager's title bar."""
    title = full_title(window)
    return QFontMetrics(window.font()).horizontalAdvance(title) + TITLE_BAR_EXTRA if title else 0


def fit_dialog(dialog: QWidget) -> None:
    """Make ``dialog`` no narrower than its title and its line edits no narrower than their
    placeholders (call it once the dialog is built; short text needs no change)."""
    for edit in dialog.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if hint and not isinstance(edit.parentWidget(), _INNER_OWNERS):
            room = edit.fontMetrics().horizontalAdvance(hint) + _LINE_EDIT_MARGINS
            room += _CLEAR_BUTTON if edit.isClearButtonEnabled() else 0
            edit.setMinimumWidth(max(edit.minimumWidth(), room))
    layout = dialog.layout()
    if isinstance(dialog, QInputDialog):
        # it lays itself out when shown, at its layout's minimum: widen its field instead
        margins = 2 * dialog.style().pixelMetric(QStyle.PixelMetric.PM_LayoutLeftMargin)
        for edit in dialog.findChildren(QLineEdit):
            edit.setMinimumWidth(max(edit.minimumWidth(), title_width(dialog) - margins))
        return
    if isinstance(dialog, QMessageBox):
        # a message box sizes itself and ignores a minimum width; a spacer across it does not
        if isinstance(layout, QGridLayout):
            layout.addItem(
                QSpacerItem(
                    title_width(dialog), 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum
                ),
                layout.rowCount(),
                0,
                1,
                layout.columnCount(),
            )
        return
    dialog.setMinimumWidth(max(dialog.minimumWidth(), title_width(dialog)))


def fit_problems(top: QWidget, *, min_rows: int = 2, size: QSize | None = None) -> list[str]:
    """Everything a person could not see whole in ``top`` as it is laid out now (see above).

    ``size`` is the size ``top`` was asked to take (a screen or window size): a window that
    stayed larger, because its layout cannot get that small, is a problem too."""
    problems: list[str] = []
    if top.isWindow() and top.width() < title_width(top):
        problems.append(
            f"the title {full_title(top)!r} needs {title_width(top)} px, the "
            f"window is {top.width()} px wide"
        )
    if size is not None:
        wanted = top.minimumSizeHint().expandedTo(top.minimumSize())
        if wanted.width() > size.width() or wanted.height() > size.height():
            problems.append(
                f"the window needs {wanted.width()}x{wanted.height()}, more than "
                f"{size.width()}x{size.height()}"
            )
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top or _is_inner(widget, top):
            continue
        if isinstance(widget, QLabel):
            problems += _label_problems(widget, top)
        elif isinstance(widget, CONTROLS):
            problems += _control_problems(widget, top, min_rows)
    return problems


def _control_problems(widget: QWidget, top: QWidget, min_rows: int) -> list[str]:
    out: list[str] = []
    where = _clipped(widget, top)
    if where:
        out.append(f"{_name(widget)}: {where}")
    if isinstance(widget, QAbstractItemView):
        rows = _visible_rows(widget)
        if rows is not None and rows < min_rows:
            out.append(f"{_name(widget)}: shows {rows} row(s), fewer than {min_rows}")
        return out
    if isinstance(widget, QPlainTextEdit):
        hint = widget.placeholderText()
        if hint and not widget.toPlainText():
            room = widget.viewport().rect().adjusted(4, 4, -4, -4)
            needed = (
                widget.fontMetrics()
                .boundingRect(room, int(Qt.TextFlag.TextWordWrap), hint)
                .height()
            )
            if needed > room.height():
                out.append(f"{_name(widget)}: its placeholder needs {needed} px of height")
        return out
    if isinstance(widget, QAbstractScrollArea):
        return out
    if isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
        room = widget.width() - _LINE_EDIT_MARGINS
        room -= _CLEAR_BUTTON if widget.isClearButtonEnabled() else 0
        needed = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
        if needed > room:
            out.append(f"{_name(widget)}: its placeholder is cut ({needed} px in {room})")
    hint = widget.minimumSizeHint()
    if widget.width() < hint.width() or widget.height() < hint.height():
        out.append(
            f"{_name(widget)}: squeezed to {widget.width()}x{widget.height()}, "
            f"needs {hint.width()}x{hint.height()}"
        )
    return out


def _visible_rows(view: QAbstractItemView) -> int | None:
    """How many rows of ``view`` fit its viewport (None for views without rows, e.g. no model)."""
    model = view.model()
    if model is None or model.rowCount() == 0:
        return None
    row_height = view.rowHeight(0) if isinstance(view, QTableView) else view.sizeHintForRow(0)
    if row_height <= 0:
        return None
    return view.viewport().height() // row_height


def _shows_ampersand(label: QLabel) -> bool:
    """Whether ``label`` reads "&Name:" on screen: a mnemonic needs a buddy to be one."""
    if label.buddy() is not None or label.textFormat() == Qt.TextFormat.RichText:
        return False
    text = label.text().replace("&&", "")
    i = text.find("&")
    return 0 <= i < len(text) - 1 and text[i + 1].isalnum()


def _label_problems(label: QLabel, top: QWidget) -> list[str]:
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return []
    out: list[str] = []
    where = _clipped(label, top)
    if where:
        out.append(f"{_name(label)}: {where}")
    if _shows_ampersand(label):
        out.append(f"{_name(label)}: shows its '&' (a mnemonic with no field to go to)")
    hint = label.minimumSizeHint()
    if label.width() < hint.width():
        out.append(f"{_name(label)}: {label.width()} px wide, its text needs {hint.width()}")
    elif label.wordWrap() and label.height() < label.heightForWidth(label.width()):
        out.append(
            f"{_name(label)}: {label.height()} px high, its text needs "
            f"{label.heightForWidth(label.width())}"
        )
    return out


__all__ = ["fit_dialog", "fit_problems", "full_title", "title_width"]
