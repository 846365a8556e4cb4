"""``forum-kit people``, ``person`` and ``log-one-on-one``: the chart from the command line.

``people`` lists a workplace's people (or an area's, with its sub-areas) with the numbers the
other commands take; ``person`` shows one. Both carry what an export carries and no more (no
notes, no one-on-one notes) and leave out people marked sensitive unless
``--include-sensitive``, as exports do; the first line says so, as the export's warning does.
``log-one-on-one`` records a conversation (AEIOU notes, an assessment, a follow-up date) through
the same service as the Conversations page.
"""

from __future__ import annotations

import argparse
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault, parse_date
from forum_kit.i18n import N_, _


def register(subparsers: Any) -> None:
    """Add the people, person and log-one-on-one commands."""
    p = subparsers.add_parser(
        "people", help="list people, by area, with their numbers",
        description="A workplace's people (or one area's and its sub-areas') by name, with "
        "what an export carries. People marked sensitive are left out unless asked.")
    add_vault_path(p)
    p.add_argument("--workplace", metavar="NAME_OR_ID", help="needed when there are several")
    p.add_argument("--area", metavar="AREA", help="only this area and its sub-areas")
    p.add_argument("--include-sensitive", action="store_true")
    p.add_argument("--include-left", action="store_true", help="also people who have left")
    p.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    add_secret_options(p)
    p.set_defaults(handler=run_people)

    p = subparsers.add_parser(
        "person", help="show one person",
        description="One person: what an export carries, committee roles and how many "
        "one-on-ones (never notes). Refused for a person marked sensitive unless asked.")
    add_vault_path(p)
    p.add_argument("person", metavar="PERSON", help="their number, or First Last")
    p.add_argument("--include-sensitive", action="store_true")
    add_secret_options(p)
    p.set_defaults(handler=run_person)

    p = subparsers.add_parser(
        "log-one-on-one", help="record a one-on-one conversation",
        description="Record a one-on-one (AEIOU: agitate, educate, inoculate, ask, answer, "
        "unite, plan); an assessment appends to the person's history.")
    add_vault_path(p)
    p.add_argument("person", metavar="PERSON", help="who was talked to: number or First Last")
    p.add_argument("--on", metavar="YYYY-MM-DD", help="when (default: today)")
    p.add_argument("--by", metavar="PERSON", help="who talked to them")
    for part in ("agitate", "educate", "inoculate", "ask", "answer", "unite", "plan"):
        p.add_argument(f"--{part}", metavar="TEXT", default="")
    p.add_argument("--level", type=int, metavar="0-5", help="the assessment after the talk")
    p.add_argument("--follow-up", metavar="YYYY-MM-DD", help="when to follow up")
    p.add_argument("--sensitive", action="store_true", help="mark the notes sensitive")
    add_secret_options(p)
    p.set_defaults(handler=run_log)


_SENSITIVE_LEFT_OUT = N_("People marked sensitive are left out (--include-sensitive shows them).")


def run_people(args: argparse.Namespace) -> int:
    from forum_kit.cli.lookup import area_in, workplace_in
    from forum_kit.cli.output import table
    from forum_kit.exchange.area_paths import area_paths
    from forum_kit.exchange.exporter import PEOPLE_COLUMNS, describe_personal_data
    from forum_kit.queries.people import PeopleFilter, people_ids, people_rows

    today = parse_date(args.today, "--today")
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        workplace_id = workplace_in(session, args.workplace)
        area_id = area_in(session, workplace_id, args.area) if args.area else None
        flt = PeopleFilter(workplace_id=workplace_id, area_id=area_id,
                           include_left=args.include_left)
        ids = people_ids(session, flt, today=today)
        paths = area_paths(session, workplace_id)
        rows = [
            (f"#{r.id}", r.full_name, paths.get(r.area_id, r.area_name), r.level_label,
             r.committee_role or "", r.last_contact_on.isoformat() if r.last_contact_on else "",
             r.phone)
            for start in range(0, len(ids), 5000)
            for r in people_rows(session, ids[start:start + 5000], today=today)
            if args.include_sensitive or not r.sensitive
        ]
    print(describe_personal_data(PEOPLE_COLUMNS).replace("This file carries", "This list shows")
          .split(" It is not encrypted")[0])
    if not args.include_sensitive:
        print(_(_SENSITIVE_LEFT_OUT))
    if not rows:
        print(_("No one here yet; 'forum-kit import' brings a chart in."))
        return 0
    print(table(("#", _("Name"), _("Area"), _("Assessment"), _("Committee"),
                 _("Last contact"), _("Phone")),
                rows))
    return 0


def run_person(args: argparse.Namespace) -> int:
    from forum_kit.cli.lookup import person_in
    from forum_kit.cli.output import table
    from forum_kit.errors import NotFound
    from forum_kit.exchange.area_paths import area_paths
    from forum_kit.queries.people import person_detail

    def day(value: Any) -> str:
        return value.isoformat() if value else ""

    with opened_vault(args) as vault, vault.unit_of_work() as session:
        person = person_detail(session, person_in(session, args.person))
        if person.sensitive and not args.include_sensitive:
            raise NotFound(_("This person is marked sensitive and is not shown; add "
                             "--include-sensitive to show them."))
        path = area_paths(session, person.workplace_id).get(person.area_id, person.area_name)
    roles = ", ".join(_("{role} of {committee}").format(role=m.role, committee=m.committee_name)
                      for m in person.memberships
                      if m.left_on is None)
    fields = [
        (_("Number"), f"#{person.id}"), (_("Name"), person.full_name), (_("Area"), path),
        (_("Shift"), person.shift), (_("Job title"), person.job_title),
        (_("FT/PT"), person.employment or ""),
        (_("Employee number"), person.employee_number or ""),
        (_("Phone"), person.phone), (_("Email"), person.email), (_("Language"), person.language),
        (_("Assessment"), f"{person.level} {person.level_label}"),
        (_("Assessed on"), day(person.assessed_on)),
        (_("Card signed on"), day(person.card_signed_on)),
        (_("Last contact"), day(person.last_contact_on)),
        (_("Committee"), roles), (_("One-on-ones"), str(person.conversations_count)),
        (_("Left on"), day(person.left_on)),
    ]
    print(table((_("Field"), _("Value")), [(k, v) for k, v in fields if v]))
    return 0


def run_log(args: argparse.Namespace) -> int:
    from forum_kit.cli.lookup import person_in
    from forum_kit.services.conversations import log_conversation

    today = parse_date(None, "--today")
    on = parse_date(args.on, "--on", today)
    follow_up = parse_date(args.follow_up, "--follow-up") if args.follow_up else None
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        contact_id = person_in(session, args.person)
        by_id = person_in(session, args.by, "--by") if args.by else None
        made = log_conversation(
            session, contact_id=contact_id, held_on=on, by_id=by_id, agitate=args.agitate,
            educate=args.educate, inoculate=args.inoculate, ask=args.ask, answer=args.answer,
            unite=args.unite, plan=args.plan, follow_up_on=follow_up, sensitive=args.sensitive,
            assessment_level=args.level, today=today)
        number = made.id
    print(_("Recorded one-on-one #{number} on {day}.").format(number=number, day=on.isoformat()))
    return 0
