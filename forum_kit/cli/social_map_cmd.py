"""``forum-kit social-map`` and ``forum-kit coverage``: the Map page's picture and coverage tab on
the command line. ``social-map`` prints per area of a workplace its people, supporters, committee
against one in ten, organic leaders, people no committee member's ties reach, ties to other areas,
zone and open hazards (counts and area names only, never a coworker's name); ``coverage`` prints
the one-to-ten rule by area, shift, language or job, or one against another, marking the groups
where the committee has nobody. Both as of a date (where people were then).
"""

from __future__ import annotations

import argparse
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault, parse_date
from forum_kit.i18n import _, ngettext

DIMENSIONS = ("area", "shift", "language", "job")


def register(subparsers: Any) -> None:
    """Add the social-map and coverage commands."""
    p = subparsers.add_parser(
        "social-map",
        help="per area: strength, leaders, unreached, ties, zones, hazards",
        description="The picture of each workplace in figures: per area its people, "
        "supporters %%, committee against one in ten, organic leaders, people no committee "
        "member's ties reach, ties to other areas, zone and open hazards.",
    )
    add_vault_path(p)
    p.add_argument("--workplace", metavar="NAME_OR_ID", help="only this workplace")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="the date (default: today)")
    add_secret_options(p)
    p.set_defaults(handler=run_map)
    c = subparsers.add_parser(
        "coverage",
        help="the one-to-ten rule by area, shift, language or job",
        description="Committee members against one in ten coworkers, by one grouping or two "
        "(a matrix); '!' marks a group where the committee has nobody.",
    )
    add_vault_path(c)
    c.add_argument("--workplace", metavar="NAME_OR_ID", help="only this workplace")
    c.add_argument("--by", choices=DIMENSIONS, default="area", help="rows (default: area)")
    c.add_argument("--against", choices=DIMENSIONS, help="columns: a second grouping")
    c.add_argument("--as-of", metavar="YYYY-MM-DD", help="the date (default: today)")
    add_secret_options(c)
    c.set_defaults(handler=run_coverage)


def _workplaces(session: Any, wanted: str | None) -> list[Any]:
    from forum_kit.cli.growth_cmd import _choose
    from forum_kit.queries.areas import workplaces

    return _choose(workplaces(session, counts=False), wanted)


def run_map(args: argparse.Namespace) -> int:
    from forum_kit.cli.output import table
    from forum_kit.queries.social_map import social_map

    as_of = parse_date(args.as_of, "--as-of")
    out: list[str] = []
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        for wp in _workplaces(session, args.workplace):
            picture = social_map(session, workplace_id=wp.id, as_of=as_of)
            linked: dict[int, int] = {}
            for tie in picture.ties:
                linked[tie.area_a] = linked.get(tie.area_a, 0) + tie.ties
                linked[tie.area_b] = linked.get(tie.area_b, 0) + tie.ties
            rows = [
                (
                    "  " * a.depth + a.name,
                    a.headcount,
                    f"{a.supporters_pct:.0f}%",
                    f"{a.committee_members}/{a.target_members}",
                    a.leaders,
                    a.unreached,
                    a.ties_inside,
                    linked.get(a.area_id, 0),
                    a.zone or "",
                    "; ".join(a.hazards),
                )
                for a in picture.areas
            ]
            out.append(_("{name} (#{id}) as of {isoformat}").format(
                         name=wp.name,
                         id=wp.id,
                         isoformat=as_of.isoformat()))
            out.append(
                table(
                    (
                        _("Area"),
                        _("Head"),
                        _("Support"),
                        _("C/need"),
                        _("Leaders"),
                        _("Unreached"),
                        _("Ties in"),
                        _("Ties out"),
                        _("Zone"),
                        _("Hazards"),
                    ),
                    rows,
                    right=(False, True, True, True, True, True, True, True, False, False),
                )
                if rows
                else _("  (no areas)")
            )
            out.append("")
    return _print(
        out,
        "C/need = committee members / one per ten; Unreached = tied to nobody "
        "on the committee; Ties out = ties to people of other areas (leaf areas).",
    )


def _print(out: list[str], note: str) -> int:
    """The tables of each workplace and a note on their words (or that there are none)."""
    if not out:
        print(_("The vault has no workplaces yet."))
        return 0
    print("\n".join(out))
    print(note)
    return 0


def run_coverage(args: argparse.Namespace) -> int:
    from forum_kit.cli.output import table
    from forum_kit.errors import InvalidInput
    from forum_kit.queries.coverage import coverage

    if args.against == args.by:
        raise InvalidInput(_("--against must be another grouping than --by."))
    as_of = parse_date(args.as_of, "--as-of")
    out: list[str] = []

    def text(cell: Any) -> str:
        if not cell.people:
            return ""
        return f"{cell.people}/{cell.members}" + ("!" if cell.nobody else "")

    with opened_vault(args) as vault, vault.unit_of_work() as session:
        for wp in _workplaces(session, args.workplace):
            m = coverage(
                session, workplace_id=wp.id, rows=args.by, columns=args.against, as_of=as_of
            )
            name = {k: k or "(not recorded)" for k in (*m.row_keys, *m.column_keys)}
            if args.against:
                headers = (args.by.capitalize(), *(name[k] for k in m.column_keys), "Total")
                rows = [
                    (name[r], *(text(m.cell(r, c)) for c in m.column_keys), text(m.row_totals[r]))
                    for r in m.row_keys
                ]
                rows.append(
                    ("Total", *(text(m.column_totals[c]) for c in m.column_keys), text(m.total))
                )
            else:
                headers = (args.by.capitalize(), "People", "C", "CH", "Need", "Short", "")
                rows = [
                    (
                        name[r],
                        c.people,
                        c.members,
                        c.helpers,
                        c.needed,
                        c.short,
                        "nobody" if c.nobody else "",
                    )
                    for r in m.row_keys
                    for c in (m.row_totals[r],)
                ]
                t = m.total
                rows.append(("Total", t.people, t.members, t.helpers, t.needed, t.short, ""))
            out.append(
                ngettext("{name} (#{id}) as of {isoformat}: the committee has nobody in "
                         "{gaps} group",
                         "{name} (#{id}) as of {isoformat}: the committee has nobody in "
                         "{gaps} groups", m.gaps).format(
                  name=wp.name,
                  id=wp.id,
                  isoformat=as_of.isoformat(),
                  gaps=m.gaps)
            )
            out.append(table(headers, rows, right=[False] + [True] * (len(headers) - 1)))
            out.append("")
    return _print(
        out,
        "people/committee members (C); ! = nobody on the committee there; one in ten needed."
        if args.against
        else "C = committee members, CH = helpers; Need = one in ten.",
    )
