"""The operations a field report carries, named only by uids: what a steward may log in a copy.

Owns ``OPS``, one ``OpSpec`` per operation with the shape of its data (each value's type and
limit), the records it refers to (by kind: existing ones the steward's scope must hold, or new
ones an earlier entry of the same report adds), the kind of record it adds or changes, and, for a
"set" operation, the fields it may set. ``check_entry`` reads one entry of a report (or of the
steward's own log) strictly; ``references`` lists what it touches, for the scope check. A new
operation is one ``OpSpec`` here, its apply step in ``review.APPLY`` and its words in
``describe``.

Entry: ``{"uid", "op", "target", "at", "data"}``: ``target`` is the record the entry adds (a
fresh uid) or changes; ``at`` when the steward logged it. A "set" operation carries the value it
started from (``base``, as the steward's copy had it) and the new ``value``, so the keeper's
review can tell a plain change from one that crosses a change of the keeper's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from forum_kit.committee.errors import ExchangeInvalid
from forum_kit.i18n import _
from forum_kit.models.enums import Employment, Outcome
from forum_kit.services.conversations import AEIOU_FIELDS

UID = re.compile(r"^[0-9a-f]{32}$")
NOTE = 100_000
LINE = 200


@dataclass(frozen=True)
class Value:
    """The type of one data value: text (with a limit), date, bool, int, uid (of a kind), one
    of ``choices``, or a list of short texts."""

    type: str
    required: bool = True
    limit: int = LINE
    kind: str = ""
    choices: tuple[str, ...] = ()
    nullable: bool = False


def _text(limit: int = LINE, *, required: bool = False) -> Value:
    return Value("text", required=required, limit=limit)


# what a steward may correct, and how each travels (area: the uid of an area of the copy)
CONTACT_FIELDS: dict[str, Value] = {
    "first_name": Value("text", limit=200),
    "last_name": _text(200),
    "shift": _text(60),
    "job_title": _text(200),
    "employment": Value("choice", choices=tuple(e.value for e in Employment), nullable=True),
    "employee_number": Value("text", limit=60, nullable=True),
    "phone": _text(60),
    "email": _text(254),
    "language": _text(60),
    "notes": _text(NOTE),
    "area": Value("uid", kind="areas"),
}
# a person's own details, as a new contact carries them (everything but the area)
PERSON_FIELDS = tuple(name for name in CONTACT_FIELDS if name != "area")
GRIEVANCE_FIELDS: dict[str, Value] = {
    "title": Value("text", limit=200),
    "who": _text(NOTE),
    "what": _text(NOTE),
    "where": _text(NOTE),
    "why": _text(NOTE),
    "remedy": _text(NOTE),
    "contract_article": _text(120),
}
OUTCOMES = tuple(o.value for o in Outcome)


@dataclass(frozen=True)
class OpSpec:
    name: str
    kind: str  # the kind of the record the entry adds or changes
    adds: bool
    data: dict[str, Value]
    settable: dict[str, Value] = field(default_factory=dict)


OPS: dict[str, OpSpec] = {
    spec.name: spec
    for spec in (
        OpSpec(
            "contact.add",
            "contacts",
            True,
            {
                "area": Value("uid", kind="areas"),
                "first_name": Value("text", limit=200),
                "last_name": _text(200),
                "shift": _text(60),
                "job_title": _text(200),
                "employment": Value(
                    "choice",
                    choices=tuple(e.value for e in Employment),
                    nullable=True,
                    required=False,
                ),
                "employee_number": Value("text", limit=60, nullable=True, required=False),
                "phone": _text(60),
                "email": _text(254),
                "language": _text(60),
                "notes": _text(NOTE),
                "added_on": Value("date"),
            },
        ),
        OpSpec("contact.set", "contacts", False, {}, settable=CONTACT_FIELDS),
        OpSpec(
            "conversation.add",
            "conversations",
            True,
            {
                "contact": Value("uid", kind="contacts"),
                "held_on": Value("date"),
                **{name: _text(NOTE) for name in AEIOU_FIELDS},
                "tags": Value("tags", required=False),
                "follow_up_on": Value("date", nullable=True, required=False),
                "sensitive": Value("bool", required=False),
                "level": Value("int", nullable=True, required=False),
                "assessment": Value("new", kind="assessments", nullable=True, required=False),
            },
        ),
        OpSpec(
            "assessment.add",
            "assessments",
            True,
            {
                "contact": Value("uid", kind="contacts"),
                "level": Value("int"),
                "assessed_on": Value("date"),
                "evidence": _text(10_000),
            },
        ),
        OpSpec(
            "grievance.event",
            "grievance_events",
            True,
            {
                "grievance": Value("uid", kind="grievances"),
                "action": Value("choice", choices=("filed", "answered", "appeal")),
                "step": Value("int"),
                "on": Value("date"),
                "notes": _text(NOTE),
            },
        ),
        OpSpec("grievance.set", "grievances", False, {}, settable=GRIEVANCE_FIELDS),
        OpSpec(
            "outcome.set",
            "structure_test_outcomes",
            False,
            {
                "test": Value("uid", kind="structure_tests"),
                "contact": Value("uid", kind="contacts"),
                "base": Value("choice", choices=OUTCOMES, nullable=True),
                "value": Value("choice", choices=OUTCOMES),
                "recorded_on": Value("date"),
            },
        ),
        OpSpec(
            "attendance.add",
            "meetings",
            False,
            {
                "contact": Value("uid", kind="contacts"),
            },
        ),
    )
}
# the kind of record a "set" operation's target is, for the scope check
TARGET_OF_SET = {
    "contact.set": "contacts",
    "grievance.set": "grievances",
    "attendance.add": "meetings",
}


def _fail(where: str) -> ExchangeInvalid:
    return ExchangeInvalid(
        _(
            "The report's content does not follow the format (at {where}); nothing was written."
        ).format(where=where)
    )


def check_value(spec: Value, value: Any, where: str) -> Any:
    """``value`` if it fits ``spec`` (dates become ``date``); ExchangeInvalid if not."""
    if value is None:
        if spec.nullable:
            return None
        raise _fail(where)
    kind = spec.type
    if kind == "text":
        if type(value) is not str or len(value) > spec.limit or "\0" in value:
            raise _fail(where)
        return value
    if kind in ("uid", "new"):
        if type(value) is not str or not UID.match(value):
            raise _fail(where)
        return value
    if kind == "date":
        if type(value) is not str or len(value) != 10:
            raise _fail(where)
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise _fail(where) from None
    if kind == "bool":
        if type(value) is not bool:
            raise _fail(where)
        return value
    if kind == "int":
        if type(value) is not int or not -1_000_000 <= value <= 1_000_000:
            raise _fail(where)
        return value
    if kind == "choice":
        if value not in spec.choices:
            raise _fail(where)
        return value
    if kind == "tags":
        if type(value) is not list or len(value) > 50:
            raise _fail(where)
        return [check_value(_text(80), tag, where) for tag in value]
    raise _fail(where)  # pragma: no cover


@dataclass(frozen=True)
class Entry:
    """One entry, checked: dates as ``date``, ``at`` as a naive UTC ``datetime``."""

    uid: str
    op: str
    target: str
    at: datetime
    data: dict[str, Any]

    @property
    def spec(self) -> OpSpec:
        return OPS[self.op]

    def to_json(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "op": self.op,
            "target": self.target,
            "at": self.at.isoformat(timespec="seconds"),
            "data": {k: _jsonable(v) for k, v in self.data.items()},
        }


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def check_entry(raw: Any, where: str = "entries") -> Entry:
    """One entry read strictly; ExchangeInvalid naming where it is wrong (never the value)."""
    if not isinstance(raw, dict) or set(raw) != {"uid", "op", "target", "at", "data"}:
        raise _fail(where)
    spec = OPS.get(raw["op"]) if isinstance(raw["op"], str) else None
    if spec is None:
        raise _fail(f"{where}.op")
    for key in ("uid", "target"):
        check_value(Value("uid"), raw[key], f"{where}.{key}")
    try:
        at = datetime.fromisoformat(check_value(_text(32), raw["at"], f"{where}.at"))
    except ValueError:
        raise _fail(f"{where}.at") from None
    data = raw["data"]
    if not isinstance(data, dict):
        raise _fail(f"{where}.data")
    if spec.settable:
        if set(data) != {"field", "base", "value"} or data["field"] not in spec.settable:
            raise _fail(f"{where}.data")
        value_spec = spec.settable[data["field"]]
        checked = {
            "field": data["field"],
            "base": check_value(value_spec, data["base"], f"{where}.data.base"),
            "value": check_value(value_spec, data["value"], f"{where}.data.value"),
        }
    else:
        unknown = set(data) - set(spec.data)
        missing = {k for k, v in spec.data.items() if v.required} - set(data)
        if unknown or missing:
            raise _fail(f"{where}.data")
        checked = {
            key: check_value(spec.data[key], value, f"{where}.data.{key}")
            for key, value in data.items()
        }
    if spec.name == "conversation.add" and (checked.get("level") is None) != (
        checked.get("assessment") is None
    ):
        raise _fail(f"{where}.data.assessment")
    return Entry(raw["uid"], spec.name, raw["target"], at.replace(tzinfo=None), checked)


def references(entry: Entry) -> list[tuple[str, str]]:
    """(kind, uid) of every record the entry touches that must already exist (or be added by
    an earlier entry of the same report)."""
    out: list[tuple[str, str]] = []
    spec = entry.spec
    if not spec.adds:
        if entry.op in TARGET_OF_SET:
            out.append((TARGET_OF_SET[entry.op], entry.target))
    if spec.settable:
        value_spec = spec.settable[entry.data["field"]]
        if value_spec.type == "uid":
            out.extend((value_spec.kind, v) for v in (entry.data["value"],) if v is not None)
    for key, value_spec in spec.data.items():
        value = entry.data.get(key)
        if value_spec.type == "uid" and value is not None:
            out.append((value_spec.kind, value))
    return out


def additions(entry: Entry) -> list[tuple[str, str]]:
    """(kind, uid) of the records the entry adds."""
    out: list[tuple[str, str]] = []
    if entry.spec.adds:
        out.append((entry.spec.kind, entry.target))
    if entry.op == "conversation.add" and entry.data.get("assessment"):
        out.append(("assessments", entry.data["assessment"]))
    return out
