"""``forum-kit checkin`` and ``forum-kit retaliation``: care for members from the command line.

``checkin`` lists check-ins (overdue ones first; they also show under ``forum-kit deadlines``),
plans one after a hard event and records how it went. ``retaliation`` lists and logs incidents,
prints the log as a password-protected PDF for a lawyer (unprotected only with ``--no-password``),
and exports it to CSV or XLSX; incidents are sensitive by default and leave the vault only with
``--include-sensitive``, after the command has said what the file carries.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault
from forum_kit.i18n import _

EVENTS = ("discipline", "injury", "firing", "eviction", "illness", "other")


def _grievance_id(session: Any, number: str | None) -> int | None:
    if number is None:
        return None
    import sqlalchemy as sa

    from forum_kit.errors import NotFound
    from forum_kit.models import Grievance

    found = session.execute(
        sa.select(Grievance.id).where(Grievance.number == number.strip())
    ).scalar_one_or_none()
    if found is None:
        raise NotFound(_("No grievance has that number; check --grievance."))
    return found


def register(subparsers: Any) -> None:
    """Add ``checkin`` and ``retaliation``."""
    from forum_kit.cli.community_common import add_place_option
    from forum_kit.cli.leaflet_cmd import add_output_options

    c = subparsers.add_parser(
        "checkin",
        help="check-ins on members after a hard event",
        description="Who checks on a member after discipline, an injury "
        "or a firing, by when, and how it went.",
    )
    actions = c.add_subparsers(dest="checkin_action", metavar="ACTION")
    listing = actions.add_parser("list", help="open check-ins, overdue first")
    add_vault_path(listing)
    listing.add_argument("--all", action="store_true", help="done ones too")
    add_place_option(listing)
    add_secret_options(listing)
    add = actions.add_parser("add", help="plan a check-in")
    add_vault_path(add)
    add.add_argument("member", metavar="MEMBER")
    add.add_argument("--event", choices=EVENTS, required=True)
    add.add_argument("--event-on", metavar="YYYY-MM-DD", help="default: today")
    add.add_argument("--due", metavar="YYYY-MM-DD", required=True, help="check in by")
    add.add_argument("--checker", metavar="NAME_OR_NUMBER", help="who will check in")
    add.add_argument("--about", metavar="TEXT", default="")
    add.add_argument("--grievance", metavar="NUMBER")
    add_secret_options(add)
    done = actions.add_parser("done", help="record how a check-in went")
    add_vault_path(done)
    done.add_argument("check_in", type=int, metavar="CHECK_IN")
    done.add_argument("--outcome", metavar="TEXT", required=True)
    done.add_argument("--date", metavar="YYYY-MM-DD")
    add_secret_options(done)
    c.set_defaults(handler=run_checkin)

    r = subparsers.add_parser(
        "retaliation",
        help="the retaliation log (sensitive)",
        description="Dated incidents of retaliation, kept as evidence.",
    )
    actions = r.add_subparsers(dest="retaliation_action", metavar="ACTION")
    listing = actions.add_parser("list", help="the log, oldest first")
    add_vault_path(listing)
    add_place_option(listing)
    add_secret_options(listing)
    log = actions.add_parser("add", help="log an incident")
    add_vault_path(log)
    log.add_argument("--date", metavar="YYYY-MM-DD", help="when it happened (default: today)")
    log.add_argument("--what", metavar="TEXT", required=True)
    log.add_argument("--management", metavar="TEXT", default="", help="who from management")
    log.add_argument("--member", metavar="NAME_OR_NUMBER", help="the member targeted")
    log.add_argument(
        "--witness",
        metavar="NAME_OR_NUMBER",
        action="append",
        default=[],
        help="a coworker who saw it (repeat)",
    )
    log.add_argument("--grievance", metavar="NUMBER")
    log.add_argument(
        "--not-sensitive",
        action="store_true",
        help="not sensitive (it may then appear in exports without asking)",
    )
    add_place_option(log)
    add_secret_options(log)
    pdf = actions.add_parser("print", help="the log as a protected PDF for a lawyer")
    add_vault_path(pdf)
    add_output_options(pdf)
    pdf.add_argument(
        "--no-password", action="store_true", help="write it unprotected (not advised)"
    )
    pdf.add_argument(
        "--no-names",
        action="store_true",
        help="leave members and witnesses unnamed (witnesses counted)",
    )
    pdf.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    add_place_option(pdf)
    add_secret_options(pdf)
    export = actions.add_parser("export", help="the log to CSV or XLSX")
    add_vault_path(export)
    export.add_argument("--out", metavar="FILE", type=Path, required=True)
    export.add_argument(
        "--include-sensitive",
        action="store_true",
        help="include sensitive incidents (by default, all of them)",
    )
    add_place_option(export)
    add_secret_options(export)
    r.set_defaults(handler=run_retaliation)


def run_checkin(args: argparse.Namespace) -> int:
    from forum_kit.cli.community_common import day, member_id, place_id, print_table
    from forum_kit.queries import care as q
    from forum_kit.services import care as s

    action = getattr(args, "checkin_action", None)
    if action is None:
        print(_("forum-kit checkin: choose list, add or done."))
        return 2
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        today = day(None, "--date")
        if action == "list":
            place = place_id(session, args.place) if args.place else None
            rows = q.check_ins(session, today=today, open_only=not args.all, workplace_id=place)
            print_table(
                "Check-ins",
                ("#", "Due", "", "Member", "Event", "On", "Who checks", "Done"),
                [
                    (
                        r.id,
                        r.due_on,
                        "OVERDUE" if r.overdue else "",
                        r.member,
                        r.event,
                        r.event_on,
                        r.checker or "-",
                        r.done_on or "",
                    )
                    for r in rows
                ],
                "No check-in open." if not args.all else "No check-ins.",
            )
        elif action == "add":
            member = member_id(session, args.member, None, "MEMBER")
            checker = member_id(session, args.checker, None, "--checker") if args.checker else None
            row = s.add_check_in(
                session,
                contact_id=member,
                event=args.event,
                event_on=day(args.event_on, "--event-on"),
                due_on=day(args.due, "--due"),
                checker_id=checker,
                about=args.about,
                grievance_id=_grievance_id(session, args.grievance),
                today=today,
            )
            print(_("Planned check-in {id}, due {isoformat}.").format(
                    id=row.id,
                    isoformat=row.due_on.isoformat()))
        elif action == "done":
            s.record_check_in(
                session,
                check_in_id=args.check_in,
                outcome=args.outcome,
                done_on=day(args.date, "--date"),
                today=today,
            )
            print(_("Check-in {check_in} recorded.").format(check_in=args.check_in))
    return 0


def run_retaliation(args: argparse.Namespace) -> int:
    from forum_kit.cli.community_common import day, member_id, place_id, print_table
    from forum_kit.queries import care as q
    from forum_kit.services import care as s

    action = getattr(args, "retaliation_action", None)
    if action is None:
        print(_("forum-kit retaliation: choose list, add, print or export."))
        return 2
    if action == "print":
        return _print(args)
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        if action == "list":
            place = place_id(session, args.place) if args.place else None
            print_table(
                "Retaliation log, oldest first",
                ("#", "Date", "Member", "Management", "Witnesses", "Grievance", "What"),
                [
                    (
                        r.id,
                        r.occurred_on,
                        r.member or "-",
                        r.management,
                        r.witness_count,
                        r.grievance,
                        r.what,
                    )
                    for r in q.incidents(session, workplace_id=place)
                ],
                "No incidents logged.",
            )
        elif action == "add":
            place = place_id(session, args.place)
            member = member_id(session, args.member, place, "--member") if args.member else None
            witnesses = [member_id(session, w, place, "--witness") for w in args.witness]
            row = s.log_retaliation(
                session,
                workplace_id=place,
                occurred_on=day(args.date, "--date"),
                what=args.what,
                management=args.management,
                contact_id=member,
                witness_ids=witnesses,
                grievance_id=_grievance_id(session, args.grievance),
                sensitive=not args.not_sensitive,
                today=day(None, "--date"),
            )
            print(f"Logged incident {row.id}" + (" (sensitive)." if row.sensitive else "."))
        elif action == "export":
            return _export(session, args)
    return 0


def _export(session: Any, args: argparse.Namespace) -> int:
    from forum_kit.cli.community_common import place_id
    from forum_kit.errors import InvalidInput
    from forum_kit.exchange.community_export import (
        describe_retaliation_export,
        export_retaliation,
    )

    fmt = args.out.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):
        raise InvalidInput(_("Give an --out file ending in .csv or .xlsx."))
    place = place_id(session, args.place) if args.place else None
    print(describe_retaliation_export(include_sensitive=args.include_sensitive))
    count = export_retaliation(
        session, args.out, workplace_id=place, format=fmt, include_sensitive=args.include_sensitive
    )
    print(_("Wrote {count} rows to {out}.").format(count=count, out=args.out))
    if count == 0 and not args.include_sensitive:
        print(_("Incidents are sensitive by default: add --include-sensitive to export them."))
    return 0


def _print(args: argparse.Namespace) -> int:
    from forum_kit.cli.community_common import day, place_id, write_pdf
    from forum_kit.queries.care import retaliation_log
    from forum_kit.reports.community import build_retaliation_log

    with opened_vault(args) as vault, vault.unit_of_work() as session:
        data = retaliation_log(
            session,
            workplace_id=place_id(session, args.place),
            prepared_on=day(None, "--date"),
            names=not args.no_names,
            paper=args.paper,
        )
    carries = (
        "the names of members targeted and of witnesses, what happened and the managers named"
        if not args.no_names
        else "what happened and the managers named (members and witnesses not named)"
    )
    return write_pdf(
        args,
        data,
        build_retaliation_log,
        carries=carries,
        names=not args.no_names,
        require_password=True,
    )
