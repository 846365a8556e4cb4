"""The figures a body sends up in its bundle, under the small-numbers rule, at any tier.

Owns the ``figures`` section of a bundle (format 1.1): a forum's areas under its own total, taken
from its chart (``queries.bundle_figures``); a council's (or an assembly of councils') sum of what
its members last sent, per member or only in total as it chooses, taken from its roll-up tables
and nothing else, so a figure a member withheld or hid cannot reappear higher up. Every table is
protected by ``forum_kit.small_numbers`` with the sending vault's threshold before it leaves.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.models.assembly import Body
from forum_kit.models.enums import BodyKind
from forum_kit.models.federation import RollupCount, RollupFigure, TrustedPeer
from forum_kit.queries.bundle_figures import bundle_figures
from forum_kit.small_numbers import (
    COUNT_FIELDS,
    bound_fields,
    protect_counts,
    protect_rows,
    total_of,
)

__all__ = [
    "MemberTotal",
    "council_table",
    "figures_payload",
    "member_counts",
    "member_totals",
    "tree_parents",
]

_ROW_FIELDS = (*COUNT_FIELDS, "target_members")


def tree_parents(depths: list[int]) -> list[int | None]:
    """Parents of a depth-first table of areas under a root at index 0 (rows 1..n)."""
    parents: list[int | None] = [None]
    stack: list[tuple[int, int]] = []  # (depth, index)
    for i, depth in enumerate(depths, start=1):
        while stack and stack[-1][0] >= depth:
            stack.pop()
        parents.append(stack[-1][1] if stack and stack[-1][0] == depth - 1 else 0)
        stack.append((depth, i))
    return parents


def _fields(stored: str | None) -> list[str]:
    """The figures stored as lower bounds (comma-separated names)."""
    return [f for f in (stored or "").split(",") if f]


def _area_payload(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "area": row["area"],
        "depth": row["depth"],
        "top": row["top"],
        **{f: row[f] for f in _ROW_FIELDS},
        "supporters_pct": row["supporters_pct"],
        "last_test_pct": row["last_test_pct"],
        "at_least": row["at_least"],
    }


def _forum_table(session: Session, body: Body, as_of: date) -> tuple[list[dict], Any]:
    figures = bundle_figures(session, forum_id=body.id, as_of=as_of)
    rows = [
        {
            "area": a.area,
            "depth": a.depth,
            "top": a.top,
            "headcount": a.headcount,
            "supporters": a.supporters,
            "committee_members": a.committee_members,
            "target_members": a.target_members,
            "one_on_ones_90d": a.one_on_ones_90d,
            "open_grievances": a.open_grievances,
            "supporters_pct": a.supporters_pct,
            "last_test_pct": a.last_test_pct,
        }
        for a in figures.areas
    ]
    top = [r for r in rows if r["top"]]
    total = {
        "area": body.name,
        "depth": 0,
        "top": False,
        **{f: sum(r[f] for r in top) for f in _ROW_FIELDS},
        "supporters_pct": None,
        "last_test_pct": None,
    }
    return [total, *rows], figures


class MemberTotal(dict):  # type: ignore[type-arg]
    """One member's latest figures as its bundle stated them (a plain dict of the row fields,
    with ``area`` the member's name and ``as_of``)."""


def member_totals(session: Session, *, latest: bool = True) -> list[MemberTotal]:
    """Each member's latest total as received (every total sent, by date, when ``latest`` is
    False): its own total row (format 1.1), or the sum of its top-level areas (1.0), where an
    unknown part makes a lower bound; by member name (and date)."""
    query = sa.select(RollupFigure)
    if latest:
        newest = (
            sa.select(RollupFigure.peer_id, sa.func.max(RollupFigure.as_of).label("as_of"))
            .group_by(RollupFigure.peer_id)
            .subquery()
        )
        query = query.join(
            newest,
            sa.and_(newest.c.peer_id == RollupFigure.peer_id, newest.c.as_of == RollupFigure.as_of),
        )
    found = session.execute(
        query.order_by(RollupFigure.peer_id, RollupFigure.as_of, RollupFigure.position)
    ).scalars()
    grouped: dict[tuple[int, date], list[RollupFigure]] = defaultdict(list)
    for r in found:
        grouped[(r.peer_id, r.as_of)].append(r)
    out: list[MemberTotal] = []
    for (peer_id, as_of), rows in grouped.items():
        own = [r for r in rows if r.total]
        parts = own or [r for r in rows if r.top]
        entry = MemberTotal(
            peer_id=peer_id,
            area=rows[0].forum_name,
            as_of=as_of,
            depth=0,
            top=True,
            last_test_pct=None,
            areas=sum(1 for r in rows if r.top and not r.total),
        )
        marked = set().union(*(bound_fields(_fields(r.at_least)) for r in parts))
        for f in _ROW_FIELDS:
            value, bound = total_of([getattr(r, f) for r in parts])
            entry[f] = value
            if bound and len(parts) > 1:
                marked.add(f)
        entry["at_least"] = sorted(marked & {f for f in _ROW_FIELDS if entry[f] is not None})
        entry["supporters_pct"] = None
        out.append(entry)
    return sorted(out, key=lambda e: (e["as_of"], str(e["area"]).casefold(), e["peer_id"]))


def member_counts(session: Session) -> dict[str, dict[str, tuple[int | None, bool]]]:
    """Counted categories summed over members' latest figures: kind -> label -> (sum, lower
    bound?); a category some member hid is the sum of the rest, as a lower bound."""
    latest = (
        sa.select(RollupCount.peer_id, sa.func.max(RollupCount.as_of).label("as_of"))
        .group_by(RollupCount.peer_id)
        .subquery()
    )
    parts: dict[tuple[str, str], list[tuple[int | None, bool]]] = defaultdict(list)
    for kind, label, count, bound in session.execute(
        sa.select(RollupCount.kind, RollupCount.label, RollupCount.count, RollupCount.at_least)
        .join(TrustedPeer, TrustedPeer.id == RollupCount.peer_id)
        .join(
            latest,
            sa.and_(latest.c.peer_id == RollupCount.peer_id, latest.c.as_of == RollupCount.as_of),
        )
    ):
        parts[(kind, label)].append((count, bool(bound)))
    out: dict[str, dict[str, tuple[int | None, bool]]] = {"grievance": {}, "issue": {}}
    for (kind, label), values in parts.items():
        value, bound = total_of([v for v, _ in values])
        out.setdefault(kind, {})[label] = (value, bound or any(b for _, b in values))
    return out


def council_table(
    session: Session, threshold: int, *, name: str
) -> tuple[list[dict[str, Any]], list[MemberTotal]]:
    """The protected table of a council: its total first, then one row per member."""
    members = sorted(
        member_totals(session), key=lambda e: (str(e["area"]).casefold(), e["peer_id"])
    )
    total: dict[str, Any] = {"area": name, "depth": 0, "top": False, "last_test_pct": None}
    for f in _ROW_FIELDS:
        total[f] = total_of([m[f] for m in members])[0] if members else 0
    total["supporters_pct"] = None
    rows = [total, *[dict(m) for m in members]]
    protected = protect_rows(rows, [None] + [0] * len(members), threshold)
    for row in protected[1:]:
        row["depth"], row["top"] = 0, True
    return protected, members


def _counts_payload(
    counts: list[tuple[str, int | None, bool]], threshold: int
) -> list[tuple[str, int | None, bool]]:
    protected = protect_counts([(label, n) for label, n, _ in counts], threshold)
    bounds = {label: b for label, _, b in counts}
    return [(label, n, bounds[label] and n is not None) for label, n, _ in protected]


def figures_payload(
    session: Session, body: Body, *, as_of: date, threshold: int, per_member: bool = True
) -> dict[str, Any]:
    """The bundle's ``figures``: a forum's areas and total, or a council's per-member rows (or
    none, when ``per_member`` is False) and total; counted categories; all protected."""
    if body.kind is BodyKind.FORUM:
        table, figures = _forum_table(session, body, as_of)
        protected = protect_rows(table, tree_parents([r["depth"] for r in table[1:]]), threshold)
        grievances = [(f"{s}/{t}", n, False) for s, t, n in figures.grievances]
        issues = [(t, n, False) for t, n in figures.issues]
    else:
        protected, _ = council_table(session, threshold, name=body.name)
        if not per_member:
            protected = protected[:1]
        counts = member_counts(session)
        grievances = [(k, v, b) for k, (v, b) in sorted(counts["grievance"].items())]
        issues = sorted(
            ((k, v, b) for k, (v, b) in counts["issue"].items()),
            key=lambda t: (-(t[1] or 0), t[0]),
        )
    total = _area_payload(protected[0])
    total["top"] = False
    return {
        "as_of": as_of.isoformat(),
        "areas": [_area_payload(r) for r in protected[1:]],
        "total": total,
        "grievances": [
            {
                "status": label.split("/", 1)[0],
                "type": label.split("/", 1)[-1],
                "count": n,
                "at_least": b,
            }
            for label, n, b in _counts_payload(grievances, threshold)
        ],
        "issues": [
            {"tag": label, "count": n, "at_least": b}
            for label, n, b in _counts_payload(issues, threshold)
        ],
    }
