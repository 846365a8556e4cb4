"""Contacts (the chart's rows) and the social ties between them: add, update, move (recorded as
dated history, ``forum_kit.services.placements``), mark as left,
delete for real (history cascades, the search index follows by trigger), tie and untie. The derived
columns ``current_level``, ``current_assessed_on``, ``last_contact_on`` and ``last_contact_by_id``
belong to the database triggers and are never written here."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import Conflict, InvalidInput, NotFound
from forum_kit.i18n import _
from forum_kit.models import Area, Contact, SocialTie, Workplace
from forum_kit.models.enums import Employment
from forum_kit.services import check_date, clean_text, get_or_404, not_future
from forum_kit.services.ledgers import refuse_delete_with_ledgers
from forum_kit.services.placements import record_move

# Deliberately loose: one @, no spaces, a dot in the domain. Stewards type personal addresses.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
# Digits with the usual separators and an optional leading +, extension marks allowed.
_PHONE = re.compile(r"^\+?[0-9 ()./\-]*(?:(?:x|ext\.?)\s*[0-9]+)?$", re.IGNORECASE)

EDITABLE_FIELDS = frozenset(
    {
        "first_name",
        "last_name",
        "shift",
        "job_title",
        "employment",
        "employee_number",
        "phone",
        "email",
        "language",
        "sensitive",
        "organic_leader",
        "card_signed_on",
        "notes",
        "area_id",
    }
)


def _employment(value: Any) -> Employment | None:
    if value is None or value == "":
        return None
    try:
        return Employment(value)
    except ValueError:
        raise InvalidInput(_("Employment must be FT, PT or empty.")) from None


def _phone(value: Any) -> str:
    text = clean_text(value, _("Phone"), max_len=60)
    if text and (not _PHONE.match(text) or not any(ch.isdigit() for ch in text)):
        raise InvalidInput(_("Phone may hold only digits, spaces, + ( ) . / - and an extension."))
    return text


def _email(value: Any) -> str:
    text = clean_text(value, _("Email"), max_len=254)
    if text and not _EMAIL.match(text):
        raise InvalidInput(_("Email must look like name@example.org."))
    return text


def _employee_number(value: Any) -> str | None:
    text = clean_text(value, _("Employee number"), max_len=60)
    return text or None


def _bool(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidInput(_("{field} must be true or false.").format(field=field))
    return value


def _check_area(session: Session, workplace_id: int, area_id: int) -> Area:
    area = get_or_404(session, Area, area_id, "area")
    if area.workplace_id != workplace_id:
        raise InvalidInput(_("The area belongs to another workplace; choose one of this "
                             "workplace."))
    return area


def _check_employee_number_free(
    session: Session, workplace_id: int, number: str | None, exclude_id: int | None
) -> None:
    if number is None:
        return
    stmt = sa.select(Contact.id).where(
        Contact.workplace_id == workplace_id, Contact.employee_number == number
    )
    if exclude_id is not None:
        stmt = stmt.where(Contact.id != exclude_id)
    if session.execute(stmt.limit(1)).first() is not None:
        raise Conflict(_("Another contact in this workplace has that employee number."))


def clean_fields(changes: dict[str, Any], today: dt.date | None) -> dict[str, Any]:
    """Validate and normalise each given field; unknown names are refused by the caller."""
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "first_name":
            out[key] = clean_text(value, _("First name"), max_len=200, required=True)
        elif key == "last_name":
            out[key] = clean_text(value, _("Last name"), max_len=200)
        elif key == "shift":
            out[key] = clean_text(value, _("Shift"), max_len=60)
        elif key == "job_title":
            out[key] = clean_text(value, _("Job title"), max_len=200)
        elif key == "language":
            out[key] = clean_text(value, _("Language"), max_len=60)
        elif key == "notes":
            out[key] = clean_text(value, _("Notes"), max_len=100_000, multiline=True)
        elif key == "employment":
            out[key] = _employment(value)
        elif key == "employee_number":
            out[key] = _employee_number(value)
        elif key == "phone":
            out[key] = _phone(value)
        elif key == "email":
            out[key] = _email(value)
        elif key in ("sensitive", "organic_leader"):
            out[key] = _bool(value, key.replace("_", " ").capitalize())
        elif key == "card_signed_on":
            out[key] = check_date(value, _("Card signed on"), required=False)
            not_future(out[key], _("Card signed on"), today)
        elif key == "area_id":
            out[key] = value
        else:  # pragma: no cover - guarded by EDITABLE_FIELDS
            raise InvalidInput(_("Unknown contact field {key!r}.").format(key=key))
    return out


def add_contact(
    session: Session,
    *,
    workplace_id: int,
    area_id: int,
    first_name: str,
    last_name: str = "",
    shift: str = "",
    job_title: str = "",
    employment: Employment | str | None = None,
    employee_number: str | None = None,
    phone: str = "",
    email: str = "",
    language: str = "",
    sensitive: bool = False,
    organic_leader: bool = False,
    card_signed_on: dt.date | None = None,
    notes: str = "",
    today: dt.date,
    uid: str | None = None,
) -> Contact:
    """Add a person. ``uid`` names one that came from another vault (a committee member's
    report), given at insert so the search index is written once."""
    get_or_404(session, Workplace, workplace_id, "workplace")
    check_date(today, "Today")
    _check_area(session, workplace_id, area_id)
    fields = clean_fields(
        dict(
            first_name=first_name,
            last_name=last_name,
            shift=shift,
            job_title=job_title,
            employment=employment,
            employee_number=employee_number,
            phone=phone,
            email=email,
            language=language,
            sensitive=sensitive,
            organic_leader=organic_leader,
            card_signed_on=card_signed_on,
            notes=notes,
        ),
        today,
    )
    _check_employee_number_free(session, workplace_id, fields["employee_number"], None)
    contact = Contact(workplace_id=workplace_id, area_id=area_id, added_on=today, **fields)
    if uid is not None:
        contact.uid = uid
    session.add(contact)
    session.flush()
    return contact


def update_contact(
    session: Session,
    *,
    contact_id: int,
    today: dt.date | None = None,
    moved_on: dt.date | None = None,
    **changes: Any,
) -> Contact:
    """Change any of ``EDITABLE_FIELDS``; the same validation as ``add_contact``. A new area or
    shift is a move: where the person was becomes history ending on ``moved_on`` (default
    ``today``, else the machine's date), so earlier figures keep counting them there."""
    contact = get_or_404(session, Contact, contact_id, "contact")
    unknown = sorted(set(changes) - EDITABLE_FIELDS)
    if unknown:
        raise InvalidInput(
            _("Unknown or read-only contact fields: {value}. "
            "Editable fields are: {value2}.").format(
                    value=', '.join(unknown), value2=', '.join(sorted(EDITABLE_FIELDS)))
        )
    fields = clean_fields(changes, today)
    if "area_id" in fields:
        _check_area(session, contact.workplace_id, fields["area_id"])
    if "employee_number" in fields:
        _check_employee_number_free(
            session, contact.workplace_id, fields["employee_number"], contact.id
        )
    moving = (fields.get("area_id", contact.area_id) != contact.area_id
              or fields.get("shift", contact.shift) != contact.shift)
    if moving:
        on = moved_on if moved_on is not None else (today or dt.date.today())
        record_move(session, contact, on=on, today=today)
    for key, value in fields.items():
        setattr(contact, key, value)
    session.flush()
    return contact


def move_contact(
    session: Session,
    *,
    contact_id: int,
    area_id: int,
    shift: str | None = None,
    on: dt.date | None = None,
    today: dt.date | None = None,
) -> Contact:
    """Move a person to another area (and shift) from ``on`` (default ``today``, else the
    machine's date); their figures before that date stay where they were."""
    changes: dict[str, Any] = {"area_id": area_id}
    if shift is not None:
        changes["shift"] = shift
    return update_contact(session, contact_id=contact_id, today=today, moved_on=on, **changes)


def mark_left(session: Session, *, contact_id: int, left_on: dt.date | None) -> Contact:
    """Record that the person left the workplace (``None`` undoes it); history is kept."""
    contact = get_or_404(session, Contact, contact_id, "contact")
    check_date(left_on, _("Left on"), required=False)
    if left_on is not None and left_on < contact.added_on:
        raise InvalidInput(_("Left on is before the contact was added; use a later date."))
    contact.left_on = left_on
    session.flush()
    return contact


def delete_contact(session: Session, *, contact_id: int) -> None:
    """Delete the person and all their history for good (foreign keys cascade in the database)."""
    contact = get_or_404(session, Contact, contact_id, "contact")
    refuse_delete_with_ledgers(session, contact.id)  # time-bank history is never deleted
    session.flush()
    session.execute(sa.delete(Contact).where(Contact.id == contact.id))
    session.expunge(contact)
    # cascaded rows may still sit in the identity map
    session.expire_all()


def _tie_pair(session: Session, a_id: int, b_id: int) -> tuple[int, int]:
    a = get_or_404(session, Contact, a_id, "contact")
    b = get_or_404(session, Contact, b_id, "contact")
    if a.id == b.id:
        raise InvalidInput(_("A tie needs two different people."))
    if a.workplace_id != b.workplace_id:
        raise InvalidInput(_("Ties link people of the same workplace."))
    return (a.id, b.id) if a.id < b.id else (b.id, a.id)


def add_tie(
    session: Session, *, a_id: int, b_id: int, kind: str = "", notes: str = ""
) -> SocialTie:
    lo, hi = _tie_pair(session, a_id, b_id)
    kind = clean_text(kind, "Tie kind", max_len=60)
    notes = clean_text(notes, _("Tie notes"), max_len=10_000, multiline=True)
    existing = session.execute(
        sa.select(SocialTie.id).where(SocialTie.contact_a_id == lo, SocialTie.contact_b_id == hi)
    ).first()
    if existing is not None:
        raise Conflict(_("These two people are already tied."))
    tie = SocialTie(contact_a_id=lo, contact_b_id=hi, kind=kind, notes=notes)
    session.add(tie)
    session.flush()
    return tie


def remove_tie(session: Session, *, a_id: int, b_id: int) -> None:
    lo, hi = _tie_pair(session, a_id, b_id)
    tie = session.execute(
        sa.select(SocialTie).where(SocialTie.contact_a_id == lo, SocialTie.contact_b_id == hi)
    ).scalar_one_or_none()
    if tie is None:
        raise NotFound(_("These two people are not tied."))
    session.delete(tie)
    session.flush()
