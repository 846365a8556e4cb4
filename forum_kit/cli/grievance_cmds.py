"""``forum-kit grievances`` and ``grievance``: the cases and one case, from the command line.

``grievances`` lists every case (or those of one status) with its next contractual deadline, the
most urgent first, as the Grievances page and its export do; ``grievance`` shows one case: the
five Ws, the steps taken and every open deadline. Cases marked sensitive are left out, and
grievants marked sensitive are ``WITHHELD``, unless ``--include-sensitive``, as in exports.
"""

from __future__ import annotations

import argparse
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault, parse_date

_WORDS = {"due_today": "due today", "due_soon": "due soon"}


def register(subparsers: Any) -> None:
    """Add the grievances and grievance commands."""
    p = subparsers.add_parser(
        "grievances", help="list grievances with their next deadline",
        description="Every grievance (or those of one --status), the most urgent deadline "
        "first. Cases marked sensitive are left out unless asked.")
    add_vault_path(p)
    p.add_argument("--status", metavar="STATUS",
                   help="only this status (open, settled, withdrawn, won, lost...)")
    p.add_argument("--include-sensitive", action="store_true")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="the day deadlines count from")
    add_secret_options(p)
    p.set_defaults(handler=run_grievances)

    p = subparsers.add_parser(
        "grievance", help="show one grievance",
        description="One grievance: the five Ws, grievants, steps and open deadlines.")
    add_vault_path(p)
    p.add_argument("grievance", metavar="NUMBER", help="its number (as listed) or #id")
    p.add_argument("--include-sensitive", action="store_true")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="the day deadlines count from")
    add_secret_options(p)
    p.set_defaults(handler=run_grievance)


def run_grievances(args: argparse.Namespace) -> int:
    from forum_kit.cli.output import table
    from forum_kit.queries.grievances import GrievanceListFilter, grievance_list

    today = parse_date(args.today, "--today")
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        rows = grievance_list(session, GrievanceListFilter(status=args.status), today=today,
                              include_sensitive=args.include_sensitive)
    if not rows:
        print("No grievances" + (" of that status." if args.status else " yet."))
        return 0
    if not args.include_sensitive:
        print("Cases marked sensitive are left out (--include-sensitive shows them).")
    print(table(
        ("Number", "Title", "Area", "Step", "Status", "Next deadline", "For", "Deadline"),
        [(r.number, r.title, r.area_name or "", r.current_step, r.status,
          r.next_deadline.isoformat() if r.next_deadline else "", r.deadline_what or "",
          _WORDS.get(r.deadline_status or "", r.deadline_status or "")) for r in rows],
        right=(False, False, False, True, False, False, False, False)))
    return 0


def _grievance_id(session: Any, text: str) -> int:
    import sqlalchemy as sa

    from forum_kit.errors import NotFound
    from forum_kit.models import Grievance

    key = text.strip()
    ids = session.execute(sa.select(Grievance.id).where(Grievance.number == key)).scalars().all()
    if not ids and key.lstrip("#").isdigit():
        found = session.get(Grievance, int(key.lstrip("#")))
        ids = [found.id] if found is not None else []
    if len(ids) != 1:
        raise NotFound("No single grievance has that number; 'forum-kit grievances' lists them.")
    return ids[0]


def run_grievance(args: argparse.Namespace) -> int:
    import sqlalchemy as sa

    from forum_kit.cli.output import table
    from forum_kit.errors import NotFound
    from forum_kit.exchange.area_paths import area_paths
    from forum_kit.models import Contact
    from forum_kit.queries import WITHHELD
    from forum_kit.queries.grievances import grievance_detail

    today = parse_date(args.today, "--today")
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        case = grievance_detail(session, _grievance_id(session, args.grievance), today=today)
        if case.sensitive and not args.include_sensitive:
            raise NotFound("This grievance is marked sensitive and is not shown; add "
                           "--include-sensitive to show it.")
        hidden = set() if args.include_sensitive else set(session.execute(
            sa.select(Contact.id).where(Contact.id.in_([p.id for p in case.grievants]),
                                        Contact.sensitive.is_(True))).scalars())
        area = area_paths(session, case.workplace_id).get(case.area_id or -1, case.area_name)
    grievants = ", ".join(WITHHELD if p.id in hidden else p.name for p in case.grievants)
    fields = [
        ("Number", case.number), ("Title", case.title), ("Type", case.grievance_type),
        ("Area", area or ""), ("Contract", case.contract_name),
        ("Status", case.status), ("Step", f"{case.current_step} {case.step_name}"),
        ("Incident", case.incident_on.isoformat()), ("Opened", case.opened_on.isoformat()),
        ("Steward", case.steward_name or ""), ("Grievants", grievants),
        ("Who", case.who), ("What", case.what), ("Where", case.where), ("Why", case.why),
        ("Article", case.contract_article), ("Remedy", case.remedy),
        ("Outcome", case.outcome or ""),
    ]
    print(table(("Field", "Value"), [(k, " ".join(str(v).split())) for k, v in fields if v]))
    if case.events:
        print()
        print(table(("Date", "Step", "What", "Notes"),
                    [(e.on.isoformat(), f"{e.step} {e.step_name}", e.kind,
                      " ".join(e.notes.split())) for e in case.events]))
    if case.deadlines:
        print()
        print(table(("Deadline", "Step", "Who", "What", "Status"),
                    [(d.on.isoformat(), f"{d.step} {d.step_name}", d.who, d.what,
                      _WORDS.get(d.status, d.status)) for d in case.deadlines]))
    elif case.deadline_problem:
        print(f"Deadlines: {case.deadline_problem}")
    return 0
