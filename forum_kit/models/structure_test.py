"""Structure tests (collective actions with a target population and threshold) and outcomes."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from forum_kit.models.base import Base
from forum_kit.models.enums import Outcome, StructureTestKind, enum_column
from forum_kit.models.travel import Travelling


class StructureTest(Travelling, Base):
    __tablename__ = "structure_tests"
    __table_args__ = (
        sa.CheckConstraint("threshold_pct BETWEEN 1 AND 100", name="threshold_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workplace_id: Mapped[int] = mapped_column(
        sa.ForeignKey("workplaces.id", ondelete="CASCADE"), index=True
    )
    area_id: Mapped[int | None] = mapped_column(sa.ForeignKey("areas.id", ondelete="RESTRICT"))
    kind: Mapped[StructureTestKind] = mapped_column(
        enum_column(StructureTestKind, "structure_test_kind")
    )
    title: Mapped[str] = mapped_column(sa.String(200))
    threshold_pct: Mapped[int] = mapped_column(default=51)
    starts_on: Mapped[dt.date] = mapped_column(sa.Date)
    ends_on: Mapped[dt.date | None] = mapped_column(sa.Date)


class StructureTestOutcome(Travelling, Base):
    __tablename__ = "structure_test_outcomes"
    __table_args__ = (sa.UniqueConstraint("test_id", "contact_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    test_id: Mapped[int] = mapped_column(sa.ForeignKey("structure_tests.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(
        sa.ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    outcome: Mapped[Outcome] = mapped_column(enum_column(Outcome, "outcome"))
    recorded_on: Mapped[dt.date] = mapped_column(sa.Date)
