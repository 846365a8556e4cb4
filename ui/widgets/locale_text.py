"""Dates, times, numbers and percentages on screen, as the interface language writes them.

Owns the one way the interface turns a date or a number into text: ``QLocale()`` (the default
locale ``ui.i18n.apply_language`` set) in every language but English, where dates stay ISO
(``2026-12-25``: English-speaking stewards on both sides of the Atlantic read it the same way) and
numbers stay plain. Dates always carry four-digit years (a grievance file spans decades). The date
fields (``ui.widgets.dates``) take their display format from here too, so what a steward types
matches what the lists show.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from forum_kit import i18n
from forum_kit.percent import MISSING
from forum_kit.percent import pct_text as english_pct

ISO_DATE = "yyyy-MM-dd"
ISO_TIME = "HH:mm"


def _english() -> bool:
    return i18n.current_language() == i18n.SOURCE_LANGUAGE


def date_format() -> str:
    """The display format of a date (Qt's pattern letters), four-digit year."""
    if _english():
        return ISO_DATE
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    # two-digit days and months: columns line up, and a date field types as digits in order
    pattern = re.sub(r"(?<!d)d(?!d)", "dd", pattern)
    return re.sub(r"(?<!M)M(?!M)", "MM", pattern)


def time_format() -> str:
    """The display format of a time of day (hours and minutes)."""
    if _english():
        return ISO_TIME
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat).replace(":ss", "")


def date_time_format() -> str:
    """A date and a time together."""
    return f"{date_format()} {time_format()}"


def date_text(value: dt.date | None, *, missing: str = "") -> str:
    """``value`` as the language writes a date."""
    if value is None:
        return missing
    if isinstance(value, dt.datetime):
        value = value.date()
    if _english():
        return value.isoformat()
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def date_time_text(value: dt.datetime | None, *, missing: str = "") -> str:
    """``value`` as the language writes a date and a time."""
    if value is None:
        return missing
    if _english():
        return value.strftime("%Y-%m-%d %H:%M")
    stamp = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return QLocale().toString(stamp, date_time_format())


def number_text(value: float | int, decimals: int = 0) -> str:
    """A number with the language's digits and separators."""
    if _english():
        return f"{value:.{decimals}f}" if decimals else str(round(value))
    if decimals:
        return QLocale().toString(float(value), "f", decimals)
    return QLocale().toString(int(round(value)))


@functools.cache
def _percent_gap(code: str) -> str:
    """What the language puts between a number and % (CLDR: "42 %" in Spanish, "42%" in
    Portuguese); English keeps the app's "42 %"."""
    if code == i18n.SOURCE_LANGUAGE:
        return " "
    try:
        from babel import Locale

        pattern = Locale.parse(code).percent_formats[None].pattern
    except Exception:  # an unknown code: the plain form
        return ""
    return "\u00a0" if "\u00a0%" in pattern or " %" in pattern else ""


def pct_text(value: float | None, *, missing: str = MISSING, gap: str = " ") -> str:
    """A whole-number percentage as the language writes it; ``missing`` when there is none
    (``gap``: what English puts before the sign)."""
    if value is None:
        return missing
    code = i18n.current_language()
    if code == i18n.SOURCE_LANGUAGE:
        return english_pct(value, missing=missing, gap=gap)
    return f"{number_text(value)}{_percent_gap(code)}{QLocale().percent()}"
