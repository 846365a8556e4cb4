"""Organising committees and dated membership: one open membership per person at a time, with
joined and left dates kept as history (growth metrics count members as of any date)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import Conflict, InvalidInput, NotFound
from forum_kit.i18n import _
from forum_kit.models import Committee, CommitteeMembership, Contact, Workplace
from forum_kit.models.enums import CommitteeRole
from forum_kit.services import check_date, clean_text, get_or_404

DEFAULT_COMMITTEE = "Organising committee"


def get_or_create_committee(
    session: Session, *, workplace_id: int, name: str = DEFAULT_COMMITTEE
) -> Committee:
    get_or_404(session, Workplace, workplace_id, "workplace")
    name = clean_text(name, _("Committee name"), max_len=200, required=True)
    committee = session.execute(
        sa.select(Committee).where(Committee.workplace_id == workplace_id, Committee.name == name)
    ).scalar_one_or_none()
    if committee is None:
        committee = Committee(workplace_id=workplace_id, name=name)
        session.add(committee)
        session.flush()
    return committee


def _open_membership(session: Session, contact_id: int) -> CommitteeMembership | None:
    return session.execute(
        sa.select(CommitteeMembership)
        .where(CommitteeMembership.contact_id == contact_id, CommitteeMembership.left_on.is_(None))
        .order_by(CommitteeMembership.joined_on.desc(), CommitteeMembership.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def join_committee(
    session: Session,
    *,
    contact_id: int,
    role: CommitteeRole | str,
    joined_on: dt.date,
    committee_id: int | None = None,
) -> CommitteeMembership:
    contact = get_or_404(session, Contact, contact_id, "contact")
    try:
        role_value = CommitteeRole(role)
    except ValueError:
        raise InvalidInput(_("Committee role must be C (member) or CH (helper).")) from None
    check_date(joined_on, _("Joined on"))
    if committee_id is None:
        committee = get_or_create_committee(session, workplace_id=contact.workplace_id)
    else:
        committee = get_or_404(session, Committee, committee_id, "committee")
        if committee.workplace_id != contact.workplace_id:
            raise InvalidInput(_("The committee belongs to another workplace."))
    if _open_membership(session, contact.id) is not None:
        raise Conflict(_("This person is already on a committee; record that they left first."))
    last_left = session.execute(
        sa.select(sa.func.max(CommitteeMembership.left_on)).where(
            CommitteeMembership.contact_id == contact.id
        )
    ).scalar_one()
    if last_left is not None and joined_on < last_left:
        raise InvalidInput(_("Joined on is before an earlier membership ended; use a later date."))
    membership = CommitteeMembership(
        committee_id=committee.id, contact_id=contact.id, role=role_value, joined_on=joined_on
    )
    session.add(membership)
    session.flush()
    return membership


def leave_committee(session: Session, *, contact_id: int, left_on: dt.date) -> CommitteeMembership:
    get_or_404(session, Contact, contact_id, "contact")
    check_date(left_on, _("Left on"))
    membership = _open_membership(session, contact_id)
    if membership is None:
        raise NotFound(_("This person is not on a committee."))
    if left_on < membership.joined_on:
        raise InvalidInput(_("Left on is before joined on; use a later date."))
    membership.left_on = left_on
    session.flush()
    return membership
