"""Mutual aid: raise a need, make an offer, match a need with the help that fits, follow the match
up, and close a need as met, partly met or unmet (with a reason).

Validation is the services' usual: each field named in the message, never its value. A need or
offer names a member of its own place, or nobody when it came anonymous to the committee; who may
see it is the committee only unless the member agreed to more. Nothing here commits.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import Conflict, InvalidInput
from forum_kit.i18n import _
from forum_kit.models import Area, Contact, Workplace
from forum_kit.models.mutual_aid import (
    AidKind,
    AidMatch,
    AidNeed,
    AidOffer,
    NeedStatus,
    Urgency,
    Visibility,
)
from forum_kit.services import check_date, clean_text, get_or_404, not_future

E = TypeVar("E", bound=StrEnum)

__all__ = [
    "add_need",
    "add_offer",
    "close_need",
    "complete_match_follow_up",
    "delete_need",
    "delete_offer",
    "match_need",
    "reopen_need",
    "withdraw_offer",
]


def choice(enum: type[E], value: Any, field: str) -> E:
    """``value`` as a member of ``enum`` (its member or its text), or a message listing them."""
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum)
        raise InvalidInput(_("{field} must be one of: {allowed}.").format(
                             field=field,
                             allowed=allowed)) from None


def _member(
    session: Session, contact_id: int | None, workplace_id: int, field: str
) -> Contact | None:
    if contact_id is None:
        return None
    contact = get_or_404(session, Contact, contact_id, "contact")
    if contact.workplace_id != workplace_id:
        raise InvalidInput(
            _("{field} belongs to another place; choose someone of this one.").format(field=field)
        )
    return contact


def _area(session: Session, area_id: int | None, workplace_id: int) -> None:
    if area_id is None:
        return
    area = get_or_404(session, Area, area_id, "area")
    if area.workplace_id != workplace_id:
        raise InvalidInput(_("The area belongs to another place; choose one of this place."))


def _who(
    session: Session,
    workplace_id: int,
    contact_id: int | None,
    anonymous: Any,
    area_id: int | None,
    field: str,
) -> tuple[bool, int | None]:
    if not isinstance(anonymous, bool):
        raise InvalidInput(_("Anonymous must be true or false."))
    if anonymous and contact_id is not None:
        raise InvalidInput(
            _("An anonymous {field} names nobody: leave the member out.").format(field=field)
        )
    member = _member(session, contact_id, workplace_id, "The member")
    _area(session, area_id, workplace_id)
    if area_id is None and member is not None:
        area_id = member.area_id
    return anonymous, area_id


def _window(start: dt.date | None, end: dt.date | None, what: str) -> None:
    check_date(start, f"{what} from", required=False)
    check_date(end, f"{what} until", required=False)
    if start is not None and end is not None and end < start:
        raise InvalidInput(
            _("{what} until is before {lower} from; swap the dates.").format(
                what=what, lower=what.lower()
            )
        )


def add_need(
    session: Session,
    *,
    workplace_id: int,
    kind: AidKind | str,
    raised_on: dt.date,
    what: str = "",
    contact_id: int | None = None,
    anonymous: bool = False,
    area_id: int | None = None,
    needed_from: dt.date | None = None,
    needed_by: dt.date | None = None,
    urgency: Urgency | str = Urgency.NORMAL,
    visibility: Visibility | str = Visibility.COMMITTEE,
    today: dt.date | None = None,
) -> AidNeed:
    """A new open need; its area defaults to the member's."""
    get_or_404(session, Workplace, workplace_id, "place")
    check_date(raised_on, "Raised on")
    not_future(raised_on, "Raised on", today)
    anonymous, area_id = _who(session, workplace_id, contact_id, anonymous, area_id, "need")
    _window(needed_from, needed_by, "Needed")
    need = AidNeed(
        workplace_id=workplace_id,
        area_id=area_id,
        contact_id=contact_id,
        anonymous=anonymous,
        kind=choice(AidKind, kind, "Kind"),
        what=clean_text(what, "What is needed", max_len=10_000, multiline=True),
        needed_from=needed_from,
        needed_by=needed_by,
        urgency=choice(Urgency, urgency, "Urgency"),
        visibility=choice(Visibility, visibility, "Who may see it"),
        raised_on=raised_on,
        status=NeedStatus.OPEN,
    )
    if need.visibility is Visibility.NAMED and contact_id is None:
        raise InvalidInput(_("Only a need that names a member can be shown with the name."))
    session.add(need)
    session.flush()
    return need


def close_need(
    session: Session,
    *,
    need_id: int,
    status: NeedStatus | str,
    closed_on: dt.date,
    reason: str = "",
    today: dt.date | None = None,
) -> AidNeed:
    """Met, partly met, or closed unmet (which needs a reason)."""
    need = get_or_404(session, AidNeed, need_id, "need")
    status = choice(NeedStatus, status, "Status")
    if status is NeedStatus.OPEN:
        raise InvalidInput(_("Choose met, partly met or unmet to close a need."))
    if need.status is not NeedStatus.OPEN:
        raise Conflict(_("This need is already closed; reopen it first to change how it ended."))
    check_date(closed_on, "Closed on")
    not_future(closed_on, "Closed on", today)
    if closed_on < need.raised_on:
        raise InvalidInput(_("Closed on is before the need was raised; use a later date."))
    reason = clean_text(reason, "Reason", max_len=2000, multiline=True)
    if status is NeedStatus.UNMET and not reason:
        raise InvalidInput(_("Say why the need was closed unmet (the committee learns from it)."))
    need.status = status
    need.closed_on = closed_on
    need.close_reason = reason
    session.flush()
    return need


def reopen_need(session: Session, *, need_id: int) -> AidNeed:
    need = get_or_404(session, AidNeed, need_id, "need")
    need.status = NeedStatus.OPEN
    need.closed_on = None
    need.close_reason = ""
    session.flush()
    return need


def delete_need(session: Session, *, need_id: int) -> None:
    """Delete a need entered by mistake (its matches go too; fund grants keep their amount)."""
    need = get_or_404(session, AidNeed, need_id, "need")
    session.flush()
    session.execute(sa.delete(AidNeed).where(AidNeed.id == need.id))
    session.expunge(need)
    session.expire_all()


def add_offer(
    session: Session,
    *,
    workplace_id: int,
    kind: AidKind | str,
    offered_on: dt.date,
    what: str = "",
    contact_id: int | None = None,
    anonymous: bool = False,
    area_id: int | None = None,
    available_from: dt.date | None = None,
    available_until: dt.date | None = None,
    visibility: Visibility | str = Visibility.COMMITTEE,
    today: dt.date | None = None,
) -> AidOffer:
    get_or_404(session, Workplace, workplace_id, "place")
    check_date(offered_on, "Offered on")
    not_future(offered_on, "Offered on", today)
    anonymous, area_id = _who(session, workplace_id, contact_id, anonymous, area_id, "offer")
    _window(available_from, available_until, "Available")
    offer = AidOffer(
        workplace_id=workplace_id,
        area_id=area_id,
        contact_id=contact_id,
        anonymous=anonymous,
        kind=choice(AidKind, kind, "Kind"),
        what=clean_text(what, "What is offered", max_len=10_000, multiline=True),
        available_from=available_from,
        available_until=available_until,
        visibility=choice(Visibility, visibility, "Who may see it"),
        offered_on=offered_on,
    )
    if offer.visibility is Visibility.NAMED and contact_id is None:
        raise InvalidInput(_("Only an offer that names a member can be shown with the name."))
    session.add(offer)
    session.flush()
    return offer


def withdraw_offer(session: Session, *, offer_id: int, on: dt.date) -> AidOffer:
    offer = get_or_404(session, AidOffer, offer_id, "offer")
    check_date(on, "Withdrawn on")
    if on < offer.offered_on:
        raise InvalidInput(_("Withdrawn on is before the offer was made; use a later date."))
    offer.withdrawn_on = on
    session.flush()
    return offer


def delete_offer(session: Session, *, offer_id: int) -> None:
    offer = get_or_404(session, AidOffer, offer_id, "offer")
    session.flush()
    session.execute(sa.delete(AidOffer).where(AidOffer.id == offer.id))
    session.expunge(offer)
    session.expire_all()


def match_need(
    session: Session,
    *,
    need_id: int,
    matched_on: dt.date,
    offer_id: int | None = None,
    helper_id: int | None = None,
    help_on: dt.date | None = None,
    notes: str = "",
    follow_up_on: dt.date | None = None,
    today: dt.date | None = None,
) -> AidMatch:
    """Record who helps with an open need (from an offer, or a member asked directly) and when;
    the helper defaults to the offer's member."""
    need = get_or_404(session, AidNeed, need_id, "need")
    if need.status is not NeedStatus.OPEN:
        raise Conflict(_("This need is closed; reopen it to match more help to it."))
    check_date(matched_on, "Matched on")
    not_future(matched_on, "Matched on", today)
    if matched_on < need.raised_on:
        raise InvalidInput(_("Matched on is before the need was raised; use a later date."))
    check_date(help_on, "Help on", required=False)
    check_date(follow_up_on, "Follow-up date", required=False)
    if follow_up_on is not None and follow_up_on < matched_on:
        raise InvalidInput(_("The follow-up date is before the match; choose a later date."))
    if offer_id is not None:
        offer = get_or_404(session, AidOffer, offer_id, "offer")
        if offer.workplace_id != need.workplace_id:
            raise InvalidInput(_("The offer belongs to another place; choose one of this place."))
        if offer.withdrawn_on is not None and offer.withdrawn_on <= matched_on:
            raise Conflict(_("That offer was withdrawn; choose another or ask the member again."))
        if helper_id is None:
            helper_id = offer.contact_id
    if offer_id is None and helper_id is None:
        raise InvalidInput(_("Say who helps: choose an offer or a member."))
    if helper_id is not None:
        _member(session, helper_id, need.workplace_id, "The helper")
        if helper_id == need.contact_id:
            raise InvalidInput(_("The helper is the member in need; choose someone else."))
    match = AidMatch(
        need_id=need.id,
        offer_id=offer_id,
        helper_id=helper_id,
        matched_on=matched_on,
        help_on=help_on,
        notes=clean_text(notes, "Notes", max_len=10_000, multiline=True),
        follow_up_on=follow_up_on,
        follow_up_done=False,
    )
    session.add(match)
    session.flush()
    return match


def complete_match_follow_up(session: Session, *, match_id: int) -> AidMatch:
    match = get_or_404(session, AidMatch, match_id, "match")
    if match.follow_up_on is None:
        raise InvalidInput(_("This match has no follow-up to complete."))
    match.follow_up_done = True
    session.flush()
    return match
