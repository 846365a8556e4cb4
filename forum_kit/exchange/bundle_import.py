"""Importing a council bundle in a council vault: ``import_bundle`` opens it (every check of
``forum_kit.exchange.bundles`` up to the decoded JSON), reads it strictly (``bundle_check``),
refuses a replay or, unless allowed, a bundle older than the last from the same forum, and then
stores the forum's mandates, figures and delegates, with the community and retaliation sections
of ``community_bundle``, in the roll-up tables. All of it happens in the caller's one
transaction, and every refusal comes before any write.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.exchange import community_bundle
from forum_kit.exchange.bundle_check import _COUNTED, validate_payload
from forum_kit.exchange.bundles import FORMAT_MINOR, REFUSALS, _open
from forum_kit.exchange.envelope import check_fresh, utc_naive
from forum_kit.exchange.identity import ensure_identity
from forum_kit.i18n import _
from forum_kit.models.federation import (
    ReceivedBundle,
    RollupCount,
    RollupDelegate,
    RollupFigure,
    RollupMandate,
    TrustedPeer,
)

__all__ = ["ImportResult", "import_bundle"]


@dataclass(frozen=True)
class ImportResult:
    bundle_id: str
    forum: str
    peer: str
    created: datetime
    meeting_date: date
    mandates: int
    areas: int
    delegates: int
    warnings: tuple[str, ...] = field(default_factory=tuple)


def import_bundle(
    session: Session,
    data: bytes,
    *,
    now: datetime,
    default_name: str,
    allow_older: bool = False,
) -> ImportResult:
    """Check ``data`` completely, then import it into the roll-up tables (flush, no commit).
    Raises a ``BundleError`` subclass, before any write, when anything is wrong."""
    identity = ensure_identity(session, default_name=default_name, now=now)
    header, peer, decoded = _open(data, identity, session)
    payload = validate_payload(decoded, lenient=header.minor > FORMAT_MINOR)
    seen = session.execute(
        sa.select(ReceivedBundle.id).where(ReceivedBundle.bundle_id == header.file_id)
    ).first()
    warnings: list[str] = []
    if check_fresh(
        REFUSALS,
        header,
        seen=seen is not None,
        last_at=peer.last_bundle_at,
        allow_older=allow_older,
    ):
        warnings.append(
            _(
                "This bundle is older than the last one imported from the same forum; imported "
                "because you allowed it. Newer data already imported was kept where it differs."
            )
        )
    stamp = utc_naive(now)
    forum_name = payload["forum"]["name"]
    summary = {
        "council": payload["council"]["name"],
        "mandates": len(payload["mandates"]),
        "areas": len(payload["figures"]["areas"]),
        "delegates": len(payload["delegates"]),
        "format": f"{header.major}.{header.minor}",
        "place_kind": (payload.get("community") or {}).get("place_kind", "workplace"),
        # the fund's currency, so that a council sums its members' money only in one currency
        "currency": (payload.get("community") or {}).get("currency", ""),
    }
    received = ReceivedBundle(
        bundle_id=header.file_id,
        peer_id=peer.id,
        forum_name=forum_name,
        created_at=header.created,
        imported_at=stamp,
        meeting_date=payload["meeting"]["date"],
        summary=json.dumps(summary, sort_keys=True),
    )
    session.add(received)
    session.flush()
    older = bool(warnings)
    _store_mandates(session, payload, peer.id, received.id, forum_name, keep_existing=older)
    _store_figures(session, payload, peer.id, received.id, forum_name, keep_existing=older)
    _store_delegates(session, payload, peer.id, received.id)
    if payload.get("community") is not None:
        community_bundle.store_community(
            session,
            payload["community"],
            peer_id=peer.id,
            received_id=received.id,
            forum_name=forum_name,
            keep_existing=older,
        )
    if payload.get("retaliation") is not None and not older:
        community_bundle.store_retaliation(
            session,
            payload["retaliation"],
            peer_id=peer.id,
            received_id=received.id,
            forum_name=forum_name,
        )
    peer_row = session.get(TrustedPeer, peer.id)
    assert peer_row is not None
    if peer_row.last_bundle_at is None or header.created > peer_row.last_bundle_at:
        peer_row.last_bundle_at = header.created
    session.flush()
    return ImportResult(
        bundle_id=header.file_id.hex(),
        forum=forum_name,
        peer=peer.name,
        created=header.created,
        meeting_date=payload["meeting"]["date"],
        mandates=len(payload["mandates"]),
        areas=len(payload["figures"]["areas"]),
        delegates=len(payload["delegates"]),
        warnings=tuple(warnings),
    )


def _store_mandates(
    session: Session,
    payload: dict[str, Any],
    peer_id: int,
    received_id: int,
    forum_name: str,
    *,
    keep_existing: bool,
) -> None:
    # A later bundle restates a mandate (e.g. with its report-back): the newest statement wins.
    for m in payload["mandates"]:
        where = (
            RollupMandate.peer_id == peer_id,
            RollupMandate.meeting_date == m["meeting_date"],
            RollupMandate.item_ordinal == m["ordinal"],
        )
        if session.execute(sa.select(RollupMandate.id).where(*where)).first():
            if keep_existing:
                continue
            session.execute(sa.delete(RollupMandate).where(*where))
        report = m["report"] or {}
        decided = m.get("decided_by") or {}
        session.add(
            RollupMandate(
                peer_id=peer_id,
                received_id=received_id,
                forum_name=forum_name,
                meeting_date=m["meeting_date"],
                item_ordinal=m["ordinal"],
                item_title=m["title"],
                instruction=m["instruction"],
                red_lines=m["red_lines"],
                figure_to_hold=m["figure_to_hold"],
                expires_on=m["expires_on"],
                carried_out=report.get("carried_out"),
                outcome=report.get("outcome", ""),
                reported_on=report.get("reported_on"),
                decided_basis=decided.get("basis"),
                decided_for=decided.get("for"),
                decided_against=decided.get("against"),
                decided_abstain=decided.get("abstain"),
            )
        )
    session.flush()


def _store_figures(
    session: Session,
    payload: dict[str, Any],
    peer_id: int,
    received_id: int,
    forum_name: str,
    *,
    keep_existing: bool,
) -> None:
    figures = payload["figures"]
    as_of = figures["as_of"]
    for model in (RollupFigure, RollupCount):
        where = (model.peer_id == peer_id, model.as_of == as_of)
        if keep_existing and session.execute(sa.select(model.id).where(*where)).first():
            return
        session.execute(sa.delete(model).where(*where))
    rows = [(a, False) for a in figures["areas"]]
    if figures.get("total") is not None:
        rows.append((figures["total"], True))
    if rows:
        session.execute(
            sa.insert(RollupFigure),
            [
                {
                    "peer_id": peer_id,
                    "received_id": received_id,
                    "forum_name": forum_name,
                    "as_of": as_of,
                    "position": -1 if is_total else i,
                    "area_name": a["area"],
                    "depth": a["depth"],
                    "top": a["top"] and not is_total,
                    "total": is_total,
                    "at_least": ",".join(a["at_least"]),
                    **{f: a[f] for f in _COUNTED},
                    "supporters_pct": a["supporters_pct"],
                    "last_test_pct": a["last_test_pct"],
                }
                for i, (a, is_total) in enumerate(rows)
            ],
        )
    counts = [
        ("grievance", f"{g['status']}/{g['type']}", g["count"], g["at_least"])
        for g in figures["grievances"]
    ] + [("issue", t["tag"], t["count"], t["at_least"]) for t in figures["issues"]]
    if counts:
        session.execute(
            sa.insert(RollupCount),
            [
                {
                    "peer_id": peer_id,
                    "received_id": received_id,
                    "as_of": as_of,
                    "kind": kind,
                    "label": label,
                    "count": n,
                    "at_least": bound,
                }
                for kind, label, n, bound in counts
            ],
        )


def _store_delegates(
    session: Session, payload: dict[str, Any], peer_id: int, received_id: int
) -> None:
    if payload["delegates"]:
        session.execute(
            sa.insert(RollupDelegate),
            [
                {
                    "peer_id": peer_id,
                    "received_id": received_id,
                    "display_name": d["name"],
                    "role": d["role"],
                    "term_start": d["term_start"],
                    "term_end": d["term_end"],
                    "recalled": d["recalled"],
                    "ended_on": d["ended_on"],
                }
                for d in payload["delegates"]
            ],
        )
