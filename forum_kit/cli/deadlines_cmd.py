"""``forum-kit deadlines``: open grievances by their next deadline date, overdue ones first.

Each row shows the actual date, what it is for and a status (OVERDUE, TODAY, SOON). Grievants'
names appear only with ``--names``; otherwise they are a count.
"""

from __future__ import annotations

import argparse
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault, parse_date

STATUS = {"overdue": "OVERDUE", "due_today": "TODAY", "due_soon": "SOON", "ok": ""}


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
    print(f"Check-ins on members overdue as of {today.isoformat()}: {len(rows)}")
    print(table(("Due", "Status", "Member", "Event", "Who checks"),
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
        print("No open grievance deadlines.")
        return 0
    body = [
        (r.on.isoformat(), STATUS.get(r.status, str(r.status)), r.number, r.what, r.title,
         r.grievants or r.who)
        for r in rows
    ]
    print(f"Open grievance deadlines as of {today.isoformat()}")
    print(table(("Date", "Status", "Number", "Deadline", "Grievance", "Grievants"), body))
    return 0
