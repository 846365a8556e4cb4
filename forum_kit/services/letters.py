"""Letter templates per contract, and letters recorded on a case.

This module owns every write to ``letter_templates`` and ``grievance_letters``. A template is
checked by ``forum_kit.letters.check_template`` before it is stored (an unknown field is refused
with its name and line). Recording a sent letter stores its subject and text as sent and, unless
told not to, also records what the letter does under the contract, through the grievance
services that check the whole case against the deadline engine: a filing letter files at the
current step, an appeal letter appeals to the next, an extension confirmation records the agreed
extension, a withdrawal or settlement letter closes the case. Functions take the session first,
validate, flush and never commit; messages name the field and never carry the letter's text.
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit import case_deadlines as cd
from forum_kit.errors import InvalidInput, NotFound
from forum_kit.i18n import _
from forum_kit.letters import MAX_BODY, MAX_SUBJECT, LetterKind, check_template, letter_kind
from forum_kit.models.enums import GrievanceStatus, StepEventKind
from forum_kit.models.grievance import Contract, Grievance
from forum_kit.models.letter import GrievanceLetter, LetterTemplate
from forum_kit.services import check_date, clean_text
from forum_kit.services import grievances as gs
from forum_kit.services.contracts import rules_for

__all__ = ["record_letter", "remove_letter", "reset_template", "save_template"]


def _contract(session: Session, contract_id: int) -> Contract:
    contract = session.get(Contract, contract_id)
    if contract is None:
        raise NotFound(_("That contract does not exist."))
    return contract


def _template_row(session: Session, contract_id: int, kind: LetterKind) -> LetterTemplate | None:
    return session.execute(
        sa.select(LetterTemplate).where(
            LetterTemplate.contract_id == contract_id, LetterTemplate.kind == kind
        )
    ).scalar_one_or_none()


def save_template(
    session: Session,
    *,
    contract_id: int,
    kind: LetterKind | str,
    subject: str,
    body: str,
    today: date,
) -> LetterTemplate:
    """Store the contract's own template of ``kind`` (replacing its previous one)."""
    letter = letter_kind(kind)
    _contract(session, contract_id)
    today = check_date(today, _("Today's date"))
    subject = clean_text(subject, _("The subject"), max_len=MAX_SUBJECT, required=True)
    body = clean_text(body, _("The letter's text"), max_len=MAX_BODY, required=True, multiline=True)
    template = check_template(letter, subject, body)
    row = _template_row(session, contract_id, letter)
    if row is None:
        row = LetterTemplate(contract_id=contract_id, kind=letter)
        session.add(row)
    row.subject = template.subject
    row.body = template.body
    row.updated_on = today
    session.flush()
    return row


def reset_template(session: Session, *, contract_id: int, kind: LetterKind | str) -> bool:
    """Go back to the default template of ``kind`` for this contract; False if already there."""
    letter = letter_kind(kind)
    _contract(session, contract_id)
    row = _template_row(session, contract_id, letter)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def _apply(
    session: Session,
    grievance: Grievance,
    effect: cd.Effect,
    sent_on: date,
    inputs: cd.LetterInputs,
) -> None:
    if effect.action == "file":
        gs.record_step_event(
            session,
            grievance_id=grievance.id,
            kind=StepEventKind.FILED,
            on=sent_on,
            notes=_("Filed by letter."),
        )
    elif effect.action == "appeal":
        gs.advance_step(session, grievance_id=grievance.id, filed_on=sent_on)
    elif effect.action == "extend":
        assert effect.extension is not None
        gs.add_extension(
            session,
            grievance_id=grievance.id,
            kind=effect.extension.kind.value,
            new_date=effect.extension.new_date,
            agreed_on=effect.extension.agreed_on,
            agreed_with=effect.extension.agreed_with,
        )
    else:
        assert effect.outcome is not None
        gs.close_grievance(
            session,
            grievance_id=grievance.id,
            outcome=effect.outcome,
            outcome_on=sent_on,
            notes=inputs.settlement_terms.strip(),
        )


def record_letter(
    session: Session,
    *,
    grievance_id: int,
    kind: LetterKind | str,
    sent_on: date,
    subject: str,
    body: str,
    today: date,
    inputs: cd.LetterInputs = cd.NO_INPUTS,
    apply_effect: bool = True,
) -> GrievanceLetter:
    """Record that the letter was sent on ``sent_on`` and, with ``apply_effect``, what it does
    to the case (``case_deadlines.plan_letter`` says which). Nothing is kept if either fails."""
    letter = letter_kind(kind)
    grievance = session.get(Grievance, grievance_id)
    if grievance is None:
        raise NotFound(_("That grievance does not exist."))
    sent_on = check_date(sent_on, _("The date the letter was sent"))
    today = check_date(today, _("Today's date"))
    if sent_on > today:
        raise InvalidInput(_("The letter's date is in the future; record it when it is sent."))
    if sent_on < grievance.incident_on:
        raise InvalidInput(_("The letter's date is before the incident; check it."))
    subject = clean_text(subject, _("The subject"), max_len=MAX_SUBJECT, required=True)
    body = clean_text(body, _("The letter's text"), max_len=MAX_BODY, required=True, multiline=True)
    if "\n" in subject:
        raise InvalidInput(_("The subject must be one line."))
    rules = rules_for(session, grievance.contract_id)
    facts = gs.facts_for(session, grievance)
    plan = cd.plan_letter(
        letter,
        rules=rules,
        facts=facts,
        current_step=grievance.current_step,
        is_open=grievance.status is GrievanceStatus.OPEN,
        letter_date=sent_on,
        inputs=inputs,
    )
    effect = plan.effect if apply_effect else None
    row = GrievanceLetter(
        grievance_id=grievance.id,
        kind=letter,
        step=plan.step,
        sent_on=sent_on,
        subject=subject,
        body=body,
        effect="" if effect is None else _done(effect.description),
    )
    # the case first: when the grievance services refuse the change, no letter is added
    if effect is not None:
        _apply(session, grievance, effect, sent_on, inputs)
    session.add(row)
    session.flush()
    return row


def _done(description: str) -> str:
    """ "Record the filing ..." as what was done: "Recorded the filing ..."."""
    for verb, past in (("Record ", "Recorded "), ("Close ", "Closed ")):
        if description.startswith(verb):
            return past + description[len(verb) :]
    return description


def remove_letter(session: Session, *, letter_id: int) -> None:
    """Remove a letter from the case's record; what recording it changed on the case stays (an
    appeal or a closing has its own undo in the case)."""
    row = session.get(GrievanceLetter, letter_id)
    if row is None:
        raise NotFound(_("That letter is not recorded on any case."))
    session.delete(row)
    session.flush()
