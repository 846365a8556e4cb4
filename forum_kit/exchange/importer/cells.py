"""Import stage 1: one spreadsheet cell made safe text, or a reason to reject its row.

Owns the rules every cell of a chart goes through before anything reads its meaning: length
limits, the apostrophe spreadsheet programs (and our own export) put before ``= + - @``,
formulas, control characters, line breaks (kept in notes only) and Unicode normalisation (NFC).
``RowError`` is the one way a row is rejected; its message names the column and what is wrong,
never the cell's content (SECURITY.md: no personal data in messages). ``cached`` runs a check
once per distinct value of a column, since a chart repeats the same few words and dates.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from forum_kit.exchange.mapping import field_label
from forum_kit.exchange.workbook import FORMULA
from forum_kit.i18n import _

MAX_CELL = 10_000
MAX_LEN = {
    "first_name": 200, "last_name": 200, "full_name": 400, "area": 200, "shift": 60,
    "job_title": 200, "employee_number": 60, "phone": 60, "email": 254, "language": 60,
    "contact_by": 400, "notes": MAX_CELL,
}
DATE_FIELDS = ("assessed_on", "card_signed_on", "last_contact_on")
TEXT_FIELDS = ("shift", "job_title", "language")
# cells left for their own parser (a sheet's date or number cell keeps its type)
RAW_FIELDS = frozenset({*DATE_FIELDS, "assessment", "card_signed"})
ESCAPED = frozenset("=+-@\t\r")
_ONE_LINE = str.maketrans({"\t": " ", "\r": " ", "\n": " "})


class RowError(Exception):
    """A reason to reject the current row; never leaves the importer."""


@dataclass(frozen=True, slots=True)
class Failed:
    """A remembered rejection of one distinct cell value (see ``cached``)."""

    reason: str


MISSING = object()


def fold(text: str) -> str:
    """The form two texts are compared in: NFC, case folded."""
    return unicodedata.normalize("NFC", text).casefold()


def formula_reason(field_name: str) -> str:
    """Why a cell that holds a formula and no value is refused: the one rule for every file kind
    (a CSV cell starting with = keeps no value; nor does a workbook formula never calculated)."""
    return _("{field}: the cell holds a formula and no value; paste values only (or open the "
             "file in your spreadsheet program and save it again).").format(
                 field=field_label(field_name))


def clean(field_name: str, value: Any) -> str:
    """The cell as one-line (or notes) text; RowError for formulas and control characters."""
    if value is None:
        return ""
    if not isinstance(value, str):
        from forum_kit.exchange.sniff import cell_text

        value = cell_text(value)
    label = field_label(field_name)
    if value[:1] == "'" and value[1:2] in ESCAPED:
        # the apostrophe our own export (and spreadsheet programs) put before = + - @
        value = value[1:]
    if len(value) > MAX_CELL:
        raise RowError(_("{label}: the cell is longer than {MAX_CELL:,} characters; shorten "
                         "it.").format(label=label, MAX_CELL=MAX_CELL))
    text = value.strip()
    if not text:
        return ""
    if text[0] == "=":
        raise RowError(formula_reason(field_name))
    if field_name == "notes":
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        allowed = "\n\t"
    else:
        text = text.translate(_ONE_LINE)
        allowed = ""
    if not text.isprintable():
        for ch in text:
            if ch not in allowed and unicodedata.category(ch) in ("Cc", "Cs"):
                raise RowError(_("{label}: the cell contains control characters; remove "
                                 "them.").format(label=label))
    text = unicodedata.normalize("NFC", text)
    limit = MAX_LEN.get(field_name)
    if limit is not None and len(text) > limit:
        raise RowError(_("{label}: too long; use at most {limit} "
                         "characters.").format(label=label, limit=limit))
    return text


def text_cell(name: str, raw: Any, limit: int) -> str:
    """A text cell cleaned as ``clean`` does; the common cell (text, printable, nothing to
    unescape, short enough) without its full path. RowError for a bad cell."""
    if raw.__class__ is str and raw.isprintable() and raw[:1] != "'" and len(raw) <= limit:
        text = raw.strip()
        if text[:1] == "=":
            return clean(name, raw)
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)
            if len(text) > limit:
                return clean(name, raw)
        return text
    return clean(name, raw)


def raw_value(field_name: str, value: Any) -> Any:
    """A date, assessment or card cell trimmed but otherwise left for its parser (None if empty);
    RowError for an overlong cell or a formula."""
    if value.__class__ is not str and not isinstance(value, str):
        if value is FORMULA:
            raise RowError(formula_reason(field_name))
        return value
    if len(value) > MAX_CELL:
        raise RowError(
            _("{FIELDS}: the cell is longer than {MAX_CELL:,} characters; shorten "
              "it.").format(FIELDS=field_label(field_name), MAX_CELL=MAX_CELL)
        )
    value = value.strip()
    if value[:1] == "'" and value[1:2] in ESCAPED:
        value = value[1:]
    if value[:1] == "=":
        raise RowError(formula_reason(field_name))
    return value if value != "" else None


def cached(cache: dict[Any, Any], raw: Any, compute: Any, *args: Any) -> Any:
    """``compute(raw, *args)`` once per distinct cell value of a column in a plan: a chart repeats
    the same few words and dates. A RowError is remembered as its reason and raised again for
    every row with that value. Keys carry the type unless it is str (True == 1 == 1.0)."""
    key = raw if raw.__class__ is str else (raw.__class__, raw)
    found = cache.get(key, MISSING)
    if found is MISSING:
        try:
            found = compute(raw, *args)
        except RowError as error:
            found = Failed(str(error))
        cache[key] = found
    if found.__class__ is Failed:
        raise RowError(found.reason)
    return found


def display_name(values: Mapping[str, Any]) -> str:
    """The name a rejected row is shown with on the user's own screen."""
    parts = [values.get("first_name"), values.get("last_name")]
    text = " ".join(p for p in parts if isinstance(p, str) and p)
    if not text and isinstance(values.get("full_name"), str):
        text = values["full_name"]
    return text[:200]
