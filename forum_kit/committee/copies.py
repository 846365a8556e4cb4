"""Committee copies: the keeper writes each member a signed copy of their scope, encrypted to that
member's key card alone; the member opens it in their own vault as a copy.

Owns the copy file (the shared envelope with the magic "FKCOPY01"; inside, compressed JSON lines:
a header, then each kind's records in chunks of ``CHUNK`` rows with their column names),
``write_copy`` (ensure uids, select the scope's records, seal, record the copy as sent: the base
a later report names) and ``open_copy`` (every envelope check, the freshness check against the
copy held from the same keeper and workplace, the copy database built beside the vault's own
under a new random key, the held-copy row replaced, and the keeper's review of earlier reports
marked on the steward's entries: accepted ones dropped, declined ones kept as declined), and
``finish_held`` (what the opening of a large copy left for later, built at once: the command line
does it before it exits; the app while the copy is shown).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.collector import gc_paused
from forum_kit.committee import copydb
from forum_kit.committee.errors import REFUSALS
from forum_kit.committee.kinds import KINDS
from forum_kit.committee.members import find_keeper, get_member, scope_names
from forum_kit.committee.scope import ensure_uids, in_scope, scope_of, select_records
from forum_kit.errors import NotFound
from forum_kit.exchange.envelope import (
    EnvelopeHeader,
    EnvelopeKind,
    Sender,
    check_fresh,
    json_line,
    open_envelope_streamed,
    read_json_lines,
    seal_envelope,
    utc_naive,
)
from forum_kit.exchange.identity import ensure_identity
from forum_kit.i18n import _
from forum_kit.models import (
    ChartCopy,
    ChartCopySent,
    ChartEntry,
    ChartKeeper,
    ChartMember,
    ChartMemberArea,
    ChartReport,
    Contact,
    Workplace,
)
from forum_kit.queries import levels
from forum_kit.vault.files import private_umask

COPY = EnvelopeKind(
    magic=b"FKCOPY01",
    label=b"forum-kit committee copy v1\0",
    major=1,
    # minor 1: the header may carry "scale_direction" (a reader of minor 0 skips it)
    minor=1,
    max_file=1024 * 1024 * 1024,
    max_plain=4 * 1024 * 1024 * 1024,
    # a copy of a large chart is ~100 MB of JSON: level 1 costs a third of level 6's time for a
    # file ~15% larger (measured on the P12 workplace, benchmarks/run.py)
    compression=1,
)
CHUNK = 5000
# header fields a copy may leave out (written by later versions of the format)
OPTIONAL_HEADER = frozenset({"scale_direction"})
SUFFIX = ".fkcopy"
MAX_REVIEWS = 200


@dataclass(frozen=True)
class CopyResult:
    data: bytes
    copy_id: str
    member: str
    counts: dict[str, int]


def _reviews(session: Session, member_id: int) -> list[dict[str, Any]]:
    """The keeper's decisions on the member's reviewed reports, newest first."""
    rows = session.execute(
        sa.select(ChartReport.report_id, ChartReport.decisions)
        .where(ChartReport.member_id == member_id, ChartReport.reviewed_at.is_not(None))
        .order_by(ChartReport.reviewed_at.desc())
        .limit(MAX_REVIEWS)
    ).all()
    return [{"report": r.report_id.hex(), "decisions": json.loads(r.decisions)} for r in rows]


def write_copy(session: Session, *, member_id: int, now: datetime, default_name: str) -> CopyResult:
    """Build, seal and record a copy for one member. The caller writes ``data`` where the user
    chose, inside the same unit of work (a failed write rolls back the "sent" record)."""
    member = get_member(session, member_id)
    identity = ensure_identity(session, default_name=default_name, now=now)
    ensure_uids(session)
    scope = scope_of(session, member)
    workplace = session.get(Workplace, member.workplace_id)
    assert workplace is not None
    chosen = (
        session.execute(
            sa.select(ChartMemberArea.area_id).where(ChartMemberArea.member_id == member.id)
        )
        .scalars()
        .all()
    )
    you = None
    if member.contact_id is not None:
        you = session.execute(
            sa.select(Contact.uid).where(Contact.id == member.contact_id)
        ).scalar_one_or_none()
        # the steward's own row only when the copy holds it (no pointer into what is left out)
        if you is not None and not in_scope(session, scope, "contacts", [you]):
            you = None
    created = utc_naive(now)
    copy_id = os.urandom(16)
    counts: dict[str, int] = {}
    header = {
        "format": "copy",
        "keeper": identity.display_name,
        "steward": member.name,
        "workplace": {"uid": workplace.uid, "name": workplace.name},
        "as_of": created.isoformat(timespec="seconds"),
        "scope": {
            "whole": scope.whole,
            "areas": scope_names(session, list(chosen)) if not scope.whole else [],
            "sensitive": scope.sensitive,
        },
        "you": you,
        "reviewed": _reviews(session, member.id),
        # which end of the scale is number 1, so that the copy numbers the levels as the
        # keeper's chart does (optional: a copy without it numbers them support first)
        "scale_direction": levels.direction(session),
    }

    def lines() -> Iterator[bytes]:
        yield json_line(header)
        for part in select_records(session, scope):
            counts[part.kind.name] = len(part.rows)
            columns = list(part.kind.header)
            for start in range(0, max(len(part.rows), 1), CHUNK):
                yield json_line(
                    {
                        "kind": part.kind.name,
                        "columns": columns,
                        "rows": part.rows[start : start + CHUNK],
                    }
                )

    # The records are read, encoded and sealed with the cyclic collector paused: the copy of a
    # large chart makes millions of small objects (rows, their lists of links), which the
    # collector kept re-scanning as the heap grew (a whole reference workplace written, CPU
    # seconds on one core with the memory hardening on: 4.91-5.00 -> 3.78-3.83 s; the
    # collector was 15% of py-spy's samples)
    with gc_paused():
        data = seal_envelope(
            COPY,
            lines(),
            sender=identity,
            recipient_fingerprint=member.fingerprint,
            recipient_agreement_public=member.agreement_public,
            created=now,
            file_id=copy_id,
        )
    session.add(
        ChartCopySent(
            copy_id=copy_id,
            member_id=member.id,
            created_at=created,
            records=sum(counts.values()),
        )
    )
    session.flush()
    return CopyResult(data=data, copy_id=copy_id.hex(), member=member.name, counts=counts)


# ---------------------------------------------------------------------------------- opening


@dataclass(frozen=True)
class OpenedCopy:
    copy_row_id: int
    keeper: str
    workplace: str
    as_of: datetime
    counts: dict[str, int]
    accepted: int
    declined: int
    # held-copy databases this copy replaces: delete them once the change is committed
    stale_files: tuple[str, ...] = field(default_factory=tuple)


def _text(value: Any, where: str, *, limit: int = 200, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > limit or "\0" in value:
        raise copydb._fail(where)
    return value


def _header(value: Any, lenient: bool) -> dict[str, Any]:
    keys = {"format", "keeper", "steward", "workplace", "as_of", "scope", "you", "reviewed"}
    if not isinstance(value, dict) or not keys <= set(value):
        raise copydb._fail("the header")
    if set(value) - keys - OPTIONAL_HEADER and not lenient:
        raise copydb._fail("the header")
    if value["format"] != "copy":
        raise copydb._fail("the header")
    _text(value["keeper"], "keeper")
    _text(value["steward"], "steward")
    place = value["workplace"]
    if not isinstance(place, dict) or not {"uid", "name"} <= set(place):
        raise copydb._fail("workplace")
    _text(place["uid"], "workplace.uid", limit=32)
    _text(place["name"], "workplace.name")
    try:
        datetime.fromisoformat(_text(value["as_of"], "as_of", limit=32) or "")
    except ValueError:
        raise copydb._fail("as_of") from None
    scope = value["scope"]
    if (
        not isinstance(scope, dict)
        or not isinstance(scope.get("whole"), bool)
        or not isinstance(scope.get("sensitive"), bool)
        or not isinstance(scope.get("areas"), list)
        or len(scope["areas"]) > 10_000
    ):
        raise copydb._fail("scope")
    for name in scope["areas"]:
        _text(name, "scope.areas", limit=2000)
    _text(value["you"], "you", limit=32, optional=True)
    reviewed = value["reviewed"]
    if not isinstance(reviewed, list) or len(reviewed) > MAX_REVIEWS:
        raise copydb._fail("reviewed")
    for item in reviewed:
        if not isinstance(item, dict) or not isinstance(item.get("decisions"), dict):
            raise copydb._fail("reviewed")
        _text(item.get("report"), "reviewed.report", limit=32)
        for uid, decision in item["decisions"].items():
            _text(uid, "reviewed.decisions", limit=32)
            if decision not in ("accepted", "declined"):
                raise copydb._fail("reviewed.decisions")
    way = value.get("scale_direction", levels.SUPPORT_FIRST)
    if way not in levels.DIRECTIONS:
        if not lenient:  # a newer program's direction: numbered as this one numbers by default
            raise copydb._fail("scale_direction")
        value["scale_direction"] = levels.SUPPORT_FIRST
    return value


def _chunks(records: Iterator[Any]) -> Iterator[copydb.Chunk]:
    for item in records:
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("kind"), str)
            or not isinstance(item.get("columns"), list)
            or not all(isinstance(c, str) for c in item["columns"])
            or not isinstance(item.get("rows"), list)
        ):
            raise copydb._fail("a chunk of records")
        yield item["kind"], item["columns"], item["rows"]


def _copy_meta(head: dict[str, Any]) -> dict[str, str]:
    """The settings of the keeper's vault the copy database keeps in its own ``vault_meta``."""
    way = head.get("scale_direction")
    return {} if way is None else {levels.DIRECTION_KEY: way}


def _find_keeper(session: Session) -> Any:
    def find(fingerprint: bytes) -> Sender | None:
        keeper = find_keeper(session, fingerprint)
        return None if keeper is None else Sender(keeper.signing_public, keeper)

    return find


def _apply_reviews(session: Session, copy_row_id: int, reviewed: list[Any]) -> tuple[int, int]:
    decided: dict[str, str] = {}
    for item in reversed(reviewed):  # oldest first, so the newest decision wins
        decided.update(item["decisions"])
    if not decided:
        return 0, 0
    accepted = declined = 0
    entries = session.execute(
        sa.select(ChartEntry).where(
            ChartEntry.copy_row_id == copy_row_id, ChartEntry.status.in_(("pending", "sent"))
        )
    ).scalars()
    for entry in entries:
        decision = decided.get(entry.uid)
        if decision == "accepted":
            session.delete(entry)
            accepted += 1
        elif decision == "declined":
            entry.status = "declined"
            declined += 1
    session.flush()
    return accepted, declined


def open_copy(
    session: Session, data: bytes, *, vault_folder: Path, now: datetime, default_name: str
) -> OpenedCopy:
    """Check a copy completely, build its database and hold it (flush, no commit). Raises an
    ``ExchangeError`` before anything is written when anything is wrong."""
    identity = ensure_identity(session, default_name=default_name, now=now)
    # every check of the envelope is made here; the payload is inflated by a worker thread as
    # the records are checked and written (its inflating overlaps their work on a second core)
    header, sender, pieces = open_envelope_streamed(
        COPY, REFUSALS, data, identity=identity, find_sender=_find_keeper(session)
    )
    try:
        return _open_checked(
            session, header, sender, read_json_lines(REFUSALS, pieces), vault_folder, now
        )
    finally:
        pieces.close()  # the worker ends with it, whatever the outcome


def _open_checked(
    session: Session,
    header: EnvelopeHeader,
    sender: Sender,
    lines: Iterator[Any],
    vault_folder: Path,
    now: datetime,
) -> OpenedCopy:
    lenient = header.minor > COPY.minor
    head = _header(next(lines, None), lenient)
    keeper = sender.record
    workplace_uid = head["workplace"]["uid"]
    held = session.execute(
        sa.select(ChartCopy).where(
            ChartCopy.keeper_id == keeper.id, ChartCopy.workplace_uid == workplace_uid
        )
    ).scalar_one_or_none()
    # the same copy may be opened again when its database is gone (a vault restored from a
    # backup holds the row, not the file)
    lost = held is not None and not (vault_folder / copydb.COPIES_DIR / held.db_name).exists()
    check_fresh(
        REFUSALS,
        header,
        seen=held is not None and held.copy_id == header.file_id and not lost,
        last_at=None if held is None else held.created_at,
    )
    folder = vault_folder / copydb.COPIES_DIR
    name = f"{os.urandom(12).hex()}.db"
    key = bytearray(os.urandom(32))
    try:
        with private_umask():
            folder.mkdir(mode=0o700, exist_ok=True)
            counts = copydb.build_copy_db(
                folder / name, key, _chunks(lines), lenient=lenient, meta=_copy_meta(head)
            )
        stale: tuple[str, ...] = ()
        if held is None:
            held = ChartCopy(keeper_id=keeper.id, workplace_uid=workplace_uid)
            session.add(held)
        else:
            stale = (held.db_name,)
        held.workplace_name = head["workplace"]["name"]
        held.copy_id = header.file_id
        held.created_at = header.created
        held.opened_at = utc_naive(now)
        held.db_name = name
        held.db_key = bytes(key)
        held.you_uid = head["you"]
        held.scope = json.dumps(head["scope"], ensure_ascii=False)
        held.records = sum(counts.values())
        if keeper.last_copy_at is None or header.created > keeper.last_copy_at:
            keeper.last_copy_at = header.created
        session.flush()
        accepted, declined = _apply_reviews(session, held.id, head["reviewed"])
    except BaseException:
        copydb.remove_copy_files(vault_folder, [name])
        raise
    finally:
        key[:] = bytes(len(key))
    return OpenedCopy(
        copy_row_id=held.id,
        keeper=keeper.name,
        workplace=held.workplace_name,
        as_of=header.created,
        counts=counts,
        accepted=accepted,
        declined=declined,
        stale_files=stale,
    )


def copy_label(keeper: str, as_of: datetime) -> str:
    """How a copy is named everywhere it is shown."""
    return f"Copy of {keeper}'s chart, as of {as_of.date().isoformat()}"


def last_copies(session: Session) -> dict[int, datetime]:
    """When each member was last sent a copy."""
    return dict(
        session.execute(
            sa.select(ChartCopySent.member_id, sa.func.max(ChartCopySent.created_at)).group_by(
                ChartCopySent.member_id
            )
        ).all()
    )


def members_for_copies(session: Session, workplace_id: int | None = None) -> list[ChartMember]:
    stmt = sa.select(ChartMember).order_by(ChartMember.workplace_id, ChartMember.name)
    if workplace_id is not None:
        stmt = stmt.where(ChartMember.workplace_id == workplace_id)
    return list(session.execute(stmt).scalars())


def kinds_in_copies() -> list[str]:
    """The record kinds a copy carries, in order."""
    return list(KINDS)


def open_held(session: Session, *, vault_folder: Path, copy_row_id: int) -> copydb.CopyChart:
    """A held copy opened for reading (close it when done, and at lock)."""
    held = session.get(ChartCopy, copy_row_id)
    if held is None:
        raise NotFound(_("That copy is not held in this vault."))
    keeper_row = session.get(ChartKeeper, held.keeper_id)
    keeper = keeper_row.name if keeper_row is not None else ""
    return copydb.CopyChart(
        copydb.copy_path(vault_folder, held.db_name),
        held.db_key,
        label=copy_label(keeper, held.created_at),
        copy_row_id=held.id,
    )


def finish_held(vault: Any, copy_row_id: int) -> None:
    """Finish a held copy now (a no-op when it is finished): its indexes and the search index of
    its notes. ``vault`` is the unlocked steward's vault."""
    with vault.unit_of_work() as session:
        chart = open_held(session, vault_folder=vault.path, copy_row_id=copy_row_id)
    try:
        chart.finish()
    finally:
        chart.close()
