"""``forum-kit pack``: a briefing pack (cover, contents, briefing, chart sheets) from the vault.

Owns the command's options: the briefing's (forum, council meeting date, areas, as-of) plus the
areas whose chart sheets go in and their redaction (initials unless told otherwise); an area and
its sub-areas both given print each worker once, on the sub-area's sheet. The cover and every
footer say what personal data the pack holds, and the command prints it before writing.
"""

from __future__ import annotations

import argparse
from typing import Any

from forum_kit.cli.briefing_cmd import add_briefing_options, resolve
from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault, parse_date
from forum_kit.cli.leaflet_cmd import add_output_options, write_document


def register(subparsers: Any) -> None:
    """Add the pack command."""
    p = subparsers.add_parser(
        "pack", help="a briefing pack: cover, contents, briefing and chart sheets (PDF)",
        description="A printable briefing pack with a cover, a table of contents, bookmarks "
        "and page numbers: the delegate briefing, then a chart sheet per area given.")
    add_vault_path(p)
    add_briefing_options(p)
    p.add_argument("--chart-sheets", metavar="AREA", nargs="+", default=[],
                   help="areas whose chart sheets go in the pack")
    p.add_argument("--redaction", choices=("numbers", "initials", "names"), default="initials",
                   help="what the chart sheets show of each worker (default: initials)")
    p.add_argument("--title", metavar="TEXT", default="", help="the pack's title")
    add_output_options(p)
    add_secret_options(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Fill the pack from the vault, then write it."""
    from forum_kit.queries import documents
    from forum_kit.reports import build_pack

    as_of = parse_date(args.as_of, "--as-of")
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        forum_id, meeting, areas = resolve(session, args)
        charts = [documents.find_area(session, name).id for name in args.chart_sheets]
        spec = documents.pack_spec(
            session, forum_id=forum_id, council_meeting_ids=[meeting.id], as_of=as_of,
            area_ids=areas, chart_area_ids=charts, redaction=args.redaction,
            questions=args.questions or (), growth_weeks=args.growth_weeks, title=args.title,
            paper=args.paper, include_sensitive_grievances=args.include_sensitive_grievances)
    return write_document(args, spec, build_pack)
