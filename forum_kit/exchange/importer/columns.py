"""Import stage 3, the fast way: a table validated column by column.

Owns ``Columns`` (each field of ``rows.Row`` as a column, with the first problem of each bad row)
and ``column_rows``, which checks a whole column at once and parses each distinct value once (a
chart repeats the same few hundred days, areas and words), plus the whole-column phone and email
checks. It must give exactly what the careful path of ``rows.py`` gives for the same table (see
that module for the shape of what both give, and tests/core/test_import_fast_paths.py, which
compares them). Also ``transpose`` (the table as columns) and ``date_orders`` (each date column's
day/month order, decided by its own unambiguous values), which the planner needs either way.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from operator import itemgetter
from typing import Any, NamedTuple

from forum_kit.exchange.importer.cells import (
    DATE_FIELDS,
    Failed,
    RowError,
    display_name,
    raw_value,
    text_cell,
)
from forum_kit.exchange.importer.rows import Prepared, Row, Spec, card_value
from forum_kit.exchange.importer.values import (
    NUMERIC,
    PHONE_PUNCTUATION,
    column_order,
    committee_value,
    date_value,
    email_check,
    employment_value,
    level_value,
    name_pair,
    phone_check,
)
from forum_kit.exchange.mapping import field_label
from forum_kit.exchange.sniff import Table
from forum_kit.i18n import _


class Columns(NamedTuple):
    """A table validated column by column: each field of ``Row`` as a column, and the first
    problem of each bad row by its position in the table."""

    lines: list[int]
    fields: list[Any]  # one sequence per ``Row`` field, in its order
    errors: dict[int, str]
    shown: dict[int, str]  # the name a rejected row is shown with

    @classmethod
    def of(cls, prepared: list[Prepared]) -> Columns:
        """The careful path's rows as columns (a rejected row's fields are placeholders)."""
        placeholder = Row("", "", "", "", "", None, None, "", "", "", "", None, False, None,
                          None, None, None, None, None)
        rows = [row if row is not None else placeholder for _l, row, _d, _r in prepared]
        fields = [list(f) for f in zip(*rows, strict=True)] if rows else [[] for _ in Row._fields]
        errors = {i: r for i, (_l, row, _d, r) in enumerate(prepared) if row is None}
        shown = {i: d for i, (_l, row, d, _r) in enumerate(prepared) if row is None}
        return cls([line for line, *_rest in prepared], fields, errors, shown)

    def prepared(self) -> Iterator[Prepared]:
        """The rows as the careful path gives them."""
        made = map(Row._make, zip(*self.fields, strict=False))
        errors, shown = self.errors, self.shown
        for i, (line, row) in enumerate(zip(self.lines, made, strict=False)):
            if i in errors:
                yield line, None, shown[i], errors[i]
            else:
                yield line, row, "", ""


def transpose(table: Table, width: int) -> tuple[list[tuple[Any, ...]], bool]:
    """The table's first ``width`` columns (all of them when every row is that wide), and
    whether a short row's missing cells had to be filled in with None."""
    every = list(map(itemgetter(1), table.rows))
    if not every:
        return [], False
    if min(map(len, every)) >= width:
        return list(zip(*every, strict=False)), False
    return list(itertools.zip_longest(*(cells[:width] for cells in every))), True


def date_orders(
    raw_columns: list[tuple[Any, ...]],
    columns: list[tuple[int, str]],
    day_first: bool,
    notes: list[str],
) -> dict[str, bool]:
    """Each date column's day/month order, decided by its own unambiguous values, else
    ``day_first``; a note for a column that mixes both or holds dates that could be either."""
    orders: dict[str, bool] = {}
    for index, name in columns:
        if name not in DATE_FIELDS and name != "card_signed":
            continue
        # distinct values only: a date column repeats the same few hundred days (a short row's
        # missing cell is None, which the order ignores like any cell that is not text)
        values = set(raw_columns[index]) if index < len(raw_columns) else set()
        decided, mixed = column_order(values)
        label = field_label(name)
        if decided is None:
            decided = day_first
            if mixed and day_first:
                notes.append(_("{label}: the column mixes day/month and month/day dates; dates "
                               "read as day/month where both are possible.").format(label=label))
            elif mixed:
                notes.append(_("{label}: the column mixes day/month and month/day dates; dates "
                               "read as month/day where both are possible.").format(label=label))
            elif any(isinstance(v, str) and NUMERIC.match(v.strip()) for v in values):
                if day_first:
                    notes.append(_("{label}: dates such as 03/04 read as 3 April (day/month)."
                                   ).format(label=label))
                else:
                    notes.append(_("{label}: dates such as 03/04 read as March 4 (month/day)."
                                   ).format(label=label))
        orders[name] = decided
    return orders


def column_rows(
    table: Table,
    raw_columns: list[tuple[Any, ...]],
    padded: bool,
    specs: list[Spec],
    levels: Mapping[str, int],
    orders: Mapping[str, bool],
    today: dt.date,
    memo: dict[str, dict[Any, Any]],
) -> Columns:
    """Column by column (``padded`` says whether a short row's missing cells are None). A CSV
    table's cells are all text; a sheet's may be numbers, dates or booleans, which take the
    cell cleaning of ``rows.py`` once per distinct value, as do text columns that need more
    than trimming."""
    from_sheet = table.kind != "csv"
    lines = list(map(itemgetter(0), table.rows))
    count = len(lines)
    # the first problem of each row: (column position, reason); checks after the cell
    # cleaning use positions past the last column, in validated_row's order
    errors: dict[int, tuple[int, str]] = {}

    def first_problem(pos: int, i: int, reason: str) -> None:
        if i not in errors:
            errors[i] = (pos, reason)

    clean: dict[str, list[Any]] = {}
    position: dict[str, int] = {}
    for pos, (index, name, raw_field, limit) in enumerate(specs):
        position[name] = pos
        column = raw_columns[index] if index < len(raw_columns) else (None,) * count
        if not raw_field and not (padded and None in column):
            joined = _joined(column)
            if joined is not None and (
                joined.isprintable() and "'" not in joined and "=" not in joined
                and max(map(len, column), default=0) <= limit
                and (joined.isascii() or unicodedata.is_normalized("NFC", joined))
            ):
                # no control characters or line breaks, nothing to unescape, no formula, no
                # cell over the limit, already NFC (a string in NFC has every piece in NFC; a
                # mark that composes across two cells only sends the column the careful way):
                # each cell only needs trimming, and a printable cell's only white space is the
                # plain space
                clean[name] = list(map(str.strip, column)) if " " in joined else list(column)
                continue
        clean[name] = by_value(
            column,
            functools.partial(raw_value, name) if raw_field
            else functools.partial(text_cell, name, limit=limit),
            functools.partial(first_problem, pos), empty=None if raw_field else "",
        )

    later = len(specs)
    fail = functools.partial(first_problem, later)

    if "full_name" not in clean and "first_name" in clean and all(clean["first_name"]):
        # every row has a first name: the names are the columns as they are
        firsts = clean["first_name"]
        lasts = clean.get("last_name") or [""] * count
    else:
        firsts, lasts = _names(clean, fail)

    def parsed(name: str, compute: Any, *args: Any, keep: Any = bool) -> list[Any] | None:
        """``by_value`` of a cleaned column (None when the file has no such column)."""
        column = clean.get(name)
        if column is None:
            return None
        return by_value(column, lambda value: compute(value, *args), fail, keep=keep)

    employment = parsed("employment", employment_value, keep=bool)
    phone_keys = phone_keys_of(clean.get("phone"))
    if phone_keys is None:
        phone_keys = parsed("phone", phone_check, keep=bool)
    if not all_emails(clean.get("email")):
        parsed("email", email_check, keep=bool)
    level = parsed("assessment", level_value, levels, keep=None)
    dates = [
        parsed(name, date_value, name, orders, today, from_sheet, keep=_not_none)
        for name in DATE_FIELDS
    ]
    card_column = clean.get("card_signed")
    card_on = dates[1]
    undated: list[bool] | None = None
    if card_column is not None:
        card_on = list(card_on) if card_on is not None else [None] * count
        undated = [False] * count
        for i, card in enumerate(card_column):
            if card is None or card_on[i] is not None or i in errors:
                continue
            try:
                card_on[i], undated[i] = card_value(card, memo, orders, today, from_sheet)
            except RowError as error:
                fail(i, str(error))
    role = parsed("committee", committee_value, keep=bool)

    def column(values: list[Any] | None, default: Any) -> Iterable[Any]:
        return itertools.repeat(default, count) if values is None else values

    numbers = clean.get("employee_number")
    by_names = clean.get("contact_by")
    fields = [
        firsts, lasts, column(clean.get("area"), ""), column(clean.get("shift"), ""),
        column(clean.get("job_title"), ""), column(employment, None),
        column(numbers and [n or None for n in numbers], None),
        column(clean.get("phone"), ""), column(clean.get("email"), ""),
        column(clean.get("language"), ""), column(clean.get("notes"), ""),
        column(card_on, None), column(undated, False), column(level, None),
        column(dates[0], None), column(dates[2], None),
        column(by_names and [b or None for b in by_names], None), column(role, None),
        column(phone_keys, None),
    ]
    fields = [list(f) if isinstance(f, itertools.repeat) else f for f in fields]
    shown: dict[int, str] = {}
    for i, (pos, _reason) in errors.items():
        shown[i] = display_name({
            name: clean[name][i] for name in ("first_name", "last_name", "full_name")
            if name in clean and position[name] < pos
        })
    return Columns(lines, fields, {i: reason for i, (_pos, reason) in errors.items()}, shown)


def phone_keys_of(column: list[str] | None) -> list[str | None] | None:
    """Each phone's matching key when every phone in the column is a good one (checked for
    the whole column at once); None when the column is missing or holds a bad one."""
    if column is None:
        return None
    digits = list(map(str.translate, column, itertools.repeat(PHONE_PUNCTUATION)))
    given = digits if all(column) else [d for d, phone in zip(digits, column, strict=True)
                                        if phone]
    joined = "".join(given)
    shortest = min(map(len, given), default=0)
    if given and not (joined.isdigit() and joined.isascii() and shortest >= 5):
        return None
    if shortest >= 9 and len(given) == len(digits):
        return [d[-9:] for d in digits]  # every row has a phone of nine digits or more
    return [d[-9:] if len(d) >= 7 else None for d in digits]


# EMAIL for every line of a column at once ([^@\s] never crosses a line break); atomic and
# possessive, so a bad line fails at once instead of retrying the dots of every line before it
_EMAILS = re.compile(r"(?:(?>[^@\s]+@[^@\s]+\.[^@\s]+)\n)*+")


def all_emails(column: list[str] | None) -> bool:
    """Whether every non-empty cell of the column is an email address (or there is none)."""
    if column is None:
        return True
    given = [email for email in column if email]
    return _EMAILS.fullmatch("\n".join(given) + "\n" if given else "") is not None


def _names(clean: Mapping[str, list[Any]], fail: Any) -> tuple[list[str], list[str]]:
    """Each row's first and last name (a full name split; a lone last name taken as first);
    ``fail(row, reason)`` for a row with no name or a full name too long to split."""
    firsts: list[str] = []
    lasts: list[str] = []
    blank = itertools.repeat("")
    for i, (first, last, full) in enumerate(zip(
        clean.get("first_name", blank), clean.get("last_name", blank),
        clean.get("full_name", itertools.repeat(None)), strict=False,
    )):
        try:
            first, last = name_pair(first, last, full)
        except RowError as error:
            fail(i, str(error))
            first = last = ""  # a rejected row: its names are never used
        firsts.append(first)
        lasts.append(last)
    return firsts, lasts


def _joined(column: Sequence[Any]) -> str | None:
    """The column's cells joined, when every one is text (None for a sheet's typed cells)."""
    try:
        return "".join(column)
    except TypeError:
        return None


def by_value(
    column: Sequence[Any], compute: Any, failed: Any, *, keep: Any = None, empty: Any = None
) -> list[Any]:
    """``compute(value)`` once per distinct value of a column (None for a value ``keep``
    refuses), in the column's order; each row whose value fails is reported with
    ``failed(row, reason)`` and holds ``empty``. A sheet's booleans are told apart from its
    numbers by type (True == 1, and they mean something else)."""
    distinct = set(column)
    # only a boolean shares a key with a number it means something else than (1 and 1.0 read
    # the same everywhere): the slower typed keys only for a column holding both (told from
    # the column's types: a set keeps one of False and 0)
    classes = set(map(type, column))
    if bool in classes and (int in classes or float in classes):
        keys = [(v.__class__, v) for v in column]
        pairs = {(v.__class__, v): v for v in column}
    else:
        keys = column
        pairs = {v: v for v in distinct}
    out: dict[Any, Any] = {}
    for key, value in pairs.items():
        if keep is not None and not keep(value):
            out[key] = None
            continue
        try:
            out[key] = compute(value)
        except RowError as error:
            out[key] = Failed(str(error))
    results = list(map(out.__getitem__, keys))  # at C speed: 100k rows in a third of the time
    if any(v.__class__ is Failed for v in out.values()):
        for i, result in enumerate(results):
            if result.__class__ is Failed:
                failed(i, result.reason)
                results[i] = empty
    return results


def _not_none(value: Any) -> bool:
    return value is not None
