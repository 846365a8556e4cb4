"""Grievance services and queries against an encrypted vault, with a fixed "today".

Every expected date was counted by hand on the 2026 calendar (March 2026 starts on a Sunday;
Good Friday is 3 April and Easter Monday 6 April, both holidays in the test contract).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import Conflict, InvalidInput, NotFound
from forum_kit.models import Area, Contact, Workplace
from forum_kit.queries import grievances as gq
from forum_kit.services import contracts as cs
from forum_kit.services import grievances as gs

D = date
GOOD_FRIDAY = D(2026, 4, 3)
EASTER_MONDAY = D(2026, 4, 6)
INCIDENT = D(2026, 3, 26)  # a Thursday; the weekend of 28-29 March follows
NAMES = ("Zoë", "Ångström", "Şêrko", "Berzincî")


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory):
    """One vault for the module; each test's work is rolled back (services never commit)."""
    from forum_kit.vault import FAST_KDF, Vault

    vault = Vault.create(
        tmp_path_factory.mktemp("grievances") / "g.forumkit", "pass phrase 1", kdf=FAST_KDF
    )
    yield vault
    vault.lock()


@pytest.fixture
def db(shared_vault):
    with Session(shared_vault.engine) as session:
        yield session
        session.rollback()


@dataclass
class World:
    workplace: int
    contract: int
    warehouse: int
    night_shift: int
    office: int
    zoe: int
    serko: int
    steward: int


def _contact(session, workplace, area, first, last) -> int:
    contact = Contact(
        workplace_id=workplace,
        area_id=area,
        first_name=first,
        last_name=last,
        added_on=D(2026, 1, 1),
    )
    session.add(contact)
    session.flush()
    return contact.id


@pytest.fixture
def world(db) -> World:
    workplace = Workplace(name="Depot", created_on=D(2026, 1, 1))
    db.add(workplace)
    db.flush()
    warehouse = Area(workplace_id=workplace.id, name="Warehouse")
    office = Area(workplace_id=workplace.id, name="Office")
    db.add_all([warehouse, office])
    db.flush()
    night = Area(workplace_id=workplace.id, parent_id=warehouse.id, name="Night shift")
    db.add(night)
    db.flush()
    contract = cs.create_contract(
        db,
        name="Depot agreement",
        workplace_id=workplace.id,
        steps=cs.default_contract_steps(),
        holidays=[(GOOD_FRIDAY, "Good Friday"), (EASTER_MONDAY, "Easter Monday")],
        type_starts=cs.default_type_starts(),
    )
    return World(
        workplace=workplace.id,
        contract=contract.id,
        warehouse=warehouse.id,
        night_shift=night.id,
        office=office.id,
        zoe=_contact(db, workplace.id, night.id, "Zoë", "Ångström"),
        serko=_contact(db, workplace.id, night.id, "Şêrko", "Berzincî"),
        steward=_contact(db, workplace.id, warehouse.id, "Ada", "Steward"),
    )


def _file(db, world: World, **overrides):
    values = {
        "workplace_id": world.workplace,
        "contract_id": world.contract,
        "grievance_type": "individual",
        "title": "Unpaid overtime",
        "incident_on": INCIDENT,
        "area_id": world.night_shift,
        "grievant_ids": [world.zoe, world.serko],
        "steward_id": world.steward,
        "what": "Overtime on 26 March not paid",
        "why": "Article 12.3",
        "today": D(2026, 3, 27),
    }
    values.update(overrides)
    return gs.file_grievance(db, **values)


def _row(db, grievance_id, today, **kwargs) -> gq.GrievanceRow:
    (row,) = [r for r in gq.grievance_rows(db, today=today, **kwargs) if r.id == grievance_id]
    return row


# --------------------------------------------------------------------------------------------------
# The worked example of the issue: dates across a weekend and a holiday, extension, appeal, overdue


def test_filing_deadline_skips_the_weekend_and_the_easter_holidays(db, world):
    grievance = _file(db, world)
    assert grievance.number == "G-2026-001"
    assert grievance.current_step == 0
    row = _row(db, grievance.id, D(2026, 3, 27))
    # 10 working days from Thu 26 March: 27, 30, 31, 1, 2 (3 and 6 April are holidays), 7, 8, 9,
    # 10, 13 April.
    assert row.next_deadline == D(2026, 4, 13)
    assert row.deadline_what == "Filing at Informal due"
    assert row.deadline_status == "ok"
    assert row.step_name == "Informal"
    # Without the holidays it would have been Thursday 9 April.
    cs.update_contract(db, contract_id=world.contract, holidays=[])
    assert _row(db, grievance.id, D(2026, 3, 27)).next_deadline == D(2026, 4, 9)


def test_extension_moves_the_date_and_appeal_recomputes(db, world):
    grievance = _file(db, world, filed_on=D(2026, 4, 1), today=D(2026, 4, 1))
    # Answer within 5 working days of Wed 1 April: 2, 7, 8, 9, 10 April.
    row = _row(db, grievance.id, D(2026, 4, 2))
    assert (row.next_deadline, row.deadline_what) == (
        D(2026, 4, 10),
        "Employer's Informal answer due",
    )

    gs.add_extension(
        db,
        grievance_id=grievance.id,
        kind="answer",
        new_date=D(2026, 4, 17),
        agreed_on=D(2026, 4, 8),
        agreed_with="Site manager",
    )
    assert _row(db, grievance.id, D(2026, 4, 8)).next_deadline == D(2026, 4, 17)
    detail = gq.grievance_detail(db, grievance.id, today=D(2026, 4, 8))
    assert detail.deadlines[0].extended is True
    assert detail.extensions[0].new_date == D(2026, 4, 17)

    gs.record_step_event(db, grievance_id=grievance.id, kind="answered", on=D(2026, 4, 9))
    # Appeal to Step 1 within 10 working days of the answer (Thu 9 April): 23 April.
    row = _row(db, grievance.id, D(2026, 4, 9))
    assert (row.next_deadline, row.deadline_what) == (D(2026, 4, 23), "Appeal to Step 1 due")

    gs.advance_step(db, grievance_id=grievance.id, filed_on=D(2026, 4, 20))
    row = _row(db, grievance.id, D(2026, 4, 20))
    assert (row.current_step, row.step_name) == (1, "Step 1")
    # Step 1 answer within 10 working days of Mon 20 April: 4 May (1 May is not a holiday here).
    assert (row.next_deadline, row.deadline_what) == (D(2026, 5, 4), "Employer's Step 1 answer due")


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (D(2026, 4, 28), "ok"),  # 4 working days ahead
        (D(2026, 4, 29), "due_soon"),  # 30 April, 1 May, 4 May: 3 working days
        (D(2026, 5, 4), "due_today"),
        (D(2026, 5, 5), "overdue"),
    ],
)
def test_overdue_shows_only_after_the_date(db, world, today, status):
    grievance = _file(db, world, filed_on=D(2026, 4, 1), today=D(2026, 4, 1))
    gs.record_step_event(db, grievance_id=grievance.id, kind="answered", on=D(2026, 4, 9))
    gs.advance_step(db, grievance_id=grievance.id, filed_on=D(2026, 4, 20))
    assert _row(db, grievance.id, today).deadline_status == status
    assert gq.overdue_count(db, today=today) == (1 if status == "overdue" else 0)


def test_discharge_starts_at_step_3(db, world):
    grievance = _file(db, world, grievance_type="discipline", title="Dismissal")
    assert grievance.current_step == 3
    row = _row(db, grievance.id, D(2026, 3, 27))
    assert (row.step_name, row.next_deadline) == ("Step 3", D(2026, 4, 13))
    assert row.deadline_what == "Filing at Step 3 due"
    gs.record_step_event(db, grievance_id=grievance.id, kind="filed", on=D(2026, 3, 30))
    gs.record_step_event(db, grievance_id=grievance.id, kind="answered", on=D(2026, 4, 7))
    gs.advance_step(db, grievance_id=grievance.id, filed_on=D(2026, 4, 8))
    assert _row(db, grievance.id, D(2026, 4, 8)).step_name == "Arbitration"
    # Filed at arbitration, which has no answer limit: nothing is pending any more.
    assert _row(db, grievance.id, D(2026, 4, 8)).next_deadline is None
    with pytest.raises(Conflict, match="last step"):
        gs.advance_step(db, grievance_id=grievance.id, filed_on=D(2026, 4, 9))


def test_discharge_filed_at_step_3_counts_from_knowledge_with_the_start_limit(db, world):
    grievance = _file(
        db,
        world,
        grievance_type="discipline",
        title="Dismissal",
        knew_on=D(2026, 3, 30),
        today=D(2026, 3, 30),
    )
    detail = gq.grievance_detail(db, grievance.id, today=D(2026, 3, 30))
    (deadline,) = detail.deadlines
    # The start limit: 10 working days from the later of incident and knowledge (Mon 30 March):
    # 31 Mar, 1, 2, (Good Friday, weekend, Easter Monday), 7, 8, 9, 10, 13, 14, 15 April.
    assert (deadline.step, deadline.kind, deadline.on) == (3, "file", D(2026, 4, 15))
    assert deadline.counted_from.startswith("knowledge on 2026-03-30 (10 working days)")


def test_ordinary_grievance_appealed_to_step_3_uses_the_appeal_limit(db, world):
    grievance = _file(db, world, filed_on=D(2026, 3, 27), today=D(2026, 3, 27))
    for step, answered, appealed in (
        (0, D(2026, 3, 31), D(2026, 4, 1)),
        (1, D(2026, 4, 8), D(2026, 4, 9)),
        (2, D(2026, 4, 20), None),
    ):
        assert grievance.current_step == step
        gs.record_step_event(db, grievance_id=grievance.id, kind="answered", on=answered)
        if appealed is not None:
            gs.advance_step(db, grievance_id=grievance.id, filed_on=appealed)
    (appeal,) = gq.open_deadlines(db, today=D(2026, 4, 21))
    # 10 working days from the step 2 answer (Mon 20 April): 21-24, 27-30 April, 1 and 4 May.
    # The start limit of step 3 (from the incident) plays no part in an appeal.
    assert (appeal.step, appeal.kind, appeal.on) == (3, "file", D(2026, 5, 4))
    assert appeal.what == "Appeal to Step 3 due"
    detail = gq.grievance_detail(db, grievance.id, today=D(2026, 4, 21))
    assert detail.deadlines[0].counted_from.startswith("Step 2 answer received on 2026-04-20")
    gs.advance_step(db, grievance_id=grievance.id, filed_on=D(2026, 4, 30))
    (answer, to_arbitration) = gq.open_deadlines(db, today=D(2026, 4, 30))
    # HR answers within 15 working days of Thu 30 April: 1, 4-8, 11-15, 18-21 May.
    assert (answer.step, answer.kind, answer.who, answer.on) == (
        3,
        "answer",
        "human resources director",
        D(2026, 5, 21),
    )
    assert (to_arbitration.step, to_arbitration.kind) == (4, "file")


def test_grievant_names_are_not_in_rows_unless_asked(db, world):
    grievance = _file(db, world)
    plain = gq.grievance_rows(db, today=D(2026, 3, 27))
    assert plain[0].grievants == "2 people"
    assert not any(name in repr(plain) for name in NAMES)
    deadlines = gq.open_deadlines(db, today=D(2026, 3, 27))
    assert deadlines[0].grievants == "2 people"
    assert not any(name in repr(deadlines) for name in NAMES)

    named = gq.grievance_rows(db, today=D(2026, 3, 27), with_names=True)
    assert named[0].grievants == "Şêrko Berzincî, Zoë Ångström"  # by last name
    assert named[0].steward_name == "Ada Steward"
    gs.set_grievants(db, grievance_id=grievance.id, contact_ids=[world.serko])
    assert _row(db, grievance.id, D(2026, 3, 27)).grievants == "1 person"
    detail = gq.grievance_detail(db, grievance.id, today=D(2026, 3, 27))
    assert [p.name for p in detail.grievants] == ["Şêrko Berzincî"]


def test_sensitive_titles_stay_out_of_deadline_exports(db, world):
    _file(db, world, title="Harassment by supervisor", sensitive=True)
    (row,) = gq.open_deadlines(db, today=D(2026, 3, 27))
    assert row.title == gq.SENSITIVE_TITLE
    assert (row.on, row.who, row.status) == (D(2026, 4, 13), "union", "ok")
    (named,) = gq.open_deadlines(db, today=D(2026, 3, 27), include_names=True)
    assert named.title == "Harassment by supervisor"


# --------------------------------------------------------------------------------------------------
# Attachments


def test_attachment_round_trip_and_metadata(db, world):
    grievance = _file(db, world)
    data = b"%PDF-1.4 evidence \x00\xff" * 100
    attachment = gs.add_attachment(
        db,
        grievance_id=grievance.id,
        filename="../../home/x/Rota März.pdf",
        data=data,
        today=D(2026, 3, 27),
    )
    assert attachment.filename == "Rota März.pdf"
    assert attachment.sha256 == hashlib.sha256(data).hexdigest()
    assert gs.attachment_data(db, attachment.id) == ("Rota März.pdf", "application/pdf", data)
    photo = gs.add_attachment(
        db,
        grievance_id=grievance.id,
        filename="C:\\Users\\me\\photo.JPG",
        data=b"\xff\xd8x",
        today=D(2026, 3, 27),
    )
    assert (photo.filename, photo.media_type) == ("photo.JPG", "image/jpeg")
    odd = gs.add_attachment(
        db,
        grievance_id=grievance.id,
        filename="..",
        data=b"x",
        media_type="Text/Plain",
        today=D(2026, 3, 27),
    )
    assert (odd.filename, odd.media_type) == ("attachment", "text/plain")

    detail = gq.grievance_detail(db, grievance.id, today=D(2026, 3, 27))
    assert [(a.filename, a.size) for a in detail.attachments] == [
        ("Rota März.pdf", len(data)),
        ("photo.JPG", 3),
        ("attachment", 1),
    ]
    assert not hasattr(detail.attachments[0], "data")
    gs.remove_attachment(db, attachment_id=photo.id)
    with pytest.raises(NotFound):
        gs.attachment_data(db, photo.id)


def test_attachment_size_limit_and_bad_input(db, world):
    grievance = _file(db, world)
    too_big = bytes(gs.MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(InvalidInput, match="25 MB"):
        gs.add_attachment(
            db, grievance_id=grievance.id, filename="scan.tiff", data=too_big, today=D(2026, 3, 27)
        )
    exactly = gs.add_attachment(
        db,
        grievance_id=grievance.id,
        filename="scan.tiff",
        data=bytes(gs.MAX_ATTACHMENT_BYTES),
        today=D(2026, 3, 27),
    )
    assert exactly.size == 25 * 1024 * 1024
    with pytest.raises(InvalidInput, match="empty"):
        gs.add_attachment(
            db, grievance_id=grievance.id, filename="a", data=b"", today=D(2026, 3, 27)
        )
    with pytest.raises(InvalidInput, match="type/subtype"):
        gs.add_attachment(
            db,
            grievance_id=grievance.id,
            filename="a",
            data=b"x",
            media_type="pdf",
            today=D(2026, 3, 27),
        )


def test_attachment_survives_commit_and_reopen(vault, tmp_path):
    """End to end through units of work: the bytes come back from the encrypted file."""
    from forum_kit.vault import Vault

    data = bytes(range(256)) * 64
    with vault.unit_of_work() as s:
        workplace = Workplace(name="Depot", created_on=D(2026, 1, 1))
        s.add(workplace)
        s.flush()
        contract = cs.create_contract(
            s, name="C", steps=cs.default_contract_steps(), type_starts=cs.default_type_starts()
        )
        grievance = gs.file_grievance(
            s,
            workplace_id=workplace.id,
            contract_id=contract.id,
            grievance_type="group",
            title="Heat",
            incident_on=INCIDENT,
            today=D(2026, 3, 27),
        )
        attachment_id = gs.add_attachment(
            s, grievance_id=grievance.id, filename="t.bin", data=data, today=D(2026, 3, 27)
        ).id
    vault.lock()
    reopened = Vault.open(tmp_path / "t.forumkit", "correct horse battery staple")
    try:
        with reopened.unit_of_work() as s:
            assert gs.attachment_data(s, attachment_id) == (
                "t.bin",
                "application/octet-stream",
                data,
            )
    finally:
        reopened.lock()


# --------------------------------------------------------------------------------------------------
# Validation and the other services


def test_numbers_are_unique_and_auto_numbered(db, world):
    first = _file(db, world)
    second = _file(db, world, title="Second")
    assert (first.number, second.number) == ("G-2026-001", "G-2026-002")
    _file(db, world, number="G-2026-017", title="Imported")
    assert _file(db, world, title="Next").number == "G-2026-018"
    with pytest.raises(Conflict):
        _file(db, world, number="G-2026-001")
    assert _file(db, world, today=D(2027, 1, 4), title="New year").number == "G-2027-001"


@pytest.mark.parametrize(
    ("overrides", "error", "fragment"),
    [
        ({"title": "  "}, InvalidInput, "title"),
        ({"grievance_type": "grudge"}, InvalidInput, "grievance type"),
        ({"incident_on": D(2026, 3, 28)}, InvalidInput, "future"),
        ({"knew_on": D(2026, 3, 20)}, InvalidInput, "before the incident"),
        ({"filed_on": D(2026, 3, 25)}, InvalidInput, "before"),
        ({"filed_on": D(2026, 3, 30)}, InvalidInput, "future"),
        ({"contract_id": 999}, NotFound, "contract"),
        ({"grievant_ids": [999]}, NotFound, "grievants"),
        ({"area_id": 999}, NotFound, "area"),
    ],
)
def test_filing_validates_input(db, world, overrides, error, fragment):
    with pytest.raises(error, match=fragment):
        _file(db, world, **overrides)


def test_error_messages_carry_no_personal_data(db, world):
    grievance = _file(db, world)
    with pytest.raises(InvalidInput) as caught:
        gs.update_grievance(db, grievance_id=grievance.id, title="Zoë Ångström " * 40)
    assert not any(name in str(caught.value) for name in NAMES)


def test_step_events_are_checked_for_order(db, world):
    grievance = _file(db, world)
    with pytest.raises(Conflict, match="not filed"):
        gs.record_step_event(db, grievance_id=grievance.id, kind="answered", on=D(2026, 3, 30))
    with pytest.raises(Conflict, match="never filed"):
        gs.advance_step(db, grievance_id=grievance.id, filed_on=D(2026, 3, 30))
    gs.record_step_event(db, grievance_id=grievance.id, kind="filed", on=D(2026, 3, 27))
    with pytest.raises(Conflict, match="already filed"):
        gs.record_step_event(db, grievance_id=grievance.id, kind="filed", on=D(2026, 3, 28))
    with pytest.raises(InvalidInput, match="before the filing"):
        gs.record_step_event(db, grievance_id=grievance.id, kind="answered", on=D(2026, 3, 26))
    gs.record_step_event(db, grievance_id=grievance.id, kind="answered", on=D(2026, 3, 31))
    with pytest.raises(InvalidInput, match="before the answer"):
        gs.advance_step(db, grievance_id=grievance.id, filed_on=D(2026, 3, 30))
    detail = gq.grievance_detail(db, grievance.id, today=D(2026, 3, 31))
    assert [(e.step, e.kind) for e in detail.events] == [(0, "filed"), (0, "answered")]


def test_extension_rules(db, world):
    grievance = _file(db, world)
    with pytest.raises(InvalidInput, match="after the day"):
        gs.add_extension(
            db,
            grievance_id=grievance.id,
            kind="file",
            new_date=D(2026, 4, 1),
            agreed_on=D(2026, 4, 1),
            agreed_with="HR",
        )
    with pytest.raises(Conflict, match="no open answer deadline"):
        gs.add_extension(
            db,
            grievance_id=grievance.id,
            kind="answer",
            new_date=D(2026, 4, 20),
            agreed_on=D(2026, 4, 1),
            agreed_with="HR",
        )
    extension = gs.add_extension(
        db,
        grievance_id=grievance.id,
        kind="file",
        new_date=D(2026, 4, 20),
        agreed_on=D(2026, 4, 1),
        agreed_with="HR",
    )
    assert extension.step == 0
    assert _row(db, grievance.id, D(2026, 4, 14)).deadline_status == "ok"  # 4 working days
    assert _row(db, grievance.id, D(2026, 4, 15)).next_deadline == D(2026, 4, 20)
    assert _row(db, grievance.id, D(2026, 4, 15)).deadline_status == "due_soon"


def test_close_reopen_and_counts_as_of(db, world):
    grievance = _file(db, world)
    _file(db, world, grievance_type="discipline", title="Dismissal")
    gs.close_grievance(
        db, grievance_id=grievance.id, outcome="won", outcome_on=D(2026, 4, 2), notes="Paid"
    )
    with pytest.raises(Conflict):
        gs.record_step_event(db, grievance_id=grievance.id, kind="filed", on=D(2026, 4, 3))
    row = _row(db, grievance.id, D(2026, 5, 1))
    assert (row.status, row.outcome, row.next_deadline) == ("closed", "won", None)
    assert gq.overdue_count(db, today=D(2026, 5, 1)) == 1  # only the open discharge case
    assert [r.id for r in gq.grievance_rows(db, today=D(2026, 5, 1), status="closed")] == [
        grievance.id
    ]
    assert gq.grievance_counts(db, workplace_id=world.workplace, as_of=D(2026, 4, 1)) == {
        ("open", "individual"): 1,
        ("open", "discipline"): 1,
    }
    assert gq.grievance_counts(db, as_of=D(2026, 4, 2)) == {
        ("closed", "individual"): 1,
        ("open", "discipline"): 1,
    }
    assert gq.grievance_counts(db, as_of=D(2026, 3, 1)) == {}
    assert gq.grievance_counts(db, area_ids=[world.office], as_of=D(2026, 4, 2)) == {}

    gs.reopen(db, grievance_id=grievance.id)
    assert _row(db, grievance.id, D(2026, 5, 1)).deadline_status == "overdue"
    with pytest.raises(Conflict):
        gs.reopen(db, grievance_id=grievance.id)


def test_filters_on_the_case_list(db, world):
    a = _file(db, world)
    b = _file(db, world, area_id=world.office, grievance_type="policy", steward_id=None)
    today = D(2026, 3, 27)
    assert [r.id for r in gq.grievance_rows(db, today=today, area_id=world.warehouse)] == [a.id]
    assert [r.id for r in gq.grievance_rows(db, today=today, step=3)] == [b.id]
    assert [r.id for r in gq.grievance_rows(db, today=today, steward_id=world.steward)] == [a.id]
    assert [r.id for r in gq.grievance_rows(db, today=today, grievance_type="policy")] == [b.id]
    assert gq.grievance_rows(db, today=today, status="closed") == []


def test_update_grievance_fields_and_dates(db, world):
    grievance = _file(db, world)
    gs.update_grievance(
        db,
        grievance_id=grievance.id,
        where="Loading bay 3",
        remedy="Back pay",
        steward_id=None,
        area_id=world.office,
        knew_on=D(2026, 3, 27),
        sensitive=True,
    )
    detail = gq.grievance_detail(db, grievance.id, today=D(2026, 3, 27))
    assert (detail.where, detail.remedy, detail.steward_name) == ("Loading bay 3", "Back pay", None)
    assert (detail.area_name, detail.sensitive) == ("Office", True)
    # "whichever is last" of incident and knowledge: 10 working days from Fri 27 March.
    assert detail.deadlines[0].on == D(2026, 4, 14)
    with pytest.raises(InvalidInput, match="cannot be changed"):
        gs.update_grievance(db, grievance_id=grievance.id, grievance_type="policy")
    gs.record_step_event(db, grievance_id=grievance.id, kind="filed", on=D(2026, 3, 27))
    with pytest.raises(InvalidInput):
        gs.update_grievance(db, grievance_id=grievance.id, knew_on=D(2026, 3, 30))
    assert gq.grievance_detail(db, grievance.id, today=D(2026, 3, 27)).knew_on == D(2026, 3, 27)


def test_case_that_no_longer_fits_its_contract_stays_visible(db, world):
    grievance = _file(db, world, filed_on=D(2026, 3, 27))
    # Written behind the services' back (e.g. an old import): an answer dated before the filing.
    from forum_kit.models import GrievanceEvent

    db.add(GrievanceEvent(grievance_id=grievance.id, step=0, kind="answered", on=D(2026, 3, 26)))
    db.flush()
    db.expire_all()
    row = _row(db, grievance.id, D(2026, 3, 27))
    assert row.next_deadline is None
    assert row.deadline_what.startswith("Deadline cannot be computed")
    detail = gq.grievance_detail(db, grievance.id, today=D(2026, 3, 27))
    assert detail.deadline_problem is not None and detail.deadlines == ()


def test_all_pending_deadlines_are_listed_with_their_dates(db, world):
    grievance = _file(db, world, filed_on=D(2026, 4, 1), today=D(2026, 4, 1))
    detail = gq.grievance_detail(db, grievance.id, today=D(2026, 4, 13))
    # The answer is due Fri 10 April; with no answer, the appeal counts from that due date:
    # 10 working days later is Fri 24 April.
    assert [(d.on, d.kind, d.who, d.status) for d in detail.deadlines] == [
        (D(2026, 4, 10), "answer", "supervisor", "overdue"),
        (D(2026, 4, 24), "file", "union", "ok"),
    ]
    rows = gq.open_deadlines(db, today=D(2026, 4, 13))
    assert [(r.number, r.on, r.what) for r in rows] == [
        ("G-2026-001", D(2026, 4, 10), "Employer's Informal answer due"),
        ("G-2026-001", D(2026, 4, 24), "Appeal to Step 1 due"),
    ]
    # An employer's missed answer makes the case show as overdue: the union must act on it.
    assert gq.overdue_count(db, today=D(2026, 4, 13)) == 1


def test_stewards_in_one_query_and_overdue_count_matches_the_list(db, world):
    _file(db, world)
    _file(db, world, steward_id=world.serko, title="Rota", incident_on=D(2026, 3, 20))
    _file(db, world, steward_id=world.serko, title="Heat", incident_on=D(2026, 3, 25))
    _file(db, world, steward_id=None, title="Lockers")
    statements: list[str] = []

    def seen(conn, cursor, statement, *args):
        statements.append(statement)

    engine = db.get_bind()
    sa.event.listen(engine, "before_cursor_execute", seen)
    try:
        stewards = gq.steward_choices(db)
    finally:
        sa.event.remove(engine, "before_cursor_execute", seen)
    assert len(statements) == 1  # not one query per steward
    assert [(s.id, s.name) for s in stewards] == [
        (world.steward, "Ada Steward"), (world.serko, "Şêrko Berzincî")]
    for today in (D(2026, 3, 27), D(2026, 4, 14), D(2026, 5, 20)):
        listed = [r for r in gq.grievance_rows(db, today=today, status="open")
                  if r.deadline_status == "overdue"]
        assert gq.overdue_count(db, today=today) == len(listed)
    assert gq.overdue_count(db, today=D(2026, 5, 20)) == 4
