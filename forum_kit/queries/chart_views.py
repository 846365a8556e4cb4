"""Saved chart views: a named choice of the chart's columns, filters and sort, kept in the vault so
every steward of the committee finds the same views. This module owns the vocabulary a view may
use (``COLUMNS``, ``FILTERS``) and reads the views back; ``forum_kit.services.chart_views`` saves
and deletes them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.models import ChartView
from forum_kit.queries.people import PeopleFilter

# every column the chart can show, in the order a column chooser lists them
COLUMNS = (
    "name",
    "area",
    "job_title",
    "shift",
    "employment",
    "level",
    "committee_role",
    "organic_leader",
    "ties",
    "reached",
    "card_signed_on",
    "language",
    "last_contact_on",
    "last_contact_by",
    "stale",
    "phone",
    "email",
)
# filter name -> the type its value must have (levels: a list of level ids)
FILTERS: dict[str, type] = {
    "levels": list,
    "committee_role": str,
    "stale": bool,
    "language": str,
    "text": str,
    "organic_leader": bool,
    "unreached": bool,
    "employment": str,
}


@dataclass(frozen=True)
class ChartViewRow:
    id: int
    name: str
    columns: tuple[str, ...]
    filters: dict[str, Any]
    sort: str
    descending: bool

    def people_filter(self, *, workplace_id: int | None, area_id: int | None) -> PeopleFilter:
        """The view's filters applied to one area of a workplace."""
        values = dict(self.filters)
        if "levels" in values:
            values["levels"] = tuple(values["levels"])
        return PeopleFilter(workplace_id=workplace_id, area_id=area_id, **values)


def chart_views(session: Session) -> list[ChartViewRow]:
    """Every saved view, by name."""
    t = ChartView.__table__
    out = []
    for r in session.execute(sa.select(t).order_by(t.c.name.collate("NOCASE"), t.c.id)):
        try:
            columns = tuple(c for c in json.loads(r.columns) if c in COLUMNS)
            filters = {k: v for k, v in json.loads(r.filters or "{}").items() if k in FILTERS}
        except (ValueError, AttributeError):  # a damaged row still lists, with the defaults
            columns, filters = (), {}
        out.append(
            ChartViewRow(r.id, r.name, columns or ("name",), filters, r.sort, bool(r.descending))
        )
    return out
