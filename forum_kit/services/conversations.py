"""One-on-one conversations (AEIOU): log them with issue tags, a follow-up date and optionally the
assessment after (appended to the history, linked to the conversation), and close follow-ups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _
from forum_kit.models import Contact, Conversation, IssueTag
from forum_kit.services import check_date, clean_text, get_or_404, not_future
from forum_kit.services.assessments import append_assessment

AEIOU_FIELDS = ("agitate", "educate", "inoculate", "ask", "answer", "unite", "plan")


def _tags(session: Session, names: Iterable[str]) -> list[IssueTag]:
    """Get or create tags by name, case-insensitively; the first spelling used is kept."""
    if isinstance(names, str):
        raise InvalidInput(_("Tags must be a list of names, not one text."))
    wanted: dict[str, str] = {}
    for raw in names:
        name = clean_text(raw, "Tag", max_len=80)
        if name:
            wanted.setdefault(name.casefold(), name)
    if not wanted:
        return []
    # casefold in Python: SQLite's lower() only folds ASCII
    existing = {tag.name.casefold(): tag for tag in session.execute(sa.select(IssueTag)).scalars()}
    tags = []
    for key, name in wanted.items():
        tag = existing.get(key)
        if tag is None:
            tag = IssueTag(name=name)
            session.add(tag)
            existing[key] = tag
        tags.append(tag)
    return tags


def log_conversation(
    session: Session,
    *,
    contact_id: int,
    held_on: dt.date,
    by_id: int | None = None,
    agitate: str = "",
    educate: str = "",
    inoculate: str = "",
    ask: str = "",
    answer: str = "",
    unite: str = "",
    plan: str = "",
    tags: Iterable[str] = (),
    follow_up_on: dt.date | None = None,
    sensitive: bool = False,
    assessment_level: int | None = None,
    today: dt.date | None = None,
    uid: str | None = None,
) -> Conversation:
    """Log a one-on-one. ``uid`` names one that came from another vault (a committee member's
    report), given at insert so the search index is written once."""
    contact = get_or_404(session, Contact, contact_id, "contact")
    check_date(held_on, "Held on")
    not_future(held_on, "Held on", today)
    if by_id is not None:
        if by_id == contact_id:
            raise InvalidInput(_("A one-on-one is with someone else; choose who talked to them."))
        get_or_404(session, Contact, by_id, "contact (talked by)")
    texts = {}
    for field, value in zip(
        AEIOU_FIELDS, (agitate, educate, inoculate, ask, answer, unite, plan), strict=True
    ):
        texts[field] = clean_text(value, field.capitalize(), max_len=100_000, multiline=True)
    check_date(follow_up_on, "Follow-up date", required=False)
    if follow_up_on is not None and follow_up_on < held_on:
        raise InvalidInput(_("Follow-up date is before the conversation; choose a later date."))
    if not isinstance(sensitive, bool):
        raise InvalidInput(_("Sensitive must be true or false."))
    tag_rows = _tags(session, tags)
    conversation = Conversation(
        contact_id=contact.id,
        held_on=held_on,
        by_id=by_id,
        follow_up_on=follow_up_on,
        follow_up_done=False,
        sensitive=sensitive,
        tags=tag_rows,
        **texts,
    )
    if uid is not None:
        conversation.uid = uid
    session.add(conversation)
    session.flush()
    if assessment_level is not None:
        append_assessment(
            session,
            contact_id=contact.id,
            level=assessment_level,
            assessed_on=held_on,
            assessed_by_id=by_id,
            conversation_id=conversation.id,
            evidence="one-on-one",
            today=today,
        )
    session.expire(contact, ["last_contact_on", "last_contact_by_id"])
    return conversation


def complete_follow_up(session: Session, *, conversation_id: int) -> Conversation:
    conversation = get_or_404(session, Conversation, conversation_id, "conversation")
    if conversation.follow_up_on is None:
        raise InvalidInput(_("This conversation has no follow-up to complete."))
    conversation.follow_up_done = True
    session.flush()
    return conversation
