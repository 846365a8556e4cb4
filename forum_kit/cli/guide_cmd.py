"""``forum-kit guide``: the steward's guide on the command line, and its printable quick start.

Owns the command: with no part it lists the guide's parts (name and title); with a part it prints
that part as plain text; ``--pdf FILE`` writes the quick start (a few pages made from the same
text by ``forum_kit.reports.quick_start``). ``--lang`` chooses the language (default: ``LANG``'s,
else English; a part not translated is printed in English). No vault is opened: the guide holds
no personal data.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _, ngettext


def register(subparsers: Any) -> None:
    """Add the guide command."""
    p = subparsers.add_parser(
        "guide",
        help="the steward's guide: its parts as text, or the quick start as PDF",
        description="Print a part of the steward's guide (the same text as Help > Guide in the "
        "app), list the parts, or write the printable quick start with --pdf.",
    )
    p.add_argument("part", nargs="?", help="the part to print (without it: the list of parts)")
    p.add_argument(
        "--pdf",
        metavar="FILE.pdf",
        type=Path,
        help="write the quick start (a few pages) as PDF to FILE",
    )
    p.add_argument(
        "--lang",
        metavar="CODE",
        help="language of the guide, e.g. es, fr, pt_BR (default: from LANG)",
    )
    p.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    p.set_defaults(handler=run)


def _language(args: argparse.Namespace) -> str:
    from forum_kit import guide

    wanted = args.lang or os.environ.get("LC_ALL") or os.environ.get("LANG") or ""
    return guide.resolve_language(wanted.split(".")[0])


def run(args: argparse.Namespace) -> int:
    """List, print or write the quick start."""
    from forum_kit import guide

    language = _language(args)
    if args.pdf is not None:
        from forum_kit.reports.quick_start import build_quick_start

        out = Path(args.pdf)
        if out.is_dir():
            raise InvalidInput(_("--pdf is a folder; give a file name such as quick-start.pdf."))
        if not (out.parent if str(out.parent) else Path(".")).is_dir():
            raise InvalidInput(_("--pdf: the folder to save the quick start in does not exist."))
        info = build_quick_start(out, language, paper=args.paper)
        print(ngettext("Wrote {out} ({n} page, language {language}; no personal data).",
                       "Wrote {out} ({n} pages, language {language}; no personal data).",
                       info.pages).format(out=out, n=info.pages, language=language))
        return 0
    if args.part is None:
        for name in guide.PARTS:
            print(f"{name:16} {guide.read_part(name, language).title}")
        return 0
    text = guide.read_part(args.part, language).plain_text()
    sys.stdout.write(text)
    return 0
