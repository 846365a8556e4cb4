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
from forum_kit.i18n import N_, _

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
    LetterKind.FILING: N_("Filing at a step"),
    LetterKind.APPEAL: N_("Appeal to the next step"),
    LetterKind.INFORMATION: N_("Request for information"),
    LetterKind.EXTENSION_REQUEST: N_("Extension request"),
    LetterKind.EXTENSION_CONFIRMATION: N_("Extension confirmation"),
    LetterKind.WITHDRAWAL: N_("Withdrawal"),
    LetterKind.SETTLEMENT: N_("Settlement record"),
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
    def help_text(self) -> str:
        """What the field holds, in the current language."""
        return _(self.help)

    @property
    def missing_text(self) -> str:
        """What the letter lacks when the field has no value, in the current language."""
        return _(self.missing or self.help)

    @property
    def marker(self) -> str:
        return _("[missing: {what}]").format(what=self.missing_text)


def _f(name: str, help_: str, kinds: frozenset[LetterKind] = _ALL, missing: str = "") -> Field:
    return Field(name, help_, kinds, missing)


FIELDS: dict[str, Field] = {
    f.name: f
    for f in (
        _f("number", N_("the grievance number")),
        _f("title", N_("the grievance's title")),
        _f("grievance_type", N_("the type of grievance, in words")),
        _f(
            "grievants",
            N_("the grievants' names, as the case names them"),
            missing=N_("grievants' names"),
        ),
        _f("steward", N_("the steward's name"), missing=N_("the steward's name")),
        _f("area", N_("the area the case is in"), missing=N_("the area")),
        _f("workplace", N_("the workplace's name")),
        _f("employer", N_("the employer's name"), missing=N_("the employer's name")),
        _f("contract", N_("the contract's name")),
        _f("article", N_("the contract articles cited"), missing=N_("the contract article")),
        _f("who", N_("who is affected (the first W)"), missing=N_("who is affected")),
        _f("what", N_("what happened"), missing=N_("what happened")),
        _f("where", N_("where it happened"), missing=N_("where it happened")),
        _f(
            "why",
            N_("why it breaks the contract, a law or a practice"),
            missing=N_("why it is a grievance"),
        ),
        _f("remedy", N_("the remedy sought"), missing=N_("the remedy sought")),
        _f("incident_date", N_("the date it happened")),
        _f("knew_date", N_("the date the grievant knew (the incident date when not recorded)")),
        _f("step", N_("the step this letter is at (for an appeal: the step appealed to)")),
        _f(
            "addressee",
            N_("who answers at that step under the contract"),
            missing=N_("who answers"),
        ),
        _f("letter_date", N_("the date the letter is sent")),
        _f(
            "next_deadline",
            N_("the case's next deadline before this letter"),
            missing=N_("no open deadline"),
        ),
        _f(
            "next_deadline_what",
            N_("what that next deadline is for"),
            missing=N_("no open deadline"),
        ),
        _f(
            "deadline_answered",
            N_("the deadline this letter meets"),
            frozenset({LetterKind.FILING, LetterKind.APPEAL, LetterKind.EXTENSION_REQUEST}),
            missing=N_("no deadline open for this letter"),
        ),
        _f(
            "deadline_answered_what",
            N_("what the deadline this letter meets is for"),
            frozenset({LetterKind.FILING, LetterKind.APPEAL, LetterKind.EXTENSION_REQUEST}),
            missing=N_("no deadline open for this letter"),
        ),
        _f(
            "deadline_started",
            N_("the next deadline this letter starts"),
            frozenset({LetterKind.FILING, LetterKind.APPEAL, LetterKind.EXTENSION_CONFIRMATION}),
            missing=N_("the contract sets no time limit here"),
        ),
        _f(
            "deadline_started_what",
            N_("what the deadline this letter starts is for"),
            frozenset({LetterKind.FILING, LetterKind.APPEAL, LetterKind.EXTENSION_CONFIRMATION}),
            missing=N_("the contract sets no time limit here"),
        ),
        _f("previous_step", N_("the step appealed from"), frozenset({LetterKind.APPEAL})),
        _f(
            "previous_filed_date",
            N_("the date the case was filed at the step appealed from"),
            frozenset({LetterKind.APPEAL}),
        ),
        _f(
            "previous_answer",
            N_(
                "the answer at the step appealed from: its date, or that none came and when it "
                "was due"
            ),
            frozenset({LetterKind.APPEAL}),
        ),
        _f(
            "information_requested",
            N_("the information asked for"),
            frozenset({LetterKind.INFORMATION}),
            missing=N_("the information asked for"),
        ),
        _f(
            "reply_by",
            N_("the date to reply by"),
            frozenset({LetterKind.INFORMATION}),
            missing=N_("a date to reply by"),
        ),
        _f(
            "extended_deadline",
            N_("the date of the deadline to extend, before the extension"),
            _EXTENSIONS,
            missing=N_("no deadline open to extend"),
        ),
        _f(
            "extended_deadline_what",
            N_("what the deadline to extend is for"),
            _EXTENSIONS,
            missing=N_("no deadline open to extend"),
        ),
        _f(
            "extension_date",
            N_("the new date asked for or agreed"),
            _EXTENSIONS,
            missing=N_("the new date"),
        ),
        _f(
            "agreed_with",
            N_("who agreed to the extension"),
            frozenset({LetterKind.EXTENSION_CONFIRMATION}),
            missing=N_("who agreed"),
        ),
        _f(
            "agreed_date",
            N_("the date the extension was agreed"),
            frozenset({LetterKind.EXTENSION_CONFIRMATION}),
            missing=N_("the date it was agreed"),
        ),
        _f(
            "settlement_terms",
            N_("the terms agreed"),
            frozenset({LetterKind.SETTLEMENT}),
            missing=N_("the terms agreed"),
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


def kind_label(kind: LetterKind) -> str:
    """The name of a kind of letter in the current language."""
    return _(KIND_LABELS[kind])


def letter_kind(kind: LetterKind | str) -> LetterKind:
    """``kind`` as a ``LetterKind``; InvalidInput listing the kinds when it is none of them."""
    try:
        return LetterKind(kind)
    except ValueError:
        names = ", ".join(k.value for k in LetterKind)
        raise InvalidInput(
            _("Unknown kind of letter; use one of {names}.").format(names=names)
        ) from None


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
                    _(
                        "{where}, line {line}: a '{{' is not closed on its line. Close the field "
                        "with '}}', or write '{{{{' for a brace."
                    ).format(where=_(where), line=line)
                )
            inner = text[i + 1 : end].strip()
            if not _NAME.fullmatch(inner):
                shown = inner[:40]
                raise InvalidInput(
                    _(
                        "{where}, line {line}: {{{field}}} is not a field. Fields are names such "
                        "as {{grievants}} or {{letter_date}}; write '{{{{' and '}}}}' for braces."
                    ).format(where=_(where), line=line, field=shown)
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
                _(
                    "{where}, line {line}: a '}}' with no '{{' before it. Write '}}}}' for a brace."
                ).format(where=_(where), line=line)
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
            hint = _(" Did you mean {{{field}}}?").format(field=close[0]) if close else ""
            raise InvalidInput(
                _(
                    "{where}, line {line}: unknown field {{{field}}}.{hint} The fields a letter "
                    "can use are listed beside the template."
                ).format(where=_(where), line=piece.line, field=piece.field, hint=hint)
            )
        if kind not in found.kinds:
            kinds = ", ".join(kind_label(k).lower() for k in LetterKind if k in found.kinds)
            raise InvalidInput(
                _(
                    "{where}, line {line}: the field {{{field}}} has no value in a letter of this "
                    "kind ({kind}); it is filled only in: {kinds}."
                ).format(
                    where=_(where),
                    line=piece.line,
                    field=piece.field,
                    kind=kind_label(kind).lower(),
                    kinds=kinds,
                )
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
        raise InvalidInput(_("The template's subject and body must be text."))
    subject = subject.strip()
    body = body.strip("\n")
    if not subject:
        raise InvalidInput(_("The subject line is empty; write what the letter is about."))
    if "\n" in subject:
        raise InvalidInput(_("The subject must be one line."))
    if len(subject) > MAX_SUBJECT:
        raise InvalidInput(
            _("The subject is too long; use at most {n} characters.").format(n=MAX_SUBJECT)
        )
    if not body.strip():
        raise InvalidInput(_("The letter's text is empty; write the letter."))
    if len(body) > MAX_BODY:
        raise InvalidInput(
            _("The letter's text is too long; use at most {n} characters.").format(
                n=f"{MAX_BODY:,}"
            )
        )
    for text, where in ((subject, N_("Subject")), (body, N_("Letter text"))):
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
