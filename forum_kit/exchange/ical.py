"""iCalendar export of open grievance deadlines, for stewards' own calendars.

Owns ``deadlines_to_ics``: one all-day VEVENT per open deadline (rows from
``forum_kit.queries.grievances.open_deadlines``) with a UID that stays the same for the same
grievance, step and deadline kind across exports, so re-importing the file updates events instead
of duplicating them, and a reminder two days before. A calendar leaves the vault unencrypted and
is often synced to someone else's server, so by default an event carries only the case number,
what is due and who must act: no grievants' names, no case title (which may name people) unless
``include_names`` is set. Uses the ``icalendar`` package.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from icalendar import Alarm, Calendar, Event

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _

__all__ = ["PRODID", "deadlines_to_ics", "event_uid"]

PRODID = "-//Forum Kit//Grievance deadlines//EN"
UID_DOMAIN = "deadlines.forum-kit.invalid"
ALARM_BEFORE = dt.timedelta(days=2)
KINDS = frozenset({"file", "answer"})


def event_uid(grievance_id: int, step: int, kind: str) -> str:
    """A UID stable per grievance, step and deadline kind ("file" or "answer").

    Made of ids only (no text, so nothing personal and nothing that changes when a step is
    renamed): the same deadline moved by an extension or recomputed keeps its UID, so a calendar
    shows the new date in place of the old one.
    """
    for value in (grievance_id, step):
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(_("A deadline's grievance and step must be whole numbers."))
    kind = str(getattr(kind, "value", kind))
    if kind not in KINDS:
        raise InvalidInput(_("A deadline's kind must be 'file' or 'answer'."))
    return f"grievance-{grievance_id}-step-{step}-{kind}@{UID_DOMAIN}"


def _summary(row: Any) -> str:
    return f"{row.number}: {row.what}"


def _description(row: Any, *, include_names: bool) -> str:
    lines = [f"Grievance {row.number}", f"{row.what} on {row.on.isoformat()}"]
    if row.who:
        lines.append(f"To act: {row.who}")
    if include_names:
        if row.title:
            lines.append(f"Case: {row.title}")
        if row.grievants:
            lines.append(f"Grievants: {row.grievants}")
    return "\n".join(lines)


def deadlines_to_ics(
    rows: Iterable[Any],
    *,
    include_names: bool = False,
    calendar_name: str = "Grievance deadlines",
    stamp: dt.datetime | None = None,
) -> bytes:
    """An iCalendar file (RFC 5545) with one all-day event per deadline row.

    ``rows`` need ``grievance_id``, ``step``, ``kind``, ``number``, ``on``, ``what``, ``who``,
    ``title`` and ``grievants`` (``DeadlineRow``). ``stamp`` is the DTSTAMP (UTC; defaults to
    now), a parameter so tests get byte-identical output.
    """
    if not isinstance(calendar_name, str) or not calendar_name.strip():
        raise InvalidInput(_("The calendar needs a name."))
    if stamp is None:
        stamp = dt.datetime.now(dt.UTC)
    elif stamp.tzinfo is None:
        raise InvalidInput(_("The export time must carry a time zone (UTC)."))
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", calendar_name.strip())
    seen: set[str] = set()
    for row in rows:
        on = row.on
        if not isinstance(on, dt.date) or isinstance(on, dt.datetime):
            raise InvalidInput(_("A deadline has no calendar date; nothing was exported."))
        uid = event_uid(row.grievance_id, row.step, row.kind)
        if uid in seen:
            # The same deadline listed twice would make calendars drop one at random.
            continue
        seen.add(uid)
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", on)
        event.add("dtend", on + dt.timedelta(days=1))
        event.add("summary", _summary(row))
        event.add("description", _description(row, include_names=include_names))
        event.add("transp", "TRANSPARENT")
        event.add("class", "PRIVATE")
        event.add("categories", ["Grievance deadline"])
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", _summary(row))
        alarm.add("trigger", -ALARM_BEFORE)
        event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()
