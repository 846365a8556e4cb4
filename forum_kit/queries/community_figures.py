"""The mutual-aid and time-bank figures that leave the vault: in a delegate briefing and in the
council bundle, as protected counts (``forum_kit.small_numbers``, with the vault's threshold).

Owns the scope a forum speaks for (its area and the areas below, else its place, else the whole
vault: the rule of ``queries.bundle_figures``), and per month of the last twelve: time-bank
exchanges, hours exchanged and members active, needs raised, needs met within a week, and people
helping; over the year: the same, plus money into and out of the solidarity fund. An exchange
counts when either member is in scope; an exchange and the reversal that corrected it are both
left out (it did not happen). Every number is protected before it is returned: nothing here
hands out a count under the threshold.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import NotFound
from forum_kit.i18n import _
from forum_kit.measures import MEASURES, MONTHLY, YEAR
from forum_kit.models import Area, Body, Contact, Workplace
from forum_kit.models.enums import PlaceKind
from forum_kit.models.ledgers import Fund, FundEntry, TimeAccount, TimeExchange
from forum_kit.models.mutual_aid import AidMatch, AidNeed, NeedStatus
from forum_kit.queries.areas import subtree_select
from forum_kit.queries.mutual_aid import MET_WITHIN_DAYS, months_back
from forum_kit.small_numbers import (
    Protected,
    get_threshold,
    protect,
    protect_measure,
    protect_total,
)

if TYPE_CHECKING:
    from forum_kit.reports.community_data import CommunityFigures

__all__ = [
    "MEASURES",
    "MONTHLY",
    "YEAR",
    "community_figures",
    "forum_community_figures",
]


def _month(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _contacts_in(workplace_ids: list[int] | None, area_ids: list[int] | None) -> sa.Select:
    c = Contact.__table__
    stmt = sa.select(c.c.id)
    if area_ids is not None:
        return stmt.where(c.c.area_id.in_(area_ids))
    if workplace_ids is not None:
        return stmt.where(c.c.workplace_id.in_(workplace_ids))
    return stmt


def community_figures(
    session: Session,
    *,
    workplace_ids: list[int] | None,
    area_ids: list[int] | None = None,
    through: dt.date,
    months: int = 12,
    threshold: int | None = None,
    place_kind: str = PlaceKind.WORKPLACE.value,
) -> CommunityFigures:
    """The protected figures for the people of ``workplace_ids`` (None: everyone), or of
    ``area_ids`` when given, over the ``months`` months ending with the month of ``through``;
    ``threshold`` defaults to the vault's (``forum_kit.small_numbers``)."""
    threshold = get_threshold(session) if threshold is None else threshold
    wanted = months_back(through, months)
    first = dt.date(int(wanted[0][:4]), int(wanted[0][5:]), 1)
    people = _contacts_in(workplace_ids, area_ids)

    # --- time bank: posted exchanges with a member in scope, neither reversed nor a reversal
    tx = TimeExchange.__table__
    ga, ra = TimeAccount.__table__.alias("ga"), TimeAccount.__table__.alias("ra")
    reversed_ids = sa.select(tx.c.reverses_id).where(tx.c.reverses_id.is_not(None))
    rows = session.execute(
        sa.select(tx.c.done_on, tx.c.minutes, ga.c.contact_id, ra.c.contact_id)
        .select_from(tx.join(ga, ga.c.id == tx.c.giver_id).join(ra, ra.c.id == tx.c.receiver_id))
        .where(
            tx.c.posted.is_(True),
            tx.c.reverses_id.is_(None),
            tx.c.id.not_in(reversed_ids),
            tx.c.done_on >= first,
            tx.c.done_on <= through,
            sa.or_(ga.c.contact_id.in_(people), ra.c.contact_id.in_(people)),
        )
    ).all()
    in_scope = set(session.execute(people).scalars())
    exchanges: dict[str, int] = defaultdict(int)
    minutes: dict[str, int] = defaultdict(int)
    active: dict[str, set[int]] = defaultdict(set)
    for day, mins, giver, receiver in rows:
        month = _month(day)
        exchanges[month] += 1
        minutes[month] += mins
        active[month].update(p for p in (giver, receiver) if p in in_scope)

    # --- mutual aid: needs of the scope's place and areas
    n = AidNeed.__table__
    m = AidMatch.__table__
    scope = []
    if area_ids is not None:
        scope.append(n.c.area_id.in_(area_ids))
    elif workplace_ids is not None:
        scope.append(n.c.workplace_id.in_(workplace_ids))
    raised: dict[str, int] = defaultdict(int)
    met: dict[str, int] = defaultdict(int)
    for raised_on, status, closed_on in session.execute(
        sa.select(n.c.raised_on, n.c.status, n.c.closed_on).where(
            n.c.raised_on >= first, n.c.raised_on <= through, *scope
        )
    ):
        raised[_month(raised_on)] += 1
        if (
            status == NeedStatus.MET.value
            and closed_on is not None
            and closed_on <= through
            and (closed_on - raised_on).days <= MET_WITHIN_DAYS
        ):
            met[_month(raised_on)] += 1
    helpers: dict[str, set[int]] = defaultdict(set)
    for matched_on, helper in session.execute(
        sa.select(m.c.matched_on, m.c.helper_id)
        .select_from(m.join(n, n.c.id == m.c.need_id))
        .where(
            m.c.matched_on >= first, m.c.matched_on <= through, m.c.helper_id.is_not(None), *scope
        )
    ):
        helpers[_month(matched_on)].add(helper)

    # --- the fund: funds of the scope's places (or of no place); entries with their giver
    fe = FundEntry.__table__
    funds = sa.select(Fund.id)
    if workplace_ids is not None:
        funds = funds.where(
            sa.or_(Fund.workplace_id.in_(workplace_ids), Fund.workplace_id.is_(None))
        )
    money_in = money_out = 0
    entries_in = entries_out = 0
    for amount in session.execute(
        sa.select(fe.c.amount_cents).where(
            fe.c.fund_id.in_(funds), fe.c.posted_on >= first, fe.c.posted_on <= through
        )
    ).scalars():
        if amount > 0:
            money_in, entries_in = money_in + amount, entries_in + 1
        else:
            money_out, entries_out = money_out - amount, entries_out + 1
    currency = ""
    if workplace_ids is not None:
        currency = (
            session.execute(
                sa.select(Fund.currency).where(Fund.id.in_(funds)).limit(1)
            ).scalar_one_or_none()
            or ""
        )

    figures: list[tuple[str, str, Protected]] = []
    parts: dict[str, list[Protected]] = defaultdict(list)
    for month in wanted:
        people_active = len(active.get(month, ()))
        few_active = protect_measure(0, people_active, threshold)
        values = {
            # a count, so under the threshold too; withheld with the hours when few took part
            "exchanges": (
                few_active if not few_active.exact else protect(exchanges.get(month, 0), threshold)
            ),
            "minutes": protect_measure(minutes.get(month, 0), people_active, threshold),
            "active_members": protect(people_active, threshold),
            "needs_raised": protect(raised.get(month, 0), threshold),
            "met_within_week": protect(met.get(month, 0), threshold),
            "helpers": protect(len(helpers.get(month, ())), threshold),
        }
        for measure in MONTHLY:
            figures.append((month, measure, values[measure]))
            parts[measure].append(values[measure])
    year_active = set().union(*active.values()) if active else set()
    year_helpers = set().union(*helpers.values()) if helpers else set()
    year = {
        "exchanges": protect_total(
            parts["exchanges"], sum(exchanges.values()), threshold, of_people=False
        ),
        "minutes": protect_total(
            parts["minutes"], sum(minutes.values()), threshold, of_people=False
        ),
        "active_members": protect(len(year_active), threshold),
        "needs_raised": protect_total(parts["needs_raised"], sum(raised.values()), threshold),
        "met_within_week": protect_total(parts["met_within_week"], sum(met.values()), threshold),
        "helpers": protect(len(year_helpers), threshold),
        # money in comes from many, a grant goes to one: each total only from enough entries
        "fund_in": protect_measure(money_in, entries_in, threshold),
        "fund_out": protect_measure(money_out, entries_out, threshold),
    }
    figures += [(YEAR, measure, year[measure]) for measure, _words in MEASURES]
    from forum_kit.reports.community_data import CommunityFigures  # ReportLab: on first use

    return CommunityFigures(
        place_kind=place_kind,
        threshold=threshold,
        through=through,
        months=tuple(wanted),
        figures=tuple(figures),
        currency=currency,
    )


def forum_community_figures(
    session: Session, *, forum_id: int, as_of: dt.date, threshold: int | None = None
) -> CommunityFigures:
    """The figures of the people a forum speaks for (its area, else its place, else all)."""
    body = session.get(Body, forum_id)
    if body is None:
        raise NotFound(_("That forum does not exist."))
    kind = PlaceKind.WORKPLACE.value
    if body.area_id is not None:
        wp = session.execute(
            sa.select(Area.workplace_id).where(Area.id == body.area_id)
        ).scalar_one()
        kind = str(
            session.execute(sa.select(Workplace.kind).where(Workplace.id == wp)).scalar_one()
        )
        area_ids = list(session.execute(subtree_select(body.area_id)).scalars())
        return community_figures(
            session,
            workplace_ids=[wp],
            area_ids=area_ids,
            through=as_of,
            threshold=threshold,
            place_kind=kind,
        )
    if body.workplace_id is not None:
        kind = str(
            session.execute(
                sa.select(Workplace.kind).where(Workplace.id == body.workplace_id)
            ).scalar_one()
        )
        return community_figures(
            session,
            workplace_ids=[body.workplace_id],
            through=as_of,
            threshold=threshold,
            place_kind=kind,
        )
    return community_figures(
        session, workplace_ids=None, through=as_of, threshold=threshold, place_kind=kind
    )
