"""The steward's field report: what they log in a copy, kept as pending entries in their own vault
(the copy itself stays as the keeper sent it), and the report file sent to the keeper.

Owns recording an entry (checked by ``ops.check_entry`` exactly as the keeper will read it, and
against the copy: the records it names are in the copy or added by an earlier entry; a "set"
entry takes its ``base`` from the copy), the helpers the app and the command line call (log a
one-on-one with its assessment, a new contact, corrections of contact details or of a
grievance's five Ws, a grievance step event, a structure-test outcome, attendance), listing and
removing entries, and ``write_report``: every entry not yet reviewed, sealed to the keeper (the
shared envelope, magic "FKREPORT"). Entries the keeper has not reviewed are sent again in the
next report; the keeper takes each in once.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.committee.errors import ExchangeInvalid
from forum_kit.committee.kinds import KINDS
from forum_kit.committee.ops import (
    GRIEVANCE_FIELDS,
    OPS,
    PERSON_FIELDS,
    Entry,
    additions,
    check_entry,
    references,
)
from forum_kit.errors import Conflict, InvalidInput, NotFound
from forum_kit.exchange.envelope import EnvelopeKind, seal_envelope, utc_naive
from forum_kit.exchange.identity import ensure_identity
from forum_kit.i18n import _
from forum_kit.models import (
    Area,
    AssessmentLevel,
    ChartCopy,
    ChartEntry,
    ChartKeeper,
    ChartReportSent,
    Contact,
    Grievance,
    StructureTest,
    StructureTestOutcome,
)
from forum_kit.models.travel import new_uid
from forum_kit.services import clean_text
from forum_kit.services.contacts import clean_fields
from forum_kit.services.conversations import AEIOU_FIELDS

REPORT = EnvelopeKind(
    magic=b"FKREPORT",
    label=b"forum-kit field report v1\0",
    major=1,
    minor=0,
    max_file=64 * 1024 * 1024,
    max_plain=256 * 1024 * 1024,
)
REPORT_SUFFIX = ".fkreport"
OPEN_STATUSES = ("pending", "sent")


def _held(session: Session, copy_row_id: int) -> ChartCopy:
    held = session.get(ChartCopy, copy_row_id) if isinstance(copy_row_id, int) else None
    if held is None:
        raise NotFound(_("That copy is not held in this vault."))
    return held


def _pending_add(session: Session, copy_row_id: int, kind: str, uid: str) -> bool:
    """Whether an open entry of this copy adds the record (``kind``, ``uid``)."""
    rows = session.execute(
        sa.select(
            ChartEntry.uid,
            ChartEntry.op,
            ChartEntry.target_uid,
            ChartEntry.data,
            ChartEntry.created_at,
        ).where(
            ChartEntry.copy_row_id == copy_row_id,
            ChartEntry.status.in_(OPEN_STATUSES),
            ChartEntry.target_uid == uid,
        )
    ).all()
    return any((kind, uid) in additions(_entry_of(row)) for row in rows)


def _entry_of(row: Any) -> Entry:
    raw = {
        "uid": row.uid,
        "op": row.op,
        "target": row.target_uid,
        "at": row.created_at.isoformat(timespec="seconds"),
        "data": json.loads(row.data),
    }
    return check_entry(raw)


def _exists(copy: Session, kind: str, uid: str) -> bool:
    table = KINDS[kind].table
    return copy.execute(sa.select(table.c.id).where(table.c.uid == uid)).first() is not None


def record(
    session: Session,
    copy: Session,
    *,
    copy_row_id: int,
    op: str,
    target: str,
    data: Mapping[str, Any],
    now: datetime,
) -> ChartEntry:
    """Check one entry as the keeper will and keep it pending (flush, no commit)."""
    _held(session, copy_row_id)
    raw = {
        "uid": new_uid(),
        "op": op,
        "target": target,
        "at": utc_naive(now).isoformat(timespec="seconds"),
        "data": {k: v.isoformat() if isinstance(v, date) else v for k, v in data.items()},
    }
    try:
        entry = check_entry(raw)
    except ExchangeInvalid:
        raise InvalidInput(_("That entry is not complete; check every field.")) from None
    for kind, uid in references(entry):
        if not _exists(copy, kind, uid) and not _pending_add(session, copy_row_id, kind, uid):
            raise NotFound(_("The entry names something that is not in this copy."))
    for kind, uid in additions(entry):
        if (
            _exists(copy, kind, uid)
            or session.execute(sa.select(ChartEntry.id).where(ChartEntry.target_uid == uid)).first()
        ):
            raise Conflict(_("That record is already in the copy or in another entry."))
    row = ChartEntry(
        copy_row_id=copy_row_id,
        uid=entry.uid,
        op=entry.op,
        target_uid=entry.target,
        data=json.dumps(entry.to_json()["data"], ensure_ascii=False, sort_keys=True),
        created_at=entry.at,
        status="pending",
    )
    session.add(row)
    session.flush()
    return row


# --------------------------------------------------------------------- what a steward logs


def _uid_of(copy: Session, model: Any, ident: int, what: str) -> str:
    uid = copy.execute(sa.select(model.uid).where(model.id == ident)).scalar_one_or_none()
    if uid is None:
        raise NotFound(_("That {what} is not in this copy.").format(what=what))
    return uid


def _check_level(copy: Session, level: int | None) -> None:
    if level is not None and copy.get(AssessmentLevel, level) is None:
        raise InvalidInput(_("Level is not on the keeper's scale; choose one of its levels."))


def log_one_on_one(
    session: Session,
    copy: Session,
    *,
    copy_row_id: int,
    contact_id: int,
    held_on: date,
    texts: Mapping[str, str],
    now: datetime,
    tags: Iterable[str] = (),
    follow_up_on: date | None = None,
    sensitive: bool = False,
    level: int | None = None,
) -> ChartEntry:
    """A one-on-one with a person of the copy (``contact_id`` is the copy's), with the
    assessment given after it when ``level`` is set."""
    contact = _uid_of(copy, Contact, contact_id, "person")
    _check_level(copy, level)
    if held_on > now.date():
        raise InvalidInput(_("Held on is in the future; use today's date or an earlier one."))
    if follow_up_on is not None and follow_up_on < held_on:
        raise InvalidInput(_("Follow-up date is before the conversation; choose a later date."))
    data: dict[str, Any] = {
        "contact": contact,
        "held_on": held_on,
        "tags": [clean_text(t, "Tag", max_len=80) for t in tags if str(t).strip()],
        "follow_up_on": follow_up_on,
        "sensitive": bool(sensitive),
        "level": level,
        "assessment": new_uid() if level is not None else None,
    }
    for name in AEIOU_FIELDS:
        data[name] = clean_text(
            texts.get(name, ""), name.capitalize(), max_len=100_000, multiline=True
        )
    return record(
        session,
        copy,
        copy_row_id=copy_row_id,
        op="conversation.add",
        target=new_uid(),
        data=data,
        now=now,
    )


def assess(
    session: Session,
    copy: Session,
    *,
    copy_row_id: int,
    contact_id: int,
    level: int,
    assessed_on: date,
    now: datetime,
    evidence: str = "",
) -> ChartEntry:
    """An assessment given without a one-on-one."""
    _check_level(copy, level)
    if assessed_on > now.date():
        raise InvalidInput(_("Assessed on is in the future; use today's date or an earlier one."))
    data = {
        "contact": _uid_of(copy, Contact, contact_id, "person"),
        "level": level,
        "assessed_on": assessed_on,
        "evidence": clean_text(evidence, "Evidence", max_len=10_000, multiline=True),
    }
    return record(
        session,
        copy,
        copy_row_id=copy_row_id,
        op="assessment.add",
        target=new_uid(),
        data=data,
        now=now,
    )


def new_contact(
    session: Session,
    copy: Session,
    *,
    copy_row_id: int,
    area_id: int,
    fields: Mapping[str, Any],
    now: datetime,
) -> ChartEntry:
    """A person the steward met who is not on the chart yet."""
    unknown = set(fields) - set(PERSON_FIELDS)
    if unknown:
        raise InvalidInput(_("Unknown contact fields: {join}.").format(
                             join=', '.join(sorted(unknown))))
    if not fields.get("first_name"):
        raise InvalidInput(_("First name is required; enter a value."))
    clean = clean_fields(dict(fields), now.date())
    data: dict[str, Any] = {
        "area": _uid_of(copy, Area, area_id, "area"),
        "last_name": "",
        "shift": "",
        "job_title": "",
        "phone": "",
        "email": "",
        "language": "",
        "notes": "",
        **{k: (v.value if hasattr(v, "value") else v) for k, v in clean.items()},
        "added_on": now.date(),
    }
    return record(
        session,
        copy,
        copy_row_id=copy_row_id,
        op="contact.add",
        target=new_uid(),
        data=data,
        now=now,
    )


def _contact_value(copy: Session, contact: Contact, name: str) -> Any:
    if name == "area":
        return _uid_of(copy, Area, contact.area_id, "area")
    value = getattr(contact, name)
    return value.value if hasattr(value, "value") else value


def correct_contact(
    session: Session,
    copy: Session,
    *,
    copy_row_id: int,
    contact_id: int,
    changes: Mapping[str, Any],
    now: datetime,
) -> list[ChartEntry]:
    """Corrections of a person's details: one entry per field that differs from the copy
    (``area`` is the copy's area id)."""
    contact = copy.get(Contact, contact_id)
    if contact is None:
        raise NotFound(_("That person is not in this copy."))
    unknown = set(changes) - set(OPS["contact.set"].settable)
    if unknown:
        raise InvalidInput(_("These details cannot be corrected: {join}.").format(
                             join=', '.join(sorted(unknown))))
    plain = {k: v for k, v in changes.items() if k != "area"}
    clean = clean_fields(plain, now.date())
    values = {k: (v.value if hasattr(v, "value") else v) for k, v in clean.items()}
    if "area" in changes:
        values["area"] = _uid_of(copy, Area, changes["area"], "area")
    changed = [(name, _contact_value(copy, contact, name), value) for name, value in values.items()]
    return _set_entries(session, copy, copy_row_id, "contact.set", contact.uid, changed, now)


def correct_grievance(
    session: Session,
    copy: Session,
    *,
    copy_row_id: int,
    grievance_id: int,
    changes: Mapping[str, str],
    now: datetime,
) -> list[ChartEntry]:
    """Changes to a case's title, five Ws, remedy or article: one entry per field."""
    case = copy.get(Grievance, grievance_id)
    if case is None:
        raise NotFound(_("That grievance is not in this copy."))
    changed = []
    for name, value in changes.items():
        spec = GRIEVANCE_FIELDS.get(name)
        if spec is None:
            raise InvalidInput(_("The grievance's {name} cannot be changed in a report.").format(
                                 name=name))
        clean = clean_text(
            value,
            name.replace("_", " ").capitalize(),
            max_len=spec.limit,
            required=name == "title",
            multiline=spec.limit > 200,
        )
        changed.append((name, getattr(case, name), clean))
    return _set_entries(session, copy, copy_row_id, "grievance.set", case.uid, changed, now)


def _set_entries(
    session: Session,
    copy: Session,
    copy_row_id: int,
    op: str,
    target: str,
    changed: list[tuple[str, Any, Any]],
    now: datetime,
) -> list[ChartEntry]:
    """One "set" entry per (field, the copy's value, the new value) that differs."""
    return [
        record(
            session,
            copy,
            copy_row_id=copy_row_id,
            op=op,
            target=target,
            now=now,
            data={"field": name, "base": base, "value": value},
        )
        for name, base, value in changed
        if base != value
    ]


def grievance_event(
    session: Session,
    copy: Session,
    *,
    copy_row_id: int,
    grievance_id: int,
    action: str,
    on: date,
    now: datetime,
    notes: str = "",
) -> ChartEntry:
    """Filed or answered at the case's current step, or appealed to the next step."""
    case = copy.get(Grievance, grievance_id)
    if case is None:
        raise NotFound(_("That grievance is not in this copy."))
    if action not in ("filed", "answered", "appeal"):
        raise InvalidInput(_("The step event must be filed, answered or appeal."))
    if on > now.date():
        raise InvalidInput(
            _("The event date is in the future; use today's date or an earlier one.")
        )
    data = {
        "grievance": case.uid,
        "action": action,
        "step": case.current_step,
        "on": on,
        "notes": clean_text(notes, "Notes", max_len=100_000, multiline=True),
    }
    return record(
        session,
        copy,
        copy_row_id=copy_row_id,
        op="grievance.event",
        target=new_uid(),
        data=data,
        now=now,
    )


def test_outcome(
    session: Session,
    copy: Session,
    *,
    copy_row_id: int,
    test_id: int,
    contact_id: int,
    outcome: str,
    recorded_on: date,
    now: datetime,
) -> ChartEntry:
    """Whether a person was asked, took part or refused in a structure test."""
    test = copy.get(StructureTest, test_id)
    if test is None:
        raise NotFound(_("That structure test is not in this copy."))
    contact = _uid_of(copy, Contact, contact_id, "person")
    if recorded_on < test.starts_on:
        raise InvalidInput(_("Recorded on is before the test started; use a later date."))
    current = copy.execute(
        sa.select(StructureTestOutcome.uid, StructureTestOutcome.outcome).where(
            StructureTestOutcome.test_id == test.id,
            StructureTestOutcome.contact_id == contact_id,
        )
    ).first()
    base = None if current is None else str(current.outcome.value)
    target = new_uid() if current is None else current.uid
    return record(
        session,
        copy,
        copy_row_id=copy_row_id,
        op="outcome.set",
        target=target,
        data={
            "test": test.uid,
            "contact": contact,
            "base": base,
            "value": outcome,
            "recorded_on": recorded_on,
        },
        now=now,
    )


def attendance(
    session: Session,
    copy: Session,
    *,
    copy_row_id: int,
    meeting_id: int,
    contact_id: int,
    now: datetime,
) -> ChartEntry:
    """A person of the copy came to a meeting."""
    from forum_kit.models import Meeting

    meeting = _uid_of(copy, Meeting, meeting_id, "meeting")
    return record(
        session,
        copy,
        copy_row_id=copy_row_id,
        op="attendance.add",
        target=meeting,
        data={"contact": _uid_of(copy, Contact, contact_id, "person")},
        now=now,
    )


def remove_entry(session: Session, *, entry_id: int) -> None:
    """Drop an entry not yet sent, or one the keeper declined."""
    entry = session.get(ChartEntry, entry_id) if isinstance(entry_id, int) else None
    if entry is None:
        raise NotFound(_("No such entry."))
    if entry.status == "sent":
        raise Conflict(_("That entry was sent in a report; wait for the keeper's review."))
    session.delete(entry)
    session.flush()


@dataclass(frozen=True)
class EntryRow:
    id: int
    uid: str
    op: str
    target: str
    data: dict[str, Any]
    created_at: datetime
    status: str


def entry_rows(session: Session, copy_row_id: int) -> list[EntryRow]:
    """The steward's entries in one copy, oldest first."""
    rows = session.execute(
        sa.select(ChartEntry)
        .where(ChartEntry.copy_row_id == copy_row_id)
        .order_by(ChartEntry.created_at, ChartEntry.id)
    ).scalars()
    return [
        EntryRow(r.id, r.uid, r.op, r.target_uid, json.loads(r.data), r.created_at, r.status)
        for r in rows
    ]


# -------------------------------------------------------------------------------- the report


@dataclass(frozen=True)
class ReportResult:
    data: bytes
    report_id: str
    keeper: str
    entries: int


def write_report(
    session: Session, *, copy_row_id: int, now: datetime, default_name: str
) -> ReportResult:
    """Seal every entry the keeper has not reviewed yet into one report for the keeper; the
    caller writes ``data`` inside the same unit of work."""
    held = _held(session, copy_row_id)
    keeper = session.get(ChartKeeper, held.keeper_id)
    assert keeper is not None
    rows = (
        session.execute(
            sa.select(ChartEntry)
            .where(ChartEntry.copy_row_id == held.id, ChartEntry.status.in_(OPEN_STATUSES))
            .order_by(ChartEntry.created_at, ChartEntry.id)
        )
        .scalars()
        .all()
    )
    if not rows:
        raise InvalidInput(_("There is nothing to report: log what you did first."))
    identity = ensure_identity(session, default_name=default_name, now=now)
    report_id = os.urandom(16)
    payload = {
        "format": "report",
        "steward": identity.display_name,
        "keeper": keeper.name,
        "workplace": held.workplace_uid,
        "base_copy": held.copy_id.hex(),
        "entries": [_entry_of(r).to_json() for r in rows],
    }
    data = seal_envelope(
        REPORT,
        json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode(),
        sender=identity,
        recipient_fingerprint=keeper.fingerprint,
        recipient_agreement_public=keeper.agreement_public,
        created=now,
        file_id=report_id,
    )
    for row in rows:
        row.status = "sent"
        row.report_ref = report_id
    session.add(
        ChartReportSent(
            report_id=report_id, copy_row_id=held.id, created_at=utc_naive(now), entries=len(rows)
        )
    )
    session.flush()
    return ReportResult(data=data, report_id=report_id.hex(), keeper=keeper.name, entries=len(rows))
