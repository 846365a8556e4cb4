"""The strict reading of a council bundle's decoded JSON (format v1 of
``forum_kit.exchange.bundles``): exact keys (extra keys allowed only from a newer minor version),
types, ranges and lengths, within payload limits generous for a real forum and small enough that
a hostile bundle cannot flood a council vault. Owns ``_Check`` (``community_bundle`` checks its
sections with it, ``downward`` the council's agendas and decisions, so every error reads alike)
and ``validate_payload``, which returns a normalised copy or raises ``BundleInvalid`` naming the
first bad place, never the value.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from forum_kit.exchange import community_bundle
from forum_kit.exchange.bundles import BundleInvalid
from forum_kit.i18n import _
from forum_kit.models.enums import BodyKind, CarriedOut, DelegateRole, Instruction

__all__ = ["validate_payload"]

# Payload limits: generous for a real forum, small enough that a hostile bundle cannot flood.
MAX_ITEMS = 500
MAX_MANDATES = 5000
MAX_DELEGATES = 500
MAX_AREAS = 5000
MAX_COUNTS = 1000
MAX_COUNT = 10_000_000
TITLE = 200
FREE_TEXT = 20_000


class _Check:
    """Strict reading of the decoded JSON: exact keys (extra keys allowed only from a newer
    minor version), types, ranges and lengths. Errors say where, never what the value was."""

    def __init__(self, lenient: bool) -> None:
        self.lenient = lenient

    def fail(self, where: str) -> BundleInvalid:
        return BundleInvalid(
            _(
                "The bundle's content does not follow the format (at {where}); nothing was "
                "imported."
            ).format(where=where)
        )

    def obj(
        self, value: Any, where: str, keys: set[str], optional: frozenset[str] = frozenset()
    ) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where)
        have = set(value)
        if not keys <= have or (have - keys - optional and not self.lenient):
            raise self.fail(where)
        return value

    def lst(self, value: Any, where: str, limit: int) -> list[Any]:
        if not isinstance(value, list) or len(value) > limit:
            raise self.fail(where)
        return value

    def text(self, value: Any, where: str, limit: int, *, required: bool = False) -> str:
        if not isinstance(value, str) or len(value) > limit or (required and not value.strip()):
            raise self.fail(where)
        if "\0" in value:
            raise self.fail(where)
        return value

    def count(self, value: Any, where: str) -> int | None:
        """A count, or None: fewer than the sender's threshold (format 1.1)."""
        return None if value is None else self.int_(value, where)

    def int_(self, value: Any, where: str, lo: int = 0, hi: int = MAX_COUNT) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise self.fail(where)
        return value

    def num(self, value: Any, where: str, *, optional: bool = False) -> float | None:
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(where)
        if not math.isfinite(value) or not 0 <= value <= 100_000:
            raise self.fail(where)
        return float(value)

    def day(self, value: Any, where: str, *, optional: bool = False) -> date | None:
        if value is None and optional:
            return None
        if not isinstance(value, str) or len(value) != 10:
            raise self.fail(where)
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(where) from None

    def enum(self, value: Any, where: str, enum: Any) -> Any:
        try:
            return enum(value)
        except (ValueError, TypeError):
            raise self.fail(where) from None

    def flag(self, value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(where)
        return value


_TOP_KEYS = {"forum", "council", "meeting", "mandates", "delegates", "figures"}
_MANDATE_KEYS = {
    "meeting_date",
    "ordinal",
    "title",
    "instruction",
    "red_lines",
    "figure_to_hold",
    "expires_on",
    "report",
}
# Optional keys (format 1.1 of either branch, together 1.2): the community and retaliation
# sections; the sender's kind and threshold, how a council decided its mandate, a
# total row and lower bounds (the small-numbers rule).
_TOP_OPTIONAL = frozenset({"sender_kind", "threshold", "community", "retaliation"})
_MANDATE_OPTIONAL = frozenset({"decided_by"})
_AREA_OPTIONAL = frozenset({"at_least"})
_COUNTED = (
    "headcount",
    "supporters",
    "committee_members",
    "target_members",
    "one_on_ones_90d",
    "open_grievances",
)
_AREA_KEYS = {
    "area",
    "depth",
    "top",
    "headcount",
    "supporters",
    "supporters_pct",
    "committee_members",
    "target_members",
    "one_on_ones_90d",
    "open_grievances",
    "last_test_pct",
}


def _decided_by(c: _Check, value: Any, where: str) -> dict[str, Any] | None:
    """How a council decided its mandate: its delegates' vote (with the counts) or consensus."""
    if value is None:
        return None
    d = c.obj(value, where, {"basis"}, frozenset({"for", "against", "abstain"}))
    basis = c.text(d["basis"], f"{where}.basis", 20, required=True)
    if basis not in ("vote", "consensus"):
        raise c.fail(f"{where}.basis")
    out: dict[str, Any] = {"basis": basis}
    for key in ("for", "against", "abstain"):
        if d.get(key) is not None:
            out[key] = c.int_(d[key], f"{where}.{key}")
    return out


def _area(c: _Check, raw: Any, where: str) -> dict[str, Any]:
    a = c.obj(raw, where, _AREA_KEYS, _AREA_OPTIONAL)
    return {
        "area": c.text(a["area"], f"{where}.area", TITLE, required=True),
        "depth": c.int_(a["depth"], f"{where}.depth", 0, 1000),
        "top": c.flag(a["top"], f"{where}.top"),
        **{f: c.count(a[f], f"{where}.{f}") for f in _COUNTED},
        "supporters_pct": c.num(a["supporters_pct"], f"{where}.supporters_pct", optional=True),
        "last_test_pct": c.num(a["last_test_pct"], f"{where}.last_test_pct", optional=True),
        "at_least": _bounds(c, a.get("at_least", []), f"{where}.at_least"),
    }


def _bounds(c: _Check, value: Any, where: str) -> tuple[str, ...]:
    """The figures of a row that are lower bounds: a list of their names."""
    names = c.lst(value, where, len(_COUNTED))
    if not all(isinstance(n, str) and n in _COUNTED for n in names):
        raise c.fail(where)
    return tuple(sorted(set(names)))


def validate_payload(payload: Any, *, lenient: bool = False) -> dict[str, Any]:
    """The payload if it follows format v1; BundleInvalid naming the first bad place if not.
    Returns a normalised copy with dates as ``date`` objects and enums as enum members."""
    c = _Check(lenient)
    top = c.obj(payload, _("the top level"), _TOP_KEYS, _TOP_OPTIONAL)
    forum = c.obj(top["forum"], "forum", {"name"})
    council = c.obj(top["council"], "council", {"name"})
    meeting = c.obj(top["meeting"], "meeting", {"date", "place", "items"})
    items = []
    seen: set[int] = set()
    for i, raw in enumerate(c.lst(meeting["items"], "meeting.items", MAX_ITEMS)):
        item = c.obj(raw, f"meeting.items[{i}]", {"ordinal", "title"})
        ordinal = c.int_(item["ordinal"], f"meeting.items[{i}].ordinal", 1, 100_000)
        if ordinal in seen:
            raise c.fail(f"meeting.items[{i}].ordinal")
        seen.add(ordinal)
        items.append(
            {"ordinal": ordinal, "title": c.text(item["title"], "title", TITLE, required=True)}
        )
    mandates = []
    keys_seen: set[tuple[date, int]] = set()
    for i, raw in enumerate(c.lst(top["mandates"], "mandates", MAX_MANDATES)):
        where = f"mandates[{i}]"
        m = c.obj(raw, where, _MANDATE_KEYS, _MANDATE_OPTIONAL)
        report = None
        if m["report"] is not None:
            r = c.obj(m["report"], f"{where}.report", {"carried_out", "outcome", "reported_on"})
            report = {
                "carried_out": c.enum(r["carried_out"], f"{where}.report.carried_out", CarriedOut),
                "outcome": c.text(r["outcome"], f"{where}.report.outcome", FREE_TEXT),
                "reported_on": c.day(r["reported_on"], f"{where}.report.reported_on"),
            }
        entry = {
            "meeting_date": c.day(m["meeting_date"], f"{where}.meeting_date"),
            "ordinal": c.int_(m["ordinal"], f"{where}.ordinal", 1, 100_000),
            "title": c.text(m["title"], f"{where}.title", TITLE, required=True),
            "instruction": c.enum(m["instruction"], f"{where}.instruction", Instruction),
            "red_lines": c.text(m["red_lines"], f"{where}.red_lines", FREE_TEXT),
            "figure_to_hold": c.text(m["figure_to_hold"], f"{where}.figure_to_hold", TITLE),
            "expires_on": c.day(m["expires_on"], f"{where}.expires_on", optional=True),
            "report": report,
            "decided_by": _decided_by(c, m.get("decided_by"), f"{where}.decided_by"),
        }
        key = (entry["meeting_date"], entry["ordinal"])
        if key in keys_seen:
            raise c.fail(f"{where}.ordinal")
        keys_seen.add(key)
        mandates.append(entry)
    delegates = []
    for i, raw in enumerate(c.lst(top["delegates"], "delegates", MAX_DELEGATES)):
        where = f"delegates[{i}]"
        d = c.obj(raw, where, {"name", "role", "term_start", "term_end", "recalled", "ended_on"})
        delegates.append(
            {
                "name": c.text(d["name"], f"{where}.name", TITLE, required=True),
                "role": c.enum(d["role"], f"{where}.role", DelegateRole),
                "term_start": c.day(d["term_start"], f"{where}.term_start"),
                "term_end": c.day(d["term_end"], f"{where}.term_end"),
                "recalled": c.flag(d["recalled"], f"{where}.recalled"),
                "ended_on": c.day(d["ended_on"], f"{where}.ended_on", optional=True),
            }
        )
    figures = c.obj(
        top["figures"],
        "figures",
        {"as_of", "areas", "grievances", "issues"},
        frozenset({"total"}),
    )
    areas = [
        _area(c, raw, f"figures.areas[{i}]")
        for i, raw in enumerate(c.lst(figures["areas"], "figures.areas", MAX_AREAS))
    ]
    total = None if figures.get("total") is None else _area(c, figures["total"], "figures.total")
    grievances = []
    for i, raw in enumerate(c.lst(figures["grievances"], "figures.grievances", MAX_COUNTS)):
        where = f"figures.grievances[{i}]"
        g = c.obj(raw, where, {"status", "type", "count"}, _AREA_OPTIONAL)
        grievances.append(
            {
                "status": c.text(g["status"], f"{where}.status", 60, required=True),
                "type": c.text(g["type"], f"{where}.type", 60, required=True),
                "count": c.count(g["count"], f"{where}.count"),
                "at_least": c.flag(g.get("at_least", False), f"{where}.at_least"),
            }
        )
    issues = []
    for i, raw in enumerate(c.lst(figures["issues"], "figures.issues", MAX_COUNTS)):
        where = f"figures.issues[{i}]"
        t = c.obj(raw, where, {"tag", "count"}, _AREA_OPTIONAL)
        issues.append(
            {
                "tag": c.text(t["tag"], f"{where}.tag", 80, required=True),
                "count": c.count(t["count"], f"{where}.count"),
                "at_least": c.flag(t.get("at_least", False), f"{where}.at_least"),
            }
        )
    optional: dict[str, Any] = {}
    if top.get("community") is not None:
        optional["community"] = community_bundle.validate_community(c, top["community"])
    if top.get("retaliation") is not None:
        optional["retaliation"] = community_bundle.validate_retaliation(c, top["retaliation"])
    threshold = top.get("threshold")
    return {
        **optional,
        "sender_kind": c.enum(top.get("sender_kind", "forum"), "sender_kind", BodyKind),
        "threshold": None if threshold is None else c.int_(threshold, "threshold", 2, 100),
        "forum": {"name": c.text(forum["name"], "forum.name", TITLE, required=True)},
        "council": {"name": c.text(council["name"], "council.name", TITLE, required=True)},
        "meeting": {
            "date": c.day(meeting["date"], "meeting.date"),
            "place": c.text(meeting["place"], "meeting.place", TITLE),
            "items": items,
        },
        "mandates": mandates,
        "delegates": delegates,
        "figures": {
            "as_of": c.day(figures["as_of"], "figures.as_of"),
            "areas": areas,
            "total": total,
            "grievances": grievances,
            "issues": issues,
        },
    }
