"""``forum-kit import``: import a chart (CSV, XLSX or ODS) into a workplace, dry run first.

Prints how the file was read (encoding, delimiter, header line), the column mapping (guessed,
remembered, or overridden with ``--mapping COLUMN=FIELD``), then the dry run: counts, notes, and
every row that is not a plain addition with its line number: rejected rows with their reason,
updates with the fields they change, rows merged into an earlier row of the same person, and
conflicts (rows of one person that say different things), settled with ``--choose
LINE=earlier|later|separate`` (or ``all=...``). Without ``--dry-run`` it imports, all or
nothing, and only when no row was rejected and no conflict is left unless ``--skip-bad-rows``.
Names and values are printed only with ``--names`` (terminal scroll-back is a place personal
data can leak). A CSV that is UTF-8 but for a few bytes is read only as ``--encoding`` says.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault, parse_date
from forum_kit.cli.lookup import workplace_in
from forum_kit.i18n import _


def register(subparsers: Any) -> None:
    """Add the import command."""
    p = subparsers.add_parser(
        "import", help="import a chart from a CSV, XLSX or ODS file (dry run first)",
        description="Import people from a spreadsheet. Prints the dry run; imports only without "
        "--dry-run, and only when no row is rejected and no conflict is left unless "
        "--skip-bad-rows.")
    add_vault_path(p)
    p.add_argument("file", metavar="FILE", type=Path, help="the .csv, .xlsx or .ods file")
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
                   help="import the good rows even when some rows are rejected or conflict")
    p.add_argument("--choose", metavar="LINE=CHOICE", action="append", default=[],
                   type=_choice,
                   help="settle a conflict (a row of the same person as an earlier row that "
                   "says something else): LINE=earlier keeps the earlier row's values, "
                   "LINE=later takes this row's, LINE=separate makes them two people; LINE "
                   "may be 'all'. Repeat as needed.")
    p.add_argument("--encoding", metavar="NAME",
                   help="read a CSV file in this encoding instead of detecting it (utf-8 shows "
                   "bytes that are not UTF-8 as \ufffd; cp1252, cp1250, ... for legacy files)")
    p.add_argument("--names", action="store_true",
                   help="show people's names and the values that change in the dry run")
    p.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    add_secret_options(p)
    p.set_defaults(handler=run)


def _choice(text: str) -> tuple[Any, str]:
    """One --choose value: (line number or "all", choice)."""
    from forum_kit.exchange.importer import ALL, CHOICES

    line, sep, choice = text.partition("=")
    line, choice = line.strip().lower(), choice.strip().lower()
    if not sep or choice not in CHOICES or not (line == ALL or line.isdigit()):
        raise argparse.ArgumentTypeError(
            _("use LINE=earlier, LINE=later or LINE=separate (LINE a line number or 'all')"))
    return (ALL if line == ALL else int(line)), choice


def run(args: argparse.Namespace) -> int:
    """Print the dry run and, unless told not to, import."""
    from forum_kit.cli.output import table
    from forum_kit.errors import InvalidInput
    from forum_kit.exchange.importer import apply_import, plan_import
    from forum_kit.exchange.mapping import (
        FIELDS,
        apply_overrides,
        field_label,
        guess_mapping,
        recall_mapping,
        remember_mapping,
    )
    from forum_kit.exchange.sniff import MixedEncoding, read_table

    today = parse_date(args.today, "--today")
    try:
        data = read_table(args.file, encoding=args.encoding)
    except MixedEncoding as error:
        raise InvalidInput(_("{problem} Here: --encoding utf-8, or --encoding cp1252 (or "
                             "another code page).").format(problem=error.message)) from None
    mapping = recall_mapping(data.headers) or guess_mapping(data.headers)
    mapping = apply_overrides(data.headers, mapping, args.mapping)
    how = f"{data.kind.upper()}"
    if data.kind == "csv":
        delim = {"\t": _("tab-separated"), ",": _("comma-separated"),
                 ";": _("semicolon-separated"), "|": _("pipe-separated")}.get(
            data.delimiter or ",", _("separated by {char}").format(char=data.delimiter))
        how += f", {data.encoding}, {delim}"
    print(_("Read {n_rows} data rows ({how}); header on line "
            "{header_line}.").format(n_rows=len(data.rows), how=how, header_line=data.header_line))
    print(table(
        ("#", _("Column"), _("Field")),
        [(i + 1, h or _("(no header)"),
          field_label(mapping[i]) if mapping.get(i, "") in FIELDS else "-")
         for i, h in enumerate(data.headers)],
        right=(True, False, False),
    ))
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        workplace_id = workplace_in(session, args.workplace)
        plan = plan_import(session, data, workplace_id=workplace_id, mapping=mapping,
                           today=today, day_first=args.day_first, choices=dict(args.choose))
        print()
        _print_plan(plan, names=args.names)
        if args.dry_run:
            print(_("Dry run only: nothing was imported."))
            return 0
        if plan.rejected and not args.skip_bad_rows:
            print(_("Nothing was imported: fix the rejected rows, or use --skip-bad-rows."))
            return 1
        if plan.conflicted and not args.skip_bad_rows:
            print(_("Nothing was imported: choose for each conflict with --choose "
                    "LINE=earlier, LINE=later or LINE=separate (or --choose all=...), or use "
                    "--skip-bad-rows to leave those rows out."))
            return 1
        result = apply_import(session, plan, skip_rejected=args.skip_bad_rows)
    remember_mapping(data.headers, mapping)
    print(_("Imported: {added} added, {updated} updated, {merged} merged, {skipped} skipped; "
            "{assessments_added} assessments, {conversations_added} contact dates added to "
            "history.").format(
                added=result.added, updated=result.updated, merged=result.merged,
                skipped=result.skipped, assessments_added=result.assessments_added,
                conversations_added=result.conversations_added))
    return 0


def _print_plan(plan: Any, *, names: bool) -> None:
    """Counts, notes and every row that is not a plain addition (each row with --names); the
    changes field by field, with their values only with --names."""
    from forum_kit.cli.output import table
    from forum_kit.exchange.importer import ADD, CONFLICT

    print(_("Dry run: {added} to add, {updated} to update, {unchanged} unchanged, {rejected} "
            "rejected; {merged} merged into an earlier row of the same person, {conflicted} "
            "conflicting with one.").format(
                added=plan.added, updated=plan.updated, unchanged=plan.unchanged,
                rejected=plan.rejected, merged=plan.merged, conflicted=plan.conflicted))
    if plan.areas_to_create:
        print(_("Areas to create: {n_areas_to_create}.").format(
            n_areas_to_create=len(plan.areas_to_create)))
    for note in plan.notes:
        print(_("Note: {note}").format(note=note))

    def detail(row: Any) -> str:
        said = list(row.reasons) if row.action != "update" else []
        changes = list(row.changes) if names else [c.split(": ", 1)[0] for c in row.changes]
        return "; ".join(said + changes)

    shown = [r for r in plan.rows if names or r.action not in (ADD, "unchanged")]
    if shown:
        headers = (_("Line"), _("Action"), _("Name"), _("Reason or change")) if names else (
            _("Line"), _("Action"), _("Reason or change"))
        rows = [(r.line, r.action, r.name, detail(r)) if names else (r.line, r.action, detail(r))
                for r in shown]
        print(table(headers, rows, right=(True,) + (False,) * (len(headers) - 1)))
    if plan.conflicted:
        print(_("Rows of one person that say different things (choose with --choose "
                "LINE=earlier|later|separate, or --choose all=...):"))
        for row in plan.rows:
            if row.action == CONFLICT:
                said = (row.changes if names
                        else [", ".join(c.split(": ", 1)[0] for c in row.changes)])
                print(_("  line {line}: {said}").format(line=row.line, said="; ".join(said)))
        if not names:
            print(_("  (--names shows both values)"))
