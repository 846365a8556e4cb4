"""``forum-kit export``: the people list (optionally one area and its sub-areas) or the grievance
list of a workplace to CSV or XLSX, with formula-injection escaping. Prints which personal data
the file carries before anything else, so nobody exports a chart without being told."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault
from forum_kit.i18n import _


def register(subparsers: Any) -> None:
    """Add the export command."""
    p = subparsers.add_parser(
        "export", help="export the people or grievance list to CSV or XLSX",
        description="Write a list to a spreadsheet file. The file is NOT encrypted.")
    add_vault_path(p)
    p.add_argument("--what", choices=("people", "grievances"), required=True)
    p.add_argument("--workplace", metavar="NAME_OR_ID", help="needed when there are several")
    p.add_argument("--area", metavar="AREA",
                   help="people: only this area and its sub-areas (its number, full path, or a "
                   "name one area has)")
    p.add_argument("--format", choices=("csv", "xlsx"), help="default: from --out's extension")
    p.add_argument("--out", metavar="FILE", type=Path, required=True)
    p.add_argument("--include-sensitive", action="store_true",
                   help="also export people and grievances marked sensitive")
    add_secret_options(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Write the file and say what it carries."""
    from forum_kit.cli.lookup import area_in, workplace_in
    from forum_kit.errors import InvalidInput
    from forum_kit.exchange.exporter import (
        GRIEVANCE_COLUMNS,
        PEOPLE_COLUMNS,
        describe_personal_data,
        export_grievances,
        export_people,
    )

    fmt = args.format or args.out.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):
        raise InvalidInput(
            _("Give --format csv or xlsx, or an --out file ending in .csv or .xlsx."))
    if args.area and args.what != "people":
        raise InvalidInput(_("--area applies to the people list only."))
    if args.out.is_dir() or not args.out.parent.is_dir():
        raise InvalidInput(_("--out must name a file in a folder that exists."))
    columns = PEOPLE_COLUMNS if args.what == "people" else GRIEVANCE_COLUMNS
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        # every argument is checked before the warning: a refused export warns of nothing
        workplace_id = workplace_in(session, args.workplace)
        area_id = area_in(session, workplace_id, args.area) if args.area else None
        print(describe_personal_data(columns))
        if args.what == "people":
            count = export_people(session, args.out, workplace_id=workplace_id, area_id=area_id,
                                  format=fmt, include_sensitive=args.include_sensitive)
        else:
            count = export_grievances(session, args.out, workplace_id=workplace_id, format=fmt,
                                      include_sensitive=args.include_sensitive)
    print(_("Wrote {count} rows to {out}.").format(count=count, out=args.out))
    return 0
