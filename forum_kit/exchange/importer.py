"""Importing a chart: the dry run (``plan_import``) and the all-or-nothing write (``apply_import``).

Owns how a spreadsheet row becomes a contact: cell validation (length, formulas, control
characters), names (first/last or a full name split on the last space), areas matched by name or
created, values (FT/PT, assessment words and numbers, dates in several formats with the day/month
order decided per column), duplicate matching (employee number, then phone or email, then name
within the area; against the vault and against earlier rows of the same file), and history:
assessments, contact dates and committee roles in the file are appended as dated rows, never
written over the current values. The dry run cleans and validates each row once (a CSV table
column by column, each distinct value of a column once; a sheet, whose cells may be numbers or
dates, cell by cell; a first import into an empty workplace is planned column by column too),
into the tuples the write inserts through the driver's ``executemany`` inside the caller's unit
of work (search index, derived columns, growth-cache marks and, for large files, the indexes
are brought up to date set-based afterwards), so any failure leaves the vault as it was. Reasons
name the column and what is wrong, never the cell's content (SECURITY.md: no personal data in
messages).
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.collector import gc_paused
from forum_kit.errors import Conflict, InvalidInput
from forum_kit.exchange.mapping import FIELDS, check_mapping
from forum_kit.exchange.sniff import Table, read_table
from forum_kit.models import (
    Area,
    Assessment,
    AssessmentLevel,
    Committee,
    CommitteeMembership,
    Contact,
    Conversation,
    Workplace,
)
from forum_kit.models.enums import CommitteeRole, Employment

MAX_CELL = 10_000
UNASSIGNED_AREA = "Unassigned"
IMPORT_EVIDENCE = "Imported from a chart."
DEFAULT_COMMITTEE = "Organising committee"

ADD = "add"
UPDATE = "update"
UNCHANGED = "unchanged"
REJECT = "reject"

_MAX_LEN = {
    "first_name": 200, "last_name": 200, "full_name": 400, "area": 200, "shift": 60,
    "job_title": 200, "employee_number": 60, "phone": 60, "email": 254, "language": 60,
    "contact_by": 400, "notes": MAX_CELL,
}
_DATE_FIELDS = ("assessed_on", "card_signed_on", "last_contact_on")
_TEXT_FIELDS = ("shift", "job_title", "language")
_RAW_FIELDS = frozenset({*_DATE_FIELDS, "assessment", "card_signed"})

_YES = frozenset(
    {"y", "yes", "x", "true", "1", "signed", "si", "sí", "ja", "oui", "done", "✓", "✔"}
)
_NO = frozenset({"n", "no", "false", "0", "not signed", "unsigned", "nein", "non", "-"})
_EMPLOYMENT = {
    "ft": Employment.FULL_TIME, "full time": Employment.FULL_TIME, "fulltime": Employment.FULL_TIME,
    "f": Employment.FULL_TIME, "full": Employment.FULL_TIME, "pt": Employment.PART_TIME,
    "part time": Employment.PART_TIME, "parttime": Employment.PART_TIME, "p": Employment.PART_TIME,
    "part": Employment.PART_TIME,
}
_COMMITTEE = {
    "c": CommitteeRole.MEMBER, "member": CommitteeRole.MEMBER, "committee": CommitteeRole.MEMBER,
    "oc": CommitteeRole.MEMBER, "yes": CommitteeRole.MEMBER, "y": CommitteeRole.MEMBER,
    "x": CommitteeRole.MEMBER, "true": CommitteeRole.MEMBER, "1": CommitteeRole.MEMBER,
    "ch": CommitteeRole.HELPER, "helper": CommitteeRole.HELPER,
    "committee helper": CommitteeRole.HELPER,
}
_NO_COMMITTEE = frozenset({"n", "no", "false", "0", "-", "none"})
_LEVEL_WORDS = {
    "unassessed": 0, "unknown": 0, "?": 0, "not assessed": 0,
    "leader": 1, "organic leader": 1, "++": 1,
    "supporter": 2, "support": 2, "supportive": 2, "pro": 2, "+": 2,
    "undecided": 3, "unsure": 3, "neutral": 3, "on the fence": 3, "fence": 3, "0/+": 3,
    "opposed": 4, "not interested": 4, "against": 4, "-": 4,
    "hostile": 5, "anti": 5, "anti union": 5, "--": 5,
}
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ].*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?: .*)?$")
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?[ \-./]+([a-z]+)\.?[ \-./,]+(\d{2}|\d{4})$")
_MONTH_DAY = re.compile(r"^([a-z]+)\.?[ \-./]+(\d{1,2})(?:st|nd|rd|th)?,?[ \-./]+(\d{2}|\d{4})$")
_SERIAL = re.compile(r"^\d{5}(?:\.0+)?$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_EARLIEST = dt.date(1900, 1, 1)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DIGITS = re.compile(r"\D+")
# what a phone cell may hold besides ASCII digits (x, ext, # and * for extensions)
_PHONE_PUNCTUATION = str.maketrans("", "", "+()-./ xXeEtT#*")
_FTS_COLUMNS = "first_name, last_name, job_title, shift, language, notes"
_CONVERSATION_FTS_COLUMNS = "agitate, educate, inoculate, ask, answer, unite, plan"
_BULK_TRIGGERS = (
    "contacts_fts_ai", "contacts_fts_au", "conversations_fts_ai", "assessments_current_ai",
    "conversations_last_ai",
)
# revision 0004's growth-cache marks: one upsert per inserted row, replaced by one set-based mark
_GROWTH_TRIGGERS = (
    "growth_contacts_ai", "growth_assessments_ai", "growth_conversations_ai",
    "growth_memberships_ai",
)
# the earliest date each written area's cached growth figures must be recomputed from: the
# union of what the row triggers above would have marked, one row per area
_GROWTH_MARK = """
INSERT INTO growth_dirty(area_id, since)
SELECT area_id, min(day) FROM (
    SELECT c.area_id, a.assessed_on AS day FROM assessments a
    JOIN contacts c ON c.id = a.contact_id WHERE a.id > :assessment AND a.contact_id < :first
    UNION ALL
    SELECT c.area_id, v.held_on FROM conversations v JOIN contacts c ON c.id = v.contact_id
    WHERE v.id > :conversation AND v.contact_id < :first
    UNION ALL
    SELECT c.area_id, m.joined_on FROM committee_memberships m
    JOIN contacts c ON c.id = m.contact_id WHERE m.id > :membership AND m.contact_id < :first
) WHERE true GROUP BY area_id
ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since)
"""
# the same mark for areas of people the import adds, whose dates the plan already holds
_GROWTH_MARK_NEW = (
    "INSERT INTO growth_dirty(area_id, since) VALUES (?, ?) "
    "ON CONFLICT(area_id) DO UPDATE SET since = min(since, excluded.since)"
)
# tables whose secondary indexes are dropped and rebuilt when an import at least doubles them
_REBUILT_TABLES = ("contacts", "conversations", "assessments")
_ESCAPED = frozenset("=+-@\t\r")
_REBUILD_AT = 5_000  # new contacts from which dropping and rebuilding indexes can pay
# the contacts columns an import fills, in the order of the plan's rows; the rest are fixed
# (not sensitive, not marked a leader, added today, not left) and written as literals
_CONTACT_COLUMNS = (
    "id", "area_id", "first_name", "last_name", "shift", "job_title", "employment",
    "employee_number", "phone", "email", "language", "card_signed_on", "notes", "current_level",
    "current_assessed_on", "last_contact_on", "last_contact_by_id",
)
_ONE_LINE = str.maketrans({"\t": " ", "\r": " ", "\n": " "})


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


@dataclass(frozen=True, slots=True)
class ImportPlan:
    """The dry run: every row's fate, areas to create, notes on how values were read, and the
    prepared writes ``apply_import`` performs (private to this module)."""

    workplace_id: int
    rows: tuple[PlannedRow, ...]
    areas_to_create: tuple[str, ...]
    notes: tuple[str, ...]
    today: dt.date
    _state: tuple[int, int, int] = field(repr=False)
    _new: tuple[_NewContact, ...] = field(repr=False)
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
    def rejections(self) -> tuple[PlannedRow, ...]:
        return tuple(r for r in self.rows if r.action == REJECT)


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


class _RowError(Exception):
    """A reason to reject the current row; never leaves this module."""


@dataclass(frozen=True, slots=True)
class _Failed:
    """A remembered rejection of one distinct cell value (see ``_cached``)."""

    reason: str


_MISSING = object()


# ------------------------------------------------------------------------------- value parsing


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _clean(field_name: str, value: Any) -> str:
    """The cell as one-line (or notes) text; _RowError for formulas and control characters."""
    if value is None:
        return ""
    if not isinstance(value, str):
        from forum_kit.exchange.sniff import cell_text

        value = cell_text(value)
    label = FIELDS[field_name]
    if value[:1] == "'" and value[1:2] in _ESCAPED:
        # the apostrophe our own export (and spreadsheet programs) put before = + - @
        value = value[1:]
    if len(value) > MAX_CELL:
        raise _RowError(f"{label}: the cell is longer than {MAX_CELL:,} characters; shorten it.")
    text = value.strip()
    if not text:
        return ""
    if text[0] == "=":
        raise _RowError(f"{label}: the cell holds a formula, not a value; paste values only.")
    if field_name == "notes":
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        allowed = "\n\t"
    else:
        text = text.translate(_ONE_LINE)
        allowed = ""
    if not text.isprintable():
        for ch in text:
            if ch not in allowed and unicodedata.category(ch) in ("Cc", "Cs"):
                raise _RowError(f"{label}: the cell contains control characters; remove them.")
    text = unicodedata.normalize("NFC", text)
    limit = _MAX_LEN.get(field_name)
    if limit is not None and len(text) > limit:
        raise _RowError(f"{label}: too long; use at most {limit} characters.")
    return text


def _raw_value(field_name: str, value: Any) -> Any:
    """A date, assessment or card cell trimmed but otherwise left for its parser (None if empty);
    _RowError for an overlong cell or a formula."""
    if value.__class__ is not str and not isinstance(value, str):
        return value
    if len(value) > MAX_CELL:
        raise _RowError(
            f"{FIELDS[field_name]}: the cell is longer than {MAX_CELL:,} characters; shorten it."
        )
    value = value.strip()
    if value[:1] == "'" and value[1:2] in _ESCAPED:
        value = value[1:]
    if value[:1] == "=":
        raise _RowError(
            f"{FIELDS[field_name]}: the cell holds a formula, not a value; paste values only."
        )
    return value if value != "" else None


def parse_level(value: Any, labels: Mapping[str, int]) -> int | None:
    """An assessment level from a number 0-5, a scale label or a common word; None if empty.

    ``labels`` maps case-folded scale labels to levels. ValueError when the value is not one.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError("not a level")
    if isinstance(value, int | float):
        if float(value).is_integer() and int(value) in labels.values():
            return int(value)
        raise ValueError("not a level")
    text = _fold(str(value).strip())
    if not text:
        return None
    if text in labels:
        return labels[text]
    if text in _LEVEL_WORDS:
        return _LEVEL_WORDS[text]
    match = re.match(r"^(\d)(?:\.0+)?(?:\s*[-–:)=.]?\s*\D.*)?$", text)
    if match and int(match.group(1)) in labels.values():
        return int(match.group(1))
    raise ValueError("not a level")


def _month(word: str) -> int:
    """The month of an English name or abbreviation ("mar", "March", "sept"); ValueError if none."""
    for number, name in enumerate(_MONTH_NAMES, start=1):
        if len(word) >= 3 and name.startswith(word):
            return number
    raise ValueError("not a month")


def _year(text: str, today: dt.date) -> int:
    year = int(text)
    if len(text) == 2:
        # two-digit years: this century unless that would be more than a year ahead
        year += 2000 if 2000 + year <= today.year + 1 else 1900
    return year


def parse_date(
    value: Any, *, day_first: bool, today: dt.date, from_sheet: bool = False
) -> dt.date | None:
    """A date from ISO, d/m/Y or m/d/Y (``day_first`` decides), "3 Mar 2025", "Mar 3, 2025", an
    Excel serial number, or a sheet's own date cell. None if empty; ValueError if not a date."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueError("not a date")
    if isinstance(value, int | float):
        if from_sheet and 1 <= value < 2958466:
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        raise ValueError("not a date")
    text = str(value).strip().casefold()
    if not text:
        return None
    match = _ISO.match(text)
    if match:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _NUMERIC.match(text)
    if match:
        a, b = int(match.group(1)), int(match.group(2))
        day, month = (a, b) if day_first else (b, a)
        return dt.date(_year(match.group(3), today), month, day)
    match = _DAY_MONTH.match(text)
    if match:
        return dt.date(_year(match.group(3), today), _month(match.group(2)), int(match.group(1)))
    match = _MONTH_DAY.match(text)
    if match:
        return dt.date(_year(match.group(3), today), _month(match.group(1)), int(match.group(2)))
    if _SERIAL.match(text):
        serial = int(float(text))
        if 20000 <= serial <= 80000:
            return _EXCEL_EPOCH + dt.timedelta(days=serial)
    raise ValueError("not a date")


def _column_order(values: Iterable[Any]) -> tuple[bool | None, bool]:
    """(day_first decided by the column's own values or None, whether the column mixes both)."""
    day_evidence = month_evidence = False
    for value in values:
        if not isinstance(value, str):
            continue
        match = _NUMERIC.match(value.strip())
        if not match:
            continue
        a, b = int(match.group(1)), int(match.group(2))
        if a > 12 >= b:
            day_evidence = True
        elif b > 12 >= a:
            month_evidence = True
    if day_evidence and not month_evidence:
        return True, False
    if month_evidence and not day_evidence:
        return False, False
    return None, day_evidence and month_evidence


def _phone_key(phone: str) -> str | None:
    digits = _DIGITS.sub("", phone)
    return digits[-9:] if len(digits) >= 7 else None


def _split_full_name(full: str) -> tuple[str, str]:
    if "," in full:
        last, _, first = full.partition(",")
        return first.strip(), last.strip()
    first, sep, last = full.rpartition(" ")
    if not sep:
        return full, ""
    return first.strip(), last.strip()


# ------------------------------------------------------------------------------------ planning


@dataclass(slots=True)
class _Existing:
    """The vault's people of this workplace, indexed for matching."""

    by_number: dict[str, int]
    by_phone: dict[str, int]
    by_email: dict[str, int]
    by_name: dict[tuple[int, str, str], int]
    by_full_name: dict[str, int | None]
    rows: dict[int, Any]
    assessments: set[tuple[int, int, dt.date]]
    conversations: set[tuple[int, dt.date]]


def _state(session: Session, workplace_id: int) -> tuple[int, int, int]:
    """A cheap fingerprint of what the plan depends on; apply refuses when it changed."""
    contacts = session.execute(
        sa.select(sa.func.count(), sa.func.coalesce(sa.func.max(Contact.id), 0)).where(
            Contact.workplace_id == workplace_id
        )
    ).one()
    areas = session.execute(
        sa.select(sa.func.count()).select_from(Area).where(Area.workplace_id == workplace_id)
    ).scalar_one()
    return int(contacts[0]), int(contacts[1]), int(areas)


def _load_existing(session: Session, workplace_id: int) -> _Existing:
    c = Contact.__table__.c
    result = session.execute(
        sa.select(
            c.id, c.area_id, c.first_name, c.last_name, c.employee_number, c.phone, c.email,
            c.shift, c.job_title, c.employment, c.language, c.card_signed_on, c.notes,
            c.current_level,
        ).where(c.workplace_id == workplace_id).order_by(c.id)
    )
    existing = _Existing({}, {}, {}, {}, {}, {}, set(), set())
    for row in result:
        existing.rows[row.id] = row
        if row.employee_number:
            existing.by_number.setdefault(_fold(row.employee_number), row.id)
        key = _phone_key(row.phone or "")
        if key:
            existing.by_phone.setdefault(key, row.id)
        if row.email:
            existing.by_email.setdefault(_fold(row.email), row.id)
        first, last = _fold(row.first_name), _fold(row.last_name or "")
        existing.by_name.setdefault((row.area_id, first, last), row.id)
        full = f"{first} {last}".strip()
        # a name shared by two people cannot say who made a contact: remember it as ambiguous
        existing.by_full_name[full] = None if full in existing.by_full_name else row.id
    if existing.rows:
        a = Assessment.__table__.c
        for contact_id, level, on in session.execute(
            sa.select(a.contact_id, a.level, a.assessed_on)
            .join(Contact.__table__, c.id == a.contact_id)
            .where(c.workplace_id == workplace_id)
        ):
            existing.assessments.add((contact_id, level, on))
        v = Conversation.__table__.c
        for contact_id, on in session.execute(
            sa.select(v.contact_id, v.held_on)
            .join(Contact.__table__, c.id == v.contact_id)
            .where(c.workplace_id == workplace_id)
        ):
            existing.conversations.add((contact_id, on))
    return existing


def plan_import(
    session: Session,
    source: Table | str | bytes | Any,
    *,
    workplace_id: int,
    mapping: Mapping[int, str],
    today: dt.date,
    day_first: bool = True,
) -> ImportPlan:
    """The dry run of importing ``source`` (a ``Table``, a path or bytes) into a workplace.

    Nothing is written. Raises InvalidInput for a file that cannot be read or a mapping with no
    name column; every other problem is a rejected row with its line number and reason.
    """
    with gc_paused():
        return _plan_import(
            session, source, workplace_id=workplace_id, mapping=mapping, today=today,
            day_first=day_first,
        )


def _plan_import(
    session: Session,
    source: Table | str | bytes | Any,
    *,
    workplace_id: int,
    mapping: Mapping[int, str],
    today: dt.date,
    day_first: bool = True,
) -> ImportPlan:
    if isinstance(today, dt.datetime) or not isinstance(today, dt.date):
        raise InvalidInput("Today must be a date.")
    if isinstance(workplace_id, bool) or not isinstance(workplace_id, int):
        raise InvalidInput("Workplace id must be a whole number.")
    if session.get(Workplace, workplace_id) is None:
        raise InvalidInput("The workplace to import into does not exist; choose another.")
    table = source if isinstance(source, Table) else read_table(source)
    mapping = check_mapping(mapping, max(len(table.headers), 1 + max(mapping, default=-1)))
    fields = set(mapping.values())
    if not fields & {"first_name", "last_name", "full_name"}:
        raise InvalidInput(
            "Map at least one name column (first name, last name or full name) before importing."
        )
    columns = sorted(mapping.items())
    notes: list[str] = []

    levels = {
        _fold(label): level
        for level, label in session.execute(sa.select(AssessmentLevel.level, AssessmentLevel.label))
    }
    if not levels:
        levels = {"unassessed": 0}

    # the day/month order of each date column is decided by its own unambiguous values
    raw_columns, padded = _transpose(table, 1 + max(index for index, _name in columns))
    orders: dict[str, bool] = {}
    for index, name in columns:
        if name not in _DATE_FIELDS and name != "card_signed":
            continue
        # distinct values only: a date column repeats the same few hundred days (a short row's
        # missing cell is None, which the order ignores like any cell that is not text)
        values = set(raw_columns[index]) if index < len(raw_columns) else set()
        decided, mixed = _column_order(values)
        label = FIELDS[name]
        if decided is None:
            decided = day_first
            if mixed:
                notes.append(
                    f"{label}: the column mixes day/month and month/day dates; dates read as "
                    f"{'day/month' if day_first else 'month/day'} where both are possible."
                )
            elif any(isinstance(v, str) and _NUMERIC.match(v.strip()) for v in values):
                notes.append(
                    f"{label}: dates such as 03/04 read as "
                    f"{'3 April (day/month)' if day_first else 'March 4 (month/day)'}."
                )
        orders[name] = decided

    existing = _load_existing(session, workplace_id)
    # roles go to the workplace's first committee; a role someone already holds there is not
    # added again (and a new role shows in the dry run as a change)
    committee_id = session.execute(
        sa.select(Committee.id).where(Committee.workplace_id == workplace_id)
        .order_by(Committee.id).limit(1)
    ).scalar_one_or_none()
    active: set[tuple[int, CommitteeRole]] = set()
    if committee_id is not None and existing.rows:
        m = CommitteeMembership.__table__.c
        active = {
            (cid, CommitteeRole(role))
            for cid, role in session.execute(
                sa.select(m.contact_id, m.role).where(
                    m.committee_id == committee_id, m.left_on.is_(None)
                )
            )
        }
    area_rows = session.execute(
        sa.select(Area.id, Area.parent_id, Area.name)
        .where(Area.workplace_id == workplace_id)
        .order_by(Area.parent_id.is_not(None), Area.id)
    ).all()
    areas: dict[str, int | str] = {}
    for area_id, _parent, area_name in area_rows:
        areas.setdefault(_fold(area_name), area_id)
    new_areas: dict[str, str] = {}
    if "area" not in fields:
        notes.append(f"No area column: everyone goes to the area '{UNASSIGNED_AREA}'.")

    rows: list[PlannedRow] = []
    new: list[_NewContact] = []
    updates: list[tuple[int, dict[str, Any]]] = []
    assessments: list[tuple[Any, int, dt.date]] = []
    conversations: list[tuple[Any, dt.date, Any]] = []
    memberships: list[tuple[Any, CommitteeRole]] = []
    file_number: dict[str, int] = {}
    file_phone: dict[str, int] = {}
    file_email: dict[str, int] = {}
    file_name: dict[tuple[Any, str, str], int] = {}
    number_of_line: dict[int, str] = {}  # the employee number each planned line carries
    file_full: dict[str, int | None] = {}
    claimed: dict[int, int] = {}
    undated_cards = 0
    from_sheet = table.kind == "xlsx"

    # (column, field, whether the value is parsed later rather than cleaned as text, max length)
    specs = [
        (index, name, name in _RAW_FIELDS, _MAX_LEN.get(name, MAX_CELL)) for index, name in columns
    ]
    memo: dict[str, dict[Any, Any]] = {
        name: {} for name in (*_RAW_FIELDS, "employment", "card_word", "committee")
    }
    columns = (
        _column_rows(table, raw_columns, padded, specs, levels, orders, today, memo)
        if table.kind == "csv" else None
    )
    prepared: Iterable[_Prepared] = (
        columns.prepared() if columns is not None
        else _careful_rows(table, specs, levels, orders, today, from_sheet, memo)
    )
    if not existing.rows:
        # a workplace with no one in it yet (a first import): when no two rows of the file
        # name the same person either, every valid row is a new person, planned column-wise
        if columns is None:
            prepared = list(prepared)
            columns = _Columns.of(prepared)
        all_new = _plan_all_new(columns, areas, today)
        if all_new is not None:
            (rows, new, assessments, conversations, memberships, file_full, adds,
             undated_cards) = all_new
            new_areas.update(adds)
            prepared = ()
    for line, row, display, reason in prepared:
        if row is None:
            rows.append(PlannedRow(line, REJECT, display, "", (reason,)))
            continue

        area_name = row.area or UNASSIGNED_AREA
        area_key = area_name.casefold()  # cleaned cells are NFC already: this is _fold
        area_ref: int | str | None = areas.get(area_key)
        if area_ref is None:
            area_ref = new_areas.setdefault(area_key, area_name)
        if row.undated_card:
            undated_cards += 1
        level = row.level
        assessed_on = row.assessed_on or today
        contact_on = row.last_contact_on
        contact_by = row.contact_by
        role = row.role
        first, last = row.first_name.casefold(), row.last_name.casefold()
        number = row.employee_number.casefold() if row.employee_number else None
        phone = row.phone_key
        email = row.email.casefold() if row.email else None
        name_key = (area_ref, first, last)
        display = f"{row.first_name} {row.last_name}".strip()

        # an earlier row of this file describing the same person; as against the vault
        # (_match), a shared family phone or email, or two people of one name, are not the same
        # worker when both rows carry different employee numbers
        earlier, how = None, ""
        if number is not None and number in file_number:
            earlier, how = file_number[number], "employee number"
        else:
            for index, key, what in ((file_phone, phone, "phone"), (file_email, email, "email"),
                                     (file_name, name_key, "name in the same area")):
                found = None if key is None else index.get(key)
                if found is None:
                    continue
                if _different_workers(number, number_of_line.get(found)):
                    continue
                earlier, how = found, what
                break
        if earlier is not None:
            rows.append(PlannedRow(
                line, REJECT, display, area_name,
                (f"Same person as line {earlier} (matched by {how}); keep one of the two rows.",),
            ))
            continue

        # an empty workplace (a first import) has no one to match
        match_id, how = (
            _match(existing, number, phone, email, name_key) if existing.rows else (None, "")
        )
        if match_id is not None and match_id in claimed:
            rows.append(PlannedRow(
                line, REJECT, display, area_name,
                (f"Line {claimed[match_id]} already updates this person (matched by {how}); "
                 "keep one of the two rows.",),
            ))
            continue

        if number is not None:
            file_number[number] = line
            number_of_line[line] = number
        if phone is not None:
            file_phone[phone] = line
        if email is not None:
            file_email[email] = line
        file_name[name_key] = line
        full_key = f"{first} {last}".strip()

        if match_id is None:
            index_new = len(new)
            target: Any = ("new", index_new)
            new.append(_NewContact(
                area_ref, row.first_name, row.last_name, row.shift, row.job_title,
                row.employment, row.employee_number, row.phone, row.email, row.language,
                row.card_signed_on, row.notes,
            ))
            file_full[full_key] = None if full_key in file_full else index_new
            if level is not None and level != 0:
                assessments.append((target, level, assessed_on))
            if contact_on is not None:
                conversations.append((target, contact_on, contact_by))
            if role is not None:
                memberships.append((target, role))
            rows.append(PlannedRow(line, ADD, display, area_name))
            continue

        claimed[match_id] = line
        current = existing.rows[match_id]
        target = ("id", match_id)
        changes: dict[str, Any] = {}
        labels: list[str] = []
        if isinstance(area_ref, int) and area_ref != current.area_id and "area" in fields:
            changes["area_id"] = area_ref
        elif isinstance(area_ref, str) and "area" in fields:
            changes["_area"] = area_ref
        if changes:
            labels.append(FIELDS["area"])
        for name in ("first_name", "last_name", "phone", "email", *_TEXT_FIELDS):
            value = getattr(row, name)
            if value and value != (getattr(current, name) or ""):
                changes[name] = value
                labels.append(FIELDS.get(name, name))
        if row.employment is not None and row.employment != current.employment:
            changes["employment"] = row.employment
            labels.append(FIELDS["employment"])
        if row.employee_number and not current.employee_number:
            changes["employee_number"] = row.employee_number
            labels.append(FIELDS["employee_number"])
        if row.card_signed_on is not None and current.card_signed_on is None:
            changes["card_signed_on"] = row.card_signed_on
            labels.append(FIELDS["card_signed"])
        if row.notes and row.notes not in (current.notes or ""):
            changes["notes"] = (
                f"{current.notes}\n\n{row.notes}" if current.notes else row.notes
            )
            labels.append(FIELDS["notes"])
        # an undated rating equal to the person's current one is what the vault already says
        # (the same chart imported again a week later), not a new assessment dated today
        repeated = row.assessed_on is None and level == current.current_level
        if level and not repeated and (match_id, level, assessed_on) not in existing.assessments:
            assessments.append((target, level, assessed_on))
            labels.append("assessment history")
        if contact_on is not None and (match_id, contact_on) not in existing.conversations:
            conversations.append((target, contact_on, contact_by))
            labels.append("contact history")
        if role is not None and (match_id, role) not in active:
            memberships.append((target, role))
            labels.append("committee role")
        if changes:
            updates.append((match_id, changes))
        how_note = f"Matched an existing person by {how}."
        action = UPDATE if labels else UNCHANGED
        rows.append(PlannedRow(line, action, display, area_name, (how_note,), tuple(labels)))

    # "contacted by" names resolve to people in the vault or in this file, when unambiguous
    resolved: list[tuple[Any, dt.date, Any]] = []
    unresolved = 0
    for target, on, by_name in conversations:
        by: Any = None
        if by_name:
            key = _fold(" ".join(by_name.split()))
            if key in existing.by_full_name and existing.by_full_name[key] is not None:
                by = ("id", existing.by_full_name[key])
            elif key in file_full and file_full[key] is not None:
                by = ("new", file_full[key])
            else:
                unresolved += 1
        resolved.append((target, on, by))
    if unresolved:
        notes.append(
            f"{unresolved} contact date(s) name a contact maker who is not (or not uniquely) in "
            "the vault or the file; those dates are kept without who made the contact."
        )
    if undated_cards:
        notes.append(
            f"{undated_cards} row(s) say a card was signed but give no date; today's date is "
            "recorded for them."
        )

    if memberships and committee_id is None:
        notes.append(f"Committee roles go to a new committee '{DEFAULT_COMMITTEE}'.")
    used = {_fold(a) for a in {r.area for r in new} if isinstance(a, str)}
    used |= {_fold(c["_area"]) for _i, c in updates if "_area" in c}
    return ImportPlan(
        workplace_id=workplace_id,
        rows=tuple(rows),
        areas_to_create=tuple(n for k, n in new_areas.items() if k in used),
        notes=tuple(notes),
        today=today,
        _state=_state(session, workplace_id),
        _new=tuple(new),
        _updates=tuple(updates),
        _assessments=tuple(assessments),
        _conversations=tuple(resolved),
        _memberships=tuple(memberships),
        _committee_id=committee_id,
    )


def _plan_all_new(
    columns: _Columns, areas: Mapping[str, int | str], today: dt.date
) -> tuple[Any, ...] | None:
    """What the row loop of ``_plan_import`` plans for a workplace with no one in it, made
    column by column; None when two valid rows share an employee number, phone, email or name
    in the same area (the row loop then decides which one is the repeat)."""
    fields = columns.fields
    errors = columns.errors
    if errors:
        keep = [i for i in range(len(columns.lines)) if i not in errors]
        fields = [[field[i] for i in keep] for field in fields]
    (first, last, area, shift, job, employment, number, phone, email, language, notes, card_on,
     undated, level, assessed_on, contact_on, contact_by, role, phone_key) = fields
    names = area if all(area) else [a or UNASSIGNED_AREA for a in area]
    refs: dict[str, int | str] = {}
    adds: dict[str, str] = {}
    for name in dict.fromkeys(names):
        key = name.casefold()  # cleaned cells are NFC already: this is _fold
        ref = areas.get(key)
        if ref is None:
            ref = adds.setdefault(key, name)
        refs[name] = ref
    area_refs = list(map(refs.__getitem__, names))
    firsts = list(map(str.casefold, first))
    lasts = list(map(str.casefold, last))
    for keys in (
        [n.casefold() for n in number if n],
        [k for k in phone_key if k is not None],
        [e.casefold() for e in email if e],
        list(zip(area_refs, firsts, lasts, strict=True)),
    ):
        if len(set(keys)) != len(keys):
            return None
    new = list(map(_as_new, zip(area_refs, first, last, shift, job, employment, number, phone,
                                email, language, card_on, notes, strict=True)))
    full_keys = list(map(str.strip, map(" ".join, zip(firsts, lasts, strict=True))))
    file_full: dict[str, int | None] = {}
    if len(set(full_keys)) == len(full_keys):
        file_full = dict(zip(full_keys, range(len(full_keys)), strict=True))
    else:
        for index, key in enumerate(full_keys):
            file_full[key] = None if key in file_full else index
    assessments = [
        (("new", index), lv, on or today)
        for index, (lv, on) in enumerate(zip(level, assessed_on, strict=True)) if lv
    ]
    conversations = [
        (("new", index), on, by)
        for index, (on, by) in enumerate(zip(contact_on, contact_by, strict=True))
        if on is not None
    ]
    memberships = [(("new", index), r) for index, r in enumerate(role) if r is not None]
    displays = map(str.strip, map(" ".join, zip(first, last, strict=True)))
    none = itertools.repeat(())
    added = map(_as_planned, zip(
        (line for i, line in enumerate(columns.lines) if i not in errors) if errors
        else columns.lines,
        itertools.repeat(ADD), displays, names, none, none, strict=False,
    ))
    if errors:
        planned = []
        for i, line in enumerate(columns.lines):
            if i in errors:
                planned.append(PlannedRow(line, REJECT, columns.shown[i], "", (errors[i],)))
            else:
                planned.append(next(added))
    else:
        planned = list(added)
    return (planned, new, assessments, conversations, memberships, file_full, adds,
            sum(undated))


class _IsoDays(dict):
    """``days[d]``: the ISO text SQLite stores for date ``d`` (None stays None), made once per
    distinct day."""

    def __missing__(self, day: dt.date | None) -> str | None:
        text = None if day is None else day.isoformat()
        self[day] = text
        return text


def _drop_indexes(conn: Any, table: str, adding: int) -> list[str]:
    """Drop ``table``'s secondary indexes when ``adding`` rows at least double it; return the
    SQL that re-creates them (unique constraints stay: they are not in ``sqlite_master.sql``)."""
    if adding < _REBUILD_AT:
        return []
    # counting stops at ``adding`` rows: a million-row table is not walked to learn it is big
    held = conn.exec_driver_sql(
        f'SELECT count(*) FROM (SELECT 1 FROM "{table}" LIMIT ?)', (adding,)
    ).scalar_one()
    if held >= adding:
        return []
    indexes = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL", (table,)
    ).all()
    for name, _sql in indexes:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in indexes]


_LITERALS = {(type(None), None): "NULL", (str, ""): "''", (int, 0): "0"}


def _contact_rows(
    columns: list[Sequence[Any]], *, workplace_id: int, added_on: str
) -> tuple[str, list[tuple[Any, ...]]]:
    """The INSERT of new contacts and its rows, from the values of ``_CONTACT_COLUMNS``. A
    column the file left empty throughout (NULL, '' or 0 in every row) is written as a literal
    instead of being bound once a row (each bound value costs the driver; measured at 100k rows,
    a chart without notes, language or employee numbers binds 13 values a row, not 17); the
    workplace and the day added are checked values (an int and an ISO date)."""
    names = ["workplace_id", "sensitive", "organic_leader", "added_on", "left_on"]
    values = [str(workplace_id), "0", "0", f"'{dt.date.fromisoformat(added_on).isoformat()}'",
              "NULL"]
    bound: list[Sequence[Any]] = []
    for name, column in zip(_CONTACT_COLUMNS, columns, strict=True):
        first = column[0] if len(column) else None
        literal = _LITERALS.get((first.__class__, first)) if name != "id" else None
        names.append(name)
        if literal is not None and column.count(first) == len(column):
            values.append(literal)
        else:
            values.append("?")
            bound.append(column)
    sql = f"INSERT INTO contacts ({', '.join(names)}) VALUES ({', '.join(values)})"
    return sql, list(zip(*bound, strict=True))


def _new_marks(
    area_of: list[int],
    assessments: list[tuple[Any, int, dt.date]],
    conversations: list[tuple[Any, dt.date, Any]],
    today: dt.date,
) -> list[tuple[int, str]]:
    """Per area of the people added, the earliest day their rows touch (what the growth row
    triggers would have marked: added and joined today, assessed and contacted on the file's
    dates); computed from the plan instead of joining the new rows back to contacts.
    ``assessments`` and ``conversations`` are sorted by their date."""
    since = dict.fromkeys(area_of, today)
    # both lists are sorted by date, so the first row met for an area is its earliest
    for rows, at in ((assessments, 2), (conversations, 1)):
        pending = set(since)
        for row in rows:
            kind, offset = row[0]
            if kind == "new":
                area = area_of[offset]
                if area in pending:
                    pending.discard(area)
                    since[area] = min(since[area], row[at])
                    if not pending:
                        break
    return [(area, day.isoformat()) for area, day in since.items()]


def _display_name(values: Mapping[str, Any]) -> str:
    parts = [values.get("first_name"), values.get("last_name")]
    text = " ".join(p for p in parts if isinstance(p, str) and p)
    if not text and isinstance(values.get("full_name"), str):
        text = values["full_name"]
    return text[:200]


def _match(
    existing: _Existing,
    number: str | None,
    phone: str | None,
    email: str | None,
    name_key: tuple[Any, str, str],
) -> tuple[int | None, str]:
    if number is not None:
        found = existing.by_number.get(number)
        if found is not None:
            return found, "employee number"
    pairs = ((existing.by_phone, phone, "phone"), (existing.by_email, email, "email"))
    for index, key, how in pairs:
        if key is None:
            continue
        found = index.get(key)
        if found is None:
            continue
        if _different_workers(number, existing.rows[found].employee_number):
            continue
        return found, how
    if isinstance(name_key[0], int):
        found = existing.by_name.get(name_key)
        if found is not None and not _different_workers(
            number, existing.rows[found].employee_number
        ):
            return found, "name in the same area"
    return None, ""


def _different_workers(number: str | None, other: str | None) -> bool:
    """Whether two people who share a phone, an email or a name in the area are still two
    workers: both carry an employee number and the numbers differ (a family phone, two María
    Garcías). ``number`` is folded; ``other`` may be as stored."""
    return number is not None and bool(other) and _fold(other) != number


def _cached(cache: dict[Any, Any], raw: Any, compute: Any, *args: Any) -> Any:
    """``compute(raw, *args)`` once per distinct cell value of a column in a plan: a chart repeats
    the same few words and dates. A _RowError is remembered as its reason and raised again for
    every row with that value. Keys carry the type unless it is str (True == 1 == 1.0)."""
    key = raw if raw.__class__ is str else (raw.__class__, raw)
    found = cache.get(key, _MISSING)
    if found is _MISSING:
        try:
            found = compute(raw, *args)
        except _RowError as error:
            found = _Failed(str(error))
        cache[key] = found
    if found.__class__ is _Failed:
        raise _RowError(found.reason)
    return found


class _NewContact(NamedTuple):
    """A person the plan adds: the contacts columns the file gives, in ``_CONTACT_COLUMNS``'
    order after id and area; ``area`` is an area id or the name of one to create."""

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
_as_new = functools.partial(tuple.__new__, _NewContact)
_as_planned = functools.partial(tuple.__new__, PlannedRow)


class _Row(NamedTuple):
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


def _plan_row(
    values: dict[str, Any],
    levels: Mapping[str, int],
    orders: Mapping[str, bool],
    today: dt.date,
    from_sheet: bool,
    memo: dict[str, dict[Any, Any]],
) -> _Row:
    get = values.get
    first, last = _name_pair(get("first_name", ""), get("last_name", ""), get("full_name"))

    employment = None
    raw = get("employment")
    if raw:
        employment = _cached(memo["employment"], raw, _employment)

    phone = get("phone", "")
    phone_key = _phone_check(phone) if phone else None
    email = get("email", "")
    if email:
        _email_check(email)

    level = None
    if "assessment" in values:
        level = _cached(memo["assessment"], values["assessment"], _level, levels)

    # in this order, so a row with several bad dates names the same one as before
    dates = []
    for name in _DATE_FIELDS:
        raw = get(name)
        dates.append(
            None if raw is None
            else _cached(memo[name], raw, _date, name, orders, today, from_sheet)
        )
    assessed_on, card_on, contact_on = dates

    undated_card = False
    card = get("card_signed")
    if card is not None and card_on is None:
        card_on, undated_card = _card(card, memo, orders, today, from_sheet)

    role = None
    raw = get("committee")
    if raw:
        role = _cached(memo["committee"], raw, _committee)

    return _Row(
        first, last, get("area", ""), get("shift", ""), get("job_title", ""), employment,
        get("employee_number") or None, phone, email, get("language", ""), get("notes", ""),
        card_on, undated_card, level, assessed_on, contact_on, get("contact_by") or None, role,
        phone_key,
    )


# ------------------------------------------------------------------- cleaning and validating rows
#
# Both give, for each data row of the table in order, (line, the validated row or None, the name
# to show when rejected, the reason). A row's reason is its first problem: the first bad cell in
# column order, else the first of _plan_row's checks (names, FT/PT, phone, email, assessment,
# dates, card, committee). The careful path reads a row at a time; the column path (every CSV
# table) checks a whole column at once and parses each distinct value once, and must give exactly
# what the careful path gives (tests/core/test_import_fast_paths.py compares the two).

_Prepared = tuple[int, "_Row | None", str, str]


def _text_cell(name: str, raw: Any, limit: int) -> str:
    """A text cell cleaned as ``_clean`` does; the common cell (text, printable, nothing to
    unescape, short enough) without its full path. _RowError for a bad cell."""
    if raw.__class__ is str and raw.isprintable() and raw[:1] != "'" and len(raw) <= limit:
        text = raw.strip()
        if text[:1] == "=":
            return _clean(name, raw)
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)
            if len(text) > limit:
                return _clean(name, raw)
        return text
    return _clean(name, raw)


def _careful_rows(
    table: Table,
    specs: list[tuple[int, str, bool, int]],
    levels: Mapping[str, int],
    orders: Mapping[str, bool],
    today: dt.date,
    from_sheet: bool,
    memo: dict[str, dict[Any, Any]],
) -> Iterator[_Prepared]:
    """Row by row, cell by cell: sheets, whose cells may be numbers, dates or booleans."""
    for line, cells in table.rows:
        values: dict[str, Any] = {}
        width = len(cells)
        try:
            for index, name, raw_field, limit in specs:
                raw = cells[index] if index < width else None
                values[name] = (
                    _raw_value(name, raw) if raw_field else _text_cell(name, raw, limit)
                )
            row = _plan_row(values, levels, orders, today, from_sheet, memo)
        except _RowError as error:
            yield line, None, _display_name(values), str(error)
            continue
        yield line, row, "", ""


class _Columns(NamedTuple):
    """A CSV table validated column by column: each field of ``_Row`` as a column, and the
    first problem of each bad row by its position in the table."""

    lines: list[int]
    fields: list[Any]  # one sequence per ``_Row`` field, in its order
    errors: dict[int, str]
    shown: dict[int, str]  # the name a rejected row is shown with

    @classmethod
    def of(cls, prepared: list[_Prepared]) -> _Columns:
        """The careful path's rows as columns (a rejected row's fields are placeholders)."""
        placeholder = _Row("", "", "", "", "", None, None, "", "", "", "", None, False, None,
                           None, None, None, None, None)
        rows = [row if row is not None else placeholder for _l, row, _d, _r in prepared]
        fields = [list(f) for f in zip(*rows, strict=True)] if rows else [[] for _ in _Row._fields]
        errors = {i: r for i, (_l, row, _d, r) in enumerate(prepared) if row is None}
        shown = {i: d for i, (_l, row, d, _r) in enumerate(prepared) if row is None}
        return cls([line for line, *_rest in prepared], fields, errors, shown)

    def prepared(self) -> Iterator[_Prepared]:
        """The rows as the careful path gives them."""
        made = map(_Row._make, zip(*self.fields, strict=False))
        errors, shown = self.errors, self.shown
        for i, (line, row) in enumerate(zip(self.lines, made, strict=False)):
            if i in errors:
                yield line, None, shown[i], errors[i]
            else:
                yield line, row, "", ""


def _transpose(table: Table, width: int) -> tuple[list[tuple[Any, ...]], bool]:
    """The table's first ``width`` columns (all of them when every row is that wide), and
    whether a short row's missing cells had to be filled in with None."""
    every = [cells for _line, cells in table.rows]
    if not every:
        return [], False
    if min(map(len, every)) >= width:
        return list(zip(*every, strict=False)), False
    return list(itertools.zip_longest(*(cells[:width] for cells in every))), True


def _column_rows(
    table: Table,
    raw_columns: list[tuple[Any, ...]],
    padded: bool,
    specs: list[tuple[int, str, bool, int]],
    levels: Mapping[str, int],
    orders: Mapping[str, bool],
    today: dt.date,
    memo: dict[str, dict[Any, Any]],
) -> _Columns:
    """Column by column, for a CSV table (every cell text, or None past a short row's end:
    ``padded`` says whether any row was short)."""
    lines = [line for line, _cells in table.rows]
    count = len(lines)
    # the first problem of each row: (column position, reason); checks after the cell
    # cleaning use positions past the last column, in _plan_row's order
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
            joined = "".join(column)
            if (
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
        clean[name] = _by_value(
            column,
            functools.partial(_raw_value, name) if raw_field
            else functools.partial(_text_cell, name, limit=limit),
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

    def by_value(name: str, compute: Any, *args: Any, keep: Any = bool) -> list[Any] | None:
        """``_by_value`` of a cleaned column (None when the file has no such column)."""
        column = clean.get(name)
        if column is None:
            return None
        return _by_value(column, lambda value: compute(value, *args), fail, keep=keep)

    employment = by_value("employment", _employment, keep=bool)
    phone_keys = _phone_keys(clean.get("phone"))
    if phone_keys is None:
        phone_keys = by_value("phone", _phone_check, keep=bool)
    if not _all_emails(clean.get("email")):
        by_value("email", _email_check, keep=bool)
    level = by_value("assessment", _level, levels, keep=None)
    dates = [
        by_value(name, _date, name, orders, today, False, keep=_not_none)
        for name in _DATE_FIELDS
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
                card_on[i], undated[i] = _card(card, memo, orders, today, False)
            except _RowError as error:
                fail(i, str(error))
    role = by_value("committee", _committee, keep=bool)

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
        shown[i] = _display_name({
            name: clean[name][i] for name in ("first_name", "last_name", "full_name")
            if name in clean and position[name] < pos
        })
    return _Columns(lines, fields, {i: reason for i, (_pos, reason) in errors.items()}, shown)


def _phone_keys(column: list[str] | None) -> list[str | None] | None:
    """Each phone's matching key when every phone in the column is a good one (checked for
    the whole column at once); None when the column is missing or holds a bad one."""
    if column is None:
        return None
    digits = list(map(str.translate, column, itertools.repeat(_PHONE_PUNCTUATION)))
    given = digits if all(column) else [d for d, phone in zip(digits, column, strict=True)
                                        if phone]
    joined = "".join(given)
    shortest = min(map(len, given), default=0)
    if given and not (joined.isdigit() and joined.isascii() and shortest >= 5):
        return None
    if shortest >= 9 and len(given) == len(digits):
        return [d[-9:] for d in digits]  # every row has a phone of nine digits or more
    return [d[-9:] if len(d) >= 7 else None for d in digits]


# _EMAIL for every line of a column at once ([^@\s] never crosses a line break); atomic and
# possessive, so a bad line fails at once instead of retrying the dots of every line before it
_EMAILS = re.compile(r"(?:(?>[^@\s]+@[^@\s]+\.[^@\s]+)\n)*+")


def _all_emails(column: list[str] | None) -> bool:
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
            first, last = _name_pair(first, last, full)
        except _RowError as error:
            fail(i, str(error))
            first = last = ""  # a rejected row: its names are never used
        firsts.append(first)
        lasts.append(last)
    return firsts, lasts


def _name_pair(first: str, last: str, full: str | None) -> tuple[str, str]:
    """A row's first and last name: a full name split when neither is given, a lone last name
    taken as the first; _RowError for a row with no name or a full name too long to split."""
    if not first and not last and full:
        first, last = _split_full_name(full)
        if len(first) > 200 or len(last) > 200:
            raise _RowError("Full name: too long; use at most 200 characters per name.")
    if not first:
        if not last:
            raise _RowError("No name: the row has no first, last or full name; add one.")
        first, last = last, ""
    return first, last


def _by_value(
    column: Sequence[Any], compute: Any, failed: Any, *, keep: Any = None, empty: Any = None
) -> list[Any]:
    """``compute(value)`` once per distinct value of a column (None for a value ``keep``
    refuses), in the column's order; each row whose value fails is reported with
    ``failed(row, reason)`` and holds ``empty``."""
    out: dict[Any, Any] = {}
    for value in set(column):
        if keep is not None and not keep(value):
            out[value] = None
            continue
        try:
            out[value] = compute(value)
        except _RowError as error:
            out[value] = _Failed(str(error))
    results = [out[value] for value in column]
    if any(v.__class__ is _Failed for v in out.values()):
        for i, result in enumerate(results):
            if result.__class__ is _Failed:
                failed(i, result.reason)
                results[i] = empty
    return results


def _not_none(value: Any) -> bool:
    return value is not None


def _phone_check(phone: str) -> str | None:
    """The phone's matching key (its last nine digits when it has seven or more); _RowError
    when it is not a phone number. No regex (it was a tenth of the dry run): deleting the
    allowed punctuation must leave ASCII digits only, and at least five of them."""
    digits = phone.translate(_PHONE_PUNCTUATION)
    if len(digits) < 5 or not (digits.isdigit() and digits.isascii()):
        raise _RowError("Phone: not a phone number (digits, spaces, + ( ) - only).")
    return digits[-9:] if len(digits) >= 7 else None


def _email_check(email: str) -> bool:
    if not _EMAIL.match(email):
        raise _RowError("Email: not an email address (it needs one @ and a domain).")
    return True


def _card(
    card: Any, memo: dict[str, dict[Any, Any]], orders: Mapping[str, bool], today: dt.date,
    from_sheet: bool,
) -> tuple[dt.date | None, bool]:
    """What a "card signed" cell says when the row gives no card date: (the date, whether it is
    today's for a yes without one). _RowError when it is neither a yes/no word nor a date."""
    said = _cached(memo["card_word"], card, _card_word)
    if said is True:
        return today, True
    if said is None:
        return _cached(
            memo["card_signed"], card, _date, "card_signed", orders, today, from_sheet
        ), False
    return None, False


def _employment(raw: str) -> Employment:
    employment = _EMPLOYMENT.get(normalise(raw))
    if employment is None:
        raise _RowError("FT/PT: use FT or PT (full time or part time).")
    return employment


def _level(raw: Any, levels: Mapping[str, int]) -> int | None:
    try:
        return parse_level(raw, levels)
    except ValueError:
        raise _RowError(
            "Assessment: not a level; use a number 0-5 or a label such as Supporter."
        ) from None


def _card_word(card: Any) -> bool | None:
    """True for a yes word, False for a no word, None when the cell should be a date."""
    word = normalise(card) if isinstance(card, str) else card
    if isinstance(word, str) and word in _YES or word is True or word == 1:
        return True
    if isinstance(word, str) and word in _NO or word is False or word == 0:
        return False
    return None


def _committee(raw: str) -> CommitteeRole | None:
    word = normalise(raw)
    role = _COMMITTEE.get(word)
    if role is None and word not in _NO_COMMITTEE:
        raise _RowError("Committee role: use C (member), CH (helper) or leave it empty.")
    return role


def normalise(text: str) -> str:
    """Lower-case with punctuation and extra spaces removed, for matching words like "Full-time"."""
    return " ".join(re.sub(r"[^\w+?✓✔]+", " ", str(text).casefold()).split())


def _date(
    raw: Any,
    name: str,
    orders: Mapping[str, bool],
    today: dt.date,
    from_sheet: bool,
) -> dt.date | None:
    if raw is None:
        return None
    label = FIELDS[name]
    try:
        value = parse_date(
            raw, day_first=orders.get(name, True), today=today, from_sheet=from_sheet
        )
    except (ValueError, OverflowError):
        raise _RowError(
            f"{label}: not a date; use a form such as 2025-03-14, 14/03/2025 or 14 Mar 2025."
        ) from None
    if value is None:
        return None
    if value > today:
        raise _RowError(f"{label}: the date is in the future; check it.")
    if value < _EARLIEST:
        raise _RowError(f"{label}: the date is before 1900; check it.")
    return value


# ------------------------------------------------------------------------------------- writing


def apply_import(
    session: Session, plan: ImportPlan, *, skip_rejected: bool = False
) -> ImportResult:
    """Write a plan in the caller's transaction (the unit of work commits or rolls back it all).

    Refuses a plan with rejected rows unless ``skip_rejected``, and a plan made before the
    vault's people or areas of this workplace changed (Conflict: run the dry run again).
    """
    with gc_paused():
        return _apply_import(session, plan, skip_rejected=skip_rejected)


def _apply_import(
    session: Session, plan: ImportPlan, *, skip_rejected: bool = False
) -> ImportResult:
    if not isinstance(plan, ImportPlan):
        raise InvalidInput("Run the dry run first and import its plan.")
    if plan.rejected and not skip_rejected:
        raise InvalidInput(
            f"{plan.rejected} row(s) were rejected; fix them, or choose to skip the bad rows."
        )
    if _state(session, plan.workplace_id) != plan._state:
        raise Conflict("The vault changed since the dry run; run the dry run again.")
    session.flush()
    conn = session.connection()
    today = plan.today
    # Row-by-row triggers made bulk writes crawl (measured here: 10k rows took 65 s): the FTS
    # triggers re-index a contact on every UPDATE, including the ones the history triggers make
    # for each assessment and contact date. For the import they are dropped and re-created from
    # their stored SQL in the same transaction (a failure rolls the DDL back too); the search
    # index and the derived columns are then brought up to date with set-based statements.
    triggers = conn.execute(
        sa.text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN :names")
        .bindparams(sa.bindparam("names", expanding=True)),
        {"names": [*_BULK_TRIGGERS, *_GROWTH_TRIGGERS]},
    ).all()
    growth = any(name in _GROWTH_TRIGGERS for name, _sql in triggers)
    max_assessment = conn.execute(sa.text("SELECT coalesce(max(id), 0) FROM assessments")).scalar()
    max_membership = conn.execute(
        sa.text("SELECT coalesce(max(id), 0) FROM committee_memberships")
    ).scalar()
    max_conversation = conn.execute(
        sa.text("SELECT coalesce(max(id), 0) FROM conversations")
    ).scalar()
    updated_ids = [ident for ident, _changes in plan._updates]
    for start in range(0, len(updated_ids), 500):
        chunk = updated_ids[start : start + 500]
        conn.execute(
            sa.text(
                f"INSERT INTO contacts_fts(contacts_fts, rowid, {_FTS_COLUMNS}) "
                f"SELECT 'delete', id, {_FTS_COLUMNS} FROM contacts WHERE id IN :ids"
            ).bindparams(sa.bindparam("ids", expanding=True)),
            {"ids": chunk},
        )
    for name, _sql in triggers:
        conn.execute(sa.text(f'DROP TRIGGER "{name}"'))

    area_ids: dict[str, int] = {}
    if plan.areas_to_create:
        position = conn.execute(
            sa.select(sa.func.coalesce(sa.func.max(Area.position) + 1, 0)).where(
                Area.workplace_id == plan.workplace_id, Area.parent_id.is_(None)
            )
        ).scalar_one()
        for offset, name in enumerate(plan.areas_to_create):
            new_id = conn.execute(
                sa.insert(Area.__table__).values(
                    workplace_id=plan.workplace_id, parent_id=None, name=name, kind="area",
                    position=position + offset, hazards="", notes="",
                ).returning(Area.__table__.c.id)
            ).scalar_one()
            area_ids[_fold(name)] = new_id

    def area_id(ref: int | str) -> int:
        return ref if isinstance(ref, int) else area_ids[_fold(ref)]

    top = conn.execute(sa.select(sa.func.coalesce(sa.func.max(Contact.id), 0))).scalar_one()
    first_id = top + 1

    def contact_id(target: tuple[str, int]) -> int:
        kind, value = target
        return first_id + value if kind == "new" else value

    # Prepared tuples straight to the driver's executemany: SQLAlchemy's per-row parameter
    # processing was half the write (P8). Values are stored as SQLAlchemy would store them:
    # dates as ISO text, enums by value, booleans as 0/1.
    assessments = sorted(plan._assessments, key=lambda a: a[2])
    conversations = sorted(plan._conversations, key=lambda c: c[1])
    # A new person's derived columns (revision 0002's rule: the latest by date, then by id) come
    # from the rows above, so they go in with the insert instead of an UPDATE of every new row.
    count = len(plan._new)
    added_on = today.isoformat()
    iso = _IsoDays()
    levels = [0] * count
    assessed: list[str | None] = [None] * count
    assessed_existing = False  # whether any row of history is for someone already in the vault
    for (kind, value), level, on in assessments:
        if kind == "new":
            levels[value], assessed[value] = level, iso[on]
        else:
            assessed_existing = True
    contacted: list[str | None] = [None] * count
    by_ids: list[int | None] = [None] * count
    # "contacted by" a person inserted after this one: set once both rows exist
    after: dict[int, int] = {}
    contacted_existing = False
    for (kind, value), on, by in conversations:
        if kind != "new":
            contacted_existing = True
        else:
            # sorted by date: the last one met is the latest (revision 0002's rule)
            contacted[value] = iso[on]
            by_id = None if by is None else contact_id(by)
            after.pop(value, None)
            if by_id is not None and by_id > first_id + value:
                after[value] = by_id
                by_id = None
            by_ids[value] = by_id
    later = [(by_id, first_id + value) for value, by_id in after.items()]
    # A chart repeats a few hundred days and areas: each is converted once, then looked up
    # (isoformat and the area fold were a fifth of the write's Python time at 100k rows), and
    # the rows are put together column by column.
    fields = list(zip(*plan._new, strict=True)) or [()] * len(_NewContact._fields)
    (areas_of, firsts, lasts, shifts, jobs, employments, numbers, phones, emails, languages,
     cards, notes) = fields
    area_of = {ref: area_id(ref) for ref in set(areas_of)}
    value_of = {None: None, **{e: e.value for e in Employment}}
    area_ids = list(map(area_of.__getitem__, areas_of))
    insert_contacts, contacts = _contact_rows(
        [range(first_id, first_id + count), area_ids, firsts, lasts, shifts, jobs,
         list(map(value_of.__getitem__, employments)), numbers, phones, emails, languages,
         list(map(iso.__getitem__, cards)), notes, levels, assessed, contacted, by_ids],
        workplace_id=int(plan.workplace_id), added_on=added_on,
    )
    # Secondary indexes made inserts cost 14-20 us a row (measured at 100k contacts). When the
    # file at least doubles a table, building each index once from sorted keys is cheaper
    # (1.77 -> 1.37 s CPU for contacts at 100k); the DDL is part of the transaction, and each
    # index comes back from its own stored SQL before any statement below reads through it.
    rebuild: list[str] = []
    for table_name, adding in zip(
        _REBUILT_TABLES, (len(contacts), len(assessments), len(conversations)), strict=True
    ):
        rebuild += _drop_indexes(conn, table_name, adding)
    if contacts:
        # the workplace and the day added are the same for every row: literals, not bound
        # 100k times (both are checked values: an int and an ISO date)
        conn.exec_driver_sql(insert_contacts, contacts)
    if later:
        conn.exec_driver_sql("UPDATE contacts SET last_contact_by_id = ? WHERE id = ?", later)

    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for ident, changes in plan._updates:
        params = dict(changes)
        if "_area" in params:
            params["area_id"] = area_id(params.pop("_area"))
        params["_id"] = ident
        groups.setdefault(tuple(sorted(params)), []).append(params)
    table = Contact.__table__
    for keys, params_list in groups.items():
        stmt = (
            sa.update(table)
            .where(table.c.id == sa.bindparam("_id"))
            .values({k: sa.bindparam(k) for k in keys if k != "_id"})
        )
        conn.execute(stmt, params_list)

    if assessments:
        conn.exec_driver_sql(
            "INSERT INTO assessments (contact_id, level, assessed_on, assessed_by_id, "
            "conversation_id, evidence) VALUES (?, ?, ?, NULL, NULL, ?)",
            [(first_id + value if kind == "new" else value, level, iso[on], IMPORT_EVIDENCE)
             for (kind, value), level, on in assessments],
        )
    if conversations:
        conn.exec_driver_sql(
            "INSERT INTO conversations (contact_id, held_on, by_id, agitate, educate, inoculate, "
            "ask, answer, unite, plan, follow_up_on, follow_up_done, sensitive) "
            "VALUES (?, ?, ?, '', '', '', '', '', '', '', NULL, 0, 0)",
            [(first_id + value if kind == "new" else value, iso[on],
              contact_id(by) if by is not None else None)
             for (kind, value), on, by in conversations],
        )
    if plan._memberships:
        committee_id = plan._committee_id
        if committee_id is None:
            committee_id = conn.execute(
                sa.insert(Committee.__table__)
                .values(workplace_id=plan.workplace_id, name=DEFAULT_COMMITTEE)
                .returning(Committee.__table__.c.id)
            ).scalar_one()
        conn.exec_driver_sql(
            "INSERT INTO committee_memberships (committee_id, contact_id, role, joined_on, "
            "left_on) VALUES (?, ?, ?, ?, NULL)",
            [(committee_id, contact_id(t), role.value, added_on)
             for t, role in plan._memberships],
        )
    for sql in rebuild:
        conn.exec_driver_sql(sql)
    if contacts:
        conn.execute(
            sa.text(
                f"INSERT INTO contacts_fts(rowid, {_FTS_COLUMNS}) "
                f"SELECT id, {_FTS_COLUMNS} FROM contacts WHERE id BETWEEN :a AND :b"
            ),
            {"a": first_id, "b": first_id + len(contacts) - 1},
        )
    for start in range(0, len(updated_ids), 500):
        chunk = updated_ids[start : start + 500]
        conn.execute(
            sa.text(
                f"INSERT INTO contacts_fts(rowid, {_FTS_COLUMNS}) "
                f"SELECT id, {_FTS_COLUMNS} FROM contacts WHERE id IN :ids"
            ).bindparams(sa.bindparam("ids", expanding=True)),
            {"ids": chunk},
        )
    conn.execute(
        sa.text(
            f"INSERT INTO conversations_fts(rowid, {_CONVERSATION_FTS_COLUMNS}) "
            f"SELECT id, {_CONVERSATION_FTS_COLUMNS} FROM conversations WHERE id > :m"
        ),
        {"m": max_conversation},
    )
    # people already in the vault: the same rule as the history triggers of revision 0002 (a
    # first import has none, and each statement would still walk every new history row)
    joined_existing = any(kind == "id" for (kind, _v), _r in plan._memberships)
    if assessed_existing:
        conn.execute(
            sa.text(
                "UPDATE contacts SET "
                "current_level = coalesce((SELECT a.level FROM assessments a "
                "  WHERE a.contact_id = contacts.id ORDER BY a.assessed_on DESC, a.id DESC "
                "  LIMIT 1), 0),"
                "current_assessed_on = (SELECT max(a.assessed_on) FROM assessments a "
                "  WHERE a.contact_id = contacts.id) "
                "WHERE id < :first AND id IN (SELECT contact_id FROM assessments WHERE id > :m)"
            ),
            {"m": max_assessment, "first": first_id},
        )
    if contacted_existing:
        conn.execute(
            sa.text(
                "UPDATE contacts SET "
                "last_contact_on = (SELECT v.held_on FROM conversations v "
                "  WHERE v.contact_id = contacts.id ORDER BY v.held_on DESC, v.id DESC LIMIT 1), "
                "last_contact_by_id = (SELECT v.by_id FROM conversations v "
                "  WHERE v.contact_id = contacts.id ORDER BY v.held_on DESC, v.id DESC LIMIT 1) "
                "WHERE id < :first AND id IN (SELECT contact_id FROM conversations WHERE id > :m)"
            ),
            {"m": max_conversation, "first": first_id},
        )
    if growth:
        if assessed_existing or contacted_existing or joined_existing:
            conn.execute(sa.text(_GROWTH_MARK), {
                "first": first_id, "assessment": max_assessment,
                "conversation": max_conversation, "membership": max_membership,
            })
        if contacts:
            conn.exec_driver_sql(_GROWTH_MARK_NEW, _new_marks(area_ids, assessments,
                                                               conversations, today))
    for _name, sql in triggers:
        conn.execute(sa.text(sql))
    # the ORM identity map may hold contacts whose columns the bulk statements just changed
    session.expire_all()
    return ImportResult(
        added=len(plan._new),
        updated=plan.updated,
        unchanged=plan.unchanged,
        skipped=plan.rejected,
        areas_created=len(plan.areas_to_create),
        assessments_added=len(plan._assessments),
        conversations_added=len(plan._conversations),
        memberships_added=len(plan._memberships),
    )
