"""Import stage 5, the fast way: a first import, planned column by column.

A workplace with no one in it yet has nobody to match, and when no two rows of the file name the
same person either, every valid row is a new person. ``plan_all_new`` plans exactly what the row
loop of ``plan.py`` would plan for such a file, a column at a time (the common first import of a
100k-row chart), and gives up (None) as soon as two valid rows share an employee number, phone,
email or name in the same area: the row loop then decides which one is the repeat.
"""

from __future__ import annotations

import datetime as dt
import itertools
import operator
from collections.abc import Callable
from itertools import compress
from typing import Any, NamedTuple

from forum_kit.exchange.area_paths import AMBIGUOUS
from forum_kit.exchange.importer.columns import Columns
from forum_kit.exchange.importer.outcome import (
    REJECT,
    UNASSIGNED_AREA,
    AddedRows,
    NewPeople,
    PlannedRow,
)
from forum_kit.models.enums import CommitteeRole


class AllNew(NamedTuple):
    """The plan of a first import: its rows and prepared writes."""

    rows: AddedRows
    new: NewPeople
    assessments: list[tuple[Any, int, dt.date]]
    conversations: list[tuple[Any, dt.date, Any]]
    memberships: list[tuple[Any, CommitteeRole]]
    # full name -> index of the new person (None: shared); empty when no row names who made a
    # contact (nothing is looked up in it then)
    file_full: dict[str, int | None]
    undated_cards: int


def plan_all_new(
    columns: Columns, area_ref: Callable[[str], Any], today: dt.date
) -> AllNew | None:
    """What the row loop plans for a workplace with no one in it, made column by column; None
    when two valid rows share an employee number, phone, email or name in the same area, or
    name an area several areas could be (``area_ref`` gives an area's id, the path of one to
    create, or ``AMBIGUOUS``)."""
    fields = columns.fields
    errors = columns.errors
    if errors:
        keep = [i for i in range(len(columns.lines)) if i not in errors]
        fields = [[field[i] for i in keep] for field in fields]
    (first, last, area, shift, job, employment, number, phone, email, language, notes, card_on,
     undated, level, assessed_on, contact_on, contact_by, role, phone_key) = fields
    names = area if all(area) else [a or UNASSIGNED_AREA for a in area]
    refs: dict[str, int | str] = {}
    for name in dict.fromkeys(names):
        ref = area_ref(name)
        if ref is AMBIGUOUS:
            return None
        refs[name] = ref
    area_refs = list(map(refs.__getitem__, names))
    firsts = list(map(str.casefold, first))
    lasts = list(map(str.casefold, last))
    for keys in (
        list(map(str.casefold, filter(None, number))),
        [k for k in phone_key if k is not None],
        list(map(str.casefold, filter(None, email))),
        list(zip(area_refs, firsts, lasts, strict=True)),
    ):
        if len(set(keys)) != len(keys):
            return None
    new = NewPeople((area_refs, first, last, shift, job, employment, number, phone, email,
                     language, card_on, notes))
    file_full: dict[str, int | None] = {}
    if any(contact_by):  # only a "contacted by" name is looked up in it
        full_keys = list(map(str.strip, map(" ".join, zip(firsts, lasts, strict=True))))
        if len(set(full_keys)) == len(full_keys):
            file_full = dict(zip(full_keys, range(len(full_keys)), strict=True))
        else:
            for index, key in enumerate(full_keys):
                file_full[key] = None if key in file_full else index
    # the history rows, put together from the columns at C speed (zip and compress instead of
    # a comprehension a row: 0.10 -> 0.04 s at 100k rows with the app's allocator hardening)
    targets = list(zip(itertools.repeat("new"), range(len(first))))
    assessed = list(compress(level, level))
    assessments = list(zip(
        compress(targets, level), assessed,
        [on or today for on in compress(assessed_on, level)] if None in assessed_on
        else compress(assessed_on, level), strict=True))
    contacted = list(map(operator.is_not, contact_on, itertools.repeat(None)))
    conversations = list(zip(compress(targets, contacted), compress(contact_on, contacted),
                             compress(contact_by, contacted), strict=True))
    roled = list(map(operator.is_not, role, itertools.repeat(None)))
    memberships = list(zip(compress(targets, roled), compress(role, roled), strict=True))
    rejected = {i: PlannedRow(line, REJECT, columns.shown[i], "", (errors[i],))
                for i, line in enumerate(columns.lines) if i in errors} if errors else {}
    planned = AddedRows(columns.lines, first, last, names, rejected)
    return AllNew(planned, new, assessments, conversations, memberships, file_full,
                  sum(undated))
