"""Read models of the committee for the Committee page and ``forum-kit committee list``.

Owns the keeper's view (each member with their scope in words, fingerprint, last copy sent and
reports waiting; the reports with their state), the steward's view (trusted keepers and the
copies held, with how many entries are pending, sent or declined) and the steward's entries
described in words from their copy (whom or what each is about). Frozen dataclasses only.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.committee.changes import FIELD_LABELS
from forum_kit.committee.copies import copy_label
from forum_kit.committee.entries import EntryRow, entry_rows
from forum_kit.committee.members import scope_names
from forum_kit.exchange.identity import format_fingerprint
from forum_kit.i18n import N_, _
from forum_kit.models import (
    AssessmentLevel,
    ChartCopy,
    ChartCopySent,
    ChartEntry,
    ChartKeeper,
    ChartMember,
    ChartMemberArea,
    ChartReport,
    Contact,
    Grievance,
    Meeting,
    StructureTest,
    Workplace,
)


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    workplace_id: int
    workplace: str
    scope: str
    area_ids: tuple[int, ...]
    whole_workplace: bool
    sensitive: bool
    fingerprint: str
    contact_id: int | None
    added_on: date
    last_copy: datetime | None
    waiting: int


def scope_text(whole: bool, areas: Sequence[str], sensitive: bool) -> str:
    """A scope in words: "Whole workplace, with sensitive" or "Loading / Nights"."""
    where = _("Whole workplace") if whole else "; ".join(areas) or _("No area")
    return _("{where}, with sensitive records").format(where=where) if sensitive else where


def members(session: Session) -> list[MemberRow]:
    """Every committee member of every workplace of this vault, by workplace and name."""
    last = dict(
        session.execute(
            sa.select(ChartCopySent.member_id, sa.func.max(ChartCopySent.created_at)).group_by(
                ChartCopySent.member_id
            )
        ).all()
    )
    waiting = dict(
        session.execute(
            sa.select(ChartReport.member_id, sa.func.count())
            .where(ChartReport.reviewed_at.is_(None))
            .group_by(ChartReport.member_id)
        ).all()
    )
    areas: dict[int, list[int]] = {}
    for member_id, area_id in session.execute(
        sa.select(ChartMemberArea.member_id, ChartMemberArea.area_id).order_by(
            ChartMemberArea.member_id, ChartMemberArea.area_id
        )
    ):
        areas.setdefault(member_id, []).append(area_id)
    rows = session.execute(
        sa.select(ChartMember, Workplace.name)
        .join(Workplace, Workplace.id == ChartMember.workplace_id)
        .order_by(Workplace.name, ChartMember.name)
    ).all()
    out = []
    for member, workplace in rows:
        chosen = areas.get(member.id, [])
        out.append(
            MemberRow(
                id=member.id,
                name=member.name,
                workplace_id=member.workplace_id,
                workplace=workplace,
                scope=scope_text(
                    member.whole_workplace, scope_names(session, chosen), member.sensitive
                ),
                area_ids=tuple(chosen),
                whole_workplace=member.whole_workplace,
                sensitive=member.sensitive,
                fingerprint=format_fingerprint(member.fingerprint),
                contact_id=member.contact_id,
                added_on=member.added_on,
                last_copy=last.get(member.id),
                waiting=waiting.get(member.id, 0),
            )
        )
    return out


@dataclass(frozen=True)
class ReportRow:
    id: int
    steward: str
    created: datetime
    received: datetime
    reviewed: datetime | None
    entries: int
    accepted: int
    declined: int


def reports(session: Session, *, waiting_only: bool = False) -> list[ReportRow]:
    """Reports taken in, newest first."""
    stmt = sa.select(ChartReport).order_by(ChartReport.received_at.desc(), ChartReport.id.desc())
    if waiting_only:
        stmt = stmt.where(ChartReport.reviewed_at.is_(None))
    out = []
    for r in session.execute(stmt).scalars():
        decisions = json.loads(r.decisions)
        out.append(
            ReportRow(
                id=r.id,
                steward=r.reporter_name,
                created=r.created_at,
                received=r.received_at,
                reviewed=r.reviewed_at,
                entries=len(json.loads(r.operations)),
                accepted=sum(1 for v in decisions.values() if v == "accepted"),
                declined=sum(1 for v in decisions.values() if v == "declined"),
            )
        )
    return out


@dataclass(frozen=True)
class KeeperRow:
    id: int
    name: str
    fingerprint: str
    added_on: date


@dataclass(frozen=True)
class HeldCopyRow:
    id: int
    keeper_id: int
    keeper: str
    workplace: str
    as_of: datetime
    opened_at: datetime
    scope: str
    records: int
    pending: int
    sent: int
    declined: int

    @property
    def label(self) -> str:
        return copy_label(self.keeper, self.as_of)


def keepers(session: Session) -> list[KeeperRow]:
    return [
        KeeperRow(k.id, k.name, format_fingerprint(k.fingerprint), k.added_on)
        for k in session.execute(sa.select(ChartKeeper).order_by(ChartKeeper.name)).scalars()
    ]


def held_copies(session: Session) -> list[HeldCopyRow]:
    """The copies this vault holds, by keeper and workplace, with their entries' states."""
    states: dict[tuple[int, str], int] = {
        (row[0], row[1]): row[2]
        for row in session.execute(
            sa.select(ChartEntry.copy_row_id, ChartEntry.status, sa.func.count()).group_by(
                ChartEntry.copy_row_id, ChartEntry.status
            )
        )
    }
    out = []
    for held, keeper in session.execute(
        sa.select(ChartCopy, ChartKeeper.name)
        .join(ChartKeeper, ChartKeeper.id == ChartCopy.keeper_id)
        .order_by(ChartKeeper.name, ChartCopy.workplace_name)
    ).all():
        scope = json.loads(held.scope or "{}")
        out.append(
            HeldCopyRow(
                id=held.id,
                keeper_id=held.keeper_id,
                keeper=keeper,
                workplace=held.workplace_name,
                as_of=held.created_at,
                opened_at=held.opened_at,
                scope=scope_text(
                    bool(scope.get("whole")), scope.get("areas") or [], bool(scope.get("sensitive"))
                ),
                records=held.records,
                pending=states.get((held.id, "pending"), 0),
                sent=states.get((held.id, "sent"), 0),
                declined=states.get((held.id, "declined"), 0),
            )
        )
    return out


# ------------------------------------------------------------------------- steward's entries


@dataclass(frozen=True)
class EntryLine:
    id: int
    kind: str  # what it is, in words
    about: str  # whom or what
    detail: str
    logged: datetime
    status: str


_KIND_WORDS = {
    "conversation.add": N_("One-on-one"),
    "assessment.add": N_("Assessment"),
    "contact.add": N_("New contact"),
    "contact.set": N_("Correction"),
    "grievance.event": N_("Grievance step"),
    "grievance.set": N_("Grievance change"),
    "outcome.set": N_("Structure test"),
    "attendance.add": N_("Attendance"),
}


def _name_by_uid(copy: Session, model: Any, uid: str | None, pending: dict[str, str]) -> str:
    if uid is None:
        return ""
    if uid in pending:
        return pending[uid]
    if model is Contact:
        row = copy.execute(
            sa.select(Contact.first_name, Contact.last_name).where(Contact.uid == uid)
        ).first()
        return "" if row is None else f"{row[0]} {row[1]}".strip()
    if model is Grievance:
        row = copy.execute(
            sa.select(Grievance.number, Grievance.title).where(Grievance.uid == uid)
        ).first()
        return "" if row is None else f"{row[0]} {row[1]}"
    if model is StructureTest:
        return (
            copy.execute(sa.select(StructureTest.title).where(StructureTest.uid == uid)).scalar()
            or ""
        )
    if model is Meeting:
        held = copy.execute(sa.select(Meeting.held_at).where(Meeting.uid == uid)).scalar()
        return "" if held is None else f"meeting of {held.date().isoformat()}"
    return ""


def entry_lines(session: Session, copy: Session, copy_row_id: int) -> list[EntryLine]:
    """The steward's entries in one copy, in words, oldest first."""
    rows = entry_rows(session, copy_row_id)
    levels = dict(copy.execute(sa.select(AssessmentLevel.level, AssessmentLevel.label)).all())
    pending = {
        r.target: f"{r.data.get('first_name', '')} {r.data.get('last_name', '')}".strip()
        for r in rows
        if r.op == "contact.add"
    }
    return [_line(copy, r, levels, pending) for r in rows]


def _line(copy: Session, r: EntryRow, levels: dict[int, str], pending: dict[str, str]) -> EntryLine:
    d = r.data
    kind = _(_KIND_WORDS.get(r.op, r.op))
    if r.op == "conversation.add":
        about = _name_by_uid(copy, Contact, d["contact"], pending)
        detail = d["held_on"]
        if d.get("level") is not None:
            detail += f"; assessed {d['level']} ({levels.get(d['level'], '?')})"
    elif r.op == "assessment.add":
        about = _name_by_uid(copy, Contact, d["contact"], pending)
        detail = f"{d['assessed_on']}: {d['level']} ({levels.get(d['level'], '?')})"
    elif r.op == "contact.add":
        about = pending.get(r.target, "")
        detail = "new on the chart"
    elif r.op == "contact.set":
        about = _name_by_uid(copy, Contact, r.target, pending)
        detail = (
            f"{_(FIELD_LABELS[d['field']])}: {d['value'] if d['field'] != 'area' else '(new area)'}"
        )
    elif r.op == "grievance.event":
        about = _name_by_uid(copy, Grievance, d["grievance"], pending)
        detail = f"{d['action']} at step {d['step']} on {d['on']}"
    elif r.op == "grievance.set":
        about = _name_by_uid(copy, Grievance, r.target, pending)
        detail = f"{_(FIELD_LABELS[d['field']])} changed"
    elif r.op == "outcome.set":
        about = _name_by_uid(copy, Contact, d["contact"], pending)
        detail = f"{_name_by_uid(copy, StructureTest, d['test'], pending)}: {d['value']}"
    elif r.op == "attendance.add":
        about = _name_by_uid(copy, Contact, d["contact"], pending)
        detail = _name_by_uid(copy, Meeting, r.target, pending)
    else:
        about, detail = "", ""
    return EntryLine(r.id, kind, about, detail, r.created_at, r.status)
