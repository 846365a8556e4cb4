"""``forum-kit add-workplace``, ``rename-workplace``, ``add-area``, ``rename-area`` and
``move-area``: building a workplace's structure from the command line, so a new vault can take
an import without the app.

Each runs the same service as the Map page in one unit of work and prints what it made, with the
number other commands take (``areas`` prints the whole tree). Areas are named as ``lookup``
says: a number, a full path (``Floor 2 / Team North``) or a name one area has.
"""

from __future__ import annotations

import argparse
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault
from forum_kit.i18n import N_, _


def register(subparsers: Any) -> None:
    """Add the workplace and area commands."""
    p = subparsers.add_parser(
        "add-workplace", help="add a workplace",
        description="Add a workplace (a site, a company, a hospital) to map.")
    add_vault_path(p)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--employer", metavar="TEXT", default="")
    p.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    add_secret_options(p)
    p.set_defaults(handler=run_add_workplace)

    p = subparsers.add_parser("rename-workplace", help="rename a workplace")
    add_vault_path(p)
    p.add_argument("workplace", metavar="WORKPLACE", help="its number or full name")
    p.add_argument("name", metavar="NEW_NAME")
    add_secret_options(p)
    p.set_defaults(handler=run_rename_workplace)

    p = subparsers.add_parser(
        "add-area", help="add an area (department, floor, team...) to a workplace",
        description="Add an area at the top of a workplace, or under another area with "
        "--parent.")
    add_vault_path(p)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--workplace", metavar="NAME_OR_ID", help="needed when there are several")
    p.add_argument("--parent", metavar="AREA", help="the area it goes under (number or path)")
    p.add_argument("--kind", default="area",
                   help="what it is: area, department, floor, line, shift, team... "
                   "(default: area)")
    add_secret_options(p)
    p.set_defaults(handler=run_add_area)

    p = subparsers.add_parser("rename-area", help="rename an area")
    add_vault_path(p)
    p.add_argument("area", metavar="AREA", help="its number or full path")
    p.add_argument("name", metavar="NEW_NAME")
    p.add_argument("--workplace", metavar="NAME_OR_ID", help="needed when there are several")
    add_secret_options(p)
    p.set_defaults(handler=run_rename_area)

    p = subparsers.add_parser(
        "move-area", help="move an area (with its sub-areas and people) under another",
        description="Move an area, with its sub-areas and the people in them, under another "
        "area (--to) or to the top of its workplace (--top).")
    add_vault_path(p)
    p.add_argument("area", metavar="AREA", help="its number or full path")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", metavar="AREA", help="the new parent area (number or path)")
    where.add_argument("--top", action="store_true", help="to the top of the workplace")
    p.add_argument("--workplace", metavar="NAME_OR_ID", help="needed when there are several")
    add_secret_options(p)
    p.set_defaults(handler=run_move_area)


def run_add_workplace(args: argparse.Namespace) -> int:
    from forum_kit.cli.common import parse_date
    from forum_kit.services.workplaces import add_workplace

    today = parse_date(args.today, "--today")
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        made = add_workplace(session, name=args.name, employer=args.employer, today=today)
        number = made.id
    print(_("Added workplace #{number}.").format(number=number))
    return 0


def run_rename_workplace(args: argparse.Namespace) -> int:
    from forum_kit.cli.lookup import workplace_in
    from forum_kit.services.workplaces import rename_workplace

    with opened_vault(args) as vault, vault.unit_of_work() as session:
        workplace_id = workplace_in(session, args.workplace, "WORKPLACE")
        rename_workplace(session, workplace_id=workplace_id, name=args.name)
    print(_("Renamed workplace #{number}.").format(number=workplace_id))
    return 0


def _area_path(session: Any, workplace_id: int, area_id: int) -> str:
    from forum_kit.exchange.area_paths import area_paths

    return area_paths(session, workplace_id)[area_id]


def run_add_area(args: argparse.Namespace) -> int:
    from forum_kit.cli.lookup import area_in, workplace_in
    from forum_kit.services.workplaces import add_area

    with opened_vault(args) as vault, vault.unit_of_work() as session:
        workplace_id = workplace_in(session, args.workplace)
        parent = area_in(session, workplace_id, args.parent, "--parent") if args.parent else None
        made = add_area(session, workplace_id=workplace_id, name=args.name, kind=args.kind,
                        parent_id=parent)
        shown = f"#{made.id} {_area_path(session, workplace_id, made.id)}"
    print(_("Added area {area}.").format(area=shown))
    return 0


def run_rename_area(args: argparse.Namespace) -> int:
    from forum_kit.services.workplaces import rename_area

    return _change_area(args, N_("Renamed area {area}."),
                        lambda session, _workplace_id, area_id: rename_area(
        session, area_id=area_id, name=args.name))


def run_move_area(args: argparse.Namespace) -> int:
    from forum_kit.cli.lookup import area_in
    from forum_kit.services.workplaces import move_area

    def move(session: Any, workplace_id: int, area_id: int) -> None:
        parent = None if args.top else area_in(session, workplace_id, args.to, "--to")
        move_area(session, area_id=area_id, new_parent_id=parent)

    return _change_area(args, N_("Moved area {area}."), move)


def _change_area(args: argparse.Namespace, done: str, change: Any) -> int:
    """Find the area the command names, ``change(session, workplace id, area id)`` it in one
    unit of work, and print its path as it is now."""
    from forum_kit.cli.lookup import area_in

    with opened_vault(args) as vault, vault.unit_of_work() as session:
        workplace_id = _workplace_of(session, args)
        area_id = area_in(session, workplace_id, args.area, "AREA")
        change(session, workplace_id, area_id)
        shown = f"#{area_id} {_area_path(session, workplace_id, area_id)}"
    print(_(done).format(area=shown))
    return 0


def _workplace_of(session: Any, args: argparse.Namespace) -> int:
    """The workplace of an area command: --workplace, else the area's own when given by
    number, else the only workplace."""
    from forum_kit.cli.lookup import workplace_in
    from forum_kit.models import Area

    if args.workplace is None and args.area.strip().lstrip("#").isdigit():
        found = session.get(Area, int(args.area.strip().lstrip("#")))
        if found is not None:
            return found.workplace_id
    return workplace_in(session, args.workplace)
