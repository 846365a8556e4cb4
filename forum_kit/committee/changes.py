"""Each report operation in the keeper's vault: what it would change, compared three ways, and
how it is applied through the same services as a change made by hand.

Owns ``Resolver`` (uids to this vault's ids, including records an earlier change of the same
review just added), ``compare`` (the keeper's current value of what a "set" operation changes,
and whether the change is plain, already so, or crosses a change the keeper made since the copy),
``APPLY`` (one function per operation: the services validate every value, as for an edit made
on screen) and ``describe`` (a sentence and the field-by-field details a review shows). Names
come from the keeper's own chart; nothing here is written outside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.committee.kinds import KINDS
from forum_kit.committee.ops import PERSON_FIELDS, Entry
from forum_kit.errors import Conflict, InvalidInput, NotFound
from forum_kit.i18n import N_, _
from forum_kit.models import (
    Area,
    AssessmentLevel,
    Contact,
    Conversation,
    Grievance,
    GrievanceEvent,
    Meeting,
    StructureTest,
    StructureTestOutcome,
    meeting_attendance,
)
from forum_kit.models.enums import StepEventKind
from forum_kit.services import assemblies as asm
from forum_kit.services import grievances as griev
from forum_kit.services.assessments import append_assessment
from forum_kit.services.contacts import add_contact, clean_fields, update_contact
from forum_kit.services.conversations import AEIOU_FIELDS, log_conversation
from forum_kit.services.structure_tests import record_outcome

FIELD_LABELS = {
    "first_name": N_("First name"),
    "last_name": N_("Last name"),
    "shift": N_("Shift"),
    "job_title": N_("Job title"),
    "employment": N_("FT/PT"),
    "employee_number": N_("Employee number"),
    "phone": N_("Phone"),
    "email": N_("Email"),
    "language": N_("Language"),
    "notes": N_("Notes"),
    "area": N_("Area"),
    "title": N_("Title"),
    "who": N_("Who"),
    "what": N_("What"),
    "where": N_("Where"),
    "why": N_("Why"),
    "remedy": N_("Remedy"),
    "contract_article": N_("Contract article"),
}


class Resolver:
    """uid -> id in this vault, for the kinds a report names."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._cache: dict[tuple[str, str], int | None] = {}

    def id(self, kind: str, uid: str) -> int | None:
        key = (kind, uid)
        if key not in self._cache:
            table = KINDS[kind].table
            self._cache[key] = self.session.execute(
                sa.select(table.c.id).where(table.c.uid == uid)
            ).scalar_one_or_none()
        return self._cache[key]

    def need(self, kind: str, uid: str, what: str) -> int:
        found = self.id(kind, uid)
        if found is None:
            raise NotFound(_("The {what} is no longer in the chart.").format(what=what))
        return found

    def added(self, kind: str, uid: str, ident: int) -> None:
        self._cache[(kind, uid)] = ident

    def forget_added(self) -> None:
        """After a trial run is rolled back, ids it made are gone."""
        self._cache = {}


@dataclass(frozen=True)
class Context:
    """What applying needs besides the entry: the member's contact (the author of their
    one-on-ones and assessments) and the day of the review."""

    author_id: int | None
    today: date


def _author(ctx: Context, contact_id: int) -> int | None:
    return ctx.author_id if ctx.author_id not in (None, contact_id) else None


# ----------------------------------------------------------------------------------- compare


def current_value(session: Session, res: Resolver, entry: Entry) -> Any:
    """The keeper's current value of what a "set" operation changes (None when missing)."""
    if entry.op == "contact.set":
        contact = session.get(Contact, res.need("contacts", entry.target, "person"))
        assert contact is not None
        name = entry.data["field"]
        if name == "area":
            return session.execute(
                sa.select(Area.uid).where(Area.id == contact.area_id)
            ).scalar_one()
        value = getattr(contact, name)
        return value.value if hasattr(value, "value") else value
    if entry.op == "grievance.set":
        case = session.get(Grievance, res.need("grievances", entry.target, "grievance"))
        assert case is not None
        return getattr(case, entry.data["field"])
    if entry.op == "outcome.set":
        test = res.need("structure_tests", entry.data["test"], "structure test")
        contact = res.need("contacts", entry.data["contact"], "person")
        value = session.execute(
            sa.select(StructureTestOutcome.outcome).where(
                StructureTestOutcome.test_id == test, StructureTestOutcome.contact_id == contact
            )
        ).scalar_one_or_none()
        return None if value is None else value.value
    raise ValueError(entry.op)


def already_done(session: Session, res: Resolver, entry: Entry) -> bool:
    """An operation whose effect the chart already holds (a record with the same uid, the
    same step event, the same attendance)."""
    spec = entry.spec
    if spec.adds:
        return res.id(spec.kind, entry.target) is not None
    if entry.op == "attendance.add":
        meeting = res.need("meetings", entry.target, "meeting")
        contact = res.need("contacts", entry.data["contact"], "person")
        return (
            session.execute(
                sa.select(meeting_attendance.c.meeting_id).where(
                    meeting_attendance.c.meeting_id == meeting,
                    meeting_attendance.c.contact_id == contact,
                )
            ).first()
            is not None
        )
    return False


def same_event(session: Session, res: Resolver, entry: Entry) -> bool:
    """The step event is already in the case's history (recorded by the keeper too)."""
    case = res.need("grievances", entry.data["grievance"], "grievance")
    kind = "answered" if entry.data["action"] == "answered" else "filed"
    step = entry.data["step"]
    if entry.data["action"] == "appeal":
        step = session.execute(
            sa.select(sa.func.min(GrievanceEvent.step)).where(
                GrievanceEvent.grievance_id == case,
                GrievanceEvent.step > entry.data["step"],
                GrievanceEvent.kind == StepEventKind.FILED,
            )
        ).scalar()
        if step is None:
            return False
    return (
        session.execute(
            sa.select(GrievanceEvent.id).where(
                GrievanceEvent.grievance_id == case,
                GrievanceEvent.step == step,
                GrievanceEvent.kind == kind,
                GrievanceEvent.on == entry.data["on"],
            )
        ).first()
        is not None
    )


# ------------------------------------------------------------------------------------- apply


def _contact_add(session: Session, res: Resolver, entry: Entry, ctx: Context) -> list[Any]:
    d = entry.data
    area = res.need("areas", d["area"], "area")
    workplace = session.execute(sa.select(Area.workplace_id).where(Area.id == area)).scalar_one()
    contact = add_contact(
        session,
        workplace_id=workplace,
        area_id=area,
        first_name=d["first_name"],
        **{k: d[k] for k in PERSON_FIELDS if k in d and k != "first_name"},
        today=d["added_on"],
        uid=entry.target,
    )
    res.added("contacts", entry.target, contact.id)
    return [("contacts", entry.target, "", "added")]


def _contact_set(session: Session, res: Resolver, entry: Entry, ctx: Context) -> list[Any]:
    contact = res.need("contacts", entry.target, "person")
    name, value = entry.data["field"], entry.data["value"]
    if name == "area":
        update_contact(session, contact_id=contact, area_id=res.need("areas", value, "area"))
    else:
        update_contact(session, contact_id=contact, today=ctx.today, **{name: value})
    return [("contacts", entry.target, name, "changed")]


def _conversation_add(session: Session, res: Resolver, entry: Entry, ctx: Context) -> list[Any]:
    d = entry.data
    contact = res.need("contacts", d["contact"], "person")
    talk = log_conversation(
        session,
        contact_id=contact,
        held_on=d["held_on"],
        by_id=_author(ctx, contact),
        tags=d.get("tags") or [],
        follow_up_on=d.get("follow_up_on"),
        sensitive=bool(d.get("sensitive")),
        today=ctx.today,
        **{name: d.get(name, "") for name in AEIOU_FIELDS},
    )
    talk.uid = entry.target
    session.flush()
    res.added("conversations", entry.target, talk.id)
    done = [("conversations", entry.target, "", "added")]
    if d.get("level") is not None:
        row = append_assessment(
            session,
            contact_id=contact,
            level=d["level"],
            assessed_on=d["held_on"],
            assessed_by_id=_author(ctx, contact),
            conversation_id=talk.id,
            evidence="one-on-one",
            today=ctx.today,
            uid=d["assessment"],
        )
        res.added("assessments", d["assessment"], row.id)
        done.append(("assessments", d["assessment"], "", "added"))
    return done


def _assessment_add(session: Session, res: Resolver, entry: Entry, ctx: Context) -> list[Any]:
    d = entry.data
    contact = res.need("contacts", d["contact"], "person")
    row = append_assessment(
        session,
        contact_id=contact,
        level=d["level"],
        assessed_on=d["assessed_on"],
        assessed_by_id=_author(ctx, contact),
        evidence=d.get("evidence", ""),
        today=ctx.today,
        uid=entry.target,
    )
    res.added("assessments", entry.target, row.id)
    return [("assessments", entry.target, "", "added")]


def _grievance_event(session: Session, res: Resolver, entry: Entry, ctx: Context) -> list[Any]:
    d = entry.data
    case_id = res.need("grievances", d["grievance"], "grievance")
    case = session.get(Grievance, case_id)
    assert case is not None
    if case.current_step != d["step"]:
        raise Conflict(
            _("The case is now at step {current_step}, not step {value} as in the steward's "
              "copy.").format(current_step=case.current_step, value=d['step'])
        )
    if d["action"] == "appeal":
        griev.advance_step(session, grievance_id=case_id, filed_on=d["on"])
        event = next(
            e for e in case.events if e.step == case.current_step and e.kind is StepEventKind.FILED
        )
        event.notes = d.get("notes", "")
    else:
        event = griev.record_step_event(
            session, grievance_id=case_id, kind=d["action"], on=d["on"], notes=d.get("notes", "")
        )
    event.uid = entry.target
    session.flush()
    res.added("grievance_events", entry.target, event.id)
    return [("grievance_events", entry.target, "", "added")]


def _grievance_set(session: Session, res: Resolver, entry: Entry, ctx: Context) -> list[Any]:
    case = res.need("grievances", entry.target, "grievance")
    griev.update_grievance(session, grievance_id=case, **{entry.data["field"]: entry.data["value"]})
    return [("grievances", entry.target, entry.data["field"], "changed")]


def _outcome_set(session: Session, res: Resolver, entry: Entry, ctx: Context) -> list[Any]:
    d = entry.data
    test = res.need("structure_tests", d["test"], "structure test")
    contact = res.need("contacts", d["contact"], "person")
    existing = session.execute(
        sa.select(StructureTestOutcome.id).where(
            StructureTestOutcome.test_id == test, StructureTestOutcome.contact_id == contact
        )
    ).scalar_one_or_none()
    row = record_outcome(
        session, test_id=test, contact_id=contact, outcome=d["value"], recorded_on=d["recorded_on"]
    )
    if existing is None and res.id("structure_test_outcomes", entry.target) is None:
        row.uid = entry.target
        session.flush()
    return [("structure_test_outcomes", row.uid, "outcome", "changed")]


def _attendance_add(session: Session, res: Resolver, entry: Entry, ctx: Context) -> list[Any]:
    meeting = res.need("meetings", entry.target, "meeting")
    contact = res.need("contacts", entry.data["contact"], "person")
    present = list(
        session.execute(
            sa.select(meeting_attendance.c.contact_id).where(
                meeting_attendance.c.meeting_id == meeting
            )
        ).scalars()
    )
    if contact not in present:
        asm.record_attendance(session, meeting_id=meeting, contact_ids=[*present, contact])
    return [("meetings", entry.target, "attendance", "changed")]


def _check_level(session: Session, level: int | None) -> None:
    if level is not None and session.get(AssessmentLevel, level) is None:
        raise InvalidInput(_("The level is not on this vault's scale."))


def _check_day(day: date | None, today: date, what: str) -> None:
    if day is not None and day > today:
        raise InvalidInput(_("{what} is in the future.").format(what=what))


def _check_contact_set(session: Session, res: Resolver, entry: Entry, ctx: Context) -> None:
    res.need("contacts", entry.target, "person")
    name, value = entry.data["field"], entry.data["value"]
    if name == "area":
        res.need("areas", value, "area")
    else:
        clean_fields({name: value}, ctx.today)


def _check_conversation(session: Session, res: Resolver, entry: Entry, ctx: Context) -> None:
    d = entry.data
    res.need("contacts", d["contact"], "person")
    _check_level(session, d.get("level"))
    _check_day(d["held_on"], ctx.today, "The one-on-one's date")
    if d.get("follow_up_on") is not None and d["follow_up_on"] < d["held_on"]:
        raise InvalidInput(_("The follow-up is before the one-on-one."))


def _check_assessment(session: Session, res: Resolver, entry: Entry, ctx: Context) -> None:
    res.need("contacts", entry.data["contact"], "person")
    _check_level(session, entry.data["level"])
    _check_day(entry.data["assessed_on"], ctx.today, "The assessment's date")


def _check_grievance_set(session: Session, res: Resolver, entry: Entry, ctx: Context) -> None:
    res.need("grievances", entry.target, "grievance")
    if entry.data["field"] == "title" and not str(entry.data["value"]).strip():
        raise InvalidInput(_("A grievance's title cannot be empty."))


def _check_attendance(session: Session, res: Resolver, entry: Entry, ctx: Context) -> None:
    res.need("meetings", entry.target, "meeting")
    res.need("contacts", entry.data["contact"], "person")


Check = Callable[[Session, Resolver, Entry, Context], None]
# How the review finds that a change cannot be applied without applying it: the values and the
# records named, checked as the services will. The other operations (a new person, a step of a
# case, an outcome) depend on more of the chart's state, and are tried in a savepoint instead.
CHECK: dict[str, Check] = {
    "contact.set": _check_contact_set,
    "conversation.add": _check_conversation,
    "assessment.add": _check_assessment,
    "grievance.set": _check_grievance_set,
    "attendance.add": _check_attendance,
}


Apply = Callable[[Session, Resolver, Entry, Context], list[Any]]
APPLY: dict[str, Apply] = {
    "contact.add": _contact_add,
    "contact.set": _contact_set,
    "conversation.add": _conversation_add,
    "assessment.add": _assessment_add,
    "grievance.event": _grievance_event,
    "grievance.set": _grievance_set,
    "outcome.set": _outcome_set,
    "attendance.add": _attendance_add,
}


# ---------------------------------------------------------------------------------- describe


class Names:
    """Names of people, cases, tests, meetings and areas by uid, from the keeper's chart (or
    from a new-contact entry of the same report)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.new_people: dict[str, str] = {}
        self._levels: dict[int, str] | None = None

    def person(self, uid: str) -> str:
        if uid in self.new_people:
            return self.new_people[uid]
        row = self.session.execute(
            sa.select(Contact.first_name, Contact.last_name).where(Contact.uid == uid)
        ).first()
        return "(not in the chart)" if row is None else f"{row[0]} {row[1]}".strip()

    def case(self, uid: str) -> str:
        row = self.session.execute(
            sa.select(Grievance.number, Grievance.title).where(Grievance.uid == uid)
        ).first()
        return "(not in the chart)" if row is None else f"{row[0]} {row[1]}"

    def test(self, uid: str) -> str:
        title = self.session.execute(
            sa.select(StructureTest.title).where(StructureTest.uid == uid)
        ).scalar_one_or_none()
        return title or "(not in the chart)"

    def meeting(self, uid: str) -> str:
        held = self.session.execute(
            sa.select(Meeting.held_at).where(Meeting.uid == uid)
        ).scalar_one_or_none()
        return "(not in the chart)" if held is None else f"the meeting of {held.date()}"

    def area(self, uid: str | None) -> str:
        if uid is None:
            return ""
        name = self.session.execute(sa.select(Area.name).where(Area.uid == uid)).scalar()
        return name or "(not in the chart)"

    def level(self, level: int | None) -> str:
        if level is None:
            return ""
        if self._levels is None:
            self._levels = dict(
                self.session.execute(sa.select(AssessmentLevel.level, AssessmentLevel.label)).all()
            )
        return f"{level} ({self._levels.get(level, '?')})"

    def conversation_person(self, uid: str) -> str:
        row = self.session.execute(
            sa.select(Contact.uid)
            .join(Conversation, Conversation.contact_id == Contact.id)
            .where(Conversation.uid == uid)
        ).scalar_one_or_none()
        return "" if row is None else self.person(row)


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def describe(entry: Entry, names: Names) -> tuple[str, str, list[tuple[str, str]]]:
    """(what, subject, details) of one entry: a sentence, who or what it is about, and the
    values it brings as (label, value) pairs."""
    d = entry.data
    op = entry.op
    if op == "contact.add":
        name = f"{d['first_name']} {d.get('last_name', '')}".strip()
        names.new_people[entry.target] = name
        details = [(_(FIELD_LABELS[k]), _shown(d.get(k))) for k in PERSON_FIELDS if d.get(k)]
        return _("New contact"), name, [(_("Area"), names.area(d["area"])), *details]
    if op == "contact.set":
        label = _(FIELD_LABELS[d["field"]])
        return f"Correct {label.lower()}", names.person(entry.target), []
    if op == "conversation.add":
        details = [(n.capitalize(), d[n]) for n in AEIOU_FIELDS if d.get(n)]
        if d.get("tags"):
            details.append(("Issues", ", ".join(d["tags"])))
        if d.get("follow_up_on"):
            details.append(("Follow up", d["follow_up_on"].isoformat()))
        if d.get("level") is not None:
            details.append(("Assessment", names.level(d["level"])))
        if d.get("sensitive"):
            details.append(("Sensitive", "yes"))
        return f"One-on-one on {d['held_on'].isoformat()}", names.person(d["contact"]), details
    if op == "assessment.add":
        return (
            f"Assessment on {d['assessed_on'].isoformat()}",
            names.person(d["contact"]),
            [("Level", names.level(d["level"])), ("Evidence", d.get("evidence", ""))],
        )
    if op == "grievance.event":
        what = {
            "filed": f"Filed at step {d['step']}",
            "answered": f"Answer at step {d['step']}",
            "appeal": f"Appealed from step {d['step']}",
        }[d["action"]]
        return (
            f"{what} on {d['on'].isoformat()}",
            names.case(d["grievance"]),
            [("Notes", d.get("notes", ""))] if d.get("notes") else [],
        )
    if op == "grievance.set":
        return f"Change {_(FIELD_LABELS[d['field']]).lower()}", names.case(entry.target), []
    if op == "outcome.set":
        return (
            f"Structure test: {d['value']} on {d['recorded_on'].isoformat()}",
            names.person(d["contact"]),
            [("Test", names.test(d["test"]))],
        )
    if op == "attendance.add":
        return f"Attended {names.meeting(entry.target)}", names.person(d["contact"]), []
    return op, "", []


def shown_value(entry: Entry, value: Any, names: Names) -> str:
    """A "set" value as the review shows it (an area by its name)."""
    if entry.op == "contact.set" and entry.data["field"] == "area":
        return names.area(value)
    return _shown(value)
