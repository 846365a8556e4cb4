"""Read models of mutual aid: needs, offers and matches as the committee sees them, the offers
that fit a need, match follow-ups due (listed with the one-on-one follow-ups), the figures per
area and month, and the items an assembly may see on the "asks and offers" sheet.

Who may see what is decided here once, for every way out of the vault: ``shareable`` is the rule
(a need or offer reaches paper or a file only when its member agreed to the assembly seeing it,
and carries the name only when they agreed to that too, the person printing chose names, and the
member is not marked sensitive). The committee's own screens show everything the vault holds.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import InvalidInput, NotFound
from forum_kit.i18n import N_, _
from forum_kit.models import Area, Contact, Workplace
from forum_kit.models.ledgers import FundEntry
from forum_kit.models.mutual_aid import (
    KIND_WORDS,
    AidMatch,
    AidNeed,
    AidOffer,
    NeedStatus,
    Visibility,
)
from forum_kit.queries.areas import subtree_select, walk_subtree
from forum_kit.queries.people import full_name

if TYPE_CHECKING:
    from forum_kit.reports.community_data import SheetItem

__all__ = [
    "ANONYMOUS",
    "KIND_WORDS",
    "AidFigureRow",
    "AidFigures",
    "FitRow",
    "MatchFollowUp",
    "MatchRow",
    "NeedRow",
    "OfferRow",
    "aid_figures",
    "count_match_follow_ups_due",
    "fitting_offers",
    "match_follow_ups_due",
    "matches",
    "needs",
    "offers",
    "open_needs_in",
    "shareable",
    "sheet_items",
]

ANONYMOUS = "anonymous to the committee"
UNNAMED = "a member (not named)"
MET_WITHIN_DAYS = 7
STATUS_WORDS = {
    "open": N_("open"),
    "met": N_("met"),
    "partly_met": N_("partly met"),
    "unmet": N_("closed unmet"),
}

_n = AidNeed.__table__
_o = AidOffer.__table__
_m = AidMatch.__table__
_c = Contact.__table__
_a = Area.__table__


def shareable(visibility: str, *, names: bool, sensitive: bool) -> tuple[bool, bool]:
    """(may this item leave the committee, may it carry the member's name) for one need or
    offer: committee-only never leaves; a name only when the member chose "named", the person
    printing chose names, and the member is not marked sensitive."""
    if visibility == Visibility.COMMITTEE.value:
        return False, False
    return True, names and visibility == Visibility.NAMED.value and not sensitive


def _member(first: str | None, last: str | None, anonymous: bool) -> str:
    if anonymous:
        return ANONYMOUS
    return full_name(first, last) if first is not None else ""


def _paths(session: Session, workplace_id: int | None = None) -> dict[int, str]:
    """Area id -> "Street / Block / Building" for every area (of one place)."""
    stmt = sa.select(_a.c.id, _a.c.parent_id, _a.c.name)
    if workplace_id is not None:
        stmt = stmt.where(_a.c.workplace_id == workplace_id)
    rows = {i: (p, n) for i, p, n in session.execute(stmt)}
    out: dict[int, str] = {}
    for area in rows:
        parts, node, seen = [], area, set()
        while node is not None and node in rows and node not in seen:
            seen.add(node)
            parts.append(rows[node][1])
            node = rows[node][0]
        out[area] = " / ".join(reversed(parts))
    return out


# ---------------------------------------------------------------------------------- lists


@dataclass(frozen=True)
class NeedRow:
    id: int
    workplace_id: int
    kind: str
    what: str
    member: str
    contact_id: int | None
    anonymous: bool
    area_id: int | None
    area: str
    needed_from: dt.date | None
    needed_by: dt.date | None
    urgency: str
    visibility: str
    raised_on: dt.date
    status: str
    closed_on: dt.date | None
    close_reason: str
    matches: int
    sensitive: bool


@dataclass(frozen=True)
class OfferRow:
    id: int
    workplace_id: int
    kind: str
    what: str
    member: str
    contact_id: int | None
    anonymous: bool
    area_id: int | None
    area: str
    available_from: dt.date | None
    available_until: dt.date | None
    visibility: str
    offered_on: dt.date
    withdrawn_on: dt.date | None
    matches: int
    sensitive: bool


def _area_filter(stmt: sa.Select, column: sa.Column, area_id: int | None) -> sa.Select:
    return stmt if area_id is None else stmt.where(column.in_(subtree_select(area_id)))


def _with_member_and_matches(table: sa.Table, match_key: sa.Column) -> sa.Select:
    """Rows of ``table`` (needs or offers) with their member's name and how many matches."""
    counts = (
        sa.select(match_key, sa.func.count().label("n"))
        .where(match_key.is_not(None))
        .group_by(match_key)
        .subquery()
    )
    return sa.select(
        table,
        _c.c.first_name,
        _c.c.last_name,
        _c.c.sensitive.label("c_sensitive"),
        sa.func.coalesce(counts.c.n, 0).label("n_matches"),
    ).select_from(
        table.outerjoin(_c, _c.c.id == table.c.contact_id).outerjoin(
            counts, counts.c[match_key.name] == table.c.id
        )
    )


def _scoped(
    stmt: sa.Select,
    table: sa.Table,
    *,
    workplace_id: int | None,
    contact_id: int | None,
    area_id: int | None,
) -> sa.Select:
    if workplace_id is not None:
        stmt = stmt.where(table.c.workplace_id == workplace_id)
    if contact_id is not None:
        stmt = stmt.where(table.c.contact_id == contact_id)
    return _area_filter(stmt, table.c.area_id, area_id)


def _who_and_where(r: Any, paths: dict[int, str]) -> tuple:
    """The fields needs and offers share, in their rows' order: kind .. area."""
    return (
        str(r.kind),
        r.what,
        _member(r.first_name, r.last_name, r.anonymous),
        r.contact_id,
        bool(r.anonymous),
        r.area_id,
        paths.get(r.area_id, "") if r.area_id else "",
    )


def needs(
    session: Session,
    *,
    workplace_id: int | None = None,
    area_id: int | None = None,
    status: str | None = None,
    contact_id: int | None = None,
) -> list[NeedRow]:
    """Needs, open ones first (urgent first, the soonest needed first), then closed ones
    newest first."""
    urgency_rank = sa.case((_n.c.urgency == "urgent", 0), (_n.c.urgency == "normal", 1), else_=2)
    stmt = _with_member_and_matches(_n, _m.c.need_id).order_by(
        (_n.c.status != "open"),
        sa.case((_n.c.status == "open", urgency_rank), else_=0),
        sa.case(
            (_n.c.status == "open", sa.func.coalesce(_n.c.needed_by, _n.c.raised_on)), else_=None
        ),
        _n.c.closed_on.desc(),
        _n.c.raised_on.desc(),
        _n.c.id.desc(),
    )
    if status is not None:
        stmt = stmt.where(_n.c.status == status)
    stmt = _scoped(stmt, _n, workplace_id=workplace_id, contact_id=contact_id, area_id=area_id)
    paths = _paths(session, workplace_id)
    return [
        NeedRow(
            r.id,
            r.workplace_id,
            *_who_and_where(r, paths),
            r.needed_from,
            r.needed_by,
            str(r.urgency),
            str(r.visibility),
            r.raised_on,
            str(r.status),
            r.closed_on,
            r.close_reason,
            int(r.n_matches),
            bool(r.c_sensitive),
        )
        for r in session.execute(stmt)
    ]


def offers(
    session: Session,
    *,
    workplace_id: int | None = None,
    area_id: int | None = None,
    include_withdrawn: bool = True,
    contact_id: int | None = None,
) -> list[OfferRow]:
    """Offers, those still standing first, newest first."""
    stmt = _with_member_and_matches(_o, _m.c.offer_id).order_by(
        _o.c.withdrawn_on.is_not(None), _o.c.offered_on.desc(), _o.c.id.desc()
    )
    if not include_withdrawn:
        stmt = stmt.where(_o.c.withdrawn_on.is_(None))
    stmt = _scoped(stmt, _o, workplace_id=workplace_id, contact_id=contact_id, area_id=area_id)
    paths = _paths(session, workplace_id)
    return [
        OfferRow(
            r.id,
            r.workplace_id,
            *_who_and_where(r, paths),
            r.available_from,
            r.available_until,
            str(r.visibility),
            r.offered_on,
            r.withdrawn_on,
            int(r.n_matches),
            bool(r.c_sensitive),
        )
        for r in session.execute(stmt)
    ]


def _matches_with_people(member: sa.Alias, helper: sa.Alias) -> sa.Join:
    """Matches joined to their need, the member helped and the helper."""
    return (
        _m.join(_n, _n.c.id == _m.c.need_id)
        .outerjoin(member, member.c.id == _n.c.contact_id)
        .outerjoin(helper, helper.c.id == _m.c.helper_id)
    )


@dataclass(frozen=True)
class MatchRow:
    id: int
    need_id: int
    need_kind: str
    need_what: str
    member: str
    helper_id: int | None
    helper: str
    offer_id: int | None
    matched_on: dt.date
    help_on: dt.date | None
    notes: str
    follow_up_on: dt.date | None
    follow_up_done: bool
    need_status: str


def matches(
    session: Session, *, workplace_id: int | None = None, need_id: int | None = None
) -> list[MatchRow]:
    """Matches, newest first: who helps whom with what, and when."""
    member = _c.alias("member")
    helper = _c.alias("helper")
    stmt = (
        sa.select(
            _m,
            _n.c.kind,
            _n.c.what.label("need_what"),
            _n.c.anonymous,
            _n.c.status.label("need_status"),
            member.c.first_name.label("mf"),
            member.c.last_name.label("ml"),
            helper.c.first_name.label("hf"),
            helper.c.last_name.label("hl"),
        )
        .select_from(_matches_with_people(member, helper))
        .order_by(_m.c.matched_on.desc(), _m.c.id.desc())
    )
    if workplace_id is not None:
        stmt = stmt.where(_n.c.workplace_id == workplace_id)
    if need_id is not None:
        stmt = stmt.where(_m.c.need_id == need_id)
    return [
        MatchRow(
            r.id,
            r.need_id,
            str(r.kind),
            r.need_what,
            _member(r.mf, r.ml, r.anonymous),
            r.helper_id,
            full_name(r.hf, r.hl) if r.hf is not None else "",
            r.offer_id,
            r.matched_on,
            r.help_on,
            r.notes,
            r.follow_up_on,
            bool(r.follow_up_done),
            str(r.need_status),
        )
        for r in session.execute(stmt)
    ]


# ------------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class FitRow:
    """An offer that fits a need, and how well: "same area", "nearby" or "elsewhere"."""

    offer: OfferRow
    fit: str
    rank: int


def _overlaps(
    a_from: dt.date | None, a_to: dt.date | None, b_from: dt.date | None, b_to: dt.date | None
) -> bool:
    return (a_to is None or b_from is None or b_from <= a_to) and (
        b_to is None or a_from is None or a_from <= b_to
    )


def fitting_offers(session: Session, *, need_id: int, today: dt.date) -> list[FitRow]:
    """Standing offers of the need's kind and place whose time fits the need's (or today),
    nearest first: the need's own area and below, then the same street (top area), then the
    rest of the place. The member's own offers are left out."""
    need = session.get(AidNeed, need_id)
    if need is None:
        raise NotFound(_("That need does not exist."))
    children: dict[int | None, list[int]] = defaultdict(list)
    parent: dict[int, int | None] = {}
    for i, p in session.execute(
        sa.select(_a.c.id, _a.c.parent_id).where(_a.c.workplace_id == need.workplace_id)
    ):
        children[p].append(i)
        parent[i] = p
    near: set[int] = set()
    top: set[int] = set()
    if need.area_id is not None and need.area_id in parent:
        near = set(walk_subtree(children, need.area_id))
        root = need.area_id
        seen = {root}
        while parent.get(root) is not None and parent[root] not in seen:
            root = parent[root]  # type: ignore[assignment]
            seen.add(root)
        top = set(walk_subtree(children, root))
    start = need.needed_from or today
    out: list[FitRow] = []
    for offer in offers(session, workplace_id=need.workplace_id, include_withdrawn=False):
        if offer.kind != need.kind.value:
            continue
        if need.contact_id is not None and offer.contact_id == need.contact_id:
            continue
        if offer.available_until is not None and offer.available_until < today:
            continue
        if not _overlaps(start, need.needed_by, offer.available_from, offer.available_until):
            continue
        if offer.area_id is not None and offer.area_id in near:
            rank, fit = 0, "same area"
        elif offer.area_id is not None and offer.area_id in top:
            rank, fit = 1, "nearby"
        else:
            rank, fit = 2, "elsewhere"
        out.append(FitRow(offer, fit, rank))
    out.sort(key=lambda f: (f.rank, f.offer.matches, f.offer.offered_on, f.offer.id))
    return out


# ----------------------------------------------------------------------------- follow-ups


@dataclass(frozen=True)
class MatchFollowUp:
    """A mutual-aid match to follow up, listed beside the one-on-one follow-ups."""

    match_id: int
    contact_id: int | None  # the member helped (None when anonymous)
    member: str
    helper: str
    kind: str
    area_name: str
    follow_up_on: dt.date
    overdue: bool


def _due(
    stmt: sa.Select, today: dt.date, within_days: int, workplace_id: int | None, area_id: int | None
) -> sa.Select:
    stmt = stmt.where(
        _m.c.follow_up_on.is_not(None),
        _m.c.follow_up_done == sa.false(),
        _m.c.follow_up_on <= today + dt.timedelta(days=within_days),
    )
    if workplace_id is not None:
        stmt = stmt.where(_n.c.workplace_id == workplace_id)
    return _area_filter(stmt, _n.c.area_id, area_id)


def match_follow_ups_due(
    session: Session,
    *,
    today: dt.date,
    within_days: int = 7,
    workplace_id: int | None = None,
    area_id: int | None = None,
    limit: int = 500,
) -> list[MatchFollowUp]:
    """Open match follow-ups due by ``today + within_days``, overdue first, soonest first."""
    if isinstance(within_days, bool) or not isinstance(within_days, int) or within_days < 0:
        raise InvalidInput(_("Within days must be a whole number, 0 or more."))
    member = _c.alias("member")
    helper = _c.alias("helper")
    stmt = (
        sa.select(
            _m.c.id,
            _n.c.contact_id,
            _n.c.anonymous,
            _n.c.kind,
            _m.c.follow_up_on,
            member.c.first_name.label("mf"),
            member.c.last_name.label("ml"),
            helper.c.first_name.label("hf"),
            helper.c.last_name.label("hl"),
            _a.c.name.label("area"),
        )
        .select_from(_matches_with_people(member, helper).outerjoin(_a, _a.c.id == _n.c.area_id))
        .order_by(_m.c.follow_up_on, _m.c.id)
        .limit(limit)
    )
    stmt = _due(stmt, today, within_days, workplace_id, area_id)
    return [
        MatchFollowUp(
            r.id,
            r.contact_id,
            _member(r.mf, r.ml, r.anonymous),
            full_name(r.hf, r.hl) if r.hf is not None else "",
            str(r.kind),
            r.area or "",
            r.follow_up_on,
            r.follow_up_on < today,
        )
        for r in session.execute(stmt)
    ]


def count_match_follow_ups_due(
    session: Session,
    *,
    today: dt.date,
    within_days: int = 7,
    workplace_id: int | None = None,
    area_id: int | None = None,
) -> int:
    stmt = sa.select(sa.func.count()).select_from(_m.join(_n, _n.c.id == _m.c.need_id))
    return int(session.execute(_due(stmt, today, within_days, workplace_id, area_id)).scalar_one())


def open_needs_in(session: Session, *, area_id: int) -> tuple[int, int]:
    """(open needs, standing offers) in an area and the areas below it."""
    needs_n = session.execute(
        sa.select(sa.func.count())
        .select_from(_n)
        .where(_n.c.status == "open", _n.c.area_id.in_(subtree_select(area_id)))
    ).scalar_one()
    offers_n = session.execute(
        sa.select(sa.func.count())
        .select_from(_o)
        .where(_o.c.withdrawn_on.is_(None), _o.c.area_id.in_(subtree_select(area_id)))
    ).scalar_one()
    return int(needs_n), int(offers_n)


# -------------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class AidFigureRow:
    """One area's (or the whole place's, ``area`` "") figures in one month ("2026-03")."""

    month: str
    area: str
    needs_raised: int
    met_within_week: int
    helpers: int
    fund_in_cents: int
    fund_out_cents: int


@dataclass(frozen=True)
class AidFigures:
    months: tuple[str, ...]
    rows: tuple[AidFigureRow, ...]
    totals: tuple[AidFigureRow, ...] = field(default_factory=tuple)  # one per month, all areas


def _month(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def months_back(through: dt.date, count: int) -> list[str]:
    """The ``count`` months ending with the month of ``through``, oldest first."""
    year, month = through.year, through.month
    out = []
    for _month in range(count):
        out.append(f"{year:04d}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return list(reversed(out))


def _top_areas(session: Session, workplace_id: int) -> dict[int, str]:
    """Area id -> the name of its top-level area (a street, a department)."""
    rows = {
        i: (p, n)
        for i, p, n in session.execute(
            sa.select(_a.c.id, _a.c.parent_id, _a.c.name).where(_a.c.workplace_id == workplace_id)
        )
    }
    out: dict[int, str] = {}
    for area in rows:
        node, seen = area, {area}
        while rows[node][0] is not None and rows[node][0] in rows and rows[node][0] not in seen:
            node = rows[node][0]
            seen.add(node)
        out[area] = rows[node][1]
    return out


def aid_figures(
    session: Session,
    *,
    workplace_id: int,
    through: dt.date,
    months: int = 12,
    fund_ids: Iterable[int] | None = None,
) -> AidFigures:
    """Per top-level area and month: needs raised, needs met within a week of being raised,
    people who helped (distinct helpers of matches made that month), and the fund's grants
    against those needs; plus a place-wide row per month with all money in and out of the
    place's funds (``fund_ids``: the funds counted; default those of the place or of no place).
    """
    if session.get(Workplace, workplace_id) is None:
        raise NotFound(_("That place does not exist."))
    if not 1 <= months <= 120:
        raise InvalidInput(_("Months must be between 1 and 120."))
    wanted = months_back(through, months)
    first = dt.date(int(wanted[0][:4]), int(wanted[0][5:]), 1)
    tops = _top_areas(session, workplace_id)
    raised: dict[tuple[str, str], int] = defaultdict(int)
    met: dict[tuple[str, str], int] = defaultdict(int)
    for area_id, raised_on, status, closed_on in session.execute(
        sa.select(_n.c.area_id, _n.c.raised_on, _n.c.status, _n.c.closed_on).where(
            _n.c.workplace_id == workplace_id, _n.c.raised_on >= first, _n.c.raised_on <= through
        )
    ):
        key = (_month(raised_on), tops.get(area_id, ""))
        raised[key] += 1
        if (
            status == NeedStatus.MET.value
            and closed_on is not None
            and (closed_on - raised_on).days <= MET_WITHIN_DAYS
            and closed_on <= through
        ):
            met[key] += 1
    helpers: dict[tuple[str, str], set[int]] = defaultdict(set)
    helpers_all: dict[str, set[int]] = defaultdict(set)
    for area_id, matched_on, helper in session.execute(
        sa.select(_n.c.area_id, _m.c.matched_on, _m.c.helper_id)
        .select_from(_m.join(_n, _n.c.id == _m.c.need_id))
        .where(
            _n.c.workplace_id == workplace_id,
            _m.c.matched_on >= first,
            _m.c.matched_on <= through,
            _m.c.helper_id.is_not(None),
        )
    ):
        helpers[(_month(matched_on), tops.get(area_id, ""))].add(helper)
        helpers_all[_month(matched_on)].add(helper)
    fe = FundEntry.__table__
    grants: dict[tuple[str, str], int] = defaultdict(int)
    for area_id, posted_on, amount in session.execute(
        sa.select(_n.c.area_id, fe.c.posted_on, fe.c.amount_cents)
        .select_from(fe.join(_n, _n.c.id == fe.c.need_id))
        .where(
            _n.c.workplace_id == workplace_id, fe.c.posted_on >= first, fe.c.posted_on <= through
        )
    ):
        grants[(_month(posted_on), tops.get(area_id, ""))] += -amount
    if fund_ids is None:
        from forum_kit.models.ledgers import Fund

        fund_ids = list(
            session.execute(
                sa.select(Fund.id).where(
                    sa.or_(Fund.workplace_id == workplace_id, Fund.workplace_id.is_(None))
                )
            ).scalars()
        )
    fund_ids = list(fund_ids)
    money_in: dict[str, int] = defaultdict(int)
    money_out: dict[str, int] = defaultdict(int)
    if fund_ids:
        for posted_on, amount in session.execute(
            sa.select(fe.c.posted_on, fe.c.amount_cents).where(
                fe.c.fund_id.in_(fund_ids), fe.c.posted_on >= first, fe.c.posted_on <= through
            )
        ):
            if amount > 0:
                money_in[_month(posted_on)] += amount
            else:
                money_out[_month(posted_on)] += -amount
    keys = sorted(set(raised) | set(helpers) | set(grants), key=lambda k: (k[0], k[1]))
    rows = tuple(
        AidFigureRow(
            month,
            area,
            raised.get((month, area), 0),
            met.get((month, area), 0),
            len(helpers.get((month, area), ())),
            0,
            grants.get((month, area), 0),
        )
        for month, area in keys
        if month in wanted
    )
    totals = tuple(
        AidFigureRow(
            month,
            "",
            sum(v for (m, _), v in raised.items() if m == month),
            sum(v for (m, _), v in met.items() if m == month),
            len(helpers_all.get(month, ())),
            money_in.get(month, 0),
            money_out.get(month, 0),
        )
        for month in wanted
    )
    return AidFigures(months=tuple(wanted), rows=rows, totals=totals)


# --------------------------------------------------------------------- asks and offers sheet


def _when(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return f"{start.isoformat()} to {end.isoformat()}"
    if end:
        return f"by {end.isoformat()}"
    if start:
        return f"from {start.isoformat()}"
    return ""


def sheet_items(
    session: Session, *, workplace_id: int, today: dt.date, names: bool = False
) -> list[SheetItem]:
    """Open needs and standing offers the assembly may see, urgent asks first, by kind; each
    where only by its street (top area)."""
    from forum_kit.reports.community_data import SheetItem  # ReportLab: on first use

    # the street only: on a floor of eight households even an unnamed ask points at someone
    streets = _top_areas(session, workplace_id)
    items: list[SheetItem] = []

    def add(side: str, item: Any, window: tuple, urgent: bool) -> None:
        ok, named = shareable(item.visibility, names=names, sensitive=item.sensitive)
        if ok:
            where = streets.get(item.area_id, "") if item.area_id else ""
            name = item.member if named else ""
            items.append(SheetItem(side, item.kind, item.what, where, _when(*window), urgent, name))

    for need in needs(session, workplace_id=workplace_id, status=NeedStatus.OPEN.value):
        add("ask", need, (need.needed_from, need.needed_by), need.urgency == "urgent")
    for offer in offers(session, workplace_id=workplace_id, include_withdrawn=False):
        if offer.available_until is None or offer.available_until >= today:
            add("offer", offer, (offer.available_from, offer.available_until), False)
    order = list(KIND_WORDS)
    items.sort(
        key=lambda i: (
            i.side != "ask",
            not i.urgent,
            order.index(i.kind) if i.kind in order else 99,
            i.area,
            i.what,
        )
    )
    return items
