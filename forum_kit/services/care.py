"""Care for members: plan a check-in after a hard event (who checks, by when), record how it went,
and log retaliation (dated, what, who from management, witnesses among coworkers, the grievance
it belongs to). Retaliation incidents are sensitive unless the committee says otherwise.
Nothing here commits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import Conflict, InvalidInput
from forum_kit.i18n import _
from forum_kit.models import Contact, Grievance, Workplace
from forum_kit.models.care import CareEvent, CheckIn, RetaliationIncident, retaliation_witnesses
from forum_kit.services import check_date, clean_text, get_or_404, not_future
from forum_kit.services.mutual_aid import choice

__all__ = ["add_check_in", "delete_retaliation", "log_retaliation", "record_check_in"]


def add_check_in(
    session: Session,
    *,
    contact_id: int,
    event: CareEvent | str,
    event_on: dt.date,
    due_on: dt.date,
    checker_id: int | None = None,
    about: str = "",
    grievance_id: int | None = None,
    today: dt.date | None = None,
) -> CheckIn:
    """Someone will check on the member by ``due_on`` after the event."""
    member = get_or_404(session, Contact, contact_id, "contact")
    check_date(event_on, "Event on")
    not_future(event_on, "Event on", today)
    check_date(due_on, "Check in by")
    if due_on < event_on:
        raise InvalidInput(_("Check in by is before the event; choose a later date."))
    if checker_id is not None:
        if checker_id == contact_id:
            raise InvalidInput(_("Someone else checks on the member; choose who will."))
        get_or_404(session, Contact, checker_id, "contact (who checks in)")
    if grievance_id is not None:
        grievance = get_or_404(session, Grievance, grievance_id, "grievance")
        if grievance.workplace_id != member.workplace_id:
            raise InvalidInput(_("The grievance belongs to another place."))
    check_in = CheckIn(
        contact_id=contact_id,
        event=choice(CareEvent, event, "Event"),
        event_on=event_on,
        about=clean_text(about, "What happened", max_len=10_000, multiline=True),
        grievance_id=grievance_id,
        checker_id=checker_id,
        due_on=due_on,
        recorded_on=today or event_on,
    )
    session.add(check_in)
    session.flush()
    return check_in


def record_check_in(
    session: Session,
    *,
    check_in_id: int,
    done_on: dt.date,
    outcome: str,
    today: dt.date | None = None,
) -> CheckIn:
    """The check-in happened: when, and how the member is."""
    check_in = get_or_404(session, CheckIn, check_in_id, "check-in")
    if check_in.done_on is not None:
        raise Conflict(_("This check-in is already recorded."))
    check_date(done_on, "Done on")
    not_future(done_on, "Done on", today)
    if done_on < check_in.event_on:
        raise InvalidInput(_("Done on is before the event; use a later date."))
    check_in.done_on = done_on
    check_in.outcome = clean_text(outcome, "Outcome", max_len=10_000, multiline=True, required=True)
    session.flush()
    return check_in


def log_retaliation(
    session: Session,
    *,
    workplace_id: int,
    occurred_on: dt.date,
    what: str,
    management: str = "",
    contact_id: int | None = None,
    witness_ids: Iterable[int] = (),
    grievance_id: int | None = None,
    sensitive: bool = True,
    today: dt.date | None = None,
) -> RetaliationIncident:
    """One incident of retaliation; witnesses are coworkers of the same place."""
    get_or_404(session, Workplace, workplace_id, "place")
    check_date(occurred_on, "Occurred on")
    not_future(occurred_on, "Occurred on", today)
    if not isinstance(sensitive, bool):
        raise InvalidInput(_("Sensitive must be true or false."))
    people = {contact_id} if contact_id is not None else set()
    if isinstance(witness_ids, str | bytes):
        raise InvalidInput(_("Witnesses must be a list of people."))
    witnesses = sorted(set(witness_ids))
    for person in people | set(witnesses):
        contact = get_or_404(session, Contact, person, "contact")
        if contact.workplace_id != workplace_id:
            raise InvalidInput(_("A member or witness belongs to another place."))
    if contact_id is not None and contact_id in witnesses:
        raise InvalidInput(
            _("The member targeted is not a witness of it; remove them from the witnesses.")
        )
    if grievance_id is not None:
        grievance = get_or_404(session, Grievance, grievance_id, "grievance")
        if grievance.workplace_id != workplace_id:
            raise InvalidInput(_("The grievance belongs to another place."))
    incident = RetaliationIncident(
        workplace_id=workplace_id,
        contact_id=contact_id,
        occurred_on=occurred_on,
        what=clean_text(what, "What happened", max_len=20_000, multiline=True, required=True),
        management=clean_text(management, "Who from management", max_len=2000),
        grievance_id=grievance_id,
        sensitive=sensitive,
        recorded_on=today or occurred_on,
    )
    session.add(incident)
    session.flush()
    if witnesses:
        session.execute(
            sa.insert(retaliation_witnesses),
            [{"incident_id": incident.id, "contact_id": w} for w in witnesses],
        )
    return incident


def delete_retaliation(session: Session, *, incident_id: int) -> None:
    """Remove an incident logged by mistake (its witnesses list goes with it)."""
    incident = get_or_404(session, RetaliationIncident, incident_id, "incident")
    session.delete(incident)
    session.flush()
