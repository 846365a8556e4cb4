"""Money and hours as the ledgers keep them (whole cents, whole minutes) and as people type and
read them ("12.50", "1:30", "1.5 h").

This module owns parsing and formatting only; it never rounds a value silently: an amount with
more than two decimals, or hours that are not a whole number of minutes, is refused with a
message saying what to type.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _

__all__ = ["MAX_CENTS", "MAX_MINUTES", "cents_text", "hours_text", "parse_cents", "parse_minutes"]

MAX_CENTS = 100_000_000_00  # a hundred million: far above any solidarity fund, below overflow
MAX_MINUTES = 24 * 60 * 31  # one exchange of at most a month of days and nights

_CLOCK = re.compile(r"^(\d{1,4}):([0-5]\d)$")


def parse_cents(text: object, field: str = "Amount") -> int:
    """Positive money typed as "12", "12.5" or "12.50" (a comma works as the decimal mark)."""
    if isinstance(text, bool):
        raise InvalidInput(_("{field} must be an amount such as 12.50.").format(field=field))
    if isinstance(text, int):
        value = Decimal(text)
    else:
        raw = str(text or "").strip().replace(" ", "")
        if raw.count(",") == 1 and "." not in raw:
            raw = raw.replace(",", ".")
        try:
            value = Decimal(raw)
        except InvalidOperation:
            raise InvalidInput(
                _("{field} must be an amount such as 12.50.").format(field=field)
            ) from None
    if not value.is_finite() or value <= 0:
        raise InvalidInput(_("{field} must be more than zero.").format(field=field))
    cents = value * 100
    if cents != cents.to_integral_value():
        raise InvalidInput(
            _("{field} has more than two decimals; round it to the cent.").format(field=field)
        )
    if cents > MAX_CENTS:
        raise InvalidInput(_("{field} is too large.").format(field=field))
    return int(cents)


def cents_text(cents: int, currency: str = "") -> str:
    """``-1250`` -> "-12.50" (with the currency before it when given: "GBP 12.50")."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(int(cents)), 100)
    text = f"{sign}{whole:,}.{part:02d}"
    return f"{currency} {text}" if currency else text


def parse_minutes(text: object, field: str = "Hours") -> int:
    """Hours typed as "2", "1.5", "0.25" or "1:30"; returns whole minutes (more than zero)."""
    if isinstance(text, bool):
        raise InvalidInput(_("{field} must be hours such as 1.5 or 1:30.").format(field=field))
    raw = str(text if text is not None else "").strip().lower().removesuffix("h").strip()
    raw = raw.replace(",", ".") if raw.count(",") == 1 and "." not in raw else raw
    clock = _CLOCK.match(raw)
    if clock:
        minutes = Decimal(int(clock.group(1)) * 60 + int(clock.group(2)))
    else:
        try:
            minutes = Decimal(raw) * 60
        except InvalidOperation:
            raise InvalidInput(
                _("{field} must be hours such as 1.5 or 1:30.").format(field=field)
            ) from None
    if not minutes.is_finite() or minutes <= 0:
        raise InvalidInput(_("{field} must be more than zero.").format(field=field))
    if minutes != minutes.to_integral_value():
        raise InvalidInput(
            _("{field} must be a whole number of minutes (e.g. 1:20, not 1.333).").format(
                field=field
            )
        )
    if minutes > MAX_MINUTES:
        raise InvalidInput(
            _("{field}: one exchange can be at most {value} hours.").format(
                field=field, value=MAX_MINUTES // 60
            )
        )
    return int(minutes)


def hours_text(minutes: int, *, signed: bool = False) -> str:
    """``90`` -> "1:30 h", ``-30`` -> "-0:30 h"; with ``signed`` a balance shows "+1:30 h"."""
    sign = "-" if minutes < 0 else ("+" if signed and minutes > 0 else "")
    hours, rest = divmod(abs(int(minutes)), 60)
    return f"{sign}{hours}:{rest:02d} h"
