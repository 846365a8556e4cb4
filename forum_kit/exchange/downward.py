"""What a council sends down to its members: the signed agenda of a coming meeting, and its
decisions after the meeting (the confederation's downward half; ``bundles`` is the upward one).

Owns both formats, each in the shared envelope of ``forum_kit.exchange.envelope`` (so the key
cards, and every check of SECURITY.md table E, are the council bundles' own) with its own magic:
"FKAGENDA" and "FKDECIDE", version 1.0. Importing an agenda creates (or updates) the council, its
meeting and its items in the member's vault, ready for mandates; importing decisions records each
item's result and the tally by member, fills the member's delegate report-back drafts (a delegate
who voted against the mandate is marked: carried out "no"), and the briefing shows them. Both
refuse a replay and an older file from the same council through ``received_bundles``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import InvalidInput, NotFound
from forum_kit.exchange.bundle_check import MAX_ITEMS, TITLE, _Check
from forum_kit.exchange.bundles import REFUSALS, BundleInvalid, _find_peer
from forum_kit.exchange.envelope import (
    EnvelopeKind,
    check_fresh,
    open_envelope,
    seal_envelope,
    utc_naive,
)
from forum_kit.exchange.identity import (
    PeerRow,
    ensure_identity,
    find_peer,
    parse_fingerprint,
)
from forum_kit.i18n import _
from forum_kit.models.assembly import (
    AgendaItem,
    Body,
    Delegate,
    Mandate,
    MandateReport,
    Meeting,
    Motion,
)
from forum_kit.models.enums import BodyKind, CarriedOut, DelegateRole, MotionResult
from forum_kit.models.federation import (
    CouncilDecision,
    MemberVote,
    ReceivedBundle,
    RollupMandate,
    TrustedPeer,
)
from forum_kit.vote_words import result_word, vote_counts, vote_word

__all__ = [
    "AGENDA",
    "DECISIONS",
    "VOTES",
    "DownResult",
    "export_agenda",
    "export_decisions",
    "import_agenda",
    "import_decisions",
    "kind_of",
    "record_member_vote",
]

AGENDA = EnvelopeKind(
    magic=b"FKAGENDA",
    label=b"forum-kit agenda v1\0",
    major=1,
    minor=0,
    max_file=4 * 1024 * 1024,
    max_plain=2 * 1024 * 1024,
)
DECISIONS = EnvelopeKind(
    magic=b"FKDECIDE",
    label=b"forum-kit decisions v1\0",
    major=1,
    minor=0,
    max_file=4 * 1024 * 1024,
    max_plain=2 * 1024 * 1024,
)
VOTES = ("for", "against", "abstain", "absent")
BACKGROUND = 20_000
MAX_MEMBERS = 500
_RESULTS = tuple(str(r) for r in MotionResult)


def kind_of(data: bytes) -> str:
    """Which file this is by its magic: "agenda", "decisions" or "bundle" (anything else)."""
    if data[:8] == AGENDA.magic:
        return "agenda"
    if data[:8] == DECISIONS.magic:
        return "decisions"
    return "bundle"


@dataclass(frozen=True)
class DownResult:
    """What an export wrote or an import took in, for the command line and the page."""

    kind: str
    file_id: str
    council: str
    meeting_date: date
    items: int
    data: bytes = b""
    against: tuple[str, ...] = ()
    drafts: int = 0
    warnings: tuple[str, ...] = field(default_factory=tuple)


# ------------------------------------------------------------------------------------ sending


def _recipient(session: Session, fingerprint: str) -> PeerRow:
    peer = find_peer(session, fingerprint)
    if peer is None:
        raise NotFound(
            _("No trusted forum or council has that fingerprint; trust its key card first "
              "('forum-kit keys trust').")
        )
    return peer


def _own_meeting(session: Session, council_id: int | None, meeting_date: date) -> Meeting:
    """This council's meeting on that date (the vault's only council meeting that day)."""
    query = (
        sa.select(Meeting)
        .join(Body, Body.id == Meeting.body_id)
        .where(
            Body.kind == BodyKind.COUNCIL,
            sa.func.date(Meeting.held_at) == meeting_date.isoformat(),
        )
    )
    if council_id is not None:
        query = query.where(Body.id == council_id)
    found = list(session.execute(query).scalars())
    if not found:
        raise NotFound(_("No council meeting on that date in this vault; schedule it first."))
    if len(found) > 1:
        raise InvalidInput(
            _("More than one council meets on that date; say which council sends.")
        )
    return found[0]


def _seal(
    kind: EnvelopeKind,
    session: Session,
    payload: dict[str, Any],
    peer: PeerRow,
    *,
    now: datetime,
    default_name: str,
) -> tuple[bytes, bytes]:
    identity = ensure_identity(session, default_name=default_name, now=now)
    file_id = os.urandom(16)
    plain = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    data = seal_envelope(
        kind,
        plain.encode(),
        sender=identity,
        recipient_fingerprint=parse_fingerprint(peer.fingerprint),
        recipient_agreement_public=peer.agreement_public,
        created=now,
        file_id=file_id,
    )
    return data, file_id


def export_agenda(
    session: Session,
    *,
    recipient_fingerprint: str,
    meeting_date: date,
    now: datetime,
    default_name: str,
    council_id: int | None = None,
    mandates_due: date | None = None,
) -> DownResult:
    """Seal the agenda of this council's meeting (items, background, the date mandates are due)
    to one member. ``mandates_due`` is also kept on the meeting."""
    peer = _recipient(session, recipient_fingerprint)
    meeting = _own_meeting(session, council_id, meeting_date)
    council = session.get(Body, meeting.body_id)
    assert council is not None
    if mandates_due is not None:
        if mandates_due > meeting.held_at.date():
            raise InvalidInput(_("Mandates are due after the meeting; give a date before it."))
        meeting.mandates_due = mandates_due
    items = list(
        session.execute(
            sa.select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting.id)
            .order_by(AgendaItem.ordinal)
        ).scalars()
    )
    if not items:
        raise InvalidInput(_("The meeting has no agenda items yet; add them before sending."))
    payload = {
        "council": {"name": council.name},
        "meeting": {
            "date": meeting.held_at.date().isoformat(),
            "time": meeting.held_at.strftime("%H:%M"),
            "place": meeting.place,
            "mandates_due": None
            if meeting.mandates_due is None
            else meeting.mandates_due.isoformat(),
        },
        "items": [
            {"ordinal": i.ordinal, "title": i.title, "background": i.description} for i in items
        ],
    }
    data, file_id = _seal(AGENDA, session, payload, peer, now=now, default_name=default_name)
    session.flush()
    return DownResult("agenda", file_id.hex(), council.name, meeting_date, len(items), data)


def record_member_vote(
    session: Session, *, agenda_item_id: int, member_fingerprint: str, vote: str
) -> MemberVote:
    """How a member's delegate voted on one item of this council's meeting (again: replaced)."""
    if vote not in VOTES:
        raise InvalidInput(_("Unknown vote; use one of {votes}.").format(votes=", ".join(VOTES)))
    item = session.get(AgendaItem, agenda_item_id)
    if item is None:
        raise NotFound(_("That agenda item does not exist."))
    peer = _recipient(session, member_fingerprint)
    row = session.execute(
        sa.select(MemberVote).where(
            MemberVote.agenda_item_id == item.id, MemberVote.peer_id == peer.id
        )
    ).scalar_one_or_none()
    if row is None:
        row = MemberVote(agenda_item_id=item.id, peer_id=peer.id, vote=vote)
        session.add(row)
    row.vote = vote
    session.flush()
    return row


def member_name(session: Session, peer_id: int) -> str:
    """A member as it names itself in its latest bundle (the trusted name if it sent none)."""
    name = session.execute(
        sa.select(ReceivedBundle.forum_name)
        .where(ReceivedBundle.peer_id == peer_id, ReceivedBundle.summary.not_like('%"kind"%'))
        .order_by(ReceivedBundle.created_at.desc())
        .limit(1)
    ).scalar_one_or_none()
    if name is None:
        peer = session.get(TrustedPeer, peer_id)
        assert peer is not None
        name = peer.name
    return name


def decisions_payload(session: Session, meeting: Meeting, member: str) -> dict[str, Any]:
    """Each item's result (its motion at the meeting), the tally by member with each member's
    mandate as the roll-up holds it; ``member`` names the addressee in that tally."""
    council = session.get(Body, meeting.body_id)
    assert council is not None
    day = meeting.held_at.date()
    items = []
    for item in session.execute(
        sa.select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting.id)
        .order_by(AgendaItem.ordinal)
    ).scalars():
        motion = session.execute(
            sa.select(Motion)
            .where(Motion.agenda_item_id == item.id)
            .order_by(Motion.id.desc())
            .limit(1)
        ).scalar_one_or_none()
        members = []
        for vote, peer_id in session.execute(
            sa.select(MemberVote.vote, MemberVote.peer_id).where(
                MemberVote.agenda_item_id == item.id
            )
        ):
            mandate = session.execute(
                sa.select(RollupMandate.instruction).where(
                    RollupMandate.peer_id == peer_id,
                    RollupMandate.meeting_date == day,
                    RollupMandate.item_ordinal == item.ordinal,
                )
            ).scalar_one_or_none()
            members.append(
                {
                    "member": member_name(session, peer_id),
                    "vote": vote,
                    "mandate": None if mandate is None else str(mandate),
                }
            )
        members.sort(key=lambda m: m["member"].casefold())
        items.append(
            {
                "ordinal": item.ordinal,
                "title": item.title,
                "result": "pending" if motion is None else str(motion.result),
                "for": None if motion is None else motion.votes_for,
                "against": None if motion is None else motion.votes_against,
                "abstain": None if motion is None else motion.abstentions,
                "members": members,
            }
        )
    return {
        "council": {"name": council.name},
        "meeting": {"date": day.isoformat(), "place": meeting.place},
        "member": member,
        "items": items,
    }


def export_decisions(
    session: Session,
    *,
    recipient_fingerprint: str,
    meeting_date: date,
    now: datetime,
    default_name: str,
    council_id: int | None = None,
) -> DownResult:
    """Seal this council's decisions of a meeting to one member."""
    peer = _recipient(session, recipient_fingerprint)
    meeting = _own_meeting(session, council_id, meeting_date)
    if utc_naive(now).date() < meeting.held_at.date():
        raise InvalidInput(
            _("The meeting has not been held yet; send its decisions afterwards.")
        )
    payload = decisions_payload(session, meeting, member_name(session, peer.id))
    against = tuple(
        f"{i['ordinal']}. {m['member']}"
        for i in payload["items"]
        for m in i["members"]
        if _against(m["mandate"], m["vote"])
    )
    data, file_id = _seal(DECISIONS, session, payload, peer, now=now, default_name=default_name)
    return DownResult(
        "decisions",
        file_id.hex(),
        payload["council"]["name"],
        meeting_date,
        len(payload["items"]),
        data,
        against,
    )


def _against(mandate: str | None, vote: str | None) -> bool:
    """A delegate voted against the mandate: a bound vote (for, against, abstain) cast
    otherwise. A free vote binds nothing; not voting is not a vote against."""
    bound = ("for", "against", "abstain")
    return mandate in bound and vote in bound and vote != mandate


# ---------------------------------------------------------------------------------- receiving


def _validate_agenda(decoded: Any, *, lenient: bool = False) -> dict[str, Any]:
    c = _Check(lenient)
    top = c.obj(decoded, "the top level", {"council", "meeting", "items"})
    council = c.obj(top["council"], "council", {"name"})
    m = c.obj(top["meeting"], "meeting", {"date", "time", "place", "mandates_due"})
    clock = c.text(m["time"], "meeting.time", 5, required=True)
    try:
        at = time.fromisoformat(clock)
    except ValueError:
        raise c.fail("meeting.time") from None
    items = []
    seen: set[int] = set()
    for i, raw in enumerate(c.lst(top["items"], "items", MAX_ITEMS)):
        where = f"items[{i}]"
        item = c.obj(raw, where, {"ordinal", "title", "background"})
        ordinal = c.int_(item["ordinal"], f"{where}.ordinal", 1, 100_000)
        if ordinal in seen:
            raise c.fail(f"{where}.ordinal")
        seen.add(ordinal)
        items.append(
            {
                "ordinal": ordinal,
                "title": c.text(item["title"], f"{where}.title", TITLE, required=True),
                "background": c.text(item["background"], f"{where}.background", BACKGROUND),
            }
        )
    day = c.day(m["date"], "meeting.date")
    assert day is not None
    due = c.day(m["mandates_due"], "meeting.mandates_due", optional=True)
    return {
        "council": c.text(council["name"], "council.name", TITLE, required=True),
        "held_at": datetime.combine(day, at),
        "day": day,
        "place": c.text(m["place"], "meeting.place", TITLE),
        "mandates_due": due,
        "items": items,
    }


def _validate_decisions(decoded: Any, *, lenient: bool = False) -> dict[str, Any]:
    c = _Check(lenient)
    top = c.obj(decoded, "the top level", {"council", "meeting", "member", "items"})
    council = c.obj(top["council"], "council", {"name"})
    m = c.obj(top["meeting"], "meeting", {"date", "place"})
    items = []
    seen: set[int] = set()
    for i, raw in enumerate(c.lst(top["items"], "items", MAX_ITEMS)):
        where = f"items[{i}]"
        item = c.obj(
            raw, where, {"ordinal", "title", "result", "for", "against", "abstain", "members"}
        )
        ordinal = c.int_(item["ordinal"], f"{where}.ordinal", 1, 100_000)
        if ordinal in seen:
            raise c.fail(f"{where}.ordinal")
        seen.add(ordinal)
        result = c.text(item["result"], f"{where}.result", 20, required=True)
        if result not in _RESULTS:
            raise c.fail(f"{where}.result")
        members = []
        for j, mraw in enumerate(c.lst(item["members"], f"{where}.members", MAX_MEMBERS)):
            mw = f"{where}.members[{j}]"
            entry = c.obj(mraw, mw, {"member", "vote", "mandate"})
            vote = c.text(entry["vote"], f"{mw}.vote", 10, required=True)
            mandate = entry["mandate"]
            if vote not in VOTES or mandate not in (None, "for", "against", "abstain", "free"):
                raise c.fail(mw)
            members.append(
                {
                    "member": c.text(entry["member"], f"{mw}.member", TITLE, required=True),
                    "vote": vote,
                    "mandate": mandate,
                }
            )
        counts = {
            k: None if item[k] is None else c.int_(item[k], f"{where}.{k}")
            for k in ("for", "against", "abstain")
        }
        items.append(
            {
                "ordinal": ordinal,
                "title": c.text(item["title"], f"{where}.title", TITLE, required=True),
                "result": result,
                **counts,
                "members": members,
            }
        )
    day = c.day(m["date"], "meeting.date")
    return {
        "council": c.text(council["name"], "council.name", TITLE, required=True),
        "day": day,
        "place": c.text(m["place"], "meeting.place", TITLE),
        "member": c.text(top["member"], "member", TITLE, required=True),
        "items": items,
    }


def _open(
    kind: EnvelopeKind,
    session: Session,
    data: bytes,
    *,
    now: datetime,
    default_name: str,
    allow_older: bool,
) -> tuple[Any, PeerRow, Any, list[str]]:
    identity = ensure_identity(session, default_name=default_name, now=now)
    header, sender, plain = open_envelope(
        kind, REFUSALS, data, identity=identity, find_sender=_find_peer(session)
    )
    try:
        decoded = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleInvalid() from None
    peer = sender.record
    assert isinstance(peer, PeerRow)
    return header, peer, decoded, []


def _check_and_record(
    session: Session,
    header: Any,
    peer: PeerRow,
    *,
    what: str,
    council: str,
    day: date,
    now: datetime,
    allow_older: bool,
    summary: dict[str, Any],
) -> tuple[ReceivedBundle, list[str]]:
    seen = session.execute(
        sa.select(ReceivedBundle.id).where(ReceivedBundle.bundle_id == header.file_id)
    ).first()
    warnings = []
    if check_fresh(
        REFUSALS,
        header,
        seen=seen is not None,
        last_at=peer.last_bundle_at,
        allow_older=allow_older,
    ):
        warnings.append(
            _("This agenda is older than the last file imported from the same council; imported "
              "because you allowed it.") if what == "agenda" else
            _("These decisions are older than the last file imported from the same council; "
              "imported because you allowed it.")
        )
    received = ReceivedBundle(
        bundle_id=header.file_id,
        peer_id=peer.id,
        forum_name=council,
        created_at=header.created,
        imported_at=utc_naive(now),
        meeting_date=day,
        summary=json.dumps({"kind": what, **summary}, sort_keys=True),
    )
    session.add(received)
    row = session.get(TrustedPeer, peer.id)
    assert row is not None
    if row.last_bundle_at is None or header.created > row.last_bundle_at:
        row.last_bundle_at = header.created
    session.flush()
    return received, warnings


def _council_body(session: Session, peer: PeerRow, name: str) -> Body:
    """The council in this vault that the sending vault is: linked to its key, else by name
    (created when new)."""
    row = session.get(TrustedPeer, peer.id)
    assert row is not None
    body = None if row.body_id is None else session.get(Body, row.body_id)
    if body is None:
        body = session.execute(sa.select(Body).where(Body.name == name)).scalar_one_or_none()
        if body is not None and body.kind is not BodyKind.COUNCIL:
            raise InvalidInput(
                _("This vault has a forum with the council's name; rename it, then import again.")
            )
        if body is None:
            body = Body(kind=BodyKind.COUNCIL, name=name, level="", recall_rule="")
            session.add(body)
            session.flush()
        row.body_id = body.id
    return body


def _meeting_on(session: Session, body_id: int, day: date) -> Meeting | None:
    return (
        session.execute(
            sa.select(Meeting).where(
                Meeting.body_id == body_id, sa.func.date(Meeting.held_at) == day.isoformat()
            )
        )
        .scalars()
        .first()
    )


def _receive(
    kind: EnvelopeKind,
    validate: Callable[..., dict[str, Any]],
    session: Session,
    data: bytes,
    *,
    now: datetime,
    default_name: str,
    allow_older: bool,
) -> tuple[dict[str, Any], ReceivedBundle, list[str], Body]:
    """Every check of table E, then the file recorded as received and its council found (or
    made) in this vault: (content, received row, warnings, council)."""
    header, peer, decoded, _payload = _open(
        kind, session, data, now=now, default_name=default_name, allow_older=allow_older
    )
    # A newer minor version may add keys, which this reader skips.
    content = validate(decoded, lenient=header.minor > kind.minor)
    what = "agenda" if kind is AGENDA else "decisions"
    received, warnings = _check_and_record(
        session,
        header,
        peer,
        what=what,
        council=content["council"],
        day=content["day"],
        now=now,
        allow_older=allow_older,
        summary={"items": len(content["items"])},
    )
    return content, received, warnings, _council_body(session, peer, content["council"])


def import_agenda(
    session: Session, data: bytes, *, now: datetime, default_name: str, allow_older: bool = False
) -> DownResult:
    """Check a council's agenda fully, then create (or bring up to date) its meeting and items
    in this vault: nobody retypes an item. Flushes, never commits."""
    agenda, received, warnings, body = _receive(
        AGENDA,
        _validate_agenda,
        session,
        data,
        now=now,
        default_name=default_name,
        allow_older=allow_older,
    )
    day = agenda["day"]
    meeting = _meeting_on(session, body.id, day)
    if meeting is None:
        meeting = Meeting(
            body_id=body.id, held_at=agenda["held_at"], place=agenda["place"], minutes="", guests=0
        )
        session.add(meeting)
    meeting.held_at = agenda["held_at"]
    meeting.place = agenda["place"]
    meeting.mandates_due = agenda["mandates_due"]
    session.flush()
    existing = {
        i.ordinal: i
        for i in session.execute(
            sa.select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
        ).scalars()
    }
    for entry in agenda["items"]:
        item = existing.get(entry["ordinal"])
        if item is None:
            session.add(
                AgendaItem(
                    meeting_id=meeting.id,
                    ordinal=entry["ordinal"],
                    title=entry["title"],
                    description=entry["background"],
                )
            )
        else:
            item.title = entry["title"]
            item.description = entry["background"]
    session.flush()
    return DownResult(
        "agenda",
        received.bundle_id.hex(),
        body.name,
        day,
        len(agenda["items"]),
        warnings=tuple(warnings),
    )


def _delegate_of(session: Session, forum_id: int, council_id: int, day: date) -> Delegate | None:
    return (
        session.execute(
            sa.select(Delegate)
            .where(
                Delegate.forum_id == forum_id,
                Delegate.council_id == council_id,
                Delegate.role == DelegateRole.DELEGATE,
                Delegate.term_start <= day,
                Delegate.term_end >= day,
                sa.or_(Delegate.ended_on.is_(None), Delegate.ended_on > day),
            )
            .order_by(Delegate.term_start.desc())
        )
        .scalars()
        .first()
    )


def _outcome(item: dict[str, Any], vote: str | None, mandate: str, against: bool) -> str:
    """The report-back draft's outcome, in this vault's language (the keys came in English)."""
    counts = vote_counts(item["for"], item["against"], item["abstain"])
    result = result_word(item["result"])
    text = (
        _("The council's decision: {result} ({counts}).").format(result=result, counts=counts)
        if counts
        else _("The council's decision: {result}.").format(result=result)
    )
    if vote is None:
        return text + " " + _("The council recorded no vote of our delegate.")
    text += " " + _("Our delegate's vote: {vote}; the mandate: {mandate}.").format(
        vote=vote_word(vote), mandate=vote_word(mandate)
    )
    if against:
        text += " " + _("The delegate voted against the mandate.")
    return text


def import_decisions(
    session: Session, data: bytes, *, now: datetime, default_name: str, allow_older: bool = False
) -> DownResult:
    """Check a council's decisions fully, then record them and fill each mandate's report-back
    draft in this vault (an existing report-back is kept). Flushes, never commits."""
    decisions, received, warnings, body = _receive(
        DECISIONS,
        _validate_decisions,
        session,
        data,
        now=now,
        default_name=default_name,
        allow_older=allow_older,
    )
    day = decisions["day"]
    meeting = _meeting_on(session, body.id, day)
    if meeting is None:
        raise NotFound(
            _("This vault has no meeting of that council on that date; import its agenda first.")
        )
    items = {
        i.ordinal: i
        for i in session.execute(
            sa.select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
        ).scalars()
    }
    reported_on = max(utc_naive(now).date(), day)
    against_items: list[str] = []
    drafts = 0
    for entry in decisions["items"]:
        item = items.get(entry["ordinal"])
        if item is None:
            warnings.append(
                _("Item {n} of the decisions is not on this vault's agenda; skipped.").format(
                    n=entry["ordinal"]
                )
            )
            continue
        own = next((m for m in entry["members"] if m["member"] == decisions["member"]), None)
        vote = None if own is None else own["vote"]
        mandates = list(
            session.execute(sa.select(Mandate).where(Mandate.agenda_item_id == item.id)).scalars()
        )
        against = any(_against(str(m.instruction), vote) for m in mandates)
        row = session.execute(
            sa.select(CouncilDecision).where(CouncilDecision.agenda_item_id == item.id)
        ).scalar_one_or_none()
        if row is None:
            row = CouncilDecision(agenda_item_id=item.id)
            session.add(row)
        row.received_id = received.id
        row.result = entry["result"]
        row.votes_for, row.votes_against, row.abstentions = (
            entry["for"],
            entry["against"],
            entry["abstain"],
        )
        row.tally = json.dumps(entry["members"], ensure_ascii=False, sort_keys=True)
        row.delegate_vote = vote
        row.against_mandate = against
        if against:
            against_items.append(f"{entry['ordinal']}. {entry['title']}")
        for mandate in mandates:
            if session.execute(
                sa.select(MandateReport.id).where(MandateReport.mandate_id == mandate.id)
            ).first():
                continue
            bad = _against(str(mandate.instruction), vote)
            carried = (
                CarriedOut.NO
                if bad
                else CarriedOut.PARTLY
                if vote in (None, "absent")
                else CarriedOut.YES
            )
            delegate = _delegate_of(session, mandate.forum_id, body.id, day)
            session.add(
                MandateReport(
                    mandate_id=mandate.id,
                    delegate_id=None if delegate is None else delegate.id,
                    carried_out=carried,
                    outcome=_outcome(entry, vote, str(mandate.instruction), bad),
                    notes=_("Draft filled from the council's decisions; the delegate checks it "
                            "and reports back."),
                    reported_on=reported_on,
                )
            )
            drafts += 1
    session.flush()
    return DownResult(
        "decisions",
        received.bundle_id.hex(),
        body.name,
        day,
        len(decisions["items"]),
        against=tuple(against_items),
        drafts=drafts,
        warnings=tuple(warnings),
    )
