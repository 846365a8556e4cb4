"""Read models of care for members: check-ins (open, overdue, done), the retaliation log, and one
member's care summary (their check-ins, needs, offers, time balance and incidents) for the People
page.

Overdue check-ins are counted and listed beside overdue grievance deadlines (the Grievances page,
the Map's figures and ``forum-kit deadlines``). Retaliation incidents are sensitive by default:
``incidents`` leaves sensitive ones out unless asked, and names of witnesses come only with
``names``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import NotFound
from forum_kit.i18n import _
from forum_kit.models import Area, Contact, Grievance, Workplace
from forum_kit.models.care import CheckIn, RetaliationIncident, retaliation_witnesses
from forum_kit.models.ledgers import TimeAccount, TimeBank
from forum_kit.models.mutual_aid import AidNeed, AidOffer
from forum_kit.queries import WITHHELD
from forum_kit.queries.areas import subtree_select
from forum_kit.queries.ledgers import account_balance
from forum_kit.queries.people import full_name

__all__ = [
    "CareSummary",
    "grievance_choices",
    "retaliation_log",
    "CheckInRow",
    "IncidentRow",
    "care_summary",
    "check_ins",
    "count_overdue_check_ins",
    "incidents",
]

_ci = CheckIn.__table__
_c = Contact.__table__
_a = Area.__table__
_ri = RetaliationIncident.__table__
_g = Grievance.__table__


@dataclass(frozen=True)
class CheckInRow:
    id: int
    contact_id: int
    member: str
    area: str
    event: str
    event_on: dt.date
    about: str
    checker_id: int | None
    checker: str
    due_on: dt.date
    done_on: dt.date | None
    outcome: str
    grievance: str
    overdue: bool


def _scope(stmt: sa.Select, workplace_id: int | None, area_id: int | None) -> sa.Select:
    if workplace_id is not None:
        stmt = stmt.where(_c.c.workplace_id == workplace_id)
    if area_id is not None:
        stmt = stmt.where(_c.c.area_id.in_(subtree_select(area_id)))
    return stmt


def check_ins(
    session: Session,
    *,
    today: dt.date,
    open_only: bool = False,
    overdue_only: bool = False,
    workplace_id: int | None = None,
    area_id: int | None = None,
    contact_id: int | None = None,
) -> list[CheckInRow]:
    """Check-ins, open ones first by due date (overdue on top), then done ones newest first."""
    checker = _c.alias("checker")
    stmt = (
        sa.select(
            _ci,
            _c.c.first_name,
            _c.c.last_name,
            _a.c.name.label("area"),
            checker.c.first_name.label("kf"),
            checker.c.last_name.label("kl"),
            _g.c.number,
        )
        .select_from(
            _ci.join(_c, _c.c.id == _ci.c.contact_id)
            .join(_a, _a.c.id == _c.c.area_id)
            .outerjoin(checker, checker.c.id == _ci.c.checker_id)
            .outerjoin(_g, _g.c.id == _ci.c.grievance_id)
        )
        .order_by(_ci.c.done_on.is_not(None), _ci.c.due_on, _ci.c.done_on.desc(), _ci.c.id)
    )
    if open_only or overdue_only:
        stmt = stmt.where(_ci.c.done_on.is_(None))
    if overdue_only:
        stmt = stmt.where(_ci.c.due_on < today)
    if contact_id is not None:
        stmt = stmt.where(_ci.c.contact_id == contact_id)
    stmt = _scope(stmt, workplace_id, area_id)
    return [
        CheckInRow(
            r.id,
            r.contact_id,
            full_name(r.first_name, r.last_name),
            r.area,
            str(r.event),
            r.event_on,
            r.about,
            r.checker_id,
            full_name(r.kf, r.kl) if r.kf is not None else "",
            r.due_on,
            r.done_on,
            r.outcome,
            r.number or "",
            r.done_on is None and r.due_on < today,
        )
        for r in session.execute(stmt)
    ]


def count_overdue_check_ins(
    session: Session, *, today: dt.date, workplace_id: int | None = None, area_id: int | None = None
) -> int:
    """How many open check-ins are past their date (the count beside overdue deadlines)."""
    stmt = (
        sa.select(sa.func.count())
        .select_from(_ci.join(_c, _c.c.id == _ci.c.contact_id))
        .where(_ci.c.done_on.is_(None), _ci.c.due_on < today)
    )
    return int(session.execute(_scope(stmt, workplace_id, area_id)).scalar_one())


@dataclass(frozen=True)
class IncidentRow:
    id: int
    workplace_id: int
    workplace: str
    occurred_on: dt.date
    contact_id: int | None
    member: str
    what: str
    management: str
    witnesses: tuple[str, ...]
    witness_count: int
    grievance_id: int | None
    grievance: str
    sensitive: bool
    recorded_on: dt.date


def incidents(
    session: Session,
    *,
    workplace_id: int | None = None,
    contact_id: int | None = None,
    include_sensitive: bool = True,
    names: bool = True,
    sensitive_names: bool = True,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> list[IncidentRow]:
    """The retaliation log, oldest first (a timeline, as a lawyer reads it). Without
    ``include_sensitive`` sensitive incidents are left out; without ``names`` the member and the
    witnesses are not named (witnesses are still counted); without ``sensitive_names`` a member
    or witness marked sensitive is shown as WITHHELD (what leaves the vault uses that)."""
    w = Workplace.__table__
    stmt = (
        sa.select(
            _ri,
            w.c.name.label("wp"),
            _c.c.first_name,
            _c.c.last_name,
            _c.c.sensitive.label("c_sensitive"),
            _g.c.number,
        )
        .select_from(
            _ri.join(w, w.c.id == _ri.c.workplace_id)
            .outerjoin(_c, _c.c.id == _ri.c.contact_id)
            .outerjoin(_g, _g.c.id == _ri.c.grievance_id)
        )
        .order_by(_ri.c.occurred_on, _ri.c.id)
    )
    if workplace_id is not None:
        stmt = stmt.where(_ri.c.workplace_id == workplace_id)
    if contact_id is not None:
        stmt = stmt.where(_ri.c.contact_id == contact_id)
    if not include_sensitive:
        stmt = stmt.where(_ri.c.sensitive.is_(False))
    if since is not None:
        stmt = stmt.where(_ri.c.occurred_on >= since)
    if until is not None:
        stmt = stmt.where(_ri.c.occurred_on <= until)
    rows = session.execute(stmt).all()
    witnesses: dict[int, list[str]] = defaultdict(list)
    if rows:
        wt = retaliation_witnesses
        for incident, first, last, sensitive in session.execute(
            sa.select(wt.c.incident_id, _c.c.first_name, _c.c.last_name, _c.c.sensitive)
            .join(_c, _c.c.id == wt.c.contact_id)
            .where(wt.c.incident_id.in_([r.id for r in rows]))
            .order_by(_c.c.last_name, _c.c.first_name)
        ):
            hidden = bool(sensitive) and not sensitive_names
            witnesses[incident].append(WITHHELD if hidden else full_name(first, last))
    out = []
    for r in rows:
        seen = witnesses.get(r.id, [])
        member = ""
        if r.first_name is not None:
            member = full_name(r.first_name, r.last_name) if names else "a member"
            if names and r.c_sensitive and not sensitive_names:
                member = WITHHELD
        out.append(
            IncidentRow(
                r.id,
                r.workplace_id,
                r.wp,
                r.occurred_on,
                r.contact_id,
                member,
                r.what,
                r.management,
                tuple(seen) if names else (),
                len(seen),
                r.grievance_id,
                r.number or "",
                bool(r.sensitive),
                r.recorded_on,
            )
        )
    return out


def grievance_choices(session: Session, workplace_id: int | None) -> list[tuple[int, str]]:
    """The place's grievances as (id, "number title"), newest first, to link a check-in or
    an incident to."""
    if workplace_id is None:
        return []
    return [
        (i, f"{n} {t}")
        for i, n, t in session.execute(
            sa.select(_g.c.id, _g.c.number, _g.c.title)
            .where(_g.c.workplace_id == workplace_id)
            .order_by(_g.c.opened_on.desc(), _g.c.id.desc())
        )
    ]


def retaliation_log(
    session: Session,
    *,
    workplace_id: int,
    prepared_on: dt.date,
    names: bool = True,
    paper: str = "A4",
) -> Any:
    """The place's whole log (sensitive incidents too: printing it is the choice) as the
    document's input, ``reports.community_data.RetaliationLogData``."""
    from forum_kit.reports.community_data import IncidentEntry, RetaliationLogData

    place = session.get(Workplace, workplace_id)
    if place is None:
        raise NotFound(_("That place does not exist."))
    rows = incidents(session, workplace_id=workplace_id, include_sensitive=True, names=names)
    return RetaliationLogData(
        place=place.name,
        prepared_on=prepared_on,
        names=names,
        paper=paper,  # type: ignore[arg-type]
        incidents=tuple(
            IncidentEntry(
                r.occurred_on,
                r.member,
                r.what,
                r.management,
                r.witnesses,
                r.grievance,
                r.recorded_on,
                r.witness_count,
            )
            for r in rows
        ),
    )


@dataclass(frozen=True)
class CareSummary:
    """What the committee knows of one member's care: shown beside their record."""

    contact_id: int
    open_check_ins: tuple[CheckInRow, ...]
    open_needs: int
    standing_offers: int
    time_balances: tuple[tuple[str, int], ...]  # (time bank, minutes)
    incidents: int


def care_summary(session: Session, *, contact_id: int, today: dt.date) -> CareSummary:
    open_rows = tuple(check_ins(session, today=today, open_only=True, contact_id=contact_id))
    n = AidNeed.__table__
    o = AidOffer.__table__
    open_needs = session.execute(
        sa.select(sa.func.count())
        .select_from(n)
        .where(n.c.contact_id == contact_id, n.c.status == "open")
    ).scalar_one()
    standing = session.execute(
        sa.select(sa.func.count())
        .select_from(o)
        .where(o.c.contact_id == contact_id, o.c.withdrawn_on.is_(None))
    ).scalar_one()
    balances = []
    for account_id, bank in session.execute(
        sa.select(TimeAccount.id, TimeBank.name)
        .join(TimeBank, TimeBank.id == TimeAccount.bank_id)
        .where(TimeAccount.contact_id == contact_id)
        .order_by(TimeBank.name)
    ):
        balances.append((bank, account_balance(session, account_id)))
    logged = session.execute(
        sa.select(sa.func.count()).select_from(_ri).where(_ri.c.contact_id == contact_id)
    ).scalar_one()
    return CareSummary(
        contact_id, open_rows, int(open_needs), int(standing), tuple(balances), int(logged)
    )
