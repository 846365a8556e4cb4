"""Read models of forums and councils: the body tree, meetings, delegates and mandates.

This module owns what the assemblies screens and the delegate briefing read. Rows are frozen
dataclasses from SQLAlchemy Core queries. "Today" is always a parameter, so a delegate's standing
and a mandate's state can be shown as of any date. Attendees' names appear only in
``meeting_detail`` (the forum's own record); everything meant to go up to a council is counts,
mandates and decisions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from forum_kit.errors import NotFound
from forum_kit.exchange.identity import fingerprint_of, format_fingerprint
from forum_kit.i18n import _
from forum_kit.models.assembly import (
    AgendaItem,
    Body,
    Delegate,
    Mandate,
    MandateReport,
    Meeting,
    Motion,
    meeting_attendance,
)
from forum_kit.models.contact import Contact
from forum_kit.models.enums import DelegateRole
from forum_kit.models.federation import VaultKey

__all__ = [
    "AgendaItemRow",
    "BodyRow",
    "DelegateRow",
    "ItemMandate",
    "MandateRow",
    "MeetingDetail",
    "MeetingRow",
    "MotionRow",
    "attendee_ids",
    "bodies",
    "delegates_of",
    "mandates_of",
    "meeting_detail",
    "meetings_of",
    "own_fingerprint",
]

MandateState = Literal["open", "expired", "reported"]


@dataclass(frozen=True)
class BodyRow:
    id: int
    kind: str
    name: str
    parent_id: int | None
    depth: int
    level: str
    workplace_id: int | None
    area_id: int | None
    recall_rule: str


@dataclass(frozen=True)
class MeetingRow:
    id: int
    body_id: int
    held_at: datetime
    place: str
    attendance: int
    agenda_items: int
    motions: int


@dataclass(frozen=True)
class MotionRow:
    id: int
    agenda_item_id: int | None
    kind: str
    text: str
    result: str
    votes_for: int | None
    votes_against: int | None
    abstentions: int | None


@dataclass(frozen=True)
class ItemMandate:
    """A forum's mandate on one item of a council meeting."""

    id: int
    forum: str
    instruction: str
    red_lines: str
    figure_to_hold: str
    expires_on: date | None
    carried_out: str | None


@dataclass(frozen=True)
class AgendaItemRow:
    id: int
    ordinal: int
    title: str
    description: str
    mandates: tuple[ItemMandate, ...]


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    body_id: int
    body_name: str
    body_kind: str
    held_at: datetime
    place: str
    minutes: str
    guests: int
    attendance_count: int
    attendee_names: tuple[str, ...]
    agenda: tuple[AgendaItemRow, ...]
    motions: tuple[MotionRow, ...]


@dataclass(frozen=True)
class DelegateRow:
    id: int
    name: str
    role: str
    council: str
    term_start: date
    term_end: date
    active: bool
    recalled: bool
    ended_on: date | None = None


@dataclass(frozen=True)
class MandateRow:
    id: int
    forum: str
    council: str
    meeting_date: date
    item: str
    instruction: str
    red_lines: str
    figure_to_hold: str
    expires_on: date | None
    state: MandateState
    carried_out: str | None


def bodies(session: Session) -> list[BodyRow]:
    """Every forum and council in tree order: each body followed by its members, by name."""
    rows = session.execute(
        sa.select(
            Body.id,
            Body.kind,
            Body.name,
            Body.parent_id,
            Body.level,
            Body.workplace_id,
            Body.area_id,
            Body.recall_rule,
        ).order_by(Body.name, Body.id)
    ).all()
    known = {row.id for row in rows}
    children: dict[int | None, list[sa.Row]] = defaultdict(list)
    for row in rows:
        children[row.parent_id if row.parent_id in known else None].append(row)
    result: list[BodyRow] = []
    seen: set[int] = set()
    stack: list[tuple[sa.Row, int]] = [(row, 0) for row in reversed(children[None])]
    while stack:
        row, depth = stack.pop()
        if row.id in seen:  # a cycle written outside the services must not hang the screen
            continue
        seen.add(row.id)
        result.append(
            BodyRow(
                row.id,
                str(row.kind),
                row.name,
                row.parent_id,
                depth,
                row.level,
                row.workplace_id,
                row.area_id,
                row.recall_rule,
            )
        )
        stack.extend((child, depth + 1) for child in reversed(children[row.id]))
    return result


def meetings_of(session: Session, body_id: int) -> list[MeetingRow]:
    """A body's meetings, latest first, with how many attended and what was decided."""
    attendance = (
        sa.select(sa.func.count())
        .where(meeting_attendance.c.meeting_id == Meeting.id)
        .scalar_subquery()
    )
    items = sa.select(sa.func.count()).where(AgendaItem.meeting_id == Meeting.id).scalar_subquery()
    motions = sa.select(sa.func.count()).where(Motion.meeting_id == Meeting.id).scalar_subquery()
    rows = session.execute(
        sa.select(
            Meeting.id, Meeting.body_id, Meeting.held_at, Meeting.place, attendance, items, motions
        )
        .where(Meeting.body_id == body_id)
        .order_by(Meeting.held_at.desc(), Meeting.id.desc())
    ).all()
    return [MeetingRow(*row) for row in rows]


def meeting_detail(session: Session, meeting_id: int) -> MeetingDetail:
    """One meeting: attendance (count and names), agenda with the mandates on each item,
    motions and minutes."""
    row = session.execute(
        sa.select(
            Meeting.id,
            Meeting.body_id,
            Body.name,
            Body.kind,
            Meeting.held_at,
            Meeting.place,
            Meeting.minutes,
            Meeting.guests,
        )
        .join(Body, Body.id == Meeting.body_id)
        .where(Meeting.id == meeting_id)
    ).one_or_none()
    if row is None:
        raise NotFound(_("That meeting does not exist."))
    names = tuple(
        f"{first} {last}".strip()
        for first, last in session.execute(
            sa.select(Contact.first_name, Contact.last_name)
            .join(meeting_attendance, meeting_attendance.c.contact_id == Contact.id)
            .where(meeting_attendance.c.meeting_id == meeting_id)
            .order_by(Contact.last_name, Contact.first_name, Contact.id)
        )
    )
    forum = aliased(Body)
    mandates: dict[int, list[ItemMandate]] = defaultdict(list)
    for m in session.execute(
        sa.select(
            Mandate.id,
            Mandate.agenda_item_id,
            forum.name,
            Mandate.instruction,
            Mandate.red_lines,
            Mandate.figure_to_hold,
            Mandate.expires_on,
            MandateReport.carried_out,
        )
        .join(AgendaItem, AgendaItem.id == Mandate.agenda_item_id)
        .join(forum, forum.id == Mandate.forum_id)
        .outerjoin(MandateReport, MandateReport.mandate_id == Mandate.id)
        .where(AgendaItem.meeting_id == meeting_id)
        .order_by(forum.name, Mandate.id)
    ):
        mandates[m.agenda_item_id].append(
            ItemMandate(
                m.id,
                m.name,
                str(m.instruction),
                m.red_lines,
                m.figure_to_hold,
                m.expires_on,
                None if m.carried_out is None else str(m.carried_out),
            )
        )
    agenda = tuple(
        AgendaItemRow(i.id, i.ordinal, i.title, i.description, tuple(mandates[i.id]))
        for i in session.execute(
            sa.select(AgendaItem.id, AgendaItem.ordinal, AgendaItem.title, AgendaItem.description)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.ordinal)
        )
    )
    motions = tuple(
        MotionRow(
            m.id,
            m.agenda_item_id,
            str(m.kind),
            m.text,
            str(m.result),
            m.votes_for,
            m.votes_against,
            m.abstentions,
        )
        for m in session.execute(
            sa.select(
                Motion.id,
                Motion.agenda_item_id,
                Motion.kind,
                Motion.text,
                Motion.result,
                Motion.votes_for,
                Motion.votes_against,
                Motion.abstentions,
            )
            .where(Motion.meeting_id == meeting_id)
            .order_by(Motion.id)
        )
    )
    return MeetingDetail(
        id=row.id,
        body_id=row.body_id,
        body_name=row.name,
        body_kind=str(row.kind),
        held_at=row.held_at,
        place=row.place,
        minutes=row.minutes,
        guests=row.guests,
        attendance_count=len(names),
        attendee_names=names,
        agenda=agenda,
        motions=motions,
    )


def delegates_of(session: Session, forum_id: int, *, on: date) -> list[DelegateRow]:
    """A forum's delegates and alternates, current ones first; ``active`` means the term covers
    ``on`` and has not ended (by recall) by then."""
    council = aliased(Body)
    rows = session.execute(
        sa.select(
            Delegate.id,
            Delegate.display_name,
            Delegate.role,
            council.name,
            Delegate.term_start,
            Delegate.term_end,
            Delegate.ended_on,
            Delegate.recalled_by_motion_id,
        )
        .join(council, council.id == Delegate.council_id)
        .where(Delegate.forum_id == forum_id)
        .order_by(
            council.name,
            # Delegates before their alternates.
            sa.case((Delegate.role == DelegateRole.DELEGATE, 0), else_=1),
            Delegate.term_start.desc(),
            Delegate.id,
        )
    ).all()
    result = [
        DelegateRow(
            id=r.id,
            name=r.display_name,
            role=str(r.role),
            council=r.name,
            term_start=r.term_start,
            term_end=r.term_end,
            active=r.term_start <= on <= r.term_end and (r.ended_on is None or on < r.ended_on),
            recalled=r.recalled_by_motion_id is not None,
            ended_on=r.ended_on,
        )
        for r in rows
    ]
    result.sort(key=lambda d: not d.active)
    return result


def mandates_of(
    session: Session,
    *,
    forum_id: int | None = None,
    council_meeting_id: int | None = None,
    today: date,
) -> list[MandateRow]:
    """Mandates, by council meeting date and agenda order: "reported" once the delegate has
    reported back, else "expired" after the expiry date, else "open"."""
    forum = aliased(Body)
    council = aliased(Body)
    query = (
        sa.select(
            Mandate.id,
            forum.name.label("forum"),
            council.name.label("council"),
            Meeting.held_at,
            AgendaItem.title,
            Mandate.instruction,
            Mandate.red_lines,
            Mandate.figure_to_hold,
            Mandate.expires_on,
            MandateReport.id.label("report_id"),
            MandateReport.carried_out,
        )
        .join(forum, forum.id == Mandate.forum_id)
        .join(AgendaItem, AgendaItem.id == Mandate.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .join(council, council.id == Meeting.body_id)
        .outerjoin(MandateReport, MandateReport.mandate_id == Mandate.id)
        .order_by(Meeting.held_at, AgendaItem.ordinal, forum.name, Mandate.id)
    )
    if forum_id is not None:
        query = query.where(Mandate.forum_id == forum_id)
    if council_meeting_id is not None:
        query = query.where(Meeting.id == council_meeting_id)
    result: list[MandateRow] = []
    for r in session.execute(query):
        state: MandateState
        if r.report_id is not None:
            state = "reported"
        elif r.expires_on is not None and today > r.expires_on:
            state = "expired"
        else:
            state = "open"
        result.append(
            MandateRow(
                id=r.id,
                forum=r.forum,
                council=r.council,
                meeting_date=r.held_at.date(),
                item=r.title,
                instruction=str(r.instruction),
                red_lines=r.red_lines,
                figure_to_hold=r.figure_to_hold,
                expires_on=r.expires_on,
                state=state,
                carried_out=None if r.carried_out is None else str(r.carried_out),
            )
        )
    return result


def attendee_ids(session: Session, meeting_id: int) -> list[int]:
    """The contact ids recorded as attending a meeting (``meeting_detail`` gives names only,
    what a printout needs; a picker needs the ids)."""
    return list(session.execute(
        sa.select(meeting_attendance.c.contact_id)
        .where(meeting_attendance.c.meeting_id == meeting_id)
    ).scalars())


def own_fingerprint(session: Session) -> str | None:
    """This vault's key fingerprint as shown to people comparing it, or None before the keys
    are made. A pure read: looking must not create the keys (``ensure_identity`` does)."""
    own = session.execute(
        sa.select(VaultKey.signing_public, VaultKey.agreement_public).order_by(VaultKey.id)
    ).first()
    return None if own is None else format_fingerprint(fingerprint_of(*own))
