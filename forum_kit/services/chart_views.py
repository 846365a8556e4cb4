"""Saving and deleting chart views (``forum_kit.queries.chart_views`` owns what a view may hold):
a name, the columns in order, the filters and the sort, each checked before anything is stored."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import Conflict, InvalidInput
from forum_kit.i18n import _
from forum_kit.models import ChartView
from forum_kit.queries.chart_views import COLUMNS, FILTERS
from forum_kit.queries.people import COMMITTEE_FILTERS, SORT_COLUMNS
from forum_kit.services import clean_text, get_or_404


def _filters(filters: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in filters.items():
        kind = FILTERS.get(key)
        if kind is None:
            raise InvalidInput(_("A view cannot filter by {key!r}; use: {join}.").format(
                                 key=key,
                                 join=', '.join(FILTERS)))
        if value is None:
            continue
        if kind is bool and not isinstance(value, bool):
            raise InvalidInput(_("The {replace} filter is yes or no.").format(
                                 replace=key.replace('_', ' ')))
        if kind is list:
            if not isinstance(value, list | tuple) or not all(
                isinstance(v, int) and not isinstance(v, bool) for v in value
            ):
                raise InvalidInput(_("The levels filter is a list of assessment levels."))
            value = sorted(set(value))
        if kind is str:
            value = clean_text(value, key.replace("_", " ").capitalize(), max_len=200)
            if not value:
                continue
        if key == "committee_role" and value not in COMMITTEE_FILTERS:
            raise InvalidInput(_("The committee filter is C, CH, any or none."))
        if key == "employment" and value not in ("FT", "PT"):
            raise InvalidInput(_("The employment filter is FT or PT."))
        out[key] = value
    return out


def save_view(
    session: Session,
    *,
    name: str,
    columns: Sequence[str],
    filters: Mapping[str, Any] | None = None,
    sort: str = "name",
    descending: bool = False,
    replace: bool = False,
) -> ChartView:
    """Save a view by name; a name already taken is refused unless ``replace``."""
    name = clean_text(name, "View name", max_len=100, required=True)
    cols = list(dict.fromkeys(columns))
    unknown = [c for c in cols if c not in COLUMNS]
    if unknown:
        raise InvalidInput(_("Unknown chart columns: {join}.").format(join=', '.join(unknown)))
    if "name" not in cols:
        raise InvalidInput(_("A view shows the name column; keep it."))
    if sort not in SORT_COLUMNS:
        raise InvalidInput(_("Sort column must be one of: {join}.").format(
                             join=', '.join(SORT_COLUMNS)))
    if not isinstance(descending, bool):
        raise InvalidInput(_("Descending is yes or no."))
    clean = _filters(filters or {})
    view = session.execute(
        sa.select(ChartView).where(sa.func.lower(ChartView.name) == name.lower())
    ).scalar_one_or_none()
    if view is not None and not replace:
        raise Conflict(_("A view named {name!r} exists; choose another name or replace it.").format(
                         name=view.name))
    if view is None:
        view = ChartView(name=name)
        session.add(view)
    view.name = name
    view.columns = json.dumps(cols)
    view.filters = json.dumps(clean, sort_keys=True)
    view.sort = sort
    view.descending = descending
    session.flush()
    return view


def delete_view(session: Session, *, view_id: int) -> None:
    view = get_or_404(session, ChartView, view_id, "chart view")
    session.delete(view)
    session.flush()
