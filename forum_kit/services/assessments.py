"""The append-only assessment history: one dated row per judgement of where a coworker stands.

Rows are never updated (a database trigger refuses it); the contact's current level follows from
the history by trigger. This module validates and appends."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _
from forum_kit.models import Assessment, AssessmentLevel, Contact, Conversation
from forum_kit.services import check_date, clean_text, get_or_404, not_future


def append_assessment(
    session: Session,
    *,
    contact_id: int,
    level: int,
    assessed_on: dt.date,
    assessed_by_id: int | None = None,
    conversation_id: int | None = None,
    evidence: str = "",
    today: dt.date | None = None,
    uid: str | None = None,
) -> Assessment:
    """Append one assessment. ``uid`` names a row that came from another vault (a committee
    member's report): the history is append-only, so it is given at insert, never after."""
    contact = get_or_404(session, Contact, contact_id, "contact")
    if isinstance(level, bool) or not isinstance(level, int):
        raise InvalidInput(_("Assessment level must be a whole number from the scale."))
    found = session.get(AssessmentLevel, level)
    if found is None:
        raise InvalidInput(_("Level is not on this vault's scale; choose one of its levels."))
    if found.retired_into is not None:
        now = session.get(AssessmentLevel, found.retired_into)
        if now is None:
            raise InvalidInput(_("{label} was taken off the scale: choose a level of the "
                                 "scale.").format(label=found.label))
        raise InvalidInput(_("{label} was taken off the scale; its history now reads as "
                             "{now}: choose a level of the scale.").format(
                                 label=found.label, now=now.label))
    check_date(assessed_on, _("Assessed on"))
    not_future(assessed_on, _("Assessed on"), today)
    if assessed_by_id is not None:
        get_or_404(session, Contact, assessed_by_id, _("contact (assessed by)"))
    if conversation_id is not None:
        conversation = get_or_404(session, Conversation, conversation_id, "conversation")
        if conversation.contact_id != contact.id:
            raise InvalidInput(_("The conversation is with someone else; link one with this "
                                 "person."))
    evidence = clean_text(evidence, _("Evidence"), max_len=10_000, multiline=True)
    row = Assessment(
        contact_id=contact.id,
        level=level,
        assessed_on=assessed_on,
        assessed_by_id=assessed_by_id,
        conversation_id=conversation_id,
        evidence=evidence,
    )
    if uid is not None:
        row.uid = uid
    session.add(row)
    session.flush()
    # the trigger changed the contact's derived columns behind the ORM's back
    session.expire(contact, ["current_level", "current_assessed_on"])
    return row
