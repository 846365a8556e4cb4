"""``forum-kit bundle``: send a forum's council bundle, import bundles in a council vault, and
show the council's roll-up.

``export`` builds the bundle for one council meeting (from a forum, or from a council to the
body above it, with its members' figures per member or only in total), says what personal data
it holds (the delegates' names by default), then writes the file atomically; ``import`` checks a
bundle, an agenda or a council's decisions fully (told apart by their first bytes) before
importing it in one transaction, each refusal with its own message and exit status (30-37);
``rollup`` prints the mandates per agenda item side by side, figures per member and in total
(under the small-numbers rule) and the delegates each member listed last. The confederation's
other steps are in ``bundle_steps``.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from forum_kit.cli.bundle_steps import ACTIONS, register_actions
from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault, parse_date, warn
from forum_kit.files import write_atomic
from forum_kit.i18n import _, pgettext


def register(subparsers: Any) -> None:
    """Add ``bundle`` and its actions."""
    p = subparsers.add_parser(
        "bundle",
        help="council bundles: export, import, roll-up",
        description="Signed, encrypted bundles that carry a forum's mandates and aggregated "
        "figures to its council.",
    )
    actions = p.add_subparsers(dest="bundle_action", metavar="ACTION")
    export = actions.add_parser("export", help="write a bundle for a council meeting")
    add_vault_path(export)
    export.add_argument(
        "--council-fingerprint",
        required=True,
        metavar="XXXX-XXXX-...",
        help="the trusted council's fingerprint (see 'forum-kit keys list')",
    )
    export.add_argument("--meeting-date", required=True, metavar="YYYY-MM-DD")
    export.add_argument("--out", required=True, type=Path, metavar="FILE")
    export.add_argument(
        "--forum", "--from", dest="forum", metavar="NAME",
        help="the sending forum (or a council sending to the body above it)",
    )
    export.add_argument(
        "--total-only", action="store_true",
        help="a council: send its members' figures only in total, not per member",
    )
    export.add_argument("--council", metavar="NAME", help="the council if several meet that day")
    export.add_argument(
        "--as-of", metavar="YYYY-MM-DD", help="date of the figures (default: today)"
    )
    export.add_argument(
        "--include-retaliation", action="store_true",
        help="also send the retaliation log (dates, what happened, managers; no member named)",
    )
    add_secret_options(export)
    imp = actions.add_parser(
        "import", help="check and import a bundle, an agenda or decisions from a trusted vault"
    )
    add_vault_path(imp)
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--allow-older",
        action="store_true",
        help="import even if older than the last bundle from that forum",
    )
    add_secret_options(imp)
    rollup = actions.add_parser("rollup", help="the council's roll-up of imported bundles")
    add_vault_path(rollup)
    rollup.add_argument("--meeting-date", metavar="YYYY-MM-DD", help="only this council meeting")
    add_secret_options(rollup)
    register_actions(actions)
    p.set_defaults(handler=run)




def _body_id(session: Any, name: str | None, kind: str | None) -> int | None:
    import sqlalchemy as sa

    from forum_kit.errors import NotFound
    from forum_kit.models.assembly import Body

    if name is None:
        return None
    query = sa.select(Body.id).where(Body.name == name.strip())
    if kind is not None:
        query = query.where(Body.kind == kind)
    found = session.execute(query).scalar_one_or_none()
    if found is None:
        raise NotFound(_("No {kind} with that name in this vault; check "
                         "--{kind}.").format(kind=kind))
    return found


def _export(args: argparse.Namespace) -> int:
    from forum_kit.exchange.bundle_export import export_bundle

    meeting_date = parse_date(args.meeting_date, "--meeting-date")
    as_of = parse_date(args.as_of, "--as-of") if args.as_of else None
    now = datetime.now(UTC)
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        result = export_bundle(
            session,
            council_fingerprint=args.council_fingerprint,
            meeting_date=meeting_date,
            now=now,
            default_name=vault.name,
            forum_id=_body_id(session, args.forum, None),
            council_id=_body_id(session, args.council, "council"),
            as_of=as_of,
            per_member=not args.total_only,
            include_retaliation=args.include_retaliation,
        )
        print(_("Bundle for {council_name}, meeting of "
                "{value}:").format(
                        council_name=result.council_name, value=meeting_date.isoformat()))
        print(
            _("  Mandates and report-backs: {mandates}; areas of figures: {areas}.").format(
                mandates=len(result.payload['mandates']),
                areas=len(result.payload['figures']['areas']))
        )
        if result.personal_data:
            print(_("Personal data in this bundle:"))
            for line in result.personal_data:
                print(f"  - {line}")
            print(_("  Delegates are elected officers; no coworker names, notes, phones or "
                    "e-mails."))
        else:
            print(_("Personal data in this bundle: none."))
        # Written inside the unit of work: a failed write rolls back the "sent" record.
        write_atomic(args.out, result.data)
    print(_("Written: {out} (bundle "
            "{bundle_id}).").format(out=args.out, bundle_id=result.bundle_id[:8]))
    return 0


def _import(args: argparse.Namespace) -> int:
    from forum_kit.exchange.bundle_import import import_bundle
    from forum_kit.exchange.bundles import read_bundle_file
    from forum_kit.exchange.downward import kind_of

    data = read_bundle_file(args.file)
    if kind_of(data) != "bundle":
        return _import_down(args, data)
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        result = import_bundle(
            session,
            data,
            now=datetime.now(UTC),
            default_name=vault.name,
            allow_older=args.allow_older,
        )
    for line in result.warnings:
        warn(line)
    print(
        _("Imported bundle {bundle_id} from {forum} (trusted as "
        "'{peer}'): meeting {value}; mandates: {mandates}, areas: {areas}, "
        "delegates: {delegates}.").format(
                bundle_id=result.bundle_id[:8], forum=result.forum, peer=result.peer,
                value=result.meeting_date.isoformat(), mandates=result.mandates,
                areas=result.areas, delegates=result.delegates)
    )
    return 0


def _import_down(args: argparse.Namespace, data: bytes) -> int:
    from forum_kit.exchange import downward

    with opened_vault(args) as vault, vault.unit_of_work() as session:
        take = downward.import_agenda if downward.kind_of(data) == "agenda" else (
            downward.import_decisions)
        result = take(session, data, now=datetime.now(UTC), default_name=vault.name,
                      allow_older=args.allow_older)
    for line in result.warnings:
        warn(line)
    day = result.meeting_date.isoformat()
    if result.kind == "agenda":
        print(_("Imported the agenda of {council}, meeting of {day} (items: {n}), ready for "
                "mandates.").format(council=result.council, day=day, n=result.items))
        return 0
    print(_("Imported the decisions of {council}, meeting of {day}. Items: {n}; "
            "report-back drafts filled: {d}.").format(
                council=result.council, day=day, n=result.items, d=result.drafts))
    for line in result.against:
        print(_("  Our delegate voted against the mandate on item {item}.").format(item=line))
    return 0


def _count(f: Any, attr: str) -> str:
    from forum_kit.small_numbers import shown

    if attr in f.hidden:  # hidden only so that a total cannot give a small one back
        return _("hidden")
    return shown(getattr(f, attr), f.threshold, at_least=attr in f.at_least)


def _rollup(args: argparse.Namespace) -> int:
    from forum_kit.cli.output import table
    from forum_kit.queries import rollup

    meeting_date = parse_date(args.meeting_date, "--meeting-date") if args.meeting_date else None
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        tally = rollup.mandate_tally(session, meeting_date=meeting_date)
        forums = rollup.figures_by_forum(session)
        total = rollup.figures_total(session)
        delegates = rollup.delegates_by_forum(session)
        from forum_kit.queries import community_rollup

        community = community_rollup.community_by_forum(session)
        incidents = community_rollup.retaliation_received(session)
    if not tally and not forums:
        print(_("No bundles imported yet; import one with 'forum-kit bundle import'."))
        return 0
    if tally:
        rows = [
            (
                t.meeting_date.isoformat(),
                t.ordinal,
                t.item_title,
                t.for_,
                t.against,
                t.abstain,
                t.free,
                "; ".join(f.summary() for f in t.forums),
            )
            for t in tally
        ]
        headers = (_("Meeting"), "#", _("Item"),
                   pgettext("votes for a motion", "For"), _("Against"), _("Abst."), _("Free"),
                   _("Forums"))
        right = (False, True, False, True, True, True, True, False)
        print(_("Mandates per agenda item (number of forums)"))
        print(table(headers, rows, right=right))
        print()
        # each member's mandate in full: the table's last column is cut to fit a terminal
        print(_("How each member mandated its delegate (and how it decided)"))
        for t in tally:
            for f in t.forums:
                print(f"  {t.meeting_date.isoformat()} #{t.ordinal} {f.summary()}")
        print()
    if forums:
        rows = [
            (
                f.forum,
                "-" if f.as_of is None else f.as_of.isoformat(),
                _count(f, "headcount"),
                "-" if f.supporters_pct is None else f"{f.supporters_pct:.0f}%",
                _count(f, "committee_members"),
                _count(f, "target_members"),
                _count(f, "open_grievances"),
            )
            for f in [*forums, total]
        ]
        headers = (_("Forum"), _("As of"), _("Head"), _("Support"), _("C"), _("Target"),
                   _("Open griev."))
        kinds = {f.forum: f.place_kind for f in forums}
        rows = [(_("{forum} (street assembly)").format(forum=r[0])
                 if kinds.get(r[0]) == "neighbourhood" else r[0], *r[1:]) for r in rows]
        right = (False, False, True, True, True, True, True)
        print(_("Latest figures per forum"))
        print(table(headers, rows, right=right))
        print()
    if delegates:
        rows = [
            (d.forum, d.name, d.role, "recalled" if d.recalled else "active") for d in delegates
        ]
        print(_("Delegates (elected officers) as each forum last reported"))
        print(table((_("Forum"), _("Delegate"), _("Role"), _("Status")), rows))
    from forum_kit.cli.community_common import print_community_rollup

    print_community_rollup(community, incidents)
    return 0


def run(args: argparse.Namespace) -> int:
    """Carry out one ``bundle`` action."""
    action = getattr(args, "bundle_action", None)
    if action == "export":
        return _export(args)
    if action == "import":
        return _import(args)
    if action == "rollup":
        return _rollup(args)
    if action in ACTIONS:
        return ACTIONS[action](args)
    print(_("forum-kit bundle: choose export, import, rollup, {actions}.").format(
        actions=", ".join(ACTIONS)))
    return 2
