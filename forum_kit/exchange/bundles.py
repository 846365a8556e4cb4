"""Council bundles: what a forum sends up to its council, sealed so only that council can read
it and anyone can tell whether it came unaltered from the forum (SECURITY.md table E).

Owns the bundle format v1, building the payload in a forum vault, and checking and importing it
in a council vault. The payload holds the council meeting's agenda, the forum's mandates and
report-backs, its delegates (elected officers, by display name) and aggregated figures; never
coworkers' names, notes, phones or e-mails. ``describe_personal_data`` says what personal data a
payload holds, for the export dialog.

Format v1 is the shared envelope of ``forum_kit.exchange.envelope`` with the magic "FKBUNDLE":
the payload is compressed JSON, encrypted to the council's key card and signed by the forum. A
reader checks, in this order and before decrypting anything: magic, major version, exact length,
recipient, sender trusted, signature; then decrypts, decompresses (bounded), validates the JSON
strictly, refuses a replay, and imports in the caller's one transaction. A newer minor version
may add header extension bytes and payload keys; this reader skips both.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import ForumKitError, InvalidInput, NotFound
from forum_kit.exchange import community_bundle
from forum_kit.exchange.envelope import (
    EnvelopeHeader,
    EnvelopeKind,
    Sender,
    check_fresh,
    open_envelope,
    read_envelope_file,
    seal_envelope,
    utc_naive,
)
from forum_kit.exchange.envelope import read_header as envelope_header
from forum_kit.exchange.identity import (
    Identity,
    PeerRow,
    ensure_identity,
    find_peer,
    parse_fingerprint,
)
from forum_kit.exchange.tier_community import council_community_payload
from forum_kit.exchange.tier_figures import figures_payload
from forum_kit.i18n import N_, _, ngettext
from forum_kit.models.assembly import (
    AgendaItem,
    Body,
    Delegate,
    Mandate,
    MandateReport,
    Meeting,
    Motion,
)
from forum_kit.models.enums import BodyKind, CarriedOut, DelegateRole, Instruction, MotionResult
from forum_kit.models.federation import (
    ReceivedBundle,
    RollupCount,
    RollupDelegate,
    RollupFigure,
    RollupMandate,
    SentBundle,
    TrustedPeer,
)
from forum_kit.small_numbers import get_threshold

__all__ = [
    "FORMAT_MAJOR",
    "FORMAT_MINOR",
    "MAGIC",
    "BundleAlreadyImported",
    "BundleDamaged",
    "BundleError",
    "BundleHeader",
    "BundleInvalid",
    "BundleOlder",
    "BundleTooNew",
    "BundleUnknownSender",
    "BundleWrongRecipient",
    "ExportResult",
    "ImportResult",
    "NotABundle",
    "build_payload",
    "describe_personal_data",
    "export_bundle",
    "import_bundle",
    "read_header",
    "seal",
    "validate_payload",
]

MAGIC = b"FKBUNDLE"
FORMAT_MAJOR = 1
# Two branches each made a 1.1: one added the optional "community" (mutual aid, time bank) and
# "retaliation" sections, the other the sender's kind and threshold, how a council decided its
# mandate, a total row and lower bounds (the small-numbers rule). 1.2 holds both; a 1.0 or either
# 1.1 still reads, since every key they lack is optional.
FORMAT_MINOR = 2
MAX_BUNDLE = 32 * 1024 * 1024
MAX_PAYLOAD = 16 * 1024 * 1024
_HKDF_INFO = b"forum-kit bundle v1\0"

# Payload limits: generous for a real forum, small enough that a hostile bundle cannot flood.
MAX_ITEMS = 500
MAX_MANDATES = 5000
MAX_DELEGATES = 500
MAX_AREAS = 5000
MAX_COUNTS = 1000
MAX_COUNT = 10_000_000
TITLE = 200
FREE_TEXT = 20_000


# --------------------------------------------------------------------------------------- errors


class BundleError(ForumKitError):
    """Base of the bundle errors; each kind has its own code (30-37) and CLI exit status."""

    code = 30
    default_message = N_("This file is not a Forum Kit council bundle; nothing was imported.")


class NotABundle(BundleError):
    code = 30


class BundleTooNew(BundleError):
    code = 31
    default_message = (
        N_("This bundle was made by a newer Forum Kit (a newer bundle format). Update Forum Kit to "
        "import it; nothing was imported.")
    )


class BundleDamaged(BundleError):
    code = 32
    default_message = (
        N_("The bundle is damaged or altered (truncated, changed, or its signature does not match "
        "the sender's key). Ask the forum to send it again; nothing was imported.")
    )


class BundleWrongRecipient(BundleError):
    code = 33
    default_message = (
        N_("This bundle is for another council (it was encrypted to a different vault's key); "
        "nothing was imported.")
    )


class BundleUnknownSender(BundleError):
    code = 34
    default_message = (
        N_("Unknown sender: compare fingerprints and trust the forum first "
        "('forum-kit keys trust'); nothing was imported.")
    )


class BundleAlreadyImported(BundleError):
    code = 35
    default_message = N_("This bundle was already imported; nothing was imported again.")


class BundleOlder(BundleError):
    code = 36
    default_message = (
        N_("This bundle is older than the last one imported from the same forum (it may be a "
        "replayed copy). Import it anyway only if you expected it (--allow-older).")
    )


class BundleInvalid(BundleError):
    code = 37
    default_message = (
        N_("The bundle is signed by a trusted forum but its content does not follow the format; "
        "nothing was imported. Ask the forum which Forum Kit version made it.")
    )


# ---------------------------------------------------------------------------------- the format


class _Refusals:
    """The bundle's sentence for each way the shared envelope refuses a file."""

    not_a_file = NotABundle
    too_new = BundleTooNew
    damaged = BundleDamaged
    wrong_recipient = BundleWrongRecipient
    unknown_sender = BundleUnknownSender
    already_seen = BundleAlreadyImported
    older = BundleOlder
    invalid = BundleInvalid


KIND = EnvelopeKind(
    magic=MAGIC,
    label=_HKDF_INFO,
    major=FORMAT_MAJOR,
    minor=FORMAT_MINOR,
    max_file=MAX_BUNDLE,
    max_plain=MAX_PAYLOAD,
)
REFUSALS = _Refusals()
BundleHeader = EnvelopeHeader


def seal(
    payload: dict[str, Any],
    *,
    sender: Identity,
    recipient_fingerprint: bytes,
    recipient_agreement_public: bytes,
    created: datetime,
    bundle_id: bytes | None = None,
    major: int = FORMAT_MAJOR,
    minor: int = FORMAT_MINOR,
    extension: bytes = b"",
) -> bytes:
    """Encrypt ``payload`` to the recipient and sign the whole bundle with the sender's key.
    ``major``, ``minor`` and ``extension`` exist so tests can make other versions' bundles."""
    plain = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return seal_envelope(
        KIND,
        plain.encode(),
        sender=sender,
        recipient_fingerprint=recipient_fingerprint,
        recipient_agreement_public=recipient_agreement_public,
        created=created,
        file_id=bundle_id,
        major=major,
        minor=minor,
        extension=extension,
    )


def read_header(data: bytes) -> BundleHeader:
    """Parse the outer layer strictly (magic, version, exact length); checks no key."""
    return envelope_header(KIND, REFUSALS, data)


def _find_peer(session: Session) -> Any:
    def find(fingerprint: bytes) -> Sender | None:
        peer = find_peer(session, fingerprint)
        return None if peer is None else Sender(peer.signing_public, peer)

    return find


def _open(data: bytes, identity: Identity, session: Session) -> tuple[BundleHeader, PeerRow, Any]:
    """Every check up to the decoded JSON, in the order the module docstring gives."""
    header, sender, plain = open_envelope(
        KIND, REFUSALS, data, identity=identity, find_sender=_find_peer(session)
    )
    try:
        decoded = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleInvalid() from None
    peer = sender.record
    assert isinstance(peer, PeerRow)
    return header, peer, decoded


# ----------------------------------------------------------------------------------- validation


class _Check:
    """Strict reading of the decoded JSON: exact keys (extra keys allowed only from a newer
    minor version), types, ranges and lengths. Errors say where, never what the value was."""

    def __init__(self, lenient: bool) -> None:
        self.lenient = lenient

    def fail(self, where: str) -> BundleInvalid:
        return BundleInvalid(
            _("The bundle's content does not follow the format (at {where}); nothing was "
              "imported.").format(where=where)
        )

    def obj(
        self, value: Any, where: str, keys: set[str], optional: frozenset[str] = frozenset()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where)
        have = set(value)
        if not keys <= have or (have - keys - optional and not self.lenient):
            raise self.fail(where)
        return value

    def lst(self, value: Any, where: str, limit: int) -> list[Any]:
        if not isinstance(value, list) or len(value) > limit:
            raise self.fail(where)
        return value

    def text(self, value: Any, where: str, limit: int, *, required: bool = False) -> str:
        if not isinstance(value, str) or len(value) > limit or (required and not value.strip()):
            raise self.fail(where)
        if "\0" in value:
            raise self.fail(where)
        return value

    def count(self, value: Any, where: str) -> int | None:
        """A count, or None: fewer than the sender's threshold (format 1.1)."""
        return None if value is None else self.int_(value, where)

    def int_(self, value: Any, where: str, lo: int = 0, hi: int = MAX_COUNT) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise self.fail(where)
        return value

    def num(self, value: Any, where: str, *, optional: bool = False) -> float | None:
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(where)
        if not math.isfinite(value) or not 0 <= value <= 100_000:
            raise self.fail(where)
        return float(value)

    def day(self, value: Any, where: str, *, optional: bool = False) -> date | None:
        if value is None and optional:
            return None
        if not isinstance(value, str) or len(value) != 10:
            raise self.fail(where)
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(where) from None

    def enum(self, value: Any, where: str, enum: Any) -> Any:
        try:
            return enum(value)
        except (ValueError, TypeError):
            raise self.fail(where) from None

    def flag(self, value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(where)
        return value


_TOP_KEYS = {"forum", "council", "meeting", "mandates", "delegates", "figures"}
_MANDATE_KEYS = {
    "meeting_date",
    "ordinal",
    "title",
    "instruction",
    "red_lines",
    "figure_to_hold",
    "expires_on",
    "report",
}
# Optional keys (format 1.1 of either branch, together 1.2): the community and retaliation
# sections; the sender's kind and threshold, how a council decided its mandate, a
# total row and lower bounds (the small-numbers rule).
_TOP_OPTIONAL = frozenset({"sender_kind", "threshold", "community", "retaliation"})
_MANDATE_OPTIONAL = frozenset({"decided_by"})
_AREA_OPTIONAL = frozenset({"at_least"})
_COUNTED = (
    "headcount",
    "supporters",
    "committee_members",
    "target_members",
    "one_on_ones_90d",
    "open_grievances",
)
_AREA_KEYS = {
    "area",
    "depth",
    "top",
    "headcount",
    "supporters",
    "supporters_pct",
    "committee_members",
    "target_members",
    "one_on_ones_90d",
    "open_grievances",
    "last_test_pct",
}


def _decided_by(c: _Check, value: Any, where: str) -> dict[str, Any] | None:
    """How a council decided its mandate: its delegates' vote (with the counts) or consensus."""
    if value is None:
        return None
    d = c.obj(value, where, {"basis"}, frozenset({"for", "against", "abstain"}))
    basis = c.text(d["basis"], f"{where}.basis", 20, required=True)
    if basis not in ("vote", "consensus"):
        raise c.fail(f"{where}.basis")
    out: dict[str, Any] = {"basis": basis}
    for key in ("for", "against", "abstain"):
        if d.get(key) is not None:
            out[key] = c.int_(d[key], f"{where}.{key}")
    return out


def _area(c: _Check, raw: Any, where: str) -> dict[str, Any]:
    a = c.obj(raw, where, _AREA_KEYS, _AREA_OPTIONAL)
    return {
        "area": c.text(a["area"], f"{where}.area", TITLE, required=True),
        "depth": c.int_(a["depth"], f"{where}.depth", 0, 1000),
        "top": c.flag(a["top"], f"{where}.top"),
        **{f: c.count(a[f], f"{where}.{f}") for f in _COUNTED},
        "supporters_pct": c.num(a["supporters_pct"], f"{where}.supporters_pct", optional=True),
        "last_test_pct": c.num(a["last_test_pct"], f"{where}.last_test_pct", optional=True),
        "at_least": _bounds(c, a.get("at_least", []), f"{where}.at_least"),
    }


def _bounds(c: _Check, value: Any, where: str) -> tuple[str, ...]:
    """The figures of a row that are lower bounds: a list of their names."""
    names = c.lst(value, where, len(_COUNTED))
    if not all(isinstance(n, str) and n in _COUNTED for n in names):
        raise c.fail(where)
    return tuple(sorted(set(names)))


def validate_payload(payload: Any, *, lenient: bool = False) -> dict[str, Any]:
    """The payload if it follows format v1; BundleInvalid naming the first bad place if not.
    Returns a normalised copy with dates as ``date`` objects and enums as enum members."""
    c = _Check(lenient)
    top = c.obj(payload, _("the top level"), _TOP_KEYS, _TOP_OPTIONAL)
    forum = c.obj(top["forum"], "forum", {"name"})
    council = c.obj(top["council"], "council", {"name"})
    meeting = c.obj(top["meeting"], "meeting", {"date", "place", "items"})
    items = []
    seen: set[int] = set()
    for i, raw in enumerate(c.lst(meeting["items"], "meeting.items", MAX_ITEMS)):
        item = c.obj(raw, f"meeting.items[{i}]", {"ordinal", "title"})
        ordinal = c.int_(item["ordinal"], f"meeting.items[{i}].ordinal", 1, 100_000)
        if ordinal in seen:
            raise c.fail(f"meeting.items[{i}].ordinal")
        seen.add(ordinal)
        items.append(
            {"ordinal": ordinal, "title": c.text(item["title"], "title", TITLE, required=True)}
        )
    mandates = []
    keys_seen: set[tuple[date, int]] = set()
    for i, raw in enumerate(c.lst(top["mandates"], "mandates", MAX_MANDATES)):
        where = f"mandates[{i}]"
        m = c.obj(raw, where, _MANDATE_KEYS, _MANDATE_OPTIONAL)
        report = None
        if m["report"] is not None:
            r = c.obj(m["report"], f"{where}.report", {"carried_out", "outcome", "reported_on"})
            report = {
                "carried_out": c.enum(r["carried_out"], f"{where}.report.carried_out", CarriedOut),
                "outcome": c.text(r["outcome"], f"{where}.report.outcome", FREE_TEXT),
                "reported_on": c.day(r["reported_on"], f"{where}.report.reported_on"),
            }
        entry = {
            "meeting_date": c.day(m["meeting_date"], f"{where}.meeting_date"),
            "ordinal": c.int_(m["ordinal"], f"{where}.ordinal", 1, 100_000),
            "title": c.text(m["title"], f"{where}.title", TITLE, required=True),
            "instruction": c.enum(m["instruction"], f"{where}.instruction", Instruction),
            "red_lines": c.text(m["red_lines"], f"{where}.red_lines", FREE_TEXT),
            "figure_to_hold": c.text(m["figure_to_hold"], f"{where}.figure_to_hold", TITLE),
            "expires_on": c.day(m["expires_on"], f"{where}.expires_on", optional=True),
            "report": report,
            "decided_by": _decided_by(c, m.get("decided_by"), f"{where}.decided_by"),
        }
        key = (entry["meeting_date"], entry["ordinal"])
        if key in keys_seen:
            raise c.fail(f"{where}.ordinal")
        keys_seen.add(key)
        mandates.append(entry)
    delegates = []
    for i, raw in enumerate(c.lst(top["delegates"], "delegates", MAX_DELEGATES)):
        where = f"delegates[{i}]"
        d = c.obj(raw, where, {"name", "role", "term_start", "term_end", "recalled", "ended_on"})
        delegates.append(
            {
                "name": c.text(d["name"], f"{where}.name", TITLE, required=True),
                "role": c.enum(d["role"], f"{where}.role", DelegateRole),
                "term_start": c.day(d["term_start"], f"{where}.term_start"),
                "term_end": c.day(d["term_end"], f"{where}.term_end"),
                "recalled": c.flag(d["recalled"], f"{where}.recalled"),
                "ended_on": c.day(d["ended_on"], f"{where}.ended_on", optional=True),
            }
        )
    figures = c.obj(
        top["figures"],
        "figures",
        {"as_of", "areas", "grievances", "issues"},
        frozenset({"total"}),
    )
    areas = [
        _area(c, raw, f"figures.areas[{i}]")
        for i, raw in enumerate(c.lst(figures["areas"], "figures.areas", MAX_AREAS))
    ]
    total = None if figures.get("total") is None else _area(c, figures["total"], "figures.total")
    grievances = []
    for i, raw in enumerate(c.lst(figures["grievances"], "figures.grievances", MAX_COUNTS)):
        where = f"figures.grievances[{i}]"
        g = c.obj(raw, where, {"status", "type", "count"}, _AREA_OPTIONAL)
        grievances.append(
            {
                "status": c.text(g["status"], f"{where}.status", 60, required=True),
                "type": c.text(g["type"], f"{where}.type", 60, required=True),
                "count": c.count(g["count"], f"{where}.count"),
                "at_least": c.flag(g.get("at_least", False), f"{where}.at_least"),
            }
        )
    issues = []
    for i, raw in enumerate(c.lst(figures["issues"], "figures.issues", MAX_COUNTS)):
        where = f"figures.issues[{i}]"
        t = c.obj(raw, where, {"tag", "count"}, _AREA_OPTIONAL)
        issues.append(
            {
                "tag": c.text(t["tag"], f"{where}.tag", 80, required=True),
                "count": c.count(t["count"], f"{where}.count"),
                "at_least": c.flag(t.get("at_least", False), f"{where}.at_least"),
            }
        )
    optional: dict[str, Any] = {}
    if top.get("community") is not None:
        optional["community"] = community_bundle.validate_community(c, top["community"])
    if top.get("retaliation") is not None:
        optional["retaliation"] = community_bundle.validate_retaliation(c, top["retaliation"])
    threshold = top.get("threshold")
    return {
        **optional,
        "sender_kind": c.enum(top.get("sender_kind", "forum"), "sender_kind", BodyKind),
        "threshold": None if threshold is None else c.int_(threshold, "threshold", 2, 100),
        "forum": {"name": c.text(forum["name"], "forum.name", TITLE, required=True)},
        "council": {"name": c.text(council["name"], "council.name", TITLE, required=True)},
        "meeting": {
            "date": c.day(meeting["date"], "meeting.date"),
            "place": c.text(meeting["place"], "meeting.place", TITLE),
            "items": items,
        },
        "mandates": mandates,
        "delegates": delegates,
        "figures": {
            "as_of": c.day(figures["as_of"], "figures.as_of"),
            "areas": areas,
            "total": total,
            "grievances": grievances,
            "issues": issues,
        },
    }


# ----------------------------------------------------------------------------------- exporting


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
            ngettext("The name of {n_delegates} delegate or alternate: an elected officer, "
                     "with their role and term.",
                     "Names of {n_delegates} delegates and alternates: elected officers, with "
                     "their role and term.", len(delegates)).format(n_delegates=len(delegates))
        )
    texts = sum(1 for m in payload.get("mandates") or [] if m.get("red_lines"))
    texts += sum(1 for m in payload.get("mandates") or [] if (m.get("report") or {}).get("outcome"))
    if texts:
        lines.append(
            ngettext("{texts} free-text field the forum wrote (a red line or a report-back "
                     "outcome): check it names no coworker.",
                     "{texts} free-text fields the forum wrote (red lines, report-back "
                     "outcomes): check they name no coworker.", texts).format(texts=texts)
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
            _("No trusted council has that fingerprint; trust its key card first "
            "('forum-kit keys trust').")
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


# ----------------------------------------------------------------------------------- importing


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
            _("This bundle is older than the last one imported from the same forum; imported "
            "because you allowed it. Newer data already imported was kept where it differs.")
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


def read_bundle_file(path: str | os.PathLike[str]) -> bytes:
    """Read a bundle file, at most one byte past ``MAX_BUNDLE`` (a larger one is then refused
    as too large by ``import_bundle``, without reading it all)."""
    return read_envelope_file(path, KIND, "bundle")
