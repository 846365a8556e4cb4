"""Needs, offers and the retaliation log to CSV or XLSX, through the exporter's safe writer
(``exchange.exporter.export_rows``: formula escaping, atomic, owner-only file).

Owns who may appear in each file. Needs and offers follow ``queries.mutual_aid.shareable``: a
committee-only item is left out unless the committee's full list is asked for
(``committee_list``), and a name appears only where the member agreed to be named and names were
chosen, or in the committee's full list (a member marked sensitive stays withheld unless
``include_sensitive``). The retaliation log leaves sensitive incidents out unless asked (they are
sensitive by default) and withholds sensitive people's names the same way. Each export says what
it carries before it is written (``describe_*``).
"""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy.orm import Session

from forum_kit.aid_kinds import KIND_WORDS
from forum_kit.exchange.exporter import Column, describe_personal_data, export_rows
from forum_kit.i18n import _
from forum_kit.queries import WITHHELD
from forum_kit.queries import care as care_q
from forum_kit.queries import mutual_aid as aid_q

__all__ = [
    "AID_COLUMNS",
    "RETALIATION_COLUMNS",
    "aid_rows",
    "describe_aid_export",
    "describe_retaliation_export",
    "export_aid",
    "export_retaliation",
    "retaliation_rows",
]

AID_COLUMNS: tuple[Column, ...] = (
    Column("side", "Ask or offer"),
    Column("kind", "Kind"),
    Column("what", "What", "what members need or offer (their own words)"),
    Column("area", "Area"),
    Column("when", "When"),
    Column("urgency", "Urgency"),
    Column("status", "Status"),
    Column("visibility", "Who may see it"),
    Column("member", "Member", "names of members who asked or offered"),
)
RETALIATION_COLUMNS: tuple[Column, ...] = (
    Column("occurred_on", "Date"),
    Column("workplace", "Place"),
    Column("member", "Member", "names of members targeted"),
    Column("what", "What happened", "what happened to each member"),
    Column("management", "Who from management", "names of managers"),
    Column("witnesses", "Witnesses", "names of coworkers who witnessed it"),
    Column("grievance", "Grievance"),
    Column("recorded_on", "Logged on"),
)


def _when(start: Any, end: Any) -> str:
    if start and end:
        return f"{start.isoformat()} to {end.isoformat()}"
    if end:
        return f"by {end.isoformat()}"
    return f"from {start.isoformat()}" if start else ""


def aid_rows(
    session: Session,
    *,
    workplace_id: int,
    committee_list: bool = False,
    names: bool = False,
    include_sensitive: bool = False,
) -> list[dict[str, Any]]:
    """Needs then offers as export rows, each only if it may leave the vault this way."""
    out: list[dict[str, Any]] = []
    items = [
        ("ask", n, _when(n.needed_from, n.needed_by), n.urgency, n.status)
        for n in aid_q.needs(session, workplace_id=workplace_id)
    ]
    items += [
        (
            "offer",
            o,
            _when(o.available_from, o.available_until),
            "",
            "withdrawn" if o.withdrawn_on else "standing",
        )
        for o in aid_q.offers(session, workplace_id=workplace_id)
    ]
    for side, item, when, urgency, status in items:
        if committee_list:
            shown, named = True, True
        else:
            shown, named = aid_q.shareable(item.visibility, names=names, sensitive=item.sensitive)
        if not shown:
            continue
        member = ""
        if named or item.anonymous:
            member = item.member
            if item.sensitive and not include_sensitive and not item.anonymous:
                member = WITHHELD
        out.append(
            {
                "side": side,
                "kind": _(KIND_WORDS.get(item.kind, item.kind)),
                "what": item.what,
                "area": item.area,
                "when": when,
                "urgency": urgency,
                "status": aid_q.STATUS_WORDS.get(status, status),
                "visibility": item.visibility,
                "member": member,
            }
        )
    return out


def describe_aid_export(*, committee_list: bool, names: bool) -> str:
    """What a needs-and-offers file carries, said before it is written."""
    if committee_list:
        return (
            describe_personal_data(AID_COLUMNS) + " It is the committee's full list: "
            "items only the committee may see are in it."
        )
    columns = AID_COLUMNS if names else [c for c in AID_COLUMNS if c.key != "member"]
    return (
        describe_personal_data(columns) + " Only items the members agreed to show the "
        "assembly are in it"
        + (", named where they agreed to be named." if names else "; no names.")
    )


def export_aid(
    session: Session,
    path: str | os.PathLike[str],
    *,
    workplace_id: int,
    format: str = "csv",
    committee_list: bool = False,  # noqa: A002
    names: bool = False,
    include_sensitive: bool = False,
) -> int:
    rows = aid_rows(
        session,
        workplace_id=workplace_id,
        committee_list=committee_list,
        names=names,
        include_sensitive=include_sensitive,
    )
    columns = (
        AID_COLUMNS
        if (names or committee_list)
        else tuple(c for c in AID_COLUMNS if c.key != "member")
    )
    return export_rows(rows, columns, path, format)


def retaliation_rows(
    session: Session, *, workplace_id: int | None = None, include_sensitive: bool = False
) -> list[dict[str, Any]]:
    rows = care_q.incidents(
        session,
        workplace_id=workplace_id,
        include_sensitive=include_sensitive,
        sensitive_names=include_sensitive,
    )
    return [
        {
            "occurred_on": r.occurred_on,
            "workplace": r.workplace,
            "member": r.member,
            "what": r.what,
            "management": r.management,
            "witnesses": "; ".join(r.witnesses),
            "grievance": r.grievance,
            "recorded_on": r.recorded_on,
        }
        for r in rows
    ]


def describe_retaliation_export(*, include_sensitive: bool) -> str:
    marked = (
        " Incidents marked sensitive (every incident, unless the committee said otherwise) are "
    )
    if include_sensitive:
        return describe_personal_data(RETALIATION_COLUMNS) + (
            marked + "in it, with the names of people marked sensitive."
        )
    return describe_personal_data(RETALIATION_COLUMNS) + marked + "left out."


def export_retaliation(
    session: Session,
    path: str | os.PathLike[str],
    *,
    workplace_id: int | None = None,
    format: str = "csv",  # noqa: A002
    include_sensitive: bool = False,
) -> int:
    rows = retaliation_rows(session, workplace_id=workplace_id, include_sensitive=include_sensitive)
    return export_rows(rows, RETALIATION_COLUMNS, path, format)
