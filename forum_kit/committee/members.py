"""Who is on the committee: the keeper's members (stewards with a scope) and, in a steward's vault,
the keepers whose copies it opens.

Owns adding a member from their key card once the fingerprint typed (compared in person) fits,
setting a member's scope (the whole workplace or some areas; with or without sensitive records)
and the contact that is the steward in the chart, removing a member (what they reported stays,
with its provenance), and trusting or forgetting a keeper. Cards and fingerprints are read by
``forum_kit.exchange.identity``, as for council bundles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import Conflict, InvalidInput, NotFound
from forum_kit.exchange.area_paths import area_paths
from forum_kit.exchange.identity import (
    FingerprintMismatch,
    PublicCard,
    clean_name,
    parse_card,
    parse_fingerprint,
)
from forum_kit.i18n import _
from forum_kit.models import (
    Area,
    ChartCopy,
    ChartKeeper,
    ChartMember,
    ChartMemberArea,
    Contact,
    VaultKey,
    Workplace,
)


@dataclass(frozen=True)
class ScopeSpec:
    """A member's scope as the keeper chose it."""

    area_ids: tuple[int, ...] | None  # None: the whole workplace
    sensitive: bool


def _checked_card(session: Session, card: str, fingerprint: str) -> PublicCard:
    parsed = parse_card(card)
    if parse_fingerprint(fingerprint) != parsed.fingerprint:
        raise FingerprintMismatch()
    own = session.execute(sa.select(VaultKey.signing_public)).scalars().first()
    if own is not None and own == parsed.signing_public:
        raise InvalidInput(_("That is this vault's own card; use the other steward's card."))
    return parsed


def _check_scope(session: Session, workplace_id: int, scope: ScopeSpec) -> list[int]:
    if not isinstance(scope.sensitive, bool):
        raise InvalidInput(_("Whether the steward sees sensitive records must be yes or no."))
    if scope.area_ids is None:
        return []
    ids = list(dict.fromkeys(scope.area_ids))
    if not ids:
        raise InvalidInput(_("Choose at least one area, or the whole workplace."))
    if any(isinstance(i, bool) or not isinstance(i, int) for i in ids):
        raise InvalidInput(_("Areas must be given by their numbers."))
    found = session.execute(
        sa.select(sa.func.count())
        .select_from(Area)
        .where(Area.id.in_(ids), Area.workplace_id == workplace_id)
    ).scalar_one()
    if found != len(ids):
        raise NotFound(_("An area of the scope is not in this workplace; check the area numbers."))
    return ids


def _check_contact(session: Session, workplace_id: int, contact_id: int | None) -> None:
    if contact_id is None:
        return
    contact = session.get(Contact, contact_id)
    if contact is None or contact.workplace_id != workplace_id:
        raise NotFound(_("That person is not in this workplace's chart."))


def add_member(
    session: Session,
    *,
    workplace_id: int,
    card: str,
    fingerprint: str,
    scope: ScopeSpec,
    added_on: date,
    name: str | None = None,
    contact_id: int | None = None,
) -> ChartMember:
    """Name a steward on the committee of a workplace, with their scope."""
    if session.get(Workplace, workplace_id) is None:
        raise NotFound(_("That workplace does not exist in this vault."))
    parsed = _checked_card(session, card, fingerprint)
    label = clean_name(name if name is not None else parsed.name)
    taken = session.execute(
        sa.select(ChartMember.name, ChartMember.fingerprint).where(
            ChartMember.workplace_id == workplace_id,
            sa.or_(ChartMember.fingerprint == parsed.fingerprint, ChartMember.name == label),
        )
    ).first()
    if taken is not None:
        if taken.fingerprint == parsed.fingerprint:
            raise Conflict(_("That steward is already on this workplace's committee."))
        raise Conflict(_("Another member has that name; give this one another (--name)."))
    areas = _check_scope(session, workplace_id, scope)
    _check_contact(session, workplace_id, contact_id)
    member = ChartMember(
        workplace_id=workplace_id,
        name=label,
        signing_public=parsed.signing_public,
        agreement_public=parsed.agreement_public,
        fingerprint=parsed.fingerprint,
        whole_workplace=scope.area_ids is None,
        sensitive=scope.sensitive,
        contact_id=contact_id,
        added_on=added_on,
    )
    session.add(member)
    session.flush()
    session.add_all(ChartMemberArea(member_id=member.id, area_id=a) for a in areas)
    session.flush()
    return member


def set_scope(
    session: Session, *, member_id: int, scope: ScopeSpec, contact_id: int | None = None
) -> ChartMember:
    """Change what a member's next copy holds (and who they are in the chart)."""
    member = get_member(session, member_id)
    areas = _check_scope(session, member.workplace_id, scope)
    _check_contact(session, member.workplace_id, contact_id)
    member.whole_workplace = scope.area_ids is None
    member.sensitive = scope.sensitive
    member.contact_id = contact_id
    session.execute(sa.delete(ChartMemberArea).where(ChartMemberArea.member_id == member.id))
    session.add_all(ChartMemberArea(member_id=member.id, area_id=a) for a in areas)
    session.flush()
    return member


def get_member(session: Session, member_id: int) -> ChartMember:
    member = session.get(ChartMember, member_id) if isinstance(member_id, int) else None
    if member is None:
        raise NotFound(_("No committee member with that number."))
    return member


def find_members(session: Session, fingerprint: str | bytes) -> list[ChartMember]:
    """The memberships (one per workplace) of the steward with this fingerprint."""
    raw = parse_fingerprint(fingerprint) if isinstance(fingerprint, str) else fingerprint
    return list(
        session.execute(
            sa.select(ChartMember).where(ChartMember.fingerprint == raw).order_by(ChartMember.id)
        ).scalars()
    )


def remove_member(session: Session, *, member_id: int) -> None:
    """Take a steward off the committee: no more copies; what they reported stays, with its
    provenance (reports waiting for review can still be reviewed)."""
    member = get_member(session, member_id)
    session.delete(member)
    session.flush()


def member_area_ids(session: Session, member_id: int) -> list[int]:
    return list(
        session.execute(
            sa.select(ChartMemberArea.area_id).where(ChartMemberArea.member_id == member_id)
        ).scalars()
    )


# ----------------------------------------------------------------------------- steward's side


def trust_keeper(
    session: Session, *, card: str, fingerprint: str, added_on: date, name: str | None = None
) -> ChartKeeper:
    """Trust a chart keeper whose copies this vault will open."""
    parsed = _checked_card(session, card, fingerprint)
    label = clean_name(name if name is not None else parsed.name)
    if session.execute(
        sa.select(ChartKeeper.id).where(ChartKeeper.fingerprint == parsed.fingerprint)
    ).first():
        raise Conflict(_("That keeper is already trusted."))
    if session.execute(sa.select(ChartKeeper.id).where(ChartKeeper.name == label)).first():
        raise Conflict(_("Another keeper has that name; give this one another (--name)."))
    keeper = ChartKeeper(
        name=label,
        signing_public=parsed.signing_public,
        agreement_public=parsed.agreement_public,
        fingerprint=parsed.fingerprint,
        added_on=added_on,
    )
    session.add(keeper)
    session.flush()
    return keeper


def find_keeper(session: Session, fingerprint: str | bytes) -> ChartKeeper | None:
    raw = parse_fingerprint(fingerprint) if isinstance(fingerprint, str) else fingerprint
    return session.execute(
        sa.select(ChartKeeper).where(ChartKeeper.fingerprint == raw)
    ).scalar_one_or_none()


def forget_keeper(session: Session, *, fingerprint: str) -> list[str]:
    """Stop trusting a keeper; their copies (and the entries logged in them) are dropped.
    Returns the copy database file names to delete once the change is committed."""
    keeper = find_keeper(session, fingerprint)
    if keeper is None:
        raise NotFound(_("No trusted keeper has that fingerprint."))
    files = list(
        session.execute(
            sa.select(ChartCopy.db_name).where(ChartCopy.keeper_id == keeper.id)
        ).scalars()
    )
    session.delete(keeper)
    session.flush()
    return files


def scope_names(session: Session, area_ids: Sequence[int]) -> list[str]:
    """The whole paths ("Floor 2 / Team North") of a scope's chosen areas."""
    if not area_ids:
        return []
    workplace = session.execute(
        sa.select(Area.workplace_id).where(Area.id == area_ids[0])
    ).scalar_one()
    paths = area_paths(session, workplace)
    return [paths.get(a, "") for a in area_ids]
