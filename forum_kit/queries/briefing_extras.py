"""What the delegate briefing adds for the confederation: the small-numbers rule over its area
figures, and the council's decisions at its last meeting (from the decisions bundle it sent).

Owns ``protect_areas`` (the briefing's areas as one table under their sum, protected by
``forum_kit.small_numbers`` with the vault's threshold: a hidden figure becomes None, a growth
chart of a hidden area is left out and one with a small committee count keeps its percentages
only) and ``last_decisions``.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.models.assembly import AgendaItem, Meeting
from forum_kit.models.federation import CouncilDecision
from forum_kit.reports.data import AreaFigures, DecisionLine, GrowthSeries
from forum_kit.small_numbers import fewer_than, protect_counts, protect_rows
from forum_kit.vote_words import vote_counts, vote_word

__all__ = ["last_decisions", "protect_areas"]


def protect_areas(
    area_ids: Sequence[int],
    figures: Sequence[AreaFigures],
    raw: Sequence[dict[str, int]],
    growth: Sequence[GrowthSeries],
    parent_of: dict[int, int | None],
    threshold: int,
) -> tuple[tuple[AreaFigures, ...], tuple[GrowthSeries, ...]]:
    """The briefing's area figures and growth charts under the small-numbers rule. ``raw``
    holds each area's counts (headcount, supporters, committee_members, open_grievances)."""
    index = {a: i + 1 for i, a in enumerate(area_ids)}

    def parent(a: int) -> int:
        p = parent_of.get(a)
        while p is not None and p not in index:
            p = parent_of.get(p)
        return 0 if p is None else index[p]

    parents: list[int | None] = [None, *(parent(a) for a in area_ids)]
    tops = [r for a, r in zip(area_ids, raw, strict=True) if parents[index[a]] == 0]
    fields = ("headcount", "supporters", "committee_members", "one_on_ones_90d",
              "open_grievances", "target_members")
    rows = [
        {**{f: sum(r.get(f, 0) for r in tops) for f in fields}, "supporters_pct": None,
         "last_test_pct": None},
        *({**{f: r.get(f, 0) for f in fields}, "supporters_pct": None, "last_test_pct": None}
          for r in raw),
    ]
    protected = protect_rows(rows, parents, threshold)[1:]
    out = []
    hidden_areas = set()
    for figure, row in zip(figures, protected, strict=True):
        if row["headcount"] is None:
            hidden_areas.add(figure.area_name)
        status = protect_counts(list(figure.grievances_by_status), threshold)
        kinds = protect_counts(list(figure.grievances_by_type), threshold)
        out.append(dataclasses.replace(
            figure,
            headcount=row["headcount"],
            supporters_pct=row["supporters_pct"],
            committee_members=row["committee_members"],
            structure_test_pct=None if row["headcount"] is None else figure.structure_test_pct,
            structure_test_name="" if row["headcount"] is None else figure.structure_test_name,
            grievances_by_status=tuple((s, n) for s, n, _ in status),
            grievances_by_type=tuple((t, n) for t, n, _ in kinds),
            top_issues=tuple(_issue(t, threshold) for t in figure.top_issues)
            if row["headcount"] is not None else (),
            hidden=tuple(f for f in row["hidden"] if f in ("headcount", "committee_members")),
        ))
    charts = tuple(
        dataclasses.replace(
            g, counts_hidden=any(0 < c < threshold for c in g.committee_members)
        )
        for g in growth
        if g.area_name not in hidden_areas
    )
    return tuple(out), charts


def _issue(text: str, threshold: int) -> str:
    """An issue as ranked ("pay (3)"), its count hidden when small."""
    name, _, rest = text.rpartition(" (")
    try:
        count = int(rest.rstrip(")"))
    except ValueError:
        return text
    return f"{name} ({fewer_than(threshold)})" if 0 < count < threshold else text


def last_decisions(session: Session, council_id: int, before: datetime) -> tuple[DecisionLine, ...]:
    """The decisions of the council's latest meeting before ``before`` that has any."""
    latest = session.execute(
        sa.select(Meeting.id, Meeting.held_at)
        .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
        .join(CouncilDecision, CouncilDecision.agenda_item_id == AgendaItem.id)
        .where(Meeting.body_id == council_id, Meeting.held_at < before)
        .order_by(Meeting.held_at.desc())
        .limit(1)
    ).first()
    if latest is None:
        return ()
    rows = session.execute(
        sa.select(AgendaItem.ordinal, AgendaItem.title, CouncilDecision)
        .join(CouncilDecision, CouncilDecision.agenda_item_id == AgendaItem.id)
        .where(AgendaItem.meeting_id == latest.id)
        .order_by(AgendaItem.ordinal)
    ).all()
    out = []
    for ordinal, title, d in rows:
        try:
            members = json.loads(d.tally or "[]")
        except ValueError:
            members = []
        counts = vote_counts(d.votes_for, d.votes_against, d.abstentions)
        tally = "; ".join(f"{m.get('member')}: {vote_word(str(m.get('vote')))}" for m in members
                          if isinstance(m, dict))
        if counts:
            tally = counts + (f" \u2014 {tally}" if tally else "")
        out.append(DecisionLine(
            meeting_date=latest.held_at.date(), ordinal=ordinal, title=title, result=d.result,
            tally=tally, delegate_vote=d.delegate_vote, against_mandate=d.against_mandate,
        ))
    return tuple(out)
