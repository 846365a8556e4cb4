"""The demo generator's plumbing, shared by its parts (``forum_kit.demo`` and
``forum_kit.demo_records``): a workplace's template (``_Place``), a generated person, the row
writer that buffers rows per table and inserts them in dependency order a chunk at a time, the next
free ids per table, and the date helpers. Demo data only: generated people, never real ones.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.models import (
    Base,
)

CHUNK = 10_000  # rows buffered before the writer inserts them


class _Place(NamedTuple):
    name: str
    employer: str
    top_kind: str
    leaf_kind: str
    departments: tuple[str, ...]
    leaves: tuple[str, ...]
    jobs: tuple[str, ...]
    hazards: tuple[str, ...]
    issues: tuple[str, ...]


class _Person(NamedTuple):
    id: int
    wp: int  # index into the generated workplaces
    area_id: int
    added_on: date
    left_on: date | None
    first_name: str
    last_name: str
    job: str


class _Writer:
    """Buffers rows per table and inserts them in dependency order, a chunk at a time."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._order: list[sa.Table] = list(Base.metadata.sorted_tables)
        self._buffers: dict[str, list[dict[str, Any]]] = {}
        self._pending = 0

    def add(self, table: Any, row: dict[str, Any]) -> None:
        name = _table(table).name
        self._buffers.setdefault(name, []).append(row)
        self._pending += 1
        if self._pending >= CHUNK:
            self.flush()

    def flush(self) -> None:
        # parents before children: foreign keys are checked per statement
        for table in self._order:
            rows = self._buffers.pop(table.name, None)
            if rows:
                self.session.execute(sa.insert(table), rows)
        self._pending = 0


def _table(model: Any) -> sa.Table:
    return model if isinstance(model, sa.Table) else model.__table__


def _next_ids(session: Session, models: Iterable[Any]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for model in models:
        table = _table(model)
        ids[table.name] = (session.execute(sa.select(sa.func.max(table.c.id))).scalar() or 0) + 1
    return ids


class _Ids:
    """Explicit primary keys, so children can refer to rows not yet inserted in the same chunk."""

    def __init__(self, start: dict[str, int]) -> None:
        self._next = dict(start)

    def take(self, model: Any) -> int:
        name = _table(model).name
        value = self._next[name]
        self._next[name] = value + 1
        return value


def _between(rng: random.Random, start: date, end: date) -> date:
    if end <= start:
        return start
    return start + timedelta(days=rng.randint(0, (end - start).days))


def _working_day(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day
