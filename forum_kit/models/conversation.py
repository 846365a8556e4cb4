"""One-on-one conversations (AEIOU), their issue tags and follow-ups."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from forum_kit.models.base import Base
from forum_kit.models.travel import Travelling

conversation_tags = sa.Table(
    "conversation_tags",
    Base.metadata,
    sa.Column(
        "conversation_id", sa.ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column(
        "tag_id", sa.ForeignKey("issue_tags.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)


class IssueTag(Travelling, Base):
    __tablename__ = "issue_tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(80), unique=True)


class Conversation(Travelling, Base):
    __tablename__ = "conversations"
    __table_args__ = (
        sa.Index("ix_conversations_contact_date", "contact_id", "held_on"),
        sa.Index("ix_conversations_follow_up", "follow_up_on", "follow_up_done"),
        # Open follow-ups only, holding contact_id: the due count joins contacts without
        # reading ~80k conversation rows (which filled the 128 MiB page cache, P10).
        sa.Index(
            "ix_conversations_follow_up_open",
            "follow_up_on",
            "contact_id",
            "follow_up_done",
            sqlite_where=sa.text("follow_up_done = 0"),
        ),
        # Deleting a contact looks up every row that points at it (SET NULL): without an index
        # each delete scanned this table (50 ms a contact at 100k rows; revision 0008).
        sa.Index("ix_conversations_by_id", "by_id", sqlite_where=sa.text("by_id IS NOT NULL")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(sa.ForeignKey("contacts.id", ondelete="CASCADE"))
    held_on: Mapped[dt.date] = mapped_column(sa.Date, index=True)
    by_id: Mapped[int | None] = mapped_column(sa.ForeignKey("contacts.id", ondelete="SET NULL"))
    agitate: Mapped[str] = mapped_column(sa.Text, default="")
    educate: Mapped[str] = mapped_column(sa.Text, default="")
    inoculate: Mapped[str] = mapped_column(sa.Text, default="")
    ask: Mapped[str] = mapped_column(sa.Text, default="")
    answer: Mapped[str] = mapped_column(sa.Text, default="")
    unite: Mapped[str] = mapped_column(sa.Text, default="")
    plan: Mapped[str] = mapped_column(sa.Text, default="")
    follow_up_on: Mapped[dt.date | None] = mapped_column(sa.Date)
    follow_up_done: Mapped[bool] = mapped_column(default=False)
    sensitive: Mapped[bool] = mapped_column(default=False)

    tags: Mapped[list[IssueTag]] = relationship(secondary=conversation_tags)
