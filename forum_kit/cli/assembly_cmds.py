"""``forum-kit forums``, ``meetings``, ``add-forum`` and ``add-meeting``: the forums and
councils and their meetings, whose names and dates ``briefing``, ``pack`` and ``bundle export``
take.

``forums`` prints the tree of forums and councils with their numbers; ``meetings`` a body's
meetings (or every body's), latest first, with their dates; ``add-forum`` and ``add-meeting``
run the same services as the Assemblies page. Names of bodies and places only: no coworker's name
is printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault
from forum_kit.i18n import _


def register(subparsers: Any) -> None:
    """Add the forum and meeting commands."""
    p = subparsers.add_parser(
        "forums", help="list forums and councils with their numbers",
        description="Every forum and council, each council followed by the bodies under it.")
    add_vault_path(p)
    add_secret_options(p)
    p.set_defaults(handler=run_forums)

    p = subparsers.add_parser(
        "meetings", help="list meetings of forums and councils with their dates",
        description="The meetings of one forum or council (--body), or of all, latest first.")
    add_vault_path(p)
    p.add_argument("--body", metavar="FORUM_OR_COUNCIL", help="its number or full name")
    add_secret_options(p)
    p.set_defaults(handler=run_meetings)

    p = subparsers.add_parser(
        "add-forum", help="add a forum (or, with --council, a council)",
        description="Add a forum (a workplace assembly) or a council (a body of delegates), "
        "under a council with --parent.")
    add_vault_path(p)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--council", action="store_true", help="add a council, not a forum")
    p.add_argument("--parent", metavar="COUNCIL", help="the council it belongs to")
    p.add_argument("--workplace", metavar="NAME_OR_ID", help="the workplace it speaks for")
    p.add_argument("--area", metavar="AREA", help="the area it speaks for (with --workplace)")
    add_secret_options(p)
    p.set_defaults(handler=run_add_forum)

    p = subparsers.add_parser(
        "add-meeting", help="schedule a meeting of a forum or council",
        description="Schedule a meeting of a forum or council at a local date and time.")
    add_vault_path(p)
    p.add_argument("body", metavar="FORUM_OR_COUNCIL", help="its number or full name")
    p.add_argument("--on", metavar="YYYY-MM-DD", required=True, help="the date")
    p.add_argument("--at", metavar="HH:MM", default="18:00", help="the time (default 18:00)")
    p.add_argument("--place", metavar="TEXT", default="")
    add_secret_options(p)
    p.set_defaults(handler=run_add_meeting)


def run_forums(args: argparse.Namespace) -> int:
    from forum_kit.cli.output import table
    from forum_kit.queries.assemblies import bodies

    with opened_vault(args) as vault, vault.unit_of_work() as session:
        rows = [(f"#{b.id}", "  " * b.depth + b.name, b.kind, b.level) for b in bodies(session)]
    if not rows:
        print(_("No forums or councils yet; add one with 'forum-kit add-forum PATH NAME'."))
        return 0
    print(table(("#", _("Name"), _("Kind"), _("Level")), rows))
    return 0


def run_meetings(args: argparse.Namespace) -> int:
    from forum_kit.cli.lookup import body_in
    from forum_kit.cli.output import table
    from forum_kit.queries.assemblies import bodies, meetings_of

    with opened_vault(args) as vault, vault.unit_of_work() as session:
        chosen = [body_in(session, args.body, "--body")] if args.body else bodies(session)
        rows = [(f"#{m.id}", m.held_at.date().isoformat(), m.held_at.strftime("%H:%M"), b.name,
                 m.place, m.attendance, m.motions)
                for b in chosen for m in meetings_of(session, b.id)]
    if not rows:
        print(_("No meetings yet; schedule one with 'forum-kit add-meeting PATH BODY --on DATE'."))
        return 0
    rows.sort(key=lambda r: (r[1], r[2]), reverse=True)
    print(table(("#", _("Date"), _("Time"), _("Forum or council"), _("Place"),
                 _("Attended"), _("Motions")), rows,
                right=(False, False, False, False, False, True, True)))
    return 0


def run_add_forum(args: argparse.Namespace) -> int:
    from forum_kit.cli.lookup import area_in, body_in, workplace_in
    from forum_kit.errors import InvalidInput
    from forum_kit.services.assemblies import create_body

    with opened_vault(args) as vault, vault.unit_of_work() as session:
        workplace_id = workplace_in(session, args.workplace) if args.workplace else None
        area_id = None
        if args.area:
            if workplace_id is None:
                raise InvalidInput(_("Give --workplace with --area."))
            area_id = area_in(session, workplace_id, args.area)
        parent = body_in(session, args.parent, "--parent").id if args.parent else None
        made = create_body(session, kind="council" if args.council else "forum",
                           name=args.name, parent_id=parent, workplace_id=workplace_id,
                           area_id=area_id)
        number = made.id
    print((_("Added council #{number}.") if args.council else _("Added forum #{number}."))
          .format(number=number))
    return 0


def run_add_meeting(args: argparse.Namespace) -> int:
    from forum_kit.cli.common import parse_date
    from forum_kit.cli.lookup import body_in
    from forum_kit.errors import InvalidInput
    from forum_kit.services.assemblies import schedule_meeting

    day = parse_date(args.on, "--on")
    try:
        at = dt.time.fromisoformat(args.at)
    except ValueError:
        raise InvalidInput(_("--at must be a time like 18:30.")) from None
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        body = body_in(session, args.body, "FORUM_OR_COUNCIL")
        made = schedule_meeting(session, body_id=body.id, held_at=dt.datetime.combine(day, at),
                                place=args.place)
        number = made.id
    print(_("Scheduled meeting #{number} on {day} at {time}.").format(
        number=number, day=day.isoformat(), time=at.strftime("%H:%M")))
    return 0
