"""``forum-kit aid``: mutual aid from the command line: list and add needs and offers, the offers
that fit a need, match a need with help, close a need, the follow-ups of matches, the figures per
area and month, the printable "asks and offers" sheet and a spreadsheet of needs and offers.

The lists are the committee's own (names shown, as in the app). What leaves the vault keeps each
item's visibility: the sheet and the export carry only items members agreed to show the
assembly, and names only with ``--names`` where the member agreed to be named.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault
from forum_kit.i18n import _

KINDS = (
    "food",
    "childcare",
    "transport",
    "repairs",
    "translation",
    "money",
    "place_to_stay",
    "other",
)
VISIBILITY = ("committee", "assembly", "named")


def _common(parser: argparse.ArgumentParser) -> None:
    from forum_kit.cli.community_common import add_place_option

    add_place_option(parser)
    add_secret_options(parser)


def _who(parser: argparse.ArgumentParser, side: str) -> None:
    parser.add_argument("--kind", choices=KINDS, required=True)
    parser.add_argument("--what", metavar="TEXT", default="", help=f"what is {side}")
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--member", metavar="NAME_OR_NUMBER", help="the member (default: none)")
    who.add_argument(
        "--anonymous",
        action="store_true",
        help="anonymous to the committee (nobody named, not even here)",
    )
    parser.add_argument("--area", metavar="NAME", help="where (default: the member's area)")
    parser.add_argument(
        "--visibility",
        choices=VISIBILITY,
        default="committee",
        help="who may see it: the committee only (default), the assembly "
        "without the name, or the assembly with the name",
    )
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="when it was raised (default: today)")


def register(subparsers: Any) -> None:
    """Add ``aid`` and its actions."""
    p = subparsers.add_parser(
        "aid",
        help="mutual aid: needs, offers, matches, figures, sheet",
        description="Needs and offers between members, matched by the committee and followed up.",
    )
    actions = p.add_subparsers(dest="aid_action", metavar="ACTION")
    needs = actions.add_parser("needs", help="list needs (open ones first)")
    add_vault_path(needs)
    needs.add_argument("--status", choices=("open", "met", "partly_met", "unmet"))
    _common(needs)
    need = actions.add_parser("need-add", help="record a need")
    add_vault_path(need)
    _who(need, "needed")
    need.add_argument("--from", dest="needed_from", metavar="YYYY-MM-DD")
    need.add_argument("--by", dest="needed_by", metavar="YYYY-MM-DD")
    need.add_argument("--urgency", choices=("low", "normal", "urgent"), default="normal")
    _common(need)
    close = actions.add_parser("need-close", help="close a need: met, partly met or unmet")
    add_vault_path(close)
    close.add_argument("need", type=int, metavar="NEED")
    close.add_argument("--status", choices=("met", "partly_met", "unmet"), required=True)
    close.add_argument("--reason", metavar="TEXT", default="", help="why (needed for unmet)")
    close.add_argument("--date", metavar="YYYY-MM-DD")
    _common(close)
    offers = actions.add_parser("offers", help="list offers (standing ones first)")
    add_vault_path(offers)
    _common(offers)
    offer = actions.add_parser("offer-add", help="record an offer")
    add_vault_path(offer)
    _who(offer, "offered")
    offer.add_argument("--from", dest="available_from", metavar="YYYY-MM-DD")
    offer.add_argument("--until", dest="available_until", metavar="YYYY-MM-DD")
    _common(offer)
    withdraw = actions.add_parser("offer-withdraw", help="an offer no longer stands")
    add_vault_path(withdraw)
    withdraw.add_argument("offer", type=int, metavar="OFFER")
    withdraw.add_argument("--date", metavar="YYYY-MM-DD")
    _common(withdraw)
    fits = actions.add_parser("fits", help="the offers that fit a need, nearest first")
    add_vault_path(fits)
    fits.add_argument("need", type=int, metavar="NEED")
    _common(fits)
    matches = actions.add_parser("matches", help="list matches: who helps whom, and when")
    add_vault_path(matches)
    _common(matches)
    match = actions.add_parser("match", help="match a need with an offer or a member")
    add_vault_path(match)
    match.add_argument("need", type=int, metavar="NEED")
    match.add_argument("--offer", type=int, metavar="OFFER")
    match.add_argument("--helper", metavar="NAME_OR_NUMBER", help="default: the offer's member")
    match.add_argument("--help-on", metavar="YYYY-MM-DD", help="when the help happens")
    match.add_argument("--follow-up", metavar="YYYY-MM-DD", help="when to check it went well")
    match.add_argument("--notes", metavar="TEXT", default="")
    match.add_argument("--date", metavar="YYYY-MM-DD")
    _common(match)
    done = actions.add_parser("match-done", help="mark a match's follow-up done")
    add_vault_path(done)
    done.add_argument("match", type=int, metavar="MATCH")
    _common(done)
    due = actions.add_parser("follow-ups", help="match follow-ups due (as one-on-ones' are)")
    add_vault_path(due)
    due.add_argument("--within", type=int, default=7, metavar="DAYS")
    _common(due)
    figures = actions.add_parser("figures", help="figures per area and month")
    add_vault_path(figures)
    figures.add_argument("--months", type=int, default=12)
    _common(figures)
    sheet = actions.add_parser("sheet", help="the printable asks-and-offers sheet (PDF)")
    add_vault_path(sheet)
    sheet.add_argument(
        "--names", action="store_true", help="print names where the member agreed to be named"
    )
    sheet.add_argument(
        "--contact",
        metavar="TEXT",
        default="",
        help="how to reach the committee, printed at the foot",
    )
    sheet.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    from forum_kit.cli.leaflet_cmd import add_output_options

    add_output_options(sheet)
    _common(sheet)
    export = actions.add_parser("export", help="needs and offers to CSV or XLSX")
    add_vault_path(export)
    export.add_argument("--out", metavar="FILE", type=Path, required=True)
    export.add_argument(
        "--names", action="store_true", help="names where the member agreed to be named"
    )
    export.add_argument(
        "--committee-list",
        action="store_true",
        help="the committee's full list: every item, with names",
    )
    export.add_argument(
        "--include-sensitive",
        action="store_true",
        help="name members marked sensitive too (committee list)",
    )
    _common(export)
    p.set_defaults(handler=run)


def _area(session: Any, place: int, name: str | None) -> int | None:
    if name is None:
        return None
    from forum_kit.cli.community_common import find_by_name
    from forum_kit.queries.areas import area_tree

    return find_by_name(area_tree(session, place, counts=False), name, "area", "--area").id


def _optional_day(text: str | None, option: str) -> Any:
    from forum_kit.cli.common import parse_date

    return None if text is None else parse_date(text, option)


def _list_needs(session: Any, place: int, args: argparse.Namespace) -> None:
    from forum_kit.cli.community_common import print_table
    from forum_kit.queries import mutual_aid as q

    rows = q.needs(session, workplace_id=place, status=args.status)
    print_table(
        "Needs",
        ("#", "Raised", "Kind", "Urgency", "Member", "Area", "By", "Status", "Matches"),
        [
            (
                n.id,
                n.raised_on,
                n.kind,
                n.urgency,
                n.member or "-",
                n.area,
                n.needed_by,
                q.STATUS_WORDS.get(n.status, n.status),
                n.matches,
            )
            for n in rows
        ],
        "No needs recorded.",
    )


def _list_offers(session: Any, place: int) -> None:
    from forum_kit.cli.community_common import print_table
    from forum_kit.queries import mutual_aid as q

    rows = q.offers(session, workplace_id=place)
    print_table(
        "Offers",
        ("#", "Offered", "Kind", "Member", "Area", "Until", "Standing", "Matches"),
        [
            (
                o.id,
                o.offered_on,
                o.kind,
                o.member or "-",
                o.area,
                o.available_until,
                "no" if o.withdrawn_on else "yes",
                o.matches,
            )
            for o in rows
        ],
        "No offers recorded.",
    )


def _figures(session: Any, place: int, months: int, today: Any) -> None:
    from forum_kit.amounts import cents_text
    from forum_kit.cli.community_common import print_table
    from forum_kit.queries.mutual_aid import aid_figures

    figures = aid_figures(session, workplace_id=place, through=today, months=months)
    print_table(
        "Per area and month",
        ("Month", "Area", "Needs", "Met in a week", "Helping", "Grants"),
        [
            (
                r.month,
                r.area or "(no area)",
                r.needs_raised,
                r.met_within_week,
                r.helpers,
                cents_text(r.fund_out_cents),
            )
            for r in figures.rows
        ],
        "No needs or matches in these months.",
        right=(False, False, True, True, True, True),
    )
    print()
    print_table(
        "The whole place",
        ("Month", "Needs", "Met in a week", "Helping", "Fund in", "Fund out"),
        [
            (
                r.month,
                r.needs_raised,
                r.met_within_week,
                r.helpers,
                cents_text(r.fund_in_cents),
                cents_text(r.fund_out_cents),
            )
            for r in figures.totals
        ],
        "",
        right=(False, True, True, True, True, True),
    )


def run(args: argparse.Namespace) -> int:
    """Carry out one ``aid`` action."""
    from forum_kit.cli.community_common import day, member_id, place_id, print_table
    from forum_kit.queries import mutual_aid as q
    from forum_kit.services import mutual_aid as s

    action = getattr(args, "aid_action", None)
    if action is None:
        print(_("forum-kit aid: choose an action; 'forum-kit aid --help' lists them."))
        return 2
    if action == "sheet":
        return _sheet(args)
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        place = place_id(session, args.place)
        today = day(None, "--date")
        if action == "needs":
            _list_needs(session, place, args)
        elif action == "offers":
            _list_offers(session, place)
        elif action in ("need-add", "offer-add"):
            member = member_id(session, args.member, place, "--member") if args.member else None
            common = dict(
                workplace_id=place,
                kind=args.kind,
                what=args.what,
                contact_id=member,
                anonymous=args.anonymous,
                area_id=_area(session, place, args.area),
                visibility=args.visibility,
                today=today,
            )
            if action == "need-add":
                row = s.add_need(
                    session,
                    raised_on=day(args.date, "--date"),
                    needed_from=_optional_day(args.needed_from, "--from"),
                    needed_by=_optional_day(args.needed_by, "--by"),
                    urgency=args.urgency,
                    **common,
                )
            else:
                row = s.add_offer(
                    session,
                    offered_on=day(args.date, "--date"),
                    available_from=_optional_day(args.available_from, "--from"),
                    available_until=_optional_day(args.available_until, "--until"),
                    **common,
                )
            print(
                _("Recorded {value} number {id} (seen by: {visibility}).").format(
                  value='need' if action == 'need-add' else 'offer',
                  id=row.id,
                  visibility=args.visibility)
            )
        elif action == "need-close":
            s.close_need(
                session,
                need_id=args.need,
                status=args.status,
                closed_on=day(args.date, "--date"),
                reason=args.reason,
                today=today,
            )
            print(_("Need {need} closed: {value}.").format(
                    need=args.need,
                    value=q.STATUS_WORDS[args.status]))
        elif action == "offer-withdraw":
            s.withdraw_offer(session, offer_id=args.offer, on=day(args.date, "--date"))
            print(_("Offer {offer} withdrawn.").format(offer=args.offer))
        elif action == "fits":
            fits = q.fitting_offers(session, need_id=args.need, today=today)
            print_table(
                f"Offers that fit need {args.need}, nearest first",
                ("Offer", "Fit", "Member", "Area", "Until", "Matched before"),
                [
                    (
                        f.offer.id,
                        f.fit,
                        f.offer.member or "-",
                        f.offer.area,
                        f.offer.available_until,
                        f.offer.matches,
                    )
                    for f in fits
                ],
                "No standing offer fits: ask members directly, then 'aid match --helper'.",
            )
        elif action == "matches":
            print_table(
                "Matches",
                ("#", "Matched", "Need", "Kind", "Member", "Helper", "Help on", "Follow up"),
                [
                    (
                        m.id,
                        m.matched_on,
                        m.need_id,
                        m.need_kind,
                        m.member or "-",
                        m.helper or "-",
                        m.help_on,
                        "done" if m.follow_up_done else m.follow_up_on,
                    )
                    for m in q.matches(session, workplace_id=place)
                ],
                "No matches yet.",
            )
        elif action == "match":
            helper = member_id(session, args.helper, place, "--helper") if args.helper else None
            row = s.match_need(
                session,
                need_id=args.need,
                offer_id=args.offer,
                helper_id=helper,
                matched_on=day(args.date, "--date"),
                help_on=_optional_day(args.help_on, "--help-on"),
                follow_up_on=_optional_day(args.follow_up, "--follow-up"),
                notes=args.notes,
                today=today,
            )
            print(_("Recorded match number {id}.").format(id=row.id))
        elif action == "match-done":
            s.complete_match_follow_up(session, match_id=args.match)
            print(_("Follow-up of match {match} done.").format(match=args.match))
        elif action == "follow-ups":
            rows = q.match_follow_ups_due(
                session, today=today, within_days=args.within, workplace_id=place
            )
            print_table(
                "Mutual-aid follow-ups due",
                ("Match", "Date", "", "Member", "Helper", "Kind", "Area"),
                [
                    (
                        r.match_id,
                        r.follow_up_on,
                        "OVERDUE" if r.overdue else "",
                        r.member or "-",
                        r.helper or "-",
                        r.kind,
                        r.area_name,
                    )
                    for r in rows
                ],
                "No mutual-aid follow-up due.",
            )
        elif action == "figures":
            _figures(session, place, args.months, today)
        elif action == "export":
            return _export(session, place, args)
    return 0


def _export(session: Any, place: int, args: argparse.Namespace) -> int:
    from forum_kit.errors import InvalidInput
    from forum_kit.exchange.community_export import describe_aid_export, export_aid

    fmt = args.out.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):
        raise InvalidInput(_("Give an --out file ending in .csv or .xlsx."))
    print(describe_aid_export(committee_list=args.committee_list, names=args.names))
    count = export_aid(
        session,
        args.out,
        workplace_id=place,
        format=fmt,
        committee_list=args.committee_list,
        names=args.names,
        include_sensitive=args.include_sensitive,
    )
    print(_("Wrote {count} rows to {out}.").format(count=count, out=args.out))
    return 0


def _sheet(args: argparse.Namespace) -> int:
    from forum_kit.cli.community_common import day, place_id, write_pdf
    from forum_kit.models import Workplace
    from forum_kit.queries.mutual_aid import sheet_items
    from forum_kit.reports.community import build_asks_offers
    from forum_kit.reports.community_data import AsksOffersData

    with opened_vault(args) as vault, vault.unit_of_work() as session:
        place = place_id(session, args.place)
        row = session.get(Workplace, place)
        today = day(None, "--date")
        data = AsksOffersData(
            place=row.name,
            place_kind=str(row.kind),
            as_of=today,
            items=tuple(sheet_items(session, workplace_id=place, today=today, names=args.names)),
            names=args.names,
            contact=args.contact,
            paper=args.paper,
        )
    named = any(i.name for i in data.items)
    carries = (
        "the names of members who agreed to be named"
        if named
        else "no names (only items members agreed to show the assembly)"
    )
    return write_pdf(args, data, build_asks_offers, carries=carries, names=named)
