"""Grievance letters: the template language, every default letter printed for cases at every
step under a working-day and a calendar-day contract (the dates read back from the PDF and
compared with the deadline engine's, computed here directly), recording a letter on the case,
templates per contract, and the fact sheet's deadlines met and missed."""

from __future__ import annotations

import calendar
import dataclasses
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy.orm import Session

from forum_kit import deadlines as dl
from forum_kit.case_deadlines import LetterInputs
from forum_kit.errors import Conflict, InvalidInput
from forum_kit.letters import (
    DEFAULT_TEMPLATES,
    FIELDS,
    LetterKind,
    Template,
    check_template,
    fields_for,
    render,
)
from forum_kit.models import Area, Contact, Grievance, GrievanceLetter, Workplace
from forum_kit.queries import letters as lq
from forum_kit.reports.letter import build_fact_sheet, build_letter
from forum_kit.services import contracts as cs
from forum_kit.services import grievances as gs
from forum_kit.services import letters as ls

D = date
INCIDENT = D(2026, 3, 26)  # a Thursday; Good Friday 3 April and Easter Monday 6 April follow
HOLIDAYS = [
    (D(2026, 4, 3), "Good Friday"),
    (D(2026, 4, 6), "Easter Monday"),
    (D(2026, 5, 1), "May Day"),
]
TODAY = D(2026, 5, 12)
LETTER_DAY = D(2026, 5, 11)
# (filed at the step, answered at the step) for steps 1-4
HISTORY = (
    (D(2026, 3, 30), D(2026, 4, 8)),
    (D(2026, 4, 10), D(2026, 4, 20)),
    (D(2026, 4, 22), D(2026, 5, 4)),
    (D(2026, 5, 6), None),
)

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def said(day: date) -> str:
    """A date as a letter prints it, written out here rather than with the code under test."""
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(out.split())


# ---------------------------------------------------------------------------------- language


def test_fields_are_filled_and_braces_escaped():
    template = Template("Re {number}", "Dear {addressee},\n{{not a field}} for {grievants}.")
    subject, body, missing = render(
        "withdrawal", template, {"number": "G-1", "addressee": "HR", "grievants": "Zoë {steward}"}
    )
    assert subject == "Re G-1"
    # a value is text: braces in it are printed, never read as a field
    assert body == "Dear HR,\n{not a field} for Zoë {steward}."
    assert missing == ()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{grievant}", "unknown field {grievant}. Did you mean {grievants}?"),
        ("ok\n{nonsense_field}", "line 2: unknown field {nonsense_field}"),
        ("{__class__}", "{__class__} is not a field"),
        ("{grievants.__class__}", "{grievants.__class__} is not a field"),
        ("{0}", "{0} is not a field"),
        ("{grievants!r}", "{grievants!r} is not a field"),
        ("{grievants:>30}", "is not a field"),
        ("{__import__('os').system('x')}", "is not a field"),
        ("a { b", "is not closed on its line"),
        ("a } b", "a '}' with no '{' before it"),
        ("{extension_date}", "has no value in a letter of this kind (withdrawal)"),
    ],
)
def test_anything_but_a_field_is_refused_with_its_name(text, words):
    with pytest.raises(InvalidInput) as raised:
        check_template("withdrawal", "Subject", text)
    assert words in raised.value.message
    assert raised.value.message.startswith("Letter text")


def test_subject_checks():
    with pytest.raises(InvalidInput, match="Subject, line 1: unknown field {titel}"):
        check_template("filing", "{titel}", "x")
    with pytest.raises(InvalidInput, match="subject line is empty"):
        check_template("filing", "  ", "x")
    with pytest.raises(InvalidInput, match="letter's text is empty"):
        check_template("filing", "S", "\n\n")
    with pytest.raises(InvalidInput, match="Unknown kind of letter"):
        check_template("love_letter", "S", "x")


def test_missing_values_are_marked_and_listed():
    _s, body, missing = render(
        "settlement",
        Template("S", "Terms: {settlement_terms}. {remedy}"),
        {"settlement_terms": " ", "remedy": None},
    )
    assert body == "Terms: [missing: the terms agreed]. [missing: the remedy sought]"
    assert missing == ("settlement_terms", "remedy")


def test_every_default_is_valid_and_uses_only_its_kinds_fields():
    for kind, template in DEFAULT_TEMPLATES.items():
        check_template(kind, template.subject, template.body)
        names = {f.name for f in fields_for(kind)}
        assert "grievants" in names and "letter_date" in names
    assert set(DEFAULT_TEMPLATES) == set(LetterKind)
    # the plain-language set names the deadlines the contract sets
    assert "{deadline_started}" in DEFAULT_TEMPLATES[LetterKind.FILING].body
    assert "{deadline_answered}" in DEFAULT_TEMPLATES[LetterKind.APPEAL].body
    assert all(f.help for f in FIELDS.values())


# ---------------------------------------------------------------------------------- the vault


@pytest.fixture(scope="module")
def shared_vault(tmp_path_factory):
    from forum_kit.vault import FAST_KDF, Vault

    vault = Vault.create(
        tmp_path_factory.mktemp("letters") / "l.forumkit", "pass phrase 1", kdf=FAST_KDF
    )
    yield vault
    vault.lock()


@pytest.fixture
def db(shared_vault):
    with Session(shared_vault.engine) as session:
        yield session
        session.rollback()


def _steps(unit: str) -> list[cs.StepSpec]:
    appeal = ("answer_received", "answer_due")
    days = {"working": (10, 5, 5, 10, 5, 10, 20), "calendar": (14, 7, 7, 14, 7, 14, 30)}[unit]
    return [
        cs.StepSpec(
            1,
            "Step 1",
            days[0],
            unit,
            ("incident", "knowledge"),
            "last",
            "supervisor",
            days[1],
            unit,
        ),
        cs.StepSpec(
            2, "Step 2", days[2], unit, appeal, "first", "department manager", days[3], unit
        ),
        cs.StepSpec(
            3, "Step 3", days[4], unit, appeal, "first", "human resources director", days[5], unit
        ),
        cs.StepSpec(4, "Arbitration", days[6], unit, appeal, "first", "arbitrator"),
    ]


@dataclasses.dataclass
class World:
    workplace: int
    contracts: dict[str, int]
    area: int
    zoe: int
    serko: int
    steward: int


@pytest.fixture
def world(db) -> World:
    workplace = Workplace(
        name="Depot", employer="Northwind Logistics Ltd", created_on=D(2026, 1, 1)
    )
    db.add(workplace)
    db.flush()
    warehouse = Area(workplace_id=workplace.id, name="Warehouse")
    db.add(warehouse)
    db.flush()
    night = Area(workplace_id=workplace.id, parent_id=warehouse.id, name="Night shift")
    db.add(night)
    db.flush()
    contracts = {
        unit: cs.create_contract(
            db,
            name=f"{unit.title()}-day agreement",
            workplace_id=workplace.id,
            steps=_steps(unit),
            holidays=HOLIDAYS,
        ).id
        for unit in ("working", "calendar")
    }

    def person(first: str, last: str) -> int:
        contact = Contact(
            workplace_id=workplace.id,
            area_id=night.id,
            first_name=first,
            last_name=last,
            added_on=D(2026, 1, 1),
        )
        db.add(contact)
        db.flush()
        return contact.id

    return World(
        workplace.id,
        contracts,
        night.id,
        person("Zoë", "Ångström"),
        person("Şêrko", "Berzincî"),
        person("Ada", "Steward"),
    )


def _case(db, world: World, unit: str, step: int | None, *, answered: bool = True) -> int:
    """A case filed up to ``step`` (answered there if ``answered`` and the step has an answer);
    None: recorded but not filed yet."""
    grievance = gs.file_grievance(
        db,
        workplace_id=world.workplace,
        contract_id=world.contracts[unit],
        grievance_type="individual",
        title="Unpaid overtime",
        incident_on=INCIDENT,
        area_id=world.area,
        where="Loading bay 3",
        who="Two pickers on the night shift",
        grievant_ids=[world.zoe, world.serko],
        steward_id=world.steward,
        what="Overtime on 26 March not paid",
        why="The overtime clause",
        contract_article="Article 12.3",
        remedy="Pay the hours owed",
        filed_on=None if step is None else HISTORY[0][0],
        today=TODAY,
    )
    for s in range(1, (step or 0) + 1):
        filed, answer = HISTORY[s - 1]
        if s > 1:
            gs.advance_step(db, grievance_id=grievance.id, filed_on=filed)
        if answer is not None and (s < step or answered):
            gs.record_step_event(db, grievance_id=grievance.id, kind="answered", on=answer)
    return grievance.id


def _engine(db, grievance_id: int) -> tuple[dl.ContractRules, dl.GrievanceFacts]:
    grievance = db.get(Grievance, grievance_id)
    return cs.rules_for(db, grievance.contract_id), gs.facts_for(db, grievance)


def _one(pending, step: int, kind: dl.DeadlineKind) -> dl.Deadline | None:
    found = [d for d in pending if d.step == step and d.kind == kind]
    return found[0] if found else None


def _expected(
    db, grievance_id: int, kind: LetterKind, inputs: LetterInputs
) -> dict[str, date | None]:
    """The dates the letter must print, straight from the engine (not from the letter code)."""
    rules, facts = _engine(db, grievance_id)
    pending = dl.pending_deadlines(rules, facts)
    step = db.get(Grievance, grievance_id).current_step
    filed = [
        i for i, e in enumerate(facts.events) if e.step == step and e.kind == dl.EventKind.FILED
    ]
    out: dict[str, date | None] = {}

    def on(deadline: dl.Deadline | None) -> date | None:
        return None if deadline is None else deadline.on

    if kind is LetterKind.FILING:
        if filed:
            before = dataclasses.replace(facts, events=facts.events[: filed[0]])
            after = dataclasses.replace(facts, events=facts.events[: filed[0] + 1])
        else:
            before = facts
            after = dataclasses.replace(
                facts, events=(*facts.events, dl.StepEvent(step, dl.EventKind.FILED, LETTER_DAY))
            )
        out["deadline_answered"] = on(
            _one(dl.pending_deadlines(rules, before), step, dl.DeadlineKind.FILE)
        )
        out["deadline_started"] = on(
            _one(dl.pending_deadlines(rules, after), step, dl.DeadlineKind.ANSWER)
        )
    elif kind is LetterKind.APPEAL:
        after = dataclasses.replace(
            facts, events=(*facts.events, dl.StepEvent(step + 1, dl.EventKind.FILED, LETTER_DAY))
        )
        out["deadline_answered"] = on(_one(pending, step + 1, dl.DeadlineKind.FILE))
        out["deadline_started"] = on(
            _one(dl.pending_deadlines(rules, after), step + 1, dl.DeadlineKind.ANSWER)
        )
        answered = [
            e.on for e in facts.events if e.step == step and e.kind == dl.EventKind.ANSWERED
        ]
        out["previous_filed_date"] = facts.events[filed[0]].on
        if answered:
            out["answer_given"] = answered[0]
    elif kind in (LetterKind.EXTENSION_REQUEST, LetterKind.EXTENSION_CONFIRMATION):
        out["extended_deadline"] = on(pending[0]) if pending else None
        if kind is LetterKind.EXTENSION_CONFIRMATION and pending:
            moved = dataclasses.replace(
                facts,
                extensions=(
                    *facts.extensions,
                    dl.Extension(
                        pending[0].step,
                        pending[0].kind,
                        inputs.extension_date,
                        inputs.agreed_on,
                        inputs.agreed_with,
                    ),
                ),
            )
            out["deadline_started"] = on(
                _one(dl.pending_deadlines(rules, moved), pending[0].step, pending[0].kind)
            )
    elif kind is LetterKind.INFORMATION:
        out["next_deadline"] = on(pending[0]) if pending else None
        out["reply_by"] = inputs.reply_by
    return out


def _inputs(kind: LetterKind) -> LetterInputs:
    return LetterInputs(
        information_requested="- the overtime sheets for March"
        if kind is LetterKind.INFORMATION
        else "",
        reply_by=D(2026, 5, 20),
        extension_date=D(2026, 6, 15),
        agreed_on=LETTER_DAY,
        agreed_with="HR manager",
        settlement_terms="Pay 12 hours at the overtime rate."
        if kind is LetterKind.SETTLEMENT
        else "",
    )


@needs_poppler
@pytest.mark.parametrize("unit", ["working", "calendar"])
@pytest.mark.parametrize("step", [None, 1, 2, 3, 4])
def test_every_default_letter_prints_the_engines_dates(db, world, tmp_path, unit, step):
    grievance_id = _case(db, world, unit, step)
    for kind in LetterKind:
        inputs = _inputs(kind)
        if kind is LetterKind.APPEAL and (step is None or step == 4):
            with pytest.raises(Conflict):
                lq.letter_draft(
                    db,
                    grievance_id=grievance_id,
                    kind=kind,
                    letter_date=LETTER_DAY,
                    today=TODAY,
                    inputs=inputs,
                )
            continue
        draft = lq.letter_draft(
            db,
            grievance_id=grievance_id,
            kind=kind,
            letter_date=LETTER_DAY,
            today=TODAY,
            inputs=inputs,
        )
        out = tmp_path / f"{kind.value}.pdf"
        info = build_letter(
            lq.letter_document(
                draft.subject, draft.body, letter_date=LETTER_DAY, number=draft.number
            ),
            out,
        )
        assert info.personal_data == "names"
        if kind is LetterKind.FILING:  # metadata name neither the case nor a person
            meta = PdfReader(out).metadata
            assert (meta.title, meta.author or "") == ("Grievance letter", "")
        text = pdf_text(out)
        assert said(LETTER_DAY) in text
        assert draft.number in text and "Ada Steward" in text
        if "{grievants}" in DEFAULT_TEMPLATES[kind].body:
            assert "Şêrko Berzincî and Zoë Ångström" in text, kind
        checked = 0
        for field, expected in _expected(db, grievance_id, kind, inputs).items():
            if field == "answer_given":
                assert f"given on {said(expected)}" in text
            elif expected is None:
                assert FIELDS[field].marker in text, (kind, field)
                assert field in draft.missing
            else:
                assert said(expected) in text, (kind, field, expected)
                assert draft.values[field] == said(expected)
            checked += 1
        if kind in (LetterKind.FILING, LetterKind.APPEAL):
            assert checked >= 2
        # nothing else is missing from a default letter for a case that has every field
        assert set(draft.missing) <= {
            "deadline_answered",
            "deadline_answered_what",
            "deadline_started",
            "deadline_started_what",
            "extended_deadline",
            "extended_deadline_what",
            "next_deadline",
            "next_deadline_what",
        }, (kind, draft.missing)


def test_a_letter_dated_after_its_time_limit_warns(db, world):
    grievance_id = _case(db, world, "working", 1)
    late = lq.letter_draft(
        db, grievance_id=grievance_id, kind="appeal", letter_date=LETTER_DAY, today=TODAY
    )
    assert late.deadline_answered == D(2026, 4, 15)
    assert late.warnings == (
        "This letter is dated after its time limit: appeal to Step 2 due on 15 April 2026. "
        "Check for a written extension before sending it, or ask for one.",
    )
    on_time = lq.letter_draft(
        db, grievance_id=grievance_id, kind="appeal", letter_date=D(2026, 4, 15), today=TODAY
    )
    assert on_time.warnings == ()
    # a filing recorded already is repeated with its own date: no warning
    assert (
        lq.letter_draft(
            db, grievance_id=grievance_id, kind="filing", letter_date=LETTER_DAY, today=TODAY
        ).warnings
        == ()
    )


def test_the_two_contracts_give_different_dates(db, world):
    dates = {}
    for unit in ("working", "calendar"):
        grievance_id = _case(db, world, unit, None)
        dates[unit] = lq.letter_draft(
            db, grievance_id=grievance_id, kind="filing", letter_date=LETTER_DAY, today=TODAY
        ).deadline_answered
    # 10 working days over Easter against 14 calendar days rolled past Easter Monday
    assert dates == {"working": D(2026, 4, 13), "calendar": D(2026, 4, 9)}


# ---------------------------------------------------------------------------------- recording


def _record(db, grievance_id, kind, on=LETTER_DAY, **kwargs):
    inputs = kwargs.pop("inputs", _inputs(LetterKind(kind)))
    draft = lq.letter_draft(
        db, grievance_id=grievance_id, kind=kind, letter_date=on, today=TODAY, inputs=inputs
    )
    return ls.record_letter(
        db,
        grievance_id=grievance_id,
        kind=kind,
        sent_on=on,
        subject=draft.subject,
        body=draft.body,
        today=TODAY,
        inputs=inputs,
        **kwargs,
    ), draft


def test_a_filing_letter_records_the_filing_and_starts_the_answer_deadline(db, world):
    grievance_id = _case(db, world, "working", None)
    letter, draft = _record(db, grievance_id, "filing")
    assert draft.effect == "Record the filing at Step 1 on 11 May 2026."
    assert letter.effect == "Recorded the filing at Step 1 on 11 May 2026."
    grievance = db.get(Grievance, grievance_id)
    assert [(e.step, str(e.kind), e.on) for e in grievance.events] == [(1, "filed", LETTER_DAY)]
    detail = gq_detail(db, grievance_id)
    # 5 working days after Monday 11 May
    assert (detail.deadlines[0].what, detail.deadlines[0].on) == (
        "Employer's Step 1 answer due",
        D(2026, 5, 18),
    )
    assert draft.deadline_started == D(2026, 5, 18)
    sent = lq.sent_letters(db, grievance_id)
    assert [(s.kind, s.step, s.sent_on, s.subject) for s in sent] == [
        ("filing", 1, LETTER_DAY, draft.subject)
    ]
    assert sent[0].body == draft.body


def gq_detail(db, grievance_id):
    from forum_kit.queries.grievances import grievance_detail

    return grievance_detail(db, grievance_id, today=TODAY)


def test_an_appeal_letter_moves_the_case_to_the_next_step(db, world):
    grievance_id = _case(db, world, "calendar", 1)
    letter, draft = _record(db, grievance_id, "appeal")
    assert letter.step == 2 and letter.effect.startswith("Recorded the appeal to Step 2")
    detail = gq_detail(db, grievance_id)
    assert detail.current_step == 2
    answer = [d for d in detail.deadlines if d.kind == "answer"][0]
    assert answer.on == draft.deadline_started == D(2026, 5, 25)  # 14 calendar days


def test_an_extension_confirmation_moves_the_deadline(db, world):
    grievance_id = _case(db, world, "working", 2, answered=False)
    before = gq_detail(db, grievance_id).deadlines[0]
    inputs = LetterInputs(
        extend="answer",
        extension_date=D(2026, 6, 1),
        agreed_on=D(2026, 5, 5),
        agreed_with="HR manager",
    )
    letter, draft = _record(db, grievance_id, "extension_confirmation", inputs=inputs)
    assert draft.values["extended_deadline"] == said(before.on)
    after = gq_detail(db, grievance_id)
    assert [(x.kind, x.new_date, x.agreed_with) for x in after.extensions] == [
        ("answer", D(2026, 6, 1), "HR manager")
    ]
    answer = [d for d in after.deadlines if d.kind == "answer"][0]
    assert answer.on == D(2026, 6, 1) and answer.extended
    assert letter.effect.startswith("Recorded the extension")


@pytest.mark.parametrize(
    ("kind", "outcome"), [("withdrawal", "withdrawn"), ("settlement", "settled")]
)
def test_withdrawal_and_settlement_close_the_case(db, world, kind, outcome):
    grievance_id = _case(db, world, "working", 2)
    _record(db, grievance_id, kind)
    grievance = db.get(Grievance, grievance_id)
    assert (str(grievance.status), str(grievance.outcome), grievance.outcome_on) == (
        "closed",
        outcome,
        LETTER_DAY,
    )
    if kind == "settlement":
        assert grievance.outcome_notes == "Pay 12 hours at the overtime rate."
    # a closed case: letters can still be made, and recording one changes nothing
    draft = lq.letter_draft(
        db, grievance_id=grievance_id, kind="information", letter_date=TODAY, today=TODAY
    )
    assert draft.effect == "" and "closed" in draft.no_effect


def test_recording_without_effect_and_letters_with_none(db, world):
    grievance_id = _case(db, world, "working", None)
    letter, _draft = _record(db, grievance_id, "filing", apply_effect=False)
    assert letter.effect == "" and db.get(Grievance, grievance_id).events == []
    letter, draft = _record(db, grievance_id, "information")
    assert letter.effect == "" and "no contractual time limit" in draft.no_effect
    assert len(lq.sent_letters(db, grievance_id)) == 2
    ls.remove_letter(db, letter_id=letter.id)
    assert len(lq.sent_letters(db, grievance_id)) == 1


def test_recording_refusals_leave_nothing(db, world):
    grievance_id = _case(db, world, "working", None)
    with pytest.raises(InvalidInput, match="in the future"):
        _record(db, grievance_id, "filing", on=TODAY + timedelta(days=1))
    # the appeal is refused before anything is written: no letter, no event
    with pytest.raises(Conflict, match="not filed at Step 1 yet"):
        ls.record_letter(
            db,
            grievance_id=grievance_id,
            kind="appeal",
            sent_on=LETTER_DAY,
            subject="S",
            body="B",
            today=TODAY,
        )
    # an appeal dated before the answer it appeals: the grievance service refuses it
    grievance_id = _case(db, world, "working", 1)
    with pytest.raises(InvalidInput, match="before the answer"):
        ls.record_letter(
            db,
            grievance_id=grievance_id,
            kind="appeal",
            sent_on=D(2026, 4, 7),
            subject="S",
            body="B",
            today=TODAY,
        )
    db.flush()
    assert db.query(GrievanceLetter).count() == 0
    assert db.get(Grievance, grievance_id).current_step == 1


# ---------------------------------------------------------------------------------- templates


def test_templates_are_per_contract_and_checked(db, world):
    working, calendar_ = world.contracts["working"], world.contracts["calendar"]
    with pytest.raises(InvalidInput, match=r"line 3: unknown field \{grievant\}"):
        ls.save_template(
            db,
            contract_id=working,
            kind="filing",
            subject="S",
            body="a\nb\nFor {grievant}",
            today=TODAY,
        )
    ls.save_template(
        db,
        contract_id=working,
        kind="filing",
        subject="Our grievance {number}",
        body="For {grievants}: due {deadline_answered}.",
        today=TODAY,
    )
    own = lq.letter_template(db, working, "filing")
    assert (own.subject, own.is_default) == ("Our grievance {number}", False)
    assert lq.letter_template(db, calendar_, "filing").is_default
    grievance_id = _case(db, world, "working", None)
    draft = lq.letter_draft(
        db, grievance_id=grievance_id, kind="filing", letter_date=LETTER_DAY, today=TODAY
    )
    assert draft.body == "For Şêrko Berzincî and Zoë Ångström: due 13 April 2026."
    other = _case(db, world, "calendar", None)
    assert lq.letter_draft(
        db, grievance_id=other, kind="filing", letter_date=LETTER_DAY, today=TODAY
    ).subject.startswith("Grievance G-")
    assert ls.reset_template(db, contract_id=working, kind="filing")
    assert lq.letter_template(db, working, "filing").is_default
    assert not ls.reset_template(db, contract_id=working, kind="filing")


# ---------------------------------------------------------------------------------- fact sheet


@needs_poppler
def test_fact_sheet_lists_deadlines_met_missed_and_open(db, world, tmp_path):
    grievance_id = _case(db, world, "working", 2, answered=False)
    # the union appealed to step 2 on 10 April after the 8 April answer: met; now step 2's
    # answer is overdue on TODAY
    _record(db, grievance_id, "information")
    gs.add_attachment(
        db, grievance_id=grievance_id, filename="rota.txt", data=b"rota\n", today=TODAY
    )
    data = lq.fact_sheet_data(db, grievance_id, today=TODAY)
    rows = {(d.what, d.result) for d in data.deadlines}
    assert ("Filing at Step 1 due", "met") in rows
    # 5 working days from Monday 30 March over Good Friday and Easter Monday: 8 April
    assert ("Employer's Step 1 answer due", "met") in rows
    assert ("Appeal to Step 2 due", "met") in rows
    assert ("Employer's Step 2 answer due", "overdue") in rows
    events = [t.event for t in data.timeline]
    assert events[0] == "Incident" and "Letter sent: request for information" in events
    out = tmp_path / "fact.pdf"
    assert build_fact_sheet(data, out).personal_data == "names"
    text = pdf_text(out)
    for words in (
        "CASE FACT SHEET",
        "Şêrko Berzincî, Zoë Ångström",
        "met",
        "OVERDUE",
        "rota.txt",
        "Pay the hours owed",
        "8 Apr 2026",
        "Loading bay 3",
    ):
        assert words in text


def test_fact_sheet_says_missed_when_the_employer_never_answered(db, world):
    grievance_id = _case(db, world, "working", 1, answered=False)
    gs.advance_step(db, grievance_id=grievance_id, filed_on=D(2026, 4, 10))
    data = lq.fact_sheet_data(db, grievance_id, today=TODAY)
    rows = {(d.what, d.due, d.result, d.done_on) for d in data.deadlines}
    assert ("Employer's Step 1 answer due", D(2026, 4, 8), "missed", None) in rows
    # the appeal counts from the answer's due date: 5 working days after 8 April
    assert ("Appeal to Step 2 due", D(2026, 4, 15), "met", D(2026, 4, 10)) in rows


def test_fact_sheet_says_late_and_missed_at_closing(db, world):
    grievance_id = _case(db, world, "calendar", 1, answered=False)
    # 7 calendar days from 30 March is 6 April, Easter Monday: rolled to 7 April
    gs.record_step_event(db, grievance_id=grievance_id, kind="answered", on=D(2026, 4, 9))
    gs.close_grievance(db, grievance_id=grievance_id, outcome="lapsed", outcome_on=TODAY)
    data = lq.fact_sheet_data(db, grievance_id, today=TODAY)
    rows = {(d.what, d.due, d.result) for d in data.deadlines}
    assert ("Employer's Step 1 answer due", D(2026, 4, 7), "late") in rows
    # the appeal counts from the answer or its due date, whichever is first: 7 days after
    # 7 April; it was never made
    assert ("Appeal to Step 2 due", D(2026, 4, 14), "missed") in rows
