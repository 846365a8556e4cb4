"""``forum-kit deadlines``: open grievances by their next deadline date, overdue ones first.

Each row shows the actual date, what it is for and a status (OVERDUE, TODAY, SOON). Grievants'
names appear only with ``--names``; otherwise they are a count.
"""

from __future__ import annotations

import argparse
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault, parse_date
from forum_kit.i18n import N_, _

STATUS = {"overdue": N_("OVERDUE"), "due_today": N_("TODAY"), "due_soon": N_("SOON"), "ok": ""}


def register(subparsers: Any) -> None:
    """Add the deadlines command."""
    p = subparsers.add_parser(
        "deadlines", help="open grievances by next deadline",
        description="Every open grievance deadline, earliest first, with what it is for.")
    add_vault_path(p)
    p.add_argument("--today", metavar="YYYY-MM-DD", help="the day to count from (default: today)")
    p.add_argument("--names", action="store_true", help="show grievants' names")
    add_secret_options(p)
    p.set_defaults(handler=run)


def _print_check_ins(rows: list, today: Any, names: bool) -> None:
    """Overdue check-ins on members, beside the overdue deadlines (names with ``--names``)."""
    from forum_kit.cli.output import table

    if not rows:
        return
    print(_("Check-ins on members overdue as of {isoformat}: {n}").format(
            isoformat=today.isoformat(),
            n=len(rows)))
    print(table((_("Due"), _("Status"), _("Member"), _("Event"), _("Who checks")),
                [(r.due_on.isoformat(), "OVERDUE", r.member if names else "(use --names)",
                  r.event, (r.checker or "-") if names else "") for r in rows]))
    print()


def run(args: argparse.Namespace) -> int:
    """Print the deadline table."""
    from forum_kit.cli.output import table
    from forum_kit.queries.grievances import open_deadlines

    today = parse_date(args.today, "--today")
    from forum_kit.queries.care import check_ins

    with opened_vault(args) as vault, vault.unit_of_work() as session:
        rows = open_deadlines(session, today=today, include_names=args.names)
        late = check_ins(session, today=today, overdue_only=True)
    _print_check_ins(late, today, args.names)
    if not rows:
        print(_("No open grievance deadlines."))
        return 0
    body = [
        (r.on.isoformat(), _(STATUS.get(r.status, str(r.status))), r.number, r.what, r.title,
         r.grievants or r.who)
        for r in rows
    ]
    print(_("Open grievance deadlines as of {value}").format(value=today.isoformat()))
    print(table((_("Date"), _("Status"), _("Number"), _("Deadline"),
                 _("Grievance"), _("Grievants")), body))
    return 0
