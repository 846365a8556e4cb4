"""Contracts: storing a procedure, the rules the deadline engine gets, validation and replacement.

Dates are on the 2026 calendar (March 2026 starts on a Sunday).
"""

from __future__ import annotations

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
    import dataclasses

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
    steps = cs.default_contract_steps()
    steps[3] = dataclasses.replace(steps[3], file_from=("answer_received", "answer_due"))
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
