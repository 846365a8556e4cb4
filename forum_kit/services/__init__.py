"""Use cases that change the vault: functions ``(session, *, ...)`` that validate, change, flush and
never commit (the caller's unit of work does). This package module also owns the small validation
helpers every service shares, so that error messages read the same everywhere: they name the field
and say what to fix, and never echo the value (it may be personal data)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from forum_kit.errors import InvalidInput, NotFound
from forum_kit.i18n import _

T = TypeVar("T")


def clean_text(
    value: Any, field: str, *, max_len: int, required: bool = False, multiline: bool = False
) -> str:
    """Trim and NFC-normalise a text input; refuse wrong types, empties (if required) and overlong
    values. Control characters are refused in one-line fields because they break lists and PDFs."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInput(_("{field} must be text.").format(field=field))
    text = unicodedata.normalize("NFC", value).strip()
    if required and not text:
        raise InvalidInput(_("{field} is required; enter a value.").format(field=field))
    if len(text) > max_len:
        raise InvalidInput(_("{field} is too long; use at most {max_len} "
                             "characters.").format(field=field, max_len=max_len))
    allowed = "\n\t\r" if multiline else ""
    if any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in text):
        raise InvalidInput(_("{field} contains control characters; remove "
                             "them.").format(field=field))
    return text


def check_date(value: Any, field: str, *, required: bool = True) -> dt.date | None:
    """Accept a ``datetime.date`` (not a datetime, whose time would be silently lost)."""
    if value is None:
        if required:
            raise InvalidInput(_("{field} is required; give a date.").format(field=field))
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvalidInput(_("{field} must be a date.").format(field=field))
    return value


def not_future(value: dt.date | None, field: str, today: dt.date | None) -> None:
    """Refuse a date after ``today`` when the caller knows what today is."""
    if value is not None and today is not None and value > today:
        raise InvalidInput(_("{field} is in the future; use today's date or an earlier "
                             "one.").format(field=field))


def check_id(value: Any, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidInput(_("{field} must be a positive whole number.").format(field=field))
    return value


def get_or_404(session: Session, model: type[T], ident: Any, what: str) -> T:
    """Load one row by primary key or raise NotFound naming the kind of record (never its data)."""
    if isinstance(ident, bool) or not isinstance(ident, int):
        raise InvalidInput(_("{what} id must be a whole number.").format(what=what))
    obj = session.get(model, ident)
    if obj is None:
        raise NotFound(_("No {what} with id {ident}.").format(what=what, ident=ident))
    return obj
