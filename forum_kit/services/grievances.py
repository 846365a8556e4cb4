"""Grievances: filing, the step history, extensions, closing, grievants and evidence attachments.

This module owns every write to ``grievances`` and its child tables (events, extensions,
grievants, attachments) and the conversion of a stored grievance into the deadline engine's
``GrievanceFacts``. After each change to dates or steps the engine re-checks the whole case
against the contract, so the history can never become one whose deadlines cannot be computed.
Functions take the session first, validate, flush and never commit; messages name the field at
fault and never carry names or note text.
"""

from __future__ import annotations

import dataclasses
import hashlib
import mimetypes
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit import deadlines as dl
from forum_kit.errors import Conflict, InvalidInput, NotFound
from forum_kit.i18n import _
from forum_kit.models.contact import Contact
from forum_kit.models.enums import (
    DeadlineKind,
    GrievanceOutcome,
    GrievanceStatus,
    GrievanceType,
    StepEventKind,
)
from forum_kit.models.grievance import (
    Attachment,
    Contract,
    Grievance,
    GrievanceEvent,
    GrievanceExtension,
    grievance_grievants,
)
from forum_kit.models.workplace import Area, Workplace
from forum_kit.services import check_date, clean_text
from forum_kit.services.contracts import rules_for

MAX_FREE_TEXT = 100_000

__all__ = [
    "MAX_ATTACHMENT_BYTES",
    "UPDATABLE_FIELDS",
    "add_attachment",
    "add_extension",
    "advance_step",
    "attachment_data",
    "close_grievance",
    "facts_for",
    "facts_from",
    "file_grievance",
    "record_step_event",
    "remove_attachment",
    "reopen",
    "set_grievants",
    "update_grievance",
]

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
_TEXT_FIELDS = {"who", "what", "where", "why", "remedy"}
UPDATABLE_FIELDS = frozenset(
    _TEXT_FIELDS
    | {"title", "contract_article", "steward_id", "area_id", "sensitive", "incident_on", "knew_on"}
)
_NUMBER = re.compile(r"^G-(\d{4})-(\d+)$")


# --------------------------------------------------------------------------------------------------
# Small validators


def _date(value: object, what: str) -> date:
    checked = check_date(value, what)
    assert checked is not None  # required=True never returns None
    return checked


def _text(value: object, what: str, *, limit: int | None = None, required: bool = False) -> str:
    # One-line fields have a column limit; free text (no limit) may span lines.
    return clean_text(
        value, what, max_len=limit or MAX_FREE_TEXT, required=required, multiline=limit is None
    )


def _grievance(session: Session, grievance_id: int) -> Grievance:
    grievance = session.get(Grievance, grievance_id)
    if grievance is None:
        raise NotFound(_("That grievance does not exist."))
    return grievance


def _open(session: Session, grievance_id: int) -> Grievance:
    grievance = _grievance(session, grievance_id)
    if grievance.status is GrievanceStatus.CLOSED:
        raise Conflict(_("The grievance is closed; reopen it before changing its steps."))
    return grievance


def _area(session: Session, area_id: int | None, workplace_id: int) -> int | None:
    if area_id is None:
        return None
    area = session.get(Area, area_id)
    if area is None:
        raise NotFound(_("That area does not exist."))
    if area.workplace_id != workplace_id:
        raise InvalidInput(_("The area belongs to another workplace; choose one of this "
                             "workplace."))
    return area_id


def _contacts(
    session: Session, contact_ids: Iterable[int], workplace_id: int, what: str
) -> list[int]:
    ids = list(dict.fromkeys(contact_ids))
    if any(isinstance(i, bool) or not isinstance(i, int) for i in ids):
        raise InvalidInput(_("{what} must be given as contact ids.").format(what=what))
    if not ids:
        return []
    found = dict(
        session.execute(
            sa.select(Contact.id, Contact.workplace_id).where(Contact.id.in_(ids))
        ).all()
    )
    if len(found) != len(ids):
        raise NotFound(_("{what}: at least one contact does not exist.").format(what=what))
    if any(wp != workplace_id for wp in found.values()):
        raise InvalidInput(_("{what}: every contact must work at the grievance's "
                             "workplace.").format(what=what))
    return ids


# --------------------------------------------------------------------------------------------------
# Facts for the deadline engine


def facts_from(
    *,
    grievance_type: str,
    incident_on: date,
    knew_on: date | None,
    closed: bool,
    events: Iterable[tuple[int, str, date]],
    extensions: Iterable[tuple[int, str, date, date, str]],
) -> dl.GrievanceFacts:
    """Engine facts from plain values: events as (step, kind, on), extensions as
    (step, kind, new_date, agreed_on, agreed_with) in the order they were recorded."""
    return dl.GrievanceFacts(
        grievance_type=GrievanceType(grievance_type).value,
        incident_on=incident_on,
        knew_on=knew_on,
        events=tuple(dl.StepEvent(step, dl.EventKind(kind), on) for step, kind, on in events),
        extensions=tuple(
            dl.Extension(step, dl.DeadlineKind(kind), new_date, agreed_on, agreed_with)
            for step, kind, new_date, agreed_on, agreed_with in extensions
        ),
        closed=closed,
    )


def _recorded_order(extension: GrievanceExtension) -> tuple[date, float]:
    # Unflushed extensions have no id yet and were recorded last.
    return extension.agreed_on, float("inf") if extension.id is None else extension.id


def facts_for(session: Session, grievance: Grievance) -> dl.GrievanceFacts:
    """The deadline engine's view of a stored (or just changed, unflushed) grievance."""
    del session  # the loaded relationships hold everything; kept for a uniform service signature
    extensions = sorted(grievance.extensions, key=_recorded_order)
    return facts_from(
        grievance_type=grievance.grievance_type,
        incident_on=grievance.incident_on,
        knew_on=grievance.knew_on,
        closed=grievance.status is GrievanceStatus.CLOSED,
        events=[(e.step, e.kind, e.on) for e in grievance.events],
        extensions=[(x.step, x.kind, x.new_date, x.agreed_on, x.agreed_with) for x in extensions],
    )


def _check_case(session: Session, grievance: Grievance) -> tuple[dl.Deadline, ...]:
    """Let the engine check the whole case; it raises InvalidInput on an impossible history."""
    # No autoflush: a change the engine refuses must never reach the database.
    with session.no_autoflush:
        rules = rules_for(session, grievance.contract_id)
    facts = facts_for(session, grievance)
    return dl.pending_deadlines(rules, dataclasses.replace(facts, closed=False))


def _filed_steps(grievance: Grievance) -> dict[int, date]:
    return {e.step: e.on for e in grievance.events if e.kind is StepEventKind.FILED}


def _answered_steps(grievance: Grievance) -> dict[int, date]:
    return {e.step: e.on for e in grievance.events if e.kind is StepEventKind.ANSWERED}


# --------------------------------------------------------------------------------------------------
# Filing


def _next_number(session: Session, year: int) -> str:
    numbers = session.execute(
        sa.select(Grievance.number).where(Grievance.number.like(f"G-{year:04d}-%"))
    ).scalars()
    highest = 0
    for number in numbers:
        match = _NUMBER.match(number)
        if match:
            highest = max(highest, int(match.group(2)))
    return f"G-{year:04d}-{highest + 1:03d}"


def file_grievance(
    session: Session,
    *,
    workplace_id: int,
    contract_id: int,
    grievance_type: GrievanceType | str,
    title: str,
    incident_on: date,
    knew_on: date | None = None,
    area_id: int | None = None,
    grievant_ids: Sequence[int] = (),
    steward_id: int | None = None,
    who: str = "",
    what: str = "",
    where: str = "",
    why: str = "",
    contract_article: str = "",
    remedy: str = "",
    number: str | None = None,
    filed_on: date | None = None,
    sensitive: bool = False,
    today: date,
) -> Grievance:
    """Record a grievance at its contract's start step for the type; ``filed_on`` None means
    recorded but not yet filed (the filing deadline is then the one that matters)."""
    today = _date(today, "Today's date")
    if session.get(Workplace, workplace_id) is None:
        raise NotFound(_("That workplace does not exist."))
    contract = session.get(Contract, contract_id)
    if contract is None:
        raise NotFound(_("That contract does not exist."))
    if contract.workplace_id is not None and contract.workplace_id != workplace_id:
        raise InvalidInput(_("The contract belongs to another workplace; choose this workplace's."))
    try:
        kind = GrievanceType(grievance_type)
    except ValueError:
        names = ", ".join(t.value for t in GrievanceType)
        raise InvalidInput(_("Unknown grievance type; use one of "
                             "{names}.").format(names=names)) from None
    incident_on = _date(incident_on, "The incident date")
    if incident_on > today:
        raise InvalidInput(_("The incident date is in the future; check it."))
    if knew_on is not None:
        knew_on = _date(knew_on, "The date the grievant knew")
        if knew_on < incident_on:
            raise InvalidInput(_("The date the grievant knew is before the incident; check both."))
        if knew_on > today:
            raise InvalidInput(_("The date the grievant knew is in the future; check it."))
    if filed_on is not None:
        filed_on = _date(filed_on, "The filing date")
        if filed_on > today:
            raise InvalidInput(
                _("The filing date is in the future; record the filing when it happens.")
            )
    if number is None:
        number = _next_number(session, today.year)
    else:
        number = _text(number, "The grievance number", limit=40, required=True)
        if session.execute(sa.select(Grievance.id).where(Grievance.number == number)).first():
            raise Conflict(_("Another grievance already has that number; choose a different one."))
    rules = rules_for(session, contract_id)
    start = rules.start_step_by_type.get(kind.value, min(s.ordinal for s in rules.steps))
    grievance = Grievance(
        number=number,
        workplace_id=workplace_id,
        area_id=_area(session, area_id, workplace_id),
        contract_id=contract_id,
        grievance_type=kind,
        title=_text(title, "The title", limit=200, required=True),
        who=_text(who, "Who"),
        what=_text(what, "What"),
        where=_text(where, "Where"),
        why=_text(why, "Why"),
        contract_article=_text(contract_article, "The contract article", limit=120),
        remedy=_text(remedy, "The remedy"),
        incident_on=incident_on,
        knew_on=knew_on,
        steward_id=_contacts(session, [steward_id], workplace_id, "The steward")[0]
        if steward_id is not None
        else None,
        status=GrievanceStatus.OPEN,
        current_step=start,
        sensitive=bool(sensitive),
        opened_on=today,
    )
    grievants = _contacts(session, grievant_ids, workplace_id, "The grievants")
    if filed_on is not None:
        grievance.events.append(GrievanceEvent(step=start, kind=StepEventKind.FILED, on=filed_on))
    dl.pending_deadlines(rules, facts_for(session, grievance))
    session.add(grievance)
    session.flush()
    if grievants:
        session.execute(
            sa.insert(grievance_grievants),
            [{"grievance_id": grievance.id, "contact_id": cid} for cid in grievants],
        )
    return grievance


# --------------------------------------------------------------------------------------------------
# Steps, extensions, closing


def record_step_event(
    session: Session,
    *,
    grievance_id: int,
    kind: StepEventKind | str,
    on: date,
    notes: str = "",
) -> GrievanceEvent:
    """Record the filing or the employer's answer at the grievance's current step."""
    grievance = _open(session, grievance_id)
    try:
        event_kind = StepEventKind(kind)
    except ValueError:
        raise InvalidInput(_("The step event must be 'filed' or 'answered'.")) from None
    on = _date(on, "The event date")
    step = grievance.current_step
    filed = _filed_steps(grievance)
    answered = _answered_steps(grievance)
    if event_kind is StepEventKind.FILED:
        if step in filed:
            raise Conflict(_("The grievance is already filed at step {step}.").format(step=step))
    else:
        if step not in filed:
            raise Conflict(
                _("The grievance is not filed at step {step} yet; record the filing "
                  "first.").format(step=step)
            )
        if step in answered:
            raise Conflict(_("The answer at step {step} is already recorded.").format(step=step))
        if on < filed[step]:
            raise InvalidInput(_("The answer date is before the filing date at this step."))
    event = GrievanceEvent(step=step, kind=event_kind, on=on, notes=_text(notes, "The notes"))
    grievance.events.append(event)
    try:
        _check_case(session, grievance)
    except InvalidInput:
        grievance.events.remove(event)
        raise
    session.flush()
    return event


def advance_step(session: Session, *, grievance_id: int, filed_on: date) -> Grievance:
    """Appeal to the next step: it becomes the current step, filed on ``filed_on``."""
    grievance = _open(session, grievance_id)
    filed_on = _date(filed_on, "The appeal date")
    rules = rules_for(session, grievance.contract_id)
    ordinals = sorted(s.ordinal for s in rules.steps)
    current = grievance.current_step
    filed = _filed_steps(grievance)
    if current not in filed:
        raise Conflict(_("The grievance was never filed at step {current}; record that "
                         "first.").format(current=current))
    position = ordinals.index(current)
    if position + 1 >= len(ordinals):
        raise Conflict(
            _("The grievance is at the contract's last step; there is no step to appeal to.")
        )
    if filed_on < filed[current]:
        raise InvalidInput(_("The appeal date is before the filing at the current step."))
    answered = _answered_steps(grievance)
    if current in answered and filed_on < answered[current]:
        raise InvalidInput(_("The appeal date is before the answer it appeals."))
    following = ordinals[position + 1]
    event = GrievanceEvent(step=following, kind=StepEventKind.FILED, on=filed_on)
    grievance.events.append(event)
    grievance.current_step = following
    try:
        _check_case(session, grievance)
    except InvalidInput:
        grievance.events.remove(event)
        grievance.current_step = current
        raise
    session.flush()
    return grievance


def add_extension(
    session: Session,
    *,
    grievance_id: int,
    kind: DeadlineKind | str,
    new_date: date,
    agreed_on: date,
    agreed_with: str,
) -> GrievanceExtension:
    """A written extension of the open deadline of that kind.

    An answer extension is for the current step. A filing extension is for the filing at the
    current step while it is not filed, and afterwards for the appeal to the next step (the only
    filing deadline then still open).
    """
    grievance = _open(session, grievance_id)
    try:
        deadline_kind = DeadlineKind(kind)
    except ValueError:
        raise InvalidInput(_("The extension must be of the 'file' or 'answer' deadline.")) from None
    new_date = _date(new_date, "The extension's new date")
    agreed_on = _date(agreed_on, "The date the extension was agreed")
    if new_date <= agreed_on:
        raise InvalidInput(_("The extension's new date must be after the day it was agreed."))
    agreed_with = _text(agreed_with, "Who agreed to the extension", limit=200, required=True)
    pending = [d for d in _check_case(session, grievance) if d.kind.value == deadline_kind.value]
    if not pending:
        raise Conflict(_("The grievance has no open {value} deadline to "
                         "extend.").format(value=deadline_kind.value))
    extension = GrievanceExtension(
        step=pending[0].step,
        kind=deadline_kind,
        agreed_on=agreed_on,
        agreed_with=agreed_with,
        new_date=new_date,
    )
    grievance.extensions.append(extension)
    try:
        _check_case(session, grievance)
    except InvalidInput:
        grievance.extensions.remove(extension)
        raise
    session.flush()
    return extension


def close_grievance(
    session: Session,
    *,
    grievance_id: int,
    outcome: GrievanceOutcome | str,
    outcome_on: date,
    notes: str = "",
) -> Grievance:
    """Close with an outcome (won, settled, withdrawn, lost, lapsed)."""
    grievance = _open(session, grievance_id)
    try:
        result = GrievanceOutcome(outcome)
    except ValueError:
        names = ", ".join(o.value for o in GrievanceOutcome)
        raise InvalidInput(_("Unknown outcome; use one of {names}.").format(names=names)) from None
    outcome_on = _date(outcome_on, "The outcome date")
    if outcome_on < grievance.incident_on:
        raise InvalidInput(_("The outcome date is before the incident; check it."))
    grievance.status = GrievanceStatus.CLOSED
    grievance.outcome = result
    grievance.outcome_on = outcome_on
    grievance.outcome_notes = _text(notes, "The outcome notes")
    session.flush()
    return grievance


def reopen(session: Session, *, grievance_id: int) -> Grievance:
    """Reopen a closed grievance; its outcome is cleared and its deadlines count again."""
    grievance = _grievance(session, grievance_id)
    if grievance.status is not GrievanceStatus.CLOSED:
        raise Conflict(_("The grievance is already open."))
    # An old case may no longer fit a changed contract; say so instead of reopening it broken.
    _check_case(session, grievance)
    grievance.status = GrievanceStatus.OPEN
    grievance.outcome = None
    grievance.outcome_on = None
    grievance.outcome_notes = ""
    session.flush()
    return grievance


# --------------------------------------------------------------------------------------------------
# People and fields


def set_grievants(session: Session, *, grievance_id: int, contact_ids: Sequence[int]) -> None:
    """Replace the grievance's grievants (one for an individual case, many for a group)."""
    grievance = _grievance(session, grievance_id)
    ids = _contacts(session, contact_ids, grievance.workplace_id, "The grievants")
    session.execute(
        sa.delete(grievance_grievants).where(grievance_grievants.c.grievance_id == grievance.id)
    )
    if ids:
        session.execute(
            sa.insert(grievance_grievants),
            [{"grievance_id": grievance.id, "contact_id": cid} for cid in ids],
        )
    session.flush()


def update_grievance(session: Session, *, grievance_id: int, **fields: Any) -> Grievance:
    """Change descriptive fields: the five Ws, remedy, article, steward, area, title, sensitive
    and the incident/knowledge dates (re-checked against the step history)."""
    grievance = _grievance(session, grievance_id)
    unknown = set(fields) - UPDATABLE_FIELDS
    if unknown:
        raise InvalidInput(
            _("These grievance fields cannot be changed here: "
              "{value}.").format(value=', '.join(sorted(unknown)))
        )
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name in _TEXT_FIELDS:
            values[name] = _text(value, name.capitalize())
        elif name == "title":
            values[name] = _text(value, "The title", limit=200, required=True)
        elif name == "contract_article":
            values[name] = _text(value, "The contract article", limit=120)
        elif name == "steward_id":
            values[name] = (
                None
                if value is None
                else _contacts(session, [value], grievance.workplace_id, "The steward")[0]
            )
        elif name == "area_id":
            values[name] = _area(session, value, grievance.workplace_id)
        elif name == "sensitive":
            values[name] = bool(value)
        elif name == "incident_on":
            values[name] = _date(value, "The incident date")
        elif name == "knew_on":
            values[name] = None if value is None else _date(value, "The date the grievant knew")
    incident = values.get("incident_on", grievance.incident_on)
    knew = values.get("knew_on", grievance.knew_on)
    if knew is not None and knew < incident:
        raise InvalidInput(_("The date the grievant knew is before the incident; check both."))
    old = {name: getattr(grievance, name) for name in values}
    for name, value in values.items():
        setattr(grievance, name, value)
    if {"incident_on", "knew_on"} & set(values):
        try:
            _check_case(session, grievance)
        except InvalidInput:
            for name, value in old.items():
                setattr(grievance, name, value)
            raise
    session.flush()
    return grievance


# --------------------------------------------------------------------------------------------------
# Attachments


def _safe_filename(filename: object) -> str:
    if not isinstance(filename, str):
        raise InvalidInput(_("The attachment's file name must be text."))
    # Keep only the base name, whichever separator the sending system used.
    base = re.split(r"[\\/]", filename)[-1]
    base = "".join(
        c for c in unicodedata.normalize("NFC", base) if unicodedata.category(c)[0] != "C"
    )
    base = base.strip().strip(".").strip()
    if not base:
        base = "attachment"
    if len(base) > 255:
        stem, dot, ext = base.rpartition(".")
        if dot and 0 < len(ext) <= 16:
            base = stem[: 254 - len(ext)] + "." + ext
        else:
            base = base[:255]
    return base


def add_attachment(
    session: Session,
    *,
    grievance_id: int,
    filename: str,
    data: bytes,
    media_type: str | None = None,
    today: date,
) -> Attachment:
    """Store evidence inside the encrypted vault (never as a loose file), up to 25 MB."""
    grievance = _grievance(session, grievance_id)
    today = _date(today, "Today's date")
    if not isinstance(data, bytes | bytearray | memoryview):
        raise InvalidInput(_("The attachment's content must be bytes."))
    content = bytes(data)
    if not content:
        raise InvalidInput(_("The attachment is empty; choose the file again."))
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise InvalidInput(
            _("The attachment is {value:.1f} MB; the limit is 25 MB. "
            "Attach a smaller file (for example, scan at a lower resolution).").format(
                    value=len(content) / (1024 * 1024))
        )
    name = _safe_filename(filename)
    if media_type is None:
        media_type = mimetypes.guess_type(name, strict=False)[0] or "application/octet-stream"
    else:
        media_type = _text(media_type, "The media type", limit=120).lower()
        if not re.fullmatch(r"[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*", media_type):
            raise InvalidInput(_("The media type must look like 'type/subtype', e.g. 'image/png'."))
    attachment = Attachment(
        grievance_id=grievance.id,
        filename=name,
        media_type=media_type,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        added_on=today,
        data=content,
    )
    session.add(attachment)
    session.flush()
    return attachment


def attachment_data(session: Session, attachment_id: int) -> tuple[str, str, bytes]:
    """(filename, media type, content) of one attachment."""
    row = session.execute(
        sa.select(Attachment.filename, Attachment.media_type, Attachment.data).where(
            Attachment.id == attachment_id
        )
    ).one_or_none()
    if row is None:
        raise NotFound(_("That attachment does not exist."))
    return row.filename, row.media_type, bytes(row.data)


def remove_attachment(session: Session, *, attachment_id: int) -> None:
    """Delete one attachment (its bytes leave the database with the row)."""
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFound(_("That attachment does not exist."))
    session.delete(attachment)
    session.flush()
