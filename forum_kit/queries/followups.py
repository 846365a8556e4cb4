"""Follow-ups falling due and the conversation log of one person (AEIOU fields, tags and the
assessment recorded with each conversation)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _
from forum_kit.models import (
    Area,
    Assessment,
    AssessmentLevel,
    Contact,
    Conversation,
    IssueTag,
    conversation_tags,
)
from forum_kit.queries.areas import subtree_select
from forum_kit.queries.people import full_name

_c = Contact.__table__
_a = Area.__table__
_cv = Conversation.__table__
_asm = Assessment.__table__
_lv = AssessmentLevel.__table__
_tag = IssueTag.__table__


@dataclass(frozen=True)
class FollowUpRow:
    conversation_id: int
    contact_id: int
    contact_name: str
    area_name: str
    follow_up_on: dt.date
    overdue: bool
    by_name: str | None
    # which area ``area_name`` names: screens show its whole path, as leaf names repeat
    area_id: int | None = None


@dataclass(frozen=True)
class ConversationRow:
    id: int
    contact_id: int
    held_on: dt.date
    by_id: int | None
    by_name: str | None
    agitate: str
    educate: str
    inoculate: str
    ask: str
    answer: str
    unite: str
    plan: str
    tags: tuple[str, ...]
    follow_up_on: dt.date | None
    follow_up_done: bool
    sensitive: bool
    assessment_level: int | None
    assessment_label: str | None


DEFAULT_FOLLOW_UP_LIMIT = 500  # the Conversations page's list; the count says how many more


def _check_window(within_days: object, limit: object = 1) -> None:
    if isinstance(within_days, bool) or not isinstance(within_days, int) or within_days < 0:
        raise InvalidInput(_("Within days must be a whole number, 0 or more."))
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise InvalidInput(_("The number of follow-ups shown must be a whole number, 1 or more."))


def _due_where(
    stmt: sa.Select, *, today: dt.date, workplace_id: int | None, area_id: int | None,
    within_days: int,
) -> sa.Select:
    """The conditions shared by the list and its count (the contact table is in the FROM)."""
    # "= 0", not "IS 0": SQLite uses a partial index only when the query repeats the index's
    # WHERE term as written, and an index on open follow-ups (follow_up_done = 0) holding
    # contact_id is what lets the count skip reading every due conversation row (P10).
    stmt = stmt.where(
        _cv.c.follow_up_on.is_not(None),
        _cv.c.follow_up_done == sa.false(),
        _cv.c.follow_up_on <= today + dt.timedelta(days=within_days),
        sa.or_(_c.c.left_on.is_(None), _c.c.left_on > today),
    )
    # "+ 0" keeps SQLite from driving the join from the contacts indexes: a workplace's or a top
    # area's contacts have ~200k conversations between them, all read to find a few thousand
    # open follow-ups (+118 MiB of page cache, 1.3 s). Walking the open follow-ups by date and
    # looking each contact up by id reads only that index and the contacts table, and the list
    # stops at its limit.
    if workplace_id is not None:
        stmt = stmt.where(_c.c.workplace_id + 0 == workplace_id)
    if area_id is not None:
        stmt = stmt.where((_c.c.area_id + 0).in_(subtree_select(area_id)))
    return stmt


def follow_ups_due(
    session: Session, *, today: dt.date, workplace_id: int | None = None,
    area_id: int | None = None, within_days: int = 7, limit: int = DEFAULT_FOLLOW_UP_LIMIT,
) -> list[FollowUpRow]:
    """Open follow-ups due by ``today + within_days`` (overdue ones included), soonest first, at
    most ``limit`` of them; people who have left are skipped. ``area_id`` takes the area and
    everything below it. ``count_follow_ups_due`` says how many there are in all."""
    _check_window(within_days, limit)
    by = _c.alias("by")
    stmt = (
        sa.select(
            _cv.c.id, _cv.c.contact_id, _c.c.first_name, _c.c.last_name, _a.c.name, _a.c.id,
            _cv.c.follow_up_on, by.c.first_name.label("bf"), by.c.last_name.label("bl"),
        )
        .select_from(
            _cv.join(_c, _c.c.id == _cv.c.contact_id)
            .join(_a, _a.c.id == _c.c.area_id)
            .outerjoin(by, by.c.id == _cv.c.by_id)
        )
        .order_by(_cv.c.follow_up_on, _cv.c.id)
        .limit(limit)
    )
    stmt = _due_where(stmt, today=today, workplace_id=workplace_id, area_id=area_id,
                      within_days=within_days)
    return [
        FollowUpRow(
            conversation_id=r.id,
            contact_id=r.contact_id,
            contact_name=full_name(r.first_name, r.last_name),
            area_name=r.name,
            follow_up_on=r.follow_up_on,
            overdue=r.follow_up_on < today,
            by_name=full_name(r.bf, r.bl) if r.bf is not None else None,
            area_id=r[5],
        )
        for r in session.execute(stmt)
    ]


def count_follow_ups_due(
    session: Session, *, today: dt.date, workplace_id: int | None = None,
    area_id: int | None = None, within_days: int = 7,
) -> int:
    """How many follow-ups ``follow_ups_due`` would list without its limit."""
    _check_window(within_days)
    stmt = sa.select(sa.func.count()).select_from(_cv.join(_c, _c.c.id == _cv.c.contact_id))
    stmt = _due_where(stmt, today=today, workplace_id=workplace_id, area_id=area_id,
                      within_days=within_days)
    return int(session.execute(stmt).scalar_one())


def contact_of_conversation(session: Session, conversation_id: int) -> int | None:
    """Whose one-on-one a note is, or None when there is no such note."""
    return session.execute(
        sa.select(_cv.c.contact_id).where(_cv.c.id == conversation_id)
    ).scalar_one_or_none()


def conversations_of(session: Session, contact_id: int) -> list[ConversationRow]:
    """All conversations with one person, newest first."""
    by = _c.alias("by")
    # the latest assessment linked to each conversation (normally there is one)
    linked = (
        sa.select(
            _asm.c.conversation_id,
            _asm.c.level,
            sa.func.row_number()
            .over(partition_by=_asm.c.conversation_id, order_by=_asm.c.id.desc())
            .label("rn"),
        )
        .where(_asm.c.contact_id == contact_id, _asm.c.conversation_id.is_not(None))
        .subquery()
    )
    rows = session.execute(
        sa.select(
            _cv, by.c.first_name.label("bf"), by.c.last_name.label("bl"),
            linked.c.level.label("a_level"), _lv.c.label.label("a_label"),
        )
        .select_from(
            _cv.outerjoin(by, by.c.id == _cv.c.by_id)
            .outerjoin(linked, sa.and_(linked.c.conversation_id == _cv.c.id, linked.c.rn == 1))
            .outerjoin(_lv, _lv.c.level == linked.c.level)
        )
        .where(_cv.c.contact_id == contact_id)
        .order_by(_cv.c.held_on.desc(), _cv.c.id.desc())
    ).all()
    tags: dict[int, list[str]] = defaultdict(list)
    if rows:
        for conv_id, name in session.execute(
            sa.select(conversation_tags.c.conversation_id, _tag.c.name)
            .join(_tag, _tag.c.id == conversation_tags.c.tag_id)
            .join(_cv, _cv.c.id == conversation_tags.c.conversation_id)
            .where(_cv.c.contact_id == contact_id)
            .order_by(_tag.c.name.collate("NOCASE"))
        ):
            tags[conv_id].append(name)
    return [
        ConversationRow(
            id=r.id,
            contact_id=r.contact_id,
            held_on=r.held_on,
            by_id=r.by_id,
            by_name=full_name(r.bf, r.bl) if r.bf is not None else None,
            agitate=r.agitate,
            educate=r.educate,
            inoculate=r.inoculate,
            ask=r.ask,
            answer=r.answer,
            unite=r.unite,
            plan=r.plan,
            tags=tuple(tags.get(r.id, ())),
            follow_up_on=r.follow_up_on,
            follow_up_done=bool(r.follow_up_done),
            sensitive=bool(r.sensitive),
            assessment_level=r.a_level,
            assessment_label=r.a_label,
        )
        for r in rows
    ]
