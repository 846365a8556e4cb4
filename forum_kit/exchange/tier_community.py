"""The mutual-aid and time-bank section of a council's own bundle up (issue 20): its members'
community figures summed, under the small-numbers rule, at any tier.

A council's vault holds no ledger of its own, only what its members' bundles brought
(``rollup_community``). Its bundle to the body above carries the sum over its members' latest
figures, period by period and measure by measure, in the section format of issue 19
(``community_bundle``), so the body above stores and shows it as it would a forum's. The sum is
built only from what the members showed: a part a member withheld or showed as "fewer than N"
is never added in (the total then reads "at least" the parts shown), a count of people that adds
up to fewer than this council's threshold is shown as "fewer than N", and a year figure made of
months reads "at least" as soon as one of its months does, so no month can be worked out from
the year. Money is summed only when every member counts it in the same currency.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.measures import YEAR
from forum_kit.models.community_rollup import RollupCommunity
from forum_kit.models.federation import ReceivedBundle
from forum_kit.places import PLACE_KINDS
from forum_kit.small_numbers import AT_LEAST, EXACT, UNDER, Protected

__all__ = ["council_community_payload", "sum_member_figures"]

# Counts of people (hidden when small); the others are amounts (exchanges, hours, money).
PEOPLE = frozenset({"active_members", "needs_raised", "met_within_week", "helpers"})
# Year figures that are the sum of the months (the distinct people of a year are not).
SUMMED_OVER_MONTHS = frozenset({"exchanges", "minutes", "needs_raised", "met_within_week"})
MONEY = frozenset({"fund_in", "fund_out"})


def _sum(parts: list[Protected], members: int, threshold: int, *, people: bool) -> Protected:
    """Members' protected parts added up as a reader of them could: exact only when every
    member gave this figure exactly, else "at least" what was shown (exact parts and lower
    bounds; a hidden or withheld part adds nothing)."""
    if len(parts) == members and all(p.exact for p in parts):
        total = sum(int(p.value or 0) for p in parts)
        if people and 0 < total < threshold:
            return Protected(threshold, UNDER)
        return Protected(total)
    shown = sum(int(p.value or 0) for p in parts if p.qualifier in (EXACT, AT_LEAST))
    return Protected(shown, AT_LEAST)


def sum_member_figures(
    figures: dict[int, list[tuple[str, str, Protected]]], threshold: int
) -> list[tuple[str, str, Protected]]:
    """(period, measure, value) summed over members (member -> its figures), protected."""
    by_key: dict[tuple[str, str], list[Protected]] = defaultdict(list)
    for rows in figures.values():
        for period, measure, value in rows:
            by_key[(period, measure)].append(value)
    members = len(figures)
    totals = {
        key: _sum(parts, members, threshold, people=key[1] in PEOPLE)
        for key, parts in by_key.items()
    }
    for (period, measure), year in list(totals.items()):
        if period != YEAR or measure not in SUMMED_OVER_MONTHS or not year.exact:
            continue
        months = [v for (p, m), v in totals.items() if m == measure and p != YEAR]
        if any(not v.exact for v in months):
            shown = sum(int(v.value or 0) for v in months if v.exact)
            totals[(period, measure)] = Protected(shown, AT_LEAST)
    return [(p, m, v) for (p, m), v in sorted(totals.items(), key=lambda kv: kv[0])]


def _currencies(session: Session, peers: set[int]) -> set[str]:
    """The currency each member's latest bundle counted its fund in ("" when it had none)."""
    latest: dict[int, tuple[dt.datetime, str]] = {}
    for peer, created, summary in session.execute(
        sa.select(ReceivedBundle.peer_id, ReceivedBundle.created_at, ReceivedBundle.summary).where(
            ReceivedBundle.peer_id.in_(peers)
        )
    ):
        try:
            currency = str(json.loads(summary or "{}").get("currency") or "")
        except (ValueError, AttributeError):
            currency = ""
        if peer not in latest or created > latest[peer][0]:
            latest[peer] = (created, currency)
    return {c for _created, c in latest.values()}


def council_community_payload(
    session: Session, *, as_of: dt.date, threshold: int
) -> dict[str, Any] | None:
    """The community section of a council's bundle: its members' latest figures summed (None
    when no member sent any)."""
    latest = (
        sa.select(RollupCommunity.peer_id, sa.func.max(RollupCommunity.as_of).label("as_of"))
        .where(RollupCommunity.as_of <= as_of)
        .group_by(RollupCommunity.peer_id)
        .subquery()
    )
    rows = session.execute(
        sa.select(
            RollupCommunity.peer_id,
            RollupCommunity.place_kind,
            RollupCommunity.period,
            RollupCommunity.measure,
            RollupCommunity.value,
            RollupCommunity.qualifier,
        ).join(
            latest,
            sa.and_(
                latest.c.peer_id == RollupCommunity.peer_id,
                latest.c.as_of == RollupCommunity.as_of,
            ),
        )
    ).all()
    if not rows:
        return None
    figures: dict[int, list[tuple[str, str, Protected]]] = defaultdict(list)
    kinds = set()
    for peer, kind, period, measure, value, qualifier in rows:
        kinds.add(kind)
        figures[peer].append((period, measure, Protected(value, qualifier or EXACT)))
    currencies = _currencies(session, set(figures))
    currency = next(iter(currencies)) if len(currencies) == 1 else ""
    if len(currencies) > 1:  # amounts in different currencies do not add up
        figures = {peer: [f for f in rows_ if f[1] not in MONEY] for peer, rows_ in figures.items()}
    kind = next(iter(kinds)) if len(kinds) == 1 else "workplace"
    return {
        "place_kind": kind if kind in PLACE_KINDS else "workplace",
        "threshold": threshold,
        "as_of": as_of.isoformat(),
        "currency": currency,
        "figures": [
            {"period": p, "measure": m, "value": v.value, "q": v.qualifier}
            for p, m, v in sum_member_figures(figures, threshold)
        ],
    }
