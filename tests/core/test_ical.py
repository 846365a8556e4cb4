"""iCalendar export of open grievance deadlines, read back with the ``icalendar`` parser.

A grievance with two grievants is filed under a contract of "file within 10 working days"; the
exported file must hold one all-day event per open deadline on the engine's date, a stable UID,
a reminder, and no coworker's name or case title unless names were asked for. The CLI command
writes the same file with private permissions.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import stat

import pytest
import sqlalchemy as sa
from icalendar import Calendar

from forum_kit.errors import InvalidInput
from forum_kit.exchange.ical import deadlines_to_ics, event_uid
from forum_kit.models import Area, Contact, Grievance, Workplace
from forum_kit.queries.grievances import open_deadlines
from forum_kit.services import contracts as cs
from forum_kit.services import grievances as gs

D = dt.date
TODAY = D(2026, 3, 30)
STAMP = dt.datetime(2026, 3, 30, 9, 0, tzinfo=dt.UTC)
SECRET_TITLE = "Zyxwvut harassed by the night manager"


def _world(session) -> dict[str, int]:
    wp = Workplace(name="Depot", created_on=D(2026, 1, 1))
    session.add(wp)
    session.flush()
    area = Area(workplace_id=wp.id, name="Warehouse")
    session.add(area)
    session.flush()
    people = []
    for first, last in (("Qwertina", "Asdfghson"), ("Zoë", "Ångström")):
        contact = Contact(workplace_id=wp.id, area_id=area.id, first_name=first,
                          last_name=last, added_on=D(2026, 1, 1))
        session.add(contact)
        session.flush()
        people.append(contact.id)
    contract = cs.create_contract(
        session, name="Depot agreement", workplace_id=wp.id,
        steps=cs.default_contract_steps(),
        holidays=[(D(2026, 4, 3), "Good Friday"), (D(2026, 4, 6), "Easter Monday")],
        type_starts=cs.default_type_starts(),
    )
    # Incident Thursday 26 March: 10 working days skip two weekends and Good Friday (3 April)
    # and Easter Monday (6 April): 27, 30, 31 Mar, 1, 2, 7, 8, 9, 10, 13 April.
    open_case = gs.file_grievance(
        session, workplace_id=wp.id, contract_id=contract.id, grievance_type="group",
        title=SECRET_TITLE, incident_on=D(2026, 3, 26), area_id=area.id,
        grievant_ids=people, number="G-2026-014", today=TODAY,
    )
    filed = gs.file_grievance(
        session, workplace_id=wp.id, contract_id=contract.id, grievance_type="individual",
        title="Unpaid overtime", incident_on=D(2026, 3, 2), grievant_ids=people[:1],
        number="G-2026-015", filed_on=D(2026, 3, 9), today=TODAY,
    )
    closed = gs.file_grievance(
        session, workplace_id=wp.id, contract_id=contract.id, grievance_type="individual",
        title="Old case", incident_on=D(2026, 3, 2), number="G-2026-016", today=TODAY,
    )
    gs.close_grievance(session, grievance_id=closed.id, outcome="won", outcome_on=D(2026, 3, 20))
    return {"open": open_case.id, "filed": filed.id, "closed": closed.id}


def _events(data: bytes) -> list:
    cal = Calendar.from_ical(data)
    return [c for c in cal.walk() if c.name == "VEVENT"]


def test_one_all_day_event_per_open_deadline_without_names(session):
    ids = _world(session)
    rows = open_deadlines(session, today=TODAY)
    data = deadlines_to_ics(rows, calendar_name="Depot deadlines", stamp=STAMP)
    cal = Calendar.from_ical(data)
    assert str(cal["X-WR-CALNAME"]) == "Depot deadlines"
    events = _events(data)
    assert len(events) == len(rows) >= 3  # filing of 014; answer and appeal of 015
    by_summary = {str(e["SUMMARY"]): e for e in events}
    filing = by_summary["G-2026-014: Filing at Informal due"]
    start = filing.decoded("DTSTART")
    assert start == D(2026, 4, 13) and not isinstance(start, dt.datetime)
    assert filing.decoded("DTEND") == D(2026, 4, 14)
    assert str(filing["UID"]) == event_uid(ids["open"], 0, "file")
    assert str(filing["UID"]) == f"grievance-{ids['open']}-step-0-file@deadlines.forum-kit.invalid"
    # The filed case has an answer due at step 0 and an appeal to step 1: two distinct UIDs.
    filed = {str(e["UID"]) for e in events if str(e["SUMMARY"]).startswith("G-2026-015")}
    assert filed == {event_uid(ids["filed"], 0, "answer"), event_uid(ids["filed"], 1, "file")}
    alarms = [c for c in filing.walk() if c.name == "VALARM"]
    assert len(alarms) == 1 and alarms[0].decoded("TRIGGER") == -dt.timedelta(days=2)
    assert not any(str(e["SUMMARY"]).startswith("G-2026-016") for e in events)
    text = data.decode("utf-8")
    for secret in ("Qwertina", "Asdfghson", "Zoë", "Ångström", "Zyxwvut", "Unpaid overtime"):
        assert secret not in text


def test_names_only_when_asked_and_uids_stable(session):
    ids = _world(session)
    plain = _events(deadlines_to_ics(open_deadlines(session, today=TODAY), stamp=STAMP))
    rows = open_deadlines(session, today=TODAY, include_names=True)
    named = _events(deadlines_to_ics(rows, include_names=True, stamp=STAMP))
    assert {str(e["UID"]) for e in plain} == {str(e["UID"]) for e in named}
    descriptions = " ".join(str(e["DESCRIPTION"]) for e in named)
    assert "Qwertina Asdfghson" in descriptions and "Zoë Ångström" in descriptions
    assert SECRET_TITLE in descriptions
    # An extension moves the date; the event keeps its UID so calendars update in place.
    gs.add_extension(session, grievance_id=ids["open"], kind="file", new_date=D(2026, 4, 24),
                     agreed_on=D(2026, 3, 30), agreed_with="HR")
    moved = {str(e["UID"]): e.decoded("DTSTART")
             for e in _events(deadlines_to_ics(open_deadlines(session, today=TODAY), stamp=STAMP))}
    assert moved[event_uid(ids["open"], 0, "file")] == D(2026, 4, 24)


def test_uid_survives_a_renamed_step(session):
    ids = _world(session)
    before = {(r.grievance_id, r.step, r.kind): r for r in open_deadlines(session, today=TODAY)}
    (contract_id,) = {c for c in session.execute(
        sa.select(Grievance.contract_id).where(Grievance.id == ids["open"])).scalars()}
    steps = cs.default_contract_steps()
    steps[0] = dataclasses.replace(steps[0], name="Informal talk")
    cs.update_contract(session, contract_id=contract_id, steps=steps)
    after = open_deadlines(session, today=TODAY)
    assert {(r.grievance_id, r.step, r.kind) for r in after} == set(before)
    renamed = next(r for r in after if r.grievance_id == ids["open"])
    assert renamed.what == "Filing at Informal talk due"
    assert before[(ids["open"], 0, "file")].what == "Filing at Informal due"
    uids = {str(e["UID"]) for e in _events(deadlines_to_ics(after, stamp=STAMP))}
    assert event_uid(ids["open"], 0, "file") in uids


def test_event_uid_checks_its_parts():
    assert event_uid(3, 2, "answer") == "grievance-3-step-2-answer@deadlines.forum-kit.invalid"
    for bad in ((3, 2, "appeal"), ("3", 2, "file"), (3, True, "file")):
        with pytest.raises(InvalidInput):
            event_uid(*bad)


def test_output_is_deterministic_and_validated():
    class Row:
        grievance_id = 7
        number = "G-1"
        on = D(2026, 5, 1)
        what = "Appeal to Step 2 due"
        who = "union"
        step = 2
        kind = "file"
        title = "t"
        grievants = "1 person"

    first = deadlines_to_ics([Row(), Row()], stamp=STAMP)
    assert first == deadlines_to_ics([Row()], stamp=STAMP)  # a duplicate deadline is dropped
    assert len(_events(first)) == 1
    with pytest.raises(InvalidInput):
        deadlines_to_ics([Row()], stamp=dt.datetime(2026, 1, 1))
    with pytest.raises(InvalidInput):
        deadlines_to_ics([Row()], calendar_name=" ")


def test_cli_writes_private_file(vault, tmp_path, monkeypatch, capsys):
    from forum_kit.cli import ical_cmd
    passphrase = "correct horse battery staple"  # tests/conftest.py PASSPHRASE

    with vault.unit_of_work() as s:
        _world(s)
    path = vault.path
    vault.lock()
    import argparse

    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    ical_cmd.register(sub)
    out = tmp_path / "deadlines.ics"
    monkeypatch.setenv("FORUM_KIT_PASSPHRASE", passphrase)
    args = parser.parse_args(["deadlines-ics", str(path), "--out", str(out), "--today",
                              "2026-03-30"])
    assert args.handler(args) == 0
    assert "no names" in capsys.readouterr().out
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    events = _events(out.read_bytes())
    assert len(events) == 3
    assert "Qwertina" not in out.read_text(encoding="utf-8")
    args = parser.parse_args(["deadlines-ics", str(path), "--out", str(out), "--names"])
    assert args.handler(args) == 0
    assert "Qwertina" in out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
