"""Pages shown read-only while a committee copy is open: what changes the chart is put away.

Owns the two marks a page sets once when it builds its widgets (``mark_writes`` on a button or
action that changes the chart; ``mark_form`` on an editor whose fields and buttons all do) and
``set_read_only``, which the copy mode applies to every page: marked buttons are hidden (and come
back afterwards unless the page had hidden them itself), a marked form's buttons are hidden and its
fields become read-only. Whatever a mark misses is still refused: a copy's sessions refuse every
write (``forum_kit.committee.copydb``), with a sentence the pages show as any other error.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

WRITES = "forumKitWrites"
FORM = "forumKitForm"
_HIDDEN = "forumKitHiddenForCopy"
_LOCKED = "forumKitLockedForCopy"


def mark_writes(*items: QWidget | QAction) -> None:
    """These buttons (or actions) change the chart: put away while a copy is shown."""
    for item in items:
        item.setProperty(WRITES, True)


def mark_form(*forms: QWidget) -> None:
    """Every field and button of these editors changes the chart."""
    for form in forms:
        form.setProperty(FORM, True)


def _hide(item: QWidget | QAction, read_only: bool) -> None:
    if read_only:
        hidden = not item.isVisible() if isinstance(item, QAction) else item.isHidden()
        item.setProperty(_HIDDEN, bool(hidden))
        item.setVisible(False)
    elif item.property(_HIDDEN) is not None:
        if not item.property(_HIDDEN):
            item.setVisible(True)
        item.setProperty(_HIDDEN, None)


def _lock_field(field: QWidget, read_only: bool) -> None:
    if isinstance(field, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
        if read_only:
            field.setProperty(_LOCKED, field.isReadOnly())
            field.setReadOnly(True)
        elif field.property(_LOCKED) is not None:
            field.setReadOnly(bool(field.property(_LOCKED)))
            field.setProperty(_LOCKED, None)
    elif isinstance(field, QComboBox | QCheckBox):
        if read_only:
            field.setProperty(_LOCKED, not field.isEnabled())
            field.setEnabled(False)
        elif field.property(_LOCKED) is not None:
            field.setEnabled(not field.property(_LOCKED))
            field.setProperty(_LOCKED, None)


def set_read_only(root: QWidget, read_only: bool) -> None:
    """Put away (or bring back) what changes the chart under ``root``."""
    for widget in root.findChildren(QWidget):
        if widget.property(WRITES):
            _hide(widget, read_only)
        elif widget.property(FORM):
            for button in widget.findChildren(QAbstractButton):
                if not isinstance(button, QCheckBox):
                    _hide(button, read_only)
            for field in widget.findChildren(QWidget):
                _lock_field(field, read_only)
    for action in root.findChildren(QAction):
        if action.property(WRITES):
            _hide(action, read_only)
