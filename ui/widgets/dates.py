"""The one date field of the app: ``DateEdit`` and its factory ``date_edit``.

Qt's ``QDateEdit`` makes Tab walk through the year, the month and the day before it leaves the
field, so a steward tabbing through a form lands three times in every date; here Tab and
Shift+Tab move between fields like everywhere else (Left/Right, or typing, move between the parts
of the date), and Alt+Down or F4 opens the calendar, as in a combo box. The format is the
interface language's (``ui.widgets.locale_text``: ISO, ``2026-04-13``, in English), the
calendar pops up from the arrow, and a field entered with the keyboard has its first part
selected for typing over. ``DateTimeEdit`` is the same with a time.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QEvent, QPointF, Qt, QTime
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QStyle, QStyleOptionComboBox, QWidget

from ui.widgets.locale_text import date_format, date_time_format

DATE_FORMAT = "yyyy-MM-dd"
DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"


class _FieldKeys:
    """Tab leaves the field; Alt+Down and F4 open the calendar (mixed into the two edits)."""

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        # QDateTimeEdit's own version moves between the sections first: skip it.
        return QWidget.focusNextPrevChild(self, forward)  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if (alt_down or event.key() == Qt.Key.Key_F4) and self.calendarPopup():
            self.open_calendar()
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def open_calendar(self) -> bool:
        """Show the calendar as a click on the arrow does; False when the field has none."""
        if not self.calendarPopup() or self.isReadOnly() or not self.isEnabled():
            return False
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        at = QPointF(arrow.center())
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            event = QMouseEvent(
                kind,
                at,
                self.mapToGlobal(at),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
            if kind == QEvent.Type.MouseButtonPress:
                self.mousePressEvent(event)
            else:
                self.mouseReleaseEvent(event)
        calendar = self.calendarWidget()
        if calendar is not None and calendar.isVisible():
            calendar.setFocus(Qt.FocusReason.PopupFocusReason)
            return True
        return False

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)  # type: ignore[misc]
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.setSelectedSection(self.sectionAt(0))


class DateEdit(_FieldKeys, QDateEdit):
    """A date field: the language's format, calendar popup, Tab to the next field (see the
    module)."""

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        if value is not None:
            self.setDate(QDate(value.year, value.month, value.day))


class DateTimeEdit(_FieldKeys, QDateTimeEdit):
    """A date and time field, the same way."""

    def __init__(self, value: dt.datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_time_format())
        if value is not None:
            self.setDateTime(
                QDateTime(
                    QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)
                )
            )


def date_edit(value: dt.date | None = None) -> DateEdit:
    """A ``DateEdit`` set to ``value`` (Qt's default date when None)."""
    return DateEdit(value)


__all__ = ["DATE_FORMAT", "DateEdit", "DateTimeEdit", "date_edit"]
