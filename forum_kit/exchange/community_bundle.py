"""The mutual-aid and time-bank section of a council bundle (format 1.1), and the retaliation
incidents a forum may choose to send with it.

Owns the section's payload (``community_payload``: the forum's ``CommunityFigures``, every value
already protected by the small-numbers rule, so no count under the threshold is ever in the
bundle), its strict validation against the bundle reader's ``_Check`` (so errors read as every
other bundle error), storing it in a council vault, and the same three for retaliation
incidents, which travel only when the forum ticks them and then carry dates, what happened, who
from management and the grievance number; the member and the witnesses are never named (the
witnesses travel as a count).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.i18n import ngettext
from forum_kit.models.community_rollup import RollupCommunity, RollupRetaliation
from forum_kit.places import PLACE_KINDS
from forum_kit.queries import care as care_q
from forum_kit.queries.community_figures import forum_community_figures
from forum_kit.small_numbers import QUALIFIERS, WITHHELD

__all__ = [
    "community_payload",
    "describe_retaliation",
    "retaliation_payload",
    "store_community",
    "store_retaliation",
    "validate_community",
    "validate_retaliation",
]

MAX_FIGURES = 400
MAX_INCIDENTS = 2000
_PERIOD = re.compile(r"^(year|\d{4}-(0[1-9]|1[0-2]))$")


def community_payload(session: Session, *, forum_id: int, as_of: date) -> dict[str, Any]:
    figures = forum_community_figures(session, forum_id=forum_id, as_of=as_of)
    return {
        "place_kind": figures.place_kind,
        "threshold": figures.threshold,
        "as_of": as_of.isoformat(),
        "currency": figures.currency,
        "figures": [
            {"period": p, "measure": m, "value": v.value, "q": v.qualifier}
            for p, m, v in figures.figures
        ],
    }


def validate_community(c: Any, raw: Any) -> dict[str, Any]:
    """The section checked with the bundle reader's ``_Check`` ``c`` (strict types and sizes)."""
    top = c.obj(raw, "community", {"place_kind", "threshold", "as_of", "currency", "figures"})
    kind = c.text(top["place_kind"], "community.place_kind", 20, required=True)
    if kind not in PLACE_KINDS and not c.lenient:
        raise c.fail("community.place_kind")
    figures = []
    for i, item in enumerate(c.lst(top["figures"], "community.figures", MAX_FIGURES)):
        where = f"community.figures[{i}]"
        f = c.obj(item, where, {"period", "measure", "value", "q"})
        period = c.text(f["period"], f"{where}.period", 10, required=True)
        if not _PERIOD.match(period):
            raise c.fail(f"{where}.period")
        q = c.text(f["q"], f"{where}.q", 10)
        if q not in QUALIFIERS:
            raise c.fail(f"{where}.q")
        value = None if f["value"] is None else c.int_(f["value"], f"{where}.value")
        if (value is None) != (q == WITHHELD):
            raise c.fail(f"{where}.value")
        figures.append(
            {
                "period": period,
                "measure": c.text(f["measure"], f"{where}.measure", 40, required=True),
                "value": value,
                "q": q,
            }
        )
    return {
        "place_kind": kind,
        "threshold": c.int_(top["threshold"], "community.threshold", 2, 100),
        "as_of": c.day(top["as_of"], "community.as_of"),
        "currency": c.text(top["currency"], "community.currency", 10),
        "figures": figures,
    }


def store_community(
    session: Session,
    section: dict[str, Any],
    *,
    peer_id: int,
    received_id: int,
    forum_name: str,
    keep_existing: bool,
) -> None:
    """The section's figures for the council's roll-up (a newer bundle's replace older ones of
    the same date)."""
    where = (RollupCommunity.peer_id == peer_id, RollupCommunity.as_of == section["as_of"])
    if session.execute(sa.select(RollupCommunity.id).where(*where)).first():
        if keep_existing:
            return
        session.execute(sa.delete(RollupCommunity).where(*where))
    if section["figures"]:
        session.execute(
            sa.insert(RollupCommunity),
            [
                {
                    "peer_id": peer_id,
                    "received_id": received_id,
                    "forum_name": forum_name,
                    "place_kind": section["place_kind"],
                    "as_of": section["as_of"],
                    "period": f["period"],
                    "measure": f["measure"],
                    "value": f["value"],
                    "qualifier": f["q"],
                }
                for f in section["figures"]
            ],
        )


def retaliation_payload(session: Session, *, workplace_id: int | None) -> list[dict[str, Any]]:
    """Every incident of the forum's place (sensitive ones too: sending them is the choice),
    without the member's or the witnesses' names."""
    rows = care_q.incidents(session, workplace_id=workplace_id, include_sensitive=True, names=False)
    return [
        {
            "occurred_on": r.occurred_on.isoformat(),
            "what": r.what,
            "management": r.management,
            "grievance": r.grievance,
            "witnesses": r.witness_count,
        }
        for r in rows
    ]


def validate_retaliation(c: Any, raw: Any) -> list[dict[str, Any]]:
    out = []
    for i, item in enumerate(c.lst(raw, "retaliation", MAX_INCIDENTS)):
        where = f"retaliation[{i}]"
        r = c.obj(item, where, {"occurred_on", "what", "management", "grievance", "witnesses"})
        out.append(
            {
                "occurred_on": c.day(r["occurred_on"], f"{where}.occurred_on"),
                "what": c.text(r["what"], f"{where}.what", 20_000, required=True),
                "management": c.text(r["management"], f"{where}.management", 2000),
                "grievance": c.text(r["grievance"], f"{where}.grievance", 60),
                "witnesses": c.int_(r["witnesses"], f"{where}.witnesses", 0, 10_000),
            }
        )
    return out


def store_retaliation(
    session: Session,
    incidents: list[dict[str, Any]],
    *,
    peer_id: int,
    received_id: int,
    forum_name: str,
) -> None:
    """The incidents as the forum sent them; a newer bundle from the forum replaces the list."""
    session.execute(sa.delete(RollupRetaliation).where(RollupRetaliation.peer_id == peer_id))
    if incidents:
        session.execute(
            sa.insert(RollupRetaliation),
            [
                {"peer_id": peer_id, "received_id": received_id, "forum_name": forum_name, **r}
                for r in incidents
            ],
        )


def describe_retaliation(incidents: list[dict[str, Any]]) -> list[str]:
    """The lines the export dialog and the CLI show when a bundle carries the retaliation log."""
    if not incidents:
        return []
    return [
        ngettext("The retaliation log: {n} incident with its date, what happened, the managers "
                 "named and the grievance number (members and witnesses are not named, witnesses "
                 "are counted): check the description names no coworker.",
                 "The retaliation log: {n} incidents with their dates, what happened, the "
                 "managers named and the grievance numbers (members and witnesses are not named, "
                 "witnesses are counted): check the descriptions name no coworker.",
                 len(incidents)).format(n=len(incidents)),
    ]
