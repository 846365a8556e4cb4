"""``forum-kit chart-sheet``: the printable wall chart of one area, redacted unless told.

Owns the command's options: the area (name, number or WORKPLACE/AREA), the redaction (numbers,
initials by default, or names), blank rows for people not yet on the chart, the date and the
paper. Full names are printed only with ``--redaction names``, and the command says so before
writing; contacts marked sensitive are left off the sheet entirely (it says how many).
"""

from __future__ import annotations

import argparse
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault, parse_date
from forum_kit.cli.leaflet_cmd import add_output_options, write_document


def register(subparsers: Any) -> None:
    """Add the chart-sheet command."""
    p = subparsers.add_parser(
        "chart-sheet", help="the printable chart of one area (PDF), initials by default",
        description="A landscape wall chart of one area and its sub-areas, for a paper round "
        "trip: one numbered row per worker, then blank rows.")
    add_vault_path(p)
    p.add_argument("--area", metavar="NAME", required=True,
                   help="the area (name, number, or WORKPLACE/AREA)")
    p.add_argument("--redaction", choices=("numbers", "initials", "names"), default="initials",
                   help="what each row shows of the worker (default: initials)")
    p.add_argument("--blank-rows", metavar="N", type=int, default=10,
                   help="blank rows for people not yet on the chart (default 10)")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="the date (default: today)")
    p.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    add_output_options(p)
    add_secret_options(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Fill the chart sheet from the vault, then write it."""
    from forum_kit.queries import documents
    from forum_kit.reports import build_chart_sheet

    as_of = parse_date(args.as_of, "--as-of")
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        area = documents.find_area(session, args.area)
        data = documents.chart_sheet_data(session, area_id=area.id, as_of=as_of,
                                          redaction=args.redaction, blank_rows=args.blank_rows,
                                          paper=args.paper)
    return write_document(args, data, build_chart_sheet)
