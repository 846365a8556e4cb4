"""Import stage 5: the dry run, ``plan_import``.

Reads the file (unless given a ``Table``), checks the mapping, decides each date column's
day/month order, validates every row (column by column, each distinct value once; the row by
row path of ``rows.py`` is the reference the tests compare it with), then plans each valid row:
the same person as an earlier row of the file is refused, a person the vault already has is
updated (only fields the file gives and that differ; history rows it lacks are appended; never
written over), anyone else is added. A first import into an empty workplace whose rows are all
different people is planned column by column (``first_import.py``). "Contacted by" names
resolve at the end, to people in the vault or the file when one person has that name. Nothing
is written: the plan holds the tuples ``apply_import`` inserts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy.orm import Session

from forum_kit.collector import gc_paused
from forum_kit.errors import InvalidInput
from forum_kit.exchange.area_paths import AMBIGUOUS, AreaIndex, path_key
from forum_kit.exchange.importer.cells import MAX_CELL, MAX_LEN, RAW_FIELDS, TEXT_FIELDS, fold
from forum_kit.exchange.importer.columns import Columns, column_rows, date_orders, transpose
from forum_kit.exchange.importer.first_import import plan_all_new
from forum_kit.exchange.importer.matching import (
    Existing,
    committee_roles,
    different_workers,
    level_names,
    load_existing,
    match,
    scale_labels,
    state,
)
from forum_kit.exchange.importer.outcome import (
    ADD,
    CONFLICT,
    DEFAULT_COMMITTEE,
    MERGED,
    REJECT,
    UNASSIGNED_AREA,
    UNCHANGED,
    UPDATE,
    AddedRows,
    ImportPlan,
    NewContact,
    NewPeople,
    PlannedRow,
    Target,
)
from forum_kit.exchange.importer.rows import Prepared, Row, careful_rows, memo_for
from forum_kit.exchange.importer.same_person import (
    ALL,
    EARLIER,
    LATER,
    SEPARATE,
    Merged,
    check_choices,
    completed,
    merge,
)
from forum_kit.exchange.mapping import check_mapping, field_label
from forum_kit.exchange.sniff import Table, read_table
from forum_kit.i18n import _, ngettext
from forum_kit.models import Workplace
from forum_kit.models.enums import CommitteeRole

# Rows are validated column by column (columns.py); tests turn this off to compare the result
# with the careful row-by-row path (rows.py), the reference.
COLUMN_WISE = True


@gc_paused()
def plan_import(
    session: Session,
    source: Table | str | bytes | Any,
    *,
    workplace_id: int,
    mapping: Mapping[int, str],
    today: dt.date,
    day_first: bool = True,
    choices: Mapping[Any, str] | None = None,
) -> ImportPlan:
    """The dry run of importing ``source`` (a ``Table``, a path or bytes) into a workplace.

    Nothing is written. Raises InvalidInput for a file that cannot be read or a mapping with no
    name column; every other problem is a rejected row with its line number and reason. Rows
    of the same person are merged; where they differ, ``choices`` (line, or ``"all"``, ->
    ``"earlier"``, ``"later"`` or ``"separate"``) settles it, else the row is a conflict.
    """
    _check_arguments(session, workplace_id, today)
    choices = check_choices(choices)
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
    notes.extend(formula_notes(table, mapping))

    existing = load_existing(session, workplace_id)
    committee_id, active = committee_roles(session, workplace_id, existing)
    planner = _Planner(existing, AreaIndex.load(session, workplace_id), active, fields, today,
                       level_names(session))
    if "area" not in fields:
        notes.append(_("No area column: everyone goes to the area "
                       "'{UNASSIGNED_AREA}'.").format(UNASSIGNED_AREA=UNASSIGNED_AREA))

    specs = [
        (index, name, name in RAW_FIELDS, MAX_LEN.get(name, MAX_CELL)) for index, name in columns
    ]
    memo = memo_for()
    by_column = (
        column_rows(table, raw_columns, padded, specs, levels, orders, today, memo)
        if COLUMN_WISE else None
    )
    prepared: Iterable[Prepared] = (
        by_column.prepared() if by_column is not None
        else careful_rows(table, specs, levels, orders, today, table.kind != "csv", memo)
    )
    if not existing.rows:
        # a workplace with no one in it yet (a first import): when no two rows of the file
        # name the same person either, every valid row is a new person, planned column-wise
        if by_column is None:
            prepared = list(prepared)
            by_column = Columns.of(prepared)
        all_new = plan_all_new(by_column, planner.area_ref, today)
        if all_new is not None:
            planner.take_all_new(all_new)
            prepared = ()
    for line, row, display, reason in prepared:
        if row is None:
            planner.rows.append(PlannedRow(line, REJECT, display, "", (reason,)))
        else:
            planner.group_row(line, row, choices)
    if planner.groups:
        planner.plan_groups(choices)
        planner.rows.sort(key=_line)

    conversations = planner.contact_makers(notes)
    if planner.undated_cards:
        notes.append(
            ngettext("{undated_cards} row says a card was signed but gives no date; today's "
                     "date is recorded for it.",
                     "{undated_cards} rows say a card was signed but give no date; today's "
                     "date is recorded for them.", planner.undated_cards,
                     ).format(undated_cards=planner.undated_cards)
        )
    if planner.memberships and committee_id is None:
        notes.append(_("Committee roles go to a new committee "
                       "'{DEFAULT_COMMITTEE}'.").format(DEFAULT_COMMITTEE=DEFAULT_COMMITTEE))
    return ImportPlan(
        workplace_id=workplace_id,
        rows=planner.rows if isinstance(planner.rows, AddedRows) else tuple(planner.rows),
        areas_to_create=planner.areas_to_create(),
        notes=tuple(notes),
        today=today,
        _state=state(session, workplace_id),
        _new=planner.new_people(),
        _updates=tuple(planner.updates),
        _assessments=tuple(planner.assessments),
        _conversations=tuple(conversations),
        _memberships=tuple(planner.memberships),
        _committee_id=committee_id,
    )


def _line(row: PlannedRow) -> int:
    return row.line


def _shown(value: Any) -> str:
    """A value as the dry run shows it (old -> new)."""
    if value is None or value == "":
        return _("(none)")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(getattr(value, "value", value))


def formula_notes(table: Table, mapping: Mapping[int, str]) -> list[str]:
    """What the dry run says of formulas: the one rule, and the columns it applied to."""
    counted = {index: n for index, n in table.formulas.items() if index in mapping}
    notes = [ngettext("{field}: {n} cell holds a formula: the value it last showed is imported; "
                      "a formula with no saved value is refused, as in a CSV file.",
                      "{field}: {n} cells hold formulas: the value each last showed is "
                      "imported; a formula with no saved value is refused, as in a CSV file.",
                      n).format(field=field_label(mapping[index]), n=n)
             for index, n in sorted(counted.items())]
    if table.sheet_formulas:
        notes.append(ngettext(
            "{n} cell of the sheet holds a formula: the value it last showed is imported; a "
            "formula with no saved value is refused, as in a CSV file.",
            "{n} cells of the sheet hold formulas: the value each last showed is imported; a "
            "formula with no saved value is refused, as in a CSV file.",
            table.sheet_formulas).format(n=table.sheet_formulas))
    return notes


def _check_arguments(session: Session, workplace_id: int, today: dt.date) -> None:
    if isinstance(today, dt.datetime) or not isinstance(today, dt.date):
        raise InvalidInput(_("Today must be a date."))
    if isinstance(workplace_id, bool) or not isinstance(workplace_id, int):
        raise InvalidInput(_("Workplace id must be a whole number."))
    if session.get(Workplace, workplace_id) is None:
        raise InvalidInput(_("The workplace to import into does not exist; choose another."))


@dataclass(slots=True)
class _Group:
    """The rows of the file that are one person: the first (whose line the plan shows) and the
    later ones with how each was matched; ``separated`` lines were said to be other people."""

    line: int
    row: Row
    display: str
    match_id: int | None
    how: str
    area: str = ""  # the area as the first row wrote it (the preview shows what the file says)
    # the later rows: (line, row, name shown, how it was matched, area as written)
    members: list[tuple[int, Row, str, str, str]] = field(default_factory=list)
    separated: list[int] = field(default_factory=list)


class _Planner:
    """The row loop: what the plan holds so far, and the rows of the file already seen (to
    tell a repeat of an earlier row from a new person)."""

    def __init__(
        self,
        existing: Existing,
        areas: AreaIndex,
        active: set[tuple[int, CommitteeRole]],
        fields: set[str],
        today: dt.date,
        level_names: dict[int, str],
    ) -> None:
        self.existing = existing
        self.areas = areas
        self.area_refs: dict[str, Any] = {}  # what each area cell resolved to
        self.new_areas: dict[str, str] = {}  # path_key -> path, of the areas to create
        self.level_names = level_names
        self.active = active
        self.fields = fields
        self.today = today
        self.rows: list[PlannedRow] | AddedRows = []
        self.new: list[NewContact] = []  # the row-by-row plan's people
        self.new_columns: NewPeople | None = None  # a first import's, planned column-wise
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
        self.groups: dict[int, _Group] = {}  # the people of the file, by their first line

    def take_all_new(self, all_new: Any) -> None:
        """Adopt the column-wise plan of a first import (``first_import.plan_all_new``)."""
        self.rows = all_new.rows
        self.new_columns = all_new.new
        self.assessments = all_new.assessments
        self.conversations = all_new.conversations
        self.memberships = all_new.memberships
        self.file_full = all_new.file_full
        self.undated_cards = all_new.undated_cards

    def area_ref(self, area_name: str) -> Any:
        """The area a cell names (a path, or a name one area has): its id, the path of an area
        the plan creates, or ``AMBIGUOUS``; once per distinct cell."""
        found = self.area_refs.get(area_name)
        if found is None:
            found = self.areas.resolve(area_name)
            if isinstance(found, str):
                found = self.new_areas.setdefault(path_key(found), found)
            self.area_refs[area_name] = found
        return found

    def group_row(self, line: int, row: Row, choices: Mapping[Any, str]) -> None:
        """Pass 1: put a valid row with the earlier rows of the same person (in the file, or
        matching the same person in the vault), or start a person of its own."""
        area_name = row.area or UNASSIGNED_AREA
        area_ref = self.area_ref(area_name)
        display = f"{row.first_name} {row.last_name}".strip()
        if area_ref is AMBIGUOUS:
            self.rows.append(PlannedRow(line, REJECT, display, area_name, (
                _("{field}: several areas have this name; write its full path (Parent / Area), "
                  "as exports do.").format(field=field_label("area")),)))
            return
        if row.area:
            # the area as its path: rows naming one area two ways agree on it
            row = row._replace(area=self.areas.paths[area_ref] if isinstance(area_ref, int)
                               else area_ref)
        first, last = row.first_name.casefold(), row.last_name.casefold()
        number = row.employee_number.casefold() if row.employee_number else None
        phone = row.phone_key
        email = row.email.casefold() if row.email else None
        name_key = (area_ref, first, last)
        separate = choices.get(line, choices.get(ALL)) == SEPARATE

        earlier, how = self._earlier_row(number, phone, email, name_key)
        # an empty workplace (a first import) has no one to match
        existing = self.existing
        match_id, matched = (
            match(existing, number, phone, email, name_key) if existing.rows else (None, "")
        )
        if separate and earlier is not None and line not in choices:
            # "all are two people" is for the rows that differ: rows that agree still merge
            separate = bool(merge(Merged(self.groups[earlier].row), row, None)[1])
        if separate and earlier is not None and earlier in self.groups:
            self.groups[earlier].separated.append(line)
            earlier = None
        if earlier is None and match_id is not None and match_id in self.claimed:
            if separate:
                self.rows.append(PlannedRow(
                    line, REJECT, display, area_name,
                    (_("Line {claimed} already updates this person (matched by {how}); keep "
                       "one of the two rows.").format(claimed=self.claimed[match_id],
                                                      how=matched),),
                ))
                return
            earlier, how = self.claimed[match_id], _("the same person in the vault ({how})").format(
                how=matched)
        if earlier is None:
            self.groups[line] = _Group(line, row, display, match_id, matched, area_name)
            if match_id is not None:
                self.claimed[match_id] = line
            leader = line
        else:
            leader = earlier
            self.groups[leader].members.append((line, row, display, how, area_name))
        if number is not None:
            self.file_number[number] = leader
            self.number_of_line.setdefault(leader, number)
        if phone is not None:
            self.file_phone[phone] = leader
        if email is not None:
            self.file_email[email] = leader
        self.file_name[name_key] = leader

    def plan_groups(self, choices: Mapping[Any, str]) -> None:
        """Pass 2: each person once: the rows of one group merged (a row that differs from
        the earlier ones, with no choice made, is left out as a conflict), then added or
        matched to the vault and updated."""
        for group in self.groups.values():
            merged = Merged(group.row)
            for line, row, display, how, area in group.members:
                choice = choices.get(line, choices.get(ALL))
                candidate, differences = merge(merged, row, choice)
                if differences and choice not in (EARLIER, LATER):
                    self.rows.append(PlannedRow(
                        line, CONFLICT, display, area,
                        (_("Same person as line {earlier} (matched by {how}), but the rows "
                           "differ in {fields}; choose which row's values to keep, or that "
                           "they are two people.").format(
                               earlier=group.line, how=how,
                               fields=", ".join(d.label for d in differences)),),
                        tuple(_("{field}: {earlier_value} (line {earlier}) / {later_value} "
                                "(line {later})").format(
                                    field=d.label, earlier_value=d.earlier, earlier=group.line,
                                    later_value=d.later, later=line) for d in differences),
                    ))
                    continue
                added = completed(merged.row, candidate.row)
                if differences:
                    said = _("Same person as line {earlier} (matched by {how}): merged into it "
                             "({fields} from line {chosen}).").format(
                                 earlier=group.line, how=how,
                                 fields=", ".join(d.label for d in differences),
                                 chosen=line if choice == LATER else group.line)
                else:
                    said = _("Same person as line {earlier} (matched by {how}): merged into "
                             "it.").format(earlier=group.line, how=how)
                self.rows.append(PlannedRow(
                    line, MERGED, display, area, (said,), tuple(added),
                ))
                merged = candidate
            row = merged.row
            area_ref = self.area_ref(row.area or UNASSIGNED_AREA)
            # the first row's area as written, unless a later row's was chosen
            area_name = group.area if row.area == group.row.area else row.area
            if row.undated_card:
                self.undated_cards += 1
            display = f"{row.first_name} {row.last_name}".strip()
            if group.match_id is None:
                full_key = f"{row.first_name.casefold()} {row.last_name.casefold()}".strip()
                self._add(group.line, row, area_ref, display, area_name, full_key, merged)
            else:
                self._update(group.line, row, group.match_id, group.how, area_ref, display,
                             area_name, merged)

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
        full_key: str, merged: Merged | None = None,
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
        if merged is not None:
            # the history other rows of the same person give (other days)
            for level, on in merged.assessments:
                if level:
                    self.assessments.append((target, level, on or self.today))
            for on, by in merged.contacts:
                self.conversations.append((target, on, by))
        if row.role is not None:
            self.memberships.append((target, row.role))
        self.rows.append(PlannedRow(line, ADD, display, area_name))

    def _update(
        self, line: int, row: Row, match_id: int, how: str, area_ref: int | str, display: str,
        area_name: str, merged: Merged | None = None,
    ) -> None:
        """Plan the changes a row brings to a person already in the vault: fields the file
        gives that differ (an employee number or card date only where none is stored, notes
        appended), and history rows the vault lacks."""
        existing = self.existing
        current = existing.rows[match_id]
        target: Target = ("id", match_id)
        changes: dict[str, Any] = {}
        # what changes, field by field: "Label: old -> new" (the CLI shows only the label
        # unless asked for names, as these are personal data)
        labels: list[str] = []

        def changed(label: str, old: Any, new: Any) -> None:
            labels.append(f"{label}: {_shown(old)} -> {_shown(new)}")

        if "area" in self.fields and area_ref != current.area_id:
            changes["area_id" if isinstance(area_ref, int) else "_area"] = area_ref
            changed(field_label("area"), self.areas.paths.get(current.area_id),
                    self.areas.paths.get(area_ref) if isinstance(area_ref, int)
                    else _("{area} (new)").format(area=area_ref))
        for name in ("first_name", "last_name", "phone", "email", *TEXT_FIELDS):
            value = getattr(row, name)
            if value and value != (getattr(current, name) or ""):
                changes[name] = value
                changed(field_label(name), getattr(current, name), value)
        if row.employment is not None and row.employment != current.employment:
            changes["employment"] = row.employment
            changed(field_label("employment"), current.employment, row.employment)
        if row.employee_number and not current.employee_number:
            changes["employee_number"] = row.employee_number
            changed(field_label("employee_number"), None, row.employee_number)
        if row.card_signed_on is not None and current.card_signed_on is None:
            changes["card_signed_on"] = row.card_signed_on
            changed(field_label("card_signed_on"), None, row.card_signed_on)
        if row.notes and row.notes not in (current.notes or ""):
            changes["notes"] = (
                f"{current.notes}\n\n{row.notes}" if current.notes else row.notes
            )
            labels.append(_("{field}: added").format(field=field_label("notes")))
        history = [(row.level, row.assessed_on), *(merged.assessments if merged else ())]
        for level, on in history:
            assessed_on = on or self.today
            # an undated rating equal to the person's current one is what the vault already
            # says (the same chart imported again a week later), not a new assessment today
            repeated = on is None and level == current.current_level
            if (level and not repeated
                    and (match_id, level, assessed_on) not in existing.assessments):
                self.assessments.append((target, level, assessed_on))
                changed(field_label("assessment"), self._level(current.current_level),
                        _("{level} on {date} (history kept)").format(
                            level=self._level(level), date=assessed_on.isoformat()))
        contacts = [(row.last_contact_on, row.contact_by), *(merged.contacts if merged else ())]
        for contact_on, by in contacts:
            if contact_on is not None and (match_id, contact_on) not in existing.conversations:
                self.conversations.append((target, contact_on, by))
                changed(field_label("last_contact_on"), current.last_contact_on,
                        (_("{date} by {who} (history kept)") if by
                         else _("{date} (history kept)")).format(
                             date=contact_on.isoformat(), who=by))
        if row.role is not None and (match_id, row.role) not in self.active:
            self.memberships.append((target, row.role))
            changed(field_label("committee"), None, row.role)
        if changes:
            self.updates.append((match_id, changes))
        action = UPDATE if labels else UNCHANGED
        self.rows.append(PlannedRow(
            line, action, display, area_name, (_("Matched an existing person by "
                                                 "{how}.").format(how=how),),
            tuple(labels),
        ))

    def _level(self, level: int | None) -> str:
        name = self.level_names.get(level or 0)
        return f"{level} {name}" if name and level is not None else str(level or 0)

    def contact_makers(self, notes: list[str]) -> list[tuple[Target, dt.date, Any]]:
        """The contact dates with "contacted by" names resolved to people in the vault or in
        this file, when unambiguous; a note counts the names that were not."""
        if set(map(itemgetter(2), self.conversations)) <= {None}:
            return list(self.conversations)  # no date names who made it (the common chart)
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
                ngettext("{unresolved} contact date names a contact maker who is not (or not "
                         "uniquely) in the vault or the file; that date is kept without who "
                         "made the contact.",
                         "{unresolved} contact dates name a contact maker who is not (or not "
                         "uniquely) in the vault or the file; those dates are kept without who "
                         "made the contact.", unresolved).format(unresolved=unresolved)
            )
        return resolved

    def new_people(self) -> NewPeople:
        """The people the plan adds, as columns."""
        if self.new_columns is not None:
            return self.new_columns
        return NewPeople.of_rows(self.new)

    def areas_to_create(self) -> tuple[str, ...]:
        """The paths of the new areas some added or updated person is in, in the order first
        met (the writer creates each part of a path that does not exist yet)."""
        areas = set(self.new_columns.areas) if self.new_columns is not None else {
            r.area for r in self.new}
        used = {path_key(a) for a in areas if isinstance(a, str)}
        used |= {path_key(c["_area"]) for _i, c in self.updates if "_area" in c}
        return tuple(n for k, n in self.new_areas.items() if k in used)
