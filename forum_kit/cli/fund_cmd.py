"""``forum-kit fund``: the solidarity fund from the command line: list funds with their balance,
open one, list a fund's entries with the running balance, post money in or out, and reverse an
entry. Entries are never edited or deleted (the vault refuses it): a mistake is corrected by a
reversing entry, and the balance is always the sum of the entries.
"""

from __future__ import annotations

import argparse
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault
from forum_kit.i18n import _

ENTRY_KINDS = ("dues", "collection", "donation", "grant", "expense")


def _fund_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("fund", metavar="FUND", help="the fund's number or name")


def register(subparsers: Any) -> None:
    """Add ``fund`` and its actions."""
    p = subparsers.add_parser(
        "fund",
        help="the solidarity fund: an append-only ledger",
        description="Money in (dues, collections, donations) and out "
        "(grants to members, expenses), never an edited total.",
    )
    actions = p.add_subparsers(dest="fund_action", metavar="ACTION")
    listing = actions.add_parser("list", help="every fund with its balance")
    add_vault_path(listing)
    add_secret_options(listing)
    add = actions.add_parser("add", help="open a fund")
    add_vault_path(add)
    add.add_argument("name", metavar="NAME")
    add.add_argument("--currency", metavar="CODE", default="", help="e.g. GBP, EUR, USD")
    add.add_argument("--place", metavar="NAME_OR_NUMBER", help="the place it belongs to")
    add_secret_options(add)
    entries = actions.add_parser("entries", help="a fund's entries with the running balance")
    add_vault_path(entries)
    _fund_arg(entries)
    add_secret_options(entries)
    post = actions.add_parser("post", help="post money in or out")
    add_vault_path(post)
    _fund_arg(post)
    post.add_argument("--kind", choices=ENTRY_KINDS, required=True)
    post.add_argument("--amount", metavar="12.50", required=True)
    post.add_argument("--member", metavar="NAME_OR_NUMBER", help="who paid or received it")
    post.add_argument("--need", type=int, metavar="NEED", help="the need a grant answers")
    post.add_argument("--memo", metavar="TEXT", default="")
    post.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    add_secret_options(post)
    reverse = actions.add_parser("reverse", help="correct an entry by reversing it")
    add_vault_path(reverse)
    reverse.add_argument("entry", type=int, metavar="ENTRY")
    reverse.add_argument("--memo", metavar="TEXT", default="", help="why")
    reverse.add_argument("--date", metavar="YYYY-MM-DD", help="default: today")
    add_secret_options(reverse)
    p.set_defaults(handler=run)


def _fund(session: Any, wanted: str) -> Any:
    from forum_kit.cli.community_common import find_by_name
    from forum_kit.queries.ledgers import funds

    return find_by_name(funds(session), wanted, "fund", "FUND")


def run(args: argparse.Namespace) -> int:
    """Carry out one ``fund`` action."""
    from forum_kit.amounts import cents_text, parse_cents
    from forum_kit.cli.community_common import day, member_id, place_id, print_table
    from forum_kit.queries import ledgers as q
    from forum_kit.services import ledgers as s

    action = getattr(args, "fund_action", None)
    if action is None:
        print(_("forum-kit fund: choose list, add, entries, post or reverse."))
        return 2
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        today = day(None, "--date")
        if action == "list":
            print_table(
                "Solidarity funds",
                ("#", "Fund", "In", "Out", "Balance", "Entries"),
                [
                    (
                        f.id,
                        f.name,
                        cents_text(f.money_in_cents, f.currency),
                        cents_text(f.money_out_cents, f.currency),
                        cents_text(f.balance_cents, f.currency),
                        f.entries,
                    )
                    for f in q.funds(session)
                ],
                "No fund yet: open one with 'forum-kit fund add'.",
                right=(True, False, True, True, True, True),
            )
        elif action == "add":
            place = place_id(session, args.place) if args.place else None
            fund = s.add_fund(
                session, name=args.name, currency=args.currency, workplace_id=place, today=today
            )
            print(_("Opened fund number {id}.").format(id=fund.id))
        elif action == "entries":
            fund = _fund(session, args.fund)
            rows = q.fund_entries(session, fund.id)
            print_table(
                f"{fund.name}: entries, oldest first",
                ("#", "Date", "Kind", "Amount", "Balance", "Member", "Need", "Memo"),
                [
                    (
                        e.id,
                        e.posted_on,
                        e.kind + (" (reversed)" if e.reversed_by else ""),
                        cents_text(e.amount_cents),
                        cents_text(e.balance_cents),
                        e.member or "",
                        e.need_id or "",
                        e.memo,
                    )
                    for e in rows
                ],
                "No entries yet.",
                right=(True, False, False, True, True, False, True, False),
            )
        elif action == "post":
            fund = _fund(session, args.fund)
            member = member_id(session, args.member, None, "--member") if args.member else None
            entry = s.post_fund_entry(
                session,
                fund_id=fund.id,
                kind=args.kind,
                amount_cents=parse_cents(args.amount, "--amount"),
                posted_on=day(args.date, "--date"),
                contact_id=member,
                need_id=args.need,
                memo=args.memo,
                today=today,
            )
            print(
                _("Posted entry {id}; the fund holds {cents_text}.").format(
                  id=entry.id,
                  cents_text=cents_text(q.fund_balance(session, fund.id), fund.currency))
            )
        elif action == "reverse":
            entry = s.reverse_fund_entry(
                session,
                entry_id=args.entry,
                posted_on=day(args.date, "--date"),
                memo=args.memo,
                today=today,
            )
            print(
                _("Posted reversal {id} of entry {entry}; the fund holds {cents_text}.").format(
                  id=entry.id,
                  entry=args.entry,
                  cents_text=cents_text(q.fund_balance(session, entry.fund_id)))
            )
    return 0
