"""``forum-kit briefing``: the delegate briefing for one council meeting, filled from the vault.

Owns the command's options: the forum (name or number), the council meeting by its date, the
areas whose figures go in (default: the forum's top areas), the date the figures are taken on,
questions to raise, whether grievances marked sensitive are counted (not unless asked) and the
paper. The briefing carries mandates, aggregated figures and the names of the delegate and
alternates only, and says so before anything is written.
"""

from __future__ import annotations

import argparse
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault, parse_date
from forum_kit.cli.leaflet_cmd import add_output_options, write_document


def add_briefing_options(p: argparse.ArgumentParser) -> None:
    """Options shared by ``briefing`` and ``pack``."""
    p.add_argument("--forum", metavar="NAME", required=True,
                   help="the forum whose delegate is briefed (name or number)")
    p.add_argument("--meeting-date", metavar="YYYY-MM-DD", required=True,
                   help="the date of the council meeting")
    p.add_argument("--area", metavar="NAME", action="append", dest="areas",
                   help="an area whose figures go in (repeat; default: the forum's top areas)")
    p.add_argument("--as-of", metavar="YYYY-MM-DD",
                   help="the date the figures are taken on (default: today)")
    p.add_argument("--question", metavar="TEXT", action="append", dest="questions",
                   help="a question to raise at the meeting (repeat)")
    p.add_argument("--growth-weeks", metavar="N", type=int, default=16,
                   help="weeks of committee-growth chart per area (0 leaves them out)")
    p.add_argument("--include-sensitive-grievances", action="store_true",
                   help="count grievances marked sensitive too (left out unless given)")
    p.add_argument("--paper", choices=("A4", "Letter"), default="A4")


def register(subparsers: Any) -> None:
    """Add the briefing command."""
    p = subparsers.add_parser(
        "briefing", help="the delegate briefing for a council meeting (PDF)",
        description="A delegate briefing: the meeting, delegate and alternates, the mandate on "
        "each agenda item with red lines, figures by area (aggregated, no coworkers' names), "
        "questions and the report-back date.")
    add_vault_path(p)
    add_briefing_options(p)
    add_output_options(p)
    add_secret_options(p)
    p.set_defaults(handler=run)


def resolve(session: Any, args: argparse.Namespace) -> tuple[int, Any, list[int] | None]:
    """The forum id, the council meeting and the chosen area ids (None: the default)."""
    from forum_kit.queries import documents

    forum = documents.find_forum(session, args.forum)
    meeting = documents.find_council_meeting(
        session, forum_id=forum.id, on=parse_date(args.meeting_date, "--meeting-date"))
    areas = None
    if args.areas:
        areas = [documents.find_area(session, name).id for name in args.areas]
    return forum.id, meeting, areas


def run(args: argparse.Namespace) -> int:
    """Fill the briefing from the vault, then write it."""
    from forum_kit.queries import documents
    from forum_kit.reports import build_briefing

    as_of = parse_date(args.as_of, "--as-of")
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        forum_id, meeting, areas = resolve(session, args)
        data = documents.briefing_data(
            session, forum_id=forum_id, council_meeting_id=meeting.id, as_of=as_of,
            area_ids=areas, questions=args.questions or (), growth_weeks=args.growth_weeks,
            paper=args.paper, include_sensitive_grievances=args.include_sensitive_grievances)
    return write_document(args, data, build_briefing)
