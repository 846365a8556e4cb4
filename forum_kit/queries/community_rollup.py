"""A council's roll-up of its members' mutual-aid and time-bank figures, the kind of each member
(a workers' forum or a street assembly), and the retaliation incidents forums chose to send.

Reads only what bundles brought (``rollup_community``, ``rollup_retaliation``, the summary of
``received_bundles``). Figures arrive protected; the total over members adds only what is shown
exactly, and reads "at least" as soon as one member's figure is hidden, so the council's total
never gives a forum's hidden count back.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.measures import MEASURES, YEAR
from forum_kit.models.community_rollup import RollupCommunity, RollupRetaliation
from forum_kit.models.federation import ReceivedBundle, TrustedPeer
from forum_kit.small_numbers import EXACT, Protected, sum_protected

__all__ = [
    "ALL_MEMBERS",
    "CommunityRollupRow",
    "RetaliationReceived",
    "community_by_forum",
    "place_kinds",
    "retaliation_received",
]

ALL_MEMBERS = "All members"


def place_kinds(session: Session) -> dict[int, str]:
    """Peer id -> the kind of place its latest bundle spoke for ("workplace" when it said
    nothing: a bundle from before format 1.1)."""
    kinds: dict[int, tuple[dt.datetime, str]] = {}
    for peer_id, created, summary in session.execute(
        sa.select(ReceivedBundle.peer_id, ReceivedBundle.created_at, ReceivedBundle.summary)
    ):
        try:
            kind = str(json.loads(summary or "{}").get("place_kind") or "workplace")
        except (ValueError, AttributeError):
            kind = "workplace"
        if peer_id not in kinds or created > kinds[peer_id][0]:
            kinds[peer_id] = (created, kind)
    return {peer: kind for peer, (_created, kind) in kinds.items()}


@dataclass(frozen=True)
class CommunityRollupRow:
    """One member's (or all members') mutual-aid and time-bank figures over a year."""

    forum: str
    place_kind: str
    as_of: dt.date | None
    values: tuple[tuple[str, Protected], ...]

    def get(self, measure: str) -> Protected | None:
        return dict(self.values).get(measure)


def community_by_forum(session: Session) -> list[CommunityRollupRow]:
    """Each member's latest year figures, by name, then the total over members."""
    latest = (
        sa.select(RollupCommunity.peer_id, sa.func.max(RollupCommunity.as_of).label("as_of"))
        .group_by(RollupCommunity.peer_id)
        .subquery()
    )
    rows = session.execute(
        sa.select(
            RollupCommunity.peer_id,
            RollupCommunity.forum_name,
            RollupCommunity.place_kind,
            RollupCommunity.as_of,
            RollupCommunity.measure,
            RollupCommunity.value,
            RollupCommunity.qualifier,
        )
        .join(
            latest,
            sa.and_(
                latest.c.peer_id == RollupCommunity.peer_id, latest.c.as_of == RollupCommunity.as_of
            ),
        )
        .where(RollupCommunity.period == YEAR)
    ).all()
    forums: dict[int, dict] = {}
    for peer, name, kind, as_of, measure, value, qualifier in rows:
        entry = forums.setdefault(peer, {"name": name, "kind": kind, "as_of": as_of, "values": {}})
        entry["values"][measure] = Protected(value, qualifier or EXACT)
    measures = [m for m, _words in MEASURES]
    out = [
        CommunityRollupRow(
            e["name"],
            e["kind"],
            e["as_of"],
            tuple((m, e["values"][m]) for m in measures if m in e["values"]),
        )
        for e in sorted(forums.values(), key=lambda e: e["name"].casefold())
    ]
    if out:
        totals = []
        for m in measures:
            parts = [r.get(m) for r in out if r.get(m) is not None]
            if parts:
                totals.append((m, sum_protected(parts)))  # type: ignore[arg-type]
        out.append(CommunityRollupRow(ALL_MEMBERS, "", min(r.as_of for r in out), tuple(totals)))
    return out


@dataclass(frozen=True)
class RetaliationReceived:
    forum: str
    occurred_on: dt.date
    what: str
    management: str
    grievance: str
    witnesses: int


def retaliation_received(session: Session) -> list[RetaliationReceived]:
    """Incidents forums chose to send, oldest first."""
    rows = session.execute(
        sa.select(
            RollupRetaliation.forum_name,
            RollupRetaliation.occurred_on,
            RollupRetaliation.what,
            RollupRetaliation.management,
            RollupRetaliation.grievance,
            RollupRetaliation.witnesses,
        )
        .join(TrustedPeer, TrustedPeer.id == RollupRetaliation.peer_id)
        .order_by(RollupRetaliation.occurred_on, RollupRetaliation.id)
    ).all()
    return [RetaliationReceived(*r) for r in rows]
