"""``forum-kit deadlines-ics``: write the open grievance deadlines as an iCalendar file.

One all-day event per open deadline with a reminder two days before, so stewards can import the
dates into their own calendar. Grievants' names and case titles go into the events only with
``--names``. The file is written to the path given with ``--out`` (readable by the user only),
through a temporary file in the same folder so a failed write never leaves half a calendar.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault, parse_date
from forum_kit.errors import InvalidInput, StorageError
from forum_kit.i18n import _


def register(subparsers: Any) -> None:
    """Add the deadlines-ics command."""
    p = subparsers.add_parser(
        "deadlines-ics", help="export open grievance deadlines as an iCalendar file",
        description="Write every open grievance deadline as an all-day calendar event "
        "(.ics). No coworkers' names unless --names is given.")
    add_vault_path(p)
    p.add_argument("--out", metavar="FILE", type=Path, required=True,
                   help="the .ics file to write (replaced if it exists)")
    p.add_argument("--names", action="store_true",
                   help="put grievants' names and case titles in the events")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="the day to count from (default: today)")
    p.add_argument("--calendar-name", default="Grievance deadlines", metavar="NAME",
                   help="the calendar's name shown by calendar apps")
    add_secret_options(p)
    p.set_defaults(handler=run)


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (mode 0600) through a temporary file and a rename."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInput(_("The folder for the calendar file does not exist; check --out."))
    if path.is_dir():
        raise InvalidInput(_("--out names a folder; give a file name such as deadlines.ics."))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".forum-kit-", suffix=".tmp", dir=folder)
    except OSError as error:
        raise StorageError(_("The calendar file could not be written there; check the "
                           "folder's permissions.")) from error
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as error:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise StorageError(_("The calendar file could not be written (disk full or no "
                           "permission); nothing was saved.")) from error


def run(args: argparse.Namespace) -> int:
    """Export the deadlines and say how many were written."""
    from forum_kit.exchange.ical import deadlines_to_ics
    from forum_kit.queries.grievances import open_deadlines

    today = parse_date(args.today, "--today")
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        rows = open_deadlines(session, today=today, include_names=args.names)
    data = deadlines_to_ics(rows, include_names=args.names, calendar_name=args.calendar_name)
    write_private(args.out, data)
    noun = "deadline" if len(rows) == 1 else "deadlines"
    print(f"Wrote {len(rows)} {noun} to {args.out}"
          + (" (with grievants' names)." if args.names else " (no names)."))
    return 0
