"""Import stage 5a: rows of one file that are the same person, merged into one.

Two rows are the same person when they share an employee number, a phone (however it is
written), an email or a name within the same area, unless both carry different employee numbers
(``matching.different_workers``), or when both match the same person in the vault. ``merge``
folds a later row into what the earlier rows said: values that agree (case, accents and the way a
phone is written aside), or that complete each other (one row empty; an initial and the name it
stands for: "S." and "Shah"), merge without a question; notes are joined; assessments and contact
dates on different days are both history. Where the rows say different things (two last names,
two phones, two undated assessments), the person chooses: ``EARLIER`` keeps the earlier rows'
value, ``LATER`` takes this row's, ``SEPARATE`` says the rows are two people after all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from forum_kit.errors import InvalidInput
from forum_kit.exchange.importer.cells import fold
from forum_kit.exchange.importer.rows import Row
from forum_kit.exchange.importer.values import phone_key
from forum_kit.exchange.mapping import FIELDS
from forum_kit.i18n import _

EARLIER = "earlier"
LATER = "later"
SEPARATE = "separate"
CHOICES = (EARLIER, LATER, SEPARATE)
ALL = "all"  # a choice for every conflict of the file

# text fields compared case- and accent-insensitively, each with its label
_TEXT = (("first_name", FIELDS["first_name"]), ("last_name", FIELDS["last_name"]),
         ("area", FIELDS["area"]),
         ("shift", FIELDS["shift"]), ("job_title", FIELDS["job_title"]),
         ("language", FIELDS["language"]))


@dataclass(slots=True)
class Merged:
    """A person as the rows of one group say so far: the merged row and the history beyond it
    (assessments and contact dates of other days), by line."""

    row: Row
    assessments: list[tuple[int, dt.date | None]] = field(default_factory=list)
    contacts: list[tuple[dt.date, str | None]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Difference:
    """One field two rows of the same person disagree on, with both values as text."""

    label: str
    earlier: str
    later: str


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(getattr(value, "value", value))


def _initial_of(short: str, full: str) -> bool:
    """ "S." or "S" as the initial of "Shah" """
    letters = short.rstrip(".")
    return len(letters) == 1 and len(full) > 1 and fold(full).startswith(fold(letters))


def _agree_text(a: str, b: str) -> tuple[bool, str]:
    """Whether two cells agree or complete each other, and the value the merge keeps."""
    if not a or not b or fold(a) == fold(b):
        return True, a or b
    if _initial_of(a, b):
        return True, b
    if _initial_of(b, a):
        return True, a
    return False, a


def merge(base: Merged, other: Row, choice: str | None) -> tuple[Merged, list[Difference]]:
    """``other`` folded into ``base``. The differences are returned whatever the choice; with
    ``EARLIER`` or ``LATER`` they are settled, without a choice the merge is not to be used."""
    row = base.row
    values: dict[str, Any] = {}
    differences: list[Difference] = []
    later = choice == LATER

    def settle(name: str, label: str, ours: Any, theirs: Any) -> None:
        differences.append(Difference(_(label), _text(ours), _text(theirs)))
        values[name] = theirs if later else ours

    for name, label in _TEXT:
        ours, theirs = getattr(row, name), getattr(other, name)
        same, kept = _agree_text(ours, theirs)
        if same:
            values[name] = kept
        else:
            settle(name, label, ours, theirs)
    for name, label, key in (("phone", FIELDS["phone"], lambda p: phone_key(p) or p),
                             ("email", FIELDS["email"], fold),
                             ("employee_number", FIELDS["employee_number"], fold)):
        ours, theirs = getattr(row, name), getattr(other, name)
        if not ours or not theirs or key(ours) == key(theirs):
            values[name] = ours or theirs
        else:
            settle(name, label, ours, theirs)
    for name, label in (("employment", FIELDS["employment"]), ("role", FIELDS["committee"])):
        ours, theirs = getattr(row, name), getattr(other, name)
        if ours is None or theirs is None or ours == theirs:
            values[name] = ours if ours is not None else theirs
        else:
            settle(name, label, ours, theirs)

    # a card date the sheet gives wins over "signed" without one (recorded as today)
    card_ours = None if row.undated_card else row.card_signed_on
    card_theirs = None if other.undated_card else other.card_signed_on
    if card_ours is None or card_theirs is None or card_ours == card_theirs:
        dated = card_ours or card_theirs
        values["card_signed_on"] = dated or row.card_signed_on or other.card_signed_on
        values["undated_card"] = dated is None and (row.undated_card or other.undated_card)
    else:
        settle("card_signed_on", FIELDS["card_signed_on"], card_ours, card_theirs)
        values["undated_card"] = False

    notes = row.notes
    if other.notes and fold(other.notes) not in fold(notes):
        notes = f"{notes}\n\n{other.notes}" if notes else other.notes
    values["notes"] = notes

    assessments = list(base.assessments)
    values["level"], values["assessed_on"] = row.level, row.assessed_on
    if other.level is not None:
        if row.level is None or (row.level == other.level and not (
                row.assessed_on and other.assessed_on and row.assessed_on != other.assessed_on)):
            values["level"] = row.level if row.level is not None else other.level
            values["assessed_on"] = row.assessed_on or other.assessed_on
        elif row.assessed_on and other.assessed_on and row.assessed_on != other.assessed_on:
            assessments.append((other.level, other.assessed_on))  # two days: both history
        else:
            differences.append(Difference(
                _(FIELDS["assessment"]), _level_text(row.level, row.assessed_on),
                _level_text(other.level, other.assessed_on)))
            if later:
                values["level"], values["assessed_on"] = other.level, other.assessed_on

    contacts = list(base.contacts)
    values["last_contact_on"], values["contact_by"] = row.last_contact_on, row.contact_by
    if other.last_contact_on is not None:
        if row.last_contact_on is None:
            values["last_contact_on"], values["contact_by"] = (other.last_contact_on,
                                                               other.contact_by)
        elif row.last_contact_on != other.last_contact_on:
            contacts.append((other.last_contact_on, other.contact_by))
        else:
            same, kept = _agree_text(row.contact_by or "", other.contact_by or "")
            if same:
                values["contact_by"] = kept or None
            else:
                settle("contact_by", FIELDS["contact_by"], row.contact_by, other.contact_by)

    phone = values["phone"]
    values["phone_key"] = (row.phone_key if phone == row.phone else other.phone_key
                           if phone == other.phone else phone_key(phone))
    return Merged(row._replace(**values), assessments, contacts), differences


def check_choices(choices: Mapping[Any, str] | None) -> dict[Any, str]:
    """A clean copy of the choices: line numbers (or ``ALL``) to one of ``CHOICES``."""
    clean: dict[Any, str] = {}
    for key, value in (choices or {}).items():
        if not (key == ALL or (isinstance(key, int) and not isinstance(key, bool) and key > 0)):
            raise InvalidInput(_("A choice names a line by its number (or 'all')."))
        if value not in CHOICES:
            raise InvalidInput(_("Choose 'earlier', 'later' or 'separate' for a row."))
        clean[key] = value
    return clean


def _level_text(level: int | None, on: dt.date | None) -> str:
    return f"{level} ({on.isoformat()})" if on else str(level)


def completed(base: Row, merged: Row) -> list[str]:
    """The labels of the fields a merged row filled in that the earlier rows left empty."""
    labels = []
    for name, label in (*_TEXT, ("phone", FIELDS["phone"]), ("email", FIELDS["email"]),
                        ("employee_number", FIELDS["employee_number"]),
                        ("employment", FIELDS["employment"]), ("role", FIELDS["committee"]),
                        ("card_signed_on", FIELDS["card_signed_on"]),
                        ("level", FIELDS["assessment"]),
                        ("last_contact_on", FIELDS["last_contact_on"]),
                        ("notes", FIELDS["notes"])):
        before, after = getattr(base, name), getattr(merged, name)
        if after != before and after not in (None, ""):
            labels.append(_(label))
    return labels
