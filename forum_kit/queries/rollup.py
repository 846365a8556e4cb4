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

from forum_kit.exchange.tier_figures import council_table, member_totals
from forum_kit.i18n import N_, _
from forum_kit.models.federation import (
    ReceivedBundle,
    RollupCount,
    RollupDelegate,
    RollupMandate,
    TrustedPeer,
)
from forum_kit.queries.community_rollup import place_kinds
from forum_kit.small_numbers import (
    DEFAULT_THRESHOLD,
    get_threshold,
    protect_rows,
    protect_tree,
    total_of,
)
from forum_kit.vote_words import vote_word

ALL_FORUMS = N_("All forums")

__all__ = [
    "DelegateEntry",
    "FigurePoint",
    "ForumFigures",
    "ForumInstruction",
    "ItemTally",
    "ReceivedRow",
    "conflicts",
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
    # how a member council decided it ("" when its bundle did not say): words of decided_words
    decided_by: str = ""

    def summary(self) -> str:
        """The forum, its instruction and how it decided, for the command line."""
        text = f"{self.forum}: {vote_word(self.instruction)}"
        if self.decided_by:
            text += _(", decided {how}").format(how=self.decided_by)
        return text


def decided_words(
    basis: str | None, votes_for: int | None, against: int | None, abstain: int | None
) -> str:
    """How a mandate was decided in words: by consensus, by a vote of 12-3 (1 abstaining), or
    by a vote (no counts recorded); "" when the bundle did not say."""
    if basis == "consensus":
        return _("by consensus")
    if basis != "vote":
        return ""
    if votes_for is None and against is None:
        return _("by a vote")
    if abstain:
        return _("by a vote of {yes}-{no}, {abstain} abstaining").format(
            yes=votes_for or 0, no=against or 0, abstain=abstain
        )
    return _("by a vote of {yes}-{no}").format(yes=votes_for or 0, no=against or 0)


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
    """One member's latest figures (or the total over members, with ``forum`` "All forums"),
    protected by the small-numbers rule: None is "fewer than ``threshold``", and ``at_least``
    names the figures that are totals of the shown parts only (a part was hidden below)."""

    forum: str
    as_of: date | None
    areas: int
    headcount: int | None
    supporters: int | None
    supporters_pct: float | None
    committee_members: int | None
    target_members: int | None
    one_on_ones_90d: int | None
    open_grievances: int | None
    grievances: tuple[tuple[str, int | None], ...]
    issues: tuple[tuple[str, int | None], ...]
    at_least: tuple[str, ...] = ()
    threshold: int = DEFAULT_THRESHOLD
    # the figures hidden though not small (a small one's partner): they read "hidden"
    hidden: tuple[str, ...] = ()
    # what the member speaks for: a workplace's forum or a street assembly (forum_kit.places)
    place_kind: str = "workplace"


@dataclass(frozen=True)
class FigurePoint:
    forum: str
    as_of: date
    headcount: int | None
    supporters: int | None
    supporters_pct: float | None
    committee_members: int | None
    target_members: int | None
    at_least: tuple[str, ...] = ()
    threshold: int = DEFAULT_THRESHOLD


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
        RollupMandate.decided_basis,
        RollupMandate.decided_for,
        RollupMandate.decided_against,
        RollupMandate.decided_abstain,
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
                        decided_words(
                            r.decided_basis, r.decided_for, r.decided_against, r.decided_abstain
                        ),
                    )
                    for r in rows
                ),
            )
        )
    return result


def conflicts(session: Session, *, meeting_date: date | None = None) -> list[ItemTally]:
    """The agenda items where the members' mandates disagree: more than one bound instruction
    (for, against, abstain) among them; a free vote binds nothing and disagrees with nobody."""
    return [
        t
        for t in mandate_tally(session, meeting_date=meeting_date)
        if len({f.instruction for f in t.forums} & {"for", "against", "abstain"}) > 1
    ]


def _counts(session: Session, peer_id: int, as_of: date) -> dict[str, list[tuple[str, int | None]]]:
    out: dict[str, list[tuple[str, int | None]]] = {"grievance": [], "issue": []}
    for kind, label, n in session.execute(
        sa.select(RollupCount.kind, RollupCount.label, RollupCount.count).where(
            RollupCount.peer_id == peer_id, RollupCount.as_of == as_of
        )
    ):
        out.setdefault(kind, []).append((label, n))
    return out


def _category_tables(
    session: Session, members: list, threshold: int
) -> tuple[dict[int, dict[str, list]], dict[str, list]]:
    """Counted categories per member and in total, protected label by label as one tree (the
    total over the members), so no member's hidden count is the total less the others'."""
    per: dict[int, dict[str, dict[str, int | None]]] = {}
    labels: dict[str, set[str]] = {"grievance": set(), "issue": set()}
    for m in members:
        counts = _counts(session, m["peer_id"], m["as_of"])
        per[m["peer_id"]] = {k: dict(v) for k, v in counts.items()}
        for kind, pairs in counts.items():
            labels.setdefault(kind, set()).update(label for label, _n in pairs)
    by_member: dict[int, dict[str, list]] = {m["peer_id"]: {} for m in members}
    total: dict[str, list] = {}
    for kind, names in labels.items():
        total[kind] = []
        for label in sorted(names):
            parts = [per[m["peer_id"]].get(kind, {}).get(label, 0) for m in members]
            value, _exact = total_of(parts)
            hidden, unknown = protect_tree([value, *parts], [None] + [0] * len(parts), threshold)
            if unknown[0]:
                shown_parts = [p for p, h in zip(parts, hidden[1:], strict=True) if not h]
                value = sum(p or 0 for p in shown_parts) or None
            total[kind].append((label, None if hidden[0] else value))
            for m, part, h in zip(members, parts, hidden[1:], strict=True):
                if label in per[m["peer_id"]].get(kind, {}):
                    by_member[m["peer_id"]].setdefault(kind, []).append(
                        (label, None if h else part)
                    )
    return by_member, total


def _sorted(pairs: list) -> tuple[tuple[str, int | None], ...]:
    return tuple(sorted(pairs, key=lambda kv: (-(kv[1] or 0), kv[0])))


def _figures(row: dict, *, grievances: tuple, issues: tuple, threshold: int) -> ForumFigures:
    return ForumFigures(
        forum=str(row["area"]),
        as_of=row.get("as_of"),
        areas=int(row.get("areas", 0)),
        headcount=row["headcount"],
        supporters=row["supporters"],
        supporters_pct=row["supporters_pct"],
        committee_members=row["committee_members"],
        target_members=row["target_members"],
        one_on_ones_90d=row["one_on_ones_90d"],
        open_grievances=row["open_grievances"],
        grievances=grievances,
        issues=issues,
        at_least=tuple(row.get("at_least") or ()),
        threshold=threshold,
        hidden=tuple(row.get("hidden") or ()),
    )


def figures_by_forum(session: Session) -> list[ForumFigures]:
    """Each member's latest figures (its total, or its top-level areas added up), protected as
    a table under the total with this vault's threshold; by member name."""
    threshold = get_threshold(session)
    table, members = council_table(session, threshold, name=_(ALL_FORUMS))
    categories, _total = _category_tables(session, members, threshold)
    kinds = place_kinds(session)
    out = []
    for row, member in zip(table[1:], members, strict=True):
        counts = categories[member["peer_id"]]
        row["as_of"], row["areas"] = member["as_of"], member["areas"]
        figures = _figures(
            row,
            grievances=_sorted(counts.get("grievance", [])),
            issues=_sorted(counts.get("issue", [])),
            threshold=threshold,
        )
        kind = kinds.get(member["peer_id"], "workplace")
        out.append(dataclasses.replace(figures, place_kind=kind))
    return out


def figures_total(session: Session) -> ForumFigures:
    """All members' latest figures added up (a lower bound where a part was hidden); ``as_of``
    is the oldest of them (None if none)."""
    threshold = get_threshold(session)
    table, members = council_table(session, threshold, name=_(ALL_FORUMS))
    root = table[0]
    root["as_of"] = min((m["as_of"] for m in members), default=None)
    root["areas"] = sum(int(m["areas"]) for m in members)
    if not members:
        root["supporters_pct"] = 0.0
    _per_member, totals = _category_tables(session, members, threshold)
    figures = _figures(
        root,
        grievances=_sorted(totals.get("grievance", [])),
        issues=_sorted(totals.get("issue", [])),
        threshold=threshold,
    )
    return dataclasses.replace(figures, place_kind="")


def figures_over_time(session: Session, *, forum: str | None = None) -> list[FigurePoint]:
    """One point per member and date figures were sent (its total as sent), by date; a figure
    under this vault's threshold is hidden."""
    threshold = get_threshold(session)
    points = []
    for m in member_totals(session, latest=False):
        if forum is not None and m["area"] != forum:
            continue
        row = protect_rows([dict(m)], [None], threshold)[0]
        points.append(
            FigurePoint(
                str(m["area"]),
                m["as_of"],
                row["headcount"],
                row["supporters"],
                row["supporters_pct"],
                row["committee_members"],
                row["target_members"],
                tuple(row["at_least"]),
                threshold,
            )
        )
    return points


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
