"""Import stage 4: what the vault already holds, and who in it a row of the file is.

Owns ``Existing`` (the workplace's people indexed by employee number, phone key, email and name
within an area, with the history rows an import must not repeat), ``load_existing``, ``match``
(employee number first, then phone, then email, then the name within the same area), the one
rule ``different_workers`` that keeps a shared family phone or two María Garcías apart, the rest
of the vault a plan depends on (the assessment scale, the committee and the roles held), and
``state``: the cheap fingerprint ``apply_import`` checks so that a plan made before the vault
changed is never written. Areas are resolved by ``exchange.area_paths``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.exchange.importer.cells import fold
from forum_kit.exchange.importer.values import phone_key
from forum_kit.i18n import _
from forum_kit.models import (
    Area,
    Assessment,
    AssessmentLevel,
    Committee,
    CommitteeMembership,
    Contact,
    Conversation,
)
from forum_kit.models.enums import CommitteeRole


@dataclass(slots=True)
class Existing:
    """The vault's people of this workplace, indexed for matching."""

    by_number: dict[str, int]
    by_phone: dict[str, int]
    by_email: dict[str, int]
    by_name: dict[tuple[int, str, str], int]
    by_full_name: dict[str, int | None]
    rows: dict[int, Any]
    assessments: set[tuple[int, int, dt.date]]
    conversations: set[tuple[int, dt.date]]


def state(session: Session, workplace_id: int) -> tuple[int, int, int]:
    """A cheap fingerprint of what the plan depends on; apply refuses when it changed."""
    contacts = session.execute(
        sa.select(sa.func.count(), sa.func.coalesce(sa.func.max(Contact.id), 0)).where(
            Contact.workplace_id == workplace_id
        )
    ).one()
    areas = session.execute(
        sa.select(sa.func.count()).select_from(Area).where(Area.workplace_id == workplace_id)
    ).scalar_one()
    return int(contacts[0]), int(contacts[1]), int(areas)


def load_existing(session: Session, workplace_id: int) -> Existing:
    """The workplace's people, their keys and the history rows they already have."""
    c = Contact.__table__.c
    result = session.execute(
        sa.select(
            c.id, c.area_id, c.first_name, c.last_name, c.employee_number, c.phone, c.email,
            c.shift, c.job_title, c.employment, c.language, c.card_signed_on, c.notes,
            c.current_level, c.last_contact_on,
        ).where(c.workplace_id == workplace_id).order_by(c.id)
    )
    existing = Existing({}, {}, {}, {}, {}, {}, set(), set())
    for row in result:
        existing.rows[row.id] = row
        if row.employee_number:
            existing.by_number.setdefault(fold(row.employee_number), row.id)
        key = phone_key(row.phone or "")
        if key:
            existing.by_phone.setdefault(key, row.id)
        if row.email:
            existing.by_email.setdefault(fold(row.email), row.id)
        first, last = fold(row.first_name), fold(row.last_name or "")
        existing.by_name.setdefault((row.area_id, first, last), row.id)
        full = f"{first} {last}".strip()
        # a name shared by two people cannot say who made a contact: remember it as ambiguous
        existing.by_full_name[full] = None if full in existing.by_full_name else row.id
    if existing.rows:
        a = Assessment.__table__.c
        for contact_id, level, on in session.execute(
            sa.select(a.contact_id, a.level, a.assessed_on)
            .join(Contact.__table__, c.id == a.contact_id)
            .where(c.workplace_id == workplace_id)
        ):
            existing.assessments.add((contact_id, level, on))
        v = Conversation.__table__.c
        for contact_id, on in session.execute(
            sa.select(v.contact_id, v.held_on)
            .join(Contact.__table__, c.id == v.contact_id)
            .where(c.workplace_id == workplace_id)
        ):
            existing.conversations.add((contact_id, on))
    return existing


def scale_labels(session: Session) -> dict[str, int]:
    """The assessment scale's labels, case-folded, and its numbers ("1", "2", ... as the scale
    numbers them), to their levels; a retired level's label to the level it reads as now."""
    from forum_kit.queries.levels import scale

    rows = scale(session)
    shown = {r.level: r.level if r.retired_into is None else r.retired_into for r in rows}
    levels = {fold(r.label): shown[r.level] for r in rows if r.retired_into is not None}
    levels.update({fold(r.label): r.level for r in rows if r.retired_into is None})
    levels.update({str(r.number): r.level for r in rows if r.number is not None})
    return levels or {"unassessed": 0}


def level_names(session: Session) -> dict[int, str]:
    """The assessment scale: each level's label as the app shows it."""
    return dict(session.execute(sa.select(AssessmentLevel.level, AssessmentLevel.label)).all())


def committee_roles(
    session: Session, workplace_id: int, existing: Existing
) -> tuple[int | None, set[tuple[int, CommitteeRole]]]:
    """The workplace's first committee (where imported roles go) and the roles people hold in
    it now: a role someone already holds is not added again."""
    committee_id = session.execute(
        sa.select(Committee.id).where(Committee.workplace_id == workplace_id)
        .order_by(Committee.id).limit(1)
    ).scalar_one_or_none()
    active: set[tuple[int, CommitteeRole]] = set()
    if committee_id is not None and existing.rows:
        m = CommitteeMembership.__table__.c
        active = {
            (cid, CommitteeRole(role))
            for cid, role in session.execute(
                sa.select(m.contact_id, m.role).where(
                    m.committee_id == committee_id, m.left_on.is_(None)
                )
            )
        }
    return committee_id, active


def match(
    existing: Existing,
    number: str | None,
    phone: str | None,
    email: str | None,
    name_key: tuple[Any, str, str],
) -> tuple[int | None, str]:
    """The person in the vault a row describes and how it was matched, or (None, "")."""
    if number is not None:
        found = existing.by_number.get(number)
        if found is not None:
            return found, _("employee number")
    pairs = ((existing.by_phone, phone, "phone"), (existing.by_email, email, "email"))
    for index, key, how in pairs:
        if key is None:
            continue
        found = index.get(key)
        if found is None:
            continue
        if different_workers(number, existing.rows[found].employee_number):
            continue
        return found, how
    if isinstance(name_key[0], int):
        found = existing.by_name.get(name_key)
        if found is not None and not different_workers(
            number, existing.rows[found].employee_number
        ):
            return found, _("name in the same area")
    return None, ""


def different_workers(number: str | None, other: str | None) -> bool:
    """Whether two people who share a phone, an email or a name in the area are still two
    workers: both carry an employee number and the numbers differ (a family phone, two María
    Garcías). ``number`` is folded; ``other`` may be as stored."""
    return number is not None and bool(other) and fold(other) != number
