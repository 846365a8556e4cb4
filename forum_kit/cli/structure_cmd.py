"""``forum-kit areas``, ``delete-workplace`` and ``delete-area``: the workplace structure from the
command line.

``areas`` lists each workplace's area tree with the numbers the delete commands take. The deletes
run the same services as the Map page: refused, with counts and never names, while people,
grievances or structure tests still hang off what would go; otherwise they print what will be
lost and go ahead only with ``--yes`` or a typed "yes" at a terminal.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault
from forum_kit.i18n import _


def register(subparsers: Any) -> None:
    """Add the areas, delete-workplace and delete-area commands."""
    p = subparsers.add_parser(
        "areas", help="list workplaces and their areas with their numbers",
        description="Each workplace with its area tree, the number of each area and the people "
        "in it (current contacts).")
    add_vault_path(p)
    add_secret_options(p)
    p.set_defaults(handler=run_areas)

    p = subparsers.add_parser(
        "delete-workplace", help="delete a workplace and its empty areas",
        description="Delete a workplace with its areas, headcounts and empty committees. Refused "
        "while people, grievances, structure tests or committee members belong to it.")
    add_vault_path(p)
    p.add_argument("workplace", metavar="WORKPLACE", help="its number or full name")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    add_secret_options(p)
    p.set_defaults(handler=run_delete_workplace)

    p = subparsers.add_parser(
        "delete-area", help="delete an area and its sub-areas",
        description="Delete an area with its sub-areas. Refused while people or grievances are "
        "in them unless --move-to names the area they go to; refused while structure tests "
        "target them.")
    add_vault_path(p)
    p.add_argument("area", metavar="AREA", type=int, help="the area's number (see 'areas')")
    p.add_argument("--move-to", metavar="AREA", type=int,
                   help="move the people and grievances of the deleted areas here")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    add_secret_options(p)
    p.set_defaults(handler=run_delete_area)


def run_areas(args: argparse.Namespace) -> int:
    """Print every workplace with its indented area tree."""
    from forum_kit.queries.areas import area_tree, workplaces

    lines: list[str] = []
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        for wp in workplaces(session):
            lines.append(f"#{wp.id} {wp.name} ({wp.areas} areas, {wp.people} people)")
            for node in area_tree(session, wp.id):
                lines.append(f"  {'  ' * node.depth}#{node.id} {node.name} [{node.kind}] "
                             f"{node.people_in_subtree}")
    print("\n".join(lines) if lines else "The vault has no workplaces yet.")
    return 0


def confirmed(what: str, lost: list[str], *, yes: bool) -> bool:
    """Show what will be lost on stderr; True with ``--yes`` or a typed "yes" at a terminal."""
    from forum_kit.errors import InvalidInput

    print(_("Delete {what}? This will be lost:").format(what=what), file=sys.stderr)
    for item in lost:
        print(f"  - {item}", file=sys.stderr)
    if yes:
        return True
    if not sys.stdin.isatty():
        raise InvalidInput(_("Nothing was deleted: add --yes to confirm without a terminal."))
    try:
        return input("Type 'yes' to delete: ").strip().lower() == "yes"
    except EOFError:  # input closed before an answer: not a yes
        return False


def _workplace_id(session: Any, wanted: str) -> int:
    from forum_kit.errors import NotFound
    from forum_kit.queries.areas import workplaces

    key = wanted.strip().casefold()
    chosen = [w.id for w in workplaces(session) if str(w.id) == key or w.name.casefold() == key]
    if len(chosen) != 1:
        raise NotFound(_("No single workplace matches; give its number or full name "
                       "(see 'forum-kit areas')."))
    return chosen[0]


_CHANGED = "The vault changed while you were deciding; nothing was deleted. Run the command again."


def run_delete_workplace(args: argparse.Namespace) -> int:
    """Refuse with counts, or confirm and delete."""
    from forum_kit.errors import Conflict
    from forum_kit.queries.areas import lost_with, workplace_deletion_impact
    from forum_kit.services import workplaces as ws

    # The question is asked outside any transaction: a read held open while someone decides would
    # block the app's writes. The delete re-reads the impact and refuses if it changed meanwhile.
    with opened_vault(args) as vault:
        with vault.unit_of_work() as session:
            workplace_id = _workplace_id(session, args.workplace)
            impact = workplace_deletion_impact(session, workplace_id)
        refusal = ws.workplace_refusal(impact)
        if refusal:
            raise Conflict(refusal)
        if not confirmed("this workplace", lost_with(impact, whole_workplace=True),
                         yes=args.yes):
            print(_("Nothing was deleted."))
            return 1
        with vault.unit_of_work() as session:
            if workplace_deletion_impact(session, workplace_id) != impact:
                raise Conflict(_CHANGED)
            ws.delete_workplace(session, workplace_id=workplace_id)
    print(_("Deleted the workplace and {areas} areas.").format(areas=impact.areas))
    return 0


def run_delete_area(args: argparse.Namespace) -> int:
    """Refuse with counts, or confirm and delete (moving people and grievances if asked)."""
    from forum_kit.errors import Conflict
    from forum_kit.queries.areas import area_deletion_impact, lost_with
    from forum_kit.services import workplaces as ws

    moving = args.move_to is not None
    with opened_vault(args) as vault:
        with vault.unit_of_work() as session:
            impact = area_deletion_impact(session, args.area)
        refusal = ws.area_refusal(impact, moving=moving, with_sub_areas=True)
        if refusal:
            raise Conflict(refusal)
        lost = lost_with(impact)
        held = impact.people + impact.grievances
        if moving and held:
            lost.append(f"nothing about its {held} people and grievances: they move to area "
                        f"#{args.move_to}")
        if not confirmed("this area", lost, yes=args.yes):
            print(_("Nothing was deleted."))
            return 1
        with vault.unit_of_work() as session:
            if area_deletion_impact(session, args.area) != impact:
                raise Conflict(_CHANGED)
            ws.delete_area(session, area_id=args.area, move_people_to=args.move_to,
                           with_sub_areas=True)
    print(_("Deleted the area and {sub_areas} sub-areas.").format(sub_areas=impact.sub_areas))
    return 0
