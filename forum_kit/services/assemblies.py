"""Forums and councils: the body tree, meetings, attendance, agenda, motions, delegates, mandates.

This module owns every write to the assembly tables (ORGANISING.md "Assemblies, mandates and
delegates"): forums confederate upward into councils through elected, recallable delegates; a
forum's mandate binds its delegate on one agenda item of a council meeting, and the delegate
reports back on it. The rules that keep this democratic are enforced here: a vote's result must
agree with its counts, a recall needs a carried recall motion of the delegate's own forum, and
the body tree has no cycles. Bodies and meetings can be edited, moved and deleted; a delete says
first what goes with it (``body_dependents``, ``meeting_dependents``) and a council with member
bodies is never deleted. Functions take the session first, validate, flush, never commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import Conflict, InvalidInput, NotFound
from forum_kit.i18n import _, ngettext
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
from forum_kit.models.enums import (
    BodyKind,
    CarriedOut,
    DelegateRole,
    Instruction,
    MotionKind,
    MotionResult,
)
from forum_kit.models.workplace import Area, Workplace
from forum_kit.services import check_date, clean_text

MAX_FREE_TEXT = 100_000

__all__ = [
    "add_agenda_item",
    "body_dependents",
    "create_body",
    "delete_body",
    "delete_meeting",
    "meeting_dependents",
    "update_body",
    "update_meeting",
    "elect_delegate",
    "move_body",
    "pass_mandate",
    "recall_delegate",
    "record_attendance",
    "record_motion",
    "report_back",
    "save_minutes",
    "schedule_meeting",
]

_M = TypeVar("_M")
_E = TypeVar("_E", bound=StrEnum)

# Decisions a body has taken: a carried vote or a consensus.
_ADOPTED = frozenset({MotionResult.CARRIED, MotionResult.CONSENSUS})


def _text(value: object, what: str, *, limit: int | None = None, required: bool = False) -> str:
    # One-line fields have a column limit; free text (no limit) may span lines.
    return clean_text(
        value, what, max_len=limit or MAX_FREE_TEXT, required=required, multiline=limit is None
    )


def _date(value: object, what: str) -> date:
    checked = check_date(value, what)
    assert checked is not None  # required=True never returns None
    return checked


def _get(session: Session, model: type[_M], ident: int, what: str) -> _M:
    row = session.get(model, ident)
    if row is None:
        raise NotFound(_("That {what} does not exist.").format(what=what))
    return row


def _enum(enum: type[_E], value: object, what: str) -> _E:
    try:
        return enum(value)
    except ValueError:
        names = ", ".join(m.value for m in enum)
        raise InvalidInput(_("Unknown {what}; use one of "
                             "{names}.").format(what=what, names=names)) from None


# --------------------------------------------------------------------------------------------------
# Bodies


def _check_parent(session: Session, kind: BodyKind, parent_id: int | None) -> None:
    if parent_id is None:
        return
    parent: Body = _get(session, Body, parent_id, _("parent body"))
    if parent.kind is not BodyKind.COUNCIL:
        # Forums and councils both confederate upward into councils, never into a forum.
        raise InvalidInput(_("A {value}'s parent must be a council, not a "
                             "forum.").format(value=kind.value))


def create_body(
    session: Session,
    *,
    kind: BodyKind | str,
    name: str,
    parent_id: int | None = None,
    level: str = "",
    workplace_id: int | None = None,
    area_id: int | None = None,
    recall_rule: str = "",
) -> Body:
    """A forum (assembly) or a council (a higher body), placed under a council if given."""
    body_kind = _enum(BodyKind, kind, _("body kind"))
    name = _text(name, _("The body's name"), limit=200, required=True)
    if session.execute(sa.select(Body.id).where(Body.name == name)).first():
        raise Conflict(_("Another forum or council already has that name; choose a different one."))
    _check_parent(session, body_kind, parent_id)
    if workplace_id is not None:
        _get(session, Workplace, workplace_id, "workplace")
    if area_id is not None:
        area: Area = _get(session, Area, area_id, "area")
        if workplace_id is not None and area.workplace_id != workplace_id:
            raise InvalidInput(_("The area belongs to another workplace than the one given."))
        workplace_id = area.workplace_id
    body = Body(
        kind=body_kind,
        name=name,
        parent_id=parent_id,
        level=_text(level, _("The level"), limit=60),
        workplace_id=workplace_id,
        area_id=area_id,
        recall_rule=_text(recall_rule, _("The recall rule")),
    )
    session.add(body)
    session.flush()
    return body


def move_body(session: Session, *, body_id: int, parent_id: int | None) -> Body:
    """Place a body under another council (or at the top); refuses a move that makes a cycle."""
    body: Body = _get(session, Body, body_id, "body")
    _check_parent(session, body.kind, parent_id)
    ancestor = parent_id
    seen: set[int] = set()
    while ancestor is not None and ancestor not in seen:
        if ancestor == body.id:
            raise InvalidInput(_("A body cannot be placed under itself or one of its own members."))
        seen.add(ancestor)
        ancestor = session.execute(
            sa.select(Body.parent_id).where(Body.id == ancestor)
        ).scalar_one_or_none()
    body.parent_id = parent_id
    session.flush()
    return body


def update_body(
    session: Session,
    *,
    body_id: int,
    name: str,
    parent_id: int | None,
    level: str = "",
    workplace_id: int | None = None,
    recall_rule: str = "",
) -> Body:
    """Rename a forum or council, change its level, workplace and recall rule, and place it under
    another council (a forum made before its council is attached to it this way)."""
    body: Body = _get(session, Body, body_id, _("forum or council"))
    name = _text(name, _("The body's name"), limit=200, required=True)
    clash = session.execute(
        sa.select(Body.id).where(Body.name == name, Body.id != body_id)).first()
    if clash:
        raise Conflict(_("Another forum or council already has that name; choose a different one."))
    if workplace_id is not None:
        _get(session, Workplace, workplace_id, "workplace")
    move_body(session, body_id=body_id, parent_id=parent_id)
    body.name = name
    body.level = _text(level, _("The level"), limit=60)
    if body.workplace_id != workplace_id:
        body.workplace_id = workplace_id
        body.area_id = None  # an area of the old workplace no longer fits
    body.recall_rule = _text(recall_rule, _("The recall rule"))
    session.flush()
    return body


def _count_where(session: Session, stmt: sa.Select) -> int:
    return int(session.execute(stmt).scalar_one())


def meeting_dependents(session: Session, meeting_id: int) -> dict[str, int]:
    """What deleting a meeting deletes with it: its attendance, agenda items, motions, and the
    forums' mandates on its agenda items (with their report-backs)."""
    _get(session, Meeting, meeting_id, "meeting")
    items = sa.select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id)
    return {
        "attendees": _count_where(session, sa.select(sa.func.count()).select_from(
            meeting_attendance).where(meeting_attendance.c.meeting_id == meeting_id)),
        "agenda items": _count_where(session, sa.select(sa.func.count()).where(
            AgendaItem.meeting_id == meeting_id)),
        "motions": _count_where(session, sa.select(sa.func.count()).where(
            Motion.meeting_id == meeting_id)),
        "mandates": _count_where(session, sa.select(sa.func.count()).where(
            Mandate.agenda_item_id.in_(items))),
    }


def body_dependents(session: Session, body_id: int) -> dict[str, int]:
    """What deleting a forum or council deletes with it (meetings and all they hold, delegates,
    mandates), and how many member bodies would stop the delete."""
    _get(session, Body, body_id, _("forum or council"))
    meetings = sa.select(Meeting.id).where(Meeting.body_id == body_id)
    items = sa.select(AgendaItem.id).where(AgendaItem.meeting_id.in_(meetings))
    return {
        "member bodies": _count_where(session, sa.select(sa.func.count()).where(
            Body.parent_id == body_id)),
        "meetings": _count_where(session, sa.select(sa.func.count()).where(
            Meeting.body_id == body_id)),
        "motions": _count_where(session, sa.select(sa.func.count()).where(
            Motion.meeting_id.in_(meetings))),
        "delegates": _count_where(session, sa.select(sa.func.count()).where(
            sa.or_(Delegate.forum_id == body_id, Delegate.council_id == body_id))),
        "mandates": _count_where(session, sa.select(sa.func.count()).where(
            sa.or_(Mandate.forum_id == body_id, Mandate.agenda_item_id.in_(items)))),
    }


def delete_body(session: Session, *, body_id: int) -> None:
    """Delete a forum or council with its meetings, delegates and mandates (the database
    cascades); refused while councils or forums are members of it."""
    body: Body = _get(session, Body, body_id, _("forum or council"))
    members = body_dependents(session, body_id)["member bodies"]
    if members:
        raise Conflict(ngettext(
            "{members} forum or council is a member of it: move it to another council, or "
            "delete it, first.",
            "{members} forums or councils are members of it: move them to another council, or "
            "delete them, first.", members).format(members=members))
    session.delete(body)
    session.flush()
    # the database cascaded (meetings, delegates, mandates): nothing stale stays in the session
    session.expire_all()


# --------------------------------------------------------------------------------------------------
# Meetings


def schedule_meeting(
    session: Session, *, body_id: int, held_at: datetime, place: str = ""
) -> Meeting:
    """A meeting of a forum or council at a local date and time."""
    _get(session, Body, body_id, _("forum or council"))
    if not isinstance(held_at, datetime):
        raise InvalidInput(_("The meeting time must be a date with a time of day."))
    if held_at.tzinfo is not None:
        raise InvalidInput(_("Give the meeting time as local time, without a time zone."))
    meeting = Meeting(body_id=body_id, held_at=held_at,
                      place=_text(place, _("The place"), limit=200))
    session.add(meeting)
    session.flush()
    return meeting


def record_attendance(
    session: Session, *, meeting_id: int, contact_ids: Sequence[int], guests: int | None = None
) -> int:
    """Replace who attended (and optionally the number of guests); returns the attendee count."""
    meeting: Meeting = _get(session, Meeting, meeting_id, "meeting")
    ids = list(dict.fromkeys(contact_ids))
    if any(isinstance(i, bool) or not isinstance(i, int) for i in ids):
        raise InvalidInput(_("Attendance must be given as contact ids."))
    if ids:
        found = session.execute(
            sa.select(sa.func.count()).select_from(Contact).where(Contact.id.in_(ids))
        ).scalar_one()
        if found != len(ids):
            raise NotFound(_("Attendance: at least one contact does not exist."))
    if guests is not None:
        if isinstance(guests, bool) or not isinstance(guests, int) or guests < 0:
            raise InvalidInput(_("The number of guests must be a whole number, 0 or more."))
        meeting.guests = guests
    session.execute(
        sa.delete(meeting_attendance).where(meeting_attendance.c.meeting_id == meeting.id)
    )
    if ids:
        session.execute(
            sa.insert(meeting_attendance),
            [{"meeting_id": meeting.id, "contact_id": cid} for cid in ids],
        )
    session.flush()
    return len(ids)


def add_agenda_item(
    session: Session, *, meeting_id: int, title: str, description: str = ""
) -> AgendaItem:
    """Append an item to the meeting's agenda (numbered after the last one)."""
    _get(session, Meeting, meeting_id, "meeting")
    last = session.execute(
        sa.select(sa.func.max(AgendaItem.ordinal)).where(AgendaItem.meeting_id == meeting_id)
    ).scalar_one()
    item = AgendaItem(
        meeting_id=meeting_id,
        ordinal=(last or 0) + 1,
        title=_text(title, _("The agenda item's title"), limit=200, required=True),
        description=_text(description, _("The description")),
    )
    session.add(item)
    session.flush()
    return item


def update_meeting(
    session: Session, *, meeting_id: int, held_at: datetime, place: str = ""
) -> Meeting:
    """Fix a meeting's date, time or place."""
    meeting: Meeting = _get(session, Meeting, meeting_id, "meeting")
    if not isinstance(held_at, datetime):
        raise InvalidInput(_("The meeting time must be a date with a time of day."))
    if held_at.tzinfo is not None:
        raise InvalidInput(_("Give the meeting time as local time, without a time zone."))
    meeting.held_at = held_at
    meeting.place = _text(place, _("The place"), limit=200)
    session.flush()
    return meeting


def delete_meeting(session: Session, *, meeting_id: int) -> None:
    """Delete a meeting with its attendance, agenda, motions and the mandates on its agenda
    (say what goes first: ``meeting_dependents``)."""
    meeting: Meeting = _get(session, Meeting, meeting_id, "meeting")
    session.delete(meeting)
    session.flush()
    session.expire_all()  # attendance, agenda, motions and mandates went with it


def _count(value: object, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidInput(_("{what} must be a whole number, 0 or more.").format(what=what))
    return value


def record_motion(
    session: Session,
    *,
    meeting_id: int,
    text: str,
    kind: MotionKind | str,
    result: MotionResult | str,
    votes_for: int | None = None,
    votes_against: int | None = None,
    abstentions: int | None = None,
    agenda_item_id: int | None = None,
) -> Motion:
    """A motion and its result: a vote (counts must agree with the result) or a consensus."""
    _get(session, Meeting, meeting_id, "meeting")
    motion_kind = _enum(MotionKind, kind, _("motion kind"))
    motion_result = _enum(MotionResult, result, _("motion result"))
    text = _text(text, _("The motion's text"), required=True)
    counts = (
        _count(votes_for, _("Votes for")),
        _count(votes_against, _("Votes against")),
        _count(abstentions, _("Abstentions")),
    )
    given = any(c is not None for c in counts)
    if motion_result in (MotionResult.CONSENSUS, MotionResult.WITHDRAWN, MotionResult.PENDING):
        if given:
            raise InvalidInput(
                _("A motion that is {value} has no vote counts; leave them "
                  "empty.").format(value=motion_result.value)
            )
    elif given:
        if counts[0] is None or counts[1] is None:
            raise InvalidInput(_("A counted vote needs both the votes for and the votes against."))
        carried = counts[0] > counts[1]
        if motion_result is MotionResult.CARRIED and not carried:
            raise InvalidInput(
                _("The counts do not carry the motion: it needs more votes for than against. "
                "Check the counts or record it as lost.")
            )
        if motion_result is MotionResult.LOST and carried:
            raise InvalidInput(
                _("The counts carry the motion (more for than against); check the counts or "
                "record it as carried.")
            )
    if agenda_item_id is not None:
        item: AgendaItem = _get(session, AgendaItem, agenda_item_id, _("agenda item"))
        if item.meeting_id != meeting_id:
            raise InvalidInput(_("The agenda item belongs to another meeting."))
    motion = Motion(
        meeting_id=meeting_id,
        agenda_item_id=agenda_item_id,
        kind=motion_kind,
        text=text,
        result=motion_result,
        votes_for=counts[0],
        votes_against=counts[1],
        abstentions=counts[2],
    )
    session.add(motion)
    session.flush()
    return motion


def save_minutes(session: Session, *, meeting_id: int, minutes: str) -> Meeting:
    """Replace the meeting's minutes."""
    meeting: Meeting = _get(session, Meeting, meeting_id, "meeting")
    if not isinstance(minutes, str):
        raise InvalidInput(_("The minutes must be text."))
    meeting.minutes = minutes
    session.flush()
    return meeting


# --------------------------------------------------------------------------------------------------
# Delegates


def _decision_of(
    session: Session, motion_id: int, forum_id: int, kind: MotionKind, what: str
) -> tuple[Motion, Meeting]:
    motion: Motion = _get(session, Motion, motion_id, "motion")
    meeting: Meeting = _get(session, Meeting, motion.meeting_id, "meeting")
    if meeting.body_id != forum_id:
        raise InvalidInput(_("The {what} motion was not passed by this forum.").format(what=what))
    if motion.kind is not kind:
        raise InvalidInput(_("The motion is not a {value} motion.").format(value=kind.value))
    if motion.result not in _ADOPTED:
        raise InvalidInput(
            _("The {what} motion was not carried (its result is {value}); "
            "only a carried motion or a consensus counts.").format(
                    what=what, value=motion.result.value)
        )
    return motion, meeting


def _forum(session: Session, forum_id: int, council_id: int | None = None) -> Body:
    """The sending body: a forum, or a council sending to another council above it (the
    confederation goes up any number of tiers)."""
    forum: Body = _get(session, Body, forum_id, "forum")
    if forum.kind is not BodyKind.FORUM and (council_id is None or council_id == forum_id):
        raise InvalidInput(_("Delegates and mandates come from a forum, not a council."))
    return forum


def elect_delegate(
    session: Session,
    *,
    forum_id: int,
    council_id: int,
    display_name: str,
    term_start: date,
    term_end: date,
    role: DelegateRole | str = DelegateRole.DELEGATE,
    contact_id: int | None = None,
    motion_id: int | None = None,
) -> Delegate:
    """A delegate (or alternate) the forum (or a council) sends to a council for a term."""
    _forum(session, forum_id, council_id)
    council: Body = _get(session, Body, council_id, "council")
    if council.kind is not BodyKind.COUNCIL:
        raise InvalidInput(_("A delegate is sent to a council, not to a forum."))
    term_start = _date(term_start, _("The start of the term"))
    term_end = _date(term_end, _("The end of the term"))
    if term_end < term_start:
        raise InvalidInput(_("The term ends before it starts; check both dates."))
    if contact_id is not None:
        _get(session, Contact, contact_id, "contact")
    if motion_id is not None:
        _decision_of(session, motion_id, forum_id, MotionKind.ELECTION, "election")
    delegate = Delegate(
        forum_id=forum_id,
        council_id=council_id,
        contact_id=contact_id,
        display_name=_text(display_name, _("The delegate's name"), limit=200, required=True),
        role=_enum(DelegateRole, role, _("delegate role")),
        term_start=term_start,
        term_end=term_end,
        elected_by_motion_id=motion_id,
    )
    session.add(delegate)
    session.flush()
    return delegate


def recall_delegate(session: Session, *, delegate_id: int, motion_id: int, on: date) -> Delegate:
    """End a delegate's term by the forum's carried recall motion."""
    delegate: Delegate = _get(session, Delegate, delegate_id, "delegate")
    on = _date(on, _("The recall date"))
    if delegate.ended_on is not None:
        raise Conflict(_("The delegate's term has already ended."))
    _decision, meeting = _decision_of(session, motion_id, delegate.forum_id, MotionKind.RECALL,
                                      "recall")
    if on < meeting.held_at.date():
        raise InvalidInput(_("The recall date is before the meeting that voted the recall."))
    if on < delegate.term_start:
        raise InvalidInput(_("The recall date is before the delegate's term started."))
    delegate.recalled_by_motion_id = motion_id
    delegate.ended_on = on
    session.flush()
    return delegate


# --------------------------------------------------------------------------------------------------
# Mandates


def pass_mandate(
    session: Session,
    *,
    forum_id: int,
    agenda_item_id: int,
    instruction: Instruction | str,
    red_lines: str = "",
    figure_to_hold: str = "",
    expires_on: date | None = None,
    motion_id: int | None = None,
) -> Mandate:
    """The forum's binding instruction on one agenda item of a council meeting.

    One mandate per forum and item: passing it again replaces the earlier one, unless the
    delegate has already reported back on it.
    """
    item: AgendaItem = _get(session, AgendaItem, agenda_item_id, _("agenda item"))
    meeting: Meeting = _get(session, Meeting, item.meeting_id, "meeting")
    council: Body = _get(session, Body, meeting.body_id, "council")
    _forum(session, forum_id, council.id)
    if council.kind is not BodyKind.COUNCIL:
        raise InvalidInput(_("A mandate is for an agenda item of a council meeting, not a "
                             "forum's."))
    choice = _enum(Instruction, instruction, "instruction")
    red_lines = _text(red_lines, _("The red lines"))
    figure_to_hold = _text(figure_to_hold, _("The figure to hold"), limit=200)
    if expires_on is not None:
        expires_on = _date(expires_on, _("The expiry date"))
    if motion_id is not None:
        _decision_of(session, motion_id, forum_id, MotionKind.MANDATE, "mandate")
    mandate = session.execute(
        sa.select(Mandate).where(
            Mandate.forum_id == forum_id, Mandate.agenda_item_id == agenda_item_id
        )
    ).scalar_one_or_none()
    if mandate is None:
        mandate = Mandate(forum_id=forum_id, agenda_item_id=agenda_item_id)
        session.add(mandate)
    elif session.execute(
        sa.select(MandateReport.id).where(MandateReport.mandate_id == mandate.id)
    ).first():
        raise Conflict(_("The delegate has already reported back on this mandate; it cannot "
                         "change."))
    mandate.instruction = choice
    mandate.red_lines = red_lines
    mandate.figure_to_hold = figure_to_hold
    mandate.expires_on = expires_on
    mandate.motion_id = motion_id
    session.flush()
    return mandate


def report_back(
    session: Session,
    *,
    mandate_id: int,
    carried_out: CarriedOut | str,
    outcome: str = "",
    notes: str = "",
    reported_on: date,
    delegate_id: int | None = None,
) -> MandateReport:
    """The delegate's report on how the mandate was carried out; a second report replaces it."""
    mandate: Mandate = _get(session, Mandate, mandate_id, "mandate")
    done = _enum(CarriedOut, carried_out, _("answer to 'carried out'"))
    reported_on = _date(reported_on, _("The report date"))
    item: AgendaItem = _get(session, AgendaItem, mandate.agenda_item_id, _("agenda item"))
    meeting: Meeting = _get(session, Meeting, item.meeting_id, "meeting")
    if reported_on < meeting.held_at.date():
        raise InvalidInput(_("The report-back date is before the council meeting it reports on."))
    if delegate_id is not None:
        delegate: Delegate = _get(session, Delegate, delegate_id, "delegate")
        if delegate.forum_id != mandate.forum_id or delegate.council_id != meeting.body_id:
            raise InvalidInput(_("That delegate was not sent by this forum to this council."))
    report = session.execute(
        sa.select(MandateReport).where(MandateReport.mandate_id == mandate.id)
    ).scalar_one_or_none()
    if report is None:
        report = MandateReport(mandate_id=mandate.id)
        session.add(report)
    report.delegate_id = delegate_id
    report.carried_out = done
    report.outcome = _text(outcome, _("The outcome"))
    report.notes = _text(notes, _("The notes"))
    report.reported_on = reported_on
    session.flush()
    return report
