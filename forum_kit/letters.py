"""Grievance letters: the kinds of letter, the template language, its fields and the default set.

This module owns what a letter template may say and how it is filled. A template is plain text
with fields in braces, ``{grievants}``; ``{{`` and ``}}`` stand for literal braces. There is
nothing else: no expressions, attribute look-ups, indexing, filters or code, so a template edited
by anyone can only ever print the values the letter offers (a field is a name from ``FIELDS``;
``{0}``, ``{a.b}`` or ``{__class__}`` are refused, never evaluated). ``check_template`` names the
first unknown field, or a field that has no value in that kind of letter, with its line;
``render`` fills the fields and reports which had no value (each is printed as a visible
``[missing: ...]`` marker so it cannot go out unnoticed). ``DEFAULT_TEMPLATES`` is the plain-
language set every contract starts with. Pure Python: no database, no Qt, no ReportLab.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from forum_kit.errors import InvalidInput

__all__ = [
    "DEFAULT_TEMPLATES",
    "FIELDS",
    "KIND_LABELS",
    "MAX_BODY",
    "MAX_SUBJECT",
    "Field",
    "LetterKind",
    "Template",
    "check_template",
    "fields_for",
    "letter_kind",
    "letter_date_text",
    "render",
]

MAX_SUBJECT = 300
MAX_BODY = 20_000
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


class LetterKind(StrEnum):
    FILING = "filing"
    APPEAL = "appeal"
    INFORMATION = "information"
    EXTENSION_REQUEST = "extension_request"
    EXTENSION_CONFIRMATION = "extension_confirmation"
    WITHDRAWAL = "withdrawal"
    SETTLEMENT = "settlement"


KIND_LABELS: dict[LetterKind, str] = {
    LetterKind.FILING: "Filing at a step",
    LetterKind.APPEAL: "Appeal to the next step",
    LetterKind.INFORMATION: "Request for information",
    LetterKind.EXTENSION_REQUEST: "Extension request",
    LetterKind.EXTENSION_CONFIRMATION: "Extension confirmation",
    LetterKind.WITHDRAWAL: "Withdrawal",
    LetterKind.SETTLEMENT: "Settlement record",
}

_ALL = frozenset(LetterKind)
_EXTENSIONS = frozenset({LetterKind.EXTENSION_REQUEST, LetterKind.EXTENSION_CONFIRMATION})


@dataclass(frozen=True)
class Field:
    """A value a letter can print. ``kinds`` are the letters that fill it; ``missing`` is what
    the letter says when the case has no value for it."""

    name: str
    help: str
    kinds: frozenset[LetterKind] = _ALL
    missing: str = ""

    @property
    def marker(self) -> str:
        return f"[missing: {self.missing or self.help}]"


def _f(name: str, help_: str, kinds: frozenset[LetterKind] = _ALL, missing: str = "") -> Field:
    return Field(name, help_, kinds, missing)


FIELDS: dict[str, Field] = {
    f.name: f
    for f in (
        _f("number", "the grievance number"),
        _f("title", "the grievance's title"),
        _f("grievance_type", "the type of grievance, in words"),
        _f("grievants", "the grievants' names, as the case names them", missing="grievants' names"),
        _f("steward", "the steward's name", missing="the steward's name"),
        _f("area", "the area the case is in", missing="the area"),
        _f("workplace", "the workplace's name"),
        _f("employer", "the employer's name", missing="the employer's name"),
        _f("contract", "the contract's name"),
        _f("article", "the contract articles cited", missing="the contract article"),
        _f("who", "who is affected (the first W)", missing="who is affected"),
        _f("what", "what happened", missing="what happened"),
        _f("where", "where it happened", missing="where it happened"),
        _f(
            "why",
            "why it breaks the contract, a law or a practice",
            missing="why it is a grievance",
        ),
        _f("remedy", "the remedy sought", missing="the remedy sought"),
        _f("incident_date", "the date it happened"),
        _f("knew_date", "the date the grievant knew (the incident date when not recorded)"),
        _f("step", "the step this letter is at (for an appeal: the step appealed to)"),
        _f("addressee", "who answers at that step under the contract", missing="who answers"),
        _f("letter_date", "the date the letter is sent"),
        _f(
            "next_deadline",
            "the case's next deadline before this letter",
            missing="no open deadline",
        ),
        _f("next_deadline_what", "what that next deadline is for", missing="no open deadline"),
        _f(
            "deadline_answered",
            "the deadline this letter meets",
            frozenset({LetterKind.FILING, LetterKind.APPEAL, LetterKind.EXTENSION_REQUEST}),
            missing="no deadline open for this letter",
        ),
        _f(
            "deadline_answered_what",
            "what the deadline this letter meets is for",
            frozenset({LetterKind.FILING, LetterKind.APPEAL, LetterKind.EXTENSION_REQUEST}),
            missing="no deadline open for this letter",
        ),
        _f(
            "deadline_started",
            "the next deadline this letter starts",
            frozenset({LetterKind.FILING, LetterKind.APPEAL, LetterKind.EXTENSION_CONFIRMATION}),
            missing="the contract sets no time limit here",
        ),
        _f(
            "deadline_started_what",
            "what the deadline this letter starts is for",
            frozenset({LetterKind.FILING, LetterKind.APPEAL, LetterKind.EXTENSION_CONFIRMATION}),
            missing="the contract sets no time limit here",
        ),
        _f("previous_step", "the step appealed from", frozenset({LetterKind.APPEAL})),
        _f(
            "previous_filed_date",
            "the date the case was filed at the step appealed from",
            frozenset({LetterKind.APPEAL}),
        ),
        _f(
            "previous_answer",
            "the answer at the step appealed from: its date, or that none came and when it was due",
            frozenset({LetterKind.APPEAL}),
        ),
        _f(
            "information_requested",
            "the information asked for",
            frozenset({LetterKind.INFORMATION}),
            missing="the information asked for",
        ),
        _f(
            "reply_by",
            "the date to reply by",
            frozenset({LetterKind.INFORMATION}),
            missing="a date to reply by",
        ),
        _f(
            "extended_deadline",
            "the date of the deadline to extend, before the extension",
            _EXTENSIONS,
            missing="no deadline open to extend",
        ),
        _f(
            "extended_deadline_what",
            "what the deadline to extend is for",
            _EXTENSIONS,
            missing="no deadline open to extend",
        ),
        _f(
            "extension_date",
            "the new date asked for or agreed",
            _EXTENSIONS,
            missing="the new date",
        ),
        _f(
            "agreed_with",
            "who agreed to the extension",
            frozenset({LetterKind.EXTENSION_CONFIRMATION}),
            missing="who agreed",
        ),
        _f(
            "agreed_date",
            "the date the extension was agreed",
            frozenset({LetterKind.EXTENSION_CONFIRMATION}),
            missing="the date it was agreed",
        ),
        _f(
            "settlement_terms",
            "the terms agreed",
            frozenset({LetterKind.SETTLEMENT}),
            missing="the terms agreed",
        ),
    )
}


def fields_for(kind: LetterKind | str) -> list[Field]:
    """The fields a letter of ``kind`` fills, in the catalogue's order."""
    letter = letter_kind(kind)
    return [f for f in FIELDS.values() if letter in f.kinds]


def letter_date_text(value: date) -> str:
    """A date as a letter writes it, in any locale: 16 March 2026."""
    return f"{value.day} {MONTH_NAMES[value.month - 1]} {value.year}"


def letter_kind(kind: LetterKind | str) -> LetterKind:
    """``kind`` as a ``LetterKind``; InvalidInput listing the kinds when it is none of them."""
    try:
        return LetterKind(kind)
    except ValueError:
        names = ", ".join(k.value for k in LetterKind)
        raise InvalidInput(f"Unknown kind of letter; use one of {names}.") from None


# --------------------------------------------------------------------------------------------------
# The language

_NAME = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class _Piece:
    """Literal text, or a field (``field`` set)."""

    text: str
    field: str | None = None
    line: int = 0


def _parse(text: str, where: str) -> list[_Piece]:
    """Split ``text`` into literal text and field names; InvalidInput names the line at fault."""
    pieces: list[_Piece] = []
    literal: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "{":
            if text.startswith("{{", i):
                literal.append("{")
                i += 2
                continue
            end = text.find("}", i + 1)
            line = text.count("\n", 0, i) + 1
            newline = text.find("\n", i + 1)
            if end < 0 or (0 <= newline < end):
                raise InvalidInput(
                    f"{where}, line {line}: a '{{' is not closed on its line. Close the field "
                    "with '}', or write '{{' for a brace."
                )
            inner = text[i + 1 : end].strip()
            if not _NAME.fullmatch(inner):
                shown = inner[:40]
                raise InvalidInput(
                    f"{where}, line {line}: {{{shown}}} is not a field. Fields are names such "
                    "as {grievants} or {letter_date}; write '{{' and '}}' for braces."
                )
            if literal:
                pieces.append(_Piece("".join(literal)))
                literal = []
            pieces.append(_Piece("", inner, line))
            i = end + 1
        elif ch == "}":
            if text.startswith("}}", i):
                literal.append("}")
                i += 2
                continue
            line = text.count("\n", 0, i) + 1
            raise InvalidInput(
                f"{where}, line {line}: a '}}' with no '{{' before it. Write '}}}}' for a brace."
            )
        else:
            literal.append(ch)
            i += 1
    if literal:
        pieces.append(_Piece("".join(literal)))
    return pieces


def _check_fields(pieces: list[_Piece], where: str, kind: LetterKind) -> None:
    for piece in pieces:
        if piece.field is None:
            continue
        found = FIELDS.get(piece.field)
        if found is None:
            close = difflib.get_close_matches(piece.field, list(FIELDS), n=1)
            hint = f" Did you mean {{{close[0]}}}?" if close else ""
            raise InvalidInput(
                f"{where}, line {piece.line}: unknown field {{{piece.field}}}.{hint} The fields a "
                f"letter can use are listed beside the template."
            )
        if kind not in found.kinds:
            kinds = ", ".join(KIND_LABELS[k].lower() for k in LetterKind if k in found.kinds)
            raise InvalidInput(
                f"{where}, line {piece.line}: the field {{{piece.field}}} has no value in a "
                f"letter of this kind ({KIND_LABELS[kind].lower()}); it is filled only in: {kinds}."
            )


@dataclass(frozen=True)
class Template:
    """A letter's subject line and body, both in the template language."""

    subject: str
    body: str


def check_template(kind: LetterKind | str, subject: str, body: str) -> Template:
    """The template, checked: InvalidInput names the first problem (field, line, what to do)."""
    letter = letter_kind(kind)
    if not isinstance(subject, str) or not isinstance(body, str):
        raise InvalidInput("The template's subject and body must be text.")
    subject = subject.strip()
    body = body.strip("\n")
    if not subject:
        raise InvalidInput("The subject line is empty; write what the letter is about.")
    if "\n" in subject:
        raise InvalidInput("The subject must be one line.")
    if len(subject) > MAX_SUBJECT:
        raise InvalidInput(f"The subject is too long; use at most {MAX_SUBJECT} characters.")
    if not body.strip():
        raise InvalidInput("The letter's text is empty; write the letter.")
    if len(body) > MAX_BODY:
        raise InvalidInput(f"The letter's text is too long; use at most {MAX_BODY:,} characters.")
    for text, where in ((subject, "Subject"), (body, "Letter text")):
        _check_fields(_parse(text, where), where, letter)
    return Template(subject, body)


def render(
    kind: LetterKind | str, template: Template, values: Mapping[str, str | None]
) -> tuple[str, str, tuple[str, ...]]:
    """(subject, body, fields with no value) for ``template`` filled with ``values``.

    A field whose value is None or blank prints as its ``[missing: ...]`` marker and is listed.
    Values are inserted as text, never read as template text again.
    """
    checked = check_template(kind, template.subject, template.body)
    missing: list[str] = []

    def fill(text: str, where: str) -> str:
        out: list[str] = []
        for piece in _parse(text, where):
            if piece.field is None:
                out.append(piece.text)
                continue
            value = values.get(piece.field)
            if value is None or not str(value).strip():
                out.append(FIELDS[piece.field].marker)
                if piece.field not in missing:
                    missing.append(piece.field)
            else:
                # one line in the subject; the body keeps a value's own lines
                out.append(" ".join(str(value).split()) if where == "Subject" else str(value))
        return "".join(out)

    return fill(checked.subject, "Subject"), fill(checked.body, "Letter text"), tuple(missing)


# --------------------------------------------------------------------------------------------------
# The default set (plain language; every contract starts with these)

_HEADER = """To: {addressee}, {employer}
From: {steward}, union steward
"""

_SIGN = """
Yours sincerely,

{steward}
Union steward"""

DEFAULT_TEMPLATES: dict[LetterKind, Template] = {
    LetterKind.FILING: Template(
        "Grievance {number} at {step}: {title}",
        _HEADER
        + """
Dear {addressee},

The union files this grievance at {step} of the grievance procedure of the {contract}, on \
behalf of {grievants}.

What happened: {what}
When: {incident_date}
Where: {where}
Who is affected: {who}
Why this breaks the agreement: {why} ({article})

We ask for this remedy: {remedy}

The time limit for filing this grievance: {deadline_answered}. Under the contract, your \
written answer is due by {deadline_started}.

We are ready to meet to settle this grievance.
"""
        + _SIGN,
    ),
    LetterKind.APPEAL: Template(
        "Grievance {number}: appeal to {step}",
        _HEADER
        + """
Dear {addressee},

The union appeals grievance {number} ({title}) to {step} of the grievance procedure, on behalf \
of {grievants}.

The grievance was filed at {previous_step} on {previous_filed_date}. The answer at \
{previous_step}: {previous_answer}. It does not settle the grievance.

The grievance is about: {what} ({article})
We still ask for this remedy: {remedy}

The time limit for this appeal: {deadline_answered}. Under the contract, the answer at {step} \
is due by {deadline_started}.
"""
        + _SIGN,
    ),
    LetterKind.INFORMATION: Template(
        "Grievance {number}: request for information",
        _HEADER
        + """
Dear {addressee},

To look into grievance {number} ({title}), the union asks for the following information:

{information_requested}

Please send it to me by {reply_by}. We need it to prepare the case: the next time limit in the \
procedure is {next_deadline} ({next_deadline_what}).
"""
        + _SIGN,
    ),
    LetterKind.EXTENSION_REQUEST: Template(
        "Grievance {number}: request to extend a time limit",
        _HEADER
        + """
Dear {addressee},

About grievance {number} ({title}), now at {step}: the union asks to extend the time limit \
for this step of the procedure by written agreement, as the contract allows.

Time limit: {extended_deadline_what}, now {extended_deadline}
New date we ask for: {extension_date}

Please confirm in writing before {extended_deadline}. Until it is confirmed, the present time \
limit stands.
"""
        + _SIGN,
    ),
    LetterKind.EXTENSION_CONFIRMATION: Template(
        "Grievance {number}: extension of a time limit confirmed",
        _HEADER
        + """
Dear {addressee},

This letter confirms the agreement made on {agreed_date} with {agreed_with} about grievance \
{number} ({title}), now at {step}:

Time limit: {extended_deadline_what}
It was: {extended_deadline}
It is now: {extension_date}

The next time limit in the procedure is {deadline_started_what}, on {deadline_started}.
"""
        + _SIGN,
    ),
    LetterKind.WITHDRAWAL: Template(
        "Grievance {number}: withdrawn",
        _HEADER
        + """
Dear {addressee},

The union withdraws grievance {number} ({title}), at {step} of the procedure, as of \
{letter_date}.

The withdrawal is without prejudice: it sets no precedent and does not change the union's \
position on the same question in any other case.
"""
        + _SIGN,
    ),
    LetterKind.SETTLEMENT: Template(
        "Grievance {number}: settlement agreed",
        _HEADER
        + """
Dear {addressee},

This letter records the settlement of grievance {number} ({title}), agreed at {step} on \
{letter_date}, on behalf of {grievants}.

The terms agreed:
{settlement_terms}

The grievance is settled once these terms are carried out. The settlement is without \
prejudice: it sets no precedent for other cases unless both sides agree in writing.
"""
        + _SIGN,
    ),
}
