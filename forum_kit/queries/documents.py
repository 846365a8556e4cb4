"""Fills the printed documents from the vault: briefings, chart sheets and packs.

This module owns turning vault rows into the frozen inputs of ``forum_kit.reports``: the choices
a form or command offers (forums, the council meetings a forum mandates its delegate for, the
areas it speaks for), ``briefing_data`` (mandates from ``queries.assemblies``, figures from
``forum_kit.growth``, grievance counts from ``queries.grievances``, top issues from the tags of
non-sensitive one-on-ones in the last 90 days), ``chart_sheet_data`` (one row per worker mapped
on the date; sensitive contacts never by name, not even as initials) and ``pack_spec``. Briefings
and packs carry no coworker names: ``BriefingData`` has no field for one, and the only people
named are the elected delegate and alternates (withheld too when their contact is sensitive).
It also owns the words for what personal data a document carries and ``save_pdf``, which writes
a finished document, password-protected with AES-256 in memory so no unprotected copy touches
the disk.
"""

from __future__ import annotations

import dataclasses
import io
import math
import secrets
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import InvalidInput, NotFound
from forum_kit.growth import ONE_ON_ONE_WINDOW_DAYS, growth_series, tag_counts
from forum_kit.i18n import N_, _
from forum_kit.models.assembly import AgendaItem, Body, Delegate, Mandate, Meeting
from forum_kit.models.committee import CommitteeMembership
from forum_kit.models.contact import Assessment, Contact
from forum_kit.models.conversation import Conversation, IssueTag
from forum_kit.models.enums import BodyKind, CommitteeRole, DelegateRole
from forum_kit.models.structure_test import StructureTest
from forum_kit.models.workplace import Area, Workplace
from forum_kit.queries import WITHHELD
from forum_kit.queries.areas import paths_from, walk_subtree
from forum_kit.queries.assemblies import delegates_of, mandates_of
from forum_kit.queries.briefing_extras import last_decisions, protect_areas
from forum_kit.queries.community_figures import forum_community_figures
from forum_kit.queries.grievance_figures import grievance_summary
from forum_kit.queries.grievance_protect import protect_summary
from forum_kit.queries.grievances import grievance_counts_by_area
from forum_kit.queries.levels import numbers as scale_numbers
from forum_kit.queries.placements import area_on, shift_on
from forum_kit.queries.social_map import SocialMap, social_map
from forum_kit.reports.collation import name_sort_key
from forum_kit.reports.data import (
    REDACTIONS,
    AgendaMandate,
    AreaFigures,
    BriefingData,
    ChartRow,
    ChartSheetData,
    GrowthSeries,
    PackSpec,
    PersonalData,
)
from forum_kit.reports.styles import fmt_date
from forum_kit.small_numbers import get_threshold

__all__ = [
    "PERSONAL_DATA_WORDS",
    "AreaChoice",
    "CouncilMeetingChoice",
    "ForumChoice",
    "area_choices",
    "briefing_data",
    "chart_sheet_data",
    "council_meetings",
    "default_area_ids",
    "find_area",
    "find_council_meeting",
    "find_forum",
    "forums",
    "pack_spec",
    "personal_data_line",
    "save_pdf",
]

TOP_ISSUES_PER_AREA = 3
GROWTH_WEEKS = 16
NO_DELEGATE = N_("No delegate in office")
UNMANDATED = N_("No mandate from the forum on this item: use judgement and report back.")

PERSONAL_DATA_WORDS: dict[str, str] = {
    "none": N_("no personal data"),
    "officers": N_("the names of the delegate and alternates (no other coworkers)"),
    "assessments": N_("each worker's job, shift and assessment by row number (no names)"),
    "initials": N_("coworkers' initials with their job, shift and assessment"),
    "names": N_("coworkers' FULL NAMES with their job, shift and assessment"),
}


def personal_data_line(kinds: PersonalData | str | Sequence[str]) -> str:
    """The sentence shown before any document is printed or saved: every kind it carries."""
    if isinstance(kinds, str):
        kinds = (kinds,)
    words = [_(PERSONAL_DATA_WORDS[k]) for k in kinds if k != "none"] or [
        _(PERSONAL_DATA_WORDS["none"])]
    return _("This document carries: {kinds}.").format(kinds=_("; and ").join(words))


# ---- choices ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ForumChoice:
    id: int
    name: str
    workplace_id: int | None
    area_id: int | None


@dataclass(frozen=True)
class CouncilMeetingChoice:
    """A meeting of a higher body this forum sends a delegate to or has mandated."""

    id: int
    council: str
    held_on: date
    place: str
    mandates: int

    @property
    def label(self) -> str:
        return f"{self.council}, {self.held_on.isoformat()}"


@dataclass(frozen=True)
class AreaChoice:
    id: int
    name: str
    workplace: str
    depth: int


def forums(session: Session) -> list[ForumChoice]:
    """Every forum (not councils), by name."""
    rows = session.execute(
        sa.select(Body.id, Body.name, Body.workplace_id, Body.area_id)
        .where(Body.kind == BodyKind.FORUM)
        .order_by(Body.name, Body.id)
    ).all()
    return [ForumChoice(*row) for row in rows]


def _forum(session: Session, forum_id: int) -> Body:
    body = session.get(Body, forum_id)
    if body is None or body.kind != BodyKind.FORUM:
        raise NotFound(_("That forum does not exist."))
    return body


def find_forum(session: Session, text: str) -> ForumChoice:
    """The forum named ``text`` (case-insensitive, or its number; a unique part of a name)."""
    key = text.strip().casefold()
    rows = forums(session)
    chosen = [f for f in rows if str(f.id) == key or f.name.casefold() == key]
    if not chosen:
        chosen = [f for f in rows if key and key in f.name.casefold()]
    if len(chosen) != 1:
        raise NotFound(_("No single forum matches --forum; give its number or its full name."))
    return chosen[0]


def council_meetings(session: Session, *, forum_id: int) -> list[CouncilMeetingChoice]:
    """Meetings of the councils the forum elects delegates to, mandates for, or belongs to;
    latest first."""
    forum = _forum(session, forum_id)
    councils = set(
        session.execute(
            sa.select(Delegate.council_id).where(Delegate.forum_id == forum_id)
        ).scalars()
    )
    councils.update(
        session.execute(
            sa.select(Meeting.body_id)
            .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
            .join(Mandate, Mandate.agenda_item_id == AgendaItem.id)
            .where(Mandate.forum_id == forum_id)
        ).scalars()
    )
    if forum.parent_id is not None:
        councils.add(forum.parent_id)
    if not councils:
        return []
    mandated = (
        sa.select(sa.func.count())
        .select_from(Mandate)
        .join(AgendaItem, AgendaItem.id == Mandate.agenda_item_id)
        .where(AgendaItem.meeting_id == Meeting.id, Mandate.forum_id == forum_id)
        .scalar_subquery()
    )
    rows = session.execute(
        sa.select(Meeting.id, Body.name, Meeting.held_at, Meeting.place, mandated)
        .join(Body, Body.id == Meeting.body_id)
        .where(Meeting.body_id.in_(sorted(councils)), Body.kind == BodyKind.COUNCIL)
        .order_by(Meeting.held_at.desc(), Meeting.id.desc())
    ).all()
    return [CouncilMeetingChoice(r.id, r.name, r.held_at.date(), r.place, int(r[4]))
            for r in rows]


def find_council_meeting(session: Session, *, forum_id: int, on: date) -> CouncilMeetingChoice:
    """The council meeting held on ``on`` that concerns the forum."""
    found = [m for m in council_meetings(session, forum_id=forum_id) if m.held_on == on]
    if not found:
        raise NotFound(_("No council meeting on that date for this forum; check --meeting-date."))
    if len(found) > 1:
        raise InvalidInput(_("Several council meetings that day concern this forum; the command "
                           "cannot tell which one to brief on."))
    return found[0]


def _paths(info: dict[int, tuple]) -> dict[int, str]:
    """Every area's path below its workplace ("Floor 2 / Team North"): a sub-area is never
    named without its parent in a document."""
    return paths_from((area_id, row[0], row[1]) for area_id, row in info.items())


def _children(session: Session) -> tuple[dict[int | None, list[int]], dict[int, tuple]]:
    rows = session.execute(
        sa.select(Area.id, Area.parent_id, Area.name, Area.workplace_id)
        .order_by(Area.position, Area.name, Area.id)
    ).all()
    children: dict[int | None, list[int]] = defaultdict(list)
    info: dict[int, tuple] = {}
    for i, parent, name, wp in rows:
        children[parent].append(i)
        info[i] = (parent, name, wp)
    return children, info


def area_choices(session: Session, *, forum_id: int | None = None) -> list[AreaChoice]:
    """Areas in tree order: those a forum speaks for (its area's subtree, else its workplace,
    else every workplace), or every area when no forum is given."""
    children, info = _children(session)
    names = dict(session.execute(sa.select(Workplace.id, Workplace.name)).all())
    roots: list[int]
    if forum_id is not None:
        forum = _forum(session, forum_id)
        if forum.area_id is not None and forum.area_id in info:
            roots = [forum.area_id]
        elif forum.workplace_id is not None:
            roots = [a for a in children.get(None, []) if info[a][2] == forum.workplace_id]
        else:
            roots = list(children.get(None, []))
    else:
        roots = list(children.get(None, []))
    roots.sort(key=lambda a: (names.get(info[a][2], ""), info[a][2]))
    out: list[AreaChoice] = []
    seen: set[int] = set()
    stack = [(a, 0) for a in reversed(roots)]
    while stack:
        node, depth = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        _parent, name, wp = info[node]
        out.append(AreaChoice(node, name, names.get(wp, ""), depth))
        stack.extend((c, depth + 1) for c in reversed(children.get(node, ())))
    return out


def default_area_ids(session: Session, *, forum_id: int) -> list[int]:
    """The areas a briefing shows unless told otherwise: the forum's top areas, so figures of a
    parent and its children are not listed twice (an area forum: its area and direct sub-areas)."""
    choices = area_choices(session, forum_id=forum_id)
    forum = _forum(session, forum_id)
    if forum.area_id is not None:
        return [a.id for a in choices if a.depth <= 1]
    return [a.id for a in choices if a.depth == 0]


def find_area(session: Session, text: str) -> AreaChoice:
    """The area named ``text`` (case-insensitive), its number, or "Workplace/Area"."""
    key = text.strip().casefold()
    rows = area_choices(session)
    chosen = [a for a in rows if str(a.id) == key or a.name.casefold() == key
              or f"{a.workplace}/{a.name}".casefold() == key]
    if not chosen:
        chosen = [a for a in rows if key and key in a.name.casefold()]
    if len(chosen) != 1:
        raise NotFound(_("No single area matches --area; give its number, its full name, or "
                       "WORKPLACE/AREA when two workplaces share an area name."))
    return chosen[0]


# ---- briefing -----------------------------------------------------------------------------


def _council_meeting(session: Session, meeting_id: int) -> tuple[int, str, datetime, str]:
    row = session.execute(
        sa.select(Meeting.body_id, Body.name, Meeting.held_at, Meeting.place)
        .join(Body, Body.id == Meeting.body_id)
        .where(Meeting.id == meeting_id)
    ).one_or_none()
    if row is None:
        raise NotFound(_("That council meeting does not exist."))
    return row[0], row[1], row[2], row[3]


def _sensitive_delegates(session: Session, forum_id: int) -> set[int]:
    return set(
        session.execute(
            sa.select(Delegate.id)
            .join(Contact, Contact.id == Delegate.contact_id)
            .where(Delegate.forum_id == forum_id, Contact.sensitive.is_(True))
        ).scalars()
    )


def _agenda(session: Session, forum_id: int, meeting_id: int, today: date
            ) -> tuple[AgendaMandate, ...]:
    mandates = {m.item: m for m in mandates_of(session, forum_id=forum_id,
                                               council_meeting_id=meeting_id, today=today)}
    items = session.execute(
        sa.select(AgendaItem.title).where(AgendaItem.meeting_id == meeting_id)
        .order_by(AgendaItem.ordinal)
    ).scalars().all()
    out: list[AgendaMandate] = []
    for title in items:
        m = mandates.get(title)
        if m is None:
            out.append(AgendaMandate(item=title, mandate="free", red_lines=_(UNMANDATED)))
        else:
            out.append(AgendaMandate(item=title, mandate=m.instruction, red_lines=m.red_lines,
                                     figure_to_hold=m.figure_to_hold, expiry=m.expires_on))
    return tuple(out)


def _issue_counts(session: Session, area_ids: Iterable[int], as_of: date
                  ) -> dict[int, Counter[str]]:
    """Tag counts of the last 90 days per area's own contacts, for every area at once, from
    the per-day counts kept with the growth cache (the grouped join over the window's
    conversations and their tags was 1.2 s of a 200-area briefing: the conversation rows it
    reads for their ``sensitive`` flag do not fit the page cache)."""
    # Sensitive conversations and contacts stay out (tag_counts leaves them out): in a small
    # area even a tag can tell who was talked to.
    counts = tag_counts(session, area_ids=area_ids, through=as_of,
                        after=as_of - timedelta(days=ONE_ON_ONE_WINDOW_DAYS))
    if not counts:
        return {}
    names = dict(session.execute(sa.select(IssueTag.id, IssueTag.name)).all())
    out: dict[int, Counter[str]] = defaultdict(Counter)
    for area, by_tag in counts.items():
        for tag, count in by_tag.items():
            out[area][str(names[tag])] += count
    return out


def _ranked_issues(counts: Counter[str]) -> tuple[str, ...]:
    ranked = sorted(counts.items(), key=lambda t: (-t[1], t[0]))
    return tuple(f"{name} ({count})" for name, count in ranked[:TOP_ISSUES_PER_AREA])


def _top_issues(session: Session, area_ids: list[int], as_of: date) -> tuple[str, ...]:
    total: Counter[str] = Counter()
    for counts in _issue_counts(session, area_ids, as_of).values():
        total.update(counts)
    return _ranked_issues(total)


def _last_test_name(session: Session, area_id: int, info: dict[int, tuple],
                    subtree: list[int], as_of: date) -> str:
    ancestors: set[int] = set()
    node = info[area_id][0]
    while node is not None and node not in ancestors and node in info:
        ancestors.add(node)
        node = info[node][0]
    row = session.execute(
        sa.select(StructureTest.title)
        .where(
            StructureTest.workplace_id == info[area_id][2],
            StructureTest.starts_on <= as_of,
            sa.or_(StructureTest.area_id.is_(None),
                   StructureTest.area_id.in_(sorted(ancestors | set(subtree)))),
        )
        .order_by(StructureTest.starts_on.desc(), StructureTest.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    return row or ""


def _pct(value: float) -> float:
    # A recorded headcount lower than the contacts mapped would give more than 100%.
    return max(0.0, min(100.0, round(value, 1)))


def _area_figures(session: Session, area_ids: list[int], as_of: date, weeks: int, *,
                  include_sensitive: bool = False, threshold: int | None = None
                  ) -> tuple[tuple[AreaFigures, ...], tuple[GrowthSeries, ...]]:
    if not area_ids:
        return (), ()
    children, info = _children(session)
    paths = _paths(info)
    for a in area_ids:
        if a not in info:
            raise NotFound(_("An area chosen for the briefing does not exist."))
    start = as_of - timedelta(weeks=weeks) if weeks > 0 else as_of
    series = growth_series(session, area_ids=area_ids, start=start, end=as_of, step_days=7)
    subtrees = {a: walk_subtree(children, a) for a in area_ids}
    every = {x for sub in subtrees.values() for x in sub}
    issues = _issue_counts(session, every, as_of)
    cases = grievance_counts_by_area(session, area_ids=every, as_of=as_of,
                                     include_sensitive=include_sensitive)
    figures: list[AreaFigures] = []
    growth: list[GrowthSeries] = []
    raw: list[dict[str, int]] = []
    for a in area_ids:
        points = series[a]
        now = points[-1]
        raw.append({"headcount": now.headcount, "supporters": now.supporters,
                    "committee_members": now.committee_members,
                    "open_grievances": now.open_grievances,
                    "target_members": now.target_members})
        sub = subtrees[a]
        area_issues: Counter[str] = Counter()
        for x in sub:
            area_issues.update(issues.get(x, ()))
        by_status: Counter[str] = Counter()
        by_type: Counter[str] = Counter()
        for x in sub:
            # grievance_counts' workplace filter: a case filed under another workplace than
            # its area's is not counted for the area.
            for (status, kind), n in cases.get((x, info[a][2]), {}).items():
                by_status[status] += n
                by_type[kind.replace("_", " ")] += n
        figures.append(AreaFigures(
            area_name=paths[a],
            headcount=now.headcount,
            supporters_pct=_pct(now.supporters_pct),
            committee_members=now.committee_members,
            structure_test_pct=None if now.last_test_pct is None else _pct(now.last_test_pct),
            structure_test_name=("" if now.last_test_pct is None
                                 else _last_test_name(session, a, info, sub, as_of)),
            grievances_by_status=tuple(sorted(by_status.items())),
            grievances_by_type=tuple(sorted(by_type.items())),
            top_issues=_ranked_issues(area_issues),
        ))
        if weeks > 0:
            growth.append(GrowthSeries(
                area_name=paths[a],
                weeks=tuple(p.as_of for p in points),
                supporters_pct=tuple(_pct(p.supporters_pct) for p in points),
                assessed_pct=tuple(_pct(p.assessed_pct) for p in points),
                committee_members=tuple(p.committee_members for p in points),
                target_members=tuple(math.ceil(p.headcount / 10) for p in points),
            ))
    # The small-numbers rule (``threshold`` 1 turns it off, for tests of the counts alone).
    return protect_areas(area_ids, figures, raw, growth, {a: info[a][0] for a in info},
                         get_threshold(session) if threshold is None else threshold)


def _report_back(session: Session, forum_id: int, after: datetime) -> tuple[date | None, str]:
    row = session.execute(
        sa.select(Meeting.held_at, Meeting.place)
        .where(Meeting.body_id == forum_id, Meeting.held_at > after)
        .order_by(Meeting.held_at, Meeting.id)
        .limit(1)
    ).one_or_none()
    return (None, "") if row is None else (row.held_at.date(), row.place)


def briefing_data(
    session: Session,
    *,
    forum_id: int,
    council_meeting_id: int,
    as_of: date,
    area_ids: Sequence[int] | None = None,
    questions: Iterable[str] = (),
    growth_weeks: int = GROWTH_WEEKS,
    paper: str = "A4",
    include_sensitive_grievances: bool = False,
    threshold: int | None = None,
) -> BriefingData:
    """The briefing of the forum's delegate for one council meeting; figures as of ``as_of``.

    ``area_ids`` None means ``default_area_ids``; ``growth_weeks`` 0 leaves the charts out.
    Grievances marked sensitive are counted only with ``include_sensitive_grievances``.
    Figures follow the small-numbers rule with the vault's threshold (``threshold`` overrides
    it; 1 shows every count, for tests of the counting alone).
    """
    if not 0 <= growth_weeks <= 104:
        raise InvalidInput(_("growth_weeks: choose between 0 and 104 weeks of growth charts."))
    forum = _forum(session, forum_id)
    council_id, council, held_at, place = _council_meeting(session, council_meeting_id)
    on = held_at.date()
    hidden = _sensitive_delegates(session, forum_id)
    serving = [d for d in delegates_of(session, forum_id, on=on)
               if d.active and d.council == council]

    def shown(d: object) -> str:
        return _(WITHHELD) if d.id in hidden else d.name  # type: ignore[attr-defined]

    delegates = [d for d in serving if d.role == DelegateRole.DELEGATE.value]
    alternates = tuple(shown(d) for d in serving if d.role == DelegateRole.ALTERNATE.value)
    term = ""
    if delegates:
        d = delegates[0]
        term = f"{fmt_date(d.term_start)} to {fmt_date(d.term_end)}"
    recall = forum.recall_rule
    if not recall.strip():
        recall = session.execute(
            sa.select(Body.recall_rule).where(Body.id == council_id)
        ).scalar_one()
    ids = list(default_area_ids(session, forum_id=forum_id) if area_ids is None else area_ids)
    threshold = get_threshold(session) if threshold is None else threshold
    areas, growth = _area_figures(session, ids, as_of, growth_weeks,
                                  include_sensitive=include_sensitive_grievances,
                                  threshold=threshold)
    report_on, report_place = _report_back(session, forum_id, held_at)
    review = grievance_summary(session, as_of=as_of, area_ids=ids)
    if review is not None:  # the committee's figures leave the vault: the small-numbers rule
        review = protect_summary(review, threshold)
    # mutual aid and the time bank, as protected counts (nothing to show: left out)
    community = forum_community_figures(
        session, forum_id=forum_id, as_of=as_of, threshold=threshold
    )
    pictures = _pictures(session, ids, as_of)
    return BriefingData(
        forum=forum.name,
        body=council,
        meeting_date=on,
        meeting_place=place,
        delegate=", ".join(shown(d) for d in delegates),
        alternates=alternates,
        officers_named=any(d.id not in hidden for d in serving
                           if d.role in (DelegateRole.DELEGATE.value,
                                         DelegateRole.ALTERNATE.value)),
        sensitive_grievances_counted=include_sensitive_grievances,
        term=term,
        recall_rule=recall,
        agenda=_agenda(session, forum_id, council_meeting_id, as_of),
        areas=areas,
        growth=growth,
        questions=tuple(q.strip() for q in questions if q.strip()),
        report_back=report_on,
        report_back_place=report_place,
        as_of=as_of,
        paper=paper,
        grievance_review=review,
        decisions=last_decisions(session, council_id, held_at),
        threshold=max(threshold, 2),
        place_kind=community.place_kind,
        community=None if community.is_empty() else community,
        pictures=pictures,
    )


def _pictures(session: Session, area_ids: Sequence[int], as_of: date) -> tuple[SocialMap, ...]:
    """The social map of each workplace the briefing's areas are in, narrowed to those areas
    and their sub-areas (a forum sends up only what it speaks for); counts only, no names."""
    children, info = _children(session)
    wanted: dict[int, set[int]] = {}
    for area_id in area_ids:
        if area_id in info:
            wanted.setdefault(info[area_id][2], set()).update(walk_subtree(children, area_id))
    out = []
    for workplace_id, keep in wanted.items():
        whole = social_map(session, workplace_id=workplace_id, as_of=as_of)
        areas = tuple(
            dataclasses.replace(a, parent_id=a.parent_id if a.parent_id in keep else None)
            for a in whole.areas if a.area_id in keep)
        ties = tuple(t for t in whole.ties if t.area_a in keep and t.area_b in keep)
        out.append(dataclasses.replace(whole, areas=areas, ties=ties))
    return tuple(out)


# ---- chart sheet --------------------------------------------------------------------------


def chart_sheet_data(
    session: Session,
    *,
    area_id: int,
    as_of: date,
    redaction: str = "initials",
    blank_rows: int = 10,
    paper: str = "A4",
    leave_out: Sequence[int] = (),
) -> ChartSheetData:
    """The wall chart of an area and its sub-areas as it stood on ``as_of``.

    Names are filled in only for redaction "names" (initials are made from them by the sheet).
    A worker marked sensitive is not on the sheet at all (no row keeping their place by surname,
    job and shift): ``withheld`` counts them. Rows are sorted by surname, then first name, with
    the Unicode collation algorithm ("Übel" before "Yüksel"). Sub-areas in ``leave_out`` (they
    have their own sheet in the same pack) are left out with their own sub-areas, and named.
    """
    if redaction not in REDACTIONS:
        raise InvalidInput(_("redaction: must be one of "
                             "{value}.").format(value=', '.join(REDACTIONS)))
    children, info = _children(session)
    if area_id not in info:
        raise NotFound(_("That area does not exist."))
    paths = _paths(info)
    sub = walk_subtree(children, area_id)
    skipped = [a for a in leave_out if a != area_id and a in sub]
    excluded = {x for a in skipped for x in walk_subtree(children, a)}
    sub = [a for a in sub if a not in excluded]
    workplace, place_kind = session.execute(
        sa.select(Workplace.name, Workplace.kind).where(Workplace.id == info[area_id][2])
    ).one()
    c = Contact.__table__
    latest = (
        sa.select(Assessment.contact_id, Assessment.level,
                  sa.func.row_number().over(
                      partition_by=Assessment.contact_id,
                      order_by=(Assessment.assessed_on.desc(), Assessment.id.desc()),
                  ).label("rn"))
        .join(Contact, Contact.id == Assessment.contact_id)
        .where(Assessment.assessed_on <= as_of, area_on(as_of).in_(sub))
        .subquery()
    )
    last_talk = (
        sa.select(sa.func.max(Conversation.held_on))
        .where(Conversation.contact_id == c.c.id, Conversation.held_on <= as_of)
        .scalar_subquery()
    )
    rows = session.execute(
        sa.select(c.c.id, c.c.first_name, c.c.last_name, c.c.job_title,
                  shift_on(as_of).label("shift"), c.c.sensitive, latest.c.level, last_talk)
        .select_from(c.outerjoin(latest, sa.and_(latest.c.contact_id == c.c.id,
                                                 latest.c.rn == 1)))
        # where people were on the sheet's date (dated placements), with the shift they had
        .where(area_on(as_of).in_(sub), c.c.added_on <= as_of,
               sa.or_(c.c.left_on.is_(None), c.c.left_on > as_of))
    ).all()
    withheld = sum(1 for r in rows if r.sensitive)
    rows = sorted((r for r in rows if not r.sensitive),
                  key=lambda r: (name_sort_key(r.last_name, r.first_name), r.id))
    roles: dict[int, str] = {}
    for contact_id, role in session.execute(
        sa.select(CommitteeMembership.contact_id, CommitteeMembership.role)
        .join(Contact, Contact.id == CommitteeMembership.contact_id)
        .where(area_on(as_of).in_(sub), CommitteeMembership.joined_on <= as_of,
               sa.or_(CommitteeMembership.left_on.is_(None),
                      CommitteeMembership.left_on > as_of))
    ):
        # A member who also helps is shown as a member.
        if roles.get(contact_id) != CommitteeRole.MEMBER.value:
            roles[contact_id] = str(CommitteeRole(role).value)
    # the sheet prints the scale's numbers and labels; history on a retired level reads as the
    # level it was mapped to
    labels, number_of, support_first = scale_numbers(session)
    chart_rows = []
    for r in rows:
        name = ""
        if redaction != "numbers":
            name = f"{r.first_name} {r.last_name}".strip()
        level = number_of.get(r.level, 0) if r.level is not None else 0
        chart_rows.append(ChartRow(name=name, job=r.job_title, shift=r.shift, assessment=level,
                                   committee_role=roles.get(r.id, ""), last_contact=r[7]))
    return ChartSheetData(
        area_name=paths[area_id],
        rows=tuple(chart_rows),
        workplace=workplace,
        as_of=as_of,
        redaction=redaction,  # type: ignore[arg-type]
        blank_rows=blank_rows,
        assessment_labels=labels,
        support_first=support_first,
        paper=paper,  # type: ignore[arg-type]
        withheld=withheld,
        elsewhere=tuple(paths[a] for a in skipped),
        place_kind=str(place_kind),
    )


# ---- pack ---------------------------------------------------------------------------------


def pack_spec(
    session: Session,
    *,
    forum_id: int,
    council_meeting_ids: Sequence[int],
    as_of: date,
    area_ids: Sequence[int] | None = None,
    chart_area_ids: Sequence[int] = (),
    redaction: str = "initials",
    blank_rows: int = 10,
    questions: Iterable[str] = (),
    growth_weeks: int = GROWTH_WEEKS,
    title: str = "",
    paper: str = "A4",
    include_sensitive_grievances: bool = False,
) -> PackSpec:
    """A pack of the forum's briefings for several council meetings, then chart sheets.

    Each worker is printed once: an area's sheet leaves out its sub-areas that have a sheet of
    their own in the pack (and says where they are).
    """
    forum = _forum(session, forum_id)
    questions = tuple(questions)
    items: list[BriefingData | ChartSheetData] = [
        briefing_data(session, forum_id=forum_id, council_meeting_id=m, as_of=as_of,
                      area_ids=area_ids, questions=questions, growth_weeks=growth_weeks,
                      paper=paper, include_sensitive_grievances=include_sensitive_grievances)
        for m in council_meeting_ids
    ]
    chosen = list(dict.fromkeys(chart_area_ids))
    items += [chart_sheet_data(session, area_id=a, as_of=as_of, redaction=redaction,
                               blank_rows=blank_rows, paper=paper, leave_out=_below(session, a,
                                                                                    chosen))
              for a in chosen]
    if not items:
        raise InvalidInput(_("items: choose at least one council meeting or one chart sheet."))
    return PackSpec(
        title=title.strip() or _("{name}: briefing pack").format(name=forum.name),
        items=tuple(items),
        subtitle=_("Mandates, figures and chart sheets") if chart_area_ids else
                 _("Mandates and aggregated figures"),
        prepared_for=forum.name,
        date=as_of,
        paper=paper,  # type: ignore[arg-type]
    )


def _below(session: Session, area_id: int, chosen: Sequence[int]) -> list[int]:
    """The chosen areas that are strictly below ``area_id`` and not below another chosen one
    there (the top of each separately printed branch)."""
    children, info = _children(session)
    if area_id not in info:
        return []
    sub = set(walk_subtree(children, area_id)) - {area_id}
    inside = [a for a in chosen if a in sub]
    tops = []
    for a in inside:
        node = info[a][0]
        covered = False
        while node is not None and node != area_id and node in info:
            if node in inside:
                covered = True
                break
            node = info[node][0]
        if not covered:
            tops.append(a)
    return tops


# ---- writing ------------------------------------------------------------------------------


def _protected(data: bytes, password: str) -> bytes:
    """``data`` encrypted with AES-256 (R6), all in memory (see ``reports.protect``)."""
    import pikepdf

    from forum_kit.reports.output import PRODUCER
    from forum_kit.reports.protect import MIN_PASSWORD_LENGTH

    if not isinstance(password, str) or len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(_("password: use at least {MIN_PASSWORD_LENGTH} "
                             "characters.").format(MIN_PASSWORD_LENGTH=MIN_PASSWORD_LENGTH))
    with pikepdf.open(io.BytesIO(data)) as pdf:
        info = pdf.docinfo
        for key in list(info.keys()):
            if key not in ("/Title", "/CreationDate", "/ModDate"):
                del info[key]
        info["/Producer"] = PRODUCER
        info["/Creator"] = PRODUCER
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        encryption = pikepdf.Encryption(owner=secrets.token_urlsafe(32), user=password, R=6,
                                        aes=True, metadata=True)
        out = io.BytesIO()
        pdf.save(out, encryption=encryption, fix_metadata_version=False)
    return out.getvalue()


def save_pdf(data: bytes, path: Path | str, *, password: str | None = None) -> None:
    """Write finished PDF bytes to ``path`` atomically; protected with AES-256 when a password
    is given. Protection happens in memory: ``reports.protect.protect_pdf`` reads a file, and an
    unprotected copy on disk is what the password is meant to prevent."""
    from forum_kit.reports.output import write_atomic

    if password is not None:
        data = _protected(data, password)
    write_atomic(Path(path), data)
