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

from forum_kit.aid_kinds import KIND_WORDS
from forum_kit.amounts import cents_text, hours_text
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
            f"Mutual aid: {KIND_WORDS.get(m.kind, m.kind)}",
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


STATUS_WORDS = {"open": "open", "met": "met", "partly_met": "partly met", "unmet": "unmet"}
VISIBILITY_WORDS = {
    "committee": "committee only",
    "assembly": "assembly, no name",
    "named": "assembly, named",
}


def _kind(value: object) -> str:
    return KIND_WORDS.get(str(value), plain_text(value))


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
    return "yes" if value else ""


class NeedsModel(RowListModel):
    columns = (
        ListColumn("Raised", "raised_on"),
        ListColumn("Kind", "kind", _kind),
        ListColumn("Urgency", "urgency"),
        ListColumn("Member", "member"),
        ListColumn("Area", "area"),
        ListColumn("Needed by", "needed_by"),
        ListColumn("Status", "status", lambda v: STATUS_WORDS.get(str(v), plain_text(v))),
        ListColumn("Seen by", "visibility", lambda v: VISIBILITY_WORDS.get(str(v), "")),
        ListColumn("Matches", "matches"),
        ListColumn("What", "what", _first_line),
    )


class OffersModel(RowListModel):
    columns = (
        ListColumn("Offered", "offered_on"),
        ListColumn("Kind", "kind", _kind),
        ListColumn("Member", "member"),
        ListColumn("Area", "area"),
        ListColumn("Until", "available_until"),
        ListColumn("Withdrawn", "withdrawn_on"),
        ListColumn("Seen by", "visibility", lambda v: VISIBILITY_WORDS.get(str(v), "")),
        ListColumn("Matches", "matches"),
        ListColumn("What", "what", _first_line),
    )


class MatchesModel(RowListModel):
    columns = (
        ListColumn("Matched", "matched_on"),
        ListColumn("Kind", "need_kind", _kind),
        ListColumn("Member", "member"),
        ListColumn("Helper", "helper"),
        ListColumn("Help on", "help_on"),
        ListColumn("Follow up", "follow_up_on"),
        ListColumn("Done", "follow_up_done", _yes),
        ListColumn("Need", "need_status", lambda v: STATUS_WORDS.get(str(v), plain_text(v))),
    )


class FitsModel(RowListModel):
    """Offers that fit a need; ``ID_ROLE`` is the offer id."""

    columns = (
        ListColumn("Fit", "fit"),
        ListColumn("Member", "member"),
        ListColumn("Area", "area"),
        ListColumn("Until", "until"),
        ListColumn("What", "what", _first_line),
    )


class FundEntriesModel(RowListModel):
    columns = (
        ListColumn("Date", "posted_on"),
        ListColumn("Kind", "kind"),
        ListColumn("Amount", "amount_cents", _money),
        ListColumn("Balance", "balance_cents", _money),
        ListColumn("Member", "member"),
        ListColumn("Reversed", "reversed_by", _yes),
        ListColumn("Memo", "memo", _first_line),
    )


class AccountsModel(RowListModel):
    columns = (
        ListColumn("Member", "member"),
        ListColumn("Given", "given_minutes", _hours),
        ListColumn("Received", "received_minutes", _hours),
        ListColumn("Balance", "balance_minutes", _balance),
        ListColumn("Waiting", "pending"),
        ListColumn("Closed", "closed_on"),
    )


class ExchangesModel(RowListModel):
    columns = (
        ListColumn("Date", "done_on"),
        ListColumn("Giver", "giver"),
        ListColumn("Receiver", "receiver"),
        ListColumn("Hours", "minutes", _hours),
        ListColumn("Status", "status"),
        ListColumn("What", "what", _first_line),
    )


class AidFiguresModel(RowListModel):
    """Per area and month (``area`` "" is the whole place: money in and out of the fund)."""

    columns = (
        ListColumn("Month", "month"),
        ListColumn("Area", "area", lambda v: plain_text(v) or "Whole place"),
        ListColumn("Needs raised", "needs_raised"),
        ListColumn("Met within a week", "met_within_week"),
        ListColumn("People helping", "helpers"),
        ListColumn("Fund in", "fund_in_cents", _money_or_blank),
        ListColumn("Fund out", "fund_out_cents", _money_or_blank),
    )
    id_attr = "month"


class CheckInsModel(RowListModel):
    columns = (
        ListColumn("Due", "due_on"),
        ListColumn("Overdue", "overdue", lambda v: "⚠ overdue" if v else ""),
        ListColumn("Member", "member"),
        ListColumn("Event", "event"),
        ListColumn("On", "event_on"),
        ListColumn("Who checks", "checker"),
        ListColumn("Done", "done_on"),
        ListColumn("Outcome", "outcome", _first_line),
    )


class IncidentsModel(RowListModel):
    columns = (
        ListColumn("Date", "occurred_on"),
        ListColumn("Member", "member"),
        ListColumn("Who from management", "management"),
        ListColumn("Witnesses", "witness_count"),
        ListColumn("Grievance", "grievance"),
        ListColumn("Sensitive", "sensitive", _yes),
        ListColumn("What happened", "what", _first_line),
    )


class CareFollowUpsModel(RowListModel):
    """Mutual-aid follow-ups and check-ins due (``CareItem``), shown beside the one-on-one
    follow-ups; ``ID_ROLE`` is ``(kind, id)``."""

    columns = (
        ListColumn("Due", "due_on", lambda v: f"{plain_text(v)}"),
        ListColumn("Overdue", "overdue", lambda v: "⚠ overdue" if v else ""),
        ListColumn("What", "what"),
        ListColumn("Member", "member"),
        ListColumn("With", "other"),
    )
    id_attr = "key"


class CommunityRollupModel(RowListModel):
    """The council's members' mutual aid and time bank over a year (``CommunityRollupView``)."""

    columns = (
        ListColumn("Member", "forum"),
        ListColumn("Kind", "kind"),
        ListColumn("As of", "as_of"),
        ListColumn("Hours exchanged", "hours"),
        ListColumn("Members active", "active"),
        ListColumn("Needs raised", "needs"),
        ListColumn("Met within a week", "met"),
        ListColumn("People helping", "helpers"),
    )
    id_attr = "forum"
