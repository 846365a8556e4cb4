"""Read models of the confederation's downward half in a member's vault: the council decisions
imported, each with this body's mandate, its delegate's vote and the report-back draft.

Owns ``report_backs`` (one row per decided item that this vault mandated or was told about,
newest meeting first), for the command line's ``bundle reports`` and the Assemblies page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.models.assembly import AgendaItem, Body, Mandate, MandateReport, Meeting
from forum_kit.models.federation import CouncilDecision

__all__ = ["ReportBackRow", "report_backs"]


@dataclass(frozen=True)
class ReportBackRow:
    council: str
    meeting_date: date
    ordinal: int
    title: str
    result: str
    votes: str
    mandate: str | None
    delegate_vote: str | None
    against_mandate: bool
    carried_out: str | None
    outcome: str


def report_backs(session: Session) -> list[ReportBackRow]:
    """Every council decision imported, with this vault's mandate and report-back on it."""
    rows = session.execute(
        sa.select(
            Body.name, Meeting.held_at, AgendaItem.ordinal, AgendaItem.title, CouncilDecision,
            Mandate.instruction, MandateReport.carried_out, MandateReport.outcome,
        )
        .join(AgendaItem, AgendaItem.id == CouncilDecision.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .join(Body, Body.id == Meeting.body_id)
        .outerjoin(Mandate, Mandate.agenda_item_id == AgendaItem.id)
        .outerjoin(MandateReport, MandateReport.mandate_id == Mandate.id)
        .order_by(Meeting.held_at.desc(), AgendaItem.ordinal)
    ).all()
    out = []
    for council, held_at, ordinal, title, d, instruction, carried, outcome in rows:
        counts = "-".join(
            str(n) for n in (d.votes_for, d.votes_against, d.abstentions) if n is not None
        )
        out.append(ReportBackRow(
            council=council, meeting_date=held_at.date(), ordinal=ordinal, title=title,
            result=d.result, votes=counts,
            mandate=None if instruction is None else str(instruction),
            delegate_vote=d.delegate_vote, against_mandate=d.against_mandate,
            carried_out=None if carried is None else str(carried), outcome=outcome or "",
        ))
    return out
