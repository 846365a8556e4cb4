"""What the community commands (``place``, ``aid``, ``fund``, ``timebank``, ``checkin``,
``retaliation``) share: finding a place, a member, a fund or a time bank by number or name,
printing a table or saying there is nothing, and writing one of their PDFs (say what it carries
first, build in memory, write atomically, AES-256 when ``--password-file`` is given).
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from forum_kit.cli.common import parse_date, read_secret_file, warn
from forum_kit.errors import InvalidInput, NotFound
from forum_kit.i18n import _

__all__ = [
    "add_place_option",
    "day",
    "find_by_name",
    "member_id",
    "place_id",
    "print_community_rollup",
    "print_table",
    "write_pdf",
]


def add_place_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--place",
        metavar="NAME_OR_NUMBER",
        help="the workplace or neighbourhood (needed when there are several)",
    )


def day(text: str | None, option: str) -> date:
    """A date option, today when it is not given."""
    return parse_date(text, option)


def find_by_name(rows: Sequence[Any], wanted: str, what: str, option: str) -> Any:
    """The row whose number or name (case-insensitive) is ``wanted``; a unique part of a name
    also does."""
    key = wanted.strip().casefold()
    chosen = [r for r in rows if str(r.id) == key or r.name.casefold() == key]
    if not chosen:
        chosen = [r for r in rows if key and key in r.name.casefold()]
    if len(chosen) != 1:
        raise NotFound(_("No single {what} matches {option}; give its number or full name.").format(
                         what=what,
                         option=option))
    return chosen[0]


def place_id(session: Any, wanted: str | None) -> int:
    """The place named by ``--place``, or the only one."""
    from forum_kit.queries.areas import workplaces

    rows = workplaces(session, counts=False)
    if wanted is None:
        if len(rows) == 1:
            return rows[0].id
        raise NotFound(
            _("Choose the place with --place NAME (the vault has {n}); 'forum-kit place list' "
              "lists them.").format(n=len(rows))
        )
    return find_by_name(rows, wanted, "place", "--place").id


def member_id(session: Any, wanted: str, workplace_id: int | None, option: str) -> int:
    """A person by number or full name (case-insensitive), within the place when given."""
    import sqlalchemy as sa

    from forum_kit.models import Contact
    from forum_kit.queries.people import full_name

    key = wanted.strip()
    if key.isdigit():
        stmt = sa.select(Contact.id).where(Contact.id == int(key))
    else:
        stmt = sa.select(Contact.id, Contact.first_name, Contact.last_name)
    if workplace_id is not None:
        stmt = stmt.where(Contact.workplace_id == workplace_id)
    rows = session.execute(stmt).all()
    if not key.isdigit():
        folded = key.casefold()
        rows = [r for r in rows if full_name(r.first_name, r.last_name).casefold() == folded]
    if len(rows) > 1:
        raise NotFound(_("Several people match {option}; give the person's number instead.").format(
                         option=option))
    if not rows:
        raise NotFound(_("Nobody matches {option}; give the person's number or full name.").format(
                         option=option))
    return int(rows[0][0])


def print_table(
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    empty: str,
    right: Sequence[bool] | None = None,
) -> None:
    from forum_kit.cli.output import table

    if not rows:
        print(empty)
        return
    print(title)
    print(table(headers, rows, right=right))


def write_pdf(
    args: argparse.Namespace,
    data: Any,
    build: Callable[[Any, io.BytesIO], Any],
    *,
    carries: str,
    names: bool,
    require_password: bool = False,
) -> int:
    """Say what the PDF carries, build it in memory, then write ``args.out`` (protected when a
    password file is given; refused without one when ``require_password`` unless
    ``--no-password``)."""
    from forum_kit.queries.documents import save_pdf
    from forum_kit.reports.protect import MIN_PASSWORD_LENGTH

    password = None
    if args.password_file is not None:
        password = read_secret_file(args.password_file, "password")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise InvalidInput(
                _("The password must have at least {MIN_PASSWORD_LENGTH} characters; nothing "
                  "was written.").format(MIN_PASSWORD_LENGTH=MIN_PASSWORD_LENGTH)
            )
    elif require_password and not getattr(args, "no_password", False):
        raise InvalidInput(
            _("This document is protected with a password: give --password-file "
            "FILE (or --no-password to write it unprotected, not advised).")
        )
    out = Path(args.out)
    if out.is_dir():
        raise InvalidInput(_("--out is a folder; give a file name such as log.pdf."))
    if not (out.parent if str(out.parent) else Path(".")).is_dir():
        raise InvalidInput(_("--out: the folder to save the document in does not exist."))
    print(_("This document carries: {carries}.").format(carries=carries), flush=True)
    if names and password is None:
        warn(
            _("this PDF names people and is not password protected; keep it with you and "
            "shred printouts after use (--password-file protects it).")
        )
    buffer = io.BytesIO()
    info = build(data, buffer)
    save_pdf(buffer.getvalue(), out, password=password)
    pages = f"{info.pages} page{'s' if info.pages != 1 else ''}"
    how = ", protected with a password (AES-256)" if password is not None else ""
    print(_("Wrote {out} ({pages}{how}).").format(out=out, pages=pages, how=how))
    return 0


def print_community_rollup(rows: Sequence[Any], incidents: Sequence[Any]) -> None:
    """The council's roll-up of mutual aid and the time bank (protected counts, over a year),
    and the retaliation incidents its members chose to send."""
    from forum_kit.amounts import hours_text
    from forum_kit.places import words

    def cell(row: Any, measure: str) -> str:
        value = row.get(measure)
        return "" if value is None else value.text(hours_text if measure == "minutes" else None)

    if rows:
        print()
        print_table(
            "Mutual aid and time bank over a year (counts under 5 hidden)",
            ("Member", "Kind", "Hours", "Active", "Needs", "Met in a week", "Helping"),
            [
                (
                    r.forum,
                    words(r.place_kind).forum if r.place_kind else "",
                    cell(r, "minutes"),
                    cell(r, "active_members"),
                    cell(r, "needs_raised"),
                    cell(r, "met_within_week"),
                    cell(r, "helpers"),
                )
                for r in rows
            ],
            "",
        )
    if incidents:
        print()
        print_table(
            "Retaliation incidents members chose to send",
            ("Member", "Date", "Management", "Witnesses", "Grievance", "What"),
            [
                (i.forum, i.occurred_on, i.management, i.witnesses, i.grievance, i.what)
                for i in incidents
            ],
            "",
        )
