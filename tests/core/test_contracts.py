"""Contracts: storing a procedure, the rules the deadline engine gets, validation and replacement.

Dates are on the 2026 calendar (March 2026 starts on a Sunday).
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy.orm import Session

from forum_kit import deadlines as dl
from forum_kit.errors import Conflict, InvalidInput, NotFound
from forum_kit.models import Workplace
from forum_kit.models.enums import LimitUnit
from forum_kit.services import contracts as cs

GOOD_FRIDAY = date(2026, 4, 3)
EASTER_MONDAY = date(2026, 4, 6)


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory):
    """One vault for the module; each test's work is rolled back (services never commit)."""
    from forum_kit.vault import FAST_KDF, Vault

    vault = Vault.create(
        tmp_path_factory.mktemp("contracts") / "c.forumkit", "pass phrase 1", kdf=FAST_KDF
    )
    yield vault
    vault.lock()


@pytest.fixture
def session(shared_vault):
    with Session(shared_vault.engine) as db:
        yield db
        db.rollback()


def _contract(session, **overrides):
    values = {
        "name": "Depot agreement",
        "steps": cs.default_contract_steps(),
        "holidays": [(GOOD_FRIDAY, "Good Friday"), (EASTER_MONDAY, "Easter Monday")],
        "type_starts": cs.default_type_starts(),
    }
    values.update(overrides)
    if "steps" in overrides and "type_starts" not in overrides:
        values["type_starts"] = {}
    return cs.create_contract(session, **values)


def test_default_procedure_round_trips_into_engine_rules(session):
    contract = _contract(session)
    rules = cs.rules_for(session, contract.id)
    assert [s.ordinal for s in rules.steps] == [0, 1, 2, 3, 4]
    assert [s.name for s in rules.steps] == [
        "Informal",
        "Step 1",
        "Step 2",
        "Step 3",
        "Arbitration",
    ]
    informal = rules.steps[0]
    assert informal.file_limit == dl.TimeLimit(
        10, dl.Unit.WORKING, (dl.Trigger.INCIDENT, dl.Trigger.KNOWLEDGE), dl.Whichever.LAST
    )
    assert informal.answer_limit == dl.TimeLimit(5, dl.Unit.WORKING, (dl.Trigger.FILED,))
    step1 = rules.steps[1]
    assert step1.file_limit.counts_from == (dl.Trigger.ANSWER_RECEIVED, dl.Trigger.ANSWER_DUE)
    assert step1.file_limit.whichever is dl.Whichever.FIRST
    step3 = rules.steps[3]
    # An appeal to step 3 is an appeal; the types filed straight there have their own limit.
    assert step3.file_limit == dl.TimeLimit(
        10, dl.Unit.WORKING, (dl.Trigger.ANSWER_RECEIVED, dl.Trigger.ANSWER_DUE), dl.Whichever.FIRST
    )
    assert step3.start_limit == dl.TimeLimit(
        10, dl.Unit.WORKING, (dl.Trigger.INCIDENT, dl.Trigger.KNOWLEDGE), dl.Whichever.LAST
    )
    assert [s.start_limit for s in rules.steps if s.ordinal != 3] == [None] * 4
    arbitration = rules.steps[-1]
    assert arbitration.file_limit.unit is dl.Unit.CALENDAR
    assert arbitration.file_limit.days == 30
    assert arbitration.answer_limit is None
    assert rules.holidays == frozenset({GOOD_FRIDAY, EASTER_MONDAY})
    assert rules.weekend == frozenset({5, 6})
    assert dict(rules.start_step_by_type) == {"discipline": 3, "policy": 3}
    assert rules.roll_forward is True
    dl.validate_rules(rules)


def test_discharge_under_default_contract_counts_from_the_incident(session):
    rules = cs.rules_for(session, _contract(session).id)
    facts = dl.GrievanceFacts("discipline", incident_on=date(2026, 3, 26), knew_on=None)
    deadline = dl.next_deadline(rules, facts)
    assert deadline is not None
    assert (deadline.step, deadline.on) == (3, date(2026, 4, 13))
    assert deadline.counted_from == "incident on 2026-03-26 (10 working days)"
    # Known later (Monday 30 March): the start limit takes whichever is last. 31 Mar, 1, 2, (3 and
    # 6 April are holidays), 7, 8, 9, 10, 13, 14, 15 April.
    facts = dl.GrievanceFacts("policy", incident_on=date(2026, 3, 26), knew_on=date(2026, 3, 30))
    later = dl.next_deadline(rules, facts)
    assert (later.step, later.on, later.what) == (3, date(2026, 4, 15), "Filing at Step 3 due")
    assert later.counted_from.startswith("knowledge on 2026-03-30")


def test_ordinary_grievance_appealed_to_step_3_uses_the_appeal_limit(session):
    rules = cs.rules_for(session, _contract(session).id)
    filed, answered = dl.EventKind.FILED, dl.EventKind.ANSWERED
    events = (
        dl.StepEvent(0, filed, date(2026, 3, 27)),
        dl.StepEvent(0, answered, date(2026, 4, 1)),
        dl.StepEvent(1, filed, date(2026, 4, 2)),
        dl.StepEvent(1, answered, date(2026, 4, 9)),
        dl.StepEvent(2, filed, date(2026, 4, 10)),
        dl.StepEvent(2, answered, date(2026, 4, 20)),
    )
    facts = dl.GrievanceFacts("individual", date(2026, 3, 26), None, events)
    (appeal,) = dl.pending_deadlines(rules, facts)
    # 10 working days from the step 2 answer (Monday 20 April), not from the incident: 4 May.
    assert (appeal.step, appeal.kind, appeal.on) == (3, dl.DeadlineKind.FILE, date(2026, 5, 4))
    assert appeal.what == "Appeal to Step 3 due"
    assert appeal.counted_from.startswith("Step 2 answer received on 2026-04-20")
    # The same step for a discharge filed straight there counts from the incident instead.
    discharge = dl.next_deadline(rules, dl.GrievanceFacts("discipline", date(2026, 3, 26), None))
    assert discharge.on == date(2026, 4, 13)


def test_start_limits_are_stored_kept_and_read_back(session):
    contract = _contract(session)
    assert cs.step_specs_for(session, contract.id) == cs.default_contract_steps()
    # Changing something else keeps every step's start limit as it was.
    cs.update_contract(session, contract_id=contract.id, roll_forward=False)
    rules = cs.rules_for(session, contract.id)
    assert rules.steps[3].start_limit == dl.TimeLimit(
        10, dl.Unit.WORKING, (dl.Trigger.INCIDENT, dl.Trigger.KNOWLEDGE), dl.Whichever.LAST
    )
    steps = cs.default_contract_steps()
    steps[3] = dataclasses.replace(
        steps[3],
        start_days=5,
        start_unit="calendar",
        start_from=("incident",),
        start_whichever="first",
    )
    cs.update_contract(session, contract_id=contract.id, steps=steps)
    assert cs.rules_for(session, contract.id).steps[3].start_limit == dl.TimeLimit(
        5, dl.Unit.CALENDAR, (dl.Trigger.INCIDENT,), dl.Whichever.FIRST
    )
    assert cs.step_specs_for(session, contract.id)[3] == steps[3]
    with pytest.raises(NotFound):
        cs.step_specs_for(session, 999)


def _with_step3(**changes):
    steps = cs.default_contract_steps()
    steps[3] = dataclasses.replace(steps[3], **changes)
    return {"steps": steps, "type_starts": cs.default_type_starts()}


@pytest.mark.parametrize(
    ("changes", "fragment"),
    [
        # Discipline still starts at step 3, which now has only the appeal limit.
        ({"start_days": None, "start_from": ()}, "add a start filing limit"),
        ({"start_days": None}, "not how many days"),
        ({"start_from": ()}, "does not say what it counts from"),
        ({"start_from": ("answer_received",)}, "must count from one of: incident, knowledge"),
        ({"start_unit": "weeks"}, "start filing limit of step 3"),
        ({"start_whichever": "both"}, "'first' or 'last'"),
        ({"start_days": -1}, "negative"),
    ],
)
def test_bad_start_limits_are_refused(session, changes, fragment):
    with pytest.raises(InvalidInput, match=fragment):
        _contract(session, **_with_step3(**changes))


@pytest.mark.parametrize(
    ("override", "fragment"),
    [
        ({"steps": []}, "no grievance steps"),
        ({"type_starts": {"discipline": 9}}, "step 9"),
        ({"type_starts": {"firing": 3}}, "Unknown grievance type"),
        ({"weekend_days": "5x"}, "Weekend days"),
        ({"weekend_days": "0123456"}, "seven days"),
        ({"holidays": [(GOOD_FRIDAY, "a"), (GOOD_FRIDAY, "b")]}, "listed twice"),
        (
            {"steps": [cs.StepSpec(0, "Only", 10, LimitUnit.WORKING, ("answer_received",))]},
            "must count from",
        ),
        (
            {"steps": [cs.StepSpec(0, "Only", 10, "weeks", ("incident",))]},
            "'working' or 'calendar'",
        ),
        ({"steps": [cs.StepSpec(0, "Only", 10, "working", ("yesterday",))]}, "unknown trigger"),
        ({"steps": [cs.StepSpec(0, "  ", 10, "working", ("incident",))]}, "needs a name"),
        ({"name": ""}, "needs a name"),
    ],
)
def test_bad_procedures_are_refused_with_a_reason(session, override, fragment):
    with pytest.raises(InvalidInput, match=fragment):
        _contract(session, **override)


def test_names_are_unique_and_workplace_must_exist(session):
    _contract(session)
    with pytest.raises(Conflict):
        _contract(session)
    with pytest.raises(NotFound):
        _contract(session, name="Other", workplace_id=999)


def test_update_replaces_holidays_and_steps(session):
    contract = _contract(session)
    facts = dl.GrievanceFacts("individual", incident_on=date(2026, 3, 26), knew_on=None)
    assert dl.next_deadline(cs.rules_for(session, contract.id), facts).on == date(2026, 4, 13)

    cs.update_contract(session, contract_id=contract.id, holidays=[])
    assert dl.next_deadline(cs.rules_for(session, contract.id), facts).on == date(2026, 4, 9)

    shorter = [
        cs.StepSpec(
            0,
            "Step 1",
            5,
            LimitUnit.CALENDAR,
            ("incident",),
            answered_by="supervisor",
            answer_days=5,
        ),
        cs.StepSpec(1, "Arbitration", 30, LimitUnit.CALENDAR, ("answer_received", "answer_due")),
    ]
    cs.update_contract(
        session, contract_id=contract.id, steps=shorter, type_starts={}, weekend_days="6"
    )
    rules = cs.rules_for(session, contract.id)
    assert [s.name for s in rules.steps] == ["Step 1", "Arbitration"]
    assert rules.weekend == frozenset({6})
    assert rules.holidays == frozenset()
    # 2026-03-31 is a Tuesday: 5 calendar days, no roll-forward needed.
    assert dl.next_deadline(rules, facts).on == date(2026, 3, 31)


def test_update_keeps_what_is_not_given_and_checks_the_name(session):
    contract = _contract(session)
    other = _contract(session, name="Other agreement")
    cs.update_contract(session, contract_id=contract.id, roll_forward=False)
    rules = cs.rules_for(session, contract.id)
    assert rules.roll_forward is False
    assert len(rules.steps) == 5
    assert GOOD_FRIDAY in rules.holidays
    with pytest.raises(Conflict):
        cs.update_contract(session, contract_id=other.id, name="Depot agreement")
    with pytest.raises(NotFound):
        cs.update_contract(session, contract_id=999, name="x")


def test_update_refuses_to_drop_a_step_an_open_grievance_uses(session):
    from forum_kit.services import grievances as gs

    workplace = Workplace(name="Depot", created_on=date(2026, 1, 1))
    session.add(workplace)
    session.flush()
    contract = _contract(session)
    gs.file_grievance(
        session,
        workplace_id=workplace.id,
        contract_id=contract.id,
        grievance_type="discipline",
        title="Dismissal",
        incident_on=date(2026, 3, 26),
        filed_on=date(2026, 3, 27),
        today=date(2026, 3, 27),
    )
    only_informal = [cs.default_contract_steps()[0]]
    with pytest.raises(Conflict, match="step"):
        cs.update_contract(session, contract_id=contract.id, steps=only_informal, type_starts={})
    # Nothing was half-replaced.
    assert len(cs.rules_for(session, contract.id).steps) == 5


def test_update_refuses_a_start_step_change_that_breaks_an_open_case(session):
    from forum_kit.services import grievances as gs

    workplace = Workplace(name="Depot", created_on=date(2026, 1, 1))
    session.add(workplace)
    session.flush()
    contract = _contract(session)
    grievance = gs.file_grievance(
        session,
        workplace_id=workplace.id,
        contract_id=contract.id,
        grievance_type="discipline",
        title="Dismissal",
        incident_on=date(2026, 3, 26),
        filed_on=date(2026, 3, 27),
        today=date(2026, 3, 27),
    )
    # Without the start limit step 3 is only an appeal step: no type may start there any more.
    steps = cs.default_contract_steps()
    steps[3] = dataclasses.replace(steps[3], start_days=None, start_from=())
    with pytest.raises(Conflict, match=grievance.number):
        cs.update_contract(session, contract_id=contract.id, steps=steps, type_starts={})
    # Once the case is closed the contract may change; the closed case keeps its history.
    gs.close_grievance(
        session, grievance_id=grievance.id, outcome="settled", outcome_on=date(2026, 4, 1)
    )
    cs.update_contract(session, contract_id=contract.id, steps=steps, type_starts={})
    assert cs.rules_for(session, contract.id).start_step_by_type == {}
    with pytest.raises(InvalidInput):
        gs.reopen(session, grievance_id=grievance.id)
