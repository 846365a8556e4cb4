"""Sending a council bundle from a forum vault (or from a council's, to the body above it).

Owns ``build_payload``: the council meeting's agenda, the forum's mandates and report-backs, its
delegates (elected officers, by display name) and aggregated figures, with the community and
retaliation sections of ``community_bundle``; never coworkers' names, notes, phones or e-mails.
``describe_personal_data`` says what personal data a payload holds, for the export dialog;
``export_bundle`` seals the payload to a trusted council (``forum_kit.exchange.bundles.seal``)
and records it as sent in the caller's transaction.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import InvalidInput, NotFound
from forum_kit.exchange import community_bundle
from forum_kit.exchange.bundles import seal
from forum_kit.exchange.envelope import utc_naive
from forum_kit.exchange.identity import PeerRow, ensure_identity, find_peer, parse_fingerprint
from forum_kit.exchange.tier_community import council_community_payload
from forum_kit.exchange.tier_figures import figures_payload
from forum_kit.i18n import _, ngettext
from forum_kit.models.assembly import (
    AgendaItem,
    Body,
    Delegate,
    Mandate,
    MandateReport,
    Meeting,
    Motion,
)
from forum_kit.models.enums import BodyKind, MotionResult
from forum_kit.models.federation import SentBundle
from forum_kit.small_numbers import get_threshold

__all__ = ["ExportResult", "build_payload", "describe_personal_data", "export_bundle"]


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _basis(row: Any) -> dict[str, Any] | None:
    """How the sending body decided a mandate, from the motion that passed it."""
    if row.motion_result is None:
        return None
    if row.motion_result == MotionResult.CONSENSUS:
        return {"basis": "consensus"}
    out: dict[str, Any] = {"basis": "vote"}
    for key, value in (
        ("for", row.votes_for),
        ("against", row.votes_against),
        ("abstain", row.abstentions),
    ):
        if value is not None:
            out[key] = value
    return out


def _pick_forum(session: Session, forum_id: int | None) -> Body:
    if forum_id is not None:
        # A council sends its own bundle up to the body above it, like a forum.
        body = session.get(Body, forum_id)
        if body is None:
            raise NotFound(_("That forum does not exist in this vault."))
        return body
    forums = list(session.execute(sa.select(Body).where(Body.kind == BodyKind.FORUM)).scalars())
    if len(forums) != 1:
        raise InvalidInput(
            _("This vault holds more than one forum (or none); say which forum sends the bundle.")
        )
    return forums[0]


def _pick_meeting(
    session: Session, *, meeting_date: date, council_id: int | None, peer: PeerRow
) -> tuple[Meeting, Body]:
    query = (
        sa.select(Meeting, Body)
        .join(Body, Body.id == Meeting.body_id)
        .where(
            Body.kind == BodyKind.COUNCIL, sa.func.date(Meeting.held_at) == meeting_date.isoformat()
        )
    )
    wanted = council_id if council_id is not None else peer.body_id
    if wanted is not None:
        query = query.where(Body.id == wanted)
    found = session.execute(query).all()
    if not found:
        raise NotFound(_("No council meeting on that date; schedule it with its agenda first."))
    if len(found) > 1:
        raise InvalidInput(
            _("More than one council meets on that date; say which council the bundle is for.")
        )
    return found[0][0], found[0][1]


def build_payload(
    session: Session,
    *,
    forum_id: int,
    council_meeting_id: int,
    as_of: date,
    recalled_since: date | None = None,
    per_member: bool = True,
    include_retaliation: bool = False,
) -> dict[str, Any]:
    """The JSON payload: the meeting and its agenda, the forum's mandates on it, its earlier
    mandates to the same council that have a report-back, its delegates to that council
    (active on ``as_of``, plus those recalled after ``recalled_since``) and figures, with the
    mutual-aid and time-bank counts (protected); the retaliation log only when asked."""
    forum = session.get(Body, forum_id)
    meeting = session.get(Meeting, council_meeting_id)
    if forum is None or meeting is None:
        raise NotFound(_("That forum or council meeting does not exist."))
    council = session.get(Body, meeting.body_id)
    assert council is not None
    meeting_day = meeting.held_at.date()
    items = session.execute(
        sa.select(AgendaItem.ordinal, AgendaItem.title)
        .where(AgendaItem.meeting_id == meeting.id)
        .order_by(AgendaItem.ordinal)
    ).all()
    rows = session.execute(
        sa.select(
            Meeting.id.label("meeting_id"),
            Meeting.held_at,
            AgendaItem.ordinal,
            AgendaItem.title,
            Mandate.instruction,
            Mandate.red_lines,
            Mandate.figure_to_hold,
            Mandate.expires_on,
            Motion.result.label("motion_result"),
            Motion.votes_for,
            Motion.votes_against,
            Motion.abstentions,
            MandateReport.carried_out,
            MandateReport.outcome,
            MandateReport.reported_on,
        )
        .join(AgendaItem, AgendaItem.id == Mandate.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .outerjoin(MandateReport, MandateReport.mandate_id == Mandate.id)
        .outerjoin(Motion, Motion.id == Mandate.motion_id)
        .where(
            Mandate.forum_id == forum.id,
            Meeting.body_id == council.id,
            sa.or_(
                Meeting.id == meeting.id,
                sa.and_(Meeting.held_at < meeting.held_at, MandateReport.id.is_not(None)),
            ),
        )
        .order_by(Meeting.held_at, AgendaItem.ordinal)
    ).all()
    mandates = [
        {
            "meeting_date": r.held_at.date().isoformat(),
            "ordinal": r.ordinal,
            "title": r.title,
            "instruction": str(r.instruction),
            "red_lines": r.red_lines,
            "figure_to_hold": r.figure_to_hold,
            "expires_on": _iso(r.expires_on),
            # The report's notes stay in the forum: they are the delegate's own working notes.
            "report": None
            if r.carried_out is None
            else {
                "carried_out": str(r.carried_out),
                "outcome": r.outcome,
                "reported_on": r.reported_on.isoformat(),
            },
            "decided_by": _basis(r),
        }
        for r in rows
    ]
    delegates = []
    for d in session.execute(
        sa.select(Delegate)
        .where(Delegate.forum_id == forum.id, Delegate.council_id == council.id)
        .order_by(Delegate.role, Delegate.term_start, Delegate.id)
    ).scalars():
        active = d.term_start <= as_of <= d.term_end and (d.ended_on is None or as_of < d.ended_on)
        recalled = d.recalled_by_motion_id is not None
        # The day of the last bundle counts too: the recall may have come after it was sent.
        recent = recalled and (recalled_since is None or (d.ended_on or as_of) >= recalled_since)
        if not (active or recent):
            continue
        delegates.append(
            {
                "name": d.display_name,
                "role": str(d.role),
                "term_start": d.term_start.isoformat(),
                "term_end": d.term_end.isoformat(),
                "recalled": recalled,
                "ended_on": _iso(d.ended_on),
            }
        )
    threshold = get_threshold(session)
    extra: dict[str, Any] = {}
    if forum.kind == BodyKind.FORUM:
        extra["community"] = community_bundle.community_payload(
            session, forum_id=forum.id, as_of=as_of
        )
    else:
        # A council has no ledger of its own: it sends its members' figures summed, under the
        # small-numbers rule (nothing a member withheld is added back in).
        section = council_community_payload(session, as_of=as_of, threshold=threshold)
        if section is not None:
            extra["community"] = section
    if forum.kind == BodyKind.FORUM:
        if include_retaliation:
            extra["retaliation"] = community_bundle.retaliation_payload(
                session, workplace_id=forum.workplace_id
            )
    return {
        **extra,
        "sender_kind": str(forum.kind),
        "threshold": threshold,
        "forum": {"name": forum.name},
        "council": {"name": council.name},
        "meeting": {
            "date": meeting_day.isoformat(),
            "place": meeting.place,
            "items": [{"ordinal": o, "title": t} for o, t in items],
        },
        "mandates": mandates,
        "delegates": delegates,
        "figures": figures_payload(
            session, forum, as_of=as_of, threshold=threshold, per_member=per_member
        ),
    }


def describe_personal_data(payload: dict[str, Any]) -> list[str]:
    """What personal data the payload holds, one line each, for the export dialog (empty: none).
    Delegates are elected officers named as the forum recorded them; free text the forum wrote
    (red lines, report-back outcomes) is listed so the user checks it names no coworker."""
    lines: list[str] = []
    delegates = payload.get("delegates") or []
    if delegates:
        lines.append(
            ngettext(
                "The name of {n_delegates} delegate or alternate: an elected officer, "
                "with their role and term.",
                "Names of {n_delegates} delegates and alternates: elected officers, with "
                "their role and term.",
                len(delegates),
            ).format(n_delegates=len(delegates))
        )
    texts = sum(1 for m in payload.get("mandates") or [] if m.get("red_lines"))
    texts += sum(1 for m in payload.get("mandates") or [] if (m.get("report") or {}).get("outcome"))
    if texts:
        lines.append(
            ngettext(
                "{texts} free-text field the forum wrote (a red line or a report-back "
                "outcome): check it names no coworker.",
                "{texts} free-text fields the forum wrote (red lines, report-back "
                "outcomes): check they name no coworker.",
                texts,
            ).format(texts=texts)
        )
    lines += community_bundle.describe_retaliation(payload.get("retaliation") or [])
    return lines


@dataclass(frozen=True)
class ExportResult:
    data: bytes
    bundle_id: str
    payload: dict[str, Any]
    personal_data: list[str]
    council_name: str
    meeting_date: date


def export_bundle(
    session: Session,
    *,
    council_fingerprint: str,
    meeting_date: date,
    now: datetime,
    default_name: str,
    forum_id: int | None = None,
    council_id: int | None = None,
    as_of: date | None = None,
    per_member: bool = True,
    include_retaliation: bool = False,
) -> ExportResult:
    """Build, seal and record a bundle for the trusted council with ``council_fingerprint``.
    The caller writes ``data`` where the user chose; the record is part of the caller's
    transaction, so a failed write rolls it back."""
    if isinstance(meeting_date, datetime) or not isinstance(meeting_date, date):
        raise InvalidInput(_("The council meeting date must be a date."))
    peer = find_peer(session, council_fingerprint)
    if peer is None:
        raise NotFound(
            _(
                "No trusted council has that fingerprint; trust its key card first "
                "('forum-kit keys trust')."
            )
        )
    if peer.kind != BodyKind.COUNCIL.value:
        raise InvalidInput(_("That fingerprint belongs to a forum, not a council."))
    identity = ensure_identity(session, default_name=default_name, now=now)
    forum = _pick_forum(session, forum_id)
    meeting, council = _pick_meeting(
        session, meeting_date=meeting_date, council_id=council_id, peer=peer
    )
    if council.id == forum.id:
        raise InvalidInput(_("A council sends its bundle to the body above it, not to itself."))
    last_sent = session.execute(
        sa.select(sa.func.max(SentBundle.created_at)).where(
            SentBundle.peer_id == peer.id, SentBundle.forum_id == forum.id
        )
    ).scalar_one()
    day = as_of or now.date()
    payload = build_payload(
        session,
        forum_id=forum.id,
        council_meeting_id=meeting.id,
        as_of=day,
        recalled_since=None if last_sent is None else last_sent.date(),
        per_member=per_member,
        include_retaliation=include_retaliation,
    )
    bundle_id = os.urandom(16)
    data = seal(
        payload,
        sender=identity,
        recipient_fingerprint=parse_fingerprint(peer.fingerprint),
        recipient_agreement_public=peer.agreement_public,
        created=now,
        bundle_id=bundle_id,
    )
    session.add(
        SentBundle(
            bundle_id=bundle_id,
            peer_id=peer.id,
            forum_id=forum.id,
            meeting_date=meeting_date,
            created_at=utc_naive(now),
        )
    )
    session.flush()
    return ExportResult(
        data=data,
        bundle_id=bundle_id.hex(),
        payload=payload,
        personal_data=describe_personal_data(payload),
        council_name=council.name,
        meeting_date=meeting_date,
    )
