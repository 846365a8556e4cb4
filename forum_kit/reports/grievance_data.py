"""The plain, frozen inputs of the grievance paperwork: a letter, a case fact sheet, and the
committee's grievance figures (the report, the page's view and the briefing's section).

This module owns those data classes and the words documents print for grievance types,
outcomes and deadline states. Query modules fill them from the vault (``queries.letters``,
``queries.grievance_figures``); the builders in ``reports.letter`` and ``reports.grievance_report``
read them. ``GrievanceSummary`` is the aggregated part a briefing carries: counts, rates and
months, with no field for a person's name or a case's title. It imports nothing from the rest of
the reports package, so ``reports.data`` can name ``GrievanceSummary`` in ``BriefingData``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from forum_kit.i18n import N_, _

PersonalData = Literal["none", "initials", "names"]

GRIEVANCE_TYPE_WORDS: dict[str, str] = {
    "individual": N_("Individual"),
    "group": N_("Group"),
    "policy": N_("Policy"),
    "discipline": N_("Discipline / discharge"),
    "health_and_safety": N_("Health and safety"),
}
OUTCOME_WORDS: dict[str, str] = {
    "won": N_("Won"),
    "settled": N_("Settled"),
    "withdrawn": N_("Withdrawn"),
    "lost": N_("Lost"),
    "lapsed": N_("Lapsed"),
}
OUTCOMES: tuple[str, ...] = tuple(OUTCOME_WORDS)
DEADLINE_WORDS: dict[str, str] = {
    "overdue": N_("OVERDUE"),
    "due_today": N_("TODAY"),
    "due_soon": N_("SOON"),
    "ok": "",
}
RESULT_WORDS: dict[str, str] = {
    "met": N_("met"),
    "late": N_("met late"),
    "missed": N_("MISSED"),
    "open": N_("open"),
    "overdue": N_("OVERDUE"),
    "not reached": N_("not reached (case closed)"),
}
NO_ARTICLE = N_("(no article recorded)")
NO_STEWARD = N_("(no steward)")
NO_AREA = N_("(no area)")


def type_words(value: str) -> str:
    """A grievance type as the current language says it."""
    found = GRIEVANCE_TYPE_WORDS.get(value)
    return _(found) if found else value.replace("_", " ").capitalize()


def outcome_words(value: str) -> str:
    """A closed case's outcome as the current language says it."""
    found = OUTCOME_WORDS.get(value)
    return _(found) if found else value


def deadline_words(status: str) -> str:
    """A deadline's state ("OVERDUE", "TODAY", "SOON"; "" when nothing presses)."""
    found = DEADLINE_WORDS.get(status, "")
    return _(found) if found else ""


def result_words(result: str) -> str:
    """Whether a deadline was met, in the current language."""
    found = RESULT_WORDS.get(result)
    return _(found) if found else result


# --------------------------------------------------------------------------------------------------
# A letter and a fact sheet


@dataclass(frozen=True)
class LetterDocument:
    """One filled letter, ready to print: it names the grievants as the case does."""

    subject: str
    body: str
    letter_date: date
    reference: str  # the grievance number, for the footer
    paper: str = "A4"

    @property
    def personal_data(self) -> PersonalData:
        return "names"


@dataclass(frozen=True)
class TimelineEntry:
    on: date
    step_name: str
    event: str


@dataclass(frozen=True)
class EvidenceEntry:
    filename: str
    media_type: str
    size: int
    added_on: date
    sha256: str


@dataclass(frozen=True)
class DeadlineEntry:
    step_name: str
    what: str
    who: str
    due: date
    done_on: date | None
    result: str  # a key of RESULT_WORDS
    extended: bool = False


@dataclass(frozen=True)
class FactSheetData:
    """A case on one or two pages for the steward's meeting with management."""

    number: str
    title: str
    grievance_type: str
    status: str
    step_name: str
    contract: str
    area: str
    steward: str
    grievants: tuple[str, ...]
    who: str
    what: str
    where: str
    why: str
    article: str
    remedy: str
    incident_on: date
    knew_on: date | None
    opened_on: date
    outcome: str | None
    outcome_on: date | None
    outcome_notes: str
    timeline: tuple[TimelineEntry, ...]
    evidence: tuple[EvidenceEntry, ...]
    deadlines: tuple[DeadlineEntry, ...]
    deadline_problem: str | None
    as_of: date
    paper: str = "A4"

    @property
    def personal_data(self) -> PersonalData:
        return "names"


# --------------------------------------------------------------------------------------------------
# The committee's figures


@dataclass(frozen=True)
class OutcomeRow:
    """Cases closed in the period under one label (a type, an article, or all of them)."""

    label: str
    # each count None only in a briefing's copy: hidden by the small-numbers rule
    closed: int | None
    won: int | None
    settled: int | None
    withdrawn: int | None
    lost: int | None
    lapsed: int | None
    # calendar days from the first filing (or the day the case was opened) to the outcome
    median_days: float | None
    mean_days: float | None

    @property
    def win_rate(self) -> float | None:
        """Won, as a share of the cases closed (settlements shown apart)."""
        if self.won is None or not self.closed:
            return None
        return self.won / self.closed


@dataclass(frozen=True)
class MonthRow:
    month: date  # its first day
    # None only in a briefing's copy: hidden by the small-numbers rule
    opened: int | None
    closed: int | None
    won: int | None
    open_at_end: int | None


@dataclass(frozen=True)
class CountRow:
    label: str
    open: int
    overdue: int


@dataclass(frozen=True)
class GrievanceSummary:
    """What a briefing carries about grievances: counts, rates and months, never a name."""

    period_start: date
    period_end: date
    as_of: date
    # None only when hidden by the small-numbers rule (``threshold`` set)
    open_cases: int | None
    # None when the deadlines were not computed (a briefing's figures) or hidden
    overdue: int | None
    due_soon: int | None
    totals: OutcomeRow
    by_type: tuple[OutcomeRow, ...]
    by_article: tuple[OutcomeRow, ...]
    open_by_type: tuple[CountRow, ...]
    trend: tuple[MonthRow, ...]
    sensitive_left_out: int | None = 0
    # set when the small-numbers rule was applied (queries.grievance_protect): a None count is
    # then "fewer than threshold"
    threshold: int | None = None
    # the outcome figures hidden only so that no total gives a small one back: (row, column),
    # row 0 the totals and row k the k-th type, columns closed, won, settled, withdrawn, lost,
    # lapsed; printed "hidden", never "fewer than N" (they are not)
    partners: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class OpenCaseRow:
    number: str
    title: str
    grievance_type: str
    step_name: str
    steward: str
    area: str
    article: str
    next_deadline: date | None
    deadline_what: str
    status: str | None  # a key of DEADLINE_WORDS, None when no deadline is open
    grievants: str = ""  # only when names were asked for
    grievance_id: int = 0  # for the screen to open the case; never printed


@dataclass(frozen=True)
class ClosedCaseRow:
    number: str
    title: str
    grievance_type: str
    article: str
    started_on: date
    closed_on: date
    outcome: str
    days: int
    grievants: str = ""
    grievance_id: int = 0  # for the screen to open the case; never printed


@dataclass(frozen=True)
class GrievanceFigures:
    """The committee's grievance review: the summary plus the cases and the open counts."""

    scope: str
    summary: GrievanceSummary
    open_cases: tuple[OpenCaseRow, ...]
    closed_cases: tuple[ClosedCaseRow, ...]
    by_steward: tuple[CountRow, ...]
    by_step: tuple[CountRow, ...]
    by_area: tuple[CountRow, ...]
    by_article: tuple[CountRow, ...]
    with_names: bool = False
    include_sensitive: bool = False


@dataclass(frozen=True)
class GrievanceReportData:
    """The committee's grievance report as a document."""

    figures: GrievanceFigures
    paper: str = "A4"

    @property
    def personal_data(self) -> PersonalData:
        return "names" if self.figures.with_names else "none"
