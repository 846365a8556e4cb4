"""The keeper's side of a field report: taking it in, the review, and provenance.

Owns ``receive_report`` (every envelope check, then the report's content read strictly, its base
copy one this keeper sent that member, the freshness check, and the scope check: an entry that
names a record outside the member's scope now, or reuses the uid of a record of the chart, makes
the whole report refused with ``ReportOutOfScope``; nothing is written unless all passes, then
the report waits for review), ``plan_review`` (each change as the import's dry run shows rows:
plain, already so, reviewed before, crossing a change the keeper made since the copy (a
conflict: both versions shown to choose from), or impossible now, found by trying every change in
a savepoint that is rolled back), ``apply_review`` (the keeper's decisions applied in the
caller's one transaction through the services, each applied change recorded with who reported
it, through which report and who accepted it) and ``provenance`` (those records, for the contact
and grievance editors).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.committee.changes import (
    APPLY,
    CHECK,
    FIELD_LABELS,
    Context,
    Names,
    Resolver,
    already_done,
    current_value,
    describe,
    same_event,
    shown_value,
)
from forum_kit.committee.entries import REPORT
from forum_kit.committee.errors import (
    REFUSALS,
    ExchangeInvalid,
    ReportOutOfScope,
    UnknownCommitteeSender,
)
from forum_kit.committee.kinds import KINDS
from forum_kit.committee.members import find_members
from forum_kit.committee.ops import Entry, additions, check_entry, references
from forum_kit.committee.scope import in_scope, scope_of
from forum_kit.errors import ForumKitError, InvalidInput, NotFound
from forum_kit.exchange.envelope import Sender, check_fresh, open_envelope, utc_naive
from forum_kit.exchange.identity import ensure_identity, format_fingerprint
from forum_kit.i18n import _
from forum_kit.models import (
    Assessment,
    ChartCopySent,
    ChartMember,
    ChartProvenance,
    ChartReport,
    Contact,
    Conversation,
    Grievance,
    GrievanceEvent,
    Workplace,
)

MAX_ENTRIES = 100_000
ACCEPT = "accepted"
DECLINE = "declined"


def _fail(where: str) -> ExchangeInvalid:
    return ExchangeInvalid(
        _(
            "The report's content does not follow the format (at {where}); nothing was written."
        ).format(where=where)
    )


@dataclass(frozen=True)
class Received:
    report_row_id: int
    steward: str
    workplace: str
    entries: int
    created: datetime


def _find_member(session: Session) -> Any:
    def find(fingerprint: bytes) -> Sender | None:
        found = find_members(session, fingerprint)
        return None if not found else Sender(found[0].signing_public, found)

    return find


def _payload(plain: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _fail("the top level") from None
    keys = {"format", "steward", "keeper", "workplace", "base_copy", "entries"}
    if not isinstance(payload, dict) or set(payload) != keys or payload["format"] != "report":
        raise _fail("the top level")
    for key in ("steward", "keeper", "workplace", "base_copy"):
        if not isinstance(payload[key], str) or len(payload[key]) > 200:
            raise _fail(key)
    entries = payload["entries"]
    if not isinstance(entries, list) or not entries or len(entries) > MAX_ENTRIES:
        raise _fail("entries")
    return payload


def receive_report(session: Session, data: bytes, *, now: datetime, default_name: str) -> Received:
    """Check a report completely and keep it waiting for review (flush, no commit). Raises an
    ``ExchangeError`` before anything is written when anything is wrong."""
    identity = ensure_identity(session, default_name=default_name, now=now)
    header, sender, plain = open_envelope(
        REPORT, REFUSALS, data, identity=identity, find_sender=_find_member(session)
    )
    payload = _payload(plain)
    memberships: list[ChartMember] = sender.record  # type: ignore[assignment]
    member = next(
        (
            m
            for m in memberships
            if session.execute(
                sa.select(Workplace.uid).where(Workplace.id == m.workplace_id)
            ).scalar_one()
            == payload["workplace"]
        ),
        None,
    )
    if member is None:
        raise UnknownCommitteeSender()
    entries = [check_entry(raw, f"entries[{i}]") for i, raw in enumerate(payload["entries"])]
    if len({e.uid for e in entries}) != len(entries):
        raise _fail("entries.uid")
    try:
        base = bytes.fromhex(payload["base_copy"])
    except ValueError:
        raise _fail("base_copy") from None
    if not session.execute(
        sa.select(ChartCopySent.id).where(
            ChartCopySent.copy_id == base, ChartCopySent.member_id == member.id
        )
    ).first():
        raise _fail("base_copy")
    seen = session.execute(
        sa.select(ChartReport.id).where(ChartReport.report_id == header.file_id)
    ).first()
    check_fresh(REFUSALS, header, seen=seen is not None, last_at=member.last_report_at)
    _check_scope(session, member, entries)
    report = ChartReport(
        report_id=header.file_id,
        member_id=member.id,
        reporter_name=member.name,
        reporter_fingerprint=member.fingerprint,
        base_copy_id=base,
        created_at=header.created,
        received_at=utc_naive(now),
        operations=json.dumps([e.to_json() for e in entries], ensure_ascii=False),
        decisions="{}",
    )
    session.add(report)
    if member.last_report_at is None or header.created > member.last_report_at:
        member.last_report_at = header.created
    session.flush()
    workplace = session.get(Workplace, member.workplace_id)
    return Received(
        report.id, member.name, workplace.name if workplace else "", len(entries), header.created
    )


def _check_scope(session: Session, member: ChartMember, entries: list[Entry]) -> None:
    """ReportOutOfScope unless every record the entries name is in the member's scope (or added
    by an earlier entry) and no entry reuses the uid of a record of the chart."""
    scope = scope_of(session, member)
    new: set[tuple[str, str]] = set()
    wanted: dict[str, set[str]] = {}
    for entry in entries:
        for kind, uid in references(entry):
            if (kind, uid) not in new:
                wanted.setdefault(kind, set()).add(uid)
        for kind, uid in additions(entry):
            table = KINDS[kind].table
            if (kind, uid) in new or session.execute(
                sa.select(table.c.id).where(table.c.uid == uid)
            ).first():
                raise ReportOutOfScope()
            new.add((kind, uid))
    for kind, uids in wanted.items():
        if in_scope(session, scope, kind, uids) != uids:
            raise ReportOutOfScope()


# ------------------------------------------------------------------------------------ review


@dataclass(frozen=True)
class Detail:
    label: str
    base: str  # the steward's copy's value ("" for an addition)
    current: str  # the keeper's value now
    proposed: str  # the steward's


@dataclass(frozen=True)
class Change:
    number: int
    entry_uid: str
    op: str
    what: str
    subject: str
    details: tuple[Detail, ...]
    status: str  # new, conflict, same, cannot, reviewed
    reason: str
    needs: tuple[str, ...]
    earlier: str | None
    reported_at: datetime

    @property
    def decidable(self) -> bool:
        """The keeper must say yes or no (already-so and earlier-reviewed changes are not)."""
        return self.status in ("new", "conflict", "cannot")


@dataclass(frozen=True)
class ReviewPlan:
    report_row_id: int
    steward: str
    created: datetime
    received: datetime
    reviewed: datetime | None
    changes: tuple[Change, ...]
    decisions: dict[str, str] = field(default_factory=dict)
    # what its printed review sheet carries (reports.review_sheet): coworkers' names
    personal_data: ClassVar[str] = "names"

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for change in self.changes:
            out[change.status] = out.get(change.status, 0) + 1
        return out


def _report(session: Session, report_row_id: int) -> ChartReport:
    report = session.get(ChartReport, report_row_id) if isinstance(report_row_id, int) else None
    if report is None:
        raise NotFound(_("No such report in this vault."))
    return report


def _entries(report: ChartReport) -> list[Entry]:
    return [check_entry(raw) for raw in json.loads(report.operations)]


def _earlier(session: Session, report: ChartReport) -> dict[str, str]:
    """Decisions on the same steward's entries in reports reviewed before this one."""
    rows = session.execute(
        sa.select(ChartReport.decisions)
        .where(
            ChartReport.reporter_fingerprint == report.reporter_fingerprint,
            ChartReport.reviewed_at.is_not(None),
            ChartReport.id != report.id,
        )
        .order_by(ChartReport.reviewed_at)
    ).scalars()
    out: dict[str, str] = {}
    for text in rows:
        out.update(json.loads(text))
    return out


def _context(session: Session, report: ChartReport, today: date) -> Context:
    member = session.get(ChartMember, report.member_id) if report.member_id else None
    return Context(author_id=member.contact_id if member else None, today=today)


def _dependencies(entries: list[Entry]) -> dict[str, tuple[str, ...]]:
    """Per entry, the entries of the same report that add what it names."""
    adder: dict[tuple[str, str], str] = {}
    out: dict[str, tuple[str, ...]] = {}
    for entry in entries:
        out[entry.uid] = tuple(
            dict.fromkeys(adder[ref] for ref in references(entry) if ref in adder)
        )
        for added in additions(entry):
            adder[added] = entry.uid
    return out


def plan_review(session: Session, report_row_id: int, *, today: date) -> ReviewPlan:
    """Every change of a report with its status against the chart as it is now. Nothing is
    left changed: trial runs happen inside a savepoint that is rolled back."""
    report = _report(session, report_row_id)
    entries = _entries(report)
    earlier = _earlier(session, report)
    needs = _dependencies(entries)
    ctx = _context(session, report, today)
    names = Names(session)
    res = Resolver(session)
    changes: list[Change] = []
    session.flush()
    outer = session.begin_nested()
    try:
        for number, entry in enumerate(entries, start=1):
            changes.append(
                _plan_one(
                    session,
                    res,
                    names,
                    ctx,
                    entry,
                    number,
                    earlier.get(entry.uid),
                    needs[entry.uid],
                )
            )
    finally:
        outer.rollback()
        res.forget_added()
        session.expire_all()
    return ReviewPlan(
        report_row_id=report.id,
        steward=report.reporter_name,
        created=report.created_at,
        received=report.received_at,
        reviewed=report.reviewed_at,
        changes=tuple(changes),
        decisions=json.loads(report.decisions),
    )


def _plan_one(
    session: Session,
    res: Resolver,
    names: Names,
    ctx: Context,
    entry: Entry,
    number: int,
    earlier: str | None,
    needs: tuple[str, ...],
) -> Change:
    what, subject, values = describe(entry, names)
    details = [Detail(label, "", "", value) for label, value in values]
    status, reason = "new", ""
    try:
        if earlier is not None:
            status, reason = "reviewed", f"{earlier} in an earlier report"
        elif entry.spec.settable or entry.op == "outcome.set":
            base, value = entry.data["base"], entry.data["value"]
            current = current_value(session, res, entry)
            label = _(FIELD_LABELS.get(entry.data.get("field", ""), "Outcome"))
            details.insert(
                0,
                Detail(
                    label,
                    shown_value(entry, base, names),
                    shown_value(entry, current, names),
                    shown_value(entry, value, names),
                ),
            )
            if current == value:
                status, reason = "same", "the chart already says so"
            elif current != base:
                status = "conflict"
                reason = "changed in the chart since the copy; choose which version stands"
        elif already_done(session, res, entry) or (
            entry.op == "grievance.event" and same_event(session, res, entry)
        ):
            status, reason = "same", "already in the chart"
    except ForumKitError as error:
        status, reason = "cannot", error.message
    if status in ("new", "conflict"):
        check = CHECK.get(entry.op)
        try:
            if check is not None:
                check(session, res, entry, ctx)
            else:
                trial = session.begin_nested()
                try:
                    APPLY[entry.op](session, res, entry, ctx)
                    trial.commit()
                except BaseException:
                    trial.rollback()
                    raise
        except ForumKitError as error:
            status, reason = "cannot", error.message
    return Change(
        number,
        entry.uid,
        entry.op,
        what,
        subject,
        tuple(details),
        status,
        reason,
        needs,
        earlier,
        entry.at,
    )


@dataclass(frozen=True)
class ReviewResult:
    accepted: int
    declined: int
    unchanged: int


def apply_review(
    session: Session,
    report_row_id: int,
    decisions: Mapping[str, str],
    *,
    now: datetime,
    default_name: str,
) -> ReviewResult:
    """Apply the keeper's decisions (entry uid -> "accepted" or "declined"; every change that
    asks for one must have one) in the caller's transaction, with provenance."""
    report = _report(session, report_row_id)
    if report.reviewed_at is not None:
        raise InvalidInput(_("This report was already reviewed."))
    plan = plan_review(session, report_row_id, today=now.date())
    by_uid = {c.entry_uid: c for c in plan.changes}
    unknown = set(decisions) - set(by_uid)
    if unknown or any(v not in (ACCEPT, DECLINE) for v in decisions.values()):
        raise InvalidInput(
            _("A decision names no change of this report, or is not accept/decline.")
        )
    final: dict[str, str] = {}
    for change in plan.changes:
        decision = decisions.get(change.entry_uid)
        if change.status == "same":
            final[change.entry_uid] = ACCEPT
            continue
        if change.status == "reviewed":
            continue
        if decision is None:
            raise InvalidInput(
                _("Change {number} needs a decision (accept or decline).").format(
                    number=change.number
                )
            )
        if decision == ACCEPT and change.status == "cannot":
            raise InvalidInput(
                _("Change {number} cannot be applied ({reason}); decline it.").format(
                    number=change.number, reason=change.reason
                )
            )
        if decision == ACCEPT:
            for need in change.needs:
                if final.get(need) == DECLINE:
                    raise InvalidInput(
                        _(
                            "Change {number} needs change {number2}, which is declined; decline "
                            "it too."
                        ).format(number=change.number, number2=by_uid[need].number)
                    )
        final[change.entry_uid] = decision
    identity = ensure_identity(session, default_name=default_name, now=now)
    ctx = _context(session, report, now.date())
    res = Resolver(session)
    stamp = utc_naive(now)
    accepted = declined = unchanged = 0
    for entry in _entries(report):
        change = by_uid[entry.uid]
        decision = final.get(entry.uid)
        if decision == DECLINE:
            declined += 1
            continue
        if decision != ACCEPT:
            continue
        if change.status == "same":
            unchanged += 1
            continue
        try:
            done = APPLY[entry.op](session, res, entry, ctx)
        except ForumKitError as error:
            raise InvalidInput(
                _(
                    "Change {number} could not be applied ({message}); decline it and apply the "
                    "review again."
                ).format(number=change.number, message=error.message)
            ) from None
        accepted += 1
        for kind, uid, what, action in done:
            session.add(
                ChartProvenance(
                    record_kind=kind,
                    record_uid=uid,
                    field=what,
                    action=action,
                    entry_uid=entry.uid,
                    report_id=report.id,
                    report_ref=report.report_id,
                    reporter_name=report.reporter_name,
                    reporter_fingerprint=report.reporter_fingerprint,
                    reported_on=entry.at.date(),
                    accepted_at=stamp,
                    accepted_by=identity.display_name,
                )
            )
    report.decisions = json.dumps(final, sort_keys=True)
    report.reviewed_at = stamp
    session.flush()
    return ReviewResult(accepted, declined, unchanged)


# -------------------------------------------------------------------------------- provenance


@dataclass(frozen=True)
class ProvenanceLine:
    record_kind: str
    field: str
    action: str
    reporter: str
    reporter_fingerprint: str
    report: str
    reported_on: date
    accepted_at: datetime
    accepted_by: str


def _lines(session: Session, uids: list[str]) -> list[ProvenanceLine]:
    if not uids:
        return []
    rows = session.execute(
        sa.select(ChartProvenance)
        .where(ChartProvenance.record_uid.in_(uids))
        .order_by(ChartProvenance.accepted_at, ChartProvenance.id)
    ).scalars()
    return [
        ProvenanceLine(
            r.record_kind,
            r.field,
            r.action,
            r.reporter_name,
            format_fingerprint(r.reporter_fingerprint),
            r.report_ref.hex()[:8],
            r.reported_on,
            r.accepted_at,
            r.accepted_by,
        )
        for r in rows
    ]


def contact_provenance(session: Session, contact_id: int) -> list[ProvenanceLine]:
    """Who reported this person, their details, one-on-ones and assessments."""
    uid = session.execute(sa.select(Contact.uid).where(Contact.id == contact_id)).scalar()
    if uid is None:
        return []
    history = [
        *session.execute(
            sa.select(Conversation.uid).where(Conversation.contact_id == contact_id)
        ).scalars(),
        *session.execute(
            sa.select(Assessment.uid).where(Assessment.contact_id == contact_id)
        ).scalars(),
    ]
    return _lines(session, [uid, *(u for u in history if u)])


def grievance_provenance(session: Session, grievance_id: int) -> list[ProvenanceLine]:
    """Who reported changes to this case and its step events."""
    uid = session.execute(sa.select(Grievance.uid).where(Grievance.id == grievance_id)).scalar()
    if uid is None:
        return []
    events = session.execute(
        sa.select(GrievanceEvent.uid).where(GrievanceEvent.grievance_id == grievance_id)
    ).scalars()
    return _lines(session, [uid, *(u for u in events if u)])
