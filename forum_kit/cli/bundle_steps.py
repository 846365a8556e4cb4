"""The confederation's steps as ``forum-kit bundle`` actions (issue 20), beside export, import
and rollup in ``bundle_cmd``.

``agenda`` seals a council meeting's agenda to one member; ``mandate`` records a body's mandate
on an item of the council above it (by a vote with counts, or by consensus); ``elect`` and
``recall`` a body's delegate; ``decide`` records the council's result on an item and how each
member's delegate voted; ``decisions`` seals them to one member; ``reports`` lists a member's
report-back drafts and the decisions they came from (a delegate who voted against the mandate
marked); ``conflicts`` lists the items where a council's members' mandates disagree;
``threshold`` shows or sets the vault's small-numbers threshold. Names of bodies, items and
elected delegates only: no coworker's name is printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault, parse_date
from forum_kit.files import write_atomic
from forum_kit.i18n import _


def _vault_action(actions: Any, name: str, help_text: str) -> argparse.ArgumentParser:
    p = actions.add_parser(name, help=help_text, description=help_text[0].upper() + help_text[1:]
                           + ".")
    add_vault_path(p)
    return p


def register_actions(actions: Any) -> None:
    """Add the confederation's actions to ``forum-kit bundle``."""
    p = _vault_action(actions, "agenda", "seal a council meeting's agenda to one member")
    p.add_argument("--to", required=True, metavar="XXXX-XXXX-...",
                   help="the trusted member's fingerprint")
    p.add_argument("--meeting-date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--mandates-due", metavar="YYYY-MM-DD", help="the date mandates are due")
    p.add_argument("--council", metavar="NAME", help="the council if several meet that day")
    p.add_argument("--out", required=True, type=_path, metavar="FILE")
    add_secret_options(p)

    p = _vault_action(actions, "mandate", "record a body's mandate on a council's agenda item")
    p.add_argument("--from", dest="sender", required=True, metavar="BODY",
                   help="the forum (or council) that mandates its delegate")
    p.add_argument("--council", required=True, metavar="NAME", help="the council above it")
    p.add_argument("--meeting-date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--item", required=True, type=int, metavar="N", help="the item's number")
    p.add_argument("--instruction", required=True, choices=("for", "against", "abstain", "free"))
    p.add_argument("--red-lines", default="", metavar="TEXT")
    p.add_argument("--figure", default="", metavar="TEXT", help="the figure to hold")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--votes", metavar="FOR,AGAINST[,ABSTAIN]", help="decided by a vote")
    how.add_argument("--consensus", action="store_true", help="decided by consensus")
    p.add_argument("--decided-on", metavar="YYYY-MM-DD", help="the body's meeting (default today)")
    add_secret_options(p)

    p = _vault_action(actions, "elect", "record a body's delegate (or alternate) to a council")
    p.add_argument("--from", dest="sender", required=True, metavar="BODY")
    p.add_argument("--council", required=True, metavar="NAME")
    p.add_argument("--name", required=True, metavar="NAME", help="the delegate as named")
    p.add_argument("--term-start", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--term-end", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--alternate", action="store_true")
    add_secret_options(p)

    p = _vault_action(actions, "recall", "recall a body's delegate by the body's vote")
    p.add_argument("--from", dest="sender", required=True, metavar="BODY")
    p.add_argument("--name", required=True, metavar="NAME", help="the delegate as named")
    p.add_argument("--on", required=True, metavar="YYYY-MM-DD", help="the day of the vote")
    p.add_argument("--votes", required=True, metavar="FOR,AGAINST[,ABSTAIN]")
    p.add_argument("--reason", default="", metavar="TEXT")
    add_secret_options(p)

    p = _vault_action(actions, "decide", "record a council's decision on one of its items")
    p.add_argument("--meeting-date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--council", metavar="NAME", help="the council if several meet that day")
    p.add_argument("--item", required=True, type=int, metavar="N")
    p.add_argument("--result", required=True, choices=("carried", "lost", "consensus",
                                                        "withdrawn"))
    p.add_argument("--votes", metavar="FOR,AGAINST[,ABSTAIN]", help="the counts of a vote")
    p.add_argument("--member", action="append", default=[], metavar="FINGERPRINT=VOTE",
                   help="how a member's delegate voted (for, against, abstain, absent); repeat")
    add_secret_options(p)

    p = _vault_action(actions, "decisions", "seal a council meeting's decisions to one member")
    p.add_argument("--to", required=True, metavar="XXXX-XXXX-...")
    p.add_argument("--meeting-date", required=True, metavar="YYYY-MM-DD")
    p.add_argument("--council", metavar="NAME")
    p.add_argument("--out", required=True, type=_path, metavar="FILE")
    add_secret_options(p)

    p = _vault_action(actions, "reports", "the report-back drafts the council's decisions filled")
    add_secret_options(p)

    p = _vault_action(actions, "conflicts", "the items where the members' mandates disagree")
    p.add_argument("--meeting-date", metavar="YYYY-MM-DD", help="only this meeting")
    add_secret_options(p)

    p = _vault_action(actions, "threshold", "show or set the small-numbers threshold")
    p.add_argument("value", nargs="?", type=int, metavar="N", help="the new threshold (2-100)")
    add_secret_options(p)


def _path(text: str) -> Any:
    from pathlib import Path

    return Path(text)


def _votes(text: str | None) -> tuple[int | None, int | None, int | None]:
    from forum_kit.errors import InvalidInput

    if not text:
        return None, None, None
    parts = [p.strip() for p in text.split(",")]
    if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts):
        raise InvalidInput(
            _("--votes: give FOR,AGAINST or FOR,AGAINST,ABSTAIN as whole numbers.")
        )
    numbers = [int(p) for p in parts] + ([0] if len(parts) == 2 else [])
    return numbers[0], numbers[1], numbers[2]


def _body(session: Any, name: str, *, council: bool = False) -> Any:
    import sqlalchemy as sa

    from forum_kit.errors import NotFound
    from forum_kit.models.assembly import Body
    from forum_kit.models.enums import BodyKind

    query = sa.select(Body).where(Body.name == name.strip())
    if council:
        query = query.where(Body.kind == BodyKind.COUNCIL)
    found = session.execute(query).scalar_one_or_none()
    if found is None:
        raise NotFound(
            _("No forum or council with that name in this vault; see 'forum-kit forums'.")
        )
    return found


def _meeting(session: Any, body_id: int, day: dt.date, *, create: bool = False) -> Any:
    import sqlalchemy as sa

    from forum_kit.errors import NotFound
    from forum_kit.models.assembly import Meeting
    from forum_kit.services import assemblies as asm

    found = session.execute(
        sa.select(Meeting).where(Meeting.body_id == body_id,
                                 sa.func.date(Meeting.held_at) == day.isoformat())
    ).scalars().first()
    if found is None and create:
        found = asm.schedule_meeting(session, body_id=body_id,
                                     held_at=dt.datetime.combine(day, dt.time(18)))
    if found is None:
        raise NotFound(_("No meeting of that body on that date; check --meeting-date."))
    return found


def _item(session: Any, meeting_id: int, ordinal: int) -> Any:
    import sqlalchemy as sa

    from forum_kit.errors import NotFound
    from forum_kit.models.assembly import AgendaItem

    found = session.execute(
        sa.select(AgendaItem).where(AgendaItem.meeting_id == meeting_id,
                                    AgendaItem.ordinal == ordinal)
    ).scalar_one_or_none()
    if found is None:
        raise NotFound(_("The meeting has no item with that number; check --item."))
    return found


def _council_id(session: Any, name: str | None) -> int | None:
    return None if name is None else _body(session, name, council=True).id


def _agenda(args: argparse.Namespace) -> int:
    from forum_kit.exchange.downward import export_agenda

    day = parse_date(args.meeting_date, "--meeting-date")
    due = parse_date(args.mandates_due, "--mandates-due") if args.mandates_due else None
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        result = export_agenda(
            session, recipient_fingerprint=args.to, meeting_date=day,
            now=dt.datetime.now(dt.UTC), default_name=vault.name,
            council_id=_council_id(session, args.council), mandates_due=due,
        )
        write_atomic(args.out, result.data)
    print(_("Agenda of {council}, meeting of {day}; items: {n}.").format(
        council=result.council, day=day.isoformat(), n=result.items))
    print(_("Written: {out} (agenda {id}).").format(out=args.out, id=result.file_id[:8]))
    return 0


def _mandate(args: argparse.Namespace) -> int:
    from forum_kit.models.enums import MotionKind, MotionResult
    from forum_kit.services import assemblies as asm

    day = parse_date(args.meeting_date, "--meeting-date")
    decided = parse_date(args.decided_on, "--decided-on") if args.decided_on else dt.date.today()
    votes = _votes(args.votes)
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        sender = _body(session, args.sender)
        council = _body(session, args.council, council=True)
        item = _item(session, _meeting(session, council.id, day).id, args.item)
        own = _meeting(session, sender.id, decided, create=True)
        motion = asm.record_motion(
            session, meeting_id=own.id, text=_("Mandate on {item}").format(item=item.title),
            kind=MotionKind.MANDATE,
            result=MotionResult.CONSENSUS if args.consensus else MotionResult.CARRIED,
            votes_for=votes[0], votes_against=votes[1], abstentions=votes[2],
        )
        asm.pass_mandate(
            session, forum_id=sender.id, agenda_item_id=item.id, instruction=args.instruction,
            red_lines=args.red_lines, figure_to_hold=args.figure, motion_id=motion.id,
        )
        text = (_("{sender} mandates its delegate {instruction} on item {n} ({item}) of "
                  "{council}, decided by consensus.") if args.consensus else
                _("{sender} mandates its delegate {instruction} on item {n} ({item}) of "
                  "{council}, decided by a vote."))
        print(text.format(sender=sender.name, instruction=args.instruction, n=item.ordinal,
                          item=item.title, council=council.name))
    return 0


def _elect(args: argparse.Namespace) -> int:
    from forum_kit.models.enums import DelegateRole
    from forum_kit.services import assemblies as asm

    start = parse_date(args.term_start, "--term-start")
    end = parse_date(args.term_end, "--term-end")
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        sender = _body(session, args.sender)
        council = _body(session, args.council, council=True)
        role = DelegateRole.ALTERNATE if args.alternate else DelegateRole.DELEGATE
        asm.elect_delegate(session, forum_id=sender.id, council_id=council.id,
                           display_name=args.name, term_start=start, term_end=end, role=role)
        text = (_("{sender} sends {name} to {council} as alternate, {start} to {end}.")
                if args.alternate else
                _("{sender} sends {name} to {council} as delegate, {start} to {end}."))
        print(text.format(sender=sender.name, name=args.name, council=council.name,
                          start=start.isoformat(), end=end.isoformat()))
    return 0


def _recall(args: argparse.Namespace) -> int:
    import sqlalchemy as sa

    from forum_kit.errors import NotFound
    from forum_kit.models.assembly import Delegate
    from forum_kit.models.enums import MotionKind, MotionResult
    from forum_kit.services import assemblies as asm

    on = parse_date(args.on, "--on")
    votes = _votes(args.votes)
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        sender = _body(session, args.sender)
        delegate = session.execute(
            sa.select(Delegate).where(Delegate.forum_id == sender.id,
                                      Delegate.display_name == args.name.strip(),
                                      Delegate.ended_on.is_(None))
        ).scalars().first()
        if delegate is None:
            raise NotFound(_("No serving delegate of that body has that name; check --name."))
        meeting = _meeting(session, sender.id, on, create=True)
        carried = (votes[0] or 0) > (votes[1] or 0)
        motion = asm.record_motion(
            session, meeting_id=meeting.id,
            text=_("Recall {name}. {reason}").format(name=args.name, reason=args.reason).strip(),
            kind=MotionKind.RECALL,
            result=MotionResult.CARRIED if carried else MotionResult.LOST,
            votes_for=votes[0], votes_against=votes[1], abstentions=votes[2],
        )
        if carried:
            asm.recall_delegate(session, delegate_id=delegate.id, motion_id=motion.id, on=on)
    text = (_("Recall of {name}: carried; the term ended on {day}.") if carried else
            _("Recall of {name}: lost; the delegate stays."))
    print(text.format(name=args.name, day=on.isoformat()))
    return 0


def _decide(args: argparse.Namespace) -> int:
    from forum_kit.errors import InvalidInput
    from forum_kit.exchange.downward import _own_meeting, record_member_vote
    from forum_kit.models.enums import MotionKind
    from forum_kit.services import assemblies as asm

    day = parse_date(args.meeting_date, "--meeting-date")
    votes = _votes(args.votes)
    pairs = []
    for entry in args.member:
        fingerprint, sep, vote = entry.rpartition("=")
        if not sep:
            raise InvalidInput(_("--member: give FINGERPRINT=VOTE, e.g. ABCD-...=for."))
        pairs.append((fingerprint.strip(), vote.strip().lower()))
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        meeting = _own_meeting(session, _council_id(session, args.council), day)
        item = _item(session, meeting.id, args.item)
        asm.record_motion(
            session, meeting_id=meeting.id, text=item.title, kind=MotionKind.ORDINARY,
            result=args.result, votes_for=votes[0], votes_against=votes[1],
            abstentions=votes[2], agenda_item_id=item.id,
        )
        for fingerprint, vote in pairs:
            record_member_vote(session, agenda_item_id=item.id, member_fingerprint=fingerprint,
                               vote=vote)
    print(_("Item {n} ({item}): {result}; member votes: {votes}.").format(
        n=item.ordinal, item=item.title, result=args.result, votes=len(pairs)))
    return 0


def _decisions(args: argparse.Namespace) -> int:
    from forum_kit.exchange.downward import export_decisions

    day = parse_date(args.meeting_date, "--meeting-date")
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        result = export_decisions(
            session, recipient_fingerprint=args.to, meeting_date=day,
            now=dt.datetime.now(dt.UTC), default_name=vault.name,
            council_id=_council_id(session, args.council),
        )
        write_atomic(args.out, result.data)
    print(_("Decisions of {council}, meeting of {day}; items: {n}.").format(
        council=result.council, day=day.isoformat(), n=result.items))
    for line in result.against:
        print(_("  Voted against its mandate: item {item}.").format(item=line))
    print(_("Written: {out} (decisions {id}).").format(out=args.out, id=result.file_id[:8]))
    return 0


def _reports(args: argparse.Namespace) -> int:
    from forum_kit.cli.output import table
    from forum_kit.queries.confederation import report_backs

    with opened_vault(args) as vault, vault.unit_of_work() as session:
        rows = report_backs(session)
    if not rows:
        print(_("No council decisions imported yet; import them with 'forum-kit bundle "
                "import'."))
        return 0
    print(_("Council decisions and report-backs"))
    print(table(
        (_("Council"), _("Meeting"), "#", _("Item"), _("Decision"), _("Mandate"),
         _("Delegate's vote"), _("Carried out")),
        [(r.council, r.meeting_date.isoformat(), r.ordinal, r.title, r.result,
          r.mandate or "-", (r.delegate_vote or "-") + (_(" (AGAINST MANDATE)")
                                                        if r.against_mandate else ""),
          r.carried_out or "-") for r in rows],
    ))
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    from forum_kit.cli.output import table
    from forum_kit.queries import rollup

    day = parse_date(args.meeting_date, "--meeting-date") if args.meeting_date else None
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        found = rollup.conflicts(session, meeting_date=day)
    if not found:
        print(_("No item divides the members' mandates."))
        return 0
    print(_("Items where the members' mandates disagree"))
    print(table(
        (_("Meeting"), "#", _("Item"), _("Mandates")),
        [(t.meeting_date.isoformat(), t.ordinal, t.item_title,
          "; ".join(f.summary() for f in t.forums)) for t in found],
    ))
    return 0


def _threshold(args: argparse.Namespace) -> int:
    from forum_kit.small_numbers import get_threshold, set_threshold

    with opened_vault(args) as vault, vault.unit_of_work() as session:
        if args.value is not None:
            set_threshold(session, args.value)
        value = get_threshold(session)
    print(_("Small-numbers threshold: {n} (a figure about fewer than {n} people is shown as "
            "such in bundles, briefings and roll-ups).").format(n=value))
    return 0


ACTIONS = {
    "agenda": _agenda,
    "mandate": _mandate,
    "elect": _elect,
    "recall": _recall,
    "decide": _decide,
    "decisions": _decisions,
    "reports": _reports,
    "conflicts": _conflicts,
    "threshold": _threshold,
}
