"""What an import plans and what it wrote: the types the dry run hands to the screen, the
command line and the writer.

Owns the row actions (``ADD``, ``UPDATE``, ``UNCHANGED``, ``REJECT``, and ``MERGED`` or
``CONFLICT`` for a row of a person an earlier row names), ``PlannedRow`` (one data
row's fate, for the preview), ``AddedRows`` (a first import's rows, made when read),
``ImportPlan`` (every row's fate, the areas to create, notes on how
values were read, and the prepared writes, private to the importer), ``NewContact`` (a person the
plan adds), ``NewPeople`` (the people a plan adds, column by column) and ``ImportResult`` (what
``apply_import`` wrote).
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import functools
import itertools
import operator
from collections.abc import Iterator, Mapping, Sequence
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



@dataclass(frozen=True, slots=True, eq=False)
class NewPeople:
    """The people a plan adds, column by column: ``columns`` holds ``NewContact``'s fields in its
    order, each a sequence with one value per person. The writer inserts columns, and a first
    import plans columns (``first_import``), so they go from the dry run to the write without
    being made into a row per person and back (at 100k people, with the app's allocator
    hardening: 0.14 s to make the rows, 0.13 s to take them apart again). Iterating gives the
    people as ``NewContact`` rows; two are equal when they hold the same people in order."""

    columns: tuple[Sequence[Any], ...]

    def __post_init__(self) -> None:
        if len(self.columns) != len(NewContact._fields):
            raise ValueError("NewPeople needs one column per NewContact field")
        if len({len(column) for column in self.columns}) > 1:
            raise ValueError("NewPeople's columns differ in length")

    @classmethod
    def of_rows(cls, rows: Sequence[NewContact]) -> NewPeople:
        """The columns of a list of people (the row-by-row plan's)."""
        if not rows:
            return cls(tuple(() for _ in NewContact._fields))
        return cls(tuple(zip(*rows, strict=True)))

    def __len__(self) -> int:
        return len(self.columns[0])

    def __iter__(self) -> Iterator[NewContact]:
        return map(as_new, zip(*self.columns, strict=True))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NewPeople):
            return NotImplemented
        return len(self) == len(other) and all(
            list(a) == list(b) for a, b in zip(self.columns, other.columns, strict=True))

    __hash__ = None  # type: ignore[assignment]

    @property
    def areas(self) -> Sequence[int | str]:
        """Each new person's area: an area id, or the path of one the plan creates."""
        return self.columns[0]


class AddedRows(Sequence[PlannedRow]):
    """The dry run's rows of a first import where every valid row adds a person
    (``first_import``): each ``PlannedRow`` is made when it is read, from the columns the plan
    already holds, not 100k of them up front (with the app's allocator hardening that, the
    names they show and the count of actions took 0.12-0.15 s of a 100k-row dry run). Equal to
    any sequence of the same rows, in order.

    ``lines`` are every row's line; ``rejected`` the rows refused, by position in ``lines``;
    ``first``, ``last`` and ``areas`` the other rows' name parts and area cells, in order."""

    __slots__ = ("_areas", "_first", "_last", "_lines", "_rejected", "_skips")

    def __init__(self, lines: Sequence[int], first: Sequence[str], last: Sequence[str],
                 areas: Sequence[str], rejected: Mapping[int, PlannedRow]) -> None:
        if not (len(first) == len(last) == len(areas) == len(lines) - len(rejected)):
            raise ValueError("AddedRows: the columns and the lines disagree")
        self._lines = lines
        self._first = first
        self._last = last
        self._areas = areas
        self._rejected = dict(rejected)
        self._skips = sorted(self._rejected)

    def __len__(self) -> int:
        return len(self._lines)

    def _added(self, position: int, kept: int) -> PlannedRow:
        return as_planned((self._lines[position], ADD,
                           f"{self._first[kept]} {self._last[kept]}".strip(),
                           self._areas[kept], (), ()))

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        position = operator.index(index)
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError("AddedRows index out of range")
        refused = self._rejected.get(position)
        if refused is not None:
            return refused
        return self._added(position, position - bisect.bisect_left(self._skips, position))

    def __iter__(self) -> Iterator[PlannedRow]:
        none = itertools.repeat(())
        displays = map(str.strip, map(" ".join, zip(self._first, self._last, strict=True)))
        if not self._rejected:
            return map(as_planned, zip(self._lines, itertools.repeat(ADD), displays,
                                       self._areas, none, none, strict=False))
        return self._with_rejected(map(as_planned, zip(
            (line for i, line in enumerate(self._lines) if i not in self._rejected),
            itertools.repeat(ADD), displays, self._areas, none, none, strict=False)))

    def _with_rejected(self, added: Iterator[PlannedRow]) -> Iterator[PlannedRow]:
        for position in range(len(self._lines)):
            refused = self._rejected.get(position)
            yield refused if refused is not None else next(added)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"AddedRows({len(self)} rows, {len(self._rejected)} rejected)"

    def counts(self) -> dict[str, int]:
        """Rows by action, without making them."""
        counts = {ADD: len(self._lines) - len(self._rejected)}
        if self._rejected:
            counts[REJECT] = len(self._rejected)
        return counts


# Who a history row is for: ("new", index into the plan's new people) or ("id", contact id).
Target = tuple[str, int]


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """The dry run: every row's fate, areas to create, notes on how values were read, and the
    prepared writes ``apply_import`` performs (private to the importer)."""

    workplace_id: int
    rows: Sequence[PlannedRow]  # a tuple, or a first import's AddedRows
    areas_to_create: tuple[str, ...]
    notes: tuple[str, ...]
    today: dt.date
    _state: tuple[int, int, int] = field(repr=False)
    _new: NewPeople = field(repr=False)
    _updates: tuple[tuple[int, dict[str, Any]], ...] = field(repr=False)
    _assessments: tuple[tuple[Any, int, dt.date], ...] = field(repr=False)
    _conversations: tuple[tuple[Any, dt.date, Any], ...] = field(repr=False)
    _memberships: tuple[tuple[Any, CommitteeRole], ...] = field(repr=False)
    _committee_id: int | None = field(default=None, repr=False)
    # rows by action, counted once from ``rows`` (the write and the preview ask several times)
    _counts: Mapping[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        counts = (self.rows.counts() if isinstance(self.rows, AddedRows)
                  else collections.Counter(r.action for r in self.rows))
        object.__setattr__(self, "_counts", counts)

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
