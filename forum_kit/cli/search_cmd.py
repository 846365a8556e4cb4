"""``forum-kit search``: full-text search over people, conversations, grievances and areas.

Results are grouped by kind with a snippet each; sensitive items are flagged so they are not read
out or shown by accident.
"""

from __future__ import annotations

import argparse
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault
from forum_kit.i18n import _

GROUPS = (("people", "People"), ("conversations", "Conversations"),
          ("grievances", "Grievances"), ("areas", "Areas"))


def register(subparsers: Any) -> None:
    """Add the search command."""
    p = subparsers.add_parser(
        "search", help="search names, notes and grievances",
        description="Search the vault. Accents and case do not matter (zoe finds Zoë).")
    add_vault_path(p)
    p.add_argument("text", metavar="TEXT", help="words to look for")
    p.add_argument("--limit", type=int, default=50, help="results per kind (default: 50)")
    p.add_argument("--show-sensitive", action="store_true",
                   help="also print the text of notes marked sensitive (off by default)")
    add_secret_options(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the groups; exit 0 even when nothing is found (it says so)."""
    from forum_kit.cli.output import display_width, truncate
    from forum_kit.errors import InvalidInput
    from forum_kit.queries.search import search

    if not args.text.strip():
        raise InvalidInput(_("TEXT must not be empty; give a word to search for."))
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        results = search(session, args.text, limit_per_kind=args.limit)
    found = 0
    for attr, label in GROUPS:
        hits = getattr(results, attr, ())
        if not hits:
            continue
        found += len(hits)
        print(f"{label} ({len(hits)})")
        for hit in hits:
            flag = " [sensitive]" if getattr(hit, "sensitive", False) else ""
            title = truncate(hit.title, 80 - display_width(flag))
            print(f"  {title}{flag}")
            # sensitive notes are never printed unless the user asks (ORGANISING.md, safety)
            if hit.snippet and (not flag or args.show_sensitive):
                print(f"      {truncate(' '.join(hit.snippet.split()), 92)}")
        print()
    if not found:
        print(_("Nothing found."))
    return 0
