"""``forum-kit committee``: the committee's one chart from the command line.

A chart keeper names the committee (``add`` with a steward's key card and the fingerprint
compared in person, the workplace and the scope), lists it (``list``), takes a steward off
(``remove``), writes each member a copy of their scope (``copy``) and reviews the field reports
that come back (``review``: takes a report in, shows every change with what it changes and who
reported it, and applies the decisions given). A steward trusts the keeper (``add --keeper``),
opens each copy (``open-copy``), logs what they did (``log``) and writes their report
(``report``). Every refusal of a file has its own exit status (40-48, README).
"""

from __future__ import annotations

import argparse
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault, parse_date
from forum_kit.i18n import _, ngettext


def register(subparsers: Any) -> None:
    """Add ``committee`` and its actions."""
    p = subparsers.add_parser(
        "committee",
        help="the committee's one chart: members, copies, field reports, review",
        description="A chart keeper sends each steward of the committee a signed, encrypted copy "
        "of their scope; stewards send back field reports, which the keeper reviews.",
    )
    actions = p.add_subparsers(dest="committee_action", metavar="ACTION")

    add = actions.add_parser("add", help="name a steward on the committee (or trust a keeper)")
    add_vault_path(add)
    add.add_argument("card", type=Path, metavar="CARD", help="the other vault's key card file")
    add.add_argument(
        "--fingerprint",
        required=True,
        metavar="XXXX-XXXX-...",
        help="the fingerprint as its holder read it to you",
    )
    add.add_argument(
        "--keeper",
        action="store_true",
        help="the card is the chart keeper's: trust it to open their copies",
    )
    add.add_argument(
        "--workplace",
        type=int,
        metavar="N",
        help="the workplace's number (see 'forum-kit areas'; needed if several)",
    )
    add.add_argument(
        "--areas",
        metavar="N,N",
        help="the scope: these areas and all under them (default: the whole workplace)",
    )
    add.add_argument(
        "--sensitive",
        action="store_true",
        help="the steward may see people, notes and cases marked sensitive",
    )
    add.add_argument(
        "--contact",
        type=int,
        metavar="N",
        help="the steward's own person number in the chart (author of their notes)",
    )
    add.add_argument("--name", help="the name to list them under (default: the card's)")
    add_secret_options(add)

    listing = actions.add_parser("list", help="members, copies held, reports waiting")
    add_vault_path(listing)
    add_secret_options(listing)

    remove = actions.add_parser("remove", help="take a member off (or forget a keeper)")
    add_vault_path(remove)
    which = remove.add_mutually_exclusive_group(required=True)
    which.add_argument("--member", type=int, metavar="N", help="the member's number")
    which.add_argument("--keeper", metavar="XXXX-XXXX-...", help="a keeper's fingerprint")
    add_secret_options(remove)

    copy = actions.add_parser("copy", help="write each member's copy of their scope")
    add_vault_path(copy)
    copy.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FOLDER",
        help="the folder to write the copies into (one file per member)",
    )
    copy.add_argument(
        "--member",
        type=int,
        action="append",
        metavar="N",
        help="only this member (repeatable; default: every member)",
    )
    add_secret_options(copy)

    open_copy = actions.add_parser("open-copy", help="open a copy the keeper sent you")
    add_vault_path(open_copy)
    open_copy.add_argument("file", type=Path, metavar="FILE")
    add_secret_options(open_copy)

    log = actions.add_parser("log", help="log what you did in a copy, for your report")
    add_vault_path(log)
    log.add_argument(
        "what",
        choices=("one-on-one", "assessment", "contact", "correct", "step", "outcome", "attendance"),
        help="what to log",
    )
    log.add_argument("--copy", type=int, metavar="N", help="the copy (if you hold several)")
    log.add_argument("--person", metavar="NAME", help="the person, by name as in the copy")
    log.add_argument("--on", metavar="YYYY-MM-DD", help="when (default: today)")
    log.add_argument("--level", type=int, help="the assessment you give (one-on-one, assessment)")
    log.add_argument(
        "--note",
        action="append",
        metavar="FIELD=TEXT",
        default=[],
        help="a field: agitate=..., plan=..., phone=..., email=..., first_name=..., "
        "area=AREA NAME (repeatable)",
    )
    log.add_argument("--tag", action="append", default=[], help="an issue (one-on-one)")
    log.add_argument("--grievance", metavar="NUMBER", help="the case (step): G-2026-001")
    log.add_argument("--action", choices=("filed", "answered", "appeal"), help="the step event")
    log.add_argument("--test", metavar="TITLE", help="the structure test (outcome)")
    log.add_argument("--outcome", choices=("asked", "participated", "refused"))
    log.add_argument("--meeting", metavar="YYYY-MM-DD", help="the meeting's date (attendance)")
    add_secret_options(log)

    report = actions.add_parser("report", help="write your field report for the keeper")
    add_vault_path(report)
    report.add_argument("--out", required=True, type=Path, metavar="FILE")
    report.add_argument("--copy", type=int, metavar="N", help="the copy (if you hold several)")
    add_secret_options(report)

    rev = actions.add_parser("review", help="take in a field report and review its changes")
    add_vault_path(rev)
    rev.add_argument(
        "file",
        type=Path,
        nargs="?",
        metavar="FILE",
        help="a report file to take in (else --report N)",
    )
    rev.add_argument("--report", type=int, metavar="N", help="a report already taken in")
    rev.add_argument(
        "--accept",
        metavar="N,N|all",
        help="accept these changes ('all': every one not in conflict)",
    )
    rev.add_argument(
        "--decline", metavar="N,N|all", help="decline these changes ('all': every one not accepted)"
    )
    rev.add_argument(
        "--pdf",
        type=Path,
        metavar="FILE.pdf",
        help="also print the review sheet (every change, its state, the three values) to FILE",
    )
    rev.add_argument("--paper", choices=("A4", "Letter"), default="A4", help="with --pdf")
    rev.add_argument(
        "--password-file",
        metavar="FILE",
        type=Path,
        help="with --pdf: protect it (AES-256) with the password on FILE's first line",
    )
    add_secret_options(rev)
    p.set_defaults(handler=run)


def _now() -> datetime:
    return datetime.now(UTC)


def _numbers(text: str | None, option: str) -> list[int] | str | None:
    from forum_kit.errors import InvalidInput

    if text is None:
        return None
    if text.strip().lower() == "all":
        return "all"
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise InvalidInput(_("{option} takes numbers separated by commas, or 'all'.").format(
                             option=option)) from None


def _read_card(path: Path) -> str:
    from forum_kit.cli.keys_cmd import _read_card as read

    return read(path)


def _workplace(session: Any, given: int | None) -> int:
    import sqlalchemy as sa

    from forum_kit.errors import InvalidInput
    from forum_kit.models import Workplace

    ids = list(session.execute(sa.select(Workplace.id).order_by(Workplace.id)).scalars())
    if given is not None:
        if given not in ids:
            raise InvalidInput(_("No workplace with that number; see 'forum-kit areas'."))
        return given
    if len(ids) != 1:
        raise InvalidInput(_("Say which workplace with --workplace N (see 'forum-kit areas')."))
    return ids[0]


def _add(args: argparse.Namespace) -> int:
    from forum_kit.committee import members

    card = _read_card(args.card)
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        if args.keeper:
            keeper = members.trust_keeper(
                session,
                card=card,
                fingerprint=args.fingerprint,
                added_on=date.today(),
                name=args.name,
            )
            print(_("Trusted keeper '{name}': their copies open here now.").format(
                    name=keeper.name))
            return 0
        areas = _numbers(args.areas, "--areas")
        if areas == "all":
            areas = None
        member = members.add_member(
            session,
            workplace_id=_workplace(session, args.workplace),
            card=card,
            fingerprint=args.fingerprint,
            scope=members.ScopeSpec(None if not areas else tuple(areas), args.sensitive),
            added_on=date.today(),
            name=args.name,
            contact_id=args.contact,
        )
        print(_("Added '{name}' to the committee (member {id}).").format(
                name=member.name,
                id=member.id))
    return 0


def _list(args: argparse.Namespace) -> int:
    from forum_kit.cli.output import table
    from forum_kit.queries import committee as q

    def when(moment: datetime | None) -> str:
        return "-" if moment is None else moment.isoformat(" ", "minutes")

    with opened_vault(args) as vault, vault.unit_of_work() as session:
        rows, waiting = q.members(session), q.reports(session, waiting_only=True)
        keepers, held = q.keepers(session), q.held_copies(session)
    if not (rows or keepers):
        print(
            _("No committee yet: a keeper adds stewards, a steward adds their keeper "
            "('forum-kit committee add').")
        )
        return 0
    if rows:
        print(_("Committee (this vault keeps the chart)"))
        print(
            table(
                (
                    "#",
                    _("Steward"),
                    _("Workplace"),
                    _("Scope"),
                    _("Fingerprint"),
                    _("Last copy"),
                    _("Waiting"),
                ),
                [
                    (
                        m.id,
                        m.name,
                        m.workplace,
                        m.scope,
                        m.fingerprint,
                        when(m.last_copy),
                        m.waiting,
                    )
                    for m in rows
                ],
                right=(True, False, False, False, False, False, True),
                max_width=140,
            )
        )
    if waiting:
        print()
        print(_("Reports waiting for review"))
        print(
            table(
                ("#", _("From"), _("Written"), _("Changes")),
                [(r.id, r.steward, when(r.created), r.entries) for r in waiting],
                right=(True, False, False, True),
            )
        )
    if keepers:
        print()
        print(_("Keepers this vault trusts"))
        print(
            table(
                (_("Keeper"), _("Fingerprint"), _("Added")),
                [(k.name, k.fingerprint, k.added_on.isoformat()) for k in keepers],
            )
        )
    if held:
        print()
        print(_("Copies held here"))
        print(
            table(
                (
                    "#",
                    _("Copy"),
                    _("Workplace"),
                    _("Scope"),
                    _("Pending"),
                    _("Sent"),
                    _("Declined"),
                ),
                [
                    (c.id, c.label, c.workplace, c.scope, c.pending, c.sent, c.declined)
                    for c in held
                ],
                right=(True, False, False, False, True, True, True),
                max_width=140,
            )
        )
    return 0


def _remove(args: argparse.Namespace) -> int:
    from forum_kit.committee import copydb, members

    files: list[str] = []
    with opened_vault(args) as vault:
        with vault.unit_of_work() as session:
            if args.member is not None:
                members.remove_member(session, member_id=args.member)
                print(_("The member is off the committee; what they reported stays on record."))
            else:
                files = members.forget_keeper(session, fingerprint=args.keeper)
                print(
                    _("The keeper is no longer trusted; their copies were removed from this vault.")
                )
        copydb.remove_copy_files(vault.path, files)
    return 0


def _safe(name: str) -> str:
    return re.sub(r"[^\w.-]+", "-", name, flags=re.UNICODE).strip("-") or "steward"


def _copy(args: argparse.Namespace) -> int:
    from forum_kit.committee import copies
    from forum_kit.errors import InvalidInput, NotFound
    from forum_kit.files import write_atomic

    if not args.out.is_dir():
        raise InvalidInput(_("--out must be an existing folder; the copies are written into it."))
    now = _now()
    with opened_vault(args) as vault:
        with vault.unit_of_work() as session:
            ids = [m.id for m in copies.members_for_copies(session)]
        wanted = args.member or ids
        if not ids:
            raise NotFound(_("No committee members yet; add them with 'forum-kit committee add'."))
        for member_id in wanted:
            with vault.unit_of_work() as session:
                result = copies.write_copy(
                    session, member_id=member_id, now=now, default_name=vault.name
                )
                path = args.out / f"{_safe(result.member)}-{now.date().isoformat()}{copies.SUFFIX}"
                write_atomic(path, result.data)
            people = result.counts.get("contacts", 0)
            print(
                _("Copy for {member}: {people} people, {sum} records -> {name}").format(
                    member=result.member,
                    people=people,
                    sum=sum(result.counts.values()),
                    name=path.name,
                )
            )
    return 0


def _open_copy(args: argparse.Namespace) -> int:
    from forum_kit.committee import copies, copydb
    from forum_kit.exchange.envelope import read_envelope_file

    data = read_envelope_file(args.file, copies.COPY, "copy")
    with opened_vault(args) as vault:
        with vault.unit_of_work() as session:
            opened = copies.open_copy(
                session, data, vault_folder=vault.path, now=_now(), default_name=vault.name
            )
        copydb.remove_copy_files(vault.path, opened.stale_files)
        copies.finish_held(vault, opened.copy_row_id)
    print(
        _(
            "{copy_label} ({workplace}): {get} people, {get2} grievances, {get3} one-on-ones "
            "(copy {copy_row_id})."
        ).format(
            copy_label=copies.copy_label(opened.keeper, opened.as_of),
            workplace=opened.workplace,
            get=opened.counts.get("contacts", 0),
            get2=opened.counts.get("grievances", 0),
            get3=opened.counts.get("conversations", 0),
            copy_row_id=opened.copy_row_id,
        )
    )
    if opened.accepted or opened.declined:
        print(
            _(
                "The keeper accepted {accepted} of your entries and declined {declined} (see "
                "'forum-kit committee list')."
            ).format(accepted=opened.accepted, declined=opened.declined)
        )
    return 0


def _held_copy(session: Any, given: int | None) -> int:
    from forum_kit.errors import InvalidInput, NotFound
    from forum_kit.queries.committee import held_copies

    held = [c.id for c in held_copies(session)]
    if given is not None:
        if given not in held:
            raise NotFound(_("No copy with that number here; see 'forum-kit committee list'."))
        return given
    if len(held) != 1:
        raise InvalidInput(
            _("Say which copy with --copy N (see 'forum-kit committee list').")
            if held
            else _("No copy held here; open the keeper's copy first.")
        )
    return held[0]


def _report(args: argparse.Namespace) -> int:
    from forum_kit.committee import entries
    from forum_kit.files import write_atomic

    with opened_vault(args) as vault, vault.unit_of_work() as session:
        result = entries.write_report(
            session, copy_row_id=_held_copy(session, args.copy), now=_now(), default_name=vault.name
        )
        write_atomic(args.out, result.data)
    print(
        ngettext(
            "Report for {keeper}: {entries} entry -> {name}",
            "Report for {keeper}: {entries} entries -> {name}",
            result.entries,
        ).format(keeper=result.keeper, entries=result.entries, name=args.out.name)
    )
    return 0


def _print_plan(plan: Any) -> None:
    from forum_kit.cli.output import table

    rows = []
    for c in plan.changes:
        status = {
            "new": "",
            "conflict": "CONFLICT",
            "same": "already so",
            "cannot": "cannot apply",
            "reviewed": "reviewed before",
        }[c.status]
        decided = plan.decisions.get(c.entry_uid, "")
        rows.append((c.number, c.what, c.subject, status, decided))
    print(
        ngettext("Report from {steward}, written {isoformat}: {n} change",
                 "Report from {steward}, written {isoformat}: {n} changes",
                 len(plan.changes)).format(
            steward=plan.steward,
            isoformat=plan.created.isoformat(" ", "minutes"),
            n=len(plan.changes),
        )
    )
    print(
        table(
            ("#", _("Change"), _("About"), _("State"), _("Decision")),
            rows,
            right=(True, False, False, False, False),
            max_width=120,
        )
    )
    for c in plan.changes:
        lines = [d for d in c.details if d.base or d.current]
        if c.status in ("conflict", "cannot") or lines:
            print(f"  {c.number}. {c.what} - {c.subject}" + (f": {c.reason}" if c.reason else ""))
            for d in lines:
                print(
                    _(
                        "     {label}: copy had '{base}', chart has '{current}', {steward} says "
                        "'{proposed}'"
                    ).format(
                        label=d.label,
                        base=d.base,
                        current=d.current,
                        steward=plan.steward,
                        proposed=d.proposed,
                    )
                )


def _review(args: argparse.Namespace) -> int:
    from forum_kit.committee import entries, review
    from forum_kit.errors import InvalidInput
    from forum_kit.exchange.envelope import read_envelope_file
    from forum_kit.queries.committee import reports

    accept = _numbers(args.accept, "--accept")
    decline = _numbers(args.decline, "--decline")
    data = read_envelope_file(args.file, entries.REPORT, "report") if args.file else None
    now = _now()
    with opened_vault(args) as vault:
        report_id = args.report
        if data is not None:
            with vault.unit_of_work() as session:
                received = review.receive_report(session, data, now=now, default_name=vault.name)
            report_id = received.report_row_id
            print(
                ngettext(
                    "Took in report {report_id} from {steward} ({entries} change); nothing is "
                    "applied before your review.",
                    "Took in report {report_id} from {steward} ({entries} changes); nothing is "
                    "applied before your review.",
                    received.entries,
                ).format(report_id=report_id, steward=received.steward, entries=received.entries)
            )
        if report_id is None:
            with vault.unit_of_work() as session:
                waiting = reports(session, waiting_only=True)
            if not waiting:
                print(_("No report waits for review."))
                return 0
            if len(waiting) > 1 or accept or decline:
                raise InvalidInput(
                    _("Say which report with --report N (see 'forum-kit committee list').")
                )
            report_id = waiting[0].id
        with vault.unit_of_work() as session:
            plan = review.plan_review(session, report_id, today=now.date())
        _print_plan(plan)
        if accept is None and decline is None:
            _review_sheet(args, plan)
            if plan.reviewed is None:
                print(_("Decide with --accept N,N|all and --decline N,N|all."))
            return 0
        decisions = _decisions(plan, accept, decline)
        with vault.unit_of_work() as session:
            result = review.apply_review(
                session, report_id, decisions, now=now, default_name=vault.name
            )
        if args.pdf is not None:
            with vault.unit_of_work() as session:
                _review_sheet(args, review.plan_review(session, report_id, today=now.date()))
    counts = _("Changes applied: {accepted}; declined: {declined}.").format(
        accepted=result.accepted, declined=result.declined)
    if result.unchanged:
        counts += " " + _("Already so: {unchanged}.").format(unchanged=result.unchanged)
    print(counts + " " + _("Declined changes go back to the steward, marked declined, in their "
                           "next copy."))
    return 0


def _review_sheet(args: argparse.Namespace, plan: Any) -> None:
    """Print the review sheet to ``--pdf`` (as every document command writes its PDF)."""
    if args.pdf is None:
        return
    from forum_kit.cli.leaflet_cmd import write_document
    from forum_kit.reports.review_sheet import build_review_sheet

    target = argparse.Namespace(out=args.pdf, password_file=args.password_file)
    write_document(target, plan, lambda p, buffer: build_review_sheet(p, buffer, paper=args.paper))


def _decisions(plan: Any, accept: Any, decline: Any) -> dict[str, str]:
    from forum_kit.errors import InvalidInput

    by_number = {c.number: c for c in plan.changes}
    decisions: dict[str, str] = {}
    for numbers, verdict in ((accept, "accepted"), (decline, "declined")):
        if isinstance(numbers, list):
            for n in numbers:
                if n not in by_number:
                    raise InvalidInput(_("The report has no change {n}.").format(n=n))
                decisions[by_number[n].entry_uid] = verdict
    for numbers, verdict in ((accept, "accepted"), (decline, "declined")):
        if numbers == "all":
            for c in plan.changes:
                if not c.decidable or c.entry_uid in decisions:
                    continue
                if verdict == "accepted" and c.status in ("conflict", "cannot"):
                    continue  # a conflict is chosen one by one; an impossible one is declined
                decisions[c.entry_uid] = verdict
    missing = [c.number for c in plan.changes if c.decidable and c.entry_uid not in decisions]
    if missing:
        raise InvalidInput(
            "Decide every change: still open "
            + ", ".join(map(str, missing))
            + " (a conflict needs its own --accept or --decline)."
        )
    return decisions


def run(args: argparse.Namespace) -> int:
    """Carry out one ``committee`` action."""
    action = getattr(args, "committee_action", None)
    handlers = {
        "add": _add,
        "list": _list,
        "remove": _remove,
        "copy": _copy,
        "open-copy": _open_copy,
        "report": _report,
        "review": _review,
    }
    if action == "log":
        from forum_kit.cli.committee_log import log

        return log(args)
    if action in handlers:
        return handlers[action](args)
    print(
        _("forum-kit committee: choose add, list, remove, copy, open-copy, log, report or review.")
    )
    return 2


__all__ = ["parse_date", "register", "run"]
