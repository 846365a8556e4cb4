"""The council's roll-up of what its forums sent in bundles: mandates side by side per agenda
item, figures per forum (latest) and in total, figures over time, delegates and bundles received.

Reads only the ``rollup_*`` and ``received_bundles`` tables a council vault fills on import.
Agenda items from different forums are matched by (meeting date, ordinal, title ignoring case and
spaces); totals add only each forum's top-level areas so no worker is counted twice.
"""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.i18n import _
from forum_kit.models.federation import (
    ReceivedBundle,
    RollupCount,
    RollupDelegate,
    RollupFigure,
    RollupMandate,
    TrustedPeer,
)
from forum_kit.percent import share
from forum_kit.queries.community_rollup import place_kinds

__all__ = [
    "DelegateEntry",
    "FigurePoint",
    "ForumFigures",
    "ForumInstruction",
    "ItemTally",
    "ReceivedRow",
    "delegates_by_forum",
    "figures_by_forum",
    "figures_over_time",
    "figures_total",
    "mandate_tally",
    "received_bundles",
]


class ForumInstruction(NamedTuple):
    forum: str
    instruction: str
    red_lines: str
    figure_to_hold: str
    carried_out: str | None


@dataclass(frozen=True)
class ItemTally:
    meeting_date: date
    ordinal: int
    item_title: str
    for_: int
    against: int
    abstain: int
    free: int
    forums: tuple[ForumInstruction, ...]


@dataclass(frozen=True)
class ForumFigures:
    """One forum's latest figures (or the total over forums, with ``forum`` "All forums")."""

    forum: str
    as_of: date | None
    areas: int
    headcount: int
    supporters: int
    supporters_pct: float
    committee_members: int
    target_members: int
    one_on_ones_90d: int
    open_grievances: int
    grievances: tuple[tuple[str, int], ...]
    issues: tuple[tuple[str, int], ...]
    # what the member speaks for: a workplace's forum or a street assembly (forum_kit.places)
    place_kind: str = "workplace"


@dataclass(frozen=True)
class FigurePoint:
    forum: str
    as_of: date
    headcount: int
    supporters: int
    supporters_pct: float
    committee_members: int
    target_members: int


@dataclass(frozen=True)
class DelegateEntry:
    forum: str
    name: str
    role: str
    term_start: date
    term_end: date
    recalled: bool
    ended_on: date | None


@dataclass(frozen=True)
class ReceivedRow:
    bundle_id: str
    peer: str
    forum: str
    created_at: datetime
    imported_at: datetime
    meeting_date: date
    mandates: int
    areas: int
    delegates: int


def _item_key(title: str) -> str:
    return " ".join(title.split()).casefold()


def mandate_tally(session: Session, *, meeting_date: date | None = None) -> list[ItemTally]:
    """Per council agenda item: how many forums mandated for, against, abstain or a free vote,
    and each forum's instruction; by meeting date and ordinal."""
    query = sa.select(
        RollupMandate.meeting_date,
        RollupMandate.item_ordinal,
        RollupMandate.item_title,
        RollupMandate.forum_name,
        RollupMandate.instruction,
        RollupMandate.red_lines,
        RollupMandate.figure_to_hold,
        RollupMandate.carried_out,
    ).order_by(
        RollupMandate.meeting_date,
        RollupMandate.item_ordinal,
        RollupMandate.forum_name,
        RollupMandate.id,
    )
    if meeting_date is not None:
        query = query.where(RollupMandate.meeting_date == meeting_date)
    groups: dict[tuple[date, int, str], list[sa.Row]] = defaultdict(list)
    for row in session.execute(query):
        groups[(row.meeting_date, row.item_ordinal, _item_key(row.item_title))].append(row)
    result: list[ItemTally] = []
    for (day, ordinal, _key), rows in sorted(groups.items(), key=lambda kv: kv[0]):
        counts = defaultdict(int)
        for r in rows:
            counts[str(r.instruction)] += 1
        result.append(
            ItemTally(
                meeting_date=day,
                ordinal=ordinal,
                item_title=rows[0].item_title,
                for_=counts["for"],
                against=counts["against"],
                abstain=counts["abstain"],
                free=counts["free"],
                forums=tuple(
                    ForumInstruction(
                        r.forum_name,
                        str(r.instruction),
                        r.red_lines,
                        r.figure_to_hold,
                        None if r.carried_out is None else str(r.carried_out),
                    )
                    for r in rows
                ),
            )
        )
    return result


def _counts(session: Session, peer_id: int, as_of: date) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {"grievance": {}, "issue": {}}
    for kind, label, n in session.execute(
        sa.select(RollupCount.kind, RollupCount.label, RollupCount.count).where(
            RollupCount.peer_id == peer_id, RollupCount.as_of == as_of
        )
    ):
        out.setdefault(kind, {})[label] = n
    return out


def _sorted_counts(counts: dict[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _latest(session: Session) -> list[tuple[int, str, date]]:
    """(peer, forum name, latest as_of) per forum that has sent figures."""
    latest = (
        sa.select(RollupFigure.peer_id, sa.func.max(RollupFigure.as_of).label("as_of"))
        .group_by(RollupFigure.peer_id)
        .subquery()
    )
    rows = session.execute(
        sa.select(latest.c.peer_id, TrustedPeer.name, latest.c.as_of).join(
            TrustedPeer, TrustedPeer.id == latest.c.peer_id
        )
    ).all()
    out = []
    for peer_id, peer_name, as_of in rows:
        name = session.execute(
            sa.select(RollupFigure.forum_name)
            .where(RollupFigure.peer_id == peer_id, RollupFigure.as_of == as_of)
            .limit(1)
        ).scalar_one_or_none()
        out.append((peer_id, name or peer_name, as_of))
    return sorted(out, key=lambda t: (t[1].casefold(), t[0]))


def _forum_figures(session: Session, peer_id: int, forum: str, as_of: date) -> ForumFigures:
    rows = session.execute(
        sa.select(RollupFigure).where(RollupFigure.peer_id == peer_id, RollupFigure.as_of == as_of)
    ).scalars()
    top = [r for r in rows if r.top]
    counts = _counts(session, peer_id, as_of)
    head = sum(r.headcount for r in top)
    supporters = sum(r.supporters for r in top)
    return ForumFigures(
        forum=forum,
        as_of=as_of,
        areas=len(top),
        headcount=head,
        supporters=supporters,
        supporters_pct=round(share(supporters, head), 1),
        committee_members=sum(r.committee_members for r in top),
        target_members=sum(r.target_members for r in top),
        one_on_ones_90d=sum(r.one_on_ones_90d for r in top),
        open_grievances=sum(r.open_grievances for r in top),
        grievances=_sorted_counts(counts["grievance"]),
        issues=_sorted_counts(counts["issue"]),
    )


def figures_by_forum(session: Session) -> list[ForumFigures]:
    """Each forum's latest figures (its top-level areas added up), by forum name."""
    kinds = place_kinds(session)
    return [dataclasses.replace(_forum_figures(session, p, f, d),
                                place_kind=kinds.get(p, "workplace"))
            for p, f, d in _latest(session)]


def figures_total(session: Session) -> ForumFigures:
    """All forums' latest figures added up; ``as_of`` is the oldest of them (None if none)."""
    forums = figures_by_forum(session)
    grievances: dict[str, int] = defaultdict(int)
    issues: dict[str, int] = defaultdict(int)
    for f in forums:
        for label, n in f.grievances:
            grievances[label] += n
        for label, n in f.issues:
            issues[label] += n
    head = sum(f.headcount for f in forums)
    supporters = sum(f.supporters for f in forums)
    return ForumFigures(
        place_kind="",
        forum=_("All forums"),
        as_of=min((f.as_of for f in forums if f.as_of), default=None),
        areas=sum(f.areas for f in forums),
        headcount=head,
        supporters=supporters,
        supporters_pct=round(share(supporters, head), 1),
        committee_members=sum(f.committee_members for f in forums),
        target_members=sum(f.target_members for f in forums),
        one_on_ones_90d=sum(f.one_on_ones_90d for f in forums),
        open_grievances=sum(f.open_grievances for f in forums),
        grievances=_sorted_counts(grievances),
        issues=_sorted_counts(issues),
    )


def figures_over_time(session: Session, *, forum: str | None = None) -> list[FigurePoint]:
    """One point per forum and date figures were sent (top-level areas added up), by date."""
    query = (
        sa.select(
            RollupFigure.forum_name,
            RollupFigure.as_of,
            sa.func.sum(RollupFigure.headcount),
            sa.func.sum(RollupFigure.supporters),
            sa.func.sum(RollupFigure.committee_members),
            sa.func.sum(RollupFigure.target_members),
        )
        .where(RollupFigure.top.is_(True))
        .group_by(RollupFigure.peer_id, RollupFigure.forum_name, RollupFigure.as_of)
        .order_by(RollupFigure.as_of, RollupFigure.forum_name)
    )
    if forum is not None:
        query = query.where(RollupFigure.forum_name == forum)
    return [
        FigurePoint(name, as_of, int(h), int(s), round(share(int(s), int(h)), 1), int(c), int(t))
        for name, as_of, h, s, c, t in session.execute(query)
    ]


def delegates_by_forum(session: Session) -> list[DelegateEntry]:
    """The delegates each forum listed in its latest bundle (active ones, then recalled)."""
    # The newest bundle by its creation time: an older one imported later must not win.
    latest = (
        sa.select(ReceivedBundle.id)
        .where(ReceivedBundle.peer_id == RollupDelegate.peer_id)
        .order_by(ReceivedBundle.created_at.desc(), ReceivedBundle.id.desc())
        .limit(1)
        .correlate(RollupDelegate)
        .scalar_subquery()
    )
    rows = session.execute(
        sa.select(
            ReceivedBundle.forum_name,
            RollupDelegate.display_name,
            RollupDelegate.role,
            RollupDelegate.term_start,
            RollupDelegate.term_end,
            RollupDelegate.recalled,
            RollupDelegate.ended_on,
        )
        .join(ReceivedBundle, ReceivedBundle.id == RollupDelegate.received_id)
        .where(RollupDelegate.received_id == latest)
        .order_by(
            ReceivedBundle.forum_name,
            RollupDelegate.recalled,
            RollupDelegate.role,
            RollupDelegate.term_start,
        )
    ).all()
    return [DelegateEntry(f, n, str(r), ts, te, bool(rec), e) for f, n, r, ts, te, rec, e in rows]


def received_bundles(session: Session) -> list[ReceivedRow]:
    """Every bundle imported, newest import first."""
    rows = session.execute(
        sa.select(ReceivedBundle, TrustedPeer.name)
        .join(TrustedPeer, TrustedPeer.id == ReceivedBundle.peer_id)
        .order_by(ReceivedBundle.imported_at.desc(), ReceivedBundle.id.desc())
    ).all()
    out = []
    for bundle, peer in rows:
        try:
            summary = json.loads(bundle.summary or "{}")
        except ValueError:
            summary = {}
        out.append(
            ReceivedRow(
                bundle_id=bundle.bundle_id.hex(),
                peer=peer,
                forum=bundle.forum_name,
                created_at=bundle.created_at,
                imported_at=bundle.imported_at,
                meeting_date=bundle.meeting_date,
                mandates=int(summary.get("mandates", 0)),
                areas=int(summary.get("areas", 0)),
                delegates=int(summary.get("delegates", 0)),
            )
        )
    return out
