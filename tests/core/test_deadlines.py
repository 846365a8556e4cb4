"""Tests for the grievance deadline engine (forum_kit.deadlines).

Every expected date below was counted by hand on the 2026 calendar (March 2026 starts on a
Sunday), so the tests check the engine against the contract clauses, not against itself.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forum_kit.deadlines import (
    ContractRules,
    Deadline,
    DeadlineKind,
    EventKind,
    Extension,
    GrievanceFacts,
    StepEvent,
    StepRule,
    TimeLimit,
    Trigger,
    Unit,
    Whichever,
    add_days,
    next_deadline,
    pending_deadlines,
    status_on,
    validate_rules,
    working_days_between,
)
from forum_kit.errors import InvalidInput

D = date
GOOD_FRIDAY = D(2026, 4, 3)
EASTER_MONDAY = D(2026, 4, 6)
MAY_DAY = D(2026, 5, 1)
HOLIDAYS = frozenset({GOOD_FRIDAY, EASTER_MONDAY, MAY_DAY})
WEEKEND = frozenset({5, 6})

# "within 10 working days of the incident or of when the grievant knew or should have known"
FILE_10WD = TimeLimit(10, Unit.WORKING, (Trigger.INCIDENT, Trigger.KNOWLEDGE), Whichever.LAST)
# "5 calendar days after the answer or the date it was due, whichever is first"
APPEAL_5CD = TimeLimit(5, Unit.CALENDAR, (Trigger.ANSWER_RECEIVED, Trigger.ANSWER_DUE))
ANSWER_5WD = TimeLimit(5, Unit.WORKING, (Trigger.FILED,))
ANSWER_10WD = TimeLimit(10, Unit.WORKING, (Trigger.FILED,))
ANSWER_15CD = TimeLimit(15, Unit.CALENDAR, (Trigger.FILED,))
DISCHARGE_START = TimeLimit(10, Unit.WORKING, (Trigger.INCIDENT,))


def contract(**overrides: object) -> ContractRules:
    """A typical four-step contract; discipline (discharge) grievances start at step 3."""
    values: dict[str, object] = {
        "steps": (
            StepRule(1, "Step 1", "supervisor", FILE_10WD, ANSWER_5WD),
            StepRule(2, "Step 2", "department manager", APPEAL_5CD, ANSWER_10WD),
            StepRule(3, "Step 3", "HR director", APPEAL_5CD, ANSWER_15CD, DISCHARGE_START),
            StepRule(
                4,
                "Arbitration",
                "arbitrator",
                TimeLimit(30, Unit.CALENDAR, (Trigger.ANSWER_RECEIVED, Trigger.ANSWER_DUE)),
                None,
            ),
        ),
        "holidays": HOLIDAYS,
        "start_step_by_type": {"discipline": 3},
    }
    values.update(overrides)
    ordinals = {step.ordinal for step in values["steps"]}  # type: ignore[attr-defined]
    if "start_step_by_type" not in overrides and 3 not in ordinals:
        values["start_step_by_type"] = {}
    return ContractRules(**values)  # type: ignore[arg-type]


def facts(*events: tuple[int, EventKind, date], **overrides: object) -> GrievanceFacts:
    values: dict[str, object] = {
        "grievance_type": "individual",
        "incident_on": D(2026, 3, 2),
        "knew_on": None,
        "events": tuple(StepEvent(step, kind, on) for step, kind, on in events),
    }
    values.update(overrides)
    return GrievanceFacts(**values)  # type: ignore[arg-type]


FILED = EventKind.FILED
ANSWERED = EventKind.ANSWERED


def only(rules: ContractRules, grievance: GrievanceFacts) -> Deadline:
    pending = pending_deadlines(rules, grievance)
    assert len(pending) == 1, pending
    return pending[0]


# ------------------------------------------------------------------------------------------------
# Day arithmetic


def test_ten_working_days_from_thursday_cross_weekend_and_easter() -> None:
    # Thu 26 Mar: Fri 27 (1), Mon 30, Tue 31, Wed 1 Apr, Thu 2 (5), Good Friday and the weekend
    # and Easter Monday skipped, Tue 7 (6) ... Fri 10 (9), Mon 13 (10).
    start = D(2026, 3, 26)
    assert start.weekday() == 3
    assert add_days(start, 10, Unit.WORKING, holidays=HOLIDAYS, weekend=WEEKEND) == D(2026, 4, 13)
    assert add_days(start, 10, Unit.WORKING, holidays=(), weekend=WEEKEND) == D(2026, 4, 9)


@pytest.mark.parametrize(
    ("start", "days", "unit", "holidays", "roll", "expected"),
    [
        # Mon 2 Mar + 5 calendar days = Sat 7 Mar -> Mon 9 Mar
        (D(2026, 3, 2), 5, Unit.CALENDAR, frozenset(), True, D(2026, 3, 9)),
        # ... and to Tue 10 Mar when Mon 9 Mar is a holiday
        (D(2026, 3, 2), 5, Unit.CALENDAR, frozenset({D(2026, 3, 9)}), True, D(2026, 3, 10)),
        # no roll-forward: the Saturday stands
        (D(2026, 3, 2), 5, Unit.CALENDAR, frozenset({D(2026, 3, 9)}), False, D(2026, 3, 7)),
        # a calendar deadline on a working day is not moved
        (D(2026, 3, 2), 3, Unit.CALENDAR, frozenset(), True, D(2026, 3, 5)),
        # Sunday 29 Mar + 5 = Fri 3 Apr (Good Friday) -> over the weekend and Easter Monday -> Tue 7
        (D(2026, 3, 29), 5, Unit.CALENDAR, HOLIDAYS, True, D(2026, 4, 7)),
        # day 0 is the trigger day
        (D(2026, 3, 4), 0, Unit.CALENDAR, frozenset(), True, D(2026, 3, 4)),
        (D(2026, 3, 4), 0, Unit.WORKING, frozenset(), True, D(2026, 3, 4)),
        # an incident on a Saturday: the first working day is Monday
        (D(2026, 3, 7), 1, Unit.WORKING, frozenset(), True, D(2026, 3, 9)),
        (D(2026, 3, 7), 0, Unit.WORKING, frozenset(), True, D(2026, 3, 9)),
        # Friday + 1 working day = Monday
        (D(2026, 3, 6), 1, Unit.WORKING, frozenset(), True, D(2026, 3, 9)),
    ],
)
def test_add_days(
    start: date, days: int, unit: Unit, holidays: frozenset[date], roll: bool, expected: date
) -> None:
    got = add_days(start, days, unit, holidays=holidays, weekend=WEEKEND, roll_forward=roll)
    assert got == expected


def test_add_days_other_weekend() -> None:
    # A Friday-Saturday weekend (weekday 4 and 5): Thu 5 Mar + 1 working day = Sun 8 Mar.
    assert add_days(D(2026, 3, 5), 1, Unit.WORKING, holidays=(), weekend={4, 5}) == D(2026, 3, 8)
    # Calendar Thu 5 Mar + 1 = Fri 6 Mar, a day off there -> Sun 8 Mar.
    assert add_days(D(2026, 3, 5), 1, Unit.CALENDAR, holidays=(), weekend={4, 5}) == D(2026, 3, 8)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (D(2026, 3, 26), D(2026, 4, 13), 10),
        (D(2026, 4, 13), D(2026, 3, 26), -10),
        (D(2026, 3, 2), D(2026, 3, 2), 0),
        (D(2026, 3, 6), D(2026, 3, 8), 0),  # Friday to Sunday
        (D(2026, 3, 7), D(2026, 3, 9), 1),  # Saturday to Monday
        (D(2026, 1, 1), D(2026, 12, 31), 257),  # 261 weekdays, 1 Jan excluded, 3 holidays
    ],
)
def test_working_days_between(a: date, b: date, expected: int) -> None:
    assert working_days_between(a, b, holidays=HOLIDAYS, weekend=WEEKEND) == expected


def test_add_days_refuses_nonsense() -> None:
    with pytest.raises(InvalidInput):
        add_days(D(2026, 3, 2), -1, Unit.WORKING, holidays=(), weekend=WEEKEND)
    with pytest.raises(InvalidInput):
        add_days(D(2026, 3, 2), 1, Unit.WORKING, holidays=(), weekend=set(range(7)))
    with pytest.raises(InvalidInput):
        add_days(datetime(2026, 3, 2, 9), 1, Unit.WORKING, holidays=(), weekend=WEEKEND)


# ------------------------------------------------------------------------------------------------
# Properties

_days = st.dates(min_value=D(2025, 1, 1), max_value=D(2027, 12, 31))
_holidays = st.frozensets(_days, max_size=40)
_weekends = st.frozensets(st.integers(0, 6), max_size=5)


def _brute_force_working(
    a: date, b: date, holidays: frozenset[date], weekend: frozenset[int]
) -> int:
    lo, hi, sign = (a, b, 1) if a <= b else (b, a, -1)
    day, count = lo, 0
    while day < hi:
        day += timedelta(days=1)
        count += day.weekday() not in weekend and day not in holidays
    return sign * count


@settings(max_examples=200, deadline=None)
@given(start=_days, days=st.integers(1, 60), holidays=_holidays, weekend=_weekends)
def test_working_add_lands_on_working_day_and_between_inverts_it(
    start: date, days: int, holidays: frozenset[date], weekend: frozenset[int]
) -> None:
    end = add_days(start, days, Unit.WORKING, holidays=holidays, weekend=weekend)
    assert end > start
    assert end.weekday() not in weekend
    assert end not in holidays
    assert working_days_between(start, end, holidays=holidays, weekend=weekend) == days
    assert working_days_between(end, start, holidays=holidays, weekend=weekend) == -days


@settings(max_examples=200, deadline=None)
@given(a=_days, b=_days, holidays=_holidays, weekend=_weekends)
def test_working_days_between_matches_a_day_by_day_count(
    a: date, b: date, holidays: frozenset[date], weekend: frozenset[int]
) -> None:
    expected = _brute_force_working(a, b, holidays, weekend)
    assert working_days_between(a, b, holidays=holidays, weekend=weekend) == expected


@settings(max_examples=200, deadline=None)
@given(start=_days, days=st.integers(0, 60), holidays=_holidays, weekend=_weekends)
def test_calendar_roll_forward_moves_to_the_first_working_day(
    start: date, days: int, holidays: frozenset[date], weekend: frozenset[int]
) -> None:
    plain = start + timedelta(days=days)
    end = add_days(start, days, Unit.CALENDAR, holidays=holidays, weekend=weekend)
    assert end >= plain
    assert end.weekday() not in weekend and end not in holidays
    # nothing skipped: every day from the plain date up to the result is a day off
    assert _brute_force_working(plain, end, holidays, weekend) == (1 if end > plain else 0)
    unrolled = add_days(
        start, days, Unit.CALENDAR, holidays=holidays, weekend=weekend, roll_forward=False
    )
    assert unrolled == plain


# ------------------------------------------------------------------------------------------------
# Filing at the start step


def test_filing_deadline_counts_from_incident() -> None:
    deadline = only(contract(), facts(incident_on=D(2026, 3, 26)))
    assert deadline == Deadline(
        on=D(2026, 4, 13),
        step=1,
        step_name="Step 1",
        kind=DeadlineKind.FILE,
        who="union",
        what="Filing at Step 1 due",
        counted_from="incident on 2026-03-26 (10 working days)",
        extended=False,
    )


def test_filing_deadline_counts_from_later_knowledge() -> None:
    # Knew on Mon 13 Apr: Tue 14 (1) ... Fri 24 (9), Mon 27 (10).
    grievance = facts(incident_on=D(2026, 3, 26), knew_on=D(2026, 4, 13))
    deadline = only(contract(), grievance)
    assert deadline.on == D(2026, 4, 27)
    assert deadline.counted_from == "knowledge on 2026-04-13 (10 working days)"
    # "whichever is first" would instead keep the incident
    first = dataclasses.replace(FILE_10WD, whichever=Whichever.FIRST)
    rules = contract(steps=(StepRule(1, "Step 1", "supervisor", first, ANSWER_5WD),))
    assert only(rules, grievance).on == D(2026, 4, 13)


def test_knowledge_only_clause_falls_back_to_the_incident() -> None:
    knowledge_only = TimeLimit(10, Unit.WORKING, (Trigger.KNOWLEDGE,))
    rules = contract(steps=(StepRule(1, "Step 1", "supervisor", knowledge_only, None),))
    deadline = only(rules, facts(incident_on=D(2026, 3, 26)))
    assert deadline.on == D(2026, 4, 13)
    assert deadline.counted_from.startswith("incident on 2026-03-26")


def test_holiday_on_the_deadline_day_itself() -> None:
    # Thu 16 Apr + 10 working days = Thu 30 Apr; with 30 Apr and 1 May off it becomes Mon 4 May.
    grievance = facts(incident_on=D(2026, 4, 16))
    assert only(contract(), grievance).on == D(2026, 4, 30)
    rules = contract(holidays=HOLIDAYS | {D(2026, 4, 30)})
    assert only(rules, grievance).on == D(2026, 5, 4)


def test_calendar_filing_limit_on_saturday_rolls_to_monday_or_tuesday() -> None:
    seven = TimeLimit(5, Unit.CALENDAR, (Trigger.INCIDENT,))
    steps = (StepRule(1, "Step 1", "supervisor", seven, None),)
    grievance = facts(incident_on=D(2026, 3, 2))  # + 5 = Sat 7 Mar
    deadline = only(contract(steps=steps), grievance)
    assert deadline.on == D(2026, 3, 9)
    assert deadline.counted_from == (
        "incident on 2026-03-02 (5 calendar days; 2026-03-07 is not a working day)"
    )
    monday_off = contract(steps=steps, holidays=frozenset({D(2026, 3, 9)}))
    assert only(monday_off, grievance).on == D(2026, 3, 10)
    no_roll = contract(steps=steps, roll_forward=False)
    assert only(no_roll, grievance).on == D(2026, 3, 7)


# ------------------------------------------------------------------------------------------------
# Answer and appeal

FILED_MON_9 = (1, FILED, D(2026, 3, 9))  # Step 1 answer due Mon 16 Mar (5 working days)


def test_no_answer_yet_the_due_date_alone_governs_the_appeal() -> None:
    answer, appeal = pending_deadlines(contract(), facts(FILED_MON_9))
    assert answer == Deadline(
        on=D(2026, 3, 16),
        step=1,
        step_name="Step 1",
        kind=DeadlineKind.ANSWER,
        who="supervisor",
        what="Employer's Step 1 answer due",
        counted_from="filing at Step 1 on 2026-03-09 (5 working days)",
        extended=False,
    )
    # 16 Mar + 5 calendar days = Sat 21 Mar -> Mon 23 Mar
    assert appeal.on == D(2026, 3, 23)
    assert (appeal.kind, appeal.step, appeal.who) == (DeadlineKind.FILE, 2, "union")
    assert appeal.what == "Appeal to Step 2 due"
    assert appeal.counted_from.startswith("Step 1 answer due on 2026-03-16 (5 calendar days")
    assert next_deadline(contract(), facts(FILED_MON_9)) == answer


@pytest.mark.parametrize(
    ("answered_on", "whichever", "expected", "governs"),
    [
        # early answer Wed 11 Mar -> Mon 16 Mar, before the due-date count (Mon 23 Mar)
        (D(2026, 3, 11), Whichever.FIRST, D(2026, 3, 16), "Step 1 answer received on 2026-03-11"),
        # late answer Thu 19 Mar -> Tue 24 Mar, but the due date (16 Mar) gives Mon 23 Mar
        (D(2026, 3, 19), Whichever.FIRST, D(2026, 3, 23), "Step 1 answer due on 2026-03-16"),
        # answered on the due day: both give Sat 21 -> Mon 23
        (D(2026, 3, 16), Whichever.FIRST, D(2026, 3, 23), "Step 1 answer received on 2026-03-16"),
        # "whichever is later" with a late answer keeps the answer
        (D(2026, 3, 19), Whichever.LAST, D(2026, 3, 24), "Step 1 answer received on 2026-03-19"),
        (D(2026, 3, 11), Whichever.LAST, D(2026, 3, 23), "Step 1 answer due on 2026-03-16"),
    ],
)
def test_appeal_after_the_answer_or_the_due_date(
    answered_on: date, whichever: Whichever, expected: date, governs: str
) -> None:
    appeal_limit = dataclasses.replace(APPEAL_5CD, whichever=whichever)
    steps = list(contract().steps)
    steps[1] = dataclasses.replace(steps[1], file_limit=appeal_limit)
    rules = contract(steps=tuple(steps))
    deadline = only(rules, facts(FILED_MON_9, (1, ANSWERED, answered_on)))
    assert (deadline.on, deadline.step, deadline.kind) == (expected, 2, DeadlineKind.FILE)
    assert deadline.counted_from.startswith(governs)


def test_appeal_counting_only_from_the_answer_waits_for_it() -> None:
    steps = list(contract().steps)
    received_only = TimeLimit(10, Unit.WORKING, (Trigger.ANSWER_RECEIVED,))
    steps[1] = dataclasses.replace(steps[1], file_limit=received_only)
    rules = contract(steps=tuple(steps))
    assert [d.kind for d in pending_deadlines(rules, facts(FILED_MON_9))] == [DeadlineKind.ANSWER]
    # answered Wed 11 Mar + 10 working days = Wed 25 Mar
    deadline = only(rules, facts(FILED_MON_9, (1, ANSWERED, D(2026, 3, 11))))
    assert deadline.on == D(2026, 3, 25)


def test_advancing_a_step_recomputes() -> None:
    rules = contract()
    history: list[tuple[int, EventKind, date]] = []
    seen: list[tuple[date, int, DeadlineKind]] = []

    def step(event: tuple[int, EventKind, date] | None) -> None:
        if event:
            history.append(event)
        found = next_deadline(rules, facts(*history, incident_on=D(2026, 3, 2)))
        assert found is not None
        seen.append((found.on, found.step, found.kind))

    step(None)  # Mon 2 Mar + 10 working days = Mon 16 Mar
    step((1, FILED, D(2026, 3, 9)))  # answer due Mon 16 Mar
    step((1, ANSWERED, D(2026, 3, 13)))  # Fri 13 + 5 = Wed 18 Mar
    step((2, FILED, D(2026, 3, 17)))  # step 2 answer: Tue 17 + 10 working days = Tue 31 Mar
    step((2, ANSWERED, D(2026, 3, 30)))  # Mon 30 + 5 = Sat 4 Apr -> Easter Monday off -> Tue 7 Apr
    step((3, FILED, D(2026, 4, 2)))  # step 3 answer: Thu 2 Apr + 15 calendar = Fri 17 Apr
    assert seen == [
        (D(2026, 3, 16), 1, DeadlineKind.FILE),
        (D(2026, 3, 16), 1, DeadlineKind.ANSWER),
        (D(2026, 3, 18), 2, DeadlineKind.FILE),
        (D(2026, 3, 31), 2, DeadlineKind.ANSWER),
        (D(2026, 4, 7), 3, DeadlineKind.FILE),
        (D(2026, 4, 17), 3, DeadlineKind.ANSWER),
    ]
    # No step 3 answer: arbitration is due 30 days after 17 Apr = Sun 17 May -> Mon 18 May.
    arbitration = pending_deadlines(rules, facts(*history))[-1]
    assert (arbitration.on, arbitration.step_name) == (D(2026, 5, 18), "Arbitration")
    # Filed at arbitration, which has no answer limit: nothing pending.
    history.append((4, FILED, D(2026, 4, 20)))
    assert pending_deadlines(rules, facts(*history)) == ()
    assert next_deadline(rules, facts(*history)) is None


def test_answered_at_the_last_step_leaves_nothing() -> None:
    rules = contract(steps=(StepRule(1, "Step 1", "supervisor", FILE_10WD, ANSWER_5WD),))
    grievance = facts((1, FILED, D(2026, 3, 9)))
    assert [d.kind for d in pending_deadlines(rules, grievance)] == [DeadlineKind.ANSWER]
    assert (
        pending_deadlines(rules, facts((1, FILED, D(2026, 3, 9)), (1, ANSWERED, D(2026, 3, 10))))
        == ()
    )


def test_informal_step_and_sparse_ordinals_follow_the_order() -> None:
    informal_answer = TimeLimit(3, Unit.WORKING, (Trigger.FILED,))
    written = TimeLimit(7, Unit.WORKING, (Trigger.ANSWER_RECEIVED, Trigger.ANSWER_DUE))
    rules = ContractRules(
        steps=(
            StepRule(20, "Step 1", "manager", written, ANSWER_5WD),
            StepRule(0, "Informal", "supervisor", FILE_10WD, informal_answer),
        ),
        holidays=frozenset(),
    )
    assert only(rules, facts()).step == 0
    # informal discussion Mon 9 Mar, no answer: due Thu 12 Mar; written step 1 due 7 working
    # days later, Mon 23 Mar
    answer, appeal = pending_deadlines(rules, facts((0, FILED, D(2026, 3, 9))))
    assert (answer.on, answer.step) == (D(2026, 3, 12), 0)
    assert (appeal.on, appeal.step, appeal.what) == (D(2026, 3, 23), 20, "Appeal to Step 1 due")


# ------------------------------------------------------------------------------------------------
# Start step by type


def test_discharge_starts_at_step_3() -> None:
    grievance = facts(grievance_type="discipline", incident_on=D(2026, 3, 26))
    deadline = only(contract(), grievance)
    assert (deadline.on, deadline.step, deadline.what) == (
        D(2026, 4, 13),
        3,
        "Filing at Step 3 due",
    )
    # Filed at step 3 on Tue 14 Apr: HR answers within 15 calendar days (Wed 29 Apr); arbitration
    # 30 calendar days after that (Fri 29 May).
    filed = dataclasses.replace(grievance, events=(StepEvent(3, FILED, D(2026, 4, 14)),))
    answer, appeal = pending_deadlines(contract(), filed)
    assert (answer.on, answer.who) == (D(2026, 4, 29), "HR director")
    assert (appeal.on, appeal.step) == (D(2026, 5, 29), 4)
    # Other types still start at step 1.
    assert only(contract(), facts(incident_on=D(2026, 3, 26))).step == 1


def test_start_step_sharing_its_filing_limit_with_the_appeal() -> None:
    # Without a start_limit, step 3's limit may list both kinds of trigger; each use takes its own.
    mixed = TimeLimit(
        5, Unit.WORKING, (Trigger.INCIDENT, Trigger.ANSWER_RECEIVED, Trigger.ANSWER_DUE)
    )
    steps = list(contract().steps)
    steps[2] = dataclasses.replace(steps[2], file_limit=mixed, start_limit=None)
    rules = contract(steps=tuple(steps))
    validate_rules(rules)
    # discharge on Mon 2 Mar + 5 working days = Mon 9 Mar
    assert only(rules, facts(grievance_type="discipline")).on == D(2026, 3, 9)
    # step 2 answered Mon 16 Mar + 5 working days = Mon 23 Mar
    grievance = facts(
        (1, FILED, D(2026, 3, 3)), (2, FILED, D(2026, 3, 9)), (2, ANSWERED, D(2026, 3, 16))
    )
    appeal = only(rules, grievance)
    assert (appeal.on, appeal.step) == (D(2026, 3, 23), 3)


def test_discharge_may_still_be_filed_at_an_earlier_step() -> None:
    grievance = facts((1, FILED, D(2026, 3, 9)), grievance_type="discipline")
    assert next_deadline(contract(), grievance).kind == DeadlineKind.ANSWER  # type: ignore[union-attr]


# ------------------------------------------------------------------------------------------------
# Extensions


def _ext(kind: DeadlineKind, new: date, agreed: date, step: int = 1) -> Extension:
    return Extension(step, kind, new, agreed, agreed_with="Zoë Şêrko-Ferreira")


def test_latest_agreed_extension_wins() -> None:
    grievance = facts(
        FILED_MON_9,
        extensions=(
            _ext(DeadlineKind.ANSWER, D(2026, 3, 27), D(2026, 3, 20)),  # later agreement, first
            _ext(DeadlineKind.ANSWER, D(2026, 3, 20), D(2026, 3, 13)),
        ),
    )
    answer, appeal = pending_deadlines(contract(), grievance)
    assert (answer.on, answer.extended) == (D(2026, 3, 27), True)
    assert answer.counted_from.startswith("extension agreed on 2026-03-20 (was 2026-03-16")
    assert "Zoë" not in answer.counted_from
    # The extended due date is "the date it was due": Fri 27 + 5 = Wed 1 Apr.
    assert (appeal.on, appeal.extended) == (D(2026, 4, 1), False)


def test_same_day_extensions_the_last_recorded_wins() -> None:
    grievance = facts(
        extensions=(
            _ext(DeadlineKind.FILE, D(2026, 3, 20), D(2026, 3, 10)),
            _ext(DeadlineKind.FILE, D(2026, 3, 25), D(2026, 3, 10)),
        )
    )
    deadline = only(contract(), grievance)
    assert (deadline.on, deadline.extended, deadline.kind) == (
        D(2026, 3, 25),
        True,
        DeadlineKind.FILE,
    )


def test_extension_of_the_appeal_and_one_for_a_closed_deadline() -> None:
    grievance = facts(
        FILED_MON_9,
        (1, ANSWERED, D(2026, 3, 11)),
        extensions=(
            _ext(DeadlineKind.ANSWER, D(2026, 3, 30), D(2026, 3, 10)),  # answered anyway
            _ext(DeadlineKind.FILE, D(2026, 4, 10), D(2026, 3, 12), step=2),
        ),
    )
    appeal = only(contract(), grievance)
    assert (appeal.on, appeal.step, appeal.extended) == (D(2026, 4, 10), 2, True)


# ------------------------------------------------------------------------------------------------
# Closed and status


def test_closed_grievance_has_no_deadlines() -> None:
    grievance = facts(FILED_MON_9, closed=True)
    assert next_deadline(contract(), grievance) is None
    assert pending_deadlines(contract(), grievance) == ()
    # an old closed case never blocks the list, even with facts the rules no longer accept
    odd = facts((9, FILED, D(2026, 3, 9)), closed=True)
    assert pending_deadlines(contract(), odd) == ()


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2026, 3, 17), "overdue"),
        (D(2026, 4, 30), "overdue"),
        (D(2026, 3, 16), "due_today"),
        (D(2026, 3, 15), "due_soon"),  # Sunday: 1 working day ahead
        (D(2026, 3, 13), "due_soon"),
        (D(2026, 3, 11), "due_soon"),  # Thu, Fri, Mon: 3 working days
        (D(2026, 3, 10), "ok"),  # 4 working days
        (D(2026, 3, 1), "ok"),
    ],
)
def test_status_on(today: date, expected: str) -> None:
    deadline = next_deadline(contract(), facts(FILED_MON_9))
    assert deadline is not None and deadline.on == D(2026, 3, 16)
    assert status_on(deadline, today, rules=contract()) == expected


def test_status_on_counts_working_days_and_its_window() -> None:
    deadline = next_deadline(contract(), facts(FILED_MON_9))
    assert deadline is not None
    rules = contract(holidays=frozenset({D(2026, 3, 12), D(2026, 3, 13)}))
    # From Tue 10 Mar with Thu and Fri off: Wed 11, Mon 16 = 2 working days
    assert status_on(deadline, D(2026, 3, 10), rules=rules) == "due_soon"
    assert status_on(deadline, D(2026, 3, 13), rules=contract(), due_soon_working_days=0) == "ok"
    assert status_on(deadline, D(2026, 3, 2), rules=contract(), due_soon_working_days=10) == (
        "due_soon"
    )
    with pytest.raises(InvalidInput):
        status_on(deadline, D(2026, 3, 2), rules=contract(), due_soon_working_days=-1)


# ------------------------------------------------------------------------------------------------
# Validation


def _steps(*replacements: tuple[int, dict[str, object]]) -> tuple[StepRule, ...]:
    steps = list(contract().steps)
    for index, changes in replacements:
        steps[index] = dataclasses.replace(steps[index], **changes)
    return tuple(steps)


def test_typical_contract_is_valid_and_plain_strings_are_accepted() -> None:
    validate_rules(contract())
    as_strings = TimeLimit(10, "working", ("incident", "knowledge"), "last")  # type: ignore[arg-type]
    rules = contract(steps=_steps((0, {"file_limit": as_strings})))
    validate_rules(rules)
    assert only(rules, facts(incident_on=D(2026, 3, 26))).on == D(2026, 4, 13)


@pytest.mark.parametrize(
    ("overrides", "words"),
    [
        ({"steps": ()}, "no grievance steps"),
        (
            {"steps": _steps((1, {"ordinal": 1}))},
            "Two steps have the number 1",
        ),
        (
            {
                "steps": _steps(
                    (0, {"file_limit": TimeLimit(-1, Unit.WORKING, (Trigger.INCIDENT,))})
                )
            },
            "negative number of days",
        ),
        (
            {"steps": _steps((1, {"answer_limit": TimeLimit(5, Unit.WORKING, ())}))},
            "does not say what it counts from",
        ),
        ({"start_step_by_type": {"policy": 7}}, "start at step 7"),
        (
            {
                "steps": _steps(
                    (0, {"answer_limit": TimeLimit(5, Unit.WORKING, (Trigger.INCIDENT,))})
                )
            },
            "answer limit of step 1",
        ),
        (
            {"steps": _steps((1, {"file_limit": TimeLimit(5, Unit.WORKING, (Trigger.INCIDENT,))}))},
            "filing limit of step 2",
        ),
        (
            {"steps": _steps((0, {"file_limit": APPEAL_5CD}))},
            "filing limit of step 1",
        ),
        (
            {"steps": _steps((2, {"start_limit": None}))},
            "Some grievances start at step 3",
        ),
        (
            {
                "steps": _steps(
                    (3, {"file_limit": TimeLimit(30, Unit.CALENDAR, (Trigger.ANSWER_DUE,))}),
                    (2, {"answer_limit": None}),
                )
            },
            "has no answer limit",
        ),
        (
            {"steps": _steps((2, {"start_limit": TimeLimit(5, Unit.WORKING, (Trigger.FILED,))}))},
            "start filing limit of step 3",
        ),
        (
            {"steps": _steps((0, {"file_limit": TimeLimit(5, "fortnights", (Trigger.INCIDENT,))}))},
            "unknown unit",
        ),
        (
            {
                "steps": _steps(
                    (
                        0,
                        {
                            "file_limit": TimeLimit(
                                5, Unit.WORKING, (Trigger.INCIDENT, Trigger.INCIDENT)
                            )
                        },
                    )
                )
            },
            "same trigger twice",
        ),
        ({"steps": _steps((0, {"name": "  "}))}, "has no name"),
        ({"weekend": frozenset(range(7))}, "all seven days"),
        ({"weekend": frozenset({7})}, "weekday numbers"),
        ({"holidays": frozenset({datetime(2026, 4, 3, 0, 0)})}, "calendar date"),
    ],
)
def test_validate_rules_names_the_problem(overrides: dict[str, object], words: str) -> None:
    rules = contract(**overrides)
    with pytest.raises(InvalidInput, match=words):
        validate_rules(rules)
    with pytest.raises(InvalidInput):
        pending_deadlines(rules, facts())


@pytest.mark.parametrize(
    ("grievance", "words"),
    [
        (facts((1, FILED, D(2026, 3, 9)), (1, ANSWERED, D(2026, 3, 5))), "before the filing"),
        (facts((1, ANSWERED, D(2026, 3, 5))), "no filing at that step"),
        (facts((9, FILED, D(2026, 3, 9))), "step 9, which the contract does not have"),
        (facts(incident_on=D(2026, 3, 9), knew_on=D(2026, 3, 2)), "before the incident"),
        (facts((1, FILED, D(2026, 2, 27))), "dated before the incident"),
        (facts((1, FILED, D(2026, 3, 9)), (1, FILED, D(2026, 3, 10))), "twice"),
        (facts((1, FILED, D(2026, 3, 9)), (3, FILED, D(2026, 3, 20))), "none at step 2"),
        (facts((2, FILED, D(2026, 3, 9))), "start at step 1"),
        (facts((1, FILED, D(2026, 3, 9)), (2, FILED, D(2026, 3, 6))), "appeal to step 2"),
        (facts((1, FILED, D(2026, 3, 3)), knew_on=D(2026, 3, 5)), "before the grievant knew"),
        (facts(extensions=(_ext(DeadlineKind.FILE, D(2026, 3, 20), D(2026, 3, 9), 8),)), "step 8"),
        (
            facts(extensions=(_ext(DeadlineKind.FILE, D(2026, 3, 8), D(2026, 3, 9)),)),
            "new date before the day it was agreed",
        ),
        (
            facts(extensions=(_ext(DeadlineKind.FILE, D(2026, 3, 8), D(2026, 2, 9)),)),
            "agreed before the incident",
        ),
        (facts(incident_on=datetime(2026, 3, 2, 8, 30)), "calendar date"),
    ],
)
def test_inconsistent_facts_are_refused(grievance: GrievanceFacts, words: str) -> None:
    with pytest.raises(InvalidInput, match=words) as raised:
        pending_deadlines(contract(), grievance)
    assert "Zoë" not in str(raised.value)
    with pytest.raises(InvalidInput):
        next_deadline(contract(), grievance)
