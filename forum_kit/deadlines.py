"""The grievance deadline engine: contract time limits turned into actual dates.

This module owns the arithmetic of grievance time limits (ORGANISING.md "Grievances"): working
and calendar days, a per-contract holiday calendar and weekend, roll-forward of calendar deadlines
that land on a day off, the triggers a limit counts from (incident, knowledge, filing, answer
received, answer due, "whichever is first/last"), written extensions, and which deadlines are still
open for a grievance. It is pure standard-library Python: no database, no Qt. The grievance service
turns stored rows into ``ContractRules`` and ``GrievanceFacts``; the screens and documents show the
``Deadline`` values it returns. A missed deadline forfeits a worker's case, so every answer is an
actual date, and inconsistent input raises ``InvalidInput`` instead of guessing.

Example: a typical contract ("file within 10 working days of the incident or of when the grievant
knew or should have known; the supervisor answers within 5 working days; appeal within 5 calendar
days of the answer or of the date it was due, whichever is first; discipline (discharge) starts at
step 3")::

    first_answer_or_due = TimeLimit(
        5, Unit.CALENDAR, (Trigger.ANSWER_RECEIVED, Trigger.ANSWER_DUE), Whichever.FIRST
    )
    rules = ContractRules(
        steps=(
            StepRule(1, "Step 1", "supervisor",
                     file_limit=TimeLimit(10, Unit.WORKING, (Trigger.INCIDENT, Trigger.KNOWLEDGE),
                                          Whichever.LAST),
                     answer_limit=TimeLimit(5, Unit.WORKING, (Trigger.FILED,))),
            StepRule(2, "Step 2", "department manager",
                     file_limit=first_answer_or_due,
                     answer_limit=TimeLimit(10, Unit.WORKING, (Trigger.FILED,))),
            StepRule(3, "Step 3", "human resources director",
                     file_limit=first_answer_or_due,
                     answer_limit=TimeLimit(15, Unit.CALENDAR, (Trigger.FILED,)),
                     start_limit=TimeLimit(10, Unit.WORKING, (Trigger.INCIDENT,))),
            StepRule(4, "Arbitration", "arbitrator",
                     file_limit=TimeLimit(30, Unit.CALENDAR, (Trigger.ANSWER_RECEIVED,
                                                              Trigger.ANSWER_DUE)),
                     answer_limit=None),
        ),
        holidays=frozenset({date(2026, 1, 1), date(2026, 5, 1), date(2026, 12, 25)}),
        start_step_by_type={"discipline": 3},
    )
    facts = GrievanceFacts("individual", incident_on=date(2026, 3, 5), knew_on=None,
                           events=(StepEvent(1, EventKind.FILED, date(2026, 3, 9)),))
    next_deadline(rules, facts)  # on=2026-03-16, what="Employer's Step 1 answer due"

Semantics, in short. Day 0 is the trigger day; working days skip the weekend and holidays. A limit
with several triggers counts from each one that is known and keeps the earliest (FIRST) or latest
(LAST) resulting date; a trigger not known yet is left out (with LAST and no answer yet, the date
shown is the earliest the final deadline can be, which is the safe side). The start step's filing
limit counts from the incident/knowledge (a missing knowledge date means the incident); the answer
limit at a step counts from the filing at that step; the appeal to the next step (its filing limit)
counts from the filing at, the answer received at, or the answer due at the step before. An
extension replaces the computed date of its (step, kind) deadline, the most recently agreed one
winning; an extended answer date is also the "date it was due" that an appeal counts from.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Literal

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _

__all__ = [
    "ContractRules",
    "Deadline",
    "DeadlineKind",
    "EventKind",
    "Extension",
    "GrievanceFacts",
    "StepEvent",
    "StepRule",
    "TimeLimit",
    "Trigger",
    "Unit",
    "Whichever",
    "add_days",
    "next_deadline",
    "pending_deadlines",
    "status_on",
    "validate_rules",
    "working_days_between",
]

UNION = "union"
DEFAULT_ANSWERER = "employer"
Status = Literal["overdue", "due_today", "due_soon", "ok"]


class Unit(StrEnum):
    WORKING = "working"
    CALENDAR = "calendar"


class Trigger(StrEnum):
    INCIDENT = "incident"
    KNOWLEDGE = "knowledge"
    FILED = "filed"
    ANSWER_RECEIVED = "answer_received"
    ANSWER_DUE = "answer_due"


class Whichever(StrEnum):
    FIRST = "first"
    LAST = "last"


class EventKind(StrEnum):
    FILED = "filed"
    ANSWERED = "answered"


class DeadlineKind(StrEnum):
    FILE = "file"
    ANSWER = "answer"


# Which triggers mean something in each place a limit is used; anything else is a contract typo.
_START_TRIGGERS = frozenset({Trigger.INCIDENT, Trigger.KNOWLEDGE})
_APPEAL_TRIGGERS = frozenset({Trigger.FILED, Trigger.ANSWER_RECEIVED, Trigger.ANSWER_DUE})
_ANSWER_TRIGGERS = frozenset({Trigger.FILED})


@dataclass(frozen=True)
class TimeLimit:
    """``days`` of ``unit`` counted from the ``counts_from`` triggers, ``whichever`` governs."""

    days: int
    unit: Unit
    counts_from: tuple[Trigger, ...]
    whichever: Whichever = Whichever.FIRST


@dataclass(frozen=True)
class StepRule:
    """One step of the procedure.

    ``file_limit`` is the filing limit: from the incident/knowledge at a start step, the appeal
    limit (from the previous step's filing/answer/answer due) at any later step. ``start_limit``,
    when set, replaces ``file_limit`` for grievance types that start at this step (a discharge filed
    straight at step 3 counts from the incident, an appeal to step 3 from the step 2 answer).
    ``answer_limit`` counts from the filing at this step; None means no limit (arbitration).
    """

    ordinal: int
    name: str
    answered_by: str
    file_limit: TimeLimit
    answer_limit: TimeLimit | None
    start_limit: TimeLimit | None = None


@dataclass(frozen=True)
class ContractRules:
    """The grievance procedure of one contract. ``weekend`` holds weekday numbers, Monday=0."""

    steps: tuple[StepRule, ...]
    holidays: frozenset[date]
    weekend: frozenset[int] = frozenset({5, 6})
    start_step_by_type: Mapping[str, int] = field(default_factory=dict)
    roll_forward: bool = True


@dataclass(frozen=True)
class StepEvent:
    """Filed at a step, or answered at a step; an appeal is a filing at the next step."""

    step: int
    kind: EventKind
    on: date


@dataclass(frozen=True)
class Extension:
    """A written extension: the (step, kind) deadline becomes ``new_date``."""

    step: int
    kind: DeadlineKind
    new_date: date
    agreed_on: date
    agreed_with: str


@dataclass(frozen=True)
class GrievanceFacts:
    grievance_type: str
    incident_on: date
    knew_on: date | None
    events: tuple[StepEvent, ...] = ()
    extensions: tuple[Extension, ...] = ()
    closed: bool = False


@dataclass(frozen=True)
class Deadline:
    """An open deadline. ``who`` is "union" for filings and appeals, else the step's answerer."""

    on: date
    step: int
    step_name: str
    kind: DeadlineKind
    who: str
    what: str
    counted_from: str
    extended: bool


# --------------------------------------------------------------------------------------------------
# Day arithmetic


def _check_weekend(weekend: Iterable[int]) -> frozenset[int]:
    days = frozenset(weekend)
    if any(isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= 6 for d in days):
        raise InvalidInput(_("Weekend days must be weekday numbers from 0 (Monday) to 6 (Sunday)."))
    if len(days) == 7:
        raise InvalidInput(
            _("The weekend cannot cover all seven days; no day would be a working day.")
        )
    return days


def _check_date(value: object, what: str) -> date:
    # datetime is a subclass of date but compares unequal to every date and raises on < with one,
    # which would silently miss holidays or crash mid-count.
    if not isinstance(value, date) or isinstance(value, datetime):
        raise InvalidInput(_("{what} must be a calendar date (without a time).").format(what=what))
    return value


def _is_working(day: date, holidays: frozenset[date], weekend: frozenset[int]) -> bool:
    return day.weekday() not in weekend and day not in holidays


def _next_working(day: date, holidays: frozenset[date], weekend: frozenset[int]) -> date:
    while not _is_working(day, holidays, weekend):
        day += timedelta(days=1)
    return day


def add_days(
    start: date,
    days: int,
    unit: Unit,
    *,
    holidays: Iterable[date],
    weekend: Iterable[int],
    roll_forward: bool = True,
) -> date:
    """The date ``days`` working or calendar days after ``start`` (day 0 is ``start`` itself).

    Working days: the ``days``-th working day after ``start`` (``days`` = 0 gives ``start``, or the
    next working day if ``start`` is a day off, since a working-day count cannot end on one).
    Calendar days: ``start + days``, moved to the next working day when it is a day off and
    ``roll_forward`` is set.
    """
    _check_date(start, "The start date")
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise InvalidInput(_("A number of days must be a whole number, zero or more."))
    unit = Unit(unit)
    off = frozenset(holidays)
    weekend_days = _check_weekend(weekend)
    if unit is Unit.CALENDAR:
        result = start + timedelta(days=days)
        return _next_working(result, off, weekend_days) if roll_forward else result
    if days == 0:
        return _next_working(start, off, weekend_days)
    day = start
    remaining = days
    while remaining:
        day += timedelta(days=1)
        if _is_working(day, off, weekend_days):
            remaining -= 1
    return day


def working_days_between(
    a: date, b: date, *, holidays: Iterable[date], weekend: Iterable[int]
) -> int:
    """Working days from ``a`` to ``b``, counting ``b`` and not ``a``; negative when ``b`` < ``a``.

    ``working_days_between(a, add_days(a, n, Unit.WORKING, ...)) == n`` for every n >= 1.
    """
    _check_date(a, "The first date")
    _check_date(b, "The second date")
    weekend_days = _check_weekend(weekend)
    if b < a:
        return -working_days_between(b, a, holidays=holidays, weekend=weekend_days)
    # Whole weeks arithmetically, then the remainder, so a count over years stays cheap.
    full_weeks, rest = divmod((b - a).days, 7)
    count = full_weeks * (7 - len(weekend_days))
    first = a.weekday()
    count += sum(1 for i in range(1, rest + 1) if (first + i) % 7 not in weekend_days)
    count -= sum(1 for h in frozenset(holidays) if a < h <= b and h.weekday() not in weekend_days)
    return count


# --------------------------------------------------------------------------------------------------
# Validation


def _describe_limit(limit: TimeLimit) -> str:
    return f"{limit.days} {Unit(limit.unit).value} {'day' if limit.days == 1 else 'days'}"


def _check_limit(limit: object, where: str, allowed: frozenset[Trigger]) -> None:
    if not isinstance(limit, TimeLimit):
        raise InvalidInput(_("The {where} is not a time limit.").format(where=where))
    if isinstance(limit.days, bool) or not isinstance(limit.days, int):
        raise InvalidInput(_("The {where} must be a whole number of days.").format(where=where))
    if limit.days < 0:
        raise InvalidInput(_("The {where} has a negative number of days; use 0 or "
                             "more.").format(where=where))
    try:
        Unit(limit.unit)
        Whichever(limit.whichever)
        triggers = [Trigger(t) for t in limit.counts_from]
    except ValueError as exc:
        raise InvalidInput(_("The {where} has an unknown unit, trigger or "
                             "'whichever'.").format(where=where)) from exc
    if not triggers:
        raise InvalidInput(_("The {where} does not say what it counts from; add a "
                             "trigger.").format(where=where))
    if len(set(triggers)) != len(triggers):
        raise InvalidInput(_("The {where} lists the same trigger twice.").format(where=where))
    if not set(triggers) & allowed:
        names = ", ".join(sorted(t.value for t in allowed))
        raise InvalidInput(_("The {where} must count from one of: "
                             "{names}.").format(where=where, names=names))


def _start_ordinals(rules: ContractRules) -> frozenset[int]:
    lowest = min(s.ordinal for s in rules.steps)
    return frozenset({lowest, *rules.start_step_by_type.values()})


def validate_rules(rules: ContractRules) -> None:
    """Raise ``InvalidInput`` naming the first problem with a contract's procedure, if any."""
    if not isinstance(rules, ContractRules):
        raise InvalidInput(_("The grievance rules are not a contract procedure."))
    if not rules.steps:
        raise InvalidInput(_("The contract has no grievance steps; add at least one."))
    _check_weekend(rules.weekend)
    for holiday in rules.holidays:
        _check_date(holiday, "Every holiday")
    seen: set[int] = set()
    for step in rules.steps:
        if not isinstance(step, StepRule):
            raise InvalidInput(_("A grievance step is not a step rule."))
        if isinstance(step.ordinal, bool) or not isinstance(step.ordinal, int):
            raise InvalidInput(_("A step number must be a whole number."))
        if step.ordinal in seen:
            raise InvalidInput(
                _("Two steps have the number {ordinal}; step numbers must "
                  "differ.").format(ordinal=step.ordinal)
            )
        seen.add(step.ordinal)
        if not isinstance(step.name, str) or not step.name.strip():
            raise InvalidInput(_("Step {ordinal} has no name.").format(ordinal=step.ordinal))
        if not isinstance(step.answered_by, str):
            raise InvalidInput(_("Who answers at step {ordinal} must be "
                                 "text.").format(ordinal=step.ordinal))
    for grievance_type, ordinal in rules.start_step_by_type.items():
        if ordinal not in seen:
            raise InvalidInput(
                _("Grievances of type '{grievance_type}' start at step {ordinal}, "
                "which the contract does not have.").format(
                        grievance_type=grievance_type, ordinal=ordinal)
            )
    starts = _start_ordinals(rules)
    ordered = sorted(rules.steps, key=lambda s: s.ordinal)
    for index, step in enumerate(ordered):
        label = f"step {step.ordinal} ({step.name})"
        is_first = index == 0
        is_start = step.ordinal in starts
        if step.start_limit is not None:
            _check_limit(step.start_limit, f"start filing limit of {label}", _START_TRIGGERS)
        # The filing limit is the start limit (unless start_limit replaces it) and, at every step
        # but the first, the appeal limit; each use needs a trigger it can count from.
        as_start = is_start and step.start_limit is None
        as_appeal = not is_first
        allowed = (_START_TRIGGERS if as_start else frozenset()) | (
            _APPEAL_TRIGGERS if as_appeal else frozenset()
        )
        _check_limit(step.file_limit, f"filing limit of {label}", allowed or _START_TRIGGERS)
        triggers = {Trigger(t) for t in step.file_limit.counts_from}
        stray = triggers - (allowed or _START_TRIGGERS)
        if stray:
            names = ", ".join(sorted(t.value for t in stray))
            raise InvalidInput(
                _("The filing limit of {label} counts from {names}, which never applies "
                  "there.").format(label=label, names=names)
            )
        if as_start and not triggers & _START_TRIGGERS:
            raise InvalidInput(
                _("Some grievances start at {label}, but its filing limit does not count from the "
                "incident or knowledge; add a start filing limit.").format(label=label)
            )
        if as_appeal and not triggers & _APPEAL_TRIGGERS:
            raise InvalidInput(
                _("The appeal to {label} must count from the previous step's filing, answer or "
                "answer due date.").format(label=label)
            )
        if not is_first and triggers & _APPEAL_TRIGGERS == {Trigger.ANSWER_DUE}:
            previous = ordered[index - 1]
            if previous.answer_limit is None:
                raise InvalidInput(
                    _("The appeal to {label} counts only from the date the step "
                    "{ordinal} answer is due, but step {ordinal} has no "
                    "answer limit.").format(label=label, ordinal=previous.ordinal)
                )
        if step.answer_limit is not None:
            _check_limit(step.answer_limit, f"answer limit of {label}", _ANSWER_TRIGGERS)
            if {Trigger(t) for t in step.answer_limit.counts_from} - _ANSWER_TRIGGERS:
                raise InvalidInput(_("The answer limit of {label} can only count from the "
                                     "filing.").format(label=label))


# --------------------------------------------------------------------------------------------------
# Facts


@dataclass(frozen=True)
class _Case:
    """Validated facts, indexed for the computation."""

    ordered: tuple[StepRule, ...]
    start: StepRule
    filed: dict[int, date]
    answered: dict[int, date]
    extensions: dict[tuple[int, DeadlineKind], Extension]


def _start_step(rules: ContractRules, grievance_type: str) -> StepRule:
    by_ordinal = {s.ordinal: s for s in rules.steps}
    ordinal = rules.start_step_by_type.get(grievance_type, min(by_ordinal))
    return by_ordinal[ordinal]


def _check_facts(rules: ContractRules, facts: GrievanceFacts) -> _Case:
    if not isinstance(facts, GrievanceFacts):
        raise InvalidInput(_("The grievance facts are not in the expected form."))
    incident = _check_date(facts.incident_on, "The incident date")
    if facts.knew_on is not None:
        knew = _check_date(facts.knew_on, "The date the grievant knew")
        if knew < incident:
            raise InvalidInput(
                _("The date the grievant knew is before the incident; check both dates.")
            )
    ordered = tuple(sorted(rules.steps, key=lambda s: s.ordinal))
    position = {s.ordinal: i for i, s in enumerate(ordered)}
    start = _start_step(rules, facts.grievance_type)
    earliest_filing = facts.knew_on or incident

    filed: dict[int, date] = {}
    answered: dict[int, date] = {}
    for event in facts.events:
        if not isinstance(event, StepEvent):
            raise InvalidInput(_("A step event is not in the expected form."))
        try:
            kind = EventKind(event.kind)
        except ValueError as exc:
            raise InvalidInput(_("A step event has an unknown kind.")) from exc
        if event.step not in position:
            raise InvalidInput(
                _("An event refers to step {step}, which the contract does not "
                  "have.").format(step=event.step)
            )
        on = _check_date(event.on, "An event date")
        if on < incident:
            raise InvalidInput(_("An event at step {step} is dated before the "
                                 "incident.").format(step=event.step))
        target = filed if kind is EventKind.FILED else answered
        if event.step in target:
            raise InvalidInput(_("Step {step} is recorded as {value} twice; keep "
                                 "one.").format(step=event.step, value=kind.value))
        target[event.step] = on

    for step_no, on in answered.items():
        if step_no not in filed:
            raise InvalidInput(_("There is an answer at step {step_no}, but no filing at that "
                                 "step.").format(step_no=step_no))
        if on < filed[step_no]:
            raise InvalidInput(_("The answer at step {step_no} is dated before the filing "
                                 "there.").format(step_no=step_no))
    if filed:
        steps_filed = sorted(filed, key=position.__getitem__)
        first = steps_filed[0]
        if position[first] > position[start.ordinal]:
            raise InvalidInput(
                _("The first filing is at step {first}, but grievances of this type start at step "
                "{ordinal}; record the earlier steps.").format(first=first, ordinal=start.ordinal)
            )
        if filed[first] < earliest_filing:
            raise InvalidInput(_("The grievance is recorded as filed before the grievant knew of "
                                 "it."))
        for previous, current in zip(steps_filed, steps_filed[1:], strict=False):
            if position[current] != position[previous] + 1:
                missing = ordered[position[previous] + 1].ordinal
                raise InvalidInput(
                    _("There is a filing at step {current} but none at step "
                    "{missing}; record the appeal to step {missing}.").format(
                            current=current, missing=missing)
                )
            if filed[current] < filed[previous]:
                raise InvalidInput(
                    _("The appeal to step {current} is dated before the filing at step "
                      "{previous}.").format(current=current, previous=previous)
                )

    latest: dict[tuple[int, DeadlineKind], tuple[date, int, Extension]] = {}
    for index, extension in enumerate(facts.extensions):
        if not isinstance(extension, Extension):
            raise InvalidInput(_("An extension is not in the expected form."))
        try:
            kind = DeadlineKind(extension.kind)
        except ValueError as exc:
            raise InvalidInput(_("An extension has an unknown deadline kind.")) from exc
        if extension.step not in position:
            raise InvalidInput(
                _("An extension refers to step {step}, which the contract does not "
                  "have.").format(step=extension.step)
            )
        agreed = _check_date(extension.agreed_on, "The date an extension was agreed")
        new = _check_date(extension.new_date, "An extension's new date")
        if agreed < incident:
            raise InvalidInput(
                _("An extension at step {step} is agreed before the "
                  "incident.").format(step=extension.step)
            )
        if new < agreed:
            raise InvalidInput(
                _("An extension at step {step} sets a new date before the "
                "day it was agreed.").format(step=extension.step)
            )
        key = (extension.step, kind)
        # Later agreement wins; on the same day, the one recorded later.
        if key not in latest or (agreed, index) >= latest[key][:2]:
            latest[key] = (agreed, index, extension)
    return _Case(
        ordered=ordered,
        start=start,
        filed=filed,
        answered=answered,
        extensions={key: value[2] for key, value in latest.items()},
    )


# --------------------------------------------------------------------------------------------------
# Deadlines


@dataclass(frozen=True)
class _Computed:
    on: date
    counted_from: str


def _compute(
    limit: TimeLimit, known: Mapping[Trigger, tuple[str, date]], rules: ContractRules
) -> _Computed | None:
    """Apply ``limit`` to the triggers that are known; None when none of its triggers is."""
    weekend = frozenset(rules.weekend)
    candidates: list[_Computed] = []
    for trigger in limit.counts_from:
        if Trigger(trigger) not in known:
            continue
        label, start = known[Trigger(trigger)]
        on = add_days(
            start,
            limit.days,
            limit.unit,
            holidays=rules.holidays,
            weekend=weekend,
            roll_forward=rules.roll_forward,
        )
        note = _describe_limit(limit)
        plain = start + timedelta(days=limit.days)
        if Unit(limit.unit) is Unit.CALENDAR and on != plain:
            note += f"; {plain.isoformat()} is not a working day"
        candidates.append(_Computed(on, f"{label} on {start.isoformat()} ({note})"))
    if not candidates:
        return None
    # min/max keep the first of equal dates, i.e. the trigger listed first in the contract.
    if Whichever(limit.whichever) is Whichever.FIRST:
        return min(candidates, key=lambda c: c.on)
    ranked = sorted(enumerate(candidates), key=lambda pair: (pair[1].on, -pair[0]))
    return ranked[-1][1]


def _apply_extension(
    case: _Case, step: StepRule, kind: DeadlineKind, computed: _Computed | None
) -> tuple[date, str, bool] | None:
    extension = case.extensions.get((step.ordinal, kind))
    if extension is None:
        return None if computed is None else (computed.on, computed.counted_from, False)
    counted = _("extension agreed on {day}").format(day=extension.agreed_on.isoformat())
    if computed is not None:
        counted += _(" (was {day}, {counted_from})").format(day=computed.on.isoformat(),
                                                     counted_from=computed.counted_from)
    return extension.new_date, counted, True


def _answerer(step: StepRule) -> str:
    return step.answered_by.strip() or DEFAULT_ANSWERER


def _answer_deadline(rules: ContractRules, case: _Case, step: StepRule) -> Deadline | None:
    computed = None
    if step.answer_limit is not None:
        known = {Trigger.FILED: (_("filing at {step}").format(step=step.name),
                                 case.filed[step.ordinal])}
        computed = _compute(step.answer_limit, known, rules)
    applied = _apply_extension(case, step, DeadlineKind.ANSWER, computed)
    if applied is None:
        return None
    on, counted_from, extended = applied
    return Deadline(
        on,
        step.ordinal,
        step.name,
        DeadlineKind.ANSWER,
        _answerer(step),
        _("Employer's {step} answer due").format(step=step.name),
        counted_from,
        extended,
    )


def _start_deadline(rules: ContractRules, case: _Case, facts: GrievanceFacts) -> Deadline:
    step = case.start
    limit = step.start_limit or step.file_limit
    incident = ("incident", facts.incident_on)
    knowledge = ("knowledge", facts.knew_on) if facts.knew_on is not None else incident
    computed = _compute(limit, {Trigger.INCIDENT: incident, Trigger.KNOWLEDGE: knowledge}, rules)
    applied = _apply_extension(case, step, DeadlineKind.FILE, computed)
    assert applied is not None  # validate_rules guarantees a start trigger; both are always known
    on, counted_from, extended = applied
    return Deadline(
        on,
        step.ordinal,
        step.name,
        DeadlineKind.FILE,
        UNION,
        _("Filing at {step} due").format(step=step.name),
        counted_from,
        extended,
    )


def _appeal_deadline(
    rules: ContractRules, case: _Case, previous: StepRule, step: StepRule
) -> Deadline | None:
    known: dict[Trigger, tuple[str, date]] = {
        Trigger.FILED: (_("filing at {step}").format(step=previous.name),
                        case.filed[previous.ordinal])
    }
    if previous.ordinal in case.answered:
        known[Trigger.ANSWER_RECEIVED] = (
            _("{step} answer received").format(step=previous.name),
            case.answered[previous.ordinal],
        )
    answer_due = _answer_deadline(rules, case, previous)
    if answer_due is not None:
        known[Trigger.ANSWER_DUE] = (_("{step} answer due").format(step=previous.name),
                                     answer_due.on)
    computed = _compute(step.file_limit, known, rules)
    applied = _apply_extension(case, step, DeadlineKind.FILE, computed)
    if applied is None:
        return None
    on, counted_from, extended = applied
    return Deadline(
        on,
        step.ordinal,
        step.name,
        DeadlineKind.FILE,
        UNION,
        _("Appeal to {step} due").format(step=step.name),
        counted_from,
        extended,
    )


def pending_deadlines(rules: ContractRules, facts: GrievanceFacts) -> tuple[Deadline, ...]:
    """Every deadline still open for the grievance, earliest first (overdue ones included).

    Before filing: the filing at the start step. Once filed at a step: the employer's answer there
    (until it is answered) and the appeal to the next step (when its date can be known: with no
    answer yet, from the answer due date). Nothing once filed at the last step with no answer limit,
    or once answered at the last step, or when the grievance is closed. Facts of a closed grievance
    are not checked, so an old case never blocks a list after the contract changes.
    """
    validate_rules(rules)
    if facts.closed:
        return ()
    case = _check_facts(rules, facts)
    if not case.filed:
        return (_start_deadline(rules, case, facts),)
    position = {s.ordinal: i for i, s in enumerate(case.ordered)}
    current = case.ordered[max(position[o] for o in case.filed)]
    found: list[Deadline] = []
    if current.ordinal not in case.answered:
        answer = _answer_deadline(rules, case, current)
        if answer is not None:
            found.append(answer)
    if position[current.ordinal] + 1 < len(case.ordered):
        following = case.ordered[position[current.ordinal] + 1]
        appeal = _appeal_deadline(rules, case, current, following)
        if appeal is not None:
            found.append(appeal)
    # On a tie the union's deadline comes first: the union is the side that forfeits the case.
    found.sort(key=lambda d: (d.on, d.who != UNION, d.step))
    return tuple(found)


def next_deadline(rules: ContractRules, facts: GrievanceFacts) -> Deadline | None:
    """The earliest open deadline (an actual date), or None when nothing is pending."""
    pending = pending_deadlines(rules, facts)
    return pending[0] if pending else None


def status_on(
    deadline: Deadline, today: date, *, rules: ContractRules, due_soon_working_days: int = 3
) -> Status:
    """How urgent ``deadline`` is on ``today``: past, today, within N working days, or later."""
    _check_date(today, "Today's date")
    if (
        isinstance(due_soon_working_days, bool)
        or not isinstance(due_soon_working_days, int)
        or (due_soon_working_days < 0)
    ):
        raise InvalidInput(
            _("The 'due soon' window must be a whole number of working days, 0 or more.")
        )
    if today > deadline.on:
        return "overdue"
    if today == deadline.on:
        return "due_today"
    ahead = working_days_between(today, deadline.on, holidays=rules.holidays, weekend=rules.weekend)
    return "due_soon" if ahead <= due_soon_working_days else "ok"
