"""``forum-kit grievance-report``: the committee's grievance report as PDF.

Owns the command's options: the date the report is as of, the start of the period for closed
cases and the trend, the workplace or areas it covers, and whether grievants are named and
cases marked sensitive are included (neither, unless asked). After writing it prints the key
figures in one line, without names.
"""

from __future__ import annotations

import argparse
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault, parse_date
from forum_kit.cli.leaflet_cmd import add_output_options, write_document
from forum_kit.errors import NotFound
from forum_kit.i18n import _


def register(subparsers: Any) -> None:
    """Add the grievance-report command."""
    p = subparsers.add_parser(
        "grievance-report",
        help="the committee's grievance report (PDF)",
        description="Open cases with their next deadline (overdue first), open cases by "
        "steward, step, area and contract article, cases closed in the period with outcomes, "
        "win rate and time to resolution by type and article, and the trend by month.",
    )
    add_vault_path(p)
    p.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="the day the report is as of (default: today)"
    )
    p.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM-DD",
        help="the first day of the period for closed cases and the trend "
        "(default: twelve months up to --as-of)",
    )
    p.add_argument("--workplace", metavar="NAME", help="only this workplace (name or number)")
    p.add_argument(
        "--area",
        metavar="NAME",
        action="append",
        dest="areas",
        help="only this area and the areas below it (repeat)",
    )
    p.add_argument("--names", action="store_true", help="name the grievants")
    p.add_argument(
        "--include-sensitive",
        action="store_true",
        help="include cases marked sensitive, and people marked sensitive by name",
    )
    p.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    add_output_options(p)
    add_secret_options(p)
    p.set_defaults(handler=run)


def find_workplace(session: Any, text: str) -> int:
    """The workplace named ``text`` (case ignored) or with that number."""
    from forum_kit.queries.areas import workplaces

    key = text.strip().casefold()
    found = [
        w.id
        for w in workplaces(session, counts=False)
        if str(w.id) == key or w.name.casefold() == key
    ]
    if len(found) != 1:
        raise NotFound(
            _("No single workplace matches --workplace; give its number or its full name "
              "('forum-kit areas' lists them).")
        )
    return found[0]


def run(args: argparse.Namespace) -> int:
    """Read the figures, write the report, print the key figures."""
    from forum_kit.queries.documents import find_area
    from forum_kit.queries.grievance_figures import grievance_figures
    from forum_kit.reports.grievance_data import GrievanceReportData
    from forum_kit.reports.grievance_report import build_grievance_report, win_rate_text

    as_of = parse_date(args.as_of, "--as-of")
    start = parse_date(args.start, "--from") if args.start else None
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        workplace = find_workplace(session, args.workplace) if args.workplace else None
        areas = [find_area(session, name).id for name in args.areas] if args.areas else None
        figures = grievance_figures(
            session,
            as_of=as_of,
            period_start=start,
            workplace_id=workplace,
            area_ids=areas,
            with_names=args.names,
            include_sensitive=args.include_sensitive,
        )
    if not args.names:
        # the personal-data line speaks of coworkers as grievants; say what else is printed
        print(
            _("The report names each case's steward and title, and no grievant (--names adds "
              "them).")
        )
    status = write_document(
        args, GrievanceReportData(figures, paper=args.paper), build_grievance_report
    )
    s = figures.summary
    line = _("{open} open ({overdue} overdue); {closed} closed since {start}, win rate {rate}"
             ).format(open=s.open_cases, overdue=s.overdue, closed=s.totals.closed,
                      start=s.period_start.isoformat(), rate=win_rate_text(s.totals))
    if s.sensitive_left_out:
        line += _("; {n} marked sensitive left out").format(n=s.sensitive_left_out)
    print(line + ".")
    return status
