"""What an import plans and what it wrote: the types the dry run hands to the screen, the
command line and the writer.

Owns the row actions (``ADD``, ``UPDATE``, ``UNCHANGED``, ``REJECT``, and ``MERGED`` or
``CONFLICT`` for a row of a person an earlier row names), ``PlannedRow`` (one data
row's fate, for the preview), ``ImportPlan`` (every row's fate, the areas to create, notes on how
values were read, and the prepared writes, private to the importer), ``NewContact`` (a person the
plan adds) and ``ImportResult`` (what ``apply_import`` wrote).
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from forum_kit.models.enums import CommitteeRole, Employment

ADD = "add"
UPDATE = "update"
UNCHANGED = "unchanged"
REJECT = "reject"
MERGED = "merged"  # the same person as an earlier row, folded into it
CONFLICT = "conflict"  # the same person as an earlier row, but saying something else

UNASSIGNED_AREA = "Unassigned"  # where people go when the file has no area column
IMPORT_EVIDENCE = "Imported from a chart."  # the evidence of every assessment an import adds
DEFAULT_COMMITTEE = "Organising committee"  # made for committee roles when there is none


class PlannedRow(NamedTuple):
    """One data row of the file in the dry run: what would happen to it, and why.

    ``name`` and ``area`` are for the user's own screen only (the preview); ``reasons`` hold the
    row errors of a rejected row, or notes such as how an existing person was matched. A named
    tuple rather than a frozen dataclass: a 100k-row dry run makes 100k of them, three times
    faster (0.16 -> 0.05 s measured).
    """

    line: int
    action: str
    name: str
    area: str
    reasons: tuple[str, ...] = ()
    changes: tuple[str, ...] = ()


class NewContact(NamedTuple):
    """A person the plan adds: the contacts columns the file gives, in the writer's
    ``CONTACT_COLUMNS`` order after id and area; ``area`` is an area id or the name of one to
    create."""

    area: int | str
    first_name: str
    last_name: str
    shift: str
    job_title: str
    employment: Employment | None
    employee_number: str | None
    phone: str
    email: str
    language: str
    card_signed_on: dt.date | None
    notes: str


# a plan's tuples made straight from a tuple of their fields (the named tuple's own __new__
# is Python code that cost 1 us a row)
as_new = functools.partial(tuple.__new__, NewContact)
as_planned = functools.partial(tuple.__new__, PlannedRow)

# Who a history row is for: ("new", index into the plan's new people) or ("id", contact id).
Target = tuple[str, int]


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """The dry run: every row's fate, areas to create, notes on how values were read, and the
    prepared writes ``apply_import`` performs (private to the importer)."""

    workplace_id: int
    rows: tuple[PlannedRow, ...]
    areas_to_create: tuple[str, ...]
    notes: tuple[str, ...]
    today: dt.date
    _state: tuple[int, int, int] = field(repr=False)
    _new: tuple[NewContact, ...] = field(repr=False)
    _updates: tuple[tuple[int, dict[str, Any]], ...] = field(repr=False)
    _assessments: tuple[tuple[Any, int, dt.date], ...] = field(repr=False)
    _conversations: tuple[tuple[Any, dt.date, Any], ...] = field(repr=False)
    _memberships: tuple[tuple[Any, CommitteeRole], ...] = field(repr=False)
    _committee_id: int | None = field(default=None, repr=False)
    # rows by action, counted once from ``rows`` (the write and the preview ask several times)
    _counts: Mapping[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_counts", collections.Counter(r.action for r in self.rows))

    def count(self, action: str) -> int:
        """Rows with that action (``add``, ``update``, ``unchanged``, ``reject``)."""
        return self._counts.get(action, 0)

    @property
    def added(self) -> int:
        return self.count(ADD)

    @property
    def updated(self) -> int:
        return self.count(UPDATE)

    @property
    def unchanged(self) -> int:
        return self.count(UNCHANGED)

    @property
    def rejected(self) -> int:
        return self.count(REJECT)

    @property
    def merged(self) -> int:
        return self.count(MERGED)

    @property
    def conflicted(self) -> int:
        return self.count(CONFLICT)

    @property
    def rejections(self) -> tuple[PlannedRow, ...]:
        return tuple(r for r in self.rows if r.action == REJECT)

    @property
    def conflicts(self) -> tuple[PlannedRow, ...]:
        """The rows of a person an earlier row names, which say something else: each waits
        for a choice (``plan_import(choices=)``) or is skipped."""
        return tuple(r for r in self.rows if r.action == CONFLICT)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What ``apply_import`` wrote."""

    added: int
    updated: int
    unchanged: int
    skipped: int
    areas_created: int
    assessments_added: int
    conversations_added: int
    memberships_added: int
    merged: int = 0  # rows folded into an earlier row of the same person
