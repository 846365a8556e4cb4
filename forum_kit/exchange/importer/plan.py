"""Import stage 5: the dry run, ``plan_import``.

Reads the file (unless given a ``Table``), checks the mapping, decides each date column's
day/month order, validates every row (column by column for a CSV table, cell by cell for a
sheet), then plans each valid row: the same person as an earlier row of the file is refused, a
person the vault already has is updated (only fields the file gives and that differ; history
rows it lacks are appended; never written over), anyone else is added. A first import into an
empty workplace whose rows are all different people is planned column by column
(``first_import.py``). "Contacted by" names resolve at the end, to people in the vault or the
file when one person has that name. Nothing is written: the plan holds the tuples
``apply_import`` inserts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from forum_kit.collector import gc_paused
from forum_kit.errors import InvalidInput
from forum_kit.exchange.importer.cells import MAX_CELL, MAX_LEN, RAW_FIELDS, TEXT_FIELDS, fold
from forum_kit.exchange.importer.columns import Columns, column_rows, date_orders, transpose
from forum_kit.exchange.importer.first_import import plan_all_new
from forum_kit.exchange.importer.matching import (
    Existing,
    area_ids,
    committee_roles,
    different_workers,
    load_existing,
    match,
    scale_labels,
    state,
)
from forum_kit.exchange.importer.outcome import (
    ADD,
    DEFAULT_COMMITTEE,
    REJECT,
    UNASSIGNED_AREA,
    UNCHANGED,
    UPDATE,
    ImportPlan,
    NewContact,
    PlannedRow,
    Target,
)
from forum_kit.exchange.importer.rows import Prepared, Row, careful_rows, memo_for
from forum_kit.exchange.mapping import check_mapping, field_label
from forum_kit.exchange.sniff import Table, read_table
from forum_kit.i18n import _
from forum_kit.models import Workplace
from forum_kit.models.enums import CommitteeRole


@gc_paused()
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
    _check_arguments(session, workplace_id, today)
    table = source if isinstance(source, Table) else read_table(source)
    mapping = check_mapping(mapping, max(len(table.headers), 1 + max(mapping, default=-1)))
    fields = set(mapping.values())
    if not fields & {"first_name", "last_name", "full_name"}:
        raise InvalidInput(
            _("Map at least one name column (first name, last name or full name) before importing.")
        )
    columns = sorted(mapping.items())
    notes: list[str] = []
    levels = scale_labels(session)
    raw_columns, padded = transpose(table, 1 + max(index for index, _name in columns))
    orders = date_orders(raw_columns, columns, day_first, notes)

    existing = load_existing(session, workplace_id)
    committee_id, active = committee_roles(session, workplace_id, existing)
    planner = _Planner(existing, area_ids(session, workplace_id), active, fields, today)
    if "area" not in fields:
        notes.append(_("No area column: everyone goes to the area "
                       "'{UNASSIGNED_AREA}'.").format(UNASSIGNED_AREA=UNASSIGNED_AREA))

    specs = [
        (index, name, name in RAW_FIELDS, MAX_LEN.get(name, MAX_CELL)) for index, name in columns
    ]
    memo = memo_for()
    by_column = (
        column_rows(table, raw_columns, padded, specs, levels, orders, today, memo)
        if table.kind == "csv" else None
    )
    prepared: Iterable[Prepared] = (
        by_column.prepared() if by_column is not None
        else careful_rows(table, specs, levels, orders, today, table.kind == "xlsx", memo)
    )
    if not existing.rows:
        # a workplace with no one in it yet (a first import): when no two rows of the file
        # name the same person either, every valid row is a new person, planned column-wise
        if by_column is None:
            prepared = list(prepared)
            by_column = Columns.of(prepared)
        all_new = plan_all_new(by_column, planner.areas, today)
        if all_new is not None:
            planner.take_all_new(all_new)
            prepared = ()
    for line, row, display, reason in prepared:
        if row is None:
            planner.rows.append(PlannedRow(line, REJECT, display, "", (reason,)))
        else:
            planner.plan_row(line, row)

    conversations = planner.contact_makers(notes)
    if planner.undated_cards:
        notes.append(
            _("{undated_cards} row(s) say a card was signed but give no date; today's "
            "date is recorded for them.").format(undated_cards=planner.undated_cards)
        )
    if planner.memberships and committee_id is None:
        notes.append(_("Committee roles go to a new committee "
                       "'{DEFAULT_COMMITTEE}'.").format(DEFAULT_COMMITTEE=DEFAULT_COMMITTEE))
    return ImportPlan(
        workplace_id=workplace_id,
        rows=tuple(planner.rows),
        areas_to_create=planner.areas_to_create(),
        notes=tuple(notes),
        today=today,
        _state=state(session, workplace_id),
        _new=tuple(planner.new),
        _updates=tuple(planner.updates),
        _assessments=tuple(planner.assessments),
        _conversations=tuple(conversations),
        _memberships=tuple(planner.memberships),
        _committee_id=committee_id,
    )


def _check_arguments(session: Session, workplace_id: int, today: dt.date) -> None:
    if isinstance(today, dt.datetime) or not isinstance(today, dt.date):
        raise InvalidInput(_("Today must be a date."))
    if isinstance(workplace_id, bool) or not isinstance(workplace_id, int):
        raise InvalidInput(_("Workplace id must be a whole number."))
    if session.get(Workplace, workplace_id) is None:
        raise InvalidInput(_("The workplace to import into does not exist; choose another."))


class _Planner:
    """The row loop: what the plan holds so far, and the rows of the file already seen (to
    tell a repeat of an earlier row from a new person)."""

    def __init__(
        self,
        existing: Existing,
        areas: dict[str, int | str],
        active: set[tuple[int, CommitteeRole]],
        fields: set[str],
        today: dt.date,
    ) -> None:
        self.existing = existing
        self.areas = areas
        self.new_areas: dict[str, str] = {}
        self.active = active
        self.fields = fields
        self.today = today
        self.rows: list[PlannedRow] = []
        self.new: list[NewContact] = []
        self.updates: list[tuple[int, dict[str, Any]]] = []
        self.assessments: list[tuple[Target, int, dt.date]] = []
        self.conversations: list[tuple[Target, dt.date, Any]] = []
        self.memberships: list[tuple[Target, CommitteeRole]] = []
        self.undated_cards = 0
        # the rows of the file seen so far, by each key that can tell it is the same person
        self.file_number: dict[str, int] = {}
        self.file_phone: dict[str, int] = {}
        self.file_email: dict[str, int] = {}
        self.file_name: dict[tuple[Any, str, str], int] = {}
        self.number_of_line: dict[int, str] = {}  # the employee number each planned line carries
        self.file_full: dict[str, int | None] = {}  # full name -> new person (None: shared)
        self.claimed: dict[int, int] = {}  # person in the vault -> the line that updates them

    def take_all_new(self, all_new: Any) -> None:
        """Adopt the column-wise plan of a first import (``first_import.plan_all_new``)."""
        self.rows = all_new.rows
        self.new = all_new.new
        self.assessments = all_new.assessments
        self.conversations = all_new.conversations
        self.memberships = all_new.memberships
        self.file_full = all_new.file_full
        self.new_areas.update(all_new.new_areas)
        self.undated_cards = all_new.undated_cards

    def area_ref(self, area_name: str) -> int | str:
        """The area id of a name, or the name itself for an area the plan creates."""
        area_key = area_name.casefold()  # cleaned cells are NFC already: this is fold()
        found = self.areas.get(area_key)
        if found is None:
            found = self.new_areas.setdefault(area_key, area_name)
        return found

    def plan_row(self, line: int, row: Row) -> None:
        """Plan one valid row: refused as a repeat, an update of someone in the vault, or new."""
        area_name = row.area or UNASSIGNED_AREA
        area_ref = self.area_ref(area_name)
        if row.undated_card:
            self.undated_cards += 1
        first, last = row.first_name.casefold(), row.last_name.casefold()
        number = row.employee_number.casefold() if row.employee_number else None
        phone = row.phone_key
        email = row.email.casefold() if row.email else None
        name_key = (area_ref, first, last)
        display = f"{row.first_name} {row.last_name}".strip()

        earlier, how = self._earlier_row(number, phone, email, name_key)
        if earlier is not None:
            self.rows.append(PlannedRow(
                line, REJECT, display, area_name,
                (_("Same person as line {earlier} (matched by {how}); keep one of the two "
                   "rows.").format(earlier=earlier, how=how),),
            ))
            return

        # an empty workplace (a first import) has no one to match
        existing = self.existing
        match_id, how = (
            match(existing, number, phone, email, name_key) if existing.rows else (None, "")
        )
        if match_id is not None and match_id in self.claimed:
            self.rows.append(PlannedRow(
                line, REJECT, display, area_name,
                (_("Line {claimed} already updates this person (matched by {how}); keep one of "
                   "the two rows.").format(claimed=self.claimed[match_id], how=how),),
            ))
            return

        if number is not None:
            self.file_number[number] = line
            self.number_of_line[line] = number
        if phone is not None:
            self.file_phone[phone] = line
        if email is not None:
            self.file_email[email] = line
        self.file_name[name_key] = line
        if match_id is None:
            self._add(line, row, area_ref, display, area_name, f"{first} {last}".strip())
        else:
            self.claimed[match_id] = line
            self._update(line, row, match_id, how, area_ref, display, area_name)

    def _earlier_row(
        self, number: str | None, phone: str | None, email: str | None,
        name_key: tuple[Any, str, str],
    ) -> tuple[int | None, str]:
        """An earlier row of this file describing the same person, and how it matched. As
        against the vault (``matching.match``), a shared family phone or email, or two people
        of one name, are not the same worker when both rows carry different employee numbers."""
        if number is not None and number in self.file_number:
            return self.file_number[number], _("employee number")
        for index, key, what in ((self.file_phone, phone, "phone"),
                                 (self.file_email, email, "email"),
                                 (self.file_name, name_key, _("name in the same area"))):
            found = None if key is None else index.get(key)
            if found is None:
                continue
            if different_workers(number, self.number_of_line.get(found)):
                continue
            return found, what
        return None, ""

    def _add(
        self, line: int, row: Row, area_ref: int | str, display: str, area_name: str,
        full_key: str,
    ) -> None:
        index_new = len(self.new)
        target: Target = ("new", index_new)
        self.new.append(NewContact(
            area_ref, row.first_name, row.last_name, row.shift, row.job_title,
            row.employment, row.employee_number, row.phone, row.email, row.language,
            row.card_signed_on, row.notes,
        ))
        self.file_full[full_key] = None if full_key in self.file_full else index_new
        if row.level is not None and row.level != 0:
            self.assessments.append((target, row.level, row.assessed_on or self.today))
        if row.last_contact_on is not None:
            self.conversations.append((target, row.last_contact_on, row.contact_by))
        if row.role is not None:
            self.memberships.append((target, row.role))
        self.rows.append(PlannedRow(line, ADD, display, area_name))

    def _update(
        self, line: int, row: Row, match_id: int, how: str, area_ref: int | str, display: str,
        area_name: str,
    ) -> None:
        """Plan the changes a row brings to a person already in the vault: fields the file
        gives that differ (an employee number or card date only where none is stored, notes
        appended), and history rows the vault lacks."""
        existing = self.existing
        current = existing.rows[match_id]
        target: Target = ("id", match_id)
        changes: dict[str, Any] = {}
        labels: list[str] = []
        if isinstance(area_ref, int) and area_ref != current.area_id and "area" in self.fields:
            changes["area_id"] = area_ref
        elif isinstance(area_ref, str) and "area" in self.fields:
            changes["_area"] = area_ref
        if changes:
            labels.append(field_label("area"))
        for name in ("first_name", "last_name", "phone", "email", *TEXT_FIELDS):
            value = getattr(row, name)
            if value and value != (getattr(current, name) or ""):
                changes[name] = value
                labels.append(field_label(name))
        if row.employment is not None and row.employment != current.employment:
            changes["employment"] = row.employment
            labels.append(field_label("employment"))
        if row.employee_number and not current.employee_number:
            changes["employee_number"] = row.employee_number
            labels.append(field_label("employee_number"))
        if row.card_signed_on is not None and current.card_signed_on is None:
            changes["card_signed_on"] = row.card_signed_on
            labels.append(field_label("card_signed"))
        if row.notes and row.notes not in (current.notes or ""):
            changes["notes"] = (
                f"{current.notes}\n\n{row.notes}" if current.notes else row.notes
            )
            labels.append(field_label("notes"))
        level = row.level
        assessed_on = row.assessed_on or self.today
        # an undated rating equal to the person's current one is what the vault already says
        # (the same chart imported again a week later), not a new assessment dated today
        repeated = row.assessed_on is None and level == current.current_level
        if level and not repeated and (match_id, level, assessed_on) not in existing.assessments:
            self.assessments.append((target, level, assessed_on))
            labels.append(_("assessment history"))
        contact_on = row.last_contact_on
        if contact_on is not None and (match_id, contact_on) not in existing.conversations:
            self.conversations.append((target, contact_on, row.contact_by))
            labels.append(_("contact history"))
        if row.role is not None and (match_id, row.role) not in self.active:
            self.memberships.append((target, row.role))
            labels.append(_("committee role"))
        if changes:
            self.updates.append((match_id, changes))
        action = UPDATE if labels else UNCHANGED
        self.rows.append(PlannedRow(
            line, action, display, area_name, (_("Matched an existing person by "
                                                 "{how}.").format(how=how),),
            tuple(labels),
        ))

    def contact_makers(self, notes: list[str]) -> list[tuple[Target, dt.date, Any]]:
        """The contact dates with "contacted by" names resolved to people in the vault or in
        this file, when unambiguous; a note counts the names that were not."""
        by_full_name = self.existing.by_full_name
        resolved: list[tuple[Target, dt.date, Any]] = []
        unresolved = 0
        for target, on, by_name in self.conversations:
            by: Any = None
            if by_name:
                key = fold(" ".join(by_name.split()))
                if key in by_full_name and by_full_name[key] is not None:
                    by = ("id", by_full_name[key])
                elif key in self.file_full and self.file_full[key] is not None:
                    by = ("new", self.file_full[key])
                else:
                    unresolved += 1
            resolved.append((target, on, by))
        if unresolved:
            notes.append(
                _("{unresolved} contact date(s) name a contact maker who is not (or not "
                  "uniquely) in the vault or the file; those dates are kept without who made the "
                  "contact.").format(unresolved=unresolved)
            )
        return resolved

    def areas_to_create(self) -> tuple[str, ...]:
        """The new areas some added or updated person is in, in the order first met."""
        used = {fold(a) for a in {r.area for r in self.new} if isinstance(a, str)}
        used |= {fold(c["_area"]) for _i, c in self.updates if "_area" in c}
        return tuple(n for k, n in self.new_areas.items() if k in used)
