"""The people list (the chart): a filter, sortable id lists computed in one SQL statement, rows
for a page of ids, counts, one person's full detail and the language choices for the filter.

Large lists hold ids and fetch rows lazily (ARCHITECTURE rule 4), so ``people_ids`` returns every
matching id in display order and ``people_rows`` turns a page of them into ``PersonRow``s."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from forum_kit.errors import InvalidInput, NotFound
from forum_kit.i18n import _
from forum_kit.models import (
    Area,
    Assessment,
    AssessmentLevel,
    Committee,
    CommitteeMembership,
    Contact,
    Conversation,
    SocialTie,
    Workplace,
)
from forum_kit.queries import fts_match_ids
from forum_kit.queries.areas import subtree_select
from forum_kit.queries.levels import scale_order, shown_level, with_retired

SORT_COLUMNS = (
    "name", "area", "job", "shift", "level", "assessed_on", "last_contact", "language", "committee",
    "employment", "card_signed",
)
COMMITTEE_FILTERS = ("C", "CH", "any", "none")
# A page of ids is fetched in one statement; longer lists are split to stay under SQLite's limit
# on bound parameters.
_ID_CHUNK = 5000

_c = Contact.__table__
_a = Area.__table__
_lv = AssessmentLevel.__table__
_m = CommitteeMembership.__table__

# A skip scan of ix_contacts_wp_language: each step seeks the next larger language of the
# workplace, so the cost grows with the number of languages, not of contacts (a DISTINCT read
# every index entry: 6 ms at 100k contacts, against well under 1 ms this way). BINARY order and
# ``> ''`` match the index, so both the min() and the seek are answered from it.
_LANGUAGES_SQL = sa.text(
    "WITH RECURSIVE seen(language) AS ("
    " SELECT min(language) FROM contacts WHERE workplace_id = :wp AND language > ''"
    " UNION ALL"
    " SELECT (SELECT min(c.language) FROM contacts AS c"
    "         WHERE c.workplace_id = :wp AND c.language > seen.language)"
    " FROM seen WHERE seen.language IS NOT NULL"
    ") SELECT language FROM seen WHERE language IS NOT NULL"
)


@dataclass(frozen=True)
class PeopleFilter:
    workplace_id: int | None = None
    area_id: int | None = None
    levels: tuple[int, ...] | None = None
    committee_role: str | None = None
    stale: bool | None = None
    language: str | None = None
    text: str | None = None
    include_left: bool = False
    organic_leader: bool | None = None
    # tied to nobody on the committee (C or CH) and not on it: True lists only them
    unreached: bool | None = None
    employment: str | None = None  # "FT" or "PT"


@dataclass(frozen=True)
class PersonRow:
    id: int
    first_name: str
    last_name: str
    full_name: str
    area_id: int
    area_name: str
    job_title: str
    shift: str
    employment: str | None
    language: str
    level: int
    level_label: str
    level_colour: str
    assessed_on: dt.date | None
    stale: bool
    committee_role: str | None
    last_contact_on: dt.date | None
    last_contact_by: str | None
    sensitive: bool
    organic_leader: bool
    phone: str
    email: str
    card_signed_on: dt.date | None = None
    # read only when asked (``people_rows(social=True)``: the Map's chart), else None
    ties: int | None = None  # social ties to other people
    reached: bool | None = None  # on the committee, or tied to someone on it (C or CH)


@dataclass(frozen=True)
class AssessmentRow:
    """One entry of the history; ``label`` and ``colour`` are the level's own, ``now`` the label
    of the active level it reads as when it was taken off the scale since."""

    level: int
    label: str
    colour: str
    assessed_on: dt.date
    assessed_by: str | None
    evidence: str
    conversation_id: int | None
    now: str = ""


@dataclass(frozen=True)
class TieRow:
    other_id: int
    other_name: str
    kind: str


@dataclass(frozen=True)
class MembershipRow:
    committee_id: int
    committee_name: str
    role: str
    joined_on: dt.date
    left_on: dt.date | None


@dataclass(frozen=True)
class PersonDetail:
    id: int
    workplace_id: int
    area_id: int
    area_name: str
    first_name: str
    last_name: str
    full_name: str
    shift: str
    job_title: str
    employment: str | None
    employee_number: str | None
    phone: str
    email: str
    language: str
    sensitive: bool
    organic_leader: bool
    card_signed_on: dt.date | None
    notes: str
    added_on: dt.date
    left_on: dt.date | None
    level: int
    level_label: str
    level_colour: str
    assessed_on: dt.date | None
    last_contact_on: dt.date | None
    last_contact_by: str | None
    assessments: tuple[AssessmentRow, ...]
    ties: tuple[TieRow, ...]
    memberships: tuple[MembershipRow, ...]
    conversations_count: int


def full_name(first: str, last: str | None) -> str:
    return f"{first} {last or ''}".strip()


def _full_name_sql(table: sa.FromClause) -> sa.ColumnElement[str]:
    return sa.func.trim(table.c.first_name + " " + sa.func.coalesce(table.c.last_name, ""))


def role_on(today: dt.date, contact_id: sa.ColumnElement[int]) -> sa.ScalarSelect:
    """The contact's committee role on ``today`` as a correlated scalar subquery (an index
    lookup per row; cheaper than grouping every membership when only a page is wanted)."""
    return (
        sa.select(sa.func.min(_m.c.role))
        .where(
            _m.c.contact_id == contact_id,
            _m.c.joined_on <= today,
            sa.or_(_m.c.left_on.is_(None), _m.c.left_on > today),
        )
        .scalar_subquery()
    )


def open_roles(today: dt.date) -> sa.Subquery:
    """Each contact's committee role on ``today`` (C wins over CH if data ever holds both)."""
    return (
        sa.select(_m.c.contact_id.label("contact_id"), sa.func.min(_m.c.role).label("role"))
        .where(_m.c.joined_on <= today, sa.or_(_m.c.left_on.is_(None), _m.c.left_on > today))
        .group_by(_m.c.contact_id)
        .subquery("open_roles")
    )


def _on_committee(today: dt.date, contact_id: sa.ColumnElement[int]) -> sa.Exists:
    m = _m.alias("reach_m")
    return sa.exists().where(
        m.c.contact_id == contact_id, m.c.joined_on <= today,
        sa.or_(m.c.left_on.is_(None), m.c.left_on > today))


def reached_sql(today: dt.date, contact_id: sa.ColumnElement[int]) -> sa.ColumnElement[bool]:
    """Whether a contact is on the committee (C or CH) on ``today`` or tied to someone who is:
    two index look-ups of the ties (each side of a tie) per contact."""
    t = SocialTie.__table__
    ties = []
    for mine, other in (("contact_a_id", "contact_b_id"), ("contact_b_id", "contact_a_id")):
        tie = t.alias(f"reach_{mine}")
        ties.append(sa.exists().where(tie.c[mine] == contact_id,
                                      _on_committee(today, tie.c[other])))
    return sa.or_(_on_committee(today, contact_id), *ties)


def ties_sql(contact_id: sa.ColumnElement[int]) -> sa.ColumnElement[int]:
    """How many social ties a contact has."""
    t = SocialTie.__table__
    return sum(  # type: ignore[return-value]
        sa.select(sa.func.count()).where(t.c[col] == contact_id).scalar_subquery()
        for col in ("contact_a_id", "contact_b_id"))


def _stale_cutoff(today: dt.date, stale_days: int) -> dt.date:
    if isinstance(stale_days, bool) or not isinstance(stale_days, int) or stale_days < 0:
        raise InvalidInput(_("Stale days must be a whole number, 0 or more."))
    return today - dt.timedelta(days=stale_days)


def _filtered(
    flt: PeopleFilter, today: dt.date, stale_days: int, *, join_area: bool, join_roles: bool
) -> tuple[sa.Select, sa.Subquery | None]:
    """The FROM and WHERE shared by ids and counts; returns the roles subquery if joined."""
    if not isinstance(flt, PeopleFilter):
        raise InvalidInput(_("The people filter must be a PeopleFilter."))
    if flt.committee_role is not None and flt.committee_role not in COMMITTEE_FILTERS:
        raise InvalidInput(_("Committee filter must be one of C, CH, any or none."))
    roles = open_roles(today) if (join_roles or flt.committee_role is not None) else None
    source: sa.FromClause = _c
    if join_area:
        source = source.join(_a, _a.c.id == _c.c.area_id)
    if roles is not None:
        source = source.outerjoin(roles, roles.c.contact_id == _c.c.id)
    conds: list[sa.ColumnElement[bool]] = []
    if flt.workplace_id is not None:
        conds.append(_c.c.workplace_id == flt.workplace_id)
    if flt.area_id is not None:
        conds.append(_c.c.area_id.in_(subtree_select(flt.area_id)))
    if flt.levels is not None:
        conds.append(_c.c.current_level.in_(list(flt.levels)))
    if flt.committee_role is not None and roles is not None:
        if flt.committee_role == "any":
            conds.append(roles.c.role.is_not(None))
        elif flt.committee_role == "none":
            conds.append(roles.c.role.is_(None))
        else:
            conds.append(roles.c.role == flt.committee_role)
    if flt.stale is not None:
        cutoff = _stale_cutoff(today, stale_days)
        is_stale = sa.or_(
            _c.c.current_assessed_on.is_(None), _c.c.current_assessed_on < cutoff
        )
        conds.append(is_stale if flt.stale else sa.not_(is_stale))
    if flt.language is not None:
        conds.append(_c.c.language == flt.language)
    if flt.text is not None:
        matching = fts_match_ids("contacts_fts", "contacts_fold_fts", flt.text)
        if matching is not None:
            conds.append(_c.c.id.in_(matching))
    if not flt.include_left:
        conds.append(sa.or_(_c.c.left_on.is_(None), _c.c.left_on > today))
    if flt.organic_leader is not None:
        conds.append(_c.c.organic_leader == flt.organic_leader)
    if flt.unreached is not None:
        reached = reached_sql(today, _c.c.id)
        conds.append(sa.not_(reached) if flt.unreached else reached)
    if flt.employment is not None:
        if flt.employment not in ("FT", "PT"):
            raise InvalidInput(_("Employment filter must be FT or PT."))
        conds.append(_c.c.employment == flt.employment)
    return sa.select().select_from(source).where(*conds), roles


def _nocase(col: sa.ColumnElement) -> sa.ColumnElement:
    return col.collate("NOCASE")


# Up to this many people in an area's subtree, reading them by area and sorting beats walking
# the workplace in display order; above it, only when they are at most half of the workplace.
_AREA_FIRST = 20_000


def _area_first(session: Session, flt: PeopleFilter) -> bool:
    """Whether an area filter should drive the people query (two counts from covering indexes,
    a millisecond or two at 100k contacts)."""
    if flt.area_id is None:
        return False
    where = [] if flt.workplace_id is None else [_c.c.workplace_id == flt.workplace_id]
    in_area = session.execute(
        sa.select(sa.func.count()).select_from(_c)
        .where(*where, _c.c.area_id.in_(subtree_select(flt.area_id)))
    ).scalar_one()
    if in_area <= _AREA_FIRST:
        return True
    everyone = session.execute(sa.select(sa.func.count()).select_from(_c).where(*where))
    return 2 * in_area <= everyone.scalar_one()


def people_ids(
    session: Session,
    flt: PeopleFilter,
    *,
    sort: str = "name",
    descending: bool = False,
    today: dt.date,
    stale_days: int = 90,
    limit: int | None = None,
) -> list[int]:
    """Every matching contact id in display order (one statement; people of the same name in
    the order of ``left_on`` (still here first), then id), or only the first ``limit``."""
    if sort not in SORT_COLUMNS:
        raise InvalidInput(_("Sort column must be one of: {value}.").format(
            value=", ".join(SORT_COLUMNS)))
    flt = _levels_as_shown(session, flt)
    stmt, roles = _filtered(
        flt, today, stale_days, join_area=sort == "area", join_roles=sort == "committee"
    )
    # left_on before id: the name indexes end with left_on, so SQLite reads the ids in order
    # instead of sorting every run of equal names (61 -> 29 ms for 100k contacts, measured).
    name_keys = [_nocase(_c.c.last_name), _nocase(_c.c.first_name), _c.c.left_on]
    lead: sa.ColumnElement
    lead_nocase = True
    rest = name_keys
    if sort == "name":
        lead, rest = _c.c.last_name, name_keys[1:]
    elif sort == "area":
        lead = _a.c.name
    elif sort == "job":
        lead = _c.c.job_title
    elif sort == "shift":
        lead = _c.c.shift
    elif sort == "language":
        lead = _c.c.language
    else:
        lead_nocase = False
        if sort == "level":
            lead = scale_order(session, _c.c.current_level)
        elif sort == "employment":
            lead = _c.c.employment
        elif sort == "card_signed":
            lead = _c.c.card_signed_on
        elif sort == "assessed_on":
            lead = _c.c.current_assessed_on
        elif sort == "last_contact":
            lead = _c.c.last_contact_on
        else:
            assert roles is not None
            lead = sa.case((roles.c.role == "C", 0), (roles.c.role == "CH", 1), else_=2)
    if _area_first(session, flt):
        # The same order, but no index can give it (CASE WHEN 1 THEN x END is x): SQLite then
        # reads the area's people from ix_contacts_wp_area and sorts them, instead of walking
        # the whole workplace in name order and dropping everyone outside the area (a 4k-person
        # area of 100k: 84 -> 5 ms; one of 20k: 92 -> 27 ms).
        lead = sa.case((sa.true(), lead))
    keys: list[sa.ColumnElement] = [_nocase(lead) if lead_nocase else lead, *rest]
    keys.append(_c.c.id)
    if descending:
        keys = [k.desc() for k in keys]
    # The DB-API cursor's fetchall, not Result.scalars(): SQLAlchemy fetches one row at a time,
    # which cost as much as the query itself for a 100k-row list.
    # (session.execute, not the connection's: pending changes are flushed first as usual.)
    stmt = stmt.add_columns(_c.c.id).order_by(*keys)
    if limit is not None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise InvalidInput(_("The row limit must be a whole number, 0 or more."))
        stmt = stmt.limit(limit)
    result = session.execute(stmt)
    cursor = getattr(result, "cursor", None)
    if cursor is None:  # not a plain cursor result: the slower, generic way
        return list(result.scalars())
    try:
        return [contact_id for (contact_id,) in cursor.fetchall()]
    finally:
        result.close()


@dataclass(frozen=True)
class PeopleHead:
    """The first ``ids`` of a sorted, filtered list and how many rows the whole list has."""

    ids: tuple[int, ...]
    total: int

    @property
    def complete(self) -> bool:
        return len(self.ids) == self.total


def people_head(
    session: Session,
    flt: PeopleFilter,
    *,
    sort: str = "name",
    descending: bool = False,
    today: dt.date,
    stale_days: int = 90,
    limit: int = 200,
) -> PeopleHead:
    """The first ``limit`` ids of ``people_ids`` and the length of the whole list, so a screen
    of rows can be shown before every id is read (a ``LIMIT`` stops at the first screen when the
    sort follows an index; the count reads the index once, without building 100k ints)."""
    ids = people_ids(session, flt, sort=sort, descending=descending, today=today,
                     stale_days=stale_days, limit=limit)
    if len(ids) < limit:
        return PeopleHead(tuple(ids), len(ids))
    return PeopleHead(tuple(ids), count_people(session, flt, today=today, stale_days=stale_days))


def count_people(
    session: Session, flt: PeopleFilter, *, today: dt.date, stale_days: int = 90
) -> int:
    stmt, _params = _filtered(_levels_as_shown(session, flt), today, stale_days, join_area=False,
                        join_roles=False)
    return session.execute(stmt.add_columns(sa.func.count())).scalar_one()


def _levels_as_shown(session: Session, flt: PeopleFilter) -> PeopleFilter:
    """A filter for levels also matches the levels retired into them (they read as them)."""
    if not isinstance(flt, PeopleFilter) or flt.levels is None:
        return flt
    return dataclasses.replace(flt, levels=tuple(with_retired(session, flt.levels)))


def people_rows(
    session: Session, ids: list[int] | tuple[int, ...], *, today: dt.date, stale_days: int = 90,
    social: bool = False,
) -> list[PersonRow]:
    """Rows for ``ids`` in the same order; ids that no longer exist are skipped. With ``social``
    each row also counts the person's ties and says whether the committee reaches them (four
    index look-ups a row, so the 100k-row People list leaves them out)."""
    cutoff = _stale_cutoff(today, stale_days)
    ids = list(ids)
    if not ids:
        return []
    by = _c.alias("by")
    source, label, colour = shown_level(_c.join(_a, _a.c.id == _c.c.area_id),
                                        _c.c.current_level)
    stmt = (
        sa.select(
            _c.c.id, _c.c.first_name, _c.c.last_name, _c.c.area_id, _a.c.name.label("area_name"),
            _c.c.job_title, _c.c.shift, _c.c.employment, _c.c.language, _c.c.current_level,
            label.label("label"), colour.label("colour"), _c.c.current_assessed_on,
            role_on(today, _c.c.id).label("role"),
            _c.c.last_contact_on, by.c.first_name.label("by_first"),
            by.c.last_name.label("by_last"), _c.c.sensitive, _c.c.organic_leader, _c.c.phone,
            _c.c.email, _c.c.card_signed_on,
            *((ties_sql(_c.c.id).label("ties"), reached_sql(today, _c.c.id).label("reached"))
              if social else (sa.null().label("ties"), sa.null().label("reached"))),
        )
        .select_from(source.outerjoin(by, by.c.id == _c.c.last_contact_by_id))
    )
    found: dict[int, PersonRow] = {}
    for start in range(0, len(ids), _ID_CHUNK):
        chunk = ids[start : start + _ID_CHUNK]
        for r in session.execute(stmt.where(_c.c.id.in_(chunk))):
            found[r.id] = PersonRow(
                id=r.id,
                first_name=r.first_name,
                last_name=r.last_name,
                full_name=full_name(r.first_name, r.last_name),
                area_id=r.area_id,
                area_name=r.area_name,
                job_title=r.job_title,
                shift=r.shift,
                employment=r.employment.value if r.employment is not None else None,
                language=r.language,
                level=r.current_level,
                level_label=r.label or "",
                level_colour=r.colour or "",
                assessed_on=r.current_assessed_on,
                stale=r.current_assessed_on is None or r.current_assessed_on < cutoff,
                committee_role=r.role,
                last_contact_on=r.last_contact_on,
                last_contact_by=(
                    full_name(r.by_first, r.by_last) if r.by_first is not None else None
                ),
                sensitive=bool(r.sensitive),
                organic_leader=bool(r.organic_leader),
                phone=r.phone,
                email=r.email,
                card_signed_on=r.card_signed_on,
                ties=int(r.ties or 0) if social else None,
                reached=bool(r.reached) if social else None,
            )
    return [found[i] for i in ids if i in found]


def person_detail(session: Session, contact_id: int) -> PersonDetail:
    by = _c.alias("by")
    source, label, colour = shown_level(_c.join(_a, _a.c.id == _c.c.area_id),
                                        _c.c.current_level)
    r = session.execute(
        sa.select(_c, _a.c.name.label("area_name"), label.label("label"),
                  colour.label("colour"),
                  by.c.first_name.label("by_first"), by.c.last_name.label("by_last"))
        .select_from(source.outerjoin(by, by.c.id == _c.c.last_contact_by_id))
        .where(_c.c.id == contact_id)
    ).first()
    if r is None:
        raise NotFound(_("No contact with id {contact_id}.").format(contact_id=contact_id))
    asm = Assessment.__table__
    assessor = _c.alias("assessor")
    into = _lv.alias("into")
    assessments = tuple(
        AssessmentRow(
            level=a.level,
            label=a.label or "",
            colour=a.colour or "",
            assessed_on=a.assessed_on,
            assessed_by=full_name(a.f, a.l) if a.f is not None else None,
            evidence=a.evidence,
            conversation_id=a.conversation_id,
            now=a.now or "",
        )
        for a in session.execute(
            sa.select(asm.c.level, _lv.c.label, _lv.c.colour, asm.c.assessed_on,
                      assessor.c.first_name.label("f"), assessor.c.last_name.label("l"),
                      asm.c.evidence, asm.c.conversation_id, into.c.label.label("now"))
            .select_from(
                asm.outerjoin(_lv, _lv.c.level == asm.c.level)
                .outerjoin(into, into.c.level == _lv.c.retired_into)
                .outerjoin(assessor, assessor.c.id == asm.c.assessed_by_id)
            )
            .where(asm.c.contact_id == contact_id)
            .order_by(asm.c.assessed_on.desc(), asm.c.id.desc())
        )
    )
    st = SocialTie.__table__
    other = _c.alias("other")
    other_id = sa.case((st.c.contact_a_id == contact_id, st.c.contact_b_id),
                       else_=st.c.contact_a_id)
    ties = tuple(
        TieRow(other_id=t.id, other_name=full_name(t.first_name, t.last_name), kind=t.kind)
        for t in session.execute(
            sa.select(other.c.id, other.c.first_name, other.c.last_name, st.c.kind)
            .select_from(st.join(other, other.c.id == other_id))
            .where(sa.or_(st.c.contact_a_id == contact_id, st.c.contact_b_id == contact_id))
            .order_by(_nocase(other.c.last_name), _nocase(other.c.first_name), other.c.id)
        )
    )
    cm = Committee.__table__
    memberships = tuple(
        MembershipRow(
            committee_id=m.committee_id, committee_name=m.name, role=m.role.value,
            joined_on=m.joined_on, left_on=m.left_on,
        )
        for m in session.execute(
            sa.select(_m.c.committee_id, cm.c.name, _m.c.role, _m.c.joined_on, _m.c.left_on)
            .select_from(_m.join(cm, cm.c.id == _m.c.committee_id))
            .where(_m.c.contact_id == contact_id)
            .order_by(_m.c.joined_on.desc(), _m.c.id.desc())
        )
    )
    cv = Conversation.__table__
    conversations_count = session.execute(
        sa.select(sa.func.count()).select_from(cv).where(cv.c.contact_id == contact_id)
    ).scalar_one()
    return PersonDetail(
        id=r.id,
        workplace_id=r.workplace_id,
        area_id=r.area_id,
        area_name=r.area_name,
        first_name=r.first_name,
        last_name=r.last_name,
        full_name=full_name(r.first_name, r.last_name),
        shift=r.shift,
        job_title=r.job_title,
        employment=r.employment.value if r.employment is not None else None,
        employee_number=r.employee_number,
        phone=r.phone,
        email=r.email,
        language=r.language,
        sensitive=bool(r.sensitive),
        organic_leader=bool(r.organic_leader),
        card_signed_on=r.card_signed_on,
        notes=r.notes,
        added_on=r.added_on,
        left_on=r.left_on,
        level=r.current_level,
        level_label=r.label or "",
        level_colour=r.colour or "",
        assessed_on=r.current_assessed_on,
        last_contact_on=r.last_contact_on,
        last_contact_by=full_name(r.by_first, r.by_last) if r.by_first is not None else None,
        assessments=assessments,
        ties=ties,
        memberships=memberships,
        conversations_count=conversations_count,
    )


def languages(session: Session, workplace_id: int | None = None) -> list[str]:
    """The distinct non-empty languages recorded (in ``workplace_id`` when given), for the
    filter's choices, sorted case-insensitively (then exactly, so the order never varies)."""
    if workplace_id is not None:
        found = set(session.execute(_LANGUAGES_SQL, {"wp": workplace_id}).scalars())
    else:
        found = set()
        for wp in session.execute(sa.select(Workplace.id)).scalars():
            found.update(session.execute(_LANGUAGES_SQL, {"wp": wp}).scalars())
    return sorted(found, key=lambda name: (name.casefold(), name))
