"""``forum-kit place``: list the vault's places (workplaces and neighbourhoods, with their kind,
areas and people) and add one. A neighbourhood (a street, an estate, a tenants' building) gets
the same tree of areas, map, chart and forums as a workplace; only its words differ.
"""

from __future__ import annotations

import argparse
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault
from forum_kit.i18n import _


def register(subparsers: Any) -> None:
    """Add ``place`` and its actions."""
    p = subparsers.add_parser(
        "place",
        help="places: workplaces and neighbourhoods",
        description="List the vault's places, or add a workplace or a "
        "neighbourhood (street, estate, tenants' building, village).",
    )
    actions = p.add_subparsers(dest="place_action", metavar="ACTION")
    listing = actions.add_parser("list", help="every place with its kind, areas and people")
    add_vault_path(listing)
    add_secret_options(listing)
    add = actions.add_parser("add", help="add a workplace or a neighbourhood")
    add_vault_path(add)
    add.add_argument("name", metavar="NAME")
    add.add_argument("--kind", choices=("workplace", "neighbourhood"), default="workplace")
    add.add_argument(
        "--employer",
        metavar="TEXT",
        default="",
        help="the employer (or, for a neighbourhood, the landlord)",
    )
    add_secret_options(add)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from forum_kit.cli.community_common import print_table
    from forum_kit.places import words
    from forum_kit.queries.areas import workplaces
    from forum_kit.services.workplaces import add_workplace

    action = getattr(args, "place_action", None)
    if action == "add":
        from datetime import date

        with opened_vault(args) as vault, vault.unit_of_work() as session:
            place = add_workplace(
                session, name=args.name, employer=args.employer, kind=args.kind, today=date.today()
            )
            number = place.id
        print(
            _("Added {place} number {number}. Add its areas in the app's Map page.").format(
              place=words(args.kind).place,
              number=number)
        )
        return 0
    if action != "list":
        print(_("forum-kit place: choose list or add."))
        return 2
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        rows = workplaces(session)
    print_table(
        "Places",
        ("#", "Name", "Kind", "Areas", "People"),
        [(w.id, w.name, words(w.kind).place, w.areas, w.people) for w in rows],
        "No places yet: add one with 'forum-kit place add'.",
        right=(True, False, False, True, True),
    )
    return 0
