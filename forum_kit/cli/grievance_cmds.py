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
from forum_kit.i18n import N_, _, pgettext
from forum_kit.reports.grievance_data import outcome_words, type_words

_WORDS = {"due_today": N_("due today"), "due_soon": N_("due soon"), "overdue": N_("overdue"),
          "open": N_("open"), "closed": N_("closed")}


def _word(status: str | None) -> str:
    found = _WORDS.get(status or "")
    return _(found) if found else status or ""


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
        print(_("No grievances of that status.") if args.status else _("No grievances yet."))
        return 0
    if not args.include_sensitive:
        print(_("Cases marked sensitive are left out (--include-sensitive shows them)."))
    print(table(
        (_("Number"), _("Title"), _("Area"), _("Step"), _("Status"), _("Next deadline"),
         pgettext("what a deadline is for", "For"), _("Deadline")),
        [(r.number, r.title, r.area_name or "", r.current_step, _word(r.status),
          r.next_deadline.isoformat() if r.next_deadline else "", r.deadline_what or "",
          _word(r.deadline_status)) for r in rows],
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
        raise NotFound(_("No single grievance has that number; 'forum-kit grievances' lists them."))
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
            raise NotFound(_("This grievance is marked sensitive and is not shown; add "
                             "--include-sensitive to show it."))
        hidden = set() if args.include_sensitive else set(session.execute(
            sa.select(Contact.id).where(Contact.id.in_([p.id for p in case.grievants]),
                                        Contact.sensitive.is_(True))).scalars())
        area = area_paths(session, case.workplace_id).get(case.area_id or -1, case.area_name)
    grievants = ", ".join(WITHHELD if p.id in hidden else p.name for p in case.grievants)
    fields = [
        (_("Number"), case.number), (_("Title"), case.title),
        (_("Type"), type_words(case.grievance_type)),
        (_("Area"), area or ""), (_("Contract"), case.contract_name),
        (_("Status"), _word(case.status)),
        (_("Step"), f"{case.current_step} {case.step_name}"),
        (_("Incident"), case.incident_on.isoformat()), (_("Opened"), case.opened_on.isoformat()),
        (_("Steward"), case.steward_name or ""), (_("Grievants"), grievants),
        (_("Who"), case.who), (_("What"), case.what), (_("Where"), case.where),
        (_("Why"), case.why),
        (_("Article"), case.contract_article), (_("Remedy"), case.remedy),
        (_("Outcome"), outcome_words(case.outcome) if case.outcome else ""),
    ]
    print(table((_("Field"), _("Value")), [(k, " ".join(str(v).split())) for k, v in fields if v]))
    if case.events:
        print()
        print(table((_("Date"), _("Step"), _("What"), _("Notes")),
                    [(e.on.isoformat(), f"{e.step} {e.step_name}", e.kind,
                      " ".join(e.notes.split())) for e in case.events]))
    if case.deadlines:
        print()
        print(table((_("Deadline"), _("Step"), _("Who"), _("What"), _("Status")),
                    [(d.on.isoformat(), f"{d.step} {d.step_name}", d.who, d.what,
                      _word(d.status)) for d in case.deadlines]))
    elif case.deadline_problem:
        print(_("Deadlines: {problem}").format(problem=case.deadline_problem))
    return 0
