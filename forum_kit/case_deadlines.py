"""One case's deadlines through the deadline engine: what a letter would change, and the record
of deadlines met and missed.

This module owns two uses of ``forum_kit.deadlines`` on one case, and never counts a day itself:
``plan_letter`` says which deadline a letter meets, which one it starts (the engine run on the
case as it will stand once the letter is recorded: a filing, an appeal, an agreed extension) and
what recording it changes on the case; ``deadline_record`` replays the case's history event by
event through the engine and says, for every deadline the case has had, when it fell due, when
it was met, and whether it was met, missed, still open or overdue. Pure Python: no database.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Literal

from forum_kit import deadlines as dl
from forum_kit.errors import Conflict, InvalidInput
from forum_kit.i18n import _
from forum_kit.letters import LetterKind, letter_date_text, letter_kind

__all__ = [
    "DeadlineOutcome",
    "Effect",
    "NO_INPUTS",
    "LetterInputs",
    "LetterPlan",
    "deadline_record",
    "plan_letter",
]

EffectAction = Literal["file", "appeal", "extend", "close"]
Result = Literal["met", "late", "missed", "open", "overdue", "not reached"]


@dataclass(frozen=True)
class LetterInputs:
    """What a letter says that the case does not hold; each is used by one kind of letter.

    ``extend`` says which open deadline an extension letter is about, "file" (the union's filing
    or appeal) or "answer" (the employer's); None means the earliest open one.
    """

    information_requested: str = ""
    reply_by: date | None = None
    extend: str | None = None
    extension_date: date | None = None
    agreed_on: date | None = None
    agreed_with: str = ""
    settlement_terms: str = ""


NO_INPUTS = LetterInputs()


@dataclass(frozen=True)
class Effect:
    """What recording the letter also records on the case."""

    action: EffectAction
    step: int
    description: str
    outcome: str | None = None
    extension: dl.Extension | None = None


@dataclass(frozen=True)
class LetterPlan:
    kind: LetterKind
    # the step the letter concerns: filed at, or appealed to
    step: int
    step_name: str
    answered_by: str
    answered: dl.Deadline | None
    started: dl.Deadline | None
    extended: dl.Deadline | None
    # the case's earliest open deadline now
    next_deadline: dl.Deadline | None
    effect: Effect | None
    # why recording changes nothing on the case ("" when it does)
    no_effect: str
    previous_step_name: str | None = None
    previous_filed: date | None = None
    previous_answered: date | None = None
    previous_answer_due: date | None = None


def _steps(rules: dl.ContractRules) -> list[dl.StepRule]:
    return sorted(rules.steps, key=lambda s: s.ordinal)


def _find(pending: tuple[dl.Deadline, ...], step: int, kind: dl.DeadlineKind) -> dl.Deadline | None:
    return next((d for d in pending if d.step == step and d.kind == kind), None)


def _started(before: tuple[dl.Deadline, ...], after: tuple[dl.Deadline, ...]) -> dl.Deadline | None:
    """The earliest deadline open after a change that was not open (or fell elsewhere) before."""
    old = {(d.step, d.kind): d.on for d in before}
    fresh = [d for d in after if old.get((d.step, d.kind)) != d.on]
    return fresh[0] if fresh else None


def _with_event(facts: dl.GrievanceFacts, event: dl.StepEvent) -> dl.GrievanceFacts:
    return dataclasses.replace(facts, events=(*facts.events, event))


def _agreed_by(facts: dl.GrievanceFacts, day: date) -> tuple[dl.Extension, ...]:
    return tuple(x for x in facts.extensions if x.agreed_on <= day)


def _earlier(facts: dl.GrievanceFacts, index: int) -> dl.GrievanceFacts:
    """The case as it stood just before its ``index``-th event (extensions agreed by then)."""
    day = facts.events[index].on
    return dataclasses.replace(
        facts, events=facts.events[:index], extensions=_agreed_by(facts, day), closed=False
    )


def plan_letter(
    kind: LetterKind | str,
    *,
    rules: dl.ContractRules,
    facts: dl.GrievanceFacts,
    current_step: int,
    is_open: bool,
    letter_date: date,
    inputs: LetterInputs = NO_INPUTS,
) -> LetterPlan:
    """Which deadline the letter meets and starts, and what recording it would change.

    Raises Conflict when the letter cannot be written for the case as it stands (an appeal from
    the last step, or before the filing at this step) and InvalidInput when the case or the
    letter's dates do not fit the contract (the engine's own message).
    """
    letter = letter_kind(kind)
    live = dataclasses.replace(facts, closed=False)
    pending = dl.pending_deadlines(rules, live)
    steps = _steps(rules)
    by_ordinal = {s.ordinal: s for s in steps}
    if current_step not in by_ordinal:
        raise InvalidInput(
            _(
                "The case stands at step {step}, which its contract does not have; check the "
                "contract."
            ).format(step=current_step)
        )
    position = [s.ordinal for s in steps].index(current_step)
    following = steps[position + 1] if position + 1 < len(steps) else None
    filed = {e.step: e.on for e in facts.events if e.kind == dl.EventKind.FILED}
    answered_on = {e.step: e.on for e in facts.events if e.kind == dl.EventKind.ANSWERED}
    step = by_ordinal[current_step]
    closed_note = _("The case is closed: recording the letter changes nothing on it.")
    when = letter_date_text(letter_date)
    values: dict[str, object] = {
        "answered": None,
        "started": None,
        "extended": None,
        "effect": None,
        "no_effect": "" if is_open else closed_note,
    }

    if letter is LetterKind.FILING:
        if current_step not in filed:
            after = _with_event(live, dl.StepEvent(current_step, dl.EventKind.FILED, letter_date))
            values["answered"] = _find(pending, current_step, dl.DeadlineKind.FILE)
            values["started"] = _started(pending, dl.pending_deadlines(rules, after))
            if is_open:
                values["effect"] = Effect(
                    "file",
                    current_step,
                    _("Record the filing at {step} on {day}.").format(step=step.name, day=when),
                )
        else:
            # the filing was recorded already: the letter repeats it, with the dates of then
            index = next(
                i
                for i, e in enumerate(facts.events)
                if e.step == current_step and e.kind == dl.EventKind.FILED
            )
            before = _earlier(facts, index)
            then = dl.pending_deadlines(rules, before)
            values["answered"] = _find(then, current_step, dl.DeadlineKind.FILE)
            values["started"] = _started(
                then, dl.pending_deadlines(rules, _with_event(before, facts.events[index]))
            )
            if is_open:
                values["no_effect"] = _(
                    "The filing at {step} is recorded already (on {day}): recording the "
                    "letter changes no step."
                ).format(step=step.name, day=letter_date_text(filed[current_step]))
    elif letter is LetterKind.APPEAL:
        if following is None:
            raise Conflict(
                _(
                    "The case is at {step}, the contract's last step: there is no step to "
                    "appeal to."
                ).format(step=step.name)
            )
        if current_step not in filed:
            raise Conflict(
                _("The case is not filed at {step} yet: make the filing letter first.").format(
                    step=step.name
                )
            )
        after = _with_event(live, dl.StepEvent(following.ordinal, dl.EventKind.FILED, letter_date))
        values["answered"] = _find(pending, following.ordinal, dl.DeadlineKind.FILE)
        values["started"] = _started(pending, dl.pending_deadlines(rules, after))
        if is_open:
            values["effect"] = Effect(
                "appeal",
                following.ordinal,
                _("Record the appeal to {step} on {day}.").format(step=following.name, day=when),
            )
        # the date the answer appealed from was due (an answer given is taken away to see it)
        unanswered = dataclasses.replace(
            live,
            events=tuple(
                e
                for e in live.events
                if not (e.step == current_step and e.kind == dl.EventKind.ANSWERED)
            ),
        )
        due = _find(dl.pending_deadlines(rules, unanswered), current_step, dl.DeadlineKind.ANSWER)
        values.update(
            previous_step_name=step.name,
            previous_filed=filed[current_step],
            previous_answered=answered_on.get(current_step),
            previous_answer_due=due.on if due else None,
        )
        step = following
    elif letter in (LetterKind.EXTENSION_REQUEST, LetterKind.EXTENSION_CONFIRMATION):
        wanted = None if inputs.extend is None else dl.DeadlineKind(inputs.extend)
        extended = next((d for d in pending if wanted is None or d.kind == wanted), None)
        values["extended"] = extended
        if letter is LetterKind.EXTENSION_REQUEST:
            values["answered"] = extended
        elif extended is None:
            values["no_effect"] = _("The case has no open deadline of that kind to extend.")
        elif inputs.extension_date and inputs.agreed_on and inputs.agreed_with.strip():
            extension = dl.Extension(
                extended.step,
                extended.kind,
                inputs.extension_date,
                inputs.agreed_on,
                inputs.agreed_with.strip(),
            )
            moved = dataclasses.replace(live, extensions=(*live.extensions, extension))
            values["started"] = _find(
                dl.pending_deadlines(rules, moved), extended.step, extended.kind
            )
            if is_open:
                values["effect"] = Effect(
                    "extend",
                    extended.step,
                    _("Record the extension: {what} moves from {before} to {after}.").format(
                        what=f"{extended.what[:1].lower()}{extended.what[1:]}",
                        before=letter_date_text(extended.on),
                        after=letter_date_text(inputs.extension_date),
                    ),
                    extension=extension,
                )
        elif is_open:
            values["no_effect"] = _(
                "Give the new date, the day it was agreed and who agreed it to record the "
                "extension on the case."
            )
    elif letter in (LetterKind.WITHDRAWAL, LetterKind.SETTLEMENT) and is_open:
        outcome = "withdrawn" if letter is LetterKind.WITHDRAWAL else "settled"
        values["effect"] = Effect(
            "close",
            current_step,
            (
                _("Close the case as withdrawn on {day}.")
                if outcome == "withdrawn"
                else _("Close the case as settled on {day}.")
            ).format(day=when),
            outcome=outcome,
        )
    elif letter is LetterKind.INFORMATION and is_open:
        values["no_effect"] = _("A request for information starts no contractual time limit.")
    return LetterPlan(
        kind=letter,
        step=step.ordinal,
        step_name=step.name,
        answered_by=step.answered_by or dl.DEFAULT_ANSWERER,
        next_deadline=pending[0] if pending else None,
        **values,  # type: ignore[arg-type]
    )


# --------------------------------------------------------------------------------------------------
# Deadlines met and missed


@dataclass(frozen=True)
class DeadlineOutcome:
    """One deadline the case has had. ``done_on`` is the filing or answer that met it (or came
    late); ``result`` is met, late, missed (passed with nothing done), open, overdue, or not
    reached (the case closed first)."""

    step: int
    step_name: str
    kind: str
    who: str
    what: str
    due: date
    done_on: date | None
    result: Result
    extended: bool


def deadline_record(
    rules: dl.ContractRules,
    facts: dl.GrievanceFacts,
    *,
    today: date,
    closed_on: date | None = None,
) -> list[DeadlineOutcome]:
    """Every deadline of the case in the procedure's order, replayed event by event.

    Before each filing or answer the engine gives the deadlines then open (with the extensions
    agreed by that day); the event meets its own deadline (met, or late after its date), and a
    deadline it makes unnecessary that had already passed is missed (an answer never given
    before the appeal). What stays open at the end is open or overdue on ``today``, or, for a
    case closed on ``closed_on``, missed if it passed before the case closed.
    """
    live = dataclasses.replace(facts, closed=False)
    dl.pending_deadlines(rules, live)  # the whole history must fit before any of it is shown
    out: list[DeadlineOutcome] = []

    def row(d: dl.Deadline, done: date | None, result: Result) -> DeadlineOutcome:
        return DeadlineOutcome(
            d.step,
            d.step_name,
            dl.DeadlineKind(d.kind).value,
            d.who,
            d.what,
            d.on,
            done,
            result,
            d.extended,
        )

    for index, event in enumerate(live.events):
        before = _earlier(live, index)
        then = dl.pending_deadlines(rules, before)
        after = {
            (d.step, d.kind)
            for d in dl.pending_deadlines(
                rules, dataclasses.replace(before, events=live.events[: index + 1])
            )
        }
        own = dl.DeadlineKind.FILE if event.kind == dl.EventKind.FILED else dl.DeadlineKind.ANSWER
        for deadline in then:
            if (deadline.step, deadline.kind) in after:
                continue
            if deadline.step == event.step and deadline.kind == own:
                out.append(row(deadline, event.on, "met" if event.on <= deadline.on else "late"))
            elif deadline.on < event.on:
                out.append(row(deadline, None, "missed"))
    for deadline in dl.pending_deadlines(rules, live):
        if closed_on is not None:
            out.append(row(deadline, None, "missed" if deadline.on < closed_on else "not reached"))
        else:
            out.append(row(deadline, None, "overdue" if deadline.on < today else "open"))
    # in the order the procedure meets them: by step, the filing or appeal before the answer
    position = {s.ordinal: i for i, s in enumerate(_steps(rules))}
    out.sort(key=lambda o: (position.get(o.step, o.step), o.kind != "file", o.due))
    return out
