"""The plain, frozen inputs of every document, and what a build returns.

This module owns the data classes the document builders read: ``LeafletSpec`` (and its
``LeafletBody`` for a second language), ``BriefingData`` with its agenda mandates, area figures
and ``GrowthSeries``, ``ChartSheetData`` with its ``ChartRow``s, ``PackSpec``, and the
``DocumentInfo`` every build returns. They hold no ORM objects: a query module fills them from
the vault. Briefing classes have no field for a coworker's name by construction (ORGANISING.md:
what goes up is aggregated); only the chart sheet carries names, and prints them only when asked.
Sequences given as lists are stored as tuples so the instances stay immutable.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from forum_kit.errors import InvalidInput
from forum_kit.i18n import _
from forum_kit.reports.grievance_data import GrievanceSummary

if TYPE_CHECKING:
    from forum_kit.reports.community_data import CommunityFigures

Paper = Literal["A4", "Letter"]
Redaction = Literal["numbers", "initials", "names"]
PersonalData = Literal["none", "officers", "assessments", "initials", "names"]
Template = Literal["meeting", "issue", "victory"]
Mandate = Literal["for", "against", "abstain", "free"]
PlaceKindName = Literal["workplace", "neighbourhood"]

PAPERS: tuple[str, ...] = ("A4", "Letter")
TEMPLATES: tuple[str, ...] = ("meeting", "issue", "victory")
PICTOGRAMS: tuple[str, ...] = ("megaphone", "fist", "clock", "handshake", "hardhat", "people")
REDACTIONS: tuple[str, ...] = ("numbers", "initials", "names")
MANDATES: tuple[str, ...] = ("for", "against", "abstain", "free")
DEFAULT_ASSESSMENT_LABELS: tuple[str, ...] = (
    "Unassessed",
    "Leader",
    "Supporter",
    "Undecided",
    "Not interested",
    "Hostile",
)


def _tuple(obj: object, name: str) -> None:
    """Freeze a list-valued field into a tuple (frozen classes need object.__setattr__)."""
    value = getattr(obj, name)
    if isinstance(value, str):
        raise InvalidInput(_("{name}: expected a list of texts, got a single "
                             "text.").format(name=name))
    object.__setattr__(obj, name, tuple(value))


def _words(obj: object) -> None:
    """Freeze ``words`` (a mapping or pairs of word key and text) into sorted pairs."""
    value = obj.words
    pairs = value.items() if isinstance(value, dict) else value
    out = []
    for pair in pairs:
        if not (isinstance(pair, tuple | list) and len(pair) == 2
                and all(isinstance(x, str) for x in pair)):
            raise InvalidInput(_("words: give each fixed word as a key and a text."))
        out.append((pair[0], pair[1]))
    object.__setattr__(obj, "words", tuple(sorted(out)))


def _choice(value: str, allowed: tuple[str, ...], name: str) -> None:
    if value not in allowed:
        raise InvalidInput(_("{name}: must be one of "
                             "{value}.").format(name=name, value=', '.join(allowed)))


@dataclass(frozen=True)
class DocumentInfo:
    """What a build produced: its page count, the most personal data it prints and every kind
    of personal data it prints (most personal first)."""

    pages: int
    personal_data: PersonalData
    personal_kinds: tuple[PersonalData, ...] = ()


@dataclass(frozen=True)
class CallToAction:
    """The concrete ask of a leaflet: what to do, when and where."""

    what: str
    when: str = ""
    where: str = ""

    def is_empty(self) -> bool:
        return not (self.what.strip() or self.when.strip() or self.where.strip())


@dataclass(frozen=True)
class LeafletBody:
    """The words of a leaflet in one language (the second language of a bilingual leaflet).

    ``words`` overrides the leaflet's fixed words (When, Where, Our demands...) by key; a
    language with no words of its own needs every one of them here.
    """

    headline: str
    paragraphs: tuple[str, ...] = ()
    demands: tuple[str, ...] = ()
    call_to_action: CallToAction | None = None
    who_we_are: str = ""
    contact: str = ""
    language: str = "en"
    words: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        _tuple(self, "paragraphs")
        _tuple(self, "demands")
        _words(self)
        if not self.headline.strip():
            raise InvalidInput(_("headline: a leaflet needs a headline."))


@dataclass(frozen=True)
class LeafletSpec:
    """A shop-floor leaflet: template, visual, words, paper and handbill layout.

    ``visual`` is a built-in pictogram name (see ``PICTOGRAMS``) or a path to a PNG/JPEG image.
    ``second`` is the same leaflet in another language, laid out ``second_layout`` "side" (two
    columns on one page) or "back" (a second page). ``n_up`` 2 or 4 prints that many handbills per
    sheet with cut marks.
    """

    template: Template
    headline: str
    visual: str | Path | None = "megaphone"
    paragraphs: tuple[str, ...] = ()
    demands: tuple[str, ...] = ()
    call_to_action: CallToAction | None = None
    who_we_are: str = ""
    contact: str = ""
    language: str = "en"
    second: LeafletBody | None = None
    second_layout: Literal["side", "back"] = "side"
    paper: Paper = "A4"
    n_up: Literal[1, 2, 4] = 1
    words: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        _tuple(self, "paragraphs")
        _tuple(self, "demands")
        _words(self)
        _choice(self.template, TEMPLATES, "template")
        _choice(self.paper, PAPERS, "paper")
        _choice(self.second_layout, ("side", "back"), "second_layout")
        if self.n_up not in (1, 2, 4):
            raise InvalidInput(_("n_up: must be 1, 2 or 4 leaflets per sheet."))
        if not self.headline.strip():
            raise InvalidInput(_("headline: a leaflet needs a headline."))
        # A bare word is meant as a pictogram name: catch a typo now rather than as "file missing".
        if isinstance(self.visual, str) and self.visual.isalpha():
            _choice(self.visual, PICTOGRAMS, "visual")

    @property
    def body(self) -> LeafletBody:
        """The first-language words as a ``LeafletBody``."""
        return LeafletBody(
            headline=self.headline,
            paragraphs=self.paragraphs,
            demands=self.demands,
            call_to_action=self.call_to_action,
            who_we_are=self.who_we_are,
            contact=self.contact,
            language=self.language,
            words=self.words,
        )


@dataclass(frozen=True)
class AgendaMandate:
    """One agenda item of the higher body and the assembly's mandate on it."""

    item: str
    mandate: Mandate
    red_lines: str = ""
    figure_to_hold: str = ""
    expiry: date | None = None

    def __post_init__(self) -> None:
        _choice(self.mandate, MANDATES, "mandate")


@dataclass(frozen=True)
class AreaFigures:
    """Aggregated background figures of one area: counts and percentages, never names. A
    figure None is one the small-numbers rule hides (printed as "fewer than N")."""

    area_name: str
    headcount: int | None
    supporters_pct: float | None
    committee_members: int | None
    structure_test_pct: float | None = None
    structure_test_name: str = ""
    grievances_by_status: tuple[tuple[str, int | None], ...] = ()
    grievances_by_type: tuple[tuple[str, int | None], ...] = ()
    top_issues: tuple[str, ...] = ()
    # the counts hidden though not small (a small one's partner): they print "hidden"
    hidden: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _tuple(self, "grievances_by_status")
        _tuple(self, "grievances_by_type")
        _tuple(self, "top_issues")
        object.__setattr__(
            self, "grievances_by_status",
            tuple((s, None if n is None else int(n)) for s, n in self.grievances_by_status),
        )
        object.__setattr__(
            self, "grievances_by_type",
            tuple((t, None if n is None else int(n)) for t, n in self.grievances_by_type),
        )
        if (self.headcount or 0) < 0 or (self.committee_members or 0) < 0:
            raise InvalidInput(_("headcount: counts cannot be negative."))
        if self.supporters_pct is not None and not 0 <= self.supporters_pct <= 100:
            raise InvalidInput(_("supporters_pct: must be between 0 and 100."))
        if self.structure_test_pct is not None and not 0 <= self.structure_test_pct <= 100:
            raise InvalidInput(_("structure_test_pct: must be between 0 and 100."))


@dataclass(frozen=True)
class GrowthSeries:
    """Weekly committee-growth points of one area (ORGANISING.md, "Committee growth")."""

    area_name: str
    weeks: tuple[date, ...]
    supporters_pct: tuple[float, ...]
    assessed_pct: tuple[float, ...]
    committee_members: tuple[int, ...]
    target_members: tuple[int, ...]
    # Some committee count is under the small-numbers threshold: the chart leaves them out.
    counts_hidden: bool = False

    def __post_init__(self) -> None:
        for name in ("weeks", "supporters_pct", "assessed_pct", "committee_members",
                     "target_members"):
            _tuple(self, name)
        n = len(self.weeks)
        for name in ("supporters_pct", "assessed_pct", "committee_members", "target_members"):
            if len(getattr(self, name)) != n:
                raise InvalidInput(_("{name}: needs one value per week "
                                     "({n}).").format(name=name, n=n))
        for name in ("supporters_pct", "assessed_pct"):
            if any(not 0 <= v <= 100 for v in getattr(self, name)):
                raise InvalidInput(_("{name}: percentages must be between 0 and "
                                     "100.").format(name=name))
        if list(self.weeks) != sorted(self.weeks):
            raise InvalidInput(_("weeks: must be in date order."))


@dataclass(frozen=True)
class DecisionLine:
    """A council's decision on one item of its last meeting, as its decisions bundle said."""

    meeting_date: date
    ordinal: int
    title: str
    result: str
    tally: str = ""
    delegate_vote: str | None = None
    against_mandate: bool = False


@dataclass(frozen=True)
class BriefingData:
    """Everything a mandated delegate carries to a higher body; aggregated, no coworker names.

    The delegate and alternates are elected officers, named on purpose; ``officers_named`` says
    whether any of them is printed by name (the query knows when every one is withheld), and the
    document says so. ``sensitive_grievances_counted`` is true when the grievance counts include
    cases marked sensitive (only when asked for).
    """

    forum: str
    body: str
    meeting_date: date
    meeting_place: str
    delegate: str
    alternates: tuple[str, ...] = ()
    term: str = ""
    recall_rule: str = ""
    agenda: tuple[AgendaMandate, ...] = ()
    areas: tuple[AreaFigures, ...] = ()
    growth: tuple[GrowthSeries, ...] = ()
    questions: tuple[str, ...] = ()
    report_back: date | None = None
    report_back_place: str = ""
    as_of: date | None = None
    paper: Paper = "A4"
    officers_named: bool | None = None
    sensitive_grievances_counted: bool = False
    # the committee's grievance figures for these areas (counts and rates, no names)
    grievance_review: GrievanceSummary | None = None
    # the council's decisions at its last meeting (from its decisions bundle)
    decisions: tuple[DecisionLine, ...] = ()
    # the small-numbers threshold the figures were protected with
    threshold: int = 5
    # a street assembly's briefing speaks of neighbours (forum_kit.places)
    place_kind: PlaceKindName = "workplace"
    # mutual aid and time bank, protected by the small-numbers rule (None: not shown)
    community: CommunityFigures | None = None
    # the picture of each workplace the briefing covers (forum_kit.queries.social_map.SocialMap:
    # counts and area names, never a coworker's name)
    pictures: tuple[Any, ...] = ()

    def __post_init__(self) -> None:
        names = ("alternates", "agenda", "areas", "growth", "questions", "decisions", "pictures")
        for name in names:
            _tuple(self, name)
        _choice(self.paper, PAPERS, "paper")
        # never claims names when none is printed; the query may say every one is withheld
        named = any(n.strip() for n in (self.delegate, *self.alternates))
        object.__setattr__(self, "officers_named",
                           named if self.officers_named is None else self.officers_named and named)


@dataclass(frozen=True)
class ChartRow:
    """One worker on the wall chart. ``name`` is printed only with redaction="names"."""

    name: str
    job: str = ""
    shift: str = ""
    assessment: int = 0
    committee_role: str = ""
    last_contact: date | None = None


@dataclass(frozen=True)
class ChartSheetData:
    """The printable wall chart of one area, for a paper round trip.

    ``area_name`` is the area's path below its workplace ("Floor 2 / Team North"). Workers
    marked sensitive are not in ``rows`` at all; ``withheld`` counts them so the sheet can say
    so. ``elsewhere`` names sub-areas whose workers are on their own sheets in the same pack.
    """

    area_name: str
    rows: tuple[ChartRow, ...]
    workplace: str = ""
    as_of: date | None = None
    redaction: Redaction = "initials"
    blank_rows: int = 10
    assessment_labels: tuple[str, ...] = DEFAULT_ASSESSMENT_LABELS
    paper: Paper = "A4"
    withheld: int = 0
    elsewhere: tuple[str, ...] = ()
    place_kind: PlaceKindName = "workplace"  # a neighbourhood's sheet has no shift column
    # the labels (and a row's ``assessment``) run in the scale's numbers: unassessed, then 1..n;
    # False when number 1 is the strongest opposition (the swatches follow support, not numbers)
    support_first: bool = True

    def __post_init__(self) -> None:
        _tuple(self, "rows")
        _tuple(self, "assessment_labels")
        _tuple(self, "elsewhere")
        if self.withheld < 0:
            raise InvalidInput(_("withheld: cannot be negative."))
        _choice(self.redaction, REDACTIONS, "redaction")
        _choice(self.paper, PAPERS, "paper")
        if not 4 <= len(self.assessment_labels) <= 8:
            raise InvalidInput(_("assessment_labels: needs unassessed and 3 to 7 levels."))
        if not 0 <= self.blank_rows <= 500:
            raise InvalidInput(_("blank_rows: must be between 0 and 500."))
        for row in self.rows:
            if not 0 <= row.assessment < len(self.assessment_labels):
                raise InvalidInput(
                    _("assessment: levels go from 0 to {top}.").format(
                        top=len(self.assessment_labels) - 1))


@dataclass(frozen=True)
class PackSpec:
    """A briefing pack: a cover, a table of contents, then briefings and chart sheets in order."""

    title: str
    items: tuple[BriefingData | ChartSheetData, ...]
    subtitle: str = ""
    prepared_for: str = ""
    date: date | None = None
    paper: Paper = "A4"

    def __post_init__(self) -> None:
        _tuple(self, "items")
        _choice(self.paper, PAPERS, "paper")
        if not self.items:
            raise InvalidInput(_("items: a pack needs at least one briefing or chart sheet."))
        for item in self.items:
            if not isinstance(item, BriefingData | ChartSheetData):
                raise InvalidInput(_("items: only briefings and chart sheets go in a pack."))


PERSONAL_RANK: dict[str, int] = {"none": 0, "officers": 1, "assessments": 2, "initials": 3,
                                 "names": 4}
_OF_REDACTION: dict[str, PersonalData] = {"numbers": "assessments", "initials": "initials",
                                          "names": "names"}


def personal_data_kinds(spec: object) -> tuple[PersonalData, ...]:
    """Every kind of personal data the document built from ``spec`` prints, most personal first.

    A leaflet prints none; a briefing the names of the delegate and alternates (officers, elected
    to be named) unless every one is withheld; a chart sheet what its redaction allows, and even
    by row number each worker's job, shift and assessment; a pack every kind of its parts.
    ``("none",)`` when there is none.
    """
    if isinstance(spec, LeafletSpec):
        kinds: set[str] = set()
    elif isinstance(spec, BriefingData):
        kinds = {"officers"} if spec.officers_named else set()
    elif isinstance(spec, ChartSheetData):
        kinds = {_OF_REDACTION[spec.redaction]}
    elif isinstance(spec, PackSpec):
        kinds = {k for item in spec.items for k in personal_data_kinds(item)} - {"none"}
    else:
        raise InvalidInput(_("spec: not a document specification."))
    ordered = sorted(kinds, key=PERSONAL_RANK.__getitem__, reverse=True)
    return tuple(ordered) or ("none",)  # type: ignore[return-value]


def personal_data_of(spec: object) -> PersonalData:
    """The most personal data the document built from ``spec`` will print, before building it."""
    return personal_data_kinds(spec)[0]


def field_names(cls: type) -> tuple[str, ...]:
    """Field names of a data class (used by tests that check what a class can carry)."""
    return tuple(f.name for f in fields(cls))
