"""``forum-kit import``: import a chart (CSV or XLSX) into a workplace, dry run first.

Prints how the file was read (encoding, delimiter, header line), the column mapping (guessed,
remembered, or overridden with ``--mapping COLUMN=FIELD``), then the dry run: counts, notes and
every rejected row with its line number and reason. Without ``--dry-run`` it imports, all or
nothing, and only when no row was rejected unless ``--skip-bad-rows``. Names are printed only
with ``--names`` (terminal scroll-back is a place personal data can leak).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault, parse_date
from forum_kit.i18n import _


def register(subparsers: Any) -> None:
    """Add the import command."""
    p = subparsers.add_parser(
        "import", help="import a chart from a CSV or XLSX file (dry run first)",
        description="Import people from a spreadsheet. Prints the dry run; imports only without "
        "--dry-run, and only when no row is rejected unless --skip-bad-rows.")
    add_vault_path(p)
    p.add_argument("file", metavar="FILE", type=Path, help="the .csv or .xlsx file")
    p.add_argument("--workplace", metavar="NAME_OR_ID",
                   help="the workplace to import into (needed when the vault has several)")
    p.add_argument("--mapping", metavar="COLUMN=FIELD", action="append", default=[],
                   help="map a column (header or 1-based number) to a field; FIELD 'ignore' "
                   "drops it. Repeat as needed.")
    p.add_argument("--dry-run", action="store_true", help="only show what would happen")
    order = p.add_mutually_exclusive_group()
    order.add_argument("--day-first", dest="day_first", action="store_true", default=True,
                       help="read ambiguous dates such as 03/04/2025 as 3 April (default)")
    order.add_argument("--month-first", dest="day_first", action="store_false",
                       help="read ambiguous dates such as 03/04/2025 as March 4")
    p.add_argument("--skip-bad-rows", action="store_true",
                   help="import the good rows even when some rows are rejected")
    p.add_argument("--names", action="store_true", help="show people's names in the dry run")
    p.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    add_secret_options(p)
    p.set_defaults(handler=run)


def _workplace_id(session: Any, wanted: str | None) -> int:
    from forum_kit.errors import NotFound
    from forum_kit.queries.areas import workplaces

    rows = list(workplaces(session))
    if wanted is None:
        if len(rows) == 1:
            return rows[0].id
        raise NotFound(
            _("Choose the workplace with --workplace NAME (the vault has "
            "{n_rows} workplaces).").format(n_rows=len(rows))
        )
    key = wanted.strip().casefold()
    chosen = [r for r in rows if str(r.id) == key or r.name.casefold() == key]
    if len(chosen) != 1:
        raise NotFound(_("No single workplace matches --workplace; give its number or full name."))
    return chosen[0].id


def run(args: argparse.Namespace) -> int:
    """Print the dry run and, unless told not to, import."""
    from forum_kit.cli.output import table
    from forum_kit.exchange.importer import REJECT, apply_import, plan_import
    from forum_kit.exchange.mapping import (
        FIELDS,
        apply_overrides,
        field_label,
        guess_mapping,
        recall_mapping,
        remember_mapping,
    )
    from forum_kit.exchange.sniff import read_table

    today = parse_date(args.today, "--today")
    data = read_table(args.file)
    mapping = recall_mapping(data.headers) or guess_mapping(data.headers)
    mapping = apply_overrides(data.headers, mapping, args.mapping)
    how = f"{data.kind.upper()}"
    if data.kind == "csv":
        delim = {"\t": "tab", ",": "comma", ";": "semicolon", "|": "pipe"}.get(
            data.delimiter or ",", data.delimiter)
        how += f", {data.encoding}, {delim}-separated"
    print(_("Read {n_rows} data rows ({how}); header on line "
            "{header_line}.").format(n_rows=len(data.rows), how=how, header_line=data.header_line))
    print(table(
        ("#", "Column", "Field"),
        [(i + 1, h or "(no header)",
          field_label(mapping[i]) if mapping.get(i, "") in FIELDS else "-")
         for i, h in enumerate(data.headers)],
        right=(True, False, False),
    ))
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        workplace_id = _workplace_id(session, args.workplace)
        plan = plan_import(session, data, workplace_id=workplace_id, mapping=mapping,
                           today=today, day_first=args.day_first)
        print()
        print(_("Dry run: {added} to add, {updated} to update, {unchanged} "
              "unchanged, {rejected} rejected.").format(
                      added=plan.added, updated=plan.updated, unchanged=plan.unchanged,
                      rejected=plan.rejected))
        if plan.areas_to_create:
            print(_("Areas to create: "
                    "{n_areas_to_create}.").format(n_areas_to_create=len(plan.areas_to_create)))
        for note in plan.notes:
            print(_("Note: {note}").format(note=note))
        shown = [r for r in plan.rows if args.names or r.action == REJECT]
        if shown:
            headers = ("Line", "Action", "Name", "Reason or change") if args.names else (
                "Line", "Reason")
            rows = [
                (r.line, r.action, r.name, "; ".join(r.reasons or r.changes))
                if args.names else (r.line, "; ".join(r.reasons))
                for r in shown
            ]
            print(table(headers, rows, right=(True,) + (False,) * (len(headers) - 1)))
        if args.dry_run:
            print(_("Dry run only: nothing was imported."))
            return 0
        if plan.rejected and not args.skip_bad_rows:
            print(_("Nothing was imported: fix the rejected rows, or use --skip-bad-rows."))
            return 1
        result = apply_import(session, plan, skip_rejected=args.skip_bad_rows)
    remember_mapping(data.headers, mapping)
    print(_("Imported: {added} added, {updated} updated, {skipped} skipped; "
          "{assessments_added} assessments, {conversations_added} contact dates "
          "added to history.").format(
                  added=result.added, updated=result.updated, skipped=result.skipped,
                  assessments_added=result.assessments_added,
                  conversations_added=result.conversations_added))
    return 0
