"""The solidarity fund and the time bank: open them, post entries, correct an entry by reversing
it, and (time bank) open and close members' accounts and confirm exchanges.

Entries are never edited or deleted once posted: the database refuses it (revision 0012), and
these services never try. A balance is the sum of the entries (``queries.ledgers``); a grant the
fund cannot pay, or an exchange that takes an account further below zero than the time bank's
rule allows, is refused before anything is written. A reversal is allowed whatever the balance
(a correction must always be possible). Nothing here commits.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.amounts import MAX_MINUTES, cents_text, hours_text
from forum_kit.errors import Conflict, InvalidInput
from forum_kit.i18n import _
from forum_kit.models import Contact, Workplace
from forum_kit.models.ledgers import (
    MONEY_IN,
    MONEY_OUT,
    Fund,
    FundEntry,
    FundEntryKind,
    TimeAccount,
    TimeBank,
    TimeExchange,
)
from forum_kit.models.mutual_aid import AidNeed
from forum_kit.queries.ledgers import account_balance, fund_balance
from forum_kit.services import check_date, check_id, clean_text, get_or_404, not_future
from forum_kit.services.mutual_aid import choice

__all__ = [
    "add_fund",
    "add_time_bank",
    "close_account",
    "confirm_exchange",
    "open_account",
    "post_fund_entry",
    "record_exchange",
    "refuse_delete_with_ledgers",
    "reverse_exchange",
    "reverse_fund_entry",
    "withdraw_exchange",
]


def _place(session: Session, workplace_id: int | None) -> None:
    if workplace_id is not None:
        get_or_404(session, Workplace, workplace_id, "place")


def _unique_name(session: Session, model: type, name: str, what: str) -> str:
    name = clean_text(name, f"{what} name", max_len=200, required=True)
    taken = session.execute(
        sa.select(model.id).where(sa.func.lower(model.name) == name.lower()).limit(1)
    ).first()
    if taken is not None:
        raise Conflict(_("A {lower} with this name already exists; choose another name.").format(
                         lower=what.lower()))
    return name


# ------------------------------------------------------------------------------ the fund


def add_fund(
    session: Session,
    *,
    name: str,
    today: dt.date,
    currency: str = "",
    workplace_id: int | None = None,
    notes: str = "",
) -> Fund:
    check_date(today, "Today")
    _place(session, workplace_id)
    fund = Fund(
        name=_unique_name(session, Fund, name, "Fund"),
        currency=clean_text(currency, "Currency", max_len=10),
        workplace_id=workplace_id,
        created_on=today,
        notes=clean_text(notes, "Notes", max_len=10_000, multiline=True),
    )
    session.add(fund)
    session.flush()
    return fund


def post_fund_entry(
    session: Session,
    *,
    fund_id: int,
    kind: FundEntryKind | str,
    amount_cents: int,
    posted_on: dt.date,
    contact_id: int | None = None,
    need_id: int | None = None,
    memo: str = "",
    today: dt.date | None = None,
) -> FundEntry:
    """Money in (dues, collections, donations) or out (grants, expenses); ``amount_cents`` is
    positive, the kind gives the direction. A grant may name the need it answers."""
    fund = get_or_404(session, Fund, fund_id, "fund")
    kind = choice(FundEntryKind, kind, "Kind")
    if kind is FundEntryKind.REVERSAL:
        raise InvalidInput(_("Reverse an entry with 'reverse', naming the entry it corrects."))
    check_id(amount_cents, "Amount in cents")
    check_date(posted_on, "Posted on")
    not_future(posted_on, "Posted on", today)
    if posted_on < fund.created_on:
        raise InvalidInput(_("Posted on is before the fund was opened; use a later date."))
    if contact_id is not None:
        get_or_404(session, Contact, contact_id, "contact")
    if need_id is not None:
        get_or_404(session, AidNeed, need_id, "need")
        if kind not in MONEY_OUT:
            raise InvalidInput(_("Only a grant or an expense answers a need."))
    signed = amount_cents if kind in MONEY_IN else -amount_cents
    if signed < 0:
        held = fund_balance(session, fund.id)
        if held + signed < 0:
            raise Conflict(
                _("The fund holds {cents_text}; this would take it below zero. Record the "
                  "money coming in first.").format(
                  cents_text=cents_text(held, fund.currency))
            )
    entry = FundEntry(
        fund_id=fund.id,
        posted_on=posted_on,
        amount_cents=signed,
        kind=kind,
        contact_id=contact_id,
        need_id=need_id,
        memo=clean_text(memo, "Memo", max_len=2000, multiline=True),
        recorded_on=today or posted_on,
    )
    session.add(entry)
    session.flush()
    return entry


def reverse_fund_entry(
    session: Session,
    *,
    entry_id: int,
    posted_on: dt.date,
    memo: str = "",
    today: dt.date | None = None,
) -> FundEntry:
    """A reversing entry: the opposite amount, pointing at the entry it corrects."""
    entry = get_or_404(session, FundEntry, entry_id, "fund entry")
    if entry.kind is FundEntryKind.REVERSAL:
        raise InvalidInput(
            _("This entry is itself a reversal; post the right entry again instead.")
        )
    reversed_by = session.execute(
        sa.select(FundEntry.id).where(FundEntry.reverses_id == entry.id)
    ).first()
    if reversed_by is not None:
        raise Conflict(_("This entry was already reversed."))
    check_date(posted_on, "Posted on")
    not_future(posted_on, "Posted on", today)
    if posted_on < entry.posted_on:
        raise InvalidInput(_("A reversal is posted on or after the entry it corrects."))
    reversal = FundEntry(
        fund_id=entry.fund_id,
        posted_on=posted_on,
        amount_cents=-entry.amount_cents,
        kind=FundEntryKind.REVERSAL,
        contact_id=entry.contact_id,
        need_id=entry.need_id,
        memo=clean_text(memo, "Memo", max_len=2000, multiline=True),
        reverses_id=entry.id,
        recorded_on=today or posted_on,
    )
    session.add(reversal)
    session.flush()
    return reversal


# ------------------------------------------------------------------------- the time bank


def add_time_bank(
    session: Session,
    *,
    name: str,
    today: dt.date,
    floor_minutes: int = 600,
    workplace_id: int | None = None,
    rules: str = "",
) -> TimeBank:
    """A time bank; accounts may go at most ``floor_minutes`` below zero (0: never below)."""
    check_date(today, "Today")
    _place(session, workplace_id)
    if (
        isinstance(floor_minutes, bool)
        or not isinstance(floor_minutes, int)
        or not 0 <= floor_minutes <= 100 * MAX_MINUTES
    ):
        raise InvalidInput(_("The limit below zero must be a whole number of minutes, 0 or more."))
    bank = TimeBank(
        name=_unique_name(session, TimeBank, name, "Time bank"),
        floor_minutes=floor_minutes,
        workplace_id=workplace_id,
        created_on=today,
        rules=clean_text(rules, "Rules", max_len=10_000, multiline=True),
    )
    session.add(bank)
    session.flush()
    return bank


def _account_of(session: Session, bank_id: int, contact_id: int) -> TimeAccount | None:
    return session.execute(
        sa.select(TimeAccount).where(
            TimeAccount.bank_id == bank_id, TimeAccount.contact_id == contact_id
        )
    ).scalar_one_or_none()


def open_account(
    session: Session, *, bank_id: int, contact_id: int, opened_on: dt.date
) -> TimeAccount:
    """Open a member's account (or reopen a closed one: the history was kept)."""
    bank = get_or_404(session, TimeBank, bank_id, "time bank")
    get_or_404(session, Contact, contact_id, "contact")
    check_date(opened_on, "Opened on")
    account = _account_of(session, bank.id, contact_id)
    if account is not None:
        if account.closed_on is None:
            raise Conflict(_("This member already has an open account in this time bank."))
        account.closed_on = None
        session.flush()
        return account
    account = TimeAccount(bank_id=bank.id, contact_id=contact_id, opened_on=opened_on)
    session.add(account)
    session.flush()
    return account


def close_account(session: Session, *, account_id: int, closed_on: dt.date) -> TimeAccount:
    """A member who leaves: the account takes no new exchanges; its history stays."""
    account = get_or_404(session, TimeAccount, account_id, "time account")
    check_date(closed_on, "Closed on")
    if closed_on < account.opened_on:
        raise InvalidInput(_("Closed on is before the account was opened; use a later date."))
    pending = session.execute(
        sa.select(TimeExchange.id)
        .where(
            TimeExchange.posted.is_(False),
            sa.or_(TimeExchange.giver_id == account.id, TimeExchange.receiver_id == account.id),
        )
        .limit(1)
    ).first()
    if pending is not None:
        raise Conflict(
            _("This account has an exchange awaiting confirmation; confirm or withdraw it first.")
        )
    account.closed_on = closed_on
    session.flush()
    return account


def _usable_account(
    session: Session, bank: TimeBank, contact_id: int, on: dt.date, role: str
) -> TimeAccount:
    get_or_404(session, Contact, contact_id, "contact")
    account = _account_of(session, bank.id, contact_id)
    if account is None:
        # First exchange of a member: the account opens with it.
        account = TimeAccount(bank_id=bank.id, contact_id=contact_id, opened_on=on)
        session.add(account)
        session.flush()
    elif account.closed_on is not None:
        raise Conflict(
            _("The {role}'s account is closed (they left); reopen it first.").format(role=role)
        )
    elif on < account.opened_on:
        raise InvalidInput(
            _("The exchange is before the {role}'s account was opened.").format(role=role)
        )
    return account


def _check_floor(session: Session, bank: TimeBank, receiver: TimeAccount, minutes: int) -> None:
    after = account_balance(session, receiver.id) - minutes
    if after < -bank.floor_minutes:
        raise Conflict(
            _(
                "This would take the receiver's account to {hours_text}; the time bank's limit "
                "is {hours_text2}. They can give some hours first."
            ).format(hours_text=hours_text(after), hours_text2=hours_text(-bank.floor_minutes))
        )


def _post(session: Session, exchange: TimeExchange, bank: TimeBank, on: dt.date) -> None:
    """Check the floor, then mark posted (the flags and ``posted`` change in one flush: the
    table's CHECK wants them consistent)."""
    receiver = session.get(TimeAccount, exchange.receiver_id)
    assert receiver is not None
    with session.no_autoflush:
        _check_floor(session, bank, receiver, exchange.minutes)
    exchange.posted = True
    exchange.posted_on = on


def record_exchange(
    session: Session,
    *,
    bank_id: int,
    giver_contact_id: int,
    receiver_contact_id: int,
    minutes: int,
    done_on: dt.date,
    what: str = "",
    confirmed_by_giver: bool = False,
    confirmed_by_receiver: bool = False,
    entered_by_committee: bool = False,
    today: dt.date | None = None,
) -> TimeExchange:
    """Hours from a giver to a receiver; posted at once when both confirmed it or the committee
    enters it, else it waits for the missing confirmation. Accounts open on first use."""
    bank = get_or_404(session, TimeBank, bank_id, "time bank")
    if giver_contact_id == receiver_contact_id:
        raise InvalidInput(_("An exchange is between two members; choose someone else."))
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 < minutes <= MAX_MINUTES:
        raise InvalidInput(_("Hours must be more than zero and at most a month's."))
    check_date(done_on, "Done on")
    not_future(done_on, "Done on", today)
    for flag, field in (
        (confirmed_by_giver, "Confirmed by the giver"),
        (confirmed_by_receiver, "Confirmed by the receiver"),
        (entered_by_committee, "Entered by the committee"),
    ):
        if not isinstance(flag, bool):
            raise InvalidInput(_("{field} must be true or false.").format(field=field))
    giver = _usable_account(session, bank, giver_contact_id, done_on, "giver")
    receiver = _usable_account(session, bank, receiver_contact_id, done_on, "receiver")
    exchange = TimeExchange(
        bank_id=bank.id,
        giver_id=giver.id,
        receiver_id=receiver.id,
        minutes=minutes,
        what=clean_text(what, "What was done", max_len=2000, multiline=True),
        done_on=done_on,
        confirmed_by_giver=confirmed_by_giver,
        confirmed_by_receiver=confirmed_by_receiver,
        entered_by_committee=entered_by_committee,
        posted=False,
        recorded_on=today or done_on,
    )
    if entered_by_committee or (confirmed_by_giver and confirmed_by_receiver):
        _post(session, exchange, bank, today or done_on)
    session.add(exchange)
    session.flush()
    return exchange


def confirm_exchange(
    session: Session, *, exchange_id: int, side: str, today: dt.date
) -> TimeExchange:
    """The giver's or the receiver's confirmation; the second one posts the exchange."""
    exchange = get_or_404(session, TimeExchange, exchange_id, "exchange")
    if exchange.posted:
        raise Conflict(_("This exchange is already posted."))
    check_date(today, "Today")
    if side not in ("giver", "receiver", "committee"):
        raise InvalidInput(_("Confirm as the giver, the receiver or the committee."))
    with session.no_autoflush:
        setattr(
            exchange,
            {
                "giver": "confirmed_by_giver",
                "receiver": "confirmed_by_receiver",
                "committee": "entered_by_committee",
            }[side],
            True,
        )
        if exchange.entered_by_committee or (
            exchange.confirmed_by_giver and exchange.confirmed_by_receiver
        ):
            bank = session.get(TimeBank, exchange.bank_id)
            assert bank is not None
            try:
                _post(session, exchange, bank, today)
            except Conflict:
                session.refresh(exchange)  # the confirmation is not kept either
                raise
    session.flush()
    return exchange


def withdraw_exchange(session: Session, *, exchange_id: int) -> None:
    """Drop an exchange nobody confirmed yet (a posted one can only be reversed)."""
    exchange = get_or_404(session, TimeExchange, exchange_id, "exchange")
    if exchange.posted:
        raise Conflict(_("A posted exchange cannot be withdrawn; reverse it instead."))
    session.delete(exchange)
    session.flush()


def reverse_exchange(
    session: Session, *, exchange_id: int, today: dt.date, what: str = ""
) -> TimeExchange:
    """The committee's correction: the same hours back from the receiver to the giver."""
    exchange = get_or_404(session, TimeExchange, exchange_id, "exchange")
    if not exchange.posted:
        raise Conflict(_("This exchange is not posted; withdraw it instead."))
    if exchange.reverses_id is not None:
        raise InvalidInput(_("This entry is itself a reversal; record the right exchange instead."))
    if (
        session.execute(
            sa.select(TimeExchange.id).where(TimeExchange.reverses_id == exchange.id)
        ).first()
        is not None
    ):
        raise Conflict(_("This exchange was already reversed."))
    check_date(today, "Today")
    reversal = TimeExchange(
        bank_id=exchange.bank_id,
        giver_id=exchange.receiver_id,
        receiver_id=exchange.giver_id,
        minutes=exchange.minutes,
        what=clean_text(what, "Reason", max_len=2000, multiline=True) or "Correction",
        done_on=max(today, exchange.done_on),
        entered_by_committee=True,
        posted=True,
        posted_on=today,
        reverses_id=exchange.id,
        recorded_on=today,
    )
    session.add(reversal)
    session.flush()
    return reversal


def refuse_delete_with_ledgers(session: Session, contact_id: int) -> None:
    """Refuse to delete a person whose time-bank account has exchanges: other members' balances
    rest on them. Leaving (``mark_left``) closes nothing and keeps the history."""
    used = session.execute(
        sa.select(TimeExchange.id)
        .join(
            TimeAccount,
            sa.or_(
                TimeAccount.id == TimeExchange.giver_id, TimeAccount.id == TimeExchange.receiver_id
            ),
        )
        .where(TimeAccount.contact_id == contact_id)
        .limit(1)
    ).first()
    if used is not None:
        raise Conflict(
            _(
                "This person has time-bank exchanges, which are never deleted (other members' "
                "balances rest on them). Mark them as left instead: their history is kept."
            )
        )
