"""Grievance letters: each contract's own letter templates, and the letters sent on a case.

A contract without a stored template of a kind uses the default of ``forum_kit.letters``; a
stored one replaces it for that contract only. A sent letter keeps its filled subject and text as
they went out (the record of what the union said, and what a reprint prints), the step it
concerns, the day it was sent and what recording it changed on the case.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from forum_kit.letters import MAX_SUBJECT, LetterKind
from forum_kit.models.base import Base
from forum_kit.models.enums import enum_column


class LetterTemplate(Base):
    __tablename__ = "letter_templates"
    __table_args__ = (sa.UniqueConstraint("contract_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(sa.ForeignKey("contracts.id", ondelete="CASCADE"))
    kind: Mapped[LetterKind] = mapped_column(enum_column(LetterKind, "letter_kind"))
    subject: Mapped[str] = mapped_column(sa.String(MAX_SUBJECT))
    body: Mapped[str] = mapped_column(sa.Text)
    updated_on: Mapped[dt.date] = mapped_column(sa.Date)


class GrievanceLetter(Base):
    __tablename__ = "grievance_letters"

    id: Mapped[int] = mapped_column(primary_key=True)
    grievance_id: Mapped[int] = mapped_column(
        sa.ForeignKey("grievances.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[LetterKind] = mapped_column(enum_column(LetterKind, "letter_kind"))
    # the step the letter concerns: the step filed at, or appealed to
    step: Mapped[int]
    sent_on: Mapped[dt.date] = mapped_column(sa.Date)
    subject: Mapped[str] = mapped_column(sa.String(MAX_SUBJECT))
    body: Mapped[str] = mapped_column(sa.Text)
    # what recording the letter changed on the case ("" when it changed nothing)
    effect: Mapped[str] = mapped_column(sa.String(300), default="")
