"""Import stage 3, the careful way: a table validated row by row, cell by cell.

Owns ``Row`` (one validated row of the file, before it is matched to anyone), ``validated_row``
(the checks of one row in a fixed order, so a row with several problems always names the same
first one) and ``careful_rows``. The column path (``columns.py``) must give exactly what this path
gives for the same table (tests/core/test_import_fast_paths.py compares the two); this one is the
reference and the simpler to read.

Both paths give, for each data row of the table in order, ``(line, the Row or None, the name to
show when rejected, the reason)``. A row's reason is its first problem: the first bad cell in
column order, else the first of ``validated_row``'s checks (names, FT/PT, phone, email,
assessment, dates, card, committee).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from forum_kit.exchange.importer.cells import (
    DATE_FIELDS,
    RAW_FIELDS,
    RowError,
    cached,
    display_name,
    raw_value,
    text_cell,
)
from forum_kit.exchange.importer.values import (
    card_word,
    committee_value,
    date_value,
    email_check,
    employment_value,
    level_value,
    name_pair,
    phone_check,
)
from forum_kit.exchange.sniff import Table
from forum_kit.models.enums import CommitteeRole, Employment


class Row(NamedTuple):
    """One validated row of the file, before matching."""

    first_name: str
    last_name: str
    area: str
    shift: str
    job_title: str
    employment: Employment | None
    employee_number: str | None
    phone: str
    email: str
    language: str
    notes: str
    card_signed_on: dt.date | None
    undated_card: bool
    level: int | None
    assessed_on: dt.date | None
    last_contact_on: dt.date | None
    contact_by: str | None
    role: CommitteeRole | None
    phone_key: str | None


# (line, the validated row or None, the name a rejected row is shown with, the reason)
Prepared = tuple[int, "Row | None", str, str]
# (column index, field, whether the value is parsed later rather than cleaned as text, max length)
Spec = tuple[int, str, bool, int]


def memo_for() -> dict[str, dict[Any, Any]]:
    """The per-plan caches of ``cached``: one per parsed field."""
    return {name: {} for name in (*RAW_FIELDS, "employment", "card_word", "committee")}


def validated_row(
    values: dict[str, Any],
    levels: Mapping[str, int],
    orders: Mapping[str, bool],
    today: dt.date,
    from_sheet: bool,
    memo: dict[str, dict[Any, Any]],
) -> Row:
    """The row's cleaned ``values`` (by field) read as a ``Row``; RowError for its first
    problem."""
    get = values.get
    first, last = name_pair(get("first_name", ""), get("last_name", ""), get("full_name"))

    employment = None
    raw = get("employment")
    if raw:
        employment = cached(memo["employment"], raw, employment_value)

    phone = get("phone", "")
    phone_key = phone_check(phone) if phone else None
    email = get("email", "")
    if email:
        email_check(email)

    level = None
    if "assessment" in values:
        level = cached(memo["assessment"], values["assessment"], level_value, levels)

    # in this order, so a row with several bad dates names the same one as before
    dates = []
    for name in DATE_FIELDS:
        raw = get(name)
        dates.append(
            None if raw is None
            else cached(memo[name], raw, date_value, name, orders, today, from_sheet)
        )
    assessed_on, card_on, contact_on = dates

    undated_card = False
    card = get("card_signed")
    if card is not None and card_on is None:
        card_on, undated_card = card_value(card, memo, orders, today, from_sheet)

    role = None
    raw = get("committee")
    if raw:
        role = cached(memo["committee"], raw, committee_value)

    return Row(
        first, last, get("area", ""), get("shift", ""), get("job_title", ""), employment,
        get("employee_number") or None, phone, email, get("language", ""), get("notes", ""),
        card_on, undated_card, level, assessed_on, contact_on, get("contact_by") or None, role,
        phone_key,
    )


def card_value(
    card: Any, memo: dict[str, dict[Any, Any]], orders: Mapping[str, bool], today: dt.date,
    from_sheet: bool,
) -> tuple[dt.date | None, bool]:
    """What a "card signed" cell says when the row gives no card date: (the date, whether it is
    today's for a yes without one). RowError when it is neither a yes/no word nor a date."""
    said = cached(memo["card_word"], card, card_word)
    if said is True:
        return today, True
    if said is None:
        return cached(
            memo["card_signed"], card, date_value, "card_signed", orders, today, from_sheet
        ), False
    return None, False


def careful_rows(
    table: Table,
    specs: list[Spec],
    levels: Mapping[str, int],
    orders: Mapping[str, bool],
    today: dt.date,
    from_sheet: bool,
    memo: dict[str, dict[Any, Any]],
) -> Iterator[Prepared]:
    """Row by row, cell by cell: sheets, whose cells may be numbers, dates or booleans."""
    for line, cells in table.rows:
        values: dict[str, Any] = {}
        width = len(cells)
        try:
            for index, name, raw_field, limit in specs:
                raw = cells[index] if index < width else None
                values[name] = (
                    raw_value(name, raw) if raw_field else text_cell(name, raw, limit)
                )
            row = validated_row(values, levels, orders, today, from_sheet, memo)
        except RowError as error:
            yield line, None, display_name(values), str(error)
            continue
        yield line, row, "", ""
