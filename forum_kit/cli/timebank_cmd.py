"""``forum-kit timebank``: the time bank from the command line: list banks, open one, list
accounts with their balance and the exchanges, record an exchange (confirmed by both, or entered
by the committee), confirm or withdraw one that waits, reverse a posted one, close the account
of a member who left (their history stays), print a member's statement, and the figures as they
would leave the vault (protected counts).
"""

from __future__ import annotations

import argparse
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault
from forum_kit.i18n import _


def _bank_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("bank", metavar="BANK", help="the time bank's number or name")


def register(subparsers: Any) -> None:
    """Add ``timebank`` and its actions."""
    p = subparsers.add_parser(
        "timebank",
        help="the time bank: hours given and received",
        description="An hour for an hour whatever the work, in an "
        "account per member kept as a ledger.",
    )
    actions = p.add_subparsers(dest="timebank_action", metavar="ACTION")

    def action(name: str, help_: str, *, bank: bool = True) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_)
        add_vault_path(sub)
        if bank:
            _bank_arg(sub)
        add_secret_options(sub)
        return sub

    action("list", "every time bank", bank=False)
    add = action("add", "open a time bank", bank=False)
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--floor-hours",
        metavar="HOURS",
        default="10",
        help="how far below zero an account may go (default 10; 0: never)",
    )
    add.add_argument("--rules", metavar="TEXT", default="")
    add.add_argument("--place", metavar="NAME_OR_NUMBER")
    action("accounts", "members' accounts with hours given, received and the balance")
    exchanges = action("exchanges", "the exchanges, newest first")
    exchanges.add_argument("--limit", type=int, default=50)
    record = action("exchange", "record hours from a giver to a receiver")
    record.add_argument("--giver", metavar="NAME_OR_NUMBER", required=True)
    record.add_argument("--receiver", metavar="NAME_OR_NUMBER", required=True)
    record.add_argument("--hours", metavar="1.5 or 1:30", required=True)
    record.add_argument("--what", metavar="TEXT", default="")
    record.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    record.add_argument(
        "--confirmed-by",
        choices=("both", "giver", "receiver", "committee", "none"),
        default="committee",
        help="who confirmed it (default: entered by the committee)",
    )
    for name, help_ in (
        ("confirm", "confirm an exchange that waits"),
        ("withdraw", "drop an exchange that waits"),
        ("reverse", "correct a posted exchange by reversing it"),
    ):
        sub = actions.add_parser(name, help=help_)
        add_vault_path(sub)
        sub.add_argument("exchange", type=int, metavar="EXCHANGE")
        if name == "confirm":
            sub.add_argument(
                "--as", dest="side", choices=("giver", "receiver", "committee"), required=True
            )
        if name == "reverse":
            sub.add_argument("--reason", metavar="TEXT", default="")
        add_secret_options(sub)
    close = action("close-account", "a member left: close their account, keep its history")
    close.add_argument("member", metavar="MEMBER")
    close.add_argument("--date", metavar="YYYY-MM-DD")
    statement = action("statement", "a member's statement (PDF, for that member)")
    statement.add_argument("member", metavar="MEMBER")
    statement.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    from forum_kit.cli.leaflet_cmd import add_output_options

    add_output_options(statement)
    figures = action("figures", "hours and members per month, as they leave the vault", bank=False)
    figures.add_argument("--place", metavar="NAME_OR_NUMBER")
    p.set_defaults(handler=run)


def _bank(session: Any, wanted: str) -> Any:
    from forum_kit.cli.community_common import find_by_name
    from forum_kit.queries.ledgers import time_banks

    return find_by_name(time_banks(session), wanted, "time bank", "BANK")


def run(args: argparse.Namespace) -> int:
    """Carry out one ``timebank`` action."""
    from forum_kit.amounts import hours_text, parse_minutes
    from forum_kit.cli.community_common import day, member_id, place_id, print_table
    from forum_kit.queries import ledgers as q
    from forum_kit.services import ledgers as s

    action = getattr(args, "timebank_action", None)
    if action is None:
        print(_("forum-kit timebank: choose an action; 'forum-kit timebank --help' lists them."))
        return 2
    if action == "statement":
        return _statement(args)
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        today = day(None, "--date")
        if action == "list":
            print_table(
                "Time banks",
                ("#", "Time bank", "Accounts", "Open", "Limit below 0"),
                [
                    (b.id, b.name, b.accounts, b.open_accounts, hours_text(-b.floor_minutes))
                    for b in q.time_banks(session)
                ],
                "No time bank yet: open one with 'forum-kit timebank add'.",
            )
        elif action == "add":
            floor = (
                0
                if args.floor_hours.strip() in ("0", "0:00")
                else parse_minutes(args.floor_hours, "--floor-hours")
            )
            place = place_id(session, args.place) if args.place else None
            bank = s.add_time_bank(
                session,
                name=args.name,
                floor_minutes=floor,
                rules=args.rules,
                workplace_id=place,
                today=today,
            )
            print(_("Opened time bank number {id}.").format(id=bank.id))
        elif action == "accounts":
            bank = _bank(session, args.bank)
            print_table(
                f"{bank.name}: accounts",
                ("#", "Member", "Given", "Received", "Balance", "Waiting", "Closed"),
                [
                    (
                        a.id,
                        a.member,
                        hours_text(a.given_minutes),
                        hours_text(a.received_minutes),
                        hours_text(a.balance_minutes, signed=True),
                        a.pending or "",
                        a.closed_on or "",
                    )
                    for a in q.accounts(session, bank.id)
                ],
                "No accounts yet: they open with a member's first exchange.",
            )
        elif action == "exchanges":
            bank = _bank(session, args.bank)
            print_table(
                f"{bank.name}: exchanges, newest first",
                ("#", "Date", "Giver", "Receiver", "Hours", "Status", "What"),
                [
                    (
                        e.id,
                        e.done_on,
                        e.giver,
                        e.receiver,
                        hours_text(e.minutes),
                        "reversal"
                        if e.reverses_id
                        else ("reversed" if e.reversed_by else e.status),
                        e.what,
                    )
                    for e in q.exchanges(session, bank.id, limit=args.limit)
                ],
                "No exchanges yet.",
            )
        elif action == "exchange":
            bank = _bank(session, args.bank)
            by = args.confirmed_by
            row = s.record_exchange(
                session,
                bank_id=bank.id,
                giver_contact_id=member_id(session, args.giver, None, "--giver"),
                receiver_contact_id=member_id(session, args.receiver, None, "--receiver"),
                minutes=parse_minutes(args.hours, "--hours"),
                what=args.what,
                done_on=day(args.date, "--date"),
                confirmed_by_giver=by in ("both", "giver"),
                confirmed_by_receiver=by in ("both", "receiver"),
                entered_by_committee=by == "committee",
                today=today,
            )
            state = "posted" if row.posted else "waiting for a confirmation"
            print(_("Recorded exchange {id} ({state}).").format(id=row.id, state=state))
        elif action == "confirm":
            row = s.confirm_exchange(
                session, exchange_id=args.exchange, side=args.side, today=today
            )
            print(
                f"Exchange {row.id}: "
                + ("posted." if row.posted else "confirmed; waits for the other side.")
            )
        elif action == "withdraw":
            s.withdraw_exchange(session, exchange_id=args.exchange)
            print(_("Exchange {exchange} withdrawn.").format(exchange=args.exchange))
        elif action == "reverse":
            row = s.reverse_exchange(
                session, exchange_id=args.exchange, today=today, what=args.reason
            )
            print(_("Posted reversal {id} of exchange {exchange}.").format(
                    id=row.id,
                    exchange=args.exchange))
        elif action == "close-account":
            bank = _bank(session, args.bank)
            person = member_id(session, args.member, None, "MEMBER")
            account = next(
                (a for a in q.accounts(session, bank.id) if a.contact_id == person), None
            )
            if account is None:
                from forum_kit.errors import NotFound

                raise NotFound(_("That member has no account in this time bank."))
            s.close_account(session, account_id=account.id, closed_on=day(args.date, "--date"))
            print(_("Account closed; its history is kept."))
        elif action == "figures":
            _figures(session, args)
    return 0


def _figures(session: Any, args: argparse.Namespace) -> None:
    from forum_kit.amounts import hours_text
    from forum_kit.cli.community_common import day, place_id, print_table
    from forum_kit.models import Workplace
    from forum_kit.queries.community_figures import community_figures
    from forum_kit.reports.community_data import YEAR

    place = place_id(session, args.place)
    kind = str(session.get(Workplace, place).kind)
    figures = community_figures(
        session, workplace_ids=[place], through=day(None, "--date"), place_kind=kind
    )  # type: ignore[arg-type]

    def cell(period: str, measure: str) -> str:
        value = figures.get(period, measure)
        return "" if value is None else value.text(hours_text if measure == "minutes" else None)

    print_table(
        f"Time bank as it leaves the vault (counts under {figures.threshold} hidden)",
        ("Month", "Exchanges", "Hours", "Members active"),
        [
            (m, cell(m, "exchanges"), cell(m, "minutes"), cell(m, "active_members"))
            for m in (*figures.months, YEAR)
        ],
        "",
    )


def _statement(args: argparse.Namespace) -> int:
    from forum_kit.cli.community_common import day, member_id, write_pdf
    from forum_kit.queries.ledgers import statement
    from forum_kit.reports.community import build_time_statement

    with opened_vault(args) as vault, vault.unit_of_work() as session:
        bank = _bank(session, args.bank)
        person = member_id(session, args.member, None, "MEMBER")
        data = statement(
            session,
            bank_id=bank.id,
            contact_id=person,
            through=day(None, "--date"),
            paper=args.paper,
        )
    return write_pdf(
        args,
        data,
        build_time_statement,
        names=True,
        carries="the member's name and the names of the members they exchanged "
        "hours with (for that member only)",
    )
