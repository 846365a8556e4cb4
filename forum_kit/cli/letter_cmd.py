"""``forum-kit letter`` and ``forum-kit fact-sheet``: a grievance letter or a case fact sheet
as PDF, filled from the case.

Owns the commands' options. ``letter`` fills the contract's template of the kind asked for from
the case (dates from the deadline engine), says which fields had no value, writes the PDF
(AES-256 with ``--password-file``) and, with ``--record``, records on the case that it was sent
and what it does under the contract (a filing, an appeal, an agreed extension, a closing), all in
one transaction: if the PDF cannot be written nothing is recorded. ``--list`` shows the letters
recorded on a case and ``--reprint N`` writes one of them again. ``fact-sheet`` writes the case
on a page or two for a meeting with management.
"""

from __future__ import annotations

import argparse
from typing import Any

from forum_kit.cli.common import (
    add_secret_options,
    add_vault_path,
    opened_vault,
    parse_date,
    warn,
)
from forum_kit.cli.leaflet_cmd import add_output_options, write_document
from forum_kit.errors import InvalidInput
from forum_kit.i18n import _
from forum_kit.letters import FIELDS, LetterKind

KINDS = tuple(k.value.replace("_", "-") for k in LetterKind)


def register(subparsers: Any) -> None:
    """Add the letter and fact-sheet commands."""
    p = subparsers.add_parser(
        "letter",
        help="a grievance letter filled from the case (PDF), optionally recorded",
        description="Fill the contract's letter template from a case: the grievants, steward, "
        "articles, remedy, and the deadline the letter meets and the one it starts, as the "
        "deadline engine computes them. Kinds: " + ", ".join(KINDS) + ".",
    )
    add_vault_path(p)
    p.add_argument("case", metavar="CASE", help="the grievance number, e.g. G-2026-014")
    p.add_argument(
        "kind",
        metavar="KIND",
        nargs="?",
        choices=KINDS,
        help="the kind of letter: " + ", ".join(KINDS),
    )
    p.add_argument("--out", metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument(
        "--password-file",
        metavar="FILE",
        help="protect the PDF (AES-256) with the password on FILE's first line",
    )
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the letter's date (default: today)")
    p.add_argument("--today", metavar="YYYY-MM-DD", help="the day to count from (default: today)")
    p.add_argument(
        "--record",
        action="store_true",
        help="record on the case that the letter was sent on its date, and what it "
        "does (files, appeals, extends, closes)",
    )
    p.add_argument(
        "--no-effect",
        action="store_true",
        help="with --record: record the letter only, change nothing else on the case",
    )
    p.add_argument(
        "--information",
        metavar="TEXT",
        action="append",
        help="request for information: one item asked for (repeat)",
    )
    p.add_argument(
        "--reply-by", metavar="YYYY-MM-DD", help="request for information: the date to reply by"
    )
    p.add_argument(
        "--deadline",
        choices=("file", "answer"),
        help="extension letters: the union's filing/appeal deadline or the "
        "employer's answer deadline (default: the earliest open one)",
    )
    p.add_argument(
        "--new-date",
        metavar="YYYY-MM-DD",
        help="extension letters: the new date asked for or agreed",
    )
    p.add_argument(
        "--agreed-on",
        metavar="YYYY-MM-DD",
        help="extension confirmation: the day the extension was agreed",
    )
    p.add_argument(
        "--agreed-with",
        metavar="TEXT",
        help="extension confirmation: who agreed it, e.g. 'HR manager, in writing'",
    )
    p.add_argument("--terms", metavar="TEXT", help="settlement record: the terms agreed")
    p.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    p.add_argument(
        "--list", action="store_true", help="list the letters recorded on the case instead"
    )
    p.add_argument(
        "--reprint", metavar="N", type=int, help="write letter N of --list again, as it was sent"
    )
    add_secret_options(p)
    p.set_defaults(handler=run)

    f = subparsers.add_parser(
        "fact-sheet",
        help="a case fact sheet for a meeting with management (PDF)",
        description="The case on a page or two: the five Ws, the remedy, the timeline of "
        "steps, extensions and letters, the deadlines met and missed, and the evidence list.",
    )
    add_vault_path(f)
    f.add_argument("case", metavar="CASE", help="the grievance number, e.g. G-2026-014")
    f.add_argument("--today", metavar="YYYY-MM-DD", help="the day to count from (default: today)")
    f.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    add_output_options(f)
    add_secret_options(f)
    f.set_defaults(handler=run_fact_sheet)


def _inputs(args: argparse.Namespace) -> Any:
    from forum_kit.case_deadlines import LetterInputs

    return LetterInputs(
        information_requested="\n".join(
            f"- {item.strip()}" for item in args.information or () if item.strip()
        ),
        reply_by=parse_date(args.reply_by, "--reply-by") if args.reply_by else None,
        extend=args.deadline,
        extension_date=parse_date(args.new_date, "--new-date") if args.new_date else None,
        agreed_on=parse_date(args.agreed_on, "--agreed-on") if args.agreed_on else None,
        agreed_with=args.agreed_with or "",
        settlement_terms=args.terms or "",
    )


def _list(session: Any, grievance_id: int, number: str) -> int:
    from forum_kit.cli.output import table
    from forum_kit.queries.letters import sent_letters

    letters = sent_letters(session, grievance_id)
    if not letters:
        print(_("No letter is recorded on {number}.").format(number=number))
        return 0
    print(_("Letters recorded on {number}").format(number=number))
    print(
        table(
            (_("N"), _("Sent"), _("Letter"), _("Step"), _("Recorded with it")),
            [
                (str(i), x.sent_on.isoformat(), x.label, str(x.step), x.effect or "")
                for i, x in enumerate(letters, 1)
            ],
            right=(True, False, False, True, False),
        )
    )
    return 0


def _out_args(args: argparse.Namespace) -> argparse.Namespace:
    from pathlib import Path

    if not args.out:
        raise InvalidInput(_("--out: give the PDF file to write, e.g. --out letter.pdf."))
    return argparse.Namespace(
        out=Path(args.out), password_file=(Path(args.password_file) if args.password_file else None)
    )


def run(args: argparse.Namespace) -> int:
    """Fill, write and (with --record) record a letter; or list or reprint recorded ones."""
    from forum_kit.queries import letters as letters_q
    from forum_kit.queries.grievances import grievance_detail
    from forum_kit.reports.letter import build_letter
    from forum_kit.services import letters as letters_s

    today = parse_date(args.today, "--today")
    if args.no_effect and not args.record:
        raise InvalidInput(_("--no-effect goes with --record."))
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        grievance_id = letters_q.find_case(session, args.case)
        number = grievance_detail(session, grievance_id, today=today).number
        if args.list:
            return _list(session, grievance_id, number)
        if args.reprint is not None:
            letters = letters_q.sent_letters(session, grievance_id)
            if not 1 <= args.reprint <= len(letters):
                raise InvalidInput(
                    _("--reprint: choose a letter from 1 to {n} (see --list).").format(
                        n=len(letters))
                )
            sent = letters[args.reprint - 1]
            document = letters_q.letter_document(
                sent.subject, sent.body, letter_date=sent.sent_on, number=number, paper=args.paper
            )
            return write_document(_out_args(args), document, build_letter)
        if args.kind is None:
            raise InvalidInput(
                _("KIND: say which letter to make ({kinds}), or use --list.").format(
                    kinds=", ".join(KINDS))
            )
        kind = args.kind.replace("-", "_")
        out_args = _out_args(args)
        letter_date = parse_date(args.date, "--date", default=today)
        inputs = _inputs(args)
        draft = letters_q.letter_draft(
            session,
            grievance_id=grievance_id,
            kind=kind,
            letter_date=letter_date,
            today=today,
            inputs=inputs,
        )
        for advice in draft.warnings:
            warn(advice)
        if draft.missing:
            words = ", ".join(FIELDS[name].missing_text for name in draft.missing)
            warn(
                _("the letter has no value for: {words}. It prints '[missing: ...]' there; "
                  "fill them in the case, give the option, or edit the template.").format(
                    words=words)
            )
        recorded = None
        if args.record:
            recorded = letters_s.record_letter(
                session,
                grievance_id=grievance_id,
                kind=kind,
                sent_on=letter_date,
                subject=draft.subject,
                body=draft.body,
                today=today,
                inputs=inputs,
                apply_effect=not args.no_effect,
            )
        document = letters_q.letter_document(
            draft.subject, draft.body, letter_date=letter_date, number=number, paper=args.paper
        )
        status = write_document(out_args, document, build_letter)
        if recorded is not None:
            print(
                _("Recorded on {number}: {letter} sent on {day}.").format(
                    number=number, letter=draft.label.lower(), day=letter_date.isoformat())
                + (f" {recorded.effect}" if recorded.effect else "")
            )
            if not recorded.effect and draft.no_effect and not args.no_effect:
                print(draft.no_effect)
            detail = grievance_detail(session, grievance_id, today=today)
            if detail.deadlines:
                first = detail.deadlines[0]
                print(_("Next deadline: {what}, {day}.").format(what=first.what,
                                                                 day=first.on.isoformat()))
        elif draft.effect:
            print(_("Not recorded on the case; --record would record it and: {effect}").format(
                effect=draft.effect))
        return status


def run_fact_sheet(args: argparse.Namespace) -> int:
    """Write the case fact sheet."""
    from forum_kit.queries import letters as letters_q
    from forum_kit.reports.letter import build_fact_sheet

    today = parse_date(args.today, "--today")
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        grievance_id = letters_q.find_case(session, args.case)
        data = letters_q.fact_sheet_data(session, grievance_id, today=today, paper=args.paper)
    return write_document(args, data, build_fact_sheet)
