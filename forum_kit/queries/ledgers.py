"""Read models of the two ledgers: balances (always the sum of the posted entries, never a stored
total), the fund's entries with the running balance, the time bank's accounts and exchanges, and
one member's statement.

Names of members come through ``people.full_name``; a member marked sensitive is shown as
``WITHHELD`` in anything meant to leave the vault (``for_print``), never on the committee's own
screens, which show what the vault holds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import NotFound
from forum_kit.i18n import _
from forum_kit.models import Contact
from forum_kit.models.ledgers import Fund, FundEntry, TimeAccount, TimeBank, TimeExchange
from forum_kit.queries import WITHHELD
from forum_kit.queries.people import full_name

if TYPE_CHECKING:
    from forum_kit.reports.community_data import TimeStatement

__all__ = [
    "AccountRow",
    "ExchangeRow",
    "FundEntryRow",
    "FundRow",
    "TimeBankRow",
    "account_balance",
    "accounts",
    "exchanges",
    "fund_balance",
    "fund_entries",
    "funds",
    "statement",
    "time_banks",
]

_fe = FundEntry.__table__
_tx = TimeExchange.__table__
_ta = TimeAccount.__table__
_c = Contact.__table__


def fund_balance(session: Session, fund_id: int, *, through: dt.date | None = None) -> int:
    """The fund's balance in cents: the sum of its entries (up to ``through`` if given)."""
    stmt = sa.select(sa.func.coalesce(sa.func.sum(_fe.c.amount_cents), 0)).where(
        _fe.c.fund_id == fund_id
    )
    if through is not None:
        stmt = stmt.where(_fe.c.posted_on <= through)
    return int(session.execute(stmt).scalar_one())


def account_balance(session: Session, account_id: int, *, through: dt.date | None = None) -> int:
    """Minutes given minus minutes received, over posted exchanges (up to ``through``)."""
    signed = sa.case((_tx.c.giver_id == account_id, _tx.c.minutes), else_=-_tx.c.minutes)
    stmt = sa.select(sa.func.coalesce(sa.func.sum(signed), 0)).where(
        _tx.c.posted.is_(True),
        sa.or_(_tx.c.giver_id == account_id, _tx.c.receiver_id == account_id),
    )
    if through is not None:
        stmt = stmt.where(_tx.c.done_on <= through)
    return int(session.execute(stmt).scalar_one())


# ---------------------------------------------------------------------------------- funds


@dataclass(frozen=True)
class FundRow:
    id: int
    name: str
    currency: str
    workplace_id: int | None
    balance_cents: int
    money_in_cents: int
    money_out_cents: int
    entries: int


@dataclass(frozen=True)
class FundEntryRow:
    id: int
    posted_on: dt.date
    kind: str
    amount_cents: int
    balance_cents: int
    member: str | None
    need_id: int | None
    memo: str
    reverses_id: int | None
    reversed_by: int | None


def funds(session: Session) -> list[FundRow]:
    """Every fund with its balance and money in and out (reversals count against their side)."""
    money_in = sa.func.coalesce(
        sa.func.sum(sa.case((_fe.c.amount_cents > 0, _fe.c.amount_cents), else_=0)), 0
    )
    money_out = sa.func.coalesce(
        sa.func.sum(sa.case((_fe.c.amount_cents < 0, -_fe.c.amount_cents), else_=0)), 0
    )
    totals = (
        sa.select(
            _fe.c.fund_id,
            sa.func.sum(_fe.c.amount_cents).label("balance"),
            money_in.label("money_in"),
            money_out.label("money_out"),
            sa.func.count().label("n"),
        )
        .group_by(_fe.c.fund_id)
        .subquery()
    )
    f = Fund.__table__
    rows = session.execute(
        sa.select(
            f.c.id,
            f.c.name,
            f.c.currency,
            f.c.workplace_id,
            sa.func.coalesce(totals.c.balance, 0),
            sa.func.coalesce(totals.c.money_in, 0),
            sa.func.coalesce(totals.c.money_out, 0),
            sa.func.coalesce(totals.c.n, 0),
        )
        .select_from(f.outerjoin(totals, totals.c.fund_id == f.c.id))
        .order_by(f.c.name.collate("NOCASE"), f.c.id)
    ).all()
    return [FundRow(*r) for r in rows]


def fund_entries(session: Session, fund_id: int, *, for_print: bool = False) -> list[FundEntryRow]:
    """The fund's entries in posting order with the running balance, newest last."""
    if session.get(Fund, fund_id) is None:
        raise NotFound(_("That fund does not exist."))
    rev = _fe.alias("rev")
    rows = session.execute(
        sa.select(
            _fe.c.id,
            _fe.c.posted_on,
            _fe.c.kind,
            _fe.c.amount_cents,
            _fe.c.need_id,
            _fe.c.memo,
            _fe.c.reverses_id,
            rev.c.id.label("reversed_by"),
            _c.c.first_name,
            _c.c.last_name,
            _c.c.sensitive,
        )
        .select_from(
            _fe.outerjoin(_c, _c.c.id == _fe.c.contact_id).outerjoin(
                rev, rev.c.reverses_id == _fe.c.id
            )
        )
        .where(_fe.c.fund_id == fund_id)
        .order_by(_fe.c.posted_on, _fe.c.id)
    ).all()
    out: list[FundEntryRow] = []
    balance = 0
    for r in rows:
        balance += r.amount_cents
        member = None
        if r.first_name is not None:
            member = WITHHELD if for_print and r.sensitive else full_name(r.first_name, r.last_name)
        out.append(
            FundEntryRow(
                r.id,
                r.posted_on,
                str(r.kind),
                r.amount_cents,
                balance,
                member,
                r.need_id,
                r.memo,
                r.reverses_id,
                r.reversed_by,
            )
        )
    return out


# ------------------------------------------------------------------------------ time bank


@dataclass(frozen=True)
class TimeBankRow:
    id: int
    name: str
    workplace_id: int | None
    floor_minutes: int
    rules: str
    accounts: int
    open_accounts: int


@dataclass(frozen=True)
class AccountRow:
    id: int
    contact_id: int
    member: str
    opened_on: dt.date
    closed_on: dt.date | None
    given_minutes: int
    received_minutes: int
    balance_minutes: int
    pending: int


@dataclass(frozen=True)
class ExchangeRow:
    id: int
    done_on: dt.date
    giver_contact_id: int
    giver: str
    receiver_contact_id: int
    receiver: str
    minutes: int
    what: str
    posted: bool
    status: str  # "posted", "awaiting giver", "awaiting receiver", "awaiting both"
    reverses_id: int | None
    reversed_by: int | None


def time_banks(session: Session) -> list[TimeBankRow]:
    b = TimeBank.__table__
    counts = (
        sa.select(
            _ta.c.bank_id,
            sa.func.count().label("n"),
            sa.func.sum(sa.case((_ta.c.closed_on.is_(None), 1), else_=0)).label("open"),
        )
        .group_by(_ta.c.bank_id)
        .subquery()
    )
    rows = session.execute(
        sa.select(
            b.c.id,
            b.c.name,
            b.c.workplace_id,
            b.c.floor_minutes,
            b.c.rules,
            sa.func.coalesce(counts.c.n, 0),
            sa.func.coalesce(counts.c.open, 0),
        )
        .select_from(b.outerjoin(counts, counts.c.bank_id == b.c.id))
        .order_by(b.c.name.collate("NOCASE"), b.c.id)
    ).all()
    return [TimeBankRow(*r) for r in rows]


def _bank(session: Session, bank_id: int) -> TimeBank:
    bank = session.get(TimeBank, bank_id)
    if bank is None:
        raise NotFound(_("That time bank does not exist."))
    return bank


def accounts(session: Session, bank_id: int) -> list[AccountRow]:
    """Every account of the bank with hours given, received and the balance, by name."""
    _bank(session, bank_id)
    posted = _tx.c.posted.is_(True)
    given = (
        sa.select(_tx.c.giver_id.label("a"), sa.func.sum(_tx.c.minutes).label("m"))
        .where(posted, _tx.c.bank_id == bank_id)
        .group_by(_tx.c.giver_id)
        .subquery()
    )
    got = (
        sa.select(_tx.c.receiver_id.label("a"), sa.func.sum(_tx.c.minutes).label("m"))
        .where(posted, _tx.c.bank_id == bank_id)
        .group_by(_tx.c.receiver_id)
        .subquery()
    )
    waiting = (
        sa.select(_ta.c.id.label("a"), sa.func.count(_tx.c.id).label("n"))
        .select_from(
            _ta.join(
                _tx,
                sa.and_(
                    _tx.c.posted.is_(False),
                    sa.or_(_tx.c.giver_id == _ta.c.id, _tx.c.receiver_id == _ta.c.id),
                ),
            )
        )
        .where(_ta.c.bank_id == bank_id)
        .group_by(_ta.c.id)
        .subquery()
    )
    rows = session.execute(
        sa.select(
            _ta.c.id,
            _ta.c.contact_id,
            _c.c.first_name,
            _c.c.last_name,
            _ta.c.opened_on,
            _ta.c.closed_on,
            sa.func.coalesce(given.c.m, 0),
            sa.func.coalesce(got.c.m, 0),
            sa.func.coalesce(waiting.c.n, 0),
        )
        .select_from(
            _ta.join(_c, _c.c.id == _ta.c.contact_id)
            .outerjoin(given, given.c.a == _ta.c.id)
            .outerjoin(got, got.c.a == _ta.c.id)
            .outerjoin(waiting, waiting.c.a == _ta.c.id)
        )
        .where(_ta.c.bank_id == bank_id)
        .order_by(_c.c.last_name.collate("NOCASE"), _c.c.first_name.collate("NOCASE"), _ta.c.id)
    ).all()
    return [
        AccountRow(
            r[0],
            r[1],
            full_name(r[2], r[3]),
            r[4],
            r[5],
            int(r[6]),
            int(r[7]),
            int(r[6]) - int(r[7]),
            int(r[8]),
        )
        for r in rows
    ]


def _status(posted: bool, by_giver: bool, by_receiver: bool) -> str:
    if posted:
        return "posted"
    if by_giver:
        return "awaiting receiver"
    if by_receiver:
        return "awaiting giver"
    return "awaiting both"


def exchanges(
    session: Session, bank_id: int, *, account_id: int | None = None, limit: int | None = None
) -> list[ExchangeRow]:
    """The bank's exchanges, newest first (or one account's)."""
    _bank(session, bank_id)
    ga, ra = _ta.alias("ga"), _ta.alias("ra")
    gc, rc = _c.alias("gc"), _c.alias("rc")
    rev = _tx.alias("rev")
    stmt = (
        sa.select(
            _tx.c.id,
            _tx.c.done_on,
            gc.c.id.label("gid"),
            gc.c.first_name.label("gf"),
            gc.c.last_name.label("gl"),
            rc.c.id.label("rid"),
            rc.c.first_name.label("rf"),
            rc.c.last_name.label("rl"),
            _tx.c.minutes,
            _tx.c.what,
            _tx.c.posted,
            _tx.c.confirmed_by_giver,
            _tx.c.confirmed_by_receiver,
            _tx.c.reverses_id,
            rev.c.id.label("rev_id"),
        )
        .select_from(
            _tx.join(ga, ga.c.id == _tx.c.giver_id)
            .join(gc, gc.c.id == ga.c.contact_id)
            .join(ra, ra.c.id == _tx.c.receiver_id)
            .join(rc, rc.c.id == ra.c.contact_id)
            .outerjoin(rev, rev.c.reverses_id == _tx.c.id)
        )
        .where(_tx.c.bank_id == bank_id)
        .order_by(_tx.c.done_on.desc(), _tx.c.id.desc())
    )
    if account_id is not None:
        stmt = stmt.where(sa.or_(_tx.c.giver_id == account_id, _tx.c.receiver_id == account_id))
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        ExchangeRow(
            r.id,
            r.done_on,
            r.gid,
            full_name(r.gf, r.gl),
            r.rid,
            full_name(r.rf, r.rl),
            r.minutes,
            r.what,
            bool(r.posted),
            _status(bool(r.posted), bool(r.confirmed_by_giver), bool(r.confirmed_by_receiver)),
            r.reverses_id,
            r.rev_id,
        )
        for r in session.execute(stmt)
    ]


# ---------------------------------------------------------------------------- statement


def statement(
    session: Session, *, bank_id: int, contact_id: int, through: dt.date, paper: str = "A4"
) -> TimeStatement:
    """The member's posted exchanges up to ``through``, oldest first, with a running balance.

    The statement is for that member: the other side of each exchange is named (they did it
    together), except a member marked sensitive, who is withheld."""
    bank = _bank(session, bank_id)
    account = session.execute(
        sa.select(TimeAccount).where(
            TimeAccount.bank_id == bank_id, TimeAccount.contact_id == contact_id
        )
    ).scalar_one_or_none()
    member = session.get(Contact, contact_id)
    if account is None or member is None:
        raise NotFound(_("That member has no account in this time bank."))
    oa = _ta.alias("oa")
    oc = _c.alias("oc")
    rev = _tx.alias("rev")
    other_account = sa.case((_tx.c.giver_id == account.id, _tx.c.receiver_id), else_=_tx.c.giver_id)
    rows = session.execute(
        sa.select(
            _tx.c.id,
            _tx.c.done_on,
            _tx.c.giver_id,
            _tx.c.minutes,
            _tx.c.what,
            _tx.c.reverses_id,
            rev.c.id.label("rev_id"),
            oc.c.first_name,
            oc.c.last_name,
            oc.c.sensitive,
        )
        .select_from(
            _tx.join(oa, oa.c.id == other_account)
            .join(oc, oc.c.id == oa.c.contact_id)
            .outerjoin(rev, rev.c.reverses_id == _tx.c.id)
        )
        .where(
            _tx.c.posted.is_(True),
            _tx.c.done_on <= through,
            sa.or_(_tx.c.giver_id == account.id, _tx.c.receiver_id == account.id),
        )
        .order_by(_tx.c.done_on, _tx.c.id)
    ).all()
    from forum_kit.reports.community_data import StatementLine, TimeStatement  # on first use

    days = {r.id: r.done_on for r in rows}
    lines: list[StatementLine] = []
    balance = 0
    for r in rows:
        signed = r.minutes if r.giver_id == account.id else -r.minutes
        balance += signed
        note = ""
        if r.reverses_id is not None:
            day = days.get(r.reverses_id)
            note = f"correction of {day.isoformat()}" if day else "correction"
        elif r.rev_id is not None:
            note = "corrected later"
        other = WITHHELD if r.sensitive else full_name(r.first_name, r.last_name)
        lines.append(StatementLine(r.done_on, other, r.what, signed, balance, note))
    pending = session.execute(
        sa.select(sa.func.count())
        .select_from(_tx)
        .where(
            _tx.c.posted.is_(False),
            sa.or_(_tx.c.giver_id == account.id, _tx.c.receiver_id == account.id),
        )
    ).scalar_one()
    return TimeStatement(
        bank=bank.name,
        member=full_name(member.first_name, member.last_name),
        opened_on=account.opened_on,
        closed_on=account.closed_on,
        floor_minutes=bank.floor_minutes,
        rules=bank.rules,
        lines=tuple(lines),
        pending=int(pending),
        through=through,
        paper=paper,  # type: ignore[arg-type]
    )
