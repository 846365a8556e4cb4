"""Letters and fact sheets from a case: templates per contract, filled letters, sent letters.

This module owns reading a contract's letter templates (its own where it has one, else the
default of ``forum_kit.letters``), filling a letter from a case (``letter_draft``: the case's
fields, and the deadline engine's dates through ``case_deadlines.plan_letter``: the deadline the
letter meets, the one it starts, what recording it would change), the letters recorded on a case,
and ``fact_sheet_data`` (the five Ws, the timeline of steps, extensions and letters, the evidence
list, and the deadlines met and missed). A letter names the grievants as the case does and
prints nothing else from the vault: only the case's own fields, its contract and its workplace.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit import case_deadlines as cd
from forum_kit import deadlines as dl
from forum_kit.errors import InvalidInput, NotFound
from forum_kit.i18n import _, pgettext
from forum_kit.letters import (
    DEFAULT_TEMPLATES,
    LetterKind,
    Template,
    kind_label,
    letter_date_text,
    letter_kind,
    render,
)
from forum_kit.models.grievance import ContractStep, Grievance
from forum_kit.models.letter import GrievanceLetter, LetterTemplate
from forum_kit.models.workplace import Workplace
from forum_kit.queries.grievance_figures import area_paths
from forum_kit.queries.grievances import GrievanceDetail, grievance_detail
from forum_kit.reports.grievance_data import (
    NO_AREA,
    NO_STEWARD,
    DeadlineEntry,
    EvidenceEntry,
    FactSheetData,
    LetterDocument,
    TimelineEntry,
    outcome_words,
    type_words,
)
from forum_kit.services.contracts import rules_for
from forum_kit.services.grievances import facts_from

__all__ = [
    "LetterDraft",
    "SentLetter",
    "TemplateInfo",
    "fact_sheet_data",
    "find_case",
    "letter_document",
    "letter_draft",
    "letter_template",
    "letter_templates",
    "sent_letter",
    "sent_letters",
]


@dataclass(frozen=True)
class TemplateInfo:
    kind: str
    label: str
    subject: str
    body: str
    # True when the contract has no template of its own for this kind
    is_default: bool


def letter_templates(session: Session, contract_id: int) -> list[TemplateInfo]:
    """The contract's template of every kind, in the order of ``LetterKind``."""
    own = {
        LetterKind(r.kind): r
        for r in session.execute(
            sa.select(LetterTemplate.kind, LetterTemplate.subject, LetterTemplate.body).where(
                LetterTemplate.contract_id == contract_id
            )
        )
    }
    out = []
    for kind in LetterKind:
        row = own.get(kind)
        template = DEFAULT_TEMPLATES[kind] if row is None else Template(row.subject, row.body)
        out.append(
            TemplateInfo(kind.value, kind_label(kind), template.subject, template.body, row is None)
        )
    return out


def letter_template(session: Session, contract_id: int, kind: LetterKind | str) -> TemplateInfo:
    """The contract's template of one kind (its own, else the default)."""
    wanted = letter_kind(kind).value
    return next(t for t in letter_templates(session, contract_id) if t.kind == wanted)


@dataclass(frozen=True)
class LetterDraft:
    """A letter filled from a case, as it would go out on ``letter_date``."""

    grievance_id: int
    number: str
    kind: str
    label: str
    letter_date: date
    step: int
    step_name: str
    subject: str
    body: str
    # fields the case has no value for (printed as "[missing: ...]")
    missing: tuple[str, ...]
    # what recording the letter would also record on the case ("" when nothing)
    effect: str
    # why recording changes nothing on the case ("" when it does, or says nothing)
    no_effect: str
    deadline_answered: date | None
    deadline_started: date | None
    values: dict[str, str | None]
    # what the steward should know before sending (a letter dated after its time limit)
    warnings: tuple[str, ...] = ()


def _date_text(value: date | None) -> str | None:
    return None if value is None else letter_date_text(value)


def _people(names: list[str]) -> str | None:
    if not names:
        return None
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _facts(detail: GrievanceDetail) -> dl.GrievanceFacts:
    return facts_from(
        grievance_type=detail.grievance_type,
        incident_on=detail.incident_on,
        knew_on=detail.knew_on,
        closed=detail.status == "closed",
        events=[(e.step, e.kind, e.on) for e in detail.events],
        extensions=[
            (x.step, x.kind, x.new_date, x.agreed_on, x.agreed_with) for x in detail.extensions
        ],
    )


def _what(deadline: dl.Deadline | None) -> str | None:
    return None if deadline is None else deadline.what


def letter_draft(
    session: Session,
    *,
    grievance_id: int,
    kind: LetterKind | str,
    letter_date: date,
    today: date,
    inputs: cd.LetterInputs = cd.NO_INPUTS,
    template: Template | None = None,
) -> LetterDraft:
    """The letter of ``kind`` filled from the case (with ``template`` instead of the contract's
    when given: the template editor's preview). Dates of deadlines are the engine's."""
    letter = letter_kind(kind)
    detail = grievance_detail(session, grievance_id, today=today)
    rules = rules_for(session, detail.contract_id)
    plan = cd.plan_letter(
        letter,
        rules=rules,
        facts=_facts(detail),
        current_step=detail.current_step,
        is_open=detail.status == "open",
        letter_date=letter_date,
        inputs=inputs,
    )
    workplace = session.execute(
        sa.select(Workplace.name, Workplace.employer).where(Workplace.id == detail.workplace_id)
    ).one()
    area = area_paths(session, [detail.area_id]).get(detail.area_id) if detail.area_id else None
    if plan.previous_answered is not None:
        previous_answer = f"given on {letter_date_text(plan.previous_answered)}"
    elif plan.previous_answer_due is not None:
        previous_answer = (
            f"none received; it was due on {letter_date_text(plan.previous_answer_due)}"
        )
    else:
        previous_answer = "none received"
    values: dict[str, str | None] = {
        "number": detail.number,
        "title": detail.title,
        "grievance_type": type_words(detail.grievance_type).lower(),
        "grievants": _people([g.name for g in detail.grievants]),
        "steward": detail.steward_name,
        "area": area,
        "workplace": workplace.name,
        "employer": workplace.employer or None,
        "contract": detail.contract_name,
        "article": detail.contract_article or None,
        "who": detail.who or None,
        "what": detail.what or None,
        "where": detail.where or None,
        "why": detail.why or None,
        "remedy": detail.remedy or None,
        "incident_date": letter_date_text(detail.incident_on),
        "knew_date": letter_date_text(detail.knew_on or detail.incident_on),
        "step": plan.step_name,
        "addressee": plan.answered_by,
        "letter_date": letter_date_text(letter_date),
        "next_deadline": _date_text(plan.next_deadline.on if plan.next_deadline else None),
        "next_deadline_what": _what(plan.next_deadline),
        "deadline_answered": _date_text(plan.answered.on if plan.answered else None),
        "deadline_answered_what": _what(plan.answered),
        "deadline_started": _date_text(plan.started.on if plan.started else None),
        "deadline_started_what": _what(plan.started),
        "previous_step": plan.previous_step_name,
        "previous_filed_date": _date_text(plan.previous_filed),
        "previous_answer": previous_answer if plan.previous_step_name else None,
        "information_requested": inputs.information_requested.strip() or None,
        "reply_by": _date_text(inputs.reply_by),
        "extended_deadline": _date_text(plan.extended.on if plan.extended else None),
        "extended_deadline_what": _what(plan.extended),
        "extension_date": _date_text(inputs.extension_date),
        "agreed_with": inputs.agreed_with.strip() or None,
        "agreed_date": _date_text(inputs.agreed_on),
        "settlement_terms": inputs.settlement_terms.strip() or None,
    }
    if template is None:
        info = letter_template(session, detail.contract_id, letter)
        template = Template(info.subject, info.body)
    subject, body, missing = render(letter, template, values)
    warnings = []
    # a filing recorded already is a reprint: its own date, not this one, met the limit
    if (
        plan.answered is not None
        and letter_date > plan.answered.on
        and (letter is not LetterKind.FILING or plan.effect is not None)
    ):
        what = plan.answered.what
        warnings.append(
            _(
                "This letter is dated after its time limit: {what} on {day}. Check for a written "
                "extension before sending it, or ask for one."
            ).format(what=f"{what[:1].lower()}{what[1:]}", day=letter_date_text(plan.answered.on))
        )
    return LetterDraft(
        grievance_id=grievance_id,
        number=detail.number,
        kind=letter.value,
        label=kind_label(letter),
        letter_date=letter_date,
        step=plan.step,
        step_name=plan.step_name,
        subject=subject,
        body=body,
        missing=missing,
        effect=plan.effect.description if plan.effect else "",
        no_effect=plan.no_effect,
        deadline_answered=plan.answered.on if plan.answered else None,
        deadline_started=plan.started.on if plan.started else None,
        values=values,
        warnings=tuple(warnings),
    )


def letter_document(
    subject: str, body: str, *, letter_date: date, number: str, paper: str = "A4"
) -> LetterDocument:
    """A letter ready to print (a draft as edited, or a recorded letter again)."""
    return LetterDocument(
        subject=subject, body=body, letter_date=letter_date, reference=number, paper=paper
    )


# --------------------------------------------------------------------------------------------------
# Sent letters


@dataclass(frozen=True)
class SentLetter:
    id: int
    grievance_id: int
    kind: str
    label: str
    step: int
    sent_on: date
    subject: str
    body: str
    effect: str
    step_name: str = ""


def _sent(row: sa.Row) -> SentLetter:
    kind = LetterKind(row.kind)
    return SentLetter(
        row.id,
        row.grievance_id,
        kind.value,
        kind_label(kind),
        row.step,
        row.sent_on,
        row.subject,
        row.body,
        row.effect,
        row.step_name or _("Step {n}").format(n=row.step),
    )


_STEP_NAME = (
    sa.select(ContractStep.name)
    .join(Grievance, Grievance.contract_id == ContractStep.contract_id)
    .where(
        Grievance.id == GrievanceLetter.grievance_id, ContractStep.ordinal == GrievanceLetter.step
    )
    .scalar_subquery()
    .label("step_name")
)
_SENT_COLUMNS = (
    GrievanceLetter.id,
    GrievanceLetter.grievance_id,
    GrievanceLetter.kind,
    GrievanceLetter.step,
    GrievanceLetter.sent_on,
    GrievanceLetter.subject,
    GrievanceLetter.body,
    GrievanceLetter.effect,
    _STEP_NAME,
)


def sent_letters(session: Session, grievance_id: int) -> list[SentLetter]:
    """The letters recorded on a case, in the order they were sent."""
    rows = session.execute(
        sa.select(*_SENT_COLUMNS)
        .where(GrievanceLetter.grievance_id == grievance_id)
        .order_by(GrievanceLetter.sent_on, GrievanceLetter.id)
    )
    return [_sent(r) for r in rows]


def sent_letter(session: Session, letter_id: int) -> SentLetter:
    row = session.execute(
        sa.select(*_SENT_COLUMNS).where(GrievanceLetter.id == letter_id)
    ).one_or_none()
    if row is None:
        raise NotFound(_("That letter is not recorded on any case."))
    return _sent(row)


def find_case(session: Session, text: str) -> int:
    """The id of the grievance numbered ``text`` (case and spaces ignored), or with that id."""
    key = "".join(str(text).split()).casefold()
    rows = session.execute(sa.select(Grievance.id, Grievance.number)).all()
    found = [r.id for r in rows if "".join(r.number.split()).casefold() == key]
    if not found and key.isdigit():
        found = [r.id for r in rows if r.id == int(key)]
    if len(found) != 1:
        raise NotFound(
            _("No grievance has that number; 'forum-kit deadlines' lists the open ones.")
        )
    return found[0]


# --------------------------------------------------------------------------------------------------
# The fact sheet


def _timeline(
    detail: GrievanceDetail, letters: list[SentLetter], step_names: dict[int, str]
) -> tuple[TimelineEntry, ...]:
    entries: list[tuple[date, int, TimelineEntry]] = [
        (detail.incident_on, 0, TimelineEntry(detail.incident_on, "", _("Incident"))),
    ]
    if detail.knew_on is not None and detail.knew_on != detail.incident_on:
        entries.append(
            (detail.knew_on, 1, TimelineEntry(detail.knew_on, "", _("The grievant knew of it")))
        )
    for e in detail.events:
        what = _("Filed") if e.kind == "filed" else _("Employer's answer received")
        entries.append((e.on, 2, TimelineEntry(e.on, e.step_name, what)))
    for x in detail.extensions:
        entries.append(
            (
                x.agreed_on,
                3,
                TimelineEntry(
                    x.agreed_on,
                    step_names.get(x.step, _("Step {n}").format(n=x.step)),
                    (
                        _("Extension of the filing/appeal deadline agreed with {who}, to {day}")
                        if x.kind == "file"
                        else _("Extension of the answer deadline agreed with {who}, to {day}")
                    ).format(who=x.agreed_with, day=letter_date_text(x.new_date)),
                ),
            )
        )
    for letter in letters:
        entries.append(
            (
                letter.sent_on,
                4,
                TimelineEntry(
                    letter.sent_on,
                    step_names.get(letter.step, _("Step {n}").format(n=letter.step)),
                    _("Letter sent: {letter}").format(letter=letter.label.lower()),
                ),
            )
        )
    if detail.status == "closed" and detail.outcome_on is not None:
        words = outcome_words(detail.outcome) if detail.outcome else _("closed")
        entries.append(
            (
                detail.outcome_on,
                5,
                TimelineEntry(
                    detail.outcome_on, "", _("Closed: {outcome}").format(outcome=words.lower())
                ),
            )
        )
    entries.sort(key=lambda t: (t[0], t[1]))
    return tuple(t[2] for t in entries)


def fact_sheet_data(
    session: Session, grievance_id: int, *, today: date, paper: str = "A4"
) -> FactSheetData:
    """One case for the steward's meeting with management, its deadlines from the engine."""
    detail = grievance_detail(session, grievance_id, today=today)
    rules = rules_for(session, detail.contract_id)
    step_names = {s.ordinal: s.name for s in rules.steps}
    letters = sent_letters(session, grievance_id)
    problem = detail.deadline_problem
    record: list[cd.DeadlineOutcome] = []
    if problem is None:
        try:
            record = cd.deadline_record(
                rules,
                _facts(detail),
                today=today,
                closed_on=detail.outcome_on if detail.status == "closed" else None,
            )
        except InvalidInput as error:
            problem = _("Deadline cannot be computed: {problem}").format(problem=error.message)
    area = area_paths(session, [detail.area_id]).get(detail.area_id) if detail.area_id else None
    return FactSheetData(
        number=detail.number,
        title=detail.title,
        grievance_type=type_words(detail.grievance_type),
        status=(
            pgettext("one case's status", "Open")
            if detail.status == "open"
            else pgettext("one case's status", "Closed")
        ),
        step_name=detail.step_name,
        contract=detail.contract_name,
        area=area or _(NO_AREA),
        steward=detail.steward_name or _(NO_STEWARD),
        grievants=tuple(g.name for g in detail.grievants),
        who=detail.who,
        what=detail.what,
        where=detail.where,
        why=detail.why,
        article=detail.contract_article,
        remedy=detail.remedy,
        incident_on=detail.incident_on,
        knew_on=detail.knew_on,
        opened_on=detail.opened_on,
        outcome=detail.outcome,
        outcome_on=detail.outcome_on,
        outcome_notes=detail.outcome_notes,
        timeline=_timeline(detail, letters, step_names),
        evidence=tuple(
            EvidenceEntry(a.filename, a.media_type, a.size, a.added_on, a.sha256)
            for a in detail.attachments
        ),
        deadlines=tuple(
            DeadlineEntry(o.step_name, o.what, o.who, o.due, o.done_on, o.result, o.extended)
            for o in record
        ),
        deadline_problem=problem,
        as_of=today,
        paper=paper,
    )
