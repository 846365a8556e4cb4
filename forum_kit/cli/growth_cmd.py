"""``forum-kit growth``: committee growth per area of a workplace, as of a date, from history.

One table per workplace: headcount, mapped, assessed and supporters as percentages, committee
members against the 1:10 target, one-on-ones in the last 90 days and follow-ups due. Rows below
the target are marked with ``<``.
"""

from __future__ import annotations

import argparse
from typing import Any

from forum_kit.cli.common import add_secret_options, add_vault_path, opened_vault, parse_date
from forum_kit.i18n import N_, _
from forum_kit.percent import pct_text

HEADERS = (N_("Area"), N_("Head"), N_("Mapped"), N_("Assessed"), N_("Support"), "C", N_("Target"),
           N_("Ratio"), N_("1:1s 90d"), N_("F-ups"), "")
RIGHT = (False, True, True, True, True, True, True, True, True, True, False)


def register(subparsers: Any) -> None:
    """Add the growth command."""
    p = subparsers.add_parser(
        "growth", help="committee growth per area as of a date",
        description="A table per area: headcount, mapped %%, assessed %%, supporters %%, "
        "committee members against the 1:10 target, one-on-ones and follow-ups.")
    add_vault_path(p)
    p.add_argument("--workplace", metavar="NAME_OR_ID",
                   help="only this workplace (default: all)")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="the date (default: today)")
    add_secret_options(p)
    p.set_defaults(handler=run)


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"1:{value:.0f}" if value >= 1 else f"1:{value:.1f}"


def _choose(rows: list[Any], wanted: str | None) -> list[Any]:
    from forum_kit.errors import NotFound

    if wanted is None:
        return rows
    key = wanted.strip().casefold()
    chosen = [r for r in rows if str(r.id) == key or r.name.casefold() == key]
    if not chosen:
        chosen = [r for r in rows if key and key in r.name.casefold()]
    if len(chosen) != 1:
        raise NotFound(
            _("No single workplace matches --workplace; give its number or full name "
            "(run without --workplace to see them all).")
        )
    return chosen


def run(args: argparse.Namespace) -> int:
    """Print one table per workplace."""
    from forum_kit.cli.output import table
    from forum_kit.growth import workplace_figures
    from forum_kit.queries.areas import area_tree, workplaces

    as_of = parse_date(args.as_of, "--as-of")
    output: list[str] = []
    with opened_vault(args) as vault, vault.unit_of_work() as session:
        for wp in _choose(workplaces(session, counts=False), args.workplace):
            figures = workplace_figures(session, workplace_id=wp.id, as_of=as_of)
            # indent by depth so "Nights" under "Inbound" reads as part of the tree
            depth = {node.id: node.depth for node in area_tree(session, wp.id, counts=False)}
            rows = [
                ("  " * depth.get(f.area_id, 0) + f.area_name, f.headcount,
                 pct_text(f.mapped_pct, gap=""), pct_text(f.assessed_pct, gap=""),
                 pct_text(f.supporters_pct, gap=""), f.committee_members, f.target_members,
                 _ratio(f.committee_ratio), f.one_on_ones_90d, f.follow_ups_due,
                 "<" if f.below_target else "")
                for f in figures
            ]
            output.append(f"{wp.name} (#{wp.id}) as of {as_of.isoformat()}")
            output.append(table(tuple(_(h) if h else h for h in HEADERS), rows, right=RIGHT)
                          if rows else _("  (no areas)"))
            output.append("")
    if not output:
        print(_("The vault has no workplaces yet."))
        return 0
    print("\n".join(output))
    print(_("C = committee members; Target = one per ten coworkers; < = below target."))
    return 0
