"""Read-only table models of the Mutual aid page and the care items: needs, offers, matches,
the offers that fit a need, a fund's entries, time-bank accounts and exchanges, the figures per
area and month, check-ins, the retaliation log and the mutual-aid follow-ups.

Each is a ``RowListModel`` over frozen rows from ``forum_kit.queries`` (mutual_aid, ledgers,
care): short lists, replaced whole. Money and hours are kept as integers in the rows (the sort
value) and shown through ``forum_kit.amounts``; kinds and states are shown in words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TR_NOOP

from forum_kit.aid_kinds import KIND_WORDS
from forum_kit.amounts import cents_text, hours_text
from forum_kit.i18n import _ as gettext_
from ui.i18n import shown, translate
from ui.models.row_list_model import ListColumn, RowListModel, plain_text


@dataclass(frozen=True)
class FitView:
    """An offer that fits a need, as the match dialog lists it."""

    id: int
    fit: str
    member: str
    area: str
    until: dt.date | None
    what: str


@dataclass(frozen=True)
class ExchangeView:
    id: int
    done_on: dt.date
    giver: str
    receiver: str
    minutes: int
    status: str  # "posted", "awaiting receiver", "posted, corrected", "correction"
    what: str
    posted: bool


@dataclass(frozen=True)
class CareItem:
    """A mutual-aid follow-up or a check-in due, for the list beside the one-on-ones."""

    key: tuple[str, int]
    due_on: dt.date
    what: str
    member: str
    other: str
    contact_id: int | None
    overdue: bool


def fit_views(fits: Any) -> list[FitView]:
    return [
        FitView(
            f.offer.id, f.fit, f.offer.member, f.offer.area, f.offer.available_until, f.offer.what
        )
        for f in fits
    ]


def exchange_views(rows: Any) -> list[ExchangeView]:
    out = []
    for e in rows:
        status = e.status
        if e.reverses_id:
            status = "correction"
        elif e.reversed_by:
            status = "posted, corrected"
        out.append(
            ExchangeView(e.id, e.done_on, e.giver, e.receiver, e.minutes, status, e.what, e.posted)
        )
    return out


def care_items(matches: Any, check_ins: Any) -> list[CareItem]:
    """Match follow-ups and open check-ins in one list, soonest (and overdue) first."""
    items = [
        CareItem(
            ("match", m.match_id),
            m.follow_up_on,
            f"Mutual aid: {gettext_(KIND_WORDS.get(m.kind, m.kind))}",
            m.member,
            m.helper,
            m.contact_id,
            m.overdue,
        )
        for m in matches
    ]
    items += [
        CareItem(
            ("check_in", c.id),
            c.due_on,
            f"Check-in after {c.event}",
            c.member,
            c.checker,
            c.contact_id,
            c.overdue,
        )
        for c in check_ins
    ]
    return sorted(items, key=lambda i: (i.due_on, i.key))


@dataclass(frozen=True)
class CommunityRollupView:
    """One member of a council (or all of them): its year of mutual aid and time bank, each
    figure in words as it arrived (protected by the small-numbers rule)."""

    forum: str
    kind: str
    as_of: dt.date | None
    hours: str
    active: str
    needs: str
    met: str
    helpers: str


def community_rollup_views(rows: Any) -> list[CommunityRollupView]:
    from forum_kit.places import words

    def text(row: Any, measure: str) -> str:
        value = row.get(measure)
        return "" if value is None else value.text(hours_text if measure == "minutes" else None)

    return [
        CommunityRollupView(
            r.forum,
            words(r.place_kind).forum if r.place_kind else "",
            r.as_of,
            text(r, "minutes"),
            text(r, "active_members"),
            text(r, "needs_raised"),
            text(r, "met_within_week"),
            text(r, "helpers"),
        )
        for r in rows
    ]


STATUS_WORDS = {
    "open": QT_TR_NOOP("open"),
    "met": QT_TR_NOOP("met"),
    "partly_met": QT_TR_NOOP("partly met"),
    "unmet": QT_TR_NOOP("unmet"),
}
VISIBILITY_WORDS = {
    "committee": QT_TR_NOOP("committee only"),
    "assembly": QT_TR_NOOP("assembly, no name"),
    "named": QT_TR_NOOP("assembly, named"),
}


def _kind(value: object) -> str:
    return gettext_(KIND_WORDS.get(str(value), plain_text(value)))


def _money(value: object) -> str:
    return cents_text(int(value)) if isinstance(value, int) else ""


def _money_or_blank(value: object) -> str:
    return _money(value) if value else ""


def _hours(value: object) -> str:
    return hours_text(int(value)) if isinstance(value, int) else ""


def _balance(value: object) -> str:
    return hours_text(int(value), signed=True) if isinstance(value, int) else ""


def _first_line(value: object) -> str:
    text = plain_text(value)
    line = text.splitlines()[0] if text else ""
    return line if len(line) <= 90 else line[:89] + "…"


def _yes(value: object) -> str:
    return translate("CommunityLists", "yes") if value else ""


class NeedsModel(RowListModel):
    columns = (
        ListColumn(QT_TR_NOOP("Raised"), "raised_on"),
        ListColumn(QT_TR_NOOP("Kind"), "kind", _kind),
        ListColumn(QT_TR_NOOP("Urgency"), "urgency"),
        ListColumn(QT_TR_NOOP("Member"), "member"),
        ListColumn(QT_TR_NOOP("Area"), "area"),
        ListColumn(QT_TR_NOOP("Needed by"), "needed_by"),
        ListColumn(
            QT_TR_NOOP("Status"), "status", lambda v: shown(STATUS_WORDS.get(str(v), plain_text(v)))
        ),
        ListColumn(
            QT_TR_NOOP("Seen by"), "visibility", lambda v: shown(VISIBILITY_WORDS.get(str(v), ""))
        ),
        ListColumn(QT_TR_NOOP("Matches"), "matches"),
        ListColumn(QT_TR_NOOP("What"), "what", _first_line),
    )


class OffersModel(RowListModel):
    columns = (
        ListColumn(QT_TR_NOOP("Offered"), "offered_on"),
        ListColumn(QT_TR_NOOP("Kind"), "kind", _kind),
        ListColumn(QT_TR_NOOP("Member"), "member"),
        ListColumn(QT_TR_NOOP("Area"), "area"),
        ListColumn(QT_TR_NOOP("Until"), "available_until"),
        ListColumn(QT_TR_NOOP("Withdrawn"), "withdrawn_on"),
        ListColumn(
            QT_TR_NOOP("Seen by"), "visibility", lambda v: shown(VISIBILITY_WORDS.get(str(v), ""))
        ),
        ListColumn(QT_TR_NOOP("Matches"), "matches"),
        ListColumn(QT_TR_NOOP("What"), "what", _first_line),
    )


class MatchesModel(RowListModel):
    columns = (
        ListColumn(QT_TR_NOOP("Matched"), "matched_on"),
        ListColumn(QT_TR_NOOP("Kind"), "need_kind", _kind),
        ListColumn(QT_TR_NOOP("Member"), "member"),
        ListColumn(QT_TR_NOOP("Helper"), "helper"),
        ListColumn(QT_TR_NOOP("Help on"), "help_on"),
        ListColumn(QT_TR_NOOP("Follow up"), "follow_up_on"),
        ListColumn(QT_TR_NOOP("Done"), "follow_up_done", _yes),
        ListColumn(
            QT_TR_NOOP("Need"),
            "need_status",
            lambda v: shown(STATUS_WORDS.get(str(v), plain_text(v))),
        ),
    )


class FitsModel(RowListModel):
    """Offers that fit a need; ``ID_ROLE`` is the offer id."""

    columns = (
        ListColumn(QT_TR_NOOP("Fit"), "fit"),
        ListColumn(QT_TR_NOOP("Member"), "member"),
        ListColumn(QT_TR_NOOP("Area"), "area"),
        ListColumn(QT_TR_NOOP("Until"), "until"),
        ListColumn(QT_TR_NOOP("What"), "what", _first_line),
    )


class FundEntriesModel(RowListModel):
    columns = (
        ListColumn(QT_TR_NOOP("Date"), "posted_on"),
        ListColumn(QT_TR_NOOP("Kind"), "kind"),
        ListColumn(QT_TR_NOOP("Amount"), "amount_cents", _money),
        ListColumn(QT_TR_NOOP("Balance"), "balance_cents", _money),
        ListColumn(QT_TR_NOOP("Member"), "member"),
        ListColumn(QT_TR_NOOP("Reversed"), "reversed_by", _yes),
        ListColumn(QT_TR_NOOP("Memo"), "memo", _first_line),
    )


class AccountsModel(RowListModel):
    columns = (
        ListColumn(QT_TR_NOOP("Member"), "member"),
        ListColumn(QT_TR_NOOP("Given"), "given_minutes", _hours),
        ListColumn(QT_TR_NOOP("Received"), "received_minutes", _hours),
        ListColumn(QT_TR_NOOP("Balance"), "balance_minutes", _balance),
        ListColumn(QT_TR_NOOP("Waiting"), "pending"),
        ListColumn(QT_TR_NOOP("Closed"), "closed_on"),
    )


class ExchangesModel(RowListModel):
    columns = (
        ListColumn(QT_TR_NOOP("Date"), "done_on"),
        ListColumn(QT_TR_NOOP("Giver"), "giver"),
        ListColumn(QT_TR_NOOP("Receiver"), "receiver"),
        ListColumn(QT_TR_NOOP("Hours"), "minutes", _hours),
        ListColumn(QT_TR_NOOP("Status"), "status"),
        ListColumn(QT_TR_NOOP("What"), "what", _first_line),
    )


class AidFiguresModel(RowListModel):
    """Per area and month (``area`` "" is the whole place: money in and out of the fund)."""

    columns = (
        ListColumn(QT_TR_NOOP("Month"), "month"),
        ListColumn(QT_TR_NOOP("Area"), "area", lambda v: plain_text(v) or "Whole place"),
        ListColumn(QT_TR_NOOP("Needs raised"), "needs_raised"),
        ListColumn(QT_TR_NOOP("Met within a week"), "met_within_week"),
        ListColumn(QT_TR_NOOP("People helping"), "helpers"),
        ListColumn(QT_TR_NOOP("Fund in"), "fund_in_cents", _money_or_blank),
        ListColumn(QT_TR_NOOP("Fund out"), "fund_out_cents", _money_or_blank),
    )
    id_attr = "month"


class CheckInsModel(RowListModel):
    columns = (
        ListColumn(QT_TR_NOOP("Due"), "due_on"),
        ListColumn(QT_TR_NOOP("Overdue"), "overdue", lambda v: "⚠ overdue" if v else ""),
        ListColumn(QT_TR_NOOP("Member"), "member"),
        ListColumn(QT_TR_NOOP("Event"), "event"),
        ListColumn(QT_TR_NOOP("On"), "event_on"),
        ListColumn(QT_TR_NOOP("Who checks"), "checker"),
        ListColumn(QT_TR_NOOP("Done"), "done_on"),
        ListColumn(QT_TR_NOOP("Outcome"), "outcome", _first_line),
    )


class IncidentsModel(RowListModel):
    columns = (
        ListColumn(QT_TR_NOOP("Date"), "occurred_on"),
        ListColumn(QT_TR_NOOP("Member"), "member"),
        ListColumn(QT_TR_NOOP("Who from management"), "management"),
        ListColumn(QT_TR_NOOP("Witnesses"), "witness_count"),
        ListColumn(QT_TR_NOOP("Grievance"), "grievance"),
        ListColumn(QT_TR_NOOP("Sensitive"), "sensitive", _yes),
        ListColumn(QT_TR_NOOP("What happened"), "what", _first_line),
    )


class CareFollowUpsModel(RowListModel):
    """Mutual-aid follow-ups and check-ins due (``CareItem``), shown beside the one-on-one
    follow-ups; ``ID_ROLE`` is ``(kind, id)``."""

    columns = (
        ListColumn(QT_TR_NOOP("Due"), "due_on", lambda v: f"{plain_text(v)}"),
        ListColumn(QT_TR_NOOP("Overdue"), "overdue", lambda v: "⚠ overdue" if v else ""),
        ListColumn(QT_TR_NOOP("What"), "what"),
        ListColumn(QT_TR_NOOP("Member"), "member"),
        ListColumn(QT_TR_NOOP("With"), "other"),
    )
    id_attr = "key"


class CommunityRollupModel(RowListModel):
    """The council's members' mutual aid and time bank over a year (``CommunityRollupView``)."""

    columns = (
        ListColumn(QT_TR_NOOP("Member"), "forum"),
        ListColumn(QT_TR_NOOP("Kind"), "kind"),
        ListColumn(QT_TR_NOOP("As of"), "as_of"),
        ListColumn(QT_TR_NOOP("Hours exchanged"), "hours"),
        ListColumn(QT_TR_NOOP("Members active"), "active"),
        ListColumn(QT_TR_NOOP("Needs raised"), "needs"),
        ListColumn(QT_TR_NOOP("Met within a week"), "met"),
        ListColumn(QT_TR_NOOP("People helping"), "helpers"),
    )
    id_attr = "forum"
