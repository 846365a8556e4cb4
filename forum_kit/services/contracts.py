"""Contracts and their grievance procedures: steps with time limits, holidays and start steps.

This module owns writing ``Contract`` rows (steps, holiday calendar, which step each grievance
type starts at, weekend and roll-forward) and turning the stored rows into the deadline engine's
``ContractRules``. Every procedure is checked by ``forum_kit.deadlines.validate_rules`` before it
is stored, so a contract that would give wrong dates never reaches a grievance. Like every
service, functions take the session first, validate, flush and never commit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit import deadlines as dl
from forum_kit.errors import Conflict, InvalidInput, NotFound
from forum_kit.i18n import _
from forum_kit.models.enums import GrievanceStatus, GrievanceType, LimitUnit
from forum_kit.models.grievance import (
    Contract,
    ContractHoliday,
    ContractStep,
    ContractTypeStart,
    Grievance,
    GrievanceEvent,
    GrievanceExtension,
)
from forum_kit.models.workplace import Workplace

__all__ = [
    "KEEP",
    "StepSpec",
    "create_contract",
    "default_contract_steps",
    "default_type_starts",
    "rules_for",
    "rules_from_rows",
    "step_specs_for",
    "update_contract",
]


class _Keep:
    """Marker for "leave this field as it is" in ``update_contract``."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Final = _Keep()


@dataclass(frozen=True)
class StepSpec:
    """One step of a contract's procedure as the user enters it.

    ``file_from`` lists ``deadlines.Trigger`` values. At the first step it counts from the
    incident/knowledge; at a later step it is the appeal limit (from the previous step's filing,
    answer or answer due). ``answer_days`` None means the step has no answer limit (arbitration).

    ``start_days`` (with ``start_unit``, ``start_from``, ``start_whichever``) is the filing limit
    for a grievance that starts at this step (a discharge filed straight at step 3 counts from the
    incident or knowledge, not from a step 2 answer); None means the step has no start limit. A
    later step where some grievance types start needs one, so its appeal limit stays an appeal.
    """

    ordinal: int
    name: str
    file_days: int
    file_unit: LimitUnit | str
    file_from: tuple[str, ...]
    file_whichever: str = "first"
    answered_by: str = ""
    answer_days: int | None = None
    answer_unit: LimitUnit | str = LimitUnit.WORKING
    start_days: int | None = None
    start_unit: LimitUnit | str = LimitUnit.WORKING
    start_from: tuple[str, ...] = ()
    start_whichever: str = "last"


def default_contract_steps() -> list[StepSpec]:
    """A typical procedure: informal, steps 1-3, arbitration (ordinals match the step numbers).

    Use it with ``default_type_starts()``: step 3 has a start limit (10 working days from the
    incident or knowledge, whichever is later) for the types filed straight there, while an
    appeal to step 3 counts from the step 2 answer or its due date, whichever is first.
    """
    start = ("incident", "knowledge")
    appeal = ("answer_received", "answer_due")
    return [
        StepSpec(
            0, "Informal", 10, LimitUnit.WORKING, start, "last", "supervisor", 5, LimitUnit.WORKING
        ),
        StepSpec(
            1,
            "Step 1",
            10,
            LimitUnit.WORKING,
            appeal,
            "first",
            "department manager",
            10,
            LimitUnit.WORKING,
        ),
        StepSpec(
            2,
            "Step 2",
            10,
            LimitUnit.WORKING,
            appeal,
            "first",
            "site manager",
            10,
            LimitUnit.WORKING,
        ),
        # Discipline and policy grievances are filed straight at step 3: the start limit counts
        # from the incident/knowledge, while an appeal to step 3 keeps the plain appeal limit.
        StepSpec(
            3,
            "Step 3",
            10,
            LimitUnit.WORKING,
            appeal,
            "first",
            "human resources director",
            15,
            LimitUnit.WORKING,
            start_days=10,
            start_unit=LimitUnit.WORKING,
            start_from=start,
            start_whichever="last",
        ),
        StepSpec(4, "Arbitration", 30, LimitUnit.CALENDAR, appeal, "first", "arbitrator"),
    ]


def default_type_starts() -> dict[str, int]:
    """Grievance types that skip the lower steps in the default procedure."""
    return {GrievanceType.DISCIPLINE.value: 3, GrievanceType.POLICY.value: 3}


# --------------------------------------------------------------------------------------------------
# Conversion between stored rows and engine rules


def _unit(value: object, where: str) -> LimitUnit:
    try:
        return LimitUnit(value)
    except ValueError:
        raise InvalidInput(_("The unit of the {where} must be 'working' or "
                             "'calendar'.").format(where=where)) from None


def _triggers(value: object, where: str) -> tuple[dl.Trigger, ...]:
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, Sequence):
        raise InvalidInput(_("The {where} must list what it counts from.").format(where=where))
    found: list[dl.Trigger] = []
    for item in items:
        text = str(item).strip()
        if not text:
            continue
        try:
            found.append(dl.Trigger(text))
        except ValueError:
            names = ", ".join(t.value for t in dl.Trigger)
            raise InvalidInput(
                _("The {where} counts from an unknown trigger; use "
                  "{names}.").format(where=where, names=names)
            ) from None
    return tuple(found)


def _whichever(value: object, where: str) -> dl.Whichever:
    try:
        return dl.Whichever(value)
    except ValueError:
        raise InvalidInput(_("The {where} must say 'first' or "
                             "'last'.").format(where=where)) from None


def _weekend(value: object) -> frozenset[int]:
    if not isinstance(value, str) or any(c not in "0123456" for c in value):
        raise InvalidInput(
            _("Weekend days must be weekday digits, Monday = 0 to Sunday = 6, such as '56'.")
        )
    if len(set(value)) != len(value):
        raise InvalidInput(_("Weekend days list the same weekday twice."))
    return frozenset(int(c) for c in value)


def _step_rule(spec: StepSpec) -> dl.StepRule:
    if not isinstance(spec, StepSpec):
        raise InvalidInput(_("Each grievance step must be a StepSpec."))
    where = _("step {ordinal}").format(ordinal=spec.ordinal)
    if isinstance(spec.ordinal, bool) or not isinstance(spec.ordinal, int) or spec.ordinal < 0:
        raise InvalidInput(_("A step number must be a whole number, 0 or more."))
    if not isinstance(spec.name, str) or not spec.name.strip():
        raise InvalidInput(_("Step {ordinal} needs a name.").format(ordinal=spec.ordinal))
    if len(spec.name.strip()) > 80:
        raise InvalidInput(_("The name of step {ordinal} is longer than 80 "
                             "characters.").format(ordinal=spec.ordinal))
    if not isinstance(spec.answered_by, str) or len(spec.answered_by) > 200:
        raise InvalidInput(
            _("Who answers at step {ordinal} must be text of 200 characters or "
              "less.").format(ordinal=spec.ordinal)
        )
    file_limit = dl.TimeLimit(
        spec.file_days,
        dl.Unit(_unit(spec.file_unit, f"filing limit of {where}").value),
        _triggers(spec.file_from, _("filing limit of {where}").format(where=where)),
        _whichever(spec.file_whichever, _("filing limit of {where}").format(where=where)),
    )
    answer_limit = None
    if spec.answer_days is not None:
        answer_limit = dl.TimeLimit(
            spec.answer_days,
            dl.Unit(_unit(spec.answer_unit, f"answer limit of {where}").value),
            (dl.Trigger.FILED,),
        )
    return dl.StepRule(
        spec.ordinal,
        spec.name.strip(),
        spec.answered_by.strip(),
        file_limit,
        answer_limit,
        _start_limit(spec, where),
    )


def _start_limit(spec: StepSpec, where: str) -> dl.TimeLimit | None:
    what = _("start filing limit of {where}").format(where=where)
    start_from = _triggers(spec.start_from, what)
    if spec.start_days is None:
        # Triggers without days would silently drop the limit the user meant to set.
        if start_from:
            raise InvalidInput(
                _("The {what} says what it counts from but not how many days; "
                "give the days or clear what it counts from.").format(what=what)
            )
        return None
    return dl.TimeLimit(
        spec.start_days,
        dl.Unit(_unit(spec.start_unit, what).value),
        start_from,
        _whichever(spec.start_whichever, what),
    )


def _type_starts(type_starts: Mapping[str, int]) -> dict[str, int]:
    if not isinstance(type_starts, Mapping):
        raise InvalidInput(_("Start steps must map a grievance type to a step number."))
    result: dict[str, int] = {}
    for key, ordinal in type_starts.items():
        try:
            kind = GrievanceType(key)
        except ValueError:
            names = ", ".join(t.value for t in GrievanceType)
            raise InvalidInput(_("Unknown grievance type for a start step; use "
                                 "{names}.").format(names=names)) from None
        if isinstance(ordinal, bool) or not isinstance(ordinal, int):
            raise InvalidInput(
                _("The start step of '{value}' grievances must be a step "
                  "number.").format(value=kind.value)
            )
        result[kind.value] = ordinal
    return result


def _holidays(holidays: Sequence[tuple[date, str]]) -> list[tuple[date, str]]:
    result: list[tuple[date, str]] = []
    seen: set[date] = set()
    for item in holidays:
        try:
            day, name = item
        except (TypeError, ValueError):
            raise InvalidInput(_("Each holiday must be a (date, name) pair.")) from None
        if not isinstance(day, date) or isinstance(day, datetime):
            raise InvalidInput(_("Each holiday must be a calendar date (without a time)."))
        if not isinstance(name, str) or len(name) > 120:
            raise InvalidInput(_("A holiday's name must be text of 120 characters or less."))
        if day in seen:
            raise InvalidInput(_("The holiday on {value} is listed "
                                 "twice.").format(value=day.isoformat()))
        seen.add(day)
        result.append((day, name.strip()))
    return result


def _build_rules(
    steps: Sequence[StepSpec],
    holidays: Sequence[tuple[date, str]],
    type_starts: Mapping[str, int],
    weekend_days: str,
    roll_forward: bool,
) -> tuple[dl.ContractRules, list[tuple[date, str]], dict[str, int]]:
    rules_steps = tuple(_step_rule(spec) for spec in steps)
    checked_holidays = _holidays(holidays)
    starts = _type_starts(type_starts)
    rules = dl.ContractRules(
        steps=rules_steps,
        holidays=frozenset(day for day, _ in checked_holidays),
        weekend=_weekend(weekend_days),
        start_step_by_type=starts,
        roll_forward=bool(roll_forward),
    )
    dl.validate_rules(rules)
    return rules, checked_holidays, starts


def rules_from_rows(
    steps: Sequence[sa.Row | ContractStep],
    holidays: Sequence[date],
    type_starts: Mapping[str, int],
    *,
    weekend_days: str,
    roll_forward: bool,
) -> dl.ContractRules:
    """Engine rules from stored step rows (ORM objects or Core rows with the same columns,
    the start-limit ones included)."""
    rules_steps = []
    for row in steps:
        answer_limit = None
        if row.answer_days is not None:
            answer_limit = dl.TimeLimit(
                row.answer_days, dl.Unit(row.answer_unit or LimitUnit.WORKING), (dl.Trigger.FILED,)
            )
        start_limit = None
        if row.start_days is not None:
            start_limit = dl.TimeLimit(
                row.start_days,
                dl.Unit(row.start_unit or LimitUnit.WORKING),
                _triggers(row.start_from or "", f"start filing limit of step {row.ordinal}"),
                dl.Whichever(row.start_whichever or dl.Whichever.LAST),
            )
        rules_steps.append(
            dl.StepRule(
                row.ordinal,
                row.name,
                row.answered_by,
                dl.TimeLimit(
                    row.file_days,
                    dl.Unit(row.file_unit),
                    _triggers(row.file_from, f"filing limit of step {row.ordinal}"),
                    dl.Whichever(row.file_whichever),
                ),
                answer_limit,
                start_limit,
            )
        )
    return dl.ContractRules(
        steps=tuple(rules_steps),
        holidays=frozenset(holidays),
        weekend=_weekend(weekend_days),
        start_step_by_type=dict(type_starts),
        roll_forward=bool(roll_forward),
    )


def rules_for(session: Session, contract_id: int) -> dl.ContractRules:
    """The deadline engine's rules for one stored contract (Core reads, no ORM loading)."""
    contract = session.execute(
        sa.select(Contract.weekend_days, Contract.roll_forward).where(Contract.id == contract_id)
    ).one_or_none()
    if contract is None:
        raise NotFound(_("That contract does not exist."))
    steps = session.execute(
        sa.select(
            ContractStep.ordinal,
            ContractStep.name,
            ContractStep.answered_by,
            ContractStep.file_days,
            ContractStep.file_unit,
            ContractStep.file_from,
            ContractStep.file_whichever,
            ContractStep.answer_days,
            ContractStep.answer_unit,
            ContractStep.start_days,
            ContractStep.start_unit,
            ContractStep.start_from,
            ContractStep.start_whichever,
        )
        .where(ContractStep.contract_id == contract_id)
        .order_by(ContractStep.ordinal)
    ).all()
    holidays = (
        session.execute(
            sa.select(ContractHoliday.day).where(ContractHoliday.contract_id == contract_id)
        )
        .scalars()
        .all()
    )
    starts = session.execute(
        sa.select(ContractTypeStart.grievance_type, ContractTypeStart.start_ordinal).where(
            ContractTypeStart.contract_id == contract_id
        )
    ).all()
    return rules_from_rows(
        steps,
        holidays,
        {GrievanceType(kind).value: ordinal for kind, ordinal in starts},
        weekend_days=contract.weekend_days,
        roll_forward=contract.roll_forward,
    )


def _spec_of(row: sa.Row | ContractStep) -> StepSpec:
    def split(text: str | None) -> tuple[str, ...]:
        return tuple(t for t in (text or "").split(",") if t)

    return StepSpec(
        ordinal=row.ordinal,
        name=row.name,
        file_days=row.file_days,
        file_unit=LimitUnit(row.file_unit).value,
        file_from=split(row.file_from),
        file_whichever=row.file_whichever,
        answered_by=row.answered_by,
        answer_days=row.answer_days,
        answer_unit=LimitUnit(row.answer_unit or LimitUnit.WORKING).value,
        start_days=row.start_days,
        start_unit=LimitUnit(row.start_unit or LimitUnit.WORKING).value,
        start_from=split(row.start_from),
        start_whichever=row.start_whichever or dl.Whichever.LAST.value,
    )


def step_specs_for(session: Session, contract_id: int) -> list[StepSpec]:
    """A stored contract's steps as the user entered them (for editing), in step order."""
    if session.get(Contract, contract_id) is None:
        raise NotFound(_("That contract does not exist."))
    rows = session.execute(
        sa.select(ContractStep.__table__)
        .where(ContractStep.contract_id == contract_id)
        .order_by(ContractStep.ordinal)
    )
    return [_spec_of(row) for row in rows]


# --------------------------------------------------------------------------------------------------
# Writing contracts


def _name(session: Session, name: object, *, exclude_id: int | None = None) -> str:
    if not isinstance(name, str) or not name.strip():
        raise InvalidInput(_("The contract needs a name."))
    name = name.strip()
    if len(name) > 200:
        raise InvalidInput(_("The contract's name is longer than 200 characters."))
    query = sa.select(Contract.id).where(Contract.name == name)
    if exclude_id is not None:
        query = query.where(Contract.id != exclude_id)
    if session.execute(query).first() is not None:
        raise Conflict(_("Another contract already has that name; choose a different one."))
    return name


def _workplace(session: Session, workplace_id: int | None) -> int | None:
    if workplace_id is not None and session.get(Workplace, workplace_id) is None:
        raise NotFound(_("That workplace does not exist."))
    return workplace_id


def _step_row(spec: StepSpec) -> ContractStep:
    # Called only after _build_rules accepted the same specs, so the conversions cannot fail.
    has_start = spec.start_days is not None
    return ContractStep(
        ordinal=spec.ordinal,
        name=spec.name.strip(),
        answered_by=spec.answered_by.strip(),
        file_days=spec.file_days,
        file_unit=LimitUnit(spec.file_unit),
        file_from=",".join(t.value for t in _triggers(spec.file_from, "filing limit")),
        file_whichever=dl.Whichever(spec.file_whichever).value,
        answer_days=spec.answer_days,
        answer_unit=LimitUnit(spec.answer_unit) if spec.answer_days is not None else None,
        start_days=spec.start_days,
        start_unit=LimitUnit(spec.start_unit) if has_start else None,
        start_from=(
            ",".join(t.value for t in _triggers(spec.start_from, "start filing limit"))
            if has_start
            else None
        ),
        start_whichever=dl.Whichever(spec.start_whichever).value
        if has_start
        else dl.Whichever.LAST.value,
    )


def _fill(
    contract: Contract,
    steps: Sequence[StepSpec],
    holidays: list[tuple[date, str]],
    starts: dict[str, int],
) -> None:
    contract.steps.extend(_step_row(spec) for spec in steps)
    contract.holidays.extend(ContractHoliday(day=day, name=name) for day, name in holidays)
    contract.type_starts.extend(
        ContractTypeStart(grievance_type=GrievanceType(kind), start_ordinal=ordinal)
        for kind, ordinal in starts.items()
    )


def create_contract(
    session: Session,
    *,
    name: str,
    workplace_id: int | None = None,
    steps: Sequence[StepSpec],
    holidays: Sequence[tuple[date, str]] = (),
    type_starts: Mapping[str, int] | None = None,
    weekend_days: str = "56",
    roll_forward: bool = True,
) -> Contract:
    """Store a contract whose procedure the deadline engine accepts."""
    checked_name = _name(session, name)
    _workplace(session, workplace_id)
    _rules, checked_holidays, starts = _build_rules(
        steps, holidays, type_starts or {}, weekend_days, roll_forward
    )
    contract = Contract(
        name=checked_name,
        workplace_id=workplace_id,
        weekend_days="".join(sorted(weekend_days)),
        roll_forward=bool(roll_forward),
    )
    _fill(contract, steps, checked_holidays, starts)
    session.add(contract)
    session.flush()
    return contract


def _check_open_cases(session: Session, contract_id: int, rules: dl.ContractRules) -> None:
    """Refuse a procedure under which an open grievance's history no longer makes sense."""
    rows = session.execute(
        sa.select(
            Grievance.id,
            Grievance.number,
            Grievance.grievance_type,
            Grievance.incident_on,
            Grievance.knew_on,
            Grievance.current_step,
        ).where(Grievance.contract_id == contract_id, Grievance.status == GrievanceStatus.OPEN)
    ).all()
    if not rows:
        return
    open_ids = [row.id for row in rows]
    events: dict[int, list[dl.StepEvent]] = {gid: [] for gid in open_ids}
    for gid, step, kind, on in session.execute(
        sa.select(
            GrievanceEvent.grievance_id, GrievanceEvent.step, GrievanceEvent.kind, GrievanceEvent.on
        )
        .where(GrievanceEvent.grievance_id.in_(open_ids))
        .order_by(GrievanceEvent.on, GrievanceEvent.id)
    ):
        events[gid].append(dl.StepEvent(step, dl.EventKind(kind), on))
    extensions: dict[int, list[dl.Extension]] = {gid: [] for gid in open_ids}
    for x in session.execute(
        sa.select(GrievanceExtension)
        .where(GrievanceExtension.grievance_id.in_(open_ids))
        .order_by(GrievanceExtension.agreed_on, GrievanceExtension.id)
    ).scalars():
        extensions[x.grievance_id].append(
            dl.Extension(x.step, dl.DeadlineKind(x.kind), x.new_date, x.agreed_on, x.agreed_with)
        )
    ordinals = {step.ordinal for step in rules.steps}
    for row in rows:
        reason = None
        if row.current_step not in ordinals:
            reason = f"it stands at step {row.current_step}, which the new procedure drops"
        else:
            facts = dl.GrievanceFacts(
                GrievanceType(row.grievance_type).value,
                row.incident_on,
                row.knew_on,
                tuple(events[row.id]),
                tuple(extensions[row.id]),
            )
            try:
                dl.pending_deadlines(rules, facts)
            except InvalidInput as error:
                reason = error.message
        if reason is not None:
            # The case number is not personal data; it tells the user which case to look at.
            raise Conflict(
                _("Open grievance {number} would no longer fit the new procedure ({reason}). "
                "Keep the steps it uses, or close it first.").format(
                        number=row.number, reason=reason)
            )


def update_contract(
    session: Session,
    *,
    contract_id: int,
    name: str | _Keep = KEEP,
    workplace_id: int | None | _Keep = KEEP,
    steps: Sequence[StepSpec] | _Keep = KEEP,
    holidays: Sequence[tuple[date, str]] | _Keep = KEEP,
    type_starts: Mapping[str, int] | _Keep = KEEP,
    weekend_days: str | _Keep = KEEP,
    roll_forward: bool | _Keep = KEEP,
) -> Contract:
    """Change a contract; any of steps, holidays and start steps given replaces the old set.

    Refused (Conflict) when an open grievance's history would no longer fit the new procedure
    (a step it used is dropped, its type now starts later, ...): its deadlines could no longer
    be computed.
    """
    contract = session.get(Contract, contract_id)
    if contract is None:
        raise NotFound(_("That contract does not exist."))
    new_name = (
        contract.name if isinstance(name, _Keep) else _name(session, name, exclude_id=contract.id)
    )
    new_workplace = (
        contract.workplace_id
        if isinstance(workplace_id, _Keep)
        else _workplace(session, workplace_id)
    )
    new_steps = [_spec_of(s) for s in contract.steps] if isinstance(steps, _Keep) else list(steps)
    new_holidays = (
        [(h.day, h.name) for h in contract.holidays] if isinstance(holidays, _Keep) else holidays
    )
    new_starts = (
        {t.grievance_type.value: t.start_ordinal for t in contract.type_starts}
        if isinstance(type_starts, _Keep)
        else type_starts
    )
    new_weekend = contract.weekend_days if isinstance(weekend_days, _Keep) else weekend_days
    new_roll = contract.roll_forward if isinstance(roll_forward, _Keep) else roll_forward
    rules, checked_holidays, starts = _build_rules(
        new_steps, new_holidays, new_starts, new_weekend, new_roll
    )
    _check_open_cases(session, contract.id, rules)
    contract.name = new_name
    contract.workplace_id = new_workplace
    contract.weekend_days = "".join(sorted(new_weekend))
    contract.roll_forward = bool(new_roll)
    # Old child rows go first: the new ones reuse their unique (contract, ordinal/day) keys.
    contract.steps.clear()
    contract.holidays.clear()
    contract.type_starts.clear()
    session.flush()
    _fill(contract, new_steps, checked_holidays, starts)
    session.flush()
    return contract
